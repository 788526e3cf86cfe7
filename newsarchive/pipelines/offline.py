"""The judging part of the pipeline (noise -> paywall -> sponsored -> validate) without a crawl.

Used by `python -m newsarchive extract` and the benchmarks: the same classes as in a crawl, built from a
Settings object and a plain stats dict. Dedup and archive are left out: they need a crawl's state.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

from scrapy.exceptions import NotConfigured
from scrapy.settings import BaseSettings, Settings

from newsarchive.items import Article
from newsarchive.pipelines.base import SettingsPipeline, as_stats
from newsarchive.pipelines.noise import NoisePipeline
from newsarchive.pipelines.paywall import PaywallPipeline
from newsarchive.pipelines.sponsored import SponsoredPipeline
from newsarchive.pipelines.validate import ValidatePipeline

STAGES: tuple[type[SettingsPipeline], ...] = (
    NoisePipeline,
    PaywallPipeline,
    SponsoredPipeline,
    ValidatePipeline,
)


def project_settings(overrides: dict[str, Any] | None = None) -> Settings:
    """newsarchive's settings module, plus overrides, without needing scrapy.cfg in the working dir."""
    settings = Settings()
    settings.setmodule("newsarchive.settings", priority="project")
    if overrides:
        settings.update(overrides, priority="cmdline")
    return settings


class OfflinePipeline:
    """Runs an Article through the judging stages; raises the same DropItem subclasses as a crawl."""

    def __init__(
        self, settings: BaseSettings | None = None, stats: MutableMapping[str, Any] | None = None
    ) -> None:
        self.settings = settings if settings is not None else project_settings()
        self.stats_data: MutableMapping[str, Any] = {} if stats is None else stats
        sink = as_stats(self.stats_data)
        self.stages: list[SettingsPipeline] = []
        for stage in STAGES:
            try:
                self.stages.append(stage.from_settings(self.settings, sink))
            except NotConfigured:
                continue

    def process(self, article: Article) -> Article:
        for stage in self.stages:
            article = stage.process_item(article)  # type: ignore[attr-defined]
        return article


def run_offline(
    article: Article, settings: BaseSettings | None = None, stats: MutableMapping[str, Any] | None = None
) -> Article:
    """One-shot form of OfflinePipeline(settings, stats).process(article)."""
    return OfflinePipeline(settings, stats).process(article)
