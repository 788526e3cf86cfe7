"""DropRecorder: a fetched article a pipeline dropped is remembered by the crawl state, so scheduled runs
do not fetch it every time (they re-check it conditionally, see discovery/schedule.py).

A Duplicate (archived already) or NotArchived (nothing to remember) is not recorded; a Duplicate whose page
names a canonical URL is remembered as that page (`remember_moved`), so a second copy of a story is not
fetched every run. A failed state write is
one line and `newsarchive/state/write_errors`, which fails the run in the run report.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import NotConfigured

from newsarchive import defaults
from newsarchive.crawlstate import state_for
from newsarchive.exceptions import Duplicate, NotArchived
from newsarchive.items import Article
from newsarchive.spiders.base import NewsarchiveSpider, state_write_failed

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class DropRecorder:
    def __init__(self, crawler: Crawler, spider: NewsarchiveSpider) -> None:
        self.crawler = crawler
        self.spider = spider

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DropRecorder:
        if not crawler.settings.getbool("NEWSARCHIVE_STATE_ENABLED", defaults.NEWSARCHIVE_STATE_ENABLED):
            raise NotConfigured("NEWSARCHIVE_STATE_ENABLED is off")
        spider = crawler.spider
        if not isinstance(spider, NewsarchiveSpider):
            raise NotConfigured("not a newsarchive spider")
        recorder = cls(crawler, spider)
        crawler.signals.connect(recorder.item_dropped, signal=signals.item_dropped)
        return recorder

    def item_dropped(self, item: Any, response: Any, exception: BaseException, spider: Any = None) -> None:
        if isinstance(item, Article) and isinstance(exception, Duplicate) and item.canonical_url:
            # A copy under another URL of a page archived under its canonical URL (a wire story a site files
            # under two sections, on this host or another): the next run knows it as that page and skips
            # it with it, rather than fetching it to drop it again.
            self.spider.remember_moved(item.url, item.canonical_url)
        if not isinstance(item, Article) or isinstance(exception, (Duplicate, NotArchived)):
            return
        stats = self.crawler.stats
        try:
            state_for(self.crawler, self.spider.site).record_dropped(item, type(exception).__name__)
        except (OSError, sqlite3.Error) as exc:
            state_write_failed(stats, item.url, exc)
            return
        stats.inc_value("newsarchive/state/dropped_recorded")
