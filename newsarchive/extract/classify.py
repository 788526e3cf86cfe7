"""Page kinds: article, listing (section front), tag, author, video, gallery, search, static."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import parse_qs, urlsplit

from lxml import etree

from newsarchive.extract.jsonld import ARTICLE_TYPES

URL_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("video", re.compile(r"/(?:videos?|watch|tv)(?:/|$)", re.I)),
    ("gallery", re.compile(r"/(?:galler(?:y|ies)|photos?|slideshows?|in-pictures|pictures)(?:/|$)", re.I)),
    ("search", re.compile(r"/(?:search|find)(?:/|$)", re.I)),
    ("author", re.compile(r"/(?:authors?|people|by|contributors?|journalists?|profile)/[^/]+/?$", re.I)),
    ("tag", re.compile(r"/(?:tags?|topics?|keywords?|subjects?)/[^/]+/?$", re.I)),
    (
        "static",
        re.compile(
            r"/(?:about(?:-us)?|contact(?:-us)?|terms(?:-of-(?:use|service))?|privacy(?:-policy)?|help|faq|"
            r"cookies?(?:-policy)?|subscribe|login|register|careers|advertise|sitemap)(?:\.html?)?/?$",
            re.I,
        ),
    ),
)
SCHEMA_RULES: tuple[tuple[str, frozenset[str]], ...] = (
    ("search", frozenset({"SearchResultsPage"})),
    ("author", frozenset({"ProfilePage"})),
    ("gallery", frozenset({"ImageGallery", "MediaGallery"})),
    ("listing", frozenset({"CollectionPage", "ItemList"})),
    ("static", frozenset({"AboutPage", "ContactPage", "FAQPage"})),
)
SEARCH_PARAMS = ("q", "query", "search", "s", "keyword")


def classify_page(
    tree: etree._Element | None,
    url: str,
    *,
    og_type: str | None = None,
    schema_types: Iterable[str] = (),
    main_types: Iterable[str] = (),
    url_says_article: bool | None = None,
) -> str:
    """One of items.PAGE_TYPES.

    `schema_types` are all JSON-LD @types on the page, `main_types` those of the main article entity (if
    any). `url_says_article` is a site profile's verdict on the URL shape (None without a profile).
    """
    types = set(schema_types)
    has_article_entity = bool(ARTICLE_TYPES.intersection(main_types) or ARTICLE_TYPES.intersection(types))
    og = (og_type or "").lower()
    parts = urlsplit(url)
    path = parts.path or "/"
    stats = _stats(tree)

    if og.startswith("video") or ("VideoObject" in types and not has_article_entity):
        return "video"
    url_kind = next((kind for kind, rx in URL_RULES if rx.search(path)), None)
    if url_kind == "search" or "SearchResultsPage" in types:
        return "search"
    if any(k in parse_qs(parts.query) for k in SEARCH_PARAMS) and not has_article_entity:
        return "search"
    if url_kind == "video" and not has_article_entity:
        return "video"
    article_signal = has_article_entity or og == "article" or url_says_article is True
    many_teasers = (
        stats["teasers"] >= 4
        or (stats["teasers"] >= 2 and stats["long_paragraph_words"] < 150)
        or (stats["link_density"] > 0.55 and stats["long_paragraph_words"] < 120)
    )
    if article_signal and not (many_teasers and not has_article_entity and url_says_article is not True):
        if url_kind in ("tag", "author") and not has_article_entity:
            return url_kind
        return "article"
    # A tag or author URL is more specific than the CollectionPage such pages usually declare.
    if url_kind in ("gallery", "author", "tag"):
        return url_kind
    for kind, names in SCHEMA_RULES:
        if names & types:
            return kind
    if url_kind == "static":
        return url_kind
    lone_card = stats["teasers"] >= 1 and stats["long_paragraph_words"] < 150
    if path.strip("/") == "" or (lone_card and (url_says_article is False or og == "website")):
        return "listing"
    if many_teasers:
        return "listing"
    if stats["long_paragraph_words"] >= 150 and stats["link_density"] < 0.3 and stats["h1"]:
        return "article"
    if stats["words"] > 0:
        return "static"
    return "unknown"


def _stats(tree: etree._Element | None) -> dict[str, float]:
    """Cheap counts over the body: <article> blocks, link density, words in long paragraphs."""
    out = {"teasers": 0.0, "link_density": 0.0, "long_paragraph_words": 0.0, "words": 0.0, "h1": 0.0}
    if tree is None:
        return out
    body = tree.find(".//body")
    if body is None:
        return out
    # Teasers: <article> cards with a link, or headings that are links (fronts without <article>).
    cards = sum(1 for a in body.iter("article") if a.find(".//a[@href]") is not None)
    linked_headings = sum(
        1
        for h in body.iter("h2", "h3", "h4")
        if h.find(".//a[@href]") is not None or h.getparent().tag == "a"
    )
    out["teasers"] = float(max(cards, linked_headings))
    out["h1"] = float(sum(1 for _ in body.iter("h1")))
    total = link = 0
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript", "template"):
            continue
        n = len((el.text or "").split())
        total += n
        if el.tag == "a" or any(a.tag == "a" for a in el.iterancestors()):
            link += n
        tail = len((el.tail or "").split())
        total += tail
        parent = el.getparent()
        if parent is not None and (parent.tag == "a" or any(a.tag == "a" for a in parent.iterancestors())):
            link += tail
    out["words"] = float(total)
    out["link_density"] = link / total if total else 0.0
    long_words = 0
    for p in body.iter("p"):
        words = len(" ".join(p.itertext()).split())
        if words >= 20:
            long_words += words
    out["long_paragraph_words"] = float(long_words)
    return out
