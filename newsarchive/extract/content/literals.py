"""Literal pre-checks for case-insensitive rule patterns: the strings one of which every match holds.

A paragraph rule's pattern is an alternation searched at every position of the text, with IGNORECASE,
which Python's re runs ~5x slower than a plain substring search. Most paragraphs hold none of the
words any alternative needs ("unterstütz", "spenden", "bezahlschranke" for the reader-support call), so
a substring test on the lower-cased text settles them. The strings are read from the compiled pattern
itself (its parse tree), so a rule edited or given another alternative keeps an exact pre-check.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _casefix, _parser  # the standard library's own parser and case table
from re import _constants as _C

from newsarchive.cleaning.needles import tree_pattern

#: shortest literal worth a pre-check: a one- or two-letter string is in nearly every paragraph
MIN_NEEDLE = 3

# Characters for which "the lower-cased text holds the lower-cased literal" is not implied by an
# IGNORECASE match: U+0130 (its full lower case is two characters, re compares the simple one, "i"),
# and the extra equivalents re's case table adds to a letter ("ſ" matches "s", "ı" matches "i").
# A text holding one of those (for a letter the literals use) runs the pattern unchecked.
_MULTI_CHAR_LOWER = "\u0130"


def required_literals(pattern: re.Pattern[str], *, min_needle: int = MIN_NEEDLE) -> tuple[str, ...]:
    """Lower-case strings one of which every match of `pattern` holds (a necessary condition), or ()
    when the pattern gives none at least `min_needle` characters long, or needs none: a pattern whose
    every alternative is anchored at the start fails within a few characters, faster than any
    substring test of the whole text."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError, ValueError):  # pragma: no cover - a compiled pattern parses
        return ()
    if _anchored(list(parsed)):
        return ()
    found = _of_sequence(list(parsed))
    if found is None or any(len(needle) < min_needle for needle in found):
        return ()
    # (a string that holds another of the set adds nothing to the test)
    return tuple(sorted(n for n in found if not any(o != n and o in n for o in found)))


def fold_exceptions(needles: tuple[str, ...]) -> frozenset[str]:
    """The characters whose presence in a text voids the needles' pre-check (see _MULTI_CHAR_LOWER)."""
    out = set(_MULTI_CHAR_LOWER)
    for char in {c for needle in needles for c in needle}:
        out.update(chr(code) for code in _casefix._EXTRA_CASES.get(ord(char), ()))
    if any(_SIGMAS.intersection(needle) for needle in needles):
        out.add("\u03a3")  # (str.lower() makes a capital sigma the final one at a word's end: context)
    return frozenset(out)


_SIGMAS = frozenset("\u03c3\u03c2")


def _anchored(items: list[tuple[object, object]]) -> bool:
    """Every match of the item sequence starts at the start of the text."""
    if not items:
        return False
    op, value = items[0]
    if op is _C.AT:
        return value is _C.AT_BEGINNING or value is _C.AT_BEGINNING_STRING
    if op is _C.SUBPATTERN:
        return _anchored(list(value[-1]))  # type: ignore[index]
    if op is _C.BRANCH:
        return all(_anchored(list(branch)) for branch in value[1])  # type: ignore[index]
    return False


def _of_sequence(items: list[tuple[object, object]]) -> frozenset[str] | None:
    """A set of strings one of which every match of the item sequence holds (the most selective the
    sequence offers: the longest shortest string), or None."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, value in items:
        if op is _C.LITERAL:
            run.append(chr(value).lower())  # type: ignore[arg-type]
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        if op is _C.AT:
            continue  # (zero-width: an anchor or a word boundary)
        found: frozenset[str] | None = None
        if op is _C.SUBPATTERN:
            found = _of_sequence(list(value[-1]))  # type: ignore[index]
        elif op is _C.BRANCH:
            found = _of_branches(value[1])  # type: ignore[index]
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and value[0] >= 1:  # type: ignore[index]
            found = _of_sequence(list(value[2]))  # type: ignore[index]
        if found is not None:
            candidates.append(found)
    if run:
        candidates.append(frozenset({"".join(run)}))
    if not candidates:
        return None
    return max(candidates, key=lambda needles: min(len(n) for n in needles))


def _of_branches(branches: list[object]) -> frozenset[str] | None:
    """Every match holds a string of one of the branches' sets: their union (None if one has none)."""
    out: set[str] = set()
    for branch in branches:
        found = _of_sequence(list(branch))  # type: ignore[call-overload]
        if found is None:
            return None
        out.update(found)
    return frozenset(out)


class FoldedSearch:
    """`re.compile(source, re.IGNORECASE).search(text) is not None`, answered on the lower-cased text by the
    same pattern without IGNORECASE: ~4x faster on the class and id values the walks test by the ten
    thousand a page (an IGNORECASE alternation tests each alternative at each position).

    Exact where str.lower() maps each character to the simple lower case re's IGNORECASE compares, and
    no character matches a letter of the pattern only through re's extra case equivalents: everywhere but
    in a text holding one of fold_exceptions' characters ("İ", "ſ", "ı"), which the
    IGNORECASE pattern itself is run on. `source` is lower case, without backslashes (an escape such as
    \\W would not survive lower-casing) and without an upper-case letter for IGNORECASE to fold."""

    __slots__ = ("_exceptions", "_folded", "_lowered")

    def __init__(self, source: str) -> None:
        if source != source.lower() or "\\" in source:
            raise ValueError(f"FoldedSearch needs a lower-case pattern without escapes: {source!r}")
        self._lowered = re.compile(source)
        self._folded = re.compile(source, re.IGNORECASE)
        letters = "".join(sorted({c for c in source if c.isalpha()}))
        self._exceptions = re.compile("[" + re.escape("".join(sorted(fold_exceptions((letters,))))) + "]")

    def __call__(self, text: str) -> bool:
        if text.isascii() or self._exceptions.search(text) is None:
            return self._lowered.search(text.lower()) is not None
        return self._folded.search(text) is not None


class GatedPattern:
    """A pattern whose `search` and `finditer` first ask whether the text holds one of the literals every
    match holds (required_literals, read from the pattern): the same matches, without running a long
    IGNORECASE alternation over the texts that hold none of its words (most of them), asked as one search
    of the literals' prefix tree (cleaning/needles.py). A text holding one of fold_exceptions' characters
    is searched as it is."""

    __slots__ = ("_exceptions", "_needles", "pattern")

    def __init__(self, pattern: re.Pattern[str], *, min_needle: int = 2) -> None:
        self.pattern = pattern
        needles = required_literals(pattern, min_needle=min_needle)
        self._needles = re.compile(tree_pattern(needles)) if needles else None
        self._exceptions = re.compile("[" + re.escape("".join(sorted(fold_exceptions(needles)))) + "]")

    def may_match(self, text: str) -> bool:
        if self._needles is None or (not text.isascii() and self._exceptions.search(text)):
            return True
        return self._needles.search(text.lower()) is not None

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self.pattern.search(text, *args) if self.may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.may_match(text) else iter(())
