"""Sitemaps: index vs urlset vs Google News sitemap, told apart from the body, not the URL.

Scrapy's own `Sitemap` class drops nested elements (news:news), so entries are read here with a
bounded lxml iterparse (see `_xml`). `lastmod`, `news:publication_date` and `news:title` are kept
as discovery hints for the article requests.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from urllib.parse import urljoin

from newsarchive.discovery._xml import (
    XmlTooLarge,
    iter_end_elements,
    local_name,
    namespace,
    root_tag,
    text_of,
)

logger = logging.getLogger(__name__)

NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"

SITEMAP_INDEX = "index"
URLSET = "urlset"
NEWS = "news"  #: a urlset whose entries carry news:news

# sitemaps.org caps a file at 50,000 entries; a little slack for sloppy publishers.
MAX_ENTRIES = 100_000


@dataclass(kw_only=True)
class SitemapEntry:
    """One <url> (or <sitemap> of an index)."""

    loc: str
    lastmod: str | None = None
    news_publication_date: str | None = None
    news_title: str | None = None


@dataclass(kw_only=True)
class Sitemap:
    kind: str  #: SITEMAP_INDEX, URLSET or NEWS
    entries: list[SitemapEntry] = field(default_factory=list)
    #: the body went past the XML size or element cap: `entries` are those read before it (none for a gzip
    #: body that unpacks past the cap, which is refused before parsing)
    too_large: bool = False

    @property
    def is_index(self) -> bool:
        return self.kind == SITEMAP_INDEX


def sitemap_kind(body: bytes) -> str | None:
    """SITEMAP_INDEX or URLSET (news not yet known) from the root element; None if not a sitemap."""
    tag = root_tag(body)
    if tag is None:
        return None
    name = tag.rsplit(":", 1)[-1].lower()
    if name == "sitemapindex":
        return SITEMAP_INDEX
    if name == "urlset":
        return URLSET
    return None


def parse_sitemap(
    body: bytes,
    *,
    base_url: str | None = None,
    max_entries: int = MAX_ENTRIES,
    http_charset: str | None = None,
) -> Sitemap | None:
    """Parse a sitemap body (plain or gzip). None when the body is not a sitemap.

    Relative `loc`s (not allowed by the protocol, but seen) are resolved against `base_url`. A body past
    the size or element cap is not an error: it is logged, marked `too_large`, and what was read is kept.
    """
    kind = sitemap_kind(body)
    if kind is None:
        return None
    entries: list[SitemapEntry] = []
    has_news = False
    too_large = False
    entry_tag = "sitemap" if kind == SITEMAP_INDEX else "url"
    try:
        for element in iter_end_elements(body, http_charset=http_charset):
            if local_name(element.tag) != entry_tag:
                continue
            entry = _entry(element, base_url)
            # Entries are read once; dropping them keeps memory flat on 50 MB sitemaps.
            element.clear()
            parent = element.getparent()
            while parent is not None and element.getprevious() is not None:
                del parent[0]
            if entry is None:
                continue
            if entry.news_publication_date or entry.news_title:
                has_news = True
            entries.append(entry)
            if len(entries) >= max_entries:
                logger.warning("sitemap truncated at %d entries (%s)", max_entries, base_url)
                break
    except XmlTooLarge as error:
        too_large = True
        logger.warning("sitemap too large, %d entries kept: %s (%s)", len(entries), base_url, error)
    if kind == URLSET and has_news:
        kind = NEWS
    return Sitemap(kind=kind, entries=entries, too_large=too_large)


def _entry(element: object, base_url: str | None) -> SitemapEntry | None:
    loc = lastmod = pub_date = title = None
    for child in element.iter():  # type: ignore[attr-defined]
        name = local_name(child.tag)
        ns = namespace(child.tag)
        if ns == NEWS_NS:
            if name == "publication_date":
                pub_date = text_of(child)
            elif name == "title":
                title = text_of(child)
        elif name == "loc" and loc is None and child.getparent() is element:
            loc = text_of(child)
        elif name == "lastmod" and child.getparent() is element:
            lastmod = text_of(child)
    if not loc:
        return None
    if base_url:
        loc = urljoin(base_url, loc)
    return SitemapEntry(loc=loc, lastmod=lastmod, news_publication_date=pub_date, news_title=title)


def sitemaps_from_robots(robots_txt: str, base_url: str) -> list[str]:
    """`Sitemap:` URLs of a robots.txt, in order, without duplicates (the directive is case-insensitive)."""
    urls: list[str] = []
    for raw in robots_txt.splitlines():
        line = raw.split("#", 1)[0].strip()
        key, sep, value = line.partition(":")
        if not sep or key.strip().lower() != "sitemap":
            continue
        value = value.strip()
        if value:
            url = urljoin(base_url, value)
            if url not in urls:
                urls.append(url)
    return urls
