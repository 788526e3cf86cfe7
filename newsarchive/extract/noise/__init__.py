"""Markup-level noise: elements whose text is never article text.

Split the way newsarchive.cleaning (and trafilatura's xpaths.py / htmlprocessing.py) are: `rules` holds
the rule data (MarkupRule, NOISE_RULES, ordered specific to generic), `matcher` compiles them into
lookups, `apply` finds and removes noise in a tree. Text-level rules live in newsarchive.cleaning.
"""

from __future__ import annotations

from newsarchive.extract.noise.apply import Noise, ScopedNoise, find_noise, in_noise, remove_noise
from newsarchive.extract.noise.matcher import active_rules
from newsarchive.extract.noise.rules import INVISIBLE, MAX_TEXT_SHARE, NOISE_RULES, MarkupRule

__all__ = [
    "INVISIBLE",
    "MAX_TEXT_SHARE",
    "NOISE_RULES",
    "MarkupRule",
    "Noise",
    "ScopedNoise",
    "active_rules",
    "find_noise",
    "in_noise",
    "remove_noise",
]
