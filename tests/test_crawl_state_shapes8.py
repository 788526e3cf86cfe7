"""What the crawl state holds after the round-8 probes of tests/test_crawl_discovery_shapes8.py: a story
joined from several pages is known under its first page alone, a cookie-consent wall leaves nothing behind
(so the next run asks for the story again), and a re-check of a joined story that finds its first page
changed reads its pages again into one new version.
"""

from __future__ import annotations

import pytest

from newsarchive.demo.server import Request, Resource
from newsarchive.state.store import CrawlState
from tests.crawlkit import DataDirs, Page, paths_of
from tests.test_crawl_discovery_shapes6 import item, rss
from tests.test_crawl_discovery_shapes7 import crawl, requested, serving
from tests.test_crawl_discovery_shapes8 import WALLED, consent_wall, run
from tests.test_extract_unseen_shapes4 import LONG
from tests.test_extract_unseen_shapes5 import PAGINATED, paginated_page

pytestmark = pytest.mark.slow


def test_a_joined_story_is_known_under_its_first_page_and_a_wall_not_at_all(
    run_crawl, tmp_data: DataDirs
) -> None:
    """A feed listing a three-page WordPress story and a story a CMP walls off: the state has one archived
    row, the story's first page (with its joined text's hash); none for its later pages nor the walled
    story."""
    pages: dict[str, Page] = {
        "/feeds/all.rss": rss(
            item("{origin}" + PAGINATED, "The long tunnel"), item("{origin}" + WALLED, "Clinic")
        ),
        PAGINATED: paginated_page(1),
        f"{PAGINATED}2/": paginated_page(2),
        f"{PAGINATED}3/": paginated_page(3),
        WALLED: consent_wall(),
    }
    with serving(pages) as site:
        result = run(run_crawl, site, "/feeds/all.rss")
        assert paths_of(result.records) == [PAGINATED], result.log_tail()
        record = result.records[0]
        with CrawlState.open(tmp_data.state, "127.0.0.1") as store:
            known = store.get(site.url(PAGINATED))
            assert known is not None and known.archived and known.content_hash == record["content_hash"]
            for later in (f"{PAGINATED}2/", f"{PAGINATED}3/", WALLED):
                assert store.get(site.url(later)) is None, later


def test_a_changed_first_page_is_read_again_with_its_later_pages(run_crawl) -> None:
    """A re-check (`NEWSARCHIVE_STATE_RECHECK_DAYS` passed) of the joined story after an editor reworded its
    first page: the three pages are read again and archived as version 2, the whole text again; a change
    on a later page alone is seen only with the first page's (its conditional request answers 304)."""
    edited = {"first": LONG[0]}

    def first_page(request: Request) -> Resource:
        return Resource(body=paginated_page(1).replace(LONG[0], edited["first"]).encode())

    pages: dict[str, Page] = {
        "/feeds/all.rss": rss(item("{origin}" + PAGINATED, "The long tunnel")),
        PAGINATED: first_page,
        f"{PAGINATED}2/": paginated_page(2),
        f"{PAGINATED}3/": paginated_page(3),
    }
    recheck = {"NEWSARCHIVE_STATE_RECHECK_DAYS": 0.000001}
    with serving(pages) as site:
        crawl(run_crawl, site, "/feeds/all.rss")
        unchanged = crawl(run_crawl, site, "/feeds/all.rss", settings=recheck)
        assert requested(site, PAGINATED, f"{PAGINATED}2/") == [PAGINATED], site.requested_paths()
        assert unchanged.stats.get("newsarchive/state/not_modified") == 1, unchanged.log_tail()
        edited["first"] = LONG[0].replace("Thursday", "Friday")
        changed = crawl(run_crawl, site, "/feeds/all.rss", settings=recheck)
        assert requested(site, PAGINATED, f"{PAGINATED}2/", f"{PAGINATED}3/") == [
            PAGINATED,
            f"{PAGINATED}2/",
            f"{PAGINATED}3/",
        ], site.requested_paths()
        versions = sorted(changed.by_path(PAGINATED), key=lambda r: r["version"])
        assert [r["version"] for r in versions] == [1, 2], changed.log_tail()
        assert versions[1]["body"] == [edited["first"], *LONG[1:12]]
        assert versions[1]["previous_hash"] == versions[0]["content_hash"]
