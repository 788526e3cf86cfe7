"""The generic page object: one method per field, each reading the page's structured data first
(JSON-LD, OpenGraph, Twitter cards, <meta>, microdata) and the markup after.

Site profiles subclass it (profiles/base.py ProfilePage) and try their own selectors before these.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Collection
from functools import cached_property
from typing import Any, TypeVar
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html

from newsarchive.dates import MIN_YEAR, date_in_text, date_in_url, normalise_date, parse_iso
from newsarchive.extract.authors import (
    AUTHOR_META_KEYS,
    byline_elements,
    byline_names,
    clean_authors,
    looks_like_organisation,
)
from newsarchive.extract.document import Document
from newsarchive.extract.jsonld import as_text, names, types_of
from newsarchive.extract.noise import INVISIBLE, Noise, find_noise, in_noise, remove_noise
from newsarchive.extract.selectors import ClassIndex, css_predicate, select
from newsarchive.extract.text import clean, element_text, find_dateline, split_credit
from newsarchive.items import Image

logger = logging.getLogger(__name__)
T = TypeVar("T")

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
)
_STANDFIRST_PREDICATES = tuple(css_predicate(css) for css in STANDFIRST_SELECTORS)
_STANDFIRST_ANY = etree.XPath(
    "descendant-or-self::*[" + " or ".join(f"({p})" for p in _STANDFIRST_PREDICATES) + "]"
)
_STANDFIRST_TESTS = tuple(etree.XPath(f"boolean(self::*[{p}])") for p in _STANDFIRST_PREDICATES)
CREDIT_CLASS = re.compile(r"credit|copyright|photographer|source|byline", re.I)
# (whole page?, selector): marked publication times anywhere, then <time> elements of the story
TIME_SELECTORS = (
    (True, "time[pubdate]"),
    (True, "[itemprop='datePublished']"),
    (False, "time[datetime]"),
    (False, "time"),
)
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
# Elements whose class or id says they hold a date or a byline (whole class tokens or parts of them:
# "post-date", "entry-meta", "article__byline", "datum", "fecha")
_DATE_LINE_CANDIDATES = etree.XPath(
    "descendant::*[not(self::script or self::style or self::body or self::article or self::main)]"
    "[re:test(concat(@class, ' ', @id), 'date|time|byline|posted|publish|datum|fecha|meta|info|autor"
    "|author|zeit|stamp|dateline|submitted|entry-footer|postinfo', 'i')]",
    namespaces={"re": "http://exslt.org/regular-expressions"},
)
# English-language hosts that write the day first
_DAY_FIRST_ENGLISH = (".uk", ".au", ".nz", ".ie", ".in", ".za", ".sg")
_CHROME_TAGS = frozenset({"nav", "footer", "aside", "menu"})


def _in_chrome(el: etree._Element, top: etree._Element) -> bool:
    for ancestor in el.iterancestors():
        if ancestor is top:
            return False
        if ancestor.tag in _CHROME_TAGS:
            return True
    return False


_H1_PATHS = (
    etree.XPath("(//article//h1)[1]"),
    etree.XPath("(//main//h1)[1]"),
    etree.XPath("(//h1)[1]"),
)
_ARTICLES = etree.XPath("//article")
_ARTICLE_H1 = etree.XPath("boolean(.//h1)")
_MAIN = etree.XPath("(//main)[1]")
_BODY = etree.XPath("(//body)[1]")


def story_scope(tree: etree._Element) -> etree._Element:
    articles = _ARTICLES(tree)
    with_h1 = [a for a in articles if _ARTICLE_H1(a)]
    if len(with_h1) == 1:
        return with_h1[0]
    if len(articles) == 1:
        return articles[0]
    for xpath in (_MAIN, _BODY):
        found = xpath(tree)
        if found:
            return found[0]
    return tree


def memo(method: Callable[[Any], T]) -> Callable[[Any], T]:
    """Cache a field method's result on the page: the body step reads headline, standfirst, section
    and images again. Keyed by the qualified name, so a profile override and the generic method it
    falls back to keep their own values."""
    key = "_memo_" + method.__qualname__

    @functools.wraps(method)
    def wrapper(self: Any) -> T:
        cache = self.__dict__
        if key not in cache:
            cache[key] = method(self)
        return cache[key]  # type: ignore[no-any-return]

    return wrapper


#: words of prose that make an element inside a declared non-free part the article's text, not a prompt
DECLARED_PROSE_WORDS = 80


class Page:
    """Generic extraction over one Document. Every field method returns a cleaned value or None/[]."""

    name = "generic"

    def __init__(self, doc: Document) -> None:
        self.doc = doc

    # --- shared views of the page ------------------------------------------------------------------
    @property
    def url(self) -> str:
        return self.doc.url

    @cached_property
    def remove_selectors(self) -> tuple[str, ...]:
        return ()

    @cached_property
    def invisible_noise(self) -> Noise:
        """Never-visible widgets of the page (meters, offer modals, regwalls, promos), left in place.

        The parts of the article its publisher declares non-free (schema.org hasPart cssSelector) are
        never among them: a client-side paywall hides the full text that way, and the archive keeps it."""
        keep = [el for el in (self.headline_element(),) if el is not None]
        keep.extend(self.declared_parts())
        return find_noise(self.doc.tree, attributes=self.doc.attribute_text, rules=INVISIBLE, keep=keep)

    def declared_parts(self) -> list[etree._Element]:
        """Elements of the hasPart cssSelectors the publisher declares not free (the article's text), and
        the blocks of prose inside them: a client-side paywall hides them until the reader subscribes, and
        the archive keeps them whatever a noise rule (hidden, regwall) says. A short prompt inside ("Subscribe
        to read on") is no such block and stays noise."""
        from newsarchive.extract.evidence import paywall_selectors

        selectors = paywall_selectors(self.doc.jsonld)
        if not selectors:
            return []
        found: list[etree._Element] = []
        for selector in selectors:
            try:
                parts = select(self.doc.tree, selector)
            except ValueError:
                continue
            for part in parts:
                found.append(part)
                found.extend(
                    el
                    for el in part.iterdescendants()
                    if isinstance(el.tag, str) and len(el.text_content().split()) >= DECLARED_PROSE_WORDS
                )
        return found

    @cached_property
    def clean_tree(self) -> lxml_html.HtmlElement:
        """A copy of the tree without the noise elements (for selectors that must not see noise)."""
        keep = [el for el in (self.headline_element(),) if el is not None]
        keep.extend(self.declared_parts())
        return remove_noise(
            self.doc.tree, extra=self.remove_selectors, keep=keep, attributes=self.doc.attribute_text
        )

    @cached_property
    def scope(self) -> etree._Element:
        """The element that holds the story: the <article> with the headline, or <main>.

        The generic page reads the page's own tree (noise is skipped element by element: copying the
        tree costs more than the few lookups that need it).
        """
        return story_scope(self.doc.tree)

    @property
    def class_index(self) -> ClassIndex | None:
        """The class values of the story's container, read once for several lookups (profile pages)."""
        return None

    def in_noise(self, el: etree._Element) -> bool:
        return in_noise(el, top=self.scope)

    def skip_for(self, el: etree._Element) -> Collection[etree._Element]:
        """Noise elements left in the tree that the text of `el` must skip (none known here)."""
        return ()

    def text_of(self, el: etree._Element) -> str:
        return element_text(el, self.skip_for(el))

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
        if h1 and (not checks or any(_share_word(h1, t) for t in checks)):
            # "<h1><em>Holocaust-Gedenktag </em>Erinnerung an ...</h1>" with og:title "Erinnerung an ...":
            # an unmarked kicker in front of the title the metadata gives
            for title in checks:
                if (
                    h1 != title
                    and h1.endswith(title)
                    and _starts_with_child(self.headline_element(), h1, title)
                ):
                    return title
            return h1
        if titles:
            return titles[0]
        # nothing but the site's own name or a rejected <h1>: better that than no headline
        return h1 or self._raw_title()

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
            jl.text("name"),
        ]
        title = next(self.doc.tree.iterdescendants("title"), None)
        if title is not None:
            raw.append(element_text(title))
        sites = self._site_names
        out: list[str] = []
        for value in raw:
            value = clean(value)
            if not value:
                continue
            value = strip_site_name(value, sites)
            if value and not _is_site_name(value, sites) and value not in out:
                out.append(value)
        return out

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
            _norm_title(x)
            for x in (
                meta.first("og:title"),
                self.doc.jsonld.text("headline"),
                h1 is not None and element_text(h1),
            )
            if x
        }
        out = [
            n
            for n in (_norm_title(x) for x in names if x and len(x.split()) <= 6)
            if len(n) >= 2 and (n not in own or n == logo)
        ]
        for url in (self.url, self.doc.meta.canonical, meta.first("og:url")):
            host = _host_core(url)
            if host and host not in out:
                out.append(host)
        return out

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
        if h1 is None or self._h1_if_logo or _in_chrome(h1, self.doc.tree):
            return None
        if _HEADLINE_EXTRA.search(_class_id(h1)):
            return None  # the <h1> is itself the kicker; the headline is elsewhere
        hidden = [
            el
            for el in h1.iterdescendants()
            if el.tag in _NOT_HEADLINE_TAGS or _HEADLINE_EXTRA.search(_class_id(el))
        ]
        text = element_text(h1, hidden) if hidden else element_text(h1)
        text = clean(text.replace("\u00ad", ""))  # soft hyphens
        if not text or _is_site_name(text, self._site_names):
            return None
        return text

    @memo
    def standfirst(self) -> str | None:
        h1 = self.headline_element()
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
                        if not test(el) or el is h1 or _is_ancestor(h1, el) or _is_ancestor(el, h1):
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
        alt = self.doc.jsonld.text("alternativeHeadline")
        return clean(alt) or None

    # Authors, in this order of trust: JSON-LD author/creator (references to Person nodes resolved),
    # <meta> (AUTHOR_META_KEYS), microdata, the visible byline. The first source with names wins, except
    # that an organisation (the site itself, a domain, a newsroom) gives way to persons named in a later
    # source (extract/authors.py).
    def authors(self) -> list[str]:
        fallback: list[str] = []
        for source in (
            self._jsonld_authors,
            self._meta_authors,
            self._microdata_authors,
            self._byline_authors,
        ):
            found = source()
            if not found:
                continue
            persons = [n for n in found if not looks_like_organisation(n, self._site_names)]
            if persons and source == self._jsonld_authors:
                # JSON-LD that lists only the first of several authors the byline meta names
                more = self._meta_authors()
                if len(more) > len(persons) and set(persons) <= set(more):
                    return more
            if persons:
                return persons
            fallback = fallback or found
        return fallback

    def _jsonld_authors(self) -> list[str]:
        jl = self.doc.jsonld
        value = jl.get("author") or jl.get("creator")
        if value is None and jl.main is None:
            value = next((n.get("author") for n in jl.nodes if n.get("author")), None)
        items = value if isinstance(value, list) else [value] if value is not None else []
        by_id = {n.get("@id"): n for n in jl.nodes if isinstance(n.get("@id"), str)}
        raw: list[str] = []
        for item in items:
            if isinstance(item, dict) and "name" not in item and item.get("@id") in by_id:
                item = by_id[item["@id"]]  # {"@id": ".../#/schema/person/..."} -> the Person node
            raw.extend(names(item))
        return clean_authors(raw)

    def _meta_authors(self) -> list[str]:
        for key in AUTHOR_META_KEYS:
            found = clean_authors(self.doc.meta.all(key))
            if found:
                return found
        return []

    def _microdata_authors(self) -> list[str]:
        values = self.doc.microdata.props.get("author") or []
        return clean_authors([str(v) for v in values if v])

    def _byline_authors(self) -> list[str]:
        scope = self.scope
        for el in byline_elements(self.doc.tree, scope)[:30]:
            if self.in_noise(el):
                continue
            found = byline_names(el)
            if found:
                return found
        return []

    # Dates, in this order of trust (the first source that gives a plausible date wins):
    #   1. JSON-LD of the article (datePublished / dateCreated), else of the page (WebPage nodes)
    #   2. <meta> (PUBLISHED_META_KEYS), 3. microdata (itemprop)
    #   4. <time> elements: marked as the publication time, then in the story (not in related lists)
    #   5. a date line in visible text next to the headline or byline (any language, dates.date_in_text)
    #   6. the URL (/2020/04/26/slug)
    # Modification dates come from 1-3 and itemprop=dateModified only: visible "updated" lines are too
    # often a site-wide clock.
    def published_at(self) -> str | None:
        return self._published

    @cached_property
    def _published(self) -> str | None:
        jl = self.doc.jsonld
        declared = self._date(
            jl.get("datePublished") or jl.get("dateCreated") or self._page_jsonld("datePublished"),
            PUBLISHED_META_KEYS,
            microdata="datePublished",
        )
        if declared:
            return self._refined(declared)
        return self._time_element() or self._date_line() or date_in_url(self.url) or self._htmldate()

    def _refined(self, value: str) -> str:
        """The same publication time as the page's <time datetime> gives it, when that says more: the
        publisher's own offset for a time declared in UTC (the same instant, and the calendar day the
        publisher printed), or the time of day for a declared bare date."""
        if not value.endswith("+00:00"):
            return value
        declared = parse_iso(value)
        bare = value.endswith("T00:00:00+00:00")
        for el in select(self.scope, "time[datetime]"):
            candidate = normalise_date(el.get("datetime"))
            moment = parse_iso(candidate)
            if not candidate or moment is None or declared is None:
                continue
            if not candidate.endswith("+00:00") and moment == declared:
                return candidate
            if bare and candidate[:10] == value[:10] and candidate[10:] != value[10:]:
                return candidate
        return value

    def _htmldate(self) -> str | None:
        """htmldate's search of the whole page (abbr/time elements, date patterns in text and markup,
        its own plausibility rules), earliest date first: the last resort."""
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
        return normalise_date(found)

    def modified_at(self) -> str | None:
        value = self._date(
            self.doc.jsonld.get("dateModified") or self._page_jsonld("dateModified"),
            MODIFIED_META_KEYS,
            microdata="dateModified",
        )
        if not value:
            for el in select(self.doc.tree, "[itemprop='dateModified']"):
                value = normalise_date(el.get("datetime") or el.get("content") or element_text(el))
                if value:
                    break
        return value

    def _page_jsonld(self, key: str) -> Any:
        """A date of the page's own JSON-LD node (WebPage, ItemPage...) when no article node has one."""
        if self.doc.jsonld.main is not None:
            return None
        for node in self.doc.jsonld.nodes:
            if key in node and PAGE_TYPES.intersection(types_of(node)):
                return node[key]
        return None

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

    def _time_element(self) -> str | None:
        scope = self.scope
        for top, selector in TIME_SELECTORS:
            for el in select(self.doc.tree if top else scope, selector):
                if not top and self.in_noise(el):
                    continue
                value = normalise_date(el.get("datetime") or el.get("content"))
                value = value or date_in_text(element_text(el), month_first=self._month_first)
                if value:
                    return value
        return None

    @cached_property
    def _month_first(self) -> bool:
        """04/05/2020 is April 5 on US pages, May 4 elsewhere."""
        lang = (self.doc.meta.lang or "").lower().replace("_", "-")
        if lang == "en-us":
            return True
        host = (urlsplit(self.url).hostname or "") if lang == "en" else ""
        return lang == "en" and not host.endswith(_DAY_FIRST_ENGLISH)

    def _date_line(self) -> str | None:
        """A date written next to the headline or the byline (the date line under a headline, "Von X,
        26. April 2020", "2020年4月26日"), not one from the page's chrome or a list of other stories."""
        for el in self._date_line_elements():
            text = element_text(el)
            if 6 <= len(text) <= 300:
                value = date_in_text(text, month_first=self._month_first)
                if value:
                    return value
        return None

    def _date_line_elements(self) -> list[etree._Element]:
        out: list[etree._Element] = []
        scope = self.scope
        for el in _DATE_LINE_CANDIDATES(scope):
            if not self.in_noise(el) and not _in_chrome(el, scope):
                out.append(el)
            if len(out) >= 20:
                break
        h1 = self.headline_element()
        if h1 is not None:
            # the few elements right after the headline (and those of its parent: headline and date line
            # are often siblings in a header block)
            for anchor in (h1, h1.getparent()):
                sibling = anchor.getnext() if anchor is not None else None
                for _ in range(4):
                    if sibling is None:
                        break
                    if isinstance(sibling.tag, str):
                        out.append(sibling)
                    sibling = sibling.getnext()
        return out

    @memo
    def section(self) -> str | None:
        value = as_text(self.doc.jsonld.get("articleSection"))
        value = value or self.doc.meta.first("article:section", "section", "parsely-section")
        value = value or as_text(self.doc.microdata.first("articleSection"))
        return clean(value) or None

    def tags(self) -> list[str]:
        tags = self.doc.meta.all("article:tag")
        if not tags:
            kw = self.doc.jsonld.get("keywords")
            if isinstance(kw, list):
                tags = [as_text(k) or "" for k in kw]
            elif isinstance(kw, str):
                tags = kw.split(",")
        if not tags:
            raw = self.doc.meta.first("news_keywords", "keywords")
            tags = raw.split(",") if raw else []
        out: list[str] = []
        for tag in tags:
            tag = clean(tag)
            if tag and tag.lower() not in (t.lower() for t in out):
                out.append(tag)
        return out[:50]

    def language(self) -> str | None:
        value = (
            self.doc.meta.lang
            or as_text(self.doc.jsonld.get("inLanguage"))
            or self.doc.meta.first("og:locale", "content-language", "language", "dc.language")
        )
        return normalise_language(value)

    def canonical_url(self) -> str | None:
        candidates: list[str | None] = [self.doc.meta.canonical, self.doc.meta.first("og:url")]
        entity = self.doc.jsonld.get("mainEntityOfPage")
        if isinstance(entity, dict):
            candidates.append(as_text(entity.get("@id") or entity.get("url")))
        elif isinstance(entity, str):
            candidates.append(entity)
        candidates.append(as_text(self.doc.jsonld.get("url")))
        for candidate in candidates:
            absolute = absolute_url(self.url, candidate)
            if absolute:
                return absolute
        return None

    @memo
    def images(self) -> list[Image]:
        images: list[Image] = []
        for figure in self.figure_elements():
            image = self.figure_image(figure)
            if image:
                _merge_image(images, image)
        lead: list[str | None] = [self.doc.meta.first("og:image", "og:image:url", "twitter:image")]
        value = self.doc.jsonld.get("image")
        for item in value if isinstance(value, list) else [value]:
            lead.append(
                item.get("url") or item.get("contentUrl") if isinstance(item, dict) else as_text(item)
            )
        for src in lead:
            if any(src == image.url for image in images):
                continue  # (an absolute_url result maps to itself: nothing to resolve or merge)
            absolute = absolute_url(self.url, src)
            if absolute:
                _merge_image(images, Image(url=absolute))
        return images

    def figure_url(self, figure: etree._Element) -> str | None:
        """Absolute URL of the figure's first image."""
        img = next(figure.iterdescendants("img"), None)
        if img is None:
            return None
        src = img.get("src") or img.get("data-src") or (img.get("srcset") or "").split(" ")[0]
        return absolute_url(self.url, src)

    def figure_elements(self) -> list[etree._Element]:
        return [f for f in self.scope.iter("figure") if not self.in_noise(f)]

    def figure_image(self, figure: etree._Element) -> Image | None:
        url = self.figure_url(figure)
        if not url:
            return None
        caption_el = next(figure.iterdescendants("figcaption"), None)
        caption = credit = None
        if caption_el is not None:
            credit_els = [el for el in caption_el.iter() if CREDIT_CLASS.search(el.get("class") or "")]
            credit = clean(" ".join(self.text_of(el) for el in credit_els)) or None
            caption = _text_without(caption_el, credit_els, self.skip_for(caption_el)) or None
        return Image(url=url, caption=caption, credit=credit)

    # --- body ----------------------------------------------------------------------------------------
    def raw_body(self) -> tuple[list[str], str]:
        """Paragraphs before credit/duplicate handling, and where they came from."""
        from newsarchive.extract.body import extract_body

        jsonld_body = self.doc.jsonld.text("articleBody")
        # The page's own tree, not a noise-cleaned copy: the body extractor prunes boilerplate itself
        # (same score on the benchmark), a pre-cleaning rule can only lose the article's wrapper, and
        # the copy cost as much as the extraction. What it keeps of never-visible widgets (paywall
        # meters, offer modals, registration walls, app promos) is dropped by text below.
        # fields read from the markup that drop_code() removes (figures), and that _body compares with
        for field_method in (self.headline, self.standfirst, self.section, self.images):
            field_method()
        self.doc.drop_code()
        result = extract_body(self.doc.html, self.url, tree=self.doc.tree, jsonld_body=jsonld_body)
        paragraphs = [clean(p) for p in result.paragraphs]
        invisible = self.invisible_noise.texts() if self.invisible_noise.elements else set()
        if invisible:
            paragraphs = [p for p in paragraphs if p not in invisible]
        return paragraphs, result.source

    @cached_property
    def _body(self) -> tuple[list[str], str | None, str]:
        paragraphs, source = self.raw_body()
        paragraphs = [p for p in paragraphs if p]
        # Text that has its own field is not body (headline, standfirst, captions repeated by extractors).
        own = {clean(x).lower() for x in (self.headline(), self.standfirst(), self.section()) if x}
        for image in self.images():
            for x in (image.caption, image.credit):
                if x:
                    own.add(clean(x).lower())
            if image.caption and image.credit:
                own.add(clean(f"{image.caption} {image.credit}").lower())
        paragraphs = [p for p in paragraphs if p.lower() not in own]
        paragraphs, credit = split_credit(paragraphs)
        return paragraphs, credit, source

    def body(self) -> list[str]:
        return list(self._body[0])

    def credit(self) -> str | None:
        return self._body[1]

    def body_source(self) -> str:
        return self._body[2]

    def dateline(self) -> str | None:
        body = self._body[0]
        return find_dateline(body[0]) if body else None


def _is_ancestor(ancestor: etree._Element, el: etree._Element) -> bool:
    return any(a is ancestor for a in el.iterancestors())


def _text_without(
    el: etree._Element, skip: list[etree._Element], noise: Collection[etree._Element] = ()
) -> str:
    if not skip:
        return element_text(el, noise)
    parts: list[str] = []

    def walk(node: etree._Element, top: bool) -> None:
        if node in skip or (noise and not top and node in noise):
            if node.tail and not top:
                parts.append(node.tail)
            return
        if isinstance(node.tag, str) and node.tag not in ("script", "style"):
            if node.text:
                parts.append(node.text)
            for child in node:
                walk(child, False)
        if node.tail and not top:
            parts.append(node.tail)

    walk(el, True)
    return clean(" ".join(parts))


def _merge_image(images: list[Image], image: Image) -> None:
    for existing in images:
        if existing.url == image.url:
            existing.caption = existing.caption or image.caption
            existing.credit = existing.credit or image.credit
            return
    images.append(image)


def absolute_url(base: str, value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if not value or value.startswith(("data:", "javascript:", "#")):
        return None
    try:
        absolute = urljoin(base, value)
    except ValueError:
        return None
    return absolute if urlsplit(absolute).scheme in ("http", "https") else None


def normalise_language(value: str | None) -> str | None:
    value = clean(value)
    if not value:
        return None
    value = value.split(",")[0].strip().replace("_", "-")
    parts = value.split("-")
    if not parts[0].isalpha() or not 2 <= len(parts[0]) <= 3:
        return None
    head = parts[0].lower()
    tail = [p.upper() if len(p) == 2 else p for p in parts[1:] if p]
    return "-".join([head, *tail])


# Parts of an <h1> that are not the headline: kickers/overlines ("Dachzeile", "Spitzmarke"), topic
# labels, screen-reader-only text.
_HEADLINE_EXTRA = re.compile(
    r"kicker|dachzeile|spitzmarke|topline|overline|eyebrow|rubric|h1small|supertitle|pretitle|roofline"
    r"|strapline|subheadline|\blabel\b|aural|visually-hidden|visuallyhidden|sr-only|screen-reader|screenreader"
    r"|hidden-text|a11y",
    re.I,
)
# labels under a headline, ruby readings (Japanese furigana)
_NOT_HEADLINE_TAGS = frozenset({"small", "rt", "rp"})
_LOGO = re.compile(r"logo|brand|site-?title|site-?name|navskip|aural|sr-only|visually-hidden|masthead", re.I)
# Separators between a headline and the site's name in <title> / og:title ("Headline | Site").
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|\-–—»«·•│_~]|::)\s+|\s*[|│]\s*")
_WORD = re.compile(r"\w{4,}")
_TLD = re.compile(r"\.[a-z]{2,4}$", re.I)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,}")


def _class_id(el: etree._Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _norm_title(text: str | None) -> str:
    return "".join(ch for ch in (text or "").casefold() if ch.isalnum())


def _host_core(url: str | None) -> str | None:
    """'www.l-mag.de' -> 'lmag'; the archived host of a web.archive.org URL."""
    if not url:
        return None
    if "web.archive.org/web/" in url:
        url = url.split("/web/", 1)[1].partition("/")[2] or url
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    parts = [p for p in host.split(".") if p not in ("www", "m", "amp")]
    if len(parts) >= 2:
        parts = parts[:-1]  # the TLD
    core = _norm_title(max(parts, key=len)) if parts else ""
    return core if len(core) >= 3 else None


def _is_site_name(text: str, sites: list[str]) -> bool:
    norm = _norm_title(text)
    if not norm:
        return True
    for site in sites:
        # "Site Name Blog", "SITE online": the site's name and a word; "Gitarre & Bass 02/2022" is an issue
        if norm == site or (
            len(site) >= 4
            and norm.startswith(site)
            and len(norm) <= len(site) + 8
            and norm[len(site) :].isalpha()
        ):
            return True
        if len(norm) >= 4 and site.startswith(norm) and len(site) <= len(norm) + 4:
            return True
    return False


def strip_site_name(title: str, sites: list[str]) -> str:
    """'Headline - Site' / 'Site | Section | Headline' -> 'Headline': parts at either end that name the
    site are cut off; a headline with a separator of its own keeps it."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    seps = _TITLE_SEPARATOR.findall(title)
    start, end = 0, len(parts)
    while end - start > 1 and _site_like(parts[end - 1], sites):
        end -= 1
    while end - start > 1 and _site_like(parts[start], sites):
        start += 1
    if (start, end) == (0, len(parts)):
        return title
    kept = parts[start]
    for i in range(start + 1, end):
        kept += seps[i - 1] + parts[i]
    return clean(kept)


def _site_like(part: str, sites: list[str]) -> bool:
    norm = _norm_title(_TLD.sub("", part.strip()))  # "taz.de" names the site "taz"
    if not norm:
        return True
    return any(norm == s or (len(s) >= 4 and (s in norm or norm in s)) for s in sites)


def _is_logo(h1: etree._Element, url: str) -> bool:
    if _LOGO.search(_class_id(h1)):
        return True
    links = list(h1.iter("a"))
    if (len(links) == 1 and element_text(links[0]) == element_text(h1)) or (links and not element_text(h1)):
        href = (links[0].get("href") or "").strip()
        path = urlsplit(urljoin(url, href)).path if href else ""
        if "web.archive.org/web/" in href:
            path = urlsplit(href.split("/web/", 1)[1].partition("/")[2]).path
        if path in ("", "/", "/index.html", "/index.php") or _LOGO.search(_class_id(links[0])):
            return True
    parent = h1.getparent()
    return parent is not None and parent.tag in ("div", "a") and bool(_LOGO.search(_class_id(parent)))


def _tokens(text: str) -> set[str]:
    """Words of 4+ letters; pairs of characters in scripts written without spaces (CJK)."""
    text = text.casefold()
    tokens = {w for w in _WORD.findall(text) if not _CJK.search(w)}
    for run in _CJK.findall(text):
        tokens.update(run[i : i + 2] for i in range(len(run) - 1))
    return tokens


def _share_word(a: str, b: str) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    if not ta.isdisjoint(tb):
        return True
    # compounds: "Chorgeschichte" / "Geschichte" (a word ending another; not "America" / "American")
    return any(
        (y.endswith(x) and len(y) >= len(x) + 3) or (x.endswith(y) and len(x) >= len(y) + 3)
        for x in ta
        for y in tb
        if len(x) >= 5 and len(y) >= 5
    )


def _starts_with_child(h1: etree._Element | None, text: str, title: str) -> bool:
    """The part of the <h1> before `title` is the text of the <h1>'s first child element."""
    if h1 is None or len(h1) == 0 or clean(h1.text):
        return False
    first = h1[0]
    return clean(element_text(first) + " " + title) == text or clean(element_text(first) + title) == text
