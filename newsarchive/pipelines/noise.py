"""Text-level noise removal on every text field of the record (rules: newsarchive.cleaning)."""

from __future__ import annotations

import logging
from collections.abc import MutableMapping
from typing import Any

from scrapy.exceptions import NotConfigured
from scrapy.settings import BaseSettings

from newsarchive import defaults
from newsarchive.cleaning import clean_fields
from newsarchive.items import Article
from newsarchive.pipelines.base import SettingsPipeline, StatsSink, as_stats

logger = logging.getLogger(__name__)


class NoisePipeline(SettingsPipeline):
    @classmethod
    def from_settings(
        cls, settings: BaseSettings, stats: StatsSink | MutableMapping[str, Any] | None = None
    ) -> NoisePipeline:
        if not settings.getbool("NEWSARCHIVE_NOISE_ENABLED", defaults.NEWSARCHIVE_NOISE_ENABLED):
            raise NotConfigured("NEWSARCHIVE_NOISE_ENABLED is off")
        return cls(stats=as_stats(stats))

    def process_item(self, item: Any, spider: object = None) -> Any:
        if not isinstance(item, Article):
            return item
        # One call for every text field: cleaned as clean_body and clean_text would, with one fragment
        # test for all of them.
        body, (headline, standfirst, *captions), removed = clean_fields(
            item.body, [item.headline, item.standfirst, *(image.caption for image in item.images)]
        )
        # Derived fields follow the body: recomputed when cleaning changed it or they were never set
        # (an extracted article carries them already; the hash costs as much as the cleaning).
        stale = body != item.body or item.content_hash is None
        item.body = body
        item.headline = headline
        item.standfirst = standfirst
        for image, caption in zip(item.images, captions, strict=True):
            image.caption = caption
        if stale:
            item.refresh_derived()
        for rule, count in removed.items():
            self.stats.inc_value(f"newsarchive/noise/removed/{rule}", count)
        if removed:
            logger.debug("Removed noise from %s: %s", item.url, dict(removed))
        return item
