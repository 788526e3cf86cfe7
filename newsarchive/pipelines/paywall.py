"""Decide `access` ("free" / "metered" / "paywalled" / "unknown") and `truncated` from what extraction saw.

The rules live in newsarchive.extract.access (shared with extraction). A template's meter or offer widget
is not a declaration; a metered page or a client-side paywall served the full text, so it is not truncated.
"""

from __future__ import annotations

import logging
from collections.abc import MutableMapping
from typing import Any

from scrapy.settings import BaseSettings

from newsarchive import defaults
from newsarchive.exceptions import Paywalled
from newsarchive.extract.access import judge_access, judge_truncated
from newsarchive.items import Article
from newsarchive.pipelines.base import SettingsPipeline, StatsSink, as_stats
from newsarchive.textsize import body_words

logger = logging.getLogger(__name__)

__all__ = ["PaywallPipeline", "judge_access"]


def _words(article: Article) -> int:
    # Counted here rather than trusting word_count: the noise pipeline may be disabled.
    return body_words(article.body)


class PaywallPipeline(SettingsPipeline):
    def __init__(self, *, stats: StatsSink, drop: bool, full_body_words: int) -> None:
        super().__init__(stats=stats)
        self.drop = drop
        self.full_body_words = full_body_words

    @classmethod
    def from_settings(
        cls, settings: BaseSettings, stats: StatsSink | MutableMapping[str, Any] | None = None
    ) -> PaywallPipeline:
        return cls(
            stats=as_stats(stats),
            drop=settings.getbool("NEWSARCHIVE_PAYWALL_DROP", defaults.NEWSARCHIVE_PAYWALL_DROP),
            full_body_words=settings.getint(
                "NEWSARCHIVE_PAYWALL_FULL_BODY_WORDS", defaults.NEWSARCHIVE_PAYWALL_FULL_BODY_WORDS
            ),
        )

    def process_item(self, item: Any, spider: object = None) -> Any:
        if not isinstance(item, Article):
            return item
        words = _words(item)
        item.access = judge_access(item.evidence, words, full_body_words=self.full_body_words)
        item.truncated = judge_truncated(item.evidence, item.access)
        self.stats.inc_value(f"newsarchive/paywall/{item.access}")
        if item.truncated:
            self.stats.inc_value("newsarchive/paywall/truncated")
        if item.access == "paywalled":
            self.stats.inc_value("newsarchive/paywall/flagged")
            logger.debug("Paywalled: %s (%d words, truncated=%s)", item.url, words, item.truncated)
            # Only a stub is dropped: a client-side paywall's full text is an article like any other.
            if self.drop and item.truncated:
                raise Paywalled(f"paywalled stub ({words} words): {item.url}")
        return item
