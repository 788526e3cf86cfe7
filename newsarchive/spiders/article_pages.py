"""ArticlePagesMixin: a story split over several pages is archived as one record, its pages' text joined.

When a page accepted as an article links its next page (`discovery.article_pages`: marked as the next and
continuing the first page's URL), the record is held while that page is fetched; its body's paragraphs are
added in order, and so on up to `NEWSARCHIVE_SPIDER_ARTICLE_MAX_PAGES` pages. Then the record goes down the
pipelines, under the first page's URL (the later pages are no articles of their own, nor known to the
crawl state). A later page that fails (an error status, a download error, no text) ends the story there:
the pages read so far are archived, and the failure counted.

A later page's request is not filtered as a duplicate (`dont_filter`): a front or feed that links page 2 too,
or a JOBDIR's seen-requests file from an earlier run, would otherwise drop it and the held record with it.
It cannot loop: page N must continue the first page's URL with N, and N stops at the cap. A story held when
the crawl stops (Ctrl-C, a close condition, a request some middleware dropped) is counted and logged at the
close, never lost unsaid. A later page reached alone (a front links `/slug/2/`) is no record of its own: its
story's first page is asked for instead, and the state knows the later page's URL as the first page's.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any

from scrapy.http import Request, Response, TextResponse

from newsarchive import defaults
from newsarchive.discovery.article_pages import first_page_of, next_page_url
from newsarchive.discovery.hints import Hints
from newsarchive.items import Article

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)

META_STORY = "newsarchive_story"  #: request meta: the record of the story whose next page this is
META_STORY_PAGE = "newsarchive_story_page"  #: request meta: that page's number (2 for the second)
#: request meta of a story's other page: Scrapy's DepthMiddleware gives it depth 0, not its page's depth + 1,
#: so `-s DEPTH_LIMIT` counts the pages of one story as one hop (a story met at the limit is read whole).
#: Such a page yields no link but its story's next page, so the crawl goes no deeper for it.
SAME_HOP = {"depth_reset": True}
#: a held record waits for its next page: fetch it before new links (memory, and the record's time to disk)
PRIORITY_STORY_PAGE = 30
STATS = "newsarchive/spider/"


class ArticlePagesMixin:
    """For NewsarchiveSpider: needs `crawler`, `settings` and `extract_page`."""

    crawler: Crawler
    settings: BaseSettings
    extract_page: Any
    article_request: Any
    remember_moved: Any

    @property
    def article_max_pages(self) -> int:
        return self.settings.getint(
            "NEWSARCHIVE_SPIDER_ARTICLE_MAX_PAGES", defaults.NEWSARCHIVE_SPIDER_ARTICLE_MAX_PAGES
        )

    @cached_property
    def _held_stories(self) -> set[str]:
        """First-page URLs of the records held while a later page is fetched."""
        return set()

    def with_later_pages(self, article: Article, response: Response) -> Iterator[Article | Request]:
        """The accepted article, or (when it continues on another page) the request for that page; for a later
        page of a story reached alone, the request for the story's first page instead."""
        story = first_page_of(response.selector, response.url) if _is_html(response) else None
        if story is not None:
            yield from self._later_page_alone(response, *story)
            return
        request = self._next_page(article, response, 2)
        yield article if request is None else request

    def first_page_request(self, url: str, response: Response) -> Request | None:
        """The request for the first page of the story whose later page `response` is (None when the crawl
        state skips it); a spider with its own article callback overrides it."""
        return self.article_request(url, Hints.from_meta(response.meta))

    def _later_page_alone(self, response: Response, first: str, number: int) -> Iterator[Request]:
        self.crawler.stats.inc_value(STATS + "article_page_alone")
        logger.debug(
            "%s is page %d of %s: not archived alone, its first page asked for", response.url, number, first
        )
        # The next run looks the later page's URL up as the story's and skips it with the story.
        self.remember_moved(response.url, first)
        request = self.first_page_request(first, response)
        if request is not None:
            request.meta.update(SAME_HOP)
            yield request

    def _next_page(self, article: Article, response: Response, number: int) -> Request | None:
        if not _is_html(response):
            return None
        url = next_page_url(response.selector, response.url, first_url=article.url, number=number)
        if url is None:
            return None
        if number > self.article_max_pages:
            self.crawler.stats.inc_value(STATS + "article_pages_capped")
            logger.debug("%s: pages from %d on not read", article.url, number)
            return None
        self._held_stories.add(article.url)
        return Request(
            url,
            callback=self.parse_article_page,
            errback=self._article_page_failed,
            meta={META_STORY: article, META_STORY_PAGE: number, **SAME_HOP},
            priority=PRIORITY_STORY_PAGE,
            dont_filter=True,
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
        if request is None:
            self._held_stories.discard(article.url)
        yield article if request is None else request

    def _article_page_failed(self, failure: Any) -> Iterator[Article]:
        request = failure.request
        yield from self._story_ends(request.meta[META_STORY], request.url, failure.getErrorMessage())

    def _story_ends(self, article: Article, url: str, why: str) -> Iterator[Article]:
        self._held_stories.discard(article.url)
        self.crawler.stats.inc_value(STATS + "article_page_failed")
        logger.warning("%s: next page %s failed (%s): archived with the pages before", article.url, url, why)
        yield article

    def closed(self, reason: str) -> None:
        """Scrapy's spider_closed hook: the stories still held (their later page's request never came back to
        this process) are counted and logged: not archived by this process (a JOBDIR resumed, another worker
        of a distributed crawl or the next run reads them)."""
        held = self._held_stories
        if not held:
            return
        self.crawler.stats.set_value(STATS + "article_pages_unfinished", len(held))
        logger.warning(
            "%d stories split over pages were held for a later page when the crawl closed (%s): not archived"
            " by this process, the next run asks for them again (first: %s)",
            len(held),
            reason,
            min(held),
        )


def _is_html(response: Response) -> bool:
    return isinstance(response, TextResponse) and response.selector.type == "html"
