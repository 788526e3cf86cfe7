"""One crawl state per crawler and site, shared by the spider and the pipelines of that crawler.

The backend is a setting, NEWSARCHIVE_STATE_BACKEND (a class path, loaded as Scrapy loads its SCHEDULER):
by default the local SQLite `newsarchive.state.store.CrawlState` under NEWSARCHIVE_STATE_DIR. Distributed
mode plugs its own in: `DistributedAddon` sets the backend to `newsarchive.distributed.state.RedisCrawlState`,
the state every worker on every machine shares. Neither `newsarchive.state` nor this module knows Redis.

This module sits above `state/` and `archive/`: opening a state reconciles it with the archive files.
"""

from __future__ import annotations

import logging
import weakref
from typing import TYPE_CHECKING

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.misc import load_object

from newsarchive import defaults
from newsarchive.archive.reconcile import reconcile_state
from newsarchive.state.protocol import StateStore

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
        store = open_state(settings, site, archive_dir=archive_dir)
        stats = crawler.stats

        def on_repair(path: object, removed: int) -> None:
            if stats is not None:
                stats.inc_value("newsarchive/archive/torn_lines_repaired")

        recorded = reconcile_state(
            store, archive_dir, site, on_repair=on_repair, own_files=getattr(store, "own_files", None)
        )
        if recorded and stats is not None:
            stats.inc_value("newsarchive/state/reconciled", recorded)
        stores[site] = store
        logger.info("Crawl state for %s: %s", site, store.path)
    return store


def open_state(settings: BaseSettings, site: str, *, archive_dir: str) -> StateStore:
    """A new store of the configured backend (`NEWSARCHIVE_STATE_BACKEND`) for `site`."""
    backend = load_object(settings.get("NEWSARCHIVE_STATE_BACKEND") or defaults.NEWSARCHIVE_STATE_BACKEND)
    return backend.from_settings(settings, site, archive_dir=archive_dir)


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
