"""Bring the crawl state up to date with the archive after an interrupted run.

The archive pipeline writes a line first and records it in the state second. A kill between the two leaves
a line the state does not know; without this, the next run would archive that content again. Only files
modified since the state's last clean sync are read, so a normal start reads nothing or one day's files.

The state may be the SQLite store or, in distributed mode, the Redis state shared by all workers (any
`newsarchive.state.StateStore`). There, other workers append to their own files in the same folder while
this one starts: only this worker's files (`own_files`) are repaired, the others are only read (their
unfinished last line is skipped, never cut).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsarchive.archive.writer import read_records, repair_torn_tail
from newsarchive.items import Article
from newsarchive.state.keys import site_filename
from newsarchive.state.protocol import StateStore

logger = logging.getLogger(__name__)

# File systems keep mtimes at coarse resolution (some at 1-2 s): look a little further back than needed.
_MTIME_SLACK = 2.0


def reconcile_state(
    state: StateStore,
    archive_dir: str | Path,
    site: str,
    *,
    on_repair: Callable[[Path, int], None] | None = None,
    own_files: str | None = None,
) -> int:
    """Record archive lines the state misses; returns how many were recorded."""
    started = time.time()
    site_dir = Path(archive_dir) / site_filename(site)
    since = state.archive_synced_at - _MTIME_SLACK
    recorded = 0
    for path in sorted(site_dir.glob("*.jsonl")) if site_dir.is_dir() else []:
        if path.stat().st_mtime < since:
            continue
        # Repair first: a complete-looking record without its newline is a torn write the appender would cut
        # off later; recording it in the state would make it look archived when it is not.
        removed = repair_torn_tail(path) if own_files is None or path.match(own_files) else 0
        if removed and on_repair is not None:
            on_repair(path, removed)
        with state.batch():
            recorded += _record_missing(state, read_records(path))
    state.mark_archive_synced(started)
    if recorded:
        logger.warning(
            "Crawl state of %s was behind the archive (interrupted run?): recorded %d archived lines",
            site,
            recorded,
        )
    return recorded


def _record_missing(state: StateStore, records: list[dict[str, Any]]) -> int:
    recorded = 0
    for record in records:
        url = record.get("url")
        if not isinstance(url, str) or not url:
            continue
        version = record.get("version") if isinstance(record.get("version"), int) else 1
        # The row of this very URL: a merged view could show another URL's newer version of the article.
        known = state.get_exact(url)
        if known is not None and known.content_hash is not None and known.version >= version:
            continue
        try:
            article = Article.from_dict(record)
        except (TypeError, ValueError):
            continue
        state.record_archived(article, archived_at=record.get("fetched_at"))
        recorded += 1
    return recorded
