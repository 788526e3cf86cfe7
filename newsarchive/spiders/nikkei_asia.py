"""`scrapy crawl nikkei_asia [-a section=Politics] [-a max_pages=N] [-a since=YYYY-MM-DD [-a until=...]]`.

Discovers articles from the RSS feed(s), the sitemaps robots.txt names (index, Google News sitemap, monthly
sitemaps with lastmod) and the section fronts (with `?page=N` pagination) of the `nikkei_asia` site
profile, and follows only links the profile calls articles on the profile's domains.
NEWSARCHIVE_SPIDER_BASE_URL points the spider at a mirror (the bundled demo, a test server): absolute links
to the publisher's own domains are then fetched from the mirror, and the crawl state knows each article
under its publisher URL too, so crawls of different mirrors do not archive it twice.

Scheduled (default): a front's next page is fetched only while the page lists something the crawl state
does not know. Backfill (`since`): the section's fronts are walked newest first until a whole page is older
than `since`, and only articles published in the window are archived.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any, ClassVar
from urllib.parse import urlsplit, urlunsplit

from scrapy.http import Request, Response, TextResponse

from newsarchive.discovery.feeds import FeedEntry, read_feed
from newsarchive.discovery.hints import FRONT, SOURCE_FRONT, Hints
from newsarchive.discovery.links import SiteScope, page_links
from newsarchive.discovery.listing_dates import link_dates
from newsarchive.discovery.pagination import listing_key, page_number, pagination_links
from newsarchive.discovery.schedule import follow_listing, parse_iso
from newsarchive.exceptions import ArgumentError
from newsarchive.extract.profiles.base import SiteProfile
from newsarchive.extract.registry import get_profile
from newsarchive.spiders.arguments import choice, http_url
from newsarchive.spiders.base import META_PAGE, NewsarchiveSpider

logger = logging.getLogger(__name__)

PRIORITY_FEED = 10  # feed entries carry dates: let them reach the scheduler before front links


class NikkeiAsiaSpider(NewsarchiveSpider):
    name = "nikkei_asia"
    profile_name = "nikkei_asia"
    arguments: ClassVar[tuple[str, ...]] = ("section",)

    def __init__(self, *args: Any, section: object = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.profile: SiteProfile = get_profile(self.profile_name)
        self.section = None if section is None else choice("section", section, self.profile.sections)

    def configure(self) -> None:
        super().configure()
        override = self.settings.get("NEWSARCHIVE_SPIDER_BASE_URL") or ""
        if override:
            try:
                override = http_url("NEWSARCHIVE_SPIDER_BASE_URL", override)
            except ArgumentError as error:
                raise ArgumentError(str(error).replace("argument ", "setting ", 1)) from None
        self.base_url = (override or self.profile.base_url).rstrip("/")
        base = urlsplit(self.base_url)
        self._base_scheme, self._base_netloc = base.scheme, base.netloc.lower()
        self.scope = SiteScope.for_url(self.base_url, *self.profile.domains)
        self.allowed_domains = sorted({n.split(":")[0] for n in self.scope.netlocs})

    @property
    def site(self) -> str:
        return self.profile.name

    @property
    def full_run(self) -> bool:
        return self.window is None and self.section is None

    @property
    def walk_scope(self) -> str:
        return self.section or "all"

    def identity_urls(self, url: str) -> list[str]:
        """The fetched URL and, for a mirror, the publisher's URL of the same page (what the article's
        canonical link names), so a known article is skipped whichever mirror it was archived from."""
        parts = urlsplit(url)
        publisher = urlsplit(self.profile.base_url)
        if parts.netloc.lower() == publisher.netloc.lower():
            return [url]
        return [url, urlunsplit((publisher.scheme, publisher.netloc, parts.path, parts.query, ""))]

    def in_scope(self, url: str) -> bool:
        return self.scope.contains(url)

    def fallback_sitemaps(self, robots_url: str) -> list[str]:
        return [self.base_url + "/sitemap.xml"]

    def extract_options(self) -> dict[str, Any]:
        return {"profile": self.profile}

    # --- URLs -------------------------------------------------------------------------------
    def fetch_url(self, url: str) -> str | None:
        """`url` as fetched by this crawl (publisher domains mapped onto the mirror), None if off-site."""
        if not self.scope.contains(url):
            return None
        parts = urlsplit(url)
        return urlunsplit((self._base_scheme, self._base_netloc, parts.path, parts.query, ""))

    def in_section(self, url: str, categories: list[str] | tuple[str, ...] = ()) -> bool:
        if self.section is None:
            return True
        prefix = self.profile.section_path.format(section=self.section).rstrip("/").lower() + "/"
        path = urlsplit(url).path.lower()
        return path.startswith(prefix) or any(c.strip().lower() == self.section.lower() for c in categories)

    def candidate(self, url: str, categories: list[str] | tuple[str, ...] = ()) -> str | None:
        """The URL to request if it is an article of this crawl's scope, else None."""
        fetch = self.fetch_url(url)
        if fetch is None or not self.profile.is_article_url(fetch) or not self.in_section(fetch, categories):
            return None
        return fetch

    # --- crawl ------------------------------------------------------------------------------
    async def start(self) -> Any:
        for feed in self.profile.feed_urls(self.base_url):
            # dont_filter: a JOBDIR's seen-requests file must not stop a later run from reading them again.
            yield Request(feed, callback=self.parse_feed, priority=PRIORITY_FEED, dont_filter=True)
        if not self.settings.getbool("ROBOTSTXT_OBEY"):
            # Otherwise RobotsTxtMiddleware fetches robots.txt and _response_received reads its Sitemap lines.
            yield Request(
                self.base_url + "/robots.txt", callback=self.parse_robots, priority=20, dont_filter=True
            )
        sections = (self.section,) if self.section else self.profile.sections
        for section in sections:
            front = self.profile.section_url(self.base_url, section)
            yield Request(front, callback=self.parse_front, meta={META_PAGE: 1}, dont_filter=True)

    def parse_feed(self, response: Response) -> Iterator[Request]:
        feed = read_feed(response.body, base_url=response.url)
        entries = feed.entries if feed is not None else []
        if feed is not None and feed.too_large:
            self.crawler.stats.inc_value("newsarchive/discovery/too_large")
        elif not entries:
            logger.warning("no feed entries in %s", response.url)
        self.crawler.stats.inc_value("newsarchive/discovery/feed_entries", len(entries))
        for entry in entries:
            yield from self._entry_request(entry)

    def _entry_request(self, entry: FeedEntry) -> Iterator[Request]:
        url = self.candidate(entry.url, entry.categories)
        if url is None:
            self.crawler.stats.inc_value("newsarchive/discovery/feed_entries_skipped")
            return
        if not self.in_window(parse_iso(entry.date)):
            self.crawler.stats.inc_value("newsarchive/backfill/feed_entries_outside")
            return
        request = self.article_request(url, Hints.from_feed(entry), priority=PRIORITY_FEED)
        if request is not None:
            yield request

    def sitemap_callback(self, response: Response) -> Iterator[Request]:
        return self.parse_sitemap(response)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        sitemap = self.read_sitemap(response)
        if sitemap is None:
            logger.warning("not a sitemap: %s", response.url)
            return
        stats = self.crawler.stats
        for entry in sitemap.entries:
            url = self.fetch_url(entry.loc)
            if url is None:
                stats.inc_value("newsarchive/discovery/offsite")
                continue
            if sitemap.is_index:
                if self.child_sitemap_wanted(entry):
                    yield Request(url, callback=self.parse_sitemap, priority=20, dont_filter=True)
                continue
            stats.inc_value("newsarchive/discovery/sitemap_entries")
            url = self.candidate(url)
            if url is None or not self.sitemap_entry_wanted(entry):
                continue
            request = self.article_request(url, self.sitemap_hints(sitemap, entry))
            if request is not None:
                yield request

    def parse_front(self, response: Response) -> Iterator[Request]:
        if not isinstance(response, TextResponse):
            return
        stats = self.crawler.stats
        stats.inc_value("newsarchive/discovery/listings")
        selector = response.selector
        page = int(response.meta.get(META_PAGE, 1))
        dates = link_dates(selector, response.url)
        decisions = []
        listed = []
        for link in page_links(selector, response.url):
            if self.fetch_url(link.url) is None:
                stats.inc_value("newsarchive/discovery/offsite")
                continue
            url = self.candidate(link.url)
            if url is None:
                continue
            moment = dates.get(link.url)
            listed.append(moment)
            if not self.in_window(moment):
                stats.inc_value("newsarchive/backfill/listed_outside")
                continue
            hints = Hints(source=SOURCE_FRONT, date=moment.isoformat()) if moment else FRONT
            request, decision = self.article_decision(url, hints)
            decisions.append(decision)
            if request is not None:
                yield request
        follow, why = follow_listing(
            window=self.window, dates=listed, decisions=decisions, resuming=self.resuming_walk
        )
        if not follow:
            stats.inc_value(f"newsarchive/discovery/listing_stop/{why}")
            logger.info("Not paging past %s: %s", response.url, why.replace("_", " "))
            return
        key = listing_key(response.url, page_param=self.profile.page_param)
        for link in pagination_links(selector, response.url, page_param=self.profile.page_param):
            url = self.fetch_url(link.url)
            if url is None or listing_key(url, page_param=self.profile.page_param) != key:
                continue
            # Same listing without a page marker: page 1.
            number = page_number(url, page_param=self.profile.page_param) or 1
            if number <= page:
                continue  # "Previous": pages are walked forward only
            if number > self.max_pages:
                stats.inc_value("newsarchive/discovery/max_pages_reached")
                continue
            yield Request(url, callback=self.parse_front, meta={META_PAGE: number})
