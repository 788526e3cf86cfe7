"""Markup noise rules: whole class tokens, never substrings; never the element that holds the page."""

from __future__ import annotations

from lxml import html as lxml_html

from newsarchive.extract import extract_article
from newsarchive.extract.noise import find_noise, in_noise, remove_noise
from newsarchive.extract.text import element_text

STORY = "".join(
    f"<p>Paragraph {i} of a story about ports and shipping in Southeast Asia, long enough to be article "
    "text for any extractor.</p>"
    for i in range(8)
)


def _tree(body: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(f"<html><head><title>t</title></head><body>{body}</body></html>")


def test_class_tokens_not_substrings() -> None:
    tree = _tree(
        f'<div class="entry-content entry-content-read-more">{STORY}</div>'
        '<div class="read-more-link"><a href="/x">Read more</a></div><div class="header shadow">x</div>'
    )
    clean = remove_noise(tree)
    assert "Paragraph 7" in element_text(clean)
    assert "Read more" not in element_text(clean)
    assert "x" in [el.text for el in clean.iter("div")]  # "header"/"shadow" hold "ad" but no ad token


def test_element_holding_most_of_the_page_is_not_noise() -> None:
    tree = _tree(f'<form id="aspnetForm"><div class="share">{STORY}</div></form><footer>Footer</footer>')
    noise = find_noise(tree)
    assert [el.tag for el in noise.elements] == ["footer"]
    story = tree.find(".//p")
    assert not in_noise(story)
    assert "Paragraph 3" in element_text(remove_noise(tree))


def test_hidden_widget_text_is_not_body() -> None:
    html = f"""<html><head><title>Ports</title><meta property="og:type" content="article"></head><body>
<article><h1>Ports race to automate</h1>{STORY}
<div class="regwall"><p>Subscribe now to get unlimited access to our reporting.</p></div>
</article></body></html>"""
    article = extract_article(html, "https://news.example/business/ports", generic=True)
    assert any("Paragraph 7" in p for p in article.body)
    assert not any("Subscribe now" in p for p in article.body)
