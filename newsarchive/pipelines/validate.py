"""Keep only records that are articles with the fields an archive line needs.

A paywalled teaser is kept even under NEWSARCHIVE_VALIDATE_MIN_BODY_WORDS: it is already flagged
access="paywalled" (or dropped by NEWSARCHIVE_PAYWALL_DROP), and its headline, date and teaser are still worth
archiving as a record that the article exists. A page its publisher declares an article (og:type=article, a
schema.org article type) is kept down to half that length: a brief or a short blog post is still an article.
Any other short body is most likely a failed extraction, so it is dropped (and kept in the rejects).
Lengths are counted in every script (newsarchive.textsize).
"""

from __future__ import annotations

import logging
from collections.abc import MutableMapping
from typing import Any

from scrapy.settings import BaseSettings

from newsarchive import defaults
from newsarchive.exceptions import BodyTooShort, MissingField, NotAnArticle
from newsarchive.extract.jsonld import ARTICLE_TYPES
from newsarchive.items import Article
from newsarchive.pipelines.base import SettingsPipeline, StatsSink, as_stats
from newsarchive.textsize import body_words, has_words

logger = logging.getLogger(__name__)


def _words(article: Article) -> int:
    # Counted here rather than trusting word_count: the noise pipeline may be disabled.
    return body_words(article.body)


def _has_words(article: Article, least: int) -> bool:
    """_words(article) >= least, reading only as many paragraphs as it takes (the first, mostly)."""
    return has_words(article.body, least)


def _declared_article(article: Article) -> bool:
    """The page declares itself an article: og:type=article, or a schema.org article type."""
    evidence = article.evidence
    return (evidence.og_type or "").lower() == "article" or bool(
        ARTICLE_TYPES.intersection(evidence.schema_types)
    )


class ValidatePipeline(SettingsPipeline):
    def __init__(self, *, stats: StatsSink, min_body_words: int) -> None:
        super().__init__(stats=stats)
        self.min_body_words = min_body_words

    @classmethod
    def from_settings(
        cls, settings: BaseSettings, stats: StatsSink | MutableMapping[str, Any] | None = None
    ) -> ValidatePipeline:
        return cls(
            stats=as_stats(stats),
            min_body_words=settings.getint(
                "NEWSARCHIVE_VALIDATE_MIN_BODY_WORDS", defaults.NEWSARCHIVE_VALIDATE_MIN_BODY_WORDS
            ),
        )

    def process_item(self, item: Any, spider: object = None) -> Any:
        if not isinstance(item, Article):
            return item
        if item.page_type != "article":
            raise NotAnArticle(f"page classified as {item.page_type!r}: {item.url}")
        missing = [name for name in ("url", "headline", "body") if not getattr(item, name)]
        if missing:
            raise MissingField(f"missing {', '.join(missing)}: {item.url}")
        if not _has_words(item, self.min_body_words):
            if item.access == "paywalled":
                self.stats.inc_value("newsarchive/validate/short_paywalled_kept")
            elif _declared_article(item) and _has_words(item, self.min_body_words // 2):
                # A short story its publisher declares an article (a brief, a short blog post): short is
                # weak evidence of a failed extraction, and losing a real article costs more.
                self.stats.inc_value("newsarchive/validate/short_declared_kept")
            else:
                raise BodyTooShort(f"body has {_words(item)} words (< {self.min_body_words}): {item.url}")
        self.stats.inc_value("newsarchive/validate/passed")
        repairs = item.evidence.encoding_repaired
        if repairs:
            # archived all the same: counted, so a run report shows how much text needed repair
            self.stats.inc_value("newsarchive/encoding/repaired")
            for repair in repairs:
                self.stats.inc_value(f"newsarchive/encoding/repaired/{repair}")
        return item
