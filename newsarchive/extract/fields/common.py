"""Helpers the field mixins and the page share."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from lxml import etree

T = TypeVar("T")

_CHROME_TAGS = frozenset({"nav", "footer", "aside", "menu"})


def in_chrome(el: etree._Element, top: etree._Element) -> bool:
    for ancestor in el.iterancestors():
        if ancestor is top:
            return False
        if ancestor.tag in _CHROME_TAGS:
            return True
    return False


def memo(method: Callable[[Any], T]) -> Callable[[Any], T]:
    """Cache a field method's result on the page: the body step reads headline, standfirst, section
    and images again. Keyed by the qualified name, so a profile override and the generic method it
    falls back to keep their own values."""
    key = "_memo_" + method.__qualname__

    @functools.wraps(method)
    def wrapper(self: Any) -> T:
        cache = self.__dict__
        if key not in cache:
            cache[key] = method(self)
        return cache[key]  # type: ignore[no-any-return]

    return wrapper


def is_ancestor(ancestor: etree._Element, el: etree._Element) -> bool:
    return any(a is ancestor for a in el.iterancestors())


def headline_neighbours(h1: etree._Element | None) -> Iterator[etree._Element]:
    """The few elements right after the headline and after its parent: a date or "Updated" line and the
    headline are often siblings in a header block."""
    if h1 is None:
        return
    for anchor in (h1, h1.getparent()):
        sibling = anchor.getnext() if anchor is not None else None
        for _ in range(4):
            if sibling is None:
                break
            if isinstance(sibling.tag, str):
                yield sibling
            sibling = sibling.getnext()
