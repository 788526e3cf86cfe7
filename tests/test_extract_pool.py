"""Extraction in worker processes: same records as in-process, a crash costs one page only."""

from __future__ import annotations

import json
import os
import re
import signal
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from newsarchive.demo.server import SiteServer
from newsarchive.extract import extract_article
from newsarchive.extract_pool.middleware import worker_count
from newsarchive.extract_pool.pool import (
    ProcessPool,
    WorkerCrashed,
    WorkerError,
    available_cores,
    tune_malloc,
)
from tests.crawlhelp import GENERIC_ARTICLES, generic_server
from tests.crawlkit import CrawlResult, DataDirs, archive_lines, run_crawl
from tests.pool_spiders import KILLED, RAISES

FIXTURE = Path(__file__).resolve().parent / "fixtures"
_FETCHED_AT = re.compile(rb'"fetched_at": ?"[^"]*"')


# --- the pool on its own ----------------------------------------------------------------------------------


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _exit() -> None:
    raise SystemExit(3)


def _pid() -> int:
    return os.getpid()


def test_pool_runs_calls_and_replaces_a_killed_worker() -> None:
    pool = ProcessPool(1, timeout=30)
    try:
        first = pool.call(_pid)
        assert first != os.getpid()
        assert pool.call(_pid) == first  # one worker, reused
        with pytest.raises(WorkerCrashed):
            pool.call(_die)
        second = pool.call(_pid)
        assert second not in (first, os.getpid())
        with pytest.raises(WorkerError, match="SystemExit"):
            pool.call(_exit)
        assert pool.call(_pid) == second  # a raising call leaves its worker alive
        assert pool.started == 2
    finally:
        pool.close()


def _die_soon() -> None:
    time.sleep(0.5)
    _die()


def test_a_call_queued_behind_a_crash_runs_on_a_fresh_worker() -> None:
    pool = ProcessPool(1, timeout=30, depth=2)
    try:
        pool.start()
        with ThreadPoolExecutor(2) as executor:
            crashing = executor.submit(pool.call, _die_soon)
            time.sleep(0.2)  # queued in the same worker's pipe, behind the crashing call
            queued = executor.submit(pool.call, _pid)
            with pytest.raises(WorkerCrashed):
                crashing.result(timeout=30)
            assert queued.result(timeout=30) not in (0, os.getpid())
        assert pool.started == 2
    finally:
        pool.close()


def test_pool_replaces_a_worker_that_overruns_the_timeout() -> None:
    pool = ProcessPool(1, timeout=0.5)
    try:
        with pytest.raises(WorkerCrashed, match="no answer"):
            pool.call(time.sleep, 30)
        assert pool.call(sum, [1, 2]) == 3
    finally:
        pool.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_malloc_is_tuned_on_linux() -> None:
    assert tune_malloc()


def test_worker_count_setting() -> None:
    assert worker_count(None) == worker_count("auto") == available_cores()
    assert worker_count("0") == 0
    assert worker_count(3) == 3
    with pytest.raises(ValueError, match="NEWSARCHIVE_EXTRACT_WORKERS"):
        worker_count("many")


def test_pooled_extraction_equals_in_process() -> None:
    pages = sorted(p for p in FIXTURE.glob("*/*/page.html") if (p.parent / "meta.json").exists())[:8]
    assert pages
    pool = ProcessPool(2, timeout=60)
    try:
        for page in pages:
            html = page.read_bytes()
            url = json.loads((page.parent / "meta.json").read_text(encoding="utf-8"))["url"]
            options = {"fetched_at": "2026-01-01T00:00:00+00:00"}
            assert pool.call(extract_article, html, url, **options) == extract_article(html, url, **options)
    finally:
        pool.close()


# --- crawls -----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def site() -> Iterator[SiteServer]:
    with generic_server() as server:
        yield server


def _lines_without_fetched_at(archive: Path) -> list[bytes]:
    return sorted(_FETCHED_AT.sub(b'"fetched_at": null', line) for line in archive_lines(archive))


@pytest.mark.slow
@pytest.mark.parametrize("spider", ["article", "nikkei_asia"])
def test_records_are_byte_identical_with_the_pool_on_and_off(
    tmp_path: Path, site: SiteServer, demo_site: SiteServer, spider: str
) -> None:
    results: dict[str, CrawlResult] = {}
    for workers in ("0", "2"):
        data = DataDirs.under(tmp_path / f"workers-{workers}")
        settings: dict[str, object] = {"NEWSARCHIVE_EXTRACT_WORKERS": workers}
        args: list[str] = []
        if spider == "article":
            args.append(f"url={site.url('/')}")
        else:
            settings["NEWSARCHIVE_SPIDER_BASE_URL"] = demo_site.base_url
        result = run_crawl(spider, *args, settings=settings, data=data)
        assert result.returncode == 0, result.log_tail()
        results[workers] = result
    assert "newsarchive/extract/pooled" not in results["0"].stats
    assert results["2"].stats.get("newsarchive/extract/pooled", 0) >= len(results["2"].records) > 0
    assert results["2"].stats.get("newsarchive/extract/workers") == 2
    off = _lines_without_fetched_at(tmp_path / "workers-0" / "archive")
    on = _lines_without_fetched_at(tmp_path / "workers-2" / "archive")
    assert on == off


@pytest.mark.slow
def test_a_crash_in_extraction_costs_that_page_only(tmp_data: DataDirs, site: SiteServer) -> None:
    settings: dict[str, object] = {
        "NEWSARCHIVE_EXTRACT_WORKERS": 2,
        "SPIDER_MODULES": "newsarchive.spiders,tests.pool_spiders",
    }
    result = run_crawl("article_crashing", f"url={site.url('/')}", settings=settings, data=tmp_data)
    stats = result.stats
    assert stats.get("finish_reason") == "finished", result.log_tail()
    # Each bad page: the first attempt, one retry in a fresh worker, then given up.
    assert stats.get("newsarchive/extract/worker_crashes") == 2, result.log_tail()
    assert stats.get("newsarchive/extract/worker_errors") == 2, result.log_tail()
    assert stats.get("newsarchive/extract/failed") == 2
    assert stats.get("newsarchive/spider/article_errors", 0) >= 2
    archived = sorted(r["url"].split(site.base_url, 1)[1] for r in result.records)
    assert archived == sorted(p for p in GENERIC_ARTICLES if KILLED not in p and RAISES not in p)
    assert "giving up on the page" in result.stderr

    # The state does not know the two pages: the next run fetches and archives them (and only them).
    again = run_crawl("article", f"url={site.url('/')}", data=tmp_data)
    assert again.returncode == 0, again.log_tail()
    added = sorted(r["url"].split(site.base_url, 1)[1] for r in again.records if r not in result.records)
    assert added == sorted(p for p in GENERIC_ARTICLES if KILLED in p or RAISES in p)
