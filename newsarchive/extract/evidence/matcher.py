"""Element tests the evidence is read with: paywall markup candidates, visibility, label words, bylines,
teaser cards and modules around a label.

The rule data they test against is in rules.py; apply.py and declared.py put them together into the
markers of a page. Most tests have a fast path (an attribute-axis XPath, a byte-level word test) next to
the plain definition they must agree with (tests/test_extract_fast_paths.py checks each pair).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from lxml import etree

from newsarchive.extract.evidence.rules import (
    LABEL_WORDS,
    MODULES,
    NOT_PAYWALL_TOKEN,
    NOT_PAYWALL_VALUES,
    PAYWALL_NEEDLES,
)
from newsarchive.extract.selectors import VALUE_SEPARATOR, ClassIndex, holders

# Body paragraphs are found again in the page by their first characters, once long enough to key on.
BODY_KEY_LENGTH = 40
PARAGRAPHS = etree.XPath("//body//p")


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
        cls = _saying_paywall(el.get("class") or "")
        ident = _saying_paywall(el.get("id") or "")
        value = el.get(attribute) if attribute else None
        return (
            any(c in cls for c in classes)
            or any(i in ident for i in ids)
            or bool(token and token in cls.split())
            or bool(id_suffix and ident.endswith(id_suffix))
            or (value is not None and value.strip().lower() not in NOT_PAYWALL_VALUES)
        )

    return test


def _saying_paywall(value: str) -> str:
    """A class or id value without its tokens that say there is no paywall (NOT_PAYWALL_TOKEN)."""
    if "paywall" not in value.lower():
        return value
    return " ".join(t for t in value.split() if not NOT_PAYWALL_TOKEN.search(t))


def paywall_candidates(
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


def paywall_candidates_of(
    tree: etree._Element, attributes: str | None, html: str | None
) -> list[etree._Element]:
    """paywall_candidates with the needles the page's class/id values hold.

    Given the page's attribute index (Document.attribute_text), it gates the needles. Without one (a
    profile page builds none), a single pass reads the class and id values with their elements: the
    needles are gated on their text and the elements holding one are found by string search, where
    the index and then the candidates' XPath took two passes (~40% more)."""
    data_attribute = html is None or "data-paywall" in html
    if attributes is not None:
        present = tuple(n for n in PAYWALL_NEEDLES if n in attributes)
        return paywall_candidates(tree, present, data_attribute)
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
PAYWALL_KIND: tuple[tuple[str, Callable[[etree._Element], bool]], ...] = (
    ("markup:regwall", _paywall_kind(("regwall", "registration-wall"), ("regwall",))),
    ("markup:meter", _paywall_kind(("paywall-meter", "meter__"), (), token="meter", id_suffix="-meter")),
    ("markup:paywall", _paywall_kind(("paywall",), ("paywall",), attribute="data-paywall")),
    ("markup:subscriber-only", _paywall_kind(("subscriber-only", "premium-content", "locked-content"), ())),
)


def is_hidden(el: etree._Element) -> bool:
    return any(_hidden_here(node) for node in (el, *el.iterancestors()))


def _hidden_here(node: etree._Element) -> bool:
    """The element itself (not an ancestor) is hidden."""
    if node.tag == "template":
        # (an HTML <template>'s markup is inert: a script clones it when needed, a paywall box the site puts
        # on the pages it locks; a probe page, hand-built: tests/test_judging_unseen_shapes9.py)
        return True
    attrib = node.attrib
    if attrib.get("hidden") is not None or attrib.get("aria-hidden") == "true":
        return True
    style = attrib.get("style")
    if not style:
        return False
    style = style.replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


class HiddenCache:
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


# The same test on UTF-8 bytes lower-cased by bytes.lower (ASCII letters only): ~2x faster than
# str.lower on a story with any non-ASCII character, and libxml2 hands an element's text over as UTF-8
# without building a str (holds_label_word). bytes.lower leaves a capital outside ASCII as it is, so each
# word is looked for as bytes.lower leaves it in each way a label is set: in lower case, in capitals
# ("KOMERČNÍ SDĚLENÍ", "РЕКЛАМА", "ΧΟΡΗΓΟΥΜΕΝΟ"), with a capital first letter ("Реклама") or first letters
# (what a capital inside a word, which no label is set with, would miss). The only non-ASCII characters
# whose lower case holds an ASCII letter are U+212A (the Kelvin sign: "k", looked for in its place too) and
# U+0130 ("i" and a combining dot, which no word holds after an "i"); and UTF-8 encodes no other character
# with bytes below 0x80 (tests/test_extract_fast_paths.py checks every code point).
def _as_bytes_lower_leaves_it(word: str) -> list[bytes]:
    forms = {word, word.upper(), word.capitalize(), word.title()}
    forms |= {form.replace("k", "\u212a").replace("K", "\u212a") for form in forms}
    return sorted(form.encode().lower() for form in forms)


_LABEL_WORDS_UTF8 = tuple(
    dict.fromkeys(form for word in LABEL_WORDS for form in _as_bytes_lower_leaves_it(word))
)
# On a short text (most of what the label walk tests) one regex search costs a fifth of the seven
# substring searches; on a whole story the searches are ~2x faster (the regex tests every position).
_LABEL_WORD_RX = re.compile(b"|".join(_LABEL_WORDS_UTF8))
_SHORT_TEXT = 256


def has_label_word(text: str) -> bool:
    return _has_label_word_utf8(text.encode("utf-8", "surrogatepass"))


def _has_label_word_utf8(text: bytes) -> bool:
    lowered = text.lower()
    if len(lowered) <= _SHORT_TEXT:
        return _LABEL_WORD_RX.search(lowered) is not None
    return any(word in lowered for word in _LABEL_WORDS_UTF8)


def holds_label_word(el: etree._Element) -> bool:
    """has_label_word(STRING(el)): the text of a leaf (most elements a label walk tests) is its
    own; above that, libxml2's joined text of the element (what string() gives: the parse keeps no
    comments or processing instructions), as UTF-8, without the serializer's set-up for a leaf."""
    if len(el) == 0:
        text = el.text
        return bool(text) and has_label_word(text)
    return _has_label_word_utf8(etree.tostring(el, method="text", encoding="utf-8", with_tail=False))


STRING = etree.XPath("string(.)", smart_strings=False)
TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")
# BYLINE_SELECTOR's elements below the scope, tested on the attribute nodes (then their owner): a
# predicate on every element was 3x slower. A union comes back in document order.
BYLINES = etree.XPath(
    "descendant::*/@class[contains(., 'byline') or contains(., 'author') or contains(., 'sponsor')]/.."
    " | descendant::*/@rel[. = 'author']/.."
)
_AUTHOR_RELS = etree.XPath("descendant::*/@rel[. = 'author']/..")
_BYLINE_CLASS_NEEDLES = ("byline", "author", "sponsor")


def bylines(scope: etree._Element, index: ClassIndex | None) -> list[etree._Element]:
    """BYLINES(scope), from the page's class index of `scope` when there is one: its class values
    are read already, and the XPath's test of every class attribute is the cost of BYLINES."""
    if index is None or index.root is not scope or _AUTHOR_RELS(scope):
        return BYLINES(scope)  # (rel=author elements: the XPath merges both kinds in document order)
    return [el for el in index.with_class_containing(_BYLINE_CLASS_NEEDLES) if el is not scope]


_SUBHEADINGS = ("h2", "h3", "h4", "h5", "h6")


def has_linked_heading(el: etree._Element) -> bool:
    """`el` or an element below it is an h2-h6 inside a link or holding one with an href (a teaser
    card's title). The headings are found by lxml's tag filter, in C: an XPath testing every element
    of the region cost ~10x more, and most regions hold no heading at all."""
    for heading in el.iter(_SUBHEADINGS):
        if next(heading.iterancestors("a"), None) is not None:
            return True
        if any(a.get("href") is not None for a in heading.iterdescendants("a")):
            return True
    return False


def is_byline(el: etree._Element) -> bool:
    """`el` matches BYLINE_SELECTOR (what BYLINES finds)."""
    cls = el.get("class")
    if cls is not None and ("byline" in cls or "author" in cls or "sponsor" in cls):
        return True
    return el.get("rel") == "author"


def with_label_word(region: etree._Element) -> list[etree._Element]:
    """The elements of `region` (in document order, itself included) whose text holds a label word:
    a subtree whose root holds none is skipped whole, so only the paths down to the words are read."""
    out: list[etree._Element] = []
    walker = etree.iterwalk(region, events=("start",))
    for _event, el in walker:
        if not isinstance(el.tag, str):
            continue
        if el is not region and not holds_label_word(el):
            walker.skip_subtree()
            continue
        out.append(el)
    return out


def has_card(el: etree._Element, headline_el: etree._Element) -> bool:
    """The element holds a teaser card of another story (a linked heading or another <article>)."""
    for article in el.iter("article"):
        if not _contains(article, headline_el):
            return True
    return has_linked_heading(el)


def in_card_or_module(el: etree._Element, top: etree._Element, headline_el: etree._Element) -> bool:
    for anc in (el, *el.iterancestors()):
        if anc is top:
            return False
        if anc.tag in MODULES:
            return True
        if anc is not el and has_linked_heading(anc) and not _contains(anc, headline_el):
            return True
    return False


def _contains(el: etree._Element, other: etree._Element) -> bool:
    return any(anc is el for anc in other.iterancestors())


def link_among_many(el: etree._Element) -> bool:
    link = el if el.tag == "a" else next(el.iterancestors("a"), None)
    if link is None:
        return False
    parent = link.getparent()
    return parent is not None and sum(1 for _ in parent.iter("a")) >= 3


def nearest_article(el: etree._Element) -> etree._Element | None:
    if el.tag == "article":
        return el
    return next(el.iterancestors("article"), None)


def article_scope(headline_el: etree._Element) -> etree._Element | None:
    for anc in headline_el.iterancestors():
        if anc.tag in ("article", "main"):
            return anc
    return None
