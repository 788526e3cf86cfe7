"""content/fast_pass.fast_body gives the body trafilatura.bare_extraction gives (comments off, fast or not),
on every demo-site page, every extraction fixture page, and pages made to hit each branch of the raw-tree
prune it evaluates in Python (infinite-scroll and appended-article containers, share buttons, comment
sections and lists, a forum thread) and of the sequence (short pages: baseline rescue, recall retry)."""

from __future__ import annotations

from collections.abc import Iterator
from copy import copy

import pytest
import trafilatura
from lxml import etree
from lxml import html as lxml_html
from trafilatura.baseline import html2txt
from trafilatura.utils import load_html

from newsarchive.extract.content import fast_pass
from newsarchive.extract.content.fast_pass import fast_body
from newsarchive.extract.document import Document
from tests.fixtures.extract_helpers import DEMO_SITE, FIXTURES

_STORY = "".join(
    f"<p>Paragraph {n} of the story tells what happened in the town hall on Monday evening, "
    f"and what the council decided about the new bridge over the river.</p>"
    for n in range(12)
)
_FORUM = '<script type="application/ld+json">{"@type": "DiscussionForumPosting", "headline": "t"}</script>'
EDGE_CASES = {
    "comments": f"<html><body><article><h1>Title</h1>{_STORY}</article>"
    "<div id='comments'><p>First comment, a long one about the bridge and the council vote.</p></div>"
    "<section class='comment-list'><p>Another comment about it all, long enough to count.</p></section>"
    "<div id='commentary'><p>Commentary is not comments: it stays in the page for the extractor.</p></div>"
    "<ol class='commentlist'><li>one</li></ol><ul id='comol-x'><li>two</li></ul>"
    "<ul id='disqus_thread'><li>a disqus id on a list: kept</li></ul>"
    "<div id='disqus_thread'><p>disqus</p></div><div class='post-comments x'>pc</div></body></html>",
    "infinite": "<html><body><div class='main'><h1>Title</h1>" + _STORY + "</div>"
    "<div class='infinite-scroll'><h2>Next story</h2>" + _STORY + "</div>"
    "<section id='infinitescroll'><h1>Has its own h1: kept</h1><p>x</p></section>"
    "<div class='mvp-post-add-box'><h1>Appended, with h1: pruned</h1>" + _STORY + "</div>"
    "<aside class='elementor-share-buttons'>Share<div class='infinite-scroll'>nested</div></aside>"
    "</body></html>",
    "forum": "<html><head>"
    + _FORUM
    + "</head><body><h1>Thread</h1><div class='comment-body'>"
    + _STORY
    + "</div><div id='comments'>"
    + _STORY
    + "</div></body></html>",
    "short": "<html><body><div><h1>Title</h1><p>One short paragraph of a page.</p></div>"
    "<div>" + " ".join(f"<span>word{n} filler text of the page</span>" for n in range(200)) + "</div>"
    "</body></html>",
    "tails": "<html><body><article><h1>T</h1><p>a</p><div id='comments'>c</div>tail after the comments"
    + _STORY
    + "</article></body></html>",
    "empty": "<html><body></body></html>",
}


def _pages() -> Iterator[tuple[str, bytes]]:
    for path in sorted(DEMO_SITE.rglob("index.html")):
        yield path.parent.name, path.read_bytes()
    for path in sorted(FIXTURES.glob("*/*/page.html")):
        yield path.parent.name, path.read_bytes()
    for name, html in EDGE_CASES.items():
        yield f"edge-{name}", html.encode()


PAGES = list(_pages())


def _bare(tree: lxml_html.HtmlElement, url: str | None, fast: bool = True) -> bytes | None:
    document = trafilatura.bare_extraction(tree, url=url, include_comments=False, fast=fast)
    return None if document is None or document.body is None else etree.tostring(document.body)


def _fast(tree: lxml_html.HtmlElement, url: str | None, fast: bool = True) -> bytes | None:
    body = fast_body(tree, url, fast=fast)
    return None if body is None else etree.tostring(body)


def test_the_installed_trafilatura_is_the_mirrored_one() -> None:
    # (another release takes bare_extraction itself: right, but the speed-up is gone)
    assert fast_pass.MIRRORED, trafilatura.__version__


@pytest.mark.parametrize(("name", "raw"), PAGES, ids=[name for name, _ in PAGES])
def test_fast_body_is_bare_extractions_body(name: str, raw: bytes) -> None:
    url = f"https://example.com/2020/01/02/{name}"
    doc = Document.from_input(raw, url)
    trees = [doc.tree]  # as the body extractor gets it: newsarchive's parse, after drop_code
    doc.drop_code()
    loaded = load_html(doc.html)  # and trafilatura's own parse of the page (the raw-page retry)
    if loaded is not None:
        trees.append(loaded)
    for tree in trees:
        before = etree.tostring(tree)
        for fast in (True, False):
            assert _fast(tree, url, fast) == _bare(tree, url, fast), (name, fast)
            assert etree.tostring(tree) == before  # the caller's tree is not changed
        # (a copy of what _pruned gives, which is `tree` itself where nothing is pruned: libxml2's HTML parser
        # serialises a few attributes of its own tree twice, <html xmlns=.. xmlns=..>, a copy once)
        assert etree.tostring(copy(fast_pass._pruned(tree)[0])) == _trafilatura_pruned(tree)
        bound = fast_pass.text_bound(tree)
        if bound is not None:  # (None: html2txt may raise, it is run)
            assert len(html2txt(tree)) <= bound


def _trafilatura_pruned(page: lxml_html.HtmlElement) -> bytes:
    """The raw-tree prune as trafilatura_sequence runs it (comments off)."""
    from trafilatura.core import _forum_thread_page
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

    tree = copy(page)
    is_forum = _forum_thread_page(tree)
    tree = prune_unwanted_nodes(tree, RAW_TREE_PRUNE_XPATH)
    if not is_forum:
        tree = prune_unwanted_nodes(tree, REMOVE_COMMENTS_AND_LISTS_XPATH)
    return etree.tostring(tree)


def test_edge_cases_hit_each_prune_branch() -> None:
    """The edge pages do what their names say in trafilatura's own prune (else they test nothing)."""
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

    def pruned_text(name: str, xpaths: list[etree.XPath]) -> str:
        tree = copy(Document.from_input(EDGE_CASES[name].encode(), "https://example.com/").tree)
        return prune_unwanted_nodes(tree, xpaths).text_content()

    comments = pruned_text("comments", REMOVE_COMMENTS_AND_LISTS_XPATH)
    assert "First comment" not in comments and "Another comment" not in comments
    assert "Commentary is not" in comments and "a disqus id on a list" in comments
    infinite = pruned_text("infinite", RAW_TREE_PRUNE_XPATH)
    assert "Next story" not in infinite and "Appended, with h1" not in infinite
    assert "Has its own h1: kept" in infinite and "Share" not in infinite
    assert _fast(Document.from_input(EDGE_CASES["short"].encode(), "https://example.com/").tree, None)
