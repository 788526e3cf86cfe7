"""The literal pre-checks of the body's paragraph rules (content/literals.py, content/boilerplate.py):
read from each pattern, a true necessary condition of a match, and the same verdicts as the rules run
without them."""

from __future__ import annotations

import dataclasses
import re
import sys

import pytest

from newsarchive.extract.content import boilerplate
from newsarchive.extract.content.boilerplate import RULES, match_rule
from newsarchive.extract.content.literals import fold_exceptions, required_literals

# A paragraph for each alternative of the gated rules, prose that matches none, and texts whose
# characters fold in re's IGNORECASE but not in str.lower ("ſ" is "s", "ı" is "i", "İ" lower-cases to two)
SAMPLES = [
    "Sign up for our newsletter and get the best stories delivered to your inbox.",
    "Subscribe to our daily e-mail alerts.",
    "Newsletters: subscribe here",
    "Our weekly briefing, straight to your inbox",
    "Morning Newsletter",
    "ſign up for our newsletter",
    "Subscribe for our newsletter, ſent daily",
    "İnbox alerts: sign up now",
    "The Associated Press contributed to this report.",
    "Reporting by Jane Doe; Editing by John Roe",
    "(Additional reporting by Max Mustermann)",
    "Editing by Anna Smith",
    "Source: Federal Statistical Office",
    "SOURCE Acme Robotics, Inc.",
    "ſource: the ministry",
    "Unterstütze RosaMag bereits mit 2,50!",
    "Bitte unterstützen Sie uns mit einer Spende.",
    "Deshalb unterstütze uns jetzt.",
    "Spenden Sie jetzt für unabhängigen Journalismus.",
    "Jetzt mit wenigen Klicks unterstützen!",
    "Wir haben entschieden, unsere Artikel nicht hinter einer Bezahlschranke zu verstecken.",
    "Hazte socia, hazte socio de elDiario.es",
    "UNTERSTÜTZEN SIE UNSERE ARBEIT",
    "The council voted on Tuesday to widen the road, a plan residents had opposed for years.",
    "Der Stadtrat stimmte am Dienstag für die Erweiterung der Straße.",
    "Alerts were issued after the storm; officials asked residents to stay inside.",
    "The report's source code was published under an open licence.",
    "",
    "   ",
    "[Related: The council's vote]",
]


def _verdict_without_needles(text: str) -> str | None:
    bare = tuple(dataclasses.replace(rule, needles=()) for rule in RULES)
    original = boilerplate.RULES
    boilerplate.RULES = bare
    try:
        return match_rule(text)
    finally:
        boilerplate.RULES = original


def test_needles_are_read_from_the_unanchored_rules() -> None:
    gated = {rule.name: rule.needles for rule in RULES if rule.needles}
    assert {"newsletter", "contributors", "reader_support"} <= set(gated)
    assert "unterstütz" in gated["reader_support"]
    # a rule anchored at the start in every alternative fails fast: no pre-check
    assert not next(rule for rule in RULES if rule.name == "share").needles


@pytest.mark.parametrize("text", SAMPLES)
def test_needles_are_necessary_and_verdicts_unchanged(text: str) -> None:
    exceptions = fold_exceptions(tuple(n for rule in RULES for n in rule.needles))
    folded = any(char in exceptions for char in text)
    for rule in RULES:
        if rule.needles and rule.pattern.search(text) and not folded:
            assert any(needle in text.lower() for needle in rule.needles), (rule.name, text)
    assert match_rule(text) == _verdict_without_needles(text)


def test_folded_characters_still_match() -> None:
    """A text whose lower-cased form lacks the needle, that the pattern matches all the same."""
    assert match_rule("ſign up for our newsletter") == "newsletter"
    assert match_rule("İnbox alerts: sign up now") == _verdict_without_needles("İnbox alerts: sign up now")
    assert match_rule("ſource: the ministry") == "contributors"


def test_required_literals_of_pattern_shapes() -> None:
    # (re's parser takes the alternatives' common prefix out: "fooba" then "r" or "z")
    assert required_literals(re.compile(r"\bfoo(?:bar|baz)\b", re.I)) == ("fooba",)
    # an optional part gives nothing; a repeated one at least once does
    assert required_literals(re.compile(r"x?(?:abc)?", re.I)) == ()
    assert required_literals(re.compile(r"\d+(?:abc)+", re.I)) == ("abc",)
    # an alternative without a literal leaves no necessary condition
    assert required_literals(re.compile(r"\bnews\b|\d{4}", re.I)) == ()
    # the most selective string of a sequence; alternatives united
    assert set(required_literals(re.compile(r"ab.{0,9}longer|other", re.I))) == {"longer", "other"}
    # a case-sensitive part is tested lower-cased too
    assert required_literals(re.compile(r"\bsee (?-i:SOURCE)\b", re.I)) == ("source",)
    # anchored at the start in every alternative: no pre-check
    assert required_literals(re.compile(r"^abc|^def", re.I)) == ()
    # a string holding another adds nothing
    assert required_literals(re.compile(r"spenden sie|spenden", re.I)) == ("spenden",)


@pytest.mark.skipif(sys.maxunicode < 0x10FFFF, reason="narrow build")
def test_fold_exceptions_cover_every_case_insensitive_mismatch() -> None:
    """For each character of the rules' needles, every code point re's IGNORECASE matches with it is one
    whose lower case holds it, or one of fold_exceptions (then the pre-check is skipped)."""
    needles = tuple(n for rule in RULES for n in rule.needles)
    chars = sorted({c for n in needles for c in n if c.strip()})
    exceptions = fold_exceptions(needles)
    any_char = re.compile("[" + re.escape("".join(chars)) + "]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        x = chr(code)
        if not any_char.fullmatch(x) or x in exceptions:
            continue
        lowered = x.lower()
        for c in chars:
            if re.fullmatch(re.escape(c), x, re.IGNORECASE):
                assert lowered == c, (hex(code), c)
