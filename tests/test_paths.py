"""Safe paths and inputs: no spider argument or site name can write outside the data directory, and bad
arguments stop `scrapy crawl` at start with one line naming the argument."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsarchive.archive import archive_path
from newsarchive.exceptions import ArgumentError
from newsarchive.items import Article
from newsarchive.monitoring.paths import UnsafePath, inside, report_path
from newsarchive.spiders.arguments import http_url
from newsarchive.state.keys import site_filename
from tests.crawlkit import DataDirs, run_crawl

MONITORED_ENV = {"SCRAPY_SETTINGS_MODULE": "newsarchive.settings"}
HOSTILE_SITES = (
    "../../etc",
    "..",
    ".",
    "a/../../b",
    "/abs/path",
    "C:\\x",
    "x\x00y",
    "ex ample",
    "%2e%2e",
    "~root",
)


def _files_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize("site", HOSTILE_SITES)
def test_archive_and_report_paths_stay_inside(tmp_path: Path, site: str) -> None:
    base = tmp_path / "data"
    article = Article(url="https://x.example/a", site=site, published_at="2024-05-01T09:00:00+00:00")
    for path in (archive_path(base / "archive", article), report_path(base / "reports", site)):
        assert path.resolve().is_relative_to(base.resolve()), (site, path)
    assert "/" not in site_filename(site) and not site_filename(site).startswith(".")


def test_inside_refuses_an_escape(tmp_path: Path) -> None:
    with pytest.raises(UnsafePath):
        inside(tmp_path / "reports", tmp_path / "reports" / ".." / "elsewhere.json")


def _one_line_error(stderr: str, argument: str) -> None:
    errors = [line for line in stderr.splitlines() if ": error: " in line]
    assert len(errors) == 1, stderr[-3000:]
    assert re.search(rf"error: argument {argument}: ", errors[0]), errors[0]
    assert "Traceback" not in stderr, stderr[-3000:]


@pytest.mark.parametrize(
    ("spider", "argument", "value"),
    [
        ("nikkei_asia", "section", "../../x"),
        ("nikkei_asia", "section", "Politics/../../etc"),
        ("nikkei_asia", "max_pages", "-1"),
        ("nikkei_asia", "sectoin", "Politics"),
        ("article", "url", "file:///etc/passwd"),
        ("article", "url", "javascript:alert(1)"),
        ("article", "depth", "lots"),
    ],
)
def test_bad_arguments_stop_the_crawl_with_one_line(
    tmp_data: DataDirs, spider: str, argument: str, value: str
) -> None:
    before = _files_under(tmp_data.root.parent)
    args = [f"{argument}={value}"] + (
        ["url=http://127.0.0.1:9/"] if spider == "article" and argument != "url" else []
    )
    result = run_crawl(spider, *args, data=tmp_data, env=MONITORED_ENV, timeout=60)
    assert result.returncode == 2, result.log_tail()
    _one_line_error(result.stderr, argument)
    assert _files_under(tmp_data.root.parent) == before  # nothing written anywhere


@pytest.mark.parametrize("url", ["http://../x", "http://exa mple.com/", "http://%2e%2e/", "http://a..b/"])
def test_article_url_with_an_invalid_host_is_an_argument_error(tmp_data: DataDirs, url: str) -> None:
    """Fails while `newsarchive.spiders.arguments.http_url` accepts any non-empty hostname (owner: spiders):
    these start a crawl that ends in DNS / "Invalid URI" tracebacks and exit 0."""
    result = run_crawl("article", f"url={url}", data=tmp_data, env=MONITORED_ENV, timeout=60)
    assert result.returncode == 2, result.log_tail()
    _one_line_error(result.stderr, "url")


@pytest.mark.parametrize(
    "url",
    [
        "https://asia.nikkei.com/Politics",
        "http://127.0.0.1:8080/",
        "http://[::1]:8080/feed",
        "https://bücher.example/",
        "https://news.example./",
        "http://localhost/",
        "https://my-site.co.uk/a b",
    ],
)
def test_real_hosts_are_accepted(url: str) -> None:
    assert http_url("url", url) == url


@pytest.mark.parametrize(
    "url", ["http://../x", "http://exa mple.com/", "http://%2e%2e/", "http://a..b/", "http://1.2.3/"]
)
def test_invalid_hosts_are_refused_by_name(url: str) -> None:
    with pytest.raises(ArgumentError, match=r"^argument url: invalid host "):
        http_url("url", url)
