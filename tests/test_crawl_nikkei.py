"""The `nikkei_asia` site spider against the bundled demo site (newsarchive/demo/site) on a local server."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from newsarchive.demo.server import SiteServer

pytestmark = pytest.mark.slow

FREE = {
    "/Politics/Latest-missile-launch-tests-maximum-pressure-on-North-Korea",
    "/Politics/Japan-and-Australia-sign-defense-pact-on-reciprocal-access",
    "/Business/Toyota-bets-on-solid-state-batteries-for-2022-launch",
    "/Economy/Bank-of-Japan-holds-rates-as-inflation-stays-subdued",
    "/Business/Markets/Asian-stocks-rally-as-tech-shares-rebound",
}
PAYWALLED = "/Politics/Kono-urges-ASEAN-to-enforce-North-Korea-sanctions"
ADVERTORIAL = "/Sponsored-content/Discover-the-future-of-smart-cities-in-Singapore"


def paths(records: list[dict]) -> list[str]:
    return sorted(urlsplit(r["url"]).path for r in records)


def test_archives_free_articles_and_flagged_teaser_only(run_crawl, demo_site: SiteServer) -> None:
    result = run_crawl("nikkei_asia", settings={"NEWSARCHIVE_SPIDER_BASE_URL": demo_site.base_url})
    assert result.returncode == 0, result.log_tail()
    assert paths(result.records) == sorted({*FREE, PAYWALLED})
    by_path = {urlsplit(r["url"]).path: r for r in result.records}
    assert by_path[PAYWALLED]["access"] == "paywalled"
    assert all(by_path[p]["access"] == "free" for p in FREE)
    assert all(r["site"] == "nikkei_asia" and r["extractor"] == "nikkei_asia" for r in result.records)
    assert result.drops.get("Sponsored") == 1
    assert ADVERTORIAL not in {urlsplit(r["url"]).path for r in result.records}
    # Both discovery sources were used: the RSS feed and the paginated Politics front.
    assert result.stats.get("newsarchive/discovery/feed_entries", 0) >= 1
    assert result.stats.get("newsarchive/discovery/listings", 0) >= 4  # 3 fronts + Politics page 2


def test_section_argument_limits_the_crawl(run_crawl, demo_site: SiteServer) -> None:
    demo_site.clear_log()
    result = run_crawl(
        "nikkei_asia", "section=Politics", settings={"NEWSARCHIVE_SPIDER_BASE_URL": demo_site.base_url}
    )
    assert result.returncode == 0, result.log_tail()
    assert paths(result.records) == sorted(p for p in {*FREE, PAYWALLED} if p.startswith("/Politics/"))
    fetched = [r.path for r in demo_site.requests]
    assert "/Politics?page=2" in fetched
    assert not [p for p in fetched if p.startswith(("/Business", "/Economy", "/Sponsored-content"))]


def test_max_pages_one_stays_on_the_first_page(run_crawl, demo_site: SiteServer) -> None:
    demo_site.clear_log()
    result = run_crawl(
        "nikkei_asia",
        "section=Politics",
        "max_pages=1",
        settings={"NEWSARCHIVE_SPIDER_BASE_URL": demo_site.base_url},
    )
    assert result.returncode == 0, result.log_tail()
    assert "/Politics?page=2" not in [r.path for r in demo_site.requests]


@pytest.mark.parametrize(
    ("args", "settings", "expected"),
    [
        (("section=Sports",), {}, "argument section: unknown value 'Sports'"),
        (("max_pages=0",), {}, "argument max_pages: must be at least 1"),
        (("sectoin=Politics",), {}, "argument sectoin: unknown argument"),
        ((), {"NEWSARCHIVE_SPIDER_BASE_URL": "asia.nikkei.com"}, "setting NEWSARCHIVE_SPIDER_BASE_URL:"),
    ],
)
def test_bad_arguments_exit_non_zero_with_one_line(run_crawl, args, settings, expected) -> None:
    result = run_crawl("nikkei_asia", *args, settings={"LOG_LEVEL": "WARNING", **settings})
    assert result.returncode == 2, result.log_tail()
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("scrapy crawl nikkei_asia: error: " + expected), lines[0]
    assert "Traceback" not in result.stderr + result.stdout
