"""WarcCaptureMiddleware: every article response, as received, into rotating WARC files.

Sits at 950 in DOWNLOADER_MIDDLEWARES: process_response runs from the highest number down, so at
950 it sees the response straight from the download handler, before HttpCacheMiddleware (900),
RedirectMiddleware (600) and HttpCompressionMiddleware (590) touch it: compressed payload,
original headers, redirects as redirects.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Request, Response

from newsarchive import __version__, defaults
from newsarchive.capture.http_messages import json_safe, request_message, request_meta, response_message
from newsarchive.capture.naming import safe_site_name
from newsarchive.capture.writer import Exchange, RotatingWarcWriter

logger = logging.getLogger(__name__)

#: request.meta key a spider may set to say what a page is ("article", "front", "feed", "sitemap").
KIND_META_KEY = "newsarchive_page_kind"
#: response flag of responses replayed from a WARC (never captured again)
REPLAY_FLAG = "warc"
#: Kinds captured without NEWSARCHIVE_WARC_ALL_RESPONSES. "page" is an HTML page a spider
#: dispatches by content (the generic `article` spider's `parse`): it may be the article, so it is
#: kept, and re-extraction decides again what it is.
ARTICLE_KINDS = frozenset({"article", "page"})
#: The request.meta key discovery sets on every article request (newsarchive.discovery.hints).
_ARTICLE_SOURCE_META = "newsarchive_source"
_CALLBACK_KINDS = (
    ("article", "article"),
    ("sitemap", "sitemap"),
    ("robots", "robots"),
    ("feed", "feed"),
    ("rss", "feed"),
    ("atom", "feed"),
    ("front", "front"),
    ("section", "front"),
    ("listing", "front"),
)


def page_kind(request: Request, response: Response) -> str:
    """What the request fetched: what the spider declared, the callback it chose, or the page."""
    declared = request.meta.get(KIND_META_KEY)
    if isinstance(declared, str) and declared:
        return declared
    if request.url.endswith("/robots.txt"):
        return "robots"
    callback = request.callback
    name = getattr(callback, "__name__", "") if callback is not None else "parse"
    for needle, kind in _CALLBACK_KINDS:
        if needle in name.lower():
            return kind
    if request.meta.get(_ARTICLE_SOURCE_META):
        return "article"  # an article request of discovery (feed entry, sitemap URL, front link)
    content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
    return "page" if "html" in content_type else "other"


def callback_name(request: Request) -> str | None:
    """The spider method the response goes to, when it is one (replay calls it again)."""
    callback = request.callback
    if callback is None:
        return "parse"
    if getattr(callback, "__self__", None) is not None and isinstance(callback.__self__, Spider):
        return getattr(callback, "__name__", None)
    return None


def site_for(spider: Spider) -> str:
    """The spider's site (newsarchive spiders: `site`, the name the archive and state use)."""
    site = getattr(spider, "site", None) or getattr(spider, "site_name", None) or spider.name
    return safe_site_name(str(site))


class WarcCaptureMiddleware:
    """Writes article responses (all responses with NEWSARCHIVE_WARC_ALL_RESPONSES) to
    `<NEWSARCHIVE_WARC_DIR>/<site>/*.warc.gz`, each with its request and a metadata record."""

    def __init__(self, *, crawler: Crawler, directory: Path, max_size: int, all_responses: bool) -> None:
        self.crawler = crawler
        self.directory = directory
        self.max_size = max_size
        self.all_responses = all_responses
        self._writers: dict[str, RotatingWarcWriter] = {}
        self._site_error: str | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcCaptureMiddleware:
        settings = crawler.settings
        if not settings.getbool("NEWSARCHIVE_WARC_ENABLED", defaults.NEWSARCHIVE_WARC_ENABLED):
            # Off is the default: a bare NotConfigured keeps Scrapy from warning about it on every run.
            raise NotConfigured
        max_size = settings.getint("NEWSARCHIVE_WARC_MAX_SIZE", defaults.NEWSARCHIVE_WARC_MAX_SIZE)
        if max_size <= 0:
            raise ValueError("NEWSARCHIVE_WARC_MAX_SIZE must be a positive number of bytes")
        middleware = cls(
            crawler=crawler,
            directory=Path(settings.get("NEWSARCHIVE_WARC_DIR") or defaults.NEWSARCHIVE_WARC_DIR),
            max_size=max_size,
            all_responses=settings.getbool(
                "NEWSARCHIVE_WARC_ALL_RESPONSES", defaults.NEWSARCHIVE_WARC_ALL_RESPONSES
            ),
        )
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def spider_opened(self, spider: Spider) -> None:
        try:
            site = site_for(spider)
        except ValueError as exc:
            # Say so once, at start; the crawl itself goes on (its archive does not depend on this).
            self._site_error = str(exc)
            logger.error("WARC capture off for this crawl: %s", exc)
            return
        logger.info(
            "WARC capture on: %s responses to %s",
            "all" if self.all_responses else "article",
            self.directory / site,
        )

    def spider_closed(self, spider: Spider) -> None:
        for writer in self._writers.values():
            writer.close()
        files = sum(len(w.files) for w in self._writers.values())
        self._writers.clear()
        if files:
            logger.info("WARC capture wrote %d file(s) under %s", files, self.directory)

    def process_response(self, request: Request, response: Response) -> Response:
        stats = self.crawler.stats
        assert stats is not None
        if "cached" in response.flags or REPLAY_FLAG in response.flags:
            # Not fetched now: the HTTP cache or a WARC replay made it; capturing it again would
            # put a response in the WARC under a date it was not received.
            stats.inc_value("newsarchive/warc/skipped_not_fetched")
            return response
        if self._site_error is not None:
            stats.inc_value("newsarchive/warc/errors")
            stats.inc_value("newsarchive/warc/write_errors")  # the run report fails the run on it
            return response
        kind = page_kind(request, response)
        if kind not in ARTICLE_KINDS and not self.all_responses:
            return response
        spider = self.crawler.spider
        assert spider is not None
        exchange = Exchange(
            url=response.url,
            request=request_message(request),
            response=response_message(response),
            ip_address=str(response.ip_address) if response.ip_address else None,
            metadata=self._metadata(request, response, spider, kind),
        )
        try:
            path = self._writer(spider).write(exchange)
        except OSError as exc:
            # Losing the raw copy must not lose the article too: log loudly, keep crawling.
            logger.error("WARC capture failed for %s: %s", response.url, exc)
            stats.inc_value("newsarchive/warc/errors")
            stats.inc_value("newsarchive/warc/write_errors")
            return response
        logger.debug("WARC captured %s (%s, %d bytes) in %s", response.url, kind, len(response.body), path)
        stats.inc_value("newsarchive/warc/responses")
        stats.inc_value(f"newsarchive/warc/responses/{kind}")
        stats.inc_value("newsarchive/warc/payload_bytes", len(response.body))
        return response

    def _writer(self, spider: Spider) -> RotatingWarcWriter:
        site = site_for(spider)
        writer = self._writers.get(site)
        if writer is None:
            settings = self.crawler.settings
            writer = RotatingWarcWriter(
                self.directory / site,
                site=site,
                max_size=self.max_size,
                info={
                    "software": f"newsarchive/{__version__} (Scrapy; warcio)",
                    "format": "WARC File Format 1.1",
                    "isPartOf": site,
                    "operator": settings.get("NEWSARCHIVE_CONTACT", defaults.NEWSARCHIVE_CONTACT) or "",
                    "robots": "obey" if settings.getbool("ROBOTSTXT_OBEY") else "ignore",
                    "http-header-user-agent": settings.get("USER_AGENT") or "",
                },
            )
            self._writers[site] = writer
        return writer

    def _metadata(self, request: Request, response: Response, spider: Spider, kind: str) -> dict[str, Any]:
        return {
            "kind": kind,
            "spider": spider.name,
            "site": site_for(spider),
            "callback": callback_name(request),
            "cb_kwargs": json_safe(request.cb_kwargs),
            "meta": request_meta(request),
            "base_url": self.crawler.settings.get("NEWSARCHIVE_SPIDER_BASE_URL") or "",
            # A spider started from a URL (`article -a url=...`) needs it again to replay.
            "start_url": getattr(spider, "start_url", None),
            "protocol": response.protocol or "",
            "newsarchive": __version__,
        }
