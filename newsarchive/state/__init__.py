"""Cross-run crawl state: which URLs are archived, with which content hash and version."""

from __future__ import annotations

from newsarchive.state.crawler import close_states, state_for
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
    "close_states",
    "site_filename",
    "state_for",
    "url_key",
    "validate_site",
]
