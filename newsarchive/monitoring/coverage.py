"""Field coverage of archived articles and the rules a run is judged by. Pure code.

Coverage of a field is the share of archived articles where it is non-empty. A publisher redesign shows
up here first: selectors stop matching and the share of a field drops, or the body comes from the
profile's fallback instead of its own selectors (`profile_selectors`).

The one definition of "non-empty" (`is_filled`) and of the watched fields (`COVERAGE_FIELDS`): the run
report and `python -m newsarchive stats` (newsarchive.archivestats) both count with them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

#: rules for any crawl; a site profile's `coverage` and NEWSARCHIVE_REPORT_COVERAGE override them per field
DEFAULT_COVERAGE: dict[str, float] = {"headline": 1.0, "body": 1.0, "published_at": 0.9}

#: pseudo-field: share of profile-extracted articles whose body the profile's own selectors found (not the
#: DOM fallback). Judged only on articles a site profile extracted.
PROFILE_SELECTORS = "profile_selectors"
DEFAULT_PROFILE_SELECTORS = 0.9

#: fields whose coverage every report shows, thresholds or not (a drop = an extractor that broke)
COVERAGE_FIELDS: tuple[str, ...] = (
    "headline",
    "standfirst",
    "authors",
    "published_at",
    "modified_at",
    "section",
    "dateline",
    "body",
    "images",
    "tags",
    "language",
    "credit",
    "canonical_url",
)


def is_filled(value: Any) -> bool:
    """Whether a record field counts as present: a list of blank strings (`authors: [""]`) does not."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (list, tuple, dict, set)):
        return any(is_filled(v) for v in value) if not isinstance(value, dict) else bool(value)
    return True


def filled_fields(record: Mapping[str, Any], fields: Iterable[str] = COVERAGE_FIELDS) -> list[str]:
    """The `fields` (in order, each once) that `record` has a non-empty value for."""
    return [name for name in dict.fromkeys(fields) if is_filled(record.get(name))]


@dataclass(kw_only=True)
class CoverageCounter:
    """Counts, field by field, the archived articles that have it."""

    fields: tuple[str, ...] = COVERAGE_FIELDS
    total: int = 0
    filled: dict[str, int] = field(default_factory=dict)
    profile_total: int = 0  #: articles a site profile extracted
    profile_selected: int = 0  #: of those, body found by the profile's own selectors

    def add(self, record: Mapping[str, Any], extra_fields: tuple[str, ...] = ()) -> None:
        self.total += 1
        names = [name for name in (*self.fields, *extra_fields) if name != PROFILE_SELECTORS]
        for name in names:
            self.filled.setdefault(name, 0)
        for name in filled_fields(record, names):
            self.filled[name] += 1
        extractor = record.get("extractor")
        if extractor and extractor != "generic":
            self.profile_total += 1
            evidence = record.get("evidence") or {}
            source = evidence.get("body_source") if isinstance(evidence, Mapping) else None
            if source == "profile":
                self.profile_selected += 1

    def shares(self) -> dict[str, float]:
        if not self.total:
            return {}
        out = {name: round(count / self.total, 4) for name, count in sorted(self.filled.items())}
        if self.profile_total:
            out[PROFILE_SELECTORS] = round(self.profile_selected / self.profile_total, 4)
        return out


@dataclass(frozen=True, kw_only=True)
class Violation:
    rule: str  #: "coverage", "min_articles" or "write_errors"
    message: str
    field: str | None = None
    actual: float | None = None
    expected: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


def thresholds(
    profile_coverage: Mapping[str, float] | None = None,
    override: Mapping[str, Any] | None = None,
    *,
    has_profile: bool = False,
) -> dict[str, float]:
    """Defaults, then the profile's `coverage`, then the NEWSARCHIVE_REPORT_COVERAGE setting.

    A threshold of 0 (or null) in the setting switches a rule off.
    """
    merged: dict[str, float] = dict(DEFAULT_COVERAGE)
    if has_profile:
        merged[PROFILE_SELECTORS] = DEFAULT_PROFILE_SELECTORS
    merged.update({str(k): float(v) for k, v in (profile_coverage or {}).items()})
    for name, value in (override or {}).items():
        if value is None or float(value) <= 0:
            merged.pop(str(name), None)
            continue
        share = float(value)
        if share > 1:
            raise ValueError(
                f"NEWSARCHIVE_REPORT_COVERAGE[{name!r}]: a share between 0 and 1 is expected, got {value!r}"
            )
        merged[str(name)] = share
    return dict(sorted(merged.items()))


def check(
    *,
    shares: Mapping[str, float],
    archived: int,
    found: int,
    rules: Mapping[str, float],
    min_articles: int,
    judge_min_articles: bool = True,
    min_sample: int = 0,
) -> list[Violation]:
    """The rules this run broke. `found` counts articles seen (archived or confirmed unchanged).

    Coverage is judged only over at least `min_sample` archived articles: a share over a handful of
    articles (a quiet hour's run) is noise, and would page someone for nothing.
    """
    violations: list[Violation] = []
    if judge_min_articles and min_articles > 0 and found < min_articles:
        violations.append(
            Violation(
                rule="min_articles",
                message=f"found {found} articles, expected at least {min_articles}",
                actual=float(found),
                expected=float(min_articles),
            )
        )
    if archived and archived >= min_sample:
        for name, expected in rules.items():
            actual = shares.get(name)
            if actual is None:
                # profile_selectors without any profile-extracted article: nothing to judge
                continue
            if actual + 1e-9 < expected:
                violations.append(
                    Violation(
                        rule="coverage",
                        field=name,
                        message=f"{name} coverage {actual:.0%} < {expected:.0%}",
                        actual=actual,
                        expected=expected,
                    )
                )
    return violations
