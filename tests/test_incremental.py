"""Scheduled incremental crawls of the generated publisher (tests/site/publisher.py): run 1 archives every
article once, run 2 downloads no article page in full and writes nothing, run 3 archives exactly the new and
the edited articles (the edited ones as version 2). Real `scrapy crawl` subprocesses, real request log."""

from __future__ import annotations

import sqlite3
from collections import Counter
from urllib.parse import urlsplit

import pytest

from newsarchive.demo.server import DEMO_ORIGIN, DEMO_SITE, SiteServer
from tests.crawlhelp import DEMO_ARTICLE_PATHS
from tests.crawlkit import CrawlResult, DataDirs
from tests.site.publisher import Publisher

pytestmark = pytest.mark.slow

DEMO_ARTICLES = set(DEMO_ARTICLE_PATHS)


def versions(result: CrawlResult) -> Counter[tuple[str, int]]:
    return Counter((urlsplit(r["url"]).path, r["version"]) for r in result.records)


def article_fetches(server: SiteServer, publisher: Publisher) -> list[tuple[str, int]]:
    """(path, status) of every request for an article page, in order."""
    return [(r.path, r.status) for r in server.requests if publisher.by_path(urlsplit(r.path).path)]


def test_scheduled_runs_archive_each_article_once_then_only_changes(run_crawl) -> None:
    publisher = Publisher(articles=30)
    with publisher.serve() as server:
        # (what a re-read of the fronts, feed and sitemaps decides is the subject: not their 304s, which
        # tests/test_crawl_state_shapes11.py covers)
        settings = {
            "NEWSARCHIVE_SPIDER_BASE_URL": server.base_url,
            "NEWSARCHIVE_STATE_DISCOVERY_CONDITIONAL": False,
        }

        first = run_crawl("nikkei_asia", settings=settings)
        assert first.returncode == 0, first.log_tail()
        every = {s.path for s in publisher.stories}
        assert versions(first) == Counter({(p, 1): 1 for p in every}), first.log_tail()
        fetched = article_fetches(server, publisher)
        assert sorted(fetched) == sorted((p, 200) for p in every)  # each article page downloaded once
        paths = [r.path for r in server.requests]
        assert paths.count("/robots.txt") == 1
        assert {"/sitemap.xml", "/sitemaps/news.xml", "/rss/feed/nar", "/Politics?page=2"} <= set(paths)
        assert first.stats["newsarchive/state/new"] == 30

        # Run 2, nothing changed: fronts, feed and sitemap index are read; no article page comes in full.
        server.clear_log()
        second = run_crawl("nikkei_asia", settings=settings)
        assert second.returncode == 0, second.log_tail()
        assert versions(second) == versions(first)  # nothing written
        assert [f for f in article_fetches(server, publisher) if f[1] != 304] == []
        assert second.stats.get("newsarchive/state/new", 0) == 0
        assert second.stats["newsarchive/state/skipped_known"] >= 30
        assert "/Politics?page=2" not in [r.path for r in server.requests]  # page 1 held nothing unknown
        assert second.stats.get("newsarchive/discovery/sitemaps_unchanged", 0) >= 2

        # Run 3: three new stories, two edited ones.
        new = publisher.publish_new(3)
        edited = publisher.edit([4, 7])
        server.clear_log()
        third = run_crawl("nikkei_asia", settings=settings)
        assert third.returncode == 0, third.log_tail()
        added = versions(third) - versions(second)
        assert added == Counter({**{(s.path, 1): 1 for s in new}, **{(s.path, 2): 1 for s in edited}})
        full = sorted(p for p, status in article_fetches(server, publisher) if status == 200)
        assert full == sorted(s.path for s in [*new, *edited])
        assert third.stats["newsarchive/state/new"] == 3
        assert third.stats["newsarchive/state/updated"] == 2
        for story in edited:
            v1, v2 = sorted(
                (r for r in third.records if urlsplit(r["url"]).path == story.path),
                key=lambda r: r["version"],
            )
            assert v2["previous_hash"] == v1["content_hash"] != v2["content_hash"]
            assert v2["url"] == v1["url"]
        # The edits were found through their conditional re-check: validators went out with the request.
        edits = [r for r in server.requests if r.path in {s.path for s in edited}]
        assert edits and all("If-None-Match" in r.headers for r in edits)


def test_recheck_age_sends_conditional_requests_answered_304(run_crawl) -> None:
    publisher = Publisher(articles=12)
    with publisher.serve() as server:
        settings = {"NEWSARCHIVE_SPIDER_BASE_URL": server.base_url}
        first = run_crawl("nikkei_asia", settings=settings)
        assert first.returncode == 0, first.log_tail()
        server.clear_log()
        again = run_crawl("nikkei_asia", settings={**settings, "NEWSARCHIVE_STATE_RECHECK_DAYS": 0.000001})
        assert again.returncode == 0, again.log_tail()
        fetched = article_fetches(server, publisher)
        assert sorted(p for p, _ in fetched) == sorted(s.path for s in publisher.stories)
        assert {status for _, status in fetched} == {304}
        assert again.stats["newsarchive/state/not_modified"] == 12
        assert len(again.records) == len(first.records) == 12


def test_other_mirror_and_dropped_pages_are_not_fetched_again(tmp_data: DataDirs, run_crawl) -> None:
    """The demo on two ports: the mirror URL differs, the canonical asia.nikkei.com URL is the same."""
    with SiteServer(DEMO_SITE, rewrite_origin=DEMO_ORIGIN) as a:
        first = run_crawl("nikkei_asia", settings={"NEWSARCHIVE_SPIDER_BASE_URL": a.base_url})
    assert first.returncode == 0, first.log_tail()
    assert len(first.records) == 6 and first.drops == {"Sponsored": 1}
    with SiteServer(DEMO_SITE, rewrite_origin=DEMO_ORIGIN) as b:
        second = run_crawl("nikkei_asia", settings={"NEWSARCHIVE_SPIDER_BASE_URL": b.base_url})
        fetched = [r.path for r in b.requests]
    assert second.returncode == 0, second.log_tail()
    assert len(second.records) == 6
    assert second.stats.get("newsarchive/state/new", 0) == 0
    # Neither the six archived articles nor the dropped advertorial were downloaded again.
    assert not [p for p in fetched if p in DEMO_ARTICLES], fetched
    assert second.stats["newsarchive/state/skipped_known"] >= 7
    db = sqlite3.connect(tmp_data.state / "nikkei_asia.sqlite3")
    reasons = dict(db.execute("SELECT url, drop_reason FROM articles WHERE drop_reason IS NOT NULL"))
    assert list(reasons.values()) == ["Sponsored"], reasons

    # Due for a re-check, the second mirror's pages are fetched: same canonical, same content, nothing new.
    with SiteServer(DEMO_SITE, rewrite_origin=DEMO_ORIGIN) as c:
        third = run_crawl(
            "nikkei_asia",
            settings={"NEWSARCHIVE_SPIDER_BASE_URL": c.base_url, "NEWSARCHIVE_STATE_RECHECK_DAYS": 0.000001},
        )
    assert third.returncode == 0, third.log_tail()
    assert len(third.records) == 6 and third.stats.get("newsarchive/state/new", 0) == 0
