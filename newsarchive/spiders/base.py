"""What every newsarchive spider shares: argument checks, article requests, the article callback, sitemaps,
and the link to the crawl state that makes every run incremental.

Article requests are built in one place (`article_request`) so the crawl-state decision
(`newsarchive.discovery.schedule.decide`) is consulted for every article URL. A backfill (`-a since=...
[-a until=...]`) uses the same state, so neither mode re-archives what the other archived.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import sqlite3
import time
from collections.abc import Iterator
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response, TextResponse
from scrapy.http.request import NO_CALLBACK
from scrapy.spidermiddlewares.httperror import HttpError
from w3lib.encoding import http_content_type_encoding

from newsarchive import defaults
from newsarchive.crawlstate import state_for
from newsarchive.dates import is_plausible, utc_now_iso
from newsarchive.discovery.hints import FRONT, META_DATE, META_LASTMOD, Hints
from newsarchive.discovery.schedule import DateWindow, Decision, decide, parse_iso
from newsarchive.discovery.sitemaps import Sitemap, SitemapEntry, parse_sitemap, sitemaps_from_robots
from newsarchive.exceptions import ArgumentError, Duplicate, NotArchived
from newsarchive.extract import extract_article
from newsarchive.extract.registry import ProfileRegistry
from newsarchive.extract_pool.middleware import ExtractionFailed, take_pooled_article
from newsarchive.http.failures import failure_reason
from newsarchive.items import Article
from newsarchive.middlewares import META_ETAG, META_LAST_MODIFIED
from newsarchive.monitoring.found import FRESH, NOT_MODIFIED, article_found
from newsarchive.monitoring.report import identity_keys
from newsarchive.spiders.arguments import exit_with_usage_error, positive_int, reject_unknown

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

    from newsarchive.state import ArticleState, StateStore

logger = logging.getLogger(__name__)

DEFAULT_MAX_PAGES = 50
#: A backfill pages until the listing is older than `since`; this only guards against endless listings.
BACKFILL_MAX_PAGES = 10_000

META_PAGE = "newsarchive_page"  #: page number of a listing request (1 for the first page)
META_CHANGED = "newsarchive_changed_at"  #: the discovery date the request was made for (see decide)

#: Written into JOBDIR while a crawl runs, replaced at a clean close (see `_check_jobdir`).
JOBDIR_MARKER = "newsarchive-run.json"
_SITEMAP_META = "sitemap_lastmod:"  #: state meta key prefix: lastmod of a child sitemap fully processed
_ERROR_META = "article_error_at"  #: state meta key: when a crawl of the site last counted an article_error
#: state meta key prefix: whether the last scheduled walk of a crawl scope's listings ran to its end
_WALK_META = "listing_walk:"


class NewsarchiveSpider(scrapy.Spider):
    """Base of newsarchive spiders. Subclasses set `name`, parse their arguments in `__init__`
    (raising ArgumentError), may check settings in `configure()`, and implement `start()`."""

    #: names accepted with `-a` besides max_pages, since and until (for the unknown-argument message)
    arguments: ClassVar[tuple[str, ...]] = ()
    #: `(html, url, **options) -> Article`, pure: the extraction pool runs it in its worker processes
    extract_function = staticmethod(extract_article)

    def __init__(
        self,
        *args: Any,
        max_pages: object = None,
        since: object = None,
        until: object = None,
        **kwargs: Any,
    ) -> None:
        reject_unknown(kwargs, (*self.arguments, "max_pages", "since", "until"))
        super().__init__(*args, **kwargs)
        #: a backfill's date range; None for the (default) scheduled incremental crawl
        self.window: DateWindow | None = DateWindow.from_args(since, until)
        default_pages = BACKFILL_MAX_PAGES if self.window else self.default_max_pages()
        self.max_pages = positive_int("max_pages", default_pages if max_pages is None else max_pages)
        self._sitemaps_seen: set[str] = set()
        # Sitemap URLs already requested this run (they bypass the dupefilter, see robots_sitemap_requests).
        self._sitemap_urls_requested: set[str] = set()
        self._sitemap_done: dict[str, str] = {}  #: child sitemap URL -> lastmod, recorded at a clean close
        self._started = time.time()
        #: a scheduled run pages past listing pages that hold only known articles (see `_open_walk`)
        self.resuming_walk = False

    def default_max_pages(self) -> int:
        return DEFAULT_MAX_PAGES

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsarchiveSpider:
        quiet_trafilatura()
        try:
            spider = super().from_crawler(crawler, *args, **kwargs)
            spider.configure()
        except ArgumentError as error:
            raise exit_with_usage_error(cls.name, error) from None
        crawler.signals.connect(spider._item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(spider._response_received, signal=signals.response_received)
        crawler.signals.connect(spider._open_walk, signal=signals.spider_opened)
        spider._check_jobdir()
        return spider  # type: ignore[return-value]

    def configure(self) -> None:
        """Checks that need the crawler's settings; raise ArgumentError naming the setting."""
        self.state_enabled = self.settings.getbool(
            "NEWSARCHIVE_STATE_ENABLED", defaults.NEWSARCHIVE_STATE_ENABLED
        )
        self.recheck_days = self.settings.getfloat(
            "NEWSARCHIVE_STATE_RECHECK_DAYS", defaults.NEWSARCHIVE_STATE_RECHECK_DAYS
        )
        if self.window:
            logger.info("Backfill of %s: articles published %s (UTC)", self.name, self.window)

    @property
    def since(self) -> date | None:
        """First day of a backfill's window (the progress line reports how far back the crawl got)."""
        return self.window.since if self.window else None

    # --- site identity ----------------------------------------------------------------------
    @property
    def site(self) -> str:
        """Name under which the crawl state (and the archive) files this crawl."""
        return self.name

    @property
    def full_run(self) -> bool:
        """A scheduled crawl of the whole site (what may mark child sitemaps as done)."""
        return self.window is None

    @property
    def walk_scope(self) -> str:
        """Which listings a scheduled run walks (a site spider's section, "all" for the whole site): the
        state remembers per scope whether the last walk ran to its end."""
        return "all"

    def extract_options(self) -> dict[str, Any]:
        """Keyword arguments for extract_article (a site spider forces its profile)."""
        return {"profiles": self.profiles}

    @cached_property
    def profiles(self) -> ProfileRegistry:
        """The site profiles of this crawl's settings (NEWSARCHIVE_PROFILE_DIRS)."""
        return ProfileRegistry.from_settings(self.settings)

    def extracts(self, request: Request, response: Response) -> bool:
        """Whether the callback will extract this (2xx, text) response: the pool extracts it ahead."""
        return request.callback == self.parse_article

    def extract_input(self, response: TextResponse) -> tuple[bytes, str, dict[str, Any]]:
        """What extraction reads of a response (in the crawl or in the pool): the bytes and the server's
        charset, so extraction decodes like a browser and records any repair."""
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        return response.body, response.url, {"encoding": http_content_type_encoding(content_type)}

    def identity_urls(self, url: str) -> list[str]:
        """URLs under which the state may know the page at `url` (a site spider adds the publisher's URL
        for a mirror's)."""
        return [url]

    # --- state ------------------------------------------------------------------------------
    def _state(self) -> StateStore:
        return state_for(self.crawler, self.site)

    def _lookup(self, url: str) -> ArticleState | None:
        return self._state().lookup(*self.identity_urls(url))

    # --- requests ---------------------------------------------------------------------------
    def schedule(self, url: str, hints: Hints) -> Decision:
        """Fetch, re-check or skip: the crawl-state hook, called for every article request."""
        if not self.state_enabled:
            return Decision(fetch=True, reason="state_disabled")
        return decide(self._lookup(url), changed_at=hints.changed_at, recheck_days=self.recheck_days)

    def article_decision(
        self,
        url: str,
        hints: Hints = FRONT,
        *,
        callback: Any = None,
        meta: dict[str, Any] | None = None,
        priority: int = 0,
    ) -> tuple[Request | None, Decision]:
        """The request for a page that may be an article (None when the state says skip), and why."""
        decision = self.schedule(url, hints)
        stats = self.crawler.stats
        stats.inc_value(f"newsarchive/schedule/{decision.reason}")
        if not decision.fetch:
            stats.inc_value("newsarchive/state/skipped_known")
            logger.debug("skip %s (%s)", url, decision.reason)
            known = self._lookup(url) if self.state_enabled else None
            if known is not None and known.archived:  # a page dropped earlier (an advertorial) is no article
                self._found(FRESH, url, known.url, known.canonical_url)
            return None, decision
        request_meta = {**hints.to_meta(), **decision.meta, **(meta or {})}
        if hints.changed_at:
            request_meta[META_CHANGED] = hints.changed_at
        request = Request(
            url,
            callback=callback or self.parse_article,
            errback=self._article_failed,
            meta=request_meta,
            priority=priority,
        )
        return request, decision

    def article_request(
        self,
        url: str,
        hints: Hints = FRONT,
        *,
        callback: Any = None,
        meta: dict[str, Any] | None = None,
        priority: int = 0,
    ) -> Request | None:
        """A request for a page that may be an article, or None when the crawl state says skip."""
        return self.article_decision(url, hints, callback=callback, meta=meta, priority=priority)[0]

    def _article_failed(self, failure: Any) -> None:
        """One line per failed article request, and `article_errors` for failures a later run may not get.

        `article_errors` keeps this run from marking sitemaps as done: the failed URL must be found again.
        A refusal by a downloader middleware (HTTP guards, redirect guard, robots.txt) was already logged and
        counted by it; logging it here again would double every hostile response in the log.
        """
        error = failure.value
        request = getattr(failure, "request", None)
        url = request.url if request is not None else "?"
        if isinstance(error, HttpError):
            status = error.response.status
            if _transient_status(status):
                self._article_error()
            # INFO as Scrapy's own "Ignoring response <404 ...>" (which this errback replaces): the status
            # is counted for the run report, and a guard (Retry-After) may have warned about it already.
            # RetryMiddleware has logged "Gave up retrying" with URL and status for the retried ones.
            level = logging.DEBUG if self._retried_out(error.response) else logging.INFO
            logger.log(level, "article not fetched: HTTP %d for %s", status, error.response.url)
            return
        if isinstance(error, IgnoreRequest):
            # DownloadFailureMiddleware turns timeouts and connection failures (retries used up) into
            # IgnoreRequest after logging them; those pages are worth asking for again.
            reason = failure_reason(error.__cause__ or error)
            if reason in ("timeout", "connection_failed") or isinstance(error, ExtractionFailed):
                self._article_error()
            return
        self._article_error()
        logger.warning("article not fetched: %s (%s)", url, failure.getErrorMessage())

    def _article_error(self) -> None:
        self.crawler.stats.inc_value("newsarchive/spider/article_errors")
        if self.state_enabled:
            # Workers sharing a state (distributed mode) share the job: another worker's failure keeps
            # this one from marking sitemaps as done too (see closed).
            self._state().set_meta(_ERROR_META, repr(time.time()))

    def _retried_out(self, response: Response) -> bool:
        """Whether RetryMiddleware retried this response's status and gave up (logging it at ERROR)."""
        settings = self.settings
        if not settings.getbool("RETRY_ENABLED", True) or response.meta.get("dont_retry"):
            return False
        return response.status in {int(code) for code in settings.getlist("RETRY_HTTP_CODES")}

    def in_window(self, moment: datetime | None) -> bool:
        return self.window is None or moment is None or self.window.contains(moment)

    # --- the article callback ---------------------------------------------------------------
    def parse_article(self, response: Response) -> Iterator[Article]:
        article = self.extract(response)
        if article is None:
            return
        if article.page_type != "article":
            self.crawler.stats.inc_value(f"newsarchive/spider/not_article/{article.page_type}")
            logger.debug("not an article (%s): %s", article.page_type, response.url)
            yield from self.judged_not_article(article, response)
            return
        if self.accept(article):
            yield article

    def judged_not_article(self, article: Article, response: Response) -> Iterator[Article]:
        """A page asked for as an article that extraction judged something else: handed on, so the
        validate pipeline drops it as NotAnArticle. The drop is then kept in the rejects (a wrong judgment
        can be re-admitted) and remembered by the state with the page's validators, so scheduled runs
        re-check it conditionally instead of downloading it every time."""
        if article.headline or article.body:
            self._touch(response)
            yield article

    def accept(self, article: Article) -> bool:
        """False for an article a backfill must not archive (published outside its window)."""
        if self.window is None:
            return True
        published = parse_iso(article.published_at)
        if published is not None and self.window.contains(published):
            return True
        self.crawler.stats.inc_value("newsarchive/backfill/out_of_window")
        logger.debug("outside %s: %s (%s)", self.window, article.url, article.published_at)
        return False

    def extract(self, response: Response) -> Article | None:
        """The page as an Article (any page_type), or None for a 304 / a non-text response."""
        if response.status == 304:
            self.crawler.stats.inc_value("newsarchive/spider/not_modified")
            self.crawler.stats.inc_value("newsarchive/state/not_modified")
            self._found(NOT_MODIFIED, response.url, response.request.url if response.request else None)
            self._touch(response)
            return None
        if not isinstance(response, TextResponse):
            self.crawler.stats.inc_value("newsarchive/spider/not_text")
            return None
        article = take_pooled_article(response)
        if article is None:
            html, url, options = self.extract_input(response)
            article = self.extract_function(
                html, url, fetched_at=utc_now_iso(), **options, **self.extract_options()
            )
        self.crawler.stats.inc_value("newsarchive/spider/extracted")
        if article.page_type == "article":
            if not article.published_at:
                # A page without a readable date still has the one discovery saw (feed, news sitemap).
                hinted = parse_iso(response.meta.get(META_DATE))
                if hinted is not None:
                    article.published_at = hinted.isoformat()
                    self.crawler.stats.inc_value("newsarchive/spider/published_from_hint")
            self._touch(response)
        return article

    def _found(self, how: str, *urls: str | None) -> None:
        """Tell the run report about an article this run found but did not archive (it counts each once)."""
        self.crawler.signals.send_catch_log(article_found, keys=identity_keys(*urls), how=how, spider=self)

    def _touch(self, response: Response) -> None:
        """Remember the page's validators and the discovery date it was fetched for."""
        if not self.state_enabled:
            return
        etag = response.headers.get(b"ETag") or response.meta.get(META_ETAG)
        last_modified = response.headers.get(b"Last-Modified") or response.meta.get(META_LAST_MODIFIED)
        changed = response.meta.get(META_CHANGED) or response.meta.get(META_LASTMOD)
        try:
            self._state().touch(
                response.url, etag=_text(etag), last_modified=_text(last_modified), changed_hint=changed
            )
        except (OSError, sqlite3.Error) as exc:
            self._state_write_failed(response.url, exc)

    def _item_dropped(self, item: Any, response: Any, exception: BaseException, spider: Any = None) -> None:
        """A fetched article a pipeline dropped is remembered: scheduled runs do not fetch it every time."""
        if not self.state_enabled or not isinstance(item, Article):
            return
        if isinstance(exception, (Duplicate, NotArchived)):
            return
        try:
            self._state().record_dropped(item, type(exception).__name__)
        except (OSError, sqlite3.Error) as exc:
            self._state_write_failed(item.url, exc)
            return
        self.crawler.stats.inc_value("newsarchive/state/dropped_recorded")

    def _state_write_failed(self, url: str, exc: BaseException) -> None:
        """One line, and `newsarchive/state/write_errors`: the run report fails the run on it."""
        self.crawler.stats.inc_value("newsarchive/state/write_errors")
        logger.error("Crawl state write failed for %s: %s", url, exc)

    # --- sitemaps ---------------------------------------------------------------------------
    def wants_sitemaps(self) -> bool:
        return True

    def sitemap_callback(self, response: Response) -> Iterator[Any]:
        raise NotImplementedError

    def read_sitemap(self, response: Response) -> Sitemap | None:
        """The sitemap in this response (None when it is not one), counted by kind."""
        sitemap = parse_sitemap(response.body, base_url=response.url)
        if sitemap is None:
            return None
        stats = self.crawler.stats
        stats.inc_value(f"newsarchive/discovery/sitemaps/{sitemap.kind}")
        if sitemap.too_large:
            stats.inc_value("newsarchive/discovery/too_large")
        return sitemap

    def _response_received(self, response: Response, request: Request, spider: Any = None) -> None:
        """Read `Sitemap:` lines from the robots.txt that RobotsTxtMiddleware fetched: one fetch, not two."""
        if urlsplit(response.url).path != "/robots.txt" or response.status != 200:
            return
        if request.callback is not None and request.callback is not NO_CALLBACK:
            return  # our own robots.txt request (ROBOTSTXT_OBEY off) goes to parse_robots
        for sitemap_request in self.robots_sitemap_requests(response):
            self.crawler.engine.crawl(sitemap_request)

    def parse_robots(self, response: Response) -> Iterator[Request]:
        yield from self.robots_sitemap_requests(response)

    def robots_sitemap_requests(self, response: Response) -> Iterator[Request]:
        if not self.wants_sitemaps() or not isinstance(response, TextResponse):
            return
        netloc = urlsplit(response.url).netloc
        if netloc in self._sitemaps_seen or not self.in_scope(response.url):
            return
        self._sitemaps_seen.add(netloc)
        urls = [u for u in sitemaps_from_robots(response.text, response.url) if self.in_scope(u)]
        for url in urls or self.fallback_sitemaps(response.url):
            if url in self._sitemap_urls_requested:
                continue
            self._sitemap_urls_requested.add(url)
            yield Request(url, callback=self.sitemap_callback, priority=20, dont_filter=True)

    def fallback_sitemaps(self, robots_url: str) -> list[str]:
        return []

    def in_scope(self, url: str) -> bool:
        return True

    def child_sitemap_wanted(self, entry: SitemapEntry) -> bool:
        """Whether to fetch a sitemap listed in a sitemap index (and note it for a clean close)."""
        stats = self.crawler.stats
        if self.window is not None:
            month = _month_in(entry.loc)
            if month is not None and not self.window.overlaps_month(*month):
                stats.inc_value("newsarchive/backfill/sitemaps_outside")
                return False
        if entry.lastmod and self.state_enabled:
            done = self._state().get_meta(_SITEMAP_META + entry.loc) or ""
            lastmod, _, at = done.partition("\t")
            recent = at and time.time() - float(at) < max(self.recheck_days, 0) * 86400
            if lastmod == entry.lastmod and recent:
                # A clean full run turned every entry of this very version into a decision, recently
                # enough that none of them is due for a re-check yet.
                stats.inc_value("newsarchive/discovery/sitemaps_unchanged")
                return False
            if self.full_run:
                self._sitemap_done[entry.loc] = entry.lastmod
        return True

    def sitemap_entry_wanted(self, entry: SitemapEntry) -> bool:
        """A backfill takes entries dated in its window (news:publication_date, else lastmod: an article
        published in the window but edited after it is found on the listing instead)."""
        if self.window is None:
            return True
        moment = parse_iso(entry.news_publication_date) or parse_iso(entry.lastmod)
        if moment is None or self.window.contains(moment):
            return True
        self.crawler.stats.inc_value("newsarchive/backfill/sitemap_entries_outside")
        return False

    def sitemap_hints(self, sitemap: Sitemap, entry: SitemapEntry) -> Hints:
        return Hints.from_sitemap(entry)

    # --- listing walks ----------------------------------------------------------------------
    def _open_walk(self, spider: Any = None) -> None:
        """Decide whether this scheduled run may stop paging at a page of known articles.

        That stop assumes the previous walk of the same listings reached every page it stops short of. A
        walk killed or stopped part way (or one that lost article fetches) leaves pages behind that no
        article of page 1 leads back to; so does a first scheduled run over a state that backfills filled.
        This run then pages to the end (`max_pages`) once; a clean close records the walk as complete.
        """
        if self.window is not None or not self.state_enabled:
            return
        store = self._state()
        key = _WALK_META + self.walk_scope
        previous = store.get_meta(key) or ""
        self.resuming_walk = not previous.startswith("complete")
        if self.resuming_walk:
            self.crawler.stats.set_value("newsarchive/discovery/walk_resumed", 1)
            if previous:
                logger.info(
                    "The last scheduled walk of %s (%s) did not finish: paging every listing to the end",
                    self.name,
                    self.walk_scope,
                )
        store.set_meta(key, f"running\t{self._started}")

    # --- the end of a run -------------------------------------------------------------------
    def closed(self, reason: str) -> None:
        stats = self.crawler.stats
        clean = reason == "finished" and not stats.get_value("newsarchive/spider/article_errors")
        if clean and self.state_enabled:
            store = self._state()
            if not self._failed_elsewhere(store):
                for url, lastmod in self._sitemap_done.items():
                    store.set_meta(_SITEMAP_META + url, f"{lastmod}\t{self._started}")
                if self.window is None:
                    store.set_meta(_WALK_META + self.walk_scope, f"complete\t{time.time()}")
        self._mark_jobdir(clean=reason in ("finished", "shutdown"), reason=reason)

    def _failed_elsewhere(self, store: StateStore) -> bool:
        """Whether a crawl sharing this state (another distributed worker of this job) counted an
        article_error since this run started: the job is not clean then either."""
        failed_at = store.get_meta(_ERROR_META)
        return bool(failed_at) and float(failed_at) >= self._started

    # --- JOBDIR -----------------------------------------------------------------------------
    def _jobdir(self) -> Path | None:
        value = self.settings.get("JOBDIR")
        return Path(value) if value else None

    def _check_jobdir(self) -> None:
        """Drop a JOBDIR request queue that a killed run left behind.

        Scrapy writes the queue's bookkeeping only at a clean close, so after SIGKILL (or a second Ctrl-C)
        the queue and the seen-requests file no longer agree with each other or with the archive. The crawl
        state is kept in step with the archive and decides what to fetch, so the queue is only a shortcut:
        this run starts from the fronts, feeds and sitemaps again and skips what the state has.
        """
        jobdir = self._jobdir()
        if jobdir is None:
            return
        marker = jobdir / JOBDIR_MARKER
        try:
            previous = json.loads(marker.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            previous = None
        if isinstance(previous, dict) and previous.get("state") == "running":
            for name in ("requests.queue", "requests.seen"):
                target = jobdir / name
                if target.is_dir():
                    shutil.rmtree(target, ignore_errors=True)
                elif target.exists():
                    target.unlink()
            # Stats do not exist yet (the crawl has not started): counted at spider_opened.
            self.crawler.signals.connect(self._count_jobdir_discarded, signal=signals.spider_opened)
            logger.warning(
                "JOBDIR %s was left by a run that did not stop cleanly: its request queue is discarded, "
                "the crawl state decides what to fetch",
                jobdir,
            )
        jobdir.mkdir(parents=True, exist_ok=True)
        marker.write_text(json.dumps({"state": "running", "started": utc_now_iso()}), encoding="utf-8")

    def _count_jobdir_discarded(self, spider: Any = None) -> None:
        self.crawler.stats.inc_value("newsarchive/state/jobdir_discarded")

    def _mark_jobdir(self, *, clean: bool, reason: str) -> None:
        jobdir = self._jobdir()
        if jobdir is None or not clean:
            return
        marker = jobdir / JOBDIR_MARKER
        marker.write_text(json.dumps({"state": "closed", "reason": reason, "at": utc_now_iso()}), "utf-8")


def quiet_trafilatura() -> None:
    """Raise the `trafilatura` logger to ERROR unless the user configured it.

    The generic extractor hands every non-profile page to trafilatura, which logs "discarding data" at
    WARNING up to four times per junk page (navigation, tag pages, error pages). During a crawl that buries
    the warnings that matter; the spider counts those pages itself (`newsarchive/spider/not_article/*`).
    """
    trafilatura_logger = logging.getLogger("trafilatura")
    if trafilatura_logger.level == logging.NOTSET:
        trafilatura_logger.setLevel(logging.ERROR)


def _transient_status(status: int) -> bool:
    """HTTP statuses a later request may answer differently (a 404 or 410 will not)."""
    return status >= 500 or status in (408, 425, 429)


def _month_in(url: str) -> tuple[int, int] | None:
    """(year, month) a dated sitemap's URL names (`/sitemaps/2024-05.xml`, `post-sitemap-2024-05.xml`)."""
    match = re.search(r"(?<!\d)(\d{4})[-_/](\d{2})(?!\d)", urlsplit(url).path)
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    return (year, month) if 1 <= month <= 12 and is_plausible(date(year, month, 1)) else None


def _text(value: object) -> str | None:
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return value if isinstance(value, str) and value else None
