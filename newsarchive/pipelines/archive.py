"""Append each record to `<NEWSARCHIVE_ARCHIVE_DIR>/<site>/<YYYY-MM-DD>.jsonl`, then record it in the state.

Order matters: the line is on disk before the state says "archived". A kill between the two is repaired at
the next start (newsarchive.archive.reconcile); the reverse order could lose an article for good.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import NotConfigured

from newsarchive import defaults
from newsarchive.archive import JsonlAppender, archive_path, encode_record
from newsarchive.crawlstate import state_for
from newsarchive.distributed.keys import worker_id
from newsarchive.exceptions import NotArchived
from newsarchive.items import Article

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class ArchivePipeline:
    def __init__(
        self, crawler: Crawler, *, archive_dir: Path, fsync: bool, use_state: bool, worker: str | None = None
    ) -> None:
        self.crawler = crawler
        self.worker = worker
        self.stats = crawler.stats
        self.archive_dir = archive_dir
        self.use_state = use_state
        self.appender = JsonlAppender(fsync=fsync, on_repair=self._repaired)
        self.written = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        settings = crawler.settings
        archive_dir = settings.get("NEWSARCHIVE_ARCHIVE_DIR", defaults.NEWSARCHIVE_ARCHIVE_DIR)
        if not archive_dir:
            raise NotConfigured("NEWSARCHIVE_ARCHIVE_DIR is empty")
        return cls(
            crawler,
            archive_dir=Path(archive_dir),
            fsync=settings.getbool("NEWSARCHIVE_ARCHIVE_FSYNC", defaults.NEWSARCHIVE_ARCHIVE_FSYNC),
            use_state=settings.getbool("NEWSARCHIVE_STATE_ENABLED", defaults.NEWSARCHIVE_STATE_ENABLED),
            # Distributed workers each write their own files: appends from several processes to one file
            # are not guaranteed to stay whole lines.
            worker=worker_id(settings) if settings.get("NEWSARCHIVE_REDIS_URL") else None,
        )

    def _repaired(self, path: Path, removed: int) -> None:
        self.stats.inc_value("newsarchive/archive/torn_lines_repaired")

    def process_item(self, item: Any, spider: object = None) -> Any:
        if not isinstance(item, Article):
            return item
        path = archive_path(self.archive_dir, item, worker=self.worker)
        # Open (and reconcile) the state before the first append of this run, so reconciliation sees only
        # what earlier runs wrote.
        state = state_for(self.crawler, item.site) if self.use_state else None
        try:
            self.appender.append(path, encode_record(item.to_dict()))
        except OSError as exc:
            # The run report fails the run on any write error (rule `write_errors`): cron must learn that
            # nothing was kept. One line per article; the state is left alone so the next run retries it.
            self.stats.inc_value("newsarchive/archive/write_errors")
            logger.error("Archive write failed for %s: %s", item.url, exc)
            raise NotArchived(f"archive write failed: {exc.strerror or exc}") from None
        self.written += 1
        self.stats.inc_value("newsarchive/archive/written")
        logger.debug("Archived %s (version %d) to %s", item.url, item.version, path)
        if state is not None:
            try:
                state.record_archived(item)
            except (OSError, sqlite3.Error) as exc:
                # The line is kept; the next start reconciles the state with it.
                self.stats.inc_value("newsarchive/state/write_errors")
                logger.error("Crawl state write failed for %s: %s", item.url, exc)
        return item

    def close_spider(self, spider: object = None) -> None:
        self.appender.close()
        logger.info("Archive: %d records written under %s", self.written, self.archive_dir)
