"""NewsarchiveSpider: what every newsarchive spider shares: argument checks, article requests, the article
callback, and the link to the crawl state that makes every run incremental.

Article requests are built in one place (`article_request`) so the crawl-state decision
(`newsarchive.discovery.schedule.decide`) is consulted for every article URL. A backfill (`-a since=...
[-a until=...]`) uses the same state, so neither mode re-archives what the other archived.

The rest lives beside it: what extraction is told in `extraction.py`, sitemaps in `sitemaps.py` (a mixin),
errback accounting in `newsarchive/http/article_errors.py`, and the lifecycle bookkeeping (JOBDIR guard,
listing walks, drops recorded in the state) in the Scrapy extensions of `extensions/`.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

import scrapy
from scrapy.http import Request, Response

from newsarchive import defaults
from newsarchive.crawlstate import state_for
from newsarchive.discovery.hints import FRONT, META_LASTMOD, Hints
from newsarchive.discovery.schedule import DateWindow, Decision, decide, parse_iso
from newsarchive.exceptions import ArgumentError
from newsarchive.http.article_errors import ArticleErrors
from newsarchive.items import Article
from newsarchive.middlewares import META_ETAG, META_LAST_MODIFIED
from newsarchive.monitoring.found import FRESH, article_found
from newsarchive.monitoring.report import identity_keys
from newsarchive.spiders.arguments import exit_with_usage_error, positive_int, reject_unknown
from newsarchive.spiders.article_pages import ArticlePagesMixin
from newsarchive.spiders.extraction import ExtractionMixin, quiet_trafilatura
from newsarchive.state.keys import url_key, without_tracking

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

    from newsarchive.state import ArticleState, StateStore

logger = logging.getLogger(__name__)

DEFAULT_MAX_PAGES = 50
#: A backfill pages until the listing is older than `since`; this only guards against endless listings.
BACKFILL_MAX_PAGES = 10_000

META_PAGE = "newsarchive_page"  #: page number of a listing request (1 for the first page)
META_CHANGED = "newsarchive_changed_at"  #: the discovery date the request was made for (see decide)
#: State meta key prefix + url_key of a link that redirected: the URL it redirected to (see `_touch`).
REDIRECT_META = "redirect:"


class NewsarchiveSpider(ArticlePagesMixin, ExtractionMixin, scrapy.Spider):
    """Base of newsarchive spiders. Subclasses set `name`, parse their arguments in `__init__`
    (raising ArgumentError), may check settings in `configure()`, and implement `start()`."""

    #: names accepted with `-a` besides max_pages, since and until (for the unknown-argument message)
    arguments: ClassVar[tuple[str, ...]] = ()

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
        #: a scheduled run pages past listing pages that hold only known articles; set at spider_opened by
        #: extensions.walks.WalkBookkeeping when the last walk did not finish
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
        return spider  # type: ignore[return-value]

    def configure(self) -> None:
        """Checks that need the crawler's settings; raise ArgumentError naming the setting."""
        self.state_enabled = self.settings.getbool(
            "NEWSARCHIVE_STATE_ENABLED", defaults.NEWSARCHIVE_STATE_ENABLED
        )
        self.recheck_days = self.settings.getfloat(
            "NEWSARCHIVE_STATE_RECHECK_DAYS", defaults.NEWSARCHIVE_STATE_RECHECK_DAYS
        )
        self.not_found_retry_days = self.settings.getfloat(
            "NEWSARCHIVE_STATE_NOT_FOUND_RETRY_DAYS", defaults.NEWSARCHIVE_STATE_NOT_FOUND_RETRY_DAYS
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
    def walk_scope(self) -> str:
        """Which listings a scheduled run walks (a site spider's section, "all" for the whole site): the
        state remembers per scope whether the last walk ran to its end."""
        return "all"

    def identity_urls(self, url: str) -> list[str]:
        """URLs under which the state may know the page at `url` (a site spider adds the publisher's URL
        for a mirror's)."""
        return [url]

    # --- state ------------------------------------------------------------------------------
    def _state(self) -> StateStore:
        return state_for(self.crawler, self.site)

    def _lookup(self, url: str) -> ArticleState | None:
        store = self._state()
        urls = self.identity_urls(url)
        # A link that redirected (a shortlink, an old slug) is known under the page it led to.
        moved = store.get_meta(REDIRECT_META + url_key(url))
        return store.lookup(*urls, moved) if moved else store.lookup(*urls)

    @cached_property
    def article_errors(self) -> ArticleErrors:
        state = self._state if self.state_enabled else None
        return ArticleErrors(self.crawler.stats, self.settings, state=state)

    # --- requests ---------------------------------------------------------------------------
    def schedule(self, url: str, hints: Hints) -> Decision:
        """Fetch, re-check or skip: the crawl-state hook, called for every article request."""
        if not self.state_enabled:
            return Decision(fetch=True, reason="state_disabled")
        return decide(
            self._lookup(url),
            changed_at=hints.changed_at,
            recheck_days=self.recheck_days,
            not_found_retry_days=self.not_found_retry_days,
        )

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
        stats = self.crawler.stats
        bare = without_tracking(url)
        if bare != url:
            # A feed or front that tags its links (?utm_source=rss, ?fbclid=...) lists one story under many
            # URLs: the page is asked for once, and archived under the URL its publisher gave it.
            stats.inc_value("newsarchive/discovery/tracking_params")
            url = bare
        decision = self.schedule(url, hints)
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
        """The errback of article requests (a spider method: a JOBDIR disk queue stores it by name)."""
        self.article_errors.failed(failure)

    def in_window(self, moment: datetime | None) -> bool:
        return self.window is None or moment is None or self.window.contains(moment)

    # --- the article callback ---------------------------------------------------------------
    def parse_article(self, response: Response) -> Iterator[Article | Request]:
        article = self.extract(response)
        if article is None:
            return
        if article.page_type != "article":
            if self.behind_consent_wall(article, response):
                return
            self.crawler.stats.inc_value(f"newsarchive/spider/not_article/{article.page_type}")
            logger.debug("not an article (%s): %s", article.page_type, response.url)
            yield from self.judged_not_article(article, response)
            return
        if self.accept(article):
            yield from self.with_later_pages(article, response)

    def behind_consent_wall(self, article: Article, response: Response) -> bool:
        """True for a cookie-consent wall served instead of the page (extraction's evidence.consent_wall):
        counted (`newsarchive/spider/consent_wall`), neither archived nor dropped, and left out of the crawl
        state, so the next run asks for the page again (a wall is no answer of the page's)."""
        if not article.evidence.consent_wall:
            return False
        stats = self.crawler.stats
        first = not stats.get_value("newsarchive/spider/consent_wall")
        stats.inc_value("newsarchive/spider/consent_wall")
        asked = response.request.url if response.request else response.url
        logger.log(
            logging.WARNING if first else logging.DEBUG,
            "%s answered a cookie-consent wall, not the page (%s): not archived, asked for again next run",
            asked,
            response.url,
        )
        return True

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

    def _found(self, how: str, *urls: str | None) -> None:
        """Tell the run report about an article this run found but did not archive (it counts each once)."""
        self.crawler.signals.send_catch_log(article_found, keys=identity_keys(*urls), how=how, spider=self)

    def remember_moved(self, source: str, target: str) -> None:
        """The state knows the page at `source` (a link that redirected, an AMP copy) as the one at `target`:
        the next run looks `source` up as `target` and skips it with it."""
        if not self.state_enabled or url_key(source) == url_key(target):
            return
        try:
            self._state().set_meta(REDIRECT_META + url_key(source), target)
        except (OSError, sqlite3.Error) as exc:
            state_write_failed(self.crawler.stats, source, exc)

    def _touch(self, response: Response, *, article: bool = False) -> None:
        """Remember the page's validators and the discovery date it was fetched for; for an article, also
        the links that redirected to it (not for another page: a consent gate is no page of the link's)."""
        if not self.state_enabled:
            return
        etag = response.headers.get(b"ETag") or response.meta.get(META_ETAG)
        last_modified = response.headers.get(b"Last-Modified") or response.meta.get(META_LAST_MODIFIED)
        changed = response.meta.get(META_CHANGED) or response.meta.get(META_LASTMOD)
        try:
            store = self._state()
            store.touch(
                response.url, etag=_text(etag), last_modified=_text(last_modified), changed_hint=changed
            )
        except (OSError, sqlite3.Error) as exc:
            state_write_failed(self.crawler.stats, response.url, exc)
        for source in (response.meta.get("redirect_urls") or []) if article else []:
            self.remember_moved(source, response.url)


def state_write_failed(stats: StatsCollector, url: str, exc: BaseException) -> None:
    """One line, and `newsarchive/state/write_errors`: the run report fails the run on it."""
    stats.inc_value("newsarchive/state/write_errors")
    logger.error("Crawl state write failed for %s: %s", url, exc)


def _text(value: object) -> str | None:
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return value if isinstance(value, str) and value else None
