"""JSON-LD reading (graphs, arrays, broken JSON), date normalisation and the metadata fallbacks."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from newsarchive.dates import normalise_date
from newsarchive.extract import extract_article
from newsarchive.extract.jsonld import JsonLd, loads_lenient
from tests.fixtures.extract_helpers import FIXTURES

PARAGRAPHS = [
    "SEOUL -- South Korea's central bank raised its benchmark interest rate for the first time in six years "
    "on Thursday, citing a strong recovery in exports and a rapid rise in household debt.",
    "The Bank of Korea lifted the base rate by a quarter of a percentage point to 1.5%, in line with the "
    "expectations of most economists surveyed before the meeting.",
    "Governor Lee Ju-yeol said the economy was growing at around 3% this year, helped by record "
    "semiconductor shipments, and that inflation was expected to approach the bank's 2% target.",
    "Household debt has climbed to more than 1,400 trillion won, prompting the government to tighten "
    "mortgage rules several times this year in an effort to cool the housing market in Seoul.",
    "Analysts said further increases would be gradual, as the bank weighs the risk of slowing consumption "
    "against the need to keep financial imbalances in check.",
]


def page(jsonld: str, *, extra_head: str = "", paragraphs: list[str] | None = None) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in (PARAGRAPHS if paragraphs is None else paragraphs))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page title - Example</title>
<script type="application/ld+json">{jsonld}</script>{extra_head}</head>
<body><nav><a href="/">Home</a> <a href="/economy">Economy</a></nav>
<article><h1>Bank of Korea raises rates for first time in six years</h1>
<div class="body">{body}</div></article><footer>Example News</footer></body></html>"""


URL = "https://news.example/economy/bank-of-korea-raises-rates-first-time-in-six-years"


@pytest.mark.parametrize(
    "raw",
    [
        '{"@type": "NewsArticle", "headline": "A",}',
        '<!-- {"@type": "NewsArticle", "headline": "A"} -->',
        '//<![CDATA[\n{"@type": "NewsArticle", "headline": "A"}\n//]]>',
        '{"@type": "NewsArticle", "headline": "A"};',
        '[{"@type": "NewsArticle", "headline": "A",},]',
    ],
)
def test_loads_lenient_recovers_common_breakage(raw: str) -> None:
    values = loads_lenient(raw)
    assert values
    value = values[0][0] if isinstance(values[0], list) else values[0]
    assert value["headline"] == "A"


def test_loads_lenient_raw_newline_in_string() -> None:
    assert loads_lenient('{"@type": "NewsArticle", "headline": "two\nlines"}')[0]["headline"] == "two\nlines"


def test_loads_lenient_two_objects_in_one_script() -> None:
    values = loads_lenient(
        '{"@type": "Organization", "name": "X"}\n{"@type": "NewsArticle", "headline": "B"}'
    )
    assert [v["@type"] for v in values] == ["Organization", "NewsArticle"]


def test_loads_lenient_gives_up_quietly() -> None:
    assert loads_lenient("{this is not json at all") == []
    assert loads_lenient("") == []


def _jsonld(markup: str) -> JsonLd:
    return JsonLd(lxml_html.document_fromstring(page(markup)))


def test_main_entity_inside_graph_with_type_array() -> None:
    jl = _jsonld(
        '{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Example"},'
        '{"@type": "WebPage", "name": "p"},'
        '{"@type": ["ReportageNewsArticle", "NewsArticle"], "headline": "Graph headline"}]}'
    )
    assert jl.main_types == ["ReportageNewsArticle", "NewsArticle"]
    assert jl.text("headline") == "Graph headline"
    assert jl.all_types == ["WebSite", "WebPage", "ReportageNewsArticle", "NewsArticle"]


def test_main_entity_in_top_level_array_and_full_iri_types() -> None:
    jl = _jsonld(
        '[{"@type": "Organization", "name": "Org"},'
        ' {"@type": "http://schema.org/BlogPosting", "headline": "H"}]'
    )
    assert jl.main_types == ["BlogPosting"]


def test_main_entity_of_webpage() -> None:
    jl = _jsonld('{"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "headline": "Nested"}}')
    assert jl.text("headline") == "Nested"


def test_no_article_entity() -> None:
    jl = _jsonld('{"@type": "WebSite", "name": "Example"}')
    assert jl.main is None
    assert jl.main_types == []


def test_broken_jsonld_still_gives_fields() -> None:
    markup = """<!--
    {"@context": "https://schema.org", "@type": "NewsArticle",
     "headline": "Bank of Korea raises rates for first time in six years",
     "description": "A line
     break inside a string",
     "datePublished": "2017-11-30T10:05:00+09:00",
     "author": [{"@type": "Person", "name": "Kim Jaewon"}, "Lee Hyun-jin",],
     "isAccessibleForFree": "False",
    }
    -->"""
    article = extract_article(page(markup), URL)
    assert article.headline == "Bank of Korea raises rates for first time in six years"
    assert article.published_at == "2017-11-30T10:05:00+09:00"
    assert article.authors == ["Kim Jaewon", "Lee Hyun-jin"]
    assert article.evidence.is_accessible_for_free is False
    assert article.evidence.schema_types == ["NewsArticle"]


def test_teaser_articlebody_shorter_than_dom_is_not_used() -> None:
    markup = (
        '{"@type": "NewsArticle", "headline": "Bank of Korea raises rates for first time in six years",'
        ' "articleBody": "SEOUL -- South Korea\'s central bank raised its benchmark interest rate."}'
    )
    article = extract_article(page(markup), URL)
    assert article.body == PARAGRAPHS
    assert article.evidence.body_source != "jsonld"
    assert article.evidence.teaser is False


def test_teaser_fixture_body_comes_from_the_dom() -> None:
    import json

    expected = json.loads((FIXTURES / "generic" / "jsonld_teaser_body" / "expected.json").read_text())
    assert len(expected["body"]) == 6
    assert expected["evidence"]["body_source"] != "jsonld"


def test_jsonld_wins_over_opengraph_and_h1() -> None:
    markup = '{"@type": "NewsArticle", "headline": "From JSON-LD", "datePublished": "2017-11-30T01:00:00Z"}'
    head = (
        '<meta property="og:title" content="From OG">'
        '<meta property="article:published_time" content="2016-01-01">'
    )
    # (a story id, not a slug: a slug that spells the <h1> makes the <h1> win over metadata titles that
    # share no word with it, as the next assertion shows)
    article = extract_article(page(markup, extra_head=head), "https://news.example/economy/a-123456")
    assert article.headline == "From JSON-LD"
    assert article.published_at == "2017-11-30T01:00:00+00:00"
    assert extract_article(page(markup, extra_head=head), URL).headline == (
        "Bank of Korea raises rates for first time in six years"
    )


def test_opengraph_and_meta_fallbacks_without_jsonld() -> None:
    head = (
        '<meta property="og:title" '
        'content="Bank of Korea raises rates for first time in six years - Example">'
        '<meta property="og:type" content="article">'
        '<meta property="og:url" content="https://news.example/canonical-from-og">'
        '<meta property="article:published_time" content="2017-11-30T10:05:00+0900">'
        '<meta property="article:section" content="Economy">'
        '<meta property="article:tag" content="South Korea">'
        '<meta property="article:tag" content="Interest rates">'
        '<meta name="author" content="By Kim Jaewon, Seoul correspondent">'
    )
    article = extract_article(page('{"@type": "WebSite"}', extra_head=head), URL)
    assert article.headline == "Bank of Korea raises rates for first time in six years"
    assert article.published_at == "2017-11-30T10:05:00+09:00"
    assert article.section == "Economy"
    assert article.tags == ["South Korea", "Interest rates"]
    assert article.authors == ["Kim Jaewon"]
    assert article.canonical_url == "https://news.example/canonical-from-og"
    assert article.dateline == "SEOUL"
    assert article.body == PARAGRAPHS


def test_time_element_fallback_and_language() -> None:
    html = (
        page('{"@type": "WebSite"}')
        .replace("<h1>", '<time datetime="2017-11-30T10:05:00+09:00">Nov 30</time><h1>')
        .replace('lang="en"', 'lang="en_gb"')
    )
    article = extract_article(html, URL)
    assert article.published_at == "2017-11-30T10:05:00+09:00"
    assert article.language == "en-GB"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2017-11-29T20:15:00+09:00", "2017-11-29T20:15:00+09:00"),
        ("2017-11-29T11:15:00Z", "2017-11-29T11:15:00+00:00"),
        ("2017-11-29T11:15:00.123Z", "2017-11-29T11:15:00+00:00"),
        ("2017-11-29T20:15:00+0900", "2017-11-29T20:15:00+09:00"),
        ("2017-11-29 20:15:00", "2017-11-29T20:15:00+00:00"),  # no offset given: UTC assumed
        ("2017-11-29", "2017-11-29T00:00:00+00:00"),
        ("Wed, 29 Nov 2017 11:15:00 GMT", "2017-11-29T11:15:00+00:00"),
        ("Wed, 29 Nov 2017 20:15:00 +0900", "2017-11-29T20:15:00+09:00"),
        ("November 29, 2017 20:15 JST", "2017-11-29T20:15:00+09:00"),
        ("1511954100", "2017-11-29T11:15:00+00:00"),
    ],
)
def test_normalise_date(raw: str, expected: str) -> None:
    assert normalise_date(raw) == expected


@pytest.mark.parametrize("raw", [None, "", "yesterday-ish", "not a date at all", "0000-00-00", "1200-01-01"])
def test_normalise_date_rejects(raw: str | None) -> None:
    assert normalise_date(raw) is None
