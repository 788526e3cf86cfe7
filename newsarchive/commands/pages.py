"""Saved pages as `extract` reads them: within a crawl's size cap, gunzipped, and only if they are text.

A crawl never hands extraction more than DOWNLOAD_MAXSIZE (16 MB) of body, decompressed, nor a PDF, an
image or an empty body (newsarchive/http/guard.py). Offline extraction holds to the same rules, so a 20 MB
page is refused at once (extracting it took 2.5 minutes and 616 MB), a page saved compressed (`curl`
without --compressed, a `.html.gz`) is read as the crawl reads a gzip response, and a PDF is named as one
instead of coming out as `"dropped": "NotAnArticle"`.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import re
import stat
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from newsarchive.charset import decode_page
from newsarchive.http.sniff import is_blank, sniff_binary

_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?", re.IGNORECASE)
#: a page's JSON string can be up to 6 times its UTF-8 bytes (\u0001 for a control byte); a line longer than
#: that is refused before it is parsed, so a runaway line costs a bounded read, not its whole size in memory
JSON_ESCAPE_FACTOR = 6
_CHUNK = 1 << 20
_LIFT = "(--max-size SIZE raises it, 0 lifts it; the default is a crawl's DOWNLOAD_MAXSIZE)"


class PageError(Exception):
    """A saved page `extract` does not read; the message says why, in one line."""


def parse_size(text: str) -> int:
    """Bytes from '16777216', '500kB', '32MB', '1.5G' (binary units, as DOWNLOAD_MAXSIZE's 16 MB)."""
    match = _SIZE.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"expected a size such as 16MB, 500kB or 0 (no limit), got {text!r}")
    return int(float(match[1]) * _UNITS[match[2].lower()])


def describe_size(size: int) -> str:
    if size >= 1024**2:
        return f"{size / 1024**2:.1f} MB".replace(".0 MB", " MB")
    if size >= 1024:
        return f"{size / 1024:.0f} kB"
    return f"{size} bytes"


def too_big(name: str, size: int, limit: int, *, at_least: bool = False) -> PageError:
    more = "more than " if at_least else ""
    return PageError(
        f"{name}: {more}{describe_size(size)}, over the {describe_size(limit)} limit of a page {_LIFT}"
    )


def read_page(path: str, *, limit: int) -> bytes:
    """The bytes of a saved page (gunzipped), or PageError: unreadable, too big, empty or binary."""
    try:
        with Path(path).open("rb") as file:
            info = os.fstat(file.fileno())
            if limit and stat.S_ISREG(info.st_mode) and info.st_size > limit:
                raise too_big(path, info.st_size, limit)
            data = file.read(limit + 1) if limit else file.read()
    except IsADirectoryError:
        raise PageError(f"cannot read {path}: a directory (give the pages in it: {path}/*.html)") from None
    except OSError as exc:
        raise PageError(f"cannot read {path}: {exc.strerror or exc}") from None
    return page_bytes(path, data, limit=limit)


def read_stdin(stream: BinaryIO, *, limit: int) -> bytes:
    data = stream.read(limit + 1) if limit else stream.read()
    return page_bytes("stdin", data, limit=limit)


def page_bytes(name: str, data: bytes, *, limit: int) -> bytes:
    if limit and len(data) > limit:
        raise too_big(name, len(data), limit, at_least=True)
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(name, data, limit=limit)
    if is_blank(data):
        raise PageError(f"{name}: empty, not an HTML page")
    kind = sniff_binary(data)
    if kind is not None:
        what = "binary data" if kind == "binary" else f"a {kind.upper()} file"
        raise PageError(f"{name}: {what}, not an HTML page")
    return data


def _gunzip(name: str, data: bytes, *, limit: int) -> bytes:
    # Read only up to the cap: a small file can decompress to gigabytes (what the crawl counts as a
    # decompression_bomb).
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as file:
            out = file.read(limit + 1) if limit else file.read()
    except (OSError, EOFError, zlib.error) as exc:
        raise PageError(f"{name}: gzip-compressed, but does not decompress ({exc})") from None
    if limit and len(out) > limit:
        raise PageError(
            f"{name}: decompresses to more than {describe_size(limit)}, the limit of a page {_LIFT}"
        )
    return out


def check_html_size(html: str, *, limit: int) -> None:
    """PageError when an --input-jsonl page's UTF-8 is over `limit` bytes."""
    if not limit or len(html) * 4 <= limit:  # (at most 4 bytes a character: most pages need no count)
        return
    size = len(html) if html.isascii() else len(html.encode("utf-8", "surrogatepass"))
    if size > limit:
        raise PageError(f"a page of {describe_size(size)}, over the {describe_size(limit)} limit {_LIFT}")


def bounded_lines(source: BinaryIO, *, limit: int) -> Iterator[bytes | PageError]:
    """The lines of `source` (as UTF-8 when the file is UTF-16 with its BOM, as PowerShell's `>` writes
    it); a line too long to hold any page within `limit` is skipped unread (to its end, without keeping
    it) and given as a PageError, so it still has its output line."""
    source = _utf8_source(source)
    if not limit:
        yield from source
        return
    longest = limit * JSON_ESCAPE_FACTOR + 65536
    while line := source.readline(longest + 1):
        if len(line) <= longest or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while (rest := source.readline(_CHUNK)) and not rest.endswith(b"\n"):
            size += len(rest)
        size += len(rest)
        yield PageError(
            f"a line of {describe_size(size)}, too long to hold a page within the {describe_size(limit)} "
            "limit (--max-size)"
        )


def absolute_url(url: str) -> bool:
    """http(s) with a host, or file: what a record's url and site can be built from."""
    parts = urlsplit(url)
    if parts.scheme == "file":
        return True
    return parts.scheme in ("http", "https") and bool(parts.hostname)


class _Utf8Lines:
    """readline() of a UTF-16 text stream, in UTF-8 bytes (what the line readers above take)."""

    def __init__(self, source: BinaryIO) -> None:
        self._text = io.TextIOWrapper(source, encoding="utf-16", newline="")  # type: ignore[type-var]

    def readline(self, size: int = -1) -> bytes:
        return self._text.readline(size).encode("utf-8", "surrogatepass")

    def __iter__(self) -> Iterator[bytes]:
        return iter(self.readline, b"")


def _utf8_source(source: BinaryIO) -> Any:
    peek = getattr(source, "peek", None)
    head = peek(2)[:2] if peek is not None else b""
    return _Utf8Lines(source) if head in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) else source


def json_line(raw: str | bytes, number: int) -> dict[str, Any]:
    """The JSON object of an --input-jsonl line, or ValueError saying what the line is instead.

    The UTF-8 BOM a Windows editor writes before the first line is skipped; a line that is not UTF-8 (pages
    exported from a Windows-1252 or -1250 database) is read in the charset a page in those bytes is read in
    (newsarchive.charset), not refused."""
    if isinstance(raw, bytes):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = decode_page(raw).text
    else:
        text = raw[1:] if number == 1 and raw.startswith("\ufeff") else raw
    if not text or text.isspace():  # (strip() would copy the whole line)
        raise ValueError("empty line")
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not a JSON line ({exc})") from None
    if not isinstance(value, dict):
        raise ValueError(f"expected a JSON object, got {type(value).__name__}")
    return value
