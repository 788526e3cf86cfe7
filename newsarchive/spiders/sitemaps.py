"""SitemapMixin: reading a site's sitemaps, in the shape of Scrapy's SitemapSpider.

Where SitemapSpider has `sitemap_follow` and `sitemap_filter`, a spider here overrides per-entry hooks:
`child_sitemap_wanted` (fetch a sitemap an index lists?), `sitemap_entry_wanted` (request a page a sitemap
lists?), `sitemap_hints` (what discovery tells the crawl state about it), and how an entry's URL becomes a
request (`sitemap_url`, `sitemap_article_url`, `child_sitemap_request`, `sitemap_article_request`).

Sitemaps are found in robots.txt `Sitemap:` lines. With ROBOTSTXT_OBEY on, they are read from the robots.txt
RobotsTxtMiddleware fetched (the response_received signal): one fetch, not two.

A child sitemap whose lastmod a clean full run saw is remembered in the crawl state (`SITEMAP_META`); the next
run skips it while that version is recent. The spider collects them in `sitemap_marks`, and
`newsarchive.spiders.extensions.walks.WalkBookkeeping` records them when the run ends cleanly.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.http import Request, Response, TextResponse
from scrapy.http.request import NO_CALLBACK
from w3lib.encoding import http_content_type_encoding

from newsarchive.dates import is_plausible
from newsarchive.discovery._xml import MAX_XML_BYTES
from newsarchive.discovery.hints import Hints
from newsarchive.discovery.schedule import DateWindow, parse_iso
from newsarchive.discovery.sitemaps import Sitemap, SitemapEntry, parse_sitemap, sitemaps_from_robots
from newsarchive.http.discovery import META_DISCOVERY

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

    from newsarchive.state import StateStore

logger = logging.getLogger(__name__)

#: State meta key prefix: lastmod of a child sitemap a clean full run processed, and when.
SITEMAP_META = "sitemap_lastmod:"
#: Robots and sitemaps first: their hints (dates, news titles) should ride on the first request for a URL.
PRIORITY_SITEMAP = 20
#: request meta of a child sitemap's request: the `loc` its index gave (the key of `sitemap_marks`)
META_SITEMAP_LOC = "newsarchive_sitemap_loc"
#: request meta of a child sitemap's request: the URL of the index that listed it
META_SITEMAP_INDEX = "newsarchive_sitemap_index"


class SitemapMixin:
    """For NewsarchiveSpider subclasses: needs `crawler`, `window`, `state_enabled`, `recheck_days` and
    `_state()`, and (for `sitemap_article_request`) `article_request`."""

    crawler: Crawler
    window: DateWindow | None
    state_enabled: bool
    recheck_days: float
    _state: Any
    article_request: Any

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._sitemaps_seen: set[str] = set()  #: hosts whose robots.txt was read
        #: sitemap URLs already requested this run (they bypass the dupefilter, see robots_sitemap_requests)
        self.sitemap_urls_requested: set[str] = set()
        #: child sitemap URL -> lastmod, recorded in the state at a clean close (see child_sitemap_wanted)
        self.sitemap_marks: dict[str, str] = {}
        #: URL of a feed, sitemap or listing page read in full -> its (ETag, Last-Modified), recorded in the
        #: state at a clean close of a scheduled run (newsarchive/http/discovery.py)
        self.discovery_marks: dict[str, tuple[str | None, str | None]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Any:
        spider = super().from_crawler(crawler, *args, **kwargs)  # type: ignore[misc]
        crawler.signals.connect(spider._response_received, signal=signals.response_received)
        return spider

    # --- hooks ------------------------------------------------------------------------------
    def wants_sitemaps(self) -> bool:
        return True

    @property
    def full_run(self) -> bool:
        """A scheduled crawl of the whole site (what may mark child sitemaps as done)."""
        return self.window is None

    def in_scope(self, url: str) -> bool:
        return True

    def fallback_sitemaps(self, robots_url: str) -> list[str]:
        """Sitemaps to try when robots.txt names none."""
        return []

    def sitemap_callback(self, response: Response) -> Iterator[Any]:
        """Callback of the sitemaps robots.txt names."""
        return self.parse_sitemap(response)

    def sitemap_url(self, loc: str) -> str | None:
        """The URL to fetch for a sitemap entry's loc, None when it is off-site."""
        return loc if self.in_scope(loc) else None

    def sitemap_article_url(self, url: str) -> str | None:
        """The URL to request for a page entry (already mapped by `sitemap_url`), None to pass it by."""
        return url

    def child_sitemap_request(self, url: str) -> Request:
        return self.sitemap_request(url)

    def sitemap_request(
        self, url: str, callback: Callable[[Response], Any] | None = None, *, dont_filter: bool = True
    ) -> Request:
        """A request for a sitemap (robots.txt's, a profile's, an index's child): read before the articles
        it lists (PRIORITY_SITEMAP), its failure logged and counted (`_sitemap_failed`)."""
        return Request(
            url,
            callback=callback or self.parse_sitemap,
            errback=self._sitemap_failed,
            priority=PRIORITY_SITEMAP,
            dont_filter=dont_filter,
            meta=self.discovery_meta(),
        )

    def discovery_meta(self) -> dict[str, Any]:
        """Request meta of a sitemap or feed: sitemaps.org allows 50 MB (50,000 URLs), uncompressed, where
        Scrapy's DOWNLOAD_MAXSIZE (16 MB here) would cancel the download, or stop decompressing a gzipped
        one, and DOWNLOAD_WARNSIZE (4 MB) warn of every big sitemap. Such a document may be as large as the
        XML reader reads (`MAX_XML_BYTES`, the protocol's 50 MB); a larger limit set by hand is kept, and a
        larger document is still cancelled, logged and counted (`newsarchive/http/too_large`)."""
        settings = self.crawler.settings
        # (and a document a scheduled run may ask for conditionally: newsarchive/http/discovery.py)
        meta: dict[str, Any] = {META_DISCOVERY: True}
        for name, key in (
            ("DOWNLOAD_MAXSIZE", "download_maxsize"),
            ("DOWNLOAD_WARNSIZE", "download_warnsize"),
        ):
            limit = settings.getint(name)
            if limit and limit < MAX_XML_BYTES:
                meta[key] = MAX_XML_BYTES
        return meta

    def discovery_read(self, response: Response) -> None:
        """A feed, sitemap or listing page this run read in full: its validators, for the next scheduled run
        to ask for it conditionally once this one has ended cleanly (newsarchive/http/discovery.py)."""
        if response.status != 200 or not response.meta.get(META_DISCOVERY) or self.window is not None:
            return
        etag = _header(response, b"ETag")
        last_modified = _header(response, b"Last-Modified")
        if etag or last_modified:
            self.discovery_marks[response.url] = (etag, last_modified)

    def sitemap_article_request(self, url: str, hints: Hints) -> Request | None:
        """The request for a page a sitemap lists (None when the crawl state says skip)."""
        return self.article_request(url, hints)

    def not_a_sitemap(self, response: Response) -> None:
        """Called for a response `parse_sitemap` could not read as a sitemap."""

    def child_sitemap_wanted(self, entry: SitemapEntry) -> bool:
        """Whether to fetch a sitemap listed in a sitemap index (and note it for a clean close)."""
        stats = self.crawler.stats
        if self.window is not None:
            month = _month_in(entry.loc)
            if month is not None and not self.window.overlaps_month(*month):
                stats.inc_value("newsarchive/backfill/sitemaps_outside")
                return False
        if entry.lastmod and self.state_enabled:
            store: StateStore = self._state()
            done = store.get_meta(SITEMAP_META + entry.loc) or ""
            lastmod, _, at = done.partition("\t")
            recent = at and time.time() - float(at) < max(self.recheck_days, 0) * 86400
            if lastmod == entry.lastmod and recent and self._lastmod_covers_window(entry.lastmod):
                # A clean full run turned every entry of this very version into a decision, recently
                # enough that none of them is due for a re-check yet.
                stats.inc_value("newsarchive/discovery/sitemaps_unchanged")
                return False
            if self.full_run:
                self.sitemap_marks[entry.loc] = entry.lastmod
        return True

    def _lastmod_covers_window(self, lastmod: str) -> bool:
        """Whether a child sitemap's index lastmod vouches for every entry a backfill asks for: only when it
        is no older than the window's end. Many CMSs leave the index's lastmod behind while the child
        sitemap gains entries (a plugin that dates the index at its last rebuild, a cache), so an older
        one says nothing of what the child now lists in the window: the backfill reads the child. A
        scheduled run trusts it for the re-check period, as before."""
        if self.window is None:
            return True
        moment = parse_iso(lastmod)
        end = self.window.end
        return moment is not None and end is not None and moment >= end

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

    # --- reading ----------------------------------------------------------------------------
    def read_sitemap(self, response: Response) -> Sitemap | None:
        """The sitemap in this response (None when it is not one), counted by kind."""
        sitemap = parse_sitemap(response.body, base_url=response.url, http_charset=http_charset(response))
        if sitemap is None:
            return None
        stats = self.crawler.stats
        stats.inc_value(f"newsarchive/discovery/sitemaps/{sitemap.kind}")
        if sitemap.too_large:
            stats.inc_value("newsarchive/discovery/too_large")
        return sitemap

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        """Requests for the child sitemaps of an index, or for the pages of a urlset."""
        if response.status == 304:
            return  # not modified since a clean run read it (newsarchive/http/discovery.py)
        sitemap = self.read_sitemap(response)
        if sitemap is None:
            self.not_a_sitemap(response)
            return
        if sitemap.too_large:
            # read in part: not a version a later run may skip
            self.sitemap_marks.pop(response.meta.get(META_SITEMAP_LOC), None)  # type: ignore[arg-type]
            self.discovery_marks.pop(response.meta.get(META_SITEMAP_INDEX), None)  # type: ignore[arg-type]
        else:
            self.discovery_read(response)
        stats = self.crawler.stats
        for entry in sitemap.entries:
            url = self.sitemap_url(entry.loc)
            if url is None:
                stats.inc_value("newsarchive/discovery/offsite")
                continue
            if sitemap.is_index:
                if self.child_sitemap_wanted(entry):
                    request = self.child_sitemap_request(url)
                    request.meta[META_SITEMAP_LOC] = entry.loc
                    request.meta[META_SITEMAP_INDEX] = response.url
                    yield request
                continue
            stats.inc_value("newsarchive/discovery/sitemap_entries")
            article_url = self.sitemap_article_url(url)
            if article_url is None or not self.sitemap_entry_wanted(entry):
                continue
            request = self.sitemap_article_request(article_url, self.sitemap_hints(sitemap, entry))
            if request is not None:
                yield request

    def _sitemap_failed(self, failure: Any) -> None:
        """The errback of a sitemap's request (a 404, a 5xx through every retry, a download error): one
        WARNING line and `newsarchive/discovery/sitemap_failed`; a child sitemap is not marked read, so the
        next run asks for it again (its entries were never turned into decisions)."""
        request = failure.request
        self.sitemap_marks.pop(request.meta.get(META_SITEMAP_LOC), None)
        # Nor is the index that listed it read in full: a 304 to its validators would hide the child until the
        # index changed (newsarchive/http/discovery.py).
        self.discovery_marks.pop(request.meta.get(META_SITEMAP_INDEX), None)
        self.crawler.stats.inc_value("newsarchive/discovery/sitemap_failed")
        response = getattr(failure.value, "response", None)
        why = f"HTTP {response.status}" if response is not None else failure.getErrorMessage()
        logger.warning(
            "sitemap %s failed (%s): its entries are not read this run; the next run asks for it again",
            request.url,
            why,
        )

    # --- robots.txt -------------------------------------------------------------------------
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
            if url in self.sitemap_urls_requested:
                continue
            self.sitemap_urls_requested.add(url)
            yield self.sitemap_request(url, self.sitemap_callback)


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def http_charset(response: Response) -> str | None:
    """The charset the response's Content-Type names (a feed's or sitemap's bytes may be in another)."""
    content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
    return http_content_type_encoding(content_type)


def _month_in(url: str) -> tuple[int, int] | None:
    """(year, month) a dated sitemap's URL names (`/sitemaps/2024-05.xml`, `post-sitemap-2024-05.xml`)."""
    match = re.search(r"(?<!\d)(\d{4})[-_/](\d{2})(?!\d)", urlsplit(url).path)
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    return (year, month) if 1 <= month <= 12 and is_plausible(date(year, month, 1)) else None
