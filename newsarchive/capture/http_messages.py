"""Scrapy request/response -> the HTTP messages that go into WARC records."""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any
from urllib.parse import urlsplit

from scrapy.http import Request, Response

from newsarchive.capture.writer import HttpMessage

#: Credentials a crawl may send are not archived (WARCs get shared; sessions must not).
_REDACTED_REQUEST_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})
#: Scrapy's bookkeeping in request.meta: meaningless on replay, so not recorded.
_INTERNAL_META = frozenset(
    {
        "download_slot",
        "download_latency",
        "download_timeout",
        "download_maxsize",
        "download_warnsize",
        "depth",
        "redirect_times",
        "redirect_ttl",
        "redirect_urls",
        "redirect_reasons",
        "retry_times",
        "proxy",
        "cookiejar",
        "ftp_user",
        "ftp_password",
    }
)
_WARC_PROTOCOLS = ("HTTP/1.0", "HTTP/1.1")


def _header_pairs(headers: Any) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for name, values in headers.items():
        key = name.decode("latin-1") if isinstance(name, bytes) else str(name)
        for value in values:
            pairs.append((key, value.decode("latin-1") if isinstance(value, bytes) else str(value)))
    return pairs


def response_message(response: Response) -> HttpMessage:
    status = response.status
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = ""
    headers = []
    for name, value in _header_pairs(response.headers):
        # The body Scrapy hands over is already de-chunked; a Transfer-Encoding header left on
        # it would make WARC readers try to de-chunk it again.
        if name.lower() == "transfer-encoding":
            name = "X-Archive-Orig-Transfer-Encoding"
        headers.append((name, value))
    protocol = response.protocol if response.protocol in _WARC_PROTOCOLS else "HTTP/1.1"
    return HttpMessage(
        status_line=f"{status} {reason}".strip(), headers=headers, body=response.body, protocol=protocol
    )


def request_message(request: Request) -> HttpMessage:
    parts = urlsplit(request.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = [
        (name, value)
        for name, value in _header_pairs(request.headers)
        if name.lower() not in _REDACTED_REQUEST_HEADERS
    ]
    if not any(name.lower() == "host" for name, _ in headers):
        headers.insert(0, ("Host", parts.netloc))
    return HttpMessage(
        status_line=f"{request.method} {target} HTTP/1.1", headers=headers, body=request.body or b""
    )


def json_safe(mapping: dict[str, Any], *, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The entries of `mapping` that survive a JSON round trip unchanged."""
    kept: dict[str, Any] = {}
    for key, value in mapping.items():
        if not isinstance(key, str) or key.startswith("_") or key in skip:
            continue
        try:
            if json.loads(json.dumps(value)) == value:
                kept[key] = value
        except (TypeError, ValueError):
            continue
    return kept


def request_meta(request: Request) -> dict[str, Any]:
    """Discovery hints and other plain meta the spider attached, for replay."""
    return json_safe(request.meta, skip=_INTERNAL_META)
