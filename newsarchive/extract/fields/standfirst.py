"""The standfirst (dek, sub-headline) set right after the headline in an element whose marks name it, where
the CSS selectors of HeadlineFields.standfirst do not reach: a mark in another case (Brightspot's
`ArticlePage-subHeadline`), a word they do not know (Le Monde's `article__desc`, Hugo PaperMod's
`post-description`, El Clarín's `bajada`), or a data attribute rather than a class (the Guardian's
`data-gu-name="standfirst"`), below a wrapper that holds only the headline. Probe pages in these shapes
(hand-built, tests/test_extract_unseen_shapes3.py) had the dek under the headline and no standfirst.

Only the element right after the headline (or after the wrapper holding nothing but the headline) is
read: a "summary" or "description" elsewhere on the page is another story's teaser or a widget.
"""

from __future__ import annotations

import re

from lxml import etree

from newsarchive.extract.fields.common import is_ancestor
from newsarchive.extract.text import element_text

#: words of a standfirst's class, id or data-* value, split at "-", "_", spaces and case changes
#: (lower case). Not the lead words of content/lead.py ("intro", "lead", "teaser", "chapo"): the body
#: step puts those leads into the body, where traf-eval's snippets count them.
STANDFIRST_WORDS = frozenset(
    {
        "standfirst", "subtitle", "subheadline", "dek", "deck", "desc", "description", "summary",
        # Spanish "bajada"/"entradilla", Italian "sottotitolo"/"catenaccio", Portuguese "linha-fina"
        "bajada", "entradilla", "sottotitolo", "catenaccio", "linhafina",
        # News24's "article__synopsis", the Kathmandu Post's "title-sub" (the subtitle's words the other
        # way round): probe pages, hand-built (tests/test_extract_unseen_shapes8.py)
        "synopsis", "titlesub",
        # Ghost's themes' excerpt under the title (Source's "gh-article-excerpt", Casper's
        # "article-excerpt"), the Vietnamese CMSs' "sapo" (Thanh Niên, VietNamNet): probe pages, hand-built
        # (tests/test_extract_unseen_shapes11.py). Not "excerpt" alone: a WordPress theme's "entry-excerpt"
        # is the text's lead (netzpolitik.org, tests/test_extract_body_patterns.py).
        "gharticleexcerpt", "articleexcerpt", "sapo",
        # Caixin's "subhead" under its info block (a probe page, hand-built,
        # tests/test_extract_unseen_shapes6.py); a theme's "entry-subhead" of byline and <time> is no dek
        # (the <time> rule below)
        "subhead",
    }
)  # fmt: skip
#: tags a standfirst is set in
_TAGS = frozenset({"p", "div", "h2", "h3", "section", "span"})
#: wrappers climbed from the <h1> while they hold nothing else
_MAX_WRAPPERS = 3
#: attribute values longer than this are no class names (JSON in data-attrs)
_MAX_MARK = 60
_SEPARATORS = re.compile(r"[-_\s]+")
_SPLIT = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])")
MIN_CHARS, MAX_CHARS = 15, 400
#: ... a dek in a script written without spaces says as much in fewer characters, one a word: PRESIDENT
#: Online's "物価高対策の落とし穴" (10) under its headline (a probe page, hand-built,
#: tests/test_extract_unseen_shapes9.py); a label such as "速報" or "特集" stays under it
MIN_UNSPACED_CHARS = 6
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# A row of separated items ("von wordpressadmin | Eingetragen bei: politics | 0", a theme's "subhead" meta
# row) or a caption with its copyright mark ("Rust am Westufer. © WSNA", a "description" under the
# picture): no dek (traf-eval tune: silvias.net, falstaff.de)
_NOT_A_DEK = re.compile(r"[|•©]")


def _words(element: etree._Element) -> set[str]:
    words: set[str] = set()
    for name, value in element.attrib.items():
        if (name in ("class", "id") or name.startswith("data-")) and len(value) <= _MAX_MARK:
            # "ArticlePage-subHeadline": "subheadline" and "sub", "headline"; "linha-fina": "linhafina"
            words.update(w.lower() for w in _SPLIT.split(value) if w)
            words.update(w.lower() for w in _SEPARATORS.split(value) if w)
            words.add(_SEPARATORS.sub("", value).lower())
            words.update(_SEPARATORS.sub("", token).lower() for token in value.split())
    return words


def _next_element(element: etree._Element) -> etree._Element | None:
    sibling = element.getnext()
    while sibling is not None and not isinstance(sibling.tag, str):
        sibling = sibling.getnext()
    return sibling


# The story's info block a header may set between the headline and the dek: the byline and date row
# (Jiemian's "article-info" over its "article-summary", Caixin's "artInfo" over its "subhead": probe pages,
# hand-built, tests/test_extract_unseen_shapes6.py and 11.py). Marked so and short: more text is a block
# of its own.
_INFO_WORDS = frozenset({"info", "meta", "byline", "dateline", "artinfo", "articleinfo", "postmeta"})
MAX_INFO_CHARS = 200


def _info_block(element: etree._Element) -> bool:
    return (
        element.tag in ("div", "p", "section", "span", "ul")
        and not _INFO_WORDS.isdisjoint(_words(element))
        and STANDFIRST_WORDS.isdisjoint(_words(element))
        and len(element_text(element)) <= MAX_INFO_CHARS
    )


def standfirst_after(h1: etree._Element) -> str | None:
    """The text of the element right after the headline block (and the info block under it, if any)
    whose marks name a standfirst. (`h1` must be the story's headline: after a site's title in an <h1>,
    "desc" is the site's tagline.)"""
    node = h1
    info = False  # one info block passed
    for _ in range(_MAX_WRAPPERS + 1):
        sibling = _next_element(node)
        if sibling is not None and not info and _info_block(sibling):
            info = True
            sibling = _next_element(sibling)
        if sibling is not None:
            if (
                sibling.tag in _TAGS
                and not STANDFIRST_WORDS.isdisjoint(_words(sibling))
                # (a header block holding the title, the picture or the date is more than the dek)
                and next(sibling.iter("h1", "img", "figure", "time"), None) is None
            ):
                text = element_text(sibling)
                least = MIN_UNSPACED_CHARS if _UNSPACED.search(text[:2]) else MIN_CHARS
                if least <= len(text) <= MAX_CHARS and not _NOT_A_DEK.search(text):
                    return text
            return None
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "article", "main"):
            return None
        node = parent
    return None


# Boxes whose "description" or "subtitle" is not the story's: an author box's bio or role line (Molongui's
# "m-a-box-profile" on heartlandnewsfeed.com, LinkedIn's "mini-profile" under "author-info") and a picture's
# caption (a WordPress "wp-caption" <figure> on vancouversun.com): 3 of 76 tune-half standfirsts
_OWN_BOX = re.compile(r"author|profile", re.IGNORECASE)


def in_box_of_its_own(element: etree._Element, h1: etree._Element) -> bool:
    """`element` (a standfirst selector's match) is in a figure or an author box that does not hold the
    headline `h1`."""
    for node in (element, *element.iterancestors()):
        if node.tag in ("body", "article", "main") or is_ancestor(node, h1):
            return False  # (the boxes around the headline are the story's own)
        if node.tag in ("figure", "figcaption"):
            return True
        if _OWN_BOX.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    return False
