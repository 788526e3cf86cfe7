"""Dates to ISO 8601 with a UTC offset."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from dateutil import parser as dateutil_parser

# Abbreviations dateutil does not know; news sites print them in visible timestamps.
TZ_ABBREVIATIONS = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "JST": 9 * 3600,
    "KST": 9 * 3600,
    "HKT": 8 * 3600,
    "SGT": 8 * 3600,
    "IST": 19800,
    "EST": -5 * 3600,
    "EDT": -4 * 3600,
    "PST": -8 * 3600,
    "PDT": -7 * 3600,
    "BST": 3600,
    "CET": 3600,
    "CEST": 7200,
}
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")


def normalise_date(value: object) -> str | None:
    """ISO 8601 with offset ("2017-11-29T20:15:00+09:00"), or None when it isn't a date.

    When the source gives no offset we assume UTC: it is what most CMSs store and the only choice that
    doesn't invent a local zone; the page's own offset always wins when present.
    """
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return _from_epoch(float(value))
    text = str(value).strip()
    if not text or len(text) > 80:
        return None
    if _EPOCH.match(text):
        return _from_epoch(float(text) / (1000 if len(text) == 13 else 1))
    dt: datetime | None = None
    if _ISO.match(text):
        try:
            dt = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
        except ValueError:
            dt = None
    if dt is None:
        try:
            dt = dateutil_parser.parse(text, tzinfos=TZ_ABBREVIATIONS, fuzzy=False)
        except (ValueError, OverflowError, TypeError):
            return None
    if dt.year < 1990 or dt.year > 2100:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)  # no offset in the source: UTC assumed (see docstring)
    return dt.replace(microsecond=0).isoformat()


def _from_epoch(seconds: float) -> str | None:
    try:
        dt = datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
    if dt.year < 1990 or dt.year > 2100:
        return None
    return dt.replace(microsecond=0).isoformat()
