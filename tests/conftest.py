"""Shared fixtures: the bundled demo site on a real local server, per-test data folders, real crawls."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO_DIR = Path(__file__).resolve().parents[1]
# `python -m pytest` puts the checkout on sys.path, a bare `pytest` does not; test helpers are imported as
# `tests.<module>` either way.
if str(REPO_DIR) not in sys.path:
    sys.path.insert(0, str(REPO_DIR))

from newsarchive.demo.server import DEMO_ORIGIN, DEMO_SITE, SiteServer  # noqa: E402
from tests.crawlkit import CrawlResult, DataDirs  # noqa: E402
from tests.crawlkit import run_crawl as _run_crawl  # noqa: E402

#: CI lays a copy of shared/ beside the clone; in the team's working tree it sits beside the repo as well.
SHARED_DIR = REPO_DIR.parent / "shared"


@pytest.fixture(scope="session")
def demo_site() -> Iterator[SiteServer]:
    """The bundled asia.nikkei.com sample on 127.0.0.1 (feeds/robots links rewritten to the local origin).

    Session-scoped: tests that read `.requests` must `clear_log()` first or filter by their own paths.
    """
    with SiteServer(DEMO_SITE, rewrite_origin=DEMO_ORIGIN) as server:
        yield server


@pytest.fixture
def tmp_data(tmp_path: Path) -> DataDirs:
    """Empty archive/, state/ and reports/ folders for one test."""
    return DataDirs.under(tmp_path / "data")


@pytest.fixture
def run_crawl(tmp_data: DataDirs) -> Callable[..., CrawlResult]:
    """`run_crawl(spider, "arg=value", settings={...})`: a real `scrapy crawl` writing into `tmp_data`."""
    return functools.partial(_run_crawl, data=tmp_data)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED_DIR.is_dir():
        pytest.skip(f"shared/ is not beside the repository (looked for {SHARED_DIR})")
    return SHARED_DIR
