"""Markup-level noise: elements whose text is never article text.

Rules are data: (name, XPath predicate on one element), ordered specific to generic. All rules are
evaluated in ONE pass over the tree (a single compiled XPath whose predicate ORs them), because one
evaluation per selector was the main cost of extraction.

Class names are matched as whole tokens or token prefixes (BEM: "share-buttons__link"), never as
substrings of a token: `[class*='read-more']` matched "entry-content-read-more", the wrapper of a
whole article body. A matched element that holds most of the page's text is never noise either
(ASP.NET pages wrap everything in a <form>, some themes set aria-hidden on the page wrapper).

Text-level rules live in newsarchive.cleaning.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree
from lxml import html as lxml_html

from newsarchive.extract.selectors import compile_selector
from newsarchive.extract.text import clean

logger = logging.getLogger(__name__)


def tags(*names: str) -> str:
    return " or ".join(f"self::{n}" for n in names)


def class_token(*tokens: str) -> str:
    """The class attribute holds one of these whole tokens (cheap substring test first)."""
    return " or ".join(
        f"(contains(@class, '{t}') and contains(concat(' ', normalize-space(@class), ' '), ' {t} '))"
        for t in tokens
    )


def class_prefix(*prefixes: str) -> str:
    """A class token starts with one of these ("share-buttons" matches "share-buttons__link")."""
    return " or ".join(
        f"(contains(@class, '{p}') and contains(concat(' ', normalize-space(@class)), ' {p}'))"
        for p in prefixes
    )


def id_suffix(*suffixes: str) -> str:
    return " or ".join(f"substring(@id, string-length(@id) - {len(s) - 1}) = '{s}'" for s in suffixes)


@dataclass(frozen=True, kw_only=True)
class NoiseRule:
    """Elements matching `predicate` (XPath, on one element) are noise.

    `needles`: strings one of which the page's class/id/role values must contain for the rule to
    match anything (None: no attribute needed); a rule whose needles are all absent is not evaluated (one contains() per element costs ~0.1 ms on
    a news page, and most pages carry few of these widgets). Empty: always evaluated.
    """

    name: str
    predicate: str
    needles: tuple[str, ...] = ()


# Ordered specific to generic. Names tell a debugging session which rule ate what, and which rules are
# "never visible article text" (INVISIBLE below).
NOISE_RULES: tuple[NoiseRule, ...] = (
    # Icon sprites and inline icons: their <title>/<desc> ("Icon Twitter", "Created with Sketch.") leak
    # into text dumps.
    NoiseRule(name="svg", predicate=tags("svg")),
    NoiseRule(
        name="script", predicate=tags("script", "style", "noscript", "template", "iframe", "object", "embed")
    ),
    # Hidden until JavaScript fills them: paywall meters and offer modals with {{handlebars}}.
    NoiseRule(
        name="hidden",
        predicate="@hidden or @aria-hidden='true' or contains(translate(@style, ' ', ''), 'display:none')",
    ),
    NoiseRule(
        name="paywall-meter",
        predicate=f"{class_token('paywall-meter', 'meter')} or {class_prefix('meter__')} "
        f"or {id_suffix('-meter', '_meter')}",
        needles=("meter",),
    ),
    NoiseRule(
        name="modal",
        predicate=f"{class_token('modal')} or @role='dialog' or @aria-modal='true' "
        f"or {class_prefix('offer-modal', 'expired-modal')}",
        needles=("modal", "dialog"),
    ),
    NoiseRule(
        name="regwall",
        predicate=class_prefix("regwall", "registration-wall", "subscribe-prompt"),
        needles=("regwall", "registration-wall", "subscribe-prompt"),
    ),
    NoiseRule(
        name="sponsored-module",
        predicate=f"(self::aside and {class_token('sponsored-content')}) "
        f"or @data-module='sponsored-content' or {class_prefix('sponsored-links')}",
        needles=("sponsored-content", "sponsored-links"),
    ),
    NoiseRule(
        name="share",
        predicate=f"{class_prefix('share-buttons', 'article__share', 'social-share')} "
        f"or {class_token('share', 'sharing')}",
        needles=("share", "sharing"),
    ),
    NoiseRule(
        name="print-mail",
        predicate=class_prefix("print-button", "email-button", "mail-button"),
        needles=("print-button", "mail-button"),
    ),
    NoiseRule(
        name="app-promo",
        predicate=class_prefix("app-promo", "app-banner", "newsletter-signup"),
        needles=("app-promo", "app-banner", "newsletter-signup"),
    ),
    NoiseRule(
        name="related",
        predicate=f"{class_prefix('related-articles', 'related-stories', 'recommended', 'more-stories')} "
        f"or {class_prefix('read-more')} "
        "or contains(@class, 'outbrain') or contains(@class, 'OUTBRAIN') or contains(@class, 'taboola')",
        needles=("related-", "recommended", "more-stories", "read-more", "outbrain", "OUTBRAIN", "taboola"),
    ),
    NoiseRule(
        name="ads",
        predicate=f"{class_token('ad', 'ads', 'advert', 'advertisement')} or {class_prefix('advert-', 'dfp-')} "
        "or starts-with(@id, 'google_ads') or starts-with(@id, 'div-gpt-ad')",
        needles=("ad", "dfp-", "google_ads"),
    ),
    NoiseRule(
        name="comments",
        predicate=f"@id='comments' or {class_token('comments')} or {class_prefix('comment-list')}",
        needles=("comment",),
    ),
    NoiseRule(name="forms", predicate=tags("form", "button", "input", "select", "textarea")),
    NoiseRule(
        name="chrome",
        predicate=f"{tags('nav', 'footer')} or @role='navigation' or @role='banner' "
        "or @role='contentinfo' or @role='complementary' "
        f"or (self::header and (parent::body or {class_token('site-header')}))",
    ),
    NoiseRule(
        name="visually-hidden",
        predicate=class_token("visually-hidden", "sr-only", "screen-reader-text"),
        needles=("visually-hidden", "sr-only", "screen-reader-text"),
    ),
)
# Rules whose text is never visible article text, whatever the body extractor thought of it.
INVISIBLE = frozenset({"paywall-meter", "modal", "regwall", "sponsored-module", "app-promo"})
_RULES = {rule.name: rule for rule in NOISE_RULES}
# Elements that cannot hold a page's article, so the "most of the text" guard is not checked on them.
_LEAVES = frozenset(
    {
        "svg",
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "object",
        "embed",
        "button",
        "input",
        "select",
        "textarea",
    }
)
# A match holding more than this share of the page's text is the page, not noise.
MAX_TEXT_SHARE = 0.5

_BODY_TEXT_LENGTH = etree.XPath("string-length(normalize-space(//body))")
_TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")
_MARK = "data-newsarchive-noise"
_MARKED = etree.XPath(f"//*[@{_MARK}]")


def active_rules(attributes: str | None, names: Iterable[str] | None = None) -> tuple[str, ...]:
    """Names of the rules (all, or `names`) that can match on a page whose class/id/role values are
    `attributes` (Document.attribute_text; None: all rules)."""
    wanted = None if names is None else set(names)
    chosen = tuple(rule for rule in NOISE_RULES if wanted is None or rule.name in wanted)
    if attributes is None:
        return tuple(rule.name for rule in chosen)
    return tuple(
        rule.name
        for rule in chosen
        if not rule.needles or any(needle in attributes for needle in rule.needles)
    )


@lru_cache(maxsize=256)
def rules_xpath(names: tuple[str, ...]) -> etree.XPath | None:
    """One XPath for the union of these rules, evaluated in a single pass over <body>."""
    if not names:
        return None
    return etree.XPath("//body//*[" + " or ".join(f"({_RULES[n].predicate})" for n in names) + "]")


@lru_cache(maxsize=64)
def rule_test(name: str) -> etree.XPath:
    return etree.XPath(f"boolean(self::*[{_RULES[name].predicate}])")


@dataclass(kw_only=True)
class Noise:
    """The noise elements of one tree (not removed), in document order."""

    elements: list[etree._Element] = field(default_factory=list)
    _set: set[etree._Element] = field(default_factory=set)

    def contains(self, el: etree._Element) -> bool:
        """The element is noise or inside noise."""
        if not self._set:
            return False
        node: etree._Element | None = el
        while node is not None:
            if node in self._set:
                return True
            node = node.getparent()
        return False

    def texts(self) -> set[str]:
        """Texts of the noise elements and of every element inside them that has text of its own."""
        out: set[str] = set()
        for el in self.elements:
            whole = clean(el.text_content())
            if whole:
                out.add(whole)
            for inner in el.iterdescendants():
                if isinstance(inner.tag, str) and inner.text and inner.text.strip():
                    text = clean(inner.text_content())
                    if text:
                        out.add(text)
        return out


def find_noise(
    tree: etree._Element,
    *,
    attributes: str | None = None,
    rules: Iterable[str] | None = None,
    extra: Iterable[str] = (),
    keep: Iterable[etree._Element] = (),
) -> Noise:
    """Noise elements of `tree` (not touched).

    `attributes`: Document.attribute_text, to skip rules that cannot match (see NoiseRule.needles). `rules`: rule
    names to apply (default all). `extra` are a profile's selectors (CSS or XPath), applied first.
    `keep` are elements (headline, body container) that must survive with their ancestors even if a
    generic rule matches one (a CMS that puts the whole story inside <header> or a "share"-classed
    wrapper).
    """
    protected: set[etree._Element] = set()
    for el in keep:
        protected.add(el)
        protected.update(el.iterancestors())
    found: list[etree._Element] = []
    for selector in extra:
        try:
            found.extend(compile_selector(selector)(tree))
        except (ValueError, etree.XPathError):
            logger.debug("skipping bad noise selector %s", selector)
    profile_count = len(found)
    xpath = rules_xpath(active_rules(attributes, rules))
    if xpath is not None:
        found.extend(xpath(tree))
    noise = Noise()
    page_length: float | None = None
    for index, el in enumerate(found):
        if not isinstance(el, etree._Element) or el in protected or el in noise._set:
            continue
        if index >= profile_count and el.tag not in _LEAVES:
            length = float(_TEXT_LENGTH(el))
            if length > 200:
                if page_length is None:
                    page_length = float(_BODY_TEXT_LENGTH(tree) or 0.0)
                if length > MAX_TEXT_SHARE * page_length:
                    logger.debug("noise rule matched %s holding most of the page's text: kept", el.tag)
                    continue
        noise._set.add(el)
        noise.elements.append(el)
    return noise


def remove_noise(
    tree: lxml_html.HtmlElement,
    *,
    extra: Iterable[str] = (),
    keep: Iterable[etree._Element] = (),
    attributes: str | None = None,
) -> lxml_html.HtmlElement:
    """A copy of the tree without noise elements (see find_noise). The input tree is not touched."""
    noise = find_noise(tree, attributes=attributes, extra=extra, keep=keep)
    if not noise.elements:
        return copy.deepcopy(tree)
    marks = _MARK
    for el in noise.elements:
        el.set(marks, "1")
    try:
        clean_tree = copy.deepcopy(tree)
    finally:
        for el in noise.elements:
            del el.attrib[marks]
    for el in _MARKED(clean_tree):
        if el.getparent() is not None:
            _drop(el)
    return clean_tree


def _drop(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    if isinstance(el, lxml_html.HtmlElement):
        el.drop_tree()  # keeps the tail text, which belongs to the parent
        return
    tail = el.tail
    previous = el.getprevious()
    parent.remove(el)
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


_ANY_RULE = etree.XPath("boolean(self::*[" + " or ".join(f"({r.predicate})" for r in NOISE_RULES) + "])")


def in_noise(el: etree._Element, *, top: etree._Element | None = None) -> bool:
    """The element, or one of its ancestors below `top`, is noise (the guard of find_noise included).

    For the few elements a generic page needs to judge (figures, bylines): testing their ancestors
    costs far less than a pass over the whole tree.
    """
    node: etree._Element | None = el
    page_length: float | None = None
    while node is not None and node is not top:
        if isinstance(node.tag, str) and _ANY_RULE(node):
            if node.tag in _LEAVES:
                return True
            length = float(_TEXT_LENGTH(node))
            if length <= 200:
                return True
            if page_length is None:
                page_length = float(_BODY_TEXT_LENGTH(node) or 0.0)
            if length <= MAX_TEXT_SHARE * page_length:
                return True
        node = node.getparent()
    return False
