"""SiteProfile (what we know about one publisher) and ProfilePage (extraction that uses it)."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urljoin, urlsplit

from lxml import etree

from newsarchive.dates import normalise_date
from newsarchive.extract.authors import clean_authors
from newsarchive.extract.document import Document
from newsarchive.extract.noise import Noise, ScopedNoise, find_noise
from newsarchive.extract.page import Page, memo
from newsarchive.extract.selectors import ClassIndex, select
from newsarchive.extract.text import clean
from newsarchive.items import Article, Image

#: the fields a profile may give selectors for, in the order extraction reads them
FIELDS: tuple[str, ...] = (
    "headline",
    "standfirst",
    "section",
    "authors",
    "published_at",
    "modified_at",
    "body",
    "figure",
    "caption",
    "image_credit",
)
_ATTRIBUTE = re.compile(r"::attr\(\s*([^)\s]+)\s*\)\s*$")
#: attribute of an Article (not a record field): field -> the profile selector that matched, None: fell back
PROFILE_MATCHES = "_profile_matches"


def split_attribute(selector: str) -> tuple[str, str | None]:
    """("time", "datetime") for "time::attr(datetime)"; (selector, None) when it reads text."""
    match = _ATTRIBUTE.search(selector)
    if match is None:
        return selector, None
    return selector[: match.start()].rstrip() or "*", match.group(1)


@dataclass(frozen=True, kw_only=True)
class SiteProfile:
    name: str
    domains: tuple[str, ...]
    base_url: str
    feeds: tuple[str, ...] = ()  #: feed paths ("/rss/feed/nar")
    sitemaps: tuple[str, ...] = ()  #: sitemap paths read besides those robots.txt names
    sections: tuple[str, ...] = ()  #: section path names ("Politics")
    section_path: str = "/{section}"
    page_param: str = "page"  #: fronts paginate as /Politics?page=2
    article_path_pattern: str = r"^/.+"  #: regex matched on the URL path
    #: field -> CSS/XPath selectors, specific first (see FIELDS; body selects paragraph elements). A
    #: selector may end in ::attr(name) to read an attribute instead of the text.
    selectors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    remove: tuple[str, ...] = ()  #: noise elements specific to this site, removed before the generic rules
    coverage: dict[str, float] = field(default_factory=dict)  #: field -> expected minimum share of articles
    source: str = ""  #: the file the profile was read from

    def __hash__(self) -> int:
        # The dict fields make the generated hash fail; a profile is identified by its name.
        return hash(self.name)

    @cached_property
    def _article_rx(self) -> re.Pattern[str]:
        return re.compile(self.article_path_pattern)

    def matches_host(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return host in self.domains

    def is_article_url(self, url: str) -> bool:
        """True when the URL path has the shape of an article (on any host: mirrors and the demo count)."""
        try:
            path = urlsplit(url).path
        except ValueError:
            return False
        return bool(self._article_rx.match(path))

    def section_url(self, base: str | None, section: str) -> str:
        return urljoin(
            (base or self.base_url).rstrip("/") + "/", self.section_path.format(section=section).lstrip("/")
        )

    def feed_urls(self, base: str | None = None) -> list[str]:
        return self._urls(self.feeds, base)

    def sitemap_urls(self, base: str | None = None) -> list[str]:
        return self._urls(self.sitemaps, base)

    def _urls(self, paths: tuple[str, ...], base: str | None) -> list[str]:
        root = (base or self.base_url).rstrip("/") + "/"
        return [
            urljoin(root, urlsplit(path)._replace(scheme="", netloc="").geturl().lstrip("/"))
            for path in paths
        ]

    def page_class(self) -> type[ProfilePage]:
        return ProfilePage


class ProfilePage(Page):
    """Profile selectors first, the generic method when they find nothing. Never calls trafilatura.

    The article container (the <article>, else <main>, around the profile's headline) is located
    once; field selectors run inside it first (a third of the page's elements), and noise is looked
    for only there. What a selector finds only outside the container (a redesign that moved a field)
    is read with the whole page's noise, computed on demand.
    """

    def __init__(self, doc: Document, profile: SiteProfile) -> None:
        super().__init__(doc)
        self.profile = profile
        self.name = profile.name
        #: field -> the selector that gave its value; None when the field fell back to generic extraction
        self.matched: dict[str, str | None] = {}

    def to_article(self, *, fetched_at: str | None = None) -> Article:
        article = super().to_article(fetched_at=fetched_at)
        if not self.doc.empty:
            # Not a field of the record: rides along with the Article (also out of an extraction worker
            # process) for the crawl's per-selector counts (ProfileSpider).
            article.__dict__[PROFILE_MATCHES] = dict(self.matched)
        return article

    def site(self) -> str:
        return self.profile.name

    def url_says_article(self) -> bool | None:
        return self.profile.is_article_url(self.url)

    def _sel(self, name: str) -> tuple[str, ...]:
        return self.profile.selectors.get(name, ())

    def _select(self, selector: str, root: etree._Element | None = None) -> list[etree._Element]:
        """Matches in `root`, else in the container, else in the whole page."""
        if root is not None:
            return select(root, selector)
        index = self._container_index
        if index is not None:
            found = index.select(selector)
            if found is None:
                found = select(index.root, selector)
            if found:
                return found
        return select(self.doc.tree, selector)

    def _read(self, el: etree._Element, attribute: str | None) -> str:
        return self.text_of(el) if attribute is None else clean(el.get(attribute))

    def _record(self, name: str, selector: str | None) -> None:
        if self._sel(name):
            self.matched.setdefault(name, selector)

    @cached_property
    def _container_index(self) -> ClassIndex | None:
        """The container's class values, for the field selectors run there (see ClassIndex)."""
        container = self.container
        return ClassIndex(container) if container is not None else None

    @property
    def class_index(self) -> ClassIndex | None:
        return self._container_index

    def _text(self, name: str, root: etree._Element | None = None) -> str | None:
        for selector in self._sel(name):
            query, attribute = split_attribute(selector)
            for el in self._select(query, root):
                text = self._read(el, attribute)
                if text:
                    if root is None:
                        self._record(name, selector)
                    return text
        if root is None:
            self._record(name, None)
        return None

    @cached_property
    def remove_selectors(self) -> tuple[str, ...]:
        return self.profile.remove

    @cached_property
    def container(self) -> etree._Element | None:
        """The <article> (else <main>) holding the headline: where the fields are."""
        headline = self.headline_element()
        if headline is None:
            return None
        found = next(headline.iterancestors("article"), None)
        return found if found is not None else next(headline.iterancestors("main"), None)

    def _keep(self) -> list[etree._Element]:
        # (the article's declared non-free text is never noise: Page.declared_parts)
        return [el for el in (self.headline_element(),) if el is not None] + self.declared_parts()

    @cached_property
    def noise(self) -> Noise:
        """Profile and generic noise of the whole page, left in place: for what lies outside the
        container (see container_noise)."""
        return find_noise(
            self.doc.tree, attributes=self.doc.attribute_text, extra=self.remove_selectors, keep=self._keep()
        )

    @cached_property
    def container_noise(self) -> ScopedNoise | None:
        """The same noise inside the container, judged only for the elements read there."""
        if self.container is None:
            return None
        # No page-wide attribute index here: a few dozen elements are judged, each by every rule, for
        # less than building the index costs.
        return ScopedNoise(
            self.doc.tree,
            self.container,
            attributes=self.doc.attribute_text_if_built,
            extra=self.remove_selectors,
            keep=self._keep(),
        )

    def in_noise(self, el: etree._Element) -> bool:
        scoped = self.container_noise
        # (None: `el` lies outside the container)
        verdict = scoped.contains_inside(el) if scoped is not None else None
        return self.noise.contains(el) if verdict is None else verdict

    def skip_for(self, el: etree._Element) -> Collection[etree._Element]:
        if len(el) == 0:
            return ()  # no child elements: nothing to skip
        scoped = self.container_noise
        verdict = scoped.contains_inside(el) if scoped is not None else None
        if scoped is None or verdict is None:
            return self.noise.members
        # inside noise, no element below it is an outermost noise element (find_noise's members)
        return () if verdict else scoped.within(el)

    def headline_element(self) -> etree._Element | None:
        return self._profile_headline_element

    @cached_property
    def _profile_headline_element(self) -> etree._Element | None:
        el = self._selected_headline
        return el if el is not None else super().headline_element()

    @cached_property
    def _selected_headline(self) -> etree._Element | None:
        """The first element of the first headline selector that matches anywhere in the page."""
        return self._headline_match[0]

    @cached_property
    def _headline_match(self) -> tuple[etree._Element | None, str]:
        for selector in self._sel("headline"):
            found = select(self.doc.tree, split_attribute(selector)[0])
            if found:
                return found[0], selector
        return None, ""

    @memo
    def headline(self) -> str | None:
        # _text("headline") starts with this element: the earlier selectors match nothing anywhere,
        # and the container (around it) or the page lists it first among this selector's matches.
        first, selector = self._headline_match
        text = self._read(first, split_attribute(selector)[1]) if first is not None else ""
        if text:
            self._record("headline", selector)
            return text
        return self._text("headline") or super().headline()

    @memo
    def standfirst(self) -> str | None:
        return self._text("standfirst") or super().standfirst()

    @memo
    def section(self) -> str | None:
        return self._text("section") or super().section()

    def authors(self) -> list[str]:
        for selector in self._sel("authors"):
            query, attribute = split_attribute(selector)
            found = [self._read(el, attribute) for el in self._select(query) if not self.in_noise(el)]
            found = clean_authors([f for f in found if f])
            if found:
                self._record("authors", selector)
                return found
        self._record("authors", None)
        return super().authors()

    def published_at(self) -> str | None:
        return self._profile_date("published_at") or super().published_at()

    def modified_at(self) -> str | None:
        return self._profile_date("modified_at") or super().modified_at()

    def _profile_date(self, name: str) -> str | None:
        for selector in self._sel(name):
            query, attribute = split_attribute(selector)
            for el in self._select(query):
                raw = el.get(attribute) if attribute else el.get("datetime") or el.get("content")
                value = normalise_date(raw or self.text_of(el))
                if value:
                    self._record(name, selector)
                    return value
        self._record(name, None)
        return None

    def figure_elements(self) -> list[etree._Element]:
        for selector in self._sel("figure"):
            found = [el for el in self._select(split_attribute(selector)[0]) if not self.in_noise(el)]
            if found:
                self._record("figure", selector)
                return found
        self._record("figure", None)
        return super().figure_elements()

    def figure_image(self, figure: etree._Element) -> Image | None:
        caption = self._text("caption", figure)
        if caption:
            # the profile's caption and credit replace the generic ones: those are not read at all
            url = self.figure_url(figure)
            return Image(url=url, caption=caption, credit=self._text("image_credit", figure)) if url else None
        image = super().figure_image(figure)
        if image is None:
            return None
        credit = self._text("image_credit", figure)
        if credit:
            image.credit = credit
        return image

    def raw_body(self) -> tuple[list[str], str]:
        for selector in self._sel("body"):
            query, attribute = split_attribute(selector)
            found = [el for el in self._select(query) if not self.in_noise(el)]
            paragraphs = [p for p in (self._read(el, attribute) for el in found) if p]
            if paragraphs:
                self._record("body", selector)
                return paragraphs, "profile"
        self._record("body", None)
        if not self._sel("body"):
            return super().raw_body()  # a profile that leaves the body to generic extraction
        # Selectors out of date (redesign): a cheap DOM fallback, still without trafilatura.
        return _densest_paragraphs(self.scope, self), "profile-fallback"


def _densest_paragraphs(scope: etree._Element, page: ProfilePage) -> list[str]:
    best: list[str] = []
    parents = {p.getparent() for p in scope.iter("p") if p.getparent() is not None}
    for parent in parents:
        if page.in_noise(parent):
            continue
        paragraphs = [page.text_of(p) for p in parent.iterchildren("p") if not page.in_noise(p)]
        paragraphs = [p for p in paragraphs if p]
        if sum(len(p) for p in paragraphs) > sum(len(p) for p in best):
            best = paragraphs
    return best
