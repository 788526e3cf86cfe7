"""Names of every Redis key distributed mode uses, in one place.

Scheduler keys are per spider (one shared crawl job per spider name); archive state and claims are
per site, because several spiders (a site spider and the generic one) may archive the same site.
Worker liveness is global: a worker id names one running process.
"""

from __future__ import annotations

import os
import re
import socket
from dataclasses import dataclass

from scrapy.settings import BaseSettings

from newsarchive import defaults

_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def worker_id(settings: BaseSettings) -> str:
    """This process's worker id: NEWSARCHIVE_REDIS_WORKER_ID, else "<hostname>-<pid>".

    Safe to use in a file name (it names each worker's archive file).
    """
    configured = settings.get("NEWSARCHIVE_REDIS_WORKER_ID") or f"{socket.gethostname()}-{os.getpid()}"
    return _UNSAFE.sub("_", str(configured)).strip("._") or f"worker-{os.getpid()}"


def key_prefix(settings: BaseSettings) -> str:
    return str(settings.get("NEWSARCHIVE_REDIS_KEY_PREFIX") or defaults.NEWSARCHIVE_REDIS_KEY_PREFIX)


@dataclass(frozen=True, kw_only=True)
class JobKeys:
    """Keys of one spider's shared crawl job."""

    prefix: str
    spider: str

    @property
    def base(self) -> str:
        return f"{self.prefix}:{self.spider}"

    @property
    def requests(self) -> str:  # sorted set, scrapy-redis PriorityQueue
        return f"{self.base}:requests"

    @property
    def dupefilter(self) -> str:  # set of request fingerprints, scrapy-redis RFPDupeFilter
        return f"{self.base}:dupefilter"

    @property
    def seeds(self) -> str:  # fingerprints of start requests already seeded in this job
        return f"{self.base}:seeds"

    @property
    def workers(self) -> str:  # set of worker ids that joined this job and have not left
        return f"{self.base}:workers"

    @property
    def inflight_prefix(self) -> str:
        return f"{self.base}:inflight:"

    def inflight(self, worker: str) -> str:  # hash lease id -> "<score>\n<encoded request>"
        return f"{self.inflight_prefix}{worker}"


def alive_prefix(prefix: str) -> str:
    return f"{prefix}:alive:"


def alive_key(prefix: str, worker: str) -> str:
    """String with a TTL, refreshed by the worker's heartbeat; gone means the worker is dead."""
    return f"{alive_prefix(prefix)}{worker}"


@dataclass(frozen=True, kw_only=True)
class SiteKeys:
    """Keys of one site's shared crawl state (see newsarchive.distributed.state)."""

    prefix: str
    site: str  #: a safe site file name (newsarchive.state.site_filename)

    @property
    def base(self) -> str:
        return f"{self.prefix}:site:{self.site}"

    @property
    def state(self) -> str:  # hash url_key -> JSON of the ArticleState fields
        return f"{self.base}:state"

    @property
    def canonical(self) -> str:  # hash canonical url_key -> the url_keys naming it, one per line
        return f"{self.base}:canonical"

    @property
    def versions(self) -> str:  # hash article key -> JSON {version: {url, content_hash, archived_at}}
        return f"{self.base}:versions"

    @property
    def claims(self) -> str:  # hash claim key -> "<worker>\n<content_hash>": writes in progress
        return f"{self.base}:claims"

    @property
    def meta(self) -> str:
        return f"{self.base}:meta"
