"""Crawl state: SQLite WAL store per site, url_key normalisation, persistence across reopen."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from helpers_pipelines import close_crawl, crawler_for, make_article

from newsarchive.crawlstate import state_for
from newsarchive.state import CrawlState, site_filename, url_key


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("HTTPS://Asia.Nikkei.COM/Politics/A?b=2&a=1#top", "https://asia.nikkei.com/Politics/A?a=1&b=2"),
        (
            "https://asia.nikkei.com/Politics/A?utm_source=rss&utm_medium=x&fbclid=1",
            "https://asia.nikkei.com/Politics/A",
        ),
        ("https://asia.nikkei.com:443/Politics/A", "https://asia.nikkei.com/Politics/A"),
        ("http://127.0.0.1:8080/Politics/A?page=2", "http://127.0.0.1:8080/Politics/A?page=2"),
        ("https://asia.nikkei.com", "https://asia.nikkei.com/"),
    ],
)
def test_url_key(url: str, key: str) -> None:
    assert url_key(url) == key


def test_path_case_is_kept() -> None:
    assert url_key("https://x.com/Politics") != url_key("https://x.com/politics")


def test_persistence_across_reopen(tmp_path: Path) -> None:
    article = make_article(version=3)
    state = CrawlState.open(tmp_path, "nikkei_asia")
    assert state.get(article.url) is None
    state.record_archived(article)
    state.touch(article.url, etag='"abc"', last_modified="Wed, 29 Nov 2017 11:15:00 GMT")
    state.close()

    state = CrawlState.open(tmp_path, "nikkei_asia")
    known = state.get(article.url + "?utm_campaign=x#frag")
    assert known is not None
    assert (known.content_hash, known.version, known.etag) == (article.content_hash, 3, '"abc"')
    assert known.last_modified == "Wed, 29 Nov 2017 11:15:00 GMT"
    assert known.published_at == article.published_at and known.first_seen and known.archived_at
    assert len(state) == 1
    state.close()
    mode = sqlite3.connect(tmp_path / "nikkei_asia.sqlite3").execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_lookup_by_canonical(tmp_path: Path) -> None:
    article = make_article(
        url="https://asia.nikkei.com/amp/Politics/A", canonical_url="https://asia.nikkei.com/Politics/A"
    )
    with CrawlState.open(tmp_path, "nikkei_asia") as state:
        state.record_archived(article)
        found = state.get("https://asia.nikkei.com/Politics/A")
        assert found is not None and found.url == article.url
        assert state.get("https://asia.nikkei.com/Politics/B") is None


def test_touch_unknown_url_is_not_archived(tmp_path: Path) -> None:
    with CrawlState.open(tmp_path, "nikkei_asia") as state:
        state.touch("https://asia.nikkei.com/Politics/New", etag='"1"')
        known = state.get("https://asia.nikkei.com/Politics/New")
    assert (
        known is not None and known.content_hash is None and known.version == 0 and known.archived_at is None
    )


def test_sites_have_separate_files(tmp_path: Path) -> None:
    with CrawlState.open(tmp_path, "nikkei_asia") as a, CrawlState.open(tmp_path, "example.com") as b:
        a.record_archived(make_article())
        assert b.get(make_article().url) is None
    assert sorted(p.name for p in tmp_path.glob("*.sqlite3")) == [
        "example.com.sqlite3",
        "nikkei_asia.sqlite3",
    ]


@pytest.mark.parametrize(
    ("site", "name"), [("nikkei_asia", "nikkei_asia"), ("../x", "___x"), ("Host.COM:8080", "host.com_8080")]
)
def test_site_filename(site: str, name: str) -> None:
    assert site_filename(site) == name


def test_site_filename_rejects_empty() -> None:
    with pytest.raises(ValueError):
        site_filename("")


def test_state_for_shares_one_store_and_closes_on_spider_closed(tmp_path: Path) -> None:
    crawler = crawler_for(tmp_path)
    store = state_for(crawler, "nikkei_asia")
    assert state_for(crawler, "nikkei_asia") is store
    store.record_archived(make_article())
    close_crawl(crawler)
    with pytest.raises(AttributeError):  # closed: the connection is gone
        store.get(make_article().url)
    with CrawlState.open(tmp_path / "state", "nikkei_asia") as reopened:
        assert reopened.get(make_article().url) is not None
        assert reopened.archive_synced_at > 0  # clean close marks the archive in sync


def test_many_urls_lookup(tmp_path: Path) -> None:
    """Primary-key lookups stay exact with many rows (the table is keyed by url_key)."""
    with CrawlState.open(tmp_path, "nikkei_asia") as state:
        for i in range(2000):
            state.record_archived(make_article(url=f"https://asia.nikkei.com/a/{i}", canonical_url=None))
        assert len(state) == 2000
        assert state.get("https://asia.nikkei.com/a/1234") is not None
        assert state.get("https://asia.nikkei.com/a/2000") is None
