"""Dates of other stories and of the site on a story's page: related lists, teaser links with their dates,
a top bar's clock, the copyright line and the site footer. The publication and modification dates
(fields/dates.py, fields/modified.py) are never read there."""

from __future__ import annotations

import copy
import re
from urllib.parse import urlsplit

from lxml import etree

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


_OTHER_STORY_BOXES = etree.XPath("//aside | //nav | //*[@class or @id] | //a[@href]")


def without_other_stories(tree: etree._Element, page_paths: frozenset[str]) -> etree._Element:
    """A copy of the page without what holds other stories' dates (related lists, links to other pages
    with their dates, asides, the top bar's clock, the site footer): what htmldate's whole-page search
    may read. (A last resort: the copy is made only on pages no other source dated.)"""
    copied = copy.deepcopy(tree)
    drop = []
    for el in _OTHER_STORY_BOXES(copied):
        if el.tag in ("aside", "nav"):
            drop.append(el)
        elif el.tag == "a":
            if _links_elsewhere(el.get("href"), page_paths) and _HOLDS_DIGIT(el):
                drop.append(el)
        else:
            ident, classes = el.get("id") or "", el.get("class") or ""
            if _SITE_FOOTER_ID.search(ident) or _OTHER_STORY_TOKEN.search(f"{ident} {classes}"):
                drop.append(el)
    for el in drop:
        if el.getparent() is not None:  # (not already gone with a dropped ancestor)
            el.drop_tree()  # (lxml.html: the text after the box, the page's own, stays)
    return copied


_HOLDS_DIGIT = etree.XPath("boolean(.//time | .//text()[translate(., '0123456789', '') != .])")


def _links_elsewhere(href: str | None, page_paths: frozenset[str]) -> bool:
    """`href` names a page other than this one (compared by path: scheme, host, query and fragment vary)."""
    if not href or href.startswith("#"):
        return False
    path = urlsplit(href).path.rstrip("/")
    return bool(path) and path not in page_paths
