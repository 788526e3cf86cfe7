"""What every newsarchive pipeline shares: construction from settings + a stats sink, so the same classes run
inside a crawl (`from_crawler`) and without one (`newsarchive.pipelines.offline`)."""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import TYPE_CHECKING, Any, Protocol

from scrapy.settings import BaseSettings

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler


class StatsSink(Protocol):
    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None: ...


class DictStats:
    """A plain dict seen as a Scrapy stats collector (only what pipelines use)."""

    def __init__(self, data: MutableMapping[str, Any] | None = None) -> None:
        self.data: MutableMapping[str, Any] = {} if data is None else data

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None:
        self.data[key] = self.data.get(key, start) + count

    def get_value(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)


def as_stats(stats: StatsSink | MutableMapping[str, Any] | None) -> StatsSink:
    if stats is None:
        return DictStats()
    if isinstance(stats, MutableMapping):
        return DictStats(stats)
    return stats


class SettingsPipeline:
    """Base of the pipelines that need nothing from the crawl but settings and stats."""

    def __init__(self, *, stats: StatsSink) -> None:
        self.stats = stats

    @classmethod
    def from_settings(
        cls, settings: BaseSettings, stats: StatsSink | MutableMapping[str, Any] | None = None
    ) -> Self:
        raise NotImplementedError

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls.from_settings(crawler.settings, crawler.stats)
