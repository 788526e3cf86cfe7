"""Second publishers for the rules that fixed session 13's strict xfails, and the traps those rules must not
fire on. Each rule was found on a probe page of an earlier round (tests/test_extract_unseen_shapes*.py);
here every page is a small page built by hand in the shape of another publisher in none of the corpora
("hand-built"), and every field of the judged record is read (`expect`).
"""

from __future__ import annotations

from tests.test_extract_script_shapes11 import story_page
from tests.test_extract_unseen_shapes2 import SENTENCES
from tests.test_extract_unseen_shapes4 import PT, expect, paras, record
from tests.test_extract_unseen_shapes6 import article
from tests.test_extract_unseen_shapes12 import ES_LA
from tests.test_extract_unseen_shapes13 import DEC4, JA2, KO2


# --- the wire agency after a date line's date and time (byline_lines.dated_agency) ---
def test_dnoticias_lusa_copy_with_the_agency_after_the_weekday_date_and_time() -> None:
    # DNOTICIAS.PT (Madeira): a Lusa story: "quinta-feira, 4 de dezembro de 2026 - 10:30 - Lusa" under the
    # headline, no author anywhere else, no metadata dates (the shape of Emol's "date | time | EFE" row)
    headline = "Governo aprova plano para a rede de comboios"
    html = story_page(
        site="DNOTICIAS.PT",
        lang="pt",
        title=f"{headline} | DNOTICIAS.PT",
        ld="",
        story=f'<div class="article-page"><h1 class="article-title">{headline}</h1><div class="article-meta">'
        'quinta-feira, 4 de dezembro de 2026 - 10:30 - Lusa</div><div class="article-body">'
        + paras(PT)
        + "</div></div>",
    )
    expect(
        record(
            html, "https://www.dnoticias.pt/2026/12/4/312345-governo-aprova-plano-para-a-rede-de-comboios/"
        ),
        headline=headline,
        standfirst=None,
        authors=["Lusa"],
        published=f"{DEC4}T10:30:00+00:00",
        modified=None,
        section=None,
        language="pt",
        body=PT,
    )


def test_diario_libre_section_word_after_the_date_and_time_is_no_author() -> None:
    # Diario Libre (Santo Domingo): "Jueves, 04 de diciembre de 2026 | 10:30 | Mundo": the section after the
    # date and time, in the place Emol sets the agency: no author (trap)
    headline = "Congreso aprueba reforma de transparencia municipal"
    html = story_page(
        site="Diario Libre",
        lang="es",
        title=f"{headline} | Diario Libre",
        ld="",
        story=f'<div class="nota"><h1>{headline}</h1><div class="nota-fecha">Jueves, 04 de diciembre de 2026'
        ' | 10:30 | Mundo</div><div class="nota-texto">' + paras(ES_LA) + "</div></div>",
    )
    expect(
        record(html, "https://www.diariolibre.com/mundo/2026/12/04/congreso-aprueba-reforma/3112345"),
        headline=headline,
        standfirst=None,
        authors=[],
        published=f"{DEC4}T10:30:00+00:00",
        modified=None,
        section=None,
        language="es",
        body=ES_LA,
    )


def test_la_nacion_paraguay_person_byline_beside_the_agency_after_the_date() -> None:
    # La Nación (Asunción): "Por Ana Benítez" over "04/12/2026 | 10:30 | EFE": a person named beside the
    # agency is the author (docs/record.md), the agency gives way (trap)
    headline = "Congreso aprueba reforma de transparencia"
    html = story_page(
        site="La Nación",
        lang="es",
        title=f"{headline} - La Nación",
        ld="",
        story=f'<article class="nota"><h1>{headline}</h1><p class="autor">Por Ana Benítez</p><p'
        ' class="fecha">04/12/2026 | 10:30 | EFE</p><div class="cuerpo">' + paras(ES_LA) + "</div></article>",
    )
    expect(
        record(html, "https://www.lanacion.com.py/politica/2026/12/04/congreso-aprueba-reforma/"),
        headline=headline,
        standfirst=None,
        authors=["Ana Benítez"],
        published=f"{DEC4}T10:30:00+00:00",
        modified=None,
        section=None,
        language="es",
        body=ES_LA,
    )


# --- an update line in the story's own <footer> inside its <article> (fields/modified._noise_around) ---
def test_gulf_today_last_updated_line_in_the_story_article_s_footer() -> None:
    # Gulf Today (Sharjah): the story is an <article> with its <header> (headline, published time) and a
    # <footer> of its own under the text: "Last updated: December 4, 2026 11:45"
    headline = "Court clears high-speed rail link"
    html = story_page(
        site="Gulf Today",
        lang="en",
        title=f"{headline} - Gulf Today",
        ld=article(
            headline,
            datePublished=f"{DEC4}T10:30:00+04:00",
            author={"@type": "Person", "name": "Amira Saleh"},
        ),
        story=f'<article class="story"><header><h1>{headline}</h1><p class="byline">Amira Saleh</p><time'
        f' datetime="{DEC4}T10:30:00+04:00">December 4, 2026 10:30</time></header><div class="story-body">'
        + paras(SENTENCES)
        + '</div><footer class="story-footer"><p>Last updated: December 4, 2026 11:45</p></footer></article>',
    )
    expect(
        record(html, "https://www.gulftoday.ae/news/2026/12/04/court-clears-high-speed-rail-link"),
        headline=headline,
        standfirst=None,
        authors=["Amira Saleh"],
        published=f"{DEC4}T10:30:00+04:00",
        modified=f"{DEC4}T11:45:00+04:00",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_a_page_footer_update_line_outside_any_article_stays_chrome() -> None:
    # A page whose story is no <article>: the <footer> beside it is the page's, and its "最終更新" is the
    # site's, not the story's (trap: the story footer rule must not read it)
    headline = "市バス運賃、来年４月から２０円値上げ"
    html = story_page(
        site="京都ニュース",
        lang="ja",
        title=f"{headline} - 京都ニュース",
        ld=article(headline, datePublished=f"{DEC4}T10:30:00+09:00"),
        story=f'<div class="story"><h1>{headline}</h1><div class="story-body">'
        + paras(JA2)
        + "</div><footer><p>最終更新:12/5(土) 09:00</p></footer></div>",
    )
    expect(
        record(html, "https://kyoto-news.example.jp/articles/2026120401"),
        headline=headline,
        standfirst=None,
        authors=[],
        published=f"{DEC4}T10:30:00+09:00",
        modified=None,
        section=None,
        language="ja",
        body=JA2,
    )


# --- "article_body", trafilatura's "article-body" spelled with an underscore (content/main_content.py) ---
def test_himalayan_times_article_body_class_with_a_ui_word_beside_it() -> None:
    # The Himalayan Times: the text in <div class="article_body slide-up"> (an on-scroll animation's class
    # beside the body's, the Dhaka Tribune shape: "viewport jw_article_body"), the byline and date over it
    headline = "Cabinet approves new rail link"
    html = story_page(
        site="The Himalayan Times",
        lang="en",
        title=f"{headline} - The Himalayan Times",
        ld=article(
            headline, datePublished=f"{DEC4}T10:30:00+05:45", author={"@type": "Person", "name": "Ram Kumar"}
        ),
        story=f'<div class="detail-page"><h1>{headline}</h1><div class="author">Ram Kumar</div><div'
        ' class="article_body slide-up">' + paras(SENTENCES) + "</div></div>",
    )
    expect(
        record(html, "https://thehimalayantimes.com/nepal/cabinet-approves-new-rail-link"),
        headline=headline,
        standfirst=None,
        authors=["Ram Kumar"],
        published=f"{DEC4}T10:30:00+05:45",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_an_article_body_keeps_its_inner_ui_boxes_out() -> None:
    # (trap) the "article_body" container is the body, and trafilatura's discard still reads what it holds:
    # the newsletter slide-in inside it stays out
    headline = "Cabinet approves new rail link"
    html = story_page(
        site="The Himalayan Times",
        lang="en",
        title=f"{headline} - The Himalayan Times",
        ld=article(
            headline, datePublished=f"{DEC4}T10:30:00+05:45", author={"@type": "Person", "name": "Ram Kumar"}
        ),
        story=f'<div class="detail-page"><h1>{headline}</h1><div class="author">Ram Kumar</div><div'
        ' class="article_body viewport">'
        + paras(SENTENCES[:3])
        + '<div class="slide-in-newsletter"><p>Get the morning briefing in your inbox every day.</p></div>'
        + paras(SENTENCES[3:])
        + "</div></div>",
    )
    expect(
        record(html, "https://thehimalayantimes.com/nepal/cabinet-approves-new-rail-link-2"),
        headline=headline,
        standfirst=None,
        authors=["Ram Kumar"],
        published=f"{DEC4}T10:30:00+05:45",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


# --- a text set with <br><br> as one element's text (body._split_at_double_breaks) ---
def test_seoul_shinmun_short_text_set_with_double_breaks_and_the_sign_off() -> None:
    # Seoul Shinmun: "입력 2026-12-04 10:30" over a short text set with <br><br> in a <div>, closed by the
    # reporter's sign-off "홍길동 기자 gdhong@seoul.co.kr" (the Dong-A shape)
    headline = "한은, 기준금리 연 3.0% 동결"
    html = story_page(
        site="서울신문",
        lang="ko",
        title=f"{headline} | 서울신문",
        ld=article(headline, datePublished=f"{DEC4}T10:30:00+09:00"),
        story=f'<div class="articleTitle"><h1>{headline}</h1><span class="date">입력 2026-12-04 10:30'
        '</span></div><div class="viewContent">'
        + "<br><br>".join(KO2)
        + "<br><br>홍길동 기자 gdhong@seoul.co.kr</div>",
    )
    expect(
        record(html, "https://www.seoul.co.kr/news/economy/2026/12/04/20261204500123"),
        headline=headline,
        standfirst=None,
        authors=["홍길동"],
        published=f"{DEC4}T10:30:00+09:00",
        modified=None,
        section=None,
        language="ko",
        body=KO2,
    )


def test_an_address_block_set_with_double_breaks_is_no_story() -> None:
    # (trap) a short notice whose only <br><br> element is the address under it: its lines are too short
    # to be a story's paragraphs, so the notice's text stays the body as it was
    notice = (
        "The central library will close for repairs from Monday to Friday next week, the council said on"
        " Thursday, and will reopen on the following Saturday morning with longer opening hours."
    )
    headline = "Central library to close for repairs"
    html = story_page(
        site="Valley Review",
        lang="en",
        title=f"{headline} | Valley Review",
        ld=article(headline, datePublished=f"{DEC4}T10:30:00+00:00"),
        story=f'<div class="notice"><h1>{headline}</h1><p>{notice}</p><p class="address">Central Library'
        "<br><br>12 Harbour Road<br><br>Springfield</p></div>",
    )
    expect(
        record(html, "https://valleyreview.example/central-library-to-close-for-repairs"),
        headline=headline,
        standfirst=None,
        authors=[],
        published=f"{DEC4}T10:30:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=[notice, "Central Library", "12 Harbour Road", "Springfield"],
    )
