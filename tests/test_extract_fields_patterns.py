"""Fields no benchmark scores (modification date, images, tags, section, standfirst), each rule on a real
saved page of the shared corpora's tune half (tests/fixtures/generic/<case>/, see meta.json's "source"), or
on a small hand-made page where no corpus page shows the pattern. `python benchmarks/fields_sweep.py`
counts the suspicious values of these fields on all the corpora.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsarchive.dates import parse_iso
from newsarchive.extract import extract_article
from newsarchive.extract.author_names import clean_authors
from newsarchive.extract.fields.media import split_caption_credit
from newsarchive.items import Article

CASES = Path(__file__).parent / "fixtures" / "generic"


def extract(case: str) -> Article:
    meta = json.loads((CASES / case / "meta.json").read_text(encoding="utf-8"))
    return extract_article((CASES / case / "page.html").read_bytes(), meta["url"], generic=True)


def _page(lang: str, line: str) -> str:
    body = "<p>" + "The council met on Monday and agreed on the plan for the new bridge. " * 20 + "</p>"
    return (
        f'<html lang="{lang}"><head><title>Council agrees bridge plan</title></head><body><article>'
        f'<h1>Council agrees bridge plan</h1><div class="byline">{line}</div>{body}</article></body></html>'
    )


# --- modification date ------------------------------------------------------------------------------------
def test_updated_line_gives_the_modification_time() -> None:
    # no dateModified anywhere; the story shows "Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46"
    article = extract("en_kbs_updated_line")
    assert article.published_at == "2023-11-07T15:03:30+00:00"
    assert article.modified_at == "2023-11-07T15:30:46+00:00"


def test_portuguese_atualizado_line() -> None:
    # "postado em 04/05/2022 05:49 / atualizado em 04/05/2022 05:50", no declared modification time
    article = extract("pt_correio_atualizado")
    assert article.published_at == "2022-05-04T05:49:00+00:00"
    assert article.modified_at == "2022-05-04T05:50:00+00:00"


def test_modification_before_publication_is_no_modification() -> None:
    # t3n.de declares dateModified 15:16:29, four minutes before its datePublished 15:20:33 (the CMS's last
    # save before the scheduled publication): the record has no modification time rather than one that
    # says the story changed before it appeared
    article = extract("de_t3n_modified_before_published")
    assert article.published_at == "2023-11-06T15:20:33+01:00"
    assert article.modified_at is None


@pytest.mark.parametrize(
    ("lang", "line", "modified"),
    [
        (
            "en-US",
            "By Jane Doe | Published March 3, 2024 at 9:00 a.m. | Updated March 4, 2024 at 8:02 a.m.",
            "2024-03-04T08:02:00",
        ),
        (
            "de",
            "Veröffentlicht: 03.03.2024, 09:00 Uhr. Aktualisiert: 04.03.2024, 08:02 Uhr",
            "2024-03-04T08:02:00",
        ),
        ("fr", "Publié le 3 mars 2024 à 09h00, mis à jour le 4 mars 2024 à 08h02", "2024-03-04T08:02:00"),
        ("ja", "2024年3月3日 9:00 更新 2024年3月4日 8:02", "2024-03-04T08:02:00"),
        ("es", "3 de marzo de 2024 | Actualizado el 4 de marzo de 2024", "2024-03-04T00:00:00"),
    ],
)
def test_updated_line_in_each_language(lang: str, line: str, modified: str) -> None:
    article = extract_article(_page(lang, line), "https://example.org/news/bridge-plan", generic=True)
    assert article.published_at and article.published_at.startswith("2024-03-03")
    assert article.modified_at and article.modified_at.startswith(modified)
    assert parse_iso(article.modified_at) >= parse_iso(article.published_at)  # type: ignore[operator]


def test_shown_time_takes_the_publication_offset() -> None:
    # the page shows its wall clock: the update is at 08:02 where the story was published at 09:00+01:00
    html = _page("de", "Aktualisiert: 04.03.2024, 08:02 Uhr").replace(
        "<head>", '<head><meta property="article:published_time" content="2024-03-03T09:00:00+01:00">'
    )
    article = extract_article(html, "https://example.org/news/bridge-plan", generic=True)
    assert article.modified_at == "2024-03-04T08:02:00+01:00"


def test_updated_line_earlier_than_publication_is_dropped() -> None:
    html = _page("en", "Published March 5, 2024 | Updated: March 4, 2024")
    article = extract_article(html, "https://example.org/news/bridge-plan", generic=True)
    assert article.published_at and article.published_at.startswith("2024-03-05")
    assert article.modified_at is None


def test_update_as_a_noun_is_no_label() -> None:
    # "Coronavirus-Update" (a programme's name) followed by a date is not a modification line
    html = _page("de", "Das Coronavirus-Update vom 18.03.2020")
    assert extract_article(html, "https://example.org/news/bridge-plan", generic=True).modified_at is None


# --- authors ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("（山田太郎）", ["山田太郎"]),
        ("【山田太郎】", ["山田太郎"]),
        ("(Jane Doe)", ["Jane Doe"]),
        ("[Jane Doe]", ["Jane Doe"]),
        ("（山田太郎、鈴木花子）", ["山田太郎", "鈴木花子"]),
        ("Jane Doe (Reuters)", ["Jane Doe (Reuters)"]),  # a note after the name is another rule's
    ],
)
def test_brackets_around_the_whole_byline_are_not_the_name(raw: str, names: list[str]) -> None:
    assert clean_authors([raw]) == names


def test_japanese_byline_in_brackets() -> None:
    # Japanese papers close or open a story with the writer in full-width brackets: （山田太郎）
    body = "<p>" + "政府は月曜日、新しい橋の計画を承認した。" * 20 + "</p>"
    html = (
        '<html lang="ja"><head><title>橋の計画を承認</title></head><body><article><h1>橋の計画を承認</h1>'
        '<div class="byline">（山田太郎）</div>'
        '<time datetime="2024-03-03T09:00:00+09:00">2024年3月3日</time>'
        f"{body}</article></body></html>"
    )
    article = extract_article(html, "https://example.jp/news/123", generic=True)
    assert article.authors == ["山田太郎"]


# --- images -------------------------------------------------------------------------------------------------
def test_lazy_loaded_figure_gives_its_real_image() -> None:
    # WordPress a3-lazy-load: src="lazy_placeholder.gif", the picture in data-src
    urls = [image.url for image in extract("de_uepo_date_line").images]
    assert not any("placeholder" in url for url in urls)
    assert (
        "https://uepo.de/wp-content/uploads/2019/01/bbaw_reinhard_ferdinand_ccbysa40_1200-e1547677552981-678x381.jpg"
        in urls
    )


def test_placeholder_and_site_logo_are_no_lead_image() -> None:
    # wordpress.com declares og:image https://s0.wp.com/i/blank.jpg for a post without a picture;
    # blogspot's Google blog declares the Google logo
    assert extract("en_boingboing_wpcom_blank_image").images == []
    assert extract("en_blogger_widget_blog_byline_team").images == []


def test_teaser_images_of_other_stories_are_not_the_articles() -> None:
    # hrjournal.de's "related posts" thumbnails (each a link to another story) sit inside the <article>
    urls = [image.url for image in extract("de_hrjournal_related_teaser_images").images]
    assert urls == ["https://www.hrjournal.de/wp-content/uploads/2022/12/Jahreswechsel_2022_12.jpg"]


def test_captioned_figure_linking_elsewhere_is_the_stories() -> None:
    # blog.teufel.de: the picture links to the product, its caption stands beside the link
    captions = [image.caption for image in extract("de_teufel_author_box_heading").images]
    assert any(c and c.startswith("Zur Ruhe kommen und abschalten") for c in captions)


def test_image_url_spaces_are_encoded() -> None:
    html = (
        '<html><head><meta property="og:image" content="/assets/upload/Umwelt und Klima/a.jpg"></head>'
        "<body><article><h1>Energie</h1><p>" + "Text des Artikels. " * 40 + "</p></article></body></html>"
    )
    article = extract_article(html, "https://www.example.at/soziale-energie", generic=True)
    assert [i.url for i in article.images] == [
        "https://www.example.at/assets/upload/Umwelt%20und%20Klima/a.jpg"
    ]


# --- tags and section ---------------------------------------------------------------------------------------
def test_keywords_joined_in_one_tag_are_split() -> None:
    # winfuture.de: <meta property="article:tag" content="Streaming, Forschung, Wissenschaft, ...">
    article = extract("de_winfuture_joined_keywords")
    assert article.tags[:3] == ["Streaming", "Forschung", "Wissenschaft"]
    # and article:section "Internet, Streaming-Dienste, NASA" is a list: its first section
    assert article.section == "Internet"


def test_site_name_is_no_tag() -> None:
    # mdr.de's keywords end with "MDR", the site itself
    tags = extract("de_mdr_kicker_in_h1").tags
    assert "Thüringen" in tags
    assert "MDR" not in tags


def test_placeholder_sections_are_no_section() -> None:
    # the breadcrumb's first item (kas.de "Startseite") and WordPress's default category (piratenpartei.at
    # "Uncategorized") name no section
    assert extract("de_kas_local_midnight_utc").section is None
    assert extract("de_piratenpartei_site_suffix").section is None
    # interscenar.io declares "Politik, Eindrücke, Inland"
    assert extract("de_interscenar_hidden_site_in_h1").section == "Politik"


def test_tags_of_a_list_keep_their_commas() -> None:
    # a list of tags is tags already: nytimes.com writes people "Trump, Donald J"
    html = (
        '<html><head><meta property="article:tag" content="Trump, Donald J">'
        '<meta property="article:tag" content="Federal Budget (US)"></head>'
        "<body><article><h1>Budget talks</h1>"
        "<p>" + "The budget talks went on. " * 40 + "</p></article></body></html>"
    )
    article = extract_article(html, "https://www.example.com/2020/budget.html", generic=True)
    assert article.tags == ["Trump, Donald J", "Federal Budget (US)"]


# --- canonical URL, standfirst -----------------------------------------------------------------------------
def test_canonical_that_is_the_home_page_gives_way() -> None:
    # piratenpartei.at: <link rel="canonical" href="https://www.piratenpartei.at"> on a post (og:url: it)
    article = extract("de_piratenpartei_site_suffix")
    assert article.canonical_url == (
        "https://www.piratenpartei.at/volksbegehren-zum-bedingungslosen-grundeinkommen-bge/"
    )


def test_standfirst_that_repeats_the_headline_is_none() -> None:
    html = (
        "<html><head><title>Bridge plan agreed</title></head><body><article><h1>Bridge plan agreed</h1>"
        '<p class="subtitle">Bridge plan agreed</p><p>' + "The council agreed on the plan. " * 40 + "</p>"
        "</article></body></html>"
    )
    assert extract_article(html, "https://example.org/news/bridge", generic=True).standfirst is None


def test_credit_at_the_end_of_a_caption_is_the_images_credit() -> None:
    # t3n.de: <figcaption>Ab 2025 könnte Apple ... verbauen. (Foto: iFixit)</figcaption>
    image = extract("de_t3n_modified_before_published").images[0]
    assert image.caption == "Ab 2025 könnte Apple seine eigenen iPhone-Akkus verbauen."
    assert image.credit == "Foto: iFixit"
    # uepo.de: "... Gendarmenmarkt. – Bild: Reinhard Ferdinand, Lizenz CC BY-SA 4.0"
    credits = [i.credit for i in extract("de_uepo_date_line").images]
    assert "Bild: Reinhard Ferdinand, Lizenz CC BY-SA 4.0" in credits


@pytest.mark.parametrize(
    ("caption", "split"),
    [
        ("Jacket Meerwind Süd/Ost © WindMW GmbH", ("Jacket Meerwind Süd/Ost", "© WindMW GmbH")),
        ("© René van Bakel", (None, "© René van Bakel")),
        (
            "Can you spot the anomaly? Photo by Ricardo Gomez Angel",
            ("Can you spot the anomaly?", "Photo by Ricardo Gomez Angel"),
        ),
        ("The source: a river in the Alps", ("The source: a river in the Alps", None)),
    ],
)
def test_caption_credit_split(caption: str, split: tuple[str | None, str | None]) -> None:
    assert split_caption_credit(caption) == split


@pytest.mark.parametrize(
    "line",
    [
        "larepublica_peediciondigital@glr.pe",
        "Motorsport-Magazin.com Redakteur",
        "Handball Schweiz • 02.02.2022",
        "1.11.23 20:19 von Jane Doe Lesezeit: 4 Min.",
        "Jane Doe | Community 1 Teilen:",
    ],
)
def test_byline_or_meta_line_is_no_standfirst(line: str) -> None:
    # what standfirst selectors ([itemprop=description], *subtitle*) met in the byline block on
    # larepublica.pe, motorsport-magazin.com, handball.ch, tarnkappe.info, freitag.de (tune half)
    html = (
        '<html><head><meta name="author" content="Jane Doe"><title>Bridge plan agreed</title></head><body>'
        f'<article><h1>Bridge plan agreed</h1><p class="subtitle">{line}</p><p>'
        + "The council agreed on the plan. " * 40
        + "</p></article></body></html>"
    )
    assert extract_article(html, "https://example.org/news/bridge", generic=True).standfirst is None


def test_real_standfirst_with_a_date_stays() -> None:
    line = "The council agreed on the plan for the new bridge on 3 March 2024 after two years of debate"
    html = (
        "<html><head><title>Bridge plan agreed</title></head><body><article><h1>Bridge plan agreed</h1>"
        f'<p class="subtitle">{line}</p><p>'
        + "The council agreed on the plan. " * 40
        + "</p></article></body></html>"
    )
    assert extract_article(html, "https://example.org/news/bridge", generic=True).standfirst == line


# --- language -----------------------------------------------------------------------------------------------
def test_language_missing_is_read_from_the_text() -> None:
    # a German Blogger post and a Chinese page that declare no language at all
    assert extract("de_blogger_eingestellt_von").language == "de"
    assert extract("zh_banyuetan_fullwidth_colon").language == "zh"


def test_declared_language_the_text_is_not_in_gives_way() -> None:
    # the page declares <html lang="de">; its story is in English, without a German function word
    assert extract("en_businessinsider_story_three_times").language == "en"


def test_declared_language_stays_on_placeholder_or_mixed_text() -> None:
    lorem = "Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod tempor et est. "
    html = (
        '<html lang="en"><head><title>Test page</title></head><body><article><h1>Test page</h1><p>'
        + lorem * 12
        + "</p></article></body></html>"
    )
    assert extract_article(html, "https://example.org/test", generic=True).language == "en"
    # a German page quoting English keeps its German
    text = "Der Bericht zeigt, dass die Stadt nicht mit dem Plan einverstanden ist, sagt sie. " * 6
    text += "The report says that the city is not happy with the plan and that it was not consulted. " * 3
    html = html.replace('lang="en"', 'lang="de"').replace(lorem * 12, text)
    assert extract_article(html, "https://example.org/test", generic=True).language == "de"
