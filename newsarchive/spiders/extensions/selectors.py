"""ProfileSelectorStats: which of a site profile's selectors found each field, counted in Scrapy stats.

`newsarchive/profile/articles` per archived article of a site spider, `newsarchive/profile/matched/<field>/
<selector>` for the selector that found a field, `.../fallback/<field>` when none did and the generic
extractor filled it: what the run report names when a field's selectors stop matching
(`extract.profiles.check.stopped_selectors`). Counted at item_scraped, on the articles that reach the
archive: an advertorial or a teaser the pipelines drop lacks a byline or a body by design, and is no sign
that a selector stopped matching.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import NotConfigured

from newsarchive.extract import PROFILE_MATCHES
from newsarchive.items import Article
from newsarchive.spiders.profile import ProfileSpider

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector


class ProfileSelectorStats:
    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProfileSelectorStats:
        if not isinstance(crawler.spider, ProfileSpider):
            raise NotConfigured  # bare: the usual case for the article spider (a message would log a WARNING)
        extension = cls(crawler.stats)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        return extension

    def item_scraped(self, item: Any, **_: Any) -> None:
        if not isinstance(item, Article):
            return
        self.stats.inc_value("newsarchive/profile/articles")
        for field, selector in item.__dict__.get(PROFILE_MATCHES, {}).items():
            key = f"matched/{field}/{selector}" if selector is not None else f"fallback/{field}"
            self.stats.inc_value(f"newsarchive/profile/{key}")
