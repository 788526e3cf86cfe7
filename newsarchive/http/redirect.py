"""GuardedRedirectMiddleware: Scrapy's RedirectMiddleware that names what it refuses.

Replaces `scrapy.downloadermiddlewares.redirect.RedirectMiddleware` (same priority, 600). Stops, counts
and logs once: a redirect back into its own chain (`redirect_loop`; Scrapy would only notice after
REDIRECT_MAX_TIMES hops, or drop it silently as a duplicate), a chain past REDIRECT_MAX_TIMES
(`redirect_max`, Scrapy logs it at DEBUG only), and a redirect to a host outside the spider's
allowed_domains (`offsite_redirect`), which is never requested.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from scrapy import Request
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.httpobj import urlparse_cached
from w3lib.url import canonicalize_url

from newsarchive.http.events import HttpEvents

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)


def host_allowed(host: str, allowed_domains: list[str] | tuple[str, ...]) -> bool:
    """Scrapy's offsite rule: the domain itself or a subdomain of it; no allowed_domains allows all."""
    domains = [d.lower().split(":")[0] for d in allowed_domains if d]
    if not domains:
        return True
    host = host.lower()
    return any(host == d or host.endswith("." + d) for d in domains)


class GuardedRedirectMiddleware(RedirectMiddleware):
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        middleware = super().from_crawler(crawler)
        middleware.events = HttpEvents.for_crawler(crawler)  # type: ignore[attr-defined]
        return middleware

    def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        events: HttpEvents = self.events  # type: ignore[attr-defined]
        try:
            result = super().process_response(request, response)
        except IgnoreRequest as exc:
            if "max redirections" in str(exc):
                chain = len(request.meta.get("redirect_urls", [])) + 1
                events.record("redirect_max", request.url, f"{chain} redirects, REDIRECT_MAX_TIMES reached")
            raise
        if not isinstance(result, Request) or result is request:
            return result
        chain = [*request.meta.get("redirect_urls", []), request.url]
        target = canonicalize_url(result.url)
        if any(canonicalize_url(url) == target for url in chain):
            events.record("redirect_loop", chain[0], f"{len(chain)} hops back to {result.url}")
            raise IgnoreRequest(f"redirect loop: {result.url}")
        spider = self.crawler.spider
        allowed = list(getattr(spider, "allowed_domains", None) or [])
        host = urlparse_cached(result).hostname or ""
        if not (result.meta.get("allow_offsite") or host_allowed(host, allowed)):
            events.record("offsite_redirect", request.url, f"to {result.url}")
            raise IgnoreRequest(f"off-site redirect: {result.url}")
        return result
