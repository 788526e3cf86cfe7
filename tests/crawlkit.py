"""Run real `scrapy crawl` subprocesses from tests and read back what they archived.

    result = run_crawl("nikkei_asia", settings={"NEWSARCHIVE_SPIDER_BASE_URL": site.base_url}, data=tmp_data)
    assert result.returncode == 0, result.log_tail()
    seed = result.by_path("/Politics/Latest-missile-launch-tests-maximum-pressure-on-North-Korea")

The `run_crawl` fixture in conftest.py binds `data` to the test's own temporary folders.

A table of hand-built pages, served and crawled one page a test, checked against the offline extraction:

    PAGES = {"/local/a4-reopens": "<html>...", "/feed/": Resource(body=rss, content_type=RSS)}
    site = page_site_fixture(PAGES)  # a module-scoped `site` fixture

    def test_it(run_crawl, site):
        result, record = archived_article(run_crawl, site, "/local/a4-reopens")
        assert_offline_agrees(record, PAGES["/local/a4-reopens"], site.url("/local/a4-reopens"))
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import pytest

from newsarchive.demo.server import Request, Resource, SiteServer
from newsarchive.demo.subprocess_crawl import (
    FAST_SETTINGS,
    archive_jsonl_files,
    crawl_command,
    crawl_env,
    drop_reasons,
    parse_stats,
    read_jsonl_records,
)

PROJECT_DIR = Path(__file__).resolve().parents[1]
SCHEMA_VALIDATOR = jsonschema.Draft202012Validator(
    json.loads((PROJECT_DIR / "newsarchive" / "schema" / "article.schema.json").read_text(encoding="utf-8")),
    format_checker=jsonschema.FormatChecker(),
)


@dataclass(kw_only=True)
class DataDirs:
    """Per-test output folders (the crawl's archive, state and reports)."""

    root: Path
    archive: Path
    state: Path
    reports: Path

    @classmethod
    def under(cls, root: Path) -> DataDirs:
        dirs = cls(root=root, archive=root / "archive", state=root / "state", reports=root / "reports")
        for folder in (dirs.archive, dirs.state, dirs.reports):
            folder.mkdir(parents=True, exist_ok=True)
        return dirs

    def settings(self) -> dict[str, object]:
        return {
            "NEWSARCHIVE_ARCHIVE_DIR": self.archive,
            "NEWSARCHIVE_STATE_DIR": self.state,
            "NEWSARCHIVE_REPORT_DIR": self.reports,
        }


@dataclass(kw_only=True)
class CrawlResult:
    returncode: int
    records: list[dict[str, Any]]  #: every record of every *.jsonl under the archive dir, after the crawl
    stdout: str
    stderr: str  #: Scrapy's log
    stats: dict[str, Any] = field(default_factory=dict)  #: Scrapy's final stats dump
    command: list[str] = field(default_factory=list)

    @property
    def drops(self) -> dict[str, int]:
        """Drop counts by reason class name."""
        return drop_reasons(self.stats)

    def by_path(self, path: str) -> list[dict[str, Any]]:
        """Records whose url has this path (the host differs between test servers)."""
        return [r for r in self.records if urlsplit(r.get("url") or "").path == path]

    def log_tail(self, lines: int = 60) -> str:
        """For assertion messages: the command and the end of the log."""
        tail = "\n".join(self.stderr.splitlines()[-lines:])
        return f"$ {' '.join(self.command)}\n(exit {self.returncode})\n{tail}\n{self.stdout[-2000:]}"


def run_crawl(
    spider: str,
    *args: str,
    settings: Mapping[str, object] | None = None,
    data: DataDirs | None = None,
    cwd: Path | None = None,
    timeout: float = 120,
    spider_args: Mapping[str, object] | None = None,
    env: Mapping[str, str] | None = None,
) -> CrawlResult:
    """`python -m scrapy crawl SPIDER -a ARG... -s K=V...` in a child process, from the project dir.

    `args` are spider arguments as "name=value" (or use `spider_args`). Politeness delays are off and the log
    is at INFO; `settings` override anything, `data` adds the archive/state/report folders.
    """
    pairs: list[str] = list(args) + [f"{k}={v}" for k, v in (spider_args or {}).items()]
    merged: dict[str, object] = {**FAST_SETTINGS, "LOG_LEVEL": "INFO"}
    if data is not None:
        merged.update(data.settings())
    merged.update(settings or {})
    cmd = crawl_command(spider, args=pairs, settings=merged)
    completed = subprocess.run(
        cmd,
        cwd=cwd or PROJECT_DIR,
        env=crawl_env(env),
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    archive = Path(str(merged.get("NEWSARCHIVE_ARCHIVE_DIR", "data/archive")))
    if not archive.is_absolute():
        archive = (cwd or PROJECT_DIR) / archive
    records = read_jsonl_records(archive) if archive.is_dir() else []
    # Every crawl test checks the archive against the published schema, whatever else it asserts.
    for record in records:
        SCHEMA_VALIDATOR.validate(record)
    return CrawlResult(
        returncode=completed.returncode,
        records=records,
        stdout=completed.stdout,
        stderr=completed.stderr,
        stats=parse_stats(completed.stderr),
        command=cmd,
    )


def paths_of(records: Iterable[Mapping[str, Any]]) -> list[str]:
    return sorted(urlsplit(r.get("url") or "").path for r in records)


def archive_lines(archive: Path) -> list[bytes]:
    """Every line of every archive file under `archive`, raw bytes with their line ends."""
    files = archive_jsonl_files(archive)
    return [line for f in files for line in f.read_bytes().splitlines(keepends=True)]


def interrupt_crawl(
    cmd: list[str],
    *,
    log: Path,
    ready: Callable[[], bool],
    sig: int = signal.SIGKILL,
    may_finish: bool = False,
    timeout: float = 90,
) -> int | None:
    """Start the crawl `cmd` (output to `log`), send it `sig` once `ready()` holds; its exit status.

    A crawl that exits before that fails the test, unless `may_finish`.
    """
    with log.open("w") as out:
        proc = subprocess.Popen(cmd, cwd=PROJECT_DIR, env=crawl_env(), stdout=out, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + timeout
            while not ready():
                if proc.poll() is not None:
                    assert may_finish, log.read_text()[-3000:]
                    break
                assert time.monotonic() < deadline, (
                    f"not ready within {timeout:.0f}s: " + log.read_text()[-3000:]
                )
                time.sleep(0.05)
            if proc.poll() is None:
                os.kill(proc.pid, sig)
        finally:
            proc.wait(timeout=60)
    return proc.returncode


#: the record's fields `python -m newsarchive extract` must give as the crawl archived them
OFFLINE_FIELDS = (
    "headline", "standfirst", "authors", "published_at", "modified_at", "section", "language", "body",
    "dateline", "access", "truncated", "sponsored",
)  # fmt: skip

#: what a page table maps a path to: an HTML page, a whole answer (a feed, a redirect, an error status), or
#: a function of the request for an answer that names the server's own origin (absolute feed links)
Page = str | Resource | Callable[[Request], Resource | None]


@dataclass(frozen=True)
class PageTable:
    """A resolver serving a table of pages: the path with its query first, then the bare path; else 404."""

    pages: Mapping[str, Page]

    def __call__(self, request: Request) -> Resource | None:
        page = self.pages.get(request.target, self.pages.get(request.path))
        if page is None or isinstance(page, Resource):
            return page
        if isinstance(page, str):
            return Resource(body=page.encode("utf-8"))
        return page(request)


def page_site_fixture(pages: Mapping[str, Page], *, name: str = "site") -> Any:
    """A module-scoped fixture (named `name`) serving `pages` on 127.0.0.1 for every test of the module."""

    @pytest.fixture(scope="module", name=name)
    def serve() -> Iterator[SiteServer]:
        with SiteServer(resolver=PageTable(pages)) as server:
            yield server

    return serve


def archived_article(
    run_crawl: Callable[..., CrawlResult], site: SiteServer, path: str, *args: str
) -> tuple[CrawlResult, dict[str, Any]]:
    """Crawl `path` with the `article` spider (spider arguments `args`): the crawl and the one record it
    archived for that path, after checking the crawl archived it as a plain article and dropped nothing."""
    result = run_crawl("article", f"url={site.url(path)}", *args)
    records = result.by_path(path)
    assert result.returncode == 0, result.log_tail()
    assert len(records) == 1 and result.drops == {}, result.log_tail()
    record = records[0]
    assert record["page_type"] == "article" and record["sponsored"] is False
    return result, record


def assert_offline_agrees(
    record: Mapping[str, Any], html: str, url: str, fields: Iterable[str] = OFFLINE_FIELDS
) -> None:
    """`python -m newsarchive extract - --url URL` on the same page gives the crawled record's `fields`."""
    offline = subprocess.run(
        [sys.executable, "-m", "newsarchive", "extract", "-", "--url", url],
        input=html.encode("utf-8"),
        capture_output=True,
        cwd=PROJECT_DIR,
        check=True,
    )
    line = json.loads(offline.stdout.decode("utf-8").splitlines()[0])
    for name in fields:
        assert line[name] == record[name], name
