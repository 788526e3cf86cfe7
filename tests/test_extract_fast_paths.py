"""The extraction's fast paths give the same answers as the plain forms they stand in for.

Each speed shortcut (a C-level text join, one attribute pass instead of two, memoised noise verdicts,
tag-filtered heading search, one split for word count and hash) is checked against the straightforward
definition on every demo-site page, every extraction fixture page and hand-made edge cases.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from newsarchive.extract.document import Document
from newsarchive.extract.text import _collect, clean, element_text
from tests.fixtures.extract_helpers import DEMO_SITE, FIXTURES

EDGE_CASES = (
    "<html><body><div>a<br>b <span>c</span><script>x()</script>d<!-- note -->e</div></body></html>",
    "<html><body><p>One <b>two</b>\n<i>three</i><noscript>no</noscript> four</p>"
    "<div><template><p>t</p></template>tail<style>p{}</style>after</div></body></html>",
    "<html><body><div class='regwall x' id='paywall-1'><div data-paywall='meter'>x</div></div>"
    "<p id='js-meter' class='meter'>m</p><p class='a\tmeter__b'>n</p><p data-paywall>p</p>"
    "<div class='parameter'>q</div></body></html>",
    "<html><body><article><a href='/x'><h3>Card</h3></a><h2>Plain</h2><h4><a>no href</a></h4>"
    "<div class='by-author' rel='author'><h5><a href='/y'>Linked</a></h5></div>"
    "<span rel='author'>R</span><p class='sponsored'>S</p></article></body></html>",
)


def _pages() -> Iterator[tuple[str, bytes]]:
    for path in sorted(DEMO_SITE.rglob("index.html")):
        yield path.parent.name, path.read_bytes()
    for path in sorted(FIXTURES.glob("*/*/page.html")):
        yield path.parent.name, path.read_bytes()
    for n, html in enumerate(EDGE_CASES):
        yield f"edge-{n}", html.encode()


PAGES = list(_pages())


def _tree(raw: bytes) -> lxml_html.HtmlElement:
    return Document.from_input(raw, "https://example.com/").tree


def _walked_text(el: etree._Element) -> str:
    """element_text without its shortcuts: the Python walk."""
    parts: list[str] = []
    _collect(el, parts, (), top=True)
    return clean("".join(parts))


@pytest.mark.parametrize(("name", "raw"), PAGES, ids=[name for name, _ in PAGES])
def test_element_text_shortcuts_match_the_walk(name: str, raw: bytes) -> None:
    tree = _tree(raw)
    for el in tree.iter():
        assert element_text(el) == _walked_text(el), (name, el.tag)
    # a hand-built tree may hold an entity reference, which the C join would expand
    div = etree.Element("div")
    div.text = "a"
    div.append(etree.Entity("amp"))
    div.append(etree.Element("span"))
    assert element_text(div) == _walked_text(div) == "a"


@pytest.mark.parametrize(("name", "raw"), PAGES, ids=[name for name, _ in PAGES])
def test_paywall_candidates_in_one_pass_match_the_index_and_xpath(name: str, raw: bytes) -> None:
    from newsarchive.extract.evidence.matcher import paywall_candidates, paywall_candidates_of
    from newsarchive.extract.evidence.rules import PAYWALL_NEEDLES

    doc = Document.from_input(raw, "https://example.com/")
    for html in (doc.html, None, doc.html + " data-paywall"):
        data_attribute = html is None or "data-paywall" in html
        present = tuple(n for n in PAYWALL_NEEDLES if n in doc.attribute_text)
        expected = paywall_candidates(doc.tree, present, data_attribute)
        assert paywall_candidates_of(doc.tree, None, html) == expected, name
        assert paywall_candidates_of(doc.tree, doc.attribute_text, html) == expected, name


_LINKED_HEADING_XPATH = etree.XPath(
    "boolean(descendant-or-self::*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"
    "[ancestor::a or descendant::a[@href]])"
)


@pytest.mark.parametrize(("name", "raw"), PAGES, ids=[name for name, _ in PAGES])
def test_linked_heading_and_byline_tests_match_their_xpaths(name: str, raw: bytes) -> None:
    from newsarchive.extract.evidence.matcher import has_linked_heading, is_byline
    from newsarchive.extract.evidence.rules import BYLINE_SELECTOR
    from newsarchive.extract.selectors import select

    tree = _tree(raw)
    bylines = set(select(tree, BYLINE_SELECTOR))
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        assert has_linked_heading(el) == _LINKED_HEADING_XPATH(el), (name, el.tag)
        assert is_byline(el) == (el in bylines), (name, el.tag, el.get("class"))


@pytest.mark.parametrize(("name", "raw"), PAGES, ids=[name for name, _ in PAGES])
def test_bylines_among_the_label_word_walk_match_the_byline_xpath(name: str, raw: bytes) -> None:
    """article_labels takes a short story's bylines from its label-word walk: the same as BYLINES filtered."""
    from newsarchive.extract.evidence import matcher

    tree = _tree(raw)
    for scope in (tree, *tree.iter("article", "main", "header", "div")):
        if not matcher.has_label_word(matcher.STRING(scope)):
            continue
        worded = matcher.with_label_word(scope)
        shared = [el for el in worded if el is not scope and matcher.is_byline(el)]
        expected = [el for el in matcher.BYLINES(scope) if matcher.has_label_word(matcher.STRING(el))]
        assert shared == expected, (name, scope.tag, scope.get("class"))


def test_labels_of_a_short_story_with_labelled_bylines(monkeypatch: pytest.MonkeyPatch) -> None:
    """The header region grows to the whole (short) story: its bylines come from the shared walk."""
    from newsarchive.extract.evidence import apply, matcher

    html = (
        "<html><body><article class='story'><header><h1>Ports race to automate</h1></header>"
        "<div class='article__byline'><span class='article__sponsor'>Paid post by Harbor Tech</span></div>"
        "<p>A short story about ports and their partners.</p></article></body></html>"
    )
    tree = _tree(html.encode())
    h1 = next(tree.iter("h1"))
    expected = apply.article_labels(h1, "Ports race to automate")
    assert "Paid post by Harbor Tech" in [text for _, text in expected]

    def no_xpath(scope: etree._Element) -> list[etree._Element]:
        raise AssertionError("the byline XPath ran")

    monkeypatch.setattr(matcher, "BYLINES", no_xpath)
    assert apply.article_labels(h1, "Ports race to automate") == expected


def test_scoped_noise_contains_inside_matches_contains() -> None:
    from newsarchive.extract.noise import ScopedNoise
    from newsarchive.extract.registry import get_profile

    profile = get_profile("nikkei_asia")
    extra = (*profile.remove, "section > div.promo", "#js-meter")
    checked = 0
    for path in sorted(DEMO_SITE.rglob("index.html")):
        tree = _tree(path.read_bytes())
        headline = tree.find(".//h1")
        container = next(headline.iterancestors("article"), None) if headline is not None else None
        if container is None:
            continue
        memoised = ScopedNoise(tree, container, extra=extra, keep=[headline])
        plain = ScopedNoise(tree, container, extra=extra, keep=[headline])
        inside = set(container.iter())
        # leaves first, so later calls are answered from the verdicts kept on the way up
        for el in reversed(list(tree.iter())):
            if not isinstance(el.tag, str):
                continue
            expected = plain.contains(el) if el in inside else None
            assert memoised.contains_inside(el) == expected, (path, el.tag, el.get("class"))
            checked += 1
    assert checked > 1000


@pytest.mark.parametrize(
    "body",
    [
        [],
        ["One two three."],
        ["  spaced\tout \n text  ", "", "   ", "Caf\u0065\u0301 au lait", "\u2000wide\u3000space\u00a0"],
        ["Ce\u0301cile\u2001et Zoe\u0308", "plain ASCII paragraph", "\ufb01 ligature stays"],
    ],
)
def test_refresh_derived_matches_word_count_and_body_hash(body: list[str]) -> None:
    from newsarchive.items import Article, body_hash

    article = Article(url="https://example.com/a", site="example.com", body=list(body))
    article.refresh_derived()
    assert article.word_count == sum(len(p.split()) for p in body)
    assert article.content_hash == body_hash(body)
    if body:
        normalised = [" ".join(unicodedata.normalize("NFC", p).split()) for p in body]
        assert article.content_hash == body_hash([p for p in normalised if p])


def test_read_meta_one_walk_keeps_document_order_and_the_first_canonical() -> None:
    from newsarchive.extract.metadata import read_meta

    html = (
        "<html lang='en'><head><meta charset='utf-8'><link rel='stylesheet' href='/a.css'>"
        "<meta property='article:tag' content='One'><link rel='Canonical' href=' https://e.com/1 '>"
        "<meta name='article:tag' content='Two'><link rel='canonical' href='https://e.com/2'>"
        "<meta name='keywords'><meta property='' name='x' content='y'></head>"
        "<body><meta itemprop='article:tag' content='Three'></body></html>"
    )
    meta = read_meta(_tree(html.encode()))
    assert meta.values == {"article:tag": ["One", "Two", "Three"], "x": ["y"]}
    assert meta.canonical == "https://e.com/1"
    assert meta.lang == "en"


def test_fixture_pages_exist() -> None:
    assert len(PAGES) > len(EDGE_CASES) + 10
    assert all(isinstance(raw, bytes) for _, raw in PAGES)
    assert Path(FIXTURES).is_dir()


_INDEX_SELECTORS = (
    ".a.b",
    "p.x",
    "div p",
    "div > p",
    "div div p",
    "div > div > p",
    "article figure",
    "article h1",
    "body div",
    "div.article__content > div.ezrichtext-field > p",
    ".article__content p",
    ".article__byline .article__author",
    ".article__image figure img",
    "header > h1.article__title",
    "span",
)


@pytest.mark.parametrize(("name", "raw"), PAGES, ids=[name for name, _ in PAGES])
def test_class_index_selects_what_the_compiled_selector_selects(name: str, raw: bytes) -> None:
    from newsarchive.extract.registry import ProfileRegistry

    PROFILES = ProfileRegistry.builtin().profiles
    from newsarchive.extract.selectors import ClassIndex, select

    selectors = {s for p in PROFILES for v in p.selectors.values() for s in v} | set(_INDEX_SELECTORS)
    tree = _tree(raw)
    answered = 0
    for root in (tree, *tree.iter("article", "main", "figure", "div", "p")):
        index = ClassIndex(root)
        for selector in sorted(selectors):
            found = index.select(selector)
            if found is None:
                continue
            assert found == select(root, selector), (name, root.tag, root.get("class"), selector)
            answered += 1
    assert answered


def test_class_index_leaves_other_selectors_to_xpath() -> None:
    from newsarchive.extract.selectors import ClassIndex

    index = ClassIndex(_tree(b"<html><body><p class='a'>x</p></body></html>"))
    for selector in ("#x", "p:first-child", "[class~='a']", ".a, .b", "p ~ p", "*", "p + p", ".a *"):
        assert index.select(selector) is None, selector
    assert index.select(".a") == index.select("p.a") == list(index.root.iter("p"))


def test_class_index_with_nested_and_tab_separated_classes() -> None:
    from newsarchive.extract.selectors import ClassIndex, select

    html = (
        "<html><body><div class='x'><div class='x\ty'><p>1</p><div class='x'><p>2</p></div></div>"
        "<p class='y x'>3</p></div><div class='x\u00a0y'><p>4</p></div><p class='x x'>5</p></body></html>"
    )
    tree = _tree(html.encode())
    index = ClassIndex(tree)
    for selector in (".x p", ".x > p", ".x .x p", ".x.y", ".y", ".x", "div.x > div.x > p", ".x div p"):
        assert index.select(selector) == select(tree, selector), selector


@pytest.mark.parametrize(("name", "raw"), PAGES, ids=[name for name, _ in PAGES])
def test_bylines_from_the_class_index_match_the_byline_xpath(name: str, raw: bytes) -> None:
    from newsarchive.extract.evidence.matcher import BYLINES, bylines
    from newsarchive.extract.selectors import ClassIndex

    tree = _tree(raw)
    for scope in (tree, *tree.iter("article", "main", "div")):
        expected = BYLINES(scope)
        assert bylines(scope, ClassIndex(scope)) == expected, (name, scope.tag)
        assert bylines(scope, None) == expected
        assert bylines(scope, ClassIndex(tree)) == expected


def test_holders_match_a_search_of_each_value() -> None:
    """selectors.holders (NUL-joined values, NULs counted) finds the values a plain test finds."""
    from newsarchive.extract.selectors import VALUE_SEPARATOR, holders

    values = ["a meter", "", "x", "meter meter", "meterx", "y", "paywall", "", "meter"]
    joined = VALUE_SEPARATOR.join(values)
    for needle in ("meter", "paywall", "x", "a", "zz", "", "meter meter"):
        assert list(holders(joined, needle)) == [i for i, v in enumerate(values) if needle in v], needle
    assert list(holders("", "meter")) == []


@pytest.mark.parametrize(("name", "raw"), PAGES, ids=[name for name, _ in PAGES])
def test_label_word_tests_match_the_lower_cased_string(name: str, raw: bytes) -> None:
    """_holds_label_word (a leaf's own text, else libxml2's UTF-8 text, lower-cased as bytes) gives
    the verdict of the label words on string(.) lower-cased as str, for every element."""
    from newsarchive.extract.evidence import matcher

    for el in _tree(raw).iter(etree.Element):
        text = matcher.STRING(el)
        expected = any(word in text.lower() for word in matcher.LABEL_WORDS)
        assert matcher.holds_label_word(el) == expected, (name, el.tag)
        assert matcher.has_label_word(text) == expected, (name, el.tag)


def test_label_words_lower_cased_as_bytes_match_str_lower_for_every_code_point() -> None:
    """Only ASCII letters, U+212A and U+0130 lower-case to an ASCII letter (checked for every code
    point): the bytes test (ASCII letters only) agrees with str.lower, next to those two as well."""
    from newsarchive.extract.evidence import matcher

    special = {
        code
        for code in range(0x80, 0x110000)
        if not 0xD800 <= code <= 0xDFFF and any(c.isascii() and c.isalpha() for c in chr(code).lower())
    }
    assert special == {0x130, 0x212A}
    words = matcher.LABEL_WORDS
    assert not any(word.endswith("i") for word in words)
    for char in ("\u0130", "\u212a", "\u00e9", "\u00ad", "\u017f", "\u00a0"):
        for sample in ("Sponsored", "PAID post", "pai", "Brought", "xadvert", "PARTNER", "Reklama", "REKLAM"):
            for text in (char + sample, sample + char, sample[:2] + char + sample[2:], sample[:3] + char):
                assert matcher.has_label_word(text) == any(word in text.lower() for word in words), text
    # a label word set in capitals, with a capital first letter or first letters (the forms bytes.lower
    # leaves apart from str.lower outside ASCII: "KOMERČNÍ", "РЕКЛАМА", "Реклама"), alone and in a long text
    for word in words:
        for form in (word, word.upper(), word.capitalize(), word.title(), word.replace("k", "\u212a")):
            for text in (form, "x " + form + " y", "\u00dcn\u00efc\u00f6d\u00e9 " * 60 + form):
                assert matcher.has_label_word(text) == any(w in text.lower() for w in words), text
    story = "\u00dcn\u00efc\u00f6d\u00e9 text " * 40
    for text in (story, story + "ParTner", "PROMOTED " + story):
        assert matcher.has_label_word(text) == any(word in text.lower() for word in words)


@pytest.mark.parametrize(("name", "raw"), PAGES, ids=[name for name, _ in PAGES])
def test_profile_headline_from_the_selected_element_matches_the_selector_walk(name: str, raw: bytes) -> None:
    """ProfilePage.headline starts from the element the headline selectors found in the page: the
    same text as the selectors run in the container, else the generic headline."""
    from newsarchive.extract.page import Page
    from newsarchive.extract.profiles.base import ProfilePage
    from newsarchive.extract.registry import ProfileRegistry

    PROFILES = ProfileRegistry.builtin().profiles
    for profile in PROFILES:
        page = ProfilePage(Document.from_input(raw, profile.base_url + "/a/b"), profile)
        expected = page._text("headline") or Page.headline(page)
        assert page.headline() == expected, (name, profile.name)
