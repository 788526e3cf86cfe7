"""Fold the per-worker archive files of distributed mode into the one-file-per-day layout.

In distributed mode each worker appends to its own `<site>/<YYYY-MM-DD>.<worker-id>.jsonl`, so no two
processes ever append to one file. Readers that glob `*/*.jsonl` need no merge: the Redis claims make
every (article, version) appear in exactly one file. This command is housekeeping for after a run
(no worker writing): it moves every worker file's records into `<site>/<YYYY-MM-DD>.jsonl`, skipping
records already present (same url, content_hash and version: the rare line written twice when a worker
was killed between its write and its commit) and torn last lines of killed workers.

    python -m newsarchive merge [ARCHIVE_DIR]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from newsarchive import defaults

logger = logging.getLogger(__name__)

WORKER_FILE = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})\.(?P<worker>[A-Za-z0-9_.-]+)\.jsonl$")


@dataclass(kw_only=True)
class MergeReport:
    files: int = 0  #: worker files merged (and removed)
    records: int = 0  #: records appended to the day files
    duplicates: int = 0  #: records skipped as already present
    torn: int = 0  #: unreadable lines skipped


def _identity(record: dict[str, object]) -> tuple[object, object, object]:
    return (record.get("url"), record.get("content_hash"), record.get("version"))


def _read(path: Path, report: MergeReport) -> list[dict[str, object]]:
    records = []
    with path.open("rb") as fh:
        for raw in fh:
            try:
                record = json.loads(raw)
            except ValueError:
                report.torn += 1
                continue
            if isinstance(record, dict):
                records.append(record)
    return records


def merge_archive(archive_dir: Path) -> MergeReport:
    """Merge every worker file under archive_dir; only run it while no worker is writing."""
    report = MergeReport()
    groups: dict[Path, list[Path]] = defaultdict(list)
    for path in sorted(archive_dir.glob("*/*.jsonl")):
        match = WORKER_FILE.match(path.name)
        if match:
            groups[path.with_name(f"{match['date']}.jsonl")].append(path)
    for day_file, parts in sorted(groups.items()):
        existing = _read(day_file, report) if day_file.exists() else []
        seen = {_identity(r) for r in existing}
        incoming = [r for part in parts for r in _read(part, report)]
        # Within the day, order by fetch time so the merged file reads like one crawl.
        incoming.sort(key=lambda r: str(r.get("fetched_at") or ""))
        fresh = []
        for record in incoming:
            identity = _identity(record)
            if identity in seen:
                report.duplicates += 1
                continue
            seen.add(identity)
            fresh.append(record)
        # Write the whole day file anew and swap it in, so a crash leaves the old file intact.
        tmp = day_file.with_name(day_file.name + ".merging")
        with tmp.open("w", encoding="utf-8") as fh:
            for record in [*existing, *fresh]:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, day_file)
        for part in parts:
            part.unlink()
        report.files += len(parts)
        report.records += len(fresh)
        logger.info("Merged %d worker files into %s (%d records)", len(parts), day_file, len(fresh))
    return report


def run(args: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m newsarchive merge",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("archive_dir", nargs="?", default=defaults.NEWSARCHIVE_ARCHIVE_DIR, type=Path)
    options = parser.parse_args(args)
    if not options.archive_dir.is_dir():
        print(f"archive_dir: no such directory: {options.archive_dir}", file=sys.stderr)
        return 2
    report = merge_archive(options.archive_dir)
    print(
        f"merged {report.files} worker files: {report.records} records, "
        f"{report.duplicates} duplicates skipped, {report.torn} torn lines skipped"
    )
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
