"""Decide `access` ("free" / "paywalled" / "unknown") from what extraction saw on the page."""

from __future__ import annotations

import logging
from collections.abc import MutableMapping
from typing import Any

from scrapy.settings import BaseSettings

from newsarchive import defaults
from newsarchive.exceptions import Paywalled
from newsarchive.items import Article
from newsarchive.pipelines.base import SettingsPipeline, StatsSink, as_stats

logger = logging.getLogger(__name__)


def _words(article: Article) -> int:
    # Counted here rather than trusting word_count: the noise pipeline may be disabled.
    return sum(len(p.split()) for p in article.body)


def judge_access(article: Article, *, full_body_words: int) -> str:
    """The access verdict, strongest evidence first.

    1. the publisher's own declaration (schema.org isAccessibleForFree) wins both ways;
    2. extraction's teaser verdict means paywalled;
    3. paywall markup (meter, regwall, hasPart selectors) around a body shorter than a full article means
       paywalled; the same markup around a full body is a meter the page let us through, which says
       nothing certain, so the current value stays;
    4. no marker at all and a full body: free.
    """
    evidence = article.evidence
    if evidence.is_accessible_for_free is False:
        return "paywalled"
    if evidence.is_accessible_for_free is True:
        return "free"
    if evidence.teaser:
        return "paywalled"
    has_markers = bool(evidence.paywall_markers or evidence.paywall_selectors)
    full_body = _words(article) >= full_body_words
    if has_markers and not full_body:
        return "paywalled"
    if not has_markers and full_body:
        return "free"
    return article.access


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
        item.access = judge_access(item, full_body_words=self.full_body_words)
        self.stats.inc_value(f"newsarchive/paywall/{item.access}")
        if item.access == "paywalled":
            self.stats.inc_value("newsarchive/paywall/flagged")
            logger.debug("Paywalled: %s (%d words)", item.url, _words(item))
            if self.drop:
                raise Paywalled(f"paywalled stub ({_words(item)} words): {item.url}")
        return item
