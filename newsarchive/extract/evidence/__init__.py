"""Paywall and sponsored-content evidence: what the page declares or shows, recorded as markers.

Split the way newsarchive.cleaning and newsarchive.extract.noise are (trafilatura's xpaths.py beside
htmlprocessing.py): `rules` holds the rule data (markup, labels, URL paths, classes, disclosures), `matcher`
the element tests, `apply` turns a page into paywall and sponsored markers, `declared` reads the parts of
an article its publisher declares not free (hasPart). The marker strings are described in `apply`.
"""

from __future__ import annotations

from newsarchive.extract.evidence.apply import (
    disclosure_markers,
    paywall_markers,
    place_paywall_markup,
    sponsored_markers,
)
from newsarchive.extract.evidence.declared import (
    declared_length_served,
    declared_paragraphs,
    declared_text_in_page,
    free_paragraphs_before,
    paywall_selectors,
    whole_text_under_prompt,
)
from newsarchive.extract.evidence.matcher import is_hidden
from newsarchive.extract.evidence.rules import (
    BYLINE_SELECTOR,
    DECLARED_REST_WORDS,
    PAYWALL_MARKUP,
    SPONSORED_CLASS,
    SPONSORED_DISCLOSURES,
    SPONSORED_LABELS,
    SPONSORED_URL,
)

__all__ = [
    "BYLINE_SELECTOR",
    "DECLARED_REST_WORDS",
    "PAYWALL_MARKUP",
    "SPONSORED_CLASS",
    "SPONSORED_DISCLOSURES",
    "SPONSORED_LABELS",
    "SPONSORED_URL",
    "declared_length_served",
    "declared_paragraphs",
    "declared_text_in_page",
    "disclosure_markers",
    "free_paragraphs_before",
    "is_hidden",
    "paywall_markers",
    "paywall_selectors",
    "place_paywall_markup",
    "sponsored_markers",
    "whole_text_under_prompt",
]
