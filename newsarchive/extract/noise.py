"""Markup-level noise: elements whose text is never article text.

Rules are data (NoiseRule: tags, whole class tokens, class token prefixes, ids, attributes), ordered
specific to generic. They are matched in Python, one pass over the elements: an XPath predicate per
rule cost ~0.1 ms per rule on a news page (libxml2 builds a string object per contains()), ten times
the pass.

Class names are matched as whole tokens or token prefixes (BEM: "share-buttons__link"), never as
substrings of a token: `[class*='read-more']` matched "entry-content-read-more", the wrapper of a
whole article body. A matched element that holds most of the page's text is never noise either
(ASP.NET pages wrap everything in a <form>, some themes set aria-hidden on the page wrapper).

Text-level rules live in newsarchive.cleaning.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree
from lxml import html as lxml_html

from newsarchive.extract.selectors import compile_selector, css_predicate, is_xpath
from newsarchive.extract.text import clean

logger = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True)
class NoiseRule:
    """Elements matching any of the fields are noise.

    `needles`: strings one of which the page's class/id/role/data-module values must contain for the
    class/id/attribute parts of the rule to match anything (Document.attribute_text); empty: no such
    gate. Tags are always tested.
    """

    name: str
    tags: tuple[str, ...] = ()
    tokens: tuple[str, ...] = ()  #: whole class tokens
    prefixes: tuple[str, ...] = ()  #: class token prefixes
    substrings: tuple[str, ...] = ()  #: class substrings: vendor widget names ("OUTBRAIN", "taboola")
    ids: tuple[str, ...] = ()
    id_prefixes: tuple[str, ...] = ()
    id_suffixes: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    #: (attribute, value): value None means "present"
    attributes: tuple[tuple[str, str | None], ...] = ()
    needles: tuple[str, ...] = ()


NOISE_RULES: tuple[NoiseRule, ...] = (
    # Icon sprites and inline icons: their <title>/<desc> ("Icon Twitter", "Created with Sketch.") leak
    # into text dumps.
    NoiseRule(name="svg", tags=("svg",)),
    NoiseRule(name="script", tags=("script", "style", "noscript", "template", "iframe", "object", "embed")),
    # Hidden until JavaScript fills them: paywall meters and offer modals with {{handlebars}}.
    # (style display:none is tested in _Matcher: it needs the value squashed)
    NoiseRule(name="hidden", attributes=(("hidden", None), ("aria-hidden", "true"))),
    NoiseRule(
        name="paywall-meter",
        tokens=("paywall-meter", "meter"),
        prefixes=("meter__",),
        id_suffixes=("-meter", "_meter"),
        needles=("meter",),
    ),
    NoiseRule(
        name="modal",
        tokens=("modal",),
        prefixes=("offer-modal", "expired-modal"),
        roles=("dialog",),
        attributes=(("aria-modal", "true"),),
        needles=("modal", "dialog"),
    ),
    NoiseRule(
        name="regwall",
        prefixes=("regwall", "registration-wall", "subscribe-prompt"),
        needles=("regwall", "registration-wall", "subscribe-prompt"),
    ),
    NoiseRule(
        name="sponsored-module",
        tokens=("sponsored-content",),  # on <aside> only (see _Matcher)
        prefixes=("sponsored-links",),
        attributes=(("data-module", "sponsored-content"),),
        needles=("sponsored-content", "sponsored-links"),
    ),
    NoiseRule(
        name="share",
        tokens=("share", "sharing"),
        prefixes=("share-buttons", "article__share", "social-share"),
        needles=("share", "sharing"),
    ),
    NoiseRule(
        name="print-mail",
        prefixes=("print-button", "email-button", "mail-button"),
        needles=("print-button", "mail-button"),
    ),
    NoiseRule(
        name="app-promo",
        prefixes=("app-promo", "app-banner", "newsletter-signup"),
        needles=("app-promo", "app-banner", "newsletter-signup"),
    ),
    NoiseRule(
        name="related",
        prefixes=("related-articles", "related-stories", "recommended", "more-stories", "read-more"),
        substrings=("outbrain", "OUTBRAIN", "taboola"),
        needles=("related-", "recommended", "more-stories", "read-more", "outbrain", "OUTBRAIN", "taboola"),
    ),
    NoiseRule(
        name="ads",
        tokens=("ad", "ads", "advert", "advertisement"),
        prefixes=("advert-", "dfp-"),
        id_prefixes=("google_ads", "div-gpt-ad"),
        needles=("ad", "dfp-", "google_ads"),
    ),
    NoiseRule(
        name="comments",
        tokens=("comments",),
        prefixes=("comment-list",),
        ids=("comments",),
        needles=("comment",),
    ),
    NoiseRule(name="forms", tags=("form", "button", "input", "select", "textarea")),
    # (<header> under <body> or .site-header is tested in _Matcher)
    NoiseRule(
        name="chrome",
        tags=("nav", "footer"),
        roles=("navigation", "banner", "contentinfo", "complementary"),
    ),
    NoiseRule(
        name="visually-hidden",
        tokens=("visually-hidden", "sr-only", "screen-reader-text"),
        needles=("visually-hidden", "sr-only", "screen-reader-text"),
    ),
)
# Rules whose text is never visible article text, whatever the body extractor thought of it.
INVISIBLE = frozenset({"paywall-meter", "modal", "regwall", "sponsored-module", "app-promo"})
_RULES = {rule.name: rule for rule in NOISE_RULES}
_RULE_NAMES = tuple(rule.name for rule in NOISE_RULES)  # every rule, in order (active_rules(None))
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
_BODY = etree.XPath("/html/body")
_MARK = "data-newsarchive-noise"
_MARKED = etree.XPath(f"//*[@{_MARK}]")


def active_rules(attributes: str | None, names: Iterable[str] | None = None) -> tuple[str, ...]:
    """Names of the rules (all, or `names`) whose class/id/attribute parts can match on a page whose
    class/id/role/data-module values are `attributes` (Document.attribute_text; None: all)."""
    wanted = None if names is None else set(names)
    return tuple(
        rule.name
        for rule in NOISE_RULES
        if (wanted is None or rule.name in wanted)
        and (attributes is None or not rule.needles or any(n in attributes for n in rule.needles))
    )


class _Matcher:
    """The rules of a set compiled to dict and regex lookups: rule name of an element, or None."""

    def __init__(self, names: tuple[str, ...], tag_names: tuple[str, ...]) -> None:
        rules = [_RULES[n] for n in names]
        self.tags = {t: _RULES[n].name for n in tag_names for t in _RULES[n].tags}
        self.tokens = {t: r.name for r in rules for t in r.tokens}
        prefixes = {p: r.name for r in rules for p in r.prefixes}
        substrings = {s: r.name for r in rules for s in r.substrings}
        self.prefixes = prefixes
        self.prefix_rx = (
            re.compile(r"(?:^|\s)(" + "|".join(map(re.escape, sorted(prefixes, key=len, reverse=True))) + ")")
            if prefixes
            else None
        )
        self.substrings = substrings
        self.substring_rx = re.compile("|".join(map(re.escape, substrings))) if substrings else None
        self.ids = {i: r.name for r in rules for i in r.ids}
        self.id_prefixes = tuple((p, r.name) for r in rules for p in r.id_prefixes)
        self.id_suffixes = tuple((s, r.name) for r in rules for s in r.id_suffixes)
        self.roles = {role: r.name for r in rules for role in r.roles}
        self.attributes = tuple((a, v, r.name) for r in rules for a, v in r.attributes)
        self.hidden = "hidden" in names
        self.header = "chrome" in tag_names

    def match(self, el: etree._Element) -> str | None:
        tag = el.tag
        name = self.tags.get(tag)  # type: ignore[arg-type]
        if name is not None:
            return name
        # The attribute names in one call, then only the attributes the element has are read: most
        # elements carry one or two of the eight tested here (each get() is a call into libxml2).
        names = el.keys()
        if not names:
            if self.header and tag == "header":
                return self._header(el)
            return None
        cls = el.get("class") if "class" in names else None
        if cls:
            tokens = cls.split()
            for token in tokens:
                name = self.tokens.get(token)
                if name is not None:
                    if name == "sponsored-module" and tag != "aside":
                        continue
                    return name
            if self.prefix_rx is not None:
                m = self.prefix_rx.search(cls)
                if m:
                    return self.prefixes[m.group(1)]
            if self.substring_rx is not None:
                m = self.substring_rx.search(cls)
                if m:
                    return self.substrings[m.group(0)]
        ident = el.get("id") if "id" in names else None
        if ident:
            name = self.ids.get(ident)
            if name is not None:
                return name
            for prefix, name in self.id_prefixes:
                if ident.startswith(prefix):
                    return name
            for suffix, name in self.id_suffixes:
                if ident.endswith(suffix):
                    return name
        role = el.get("role") if "role" in names else None
        if role:
            name = self.roles.get(role)
            if name is not None:
                return name
        for attribute, value, name in self.attributes:
            if attribute in names and (value is None or el.get(attribute) == value):
                return name
        if self.hidden and "style" in names:
            style = el.get("style")
            if style and "display" in style and "display:none" in style.replace(" ", ""):
                return "hidden"
        if self.header and tag == "header":
            return self._header(el)
        return None

    @staticmethod
    def _header(el: etree._Element) -> str | None:
        parent = el.getparent()
        if parent is not None and parent.tag == "body":
            return "chrome"
        return "chrome" if "site-header" in (el.get("class") or "").split() else None


@lru_cache(maxsize=64)
def _matcher(names: tuple[str, ...]) -> _Matcher:
    # tag tests cost nothing and need no gate: the tags of every chosen rule, active or not
    return _Matcher(names, names)


@lru_cache(maxsize=64)
def _gated_matcher(active: tuple[str, ...], chosen: tuple[str, ...]) -> _Matcher:
    return _Matcher(active, chosen)


@lru_cache(maxsize=64)
def _needle_xpath(names: tuple[str, ...]) -> etree.XPath:
    """Elements whose class, id, role or data-module holds a needle of these rules.

    Tested on the attribute nodes (then their owner), not as predicates on every element: libxml2
    then converts only the attributes that exist, ~3x faster on a news page. Same elements, in
    document order (a union of node-sets is sorted).
    """
    needles = sorted({n for name in names for n in _RULES[name].needles})
    test = " or ".join(f"contains(., '{n}')" for n in needles)
    return etree.XPath(
        " | ".join(f"//body//*/@{a}[{test}]/.." for a in ("class", "id", "role", "data-module"))
    )


# A selector of one element: optional tag, classes, optional id ("aside.sponsored-content", ".regwall").
_SIMPLE_SELECTOR = re.compile(r"^([a-zA-Z][a-zA-Z0-9]*)?((?:\.[-\w]+)*)(?:#([-\w]+))?$")
_Simple = tuple[str | None, frozenset[str], str | None]  # tag, classes, id


@dataclass(frozen=True, kw_only=True)
class _SimpleSelectors:
    """A profile's one-element noise selectors, tested in Python during a walk (an ORed XPath
    predicate costs ~1 us per element and selector: normalize-space and concat on every class),
    indexed by one of their classes, else their id, else their tag."""

    by_class: dict[str, tuple[_Simple, ...]]
    by_id: dict[str, tuple[_Simple, ...]]
    by_tag: dict[str, tuple[_Simple, ...]]

    def __bool__(self) -> bool:
        return bool(self.by_class or self.by_id or self.by_tag)

    def match(self, el: etree._Element) -> bool:
        cls = el.get("class")
        ident = el.get("id")
        by_tag = self.by_tag.get(el.tag, ()) if self.by_tag else ()  # type: ignore[arg-type]
        if not cls and not ident and not by_tag:
            return False  # (most elements tested: a bare <p>, or one no selector indexes)
        candidates: list[_Simple] = list(by_tag)
        tokens = cls.split() if cls else []
        if self.by_class:
            for token in tokens:
                candidates.extend(self.by_class.get(token, ()))
        if ident and self.by_id:
            candidates.extend(self.by_id.get(ident, ()))
        for tag, classes, want_id in candidates:
            if (
                (tag is None or el.tag == tag)
                and (want_id is None or ident == want_id)
                and classes.issubset(tokens)
            ):
                return True
        return False


@lru_cache(maxsize=64)
def _simple_selectors(selectors: tuple[str, ...]) -> tuple[_SimpleSelectors, tuple[str, ...]]:
    """`selectors` split into the simple ones (see _SimpleSelectors) and the others."""
    by_class: dict[str, list[_Simple]] = {}
    by_id: dict[str, list[_Simple]] = {}
    by_tag: dict[str, list[_Simple]] = {}
    other: list[str] = []
    for selector in selectors:
        m = None if is_xpath(selector) else _SIMPLE_SELECTOR.match(selector.strip())
        if not m or not (m.group(1) or m.group(2) or m.group(3)):
            other.append(selector)
            continue
        tag = m.group(1).lower() if m.group(1) else None
        classes = [c for c in m.group(2).split(".") if c]
        simple: _Simple = (tag, frozenset(classes), m.group(3))
        if classes:
            by_class.setdefault(classes[0], []).append(simple)
        elif m.group(3):
            by_id.setdefault(m.group(3), []).append(simple)
        else:
            by_tag.setdefault(tag or "", []).append(simple)
    index = _SimpleSelectors(
        by_class={k: tuple(v) for k, v in by_class.items()},
        by_id={k: tuple(v) for k, v in by_id.items()},
        by_tag={k: tuple(v) for k, v in by_tag.items()},
    )
    return index, tuple(other)


@lru_cache(maxsize=64)
def _extra_xpaths(selectors: tuple[str, ...], scoped: bool = False) -> tuple[etree.XPath, ...]:
    """A profile's noise selectors as few XPaths: simple CSS selectors ORed into one pass (over the
    whole document, or with `scoped` below the element it is run on)."""
    predicates: list[str] = []
    out: list[etree.XPath] = []
    for selector in selectors:
        try:
            predicate = "" if is_xpath(selector) else css_predicate(selector)
        except ValueError:
            predicate = ""
        if predicate:
            predicates.append(predicate)
            continue
        try:
            out.append(compile_selector(selector))
        except (ValueError, etree.XPathError):
            logger.debug("skipping bad noise selector %s", selector)
    if predicates:
        axis = "descendant-or-self::*" if scoped else "//*"
        out.insert(0, etree.XPath(axis + "[" + " or ".join(f"({p})" for p in predicates) + "]"))
    return tuple(out)


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

    `attributes`: Document.attribute_text, to skip rules that cannot match (see NoiseRule.needles).
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
    for xpath in _extra_xpaths(tuple(extra)):
        found = xpath(tree)
        marked.update(el for el in found if isinstance(el, etree._Element) and el not in protected)
    wanted = None if rules is None else set(rules)
    chosen = tuple(r.name for r in NOISE_RULES if wanted is None or r.name in wanted)
    active = active_rules(attributes, chosen)
    match = _gated_matcher(active, chosen).match
    body = _BODY(tree)
    page_length: float | None = None
    if not marked and all(_RULES[n].needles for n in chosen):
        # Only class/id/role rules: their needles, tested in one XPath pass, give the few candidates
        # (a Python walk over every element costs ~0.5 ms on a news page).
        if not active:
            return noise
        candidates = _needle_xpath(active)(tree)
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
        if el.tag not in _LEAVES:
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
    return noise


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
        active = _RULE_NAMES if attributes is None else active_rules(attributes, _RULE_NAMES)
        self._match = _gated_matcher(active, _RULE_NAMES).match
        simple, other = _simple_selectors(tuple(extra))
        self._simple = simple or None
        self._marked: set[etree._Element] = set()
        for xpath in _extra_xpaths(other, True):
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
        if el.tag not in _LEAVES:
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


def in_noise(el: etree._Element, *, top: etree._Element | None = None) -> bool:
    """The element, or one of its ancestors below `top`, is noise (the guard of find_noise included).

    For the few elements a generic page needs to judge (figures, bylines): testing their ancestors
    costs far less than a pass over the whole tree.
    """
    match = _matcher(_RULE_NAMES).match
    node: etree._Element | None = el
    page_length: float | None = None
    while node is not None and node is not top:
        if isinstance(node.tag, str) and match(node) is not None:
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
