"""JobdirGuard: a JOBDIR request queue left by a run that did not stop cleanly is dropped, and so is the
seen-requests file of a run that finished.

Scrapy writes the queue's bookkeeping only at a clean close, so after SIGKILL (or a second Ctrl-C) the queue
and the seen-requests file no longer agree with each other or with the archive. The crawl state is kept in
step with the archive and decides what to fetch, so the queue is only a shortcut: the run starts from the
fronts, feeds and sitemaps again and skips what the state has.

Shaped like Scrapy's `SpiderState` (scrapy/extensions/spiderstate.py): NotConfigured without JOBDIR, one file
in the JOBDIR (`JOBDIR_MARKER`: "running" while a crawl runs, "closed" after a clean close). Scrapy builds
extensions after the spider and before the engine opens the scheduler (`Crawler.crawl`), so the check runs
before the queue is read.

A run that finished leaves nothing to resume, but Scrapy keeps its seen-requests file, and the duplicate
filter reads it back at the next start: a cron job keeping one JOBDIR for every run of a site would then
never ask again for a URL any earlier run asked for (an article's re-check, a front's second page, a 404
after its retry interval). So the next start removes the files of a finished run; a run stopped with one
Ctrl-C ("shutdown") keeps them and resumes. So does a run closed by one of Scrapy's CLOSESPIDER_* limits
(`closespider_timeout`, `closespider_itemcount`, `closespider_pagecount`, `closespider_errorcount`...): a
clean stop, at which Scrapy writes its queue, and what a cron job bounding each run wants: the next run goes
on where the last one stopped (with the fronts, feeds and sitemaps read again) rather than starting over.
"""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.job import job_dir

from newsarchive.dates import utc_now_iso
from newsarchive.monitoring.running import JOBDIR_MARKER, live_crawl, running_marker
from newsarchive.spiders.base import NewsarchiveSpider

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

#: What Scrapy keeps in JOBDIR of the request queue (the scheduler's queue and the dupefilter's file).
QUEUE_FILES = ("requests.queue", "requests.seen")


def resumable(reason: str) -> bool:
    """Whether a run closed for `reason` stopped cleanly with requests left (one Ctrl-C, a CLOSESPIDER_*
    limit): its queue is kept for the next run to resume."""
    return reason == "shutdown" or reason.startswith("closespider_")


class JobdirGuard:
    def __init__(self, jobdir: Path, stats: StatsCollector) -> None:
        self.jobdir = jobdir
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JobdirGuard:
        jobdir = job_dir(crawler.settings)
        if not jobdir:
            # bare: Scrapy logs a NotConfigured with a message as a WARNING; no JOBDIR is the usual run
            raise NotConfigured
        if not isinstance(crawler.spider, NewsarchiveSpider):
            # Only a crawl state makes the queue a shortcut; another spider's queue is its progress.
            raise NotConfigured("not a newsarchive spider")
        guard = cls(Path(jobdir), crawler.stats)
        if not guard.clear_finished_queue():
            guard.note_resumed()
        if guard.discard_unclean_queue():
            # Counted once the crawl has started (Scrapy opens the stats with the spider).
            crawler.signals.connect(guard.count_discarded, signal=signals.spider_opened)
        guard.mark_running()
        crawler.signals.connect(guard.spider_closed, signal=signals.spider_closed)
        return guard

    @property
    def marker(self) -> Path:
        return self.jobdir / JOBDIR_MARKER

    def previous_run(self) -> dict[str, Any] | None:
        try:
            previous = json.loads(self.marker.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return previous if isinstance(previous, dict) else None

    def clear_finished_queue(self) -> bool:
        """Remove the queue files when the marker says the last run finished; True if any was there."""
        previous = self.previous_run()
        if not (previous and previous.get("state") == "closed" and previous.get("reason") == "finished"):
            return False
        if not self._remove_queue_files():
            return False
        logger.info(
            "JOBDIR %s: the last run finished, so its seen requests are forgotten and this run asks again "
            "for what the crawl state says is due",
            self.jobdir,
        )
        return True

    def note_resumed(self) -> None:
        """One INFO line when the last run stopped cleanly with its queue kept: Scrapy resumes it."""
        previous = self.previous_run()
        reason = previous.get("reason") if previous and previous.get("state") == "closed" else None
        if isinstance(reason, str) and resumable(reason) and (self.jobdir / QUEUE_FILES[0]).exists():
            logger.info(
                "JOBDIR %s: the last run stopped cleanly (%s) before its end: its request queue is resumed",
                self.jobdir,
                reason,
            )

    def _remove_queue_files(self) -> bool:
        removed = False
        for name in QUEUE_FILES:
            target = self.jobdir / name
            if target.is_dir():
                shutil.rmtree(target, ignore_errors=True)
                removed = True
            elif target.exists():
                target.unlink()
                removed = True
        return removed

    def discard_unclean_queue(self) -> bool:
        """Remove the queue files when the marker says the last run never closed; True if it did so."""
        previous = self.previous_run()
        if not (isinstance(previous, dict) and previous.get("state") == "running"):
            return False
        if live_crawl(self.jobdir) is not None:
            # (`scrapy crawl` refuses to start then, newsarchive.monitoring.preflight; a crawl started
            # some other way must not delete the queue a live crawl is using)
            logger.error(
                "JOBDIR %s is in use by a crawl still running: its request queue is left alone", self.jobdir
            )
            return False
        self._remove_queue_files()
        logger.warning(
            "JOBDIR %s was left by a run that did not stop cleanly: its request queue is discarded, "
            "the crawl state decides what to fetch",
            self.jobdir,
        )
        return True

    def mark_running(self) -> None:
        self.jobdir.mkdir(parents=True, exist_ok=True)
        self.marker.write_text(json.dumps(running_marker(utc_now_iso())), encoding="utf-8")

    def count_discarded(self, spider: Any = None) -> None:
        self.stats.inc_value("newsarchive/state/jobdir_discarded")

    def spider_closed(self, spider: Any, reason: str) -> None:
        # A shutdown (one Ctrl-C) or a CLOSESPIDER_* limit lets Scrapy write its queue: the next run may
        # resume it.
        if reason == "finished" or resumable(reason):
            self.marker.write_text(
                json.dumps({"state": "closed", "reason": reason, "at": utc_now_iso()}), encoding="utf-8"
            )
