"""The record's language: the one the page declares (<html lang>, JSON-LD inLanguage, og:locale, ...),
checked against the language its body is written in.

Tune half of the shared corpora (597 pages): 46 pages declare no language at all, and 10 declare one their
text is not in, a theme's default left in place (`lang="en-US"` on German WordPress blogs: helge.at,
murdeltas.wordpress.com, harddecor.at, villagersandheroes.com; `de-DE` on an English post of a German
blog). The text's language is read from its script (kana: Japanese; hangul: Korean; Han alone: Chinese)
or from the share of the commonest function words of the corpora's languages, and used only on clear
evidence: to fill a missing language, and to replace a declared one whose own function words are all but
absent from a text that is plainly in another (placeholder text, "Lorem ipsum ... et ... est", is no
language).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsarchive.extract.page import Page

# The commonest function words of each language, as data; a word in two lists ("de", "la", "en", "in")
# tells nothing and is dropped from both
FUNCTION_WORDS: dict[str, str] = {
    "en": "the and of to is that for it with was on as are this be by have from which were has but not they",
    "de": "und der die das nicht ist mit sich auf für dem den ein eine auch von zu im werden wird sind wie",
    "fr": "le les et des est une pour dans qui pas sur du au avec il elle sont ce cette mais ou aux",
    "es": "el los las que y por con para una es del se como más pero su al lo sus fue este",
    "it": "il di che è per un non una sono della con anche si gli nel alla delle",
    "pt": "os que do da em um para é com não uma no na dos se ao mais foi pelo",
    "nl": "het een en van is dat op te niet met voor zijn er ook aan maar worden",
    "pl": "i w nie na się z że do to jest jak od po o przez dla",
}
_COUNTS = Counter(w for words in FUNCTION_WORDS.values() for w in set(words.split()))
_WORDS = {
    lang: frozenset(w for w in words.split() if _COUNTS[w] == 1) for lang, words in FUNCTION_WORDS.items()
}
_TOKEN = re.compile(r"[^\W\d_]+")
# scripts told apart by their letters: kana (Japanese), hangul (Korean), Han (Chinese, or Japanese with kana)
_KANA = re.compile("[\u3040-\u30ff]")
_HANGUL = re.compile("[\uac00-\ud7af]")
_HAN = re.compile("[\u4e00-\u9fff]")
# the head of the body is read (a few hundred words say as much as the whole, at a fraction of the cost)
SAMPLE_CHARS = 3000
# a text this short, or a language this rare in it, is no evidence
MIN_LETTERS = 40
MIN_WORDS = 50
MIN_SHARE = 0.05  # of the text's words in the language's list (prose runs at 0.15-0.30)
MIN_DISTINCT = 6  # different function words seen ("et", "est", "ut" of Lorem ipsum are not French)
OVERRIDE_SHARE = 0.10  # to replace a declared language, the text must be plainly in another...
DECLARED_ABSENT = 0.01  # ... and the declared language's own function words all but absent


def text_language(paragraphs: list[str]) -> tuple[str | None, dict[str, float]]:
    """(primary language subtag of the text or None, share of each language's function words)."""
    text = " ".join(paragraphs)[:SAMPLE_CHARS]
    letters = "".join(filter(str.isalpha, text))
    if len(letters) < MIN_LETTERS:
        return None, {}
    if letters.isascii():
        kana = hangul = han = 0
    else:
        kana, hangul, han = (len(script.findall(letters)) for script in (_KANA, _HANGUL, _HAN))
    if kana >= 0.05 * len(letters):
        return "ja", {}
    if hangul >= 0.2 * len(letters):
        return "ko", {}
    if han >= 0.3 * len(letters):
        return "zh", {}
    tokens = _TOKEN.findall(text.lower())
    if len(tokens) < MIN_WORDS:
        return None, {}
    counts = Counter(tokens)  # (each list's words looked up in the text's counts: one pass over the text)
    shares = {lang: sum(counts[w] for w in words) / len(tokens) for lang, words in _WORDS.items()}
    first, second = sorted(shares, key=shares.__getitem__, reverse=True)[:2]
    distinct = sum(1 for w in _WORDS[first] if w in counts)
    if shares[first] >= MIN_SHARE and shares[first] >= 2 * shares[second] and distinct >= MIN_DISTINCT:
        return first, shares
    return None, shares


def checked_language(declared: str | None, paragraphs: list[str]) -> str | None:
    """The declared language, unless the text says clearly that it is missing or wrong."""
    found, shares = text_language(paragraphs)
    if found is None:
        return declared
    if not declared:
        return found
    primary = declared.split("-")[0]
    if primary == found or primary not in _WORDS or not shares:
        return declared
    if shares[found] >= OVERRIDE_SHARE and shares[primary] < DECLARED_ABSENT:
        return found
    return declared


def text_language_processor(value: Any, page: Page) -> str | None:
    """After the declared language is normalised (processors.language_processor): checked against the body."""
    return checked_language(value, page.body())
