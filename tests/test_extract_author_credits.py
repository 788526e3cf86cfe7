"""Bylines that credit more than the writing: a reviewer, a fact-checker, an illustrator, the writer's own
photos, the writer's role beside the name. An archive's author is the person who wrote the story; the
others are not authors, and the label of a job is no part of a name.

No tune-half page of the corpora shows these shapes (benchmarks/generalisation.py: no tune page changes
with the rules), so every page is a small page built by hand in the shape of a real CMS or publisher
("hand-built"), among the noise of a real page (tests/test_extract_unseen_shapes4.py chrome), and every
field of the judged record is read (`expect`). The rules: extract/author_names.py (_writers_credits,
_TEXT_AND_PHOTOS, _without_role_adjectives) and extract/byline_lines.py (_WEAK_LABEL).
"""

from __future__ import annotations

from tests.test_extract_unseen_shapes2 import page
from tests.test_extract_unseen_shapes4 import DE, ES, LONG, chrome, expect, paras, record

HEALTH = [
    "Most adults need between seven and nine hours of sleep a night, but surveys suggest that about a third"
    " regularly get less than six.",
    "Short sleep has been linked to a higher risk of high blood pressure, type 2 diabetes and depression in"
    " several large studies.",
    "Doctors recommend keeping the same bedtime every day, including at weekends, and avoiding screens for"
    " an hour before going to bed.",
    "If you still struggle to fall asleep after a few weeks of better habits, talk to your doctor about"
    " whether an underlying condition could be the cause.",
]


def test_a_health_sites_byline_names_the_medical_reviewer_before_the_writer() -> None:
    # a health publisher's WordPress theme: "Medically reviewed by <doctor>, MD — Written by <writer> on
    # <date>" in one byline row, no author metadata; the reviewer checked the story, the writer wrote it
    # (the whole row was one "author", "Medically reviewed by Priya Nair")
    before, after = chrome("Healthwise Journal")
    html = page(
        '<meta property="og:type" content="article">'
        '<meta property="og:site_name" content="Healthwise Journal">'
        "<title>How much sleep do adults really need? | Healthwise Journal</title>"
        '<meta property="article:published_time" content="2025-03-03T08:00:00+00:00">',
        before + '<main><article class="post type-post"><header class="entry-header">'
        '<h1 class="entry-title">How much sleep do adults really need?</h1>'
        '<div class="article-byline"><span class="reviewer">Medically reviewed by'
        ' <a href="/reviewers/priya-nair">Priya Nair</a>, MD</span> — <span class="writer">Written by'
        ' <a href="/authors/tom-hale">Tom Hale</a>'
        "</span> on March 3, 2025</div></header>"
        '<div class="entry-content">' + paras(HEALTH) + "</div></article></main>" + after,
    )
    expect(
        record(html, "https://www.healthwise-journal.com/sleep/how-much-sleep-adults-need"),
        headline="How much sleep do adults really need?",
        standfirst=None,
        authors=["Tom Hale"],
        published="2025-03-03T08:00:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=HEALTH,
    )


def test_a_fact_checker_after_the_writer_is_no_author() -> None:
    # "Written by <writer> | Fact checked by <checker>" (a personal-finance site's byline row)
    before, after = chrome("Healthwise Journal")
    html = page(
        '<meta property="og:type" content="article"><title>How much sleep do adults really need?</title>'
        '<meta property="article:published_time" content="2025-03-03T08:00:00+00:00">',
        before + "<main><article><h1>How much sleep do adults really need?</h1>"
        '<p class="byline">Written by Tom Hale | Fact checked by Priya Nair</p>'
        + paras(HEALTH)
        + "</article></main>"
        + after,
    )
    expect(
        record(html, "https://www.healthwise-journal.com/sleep/how-much-sleep-adults-need"),
        headline="How much sleep do adults really need?",
        standfirst=None,
        authors=["Tom Hale"],
        published="2025-03-03T08:00:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=HEALTH,
    )


def test_the_writer_who_took_the_photos_too() -> None:
    # a travel magazine's byline: "Words and photos by <writer>" (the "and" of the label split it into an
    # author "Words"), the illustrator credited after a full stop ("Illustrations by ..."): one author
    before, after = chrome("Brookfield Post")
    html = page(
        '<meta property="og:type" content="article"><title>Rail link clears final hurdle - Brookfield Post'
        '</title><meta property="article:published_time" content="2025-03-03T09:00:00Z">',
        before + '<main><article><h1>Rail link clears final hurdle</h1><div class="byline">'
        '<span>Words and photos by</span> <a href="/contributors/lena-hart">Lena Hart</a>. Illustrations by'
        " Omar Diaz</div>" + paras(LONG[:6]) + "</article></main>" + after,
    )
    expect(
        record(html, "https://www.brookfieldpost.com/travel/2025/03/03/rail-link-clears-final-hurdle"),
        headline="Rail link clears final hurdle",
        standfirst=None,
        authors=["Lena Hart"],
        published="2025-03-03T09:00:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=LONG[:6],
    )


def test_texto_y_fotos_names_the_writer() -> None:
    # a Spanish regional paper's byline box: <p class="autor">Texto y fotos: <name></p> ("y" split the
    # label and the picture credit cut the name: "Texto" was the author)
    before, after = chrome("Diario del Sur", "es")
    html = page(
        '<meta property="og:type" content="article">'
        "<title>El Gobierno renueva los trenes de cercanías</title>"
        '<meta property="article:published_time" content="2025-03-04T10:00:00+01:00">',
        before + "<main><article><h1>El Gobierno renueva los trenes de cercanías</h1>"
        '<p class="autor">Texto y fotos: Ana García Ruiz</p>' + paras(ES) + "</article></main>" + after,
        lang="es",
    )
    expect(
        record(html, "https://www.diariodelsur-noticias.es/espana/2025/03/04/trenes-cercanias.html"),
        headline="El Gobierno renueva los trenes de cercanías",
        standfirst=None,
        authors=["Ana García Ruiz"],
        published="2025-03-04T10:00:00+01:00",
        modified=None,
        section=None,
        language="es",
        body=ES,
    )


def test_the_writers_role_beside_the_name_is_cut_with_its_adjective() -> None:
    # a news site's author card under the headline: the name's link and the role in a span of its own,
    # "<a>Maya Brooks</a><span class=author-title>Health Reporter</span>" ("Maya Brooks Health"); and a
    # line that a dash opens, "— By ..." (a column's sign-off style under the headline, no class)
    before, after = chrome("Brookfield Post")
    html = page(
        '<meta property="og:type" content="article"><title>Rail link clears final hurdle</title>'
        '<meta property="article:published_time" content="2025-03-03T09:00:00Z">',
        before + '<main><article><h1>Rail link clears final hurdle</h1><div class="author-card">'
        '<a href="/staff/maya-brooks">Maya Brooks</a><span class="author-title">Health Reporter</span></div>'
        + paras(LONG[:6])
        + "</article></main>"
        + after,
    )
    expect(
        record(html, "https://www.brookfieldpost.com/news/2025/03/03/rail-link-clears-final-hurdle"),
        headline="Rail link clears final hurdle",
        standfirst=None,
        authors=["Maya Brooks"],
        published="2025-03-03T09:00:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=LONG[:6],
    )
    dashed = html.replace(
        '<div class="author-card"><a href="/staff/maya-brooks">Maya Brooks</a>'
        '<span class="author-title">Health Reporter</span></div>',
        "<p>— By Maya Brooks</p>",
    )
    expect(
        record(dashed, "https://www.brookfieldpost.com/news/2025/03/03/rail-link-clears-final-hurdle"),
        headline="Rail link clears final hurdle",
        standfirst=None,
        authors=["Maya Brooks"],
        published="2025-03-03T09:00:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=LONG[:6],
    )


# --- a byline line without a class, labelled in the page's language -----------------------------------------
NL = [
    "De gemeenteraad heeft dinsdagavond besloten om de binnenstad vanaf het voorjaar in het weekend autovrij"
    " te maken.",
    "De maatregel geldt voorlopig voor een jaar en wordt daarna beoordeeld op basis van metingen van de"
    " luchtkwaliteit en het geluid.",
    "Winkeliers reageerden fel op het besluit en waarschuwen voor een daling van de omzet in de oude"
    " binnenstad.",
]
RU = [
    "Городской совет во вторник вечером решил закрыть центр города для автомобилей по выходным начиная со"
    " следующей весны.",
    "Мера будет действовать один год, после чего её оценят по результатам измерений качества воздуха и"
    " уровня шума.",
    "Владельцы магазинов резко раскритиковали решение и предупредили о падении выручки в старом городе.",
]


def test_the_kind_of_piece_before_von_labels_a_german_byline() -> None:
    # a German regional paper's opinion page: "<p>Kommentar von <name></p>" under the headline, no class
    # and no author metadata ("Kommentar von" was known only after "Ein")
    before, after = chrome("Kreisbote Nord", "de")
    html = page(
        '<meta property="og:type" content="article"><title>Autofreie Innenstadt: Ein mutiger Schritt</title>'
        '<meta property="article:published_time" content="2025-03-04T18:30:00+01:00">',
        before + "<main><article><h1>Autofreie Innenstadt: Ein mutiger Schritt</h1>"
        "<p>Kommentar von Katrin Vogelsang</p>" + paras(DE) + "</article></main>" + after,
        lang="de",
    )
    expect(
        record(html, "https://www.kreisbote-nord.de/meinung/autofreie-innenstadt-kommentar-91234.html"),
        headline="Autofreie Innenstadt: Ein mutiger Schritt",
        standfirst=None,
        authors=["Katrin Vogelsang"],
        published="2025-03-04T18:30:00+01:00",
        modified=None,
        section=None,
        language="de",
        body=DE,
    )


def test_dutch_door_and_russian_avtor_label_a_byline_line() -> None:
    # a Dutch local news site's "<p>Door <name></p>" and a Russian city portal's "<p>Автор: <name></p>"
    # under the headline, no class, no author metadata
    before, after = chrome("Stadsblad")
    html = page(
        '<meta property="og:type" content="article"><title>Binnenstad in het weekend autovrij</title>'
        '<meta property="article:published_time" content="2025-03-04T18:30:00+01:00">',
        before
        + "<main><article><h1>Binnenstad in het weekend autovrij</h1><p>Door Jan de Vries</p>"
        + paras(NL)
        + "</article></main>"
        + after,
        lang="nl",
    )
    expect(
        record(html, "https://www.stadsblad-oost.nl/nieuws/2025/03/04/binnenstad-autovrij"),
        headline="Binnenstad in het weekend autovrij",
        standfirst=None,
        authors=["Jan de Vries"],
        published="2025-03-04T18:30:00+01:00",
        modified=None,
        section=None,
        language="nl",
        body=NL,
    )
    html = page(
        '<meta property="og:type" content="article"><title>Центр города закроют для машин</title>'
        '<meta property="article:published_time" content="2025-03-04T18:30:00+03:00">',
        before
        + "<main><article><h1>Центр города закроют для машин</h1><p>Автор: Иван Петров</p>"
        + paras(RU)
        + "</article></main>"
        + after,
        lang="ru",
    )
    expect(
        record(html, "https://www.gorod-vestnik.ru/news/2025/03/04/centr-goroda"),
        headline="Центр города закроют для машин",
        standfirst=None,
        authors=["Иван Петров"],
        published="2025-03-04T18:30:00+03:00",
        modified=None,
        section=None,
        language="ru",
        body=RU,
    )


def test_an_english_heading_that_opens_with_door_is_no_byline() -> None:
    # the trap beside the Dutch "Door <name>": an English local paper's plain <p> heading under the headline
    # opens with the place "Door County" (Wisconsin), three capitalised words after it; "door" labels a
    # byline on a Dutch page only (the heading became the author "County Residents Gather" and left the
    # body). Hand-built, in the shape of a small US paper's WordPress page without author metadata.
    before, after = chrome("Peninsula Ledger")
    heading = "Door County Residents Gather For Vote"
    html = page(
        '<meta property="og:type" content="article"><title>Town board backs new ferry dock</title>'
        '<meta property="article:published_time" content="2025-03-04T18:30:00-06:00">',
        before
        + f"<main><article><h1>Town board backs new ferry dock</h1><p>{heading}</p>"
        + paras(LONG[:4])
        + "</article></main>"
        + after,
    )
    expect(
        record(html, "https://www.peninsula-ledger.com/news/2025/03/04/town-board-backs-ferry-dock"),
        headline="Town board backs new ferry dock",
        standfirst=None,
        authors=[],
        published="2025-03-04T18:30:00-06:00",
        modified=None,
        section=None,
        language="en",
        body=[heading, *LONG[:4]],
    )


def test_a_reporter_label_line_names_the_author_and_leaves_the_body() -> None:
    # a regional English-language paper's CMS: "<p>Reporter: <name></p>" under the headline, no class and
    # no author metadata; the label named the author but the line stayed as the body's first paragraph
    # ("Writer:" left it already). Hand-built, in the shape of an Asian English daily's article page.
    before, after = chrome("Harbour Times")
    html = page(
        '<meta property="og:type" content="article"><title>Town board backs new ferry dock</title>'
        '<meta property="article:published_time" content="2025-03-04T18:30:00+08:00">',
        before
        + "<main><article><h1>Town board backs new ferry dock</h1><p>Reporter: Lim Wei Ling</p>"
        + paras(LONG[:4])
        + "</article></main>"
        + after,
    )
    expect(
        record(html, "https://www.harbour-times.com.my/news/2025/03/04/ferry-dock"),
        headline="Town board backs new ferry dock",
        standfirst=None,
        authors=["Lim Wei Ling"],
        published="2025-03-04T18:30:00+08:00",
        modified=None,
        section=None,
        language="en",
        body=LONG[:4],
    )


def test_words_by_labels_a_magazine_features_byline() -> None:
    # a British lifestyle magazine's feature: "<p>Words by <name></p>" under the headline, no class and no
    # author metadata (no author, and the line stayed as the body's first paragraph). Hand-built, in the
    # shape of a UK magazine's WordPress feature page.
    before, after = chrome("Coast & Country")
    html = page(
        '<meta property="og:type" content="article"><title>Town board backs new ferry dock</title>'
        '<meta property="article:published_time" content="2025-03-04T18:30:00+00:00">',
        before
        + "<main><article><h1>Town board backs new ferry dock</h1><p>Words by Eleanor Pike</p>"
        + paras(LONG[:4])
        + "</article></main>"
        + after,
    )
    expect(
        record(html, "https://www.coast-and-country-mag.co.uk/features/ferry-dock"),
        headline="Town board backs new ferry dock",
        standfirst=None,
        authors=["Eleanor Pike"],
        published="2025-03-04T18:30:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=LONG[:4],
    )
