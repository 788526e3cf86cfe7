"""What every newsarchive spider shares: argument checks, article requests, the article callback.

Article requests are built in one place (`article_request`) so the crawl-state decision
(`newsarchive.discovery.schedule.decide`) is consulted for every known article URL.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, ClassVar

import scrapy
from scrapy.http import Request, Response, TextResponse
from scrapy.settings import SETTINGS_PRIORITIES
from scrapy.utils.misc import load_object

from newsarchive.discovery.hints import FRONT, Hints
from newsarchive.discovery.schedule import Decision, decide
from newsarchive.exceptions import ArgumentError
from newsarchive.extract import extract_article
from newsarchive.items import Article
from newsarchive.middlewares import META_ETAG, META_LAST_MODIFIED, ContactUserAgentMiddleware
from newsarchive.spiders.arguments import exit_with_usage_error, positive_int, reject_unknown

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)

DEFAULT_MAX_PAGES = 50

META_PAGE = "newsarchive_page"  #: page number of a listing request (1 for the first page)


def utc_now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class NewsarchiveSpider(scrapy.Spider):
    """Base of newsarchive spiders. Subclasses set `name`, parse their arguments in `__init__`
    (raising ArgumentError), may check settings in `configure()`, and implement `start()`."""

    #: argument names accepted with `-a`, besides max_pages (for the unknown-argument message)
    arguments: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        # ContactUserAgentMiddleware must run before RobotsTxtMiddleware (100), which matches robots.txt
        # rules against the request's User-Agent header; move it there if the project put it later.
        name = "DOWNLOADER_MIDDLEWARES"
        order = settings.getdict(name)
        late = [
            k
            for k, v in order.items()
            if v is not None and int(v) >= 100 and load_object(k) is ContactUserAgentMiddleware
        ]
        if late:
            # Same keys, whole dict: works whether the setting holds a plain dict or a BaseSettings.
            order.update(dict.fromkeys(late, 90))
            # "spider" priority, like custom_settings: `scrapy crawl` re-applies project settings later.
            settings.set(
                name, order, priority=max(settings.getpriority(name) or 0, SETTINGS_PRIORITIES["spider"])
            )

    def __init__(self, *args: Any, max_pages: object = DEFAULT_MAX_PAGES, **kwargs: Any) -> None:
        reject_unknown(kwargs, (*self.arguments, "max_pages"))
        super().__init__(*args, **kwargs)
        self.max_pages = positive_int("max_pages", max_pages)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsarchiveSpider:
        try:
            spider = super().from_crawler(crawler, *args, **kwargs)
            spider.configure()
        except ArgumentError as error:
            raise exit_with_usage_error(cls.name, error) from None
        return spider  # type: ignore[return-value]

    def configure(self) -> None:
        """Checks that need the crawler's settings; raise ArgumentError naming the setting."""
        self.state_enabled = self.settings.getbool("NEWSARCHIVE_STATE_ENABLED", True)
        self.recheck_days = self.settings.getfloat("NEWSARCHIVE_STATE_RECHECK_DAYS", 7.0)

    # --- site identity ----------------------------------------------------------------------
    @property
    def site(self) -> str:
        """Name under which the crawl state (and the archive) files this crawl."""
        return self.name

    def extract_options(self) -> dict[str, Any]:
        """Keyword arguments for extract_article (a site spider forces its profile)."""
        return {}

    # --- requests ---------------------------------------------------------------------------
    def _state(self) -> Any:
        from newsarchive.state import state_for

        return state_for(self.crawler, self.site)

    def schedule(self, url: str, hints: Hints) -> Decision:
        """Fetch, re-check or skip: the crawl-state hook, called for every article request."""
        if not self.state_enabled:
            return Decision(fetch=True, reason="state_disabled")
        known = self._state().get(url)
        return decide(known, changed_at=hints.changed_at, recheck_days=self.recheck_days)

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
        decision = self.schedule(url, hints)
        self.crawler.stats.inc_value(f"newsarchive/schedule/{decision.reason}")
        if not decision.fetch:
            logger.debug("skip %s (%s)", url, decision.reason)
            return None
        request_meta = {**hints.to_meta(), **decision.meta, **(meta or {})}
        return Request(url, callback=callback or self.parse_article, meta=request_meta, priority=priority)

    # --- the article callback ---------------------------------------------------------------
    def parse_article(self, response: Response) -> Iterator[Article]:
        article = self.extract(response)
        if article is None:
            return
        if article.page_type != "article":
            self.crawler.stats.inc_value(f"newsarchive/spider/not_article/{article.page_type}")
            logger.debug("not an article (%s): %s", article.page_type, response.url)
            return
        yield article

    def extract(self, response: Response) -> Article | None:
        """The page as an Article (any page_type), or None for a 304 / a non-text response."""
        if response.status == 304:
            self.crawler.stats.inc_value("newsarchive/spider/not_modified")
            self._touch(response)
            return None
        if not isinstance(response, TextResponse):
            self.crawler.stats.inc_value("newsarchive/spider/not_text")
            return None
        article = extract_article(
            response.text, response.url, fetched_at=utc_now_iso(), **self.extract_options()
        )
        self.crawler.stats.inc_value("newsarchive/spider/extracted")
        if article.page_type == "article":
            self._touch(response)
        return article

    def _touch(self, response: Response) -> None:
        """Remember the page's validators, for the next run's conditional request."""
        if not self.state_enabled:
            return
        etag = response.headers.get(b"ETag") or response.meta.get(META_ETAG)
        last_modified = response.headers.get(b"Last-Modified") or response.meta.get(META_LAST_MODIFIED)
        self._state().touch(response.url, etag=_text(etag), last_modified=_text(last_modified))


def _text(value: object) -> str | None:
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return value if isinstance(value, str) and value else None
