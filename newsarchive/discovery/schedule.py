"""What a crawl fetches: the one place that decides it.

* `decide()`: request an article URL, re-check it conditionally, or skip it, from what the crawl state knows
  and what discovery says (sitemap lastmod, feed date, news:publication_date).
* `DateWindow`: a backfill's `since`/`until` range, and whether a listing page or an article is in it.
* `follow_listing()`: whether to ask for the next page of a listing.

Kept free of Scrapy so the rules are easy to read and test; spiders call these right before yielding a
request and put the returned meta on it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Protocol

from newsarchive.dates import parse_iso
from newsarchive.exceptions import ArgumentError

__all__ = ["parse_iso"]  # (re-exported: spiders read discovery dates through this module)

NEW = "new"  #: never seen: fetch
NOT_ARCHIVED = (
    "not_archived"  #: seen but neither archived nor dropped (a failed or killed fetch): fetch again
)
UPDATED = "updated"  #: discovery dates it after the copy we have: fetch conditionally
RECHECK = "recheck"  #: looked at long enough ago to look again: fetch conditionally
FRESH = "fresh"  #: archived (or dropped) and nothing says it changed: skip
GONE = "gone"  #: answered 410 and never archived: skip for good
NOT_FOUND = "not_found"  #: answered 404 and never archived, within the retry interval: skip
NOT_FOUND_RETRY = "not_found_retry"  #: answered 404 longer ago than the retry interval: fetch again

#: Decisions that mean "the state already had this page" (a listing made only of them is an old listing).
KNOWN = frozenset({UPDATED, RECHECK, FRESH, GONE, NOT_FOUND, NOT_FOUND_RETRY})

#: `drop_reason` of a link that answered 410 / 404 (recorded by newsarchive.http.article_errors)
GONE_REASON = "HttpGone"
NOT_FOUND_REASON = "HttpNotFound"


class KnownArticle(Protocol):
    """The parts of newsarchive.state.ArticleState the decision reads."""

    etag: str | None
    last_modified: str | None
    content_hash: str | None
    archived_at: str | None
    last_seen: str | None
    drop_reason: str | None
    dropped_at: str | None
    changed_hint: str | None
    modified_at: str | None
    published_at: str | None


@dataclass(frozen=True, kw_only=True)
class Decision:
    fetch: bool
    reason: str
    meta: dict[str, Any] = field(default_factory=dict)  #: request meta (conditional headers, 304 handling)

    @property
    def known(self) -> bool:
        return self.reason in KNOWN


def _latest(*values: str | None) -> datetime | None:
    parsed = [p for p in (parse_iso(v) for v in values) if p is not None]
    return max(parsed) if parsed else None


def decide(
    known: KnownArticle | None,
    *,
    changed_at: str | None = None,
    now: datetime | None = None,
    recheck_days: float = 7.0,
    not_found_retry_days: float = 0.25,
) -> Decision:
    """Fetch, re-check conditionally, or skip a URL.

    `changed_at` is what discovery says about the page's last change (sitemap lastmod, feed updated or
    published date, news:publication_date); `recheck_days` <= 0 disables periodic re-checks.
    A link that answered 410 is never asked for again, one that answered 404 once `not_found_retry_days`
    have passed (a feed may list a story before its page is live), unconditionally: the 404 has no
    validators, and the page may be there now.

    "Changed" compares the publisher's clock with the publisher's clock where possible: the discovery date
    against the date discovery gave when we last fetched the page and the dateModified/datePublished of the
    copy we kept. Only when none of those is known is it compared with when we last looked (our clock).
    """
    if known is None:
        return Decision(fetch=True, reason=NEW)
    archived = known.content_hash is not None or known.archived_at is not None
    dropped = known.drop_reason is not None
    if not archived and known.drop_reason == GONE_REASON:
        return Decision(fetch=False, reason=GONE)
    if not archived and known.drop_reason == NOT_FOUND_REASON:
        now = now or datetime.now(UTC)
        missing_since = parse_iso(known.dropped_at)
        if missing_since is None or now - missing_since >= timedelta(days=not_found_retry_days):
            return Decision(fetch=True, reason=NOT_FOUND_RETRY)
        return Decision(fetch=False, reason=NOT_FOUND)
    if not archived and not dropped:
        # Unconditional: the validators belong to a copy that never reached the archive (a kill between
        # extraction and the archive write), and a 304 would keep it out for good.
        return Decision(fetch=True, reason=NOT_ARCHIVED)
    last_look = _latest(known.archived_at, known.dropped_at, known.last_seen)
    changed = parse_iso(changed_at)
    if changed is not None:
        reference = _latest(
            known.changed_hint,
            known.modified_at,
            known.published_at,
        )
        if reference is None:
            reference = last_look
        if reference is None or changed > reference:
            return Decision(fetch=True, reason=UPDATED, meta=conditional_meta(known))
    now = now or datetime.now(UTC)
    if recheck_days > 0 and (last_look is None or now - last_look >= timedelta(days=recheck_days)):
        return Decision(fetch=True, reason=RECHECK, meta=conditional_meta(known))
    return Decision(fetch=False, reason=FRESH)


def conditional_meta(known: KnownArticle) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    if known.etag:
        meta["newsarchive_etag"] = known.etag
    if known.last_modified:
        meta["newsarchive_last_modified"] = known.last_modified
    if meta:
        # A 304 must reach the callback (it records "still the same") instead of being filtered.
        meta["handle_httpstatus_list"] = [304]
    return meta


_conditional_meta = conditional_meta  # the name earlier callers used


# --- backfill window -------------------------------------------------------------------------------
def parse_day(name: str, value: object) -> date:
    """A `-a since=`/`until=` value (YYYY-MM-DD) as a date; ArgumentError naming the argument otherwise."""
    text = str(value).strip()
    try:
        if len(text) != 10:
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise ArgumentError(f"argument {name}: expected a date YYYY-MM-DD, got {text!r}") from None


@dataclass(frozen=True, kw_only=True)
class DateWindow:
    """Publication dates a backfill archives: `since` 00:00 UTC up to the end of `until` (UTC, inclusive).

    UTC because the archive files records by UTC publication date: `since=2024-05-01` fills the files
    from 2024-05-01.jsonl on.
    """

    since: date
    until: date | None = None

    @classmethod
    def from_args(cls, since: object, until: object) -> DateWindow | None:
        if since is None and until is None:
            return None
        if since is None:
            raise ArgumentError("argument until: needs since (a backfill walks back to a start date)")
        start = parse_day("since", since)
        end = None if until is None else parse_day("until", until)
        if end is not None and start > end:
            raise ArgumentError(f"argument since: {start} is after until {end}")
        return cls(since=start, until=end)

    @property
    def start(self) -> datetime:
        return datetime.combine(self.since, time.min, tzinfo=UTC)

    @property
    def end(self) -> datetime | None:
        """Exclusive end."""
        if self.until is None:
            return None
        return datetime.combine(self.until + timedelta(days=1), time.min, tzinfo=UTC)

    def before(self, moment: datetime) -> bool:
        return moment < self.start

    def after(self, moment: datetime) -> bool:
        end = self.end
        return end is not None and moment >= end

    def contains(self, moment: datetime) -> bool:
        return not self.before(moment) and not self.after(moment)

    def overlaps_month(self, year: int, month: int) -> bool:
        """Whether any day of that month is in the window (for dated sitemaps such as 2024-05.xml)."""
        first = date(year, month, 1)
        last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return last >= self.since and (self.until is None or first <= self.until)

    def __str__(self) -> str:
        return f"{self.since}..{self.until or ''}"


def follow_listing(
    *,
    window: DateWindow | None,
    dates: Iterable[datetime | None],
    decisions: Iterable[Decision],
    resuming: bool = False,
) -> tuple[bool, str]:
    """Whether to request the next page of a listing, with the reason (a stats key part).

    Backfill: stop once a page's dated links are all older than `since` (the listing is newest first).
    Scheduled crawl: stop once a page lists nothing the state does not already know; a page that holds
    an unknown link (new, or lost to a killed run) sends the crawl one page further. `resuming`: the
    previous walk did not reach its end, so pages past the known ones may hold articles never seen.
    """
    if window is not None:
        dated = [d for d in dates if d is not None]
        if dated and all(window.before(d) for d in dated):
            return False, "older_than_since"
        return True, "in_window"
    seen = list(decisions)
    if seen and all(d.known for d in seen):
        return (True, "resuming_walk") if resuming else (False, "all_known")
    return True, "has_unknown"
