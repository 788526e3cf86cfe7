"""Session 13's speed-ups give the answers of the code they replace (benchmarks/README.md, "Extraction time
against trafilatura's"): the case-insensitive class and id tests answered on the lower-cased value
(content/literals.py FoldedSearch). Checked on every class and id value of the demo site's and the
extraction fixtures' pages (real pages' markup), on every case variant re's IGNORECASE folds onto a letter
of the patterns, and on hand-built edge cases."""

from __future__ import annotations

import re
import sys

import pytest
from lxml import etree

from newsarchive.extract import authors
from newsarchive.extract.content.literals import FoldedSearch
from newsarchive.extract.document import Document
from newsarchive.extract.fields import date_lines, media, modified
from tests.test_extract_fast_pass import PAGES

#: every FoldedSearch the extraction uses, by name
FOLDED = {
    "date_lines._DATE_LINE_CLASS": date_lines._DATE_LINE_CLASS,
    "media._CAPTION_CLASS": media._CAPTION_CLASS,
    "media.CREDIT_CLASS": media.CREDIT_CLASS,
    "media._OTHER_STORIES": media._OTHER_STORIES,
    "modified._UPDATED_CLASS": modified._UPDATED_CLASS,
    "authors._NOT_BYLINE": authors._NOT_BYLINE,
    "authors._NOT_BYLINE_AROUND": authors._NOT_BYLINE_AROUND,
    "authors._COMMENTS": authors._COMMENTS,
    "authors._AUTHORISH": authors._AUTHORISH,
}


def _ignorecase(search: FoldedSearch) -> re.Pattern[str]:
    return search._folded


def _page_values() -> list[str]:
    values: set[str] = set()
    for _name, raw in PAGES:
        doc = Document.from_input(raw, "https://example.com/2020/01/02/story")
        for el in doc.tree.iter(etree.Element):
            for _attr, value in el.items():
                values.add(value)
                values.add(f"{value} {value.upper()}")
    return sorted(values)


VALUES = _page_values()


@pytest.mark.parametrize("name", sorted(FOLDED))
def test_the_folded_search_answers_as_the_ignorecase_pattern_on_real_markup(name: str) -> None:
    search = FOLDED[name]
    pattern = _ignorecase(search)
    assert len(VALUES) > 1000
    hits = 0
    for value in VALUES:
        expected = pattern.search(value) is not None
        assert search(value) is expected, value
        hits += expected
    assert hits > 0  # (the values hold names each pattern matches)


def _letters_variants() -> dict[str, list[str]]:
    """For each ASCII letter, every character re's IGNORECASE matches it with (its cases and the extra
    equivalents of re's case table: "ſ" for "s", "ı" and "İ" for "i", the Kelvin sign for "k")."""
    cased = [
        chr(code)
        for code in range(sys.maxunicode + 1)
        if not 0xD800 <= code <= 0xDFFF and (chr(code).lower() != chr(code) or chr(code).upper() != chr(code))
    ]
    return {
        letter: [c for c in cased if re.fullmatch(letter, c, re.IGNORECASE)]
        for letter in "abcdefghijklmnopqrstuvwxyz"
    }


VARIANTS = _letters_variants()


@pytest.mark.parametrize("name", sorted(FOLDED))
def test_every_case_variant_of_each_letter_of_each_word(name: str) -> None:
    search = FOLDED[name]
    pattern = _ignorecase(search)
    words = [w for w in pattern.pattern.split("|") if w.isalpha()]
    assert words
    checked = 0
    for word in words:
        for at, letter in enumerate(word):
            for variant in VARIANTS.get(letter, ()):
                for text in (word[:at] + variant + word[at + 1 :], f"x-{word[:at]}{variant}{word[at + 1 :]}-y"):
                    assert search(text) is (pattern.search(text) is not None), (word, text)
                    checked += 1
    assert checked > len(words)


def test_the_long_s_and_the_dotless_i_match_as_re_folds_them() -> None:
    """Where str.lower() and re's IGNORECASE part ways: "ſ" (lower case already) matches "s", "ı" matches
    "i", "İ" lower-cases to two characters. A lower-cased search alone would miss the first two."""
    assert date_lines._DATE_LINE_CLASS("entry-poſted") is True
    assert re.compile("posted").search("entry-poſted".lower()) is None
    assert date_lines._DATE_LINE_CLASS("ıNFO-box") is True
    assert authors._AUTHORISH("post-AUTHOR") is True
    assert media._CAPTION_CLASS("wp-CAPTİON") is (re.search("caption", "wp-CAPTİON", re.I) is not None)
    assert date_lines._DATE_LINE_CLASS("") is False
    assert date_lines._DATE_LINE_CLASS("Σ-box") is False


def test_a_pattern_lower_casing_would_change_is_refused() -> None:
    with pytest.raises(ValueError):
        FoldedSearch(r"\Wdate")
    with pytest.raises(ValueError):
        FoldedSearch("Date")
