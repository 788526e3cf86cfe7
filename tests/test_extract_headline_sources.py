"""Where the headline comes from when the page's <h1> does not give it: site names read from the page's feed
links, metadata titles that a CMS escaped twice or filled with an id, Dublin Core's RDFa spelling, and a
subline or date set inside the <h1> after the title. Every field of the judged record is read (`expect`).

Pages: one fragment of a tune-half page (cdu-fraktion-erfurt.de, traf-eval: its head and story block as
saved, the rest of the page left out), the others small pages built by hand in the shape of a CMS whose
hosts are in none of the corpora (checked with grep on /work/shared/bench).
"""

from __future__ import annotations

from newsarchive.extract.fields.titles import decoded, feed_site_name, is_id_like
from tests.test_extract_unseen_shapes2 import page
from tests.test_extract_unseen_shapes4 import DE, chrome, expect, paras, record


def test_feed_link_title_names_the_site_in_front_of_the_title() -> None:
    """Fragment of a tune-half page (traf-eval, cdu-fraktion-erfurt.de, a party group's CMS): no <h1> and
    no og:title; <title>CDU-Fraktion im Erfurter Stadtrat - Headline</title> names the site in words the
    host does not spell, the story's title is a <div class=blog_teaser_headline>. The RSS link is titled
    "CDU-Fraktion": that is the site's name, so the <title>'s first part is cut."""
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<title>CDU-Fraktion im Erfurter Stadtrat - Entwicklung der Waldorfschule ermöglicht</title>"
        '<meta name="description" content="Ein positives Signal gab es diese Woche für die Waldorfschule in'
        ' Bischleben.">'
        '<meta name="author" content="CDU - Fraktion Erfurt">'
        '<link rel="alternate" type="application/rss+xml" title="CDU-Fraktion"'
        ' href="http://www.epenportal.de/101225/rss-feed.xml" /></head><body>'
        '<div id="ReadSpeaker" class="span8">'
        '<div id="blog_date" class="blog_teaser_firstline">22.05.2014 - Gemeinde/ Stadt</div>'
        '<div id="blog_headline" class="blog_teaser_headline">Entwicklung der Waldorfschule ermöglicht</div>'
        '<div id="blog_detail" class="blog_teaser_text"> <p>Ein positives Signal gab es diese Woche für die'
        " Waldorfschule in Bischleben. Im Stadtrat wurde der Bebauungsplan, der die Entwicklung der"
        " Waldorfschule ermöglichen soll, mit großer Mehrheit beschlossen.</p><p>&nbsp;</p>"
        '<p>"Die Waldorfschule ist ein guter Beleg, dass die Schulen in freier Trägerschaft eine gute'
        ' Arbeit leisten", sagte der Fraktionsvorsitzende Michael Panse und stellte damit nicht nur der'
        " Waldorfschule, sondern auch den vielen anderen nichtstaatlichen Schulen, ein gutes Zeugnis aus.</p>"
        "<p>Die Schule kann nun mit den geplanten Erweiterungsbauten beginnen und damit weitere Schülerinnen"
        " und Schüler aufnehmen.</p></div></div></body></html>"
    )
    article = record(
        html,
        "http://www.cdu-fraktion-erfurt.de/inhalte/aktuelles/entwicklung-der-waldorfschule-ermoeglicht/index.html",
    )
    expect(
        article,
        headline="Entwicklung der Waldorfschule ermöglicht",
        standfirst=None,
        # (the CMS's <meta name=author>: the group itself, the page names no person)
        authors=["CDU - Fraktion Erfurt"],
        published="2014-05-22T00:00:00+00:00",
        modified=None,
        section=None,
        language="de",
        body=[
            "Ein positives Signal gab es diese Woche für die Waldorfschule in Bischleben. Im Stadtrat wurde"
            " der Bebauungsplan, der die Entwicklung der Waldorfschule ermöglichen soll, mit großer Mehrheit"
            " beschlossen.",
            '"Die Waldorfschule ist ein guter Beleg, dass die Schulen in freier Trägerschaft eine gute Arbeit'
            ' leisten", sagte der Fraktionsvorsitzende Michael Panse und stellte damit nicht nur der'
            " Waldorfschule, sondern auch den vielen anderen nichtstaatlichen Schulen, ein gutes Zeugnis"
            " aus.",
            "Die Schule kann nun mit den geplanten Erweiterungsbauten beginnen und damit weitere Schülerinnen"
            " und Schüler aufnehmen.",
        ],
    )


def test_doubly_escaped_metadata_title_is_decoded() -> None:
    """Hand-built, a WordPress club blog (gartenfreunde-lindenhof.de) whose theme sets the post title in an
    <h2 class=entry-title> and whose social plugin escapes the title twice: og:title and <title> read
    "Hochbeet anlegen &#8211; so geht&#8217;s" after the markup is decoded. The headline is the title
    with the entities decoded, not the entity text."""
    before, after = chrome("Gartenfreunde Lindenhof", "de")
    html = page(
        "<title>Hochbeet anlegen &amp;#8211; so geht&amp;#8217;s | Gartenfreunde Lindenhof</title>"
        '<meta property="og:title" content="Hochbeet anlegen &amp;#8211; so geht&amp;#8217;s">'
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2025-04-12T08:30:00+02:00">'
        '<link rel="alternate" type="application/rss+xml" title="Gartenfreunde Lindenhof &raquo; Feed"'
        ' href="https://www.gartenfreunde-lindenhof.de/feed/">',
        f'{before}<div id="primary" class="content-area"><div class="post-27 post type-post hentry">'
        '<h2 class="entry-title">Hochbeet anlegen – so geht’s</h2>'
        '<div class="entry-meta"><span class="byline">von <a rel="author" href="/author/ingrid-hoffmann/">'
        'Ingrid Hoffmann</a></span> <time class="entry-date published" datetime="2025-04-12T08:30:00+02:00">'
        '12. April 2025</time></div><div class="entry-content">'
        f"{paras(DE)}</div></div></div>{after}",
        lang="de-DE",
    )
    article = record(html, "https://www.gartenfreunde-lindenhof.de/2025/04/hochbeet-anlegen/")
    expect(
        article,
        headline="Hochbeet anlegen – so geht’s",
        standfirst=None,
        authors=["Ingrid Hoffmann"],
        published="2025-04-12T08:30:00+02:00",
        modified=None,
        section=None,
        language="de-DE",
        body=DE,
    )


def test_subline_after_the_title_inside_the_h1_is_not_headline() -> None:
    """Hand-built, a local paper's news module (stadtanzeiger-musterhausen.de): the <h1> holds the title,
    a <br> and a <span> with the subline; og:title and <title> hold the title alone. The subline is not
    part of the headline (it was glued on): it is the standfirst."""
    before, after = chrome("Stadtanzeiger Musterhausen", "de")
    html = page(
        "<title>Innenstadt wird am Wochenende autofrei | Stadtanzeiger Musterhausen</title>"
        '<meta property="og:title" content="Innenstadt wird am Wochenende autofrei">'
        '<meta property="og:type" content="article">'
        '<meta name="author" content="Jana Kowalski">'
        '<meta property="article:published_time" content="2025-03-04T18:05:00+01:00">',
        f'{before}<main><article class="news-single"><h1 class="news-title">Innenstadt wird am Wochenende'
        ' autofrei<br><span class="news-title-sub">Händler warnen vor Umsatzeinbußen</span></h1>'
        '<p class="news-meta">Von Jana Kowalski | 04.03.2025</p>'
        f'<div class="news-text">{paras(DE)}</div></article></main>{after}',
        lang="de",
    )
    article = record(html, "https://www.stadtanzeiger-musterhausen.de/lokales/innenstadt-autofrei-4711.html")
    expect(
        article,
        headline="Innenstadt wird am Wochenende autofrei",
        standfirst="Händler warnen vor Umsatzeinbußen",
        authors=["Jana Kowalski"],
        published="2025-03-04T18:05:00+01:00",
        modified=None,
        section=None,
        language="de",
        body=DE,
    )


def test_kicker_and_title_spans_run_together_take_the_metadata_spelling() -> None:
    """Hand-built, a news site built with CSS modules (nachrichten-lindenau.de): the <h1> holds the kicker
    and the title in two <span>s with generated classes and no space between them, which the CSS sets on two
    lines; the text reads "CoronaNeue Regeln ab Montag". og:title spells the same letters as "Corona: Neue
    Regeln ab Montag": that is the headline, not the run-together words."""
    before, after = chrome("Nachrichten Lindenau", "de")
    html = page(
        "<title>Corona: Neue Regeln ab Montag | Nachrichten Lindenau</title>"
        '<meta property="og:title" content="Corona: Neue Regeln ab Montag">'
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2025-03-06T07:45:00+01:00">',
        f'{before}<main><article class="Article_root__x9Q2"><header class="ArticleHeader_root__k3Lm">'
        '<h1 class="ArticleHeader_title__p0Zr"><span class="css-1x9kq2a">Corona</span>'
        '<span class="css-7hq0vd">Neue Regeln ab Montag</span></h1>'
        '<div class="Byline_root__z1Xc">Von <a href="/autoren/tobias-brandt">Tobias Brandt</a></div>'
        f'</header><div class="ArticleBody_root__Q4rt">{paras(DE)}</div></article></main>{after}',
        lang="de",
    )
    article = record(
        html, "https://www.nachrichten-lindenau.de/politik/corona-neue-regeln-ab-montag-id4711.html"
    )
    expect(
        article,
        headline="Corona: Neue Regeln ab Montag",
        standfirst=None,
        authors=["Tobias Brandt"],
        published="2025-03-06T07:45:00+01:00",
        modified=None,
        section=None,
        language="de",
        body=DE,
    )


def test_id_in_a_title_field_and_dublin_core_rdfa_title() -> None:
    """Hand-built, a print archive's article page (heimatbote-archiv.de): no <h1>, dc.title filled with the
    CMS's document id ("d-161500790"), the title in RDFa's spelling <meta property="dc:title">, and a
    <title> that is the site's name alone. The headline is the dc:title, not the id nor the site name."""
    html = page(
        "<title>Heimatbote Archiv</title>"
        '<meta name="dc.title" content="d-161500790">'
        '<meta property="dc:title" content="Als die Straßenbahn nach Musterhausen kam">'
        '<meta property="og:site_name" content="Heimatbote Archiv">'
        '<meta name="date" content="2018-12-22">',
        f'<div id="content"><div class="print-article">{paras(DE)}</div></div>',
        lang="de",
    )
    article = record(html, "https://www.heimatbote-archiv.de/print/d-161500790.html")
    expect(
        article,
        headline="Als die Straßenbahn nach Musterhausen kam",
        standfirst=None,
        authors=[],
        published="2018-12-22T00:00:00+00:00",
        modified=None,
        section=None,
        language="de",
        body=DE,
    )


def test_title_helpers() -> None:
    assert feed_site_name("Gartenfreunde Lindenhof » Feed") == "Gartenfreunde Lindenhof"
    assert feed_site_name("Gartenfreunde Lindenhof » Kommentar-Feed") == "Gartenfreunde Lindenhof"
    assert feed_site_name("Stadtanzeiger RSS") == "Stadtanzeiger"
    assert feed_site_name("RSS 2.0") == ""
    assert feed_site_name("Kommentare zu: Innenstadt wird autofrei") == ""
    assert decoded("Fish &amp; Chips &#8211; lecker") == "Fish & Chips – lecker"
    assert decoded("AT&T profits") == "AT&T profits"
    assert is_id_like("d-161500790")
    assert not is_id_like("COVID-19")
    assert not is_id_like("Windows 11")
