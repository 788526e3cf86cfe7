"""AMP copies: an AMP page (<html amp> or <html ⚡>) names its canonical page, which is the one to archive."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from parsel import Selector

#: an <html> tag with the AMP attribute (`amp` or `⚡`, bare or `=""`), among a page's first bytes
_AMP_TAG = re.compile(rb"<html\b[^>]*?\s(?:amp|\xe2\x9a\xa1)(?=[\s=>/])", re.I)
_HEAD_BYTES = 4096
_CANONICAL = "//link[contains(concat(' ', normalize-space(@rel), ' '), ' canonical ')]/@href"


def amp_canonical(selector: Selector, url: str) -> str | None:
    """The canonical URL an AMP page names, when it is another page; None for any other page."""
    root = selector.root
    if getattr(root, "tag", None) != "html" or not ({"amp", "⚡"} & set(root.attrib)):
        return None
    href = selector.xpath(_CANONICAL).get()
    canonical = urljoin(url, href.strip()) if href and href.strip() else None
    return canonical if canonical and canonical.split("#")[0] != url.split("#")[0] else None


def looks_amp(body: bytes) -> bool:
    """Whether a page's bytes open with an AMP copy's <html amp> tag: told before the page is parsed, so the
    crawl does not extract a copy whose canonical page it will ask for instead (see amp_canonical)."""
    return _AMP_TAG.search(body, 0, _HEAD_BYTES) is not None
