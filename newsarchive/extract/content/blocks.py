"""Text blocks of an extracted body: trafilatura's XML output flattened to typed paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass

from lxml.etree import Element, _Element, strip_tags
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
        if isinstance(child.tag, str):
            out.extend(_element_blocks(child, group, shares))
    return out


def _element_blocks(element: _Element, group: int, shares: dict[_Element, float]) -> Iterator[Block]:
    """The blocks of one element of the body, or of a layout table's cell: a list's items, a layout
    table's cells, or the element's own lines."""
    if element.tag == "list":
        yield from _items(element, group, shares)
    elif element.tag == "table" and any(_is_layout(row) for row in element.iterchildren("row")):
        yield from _table_blocks(element, group, shares)
    else:
        kind, share = _KINDS.get(element.tag, "other"), shares.get(element, 0.0)
        for line in _lines(element):
            yield Block(text=line, kind=kind, link_share=share, group=group)


def _is_layout(row: _Element) -> bool:
    """A table row that lays out the page rather than holding data: a cell holds a heading or paragraphs
    (a site built in the 1990s and 2000s sets its whole page in a table; its story is a cell's <h1> and
    <p>s, not one line "| <headline> <paragraph> <paragraph> |")."""
    return any(_holds_blocks(cell) for cell in row.iterchildren("cell"))


def _holds_blocks(cell: _Element) -> bool:
    return cell.find("head") is not None or len(cell.findall("p")) >= 2


def _table_blocks(table: _Element, group: int, shares: dict[_Element, float]) -> Iterator[Block]:
    """The blocks of a table some of whose rows lay out the page: in such a row, each cell's paragraphs,
    headings and lists as they are (a cell of loose text as one line); the other rows, data, as the
    table's lines they always were."""
    data: list[_Element] = []
    for row in table.iterchildren("row"):
        if not _is_layout(row):
            data.append(row)
            continue
        yield from _data_rows(data, group, shares)
        data = []
        for cell in row.iterchildren("cell"):
            if not _holds_blocks(cell):
                text = normalise_space("".join(cell.itertext()))
                if text:
                    yield Block(text=text, kind="other", link_share=shares.get(cell, 0.0), group=group)
                continue
            # (text set loose in the cell before its first block is the story's too; after a block, it is
            # in the block's lines: trafilatura's text of an element holds its tail)
            loose = normalise_space(cell.text or "")
            if loose:
                yield Block(text=loose, kind="p", group=group)
            for child in cell:
                if isinstance(child.tag, str):
                    yield from _element_blocks(child, group, shares)
    yield from _data_rows(data, group, shares)


def _data_rows(rows: list[_Element], group: int, shares: dict[_Element, float]) -> Iterator[Block]:
    """Rows of data as the table's lines, each with the share of its text in links."""
    for row in rows:
        sizes = [(len(normalise_space("".join(cell.itertext()))), cell) for cell in row.iterchildren("cell")]
        total = sum(size for size, _ in sizes)
        linked = sum(size * shares.get(cell, 0.0) for size, cell in sizes)
        share = linked / total if total else 0.0
        table = Element("table")
        table.append(deepcopy(row))
        for line in _lines(table):
            yield Block(text=line, kind="table", link_share=share, group=group)
