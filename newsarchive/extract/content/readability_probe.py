"""Readability's pick of the page, measured against the fast pass's text (body.py runs the full cascade
where it holds more than twice as much), and a bound of its length that spares the run where the whole
page holds too little text for that.

The probe (~3-6 ms a page) ran on ~40% of the pages (those whose fast pass gave < 3,000 characters) and
answered "no" on 245 of 251 tune pages; on ~40% of those the page's own text is too short for any pick of
it to hold twice the fast pass's: `text_bound` says so in ~0.1 ms; on ~25% more, the text left once
readability dropped its unlikely boxes (comments, footers, menus, sidebars) is: `unlikely_text`.
"""

from __future__ import annotations

import copy

from lxml import etree
from lxml import html as lxml_html
from trafilatura.external import try_readability
from trafilatura.readability_lxml import FRAME_TAGS as _FRAME_TAGS
from trafilatura.readability_lxml import REGEXES as _READABILITY_REGEXES

_TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")
# What readability (trafilatura's readability_lxml) drops from the page before it picks: code; and what
# it writes itself: "VIDEO" into each <iframe> of a video player it keeps.
_DROPPED = frozenset({"script", "style"})
# (+1: text set between two words' spaces may part a run of spaces the normalisation had dropped at an end)
_VIDEO_TEXT = len("VIDEO") + 1
# Elements whose text libxml2's HTML parser reads as raw text (the HTML5 tokenizer of libxml2 2.14): an
# "&" or "<" in it comes back longer from readability's serialise-and-parse. A page that holds one gets
# no bound (it is rare).
_RAW_TEXT = frozenset({"xmp", "noembed", "noframes", "plaintext"})
_UNLIKELY = _READABILITY_REGEXES["unlikelyCandidatesRe"]
_MAYBE = _READABILITY_REGEXES["okMaybeItsACandidateRe"]
# Slack for whitespace the parse of readability's serialised pick may set apart (text moved out of a
# table): each move splits at most a run or two of words, and a pick holds few tables
_SLACK = 64


def readability_finds_more(page: lxml_html.HtmlElement, length: int) -> bool:
    """Readability's pick of the page holds more than twice `length` characters (the fast pass's text):
    the test trafilatura's full cascade runs before it takes readability's result instead of its own."""
    bound = text_bound(page)
    if bound is not None and bound <= 2 * length:
        return False  # (no pick of the page can hold that much)
    if bound is not None and bound - unlikely_text(page) <= 2 * length:
        return False  # (nor of what is left once readability dropped the boxes it calls unlikely)
    algo = try_readability(copy.deepcopy(page))  # (it prunes its input)
    return _TEXT_LENGTH(algo) > 2 * length


def text_bound(page: lxml_html.HtmlElement) -> int | None:
    """An upper bound of the whitespace-normalised length of readability's pick of `page`, or None.

    The pick is elements of the page (script and style dropped, elements moved or renamed, text moved
    into new paragraphs in its order, never copied), serialised and parsed again: its text is the page's
    text less some of it, plus "VIDEO" per iframe. Removing characters from a text never lengthens its
    normalised form by more than it removes, so the page's normalised length, less the non-space
    characters of its scripts' and styles' own text, plus the iframes' "VIDEO", bounds it. None where the
    page holds an element whose text the parse reads raw (_RAW_TEXT)."""
    bound = int(_TEXT_LENGTH(page)) + _SLACK
    for el in page.iter(*_DROPPED, "iframe", *_RAW_TEXT):
        tag = el.tag
        if tag in _RAW_TEXT:
            return None
        if tag == "iframe":
            bound += _VIDEO_TEXT
            continue
        bound -= _non_space(el.text or "")  # (its own text only: nothing is subtracted twice)
    return bound


def unlikely_text(page: lxml_html.HtmlElement) -> int:
    """Non-space characters of the text readability drops before it picks (remove_unlikely_candidates:
    each element whose class and id, joined, name a comment, footer, menu, sidebar... box and no article,
    with all it holds), less those of its scripts' and styles' own text, which text_bound subtracts
    already: text_bound(page) less this bounds the pick as well. Tune half: 60 more of the 251 probes
    settled without readability's run, for a walk of ~0.3 ms on the pages the first bound left open."""
    verdicts: dict[str, bool] = {}
    dropped = 0
    walker = etree.iterwalk(page, events=("start",))
    for _event, el in walker:
        tag = el.tag
        if not isinstance(tag, str) or tag in _FRAME_TAGS or el is page:
            continue  # (readability tests the page's descendants, never <html> or <body>)
        # (readability's own test: readability_lxml.Document.remove_unlikely_candidates)
        attrs = " ".join(filter(None, (el.get("class"), el.get("id"))))
        if len(attrs) < 2:
            continue
        verdict = verdicts.get(attrs)
        if verdict is None:
            low = attrs.lower()
            verdict = verdicts[attrs] = bool(_UNLIKELY.search(low)) and not _MAYBE.search(low)
        if not verdict:
            continue
        # (the whole box goes: what it holds is not tested again, nor counted twice)
        walker.skip_subtree()
        dropped += _non_space(el.text_content())
        dropped -= sum(_non_space(code.text or "") for code in el.iter(*_DROPPED))
    return dropped


def _non_space(text: str) -> int:
    # (XPath's normalize-space takes space, tab, CR and LF for whitespace, and no other character)
    return len(text) - text.count(" ") - text.count("\t") - text.count("\n") - text.count("\r")
