"""NewsarchiveAddon: newsarchive's whole pipeline in any Scrapy project, with one line of settings.

    ADDONS = {"newsarchive.addon.NewsarchiveAddon": 0}

The add-on gives a project what newsarchive's own project settings (`newsarchive/settings.py`) give a
`scrapy crawl` here: the downloader middlewares (contact User-Agent, conditional requests, hostile-response
guards, WARC capture), the item pipelines (noise, paywall, sponsored, validate, dedup, archive), the
extensions (the spiders' JOBDIR guard, walk bookkeeping and drop recorder; run report, progress) and every
NEWSARCHIVE_* default. The project's own settings win: values are set at Scrapy's "addon" priority, below
the project's, and a component the project already lists keeps the project's order. settings.py stays the
one list of components; this module only copies it, so a component added there reaches both.

Distributed mode stays a separate add-on on top (`newsarchive.distributed.addon.DistributedAddon`).
The spiders are the project's: a spider hands article pages to extraction by subclassing
`newsarchive.spiders.base.NewsarchiveSpider` and using `parse_article` as the callback (docs/crawling.md).
"""

from __future__ import annotations

import logging
from types import ModuleType
from typing import Any

from scrapy.settings import BaseSettings
from scrapy.utils.misc import load_object

from newsarchive import settings as newsarchive_settings

logger = logging.getLogger(__name__)

#: Settings that make up newsarchive's own Scrapy project, not the pipeline: a user's project keeps its
#: spiders and bot name. (COMMANDS_MODULE is read before any add-on runs: the `crawl` command with exit
#: status 3 needs its own line, see docs/crawling.md.)
PROJECT_ONLY = frozenset(
    {"BOT_NAME", "SPIDER_MODULES", "NEWSPIDER_MODULE", "SPIDER_LOADER_CLASS", "COMMANDS_MODULE", "ADDONS"}
)
#: Component priority dictionaries: merged entry by entry instead of replaced.
COMPONENT_SETTINGS = frozenset(
    {"DOWNLOADER_MIDDLEWARES", "SPIDER_MIDDLEWARES", "ITEM_PIPELINES", "EXTENSIONS"}
)


def pipeline_settings(module: ModuleType = newsarchive_settings) -> dict[str, Any]:
    """Name -> value of every setting the add-on installs (newsarchive's settings minus PROJECT_ONLY)."""
    return {
        name: getattr(module, name)
        for name in dir(module)
        if name.isupper() and not name.startswith("_") and name not in PROJECT_ONLY
    }


def _setdefault_component(settings: BaseSettings, name: str, path: str, order: int | None) -> None:
    """Add `path` at `order` to the component dict `name` unless the project lists it (by class or path).

    Keyed by the import path, not the class (Scrapy's setdefault_in_component_priority_dict): an order of
    None must meet the built-in's own key in *_BASE to switch it off.
    """
    components = settings.getdict(name)
    cls = load_object(path)
    if any(load_object(key) is cls for key in components):
        return
    components[path] = order
    settings.set(name, components, settings.getpriority(name) or 0)


class NewsarchiveAddon:
    """A Scrapy add-on (ADDONS): newsarchive's components and defaults, below the project's settings."""

    def update_settings(self, settings: BaseSettings) -> None:
        for name, value in pipeline_settings().items():
            if name in COMPONENT_SETTINGS:
                for path, order in value.items():
                    _setdefault_component(settings, name, path, order)
            else:
                settings.set(name, value, priority="addon")
        logger.debug("newsarchive add-on installed")
