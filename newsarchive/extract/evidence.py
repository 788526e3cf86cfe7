"""Paywall and sponsored-content evidence: what the page declares or shows, recorded as markers.

The matching code; the rule data (markup, labels, URL paths, classes, disclosures) is in evidence_rules.py.
Markers are strings "<kind>:<what>" so pipelines and reports can count them:
  paywall   "schema:isAccessibleForFree=false", "meta:content_tier=metered|locked", "markup:.paywall" (a
            hasPart selector found in the page), "markup:regwall|paywall|subscriber-only" (paywall markup
            around the article body), "widget:<kind>" (a meter or offer widget of the page template
            elsewhere: recorded, never counted)
  sponsored "schema:AdvertiserContentArticle", "label:Sponsored", "label:Paid post", "label:Partner content",
            "label:Advertorial", "url:/sponsored-content", "markup:sponsored", "body:disclosure"
Hidden markup does not count: every asia.nikkei.com page carries a hidden meter and offer modals, free or not.
Sponsored labels count only next to the headline or in the byline, so a "Sponsored Content" module elsewhere
on a normal article is not evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from newsarchive.extract.evidence_rules import (
    BYLINE_SELECTOR,
    DISCLOSURE_MAX_LENGTH,
    LABEL_WORDS,
    LOCKED_TIERS,
    MAX_LABEL_LENGTH,
    MODULES,
    PAYWALL_MARKUP,
    PAYWALL_NEEDLES,
    SPONSORED_CLASS,
    SPONSORED_DISCLOSURES,
    SPONSORED_LABELS,
    SPONSORED_URL,
    TEMPLATE_ONLY_MARKUP,
)
from newsarchive.extract.jsonld import JsonLd, as_bool, types_of
from newsarchive.extract.metadata import Meta
from newsarchive.extract.selectors import VALUE_SEPARATOR, ClassIndex, holders, select
from newsarchive.extract.text import element_text

# The rule data is re-exported: callers and tests import it from here.
__all__ = [
    "BYLINE_SELECTOR",
    "PAYWALL_MARKUP",
    "SPONSORED_CLASS",
    "SPONSORED_DISCLOSURES",
    "SPONSORED_LABELS",
    "SPONSORED_URL",
    "declared_paragraphs",
    "declared_text_in_page",
    "disclosure_markers",
    "free_paragraphs_before",
    "is_hidden",
    "paywall_markers",
    "paywall_selectors",
    "place_paywall_markup",
    "sponsored_markers",
]
# (the names earlier callers imported from here)
_PAYWALL_NEEDLES = PAYWALL_NEEDLES
_LABEL_WORDS = LABEL_WORDS


# All paywall markup in one pass over the tree, then each match sorted to its marker.
_PAYWALL_RX = re.compile(
    "regwall|registration-wall|meter|paywall|subscriber-only|premium-content|locked-content"
)


def _paywall_kind(
    classes: tuple[str, ...],
    ids: tuple[str, ...],
    *,
    token: str = "",
    id_suffix: str = "",
    attribute: str = "",
) -> Callable[[etree._Element], bool]:
    """PAYWALL_MARKUP's test for one marker, on an element the union XPath matched (no XPath call)."""

    def test(el: etree._Element) -> bool:
        cls = el.get("class") or ""
        ident = el.get("id") or ""
        return (
            any(c in cls for c in classes)
            or any(i in ident for i in ids)
            or bool(token and token in cls.split())
            or bool(id_suffix and ident.endswith(id_suffix))
            or bool(attribute and el.get(attribute) is not None)
        )

    return test


def _paywall_candidates(
    tree: etree._Element, needles: tuple[str, ...], data_attribute: bool = True
) -> list[etree._Element]:
    """Elements whose class or id holds one of these needles, or with data-paywall (unless
    `data_attribute` is off: the source has no such attribute): one XPath pass with only the needles
    the page's attributes hold (usually one or none)."""
    if not needles and not data_attribute:
        return []
    return _candidates_xpath(needles, data_attribute)(tree)  # type: ignore[no-any-return]


# Every class and id value of the page (and data-paywall's, when the source has one), in document order,
# as smart strings: each knows its element (getparent) and its attribute (attrname).
_CLASS_AND_ID = etree.XPath("//*/@class | //*/@id")
_CLASS_ID_AND_DATA_PAYWALL = etree.XPath("//*/@class | //*/@id | //*/@data-paywall")


def _paywall_candidates_of(
    tree: etree._Element, attributes: str | None, html: str | None
) -> list[etree._Element]:
    """_paywall_candidates with the needles the page's class/id values hold.

    Given the page's attribute index (Document.attribute_text), it gates the needles. Without one (a
    profile page builds none), a single pass reads the class and id values with their elements: the
    needles are gated on their text and the elements holding one are found by string search, where
    the index and then the candidates' XPath took two passes (~40% more)."""
    data_attribute = html is None or "data-paywall" in html
    if attributes is not None:
        present = tuple(n for n in PAYWALL_NEEDLES if n in attributes)
        return _paywall_candidates(tree, present, data_attribute)
    values = (_CLASS_ID_AND_DATA_PAYWALL if data_attribute else _CLASS_AND_ID)(tree)
    return _owners_of_needles(values, PAYWALL_NEEDLES, data_attribute)


def _owners_of_needles(
    values: list[Any], needles: tuple[str, ...], data_attribute: bool
) -> list[etree._Element]:
    """The elements of these attribute values (smart strings, in document order) whose value holds a
    needle, or (`data_attribute`) that carry data-paywall, in document order, once each: what
    _candidates_xpath returns for the needles the values hold. (A data-paywall value holding a
    needle adds no element: its own is a candidate anyway.)"""
    joined = VALUE_SEPARATOR.join(values)
    hits: set[int] = set()
    if data_attribute:
        hits.update(index for index, value in enumerate(values) if value.attrname == "data-paywall")
    for needle in needles:
        if needle in joined:  # (most are not: no generator for them)
            hits.update(holders(joined, needle))
    owners: list[etree._Element] = []
    seen: set[etree._Element] = set()
    for index in sorted(hits):
        owner = values[index].getparent()
        if owner not in seen:
            seen.add(owner)
            owners.append(owner)
    return owners


@lru_cache(maxsize=32)
def _candidates_xpath(needles: tuple[str, ...], data_attribute: bool) -> etree.XPath:
    # Tested on the attribute nodes, then their owner: libxml2 converts only attributes that exist
    # (a predicate on every element was 2-4x slower). A union comes back in document order.
    parts = ["//*/@data-paywall/.."] if data_attribute else []
    if needles:
        test = " or ".join(f"contains(., '{n}')" for n in needles)
        parts = [f"//*/@class[{test}]/..", f"//*/@id[{test}]/..", *parts]
    return etree.XPath(" | ".join(parts))


# Same selectors as PAYWALL_MARKUP (a test in tests/test_extract_evidence.py keeps them in step).
_PAYWALL_KIND: tuple[tuple[str, Callable[[etree._Element], bool]], ...] = (
    ("markup:regwall", _paywall_kind(("regwall", "registration-wall"), ("regwall",))),
    ("markup:meter", _paywall_kind(("paywall-meter", "meter__"), (), token="meter", id_suffix="-meter")),
    ("markup:paywall", _paywall_kind(("paywall",), ("paywall",), attribute="data-paywall")),
    ("markup:subscriber-only", _paywall_kind(("subscriber-only", "premium-content", "locked-content"), ())),
)


def is_hidden(el: etree._Element) -> bool:
    return any(_hidden_here(node) for node in (el, *el.iterancestors()))


def _hidden_here(node: etree._Element) -> bool:
    """The element itself (not an ancestor) is hidden."""
    attrib = node.attrib
    if attrib.get("hidden") is not None or attrib.get("aria-hidden") == "true":
        return True
    style = attrib.get("style")
    if not style:
        return False
    style = style.replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


class _HiddenCache:
    """is_hidden() with the verdict of every element asked about, and of its ancestors, kept."""

    def __init__(self) -> None:
        self.known: dict[etree._Element, bool] = {}

    def __call__(self, el: etree._Element) -> bool:
        chain: list[etree._Element] = []
        node: etree._Element | None = el
        verdict = False
        while node is not None:
            cached = self.known.get(node)
            if cached is not None:
                verdict = cached
                break
            chain.append(node)
            if _hidden_here(node):
                verdict = True
                break
            node = node.getparent()
        # hidden(x) = hidden_here(x) or hidden(parent): the whole chain shares the verdict at its top
        for node in chain:
            self.known[node] = verdict
        return verdict


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
    tree: etree._Element,
    jsonld: JsonLd,
    meta: Meta,
    selectors: list[str],
    free: bool | None,
    *,
    attributes: str | None = None,
    html: str | None = None,
    elements: dict[str, list[etree._Element]] | None = None,
) -> list[str]:
    """Paywall evidence. `attributes` (Document.attribute_text when already built, else None: the
    pass then reads the class and id values itself) and `html` (the source) narrow the markup pass
    to the needles the page holds, and skip it on the many pages whose attributes name no paywall
    widget at all. `elements`, when given, receives the visible elements of each PAYWALL_MARKUP
    marker (for place_paywall_markup, once the body is known)."""
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
    hidden = _HiddenCache()
    for el in _paywall_candidates_of(tree, attributes, html):
        # (a candidate inside a hidden widget is answered from its ancestor's verdict)
        if hidden(el):
            continue
        if elements is not None:
            for marker, test in _PAYWALL_KIND:
                if test(el):
                    found.add(marker)
                    elements.setdefault(marker, []).append(el)
            continue
        found.update(marker for marker, test in _PAYWALL_KIND if marker not in found and test(el))
        if len(found) == len(_PAYWALL_KIND):
            break
    markers.extend(marker for marker, _ in PAYWALL_MARKUP if marker in found and marker not in markers)
    tier = (meta.first("article:content_tier") or "").strip().lower()
    if tier in ("locked", "metered"):
        markers.append(f"meta:content_tier={tier}")
    elif tier in LOCKED_TIERS:
        markers.append("meta:content_tier=locked")
    return markers


_BODY_KEY_LENGTH = 40
_P = etree.XPath("//body//p")


def place_paywall_markup(
    markers: list[str],
    elements: dict[str, list[etree._Element]],
    tree: etree._Element,
    body: list[str],
) -> list[str]:
    """`markers` with each PAYWALL_MARKUP marker kept as "markup:<kind>" only when one of its elements
    is around the article body (wraps it, or sits in the block that holds it), else renamed
    "widget:<kind>": a meter or subscription offer of the page template says nothing about this
    article. Declarations (schema, meta, hasPart selectors) are kept as they are."""
    container = _body_container(tree, body)
    out: list[str] = []
    for marker in markers:
        found = elements.get(marker)
        if found is None:
            out.append(marker)
            continue
        around = container is not None and marker not in TEMPLATE_ONLY_MARKUP
        if around and any(_around(el, container) for el in found):
            out.append(marker)
        else:
            out.append("widget:" + marker.split(":", 1)[1])
    return out


def _body_container(tree: etree._Element, body: list[str]) -> etree._Element | None:
    """The innermost element holding every <p> of the page that is a body paragraph."""
    wanted = {" ".join(p.split())[:80] for p in body if len(p) > _BODY_KEY_LENGTH}
    if not wanted:
        return None
    found = [
        p
        for p in _P(tree)
        if len(text := p.text_content()) > _BODY_KEY_LENGTH and " ".join(text.split())[:80] in wanted
    ]
    if not found:
        return None
    common = [found[0], *found[0].iterancestors()]
    for p in found[1:]:
        mine = {p, *p.iterancestors()}
        common = [a for a in common if a in mine]
    return common[0] if common else None


def _around(el: etree._Element, container: etree._Element) -> bool:
    """`el` wraps the body container (below <body>), or is inside the block that holds it (the
    container's parent, unless that is the page itself, where every part of the template sits)."""
    if el.tag in ("html", "body"):
        return False
    if container.tag == "p":  # a one-paragraph teaser: its wrapper is the body container
        container = container.getparent() if container.getparent() is not None else container
    block = container.getparent()
    if block is None or block.tag in ("html", "body"):
        block = container
    if el is block or any(a is block for a in el.iterancestors()):
        return True
    return any(a is el for a in container.iterancestors())


def free_paragraphs_before(
    tree: etree._Element,
    selectors: list[str],
    body: list[str],
    *,
    noise: Callable[[etree._Element], bool] | None = None,
) -> list[str]:
    """When the body is only the declared non-free part of a story (a body extractor that preferred the
    hidden full text to the visible teaser), the story's visible paragraphs before that part, in page
    order: the free teaser the paywall shows, which opens the article."""
    parts: list[etree._Element] = []
    for selector in selectors:
        try:
            parts.extend(select(tree, selector))
        except ValueError:
            continue
    if not parts or not body:
        return []
    declared = {p for part in parts for p in part.iter("p")}
    first = " ".join(body[0].split())
    opening = next((p for p in declared if " ".join(p.text_content().split()) == first), None)
    if opening is None:
        return []
    scope = next((a for a in opening.iterancestors() if a.tag in ("article", "main")), None)
    if scope is None:
        return []
    have = {" ".join(p.split()) for p in body}
    found: list[str] = []
    for p in scope.iter("p"):
        if p is opening:
            break
        if p in declared or (noise is not None and noise(p)) or is_hidden(p):
            continue
        text = " ".join(p.text_content().split())
        if len(text.split()) >= _DECLARED_PARAGRAPH_WORDS and text not in have:
            found.append(text)
    return found


#: words the declared paragraphs missing from the body must hold to be added (a prompt is shorter)
DECLARED_REST_WORDS = 50
_DECLARED_PARAGRAPH_WORDS = 8


def declared_paragraphs(
    tree: etree._Element,
    selectors: list[str],
    body: list[str],
    *,
    noise: Callable[[etree._Element], bool] | None = None,
) -> list[str]:
    """Paragraphs (<p>, hidden or not) of the parts the publisher declares not free (hasPart cssSelector)
    that the body lacks, in page order: the rest of a story behind a client-side paywall. Empty unless
    they hold at least DECLARED_REST_WORDS words; paragraphs inside `noise` (a subscription prompt, a
    meter) are left out."""
    have = {" ".join(p.split()) for p in body}
    seen: set[etree._Element] = set()
    found: list[str] = []
    for selector in selectors:
        try:
            parts = select(tree, selector)
        except ValueError:
            continue
        for part in parts:
            for p in part.iter("p"):
                if p in seen or (noise is not None and noise(p)):
                    continue
                seen.add(p)
                text = " ".join(p.text_content().split())
                if len(text.split()) >= _DECLARED_PARAGRAPH_WORDS and text not in have:
                    have.add(text)
                    found.append(text)
    return found if sum(len(p.split()) for p in found) >= DECLARED_REST_WORDS else []


def declared_text_in_page(
    tree: etree._Element, selectors: list[str], body: list[str], least: int = 40
) -> bool:
    """The body holds both the free part and a part the publisher declares not free (hasPart cssSelector),
    or declared text the page hides until the reader subscribes: the paywall is applied in the browser and
    the page served the whole article. (A visible declared part that wraps the whole story, teaser
    included, says nothing either way.)"""
    wanted = {" ".join(p.split())[:80] for p in body if len(p) > _BODY_KEY_LENGTH}
    if not selectors or not wanted:
        return False
    # (elements, not their id(): lxml frees a proxy nobody holds, and a new one gets another id)
    declared: set[etree._Element] = set()
    for selector in selectors:
        try:
            found = select(tree, selector)
        except ValueError:
            continue
        for el in found:
            declared.update(el.iter("p"))
    inside = hidden = outside = 0
    for p in _P(tree):
        text = p.text_content()
        if len(text) <= _BODY_KEY_LENGTH or " ".join(text.split())[:80] not in wanted:
            continue
        if p in declared:
            inside += len(text.split())
            if is_hidden(p):  # text a reader without a subscription never sees
                hidden += len(text.split())
        else:
            outside += 1
    return inside >= least and (outside > 0 or hidden >= least)


def disclosure_markers(body: list[str]) -> list[str]:
    """Sponsored markers of a disclosure line at the start or end of the body."""
    edge = [p for p in (*body[:2], *body[-2:]) if len(p) <= DISCLOSURE_MAX_LENGTH]
    return [marker for marker, rx in SPONSORED_DISCLOSURES if any(rx.search(p.strip()) for p in edge)]


def sponsored_markers(
    tree: etree._Element,
    url: str,
    jsonld: JsonLd,
    headline_el: etree._Element | None,
    headline: str | None,
    *,
    class_index: ClassIndex | None = None,
) -> list[str]:
    """Sponsored evidence. `class_index`: the page's ClassIndex of its article container, if it
    has one (the byline lookup then reads it instead of the tree)."""
    markers: list[str] = []
    if any("AdvertiserContentArticle" in types_of(n) for n in jsonld.nodes):
        markers.append("schema:AdvertiserContentArticle")
    for _el, text in _labels(headline_el, headline, class_index):
        for marker, pattern in SPONSORED_LABELS:
            if pattern.search(text) and marker not in markers:
                markers.append(marker)
    for segment in urlsplit(url).path.split("/"):
        if segment and SPONSORED_URL.match(segment):
            marker = f"url:/{segment.lower()}"
            if marker not in markers:
                markers.append(marker)
    own = _nearest_article(headline_el) if headline_el is not None else None
    for el in (next(tree.iterdescendants("body"), None), own):
        if el is not None and SPONSORED_CLASS.search(el.get("class") or ""):
            markers.append("markup:sponsored")
            break
    return markers


# The same test on UTF-8 bytes lower-cased by bytes.lower (ASCII letters only): ~2x faster than
# str.lower on a story with any non-ASCII character, and libxml2 hands an element's text over as UTF-8
# without building a str (_holds_label_word). Same verdict as on text.lower(): the only non-ASCII
# characters whose lower case holds an ASCII letter are U+212A (k, in no word) and U+0130 ("i" and a
# combining dot, which no word holds after an "i"); and UTF-8 encodes no other character with bytes
# below 0x80 (tests/test_extract_fast_paths.py checks every code point).
_LABEL_WORDS_UTF8 = tuple(word.encode() for word in LABEL_WORDS)
# On a short text (most of what the label walk tests) one regex search costs a fifth of the seven
# substring searches; on a whole story the searches are ~2x faster (the regex tests every position).
_LABEL_WORD_RX = re.compile(b"|".join(_LABEL_WORDS_UTF8))
_SHORT_TEXT = 256


def _has_label_word(text: str) -> bool:
    return _has_label_word_utf8(text.encode("utf-8", "surrogatepass"))


def _has_label_word_utf8(text: bytes) -> bool:
    lowered = text.lower()
    if len(lowered) <= _SHORT_TEXT:
        return _LABEL_WORD_RX.search(lowered) is not None
    return any(word in lowered for word in _LABEL_WORDS_UTF8)


def _holds_label_word(el: etree._Element) -> bool:
    """_has_label_word(_STRING(el)): the text of a leaf (most elements a label walk tests) is its
    own; above that, libxml2's joined text of the element (what string() gives: the parse keeps no
    comments or processing instructions), as UTF-8, without the serializer's set-up for a leaf."""
    if len(el) == 0:
        text = el.text
        return bool(text) and _has_label_word(text)
    return _has_label_word_utf8(etree.tostring(el, method="text", encoding="utf-8", with_tail=False))


_STRING = etree.XPath("string(.)", smart_strings=False)
_TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")
# BYLINE_SELECTOR's elements below the scope, tested on the attribute nodes (then their owner): a
# predicate on every element was 3x slower. A union comes back in document order.
_BYLINES = etree.XPath(
    "descendant::*/@class[contains(., 'byline') or contains(., 'author') or contains(., 'sponsor')]/.."
    " | descendant::*/@rel[. = 'author']/.."
)
_AUTHOR_RELS = etree.XPath("descendant::*/@rel[. = 'author']/..")
_BYLINE_CLASS_NEEDLES = ("byline", "author", "sponsor")


def _bylines(scope: etree._Element, index: ClassIndex | None) -> list[etree._Element]:
    """_BYLINES(scope), from the page's class index of `scope` when there is one: its class values
    are read already, and the XPath's test of every class attribute is the cost of _BYLINES."""
    if index is None or index.root is not scope or _AUTHOR_RELS(scope):
        return _BYLINES(scope)  # (rel=author elements: the XPath merges both kinds in document order)
    return [el for el in index.with_class_containing(_BYLINE_CLASS_NEEDLES) if el is not scope]


_SUBHEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _has_linked_heading(el: etree._Element) -> bool:
    """`el` or an element below it is an h2-h6 inside a link or holding one with an href (a teaser
    card's title). The headings are found by lxml's tag filter, in C: an XPath testing every element
    of the region cost ~10x more, and most regions hold no heading at all."""
    for heading in el.iter(_SUBHEADINGS):
        if next(heading.iterancestors("a"), None) is not None:
            return True
        if any(a.get("href") is not None for a in heading.iterdescendants("a")):
            return True
    return False


def _is_byline(el: etree._Element) -> bool:
    """`el` matches BYLINE_SELECTOR (what _BYLINES finds)."""
    cls = el.get("class")
    if cls is not None and ("byline" in cls or "author" in cls or "sponsor" in cls):
        return True
    return el.get("rel") == "author"


def _labels(
    headline_el: etree._Element | None, headline: str | None, class_index: ClassIndex | None = None
) -> list[tuple[etree._Element, str]]:
    """Sponsored labels of the article itself: short standalone elements of its header (around the
    headline) and of its byline, with their text.

    The header is the headline's parent, grown up to two levels while it stays small and holds no
    teaser card. Elements inside teaser cards, menus, lists of links, asides and footers are not labels
    of this page, and neither is one category link among several (a "Sponsored" section in a menu).
    """
    if headline_el is None:
        return []
    # Most pages carry no label word near the headline or in the story: a text test or two spare the
    # element walks below.
    widest = headline_el
    for _ in range(2):
        widest = widest.getparent() if widest.getparent() is not None else widest
    scope = _article_scope(headline_el)
    near = _holds_label_word(widest)
    # (the story scope is often that same element)
    in_story = near if scope is widest else scope is not None and _holds_label_word(scope)
    if not near and not in_story:
        return []
    own = _nearest_article(headline_el)
    candidates: list[tuple[etree._Element, etree._Element]] = []
    region: etree._Element | None = None
    worded: list[etree._Element] = []
    if near:
        region = headline_el
        for _ in range(2):
            parent = region.getparent()
            if parent is None or _TEXT_LENGTH(parent) > 1500 or _has_card(parent, headline_el):
                break
            region = parent
        # the header region is often much smaller than the text tested above: test it again
        if region is widest or _holds_label_word(region):
            worded = _with_label_word(region)
            candidates.extend((el, region) for el in worded)
    if in_story and scope is not None:
        if region is scope and worded:
            # The same region (a short story): its elements with a label word are known already, and
            # every byline with one is among them (an element's text holds its descendants' texts).
            bylines = [el for el in worded if el is not scope and _is_byline(el)]
        else:
            bylines = [el for el in _bylines(scope, class_index) if _holds_label_word(el)]
        candidates.extend((el, scope) for el in bylines)
    out: list[tuple[etree._Element, str]] = []
    seen: set[etree._Element] = set()
    for el, top in candidates:
        if el is headline_el or el in seen:
            continue
        seen.add(el)
        text = element_text(el)
        if not text or len(text) > MAX_LABEL_LENGTH or text == headline:
            continue
        if not any(pattern.search(text) for _, pattern in SPONSORED_LABELS):
            continue  # the structural checks below cost more than this one
        if is_hidden(el) or _nearest_article(el) is not own:
            continue
        if _in_card_or_module(el, top, headline_el) or _link_among_many(el):
            continue
        out.append((el, text))
    return out


def _with_label_word(region: etree._Element) -> list[etree._Element]:
    """The elements of `region` (in document order, itself included) whose text holds a label word:
    a subtree whose root holds none is skipped whole, so only the paths down to the words are read."""
    out: list[etree._Element] = []
    walker = etree.iterwalk(region, events=("start",))
    for _event, el in walker:
        if not isinstance(el.tag, str):
            continue
        if el is not region and not _holds_label_word(el):
            walker.skip_subtree()
            continue
        out.append(el)
    return out


def _has_card(el: etree._Element, headline_el: etree._Element) -> bool:
    """The element holds a teaser card of another story (a linked heading or another <article>)."""
    for article in el.iter("article"):
        if not _contains(article, headline_el):
            return True
    return _has_linked_heading(el)


def _in_card_or_module(el: etree._Element, top: etree._Element, headline_el: etree._Element) -> bool:
    for anc in (el, *el.iterancestors()):
        if anc is top:
            return False
        if anc.tag in MODULES:
            return True
        if anc is not el and _has_linked_heading(anc) and not _contains(anc, headline_el):
            return True
    return False


def _contains(el: etree._Element, other: etree._Element) -> bool:
    return any(anc is el for anc in other.iterancestors())


def _link_among_many(el: etree._Element) -> bool:
    link = el if el.tag == "a" else next(el.iterancestors("a"), None)
    if link is None:
        return False
    parent = link.getparent()
    return parent is not None and sum(1 for _ in parent.iter("a")) >= 3


def _nearest_article(el: etree._Element) -> etree._Element | None:
    if el.tag == "article":
        return el
    return next(el.iterancestors("article"), None)


def _article_scope(headline_el: etree._Element) -> etree._Element | None:
    for anc in headline_el.iterancestors():
        if anc.tag in ("article", "main"):
            return anc
    return None
