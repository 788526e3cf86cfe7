"""The `article` spider on hand-built pages of the fifth round of publisher shapes in none of the corpora
(tests/test_extract_unseen_shapes5.py: Yonhap, The Hindu and a story paginated over three pages), crawled
for real from a local server: the archived record, field by field, is the one the offline extraction gives,
and the fields those pages were built to probe are right; the later pages of a paginated story are no
stories of their own.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator

import pytest

from newsarchive.demo.server import Request, Resource, SiteServer
from tests.crawlkit import PROJECT_DIR
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
    PAGINATED: {
        "headline": "The long tunnel",
        "authors": ["Marta Greene"],
        "published_at": "2025-03-04T09:00:00+00:00",
        "body": LONG[:4],
    },
}
#: the record's fields the offline command must give alike
FIELDS = (
    "headline", "standfirst", "authors", "published_at", "modified_at", "section", "language", "body",
    "dateline", "access", "truncated", "sponsored",
)  # fmt: skip


def resolve(request: Request) -> Resource | None:
    html = PAGES.get(request.path)
    return Resource(body=html.encode("utf-8")) if html is not None else None


@pytest.fixture(scope="module")
def site() -> Iterator[SiteServer]:
    with SiteServer(resolver=resolve) as server:
        yield server


@pytest.mark.parametrize("path", sorted(PROBED))
def test_the_archive_keeps_every_probed_field(run_crawl, site: SiteServer, path: str) -> None:
    result = run_crawl("article", f"url={site.url(path)}", "depth=0")
    records = result.by_path(path)
    assert result.returncode == 0, result.log_tail()
    assert len(records) == 1 and result.drops == {}, result.log_tail()
    record = records[0]
    assert record["page_type"] == "article" and record["sponsored"] is False
    for name, value in PROBED[path].items():
        assert record[name] == value, name
    # the offline command gives the same record from the same page
    offline = subprocess.run(
        [sys.executable, "-m", "newsarchive", "extract", "-", "--url", site.url(path)],
        input=PAGES[path].encode("utf-8"),
        capture_output=True,
        cwd=PROJECT_DIR,
        check=True,
    )
    line = json.loads(offline.stdout.decode("utf-8").splitlines()[0])
    for name in FIELDS:
        assert line[name] == record[name], name


def test_a_paginated_storys_later_pages_are_no_stories_of_their_own(run_crawl, site: SiteServer) -> None:
    # crawled from its first page, the story links its pages 2 and 3 ("Next page", rel=next): the archive
    # holds the story once, not its later pages as stories under the same headline
    result = run_crawl("article", f"url={site.url(PAGINATED)}")
    assert result.returncode == 0, result.log_tail()
    headlines = [r["headline"] for r in result.records]
    assert headlines.count("The long tunnel") == 1, result.log_tail()
