"""The `article` spider on what a user's crawl meets, crawled for real from a local server.

A page in its alphabet's code page served as plain `text/html`, with no charset in the header nor in the
page (tests/test_cli_robustness10.py has the same pages offline): it was read as Windows-1252 mojibake
("Áàíê Ðîññèè") and dropped as NotAnArticle.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsarchive.demo.server import Request, Resource, SiteServer
from newsarchive.demo.subprocess_crawl import FAST_SETTINGS, crawl_command
from newsarchive.spiders.extensions.jobdir import JOBDIR_MARKER
from tests.crawlhelp import generic_server
from tests.crawlkit import CrawlResult, DataDirs, interrupt_crawl
from tests.test_cli_robustness10 import ALPHABET_PAGES, alphabet_page

pytestmark = pytest.mark.slow

PAGES: dict[str, bytes] = {
    f"/{charset}/2025/03/04/story.html": alphabet_page(language, headline, paragraph).encode(charset)
    for charset, (language, headline, paragraph) in ALPHABET_PAGES.items()
}


def resolve(request: Request) -> Resource | None:
    body = PAGES.get(request.path)
    return Resource(body=body, content_type="text/html") if body is not None else None


@pytest.fixture(scope="module")
def site() -> Iterator[SiteServer]:
    with SiteServer(resolver=resolve) as server:
        yield server


@pytest.mark.parametrize("charset", sorted(ALPHABET_PAGES))
def test_a_page_without_any_charset_is_archived_in_its_alphabet(
    run_crawl, site: SiteServer, charset: str
) -> None:
    language, headline, paragraph = ALPHABET_PAGES[charset]
    path = f"/{charset}/2025/03/04/story.html"
    result = run_crawl("article", f"url={site.url(path)}", "depth=0")
    assert result.returncode == 0, result.log_tail()
    records = result.by_path(path)
    assert len(records) == 1 and result.drops == {}, result.log_tail()
    record = records[0]
    assert record["headline"] == headline
    assert record["body"] == [f"{paragraph} {n}" for n in range(1, 7)]
    assert record["language"] == language and record["page_type"] == "article"


@pytest.mark.parametrize(
    ("url", "hint"),
    [
        ("news.example.org/politics/", " (https://news.example.org/politics/?)"),
        ("127.0.0.1:8080/", " (http://127.0.0.1:8080/?)"),
        (
            "file:///srv/pages/story.html",
            " (a saved page is read offline: python -m newsarchive extract PATH --url URL)",
        ),
    ],
)
def test_a_start_url_without_scheme_or_a_file_url_is_one_line_with_what_to_type(
    run_crawl, url: str, hint: str
) -> None:
    # (the line said only "expected an http:// or https:// URL"; a URL copied from a browser's address bar
    # often lacks the scheme, and a saved page has its own command)
    result = run_crawl("article", f"url={url}")
    assert result.returncode == 2, result.log_tail()
    lines = (result.stderr + result.stdout).strip().splitlines()
    assert lines == [
        f"scrapy crawl article: error: argument url: expected an http:// or https:// URL, got {url!r}{hint}"
    ], result.log_tail()


def test_a_second_crawl_on_the_jobdir_of_a_running_crawl_is_refused(run_crawl, tmp_path: Path) -> None:
    # (cron overlap without flock: the second run took the first's "running" marker for a killed run's,
    # deleted the request queue the first was still using and shared the rest of it)
    job = tmp_path / "job"
    first = DataDirs.under(tmp_path / "first")
    second: dict[str, CrawlResult] = {}
    with generic_server(delay=5.0) as server:
        start = f"url={server.url('/')}"
        settings = {**FAST_SETTINGS, "LOG_LEVEL": "INFO", **first.settings(), "JOBDIR": job}

        def first_is_running() -> bool:
            marker = job / JOBDIR_MARKER
            if not marker.exists() or '"running"' not in marker.read_text(encoding="utf-8"):
                return False
            second["run"] = run_crawl("article", start, settings={"JOBDIR": job})
            return True

        status = interrupt_crawl(
            crawl_command("article", args=[start], settings=settings),
            log=tmp_path / "first.log",
            ready=first_is_running,
            sig=signal.SIGINT,
        )
    result = second["run"]
    assert result.returncode == 1, result.log_tail()
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(
        f"scrapy crawl article: error: setting JOBDIR: {job} is in use by a crawl still running (pid "
    ), line
    assert line.endswith("two crawls cannot share a JOBDIR"), line
    assert status == 130, (tmp_path / "first.log").read_text()[-3000:]
    assert "did not stop cleanly" not in (tmp_path / "first.log").read_text()
