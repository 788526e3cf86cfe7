"""The JSONL appender: whole lines, torn-tail repair, and a writer SIGKILLed mid-stream."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from helpers_pipelines import REPO, make_article

from newsarchive.archive import (
    JsonlAppender,
    archive_date,
    encode_record,
    read_records,
    reconcile_state,
    repair_torn_tail,
)
from newsarchive.state import CrawlState


def test_repair_torn_tail_variants(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"a":1}\n{"b":2}\n{"c":')
    assert repair_torn_tail(path) == len(b'{"c":')
    assert path.read_bytes() == b'{"a":1}\n{"b":2}\n'
    assert repair_torn_tail(path) == 0  # whole file: untouched
    path.write_bytes(b'{"only": "torn"')
    assert repair_torn_tail(path) == len(b'{"only": "torn"')
    assert path.read_bytes() == b""
    # A record complete but for its newline is still a torn write.
    path.write_bytes(b'{"a":1}\n{"b":2}')
    repair_torn_tail(path)
    assert path.read_bytes() == b'{"a":1}\n'
    assert repair_torn_tail(tmp_path / "missing.jsonl") == 0


def test_repair_finds_newline_far_back(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_bytes(b'{"a":1}\n' + b"x" * 300_000)
    repair_torn_tail(path)
    assert path.read_bytes() == b'{"a":1}\n'


def test_appender_repairs_before_appending(tmp_path: Path) -> None:
    path = tmp_path / "site" / "2017-11-29.jsonl"
    path.parent.mkdir()
    path.write_bytes(b'{"a":1}\n{"torn":')
    repaired: list[int] = []
    with JsonlAppender(on_repair=lambda p, n: repaired.append(n)) as appender:
        appender.append(path, encode_record({"b": "é"}))
    assert path.read_bytes() == b'{"a":1}\n{"b":"\xc3\xa9"}\n'
    assert repaired == [len(b'{"torn":')]


def test_appender_rejects_partial_lines(tmp_path: Path) -> None:
    with JsonlAppender() as appender, pytest.raises(ValueError):
        appender.append(tmp_path / "x.jsonl", b'{"no": "newline"}')


def test_appender_keeps_few_files_open(tmp_path: Path) -> None:
    with JsonlAppender(max_open=2) as appender:
        for day in range(5):
            appender.append(tmp_path / f"{day}.jsonl", encode_record({"day": day}))
        assert len(appender._fds) == 2
        appender.append(tmp_path / "0.jsonl", encode_record({"day": 0}))
    assert read_records(tmp_path / "0.jsonl") == [{"day": 0}, {"day": 0}]


def test_archive_date_falls_back() -> None:
    assert archive_date(make_article(published_at="2017-11-29T23:30:00-05:00")).isoformat() == "2017-11-30"
    assert archive_date(make_article(published_at="2017-11-29")).isoformat() == "2017-11-29"
    assert archive_date(
        make_article(published_at="garbage", fetched_at="2026-01-02T00:00:00Z")
    ).isoformat() == ("2026-01-02")


def test_reconcile_records_unknown_lines_only(tmp_path: Path) -> None:
    site_dir = tmp_path / "archive" / "nikkei_asia"
    site_dir.mkdir(parents=True)
    known = make_article(url="https://asia.nikkei.com/Politics/Known")
    missed = make_article(url="https://asia.nikkei.com/Politics/Missed", canonical_url=None, version=2)
    (site_dir / "2017-11-29.jsonl").write_bytes(
        encode_record(known.to_dict()) + encode_record(missed.to_dict()) + b'{"url": "https://torn'
    )
    with CrawlState.open(tmp_path / "state", "nikkei_asia") as state:
        state.record_archived(known)
        assert reconcile_state(state, tmp_path / "archive", "nikkei_asia") == 1
        found = state.get(missed.url)
        assert found is not None and found.version == 2 and found.content_hash == missed.content_hash
        assert reconcile_state(state, tmp_path / "archive", "nikkei_asia") == 0
    assert (site_dir / "2017-11-29.jsonl").read_bytes().endswith(b"\n")  # torn tail repaired first


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from newsarchive.archive import JsonlAppender, encode_record

    path = Path(sys.argv[1])
    body = ["paragraph %d " % i * 40 for i in range(40)]  # ~30 KB records: a kill can land mid-record
    with JsonlAppender() as appender:
        n = 0
        while True:
            appender.append(path, encode_record({"n": n, "body": body}))
            n += 1
            print(n, flush=True)  # acknowledged: this record was handed to the OS whole
    """
)


def test_writer_killed_mid_stream_leaves_only_whole_lines(tmp_path: Path) -> None:
    path = tmp_path / "archive" / "site" / "2017-11-29.jsonl"
    path.parent.mkdir(parents=True)
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True, cwd=REPO, env=env
    )
    assert proc.stdout is not None
    acknowledged = 0
    for line in proc.stdout:
        acknowledged = int(line)
        if acknowledged >= 200:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    # Reopening for append repairs whatever the kill left; then every line must be a whole record.
    with JsonlAppender() as appender:
        appender.append(path, encode_record({"n": "after-restart"}))
    raw = path.read_bytes()
    assert raw.endswith(b"\n")
    records = [json.loads(line) for line in raw.split(b"\n")[:-1]]
    numbers = [r["n"] for r in records[:-1]]
    assert numbers == list(range(len(numbers)))  # in order, none torn, none missing in between
    assert len(numbers) >= acknowledged  # everything acknowledged before the kill survived
    assert records[-1] == {"n": "after-restart"}
