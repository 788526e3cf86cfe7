"""Session 14's speed-ups give the answers of the code they replace (benchmarks/README.md, "Extraction time
against trafilatura's"):

- the cleaning rules' needle gates (cleaning/clean.py AnyNeedle: one search of the needles' prefix tree,
  the ASCII needles only on an ASCII text) say what the substring test of every needle says;
- paywall_pitch's word-start look-ahead (cleaning/rules.py WORD_OR_SENTENCE_START) finds the matches the
  pattern without it finds;
- the fast pass cleans its own pruned copy of the page and makes the pruned page again for the short
  passes (content/fast_pass.py): still trafilatura's body, on pages that are pruned and short.

Checked on the texts of the demo site's and the extraction fixtures' pages (tests/test_extract_speed13.py
TEXTS: real pages' markup), the prompt and label lines of that round, and hand-built edge cases."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from newsarchive.cleaning import clean
from newsarchive.cleaning.clean import AnyNeedle
from newsarchive.cleaning.needles import tree_pattern as _tree_pattern
from newsarchive.cleaning.rules import RULES, WORD_OR_SENTENCE_START
from newsarchive.extract.content import fast_pass
from newsarchive.extract.document import Document
from tests.test_extract_fast_pass import _STORY, _bare, _fast
from tests.test_extract_speed13 import LABEL_TEXTS, PROMPT_LINES, TEXTS

NEEDLED = [rule for rule in RULES if rule.needles]
LINES = [" ".join(text.split()) for text in [*TEXTS, *LABEL_TEXTS, *PROMPT_LINES]]


def _edge_texts(needles: tuple[str, ...]) -> list[str]:
    """Each needle alone, inside ASCII and non-ASCII text, cut short by a character, and run together."""
    out = ["", " ", "é", "ſ", "İ"]
    for needle in needles:
        out += [needle, f"x{needle}y", f"« {needle} »", f"straße {needle}", needle[:-1], needle[1:]]
        out += [f"{needle[:-1]}é", needle.upper().lower()]
    out.append("".join(needles))
    return out


# --- the needle gate -------------------------------------------------------------------------------------


@pytest.mark.parametrize("rule", NEEDLED, ids=[rule.name for rule in NEEDLED])
def test_the_needle_gate_says_what_the_substring_tests_say(rule: clean.TextRule) -> None:
    gate = AnyNeedle(rule.needles)
    passed = 0
    for text in [*LINES, *_edge_texts(rule.needles)]:
        lowered = text.lower()
        expected = any(needle in lowered for needle in rule.needles)
        assert gate(lowered) is expected, (rule.name, text[:80])
        passed += expected
    assert passed >= len(rule.needles)  # (each needle alone passes, at least)


def test_the_plan_gates_every_needled_rule_so() -> None:
    """The rules the plan runs are gated by AnyNeedle (else the test above pins nothing the plan does)."""
    gates = {rule.name: gate for group in clean._default_plan().by_limit for kind, gate, rule in group}
    needled_only = [r for r in NEEDLED if not r.prefixes and not r.cased_needles and r.scope == "paragraph"]
    assert needled_only
    for rule in needled_only:
        assert isinstance(gates[rule.name], AnyNeedle), rule.name
        assert gates[rule.name].needles == rule.needles


def test_the_prefix_tree_holds_each_needle_as_a_literal() -> None:
    pattern = re.compile(_tree_pattern(sorted({"ab", "abc", "b.d", "a+", "x", "ä"})))
    for text, found in [
        ("ab", True), ("xab", True), ("a", False), ("b.d", True), ("bzd", False), ("a+", True), ("aa", False),
        ("x", True), ("ä", True), ("a\u0308", False), ("", False),
    ]:  # fmt: skip
        assert (pattern.search(text) is not None) is found, text
    # (a needle that starts with another adds nothing: the shorter one is there whenever the longer is)
    assert _tree_pattern(["ab", "abc"]) == "ab"
    assert _tree_pattern([""]) == ""


def test_an_ascii_text_skips_the_other_needles_only() -> None:
    gate = AnyNeedle(("abonné", "für abonn", "подпис", "weiterlesen", "suscr"))
    assert gate("jetzt weiterlesen")
    assert not gate("abonne sans accent")
    assert gate("déjà abonné ?")
    assert gate("подписаться")
    assert not AnyNeedle(("подпис", "für"))("plain ascii")
    assert AnyNeedle(("x", "yz"))("wxyz")  # (few needles: the substring tests themselves)
    assert not AnyNeedle(("x", "yz"))("wyz"[:2])


# --- paywall_pitch's look-ahead ------------------------------------------------------------------------

_PITCH = next(rule for rule in RULES if rule.name == "paywall_pitch")
_PITCH_LINES = [
    "Subscribe", "subscribe!", "“Subscribe”", "Subscribe now", "SUBSCRIBE TODAY", "ſubscribe now",
    "Subscribe to continue reading", "“Subscribe to continue reading”", "Readers are told to subscribe to "
    "continue reading.", "Great story. Subscribe for $5 a month", "Great story! Subscribe for just 99¢",
    "Great story? subscribe from £1", "Great story.Subscribe for $5", "You can subscribe for $9 a year",
    "Already a subscriber? Log in", "Already have an account? Sign in", "Offer ends Sunday",
    "Get unlimited digital access", "Your free trial has expired", "This article is for subscribers only",
    "The rest of this story is available to paid subscribers", "Commenting on this post is only available to "
    "subscribers", "To view the full story, please subscribe", "Buy this article for $0.49",
    "Read this article for $1", "Try 3 months for $1", "See all offers", "You need an active subscription",
    "_subscribe now", "1subscribe now", "x.subscribe for $5", "...Subscribe for $5",
]  # fmt: skip


def test_paywall_pitch_matches_as_without_its_look_ahead() -> None:
    source = _PITCH.pattern.pattern
    assert source.startswith(WORD_OR_SENTENCE_START)
    plain = re.compile(source.removeprefix(WORD_OR_SENTENCE_START), _PITCH.pattern.flags)
    found = 0
    for text in [*LINES, *_PITCH_LINES, *(f"“{line}" for line in _PITCH_LINES)]:
        expected = plain.search(text)
        got = _PITCH.pattern.search(text)
        assert (got and got.span()) == (expected and expected.span()), text[:80]
        found += expected is not None
    assert found >= 25  # (the pitch lines are pitches)


def test_paywall_pitch_verdicts_by_the_cleaning_plan() -> None:
    plan = clean._default_plan()
    assert plan.paragraph_rule("Subscribe to continue reading") == "paywall_pitch"
    assert plan.paragraph_rule("Great story. Subscribe for $5 a month") == "paywall_pitch"
    assert plan.paragraph_rule("“Subscribe to continue reading”") is None
    assert plan.paragraph_rule("You can subscribe for $9 a year") is None


# --- the fast pass's own pruned copy ------------------------------------------------------------------

_COMMENTS = "<div id='comments'><p>A reader's comment on the story, long enough to count as text.</p></div>"
PRUNED_PAGES = {
    # pruned and short: the baseline rescue and the recall escalation read the pruned page again
    "short": "<html><body><div><h1>Title</h1><p>One short paragraph of a page.</p></div>"
    + _COMMENTS
    + "<div>"
    + " ".join(f"<span>word{n} filler text of the page</span>" for n in range(200))
    + "</div></body></html>",
    # pruned, a story under trafilatura's escalation length, in a page with more text around it
    "mid": "<html><body><article><h1>Title</h1>"
    + _STORY[:1200]
    + "</article>"
    + _COMMENTS
    + "<div class='more'>"
    + "".join(f"<div><a href='/s{n}'>Another story of the site, number {n}</a></div>" for n in range(60))
    + "</div></body></html>",
    # pruned and long (past trafilatura's escalation length, 3,000 characters): not made again
    "long": f"<html><body><article><h1>Title</h1>{_STORY * 3}</article>{_COMMENTS}</body></html>",
}


@pytest.mark.parametrize("name", sorted(PRUNED_PAGES))
def test_a_pruned_page_gives_trafilaturas_body(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    made_again: list[bool] = []
    pruned = fast_pass._pruned

    def spy(page: object, *, own: bool = False) -> object:
        made_again.append(own)
        return pruned(page, own=own)  # type: ignore[arg-type]

    monkeypatch.setattr(fast_pass, "_pruned", spy)
    url = f"https://example.com/2020/01/02/{name}"
    tree = Document.from_input(PRUNED_PAGES[name].encode(), url).tree
    before = etree.tostring(tree)
    for fast in (True, False):
        made_again.clear()
        assert _fast(tree, url, fast) == _bare(tree, url, fast), (name, fast)
        assert etree.tostring(tree) == before  # (the caller's page is not changed)
        assert made_again[0] is False  # (the first prune: the page is pruned, a copy of it is cleaned)
        if fast and name == "long":
            assert made_again == [False]  # (nothing reads the pruned page again)
        elif fast:
            assert made_again[1] is True  # (the short pass reads the pruned page, made again)
    assert fast_pass._pruned(tree)[0] is not tree  # (the page is one the prune changes)
