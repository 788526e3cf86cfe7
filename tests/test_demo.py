"""The main job end to end: `python -m newsarchive demo` (both bundled sample sites) and a plain
`scrapy crawl` of the bundled Nikkei sample."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from newsarchive.demo.ledger import STORIES
from newsarchive.demo.server import SiteServer
from newsarchive.demo.subprocess_crawl import archive_jsonl_files, parse_stats
from tests.crawlkit import DataDirs, run_crawl

REPO_DIR = Path(__file__).resolve().parents[1]
SEED_TEXT = REPO_DIR.parent / "shared" / "seeds" / "000_bbde44ff20abac14.txt"
SEED_EXPECTED = REPO_DIR / "tests" / "fixtures" / "nikkei_asia" / "seed_missile_launch" / "expected.json"
SEED_PATH = "/Politics/Latest-missile-launch-tests-maximum-pressure-on-North-Korea"
SPONSORED_PATH = "/Sponsored-content/Discover-the-future-of-smart-cities-in-Singapore"
ARTICLE_PATHS = {
    SEED_PATH,
    "/Politics/Japan-and-Australia-sign-defense-pact-on-reciprocal-access",
    "/Politics/Kono-urges-ASEAN-to-enforce-North-Korea-sanctions",
    "/Business/Toyota-bets-on-solid-state-batteries-for-2022-launch",
    "/Economy/Bank-of-Japan-holds-rates-as-inflation-stays-subdued",
    "/Business/Markets/Asian-stocks-rally-as-tech-shares-rebound",
}

pytestmark = pytest.mark.slow


def _path(record: dict[str, Any]) -> str:
    return urlsplit(record["url"]).path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def run_demo(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m newsarchive demo ...` as a user runs it, from a folder that is not the checkout."""
    env = dict(os.environ)
    # The working tree's code, even if another copy of the package is installed.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_DIR), env.get("PYTHONPATH", "")) if p)
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, "-m", "newsarchive", "demo", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def records_from(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


LEDGER_PATHS = {s.path for s in STORIES if not s.sponsor}


def records_under(archive: Path, site: str = "nikkei_asia") -> list[dict[str, Any]]:
    out = []
    for file in archive_jsonl_files(archive / site):
        out += [json.loads(line) for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Three demo runs in one empty folder: first, re-run, --fresh re-run (the same port each time)."""
    cwd = tmp_path_factory.mktemp("demo")
    port = str(_free_port())
    common = ["--archive-dir", "out/archive", "--state-dir", "out/state", "--report-dir", "out/reports"]
    first = run_demo(cwd, *common, "--port", port)
    after_first = records_under(cwd / "out" / "archive")
    ledger_first = records_under(cwd / "out" / "archive", "harbour_ledger")
    second = run_demo(cwd, *common, "--port", port)
    after_second = records_under(cwd / "out" / "archive")
    fresh = run_demo(cwd, *common, "--port", port, "--fresh")
    after_fresh = records_under(cwd / "out" / "archive")
    return {
        "cwd": cwd,
        "runs": (first, second, fresh),
        "records": (after_first, after_second, after_fresh),
        "ledger": ledger_first,
    }


def test_demo_archives_the_sample(demo_run: dict[str, Any]) -> None:
    first = demo_run["runs"][0]
    assert first.returncode == 0, first.stdout + first.stderr
    records = demo_run["records"][0]
    assert {_path(r) for r in records} == ARTICLE_PATHS
    assert len(records) == len(ARTICLE_PATHS), "an article archived twice in one run"
    # Archive layout: <archive>/<site>/<YYYY-MM-DD>.jsonl, by publication date.
    files = sorted(
        p.relative_to(demo_run["cwd"]).as_posix() for p in (demo_run["cwd"] / "out").rglob("*.jsonl")
    )
    assert "out/archive/nikkei_asia/2017-11-29.jsonl" in files
    assert "out/archive/harbour_ledger/2025-11-29.jsonl" in files
    archive = [f for f in files if "/_rejected/" not in f]
    layout = r"out/archive/(nikkei_asia|harbour_ledger)/\d{4}-\d\d-\d\d\.jsonl"
    assert all(re.fullmatch(layout, f) for f in archive), files
    # The advertorial is dropped (counted Sponsored below) and kept in the rejects, dated by the crawl day.
    (rejected,) = [f for f in files if f.startswith("out/archive/nikkei_asia/_rejected/")]
    assert re.fullmatch(r"out/archive/nikkei_asia/_rejected/\d{4}-\d\d-\d\d\.jsonl", rejected), rejected
    (reject,) = records_from(demo_run["cwd"] / rejected)
    assert reject["drop_reason"] == "Sponsored"
    assert _path(reject) == "/Sponsored-content/Discover-the-future-of-smart-cities-in-Singapore"
    assert reject["sponsored"] is True and reject["body"]
    # Nothing under the default data/ when other folders are given.
    assert not (demo_run["cwd"] / "data").exists()

    out = first.stdout
    assert f"Archived {len(ARTICLE_PATHS)} articles" in out
    assert "out/archive/nikkei_asia/2017-11-29.jsonl  +1" in out
    assert out.count("Dropped 1: Sponsored 1") == 2  # one paid post on each sample site
    assert "scrapy crawl harbour_ledger" in out
    assert f"Archived {len(LEDGER_PATHS)} articles" in out
    assert {_path(r) for r in demo_run["ledger"]} == LEDGER_PATHS
    assert len(demo_run["ledger"]) == len(LEDGER_PATHS)
    kono = next(r for r in records if "Kono" in r["url"])
    assert kono["access"] == "paywalled"


def test_demo_seed_record_matches_the_fixture(demo_run: dict[str, Any]) -> None:
    if not SEED_EXPECTED.exists():
        pytest.skip(f"no expected record yet at {SEED_EXPECTED}")
    expected = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    seed = [r for r in demo_run["records"][0] if _path(r) == SEED_PATH]
    assert len(seed) == 1
    record = dict(seed[0])
    # The demo serves the page from 127.0.0.1: the fetched URL differs only in origin; fetched_at is "now".
    assert urlsplit(record.pop("url")).path == urlsplit(expected.pop("url")).path
    record.pop("fetched_at")
    expected.pop("fetched_at")
    assert record == expected


def test_demo_archive_has_no_seed_noise(demo_run: dict[str, Any]) -> None:
    if not SEED_TEXT.exists():
        pytest.skip(f"shared/ seeds are not beside the repository (looked for {SEED_TEXT})")
    records = demo_run["records"][0]
    assert records
    seed = next(r for r in records if _path(r) == SEED_PATH)
    article_text = {_norm(s) for s in _strings(seed)}
    article_blob = " ".join(article_text)
    noise = set()
    for line in SEED_TEXT.read_text(encoding="utf-8").splitlines():
        line = _norm(line)
        # Lines of the article itself (headline, body, caption, credit...) are not noise; tiny fragments
        # ("." on its own line) would match anything.
        if line and line not in article_blob and len(line) >= 8:
            noise.add(line)
    assert any(line.startswith("ArrowArtboardCreated") for line in noise)
    assert "Get Unlimited access" in noise
    assert (
        "About Sponsored Content This content was commissioned by Nikkei's Global Business Bureau." in noise
    )
    for record in records:
        for text in _strings(record):
            text = _norm(text)
            found = [line for line in noise if line in text]
            assert not found, f"noise {found} in {record['url']}"


def test_demo_rerun_archives_nothing_new(demo_run: dict[str, Any]) -> None:
    second = demo_run["runs"][1]
    assert second.returncode == 0, second.stdout + second.stderr
    assert demo_run["records"][1] == demo_run["records"][0]
    assert "Archived nothing new." in second.stdout
    assert "--fresh" in second.stdout


def test_demo_fresh_starts_over(demo_run: dict[str, Any]) -> None:
    fresh = demo_run["runs"][2]
    assert fresh.returncode == 0, fresh.stdout + fresh.stderr
    assert "--fresh: removed the previous demo output" in fresh.stdout
    assert f"Archived {len(ARTICLE_PATHS)} articles" in fresh.stdout
    after = demo_run["records"][2]
    # The previous demo output is gone and everything was archived again, as version 1.
    assert Counter(map(_path, after)) == dict.fromkeys(ARTICLE_PATHS, 1)
    assert all(r["version"] == 1 for r in after)
    first_fetch = {r["url"]: r["fetched_at"] for r in demo_run["records"][0]}
    assert all(r["fetched_at"] >= first_fetch[r["url"]] for r in after)


def test_demo_fresh_never_deletes_a_real_crawl(tmp_path: Path) -> None:
    site_dir = tmp_path / "archive" / "nikkei_asia"
    site_dir.mkdir(parents=True)
    real = site_dir / "2024-01-01.jsonl"
    line = json.dumps({"url": "https://asia.nikkei.com/Politics/Some-real-story-from-the-site", "version": 1})
    real.write_text(line + "\n", encoding="utf-8")
    result = run_demo(tmp_path, "--fresh", "--archive-dir", "archive", "--state-dir", "state", "--port", "0")
    assert result.returncode == 2
    assert "not deleting them" in result.stdout
    assert real.read_text(encoding="utf-8") == line + "\n"


def test_demo_rejects_bad_options(tmp_path: Path) -> None:
    result = run_demo(tmp_path, "--no-such-option")
    assert result.returncode == 2
    assert "--no-such-option" in result.stderr


def test_scrapy_crawl_of_the_demo_site(demo_site: SiteServer, tmp_data: DataDirs) -> None:
    """The plain command line (what the demo wraps): robots first, fronts paginated, nothing disallowed."""
    demo_site.clear_log()
    result = run_crawl(
        "nikkei_asia", settings={"NEWSARCHIVE_SPIDER_BASE_URL": demo_site.base_url}, data=tmp_data
    )
    assert result.returncode == 0, result.log_tail()
    assert {_path(r) for r in result.records} == ARTICLE_PATHS
    assert result.drops == {"Sponsored": 1}
    assert result.stats["item_scraped_count"] == len(ARTICLE_PATHS)
    requested = [r.path for r in demo_site.requests]
    assert requested[0] == "/robots.txt"
    assert "/Politics?page=2" in requested
    assert SPONSORED_PATH in requested
    assert not any(p.startswith("/search") for p in requested)
    # Every page once: no duplicate fetches within one crawl.
    assert len(requested) == len(set(requested))


def test_parse_stats_reads_the_final_dump() -> None:
    log = """2026-11-25 21:00:00 [scrapy.core.engine] INFO: Closing spider (finished)
2026-11-25 21:00:00 [scrapy.statscollectors] INFO: Dumping Scrapy stats:
{'downloader/response_status_count/304': 3,
 'elapsed_time_seconds': 1.5,
 'finish_reason': 'finished',
 'finish_time': datetime.datetime(2026, 11, 25, 21, 0, 0, 5, tzinfo=datetime.timezone.utc),
 'item_dropped_reasons_count/Sponsored': 1,
 'item_scraped_count': 6,
 'newsarchive/archive/written': 6}
2026-11-25 21:00:00 [scrapy.core.engine] INFO: Spider closed (finished)
"""
    stats = parse_stats(log)
    assert stats["item_scraped_count"] == 6
    assert stats["item_dropped_reasons_count/Sponsored"] == 1
    assert stats["finish_reason"] == "finished"
    assert stats["finish_time"].startswith("datetime.datetime(2026, 11, 25")
    assert parse_stats("2026-11-25 [scrapy] INFO: no stats here") == {}
    assert parse_stats(log.split("'item_scraped_count'")[0]) == {}
