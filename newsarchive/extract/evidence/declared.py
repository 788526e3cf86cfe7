"""The parts of an article its publisher declares not free (schema.org hasPart cssSelector).

A client-side paywall serves the whole story and hides the declared part until the reader subscribes:
these functions find that text (to archive it) and tell a page that served it from a teaser.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lxml import etree

from newsarchive.extract.evidence.matcher import BODY_KEY_LENGTH, PARAGRAPHS, is_hidden
from newsarchive.extract.evidence.rules import (
    DECLARED_LENGTH_SHARE,
    DECLARED_PARAGRAPH_WORDS,
    DECLARED_REST_WORDS,
    SERVED_TEXT_PARAGRAPHS,
    SERVED_TEXT_WORDS,
)
from newsarchive.extract.jsonld import JsonLd, as_bool
from newsarchive.extract.selectors import select


def paywall_selectors(jsonld: JsonLd) -> list[str]:
    out: list[str] = []
    parts: Any = jsonld.get("hasPart")
    for part in parts if isinstance(parts, list) else [parts]:
        if isinstance(part, dict) and as_bool(part.get("isAccessibleForFree")) is False:
            selector = part.get("cssSelector")
            if isinstance(selector, str) and selector.strip() and selector.strip() not in out:
                out.append(selector.strip())
    return out


def free_paragraphs_before(
    tree: etree._Element,
    selectors: list[str],
    body: list[str],
    *,
    noise: Callable[[etree._Element], bool] | None = None,
) -> list[str]:
    """When the body is only the declared non-free part of a story (a body extractor that preferred the
    hidden full text to the visible teaser), the story's visible paragraphs before that part, in page
    order: the free teaser the paywall shows, which opens the article."""
    parts: list[etree._Element] = []
    for selector in selectors:
        try:
            parts.extend(select(tree, selector))
        except ValueError:
            continue
    if not parts or not body:
        return []
    declared = {p for part in parts for p in part.iter("p")}
    first = " ".join(body[0].split())
    opening = next((p for p in declared if " ".join(p.text_content().split()) == first), None)
    if opening is None:
        return []
    scope = next((a for a in opening.iterancestors() if a.tag in ("article", "main")), None)
    if scope is None:
        return []
    have = {" ".join(p.split()) for p in body}
    found: list[str] = []
    for p in scope.iter("p"):
        if p is opening:
            break
        if p in declared or (noise is not None and noise(p)) or is_hidden(p):
            continue
        text = " ".join(p.text_content().split())
        if len(text.split()) >= DECLARED_PARAGRAPH_WORDS and text not in have:
            found.append(text)
    return found


def declared_paragraphs(
    tree: etree._Element,
    selectors: list[str],
    body: list[str],
    *,
    noise: Callable[[etree._Element], bool] | None = None,
) -> list[str]:
    """Paragraphs (<p>, hidden or not) of the parts the publisher declares not free (hasPart cssSelector)
    that the body lacks, in page order: the rest of a story behind a client-side paywall. Empty unless
    they hold at least DECLARED_REST_WORDS words; paragraphs inside `noise` (a subscription prompt, a
    meter) are left out."""
    have = {" ".join(p.split()) for p in body}
    seen: set[etree._Element] = set()
    found: list[str] = []
    for selector in selectors:
        try:
            parts = select(tree, selector)
        except ValueError:
            continue
        for part in parts:
            for p in part.iter("p"):
                if p in seen or (noise is not None and noise(p)):
                    continue
                seen.add(p)
                text = " ".join(p.text_content().split())
                if len(text.split()) >= DECLARED_PARAGRAPH_WORDS and text not in have:
                    have.add(text)
                    found.append(text)
    return found if sum(len(p.split()) for p in found) >= DECLARED_REST_WORDS else []


def declared_text_in_page(
    tree: etree._Element, selectors: list[str], body: list[str], least: int = 40
) -> bool:
    """The body holds both the free part and a part the publisher declares not free (hasPart cssSelector),
    or declared text the page hides until the reader subscribes: the paywall is applied in the browser and
    the page served the whole article. (A visible declared part that wraps the whole story, teaser
    included, says nothing either way.)"""
    wanted = {" ".join(p.split())[:80] for p in body if len(p) > BODY_KEY_LENGTH}
    if not selectors or not wanted:
        return False
    # (elements, not their id(): lxml frees a proxy nobody holds, and a new one gets another id)
    declared: set[etree._Element] = set()
    for selector in selectors:
        try:
            found = select(tree, selector)
        except ValueError:
            continue
        for el in found:
            declared.update(el.iter("p"))
    inside = hidden = outside = 0
    for p in PARAGRAPHS(tree):
        text = p.text_content()
        if len(text) <= BODY_KEY_LENGTH or " ".join(text.split())[:80] not in wanted:
            continue
        if p in declared:
            inside += len(text.split())
            if is_hidden(p):  # text a reader without a subscription never sees
                hidden += len(text.split())
        else:
            outside += 1
    return inside >= least and (outside > 0 or hidden >= least)


def declared_length_served(word_count: Any, words: int, full_body_words: int) -> bool:
    """The body is the whole story the page declares (schema.org `wordCount`, a number or a string of
    digits): a full-length body (`full_body_words` or more) of at least DECLARED_LENGTH_SHARE of the declared
    length. A client-side paywall's prompt after it says nothing of a text that is all there (a probe page,
    hand-built: tests/test_judging_unseen_shapes10.py). Never read the other way: a declared length far above
    the body is as often a count of the whole page's text (a tune-half page declares 3551 words over a story
    of 307)."""
    if isinstance(word_count, list):
        word_count = next(iter(word_count), None)
    if isinstance(word_count, bool) or not isinstance(word_count, (int, float, str)):
        return False
    try:
        declared = int(str(word_count).strip())
    except ValueError:
        return False
    return declared > 0 and words >= full_body_words and words >= DECLARED_LENGTH_SHARE * declared


def whole_text_under_prompt(
    *, declared_free: bool | None, word_count: Any, selectors: list[str], words: int, paragraphs: int
) -> bool:
    """A story declared not free (`isAccessibleForFree: false`) that declares neither its length
    (`wordCount`) nor its non-free part (`hasPart`), served with a body as long as a whole story's
    (SERVED_TEXT_WORDS words in SERVED_TEXT_PARAGRAPHS paragraphs or more): the subscription prompt after it
    is the client-side paywall's, set over a text that is all there (rules.SERVED_TEXT_WORDS)."""
    if declared_free is not False or selectors or word_count not in (None, "", []):
        return False
    return words >= SERVED_TEXT_WORDS and paragraphs >= SERVED_TEXT_PARAGRAPHS
