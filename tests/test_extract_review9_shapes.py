"""Page shapes of publishers in none of the corpora, review of session 9: a wire byline in capitals with an
Arabic and an Italian surname, a government unit signing a story in capitals, the pager and "continue
reading" lines a paper prints under each page of a story split over pages (seven languages), and news
briefs of 100 to 250 characters in Japanese and Chinese. No tune-half page shows these shapes, so every
page is a small page built by hand in the shape of the publisher or CMS named in its test ("hand-built"),
among the noise of a real page (tests/test_extract_unseen_shapes4.py's `chrome`), and every field of the
judged record is read (`expect`).
"""

from __future__ import annotations

import pytest

from tests.test_extract_unseen_shapes2 import SENTENCES, ld, page
from tests.test_extract_unseen_shapes4 import DE, ES, FR, IT, JA, PT, chrome, expect, paras, record

NL = [
    "De gemeenteraad heeft dinsdagavond besloten het centrum vanaf komend voorjaar in het weekend af te"
    " sluiten voor autoverkeer.",
    "De maatregel geldt in eerste instantie voor een jaar en wordt daarna beoordeeld op basis van metingen"
    " van de luchtkwaliteit en het geluid.",
    "Winkeliers reageerden fel op het besluit en vrezen een daling van de omzet in de binnenstad.",
]
ZH = [
    "新华社北京3月5日电 国务院常务会议5日审议通过了关于加快发展城市轨道交通的指导意见。",
    "会议指出，城市轨道交通是缓解交通拥堵、改善居民出行的重要手段，各地要根据实际需求科学规划。",
    "会议要求，有关部门要加强对项目资金的监管，确保工程质量和运营安全。",
]


# --- names in capitals --------------------------------------------------------------------------------
def test_a_wire_byline_in_capitals_keeps_an_arabic_article_and_an_italian_elision() -> None:
    # an AP member station's site (WRAL-like): "By SALAH EL-DIN and LUCA DELL'ORTO, Associated Press"; the
    # casing made "Salah El-din" (read as a Korean given name, "Hyun-jin") and "Luca Dell'orto"
    before, after = chrome("WRAL")
    html = page(
        '<meta property="og:type" content="article"><title>Court clears rail link | WRAL.com</title>'
        '<meta property="article:published_time" content="2025-03-04T10:00:00Z">',
        before + '<main><article><h1>Court clears rail link</h1><p class="byline">By SALAH EL-DIN and LUCA'
        ' DELL\'ORTO, Associated Press</p><div class="story-body">'
        + paras(SENTENCES[:4])
        + "</div></article></main>"
        + after,
    )
    expect(
        record(html, "https://www.wral.com/story/court-clears-rail-link/21876543/"),
        headline="Court clears rail link",
        standfirst=None,
        authors=["Salah El-Din", "Luca Dell'Orto"],
        published="2025-03-04T10:00:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES[:4],
    )


def test_a_unit_signing_in_capitals_keeps_its_name_as_written() -> None:
    # a military news service's release (DVIDS-like): "Story by US ARMY"; the casing made "Us Army"
    before, after = chrome("DVIDS")
    html = page(
        '<meta property="og:type" content="article"><title>Court clears rail link | DVIDS</title>'
        '<meta property="article:published_time" content="2025-03-04T10:00:00Z">',
        before + '<main><article><h1>Court clears rail link</h1><p class="byline">By US ARMY</p><div'
        ' class="news-body">' + paras(SENTENCES[:4]) + "</div></article></main>" + after,
    )
    expect(
        record(html, "https://www.dvidshub.net/news/491234/court-clears-rail-link"),
        headline="Court clears rail link",
        standfirst=None,
        authors=["US ARMY"],
        published="2025-03-04T10:00:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES[:4],
    )


# --- a story split over pages ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "host", "text", "lines"),
    [
        # Il Mattino-like: the pager under the text, a "continue" link, a "Leggi anche:" line inside it
        ("it", "www.ilmattino.it", IT, ("Pagina 1 di 3", "Continua a leggere", "Leggi anche: Il bilancio")),
        ("de", "rp-online.de", DE[:3], ("Seite 1 von 3", "Nächste Seite", "Lesen Sie auch: Der Haushalt")),
        ("fr", "www.lemonde.fr", FR, ("Page 1 sur 3", "Lire la suite", "Lire aussi : Le budget")),
        ("es", "www.abc.es", ES, ("Página 1 de 3", "Seguir leyendo", "Lee también: El presupuesto")),
        ("pt", "www.publico.pt", PT, ("Página 1 de 3", "Continuar lendo", "Leia também: O orçamento")),
        ("nl", "www.nrc.nl", NL, ("Pagina 1 van 3", "Lees verder", "Lees ook: De begroting")),
        ("ja", "www.yomiuri.co.jp", JA[:3], ("前のページ 1 2 3 次のページ", "次のページへ", "続きを読む")),
    ],
)
def test_the_pager_and_continue_lines_of_a_split_story_are_not_body(
    lang: str, host: str, text: list[str], lines: tuple[str, str, str]
) -> None:
    pager, more, lead_in = lines
    before, after = chrome("Giornale", lang if lang in ("de", "fr", "it", "es", "pt", "ja") else "en")
    headline = {"ja": "低所得世帯に３万円給付へ"}.get(lang, "Centro chiuso alle auto nel fine settimana")
    html = page(
        f'<meta property="og:type" content="article"><title>{headline} - Giornale</title>'
        '<meta property="article:published_time" content="2025-03-04T10:00:00+01:00">',
        before
        + f'<main><article><h1>{headline}</h1><div class="article-body">'
        + paras(text[:2])
        + f"<p>{lead_in}</p>"
        + paras(text[2:])
        + f'<div class="pagination"><span>{pager}</span></div><p><a href="?page=2">{more}</a></p>'
        + "</div></article></main>"
        + after,
        lang=lang,
    )
    expect(
        record(html, f"https://{host}/cronaca/2025/03/04/centro-chiuso-auto-fine-settimana/"),
        headline=headline,
        standfirst=None,
        authors=[],
        published="2025-03-04T10:00:00+01:00",
        modified=None,
        section=None,
        language=lang,
        body=text,
    )


# --- short stories in dense scripts ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "host", "headline", "text"),
    [
        # Yomiuri-like: a brief of two sentences, 98 characters
        ("ja", "www.yomiuri.co.jp", "低所得世帯に３万円給付へ", JA[:2]),
        # Chinanews-like: a Xinhua brief of three sentences, 121 characters
        ("zh", "www.chinanews.com.cn", "国务院审议通过城市轨道交通指导意见", ZH),
    ],
)
def test_a_short_brief_in_a_dense_script_is_the_whole_story(
    lang: str, host: str, headline: str, text: list[str]
) -> None:
    # a brief of 100 to 250 characters is a whole story in Japanese or Chinese (300 to 750 of an English
    # translation); measured in characters against trafilatura's 250, it was "too short": the baseline
    # rescue ran the headline into the first paragraph (one paragraph of headline and text)
    before, after = chrome("News", "ja" if lang == "ja" else "en")
    html = page(
        f'<meta property="og:type" content="article"><title>{headline} - News</title>'
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": headline,
                "datePublished": "2025-03-04T10:00:00+09:00",
            }
        ),
        before + f'<main><article><h1>{headline}</h1><div class="article-body">{paras(text)}</div></article>'
        "</main>" + after,
        lang=lang,
    )
    expect(
        record(html, f"https://{host}/news/2025/03/04/20250304-OYT1T50123/"),
        headline=headline,
        standfirst=None,
        authors=[],
        published="2025-03-04T10:00:00+09:00",
        modified=None,
        section=None,
        language=lang,
        body=text,
        # (Xinhua's brief opens with its dateline, "新华社北京3月5日电": the place it was filed from;
        # text.CJK_WIRE_DATELINE, session 13)
        dateline="北京" if lang == "zh" else None,
    )
