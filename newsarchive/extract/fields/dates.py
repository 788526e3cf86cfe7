"""Publication and modification dates of the generic page."""

from __future__ import annotations

import logging
import re
from datetime import date, timezone
from functools import cached_property
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from lxml import etree

from newsarchive.dates import (
    MIN_YEAR,
    date_in_text,
    date_in_url,
    midnight_on_language_clock,
    normalise_date,
    offset_between,
    parse_iso,
    to_iso,
    utc_now,
    yearless_date_in_text,
    zone_apart,
)
from newsarchive.extract.fields.app_state import app_state_date
from newsarchive.extract.fields.common import headline_neighbours, in_chrome
from newsarchive.extract.fields.date_labels import after_update_label, opens_with_update_label, read_date_line
from newsarchive.extract.fields.date_lines import (
    DATE_LINE_HEAD,
    SharedWalk,
    above_headline,
    is_date_line_name,
    labelled_lines,
    line_head,
    quoted,
    spaced_text,
    with_machine_time,
)
from newsarchive.extract.fields.other_stories import in_other_story as _in_other_story
from newsarchive.extract.fields.other_stories import other_stories_days, page_hosts
from newsarchive.extract.fields.shown_zone import in_shown_zone
from newsarchive.extract.jsonld import as_text, types_of
from newsarchive.extract.noise import in_noise
from newsarchive.extract.selectors import select
from newsarchive.extract.text import element_text, spaced_lines_text

if TYPE_CHECKING:
    from collections.abc import Iterator

    from newsarchive.extract.document import Document

logger = logging.getLogger(__name__)

_ASIDE = frozenset({"aside"})
# the spellings of a first-publication label ("Originally published", "First published"), looked for in the
# page's source before the story's labelled lines are walked (few pages have one: a substring test of the
# source costs ~0.1 ms a page, an XPath over the story's text nodes with translate() ~10 ms)
_FIRST_PUBLISHED_SPELLINGS = (
    "riginally published", "riginally Published", "RIGINALLY PUBLISHED",
    "irst published", "irst Published", "IRST PUBLISHED",
)  # fmt: skip
# ... found as the words before each "ublished" / "UBLISHED" of the source: two scans of the page, where one
# for each spelling cost six (~0.6 ms a page of a non-ASCII page's source, 0.3 ms so; a source holds the
# two words a few times, in "datePublished" mostly): {"ublished": ("riginally p", "riginally P", ...)}
_FIRST_PUBLISHED_HEADS = {
    tail: tuple(s.removesuffix(tail) for s in _FIRST_PUBLISHED_SPELLINGS if s.endswith(tail))
    for tail in ("ublished", "UBLISHED")
}
# what follows the label in a republished story's credit ("Originally published by The Conversation on ...")
_BY_OR_IN = re.compile(r"\s*(?:by|in)\b")

# (whole page?, selector): marked publication times anywhere, then <time> elements of the story
TIME_SELECTORS = (
    (True, "time[pubdate]"),
    (True, "[itemprop='datePublished']"),
    (False, "time[datetime]"),
    (False, "time"),
)
# The <time> selectors as a walk over the <time> elements (a tag-filtered iteration in C, ~10x cheaper
# than an XPath test of every element of the page): the same elements in document order
_TIME_WALKS = {
    "time[pubdate]": lambda root: [el for el in root.iter("time") if el.get("pubdate") is not None],
    "time[datetime]": lambda root: [el for el in root.iter("time") if el.get("datetime") is not None],
    "time": lambda root: list(root.iter("time")),
}
# <meta> names of the publication / modification date, specific first (htmldate's DATE_ATTRIBUTES and
# the names the corpora's CMSs use)
PUBLISHED_META_KEYS = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "published_time",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    # htmldate's DATE_ATTRIBUTES that name the publication (its generic "date", "created", "timestamp"
    # stay out), and the same names written without a separator
    "publish_time",
    "publishtime",
    "published_date",
    "published-date",
    "publisheddate",
    "date_published",
    "dateposted",
    "displaydate",
    "og:pubdate",
    "og:publish_date",
    "og:datepublished",
    "article:published_date",
    "article:publicationdate",
    "article:post_date",
    "article_date_original",
    "dc.date.publication",
    "dcsext.articlefirstpublished",
    "rnews:datepublished",
    "shareaholic:article_published_time",
    "twt-published-at",
    "vr:published_time",
    "cxenseparse:recs:publishtime",
    "citation_publication_date",
    "citation_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "date",
    "article:published",
    "originalpublicationdate",
    "release_date",
)
MODIFIED_META_KEYS = (
    "article:modified_time",
    "og:updated_time",
    "modified_time",
    "article.updated",
    "datemodified",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
)
PAGE_TYPES = frozenset({"WebPage", "ItemPage", "AboutPage", "CollectionPage", "Blog", "ProfilePage"})
# Meta names that declare *a* date of the page rather than its publication (Dublin Core's date is "a point
# or period of time associated with an event in the lifecycle of the resource": generation, revision,
# print issue). A date the story shows gives way to nothing declared but these. Tune half of traf-eval:
# of 6 pages where such a tag and the shown date disagree, the shown date was right on 5.
GENERIC_META_KEYS = frozenset({"date", "dc.date", "dcterms.date"})
# The meta tags whose time may say in which offset a publication time declared in UTC was published
# (_refined): every publication name but the generic ones (a page's generation or print time would lend
# its clock). techcrunch.com: JSON-LD "2019-11-19T04:58:46Z", <meta name="sailthru.date"
# content="2019-11-18 20:58:46">, the URL /2019/11/18/: published the evening of 18 November at -08:00.
_REFINING_META_KEYS = tuple(key for key in PUBLISHED_META_KEYS if key not in GENERIC_META_KEYS)
# an ISO 8601 time that carries its offset (or Z)
_OFFSET = re.compile(r"(?:[+-]\d\d:?\d\d|Z)$", re.IGNORECASE)
# an ISO 8601 time written in UTC
_IN_UTC = re.compile(r"(?:\+00:?00|Z)$", re.IGNORECASE)
# English-language hosts that write the day first
_DAY_FIRST_ENGLISH = (".uk", ".au", ".nz", ".ie", ".in", ".za", ".sg")
# Hosts of countries that write the day first whose English pages often declare "en-US" (WordPress's default
# language, kept by papers that never set theirs): Africa's, the Caribbean's, the Pacific's and the Caucasus's
# and Central Asia's English-language press. Civil.ge's "04/12/2026 - 10:30" and Daily News's (Tanzania)
# "04/12/2026" were read as April 12 (the fifteenth round of probe pages, hand-built,
# tests/test_extract_unseen_shapes15.py). A ".com" page in "en-US" keeps the month first.
_DAY_FIRST_HOSTS = (
    *_DAY_FIRST_ENGLISH,
    ".ke", ".ug", ".tz", ".rw", ".et", ".gh", ".ng", ".sl", ".lr", ".gm", ".zw", ".zm", ".mw", ".bw", ".na",
    ".ls", ".sz", ".jm", ".tt", ".bb", ".bs", ".gy", ".lc", ".gd", ".ag", ".fj", ".pg", ".ws", ".to", ".sb",
    ".vu", ".ge", ".am", ".az", ".kg", ".kz", ".uz", ".tj", ".pk", ".lk", ".bd", ".np", ".my", ".mt", ".cy",
)  # fmt: skip


class DateFields:
    """Mixed into extract.page.Page."""

    doc: Document
    url: str

    # Dates, in this order of trust (the first source that gives a plausible date wins):
    #   1. JSON-LD of the article (datePublished / dateCreated), else of the page (WebPage nodes)
    #   2. <meta> (PUBLISHED_META_KEYS), 3. microdata (itemprop)
    #   4. <time> elements: marked as the publication time, then in the story (not in related lists,
    #      not in a <blockquote>: an embedded post's time, not right after an "Updated" label)
    #   5. a date line in visible text: a short line right above the headline, a byline or date element
    #      of the story, the lines right after the headline (any language, dates.date_in_text)
    #   6. a date right after a publication label anywhere in the story ("Erstellt am: 01.11.2023")
    #   7. the URL (/2020/04/26/slug), 8. a date line without its year ("6月24日"), the year from 9.
    #   9. htmldate's search of the whole page
    # ... with three checks of 1-3 against the date the story shows its reader (4-6), which is what a
    # person reading the page takes for its date:
    #   - a declared time in UTC is expressed in the publisher's offset when the page shows it (the same
    #     instant, and the calendar day the publisher printed): _refined. What a <time> shows is its
    #     text when that is the attribute's UTC instant on a local clock ("Nov 18, 2019 at 9:24 pm ET"
    #     for datetime="2019-11-19 02:24:00 UTC"), else its attribute
    #   - a time declared in UTC that is midnight to the second on the clock of the page's language, where
    #     the story shows no other day, is that local day (a date-only field: _midnight_on_publisher_clock)
    #   - when the shown day still differs (not merely on another zone's clock: _zone_apart), another
    #     declared date that agrees with it wins, else the shown date itself when all that is declared
    #     is a generic "date" (GENERIC_META_KEYS): _arbitrated. Tune half of traf-eval: 7 pages right
    #     that were wrong, none the other way.
    # (htmldate as a third vote between declared and shown was tried: one page of the tune half gained,
    # and it reads mostly the same declared tags, so its agreement with the shown date is chance; ahead of
    # the date line where nothing is declared: 10 tune pages lost, 5 in each fold, none won. Nor does a
    # declared publication time equal to the declared modification time give way to an earlier shown
    # day: 2 tune pages won, 3 lost.)
    # Modification dates here come from 1-3 and itemprop=dateModified only: a bare visible time is too
    # often a site-wide clock (fields/modified.py adds the story's labelled "Updated ..." line).
    def published_at(self) -> str | None:
        return self._published

    @cached_property
    def _published(self) -> str | None:
        declared = self._declared_published()
        if not declared:
            found = self._time_element() or self._date_line() or self._labelled_date()
            found = self._first_publication(found) or found
            return found or date_in_url(self.url) or self._yearless_date_line() or self._htmldate()
        # what the reader sees: not itemprop=datePublished, which is declared (microdata) already
        shown = self._time_element(shown=True) or self._date_line() or self._labelled_date()
        source, value = declared[0]
        first = self._first_publication(value)
        if first:
            # (its wall clock on the publisher's clock: the offset the declared time reads in where the
            # page shows it, "Updated December 04, 2026 10:12 AM" for "2026-12-04T16:12:00Z")
            offset = self._refined(value, shown)[19:]
            return first[:19] + offset if first.endswith("+00:00") and offset else first
        value = self._refined(value, shown)
        if not shown or shown == value:
            value = self._midnight_on_publisher_clock(value) or value
        if shown and value[:10] != shown[:10] and not zone_apart(value, shown):
            return self._arbitrated(source, value, declared[1:], shown)
        return value

    def _declared_published(self) -> list[tuple[str, str]]:
        """(source, date) of every declared publication date, in order of trust (1-3 above)."""
        jl = self.doc.jsonld
        out: list[tuple[str, str]] = []
        value = normalise_date(as_text(jl.get("datePublished") or self._page_jsonld("datePublished")))
        if value:
            out.append(("jsonld", value))
        for key in PUBLISHED_META_KEYS:
            for candidate in self.doc.meta.all(key):
                value = normalise_date(candidate, month_first=self._month_first)
                if value:
                    out.append((key, value))
                    break
        value = normalise_date(self.doc.microdata.first("datePublished"), month_first=self._month_first)
        if value:
            out.append(("microdata", value))
        # JSON-LD's dateCreated is the record's creation in the CMS (a draft, an import): it gives way to
        # a tag or microdata that names the publication (telegraph.co.uk: "dateCreated":
        # "2017-11-17T10:41:09Z" beside DCSext.articleFirstPublished and microdata datePublished of 16
        # November, the day it shows), not to a generic date tag
        value = normalise_date(as_text(jl.get("dateCreated")))
        if value:
            specific = any(source not in GENERIC_META_KEYS for source, _ in out)
            out.insert(len(out) if specific else 0, ("jsonld", value))
        return out

    def _midnight_on_publisher_clock(self, value: str) -> str | None:
        """A publication time declared in UTC that is midnight on the clock of the page's language, where
        the story shows no other day: the local day a date-only field of the CMS stored (dates.
        midnight_on_language_clock). Only a time the page writes in UTC itself ("...T23:00:00.000Z"): a
        time without an offset, read as UTC, is the publisher's wall clock already."""
        local = midnight_on_language_clock(value, self.doc.meta.lang)
        if local is None:
            return None
        for el in select(self.scope, "time[datetime]"):
            seen = date_in_text(element_text(el), month_first=self._month_first)
            if seen and seen[:10] == value[:10] and normalise_date(el.get("datetime")) == value:
                return None  # (the story shows the UTC day in words: that is the day its reader sees)
        raw = [as_text(self.doc.jsonld.get("datePublished"))]
        raw += [c for key in PUBLISHED_META_KEYS for c in self.doc.meta.all(key)]
        for text in raw:
            if text and _IN_UTC.search(text.strip()) and normalise_date(text) == value:
                return local
        return None

    def _arbitrated(self, source: str, value: str, others: list[tuple[str, str]], shown: str) -> str:
        """The declared date `value` (from `source`) names another day than the story shows (`shown`)."""
        for _, other in others:
            # two declared dates (JSON-LD's and a meta tag's, say): the one the reader sees is the
            # publication, the other a draft or revision time
            other = self._refined(other, shown)
            if other[:10] == shown[:10]:
                return other
        if source in GENERIC_META_KEYS and shown[:16] != (self.declared_modified_at() or "")[:16]:
            # (unless what the page shows is its declared revision time, an "updated" line)
            return shown
        return value

    def _written_in_utc(self, value: str) -> bool:
        """The declared publication time `value` is written in UTC in the page ("...T15:30:00Z", "+00:00"),
        not a wall clock written without its offset (read as UTC)."""
        raw = [as_text(self.doc.jsonld.get("datePublished"))]
        raw += [c for key in PUBLISHED_META_KEYS for c in self.doc.meta.all(key)]
        return any(text and _IN_UTC.search(text.strip()) and normalise_date(text) == value for text in raw)

    def modified_wall_clock(self, value: str) -> bool:
        """The declared modification time `value` was written without its offset (a wall clock, read as
        UTC): JNews's schema "dateModified": "2026-12-04 12:02:11" (a probe page, hand-built)."""
        raw = [as_text(self.doc.jsonld.get("dateModified"))]
        raw += [c for key in MODIFIED_META_KEYS for c in self.doc.meta.all(key)]
        found = [text.strip() for text in raw if text and normalise_date(text) == value]
        return bool(found) and not any(_OFFSET.search(text) for text in found)

    def _refined(self, value: str, shown: str | None = None) -> str:
        """The same publication time as the page's <time datetime> or meta tags give it, when that says
        more: the publisher's own offset for a time declared in UTC (the same instant, and the calendar
        day the publisher printed), or the time of day for a declared bare date. And where the page
        shows another day than the UTC one: the offset at which the instant reads as the shown
        wall-clock time (to the minute), or as midnight of the shown day (a bare publication day
        stored as local midnight converted to UTC: 2021-11-04T23:00Z for 5 November in Berlin)."""
        if not value.endswith("+00:00"):
            return value
        declared = parse_iso(value)
        if declared is None:
            return value
        if shown and _same_instant_in_zone(value, shown):
            return shown  # (the instant in the offset the page shows)
        bare = value.endswith("T00:00:00+00:00")
        raw = [el.get("datetime") for el in select(self.scope, "time[datetime]")]
        raw += [c for key in _REFINING_META_KEYS for c in self.doc.meta.all(key)]
        if not bare and not self._written_in_utc(value):
            # a wall clock declared without its offset (read as UTC) beside a time that declares the same
            # publication with one: JNews's schema "2026-12-04 10:30:00" beside Yoast's
            # article:published_time "2026-12-04T03:30:00+00:00" is 10:30 at +07:00 (Khmer Times-like, a
            # probe page, hand-built: tests/test_extract_unseen_shapes11.py)
            for text in raw:
                if not text or not _OFFSET.search(text.strip()):
                    continue
                moment = parse_iso(normalise_date(text))
                offset = offset_between(moment, value) if moment is not None else None
                if offset is not None:
                    return to_iso(moment.astimezone(timezone(offset)))  # type: ignore[union-attr]
        # (a time of day shown without its zone on the UTC day is a wall clock too, where the declared time
        # is written in UTC itself: "November 28, 2026, 10:30 AM" beside "datePublished":
        # "2026-11-28T15:30:00Z", ABC News; G1's "28/11/2026 10h30" beside 13:30Z. Probe pages, hand-built
        # (tests/test_extract_unseen_shapes7.py); the day stays the shown one, so no same-day figure moves.
        # A declared time without an offset is the wall clock already, and a bare shown day says no time)
        zoneless = (
            shown is not None
            and shown[:10] == value[:10]
            and shown.endswith("+00:00")
            and not shown[10:].startswith("T00:00:00")
            and self._written_in_utc(value)
        )
        walls: list[str] = [shown] if shown and (shown[:10] != value[:10] or zoneless) else []
        for text in raw:
            candidate = normalise_date(text)
            moment = parse_iso(candidate)
            if not candidate or moment is None:
                continue
            if not candidate.endswith("+00:00") and moment == declared:
                return candidate
            if bare and candidate[:10] == value[:10] and candidate[10:] != value[10:]:
                return candidate
            if candidate[:10] != value[:10] and not _OFFSET.search(text.strip()):
                walls.append(candidate)  # a local time written without its offset
        for wall in walls:
            offset = offset_between(declared, wall)
            if offset is not None:
                return to_iso(declared.astimezone(timezone(offset)))
        return in_shown_zone(value, shown) or value  # (a wall clock declared without its zone)

    def _htmldate(self) -> str | None:
        return self._htmldate_found

    @cached_property
    def _htmldate_found(self) -> str | None:
        """htmldate's search of the whole page (abbr/time elements, date patterns in text and markup,
        its own plausibility rules), earliest date first: the last resort."""
        # Imported on use (no cycle): htmldate costs a quarter of a second to import, for a last resort.
        from htmldate import find_date

        try:
            found = find_date(
                self.doc.tree,
                url=self.url,
                original_date=True,
                extensive_search=True,
                min_date=f"{MIN_YEAR}-01-01",
            )
        except Exception:  # a library failure must not cost the record
            logger.debug("htmldate failed on %s", self.url, exc_info=True)
            return None
        if found and found.endswith("-01-01"):
            # htmldate's extensive search falls back on a bare year ("a 2022 launch", "(c) 2019") and
            # reports it as 1 January: a guess, not a publication date. A real 1 January story states its
            # date somewhere the earlier sources (metadata, <time>, date line, URL) would have found it.
            logger.debug("htmldate gave only a year on %s: %s", self.url, found)
            return None
        value = normalise_date(found)
        if value and abs((date.fromisoformat(value[:10]) - utc_now().date()).days) <= 1:
            # today's date, where no source of the story's own gave one, is a page-wide clock ("Friday,
            # December 5, 2026" in a top bar): the crawl date, never the story's
            logger.debug("htmldate gave today's date on %s", self.url)
            return None
        if value and value[:10] in other_stories_days(self.doc.tree):
            # the day of a <time> of another story's teaser (a related list), that no <time> of this
            # story's shows
            logger.debug("htmldate gave another story's date on %s: %s", self.url, value)
            return None
        return value

    def declared_modified_at(self) -> str | None:
        """(fields/modified.py ModifiedFields.modified_at adds the shown "Updated ..." line and the checks)"""
        value = self._date(
            self.doc.jsonld.get("dateModified") or self._page_jsonld("dateModified"),
            MODIFIED_META_KEYS,
            microdata="dateModified",
        )
        if not value:
            for el in self._itemprop("dateModified"):
                value = normalise_date(el.get("datetime") or el.get("content") or element_text(el))
                if value:
                    break
        return value

    def _itemprop(self, name: str) -> list[etree._Element]:
        """select(self.doc.tree, f"[itemprop='{name}']"), answered by the page's attribute index when no
        itemprop (nor any class, id...) holds `name` at all: most pages (an XPath test of every element
        spared). The index was read from this tree or an earlier state of it: drop_code only removes."""
        if name not in self.doc.attribute_text:
            return []
        return select(self.doc.tree, f"[itemprop='{name}']")

    def _page_jsonld(self, key: str) -> Any:
        """A date of the page's own JSON-LD node (WebPage, ItemPage...) when no article node has one."""
        if self.doc.jsonld.main is not None:
            return None
        for node in self.doc.jsonld.nodes:
            if key in node and PAGE_TYPES.intersection(types_of(node)):
                return node[key]
        return app_state_date(self, key)  # (else the story's record in a Next.js state: fields/app_state.py)

    def _date(self, jsonld_value: Any, meta_keys: tuple[str, ...], *, microdata: str) -> str | None:
        value = normalise_date(as_text(jsonld_value))
        if value:
            return value
        for key in meta_keys:
            for candidate in self.doc.meta.all(key):
                value = normalise_date(candidate, month_first=self._month_first)
                if value:
                    return value
        return normalise_date(self.doc.microdata.first(microdata), month_first=self._month_first)

    def _time_element(self, *, shown: bool = False) -> str | None:
        """The first date of TIME_SELECTORS; `shown`: of an element the reader sees (with text, no
        itemprop: an empty <time itemprop="datePublished" datetime> is microdata, declared)."""
        if not shown:
            return self._first_time_element(shown=False, past_updates=False)[0]
        # (what the reader sees in an element that opens with an update label is the update: MarketWatch's
        # "Last Updated: ... ET" ahead of its "First Published: ... ET", CTV News's "Updated ..." before
        # "Published ..."; probe pages, hand-built, tests/test_extract_unseen_shapes16.py. The publication
        # shown is a later element's, where there is one; where the update is all the page shows, El
        # Mundo's "Actualizado ..." <time>, it stands for what is shown, as before)
        found, skipped = self._first_time_element(shown=True, past_updates=True)
        if found or not skipped:
            return found
        return self._first_time_element(shown=True, past_updates=False)[0]

    def _first_time_element(self, *, shown: bool, past_updates: bool) -> tuple[str | None, bool]:
        """The date _time_element reads, and whether an element opening with an update label was passed
        over for it (`past_updates`)."""
        scope = self.scope
        skipped = False
        for top, selector in TIME_SELECTORS:
            root = self.doc.tree if top else scope
            if selector in _TIME_WALKS:
                found = _TIME_WALKS[selector](root)
            elif selector == "[itemprop='datePublished']" and top:
                found = self._itemprop("datePublished")
            else:
                found = select(root, selector)
            for el in found:
                if not top and self._date_in_noise(el):
                    continue
                # (a marked publication time too: a teaser's <time itemprop="datePublished"> in a card of
                # another story, when the story itself marks none, is that story's; hand-built)
                if _in_other_story(el, scope if not top else root, self._page_paths, self._page_hosts):
                    continue
                if quoted(el) or after_update_label(el):
                    continue
                if shown and (el.get("itemprop") or not element_text(el)):
                    continue
                if past_updates and opens_with_update_label(el):
                    skipped = True
                    continue
                value = normalise_date(el.get("datetime") or el.get("content"))
                seen = None
                if shown or not value:
                    seen = date_in_text(element_text(el), month_first=self._month_first)
                shown_apart = seen and value and seen[:10] != value[:10] and zone_apart(value, seen)
                if shown and seen and value and (shown_apart or _same_instant_in_zone(value, seen)):
                    # the reader sees the publisher's wall clock ("Nov 18, 2019 at 9:24 pm ET", "Mar 04,
                    # 2025 6:12 PM EST", CBC's shape), the attribute the same instant in UTC: what is
                    # shown is the text
                    return seen, skipped
                raw = (el.get("datetime") or el.get("content") or "").strip()
                if shown and seen and value and not _OFFSET.search(raw) and in_shown_zone(value, seen):
                    # a wall-clock attribute without its offset, the text the same minute with its zone
                    # ('<time datetime="2026-11-28 10:30">Published on 28/11/2026 - 10:30 GMT+1</time>',
                    # Euronews; hand-built): the zone shown is the publisher's
                    return seen, skipped
                if not shown and value and _IN_UTC.search(raw):
                    # (where the page declares no date, this element is the publication: its text, when
                    # that shows the attribute's instant in the publisher's zone, "Posted Sat, Dec 5, 2026
                    # at 10:30 am ET" for "2026-12-05T15:30:00Z" (Patch, a Nexstar station's page; probe
                    # pages, hand-built: tests/test_extract_unseen_shapes16.py), is the time as written,
                    # as it is beside a declared date (_refined); another instant shown leaves the
                    # attribute as it is)
                    text = element_text(el)
                    seen = date_in_text(text, month_first=self._month_first)
                    if seen and _same_instant_in_zone(value, seen):
                        value = seen
                    else:
                        value = _on_shown_clock(value, text, self._month_first) or value
                value = value or seen
                if value:
                    return value, skipped
        return None, skipped

    def _date_in_noise(self, el: etree._Element) -> bool:
        """`el` is in noise (Page.in_noise), unless what makes it noise is an <aside> named for the
        story's date or byline (alpin.de's <aside class="meta"> beside the story: "21.01.2022 - 13:30",
        the source, the picture credit): the story's own facts box, not a sidebar."""
        if not self.in_noise(el):
            return False
        box = next((a for a in el.iterancestors("aside")), None)
        if box is None or not any(is_date_line_name(box.get(n) or "") for n in ("class", "id")):
            return True
        return in_noise(el, top=self.scope, transparent=_ASIDE)

    @cached_property
    def _page_paths(self) -> frozenset[str]:
        """The paths a permalink on the page may name: the fetched URL's and the page's canonical's."""
        urls = (self.url, self.doc.meta.canonical)
        return frozenset(urlsplit(url).path.rstrip("/") for url in urls if url)

    @cached_property
    def _page_hosts(self) -> frozenset[str]:
        """The hosts a link to another story of the same site names (other_stories.in_story_card)."""
        return page_hosts(self.url, self.doc.meta.canonical)

    @cached_property
    def _month_first(self) -> bool:
        """04/05/2020 is April 5 on US pages, May 4 elsewhere."""
        lang = (self.doc.meta.lang or "").lower().replace("_", "-")
        if lang == "en-us":
            return not (urlsplit(self.url).hostname or "").endswith(_DAY_FIRST_HOSTS)
        host = (urlsplit(self.url).hostname or "") if lang == "en" else ""
        return lang == "en" and not host.endswith(_DAY_FIRST_HOSTS)

    def _date_line(self) -> str | None:
        """A date written next to the headline or the byline (the date line under a headline, "Von X,
        26. April 2020", "2020年4月26日"), not one from the page's chrome or a list of other stories. A line
        that shows only an update ("Updated: ...", in a <span class="updated"> of its own) is the date only
        where no later date line shows the publication (its parent's line around it: "Published: ... <span
        class="updated">Updated: ...</span>" under hashed class names; hand-built)."""
        update: str | None = None
        for el in self._date_line_elements():
            # (a long block or a sentence: its head, date_lines.py; its block-level lines apart)
            text = line_head(spaced_lines_text(el))
            if len(text) >= 6:
                value, only_update = read_date_line(text, self._month_first)
                whole = element_text(el) if value is None and len(el) else ""
                if whole and len(whole) <= DATE_LINE_HEAD:
                    # (a date badge: day, month and year in elements of their own, no space between)
                    spaced = spaced_text(el)
                    if spaced != whole:
                        value, only_update = read_date_line(spaced, self._month_first)
                if (
                    value
                    and not _in_other_story(el, self.scope, self._page_paths, self._page_hosts)
                    and not quoted(el)
                ):
                    if not only_update:
                        return with_machine_time(el, value)
                    update = update or with_machine_time(el, value)
        return update

    def _labelled_date(self) -> str | None:
        """A date right after a publication label anywhere in the story ("Erstellt am: 01.11.2023",
        "Erschienen am: 01.11.2023", "Published: ..."), where no date element gave one: the label says
        what the date is (simmentalzeitung.ch, literaturkritik.de; on 17 other tune pages it agrees with
        the date found otherwise)."""
        scope = self.scope
        for el, text in labelled_lines(scope):
            value = date_in_text(text, month_first=self._month_first)
            if (
                value
                and not self._date_in_noise(el)
                and not _in_other_story(el, scope, self._page_paths, self._page_hosts)
            ):
                return value
        return None

    def _first_publication(self, found: str | None) -> str | None:
        """The date after an "Originally published" / "First published" label the story shows, where it
        names an earlier day than `found` (the date read otherwise): a story updated after it ran shows
        the update at its head and its first publication under the text (McClatchy's "Updated December
        04, 2026 10:12 AM" over "Originally published December 03, 2026 5:00 AM", its thirty papers; a
        probe page, hand-built, tests/test_extract_fields14.py), and may declare the update's time as
        its publication. The label says which is the publication; None where it names no earlier day."""
        if not found or not has_first_published_label(self.doc.html):
            return None
        for el, text in labelled_lines(self.scope, first=True):
            # (not a republished story's credit, "Originally published by The Conversation on ...": the
            # first publication elsewhere)
            if _BY_OR_IN.match(text):
                continue
            value = date_in_text(text, month_first=self._month_first)
            if value and value[:10] < found[:10] and not self._date_in_noise(el):
                return value
        return None

    def _yearless_date_line(self) -> str | None:
        """A date line without its year ("[06月24日 11時30分]"), the year from htmldate's date of the
        page when that falls within half a year of it (dates.yearless_date_in_text)."""
        scope = self.scope
        lines = [
            element_text(el)
            for el in self._date_line_elements()
            if not _in_other_story(el, scope, self._page_paths, self._page_hosts)
        ]
        lines = [text for text in lines if 4 <= len(text) <= 300 and any(c.isdigit() for c in text)]
        if not lines:
            return None
        near = self._htmldate()
        for text in lines if near else ():
            value = yearless_date_in_text(text, near)
            if value:
                return value
        return None

    def _date_line_walk(self) -> SharedWalk:
        """date_line_candidates(self.scope), one walk for every reader of the page (date_lines.SharedWalk);
        a new one once drop_code() changed the tree."""
        walks = self._date_line_walks
        dropped = self.doc.code_dropped
        if dropped not in walks:
            walks[dropped] = SharedWalk(self.scope)
        return walks[dropped]

    @cached_property
    def _date_line_walks(self) -> dict[bool, SharedWalk]:
        return {}  # (keyed by doc.code_dropped)

    def _date_line_elements(self) -> Iterator[etree._Element]:
        """A short line right above the headline, up to 20 date/byline elements of the story (not in
        noise or chrome), then the few elements right after the headline (and those of its parent:
        headline and date line are often siblings in a header block)."""
        found = 0
        scope = self.scope
        for el in above_headline(self.headline_element()):
            if el.get("itemprop") != "dateModified":
                yield el
        for el in self._date_line_walk():
            if el.get("itemprop") == "dateModified":
                continue  # the page itself says this is the revision time, not the publication
            if not self._date_in_noise(el) and not in_chrome(el, scope):
                yield el
                found += 1
                if found >= 20:
                    break
        yield from headline_neighbours(self.headline_element())


def has_first_published_label(html: str) -> bool:
    """One of _FIRST_PUBLISHED_SPELLINGS is in `html` (the same answer as a test of each)."""
    for tail, heads in _FIRST_PUBLISHED_HEADS.items():
        at = html.find(tail)
        while at != -1:
            if html.endswith(heads, 0, at):
                return True
            at = html.find(tail, at + 1)
    return False


def _on_shown_clock(value: str, text: str, month_first: bool) -> str | None:
    """A <time> whose attribute is written in UTC and whose text shows the same instant as a wall-clock time
    without its zone ('<time datetime="2026-11-28T07:30:00Z">November 28, 2026 10:30</time> GMT+3', Arab
    News; a probe page, hand-built): the instant in the publisher's offset, where the page declares no
    date (a declared one is refined against what is shown: _refined). A bare day on either side says no
    time of day, so no offset."""
    if not text or value[11:19] == "00:00:00":
        return None
    seen = date_in_text(text, month_first=month_first)
    if not seen or not seen.endswith("+00:00") or seen[11:19] == "00:00:00":
        return None
    moment = parse_iso(value)
    offset = offset_between(moment, seen) if moment is not None else None
    return to_iso(moment.astimezone(timezone(offset))) if moment is not None and offset else None


def _same_instant_in_zone(value: str, seen: str) -> bool:
    """`seen` (read from the text with its zone) is the instant `value` declares in UTC."""
    return not seen.endswith("+00:00") and parse_iso(seen) == parse_iso(value) is not None
