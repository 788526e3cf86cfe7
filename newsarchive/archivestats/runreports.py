"""Drop reasons from the run reports (`<REPORT_DIR>/<site>/<timestamp>.json`)."""

from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

_SCRAPY_DROP_PREFIX = "item_dropped_reasons_count/"


@dataclass(kw_only=True)
class Run:
    """One crawl run, as its report tells it."""

    finished_at: str
    archived: int | None  #: articles archived (new + updated); None in reports that do not say
    status: str  #: "ok" / "failed" / "" when the report has no verdict


@dataclass(kw_only=True)
class RunReports:
    directories: list[Path]  #: where reports were looked for
    runs: int = 0
    drops: Counter[str] = field(default_factory=Counter)
    first_finished_at: str | None = None
    last_finished_at: str | None = None
    history: list[Run] = field(default_factory=list)  #: runs in order of finishing

    def to_dict(self) -> dict[str, Any]:
        return {
            "directories": [str(d) for d in self.directories],
            "runs": self.runs,
            "drops": dict(sorted(self.drops.items())),
            "first_finished_at": self.first_finished_at,
            "last_finished_at": self.last_finished_at,
            "history": [
                {"finished_at": r.finished_at, "archived": r.archived, "status": r.status}
                for r in self.history
            ],
        }


def report_drops(report: dict[str, Any]) -> Counter[str]:
    """A report's drops: its own "drops" table, else Scrapy's per-reason drop stats."""
    drops = report.get("drops")
    if isinstance(drops, dict) and drops:
        return Counter({str(k): int(v) for k, v in drops.items() if isinstance(v, int)})
    stats = report.get("stats") if isinstance(report.get("stats"), dict) else {}
    return Counter(
        {
            key[len(_SCRAPY_DROP_PREFIX) :]: int(value)
            for key, value in stats.items()
            if key.startswith(_SCRAPY_DROP_PREFIX) and isinstance(value, int)
        }
    )


def read_run_reports(directories: list[Path]) -> RunReports:
    result = RunReports(directories=directories)
    finished: list[str] = []
    for directory in directories:
        for path in sorted(Path(directory).glob("*.json")):
            try:
                report = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                logger.warning("unreadable run report %s: %s", path, exc)
                continue
            if not isinstance(report, dict):
                continue
            result.runs += 1
            result.drops.update(report_drops(report))
            if isinstance(report.get("finished_at"), str):
                finished.append(report["finished_at"])
                result.history.append(
                    Run(
                        finished_at=report["finished_at"],
                        archived=_archived(report),
                        status=str(report.get("status") or ""),
                    )
                )
    result.history.sort(key=lambda run: run.finished_at)
    if finished:
        result.first_finished_at, result.last_finished_at = min(finished), max(finished)
    return result


def _archived(report: dict[str, Any]) -> int | None:
    articles = report.get("articles")
    if isinstance(articles, dict) and isinstance(articles.get("archived"), int):
        return int(articles["archived"])
    return None
