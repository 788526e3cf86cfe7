"""Spidermon's Scrapy extension, imported only when SPIDERMON_ENABLED is on.

Scrapy imports every class listed in EXTENSIONS before asking it whether it is enabled, and importing
Spidermon's loads jsonschema, arrow, requests and their dependencies: ~6 MB of resident memory in every
crawl process, alerts on or off. This stand-in imports it when the alerts are on, and hands Scrapy
Spidermon's own extension then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrapy.exceptions import NotConfigured

if TYPE_CHECKING:
    from scrapy.crawler import Crawler


class Spidermon:
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        if not crawler.settings.getbool("SPIDERMON_ENABLED"):
            # without a message: Scrapy logs a NotConfigured that has one at WARNING, in every crawl
            raise NotConfigured
        from spidermon.contrib.scrapy.extensions import Spidermon as Extension

        return Extension.from_crawler(crawler)
