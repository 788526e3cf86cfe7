"""How a profile does on saved pages: per field, which selector matched on how many pages, which pages fell
back to generic extraction, and where the profile's value differs from generic extraction's. Pure code.

A required field (headline, body, published_at) passes when it was found on at least the profile's
coverage minimum of the pages: by its selectors when the profile has some, else by generic extraction.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from newsarchive.extract import extract_article
from newsarchive.extract.profiles.base import SiteProfile
from newsarchive.items import Article

REQUIRED: tuple[str, ...] = ("headline", "body", "published_at")
#: the minimum share when the profile's [coverage] table does not name the field
DEFAULT_MINIMUM: dict[str, float] = {"headline": 1.0, "body": 1.0, "published_at": 0.9}
#: fields compared with generic extraction, in report order
COMPARED: tuple[str, ...] = (
    "headline",
    "standfirst",
    "section",
    "authors",
    "published_at",
    "modified_at",
    "body",
    "images",
)


@dataclass(kw_only=True)
class FieldReport:
    field: str
    selectors: tuple[str, ...]  #: the profile's, in order
    matched: Counter[str] = field(default_factory=Counter)  #: selector -> pages it gave the value on
    fell_back: list[str] = field(default_factory=list)  #: URLs where no selector matched
    found: int = 0  #: pages with a value (from the profile or its fallback)
    differs: list[dict[str, Any]] = field(default_factory=list)  #: {url, profile, generic}
    minimum: float | None = None  #: required fields: the share of pages that must match
    passed: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "selectors": [{"selector": s, "pages": self.matched.get(s, 0)} for s in self.selectors],
            "fell_back": self.fell_back,
            "found": self.found,
            "differs": self.differs,
            "minimum": self.minimum,
            "passed": self.passed,
        }


@dataclass(kw_only=True)
class CheckReport:
    profile: str
    source: str
    pages: int
    fields: list[FieldReport]
    articles: list[Article]  #: the profile's extraction of each page, in order

    @property
    def passed(self) -> bool:
        return all(f.passed for f in self.fields)

    def to_dict(self) -> dict[str, Any]:
        return {
            "profile": self.profile,
            "source": self.source,
            "pages": self.pages,
            "passed": self.passed,
            "fields": [f.to_dict() for f in self.fields],
        }


def comparable(article: Article, name: str) -> Any:
    value = getattr(article, name)
    if name == "images":
        return [image.url for image in value]
    return value


def check_profile(profile: SiteProfile, pages: list[tuple[str, str | bytes]]) -> CheckReport:
    """Run the profile and generic extraction over (url, html) pages."""
    reports = {
        name: FieldReport(field=name, selectors=profile.selectors.get(_selector_field(name), ()))
        for name in COMPARED
    }
    articles = []
    for url, html in pages:
        matched: dict[str, str | None] = {}
        article = extract_article(html, url, profile=profile, matched=matched)
        generic = extract_article(html, url, generic=True)
        articles.append(article)
        for name, report in reports.items():
            selector = matched.get(_selector_field(name))
            if selector is not None:
                report.matched[selector] += 1
            elif report.selectors:
                report.fell_back.append(url)
            mine, theirs = comparable(article, name), comparable(generic, name)
            if mine:
                report.found += 1
            if mine != theirs:
                report.differs.append({"url": url, "profile": mine, "generic": theirs})
    total = len(pages)
    for name in REQUIRED:
        report = reports[name]
        report.minimum = profile.coverage.get(name, DEFAULT_MINIMUM[name])
        count = sum(report.matched.values()) if report.selectors else report.found
        report.passed = count >= math.ceil(report.minimum * total - 1e-9)
    return CheckReport(
        profile=profile.name,
        source=profile.source,
        pages=total,
        fields=list(reports.values()),
        articles=articles,
    )


def _selector_field(name: str) -> str:
    return "figure" if name == "images" else name


def stopped_selectors(profile: SiteProfile, stats: dict[str, Any]) -> list[dict[str, Any]]:
    """The fields that fell back to generic extraction on some articles of a crawl, with the selectors
    that matched nothing (`stopped`) and how often each of the others matched. Read from the crawl's stats:
    the ProfileSelectorStats extension counts newsarchive/profile/matched/<field>/<selector> and
    .../fallback/<field> per article."""
    articles = int(stats.get("newsarchive/profile/articles", 0))
    out = []
    for name, selectors in profile.selectors.items():
        fell_back = int(stats.get(f"newsarchive/profile/fallback/{name}", 0))
        if not fell_back:
            continue
        counts = {s: int(stats.get(f"newsarchive/profile/matched/{name}/{s}", 0)) for s in selectors}
        out.append(
            {
                "field": name,
                "articles": articles,
                "fell_back": fell_back,
                "matched": counts,
                "stopped": [s for s, n in counts.items() if n == 0],
            }
        )
    return out
