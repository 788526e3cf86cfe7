"""A real crawl of a site that sends every kind of hostile response (tests/site/hostile.py).

One `scrapy crawl article` over the whole site (module fixture); each test checks one promise: the crawl
finishes, each case is counted under its reason, the good articles behind trouble are archived with the
right text, nothing binary / empty / undecodable / off-site / robots-disallowed is archived or fetched.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from newsarchive.demo.server import RequestRecord
from newsarchive.http.encoding import mojibake_count
from tests.crawlkit import CrawlResult, DataDirs, run_crawl
from tests.site.hostile import (
    CASES,
    CP1252_AS_UTF8,
    DOUBLE_ENCODED,
    GOOD,
    LIMITS,
    OFFSITE_LINK,
    RATE_LIMITED,
    RETRY_AFTER_SECONDS,
    UNDECODABLE_PATH,
    UTF8_AS_LATIN1,
    HostileSite,
)

MONITORED_ENV = {"SCRAPY_SETTINGS_MODULE": "newsarchive.settings"}


@dataclass(kw_only=True)
class HostileRun:
    result: CrawlResult
    data: DataDirs
    requests: list[RequestRecord]
    offsite_requests: list[RequestRecord]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HostileRun]:
    data = DataDirs.under(tmp_path_factory.mktemp("hostile") / "data")
    site = HostileSite()
    with site.serve() as (server, offsite):
        result = run_crawl(
            "article",
            f"url={server.base_url}/",
            settings={**LIMITS, "NEWSARCHIVE_PROGRESS_INTERVAL": 0},
            data=data,
            env=MONITORED_ENV,
            timeout=180,
        )
        yield HostileRun(
            result=result, data=data, requests=server.requests, offsite_requests=offsite.requests
        )


def _archived_paths(run: HostileRun) -> set[str]:
    return {urlsplit(r["url"]).path for r in run.result.records}


def test_crawl_finishes_cleanly(hostile: HostileRun) -> None:
    result = hostile.result
    assert result.returncode == 0, result.log_tail()
    assert result.stats.get("finish_reason") == "finished", result.log_tail()
    assert result.stats.get("newsarchive/report/status") == "ok", result.log_tail()


@pytest.mark.parametrize("case", [c for c in CASES if c.stat], ids=lambda c: c.path)
def test_each_case_is_counted_under_its_reason(hostile: HostileRun, case: object) -> None:
    stat = case.stat  # type: ignore[attr-defined]
    assert hostile.result.stats.get(stat, 0) >= 1, (
        f"{case.what}: {stat} not counted\n" + hostile.result.log_tail()
    )  # type: ignore[attr-defined]


def test_good_articles_behind_trouble_are_archived(hostile: HostileRun) -> None:
    expected = {c.final_path or c.path for c in CASES if c.archived}
    assert _archived_paths(hostile) == expected, hostile.result.log_tail()


def test_nothing_hostile_is_archived(hostile: HostileRun) -> None:
    hostile_paths = {c.path for c in CASES if not c.archived}
    assert not (_archived_paths(hostile) & hostile_paths)


def test_archived_text_is_clean(hostile: HostileRun) -> None:
    for record in hostile.result.records:
        text = " ".join([record.get("headline") or "", *record.get("body", [])])
        repairs = record["evidence"].get("encoding_repaired", [])
        # bytes no charset reads are shown as a browser shows them, and the record says so
        assert ("\ufffd" in text) == ("invalid_bytes" in repairs), (record["url"], repairs)
        assert mojibake_count(text) == 0, (record["url"], text[:200])
        assert len(record["body"]) >= 2, record["url"]
    repaired = [r for r in hostile.result.records if "cafe-owners" in r["url"]]
    assert len(repaired) == 3
    for record in repaired:
        assert record["headline"].startswith("Café owners"), record["headline"]
        assert "naïve “old town” say it’s the rôle" in " ".join(record["body"])


def test_every_archive_line_is_a_complete_json_object(hostile: HostileRun) -> None:
    files = list(Path(hostile.data.archive).rglob("*.jsonl"))
    assert files
    for path in files:
        raw = path.read_bytes()
        assert raw.endswith(b"\n")
        for line in raw.splitlines():
            assert isinstance(json.loads(line), dict)


def test_robots_disallowed_and_offsite_urls_are_never_fetched(hostile: HostileRun) -> None:
    fetched = {r.path for r in hostile.requests}
    for case in CASES:
        if not case.fetched:
            assert case.path not in fetched
    assert hostile.offsite_requests == [], "the crawl left the site"
    assert OFFSITE_LINK not in fetched


def test_offsite_links_are_counted(hostile: HostileRun) -> None:
    """The home page links to a story on another host: skipped, and counted.

    Fails while ArticleSpider.follow_listing drops off-site page links without counting them (owner:
    spiders; sitemaps and feeds already count `newsarchive/discovery/offsite`).
    """
    stats = hostile.result.stats
    assert stats.get("newsarchive/discovery/offsite", 0) + stats.get("offsite/filtered", 0) >= 1


def test_retry_after_is_honoured(hostile: HostileRun) -> None:
    times = [r.time for r in hostile.requests if r.path == RATE_LIMITED]
    assert len(times) == 2
    assert times[1] - times[0] >= RETRY_AFTER_SECONDS - 0.05


def test_hostile_events_are_logged_once_without_tracebacks(hostile: HostileRun) -> None:
    log = hostile.result.stderr
    for reason in ("binary", "empty_body", "redirect_loop", "offsite_redirect", "encoding_repaired"):
        lines = [line for line in log.splitlines() if re.search(rf"\] (WARNING|INFO): {reason}: ", line)]
        assert len(lines) == 1, (reason, lines)
    assert "Error downloading" not in log  # download failures end as one line, not a traceback


def test_each_hostile_response_is_logged_at_most_once(hostile: HostileRun) -> None:
    """One WARNING/ERROR line per hostile response, not one per layer that saw it.

    Fails while the spider's article errback logs "article request failed: ..." again for responses a
    downloader middleware already refused and logged (owner: spiders).
    """
    lines = [
        line
        for line in hostile.result.stderr.splitlines()
        if re.search(r"\] (WARNING|ERROR): ", line) and "trafilatura" not in line
    ]
    for case in CASES:
        if case.archived or case.stat is None or not case.fetched:
            continue
        # The whole path, not a prefix: a line about /sitemaps/huge.xml.gz is not about /sitemaps/huge.xml.
        mentions = re.compile(re.escape(case.path) + r"(?![\w.-])")
        mentioning = [line for line in lines if mentions.search(line)]
        assert len(mentioning) <= 1, (case.path, mentioning)


def test_repaired_encoding_is_reported(hostile: HostileRun) -> None:
    # wrong charset both ways, invalid bytes, mojibake at the source
    assert hostile.result.stats.get("newsarchive/http/encoding_repaired") == 4
    assert "encoding_repaired: " in hostile.result.stderr
    assert any(UTF8_AS_LATIN1 in r["url"] for r in hostile.result.records)
    records = hostile.result.records
    repairs = {urlsplit(r["url"]).path: r["evidence"].get("encoding_repaired") for r in records}
    assert repairs[CP1252_AS_UTF8] == ["charset"]
    assert repairs[UNDECODABLE_PATH] == ["invalid_bytes"]
    assert repairs[DOUBLE_ENCODED] == ["mojibake"]
    assert repairs[GOOD] is None  # a clean page's record carries no such field
    assert hostile.result.stats.get("newsarchive/encoding/repaired") == 4


def test_run_report_counts_the_hostile_cases(hostile: HostileRun) -> None:
    reports = list(Path(hostile.data.reports).rglob("*.json"))
    assert len(reports) == 1, reports
    report = json.loads(reports[0].read_text(encoding="utf-8"))
    http = report["http"]
    assert http["errors_by_code"]["404"] == 1
    assert http["errors_by_code"]["410"] == 1
    for reason in ("binary", "empty_body", "too_large", "decompression_bomb"):
        assert http["guards"].get(reason, 0) >= 1, reason
    assert http["robots_forbidden"] == 1
    assert report["articles"]["archived"] == len(hostile.result.records)


def test_discovery_documents_never_raise(hostile: HostileRun) -> None:
    """XML bombs, oversized and gzip-bomb sitemaps: handled by discovery, not a spider exception.

    Fails while `newsarchive.discovery` lets XmlTooLarge out of `parse_sitemap` (owner: spiders).
    """
    stats = hostile.result.stats
    raised = {k: v for k, v in stats.items() if k.startswith("spider_exceptions/")}
    assert not raised, raised
