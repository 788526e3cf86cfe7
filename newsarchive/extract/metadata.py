"""<meta> tags (OpenGraph, Twitter cards, article:*, name=), canonical link, language and microdata."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from newsarchive.extract.text import clean, element_text

ARTICLE_ITEMTYPES = (
    "Article",
    "NewsArticle",
    "BlogPosting",
    "ReportageNewsArticle",
    "AdvertiserContentArticle",
)


@dataclass(kw_only=True)
class Meta:
    """Meta values by lower-cased key (property=, name= or itemprop= on <meta>), in document order."""

    values: dict[str, list[str]] = field(default_factory=dict)
    canonical: str | None = None
    lang: str | None = None
    # the titles of the page's RSS/Atom feed links, in document order ("Site » Feed", "Site » Comments Feed")
    feed_titles: list[str] = field(default_factory=list)

    def first(self, *keys: str) -> str | None:
        for key in keys:
            for value in self.values.get(key, ()):
                if value:
                    return value
        return None

    def all(self, key: str) -> list[str]:
        return [v for v in self.values.get(key, ()) if v]


def read_meta(tree: etree._Element) -> Meta:
    meta = Meta()
    values = meta.values
    # one walk for both tags (each tag's elements still come in document order)
    for el in tree.iter("meta", "link"):
        if el.tag == "meta":
            content = el.get("content")
            if content is None:
                continue  # (<meta charset>): no value, whatever its key
            prop = el.get("property")
            key = prop or el.get("name") or el.get("itemprop") or el.get("http-equiv")
            if not key:
                continue
            value = clean(content)
            # RDFa's property is a list of terms: <meta property="dc:creator twitter:site_name" content=...>
            # gives each of them the value
            for term in key.lower().split() if prop and " " in prop.strip() else (key.strip().lower(),):
                values.setdefault(term, []).append(value)
        else:
            rel = (el.get("rel") or "").lower().split()
            if "canonical" in rel and el.get("href") and meta.canonical is None:
                meta.canonical = el.get("href", "").strip()
            elif "alternate" in rel and el.get("title") and "xml" in (el.get("type") or ""):
                meta.feed_titles.append(clean(el.get("title")))
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    meta.lang = clean(lang) or None
    return meta


@dataclass(kw_only=True)
class Microdata:
    """The first schema.org article item in microdata, read without extruct (one pass over the tree)."""

    types: list[str] = field(default_factory=list)
    props: dict[str, list[Any]] = field(default_factory=dict)

    def first(self, key: str) -> Any:
        values = self.props.get(key)
        return values[0] if values else None


_ITEMS = etree.XPath("//*[@itemscope][@itemtype]")
_PROPS = etree.XPath("descendant::*[@itemprop]")


def read_microdata(tree: etree._Element) -> Microdata:
    data = Microdata()
    for scope in _ITEMS(tree):
        itemtypes = [t.rsplit("/", 1)[-1] for t in (scope.get("itemtype") or "").split()]
        if not any(t in ARTICLE_ITEMTYPES for t in itemtypes):
            continue
        data.types = itemtypes
        for el in _PROPS(scope):
            # Properties of nested items (the author Person, the publisher) belong to those items,
            # except their name, which we take as the value of the outer property.
            owner = el.getparent()
            while owner is not None and owner is not scope and owner.get("itemscope") is None:
                owner = owner.getparent()
            if owner is not scope:
                continue
            for prop in (el.get("itemprop") or "").split():
                data.props.setdefault(prop, []).append(_item_value(el))
        break
    return data


def _item_value(el: etree._Element) -> Any:
    if el.get("itemscope") is not None:
        name = el.find(".//*[@itemprop='name']")
        if name is not None:
            return _item_value(name)
        return element_text(el)
    for attr in ("content", "datetime"):
        if el.get(attr):
            return clean(el.get(attr))
    if el.tag in ("img", "audio", "video", "source"):
        return el.get("src")
    if el.tag in ("a", "link"):
        return el.get("href")
    if el.tag == "meta":
        return clean(el.get("content"))
    return element_text(el)
