"""ExtractionMixin: how a spider turns a response into an Article, in the crawl or in the extraction pool.

`newsarchive.extract_pool.middleware.ExtractionPoolMiddleware` extracts pages in worker processes ahead of the
callback, and asks the spider what to run: the function (`extract_function`, pure: `(html, url, **options)
-> Article`), its options (`extract_options`: the profiles of the crawl, or the one profile of a site
spider), which responses the callbacks will extract (`extracts`) and what of a response extraction reads
(`extract_input`). `extract` then takes the pool's article, or extracts in the crawl process.
"""

from __future__ import annotations

import logging
from datetime import datetime, time
from functools import cached_property
from typing import TYPE_CHECKING, Any

from scrapy.http import Request, Response, TextResponse
from w3lib.encoding import http_content_type_encoding

from newsarchive.dates import is_plausible, utc_now_iso
from newsarchive.discovery.hints import META_DATE
from newsarchive.discovery.schedule import parse_iso
from newsarchive.extract import extract_article
from newsarchive.extract.registry import ProfileRegistry
from newsarchive.extract_pool.middleware import take_pooled_article
from newsarchive.items import Article
from newsarchive.monitoring.found import NOT_MODIFIED

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings


class ExtractionMixin:
    """For NewsarchiveSpider: needs `crawler`, `settings`, `parse_article`, and `_found` and `_touch` (the
    run report and the crawl state hear of a page that did not change)."""

    crawler: Crawler
    settings: BaseSettings
    parse_article: Any
    parse_article_page: Any
    _found: Any
    _touch: Any

    #: `(html, url, **options) -> Article`, pure: the extraction pool runs it in its worker processes
    extract_function = staticmethod(extract_article)

    def extract_options(self) -> dict[str, Any]:
        """Keyword arguments for extract_article (a site spider forces its profile)."""
        return {"profiles": self.profiles}

    @cached_property
    def profiles(self) -> ProfileRegistry:
        """The site profiles of this crawl's settings (NEWSARCHIVE_PROFILE_DIRS)."""
        return ProfileRegistry.from_settings(self.settings)

    def extracts(self, request: Request, response: Response) -> bool:
        """Whether the callback will extract this (2xx, text) response: the pool extracts it ahead."""
        return request.callback in (self.parse_article, self.parse_article_page)

    def extract_input(self, response: TextResponse) -> tuple[bytes, str, dict[str, Any]]:
        """What extraction reads of a response (in the crawl or in the pool): the bytes and the server's
        charset, so extraction decodes like a browser and records any repair."""
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        return response.body, response.url, {"encoding": http_content_type_encoding(content_type)}

    def extract_page(self, response: Response) -> Article | None:
        """The page as extraction gives it (in the pool or here), None for a non-text response: what
        `extract` tells the crawl state and the run report of is left to the caller."""
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
        return article

    def extract(self, response: Response) -> Article | None:
        """The page as an Article (any page_type), or None for a 304 / a non-text response."""
        if response.status == 304:
            self.crawler.stats.inc_value("newsarchive/spider/not_modified")
            self.crawler.stats.inc_value("newsarchive/state/not_modified")
            self._found(NOT_MODIFIED, response.url, response.request.url if response.request else None)
            self._touch(response)
            return None
        article = self.extract_page(response)
        if article is None:
            return None
        if article.page_type == "article":
            hinted = parse_iso(response.meta.get(META_DATE))
            if hinted is not None and not is_plausible(hinted):
                # A feed's clock gone wrong (a pubDate years ahead, a 1970 epoch) is no date of the page: the
                # record says it has none rather than one that cannot be.
                self.crawler.stats.inc_value("newsarchive/spider/implausible_hint")
            elif hinted is not None and takes_hint(article.published_at, hinted):
                article.published_at = hinted.isoformat()
                self.crawler.stats.inc_value("newsarchive/spider/published_from_hint")
            self._touch(response, article=True)
        return article


#: how the record writes a date known to the day only (a bare date, the date in the URL): midnight UTC
_DAY_ONLY = "T00:00:00+00:00"


def takes_hint(published_at: str | None, hinted: datetime) -> bool:
    """Whether the record takes the date discovery saw (feed item, news sitemap) for the page's: when the
    page gives none, or only its day (midnight UTC) and the discovery date falls on that very day in its
    own time zone (the publisher's calendar day, as the record's convention has it) with a time of day."""
    if not published_at:
        return True
    return (
        published_at.endswith(_DAY_ONLY)
        and published_at[:10] == hinted.date().isoformat()
        and hinted.time() != time(0, 0)
    )


def quiet_trafilatura() -> None:
    """Raise the `trafilatura` logger to ERROR unless the user configured it.

    The generic extractor hands every non-profile page to trafilatura, which logs "discarding data" at
    WARNING up to four times per junk page (navigation, tag pages, error pages). During a crawl that buries
    the warnings that matter; the spider counts those pages itself (`newsarchive/spider/not_article/*`).
    """
    trafilatura_logger = logging.getLogger("trafilatura")
    if trafilatura_logger.level == logging.NOTSET:
        trafilatura_logger.setLevel(logging.ERROR)
