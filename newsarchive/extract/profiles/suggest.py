"""Selector suggestions for a new profile: for each field, the shortest selector that picks, on every
given page, exactly the element(s) holding the value generic extraction found. Pure code.

Selectors are built from ids, class tokens, itemprop/rel/role/property and other short attribute values,
alone, joined with one ancestor's ("header .byline a"), or with the parent's (".entry-content > p").
Never positions (nth-child chains) and never tokens with digits (post-123, css-1x2y3): those change from
page to page and on the next deploy. A field without such a selector is left to generic extraction.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from lxml import etree

from newsarchive.dates import normalise_date
from newsarchive.extract import extract_article
from newsarchive.extract.authors import clean_authors
from newsarchive.extract.document import Document
from newsarchive.extract.selectors import select
from newsarchive.extract.text import clean, element_text
from newsarchive.items import Article

#: fields the generator suggests selectors for (figures, captions and credits stay generic)
SUGGESTED: tuple[str, ...] = (
    "headline",
    "standfirst",
    "section",
    "authors",
    "published_at",
    "modified_at",
    "body",
)
# No digits (ids and classes with numbers change per page), no one-letter tokens (hCard's "n", minified CSS)
_TOKEN = re.compile(r"^[A-Za-z_][A-Za-z_-]+$")
_ATTRIBUTES = ("itemprop", "rel", "role", "property", "name", "data-component", "data-testid", "data-role")
_DATE_ATTRIBUTES = ("datetime", "content", "data-timestamp", "title")
_ANCESTOR_LEVELS = 6
_MAX_VALUE = 40


@dataclass(kw_only=True)
class SamplePage:
    url: str
    html: str | bytes
    generic: Article = field(init=False)
    tree: etree._Element = field(init=False)

    def __post_init__(self) -> None:
        self.generic = extract_article(self.html, self.url, generic=True)
        self.tree = Document.from_input(self.html, self.url).tree


@dataclass(kw_only=True)
class Suggestion:
    field: str
    selector: str | None  #: None: no stable selector, left to generic extraction
    why: str = ""


def suggest(pages: list[SamplePage]) -> list[Suggestion]:
    return [_suggest_field(name, pages) for name in SUGGESTED]


def _value(article: Article, name: str) -> object:
    return getattr(article, name)


def _suggest_field(name: str, pages: list[SamplePage]) -> Suggestion:
    values = [_value(p.generic, name) for p in pages]
    if not all(values):
        return Suggestion(field=name, selector=None, why="generic extraction found no value on every page")
    first = pages[0]
    if name in ("published_at", "modified_at"):
        located = [(el, attr) for el, attr in _date_elements(first.tree, str(values[0]))]
        candidates = _ranked(
            c + (f"::attr({attr})" if attr else "") for el, attr in located for c in _single(el)
        )
        reads = _date_reader
    elif name == "authors":
        elements = _author_elements(first.tree, list(values[0]))  # type: ignore[arg-type]
        metas = [m for m in _metas(first.tree) if clean_authors([clean(m.get("content"))]) == values[0]]
        candidates = _ranked([*_multi(elements), *(c + "::attr(content)" for m in metas for c in _single(m))])
        reads = _authors_reader
    elif name == "body":
        elements = _paragraph_elements(first.tree, list(values[0]))  # type: ignore[arg-type]
        candidates = _ranked(_multi(elements, by_parent=True))
        reads = _body_reader
    else:
        value = clean(str(values[0]))
        metas = [m for m in _metas(first.tree) if clean(m.get("content")) == value]
        candidates = _ranked(
            [
                *(c for el in _text_elements(first.tree, value) for c in _single(el)),
                *(c + "::attr(content)" for m in metas for c in _single(m)),
            ]
        )
        reads = _text_reader
    for selector in candidates:
        if all(reads(page.tree, selector) == value for page, value in zip(pages, values, strict=True)):
            return Suggestion(field=name, selector=selector)
    return Suggestion(field=name, selector=None, why="no id/class/attribute selector picks it on every page")


# --- reading a selector as a profile would ---------------------------------------------------------
def _split(selector: str) -> tuple[str, str | None]:
    match = re.search(r"::attr\(([^)]+)\)$", selector)
    return (selector[: match.start()], match.group(1)) if match else (selector, None)


def _read(el: etree._Element, attribute: str | None) -> str:
    return element_text(el) if attribute is None else clean(el.get(attribute))


def _text_reader(tree: etree._Element, selector: str) -> object:
    query, attribute = _split(selector)
    found = select(tree, query)
    return _read(found[0], attribute) if len(found) == 1 else None


def _date_reader(tree: etree._Element, selector: str) -> object:
    query, attribute = _split(selector)
    found = select(tree, query)
    if len(found) != 1:
        return None
    el = found[0]
    # as ProfilePage reads a date: the attribute named, else datetime/content, else the text
    raw = el.get(attribute) if attribute else el.get("datetime") or el.get("content")
    return normalise_date(raw or element_text(el))


def _authors_reader(tree: etree._Element, selector: str) -> object:
    query, attribute = _split(selector)
    return clean_authors([t for t in (_read(el, attribute) for el in select(tree, query)) if t])


def _body_reader(tree: etree._Element, selector: str) -> object:
    return [t for t in (element_text(el) for el in select(tree, selector)) if t]


Reader = Callable[[etree._Element, str], object]


# --- finding the elements behind a value -------------------------------------------------------------
def _content(tree: etree._Element) -> list[etree._Element]:
    body = next(tree.iter("body"), tree)
    return [el for el in body.iter() if isinstance(el.tag, str) and el.tag not in ("script", "style")]


def _innermost(found: list[etree._Element]) -> list[etree._Element]:
    chosen = set(found)
    return [el for el in found if not any(d in chosen for d in el.iterdescendants())]


def _text_elements(tree: etree._Element, value: str) -> list[etree._Element]:
    value = clean(value)
    return _innermost([el for el in _content(tree) if element_text(el) == value])


def _metas(tree: etree._Element) -> list[etree._Element]:
    """<meta> elements with a content: `meta[property='article:published_time']::attr(content)` is as
    stable a selector as any in the body."""
    return [m for m in tree.iter("meta") if m.get("content") and (m.get("property") or m.get("name"))]


def _date_elements(tree: etree._Element, value: str) -> Iterable[tuple[etree._Element, str | None]]:
    for el in [*_metas(tree), *_content(tree)]:
        for attribute in _DATE_ATTRIBUTES:
            raw = el.get(attribute)
            if raw and normalise_date(raw) == value:
                yield el, attribute
    for el in _content(tree):
        if len(el) == 0 and el.text and len(el.text) < 60 and normalise_date(el.text) == value:
            yield el, None


def _author_elements(tree: etree._Element, authors: list[str]) -> list[etree._Element]:
    out = []
    for name in authors:
        found = _text_elements(tree, name)
        if found:
            out.append(found[0])
    if len(out) == len(authors):
        return out
    # one element holding the whole byline ("By A and B")
    return [el for el in _content(tree) if clean_authors([element_text(el)]) == authors][-1:]


def _paragraph_elements(tree: etree._Element, paragraphs: list[str]) -> list[etree._Element]:
    wanted = set(paragraphs)
    return _innermost([el for el in _content(tree) if el.tag in _BLOCKS and element_text(el) in wanted])


_BLOCKS = frozenset({"p", "h2", "h3", "h4", "li", "blockquote", "div", "span"})


# --- candidate selectors ---------------------------------------------------------------------------
def _parts(el: etree._Element, *, tag_alone: bool = True) -> list[str]:
    """Simple selectors of one element, without positions."""
    tag = el.tag if isinstance(el.tag, str) else "*"
    out = []
    ident = el.get("id") or ""
    if _TOKEN.match(ident):
        out.append(f"#{ident}")
    tokens = [t for t in (el.get("class") or "").split() if _TOKEN.match(t)]
    for token in tokens:
        out += [f".{token}", f"{tag}.{token}"]
    for i, a in enumerate(tokens):
        for b in tokens[i + 1 :]:
            out.append(f".{a}.{b}")
    for attribute in _ATTRIBUTES:
        value = el.get(attribute)
        if value and len(value) <= _MAX_VALUE and "'" not in value and not re.search(r"\d{2,}", value):
            out += [f"[{attribute}='{value}']", f"{tag}[{attribute}='{value}']"]
    if tag_alone:
        out.append(tag)
    return out


def _ancestors(el: etree._Element) -> list[etree._Element]:
    return [a for a in list(el.iterancestors())[:_ANCESTOR_LEVELS] if a.tag not in ("html", "body")]


def _single(el: etree._Element) -> list[str]:
    own = _parts(el)
    out = list(own)
    parent = el.getparent()
    for ancestor in _ancestors(el):
        for a in _parts(ancestor, tag_alone=ancestor.tag in ("article", "main", "header")):
            out += [f"{a} {p}" for p in own]
            if ancestor is parent:
                out += [f"{a} > {p}" for p in own]
    return out


def _multi(elements: list[etree._Element], *, by_parent: bool = False) -> list[str]:
    if not elements:
        return []
    tags = sorted({el.tag for el in elements if isinstance(el.tag, str)})
    shared = set(_parts(elements[0], tag_alone=False))
    for el in elements[1:]:
        shared &= set(_parts(el, tag_alone=False))
    out = list(shared)
    parents = [el.getparent() for el in elements if el.getparent() is not None]
    if not parents:
        return out
    parent = max(set(parents), key=parents.count)
    scopes = [(parent, True)] + [(a, False) for a in _ancestors(parent)]
    for scope, direct in scopes:
        groups = ([tags] if by_parent else []) + [[s] for s in shared]
        for a in _parts(scope, tag_alone=scope.tag in ("article", "main")):
            for items in groups:
                out.append(", ".join(f"{a} {t}" for t in items))
                if direct:
                    out.append(", ".join(f"{a} > {t}" for t in items))
    return out


def _ranked(candidates: Iterable[str]) -> list[str]:
    return sorted(set(candidates), key=lambda s: (len(s), s))


# --- the rest of a profile -------------------------------------------------------------------------
def article_path(urls: list[str]) -> str:
    """A regular expression for the URL paths of these articles: digits by their count, shared
    segments literally, the rest (slugs) as one segment each."""
    paths = [urlsplit(u).path or "/" for u in urls]
    split = [p.strip("/").split("/") for p in paths]
    if len({len(s) for s in split}) != 1 or len(paths) < 2:
        return r"^/.+"
    out = []
    for segments in zip(*split, strict=True):
        if len(set(segments)) == 1 and not segments[0].isdigit():
            out.append(re.escape(segments[0]))
        elif all(s.isdigit() for s in segments) and len({len(s) for s in segments}) == 1:
            out.append(rf"\d{{{len(segments[0])}}}")
        else:
            out.append("[^/]+")
    slash = "/" if all(p.endswith("/") for p in paths) else "/?"
    return "^/" + "/".join(out) + slash + "$"


def feeds(pages: list[SamplePage]) -> list[str]:
    found: list[str] = []
    for page in pages:
        for link in page.tree.iter("link"):
            kind = (link.get("type") or "").lower()
            if "alternate" in (link.get("rel") or "").lower().split() and ("rss" in kind or "atom" in kind):
                path = urlsplit(link.get("href") or "").path
                if path and path not in found:
                    found.append(path)
    return found
