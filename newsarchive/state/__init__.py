"""Cross-run crawl state: which URLs are archived, with which content hash and version.

A leaf layer: it imports only newsarchive.items and newsarchive.dates (no archive/, distributed/, Scrapy).
`newsarchive.crawlstate.state_for` opens the state a crawl uses (SQLite here, or
distributed.state.RedisCrawlState).
"""

from __future__ import annotations

from newsarchive.state.keys import site_filename, validate_site
from newsarchive.state.protocol import StateStore
from newsarchive.state.store import (
    ArticleState,
    CrawlState,
    article_key,
    url_key,
)

__all__ = [
    "ArticleState",
    "CrawlState",
    "StateStore",
    "article_key",
    "site_filename",
    "url_key",
    "validate_site",
]
