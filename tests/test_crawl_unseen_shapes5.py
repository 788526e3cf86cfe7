"""The `article` spider on hand-built pages of the fifth round of publisher shapes in none of the corpora
(tests/test_extract_unseen_shapes5.py: Yonhap, The Hindu and a story paginated over three pages), crawled
for real from a local server: the archived record, field by field, is the one the offline extraction gives,
and the fields those pages were built to probe are right; the later pages of a paginated story are no
stories of their own.
"""

from __future__ import annotations

import pytest

from newsarchive.demo.server import SiteServer
from tests.crawlkit import OFFLINE_FIELDS, archived_article, assert_offline_agrees, page_site_fixture
from tests.test_extract_unseen_shapes4 import LONG, SENTENCES
from tests.test_extract_unseen_shapes5 import (
    KO,
    PAGINATED,
    YONHAP_FIRST,
    hindu_page,
    paginated_page,
    yonhap_page,
)

pytestmark = pytest.mark.slow

PAGES: dict[str, str] = {
    "/view/AKR20250304123400002": yonhap_page(),
    "/news/cities/chennai/chennai-metro-phase-ii/article69301234.ece": hindu_page(),
    PAGINATED: paginated_page(1),
    f"{PAGINATED}2/": paginated_page(2),
    f"{PAGINATED}3/": paginated_page(3),
}
#: what each page was built to probe, as the archive must keep it
PROBED: dict[str, dict[str, object]] = {
    "/view/AKR20250304123400002": {
        "authors": ["김철수"],
        "published_at": "2025-03-04T18:12:00+09:00",
        "dateline": "서울",
        "body": [YONHAP_FIRST, *KO[1:]],
        "language": "ko",
    },
    "/news/cities/chennai/chennai-metro-phase-ii/article69301234.ece": {
        "authors": ["R. Sujatha"],
        "published_at": "2025-03-04T17:00:00+05:30",
        "modified_at": "2025-03-04T18:12:00+05:30",
        "body": SENTENCES,
    },
    PAGINATED: {  # its three pages joined (a crawl follows its next pages; the offline command reads one)
        "headline": "The long tunnel",
        "authors": ["Marta Greene"],
        "published_at": "2025-03-04T09:00:00+00:00",
        "body": LONG[:12],
    },
}
site = page_site_fixture(PAGES)


@pytest.mark.parametrize("path", sorted(PROBED))
def test_the_archive_keeps_every_probed_field(run_crawl, site: SiteServer, path: str) -> None:
    _, record = archived_article(run_crawl, site, path, "depth=0")
    for name, value in PROBED[path].items():
        assert record[name] == value, name
    # the offline command gives the same record from the same page (of a paginated story, read from its first
    # page alone: not its body, nor what is judged from the body's length)
    joined = ("body", "access", "truncated") if path == PAGINATED else ()
    fields = [name for name in OFFLINE_FIELDS if name not in joined]
    assert_offline_agrees(record, PAGES[path], site.url(path), fields)


def test_a_paginated_storys_later_pages_are_no_stories_of_their_own(run_crawl, site: SiteServer) -> None:
    # crawled from its first page, the story links its pages 2 and 3 ("Next page", rel=next): the archive
    # holds the story once, not its later pages as stories under the same headline
    result = run_crawl("article", f"url={site.url(PAGINATED)}")
    assert result.returncode == 0, result.log_tail()
    headlines = [r["headline"] for r in result.records]
    assert headlines.count("The long tunnel") == 1, result.log_tail()
