"""One crawl state per crawler and site, shared by the spider and the pipelines of that crawler."""

from __future__ import annotations

import logging
import weakref
from typing import TYPE_CHECKING

from scrapy import signals
from scrapy.exceptions import NotConfigured

from newsarchive.state.store import CrawlState

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

_STORES: weakref.WeakKeyDictionary[Crawler, dict[str, CrawlState]] = weakref.WeakKeyDictionary()


def state_for(crawler: Crawler, site: str) -> CrawlState:
    """The crawl state of `site` for this crawler, opened on first use and closed when the spider closes.

    Opening reconciles it with the archive (NEWSARCHIVE_ARCHIVE_DIR) so lookups made before anything is
    archived in this run already see lines a previous, killed run wrote. Raises NotConfigured when
    NEWSARCHIVE_STATE_ENABLED is off.
    """
    settings = crawler.settings
    if not settings.getbool("NEWSARCHIVE_STATE_ENABLED", True):
        raise NotConfigured("NEWSARCHIVE_STATE_ENABLED is off")
    stores = _STORES.get(crawler)
    if stores is None:
        stores = {}
        _STORES[crawler] = stores
        crawler.signals.connect(_make_closer(crawler), signal=signals.spider_closed, weak=False)
    store = stores.get(site)
    if store is None:
        from newsarchive.archive.reconcile import reconcile_state  # archive imports state: import late

        store = CrawlState.open(settings.get("NEWSARCHIVE_STATE_DIR", "data/state"), site)
        stats = crawler.stats

        def on_repair(path: object, removed: int) -> None:
            if stats is not None:
                stats.inc_value("newsarchive/archive/torn_lines_repaired")

        recorded = reconcile_state(
            store, settings.get("NEWSARCHIVE_ARCHIVE_DIR", "data/archive"), site, on_repair=on_repair
        )
        if recorded and stats is not None:
            stats.inc_value("newsarchive/state/reconciled", recorded)
        stores[site] = store
        logger.info("Crawl state for %s: %s", site, store.path)
    return store


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
