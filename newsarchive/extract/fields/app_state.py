"""Dates of the story's record in the state a JavaScript framework hydrates the page from: Next.js's
`<script id="__NEXT_DATA__" type="application/json">`.

A Next.js news site renders the story on the server but need not print its times (a day only, "Mar 4,
2025") nor declare them (no JSON-LD, no meta tag): the record the page hydrates from holds them, in the
words of the CMS behind it ("publishedAt"/"updatedAt" of Contentful, Sanity, Strapi; "date"/"modified" of
headless WordPress; "firstPublishedAt"). The record is the object of the state whose title is the page's
headline: other objects there are other stories (related lists, menus) with dates of their own. Probe
page in that shape (hand-built, tests/test_extract_unseen_shapes4.py); no tune-half page holds this
state, so no figure moves.

Read only where the page declares no date of its own in JSON-LD (fields/dates.py `_page_jsonld`).
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from newsarchive.dates import normalise_date
from newsarchive.extract.text import norm_title

if TYPE_CHECKING:
    from newsarchive.extract.page import Page

#: the record's keys for the publication and the modification, most specific first
DATE_KEYS = {
    "datePublished": (
        "datePublished", "publishedAt", "published_at", "firstPublishedAt", "firstPublished",
        "publishDate", "publishedDate", "publicationDate", "date",
    ),
    "dateModified": (
        "dateModified", "updatedAt", "updated_at", "modifiedAt", "lastModified", "dateUpdated", "modified",
    ),
}  # fmt: skip
#: the record's keys for its title
TITLE_KEYS = ("headline", "title", "name")
_SCRIPT = re.compile(r'<script[^>]*\bid=["\']?__NEXT_DATA__["\']?[^>]*>(.*?)</script>', re.S | re.I)
#: a state larger than this is not parsed (time: a whole catalogue serialised into the page)
MAX_STATE = 2_000_000
#: objects visited in the state
MAX_NODES = 20_000
_CACHE = "_app_state_record"


def app_state_date(page: Page, key: str) -> str | None:
    """`key` ("datePublished" or "dateModified") of the story's record in the page's Next.js state."""
    if _CACHE not in page.__dict__:
        page.__dict__[_CACHE] = _story_record(page.doc.html, page.headline())
    record = page.__dict__[_CACHE]
    if record is None:
        return None
    for name in DATE_KEYS.get(key, ()):
        value = record.get(name)
        if isinstance(value, str):
            found = normalise_date(value)
            if found:
                return found
    return None


def _story_record(html: str, headline: str | None) -> dict[str, Any] | None:
    if "__NEXT_DATA__" not in html or not headline:
        return None
    found = _SCRIPT.search(html)
    if found is None or len(found.group(1)) > MAX_STATE:
        return None
    try:
        state = json.loads(found.group(1))
    except ValueError:
        return None
    wanted = norm_title(headline)
    if not wanted:
        return None
    stack: list[Any] = [state]
    visited = 0
    while stack and visited < MAX_NODES:
        node = stack.pop(0)  # (breadth first: the page's own record sits high, related lists lower)
        visited += 1
        if isinstance(node, dict):
            title = next((node[k] for k in TITLE_KEYS if isinstance(node.get(k), str)), None)
            if title and norm_title(title) == wanted:
                return node
            stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend(v for v in node if isinstance(v, (dict, list)))
    return None
