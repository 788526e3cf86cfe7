"""Whether to request a URL the crawl state already knows: the one place that decides it.

Kept free of Scrapy so the rule is easy to read and test; spiders call `decide()` right before
yielding an article request and put the returned meta on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Protocol

NEW = "new"  #: never seen: fetch
NOT_ARCHIVED = "not_archived"  #: seen but never archived (dropped, failed): fetch again
UPDATED = "updated"  #: the sitemap/feed says it changed after we archived it: fetch conditionally
RECHECK = "recheck"  #: archived long enough ago to look again: fetch conditionally
FRESH = "fresh"  #: archived recently, nothing says it changed: skip


class KnownArticle(Protocol):
    """The parts of newsarchive.state.ArticleState the decision reads."""

    etag: str | None
    last_modified: str | None
    archived_at: str | None
    last_seen: str | None


@dataclass(frozen=True, kw_only=True)
class Decision:
    fetch: bool
    reason: str
    meta: dict[str, Any] = field(default_factory=dict)  #: request meta (conditional headers, 304 handling)


def parse_iso(value: str | None) -> datetime | None:
    """ISO 8601 (also a bare date) as an aware datetime; naive values are taken as UTC."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def decide(
    known: KnownArticle | None,
    *,
    changed_at: str | None = None,
    now: datetime | None = None,
    recheck_days: float = 7.0,
) -> Decision:
    """Fetch, re-check conditionally, or skip a URL.

    `changed_at` is what discovery says about the page's last change (sitemap lastmod, feed
    updated); `recheck_days` <= 0 disables periodic re-checks.
    """
    if known is None:
        return Decision(fetch=True, reason=NEW)
    archived_at = parse_iso(known.archived_at)
    if archived_at is None:
        return Decision(fetch=True, reason=NOT_ARCHIVED, meta=_conditional_meta(known))
    changed = parse_iso(changed_at)
    if changed is not None and changed > archived_at:
        return Decision(fetch=True, reason=UPDATED, meta=_conditional_meta(known))
    now = now or datetime.now(timezone.utc)
    last_look = max(filter(None, (archived_at, parse_iso(known.last_seen))))
    if recheck_days > 0 and now - last_look >= timedelta(days=recheck_days):
        return Decision(fetch=True, reason=RECHECK, meta=_conditional_meta(known))
    return Decision(fetch=False, reason=FRESH)


def _conditional_meta(known: KnownArticle) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    if known.etag:
        meta["newsarchive_etag"] = known.etag
    if known.last_modified:
        meta["newsarchive_last_modified"] = known.last_modified
    if meta:
        # A 304 must reach the callback (it records "still the same") instead of being filtered.
        meta["handle_httpstatus_list"] = [304]
    return meta
