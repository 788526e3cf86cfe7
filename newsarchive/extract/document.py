"""One fetched page, decoded and parsed once; every extractor reads this shared parse."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property

from lxml import etree
from lxml import html as lxml_html

from newsarchive.charset import decode_page, repair_text
from newsarchive.extract.jsonld import JsonLd
from newsarchive.extract.metadata import ARTICLE_ITEMTYPES, Meta, Microdata, read_meta, read_microdata

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# Elements without article text that main-content extraction discards unconditionally.
CODE_AND_CONTROLS = (
    "script", "style", "template", "svg",
    "select", "option", "optgroup", "input", "button", "textarea",
    "iframe", "object", "embed", "canvas", "video", "audio", "source", "picture", "link",
    # ruby annotations: the reading printed above a Japanese/Chinese word is not part of the sentence
    # ("子<rt>こ</rt>ども" reads 子ども)
    "rt", "rp",
)  # fmt: skip
# Figures go as well, except those holding a table: the main-content extractor keeps a table set in a
# <figure> (WordPress's wp-block-table, comparison tables) as article text, and dropping it cut the
# body short where the story continues after the table (a traf-eval tune page, thebalance.com: the
# body stopped at the first table, 2,300 of 14,800 characters).
_FIGURES = etree.XPath("//figure[not(.//table)][not(ancestor::figure)]")
# Site chrome the extractor discards as well (<aside> stays: it affects how the extractor joins the
# parts of a story cut by pull quotes).
_CHROME = etree.XPath("//body//*[self::nav or self::footer or self::menu]")
_TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")
_BODY_TEXT_LENGTH = etree.XPath("string-length(normalize-space(//body))")


def _chrome(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """_CHROME(tree): on a page with one <body> (the parser's), by a tag-filtered walk in C (~8x cheaper
    than the XPath's test of every element)."""
    bodies = list(tree.iter("body"))
    if len(bodies) != 1:
        return _CHROME(tree)
    return list(bodies[0].iterdescendants("nav", "footer", "menu"))


# Comments and processing instructions are dropped while parsing: no reader takes anything from them,
# and the main-content extractor, which must not see them, can then use the tree without a copy.
# No table of id attributes either (collect_ids): only XPath's id() reads it, which nothing here or in
# the main-content extractor uses, and building it is ~10% of the parse.
_UTF8_PARSER = lxml_html.HTMLParser(
    encoding="utf-8", remove_comments=True, remove_pis=True, collect_ids=False
)
# Every element HtmlElement, looked up in C: lxml.html's default lookup is a Python method run each time
# an element is handed to Python (form controls get their own classes), ~5x the cost of a walk over
# the tree; nothing here uses the form-control classes.
_UTF8_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=lxml_html.HtmlElement,
        comment=lxml_html.HtmlComment,
        pi=lxml_html.HtmlProcessingInstruction,
        entity=lxml_html.HtmlEntity,
    )
)
# (//*/@x rather than //@x: the element step first is ~20% faster, same values in the same order)
_ATTRIBUTE_VALUES = etree.XPath(
    "//*/@class | //*/@id | //*/@role | //*/@itemprop | //*/@itemtype | //*/@data-module", smart_strings=False
)


def decode_html(data: str | bytes, encoding: str | None = None) -> str:
    """The page's text, decoded like a browser (newsarchive.charset.decode_page)."""
    return decode_input(data, encoding)[0]


def decode_input(data: str | bytes, encoding: str | None = None) -> tuple[str, list[str]]:
    """(text, repairs): see newsarchive.charset. `encoding` is the charset the server declared."""
    if isinstance(data, str):
        if data.isascii():
            return data, []
        return repair_text(data)
    decoded = decode_page(data, encoding)
    return decoded.text, decoded.repairs


def parse_html(text: str) -> lxml_html.HtmlElement | None:
    text = _XML_DECL.sub("", text, count=1)
    if not text or text.isspace():  # (strip() would copy the whole page)
        return None
    try:
        # UTF-8 bytes with the encoding given parse ~10% faster than a str, to the same tree.
        root = lxml_html.document_fromstring(text.encode("utf-8", "replace"), parser=_UTF8_PARSER)
    except (etree.ParserError, ValueError):
        return None
    return root


class Document:
    """The page: text, tree, and lazily read JSON-LD, meta tags and microdata.

    The tree is read-only, with one exception: drop_code() removes code, form controls, embedded
    players (CODE_AND_CONTROLS), figures without a table and site chrome (nav, footer, menu) once the
    structured data, images and evidence have been read: no later reader takes text from them, and the
    main-content extractor (which discards them first thing) copies and prunes a tree without them
    faster (~1 ms a page, same output on the benchmark set).
    """

    def __init__(
        self, html_text: str, url: str, tree: lxml_html.HtmlElement | None, repairs: Sequence[str] = ()
    ) -> None:
        self.html = html_text
        #: what decoding had to repair (newsarchive.charset): "charset", "mojibake", "invalid_bytes"...
        self.repairs = tuple(repairs)
        self.url = url
        self.tree = tree if tree is not None else lxml_html.document_fromstring("<html><body></body></html>")
        self.empty = tree is None
        self._code_dropped = False

    @classmethod
    def from_input(cls, data: str | bytes, url: str, encoding: str | None = None) -> Document:
        text, repairs = decode_input(data or b"", encoding)
        return cls(text, url, parse_html(text), repairs)

    def drop_code(self) -> None:
        """Remove the CODE_AND_CONTROLS elements from the tree (see the class doc)."""
        if self.empty or self._code_dropped:
            return
        # read what lives in those elements first: JSON-LD scripts, and the attribute index
        self.jsonld, self.attribute_text  # noqa: B018
        etree.strip_elements(self.tree, *CODE_AND_CONTROLS, with_tail=False)
        for figure in _FIGURES(self.tree):
            figure.drop_tree()  # (keeps the tail text, as strip_elements with_tail=False)
        # Site chrome goes too, unless one holds most of the page's text (a CMS that wraps the story
        # in <nav> or <footer>: the extractor would fall back to keeping it).
        page_length: float | None = None
        for el in _chrome(self.tree):
            length = float(_TEXT_LENGTH(el))
            if length > 200:
                if page_length is None:
                    page_length = float(_BODY_TEXT_LENGTH(self.tree) or 0.0)
                if length > 0.5 * page_length:
                    continue
            el.drop_tree()
        self._code_dropped = True

    @property
    def code_dropped(self) -> bool:
        """drop_code() has run: the tree lost its code, controls, figures and chrome."""
        return self._code_dropped

    @cached_property
    def attribute_text(self) -> str:
        """The page's class, id, role, itemprop, itemtype and data-module values in one string: a
        cheap test of whether a selector on those attributes can match anything at all."""
        return " ".join(_ATTRIBUTE_VALUES(self.tree))

    @property
    def attribute_text_if_built(self) -> str | None:
        """attribute_text when a reader has already built it, else None (readers then try every rule:
        the index is a gate that skips work, never a condition of a match)."""
        return self.__dict__.get("attribute_text")

    @cached_property
    def jsonld(self) -> JsonLd:
        return JsonLd(self.tree, self.url)

    @cached_property
    def meta(self) -> Meta:
        return read_meta(self.tree)

    @cached_property
    def microdata(self) -> Microdata:
        attributes = self.attribute_text
        if not any(name in attributes for name in ARTICLE_ITEMTYPES):
            return Microdata()  # no article item: spare the pass over the tree
        return read_microdata(self.tree)
