"""Page shapes of publishers in none of the corpora, third round (tests/test_extract_unseen_shapes.py and
tests/test_extract_unseen_shapes2.py are the first two): the leftovers of the second round's probes
(standfirst, Medium's member line, Folha's gift line, Wix's meta list, El País's caption) and new probe
pages in the markup of WordPress news themes, Ghost, React news sites, German, Japanese, Korean, Chinese,
Arabic, Russian, Italian, Dutch, Swedish, Polish and Turkish papers, wire stories, paywalled and sponsored
pages. No tune-half page shows these patterns, so every page here is a small page built by hand in the
shape of the CMS or paper ("hand-built"), and every field of the record is read.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.items import Article
from newsarchive.pipelines.offline import OfflinePipeline, project_settings
from tests.test_extract_unseen_shapes2 import PROSE, SENTENCES, ld, page


def judged(article: Article) -> Article:
    return OfflinePipeline(project_settings()).process(article)


def record(html: str, url: str) -> Article:
    return judged(extract_article(html.encode("utf-8"), url, generic=True))


# --- the standfirst under the headline --------------------------------------------------------------
DEK = "Water companies warn of hosepipe bans across four counties by early summer unless rain arrives"


@pytest.mark.parametrize(
    "header",
    [
        # the Guardian's: the <h1> in a wrapper of its own, the dek named by a data attribute
        '<div data-gu-name="headline"><div class="dcr-cohhs3"><h1 class="dcr-125vfar">Reservoirs at lowest'
        ' level in a decade</h1></div></div><div data-gu-name="standfirst"><div class="dcr-1yi1cnj"><p>'
        f"{DEK}</p></div></div>",
        # Le Monde's "article__desc"
        '<h1 class="article__title">Reservoirs at lowest level in a decade</h1>'
        f'<p class="article__desc">{DEK}</p>',
        # Brightspot's camel-case "ArticlePage-subHeadline"
        '<h1 class="ArticlePage-headline">Reservoirs at lowest level in a decade</h1>'
        f'<div class="ArticlePage-subHeadline">{DEK}</div>',
        # Hugo PaperMod's "post-description"
        '<header class="post-header"><h1 class="post-title">Reservoirs at lowest level in a decade</h1>'
        f'<div class="post-description">{DEK}</div></header>',
    ],
)
def test_the_standfirst_right_after_the_headline_is_the_records_not_the_bodys(header: str) -> None:
    html = page(
        '<meta property="og:type" content="article"><title>Reservoirs at lowest level in a decade | Gazette'
        "</title>",
        f"<main><article>{header}<div class=body>{PROSE}</div></article></main>",
    )
    article = record(html, "https://www.example.com/environment/2025/mar/04/reservoirs")
    assert article.standfirst == DEK
    assert article.headline == "Reservoirs at lowest level in a decade"
    assert article.body == SENTENCES


def test_a_summary_box_away_from_the_headline_is_no_standfirst() -> None:
    html = page(
        '<meta property="og:type" content="article"><title>Reservoirs at lowest level | Gazette</title>',
        "<main><article><h1>Reservoirs at lowest level in a decade</h1><p class=byline>By Sarah Lyall</p>"
        f"<div class=body>{PROSE}</div><div class=summary>Key points: reservoirs, bans, rain and the"
        " outlook for the summer</div></article></main>",
    )
    assert record(html, "https://www.example.com/environment/reservoirs").standfirst is None


# --- widget lines at the body's edges -----------------------------------------------------------------
def test_a_wix_posts_meta_list_and_counters_are_not_body() -> None:
    # Wix's post header lists the day without its year, the reading time and the update; its footer
    # counts views and comments; the text is in Ricos' <div type=paragraph> and <p> blocks
    ricos = "".join(
        f'<div type="paragraph" class="mm8Nw _1j-51"><span class="_2PHJq"><span>{s}</span></span></div>'
        for s in SENTENCES[:3]
    ) + "".join(f'<p dir="auto" class="mm8Nw IGRQT"><span><span>{s}</span></span></p>' for s in SENTENCES[3:])
    html = page(
        '<meta name="generator" content="Wix.com Website Builder"><meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2025-03-04T13:22:41.000Z">'
        "<title>How we cut leakage by a fifth</title>",
        '<main id="PAGES_CONTAINER"><div class="post-page"><article data-hook="post">'
        '<div data-hook="post-header">'
        '<div class="avatar"><span data-hook="user-name" class="tQ0Q1A user-name">Priya Raman</span><ul><li>'
        '<span data-hook="time-ago" title="Mar 4">Mar 4</span></li><li><span data-hook="time-to-read">3 min'
        ' read</span></li><li><span>Updated: Mar 5</span></li></ul></div></div><h1 data-hook="post-title">'
        '<span class="post-title__text">How we cut leakage by a fifth</span></h1>'
        f'<div data-hook="post-description"><section class="_0ZxFr"><div class="kvdbP">{ricos}</div>'
        '</section></div><div data-hook="post-footer">'
        '<div><span data-hook="view-count">128 views</span><span data-hook="comment-count">0 comments</span>'
        "<span>Post not marked as liked</span></div></div></article></div></main>",
    )
    article = record(html, "https://www.aquaworks.example/post/how-we-cut-leakage-by-a-fifth")
    assert article.body == SENTENCES
    assert article.published_at == "2025-03-04T13:22:41+00:00"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "3 min read"),
        ("en", "Reading time: 4 minutes"),
        ("de", "Lesezeit: 4 Min."),
        ("de", "4 Min. Lesezeit"),
        ("fr", "Temps de lecture : 3 min."),
        ("es", "Tiempo de lectura: 3 min"),
        ("it", "Tempo di lettura: 3 minuti"),
        ("pt", "3 min de leitura"),
        ("nl", "Leestijd: 3 minuten"),
        ("ja", "この記事は約3分で読めます"),
    ],
)
def test_a_reading_time_line_is_not_body(lang: str, line: str) -> None:
    html = page(
        '<meta property="og:type" content="article"><title>Rail link cleared</title>',
        f"<main><article><h1>Rail link cleared by the court</h1><p>{line}</p>{PROSE}</article></main>",
        lang=lang,
    )
    assert record(html, "https://www.example.com/news/rail-link-cleared").body == SENTENCES


@pytest.mark.parametrize(
    "line",
    [
        # Folha's
        "Presentear esta reportagem: Você tem 7 acessos por dia para dar de presente. Qualquer não assinante"
        " pode ler.",
        # NYT-like
        "Gift this article",
        "You have 10 gift articles to give each month. Anyone can read what you share.",
    ],
)
def test_a_gift_article_offer_is_not_body(line: str) -> None:
    html = page(
        '<meta property="og:type" content="article"><title>Rail link cleared</title>',
        f"<main><article><h1>Rail link cleared by the court</h1>{PROSE}<div class=gift><p>{line}</p></div>"
        "</article></main>",
    )
    assert record(html, "https://www.example.com/news/rail-link-cleared").body == SENTENCES


def test_a_sentence_of_the_story_about_gifts_or_reading_time_stays() -> None:
    lines = [
        "Give this article's authors a prize, the jury said on Monday.",
        "The report takes 3 min to read, its authors say, and should be read by every councillor.",
    ]
    html = page(
        '<meta property="og:type" content="article"><title>Rail link cleared</title>',
        f"<main><article><h1>Rail link cleared by the court</h1><p>{lines[0]}</p>{PROSE}<p>{lines[1]}</p>"
        "</article></main>",
    )
    assert record(html, "https://www.example.com/news/rail-link-cleared").body == [
        lines[0],
        *SENTENCES,
        lines[1],
    ]


def test_medium_members_only_line_and_its_sign_up_button_are_not_body() -> None:
    html = page(
        '<meta property="og:type" content="article">'
        "<title>Why our migration took nine months | Medium</title>"
        + ld(
            {
                "@type": "NewsArticle",
                "headline": "Why our migration took nine months",
                "isAccessibleForFree": "False",
                "datePublished": "2025-03-02T17:41:03.112Z",
                "author": {"@type": "Person", "name": "Arjun Kapoor"},
            }
        ),
        "<main><article><h1>Why our migration took nine months</h1>"
        + "".join(f"<p>{s}</p>" for s in SENTENCES[:3])
        + "<div class=paywall><p>The author made this story available to Medium members only. Sign up to"
        " read it for free, get smarter recommendations, and follow the authors you love.</p><a>Sign up for"
        " free</a></div></article></main>",
    )
    article = record(html, "https://medium.example/@arjun.k/why-our-migration-took-nine-months-3f2a9c1e7b44")
    assert article.body == SENTENCES[:3]
    assert (article.access, article.truncated) == ("paywalled", True)
    assert article.authors == ["Arjun Kapoor"]


# --- captions ---------------------------------------------------------------------------------------
def test_a_caption_and_its_credit_in_spans_of_their_own() -> None:
    # El País: "<figcaption><span>caption</span><span class=a_m_m>credit</span>" ran together as
    # "...en Madrid.Claudio Álvarez"
    html = page(
        '<meta property="og:type" content="article"><title>El Gobierno aprueba un plan</title>',
        '<main><article><h1>El Gobierno aprueba un plan</h1><figure><img src="/f.jpg">'
        "<figcaption class=a_m_p>"
        "<span>La ministra de Sanidad, este martes en Madrid.</span><span class=a_m_m>Claudio Álvarez</span>"
        f"</figcaption></figure>{PROSE}</article></main>",
        lang="es",
    )
    images = record(html, "https://elpais.example/espana/2025-03-04/plan.html").images
    assert [(i.caption, i.credit) for i in images] == [
        ("La ministra de Sanidad, este martes en Madrid.", "Claudio Álvarez")
    ]
