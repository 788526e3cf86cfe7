"""What the labels around a date say (fields/dates.py): the date after an update label in a date line is
the modification's, and so is a <time> right after one. The labels are fields/modified.py's."""

from __future__ import annotations

from lxml import etree

from newsarchive.dates import date_in_text
from newsarchive.extract.fields.modified import PUBLICATION_WORD, UPDATE_LABEL
from newsarchive.extract.text import element_text


def read_date_line(text: str, month_first: bool) -> tuple[str | None, bool]:
    """The first date of a date line that is not its modification time: a date right after an update
    label ("Letzte Änderung: 31.10.2023 - 14:49:39 Erschienen am: 01.11.2023", literaturkritik.de;
    fields/modified.py's UPDATED_LABELS) gives way to one before the label or after a publication word
    that follows it; when the line shows only the update, that is its date still, and the second value
    says so (fields/dates.py reads on for a line that shows the publication)."""
    first = date_in_text(text, month_first=month_first)
    label = UPDATE_LABEL.search(text) if first else None
    if label is None:
        return first, False
    before = date_in_text(text[: label.start()], month_first=month_first)
    if before:
        return before, False
    after = text[label.end() :]
    published = PUBLICATION_WORD.search(after)
    later = date_in_text(after[published.start() :], month_first=month_first) if published else None
    return (later, False) if later else (first, True)


def after_update_label(el: etree._Element) -> bool:
    """The text right before `el` ends with an update label ("Updated <time>", "Mis à jour : <time>";
    ctpost.com, mysanantonio.com, kxan.com, twincities.com, liberation.fr): the modification time."""
    prev, parent = el.getprevious(), el.getparent()
    if prev is not None:
        before = element_text(prev) + " " + (prev.tail or "")
    else:
        before = (parent.text or "") if parent is not None else ""
    before = before.rstrip(" \t\n:：(")[-30:]
    found = UPDATE_LABEL.search(before) if before else None
    return found is not None and found.end() >= len(before) - 1


def opens_with_update_label(el: etree._Element) -> bool:
    """`el`'s own text opens with an update label ('<time class="timestamp">Last Updated: Dec. 5, 2026 at
    10:42 a.m. ET</time>' before '<time>First Published: ...</time>', MarketWatch; 'Updated <time ...>'
    inside one element, Patch): the modification time the reader sees, not the publication."""
    text = element_text(el)[:40]
    found = UPDATE_LABEL.search(text) if text else None
    return found is not None and not text[: found.start()].strip(" \t\n-–—|•·([")
