"""Judgments on real saved pages (tests/fixtures/judging, copied from the shared corpora): keep real articles,
flag paywalls by what the publisher declares, drop only on strong evidence.

Every page goes through extraction and the judging pipelines, as `python -m newsarchive extract` runs them.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from newsarchive.commands.extract import process_page
from newsarchive.pipelines.offline import OfflinePipeline
from newsarchive.textsize import text_words

HERE = Path(__file__).resolve().parent / "fixtures" / "judging"
PAGES = json.loads((HERE / "pages.json").read_text(encoding="utf-8"))


def page(name: str) -> tuple[bytes, str]:
    return gzip.decompress((HERE / f"{name}.html.gz").read_bytes()), PAGES[name]["url"]


def judged(html: bytes | str, url: str) -> dict[str, Any]:
    return process_page(html, url, pipeline=OfflinePipeline())


def test_japanese_article_is_kept_and_counted_by_characters() -> None:
    html, url = page("japanese_news")
    record = judged(html, url)
    assert "dropped" not in record, record
    assert record["page_type"] == "article"
    text = "".join(record["body"])
    assert len(text.split()) < 20  # what a space-separated count saw: "too short"
    assert record["word_count"] == sum(text_words(p) for p in record["body"]) >= 300
    assert "体罰" in text


def test_news_story_with_an_unrelated_sponsored_rail_is_kept() -> None:
    html, url = page("sponsored_rail")
    assert b"Sponsored Content" in html
    record = judged(html, url)
    assert "dropped" not in record, record
    assert record["sponsored"] is False and record["evidence"]["sponsored_markers"] == []
    assert record["word_count"] > 300


def test_deals_roundup_is_an_article() -> None:
    html, url = page("deals_roundup")
    record = judged(html, url)
    assert "dropped" not in record, record
    assert record["page_type"] == "article"
    assert record["sponsored"] is False


def test_listing_of_dated_cards_is_not_archived() -> None:
    html, url = page("listing_front")
    assert judged(html, url) == {"url": url, "dropped": "NotAnArticle"}


def test_metered_full_text_is_metered_not_truncated() -> None:
    html, url = page("metered")
    record = judged(html, url)
    assert (record["access"], record["truncated"]) == ("metered", False)
    assert record["word_count"] > 1000


def test_client_side_paywall_is_archived_in_full() -> None:
    """The story's paragraphs carry the declared non-free class (hasPart .regwalled) and a regwall-like name:
    they are the article, not a widget."""
    html, url = page("client_side_paywall")
    record = judged(html, url)
    assert "dropped" not in record, record
    assert (record["access"], record["truncated"]) == ("paywalled", False)
    assert record["word_count"] > 400
    assert any("Kinsun Chan" in p for p in record["body"])
    assert any("Metallquadrate" in p or "Metallkuben" in p for p in record["body"])


def test_server_side_teaser_is_truncated() -> None:
    html, url = page("server_side_teaser")
    record = judged(html, url)
    assert "dropped" not in record, record
    assert (record["access"], record["truncated"]) == ("paywalled", True)
    assert record["word_count"] < 250


# --- encodings: a real page with its bytes damaged the ways servers damage them ----------------------

QUOTE = "“Don’t mind me!” he told them."


def _damaged(how: str) -> bytes:
    html, _ = page("sponsored_rail")
    good = QUOTE.encode("utf-8")
    assert good in html
    if how == "mixed":  # one paragraph pasted in Windows-1252 into a UTF-8 page
        return html.replace(good, QUOTE.encode("cp1252"))
    if how == "invalid":  # a few bytes no charset reads
        return html.replace(good, good.replace(b"mind", b"mi\x81\x8dnd"))
    if how == "double":  # the paragraph double-encoded at the source
        return html.replace(good, QUOTE.encode("utf-8").decode("latin-1").encode("utf-8"))
    raise AssertionError(how)


@pytest.mark.parametrize(
    ("how", "repair", "expected"),
    [
        ("mixed", "mixed_encoding", QUOTE),
        ("double", "mojibake", QUOTE),
        ("invalid", "invalid_bytes", "“Don’t mi\ufffd\ufffdnd me!” he told them."),
    ],
)
def test_damaged_encoding_is_archived_with_the_repair_recorded(how: str, repair: str, expected: str) -> None:
    _, url = page("sponsored_rail")
    record = judged(_damaged(how), url)
    assert "dropped" not in record, record
    assert record["evidence"]["encoding_repaired"] == [repair]
    assert expected in record["body"]
    # the rest of the page reads as it did
    assert any("Launching his bid for president" in p for p in record["body"])


def test_clean_page_record_has_no_repair_field() -> None:
    html, url = page("sponsored_rail")
    assert "encoding_repaired" not in judged(html, url)["evidence"]


@pytest.mark.parametrize("generic", [False, True])
@pytest.mark.parametrize("hide", ["hidden", 'style="display:none"', 'aria-hidden="true"'])
def test_full_text_hidden_behind_a_client_side_paywall_is_archived(generic: bool, hide: str) -> None:
    """The demo's teaser page (isAccessibleForFree=false, hasPart .paywall) with the rest of the story in
    the HTML, hidden until the reader subscribes: the site profile and generic extraction both keep it."""
    from tests.fixtures.extract_helpers import DEMO_SITE

    path = "Politics/Kono-urges-ASEAN-to-enforce-North-Korea-sanctions"
    html = (DEMO_SITE / path / "index.html").read_text(encoding="utf-8")
    rest = "".join(
        f"<p>Kono said member states still hosted North Korean workers and trading companies named in the "
        f"sanctions, and urged them to close the loopholes before the next review, point {i}.</p>"
        for i in range(8)
    )
    wall = '<div class="paywall" data-paywall="true">'
    assert wall in html
    # the rest of the story in the site's own body markup, hidden
    page_html = html.replace(wall, f'{wall}<div class="ezrichtext-field" {hide}>{rest}</div>')
    record = process_page(
        page_html, f"https://asia.nikkei.com/{path}", pipeline=OfflinePipeline(), generic=generic
    )
    assert (record["access"], record["truncated"]) == ("paywalled", False)
    assert record["word_count"] > 250
    assert sum("loopholes before the next review" in p for p in record["body"]) == 8
    assert not any("Subscribe" in p or "{{" in p for p in record["body"])


def test_post_at_a_plain_permalink_is_an_article_not_the_front() -> None:
    html, url = page("plain_permalink_post")
    record = judged(html, url)
    assert "dropped" not in record, record
    assert record["page_type"] == "article"
    assert record["headline"].startswith("Protokoll der Vorstandssitzung")


# --- judged from strong evidence only: what is no evidence -------------------------------------------------


def test_short_blog_post_is_kept_although_its_own_headings_hold_links() -> None:
    """A byline heading linking the author and a subheading holding a sentence with a link are the post's
    own, not teaser cards: with three related-post cards the page is no listing."""
    html, url = page("short_blog_post")
    record = judged(html, url)
    assert "dropped" not in record, record
    assert record["page_type"] == "article"
    assert record["headline"] == "»Haltet unsere Gewässer sauber!«"
    assert any("Plakatwettbewerb" in p for p in record["body"])


def test_post_at_a_dated_permalink_is_kept_although_links_surround_its_text() -> None:
    """A Blogger post (song lyrics: short lines set with <br>, no <p>) beside a sidebar of archive links:
    the page's link density is a front's, but a dated permalink with a slug, a headline, a publication
    date and running text make it a post. The month's archive address is no post."""
    html, url = page("dated_permalink_post")
    record = judged(html, url)
    assert "dropped" not in record, record
    assert record["page_type"] == "article"
    assert record["headline"].startswith("Zhi Neng Xiang Nian Ni")
    assert "就放心去吧" in record["body"] and "Repeat Chorus" in record["body"]
    archive = "http://www.chineselyrics4u.com/2011/07/"
    assert judged(html, archive) == {"url": archive, "dropped": "NotAnArticle"}


def test_card_titles_are_headings_made_of_links_to_other_pages() -> None:
    from lxml import html as lxml_html

    from newsarchive.extract.classify import _card_titles

    html, _ = page("short_blog_post")
    # the byline, the body's subheading and the comment form's heading (an anchor of the page) are left out
    assert _card_titles(lxml_html.document_fromstring(html)) == 3
    html, _ = page("listing_front")
    assert _card_titles(lxml_html.document_fromstring(html)) >= 20


def _without_headline(name: str) -> str:
    """The real page's story paragraphs on a page of their own: no title, heading or metadata."""
    from lxml import html as lxml_html

    html, _ = page(name)
    tree = lxml_html.document_fromstring(html)
    paragraphs = [" ".join(p.text_content().split()) for p in tree.iter("p")]
    story = [p for p in paragraphs if len(p.split()) >= 25][:6]
    assert len(story) >= 3
    return "<html><head></head><body><div>" + "".join(f"<p>{p}</p>" for p in story) + "</div></body></html>"


def test_missing_headline_alone_is_no_evidence_of_a_non_article() -> None:
    """Prose of its own and no listing structure: an article whose headline was not found, dropped for
    that by name (and kept in the rejects), not judged a static page."""
    from newsarchive.extract import extract_article

    html = _without_headline("sponsored_rail")
    url = "https://example.org/news/story"  # (no date in the URL either)
    article = extract_article(html, url)
    assert not article.headline
    assert article.page_type == "article"
    assert judged(html, url) == {"url": url, "dropped": "MissingField"}


def _with_jsonld(html: bytes, node: dict[str, Any]) -> bytes:
    block = f'<script type="application/ld+json">{json.dumps(node)}</script>'.encode()
    return html.replace(b"</head>", block + b"</head>", 1)


def test_sponsored_schema_of_a_related_story_is_no_evidence() -> None:
    """An AdvertiserContentArticle the page lists besides its own NewsArticle is another story."""
    html, url = page("sponsored_rail")
    related = {
        "@context": "https://schema.org",
        "@type": "AdvertiserContentArticle",
        "headline": "Five ways to plan your retirement",
        "url": "https://www.ctpost.com/sponsored/article/five-ways-1.php",
    }
    record = judged(_with_jsonld(html, related), url)
    assert "dropped" not in record, record
    assert record["evidence"]["sponsored_markers"] == []


def test_sponsored_schema_of_the_page_own_article_is_evidence() -> None:
    html, url = page("sponsored_rail")
    assert html.count(b'"@type": "NewsArticle"') == 1
    html = html.replace(b'"@type": "NewsArticle"', b'"@type": "AdvertiserContentArticle"')
    assert judged(html, url) == {"url": url, "dropped": "Sponsored"}


@pytest.mark.parametrize(
    ("line", "markers"),
    [
        ("This article is sponsored by Harbor Tech.", ["body:disclosure"]),
        ("Sponsored content by Harbor Tech", ["body:disclosure"]),
        ("Advertorial: produced for Harbor Tech by our brand studio", ["body:disclosure"]),
        # a bare label at the body's edge: the heading of a rail or an ad slot's label the body kept
        ("Sponsored Content", []),
        ("Paid Post", []),
        ("Advertorial", []),
    ],
)
def test_disclosure_line_says_who_or_what_is_sponsored(line: str, markers: list[str]) -> None:
    from newsarchive.extract import extract_article
    from newsarchive.extract.evidence import disclosure_markers

    html, url = page("sponsored_rail")
    body = extract_article(html, url).body
    assert disclosure_markers(body) == []
    assert disclosure_markers([*body, line]) == markers
    assert disclosure_markers([line, *body]) == markers


def _with_kicker(text: str) -> tuple[bytes, str]:
    """The real story with a kicker above its headline, in the article's own header."""
    html, url = page("sponsored_rail")
    h1 = b'<h1 class="headline entry-title">'
    assert html.count(h1) == 1
    return html.replace(h1, f'<div class="kicker">{text}</div>'.encode() + h1), url


@pytest.mark.parametrize(
    ("kicker", "markers"),
    [
        ("Sponsored", ["label:Sponsored"]),
        ("Sponsored by Harbor Tech", ["label:Sponsored"]),
        ("Promoted content", ["label:Promoted"]),
        # sentences that begin with a label word are no labels
        ("Promoted to the Premier League", []),
        ("Sponsored athletes speak out", []),
    ],
)
def test_header_label_is_a_label_not_a_sentence(kicker: str, markers: list[str]) -> None:
    html, url = _with_kicker(kicker)
    record = judged(html, url)
    if markers:
        assert record == {"url": url, "dropped": "Sponsored"}
        from newsarchive.extract import extract_article

        assert extract_article(html, url).evidence.sponsored_markers == markers
    else:
        assert "dropped" not in record, record
        assert record["evidence"]["sponsored_markers"] == []


def test_short_story_carrying_an_item_list_is_an_article() -> None:
    """An ItemList (a carousel's, a listicle's) is no listing structure: the short post stays an article."""
    html, url = page("short_blog_post")
    carousel = {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "itemListElement": [
            {"@type": "ListItem", "position": i, "url": f"https://seglerblog.example/post-{i}/"}
            for i in range(1, 4)
        ],
    }
    record = judged(_with_jsonld(html, carousel), url)
    assert "dropped" not in record, record
    assert record["page_type"] == "article"
