"""RunReportExtension: a JSON report per crawl, a summary line, and a verdict cron can see.

At spider_closed it writes `<NEWSARCHIVE_REPORT_DIR>/<site>/<timestamp>.json` (pages fetched, articles
archived / updated / skipped, drops by reason, HTTP errors by code, guard rejections, field coverage) and
checks the run's rules: per-field coverage thresholds (defaults, the site profile's `coverage`,
NEWSARCHIVE_REPORT_COVERAGE) and NEWSARCHIVE_REPORT_MIN_ARTICLES. A broken rule is logged at ERROR and
recorded in the stats (`newsarchive/report/status` = "failed"); `newsarchive.monitoring.commands.crawl`
turns that into exit status 3.
"""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import NotConfigured

from newsarchive import defaults
from newsarchive.exceptions import Duplicate
from newsarchive.extract.profiles.check import stopped_selectors
from newsarchive.monitoring.coverage import CoverageCounter, Violation, check, thresholds
from newsarchive.monitoring.found import ARCHIVED, UNCHANGED, FoundArticles, article_found
from newsarchive.monitoring.paths import report_dir as configured_report_dir
from newsarchive.monitoring.paths import report_path, write_new_report
from newsarchive.state.keys import url_key

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

STATUS_KEY = "newsarchive/report/status"  #: "ok" or "failed"
VIOLATIONS_KEY = "newsarchive/report/violations"
PATH_KEY = "newsarchive/report/path"

SEEDS_SKIPPED = "newsarchive/distributed/seeds_skipped"  #: start requests another worker had queued
SITEMAPS_UNCHANGED = "newsarchive/discovery/sitemaps_unchanged"  #: sitemaps whose every entry is known
#: feeds, sitemaps and fronts that answered 304 to a clean run's validators (newsarchive/http/discovery.py)
DISCOVERY_NOT_MODIFIED = "newsarchive/discovery/not_modified"
#: finish reasons of a crawl cut short from outside; the minimum-articles rule is not judged then
INTERRUPTED = frozenset({"shutdown", "cancelled"})

_STATUS_PREFIX = "downloader/response_status_count/"
_EXCEPTION_PREFIX = "downloader/exception_type_count/"
_DROP_PREFIX = "item_dropped_reasons_count/"
_HTTP_PREFIX = "newsarchive/http/"
_WRITE_ERRORS = "/write_errors"  #: `newsarchive/<stage>/write_errors`: data a component failed to keep


def write_errors(stats: dict[str, Any]) -> dict[str, int]:
    """Write failures by stage (archive, state, warc, rejects...), from `newsarchive/<stage>/write_errors`."""
    out: dict[str, int] = {}
    for key, value in stats.items():
        if key.startswith("newsarchive/") and key.endswith(_WRITE_ERRORS) and value:
            stage = key[len("newsarchive/") : -len(_WRITE_ERRORS)]
            out[stage] = int(value)
    return dict(sorted(out.items()))


def identity_keys(*urls: object) -> list[str]:
    """Normalised keys of an article's URLs (its URL, canonical URL), for counting it once."""
    keys = []
    for url in urls:
        if isinstance(url, str) and url:
            try:
                keys.append(url_key(url))
            except ValueError:
                keys.append(url)
    return keys


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _jsonable(value: Any) -> Any:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def http_summary(stats: dict[str, Any]) -> dict[str, Any]:
    """HTTP errors by status code, download failures by exception, guard outcomes by reason."""
    errors = {
        key[len(_STATUS_PREFIX) :]: value
        for key, value in stats.items()
        if key.startswith(_STATUS_PREFIX)
        and key[len(_STATUS_PREFIX) :].isdigit()
        and int(key[len(_STATUS_PREFIX) :]) >= 400
    }
    exceptions = {
        key[len(_EXCEPTION_PREFIX) :].rsplit(".", 1)[-1]: value
        for key, value in stats.items()
        if key.startswith(_EXCEPTION_PREFIX)
    }
    guards = {
        key[len(_HTTP_PREFIX) :]: value
        for key, value in stats.items()
        if key.startswith(_HTTP_PREFIX) and "/" not in key[len(_HTTP_PREFIX) :]
    }
    return {
        "errors_by_code": dict(sorted(errors.items())),
        "failures_by_exception": dict(sorted(exceptions.items())),
        "guards": dict(sorted(guards.items())),
        "retries": stats.get("retry/count", 0),
        "retries_given_up": stats.get("retry/max_reached", 0),
        "robots_forbidden": stats.get("robotstxt/forbidden", 0),
        "offsite_filtered": stats.get("offsite/filtered", 0),
    }


class RunReportExtension:
    def __init__(
        self,
        crawler: Crawler,
        *,
        report_dir: Path,
        min_articles: int,
        coverage_override: dict[str, Any],
        min_sample: int = 0,
    ) -> None:
        self.crawler = crawler
        self.report_dir = report_dir
        self.min_articles = min_articles
        self.min_sample = min_sample
        self.found = FoundArticles()
        self.report: dict[str, Any] | None = None  #: this run's report, once built (alerts read it)
        self.coverage_override = coverage_override
        self.coverage = CoverageCounter()
        self.new = 0
        self.updated = 0
        self.started_at = _now()
        self.rules: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunReportExtension:
        settings = crawler.settings
        if not settings.getbool("NEWSARCHIVE_REPORT_ENABLED", defaults.NEWSARCHIVE_REPORT_ENABLED):
            raise NotConfigured("NEWSARCHIVE_REPORT_ENABLED is off")
        min_articles = settings.getint(
            "NEWSARCHIVE_REPORT_MIN_ARTICLES", defaults.NEWSARCHIVE_REPORT_MIN_ARTICLES
        )
        override = settings.getdict("NEWSARCHIVE_REPORT_COVERAGE", defaults.NEWSARCHIVE_REPORT_COVERAGE)
        thresholds(None, override)  # a bad setting fails at start, not after a whole crawl
        extension = cls(
            crawler,
            report_dir=configured_report_dir(settings),
            min_articles=min_articles,
            coverage_override=override,
            min_sample=settings.getint(
                "NEWSARCHIVE_REPORT_MIN_SAMPLE", defaults.NEWSARCHIVE_REPORT_MIN_SAMPLE
            ),
        )
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(extension.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(extension.article_found, signal=article_found)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    # --- signals ----------------------------------------------------------------------------
    def spider_opened(self, spider: Spider) -> None:
        self.started_at = _now()
        profile = getattr(spider, "profile", None)
        profile_coverage = getattr(profile, "coverage", None) or {}
        self.rules = thresholds(profile_coverage, self.coverage_override, has_profile=profile is not None)

    def item_scraped(self, item: Any, spider: Spider) -> None:
        record = ItemAdapter(item).asdict()
        self.coverage.add(record, extra_fields=tuple(self.rules))
        version = record.get("version")
        if isinstance(version, int) and version > 1:
            self.updated += 1
        else:
            self.new += 1
        self.found.add(ARCHIVED, identity_keys(record.get("url"), record.get("canonical_url")))

    def item_dropped(self, item: Any, response: Any, exception: BaseException, spider: Spider) -> None:
        """A Duplicate is an article confirmed unchanged (or met again this run: then it counts once)."""
        if not isinstance(exception, Duplicate):
            return
        record = ItemAdapter(item).asdict()
        self.found.add(UNCHANGED, identity_keys(record.get("url"), record.get("canonical_url")))

    def article_found(self, keys: list[str], how: str, spider: Spider | None = None) -> None:
        self.found.add(how, keys)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = self.crawler.stats
        assert stats is not None
        report = self.build(spider, reason, dict(stats.get_stats()))
        violations = report["violations"]
        status = "failed" if violations else "ok"
        try:
            path = write_new_report(
                report_path(self.report_dir, report["site"], self.started_at),
                json.dumps(report, indent=2, ensure_ascii=False) + "\n",
            )
        except (OSError, ValueError) as exc:
            # A report that cannot be written is itself a failure the scheduler must see.
            logger.error("Run report could not be written under %s: %s", self.report_dir, exc)
            status, path = "failed", None
        stats.set_value(STATUS_KEY, status)
        self.report = {**report, "status": status}
        stats.set_value(VIOLATIONS_KEY, len(violations))
        if path is not None:
            stats.set_value(PATH_KEY, str(path))
        self.log_summary(report, path)

    # --- building ---------------------------------------------------------------------------
    def build(self, spider: Spider, reason: str, stats: dict[str, Any]) -> dict[str, Any]:
        finished_at = _now()
        drops = {
            key[len(_DROP_PREFIX) :]: value for key, value in stats.items() if key.startswith(_DROP_PREFIX)
        }
        archived = self.new + self.updated
        # Per distinct article: a link met three times is one article (newsarchive.monitoring.found).
        distinct = self.found.counts()
        skipped = {
            "fresh": distinct["fresh"],
            "not_modified": distinct["not_modified"],
            "unchanged": distinct["unchanged"],
        }
        found = archived + sum(skipped.values())
        shares = self.coverage.shares()
        failed_writes = write_errors(stats)
        violations: list[Violation] = [
            Violation(
                rule="write_errors",
                field=stage,
                message=f"{stage}: {count} write error(s), data not kept (see the log)",
                actual=float(count),
                expected=0.0,
            )
            for stage, count in failed_writes.items()
        ]
        violations += check(
            shares=shares,
            archived=archived,
            found=found,
            rules=self.rules,
            min_articles=self.min_articles,
            # A distributed worker that joined a job another worker seeded may get no listing at all: the
            # seeding worker judges discovery for the job. A run that met no article at all because its
            # sitemaps were unchanged since a clean run had discovery that worked: their articles are all
            # known, so a quiet hour of a sitemap-only crawl finds none (not a 3); so did one whose feed or
            # front answered 304 to the validators of a clean run.
            judge_min_articles=reason not in INTERRUPTED
            and not stats.get(SEEDS_SKIPPED)
            and not (found == 0 and (stats.get(SITEMAPS_UNCHANGED) or stats.get(DISCOVERY_NOT_MODIFIED))),
            min_sample=self.min_sample,
        )
        judged = {k: v for k, v in drops.items() if k not in ("NotArchived",)}
        if judged:
            # "found 0 articles" after a one-off crawl of one advertorial reads like a broken crawl: say
            # what the pages it did fetch were judged to be.
            why = ", ".join(f"{k}={v}" for k, v in sorted(judged.items()))
            violations = [
                replace(v, message=f"{v.message} ({sum(judged.values())} dropped: {why})")
                if v.rule == "min_articles"
                else v
                for v in violations
            ]
        site = str(getattr(spider, "site", None) or spider.name)
        profile = getattr(spider, "profile", None)
        return {
            "site": site,
            "spider": spider.name,
            "started_at": _iso(self.started_at),
            "finished_at": _iso(finished_at),
            "elapsed_seconds": round((finished_at - self.started_at).total_seconds(), 3),
            "finish_reason": reason,
            "status": "failed" if violations else "ok",
            "violations": [v.to_dict() for v in violations],
            "pages_fetched": stats.get("response_received_count", 0),
            "articles": {
                "archived": archived,
                "new": self.new,
                "updated": self.updated,
                "skipped": skipped,
                "found": found,
            },
            "write_errors": failed_writes,
            "drops": dict(sorted(drops.items())),
            "http": http_summary(stats),
            "coverage": shares,
            "coverage_judged": archived >= self.min_sample,
            # site profile fields that fell back to generic extraction, naming the selectors that stopped
            "profile_selectors": stopped_selectors(profile, stats) if profile is not None else [],
            "rules": {
                "coverage": self.rules,
                "min_articles": self.min_articles,
                "min_sample": self.min_sample,
            },
            "stats": {k: _jsonable(v) for k, v in sorted(stats.items())},
        }

    def log_summary(self, report: dict[str, Any], path: Path | None) -> None:
        articles = report["articles"]
        http = report["http"]
        drops = ", ".join(f"{k}={v}" for k, v in report["drops"].items()) or "none"
        errors = ", ".join(f"{k}={v}" for k, v in http["errors_by_code"].items()) or "none"
        guards = ", ".join(f"{k}={v}" for k, v in http["guards"].items()) or "none"
        judged = {k: v for k, v in report["coverage"].items() if k in self.rules}
        coverage = ", ".join(f"{k} {v:.0%}" for k, v in judged.items()) or "n/a"
        if judged and not report["coverage_judged"]:
            coverage += f" (not judged: fewer than {self.min_sample} articles)"
        failed = ", ".join(f"{k}={v}" for k, v in report["write_errors"].items())
        if failed:
            coverage += f"; WRITE ERRORS: {failed}"
        summary = (
            f"Run report {report['site']}: {report['pages_fetched']} pages fetched, "
            f"{articles['archived']} articles archived "
            f"({articles['new']} new, {articles['updated']} updated), "
            f"{sum(articles['skipped'].values())} skipped; drops: {drops}; HTTP errors: {errors}; "
            f"guards: {guards}; coverage: {coverage} -> {path or 'report not written'}"
        )
        for entry in report.get("profile_selectors", []):
            logger.warning(
                "Profile selectors of %s matched nothing on %d of %d articles (generic extraction used): %s",
                entry["field"],
                entry["fell_back"],
                entry["articles"],
                ", ".join(entry["stopped"]) or "some matched elsewhere",
            )
        if report["violations"]:
            logger.error(
                "%s\nRun report FAILED (%d rule(s) broken): %s",
                summary,
                len(report["violations"]),
                "; ".join(v["message"] for v in report["violations"]),
            )
        else:
            logger.info("%s\nRun report OK", summary)
