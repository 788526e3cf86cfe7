"""CSS selectors compile to XPath that tests class attribute nodes: same elements as cssselect's."""

from __future__ import annotations

from lxml import etree

from newsarchive.extract.document import Document
from newsarchive.extract.registry import ProfileRegistry
from newsarchive.extract.selectors import compile_selector, css_to_xpath
from tests.fixtures.extract_helpers import DEMO_SITE

PROFILES = ProfileRegistry.builtin().profiles

EXTRA = (
    ".a.b",
    ".article__title:first-child",
    "div.article__content > div.ezrichtext-field > p",
    ".article__byline a, .article__section a",
    ".article__image ~ p",
    "p.x",
    "[class~='article__title']",
)


def test_class_steps_select_what_cssselect_selects() -> None:
    selectors = {s for p in PROFILES for v in p.selectors.values() for s in v} | {
        s for p in PROFILES for s in p.remove
    }
    selectors |= set(EXTRA)
    rewritten = 0
    matched = 0
    for page in sorted(DEMO_SITE.rglob("*.html")):
        doc = Document.from_input(page.read_bytes(), "https://asia.nikkei.com/")
        roots = [doc.tree, *doc.tree.iter("article", "figure")]
        for selector in sorted(selectors):
            reference = etree.XPath(css_to_xpath(selector))
            compiled = compile_selector(selector)
            rewritten += compiled.path != reference.path
            for root in roots:
                expected = reference(root)
                assert compiled(root) == expected, (page.name, selector)
                matched += len(expected)
    assert rewritten and matched > 100
