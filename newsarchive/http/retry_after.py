"""RetryAfterMiddleware: honour `Retry-After` on 429 and 503.

Scrapy's RetryMiddleware retries 429/503 at once, which a rate-limiting publisher answers with another
429. Here a `Retry-After` up to NEWSARCHIVE_HTTP_RETRY_AFTER_MAX seconds pauses every request to that
host until the time given, then the request is retried (Scrapy's retry budget and stats apply); a
longer one is given up at once. Responses without the header are left to RetryMiddleware.
Must sit above RetryMiddleware (550) in DOWNLOADER_MIDDLEWARES so it sees the response first.
"""

from __future__ import annotations

import email.utils
import logging
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import sleep
from scrapy.utils.httpobj import urlparse_cached

from newsarchive import defaults
from newsarchive.http.events import HttpEvents

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)

STATUSES = (429, 503)


def parse_retry_after(value: bytes | str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After value (delta-seconds or HTTP-date); None when unreadable."""
    if value is None:
        return None
    text = (value.decode("latin-1") if isinstance(value, bytes) else value).strip()
    if not text:
        return None
    if text.isdigit():
        return float(int(text))
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class RetryAfterMiddleware:
    def __init__(self, crawler: Crawler, *, max_delay: float) -> None:
        self.crawler = crawler
        self.events = HttpEvents.for_crawler(crawler)
        self.max_delay = max_delay
        self._paused_until: dict[str, float] = {}  #: host:port -> time.monotonic() when requests may go again

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        settings = crawler.settings
        if not settings.getbool("RETRY_ENABLED", True):
            raise NotConfigured("RETRY_ENABLED is off")
        max_delay = settings.getfloat(
            "NEWSARCHIVE_HTTP_RETRY_AFTER_MAX", defaults.NEWSARCHIVE_HTTP_RETRY_AFTER_MAX
        )
        if max_delay <= 0:
            raise NotConfigured("NEWSARCHIVE_HTTP_RETRY_AFTER_MAX is 0")
        return cls(crawler, max_delay=max_delay)

    async def process_request(self, request: Request) -> None:
        until = self._paused_until.get(urlparse_cached(request).netloc)
        if until is not None:
            remaining = until - time.monotonic()
            if remaining > 0:
                await sleep(remaining)

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if response.status not in STATUSES or request.meta.get("dont_retry"):
            return response
        delay = parse_retry_after(response.headers.get(b"Retry-After"))
        if delay is None:
            return response
        if delay > self.max_delay:
            detail = f"HTTP {response.status}, Retry-After {delay:.0f}s > NEWSARCHIVE_HTTP_RETRY_AFTER_MAX"
            self.events.record("retry_after_too_long", request.url, detail)
            # Retrying sooner than the publisher asked would only earn more 429s.
            request.meta["dont_retry"] = True
            return response
        retry = get_retry_request(
            request, spider=self.crawler.spider, reason=f"{response.status} Retry-After"
        )
        if retry is None:
            return response
        host = urlparse_cached(request).netloc
        self._paused_until[host] = max(self._paused_until.get(host, 0.0), time.monotonic() + delay)
        detail = f"HTTP {response.status}, pausing {host} for {delay:.0f}s"
        self.events.record("retry_after", request.url, detail)
        return retry
