"""What runs sharing a crawl state and a JOBDIR make of the round-9 probes of
tests/test_crawl_discovery_shapes9.py: a later page of a story met alone in one run, its story re-checked in
the next.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsarchive.demo.server import Request, Resource
from tests.crawlkit import Page
from tests.test_crawl_discovery_shapes6 import front, item, rss
from tests.test_crawl_discovery_shapes7 import crawl, requested, serving
from tests.test_crawl_discovery_shapes8 import assert_whole
from tests.test_extract_unseen_shapes4 import LONG
from tests.test_extract_unseen_shapes5 import PAGINATED, paginated_page

pytestmark = pytest.mark.slow

PAGE2, PAGE3 = f"{PAGINATED}2/", f"{PAGINATED}3/"


def test_a_later_page_in_a_jobdirs_seen_requests_does_not_lose_its_story(run_crawl, tmp_path: Path) -> None:
    """A three-page WordPress story archived from its feed; a run kept in a JOBDIR (`-s JOBDIR=...`, closed
    cleanly, so Scrapy keeps its seen-requests file) from the front, whose "Most read" box links page 2
    alone; then a re-check of the story from the feed, in the same JOBDIR, after an editor reworded its first
    page. Page 2 is in the JOBDIR's `requests.seen` and page 1 is not: the re-check reads the three pages
    into version 2 (the request for page 2 was filtered and the new version lost, unsaid), and the front's
    run archives nothing of page 2 alone. (Since tests/test_crawl_jobdir_cron13.py, the start of the third run
    also forgets the finished second run's seen requests; a JOBDIR resumed after one Ctrl-C still has them,
    and the later page's request is not filtered either way.)"""
    edited = {"first": LONG[0]}

    def first_page(request: Request) -> Resource:
        return Resource(body=paginated_page(1).replace(LONG[0], edited["first"]).encode())

    pages: dict[str, Page] = {
        "/feeds/all.rss": rss(item("{origin}" + PAGINATED, "The long tunnel")),
        "/": front(PAGE2),
        PAGINATED: first_page,
        PAGE2: paginated_page(2),
        PAGE3: paginated_page(3),
    }
    job = {"JOBDIR": tmp_path / "job"}
    with serving(pages) as site:
        archived = crawl(run_crawl, site, "/feeds/all.rss")
        assert_whole(archived.records[0], "The long tunnel", "Marta Greene")
        site.clear_log()
        most_read = run_crawl("article", f"url={site.url('/')}", "sitemaps=no", settings=job)
        assert most_read.returncode in (0, 3), most_read.log_tail()
        assert requested(site, PAGINATED, PAGE2, PAGE3) == [PAGE2], site.requested_paths()
        assert len(most_read.records) == 1 and (tmp_path / "job" / "requests.seen").is_file()
        edited["first"] = LONG[0].replace("Thursday", "Friday")
        rechecked = crawl(
            run_crawl, site, "/feeds/all.rss", settings={**job, "NEWSARCHIVE_STATE_RECHECK_DAYS": 0.000001}
        )
        assert requested(site, PAGINATED, PAGE2, PAGE3) == [PAGINATED, PAGE2, PAGE3], site.requested_paths()
        versions = sorted(rechecked.by_path(PAGINATED), key=lambda r: r["version"])
        assert [r["version"] for r in versions] == [1, 2], rechecked.log_tail()
        assert versions[1]["body"] == [edited["first"], *LONG[1:12]]
        assert rechecked.by_path(PAGE2) == [], rechecked.log_tail()
