"""`python -m newsarchive profile new|check` on real saved pages of the bundled sample sites."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from newsarchive.commands import profile as profile_command
from newsarchive.commands.demo import DEMO_PROFILES
from newsarchive.demo.ledger import LEDGER_SITE, STORIES
from newsarchive.extract.profiles.files import read_profile

GENERATED_FROM = DEMO_PROFILES / "fixtures" / "harbour_ledger"
#: the hand review of the generated Harbour Ledger profile may change at most this many lines
MAX_HAND_LINES = 40


def page_of(story) -> str:
    return (LEDGER_SITE / story.path.strip("/") / "index.html").read_text(encoding="utf-8")


def write_jsonl(path: Path, pages: list[tuple[str, str]]) -> Path:
    path.write_text("".join(json.dumps({"url": u, "html": h}) + "\n" for u, h in pages), encoding="utf-8")
    return path


def saved_pages() -> list[tuple[str, str]]:
    """The three pages the bundled profile was generated from (its review fixtures)."""
    pages = []
    for meta in sorted(GENERATED_FROM.glob("*/meta.json")):
        pages.append((json.loads(meta.read_text())["url"], (meta.parent / "page.html").read_text()))
    assert len(pages) == 3
    return pages


def test_new_writes_a_profile_fixtures_and_a_side_by_side(tmp_path: Path, capsys) -> None:
    jsonl = write_jsonl(tmp_path / "pages.jsonl", saved_pages())
    status = profile_command.run(["new", "ledger", "--input-jsonl", str(jsonl), "--dir", str(tmp_path / "p")])
    assert status == 0
    out = capsys.readouterr().out
    profile = read_profile(tmp_path / "p" / "ledger.toml")
    assert profile.domains == ("harbourledger.example",)
    assert profile.feeds == ("/feed/",)
    assert profile.is_article_url(
        "https://harbourledger.example/2025/11/03/harbour-fish-market-moves-to-new-hall/"
    )
    assert not profile.is_article_url("https://harbourledger.example/2025/11/03/harbour-fish-market/amp/")
    assert not profile.is_article_url("https://harbourledger.example/category/business/page/2/")
    selectors = profile.selectors
    assert selectors["published_at"] == (".published::attr(datetime)",)
    assert set(selectors) == {"headline", "standfirst", "authors", "published_at", "body"}
    text = (tmp_path / "p" / "ledger.toml").read_text()
    assert "nth-child" not in text and "# section: left to generic extraction" in text
    cases = sorted((tmp_path / "p" / "fixtures" / "ledger").iterdir())
    assert len(cases) == 3
    for case in cases:
        assert {f.name for f in case.iterdir()} == {"page.html", "meta.json", "expected.json"}
        expected = json.loads((case / "expected.json").read_text())
        assert expected["extractor"] == "ledger" and expected["headline"]
    assert "headline      same" in out and "DIFFERS" not in out
    # not overwritten without --force
    again = profile_command.run(["new", "ledger", "--input-jsonl", str(jsonl), "--dir", str(tmp_path / "p")])
    assert again == 2 and "--force" in capsys.readouterr().err


def test_new_one_page_into_the_first_profile_dir(tmp_path: Path, capsys) -> None:
    story = STORIES[1]
    page = tmp_path / "page.html"
    page.write_text(page_of(story), encoding="utf-8")
    dirs = f"{tmp_path / 'first'},{tmp_path / 'second'}"
    args = ["new", "one", str(page), "--url", story.url, "-s", f"NEWSARCHIVE_PROFILE_DIRS={dirs}"]
    (tmp_path / "second").mkdir()
    assert profile_command.run(args) == 0
    assert (tmp_path / "first" / "one.toml").is_file()
    assert profile_command.run(["new", "two", str(page), "--url", story.url]) == 2
    assert "NEWSARCHIVE_PROFILE_DIRS" in capsys.readouterr().err
    assert profile_command.run(["new", "three", str(page)]) == 2


def test_the_bundled_profile_is_the_generated_one_plus_few_hand_lines(tmp_path: Path) -> None:
    jsonl = write_jsonl(tmp_path / "pages.jsonl", saved_pages())
    assert (
        profile_command.run(["new", "harbour_ledger", "--input-jsonl", str(jsonl), "--dir", str(tmp_path)])
        == 0
    )
    generated = (tmp_path / "harbour_ledger.toml").read_text().splitlines()
    reviewed = (DEMO_PROFILES / "harbour_ledger.toml").read_text().splitlines()
    changed = [
        line for line in difflib.unified_diff(generated, reviewed, lineterm="", n=0) if line[:1] in "+-"
    ][2:]
    hand_written = [line for line in changed if line.startswith("+")]
    assert 0 < len(hand_written) <= MAX_HAND_LINES, changed


def test_check_reports_selectors_and_passes_on_the_site(tmp_path: Path, capsys) -> None:
    jsonl = write_jsonl(tmp_path / "all.jsonl", [(s.url, page_of(s)) for s in STORIES])
    setting = f"NEWSARCHIVE_PROFILE_DIRS={DEMO_PROFILES}"
    assert profile_command.run(["check", "harbour_ledger", "--input-jsonl", str(jsonl), "-s", setting]) == 0
    out = capsys.readouterr().out
    assert (
        f".published::attr(datetime)                         matched on {len(STORIES)}/{len(STORIES)}" in out
    )
    assert out.rstrip().endswith("passed")
    assert profile_command.run(["check", "harbour_ledger", "--fixtures", "-s", setting, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["pages"] == 3 and report["passed"]
    assert report["fixtures_changed"] == {}  # the reviewed fixtures are what the bundled profile extracts


def test_check_fails_when_a_redesign_breaks_a_required_field(tmp_path: Path, capsys) -> None:
    """Freshly saved pages of a redesign (the body's container renamed): exit 1, naming the selector."""
    pages = [(s.url, page_of(s).replace("entry-content", "post-body")) for s in STORIES]
    jsonl = write_jsonl(tmp_path / "redesign.jsonl", pages)
    setting = f"NEWSARCHIVE_PROFILE_DIRS={DEMO_PROFILES}"
    status = profile_command.run(
        ["check", "harbour_ledger", "--input-jsonl", str(jsonl), "-s", setting, "--json"]
    )
    assert status == 1
    report = json.loads(capsys.readouterr().out)
    body = next(f for f in report["fields"] if f["field"] == "body")
    assert not body["passed"] and len(body["fell_back"]) == len(STORIES)
    assert body["selectors"] == [{"selector": ".entry-content > p", "pages": 0}]
    headline = next(f for f in report["fields"] if f["field"] == "headline")
    assert headline["passed"]


@pytest.mark.parametrize(
    "args",
    [
        ["check", "nope", "--fixtures"],
        ["check", "nikkei_asia"],
        ["new", "Bad Name", "--input-jsonl", "x.jsonl", "--dir", "."],
    ],
)
def test_usage_errors_exit_2(args: list[str], capsys) -> None:
    assert profile_command.run(args) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
