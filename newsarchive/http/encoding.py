"""Decoded text that can be trusted: no runs of U+FFFD, no UTF-8 read as Windows-1252.

Scrapy (w3lib) picks the charset from the Content-Type header before the page's own <meta>, so a
server that mislabels its pages produces replacement characters or mojibake. These helpers judge a
decoding and look for the charset that reads the bytes cleanly.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable

from w3lib.encoding import html_body_declared_encoding, read_bom, resolve_encoding

REPLACEMENT = "\ufffd"

#: runs of this many U+FFFD or more are never acceptable
MAX_REPLACEMENT_RUN = 3
#: besides runs, at most this share of the text may be U+FFFD (a stray one in a long page is the publisher's)
MAX_REPLACEMENT_RATIO = 0.0005
#: this many mojibake sequences make a text mojibake
MOJIBAKE_MIN = 3

# UTF-8 lead bytes of Latin-1 / punctuation ranges, decoded as cp1252 or latin-1, followed by a
# continuation byte decoded the same way: "Ã©" (é), "â€™" (’), "Â " (nbsp).
_CONT = (
    "\u0080-\u00bf"  # continuation bytes read as latin-1 / cp1252 Latin-1 range
    "\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d"  # cp1252 0x80-0x8f
    "\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"  # 0x91-0x9f
)
_MOJIBAKE = re.compile(f"(?:[\u00c2\u00c3][{_CONT}]|\u00e2[\u20ac\u0080-\u009f][{_CONT}])")
_RUN = re.compile(f"{REPLACEMENT}{{{MAX_REPLACEMENT_RUN},}}")


def replacement_count(text: str) -> int:
    return text.count(REPLACEMENT)


def has_replacement_run(text: str) -> bool:
    return _RUN.search(text) is not None


def mojibake_count(text: str) -> int:
    # Every sequence starts with one of three characters; a text without them (most pages) is not scanned
    # by the regex, which costs milliseconds per page on the crawl's one busy thread.
    if "\u00c3" not in text and "\u00e2" not in text and "\u00c2" not in text:
        return 0
    return len(_MOJIBAKE.findall(text))


def problem(text: str) -> str | None:
    """None when `text` reads cleanly, else "bad_encoding" (U+FFFD) or "mojibake"."""
    count = replacement_count(text)
    if count and (has_replacement_run(text) or count > max(1.0, len(text) * MAX_REPLACEMENT_RATIO)):
        return "bad_encoding"
    if mojibake_count(text) >= MOJIBAKE_MIN:
        return "mojibake"
    return None


#: share of non-ASCII characters a multi-byte guess must produce to be believed
MIN_MULTIBYTE_SHARE = 0.05
_MULTIBYTE = (
    *("shift_jis", "cp932", "euc_jp", "euc_jis", "iso2022"),
    *("gb", "big5", "euc_kr", "cp949", "johab", "hz"),
)


def candidate_encodings(body: bytes, *, tried: str | None = None) -> list[str]:
    """Charsets worth a strict decode, most trustworthy first: BOM, the page's own <meta>, UTF-8,
    a statistical guess, then Windows-1252 (which decodes almost anything, so it comes last)."""
    names: list[str | None] = []
    bom, _ = read_bom(body)
    names.append(bom)
    names.append(html_body_declared_encoding(body))
    names.append("utf-8")
    names.append(_guess(body))
    names.append("cp1252")
    seen: set[str] = set()
    if tried:
        seen.add(_canonical(tried))
    out: list[str] = []
    for name in names:
        if not name:
            continue
        canonical = _canonical(name)
        if canonical in seen:
            continue
        seen.add(canonical)
        out.append(canonical)
    return out


def clean_decoding(body: bytes, candidates: Iterable[str]) -> tuple[str, str] | None:
    """(encoding, text) of the first candidate that decodes `body` strictly and cleanly."""
    for encoding in candidates:
        try:
            text = body.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if problem(text) is None:
            return encoding, text
    return None


def _canonical(name: str) -> str:
    resolved = resolve_encoding(name) or name
    try:
        return codecs.lookup(resolved).name
    except LookupError:
        return resolved.lower()


def _guess(body: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # optional: requests pulls it in, but newsarchive does not depend on it
        return None
    best = from_bytes(body[:65536]).best()
    if best is None:
        return None
    # Single-byte guesses on short Latin text are coin flips between code pages (cp1250 vs cp1252);
    # only a multi-byte charset (Shift_JIS, GB18030, Big5...) is worth trying before cp1252.
    name = _canonical(best.encoding)
    if not name.startswith(_MULTIBYTE):
        return None
    # A few stray high bytes in an English page also "decode" as a handful of Hangul or kanji inside
    # Latin words; a real CJK page is full of them.
    sample = body[:65536].decode(name, errors="ignore")
    non_ascii = sum(1 for char in sample if ord(char) > 127)
    return name if sample and non_ascii / len(sample) >= MIN_MULTIBYTE_SHARE else None
