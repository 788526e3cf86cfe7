"""Listing pagination: rel="next", "Next"/"›"/"Older" links, "Load more" links to the same listing path, and
page-number links of the same listing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from parsel import Selector

from newsarchive.discovery.links import clean_link

_NEXT_WORDS = frozenset(
    {
        "next", "next page", "next »", "next ›", "older", "older posts", "older entries",
        "older articles", "older stories", "more stories", "›", "»", "→", ">",
    }
)  # fmt: skip
#: A "Load more" button-link fetches the listing's next batch (`?offset=12`, `?start=20`, Drupal's zero-based
#: `?page=1`): the next page of the listing whose path it keeps. Only then: "Show more" on a front also
#: names other sections, which are links one hop deeper, not pages of this listing.
_MORE_WORDS = frozenset(
    {
        "load more", "load more stories", "load more articles", "load more news", "show more",
        "show more stories", "show more articles", "more articles", "view more",
    }
)  # fmt: skip
_ARROWS = "›»→>"
_PATH_PAGE = re.compile(r"/page/(\d+)/?$")


@dataclass(frozen=True, kw_only=True)
class PageLink:
    url: str
    page: int | None  #: page number when the URL carries one


def page_number(url: str, *, page_param: str = "page") -> int | None:
    """Page number in `?page=N` or `/page/N/`; 1 for a listing URL without a marker is not assumed."""
    parts = urlsplit(url)
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key == page_param and value.isdigit():
            return int(value)
    match = _PATH_PAGE.search(parts.path)
    return int(match.group(1)) if match else None


def listing_key(url: str, *, page_param: str = "page") -> str:
    """The listing a page belongs to: the URL without its page marker."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != page_param]
    path = _PATH_PAGE.sub("/", parts.path)
    return urlunsplit((parts.scheme, parts.netloc.lower(), path.rstrip("/") or "/", urlencode(query), ""))


def _is_next_text(text: str) -> bool:
    text = " ".join(text.lower().split())
    if text in _NEXT_WORDS:
        return True
    stripped = text.strip(_ARROWS + " ")
    return stripped in _NEXT_WORDS and stripped != text


def _is_more_text(text: str) -> bool:
    return " ".join(text.lower().split()).strip(_ARROWS + " .…") in _MORE_WORDS


def pagination_links(selector: Selector, page_url: str, *, page_param: str = "page") -> list[PageLink]:
    """Further pages of the listing at `page_url`, in document order, each once, excluding itself."""
    key = listing_key(page_url, page_param=page_param)
    current = page_number(page_url, page_param=page_param) or 1
    found: dict[str, PageLink] = {}

    def add(href: str | None, *, explicit: bool, more: bool = False) -> None:
        url = clean_link(href, page_url)
        if url is None or url in found:
            return
        number = page_number(url, page_param=page_param)
        listing = listing_key(url, page_param=page_param)
        same_listing = listing == key
        if url == clean_link(page_url, page_url):
            return
        same_path = more and urlsplit(listing).path == urlsplit(key).path
        if explicit or same_path or (same_listing and number is not None and number != current):
            found[url] = PageLink(url=url, page=number)

    for href in selector.xpath("//link[contains(concat(' ', normalize-space(@rel), ' '), ' next ')]/@href"):
        add(href.get(), explicit=True)
    for anchor in selector.xpath("//a[@href]"):
        rel = (anchor.attrib.get("rel") or "").lower().split()
        text = " ".join(anchor.xpath("normalize-space(string(.))").getall())
        label = anchor.attrib.get("aria-label") or ""
        explicit = "next" in rel or _is_next_text(text) or _is_next_text(label)
        more = _is_more_text(text) or _is_more_text(label)
        add(anchor.attrib.get("href"), explicit=explicit, more=more)
    return list(found.values())


def with_page(url: str, page: int, *, page_param: str = "page") -> str:
    """`url` with `?page_param=page` set (page 1 drops the parameter)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != page_param]
    if page > 1:
        query.append((page_param, str(page)))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


__all__ = ["PageLink", "listing_key", "page_number", "pagination_links", "with_page"]
