"""Downloader middleware: extract article pages in worker processes, off the reactor thread.

Extraction is pure CPU-bound code on `(html, url)`; run in the crawl's own thread it keeps a crawl to one
core. Here a page the spider will extract (`spider.extracts(request, response)`) is handed, as the last
downloader step before the spider, to a pool of `NEWSARCHIVE_EXTRACT_WORKERS` processes (default: one per
core); the finished Article rides on the response to the spider's callback, which uses it instead of
extracting again (`take_pooled_article`). Everything after extraction (judging, de-duplication,
archiving, the crawl state) still runs in the crawl process, in the same order per item as without the
pool: the archive and the state cannot tell the difference.

Memory stays flat: a response waiting for a worker still counts against Scrapy's CONCURRENT_REQUESTS, so
no more than that many pages are ever held, and each worker takes one page at a time.

A worker that dies or hangs during a page (a crash in a C extension, the OOM killer, an endless loop) costs
that page only: it is counted (`newsarchive/extract/worker_crashes`), tried once more in a fresh worker
(`NEWSARCHIVE_EXTRACT_RETRIES`), and if that fails too it is given up (`newsarchive/extract/failed`) through
the request's errback like a failed download, so the run is not clean and a later run fetches it again.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from scrapy import signals
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request, Response, TextResponse
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import task, threads
from twisted.python.threadpool import ThreadPool

from newsarchive import defaults
from newsarchive.dates import utc_now_iso
from newsarchive.extract_pool.pool import (
    ProcessPool,
    WorkerCrashed,
    WorkerError,
    available_cores,
    heap_trimmer,
    tune_malloc,
)
from newsarchive.extract_pool.preload import preload as run_preload
from newsarchive.extract_pool.server import ForkServer

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

    from newsarchive.items import Article

logger = logging.getLogger(__name__)
T = TypeVar("T")

META_ARTICLE = "_newsarchive_pooled_article"  #: the Article extracted for this response by the pool
STATS = "newsarchive/extract/"
TRIM_INTERVAL = 5.0  #: seconds between hand-backs of the crawl process's free heap pages


class ExtractionFailed(IgnoreRequest):
    """The page's extraction crashed its worker on every attempt."""


def worker_count(value: object) -> int:
    """NEWSARCHIVE_EXTRACT_WORKERS: None, "" or "auto" mean one per available core."""
    if value is None or (isinstance(value, str) and value.strip().lower() in ("", "auto")):
        return available_cores()
    try:
        count = int(str(value))
    except ValueError:
        raise ValueError(
            f"NEWSARCHIVE_EXTRACT_WORKERS must be a number of processes or 'auto', not {value!r}"
        ) from None
    if count < 0:
        raise ValueError(f"NEWSARCHIVE_EXTRACT_WORKERS must be >= 0, not {count}")
    return count


def take_pooled_article(response: Response) -> Article | None:
    """The Article the pool extracted for `response` (once; None when the pool did not run on it)."""
    return response.meta.pop(META_ARTICLE, None)


class ExtractionPoolMiddleware:
    def __init__(
        self,
        crawler: Crawler,
        *,
        workers: int,
        timeout: float,
        retries: int,
        preload: bool = True,
        fork_server: bool = True,
        worker_pages: int = 0,
        worker_max_mb: float = 0.0,
    ) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.workers = workers
        self.retries = retries
        self.preload = preload
        self.trimming: task.LoopingCall | None = None
        tune_malloc()  # before the pool's threads and the fork (pool.py)
        self.server = ForkServer(preload=preload, log=_log_config(crawler)) if fork_server else None
        if self.server is not None:
            # Its import and preload (a second or more) run while Scrapy builds the rest of the crawl; waited
            # for here, not at spider_opened, for the reason the preload below runs here.
            self.server.wait_ready()
        self.pool = ProcessPool(
            workers,
            timeout=timeout,
            fork_in=_in_reactor_thread,
            server=self.server,
            # A fresh fork of the crawl process would copy the crawl's memory of the moment (pages in
            # flight, pickles): replacing workers only pays with a fork server.
            max_calls=worker_pages if fork_server else 0,
            max_private=int(worker_max_mb * 2**20) if fork_server else 0,
        )
        self.job = 0
        # One thread per page in a worker's pipe (see ProcessPool): each waits for its own answer.
        self.threads = ThreadPool(
            minthreads=0, maxthreads=workers * self.pool.depth, name="newsarchive-extract"
        )
        if preload and not fork_server:
            # Loaded once here, shared by the workers forked at spider_opened (see preload.py), instead of
            # once per worker. Here, not at spider_opened: it takes a second or more, and `scrapy crawl`
            # opens the spider before it installs Scrapy's SIGINT/SIGTERM handlers, so a Ctrl-C during a
            # preload there would end the crawl without closing the spider. Before the spider opens there
            # is nothing to close.
            logger.info("Extraction data loaded for the workers to share in %.1f s", run_preload())
        crawler.signals.connect(self._opened, signal=signals.spider_opened)
        crawler.signals.connect(self._closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractionPoolMiddleware:
        settings = crawler.settings
        workers = worker_count(
            settings.get("NEWSARCHIVE_EXTRACT_WORKERS", defaults.NEWSARCHIVE_EXTRACT_WORKERS)
        )
        if workers <= 1:
            # One process would only add the cost of shipping pages to it.
            raise NotConfigured("NEWSARCHIVE_EXTRACT_WORKERS <= 1: pages are extracted in the crawl process")
        if "fork" not in multiprocessing.get_all_start_methods():
            # Workers are forked from the crawl (same code and data, see pool.py); Windows cannot fork.
            logger.info("No fork() on this platform: pages are extracted in the crawl process")
            raise NotConfigured("extraction workers need fork()")
        return cls(
            crawler,
            workers=workers,
            timeout=settings.getfloat("NEWSARCHIVE_EXTRACT_TIMEOUT", defaults.NEWSARCHIVE_EXTRACT_TIMEOUT),
            retries=max(
                0, settings.getint("NEWSARCHIVE_EXTRACT_RETRIES", defaults.NEWSARCHIVE_EXTRACT_RETRIES)
            ),
            preload=settings.getbool("NEWSARCHIVE_EXTRACT_PRELOAD", defaults.NEWSARCHIVE_EXTRACT_PRELOAD),
            fork_server=settings.getbool(
                "NEWSARCHIVE_EXTRACT_FORK_SERVER", defaults.NEWSARCHIVE_EXTRACT_FORK_SERVER
            ),
            worker_pages=max(
                0,
                settings.getint(
                    "NEWSARCHIVE_EXTRACT_WORKER_PAGES", defaults.NEWSARCHIVE_EXTRACT_WORKER_PAGES
                ),
            ),
            worker_max_mb=max(
                0.0,
                settings.getfloat(
                    "NEWSARCHIVE_EXTRACT_WORKER_MAX_MB", defaults.NEWSARCHIVE_EXTRACT_WORKER_MAX_MB
                ),
            ),
        )

    def _opened(self, spider: Any = None) -> None:
        spider = self.crawler.spider
        if hasattr(spider, "extract_function"):
            # Registered before the fork: the spider's options (its site profiles) are in every worker.
            self.job = self.pool.register(spider.extract_function, **spider.extract_options())
        trim = heap_trimmer()
        if trim is not None and self.server is None:
            trim()  # free pages the workers would otherwise map as shared resident memory
        self.pool.start()  # forked here, from the reactor thread, while no other thread holds a lock
        self.threads.start()
        if trim is not None:
            # Every page passes through this process twice (to a worker, its record back), from threads
            # with their own malloc arenas: freed pages are handed back now and then, not at the peak.
            self.trimming = task.LoopingCall(trim)
            self.trimming.start(TRIM_INTERVAL, now=False)
        # A forced stop (second Ctrl-C) skips spider_closed: the threads must not keep the process alive.
        _reactor().addSystemEventTrigger("before", "shutdown", self._closed)
        self.stats.set_value(STATS + "workers", self.workers)
        logger.info("Extraction runs in %d worker processes (NEWSARCHIVE_EXTRACT_WORKERS)", self.workers)

    def _closed(self, spider: Any = None) -> None:
        if self.pool.retired:
            self.stats.set_value(STATS + "workers_replaced", self.pool.retired)
        if self.pool.retired_for_memory:
            self.stats.set_value(STATS + "workers_replaced_memory", self.pool.retired_for_memory)
        if self.trimming is not None and self.trimming.running:
            self.trimming.stop()
        self.pool.close()
        if self.server is not None:
            self.server.close()
        if self.threads.started:
            self.threads.stop()

    async def process_response(self, request: Request, response: Response) -> Response | Request:
        spider = self.crawler.spider
        if (
            not 200 <= response.status < 300
            or not isinstance(response, TextResponse)
            or not self.job
            or not spider.extracts(request, response)
        ):
            return response
        html, url, options = spider.extract_input(response)
        _drop_decoded_text(response)
        call = (self.job, html, url)
        options["fetched_at"] = utc_now_iso()
        for attempt in range(self.retries + 1):
            try:
                article = await maybe_deferred_to_future(
                    threads.deferToThreadPool(
                        _reactor(), self.threads, self.pool.call_registered, *call, **options
                    )
                )
            except (WorkerCrashed, WorkerError) as error:
                kind = "worker_crashes" if isinstance(error, WorkerCrashed) else "worker_errors"
                self.stats.inc_value(STATS + kind)
                last = attempt == self.retries
                logger.warning(
                    "extraction of %s failed in a worker (%s)%s",
                    response.url,
                    error,
                    ": giving up on the page" if last else ": trying once more",
                )
                continue
            self.stats.inc_value(STATS + "pooled")
            request.meta[META_ARTICLE] = article  # response.meta, once the engine ties them
            return response
        self.stats.inc_value(STATS + "failed")
        raise ExtractionFailed(f"extraction failed {self.retries + 1} times: {response.url}")


def _drop_decoded_text(response: TextResponse) -> None:
    """Let go of the text and selector Scrapy keeps on a response once something decoded it (the content
    guard's charset check, the meta-refresh check: a real page's text takes 1-4x its bytes, ~13 MB over
    the 32 pages in flight), while the page waits for a worker, which reads the bytes. Scrapy decodes it
    again if a callback asks for it. Its private attributes: if they are renamed, this does nothing."""
    for name in ("_cached_ubody", "_cached_selector"):
        if getattr(response, name, None) is not None:
            setattr(response, name, None)


def _log_config(crawler: Crawler) -> dict[str, Any]:
    """The crawl's log destination, level and format (Scrapy's LOG_* settings) for the fork server's
    workers, which do not inherit the crawl's handlers."""
    settings = crawler.settings
    config: dict[str, Any] = {
        "level": settings.get("LOG_LEVEL") if settings.getbool("LOG_ENABLED") else logging.CRITICAL + 1,
        "format": settings.get("LOG_FORMAT"),
        "datefmt": settings.get("LOG_DATEFORMAT"),
    }
    if settings.get("LOG_FILE"):
        config["filename"] = str(settings.get("LOG_FILE"))
        config["encoding"] = settings.get("LOG_ENCODING") or "utf-8"
    return {key: value for key, value in config.items() if value is not None}


def _in_reactor_thread(function: Callable[[], T]) -> T:
    return threads.blockingCallFromThread(_reactor(), function)


def _reactor() -> Any:
    # Imported on use (no cycle): importing twisted.internet.reactor installs a reactor, which is
    # Scrapy's to choose (TWISTED_REACTOR) when the crawl starts.
    from twisted.internet import reactor

    return reactor
