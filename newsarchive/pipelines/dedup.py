"""Drop content already archived; number the versions of content that changed.

Identity is the URL key, or the canonical URL (two URLs of one article, e.g. with and without a tracking
path, are one article). Looks first at what passed earlier in this run, then at the crawl state of earlier
runs.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import NotConfigured

from newsarchive import defaults
from newsarchive.crawlstate import state_for
from newsarchive.exceptions import Duplicate
from newsarchive.items import Article
from newsarchive.state import StateStore, url_key

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class DedupPipeline:
    def __init__(self, crawler: Crawler, *, use_state: bool) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.use_state = use_state
        # key -> (content_hash, version) of what this run let through
        self._seen: dict[str, tuple[str | None, int]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupPipeline:
        return cls(
            crawler,
            use_state=crawler.settings.getbool(
                "NEWSARCHIVE_STATE_ENABLED", defaults.NEWSARCHIVE_STATE_ENABLED
            ),
        )

    def _state(self, site: str) -> StateStore | None:
        if not self.use_state:
            return None
        try:
            return state_for(self.crawler, site)
        except NotConfigured:
            return None

    @staticmethod
    def _keys(article: Article) -> list[str]:
        keys = [url_key(article.url)]
        if article.canonical_url:
            keys.append(url_key(article.canonical_url))
        return keys

    def process_item(self, item: Any, spider: object = None) -> Any:
        if not isinstance(item, Article):
            return item
        keys = self._keys(item)
        previous = next((self._seen[k] for k in keys if k in self._seen), None)
        state = self._state(item.site)
        if previous is None and state is not None:
            known = state.get_article(item)
            if known is not None and known.content_hash is not None:
                previous = (known.content_hash, known.version)
        if previous is None:
            item.version, item.previous_hash = 1, None
            self.stats.inc_value("newsarchive/state/new")
        elif previous[0] == item.content_hash:
            self.stats.inc_value("newsarchive/state/unchanged")
            if state is not None:
                state.touch(item.url)
            raise Duplicate(f"unchanged since version {previous[1]}: {item.url}")
        else:
            item.version, item.previous_hash = previous[1] + 1, previous[0]
            self.stats.inc_value("newsarchive/state/updated")
            logger.debug("Changed: %s now version %d", item.url, item.version)
        for key in keys:
            self._seen[key] = (item.content_hash, item.version)
        return item
