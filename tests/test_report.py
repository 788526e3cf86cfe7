"""The run report: written per crawl, judged by coverage and minimum-articles rules, seen by cron.

The end-to-end tests run real `scrapy crawl` processes against the bundled demo site, once as published
and once after a "redesign" that renames the CSS classes the nikkei_asia profile's selectors match. The
extraction falls back and still finds most fields, which is exactly why a scheduled crawl would go on
"working": the report must notice, and the process must exit non-zero.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsarchive.demo.server import DEMO_ORIGIN, DEMO_SITE, Request, Resource, SiteServer, StaticSite
from newsarchive.monitoring.commands.crawl import EXIT_REPORT_FAILED
from newsarchive.monitoring.coverage import (
    DEFAULT_COVERAGE,
    PROFILE_SELECTORS,
    CoverageCounter,
    check,
    thresholds,
)
from newsarchive.monitoring.paths import report_path
from tests.crawlkit import CrawlResult, DataDirs, run_crawl

MONITORED_ENV = {"SCRAPY_SETTINGS_MODULE": "newsarchive.settings"}
ARTICLE_PATH = re.compile(r"^/(?:[A-Z][\w-]*/)+[\w'-]+-[\w'-]+-[\w'-]+-[\w'-]+/?$")


def redesigned(html: bytes) -> bytes:
    """The publisher's new templates: same content, new class names (BEM prefix changed)."""
    return re.sub(
        rb'class="([^"]*)"',
        lambda m: b'class="' + m.group(1).replace(b"article", b"story").replace(b"ezrichtext", b"rt") + b'"',
        html,
    )


def without_dates(html: bytes) -> bytes:
    html = re.sub(rb'<script type="application/ld\+json">.*?</script>', b"", html, flags=re.S)
    html = re.sub(rb"<meta[^>]+(?:published|modified|date)[^>]*>", b"", html, flags=re.I)
    html = re.sub(rb'data-article-id="[^"]*"', b"", html)  # 20171129-0001: a date the extractor reads
    return re.sub(rb"<time[^>]*>.*?</time>", b"", html, flags=re.S)


def without_discovery_dates(body: bytes) -> bytes:
    """Feeds, sitemaps and fronts without the dates that would otherwise date articles (discovery hints)."""
    dated = rb"<(pubDate|lastmod|news:publication_date|updated|published)>.*?</\1>"
    body = re.sub(dated, b"", body, flags=re.S)
    return re.sub(rb"<time[^>]*>.*?</time>", b"", body, flags=re.S)


def demo_server(
    transform: Callable[[bytes], bytes] | None = None,
    discovery_transform: Callable[[bytes], bytes] | None = None,
) -> SiteServer:
    static = StaticSite(DEMO_SITE, rewrite_origin=DEMO_ORIGIN)

    def resolve(request: Request) -> Resource | None:
        resource = static(request)
        if resource is None:
            return None
        if ARTICLE_PATH.match(request.path):
            if transform:
                resource.body = transform(resource.body)
        elif discovery_transform:
            resource.body = discovery_transform(resource.body)
        return resource

    return SiteServer(resolver=resolve)


def crawl_demo(server: SiteServer, data: DataDirs, **settings: Any) -> CrawlResult:
    return run_crawl(
        "nikkei_asia",
        # The demo site has 6 articles: coverage is judged here as on a site with many.
        settings={
            "NEWSARCHIVE_SPIDER_BASE_URL": server.base_url,
            "NEWSARCHIVE_REPORT_MIN_SAMPLE": 1,
            **settings,
        },
        data=data,
        env=MONITORED_ENV,
    )


def only_report(data: DataDirs, site: str) -> dict[str, Any]:
    reports = sorted((data.reports / site).glob("*.json"))
    assert len(reports) == 1, reports
    assert re.fullmatch(r"\d{8}T\d{6}Z(-\d+)?\.json", reports[0].name), reports[0].name
    return json.loads(reports[0].read_text(encoding="utf-8"))


# --- end to end --------------------------------------------------------------------------------------
def test_demo_crawl_passes_and_writes_a_report(tmp_data: DataDirs) -> None:
    with demo_server() as server:
        result = crawl_demo(server, tmp_data)
    assert result.returncode == 0, result.log_tail()
    report = only_report(tmp_data, "nikkei_asia")
    assert report["status"] == "ok", report["violations"]
    assert report["violations"] == []
    assert report["articles"]["archived"] == len(result.records) > 0
    assert report["pages_fetched"] >= report["articles"]["archived"]
    assert report["drops"].get("Sponsored") == 1
    assert report["coverage"]["headline"] == 1.0
    assert report["coverage"][PROFILE_SELECTORS] == 1.0
    # the profile's own thresholds are the ones applied
    assert report["rules"]["coverage"]["section"] == 0.95
    assert "Run report nikkei_asia:" in result.stderr and "Run report OK" in result.stderr


def test_markup_change_fails_the_report_and_the_exit_status(tmp_data: DataDirs) -> None:
    with demo_server(redesigned) as server:
        result = crawl_demo(server, tmp_data)
    # the archive still fills up: exactly the silent failure the report exists for
    assert result.records, result.log_tail()
    assert result.returncode == EXIT_REPORT_FAILED, result.log_tail()
    report = only_report(tmp_data, "nikkei_asia")
    assert report["status"] == "failed"
    broken = {v["field"] for v in report["violations"] if v["rule"] == "coverage"}
    assert PROFILE_SELECTORS in broken, report["violations"]
    assert report["coverage"][PROFILE_SELECTORS] == 0.0
    assert re.search(r"ERROR: .*\nRun report FAILED .*profile_selectors coverage 0% < 90%", result.stderr)


def test_redesign_without_dates_fails_published_at(tmp_data: DataDirs) -> None:
    """A redesign that also drops the JSON-LD, the date meta tags and <time>: published_at coverage.

    The feed, sitemaps and fronts lose their dates too: a discovery date would otherwise fill a missing
    published_at, and which request reaches an article first (feed, sitemap or front) is up to the scheduler.
    """
    with demo_server(lambda html: without_dates(redesigned(html)), without_discovery_dates) as server:
        result = crawl_demo(server, tmp_data)
    assert result.returncode == EXIT_REPORT_FAILED, result.log_tail()
    report = only_report(tmp_data, "nikkei_asia")
    assert report["coverage"]["published_at"] == 0.0
    broken = {v["field"]: v for v in report["violations"] if v["rule"] == "coverage"}
    assert broken["published_at"]["expected"] == 0.95  # the profile's threshold, not the default 0.9
    assert re.search(r"published_at coverage \d+% < 95%", result.stderr)


def test_coverage_setting_switches_a_rule_off(tmp_data: DataDirs) -> None:
    coverage = json.dumps({PROFILE_SELECTORS: 0})
    with demo_server(redesigned) as server:
        result = crawl_demo(server, tmp_data, NEWSARCHIVE_REPORT_COVERAGE=coverage)
    assert result.returncode == 0, result.log_tail()
    report = only_report(tmp_data, "nikkei_asia")
    assert PROFILE_SELECTORS not in report["rules"]["coverage"]
    assert report["status"] == "ok"


def test_too_few_articles_fails(tmp_data: DataDirs) -> None:
    with demo_server() as server:
        result = crawl_demo(server, tmp_data, NEWSARCHIVE_REPORT_MIN_ARTICLES=1000)
    assert result.returncode == EXIT_REPORT_FAILED, result.log_tail()
    report = only_report(tmp_data, "nikkei_asia")
    assert [v["rule"] for v in report["violations"]] == ["min_articles"]
    assert "expected at least 1000" in report["violations"][0]["message"]


def test_report_disabled_means_plain_exit_status(tmp_data: DataDirs) -> None:
    with demo_server(redesigned) as server:
        result = crawl_demo(server, tmp_data, NEWSARCHIVE_REPORT_ENABLED=False)
    assert result.returncode == 0, result.log_tail()
    assert not list(tmp_data.reports.rglob("*.json"))


# --- rules, without a crawl --------------------------------------------------------------------------
def test_thresholds_merge_defaults_profile_and_setting() -> None:
    rules = thresholds({"published_at": 0.95, "images": 0.6}, {"images": 0, "tags": 0.5}, has_profile=True)
    assert rules["headline"] == DEFAULT_COVERAGE["headline"]
    assert rules["published_at"] == 0.95
    assert "images" not in rules
    assert rules["tags"] == 0.5
    assert rules[PROFILE_SELECTORS] == 0.9
    with pytest.raises(ValueError, match="headline"):
        thresholds(None, {"headline": 100})


def test_coverage_counts_non_empty_fields_only() -> None:
    counter = CoverageCounter()
    counter.add(
        {"headline": "A", "body": ["x"], "published_at": None, "authors": [""], "extractor": "generic"}
    )
    counter.add({"headline": " ", "body": ["y"], "published_at": "2024-01-01", "authors": ["Jo"]})
    shares = counter.shares()
    assert shares["headline"] == 0.5
    assert shares["body"] == 1.0
    assert shares["published_at"] == 0.5
    assert shares["authors"] == 0.5
    assert PROFILE_SELECTORS not in shares  # no profile-extracted article


def test_check_reports_each_broken_rule() -> None:
    violations = check(
        shares={"headline": 1.0, "published_at": 0.5},
        archived=2,
        found=2,
        rules={"headline": 1.0, "published_at": 0.9},
        min_articles=3,
    )
    assert [(v.rule, v.field) for v in violations] == [("min_articles", None), ("coverage", "published_at")]
    assert violations[1].message == "published_at coverage 50% < 90%"
    assert not check(shares={}, archived=0, found=0, rules={"headline": 1.0}, min_articles=0)


def test_report_paths_stay_inside_the_report_dir(tmp_path: Path) -> None:
    for site in ("../../etc", "..", "a/b", "/abs", "nikkei_asia", "127.0.0.1:8080", "ex ample"):
        path = report_path(tmp_path, site)
        assert path.resolve().is_relative_to(tmp_path.resolve()), (site, path)
        assert path.parent.parent == tmp_path


def test_two_runs_closing_in_the_same_second_keep_both_reports(tmp_path: Path) -> None:
    # Two distributed workers compute the same free name before either writes: the second must not
    # overwrite (or lose) the first one's report.
    from newsarchive.monitoring.paths import report_path, write_new_report

    name = report_path(tmp_path, "nikkei_asia")
    first = write_new_report(name, '{"worker": 1}\n')
    second = write_new_report(name, '{"worker": 2}\n')
    assert first != second
    assert first.read_text() == '{"worker": 1}\n' and second.read_text() == '{"worker": 2}\n'
    assert sorted(p.name for p in first.parent.iterdir()) == sorted([first.name, second.name])
