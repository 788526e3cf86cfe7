"""content/main_content's walks select what trafilatura's XPaths select (OVERALL_DISCARD_XPATH: the same
elements in the same order; BODY_XPATH: the same first element), on every demo-site page and extraction
fixture page, raw and as trafilatura's main-content step sees them (cleaned, tags converted), and on a
page made to hit each test of the XPaths (attribute order, missing attributes, case, each token kind).
The whole sequence is checked against bare_extraction in test_extract_fast_pass.py."""

from __future__ import annotations

from copy import copy

import pytest
import trafilatura
from lxml import etree
from lxml import html as lxml_html
from trafilatura.htmlprocessing import convert_tags, tree_cleaning
from trafilatura.settings import DEFAULT_CONFIG, Extractor
from trafilatura.xpaths import BODY_XPATH, OVERALL_DISCARD_XPATH

from newsarchive.extract.content import main_content
from newsarchive.extract.document import Document
from tests.test_extract_fast_pass import PAGES

# Each test of the discard XPaths (OVERALL_DISCARD_XPATH), one element each: (element, whether the XPaths
# select it). "@id|@class" is the first of the two in source order.
_DISCARD_EDGES = (
    ('<div id="x" class="cookie-note">consent token in the second attribute</div>', False),
    ('<div class="cookie-note" id="x">consent token in the first attribute</div>', True),
    ('<div id="cookie" class="x">consent id first</div>', True),
    ('<section role="Navigation">role, any case of N</section>', True),
    ('<span role="main">role without nav</span>', False),
    ('<p data-lp-replacement-content="">empty but present</p>', True),
    ('<div data-component="MostPopularStoriesBox">popular</div>', True),
    ('<div id="share-tools">id share</div>', True),
    ('<div class="ShareThis">Share is an id token only</div>', False),
    ('<div class="post-share-">share- in class</div>', True),
    ('<div class=" ad ">ad</div>', True),
    ('<div class="top ad-slot">ad-</div>', True),
    ('<div class="x" id="premium-box">premium id</div>', True),
    ('<div class="premium-box">premium is an id token only</div>', False),
    ('<list class="menu"><item class="widget">nested</item></list>', True),
    ("<div>no attributes</div>", False),
    ('<p lang="en">another attribute</p>', False),
    ('<div class="comments-title">exact class</div>', True),
    ('<div class="comments-title x">class token</div>', True),
    ('<div id="reply-1" class="x">reply id first</div>', True),
    ('<div class="x" id="reply-1">reply id second</div>', False),
    ('<div style="color:red" id="hidden-x">style before id</div>', False),
    ('<div id="hidden-y" style="color:red">id before style</div>', True),
    ('<div style="display: none">hidden style</div>', True),
    ('<div style="display:none">hidden style</div>', True),
    ('<b aria-hidden="true">aria</b>', True),
    ('<b aria-hidden="false">aria false</b>', False),
    ('<em id="reader-comments">comments id</em>', True),
    ('<i class="x hide">hide</i>', True),
)
# Each BODY_XPATH stage with a walk, its first match nested in or after other matches of the stage.
_BODY_EDGES = (
    '<article class="story"><div class="Fulltext">any case</div><div class="entry">entry</div></article>',
    '<section id="main-Content">any case of C and M</section><div class="Page-content">page-content</div>',
    '<div class="articleBody"><div class="post">post</div></div><div itemprop="articleBody">itemprop</div>',
    '<div id="content">c</div><div class="content">c2</div>',
    '<div role="article">ra</div><div id="story">st</div>',
    '<div class="content_main">cm</div><div id="contentBody">cb</div><div class="single-content">sc</div>',
    '<div class="article x">article then a space</div><div id="primary-x">primary</div>',
)
_EDGES = (
    "<html><body><main>"
    + "".join(element for element, _ in _DISCARD_EDGES)
    + "".join(_BODY_EDGES)
    + "</main></body></html>"
)


def _trees(raw: bytes) -> list[lxml_html.HtmlElement]:
    """The page as parsed here, and as trafilatura's main-content step gets it (cleaned, tags converted)."""
    tree = Document.from_input(raw, "https://example.com/").tree
    options = Extractor(config=DEFAULT_CONFIG, output_format="python", fast=True, comments=False)
    return [tree, convert_tags(tree_cleaning(copy(tree), options), options)]


CASES = [*PAGES, ("edges", _EDGES.encode())]


def test_the_installed_trafilatura_is_the_mirrored_one() -> None:
    assert main_content.MIRRORED, trafilatura.__version__


@pytest.mark.parametrize(("name", "raw"), CASES, ids=[name for name, _ in CASES])
def test_walks_select_what_the_xpaths_select(name: str, raw: bytes) -> None:
    for tree in _trees(raw):
        for walk, xpath in zip(main_content.OVERALL_DISCARD, OVERALL_DISCARD_XPATH, strict=True):
            assert walk(tree) == xpath(tree), (name, xpath.path)
        for walk, xpath in zip(main_content.BODY, BODY_XPATH, strict=True):
            assert walk(tree)[:1] == xpath(tree)[:1], (name, str(xpath))


def test_the_edge_page_hits_each_test() -> None:
    """The XPaths select the edge elements the table says they select (else the page tests nothing),
    and the three BODY_XPATH stages with a walk each find a different first element on it."""
    tree = lxml_html.document_fromstring(_EDGES)
    chosen = {el for xpath in OVERALL_DISCARD_XPATH for el in xpath(tree)}
    main = tree.find(".//main")
    for el, (element, selected) in zip(main, _DISCARD_EDGES, strict=False):
        assert (el in chosen) is selected, element
    firsts = [etree.tostring(xpath(tree)[0]) for xpath in (BODY_XPATH[0], BODY_XPATH[2], BODY_XPATH[3])]
    assert len(set(firsts)) == 3
