"""Main-content body extraction on saved pages (tests/fixtures/body/<case>/page.html) and on junk input."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from newsarchive.extract.body import BodyResult, clean_blocks, extract_body, jsonld_article_body
from newsarchive.extract.content.blocks import Block
from newsarchive.extract.content.boilerplate import cut_comment_section, match_rule

FIXTURES = Path(__file__).parent / "fixtures" / "body"


def page(case: str) -> str:
    return (FIXTURES / case / "page.html").read_text(encoding="utf-8")


def joined(result: BodyResult) -> str:
    return "\n".join(result.paragraphs)


# --- boilerplate: furniture inside the article container -------------------------------------------------


def test_article_paragraphs_list_items_and_subheading_are_kept() -> None:
    result = extract_body(page("boilerplate"), "https://www.coastal-ledger.example/news/sea-wall")
    assert result.source == "trafilatura"
    assert result.paragraphs[0].startswith("Councillors in Port Aldery voted on Wednesday night")
    assert result.paragraphs[-1].startswith("The council will hold two public exhibitions")
    # list items are paragraphs of their own, without list markers; the subheading stays in place
    assert "What the plan includes" in result.paragraphs
    heading = result.paragraphs.index("What the plan includes")
    assert result.paragraphs[heading + 2].startswith("A reinforced concrete core")
    assert any(p.startswith("Two steel floodgates") for p in result.paragraphs)
    assert any("diggers outside the door" in p for p in result.paragraphs)
    assert all(p == p.strip() and p for p in result.paragraphs)


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Harbour town votes to rebuild its flooded sea wall",  # headline
        "Like this story? Share it with a friend!",
        "Related: Storm leaves Port Aldery counting the cost",
        "Sign up for our Morning Tide newsletter",
        "Additional reporting by Gethin Rowe.",
        "Reading time",
        "Share on Twitter",
        "Ferry timetable cut",  # related-stories box
        "All rights reserved",
        "About us",
    ],
)
def test_boilerplate_is_dropped(boilerplate: str) -> None:
    result = extract_body(page("boilerplate"), "https://www.coastal-ledger.example/news/sea-wall")
    assert boilerplate not in joined(result)


# --- an article cut into look-alike chunks with ad slots between them ------------------------------------


def test_split_article_chunks_are_joined_in_order() -> None:
    result = extract_body(page("split_chunks"), "https://gadget-weekly.example/news/bank-apps")
    starts = [
        "Open almost any banking app",
        "The banks call it financial wellness",
        "Start-up banks made the idea popular",
        "Consumer groups are not against",
        "Regulators have started asking",
        "For customers the practical advice",
        "The next step, several banks say",
        "Whether that feels like help",
    ]
    assert len(result.paragraphs) == len(starts)
    for paragraph, start in zip(result.paragraphs, starts, strict=True):
        assert paragraph.startswith(start)


def test_split_article_leaves_out_link_lists_ads_and_sidebar() -> None:
    text = joined(extract_body(page("split_chunks"), "https://gadget-weekly.example/news/bank-apps"))
    for junk in (
        "The best budgeting apps",
        "Advertisement",
        "Most read",
        "Phone makers agree",
        "Anouk Vermeer",
    ):
        assert junk not in text


# --- a social post quoted in the article ---------------------------------------------------------------


def test_embedded_post_is_put_back_after_the_paragraph_it_follows() -> None:
    result = extract_body(page("embedded_post"), "https://valley-post.example/local/bins")
    paragraphs = result.paragraphs
    tweet = paragraphs.index(
        "Three bins, zero instructions, one very confused household. Which one is for yoghurt pots?"
    )
    assert paragraphs[tweet - 1].startswith("The council's waste department said")
    assert paragraphs[tweet + 1] == "Asking for the whole street. pic.twitter.com/abc123"
    assert paragraphs[tweet + 2] == "— Rhiannon Webb (@rhiwebb) March 3, 2024"
    assert paragraphs[tweet + 3].startswith("A spokesperson for the council said")
    assert sum("Three bins, zero instructions" in p for p in paragraphs) == 1
    assert "widgets.js" not in joined(result)


# --- JSON-LD articleBody ---------------------------------------------------------------------------------


def test_jsonld_body_used_when_the_dom_is_an_app_shell() -> None:
    html = page("jsonld_fallback")
    body = jsonld_article_body(lxml_html.document_fromstring(html))
    assert body is not None and body.startswith("Apple growers in the upper valley")
    result = extract_body(html, "https://farm-news.example/orchards", jsonld_body=body)
    assert result.source == "jsonld"
    assert len(result.paragraphs) == 4
    assert result.paragraphs[-1].startswith("The regional agriculture office")
    assert "Loading the article" not in joined(result)


def test_jsonld_body_holding_html_is_turned_into_paragraphs() -> None:
    html = page("jsonld_fallback")
    body = "<p>First paragraph of the story, long enough to read.</p><p>Second &amp; last<br>line.</p>" * 8
    result = extract_body(html, "https://farm-news.example/orchards", jsonld_body=body)
    assert result.source == "jsonld"
    assert result.paragraphs[:3] == [
        "First paragraph of the story, long enough to read.",
        "Second & last",
        "line.",
    ]


def test_teaser_jsonld_body_does_not_replace_the_full_dom_text() -> None:
    teaser = "Councillors in Port Aldery voted on Wednesday night to rebuild the town's Victorian sea wall."
    result = extract_body(
        page("boilerplate"), "https://www.coastal-ledger.example/news/sea-wall", jsonld_body=teaser
    )
    assert result.source == "trafilatura"
    assert len(result.paragraphs) > 5


def test_unrelated_long_jsonld_body_does_not_replace_the_dom_text() -> None:
    other = "\n".join(["An entirely different story about football transfers and league tables."] * 40)
    result = extract_body(
        page("boilerplate"), "https://www.coastal-ledger.example/news/sea-wall", jsonld_body=other
    )
    assert result.source == "trafilatura"
    assert "football" not in joined(result)


# --- the caller's parsed tree ----------------------------------------------------------------------------


def test_callers_tree_gives_the_same_paragraphs_and_is_not_mutated() -> None:
    html = page("boilerplate")
    tree = lxml_html.document_fromstring(html)
    before = etree.tostring(tree)
    from_tree = extract_body(html, "https://www.coastal-ledger.example/news/sea-wall", tree=tree)
    assert etree.tostring(tree) == before
    assert (
        from_tree.paragraphs
        == extract_body(html, "https://www.coastal-ledger.example/news/sea-wall").paragraphs
    )


def test_a_callers_tree_that_lost_the_article_falls_back_to_the_page() -> None:
    html = page("boilerplate")
    tree = lxml_html.document_fromstring(html)
    for wrapper in tree.find_class("story-body"):  # as an over-eager pre-cleaning rule would
        wrapper.drop_tree()
    result = extract_body(html, "https://www.coastal-ledger.example/news/sea-wall", tree=tree)
    assert any(p.startswith("Councillors in Port Aldery voted") for p in result.paragraphs)


# --- paragraph rules -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Like this story? Share it with a friend!", "share"),
        ("Get the day's top headlines delivered to your inbox every morning.", "newsletter"),
        ("You may also like...", "related"),
        ("[Related: Budget talks stall again]", "related"),
        ("Jane Doe contributed to this report.", "contributors"),
        ("(Reporting by A. Writer; Editing by B. Editor)", "contributors"),
        ("Photo: Reuters", "credit"),
        # credit labels in other languages, as traf-eval tune pages set them (fluter.de,
        # hildesheimer-presse.de, raptastisch.net, tell-review.de, erfolg-magazin.de, berliner-feuerwehr.de)
        ("Titelbild: Geyres Christophe/ABACA/picture-alliance", "credit"),
        ("Foto: dahancoo / Pixabay (Symbolbild)", "credit"),
        ("(Credits: Amazon Prime Video)", "credit"),
        ("Bildnachweis:", "credit"),
        ("Beitragsbild: Stefan Mang", "credit"),
        ("Fotos: Berliner Feuerwehr", "credit"),
        # German reader-support calls (traf-eval tune: rosa-mag.de, l-mag.de, kath.net,
        # neues-deutschland.de)
        ("Unterstütze RosaMag bereits mit 2,50!", "reader_support"),
        (
            "Deshalb unterstütze uns (monatlich oder einmalig) und wir sorgen weiterhin für Journalismus.",
            "reader_support",
        ),
        (
            "Bitte helfen Sie kath.net und spenden Sie jetzt via Überweisung oder Kreditkarte/Paypal!",
            "reader_support",
        ),
        (
            "Helfen Sie mit, unseren Journalismus möglich zu machen! Jetzt mit wenigen Klicks unterstützen!",
            "reader_support",
        ),
        ("Tempo de leitura: 2 minutos", "reading_time"),
        ('[button link="/submit"]Send us your review[/button]', "shortcode"),
    ],
)
def test_boilerplate_rules_match(text: str, rule: str) -> None:
    assert match_rule(text) == rule


@pytest.mark.parametrize(
    "text",
    [
        "The newsletter industry has grown fast: Substack alone says it has two million paying subscribers, "
        "and several reporters who left newspapers now earn more from their readers than they did in salary.",
        "More than 300 people attended the meeting.",
        "Share prices fell 4% in early trading.",
        # a sentence about pictures, not a credit label (bundeskanzleramt.gv.at)
        "Bilder von der Pressekonferenz sind über das Fotoservice des Bundeskanzleramts kostenfrei abrufbar.",
        "Fotografie ist meine Leidenschaft: seit Jahren halte ich Momente fest.",
        # what a story says others support (piratenpartei.at, jagd-oesterreich.at, creativecommons.ch)
        "Dennoch unterstützen wir dieses Volksbegehren, da es trotz dieser Diskriminierung besser ist.",
        "Jägerinnen & Jäger unterstützen in winterlicher Notzeit",
        "Die Zeitung hat eine Bezahlschranke eingeführt, sagte der Verleger.",
        "[CNET]",
        "___",
    ],
)
def test_prose_is_not_boilerplate(text: str) -> None:
    assert match_rule(text) is None


def test_link_box_runs_are_dropped_but_a_single_link_inside_the_text_stays() -> None:
    prose = "Officials said the repairs would take most of the year and close the road at night."
    blocks = [
        Block(text=prose, kind="p"),
        Block(text="Beachfront Hotel Grand Reopening", kind="p"),  # a lone linked name inside the text
        Block(text=prose + " More work follows.", kind="p"),
        Block(text="More on this story", kind="head"),
        Block(text="Ferry timetable cut for the winter months", kind="item"),
        Block(text="Primary school roof repair finally approved", kind="item"),
        Block(text=prose + " The end.", kind="p"),
    ]
    anchors = {
        "Beachfront Hotel Grand Reopening",
        "Ferry timetable cut for the winter months",
        "Primary school roof repair finally approved",
    }
    kept = clean_blocks(blocks, anchors=anchors)
    assert kept == [
        prose,
        "Beachfront Hotel Grand Reopening",
        prose + " More work follows.",
        prose + " The end.",
    ]


def test_headline_is_dropped_only_near_the_start() -> None:
    title = {("harbour", "town", "votes")}
    blocks = [Block(text="Harbour town votes", kind="head"), Block(text="Body text here.", kind="p")]
    assert clean_blocks(blocks, titles=title) == ["Body text here."]
    late = [Block(text=f"Paragraph {i} of the story.", kind="p") for i in range(4)]
    late.append(Block(text="Harbour town votes", kind="p"))
    assert clean_blocks(late, titles=title)[-1] == "Harbour town votes"


# --- junk input never raises -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "junk",
    [
        "",
        "   \n\t ",
        "not html at all",
        "\x00\x01\x02\x03\xff\xfe binary-ish",
        "<html><body>" + "<div>" * 20000 + "deep" + "</div>" * 20000 + "</body></html>",
        "<html><body><p>" + "word " * 200000 + "</p></body></html>",
        "<" * 5000,
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>declared encoding</p></body></html>",
        "<html><head><script>var a = '<p>not text</p>';</script></head><body></body></html>",
    ],
    ids=[
        "empty",
        "blank",
        "text",
        "binary",
        "nested",
        "huge-paragraph",
        "brackets",
        "xml-decl",
        "script-only",
    ],
)
def test_junk_input_does_not_raise(junk: str) -> None:
    result = extract_body(junk, "https://example.org/junk")
    assert isinstance(result, BodyResult)
    assert isinstance(result.paragraphs, list)
    assert all(isinstance(p, str) and p for p in result.paragraphs)
    assert "not text" not in "\n".join(result.paragraphs)


def test_wrong_types_do_not_raise() -> None:
    assert extract_body(b"<html><body><p>bytes</p></body></html>", "https://example.org/") is not None  # type: ignore[arg-type]
    assert extract_body(None, "") == BodyResult(paragraphs=[], source="none")  # type: ignore[arg-type]
    result = extract_body("", "https://example.org/", tree=lxml_html.fromstring("<div></div>"))
    assert result.paragraphs == []


def test_callers_tree_with_comments_is_copied_not_stripped() -> None:
    html = page("boilerplate").replace("<body>", "<body><!-- a comment --><?pi x?>", 1)
    tree = lxml_html.document_fromstring(html)
    before = etree.tostring(tree)
    from_tree = extract_body(html, "https://www.coastal-ledger.example/news/sea-wall", tree=tree)
    assert etree.tostring(tree) == before  # the comment is still there: a copy was stripped
    assert b"a comment" in before
    assert (
        from_tree.paragraphs
        == extract_body(html, "https://www.coastal-ledger.example/news/sea-wall").paragraphs
    )


# --- the comment section after the story (content/boilerplate.cut_comment_section) -------------------------


def test_the_comment_section_after_the_story_is_cut() -> None:
    # the shape of nnz-online.de (traf-eval tune): the story, its author line, "Kommentare", then readers'
    # names, dates and comments
    story = [
        "Gemeinsam mit Kindern der Kindertageseinrichtung eröffnete Oberbürgermeister Kai Buchmann am "
        "vergangenen Freitag den neuen Graffitispot an der Nordhäuser Stadtmauer." * 3,
        "Das Eröffungsgraffiti des Graffitispots wurde im Vorfeld in einem Kinder- und Jugendprojekt "
        "gestaltet." * 2,
        "Autor: red",
    ]
    comments = [
        "Kommentare",
        "Kritiker2010",
        "06.11.2023, 13.47 Uhr",
        "Quantensprung? Wohl eher ein kleiner Schritt.",
    ]
    assert cut_comment_section(story + comments) == story
    # holzwerken.net: "3 Kommentare" and the login prompt for them
    assert cut_comment_section([*story, "3 Kommentare", "Sie sind aktuell nicht eingeloggt."]) == story


def test_a_forum_threads_posts_after_its_comments_heading_stay() -> None:
    # mactechnews.de's forum (traf-eval tune): the opening post, "Kommentare", then the thread's replies,
    # which are the page's own text
    opening = ["Seit dem Update auf iOS 13.1 haben meine iPhones keinen Zugriff mehr auf den App Store."]
    replies = [
        f"Antwort {n}: Ich kann mit 13.1.1 unter mobilen Daten auf den App Store zugreifen." for n in range(9)
    ]
    thread = [*opening, "Kommentare", *replies]
    assert cut_comment_section(thread) == thread
    # a line of code that names a comment is no heading (mdavis.xyz)
    code = ["x" * 400, '"Comment": {', "y" * 10]
    assert cut_comment_section(code) == code
