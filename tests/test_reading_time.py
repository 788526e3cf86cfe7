"""The three rules that drop a reading-time badge ("3 min read", "Lesezeit: 4 Min.") read one word list,
newsarchive/reading_time.py, each anchoring it its own way (the body's paragraph rule, the edge-line rule,
the noise stage's rule)."""

from __future__ import annotations

import pytest

from newsarchive import reading_time
from newsarchive.cleaning import paragraph_rule
from newsarchive.extract.content.boilerplate import match_rule
from newsarchive.extract.content.widget_lines import is_widget_line


@pytest.mark.parametrize(
    "line",
    [f"{label.capitalize()}: 4 min" for label in reading_time.LABELS + reading_time.TIMED_LABELS]
    + [f"4 min {word}" for word in reading_time.AFTER]
    + ["Ten tekst przeczytasz w mniej niż minutę", "この記事は約3分で読めます"],
)
def test_every_reading_time_of_the_shared_list_is_dropped_by_each_stage(line: str) -> None:
    # the body's paragraph rule (labels that name a reading time by themselves, or the time and its word
    # alone), the edge-line rule and the noise stage's rule read newsarchive/reading_time.py's words
    timed_only = any(line.lower().startswith(f"{w}:") for w in reading_time.TIMED_LABELS)
    assert match_rule(line) == (None if timed_only else "reading_time")
    assert is_widget_line(line)
    assert paragraph_rule(line) == "reading_time"


def test_a_course_or_a_sentence_about_reading_is_no_reading_time() -> None:
    for line in ("Lecture 3: Introduction to algebra", "Lectura recomendada para el verano"):
        assert (match_rule(line), is_widget_line(line), paragraph_rule(line)) == (None, False, None)
