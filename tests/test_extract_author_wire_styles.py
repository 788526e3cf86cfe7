"""Authors as the wires and the Asian papers' English editions write them (issue 10, session 8): the AP's
byline in capitals, a Caixin-like byline in an unmarked <div> under the headline, Xinhua's reporters' and
editor's lines, a Japanese paper's English story signed "(Taro Yamada)". No tune-half page shows these
shapes (the AP's capitals are on aeb-dev pages of papers that run its copy): every page here is built by
hand in the shape of the publisher ("hand-built"), and every field of the record is read."""

from __future__ import annotations

from typing import Any

import pytest

from newsarchive.items import Article
from tests.test_extract_unseen_shapes2 import PROSE, SENTENCES, page
from tests.test_extract_unseen_shapes3 import record

_SKIPPED = {"evidence", "fetched_at", "content_hash", "images"}


def fields(article: Article) -> dict[str, Any]:
    """Every field of the record but the derived hash, the fetch time and the judging's evidence."""
    data = article.to_dict()
    for key in ("canonical_url", "section", "standfirst", "modified_at", "dateline", "credit", "language"):
        data.setdefault(key, None)
    return {k: v for k, v in data.items() if k not in _SKIPPED}


def expected(url: str, **changed: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "url": url, "canonical_url": None, "site": url.split("/")[2].removeprefix("www."), "section": None,
        "standfirst": None, "modified_at": None, "dateline": None, "body": SENTENCES, "tags": [],
        "language": "en", "credit": None, "access": "unknown", "truncated": False, "sponsored": False,
        "page_type": "article", "word_count": sum(len(s.split()) for s in SENTENCES), "extractor": "generic",
        "version": 1, "previous_hash": None,
    }  # fmt: skip
    base.update(changed)
    return base


# --- the AP's byline in capitals ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By JOHN SMITH and JANE DOE, Associated Press", ["John Smith", "Jane Doe"]),
        (
            "By SEAN McDONALD, PATRICK O'BRIEN and MARY-KATE MACDONALD, Associated Press",
            ["Sean McDonald", "Patrick O'Brien", "Mary-Kate Macdonald"],
        ),
        (
            "By JAN VAN DER BERG and LUIS DE LA CRUZ, Associated Press",
            ["Jan van der Berg", "Luis de la Cruz"],
        ),
        ("By J.R. STONE JR.", ["J.R. Stone Jr"]),  # (the full stop of "Jr." is cut, as in any byline)
    ],
)
def test_a_byline_in_capitals_gives_the_names_as_running_text_writes_them(
    byline: str, authors: list[str]
) -> None:
    # (the old code kept "JOHN SMITH")
    url = "https://apnews.com/article/storm-coast-flooding-4b1c2d3e4f"
    html = page(
        '<title>Storm floods coastal towns | AP News</title><meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2025-03-03T09:00:00Z">',
        '<main><div class="Page-headline"><h1 class="Page-headline">Storm floods coastal towns</h1></div>'
        f'<div class="Page-byline"><span class="Page-authors">{byline}</span></div>'
        f'<div class="RichTextStoryBody RichTextBody">{PROSE}</div></main>',
    )
    assert fields(record(html, url)) == expected(
        url, headline="Storm floods coastal towns", authors=authors, published_at="2025-03-03T09:00:00+00:00"
    )


# --- a Caixin-like byline in an unmarked <div> right under the headline -------------------------------
@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # the outlet's name and a plural role before the names (the old code: "Li Hua" alone)
        ("By Caixin staff reporters Wang Xiaoming and Li Hua", ["Wang Xiaoming", "Li Hua"]),
        ("By WANG XIAOMING and LI HUA", ["Wang Xiaoming", "Li Hua"]),  # (the old code: in capitals)
    ],
)
def test_a_byline_in_an_unmarked_div_under_the_headline_names_the_reporters(
    byline: str, authors: list[str]
) -> None:
    url = "https://www.caixinglobal.com/2025-03-03/china-tightens-rules-on-data-exports-102300000.html"
    html = page(
        "<title>China tightens rules on data exports - Caixin Global</title>"
        '<meta property="og:type" content="article">',
        '<div class="cons"><div class="cons-title"><h1>China tightens rules on data exports</h1></div>'
        f'<div>{byline}</div><div class="cons-date">Mar 03, 2025 10:01 AM</div>'
        f'<div id="Main_Content_Val" class="text">{PROSE}</div></div>',
    )
    assert fields(record(html, url)) == expected(
        url, headline="China tightens rules on data exports", authors=authors,
        published_at="2025-03-03T10:01:00+00:00",
    )  # fmt: skip


# --- Xinhua's English service: the dateline, the reporters' line, the editor's line ----------------------
XINHUA_FIRST = "BEIJING, March 3 (Xinhua) -- " + SENTENCES[0]
XINHUA_BODY = [XINHUA_FIRST, *SENTENCES[1:]]


@pytest.mark.parametrize(
    ("before", "after", "authors", "credit"),
    [
        # the reporters' line closes the story, the editor's after it (the old code: nobody, and both lines
        # in the body)
        ([], ["(Reporters: Zhang Wei, Li Na)", "Editor: Wang Fang"], ["Zhang Wei", "Li Na"],
         "(Reporters: Zhang Wei, Li Na)"),
        # a feature's "by Xinhua writers ..." line over the dateline (the old code: "Li Na" alone)
        (["by Xinhua writers Zhang Wei and Li Na"], ["Editor: Wang Fang"], ["Zhang Wei", "Li Na"], None),
        # an editor is no author: nobody but the agency the dateline credits (the old code: nobody)
        ([], ["Editor: Wang Fang"], ["Xinhua"], None),
    ],
)  # fmt: skip
def test_xinhuas_reporters_are_the_authors_and_its_editor_is_not(
    before: list[str], after: list[str], authors: list[str], credit: str | None
) -> None:
    url = "https://english.news.cn/20250303/5f2a9c0d1e2b4c3d/c.html"
    html = page(
        "<title>China unveils high-speed rail plan-Xinhua</title>",
        '<div class="main"><div class="head"><h1>China unveils high-speed rail plan</h1>'
        '<div class="header-cont"><span class="source">Source: Xinhua</span>'
        '<span class="time">2025-03-03 10:00:00</span></div></div><div id="detailContent">'
        + "".join(f"<p>{p}</p>" for p in [*before, *XINHUA_BODY, *after])
        + "</div></div>",
    )
    assert fields(record(html, url)) == expected(
        url, headline="China unveils high-speed rail plan", authors=authors, dateline="BEIJING",
        published_at="2025-03-03T10:00:00+00:00", body=XINHUA_BODY, credit=credit,
        word_count=sum(len(s.split()) for s in XINHUA_BODY), access="free",
    )  # fmt: skip


# --- a Japanese paper's English story signed in brackets --------------------------------------------------
@pytest.mark.parametrize(
    ("last", "authors"),
    [
        ("(Taro Yamada)", ["Taro Yamada"]),  # (the old code: nobody)
        # the paper's name and an editor's note are no signatures
        ("(Yomiuri Shimbun)", []),
        ("(See related story on Page 3)", []),
    ],
)
def test_an_english_storys_bracketed_last_line_signs_it_when_it_holds_a_persons_name(
    last: str, authors: list[str]
) -> None:
    url = "https://japannews.yomiuri.co.jp/politics/politics-government/20250303-250001/"
    html = page(
        "<title>Govt plans rail stimulus - The Japan News</title>",
        '<main><article><h1 class="title-article">Govt plans rail stimulus</h1>'
        '<div class="article-header-info">'
        '<time datetime="2025-03-03T17:00:00+09:00">March 3, 2025</time></div>'
        f'<div class="p-main-contents">{PROSE}<p>{last}</p></div></article></main>',
    )
    assert fields(record(html, url)) == expected(
        url, headline="Govt plans rail stimulus", authors=authors, credit=last,
        published_at="2025-03-03T17:00:00+09:00",
    )  # fmt: skip


# --- what a byline sets after the writers: the wire, the publication, an academic's title -------------
@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # a wire in mixed case after the names (the old code: "Bloomberg" as a third person)
        ("By Jane Doe and John Roe | Bloomberg", ["Jane Doe", "John Roe"]),
        # a publication's name opened by "The" (the old code: "The Conversation" as a person)
        ("By Jane Doe, The Conversation", ["Jane Doe"]),
        # an academic's title and university (the old code: "Associate Professor of History" as a person)
        ("By Jane Doe, Associate Professor of History, University of Leeds", ["Jane Doe"]),
    ],
)
def test_a_byline_gives_the_writers_not_their_wire_publication_or_title(
    byline: str, authors: list[str]
) -> None:
    # (The Conversation's republished pieces, Bloomberg copy on a regional paper: hand-built)
    url = "https://www.thecourier-example.com/news/2025/03/03/rail-link-cleared/"
    html = page(
        '<title>Rail link cleared | Courier</title><meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2025-03-03T09:00:00Z">',
        f'<main><article><h1>Rail link cleared</h1><p class="byline">{byline}</p>'
        f'<div class="body">{PROSE}</div></article></main>',
    )
    assert fields(record(html, url)) == expected(
        url, headline="Rail link cleared", authors=authors, published_at="2025-03-03T09:00:00+00:00"
    )


def test_a_wire_storys_sign_off_names_its_reporters_not_its_editor() -> None:
    # Reuters' closing line on a paper that runs its copy with no byline (the old code: nobody): its
    # reporters, not those credited with additional reporting nor the editor; the line is no body
    # (content/boilerplate.py)
    url = "https://www.thecourier-example.com/world/2025/03/03/rail-link-cleared/"
    sign_off = (
        "(Reporting by Jane Doe in London and Ann Poe in Paris; additional reporting by Max Po; "
        "Editing by John Roe)"
    )
    html = page(
        '<title>Rail link cleared | Courier</title><meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2025-03-03T09:00:00Z">',
        f'<main><article><h1>Rail link cleared</h1><div class="body">{PROSE}<p>{sign_off}</p></div>'
        "</article></main>",
    )
    assert fields(record(html, url)) == expected(
        url,
        headline="Rail link cleared",
        authors=["Jane Doe", "Ann Poe"],
        published_at="2025-03-03T09:00:00+00:00",
    )


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # the role and the place in the byline's language, in lower case after the name (the old code kept
        # them as a second person): Le Figaro's, El País's, Corriere's style
        ("Par Jean Dupont, envoyé spécial à Kiev", ["Jean Dupont"]),
        ("Por María García, corresponsal en Bruselas", ["María García"]),
        ("Di Marco Rossi, inviato a Kiev", ["Marco Rossi"]),
        ("Par Jean Dupont avec AFP", ["Jean Dupont"]),  # (the old code: "Jean Dupont avec AFP")
        # a role's words left when its noun is cut (the old code: "Senior Political" as a person)
        ("By Jane Doe, Senior Political Correspondent", ["Jane Doe"]),
    ],
)
def test_a_role_or_place_after_the_writer_is_no_second_writer(byline: str, authors: list[str]) -> None:
    # (French, Spanish and Italian papers' bylines over the English text of these tests)
    url = "https://www.thecourier-example.com/news/2025/03/03/rail-link-cleared/"
    html = page(
        '<title>Rail link cleared | Courier</title><meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2025-03-03T09:00:00Z">',
        f'<main><article><h1>Rail link cleared</h1><p class="byline">{byline}</p>'
        f'<div class="body">{PROSE}</div></article></main>',
    )
    assert fields(record(html, url)) == expected(
        url,
        headline="Rail link cleared",
        authors=authors,
        published_at="2025-03-03T09:00:00+00:00",
    )
