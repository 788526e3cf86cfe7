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
from newsarchive.extract.content import boilerplate
from newsarchive.extract.content.literals import FoldedSearch
from newsarchive.extract.document import Document
from newsarchive.extract.evidence import prompts
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
                for text in (
                    word[:at] + variant + word[at + 1 :],
                    f"x-{word[:at]}{variant}{word[at + 1 :]}-y",
                ):
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


# --- GatedPattern (content/literals.py): the update label's search asks first for the words it needs -----


def _page_texts() -> list[str]:
    texts: set[str] = set()
    for _name, raw in PAGES:
        doc = Document.from_input(raw, "https://example.com/2020/01/02/story")
        for el in doc.tree.iter(etree.Element):
            text = etree.tostring(el, method="text", encoding=str, with_tail=False)
            if text.strip() and len(text) < 2000:
                texts.add(text)
    return sorted(texts)


TEXTS = _page_texts()
# each label of modified.UPDATED_LABELS written out, in three cases, in a date line
_LABELS = [
    "Last updated on", "Last Update on:", "UPDATED", "Update: ", "last modified", "Modified on", "Revised",
    "Zuletzt aktualisiert am", "Letzte Aktualisierung", "LETZTE ÄNDERUNG am", "Aktualisiert", "Geändert",
    "Stand:", "Mis à jour le", "Mise à jour", "Actualizado el", "Actualizada a", "Actualización",
    "Aggiornato alle", "Modificato il", "modifica il", "Modifiée le", "Oppdatert", "Opdateret", "Päivitetty",
    "Atualizado em", "Atualização:", "Bijgewerkt op", "Zaktualizowano", "Aktualizacja", "Uppdaterad den",
    "Güncelleme", "Güncellenme tarihi", "Обновлено", "업데이트", "Aktualizováno", "最終更新日時", "更新日期",
    "수정일시", "Data aktualizacji", "Frissítve", "Frissült", "עודכן", "آخر تحديث", "আপডেট", "अपडेटेड",
    "Оновлено", "Actualizat la", "Ενημερώθηκε", "ΤΕΛΕΥΤΑΊΑ ΕΝΗΜΈΡΩΣΗ", "Cập nhật", "Diperbarui",
    "อัปเดตล่าสุด", "อัพเดท", "แก้ไขล่าสุด", "अपडेट", "به‌روزرسانی", "Обновена", "Актуализирана", "Ažurirano",
    "Ажурирано", "Posodobljeno", "Uuendatud", "Atjaunots", "Atnaujinta", "Uppfært", "Data actualizării",
    "UPDATEd", "ſtand:", "Laſt updated", "aktualıziert", "Gİncelleme", "Mİs à jour",
]  # fmt: skip
LABEL_TEXTS = [
    form.format(label=case(label))
    for label in _LABELS
    for case in (str, str.upper, str.lower)
    for form in ("{label} 4 March 2025, 20:15", "Posted 3 March | {label}: 04.03.2025", "x{label}", "{label}")
]


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_the_gated_update_label_finds_what_the_pattern_finds() -> None:
    gated = modified._LABEL
    raw = gated.pattern
    found = 0
    for text in [*TEXTS, *LABEL_TEXTS]:
        expected = _spans(raw.finditer(text))
        assert _spans(gated.finditer(text)) == expected, text
        searched, expected_first = gated.search(text), raw.search(text)
        assert (searched and searched.span()) == (expected_first and expected_first.span()), text
        found += bool(expected)
    assert found >= len(_LABELS)  # (every label written out is found, in some case)


def test_a_text_without_the_words_is_settled_without_the_pattern() -> None:
    """The gate, not the pattern, answers a line that holds none of the labels' words; a text holding a
    character whose case folding str.lower() does not mirror is searched as it is."""
    gated = modified._LABEL
    assert not gated.may_match("Posted 4 March 2025 by Jane Doe")
    assert gated.may_match("Updated 4 March 2025")
    assert gated.may_match("Laſt upd")  # (a long s: the pattern itself decides)
    assert gated.search("Laſt updated 4 March") is not None


# --- the boilerplate rules' word count stops past the longest rule's limit ------------------------------


def test_more_words_than_any_rule_takes_is_told_as_the_count_tells_it() -> None:
    """content/boilerplate.py counts a paragraph's words only up to the longest rule's max_words: the
    anchored pattern matches exactly where _WORD finds more words than that."""
    edge = [
        "",
        "   ",
        "…",
        "one",
        " ".join(["w"] * boilerplate._MAX_WORDS),
        " ".join(["w"] * (boilerplate._MAX_WORDS + 1)),
        "— " + ", ".join(["Wörter"] * (boilerplate._MAX_WORDS + 1)) + "!",
        "snake_case_word " * (boilerplate._MAX_WORDS + 1),
        "٣٤ ١٢ " * 30,
        "中文的句子没有空格" * 40,
    ]
    for text in [*TEXTS, *edge]:
        more = len(boilerplate._WORD.findall(text)) > boilerplate._MAX_WORDS
        assert (boilerplate._MORE_WORDS.match(text) is not None) is more, text[:80]


# --- the paywall prompt asked one wording at a time (extract/evidence/prompts.py) ----------------------

PROMPT_LINES = [
    *(text for text in TEXTS if len(text) <= 3000),
    "Subscribe to continue reading",
    "“Subscribe to continue reading”",
    "Readers are told to subscribe to continue reading.",
    "To continue reading this article, please subscribe.",
    "This article is for paying subscribers only",
    "Dieser Artikel ist nur für Abonnenten verfügbar. Jetzt kostenlos registrieren und weiterlesen",
    "Cet article est réservé aux abonnés. Abonnez-vous pour lire la suite",
    "Contenido exclusivo para suscriptores",
    "この記事は会員限定です 유료 회원 付费阅读",
    "SUBSCRIBE TO KEEP READING THIS POST",
    "Subſcribe to continue reading",  # (a long s: re's IGNORECASE reads it as "s")
    "Buy this article for $0.49",
]


def test_the_prompt_asked_a_wording_at_a_time_is_the_prompt_pattern() -> None:
    found = 0
    for line in PROMPT_LINES:
        expected = bool(prompts.PROMPT.search(line)) or bool(
            prompts.READ_ON.search(line) and prompts.ACCOUNT.search(line)
        )
        assert prompts.is_prompt(line) is expected, line
        found += expected
    assert found >= 9
