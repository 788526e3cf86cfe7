"""Flag (and by default drop) advertorials: pages extraction found sponsored markers on.

Only page-level evidence counts (schema:AdvertiserContentArticle, a "Sponsored"/"Paid post" label of the
article itself, an advertorial URL path); a weak marker (a sponsor's credit alone) judges nothing. A
"Sponsored Content" module on a normal article is removed by extraction and never becomes a marker, so it
cannot drop the article.
"""

from __future__ import annotations

import logging
from collections.abc import MutableMapping
from typing import Any

from scrapy.settings import BaseSettings

from newsarchive import defaults
from newsarchive.exceptions import Sponsored
from newsarchive.extract.evidence.rules import counted
from newsarchive.items import Article
from newsarchive.pipelines.base import SettingsPipeline, StatsSink, as_stats

logger = logging.getLogger(__name__)


class SponsoredPipeline(SettingsPipeline):
    def __init__(self, *, stats: StatsSink, drop: bool) -> None:
        super().__init__(stats=stats)
        self.drop = drop

    @classmethod
    def from_settings(
        cls, settings: BaseSettings, stats: StatsSink | MutableMapping[str, Any] | None = None
    ) -> SponsoredPipeline:
        return cls(
            stats=as_stats(stats),
            drop=settings.getbool("NEWSARCHIVE_SPONSORED_DROP", defaults.NEWSARCHIVE_SPONSORED_DROP),
        )

    def process_item(self, item: Any, spider: object = None) -> Any:
        if not isinstance(item, Article):
            return item
        # (weak markers, a sponsor's credit alone, are recorded and judge nothing: evidence.rules.WEAK)
        markers = counted(item.evidence.sponsored_markers)
        if not markers:
            return item
        item.sponsored = True
        self.stats.inc_value("newsarchive/sponsored/flagged")
        logger.debug("Sponsored: %s (%s)", item.url, ", ".join(markers))
        if self.drop:
            raise Sponsored(f"advertorial ({', '.join(markers)}): {item.url}")
        return item
