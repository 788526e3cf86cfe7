"""What the crawl state decides about a link that answered 404 or 410 (newsarchive.discovery.schedule.decide),
and that both state backends record such a link alike: the rules behind the cron probes of
tests/test_crawl_discovery_shapes7.py, without a crawl."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsarchive.discovery.schedule import (
    FRESH,
    GONE,
    GONE_REASON,
    NOT_FOUND,
    NOT_FOUND_REASON,
    NOT_FOUND_RETRY,
    decide,
)
from newsarchive.items import Article
from newsarchive.state import ArticleState
from newsarchive.state.store import CrawlState
from tests.test_incremental_schedule import NOW, archived

DEAD = "https://news.example/local/withdrawn-story"


def dead(reason: str, at: str) -> ArticleState:
    return ArticleState(url=DEAD, drop_reason=reason, dropped_at=at, first_seen=at, last_seen=at)


@pytest.mark.parametrize(
    ("known", "changed_at", "retry_days", "reason"),
    [
        (dead(GONE_REASON, "2025-01-01T00:00:00+00:00"), None, 0.25, GONE),  # over a year ago: still gone
        (dead(GONE_REASON, "2026-03-20T11:00:00+00:00"), "2026-03-20T11:30:00+00:00", 0.25, GONE),
        (dead(NOT_FOUND_REASON, "2026-03-20T07:00:00+00:00"), None, 0.25, NOT_FOUND),  # five hours ago
        (dead(NOT_FOUND_REASON, "2026-03-20T05:00:00+00:00"), None, 0.25, NOT_FOUND_RETRY),  # seven hours
        (dead(NOT_FOUND_REASON, "2026-03-20T11:59:00+00:00"), None, 0, NOT_FOUND_RETRY),
        # An archived article that answered 404 later keeps its archived row: re-checked as any other.
        (archived(drop_reason=None), None, 0.25, FRESH),
    ],
)  # fmt: skip
def test_a_dead_link_is_skipped_for_good_after_a_410_and_for_a_while_after_a_404(
    known: ArticleState, changed_at: str | None, retry_days: float, reason: str
) -> None:
    decision = decide(known, changed_at=changed_at, now=NOW, recheck_days=7, not_found_retry_days=retry_days)
    assert decision.reason == reason and decision.known
    assert decision.fetch == (reason == NOT_FOUND_RETRY)
    # A page that answered 404 has no validators: a conditional request a 304 answers would keep it out.
    assert decision.meta == {}


def test_a_dead_link_recorded_in_the_sqlite_state_is_forgotten_once_the_page_is_archived(
    tmp_path: Path,
) -> None:
    """The errback records a 404 as a drop of a URL-only record; a later 200 archives it as usual and the
    row reads as archived, not dead (the archive write clears the drop)."""
    with CrawlState.open(tmp_path, "news.example") as store:
        store.record_dropped(Article(url=DEAD, site=store.site), NOT_FOUND_REASON)
        known = store.get(DEAD)
        assert known is not None and known.drop_reason == NOT_FOUND_REASON and known.dropped_at
        assert not known.archived
        page = Article(url=DEAD, site=store.site, headline="Withdrawn story", content_hash="sha256:1")
        store.record_archived(page)
        known = store.get(DEAD)
        assert known is not None and known.archived and known.drop_reason is None
        store.record_dropped(Article(url=DEAD, site=store.site), GONE_REASON)
        assert store.get(DEAD).drop_reason is None  # type: ignore[union-attr]
