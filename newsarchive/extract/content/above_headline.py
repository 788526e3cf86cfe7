"""Short lines the main-content extractor took from above the headline: kickers, breadcrumbs, dates.

The story starts at its headline. A first body paragraph of a few words whose text the page shows only
before its first <h1> (a topline "Verkehr", a breadcrumb "Home ›", a section label "Beauty", a date line
"02.01.2022", "Navigation") is the page's furniture. On the tune halves of aeb-dev and traf-eval (536
pages), 16 first paragraphs were such lines and none of them is in an aeb ground-truth body or a
traf-eval must-have snippet (benchmarks/generalisation.py; tests/test_extract_body_patterns.py).
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

#: longer first paragraphs are sentences: a lead-in above the headline is left to the other rules
MAX_WORDS = 6

_FIRST_H1 = etree.XPath("(//h1[normalize-space()])[1]")
_BEFORE = etree.XPath("preceding::text()[not(ancestor::script or ancestor::style or ancestor::head)]")
_AFTER = etree.XPath("following::text()[not(ancestor::script or ancestor::style)]")
# the same on a page without <script> or <style> (newsarchive's Document after drop_code): half the cost
# without the ancestor tests of every text node
_BEFORE_NO_CODE = etree.XPath("preceding::text()[not(ancestor::head)]")
_AFTER_NO_CODE = etree.XPath("following::text()")


def _joined(texts: list[str]) -> str:
    return " ".join(" ".join(texts).split())


def drop_lines_above_headline(page: lxml_html.HtmlElement, paragraphs: list[str]) -> list[str]:
    """`paragraphs` without the leading short lines shown only above the page's first <h1>."""
    if len(paragraphs) < 2 or len(paragraphs[0].split()) > MAX_WORDS:
        return paragraphs
    found = _FIRST_H1(page)
    if not found:
        return paragraphs
    code = next(page.iter("script", "style"), None) is not None
    after = _joined((_AFTER if code else _AFTER_NO_CODE)(found[0]))
    longest = " ".join(max(paragraphs, key=len).split())
    if longest[:60] not in after:
        # the story itself is not below this <h1> (a heading in a footer, a page titled at the end):
        # what is above it is not furniture
        return paragraphs
    before = _joined((_BEFORE if code else _BEFORE_NO_CODE)(found[0]))
    out = list(paragraphs)
    while len(out) > 1 and len(out[0].split()) <= MAX_WORDS:
        line = " ".join(out[0].split())
        if line not in before or _shown_in(line, after):
            break
        out.pop(0)
    return out


def _shown_in(line: str, text: str) -> bool:
    """`line` stands in `text` as words of their own, not as the start of a longer word: Golem's topline
    "Grafikkarte" over a text that speaks of "Der Grafikkartenhersteller" (German compounds; a probe page,
    hand-built, tests/test_extract_unseen_shapes16.py, as Tagesspiegel's "Bundeswehr" over
    "Bundeswehrsoldaten") is shown only above the headline."""
    if line not in text:
        return False
    return re.search(r"(?<!\w)" + re.escape(line) + r"(?!\w)", text) is not None
