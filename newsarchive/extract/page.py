"""The generic page object: one method per field, each reading the page's structured data first
(JSON-LD, OpenGraph, Twitter cards, <meta>, microdata) and the markup after.

Site profiles subclass it (profiles/base.py ProfilePage) and try their own selectors before these.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lxml_html

from newsarchive.extract.content.boilerplate import match_rule
from newsarchive.extract.content.lead import lead_paragraphs
from newsarchive.extract.content.meta_lines import drop_meta_lines, is_byline_line, is_run_together_header
from newsarchive.extract.document import Document
from newsarchive.extract.evidence import declared_paragraphs, free_paragraphs_before
from newsarchive.extract.fields.authors import AuthorFields
from newsarchive.extract.fields.common import memo
from newsarchive.extract.fields.dates import DateFields
from newsarchive.extract.fields.headline import HeadlineFields, strip_site_name
from newsarchive.extract.fields.judgement import JudgementFields
from newsarchive.extract.fields.language import text_language_processor
from newsarchive.extract.fields.media import MediaFields, images_processor
from newsarchive.extract.fields.modified import ModifiedFields, modified_processor
from newsarchive.extract.fields.sections import ADDRESS, linked_section, section_name
from newsarchive.extract.jsonld import as_text
from newsarchive.extract.noise import INVISIBLE, Noise, find_noise, in_noise, remove_noise
from newsarchive.extract.processors import (
    absolute_url,
    authors_processor,
    host_site,
    language_processor,
    standfirst_processor,
    tags_processor,
    url_processor,
)
from newsarchive.extract.selectors import ClassIndex, select
from newsarchive.extract.text import (
    clean,
    element_text,
    find_dateline,
    split_credit,
    split_reporters,
    split_signature,
)
from newsarchive.items import Article

# names other modules import from here
__all__ = ["ARTICLE_FIELDS", "Page", "memo", "story_scope", "strip_site_name"]

logger = logging.getLogger(__name__)

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


#: a kicker run into the headline in a body line is this short (characters, words); the headline this long
MAX_KICKER, MAX_KICKER_WORDS, MIN_KICKED_HEADLINE = 40, 4, 15
#: ... among the body's first lines only (further down, "How We Evaluated <the headline>" is a subheading)
KICKED_HEADLINE_LINES = 2
#: words of prose that make an element inside a declared non-free part the article's text, not a prompt
DECLARED_PROSE_WORDS = 80

#: the record's fields read from the page, in the order to_article reads them. The others: url and
#: fetched_at are its input, site and extractor the page's site() and name, word_count and content_hash
#: follow from the body, version and previous_hash are the archive's.
ARTICLE_FIELDS: tuple[str, ...] = (
    "headline",
    "standfirst",
    "authors",
    "published_at",
    "modified_at",
    "section",
    "tags",
    "language",
    "canonical_url",
    "images",
    "body",
    "credit",
    "dateline",
    "evidence",
    "access",
    "truncated",
    "sponsored",
    "page_type",
)


class Page(HeadlineFields, AuthorFields, ModifiedFields, DateFields, MediaFields, JudgementFields):
    """Generic extraction over one Document: one method per field of the record (ARTICLE_FIELDS), each
    returning a value or None/[]; to_article() builds the record from them."""

    name = "generic"

    class Processors:
        """field -> the normalisers (extract/processors.py) its value passes through into the record."""

        authors = [authors_processor]
        tags = [tags_processor]
        language = [language_processor, text_language_processor]
        canonical_url = [url_processor]
        modified_at = [modified_processor]
        standfirst = [standfirst_processor]
        images = [images_processor]

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.meta_lines: list[str] = []  #: date and byline lines left out of the body

    # --- the record ----------------------------------------------------------------------------------
    def field(self, name: str) -> Any:
        """The value of field `name` as the record holds it: the method's, through its Processors."""
        value = getattr(self, name)()
        for processor in getattr(self.Processors, name, ()):
            value = processor(value, self)
        return value

    def to_article(self, *, fetched_at: str | None = None) -> Article:
        article = Article(url=self.url, site=self.site(), fetched_at=fetched_at, extractor=self.name)
        if self.doc.empty:
            article.page_type = "unknown"  # nothing to read (the validate stage drops the record)
        else:
            for name in ARTICLE_FIELDS:
                try:
                    value = self.field(name)
                except Exception:  # one field's bad input (malformed JSON-LD) must not lose the others
                    logger.warning("extraction of %s failed for %s", name, self.url, exc_info=True)
                    continue  # (the record keeps the field's empty default)
                setattr(article, name, value)
        article.refresh_derived()
        return article

    def site(self) -> str:
        """The site a page without a profile belongs to: its host without "www."."""
        return host_site(self.url)

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
        selectors = self.paywall_selectors()
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

    # --- fields (the headline, author, date and image groups are in extract/fields/) -----------------
    @memo
    def section(self) -> str | None:
        value = as_text(self.doc.jsonld.get("articleSection"))
        value = value or self.doc.meta.first("article:section", "section", "parsely-section")
        value = value or as_text(self.doc.microdata.first("articleSection"))
        if value and ADDRESS.match(value):
            value = linked_section(self.doc.tree)
        return section_name(value)

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
        return tags  # (Processors.tags cleans them)

    def language(self) -> str | None:
        value = (
            self.doc.meta.lang
            or as_text(self.doc.jsonld.get("inLanguage"))
            or self.doc.meta.first("og:locale", "content-language", "language", "dc.language")
        )
        return value  # (Processors.language normalises it)

    def canonical_url(self) -> str | None:
        """The first address the page declares for itself that is a web address (Processors.canonical_url
        resolves it against the page's URL)."""
        candidates: list[str | None] = [self.doc.meta.canonical, self.doc.meta.first("og:url")]
        entity = self.doc.jsonld.get("mainEntityOfPage")
        if isinstance(entity, dict):
            candidates.append(as_text(entity.get("@id") or entity.get("url")))
        elif isinstance(entity, str):
            candidates.append(entity)
        candidates.append(as_text(self.doc.jsonld.get("url")))
        return next((c for c in candidates if absolute_url(self.url, c) and not self._homepage(c)), None)

    def _homepage(self, candidate: str) -> bool:
        """A story's declared address that is its site's home page is a template's default, not its address
        (piratenpartei.at: <link rel=canonical href="https://www.piratenpartei.at"> on every post)."""
        own = urlsplit(self.url).path.strip("/")
        return (
            bool(own)
            and not own.startswith("index.")
            and not urlsplit(absolute_url(self.url, candidate) or "").path.strip("/")
        )

    # --- body ----------------------------------------------------------------------------------------
    def raw_body(self) -> tuple[list[str], str]:
        """Paragraphs before credit/duplicate handling, and where they came from."""
        # Imported on use, not to dodge a cycle: the body extractor imports trafilatura (half a second),
        # which a crawl whose profile selects the body never needs.
        from newsarchive.extract.body import extract_body

        jsonld_body = self.doc.jsonld.text("articleBody")
        # The page's own tree, not a noise-cleaned copy: the body extractor prunes boilerplate itself
        # (same score on the benchmark), a pre-cleaning rule can only lose the article's wrapper, and
        # the copy cost as much as the extraction. What it keeps of never-visible widgets (paywall
        # meters, offer modals, registration walls, app promos) is dropped by text below.
        # fields read from the markup that drop_code() removes (figures), and that _body compares with
        for field_method in (self.headline, self.standfirst, self.section, self.images):
            field_method()
        # (and the never-visible widgets, whose sign-up boxes are told by the e-mail fields drop_code removes)
        self.invisible_noise  # noqa: B018
        self.doc.drop_code()
        live_blog = "LiveBlogPosting" in self.doc.jsonld.main_types
        result = extract_body(
            self.doc.html, self.url, tree=self.doc.tree, jsonld_body=jsonld_body, live_blog=live_blog
        )
        paragraphs = [clean(p) for p in result.paragraphs]
        invisible = self.invisible_noise.texts() if self.invisible_noise.elements else set()
        if invisible:
            paragraphs = [p for p in paragraphs if p not in invisible]
        return paragraphs, result.source

    @cached_property
    def _body(self) -> tuple[list[str], str | None, str]:
        # the markers are read from the whole page, before the body step drops site chrome from the tree
        self.page_markers  # noqa: B018
        paragraphs, source = self.raw_body()
        paragraphs = [p for p in paragraphs if p]
        # The lead the main-content extractor left out (an element marked intro/teaser/excerpt/chapo
        # between the headline and the text: content/lead.py), unless it is the standfirst. (A
        # profile's body selectors say where its body starts.)
        standfirst = clean(self.standfirst() or "").lower()
        found: list[str] = []
        at = 0
        if source == "trafilatura":
            # (on a page with paywall evidence the body may open with the prompt, the free lead above it)
            paywalled = bool(self.page_markers.paywall)
            found, at = lead_paragraphs(
                self.doc.tree, self.headline_element(), paragraphs, paywalled=paywalled
            )
        lead = [
            text
            for text in (clean(x) for x in found)
            if not standfirst or (standfirst not in text.lower() and text.lower() not in standfirst)
        ]
        # (a lead the extractor had set after the text moves before it: content/lead.py)
        moved = set(found)
        paragraphs = paragraphs[:at] + lead + [p for p in paragraphs[at:] if p not in moved]
        # Text that has its own field is not body (headline, standfirst, captions repeated by extractors).
        own = self._own_texts
        authors = self.field("authors")
        paragraphs = [
            p
            for i, p in enumerate(paragraphs)
            if p.lower() not in own
            and not (
                i < KICKED_HEADLINE_LINES
                and (self._headline_with_kicker(p) or is_run_together_header(p, own, authors))
            )
        ]
        # ... nor are the date and byline lines a theme set in elements no extractor rule knows
        kept = drop_meta_lines(paragraphs, authors, self._is_subheading, self._is_under_byline)
        # (the page type is judged on the text as the page shows it: its thresholds count such lines)
        if len(kept) < len(paragraphs):
            left = set(kept)
            self.meta_lines = [p for p in paragraphs if p not in left]
        paragraphs = kept
        paragraphs, credit = split_credit(paragraphs)
        if credit is None:
            paragraphs, credit = split_reporters(paragraphs)
        if credit is None:
            paragraphs, credit = split_signature(paragraphs)
        return paragraphs, credit, source

    def _is_under_byline(self, text: str) -> bool:
        """The element showing `text` follows a byline line naming the record's author ("<p>By Jane
        Doe</p>" before "<p>Staff Writer</p>"). Asked only of a role line at the story's start
        (content/meta_lines.drop_meta_lines)."""
        authors = self.field("authors")
        if not authors:
            return False
        for el in self.scope.iter("p", "div"):
            if element_text(el) != text:
                continue
            before = el.getprevious()
            if before is not None and is_byline_line(element_text(before), authors):
                return True
        return False

    def _is_subheading(self, text: str) -> bool:
        """The story sets `text` as a subheading: an <h2>-<h6> of its scope, or a paragraph whose text is
        all in one bold element (the classic editors' subheading). Asked only of a rare short line after a
        name-only byline line (content/meta_lines.drop_meta_lines)."""
        for el in self.scope.iter("h2", "h3", "h4", "h5", "h6", "p"):
            if element_text(el) != text:
                continue
            if el.tag != "p":
                return True
            bold = [child for child in el if child.tag in ("strong", "b")]
            if len(bold) == 1 and element_text(bold[0]) == text:
                return True
        return False

    def _headline_with_kicker(self, text: str) -> bool:
        """`text` is the headline behind a kicker of a few words, run together where both are <span>s of a
        heading the body extractor kept ("VerkehrswendeStadtrat sperrt Innenstadt für Autos": a
        Spiegel-like <h2>, probe page, hand-built)."""
        headline = (self.headline() or "").lower()
        folded = text.lower()
        if len(headline) < MIN_KICKED_HEADLINE or not folded.endswith(headline) or folded == headline:
            return False
        kicker = text[: len(text) - len(headline)]
        # (run together: no space or mark between the two, which prose never writes; "Einfaches Muffin
        # Grundrezept" above "Muffin Grundrezept" is the page's own wording)
        return (
            len(kicker) <= MAX_KICKER
            and len(kicker.split()) <= MAX_KICKER_WORDS
            and kicker[-1:].isalpha()
            and text[len(kicker) : len(kicker) + 1].isupper()
        )

    @cached_property
    def _own_texts(self) -> set[str]:
        """Texts (lower case) the record holds in fields of their own: headline, standfirst, section,
        captions and credits."""
        own = {clean(x).lower() for x in (self.headline(), self.standfirst(), self.section()) if x}
        for image in self.images():
            for x in (image.caption, image.credit):
                if x:
                    own.add(clean(x).lower())
            if image.caption and image.credit:
                own.add(clean(f"{image.caption} {image.credit}").lower())
        return own

    @cached_property
    def _article_body(self) -> list[str]:
        body = list(self._body[0])
        selectors = self.paywall_selectors()
        if selectors:
            # A client-side paywall: the rest of the story is in the HTML, hidden until the reader
            # subscribes, and a body extractor that skips hidden text left it out. The publisher declared
            # it the article's own text (hasPart), so it is archived.
            noise = self.invisible_noise.contains
            # (a declared part that wraps the whole story holds the standfirst and captions too: NYT-like
            # <article class=meteredContent>, probe page, hand-built)
            own = self._own_texts
            # (and pass the body's boilerplate rules: its print-edition note, a notice)
            body += [
                p
                for p in declared_paragraphs(self.doc.tree, selectors, body, noise=noise)
                if p.lower() not in own and match_rule(p) is None
            ]
            # (the free paragraphs before the declared part: the text's, not the standfirst's or a caption's
            # set above it, Politiken's summary under the headline; a probe page, hand-built,
            # tests/test_extract_unseen_shapes10.py)
            body[:0] = [
                p
                for p in free_paragraphs_before(self.doc.tree, selectors, body, noise=noise)
                if p.lower() not in own
            ]
        return body

    def body(self) -> list[str]:
        return list(self._article_body)

    def credit(self) -> str | None:
        return self._body[1]

    def body_source(self) -> str:
        return self._body[2]

    def dateline(self) -> str | None:
        body = self._body[0]
        if not body:
            return None
        return find_dateline(body[0], self.field("authors"), self.field("language"), body[1:])
