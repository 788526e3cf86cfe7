"""Discovery probes, round 10: what a cron run or a hand-run backfill makes of a story split over several
pages when the crawl also meets its later pages on their own, or meets it at `-s DEPTH_LIMIT`.

Round 9 (tests/test_crawl_discovery_shapes9.py) kept such a story whole; two costs were left: page 2 that a
front or feed also links was downloaded twice in one run (once alone, once as the story's continuation),
and a story's later pages counted as hops against `DEPTH_LIMIT`, so a story found at the limit lost its
later pages. Every shape is hand-built after the CMS habit named at its test (the story pages of round 9,
a WordPress `/slug/2/` story and a hardware site's `,5812-2.html` review), served from 127.0.0.1 and crawled
for real; the server's request log is read back.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsarchive.demo.server import SiteServer
from tests.crawlkit import paths_of
from tests.test_crawl_discovery_shapes6 import front, item, only, rss
from tests.test_crawl_discovery_shapes7 import crawl, requested, serving
from tests.test_crawl_discovery_shapes8 import REVIEW, assert_whole
from tests.test_crawl_discovery_shapes9 import (
    LISTINGS,
    OTHER,
    PAGE2,
    PAGE3,
    PAGINATED,
    REVIEW2,
    REVIEW3,
    assert_joined,
    story_pages,
)

pytestmark = pytest.mark.slow


def fetches(site: SiteServer, *paths: str) -> Counter[str]:
    """How many times the last crawl downloaded each of `paths`."""
    return Counter(requested(site, *paths))


@pytest.mark.parametrize("listing", sorted(LISTINGS))
def test_a_later_page_a_listing_links_too_is_downloaded_once(run_crawl, listing: str) -> None:
    """The three-page WordPress story whose page 2 a feed or front also lists (before, after or instead of
    page 1, round 9's listings): each of its pages is downloaded once in the run (page 2 was downloaded
    twice: alone, then again as the story's continuation), and the story is still one record with the text
    of its three pages, page 2 no record of its own."""
    pages = story_pages(**{"/listing": LISTINGS[listing]()})
    with serving(pages) as site:
        result = crawl(run_crawl, site, "/listing")
        assert_joined(result)
        assert fetches(site, PAGINATED, PAGE2, PAGE3) == Counter([PAGINATED, PAGE2, PAGE3]), (
            site.requested_paths()
        )
        assert result.stats.get("newsarchive/spider/article_page_reused") == 1, result.log_tail()


def test_a_review_whose_feed_lists_every_page_downloads_each_page_once(run_crawl) -> None:
    """A hardware site's feed with one item per page of a review, last page first (`,5812-3.html`,
    `,5812-2.html`, `,5812.html`): one record, the three pages' text in order, and three downloads of the
    review (its later pages were downloaded twice each)."""
    feed = rss(*(item("{origin}" + path, "Quiet fan test") for path in (REVIEW3, REVIEW2, REVIEW)))
    pages = story_pages(**{"/feeds/reviews.rss": feed})
    with serving(pages) as site:
        result = crawl(run_crawl, site, "/feeds/reviews.rss")
        assert paths_of(result.records) == [REVIEW], result.log_tail()
        assert_whole(only(result, REVIEW), "Quiet fan test", "Ines Varga")
        assert fetches(site, REVIEW, REVIEW2, REVIEW3) == Counter([REVIEW, REVIEW2, REVIEW3]), (
            site.requested_paths()
        )


# --- DEPTH_LIMIT ---
@pytest.mark.parametrize(
    ("start", "limit"),
    [("/feeds/all.rss", 1), ("/", 1), ("/", 2)],
    ids=["feed-limit-1", "front-limit-1", "front-limit-2"],
)
def test_a_storys_later_pages_do_not_count_against_depth_limit(run_crawl, start: str, limit: int) -> None:
    """`-s DEPTH_LIMIT=N` (a Scrapy habit carried over to a news crawl: "the front and what it links"): the
    story that a feed or the front links at the last allowed hop is archived whole, its three pages' text
    (its pages 2 and 3 counted as hops 2 and 3, over the limit: the record held for them was never archived,
    and the run archived the other story alone). Pages of one story are one hop."""
    pages = story_pages(
        **{
            "/feeds/all.rss": rss(item("{origin}" + PAGINATED, "The long tunnel")),
            "/": front(PAGINATED, OTHER),
        }
    )
    with serving(pages) as site:
        result = crawl(
            run_crawl, site, start, settings={"DEPTH_LIMIT": limit, "NEWSARCHIVE_STATE_ENABLED": False}
        )
        assert fetches(site, PAGINATED, PAGE2, PAGE3) == Counter([PAGINATED, PAGE2, PAGE3]), (
            site.requested_paths()
        )
        assert_whole(only(result, PAGINATED), "The long tunnel", "Marta Greene")
        assert result.stats.get("newsarchive/spider/article_pages_unfinished") is None, result.log_tail()
        assert result.stats.get("depth/request_ignored_count") is None, result.log_tail()
