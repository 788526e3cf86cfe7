"""`scrapy crawl article -a url=URL`: archive the articles of any news site, starting anywhere.

The start URL may be a homepage, a section front, an RSS/Atom feed or a sitemap (index, urlset or
Google News); what it is is read from the response, not guessed from the URL. From a homepage the
spider also reads robots.txt `Sitemap:` lines and /sitemap.xml (`-a sitemaps=yes|no` overrides).
It stays on the start URL's host (and its www twin), follows pagination up to `max_pages` per
listing and links up to `depth` hops from the start page, and archives only pages classified as
articles; other pages are read as listings.

Started from a section front (`/politics/`), it stays in that section (`-a scope=section`, the default for
any start page but the homepage): listings outside the section's path are not followed, and a section
whose articles live under its path (`/politics/<slug>`) takes no article from elsewhere (the "most read"
box of another section). A section whose articles sit elsewhere (`/2024/05/01/<slug>/`) still gets them,
but pages outside the section are never read as listings. `-a scope=site` widens the crawl to the host.
`/x` and `/x/` are one page: the crawl fetches it once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any, ClassVar
from urllib.parse import urlsplit

from scrapy.http import Request, Response, TextResponse

from newsarchive.discovery import detect
from newsarchive.discovery.feeds import feed_links_in_html, read_feed
from newsarchive.discovery.hints import FRONT, SOURCE_FEED, SOURCE_FRONT, SOURCE_SITEMAP, Hints
from newsarchive.discovery.links import SiteScope, page_links
from newsarchive.discovery.listing_dates import link_dates
from newsarchive.discovery.pagination import listing_key, pagination_links
from newsarchive.discovery.schedule import follow_listing, parse_iso
from newsarchive.items import Article
from newsarchive.spiders.arguments import choice, http_url, positive_int
from newsarchive.spiders.base import META_PAGE, NewsarchiveSpider

logger = logging.getLogger(__name__)


def url_variant_key(url: str) -> str:
    """One key for the spellings of one page a site links interchangeably: `/x` and `/x/`, host case."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/") or "/"
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{path}?{parts.query}"


META_DEPTH = "newsarchive_depth"  #: link hops from the start page
DEFAULT_DEPTH = 2
DEFAULT_MAX_PAGES = 10
# Robots and sitemaps first: their hints (dates, news titles) should ride on the first request for a URL.
PRIORITY_SITEMAP = 20
PRIORITY_FEED = 10


class ArticleSpider(NewsarchiveSpider):
    name = "article"
    arguments: ClassVar[tuple[str, ...]] = ("url", "depth", "sitemaps", "scope")

    def __init__(
        self,
        *args: Any,
        url: object = None,
        depth: object = DEFAULT_DEPTH,
        sitemaps: object = "auto",
        scope: object = "auto",
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.start_url = http_url("url", url)
        self.depth = positive_int("depth", depth, minimum=0)
        mode = choice("sitemaps", sitemaps, ("auto", "yes", "no"))
        start_path = urlsplit(self.start_url).path
        self.read_sitemaps = mode == "yes" or (mode == "auto" and start_path in ("", "/"))
        width = choice("scope", scope, ("auto", "section", "site"))
        prefix = start_path.rstrip("/")
        #: path of the section this crawl stays in ("" for a crawl of the whole host)
        self.section_path = prefix if width != "site" and prefix else ""
        self._strict_section = False  #: the section's own links carry its path (see follow_listing)
        self._variants: dict[str, str] = {}  #: url_variant_key -> the URL requested under it
        self.scope = SiteScope.for_url(self.start_url)
        # Scrapy's OffsiteMiddleware then also stops redirects that leave the site.
        self.allowed_domains = sorted({netloc.split(":")[0] for netloc in self.scope.netlocs})
        netloc = urlsplit(self.start_url).netloc.lower()
        self._site = netloc.split(":")[0].removeprefix("www.")

    @property
    def site(self) -> str:
        return self._site

    @property
    def walk_scope(self) -> str:
        # Crawls of one site from different start pages walk different listings.
        return self.start_url

    def default_max_pages(self) -> int:
        return DEFAULT_MAX_PAGES

    def wants_sitemaps(self) -> bool:
        return self.read_sitemaps

    def in_scope(self, url: str) -> bool:
        return self.scope.contains(url)

    def sitemap_callback(self, response: Response) -> Iterator[Any]:
        return self.parse(response)

    def in_section(self, url: str) -> bool:
        if not self.section_path:
            return True
        path = urlsplit(url).path
        return path == self.section_path or path.startswith(self.section_path + "/")

    def first_variant(self, url: str) -> bool:
        """False for `/x/` once `/x` was requested (or the reverse): one page, fetched once."""
        key = url_variant_key(url)
        seen = self._variants.setdefault(key, url)
        if seen == url:
            return True
        self.crawler.stats.inc_value("newsarchive/discovery/url_variants")
        return False

    async def start(self) -> Any:
        self._variants[url_variant_key(self.start_url)] = self.start_url
        # dont_filter: a JOBDIR's seen-requests file must not stop a later run from reading them again.
        yield Request(
            self.start_url, callback=self.parse, meta={META_DEPTH: 0, META_PAGE: 1}, dont_filter=True
        )
        if self.read_sitemaps:
            parts = urlsplit(self.start_url)
            origin = f"{parts.scheme}://{parts.netloc}"
            if not self.settings.getbool("ROBOTSTXT_OBEY"):
                # Otherwise RobotsTxtMiddleware fetches robots.txt, and the base spider reads its Sitemap
                # lines from that response (one fetch, not two).
                yield Request(
                    origin + "/robots.txt",
                    callback=self.parse_robots,
                    meta={"dont_obey_robotstxt": True},
                    priority=PRIORITY_SITEMAP,
                    dont_filter=True,
                )
            self._sitemap_urls_requested.add(origin + "/sitemap.xml")
            yield Request(
                origin + "/sitemap.xml", callback=self.parse, priority=PRIORITY_SITEMAP, dont_filter=True
            )

    def extracts(self, request: Request, response: Response) -> bool:
        # parse() extracts the HTML pages it is given (parse_page); feeds and sitemaps it reads itself.
        if request.callback != self.parse:
            return super().extracts(request, response)
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        return detect.document_kind(response.body, content_type) == detect.HTML

    # --- dispatch ---------------------------------------------------------------------------
    def parse(self, response: Response, **kwargs: Any) -> Iterator[Article | Request]:
        """Any document: sitemap, feed, robots.txt or HTML page, recognised from its body."""
        if response.status == 304:
            yield from self.parse_article(response)
            return
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        kind = detect.document_kind(response.body, content_type)
        self.crawler.stats.inc_value(f"newsarchive/discovery/documents/{kind}")
        if kind == detect.SITEMAP:
            yield from self.parse_sitemap(response)
        elif kind == detect.FEED:
            yield from self.parse_feed(response)
        elif kind == detect.ROBOTS:
            yield from self.parse_robots(response)
        elif kind == detect.HTML:
            yield from self.parse_page(response)
        else:
            logger.debug("ignoring %s (%s)", response.url, content_type or "no content type")

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        sitemap = self.read_sitemap(response)
        if sitemap is None:
            return
        stats = self.crawler.stats
        for entry in sitemap.entries:
            if not self.scope.contains(entry.loc):
                stats.inc_value("newsarchive/discovery/offsite")
                continue
            if sitemap.is_index:
                if self.child_sitemap_wanted(entry):
                    yield Request(entry.loc, callback=self.parse, priority=PRIORITY_SITEMAP)
                continue
            stats.inc_value("newsarchive/discovery/sitemap_entries")
            if not self.sitemap_entry_wanted(entry):
                continue
            request = self.article_request(
                entry.loc,
                Hints.from_sitemap(entry),
                callback=self.parse,
                # An enumerated URL is not a listing to explore further.
                meta={META_DEPTH: self.depth},
            )
            if request is not None:
                yield request

    def parse_feed(self, response: Response) -> Iterator[Request]:
        feed = read_feed(response.body, base_url=response.url)
        if feed is None:
            return
        if feed.too_large:
            self.crawler.stats.inc_value("newsarchive/discovery/too_large")
        self.crawler.stats.inc_value("newsarchive/discovery/feed_entries", len(feed.entries))
        for entry in feed.entries:
            if not self.scope.contains(entry.url):
                self.crawler.stats.inc_value("newsarchive/discovery/offsite")
                continue
            if not self.in_window(parse_iso(entry.date)):
                self.crawler.stats.inc_value("newsarchive/backfill/feed_entries_outside")
                continue
            request = self.article_request(
                entry.url, Hints.from_feed(entry), callback=self.parse, meta={META_DEPTH: self.depth}
            )
            if request is not None:
                yield request

    def parse_page(self, response: Response) -> Iterator[Article | Request]:
        article = self.extract(response)
        if article is None:
            return
        if article.page_type == "article":
            if self.accept(article):
                yield article
            return
        self.crawler.stats.inc_value(f"newsarchive/spider/not_article/{article.page_type}")
        if response.meta.get("newsarchive_source") in (SOURCE_FEED, SOURCE_SITEMAP):
            # Listed by the publisher as a story, judged otherwise: dropped, kept in the rejects. (A page
            # found on a front is read as a listing: it stays out of the state, so it is read every run.)
            yield from self.judged_not_article(article, response)
            return
        yield from self.follow_listing(response)

    # --- listings ---------------------------------------------------------------------------
    def follow_listing(self, response: Response) -> Iterator[Request]:
        """Feeds, further pages and links of a page that is not an article."""
        if not isinstance(response, TextResponse):
            return
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
                yield Request(url, callback=self.parse, priority=PRIORITY_FEED, meta={META_DEPTH: depth})
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
            yield Request(link.url, callback=self.parse, meta={META_DEPTH: depth, META_PAGE: number})
        yield from requests
