"""Session 12's speed-ups keep the records and never change the caller's tree (benchmarks/README.md,
"Extraction time against trafilatura's"): the fast pass works on the page itself where trafilatura's
raw-tree prune deletes nothing (content/fast_pass.py `_pruned`); readability's probe is not run where a
bound of its result's length settles the test (content/readability_probe.py). Pages built by hand."""

from __future__ import annotations

from copy import copy
from typing import Any

import pytest
from lxml import etree
from lxml import html as lxml_html
from trafilatura.external import try_readability
from trafilatura.utils import load_html

from newsarchive.extract.content import fast_pass, readability_probe
from newsarchive.extract.content.readability_probe import _TEXT_LENGTH, text_bound
from newsarchive.extract.document import Document
from tests.test_extract_fast_pass import EDGE_CASES, _bare, _fast

_PLAIN = (
    "<html><body><article><h1>Council votes on the bridge</h1>"
    + "".join(f"<p>Paragraph {n} of the story, about the council's vote on the bridge.</p>" for n in range(8))
    + "</article><div class='sidebar'><p>Most read</p></div></body></html>"
)
# a short story beside a long list of links: its extraction is under a fifth of the page's text, so the
# fast pass reaches trafilatura's recall escalation and measures the page text
_SHORT_STORY = (
    "<html><body><article><h1>Council votes</h1><p>"
    + "The council voted on the new bridge over the river on Monday evening. " * 5
    + "</p></article><div class='links'><ul>"
    + "".join(f"<li><a href='/s{n}'>Another story, number {n}, about the town</a></li>" for n in range(60))
    + "</ul></div></body></html>"
)


def _tree(html: str) -> lxml_html.HtmlElement:
    doc = Document.from_input(html.encode(), "https://example.com/2020/01/02/story")
    doc.drop_code()
    return doc.tree


def test_a_page_the_prune_leaves_whole_is_used_as_it_is() -> None:
    page = _tree(_PLAIN)
    before = etree.tostring(page)
    tree, is_forum = fast_pass._pruned(page)
    assert tree is page and not is_forum
    assert etree.tostring(page) == before


def test_own_asks_for_a_copy_even_where_nothing_is_pruned() -> None:
    page = _tree(_PLAIN)
    tree, _ = fast_pass._pruned(page, own=True)
    assert tree is not page
    assert etree.tostring(tree) == etree.tostring(copy(page))


def test_a_page_with_a_comment_section_is_pruned_in_a_copy() -> None:
    page = _tree(EDGE_CASES["comments"])
    tree, _ = fast_pass._pruned(page)
    assert tree is not page
    assert "First comment" in page.text_content()  # the caller's tree keeps it
    assert "First comment" not in tree.text_content()


def test_the_page_text_of_a_shared_page_is_measured_on_a_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The short story reaches the escalation test, whose page text (html2txt) changes its input: with
    the page itself as the pruned tree, html2txt gets a copy, and the result is trafilatura's."""
    page = _tree(_SHORT_STORY)
    assert fast_pass._pruned(page)[0] is page  # (nothing to prune: the shared case)
    seen: list[Any] = []
    measure = fast_pass._page_text

    def spy(tree: lxml_html.HtmlElement) -> str:
        seen.append(tree)
        return measure(tree)

    monkeypatch.setattr(fast_pass, "_page_text", spy)
    before = etree.tostring(page)
    for fast in (True, False):
        assert _fast(page, None, fast) == _bare(page, None, fast)
    assert seen and all(tree is not page for tree in seen)
    assert etree.tostring(page) == before


# --- the readability probe's bound (content/readability_probe.py) --------------------------------------
_VIDEO = "<iframe src='https://www.youtube.com/embed/x'></iframe>"
PROBE_PAGES = {
    "story": _PLAIN,
    "short story beside links": _SHORT_STORY,
    "scripts and styles": "<html><head><script>var a = 'x y z';</script><style>p { color: red }</style>"
    "</head>"
    "<body><div class='content'>"
    + "".join(
        f"<p>Line {n}, a sentence of the story, with a comma.</p><script>f({n})</script>" for n in range(10)
    )
    + "</div></body></html>",
    "video players": "<html><body><div class='post'>"
    + "".join(f"<p>Paragraph {n} of a post, long enough to be a candidate.</p>{_VIDEO}" for n in range(6))
    + "</div></body></html>",
    "text in a table": "<html><body><div class='article'><table><tr>loose text<td>"
    + "A cell holds the story's text, a sentence long enough to count for it. " * 4
    + "</td></tr></table><div>text in a div <b>bold</b> tail</div></div></body></html>",
    "no paragraph": "<html><body><div>  spaced \n\n out   text  </div> after</body></html>",
}


@pytest.mark.parametrize("name", list(PROBE_PAGES))
def test_the_bound_holds_readabilitys_pick(name: str) -> None:
    html = PROBE_PAGES[name]
    for page in (_tree(html), load_html(html)):  # (after drop_code, and trafilatura's own parse)
        bound = text_bound(page)
        assert bound is not None
        assert _TEXT_LENGTH(try_readability(copy(page))) <= bound


def test_a_raw_text_element_gives_no_bound() -> None:
    page = _tree("<html><body><p>story</p><xmp>a &amp; b</xmp></body></html>")
    assert text_bound(page) is None


def test_readability_runs_only_where_the_bound_leaves_the_answer_open(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    runs: list[int] = []
    real = readability_probe.try_readability

    def counted(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
        runs.append(1)
        return real(tree)

    monkeypatch.setattr(readability_probe, "try_readability", counted)
    page = _tree(_PLAIN.replace("class='sidebar'", "class='more'"))  # (no box readability drops)
    assert readability_probe.unlikely_text(page) == 0
    bound = readability_probe.text_bound(page)
    assert bound is not None
    assert not readability_probe.readability_finds_more(page, bound // 2 + 1)
    assert runs == []  # (settled by the bound)
    assert not readability_probe.readability_finds_more(page, bound // 2 - 1)
    assert runs == [1]
    assert readability_probe.readability_finds_more(page, 10)  # (the story is far longer than 20 characters)


# --- caption elements by one walk (fields/media.py _caption_elements) -------------------------------------
_CAPTION_XPATH = etree.XPath(
    "descendant::*[@class or @data-hook or @data-testid][not(self::figcaption)][not(ancestor::figure)]"
)
_CAPTIONS_PAGE = (
    "<html><body><article class='story'><h1>Title</h1>"
    "<div class='wp-caption'><img src='a.jpg'><p class='wp-caption-text'>A caption</p></div>"
    "<figure class='caption-figure'><img src='b.jpg'><div class='Figure-caption'>In a figure</div>"
    "<figcaption class='caption'>Its figcaption</figcaption></figure>"
    "<div><span class='_3Ly8Z' data-hook='imageViewerCaption'>Wix caption</span><img src='c.jpg'></div>"
    "<div data-testid='photo-caption'>React caption</div><div data-testid='other' class=''>x</div>"
    "<img class='caption' src='d.jpg'><a class='caption' href='/x'>a link</a>"
    "<figure><figure><p class='legende'>nested</p></figure></figure>"
    "<p class='Bildunterschrift'>Foto</p><p class='leyenda'>Foto</p><p class='body'>text</p>"
    "</article></body></html>"
)


def test_caption_elements_are_what_the_xpath_and_is_caption_select() -> None:
    from newsarchive.extract.fields.media import _caption_elements, _is_caption

    tree = Document.from_input(_CAPTIONS_PAGE.encode(), "https://example.com/story").tree
    scopes = [tree, *tree.iter("article", "figure", "div", "p")]
    for scope in scopes:
        assert list(_caption_elements(scope)) == [el for el in _CAPTION_XPATH(scope) if _is_caption(el)]
    found = [(el.tag, el.text) for el in _caption_elements(tree)]
    assert found == [
        ("div", None),  # (wp-caption: the caption's container names it too)
        ("p", "A caption"),
        ("figure", None),  # (a figure whose class names a caption: not inside a figure itself)
        ("span", "Wix caption"),
        ("div", "React caption"),
        ("p", "Foto"),
        ("p", "Foto"),
    ]
    figure = next(tree.iter("figure"))
    assert list(_caption_elements(figure)) == []  # (inside a figure, the figure's reading finds it)


# --- trafilatura's options made once per size and mode (content/fast_pass.py _options) ----------------------
@pytest.mark.parametrize("size", [None, 125])
@pytest.mark.parametrize("fast", [True, False])
def test_the_options_are_what_extractor_makes_for_each_page(size: int | None, fast: bool) -> None:
    import trafilatura
    from trafilatura.settings import Extractor

    config = trafilatura.settings.DEFAULT_CONFIG if size is None else fast_pass._config(size)
    for url in ("https://example.com/2020/01/02/one", "https://example.org/two", None):
        made = Extractor(config=config, output_format="python", fast=fast, comments=False, url=url)
        options = fast_pass._options(size, fast, url)
        assert {name: getattr(options, name) for name in Extractor.__slots__} == {
            name: getattr(made, name) for name in Extractor.__slots__
        }


def test_one_pages_options_do_not_leak_into_the_next() -> None:
    first = fast_pass._options(None, True, "https://example.com/first")
    first.focus = "recall"  # (as a caller that changed its options would)
    second = fast_pass._options(None, True, "https://example.com/second")
    assert second is not first
    assert (second.url, second.source, second.focus) == (
        "https://example.com/second",
        "https://example.com/second",
        "balanced",
    )


# --- word counts: one search for a dense script (textsize.text_words) ---------------------------------------
def _words_before(text: str) -> int:
    """text_words as it was: two scans of every non-ASCII text."""
    from newsarchive import textsize

    if text.isascii():
        return len(text.split())
    cjk = len(textsize._CJK_RX.findall(text))
    unspaced = len(textsize._UNSPACED_RX.findall(text))
    if not cjk and not unspaced:
        return len(text.split())
    spaced = len(textsize._NOT_SPACED_RX.sub(" ", text).split())
    return spaced + cjk + unspaced // textsize.UNSPACED_CHARS_PER_WORD


def test_word_counts_are_unchanged() -> None:
    from newsarchive.textsize import text_words

    edges = [chr(c) for c in (0x0DFF, 0x0E00, 0x0E7F, 0x17FF, 0x1800, 0x303F, 0x3040, 0x9FFF, 0xFF9F, 0xFFA0)]
    edges += [chr(0x1FFFF), chr(0x20000), chr(0x2FA1F), chr(0x2FA20)]
    texts = [
        "plain ASCII words",
        "Die Brücke über den Fluss „wird gebaut“ – sagt der Rat.",
        "東京都は月曜日、新しい橋の建設を決めた。 Tokyo",
        "ภาษาไทย คำ",
        "서울시는 월요일 새 다리를 짓기로 했다",
        *(f"a{ch}b {ch}" for ch in edges),
    ]
    for text in texts:
        assert text_words(text) == _words_before(text), text


# --- the text readability drops as unlikely (content/readability_probe.py unlikely_text) ----------------
_WITH_BOXES = (
    "<html><body><div class='page'><div class='article-body'>"
    + "<p>The council voted on the new bridge over the river, after a long debate, on Monday.</p>" * 3
    + "</div><div class='sidebar'><ul>"
    + "".join(f"<li>Most read story number {n}, about the town and its people</li>" for n in range(30))
    + "</ul><script>var x = 'sidebar code';</script><div class='comment-box'>nested box</div></div>"
    + "<div id='comments'>"
    + "<p>A reader's comment, long enough to be a candidate paragraph of its own, says so.</p>" * 8
    + "</div><footer class='footer-links'>About us, Contact, Imprint</footer></div></body></html>"
)


def test_the_boxes_readability_drops_tighten_the_bound() -> None:
    for page in (_tree(_WITH_BOXES), load_html(_WITH_BOXES)):
        bound = text_bound(page)
        assert bound is not None
        tighter = bound - readability_probe.unlikely_text(page)
        picked = _TEXT_LENGTH(try_readability(copy(page)))
        assert picked <= tighter < bound - 1000  # (the sidebar's and the comments' text is out)


def test_the_page_itself_is_never_an_unlikely_box() -> None:
    """Readability tests the page's descendants only: a page element named like a box still counts."""
    page = _tree(_WITH_BOXES)
    wrapper = next(el for el in page.iter("div") if el.get("class") == "page")
    wrapper.set("class", "page sidebar-layout")
    picked = _TEXT_LENGTH(try_readability(copy(wrapper)))
    assert picked <= text_bound(wrapper) - readability_probe.unlikely_text(wrapper)  # type: ignore[operator]
    assert readability_probe.unlikely_text(wrapper) < len(wrapper.text_content())


def test_a_short_fast_pass_beside_big_boxes_needs_no_readability_run(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _tree(_WITH_BOXES)
    bound = text_bound(page)
    tighter = bound - readability_probe.unlikely_text(page)  # type: ignore[operator]
    length = tighter // 2 + 1  # (the first bound leaves it open, the second settles it)
    assert bound > 2 * length >= tighter  # type: ignore[operator]
    monkeypatch.setattr(readability_probe, "try_readability", lambda tree: pytest.fail("readability ran"))
    assert not readability_probe.readability_finds_more(page, length)
