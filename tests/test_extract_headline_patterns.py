"""Headline patterns that generalise across publishers, each on a real saved page.

The pages are single pages of the tune half of the shared corpora (tests/fixtures/generic/<case>/, see each
meta.json's "source"); benchmarks/generalisation.py measures the same rules on all three corpora. The fixture
tests (test_extract_fixtures.py) hold every field of these pages; this file names the one headline pattern
each page is here for, so a change that breaks it says which rule it broke.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.fields.titles import cut_at_mark, echoes, host_names, outer_part
from newsarchive.extract.page import strip_site_name
from newsarchive.items import Article

CASES = Path(__file__).parent / "fixtures" / "generic"


def extract(case: str) -> Article:
    meta = json.loads((CASES / case / "meta.json").read_text(encoding="utf-8"))
    return extract_article((CASES / case / "page.html").read_bytes(), meta["url"], generic=True)


def test_wordpress_blog_archive_part_is_not_headline() -> None:
    # WordPress's default theme: <title>Time 4 talks » Blog Archiv » Weitere Digitalisierung ...</title>,
    # the <h1> holds the blog's name and there is no og:title
    article = extract("de_time4talks_blog_archive")
    assert article.headline == "Weitere Digitalisierung der Schweizer Kinos"


def test_og_title_cut_at_an_unescaped_quote_is_completed() -> None:
    # <meta property="og:title" content="... califica a Biden de "incapacitado""> reads "... Biden de";
    # <title> holds the whole headline
    article = extract("es_eluniversal_truncated_og_title")
    assert article.headline == 'Senador republicano califica a Biden de "incapacitado"'


def test_visually_hidden_site_name_in_h1_is_not_headline() -> None:
    # Drupal: <h1>Was wir über uns nicht hören wollen<span class="element-invisible"> | FASSETTE.NET</span>
    article = extract("de_interscenar_hidden_site_in_h1")
    assert article.headline == "Was wir über uns nicht hören wollen"


def test_chinese_full_width_colon_inside_headline_stays() -> None:
    # "益阳：“数字”是优长-半月谈": the full-width colon separates a place and the headline, not the site
    article = extract("zh_banyuetan_fullwidth_colon")
    assert article.headline == "益阳：“数字”是优长"


def test_blog_short_name_in_h1_gives_way_to_og_title() -> None:
    # Tumblr: <h1>Minecraft News</h1> over every post, og:site_name "Minecraft Update News"
    article = extract("en_tumblr_blog_name_h1")
    assert article.headline == "Minecraft 1.8 - The Bountiful Update"


def test_section_part_of_title_is_cut_where_a_heading_shows_the_headline() -> None:
    # German federal site: no og:title, the <h1> is the site's logo, <title>Zoll online - Fachmeldungen -
    # Verkündung des Tabaksteuermodernisierungsgesetzes</title>; the page's heading is the last part
    article = extract("de_zoll_section_in_title")
    assert article.headline == "Verkündung des Tabaksteuermodernisierungsgesetzes"


def test_breadcrumb_title_is_cut_to_the_part_a_heading_shows() -> None:
    # <title>www.bundespraesident.de: Der Bundespräsident / Reden / Rede von ...</title>, the first <h1> a
    # skip link ("Navigation und Service"); a later <h1> shows the last part on its own
    article = extract("de_bundespraesident_breadcrumb_title")
    assert article.headline == (
        "Rede von Bundespräsident Johannes Rau beim Föderalismuskonvent der deutschen Landesparlamente"
    )


def test_section_label_inside_h1_is_not_headline() -> None:
    # US news theme: <h1 class="entry-title"><div class="entry-section"><a>Politics | </a></div>
    # <span class="dfm-title">St. Louis Park elects ...</span></h1>
    article = extract("en_twincities_section_in_h1")
    assert article.headline.startswith("St. Louis Park elects a new mayor")


def test_heading_shows_the_title_cut_at_an_unknown_mark() -> None:
    # Pixnet blog: <title>新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::</title>, the <h1>s
    # are the platform's logo and the blog's name; an <h2> shows the post's title before the " @ Blog"
    # (the same title formats, "Headline ⋆ Site", "Headline › Site", "Headline (Site)", are on traf-eval
    # tune pages whose <h1> gives the headline)
    article = extract("zh_pixnet_blog_name_after_at")
    assert article.headline == "新竹尖石_美樹營地賞楓 (2)"


@pytest.mark.parametrize(
    ("title", "heading", "cut"),
    [
        ("Laufen im Winter ⋆ Nordish by Nature", "Laufen im Winter", True),
        ("»Einfach kein Geld mehr« (neues deutschland)", "»Einfach kein Geld mehr«", True),
        ("Blog » Weitere Digitalisierung der Kinos", "Weitere Digitalisierung der Kinos", True),
        # a headline's own sentence marks and words are no cut
        ("Kind krank? Was Arbeitgeber wissen müssen", "Kind krank", False),
        ("Apple arbeitet an eigenen Akkus", "Apple arbeitet", False),
        # too short to stand for a headline
        ("Home ⋆ Site", "Home", False),
    ],
)
def testcut_at_mark(title: str, heading: str, cut: bool) -> None:
    assert cut_at_mark(title, heading) is cut


def _page(h1: str, og_title: str) -> str:
    paragraph = "<p>" + "Ministers met to discuss the trade agreement. " * 9 + "</p>"
    head = f'<meta property="og:title" content="{og_title}">'
    return f"<html><head>{head}</head><body><article><h1>{h1}</h1>{paragraph}</article></body></html>"


@pytest.mark.parametrize(
    ("h1", "og_title", "expected"),
    [
        # an unmarked kicker ends where an element starts or ends: the metadata title is the headline
        ("<em>Holocaust-Gedenktag </em>Erinnerung an die Opfer", "Erinnerung an die Opfer",
         "Erinnerung an die Opfer"),
        ("Holocaust-Gedenktag<br>Erinnerung an die Opfer", "Erinnerung an die Opfer",
         "Erinnerung an die Opfer"),
        # a word the metadata title leaves out inside the <h1>'s text is the <h1>'s own
        ("Der Nervenkrieg um den Brexit", "Nervenkrieg um den Brexit", "Der Nervenkrieg um den Brexit"),
        # the byline a theme sets in the <h1>
        ('Senate passes the budget <span class="entry-byline">By Jane Doe</span>', "Senate passes the budget",
         "Senate passes the budget"),
        # a subtitle set inside the <h1>: left out where the metadata title does not hold it, kept where the
        # publisher's own title carries it
        ('Brexit vote delayed <span class="headline-subtitle">What happens next</span>',
         "Brexit vote delayed", "Brexit vote delayed"),
        ('Brexit vote delayed: <span class="headline-subtitle">What happens next</span>',
         "Brexit vote delayed: What happens next", "Brexit vote delayed: What happens next"),
        # the date a theme prints inside the <h1>
        ('Zuschauer kehren zurück <time datetime="2022-02-02">02.02.2022</time>', "Zuschauer kehren zurück",
         "Zuschauer kehren zurück"),
    ],
)  # fmt: skip
def test_h1_against_metadata_title(h1: str, og_title: str, expected: str) -> None:
    assert extract_article(_page(h1, og_title), "https://www.example.org/a/1").headline == expected


def test_generic_titles_are_not_headlines() -> None:
    # a CMS's default og:title and the label of its detail view in the <h1>: the <title> names the story
    html = _page("Detailansicht", "Startseite").replace(
        "<head>", "<head><title>Tag des Zweinutzungshuhns am 22. Januar</title>"
    )
    assert (
        extract_article(html, "https://www.example.org/a/1").headline
        == "Tag des Zweinutzungshuhns am 22. Januar"
    )


@pytest.mark.parametrize(
    ("title", "sites", "expected"),
    [
        # a headline that starts with the site's name is no site-name part (aeb-dev, The Guardian)
        (
            "The Guardian view on Hong Kong: a city on the brink | Editorial",
            ["theguardian", "guardian"],
            "The Guardian view on Hong Kong: a city on the brink | Editorial",
        ),
        # a topic the site's name ends with stays (traf-eval, offshore-stiftung.de)
        (
            "Offshore-Windenergie – Sauberer Strom vom Meer | Stiftung OFFSHORE-WINDENERGIE",
            ["stiftungoffshorewindenergie"],
            "Offshore-Windenergie – Sauberer Strom vom Meer",
        ),
        # "Topic: Headline": a colon cuts only the site's own name (traf-eval, smava.de)
        (
            "Privatkredit-Zinsen: So ermitteln Sie Ihre Kosten | SMAVA",
            ["privatkredit", "smava"],
            "Privatkredit-Zinsen: So ermitteln Sie Ihre Kosten",
        ),
        (
            "Python Insider: Python 3.6.0 is now available!",
            ["pythoninsider"],
            "Python 3.6.0 is now available!",
        ),
        # the date and the domain a CMS appends (traf-eval, dw.com; interscenar.io)
        (
            "Berlin confronts Germany's colonial past with new initiative | DW | 19.01.2020",
            ["dw"],
            "Berlin confronts Germany's colonial past with new initiative",
        ),
        ("Muffin Grundrezept : Muffin Rezepte", ["muffinrezept"], "Muffin Grundrezept"),
        # Japanese titles: the full-width bar and colon
        (
            "子どもへの体罰を禁止する法律ができる｜NHKニュース",
            ["nhkニュース", "nhk"],
            "子どもへの体罰を禁止する法律ができる",
        ),
        ("日銀、金融緩和を維持：日本経済新聞", ["日本経済新聞"], "日銀、金融緩和を維持"),
        # the site's name, then its slogan (traf-eval, ladiaria.com.uy, advents-shopping.de)
        (
            "Productor fumigó con glifosato | la diaria | Uruguay",
            ["ladiaria"],
            "Productor fumigó con glifosato",
        ),
        (
            "Die Weihnachtsmarkt-Saison beginnt! - Advents Shopping - Weihnachten für alle Sinne",
            ["adventsshopping"],
            "Die Weihnachtsmarkt-Saison beginnt!",
        ),
        ("見出し | 東洋経済オンライン | 社会をよくする経済ニュース", ["東洋経済オンライン"], "見出し"),
        # ... but not the name a colon joins to the headline (traf-eval, drk.de)
        (
            "UN-Klimakonferenz in Glasgow - DRK: Immer mehr Menschen auf Hilfe angewiesen",
            ["drk"],
            "UN-Klimakonferenz in Glasgow - DRK: Immer mehr Menschen auf Hilfe angewiesen",
        ),
        # a CMS's label for any page at either end (traf-eval, wdr.de and golf.de)
        (
            "Correctiv-Recherche: Deutsche Waffen für Russland - Nachrichten - WDR",
            ["wdrde", "www1"],
            "Correctiv-Recherche: Deutsche Waffen für Russland",
        ),
        ("News - Elder: Aus dem Ghetto nach Augusta", ["golf"], "Elder: Aus dem Ghetto nach Augusta"),
        # ... but not one a colon joins to the headline
        ("Home: Where the heart is", ["example"], "Home: Where the heart is"),
        # hand-built: the horizontal bar Japanese titles set as a spaced dash (Sponichi's and 4Gamer's shapes)
        ("大谷が2試合連続弾 ― スポニチ Sponichi Annex 野球", ["スポニチ", "sponichi"], "大谷が2試合連続弾"),
        ("4Gamer.net ― 新作RPGの発売日が決定", ["4gamer"], "新作RPGの発売日が決定"),
        # a separator left dangling at the end (readability, pixnet)
        ("Post title :: 痞客邦 PIXNET ::", ["痞客邦pixnet"], "Post title"),
    ],
)
def test_strip_site_name(title: str, sites: list[str], expected: str) -> None:
    assert strip_site_name(title, sites) == expected


def test_later_h1_that_metadata_confirms_is_headline() -> None:
    # Blogger: the first <h1> is the blog's name ("EMACSPEAK The Complete Audio Desktop"), the post's own
    # <h1 class=title> comes later; og:title confirms it, the visible wording wins
    article = extract("en_blogger_date_header")
    assert article.headline == "Meta-Programming In Emacs Using defadvice"


def test_generic_og_title_gives_way_to_h1_and_title_that_agree() -> None:
    # hand-built after a Yahoo News page (readability "yahoo-2", tune half): og:title is the site's name and
    # slogan on every page, the first <h1> in the <article> is a slideshow caption; <title> and a later
    # <h1> name the story
    html = (
        '<html><head><meta charset="utf-8"><title>Russia: Space ship breaks up over Siberia</title>'
        '<meta property="og:title" content="Yahoo News - Latest News &amp; Headlines">'
        '<meta property="og:site_name" content="Yahoo"></head><body>'
        '<header><a href="/">Yahoo News</a></header>'
        "<main><div><h1>Russia: Space ship breaks up over Siberia</h1>"
        "<p>An unmanned Russian cargo space ship broke up in the atmosphere over Siberia on Thursday"
        " because of an unspecified malfunction, the Russian space agency said.</p>"
        '<article><h1 class="slideshow-headline">In this photo dated Tuesday, the rocket booster blasts'
        " off from the launch pad</h1></article></div></main></body></html>"
    )
    url = "https://www.yahoo.com/news/russia-space-ship.html"
    article = extract_article(html.encode(), url, generic=True)
    assert article.headline == "Russia: Space ship breaks up over Siberia"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (
            "Turkey, Poland and three Caribbean islands added to UK quarantine list",
            "Turkey, Poland, Caribbean islands added to UK quarantine list",
            True,
        ),
        ("Meta-Programming In Emacs Using defadvice", "Meta-Programming In Emacs Using Defadvice", True),
        # a section label the <title> holds, one shared word
        ("Fachmeldungen", "Fachmeldungen - Verkündung des Tabaksteuermodernisierungsgesetzes", False),
        ("Aktuelle Produkttests", "Jetzt Produkttester werden - so einfach geht's", False),
    ],
)
def test_echoes(a: str, b: str, same: bool) -> None:
    assert echoes(a, b) is same


def test_h1_the_url_slug_names_is_headline() -> None:
    # the <title> is the site's for every page ("Ausflugtipps Niederrhein und Ruhrgebiet"), no og:title;
    # the <h1> shares no word with it but is what the URL's slug spells (.../essenwestviertel.htm)
    article = extract("de_rheinruhronline_h1_named_by_slug")
    assert article.headline == "Essen-Westviertel"


def test_slug_does_not_outvote_a_title_that_names_it_too() -> None:
    # hand-built: the <h1> is the section's motto, the <title> is the page's own title and the slug spells it
    html = _page("Was ist Creative Commons?", "Wie funktionierts").replace("<head>", "<head><title>x</title>")
    assert extract_article(html, "https://www.example.ch/wie-funktionierts/").headline == "Wie funktionierts"


@pytest.mark.parametrize(
    ("title", "labels", "expected"),
    [
        # a CMS's label in front, the site's name behind: both go (hand-built, the "News - X - Site" shape)
        ("News - Stadtrat beschließt neuen Haushalt - Example News", (),
         "Stadtrat beschließt neuen Haushalt"),
        ("Blog | Stadtrat beschließt neuen Haushalt | Example News", (),
         "Stadtrat beschließt neuen Haushalt"),
        # the page's own section in front or between headline and site name
        ("Politik - Stadtrat beschließt neuen Haushalt - Example News", {"politik"},
         "Stadtrat beschließt neuen Haushalt"),
        ("Stadtrat beschließt neuen Haushalt | Politik | Example News", {"politik"},
         "Stadtrat beschließt neuen Haushalt"),
        # not a section the page does not name, nor one a colon joins to the headline
        ("Politik - Stadtrat beschließt neuen Haushalt - Example News", (),
         "Politik - Stadtrat beschließt neuen Haushalt"),
        ("Politik: Stadtrat beschließt neuen Haushalt - Example News", {"politik"},
         "Politik: Stadtrat beschließt neuen Haushalt"),
        # nor the label of a dated entry: the date alone is no headline (traf-eval, a ucoz blog's
        # "Briefe - 26 Oktober 2010" under /blog/briefe/)
        ("Briefe - 26 Oktober 2010", {"blog", "briefe"}, "Briefe - 26 Oktober 2010"),
    ],
)  # fmt: skip
def test_label_parts_of_title_are_cut(title: str, labels: set[str], expected: str) -> None:
    assert strip_site_name(title, ["examplenews"], labels) == expected


def _titled_page(head: str, body: str = "") -> str:
    paragraph = "<p>" + "Der Rat stimmte nach langer Debatte über den Entwurf ab. " * 9 + "</p>"
    return f"<html><head>{head}</head><body>{body}<article>{paragraph}</article></body></html>"


@pytest.mark.parametrize(
    ("head", "url"),
    [
        # the URL's folder
        ("", "https://www.example-news.de/politik/2020/stadtrat-haushalt"),
        # the declared section
        ('<meta property="article:section" content="Politik">', "https://www.example-news.de/a/1"),
        # the JSON-LD breadcrumb (its last item is the story itself)
        ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "BreadcrumbList",'
         ' "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Politik"}, {"@type":'
         ' "ListItem", "position": 2, "name": "Stadtrat beschließt neuen Haushalt"}]}</script>',
         "https://www.example-news.de/a/1"),
    ],
)  # fmt: skip
def test_section_label_in_front_of_title_is_cut(head: str, url: str) -> None:
    # hand-built: <title>Politik - Headline - Site</title>, the <h1> is the site's logo, no og:title
    html = _titled_page(
        "<title>Politik - Stadtrat beschließt neuen Haushalt - Example News</title>" + head,
        '<header><h1><a href="/">Example News</a></h1></header>',
    )
    assert extract_article(html, url).headline == "Stadtrat beschließt neuen Haushalt"


def test_title_cut_short_by_an_ellipsis_gives_way_to_the_whole_heading() -> None:
    # hand-built: og:title and <title> end in "...", no <h1>; the story's heading shows the whole title
    html = _titled_page(
        '<meta property="og:title" content="Der Stadtrat beschließt einen neuen Haushalt für das ...">',
        '<h2 class="entry-title">Der Stadtrat beschließt einen neuen Haushalt für das Jahr 2021</h2>',
    )
    assert (
        extract_article(html, "https://www.example.org/a/1").headline
        == "Der Stadtrat beschließt einen neuen Haushalt für das Jahr 2021"
    )


@pytest.mark.parametrize(
    ("head", "h1", "url", "expected"),
    [
        # hand-built after the Japanese news shape: the section's name as the page's <h1>, the story's title
        # in <title> only (the CJK word 政治 shares a character pair with the title, so it passed as the
        # headline)
        ("<title>岸田首相、政治資金問題で会見 - 産経ニュース</title>"
         '<meta property="og:site_name" content="産経ニュース">'
         '<meta property="article:section" content="政治">',
         "政治", "https://www.sankei.com/article/20240101-ABCDEF/", "岸田首相、政治資金問題で会見"),
        # hand-built: "<h1>Politics</h1>" under /politics/
        ("<title>Senate passes the politics budget bill | Politics | Example Times</title>"
         '<meta property="og:site_name" content="Example Times">', "Politics",
         "https://www.example-times.com/politics/2024/01/01/senate-budget",
         "Senate passes the politics budget bill"),
        # ... but a page the publisher titles with that word keeps it (a section's own page)
        ("<title>Politics | Example Times</title>", "Politics", "https://www.example-times.com/politics/x/a",
         "Politics"),
    ],
)  # fmt: skip
def test_section_label_as_h1_is_not_headline(head: str, h1: str, url: str, expected: str) -> None:
    html = _titled_page('<meta charset="utf-8">' + head, f"<h1>{h1}</h1>")
    assert extract_article(html.encode(), url).headline == expected


def test_site_name_learned_from_title_beside_og_title() -> None:
    # hand-built: a blog's unlinked name as its <h1>, no og:site_name, a host that is not the name; the
    # <title> adds " | Wandering Soles Journal" to the og:title, so that part is the site's name
    body = "<p>" + "We walked up the ridge before sunrise and the valley was still dark. " * 10 + "</p>"
    html = (
        "<html><head><title>Hiking the Rota Vicentina in winter | Wandering Soles Journal</title>"
        '<meta property="og:title" content="Hiking the Rota Vicentina in winter"></head><body>'
        "<header><h1>Wandering Soles Journal</h1><p>Travel notes</p></header>"
        f"<article><h2>Hiking the Rota Vicentina in winter</h2>{body}</article></body></html>"
    )
    url = "https://ws-journal.example.net/2023/01/rota-vicentina-winter/"
    assert extract_article(html, url).headline == "Hiking the Rota Vicentina in winter"


@pytest.mark.parametrize(
    ("title", "headline", "part"),
    [
        ("Headline here | Section | Site Name", "Headline here", "Site Name"),
        ("Site Name: Headline here", "Headline here", "Site Name"),
        # not a title that goes on inside a word, nor the same title
        ("Headline herex | Site", "Headline here", None),
        ("Headline here", "Headline here", None),
    ],
)
def test_outer_part(title: str, headline: str, part: str | None) -> None:
    assert outer_part(title, headline) == part


@pytest.mark.parametrize(
    ("url", "names"),
    [
        ("https://www.l-mag.de/news-1010/x", ["lmag"]),
        # a numbered www host and a country's second level name no site (NHK's www3.nhk.or.jp was "www3")
        ("https://www3.nhk.or.jp/news/html/x.html", ["nhk"]),
        ("https://www.bbc.co.uk/news/x", ["bbc"]),
        # the registered name and the longest label
        ("https://digital.asahi.com/articles/x", ["asahi", "digital"]),
        ("https://web.archive.org/web/2016/http://muffinrezept.net/x", ["muffinrezept"]),
        ("http://127.0.0.1:8080/x", []),
    ],
)
def test_host_names(url: str, names: list[str]) -> None:
    assert host_names(url) == names


def test_one_word_section_h1_the_slug_spells_is_no_headline() -> None:
    # hand-built (review of session 7): a section's <h1> above the story, a URL of the section and an id
    # (/news/business-68123456): the slug spells "Business", but the og:title is the story's headline
    paragraph = "<p>" + "Stock markets fell sharply on Tuesday after new inflation figures. " * 6 + "</p>"
    html = (
        '<html lang="en"><head><title>Shares fall as inflation bites - Daily Courier</title>'
        '<meta property="og:title" content="Shares fall as inflation bites">'
        '<meta property="article:section" content="Business"></head><body>'
        '<div class="section-head"><h1>Business</h1></div>'
        '<article><h2 class="headline">Shares fall as inflation bites</h2>'
        f"{paragraph}</article></body></html>"
    )
    url = "https://www.dailycourier.com/news/business-68123456"
    assert extract_article(html, url).headline == "Shares fall as inflation bites"
