"""One crawl state per crawler and site, shared by the spider and the pipelines of that crawler.

A layer above `newsarchive.state` (which imports nothing above it), `newsarchive.archive` and
`newsarchive.distributed`: it opens a backend and reconciles it with the archive.

A local SQLite `CrawlState` under NEWSARCHIVE_STATE_DIR; in distributed mode (NEWSARCHIVE_REDIS_URL set)
the `RedisCrawlState` every worker on every machine shares, so all of them decide from, and record into,
one state.
"""

from __future__ import annotations

import logging
import weakref
from typing import TYPE_CHECKING

from scrapy import signals
from scrapy.exceptions import NotConfigured

from newsarchive import defaults
from newsarchive.archive.reconcile import reconcile_state
from newsarchive.distributed.keys import key_prefix, worker_id
from newsarchive.distributed.state import RedisCrawlState
from newsarchive.state.keys import site_filename
from newsarchive.state.protocol import StateStore
from newsarchive.state.store import CrawlState

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)

_STORES: weakref.WeakKeyDictionary[Crawler, dict[str, StateStore]] = weakref.WeakKeyDictionary()


def state_for(crawler: Crawler, site: str) -> StateStore:
    """The crawl state of `site` for this crawler, opened on first use and closed when the spider closes.

    Opening reconciles it with the archive (NEWSARCHIVE_ARCHIVE_DIR) so lookups made before anything is
    archived in this run already see lines a previous, killed run wrote. Raises NotConfigured when
    NEWSARCHIVE_STATE_ENABLED is off.
    """
    settings = crawler.settings
    if not settings.getbool("NEWSARCHIVE_STATE_ENABLED", defaults.NEWSARCHIVE_STATE_ENABLED):
        raise NotConfigured("NEWSARCHIVE_STATE_ENABLED is off")
    stores = _STORES.get(crawler)
    if stores is None:
        stores = {}
        _STORES[crawler] = stores
        crawler.signals.connect(_make_closer(crawler), signal=signals.spider_closed, weak=False)
    store = stores.get(site)
    if store is None:
        archive_dir = settings.get("NEWSARCHIVE_ARCHIVE_DIR", defaults.NEWSARCHIVE_ARCHIVE_DIR)
        store = _open(settings, site, archive_dir)
        stats = crawler.stats

        def on_repair(path: object, removed: int) -> None:
            if stats is not None:
                stats.inc_value("newsarchive/archive/torn_lines_repaired")

        recorded = reconcile_state(
            store, archive_dir, site, on_repair=on_repair, own_files=_own_files(settings)
        )
        if recorded and stats is not None:
            stats.inc_value("newsarchive/state/reconciled", recorded)
        stores[site] = store
        logger.info("Crawl state for %s: %s", site, store.path)
    return store


def _open(settings: BaseSettings, site: str, archive_dir: str) -> StateStore:
    url = settings.get("NEWSARCHIVE_REDIS_URL")
    if not url:
        return CrawlState.open(settings.get("NEWSARCHIVE_STATE_DIR", defaults.NEWSARCHIVE_STATE_DIR), site)
    return RedisCrawlState.open(
        url, prefix=key_prefix(settings), site=site, worker=worker_id(settings), archive_dir=archive_dir
    )


def _own_files(settings: BaseSettings) -> str | None:
    """Glob of the archive files this process appends to, when other processes append to others
    (a distributed worker's `<date>.<worker>.jsonl`): only those may be repaired."""
    if not settings.get("NEWSARCHIVE_REDIS_URL"):
        return None
    return f"*.{site_filename(worker_id(settings))}.jsonl"  # as newsarchive.archive.paths names them


def close_states(crawler: Crawler) -> None:
    """Close every store of this crawler, marking them in sync with the archive."""
    for store in (_STORES.pop(crawler, None) or {}).values():
        store.close(synced=True)


def _make_closer(crawler: Crawler):
    ref = weakref.ref(crawler)

    def _closed(spider: object = None, reason: str | None = None) -> None:
        target = ref()
        if target is not None:
            close_states(target)

    return _closed
