"""The scrapyd recipe of docs/operations.md, end to end: a real scrapyd (from pip) on 127.0.0.1, the project
deployed with scrapyd-deploy (scrapyd-client), a crawl of the demo site scheduled through the HTTP API,
the archive read back; and a failed crawl shown as failed where scrapyd users look.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsarchive.demo.server import SiteServer
from newsarchive.demo.subprocess_crawl import crawl_env, read_jsonl_records
from tests.crawlkit import PROJECT_DIR

pytestmark = pytest.mark.slow

SCRAPYD = shutil.which("scrapyd", path=str(Path(sys.executable).parent)) or shutil.which("scrapyd")
DEPLOY = shutil.which("scrapyd-deploy", path=str(Path(sys.executable).parent)) or shutil.which(
    "scrapyd-deploy"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def api(base: str, endpoint: str, data: list[tuple[str, str]] | None = None) -> dict[str, Any]:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    with urllib.request.urlopen(base + endpoint, data=body, timeout=30) as response:
        return json.loads(response.read())


@pytest.fixture(scope="module")
def scrapyd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    if SCRAPYD is None or DEPLOY is None:
        pytest.fail("scrapyd / scrapyd-deploy not installed: pip install -e '.[test]'")
    home = tmp_path_factory.mktemp("scrapyd")
    port = free_port()
    (home / "scrapyd.conf").write_text(f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\n")
    log = (home / "scrapyd.out").open("w")
    proc = subprocess.Popen([SCRAPYD], cwd=home, env=crawl_env(), stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                assert api(base, "daemonstatus.json")["status"] == "ok"
                break
            except OSError:
                assert proc.poll() is None, (home / "scrapyd.out").read_text()
                assert time.monotonic() < deadline, (home / "scrapyd.out").read_text()
                time.sleep(0.2)
        yield base, home
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


def test_deploy_target_in_scrapy_cfg() -> None:
    from scrapyd_client.utils import _get_targets

    here = os.getcwd()
    os.chdir(PROJECT_DIR)
    try:
        targets = _get_targets()
    finally:
        os.chdir(here)
    # `scrapyd-deploy` without a target uses "default": the [deploy] section.
    assert targets["default"]["url"] == "http://127.0.0.1:6800/"
    assert targets["default"]["project"] == "newsarchive"


def wait_for(base: str, job: str, timeout: float = 120) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        jobs = api(base, "listjobs.json?project=newsarchive")
        for finished in jobs["finished"]:
            if finished["id"] == job:
                return finished
        time.sleep(0.5)
    raise AssertionError(f"job {job} did not finish within {timeout:.0f}s: {jobs}")


def test_deploy_schedule_and_read_the_archive(
    scrapyd: tuple[str, Path], demo_site: SiteServer, tmp_path: Path
) -> None:
    base, home = scrapyd
    # The recipe's target, pointed at this test's scrapyd (a user's scrapy.cfg in XDG_CONFIG_HOME adds it).
    config = tmp_path / "xdg"
    config.mkdir()
    (config / "scrapy.cfg").write_text(f"[deploy:test]\nurl = {base}\nproject = newsarchive\n")
    env = crawl_env({"XDG_CONFIG_HOME": str(config)})
    deployed = subprocess.run(
        [DEPLOY, "test"], cwd=PROJECT_DIR, env=env, capture_output=True, text=True, check=False
    )
    assert deployed.returncode == 0, deployed.stderr
    answer = json.loads(deployed.stdout)
    assert answer["status"] == "ok" and answer["spiders"] >= 2, deployed.stdout
    (egg,) = (home / "eggs" / "newsarchive").glob("*.egg")
    with zipfile.ZipFile(egg) as archive:
        entry_points = archive.read("EGG-INFO/entry_points.txt").decode()
    assert "[scrapy]\nsettings = newsarchive.settings" in entry_points, entry_points
    # Deploying from the checkout leaves nothing git would show (and so nothing `ruff check .` reads).
    if (PROJECT_DIR / ".git").exists() and shutil.which("git"):
        status = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=all", "--", "setup.py", "build", "eggs"],
            cwd=PROJECT_DIR, capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert not [line for line in status.stdout.splitlines() if line.startswith("??")], status.stdout
    assert "nikkei_asia" in api(base, "listspiders.json?project=newsarchive")["spiders"]

    data = tmp_path / "data"
    settings = [
        f"NEWSARCHIVE_SPIDER_BASE_URL={demo_site.base_url}",
        f"NEWSARCHIVE_ARCHIVE_DIR={data / 'archive'}",
        f"NEWSARCHIVE_STATE_DIR={data / 'state'}",
        "AUTOTHROTTLE_ENABLED=False",
    ]
    fields = [("project", "newsarchive"), ("spider", "nikkei_asia")] + [("setting", s) for s in settings]
    job = api(base, "schedule.json", fields)["jobid"]
    wait_for(base, job)
    records = read_jsonl_records(data / "archive")
    assert len(records) == 6
    # Reports sit beside the archive, not in scrapyd's working folder.
    assert len(list((data / "reports" / "nikkei_asia").glob("*.json"))) == 1
    assert not (home / "data").exists()
    launcher = (home / "scrapyd.out").read_text()
    assert re.search(rf"Process finished: .*job='{job}'", launcher), launcher[-3000:]

    # A crawl that breaks a rule: scrapyd's log says the process died with status 3, the job's log says why.
    failing = [*fields, ("setting", "NEWSARCHIVE_REPORT_MIN_ARTICLES=1000")]
    job = api(base, "schedule.json", failing)["jobid"]
    finished = wait_for(base, job)
    launcher = (home / "scrapyd.out").read_text()
    assert re.search(rf"Process died: exitstatus=3 .*job='{job}'", launcher), launcher[-3000:]
    job_log = (home / finished["log_url"].lstrip("/")).read_text()
    assert "Run report FAILED" in job_log and "expected at least 1000" in job_log, job_log[-3000:]
