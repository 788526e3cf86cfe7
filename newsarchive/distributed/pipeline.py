"""ExactlyOncePipeline: the cross-worker claim right before the archive write (distributed mode).

Runs after DedupPipeline and before ArchivePipeline (the add-on puts it at 850). DedupPipeline already
drops what the shared Redis state knows; this step closes the race between two workers that fetched
the same article at the same time: exactly one of them gets the claim, and with it the authoritative
version number. The claim is committed when Scrapy reports the item scraped (every pipeline, the
archive write included, succeeded) and released when a later step drops it or fails.

The Redis calls run in Twisted's thread pool: a synchronous round trip would stall the whole crawl for its
duration (much longer than the call itself when Redis waits for a CPU), while other pages could be parsed.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.threads import deferToThread

from newsarchive.distributed.keys import key_prefix, worker_id
from newsarchive.distributed.state import Claim, RedisCrawlState
from newsarchive.exceptions import Duplicate
from newsarchive.items import Article

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)


class ExactlyOncePipeline:
    def __init__(self, *, url: str, prefix: str, worker: str, stats: StatsCollector) -> None:
        self.url = url
        self.prefix = prefix
        self.worker = worker
        self.stats = stats
        self._stores: dict[str, RedisCrawlState] = {}
        self._claims: dict[int, tuple[Claim, RedisCrawlState]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExactlyOncePipeline:
        url = crawler.settings.get("NEWSARCHIVE_REDIS_URL")
        if not url:
            raise NotConfigured("NEWSARCHIVE_REDIS_URL is not set")
        assert crawler.stats is not None
        pipeline = cls(
            url=url,
            prefix=key_prefix(crawler.settings),
            worker=worker_id(crawler.settings),
            stats=crawler.stats,
        )
        crawler.signals.connect(pipeline.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(pipeline.item_not_written, signal=signals.item_dropped)
        crawler.signals.connect(pipeline.item_not_written, signal=signals.item_error)
        return pipeline

    def _store(self, site: str) -> RedisCrawlState:
        if site not in self._stores:
            self._stores[site] = RedisCrawlState.open(
                self.url, prefix=self.prefix, site=site, worker=self.worker
            )
        return self._stores[site]

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, Article):
            return item
        store = self._store(item.site)
        claim = await maybe_deferred_to_future(deferToThread(store.claim, item))
        if claim is None:
            self.stats.inc_value("newsarchive/distributed/claim_refused")
            raise Duplicate(f"already archived or being archived by another worker: {item.url}")
        item.version = claim.version
        item.previous_hash = claim.previous_hash
        self._claims[id(item)] = (claim, store)
        self.stats.inc_value("newsarchive/distributed/claimed")
        return item

    async def item_scraped(self, item: Any, **_: Any) -> None:
        held = self._claims.pop(id(item), None)
        if held is not None:
            claim, store = held
            # Awaited by Scrapy before it lets go of the request, so the lease is acked only after this.
            await maybe_deferred_to_future(deferToThread(store.commit, claim, item))
            self.stats.inc_value("newsarchive/distributed/committed")

    async def item_not_written(self, item: Any, **_: Any) -> None:
        held = self._claims.pop(id(item), None)
        if held is not None:
            claim, store = held
            await maybe_deferred_to_future(deferToThread(store.release, claim))
            self.stats.inc_value("newsarchive/distributed/released")

    def close_spider(self) -> None:
        for claim, store in self._claims.values():
            store.release(claim)
        self._claims.clear()
        for store in self._stores.values():
            store.close()
        self._stores.clear()
