"""A modification time shown without its year right after an update label (fields/modified.py reads the
label): the day and time in the publication's offset, in the publication's year or, across New Year, the
next one.

Pages write the yearless day in their own order:
- month first after a Japanese, Chinese, Korean or English label ("（最終更新 3/4 20:15）", Mainichi-like
  probe; "Updated 3/4 8:15", US papers),
- day first after the labels of the other languages, with a slash or dots ("mis à jour le 4/3 à 20h15",
  Ouest-France-like probe; "Aktualisiert 4.3. 20:15", "aktualisiert am 4.3., 20.15 Uhr", German regional
  papers' probes; all hand-built: no tune-half page shows a yearless update).
A time is required: a bare yearless day is as often a calendar's or an event's.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from newsarchive.dates import YEARLESS_REACH, parse_iso, to_iso

# the time after the day: "20:15", "20h15", "20.15 Uhr" (the dot only with "Uhr": "4.3. 20.15" alone could
# be a list of numbers), after an optional "," / "um" / "à" / "a las" / "at" / "alle"
# ("las" alone: the label "actualizado a" has taken the "a" of "Actualizado a las 12:05", Prensa Ibérica's
# papers; and a sentence's full stop after the time, "Mis à jour à 12h05." (Sud Ouest): the fourteenth round
# of probe pages, hand-built, tests/test_extract_unseen_shapes14.py, read no update)
_TIME = (
    r"(?:\s*,)?\s*(?:(?:um|à|a|a\s+las|las|at|alle|kl\.?)\s+)?"
    r"(?P<hour>[0-2]?\d)(?:[:h](?P<minute>[0-5]\d)|\.(?P<minute_dot>[0-5]\d)\s*uhr)(?![\d/:]|\.\d)"
    r"(?:\s*(?P<ampm>[ap])\.?m\b\.?)?"  # (a US page's "Updated 3/4 8:15 p.m.")
)
# a time alone after the label, the day left out because it is the publication's: "Published: Nov 28, 2026
# 10:30 AM ⋅ Updated: 11:45 AM" (Malaysiakini; a probe page, hand-built). (An English or Spanish clock,
# "11:45 AM", "11:45": not "20.15" without "Uhr", a number.)
# (no figure right after it: "11:45, 3/4" names a day)
_TIME_ONLY = re.compile(r"^" + _TIME + r"(?!.{0,12}\d)", re.IGNORECASE)
# (a Japanese weekday in brackets may stand between day and time: Yahoo! News Japan's "最終更新:12/4(金)
# 11:45", a probe page, hand-built)
_SLASH = re.compile(
    r"^\s*(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?![\d/])(?:\s*[(（][^)）\d]{1,3}[)）])?" + _TIME, re.IGNORECASE
)
# "4.3." (a German day and month end with a dot each; "4.3.2024" has its year and is date_in_text's)
_DOTS = re.compile(r"^\s*(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?!\d)" + _TIME, re.IGNORECASE)
# a label of these scripts writes the month first; an English one as its page does ("Updated 3/4 8:15" is
# March 4 on a US paper, 3 April on a British, Irish, Indian or Australian one: `month_first`, the page's
# order; hand-built probe of a British regional paper, which read "Updated 4/3 20:15" as April 3)
_MONTH_FIRST_LABEL = re.compile(r"[\u3040-\u9fff\uac00-\ud7af]")
_ENGLISH_LABEL = re.compile(r"^\W*(?:last\s+)?(?:updated|update|modified|revised)", re.IGNORECASE)


def yearless_update(
    window: str, label: str, published: str | None, *, now: datetime | None = None, month_first: bool = True
) -> str | None:
    """The wall-clock time (no offset: fields/modified.in_offset_of gives the publication's) of a yearless
    day and time opening `window`, the text right after the update `label`; None unless it falls no earlier
    than the publication `published` (an offset-aware ISO time), not in the future, and, when it is read
    in the next year, within YEARLESS_REACH of the publication."""
    start = parse_iso(published)
    if start is None or start.tzinfo is None:
        return None
    slash = _SLASH.match(window)
    found = slash or _DOTS.match(window)
    if found is None:
        return _same_day_update(window, start, now)
    if slash is not None:
        first, second = int(slash["a"]), int(slash["b"])
        in_month_order = _MONTH_FIRST_LABEL.search(label) or (month_first and _ENGLISH_LABEL.search(label))
        month, day = (first, second) if in_month_order else (second, first)
    else:
        month, day = int(found["m"]), int(found["d"])
    minute = int(found["minute"] or found["minute_dot"])
    hour = int(found["hour"])
    if found["ampm"] and 1 <= hour <= 12:
        hour = hour % 12 + (12 if found["ampm"].lower() == "p" else 0)
    try:
        moment = start.replace(month=month, day=day, hour=hour, minute=minute, second=0, microsecond=0)
        if moment < start:  # an update in January of a story of December: the next year's, when close
            moment = moment.replace(year=start.year + 1)
    except ValueError:
        return None  # (13/45, or 29 February: no day)
    if moment.year > start.year and moment - start > YEARLESS_REACH:
        return None  # (an earlier day of the year, far from New Year: another year's update, or a misreading)
    return None if moment > (now or datetime.now(UTC)) else to_iso(moment)[:-6]


def _same_day_update(window: str, start: datetime, now: datetime | None) -> str | None:
    """The wall-clock time of an update shown as a time alone (`window` opens with it), on the
    publication's day: None unless it is later that day than the publication `start` (an earlier time is
    another day's, which the line does not say)."""
    found = _TIME_ONLY.match(window)
    if found is None:
        return None
    hour, minute = int(found["hour"]), int(found["minute"] or found["minute_dot"])
    if found["ampm"] and 1 <= hour <= 12:
        hour = hour % 12 + (12 if found["ampm"].lower() == "p" else 0)
    if hour > 23:
        return None
    moment = start.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if moment <= start or moment > (now or datetime.now(UTC)):
        return None
    return to_iso(moment)[:-6]
