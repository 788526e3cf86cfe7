"""Apply the noise rules to article text: body paragraphs, headline, standfirst, captions."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from newsarchive.cleaning.rules import NO_TEXT_RULE, RULES, SANDWICH_MAX_WORDS, SANDWICH_RULE, NoiseRule

_WS = re.compile(r"\s+")
_HAS_TEXT = re.compile(r"\w")


def _squash(text: str) -> str:
    return _WS.sub(" ", text).strip()


def paragraph_rule(text: str, rules: Sequence[NoiseRule] = RULES) -> str | None:
    """Name of the first paragraph rule that marks `text` as noise, or None."""
    squashed = _squash(text)
    words = len(squashed.split())
    for rule in rules:
        if rule.matches_paragraph(squashed, words):
            return rule.name
    return None


def strip_fragments(text: str, rules: Sequence[NoiseRule] = RULES) -> tuple[str, Counter[str]]:
    """Cut the inline noise fragments out of `text`; returns the new text and what was cut."""
    removed: Counter[str] = Counter()
    for rule in rules:
        if rule.scope != "fragment":
            continue
        text, n = rule.pattern.subn(" ", text)
        if n:
            removed[rule.name] += n
    if removed:
        text = _squash(text)
    return text, removed


def clean_body(
    paragraphs: Iterable[str], rules: Sequence[NoiseRule] = RULES
) -> tuple[list[str], Counter[str]]:
    """Drop noise paragraphs and cut inline noise; returns (kept paragraphs, removed count per rule).

    Kept paragraphs are returned unchanged unless a fragment was cut from them (then whitespace is
    squashed), so clean input round-trips byte for byte.
    """
    items = [p for p in paragraphs if p is not None]
    removed: Counter[str] = Counter()
    verdicts: list[str | None] = [paragraph_rule(p, rules) for p in items]

    # Short leftovers wedged between noise are part of the same furniture. Walk runs of unmarked paragraphs
    # and drop a run when it is bounded by noise on both sides and every member is short. Paragraphs without
    # any text (blank lines, "-", table rules) are transparent: they neither bound a run nor break one, or
    # every short line of a list separated by blank lines would go.
    order = [k for k, v in enumerate(verdicts) if v != NO_TEXT_RULE]
    i = 0
    while i < len(order):
        if verdicts[order[i]] is not None:
            i += 1
            continue
        j = i
        while j < len(order) and verdicts[order[j]] is None:
            j += 1
        bounded = i > 0 and j < len(order)
        if bounded and all(len(items[order[k]].split()) <= SANDWICH_MAX_WORDS for k in range(i, j)):
            for k in range(i, j):
                verdicts[order[k]] = SANDWICH_RULE
        i = j

    kept: list[str] = []
    for text, verdict in zip(items, verdicts, strict=True):
        if verdict is not None:
            removed[verdict] += 1
            continue
        new, cut = strip_fragments(text, rules)
        if cut:
            removed.update(cut)
            if not _HAS_TEXT.search(new):
                continue
        kept.append(new)
    return kept, removed


def clean_text(text: str | None, rules: Sequence[NoiseRule] = RULES) -> tuple[str | None, Counter[str]]:
    """Clean a single line of text (headline, standfirst, caption): None when it is all noise."""
    if text is None:
        return None, Counter()
    removed: Counter[str] = Counter()
    verdict = paragraph_rule(text, rules)
    if verdict is not None:
        removed[verdict] += 1
        return None, removed
    new, cut = strip_fragments(text, rules)
    removed.update(cut)
    if not _HAS_TEXT.search(new):
        return None, removed
    return new, removed


def clean_headline(text: str | None) -> tuple[str | None, Counter[str]]:
    return clean_text(text)


def clean_standfirst(text: str | None) -> tuple[str | None, Counter[str]]:
    return clean_text(text)


def clean_caption(text: str | None) -> tuple[str | None, Counter[str]]:
    return clean_text(text)
