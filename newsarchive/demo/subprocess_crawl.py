"""Run `scrapy crawl` in a child process and read back what it did (used by the demo command and the tests).

A child process gets a fresh Twisted reactor every time and runs exactly what a user would type, so the demo
and the end-to-end tests exercise the real command line, settings loading included.
"""

from __future__ import annotations

import ast
import json
import os
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from newsarchive.rejects import is_rejects_file

#: Crawling a local server: no politeness delays (they exist for real publishers).
FAST_SETTINGS: dict[str, object] = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0}

_STATS_MARK = "Dumping Scrapy stats:"
# datetime.datetime(2026, 11, 25, 21, 0, tzinfo=datetime.timezone.utc) and friends: not literals, so quoted.
_OBJECT_REPR = re.compile(r"datetime\.\w+\((?:[^()]|\([^()]*\))*\)")


def setting_value(value: object) -> str:
    if isinstance(value, bool):
        return "True" if value else "False"
    return str(value)


def crawl_command(
    spider: str,
    *,
    args: Mapping[str, object] | Iterable[str] = (),
    settings: Mapping[str, object] | None = None,
    python: str | None = None,
) -> list[str]:
    """argv of `python -m scrapy crawl SPIDER -a k=v ... -s K=V ...` (args as a mapping or "k=v" strings)."""
    cmd = [python or sys.executable, "-m", "scrapy", "crawl", spider]
    pairs = [f"{k}={v}" for k, v in args.items()] if isinstance(args, Mapping) else list(args)
    for pair in pairs:
        cmd += ["-a", pair]
    for name, value in (settings or {}).items():
        cmd += ["-s", f"{name}={setting_value(value)}"]
    return cmd


def crawl_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The caller's environment, plus the project settings module so the crawl works outside the checkout."""
    env = dict(os.environ)
    env.setdefault("SCRAPY_SETTINGS_MODULE", "newsarchive.settings")
    # Children print UTF-8 whatever the locale: the log is parsed, and headlines are not ASCII.
    env.setdefault("PYTHONIOENCODING", "utf-8")
    env.update(extra or {})
    return env


def parse_stats(log: str) -> dict[str, Any]:
    """The stats dict of Scrapy's final "Dumping Scrapy stats:" block ({} when the crawl never got there)."""
    at = log.rfind(_STATS_MARK)
    if at < 0:
        return {}
    start = log.find("{", at)
    if start < 0:
        return {}
    depth = 0
    end = -1
    for i in range(start, len(log)):
        char = log[i]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                end = i + 1
                break
    if end < 0:
        return {}
    text = _OBJECT_REPR.sub(lambda m: repr(m.group(0)), log[start:end])
    try:
        stats = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return {}
    return stats if isinstance(stats, dict) else {}


def drop_reasons(stats: Mapping[str, Any]) -> dict[str, int]:
    """{"Sponsored": 1, ...} from Scrapy's per-reason drop counters."""
    prefix = "item_dropped_reasons_count/"
    return {k.removeprefix(prefix): int(v) for k, v in stats.items() if k.startswith(prefix)}


def archive_jsonl_files(archive_dir: Path) -> list[Path]:
    """The archive's `*.jsonl` files under `archive_dir`, in path order (not the `_rejected` folders)."""
    return [f for f in sorted(Path(archive_dir).rglob("*.jsonl")) if not is_rejects_file(f)]


def read_jsonl_records(archive_dir: Path) -> list[dict[str, Any]]:
    """Every record of every archive file under `archive_dir`, files in path order, lines in file order."""
    records: list[dict[str, Any]] = []
    for file in archive_jsonl_files(archive_dir):
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                records.append(json.loads(line))
    return records


def count_lines(archive_dir: Path) -> dict[Path, int]:
    """Complete lines per `*.jsonl` file under `archive_dir`."""
    counts: dict[Path, int] = {}
    for file in archive_jsonl_files(archive_dir):
        with file.open("rb") as handle:
            counts[file] = sum(1 for line in handle if line.endswith(b"\n"))
    return counts
