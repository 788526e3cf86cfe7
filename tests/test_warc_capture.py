"""WARC capture in a real crawl of the demo site: every article response, as received, readable by warcio."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from newsarchive.demo.server import SiteServer
from tests.crawlkit import CrawlResult
from tests.test_warc_kit import (
    ARTICLE_PATHS,
    SPONSORED_PATH,
    gzip_server,
    metadata_of,
    page_file,
    read_warc,
    response_paths,
    warc_crawl,
    warc_files,
)


@pytest.fixture(scope="module")
def server() -> Iterator[SiteServer]:
    with gzip_server() as site:
        yield site


@pytest.fixture(scope="module")
def captured(server: SiteServer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One crawl with capture on (defaults: article responses only, one file)."""
    server.clear_log()
    result, _, warc_dir = warc_crawl(server, tmp_path_factory.mktemp("capture"))
    files = warc_files(warc_dir)
    return {
        "result": result,
        "files": files,
        "records": [r for f in files for r in read_warc(f)],
        "served": list(server.requests),
    }


def test_every_article_response_is_captured_and_nothing_else(captured: dict[str, Any]) -> None:
    result: CrawlResult = captured["result"]
    assert len(captured["files"]) == 1
    served = captured["served"]
    served_articles = sorted(r.path for r in served if r.path in ARTICLE_PATHS and r.status == 200)
    assert served_articles == sorted(ARTICLE_PATHS)
    # Each article response the server sent is in the WARC once; fronts, feeds, robots.txt are not.
    assert sorted(response_paths(captured["records"])) == served_articles
    archived = {urlsplit(r["url"]).path for r in result.records}
    assert archived | {SPONSORED_PATH} == set(served_articles)  # the advertorial is captured, then dropped
    assert result.stats["newsarchive/warc/responses"] == len(ARTICLE_PATHS)


def test_responses_are_kept_as_received(captured: dict[str, Any]) -> None:
    records = captured["records"]
    assert records[0]["type"] == "warcinfo"
    responses = [r for r in records if r["type"] == "response"]
    for response in responses:
        path = urlsplit(response["uri"]).path
        http = response["http"]
        assert http.get_statuscode() == "200"
        # The payload as sent: gzip-encoded, with the server's headers; decoding it gives the page.
        assert http.get_header("Content-Encoding") == "gzip"
        assert http.get_header("ETag")
        assert response["raw"][:2] == b"\x1f\x8b"
        assert gzip.decompress(response["raw"]) == page_file(path).read_bytes()
        (request,) = [r for r in records if r["type"] == "request" and r["concurrent_to"] == response["id"]]
        assert request["uri"] == response["uri"] and request["date"] == response["date"]
        assert request["http"].protocol == "GET"
        assert request["http"].get_header("User-Agent", "").startswith("newsarchive/")
        assert "gzip" in request["http"].get_header("Accept-Encoding", "")
        meta = metadata_of(records, response["id"])
        assert meta["kind"] == "article" and meta["spider"] == "nikkei_asia" and meta["site"] == "nikkei_asia"
        assert meta["callback"] == "parse_article"
        assert meta["meta"]["newsarchive_source"] in ("feed", "front")


def test_warcio_tools_read_the_files(captured: dict[str, Any]) -> None:
    (path,) = captured["files"]
    # warcio's own command line, from this interpreter's install.
    check = subprocess.run(
        [sys.executable, "-m", "warcio.cli", "check", "-v", str(path)], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "digest pass" in check.stdout and "fail" not in check.stdout
    index = subprocess.run(
        [
            sys.executable,
            "-m",
            "warcio.cli",
            "index",
            "-f",
            "warc-type,warc-target-uri,http:status",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    entries = [json.loads(line) for line in index.stdout.splitlines()]
    indexed = sorted(urlsplit(e["warc-target-uri"]).path for e in entries if e["warc-type"] == "response")
    assert indexed == sorted(ARTICLE_PATHS)
    assert {e["http:status"] for e in entries if e["warc-type"] == "response"} == {"200"}


def test_all_responses_and_rotation(server: SiteServer, tmp_path: Path) -> None:
    server.clear_log()
    _, _, warc_dir = warc_crawl(
        server,
        tmp_path,
        settings={"NEWSARCHIVE_WARC_ALL_RESPONSES": True, "NEWSARCHIVE_WARC_MAX_SIZE": 20_000},
    )
    files = warc_files(warc_dir)
    assert len(files) >= 3, files  # ~7 gzip'd pages of 3-6 kB plus fronts: several 20 kB files
    served = sorted((r.path for r in server.requests), key=str)
    kinds: dict[str, str] = {}
    for path in files:
        records = read_warc(path)
        assert records[0]["type"] == "warcinfo"
        assert path.stat().st_size < 20_000 + 40_000  # rotates before the next exchange once over
        for response in (r for r in records if r["type"] == "response"):
            target = urlsplit(response["uri"])
            kinds[target.path + (f"?{target.query}" if target.query else "")] = metadata_of(
                records, response["id"]
            )["kind"]
            # The request and metadata of an exchange are in the same file as its response.
            assert any(r["type"] == "request" and r["concurrent_to"] == response["id"] for r in records)
    assert sorted(kinds) == served  # every response of the crawl, robots.txt included
    assert kinds["/robots.txt"] == "robots"
    assert kinds["/rss/feed/nar"] == "feed"
    assert kinds["/Politics"] == "front" and kinds["/Politics?page=2"] == "front"
    assert {kinds[p] for p in ARTICLE_PATHS} == {"article"}
    # File names sort in capture order.
    dates = [read_warc(f)[0]["date"] for f in files]
    assert dates == sorted(dates)


def test_capture_is_off_by_default(server: SiteServer, tmp_path: Path) -> None:
    result, _, warc_dir = warc_crawl(server, tmp_path, warc=False)
    assert len(result.records) == len(ARTICLE_PATHS) - 1
    assert not warc_dir.exists()
    assert "newsarchive/warc/responses" not in result.stats
