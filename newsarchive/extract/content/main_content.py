"""trafilatura's main-content step (`trafilatura.main_extractor.extract_content`) with its two costly XPath
sets evaluated as walks over the tree.

`extract_content` picks the story's container with BODY_XPATH (the first element whose class or id looks
like an article body) and prunes it with OVERALL_DISCARD_XPATH (sharing, navigation, ads, hidden parts).
Those XPaths test class and id with `re:test()`, which calls back into Python for every candidate
element: ~3 ms a page, a tenth of the extraction's time. Here the same tests run as one walk over the
same elements with the same regular expressions (built from the token tuples trafilatura builds its
XPaths from), each distinct attribute list tested once: the same elements in the same order, ~0.7 ms.
Everything else is trafilatura's code of TRAFILATURA_VERSION, in the same order (extract_content,
_extract and prune_unwanted_sections, mirrored below); any other installed version, or XPaths that
are not the ones these walks were written for, take trafilatura's own `extract_content`.
tests/test_extract_main_content.py checks each walk against its XPath on real pages and made-up edge
cases; tests/test_extract_fast_pass.py checks the whole sequence against `bare_extraction`.

The mirrored functions are trafilatura's (Copyright Adrien Barbaresi and contributors), used under the
Apache License, Version 2.0 (https://www.apache.org/licenses/LICENSE-2.0), as trafilatura 2.3.1 is.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from copy import deepcopy

import trafilatura
from lxml import etree
from lxml.etree import Element, _Element, strip_elements, strip_tags
from lxml.html import HtmlElement
from trafilatura import main_extractor

logger = logging.getLogger(__name__)

#: the trafilatura release whose extract_content this module mirrors
TRAFILATURA_VERSION = "2.3.1"

# An element's attributes as lxml lists them: (name, value) pairs in source order.
Attributes = Sequence[tuple[str, str]]


class AttributeWalk:
    """An XPath stand-in: the descendants of a tree with one of `tags` (any element when `tags` is
    empty) whose attribute list passes `test`, in document order; with `first`, only the first of them.

    Every test here needs an attribute, so an element without any is skipped, and `test` runs once per
    distinct attribute list (pages repeat a few class lists many times)."""

    def __init__(
        self, tags: tuple[str, ...], test: Callable[[Attributes], bool], *, first: bool = False
    ) -> None:
        self.tags = tags
        self.test = test
        self.first = first

    def __call__(self, tree: _Element) -> list[_Element]:
        found: list[_Element] = []
        tested: dict[tuple[tuple[str, str], ...], bool] = {}
        elements = tree.iterdescendants(*self.tags) if self.tags else tree.iterdescendants(etree.Element)
        for el in elements:
            items = el.items()
            if not items:
                continue
            key = tuple(items)
            hit = tested.get(key)
            if hit is None:
                hit = tested[key] = self.test(items)
            if hit:
                found.append(el)
                if self.first:
                    break
        return found


def _first_of(items: Attributes, a: str, b: str) -> str:
    """The value XPath's `@a|@b` gives a string function: the first of the two in source order."""
    for name, value in items:
        if name in (a, b):
            return value
    return ""


try:  # private parts of trafilatura, present in TRAFILATURA_VERSION
    from trafilatura import xpaths as _xpaths
    from trafilatura.htmlprocessing import (
        delete_by_link_density,
        link_density_test_tables,
        process_node,
        prune_unwanted_nodes,
    )
    from trafilatura.main_extractor import (
        NOT_AT_THE_END,
        REBUILT_BLOCKS,
        _elem_text,
        handle_textelem,
        recover_wild_text,
    )
    from trafilatura.settings import INLINE_FORMATTABLE, MIN_DUPLICATE_LENGTH, TAG_CATALOG, Extractor
    from trafilatura.utils import SPACING_PROTECTED, text_chars_test
    from trafilatura.xml import delete_element
    from trafilatura.xpaths import (
        BODY_XPATH,
        DISCARD_IMAGE_ELEMENTS,
        OVERALL_DISCARD_XPATH,
        PRECISION_DISCARD_XPATH,
        TEASER_DISCARD_XPATH,
    )

    _alt = _xpaths._alt
    # OVERALL_DISCARD_XPATH[0]'s regular expressions (re:test of @id|@class, of @id, of @class)
    _DISCARD_FIRST = _alt(_xpaths._CONSENT_ID_CLASS_TOKENS)
    _DISCARD_ID = _alt(_xpaths._OVERALL_DISCARD_BOTH_TOKENS + _xpaths._OVERALL_DISCARD_ID_TOKENS)
    _DISCARD_CLASS = _alt(_xpaths._OVERALL_DISCARD_BOTH_TOKENS + _xpaths._OVERALL_DISCARD_CLASS_TOKENS)
    # BODY_XPATH's (re:test of @id, of @class), stages 1 to 3
    _ARTICLE_ID = _alt(_xpaths._ARTICLE_CONTENT_ID_TOKENS)
    _ARTICLE_CLASS = _alt(_xpaths._ARTICLE_CONTENT_CLASS_TOKENS)
    _STORY_ID = _alt(_xpaths._STORY_ID_TOKENS)
    _STORY_CLASS = _alt(_xpaths._STORY_CLASS_TOKENS)
    _MAIN_ID = _alt(_xpaths._MAIN_CONTENT_ID_TOKENS)
    _MAIN_CLASS = _alt(_xpaths._MAIN_CONTENT_CLASS_TOKENS)
except (ImportError, AttributeError):  # pragma: no cover - another trafilatura: its own extract_content
    MIRRORED = False
else:
    # OVERALL_DISCARD_XPATH[1]'s regular expressions, as written in its XPath
    _HIDDEN_ID_STYLE = "hidden"
    _HIDDEN_ID = "reader-comments|akismet"
    _HIDDEN_CLASS = (
        "^hide-|comments-title|nocomments|-reply-|message|akismet|suggest-links|-hide-|hide-print"
        "| hidden| hide|noprint|notloaded"
    )
    # The walks below are written for these XPaths: each must still be the one they mirror.
    _WRITTEN_FOR = (
        (OVERALL_DISCARD_XPATH[0], (f"'{_DISCARD_FIRST}'", f"'{_DISCARD_ID}'", f"'{_DISCARD_CLASS}'")),
        (OVERALL_DISCARD_XPATH[1], (f"'{_HIDDEN_ID_STYLE}'", f"'{_HIDDEN_ID}'", f"'{_HIDDEN_CLASS}'")),
        (BODY_XPATH[0], (f"'{_ARTICLE_ID}'", f"'{_ARTICLE_CLASS}'")),
        (BODY_XPATH[2], (f"'{_STORY_ID}'", f"'{_STORY_CLASS}'", "'fulltext', 'i'")),
        (BODY_XPATH[3], (f"'{_MAIN_ID}'", f"'{_MAIN_CLASS}'")),
    )
    MIRRORED = (
        trafilatura.__version__ == TRAFILATURA_VERSION
        and len(OVERALL_DISCARD_XPATH) == 2
        and len(BODY_XPATH) == 5
        and all(all(part in xpath.path for part in parts) for xpath, parts in _WRITTEN_FOR)
    )


# --- OVERALL_DISCARD_XPATH -------------------------------------------------------------------------------
_DISCARD_TAGS = ("div", "item", "list", "p", "section", "span")


def _boilerplate(items: Attributes) -> bool:
    """OVERALL_DISCARD_XPATH[0]: sharing, newsletter, navigation, ads, bylines, related links..."""
    attributes = dict(items)
    return (
        "data-lp-replacement-content" in attributes
        or "nav" in attributes.get("role", "").replace("N", "n")
        or "MostPopularStories" in attributes.get("data-component", "")
        or _DISCARD_FIRST_RE.search(_first_of(items, "id", "class")) is not None
        or _DISCARD_ID_RE.search(attributes.get("id", "")) is not None
        or _DISCARD_CLASS_RE.search(attributes.get("class", "")) is not None
    )


def _hidden(items: Attributes) -> bool:
    """OVERALL_DISCARD_XPATH[1]: hidden elements and comment-form parts (any tag)."""
    attributes = dict(items)
    style = attributes.get("style", "")
    return (
        attributes.get("class") == "comments-title"
        or _first_of(items, "id", "class").startswith("reply-")
        or _HIDDEN_ID_STYLE_RE.search(_first_of(items, "id", "style")) is not None
        or "display:none" in style
        or "display: none" in style
        or _HIDDEN_ID_RE.search(attributes.get("id", "")) is not None
        or _HIDDEN_CLASS_RE.search(attributes.get("class", "")) is not None
        or attributes.get("aria-hidden") == "true"
    )


# --- BODY_XPATH (stages 1, 3 and 4: the first matching element) -----------------------------------------
_BODY_TAGS = ("article", "div", "main", "section")
_CM = str.maketrans("CM", "cm")
_CP = str.maketrans("CP", "cp")


def _article_body(items: Attributes) -> bool:
    attributes = dict(items)
    return (
        attributes.get("class") in ("post", "entry")
        or attributes.get("itemprop") == "articleBody"
        or attributes.get("id") == "articleContent"
        or _ARTICLE_ID_RE.search(attributes.get("id", "")) is not None
        or _ARTICLE_CLASS_RE.search(attributes.get("class", "")) is not None
        # "article_body": the one spelling of trafilatura's "article(?:-|__)?body" its token misses. Dhaka
        # Tribune's text is in <div class="viewport jw_article_body">: not found as the body, its "viewport"
        # (a UI word to trafilatura's discard) had the whole text pruned and the page's own paragraphs
        # taken, the cookie banner's line among them (a probe page, hand-built,
        # tests/test_extract_unseen_shapes13.py). Found here, it is the body and the discard reads only
        # what it holds.
        or "article_body" in attributes.get("class", "")
    )


def _story(items: Attributes) -> bool:
    attributes = dict(items)
    classes = attributes.get("class", "")
    return (
        attributes.get("role") == "article"
        or attributes.get("id") in ("article", "story")
        or attributes.get("class") in ("postarea", "art-postcontent", "text", "cell", "story")
        or _STORY_ID_RE.search(attributes.get("id", "")) is not None
        or _FULLTEXT_RE.search(classes) is not None
        or _STORY_CLASS_RE.search(classes) is not None
    )


def _main_content(items: Attributes) -> bool:
    attributes = dict(items)
    ident, classes = attributes.get("id", ""), attributes.get("class", "")
    return (
        attributes.get("id") == "content"
        or attributes.get("class") == "content"
        or _MAIN_ID_RE.search(ident) is not None
        or _MAIN_CLASS_RE.search(classes) is not None
        or "main-content" in ident.translate(_CM)
        or "main-content" in classes.translate(_CM)
        or "page-content" in classes.translate(_CP)
    )


if MIRRORED:
    _DISCARD_FIRST_RE = re.compile(_DISCARD_FIRST)
    _DISCARD_ID_RE = re.compile(_DISCARD_ID)
    _DISCARD_CLASS_RE = re.compile(_DISCARD_CLASS)
    _HIDDEN_ID_STYLE_RE = re.compile(_HIDDEN_ID_STYLE)
    _HIDDEN_ID_RE = re.compile(_HIDDEN_ID)
    _HIDDEN_CLASS_RE = re.compile(_HIDDEN_CLASS)
    _ARTICLE_ID_RE = re.compile(_ARTICLE_ID)
    _ARTICLE_CLASS_RE = re.compile(_ARTICLE_CLASS)
    _STORY_ID_RE = re.compile(_STORY_ID)
    _STORY_CLASS_RE = re.compile(_STORY_CLASS)
    _FULLTEXT_RE = re.compile("fulltext", re.I)
    _MAIN_ID_RE = re.compile(_MAIN_ID)
    _MAIN_CLASS_RE = re.compile(_MAIN_CLASS)

    #: OVERALL_DISCARD_XPATH as walks
    OVERALL_DISCARD: list[Callable[[_Element], list[_Element]]] = [
        AttributeWalk(_DISCARD_TAGS, _boilerplate),
        AttributeWalk((), _hidden),
    ]
    #: BODY_XPATH, its stages 1, 3 and 4 as walks. A stage's XPath lists the elements that are the
    #: first match among their siblings, of which _extract takes the first: the first match in the tree.
    BODY: list[Callable[[_Element], list[_Element]]] = [
        AttributeWalk(_BODY_TAGS, _article_body, first=True),
        BODY_XPATH[1],
        AttributeWalk(_BODY_TAGS, _story, first=True),
        AttributeWalk(_BODY_TAGS, _main_content, first=True),
        BODY_XPATH[4],
    ]


# --- trafilatura.main_extractor of TRAFILATURA_VERSION, with the walks ------------------------------------
def extract_content(
    cleaned_tree: HtmlElement, options: Extractor, rebuild: Callable[[], HtmlElement] | None = None
) -> tuple[_Element, str]:
    """`trafilatura.main_extractor.extract_content(cleaned_tree, options)`.

    `rebuild`, when given, makes the tree again as `cleaned_tree` is now (the same elements in the same
    order): trafilatura's backup copy of the tree, read only where the extraction comes out short (~5% of
    the passes), is then made only there, where the copy up front cost ~0.3 ms every pass."""
    if not MIRRORED:
        return main_extractor.extract_content(cleaned_tree, options)
    backup_tree = deepcopy(cleaned_tree) if rebuild is None else None
    order = list(cleaned_tree.iter())
    result_body, temp_text, potential_tags = _extract(cleaned_tree, options)
    if len(result_body) == 0 or len(temp_text) < options.min_extracted_size:
        if rebuild is not None:
            backup_tree = rebuild()
        consumed: set[_Element] = {
            twin for elem, twin in zip(order, backup_tree.iter(), strict=True) if elem.tag == "done"
        }
        result_body = recover_wild_text(backup_tree, result_body, options, potential_tags, consumed)
        temp_text = " ".join(result_body.itertext()).strip()
    previous = None
    for el in list(result_body):
        current = _elem_text(el)
        if current and current == previous and len(current) > MIN_DUPLICATE_LENGTH:
            delete_element(el, keep_tail=False)
        else:
            previous = current
    strip_elements(result_body, "done")
    strip_tags(result_body, "div")
    for linebreak in result_body.iter("lb"):
        if (
            linebreak.tail
            and not text_chars_test(linebreak.tail)
            and not any(anc.tag in SPACING_PROTECTED for anc in linebreak.iterancestors())
        ):
            linebreak.tail = None
    return result_body, temp_text


def _extract(tree: HtmlElement, options: Extractor) -> tuple[_Element, str, set[str]]:
    potential_tags = set(TAG_CATALOG)
    if options.tables is True:
        potential_tags.update(["table", "td", "th", "tr"])
    if options.images is True:
        potential_tags.add("graphic")
    if options.links is True:
        potential_tags.add("ref")
    result_body = Element("body")
    for expr in BODY:
        subtree = next((s for s in expr(tree) if s is not None), None)
        if subtree is None:
            continue
        subtree = _prune_unwanted_sections(subtree, potential_tags, options)
        if len(subtree) == 0:
            continue
        ptest = subtree.xpath("//p//text()")
        factor = 1 if options.focus == "precision" else 3
        if not ptest or len("".join(ptest)) < options.min_extracted_size * factor:
            potential_tags.add("div")
        subelems = subtree.xpath(".//*")
        tags = {e.tag for e in subelems}
        if tags == {"lb"} or (
            subtree.tag == "div" and "div" in potential_tags and tags <= INLINE_FORMATTABLE | {"lb"}
        ):
            subelems = [subtree]
        lead, start = None, len(result_body)
        if subelems != [subtree] and text_chars_test(subtree.text):
            lead = Element("p")
            lead.text = subtree.text
            lead = process_node(lead, options)
        for elem in subelems:
            if elem.getroottree().getroot() is result_body:
                continue
            tag, tail = elem.tag, elem.tail
            processed_elem = handle_textelem(elem, potential_tags, options)
            if processed_elem is not None:
                result_body.append(processed_elem)
                if elem.getroottree().getroot() is not result_body:
                    elem.tag = "done"
            if (
                tag in REBUILT_BLOCKS
                and text_chars_test(tail)
                and (processed_elem is None or processed_elem.tail is None)
            ):
                tail_elem = Element("p")
                tail_elem.text = tail
                if process_node(tail_elem, options) is not None:
                    result_body.append(tail_elem)
        while len(result_body) > 0 and (result_body[-1].tag in NOT_AT_THE_END):
            delete_element(result_body[-1], keep_tail=False)
        if sum(e.tag != "graphic" for e in result_body) > 1:
            if lead is not None:
                result_body.insert(start, lead)
            break
    temp_text = " ".join(result_body.itertext()).strip()
    return result_body, temp_text, potential_tags


def _prune_with_backup(
    tree: HtmlElement, nodelist: Sequence[Callable[[_Element], list[_Element]]]
) -> HtmlElement:
    """`trafilatura.htmlprocessing.prune_unwanted_nodes(tree, nodelist, with_backup=True)`: the outermost
    matches are deleted, unless that would take more than six sevenths of the text. The outermost are
    told by walking up from each match once per element rather than once per match and ancestor: each
    ancestor's answer (it or one above it is a match) is kept for the matches below it (the whole prune,
    thread CPU over the tune half: 0.47 -> 0.37 ms a page)."""
    matches = dict.fromkeys(elem for expression in nodelist for elem in expression(tree))
    known: dict[_Element, bool] = {}
    outer = [elem for elem in matches if not _below_a_match(elem, matches, known)]
    old_len = len(tree.text_content())
    if old_len - sum(len(elem.text_content()) for elem in outer) > old_len / 7:
        for elem in outer:
            delete_element(elem)
    return tree


def _below_a_match(elem: _Element, matches: dict[_Element, None], known: dict[_Element, bool]) -> bool:
    """`any(a in matches for a in elem.iterancestors())`; `known` keeps each ancestor's answer (the
    same for it: it or an ancestor of it is a match) for the next call with the same `matches`."""
    path: list[_Element] = []
    node = elem.getparent()
    found = False
    while node is not None:
        if node in matches:
            found = True
            break
        seen = known.get(node)
        if seen is not None:
            found = seen
            break
        path.append(node)
        node = node.getparent()
    for node in path:
        known[node] = found
    return found


def _prune_unwanted_sections(tree: HtmlElement, potential_tags: set[str], options: Extractor) -> HtmlElement:
    favor_precision = options.focus == "precision"
    tree = _prune_with_backup(tree, OVERALL_DISCARD)
    if "graphic" not in potential_tags:
        tree = prune_unwanted_nodes(tree, DISCARD_IMAGE_ELEMENTS)
    if options.focus != "recall":
        tree = prune_unwanted_nodes(tree, TEASER_DISCARD_XPATH)
        if favor_precision:
            tree = prune_unwanted_nodes(tree, PRECISION_DISCARD_XPATH)
    for _ in range(2):
        tree = delete_by_link_density(tree, "div", backtracking=True, favor_precision=favor_precision)
        tree = delete_by_link_density(tree, "list", backtracking=False, favor_precision=favor_precision)
        tree = delete_by_link_density(tree, "p", backtracking=False, favor_precision=favor_precision)
    if "table" in potential_tags or favor_precision:
        boilerplate_tables = [elem for elem in tree.iter("table") if link_density_test_tables(elem) is True]
        for elem in boilerplate_tables:
            delete_element(elem, keep_tail=False)
    if favor_precision:
        while len(tree) > 0 and (tree[-1].tag == "head"):
            delete_element(tree[-1], keep_tail=False)
        tree = delete_by_link_density(tree, "head", backtracking=False, favor_precision=True)
        tree = delete_by_link_density(tree, "quote", backtracking=False, favor_precision=True)
    strip_tags(tree, "span", *(() if "ref" in potential_tags else ("ref",)))
    return tree
