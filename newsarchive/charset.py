"""Decode a page like a browser, and repair what a browser would show broken.

`decode_page(body, declared)` reads the bytes with the BOM, else the declared charset (HTTP header, then
the page's <meta>), else a detector (charset-normalizer), and says what it had to repair:

- "charset": the declared charset does not read the bytes (cp1252 bytes labelled UTF-8) or reads them as
  mojibake (UTF-8 labelled Latin-1), and another charset reads them cleanly;
- "mixed_encoding": UTF-8 with stretches of Windows-1252 (a template in one, a story pasted in the
  other): each stretch read in its own charset;
- "mojibake": text double-encoded at the source ("cafÃ©", "itâ€™s") turned back into what was meant;
- "invalid_bytes": bytes no charset reads, replaced by U+FFFD as a browser shows them.

A page is never refused for its encoding: an article with a few bad bytes is still an article. Only bodies
that are not text at all (binary) are refused, by the HTTP guard. A leaf module: extraction (pure code)
and the HTTP guard share it.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

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
    except ImportError:  # a dependency; a broken install still decodes, without the guess
        return None
    best = from_bytes(body[:65536]).best()
    if best is None:
        return None
    # Single-byte guesses on Latin text are coin flips between code pages (cp1250 vs cp1252); only a
    # multi-byte charset (Shift_JIS, GB18030, Big5...) or a code page of another alphabet (windows-1251,
    # KOI8-R, windows-1253/1255/1256, TIS-620) that reads the page as that alphabet is worth trying before
    # cp1252, which reads a Russian page saved without its charset as "Öåíòðàëüíûé".
    name = _canonical(best.encoding)
    if not name.startswith(_MULTIBYTE):
        if _reads_as_one_alphabet(body[:65536].decode(name, errors="ignore")):
            return name
        return latin_code_page(body[:65536])
    # A few stray high bytes in an English page also "decode" as a handful of Hangul or kanji inside
    # Latin words; a real CJK page is full of them.
    sample = body[:65536].decode(name, errors="ignore")
    non_ascii = sum(1 for char in sample if ord(char) > 127)
    return name if sample and non_ascii / len(sample) >= MIN_MULTIBYTE_SHARE else None


#: alphabets whose single-byte code pages a guess may pick (windows-1253, windows-1251 and KOI8-R,
#: windows-1255, windows-1256, TIS-620), as their Unicode blocks
_ALPHABETS = tuple(
    re.compile(f"[{block}]")
    for block in ("\u0370-\u03ff", "\u0400-\u04ff", "\u0590-\u05ff", "\u0600-\u06ff", "\u0e00-\u0e7f")
)
_ANY_ALPHABET = re.compile("[\u0370-\u06ff\u0e00-\u0e7f]")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
#: letters of the alphabet a single-byte guess must read, at the least, and their share of non-ASCII letters
MIN_ALPHABET_LETTERS = 100
MIN_ALPHABET_SHARE = 0.9
_NON_ASCII_WORD = re.compile(r"\w*[^\x00-\x7f]\w*")
_ASCII_LETTER = re.compile(r"[A-Za-z]")


def _reads_as_one_alphabet(text: str) -> bool:
    """`text` (a single-byte guess's reading) is written in one non-Latin alphabet: its non-ASCII letters
    are nearly all of it, and its words do not mix it with ASCII letters. Latin text read in another
    code page ("MaЯnahmen" for "Maßnahmen", cp1251 for cp1252) mixes them in every such word.
    (Regular expressions, not a loop over characters: a page's first 64 kB in ~1 ms.)"""
    letters = len(_NON_ASCII_LETTER.findall(text))
    if letters < MIN_ALPHABET_LETTERS or len(_ANY_ALPHABET.findall(text)) < MIN_ALPHABET_SHARE * letters:
        return False
    if max(len(alphabet.findall(text)) for alphabet in _ALPHABETS) < MIN_ALPHABET_SHARE * letters:
        return False
    words = _NON_ASCII_WORD.findall(text)
    mixed = sum(1 for word in words if _ASCII_LETTER.search(word))
    return mixed <= (1 - MIN_ALPHABET_SHARE) * len(words)


# --- UTF-16 without a byte order mark -----------------------------------------------------------------
#: UTF-16 code units read from the page's head; the share of them that must be ASCII (markup)
UTF16_HEAD_UNITS = 256
MIN_UTF16_ASCII_SHARE = 0.7


def utf16_without_bom(body: bytes) -> str | None:
    """The codec ("utf-16-le", "utf-16-be") of a page that starts as markup in UTF-16 without a BOM (saved by
    a Windows tool: "<\\x00h\\x00t\\x00m\\x00l\\x00"): most of its first code units are ASCII, so one byte of
    each pair is NUL, always the same one, and the text starts with "<". No 8-bit page has a NUL byte."""
    head = body[: UTF16_HEAD_UNITS * 2]
    if b"\x00" not in head or len(head) < 16:
        return None
    head = head[: len(head) // 2 * 2]
    units = len(head) // 2
    low_nul, high_nul = head[0::2].count(0), head[1::2].count(0)
    if high_nul >= MIN_UTF16_ASCII_SHARE * units and low_nul <= (1 - MIN_UTF16_ASCII_SHARE) * high_nul:
        encoding = "utf-16-le"
    elif low_nul >= MIN_UTF16_ASCII_SHARE * units and high_nul <= (1 - MIN_UTF16_ASCII_SHARE) * low_nul:
        encoding = "utf-16-be"
    else:
        return None
    return encoding if head.decode(encoding, errors="replace").lstrip().startswith("<") else None


# --- Latin code pages: Windows-1252 or Central European ---------------------------------------------
#: Letters beyond ASCII of the languages each family of code pages is written in (lower case). A page
#: read in the right code page spells one language's letters; read in the wrong one, a Czech "ř" comes
#: out as "ø" beside an "ì" (for "ě"), a Polish "ł" as "³": letters no single language has together.
WESTERN_LETTERS: dict[str, str] = {  # Windows-1252 / ISO-8859-1
    "de": "äöüßé",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "es": "áéíñóúü",
    "pt": "àáâãçéêíóôõú",
    "it": "àèéìíîòóù",
    "ca": "àçèéíïòóú",
    "nl": "áéèëêïóöü",
    "da": "æøåéó",
    "sv": "åäöé",
    "fi": "äöåšž",
    "is": "áæðéíóöúýþ",
    "et": "äõöüšž",
}
CENTRAL_LETTERS: dict[str, str] = {  # Windows-1250 / ISO-8859-2
    "cs": "áčďéěíňóřšťúůýž",
    "sk": "áäčďéíĺľňóôŕšťúýž",
    "pl": "ąćęłńóśźż",
    "hu": "áéíóöőúüű",
    "hr": "čćđšž",  # and Bosnian, Serbian in Latin letters, Slovene
    "ro": "ăâîşţ",
}
#: Baltic (Windows-1257 / ISO-8859-13): a Lithuanian "ų" read as Windows-1252 is "ø" beside a "à" (for
#: "ą") and an "è" (for "č"); an Estonian "š" is "ð" there. (A probe page, hand-built: Delfi.lt-like.)
BALTIC_LETTERS: dict[str, str] = {
    "lt": "ąčęėįšųūž",
    "lv": "āčēģīķļņšūž",
    "et": "äõöüšž",
}
#: Turkish (Windows-1254 / ISO-8859-9): the six bytes where it differs from Windows-1252 read there as the
#: Icelandic "ð", "ý", "þ" (for "ğ", "ı", "ş") beside the Turkish "ç" and "ü" that Icelandic does not
#: write. (A probe page, hand-built: Sözcü-like; Azerbaijani pages use the same code page.)
TURKISH_LETTERS: dict[str, str] = {
    "tr": "çğıöşüâîû",
    "az": "çəğıöşü",
}
#: the code pages a page without a charset that Windows-1252 reads as no Western language's letters may
#: be in, each with the letters of its languages, in this order of preference (a tie goes to the first):
#: Central European first (the web's most used after Windows-1252), then Baltic, then Turkish
CODE_PAGE_LETTERS: tuple[tuple[str, dict[str, str]], ...] = (
    ("cp1250", CENTRAL_LETTERS),
    ("iso8859-2", CENTRAL_LETTERS),
    ("cp1257", BALTIC_LETTERS),
    ("iso8859-13", BALTIC_LETTERS),
    ("cp1254", TURKISH_LETTERS),
    ("iso8859-9", TURKISH_LETTERS),
)
#: share of the letters one language must spell for a reading to be believed; and the least letters
COHERENT_SHARE = 0.95
MIN_LATIN_LETTERS = 20
#: ... on a page that declares a Western charset (Windows-1252, Latin-1), which the letters must overrule
#: (all 1,210 corpus pages decode as before; declared Windows-1252 by a header, one report-half page would
#: read as ISO-8859-2, at 20 letters as at 30)
DECLARED_MIN_LATIN_LETTERS = 30
#: the bytes of a page read for a guess
GUESS_BYTES = 65536
_ASCII_BYTES = bytes(range(0x80))


def latin_code_page(sample: bytes, *, min_letters: int = MIN_LATIN_LETTERS) -> str | None:
    """The code page of `sample` (bytes of a page without a declared charset, not UTF-8) when read as
    Windows-1252 it spells no Western language's letters and read in one of CODE_PAGE_LETTERS it spells one
    language of that code page: a Czech, Polish, Hungarian, Slovak, Croatian or Romanian page (Windows-1250,
    ISO-8859-2), a Lithuanian, Latvian or Estonian one (Windows-1257, ISO-8859-13) or a Turkish one
    (Windows-1254, ISO-8859-9) saved without its charset. None keeps Windows-1252. Counts the page's
    distinct high bytes, not its text."""
    high = sample.translate(None, _ASCII_BYTES)
    if len(high) < min_letters:
        return None
    counts = Counter(high)
    readings = {
        code_page: {byte: bytes((byte,)).decode(code_page, errors="replace") for byte in counts}
        for code_page in ("cp1252", *(code_page for code_page, _ in CODE_PAGE_LETTERS))
    }
    # (a byte that is a letter in no reading, a dash or a quote, says nothing of the language)
    letters = [byte for byte in counts if any(reading[byte].isalpha() for reading in readings.values())]
    total = sum(counts[byte] for byte in letters)
    if total < min_letters:
        return None

    def share(code_page: str, alphabets: dict[str, str]) -> float:
        reading = readings[code_page]
        return (
            max(
                sum(counts[byte] for byte in letters if reading[byte].lower() in alphabet)
                for alphabet in alphabets.values()
            )
            / total
        )

    if share("cp1252", WESTERN_LETTERS) >= COHERENT_SHARE:
        return None
    # (max keeps the first of equal shares)
    best, best_share = max(
        ((code_page, share(code_page, alphabets)) for code_page, alphabets in CODE_PAGE_LETTERS),
        key=lambda found: found[1],
    )
    return best if best_share >= COHERENT_SHARE else None


# --- decoding a page ------------------------------------------------------------------------------
_WESTERN = frozenset({"cp1252", "latin-1", "iso8859-1", "iso8859-15", "ascii"})
# One UTF-8 character's bytes read as Windows-1252 (or Latin-1): a lead byte's character, then its
# continuation bytes' characters.
_CONT_CLASS = f"[{_CONT}]"
_MOJIBAKE_CHAR = re.compile(
    f"[\u00c2-\u00df]{_CONT_CLASS}|[\u00e0-\u00ef]{_CONT_CLASS}{{2}}|[\u00f0-\u00f4]{_CONT_CLASS}{{3}}"
)


@dataclass(kw_only=True)
class Decoded:
    text: str
    encoding: str  #: the charset that read (most of) the bytes
    repairs: list[str] = field(default_factory=list)  #: see the module doc


def decode_page(body: bytes, declared: str | None = None) -> Decoded:
    """The text of an HTML page's bytes; `declared` is the HTTP header's charset, if any."""
    bom, bom_bytes = read_bom(body)
    if bom:
        encoding = _canonical(bom)
        text = body[len(bom_bytes or b"") :].decode(encoding, errors="replace")
        return _finish(Decoded(text=text, encoding=encoding), replaced=REPLACEMENT in text)
    utf16 = utf16_without_bom(body)
    if utf16 is not None:
        # (whatever the header says: NUL bytes between the markup's letters are UTF-16 in any charset)
        text = body[: len(body) // 2 * 2].decode(utf16, errors="replace")
        return _finish(Decoded(text=text, encoding=utf16), replaced=REPLACEMENT in text)
    header = _known(declared)
    meta = _known(html_body_declared_encoding(body))
    first = header or meta
    repairs: list[str] = []
    if first is not None:
        # Valid UTF-8 with non-ASCII bytes is practically never meant as a Western single-byte charset:
        # a mislabelled UTF-8 page, read as UTF-8 (what the page's own <meta> says more often than not).
        # The same holds for any other charset once the page has a few multi-byte sequences (a theme's
        # "windows-1251" or "Shift_JIS" left on a site converted to UTF-8): text in those charsets is
        # practically never valid UTF-8 by chance.
        if (
            first != "utf-8"
            and not body.isascii()
            and (first in _WESTERN or _multibyte_sequences(body) >= MIN_UTF8_SEQUENCES)
            and (as_utf8 := _strict(body, "utf-8")) is not None
        ):
            return _finish(Decoded(text=as_utf8, encoding="utf-8", repairs=["charset"]))
        text = _strict(body, first)
        if text is not None and first in _WESTERN:
            # a Baltic, Turkish or Central European page that declares Windows-1252 or Latin-1 (a theme's
            # default left in place): read so, "Vyriausybë" and "Ðehir merkezi" are mojibake a browser
            # shows too, but the letters say which code page was meant; a declaration is evidence, so the
            # bytes must spell more letters of that page's languages than an undeclared page's must
            # (latin_code_page; probe pages, hand-built: Delfi.lt-, LSM.lv-, Sözcü-like)
            other = latin_code_page(body[:GUESS_BYTES], min_letters=DECLARED_MIN_LATIN_LETTERS)
            if other is not None:
                return Decoded(text=body.decode(other, errors="replace"), encoding=other, repairs=["charset"])
        if text is not None and problem(text) is None:
            return Decoded(text=text, encoding=first)
        found = clean_decoding(body, candidate_encodings(body, tried=first))
        if found is not None:
            return Decoded(text=found[1], encoding=found[0], repairs=["charset"])
        if text is None and first != "utf-8":
            repairs.append("charset")
    else:
        found = clean_decoding(body, candidate_encodings(body))
        if found is not None:
            return Decoded(text=found[1], encoding=found[0])
    text = _strict(body, "utf-8")
    if text is not None:
        return _finish(Decoded(text=text, encoding="utf-8", repairs=repairs))
    if first is not None and first not in _WESTERN and first != "utf-8" and _mostly_not_utf8(body):
        # a multi-byte page (Shift_JIS, GB18030...) with a few bad bytes
        text = body.decode(first, errors="replace")
        return _finish(Decoded(text=text, encoding=first, repairs=repairs), replaced=True)
    text, mixed, replaced = _utf8_with_cp1252(body)
    if mixed:
        repairs.append("mixed_encoding")
    return _finish(Decoded(text=text, encoding="utf-8", repairs=repairs), replaced=replaced)


def repair_text(text: str) -> tuple[str, list[str]]:
    """Already-decoded text with double-encoded stretches turned back (an --input-jsonl page)."""
    decoded = _finish(Decoded(text=text, encoding="utf-8"))
    return decoded.text, decoded.repairs


def _finish(decoded: Decoded, *, replaced: bool = False) -> Decoded:
    if mojibake_count(decoded.text) >= MOJIBAKE_MIN:
        fixed = _MOJIBAKE_CHAR.sub(_undo_mojibake, decoded.text)
        if fixed != decoded.text:
            decoded.text = fixed
            decoded.repairs.append("mojibake")
    if replaced and REPLACEMENT in decoded.text:
        decoded.repairs.append("invalid_bytes")
    # (a list of unique names, in the order met)
    decoded.repairs = list(dict.fromkeys(decoded.repairs))
    return decoded


def _undo_mojibake(match: re.Match[str]) -> str:
    chars = match.group(0)
    try:
        raw = bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in chars)
        return raw.decode("utf-8")
    except (UnicodeError, ValueError):
        return chars


def _utf8_with_cp1252(body: bytes) -> tuple[str, bool, bool]:
    """UTF-8, each byte it cannot read taken as Windows-1252 (U+FFFD for the five bytes that charset
    leaves undefined): (text, a byte was read as cp1252, a byte was replaced)."""
    parts: list[str] = []
    mixed = replaced = False
    position = 0
    while position < len(body):
        try:
            parts.append(body[position:].decode("utf-8"))
            break
        except UnicodeDecodeError as error:
            parts.append(body[position : position + error.start].decode("utf-8"))
            bad = body[position + error.start : position + error.end]
            for byte in bad:
                try:
                    parts.append(bytes([byte]).decode("cp1252"))
                    mixed = True
                except UnicodeDecodeError:
                    parts.append(REPLACEMENT)
                    replaced = True
            position += error.end
    return "".join(parts), mixed, replaced


#: multi-byte UTF-8 sequences that make valid UTF-8 bytes UTF-8 whatever charset the page declares
MIN_UTF8_SEQUENCES = 8
_UTF8_LEAD = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")


def _multibyte_sequences(body: bytes) -> int:
    return len(_UTF8_LEAD.findall(body[:65536], 0)) if not body.isascii() else 0


def _mostly_not_utf8(body: bytes) -> bool:
    """Fewer valid multi-byte UTF-8 sequences than bytes UTF-8 cannot read: another charset's text."""
    text, _, _ = _utf8_with_cp1252(body[:65536])
    valid = sum(1 for c in text if ord(c) > 0x7FF)
    return valid < 10


def _strict(body: bytes, encoding: str) -> str | None:
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _known(name: str | None) -> str | None:
    if not name:
        return None
    canonical = _canonical(name)
    try:
        codecs.lookup(canonical)
    except LookupError:
        return None
    return canonical
