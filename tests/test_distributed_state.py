"""The Redis crawl state behaves like the SQLite one: the same writes give the same lookups and decisions.

Every test here runs against a real redis-server (tests/redis_server.py) and a real SQLite file.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from newsarchive.archive import JsonlAppender, encode_record, reconcile_state
from newsarchive.discovery.schedule import decide
from newsarchive.distributed.state import RedisCrawlState
from newsarchive.items import Article
from newsarchive.state import ArticleState, CrawlState, StateStore
from newsarchive.state.updates import (
    ARCHIVED,
    DROPPED,
    TOUCHED,
    archived_values,
    dropped_values,
    touched_values,
)
from tests.redis_server import RedisServer, find_redis_server

pytestmark = pytest.mark.redis

PUBLISHER = "https://asia.nikkei.com/Politics/Japan-weighs-chip-export-rules"
MIRROR = "http://127.0.0.1:8080/Politics/Japan-weighs-chip-export-rules"
OTHER = "https://asia.nikkei.com/Business/Sponsored-smart-cities"
TIME_FIELDS = ("first_seen", "last_seen", "archived_at", "dropped_at")


@pytest.fixture(scope="module")
def redis_server() -> Iterator[RedisServer]:
    if find_redis_server() is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is missing: .ci/run must install it (apt-get install redis-server)")
        pytest.skip("redis-server not installed (apt-get install redis-server)")
    with RedisServer() as server:
        yield server


@pytest.fixture
def stores(redis_server: RedisServer, tmp_path: Path) -> Iterator[tuple[CrawlState, RedisCrawlState]]:
    sqlite = CrawlState.open(tmp_path / "state", "nikkei_asia")
    shared = RedisCrawlState.open(
        redis_server.url, prefix=f"test-{uuid.uuid4().hex[:10]}", site="nikkei_asia", worker="w1"
    )
    yield sqlite, shared
    sqlite.close()
    shared.close()


def _article(url: str, body: str, *, canonical: str | None = PUBLISHER, version: int = 1) -> Article:
    article = Article(
        url=url,
        canonical_url=canonical,
        site="nikkei_asia",
        body=[body],
        published_at="2026-03-02T12:00:00+09:00",
        modified_at=f"2026-03-02T1{version}:00:00+09:00",
    )
    article.refresh_derived()
    article.version = version
    return article


def _comparable(state: ArticleState | None) -> dict[str, Any] | None:
    """The state without our clock's timestamps (only whether each is known)."""
    if state is None:
        return None
    values = asdict(state)
    for name in TIME_FIELDS:
        values[name] = values[name] is not None
    return values


def test_updates_declare_the_values_they_write() -> None:
    article = _article(MIRROR, "Text.")
    assert tuple(archived_values(article, now="t")) == ARCHIVED.columns
    assert tuple(dropped_values(article, "Sponsored", now="t")) == DROPPED.columns
    values = touched_values(MIRROR, etag=None, last_modified=None, changed_hint=None, now="t")
    assert tuple(values) == TOUCHED.columns


def test_both_backends_record_and_look_up_alike(stores: tuple[CrawlState, RedisCrawlState]) -> None:
    sqlite, shared = stores
    assert isinstance(sqlite, StateStore) and isinstance(shared, StateStore)
    first = _article(MIRROR, "First text.")
    second = _article(MIRROR, "Second text.", version=2)
    steps: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
        # A mirror page fetched for a sitemap date, with validators, then archived.
        (
            "touch",
            (MIRROR,),
            {"etag": '"e1"', "last_modified": "Mon, 02 Mar 2026 03:00:00 GMT", "changed_hint": "2026-03-02"},
        ),
        ("record_archived", (first,), {}),
        ("record_dropped", (first, "Sponsored"), {}),  # an archived page stays archived
        ("record_archived", (second,), {}),
        ("record_archived", (first,), {}),  # an older version never replaces a newer one
        ("touch", (MIRROR,), {}),  # a 304 without validators keeps the stored ones
        # Never archived, dropped: remembered with its reason.
        ("record_dropped", (_article(OTHER, "Advertorial.", canonical=None), "Sponsored"), {}),
        # The publisher's own URL, seen once (a 304), known through the mirror's canonical link.
        ("touch", (PUBLISHER,), {"changed_hint": "2026-03-03T00:00:00+00:00"}),
    ]
    for name, args, kwargs in steps:
        getattr(sqlite, name)(*args, **kwargs)
        getattr(shared, name)(*args, **kwargs)
        for url in (MIRROR, PUBLISHER, OTHER):
            assert _comparable(shared.get_exact(url)) == _comparable(sqlite.get_exact(url)), (name, url)
            assert _comparable(shared.get(url)) == _comparable(sqlite.get(url)), (name, url)

    queries: list[tuple[str, tuple[Any, ...]]] = [
        ("lookup", (MIRROR, PUBLISHER)),
        ("lookup", (PUBLISHER,)),
        ("lookup", (PUBLISHER, MIRROR)),
        ("get", (MIRROR + "?utm_source=rss#top",)),
        ("get_exact", (MIRROR,)),
        ("get_exact", (PUBLISHER,)),
        ("get_article", (second,)),
        ("get", (OTHER,)),
        ("get", ("https://asia.nikkei.com/Politics/Never-seen",)),
    ]
    for name, args in queries:
        expected, got = getattr(sqlite, name)(*args), getattr(shared, name)(*args)
        assert _comparable(got) == _comparable(expected), (name, args)
        # The decision the spider takes from it, with and without a newer discovery date.
        for changed_at in (None, "2026-03-02T00:00:00+00:00", "2026-04-01T00:00:00+00:00"):
            assert decide(got, changed_at=changed_at) == decide(expected, changed_at=changed_at)

    merged = shared.lookup(MIRROR, PUBLISHER)
    assert merged is not None
    assert (merged.version, merged.content_hash, merged.etag) == (2, second.content_hash, '"e1"')
    assert merged.changed_hint == "2026-03-03T00:00:00+00:00" and merged.drop_reason is None
    dropped = shared.get(OTHER)
    assert dropped is not None and dropped.drop_reason == "Sponsored" and dropped.settled

    groups = [[MIRROR, PUBLISHER], [OTHER], ["https://asia.nikkei.com/x"], []]
    assert [_comparable(s) for s in shared.lookup_many(groups)] == [
        _comparable(s) for s in sqlite.lookup_many(groups)
    ]
    for url in (MIRROR, PUBLISHER):
        assert [v[:2] for v in shared.versions(url)] == [v[:2] for v in sqlite.versions(url)]
    assert [v[:2] for v in shared.versions(MIRROR)] == [(1, first.content_hash), (2, second.content_hash)]
    assert len(shared) == len(sqlite) == 3

    for store in stores:
        assert store.get_meta("sitemap_lastmod:x") is None
        store.set_meta("sitemap_lastmod:x", "2026-03-02\t1.0")
        assert store.get_meta("sitemap_lastmod:x") == "2026-03-02\t1.0"


def test_canonical_index_follows_a_changed_canonical(stores: tuple[CrawlState, RedisCrawlState]) -> None:
    elsewhere = "https://asia.nikkei.com/Politics/Moved-story"
    for store in stores:
        store.record_archived(_article(MIRROR, "Text."))
        store.record_archived(_article(MIRROR, "Text two.", canonical=elsewhere, version=2))
        assert store.get_exact(PUBLISHER) is None
        assert store.get(PUBLISHER) is None, type(store).__name__  # no longer names it
        found = store.get(elsewhere)
        assert found is not None and found.version == 2


def test_reconcile_repairs_only_the_workers_own_files(redis_server: RedisServer, tmp_path: Path) -> None:
    """Another worker's file may be half-way through a write: it is read, never cut."""
    prefix = f"test-{uuid.uuid4().hex[:10]}"
    archive = tmp_path / "archive"
    site_dir = archive / "nikkei_asia"
    own = _article("https://asia.nikkei.com/Politics/Own-line", "Own.", canonical=None)
    theirs = _article("https://asia.nikkei.com/Politics/Their-line", "Theirs.", canonical=None)
    with JsonlAppender() as appender:
        appender.append(site_dir / "2026-03-02.w1.jsonl", encode_record(own.to_dict()))
        appender.append(site_dir / "2026-03-02.w2.jsonl", encode_record(theirs.to_dict()))
    for name in ("2026-03-02.w1.jsonl", "2026-03-02.w2.jsonl"):
        with (site_dir / name).open("ab") as fh:
            fh.write(b'{"url": "https://asia.nikkei.com/Politics/Half')
    theirs_before = (site_dir / "2026-03-02.w2.jsonl").read_bytes()

    store = RedisCrawlState.open(
        redis_server.url, prefix=prefix, site="nikkei_asia", worker="w1", archive_dir=archive
    )
    assert reconcile_state(store, archive, "nikkei_asia", own_files="*.w1.jsonl") == 2
    assert (site_dir / "2026-03-02.w1.jsonl").read_bytes().endswith(b"\n")
    assert (site_dir / "2026-03-02.w2.jsonl").read_bytes() == theirs_before
    assert store.get(own.url) is not None and store.get(theirs.url) is not None
    assert reconcile_state(store, archive, "nikkei_asia", own_files="*.w1.jsonl") == 0
    store.close(synced=True)

    # The sync mark belongs to this machine's archive folder: another folder (machine) starts from zero.
    other = RedisCrawlState.open(
        redis_server.url, prefix=prefix, site="nikkei_asia", worker="w9", archive_dir=tmp_path / "elsewhere"
    )
    assert other.archive_synced_at == 0.0
    again = RedisCrawlState.open(
        redis_server.url, prefix=prefix, site="nikkei_asia", worker="w9", archive_dir=archive
    )
    assert again.archive_synced_at > 0
    other.close()
    again.close()
