"""Lines of a theme's widgets at the edges of the body that are neither date nor byline lines (those are
meta_lines'): a reading time alone ("3 min read", "Lesezeit: 4 Min."), the day of a post without its year
in a blog builder's meta list ("Mar 4", "Updated: Mar 5": Wix), a row of counters ("128 views 0
comments"), and a gift-article offer ("Gift this article", "Presentear esta reportagem: Você tem 7
acessos por dia..."). Probe pages in the shape of Wix, Medium, Folha and NYT-like papers (hand-built,
tests/test_extract_unseen_shapes3.py) had them as the body's first or last paragraphs. Like meta lines,
only the body's edges are read, and only lines that are nothing else.
"""

from __future__ import annotations

import re

from newsarchive import reading_time
from newsarchive.dates import MONTHS

#: a reading time anywhere in the line, its label before the time or its word after it (the words are
#: newsarchive/reading_time.py's; is_reading_time_line says what else the line may hold)
_READING_TIME = re.compile(
    rf"(?:\b(?:{reading_time.alternation(reading_time.LABELS + reading_time.TIMED_LABELS)})\s*[:：]?\s*"
    rf"(?:{reading_time.APPROX}\s*)?\d+\s*{reading_time.MINUTE}"
    rf"|\b\d+\s*-?\s*{reading_time.MINUTE}\s*(?:{reading_time.alternation(reading_time.AFTER)})\b"
    rf"|{reading_time.PHRASES})",
    re.I,
)
#: what a reading-time line holds beside it: list marks, separators, an icon's label
_FILLER = re.compile(r"[\W\d_]+")
_FILLER_WORDS = frozenset({"read", "reading", "time", "min", "mins", "minutes", "lesezeit", "ca"})

#: labels a day without its year may carry ("Updated: Mar 5")
_DAY_LABELS = frozenset(
    {
        "updated",
        "posted",
        "published",
        "aktualisiert",
        "veröffentlicht",
        "publié",
        "actualizado",
        "atualizado",
    }
)
_LETTERS = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"\d+")

#: a counter of the post's readers' actions ("128 views", "0 comments", "12 Kommentare", "3 likes")
_COUNTER = re.compile(
    r"\d[\d.,]*\s*[km]?\s*(?:views?|comments?|likes?|shares?|reads?|aufrufe|kommentare?|commentaires?"
    r"|comentarios?|comentários?|commenti|reacties|visualizaciones|visualizações|visite|lecturas)",
    re.I,
)
MIN_COUNTERS = 2
MAX_COUNTER_WORDS = 10
#: a count abbreviated with its thousands' or millions' letter, alone: a clap, like or view counter over
#: or under the text ("1.2K" Medium's claps, "12K"; a probe page in the shape of Medium on a custom domain,
#: hand-built, tests/test_extract_unseen_shapes9.py); no sentence or table cell is written so
_ABBREVIATED_COUNT = re.compile(r"\d{1,3}(?:[.,]\d)?\s?[KkMm]")

#: a gift-article offer: its label, alone or opening the allowance line ("Presentear esta reportagem: Você
#: tem 7 acessos..."), and the allowance ("You have 10 gift articles to give each month")
_GIFT_LABEL = re.compile(
    r"^(?:gift|give|send) (?:this |the )?(?:article|story)|^presentear (?:esta|essa|este|esse) "
    r"(?:reportagem|matéria|notícia|texto|artigo)|^(?:artikel|beitrag) verschenken"
    r"|^offrir (?:cet|l['’]) ?article|^regal(?:ar|a) (?:este|el|questo|l['’]) ?art[ií]colo",
    re.I,
)
_GIFT_ALLOWANCE = re.compile(
    r"\byou have \d+ gift (?:articles?|links?)\b|\bacessos? por (?:dia|mês) para dar de presente\b", re.I
)
MAX_GIFT_LABEL_WORDS = 5
MAX_GIFT_WORDS = 30


def is_reading_time_line(text: str) -> bool:
    if len(text.split()) > 8 or not _READING_TIME.search(text):
        return False
    rest = _READING_TIME.sub(" ", text)
    return all(w.lower() in _FILLER_WORDS or w.lower() in MONTHS for w in _FILLER.split(rest) if w)


# A Japanese page's yearless update or delivery line alone, "最終更新:12/4(金) 11:45", "12/4(金)
# 10:30配信" (Yahoo! News Japan under and over the text; a probe page, hand-built,
# tests/test_extract_unseen_shapes13.py): a day without its year with its label, as "Updated: Mar 5" is
# (its label or its weekday in brackets required: "12/4 10:30" alone may be a table's)
_JA_YEARLESS_LINE = re.compile(
    r"^(?=.*(?:最終更新|更新|配信|[(（][^)）\d]{1,3}[)）]))(?:(?:最終更新|更新|配信)\s*[:：]?\s*)?[01]?\d/[0-3]?\d"
    r"\s*(?:[(（][^)）\d]{1,3}[)）])?\s*[0-2]?\d:[0-5]\d(?:\s*(?:配信|更新))?$"
)


def is_month_day_line(text: str) -> bool:
    """A day of the year alone, with an update label at most ("Mar 4", "- Updated: Mar 5")."""
    if len(text.split()) > 4 or text.rstrip().endswith(("!", "?")):
        return False
    numbers = _NUMBER.findall(text)
    if len(numbers) != 1 or not 1 <= int(numbers[0]) <= 31:
        return False
    words = [w.lower() for w in _LETTERS.findall(text)]
    months = [w for w in words if w in MONTHS]
    return len(months) == 1 and all(w in MONTHS or w in _DAY_LABELS for w in words)


#: a Chinese story's source line under its headline: "来源：新华网" (Xinhua-like probe page, hand-built), and
#: the same label in the languages of the sixth round of probe pages (Meduza's "Источник: Meduza" under the
#: text; hand-built): a name of a few words after it. (Not the English or German "Source:"/"Quelle:": the
#: corpora's gold text keeps those lines under a story.)
_SOURCE_LINE = re.compile(
    r"^(?:来源|來源|出处|出處)\s*[:：]\s*\S{1,20}$"
    # ... a Japanese magazine's source line under the text, the issue it ran in ("source ： 週刊文春
    # 2026年12月11日号" Bunshun, "出典：「週刊現代」"; a probe page, hand-built): the full-width colon only
    # CJK typesetting writes
    r"|^(?:出典\s*[:：]|source\s*：)\s*\S+(?:\s+\S+){0,3}$"
    # (and in those of the tenth round: N1's "Izvor: N1" under the text, Serbian and Croatian in Latin and
    # Cyrillic letters, Bulgarian, Estonian, Latvian, Lithuanian, Danish and Norwegian, Finnish, Icelandic,
    # Georgian; hand-built, tests/test_extract_unseen_shapes10.py)
    r"|^(?:источник|джерело|kaynak|źródło|zdroj|forrás|sursa|nguồn|sumber|المصدر|מקור|منبع|πηγή"
    r"|izvor|извор|източник|allikas|avots|šaltinis|kilde|lähde|heimild|წყარო)\s*:"
    r"\s*\S+(?:\s+\S+){0,3}$",
    re.IGNORECASE,
)
#: an update or publication label with a relative time alone: "Mis à jour il y a 2 heures", "Updated 3 hours
#: ago", "Actualizado hace 2 horas" (Radio-Canada's date row; a probe page, hand-built): no date, a widget's
#: clock
_RELATIVE_LINE = re.compile(
    r"^(?:mis à jour|mise à jour|publié|updated|published|posted|actualizado|publicado|atualizado"
    r"|aktualisiert|veröffentlicht)\s*:?\s*(?:il y a|hace|há|vor)?\s*\d{1,2}\s*"
    r"(?:min(?:ute)?s?|minutos?|heures?|hours?|hrs?|horas?|stunden|minuten|jours?|days?|días|dias|tagen)"
    r"(?:\s+ago)?\W*$",
    re.IGNORECASE,
)
#: a line of digits without a letter holding a clock: the date's parts run together ("202403/0508:30:15");
#: (not a table's or a score's last cells, "18.13 %", "8": traf-eval tune, economictimes.indiatimes.com)
MAX_UNLETTERED_CHARS, MIN_RUN_DIGITS = 30, 8


#: an audio or video player's line: the running time with its controls' words ("Listen · 4:12",
#: "24:13Transcript", "Play episode 38:05 Download"; a podcast episode page in NPR's shape, hand-built)
_PLAYER_TIME = re.compile(r"(?<![\d:])(?:\d{1,2}:)?\d{1,2}:[0-5]\d(?![\d:])")
_PLAYER_WORDS = frozenset(
    {"listen", "play", "pause", "transcript", "download", "episode", "audio", "video", "watch", "now", "min"}
)


def is_player_line(text: str) -> bool:
    if len(text) > MAX_UNLETTERED_CHARS or len(_PLAYER_TIME.findall(text)) != 1:
        return False
    words = [w.lower() for w in _LETTERS.findall(text)]
    return bool(words) and all(w in _PLAYER_WORDS for w in words)


def is_widget_line(text: str) -> bool:
    """A reading time, a day without its year, a row of counters, a gift-article offer, a source line or a
    date's digits run together, alone."""
    words = len(text.split())
    # (a rule of underscores, "___", is the body's: aeb-dev's wire stories keep it before their notes)
    if (
        len(text) <= MAX_UNLETTERED_CHARS
        and not any(ch.isalpha() for ch in text)
        and ":" in text
        and sum(ch.isdigit() for ch in text) >= MIN_RUN_DIGITS
    ):
        return True
    if _SOURCE_LINE.match(text) or (words <= 9 and _RELATIVE_LINE.match(text)):
        return True
    if words <= MAX_COUNTER_WORDS and len(_COUNTER.findall(text)) >= MIN_COUNTERS:
        return True
    if words <= 2 and _ABBREVIATED_COUNT.fullmatch(text):
        return True
    label = _GIFT_LABEL.match(text)
    if label and (words <= MAX_GIFT_LABEL_WORDS or text[label.end() :].lstrip().startswith(":")):
        return True
    if words <= MAX_GIFT_WORDS and _GIFT_ALLOWANCE.search(text):
        return True
    if _JA_YEARLESS_LINE.match(text):
        return True
    return is_reading_time_line(text) or is_month_day_line(text) or is_player_line(text)
