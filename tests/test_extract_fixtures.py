"""Every fixture case (tests/fixtures/<group>/<case>/) against its reviewed expected.json, field by field.

After an intended extractor change: `python tests/fixtures/regenerate.py`, review the diff of expected.json.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures.extract_helpers import FIXTURES, ROOT, fixture_cases, run_case

CASES = fixture_cases()
FIELDS = (
    "url",
    "canonical_url",
    "site",
    "section",
    "headline",
    "standfirst",
    "authors",
    "published_at",
    "modified_at",
    "dateline",
    "body",
    "images",
    "tags",
    "language",
    "credit",
    "access",
    "sponsored",
    "page_type",
    "word_count",
    "fetched_at",
    "extractor",
    "content_hash",
    "evidence",
)


def _id(case: Path) -> str:
    return str(case.relative_to(FIXTURES))


def test_fixture_cases_exist() -> None:
    groups = {c.parent.name for c in CASES}
    assert {"nikkei_asia", "generic"} <= groups
    assert len([c for c in CASES if c.parent.name == "nikkei_asia"]) == 7


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_fixture_matches_expected(case: Path) -> None:
    got, expected = run_case(case)
    assert set(got) == set(expected), "record keys changed; regenerate and review"
    for name in FIELDS:
        assert got[name] == expected[name], f"{_id(case)}: field {name!r} differs from expected.json"
    assert got == expected


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_fixture_is_a_real_article(case: Path) -> None:
    got, _ = run_case(case)
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
