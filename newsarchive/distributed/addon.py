"""The Scrapy add-on that switches distributed mode on when NEWSARCHIVE_REDIS_URL is set.

Enabled in settings.py as ADDONS = {"newsarchive.distributed.addon.DistributedAddon": 0}; without a
Redis URL it changes nothing. With one, every `scrapy crawl <spider>` process pointed at the same Redis
joins the same crawl job: scrapy-redis's shared queue and dupefilter (through LeasedScheduler), and the
exactly-once claim before each archive write (ExactlyOncePipeline).
"""

from __future__ import annotations

import logging

from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings

from newsarchive import defaults
from newsarchive.distributed.keys import key_prefix, worker_id

logger = logging.getLogger(__name__)

#: Between DedupPipeline (500) and ArchivePipeline (900): claim right before the write.
CLAIM_PIPELINE_ORDER = 850
CLAIM_PIPELINE = "newsarchive.distributed.pipeline.ExactlyOncePipeline"
STATE_BACKEND = "newsarchive.distributed.state.RedisCrawlState"


class DistributedAddon:
    def update_settings(self, settings: BaseSettings) -> None:
        url = settings.get("NEWSARCHIVE_REDIS_URL")
        if not url:
            return
        prefix = key_prefix(settings)
        values = {
            "SCHEDULER": "newsarchive.distributed.scheduler.LeasedScheduler",
            "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
            "REDIS_URL": url,
            # Workers leave the queue and dupefilter in place; the last one out of a finished job
            # clears the dupefilter (LeasedScheduler.close).
            "SCHEDULER_PERSIST": True,
            "SCHEDULER_QUEUE_KEY": f"{prefix}:%(spider)s:requests",
            "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:%(spider)s:dupefilter",
            "SCHEDULER_QUEUE_CLASS": "newsarchive.distributed.queue.PriorityQueue",
        }
        for name, value in values.items():
            settings.set(name, value, priority="addon")
        if not settings.get("NEWSARCHIVE_REDIS_WORKER_ID"):
            # Fixed for the life of the process: it names this worker's leases and archive files. Set at
            # project priority to replace the empty project default (a -s value is never empty here).
            settings.set("NEWSARCHIVE_REDIS_WORKER_ID", worker_id(settings), priority="project")
        settings["ITEM_PIPELINES"][CLAIM_PIPELINE] = CLAIM_PIPELINE_ORDER
        # The crawl state every worker shares, plugged in where the local SQLite state would be. The default
        # backend may sit in the project settings or come from NewsarchiveAddon (either order of the two
        # add-ons): it is replaced at project priority, which no add-on overrides; a backend the user chose
        # (another value, or -s) is left alone.
        if settings.get("NEWSARCHIVE_STATE_BACKEND") in (None, "", defaults.NEWSARCHIVE_STATE_BACKEND):
            current = settings.getpriority("NEWSARCHIVE_STATE_BACKEND") or 0
            priority = max(current, SETTINGS_PRIORITIES["project"])
            settings.set("NEWSARCHIVE_STATE_BACKEND", STATE_BACKEND, priority=priority)
