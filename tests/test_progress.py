"""Progress lines on long crawls: a real crawl against a slow site, and the line format itself."""

from __future__ import annotations

import re
from datetime import date

from newsarchive.monitoring.progress import Snapshot, as_date, progress_line
from tests.crawlhelp import generic_server
from tests.crawlkit import DataDirs, run_crawl

MONITORED_ENV = {"SCRAPY_SETTINGS_MODULE": "newsarchive.settings"}
LINE = re.compile(
    r"INFO: Progress 127\.0\.0\.1: \d+ pages \(\+\d+, \d+/min\), "
    r"\d+ articles \(\+\d+, \d+/min\), \d+ errors, \d+ queued$"
)


def test_slow_crawl_logs_progress_at_the_interval(tmp_data: DataDirs) -> None:
    # Article pages take 0.5 s each, so the crawl outlasts several 0.2 s intervals whatever the machine.
    with generic_server(delay=0.5) as server:
        result = run_crawl(
            "article",
            f"url={server.base_url}/",
            "sitemaps=no",
            settings={"NEWSARCHIVE_PROGRESS_INTERVAL": 0.2, "CONCURRENT_REQUESTS": 1},
            data=tmp_data,
            env=MONITORED_ENV,
        )
    assert result.returncode == 0, result.log_tail()
    lines = [line for line in result.stderr.splitlines() if "] INFO: Progress " in line]
    assert len(lines) >= 2, result.log_tail()
    assert all(LINE.search(line) for line in lines), lines
    last = re.search(r"(\d+) articles", lines[-1])
    assert last and int(last.group(1)) <= len(result.records)


def test_progress_disabled_with_zero_interval(tmp_data: DataDirs) -> None:
    with generic_server() as server:
        result = run_crawl(
            "article",
            f"url={server.base_url}/",
            "sitemaps=no",
            "depth=0",
            settings={"NEWSARCHIVE_PROGRESS_INTERVAL": 0, "NEWSARCHIVE_REPORT_MIN_ARTICLES": 0},
            data=tmp_data,
            env=MONITORED_ENV,
        )
    assert result.returncode == 0, result.log_tail()
    assert "Progress " not in result.stderr


def test_line_with_backfill_target() -> None:
    snap = Snapshot(
        site="nikkei_asia",
        pages=130,
        articles=40,
        errors=2,
        queued=17,
        elapsed=60.0,
        pages_before=100,
        articles_before=30,
        since=date(2024, 1, 1),
        reached=date(2024, 3, 2),
    )
    assert progress_line(snap) == (
        "Progress nikkei_asia: 130 pages (+30, 30/min), 40 articles (+10, 10/min), 2 errors, 17 queued; "
        "backfill reached 2024-03-02 (since 2024-01-01, 61 days to go)"
    )
    snap.reached = date(2023, 12, 30)
    assert progress_line(snap).endswith("backfill reached 2023-12-30 (since 2024-01-01, done)")
    snap.reached = None
    assert progress_line(snap).endswith("backfill: no dated article yet (since 2024-01-01)")


def test_as_date_reads_spider_since_values() -> None:
    assert as_date("2024-05-01") == date(2024, 5, 1)
    assert as_date("2024-05-01T23:30:00-05:00") == date(2024, 5, 1)
    assert as_date(date(2024, 5, 1)) == date(2024, 5, 1)
    assert as_date("yesterday") is None
    assert as_date(None) is None


BACKFILL = re.compile(
    r"; backfill(?: reached (\d{4}-\d{2}-\d{2}) \(since 2024-05-15, (?:\d+ days to go|done)\)"
    r"|: no dated article yet \(since 2024-05-15\))$"
)


def test_backfill_progress_reports_the_date_reached_against_since(tmp_data: DataDirs) -> None:
    """A backfill (`-a since=`) exposes `spider.since`; the progress line reads it."""
    with generic_server(delay=0.5) as server:
        result = run_crawl(
            "article",
            f"url={server.base_url}/",
            "sitemaps=no",
            "since=2024-05-15",
            settings={
                "NEWSARCHIVE_PROGRESS_INTERVAL": 0.2,
                "CONCURRENT_REQUESTS": 1,
                "NEWSARCHIVE_REPORT_MIN_ARTICLES": 0,
            },
            data=tmp_data,
            env=MONITORED_ENV,
        )
    assert result.returncode == 0, result.log_tail()
    published = sorted(as_date(r["published_at"]) for r in result.records)
    assert published and published[0] >= date(2024, 5, 15), published
    lines = [line for line in result.stderr.splitlines() if "] INFO: Progress " in line]
    assert len(lines) >= 2, result.log_tail()
    matches = [BACKFILL.search(line) for line in lines]
    assert all(matches), lines
    reached = [date.fromisoformat(m.group(1)) for m in matches if m and m.group(1)]
    assert reached, lines  # the crawl outlasts several intervals after its first article
    # The oldest date reached only moves back, and never past what was archived.
    assert reached == sorted(reached, reverse=True)
    assert reached[-1] >= published[0]
