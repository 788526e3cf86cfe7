"""Author names: where a page names its authors (the cleaning of a byline into person names is in
extract/author_names.py).

Rules as data, most specific first. Each was added for a pattern seen across sites of the tune halves of
the shared corpora (benchmarks/generalisation.py), never for one page:
- JSON-LD authors given as {"@id": ...} references to Person nodes of the graph (Yoast-style pages);
- <meta> names other than `author` (Parse.ly, Sailthru, Dublin Core, `byl`, Shareaholic);
- visible bylines marked by class/id/rel/itemprop in any language ("author", "byline", German "autor",
  "verfasser", "redakteur"), outside comments, forms and related-story lists;
- bylines lose their lead-in ("By", "Von", "Par", "Geschrieben von", "Eingestellt von", "Interview:"),
  trailing dates, roles and "says"; "A, B and C" and other languages' "and" split into names;
- an organisation (the site's own name, a domain, "Redaktion") gives way to person names found elsewhere.
Bylines written in the text ("Autor: X", "von X") are found by extract/byline_lines.py. The last two
points' rules are in extract/author_names.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from newsarchive.extract.author_names import (  # noqa: F401 (names other modules import from here)
    _AGENCIES,
    _looks_like_name,
    clean_authors,
    cut_byline,
    full_name,
    looks_like_organisation,
    persons_of,
)
from newsarchive.extract.content.literals import FoldedSearch
from newsarchive.extract.noise.apply import in_noise
from newsarchive.extract.noise.rules import RULE_NAMES
from newsarchive.extract.selectors import class_id
from newsarchive.extract.text import clean

#: <meta> names that hold the author, after `author` itself (values that are URLs are skipped)
AUTHOR_META_KEYS = (
    "author",
    "article:author_name",
    "article:author",
    "byl",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "dc:creator",  # (RDFa's spelling, <meta property="dc:creator">)
    "dcterms:creator",
    "citation_author",
    "shareaholic:article_author_name",
    "cxenseparse:author",
)


# Elements whose class/id/rel/itemprop/data-component/data-testid names them as a byline or author, and
# <byline>. One walk over the elements with each distinct attribute value tested once: a news page repeats
# a few hundred class values over thousands of elements. An XPath union of the six attributes cost 1.7 ms
# a page on aeb-dev, this 1.2 ms; an EXSLT regex over every element's attributes ~7 ms. The words are
# matched in the lower-cased value: a case-insensitive alternation is ~5x slower in Python's re.
# (and the data attributes some CMSs mark their components with instead of a class: The Washington Post's
# "data-qa" ("author-name"), Seznam's "data-dot" on Novinky.cz and Seznam Zprávy ("ogm-article-author"); probe
# pages, hand-built); "writeBy" is Youm7's byline ("كتب محمد السيد": a probe page, hand-built)
_BYLINE_ATTRIBUTE_NAMES = (
    "class", "id", "rel", "itemprop", "data-component", "data-testid", "data-qa", "data-dot"
)  # fmt: skip
_BYLINE_WORDS = re.compile(
    "author|byline|autor|auteur|writer|written|wrote|writeby|verfasser|redakteur|submitted|posted-by|journalist"
    "|zuozhe"
)
_NOT_CANDIDATES = frozenset(
    {"script", "style", "meta", "link", "body", "html", "form", "input", "textarea", "label", "button", "img",
     "select"}
)  # fmt: skip


_BYLINE_ATTRIBUTES = frozenset(_BYLINE_ATTRIBUTE_NAMES)


def byline_candidates(tree: etree._Element) -> list[etree._Element]:
    found: list[etree._Element] = []
    tested: dict[str, bool] = {}
    # (elements only, no comments or processing instructions; an element's (name, value) pairs come as
    # one list from C, empty on most elements: cheaper than a lookup of each of the six names)
    for el in tree.iter(etree.Element):
        tag = el.tag
        if tag in _NOT_CANDIDATES:
            continue  # elements that never hold a byline
        if tag != "byline":
            for name, value in el.items():
                if name not in _BYLINE_ATTRIBUTES:
                    continue
                hit = tested.get(value)
                if hit is None:
                    hit = tested[value] = _BYLINE_WORDS.search(value.lower()) is not None
                if hit:
                    break
            else:
                continue
        found.append(el)
    return found


# Bylines of comments, author bio boxes of other stories, forms: not the article's author.
# (these four case-insensitive: content/literals.py FoldedSearch)
_NOT_BYLINE = FoldedSearch(
    r"comment|respond|reply|related|recommend|teaser|sidebar|widget|newsletter|avatar|form|footer"
    r"|latest|popular|more-|list-item|card|share|social"
)
_NOT_BYLINE_AROUND = FoldedSearch(r"related|recommend|sidebar|widget|teaser|popular|latest")
_COMMENTS = FoldedSearch(r"comment|respond|reply|discussion|forum-post")
_AUTHORISH = FoldedSearch(r"author|byline|autor")
_NOT_BYLINE_TAGS = frozenset({"nav", "form", "menu"})
# A <figure>'s byline is its picture's credit or caption ("<figure><div class=cutline-byline>Fotos: EL
# HERALDO/ AFP", "<figure><span class=img-author>Mike Blake/Reuters"), or a card of another story; a
# photographer is not the article's author. A figure named as an author box is one (giga.de, familie.de
# "<figure class=alice-author-box>").
_PICTURE_TAGS = frozenset({"figure", "figcaption"})
# Site menus as lists: a menu item whose class names its page ("<ul class=menu><li class=menu-journalisten-
# preis>", WordPress's "menu-item"), never a byline. Only lists: "with-navigation" and "content-and-menu"
# name the layout of the page's main column (hpd.de, livenet.ch, therepublic.com bylines sit in one).
_MENU = re.compile(r"(?:^|[\s_-])(?:menu|navigation|navbar)(?:$|[\s_-])", re.I)
_LIST_TAGS = frozenset({"ul", "ol", "li"})
# Containers that hold the story itself, named like a box beside it: Blogger's posts column is a
# "widget Blog" (its footer's "Posted by" is the post's byline).
_STORY_CONTAINER = re.compile(r"(?:^|\s)widget Blog(?:\s|$)")


# Noise that does not disqualify a byline inside the story: the story's own <footer>/<header> ("Posted by
# Günter W. Kienitz at 18:52" in the post footer). Screen-reader-only text still does.
BYLINE_NOISE = tuple(name for name in RULE_NAMES if name != "chrome")
# The headline's container up to this much text is the article's header (h1, kicker, byline, date);
# a larger one is the whole story, where a related-stories box may sit beside the byline.
HEADER_MAX_CHARS = 1500
_TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")
# A link that holds a byline and this much more text is a card of another story (its headline, teaser):
# "<a href=/other-story><h3>...</h3><div class=listing__item__author>Von X am 08.12.2022</div></a>" in a
# list of stories after the article (humanresourcesmanager.de); an author's own link wraps only the name.
CARD_EXTRA_CHARS = 20


def _card_link(link: etree._Element, el: etree._Element) -> bool:
    return bool(_TEXT_LENGTH(link) > _TEXT_LENGTH(el) + CARD_EXTRA_CHARS)


# Where an author box names its author when it holds a biography too.
_BOX_NAME = etree.XPath(
    ".//*[self::h2 or self::h3 or self::h4 or self::h5 or self::strong or @itemprop='name'"
    " or contains(concat(' ', normalize-space(@class), ' '), ' fn ') or @rel='author']"
)
_BOX_HEADING = etree.XPath(".//*[self::h2 or self::h3 or self::h4 or self::h5]")


def byline_elements(
    tree: etree._Element, scope: etree._Element, headline: etree._Element | None = None
) -> list[etree._Element]:
    """Byline candidates in document order, those inside the story first.

    `headline` (the article's <h1>): a candidate in the same small container as the headline is the
    article's byline whatever that container is called ("teaser-small__metadata" on the article's own
    header)."""
    header = _header_of(headline)
    layout = frozenset(headline.iterancestors()) if headline is not None else frozenset()
    found = [el for el in byline_candidates(tree) if not _excluded(el, header, layout)]
    inside = [el for el in found if el is scope or any(a is scope for a in el.iterancestors())]
    return inside + [el for el in found if not any(el is i for i in inside)]


def _header_of(headline: etree._Element | None) -> etree._Element | None:
    parent = headline.getparent() if headline is not None else None
    if parent is None or parent.tag in ("body", "html") or _TEXT_LENGTH(parent) > HEADER_MAX_CHARS:
        return None
    return parent


def _excluded(
    el: etree._Element, header: etree._Element | None = None, layout: frozenset[etree._Element] = frozenset()
) -> bool:
    """`layout`: the headline's ancestors. A box named like one beside the story ("sidebar-wrapper") that
    holds the headline is the page's layout, not a box of other stories (fincompare.de's author box)."""
    own = class_id(el)
    if el.tag in _NOT_BYLINE_TAGS or (el.tag in _LIST_TAGS and _MENU.search(own)):
        return True
    if el.tag in _PICTURE_TAGS and not _AUTHORISH(own):
        return True
    if _NOT_BYLINE(own) and not _AUTHORISH(own):
        return True
    in_footer = False
    near_headline = header is not None and any(a is header for a in el.iterancestors())
    for ancestor in el.iterancestors():
        if ancestor.tag in ("body", "html"):
            break  # the classes of <body> name the page's layout ("x-content-sidebar-active"), not a box
        if ancestor.tag == "a" and not near_headline and _card_link(ancestor, el):
            return True  # a story card: the link to another story wraps its headline and its byline
        attrs = class_id(ancestor)
        if ancestor.tag in _NOT_BYLINE_TAGS or _COMMENTS(attrs):
            return True
        if ancestor.tag in _LIST_TAGS and _MENU.search(attrs):
            return True
        if ancestor.tag in _PICTURE_TAGS and not _AUTHORISH(attrs):
            return True
        if near_headline or ancestor.tag in ("article", "main") or _STORY_CONTAINER.search(attrs):
            return False  # the story's own header/footer/aside holds its byline
        if ancestor.tag in ("footer", "aside"):
            in_footer = True
        elif _NOT_BYLINE_AROUND(attrs) and ancestor not in layout:
            return True
    return in_footer


def byline_in_noise(el: etree._Element, scope: etree._Element) -> bool:
    """The byline candidate sits in a noise element below the story's container (see BYLINE_NOISE)."""
    return in_noise(el, top=scope, rules=BYLINE_NOISE, leaves=(), transparent=("noscript",))


def byline_names(el: etree._Element) -> list[str]:
    """Person names of one byline element ("By Poppy Reid Feb 21, 2020" -> ["Poppy Reid"]).

    An author box with a biography ("Martin Junker" over three lines about him): the name in its
    heading, its vcard/itemprop name or its author link."""
    # the words of inline elements apart: <span>By</span><a>J.R. Stone</a>, "Inga Hoeltmann<a>Follow</a>"
    text = _spaced_text(el)
    if not text:
        return []
    # a heading inside makes it an author box even when short: its other lines are a biography
    # ("<h4>Teufel Blog Redaktion</h4><p>Alles über Lautsprecher, Heimkino & Tricks für zu Hause</p>")
    if len(text) <= 150 and not _BOX_HEADING(el):
        found = clean_authors([cut_byline(text)])
        if found or len(text) <= 60:
            return found
    for part in _BOX_NAME(el)[:3]:
        found = clean_authors([cut_byline(_spaced_text(part))])
        if found and all(_looks_like_name(n, strict=False) for n in found):
            return found
    return []


# An element that holds the author's name (not a biography: <p class="author-bio">), or one whose class ends
# in "author" (News24's '<span class="article__author">' beside '<span class="article__brand">News24</span>'
# in one byline block read "Lerato Sejake News24"; a probe page, hand-built): not "author-role", "author-bio"
_NAME_ELEMENT = re.compile(r"name|(?:^|[\s_-])author(?:$|\s)", re.I)


def narrow_to_inner_names(found: list[str], el: etree._Element, later: list[etree._Element]) -> list[str]:
    """A byline holding a byline of its own: the inner one's full name where the outer one's adds words
    around it (<div class="authorinfo">Tech Insider <span class="authorname" itemprop="author">Alex
    Perry</span></div>: the provider's name before the person's). The inner element must be named as a
    name: a biography inside an author box holds other words ("Alles über Lautsprecher, Heimkino")."""
    inner: list[str] = []
    for other in later:
        if _NAME_ELEMENT.search(class_id(other)) and any(a is el for a in other.iterancestors()):
            inner.extend(n for n in byline_names(other) if full_name(n) and n not in found and n not in inner)
        if len(inner) > len(found):
            return found  # several names inside: pieces of the outer byline, not its person
    narrowed = []
    for name in found:
        inside = [n for n in inner if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", name)]
        narrowed.append(inside[0] if len(inside) == 1 else name)
    return narrowed


# A sponsor's label right before a byline element: "<span>Presented by</span><span class="author-name">Acme
# Bank</span>", "Sponsored by", "Powered by", "Brought to you by" (a theme's sponsor slot in its byline
# block; a probe page, hand-built, tests/test_extract_fields14.py): the element names the sponsor, no writer
_SPONSOR_LABEL_END = re.compile(
    r"(?:presented|sponsored|powered|supported|underwritten|brought\s+to\s+you)\s+by\s*:?\s*$", re.I
)


def after_sponsor_label(el: etree._Element) -> bool:
    """The text right before `el` in its parent ends with a sponsor's label ("Presented by")."""
    prev, parent = el.getprevious(), el.getparent()
    if prev is not None:
        before = (prev.tail or "").strip() or "".join(prev.itertext())
    else:
        before = (parent.text or "") if parent is not None else ""
    return bool(before) and _SPONSOR_LABEL_END.search(before[-40:]) is not None


def _spaced_text(el: etree._Element) -> str:
    parts: list[str] = []
    _shown_text(el, parts)
    return clean(" ".join(parts))


# A byline's text as its reader sees it: not the copy of a name kept for screen readers or hidden by a
# class (arteradio.com "Kristen Falc'hon<span class=u-screen-reader-text>Kristen Falc'hon</span>",
# stackexchange.com "<a>user5105</a><span class=d-none itemprop=name>user5105</span>": one name read
# twice). Bootstrap's "d-none d-md-block" shows on wider screens: not hidden.
_HIDDEN_CLASS = re.compile(
    r"screen-reader|sr-only|visually-?hidden|(?<!\S)d-none(?!\S)(?!.*\bd-\w+-(?!none))"
)
_UNREAD = frozenset({"script", "style", "template"})
# The place the story was filed from, set in the byline in an element of its own: no part of a name
# (Prothom Alo's '<span class="contributor-name">নিজস্ব প্রতিবেদক</span><span class="location">ঢাকা</span>';
# a probe page, hand-built)
# ... nor is the writer's role or the wire or desk set beside the name in an element named for it (News
# Corp Australia's '<a href=/journalists/x>Angira Bharadwaj</a><span class="author_role">NCA NewsWire</span>'
# read "Angira Bharadwaj NCA NewsWire"; a probe page, hand-built: tests/test_extract_unseen_shapes12.py)
_PLACE_CLASS = re.compile(r"(?:^|[\s_-])(?:location|dateline|role|job-?title|affiliation)(?:$|\s)")


def _shown_text(el: etree._Element, parts: list[str]) -> None:
    parts.append(el.text or "")
    for child in el:
        if (
            isinstance(child.tag, str)
            and child.tag not in _UNREAD
            and child.get("hidden") is None
            and child.get("aria-hidden") != "true"
            and not _HIDDEN_CLASS.search(child.get("class") or "")
            and not _PLACE_CLASS.search(child.get("class") or "")
        ):
            _shown_text(child, parts)
        parts.append(child.tail or "")


# A link to an author's page: a writer's archive or profile under a folder named for writers ("/author/
# jane-doe/", WordPress's; "/autor/", "/people/", "/staff/", "/reporters/", "/profile/"), one slug deep.
# (a number may come before the slug: Gannett's "/staff/2648000/zach-wichter/", the writer's link of some
# two hundred USA TODAY Network papers; a probe page, hand-built, tests/test_extract_unseen_shapes12.py)
# Themes that set no class on their byline still link the name there ("<div class=post-meta><a
# href=/author/jane-doe/>Jane Doe</a> | March 3, 2020</div>"; hand-built).
_AUTHOR_PAGE = re.compile(
    r"/(?:authors?|autor(?:en|in)?|auteurs?|autores|people|profiles?|profil|contributors?|journalist(?:s|en)?"
    r"|writers?|columnists?|staff|reporters?|redakteur(?:e|in)?)/(?:\d+/)?[^/?#]+/?$",
    re.I,
)
#: how many elements after the headline are read for a link to the author's page
AUTHOR_LINK_ELEMENTS = 80
#: a paragraph this long is the story's text: the header, where a byline sits, is over (a byline line with
#: its role and dates, "By Jane Doe, Staff Writer | March 3, 2020 | Updated March 4, 2020", is shorter)
STORY_PARAGRAPH_CHARS = 100


def author_page_links(headline: etree._Element) -> list[etree._Element]:
    """The links to an author's page in the article's header: the headline's own container (a byline set
    above the headline) and the elements after the headline up to the story's first paragraph of text
    (never in the text: "as our colleague <a href=/author/x>X</a> reported" names another writer)."""
    header = _header_of(headline)
    found = [a for a in (header.iter("a") if header is not None else ()) if _AUTHOR_PAGE.search(_path(a))]
    for el in _after(headline):
        if el.tag == "p" and _TEXT_LENGTH(el) > STORY_PARAGRAPH_CHARS:
            break
        if el.tag == "a" and _AUTHOR_PAGE.search(_path(el)) and not any(el is f for f in found):
            found.append(el)
    return [a for a in found if not _in_prose(a) and not _in_tag_list(a) and not _excluded(a, header)]


# A row of the story's tags or topics under its headline links persons it is about to their topic pages,
# which some sites keep under /people/ or /profile/ ("<div class=topics><a href=/people/elon-musk>": the
# story's subject, not its writer; hand-built, review of session 7)
_TAG_LIST = re.compile(r"(?<![a-z])(?:tags?|topics?|keywords?|schlagw|themen|stichw|mots-cles)", re.I)


def _in_tag_list(link: etree._Element) -> bool:
    if "tag" in (link.get("rel") or "").split():
        return True
    return any(_TAG_LIST.search(class_id(a)) for a, _ in zip(link.iterancestors(), range(4), strict=False))


def _in_prose(link: etree._Element) -> bool:
    paragraph = next(link.iterancestors("p"), None)
    return paragraph is not None and _TEXT_LENGTH(paragraph) > STORY_PARAGRAPH_CHARS


def _path(link: etree._Element) -> str:
    href = (link.get("href") or "").split("#", 1)[0].split("?", 1)[0]
    return href if "//" not in href else "/" + href.split("//", 1)[1].partition("/")[2]


def _after(el: etree._Element) -> Iterator[etree._Element]:
    """The elements after `el` in document order (not inside it), at most AUTHOR_LINK_ELEMENTS."""
    count = 0
    node: etree._Element | None = el
    while node is not None and node.tag not in ("body", "html"):
        for sibling in node.itersiblings():
            for item in sibling.iter(etree.Element):
                yield item
                count += 1
                if count >= AUTHOR_LINK_ELEMENTS:
                    return
        node = node.getparent()
