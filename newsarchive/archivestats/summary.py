"""Counting an archive: articles per day and per section, field coverage, coverage over time."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from newsarchive.dates import utc_date

# Coverage is counted as in the run reports: same fields, same idea of a non-empty value.
from newsarchive.monitoring.coverage import COVERAGE_FIELDS, filled_fields

#: The lines of the "coverage over time" chart, unless a site profile names its own fields.
CHART_FIELDS = ("headline", "standfirst", "authors", "published_at", "images", "tags")
UNDATED = "unknown"
NO_SECTION = "(none)"


def utc_day(value: Any) -> str | None:
    """The UTC calendar day of an ISO 8601 timestamp, or None."""
    day = utc_date(value)
    return day.isoformat() if day else None


def article_day(record: dict[str, Any]) -> str:
    """The day the archive files a record under: published date (UTC), crawl date when undated."""
    return utc_day(record.get("published_at")) or utc_day(record.get("fetched_at")) or UNDATED


@dataclass(kw_only=True)
class ArchiveSummary:
    sites: list[str] = field(default_factory=list)
    files: int = 0
    records: int = 0  #: archive lines
    articles: int = 0  #: distinct URLs (counted at their latest version)
    later_versions: int = 0  #: records that are version 2+ of an article
    undated: int = 0  #: articles without published_at
    per_day: dict[str, int] = field(default_factory=dict)
    per_section: dict[str, int] = field(default_factory=dict)
    coverage: dict[str, int] = field(default_factory=dict)  #: field -> articles having it
    coverage_by_day: dict[str, dict[str, int]] = field(default_factory=dict)  #: day -> field -> n
    access: dict[str, int] = field(default_factory=dict)
    sponsored: int = 0
    page_types: dict[str, int] = field(default_factory=dict)
    extractors: dict[str, int] = field(default_factory=dict)
    profile_minimums: dict[str, float] = field(default_factory=dict)  #: from the site profile, if any

    def share(self, name: str) -> float:
        return self.coverage.get(name, 0) / self.articles if self.articles else 0.0

    def day_share(self, day: str, name: str) -> float:
        total = self.per_day.get(day, 0)
        return self.coverage_by_day.get(day, {}).get(name, 0) / total if total else 0.0

    def chart_fields(self) -> list[str]:
        extra = [f for f in self.profile_minimums if f in COVERAGE_FIELDS and f not in CHART_FIELDS]
        return [*CHART_FIELDS, *extra]

    def to_dict(self) -> dict[str, Any]:
        return {
            "sites": self.sites,
            "files": self.files,
            "records": self.records,
            "articles": self.articles,
            "later_versions": self.later_versions,
            "undated": self.undated,
            "per_day": self.per_day,
            "per_section": self.per_section,
            "coverage": {
                name: {"articles": n, "share": round(self.share(name), 4)}
                for name, n in self.coverage.items()
            },
            "coverage_by_day": {
                day: {name: round(self.day_share(day, name), 4) for name in COVERAGE_FIELDS}
                for day in self.per_day
            },
            "access": self.access,
            "sponsored": self.sponsored,
            "page_types": self.page_types,
            "extractors": self.extractors,
            "profile_minimums": self.profile_minimums,
        }


def summarise(records: Iterable[dict[str, Any]], *, files: int = 0) -> ArchiveSummary:
    """Summary of archive records; each article counts once, at its latest version."""
    latest: dict[str, dict[str, Any]] = {}
    summary = ArchiveSummary(files=files)
    for record in records:
        summary.records += 1
        version = record.get("version") if isinstance(record.get("version"), int) else 1
        if version > 1:
            summary.later_versions += 1
        current = latest.get(record["url"])
        if current is None or version >= (current.get("version") or 1):
            latest[record["url"]] = record
    summary.articles = len(latest)
    per_day: Counter[str] = Counter()
    per_section: Counter[str] = Counter()
    coverage: Counter[str] = Counter({name: 0 for name in COVERAGE_FIELDS})
    by_day: dict[str, Counter[str]] = {}
    access: Counter[str] = Counter()
    page_types: Counter[str] = Counter()
    extractors: Counter[str] = Counter()
    sites: set[str] = set()
    for record in latest.values():
        day = article_day(record)
        per_day[day] += 1
        per_section[record.get("section") or NO_SECTION] += 1
        present = filled_fields(record)
        coverage.update(present)
        by_day.setdefault(day, Counter()).update(present)
        access[str(record.get("access") or "unknown")] += 1
        page_types[str(record.get("page_type") or "unknown")] += 1
        extractors[str(record.get("extractor") or "unknown")] += 1
        summary.sponsored += bool(record.get("sponsored"))
        summary.undated += not utc_day(record.get("published_at"))
        if record.get("site"):
            sites.add(str(record["site"]))
    # Days in calendar order (the undated bucket last); sections biggest first.
    summary.per_day = {d: per_day[d] for d in sorted(per_day, key=lambda d: (d == UNDATED, d))}
    summary.per_section = dict(sorted(per_section.items(), key=lambda kv: (-kv[1], kv[0])))
    summary.coverage = dict(coverage)
    summary.coverage_by_day = {d: dict(by_day[d]) for d in summary.per_day}
    summary.access = dict(sorted(access.items()))
    summary.page_types = dict(sorted(page_types.items()))
    summary.extractors = dict(sorted(extractors.items()))
    summary.sites = sorted(sites)
    summary.profile_minimums = _profile_minimums(summary.sites)
    return summary


def _profile_minimums(sites: list[str]) -> dict[str, float]:
    """Coverage minimums the site profile declares (one site only; profiles are optional here)."""
    if len(sites) != 1:
        return {}
    try:
        # Imported on use (no cycle): the extraction package costs `stats` a third of a second to import,
        # and only a one-site summary reads a profile.
        from newsarchive.extract.registry import get_profile

        coverage = getattr(get_profile(sites[0]), "coverage", None) or {}
    except Exception:  # no profile for a generic site, or extraction not importable: no minimums
        return {}
    return {str(k): float(v) for k, v in dict(coverage).items()}
