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

from lxml import etree
from lxml import html as lxml_html

from newsarchive.extract.selectors import compile_selector
from newsarchive.extract.text import clean

logger = logging.getLogger(__name__)


def tags(*names: str) -> str:
    return " or ".join(f"self::{n}" for n in names)


def class_token(*tokens: str) -> str:
    """The class attribute holds one of these whole tokens."""
    return " or ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {t} ')" for t in tokens)


def class_prefix(*prefixes: str) -> str:
    """A class token starts with one of these ("share-buttons" matches "share-buttons__link")."""
    return " or ".join(f"contains(concat(' ', normalize-space(@class)), ' {p}')" for p in prefixes)


def id_suffix(*suffixes: str) -> str:
    return " or ".join(f"substring(@id, string-length(@id) - {len(s) - 1}) = '{s}'" for s in suffixes)


# (name, XPath predicate). Names tell a debugging session which rule ate what, and which rules are
# "never visible article text" (INVISIBLE below).
NOISE_RULES: tuple[tuple[str, str], ...] = (
    # Icon sprites and inline icons: their <title>/<desc> ("Icon Twitter", "Created with Sketch.") leak
    # into text dumps.
    ("svg", tags("svg")),
    ("script", tags("script", "style", "noscript", "template", "iframe", "object", "embed")),
    # Hidden until JavaScript fills them: paywall meters and offer modals with {{handlebars}}.
    (
        "hidden",
        "@hidden or @aria-hidden='true' or contains(translate(@style, ' ', ''), 'display:none')",
    ),
    (
        "paywall-meter",
        f"{class_token('paywall-meter', 'meter')} or {class_prefix('meter__', 'paywall-meter')} "
        f"or {id_suffix('-meter', '_meter')}",
    ),
    (
        "modal",
        f"{class_token('modal')} or @role='dialog' or @aria-modal='true' "
        f"or {class_prefix('offer-modal', 'expired-modal')}",
    ),
    ("regwall", class_prefix("regwall", "registration-wall", "subscribe-prompt")),
    (
        "sponsored-module",
        f"(self::aside and {class_token('sponsored-content')}) or @data-module='sponsored-content' "
        f"or {class_prefix('sponsored-links')}",
    ),
    (
        "share",
        f"{class_prefix('share-buttons', 'article__share', 'social-share')} "
        f"or {class_token('share', 'sharing')}",
    ),
    ("print-mail", class_prefix("print-button", "email-button", "mail-button")),
    ("app-promo", class_prefix("app-promo", "app-banner", "newsletter-signup")),
    (
        "related",
        f"{class_prefix('related-articles', 'related-stories', 'recommended', 'more-stories', 'read-more')} "
        "or contains(@class, 'outbrain') or contains(@class, 'OUTBRAIN') or contains(@class, 'taboola')",
    ),
    (
        "ads",
        f"{class_token('ad', 'ads', 'advert', 'advertisement')} or {class_prefix('advert-', 'dfp-')} "
        "or starts-with(@id, 'google_ads') or starts-with(@id, 'div-gpt-ad')",
    ),
    ("comments", f"@id='comments' or {class_token('comments')} or {class_prefix('comment-list')}"),
    ("forms", tags("form", "button", "input", "select", "textarea")),
    (
        "chrome",
        f"{tags('nav', 'footer')} or @role='navigation' or @role='banner' or @role='contentinfo' "
        "or @role='complementary' or (self::header and (parent::body or "
        f"{class_token('site-header')}))",
    ),
    ("visually-hidden", class_token("visually-hidden", "sr-only", "screen-reader-text")),
)
# Rules whose text is never visible article text, whatever the body extractor thought of it.
INVISIBLE = frozenset({"paywall-meter", "modal", "regwall", "sponsored-module", "app-promo"})
# Elements that cannot hold a page's article, so the "most of the text" guard is not checked on them.
_LEAVES = frozenset(
    {"svg", "script", "style", "noscript", "template", "iframe", "object", "embed", "button", "input",
     "select", "textarea"}
)
# A match holding more than this share of the page's text is the page, not noise.
MAX_TEXT_SHARE = 0.5


_ALL = etree.XPath("//body//*[" + " or ".join(f"({p})" for _, p in NOISE_RULES) + "]")
_BY_NAME = {name: etree.XPath(f"self::*[{p}]") for name, p in NOISE_RULES}
_BODY_TEXT_LENGTH = etree.XPath("string-length(normalize-space(//body))")
_TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")
_MARK = "data-newsarchive-noise"
_MARKED = etree.XPath(f"//*[@{_MARK}]")


@dataclass(kw_only=True)
class Noise:
    """The noise elements of one tree (not removed): outermost-first document order."""

    elements: list[etree._Element] = field(default_factory=list)
    #: elements matched by an INVISIBLE rule
    invisible: list[etree._Element] = field(default_factory=list)
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

    def invisible_texts(self) -> set[str]:
        """Texts of the invisible noise elements and of every element inside them that has own text."""
        out: set[str] = set()
        for el in self.invisible:
            whole = clean(el.text_content())
            if whole:
                out.add(whole)
            for inner in el.iterdescendants():
                if isinstance(inner.tag, str) and ((inner.text and inner.text.strip()) or len(inner)):
                    text = clean(inner.text_content())
                    if text:
                        out.add(text)
        return out


def find_noise(
    tree: etree._Element,
    *,
    extra: Iterable[str] = (),
    keep: Iterable[etree._Element] = (),
    with_rules: bool = False,
) -> Noise:
    """Noise elements of `tree` (not touched). `extra` are a profile's selectors (CSS or XPath).

    `keep` are elements (headline, body container) that must survive with their ancestors even if a
    generic rule matches one (a CMS that puts the whole story inside <header> or a "share"-classed
    wrapper). `with_rules` also sorts out the elements of INVISIBLE rules.
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
    found.extend(_ALL(tree))
    noise = Noise()
    page_length: float | None = None
    for index, el in enumerate(found):
        if not isinstance(el, etree._Element) or el in protected or el in noise._set:
            continue
        if index >= profile_count and el.tag not in _LEAVES:
            if page_length is None:
                page_length = float(_BODY_TEXT_LENGTH(tree) or 0.0)
            length = float(_TEXT_LENGTH(el))
            if length > 200 and length > MAX_TEXT_SHARE * page_length:
                logger.debug("noise rule matched %s holding most of the page's text: kept", el.tag)
                continue
        noise._set.add(el)
        noise.elements.append(el)
        if with_rules and index >= profile_count and el.tag not in _LEAVES:
            if any(_BY_NAME[name](el) for name in INVISIBLE):
                noise.invisible.append(el)
    return noise


def remove_noise(
    tree: lxml_html.HtmlElement,
    *,
    extra: Iterable[str] = (),
    keep: Iterable[etree._Element] = (),
) -> lxml_html.HtmlElement:
    """A copy of the tree without noise elements (see find_noise). The input tree is not touched."""
    noise = find_noise(tree, extra=extra, keep=keep)
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
