"""Modification date of the generic page: the declared one (JSON-LD, meta, microdata: fields/dates.py), else
an "Updated ..." line the story shows its reader, and never a time before the publication.

A page that declares no modification time often prints one beside its publication date: "Updated March
4, 2024 at 8:02 a.m.", "Aktualisiert am 17.01.2021", "Mis à jour le 30 avril 2015 à 07:38", "Actualizado el
08 de Mayo 2022", "最終更新 2020年2月26日". Tune half of the shared corpora: vancouversun.com, thelocal.se,
hellogiggles.com, corkbeo.ie, thelist.com, foxyfolksy.com, internetchemie.info, elcomercio.pe,
larepublica.pe, libero.pe, world.kbs.co.kr, publishedreporter.com, thebalance.com print such a line.

Only a date that follows one of these labels inside the story's date and byline elements (the ones the
publication date is read from: not the page's chrome, noise or a list of other stories), or that sits in
an element whose class names the update ("date-updated"), counts: a bare time elsewhere on the page is as
often a site-wide clock. A shown time without a zone is the publisher's wall clock: it takes the offset
of the publication time when that has one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timezone
from typing import TYPE_CHECKING, Any

from lxml import etree

from newsarchive.dates import date_in_text, is_plausible, normalise_date, parse_iso, to_iso
from newsarchive.extract.content.literals import FoldedSearch, GatedPattern
from newsarchive.extract.fields.common import headline_neighbours, in_chrome
from newsarchive.extract.fields.other_stories import in_other_story as _in_other_story
from newsarchive.extract.fields.yearless_updates import yearless_update
from newsarchive.extract.noise import in_noise
from newsarchive.extract.text import clean

if TYPE_CHECKING:
    from newsarchive.extract.page import Page

# Labels of a modification time, per language of the corpora (specific first; the date follows them)
UPDATED_LABELS = (
    r"last\s+updated(?:\s+on)?",
    # "Last update on: Sat Nov 28, 2026 11:45 AM" (The Daily Star, Bangladesh; a probe page, hand-built)
    r"last\s+update(?:\s+on)?",
    r"updated(?:\s+on)?",
    # "Letztes Update: 06.10.2023" (without the colon it is as often a noun: "Coronavirus-Update")
    r"update(?=\s*:)",
    r"last\s+modified(?:\s+on)?",
    r"modified(?:\s+on)?",
    r"revised(?:\s+on)?",
    r"zuletzt\s+aktualisiert(?:\s+am)?",
    r"letzte\s+aktualisierung(?:\s+am)?",
    r"letzte\s+änderung(?:\s+am)?",
    r"aktualisiert(?:\s+am)?",
    r"geändert(?:\s+am)?",
    r"stand(?=\s*:)",  # German "Stand: 04.03.2024, 08:02 Uhr" (the colon: "Stand" is a common noun too)
    r"mis\s+à\s+jour(?:\s+le)?",
    r"mise\s+à\s+jour(?:\s+le)?",
    r"actualizado(?:\s+(?:el|a))?",
    r"actualizada(?:\s+(?:el|a))?",
    r"actualización",
    r"aggiornato(?:\s+(?:il|alle))?",
    # Italian "(modifica il 4 marzo 2025 | 20:15)" (Corriere della Sera), French "Modifié le 04/03/2025 à
    # 20h05" (Ouest-France), Norwegian, Danish and Finnish "updated" (NRK, DR, Yle): probe pages, hand-built
    r"modificato(?:\s+il)?",
    r"modifica(?:\s+il)?",
    r"modifiée?(?:\s+le)?",
    r"oppdatert",
    r"opdateret",
    r"päivitetty",
    r"atualizado(?:\s+(?:em|a))?",
    # ... and its feminine, agreeing with "notícia"/"matéria": "Atualizada em 04/12/2026 - 11h05min" (GZH,
    # Grupo RBS's papers; the twelfth round of probe pages, hand-built)
    r"atualizada(?:\s+(?:em|a))?",
    # Portuguese noun, "Atualização: 04/03/2025 | 20h15" (Estadão's shape; hand-built probe)
    r"atualização",
    r"bijgewerkt(?:\s+op)?",
    r"zaktualizowano",
    # Polish, Swedish, Turkish, Russian, Korean "update" labels (probe pages, hand-built)
    r"aktualizacja",
    r"uppdaterad(?:\s+den)?",
    r"güncelleme",
    r"güncellenme(?:\s+tarihi)?",
    r"обновлено",
    r"업데이트",
    r"aktualizováno",
    # Slovak "Aktualizované 4. dec 2026 o 12:05" (SME; a probe page, hand-built,
    # tests/test_extract_unseen_shapes14.py)
    r"aktualizované",
    r"最終更新(?:日時?)?",
    # (and the Chinese labels' "更新日期"/"更新時間", HK01's "更新日期：2026-12-04 12:05"; a probe page,
    # hand-built)
    r"更新(?:日期|時間|时间|日時?)?",
    r"수정(?:일시?)?",  # Korean "입력 2025.03.07 14:20 수정 2025.03.07 16:05"
    # Polish "Data aktualizacji:" (Onet: the noun's genitive), Hungarian "Frissítve:" (Index), Hebrew "עודכן:"
    # (Ynet), Arabic "آخر تحديث:" (Al Arabiya), Bengali and Hindi "update" (Prothom Alo, Bhaskar), Ukrainian,
    # Romanian, Greek, Vietnamese and Indonesian "updated": the sixth round of probe pages, hand-built
    r"data\s+aktualizacji",
    r"frissítve",
    r"frissült",
    r"עודכן",
    r"آخر\s+تحديث",
    r"আপডেট",
    r"अपडेटेड",
    r"оновлено",
    r"actualizat(?:\s+la)?",
    r"ενημερώθηκε",
    r"τελευταία\s+ενημέρωση",
    r"cập\s+nhật",
    r"diperbarui",
    # Thai "อัปเดตล่าสุด 5 ธ.ค. 2568 14:05 น." (Thairath) and its other spelling, Hindi "अपडेट", Persian
    # "به‌روزرسانی": probe pages, hand-built (tests/test_extract_date_shapes11.py)
    r"อัปเดต(?:ล่าสุด)?",
    r"อัพเดท(?:ล่าสุด)?",
    r"แก้ไขล่าสุด",
    r"अपडेट",
    r"به[\u200c ]?روزرسانی",
    # Bulgarian "Обновена:" (Dnevnik) and "Актуализирана", Croatian and Serbian "Ažurirano" (Latin and
    # Cyrillic), Slovenian "Posodobljeno", Estonian "Uuendatud", Latvian "Atjaunots", Lithuanian
    # "Atnaujinta", Icelandic "Uppfært", Romanian "Data actualizării": the tenth round of probe pages,
    # hand-built (tests/test_extract_unseen_shapes10.py)
    r"обновен[аo]?",
    r"актуализиран[ao]?",
    r"ažurirano",
    r"ажурирано",
    r"posodobljeno",
    r"uuendatud",
    r"atjaunots",
    r"atnaujinta",
    r"uppfært",
    r"data\s+actualiz[ăa]rii",
    # Tamil "மாற்றம் செய்த நாள்:" (date changed: Dinamalar; a probe page, hand-built,
    # tests/test_extract_unseen_shapes13.py)
    r"மாற்றம்\s+செய்த\s+நாள்",
)
# (not after a letter; after a digit it may stand: a list's items read as one text, "입력 ... 15:20수정 ...")
# (gated by the words it needs, content/literals.py GatedPattern: its ~80 IGNORECASE alternatives at each
# position of every date line cost ~0.15 ms a line)
_LABEL = GatedPattern(
    re.compile(r"(?<![^\W\d_])(?:" + "|".join(UPDATED_LABELS) + r")(?!\w)\s*[:：]?", re.IGNORECASE)
)
# The modification date follows its label closely; what comes after a separator or a publication label is
# another date ("Updated 2 hours ago | Published March 3, 2024")
_WINDOW = 60
# (a separator right before a bare time parts the day from its time: "4 marzo 2025 | 20:15", Corriere)
_WINDOW_END = re.compile(
    r"[|•·](?!\s*[0-2]?\d[:.h][0-5]\d(?!\d))"
    r"|\b(?:published|posted|veröffentlicht|erschienen|publié|publicado|pubblicato|opublikowano"
    r"|publicerad|publisert|publiceret|julkaistu|опубликовано|objavljeno|објављено|публикувана"
    r"|avaldatud|publicēts|paskelbta|birtist)\b|公開|投稿",
    re.IGNORECASE,
)
# (fields/dates.py reads a date line's publication date around its update label with these)
UPDATE_LABEL, PUBLICATION_WORD = _LABEL, _WINDOW_END
# date and byline elements of the story read for an "updated" line
UPDATE_LINE_CANDIDATES = 10
# class or id of an element that holds the modification time itself ("date-updated", "modified-date")
_UPDATED_CLASS = FoldedSearch(r"updated|modified|date-?mod|aktualisiert|last-?update")  # (case-insensitive)
# a time the page writes with its zone ("08:11 CET" is read with it; these say it is UTC)
_UTC_NAMED = re.compile(r"\b(?:UTC|GMT|Z)\b")


class ModifiedFields:
    """Mixed into extract.page.Page (ahead of DateFields, whose declared_modified_at it completes)."""

    def modified_at(self: Any) -> str | None:
        published = self.published_at()
        for candidate in (self.declared_modified_at(), self.shown_modified_at()):
            value = not_before(candidate, published)
            if value:
                return self._in_shown_offset(value, published)
        return None

    def _in_shown_offset(self: Any, value: str, published: str | None) -> str:
        """A modification time declared in UTC, in the offset the publication time was written in when
        that one was declared in UTC too and the page showed its own offset (the same instant: WordPress's
        article:modified_time "...T09:15:33+00:00" beside a shown "-05:00")."""
        declared = self._declared_published()
        if (
            published
            and value.endswith("+00:00")
            and not published.endswith("+00:00")
            and declared
            and declared[0][1][:19] == published[:19]
            and self.modified_wall_clock(value)
        ):
            # a time declared without its offset where the publication's, declared so too, was the
            # publisher's wall clock (its offset found elsewhere: fields/dates.py _refined) is on that clock
            # too (JNews's schema dates, a probe page, hand-built); where the publication's zoneless time
            # was UTC (cbssports.com's itemprops, shown as "9:24 pm ET": tests/fixtures), so is this one
            return in_offset_of(value[:-6], published)
        if (
            published
            and value.endswith("+00:00")
            and not published.endswith("+00:00")
            and declared
            and declared[0][1].endswith("+00:00")
        ):
            moment, start = parse_iso(value), parse_iso(published)
            if moment is not None and start is not None and start.utcoffset() is not None:
                return to_iso(moment.astimezone(start.tzinfo))
        return value

    def shown_modified_at(self: Any) -> str | None:
        """The time an "Updated ..." line of the story gives, in the publication time's offset."""
        scope = self.scope
        seen: set[etree._Element] = set()
        for el in self._update_line_candidates():
            if el in seen or any(a in seen for a in el.iterancestors()):
                continue  # (the text of an element already read holds this one's)
            seen.add(el)
            value = _labelled_date(el, month_first=self._month_first, published=self.published_at())
            if value is None and _UPDATED_CLASS(f"{el.get('class') or ''} {el.get('id') or ''}"):
                text = clean(etree.tostring(el, method="text", encoding=str, with_tail=False))
                # ... unless it has the label and no date after it: "06/03/2025 11h42 · Atualizado há 2
                # horas" (the date shown is the publication's, the update's is relative)
                value = None if _LABEL.search(text) else _date_of(el, text, self._month_first)
            if (
                value
                and not _noise_around(el, scope)
                and not in_chrome(el, scope)
                and not _in_other_story(el, scope, self._page_paths, self._page_hosts)
            ):
                return in_offset_of(value, self.published_at())
        return None

    def _update_line_candidates(self: Any) -> Iterator[etree._Element]:
        """The story's first date and byline elements (the publication date's, fields/dates.py; fewer of
        them: an "Updated" line sits beside the publication date, at the head of the story), then the
        elements right after the headline. Noise and chrome are checked only on an element that holds a
        date (the walk is what costs)."""
        found = 0
        for el in self._date_line_walk():  # (fields/dates.py: the publication date's walk, shared)
            if el.get("itemprop") != "dateModified":
                yield el
                found += 1
                if found >= UPDATE_LINE_CANDIDATES:
                    break
        yield from headline_neighbours(self.headline_element())


def _noise_around(el: etree._Element, scope: etree._Element) -> bool:
    """The update line is in noise below the story's scope. A <footer> inside an <article> is that
    article's footer (HTML's sectioning rule), not the page's: the story's own "最終更新:12/4(金) 11:45" or
    "Last updated ..." under its text (Yahoo! News Japan's provider pages, a story <article> of a blog
    theme; probe pages, hand-built). A footer outside any <article> stays the page's chrome."""
    story_footer = any(
        a.tag == "footer" and any(b.tag == "article" for b in a.iterancestors())
        for a in (el, *el.iterancestors())
        if a is not scope
    )
    return in_noise(el, top=scope, transparent=("footer",) if story_footer else ())


def _segments(el: etree._Element) -> Iterator[tuple[str, etree._Element | None]]:
    """The element's text in document order, each <time datetime> marked where it stands, a space where
    an element starts or ends: the items of a date row are apart ("5:00 AM ET</span><span>Updated", NPR;
    "dpa</span><span>Aktualisiert", t-online: the label is no word's end)."""
    for node in el.iter():
        if not isinstance(node.tag, str) or node.tag in ("script", "style"):
            if node is not el and node.tail:
                yield node.tail, None
            continue
        if node is not el:
            yield " ", None
        if node.tag == "time" and node.get("datetime"):
            yield "", node
        if node.text:
            yield node.text, None
        if node is not el and node.tail:
            yield " " + node.tail, None


def _labelled_date(el: etree._Element, *, month_first: bool, published: str | None = None) -> str | None:
    text_parts: list[str] = []
    times: list[tuple[int, etree._Element]] = []
    length = 0
    for text, time_el in _segments(el):
        if time_el is not None:
            times.append((length, time_el))
        text_parts.append(text)
        length += len(text)
        if length > 600:
            break
    text = "".join(text_parts)
    for found in _LABEL.finditer(text):
        window = text[found.end() : found.end() + _WINDOW]
        end = _WINDOW_END.search(window)
        window = window[: end.start()] if end else window
        for at, time_el in times:
            if found.end() <= at <= found.end() + len(window):
                value = normalise_date(time_el.get("datetime"), month_first=month_first)
                if value:
                    return value
        # (with a Korean label: its script reads a two-digit year first, "최종 업데이트 26.12.04 11:45")
        value = _date_of(None, window if found.group().isascii() else found.group() + window, month_first)
        value = value or yearless_update(window, found.group(0), published, month_first=month_first)
        if value:
            return value
        # Japanese papers put the label after the time: "2025年3月4日 20:15更新" (Nikkei, Yahoo! Japan)
        before = _BEFORE_LABEL.search(text, 0, found.start()) if found.group().startswith("更新") else None
        value = _before_label_date(before, month_first, published) if before else None
        if value:
            return value
    return None


# a Japanese date and time that ends right before the update label ("2025年3月4日 20:15更新"); with
# slashes, "(2026/12/4 11:45 更新)" (Nishinippon), or without its year, "（12月4日 11:45更新）" (Hokkaido
# Shimbun): probe pages, hand-built (tests/test_extract_unseen_shapes13.py)
_BEFORE_LABEL = re.compile(
    r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}/\d{1,2}/\d{1,2}"
    r"|(?<![\d年])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日)"
    r"(?:\s*[(（][^)）]{1,3}[)）])?\s*(?P<hour>[0-2]?\d)(?:[:：]|時)(?P<minute>[0-5]?\d)分?\s*$"
)


def _before_label_date(before: re.Match[str], month_first: bool, published: str | None) -> str | None:
    if before["m"] is None:
        return _date_of(None, before.group(), month_first)
    minute = before["minute"].zfill(2)
    return yearless_update(f"{before['m']}/{before['d']} {before['hour']}:{minute}", "更新", published)


def _date_of(el: etree._Element | None, text: str, month_first: bool) -> str | None:
    if el is not None:
        for node in el.iter("time"):
            value = normalise_date(node.get("datetime"), month_first=month_first)
            if value:
                return value
    value = date_in_text(text, month_first=month_first)
    if value and value.endswith("+00:00") and not _UTC_NAMED.search(text):
        return value[:-6]  # a wall-clock time: its offset is the publisher's (in_offset_of)
    return value


def in_offset_of(value: str, published: str | None) -> str:
    """`value` as written, in the offset of `published` when `value` was read without one."""
    if not re.search(r"T\d\d:\d\d:\d\d$", value):
        return value
    wall = parse_iso(value + "+00:00")
    moment = parse_iso(published)
    if wall is None:
        return value + "+00:00"
    offset = moment.utcoffset() if moment is not None else None
    return to_iso(wall.replace(tzinfo=timezone(offset)) if offset is not None else wall)


def not_before(modified: str | None, published: str | None) -> str | None:
    """`modified`, unless it is earlier than the publication: a CMS's last save before a scheduled
    publication, or a revision stamp of the template (tune half: 33 of 308 declared modification times
    were earlier than the publication time, on 32 sites: boingboing.net, t3n.de, express.de, ...)."""
    moment, start = parse_iso(modified), parse_iso(published)
    if moment is None or not is_plausible(moment):
        return None
    if start is not None and moment < start:
        return None
    return modified


def modified_processor(value: Any, page: Page) -> str | None:
    """Never earlier than the publication (a profile's selector is held to it as the generic page is)."""
    return not_before(value, page.published_at()) if isinstance(value, str) else None
