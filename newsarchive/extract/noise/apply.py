"""Finding the noise of a tree and removing it, with the guard that keeps a page's article.

A matched element that holds most of the page's text is never noise (ASP.NET pages wrap everything in a
<form>, some themes set aria-hidden on the page wrapper).
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from lxml import etree
from lxml import html as lxml_html

from newsarchive.extract.noise.matcher import (
    active_rules,
    extra_xpaths,
    gated_matcher,
    matcher,
    needle_xpath,
    simple_selectors,
)
from newsarchive.extract.noise.rules import LEAVES, MAX_TEXT_SHARE, NOISE_RULES, RULE_NAMES, RULES_BY_NAME
from newsarchive.extract.text import clean

logger = logging.getLogger(__name__)

_BODY_TEXT_LENGTH = etree.XPath("string-length(normalize-space(//body))")
_TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")
_BODY = etree.XPath("/html/body")
_MARK = "data-newsarchive-noise"
# A sign-up box told by its e-mail field, whatever its class: the pitch around the form ("Pop culture news,
# delivered daily.", The Daily Beast's "NewsletterSignup"; beehiiv's "subscribe-block"; probe pages,
# hand-built, tests/test_extract_unseen_shapes9.py) is the publisher's, never the story's, where the class
# rules (app-promo's "newsletter-signup") do not name it. The box is the highest element around the field
# that stays short (a few lines: never the story's container) and holds neither the headline nor a
# declared part.
_EMAIL_FIELDS = etree.XPath("//input[@type='email']")
_SIGNUP_BOX_TAGS = frozenset({"div", "aside", "section", "form", "p"})
_SIGNUP_BOX_LEVELS = 4
MAX_SIGNUP_BOX_CHARS = 300
_MARKED = etree.XPath(f"//*[@{_MARK}]")


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

    @property
    def members(self) -> set[etree._Element]:
        return self._set

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
    """Noise elements of `tree` (not touched), outermost only.

    `attributes`: Document.attribute_text, to skip rules that cannot match (see MarkupRule.needles).
    `rules`: rule names to apply (default all). `extra` are a profile's selectors (CSS or XPath),
    applied first. `keep` are elements (headline, body container) that must survive with their
    ancestors even if a generic rule matches one (a CMS that puts the whole story inside <header> or a
    "share"-classed wrapper).
    """
    protected: set[etree._Element] = set()
    for el in keep:
        protected.add(el)
        protected.update(el.iterancestors())
    noise = Noise()
    marked: set[etree._Element] = set()
    for xpath in extra_xpaths(tuple(extra)):
        found = xpath(tree)
        marked.update(el for el in found if isinstance(el, etree._Element) and el not in protected)
    wanted = None if rules is None else set(rules)
    chosen = tuple(r.name for r in NOISE_RULES if wanted is None or r.name in wanted)
    active = active_rules(attributes, chosen)
    match = gated_matcher(active, chosen).match
    body = _BODY(tree)
    page_length: float | None = None
    if not marked and all(RULES_BY_NAME[n].needles for n in chosen):
        # Only class/id/role rules: their needles, tested in one XPath pass, give the few candidates
        # (a Python walk over every element costs ~0.5 ms on a news page).
        if not active:
            return _with_signup_boxes(noise, tree, protected, chosen)
        candidates = needle_xpath(active)(tree)
        elements: Iterable[etree._Element] = (el for el in candidates if not noise.contains(el))
        walker = None
    else:
        # iterwalk lets a matched element's subtree be skipped: the list holds outermost elements only
        walker = etree.iterwalk(body[0] if body else tree, events=("start",))
        elements = (el for _event, el in walker)
    for el in elements:
        if not isinstance(el.tag, str):
            continue
        if el in marked:
            noise._set.add(el)
            noise.elements.append(el)
            if walker is not None:
                walker.skip_subtree()
            continue
        name = match(el)
        if name is None or el in protected:
            continue
        if el.tag not in LEAVES:
            length = float(_TEXT_LENGTH(el))
            if length > 200:
                if page_length is None:
                    page_length = float(_BODY_TEXT_LENGTH(tree) or 0.0)
                if length > MAX_TEXT_SHARE * page_length:
                    logger.debug("noise rule %s matched %s holding most of the text: kept", name, el.tag)
                    continue
        noise._set.add(el)
        noise.elements.append(el)
        if walker is not None:
            walker.skip_subtree()
    return _with_signup_boxes(noise, tree, protected, chosen)


def _with_signup_boxes(
    noise: Noise, tree: etree._Element, protected: set[etree._Element], chosen: tuple[str, ...]
) -> Noise:
    """`noise` and the sign-up boxes told by their e-mail field (app-promo's kind: see _EMAIL_FIELDS)."""
    if "app-promo" not in chosen:
        return noise
    for box in _signup_boxes(tree, protected):
        if not noise.contains(box):
            noise._set.add(box)
            noise.elements.append(box)
    return noise


def _signup_boxes(tree: etree._Element, protected: set[etree._Element]) -> list[etree._Element]:
    boxes: list[etree._Element] = []
    for field_el in _EMAIL_FIELDS(tree):
        box = None
        node = field_el.getparent()
        for _ in range(_SIGNUP_BOX_LEVELS):
            if node is None or node.tag in ("body", "html", "article", "main") or node in protected:
                break
            if float(_TEXT_LENGTH(node)) > MAX_SIGNUP_BOX_CHARS:
                break
            if node.tag in _SIGNUP_BOX_TAGS:
                box = node
            node = node.getparent()
        if box is not None and box not in boxes:
            boxes.append(box)
    return boxes


class ScopedNoise:
    """The noise of a tree inside one element of it (`scope`), judged element by element on demand.

    Same answers as find_noise(tree, ...) for the elements inside `scope`, which must be an
    ancestor-or-self of a `keep` element (so neither it nor its ancestors can be noise). A profile
    page reads a few dozen elements of its article container: judging those and their ancestors
    (each once) costs a fraction of a walk over the container, let alone the page.
    """

    def __init__(
        self,
        tree: etree._Element,
        scope: etree._Element,
        *,
        attributes: str | None = None,
        extra: Iterable[str] = (),
        keep: Iterable[etree._Element] = (),
    ) -> None:
        self.tree = tree
        self.scope = scope
        self.protected: set[etree._Element] = set()
        for el in keep:
            self.protected.add(el)
            self.protected.update(el.iterancestors())
        active = RULE_NAMES if attributes is None else active_rules(attributes, RULE_NAMES)
        self._match = gated_matcher(active, RULE_NAMES).match
        simple, other = simple_selectors(tuple(extra))
        self._simple = simple or None
        self._marked: set[etree._Element] = set()
        for xpath in extra_xpaths(other, True):
            found = xpath(scope)
            self._marked.update(
                el for el in found if isinstance(el, etree._Element) and el not in self.protected
            )
        self._page_length: float | None = None
        self._known: dict[etree._Element, bool] = {}
        self._contained: dict[etree._Element, bool] = {}

    def is_noise(self, el: etree._Element) -> bool:
        """The element itself would be a noise element if no ancestor were (find_noise's test)."""
        verdict = self._known.get(el)
        if verdict is None:
            verdict = self._known[el] = self._judge(el)
        return verdict

    def _judge(self, el: etree._Element) -> bool:
        if not isinstance(el.tag, str):
            return False
        if el in self._marked or (
            self._simple is not None and self._simple.match(el) and el not in self.protected
        ):
            return True
        if el in self.protected or self._match(el) is None:
            return False
        if el.tag not in LEAVES:
            length = float(_TEXT_LENGTH(el))
            if length > 200:
                if self._page_length is None:
                    self._page_length = float(_BODY_TEXT_LENGTH(self.tree) or 0.0)
                if length > MAX_TEXT_SHARE * self._page_length:
                    return False
        return True

    def contains(self, el: etree._Element) -> bool:
        """The element (inside the scope) is noise or inside noise."""
        node: etree._Element | None = el
        while node is not None and node is not self.scope:
            if self.is_noise(node):
                return True
            node = node.getparent()
        return False

    def contains_inside(self, el: etree._Element) -> bool | None:
        """contains(el) for an element inside the scope (or the scope itself), None for one outside.

        One walk up for both answers, and the verdict of every element on the way is kept: the
        paragraphs, bylines and figures a page reads share most of their ancestors."""
        chain: list[etree._Element] = []
        node: etree._Element | None = el
        verdict = False
        while node is not self.scope:
            if node is None:
                return None  # above the root: not inside the scope (nothing was judged)
            known = self._contained.get(node)
            if known is not None:
                verdict = known
                break
            chain.append(node)
            node = node.getparent()
        # top down: an element is in noise when its parent is, or when it is noise itself
        for node in reversed(chain):
            verdict = verdict or self.is_noise(node)
            self._contained[node] = verdict
        return verdict

    def within(self, el: etree._Element) -> set[etree._Element]:
        """The outermost noise elements below `el` (an element inside the scope and not in noise)."""
        out: set[etree._Element] = set()
        walker = etree.iterwalk(el, events=("start",))
        for _event, node in walker:
            if node is not el and self.is_noise(node):
                out.add(node)
                walker.skip_subtree()
        return out


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
    for el in noise.elements:
        el.set(_MARK, "1")
    try:
        clean_tree = copy.deepcopy(tree)
    finally:
        for el in noise.elements:
            del el.attrib[_MARK]
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


def in_noise(
    el: etree._Element,
    *,
    top: etree._Element | None = None,
    rules: tuple[str, ...] = RULE_NAMES,
    leaves: Collection[str] = LEAVES,
    transparent: Collection[str] = (),
) -> bool:
    """The element, or one of its ancestors below `top`, is noise by `rules` (the guard of find_noise
    included: a match holding most of the page's text is the page, not noise). `transparent` tags are
    never noise themselves (a <noscript> byline is the byline readers without JavaScript see).

    For the few elements a generic page needs to judge (figures, bylines): testing their ancestors
    costs far less than a pass over the whole tree.
    """
    match = matcher(rules).match
    node: etree._Element | None = el
    page_length: float | None = None
    while node is not None and node is not top:
        if isinstance(node.tag, str) and node.tag not in transparent and match(node) is not None:
            if node.tag in leaves:
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
