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
# "jeg_top_date": the crawl date), the copyright line, and a cited work's dates in a reference list
# (MediaWiki's <ol class="references"> ... <cite class="citation"> ... <span class="reference-accessdate">.
# Retrieved 17 February 2008</span>: readability's wikipedia-2; not "reference" alone: hausinfo.ch's own
# date is in "mdl-ghi-article-references"). Searched in each class and id token of the date
# line and its ancestors up to the story. ("teaser" and "comment" are not here: cicero.de's own byline is
# "teaser-small__metadata", theverge.com's "date-and-comments"; comment threads are noise already.)
_OTHER_STORY_TOKEN = re.compile(
    r"related|similar|recommend|topbar|top-bar|top_date|top-date|copyright|accessdate|citation", re.IGNORECASE
)
# ... and the site footer, named by its id (entermedia.co.kr id="footer-info": the publisher's
# registration date, 2012, on a story of 2018); a footer *class* is often the story's own (martinruetter.com
# <div class="footer"> under the article holds its date line, as WordPress's "entry-footer" does)
_SITE_FOOTER_ID = re.compile(r"footer", re.IGNORECASE)


def in_other_story(
    el: etree._Element,
    scope: etree._Element,
    page_paths: frozenset[str],
    hosts: frozenset[str] = frozenset(),
) -> bool:
    """`el` or a container of it up to `scope` is named for other stories or the site (_OTHER_STORY_TOKEN),
    or sits in a link to another page (a teaser's "<a href=/other-story><h2>... <span class=date>"; a
    blog's date linked to its own permalink (`page_paths`: the paths of the page's URL and canonical URL),
    or a date that is itself a link to the day's archive, stays), or in a small card beside a link to
    another story of the site (`hosts`: the page's hosts; in_story_card). Run only on an element that
    holds a date, so the walk up costs nothing on most pages."""
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
    return in_story_card(el, scope, page_paths, hosts)


# A teaser card of another story: a small box (at most CARD_TEXT_MAX characters of text, up to CARD_LEVELS
# boxes up from the date, none holding an <h1>: the story's own header holds its headline) that also holds
# a link to another page of the site whose text reads as a headline (HEADLINE_WORDS words or more, or
# HEADLINE_CJK_CHARS characters of a script written without spaces). Its date is that story's, whatever
# the card is called: an unnamed <aside> right after the headline ("<aside><a href=/other-story>Farmers
# fear the new tariffs</a> <time>March 2, 2019</time></aside>", review of session 6, hand-built), a
# "teaser" (cicero.de's own byline is "teaser-small__metadata", so no class name can say it).
CARD_LEVELS = 3
CARD_TEXT_MAX = 250
HEADLINE_WORDS = 4
HEADLINE_CJK_CHARS = 10
_CJK_START = 0x2E80  # CJK radicals onwards: Japanese, Chinese, Korean script
# Links of the story's own byline or labels, whatever their text: an author's, a tag's, a section's page
# (the section words of other languages and plurals too: "/sections/local-government-and-politics")
# ("By <a href=/author/mary-ann-van-der-berg>Mary Ann van der Berg</a>, 5 March 2019")
_NOT_STORY_PATH = re.compile(
    r"/(?:authors?|autor(?:en)?|auteurs?|autore|autores|writers?|people|person|profiles?|profil|staff"
    r"|team|contributors?|users?|members?|tags?|topics?|thema|themen|category|categories|kategorie"
    r"|rubrik|rubriken|rubriques?|ressorts?|categorias?|categorie|kategorien|schlagwort|sections?|search"
    r"|suche)(?:/|$)",
    re.IGNORECASE,
)
_OWN_RELS = frozenset({"author", "tag", "category"})


def in_story_card(
    el: etree._Element, scope: etree._Element, page_paths: frozenset[str], hosts: frozenset[str]
) -> bool:
    """`el` (which holds a date) sits in a small card beside a headline link to another story of the site
    (CARD_LEVELS, CARD_TEXT_MAX above)."""
    node: etree._Element | None = el
    for _ in range(CARD_LEVELS + 1):
        if node is None or node is scope or node.tag in ("body", "html"):
            return False
        if node.tag == "h1" or next(node.iter("h1"), None) is not None or _longer_than(node, CARD_TEXT_MAX):
            return False
        if any(_links_to_story(a, page_paths, hosts) for a in node.iter("a")):
            return True
        node = node.getparent()
    return False


def _links_to_story(a: etree._Element, page_paths: frozenset[str], hosts: frozenset[str]) -> bool:
    href = (a.get("href") or "").strip()
    if not _links_elsewhere(href, page_paths) or _OWN_RELS.intersection((a.get("rel") or "").split()):
        return False
    parts = urlsplit(href)
    if parts.scheme not in ("", "http", "https") or _NOT_STORY_PATH.search(parts.path):
        return False
    if parts.netloc and _bare_host(parts.hostname) not in hosts:
        return False  # another site's page: a share button, a social profile, an ad
    if not (_heading_link(a) or _story_path(parts.path)):
        return False  # a section's, a category's or an archive's page ("in <a href=/local-government-and-
        # politics/>Local Government and Politics</a>" beside WordPress's own <time class="entry-date">)
    if not _heading_link(a) and section_link(a, parts.path, page_paths):
        return False
    text = " ".join(a.itertext())
    # words of letters: a link to an issue's contents, "7 April 2020 Volume 172, Issue 7" (acpjournals.org,
    # the issue box beside the story's date line), is numbers and a date, no headline
    if sum(1 for word in text.split() if sum(c.isalpha() for c in word) >= 2) >= HEADLINE_WORDS:
        return True
    return sum(1 for c in text if ord(c) >= _CJK_START) >= HEADLINE_CJK_CHARS


# A story's address, as sites name them: a day in the path ("/2019/03/02/", "/20190302/"), an id of 4 digits
# or more ("/news/12345", "c_1310.htm"), or a slug of STORY_SLUG_WORDS words below a section
# ("/news/farmers-fear-tariffs"). A one-level slug without digits ("/local-government-and-politics/") is a
# section or a category as often as a story, so only a heading link (_heading_link) makes that a story.
STORY_SLUG_WORDS = 3
_STORY_DAY_OR_ID = re.compile(r"(?:^|[/_-])(?:(?:19|20)\d\d[/_-]?\d\d?(?:[/_-]?\d\d?)?|\d{4,})(?:[/._-]|$)")
_SLUG_WORD = re.compile(r"[^\W\d_]{2,}")
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _story_path(path: str) -> bool:
    if _STORY_DAY_OR_ID.search(path):
        return True
    segments = [segment for segment in path.split("/") if segment]
    return len(segments) >= 2 and len(_SLUG_WORD.findall(segments[-1])) >= STORY_SLUG_WORDS


# The words that set a section's or a category's link in a story's own meta line: "Posted on March 3, 2020
# in <a>Local Government and Politics</a>", "Filed under", "Veröffentlicht in", "Publié dans", "Publicado
# en" (WordPress themes' "posted in", hand-built probe; a teaser's headline link never follows them)
_IN_SECTION = re.compile(
    r"\b(?:in|under|unter|dans|en|em|sous|kategorie|category|rubrik|rubrique|ressort)\s*:?\s*$",
    re.IGNORECASE,
)


# Class tokens (whole tokens: WordPress's post_class puts "category-news" on every teaser <article>) that
# name a category or section chip, on the link or its wrapper: WordPress themes' "cat-links",
# "entry-categories", "post-categories", "post-category"; news themes' "kicker", "eyebrow", "section-link"
# (hand-built probes of Twenty-Twenty-style, GeneratePress, Newspack and Arc themes)
_SECTION_TOKENS = frozenset(
    {"cat-links", "cat-link", "categories", "category", "category-link", "entry-categories",
     "entry-category", "post-categories", "post-category", "post-cat", "cat", "section-link", "section-name",
     "kicker", "eyebrow", "rubrik", "ressort", "rubrique"}
)  # fmt: skip


def section_link(a: etree._Element, path: str, page_paths: frozenset[str]) -> bool:
    """`a` (no heading's link) names a section's page, not another story's, though its address reads as a
    story's ("/news/local-government-and-politics/": a slug of four words below a section): the page's own
    address lies below it (a BLOX or Arc site's "/news/local/govt-and-politics/" over
    ".../article_<id>.html"), the link or its wrapper is a category chip (_SECTION_TOKENS), or the words
    before it set a section ("in", "Filed under")."""
    folder = path.rstrip("/") + "/"
    if any(own.startswith(folder) for own in page_paths):
        return True
    parent = a.getparent()
    for node in (a, parent) if parent is not None else (a,):
        if _SECTION_TOKENS.intersection((node.get("class") or "").lower().split()):
            return True
    return bool(_IN_SECTION.search(_text_before(a)))


def _text_before(a: etree._Element) -> str:
    """The text right before `a` in its line (up to two wrappers up: "in <span class=cat-links><a>")."""
    node = a
    for _ in range(3):
        before, parent = node.getprevious(), node.getparent()
        if before is not None:
            return (before.tail or "")[-40:]
        if parent is None:
            return ""
        if parent.text and parent.text.strip():
            return parent.text[-40:]
        node = parent
    return ""


def _heading_link(a: etree._Element) -> bool:
    """`a` is a heading's link or holds a heading: a teaser's headline, whatever its address."""
    parent = a.getparent()
    if parent is not None and parent.tag in _HEADINGS:
        return True
    return any(node.tag in _HEADINGS for node in a.iterdescendants())


def _longer_than(node: etree._Element, limit: int) -> bool:
    """The text of `node` is over `limit` characters (read only as far as that)."""
    length = 0
    for text in node.itertext():
        length += len(text.strip())
        if length > limit:
            return True
    return False


def page_hosts(*urls: str | None) -> frozenset[str]:
    """The hosts (without "www.") a link of the page's own site names: the fetched URL's and the
    canonical's."""
    return frozenset(_bare_host(urlsplit(url).hostname) for url in urls if url)


def _bare_host(host: str | None) -> str:
    host = (host or "").lower()
    return host[4:] if host.startswith("www.") else host


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
