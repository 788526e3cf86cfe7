"""Where a profile's site lives and which of its URLs a crawl follows: the mirror mapping
(NEWSARCHIVE_SPIDER_BASE_URL), the publisher's identity of a mirrored page, and the section scope, also
of sitemaps (the SitemapMixin hooks `in_scope`, `fallback_sitemaps`, `sitemap_url`, `sitemap_article_url`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from newsarchive.discovery.links import SiteScope
from newsarchive.exceptions import ArgumentError
from newsarchive.spiders.arguments import http_url

if TYPE_CHECKING:
    from newsarchive.extract.profiles.base import SiteProfile


class SiteUrlsMixin:
    """For ProfileSpider: needs `profile`, `section` and `settings`."""

    profile: SiteProfile
    section: str | None
    settings: Any

    @staticmethod
    def check_settings(settings: Any) -> str:
        """NEWSARCHIVE_SPIDER_BASE_URL ("" when unset); ArgumentError naming the setting when it is no http(s)
        URL. The crawl command calls it with the spider's arguments, before Scrapy's banner."""
        override = settings.get("NEWSARCHIVE_SPIDER_BASE_URL") or ""
        if override:
            try:
                override = http_url("NEWSARCHIVE_SPIDER_BASE_URL", override)
            except ArgumentError as error:
                raise ArgumentError(str(error).replace("argument ", "setting ", 1)) from None
        return override

    def configure_site(self) -> None:
        override = self.check_settings(self.settings)
        self.base_url = (override or self.profile.base_url).rstrip("/")
        base = urlsplit(self.base_url)
        self._base_scheme, self._base_netloc = base.scheme, base.netloc.lower()
        self.scope = SiteScope.for_url(self.base_url, *self.profile.domains)
        self.allowed_domains = sorted({n.split(":")[0] for n in self.scope.netlocs})

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

    def sitemap_url(self, loc: str) -> str | None:
        return self.fetch_url(loc)

    def sitemap_article_url(self, url: str) -> str | None:
        return self.candidate(url)

    # --- URLs -------------------------------------------------------------------------------
    def fetch_url(self, url: str) -> str | None:
        """`url` as fetched by this crawl (publisher domains mapped onto the mirror), None if off-site."""
        if not self.scope.contains(url):
            return None
        parts = urlsplit(url)
        return urlunsplit((self._base_scheme, self._base_netloc, parts.path, parts.query, ""))

    def _section_prefix(self, section: str) -> str:
        return self.profile.section_path.format(section=section).rstrip("/").lower() + "/"

    def in_section(self, url: str, categories: list[str] | tuple[str, ...] = ()) -> bool:
        if self.section is None:
            return True
        path = urlsplit(url).path.lower()
        prefix = self._section_prefix(self.section)
        return path.startswith(prefix) or any(c.strip().lower() == self.section.lower() for c in categories)

    def names_a_section(self, url: str) -> bool:
        """Whether the URL's path lies under some section's path (else it does not tell its section)."""
        path = urlsplit(url).path.lower()
        return any(path.startswith(self._section_prefix(s)) for s in self.profile.sections)

    def candidate(
        self, url: str, categories: list[str] | tuple[str, ...] = (), *, front: bool = False
    ) -> str | None:
        """The URL to request if it is an article of this crawl's scope, else None. A link on the section's
        own front whose path names no section (a dated URL) counts as in it; `accept` then checks the
        section the article names."""
        fetch = self.fetch_url(url)
        if fetch is None or not self.profile.is_article_url(fetch):
            return None
        if self.in_section(fetch, categories) or (front and not self.names_a_section(fetch)):
            return fetch
        return None


def same_section(found: str | None, wanted: str) -> bool:
    def slug(text: str) -> str:
        return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")

    return found is not None and slug(found) == slug(wanted)
