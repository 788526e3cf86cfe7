"""`python -m newsarchive extract` on the bundled demo article pages: from a path, stdin and --input-jsonl."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers_pipelines import REPO

from newsarchive.commands.extract import process_jsonl_lines

SITE = REPO / "newsarchive" / "demo" / "site"
BASE = "https://asia.nikkei.com"
SEED_PATH = "Politics/Latest-missile-launch-tests-maximum-pressure-on-North-Korea"
PAYWALLED_PATH = "Politics/Kono-urges-ASEAN-to-enforce-North-Korea-sanctions"
SPONSORED_PATH = "Sponsored-content/Discover-the-future-of-smart-cities-in-Singapore"


def page(path: str) -> Path:
    return SITE / path / "index.html"


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run(
        [sys.executable, "-m", "newsarchive", "extract", *args],
        input=stdin,
        capture_output=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )


def lines_of(result: subprocess.CompletedProcess[bytes]) -> list[dict]:
    assert result.returncode == 0, result.stderr.decode()
    return [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]


def test_extract_from_path_cleans_the_seed_page() -> None:
    [record] = lines_of(run_cli(str(page(SEED_PATH)), "--url", f"{BASE}/{SEED_PATH}"))
    assert record["url"] == f"{BASE}/{SEED_PATH}"
    assert record["site"] == "nikkei_asia"
    assert record["headline"] == "Latest missile launch tests 'maximum pressure' on North Korea"
    assert record["body"][0].startswith("TOKYO -- Japan, together with the U.S.")
    text = "\n".join(record["body"])
    for noise in (
        "Sponsored Content",
        "numberArticlesLeft",
        "free article",
        "Icon",
        "See all offers",
        "Sketch",
    ):
        assert noise not in text
    assert record["access"] == "free" and record["sponsored"] is False


def test_default_url_is_file_url() -> None:
    [record] = lines_of(run_cli(str(page(SEED_PATH))))
    assert record["url"] == page(SEED_PATH).resolve().as_uri()


def test_extract_from_stdin_and_several_paths() -> None:
    [from_stdin] = lines_of(run_cli("-", "--url", f"{BASE}/{SEED_PATH}", stdin=page(SEED_PATH).read_bytes()))
    assert from_stdin["headline"].startswith("Latest missile launch")
    records = lines_of(run_cli(str(page(SEED_PATH)), str(page(PAYWALLED_PATH)), str(page(SPONSORED_PATH))))
    assert len(records) == 3
    assert records[1]["access"] == "paywalled"
    assert records[2] == {"url": page(SPONSORED_PATH).resolve().as_uri(), "dropped": "Sponsored"}


def test_input_jsonl_one_output_line_per_input_line(tmp_path: Path) -> None:
    inputs = [
        json.dumps({"url": f"{BASE}/{SEED_PATH}", "html": page(SEED_PATH).read_text(encoding="utf-8")}),
        "this is not json",
        json.dumps(
            {"url": f"{BASE}/{SPONSORED_PATH}", "html": page(SPONSORED_PATH).read_text(encoding="utf-8")}
        ),
        json.dumps({"url": f"{BASE}/x", "html": 42}),
        "",
        json.dumps(["a", "list"]),
        json.dumps(
            {"url": f"{BASE}/Politics", "html": (SITE / "Politics" / "index.html").read_text("utf-8")}
        ),
        json.dumps(
            {"url": f"{BASE}/{PAYWALLED_PATH}", "html": page(PAYWALLED_PATH).read_text(encoding="utf-8")}
        ),
    ]
    source = tmp_path / "pages.jsonl"
    source.write_text("\n".join(inputs) + "\n", encoding="utf-8")
    out = lines_of(run_cli("--input-jsonl", str(source)))
    assert len(out) == len(inputs)
    assert out[0]["headline"].startswith("Latest missile launch")
    assert out[1]["url"] is None and "line 2" in out[1]["error"]
    assert out[2] == {"url": f"{BASE}/{SPONSORED_PATH}", "dropped": "Sponsored"}
    assert out[3]["url"] == f"{BASE}/x" and "html" in out[3]["error"]
    assert out[4]["url"] is None and "error" in out[4]
    assert out[5]["url"] is None and "error" in out[5]
    assert out[6] == {"url": f"{BASE}/Politics", "dropped": "NotAnArticle"}
    assert out[7]["access"] == "paywalled" and out[7]["evidence"]["is_accessible_for_free"] is False


def test_process_jsonl_lines_in_process() -> None:
    html = page(SEED_PATH).read_text(encoding="utf-8")
    lines = [json.dumps({"url": f"{BASE}/{SEED_PATH}", "html": html}).encode(), b"\xff\xfe", b"{}"]
    out = list(process_jsonl_lines(lines))
    assert len(out) == 3
    assert out[0]["site"] == "nikkei_asia" and out[0]["version"] == 1
    assert "error" in out[1] and "error" in out[2]
    generic = next(
        process_jsonl_lines([json.dumps({"url": f"{BASE}/{SEED_PATH}", "html": html})], generic=True)
    )
    assert generic["extractor"] == "generic"


@pytest.mark.parametrize(
    "args",
    [
        ("/no/such/page.html",),
        ("--input-jsonl", "/no/such/pages.jsonl"),
        (),
        ("a.html", "b.html", "--url", "x"),
    ],
)
def test_usage_errors_exit_2_without_traceback(args: tuple[str, ...]) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr
    assert result.stderr.strip()


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ("NEWSARCHIVE_VALIDATE_MIN_BODY_WORDS=abc", "expected a whole number, got 'abc'"),
        ("NEWSARCHIVE_NOISE_ENABLED=maybe", "expected True or False, got 'maybe'"),
    ],
)
def test_a_setting_of_the_wrong_type_is_one_line_naming_it(setting: str, expected: str) -> None:
    # (a ValueError traceback from the judging pipeline that read it, as a crawl's preflight says it)
    result = run_cli(str(page(SEED_PATH)), "-s", setting)
    assert result.returncode == 2
    lines = result.stderr.decode().strip().splitlines()
    name = setting.partition("=")[0]
    assert lines == [f"python -m newsarchive extract: error: setting {name}: {expected}"], lines
    assert result.stdout == b""


def test_dispatcher_rejects_unknown_command() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-m", "newsarchive", "nope"], capture_output=True, cwd=REPO, env=env, timeout=60
    )
    assert result.returncode == 2 and b"unknown command" in result.stderr


@pytest.mark.parametrize("command", ["extract", "demo"])
def test_dispatcher_routes_subcommands(command: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-m", "newsarchive", command, "--help"],
        capture_output=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert f"python -m newsarchive {command}".encode() in result.stdout


def test_records_are_article_to_dict() -> None:
    """process_jsonl_lines builds records without dataclasses.asdict: the same dicts, fresh containers."""
    from newsarchive.commands.extract import record_of
    from tests.fixtures.extract_helpers import extract_demo

    for path in (
        "/Politics/Latest-missile-launch-tests-maximum-pressure-on-North-Korea",
        "/Politics/Kono-urges-ASEAN-to-enforce-North-Korea-sanctions",
    ):
        for generic in (False, True):
            article = extract_demo(path, generic=generic)
            record = record_of(article)
            assert record == article.to_dict()
            record["body"].append("x")
            record["images"][0]["caption"] = "changed"
            record["evidence"]["schema_types"].append("x")
            assert record_of(article) == article.to_dict() != record
