"""Guards against hostile and broken HTTP responses, as Scrapy downloader middlewares.

Each guard drops what must never reach extraction (binary bodies, empty pages, undecodable text),
counts it under `newsarchive/http/<reason>` and logs it once (later cases of the same reason go to
DEBUG), so a crawl over the open web carries on and the run report says what it met.
"""

from __future__ import annotations

from newsarchive.http.events import REASONS, HttpEvents

__all__ = ["REASONS", "HttpEvents"]
