"""Helpers shared by the WARC / reextract tests (a gzip-serving demo site, a crawl with capture on),
and the small checks of what becomes a path."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from collections.abc import Mapping
from datetime import UTC
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive import settings as project_settings
from newsarchive.capture.naming import safe_site_name, warc_file_name
from newsarchive.demo.server import DEMO_ORIGIN, DEMO_SITE, Request, Resource, SiteServer, StaticSite
from tests.crawlhelp import DEMO_ARTICLE_PATHS
from tests.crawlkit import PROJECT_DIR, CrawlResult, DataDirs, run_crawl

WARC_MIDDLEWARE = "newsarchive.capture.warc.WarcCaptureMiddleware"
ARTICLE_PATHS = DEMO_ARTICLE_PATHS
SPONSORED_PATH = ARTICLE_PATHS[-1]


class GzipSite:
    """The demo site, HTML sent gzip-encoded to clients that accept it (as publishers do), so
    capture has to keep the encoded payload and replay has to decode it.
    `replace` swaps text in one page (path -> (old, new)) to publish an update between crawls."""

    def __init__(self) -> None:
        self.static = StaticSite(DEMO_SITE, rewrite_origin=DEMO_ORIGIN)
        self.replace: dict[str, tuple[str, str]] = {}

    def __call__(self, request: Request) -> Resource | None:
        resource = self.static(request)
        if resource is None or not resource.content_type.startswith("text/html"):
            return resource
        path = request.path.rstrip("/")
        if path in self.replace:
            old, new = self.replace[path]
            assert old.encode() in resource.body, f"{old!r} not in {path}"
            resource.body = resource.body.replace(old.encode(), new.encode())
        accept = {k.lower(): v for k, v in request.headers.items()}.get("accept-encoding", "")
        if "gzip" in accept:
            resource.body = gzip.compress(resource.body, mtime=0)
            resource.headers = {**resource.headers, "Content-Encoding": "gzip", "Vary": "Accept-Encoding"}
        return resource


def gzip_server() -> SiteServer:
    return SiteServer(resolver=GzipSite())


def page_file(path: str) -> Path:
    return DEMO_SITE / path.strip("/") / "index.html"


def crawl_env(tmp: Path) -> dict[str, str]:
    """Environment for a crawl with the capture middleware enabled.

    Until settings.py lists the middleware, a settings module that adds it to the project's
    DOWNLOADER_MIDDLEWARES (a `-s DOWNLOADER_MIDDLEWARES=...` would replace the dict instead).
    """
    if WARC_MIDDLEWARE in project_settings.DOWNLOADER_MIDDLEWARES:
        return {}
    module_dir = tmp / "settings_module"
    module_dir.mkdir(parents=True, exist_ok=True)
    (module_dir / "warc_test_settings.py").write_text(
        "from newsarchive.settings import *  # noqa: F403\n"
        "DOWNLOADER_MIDDLEWARES = {**DOWNLOADER_MIDDLEWARES, "
        f"{WARC_MIDDLEWARE!r}: 950}}\n",
        encoding="utf-8",
    )
    path = os.pathsep.join(p for p in (str(module_dir), str(PROJECT_DIR), os.environ.get("PYTHONPATH")) if p)
    return {"SCRAPY_SETTINGS_MODULE": "warc_test_settings", "PYTHONPATH": path}


def warc_crawl(
    server: SiteServer, root: Path, *, settings: Mapping[str, object] | None = None, warc: bool = True
) -> tuple[CrawlResult, DataDirs, Path]:
    """`scrapy crawl nikkei_asia` of `server` with capture on; data under `root` (reused across calls)."""
    data = DataDirs.under(root / "data")
    warc_dir = root / "data" / "warc"
    merged: dict[str, object] = {
        "NEWSARCHIVE_SPIDER_BASE_URL": server.base_url,
        "NEWSARCHIVE_WARC_DIR": warc_dir,
        **({"NEWSARCHIVE_WARC_ENABLED": True} if warc else {}),
        **(settings or {}),
    }
    result = run_crawl("nikkei_asia", settings=merged, data=data, env=crawl_env(root))
    assert result.returncode == 0, result.log_tail()
    return result, data, warc_dir


def warc_files(warc_dir: Path, site: str = "nikkei_asia") -> list[Path]:
    return sorted((warc_dir / site).glob("*.warc.gz"))


def read_warc(path: Path) -> list[dict[str, Any]]:
    """Every record of a WARC file: type, headers, HTTP headers, raw and decoded payload."""
    records = []
    with path.open("rb") as fh:
        for record in ArchiveIterator(fh):
            raw = record.raw_stream.read()
            records.append(
                {
                    "type": record.rec_type,
                    "id": record.rec_headers.get_header("WARC-Record-ID"),
                    "uri": record.rec_headers.get_header("WARC-Target-URI"),
                    "date": record.rec_headers.get_header("WARC-Date"),
                    "concurrent_to": record.rec_headers.get_header("WARC-Concurrent-To"),
                    "http": record.http_headers,
                    "raw": raw,
                }
            )
    return records


def response_paths(records: list[dict[str, Any]]) -> list[str]:
    from urllib.parse import urlsplit

    return [urlsplit(r["uri"]).path for r in records if r["type"] == "response"]


def metadata_of(records: list[dict[str, Any]], response_id: str) -> dict[str, Any]:
    (meta,) = [r for r in records if r["type"] == "metadata" and r["concurrent_to"] == response_id]
    return json.loads(meta["raw"])


def run_module(module: str, *args: str, env: Mapping[str, str] | None = None, cwd: Path | None = None):
    """`python -m MODULE ARGS...` in a child process (fresh reactor), from the project dir."""
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=cwd or PROJECT_DIR,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


# --- what becomes a path -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["nikkei_asia", "example.com", "127.0.0.1", "news-site_2"])
def test_site_names_that_are_folders(name: str) -> None:
    assert safe_site_name(name) == name


@pytest.mark.parametrize(
    "name", ["", ".", "..", "../etc", "a/b", "a\\b", "/abs", "-x", "a..b", "x" * 101, "sp ace"]
)
def test_site_names_that_could_escape_are_refused(name: str) -> None:
    with pytest.raises(ValueError, match="site name"):
        safe_site_name(name)


def test_file_names_sort_in_capture_order() -> None:
    from datetime import datetime

    first = warc_file_name("nikkei_asia", 2, pid=1, now=datetime(2024, 1, 1, 9, 59, tzinfo=UTC))
    second = warc_file_name("nikkei_asia", 1, pid=1, now=datetime(2024, 1, 1, 10, 0, tzinfo=UTC))
    assert first.startswith("nikkei_asia-20240101095900000000-00002-") and first.endswith("-1.warc.gz")
    assert sorted([second, first]) == [first, second]
