"""Update lines without a year, a section's link in a story's own meta line, and CNN's datelines: page
shapes of publishers in none of the corpora (no tune-half page shows them), each a small page built by hand
in the shape of the paper or CMS named ("hand-built"), every field of the record read
(fields/yearless_updates.py, fields/other_stories.section_link, text.DATELINE_BARE_AGENCY)."""

from __future__ import annotations

from typing import Any

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.fields.yearless_updates import yearless_update
from newsarchive.items import Article
from newsarchive.pipelines.offline import OfflinePipeline, project_settings
from tests.test_extract_unseen_shapes2 import SENTENCES, ld, page
from tests.test_extract_unseen_shapes3 import DE


def record(html: str, url: str) -> Article:
    return OfflinePipeline(project_settings()).process(
        extract_article(html.encode("utf-8"), url, generic=True)
    )


def fields(article: Article) -> dict[str, Any]:
    return {
        "headline": article.headline,
        "standfirst": article.standfirst,
        "authors": article.authors,
        "published_at": article.published_at,
        "modified_at": article.modified_at,
        "dateline": article.dateline,
        "body": article.body,
        "language": article.language,
        "section": article.section,
        "tags": article.tags,
        "credit": article.credit,
        "page_type": article.page_type,
        "access": article.access,
        "sponsored": article.sponsored,
        "truncated": article.truncated,
    }


STORY = {"standfirst": None, "section": None, "tags": [], "credit": None, "page_type": "article",
         "access": "unknown", "sponsored": False, "truncated": False}  # fmt: skip
FR = [
    "Le conseil municipal a voté mardi soir la fermeture du centre-ville aux voitures le week-end à partir du"
    " printemps prochain.",
    "La mesure sera appliquée pendant un an puis évaluée à partir de relevés de la qualité de l'air et du"
    " bruit dans les rues concernées.",
    "Les commerçants du centre ont dénoncé une décision prise sans concertation et craignent une baisse de"
    " leur chiffre d'affaires.",
]


# --- a yearless update time, day first, and across New Year -------------------------------------------
def _german(published: str, line: str) -> str:
    # a German regional paper's header (Madsack/Funke-like): the date line under the headline, the update's
    # day and time without the year
    return page(
        '<meta property="og:type" content="article">'
        "<title>Stadtrat sperrt Innenstadt für Autos | Kurier</title>"
        f'<meta property="article:published_time" content="{published}">',
        '<main><article><header><h1 class="article-title">Stadtrat sperrt Innenstadt für Autos</h1>'
        '<div class="article-meta"><span class="author">Von Anna Schmidt</span> '
        f'<p class="article-date">{line}</p></div></header><div class="article-body">'
        + "".join(f"<p>{s}</p>" for s in DE)
        + "</div>"
        "</article></main>",
        lang="de",
    )


@pytest.mark.parametrize(
    ("published", "line", "modified"),
    [
        ("2024-03-04T18:00:00+01:00", "04.03.2024, 18:00 Uhr (Aktualisiert 4.3. 20:15)",
         "2024-03-04T20:15:00+01:00"),
        ("2024-03-04T18:00:00+01:00", "04.03.2024, 18:00 Uhr, aktualisiert am 4.3., 20.15 Uhr",
         "2024-03-04T20:15:00+01:00"),
        # a story of 31 December updated on 2 January: the next year's day
        ("2024-12-31T18:00:00+01:00", "31.12.2024, 18:00 Uhr (Aktualisiert 2.1. 08:15)",
         "2025-01-02T08:15:00+01:00"),
        # ... but a day well before the publication is no update of it (another year's, or a misreading)
        ("2024-06-04T18:00:00+02:00", "04.06.2024, 18:00 Uhr (Aktualisiert 2.1. 08:15)", None),
    ],
)  # fmt: skip
def test_a_german_yearless_update_time_is_day_first(published: str, line: str, modified: str | None) -> None:
    article = record(
        _german(published, line), "https://www.kurier.example/lokales/innenstadt-autofrei-ZX3K.html"
    )
    assert fields(article) == {
        **STORY,
        "headline": "Stadtrat sperrt Innenstadt für Autos",
        "authors": ["Anna Schmidt"],
        "published_at": published,
        "modified_at": modified,
        "dateline": None,
        "body": DE,
        "language": "de",
    }


def test_a_french_yearless_update_time_is_day_first() -> None:
    # Ouest-France-like: "Publié le 04/03/2024 à 18h00, mis à jour le 4/3 à 20h15" (4 March, not 3 April)
    html = page(
        '<meta property="og:type" content="article">'
        "<title>Le centre-ville fermé aux voitures | Le Courrier</title>"
        '<meta property="article:published_time" content="2024-03-04T18:00:00+01:00">',
        '<main><article><h1>Le centre-ville fermé aux voitures le week-end</h1><div class="article-meta">'
        '<p class="byline">Par Claire Martin</p><p class="date">Publié le 04/03/2024 à 18h00, mis à jour'
        ' le 4/3 à 20h15</p></div><div class="article-body">' + "".join(f"<p>{s}</p>" for s in FR) + "</div>"
        "</article></main>",
        lang="fr",
    )
    article = record(html, "https://www.lecourrier.example/ville/centre-ville-ferme-aux-voitures-a1b2c3")
    assert fields(article) == {
        **STORY,
        "headline": "Le centre-ville fermé aux voitures le week-end",
        "authors": ["Claire Martin"],
        "published_at": "2024-03-04T18:00:00+01:00",
        "modified_at": "2024-03-04T20:15:00+01:00",
        "dateline": None,
        "body": FR,
        "language": "fr",
    }


@pytest.mark.parametrize(
    ("window", "label", "published", "expected"),
    [
        (" 3/4 20:15）", "最終更新", "2024-03-04T18:00:00+09:00", "2024-03-04T20:15:00"),  # month first
        (" 3/4 at 8:15", "Updated", "2024-03-04T08:00:00-05:00", "2024-03-04T08:15:00"),
        (" 3/4 8:15 p.m.", "Updated", "2024-03-04T08:00:00-05:00", "2024-03-04T20:15:00"),  # p.m.
        (" 3/4 12:05 AM", "Updated", "2024-03-03T23:00:00-05:00", "2024-03-04T00:05:00"),
        (" 4/3 à 20h15", "mis à jour le", "2024-03-04T18:00:00+01:00", "2024-03-04T20:15:00"),  # day first
        (" 1/2 20:15", "最終更新", "2024-12-31T18:00:00+09:00", "2025-01-02T20:15:00"),  # the next year
        (" 3/2 20:15", "最終更新", "2024-03-04T18:00:00+09:00", None),  # before the publication
        (" 4.3. 20:15", "Aktualisiert", None, None),  # no publication: no year
        (" 4.3.", "Aktualisiert", "2024-03-04T18:00:00+01:00", None),  # no time: a day, not an update
        (" 4.3. 20.15", "Aktualisiert", "2024-03-04T18:00:00+01:00", None),  # "20.15" without "Uhr"
        (" 31.2. 20:15", "Aktualisiert", "2024-03-04T18:00:00+01:00", None),
    ],
)  # fmt: skip
def test_yearless_update(window: str, label: str, published: str, expected: str | None) -> None:
    assert yearless_update(window, label, published) == expected


# --- a section's page below a section folder is no other story ------------------------------------------
_POSTED = (
    '<span class="posted-on">Posted on <a href="https://www.valleygazette.example/2024/03/05/council-votes-on-'
    'budget/" rel="bookmark"><time class="entry-date published" datetime="2024-03-05T09:00:00-05:00">March 5,'
    " 2024</time></a></span>"
)
_WP_URL = "https://www.valleygazette.example/council-votes-on-budget/"
_SECTION = "/news/local-government-and-politics/"


@pytest.mark.parametrize(
    ("meta", "url"),
    [
        # WordPress with Yoast's category base stripped: a sub-category's page "/news/<slug>/", set after "in"
        (f'{_POSTED} in <a href="{_SECTION}">Local Government and Politics</a>', _WP_URL),
        # ... or as a chip (Twenty-Twenty-style "cat-links", GeneratePress-like "post-category")
        (
            f'<span class="cat-links"><a href="{_SECTION}">Local Government and Politics</a></span>'
            f" {_POSTED}",
            _WP_URL,
        ),
        (f'<a class="post-category" href="{_SECTION}">Local Government and Politics</a> {_POSTED}', _WP_URL),
        # BLOX CMS (Lee Enterprises-like): the story's own address lies below the section's
        (
            f'{_POSTED} <a href="/news/local/government-and-politics/">Local Government and Politics</a>',
            "https://www.valleygazette.example/news/local/government-and-politics/article_5c1d2e3f.html",
        ),
    ],
)
def test_a_section_link_below_a_section_folder_leaves_the_story_own_time(meta: str, url: str) -> None:
    html = page(
        '<meta property="og:type" content="article"><title>Council votes on budget - Valley Gazette</title>',
        '<main><article><header><h1 class="entry-title">Council votes on budget</h1><p class="byline">By Mary'
        f' Ann Lee</p><div class="entry-meta">{meta}</div></header><div class="entry-content">'
        + "".join(f"<p>{s}</p>" for s in SENTENCES)
        + "</div></article></main>",
    )
    assert fields(record(html, url)) == {
        **STORY,
        "headline": "Council votes on budget",
        "authors": ["Mary Ann Lee"],
        "published_at": "2024-03-05T09:00:00-05:00",
        "modified_at": None,
        "dateline": None,
        "body": SENTENCES,
        "language": "en",
    }


def test_a_teaser_headline_link_below_a_section_stays_another_storys() -> None:
    # ... while a teaser card's link to another story (not set after "in") still makes its date that story's
    card = (
        '<aside><a href="/news/farmers-fear-the-new-tariffs">Farmers fear the new tariffs on grain'
        " exports</a>"
        ' <time datetime="2024-03-02">March 2, 2024</time></aside>'
    )
    html = page(
        '<meta property="og:type" content="article"><title>Council votes on budget - Valley Gazette</title>',
        f'<main><article><header><h1 class="entry-title">Council votes on budget</h1>{card}<p class="byline">'
        'By Mary Ann Lee, March 5, 2024</p></header><div class="entry-content">'
        + "".join(f"<p>{s}</p>" for s in SENTENCES)
        + "</div></article></main>",
    )
    article = record(html, "https://www.valleygazette.example/news/council-votes-on-budget")
    assert article.published_at == "2024-03-05T00:00:00+00:00"


# --- CNN's datelines: the place is the dateline, nothing else -------------------------------------------
CNN_HEADLINE = "Senate passes stopgap bill to avert shutdown"


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("WASHINGTON (CNN) — ", "WASHINGTON"),
        ("Washington CNN — ", "Washington"),
        # CNN's markup since 2023, read as text: "Washington CNN —"
        (
            '<cite class="source__cite"><span class="source__location">Washington</span> <span'
            ' class="source__text">CNN</span></cite> — ',
            "Washington",
        ),
    ],
)
def test_a_cnn_dateline_names_the_place_only(opening: str, dateline: str) -> None:
    # a CNN story on an affiliate's WordPress site (KESQ-like, News-Press & Gazette stations): the place
    # is not the headline, not an author; the first paragraph keeps its dateline as printed (docs/record.md)
    html = page(
        f'<meta property="og:type" content="article"><title>{CNN_HEADLINE} - KESQ</title>'
        '<meta property="article:published_time" content="2024-03-05T21:10:00+00:00">',
        f'<main><article><header><h1 class="entry-title">{CNN_HEADLINE}</h1><div class="byline">By <a'
        ' href="/author/cnn-newsource/">CNN Newsource</a></div></header><div class="entry-content">'
        f"<p>{opening}{SENTENCES[0]}</p>" + "".join(f"<p>{s}</p>" for s in SENTENCES[1:]) + "</div></article>"
        "</main>",
    )
    article = record(
        html, "https://kesq.example/news/national-politics/cnn-us-politics/2024/03/05/senate-stopgap/"
    )
    printed = opening.replace('<cite class="source__cite"><span class="source__location">', "")
    printed = printed.replace('</span> <span class="source__text">', " ").replace("</span></cite>", "")
    assert fields(article) == {
        **STORY,
        "headline": CNN_HEADLINE,
        "authors": ["CNN Newsource"],
        "published_at": "2024-03-05T21:10:00+00:00",
        "modified_at": None,
        "dateline": dateline,
        "access": "free",
        "body": [f"{printed}{SENTENCES[0]}", *SENTENCES[1:]],
        "language": "en",
    }


# --- a wall-clock time declared without its zone, shown with it -----------------------------------------
def test_a_declared_time_without_a_zone_takes_the_zone_the_story_shows() -> None:
    # Brightspot-like (US metro paper): JSON-LD "datePublished": "2024-03-05T10:15:00", no offset; the date
    # line shows "March 5, 2024 at 10:15 a.m. EST": the same wall clock in the zone the reader sees
    html = page(
        '<meta property="og:type" content="article"><title>Council votes on budget | Metro Ledger</title>'
        + ld(
            {
                "@type": "NewsArticle",
                "headline": "Council votes on budget",
                "datePublished": "2024-03-05T10:15:00",
            }
        ),
        '<main><article><h1 class="ArticlePage-headline">Council votes on budget</h1><div class="ArticlePage-'
        'authorBy">By <a href="/staff/mary-ann-lee">Mary Ann Lee</a></div>'
        '<div class="ArticlePage-datePublished">March 5, 2024 at 10:15 a.m. EST</div>'
        '<div class="RichTextArticleBody">'
        + "".join(f"<p>{s}</p>" for s in SENTENCES)
        + "</div></article></main>",
    )
    assert fields(record(html, "https://www.metroledger.example/news/council-votes-on-budget")) == {
        **STORY,
        "headline": "Council votes on budget",
        "authors": ["Mary Ann Lee"],
        "published_at": "2024-03-05T10:15:00-05:00",
        "modified_at": None,
        "dateline": None,
        "body": SENTENCES,
        "language": "en",
    }
