"""Articles split into sibling chunks (ad slots between them): find the chunks the extractor missed.

Main-content extractors pick ONE container. Some layouts cut the article body into several
containers of the same kind (same tag, same class), side by side under a common ancestor, with
ads or embeds between them. Given the paragraphs already extracted, locate their container in the
page, and collect the paragraphs of its look-alike neighbours.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml.html import HtmlElement

from newsarchive.extract.content.blocks import normalise_space
from newsarchive.extract.content.locate import within

MAX_ANCESTOR_DISTANCE = 3  #: the chunks share an ancestor at most this many levels above the container
MIN_CHUNK_CHARS = 300  #: a chunk adds at least this much text...
MIN_MEAN_PARAGRAPH = 80  #: ...in paragraphs of prose, not link lists or captions
LINK_SHARE = 0.6  #: paragraphs with at least this share of linked text are link lists
_TEXT_TAGS = ("p", "h2", "h3", "h4", "li", "blockquote")
# chunks inside these are someone else's text (comments, teasers), not the article's
_FOREIGN = ("comment", "related", "recommend", "teaser", "promo", "sidebar", "footer", "newsletter")


@dataclass(kw_only=True)
class Chunk:
    paragraphs: list[str]


def _nested(element: HtmlElement, container: HtmlElement) -> bool:
    """Inside another text element below `container` (a <p> in an <li> is read with the <li>)."""
    node = element.getparent()
    while node is not None and node is not container:
        if node.tag in _TEXT_TAGS:
            return True
        node = node.getparent()
    return False


def _own_paragraphs(container: HtmlElement) -> list[str]:
    out: list[str] = []
    for element in container.iter(*_TEXT_TAGS):
        if _nested(element, container):
            continue
        text = normalise_space(element.text_content())
        if text and not _mostly_links(element, text):
            out.append(text)
    return out


def _mostly_links(element: HtmlElement, text: str) -> bool:
    """A "more stories" item or a link list entry, not prose."""
    linked = sum(len(normalise_space(a.text_content())) for a in element.iter("a"))
    return linked >= LINK_SHARE * len(text)


def _is_foreign(element: HtmlElement, stop: HtmlElement) -> bool:
    node: HtmlElement | None = element
    while node is not None and node is not stop:
        marks = f"{node.get('class', '')} {node.get('id', '')}".lower()
        if node.tag in ("aside", "footer", "nav") or any(word in marks for word in _FOREIGN):
            return True
        node = node.getparent()
    return False


def sibling_chunks(container: HtmlElement, extracted: list[str]) -> list[Chunk]:
    """Look-alike containers after `container` (which holds `extracted`), with their new text."""
    css_class = container.get("class")
    if not css_class:
        return []
    ancestors = list(container.iterancestors())[:MAX_ANCESTOR_DISTANCE]
    if not ancestors:
        return []
    top = ancestors[-1]
    own_ancestors = set(ancestors)
    seen = set(extracted)
    chunks: list[Chunk] = []
    order = {element: i for i, element in enumerate(top.iter())}
    container_pos = order.get(container, 0)
    for candidate in top.iter(container.tag):
        if candidate is container or candidate in own_ancestors or candidate.get("class") != css_class:
            continue
        # a look-alike BEFORE the extracted text is a summary box or a lead-in more often than a chunk
        if order.get(candidate, 0) < container_pos:
            continue
        if within(candidate, container) or within(container, candidate) or _is_foreign(candidate, top):
            continue
        paragraphs = [text for text in _own_paragraphs(candidate) if text not in seen]
        if not paragraphs:
            continue
        total = sum(len(text) for text in paragraphs)
        if total < MIN_CHUNK_CHARS or total / len(paragraphs) < MIN_MEAN_PARAGRAPH:
            continue
        seen.update(paragraphs)
        chunks.append(Chunk(paragraphs=paragraphs))
    return chunks
