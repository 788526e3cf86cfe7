"""Paywall and sponsored-content evidence on the demo's teaser and advertorial, and its absence elsewhere."""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from tests.fixtures.extract_helpers import SEED_PATH, extract_demo

TEASER = "/Politics/Kono-urges-ASEAN-to-enforce-North-Korea-sanctions"
ADVERTORIAL = "/Sponsored-content/Discover-the-future-of-smart-cities-in-Singapore"
FREE = [
    SEED_PATH,
    "/Politics/Japan-and-Australia-sign-defense-pact-on-reciprocal-access",
    "/Business/Toyota-bets-on-solid-state-batteries-for-2022-launch",
    "/Economy/Bank-of-Japan-holds-rates-as-inflation-stays-subdued",
    "/Business/Markets/Asian-stocks-rally-as-tech-shares-rebound",
]


@pytest.mark.parametrize("generic", [False, True])
def test_paywalled_teaser(generic: bool) -> None:
    article = extract_demo(TEASER, generic=generic)
    ev = article.evidence
    assert ev.is_accessible_for_free is False
    assert ev.paywall_selectors == [".paywall"]
    assert "schema:isAccessibleForFree=false" in ev.paywall_markers
    assert "markup:.paywall" in ev.paywall_markers
    assert "markup:regwall" in ev.paywall_markers
    assert ev.teaser is True
    assert (article.access, article.truncated) == ("paywalled", True)
    assert article.sponsored is False
    assert ev.sponsored_markers == []
    assert 1 <= len(article.body) <= 2
    assert not any("Subscribe" in p or "{{" in p for p in article.body)


@pytest.mark.parametrize("generic", [False, True])
def test_advertorial(generic: bool) -> None:
    article = extract_demo(ADVERTORIAL, generic=generic)
    ev = article.evidence
    assert ev.schema_types == ["AdvertiserContentArticle"]
    assert "schema:AdvertiserContentArticle" in ev.sponsored_markers
    assert "label:Sponsored" in ev.sponsored_markers
    assert "label:Paid post" in ev.sponsored_markers
    assert "url:/sponsored-content" in ev.sponsored_markers
    assert article.sponsored is True
    assert article.access == "free"
    assert ev.paywall_markers == []
    assert article.headline == "Discover the future of smart cities in Singapore"
    assert not any(p.startswith(("Sponsored", "Paid post")) for p in article.body)


@pytest.mark.parametrize("path", FREE)
def test_free_articles_carry_no_paywall_or_sponsored_evidence(path: str) -> None:
    """Every page has a hidden meter, offer modals and a "Sponsored Content" module: none of it counts."""
    article = extract_demo(path)
    assert article.access == "free"
    assert article.evidence.is_accessible_for_free is True
    assert article.evidence.paywall_markers == []
    assert article.evidence.sponsored_markers == []
    assert article.evidence.teaser is False
    assert article.sponsored is False


def _page(label_markup: str, *, module: str = "") -> str:
    paragraphs = "".join(
        f"<p>Paragraph {i} of a story about ports and shipping in Southeast Asia, long enough to be "
        f"taken as article text by any extractor that looks at it.</p>"
        for i in range(8)
    )
    return f"""<html><head><title>Ports race to automate</title></head><body>
<article><header>{label_markup}<h1>Ports race to automate</h1><p class="byline">By Ana Cruz</p></header>
<div class="body">{paragraphs}</div></article>{module}</body></html>"""


URL = "https://news.example/business/ports-race-to-automate"


@pytest.mark.parametrize(
    ("label", "marker"),
    [
        ('<span class="label">Sponsored</span>', "label:Sponsored"),
        ('<span class="label">Partner content</span>', "label:Partner content"),
        ('<div class="kicker">Paid post by Harbor Tech</div>', "label:Paid post"),
        ('<span class="tag">Advertisement feature</span>', "label:Advertorial"),
    ],
)
def test_labels_next_to_the_headline(label: str, marker: str) -> None:
    article = extract_article(_page(label), URL)
    assert marker in article.evidence.sponsored_markers
    assert article.sponsored is True


def test_sponsored_module_elsewhere_is_not_a_label() -> None:
    module = (
        '<aside class="promo"><h2>Sponsored</h2><ul><li><a href="/x">Paid post: visit Harbor Tech</a></li>'
        "</ul></aside>"
    )
    article = extract_article(_page("", module=module), URL)
    assert article.evidence.sponsored_markers == []
    assert article.sponsored is False


def test_sponsored_url_path() -> None:
    article = extract_article(_page(""), "https://news.example/partner-content/ports-race-to-automate")
    assert article.evidence.sponsored_markers == ["url:/partner-content"]


def test_hidden_paywall_markup_does_not_count() -> None:
    hidden = '<div class="regwall" hidden><p>Subscribe to continue</p></div>'
    article = extract_article(_page("", module=hidden), URL)
    assert article.evidence.paywall_markers == []


def test_template_paywall_widget_is_not_a_declaration() -> None:
    """A visible registration wall of the page template, outside the article: recorded as a widget, and the
    full story stays free and whole."""
    visible = '<div class="regwall"><p>Subscribe to continue</p></div>'
    article = extract_article(_page("", module=visible), URL)
    assert article.evidence.paywall_markers == ["widget:regwall"]
    assert (article.access, article.truncated) == ("free", False)


def test_paywall_markup_around_the_body_counts() -> None:
    paragraphs = "".join(
        f"<p>Paragraph {i} of a story about ports, long enough to be text.</p>" for i in range(2)
    )
    html = f"""<html><head><title>Ports race to automate</title></head><body>
<article><h1>Ports race to automate</h1><div class="story"><div class="body">{paragraphs}</div>
<div class="regwall"><p>Subscribe to continue reading</p></div></div></article></body></html>"""
    article = extract_article(html, URL)
    # (the prompt in it says so too: newsarchive/extract/evidence/prompts.py)
    assert article.evidence.paywall_markers == ["markup:regwall", "markup:prompt"]
    assert (article.access, article.truncated) == ("paywalled", True)


def test_sponsored_label_of_a_teaser_card_or_menu_is_not_a_label() -> None:
    """A sidebar card labelled "ADVERTORIAL" next to the header, and a "Sponsored" section link in a
    menu of categories, belong to other pages."""
    sidebar = (
        '<div class="row-more"><div class="row-desc"><label class="row-cat">ADVERTORIAL</label>'
        '<a href="/advertorial/five-reasons"><h5>5 reasons why a hybrid is the first step</h5></a>'
        "<p>October 18, 2019</p></div></div>"
    )
    menu = (
        '<div class="cats"><a href="/news">News</a> <a href="/reviews">Reviews</a> '
        '<a href="/sponsored">Sponsored</a> <a href="/videos">Videos</a></div>'
    )
    paragraphs = "".join(
        f"<p>Paragraph {i} about ports, long enough to be article text.</p>" for i in range(8)
    )
    html = f"""<html><head><title>Ports race to automate</title></head><body>
<article><div class="top">{menu}<h1>Ports race to automate</h1><p class="byline">By Ana Cruz</p>
{sidebar}</div><div class="body">{paragraphs}</div></article></body></html>"""
    article = extract_article(html, URL)
    assert article.evidence.sponsored_markers == []
    assert article.sponsored is False


def test_paywall_marker_tests_follow_the_selectors() -> None:
    """The per-element marker tests in evidence/matcher.py say the same as PAYWALL_MARKUP's CSS selectors."""
    from lxml import html as lxml_html

    from newsarchive.extract.evidence.matcher import PAYWALL_KIND, paywall_candidates
    from newsarchive.extract.evidence.rules import PAYWALL_MARKUP, PAYWALL_NEEDLES
    from newsarchive.extract.selectors import select

    classes = ["regwall__x", "registration-wall", "meter", "a meter b", "parameter", "paywall-meter"]
    classes += [
        "meter__count",
        "no-paywall",
        "subscriber-only",
        "premium-content x",
        "plain",
        "locked-content",
    ]
    elements = [f'<div class="{c}"></div>' for c in classes]
    elements += ['<div id="js-regwall"></div>', '<div id="js-meter"></div>', '<div id="paywall-1"></div>']
    elements += ["<div data-paywall></div>", '<div data-paywall="false"></div>', '<div id="nopaywall"></div>']
    tree = lxml_html.document_fromstring(f"<html><body>{''.join(elements)}</body></html>")
    candidates = set(paywall_candidates(tree, PAYWALL_NEEDLES))
    # (the tests leave out what says there is no paywall, which the selectors cannot tell: rules.py
    # NOT_PAYWALL_TOKEN and NOT_PAYWALL_VALUES)
    saying_none = {
        el
        for el in tree.iter("div")
        if el.get("class") == "no-paywall" or el.get("id") == "nopaywall" or el.get("data-paywall") == "false"
    }
    for (marker, css), (same, test) in zip(PAYWALL_MARKUP, PAYWALL_KIND, strict=True):
        assert marker == same
        by_css = set(select(tree, css))
        assert by_css <= candidates
        assert {el for el in tree.iter("div") if test(el)} == by_css - saying_none, marker


def test_byline_xpath_follows_the_selector() -> None:
    """evidence.matcher.BYLINES (attribute-axis XPath, for speed) finds what BYLINE_SELECTOR does."""
    from newsarchive.extract.document import Document
    from newsarchive.extract.evidence.matcher import BYLINES
    from newsarchive.extract.evidence.rules import BYLINE_SELECTOR
    from newsarchive.extract.selectors import select
    from tests.fixtures.extract_helpers import DEMO_SITE, FIXTURES

    pages = [*DEMO_SITE.rglob("index.html"), *FIXTURES.glob("*/*/page.html")]
    found = 0
    for path in pages:
        tree = Document.from_input(path.read_bytes(), "https://example.com/").tree
        for scope in (tree, *tree.iter("article", "main")):
            expected = [el for el in select(scope, BYLINE_SELECTOR) if el is not scope]
            assert BYLINES(scope) == expected, path
            found += len(expected)
    assert found > 10
