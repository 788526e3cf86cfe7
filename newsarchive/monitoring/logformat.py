"""LOG_FORMATTER: one short line per scraped or dropped item (reason and URL), never the item's repr.

Scrapy's default logs `Dropped: <reason>` (and, at DEBUG, `Scraped from <response>`) followed by the whole
item; an Article's repr is kilobytes (body, evidence), so a crawl log would carry a copy of every page.
The levels stay Scrapy's: scraped items at DEBUG, drops at DEFAULT_DROPITEM_LOG_LEVEL (newsarchive's
settings: DEBUG) or the drop's own `log_level` (NotArchived: ERROR).
"""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter, is_item
from scrapy.logformatter import LogFormatter, LogFormatterResult


def _url(item: Any) -> str:
    if is_item(item):
        url = ItemAdapter(item).get("url")
        if url:
            return str(url)
    return type(item).__name__


class NewsarchiveLogFormatter(LogFormatter):
    def scraped(self, item: Any, *args: Any, **kwargs: Any) -> LogFormatterResult:
        result = super().scraped(item, *args, **kwargs)
        return {"level": result["level"], "msg": "Scraped %(url)s", "args": {"url": _url(item)}}

    def dropped(self, item: Any, exception: BaseException, *args: Any, **kwargs: Any) -> LogFormatterResult:
        result = super().dropped(item, exception, *args, **kwargs)
        reason = str(exception).splitlines()[0] if str(exception) else ""
        return {
            "level": result["level"],
            "msg": "Dropped (%(kind)s) %(url)s%(reason)s",
            "args": {
                "kind": type(exception).__name__,
                "url": _url(item),
                "reason": f": {reason[:200]}" if reason else "",
            },
        }
