"""Backfills of a section (`-a section=S -a since=... [-a until=...]`) against the generated publisher:
exactly the articles published in the window, paging stopped at the boundary, the same state as scheduled
crawls, bad arguments refused at start, and kills (SIGKILL, Ctrl-C) with restarts archiving each once."""

from __future__ import annotations

import json
import signal
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlsplit

import pytest

from newsarchive.demo.subprocess_crawl import FAST_SETTINGS, crawl_command
from tests.crawlkit import DataDirs, archive_lines, interrupt_crawl
from tests.site.publisher import JST, Publisher, Story

pytestmark = pytest.mark.slow

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=JST)


def site() -> Publisher:
    # Politics: 30 stories, one every 12 hours, 5 per front page (6 pages).
    return Publisher(articles=60, per_page=5, interval=timedelta(hours=6), now=NOW)


def utc_day(story: Story) -> date:
    return story.published.astimezone(UTC).date()


def in_window(publisher: Publisher, section: str, since: date, until: date | None) -> set[str]:
    return {
        s.path
        for s in publisher.stories
        if s.section == section and since <= utc_day(s) and (until is None or utc_day(s) <= until)
    }


def window_of(publisher: Publisher) -> tuple[date, date]:
    """A window in the middle of Politics' listing: the days of its 8th to 17th newest stories."""
    politics = publisher.newest_first("Politics")
    return utc_day(politics[16]), utc_day(politics[7])


def front_pages_requested(requests, section: str) -> set[int]:
    pages = set()
    for r in requests:
        parts = urlsplit(r.path)
        if parts.path == f"/{section}":
            pages.add(int(parts.query.removeprefix("page=")) if parts.query else 1)
    return pages


def test_backfill_archives_the_window_and_stops_paging_at_since(run_crawl) -> None:
    publisher = site()
    since, until = window_of(publisher)
    expected = in_window(publisher, "Politics", since, until)
    assert 8 <= len(expected) <= 14
    with publisher.serve() as server:
        settings = {"NEWSARCHIVE_SPIDER_BASE_URL": server.base_url}
        result = run_crawl(
            "nikkei_asia", "section=Politics", f"since={since}", f"until={until}", settings=settings
        )
        assert result.returncode == 0, result.log_tail()
        paths = [urlsplit(r["url"]).path for r in result.records]
        assert sorted(paths) == sorted(expected), result.log_tail()

        # Paging stopped at the first page made only of older stories: that page was read, the next not.
        politics = publisher.newest_first("Politics")
        older = [i for i, s in enumerate(politics) if utc_day(s) < since]
        stop_page = older[0] // publisher.per_page + 1
        if older[0] % publisher.per_page:
            stop_page += 1  # the first older story shares a page with in-window ones
        assert front_pages_requested(server.requests, "Politics") == set(range(1, stop_page + 1))
        assert stop_page < publisher.front_pages("Politics")
        assert result.stats["newsarchive/discovery/listing_stop/older_than_since"] == 1
        # Other sections were not crawled, and no article outside the section was fetched.
        fetched = [urlsplit(r.path).path for r in server.requests]
        assert not [p for p in fetched if p.startswith(("/Business", "/Economy"))]

        # A scheduled crawl afterwards archives the rest, never what the backfill archived, and vice versa.
        scheduled = run_crawl("nikkei_asia", settings=settings)
        assert scheduled.returncode == 0, scheduled.log_tail()
        counts = Counter(urlsplit(r["url"]).path for r in scheduled.records)
        assert set(counts) == {s.path for s in publisher.stories} and set(counts.values()) == {1}
        server.clear_log()
        again = run_crawl("nikkei_asia", "section=Politics", f"since={since}", settings=settings)
        assert again.returncode == 0, again.log_tail()
        assert len(again.records) == len(scheduled.records)
        assert not [r for r in server.requests if publisher.by_path(r.path) and r.status == 200]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("since=2024-13-01",), "argument since: expected a date YYYY-MM-DD, got '2024-13-01'"),
        (("since=yesterday",), "argument since: expected a date YYYY-MM-DD"),
        (("since=2024-05-10", "until=2024-05-01"), "argument since: 2024-05-10 is after until 2024-05-01"),
        (("until=2024-05-01",), "argument until: needs since"),
        (("section=Sport", "since=2024-05-01"), "argument section: unknown value 'Sport'"),
    ],
)
def test_bad_backfill_arguments_fail_at_start_with_one_line(run_crawl, args, message) -> None:
    result = run_crawl("nikkei_asia", *args, settings={"LOG_LEVEL": "WARNING"})
    assert result.returncode == 2, result.log_tail()
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("scrapy crawl nikkei_asia: error: " + message), lines[0]


def test_article_spider_accepts_a_window_too(run_crawl) -> None:
    result = run_crawl("article", "url=http://127.0.0.1:1/", "since=2024-05-10", "until=2024-05-01",
                       settings={"LOG_LEVEL": "WARNING"})  # fmt: skip
    assert result.returncode == 2
    assert "argument since: 2024-05-10 is after until 2024-05-01" in result.stderr


@pytest.mark.parametrize("jobdir", [False, True], ids=["no-jobdir", "jobdir"])
def test_backfill_killed_and_restarted_archives_each_once(
    tmp_data: DataDirs, run_crawl, jobdir: bool
) -> None:
    publisher = site()
    since, until = window_of(publisher)
    expected = in_window(publisher, "Politics", since, until)
    publisher.article_delay = 0.4
    with publisher.serve() as server:
        settings: dict[str, object] = {
            **FAST_SETTINGS,
            **tmp_data.settings(),
            "NEWSARCHIVE_SPIDER_BASE_URL": server.base_url,
            "CONCURRENT_REQUESTS": 2,
            "LOG_LEVEL": "INFO",
        }
        if jobdir:
            settings["JOBDIR"] = tmp_data.root / "job"
        args = ["section=Politics", f"since={since}", f"until={until}"]
        cmd = crawl_command("nikkei_asia", args=args, settings=settings)
        # Kill when the archive holds 1, then 3, then 6 lines: SIGKILL, Ctrl-C (SIGINT), SIGKILL.
        for target, sig in ((1, signal.SIGKILL), (3, signal.SIGINT), (6, signal.SIGKILL)):
            interrupt_crawl(
                cmd,
                log=tmp_data.root / f"killed-{target}.log",
                ready=lambda target=target: len(archive_lines(tmp_data.archive)) >= target,
                sig=sig,
                may_finish=True,  # asserted below, with a clearer message
            )
            lines = archive_lines(tmp_data.archive)
            assert all(line.endswith(b"\n") for line in lines)
            assert len(lines) < len(expected), "the crawl finished before the kill"
        publisher.article_delay = 0
        final = run_crawl("nikkei_asia", *args, settings=settings)
    assert final.returncode == 0, final.log_tail()
    lines = archive_lines(tmp_data.archive)
    assert all(line.endswith(b"\n") for line in lines)
    counts = Counter(urlsplit(json.loads(line)["url"]).path for line in lines)
    assert set(counts) == expected
    assert set(counts.values()) == {1}, counts
