"""Body patterns that generalise across publishers, each on a real saved page.

The pages are single pages of the tune half of the shared corpora (tests/fixtures/generic/<case>/, see
each meta.json's "source"); benchmarks/generalisation.py measures the same rules on all three corpora
("snippet F1", "body F1"). The fixture tests (test_extract_fixtures.py) hold every field of these pages;
this file names the body pattern each page is here for, with the corpus's own `with` snippets (text of
the article) and `without` snippets (text that is not). The rules live in newsarchive/extract/body.py
and newsarchive/extract/document.py (drop_code).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsarchive.extract import extract_article

CASES = Path(__file__).parent / "fixtures" / "generic"


def body_of(case: str) -> str:
    meta = json.loads((CASES / case / "meta.json").read_text(encoding="utf-8"))
    article = extract_article((CASES / case / "page.html").read_bytes(), meta["url"], generic=True)
    return " ".join(" ".join(article.body).split())


# --- the fast pass took a part of the page for the article: the full cascade is run -------------------
# (body.COMPARE_BELOW: readability's pick of the page holds more than twice the fast pass's text)


@pytest.mark.parametrize(
    ("case", "with_", "without"),
    [
        # DER SPIEGEL's print archive: the fast pass kept two pull quotes and the promo box
        # (830 characters); the story (15,000) is in the page
        (
            "de_spiegel_pull_quotes_not_story",
            ["Wie konnte es dazu kommen?", "Die Geschichte beginnt am 26. Oktober", "Es stützt seine"],
            ["Die digitale Welt der Nachrichten.", "Vervielfältigung nur mit Genehmigung"],
        ),
        # a guide whose headings and lists the fast pass left out (its prose paragraphs only)
        (
            "de_greator_headings_and_lists",
            ["Innere Zufriedenheit ist ein wichtiger Faktor", "10 Tipps für innere Zufriedenheit:", "Fazit"],
            ["Greator Newsletter", "Artikel gefallen? Vergiss nicht zu teilen!"],
        ),
        # an "about me" page: the fast pass kept the newsletter opt-in form's consent text
        (
            "de_changenow_optin_form_not_story",
            ["1. Freude und Leichtigkeit.", "Ich habe ein kurzes Video gemacht", "offen und neugierig sind"],
            ["HIER KOSTENLOS ANMELDEN", "KANGA PROJECT", "ich will meine Geldblockaden jetzt auflösen"],
        ),
    ],
)
def test_the_article_not_the_part_the_fast_pass_took(case: str, with_: list[str], without: list[str]) -> None:
    body = body_of(case)
    for snippet in with_:
        assert snippet in body
    for snippet in without:
        assert snippet not in body


def test_a_result_that_repeats_the_story_is_not_taken() -> None:
    # Business Insider's "10 things in tech" (aeb-dev): the page holds the story three times (the next
    # days' editions, loaded on scrolling, share its markup); readability's pick is the container of the
    # three copies (64% of its text repeats), so the fast pass's single copy stays
    body = body_of("en_businessinsider_story_three_times")
    opening = "The New York state attorney general is investigating WeWork amid layoffs."
    assert body.count(opening) == 1
    assert "Have an Amazon Alexa device?" in body


# --- what drop_code() removes before the body extractor -------------------------------------------------


def test_a_table_set_in_a_figure_is_article_text() -> None:
    # Dotdash Meredith's comparison tables are <figure class="... mntl-sc-block-table"><table>, as
    # WordPress's wp-block-table: dropping every <figure> cut the body at the first table
    # (2,300 of 14,800 characters); the main-content extractor itself keeps such a figure as a table
    body = body_of("en_thebalance_table_in_figure")
    assert "Coinbase and Coinbase Pro are two of the most popular cryptocurrency exchanges" in body
    assert "At a Glance" in body
    assert "1 GBP withdrawal" in body
    assert "Jacob Wade is a personal finance expert" not in body


# --- the lead the main-content extractor leaves out (content/lead.py) ------------------------------------


@pytest.mark.parametrize(
    ("case", "lead", "second"),
    [
        # TYPO3's news extension: <div class="teaser-text"><p>...</p></div> under the <h1>
        (
            "de_oekolandbau_typo3_teaser_text",
            "Was ist der Unterschied zwischen",
            "Seit dem 1. Januar 2022 ist das Kükentöten in Deutschland verboten.",
        ),
        # WordPress: <div class="entry-excerpt"> in the entry header
        (
            "de_netzpolitik_entry_excerpt",
            "Seit Dezember 2015 verschickt eine Cider Connection",
            "Zwei Männer Arm in Arm.",
        ),
        # SPIP's chapô: <div class="crayon article-chapo-1946 chapo">
        ("fr_mondediplo_chapo", "L’un des écrivains sud-coréens les plus célèbres", "Deux vies évoluant"),
        # TYPO3's news extension with its default title, <h3 itemprop="headline">, and no <h1>: the heading
        # right above the text stands for the headline (lead._title_above)
        (
            "de_mpimet_typo3_title_h3_teaser_text",
            "Die frühen 1970er Jahre werden oft mit der Entstehung der modernen Umweltbewegung",
            "Ein unbestreitbar einflussreicher Moment",
        ),
        # the extracted text opens with the headline (a line the record drops): the text starts after it
        (
            "de_bundnaturschutz_body_opens_with_headline",
            "Der BUND Naturschutz bedauert, dass das Gespräch zwischen",
            "„Obwohl wir schon damit gerechnet haben",
        ),
    ],
)
def test_the_body_starts_with_the_lead(case: str, lead: str, second: str) -> None:
    body = body_of(case)
    assert body.startswith(lead)
    assert body.count(lead) == 1
    assert body.index(second) > 0


def test_a_byline_row_or_a_list_of_teasers_is_no_lead() -> None:
    # "<div class=teaser-small__metadata>VON MORITZ GATHMANN am 21. April 2020": "teaser" and a byline
    assert "VON MORITZ GATHMANN" not in body_of("de_cicero_byline_beside_headline")
    # three <div class="cms_teaser"> boxes between the headline and the text: links to other pages
    body = body_of("de_regiolanda_teaser_list")
    assert body.startswith("Notizen zur Göttinger Filmgeschichte")
    assert "Erfahren Sie hier mehr über" not in body


def test_the_comment_section_after_the_story_is_no_body() -> None:
    # holzwerken.net (traf-eval tune): "3 Kommentare" and the login prompt for them after the story
    body = body_of("de_holzwerken_date_line_above_headline")
    assert "Ein häufiger Fehler bei Überblattungen an der Kreissäge" in body
    assert "3 Kommentare" not in body
    assert "Sie sind aktuell nicht eingeloggt." not in body
