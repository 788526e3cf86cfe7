"""Stories split over several pages (WordPress's `<!--nextpage-->` gives `/slug/2/`; other CMSs `?page=2`,
`story-2.html`): the link from one page of a story to its next.

A link is taken for the story's page N only when it is marked as the next one (`<link rel="next">`,
`<a rel="next">`, a "Next page" pager link, or a pager link reading N) AND its URL continues the first
page's: the same path with `/N/`, `/page/N/`, `-N.html` added or a page parameter set to N. That keeps out
what article pages link as "next" but is no part of them: the next story of a blog (`rel=next` to another
slug), a gallery's next photo, the next article of a series.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urljoin, urlsplit

from parsel import Selector

#: query parameters CMSs number an article's pages with (`?page=2`, also WordPress's of plain permalinks:
#: `?p=5031&page=2`, where `p` is the post), German `?seite=2`, Italian/Spanish/Portuguese `?pagina=2`,
#: Polish `?strona=2`
PAGE_PARAMS = frozenset({"page", "pg", "paged", "seite", "pagina", "strona", "sivu"})
#: the text of a pager's link to the next page of a story (lower case, whitespace collapsed)
_NEXT_TEXTS = frozenset(
    {
        "next", "next page", "continue", "continue reading", "nächste seite", "weiter", "page suivante",
        "suivant", "página siguiente", "siguiente", "pagina successiva", "successiva", "próxima página",
        "próxima", "volgende pagina", "volgende", "następna strona", "nästa sida", "seuraava sivu",
    }
)  # fmt: skip
_ARROWS = "›»→>…. "
#: extensions after which a CMS numbers pages as `story-2.html` / `story_2.html`
_EXTENSION = re.compile(r"(\.(?:html?|shtml|php|aspx?))$", re.I)
_LINK_NEXT = "//link[contains(concat(' ', normalize-space(@rel), ' '), ' next ')]/@href"


def continues(first_url: str, url: str, number: int) -> bool:
    """Whether `url` is page `number` (2 or more) of the story whose first page is `first_url`."""
    first, later = urlsplit(first_url), urlsplit(url)
    if (first.scheme, first.netloc.lower()) != (later.scheme, later.netloc.lower()):
        return False
    n = str(number)
    if first.path == later.path:
        # a page parameter set to N, the rest of the query unchanged
        old = [pair for pair in parse_qsl(first.query, keep_blank_values=True) if pair[0] not in PAGE_PARAMS]
        new = parse_qsl(later.query, keep_blank_values=True)
        numbered = [value for key, value in new if key in PAGE_PARAMS]
        return numbered == [n] and [pair for pair in new if pair[0] not in PAGE_PARAMS] == old
    if later.query != first.query:
        return False
    root = first.path.rstrip("/")
    if not root:
        return False
    path = later.path.rstrip("/")
    if path in (f"{root}/{n}", f"{root}/page/{n}"):
        return True
    extension = _EXTENSION.search(root)
    if extension is None:
        return False
    stem = root[: extension.start()]
    return later.path in (f"{stem}-{n}{extension.group(1)}", f"{stem}_{n}{extension.group(1)}")


def _says_next(text: str, number: int) -> bool:
    text = " ".join(text.lower().split())
    return text == str(number) or text.strip(_ARROWS) in _NEXT_TEXTS


def next_page_url(selector: Selector, page_url: str, *, first_url: str, number: int) -> str | None:
    """The URL of page `number` of the story at `first_url`, as the page at `page_url` links it; None when it
    links none (the story's last page, or a story of one page)."""
    slug = urlsplit(first_url).path.rstrip("/").rsplit("/", 1)[-1]
    slug = _EXTENSION.sub("", slug)
    if not slug:
        return None
    candidates = [href for href in selector.xpath(_LINK_NEXT).getall()]
    # (only links that name the story's slug: a few of the page's hundreds, read in Python)
    for anchor in selector.xpath("//a[@href][contains(@href, $slug)]", slug=slug):
        rel = (anchor.attrib.get("rel") or "").lower().split()
        text = anchor.xpath("normalize-space(string(.))").get() or ""
        label = anchor.attrib.get("aria-label") or ""
        if "next" in rel or _says_next(text, number) or _says_next(label, number):
            candidates.append(anchor.attrib["href"])
    for href in candidates:
        url = urljoin(page_url, href.strip()).split("#")[0]
        if continues(first_url, url, number):
            return url
    return None


__all__ = ["PAGE_PARAMS", "continues", "next_page_url"]
