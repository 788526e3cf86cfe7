"""State probes, round 10: what the next cron run makes of the last one, when a run was bounded by a
CLOSESPIDER_* limit in a kept JOBDIR, when a backfill meets a sitemap index whose `lastmod` went stale, and
when the list of tracking parameters grew under a state that knows the tagged URL.

Hand-built pages in the common CMS shape of tests/test_crawl_discovery_shapes6.py, served from 127.0.0.1 and
crawled for real (archive, stats, log and the server's request log read back).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsarchive.monitoring.running import JOBDIR_MARKER
from tests.crawlkit import Page, paths_of
from tests.test_crawl_discovery_shapes6 import item, rss, story, xml
from tests.test_crawl_discovery_shapes7 import requested, serving

pytestmark = pytest.mark.slow

STORIES = tuple(f"/local/2025/03/04/council-item-{n}" for n in range(1, 7))


@pytest.mark.parametrize(
    ("limit", "reason"),
    [
        ({"CLOSESPIDER_ITEMCOUNT": 2}, "closespider_itemcount"),
        ({"CLOSESPIDER_PAGECOUNT": 3}, "closespider_pagecount"),
    ],
    ids=["itemcount", "pagecount"],
)
def test_a_run_closed_by_a_closespider_limit_is_a_clean_stop_that_the_next_run_resumes(
    run_crawl, tmp_path: Path, limit: dict[str, int], reason: str
) -> None:
    """A cron job bounding each run (`-s CLOSESPIDER_ITEMCOUNT=2`, `-s CLOSESPIDER_PAGECOUNT=3`) in a kept
    JOBDIR, one request at a time: the first run stops at its limit, cleanly; the next start neither warns
    that the run "did not stop cleanly" nor discards its queue (it did both: the marker still said
    "running"), it says the queue is resumed, and with the second run every story of the feed is archived,
    once."""
    pages: dict[str, Page] = {path: story(f"Council item {path[-1]}") for path in STORIES}
    pages["/feeds/local.rss"] = rss(*(item("{origin}" + path, "Council") for path in STORIES))
    job = tmp_path / "job"
    settings = {"JOBDIR": job, "CONCURRENT_REQUESTS": 1, "NEWSARCHIVE_EXTRACT_WORKERS": 0, **limit}
    with serving(pages) as site:
        first = run_crawl("article", f"url={site.url('/feeds/local.rss')}", settings=settings)
        assert first.returncode == 0 and first.stats.get("finish_reason") == reason, first.log_tail()
        assert 0 < len(first.records) < len(STORIES), first.log_tail()
        assert json.loads((job / JOBDIR_MARKER).read_text())["reason"] == reason
        site.clear_log()
        second = run_crawl(
            "article", f"url={site.url('/feeds/local.rss')}", settings={**settings, **dict.fromkeys(limit, 0)}
        )
        assert second.returncode == 0 and "did not stop cleanly" not in second.stderr, second.log_tail()
        assert second.stats.get("newsarchive/state/jobdir_discarded") is None, second.log_tail()
        assert f"stopped cleanly ({reason})" in second.stderr, second.log_tail()
        assert paths_of(second.records) == sorted(STORIES), second.log_tail()
        archived_first = set(paths_of(first.records))
        assert not archived_first & set(requested(site, *STORIES)), site.requested_paths()


# --- a backfill and a sitemap index whose lastmod went stale ---
SITEMAP_INDEX = "/sitemap_index.xml"
CHILD = "/post-sitemap.xml"
EARLY = "/local/2025/03/03/market-hall-reopens"
LATE = "/local/2025/03/05/tram-line-extended"


def index(lastmod: str) -> Page:
    """A Yoast-style sitemap index: one child sitemap of posts, dated by the index."""
    return xml(
        '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{{origin}}{CHILD}</loc><lastmod>{lastmod}</lastmod></sitemap></sitemapindex>"
    )


def urlset(*entries: tuple[str, str]) -> Page:
    return xml(
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(
            f"<url><loc>{{origin}}{path}</loc><lastmod>{when}</lastmod></url>" for path, when in entries
        )
        + "</urlset>"
    )


def test_a_backfill_reads_a_child_sitemap_whose_index_lastmod_is_older_than_its_window(run_crawl) -> None:
    """A WordPress site whose SEO plugin dates the sitemap index at its last rebuild (2025-03-03) while the
    post sitemap under it gains a story two days later. A scheduled run from the index reads the child (and
    notes its lastmod); a backfill by hand, `-a since=2025-03-01`, of the same index then reads the child
    again and archives the new story (it skipped the child as "unchanged" on the index's word, and the
    backfill archived nothing). A scheduled run still trusts the index for the re-check period, and so does
    a backfill whose window ends before the index's lastmod."""
    stale = "2025-03-03T10:00:00+00:00"
    pages: dict[str, Page] = {
        SITEMAP_INDEX: index(stale),
        CHILD: urlset((EARLY, stale)),
        EARLY: story("Market hall reopens", published="2025-03-03T09:30:00+00:00"),
        LATE: story("Tram line extended", published="2025-03-05T09:30:00+00:00"),
    }
    with serving(pages) as site:
        scheduled = run_crawl("article", f"url={site.url(SITEMAP_INDEX)}")
        assert scheduled.returncode == 0 and paths_of(scheduled.records) == [EARLY], scheduled.log_tail()
        pages[CHILD] = urlset((EARLY, stale), (LATE, "2025-03-05T10:00:00+00:00"))
        site.clear_log()
        # (the index read again is the subject, not its 304: tests/test_crawl_state_shapes11.py)
        again = run_crawl(
            "article",
            f"url={site.url(SITEMAP_INDEX)}",
            settings={"NEWSARCHIVE_STATE_DISCOVERY_CONDITIONAL": False},
        )
        assert requested(site, CHILD) == [], site.requested_paths()  # (what a scheduled run does, as before)
        assert again.stats.get("newsarchive/discovery/sitemaps_unchanged") == 1, again.log_tail()
        site.clear_log()
        backfill = run_crawl("article", f"url={site.url(SITEMAP_INDEX)}", "since=2025-03-01")
        assert backfill.returncode == 0, backfill.log_tail()
        assert requested(site, CHILD, EARLY, LATE) == [CHILD, LATE], site.requested_paths()
        assert paths_of(backfill.records) == sorted([EARLY, LATE]), backfill.log_tail()
        site.clear_log()
        # a backfill whose window ends before the index's lastmod: the child's version covers it, skipped
        bounded = run_crawl(
            "article", f"url={site.url(SITEMAP_INDEX)}", "since=2025-03-01", "until=2025-03-02"
        )
        assert requested(site, CHILD) == [], site.requested_paths()
        assert bounded.stats.get("newsarchive/discovery/sitemaps_unchanged") == 1, bounded.log_tail()
