"""Registry, the nikkei_asia profile, and extract_article's robustness on junk and odd encodings."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newsarchive.extract import extract_article, get_profile, profile_for_url
from newsarchive.extract.registry import ProfileRegistry
from newsarchive.items import PAGE_TYPES, Article
from tests.crawlhelp import DEMO_ARTICLE_PATHS
from tests.fixtures.extract_helpers import DEMO_SITE, ROOT, SEED_PAGE, SEED_URL

NIKKEI = get_profile("nikkei_asia")

ARTICLE_PATHS = list(DEMO_ARTICLE_PATHS)
NOT_ARTICLES = [
    "/",
    "/Politics",
    "/Politics/",
    "/Business/Markets",
    "/Life-Arts",
    "/Spotlight/Asia-Insight",
    "/rss/feed/nar",
    "/Politics/North-Korea",
    "/static/css/main.css",
]


def test_registry() -> None:
    assert NIKKEI in ProfileRegistry.builtin().profiles
    assert profile_for_url("https://asia.nikkei.com/Politics") is NIKKEI
    assert profile_for_url("https://www.asia.nikkei.com/Politics") is NIKKEI
    assert profile_for_url("HTTPS://ASIA.NIKKEI.COM/Politics") is NIKKEI
    assert profile_for_url("https://www.nikkei.com/article/x") is None
    assert profile_for_url("https://example.com/") is None
    assert profile_for_url("not a url") is None
    with pytest.raises(KeyError, match="nikkei_asia"):
        get_profile("nope")


def test_profile_shape() -> None:
    assert NIKKEI.base_url == "https://asia.nikkei.com"
    assert NIKKEI.feeds == ("/rss/feed/nar",)
    assert {"Politics", "Business", "Economy"} <= set(NIKKEI.sections)
    assert NIKKEI.section_url(None, "Politics") == "https://asia.nikkei.com/Politics"
    assert NIKKEI.section_url("http://127.0.0.1:8000/", "Life-Arts") == "http://127.0.0.1:8000/Life-Arts"
    assert NIKKEI.feed_urls("http://127.0.0.1:8000") == ["http://127.0.0.1:8000/rss/feed/nar"]
    assert NIKKEI.feed_urls() == ["https://asia.nikkei.com/rss/feed/nar"]
    assert NIKKEI.page_param == "page"


@pytest.mark.parametrize("path", ARTICLE_PATHS)
def test_article_urls(path: str) -> None:
    assert NIKKEI.is_article_url("https://asia.nikkei.com" + path)
    assert NIKKEI.is_article_url("http://127.0.0.1:8123" + path + "?utm_source=rss")


@pytest.mark.parametrize("path", NOT_ARTICLES)
def test_not_article_urls(path: str) -> None:
    assert not NIKKEI.is_article_url("https://asia.nikkei.com" + path)


@pytest.mark.parametrize("path", ARTICLE_PATHS)
def test_every_demo_article_extracts_with_the_profile(path: str) -> None:
    html = (DEMO_SITE / path.lstrip("/") / "index.html").read_bytes()
    article = extract_article(html, "https://asia.nikkei.com" + path, fetched_at="2017-12-01T00:00:00+00:00")
    assert article.extractor == "nikkei_asia"
    assert article.evidence.body_source == "profile"
    assert article.headline and article.section and article.published_at
    assert article.published_at.startswith("2017-11-") and article.published_at.endswith("+09:00")
    assert article.images and article.images[0].caption
    assert article.language == "en"
    assert article.word_count >= 50
    assert article.content_hash and article.content_hash.startswith("sha256:")
    assert article.fetched_at == "2017-12-01T00:00:00+00:00"
    # The record survives the JSON round trip the archive does.
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article


def test_profile_extraction_never_loads_trafilatura() -> None:
    """Profile pages must stay fast: the generic body extractor (trafilatura) is not even imported."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from newsarchive.extract import extract_article\n"
        f"a = extract_article(Path({str(SEED_PAGE)!r}).read_bytes(), {SEED_URL!r})\n"
        "assert len(a.body) == 13, a.body\n"
        "print('trafilatura' in sys.modules)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"


def test_forced_profile_by_name() -> None:
    article = extract_article(SEED_PAGE.read_bytes(), "http://mirror.example/x", profile="nikkei_asia")
    assert article.extractor == "nikkei_asia"
    assert len(article.body) == 13


@pytest.mark.parametrize(
    "junk",
    [
        "",
        b"",
        "   ",
        b"\x00\x01\x02\xff\xfe",
        "<html>",
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>x</p></body></html>",
        "just some text, no markup",
        "<html><head><script type='application/ld+json'>{{{</script></head><body><h1>T</h1></body></html>",
        "<html><body>" + "<div>" * 3000 + "deep" + "</div>" * 3000 + "</body></html>",
    ],
)
@pytest.mark.parametrize("generic", [False, True])
def test_never_raises(junk: str | bytes, generic: bool) -> None:
    for url in ("https://asia.nikkei.com/Politics/Some-thing-that-breaks", "https://example.com/a", ""):
        article = extract_article(junk, url, generic=generic)
        assert isinstance(article, Article)
        assert article.page_type in PAGE_TYPES
        assert article.url == url


def test_encodings_without_mojibake() -> None:
    text = (
        "<html><head><meta charset='{cs}'><title>t</title></head><body><article><h1>Café talks</h1>"
        + (
            "<p>Ministers met at a café in Hà Nội to discuss trade, a meeting that officials described as "
            "constructive and frank, with more talks planned next month.</p>" * 3
        )
        + "</article></body></html>"
    )
    url = "https://example.com/cafe-talks"
    # UTF-8 bytes declared as Latin-1 (a common server mistake) still decode as UTF-8.
    wrong = extract_article(text.format(cs="iso-8859-1").encode("utf-8"), url)
    assert wrong.headline == "Café talks"
    assert "Hà Nội" in " ".join(wrong.body)
    # A real windows-1252 page (only Latin characters) decodes by its declaration.
    latin = text.replace("Hà Nội", "Paris").format(cs="windows-1252").encode("cp1252")
    assert extract_article(latin, url).headline == "Café talks"
    # The HTTP header's encoding wins when given.
    sjis = (
        "<html><body><article><h1>日本経済</h1><p>"
        + "東京株式市場で日経平均株価は続伸した。" * 10
        + "</p></article></body></html>"
    )
    assert extract_article(sjis.encode("shift_jis"), url, encoding="shift_jis").headline == "日本経済"


def test_decomposed_unicode_is_nfc() -> None:
    html = "<html><body><article><h1>Cafe\u0301</h1></article></body></html>"
    assert extract_article(html, "https://example.com/x").headline == "Caf\u00e9"
