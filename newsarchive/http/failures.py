"""DownloadFailureMiddleware: a download that finally failed becomes one clear log line and a count.

Sits below RetryMiddleware (550) in DOWNLOADER_MIDDLEWARES, so it sees an exception only once retries
are used up. Scrapy would otherwise log the failure twice, the second time with a full traceback
("Error downloading ..."); here it is counted (`timeout`, `too_large`, `connection_failed`), logged once
and turned into IgnoreRequest, which Scrapy drops quietly. Scrapy's own
`downloader/exception_type_count/*` stats still count every attempt.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    NotConfigured,
    ResponseDataLossError,
)
from twisted.internet.error import TimeoutError as TwistedTimeoutError

from newsarchive import defaults
from newsarchive.http.events import HttpEvents

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

_REASONS: tuple[tuple[tuple[type[BaseException], ...], str], ...] = (
    ((DownloadTimeoutError, TwistedTimeoutError, TimeoutError), "timeout"),
    ((DownloadCancelledError,), "too_large"),
    (
        (CannotResolveHostError, DownloadConnectionRefusedError, DownloadFailedError, ResponseDataLossError),
        "connection_failed",
    ),
)


def failure_reason(exception: BaseException) -> str | None:
    for types, reason in _REASONS:
        if isinstance(exception, types):
            return reason
    return None


class DownloadFailureMiddleware:
    def __init__(self, events: HttpEvents, *, retry_enabled: bool, retry_times: int) -> None:
        self.events = events
        self.retry_enabled = retry_enabled
        self.retry_times = retry_times

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DownloadFailureMiddleware:
        if not crawler.settings.getbool(
            "NEWSARCHIVE_HTTP_GUARD_ENABLED", defaults.NEWSARCHIVE_HTTP_GUARD_ENABLED
        ):
            raise NotConfigured("NEWSARCHIVE_HTTP_GUARD_ENABLED is off")
        settings = crawler.settings
        return cls(
            HttpEvents.for_crawler(crawler),
            retry_enabled=settings.getbool("RETRY_ENABLED", True),
            retry_times=settings.getint("RETRY_TIMES", 2),
        )

    def process_exception(self, request: Request, exception: BaseException) -> None:
        reason = failure_reason(exception)
        if reason is None:
            return
        attempts = int(request.meta.get("retry_times", 0)) + 1
        detail = f"{exception} ({attempts} attempt{'s' if attempts > 1 else ''})"
        # Scrapy has logged these itself: the size warning, or "Gave up retrying" after the last retry.
        retried = (
            self.retry_enabled
            and not request.meta.get("dont_retry")
            and int(request.meta.get("max_retry_times", self.retry_times)) > 0
        )
        self.events.record(reason, request.url, detail, log=not (reason == "too_large" or retried))
        raise IgnoreRequest(f"{reason}: {request.url}") from exception
