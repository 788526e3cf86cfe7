"""The whole pipeline chain in a real `scrapy crawl` of the bundled demo site, run twice."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from newsarchive.demo.server import SiteServer
from newsarchive.state import CrawlState

SEED = "/Politics/Latest-missile-launch-tests-maximum-pressure-on-North-Korea"
PAYWALLED = "/Politics/Kono-urges-ASEAN-to-enforce-North-Korea-sanctions"
SPONSORED = "/Sponsored-content/Discover-the-future-of-smart-cities-in-Singapore"


@pytest.mark.slow
def test_demo_crawl_twice(demo_site: SiteServer, run_crawl: Callable, tmp_data) -> None:
    settings = {"NEWSARCHIVE_SPIDER_BASE_URL": demo_site.base_url}
    first = run_crawl("nikkei_asia", settings=settings)
    assert first.returncode == 0, first.log_tail()

    # archive: whole UTF-8 JSON lines under <archive>/nikkei_asia/<date>.jsonl
    files = sorted((tmp_data.archive / "nikkei_asia").glob("*.jsonl"))
    assert files and all(f.read_bytes().endswith(b"\n") for f in files)
    records = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    assert len(records) == first.stats["newsarchive/archive/written"] >= 5
    [seed] = first.by_path(SEED)
    assert seed["version"] == 1 and seed["access"] == "free"
    assert not any("numberArticlesLeft" in p or p == "Sponsored Content" for p in seed["body"])
    [paywalled] = first.by_path(PAYWALLED)
    assert paywalled["access"] == "paywalled"
    assert first.by_path(SPONSORED) == []
    assert first.drops.get("Sponsored") == 1
    assert first.stats["newsarchive/paywall/flagged"] >= 1
    assert first.stats["newsarchive/state/new"] == len(records)

    with CrawlState.open(tmp_data.state, "nikkei_asia") as state:
        assert len([r for r in records if state.get(r["url"])]) == len(records)

    # second run: nothing changed, nothing archived again
    second = run_crawl("nikkei_asia", settings=settings)
    assert second.returncode == 0, second.log_tail()
    assert len(second.records) == len(records)
    assert second.stats.get("newsarchive/archive/written", 0) == 0
    assert second.stats.get("newsarchive/state/new", 0) == 0
