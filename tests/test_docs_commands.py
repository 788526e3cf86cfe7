"""Every shell block in README.md and docs/ is marked, and every runnable one runs against the demo site.

The markers and their options are described in tests/docblocks.py (and for users in docs/development.md).
A runnable block runs with `bash -e -o pipefail`, so any command in it that fails fails the test.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from newsarchive.demo.server import DEMO_SITE, SiteServer
from tests.docblocks import REPO_DIR, Block, all_blocks

BLOCKS = all_blocks()
RUNNABLE = [b for b in BLOCKS if b.kind == "runnable" and (b.is_shell or b.lang == "sql")]
KNOWN_OPTIONS = {"site", "mirror", "port", "files", "after", "creates", "in-repo", "installed", "ci"}
SAMPLE_ARTICLE = DEMO_SITE / "Politics" / "Latest-missile-launch-tests-maximum-pressure-on-North-Korea"
SAMPLE_URL = "https://asia.nikkei.com/Politics/Latest-missile-launch-tests-maximum-pressure-on-North-Korea"
BLOCK_TIMEOUT = 420
#: Runs a ```sql block (from stdin) statement by statement with DuckDB; any error fails the block.
_DUCKDB_SCRIPT = """
import re, sys, duckdb
con = duckdb.connect()
for statement in re.sub(r"--[^\\n]*", "", sys.stdin.read()).split(";"):
    if statement.strip():
        print(con.sql(statement))
"""


def test_every_shell_block_is_marked() -> None:
    unmarked = [b.id for b in BLOCKS if b.is_shell and b.kind is None]
    assert not unmarked, (
        "shell blocks without <!-- runnable --> or <!-- not runnable: reason --> above them: "
        + ", ".join(unmarked)
    )
    no_reason = [b.id for b in BLOCKS if b.kind == "not runnable" and not b.reason.strip()]
    assert not no_reason, f"not-runnable blocks must say why: {no_reason}"
    unknown = [
        (b.id, sorted(set(b.options) - KNOWN_OPTIONS)) for b in RUNNABLE if set(b.options) - KNOWN_OPTIONS
    ]
    assert not unknown, f"unknown runnable options: {unknown}"


def test_the_readme_runs_something() -> None:
    assert any(b.path.name == "README.md" for b in RUNNABLE)
    assert len(RUNNABLE) >= 8


def _ci_script() -> str:
    return (REPO_DIR / ".ci" / "run").read_text(encoding="utf-8").replace(" -q", "")


def _check_install_prefix(block: Block) -> str:
    """The block's `python3 -m pip install X && ...`: X must be what .ci/run installs: the project
    (`-e .` or `-e ".[test]"`) or a package of the [test] extra."""
    first, sep, rest = block.code.partition(" && ")
    assert sep, f"{block.id}: expected `<install> && <command>`"
    assert 'python3 -m pip install -e ".[test]"' in _ci_script(), ".ci/run does not install the [test] extra"
    if re.fullmatch(r'python3 -m pip install -e (\.|"\.\[test\]")', first.strip()):
        return rest
    match = re.fullmatch(r"python3 -m pip install ([\w-]+)", first.strip())
    assert match, f"{block.id}: not an install command: {first!r}"
    pyproject = tomllib.loads((REPO_DIR / "pyproject.toml").read_text(encoding="utf-8"))
    extra = pyproject["project"]["optional-dependencies"]["test"]
    names = {re.split(r"[<>=!~\[ ;]", requirement, maxsplit=1)[0].lower() for requirement in extra}
    assert match.group(1).lower() in names, f"{block.id}: {match.group(1)} is not in the [test] extra"
    return rest


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = str(REPO_DIR)
    env["NO_MKDOCS_2_WARNING"] = "1"
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    return env


def _run(code: str, cwd: Path, env: dict[str, str], timeout: float) -> subprocess.CompletedProcess[str]:
    proc = subprocess.Popen(
        ["bash", "-e", "-o", "pipefail", "-c", code],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        out, _ = proc.communicate(timeout=timeout)
    finally:
        # Background jobs the block started (a server it forgot to stop) share its process group.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, "")


def _add_mirror(code: str, origin: str) -> str:
    return re.sub(
        r"scrapy crawl nikkei_asia(?![^\n]*NEWSARCHIVE_SPIDER_BASE_URL)",
        f"scrapy crawl nikkei_asia -s NEWSARCHIVE_SPIDER_BASE_URL={origin}",
        code,
    )


@pytest.mark.slow
@pytest.mark.parametrize("block", RUNNABLE, ids=[b.id for b in RUNNABLE])
def test_runnable_block(block: Block, tmp_path: Path, demo_site: SiteServer) -> None:
    options = block.options
    code = block.code
    env = _environment(tmp_path)
    if "ci" in options:
        ci = _ci_script()
        for command in code.strip().split(" && "):
            assert command.strip() in ci, f"{block.id}: .ci/run does not run {command.strip()!r}"
        return
    if "installed" in options:
        code = _check_install_prefix(block)
    if "in-repo" in options:
        work = REPO_DIR
    else:
        work = tmp_path / "work"
        work.mkdir()
        shutil.copy(REPO_DIR / "scrapy.cfg", work / "scrapy.cfg")
    origin = demo_site.base_url
    if "site" in options:
        code = code.replace(options["site"].rstrip("/"), origin)
    if "mirror" in options:
        code = _add_mirror(code, origin)
    if "port" in options:
        port = str(_free_port())
        code = re.sub(
            rf"(127\.0\.0\.1:|localhost:|--port ){re.escape(options['port'])}\b", rf"\g<1>{port}", code
        )
    for name in filter(None, options.get("files", "").split(",")):
        html = (SAMPLE_ARTICLE / "index.html").read_text(encoding="utf-8")
        if name == "page.html":
            (work / name).write_text(html, encoding="utf-8")
        elif name == "pages.jsonl":
            line = json.dumps({"url": SAMPLE_URL, "html": html})
            (work / name).write_text(line + "\n", encoding="utf-8")
        else:
            raise AssertionError(f"{block.id}: no sample file {name!r}")
    after = options.get("after")
    if after:
        assert after in ("crawl", "warc-crawl"), f"{block.id}: after={after}?"
        warc = " -s NEWSARCHIVE_WARC_ENABLED=True" if after == "warc-crawl" else ""
        setup = _run(_add_mirror("scrapy crawl nikkei_asia" + warc, origin), work, env, BLOCK_TIMEOUT)
        assert setup.returncode == 0, setup.stdout[-4000:]

    if block.lang == "sql":
        code = f"python -c {shlex.quote(_DUCKDB_SCRIPT)} <<'SQL'\n{code}SQL\n"
    result = _run(code, work, env, BLOCK_TIMEOUT)
    assert result.returncode == 0, (
        f"{block.id} exited {result.returncode}:\n{code}\n---\n{result.stdout[-6000:]}"
    )
    for name in filter(None, options.get("creates", "").split(",")):
        assert (work / name).exists(), f"{block.id}: {name} was not created\n{result.stdout[-3000:]}"
