"""What discovery learned about an article before fetching it, carried in request.meta."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsarchive.discovery.feeds import FeedEntry
from newsarchive.discovery.sitemaps import SitemapEntry

SOURCE_FEED = "feed"
SOURCE_SITEMAP = "sitemap"
SOURCE_FRONT = "front"

META_DATE = "newsarchive_hint_date"  #: feed pubDate/published or news:publication_date
META_NEWS_TITLE = "newsarchive_news_title"  #: news:title (or the feed item title)
META_LASTMOD = "newsarchive_lastmod"  #: sitemap lastmod or feed updated
META_SOURCE = "newsarchive_source"  #: SOURCE_FEED / SOURCE_SITEMAP / SOURCE_FRONT


@dataclass(frozen=True, kw_only=True)
class Hints:
    source: str
    date: str | None = None
    title: str | None = None
    lastmod: str | None = None

    @classmethod
    def from_feed(cls, entry: FeedEntry) -> Hints:
        return cls(source=SOURCE_FEED, date=entry.date, title=entry.title, lastmod=entry.updated)

    @classmethod
    def from_sitemap(cls, entry: SitemapEntry) -> Hints:
        return cls(
            source=SOURCE_SITEMAP,
            date=entry.news_publication_date,
            title=entry.news_title,
            lastmod=entry.lastmod,
        )

    @classmethod
    def from_meta(cls, meta: dict[str, Any]) -> Hints:
        """What a request carried (`to_meta`), for the page its response leads to (an AMP copy's)."""
        return cls(
            source=meta.get(META_SOURCE) or SOURCE_FRONT,
            date=meta.get(META_DATE),
            title=meta.get(META_NEWS_TITLE),
            lastmod=meta.get(META_LASTMOD),
        )

    @property
    def changed_at(self) -> str | None:
        """The latest change discovery knows of, for the re-fetch decision."""
        return self.lastmod or self.date

    def to_meta(self) -> dict[str, Any]:
        meta: dict[str, Any] = {META_SOURCE: self.source}
        if self.date:
            meta[META_DATE] = self.date
        if self.title:
            meta[META_NEWS_TITLE] = self.title
        if self.lastmod:
            meta[META_LASTMOD] = self.lastmod
        return meta


FRONT = Hints(source=SOURCE_FRONT)
