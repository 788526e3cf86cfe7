"""Headline, date and author patterns that generalise across publishers, each on a real saved page.

The pages are single pages of the tune half of the shared corpora (tests/fixtures/generic/<case>/, see
each meta.json's "source"); benchmarks/generalisation.py measures the same rules on all three corpora.
The fixture tests (test_extract_fixtures.py) hold every field of these pages; this file names the one
pattern each page is here for, so a change that breaks it says which rule it broke.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.authors import clean_authors, cut_byline, looks_like_organisation
from newsarchive.extract.page import strip_site_name
from newsarchive.items import Article

CASES = Path(__file__).parent / "fixtures" / "generic"


def extract(case: str) -> Article:
    meta = json.loads((CASES / case / "meta.json").read_text(encoding="utf-8"))
    return extract_article((CASES / case / "page.html").read_bytes(), meta["url"], generic=True)


def test_japanese_ruby_readings_are_not_text() -> None:
    # NHK News Web Easy prints the reading above each kanji (<ruby>子<rt>こ</rt></ruby>): the headline
    # and the body are the sentence, not sentence + readings.
    article = extract("ja_nhk_easy_ruby")
    assert article.headline == "子どもへの体罰を禁止する法律ができる"
    assert article.language == "ja-JP"
    assert article.body[0].startswith("子どもへの虐待をなくすための法律ができて")
    assert not any("こども" in p for p in article.body)


def test_german_kicker_inside_h1_is_not_headline() -> None:
    # <h1><span class="dachzeile">Nach Corona-Lockerungen</span> <span class="headline">...</span></h1>
    article = extract("de_mdr_kicker_in_h1")
    assert article.headline == "Autohäuser rechnen mit langsamem Anlaufen des Geschäfts"
    assert article.published_at == "2020-04-20T14:57:27+02:00"  # offset kept as the page gives it
    assert "Hauptinhalt" not in article.body  # the skip link ("main content") is not a paragraph


def test_site_name_as_author_gives_way_to_the_person() -> None:
    # <meta name="author" content="LAOLA1.at">, byline "von Alexander Karper"
    assert extract("de_laola1_site_as_author").authors == ["Alexander Karper"]


def test_date_only_in_a_visible_date_header() -> None:
    # Blogger: no date in metadata or URL day, only <h2 class="date-header">Wednesday, October 16, 2019
    article = extract("en_blogger_date_header")
    assert article.published_at == "2019-10-16T00:00:00+00:00"
    assert article.authors == ["T. V. Raman"]


def test_german_date_line() -> None:
    # no date metadata; the page shows the date under the headline (and in its URL)
    article = extract("de_uepo_date_line")
    assert article.published_at is not None and article.published_at.startswith("2020-04-26")


def test_site_name_cut_from_og_title() -> None:
    # no <h1>; og:title "Volksbegehren ... (BGE)! - Piratenpartei Österreichs", og:site_name names the site
    article = extract("de_piratenpartei_site_suffix")
    assert article.headline == "Volksbegehren zum Bedingungslosen Grundeinkommen (BGE)!"
    assert article.authors == ["Harald Bauer"]  # JSON-LD person, not the theme credit in <meta name=author>


def test_jsonld_author_given_as_a_reference() -> None:
    # Yoast: "author": {"@id": ".../#/schema/person/..."}, the Person node elsewhere in the @graph
    article = extract("en_yoast_author_reference")
    assert article.authors == ["Poppy Reid"]
    assert article.published_at == "2020-02-21T03:21:06+00:00"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (["By Jane Doe and John Roe"], ["Jane Doe", "John Roe"]),
        (["Von Max Muster und Erika Mustermann"], ["Max Muster", "Erika Mustermann"]),
        (["Par Sébastien Farcis et Marie Dupont"], ["Sébastien Farcis", "Marie Dupont"]),
        (["Por Ana García y Luis Pérez"], ["Ana García", "Luis Pérez"]),
        (["A. Nowak oraz B. Kowalski"], ["A. Nowak", "B. Kowalski"]),
        (["Clara Löw, Siddharth Prakash & Klaus Jacob"], ["Clara Löw", "Siddharth Prakash", "Klaus Jacob"]),
        (["Rurika Imahashi, Nikkei staff writer"], ["Rurika Imahashi"]),
        (["Nikkei staff writers"], ["Nikkei staff writers"]),
        (["Harald Bauer Autor"], ["Harald Bauer"]),
        (["Geschrieben von Elisa Marvena"], ["Elisa Marvena"]),
        (["Richard David Precht im Gespräch mit Karin Fischer"], ["Richard David Precht", "Karin Fischer"]),
        (["Michael L. Anderson, PhD"], ["Michael L. Anderson"]),
        (["https://www.facebook.com/someone"], []),
        (["Published by"], []),
    ],
)
def test_clean_authors(raw: list[str], expected: list[str]) -> None:
    assert clean_authors(raw) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Poppy Reid Feb 21, 2020", "By Poppy Reid"),
        ("von lupa am 26/10/13, 03:48 pm", "von lupa"),
        ("Eingestellt von der Michel", "Eingestellt von der Michel"),
    ],
)
def test_cut_byline(text: str, expected: str) -> None:
    assert cut_byline(text) == expected


@pytest.mark.parametrize(
    ("title", "sites", "expected"),
    [
        (
            "Saftiger Zitronenkuchen | Backen macht glücklich",
            ["backenmachtglücklich"],
            "Saftiger Zitronenkuchen",
        ),
        ("Gregory Szorc's Digital Home | Mercurial's Journey", ["gregoryszorc"], "Mercurial's Journey"),
        (
            "Siemens und Adani: Kaeser verarscht Neubauer - taz.de",
            ["taz"],
            "Siemens und Adani: Kaeser verarscht Neubauer",
        ),
        (
            "Den Vertrieb auslagern - Anders als andere",
            ["rentasalesman"],
            "Den Vertrieb auslagern - Anders als andere",
        ),
    ],
)
def test_strip_site_name(title: str, sites: list[str], expected: str) -> None:
    assert strip_site_name(title, sites) == expected


def _page(head: str, body: str) -> str:
    paragraph = (
        "<p>" + "Ministers met to discuss the trade agreement and its effects on local farmers. " * 6 + "</p>"
    )
    story = f"<article><h1>Trade talks resume</h1>{body}{paragraph}</article>"
    return f"<html><head>{head}</head><body>{story}</body></html>"


def test_declared_utc_time_takes_the_publishers_offset() -> None:
    # the same instant, printed by the page in its own zone: the calendar day is the publisher's
    html = _page(
        '<meta property="article:published_time" content="2020-02-21T03:21:06+00:00">',
        '<time datetime="2020-02-21T14:21:06+11:00">21 February 2020</time>',
    )
    assert extract_article(html, "https://example.org/a").published_at == "2020-02-21T14:21:06+11:00"


def test_declared_bare_date_takes_the_time_of_day() -> None:
    html = _page(
        '<meta property="article:published_time" content="2023-10-18">',
        '<time datetime="2023-10-18T13:11:26+02:00">18.10.2023</time>',
    )
    assert extract_article(html, "https://example.org/a").published_at == "2023-10-18T13:11:26+02:00"


def test_a_time_without_a_year_is_not_a_date() -> None:
    # "Posted 8:00 AM": dateutil would fill in today's date - the crawl date passed off as publication
    html = _page("", '<p class="post-date">Posted 8:00 AM</p>')
    assert extract_article(html, "https://example.org/a").published_at is None


def test_unmarked_kicker_before_the_metadata_title() -> None:
    html = _page('<meta property="og:title" content="Erinnerung an die Opfer">', "").replace(
        "<h1>Trade talks resume</h1>", "<h1><em>Holocaust-Gedenktag </em>Erinnerung an die Opfer</h1>"
    )
    assert (
        extract_article(html, "https://www.bundesrat.example/texte/1").headline == "Erinnerung an die Opfer"
    )


def test_a_headline_like_the_site_name_is_still_a_headline() -> None:
    # og:site_name "GITARRE & BASS", the issue page titled "Gitarre & Bass 02/2022"
    head = (
        '<meta property="og:site_name" content="GITARRE &amp; BASS"><title>Gitarre &amp; Bass 02/2022</title>'
    )
    html = _page(head, "").replace("Trade talks resume", "Gitarre &amp; Bass 02/2022")
    assert extract_article(html, "https://www.gitarrebass.example/heft/").headline == "Gitarre & Bass 02/2022"


def test_german_compound_agrees_with_the_title() -> None:
    # <h1>Chorgeschichte</h1>, <title>Geschichte - St. Georgs Chorknaben</title>: the <h1> is the headline
    html = _page("<title>Geschichte - St. Georgs Chorknaben</title>", "").replace(
        "Trade talks resume", "Chorgeschichte"
    )
    assert extract_article(html, "https://www.chorknaben.example/geschichte").headline == "Chorgeschichte"


@pytest.mark.parametrize(
    ("name", "organisation"),
    [("LAOLA1.at", True), ("LN", True), ("dpa", True), ("Reuters", True), ("JuraForum.de-Redaktion", True),
     ("Alexander Karper", False), ("Staff Writer", False), ("Jens Büttner", False)],
)  # fmt: skip
def test_organisations_are_told_from_persons(name: str, organisation: bool) -> None:
    assert looks_like_organisation(name, ["laola1"]) is organisation
