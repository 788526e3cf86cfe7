"""CSS or XPath selectors, compiled once and cached."""

from __future__ import annotations

import re
from functools import lru_cache

from cssselect import HTMLTranslator, SelectorError
from lxml import etree

_TRANSLATOR = HTMLTranslator()
# A step with cssselect's class test as its only predicate ("*[@class and contains(@class, 'x') and
# contains(concat(' ', normalize-space(@class), ' '), ' x ')]"), ending the path or followed by a step.
_CLASS_STEP = re.compile(
    r"(?:(?<=::)|(?<=/)|^)(\*|[A-Za-z][\w-]*)\[@class and contains\(@class, '([^']+)'\) and "
    r"contains\(concat\(' ', normalize-space\(@class\), ' '\), ' ([^' ]+) '\)\](?=/|\s\||$)"
)


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


def select_first(root: etree._Element, selectors: tuple[str, ...] | list[str]) -> etree._Element | None:
    for selector in selectors:
        found = select(root, selector)
        if found:
            return found[0]
    return None
