"""Where a story's date line is looked for (fields/dates.py reads the publication date there,
fields/modified.py the "Updated ..." line): elements whose class or id names a date or byline, the short
line right above the headline; and what is never the story's date line (an embedded post's)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml import etree

from newsarchive.dates import date_in_text, normalise_date
from newsarchive.extract.content.literals import FoldedSearch
from newsarchive.extract.text import element_text

if TYPE_CHECKING:
    from collections.abc import Iterator

# Elements whose class or id says they hold a date or a byline (whole class tokens or parts of them:
# "post-date", "entry-meta", "article__byline", "datum", "fecha"; "docData": the German federal
# Government Site Builder's "Datum: 18.10.2021" block under the headline, on zoll.de, bfs.de, bsi.bund.de)
# (case-insensitive: content/literals.py FoldedSearch)
_DATE_LINE_CLASS = FoldedSearch(
    "date|time|byline|posted|publish|datum|fecha|meta|info|autor|author|zeit|stamp|dateline|submitted"
    "|entry-footer|postinfo|docdata"
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_NOT_DATE_LINES = frozenset({"script", "style", "body", "article", "main"})


def date_line_candidates(scope: etree._Element) -> Iterator[etree._Element]:
    """Descendants of `scope` whose class or id matches _DATE_LINE_CLASS, in document order (lazily: the
    first date line found ends the walk). The class and the id are tested apart (no word of the pattern
    holds a space, so none spans the two), each distinct value once: a page repeats a few dozen class
    values over hundreds of elements."""
    tested: dict[str, bool] = {"": False}
    for el in scope.iterdescendants(etree.Element):  # (elements only: no comments or PIs)
        if el.tag in _NOT_DATE_LINES:
            continue
        for value in (el.get("class") or "", el.get("id") or ""):
            hit = tested.get(value)
            if hit is None:
                hit = tested[value] = _DATE_LINE_CLASS(value)
            if hit:
                yield el
                break


class SharedWalk:
    """The elements of one date_line_candidates walk, for several readers: each reads from the first
    element on, and the walk goes only as far as the furthest reader went. The publication date's
    reader, the yearless date line's and the "Updated" line's walked the same story apart (~3% of a
    page's extraction time)."""

    def __init__(self, scope: etree._Element) -> None:
        self._walk = date_line_candidates(scope)
        self._seen: list[etree._Element] = []

    def __iter__(self) -> Iterator[etree._Element]:
        seen = self._seen
        index = 0
        while True:
            if index == len(seen):
                el = next(self._walk, None)
                if el is None:
                    return
                seen.append(el)
            yield seen[index]
            index += 1


def is_date_line_name(value: str) -> bool:
    """A class or id value that names a date or byline element (_DATE_LINE_CLASS)."""
    return _DATE_LINE_CLASS(value)


# A date line is at most this long; of a longer date/meta/info block only the head is read (its own
# date line, not the dates of the stories it lists further on)
DATE_LINE_MAX = 300
DATE_LINE_HEAD = 80


# A sentence of the story's prose (this many words or more, closed by a full stop) is a date line only
# where it opens with the date ("1. Februar 2022, Daniel D. ..."): a date further on is what the sentence
# tells of ("The findings build on a study published March 3, 2019 ..." right under the headline; hand-built)
PROSE_WORDS = 15
PROSE_HEAD = 30


def line_head(text: str) -> str:
    """The part of an element's text a date line may sit in: the head of a long block or of a sentence of
    prose, else all of it."""
    if len(text) > DATE_LINE_MAX:
        return text[:DATE_LINE_HEAD]
    if len(text.split()) >= PROSE_WORDS and text.rstrip().endswith((".", "!", "?", "…")):
        return text[:PROSE_HEAD]
    return text


def quoted(el: etree._Element) -> bool:
    """`el` sits in a <blockquote>: a quoted or embedded post (Instagram and Twitter embeds print the
    post's own <time>: "A post shared by ... on <time datetime=2019-06-16...>", jolie.de, brigitte.de),
    not the story's date line."""
    return any(ancestor.tag == "blockquote" for ancestor in el.iterancestors())


def above_headline(h1: etree._Element | None) -> Iterator[etree._Element]:
    """The two elements right before the headline, when short (a kicker or date line above the
    headline: holzwerken.net's <p class="subline">21. Jan 2022 // Dominik Ricker</p> before its <h1>),
    never a heading (a dated heading there is another story's title)."""
    if h1 is None:
        return
    sibling = h1.getprevious()
    for _ in range(2):
        if sibling is None:
            break
        if (
            isinstance(sibling.tag, str)
            and sibling.tag not in _HEADINGS
            and len(element_text(sibling)) <= DATE_LINE_HEAD
        ):
            yield sibling
        sibling = sibling.getprevious()


# Words that label the publication date in the corpora's languages ("Veröffentlicht am", "Erstellt am",
# "Erschienen am", "Published:", "Posted on", "Publié le", "Publicado el", "Pubblicato il", 公開日, 投稿日,
# 配信日, Korean 입력 "entered"); the date follows within LABELLED_REACH characters. Searched in lower
# case, whole words tested on the matches (_whole_word): an IGNORECASE alternation with lookarounds at
# every position of a story costs a millisecond.
_PUBLICATION_LABEL = re.compile(
    "veröffentlicht|erstellt|erschienen|published|posted|publié|publicado|publicada|pubblicato"
    "|opublikowano|gepubliceerd|publicerad|公開日?|投稿日?|配信日?|掲載日?|입력"
)
# a label naming the first publication of a story updated since ("Originally published December 03, 2026
# 5:00 AM", McClatchy's papers; "First published on ..."): fields/dates.py _first_publication
_FIRST_PUBLICATION_LABEL = re.compile("(?:originally|first) published(?: on| at)?")
LABELLED_REACH = 40
_CJK_START = 0x2E80  # CJK radicals onwards: Japanese, Chinese, Korean script
_NOT_TEXT = frozenset({"script", "style", "noscript", "template"})


def labelled_lines(scope: etree._Element, *, first: bool = False) -> Iterator[tuple[etree._Element, str]]:
    """(element, text) for each publication label in `scope`'s text that a date follows: the
    LABELLED_REACH characters after the label in its element. The story's whole text is searched once;
    the elements are walked only where a label with a date was found (few pages). `first`: only the
    labels of a first publication ("Originally published")."""
    text = " ".join(scope.itertext()).lower()
    pattern = _FIRST_PUBLICATION_LABEL if first else _PUBLICATION_LABEL
    labels = {
        found.group()
        for found in pattern.finditer(text)
        if _whole_word(text, found) and date_in_text(text[found.end() : found.end() + LABELLED_REACH])
    }
    if not labels:
        return
    for el in scope.iter(etree.Element):
        if el.tag in _NOT_TEXT:
            continue
        for owner, own in ((el, el.text), (el.getparent(), el.tail)):
            if own and owner is not None and any(label in own.lower() for label in labels):
                line = (element_text(el) if owner is el else own).lower()
                for found in pattern.finditer(line):
                    if _whole_word(line, found) and _opens_part(line, found):
                        yield owner, line[found.end() : found.end() + LABELLED_REACH]
                        break


# What a label of a date line follows when it does not open its line: a separator, the time or date of
# another label ("14:49:39 Erschienen am: ..."), a bracket. A label after words is a sentence's verb: "The
# study, published March 3, 2019 in ..." dates the study, not the story (hand-built).
_PART_END = "|·•–—-/:;)]》】0123456789"


def _opens_part(line: str, found: re.Match[str]) -> bool:
    before = line[: found.start()].rstrip()
    return not before or before[-1] in _PART_END or ord(found.group()[0]) >= _CJK_START


def _whole_word(text: str, found: re.Match[str]) -> bool:
    """A Latin-script label is a word of its own ("posted", not "reposted" or "postedby"); a CJK one
    stands inside its run of characters ("記事公開日")."""
    if ord(found.group()[0]) >= _CJK_START:
        return True
    start, end = found.start(), found.end()
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


def spaced_text(el: etree._Element) -> str:
    """`el`'s text with a space between the text of each of its elements: a date badge prints day, month
    and year in <span>s of their own that CSS sets apart, with no space between them in the markup
    (WordPress themes' <div class="datum"><span class="monat">Feb</span> <span class="tag">18</span><span
    class="jahr">2009</span></div>, read "Feb 182009" as one text)."""
    pieces: list[str] = []
    _pieces(el, pieces)
    return " ".join(piece for piece in (p.strip() for p in pieces) if piece)


def _pieces(el: etree._Element, pieces: list[str]) -> None:
    if isinstance(el.tag, str) and el.tag not in _NOT_TEXT and el.text:
        pieces.append(el.text)
    for child in el:
        _pieces(child, pieces)
        if child.tail:
            pieces.append(child.tail)


def with_machine_time(el: etree._Element, value: str) -> str:
    """`value`, a bare day read from the text of date line `el` ("March 05, 2025"), as the instant a
    <time datetime> of that line gives for the same day, with its offset ("2025-03-05T08:30:00-08:00"):
    the line is the one date, its attribute says more than its text. (Blogger's
    <a class="timestamp-link" href=permalink><time datetime=...>: passed over as a <time> when the
    permalink's path is not the fetched URL's, then read back as midnight UTC from its text.)"""
    if not value.endswith("T00:00:00+00:00"):
        return value
    for time in el.iter("time"):
        precise = normalise_date(time.get("datetime"))
        if precise and precise[:10] == value[:10]:
            return precise
    return value
