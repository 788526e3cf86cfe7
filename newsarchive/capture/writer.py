"""Rotating, gzip'd WARC files written with warcio (no Scrapy here)."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsarchive.capture.naming import safe_site_name, warc_file_name

logger = logging.getLogger(__name__)

#: Content-Type of the metadata record newsarchive writes next to each response.
METADATA_CONTENT_TYPE = "application/json; profile=newsarchive-capture"
WARC_VERSION = "1.1"  # 1.1 gives WARC-Date microseconds, so captures of one second stay ordered


@dataclass(kw_only=True)
class HttpMessage:
    """One HTTP message as it goes into a WARC record."""

    status_line: str  #: "200 OK" for a response, "GET /path?q HTTP/1.1" for a request
    headers: list[tuple[str, str]]
    body: bytes
    protocol: str = "HTTP/1.1"  #: only for responses; requests carry it in the status line


@dataclass(kw_only=True)
class Exchange:
    """A response, the request that got it, and what newsarchive knew about it."""

    url: str
    request: HttpMessage
    response: HttpMessage
    ip_address: str | None = None
    metadata: dict[str, Any] | None = None  #: JSON, written as a metadata record


class RotatingWarcWriter:
    """Writes exchanges to `<directory>/<site>-<timestamp>-<serial>-....warc.gz`.

    A new file starts once the current one reaches `max_size` bytes (checked before each
    exchange, so the records of one exchange never straddle two files). Every file opens with a
    warcinfo record. Each record is its own gzip member and is flushed at once, so a crash loses
    at most the record being written.
    """

    def __init__(self, directory: Path, *, site: str, max_size: int, info: dict[str, str]) -> None:
        self.directory = Path(directory)
        self.site = safe_site_name(site)
        self.max_size = max(1, max_size)
        self.info = info
        self.files: list[Path] = []
        self._file: BinaryIO | None = None
        self._writer: WARCWriter | None = None
        self._serial = 0

    def write(self, exchange: Exchange) -> Path:
        writer = self._current_writer()
        response = self._response_record(writer, exchange)
        writer.write_record(response)
        response_id = response.rec_headers.get_header("WARC-Record-ID")
        warc_date = response.rec_headers.get_header("WARC-Date")
        writer.write_record(self._request_record(writer, exchange, response_id, warc_date))
        if exchange.metadata is not None:
            payload = json.dumps(exchange.metadata, ensure_ascii=False, sort_keys=True).encode("utf-8")
            metadata = writer.create_warc_record(
                exchange.url,
                "metadata",
                payload=BytesIO(payload),
                length=len(payload),
                warc_content_type=METADATA_CONTENT_TYPE,
                warc_headers_dict={"WARC-Concurrent-To": response_id, "WARC-Date": warc_date},
            )
            writer.write_record(metadata)
        return self.files[-1]

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            logger.info("WARC file closed: %s", self.files[-1])
        self._file = None
        self._writer = None

    def _current_writer(self) -> WARCWriter:
        if self._file is not None and self._file.tell() >= self.max_size:
            self.close()
        if self._writer is None:
            self._open_next()
        assert self._writer is not None
        return self._writer

    def _open_next(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        while True:
            self._serial += 1
            path = self.directory / warc_file_name(self.site, self._serial, pid=os.getpid())
            try:
                self._file = path.open("xb")  # never overwrite an existing capture
            except FileExistsError:
                continue
            break
        self.files.append(path)
        self._writer = WARCWriter(self._file, gzip=True, warc_version=WARC_VERSION)
        self._writer.write_record(self._writer.create_warcinfo_record(path.name, self.info))
        logger.info("WARC file opened: %s", path)

    @staticmethod
    def _response_record(writer: WARCWriter, exchange: Exchange) -> Any:
        message = exchange.response
        http = StatusAndHeaders(message.status_line, message.headers, protocol=message.protocol)
        headers = {"WARC-IP-Address": exchange.ip_address} if exchange.ip_address else {}
        return writer.create_warc_record(
            exchange.url,
            "response",
            payload=BytesIO(message.body),
            length=len(message.body),
            http_headers=http,
            warc_headers_dict=headers,
        )

    @staticmethod
    def _request_record(writer: WARCWriter, exchange: Exchange, response_id: str, warc_date: str) -> Any:
        message = exchange.request
        http = StatusAndHeaders(message.status_line, message.headers, is_http_request=True)
        return writer.create_warc_record(
            exchange.url,
            "request",
            payload=BytesIO(message.body),
            length=len(message.body),
            http_headers=http,
            warc_headers_dict={"WARC-Concurrent-To": response_id, "WARC-Date": warc_date},
        )
