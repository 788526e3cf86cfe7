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
import re
from collections.abc import Iterator
from typing import Any, ClassVar
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response, TextResponse

from newsarchive.discovery import detect
from newsarchive.discovery.amp import amp_canonical, looks_amp
from newsarchive.discovery.feeds import read_feed
from newsarchive.discovery.hints import SOURCE_FEED, SOURCE_SITEMAP, Hints
from newsarchive.discovery.links import SiteScope
from newsarchive.discovery.schedule import parse_iso
from newsarchive.http.discovery import META_DISCOVERY, META_DISCOVERY_CONDITIONAL
from newsarchive.items import Article
from newsarchive.spiders.arguments import choice, http_url, positive_int
from newsarchive.spiders.base import META_PAGE, NewsarchiveSpider
from newsarchive.spiders.listings import META_DEPTH, ListingWalkMixin
from newsarchive.spiders.sitemaps import PRIORITY_SITEMAP, SitemapMixin, http_charset

logger = logging.getLogger(__name__)


#: request meta of the start URL's request (and of its redirects)
META_START = "newsarchive_start"
#: why a start URL of each kind of document gave nothing to crawl
_NOTHING_FROM = {
    detect.FEED: "a feed without an entry on this site",
    detect.SITEMAP: "a sitemap without an entry on this site, or one that does not parse",
    detect.HTML: "an HTML page that is not an article and links to nothing on this site",
    detect.ROBOTS: "a robots.txt without Sitemap lines",
}
DEFAULT_DEPTH = 2
#: a start URL path that names a feed or a sitemap (`/feed/`, `/rss/feed/nar`, `.rss`, `sitemap.xml.gz`; not
#: `/rss/`, which many sites use for an HTML page listing their feeds)
_FEED_PATH = re.compile(r"(?:\.(?:rss|atom|rdf|xml)(?:\.gz)?|/feed(?:/[\w.-]*)?/?)$", re.I)
DEFAULT_MAX_PAGES = 10


class ArticleSpider(ListingWalkMixin, SitemapMixin, NewsarchiveSpider):
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

    def child_sitemap_request(self, url: str) -> Request:
        return self.sitemap_request(url, self.parse, dont_filter=False)

    def sitemap_article_request(self, url: str, hints: Hints) -> Request | None:
        # An enumerated URL is not a listing to explore further.
        return self.article_request(url, hints, callback=self.parse, meta={META_DEPTH: self.depth})

    async def start(self) -> Any:
        self.first_variant(self.start_url)
        # A start URL named like a feed or sitemap may be as large as one (discovery_meta); any start URL
        # may be a feed, sitemap or front a scheduled run asks for conditionally (an article's validators
        # are never kept for it: discovery_read is called for feeds, sitemaps and listings only).
        sized = (
            self.discovery_meta()
            if _FEED_PATH.search(urlsplit(self.start_url).path)
            else {META_DISCOVERY: True}
        )
        # dont_filter: a JOBDIR's seen-requests file must not stop a later run from reading them again.
        yield Request(
            self.start_url,
            callback=self.parse,
            errback=self._start_failed,
            meta={META_DEPTH: 0, META_PAGE: 1, META_START: True, **sized},
            dont_filter=True,
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
            self.sitemap_urls_requested.add(origin + "/sitemap.xml")
            yield Request(
                origin + "/sitemap.xml",
                callback=self.parse,
                priority=PRIORITY_SITEMAP,
                dont_filter=True,
                meta=self.discovery_meta(),
            )

    def extracts(self, request: Request, response: Response) -> bool:
        # parse() extracts the HTML pages it is given (parse_page); feeds and sitemaps it reads itself.
        if request.callback != self.parse:
            return super().extracts(request, response)
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        # An AMP copy is not extracted ahead: parse_page asks for its canonical page instead (one extraction
        # of a page per story, not two).
        body = response.body
        return detect.document_kind(body, content_type) == detect.HTML and not looks_amp(body)

    def _start_kind(self, response: Response) -> None:
        """A start URL named like a feed or sitemap that answers an HTML page (a CMS's error or maintenance
        page served with 200, a feed moved behind a login) is read as a page, as any HTML start URL is, but
        the log says so: a cron run of a feed that wanders its error page's menu is no feed run."""
        if response.status != 200 or not _FEED_PATH.search(urlsplit(self.start_url).path):
            return
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        if detect.document_kind(response.body, content_type) != detect.HTML:
            return
        self.crawler.stats.inc_value("newsarchive/spider/start_not_feed")
        title = response.css("title::text").get() if isinstance(response, TextResponse) else None
        logger.warning(
            "start URL %s names a feed or sitemap but answered an HTML page (%s): read as a page",
            self.start_url,
            f"title {' '.join(title.split())[:80]!r}" if title and title.strip() else "no title",
        )

    def _start_failed(self, failure: Any) -> None:
        """The start URL's errback: a start URL robots.txt forbids says so (Scrapy logs it at DEBUG only,
        and the run report counts 0 articles); any other failure goes on to Scrapy's log as before."""
        if failure.check(IgnoreRequest) and "robots.txt" in str(failure.value):
            self.crawler.stats.inc_value("newsarchive/spider/start_forbidden")
            logger.warning(
                "start URL %s is disallowed by the site's robots.txt for this crawler: nothing to crawl"
                " (a feed or sitemap the site allows, or the site's consent and -s ROBOTSTXT_OBEY=False)",
                self.start_url,
            )
            return
        failure.raiseException()

    # --- dispatch ---------------------------------------------------------------------------
    def parse(self, response: Response, **kwargs: Any) -> Iterator[Article | Request]:
        """Any document: sitemap, feed, robots.txt or HTML page, recognised from its body."""
        if not response.meta.get(META_START):
            yield from self._parse(response)
            return
        self._start_kind(response)
        followed = 0
        for result in self._parse(response):
            followed += 1
            yield result
        if not followed and response.status == 304:
            logger.info(
                "start URL %s not modified since the last clean run: nothing new in it", self.start_url
            )
        elif not followed:
            # The start URL led nowhere: say why, where the run report only counts 0 articles (a feed
            # without entries, a sitemap that does not parse, a PDF, a page without a link on the site)
            content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
            kind = detect.document_kind(response.body, content_type)
            logger.warning(
                "start URL %s gave nothing to crawl: %s",
                self.start_url,
                _NOTHING_FROM.get(kind, f"{content_type or 'no content type'}, not a page, feed or sitemap"),
            )

    def _parse(self, response: Response) -> Iterator[Article | Request]:
        if response.status == 304:
            if not response.meta.get(META_DISCOVERY_CONDITIONAL):
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

    def parse_feed(self, response: Response) -> Iterator[Request]:
        feed = read_feed(response.body, base_url=response.url, http_charset=http_charset(response))
        if feed is None:
            return
        if feed.too_large:
            self.crawler.stats.inc_value("newsarchive/discovery/too_large")
        else:
            self.discovery_read(response)
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
        canonical = (
            amp_canonical(response.selector, response.url) if isinstance(response, TextResponse) else None
        )
        if canonical is not None and self.scope.contains(canonical):
            # An AMP copy (a feed or front may link it) is never archived: its full page is asked for instead,
            # once however many copies link to it, and the state knows the copy's URL as that page's.
            yield from self.amp_to_canonical(response, canonical)
            return
        article = self.extract(response)
        if article is None:
            return
        if article.page_type == "article":
            if self.accept(article):
                yield from self.with_later_pages(article, response)
            return
        if self.behind_consent_wall(article, response):
            return
        self.crawler.stats.inc_value(f"newsarchive/spider/not_article/{article.page_type}")
        if response.meta.get("newsarchive_source") in (SOURCE_FEED, SOURCE_SITEMAP):
            # Listed by the publisher as a story, judged otherwise: dropped, kept in the rejects. (A page
            # found on a front is read as a listing: it stays out of the state, so it is read every run.)
            yield from self.judged_not_article(article, response)
            return
        yield from self.follow_listing(response)

    def first_page_request(self, url: str, response: Response) -> Request | None:
        # A story's first page is read as an article, never as a listing (as a feed's items are).
        hints = Hints.from_meta(response.meta)
        return self.article_request(url, hints, callback=self.parse, meta={META_DEPTH: self.depth})

    def amp_to_canonical(self, response: Response, canonical: str) -> Iterator[Request]:
        self.crawler.stats.inc_value("newsarchive/discovery/amp_to_canonical")
        self.remember_moved(response.url, canonical)
        # What discovery said of the copy (its feed date, its news title) holds for the page.
        hints = Hints.from_meta(response.meta)
        depth = response.meta.get(META_DEPTH, self.depth)
        request = self.article_request(canonical, hints, callback=self.parse, meta={META_DEPTH: depth})
        if request is not None:
            yield request
