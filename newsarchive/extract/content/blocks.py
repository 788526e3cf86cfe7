"""Text blocks of an extracted body: trafilatura's XML output flattened to typed paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml.etree import _Element, strip_tags
from trafilatura.xml import xmltotxt

_ITEM_MARKER = re.compile(r"^(?:[-*•·]|\d{1,3}[.)])\s+")


@dataclass(kw_only=True)
class Block:
    """One paragraph-like unit of the extracted body."""

    text: str
    kind: str  #: "p", "head", "item", "quote", "table", "other"
    link_share: float = 0.0  #: share of the block's characters inside links
    group: int = 0  #: index of the top-level element it came from (items of one list share it)


def normalise_space(text: str) -> str:
    # str.split() and the regex \s agree on every code point; the split is ~3x faster on long text
    return " ".join(text.split())


def _link_share(element: _Element) -> float:
    total = len(normalise_space("".join(element.itertext())))
    if not total:
        return 0.0
    linked = sum(len(normalise_space("".join(ref.itertext()))) for ref in element.iter("ref"))
    return min(1.0, linked / total)


def _lines(element: _Element) -> list[str]:
    return [line for line in (normalise_space(raw) for raw in xmltotxt(element, False).split("\n")) if line]


def _items(element: _Element, group: int, shares: dict[_Element, float]) -> Iterator[Block]:
    for item in element.iterchildren("item"):
        nested = [child for child in item if child.tag == "list"]
        for child in nested:
            item.remove(child)
        for line in _lines(item):
            line = _ITEM_MARKER.sub("", line)
            if line:
                yield Block(text=line, kind="item", link_share=shares.get(item, 0.0), group=group)
        for child in nested:
            yield from _items(child, group, shares)


_KINDS = {"p": "p", "head": "head", "quote": "quote", "table": "table", "list": "item"}


def blocks_from_body(body: _Element) -> list[Block]:
    """Flatten trafilatura's body element; consumes (mutates) `body`."""
    # link shares first: rendering needs the links stripped (else they print as markdown with URLs)
    shares: dict[_Element, float] = {}
    for element in body.iter("item", "cell", *_KINDS):
        if next(element.iterdescendants("ref"), None) is not None:
            shares[element] = _link_share(element)
    strip_tags(body, "ref")
    out: list[Block] = []
    for group, child in enumerate(body):
        if not isinstance(child.tag, str):
            continue
        if child.tag == "list":
            out.extend(_items(child, group, shares))
            continue
        if child.tag == "table" and _is_layout(child):
            out.extend(_layout_blocks(child, group, shares))
            continue
        kind = _KINDS.get(child.tag, "other")
        lines = _lines(child)
        share = shares.get(child, 0.0)
        out.extend(Block(text=line, kind=kind, link_share=share, group=group) for line in lines)
    return out


#: words a layout table's cell of loose text must hold to be prose rather than a menu or a date bar
LOOSE_CELL_WORDS = 30


def _is_layout(table: _Element) -> bool:
    """A table that lays out the page rather than holding data: a cell holds a heading or paragraphs (a
    site built in the 1990s and 2000s sets its whole page in one; its story is a cell's <h1> and <p>s,
    not a row "| <headline> <paragraph> <paragraph> |")."""
    return any(cell.find("head") is not None or len(cell.findall("p")) >= 2 for cell in table.iter("cell"))


def _layout_blocks(table: _Element, group: int, shares: dict[_Element, float]) -> Iterator[Block]:
    """The blocks of a layout table, cell by cell: a cell's paragraphs, headings, lists as they are; a
    cell of loose text as one line when it is prose (LOOSE_CELL_WORDS), else left out: a short one is the
    menu, the date bar or the footer beside the story ("Home | News")."""
    for cell in table.iter("cell"):
        if next(cell.iterancestors("cell"), None) is not None:
            continue  # (a nested table's cells come through their own table below)
        blocks = [child for child in cell if isinstance(child.tag, str)]
        if not any(child.tag in _KINDS or child.tag == "list" for child in blocks):
            text = normalise_space("".join(cell.itertext()))
            if len(text.split()) >= LOOSE_CELL_WORDS:
                yield Block(text=text, kind="p", link_share=shares.get(cell, 0.0), group=group)
            continue
        for child in blocks:
            if child.tag == "list":
                yield from _items(child, group, shares)
            elif child.tag == "table":
                yield from (_layout_blocks(child, group, shares) if _is_layout(child) else ())
            else:
                kind = _KINDS.get(child.tag, "other")
                share = shares.get(child, 0.0)
                for line in _lines(child):
                    yield Block(text=line, kind=kind, link_share=share, group=group)
