"""AMP copies: an AMP page (<html amp> or <html ⚡>) names its canonical page, which is the one to archive."""

from __future__ import annotations

from urllib.parse import urljoin

from parsel import Selector

_CANONICAL = "//link[contains(concat(' ', normalize-space(@rel), ' '), ' canonical ')]/@href"


def amp_canonical(selector: Selector, url: str) -> str | None:
    """The canonical URL an AMP page names, when it is another page; None for any other page."""
    root = selector.root
    if getattr(root, "tag", None) != "html" or not ({"amp", "⚡"} & set(root.attrib)):
        return None
    href = selector.xpath(_CANONICAL).get()
    canonical = urljoin(url, href.strip()) if href and href.strip() else None
    return canonical if canonical and canonical.split("#")[0] != url.split("#")[0] else None
