"""The author a classic WordPress theme names only in the sentence that closes the post, after the text:
"This entry was posted in News by Jane Doe on December 4, 2026. Bookmark the permalink." (Twenty Eleven,
Twenty Twelve and the many themes made from them; the theme's German, French and Spanish translations).
These themes set no JSON-LD, no author <meta> and no byline above the headline, so the sentence is the only
place the page names its writer; on 58b826b the record had no author (fields15's probe, session 15).

Pages built by hand ("hand-built") in the shape of such blogs and small news sites, on hosts in none of the
corpora, among the noise of a real page (tests/test_extract_unseen_shapes4.py chrome). Traps: Kubrick's
footer, which names nobody ("This entry was posted on ... and is filed under News."), a login name instead
of a person, the same sentence under a teaser of another post, and a page whose JSON-LD names the author.
"""

from __future__ import annotations

import json

import pytest

from tests.test_extract_unseen_shapes4 import DE, LONG, chrome, paras, record

EN = LONG[:6]
FR = [
    "Le conseil municipal a adopté mardi soir le budget de l'année prochaine après un long débat.",
    "La majorité a défendu une hausse des investissements dans les écoles et les transports publics.",
    "L'opposition a dénoncé une augmentation de la dette et réclamé un audit des dépenses de la ville.",
    "Le maire a promis que les impôts locaux resteraient stables pendant toute la durée du mandat.",
]
ES = [
    "El ayuntamiento aprobó el martes por la noche el presupuesto del próximo año tras un largo debate.",
    "La mayoría defendió un aumento de la inversión en escuelas y en el transporte público de la ciudad.",
    "La oposición criticó el aumento de la deuda y pidió una auditoría de los gastos municipales.",
    "El alcalde prometió que los impuestos locales se mantendrán estables durante todo el mandato.",
]


def page(site: str, lang: str, headline: str, text: list[str], footer: str, *, head: str = "") -> str:
    before, after = chrome(site, "en")
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline} | {site}</title>{head}</head>'
        f'<body>{before}<div id="main">'
        '<article id="post-1204" class="post-1204 post type-post status-publish hentry">'
        f'<header class="entry-header"><h1 class="entry-title">{headline}</h1></header>'
        f'<div class="entry-content">{paras(text)}</div>'
        f'<footer class="entry-meta">{footer}</footer></article>'
        '<nav id="nav-single"><span class="nav-previous"><a href="/2026/12/03/older/" rel="prev">Previous</a>'
        f"</span></nav></div>{after}</body></html>"
    )


def authors_of(html: str, url: str) -> list[str]:
    article = record(html, url)
    first = html.split('<div class="entry-content"><p>', 1)[1].split("<")[0]
    assert article.body and article.body[0] == first
    assert not any("entry was posted" in p or "wurde von" in p for p in article.body)
    return article.authors


AUTHOR_LINK = '<a href="https://{host}/author/{slug}/" title="Posts by {name}" rel="author">{name}</a>'


@pytest.mark.parametrize(
    ("host", "lang", "text", "footer", "expected"),
    [
        # Twenty Eleven: categories, then "by" the author's archive link, then "on" the date
        (
            "towncrier.example",
            "en-US",
            EN,
            'This entry was posted in <a href="/category/news/" rel="category tag">News</a> by '
            + AUTHOR_LINK.format(host="towncrier.example", slug="jane-doe", name="Jane Doe")
            + ' on <a href="/2026/12/04/council/" rel="bookmark"><time class="entry-date" datetime='
            '"2026-12-04T10:30:00+00:00">December 4, 2026</time></a>. Bookmark the <a href="/2026/12/04/'
            'council/" rel="bookmark">permalink</a>.',
            ["Jane Doe"],
        ),
        # a theme made from Kubrick that names the author, no link, the date after "on"
        (
            "valleyvoice.example",
            "en",
            EN,
            "This entry was posted by John Roe on Thursday, December 4th, 2026 at 10:30 am and is filed under"
            ' <a href="/category/local/">Local</a>. You can follow any responses to this entry through the'
            ' <a href="/feed/">RSS 2.0</a> feed.',
            ["John Roe"],
        ),
        # the German translation of Twenty Eleven's sentence
        (
            "stadtkurier.example",
            "de-DE",
            DE[:4],
            "Dieser Eintrag wurde von "
            + AUTHOR_LINK.format(host="stadtkurier.example", slug="anna-schmidt", name="Anna Schmidt")
            + ' unter <a href="/kategorie/lokales/">Lokales</a> veröffentlicht. Setze ein Lesezeichen auf den'
            " Permalink.",
            ["Anna Schmidt"],
        ),
        # French and Spanish translations
        (
            "lecho-du-quartier.example",
            "fr-FR",
            FR,
            'Cet article a été publié dans <a href="/categorie/ville/">Ville</a> par Jean Dupont le 4'
            " décembre 2026. Ajoutez ce permalien à vos favoris.",
            ["Jean Dupont"],
        ),
        (
            "ladelbarrio.example",
            "es",
            ES,
            'Esta entrada fue publicada en <a href="/categoria/ciudad/">Ciudad</a> por María López el 4 de'
            " diciembre de 2026. Guarda el enlace permanente.",
            ["María López"],
        ),
    ],
)
def test_the_post_footer_sentence_names_the_author(
    host: str, lang: str, text: list[str], footer: str, expected: list[str]
) -> None:
    html = page(host.split(".")[0].title(), lang, "Council passes next year's budget", text, footer)
    assert authors_of(html, f"https://{host}/2026/12/04/council-passes-budget/") == expected


@pytest.mark.parametrize(
    "footer",
    [
        # Kubrick, WordPress's old default theme: the sentence names nobody
        "This entry was posted on Thursday, December 4th, 2026 at 10:30 am and is filed under"
        ' <a href="/category/news/">News</a>. You can follow any responses to this entry through the'
        ' <a href="/feed/">RSS 2.0</a> feed. Both comments and pings are currently closed.',
        # the account's login name, not a person's
        'This entry was posted in <a href="/category/news/">News</a> by <a href="/author/admin/">admin</a>.'
        " Bookmark the permalink.",
        # a site's name
        'This entry was posted in <a href="/category/news/">News</a> by Town Crier Staff on December 4,'
        " 2026. Bookmark the permalink.",
    ],
)
def test_a_footer_sentence_that_names_no_person_gives_no_author(footer: str) -> None:
    html = page("Town Crier", "en", "Council passes next year's budget", EN, footer)
    assert authors_of(html, "https://towncrier.example/2026/12/04/council-passes-budget/") == []


def test_the_sentence_under_another_posts_teaser_is_not_the_story_s() -> None:
    # a blog's front page lists teasers, each with its footer; the story's own container names nobody
    teaser = (
        '<aside class="recent"><article class="post-1190 post"><h2><a href="/2026/12/01/older/">'
        "Older post</a></h2>"
        '<p>A short teaser of an older post.</p><footer class="entry-meta">This entry was posted in News'
        " by Paul Walker on December 1, 2026.</footer></article></aside>"
    )
    html = page("Town Crier", "en", "Council passes next year's budget", EN, "Bookmark the permalink.")
    html = html.replace('<nav id="nav-single">', teaser + '<nav id="nav-single">')
    assert authors_of(html, "https://towncrier.example/2026/12/04/council-passes-budget/") == []


def test_declared_author_wins_over_the_footer_account() -> None:
    ld = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": "Council passes next year's budget",
        "datePublished": "2026-12-04T10:30:00+00:00",
        "author": {"@type": "Person", "name": "Jane Doe"},
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    footer = "This entry was posted in News by John Roe on December 4, 2026. Bookmark the permalink."
    html = page("Town Crier", "en", "Council passes next year's budget", EN, footer, head=head)
    assert authors_of(html, "https://towncrier.example/2026/12/04/council-passes-budget/") == ["Jane Doe"]
