"""Author patterns that generalise across publishers, each on a real saved page.

The pages are single pages of the tune half of the shared corpora (tests/fixtures/generic/<case>/, see
each meta.json's "source"); benchmarks/generalisation.py measures the same rules on all three corpora
("author (all names)"). The fixture tests (test_extract_fixtures.py) hold every field of these pages;
this file names the one author pattern each page is here for, so a change that breaks it says which
rule it broke. The rules themselves live in newsarchive/extract/authors.py (rule data with comments).
"""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.authors import (
    byline_names,
    clean_authors,
    cut_byline,
    looks_like_organisation,
    persons_of,
)
from newsarchive.extract.byline_lines import (
    copyright_holder,
    dated_byline,
    dateline_agency,
    labelled_byline,
)

CASES = Path(__file__).parent / "fixtures" / "generic"


def authors_of(case: str) -> list[str]:
    meta = json.loads((CASES / case / "meta.json").read_text(encoding="utf-8"))
    return extract_article((CASES / case / "page.html").read_bytes(), meta["url"], generic=True).authors


def test_labelled_byline_at_the_end_of_the_story_without_the_photo_credit() -> None:
    # no author metadata; the story ends "<strong>Text:</strong> Klausmartin Friedrich" and then
    # "<strong>Fotos: </strong>Helmut Elstrodt, Klausmartin Friedrich, ...": the photographers are not authors
    assert authors_of("de_bos_text_label_photo_credit") == ["Klausmartin Friedrich"]


def test_label_alone_on_its_line_names_on_the_next() -> None:
    # <h4>Autor</h4><p><a>Nikolai Huke</a><b>, </b></p>
    assert authors_of("de_rosalux_label_line") == ["Nikolai Huke"]


def test_byline_beside_the_headline_whatever_its_container_is_called() -> None:
    # <h1>...</h1><div class="teaser-small__metadata"><p class="byline__author">VON <a>MORITZ GATHMANN</a>
    # am 21. April 2020</p>: "teaser" marks other stories' boxes elsewhere, not beside the article's <h1>
    # (the name in capitals written as a name: extract/name_case.py)
    assert authors_of("de_cicero_byline_beside_headline") == ["Moritz Gathmann"]


def test_byline_near_the_headline_before_a_book_credit_in_the_story() -> None:
    # "Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022" under the headline; the story ends
    # with a book it recommends, "von Josef Kastner, Marieke Hübner und Imke Schlömer"
    assert authors_of("de_pferderevue_byline_near_headline") == ["Pamela Sladky"]


def test_byline_in_the_posts_own_footer() -> None:
    # <footer class="post-footer">Posted by <span class="vcard"><a rel="author" class="url fn">Günter W.
    # Kienitz</a></span> at 18:52</footer> inside the <article>: the post's footer, not the site's
    assert authors_of("de_peptalks_post_footer_byline") == ["Günter W. Kienitz"]


def test_blogger_post_footer_inside_the_posts_widget() -> None:
    # Blogger puts every post in <div class="widget Blog" id="Blog1">: "widget" names sidebar boxes
    # elsewhere, here it holds the story. "Posted by A, B, C and D - Chrome Safe Browsing team": the team
    # after the dash is not a name
    assert authors_of("en_blogger_widget_blog_byline_team") == [
        "Nathan Parker",
        "Varun Khaneja",
        "Eric Mill",
        "Kiran C Nair",
    ]
    # the same theme in German: <span class="post-author vcard">Eingestellt von <span class="fn">der
    # Michel</span></span> in the post's footer
    assert authors_of("de_blogger_eingestellt_von") == ["der Michel"]


def test_byline_with_initials_names_more_authors_than_the_metadata() -> None:
    # JSON-LD "author": "Eduardo Barreneche"; the byline "e. barreneche / J. I. da silva": the same first
    # author by surname and initial, and a second one the metadata left out
    assert authors_of("es_elpais_initials_in_byline") == ["e. barreneche", "J. I. da silva"]


def test_the_name_inside_a_byline_that_also_names_the_provider() -> None:
    # <div class="authorinfo-bsb"> holds the provider's logo and name ("Tech Insider") and
    # <span class="authorname-txt" itemprop="author"><span itemprop="name">Alex Perry</span></span>
    assert authors_of("en_msn_provider_before_author") == ["Alex Perry"]


def test_author_box_with_a_heading_names_the_heading_not_the_biography() -> None:
    # <div class="author-info"><h4><a>Teufel Blog Redaktion</a></h4><p class="author-bio">Alles über
    # Lautsprecher, Heimkino &amp; Tricks für zu Hause</p></div>: short, but a box; the biography's
    # pieces are not names. The box names the newsroom, so the JSON-LD organisation stays the author
    page = (CASES / "de_teufel_author_box_heading" / "page.html").read_bytes()
    box = lxml.html.fromstring(page).xpath("//div[@class='author-info']")[0]
    assert byline_names(box) == ["Teufel Blog Redaktion"]
    assert authors_of("de_teufel_author_box_heading") == ["Teufel Editorial Team"]


def test_a_cms_placeholder_in_the_author_meta_is_no_author() -> None:
    # <meta name="author" content="publisher"/> on every page of the federal Government Site Builder
    # (bsi.bund.de, bmel.de in the corpora); the page names no author anywhere else
    assert authors_of("de_bsi_placeholder_author") == []


def test_place_after_the_name_in_the_byline_is_no_author() -> None:
    # <p class="author">Von Markus Balser, Berlin</p>; <meta name="author" content="Süddeutsche.de GmbH,
    # Munich, Germany">: the city the story was filed from is not a second author
    assert authors_of("de_sueddeutsche_place_after_name") == ["Markus Balser"]


def test_a_menu_item_named_after_a_page_is_no_byline() -> None:
    # <div class="navigation--menu"><ul class="menu"><li class="... menu-journalisten-preis">: a menu item
    # whose class names its page ("journalist") links to another page; the page names no author
    assert authors_of("de_weisser_ring_menu_item_not_byline") == []


def test_a_pictures_credit_and_caption_are_no_byline() -> None:
    # <figure><div class="cutline-byline-container"><span class="cutline-text">Juan Orlando Hernández
    # (izquierda) y ...</span><span class="byline-image">Fotos: EL HERALDO/ AFP</span>: the caption and the
    # photographer, not the article's author (its JSON-LD names the newsroom)
    assert authors_of("es_elheraldo_photo_credit_in_figure") == ["Redacción"]


def test_a_profile_address_in_article_author_is_no_name() -> None:
    # <meta property="article:author" content="facebook.com/vegolosi">: an address without its scheme
    assert authors_of("it_vegolosi_profile_url_as_author") == ["Vegolosi.it"]


def test_rdfa_property_lists_give_each_term_the_value() -> None:
    # hand-built, as Mozilla Readability's test pages "004-metadata-space-separated-properties" (readability
    # tune half): <meta property="dc:creator twitter:site_name"> holds the creator
    html = (
        b'<html><head><meta property="x:title dc:title" content="Preferred title"/>'
        b'<meta property="dc:creator twitter:site_name" content="Creator Name"/></head>'
        b"<body><article><h1>Preferred title</h1><p>"
        + b"Some words of the story. " * 40
        + b"</p></article></body></html>"
    )
    article = extract_article(html, "https://example.org/2020/01/02/story", generic=True)
    assert article.authors == ["Creator Name"]


def test_date_then_name_line_above_the_headline() -> None:
    # <small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small><h1>...: no label, no markup, no metadata
    assert authors_of("de_pferd_aktuell_date_time_name_line") == ["Uta Helkenberg"]


def test_date_dash_name_line_below_the_headline() -> None:
    # <h1>...</h1><div>Essay</div><span class="field-content">25.10.2022 - Reiner Nagel</span>
    assert authors_of("de_urania_date_dash_name_line") == ["Reiner Nagel"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["04.02.2022 | 13:10 Uhr | Uta Helkenberg"], ["Uta Helkenberg"]),
        (["25.10.2022 - Reiner Nagel"], ["Reiner Nagel"]),
        (["06.11.2023 13:30 von Olga"], ["Olga"]),  # "von" after the date: one word is enough
        (["March 3, 2020 | Jane Doe"], ["Jane Doe"]),
        # a section or the kind of piece after the date is no author
        (["25.10.2022 - Essay"], []),
        (["04.11.2023 | PAID CONTENT"], []),
        (["04.11.2023 | Berlin"], []),
        # ... nor a section or place of two capitalised words (hand-built news pages)
        (["June 5, 2024 · Middle East"], []),
        (["March 3, 2020 | New York"], []),
        (["04.11.2023 | Premier League"], []),
        (["June 5, 2024 · Supreme Court"], []),
        (["March 3, 2020 | Staff Reporter"], []),
        (["Jane Doe | 04.11.2023"], []),  # a name before the date is the labelled bylines' case
    ],
)
def test_dated_byline(lines: list[str], expected: list[str]) -> None:
    assert dated_byline(lines) == expected


def test_copyright_holder_of_a_personal_site_when_nobody_else_is_named() -> None:
    # a 2008 blog naming its author nowhere but in the footer: "(Creative Commons-Lizenz) 2006-2008 by
    # Martin Weber"; regiolanda.de's "© 2019 Sven Schreivogel" (de_regiolanda_teaser_list) is the other
    assert authors_of("de_dimido_copyright_holder_in_footer") == ["Martin Weber"]
    assert authors_of("de_regiolanda_teaser_list") == ["Sven Schreivogel"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["© 2019 Sven Schreivogel"], ["Sven Schreivogel"]),
        (
            ["Copyright (c) 2012- Gregory Szorc. All rights reserved. Design by CSS Templates."],
            ["Gregory Szorc"],
        ),
        # a photo's credit has no year; companies, the site itself and blogs' names are no persons
        (["© Marcel Burkhardt"], []),
        (["© 2015 EHM Productions, Inc. All rights reserved"], []),
        (["© 2008 - 2019 Schnäppchen Blog mit Doktortitel - DealDoktor.de"], []),
        (["© 2023 Axel Springer SE"], []),
        (["© 2024 Hamburger Abendblatt"], []),  # (the site's name: see site_names below)
        (["Photo: © 2024 Jean Dupont"], []),  # a picture's credit with a year (hand-built)
        (["© 2024 Hearst Communications"], []),
        (["© 2024 Lee Enterprises"], []),
        # a newspaper's name in the footer of a page that declares no publisher (hand-built)
        (["© 2024 Springfield Courier. All rights reserved."], []),
        (["© 2023 Lausitzer Rundschau"], []),
    ],
)
def test_copyright_holder(lines: list[str], expected: list[str]) -> None:
    assert copyright_holder(lines, site_names=["abendblatt"]) == expected


def test_no_copyright_holder_on_a_page_that_declares_its_publisher() -> None:
    # hand-built: a news page without a byline whose footer names the publisher's owning company, a name
    # shaped like a person's; the page declares its publication (og:site_name, a JSON-LD publisher)
    story = (
        "<p>The city council voted on Tuesday to approve a new budget for the coming year, after weeks of"
        " debate over spending on roads, schools and the public library.</p><p>Council members said the plan"
        " would raise property taxes slightly, but that the increase was needed to keep services running.</p>"
    )
    footer = "<footer><p>Copyright © 2024 Axel Springer. All rights reserved.</p></footer>"
    for head in (
        '<meta property="og:site_name" content="Die Welt">',
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council approves budget",'
        ' "publisher": {"@type": "Organization", "name": "Die Welt"}}</script>',
    ):
        html = (
            f"<html><head><title>Council approves budget</title>{head}</head><body><article><h1>Council"
            f" approves budget</h1><p class=date>March 3, 2020</p>{story}</article>{footer}</body></html>"
        )
        assert extract_article(html, "https://www.example.com/local/council-budget").authors == []


def test_agency_of_the_dateline_when_nobody_is_named() -> None:
    # no author anywhere but the story's first line: "Hamburg (dpa/lno) – Trotz eines Gespräches ..."
    assert authors_of("de_dateline_agency_only") == ["dpa/lno"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Hamburg (dpa/lno) – Trotz eines Gespräches …"], ["dpa/lno"]),
        (["BERLIN (AFP) - Die Regierung …"], ["AFP"]),
        (["Berlin (Reuters): Die Regierung"], ["Reuters"]),
        (["Das Haus (rechts) - ein Bau von 1900"], []),  # a remark in brackets, no agency
    ],
)
def test_dateline_agency(lines: list[str], expected: list[str]) -> None:
    assert dateline_agency(lines) == expected


def test_name_after_the_date_and_by() -> None:
    # <div class="gallery--page-meta--author">Posted on September 21, 2020 by Adi Tzlil</div>
    assert authors_of("en_theperspective_posted_on_date_by") == ["Adi Tzlil"]


def test_by_and_name_in_separate_elements() -> None:
    # data-testid="prism-byline": <span>By</span><span><a>J.R. Stone</a></span> ... "Thursday, November 9":
    # the words of adjacent elements are kept apart, the weekday is cut with the date
    assert authors_of("en_abc7_by_span_beside_name") == ["J.R. Stone"]


def test_screen_reader_copy_of_the_name_is_not_read_twice() -> None:
    # <p class="cover-episodes__authors">Un documentaire de <a class="authors__name">Kristen Falc'hon<span
    # class="u-screen-reader-text">Kristen Falc'hon</span></a>: one name, not "Kristen Falc'hon Kristen
    # Falc'hon" (stackexchange.com's <span class="d-none" itemprop="name"> copy is the same pattern)
    assert authors_of("fr_arteradio_screen_reader_copy") == ["Kristen Falc'hon"]


def test_german_gender_inclusive_author_label() -> None:
    # <span itemprop="author">Autor/in: Korinna Hennig </span>: "Autor/in" is one label, not "Autor" and
    # a name "in: Korinna Hennig" split at the slash
    assert authors_of("de_ndr_gender_inclusive_author_label") == ["Korinna Hennig"]


def test_a_label_alone_in_its_byline_element_gives_way_to_the_name_after_it() -> None:
    # <span class="article_author_single">Article by</span><br><span class="author_single">Barry Alleyne
    assert authors_of("en_nationnews_label_then_name") == ["Barry Alleyne"]


def test_editor_initials_after_the_name() -> None:
    # <p class="author">Author: Julia Hitz (eg)</p>: "(eg)" is the desk editor's initials
    assert authors_of("en_dw_related_teaser_dates") == ["Julia Hitz"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (["Autor/in: Korinna Hennig"], ["Korinna Hennig"]),
        (["Autor*in: Anna Beta"], ["Anna Beta"]),
        (["Autor:innen: Anna Beta und Carl Dorn"], ["Anna Beta", "Carl Dorn"]),
        (["Autor:Ina Müller"], ["Ina Müller"]),
        (["Max Muster (dpa/lno)"], ["Max Muster"]),
        (["Jane Doe (AP)"], ["Jane Doe"]),
        (["Edgar Allan (stevenhgm)"], ["Edgar Allan (stevenhgm)"]),  # a handle, not initials: kept
        (["Recipe by"], []),
        (["Article by Barry Alleyne"], ["Barry Alleyne"]),
    ],
)
def test_labels_and_editor_notes_around_names(raw: list[str], expected: list[str]) -> None:
    assert clean_authors(raw) == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<div class="byline">By <a>Jane Doe</a><span class="sr-only">Jane Doe</span></div>', ["Jane Doe"]),
        ('<div class="byline">By <a>Jane Doe</a><span class="d-none">Jane Doe</span></div>', ["Jane Doe"]),
        ('<div class="byline">By <span aria-hidden="true">JD</span> Jane Doe</div>', ["Jane Doe"]),
        # Bootstrap's responsive "hidden on small screens, shown from md up" is shown: read
        ('<div class="byline">By <span class="d-none d-md-inline">Jane Doe</span></div>', ["Jane Doe"]),
    ],
)
def test_byline_text_leaves_out_hidden_copies(html: str, expected: list[str]) -> None:
    assert byline_names(lxml.html.fromstring(html)) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Japanese bylines: the role after the name, the place filed from before it, "文・" before it
        (["山田太郎記者"], ["山田太郎"]),
        (["ワシントン＝山田太郎特派員"], ["山田太郎"]),
        (["文・山田太郎"], ["山田太郎"]),
        (["取材・文：佐藤花子"], ["佐藤花子"]),
        (["山田太郎記者、佐藤花子記者"], ["山田太郎", "佐藤花子"]),
        (["文在寅"], ["文在寅"]),  # 文 with no separator is the start of a name
        # a note after the name, the full stop of an initial, the paper's staff label
        (["Eberhard Fuhr (Pressesprecher des EJW)"], ["Eberhard Fuhr"]),
        (["史蒂文的家_藍天 (stevenhgm)"], ["史蒂文的家_藍天 (stevenhgm)"]),
        (["Joe S."], ["Joe S."]),
        (["Adam Aaronson PhillyVoice Staff"], ["Adam Aaronson"]),
        # other credits, profile links, copyright signs and roles around the writer's name
        (["Rob Ewaschuk Edited by Betsy Beyer"], ["Rob Ewaschuk"]),
        (["Jane Doe, photos by John Roe"], ["Jane Doe"]),
        (["Photos by Jane Doe"], []),
        (["Birgit Posselt Über Autorenseite von birgit.posselt"], ["Birgit Posselt"]),
        (["© Kathrin Führes"], ["Kathrin Führes"]),
        (["FOCUS-Online-Experte Robin Tschöpe"], ["Robin Tschöpe"]),
        (["Veröffentlicht von Chris Jung"], ["Chris Jung"]),
        # a CMS's placeholder is no name
        (["publisher"], []),
        (["anónimo"], []),
        (["wordpressadmin"], []),  # a CMS's default account
        (["webmaster"], []),
        # Blogger's "Posted by" in other languages; a team or desk after a dash
        (["Publié par Jean Dupont"], ["Jean Dupont"]),
        (["Scritto da Mario Rossi"], ["Mario Rossi"]),
        (["Jane Doe, John Roe - Chrome Safe Browsing team"], ["Jane Doe", "John Roe"]),
        (["Anna Muster | Redaktion Wirtschaft"], ["Anna Muster"]),
        # login names made of the name's own words after it; ordinary lower-case words stay
        (["Edilson La Rosa edilsonlarosa edilsonlarosam"], ["Edilson La Rosa"]),
        (["Leonardo da vinci"], ["Leonardo da vinci"]),
        # where the story was filed or the publisher sits, after the last full name: no author
        (["Markus Balser, Berlin"], ["Markus Balser"]),
        (["Süddeutsche.de GmbH, Munich, Germany"], ["Süddeutsche.de GmbH"]),
        (["Harm, Robert"], ["Harm", "Robert"]),  # first names only: persons
        # ... and the place after its preposition in the other languages (hand-built)
        (["Jean-Pierre Martin, à Paris"], ["Jean-Pierre Martin"]),
        (["Ana Souza, em São Paulo"], ["Ana Souza"]),
        (["María García en Madrid"], ["María García"]),
        (["Anna Müller aus Berlin"], ["Anna Müller"]),
        (["Luana Patriolino, Raphael Felice"], ["Luana Patriolino", "Raphael Felice"]),
        # a role before the name as after it (rechtambild.de, juraforum.de "Rechtsanwalt Sebastian Einbock",
        # tune half; the others hand-built); a role alone stays, it names nobody else
        (["Rechtsanwalt Dennis Tölle"], ["Dennis Tölle"]),
        (["Dennis Tölle, Rechtsanwalt"], ["Dennis Tölle"]),
        (["Staff Writer Jane Doe"], ["Jane Doe"]),
        (["Redakteurin Anna Müller"], ["Anna Müller"]),
        (["Rechtsanwältin Dr. Anna Schmidt"], ["Dr. Anna Schmidt"]),
        (["Staff Writer"], ["Staff Writer"]),
    ],
)
def test_clean_authors_patterns(raw: list[str], expected: list[str]) -> None:
    assert clean_authors(raw) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted on September 21, 2020 by Adi Tzlil", "Adi Tzlil"),
        ("06.11.2023 13:30 von Olga", "Olga"),
        ("freeman1984 12. Dezember 2019", "freeman1984"),  # a digit inside a word is a handle
        ("Author: Gàbor Muniér, Datum: 03.Mär.19", "Author: Gàbor Muniér"),
        ("En kiosques : juillet 2020", ""),  # a label and a date, no name
        ("Klausmartin Friedrich Fotos: Helmut Elstrodt", "Klausmartin Friedrich"),
        ("By Jane Doe. Posted March 4, 2025", "By Jane Doe."),  # the date's label after the name (hand-built)
    ],
)
def test_cut_byline_patterns(text: str, expected: str) -> None:
    assert cut_byline(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what byline widgets set after the name (tune pages: thelocal.se, linkedin.com, watson.ch,
        # autoindustriya.com, finanzmarktwelt.de; the rest hand-built in the same shapes)
        ("AFP/The Local - [email\xa0protected] Published: 28 Apr, 2020 CET.", ["AFP", "The Local"]),
        ("Inga Hoeltmann Follow", ["Inga Hoeltmann"]),
        ("Oliver Baroni Folge mir Entfolgen", ["Oliver Baroni"]),
        ("Jose Altoveros View More Articles", ["Jose Altoveros"]),
        ("Claudio Kummerfeld Twitter Account von Claudio Kummerfeld", ["Claudio Kummerfeld"]),
        ("Jane Doe Follow on Twitter", ["Jane Doe"]),
        ("Jane Doe Email Jane", ["Jane Doe"]),
        ("Jane Doe — Updated 3 hours ago", ["Jane Doe"]),
        ("By Jane Doe Published: 10:00 EST, 3 March 2020", ["Jane Doe"]),
        # the publication written for and the place filed from, after the names
        ("By JANE DOE FOR DAILYMAIL.COM", ["JANE DOE"]),
        ("Jane Doe For The Daily Mail", ["Jane Doe"]),
        ("From Jane Doe and John Roe in Washington", ["Jane Doe", "John Roe"]),
        ("Organization for Transformative Works", ["Organization for Transformative Works"]),
        ("Opinion by Jane Doe", ["Jane Doe"]),
        # "Quelle:" (source) and "Publiziert" (published) around a credit (hessenschau.de, eurosport.de)
        ("Quelle: hessenschau.de", ["hessenschau.de"]),
        # hand-built: Japanese bylines' labels, photo credits, the name's reading, newsroom names
        ("ライター：山田太郎", ["山田太郎"]),
        ("執筆者：山田太郎", ["山田太郎"]),
        ("取材・文/山田太郎", ["山田太郎"]),
        ("（文・山田太郎、写真・佐藤花子）", ["山田太郎"]),
        ("山田 太郎（やまだ・たろう）", ["山田 太郎"]),
        ("撮影：佐藤花子", []),
        # hand-built: the paper after the name, a picture credit after a bullet
        ("Story by Jane Doe • Photos by John Roe", ["Jane Doe"]),
        ("Eurosport Publiziert 05/02/2022", ["Eurosport"]),
    ],
)
def test_byline_widgets_around_the_names(text: str, expected: list[str]) -> None:
    assert clean_authors([cut_byline(text)]) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Autor:", "Fritz Imhof"], ["Fritz Imhof"]),
        (["yas! | By Cara Stiles | April 13, 2020"], ["Cara Stiles"]),
        (["05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher des EJW)"], ["Eberhard Fuhr"]),
        (["Von David Hutzler, dpa"], ["David Hutzler"]),  # the agency beside the person is left out
        # sentences that a weak label opens are not bylines
        (["Von Berlin aus fuhr er weiter"], []),
        (["By The Numbers"], []),
        (["Von Kindern und Eltern"], []),
        (["By 2030, half of the cars"], []),
        # Japanese labels (hand-built)
        (["著者：山田太郎"], ["山田太郎"]),
        (["取材・文／山田太郎"], ["山田太郎"]),
        (["文＝山田太郎"], ["山田太郎"]),
    ],
)
def test_labelled_byline(lines: list[str], expected: list[str]) -> None:
    assert labelled_byline(lines) == expected


@pytest.mark.parametrize(
    ("name", "organisation"),
    [
        ("New York Times", True),
        ("Bayerische Landesanstalt für Wald", True),
        ("Teufel Editorial Team", True),
        ("Redacción Diario Pagina Siete", True),
        ("dpa", True),
        ("AP Sports", True),
        ("Reuters Staff", True),
        ("Sid Meier", False),  # "sid" is also a German sports agency
        ("USA TODAY", True),
        ("The Washington Post", True),
        ("Emily Post", False),
        ("ITmedia NEWS編集部", True),  # a Japanese site's editorial department
        ("取材班", True),
        ("Jane Doe", False),
        ("Klausmartin Friedrich", False),
    ],
)
def test_organisations_give_way_to_persons(name: str, organisation: bool) -> None:
    # Page.authors drops these beside a person ("Jane Doe, New York Times" -> ["Jane Doe"])
    assert looks_like_organisation(name) is organisation


@pytest.mark.parametrize(
    ("found", "sites", "expected"),
    [
        # an organisation's name after the person's (aeb-dev tune: detroitnews, floridatoday, sputniknews)
        (["Tom Davies Associated Press"], [], ["Tom Davies"]),
        (["Elliot Brownstein Florida Today"], ["floridatoday"], ["Elliot Brownstein"]),
        (["Finian Cunningham. Sputnik International"], [], ["Finian Cunningham"]),
        (["Jane Doe - AFP"], [], ["Jane Doe"]),
        (["GREG BEACHAM", "AP Sports"], [], ["GREG BEACHAM"]),
        # a desk beside an agency is no person (deccanherald: byline "Reuters, Washington")
        (["Reuters", "Washington"], [], []),
        # a Japanese full name is one word beside its newsroom: a person
        (["山田太郎", "編集部"], [], ["山田太郎"]),
        (["JANE DOE The Washington Post"], [], ["JANE DOE"]),
        # companies and newsrooms stay whole, and are no persons
        (["Web Commerce GmbH www.w-commerce.de"], [], []),
        (["New York Times"], [], []),
        (["Teufel Editorial Team"], [], []),
    ],
)
def test_persons_of(found: list[str], sites: list[str], expected: list[str]) -> None:
    assert persons_of(found, sites) == expected


# hand-built: a news theme prints "date · primary topic" under the headline. Two capitalised words there
# are a person only with evidence: a link to an author's page, a Person in the metadata, or a first word
# the story never writes in lower case (a given name); a topic's first word is an ordinary word the story
# writes in lower case too, and a link to a tag or category page makes it a topic.
_CLIMATE_STORY = (
    "<p>Ministers from forty countries met in Bonn on Tuesday to agree on how climate justice should shape"
    " the next round of talks, after poorer nations said the funds promised to them had not arrived.</p>"
    "<p>Delegates said the question of who pays for losses caused by storms and droughts would decide"
    " whether the summit in November could close with a deal that every country signs.</p>"
)
_ENERGIE_STORY = (
    "<p>Der Ausbau der Windkraft an Land kommt schneller voran als erwartet: Im ersten Halbjahr wurden"
    " mehr neue Anlagen genehmigt als im ganzen Vorjahr, und erneuerbare Energien deckten erstmals mehr"
    " als die Hälfte des Stromverbrauchs.</p><p>Die Netzbetreiber warnen dennoch vor Engpässen im Norden,"
    " wo der Strom erzeugt, aber im Süden gebraucht wird.</p>"
)


@pytest.mark.parametrize(
    ("head", "line", "story", "expected"),
    [
        # an ordinary word the story writes in lower case: a topic, in English and in German
        ("", "June 5, 2024 · Climate Justice", _CLIMATE_STORY, []),
        ("", "05.06.2024 | Erneuerbare Energien", _ENERGIE_STORY, []),
        # a given name and a surname the story never writes in lower case: a person
        ("", "June 5, 2024 · Diego Torres", _CLIMATE_STORY, ["Diego Torres"]),
        ("", "05.06.2024 | Anna Klein", _ENERGIE_STORY, ["Anna Klein"]),
        # a given name that is an ordinary word too ("will") is no evidence against the person
        ("", "June 5, 2024 · Will Ashford", _CLIMATE_STORY + "<p>Talks will resume in June.</p>",
         ["Will Ashford"]),
        ("", "June 5, 2024 · Drew Harwell", _CLIMATE_STORY + "<p>The plan drew criticism from delegates.</p>",
         ["Drew Harwell"]),  # (hand-built, review of session 7)
        # the same words as a link to a tag page: a topic, whatever the prose
        ("", 'June 5, 2024 · <a href="/tag/loss-damage">Loss Damage</a>', _CLIMATE_STORY, []),
        # ... as a link to an author's page, or a Person of the metadata: a person, whatever the prose
        ("", 'June 5, 2024 · <a href="/author/climate-justice">Climate Justice</a>', _CLIMATE_STORY,
         ["Climate Justice"]),
        ('<script type="application/ld+json">{"@type": "Person", "name": "Climate Justice"}</script>',
         "June 5, 2024 · Climate Justice", _CLIMATE_STORY, ["Climate Justice"]),
    ],
)  # fmt: skip
def test_an_unlabelled_name_after_a_date_needs_evidence_of_a_person(
    head: str, line: str, story: str, expected: list[str]
) -> None:
    html = (
        f'<html><head><meta property="og:type" content="article">{head}</head><body><article>'
        f"<h1>Talks on climate funds stall in Bonn</h1><p>{line}</p>{story}</article></body></html>"
    )
    article = extract_article(html.encode(), "https://news.example/world/climate-talks", generic=True)
    assert article.authors == expected, line


def test_a_byline_inside_a_link_to_another_story_is_no_author() -> None:
    # a list of other stories after the article, each card one link around its headline and its byline
    # (humanresourcesmanager.de, tune half: "<a class=listing__link><h3>...</h3><div
    # class=listing__item__author>Von Jörn Mecher am 08.12.2022</div></a>" named its first card's writer)
    assert authors_of("de_humanresourcesmanager_story_cards") == []


def test_the_articles_own_byline_before_story_cards_with_bylines() -> None:
    # hand-built: the article's byline (its name a link to the author's page) and cards of other stories
    cards = "".join(
        f'<div class="listing__item"><a class="listing__link" href="/story-{i}"><h3>Another story about the'
        f' council, number {i}</h3><div class="listing__item__author">By Card Writer{i} on March {i}, 2020'
        "</div></a></div>"
        for i in range(1, 4)
    )
    html = (
        '<html><head><meta property="og:type" content="article"></head><body><main><article><h1>Council'
        ' approves budget</h1><div class="author">By <a href="/author/jane-doe">Jane Doe</a></div>'
        "<p>The city council voted on Tuesday to approve a new budget for the coming year, after weeks of"
        " debate over spending on roads, schools and the public library.</p><p>Council members said the plan"
        " would raise property taxes slightly, but that the increase was needed to keep services running.</p>"
        f'</article><div class="listing">{cards}</div></main></body></html>'
    )
    assert extract_article(html, "https://news.example/local/council-budget").authors == ["Jane Doe"]


def test_the_sites_name_in_the_author_meta_is_one_organisation_not_split_into_persons() -> None:
    # <meta name=author content="Jobs & Hire"> on jobsnhire.com (tune half): split at "&" it named two
    # "persons", Jobs and Hire, over the byline's "Jose de la Cruz"; whole, it is the site, and gives way
    assert authors_of("en_jobsnhire_site_name_author_meta") == ["Jose de la Cruz"]


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        # hand-built, as vinosytapas.de and heise.de's "Mac & i" (tune half) write it: no byline, the site's
        # name whole is the fallback organisation (og:site_name "Vinos y Tapas")
        ("Vinos y Tapas", ["Vinos y Tapas"]),
        # persons beside the site's name are still split and kept
        ("Ana Ruiz, Vinos y Tapas", ["Ana Ruiz"]),
        ("Ana Ruiz, Luis Gómez - Vinos y Tapas", ["Ana Ruiz", "Luis Gómez"]),
        ("Ana Ruiz and Luis Gómez", ["Ana Ruiz", "Luis Gómez"]),
    ],
)  # fmt: skip
def test_author_meta_holding_the_sites_name(author: str, expected: list[str]) -> None:
    html = (
        f'<html><head><meta property="og:site_name" content="Vinos y Tapas"><meta name="author"'
        f' content="{author}"></head><body><article><h1>Rioja: the wines of the Ebro valley</h1><p>The'
        " vineyards along the Ebro have made wine since Roman times, and the region's reserves age for years"
        " in oak before they are sold.</p><p>Three districts share the name, each with its own soils and"
        " climate, and the growers' association sets the rules for all of them.</p></article></body></html>"
    )
    assert extract_article(html, "https://www.vinosytapas.de/wein/rioja/").authors == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # Dublin Core and citation_author write one person a tag, inverted: "Harm, Robert" (ihrwebprofi.at,
        # whose rights holder is "Robert Harm"), "Jong, Michiel de", "Kooman, F." (an IETF draft; tune half)
        ('<meta name="DC.creator" content="Harm, Robert">', ["Robert Harm"]),
        ('<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">',
         ["F. Kooman", "Michiel de Jong"]),
        ('<meta name="citation_author" content="Doe, Jane">', ["Jane Doe"]),
        # two full names are two persons; a plain <meta name=author> of one surname and one given name is
        # one person inverted too (session 14: it gave "Harm" and "Robert"; tests/test_extract_fields14.py)
        ('<meta name="DC.creator" content="Jane Doe, John Roe">', ["Jane Doe", "John Roe"]),
        ('<meta name="author" content="Harm, Robert">', ["Robert Harm"]),
        ('<meta name="author" content="Jane Doe, John Roe">', ["Jane Doe", "John Roe"]),
        # two agencies are no inverted person ("AP Reuters"; hand-built, review of session 7)
        ('<meta name="DC.creator" content="Reuters, AP">', ["Reuters", "AP"]),
    ],
)  # fmt: skip
def test_inverted_names_of_library_metadata(head: str, expected: list[str]) -> None:
    html = (
        f"<html><head>{head}</head><body><article><h1>Voting opens for the content award</h1><p>Readers can"
        " vote for their favourite entries until the end of the month, and the jury will announce the"
        " winners at a ceremony in Vienna.</p><p>Last year more than two thousand votes were cast in the"
        " first week alone, the organisers said.</p></article></body></html>"
    )
    assert extract_article(html, "https://blog.example/2011/09/17/content-award-voting/").authors == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # hand-built: a colon after a weak label; WordPress's default meta line in a theme that marks neither
        # part with a class
        ("Written by: Jane Doe", ["Jane Doe"]),
        ("Posted by: Jane Doe", ["Jane Doe"]),
        ("Posted on March 3, 2020 by Jane Doe", ["Jane Doe"]),
        ("Posted on March 3, 2020 by admin", []),
        # a label is evidence enough: the story's lower-case "justice" makes no topic of a name after "by";
        # without the label it does (the price of the unlabelled rule: a name that is a word of the story)
        ("March 3, 2020 by Justice Smith", ["Justice Smith"]),
        ("March 3, 2020 · Justice Smith", []),
    ],
)
def test_labelled_bylines_in_a_plain_meta_line(line: str, expected: list[str]) -> None:
    html = (
        '<html><head><meta property="og:type" content="article"></head><body><main><article><h1>Talks on'
        f" climate funds stall in Bonn</h1><p>{line}</p>{_CLIMATE_STORY}</article></main></body></html>"
    )
    assert extract_article(html.encode(), "https://news.example/world/climate-talks").authors == expected


_JA_STORY = (
    "米政府は4日、中国からの輸入品に対する新たな関税措置を発表した。対象となるのは電気自動車や半導体など"
    "幅広い品目で、発動は来月からとなる見通しだ。"
)


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        # hand-built: a Japanese newspaper's dateline byline opens the story, the place filed from and the
        # reporter (with or without the role) or the agency in brackets (Nikkei's, Yomiuri's, Asahi's style)
        ("【ワシントン＝山田太郎】", ["山田太郎"]),
        ("（ニューヨーク=佐藤花子特派員）", ["佐藤花子"]),
        ("【北京=共同】", ["共同"]),
        # brackets without an equals sign label the piece, they name nobody
        ("【速報】", []),
    ],
)
def test_japanese_dateline_byline_at_the_start_of_the_story(dateline: str, expected: list[str]) -> None:
    html = (
        '<html lang="ja"><head><meta charset="utf-8"><meta property="og:type" content="article"></head><body>'
        '<article><h1>米、対中関税を拡大へ</h1><p class="date">2024年3月4日 10:00</p>'
        f"<p>{dateline}{_JA_STORY}</p><p>{_JA_STORY}</p><p>{_JA_STORY}</p></article></body></html>"
    )
    assert extract_article(html.encode(), "https://www.example.co.jp/article/DGXZQO123/").authors == expected


def test_a_link_to_the_authors_page_under_the_headline() -> None:
    # modepilot.de (tune half): "<h1>...</h1><div class='post__ArticlePostMeta-ggl8r7-4 IIFDp'><ul><li><a
    # href=/author/modejournalistin/>Kathrin Bierling</a></li><li><time ...>": no class names a byline, no
    # label, the metadata gives only a Facebook profile; the link to the author's page does
    assert authors_of("de_modepilot_author_page_link") == ["Kathrin Bierling"]


_COUNCIL_STORY = (
    "<p>The city council voted on Tuesday to approve a new budget for the coming year, after weeks of"
    " debate over spending on roads, schools and the public library.</p><p>Council members said the plan"
    " would raise property taxes slightly, but that the increase was needed to keep services running.</p>"
)


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        # hand-built: the shapes of themes that set no byline class
        ('<div class="post-meta"><a href="/author/jane-doe/">Jane Doe</a> | March 3, 2020</div>',
         ["Jane Doe"]),
        ('<p><a href="https://news.example/people/jane-doe">Jane Doe</a>, March 3, 2020</p>', ["Jane Doe"]),
        ('<p><a href="/staff/jane-doe">Jane Doe</a> and <a href="/staff/john-roe">John Roe</a></p>',
         ["Jane Doe", "John Roe"]),
        # a link's text that is no name; a writer linked in the story's text is someone it quotes
        ('<div class="post-meta"><a href="/author/jane-doe/">More</a></div>', []),
        ('<p>As <a href="/author/john-roe">John Roe</a> reported last week, the mayor had asked the council'
         " to hold spending flat for a third year in a row.</p>", []),
        # the story's topics under its headline: the persons it is about, linked to their topic pages
        # (hand-built, review of session 7)
        ('<div class="article__topics"><a href="/people/jane-doe">Jane Doe</a> <a href="/places/springfield">'
         "Springfield</a></div>", []),
        ('<p><a rel="tag" href="/people/jane-doe">Jane Doe</a></p>', []),
    ],
)  # fmt: skip
def test_links_to_authors_pages_in_the_header(meta: str, expected: list[str]) -> None:
    html = (
        '<html><head><meta property="og:type" content="article"></head><body><main><article><h1>Council'
        f" approves budget</h1>{meta}{_COUNCIL_STORY}</article></main></body></html>"
    )
    assert extract_article(html, "https://news.example/local/council-approves-budget").authors == expected


def test_an_author_box_in_a_layout_container_named_for_the_sidebar() -> None:
    # fincompare.de (tune half): the story and its sidebar share a "sidebar-wrapper" that holds the
    # headline too; the author box inside it ("<div class='author-bio footer'><h3>Martin Junker</h3>") is
    # the story's, not a box of other stories beside it
    assert authors_of("de_fincompare_author_box_in_layout_sidebar") == ["Martin Junker"]
