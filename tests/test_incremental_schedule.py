"""The refetch rules of newsarchive.discovery.schedule (pure functions: no crawl needed)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from newsarchive.discovery.schedule import (
    FRESH,
    NEW,
    NOT_ARCHIVED,
    RECHECK,
    UPDATED,
    DateWindow,
    Decision,
    decide,
    follow_listing,
)
from newsarchive.exceptions import ArgumentError
from newsarchive.state import ArticleState

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
EARLY, LATE = "2026-03-01T00:00:00+00:00", "2026-03-19T00:00:00+00:00"


def archived(**fields: object) -> ArticleState:
    base: dict[str, object] = {
        "url": "https://news.example/a",
        "content_hash": "sha256:x",
        "version": 1,
        "etag": '"e1"',
        "published_at": "2026-03-18T09:00:00+09:00",
        "modified_at": "2026-03-18T09:00:00+09:00",
        "archived_at": "2026-03-19T00:00:00+00:00",
        "last_seen": "2026-03-19T00:00:00+00:00",
    }
    base.update(fields)
    return ArticleState(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("known", "changed_at", "reason"),
    [
        (None, None, NEW),
        (ArticleState(url="u", last_seen="2026-03-19T00:00:00+00:00"), None, NOT_ARCHIVED),
        (archived(), None, FRESH),
        (archived(), "2026-03-18T09:00:00+09:00", FRESH),  # the lastmod of the copy we have
        (archived(), "2026-03-18T01:00:00+00:00", UPDATED),  # later than dateModified, before we archived
        (archived(changed_hint="2026-03-19T05:00:00+00:00"), "2026-03-19T05:00:00+00:00", FRESH),
        (archived(archived_at=EARLY, last_seen="2026-03-02T00:00:00+00:00"), None, RECHECK),
        (archived(content_hash=None, drop_reason="Sponsored", dropped_at=LATE), None, FRESH),
    ],
)  # fmt: skip
def test_decide(known: ArticleState | None, changed_at: str | None, reason: str) -> None:
    decision = decide(known, changed_at=changed_at, now=NOW, recheck_days=7)
    assert decision.reason == reason
    assert decision.fetch == (reason != FRESH)
    if reason in (UPDATED, RECHECK):
        assert decision.meta["newsarchive_etag"] == '"e1"' and decision.meta["handle_httpstatus_list"] == [
            304
        ]


def test_window_and_listing_stop() -> None:
    window = DateWindow.from_args("2026-03-10", "2026-03-12")
    assert window is not None and DateWindow.from_args(None, None) is None
    inside = datetime(2026, 3, 12, 23, 59, tzinfo=UTC)
    assert window.contains(inside) and not window.contains(datetime(2026, 3, 13, tzinfo=UTC))
    assert window.overlaps_month(2026, 3) and not window.overlaps_month(2026, 2)
    older = [datetime(2026, 3, 9, tzinfo=UTC), datetime(2026, 3, 1, tzinfo=UTC)]
    assert follow_listing(window=window, dates=older, decisions=[]) == (False, "older_than_since")
    assert follow_listing(window=window, dates=[inside, *older], decisions=[])[0]
    fresh, new = Decision(fetch=False, reason=FRESH), Decision(fetch=True, reason=NEW)
    assert follow_listing(window=None, dates=[], decisions=[fresh, fresh]) == (False, "all_known")
    assert follow_listing(window=None, dates=[], decisions=[fresh, new])[0]
    # After a walk that did not reach its end, known pages do not stop it.
    assert follow_listing(window=None, dates=[], decisions=[fresh], resuming=True) == (True, "resuming_walk")
    assert follow_listing(window=window, dates=older, decisions=[fresh], resuming=True)[0] is False
    for since, until in (("2026-3-1", None), ("2026-03-12", "2026-03-10"), (None, "2026-03-10")):
        with pytest.raises(ArgumentError):
            DateWindow.from_args(since, until)
    assert DateWindow.from_args("2026-03-10", None) == DateWindow(since=date(2026, 3, 10))
