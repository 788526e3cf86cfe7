"""The seed: the real asia.nikkei.com article dump in shared/seeds, rebuilt as the demo's seed page.

Hand-written expectations, independent of expected.json: exact fields, 13 paragraphs in order, and none of
the seed's noise lines (every seed line that is not article text) anywhere in the record, in profile and
in generic mode.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml import html as lxml_html

from newsarchive.extract import extract_article
from newsarchive.items import normalise_text
from tests.fixtures.extract_helpers import SEED_PAGE, SEED_URL, seed_text_file

HEADLINE = "Latest missile launch tests 'maximum pressure' on North Korea"
STANDFIRST = "Japan, US wary of conciliatory South Korea breaking with united front"
CAPTION = (
    "Prime Minister Shinzo Abe answers questions about North Korea's missile launch Wednesday at his "
    "official residence in Tokyo."
)
FIRST = (
    'TOKYO -- Japan, together with the U.S. and South Korea, will continue to exert "maximum pressure" on '
    "North Korea in the wake of Wednesday's launch of an intercontinental ballistic missile the rogue regime "
    "claims can strike any part of the continental U.S."
)
LAST = (
    "Meanwhile, Tokyo is also trying to hammer out a plan for the nearly 60,000 Japanese nationals residing "
    "on the Korean Peninsula should a crisis occur. The South Korean government will allow Japanese citizens "
    "to use domestic evacuation shelters. However, there is no mechanism in place for quickly relocating "
    "them to Japan."
)


@pytest.fixture(scope="module")
def seed_lines() -> list[str]:
    try:
        path = seed_text_file()
    except FileNotFoundError as exc:
        pytest.skip(str(exc))
    return [normalise_text(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def article_lines(seed_lines: list[str]) -> list[str]:
    """Seed lines that are article text: caption, section, headline, standfirst, 13 paragraphs, credit."""
    start = seed_lines.index(CAPTION)
    end = seed_lines.index("(Nikkei)")
    return [line for line in seed_lines[start : end + 1] if line]


@pytest.fixture(scope="module")
def noise_lines(seed_lines: list[str], article_lines: list[str]) -> list[str]:
    return [line for line in seed_lines if line and line not in article_lines]


def _strings(record: dict) -> list[str]:
    out: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(record)
    return out


def _assert_no_noise(record: dict, noise: list[str]) -> None:
    strings = _strings(record)
    for line in noise:
        for s in strings:
            # Very short noise lines (".") can only be checked for equality.
            if len(line) >= 8:
                assert line not in s, f"noise {line!r} found in {s[:80]!r}"
            else:
                assert line != s, f"noise {line!r} is a whole field value"
    blob = json.dumps(record, ensure_ascii=False)
    for marker in ("{{", "Icon Twitter", "Created with Sketch", "Sponsored Content", "free article"):
        assert marker not in blob


def test_seed_file_shape(article_lines: list[str], noise_lines: list[str]) -> None:
    # caption, section, headline, standfirst, 13 paragraphs, credit
    assert len(article_lines) == 4 + 13 + 1
    assert article_lines[1:4] == ["Politics", HEADLINE, STANDFIRST]
    assert noise_lines[0].startswith("ArrowArtboardCreated with Sketch.")
    assert "Sponsored Content" in noise_lines
    assert any("{{numberArticlesLeft}}" in line for line in noise_lines)


def test_demo_page_reproduces_seed_text(seed_lines: list[str]) -> None:
    """A text dump of the demo seed page holds every line of the seed, in order."""
    root = lxml_html.parse(str(SEED_PAGE)).getroot()
    body = root.find("body")
    for el in body.iter("script", "style"):
        el.text = ""
    for li in body.iter("li"):
        li.text = "• " + (li.text or "")  # browsers render list bullets into text dumps
    for br in body.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for el in body.iter(
        "p", "div", "h1", "h2", "li", "figcaption", "aside", "header", "footer", "ul", "time"
    ):
        el.tail = "\n" + (el.tail or "")
    dump = [normalise_text(line) for line in body.text_content().split("\n")]
    dump = [line for line in dump if line]
    position = 0
    for line in (s for s in seed_lines if s):
        assert line in dump[position:], f"seed line missing or out of order: {line!r}"
        position = dump.index(line, position) + 1


@pytest.fixture(scope="module")
def record() -> dict:
    return extract_article(SEED_PAGE.read_bytes(), SEED_URL, fetched_at="2017-11-30T00:00:00+00:00").to_dict()


def test_seed_profile_fields(record: dict, article_lines: list[str]) -> None:
    assert record["extractor"] == "nikkei_asia"
    assert record["site"] == "nikkei_asia"
    assert record["headline"] == HEADLINE
    assert record["standfirst"] == STANDFIRST
    assert record["section"] == "Politics"
    assert record["dateline"] == "TOKYO"
    assert record["credit"] == "(Nikkei)"
    assert record["images"][0]["caption"] == CAPTION
    assert record["published_at"] == "2017-11-29T20:15:00+09:00"
    assert record["canonical_url"] == SEED_URL
    assert record["language"] == "en"
    assert record["access"] == "free"
    assert record["sponsored"] is False
    assert record["page_type"] == "article"
    assert record["evidence"]["body_source"] == "profile"
    assert record["evidence"]["sponsored_markers"] == []
    assert record["evidence"]["paywall_markers"] == []
    body = record["body"]
    assert len(body) == 13
    assert body[0] == FIRST
    assert body[-1] == LAST
    assert body == article_lines[4:17]
    assert record["word_count"] == sum(len(p.split()) for p in body)


def test_seed_profile_has_no_noise(record: dict, noise_lines: list[str]) -> None:
    _assert_no_noise(record, noise_lines)


def test_seed_generic_mode(article_lines: list[str], noise_lines: list[str]) -> None:
    record = extract_article(SEED_PAGE.read_bytes(), SEED_URL, generic=True).to_dict()
    assert record["extractor"] == "generic"
    assert record["site"] == "asia.nikkei.com"
    assert record["headline"] == HEADLINE
    assert record["standfirst"] == STANDFIRST
    assert record["dateline"] == "TOKYO"
    assert record["credit"] == "(Nikkei)"
    assert record["body"] == article_lines[4:17]
    assert record["evidence"]["body_source"] not in ("profile", "none")
    _assert_no_noise(record, noise_lines)


def test_seed_page_served_from_a_mirror_uses_the_profile() -> None:
    """The demo server serves the page from 127.0.0.1; its canonical link names asia.nikkei.com."""
    mirror = "http://127.0.0.1:8080/Politics/Latest-missile-launch-tests-maximum-pressure-on-North-Korea"
    record = extract_article(SEED_PAGE.read_text(encoding="utf-8"), mirror)
    assert record.extractor == "nikkei_asia"
    assert record.url == mirror
    assert record.canonical_url == SEED_URL
    assert len(record.body) == 13


def test_seed_page_text_has_no_mojibake() -> None:
    record = extract_article(SEED_PAGE.read_bytes(), SEED_URL)
    text = "\n".join(record.body)
    assert not re.search("[\u00c2\u00c3\u00e2][\u0080-\u00bf]", text)
    assert "\u00a0" not in text
    assert '"in any way." But' in record.body[10]


def test_demo_pages_are_under_the_expected_paths() -> None:
    site = Path(SEED_PAGE).parents[2]
    for path in (
        "Politics/Japan-and-Australia-sign-defense-pact-on-reciprocal-access",
        "Politics/Kono-urges-ASEAN-to-enforce-North-Korea-sanctions",
        "Business/Toyota-bets-on-solid-state-batteries-for-2022-launch",
        "Economy/Bank-of-Japan-holds-rates-as-inflation-stays-subdued",
        "Business/Markets/Asian-stocks-rally-as-tech-shares-rebound",
        "Sponsored-content/Discover-the-future-of-smart-cities-in-Singapore",
    ):
        assert (site / path / "index.html").is_file(), path
