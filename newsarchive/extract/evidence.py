"""Paywall and sponsored-content evidence: what the page declares or shows, recorded as markers.

Markers are strings "<kind>:<what>" so pipelines and reports can count them:
  paywall   "schema:isAccessibleForFree=false", "markup:.paywall" (a hasPart selector found in the page),
            "markup:regwall", "markup:meter", "markup:paywall", "meta:content_tier=locked"
  sponsored "schema:AdvertiserContentArticle", "label:Sponsored", "label:Paid post", "label:Partner content",
            "label:Advertorial", "url:/sponsored-content", "markup:sponsored"
Hidden markup does not count: every asia.nikkei.com page carries a hidden meter and offer modals, free or not.
Sponsored labels count only next to the headline or in the byline, so a "Sponsored Content" module elsewhere
on a normal article is not evidence.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from cssselect import HTMLTranslator
from lxml import etree

from newsarchive.extract.jsonld import JsonLd, as_bool, types_of
from newsarchive.extract.metadata import Meta
from newsarchive.extract.selectors import select
from newsarchive.extract.text import element_text

PAYWALL_MARKUP: tuple[tuple[str, str], ...] = (
    ("markup:regwall", "[class*='regwall'], [id*='regwall'], [class*='registration-wall']"),
    ("markup:meter", "[class~='meter'], [class*='paywall-meter'], [class*='meter__'], [id$='-meter']"),
    ("markup:paywall", "[class*='paywall'], [id*='paywall'], [data-paywall]"),
    (
        "markup:subscriber-only",
        "[class*='subscriber-only'], [class*='premium-content'], [class*='locked-content']",
    ),
)


def _predicate(css: str) -> str:
    # "descendant-or-self::*[P] | descendant-or-self::*[Q]" -> "(P) or (Q)"
    xpath = HTMLTranslator().css_to_xpath(css)
    return " or ".join(f"({part.split('::*[', 1)[1][:-1]})" for part in xpath.split(" | "))


# All paywall markup in one pass over the tree, then each match sorted to its marker.
_PAYWALL_ANY = etree.XPath("//*[" + " or ".join(f"({_predicate(css)})" for _, css in PAYWALL_MARKUP) + "]")
_PAYWALL_KIND = tuple((marker, etree.XPath(f"self::*[{_predicate(css)}]")) for marker, css in PAYWALL_MARKUP)

SPONSORED_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("label:Sponsored", re.compile(r"^sponsored\b", re.I)),
    ("label:Paid post", re.compile(r"^paid (?:post|content|partnership|for by)\b", re.I)),
    (
        "label:Partner content",
        re.compile(r"^(?:in )?partner(?:ship)? (?:content|with)\b|^partner content", re.I),
    ),
    ("label:Advertorial", re.compile(r"^(?:advertorial|advertisement feature|advertiser content)\b", re.I)),
    ("label:Promoted", re.compile(r"^promoted(?: by| content)?\b", re.I)),
    ("label:Presented by", re.compile(r"^(?:presented|brought to you) by\b", re.I)),
)
SPONSORED_URL = re.compile(
    r"^(?:sponsored(?:-content|-stories)?|paid-posts?|partner-content|partner|advertorials?|brandvoice|"
    r"brand-studio|branded-content|promoted)$",
    re.I,
)
SPONSORED_CLASS = re.compile(
    r"(?:^|[-_ ])(?:sponsored|advertorial|paid-post|partner-content)(?:$|[-_ ])", re.I
)
BYLINE_SELECTOR = "[class*='byline'], [rel='author'], [class*='author'], [class*='sponsor']"


def is_hidden(el: etree._Element) -> bool:
    for node in (el, *el.iterancestors()):
        if node.get("hidden") is not None or node.get("aria-hidden") == "true":
            return True
        style = (node.get("style") or "").replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style:
            return True
    return False


def paywall_selectors(jsonld: JsonLd) -> list[str]:
    out: list[str] = []
    parts: Any = jsonld.get("hasPart")
    for part in parts if isinstance(parts, list) else [parts]:
        if isinstance(part, dict) and as_bool(part.get("isAccessibleForFree")) is False:
            selector = part.get("cssSelector")
            if isinstance(selector, str) and selector.strip() and selector.strip() not in out:
                out.append(selector.strip())
    return out


def paywall_markers(
    tree: etree._Element, jsonld: JsonLd, meta: Meta, selectors: list[str], free: bool | None
) -> list[str]:
    markers: list[str] = []
    if free is False:
        markers.append("schema:isAccessibleForFree=false")
    for selector in selectors:
        try:
            if any(not is_hidden(el) for el in select(tree, selector)):
                markers.append(f"markup:{selector}")
        except ValueError:
            continue
    found: set[str] = set()
    for el in _PAYWALL_ANY(tree):
        kinds = [marker for marker, xpath in _PAYWALL_KIND if marker not in found and xpath(el)]
        if kinds and not is_hidden(el):
            found.update(kinds)
    markers.extend(marker for marker, _ in PAYWALL_MARKUP if marker in found and marker not in markers)
    tier = meta.first("article:content_tier")
    if tier and tier.lower() in ("locked", "metered"):
        markers.append(f"meta:content_tier={tier.lower()}")
    return markers


def sponsored_markers(
    tree: etree._Element,
    url: str,
    jsonld: JsonLd,
    headline_el: etree._Element | None,
    headline: str | None,
) -> list[str]:
    markers: list[str] = []
    if any("AdvertiserContentArticle" in types_of(n) for n in jsonld.nodes):
        markers.append("schema:AdvertiserContentArticle")
    for el in _label_candidates(tree, headline_el):
        if is_hidden(el):
            continue
        text = element_text(el)
        if not text or len(text) > 120 or (headline and text == headline):
            continue
        for marker, pattern in SPONSORED_LABELS:
            if pattern.search(text) and marker not in markers:
                markers.append(marker)
    for segment in urlsplit(url).path.split("/"):
        if segment and SPONSORED_URL.match(segment):
            marker = f"url:/{segment.lower()}"
            if marker not in markers:
                markers.append(marker)
    own = _nearest_article(headline_el) if headline_el is not None else None
    for el in (tree.find(".//body"), own):
        if el is not None and SPONSORED_CLASS.search(el.get("class") or ""):
            markers.append("markup:sponsored")
            break
    return markers


def _label_candidates(tree: etree._Element, headline_el: etree._Element | None) -> list[etree._Element]:
    """Short elements around the headline (up to two levels up, while that stays small) and bylines."""
    out: list[etree._Element] = []
    if headline_el is not None:
        region = headline_el
        for _ in range(2):
            parent = region.getparent()
            if parent is None or len(element_text(parent)) > 1500:
                break
            region = parent
        own = _nearest_article(headline_el)
        # Teaser cards of other stories (a front's sponsored card) are not labels of this page.
        out.extend(
            el
            for el in region.iter()
            if isinstance(el.tag, str) and _nearest_article(el) is own and not _in_module(el, region)
        )
        scope = _article_scope(headline_el)
        if scope is not None:
            out.extend(
                el
                for el in select(scope, BYLINE_SELECTOR)
                if _nearest_article(el) is own and not _in_module(el, scope)
            )
    return out


def _in_module(el: etree._Element, region: etree._Element) -> bool:
    """Inside an <aside>/<nav>/<footer> module (a "Sponsored Content" box), below the headline region."""
    for anc in (el, *el.iterancestors()):
        if anc is region:
            return False
        if anc.tag in ("aside", "nav", "footer"):
            return True
    return False


def _nearest_article(el: etree._Element) -> etree._Element | None:
    if el.tag == "article":
        return el
    return next(el.iterancestors("article"), None)


def _article_scope(headline_el: etree._Element) -> etree._Element | None:
    for anc in headline_el.iterancestors():
        if anc.tag in ("article", "main"):
            return anc
    return None
