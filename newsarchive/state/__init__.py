"""Cross-run crawl state: which URLs are archived, with which content hash and version.

A leaf layer: it imports nothing of newsarchive's but `items`, `dates` and `defaults` (and no Scrapy).
The SQLite backend lives here; the Redis backend of distributed mode implements the same `StateStore`
in `newsarchive.distributed.state`, and `newsarchive.crawlstate` opens whichever NEWSARCHIVE_STATE_BACKEND
names.
"""

from __future__ import annotations

from newsarchive.state.protocol import StateStore
from newsarchive.state.store import (
    ArticleState,
    CrawlState,
    article_key,
    site_filename,
    url_key,
    validate_site,
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
