"""Where a record goes: `<archive_dir>/<site>/<YYYY-MM-DD>.jsonl`, dated by publication (UTC)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from newsarchive.dates import utc_date
from newsarchive.items import Article
from newsarchive.state.keys import site_filename


def _utc_date(value: str | None) -> date | None:
    # A date without offset is taken as UTC rather than the archiver's local zone, so the file a
    # record lands in does not depend on where the crawl runs.
    return utc_date(value)


def archive_date(article: Article, *, now: datetime | None = None) -> date:
    """Publication date in UTC; the crawl date when the publication date is unknown."""
    return (
        _utc_date(article.published_at)
        or _utc_date(article.fetched_at)
        or (now or datetime.now(UTC)).astimezone(UTC).date()
    )


def archive_path(
    archive_dir: str | Path, article: Article, *, now: datetime | None = None, worker: str | None = None
) -> Path:
    """`<site>/<date>.jsonl`, or `<site>/<date>.<worker>.jsonl` for a distributed worker, so that no two
    processes ever append to one file (readers glob `*.jsonl`; `python -m newsarchive merge` folds them)."""
    site = site_filename(article.site)
    day = archive_date(article, now=now).isoformat()
    name = f"{day}.{site_filename(worker)}.jsonl" if worker else f"{day}.jsonl"
    return Path(archive_dir) / site / name
