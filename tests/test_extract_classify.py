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


# --- pages built from the patterns of real pages: the body decides, teaser cards around it do not ----

_PROSE = (
    "The council voted on Tuesday to approve the new harbour bridge after three years of public hearings, "
    "a decision that opponents said they would challenge in court before construction starts next spring."
)


def _story(paragraphs: int = 6) -> str:
    return "".join(f"<p>{_PROSE} Paragraph {i}.</p>" for i in range(paragraphs))


def _cards(n: int, blurb: str = "") -> str:
    """n teaser cards; `blurb` may hold {i}, the card's number."""
    return "".join(
        f'<article class="card"><h3><a href="/news/story-{i}">Story number {i} of the day</a></h3>'
        f"{blurb.format(i=i)}</article>"
        for i in range(n)
    )


def _html(head: str, body: str) -> str:
    return f"<html><head><title>Page</title>{head}</head><body>{body}</body></html>"


OG_ARTICLE = '<meta property="og:type" content="article">'
OG_WEBSITE = '<meta property="og:type" content="website">'


@pytest.mark.parametrize(
    ("head", "body", "url", "expected"),
    [
        pytest.param(
            OG_ARTICLE,
            f"<main><h1>Bridge approved</h1><div class='entry'>{_story()}</div></main>"
            f"<aside><h2>More stories</h2>{_cards(12)}</aside>",
            "https://news.example/2019/11/bridge-approved",
            "article",
            id="og-article-with-many-related-cards",
        ),
        pytest.param(
            "",
            f"<div id='wrap'><h1>Bridge approved</h1><div class='text'>{_story()}</div></div>",
            "https://news.example/news/news_view.html?idx=8576&page=1",
            "article",
            id="no-metadata-real-body",
        ),
        pytest.param(
            "",
            "<div class='post'><h1>About the bugs</h1>"
            "<time datetime='2018-08-13T08:04:08+00:00'>13 Aug</time>"
            f"{_story(3)}</div>",
            "https://blog.example/about-bugs/",
            "article",
            id="short-dated-post-without-metadata",
        ),
        pytest.param(
            OG_ARTICLE,
            f"<main><h1>Latest news</h1>{_cards(8, '<p>Story {i}: ' + _PROSE + '</p>')}</main>",
            "https://news.example/news/",
            "listing",
            id="front-with-site-wide-og-article-and-long-blurbs",
        ),
        pytest.param(
            "",
            f"<main><h1>Latest news</h1>{_cards(8, '<p>Story {i}: ' + _PROSE + '</p>')}</main>",
            "https://news.example/latest",
            "listing",
            id="front-without-metadata-long-blurbs",
        ),
        pytest.param(
            OG_WEBSITE,
            f"<main><h1>Privacy policy</h1>{_story(8)}</main>",
            "https://news.example/privacy-policy",
            "static",
            id="long-static-page",
        ),
        pytest.param(
            OG_ARTICLE,
            "<main><h1>How the bridge was built</h1>"
            + "".join(
                f"<section><h2>Part {i}<a href='#part-{i}'>#</a></h2>"
                f"<div class='text'>{_story(2)}</div></section>"
                for i in range(5)
            )
            + f"<aside>{_cards(6)}</aside></main>",
            "https://news.example/2019/11/how-the-bridge-was-built",
            "article",
            id="long-story-in-sections-with-anchor-headings",
        ),
        pytest.param(
            "",
            f"<main><h1>Five laptop deals this week</h1><p>By Ana Cruz</p>{_story(2)}"
            + "".join(
                f"<h3>Deal {i}</h3><p>{_PROSE} <a href='https://shop.example/{i}'>Buy for $99</a></p>"
                for i in range(5)
            )
            + f"</main><aside><h2>Sponsored</h2>{_cards(4)}</aside>",
            "https://news.example/deals/five-laptop-deals",
            "article",
            id="deals-roundup-without-metadata",
        ),
        pytest.param(
            "",
            f"<main><h1>Singer marries longtime partner</h1><div class='story'>{_story(5)}</div></main>"
            f"<aside>{_cards(6)}</aside>",
            "https://celebs.example/people/singer-marries-longtime-partner",
            "article",
            id="story-under-a-people-path",
        ),
        pytest.param(
            "",
            f"<main><h1>Harbour</h1><p>{_PROSE}</p>{_cards(8, '<p>Story {i}: ' + _PROSE + '</p>')}</main>",
            "https://news.example/tag/harbour",
            "tag",
            id="tag-page-with-an-intro",
        ),
        pytest.param(
            '<meta property="og:type" content="video.other">',
            f"<main><h1>Drone footage</h1>{_story(4)}</main>",
            "https://news.example/2019/11/drone-footage",
            "video",
            id="video-with-transcript",
        ),
    ],
)
def test_body_decides_between_article_and_other_pages(head: str, body: str, url: str, expected: str) -> None:
    assert extract_article(_html(head, body), url, generic=True).page_type == expected


def test_classify_page_body_argument() -> None:
    """Without a body the page's own <p> elements are measured; with one, the body is."""
    tree = lxml_html.document_fromstring(_html("", f"<main><h1>Bridge</h1>{_story(1)}</main>"))
    url = "https://news.example/2019/11/bridge"
    assert classify_page(tree, url) != "article"
    body = [f"{_PROSE} Paragraph {i}." for i in range(5)]
    assert classify_page(tree, url, body=body) == "article"
