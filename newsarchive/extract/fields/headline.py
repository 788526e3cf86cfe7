"""Headline and standfirst of the generic page: the title the publisher shows on the article, checked
against the page's metadata titles with the site's name cut off."""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from lxml import etree

from newsarchive.extract.fields.common import in_chrome, is_ancestor, memo
from newsarchive.extract.fields.page_labels import page_labels
from newsarchive.extract.fields.standfirst import in_box_of_its_own, standfirst_after
from newsarchive.extract.fields.titles import (
    CUT_MARKS,
    SHOWN_SEPARATOR,
    completed,
    cut_at_mark,
    cut_date_parts,
    decoded,
    echoes,
    feed_site_name,
    host_names,
    is_generic,
    is_id_like,
    is_site_name,
    names_slug,
    norm_title,
    outer_part,
    share_word,
    slug_words,
    strip_site_name,
)
from newsarchive.extract.jsonld import as_text, types_of
from newsarchive.extract.selectors import class_id, css_predicate
from newsarchive.extract.text import clean, element_text

if TYPE_CHECKING:
    from newsarchive.extract.document import Document

STANDFIRST_SELECTORS = (
    "[class*='standfirst']",
    "[class*='sub-title']",
    "[class*='subtitle']",
    "[class*='subheadline']",
    "[class*='sub-headline']",
    "[class*='dek']",
    "[class*='deck']",
    "[itemprop='alternativeHeadline']",
    "[itemprop='description']",
    # the Vietnamese CMSs' lead under the headline, past the byline and date row ("detail-sapo": Thanh
    # Niên, a probe page, hand-built; tests/test_extract_unseen_shapes11.py)
    "[class*='sapo']",
)
# One of these is in the page's class/itemprop values whenever a STANDFIRST_SELECTORS can match.
_STANDFIRST_NEEDLES = (
    "standfirst",
    "sub-title",
    "subtitle",
    "subheadline",
    "sub-headline",
    "dek",
    "deck",
    "alternativeHeadline",
    "description",
    "sapo",
)
_STANDFIRST_PREDICATES = tuple(css_predicate(css) for css in STANDFIRST_SELECTORS)
_STANDFIRST_ANY = etree.XPath(
    "descendant-or-self::*[" + " or ".join(f"({p})" for p in _STANDFIRST_PREDICATES) + "]"
)
_STANDFIRST_TESTS = tuple(etree.XPath(f"boolean(self::*[{p}])") for p in _STANDFIRST_PREDICATES)
_H1_PATHS = (
    etree.XPath("(//article//h1)[1]"),
    etree.XPath("(//main//h1)[1]"),
    etree.XPath("(//h1)[1]"),
)


class HeadlineFields:
    """Mixed into extract.page.Page."""

    doc: Document
    url: str

    def headline_element(self) -> etree._Element | None:
        return self._headline_element

    @cached_property
    def _headline_element(self) -> etree._Element | None:
        tree = self.doc.tree
        for xpath in _H1_PATHS:
            found = xpath(tree)
            if found and element_text(found[0]):
                return found[0]
        return None

    # --- fields --------------------------------------------------------------------------------------
    # Headline: the title the publisher shows on the article (its <h1>, without kicker or hidden
    # labels inside it), checked against the page's metadata titles (JSON-LD headline, og:title, ...,
    # <title>) with the site name cut off. Metadata alone decides when the page has no usable <h1>: one
    # that is the site's logo or name, a link home, a hidden label, or navigation.
    @memo
    def headline(self) -> str | None:
        titles = self._metadata_titles()
        h1 = self._visible_headline()
        # (a title of a few letters is a placeholder: it cannot outvote the <h1>)
        checks = [t for t in titles if len(t) >= 8]
        if h1 and (not checks or any(share_word(h1, t) for t in checks) or self._slug_prefers(h1, checks)):
            # "<h1><span>Corona</span><span>Neue Regeln ab Montag</span></h1>" reads "CoronaNeue Regeln ab
            # Montag" (the theme's CSS sets the two apart) beside og:title "Corona: Neue Regeln ab Montag":
            # the same letters, words run together; the metadata title spells them apart
            norm = norm_title(h1)
            for title in checks:
                if norm_title(title) == norm and _WORDS.findall(h1.casefold()) != _WORDS.findall(
                    title.casefold()
                ):
                    return title
            # "<h1><em>Holocaust-Gedenktag </em>Erinnerung an ...</h1>" with og:title "Erinnerung an ...":
            # an unmarked kicker in front of the title the metadata gives
            for title in checks:
                if (
                    h1 != title
                    and h1.endswith(title)
                    and _starts_with_child(self.headline_element(), h1, title)
                ):
                    return title
                # "<h1>Headline<br><span>Opposition will klagen</span></h1>" or "...<span>(12.03.2024)</span>"
                # beside og:title "Headline": a subline or date the theme sets in the <h1> after the title
                if (
                    h1 != title
                    and h1.startswith(title)
                    and _ends_before_child(self.headline_element(), title)
                ):
                    return title
            return h1
        # The first <h1> is the site's name, a navigation label or another story: a later <h1> that says
        # what the metadata titles say is the headline as the page shows it (the metadata's wording is
        # often the SEO title: on tune pages where <h1> and og:title differ, the <h1> is right 4 times
        # out of 5).
        later = self._confirmed_h1(checks) if checks else None
        if later:
            return later
        if titles:
            return self._whole_heading(titles[0]) or self._shown_part(titles[0])
        # nothing but the site's own name or a rejected <h1> (a logo): the story's own title heading, else
        # that name (better than no headline)
        return h1 or self._story_heading() or self._raw_title()

    def _slug_prefers(self, h1: str, titles: list[str]) -> bool:
        """The URL's slug names the <h1>'s story and none of the metadata titles shares a word with it:
        the <title> is the site's for every page ("Ausflugtipps Niederrhein und Ruhrgebiet" over
        <h1>Essen-Westviertel</h1> at .../essenwestviertel.htm) or another story's (a blog's
        "Ein Presse-Event der Extraklasse" over the <h1> its /geht-euch-auch-so-oder-.../ slug spells)."""
        slug = slug_words(self.url)
        # (an <h1> of one word is a section's name that a slug of the section and an id spells too:
        # "<h1>Business</h1>" at /news/business-68123456 is no headline beside a story's og:title)
        return (
            bool(slug)
            and len(_WORDS.findall(h1)) >= 2
            and names_slug(h1, slug)
            and not any(names_slug(t, slug) for t in titles)
        )

    def _confirmed_h1(self, titles: list[str]) -> str | None:
        """The first <h1> other than headline_element() whose text echoes one of `titles`."""
        first = self.headline_element()
        for el in _ALL_H1(self.doc.tree)[:_MAX_H1]:
            if el is first or _is_logo(el, self.url):
                continue
            text = self._heading_text(el)
            if text and any(echoes(text, title) for title in titles):
                return text
        return None

    def _story_heading(self) -> str | None:
        """The first <h2>/<h3> a theme marks as the story's title ("<h2 class=article-title>" under a logo
        <h1>, on a page whose <title> and og:title are the site's name): not in the page's chrome or a
        box of other stories, not a link to another page."""
        for el in _TITLE_HEADINGS(self.doc.tree):
            marks = class_id(el)
            if (
                not _TITLE_MARK.search(marks)
                or _NOT_STORY_TITLE.search(marks)
                or in_chrome(el, self.doc.tree)
            ):
                continue
            if any(_NOT_STORY_TITLE.search(class_id(a)) for a in el.iterancestors()):
                continue
            own = urlsplit(self.url).path
            if any(urlsplit(urljoin(self.url, a.get("href") or "")).path != own for a in el.iter("a")):
                continue  # another story's teaser title
            text = element_text(el)
            if (
                len(text.split()) >= 3
                and len(text) <= _MAX_HEADLINE
                and not is_site_name(text, self._site_names)
            ):
                return text
        return None

    def _whole_heading(self, title: str) -> str | None:
        """The heading that shows `title` whole where the metadata cut it short with an ellipsis ("Der
        Stadtrat beschließt einen neuen Haushalt für das ..." over <h2>...für das Jahr 2021</h2>): a
        heading of the page that starts with the words before the ellipsis and goes on."""
        if not title.endswith(_ELLIPSES):
            return None
        stem = norm_title(title.rstrip(".… "))
        if len(stem) < 8:
            return None
        for el in _HEADINGS(self.doc.tree)[:60]:
            text = element_text(el)
            norm = norm_title(text)
            if norm.startswith(stem) and len(norm) > len(stem) and len(text) <= _MAX_HEADLINE:
                return text
        return None

    def _shown_part(self, title: str) -> str:
        """'Headline | Section | Forum' whose site-like ends are gone but not its section: the run of
        its parts that a heading of the page shows on its own. (A heading must show it, so breadcrumb
        slashes count here: "Der Bundespräsident / Reden / Rede von ...".)"""
        parts = SHOWN_SEPARATOR.split(title)
        if len(parts) < 2 and CUT_MARKS.isdisjoint(title):
            return title  # (the headings are read only for a title that has a place to cut)
        headings = [element_text(el) for el in _HEADINGS(self.doc.tree)[:60]]
        # (a page without headings may set the headline as the story's first paragraph: a Japanese
        # paper's plain-<p> <article>, probe page, hand-built)
        shown = {norm_title(text) for text in headings}
        shown.update(norm_title(element_text(el)) for el in _FIRST_STORY_PARAGRAPHS(self.doc.tree))
        seps = SHOWN_SEPARATOR.findall(title)
        best = ""
        for i in range(len(parts) if len(parts) >= 2 else 0):
            run = parts[i]
            for j in range(i + 1, len(parts) + 1):
                if j > i + 1:
                    run += seps[j - 2] + parts[j - 1]
                if len(run) > len(best) and norm_title(run) in shown and len(run) >= 8:
                    best = run
        if best or norm_title(title) in shown:
            return clean(best) or title
        # a heading shows the title's start or end on its own where a mark no separator rule knows cuts
        # it off the rest: "Headline ⋆ Site", "Headline (Site)", "Headline › Blog", "Section » Headline"
        for text in sorted(headings, key=len, reverse=True):
            if cut_at_mark(title, clean(text)):
                return clean(text)
        return title

    def _raw_title(self) -> str | None:
        meta = self.doc.meta
        title = next(self.doc.tree.iterdescendants("title"), None)
        for value in (
            self.doc.jsonld.text("headline"),
            meta.first("og:title"),
            element_text(title) if title is not None else None,
            element_text(self.headline_element()) if self.headline_element() is not None else None,
        ):
            if clean(value):
                return clean(value)
        return None

    def _metadata_titles(self) -> list[str]:
        jl = self.doc.jsonld
        meta = self.doc.meta
        raw = [
            jl.text("headline"),
            meta.first("og:title"),
            meta.first("twitter:title"),
            as_text(self.doc.microdata.first("headline")),
            meta.first("dc.title", "dcterms.title", "parsely-title", "sailthru.title"),
            # (RDFa's spelling, <meta property="dc:title">, read apart: dc.title may hold an id)
            meta.first("dc:title", "dcterms:title"),
            jl.text("name"),
        ]
        title = next(self.doc.tree.iterdescendants("title"), None)
        if title is not None:
            raw.append(element_text(title))
        sites = self._title_sites
        out: list[str] = []
        for value in raw:
            value = clean(decoded(value)) if value else ""
            if not value or is_id_like(value):
                continue
            value = strip_site_name(value, sites, self._page_labels)
            if value and not is_site_name(value, sites) and not is_generic(value) and value not in out:
                out.append(value)
        return [completed(t, out, sites) for t in out]

    @cached_property
    def _site_names(self) -> list[str]:
        """The site's own names, normalised: og:site_name, application-name, the JSON-LD publisher and
        WebSite names, the <h1> when it is the logo, and the host without www/TLD."""
        meta = self.doc.meta
        names = [
            meta.first("og:site_name"),
            meta.first("application-name"),
            meta.first("apple-mobile-web-app-title"),
        ]
        publisher = self.doc.jsonld.get("publisher")
        names.append(as_text(publisher))
        for node in self.doc.jsonld.nodes:
            if "WebSite" in types_of(node):
                names.append(as_text(node.get("name")))
        logo = self._h1_if_logo
        if logo:
            names.append(logo)
        # a CMS that fills a site-name field with the article's title does not make the title a site name
        h1 = self.headline_element()
        own = {
            norm_title(x)
            for x in (
                meta.first("og:title"),
                self.doc.jsonld.text("headline"),
                h1 is not None and element_text(h1),
            )
            if x
        }
        out = [
            n
            for n in (norm_title(x) for x in names if x and len(x.split()) <= 6)
            if len(n) >= 2 and (n not in own or n == norm_title(logo))
        ]
        for url in (self.url, self.doc.meta.canonical, meta.first("og:url")):
            out.extend(host for host in host_names(url) if host not in out)
        # the <title> beside the og:title: what it adds at its far end is the site's name ("Headline |
        # Section | Site" beside "Headline"), even where it is also the <h1> (a blog's unlinked name)
        title = next(self.doc.tree.iterdescendants("title"), None)
        full = element_text(title) if title is not None else ""
        # (the <h1> where neither is given, the <title> opening with it: Caixin's
        # "<headline>_经济频道_财新网" over its <h1>, a probe page, hand-built: the outlet its writers' line
        # names, "文｜财新 张三 李四", is the site's. Not a part before the <h1>'s text: "News - <headline>"
        # names a section, tests/fixtures/generic/de_golf_block_opens_with_date)
        declared = [meta.first("og:title"), self.doc.jsonld.text("headline")]
        shown = element_text(h1) if h1 is not None and not any(declared) else ""
        if shown and full.casefold().startswith(shown.casefold()):
            declared.append(shown)
        for headline in declared:
            # (not where the og:title is the site's name: "SibenLab" beside "SibenLab: privacy policy")
            if not headline or not full or is_site_name(headline, out):
                continue
            part = outer_part(full, clean(headline))
            norm = norm_title(part)
            if part and len(part.split()) <= 6 and len(norm) >= 2 and norm not in out:
                out.append(norm)
        return out

    @cached_property
    def _title_sites(self) -> list[str]:
        """The site's names a metadata title may carry: _site_names and the name its feed links are titled
        with (WordPress's "Site » Feed", "CDU-Fraktion" over "CDU-Fraktion im Erfurter Stadtrat - Headline").
        Not a feed of the story's own ("A6 nach tödlichem Unfall gesperrt RSS", its comments' feed), and
        not for authors: a blog's feed may carry its author's name."""
        sites = self._site_names
        names = [feed_site_name(t) for t in self.doc.meta.feed_titles[:3]]
        names = [n for n in names if n and len(n.split()) <= 5]
        if not names:
            return sites
        h1 = self.headline_element()
        own = [
            t
            for t in (
                self.doc.meta.first("og:title"),
                self.doc.jsonld.text("headline"),
                element_text(h1) if h1 is not None else None,
            )
            if t
        ]
        extra = []
        for name in names:
            norm = norm_title(name)
            if len(norm) < 2 or norm in sites or norm in extra:
                continue
            if not any(echoes(name, t) for t in own):
                extra.append(norm)
        return [*sites, *extra]

    @cached_property
    def _page_labels(self) -> frozenset[str]:
        return page_labels(self.doc, self.url)

    @cached_property
    def _h1_if_logo(self) -> str | None:
        """The text of a page-wide <h1> that is the site's logo (a link to the home page, or marked as a
        logo or hidden label); None otherwise."""
        h1 = self.headline_element()
        if h1 is None or not _is_logo(h1, self.url):
            return None
        return element_text(h1) or None

    def _visible_headline(self) -> str | None:
        h1 = self.headline_element()
        if h1 is None or self._h1_if_logo:
            return None
        return self._heading_text(h1)

    def _heading_text(self, h1: etree._Element) -> str | None:
        """The headline an <h1> shows (kicker, section, hidden labels and dates left out); None for one in
        the page's chrome, itself a kicker, too long, generic or the site's name."""
        if in_chrome(h1, self.doc.tree):
            return None
        if _HEADLINE_EXTRA.search(class_id(h1)):
            return None  # the <h1> is itself the kicker; the headline is elsewhere
        hidden = [
            el
            for el in h1.iterdescendants()
            if el.tag in _NOT_HEADLINE_TAGS
            or _HEADLINE_EXTRA.search(class_id(el))
            or _SECTION_IN_H1.search(class_id(el))
            or (_SUBTITLE_IN_H1.search(class_id(el)) and not self._titles_hold(element_text(el)))
        ]
        text = element_text(h1, hidden) if hidden else element_text(h1)
        text = clean(text.replace("\u00ad", ""))  # soft hyphens
        if hidden:
            # the separator that followed the kicker: "<h1><span class=kicker>Corona</span>: Headline"
            text = _LEADING_SEPARATOR.sub("", text)
        text = cut_date_parts(text)  # "23.01.2022 - Headline" of a press release list
        if not text or len(text) > _MAX_HEADLINE or is_generic(text) or is_site_name(text, self._site_names):
            return None
        # the section the page is filed under, as its heading ("<h1>政治</h1>" on a page of article:section
        # 政治, "<h1>Politics</h1>" under /politics/): a label, unless the publisher titles the page so
        norm = norm_title(text)
        if norm in self._page_labels and all(norm != norm_title(t) for t in self._metadata_titles()):
            return None
        return text

    def _subline_in_h1(self) -> str | None:
        """The subline the <h1> sets after the headline ("<h1>Headline<br><span>Händler warnen vor
        Umsatzeinbußen</span></h1>" beside og:title "Headline"): the story's standfirst, not body text. Not
        a date or a word or two ("(12.03.2024)")."""
        shown, headline = self._visible_headline(), self.headline()
        if not shown or not headline or shown == headline or not shown.startswith(headline):
            return None
        rest = _LEADING_SEPARATOR.sub("", shown[len(headline) :]).strip()
        return rest if len(rest) >= 15 and len(rest.split()) >= 3 else None

    def _titles_hold(self, text: str) -> bool:
        """The page's metadata titles (og:title, JSON-LD headline, <title>, ...) hold `text`: the
        publisher titles the article with it."""
        norm = norm_title(text)
        return bool(norm) and any(norm in norm_title(t) for t in self._metadata_titles())

    @memo
    def standfirst(self) -> str | None:
        h1 = self.headline_element()
        subline = self._subline_in_h1()
        if subline:
            return subline
        if h1 is not None:
            region = h1.getparent()
            attributes = self.doc.attribute_text
            for _ in range(2 if any(needle in attributes for needle in _STANDFIRST_NEEDLES) else 0):
                if region is None:
                    break
                # one pass for all selectors; their order (specific first) decides among the matches
                candidates = _STANDFIRST_ANY(region)
                for test in _STANDFIRST_TESTS if candidates else ():
                    for el in candidates:
                        if not test(el) or el is h1 or is_ancestor(h1, el) or is_ancestor(el, h1):
                            continue
                        if in_box_of_its_own(el, h1):
                            continue
                        text = element_text(el)
                        if 15 <= len(text) <= 400:
                            return text
                region = region.getparent()
            sibling = h1.getnext()
            if sibling is not None and sibling.tag in ("h2", "p") and 15 <= len(element_text(sibling)) <= 300:
                cls = (sibling.get("class") or "").lower()
                if sibling.tag == "h2" or "sub" in cls or "lead" in cls or "summary" in cls:
                    return element_text(sibling)
            # (the <h1> holds the story's headline, not the site's title above a tagline: traf-eval tune,
            # buchperlen.wordpress.com, nesselsetzer.wordpress.com)
            headline = norm_title(self.headline())
            own = bool(headline) and headline in norm_title(element_text(h1))  # (with its kicker)
            text = standfirst_after(h1) if own else None
            if text:
                return text
        alt = self.doc.jsonld.text("alternativeHeadline")
        return clean(alt) or None


_HEADINGS = etree.XPath("//h1|//h2|//h3")
_FIRST_STORY_PARAGRAPHS = etree.XPath("(//article//p)[position() <= 2]")
_ELLIPSES = ("...", "…")
_WORDS = re.compile(r"[^\W_]+")
_ALL_H1 = etree.XPath("//body//h1")
# (pages with a dozen <h1>s use them for every box: the story's own comes early)
_MAX_H1 = 12
_TITLE_HEADINGS = etree.XPath("//body//h2|//body//h3")
# a heading's class or id that names the story's title, and the boxes whose titles are other stories'
_TITLE_MARK = re.compile(
    r"(?:^|[\s_-])(?:title|headline)(?:$|[\s_-])|entrytitle|posttitle|articletitle", re.I
)
_NOT_STORY_TITLE = re.compile(
    r"widget|comment|related|sidebar|footer|card|teaser|promo|newsletter|cta|recent|popular|more|list|reply",
    re.I,
)
# longer than this, an <h1> is a paragraph or a photo caption set in headline type
_MAX_HEADLINE = 300
_HEADLINE_EXTRA = re.compile(
    r"kicker|dachzeile|spitzmarke|topline|overline|eyebrow|rubric|h1small|supertitle|pretitle|roofline"
    r"|strapline|subheadline|\blabel\b|aural|visually-hidden|visuallyhidden|sr-only|screen-reader|screenreader"
    # Drupal's visually hidden text: "<h1>Headline<span class=element-invisible> | Site"
    r"|element-invisible"
    r"|hidden-text|a11y",
    re.I,
)
# What a theme prints inside the <h1> besides the headline (an <h1> of such a class may still be the
# headline): the section or category ("<h1><div class=entry-section>Politics | </div>...",
# "<span class=news-list-category>"), the byline or date set in the same element.
_SECTION_IN_H1 = re.compile(
    r"(?:^|[\s_-])(?:section|category|categories|ressort|rubrik|byline|author|date|dateline)(?:$|[\s_-])",
    re.I,
)
# A subtitle or standfirst set inside the <h1> is left out only where the page's metadata titles do not
# hold it: a second line the publisher's own title carries ("Title: Subtitle" in og:title) is part of the
# headline. (No tune-half page has one, so the metadata decides rather than the class name alone.)
_SUBTITLE_IN_H1 = re.compile(
    r"(?:^|[\s_-])(?:subline|subtitle|sub-title|standfirst|dek|deck)(?:$|[\s_-])",
    re.I,
)
# labels under a headline, ruby readings (Japanese furigana), the date a theme prints in the <h1>
_NOT_HEADLINE_TAGS = frozenset({"small", "rt", "rp", "time"})
_LOGO = re.compile(r"logo|brand|site-?title|site-?name|navskip|aural|sr-only|visually-hidden|masthead", re.I)
_LEADING_SEPARATOR = re.compile(r"^[\s:|│｜·•–—-]+")
#: a masthead of the story's own is no site masthead: BLOX/TownNews's "asset-masthead" holds the story's
#: <h1>, subhead, byline and dates (probe pages, hand-built: its <h1> was taken for the logo, and the
#: <title>'s section left after cutting it off became the headline)
_STORY_MASTHEAD = re.compile(r"(?:asset|article|story|post|entry)[-_]?masthead", re.I)


def _logo_marks(el: etree._Element) -> bool:
    return bool(_LOGO.search(_STORY_MASTHEAD.sub("", class_id(el))))


def _is_logo(h1: etree._Element, url: str) -> bool:
    if _logo_marks(h1):
        return True
    links = list(h1.iter("a"))
    if (len(links) == 1 and element_text(links[0]) == element_text(h1)) or (links and not element_text(h1)):
        href = (links[0].get("href") or "").strip()
        path = urlsplit(urljoin(url, href)).path if href else ""
        if "web.archive.org/web/" in href:
            path = urlsplit(href.split("/web/", 1)[1].partition("/")[2]).path
        if path in ("", "/", "/index.html", "/index.php") or _LOGO.search(class_id(links[0])):
            return True
    parent = h1.getparent()
    return parent is not None and parent.tag in ("div", "a") and _logo_marks(parent)


def _starts_with_child(h1: etree._Element | None, text: str, title: str) -> bool:
    """The part of the <h1> before `title` ends where an element of the <h1> starts or ends: an unmarked
    kicker ("<h1><em>Kicker </em>Title</h1>", "<h1>Kicker<br>Title</h1>"), not a word the metadata
    title leaves out inside one run of text."""
    if h1 is None or len(h1) == 0:
        return False
    kicker = norm_title(text[: len(text) - len(title)])
    if not kicker:
        return False
    seen = ""
    for piece in _text_runs(h1):
        seen += norm_title(piece)
        if seen == kicker:
            return True
        if len(seen) >= len(kicker):
            return False
    return False


def _ends_before_child(h1: etree._Element | None, title: str) -> bool:
    """The <h1>'s text up to `title` ends where an element of the <h1> starts (a <br> or a <span> of its
    own: "<h1>Title<br>Subline</h1>"), not inside one run of text ("Title: more words")."""
    if h1 is None or len(h1) == 0:
        return False
    want = norm_title(title)
    seen = ""
    for piece in _text_runs(h1):
        seen += norm_title(piece)
        if seen == want:
            return True
        if len(seen) >= len(want):
            return False
    return False


def _text_runs(el: etree._Element) -> list[str]:
    """The <h1>'s text in runs split at element boundaries (scripts and styles left out)."""
    runs = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in ("script", "style"):
            runs.extend(_text_runs(child))
        runs.append(child.tail or "")
    return runs
