"""Rejects: every page judged away is kept beside the archive, counted, re-checked like an archived page by
later runs, and can be re-admitted exactly once. Real crawls of the bundled demo site on a local server."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers_pipelines import close_crawl, crawler_for, make_article

from newsarchive.demo.server import SiteServer
from newsarchive.exceptions import BodyTooShort, Duplicate
from newsarchive.rejects.extension import RejectsExtension
from newsarchive.state import CrawlState
from tests.crawlkit import PROJECT_DIR, DataDirs, crawl_env
from tests.fixtures.extract_helpers import DEMO_SITE

SPONSORED = "/Sponsored-content/Discover-the-future-of-smart-cities-in-Singapore"
CONDITIONAL = ("If-None-Match", "If-Modified-Since")


def _rejects(archive: Path) -> list[dict]:
    return [
        json.loads(line)
        for path in sorted((archive / "nikkei_asia" / "_rejected").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]


def _command(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsarchive", *args],
        cwd=PROJECT_DIR,
        env=crawl_env(None),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_dropped_page_is_kept_rechecked_conditionally_and_readmitted_once(
    run_crawl: Callable, tmp_data: DataDirs
) -> None:
    with SiteServer(DEMO_SITE, rewrite_origin="https://asia.nikkei.com") as site:
        settings = {"NEWSARCHIVE_SPIDER_BASE_URL": site.base_url}
        first = run_crawl("nikkei_asia", settings=settings)
        assert first.returncode == 0, first.log_tail()
        assert first.drops.get("Sponsored") == 1
        assert first.stats["newsarchive/rejects/written/Sponsored"] == 1
        assert [r for r in site.requests if r.path == SPONSORED]

        # a scheduled re-run inside the recheck period: the dropped page is not downloaded again
        site.clear_log()
        second = run_crawl("nikkei_asia", settings=settings)
        assert second.returncode == 0, second.log_tail()
        unconditional = [
            r for r in site.requests if r.path == SPONSORED and not any(h in r.headers for h in CONDITIONAL)
        ]
        assert unconditional == []

        # after the recheck period: a conditional request, answered 304, no second reject line
        site.clear_log()
        third = run_crawl("nikkei_asia", settings={**settings, "NEWSARCHIVE_STATE_RECHECK_DAYS": "0.000001"})
        assert third.returncode == 0, third.log_tail()
        rechecks = [r for r in site.requests if r.path == SPONSORED]
        assert rechecks and all(any(h in r.headers for h in CONDITIONAL) for r in rechecks), rechecks
        assert {r.status for r in rechecks} == {304}

    (reject,) = _rejects(tmp_data.archive)
    assert reject["drop_reason"] == "Sponsored" and reject["url"].endswith(SPONSORED)
    assert reject["headline"] == "Discover the future of smart cities in Singapore" and reject["body"]
    with CrawlState.open(tmp_data.state, "nikkei_asia") as state:
        remembered = state.get(reject["url"])
        assert remembered is not None and remembered.drop_reason == "Sponsored"
        assert remembered.etag or remembered.last_modified

    stats = _command("stats", str(tmp_data.archive / "nikkei_asia"), "--json")
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["rejects"] == {"total": 1, "by_reason": {"Sponsored": 1}}

    archived = len(first.records)
    readmit = _command("readmit", str(tmp_data.archive / "nikkei_asia"), "--reason", "Sponsored")
    assert readmit.returncode == 0, readmit.stderr
    assert "1 readmitted" in readmit.stdout
    again = _command("readmit", str(tmp_data.archive / "nikkei_asia"), "--url", reject["url"])
    assert again.returncode == 0, again.stderr
    assert "0 readmitted, 1 already in the archive" in again.stdout
    records = [
        json.loads(line)
        for path in sorted((tmp_data.archive / "nikkei_asia").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert len(records) == archived + 1
    (readmitted,) = [r for r in records if r["url"] == reject["url"]]
    assert "drop_reason" not in readmitted and readmitted["version"] == 1

    # the next crawl knows it as archived (reconciled from the archive) and archives nothing again
    fourth = run_crawl("nikkei_asia", settings={"NEWSARCHIVE_SPIDER_BASE_URL": "http://127.0.0.1:9"})
    assert fourth.stats.get("newsarchive/archive/written", 0) == 0
    with CrawlState.open(tmp_data.state, "nikkei_asia") as state:
        known = state.get(reject["url"])
        assert known is not None and known.archived and known.drop_reason is None


@pytest.mark.slow
def test_rejects_setting_turns_them_off(
    demo_site: SiteServer, run_crawl: Callable, tmp_data: DataDirs
) -> None:
    result = run_crawl(
        "nikkei_asia",
        settings={"NEWSARCHIVE_SPIDER_BASE_URL": demo_site.base_url, "NEWSARCHIVE_REJECTS_ENABLED": "False"},
    )
    assert result.returncode == 0, result.log_tail()
    assert result.drops.get("Sponsored") == 1
    assert not (tmp_data.archive / "nikkei_asia" / "_rejected").exists()
    assert "newsarchive/rejects/written" not in result.stats


def test_rejects_extension_keeps_judgments_not_duplicates(tmp_path: Path) -> None:
    crawler = crawler_for(tmp_path)
    extension = RejectsExtension.from_crawler(crawler)
    article = make_article(url="https://asia.nikkei.com/Politics/short", body=["Too short."])
    extension.item_dropped(article, None, BodyTooShort("short"))
    extension.item_dropped(article, None, Duplicate("unchanged"))
    extension.item_dropped(make_article(headline=None, body=[]), None, BodyTooShort("empty"))
    close_crawl(crawler)
    lines = [
        json.loads(line)
        for path in (tmp_path / "archive").rglob("*.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert [(r["url"], r["drop_reason"]) for r in lines] == [(article.url, "BodyTooShort")]
    assert crawler.stats.get_value("newsarchive/rejects/written/BodyTooShort") == 1


def test_rejects_write_failure_is_counted(tmp_path: Path) -> None:
    blocker = tmp_path / "archive"
    blocker.write_text("not a folder")  # the rejects folder cannot be created under a file
    crawler = crawler_for(tmp_path)
    extension = RejectsExtension.from_crawler(crawler)
    extension.item_dropped(make_article(), None, BodyTooShort("short"))
    assert crawler.stats.get_value("newsarchive/rejects/write_errors") == 1
    assert crawler.stats.get_value("newsarchive/rejects/written") is None
