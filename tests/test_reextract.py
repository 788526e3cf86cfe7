"""`reextract`: captured responses replayed through today's extraction and pipelines, no refetching."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsarchive.capture.reader import iter_capture_refs
from newsarchive.commands import reextract, stats
from newsarchive.demo.server import SiteServer
from newsarchive.extract.registry import get_profile
from tests.crawlkit import PROJECT_DIR, DataDirs, archive_jsonl_files, read_jsonl_records, run_crawl
from tests.test_warc_kit import (
    ARTICLE_PATHS,
    SPONSORED_PATH,
    GzipSite,
    crawl_env,
    page_file,
    read_warc,
    run_module,
    warc_crawl,
    warc_files,
)

TOYOTA = "/Business/Toyota-bets-on-solid-state-batteries-for-2022-launch"


def by_key(records: list[dict[str, Any]]) -> dict[tuple[str, int], dict[str, Any]]:
    return {(r["url"], r["version"]): r for r in records}


@pytest.fixture(scope="module")
def site() -> Iterator[tuple[SiteServer, GzipSite]]:
    resolver = GzipSite()
    with SiteServer(resolver=resolver) as server:
        yield server, resolver


@pytest.fixture(scope="module")
def crawled(site: tuple[SiteServer, GzipSite], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    server, _ = site
    root = tmp_path_factory.mktemp("crawl")
    result, data, warc_dir = warc_crawl(server, root)
    return {"result": result, "data": data, "warcs": warc_files(warc_dir), "root": root}


def test_reextract_reproduces_the_crawl_without_fetching(
    site: tuple[SiteServer, GzipSite],
    crawled: dict[str, Any],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server, _ = site
    server.clear_log()
    out = tmp_path / "rebuilt"
    done = run_module("newsarchive", "reextract", *map(str, crawled["warcs"]), "--out", str(out))
    assert done.returncode == 0, done.stderr[-3000:]
    assert server.requests == []  # nothing fetched, not even robots.txt
    assert "replayed 7 of 7 captured article response(s)" in done.stdout
    assert "6 archived, 1 dropped (Sponsored 1)" in done.stdout

    crawl = by_key(crawled["result"].records)
    fresh = by_key(read_jsonl_records(out / "archive"))
    assert sorted(fresh) == sorted(crawl)
    # Same files (one per published day), same records; fetched_at is the capture time (WARC-Date),
    # which differs from the crawl's own clock reading by the processing delay.
    assert sorted(p.relative_to(out / "archive") for p in archive_jsonl_files(out / "archive")) == sorted(
        p.relative_to(crawled["data"].archive) for p in archive_jsonl_files(crawled["data"].archive)
    )
    warc_dates = {
        r["uri"]: r["date"] for f in crawled["warcs"] for r in read_warc(f) if r["type"] == "response"
    }
    for key, record in crawl.items():
        again = fresh[key]
        assert {k: v for k, v in again.items() if k != "fetched_at"} == {
            k: v for k, v in record.items() if k != "fetched_at"
        }
        assert again["fetched_at"] == warc_dates[record["url"]][:19] + "+00:00"
        assert abs(_epoch(again["fetched_at"]) - _epoch(record["fetched_at"])) <= 5

    # Inspection agrees: same counts per day and section, same coverage.
    numbers = []
    for archive in (crawled["data"].archive / "nikkei_asia", out / "archive" / "nikkei_asia"):
        assert stats.run([str(archive), "--json"]) == 0
        numbers.append(json.loads(capsys.readouterr().out))
    for key in ("articles", "per_day", "per_section", "coverage", "access"):
        assert numbers[0][key] == numbers[1][key], key
    assert numbers[1]["articles"] == 6 and numbers[1]["per_section"] == {
        "Politics": 3,
        "Business": 1,
        "Economy": 1,
        "Markets": 1,
    }

    summary = json.loads((out / "reextract.json").read_text())
    assert summary["replayed"] == 7 and summary["archived"] == 6 and summary["drops"] == {"Sponsored": 1}
    assert summary["dropped_urls"] == {server.url(SPONSORED_PATH): "Sponsored"}
    assert summary["stats"]["newsarchive/reextract/replayed"] == 7
    assert (out / "state").is_dir()


def _epoch(iso: str) -> float:
    from datetime import datetime

    return datetime.fromisoformat(iso).timestamp()


def test_diff_lists_exactly_the_articles_a_selector_change_affects(
    crawled: dict[str, Any], tmp_path: Path
) -> None:
    archive = crawled["data"].archive / "nikkei_asia"
    warcs = list(map(str, crawled["warcs"]))
    unchanged = run_module("newsarchive", "reextract", *warcs, "--diff", str(archive), "--exit-code")
    assert unchanged.returncode == 0, unchanged.stderr[-3000:]
    assert unchanged.stdout.strip().splitlines()[-1].startswith("0 changed, 0 new, 0 gone, 6 unchanged;")

    # One selector of the nikkei_asia profile changed, as a profile fix would: a user's copy of the
    # profile file replaces the package's.
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    builtin = (PROJECT_DIR / "newsarchive/extract/profiles/nikkei_asia.toml").read_text(encoding="utf-8")
    patched = re.sub(r"(?m)^image_credit = .*$", 'image_credit = [".no-such-credit"]', builtin)
    assert patched != builtin
    (profiles / "nikkei_asia.toml").write_text(patched, encoding="utf-8")
    args = [*warcs, "--diff", str(archive), "-s", f"NEWSARCHIVE_PROFILE_DIRS={profiles}"]
    changed = run_module("newsarchive", "reextract", *args, "--json")
    assert changed.returncode == 0, changed.stderr[-3000:]
    report = json.loads(changed.stdout)
    # Expected from the archive itself: every image that had a credit loses it, nothing else moves.
    expected = {
        (r["url"], r["version"]): [f"images[{i}].credit" for i, im in enumerate(r["images"]) if im["credit"]]
        for r in crawled["result"].records
    }
    expected = {key: fields for key, fields in expected.items() if fields}
    assert 0 < len(expected) < len(crawled["result"].records)
    assert {(c["url"], c["version"]): c["fields"] for c in report["changes"]} == expected
    assert {c["status"] for c in report["changes"]} == {"changed"}
    assert report["counts"] == {
        "changed": len(expected),
        "new": 0,
        "gone": 0,
        "unchanged": len(crawled["result"].records) - len(expected),
        "not_compared": 0,
    }
    assert report["ignored_fields"] == ["fetched_at"]

    text = run_module("newsarchive", "reextract", *args, "--exit-code")
    assert text.returncode == 1
    lines = text.stdout.strip().splitlines()
    assert sorted(lines[:-1]) == sorted(
        f"changed  {url} v{version}: {', '.join(fields)}" for (url, version), fields in expected.items()
    )


def test_diff_reports_records_a_pipeline_setting_would_drop(crawled: dict[str, Any]) -> None:
    archive = crawled["data"].archive / "nikkei_asia"
    done = run_module(
        "newsarchive",
        "reextract",
        *map(str, crawled["warcs"]),
        "--diff",
        str(archive),
        "--json",
        "-s",
        "NEWSARCHIVE_PAYWALL_DROP=True",
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)
    paywalled = [r for r in crawled["result"].records if r["access"] == "paywalled"]
    assert len(paywalled) == 1
    assert [(c["url"], c["status"], c.get("reason")) for c in report["changes"]] == [
        (paywalled[0]["url"], "gone", "Paywalled")
    ]
    assert report["counts"]["unchanged"] == len(crawled["result"].records) - 1


def test_versions_and_dedup_replay_as_in_the_crawls(
    site: tuple[SiteServer, GzipSite], tmp_path: Path
) -> None:
    server, resolver = site
    root = tmp_path / "two-runs"
    warc_crawl(server, root)
    # The publisher updates one story; the next run re-checks every known article (after ~0.1 s).
    body = page_file(TOYOTA).read_bytes().decode()
    sentence = body.split("<p>", 3)[3].split("</p>")[0][:40]
    resolver.replace[TOYOTA] = (sentence, "UPDATED: " + sentence)
    try:
        result, data, warc_dir = warc_crawl(server, root, settings={"NEWSARCHIVE_STATE_RECHECK_DAYS": 1e-6})
    finally:
        resolver.replace.clear()
    crawl = read_jsonl_records(data.archive)
    versions = sorted((urlsplit(r["url"]).path, r["version"]) for r in crawl)
    assert (TOYOTA, 2) in versions and len(crawl) == len(ARTICLE_PATHS)  # 6 articles + 1 new version
    warcs = warc_files(warc_dir)
    assert len(warcs) == 2

    out = tmp_path / "rebuilt"
    done = run_module("newsarchive", "reextract", *map(str, warcs), "--out", str(out))
    assert done.returncode == 0, done.stderr[-3000:]
    fresh = read_jsonl_records(out / "archive")
    keep = ("url", "version", "content_hash", "previous_hash", "body")
    assert sorted(tuple(str(r[k]) for k in keep) for r in fresh) == sorted(
        tuple(str(r[k]) for k in keep) for r in crawl
    )
    summary = json.loads((out / "reextract.json").read_text())
    # The unchanged articles captured again in run 2 (if any) are duplicates, as they were live.
    assert summary["drops"].get("Duplicate", 0) == result.drops.get("Duplicate", 0)


def test_foreign_warc_with_chunked_gzip_payload(crawled: dict[str, Any], tmp_path: Path) -> None:
    """A WARC from another tool: chunked transfer recorded raw, gzip content, no newsarchive metadata."""
    path = "/Politics/Japan-and-Australia-sign-defense-pact-on-reciprocal-access"
    html = page_file(path).read_bytes()
    payload = gzip.compress(html, mtime=0)
    chunked = b"".join(
        b"%x\r\n%s\r\n" % (len(payload[i : i + 1000]), payload[i : i + 1000])
        for i in range(0, len(payload), 1000)
    )
    chunked += b"0\r\n\r\n"
    url = get_profile("nikkei_asia").base_url + path
    warc = tmp_path / "other-tool.warc.gz"
    with warc.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        http = StatusAndHeaders(
            "200 OK",
            [
                ("Content-Type", "text/html; charset=utf-8"),
                ("Content-Encoding", "gzip"),
                ("Transfer-Encoding", "chunked"),
            ],
            protocol="HTTP/1.1",
        )
        writer.write_record(
            writer.create_warc_record(url, "response", payload=BytesIO(chunked), http_headers=http)
        )
    out = tmp_path / "out"
    done = run_module("newsarchive", "reextract", str(warc), "--out", str(out))
    assert done.returncode == 0, done.stderr[-3000:]
    (record,) = read_jsonl_records(out / "archive")
    (crawled_record,) = crawled["result"].by_path(path)
    assert record["url"] == url
    for field in ("headline", "body", "authors", "published_at", "content_hash"):
        assert record[field] == crawled_record[field], field


def test_a_torn_capture_is_not_replayed(crawled: dict[str, Any], tmp_path: Path) -> None:
    """A crawl killed mid-write leaves half a record: the rest replays, the torn page does not."""
    (source,) = crawled["warcs"]
    refs = list(iter_capture_refs([source]))
    torn = tmp_path / source.name
    torn.write_bytes(source.read_bytes()[: refs[-1].offset + 1500])  # into the last response's payload
    out = tmp_path / "out"
    done = run_module("newsarchive", "reextract", str(torn), "--out", str(out))
    assert done.returncode == 1  # the rebuild is incomplete, and says so
    assert f"replayed {len(refs) - 1} of {len(refs)} captured" in done.stdout
    assert "(1 damaged, not replayed)" in done.stdout
    assert "payload does not match its digest" in done.stderr
    fresh = {r["url"] for r in read_jsonl_records(out / "archive")}
    assert refs[-1].url not in fresh
    assert fresh == {r["url"] for r in crawled["result"].records} - {refs[-1].url}


def test_arguments_are_checked_before_anything_runs(
    crawled: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    warc = str(crawled["warcs"][0])
    assert reextract.run([warc]) == 2
    assert "--out" in capsys.readouterr().err
    assert reextract.run([str(tmp_path / "missing.warc.gz"), "--out", str(tmp_path / "o")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert reextract.run([warc, "--out", str(crawled["root"] / "data")]) == 2  # holds an archive already
    assert "not empty" in capsys.readouterr().err
    assert reextract.run([warc, "--diff", str(tmp_path)]) == 2
    assert "no archive files" in capsys.readouterr().err
    assert reextract.run([warc, "--out", str(tmp_path / "o"), "-s", "NOVALUE"]) == 2
    assert "NAME=VALUE" in capsys.readouterr().err


def test_generic_article_spider_captures_and_replays(
    site: tuple[SiteServer, GzipSite], tmp_path: Path
) -> None:
    """The `article` spider dispatches pages by content: its article responses are captured too."""
    server, _ = site
    data = DataDirs.under(tmp_path / "data")
    warc_dir = tmp_path / "data" / "warc"
    result = run_crawl(
        "article",
        f"url={server.url('/Politics')}",
        "depth=1",
        data=data,
        settings={"NEWSARCHIVE_WARC_ENABLED": True, "NEWSARCHIVE_WARC_DIR": warc_dir},
        env=crawl_env(tmp_path),
    )
    assert result.returncode == 0, result.log_tail()
    assert result.records
    (site_dir,) = warc_dir.iterdir()
    assert site_dir.name == "127.0.0.1"  # the generic spider's site: the start URL's host
    captured = {r["uri"] for f in site_dir.glob("*.warc.gz") for r in read_warc(f) if r["type"] == "response"}
    assert {r["url"] for r in result.records} <= captured

    server.clear_log()
    done = run_module("newsarchive", "reextract", str(site_dir), "--diff", str(data.archive), "--json")
    assert done.returncode == 0, done.stderr[-3000:]
    assert server.requests == []
    report = json.loads(done.stdout)
    assert report["changes"] == []
    assert report["counts"]["unchanged"] == len(result.records)
