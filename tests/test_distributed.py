"""Distributed mode: several `scrapy crawl` workers share one scrapy-redis queue and dupefilter in a real
redis-server, archive each article exactly once, and lose nothing when one of them is SIGKILLed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from scrapy.settings import Settings

from newsarchive.archive import read_records
from newsarchive.demo.server import Request, Resource
from newsarchive.demo.subprocess_crawl import FAST_SETTINGS, crawl_command, crawl_env, parse_stats
from newsarchive.distributed.addon import CLAIM_PIPELINE, DistributedAddon
from newsarchive.distributed.merge import merge_archive
from newsarchive.distributed.state import RedisCrawlState
from newsarchive.items import Article
from tests.crawlkit import PROJECT_DIR, DataDirs
from tests.redis_server import RedisServer, find_redis_server
from tests.site.publisher import Publisher

ADDON = '{"newsarchive.distributed.addon.DistributedAddon": 0}'


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """A real redis-server on a free 127.0.0.1 port for the whole session (.ci/run installs it)."""
    if find_redis_server() is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is missing: .ci/run must install it (apt-get install redis-server)")
        pytest.skip("redis-server not installed (apt-get install redis-server)")
    with RedisServer() as server:
        yield server


@pytest.fixture
def redis_prefix() -> str:
    """A key prefix of its own per test: tests share the server, never their keys."""
    return f"test-{uuid.uuid4().hex[:10]}"


class SlowPublisher(Publisher):
    """The generated publisher, article pages answered after `delay` seconds (so a crawl lasts a while)."""

    delay: float = 0.0

    def __call__(self, request: Request) -> Resource | None:
        if self.delay and self.by_path(request.path) is not None:
            time.sleep(self.delay)
        return super().__call__(request)


@dataclass(kw_only=True)
class Worker:
    name: str
    process: subprocess.Popen[bytes]
    log: Path

    def wait(self, timeout: float = 150) -> int:
        return self.process.wait(timeout=timeout)

    @property
    def text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    @property
    def stats(self) -> dict[str, Any]:
        return parse_stats(self.text)


def start_worker(
    name: str,
    *,
    base_url: str,
    redis_url: str,
    prefix: str,
    data: DataDirs,
    concurrency: int = 2,
    extra: dict[str, object] | None = None,
) -> Worker:
    settings = {
        **FAST_SETTINGS,
        **data.settings(),
        "ADDONS": ADDON,
        "NEWSARCHIVE_SPIDER_BASE_URL": base_url,
        "NEWSARCHIVE_REDIS_URL": redis_url,
        "NEWSARCHIVE_REDIS_KEY_PREFIX": prefix,
        "NEWSARCHIVE_REDIS_WORKER_ID": name,
        # A killed worker's requests come back after this many seconds without its heartbeat.
        "NEWSARCHIVE_REDIS_LEASE_TTL": 2,
        "CONCURRENT_REQUESTS": concurrency,
        "LOG_LEVEL": "INFO",
        "TELNETCONSOLE_ENABLED": False,
        **(extra or {}),
    }
    cmd = crawl_command("nikkei_asia", args=["max_pages=100"], settings=settings)
    log = data.root / f"{name}.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            cmd,
            cwd=PROJECT_DIR,
            env=crawl_env(),
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    return Worker(name=name, process=process, log=log)


def archived(archive: Path) -> list[dict[str, Any]]:
    """Every whole record in every archive file (a killed worker's torn last line is not a record)."""
    return [r for path in sorted(archive.glob("*/*.jsonl")) for r in read_records(path)]


def story_counts(records: list[dict[str, Any]]) -> Counter[str]:
    return Counter(urlsplit(r["url"]).path for r in records)


def run_workers(n: int, **kwargs: Any) -> list[Worker]:
    workers = [start_worker(f"w{i}", **kwargs) for i in range(1, n + 1)]
    try:
        for worker in workers:
            assert worker.wait() == 0, worker.text[-4000:]
    finally:
        for worker in workers:
            if worker.process.poll() is None:
                worker.process.kill()
                worker.process.wait()
    return workers


def test_addon_changes_nothing_without_redis_url() -> None:
    settings = Settings()
    settings.setmodule("newsarchive.settings")
    before = settings.copy_to_dict()
    DistributedAddon().update_settings(settings)
    assert settings.copy_to_dict() == before


def test_addon_switches_scheduler_dupefilter_and_claims() -> None:
    settings = Settings()
    settings.setmodule("newsarchive.settings")
    settings.set("NEWSARCHIVE_REDIS_URL", "redis://127.0.0.1:6379/0", priority="cmdline")
    DistributedAddon().update_settings(settings)
    assert settings["SCHEDULER"] == "newsarchive.distributed.scheduler.LeasedScheduler"
    assert settings["DUPEFILTER_CLASS"] == "scrapy_redis.dupefilter.RFPDupeFilter"
    assert settings["REDIS_URL"] == "redis://127.0.0.1:6379/0"
    assert settings["SCHEDULER_QUEUE_KEY"] == "newsarchive:%(spider)s:requests"
    pipelines = settings.getdict("ITEM_PIPELINES")
    assert pipelines["newsarchive.pipelines.dedup.DedupPipeline"] < pipelines[CLAIM_PIPELINE]
    assert pipelines[CLAIM_PIPELINE] < pipelines["newsarchive.pipelines.archive.ArchivePipeline"]
    assert settings["NEWSARCHIVE_REDIS_WORKER_ID"]


@pytest.mark.slow
@pytest.mark.redis
def test_two_workers_archive_each_article_once_across_runs(
    redis_server: RedisServer, redis_prefix: str, tmp_data: DataDirs
) -> None:
    import redis

    publisher = SlowPublisher(articles=40)
    publisher.delay = 0.2  # 4s of work for one worker: the second one starts in time to share it
    client = redis.Redis.from_url(redis_server.url)
    with publisher.serve() as site:
        common = {
            "base_url": site.base_url,
            "redis_url": redis_server.url,
            "prefix": redis_prefix,
            "data": tmp_data,
        }
        workers = run_workers(2, **common)
        records = archived(tmp_data.archive)
        counts = story_counts(records)
        assert set(counts) == {s.path for s in publisher.stories}
        assert set(counts.values()) == {1}, counts.most_common(3)
        assert {r["version"] for r in records} == {1}
        # They cooperated: both took requests from the shared queue and both archived.
        for worker in workers:
            assert worker.stats.get("newsarchive/distributed/leased", 0) > 0, worker.text[-3000:]
        written = [w.stats.get("newsarchive/archive/written", 0) for w in workers]
        assert sum(written) == 40 and min(written) > 0, written
        committed = [w.stats.get("newsarchive/distributed/committed", 0) for w in workers]
        assert committed == written
        # Each worker appended only to its own files: <date>.<worker id>.jsonl, never a shared <date>.jsonl.
        files = sorted((tmp_data.archive / "nikkei_asia").glob("*.jsonl"))
        assert files and all(f.name.count(".") == 2 for f in files), [f.name for f in files]
        assert len({f.name.split(".")[1] for f in files}) == 2, [f.name for f in files]
        # The job is over: queue, dupefilter and in-flight leases are gone; the site state stays.
        assert sorted(k.decode() for k in client.keys(f"{redis_prefix}:nikkei_asia:*")) == []
        assert client.hlen(f"{redis_prefix}:site:nikkei_asia:state") >= 40
        assert client.hlen(f"{redis_prefix}:site:nikkei_asia:claims") == 0

        # Next run re-checks every known story (conditional requests): two were edited, two are new.
        # Only those four are archived, once each, with versions from the shared state.
        edited = publisher.edit([3, 7])
        new = publisher.publish_new(2)
        second_workers = run_workers(2, **common, extra={"NEWSARCHIVE_STATE_RECHECK_DAYS": 1e-6})
        before = {(r["url"], r["version"]) for r in records}
        second = [r for r in archived(tmp_data.archive) if (r["url"], r["version"]) not in before]
        assert len(second) == 4, [w.stats for w in second_workers]
        versions = {urlsplit(r["url"]).path: r["version"] for r in second}
        assert versions == {**{s.path: 2 for s in edited}, **{s.path: 1 for s in new}}


def finish(*workers: Worker) -> None:
    try:
        for worker in workers:
            assert worker.wait() == 0, worker.text[-4000:]
    finally:
        for worker in workers:
            if worker.process.poll() is None:
                worker.process.kill()
                worker.process.wait()


def full_article_fetches(site: Any, publisher: Publisher) -> list[str]:
    """Paths of article pages the publisher sent in full (a 304 answer is not a download)."""
    return sorted(
        r.path for r in site.requests if publisher.by_path(urlsplit(r.path).path) and r.status != 304
    )


@pytest.mark.slow
@pytest.mark.redis
def test_crawl_state_is_shared_across_machines(
    redis_server: RedisServer, redis_prefix: str, tmp_path: Path
) -> None:
    """Workers on other machines (own STATE_DIR and ARCHIVE_DIR, same Redis) skip what one archived earlier:
    a scheduled run with nothing changed downloads no article page, and a later edit gets version 2."""
    publisher = Publisher(articles=30)
    machine_a, machine_b, machine_c = (DataDirs.under(tmp_path / m) for m in ("a", "b", "c"))
    with publisher.serve() as site:
        common = {"base_url": site.base_url, "redis_url": redis_server.url, "prefix": redis_prefix}

        first = start_worker("a1", data=machine_a, **common)
        finish(first)
        assert story_counts(archived(machine_a.archive)) == Counter({s.path: 1 for s in publisher.stories})

        # Run 2, nothing changed, two workers on two other machines: fronts, feed and sitemap index are
        # read, every article is known from the shared state, none is downloaded or archived again.
        site.clear_log()
        # (the fronts, feed and sitemaps read again are the subject, not their 304s: state_shapes11)
        off = {"NEWSARCHIVE_STATE_DISCOVERY_CONDITIONAL": False}
        second = [
            start_worker(name, data=data, extra=off, **common)
            for name, data in (("b1", machine_b), ("c1", machine_c))
        ]
        finish(*second)
        assert full_article_fetches(site, publisher) == []
        paths = {r.path for r in site.requests}
        assert {"/rss/feed/nar", "/Politics", "/sitemap.xml"} <= paths, sorted(paths)
        assert archived(machine_b.archive) == [] and archived(machine_c.archive) == []
        stats = [w.stats for w in second]
        assert sum(s.get("newsarchive/state/skipped_known", 0) for s in stats) >= 30, stats
        assert sum(s.get("newsarchive/state/new", 0) for s in stats) == 0, stats
        # The sitemaps worker a1 read completely in its clean run are known to be unchanged.
        assert sum(s.get("newsarchive/discovery/sitemaps_unchanged", 0) for s in stats) >= 1, stats
        # Nothing of the state is on the machines: it is all in Redis.
        for data in (machine_a, machine_b, machine_c):
            assert list(data.state.iterdir()) == [], data.state

        # Run 3 on machine B alone: an edit and a new story. Only those two come in full; the edit is
        # version 2 although machine B never archived version 1.
        edited = publisher.edit([4])
        new = publisher.publish_new(1)
        site.clear_log()
        finish(start_worker("b1", data=machine_b, **common))
        assert full_article_fetches(site, publisher) == sorted(s.path for s in [*edited, *new])
        versions = {urlsplit(r["url"]).path: r["version"] for r in archived(machine_b.archive)}
        assert versions == {edited[0].path: 2, new[0].path: 1}
        (v2,) = [r for r in archived(machine_b.archive) if r["version"] == 2]
        (v1,) = [r for r in archived(machine_a.archive) if urlsplit(r["url"]).path == edited[0].path]
        assert v2["previous_hash"] == v1["content_hash"] != v2["content_hash"]


class FailingPublisher(Publisher):
    """The generated publisher, one article page answered 503 (`failing`: its path)."""

    failing: str = ""

    def __call__(self, request: Request) -> Resource | None:
        if self.failing and request.path.rstrip("/") == self.failing:
            return Resource(body=b"busy", status=503, content_type="text/plain", validators=False)
        return super().__call__(request)


@pytest.mark.slow
@pytest.mark.redis
def test_article_error_of_any_worker_keeps_sitemaps_from_being_marked_done(
    redis_server: RedisServer, redis_prefix: str, tmp_data: DataDirs
) -> None:
    """A clean full run marks the child sitemaps it read as done (the next runs skip them while unchanged).
    With a shared state the run is the whole job: a failed article on any worker makes it unclean."""
    import redis

    client = redis.Redis.from_url(redis_server.url)
    meta = f"{redis_prefix}:site:nikkei_asia:meta"

    def marks() -> list[bytes]:
        return [k for k in client.hkeys(meta) if k.startswith(b"sitemap_lastmod:")]

    publisher = FailingPublisher(articles=12)
    with publisher.serve() as site:
        common = {"base_url": site.base_url, "redis_url": redis_server.url, "prefix": redis_prefix}
        # Another worker of the job failed on an article after this one started: no marks.
        client.hset(meta, "article_error_at", repr(time.time() + 3600))
        finish(start_worker("w1", data=tmp_data, **common))
        assert len(archived(tmp_data.archive)) == 12
        assert marks() == []
        # A failure before this run started belongs to an earlier job: the clean run marks its sitemaps.
        client.hset(meta, "article_error_at", repr(time.time() - 1))
        finish(start_worker("w1", data=tmp_data, **common))
        assert marks()
        # This worker's own failure is recorded for the other workers of its job.
        client.hdel(meta, *marks())
        (new,) = publisher.publish_new(1)
        publisher.failing = new.path
        started = time.time()
        worker = start_worker("w1", data=tmp_data, **common, extra={"RETRY_TIMES": 0})
        finish(worker)
        assert worker.stats.get("newsarchive/spider/article_errors", 0) >= 1, worker.text[-3000:]
        assert float(client.hget(meta, "article_error_at") or 0) >= started
        assert marks() == []


@pytest.mark.slow
@pytest.mark.redis
def test_sigkill_one_worker_loses_nothing(
    redis_server: RedisServer, redis_prefix: str, tmp_data: DataDirs
) -> None:
    publisher = SlowPublisher(articles=60)
    publisher.delay = 0.3
    with publisher.serve() as site:
        common = {
            "base_url": site.base_url,
            "redis_url": redis_server.url,
            "prefix": redis_prefix,
            "data": tmp_data,
        }
        victim = start_worker("victim", **common)
        survivor = start_worker("survivor", **common)
        try:
            deadline = time.monotonic() + 90
            # Kill the victim mid-crawl: the first stories are archived, most are still to come.
            while len(archived(tmp_data.archive)) < 3:
                assert victim.process.poll() is None, victim.text[-4000:]
                assert time.monotonic() < deadline, "nothing archived within 90s"
                time.sleep(0.05)
            os.kill(victim.process.pid, signal.SIGKILL)
            assert victim.wait(timeout=30) == -signal.SIGKILL
            assert survivor.wait() == 0, survivor.text[-4000:]
        finally:
            for worker in (victim, survivor):
                if worker.process.poll() is None:
                    worker.process.kill()
                    worker.process.wait()
    records = archived(tmp_data.archive)
    counts = story_counts(records)
    assert set(counts) == {s.path for s in publisher.stories}, "a story was lost with the killed worker"
    # The one duplicate a crash can leave: the victim wrote a line and died before its commit reached
    # Redis (a thread-pool hop and a round trip), so the survivor archived that article again. It is the
    # same (url, content_hash, version), which `merge` drops; any other repeat is a broken claim.
    repeated = [path for path, n in counts.items() if n > 1]
    assert len(repeated) <= 1 and all(counts[path] == 2 for path in repeated), counts.most_common(3)
    for path in repeated:
        twins = {
            (r["url"], r["content_hash"], r["version"]) for r in records if urlsplit(r["url"]).path == path
        }
        assert len(twins) == 1, twins
    report = merge_archive(tmp_data.archive)
    assert report.duplicates == len(repeated)
    merged = story_counts(archived(tmp_data.archive))
    assert set(merged) == {s.path for s in publisher.stories} and set(merged.values()) == {1}, merged
    # The survivor redid what the victim had taken but not finished.
    assert survivor.stats.get("newsarchive/distributed/reclaimed", 0) > 0, survivor.text[-3000:]
    assert survivor.stats.get("newsarchive/archive/written", 0) < 60


def test_merge_folds_worker_files_into_day_files(tmp_path: Path) -> None:
    site = tmp_path / "nikkei_asia"
    site.mkdir()

    def line(path: str, version: int = 1, fetched: str = "2026-03-02T10:00:00+00:00") -> str:
        return (
            json.dumps(
                {
                    "url": f"https://asia.nikkei.com{path}",
                    "content_hash": f"sha256:{path}{version}",
                    "version": version,
                    "fetched_at": fetched,
                }
            )
            + "\n"
        )

    (site / "2026-03-02.jsonl").write_text(line("/a"))
    (site / "2026-03-02.host-1.jsonl").write_text(
        line("/b", fetched="2026-03-02T10:00:05+00:00") + line("/a")
    )
    # A killed worker: one whole line, then a torn one.
    (site / "2026-03-02.host-2.jsonl").write_text(
        line("/c", fetched="2026-03-02T10:00:01+00:00") + '{"url": "htt'
    )
    (site / "2026-03-01.host-2.jsonl").write_text(line("/d", version=2))

    report = merge_archive(tmp_path)

    assert sorted(p.name for p in site.iterdir()) == ["2026-03-01.jsonl", "2026-03-02.jsonl"]
    merged = [json.loads(x) for x in (site / "2026-03-02.jsonl").read_text().splitlines()]
    assert [urlsplit(r["url"]).path for r in merged] == ["/a", "/c", "/b"]
    assert (report.files, report.records, report.duplicates, report.torn) == (3, 3, 1, 1)


def _article(path: str, body: str, *, canonical: str | None = None) -> Article:
    article = Article(
        url=f"https://asia.nikkei.com{path}",
        canonical_url=canonical,
        site="nikkei_asia",
        body=[body],
        published_at="2026-03-02T12:00:00+09:00",
    )
    article.refresh_derived()
    return article


@pytest.mark.redis
def test_redis_state_claims_each_version_once(redis_server: RedisServer, redis_prefix: str) -> None:
    import redis

    client = redis.Redis.from_url(redis_server.url)
    client.set(f"{redis_prefix}:alive:w1", b"1")
    client.set(f"{redis_prefix}:alive:w2", b"1")
    w1 = RedisCrawlState.open(redis_server.url, prefix=redis_prefix, site="nikkei_asia", worker="w1")
    w2 = RedisCrawlState.open(redis_server.url, prefix=redis_prefix, site="nikkei_asia", worker="w2")
    first = _article("/Politics/A-story-about-things", "First text.")

    claim = w1.claim(first)
    assert claim is not None and (claim.version, claim.previous_hash) == (1, None)
    assert w2.claim(first) is None  # w1 is alive and writing it
    w1.commit(claim, first)
    assert w2.claim(first) is None  # archived: same content
    known = w2.get(first.url)
    assert known is not None and (known.content_hash, known.version) == (first.content_hash, 1)

    # Changed content: a new version, numbered from the shared state, once.
    changed = _article("/Politics/A-story-about-things", "Second text.")
    second = w2.claim(changed)
    assert second is not None and (second.version, second.previous_hash) == (2, first.content_hash)
    assert w1.claim(changed) is None
    w2.release(second)  # e.g. a later pipeline step dropped it: someone else may write it
    again = w1.claim(changed)
    assert again is not None and again.version == 2

    # w1 dies holding the claim: its line may not be on disk, so w2 takes over.
    client.delete(f"{redis_prefix}:alive:w1")
    taken = w2.claim(changed)
    assert taken is not None and taken.version == 2


@pytest.mark.redis
def test_redis_state_speaks_the_crawl_state_api(
    redis_server: RedisServer, redis_prefix: str, tmp_path: Path
) -> None:
    from newsarchive.archive import JsonlAppender, encode_record, reconcile_state

    store = RedisCrawlState.open(redis_server.url, prefix=redis_prefix, site="nikkei_asia", worker="w1")
    store.touch("https://asia.nikkei.com/Politics/Seen-but-not-archived-yet?utm_source=x", etag='"e1"')
    seen = store.get("https://asia.nikkei.com/Politics/Seen-but-not-archived-yet")
    assert seen is not None and seen.etag == '"e1"' and seen.content_hash is None and seen.first_seen

    article = _article(
        "/Politics/Tracking-path-variant-of-a-story/amp",
        "Text.",
        canonical="https://asia.nikkei.com/Politics/Canon",
    )
    article.version = 3
    store.record_archived(article)
    by_canonical = store.get("https://asia.nikkei.com/Politics/Canon")
    assert by_canonical is not None and by_canonical.version == 3 and by_canonical.url == article.url
    assert store.get_article(article) == by_canonical

    # A line a killed worker wrote but never recorded: the archive reconciliation finds it.
    lost = _article("/Politics/Written-then-killed-before-commit", "Lost text.")
    with JsonlAppender() as appender:
        appender.append(tmp_path / "nikkei_asia" / "2026-03-02.w9.jsonl", encode_record(lost.to_dict()))
    assert reconcile_state(store, tmp_path, "nikkei_asia") == 1
    assert store.get(lost.url) is not None
    assert reconcile_state(store, tmp_path, "nikkei_asia") == 0
    store.close(synced=True)
