"""Find, in the page, the element that holds the paragraphs an extractor returned."""

from __future__ import annotations

from collections import Counter

from lxml.html import HtmlElement

from newsarchive.extract.content.blocks import normalise_space

MIN_MATCHED = 2  #: fewer matched paragraphs than this and the container is a guess


def text_container(page: HtmlElement, paragraphs: list[str]) -> HtmlElement | None:
    """The parent of most of the page's <p> elements whose text is one of `paragraphs`."""
    wanted = {text for text in paragraphs if len(text) > 40}
    if len(wanted) < MIN_MATCHED:
        return None
    parents: Counter[HtmlElement] = Counter()
    for element in page.iter("p"):
        if normalise_space(element.text_content()) in wanted:
            parent = element.getparent()
            if parent is not None:
                parents[parent] += 1
    if not parents:
        return None
    container, hits = parents.most_common(1)[0]
    return container if hits >= MIN_MATCHED else None


def within(element: HtmlElement, container: HtmlElement) -> bool:
    node: HtmlElement | None = element
    while node is not None:
        if node is container:
            return True
        node = node.getparent()
    return False
