"""Reading captures back from WARC files (no Scrapy here).

Two passes keep memory flat however large the WARC set: `iter_capture_refs` walks the files and
yields small `CaptureRef`s (where a response record is, plus newsarchive's metadata about it);
`load_capture` later re-reads one response from its file offset when it is replayed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import ChunkedDataReader
from warcio.exceptions import ArchiveLoadFailed

from newsarchive.capture.writer import METADATA_CONTENT_TYPE

logger = logging.getLogger(__name__)


@dataclass(kw_only=True)
class CaptureRef:
    """Where one captured response is, and what the crawl knew about it."""

    path: Path
    offset: int  #: byte offset of the response record in `path`
    url: str
    warc_date: str  #: capture time, ISO 8601 UTC ("2024-05-01T09:30:00.123456Z")
    status: int
    method: str = "GET"
    content_type: str = ""
    record_id: str = ""
    #: newsarchive's metadata record: kind ("article", "front", ...), spider, callback, meta, ...
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def kind(self) -> str | None:
        return self.info.get("kind")


@dataclass(kw_only=True)
class Capture:
    """One response as received: status, headers and payload (content-encoding kept)."""

    url: str
    status: int
    protocol: str
    headers: list[tuple[str, str]]
    body: bytes
    ip_address: str | None = None


def iter_capture_refs(paths: Iterable[Path]) -> Iterator[CaptureRef]:
    """Yield every response record in `paths`, in file order, with its metadata attached."""
    for path in paths:
        yield from _refs_in_file(Path(path))


def _refs_in_file(path: Path) -> Iterator[CaptureRef]:
    pending: CaptureRef | None = None
    try:
        with path.open("rb") as fh:
            records = ArchiveIterator(fh)
            for record in records:
                rec_type = record.rec_type
                headers = record.rec_headers
                if rec_type == "response" and record.http_headers is not None:
                    if pending is not None:
                        yield pending
                    status = int(record.http_headers.get_statuscode() or 0)
                    pending = CaptureRef(
                        path=path,
                        offset=records.get_record_offset(),
                        url=headers.get_header("WARC-Target-URI") or "",
                        warc_date=headers.get_header("WARC-Date") or "",
                        status=status,
                        content_type=record.http_headers.get_header("Content-Type") or "",
                        record_id=headers.get_header("WARC-Record-ID") or "",
                    )
                elif rec_type == "request" and record.http_headers is not None:
                    concurrent = headers.get_header("WARC-Concurrent-To") or ""
                    if pending is not None and concurrent == pending.record_id:
                        # warcio puts a request line's method where a status line has the protocol.
                        pending.method = record.http_headers.protocol or "GET"
                elif rec_type == "metadata" and pending is not None:
                    content_type = headers.get_header("Content-Type") or ""
                    concurrent = headers.get_header("WARC-Concurrent-To") or ""
                    if content_type.startswith(METADATA_CONTENT_TYPE.split(";")[0]) and (
                        concurrent == pending.record_id
                    ):
                        try:
                            pending.info = json.loads(record.content_stream().read().decode("utf-8"))
                        except (ValueError, UnicodeDecodeError):
                            logger.warning("unreadable metadata record in %s for %s", path, pending.url)
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        # A crawl killed mid-write leaves a torn last record; everything before it is good.
        logger.warning("stopped reading %s at a damaged record: %s", path, exc)
    if pending is not None:
        yield pending


class DamagedCapture(ValueError):
    """A response record whose payload is not what was written."""


def payload_digest_matches(digest: str, payload: bytes) -> bool:
    """Check a `WARC-Payload-Digest` ("sha1:<base32>", the usual form); other forms are trusted."""
    algorithm, _, value = digest.partition(":")
    if algorithm.lower() != "sha1" or not value:
        return True
    computed = hashlib.sha1(payload).digest()
    return value.upper() in (base64.b32encode(computed).decode(), computed.hex().upper())


def load_capture(ref: CaptureRef) -> Capture:
    """Re-read the response record `ref` points at.

    The payload comes back as the server sent it apart from transfer chunking: chunked bodies
    (other tools record them raw) are de-chunked and Transfer-Encoding dropped, while
    Content-Encoding is kept, so the replayed response goes through Scrapy's own decompression
    exactly as the live one did.
    """
    with ref.path.open("rb") as fh:
        fh.seek(ref.offset)
        record = next(iter(ArchiveIterator(fh)))
        http = record.http_headers
        body = record.raw_stream.read()
        headers = list(http.headers)
        ip = record.rec_headers.get_header("WARC-IP-Address")
        digest = record.rec_headers.get_header("WARC-Payload-Digest") or ""
    if not payload_digest_matches(digest, body):
        # A torn last record (crawl killed mid-write) or a damaged file: half a page would
        # re-extract into a wrong record, so it is not replayed at all.
        raise DamagedCapture(f"{ref.path} at {ref.offset}: payload does not match its digest ({ref.url})")
    if (http.get_header("Transfer-Encoding") or "").lower() == "chunked":
        body = ChunkedDataReader(BytesIO(body)).read()
        headers = [(k, v) for k, v in headers if k.lower() != "transfer-encoding"]
    return Capture(
        url=ref.url,
        status=int(http.get_statuscode() or 0),
        protocol=http.protocol or "HTTP/1.1",
        headers=headers,
        body=body,
        ip_address=ip,
    )
