"""Profile files: the TOML format, the registry built from settings, and one clear line + exit 2 for every
kind of bad file, from `scrapy list`, `scrapy crawl` and `python -m newsarchive extract` alike."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsarchive.extract.profiles.files import ProfileError, read_profile
from newsarchive.extract.registry import BUILTIN_DIR, ProfileRegistry
from tests.crawlkit import PROJECT_DIR

GOOD = """\
domains = ["news.example.org"]
base_url = "https://news.example.org"
sections = ["world"]
section_path = "/category/{section}/"
article_path = '^/\\d{4}/\\d{2}/\\d{2}/[^/]+/$'

[selectors]
headline = ["h1.entry-title"]
published_at = ["time.entry-date::attr(datetime)"]
"""

#: case -> (file name, text, what the error line must hold besides the file's path)
BAD = {
    "malformed": ("broken.toml", 'domains = ["a.example"\n', ("expected TOML",)),
    "unknown_key": (
        "typo.toml",
        GOOD + "\n[coverage]\nheadlines = 1.0\n",
        ("coverage.headlines", "unknown field"),
    ),
    "unknown_top_key": ("top.toml", "domain = ['a.example']\n", (": domain:", "unknown key")),
    "bad_css": ("css.toml", GOOD.replace("h1.entry-title", "h1..entry-title"), ("selectors.headline", "CSS")),
    "bad_xpath": (
        "xp.toml",
        GOOD.replace('"h1.entry-title"', '"//h1[@class="'),
        ("selectors.headline", "XPath"),
    ),
    "bad_type": (
        "type.toml",
        GOOD.replace('sections = ["world"]', 'sections = "world"'),
        (": sections:", "list"),
    ),
    "clash": (
        "mirror.toml",
        GOOD.replace("news.example.org", "asia.nikkei.com"),
        ("domains", "nikkei_asia.toml"),
    ),
}


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_profile_file_reads_into_a_profile(tmp_path: Path) -> None:
    profile = read_profile(write(tmp_path, "example_news.toml", GOOD))
    assert profile.name == "example_news"
    assert profile.domains == ("news.example.org",)
    assert profile.is_article_url("https://news.example.org/2025/11/29/a-slug/")
    assert not profile.is_article_url("https://news.example.org/2025/11/29/a-slug/amp/")
    assert profile.section_url(None, "world") == "https://news.example.org/category/world/"
    assert profile.selectors["published_at"] == ("time.entry-date::attr(datetime)",)


def test_registry_from_settings_lists_builtin_and_user_profiles(tmp_path: Path) -> None:
    write(tmp_path / "a", "example_news.toml", GOOD)
    registry = ProfileRegistry.from_settings({"NEWSARCHIVE_PROFILE_DIRS": f"{tmp_path / 'a'}"})
    assert registry.names() == ["example_news", "nikkei_asia"]
    assert registry.for_url("https://www.news.example.org/x").name == "example_news"
    assert ProfileRegistry.from_settings({}).names() == ["nikkei_asia"]
    files = {p.name[: -len(".toml")] for p in BUILTIN_DIR.iterdir() if p.name.endswith(".toml")}
    assert {p.name for p in ProfileRegistry.builtin()} == files


def test_a_user_copy_of_a_builtin_profile_replaces_it(tmp_path: Path) -> None:
    text = (BUILTIN_DIR / "nikkei_asia.toml").read_text(encoding="utf-8").replace("/rss/feed/nar", "/rss/x")
    write(tmp_path, "nikkei_asia.toml", text)
    registry = ProfileRegistry.from_dirs([tmp_path])
    assert registry.get("nikkei_asia").feeds == ("/rss/x",)


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_profile_raises_one_line_naming_file_and_key(tmp_path: Path, case: str) -> None:
    name, text, needles = BAD[case]
    path = write(tmp_path, name, text)
    with pytest.raises(ProfileError) as info:
        ProfileRegistry.from_dirs([tmp_path])
    message = str(info.value)
    assert "\n" not in message
    assert str(path) in message or (case == "clash" and "mirror.toml" in message), message
    for needle in needles:
        assert needle in message, message


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_DIR), "SCRAPY_SETTINGS_MODULE": "newsarchive.settings"}
    return subprocess.run(
        [sys.executable, *args], cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_profile_stops_scrapy_list_with_one_line_and_exit_2(tmp_path: Path, case: str) -> None:
    name, text, needles = BAD[case]
    write(tmp_path, name, text)
    result = run("-m", "scrapy", "list", "-s", f"NEWSARCHIVE_PROFILE_DIRS={tmp_path}")
    assert result.returncode == 2, result.stderr[-2000:]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr[-2000:]
    assert name in lines[0] and all(n in lines[0] for n in needles), lines[0]


@pytest.mark.slow
def test_bad_profile_stops_crawl_and_extract_with_exit_2(tmp_path: Path) -> None:
    name, text, _ = BAD["bad_css"]
    write(tmp_path, name, text)
    setting = f"NEWSARCHIVE_PROFILE_DIRS={tmp_path}"
    crawl = run("-m", "scrapy", "crawl", "nikkei_asia", "-s", setting)
    extract = run("-m", "newsarchive", "extract", "--input-jsonl", "-", "-s", setting)
    for result in (crawl, extract):
        assert result.returncode == 2, result.stderr[-2000:]
        assert "Traceback" not in result.stderr and name in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr


@pytest.mark.slow
def test_scrapy_list_shows_every_profile(tmp_path: Path) -> None:
    write(tmp_path / "one", "example_news.toml", GOOD)
    write(tmp_path / "two", "other_news.toml", GOOD.replace("news.example.org", "other.example.net"))
    dirs = f"{tmp_path / 'one'},{tmp_path / 'two'}"
    result = run("-m", "scrapy", "list", "-s", f"NEWSARCHIVE_PROFILE_DIRS={dirs}")
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["article", "example_news", "nikkei_asia", "other_news"]


def test_feed_and_sitemap_urls_follow_a_mirror(tmp_path: Path) -> None:
    text = GOOD + "\n".join(["", "[coverage]", "headline = 1.0"])
    text = text.replace(
        'sections = ["world"]',
        'sections = ["world"]\nfeeds = ["/feed/"]\nsitemaps = ["https://news.example.org/news-sitemap.xml"]',
    )
    profile = read_profile(write(tmp_path, "example_news.toml", text))
    assert profile.feed_urls() == ["https://news.example.org/feed/"]
    assert profile.sitemap_urls("http://127.0.0.1:8000") == ["http://127.0.0.1:8000/news-sitemap.xml"]
    assert profile.coverage == {"headline": 1.0}
