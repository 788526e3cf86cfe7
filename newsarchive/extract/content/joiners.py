"""The zero-width non-joiner and joiner (U+200C, U+200D) kept through trafilatura's text pass.

They are spelling, not formatting: Persian, Kurdish, Urdu and Pashto write "یارانه‌ها" (subsidies) with a
non-joiner, and the word without it is another word ("یارانهها"); the Indic scripts choose a conjunct, a
half form or a chillu with them (Devanagari "क्‍ष", Malayalam "ന്‍", Sinhala "ශ්‍රී"); emoji sequences are
glued by the joiner (👨‍👩‍👧, 🏳️‍🌈). trafilatura's text pass drops every character that is not printable
(`remove_control_characters`, str.isprintable: all of Unicode's format characters, these two among them),
on the way from its XML body to text and in its baseline rescue. So, on a page that holds them, they
stand in the page's text nodes as printable characters no page uses while trafilatura reads it, and are
put back in the paragraphs it returns (and in the caller's tree). Every comparison the body extractor
makes between trafilatura's paragraphs and the page (headline candidates, link texts) sees the same
stand-ins on both sides; the fields read outside it keep the joiners too (text.clean), so the headline
stays equal to its copy in the body.

The tag characters (U+E0020-U+E007F) that spell a subdivision's flag after the black flag 🏴 (Scotland's
🏴 + "gbsct" + CANCEL TAG, Wales's, England's) are format characters too, and dropped the same way: the
flag would come out as a bare black flag. They stand in as Braille patterns (So, printable, no letter, no
space), U+2820-U+287F, one for each tag, on a page that holds a CANCEL TAG (every tag sequence ends with
one) and no Braille pattern of that range.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

#: joiner -> its stand-in: control pictures (So, printable, neither a letter nor a space, as the joiners
#: are neither), "SYMBOL FOR UNIT SEPARATOR" and "SYMBOL FOR RECORD SEPARATOR" ("SYMBOL FOR NEWLINE",
#: U+2424, trafilatura deletes)
STAND_INS = {"\u200c": "\u241f", "\u200d": "\u241e"}
#: the tag characters of an emoji tag sequence (a subdivision's flag), the first of their stand-ins (a tag
#: U+E00xx stands in as U+28xx), and the CANCEL TAG that ends every such sequence
_TAG = re.compile("[\U000e0020-\U000e007f]")
_TAG_STAND_IN = re.compile("[\u2820-\u287f]")
_TAG_OFFSET = 0xE0020 - 0x2820
CANCEL_TAG = "\U000e007f"
_JOINED_TEXT = etree.XPath(
    f"//text()[contains(., '\u200c') or contains(., '\u200d') or contains(., '{CANCEL_TAG}')]"
)


# ... or as character references in the markup ("&zwnj;", "&#8204;", "&#x200C;": Persian CMSs write them so):
# one of the starts "&zw", "&#820", "&#x200", "&#X200" anywhere in the page. (One search for them all,
# which sre runs from one "&" to the next, ~0.12 ms on a corpus page; four substring scans of the whole
# page cost ~0.55 ms, 2% of the page's extraction time.)
# The tag characters too ("&#xE0067;", "&#917607;": a CMS that escapes every character beyond the BMP writes
# a subdivision's flag so; a probe page, hand-built): "&#xE00" and "&#917[56]" start them (U+E0020-U+E007F
# are 917536-917631), and only a sequence closed by its CANCEL TAG is protected, as when written raw.
_REFERENCE_START = re.compile("&(?:zw|#(?:820|[xX]200|[xX][eE]00|917[56]))")
_ZWNJ_REFERENCE = re.compile(r"&(?:zwnj|#8204|#x200c);", re.I)
_ZWJ_REFERENCE = re.compile(r"&(?:zwj|#8205|#x200d);", re.I)
_TAG_REFERENCE = re.compile(r"&#(?:[xX](?P<hex>0*[eE]00[2-7][0-9a-fA-F])|(?P<dec>917[56]\d\d));")
_CANCEL_REFERENCE = re.compile(r"&#(?:[xX]0*[eE]007[fF]|917631);")


def needs_stand_ins(html: object) -> bool:
    """The page (decoded) holds a joiner, as a character or a reference, and none of the stand-ins (on a
    page that does, nothing is protected)."""
    if not isinstance(html, str) or not html:
        return False
    # (a character beyond U+FFFF is found in no time in a page that has none: str's kind tells)
    tagged = CANCEL_TAG in html
    reference = _REFERENCE_START.search(html)
    if not tagged and not any(j in html for j in STAND_INS) and reference is None:
        return False
    if not tagged and reference is not None:
        tagged = _CANCEL_REFERENCE.search(html, reference.start()) is not None
    if tagged and _TAG_STAND_IN.search(html) is not None:
        return False
    return not any(s in html for s in STAND_INS.values())


def _tag_stand_in(match: re.Match[str]) -> str:
    return chr(ord(match.group(0)) - _TAG_OFFSET)


def _tag(match: re.Match[str]) -> str:
    return chr(ord(match.group(0)) + _TAG_OFFSET)


def protect(text: str) -> str:
    # (str.replace: str.translate looks each character of a page up in Python, ~100x slower)
    text = text.replace("\u200c", "\u241f").replace("\u200d", "\u241e")
    return _TAG.sub(_tag_stand_in, text) if CANCEL_TAG in text else text


def protect_page(html: str) -> str:
    """`protect` of a page's markup, its character references to the joiners too."""
    html = protect(html)
    if "&" in html:
        html = _ZWJ_REFERENCE.sub("\u241e", _ZWNJ_REFERENCE.sub("\u241f", html))
        if _CANCEL_REFERENCE.search(html):
            html = _TAG_REFERENCE.sub(_tag_reference_stand_in, html)
    return html


def _tag_reference_stand_in(match: re.Match[str]) -> str:
    code = int(match.group("hex"), 16) if match.group("hex") else int(match.group("dec"))
    return chr(code - _TAG_OFFSET) if 0xE0020 <= code <= 0xE007F else match.group(0)


def restore(text: str) -> str:
    text = text.replace("\u241f", "\u200c").replace("\u241e", "\u200d")
    # (the stand-in of the CANCEL TAG, U+287F, ends every protected sequence)
    return _TAG_STAND_IN.sub(_tag, text) if "\u287f" in text else text


def protect_tree(tree: etree._Element) -> Callable[[], None]:
    """Put the stand-ins in `tree`'s text nodes in place; the function returned puts the joiners back."""
    changed: list[tuple[etree._Element, bool, str]] = []
    for node in _JOINED_TEXT(tree):
        parent, tail = node.getparent(), node.is_tail
        original = (parent.tail if tail else parent.text) if parent is not None else None
        if not original:
            continue
        changed.append((parent, tail, original))
        if tail:
            parent.tail = protect(original)
        else:
            parent.text = protect(original)

    def undo() -> None:
        # (backwards: a node read twice is first put back to what the first reading found)
        for parent, tail, original in reversed(changed):
            if tail:
                parent.tail = original
            else:
                parent.text = original

    return undo
