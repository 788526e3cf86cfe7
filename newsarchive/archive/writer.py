"""Append-only JSON Lines writer that never leaves half a record behind.

Each record is encoded in full and handed to the OS in one `write` on an O_APPEND descriptor (no user-space
buffer, so nothing sits unflushed in the process). A process killed mid-write can still leave a partial last
line; every file is checked and repaired when it is opened, before anything is appended to it.
"""

from __future__ import annotations

import json
import logging
import os
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

_TAIL_CHUNK = 64 * 1024


def encode_record(record: dict[str, Any]) -> bytes:
    """One archive line: UTF-8 JSON (non-ASCII kept as is) ending with a newline."""
    return (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def repair_torn_tail(path: Path) -> int:
    """Cut a partial last line (no trailing newline) off `path`. Returns the number of bytes removed."""
    try:
        handle = path.open("r+b")
    except FileNotFoundError:
        return 0
    with handle:
        size = handle.seek(0, os.SEEK_END)
        if size == 0:
            return 0
        handle.seek(size - 1)
        if handle.read(1) == b"\n":
            return 0
        # Walk back to the last newline; everything after it is the torn line.
        end = size
        keep = 0
        while end > 0:
            start = max(0, end - _TAIL_CHUNK)
            handle.seek(start)
            chunk = handle.read(end - start)
            idx = chunk.rfind(b"\n")
            if idx >= 0:
                keep = start + idx + 1
                break
            end = start
        handle.truncate(keep)
        handle.flush()
        os.fsync(handle.fileno())
    removed = size - keep
    logger.warning("Repaired torn last line of %s: removed %d bytes of an incomplete record", path, removed)
    return removed


class JsonlAppender:
    """Keeps a few archive files open for appending (least recently used are closed first)."""

    def __init__(
        self,
        *,
        max_open: int = 16,
        fsync: bool = False,
        on_repair: Callable[[Path, int], None] | None = None,
    ) -> None:
        self.max_open = max(1, max_open)
        self.fsync = fsync
        self.on_repair = on_repair
        self._fds: OrderedDict[Path, int] = OrderedDict()

    def _fd(self, path: Path) -> int:
        fd = self._fds.get(path)
        if fd is not None:
            self._fds.move_to_end(path)
            return fd
        path.parent.mkdir(parents=True, exist_ok=True)
        removed = repair_torn_tail(path)
        if removed and self.on_repair is not None:
            self.on_repair(path, removed)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        self._fds[path] = fd
        while len(self._fds) > self.max_open:
            _, old = self._fds.popitem(last=False)
            os.close(old)
        return fd

    def append(self, path: Path, line: bytes) -> None:
        """Append one whole line (must end with a newline)."""
        if not line.endswith(b"\n"):
            raise ValueError("an archive line must end with a newline")
        fd = self._fd(path)
        view = memoryview(line)
        # Regular files take the whole buffer in one write; the loop only matters on a short write
        # (disk full, signal), where the torn-tail repair covers what a crash leaves.
        while view:
            written = os.write(fd, view)
            view = view[written:]
        if self.fsync:
            os.fsync(fd)

    def close(self) -> None:
        while self._fds:
            _, fd = self._fds.popitem()
            os.close(fd)

    def __enter__(self) -> JsonlAppender:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_records(path: Path) -> list[dict[str, Any]]:
    """Whole, valid records of a JSONL file (a partial last line and broken lines are skipped)."""
    records: list[dict[str, Any]] = []
    with path.open("rb") as handle:
        for raw in handle:
            if not raw.endswith(b"\n"):
                break
            try:
                value = json.loads(raw)
            except ValueError:
                logger.warning("Skipping unreadable line in %s", path)
                continue
            if isinstance(value, dict):
                records.append(value)
    return records


def article_records(files: Iterable[Path], *, quiet: bool = False) -> Iterator[dict[str, Any]]:
    """The records (JSON objects with a "url") of archive or rejects files, in order, for the commands
    that read an archive (`stats`, `readmit`, `reextract --diff`). Lines that are no record (the torn last
    line a kill -9 leaves, a line in another charset, a foreign file) are skipped and counted in one warning
    per file (none when `quiet`), not one per line; a UTF-8 BOM is read past."""
    for path in files:
        skipped = first = 0
        with Path(path).open("rb") as handle:
            for number, raw in enumerate(handle, 1):
                if not raw.strip():
                    continue
                try:
                    record = json.loads(raw)  # (bytes: the BOM is read past; not UTF-8 is a ValueError)
                except ValueError:
                    record = None
                if isinstance(record, dict) and isinstance(record.get("url"), str):
                    yield record
                else:
                    skipped += 1
                    first = first or number
        if skipped and not quiet:
            logger.warning(
                "%s: %d line(s) not an archive record, skipped (first: line %d)", path, skipped, first
            )
