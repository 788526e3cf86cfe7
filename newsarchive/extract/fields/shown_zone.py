"""The zone a story shows beside a declared publication time that carries none (fields/dates.py _refined).

JSON-LD and meta tags often give the publisher's wall clock without an offset ("datePublished":
"2022-05-10T23:35:55": elpais.com.uy on the tune half, sailthru.date, Arc and Brightspot exports); read as
UTC it is stored "+00:00". When the story's own date line shows the same wall-clock time with its zone
("5 March 2024, 10:15 CET", "March 5, 2024 at 10:15 am EST", a <time datetime="...+01:00">), that zone is the
page's: the time is kept, the offset is the one shown (probe pages, hand-built; the day never changes, so
no day-level figure moves).
"""

from __future__ import annotations


def in_shown_zone(value: str, shown: str | None) -> str | None:
    """`value` (declared, "+00:00") with the offset of `shown` when both read the same wall-clock minute
    and `shown` names another offset; else None."""
    if not shown or len(shown) < 25 or not value.endswith("+00:00") or shown.endswith("+00:00"):
        return None
    if shown[:16] != value[:16] or shown[19] not in "+-":
        return None
    return value[:19] + shown[19:]
