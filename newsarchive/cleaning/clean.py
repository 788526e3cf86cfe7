"""Apply the noise rules to article text: body paragraphs, headline, standfirst, captions."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import islice
from typing import Any

from newsarchive.cleaning.needles import tree_pattern
from newsarchive.cleaning.rules import (
    BOX_TITLE_MAX_WORDS,
    BOX_TITLE_RULE,
    NO_TEXT_RULE,
    RULES,
    SANDWICH_MAX_WORDS,
    SANDWICH_RULE,
    SENTENCE_ENDS,
    TextRule,
)
from newsarchive.textsize import text_words

_HAS_TEXT = re.compile(r"\w")


def _squash(text: str) -> str:
    # same as re.sub(r"\s+", " ", text).strip(): str.split() and \s agree on what whitespace is
    return " ".join(text.split())


# How a rule is gated before its pattern runs (TextRule's gate fields): the cheapest test it has.
_NO_GATE, _PREFIXES, _CASED, _NEEDLES = range(4)
_Gate = tuple[int, Any, TextRule]


def _gate_of(rule: TextRule) -> _Gate:
    if rule.prefixes:
        return _PREFIXES, rule.prefixes, rule
    if rule.cased_needles:
        # one regex: it skips every character that is not a first letter of a needle (capitals, rare)
        return _CASED, re.compile("|".join(map(re.escape, rule.cased_needles))).search, rule
    if rule.needles:
        return _NEEDLES, AnyNeedle(rule.needles), rule
    return _NO_GATE, None, rule


#: from this many needles on, one search of their prefix tree beats a substring test per needle (tune
#: half: 120 needles 10.4 -> 5.0 us a text, 44 3.1 -> 0.7, 23 2.5 -> 1.6; under ten, either way by the
#: needles' first letters)
_TREE_MIN_NEEDLES = 10


class AnyNeedle:
    """`any(needle in lowered for needle in needles)`, the needle gate of a rule, answered by one regex
    search of the needles as a prefix tree ("abo(?:nn|ne)|..."): the alternatives that share a prefix are
    tried once at each position, where the substring tests scan the text once per needle (~120 of them
    for the other languages' paywall prompts: ~35 us a paragraph against ~17, tune half). A text that is
    all ASCII is searched for the ASCII needles only (no other can be in it). The same verdict on every
    text: the tree holds each needle as a literal (re.escape, no flag), and a needle that starts with
    another adds nothing to the test (the shorter one is in the text whenever the longer is)."""

    __slots__ = ("_all", "_ascii", "needles")

    def __init__(self, needles: Sequence[str]) -> None:
        self.needles = tuple(needles)
        self._all = _needle_search(self.needles)
        self._ascii = _needle_search(tuple(n for n in self.needles if n.isascii()))

    def __call__(self, lowered: str) -> bool:
        search = self._ascii if lowered.isascii() else self._all
        if search is None:
            return False
        if isinstance(search, tuple):
            return any(map(lowered.__contains__, search))
        return search(lowered) is not None


def _needle_search(needles: tuple[str, ...]) -> Any:
    """A search for any of `needles` (None: there is none): the needles themselves when few, else the
    search method of their prefix tree's regex."""
    if not needles:
        return None
    if len(needles) < _TREE_MIN_NEEDLES:
        return needles
    return re.compile(tree_pattern(needles)).search


class _Plan:
    """A rule sequence arranged for speed, same verdicts: for each word count, the paragraph rules
    whose max_words allows it, in their order (a long body paragraph meets two rules, not ten), each
    with its cheapest gate, and the fragment rules."""

    def __init__(self, rules: Sequence[TextRule]) -> None:
        paragraph = [r for r in rules if r.scope == "paragraph"]
        self.limits = sorted({r.max_words for r in paragraph})
        # by_limit[i]: the rules for word counts in (limits[i-1], limits[i]]; past the last: none
        self.by_limit: list[tuple[_Gate, ...]] = [
            tuple(_gate_of(r) for r in paragraph if r.max_words >= limit) for limit in self.limits
        ]
        self.fragments = tuple(r for r in rules if r.scope == "fragment")
        # names of the rules whose lines bound a SANDWICH_RULE run
        self.boxes = frozenset(r.name for r in paragraph if r.box)
        # Every fragment rule gated by needles: a text holding none of them keeps all its fragments.
        self.fragment_needles = (
            tuple({n for r in self.fragments for n in r.needles})
            if all(r.needles for r in self.fragments)
            else None
        )

    def may_cut(self, lowered: str) -> bool:
        """False when no fragment rule can match a text whose lower-cased form is `lowered`."""
        needles = self.fragment_needles
        return needles is None or any(map(lowered.__contains__, needles))

    def paragraph_rule(self, text: str) -> str | None:
        parts = text.split()
        words = len(parts)
        index = bisect_left(self.limits, words)
        if index == len(self.limits):
            return None
        squashed = " ".join(parts)
        lowered: str | None = None
        for kind, gate, rule in self.by_limit[index]:
            if kind == _PREFIXES:
                if lowered is None:
                    lowered = squashed.lower()
                if not lowered.startswith(gate):
                    continue
            elif kind == _CASED:
                if gate(squashed) is None:
                    continue
            elif kind == _NEEDLES:
                if lowered is None:
                    lowered = squashed.lower()
                if not gate(lowered):
                    continue
            if rule.min_matches <= 1:
                if rule.pattern.search(squashed) is not None:
                    return rule.name
            # at least min_matches matches: the min_matches-th exists (no need to count the rest)
            elif next(islice(rule.pattern.finditer(squashed), rule.min_matches - 1, None), None) is not None:
                return rule.name
        return None

    def strip_fragments(self, text: str) -> tuple[str, Counter[str]]:
        removed: Counter[str] = Counter()
        lowered: str | None = None
        for rule in self.fragments:
            if rule.needles:
                if lowered is None:
                    lowered = text.lower()
                if not rule.may_match(lowered):
                    continue
            text, n = rule.pattern.subn(" ", text)
            if n:
                removed[rule.name] += n
                lowered = None
        if removed:
            text = _squash(text)
        return text, removed


@cache
def _default_plan() -> _Plan:
    return _Plan(RULES)


@cache
def _default_line_plan() -> _Plan:
    return _Plan(_line_rules(RULES))


def _line_rules(rules: Sequence[TextRule]) -> tuple[TextRule, ...]:
    return tuple(r for r in rules if not r.body_only)


def _plan(rules: Sequence[TextRule]) -> _Plan:
    return _default_plan() if rules is RULES else _Plan(rules)


def _line_plan(rules: Sequence[TextRule]) -> _Plan:
    """The plan for a headline, standfirst or caption: the rules without TextRule.body_only."""
    return _default_line_plan() if rules is RULES else _Plan(_line_rules(rules))


def paragraph_rule(text: str, rules: Sequence[TextRule] = RULES) -> str | None:
    """Name of the first paragraph rule that marks `text` as noise, or None.

    Cheap tests first: the word limit, then the rule's needles (TextRule.needles) on the lower-cased
    text; a pattern runs only where both pass (on body paragraphs, rarely).
    """
    return _plan(rules).paragraph_rule(text)


def strip_fragments(text: str, rules: Sequence[TextRule] = RULES) -> tuple[str, Counter[str]]:
    """Cut the inline noise fragments out of `text`; returns the new text and what was cut."""
    return _plan(rules).strip_fragments(text)


def clean_body(
    paragraphs: Iterable[str], rules: Sequence[TextRule] = RULES
) -> tuple[list[str], Counter[str]]:
    """Drop noise paragraphs and cut inline noise; returns (kept paragraphs, removed count per rule).

    Kept paragraphs are returned unchanged unless a fragment was cut from them (then whitespace is
    squashed), so clean input round-trips byte for byte.
    """
    items = [p for p in paragraphs if p is not None]
    plan = _plan(rules)
    removed: Counter[str] = Counter()
    # One test on the whole body spares the per-paragraph fragment pass on most pages. ("\n" breaks
    # no casing context: the joined text lower-cases to the paragraphs' lower-cased forms, joined.)
    kept = _clean_body(items, plan, plan.may_cut("\n".join(items).lower()), removed)
    return kept, removed


def clean_text(text: str | None, rules: Sequence[TextRule] = RULES) -> tuple[str | None, Counter[str]]:
    """Clean a single line of text (headline, standfirst, caption): None when it is all noise."""
    removed: Counter[str] = Counter()
    if text is None:
        return None, removed
    return _clean_line(text, _line_plan(rules), True, removed), removed


def clean_fields(
    body: Iterable[str], lines: Sequence[str | None], rules: Sequence[TextRule] = RULES
) -> tuple[list[str], list[str | None], Counter[str]]:
    """clean_body(body) and clean_text(line) for each of `lines` (headline, standfirst, captions) at
    once: the same texts, and their removed counts added up in that order. One fragment test on all
    the text spares every per-text fragment pass on most articles, and one Counter serves them all.
    """
    items = [p for p in body if p is not None]
    plan = _plan(rules)
    removed: Counter[str] = Counter()
    # "\n" joins texts without creating a needle (none holds it) or changing their lower-cased forms
    cut_any = plan.may_cut("\n".join([*items, *(line for line in lines if line is not None)]).lower())
    kept = _clean_body(items, plan, cut_any, removed)
    # (the line plan has the same fragment rules: cut_any holds for it)
    line_plan = _line_plan(rules)
    cleaned = [None if line is None else _clean_line(line, line_plan, cut_any, removed) for line in lines]
    return kept, cleaned, removed


def _clean_body(items: list[str], plan: _Plan, cut_any: bool, removed: Counter[str]) -> list[str]:
    """clean_body's kept paragraphs, counting what goes in `removed`; `cut_any` False: plan.may_cut
    said no fragment rule can match any of `items`."""
    verdicts: list[str | None] = [plan.paragraph_rule(p) for p in items]

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
        # only offer-box rules bound a run (TextRule.box): an ad label or a "read also" line does not
        bounded = (
            i > 0
            and j < len(order)
            and verdicts[order[i - 1]] in plan.boxes
            and verdicts[order[j]] in plan.boxes
        )
        if bounded and all(len(items[order[k]].split()) <= SANDWICH_MAX_WORDS for k in range(i, j)):
            for k in range(i, j):
                verdicts[order[k]] = SANDWICH_RULE
        i = j
    _mark_box_title(items, verdicts, order, plan)

    kept: list[str] = []
    for text, verdict in zip(items, verdicts, strict=True):
        if verdict is not None:
            removed[verdict] += 1
            continue
        if not cut_any:
            kept.append(text)
            continue
        new, cut = plan.strip_fragments(text)
        if cut:
            removed.update(cut)
            if not _HAS_TEXT.search(new):
                continue
        kept.append(new)
    return kept


def _mark_box_title(items: list[str], verdicts: list[str | None], order: list[int], plan: _Plan) -> None:
    """Mark the title of an offer box closing the body (BOX_TITLE_RULE): the one kept line just before a
    run of marked lines, at least one a box line, that reaches the body's end."""
    end = len(order)
    start = end
    while start > 0 and verdicts[order[start - 1]] is not None:
        start -= 1
    if start in (0, end) or not any(verdicts[order[k]] in plan.boxes for k in range(start, end)):
        return
    index = order[start - 1]
    title = items[index].strip()
    if title[:1].isalpha() and title[-1:] not in SENTENCE_ENDS and text_words(title) <= BOX_TITLE_MAX_WORDS:
        verdicts[index] = BOX_TITLE_RULE


def _clean_line(text: str, plan: _Plan, cut_any: bool, removed: Counter[str]) -> str | None:
    """clean_text's result for `text`, counting what goes in `removed`; `cut_any` False: plan.may_cut
    said no fragment rule can match `text`."""
    verdict = plan.paragraph_rule(text)
    if verdict is not None:
        removed[verdict] += 1
        return None
    if cut_any:
        text, cut = plan.strip_fragments(text)
        removed.update(cut)
    if not _HAS_TEXT.search(text):
        return None
    return text


def clean_headline(text: str | None) -> tuple[str | None, Counter[str]]:
    return clean_text(text)


def clean_standfirst(text: str | None) -> tuple[str | None, Counter[str]]:
    return clean_text(text)


def clean_caption(text: str | None) -> tuple[str | None, Counter[str]]:
    return clean_text(text)
