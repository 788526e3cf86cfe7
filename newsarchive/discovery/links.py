"""Which links a crawl follows: same site only, no mailto/javascript/fragments/static assets."""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

from parsel import Selector
from w3lib.url import safe_url_string

STATIC_EXTENSIONS = frozenset(
    {
        # images
        "jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "ico", "bmp", "tif", "tiff", "heic",
        # styles, scripts, fonts
        "css", "js", "mjs", "map", "woff", "woff2", "ttf", "otf", "eot",
        # media
        "mp3", "mp4", "m4a", "m4v", "mov", "avi", "wmv", "webm", "ogg", "ogv", "wav", "flac", "m3u8",
        # documents and archives
        "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "csv", "zip", "gz", "tgz", "rar",
        "7z", "exe", "dmg", "apk", "iso", "json",
    }
)  # fmt: skip

_SKIP_SCHEMES = ("mailto:", "javascript:", "tel:", "sms:", "data:", "ftp:", "file:", "whatsapp:", "about:")


def is_static_asset(url: str) -> bool:
    path = urlsplit(url).path
    ext = posixpath.splitext(path)[1].lower().lstrip(".")
    return ext in STATIC_EXTENSIONS


def clean_link(href: str | None, base_url: str) -> str | None:
    """Absolute http(s) URL without fragment, or None for links a crawler never follows."""
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith("#") or href.lower().startswith(_SKIP_SCHEMES):
        return None
    url = urljoin(base_url, href)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    url = urlunsplit((parts.scheme, parts.netloc.lower(), parts.path or "/", parts.query, ""))
    if is_static_asset(url):
        return None
    return safe_url_string(url)


def _www_variants(netloc: str) -> set[str]:
    netloc = netloc.lower()
    if netloc.startswith("www."):
        return {netloc, netloc[4:]}
    return {netloc, "www." + netloc}


@dataclass(frozen=True, kw_only=True)
class SiteScope:
    """The hosts a crawl may visit: the start host and its www / non-www twin (port included).

    Subdomains are not included on purpose: `shop.` / `jobs.` / `events.` subdomains of a publisher
    are rarely news, and a registrable-domain scope would need the public-suffix list.
    """

    netlocs: frozenset[str]

    @classmethod
    def for_url(cls, url: str, *extra_hosts: str) -> SiteScope:
        netlocs: set[str] = set()
        for item in (urlsplit(url).netloc, *extra_hosts):
            if item:
                netlocs |= _www_variants(item)
        return cls(netlocs=frozenset(netlocs))

    def contains(self, url: str) -> bool:
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and parts.netloc.lower() in self.netlocs


@dataclass(frozen=True, kw_only=True)
class Link:
    url: str
    text: str
    rel: tuple[str, ...] = ()


def page_links(selector: Selector, base_url: str) -> Iterator[Link]:
    """Followable <a href> links of a page, in document order, each URL once.

    `<base href>` is honoured, as browsers do.
    """
    base_href = selector.xpath("//head/base/@href").get()
    if base_href:
        base_url = urljoin(base_url, base_href.strip())
    seen: set[str] = set()
    for anchor in selector.xpath("//a[@href]"):
        url = clean_link(anchor.attrib.get("href"), base_url)
        if url is None or url in seen:
            continue
        seen.add(url)
        text = " ".join(" ".join(anchor.xpath(".//text()").getall()).split())
        if not text:
            text = (anchor.attrib.get("aria-label") or anchor.attrib.get("title") or "").strip()
        rel = tuple((anchor.attrib.get("rel") or "").lower().split())
        yield Link(url=url, text=text, rel=rel)
