"""The `article` spider on four hand-built pages of tests/test_judging_unseen_shapes.py, crawled for real from
a local server in one run from a front page that links them: two advertorials (a Japanese paper's "PR"
badge, an advertiser linked rel=sponsored from the byline) dropped and counted by reason in Scrapy's
stats, kept in the rejects; a French subscribers-only stub archived flagged; a story about paid posts
archived unflagged."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from newsarchive.demo.server import SiteServer
from tests.crawlkit import page_site_fixture
from tests.test_extract_unseen_shapes2 import page
from tests.test_judging_unseen_shapes import SHAPES

pytestmark = pytest.mark.slow

CRAWLED = ("ja-pr-badge", "rel-sponsored-byline", "fr-reserve-aux-abonnes", "story-about-sponsored-content")
PAGES: dict[str, str] = {urlsplit(SHAPES[name].url).path: SHAPES[name].html for name in CRAWLED}
FRONT = page(
    "<title>The Courier</title>",
    "<main><h1>The Courier</h1><ul>"
    + "".join(
        f'<li><h2><a href="{path}">{SHAPES[name].headline}</a></h2></li>'
        for name, path in zip(CRAWLED, PAGES, strict=True)
    )
    + "</ul></main>",
)  # fmt: skip

site = page_site_fixture({"/": FRONT, **PAGES})


def test_advertorials_are_dropped_by_reason_and_the_rest_archived_with_their_flags(
    run_crawl, site: SiteServer, tmp_data
) -> None:
    result = run_crawl("article", f"url={site.url('/')}", "depth=1")
    assert result.returncode == 0, result.log_tail()
    assert result.stats.get("item_dropped_reasons_count/Sponsored") == 2, result.log_tail()
    assert result.drops == {"Sponsored": 2}, result.log_tail()
    assert result.stats.get("newsarchive/sponsored/flagged") == 2
    assert result.stats.get("newsarchive/paywall/truncated") == 1
    # the archive (not the rejects) holds the two articles, flagged as the pages say
    archived = {
        urlsplit(r["url"]).path: r
        for file in Path(tmp_data.archive).glob("*/*.jsonl")
        for r in map(json.loads, file.read_text(encoding="utf-8").splitlines())
    }
    stub = SHAPES["fr-reserve-aux-abonnes"]
    news = SHAPES["story-about-sponsored-content"]
    assert sorted(archived) == sorted([urlsplit(stub.url).path, urlsplit(news.url).path])
    for shape in (stub, news):
        record = archived[urlsplit(shape.url).path]
        assert (record["headline"], record["body"], record["authors"]) == (
            shape.headline,
            shape.body,
            shape.authors,
        )
        assert (record["access"], record["truncated"], record["sponsored"]) == (
            shape.access,
            shape.truncated,
            False,
        )
        assert (record["published_at"], record["language"]) == (shape.published_at, shape.language)
    # the advertorials are in the rejects, with their reason
    rejected = [
        r
        for file in Path(tmp_data.archive).glob("*/_rejected/*.jsonl")
        for r in map(json.loads, file.read_text(encoding="utf-8").splitlines())
    ]
    assert sorted((urlsplit(r["url"]).path, r["drop_reason"], r["sponsored"]) for r in rejected) == sorted(
        (urlsplit(SHAPES[name].url).path, "Sponsored", True)
        for name in ("ja-pr-badge", "rel-sponsored-byline")
    )
