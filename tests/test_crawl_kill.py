"""A crawl killed with SIGKILL mid-run leaves only whole JSON lines; the next run completes the archive."""

from __future__ import annotations

import json
import signal
import time
from collections import Counter
from urllib.parse import urlsplit

import pytest

from newsarchive.demo.subprocess_crawl import FAST_SETTINGS, crawl_command
from tests.crawlhelp import GENERIC_ARTICLES, generic_server
from tests.crawlkit import DataDirs, archive_lines, interrupt_crawl
from tests.site.publisher import Publisher

pytestmark = pytest.mark.slow


def test_sigkill_leaves_whole_lines_and_rerun_archives_each_once(tmp_data: DataDirs, run_crawl) -> None:
    # One server for both runs: the archived URLs (host:port included) must be the same.
    with generic_server(delay=0.5) as site:
        settings = {**FAST_SETTINGS, **tmp_data.settings(), "CONCURRENT_REQUESTS": 2, "LOG_LEVEL": "INFO"}
        cmd = crawl_command("article", args=[f"url={site.url('/')}"], settings=settings)
        status = interrupt_crawl(
            cmd, log=tmp_data.root / "killed.log", ready=lambda: bool(archive_lines(tmp_data.archive))
        )
        assert status == -signal.SIGKILL
        killed = archive_lines(tmp_data.archive)
        assert 1 <= len(killed) < len(GENERIC_ARTICLES), "the kill came too late to test anything"
        for line in killed:
            assert line.endswith(b"\n"), line[-200:]
            assert json.loads(line)["page_type"] == "article"

        site.resolver.delay = 0  # type: ignore[attr-defined]
        result = run_crawl("article", f"url={site.url('/')}")
    assert result.returncode == 0, result.log_tail()
    counts = Counter(urlsplit(json.loads(line)["url"]).path for line in archive_lines(tmp_data.archive))
    assert set(counts) == GENERIC_ARTICLES
    assert set(counts.values()) == {1}, counts


def test_page_fetched_but_not_archived_is_fetched_in_full_next_run(run_crawl) -> None:
    """A kill between extraction (which records the page's ETag) and the archive write left a state record
    with validators but no archived copy. The next run must ask for the page unconditionally: a 304 answer
    would leave the article out of the archive for good."""
    with generic_server() as site:
        # No item pipelines: every article is fetched and its validators recorded, none archived.
        unarchived = run_crawl("article", f"url={site.url('/')}", settings={"ITEM_PIPELINES": {}})
        assert unarchived.returncode == 0, unarchived.log_tail()
        assert unarchived.records == []
        site.clear_log()
        result = run_crawl("article", f"url={site.url('/')}")
        article_requests = [r for r in site.requests if r.path in GENERIC_ARTICLES]
    assert result.returncode == 0, result.log_tail()
    assert {urlsplit(r["url"]).path for r in result.records} == GENERIC_ARTICLES
    assert article_requests and not [r for r in article_requests if "If-None-Match" in r.headers]
    assert {r.status for r in article_requests} == {200}


def test_scheduled_walk_killed_after_page_one_pages_on_next_run(tmp_data: DataDirs, run_crawl) -> None:
    """Killed once page 1 of a front is archived and before page 2 came back: page 1 then lists only known
    articles, and the fronts are the only way to the rest (no feed, no sitemap). The next run must page on
    instead of stopping there; the run after that, with the walk complete, stops at page 1 again."""
    publisher = Publisher(articles=40, per_page=5, fronts_only=True)
    politics = [s.path for s in publisher.newest_first("Politics")]
    assert len(politics) == 20  # four pages
    publisher.path_delays["/Politics?page=2"] = 20.0
    with publisher.serve() as server:
        settings = {
            **FAST_SETTINGS,
            **tmp_data.settings(),
            "NEWSARCHIVE_SPIDER_BASE_URL": server.base_url,
            "LOG_LEVEL": "INFO",
        }
        cmd = crawl_command("nikkei_asia", args=["section=Politics"], settings=settings)
        # Page 2 is held back: once page 1's five articles are archived, the crawl is waiting on it.
        interrupt_crawl(
            cmd, log=tmp_data.root / "killed.log", ready=lambda: len(archive_lines(tmp_data.archive)) >= 5
        )
        killed = {urlsplit(json.loads(line)["url"]).path for line in archive_lines(tmp_data.archive)}
        assert killed == set(politics[:5])
        # The killed crawl's request for page 2 is still held by the server: let it go and wait for its
        # line in the request log, or it would be logged later, during a run below.
        publisher.release_held()
        deadline = time.monotonic() + 10
        while "/Politics?page=2" not in [r.path for r in server.requests] and time.monotonic() < deadline:
            time.sleep(0.05)

        server.clear_log()
        resumed = run_crawl("nikkei_asia", "section=Politics", settings=settings)
        assert resumed.returncode == 0, resumed.log_tail()
        assert resumed.stats["newsarchive/discovery/walk_resumed"] == 1
        fetched = [r.path for r in server.requests]
        assert not set(politics[:5]) & set(fetched)  # page 1's articles were not downloaded again
        counts = Counter(urlsplit(json.loads(line)["url"]).path for line in archive_lines(tmp_data.archive))
        assert set(counts) == set(politics)
        assert set(counts.values()) == {1}, counts

        server.clear_log()
        again = run_crawl("nikkei_asia", "section=Politics", settings=settings)
        assert again.returncode == 0, again.log_tail()
        assert "newsarchive/discovery/walk_resumed" not in again.stats
        assert [r.path for r in server.requests if r.path.startswith("/Politics")] == ["/Politics"]
