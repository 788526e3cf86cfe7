"""A cron job that keeps one `JOBDIR` for every run of a site (`-s JOBDIR=data/job/<site>`, as Scrapy's docs
show for pausing and resuming a crawl): what the second run still fetches. Scrapy keeps a finished run's
seen-requests file (`requests.seen`) in the JOBDIR, and its duplicate filter reads it back at the next
start: without care, every URL the first run asked for would be filtered in every later run (an article's
re-check, a front's second page, a 404 asked for again after its interval). A finished run leaves nothing to
resume, so the next start drops that file; a run stopped cleanly half-way (one Ctrl-C) keeps it and resumes.

Hand-built pages in the common CMS shape of tests/test_crawl_discovery_shapes6.py, served from 127.0.0.1.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scrapy.statscollectors import StatsCollector
from scrapy.utils.test import get_crawler

from newsarchive.demo.server import Request, Resource
from newsarchive.monitoring.running import JOBDIR_MARKER
from newsarchive.spiders.extensions.jobdir import JobdirGuard
from tests.crawlkit import Page
from tests.test_crawl_discovery_shapes6 import item, rss, story
from tests.test_crawl_discovery_shapes7 import crawl, requested, serving

pytestmark = pytest.mark.slow

STORY = "/local/2025/03/04/council-budget-approved"
FRESH = "/local/2025/03/05/ferry-timetable-changes"


def test_a_finished_runs_seen_requests_do_not_stop_the_next_runs_recheck(run_crawl, tmp_path: Path) -> None:
    """Two cron runs of `scrapy crawl article -a url=<feed> -s JOBDIR=...` with the re-check period passed
    between them, after the editor changed the story: the second run asks for the story again (a
    conditional request) and archives version 2, and it also fetches the story the feed added."""
    title = {"now": "Council approves the budget"}

    def changing(request: Request) -> Resource:
        return Resource(body=story(title["now"]).encode())

    pages: dict[str, Page] = {"/feeds/local.rss": rss(item("{origin}" + STORY, "Budget"))}
    pages[STORY] = changing
    job = tmp_path / "job"
    settings = {"JOBDIR": job, "NEWSARCHIVE_STATE_RECHECK_DAYS": 0.000001}
    with serving(pages) as site:
        first = crawl(run_crawl, site, "/feeds/local.rss", settings=settings)
        assert [r["headline"] for r in first.records] == [title["now"]]
        assert (job / "requests.seen").is_file()
        assert json.loads((job / JOBDIR_MARKER).read_text())["reason"] == "finished"
        title["now"] = "Council approves the budget after a late amendment"
        pages["/feeds/local.rss"] = rss(item("{origin}" + STORY, "Budget"), item("{origin}" + FRESH, "Ferry"))
        pages[FRESH] = story("Ferry timetable changes for the winter")
        second = crawl(run_crawl, site, "/feeds/local.rss", settings=settings)
        assert sorted(requested(site, STORY, FRESH)) == sorted([STORY, FRESH]), site.requested_paths()
        versions = sorted(second.by_path(STORY) or [], key=lambda r: r["version"])
        assert [r["version"] for r in versions] == [1, 2], second.log_tail()
        assert versions[1]["headline"] == title["now"]


def test_a_404_is_asked_for_again_after_its_interval_under_a_kept_jobdir(run_crawl, tmp_path: Path) -> None:
    """A feed listing a story whose page is not live yet (a 404: a scheduled post listed early), two cron
    runs in one JOBDIR with the 404's retry interval passed between them: the second run asks again and
    archives the story, now live (before, the first run's seen-requests file filtered the request)."""
    pages: dict[str, Page] = {"/feeds/local.rss": rss(item("{origin}" + FRESH, "Ferry"))}
    settings = {"JOBDIR": tmp_path / "job", "NEWSARCHIVE_STATE_NOT_FOUND_RETRY_DAYS": 0.000001}
    with serving(pages) as site:
        first = run_crawl("article", f"url={site.url('/feeds/local.rss')}", settings=settings)
        # exit status 3: the run's report rule "too few articles" (none yet)
        assert first.returncode == 3 and first.records == [], first.log_tail()
        assert requested(site, FRESH) == [FRESH], site.requested_paths()
        pages[FRESH] = story("Ferry timetable changes for the winter")
        second = crawl(run_crawl, site, "/feeds/local.rss", settings=settings)
        assert requested(site, FRESH) == [FRESH], site.requested_paths()
        assert [r["headline"] for r in second.records] == ["Ferry timetable changes for the winter"]


@pytest.mark.parametrize(
    ("reason", "kept"), [("finished", False), ("shutdown", True)], ids=["finished", "one-ctrl-c"]
)
def test_only_a_finished_runs_queue_files_are_removed_at_the_next_start(
    tmp_path: Path, reason: str, kept: bool
) -> None:
    """The guard's decision alone, on the files a cleanly closed run leaves: a finished run's are removed,
    a run stopped with one Ctrl-C keeps its queue and seen requests for Scrapy to resume."""
    job = tmp_path / "job"
    (job / "requests.queue").mkdir(parents=True)
    (job / "requests.queue" / "active.json").write_text("[]", encoding="utf-8")
    (job / "requests.seen").write_text("0f1e2d\n", encoding="utf-8")
    (job / JOBDIR_MARKER).write_text(json.dumps({"state": "closed", "reason": reason}), encoding="utf-8")
    guard = JobdirGuard(job, StatsCollector(get_crawler()))
    assert guard.clear_finished_queue() is not kept
    assert guard.discard_unclean_queue() is False
    assert (job / "requests.seen").exists() is kept and (job / "requests.queue").exists() is kept
