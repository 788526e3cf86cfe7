"""CSS or XPath selectors, compiled once and cached."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from cssselect import HTMLTranslator, SelectorError
from lxml import etree

_TRANSLATOR = HTMLTranslator()
# A step with cssselect's class test as its only predicate ("*[@class and contains(@class, 'x') and
# contains(concat(' ', normalize-space(@class), ' '), ' x ')]"), ending the path or followed by a step.
_CLASS_STEP = re.compile(
    r"(?:(?<=::)|(?<=/)|^)(\*|[A-Za-z][\w-]*)\[@class and contains\(@class, '([^']+)'\) and "
    r"contains\(concat\(' ', normalize-space\(@class\), ' '\), ' ([^' ]+) '\)\](?=/|\s\||$)"
)


def class_id(el: etree._Element) -> str:
    """An element's class and id, as the class/id patterns of every rule list are tested against."""
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def is_xpath(selector: str) -> bool:
    return selector.startswith(("/", "./", "(", "descendant"))


def css_to_xpath(css: str) -> str:
    return _TRANSLATOR.css_to_xpath(css)


def _attribute_steps(xpath: str) -> str:
    """The same path with class tests made on the class attribute nodes, then their owner element:
    libxml2 then converts only the attributes that exist (~1.5-2x faster on a news page). Same
    elements in document order (an element has one class attribute)."""
    return _CLASS_STEP.sub(
        lambda m: (
            f"{m.group(1)}/@class[contains(., '{m.group(2)}')]"
            f"[contains(concat(' ', normalize-space(.), ' '), ' {m.group(3)} ')]/.."
        ),
        xpath,
    )


@lru_cache(maxsize=1024)
def compile_selector(selector: str) -> etree.XPath:
    if is_xpath(selector):
        return etree.XPath(selector)
    try:
        return etree.XPath(_attribute_steps(css_to_xpath(selector)))
    except SelectorError as exc:
        raise ValueError(f"bad CSS selector {selector!r}: {exc}") from exc


def css_predicate(css: str) -> str:
    """The CSS selector group as one XPath predicate on an element ("(P) or (Q)"), to OR several
    selectors into one pass over a tree. Only for selectors without combinators."""
    out = []
    for part in css_to_xpath(css).split(" | "):
        head, sep, predicate = part.partition("::*[")
        if head != "descendant-or-self" or not sep or not predicate.endswith("]"):
            raise ValueError(f"CSS selector {css!r} is not a simple selector")
        out.append(f"({predicate[:-1]})")
    return " or ".join(out)


def select(root: etree._Element, selector: str) -> list[etree._Element]:
    """Elements under root matching a CSS or XPath selector, in document order."""
    result = compile_selector(selector)(root)
    return [el for el in result if isinstance(el, etree._Element)] if isinstance(result, list) else []


# A selector of type and class compounds joined by descendant or child combinators ("h1.title",
# ".article__content .ezrichtext-field > p", "article figure"): what ClassIndex answers.
_COMPOUND = r"(?:[a-zA-Z][a-zA-Z0-9]*(?:\.[-\w]+)*|(?:\.[-\w]+)+)"
_SIMPLE_PATH = re.compile(rf"^\s*{_COMPOUND}(?:(?:\s*>\s*|\s+){_COMPOUND})*\s*$")
_PIECE = re.compile(rf"\s*(>)?\s*({_COMPOUND})")
# XPath's whitespace (normalize-space), which separates class tokens for cssselect's class test
_XML_SPACE = " \t\r\n"
# Attribute values are joined with NUL, which none holds (libxml2 keeps them as C strings): a needle
# found in the joined text lies inside one value, and the NULs before it count the values before it.
# (A count of a few KB runs in C: cheaper than a table of the values' start offsets.)
VALUE_SEPARATOR = "\0"
_TOKEN_EDGE = _XML_SPACE + VALUE_SEPARATOR


def holders(joined: str, needle: str) -> Iterator[int]:
    """The indexes, ascending and each once, of the values in `joined` (joined with VALUE_SEPARATOR)
    that hold `needle` (a string without VALUE_SEPARATOR)."""
    index = counted = 0
    at = joined.find(needle)
    while at >= 0:
        index += joined.count(VALUE_SEPARATOR, counted, at)
        yield index
        counted = joined.find(VALUE_SEPARATOR, at)
        if counted < 0:
            return
        at = joined.find(needle, counted + 1)  # (the rest of this value adds nothing)


_Compound = tuple[str | None, tuple[str, ...]]  # tag (lower case) or None, classes


@lru_cache(maxsize=256)
def _simple_path(css: str) -> tuple[tuple[_Compound, ...], tuple[bool, ...]] | None:
    """(compounds, child combinator before each) of a ClassIndex selector, else None (also for one
    cssselect rejects: the XPath path then raises as before)."""
    if not _SIMPLE_PATH.match(css):
        return None
    try:
        css_to_xpath(css)
    except SelectorError:
        return None
    compounds: list[_Compound] = []
    child: list[bool] = []
    for m in _PIECE.finditer(css):
        tag, *classes = m.group(2).split(".")
        compounds.append((tag.lower() or None, tuple(classes)))
        child.append(bool(m.group(1)))
    return tuple(compounds), tuple(child)


def _class_tokens(value: str) -> list[str]:
    for space in "\t\r\n":
        value = value.replace(space, " ")
    return value.split(" ")


class ClassIndex:
    """The class values of the elements below `root` (and its own), read in one XPath pass, to
    answer simple CSS selectors there (_simple_path: type and class compounds, descendant and child
    combinators) with string search and parent walks instead of an XPath walk over the subtree each:
    a profile page runs about six of them in its article container. Same elements, in document
    order, as the compiled selector run at `root` (tests/test_extract_fast_paths.py)."""

    _CLASSES = etree.XPath("descendant-or-self::*/@class")  # smart strings: getparent() is the owner

    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self._values: list[Any] | None = None
        self._joined = ""

    def select(self, css: str) -> list[etree._Element] | None:
        """The elements `css` matches, or None when it is not a selector this index answers."""
        path = _simple_path(css)
        if path is None:
            return None
        compounds, child = path
        found = self._matching(compounds[0])
        for compound, is_child in zip(compounds[1:], child[1:], strict=True):
            if not found:
                break
            found = self._step(found, compound, is_child)
        return found

    def _matching(self, compound: _Compound) -> list[etree._Element]:
        """The elements of the subtree (root included) matching the compound, in document order."""
        tag, classes = compound
        if not classes:
            return list(self.root.iter(tag))  # (a compound without a class has a tag)
        return [el for el in self._with_class(classes[0]) if self._matches(el, tag, classes)]

    def _step(self, found: list[etree._Element], compound: _Compound, is_child: bool) -> list[etree._Element]:
        """The children (`is_child`) or descendants of `found` (in document order, each once)
        matching the compound, in document order, each once: what the XPath step gives."""
        tag, classes = compound
        if not classes and self._unnested(found):
            # below elements none of which holds another: their children/descendants, in turn
            if is_child:
                return [el for parent in found for el in parent.iterchildren(tag)]
            return [el for top in found for el in top.iterdescendants(tag)]
        members = set(found)
        root = self.root
        out: list[etree._Element] = []
        for el in self._matching(compound):
            if el is root:
                continue  # (its parent and ancestors are outside the subtree)
            if is_child:
                if el.getparent() in members:
                    out.append(el)
                continue
            for ancestor in el.iterancestors():
                if ancestor in members:
                    out.append(el)
                    break
                if ancestor is root:
                    break
        return out

    def _unnested(self, found: list[etree._Element]) -> bool:
        """No element of `found` is an ancestor of another."""
        if len(found) < 2:
            return True
        members = set(found)
        root = self.root
        for el in found:
            if el is root:
                continue
            for ancestor in el.iterancestors():
                if ancestor in members:
                    return False
                if ancestor is root:
                    break
        return True

    def with_class_containing(self, needles: tuple[str, ...]) -> list[etree._Element]:
        """Elements whose class value contains one of the needles (XPath's contains(@class, n);
        a needle has no space), in document order, each once."""
        values = self._read()
        hits: set[int] = set()
        for needle in needles:
            hits.update(holders(self._joined, needle))
        return [values[index].getparent() for index in sorted(hits)]

    def _read(self) -> list[Any]:
        """The class values (read on first use)."""
        if self._values is None:
            self._values = self._CLASSES(self.root)
            self._joined = VALUE_SEPARATOR.join(self._values)
        return self._values

    def _with_class(self, token: str) -> list[etree._Element]:
        """Elements whose class has the token, in document order."""
        values = self._read()
        joined, size, out = self._joined, len(token), []
        index = counted = 0  # (the value at `counted` is values[index]: see VALUE_SEPARATOR)
        at = joined.find(token)
        while at >= 0:
            end = at + size
            if (at == 0 or joined[at - 1] in _TOKEN_EDGE) and (
                end == len(joined) or joined[end] in _TOKEN_EDGE
            ):
                index += joined.count(VALUE_SEPARATOR, counted, at)
                counted = at
                owner = values[index].getparent()
                if not out or out[-1] is not owner:  # (a token twice in one value)
                    out.append(owner)
            at = joined.find(token, at + 1)
        return out

    @staticmethod
    def _matches(el: etree._Element, tag: str | None, classes: tuple[str, ...]) -> bool:
        if tag is not None and el.tag != tag:
            return False
        if not classes:
            return True
        value = el.get("class")
        return value is not None and set(classes).issubset(_class_tokens(value))


def select_first(root: etree._Element, selectors: tuple[str, ...] | list[str]) -> etree._Element | None:
    for selector in selectors:
        found = select(root, selector)
        if found:
            return found[0]
    return None
