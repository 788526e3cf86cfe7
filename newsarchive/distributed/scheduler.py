"""scrapy-redis's scheduler plus request leases and idempotent seeding.

Everything else is scrapy-redis as is: the shared priority queue (a sorted set) and the shared
request dupefilter (a set of fingerprints), keyed per spider. What this subclass adds:

- leases (see leases.py): a request popped by this worker stays in its in-flight hash until Scrapy has
  completely finished with it, i.e. the engine dropped it after the download, the callback, the item
  pipelines and the scheduling of follow-up requests. That moment is observed with a weakref finalizer
  on the Request, which can fire late (a delayed ack only costs a re-fetch after a crash) but never
  early, because the engine holds the Request until all of that is done;
- dead workers' leases are moved back to the queue by the survivors (heartbeat + TTL);
- a worker does not close while the queue is empty but other workers still hold requests: they may yet
  yield follow-up requests, or die and need their requests redone;
- start requests marked dont_filter are seeded once per job, whichever worker starts first;
- the job's dupefilter is kept while any worker works on it (an interrupted job resumes), and cleared by
  the last worker out of a finished job, so the next run re-reads fronts and feeds.
"""

from __future__ import annotations

import gc
import itertools
import logging
import weakref
from collections import deque
from typing import TYPE_CHECKING, Any

from scrapy import Request, Spider
from scrapy_redis.scheduler import Scheduler
from twisted.internet.task import LoopingCall

from newsarchive import defaults
from newsarchive.distributed.keys import JobKeys, key_prefix, worker_id
from newsarchive.distributed.leases import RequestLeases

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class LeasedScheduler(Scheduler):
    crawler: Crawler
    prefix: str
    worker: str
    lease_ttl: float

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LeasedScheduler:
        instance = super().from_crawler(crawler)
        settings = crawler.settings
        instance.crawler = crawler
        instance.prefix = key_prefix(settings)
        instance.worker = worker_id(settings)
        instance.lease_ttl = settings.getfloat(
            "NEWSARCHIVE_REDIS_LEASE_TTL", defaults.NEWSARCHIVE_REDIS_LEASE_TTL
        )
        # Leases pop from the sorted set directly: always this (scrapy-redis) priority queue.
        instance.queue_cls = "newsarchive.distributed.queue.PriorityQueue"
        return instance

    def open(self, spider: Spider) -> None:
        super().open(spider)
        self.keys = JobKeys(prefix=self.prefix, spider=spider.name)
        if self.queue.key != self.keys.requests or self.df.key != self.keys.dupefilter:
            raise ValueError(
                "LeasedScheduler needs SCHEDULER_QUEUE_KEY/SCHEDULER_DUPEFILTER_KEY as set by "
                "newsarchive.distributed.addon.DistributedAddon"
            )
        self.leases = RequestLeases(
            server=self.server, keys=self.keys, prefix=self.prefix, worker=self.worker, ttl=self.lease_ttl
        )
        self._lease_ids = itertools.count(1)
        self._held: dict[str, weakref.finalize[Any, Any]] = {}
        # One deque for the whole run: finalizers hold a reference to its append method.
        self._acked: deque[str] = deque()
        requeued = self.leases.join()
        reclaimed = self.leases.reclaim_dead()
        self._inc("newsarchive/distributed/reclaimed", requeued + reclaimed)
        logger.info(
            "Distributed worker %s joined %s (%d queued, %d requests recovered)",
            self.worker,
            self.keys.base,
            len(self.queue),
            requeued + reclaimed,
        )
        self._beat = LoopingCall(self._tick)
        self._beat.start(max(0.2, self.lease_ttl / 3), now=False)

    def _inc(self, key: str, count: int = 1) -> None:
        if self.stats is not None and count:
            self.stats.inc_value(key, count)

    def _tick(self) -> None:
        """Heartbeat, ack what is done, recover dead workers' requests."""
        try:
            self.leases.heartbeat()
            if self._held:
                # Requests caught in reference cycles (failures, deferred chains) are only freed by
                # the cyclic GC, which an idle process may not run for a long time.
                gc.collect()
            self._flush_acks()
            self._inc("newsarchive/distributed/reclaimed", self.leases.reclaim_dead())
        except Exception:  # a Redis hiccup must not stop the heartbeat loop
            logger.warning("Distributed heartbeat failed", exc_info=True)

    def _flush_acks(self) -> None:
        if not self._acked:
            return
        acked = [self._acked.popleft() for _ in range(len(self._acked))]
        self.leases.ack(acked)
        for lease_id in acked:
            self._held.pop(lease_id, None)
        self._inc("newsarchive/distributed/acked", len(acked))

    def enqueue_request(self, request: Request) -> bool:
        # Every worker runs the spider's start(); seed each start URL once per job.
        if (
            request.dont_filter
            and request.meta.get("is_start_request")
            and not self.server.sadd(self.keys.seeds, self.df.request_fingerprint(request))
        ):
            self._inc("newsarchive/distributed/seeds_skipped")
            return False
        fingerprint = None if request.dont_filter else self.df.request_fingerprint(request)
        if not self.queue.push_unseen(request, fingerprint, self.df.key):
            self.df.log(request, self.spider)
            return False
        self._inc("scheduler/enqueued/redis")
        return True

    def next_request(self) -> Request | None:
        self._flush_acks()
        lease_id = str(next(self._lease_ids))
        data = self.leases.pop(lease_id)
        if data is None:
            return None
        request = self.queue._decode_request(data)
        self._held[lease_id] = weakref.finalize(request, self._acked.append, lease_id)
        self._inc("scheduler/dequeued/redis")
        self._inc("newsarchive/distributed/leased")
        return request

    def has_pending_requests(self) -> bool:
        if len(self) > 0:
            return True
        self._flush_acks()
        # Requests of a dead worker come back once its TTL expires: keep waiting for them.
        return self.leases.held_elsewhere() > 0

    def close(self, reason: str) -> None:
        if self._beat.running:
            self._beat.stop()
        gc.collect()  # run the finalizers of requests only kept alive by reference cycles
        self._flush_acks()
        unfinished = [lease_id for lease_id, fin in self._held.items() if fin.detach() is not None]
        requeued = self.leases.requeue(unfinished)
        self._inc("newsarchive/distributed/requeued", requeued)
        closed_job = self.leases.leave(finished=reason == "finished")
        logger.info(
            "Distributed worker %s left %s (%s; %d unfinished requests requeued%s)",
            self.worker,
            self.keys.base,
            reason,
            requeued,
            "; job finished, dupefilter cleared" if closed_job else "",
        )
