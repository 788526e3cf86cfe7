"""ArticlePagesMixin: a story split over several pages is archived as one record, its pages' text joined.

When a page accepted as an article links its next page (`discovery.article_pages`: marked as the next and
continuing the first page's URL), the record is held while that page is fetched; its body's paragraphs are
added in order, and so on up to `NEWSARCHIVE_SPIDER_ARTICLE_MAX_PAGES` pages. Then the record goes down the
pipelines, under the first page's URL (the later pages are no articles of their own, nor known to the
crawl state). A later page that fails (an error status, a download error, no text) ends the story there:
the pages read so far are archived, and the failure counted.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from scrapy.http import Request, Response, TextResponse

from newsarchive import defaults
from newsarchive.discovery.article_pages import next_page_url
from newsarchive.items import Article

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)

META_STORY = "newsarchive_story"  #: request meta: the record of the story whose next page this is
META_STORY_PAGE = "newsarchive_story_page"  #: request meta: that page's number (2 for the second)
#: a held record waits for its next page: fetch it before new links (memory, and the record's time to disk)
PRIORITY_STORY_PAGE = 30
STATS = "newsarchive/spider/"


class ArticlePagesMixin:
    """For NewsarchiveSpider: needs `crawler`, `settings` and `extract_page`."""

    crawler: Crawler
    settings: BaseSettings
    extract_page: Any

    @property
    def article_max_pages(self) -> int:
        return self.settings.getint(
            "NEWSARCHIVE_SPIDER_ARTICLE_MAX_PAGES", defaults.NEWSARCHIVE_SPIDER_ARTICLE_MAX_PAGES
        )

    def with_later_pages(self, article: Article, response: Response) -> Iterator[Article | Request]:
        """The accepted article, or (when it continues on another page) the request for that page."""
        request = self._next_page(article, response, 2)
        yield article if request is None else request

    def _next_page(self, article: Article, response: Response, number: int) -> Request | None:
        if not isinstance(response, TextResponse) or response.selector.type != "html":
            return None
        url = next_page_url(response.selector, response.url, first_url=article.url, number=number)
        if url is None:
            return None
        if number > self.article_max_pages:
            self.crawler.stats.inc_value(STATS + "article_pages_capped")
            logger.debug("%s: pages from %d on not read", article.url, number)
            return None
        return Request(
            url,
            callback=self.parse_article_page,
            errback=self._article_page_failed,
            meta={META_STORY: article, META_STORY_PAGE: number},
            priority=PRIORITY_STORY_PAGE,
        )

    def parse_article_page(self, response: Response) -> Iterator[Article | Request]:
        """Page N of a story: its paragraphs added to the record; then page N+1, or the record."""
        article: Article = response.meta[META_STORY]
        number: int = response.meta[META_STORY_PAGE]
        page = self.extract_page(response)
        added = [p for p in page.body if p not in article.body] if page is not None else []
        if not added:
            yield from self._story_ends(article, response.url, "no text of the story")
            return
        article.body.extend(added)
        article.refresh_derived()
        self.crawler.stats.inc_value(STATS + "article_pages")
        request = self._next_page(article, response, number + 1)
        yield article if request is None else request

    def _article_page_failed(self, failure: Any) -> Iterator[Article]:
        request = failure.request
        yield from self._story_ends(request.meta[META_STORY], request.url, failure.getErrorMessage())

    def _story_ends(self, article: Article, url: str, why: str) -> Iterator[Article]:
        self.crawler.stats.inc_value(STATS + "article_page_failed")
        logger.warning("%s: next page %s failed (%s): archived with the pages before", article.url, url, why)
        yield article
