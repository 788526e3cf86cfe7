"""Markup-level noise removal: elements whose text is never article text, dropped before text is taken.

Selector lists are data, ordered specific to generic. Text-level rules live in newsarchive.cleaning.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Iterable

from lxml import etree
from lxml import html as lxml_html

from newsarchive.extract.selectors import select

logger = logging.getLogger(__name__)

# (name, CSS selector). Names are kept so a debugging session can tell which rule ate what.
NOISE_SELECTORS: tuple[tuple[str, str], ...] = (
    # Icon sprites and inline icons: their <title>/<desc> ("Icon Twitter", "Created with Sketch.") leak
    # into text dumps.
    ("svg", "svg"),
    ("script", "script, style, noscript, template, iframe, object, embed"),
    # Hidden until JavaScript fills them: paywall meters and offer modals with {{handlebars}}.
    ("hidden", "[hidden], [aria-hidden='true'], [style*='display:none'], [style*='display: none']"),
    ("paywall-meter", ".paywall-meter, .meter, [class*='meter__'], [id$='-meter'], [id$='_meter']"),
    (
        "modal",
        ".modal, [role='dialog'], [aria-modal='true'], [class*='offer-modal'], [class*='expired-modal']",
    ),
    ("regwall", "[class*='regwall'], [class*='registration-wall'], [class*='subscribe-prompt']"),
    (
        "sponsored-module",
        "aside.sponsored-content, [data-module='sponsored-content'], [class*='sponsored-links']",
    ),
    (
        "share",
        "[class*='share-buttons'], [class*='article__share'], [class*='social-share'], .share, .sharing",
    ),
    ("print-mail", "[class*='print-button'], [class*='email-button'], [class*='mail-button']"),
    ("app-promo", "[class*='app-promo'], [class*='app-banner'], [class*='newsletter-signup']"),
    (
        "related",
        "[class*='related-articles'], [class*='related-stories'], [class*='recommended'], "
        "[class*='outbrain'], [class*='taboola'], [class*='read-more'], [class*='more-stories']",
    ),
    (
        "ads",
        "[class~='ad'], [class~='ads'], [class*='advert'], [id^='google_ads'], [id^='div-gpt-ad'], "
        "[class*='dfp-']",
    ),
    ("comments", "#comments, [class~='comments'], [class*='comment-list']"),
    ("forms", "form, button, input, select, textarea"),
    (
        "chrome",
        "nav, footer, [role='navigation'], [role='banner'], [role='contentinfo'], "
        "[role='complementary'], header.site-header, body > header",
    ),
    ("visually-hidden", ".visually-hidden, .sr-only, .screen-reader-text"),
)


def remove_noise(
    tree: lxml_html.HtmlElement,
    *,
    extra: Iterable[str] = (),
    keep: Iterable[etree._Element] = (),
) -> lxml_html.HtmlElement:
    """A copy of the tree without noise elements. The input tree is not touched.

    `extra` are site-specific selectors (a profile's `remove`), applied first. `keep` are elements of the
    input tree (headline, body container) whose ancestors must survive even if a generic rule matches one
    (a CMS that puts the whole story inside <header> or a "share"-classed wrapper).
    """
    keep = list(keep)
    marks = "data-newsarchive-keep"
    for el in keep:
        el.set(marks, "1")
    try:
        clean = copy.deepcopy(tree)
    finally:
        for el in keep:
            del el.attrib[marks]
    protected: set[etree._Element] = set()
    for el in clean.iterfind(f".//*[@{marks}]"):
        del el.attrib[marks]
        protected.update(el.iterancestors())
        protected.add(el)
    rules = [("profile", s) for s in extra] + list(NOISE_SELECTORS)
    for _name, selector in rules:
        try:
            found = select(clean, selector)
        except ValueError:
            logger.debug("skipping bad noise selector %s", selector)
            continue
        for el in found:
            if el in protected or el.getparent() is None:
                continue
            _drop(el)
    return clean


def _drop(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    if isinstance(el, lxml_html.HtmlElement):
        el.drop_tree()  # keeps the tail text, which belongs to the parent
        return
    tail = el.tail
    previous = el.getprevious()
    parent.remove(el)
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
