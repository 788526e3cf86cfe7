"""`scrapy crawl <profile> [-a section=S] [-a max_pages=N] [-a since=YYYY-MM-DD [-a until=...]]`.

One spider class for every site profile (newsarchive/extract/profiles/*.toml and the folders of
NEWSARCHIVE_PROFILE_DIRS): newsarchive.spiders.loader gives each profile a subclass named after it.
Discovers articles from the profile's feeds, its sitemaps and those robots.txt names (index, Google News
sitemap, monthly sitemaps with lastmod) and its section fronts (`?page=N` or `/page/N/` pagination), and
follows only links the profile calls articles on the profile's domains.
NEWSARCHIVE_SPIDER_BASE_URL points the spider at a mirror (the bundled demo, a test server): absolute links
to the publisher's own domains are then fetched from the mirror, and the crawl state knows each article
under its publisher URL too, so crawls of different mirrors do not archive it twice.

Scheduled (default): a front's next page is fetched only while the page lists something the crawl state
does not know. Backfill (`since`): the section's fronts are walked newest first until a whole page is older
than `since`, and only articles published in the window are archived.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any, ClassVar

from scrapy.http import Request, Response, TextResponse

from newsarchive.discovery.amp import amp_canonical
from newsarchive.discovery.feeds import FeedEntry, read_feed
from newsarchive.discovery.hints import FRONT, SOURCE_FRONT, Hints
from newsarchive.discovery.links import page_links
from newsarchive.discovery.listing_dates import link_dates
from newsarchive.discovery.pagination import listing_key, page_number, pagination_links
from newsarchive.discovery.schedule import follow_listing, parse_iso
from newsarchive.extract.profiles.base import SiteProfile
from newsarchive.items import Article
from newsarchive.spiders.arguments import choice
from newsarchive.spiders.base import META_PAGE, NewsarchiveSpider
from newsarchive.spiders.site_urls import SiteUrlsMixin, same_section
from newsarchive.spiders.sitemaps import PRIORITY_SITEMAP, SitemapMixin, http_charset

logger = logging.getLogger(__name__)

PRIORITY_FEED = 10  # feed entries carry dates: let them reach the scheduler before front links


class ProfileSpider(SiteUrlsMixin, SitemapMixin, NewsarchiveSpider):
    """Crawls the site of `profile` (a class attribute: see `for_profile`)."""

    profile: ClassVar[SiteProfile]
    arguments: ClassVar[tuple[str, ...]] = ("section",)

    @classmethod
    def for_profile(cls, profile: SiteProfile) -> type[ProfileSpider]:
        """The spider class of one profile: this class with its name and profile set."""
        class_name = (
            "".join(part.capitalize() for part in re.split(r"[^A-Za-z0-9]+", profile.name)) + "Spider"
        )
        return type(class_name, (cls,), {"name": profile.name, "profile": profile, "__module__": __name__})

    def __init__(self, *args: Any, section: object = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.section = None if section is None else choice("section", section, self.profile.sections)

    def configure(self) -> None:
        super().configure()
        self.configure_site()

    @property
    def site(self) -> str:
        return self.profile.name

    @property
    def full_run(self) -> bool:
        return self.window is None and self.section is None

    @property
    def walk_scope(self) -> str:
        return self.section or "all"

    def extract_options(self) -> dict[str, Any]:
        return {"profile": self.profile}

    def parse_article(self, response: Response) -> Iterator[Any]:
        canonical = (
            amp_canonical(response.selector, response.url) if isinstance(response, TextResponse) else None
        )
        if canonical is not None:
            # An AMP copy is never archived: its canonical page is asked for instead (the state and the
            # dupefilter keep that to one request however many copies link to it).
            self.crawler.stats.inc_value("newsarchive/discovery/amp_to_canonical")
            url = self.fetch_url(canonical)
            request = self.article_request(url) if url and self.profile.is_article_url(url) else None
            if request is not None:
                yield request
            return
        yield from super().parse_article(response)

    def not_a_sitemap(self, response: Response) -> None:
        logger.warning("not a sitemap: %s", response.url)

    def accept(self, article: Article) -> bool:
        if (
            self.section
            and not self.in_section(article.url)
            and not same_section(article.section, self.section)
        ):
            # Listed on the section's front (links to other sections sit beside its own there), but the
            # article names another section.
            self.crawler.stats.inc_value("newsarchive/spider/other_section")
            return False
        return super().accept(article)

    # --- crawl ------------------------------------------------------------------------------
    async def start(self) -> Any:
        for feed in self.profile.feed_urls(self.base_url):
            # dont_filter: a JOBDIR's seen-requests file must not stop a later run from reading them again.
            yield Request(
                feed,
                callback=self.parse_feed,
                priority=PRIORITY_FEED,
                dont_filter=True,
                meta=self.discovery_meta(),
            )
        if not self.settings.getbool("ROBOTSTXT_OBEY"):
            # Otherwise RobotsTxtMiddleware fetches robots.txt and _response_received reads its Sitemap lines.
            yield Request(
                self.base_url + "/robots.txt",
                callback=self.parse_robots,
                priority=PRIORITY_SITEMAP,
                dont_filter=True,
            )
        if self.section is None:
            for sitemap in self.profile.sitemap_urls(self.base_url):
                yield self.sitemap_request(sitemap)
        sections = (self.section,) if self.section else self.profile.sections
        for section in sections:
            front = self.profile.section_url(self.base_url, section)
            meta = {META_PAGE: 1, **self.discovery_meta()}
            yield Request(front, callback=self.parse_front, meta=meta, dont_filter=True)

    def parse_feed(self, response: Response) -> Iterator[Request]:
        if response.status == 304:
            return  # not modified since a clean run read it (newsarchive/http/discovery.py)
        feed = read_feed(response.body, base_url=response.url, http_charset=http_charset(response))
        entries = feed.entries if feed is not None else []
        if feed is not None and feed.too_large:
            self.crawler.stats.inc_value("newsarchive/discovery/too_large")
        elif not entries:
            logger.warning("no feed entries in %s", response.url)
        else:
            self.discovery_read(response)
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

    def parse_front(self, response: Response) -> Iterator[Request]:
        if response.status == 304 or not isinstance(response, TextResponse):
            return  # (a 304: not modified since a clean run read it, newsarchive/http/discovery.py)
        self.discovery_read(response)
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
            url = self.candidate(link.url, front=True)
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
            yield Request(url, callback=self.parse_front, meta={META_PAGE: number, **self.discovery_meta()})
