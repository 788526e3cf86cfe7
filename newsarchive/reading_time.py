"""The words of a reading-time badge ("3 min read", "Lesezeit: 4 Min.", "Temps de lecture : 3 min"), by
language: one word list for the three rules that drop such a badge, each anchoring it its own way:

- the body's paragraph rule (extract/content/boilerplate.py `reading_time`): a short paragraph that opens
  with a label, or that is a time and its word alone ("4 Min. Lesezeit");
- the edge-line rule (extract/content/widget_lines.py): a line at the body's start or end holding a time
  with its label beside list marks, separators and an icon's label ("· 3 min read ·");
- the noise stage's rule (cleaning/rules.py `reading_time`): a whole line, label and time, in any field's
  text.

Data only, lower case. Evidence: the sites of the tune halves and probe pages quoted at each rule (de, en,
es, fr, it, pt, nl, sv, pl, tr, ru, ja).
"""

from __future__ import annotations

import re

#: labels that name a reading time by themselves ("Lesezeit", "Temps de lecture")
LABELS: tuple[str, ...] = (
    "reading time", "read time", "estimated reading time", "estimated read time", "est. reading time",
    "est. read time", "est reading time", "est read time",
    "lesezeit", "geschätzte lesezeit", "ungefähre lesezeit", "lesedauer",
    "temps de lecture", "tiempo de lectura", "tiempo estimado de lectura", "tempo di lettura",
    "tempo de leitura", "leestijd", "lästid", "läsetid", "czas czytania", "czas lektury", "okuma süresi",
    "время чтения",
)  # fmt: skip
#: words that are a reading time's label only right before a time ("Lectura: 3 min"; "Lecture 3: ..." is
#: a course)
TIMED_LABELS: tuple[str, ...] = ("lecture", "lectura", "lettura", "leitura")
#: what follows the time instead of a label before it ("4 min read", "4 Min. Lesezeit", "3 min de leitura")
AFTER: tuple[str, ...] = (
    "read", "reading", "lesezeit", "lesedauer", "de lecture", "de lectura", "di lettura", "de leitura",
    "leestijd", "lästid", "läsetid", "czytania", "okuma", "чтения",
)  # fmt: skip
#: "about" before the number ("Lesezeit: ca. 4 Min.", "~3 min")
APPROX = r"(?:ca\.?|circa|approx\.?|about|~)"
#: the minute word after the number ("Min.", "minutes", "Minuten", "minutos", "minuti", "minuty", "мин",
#: Turkish "dakika"/"dk")
MINUTE = r"(?:min(?:ute[ns]?|utos?|uti|ut[ya]?|s)?\.?|мин(?:ут[аы]?|\.)?|dakika|dk\.?)"
#: a reading time written as a phrase: Polish "Ten tekst przeczytasz w mniej niż minutę" (traf-eval tune:
#: forsal.pl), Japanese "この記事は約3分で読めます"
PHRASES = (
    r"(?:ten )?(?:tekst|artykuł) przeczytasz w (?:mniej niż minutę|\d+ minut[ya]?)"
    r"|(?:この記事は)?約?\d+分で読め(?:ます|る)"
)
#: strings one of which the lower-cased text of any reading time holds (a rule's cheap gate)
NEEDLES: tuple[str, ...] = (*LABELS, *TIMED_LABELS, *AFTER, "przeczytasz", "分で読め")


def alternation(words: tuple[str, ...]) -> str:
    """The words as a regular expression's alternatives, longest first (a label that holds another one
    is tried whole: "estimated reading time" before "reading time")."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
