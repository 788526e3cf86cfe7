"""RejectsExtension: every article a pipeline drops (a judgment, not a duplicate) is written to the rejects.

Connected to Scrapy's `item_dropped` signal, so it sees the drops of every pipeline with their reason (the
DropItem subclass name). A page with neither headline nor body (an error page, an empty shell) holds
nothing to re-admit and is not written. Off with NEWSARCHIVE_REJECTS_ENABLED=False.

Stats: `newsarchive/rejects/written`, `newsarchive/rejects/written/<Reason>`, and
`newsarchive/rejects/write_errors` when a line cannot be written (the run report fails the run then).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.exceptions import NotConfigured

from newsarchive import defaults
from newsarchive.archive import JsonlAppender, encode_record
from newsarchive.distributed.keys import worker_id
from newsarchive.exceptions import Duplicate
from newsarchive.items import Article
from newsarchive.rejects.files import reject_record, rejects_path

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

#: drops that are not judgments on the page: nothing was lost
NOT_REJECTS: tuple[type[BaseException], ...] = (Duplicate,)


class RejectsExtension:
    def __init__(self, crawler: Crawler, *, archive_dir: Path, fsync: bool, worker: str | None) -> None:
        self.stats = crawler.stats
        self.archive_dir = archive_dir
        self.worker = worker
        self.appender = JsonlAppender(fsync=fsync)
        self.written = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RejectsExtension:
        settings = crawler.settings
        if not settings.getbool("NEWSARCHIVE_REJECTS_ENABLED", defaults.NEWSARCHIVE_REJECTS_ENABLED):
            raise NotConfigured("NEWSARCHIVE_REJECTS_ENABLED is off")
        archive_dir = settings.get("NEWSARCHIVE_ARCHIVE_DIR", defaults.NEWSARCHIVE_ARCHIVE_DIR)
        if not archive_dir:
            raise NotConfigured("NEWSARCHIVE_ARCHIVE_DIR is empty")
        extension = cls(
            crawler,
            archive_dir=Path(archive_dir),
            fsync=settings.getbool("NEWSARCHIVE_ARCHIVE_FSYNC", defaults.NEWSARCHIVE_ARCHIVE_FSYNC),
            worker=worker_id(settings) if settings.get("NEWSARCHIVE_REDIS_URL") else None,
        )
        crawler.signals.connect(extension.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def item_dropped(self, item: Any, response: Any, exception: BaseException, spider: Any = None) -> None:
        if not isinstance(item, Article) or isinstance(exception, NOT_REJECTS):
            return
        if not item.headline and not item.body:
            return
        reason = type(exception).__name__
        path = rejects_path(self.archive_dir, item.site, worker=self.worker)
        try:
            self.appender.append(path, encode_record(reject_record(item, reason)))
        except (OSError, ValueError, TypeError) as error:
            # The drop stands; only its copy is missing. Counted: the run report fails the run on it.
            self.stats.inc_value("newsarchive/rejects/write_errors")
            logger.error("Could not write the reject of %s to %s: %s", item.url, path, error)
            return
        self.written += 1
        self.stats.inc_value("newsarchive/rejects/written")
        self.stats.inc_value(f"newsarchive/rejects/written/{reason}")
        logger.debug("Rejected %s (%s) -> %s", item.url, reason, path)

    def spider_closed(self, spider: Any = None) -> None:
        self.appender.close()
        if self.written:
            where = self.archive_dir / "<site>" / "_rejected"
            logger.info("Rejects: %d dropped pages kept under %s", self.written, where)
