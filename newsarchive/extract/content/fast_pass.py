"""trafilatura's extraction (`bare_extraction(tree, url=url, include_comments=False, fast=...).body`)
without the work whose result the body extractor throws away.

`bare_extraction` copies the page three times in fast mode (its input; the tree it cleans; a backup of
the cleaned tree that only the external-extractor comparison reads, which fast mode skips), prunes the
raw tree with three XPaths whose `re:test` calls back into Python for every div, section and list of the
page, copies the tree once more to measure its text (`html2txt`, on extractions under 3,000 characters)
and renders the result as plain text, which the body extractor does not read (it reads the XML body).
Here the same steps run in the same order on the same trees, except: no backup copy in fast mode
(without it, the external comparison and the justext candidate run as in trafilatura); the three prune
XPaths evaluated as one walk over those elements with the same regular expressions (same matches, the
same deletions in the same order); the page text measured on the raw tree itself, which is copied again
only in the rare case the recall retry needs it, and not at all when a bound of its length computed
from the raw text settles the test it is measured for (text_bound), its cleaning XPath evaluated as a walk
(_basic_clean_targets: ~1.8 ms less on each page measured so, about one in seven); no copy of the page
for the prune where the prune deletes nothing (~60% of the passes: the page itself is read, and each step
that changes its input gets a copy, as trafilatura's steps copy theirs); no plain-text rendering. Same body,
~2.5 ms less a page: benchmarks/README.md "Extraction time". The main-content step itself
(`extract_content`) is content/main_content.py's, which evaluates trafilatura's body and discard
XPaths as walks (~2 ms less a page).

The steps are trafilatura's own functions; the sequence mirrors `trafilatura.core.trafilatura_sequence`
and `bare_extraction` of TRAFILATURA_VERSION, so any other installed version takes `bare_extraction`
itself. tests/test_extract_fast_pass.py checks the two give the same body on real pages.
"""

from __future__ import annotations

import logging
import re
from configparser import ConfigParser
from copy import copy
from functools import lru_cache

import trafilatura
from lxml import etree
from lxml.etree import _Element
from lxml.html import HtmlElement

from newsarchive.extract.content.main_content import extract_content

logger = logging.getLogger(__name__)

#: the trafilatura release whose extraction sequence `fast_body` mirrors
TRAFILATURA_VERSION = "2.3.1"

try:  # private parts of trafilatura, present in TRAFILATURA_VERSION
    from trafilatura import core as _core
    from trafilatura.baseline import _BLOCK_ELEMS, _spaced_text, baseline
    from trafilatura.external import compare_extraction, justext_rescue
    from trafilatura.htmlprocessing import convert_tags, tree_cleaning
    from trafilatura.settings import _COOKIE_CONSENT_RE, BASIC_CLEAN_XPATH, Extractor
    from trafilatura.xml import delete_element
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH
except ImportError:  # pragma: no cover - another trafilatura: bare_extraction itself is used
    MIRRORED = False
else:
    MIRRORED = trafilatura.__version__ == TRAFILATURA_VERSION and len(RAW_TREE_PRUNE_XPATH) == 2
    # (the XPath _basic_clean_targets walks, as that release writes it)
    _BASIC_CLEAN_SOURCE = (
        ".//aside|.//div[contains(@class|@id, 'footer')]|.//fencedframe|.//footer|.//script|.//style|.//svg"
        f"|.//template|.//*[re:test(@class, '{_COOKIE_CONSENT_RE}', 'i')"
        f" or re:test(@id, '{_COOKIE_CONSENT_RE}', 'i')]"
    )
    MIRRORED = MIRRORED and BASIC_CLEAN_XPATH.path == _BASIC_CLEAN_SOURCE

# The raw-tree prune of trafilatura.xpaths (RAW_TREE_PRUNE_XPATH, then REMOVE_COMMENTS_AND_LISTS_XPATH),
# as the regular expressions its re:test() calls run (lxml: re.search on the attribute's value, "" when
# the element has none; case-sensitive without an "i" flag).
_INFINITE = re.compile(r"mvp-post-add-(?:box|wrap)|infinite-?scroll")
_APPENDED = re.compile(r"mvp-post-add-(?:box|wrap)")
_COMMENTS_ID = re.compile(r"^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)")
_COMMENTS_LIST_ID = re.compile(r"^(?:[Cc]omment(?!ary)|comol)")
_COMMENTS_CLASS = re.compile(r"^[Cc]omment(?!ary)|(?:article|post)-comments")
_SHARE_BUTTONS = "elementor-share-buttons"
# a string none of the above can match holds none of these
_ANY = re.compile(r"omment|comol|disqus_thread|mvp-post-add-|infinite|elementor-share-buttons")
_PRUNED_TAGS = ("div", "section", "aside", "list", "details", "ol", "ul")
_RAW_TAGS = frozenset({"div", "section", "aside"})
_COMMENT_TAGS = frozenset({"div", "list", "section", "details", "ol", "ul"})


def fast_body(
    tree: HtmlElement, url: str | None, *, fast: bool = True, min_extracted_size: int | None = None
) -> _Element | None:
    """The body `trafilatura.bare_extraction(tree, url=url, include_comments=False, fast=fast)` returns
    (None where it returns None); `tree` is not changed. `min_extracted_size` replaces the configuration's
    MIN_EXTRACTED_SIZE (below it, the extraction is rescued by the baseline and a recall retry)."""
    config = (
        trafilatura.settings.DEFAULT_CONFIG if min_extracted_size is None else _config(min_extracted_size)
    )
    if not MIRRORED:
        document = trafilatura.bare_extraction(
            tree, url=url, include_comments=False, fast=fast, config=config
        )
        return None if document is None else document.body
    options = _options(min_extracted_size, fast, url)
    try:
        return _sequence(tree, options, options.url)
    except (TypeError, ValueError):  # as bare_extraction: no result
        logger.debug("trafilatura: discarding data: %s", options.source)
        return None


def _options(min_extracted_size: int | None, fast: bool, url: str | None) -> Extractor:
    """`Extractor(config=<fast_body's config>, output_format="python", fast=fast, comments=False, url=url)`:
    a copy of one made once per size and mode, with the page's url and source. Extractor() reads nine
    values of the configuration through ConfigParser and the local date (~0.3 ms, once or twice a page);
    the copy ~0.02 ms. No step of the sequence changes its options (the recall retry changes a copy), and
    the date it holds is read only by bare_extraction's metadata, which this path does not run."""
    options = copy(_options_template(min_extracted_size, fast))
    options.url = url
    # (as Extractor.__init__ sets it)
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return options


@lru_cache(maxsize=8)
def _options_template(min_extracted_size: int | None, fast: bool) -> Extractor:
    config = (
        trafilatura.settings.DEFAULT_CONFIG if min_extracted_size is None else _config(min_extracted_size)
    )
    return Extractor(config=config, output_format="python", fast=fast, comments=False)


@lru_cache(maxsize=4)
def _config(min_extracted_size: int) -> ConfigParser:
    """trafilatura's default configuration with another MIN_EXTRACTED_SIZE."""
    config = ConfigParser()
    config.read_dict(trafilatura.settings.DEFAULT_CONFIG)
    config["DEFAULT"]["MIN_EXTRACTED_SIZE"] = str(min_extracted_size)
    return config


def _pruned(page: HtmlElement, *, own: bool = False) -> tuple[HtmlElement, bool]:
    """The page with the raw-tree prune applied, and whether the page is a forum thread: `page` itself
    where the prune deletes nothing (~60% of the passes: a copy of the page each time for nothing), else
    a pruned copy. `own`: always a copy, which the caller may change."""
    is_forum = _core._forum_thread_page(page)
    if not own and not any(_prune_targets(page, is_forum)):
        return page, is_forum
    tree = copy(page)
    for found in _prune_targets(tree, is_forum):
        for el in found:
            delete_element(el)
    return tree, is_forum


def _prune_targets(
    tree: HtmlElement, is_forum: bool
) -> tuple[list[HtmlElement], list[HtmlElement], list[HtmlElement]]:
    """The elements the raw-tree prune's three XPaths delete from `tree`, in their order (read only)."""
    infinite: list[HtmlElement] = []
    shares: list[HtmlElement] = []
    comments: list[HtmlElement] = []
    # Each of the three XPaths matched on the tree as the previous one left it: deleting an element
    # only detaches it (its tail goes to a neighbour, no attribute changes), so a later XPath's matches
    # are the ones found here that are still in the tree, and deleting the others changes only a
    # detached subtree.
    tested: dict[tuple[str, str], bool] = {}
    for el in tree.iterdescendants(*_PRUNED_TAGS):
        ident, classes = el.get("id") or "", el.get("class") or ""
        hit = tested.get((ident, classes))
        if hit is None:
            hit = tested[ident, classes] = bool(_ANY.search(ident) or _ANY.search(classes))
        if not hit:
            continue  # (most elements: none of the words any of the patterns needs)
        tag = el.tag
        if tag in _RAW_TAGS:
            if (_INFINITE.search(ident) or _INFINITE.search(classes)) and (
                el.find(".//h1") is None or _APPENDED.search(ident) or _APPENDED.search(classes)
            ):
                infinite.append(el)
            if _SHARE_BUTTONS in classes:
                shares.append(el)
        if not is_forum and tag in _COMMENT_TAGS:
            # (an ol/ul only by a comment id without the disqus names, or a comment class)
            by_class = _COMMENTS_CLASS.search(classes)
            by_id = _COMMENTS_ID.search(ident) if tag not in ("ol", "ul") else _COMMENTS_LIST_ID.search(ident)
            if by_class or by_id:
                comments.append(el)
    return infinite, shares, comments


def _sequence(page: HtmlElement, options: Extractor, url: str | None) -> _Element | None:
    # trafilatura_sequence, comments off, balanced (see the module doc for what differs)
    # (`tree` may be `page` itself, which is not ours to change: every step below that changes its input
    # is given a copy, as trafilatura's steps copy theirs)
    tree: HtmlElement | None
    tree, _ = _pruned(page)
    if tree is page or not options.fast:
        cleaned = tree_cleaning(copy(tree), options)
    else:
        # the pruned copy is ours: it is cleaned itself, where a copy of it was, and the steps below that
        # read the pruned page (the short passes: ~1 in 4 of the pruned ones; the external comparison of
        # the full cascade reads it always, so a full pass keeps it) have it made again
        cleaned = tree_cleaning(tree, options)
        tree = None

    def pruned_page() -> HtmlElement:
        nonlocal tree
        if tree is None:
            tree = _pruned(page, own=True)[0]
        return tree

    backup = None if options.fast else copy(cleaned)  # (only the external comparison reads it)
    cleaned = convert_tags(cleaned, options, url)
    # (the main-content step's backup of the cleaned tree, read only where it comes out short, is made
    # there by the same steps on the same pruned page, which nothing has changed by then)
    postbody, temp_text = extract_content(
        cleaned,
        options,
        rebuild=lambda: convert_tags(tree_cleaning(copy(pruned_page()), options), options, url),
    )
    if not options.fast:
        # 2. comparison with the external extractors (readability, justext)
        postbody, temp_text = compare_extraction(backup, copy(pruned_page()), postbody, temp_text, options)
    # 3. rescue: baseline on the original tree, accepted only if it adds text
    if len(temp_text) < options.min_extracted_size:
        b_body, b_text, b_len = baseline(pruned_page())  # (it copies an HtmlElement input)
        if b_len > len(temp_text):
            postbody, temp_text = b_body, b_text
    # 4. recall escalation
    length = len(temp_text)
    if (
        0 < length < _core.ESCALATION_MAX_LENGTH
        and not _share_at_least(pruned_page(), length, _core.ESCALATION_PAGE_SHARE)
        and length < _core.ESCALATION_PAGE_SHARE * len(_page_text(_own(pruned_page(), page)))
    ):
        r_options = copy(options)
        r_options.focus = "recall"
        # _page_text changed the pruned page: the escalation input is the pruned page again, a copy (it is
        # changed)
        escalation_tree = _pruned(page, own=True)[0]
        r_text = j_text = ""
        try:
            r_body, r_text = _core._recall_retry(escalation_tree, r_options, url)
        except Exception as err:  # pragma: no cover - as trafilatura
            logger.warning("recall retry failed: %s %s", err, url)
        if not options.fast:
            try:
                j_body, j_text = justext_rescue(copy(escalation_tree), options)
            except Exception as err:  # pragma: no cover - as trafilatura
                logger.warning("justext candidate failed: %s %s", err, url)
        if len(j_text) > len(r_text) and len(j_text) > _core.ESCALATION_JUSTEXT_RATIO * length:
            postbody, temp_text = j_body, j_text
        elif (
            len(r_text) >= options.min_extracted_size and len(r_text) > _core.ESCALATION_ACCEPT_RATIO * length
        ):
            postbody, temp_text = r_body, r_text
    # bare_extraction's checks
    if options.max_tree_size:
        if len(postbody) > options.max_tree_size:
            _core.strip_tags(postbody, "hi")
        if len(postbody) > options.max_tree_size:
            raise ValueError
    if len(temp_text) < options.min_output_size and options.min_output_comm_size > 0:
        raise ValueError
    return postbody


def _own(tree: HtmlElement, page: HtmlElement) -> HtmlElement:
    """`tree`, or a copy where it is the caller's page (which is not ours to change)."""
    return copy(tree) if tree is page else tree


# characters that may fail html2txt (lxml refuses to set them as text: form feed, vertical tab, the
# information separators are "spaces" its control-character filter keeps), or that it removes
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def _share_at_least(tree: HtmlElement, length: int, share: float) -> bool:
    """`length >= share * len(html2txt(tree))` known without running html2txt (which measures the text
    after an XPath of every element's class and id, ~2 ms a page), and html2txt would not raise. On ~80%
    of the pages that reach the escalation test, the bound below settles it."""
    bound = text_bound(tree)
    return bound is not None and length >= share * bound


def text_bound(tree: HtmlElement) -> int | None:
    """An upper bound of len(html2txt(tree)), or None when html2txt may raise.

    html2txt is the whitespace-normalised text of the <body> after elements are deleted (their tails
    kept) and a space is put before the text and the tail of each block element: deleting text never
    adds a word or a character, and each of the two spaces of a block element splits at most one word,
    so its length is at most that of the normalised text of the whole <body> plus two per block element.
    """
    body = tree.find(".//body")
    root = body if body is not None else tree
    text = root.text_content()
    if _UNSAFE.search(text):
        return None
    blocks = sum(1 for _ in root.iter(*_BLOCK_ELEMS))
    return len(" ".join(text.split())) + 2 * blocks + 1


def _page_text(tree: HtmlElement) -> str:
    """trafilatura.baseline.html2txt(tree), on `tree` itself rather than a copy (it changes `tree`)."""
    body = tree.find(".//body")
    root = body if body is not None else tree
    for el in _basic_clean_targets(root):  # (trafilatura.baseline.basic_cleaning)
        delete_element(el)
    return _spaced_text(root)


# trafilatura.settings.BASIC_CLEAN_XPATH, the XPath of trafilatura.baseline.basic_cleaning, as a walk: its
# re:test() calls back into Python twice for every element of the page (lxml's EXSLT regex: re.search of
# the attribute's value, "" where it has none, re.IGNORECASE for "i"), most of html2txt's time
_BASIC_CLEAN_TAGS = frozenset({"aside", "fencedframe", "footer", "script", "style", "svg", "template"})
_COOKIE_CONSENT = re.compile(_COOKIE_CONSENT_RE if MIRRORED else "(?!)", re.IGNORECASE)


def _basic_clean_targets(root: HtmlElement) -> list[HtmlElement]:
    """BASIC_CLEAN_XPATH(root): the elements below `root` that basic_cleaning deletes, in document order
    (read only)."""
    found: list[HtmlElement] = []
    tested: dict[tuple[str | None, str | None], bool] = {}
    for el in root.iterdescendants(etree.Element):
        tag = el.tag
        if tag in _BASIC_CLEAN_TAGS:
            found.append(el)
            continue
        classes, ident = el.get("class"), el.get("id")
        if classes is None and ident is None:
            continue  # (the cookie pattern does not match "")
        hit = tested.get((classes, ident))
        if hit is None:
            hit = tested[classes, ident] = bool(
                _COOKIE_CONSENT.search(classes or "") or _COOKIE_CONSENT.search(ident or "")
            )
        if hit or (tag == "div" and "footer" in _first_class_or_id(el, classes, ident)):
            found.append(el)
    return found


def _first_class_or_id(el: HtmlElement, classes: str | None, ident: str | None) -> str:
    """XPath's string(@class|@id): the value of whichever of the two comes first in the element's markup."""
    if classes is None or ident is None:
        return classes if ident is None else ident  # type: ignore[return-value]
    names = el.keys()
    return classes if names.index("class") < names.index("id") else ident
