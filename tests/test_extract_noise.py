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


# --- ScopedNoise: the profile page's on-demand noise of its article container -------------------------


def _demo_article_pages() -> list[tuple[str, bytes]]:
    from tests.fixtures.extract_helpers import DEMO_SITE

    return [
        ("https://asia.nikkei.com/" + p.parent.relative_to(DEMO_SITE).as_posix(), p.read_bytes())
        for p in sorted(DEMO_SITE.rglob("index.html"))
    ]


def test_scoped_noise_agrees_with_the_whole_page_noise_inside_the_container() -> None:
    from newsarchive.extract.document import Document
    from newsarchive.extract.noise import ScopedNoise
    from newsarchive.extract.registry import get_profile

    profile = get_profile("nikkei_asia")
    extra = (*profile.remove, "section > div.promo", "#js-meter")  # a non-simple selector and an id
    checked = 0
    for url, raw in _demo_article_pages():
        doc = Document.from_input(raw, url)
        headline = doc.tree.find(".//h1")
        container = next(headline.iterancestors("article"), None) if headline is not None else None
        if container is None:
            continue
        whole = find_noise(doc.tree, attributes=doc.attribute_text, extra=extra, keep=[headline])
        # with the page's attribute index (rules gated by it) and without (every rule: profile pages)
        for attributes in (doc.attribute_text, None):
            scoped = ScopedNoise(doc.tree, container, attributes=attributes, extra=extra, keep=[headline])
            for el in container.iter():
                if not isinstance(el.tag, str):
                    continue
                assert scoped.contains(el) == whole.contains(el), (url, el.tag, el.get("class"))
                if not whole.contains(el):
                    inside = {m for m in whole.members if any(a is el for a in m.iterancestors())}
                    assert scoped.within(el) == inside, (url, el.tag, el.get("class"))
                checked += 1
        assert whole.members & set(container.iter()), url  # the share widget at least
    assert checked > 400


def test_profile_page_skips_noise_inside_a_read_element() -> None:
    html = (
        "<html><body><main><article><h1 class='article__title'>Ports and shipping</h1>"
        "<p class='article__sub-title'>A standfirst <span class='visually-hidden'>Icon Share</span>"
        "about the ports of Southeast Asia</p>"
        "<div class='article__content'><div class='ezrichtext-field'>"
        f"{STORY}<p>Last <svg><title>Icon Twitter</title></svg>paragraph.</p></div></div>"
        "<div class='article__share'><p>Share this story on every network there is</p></div>"
        "</article></main></body></html>"
    )
    article = extract_article(html, "https://asia.nikkei.com/Politics/Ports-and-shipping-in-the-region")
    assert article.standfirst == "A standfirst about the ports of Southeast Asia"
    assert article.body[-1] == "Last paragraph."
    assert not any("Share this" in p for p in article.body)
