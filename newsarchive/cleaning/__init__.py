"""Text-level noise removal (pure: no Scrapy). Rules are data in `rules.py`; `clean.py` applies them."""

from __future__ import annotations

from newsarchive.cleaning.clean import (
    clean_body,
    clean_caption,
    clean_fields,
    clean_headline,
    clean_standfirst,
    clean_text,
    paragraph_rule,
    strip_fragments,
)
from newsarchive.cleaning.rules import RULES, TextRule

__all__ = [
    "RULES",
    "TextRule",
    "clean_body",
    "clean_caption",
    "clean_fields",
    "clean_headline",
    "clean_standfirst",
    "clean_text",
    "paragraph_rule",
    "strip_fragments",
]
