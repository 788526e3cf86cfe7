"""Social posts quoted in an article (embedded tweets, Instagram posts...) that extraction pruned.

Publishers embed a post as a <blockquote> with the post's text, which the embed script turns into a
card. Extractors often prune the wrapper (its class says "social"), though the post is a quote the
article relies on ("Noem tweeted: ..."). Put the quoted text back after the paragraph before it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from lxml.html import HtmlElement

from newsarchive.extract.content.blocks import normalise_space

# the class names the platforms' embed snippets use on their <blockquote>
EMBED_CLASSES = ("twitter-tweet", "instagram-media", "tiktok-embed", "bluesky-embed", "threads-post")
_EMBED_XPATH = " or ".join(f"contains(@class, '{name}')" for name in EMBED_CLASSES)


@dataclass(kw_only=True)
class Embed:
    after: str  #: the extracted paragraph the post follows in the page
    lines: list[str]  #: the post's text, one paragraph per line break / block


def _lines(blockquote: HtmlElement) -> list[str]:
    quote = copy.deepcopy(blockquote)
    for element in quote.iter("br", "p", "div"):
        element.tail = "\n" + (element.tail or "")
    return [line for line in (normalise_space(raw) for raw in quote.text_content().split("\n")) if line]


def embedded_posts(container: HtmlElement, paragraphs: list[str]) -> list[Embed]:
    """Embedded posts inside `container` that are missing from `paragraphs`, anchored on a paragraph."""
    embeds = container.xpath(f".//blockquote[{_EMBED_XPATH}]")
    if not embeds:
        return []
    present = set(paragraphs)
    joined = "\n".join(paragraphs)
    found: list[Embed] = []
    anchor: str | None = None
    targets = set(embeds)
    for element in container.iter():
        if element in targets:
            lines = _lines(element)
            if anchor is not None and lines and lines[0] not in present and lines[0] not in joined:
                found.append(Embed(after=anchor, lines=lines))
            continue
        if element.tag == "p" and not any(a in targets for a in element.iterancestors()):
            text = normalise_space(element.text_content())
            if text in present:
                anchor = text
    return found
