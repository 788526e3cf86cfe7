"""What a fetched document is (sitemap, feed, HTML page, robots.txt), told from its body.

URLs lie (`/feed/` may be HTML, `/sitemap` may be a urlset or an index, `.xml` may be a feed), so
the generic spider looks at the first element of the body and only falls back to Content-Type.
"""

from __future__ import annotations

import re

from newsarchive.discovery._xml import root_tag
from newsarchive.discovery.feeds import feed_kind, is_json

SITEMAP = "sitemap"
FEED = "feed"
HTML = "html"
ROBOTS = "robots"
OTHER = "other"

_FEED_ROOTS = {"rss", "feed", "rdf"}
_SITEMAP_ROOTS = {"urlset", "sitemapindex"}
_ROBOTS_LINE = re.compile(rb"^\s*(user-agent|disallow|allow|sitemap|crawl-delay)\s*:", re.I | re.M)


def document_kind(body: bytes, content_type: str | None = None) -> str:
    """SITEMAP, FEED, HTML, ROBOTS or OTHER."""
    if is_json(body):
        # A JSON Feed, or some other JSON (an API answer): never a page, even with markup in its strings.
        return FEED if feed_kind(body) == "json" else OTHER
    tag = root_tag(body)
    if tag is not None:
        name = tag.rsplit(":", 1)[-1].lower()
        if name in _SITEMAP_ROOTS:
            return SITEMAP
        if name in _FEED_ROOTS:
            return FEED
        if name in {"html", "head", "body"}:
            return HTML
    ctype = (content_type or "").lower()
    if "html" in ctype:
        return HTML
    if ctype.startswith("text/plain") and _ROBOTS_LINE.search(body[:65536]):
        return ROBOTS
    if tag is not None and not ctype.startswith(("image/", "video/", "audio/", "application/pdf")):
        # Tag soup without <html> (fragments, sloppy templates) is still a page to look at.
        return HTML
    return OTHER
