"""Per-reason stats and log-once messages shared by the HTTP guards."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

STATS_PREFIX = "newsarchive/http/"

#: reason -> what it means (the run report and docs/crawling.md use the same words)
REASONS: dict[str, str] = {
    "empty_body": "2xx response with an empty (or whitespace-only) body",
    "binary": "binary body (PDF, image, archive...) where a text document was expected",
    "not_text": "response declared as a non-text type (not HTML, XML or plain text)",
    "encoding_repaired": "wrong charset, mixed encodings, mojibake or invalid bytes: decoded like a browser, "
    "repaired, and archived with the repair recorded (evidence.encoding_repaired)",
    "retry_after": "429/503 with Retry-After: waited as asked, then retried",
    "retry_after_too_long": "429/503 with a Retry-After beyond NEWSARCHIVE_HTTP_RETRY_AFTER_MAX: given up",
    "redirect_loop": "redirect back to a URL already in the redirect chain",
    "redirect_max": "redirect chain longer than REDIRECT_MAX_TIMES",
    "offsite_redirect": "redirect to a host outside the spider's allowed domains (not followed)",
    "decompression_bomb": "compressed body exceeding DOWNLOAD_MAXSIZE once decompressed",
    "gzip_unlabelled": "gzip-compressed body served as HTML without Content-Encoding: decompressed and read",
    "too_large": "body larger than DOWNLOAD_MAXSIZE (download cancelled)",
    "timeout": "no complete response within DOWNLOAD_TIMEOUT, retries used up",
    "connection_failed": "DNS failure, refused or dropped connection, retries used up",
}

#: reasons that are not failures (the response went on, repaired or retried)
RECOVERED = frozenset({"encoding_repaired", "retry_after", "gzip_unlabelled"})


class HttpEvents:
    """Counts a reason in the crawl stats and logs its first occurrence at WARNING, later ones at DEBUG.

    One line per event at most: the guards raise IgnoreRequest, which Scrapy does not log, so this
    line is the only trace besides the counter.
    """

    def __init__(self, stats: StatsCollector | None) -> None:
        self.stats = stats
        self._logged: set[str] = set()

    @classmethod
    def for_crawler(cls, crawler: Crawler) -> HttpEvents:
        # One instance per crawler, so the guards share "already logged" and each reason is logged once
        # per crawl, not once per middleware.
        events = getattr(crawler, "_newsarchive_http_events", None)
        if events is None:
            events = cls(crawler.stats)
            crawler._newsarchive_http_events = events  # type: ignore[attr-defined]
        return events

    def record(
        self, reason: str, url: str, detail: str = "", *, kind: str | None = None, log: bool = True
    ) -> None:
        """Count `reason`; log it unless `log` is off (when Scrapy has already logged the event)."""
        if self.stats is not None:
            self.stats.inc_value(STATS_PREFIX + reason)
            if kind:
                self.stats.inc_value(f"{STATS_PREFIX}{reason}/{kind}")
        if not log:
            return
        message = f"{reason}: {url}" + (f" ({detail})" if detail else "")
        if reason in self._logged:
            logger.debug(message)
            return
        self._logged.add(reason)
        level = logging.INFO if reason in RECOVERED else logging.WARNING
        logger.log(
            level,
            "%s [counted in %s%s; further ones are logged at DEBUG]",
            message,
            STATS_PREFIX,
            reason,
        )
