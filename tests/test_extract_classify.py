"""Page classification: article, section front, tag, video, static, from real pages."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from newsarchive.extract import classify_page, extract_article
from newsarchive.items import PAGE_TYPES
from tests.fixtures.extract_helpers import DEMO_SITE, FIXTURES, SEED_PAGE, SEED_URL

CLASSIFY = FIXTURES / "classify"


@pytest.mark.parametrize(
    ("name", "url", "expected"),
    [
        ("front.html", "https://www.pacificledger.example/world/", "listing"),
        ("tag.html", "https://www.pacificledger.example/topics/north-korea", "tag"),
        ("video.html", "https://www.pacificledger.example/video/abe-on-north-korea-missile-launch", "video"),
        ("static.html", "https://www.pacificledger.example/about-us", "static"),
    ],
)
def test_classify_fixture_pages(name: str, url: str, expected: str) -> None:
    html = (CLASSIFY / name).read_bytes()
    article = extract_article(html, url, generic=True)
    assert article.page_type == expected


def test_video_page_is_video_even_at_a_neutral_url() -> None:
    html = (CLASSIFY / "video.html").read_bytes()
    assert (
        extract_article(html, "https://www.pacificledger.example/2017/11/29/abe-statement").page_type
        == "video"
    )


def test_static_page_at_a_neutral_url_is_not_an_article() -> None:
    html = (CLASSIFY / "static.html").read_bytes()
    assert extract_article(html, "https://www.pacificledger.example/company").page_type == "static"


def test_front_without_url_hint_is_listing() -> None:
    html = (CLASSIFY / "front.html").read_bytes()
    assert extract_article(html, "https://www.pacificledger.example/section?id=4").page_type == "listing"


def test_article_pages_are_articles() -> None:
    assert extract_article(SEED_PAGE.read_bytes(), SEED_URL).page_type == "article"
    assert extract_article(SEED_PAGE.read_bytes(), SEED_URL, generic=True).page_type == "article"


@pytest.mark.parametrize("front", ["Politics", "Business", "Economy"])
def test_demo_section_fronts_are_listings(front: str) -> None:
    path = DEMO_SITE / front / "index.html"
    if not path.is_file():
        pytest.skip(f"demo front {front} not written yet")
    url = f"https://asia.nikkei.com/{front}"
    assert extract_article(path.read_bytes(), url).page_type == "listing"
    assert extract_article(path.read_bytes(), url, generic=True).page_type == "listing"


def test_search_url() -> None:
    html = (CLASSIFY / "front.html").read_bytes()
    assert (
        extract_article(html, "https://www.pacificledger.example/search?q=north+korea").page_type == "search"
    )


def test_classify_page_direct_call() -> None:
    tree = lxml_html.document_fromstring((CLASSIFY / "front.html").read_bytes())
    kind = classify_page(tree, "https://www.pacificledger.example/world/", og_type="website")
    assert kind == "listing"
    assert kind in PAGE_TYPES
    assert classify_page(None, "https://x.example/", og_type=None) in PAGE_TYPES
    article_tree = lxml_html.document_fromstring(SEED_PAGE.read_bytes())
    assert classify_page(article_tree, SEED_URL, og_type="article", main_types=["NewsArticle"]) == "article"
