"""Decoding like a browser (newsarchive.charset) and length in every script (newsarchive.textsize)."""

from __future__ import annotations

import pytest

from newsarchive.charset import decode_page
from newsarchive.textsize import body_words, char_weight, has_words, text_words

TEXT = "Café owners say the naïve “old town” plan is not the rôle of the council — it’s theirs."


def _page(text: str, charset: str = "utf-8") -> str:
    return f'<html><head><meta charset="{charset}"><title>t</title></head><body><p>{text}</p></body></html>'


@pytest.mark.parametrize(
    ("body", "declared", "encoding", "repairs"),
    [
        (_page(TEXT).encode("utf-8"), "utf-8", "utf-8", []),
        (b"\xef\xbb\xbf" + _page(TEXT).encode("utf-8"), "iso-8859-1", "utf-8", []),  # the BOM wins
        (_page(TEXT, "windows-1252").encode("cp1252"), None, "cp1252", []),
        (_page(TEXT).encode("utf-8"), "iso-8859-1", "utf-8", ["charset"]),  # UTF-8 labelled Latin-1
        (_page(TEXT, "windows-1252").encode("cp1252"), "utf-8", "cp1252", ["charset"]),
    ],
)
def test_decode_page_reads_the_charset_that_fits(
    body: bytes, declared: str | None, encoding: str, repairs: list[str]
) -> None:
    decoded = decode_page(body, declared)
    assert TEXT in decoded.text
    assert (decoded.encoding, decoded.repairs) == (encoding, repairs)


def test_mixed_utf8_and_cp1252_is_read_stretch_by_stretch() -> None:
    body = _page(TEXT).encode("utf-8") + _page(TEXT).encode("cp1252")
    decoded = decode_page(body, "utf-8")
    assert decoded.text.count(TEXT) == 2
    assert decoded.repairs == ["mixed_encoding"]


def test_double_encoded_text_is_turned_back() -> None:
    body = _page(TEXT).encode("utf-8").decode("latin-1").encode("utf-8")
    decoded = decode_page(body, "utf-8")
    assert TEXT in decoded.text
    assert decoded.repairs == ["mojibake"]


def test_bytes_no_charset_reads_become_replacement_characters() -> None:
    body = _page("resid\x00ents").encode("utf-8").replace(b"\x00", b"\x81\x8d")
    decoded = decode_page(body, "utf-8")
    assert "resid\ufffd\ufffdents" in decoded.text
    assert decoded.repairs == ["invalid_bytes"]


def test_a_declared_multibyte_charset_is_used() -> None:
    text = "北朝鮮がミサイルを発射した。政府は強く抗議した。"
    decoded = decode_page(_page(text, "shift_jis").encode("shift_jis"), None)
    assert text in decoded.text and decoded.repairs == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The council approved the bridge.", 5),
        ("北朝鮮がミサイルを発射した。", 13),  # one per Han/kana character; punctuation is no word
        ("東京 2020 Olympics", 4),  # two characters, two words
        ("ภาษาไทยไม่เว้นวรรค", 6),  # 18 Thai characters: one word per three
        ("Пример текста на русском", 4),
        ("한국어는 띄어쓰기를 합니다", 3),  # Korean writes spaces: words
    ],
)
def test_text_words_in_every_script(text: str, words: int) -> None:
    assert text_words(text) == words


def test_body_helpers() -> None:
    body = ["北朝鮮がミサイルを発射した。", "The council approved the bridge."]
    assert body_words(body) == 18
    assert has_words(body, 18) and not has_words(body, 19)


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        ("Court clears rail link - News", 1),
        ("Le café rouvre", 1),
        ("低所得世帯に３万円給付へ - 読売新聞", 3),
        ("国务院审议通过城市轨道交通指导意见-新华网", 3),
        ("저소득 가구에 30만 원 지급 - 연합뉴스", 2),
        ("", 1),
    ],
)
def test_char_weight_reads_a_dense_scripts_characters_as_latin_ones(text: str, weight: int) -> None:
    assert char_weight(text) == weight
