"""Replaying captured responses through a real crawl, without touching the network.

`replay_spider_class` subclasses the spider that made the capture, so each response goes to the
same callback with the same meta as in the crawl, then through the same pipelines.
`WarcReplayMiddleware` answers the replay requests from the WARC files and refuses every other
request, so a re-extraction can never reach a publisher.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import AsyncIterator, Iterator
from datetime import UTC
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes
from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware

from newsarchive.capture.reader import CaptureRef, DamagedCapture, load_capture
from newsarchive.capture.warc import REPLAY_FLAG
from newsarchive.dates import parse_iso
from newsarchive.extract import extract_article
from newsarchive.items import Article

logger = logging.getLogger(__name__)

#: request.meta key holding the index of the capture a replay request stands for
REPLAY_INDEX_KEY = "newsarchive_replay_index"
#: request.meta key holding the capture's WARC-Date
REPLAY_DATE_KEY = "newsarchive_replay_warc_date"
#: DOWNLOADER_MIDDLEWARES entry for replay. Lowest number: it answers before robots.txt, offsite
#: or anything else that could trigger a fetch, and every process_response still runs over the
#: replayed response (HttpCompressionMiddleware decodes Content-Encoding as it did live).
REPLAY_DOWNLOADER_MIDDLEWARE = {"newsarchive.capture.replay.WarcReplayMiddleware": 1}
#: Set by WarcReplayMiddleware when it is installed; replay refuses to start without it.
GUARD_STAT = "newsarchive/reextract/replay_middleware"
REPLAY_SPIDER_MIDDLEWARE = {"newsarchive.capture.replay.CaptureTimeMiddleware": 1000}


class WarcReplayMiddleware:
    """Downloader middleware: serve replay requests from the WARC, refuse all others."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcReplayMiddleware:
        assert crawler.stats is not None
        crawler.stats.set_value(GUARD_STAT, 1)
        return cls(crawler)

    def process_request(self, request: Request) -> Response:
        stats = self.crawler.stats
        assert stats is not None
        refs: list[CaptureRef] = getattr(self.crawler.spider, "replay_refs", [])
        index = request.meta.get(REPLAY_INDEX_KEY)
        if not isinstance(index, int) or not 0 <= index < len(refs) or refs[index].url != request.url:
            stats.inc_value("newsarchive/reextract/blocked_requests")
            logger.debug("reextract does not fetch: %s", request.url)
            raise IgnoreRequest(f"reextract replays captured responses only, not {request.url}")
        try:
            capture = load_capture(refs[index])
        except (DamagedCapture, OSError) as exc:
            stats.inc_value("newsarchive/reextract/damaged")
            logger.error("not replayed: %s", exc)
            raise IgnoreRequest(str(exc)) from exc
        headers = Headers()
        for name, value in capture.headers:
            headers.appendlist(name, value)
        respcls = responsetypes.from_args(headers=headers, url=capture.url, body=capture.body)
        stats.inc_value("newsarchive/reextract/replayed")
        return respcls(
            url=capture.url,
            status=capture.status,
            headers=headers,
            body=capture.body,
            flags=[REPLAY_FLAG],
            request=request,
            protocol=capture.protocol,
            ip_address=_ip(capture.ip_address),
        )


class CaptureTimeMiddleware(BaseSpiderMiddleware):
    """Spider middleware: an article replayed from a WARC was fetched when it was captured.

    Without this, fetched_at would be the replay time, and undated articles would be filed under
    the day of the re-extraction instead of the day of the crawl.
    """

    def get_processed_item(self, item: Any, response: Response | None) -> Any:
        if isinstance(item, Article) and response is not None:
            warc_date = response.meta.get(REPLAY_DATE_KEY)
            if isinstance(warc_date, str) and warc_date:
                item.fetched_at = warc_date_to_iso(warc_date)
        return item


def warc_date_to_iso(warc_date: str) -> str:
    """'2024-05-01T09:30:00.123456Z' -> '2024-05-01T09:30:00+00:00' (the archive's fetched_at form)."""
    parsed = parse_iso(warc_date)
    if parsed is None:
        raise ValueError(f"not a WARC-Date: {warc_date!r}")
    return parsed.astimezone(UTC).isoformat(timespec="seconds")


def _ip(value: str | None) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    if not value:
        return None
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None


def _replay_requests(spider: Spider, refs: list[CaptureRef]) -> Iterator[Request]:
    for index, ref in enumerate(refs):
        name = ref.info.get("callback")
        callback = getattr(spider, name, None) if isinstance(name, str) else None
        if not callable(callback) or getattr(callback, "__func__", None) is Spider.parse:
            # Foreign WARCs (no newsarchive metadata) or a callback this spider no longer has.
            callback = spider.replay_extract  # type: ignore[attr-defined]
        meta = dict(ref.info.get("meta") or {})
        meta.update(
            {
                REPLAY_INDEX_KEY: index,
                REPLAY_DATE_KEY: ref.warc_date,
                "allow_offsite": True,
                "dont_redirect": True,
            }
        )
        yield Request(
            ref.url,
            method=ref.method,
            callback=callback,
            cb_kwargs=dict(ref.info.get("cb_kwargs") or {}),
            meta=meta,
            dont_filter=True,
            # Earliest capture first: versions must evolve in capture order, as they did live.
            priority=-index,
        )


def _guarded_requests(spider: Spider, refs: list[CaptureRef]) -> Iterator[Request]:
    stats = spider.crawler.stats
    if stats is None or not stats.get_value(GUARD_STAT):
        # Without the replay middleware these requests would go to the publisher.
        raise RuntimeError("WarcReplayMiddleware is not installed; a re-extraction never fetches")
    yield from _replay_requests(spider, refs)


def _replay_extract(self: Spider, response: Response) -> Iterator[Article]:
    """Callback for captures whose crawl callback is unknown (foreign WARCs, renamed methods)."""
    yield extract_article(response.body, response.url, encoding=response.encoding)


def replay_spider_class(base: type[Spider], refs: list[CaptureRef], *, base_url: str = "") -> type[Spider]:
    """A subclass of `base` whose only start requests are the captures in `refs`."""

    async def start(self: Spider) -> AsyncIterator[Request]:
        for request in _guarded_requests(self, refs):
            yield request

    def start_requests(self: Spider) -> Iterator[Request]:
        return _guarded_requests(self, refs)

    custom_settings = dict(base.custom_settings or {})
    if base_url:
        # The crawl's base URL (a mirror, the demo server), so the spider judges URLs as it did then.
        custom_settings["NEWSARCHIVE_SPIDER_BASE_URL"] = base_url
    namespace = {
        "start": start,
        "start_requests": start_requests,
        "replay_refs": refs,
        "replay_extract": _replay_extract,
        "custom_settings": custom_settings,
        "update_settings": classmethod(_update_settings),
        "__module__": __name__,
    }
    return type(f"WarcReplay{base.__name__}", (base,), namespace)


def _update_settings(cls: type[Spider], settings: BaseSettings) -> None:
    """The base spider's settings, plus the replay middlewares merged into the component dicts.

    Merged here rather than set on the command line: a command-line dict would replace the
    project's and the spider's own entries instead of adding to them.
    """
    super(cls, cls).update_settings(settings)
    for name, extra in (
        ("DOWNLOADER_MIDDLEWARES", REPLAY_DOWNLOADER_MIDDLEWARE),
        ("SPIDER_MIDDLEWARES", REPLAY_SPIDER_MIDDLEWARE),
    ):
        order = dict(settings.getdict(name))
        order.update(extra)
        # At least spider priority: the crawler process re-applies its project-level settings
        # over the crawler's, which would drop the replay middleware again.
        priority = max(settings.getpriority(name) or 0, SETTINGS_PRIORITIES["spider"])
        settings.set(name, order, priority=priority)


class FallbackReplaySpider(Spider):
    """Used when the spider that made a capture is not in this project."""

    name = "warc_replay"
