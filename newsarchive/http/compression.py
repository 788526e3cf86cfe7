"""CountingHttpCompressionMiddleware: Scrapy's HttpCompressionMiddleware plus a count of bombs.

Scrapy already stops decompressing at DOWNLOAD_MAXSIZE and logs a warning, but counts nothing; this
adds `newsarchive/http/decompression_bomb` for the run report. Replaces
`scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware` at the same priority (590).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.exceptions import IgnoreRequest

from newsarchive.http.events import HttpEvents

if TYPE_CHECKING:
    from typing import Self

    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response


class CountingHttpCompressionMiddleware(HttpCompressionMiddleware):
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        middleware = super().from_crawler(crawler)
        middleware.events = HttpEvents.for_crawler(crawler)  # type: ignore[attr-defined]
        return middleware

    def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        try:
            return super().process_response(request, response)
        except IgnoreRequest as exc:
            if "DOWNLOAD_MAXSIZE" in str(exc):
                # Scrapy has logged it (WARNING); count only.
                self.events.record("decompression_bomb", request.url, str(exc), log=False)  # type: ignore[attr-defined]
            raise
