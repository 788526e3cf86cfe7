"""Sentences set in a <div> between the story's paragraphs, which the extractor left out.

A CMS's boxes inside the text hold their sentences in <div>s, not <p>s: Ghost's callout card (`<div
class="kg-card kg-callout-card"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">...`),
an editor's note or an update box. The main-content extractor keeps the container's <p>s and drops such a
<div> among them (its text is no paragraph of its own to it), so a note the story relies on ("Update: the
ministry has since published ...") was lost. A <div> is put back after the paragraph before it when it
sits between two of the story's paragraphs inside their container, holds a sentence or more of its own
(no block inside it) and nothing marks it as another thing (an ad, a share row, a caption, a byline, a
teaser). A probe page in the shape of a Ghost post (hand-built) lost its callout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.html import HtmlElement

from newsarchive.extract.content.blocks import normalise_space

MIN_WORDS = 8  #: fewer, a label or a button's text
#: a sentence ends the text (a note, not a list of links or a label run)
_SENTENCE_END = re.compile(r"[.!?…:;\"'“”»)]\s*$")
#: an element holding one of these is a block, not a line of text
_BLOCKS = (
    "p", "div", "section", "article", "aside", "ul", "ol", "table", "figure", "blockquote", "h1", "h2",
    "h3", "h4", "h5", "h6", "img", "iframe", "form", "button", "input", "script", "style", "noscript", "pre",
    "code",
)  # fmt: skip
#: marks of a box that is not the story's text, on the <div> or a wrapper below the container
_NOT_TEXT = re.compile(
    # (short words whole, between non-letters: "update" is no date, "gh-canvas" no nav, "photo" no toc)
    r"(?<![a-z])(?:ad|ads|cta|toc|nav|date|time|meta|menu)(?![a-z])"
    r"|advert|anzeige|werbung|sponsor|promo|teaser|related|recommend|news-?letter|subscri|signup|share"
    r"|social|caption|credit|byline|author|comment|widget|banner|call-to-action|footer|header|hidden"
    r"|sr-only|tooltip|modal|popup|snackbar|toast|overlay|cookie|consent|paywall|player|audio|nutrition"
    r"|code|highlight|syntax",
    re.I,
)
#: ... or a wrapper of these tags
_NOT_TEXT_TAGS = frozenset(
    {"aside", "nav", "footer", "header", "figure", "figcaption", "form", "a", "button", "pre", "code"}
)
MAX_LINK_SHARE = 0.5
MAX_ADDED = 10


@dataclass(kw_only=True)
class DivText:
    after: str  #: the extracted paragraph the <div> follows in the page
    text: str


def _marks(element: HtmlElement) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''} {element.get('data-hook') or ''}"


def _foreign(element: HtmlElement, container: HtmlElement) -> bool:
    node: HtmlElement | None = element
    while node is not None and node is not container:
        if node.tag in _NOT_TEXT_TAGS:
            return True
        if node.get("hidden") is not None or node.get("aria-hidden") == "true":
            return True
        if _NOT_TEXT.search(_marks(node)) or "none" in (node.get("style") or "").replace(" ", ""):
            return True
        node = node.getparent()
    return False


def div_texts(container: HtmlElement, paragraphs: list[str]) -> list[DivText]:
    """<div>s of sentences inside `container` between two of `paragraphs`' <p>s, missing from them."""
    present = set(paragraphs)
    joined = "\n".join(paragraphs)
    found: list[DivText] = []
    pending: list[DivText] = []  # (after the last story paragraph seen: kept once another one follows)
    anchor: str | None = None
    for element in container.iter("p", "div"):
        if element is container:
            continue
        if element.tag == "p":
            text = normalise_space(element.text_content())
            if text in present:
                found += pending
                pending = []
                anchor = text
            continue
        if anchor is None or next(element.iterdescendants(*_BLOCKS), None) is not None:
            continue
        text = normalise_space(element.text_content())
        if len(text.split()) < MIN_WORDS or not _SENTENCE_END.search(text) or text in joined:
            continue
        linked = sum(len(normalise_space(a.text_content())) for a in element.iter("a"))
        if linked > MAX_LINK_SHARE * len(text) or _foreign(element, container):
            continue
        pending.append(DivText(after=anchor, text=text))
    return found[:MAX_ADDED]
