"""How long a text is, in every script: the one measure behind `word_count` and every body threshold.

Scripts that separate words with spaces (Latin, Cyrillic, Greek, Arabic, Hebrew, Hangul, Devanagari...)
count words. Scripts written without spaces between words count characters instead: each Chinese or
Japanese character (Han, Hiragana, Katakana) counts as one word, the convention of word processors and of
publishers' own word counts; Thai, Lao, Khmer, Myanmar and Tibetan, whose words average three to six
characters, count one word per three characters. So a Japanese story of 600 characters is 600 "words" and
passes a 20-word minimum, where splitting on spaces would call it a handful of words.

A leaf module (no newsarchive imports): the record (items.py), extraction and the pipelines share it.
"""

from __future__ import annotations

import re

# Han (with extensions and compatibility ideographs), Hiragana, Katakana (with half-width forms), CJK
# symbols and punctuation are left out: they carry no words.
_CJK = "\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
# Thai, Lao, Tibetan, Myanmar, Khmer
_UNSPACED = "\u0e00-\u0e7f\u0e80-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff"
_CJK_RX = re.compile(f"[{_CJK}\U00020000-\U0002fa1f]")
_UNSPACED_RX = re.compile(f"[{_UNSPACED}]")
# a character of either: a text without one counts its words by spaces
_DENSE_RX = re.compile(f"[{_CJK}{_UNSPACED}\U00020000-\U0002fa1f]")
# CJK and full-width punctuation ("。", "、", "！"): no word of its own
_CJK_PUNCTUATION = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
_NOT_SPACED_RX = re.compile(f"[{_CJK}{_UNSPACED}{_CJK_PUNCTUATION}\U00020000-\U0002fa1f]+")
#: characters of Thai, Lao, Khmer, Myanmar or Tibetan text that count as one word
UNSPACED_CHARS_PER_WORD = 3


_HANGUL_RX = re.compile("[\uac00-\ud7af]")
#: Latin characters of text that one character of a dense script holds: a Chinese or Japanese word is one
#: or two characters (an English one five and a space), a Korean one about three syllables and a space
#: (an English translation of a Japanese story is about three times its length in characters)
HAN_KANA_CHAR_WEIGHT = 3
HANGUL_CHAR_WEIGHT = 2


def char_weight(text: str) -> int:
    """How many Latin characters one character of `text` stands for: HAN_KANA_CHAR_WEIGHT when most of its
    letters are Chinese or Japanese, HANGUL_CHAR_WEIGHT when most are Korean, else 1. Thresholds in
    characters made for space-separated text (trafilatura's 250-character minimum) read a dense script's
    text in these units, or a 150-character Japanese brief counts as a fragment."""
    if text.isascii():
        return 1
    letters = sum(1 for ch in text if ch.isalpha())
    if not letters:
        return 1
    if 2 * len(_CJK_RX.findall(text)) > letters:
        return HAN_KANA_CHAR_WEIGHT
    if 2 * len(_HANGUL_RX.findall(text)) > letters:
        return HANGUL_CHAR_WEIGHT
    return 1


def text_words(text: str) -> int:
    """Length of `text` in words (see the module doc for scripts without spaces)."""
    if text.isascii() or _DENSE_RX.search(text) is None:
        # (one search: a European text's accents and quotes made two scans of it for nothing)
        return len(text.split())
    cjk = len(_CJK_RX.findall(text))
    unspaced = len(_UNSPACED_RX.findall(text))
    spaced = len(_NOT_SPACED_RX.sub(" ", text).split())
    return spaced + cjk + unspaced // UNSPACED_CHARS_PER_WORD


def body_words(paragraphs: list[str]) -> int:
    return sum(text_words(p) for p in paragraphs)


def has_words(paragraphs: list[str], least: int) -> bool:
    """body_words(paragraphs) >= least, reading only as many paragraphs as it takes."""
    words = 0
    for paragraph in paragraphs:
        words += text_words(paragraph)
        if words >= least:
            return True
    return words >= least
