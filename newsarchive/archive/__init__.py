"""The JSON Lines archive: file layout, crash-safe appends, reconciliation of the crawl state."""

from __future__ import annotations

from newsarchive.archive.paths import archive_date, archive_path
from newsarchive.archive.reconcile import reconcile_state
from newsarchive.archive.writer import JsonlAppender, encode_record, read_records, repair_torn_tail

__all__ = [
    "JsonlAppender",
    "archive_date",
    "archive_path",
    "encode_record",
    "read_records",
    "reconcile_state",
    "repair_torn_tail",
]
