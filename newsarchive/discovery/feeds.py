"""RSS 2.0 / RSS 1.0 (RDF) / Atom / JSON Feed feeds: entry links with their dates, and feed discovery in
HTML."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import UTC
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from newsarchive.discovery._xml import (
    XmlTooLarge,
    iter_end_elements,
    local_name,
    namespace,
    root_tag,
    text_of,
)

logger = logging.getLogger(__name__)

ATOM_NS = "http://www.w3.org/2005/Atom"
DC_NS = "http://purl.org/dc/elements/1.1/"
#: xml:base (RFC 4287 section 2, XML Base): the URL an Atom element's relative links resolve against
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"

FEED_CONTENT_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+json",
)
#: JSON Feed 1.0 advertised itself as plain application/json, which WordPress also gives every page's REST API
#: record (`/wp-json/wp/v2/posts/123`): such a link is a feed only when its last path segment says so
#: (`/feed.json`, `/feeds/json-feed`).
JSON_TYPE = "application/json"
MAX_FEED_ENTRIES = 10_000
#: what every JSON Feed's `version` begins with (jsonfeed.org: https://jsonfeed.org/version/1.1)
JSON_FEED_VERSION = b"jsonfeed.org/version/"


@dataclass(kw_only=True)
class FeedEntry:
    url: str
    title: str | None = None
    published: str | None = None  #: ISO 8601 when parseable, else the feed's own string
    updated: str | None = None
    categories: list[str] = field(default_factory=list)

    @property
    def date(self) -> str | None:
        return self.published or self.updated


def is_json(body: bytes) -> bool:
    """Whether the body is JSON (an object or an array), not markup: the first character tells."""
    head = body[:64].removeprefix(b"\xef\xbb\xbf").lstrip()
    return head[:1] in (b"{", b"[")


def feed_kind(body: bytes) -> str | None:
    """ "rss", "atom", "rdf" from the root element, "json" for a JSON Feed; None if the body is not a feed."""
    if is_json(body):
        # `version` is required and is usually the first key; 4 kB reaches it behind a long title.
        return "json" if JSON_FEED_VERSION in body[:4096] else None
    tag = root_tag(body)
    if tag is None:
        return None
    name = tag.rsplit(":", 1)[-1].lower()
    if name == "rss":
        return "rss"
    if name == "feed":
        return "atom"
    if name == "rdf":
        return "rdf"
    return None


@dataclass(kw_only=True)
class Feed:
    kind: str  #: "rss", "atom", "rdf" or "json"
    entries: list[FeedEntry] = field(default_factory=list)
    #: the body went past the XML size or element cap: `entries` are those read before it
    too_large: bool = False


def read_feed(body: bytes, *, base_url: str, http_charset: str | None = None) -> Feed | None:
    """An RSS 2.0, RSS 1.0 or Atom feed with its entries in feed order; None when not a feed.

    Relative links are resolved against `base_url` (the feed URL), through the xml:base of the link element
    and its ancestors (an Atom feed, entry and link; an RSS channel, item and link) when they set one. A body
    past the size or element cap is not an error: it is logged, marked `too_large`, and what was read is kept.
    `http_charset` (the Content-Type's) is one more guess at the encoding of bytes their declaration does
    not read (`_xml.readable_xml`).
    """
    kind = feed_kind(body)
    if kind is None:
        return None
    if kind == "json":
        return _json_feed(body, base_url)
    feed = Feed(kind=kind)
    entry_tag = "entry" if kind == "atom" else "item"
    try:
        for element in iter_end_elements(body, http_charset=http_charset):
            if local_name(element.tag) != entry_tag:
                continue
            entry = _atom_entry(element, base_url) if kind == "atom" else _rss_item(element, base_url)
            element.clear()
            if entry is not None:
                feed.entries.append(entry)
                if len(feed.entries) >= MAX_FEED_ENTRIES:
                    break
    except XmlTooLarge as error:
        feed.too_large = True
        logger.warning("feed too large, %d entries kept: %s (%s)", len(feed.entries), base_url, error)
    return feed


def parse_feed(body: bytes, *, base_url: str) -> list[FeedEntry]:
    """Entries of an RSS 2.0, RSS 1.0 or Atom feed, in feed order. [] when not a feed (see read_feed)."""
    feed = read_feed(body, base_url=base_url)
    return feed.entries if feed is not None else []


def _json_feed(body: bytes, base_url: str) -> Feed:
    """A JSON Feed (jsonfeed.org 1.0/1.1): each item's `url` (its permalink; `external_url` names another
    site's page, and `id` is a URL only by habit) with its dates, title and tags."""
    feed = Feed(kind="json")
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as error:
        logger.warning("JSON feed does not parse: %s (%s)", base_url, error)
        return feed
    items = data.get("items") if isinstance(data, dict) else None
    for entry in items if isinstance(items, list) else []:
        link = entry.get("url") if isinstance(entry, dict) else None
        if not isinstance(link, str) or not link.strip():
            continue
        tags = entry.get("tags")
        feed.entries.append(
            FeedEntry(
                url=urljoin(base_url, link.strip()),
                title=_json_text(entry.get("title")),
                published=_json_text(entry.get("date_published")),
                updated=_json_text(entry.get("date_modified")),
                categories=[t.strip() for t in tags if isinstance(t, str) and t.strip()]
                if isinstance(tags, list)
                else [],
            )
        )
        if len(feed.entries) >= MAX_FEED_ENTRIES:
            break
    return feed


def _json_text(value: object) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def _rss_item(item: object, base_url: str) -> FeedEntry | None:
    link = guid = title = published = updated = None
    link_base = base_url
    guid_is_link = True
    categories: list[str] = []
    for child in item:  # type: ignore[attr-defined]
        name = local_name(child.tag)
        ns = namespace(child.tag)
        if name == "link" and ns in ("", "http://purl.org/rss/1.0/"):
            link = text_of(child) or child.get("href")
            # XML Base holds in any XML: an RSS generator (Drupal's core feed sets xml:base on <rss>) may
            # give links relative to it, not to the feed's own URL
            link_base = _xml_base(child, base_url)
        elif name == "guid":
            guid = text_of(child)
            guid_is_link = (child.get("isPermaLink") or "true").strip().lower() == "true"
        elif name == "title" and not ns.startswith("http://search.yahoo.com"):
            title = text_of(child)
        elif name == "pubDate":
            published = _rfc822(text_of(child))
        elif name == "date" and ns == DC_NS:
            published = published or text_of(child)
        elif name in ("updated", "modified"):
            updated = text_of(child)
        elif name == "category" or (name == "subject" and ns == DC_NS):
            value = text_of(child)
            if value:
                categories.append(value)
    if link is None and guid and guid_is_link and guid.startswith(("http://", "https://", "/")):
        link, link_base = guid, _xml_base(item, base_url)
    if not link:
        return None
    return FeedEntry(
        url=urljoin(link_base, link.strip()),
        title=title,
        published=published,
        updated=updated,
        categories=categories,
    )


def _xml_base(element: object, base_url: str) -> str:
    """`base_url` resolved through the xml:base of `element` and its ancestors, outermost first."""
    for node in [*reversed(list(element.iterancestors())), element]:  # type: ignore[attr-defined]
        value = node.get(XML_BASE)
        if value and value.strip():
            base_url = urljoin(base_url, value.strip())
    return base_url


def _atom_entry(entry: object, base_url: str) -> FeedEntry | None:
    # Atom writers (Movable Type, static-site generators) give links relative to the feed's or the entry's
    # xml:base; resolved against the feed's own URL they name pages that do not exist.
    base_url = _xml_base(entry, base_url)
    link = None
    link_base = base_url
    title = published = updated = None
    categories: list[str] = []
    for child in entry:  # type: ignore[attr-defined]
        name = local_name(child.tag)
        if name == "link":
            rel = (child.get("rel") or "alternate").strip().lower()
            href = child.get("href")
            if href and rel == "alternate" and (link is None or child.get("type") in (None, "text/html")):
                link = href
                own_base = child.get(XML_BASE)
                link_base = urljoin(base_url, own_base.strip()) if own_base else base_url
        elif name == "title":
            title = text_of(child)
        elif name == "published" or (name == "issued" and published is None):
            published = text_of(child)
        elif name == "updated" or (name == "modified" and updated is None):
            updated = text_of(child)
        elif name == "category":
            value = child.get("label") or child.get("term")
            if value:
                categories.append(value.strip())
    if not link:
        return None
    return FeedEntry(
        url=urljoin(link_base, link.strip()),
        title=title,
        published=published,
        updated=updated,
        categories=categories,
    )


def _rfc822(value: str | None) -> str | None:
    """RSS pubDate ("Tue, 14 May 2024 09:30:00 +0000") as ISO 8601; the raw string if unparseable."""
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return value
    if parsed.tzinfo is None:
        # RFC 822 "-0000" means UTC with unknown local zone; treat naive the same way.
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.isoformat()


def feed_links_in_html(html: str | Selector, base_url: str) -> list[str]:
    """Feeds a page advertises with <link rel="alternate" type="application/rss+xml|atom+xml|feed+json">."""
    selector = html if isinstance(html, Selector) else Selector(text=html)
    urls: list[str] = []
    for link in selector.xpath("//link[@href]"):
        rel = (link.attrib.get("rel") or "").lower().split()
        ctype = (link.attrib.get("type") or "").lower().split(";")[0].strip()
        href = link.attrib["href"].strip()
        if ctype == JSON_TYPE and "feed" in urlsplit(href).path.rstrip("/").rsplit("/", 1)[-1].lower():
            ctype = "application/feed+json"
        if "alternate" not in rel or ctype not in FEED_CONTENT_TYPES:
            continue
        url = urljoin(base_url, href)
        if url not in urls:
            urls.append(url)
    return urls
