"""What the page says about itself beyond its text: the evidence extraction records (paywall and
sponsored markers, schema types), and the access, truncated, sponsored and page_type fields judged from
it. The rules are the modules' that own them (extract/evidence/, extract/access.py,
extract/classify.py); these methods hand them the page."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from lxml import etree

from newsarchive.extract.access import FULL_BODY_WORDS, judge_access, judge_teaser, judge_truncated
from newsarchive.extract.classify import classify_page, consent_notice
from newsarchive.extract.evidence import (
    declared_length_served,
    declared_text_in_page,
    disclosure_markers,
    paywall_markers,
    paywall_selectors,
    place_paywall_markup,
    sponsored_markers,
    whole_text_under_prompt,
)
from newsarchive.extract.evidence.prompts import piano_counts, prompt_markers
from newsarchive.extract.evidence.rules import counted
from newsarchive.extract.fields.common import memo
from newsarchive.extract.jsonld import as_bool, types_of
from newsarchive.items import Evidence
from newsarchive.textsize import body_words, text_words

if TYPE_CHECKING:
    from newsarchive.extract.document import Document
    from newsarchive.extract.selectors import ClassIndex


@dataclass(kw_only=True)
class PageMarkers:
    """Paywall and sponsored markers read from the whole page, before the body step."""

    paywall: list[str]
    #: marker -> the elements it was found on, placed against the body once it is known
    paywall_elements: dict[str, list[etree._Element]]
    sponsored: list[str]


#: the schema.org types of the page an article is on (WebPage and its kinds an article page uses)
_PAGE_TYPES = frozenset({"WebPage", "ItemPage"})


class JudgementFields:
    """Mixed into extract.page.Page."""

    doc: Document
    url: str
    class_index: ClassIndex | None
    # (and, from Page and the other field groups: headline, headline_element, published_at, section,
    # body_source and _article_body, the record's body)

    @memo
    def paywall_selectors(self) -> list[str]:
        """hasPart cssSelectors of the parts of the article its publisher declares not free."""
        return paywall_selectors(self.doc.jsonld)

    def is_accessible_for_free(self) -> bool | None:
        """The article's own declaration; without one, the page's (a WebPage node) when it says not free:
        schema.org allows the property on any CreativeWork, and a CMS that puts it on the page declares the
        article's page paid (a probe page, hand-built: tests/test_judging_unseen_shapes8.py). Not the page's
        "free": a template that declares every page free would hide a stub's prompt (judge_access reads the
        declaration first)."""
        jsonld = self.doc.jsonld
        own = as_bool(jsonld.get("isAccessibleForFree"))
        if own is not None:
            return own
        pages = (n for n in jsonld.nodes if n is not jsonld.main and _PAGE_TYPES.intersection(types_of(n)))
        if any(as_bool(n.get("isAccessibleForFree")) is False for n in pages):
            return False
        return None

    def og_type(self) -> str | None:
        return self.doc.meta.first("og:type")

    def url_says_article(self) -> bool | None:
        """Whether the URL has the shape of an article; None: nothing known (profiles know)."""
        return None

    @cached_property
    def page_markers(self) -> PageMarkers:
        """Read from the whole page before the body step, which drops site chrome from the tree
        (Page._body reads them first)."""
        jl = self.doc.jsonld
        elements: dict[str, list[etree._Element]] = {}
        paywall = paywall_markers(
            self.doc.tree,
            jl,
            self.doc.meta,
            self.paywall_selectors(),
            self.is_accessible_for_free(),
            attributes=self.doc.attribute_text_if_built,
            html=self.doc.html,
            elements=elements,
        )
        headline_el = self.headline_element()
        if headline_el is None:
            headline_el = _heading_of(self.doc.tree, self.headline())
        paywall.extend(
            m for m in prompt_markers(headline_el, self.doc.attribute_text_if_built) if m not in paywall
        )
        sponsored = sponsored_markers(
            self.doc.tree,
            self.url,
            jl,
            headline_el,
            self.headline(),
            class_index=self.class_index,
            section=self.section(),
        )
        return PageMarkers(paywall=paywall, paywall_elements=elements, sponsored=sponsored)

    @memo
    def word_count(self) -> int:
        """Words of the body (newsarchive.textsize), as the record counts them."""
        return body_words(self._article_body)

    @memo
    def evidence(self) -> Evidence:
        jl = self.doc.jsonld
        body = self._article_body
        markers = self.page_markers
        paywall = markers.paywall
        if markers.paywall_elements:
            paywall = place_paywall_markup(
                paywall,
                markers.paywall_elements,
                self.doc.tree,
                body,
                full_body=self.word_count() >= FULL_BODY_WORDS,
            )
        paywall = piano_counts(paywall, self.word_count(), FULL_BODY_WORDS)
        sponsored = list(markers.sponsored)
        for marker in disclosure_markers(body, self.headline_element()):
            if marker not in sponsored:
                sponsored.append(marker)
        selectors = self.paywall_selectors()
        evidence = Evidence(
            schema_types=jl.main_types or jl.all_types or self.doc.microdata.types,
            og_type=self.og_type(),
            is_accessible_for_free=self.is_accessible_for_free(),
            paywall_selectors=list(selectors),
            paywall_markers=paywall,
            sponsored_markers=sponsored,
            body_source=self.body_source(),
            encoding_repaired=list(self.doc.repairs),
        )
        declared_body = jl.text("articleBody")
        evidence.teaser = judge_teaser(
            evidence,
            self.word_count(),
            declared_words=text_words(declared_body) if declared_body else 0,
            full_text_in_page=(bool(selectors) and declared_text_in_page(self.doc.tree, selectors, body))
            or declared_length_served(jl.get("wordCount"), self.word_count(), FULL_BODY_WORDS)
            or whole_text_under_prompt(
                declared_free=evidence.is_accessible_for_free,
                word_count=jl.get("wordCount"),
                selectors=selectors,
                words=self.word_count(),
                paragraphs=len(body),
            ),
        )
        return evidence

    def access(self) -> str:
        return judge_access(self.evidence(), self.word_count())

    def truncated(self) -> bool:
        return judge_truncated(self.evidence(), self.access())

    def sponsored(self) -> bool:
        # (a weak marker, a sponsor's credit alone, is recorded and judges nothing: rules.WEAK)
        return bool(counted(self.evidence().sponsored_markers))

    def page_type(self) -> str:
        jl = self.doc.jsonld
        body = [*self._article_body, *self.meta_lines]
        kind = classify_page(
            self.doc.tree,
            self.url,
            og_type=self.og_type(),
            schema_types=jl.all_types or self.doc.microdata.types,
            main_types=jl.main_types or self.doc.microdata.types,
            url_says_article=self.url_says_article(),
            body=body,
            published=self.published_at() is not None,
            headline=self.headline() or "",
            html=self.doc.html,
        )
        if kind != "article" and consent_notice(self.doc.tree, body):
            # (page_type is the record's last field: the evidence it sets here is the record's, memoised)
            self.evidence().consent_wall = True
        return kind


# A page without an <h1> sets its headline in an <h2> or <h3> (Süddeutsche-like: "<h2><span>Anzeige</span>
# <span>title</span></h2>"): the first one holding the headline, and little else, is where its labels are.
_HEADINGS = etree.XPath("(//body//h2 | //body//h3)[position() <= 30]")


def _heading_of(tree: etree._Element, headline: str | None) -> etree._Element | None:
    if not headline:
        return None
    for heading in _HEADINGS(tree):
        text = " ".join(heading.text_content().split())
        if headline in text and len(text) <= len(headline) + 40:
            return heading
    return None
