"""Text-level noise removal on every text field of the record (rules: newsarchive.cleaning)."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import MutableMapping
from typing import Any

from scrapy.exceptions import NotConfigured
from scrapy.settings import BaseSettings

from newsarchive.cleaning import clean_body, clean_caption, clean_headline, clean_standfirst
from newsarchive.items import Article
from newsarchive.pipelines.base import SettingsPipeline, StatsSink, as_stats

logger = logging.getLogger(__name__)


class NoisePipeline(SettingsPipeline):
    @classmethod
    def from_settings(
        cls, settings: BaseSettings, stats: StatsSink | MutableMapping[str, Any] | None = None
    ) -> NoisePipeline:
        if not settings.getbool("NEWSARCHIVE_NOISE_ENABLED", True):
            raise NotConfigured("NEWSARCHIVE_NOISE_ENABLED is off")
        return cls(stats=as_stats(stats))

    def process_item(self, item: Any, spider: object = None) -> Any:
        if not isinstance(item, Article):
            return item
        removed: Counter[str] = Counter()
        body, cut = clean_body(item.body)
        # Derived fields follow the body: recomputed when cleaning changed it or they were never set
        # (an extracted article carries them already; the hash costs as much as the cleaning).
        stale = body != item.body or item.content_hash is None
        item.body = body
        removed.update(cut)
        item.headline, cut = clean_headline(item.headline)
        removed.update(cut)
        item.standfirst, cut = clean_standfirst(item.standfirst)
        removed.update(cut)
        for image in item.images:
            image.caption, cut = clean_caption(image.caption)
            removed.update(cut)
        if stale:
            item.refresh_derived()
        for rule, count in removed.items():
            self.stats.inc_value(f"newsarchive/noise/removed/{rule}", count)
        if removed:
            logger.debug("Removed noise from %s: %s", item.url, dict(removed))
        return item
