"""The page builds the article (issue 16): every field of the record is a method of the page object,
Page.to_article() assembles the record from them, and per-field normalisers are declared in the page's
nested Processors class (the shape of zyte-common-items' pages and processors)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from newsarchive.extract import extract_article, page_for
from newsarchive.extract.document import Document
from newsarchive.extract.page import ARTICLE_FIELDS, Page
from newsarchive.extract.processors import authors_processor
from newsarchive.extract.profiles.base import PROFILE_MATCHES, ProfilePage
from newsarchive.extract.registry import get_profile
from newsarchive.items import Article
from tests.fixtures.extract_helpers import SEED_PAGE, SEED_URL, fixture_cases

#: record fields that are not read from the page: its input (url, fetched_at), the reader's names
#: (site, extractor: Page.site() and Page.name), what follows from the body, and the archive's versions
NOT_PAGE_FIELDS = {
    *("url", "fetched_at", "site", "extractor"),
    *("word_count", "content_hash", "version", "previous_hash"),
}


def _page(case: Path) -> tuple[Page, dict[str, Any]]:
    meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
    doc = Document.from_input((case / "page.html").read_bytes(), meta["url"], meta.get("encoding"))
    profile = None if meta.get("generic") or case.parent.name == "generic" else get_profile(case.parent.name)
    return page_for(doc, profile), meta


def test_every_field_of_the_record_is_a_page_method() -> None:
    fields = {f.name for f in dataclasses.fields(Article)}
    assert set(ARTICLE_FIELDS) == fields - NOT_PAGE_FIELDS
    for name in ARTICLE_FIELDS:
        assert callable(getattr(Page, name)), name


@pytest.mark.parametrize("case", fixture_cases(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_record_is_the_page_fields_through_their_processors(case: Path) -> None:
    page, meta = _page(case)
    article = page.to_article(fetched_at=meta.get("fetched_at"))
    assert article.to_dict() == json.loads((case / "expected.json").read_text(encoding="utf-8"))
    for name in ARTICLE_FIELDS:
        assert getattr(article, name) == page.field(name), name
    assert article.word_count == page.word_count()
    assert (article.site, article.extractor) == (page.site(), page.name)


def test_a_profile_page_carries_its_selector_matches_beside_the_record() -> None:
    matched: dict[str, str | None] = {}
    article = extract_article(SEED_PAGE.read_bytes(), SEED_URL, matched=matched)
    assert article.site == article.extractor == "nikkei_asia"
    assert matched and article.__dict__[PROFILE_MATCHES] == matched
    assert PROFILE_MATCHES not in article.to_dict()
    generic = extract_article(SEED_PAGE.read_bytes(), SEED_URL, generic=True)
    assert (generic.site, generic.extractor) == ("asia.nikkei.com", "generic")
    assert PROFILE_MATCHES not in generic.__dict__


class _RawPage(Page):
    """A site's page that returns values as it read them, and declares one processor of its own."""

    name = "raw"

    class Processors(Page.Processors):
        headline = [lambda value, page: value.upper() if value else value]

    def authors(self) -> Any:
        return "By Jane Doe, staff writer"

    def language(self) -> str | None:
        return "en_us"

    def canonical_url(self) -> str | None:
        return " /story/1 "

    def tags(self) -> list[str]:
        return [" Politics ", "politics", "", "North  Korea"]


def test_processors_normalise_what_a_page_method_returns() -> None:
    page = _RawPage(Document.from_input(SEED_PAGE.read_bytes(), SEED_URL))
    article = page.to_article()
    assert article.authors == ["Jane Doe"]
    assert article.language == "en-US"
    assert article.canonical_url == "https://asia.nikkei.com/story/1"
    assert article.tags == ["Politics", "North Korea"]
    assert article.headline == page.headline().upper()  # the subclass's own Processors entry
    assert ProfilePage.Processors is Page.Processors  # a profile page inherits them


def test_a_list_of_names_passes_the_authors_processor_as_it_is() -> None:
    """The page's author sources clean their own names; cleaning twice is not a no-op."""
    page = Page(Document.from_input(SEED_PAGE.read_bytes(), SEED_URL))
    assert authors_processor(". By Jane Doe", page) == ["By Jane Doe"]
    assert authors_processor(["By Jane Doe"], page) == ["By Jane Doe"]


def test_an_empty_page_is_an_unknown_record() -> None:
    article = page_for(Document.from_input(b"", "https://www.example.org/a"), None).to_article()
    assert (article.site, article.page_type, article.body, article.word_count) == (
        "example.org",
        "unknown",
        [],
        0,
    )
