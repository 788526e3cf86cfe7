"""ListingWalkMixin: how the generic spider (`article`) reads a page that is not an article as a listing.

From a listing it follows the feeds it advertises, its links (possible articles, and listings one hop
deeper, within the crawl's section and `depth`) and its further pages (within `max_pages`, while the crawl
state or a backfill's window says the walk should go on: `discovery.schedule.follow_listing`). `/x` and `/x/`
are one page, requested once.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy.http import Request, Response, TextResponse

from newsarchive.discovery.feeds import feed_links_in_html
from newsarchive.discovery.hints import FRONT, SOURCE_FRONT, Hints
from newsarchive.discovery.links import SiteScope, page_links
from newsarchive.discovery.listing_dates import link_dates
from newsarchive.discovery.pagination import listing_key, pagination_links
from newsarchive.discovery.schedule import DateWindow, follow_listing
from newsarchive.spiders.base import META_PAGE

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

META_DEPTH = "newsarchive_depth"  #: link hops from the start page
PRIORITY_FEED = 10


def url_variant_key(url: str) -> str:
    """One key for the spellings of one page a site links interchangeably: `/x` and `/x/`, host case."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/") or "/"
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{path}?{parts.query}"


class ListingWalkMixin:
    """For ArticleSpider: needs `scope`, `section_path`, `depth`, `read_sitemaps`, `max_pages`, `window`,
    `resuming_walk`, `crawler`, `in_window`, `article_decision` and the callback `parse`."""

    crawler: Crawler
    scope: SiteScope
    section_path: str
    depth: int
    read_sitemaps: bool
    max_pages: int
    window: DateWindow | None
    resuming_walk: bool
    in_window: Any
    article_decision: Any
    discovery_meta: Any
    discovery_read: Any
    parse: Any

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._strict_section = False  #: the section's own links carry its path (see follow_listing)
        # hash(url_variant_key) -> hash(the URL requested under it): one entry per link followed, so a
        # long crawl keeps two small ints each (~0.1 kB), not two URL strings (~0.3 kB; 15 MB at 50,000).
        # Two of a crawl's million URLs share a 64-bit hash with odds of ~3e-8; within this process only.
        self._variants: dict[int, int] = {}

    def in_section(self, url: str) -> bool:
        if not self.section_path:
            return True
        path = urlsplit(url).path
        return path == self.section_path or path.startswith(self.section_path + "/")

    def first_variant(self, url: str) -> bool:
        """False for `/x/` once `/x` was requested (or the reverse): one page, fetched once."""
        spelling = hash(url)
        if self._variants.setdefault(hash(url_variant_key(url)), spelling) == spelling:
            return True
        self.crawler.stats.inc_value("newsarchive/discovery/url_variants")
        return False

    def follow_listing(self, response: Response) -> Iterator[Request]:
        """Feeds, further pages and links of a page that is not an article."""
        if not isinstance(response, TextResponse) or response.selector.type == "json":
            return
        self.discovery_read(response)
        selector = response.selector
        depth = int(response.meta.get(META_DEPTH, 0))
        page = int(response.meta.get(META_PAGE, 1))
        stats = self.crawler.stats
        stats.inc_value("newsarchive/discovery/listings")
        if depth >= self.depth:
            # Its feeds and further pages are one hop away too: following them would defeat `depth`.
            return
        listing_path = urlsplit(listing_key(response.url)).path.rstrip("/") + "/"
        for url in feed_links_in_html(selector, response.url):
            if not self.scope.contains(url):
                stats.inc_value("newsarchive/discovery/offsite")
                continue
            # A section front also advertises the site-wide feed; only a site-wide crawl wants that one.
            own_feed = urlsplit(url).path.startswith(listing_path)
            if self.read_sitemaps or own_feed:
                meta = {META_DEPTH: depth, **self.discovery_meta()}
                yield Request(url, callback=self.parse, priority=PRIORITY_FEED, meta=meta)
        pages = pagination_links(selector, response.url)
        page_urls = {link.url for link in pages}
        dates = link_dates(selector, response.url)
        listed = []
        links = []
        candidates = [link for link in page_links(selector, response.url) if link.url not in page_urls]
        # A section whose own links carry its path (`/politics/<slug>`) keeps to it; one whose articles
        # live elsewhere (`/2024/05/01/<slug>/`) takes outside links as articles only (see below).
        own = {
            url_variant_key(link.url)
            for link in candidates
            if self.in_section(link.url) and urlsplit(link.url).path.rstrip("/") != self.section_path
        }
        # Sticky: a later page of the listing (or one of few links) does not loosen what page 1 showed.
        self._strict_section = self._strict_section or len(own) >= 2
        strict_section = self._strict_section
        # Pages of this listing are followed as pagination (within max_pages) or not at all.
        for link in candidates:
            if not self.scope.contains(link.url):
                stats.inc_value("newsarchive/discovery/offsite")
                continue
            outside = not self.in_section(link.url)
            if outside and strict_section:
                stats.inc_value("newsarchive/discovery/outside_section")
                continue
            moment = dates.get(link.url)
            if moment is not None:
                listed.append(moment)
                if not self.in_window(moment):
                    stats.inc_value("newsarchive/backfill/listed_outside")
                    continue
            hints = Hints(source=SOURCE_FRONT, date=moment.isoformat()) if moment else FRONT
            if not self.first_variant(link.url):
                continue
            # Outside the section: fetched as a possible article, never read as a listing.
            links.append((link.url, hints, self.depth if outside else depth + 1))
        requests = []
        card_decisions = []
        for url, hints, link_depth in links:
            request, decision = self.article_decision(
                url, hints, callback=self.parse, meta={META_DEPTH: link_depth, META_PAGE: 1}
            )
            if hints.date is not None:
                card_decisions.append(decision)
            if request is not None:
                requests.append(request)
        # A generic listing mixes articles with navigation the state never records, so "everything known"
        # is judged on the dated cards only (the links the listing prints a date for: its articles).
        follow, why = follow_listing(
            window=self.window, dates=listed, decisions=card_decisions, resuming=self.resuming_walk
        )
        if not follow:
            stats.inc_value(f"newsarchive/discovery/listing_stop/{why}")
        for link in pages if follow else []:
            number = link.page or page + 1
            if not self.scope.contains(link.url):
                stats.inc_value("newsarchive/discovery/offsite")
                continue
            if not self.in_section(link.url):
                stats.inc_value("newsarchive/discovery/outside_section")
                continue
            if not self.first_variant(link.url):
                continue
            if number > self.max_pages:
                stats.inc_value("newsarchive/discovery/max_pages_reached")
                continue
            meta = {META_DEPTH: depth, META_PAGE: number, **self.discovery_meta()}
            yield Request(link.url, callback=self.parse, meta=meta)
        yield from requests
