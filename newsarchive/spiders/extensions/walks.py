"""WalkBookkeeping: what a scheduled run must know of the runs before it, and leaves for the runs after it.

A scheduled run stops paging a listing at a page of known articles. That stop assumes the previous walk of
the same listings reached every page it stops short of. A walk killed or stopped part way (or one that lost
article fetches) leaves pages behind that no article of page 1 leads back to; so does a first scheduled run
over a state that backfills filled. At spider_opened this extension reads the walk's mark in the crawl state
and sets the spider's `resuming_walk` (the run then pages to the end, `max_pages`, once), the way Scrapy's
SpiderState sets `spider.state`. At spider_closed, after a clean run (finished, no article_errors here or
in another worker sharing the state), it marks the walk complete and records the child sitemaps the spider
read in full (`spider.sitemap_marks`, see spiders/sitemaps.py).
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import NotConfigured

from newsarchive import defaults
from newsarchive.crawlstate import state_for
from newsarchive.http.article_errors import failed_since
from newsarchive.http.discovery import DISCOVERY_META, validators_value
from newsarchive.spiders.base import NewsarchiveSpider
from newsarchive.spiders.sitemaps import SITEMAP_META
from newsarchive.state.keys import url_key

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

    from newsarchive.state import StateStore

logger = logging.getLogger(__name__)

#: State meta key prefix: whether the last scheduled walk of a crawl scope's listings ran to its end.
WALK_META = "listing_walk:"


class WalkBookkeeping:
    def __init__(self, crawler: Crawler, spider: NewsarchiveSpider) -> None:
        self.crawler = crawler
        self.spider = spider
        self.started = time.time()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WalkBookkeeping:
        settings = crawler.settings
        if not settings.getbool("NEWSARCHIVE_STATE_ENABLED", defaults.NEWSARCHIVE_STATE_ENABLED):
            raise NotConfigured("NEWSARCHIVE_STATE_ENABLED is off")
        spider = crawler.spider
        if not isinstance(spider, NewsarchiveSpider):
            raise NotConfigured("not a newsarchive spider")
        extension = cls(crawler, spider)
        # Connected before anything opens the crawl state, so these run before it is closed at spider_closed.
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def _state(self) -> StateStore:
        return state_for(self.crawler, self.spider.site)

    def spider_opened(self, spider: Any = None) -> None:
        """Decide whether this scheduled run may stop paging at a page of known articles."""
        spider = self.spider
        if spider.window is not None:
            return
        store = self._state()
        key = WALK_META + spider.walk_scope
        previous = store.get_meta(key) or ""
        spider.resuming_walk = not previous.startswith("complete")
        if spider.resuming_walk:
            self.crawler.stats.set_value("newsarchive/discovery/walk_resumed", 1)
            if previous:
                logger.info(
                    "The last scheduled walk of %s (%s) did not finish: paging every listing to the end",
                    spider.name,
                    spider.walk_scope,
                )
        store.set_meta(key, f"running\t{self.started}")

    def spider_closed(self, spider: Any, reason: str) -> None:
        clean = reason == "finished" and not self.crawler.stats.get_value("newsarchive/spider/article_errors")
        if not clean:
            return
        store = self._state()
        if failed_since(store, self.started):
            return
        for url, lastmod in getattr(self.spider, "sitemap_marks", {}).items():
            store.set_meta(SITEMAP_META + url, f"{lastmod}\t{self.started}")
        if self.spider.window is None:
            store.set_meta(WALK_META + self.spider.walk_scope, f"complete\t{time.time()}")
            if self.crawler.settings.getbool(
                "NEWSARCHIVE_STATE_DISCOVERY_CONDITIONAL", defaults.NEWSARCHIVE_STATE_DISCOVERY_CONDITIONAL
            ):
                # Every entry of these documents is a decision now: the next scheduled run may take a 304
                # for "nothing new" (newsarchive/http/discovery.py). Dated by this run's start: the
                # re-check period counts from the version read, not from a 304.
                for url, (etag, last_modified) in getattr(self.spider, "discovery_marks", {}).items():
                    store.set_meta(
                        DISCOVERY_META + url_key(url), validators_value(etag, last_modified, self.started)
                    )
