"""Stories split over several pages (WordPress's `<!--nextpage-->` gives `/slug/2/`; other CMSs `?page=2`,
`story-2.html`): the link from one page of a story to its next.

A link is taken for the story's page N only when it is marked as the next one (`<link rel="next">`,
`<a rel="next">`, a "Next page" pager link, or a pager link reading N) AND its URL continues the first
page's: the same path with `/N/`, `/page/N/`, `-N.html` added or a page parameter set to N. That keeps out
what article pages link as "next" but is no part of them: the next story of a blog (`rel=next` to another
slug), a gallery's next photo, the next article of a series.

The other way round, a page reached alone (a front's "most read" box or a feed linking `/slug/2/`, a
shared link) is taken for page N of a story when its URL continues a first page's and it links that page
back, marked: `rel=prev`/`rel=first`, a pager link reading 1 (or N-1 to the page before), "Previous
page", a canonical naming the first page, or (`?page=N` alone) a link to its page N+1. A URL alone is not
enough: `/node/2`, `/news/2/` are pages of their own.
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
#: the text of a pager's link back to the first or the previous page of a story
_BACK_TEXTS = frozenset(
    {
        "previous", "previous page", "prev", "first", "first page", "vorherige seite", "zurück",
        "erste seite", "page précédente", "précédent", "précédente", "première page", "página anterior",
        "anterior", "primera página", "pagina precedente", "precedente", "prima pagina", "vorige pagina",
        "vorige", "eerste pagina", "poprzednia strona", "poprzednia", "föregående sida", "edellinen sivu",
    }
)  # fmt: skip
_ARROWS = "›»→>…. "
_BACK_ARROWS = "‹«←<…. "
#: extensions after which a CMS numbers pages as `story-2.html` / `story_2.html`
_EXTENSION = re.compile(r"(\.(?:html?|shtml|php|aspx?))$", re.I)
_LINK_NEXT = "//link[contains(concat(' ', normalize-space(@rel), ' '), ' next ')]/@href"
#: `<link>` elements that may name a later page's first (or previous) page
_LINK_BACK = (
    "//link[@href][contains(concat(' ', normalize-space(@rel), ' '), ' prev ')"
    " or contains(concat(' ', normalize-space(@rel), ' '), ' first ')"
    " or contains(concat(' ', normalize-space(@rel), ' '), ' canonical ')]"
)
#: a later page's path: its first page's with `/page/N`, `/N` or `-N.html` added (N from 2 to 999)
_NUMBER = r"(?P<n>[2-9]|[1-9]\d{1,2})"
_LATER_PATHS = (
    re.compile(rf"^(?P<root>.*[^/])/page/{_NUMBER}/?$"),
    re.compile(rf"^(?P<root>.*[^/])/{_NUMBER}/?$"),
)
_LATER_FILE = re.compile(rf"^(?P<stem>.*[^/])[-_]{_NUMBER}(?P<ext>\.(?:html?|shtml|php|aspx?))$", re.I)


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


def _earlier(page_url: str) -> list[tuple[str, int]]:
    """What the URL says the page may be: (first page's URL, N) for each way a CMS numbers its pages, the
    first page's spelling with and without a trailing slash (a pager links one of them)."""
    parts = urlsplit(page_url)
    origin = f"{parts.scheme}://{parts.netloc}"
    found: list[tuple[str, int]] = []
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    numbered = [value for key, value in pairs if key in PAGE_PARAMS]
    if len(numbered) == 1 and numbered[0].isdigit() and 2 <= int(numbered[0]) <= 999:
        rest = "&".join(
            piece for piece in parts.query.split("&") if piece.split("=", 1)[0] not in PAGE_PARAMS
        )
        found.append((origin + parts.path + (f"?{rest}" if rest else ""), int(numbered[0])))
    query = f"?{parts.query}" if parts.query else ""
    for pattern in _LATER_PATHS:
        later = pattern.match(parts.path)
        if later is not None:
            root = origin + later["root"]
            found += [(root + "/" + query, int(later["n"])), (root + query, int(later["n"]))]
    later = _LATER_FILE.match(parts.path)
    if later is not None:
        found.append((origin + later["stem"] + later["ext"] + query, int(later["n"])))
    return [(first, number) for first, number in found if continues(first, page_url, number)]


def may_be_later_page(url: str) -> bool:
    """Whether the URL is shaped like page 2 or later of a story (`/slug/2/`, `?page=2`, `story-2.html`): what
    its page says decides whether it is one (`first_page_of`)."""
    return bool(_earlier(url))


def _says_back(text: str, number: int) -> bool:
    text = " ".join(text.lower().split())
    return text in ("1", str(number - 1)) or text.strip(_BACK_ARROWS) in _BACK_TEXTS


def first_page_of(selector: Selector, page_url: str) -> tuple[str, int] | None:
    """(the first page's URL, N) when the page at `page_url` is page N (2 or more) of a story: its URL
    continues the first page's and it links back to it (or to page N-1) marked as such; None otherwise."""
    guesses = _earlier(page_url)
    if not guesses:
        return None
    # (href, rel values, texts): the head's links, and the anchors that name the first page's slug (a few of
    # the page's hundreds, read in Python)
    links: list[tuple[str, set[str], tuple[str, ...]]] = [
        (link.attrib.get("href") or "", set((link.attrib.get("rel") or "").lower().split()), ())
        for link in selector.xpath(_LINK_BACK)
    ]
    needles: set[str] = set()
    for first, _ in guesses:
        parts = urlsplit(first)
        needles.add(parts.path.rstrip("/").rsplit("/", 1)[-1] or parts.query)
    for needle in needles:
        for anchor in selector.xpath("//a[@href][contains(@href, $needle)]", needle=needle):
            rel = set((anchor.attrib.get("rel") or "").lower().split())
            text = anchor.xpath("normalize-space(string(.))").get() or ""
            links.append((anchor.attrib["href"], rel, (text, anchor.attrib.get("aria-label") or "")))
    for first, number in guesses:
        for href, rel, texts in links:
            url = urljoin(page_url, href.strip()).split("#")[0]
            if url == first:
                # a canonical naming the first page says as much as a link back to it
                marked = bool(rel & {"prev", "first", "canonical"})
            elif number > 2 and continues(first, url, number - 1):
                marked = "prev" in rel
            else:
                continue
            if marked or any(_says_back(text, number) for text in texts):
                return first, number
    for first, number in guesses:
        # `?page=N` on the first page's own path, and a link to its page N+1 (a magazine CMS whose pages
        # link only their next, `<link rel="next" href="?page=3">`): a path's `/N` gets no such benefit of
        # the doubt (`/p/2` linking the next post `/p/3`)
        if urlsplit(first).path == urlsplit(page_url).path and next_page_url(
            selector, page_url, first_url=first, number=number + 1
        ):
            return first, number
    return None


__all__ = ["PAGE_PARAMS", "continues", "first_page_of", "may_be_later_page", "next_page_url"]
