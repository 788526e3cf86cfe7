"""Every fixture case (tests/fixtures/<group>/<case>/) against its reviewed expected.json, one test per field.

After an intended extractor change: `python tests/fixtures/regenerate.py`, review the diff of expected.json.
"""

from __future__ import annotations

import functools
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.extract_helpers import FIXTURES, ROOT, fixture_cases, run_case

CASES = fixture_cases()


def _id(case: Path) -> str:
    return str(case.relative_to(FIXTURES))


@functools.cache
def _case(case: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(extracted, expected) of one case, extracted once for all its field tests."""
    return run_case(case)


def _expected_fields(case: Path) -> list[str]:
    return list(json.loads((case / "expected.json").read_text(encoding="utf-8")))


# One test per (case, field) of expected.json, as web-poet's pytest plugin does (WebPoetFieldItem): a
# change shows every field it moved, not just the first.
FIELD_TESTS = [
    pytest.param(case, name, id=f"{_id(case)}@{name}") for case in CASES for name in _expected_fields(case)
]


def test_fixture_cases_exist() -> None:
    groups = {c.parent.name for c in CASES}
    assert {"nikkei_asia", "generic"} <= groups
    assert len([c for c in CASES if c.parent.name == "nikkei_asia"]) == 7


@pytest.mark.parametrize(("case", "name"), FIELD_TESTS)
def test_fixture_field(case: Path, name: str) -> None:
    got, expected = _case(case)
    assert name in got, f"{_id(case)}: field {name!r} is missing from the record"
    assert got[name] == expected[name], f"{_id(case)}: field {name!r} differs from expected.json"


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_fixture_has_no_extra_fields(case: Path) -> None:
    got, expected = _case(case)
    extra = {name: got[name] for name in got if name not in expected}
    assert extra == {}, f"{_id(case)}: fields not in expected.json; regenerate and review"


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_fixture_is_a_real_article(case: Path) -> None:
    got, _ = _case(case)
    assert got["page_type"] == "article"
    assert got["headline"]
    assert got["body"] and all(p == p.strip() and "  " not in p for p in got["body"])
    assert got["headline"] not in got["body"]
    assert not any("{{" in p or "Created with Sketch" in p for p in got["body"])
    for image in got["images"]:
        assert image["caption"] is None or image["caption"] not in got["body"]
    if got["credit"]:
        assert got["credit"] not in got["body"]


def test_regenerate_check_passes() -> None:
    proc = subprocess.run(
        [sys.executable, str(FIXTURES / "regenerate.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
