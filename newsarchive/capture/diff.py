"""Comparing two sets of archive records: what a re-extraction would change."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsarchive.archive.writer import article_records

logger = logging.getLogger(__name__)

#: Fields that differ between a crawl and its re-extraction by nature, not because extraction
#: changed: fetched_at is the capture time on replay, a little before the crawl's own clock read.
NATURAL_FIELDS = frozenset({"fetched_at"})

RecordKey = tuple[str, int]


@dataclass(kw_only=True)
class RecordChange:
    url: str
    version: int
    status: str  #: "changed" | "new" | "gone"
    fields: list[str] = field(default_factory=list)  #: changed fields ("evidence.teaser" for nested)
    reason: str | None = None  #: for "gone": the drop reason of the re-extraction, when dropped

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v not in (None, [])}


@dataclass(kw_only=True)
class ArchiveDiff:
    changes: list[RecordChange] = field(default_factory=list)
    unchanged: int = 0
    not_compared: int = 0  #: archived records whose URL has no capture in the WARCs

    def counts(self) -> dict[str, int]:
        counts = {"changed": 0, "new": 0, "gone": 0}
        for change in self.changes:
            counts[change.status] += 1
        return {**counts, "unchanged": self.unchanged, "not_compared": self.not_compared}


def archive_files(path: Path) -> list[Path]:
    """JSONL files of an archive: a site folder (`data/archive/<site>`) or the root (`data/archive`)."""
    path = Path(path)
    if path.is_file():
        return [path]
    direct = sorted(path.glob("*.jsonl"))
    return direct or sorted(path.glob("*/*.jsonl"))


def read_records(files: Iterable[Path]) -> Iterator[dict[str, Any]]:
    """Archive records; a torn or foreign line is skipped with a warning, not fatal."""
    return article_records(files)


def record_key(record: dict[str, Any]) -> RecordKey:
    version = record.get("version")
    return record["url"], version if isinstance(version, int) else 1


def changed_fields(old: dict[str, Any], new: dict[str, Any], prefix: str = "") -> list[str]:
    """Paths of the fields that differ: "headline", "evidence.teaser", "images[0].credit"."""
    fields: list[str] = []
    for name in sorted(set(old) | set(new)):
        if not prefix and name in NATURAL_FIELDS:
            continue
        fields.extend(_value_changes(old.get(name), new.get(name), f"{prefix}{name}"))
    return fields


def _value_changes(before: Any, after: Any, path: str) -> list[str]:
    if before == after:
        return []
    if isinstance(before, dict) and isinstance(after, dict):
        return changed_fields(before, after, prefix=f"{path}.")
    if (
        isinstance(before, list)
        and isinstance(after, list)
        and len(before) == len(after)
        and all(isinstance(v, dict) for v in before + after)
    ):
        # Lists of objects (images) of the same length: say which member and which key changed.
        return [
            change
            for i, (b, a) in enumerate(zip(before, after, strict=True))
            for change in _value_changes(b, a, f"{path}[{i}]")
        ]
    return [path]


def diff_records(
    archived: Iterable[dict[str, Any]],
    fresh: Iterable[dict[str, Any]],
    *,
    captured_urls: set[str],
    drop_reasons: dict[str, str] | None = None,
) -> ArchiveDiff:
    """Compare archived records with re-extracted ones, matched by (url, version).

    Only URLs with a capture are compared: an archive may predate WARC capture.
    """
    drop_reasons = drop_reasons or {}
    result = ArchiveDiff()
    old: dict[RecordKey, dict[str, Any]] = {}
    for record in archived:
        if record["url"] in captured_urls:
            old[record_key(record)] = record
        else:
            result.not_compared += 1
    new = {record_key(record): record for record in fresh}
    for key in sorted(set(old) | set(new)):
        url, version = key
        if key not in new:
            reason = drop_reasons.get(url)
            result.changes.append(RecordChange(url=url, version=version, status="gone", reason=reason))
        elif key not in old:
            result.changes.append(RecordChange(url=url, version=version, status="new"))
        elif fields := changed_fields(old[key], new[key]):
            result.changes.append(RecordChange(url=url, version=version, status="changed", fields=fields))
        else:
            result.unchanged += 1
    return result
