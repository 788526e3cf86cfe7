"""Session 15's speed-ups give the answers of the code they replace (benchmarks/README.md, "Extraction time
against trafilatura's"):

- the fast pass measures the page's text (trafilatura.baseline.html2txt) with the cleaning XPath of
  trafilatura.baseline.basic_cleaning evaluated as a walk (content/fast_pass.py _basic_clean_targets):
  the same elements in the same order, the same text;
- trafilatura's main-content prune with its backup (prune_unwanted_nodes(..., with_backup=True)) tells the
  outermost matches by one walk up from each match that stops at an ancestor already answered
  (content/main_content.py _prune_with_backup): the same elements deleted, or none;
- the first-publication label is looked for in the page's source as the words before each "ublished"
  (fields/dates.py has_first_published_label): the answer of a substring test of each spelling.

Checked on the demo site's and the extraction fixtures' pages (tests/test_extract_fast_pass.py PAGES: real
pages' markup) and on hand-built edge cases, traps included (a <div> whose first attribute is a class
without "footer" and whose id has it; a label in a case no spelling has)."""

from __future__ import annotations

import copy

import pytest
from lxml import etree
from trafilatura.baseline import html2txt
from trafilatura.htmlprocessing import prune_unwanted_nodes
from trafilatura.settings import BASIC_CLEAN_XPATH

from newsarchive.extract.content import fast_pass, main_content
from newsarchive.extract.document import Document
from newsarchive.extract.fields import dates
from newsarchive.extract.fields.dates import _FIRST_PUBLISHED_SPELLINGS, has_first_published_label
from tests.test_extract_fast_pass import PAGES

URL = "https://example.com/2020/01/02/story"

# --- basic_cleaning's XPath as a walk --------------------------------------------------------------------

_EDGE_PAGES = {
    # contains(@class|@id, 'footer'): the first of the two attributes in the markup is the one tested
    "id-first": "<div id='site-footer' class='wrap'>a</div><div class='wrap' id='site-footer'>trap</div>",
    "class-first": "<div class='page-footer' id='x'>a</div><div id='x' class='page-footer'>trap</div>",
    "footer-alone": "<div class='footer'>a</div><div id='footer'>b</div>"
    "<section class='footer'>not a div</section>",
    "case": "<div class='Footer'>case-sensitive: kept</div><p class='COOKIE-BANNER'>dropped</p>",
    "cookie-id": "<span id='onetrust-consent-sdk'>x</span><p id='CookieBot'>y</p>"
    "<p class='cookie notice'>z</p>",
    "cookie-class-of-any-tag": "<li class='cmplz-cookiebanner'>x</li>"
    "<ul><li class='moove_gdpr_box'>y</li></ul>",
    "tags": "<aside>a</aside><footer>f</footer><template><p>t</p></template><svg><g/></svg><p>kept</p>",
    "nested": "<aside><div class='footer'><footer>x</footer></div></aside>tail<p>kept</p>",
    "comments": "<!-- a comment --><p>kept<!-- another --></p><?pi x?><div class='footer'>gone</div>",
    "no-attributes": "<div><p>plain</p><div>text</div></div>",
    "empty-values": "<div class='' id=''>x</div><div class=' ' id='footer'>y</div>",
}


def _trees() -> list[tuple[str, etree._Element]]:
    out = [(name, Document.from_input(raw, URL).tree) for name, raw in PAGES]
    for name, body in _EDGE_PAGES.items():
        out.append((f"edge-{name}", Document.from_input(f"<html><body>{body}</body></html>", URL).tree))
    return out


TREES = _trees()


@pytest.mark.parametrize("name,tree", TREES, ids=[name for name, _ in TREES])
def test_the_cleaning_walk_finds_what_the_xpath_finds(name: str, tree: etree._Element) -> None:
    body = tree.find(".//body")
    for root in (tree, body) if body is not None else (tree,):
        assert fast_pass._basic_clean_targets(root) == BASIC_CLEAN_XPATH(root), name


@pytest.mark.parametrize("name,tree", TREES, ids=[name for name, _ in TREES])
def test_the_page_text_is_html2txt(name: str, tree: etree._Element) -> None:
    expected = html2txt(tree)
    assert fast_pass._page_text(copy.deepcopy(tree)) == expected, name


def test_the_edge_pages_take_the_traps_as_the_xpath_does() -> None:
    """The hand-built edge pages pin the cases they are named for (else the equality above pins little)."""
    trees = dict(TREES)

    def texts(name: str) -> list[str]:
        return [el.text or "" for el in fast_pass._basic_clean_targets(trees[f"edge-{name}"])]

    assert texts("id-first") == ["a"]  # (class first, without "footer": not deleted)
    assert texts("class-first") == ["a"]
    assert texts("footer-alone") == ["a", "b"]
    assert texts("case") == ["dropped"]
    assert texts("cookie-id") == ["x", "y"]  # ("cookie notice": a space, not the pattern's "-" or "_")
    assert texts("cookie-class-of-any-tag") == ["x", "y"]
    assert texts("empty-values") == []  # (string(@class|@id) is the empty class, tested first)
    assert "kept" in fast_pass._page_text(copy.deepcopy(trees["edge-nested"]))


def test_the_walk_is_trafilaturas_xpath_as_written() -> None:
    # (another wording of the XPath turns the mirror off: fast_body then runs bare_extraction itself)
    assert fast_pass.MIRRORED
    assert BASIC_CLEAN_XPATH.path == fast_pass._BASIC_CLEAN_SOURCE


# --- the first-publication label in the source ---------------------------------------------------------

_LABEL_TEXTS = [
    "", "ublished", "UBLISHED", "published", "Originally published", "originally Published",
    "ORIGINALLY PUBLISHED", "First published", "first Published", "FIRST PUBLISHED",
    # traps: a case or a spacing no spelling has, the words apart, the schema's property names
    "Originally PUBLISHED", "ORIGINALLY Published", "IRST Published", "First  published", "First\npublished",
    "firstPublished", '"datePublished": "2026-12-04"', "Originally, published", "riginallypublished",
    "Originally pub lished", "Firstpublished",
]  # fmt: skip


def _sources() -> list[str]:
    out = [raw.decode("utf-8", "replace") for _, raw in PAGES]
    out += _LABEL_TEXTS
    out += [f"<p>{text}</p>" for text in _LABEL_TEXTS]
    out += [f"é{text}"[:-1] for text in _LABEL_TEXTS if text]  # (a non-ASCII source, the label cut short)
    out += [f'<meta itemprop="datePublished">{text} December 3, 2026 😀' for text in _LABEL_TEXTS]
    return out


def test_the_label_test_is_a_substring_test_of_each_spelling() -> None:
    found = 0
    for source in _sources():
        expected = any(spelling in source for spelling in _FIRST_PUBLISHED_SPELLINGS)
        assert has_first_published_label(source) is expected, source[:80]
        found += expected
    assert found >= 12  # (each spelling, alone and in markup)


def test_every_spelling_is_split_on_its_ending() -> None:
    heads = dates._FIRST_PUBLISHED_HEADS
    assert sorted(head + tail for tail, group in heads.items() for head in group) == sorted(
        _FIRST_PUBLISHED_SPELLINGS
    )
    for spelling in _FIRST_PUBLISHED_SPELLINGS:
        assert has_first_published_label(spelling)
        assert not has_first_published_label(spelling[1:].swapcase())


# --- the main-content prune with its backup ------------------------------------------------------------

_NESTED = (
    "<div class='story'><p>{text}</p>"
    "<div class='share'><div class='share social'><a href='/s'>Share</a></div></div>"
    "<div class='related'><ul class='related-links'><li><a href='/a'>Another story</a></li></ul></div>"
    "<aside class='newsletter'><div class='newsletter'>Sign up</div></aside></div>"
)
_PRUNE_PAGES = {
    # matches inside matches: only the outermost go, each once
    "nested": _NESTED.format(text="A paragraph of the story that holds enough words to be its text. " * 8),
    # the matches hold nearly all the text: nothing goes (trafilatura's backup)
    "backup": _NESTED.format(text="Short.") + "<div class='share'>" + "Share this story. " * 60 + "</div>",
    "none": "<div><p>Only the story, nothing to prune.</p></div>",
}


def _prune_trees() -> list[tuple[str, etree._Element]]:
    out = []
    for name, raw in [
        *PAGES,
        *((f"edge-{n}", f"<html><body>{b}</body></html>") for n, b in _PRUNE_PAGES.items()),
    ]:
        tree = Document.from_input(raw, URL).tree
        body = tree.find(".//body")
        out.append((name, body if body is not None else tree))
    return out


PRUNE_TREES = _prune_trees()


@pytest.mark.parametrize("name,tree", PRUNE_TREES, ids=[name for name, _ in PRUNE_TREES])
def test_the_prune_with_backup_is_trafilaturas(name: str, tree: etree._Element) -> None:
    ours = main_content._prune_with_backup(copy.deepcopy(tree), main_content.OVERALL_DISCARD)
    theirs = prune_unwanted_nodes(copy.deepcopy(tree), main_content.OVERALL_DISCARD, with_backup=True)
    assert etree.tostring(ours) == etree.tostring(theirs), name


def test_the_prune_edge_pages_prune_as_named() -> None:
    trees = dict(PRUNE_TREES)
    nested = main_content._prune_with_backup(
        copy.deepcopy(trees["edge-nested"]), main_content.OVERALL_DISCARD
    )
    assert "Share" not in etree.tostring(nested, encoding=str)
    assert "A paragraph of the story" in etree.tostring(nested, encoding=str)
    kept = main_content._prune_with_backup(copy.deepcopy(trees["edge-backup"]), main_content.OVERALL_DISCARD)
    assert etree.tostring(kept) == etree.tostring(trees["edge-backup"])  # (too much text: nothing goes)
    matches = dict.fromkeys(el for walk in main_content.OVERALL_DISCARD for el in walk(trees["edge-nested"]))
    known: dict[etree._Element, bool] = {}
    below = [main_content._below_a_match(el, matches, known) for el in matches]
    assert below == [any(a in matches for a in el.iterancestors()) for el in matches]
    assert any(below) and not all(below)  # (the page holds matches inside matches, and outer ones)
