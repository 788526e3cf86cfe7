"""Whether a text holds one of a set of literal strings (needles), as one regex search of their prefix tree.

The gates in front of the text rules ask this of every paragraph: cleaning/clean.py AnyNeedle (a rule's
needles) and extract/content/literals.py GatedPattern (the literals every match of a pattern holds). Its
home is here, in cleaning, because extraction may import cleaning and cleaning never imports extraction
(no import cycle between packages: tests/test_import_contracts.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def tree_pattern(needles: Iterable[str]) -> str:
    """A pattern that matches where one of `needles` is, each as a literal (re.escape, no flag): their
    alternation with shared prefixes factored out ("abo(?:nn|ne)|..."), so the alternatives that share a
    prefix are tried once at each position. A needle that starts with another adds nothing (the shorter
    one is in the text whenever the longer is). An empty needle matches everywhere, as in an alternation."""
    return _tree(sorted(set(needles)))


def _tree(needles: list[str]) -> str:
    """tree_pattern of `needles`, sorted and distinct."""
    if "" in needles:
        return ""  # (a needle ends here: the prefix so far is in the text whenever a longer needle is)
    branches: dict[str, list[str]] = {}
    for needle in needles:
        branches.setdefault(needle[0], []).append(needle[1:])
    alternatives = [re.escape(first) + _tree(rests) for first, rests in branches.items()]
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
