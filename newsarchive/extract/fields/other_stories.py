"""Dates of other stories and of the site on a story's page: related lists, teaser links with their dates,
a top bar's clock, the copyright line and the site footer. The publication and modification dates
(fields/dates.py, fields/modified.py) are never read there."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from newsarchive.dates import normalise_date

# Class/id tokens of a container whose dates belong to other stories or to the site, not to this story:
# related/"similar" lists (dw.com "relatedContent", bike-magazin.de "timeline similar", hrjournal.de
# "m-a-box-related-entry-date", herrpfleger.de "herald-related"), a top bar's clock (heartlandnewsfeed.com
# "jeg_top_date": the crawl date) and the copyright line. Searched in each class and id token of the date
# line and its ancestors up to the story. ("teaser" and "comment" are not here: cicero.de's own byline is
# "teaser-small__metadata", theverge.com's "date-and-comments"; comment threads are noise already.)
_OTHER_STORY_TOKEN = re.compile(
    r"related|similar|recommend|topbar|top-bar|top_date|top-date|copyright", re.IGNORECASE
)
# ... and the site footer, named by its id (entermedia.co.kr id="footer-info": the publisher's
# registration date, 2012, on a story of 2018); a footer *class* is often the story's own (martinruetter.com
# <div class="footer"> under the article holds its date line, as WordPress's "entry-footer" does)
_SITE_FOOTER_ID = re.compile(r"footer", re.IGNORECASE)


def in_other_story(el: etree._Element, scope: etree._Element, page_paths: frozenset[str]) -> bool:
    """`el` or a container of it up to `scope` is named for other stories or the site (_OTHER_STORY_TOKEN),
    or sits in a link to another page (a teaser's "<a href=/other-story><h2>... <span class=date>"; a
    blog's date linked to its own permalink (`page_paths`: the paths of the page's URL and canonical URL),
    or a date that is itself a link to the day's archive, stays). Run only on an element that holds a date,
    so the walk up costs nothing on most pages."""
    node: etree._Element | None = el
    while node is not None and node is not scope:
        if node.tag == "a" and node is not el and _links_elsewhere(node.get("href"), page_paths):
            return True
        classes, ident = node.get("class"), node.get("id")
        if ident and (_SITE_FOOTER_ID.search(ident) or _OTHER_STORY_TOKEN.search(ident)):
            return True
        if classes and _OTHER_STORY_TOKEN.search(classes):  # (no pattern spans a space: token by token)
            return True
        node = node.getparent()
    return False


_TIMES = etree.XPath("//time[@datetime]")


def other_stories_days(tree: etree._Element) -> frozenset[str]:
    """The days (YYYY-MM-DD) the page's <time datetime> elements give only inside a box named for other
    stories (_OTHER_STORY_TOKEN: a related list) or the site footer: a date found there, and nowhere else in
    a <time>, is not this story's. (A link around a <time> says nothing here: a story's own date is often
    inside the link to its author's page.)"""
    own: set[str] = set()
    other: set[str] = set()
    headline_boxes = {box for h1 in tree.iter("h1") for box in (h1, *h1.iterancestors())}
    for el in _TIMES(tree):
        value = normalise_date(el.get("datetime"))
        if value:
            (other if _in_named_box(el, headline_boxes) else own).add(value[:10])
    return frozenset(other - own)


def _in_named_box(el: etree._Element, headline_boxes: set[etree._Element]) -> bool:
    for node in el.iterancestors():
        if node in headline_boxes:
            return False  # a box that holds the headline is the story's ("header-with-topbar")
        classes, ident = node.get("class"), node.get("id")
        if ident and (_SITE_FOOTER_ID.search(ident) or _OTHER_STORY_TOKEN.search(ident)):
            return True
        if classes and _OTHER_STORY_TOKEN.search(classes):
            return True
    return False


def _links_elsewhere(href: str | None, page_paths: frozenset[str]) -> bool:
    """`href` names a page other than this one (compared by path: scheme, host, query and fragment vary)."""
    if not href or href.startswith("#"):
        return False
    path = urlsplit(href).path.rstrip("/")
    return bool(path) and path not in page_paths
