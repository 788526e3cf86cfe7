"""Cross-run crawl state: which URLs are archived, with which content hash and version.

A leaf layer: it imports only newsarchive.items, newsarchive.dates and newsarchive.defaults (no archive/,
distributed/, Scrapy). The SQLite backend lives here; distributed mode's Redis backend implements the same
`StateStore` in `newsarchive.distributed.state`. `newsarchive.crawlstate.state_for` opens the backend
NEWSARCHIVE_STATE_BACKEND names for a crawl (DistributedAddon sets the Redis one).
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
