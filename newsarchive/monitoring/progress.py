"""ProgressExtension: one summary line every NEWSARCHIVE_PROGRESS_INTERVAL seconds on long crawls.

    Progress nikkei_asia: 1200 pages (+96, 96/min), 430 articles (+31, 31/min), 12 errors, 85 queued;
    backfill reached 2024-03-02 (since 2024-01-01, 61 days to go)

The backfill part appears when the spider has a `since` attribute (date, datetime or ISO string): the
oldest publication date archived so far, against it.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import create_looping_call

from newsarchive import defaults
from newsarchive.dates import local_date
from newsarchive.http.events import RECOVERED, STATS_PREFIX

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

_STATUS_PREFIX = "downloader/response_status_count/"


def as_date(value: object) -> date | None:
    """A date from a date, datetime or ISO 8601 string (date part, as published); None otherwise."""
    return local_date(value)


def error_count(stats: dict[str, Any]) -> int:
    """Failed downloads, HTTP error responses and responses the HTTP guards refused."""
    total = int(stats.get("downloader/exception_count", 0) or 0)
    for key, value in stats.items():
        if key.startswith(_STATUS_PREFIX):
            code = key[len(_STATUS_PREFIX) :]
            if code.isdigit() and int(code) >= 400:
                total += int(value)
        elif key.startswith(STATS_PREFIX):
            reason = key[len(STATS_PREFIX) :]
            if "/" not in reason and reason not in RECOVERED and reason not in ("timeout", "too_large"):
                # timeouts and oversize bodies are already in downloader/exception_count
                total += int(value)
    return total


@dataclass(kw_only=True)
class Snapshot:
    site: str
    pages: int
    articles: int
    errors: int
    queued: int
    elapsed: float  #: seconds since the previous line (or the start)
    pages_before: int = 0
    articles_before: int = 0
    since: date | None = None
    reached: date | None = None


def progress_line(s: Snapshot) -> str:
    minutes = max(s.elapsed, 1e-6) / 60
    new_pages = s.pages - s.pages_before
    new_articles = s.articles - s.articles_before
    line = (
        f"Progress {s.site}: {s.pages} pages (+{new_pages}, {new_pages / minutes:.0f}/min), "
        f"{s.articles} articles (+{new_articles}, {new_articles / minutes:.0f}/min), "
        f"{s.errors} errors, {s.queued} queued"
    )
    if s.since is not None:
        if s.reached is None:
            line += f"; backfill: no dated article yet (since {s.since.isoformat()})"
        elif s.reached <= s.since:
            line += f"; backfill reached {s.reached.isoformat()} (since {s.since.isoformat()}, done)"
        else:
            to_go = (s.reached - s.since).days
            reached, since = s.reached.isoformat(), s.since.isoformat()
            line += f"; backfill reached {reached} (since {since}, {to_go} days to go)"
    return line


class ProgressExtension:
    def __init__(self, crawler: Crawler, *, interval: float) -> None:
        self.crawler = crawler
        self.interval = interval
        self.articles = 0
        self.oldest: date | None = None
        self.site = ""
        self.since: date | None = None
        self._task: Any = None
        self._last_time = 0.0
        self._last_pages = 0
        self._last_articles = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProgressExtension:
        interval = crawler.settings.getfloat(
            "NEWSARCHIVE_PROGRESS_INTERVAL", defaults.NEWSARCHIVE_PROGRESS_INTERVAL
        )
        if interval <= 0:
            raise NotConfigured("NEWSARCHIVE_PROGRESS_INTERVAL is 0")
        extension = cls(crawler, interval=interval)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Spider) -> None:
        self.site = str(getattr(spider, "site", None) or spider.name)
        self.since = as_date(getattr(spider, "since", None))
        self._last_time = time.monotonic()
        self._task = create_looping_call(self.log_progress)
        self._task.start(self.interval, now=False)

    def item_scraped(self, item: Any, spider: Spider) -> None:
        self.articles += 1
        published = as_date(ItemAdapter(item).get("published_at"))
        if published is not None and (self.oldest is None or published < self.oldest):
            self.oldest = published

    def snapshot(self) -> Snapshot:
        stats = dict(self.crawler.stats.get_stats()) if self.crawler.stats is not None else {}
        queued = int(stats.get("scheduler/enqueued", 0)) - int(stats.get("scheduler/dequeued", 0))
        now = time.monotonic()
        return Snapshot(
            site=self.site,
            pages=int(stats.get("response_received_count", 0)),
            articles=self.articles,
            errors=error_count(stats),
            queued=max(0, queued),
            elapsed=now - self._last_time,
            pages_before=self._last_pages,
            articles_before=self._last_articles,
            since=self.since,
            reached=self.oldest,
        )

    def log_progress(self) -> None:
        snap = self.snapshot()
        logger.info(progress_line(snap))
        self._last_time = time.monotonic()
        self._last_pages = snap.pages
        self._last_articles = snap.articles

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self._task is not None and self._task.running:
            self._task.stop()
        self._task = None
