"""The markup rules compiled for matching: rule name of an element, or None.

Rules are matched in Python, one pass over the elements: an XPath predicate per rule cost ~0.1 ms per
rule on a news page (libxml2 builds a string object per contains()), ten times the pass. A profile's
own noise selectors are indexed (SimpleSelectors) or compiled to as few XPaths as possible.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from newsarchive.extract.noise.rules import NOISE_RULES, RULES_BY_NAME
from newsarchive.extract.selectors import compile_selector, css_predicate, is_xpath

logger = logging.getLogger(__name__)


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


class Matcher:
    """The rules of a set compiled to dict and regex lookups: rule name of an element, or None."""

    def __init__(self, names: tuple[str, ...], tag_names: tuple[str, ...]) -> None:
        rules = [RULES_BY_NAME[n] for n in names]
        self.tags = {t: RULES_BY_NAME[n].name for n in tag_names for t in RULES_BY_NAME[n].tags}
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
def matcher(names: tuple[str, ...]) -> Matcher:
    # tag tests cost nothing and need no gate: the tags of every chosen rule, active or not
    return Matcher(names, names)


@lru_cache(maxsize=64)
def gated_matcher(active: tuple[str, ...], chosen: tuple[str, ...]) -> Matcher:
    return Matcher(active, chosen)


@lru_cache(maxsize=64)
def needle_xpath(names: tuple[str, ...]) -> etree.XPath:
    """Elements whose class, id, role or data-module holds a needle of these rules.

    Tested on the attribute nodes (then their owner), not as predicates on every element: libxml2
    then converts only the attributes that exist, ~3x faster on a news page. Same elements, in
    document order (a union of node-sets is sorted).
    """
    needles = sorted({n for name in names for n in RULES_BY_NAME[name].needles})
    test = " or ".join(f"contains(., '{n}')" for n in needles)
    return etree.XPath(
        " | ".join(f"//body//*/@{a}[{test}]/.." for a in ("class", "id", "role", "data-module"))
    )


# A selector of one element: optional tag, classes, optional id ("aside.sponsored-content", ".regwall").
_SIMPLE_SELECTOR = re.compile(r"^([a-zA-Z][a-zA-Z0-9]*)?((?:\.[-\w]+)*)(?:#([-\w]+))?$")
_Simple = tuple[str | None, frozenset[str], str | None]  # tag, classes, id


@dataclass(frozen=True, kw_only=True)
class SimpleSelectors:
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
def simple_selectors(selectors: tuple[str, ...]) -> tuple[SimpleSelectors, tuple[str, ...]]:
    """`selectors` split into the simple ones (see SimpleSelectors) and the others."""
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
    index = SimpleSelectors(
        by_class={k: tuple(v) for k, v in by_class.items()},
        by_id={k: tuple(v) for k, v in by_id.items()},
        by_tag={k: tuple(v) for k, v in by_tag.items()},
    )
    return index, tuple(other)


@lru_cache(maxsize=64)
def extra_xpaths(selectors: tuple[str, ...], scoped: bool = False) -> tuple[etree.XPath, ...]:
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
