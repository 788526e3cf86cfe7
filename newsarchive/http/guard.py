"""ContentGuardMiddleware: only real, readable text documents reach the spider.

Runs on 2xx responses after decompression (DOWNLOADER_MIDDLEWARES order below
HttpCompressionMiddleware's 590) and drops, with `IgnoreRequest`:

- empty bodies (`empty_body`): a CMS hiccup, not an article to extract nothing from;
- binary bodies whatever the Content-Type or URL says (`binary`, kind by magic bytes: a PDF served as
  text/html or under an .html URL); a gzip body not claimed as HTML passes (`sitemap.xml.gz`), and one
  claimed as HTML without Content-Encoding (a cache plugin's `.html.gz`, a `sitemap.xml.gz` a server types
  by default) is decompressed, up to DOWNLOAD_MAXSIZE, and read like any body (`gzip_unlabelled`);
- bodies Scrapy does not treat as text (`not_text`);
Text is never refused for its encoding: a page with a wrong charset, mixed encodings, mojibake or a few
bytes no charset reads is decoded like a browser would (newsarchive.charset.decode_page) and counted
(`encoding_repaired`); a charset that reads it cleanly replaces the declared one, so listings parse right.
Extraction decodes the article's bytes the same way and records the repair on the record
(`evidence.encoding_repaired`).
"""

from __future__ import annotations

import logging
import zlib
from typing import TYPE_CHECKING

from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import TextResponse
from scrapy.utils.httpobj import urlparse_cached
from w3lib.encoding import http_content_type_encoding

from newsarchive import defaults
from newsarchive.http.encoding import decode_page, problem
from newsarchive.http.events import HttpEvents
from newsarchive.http.sniff import is_blank, sniff_binary

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)


class ContentGuardMiddleware:
    def __init__(self, events: HttpEvents, *, check_encoding: bool, max_size: int = 0) -> None:
        self.events = events
        self.check_encoding = check_encoding
        self.max_size = max_size  #: DOWNLOAD_MAXSIZE: the most a gzip body served as HTML is inflated to

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ContentGuardMiddleware:
        settings = crawler.settings
        if not settings.getbool("NEWSARCHIVE_HTTP_GUARD_ENABLED", defaults.NEWSARCHIVE_HTTP_GUARD_ENABLED):
            raise NotConfigured("NEWSARCHIVE_HTTP_GUARD_ENABLED is off")
        return cls(
            HttpEvents.for_crawler(crawler),
            check_encoding=settings.getbool(
                "NEWSARCHIVE_HTTP_ENCODING_CHECK", defaults.NEWSARCHIVE_HTTP_ENCODING_CHECK
            ),
            max_size=settings.getint("DOWNLOAD_MAXSIZE"),
        )

    def process_response(self, request: Request, response: Response) -> Response:
        if not 200 <= response.status < 300 or response.status == 204 or request.method == "HEAD":
            return response
        # An empty or odd robots.txt is valid ("allow all"); Scrapy's robots parser copes with the rest.
        if urlparse_cached(request).path == "/robots.txt":
            return response
        body = response.body
        if is_blank(body):
            self._reject("empty_body", response, f"HTTP {response.status}, {len(body)} bytes")
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1").strip()
        kind = sniff_binary(body, declared_encoding=http_content_type_encoding(content_type))
        if kind == "gzip" and "html" in content_type.lower():
            inflated = self._gunzip(body, request.meta.get("download_maxsize", self.max_size))
            if inflated is not None and sniff_binary(inflated) is None and not is_blank(inflated):
                self.events.record("gzip_unlabelled", response.url, f"served as {content_type}")
                response = response.replace(body=inflated)
                body, kind = inflated, None
        if kind is not None:
            # Discovery reads gzip-compressed sitemaps served without Content-Encoding.
            if kind == "gzip" and "html" not in content_type.lower():
                return response
            served = content_type or "no Content-Type"
            self._reject("binary", response, f"{kind} served as {served}", kind=kind)
        if not isinstance(response, TextResponse):
            self._reject("not_text", response, content_type or "no Content-Type")
        assert isinstance(response, TextResponse)
        if self.check_encoding:
            return self._readable(response)
        return response

    def _gunzip(self, body: bytes, limit: int) -> bytes | None:
        """`body` decompressed, None when it does not decompress or exceeds `limit` (the request's
        DOWNLOAD_MAXSIZE: a sitemap's may be larger than a page's)."""
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out = decompressor.decompress(body, limit + 1) if limit else decompressor.decompress(body)
        except zlib.error:
            return None
        return None if limit and len(out) > limit else out

    def _readable(self, response: TextResponse) -> TextResponse:
        # Scrapy's own decoding, kept on the response for Scrapy's meta-refresh check and the callbacks (one
        # decoding instead of two); the extraction pool drops it while the page waits for a worker.
        if problem(response.text) is None:
            return response
        declared = response.encoding
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        decoded = decode_page(response.body, http_content_type_encoding(content_type))
        detail = f"declared {declared}, reads as {decoded.encoding}"
        if decoded.repairs:
            detail += f" ({', '.join(decoded.repairs)})"
        self.events.record("encoding_repaired", response.url, detail)
        if decoded.encoding != declared:
            return response.replace(encoding=decoded.encoding)
        return response

    def _reject(self, reason: str, response: Response, detail: str, *, kind: str | None = None) -> None:
        self.events.record(reason, response.url, detail, kind=kind)
        raise IgnoreRequest(f"{reason}: {response.url}")
