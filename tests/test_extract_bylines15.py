"""Bylines set as the text's first paragraph with no marking, naming a person with a place, a bureau or a
role: they leave the body and give the author (tests/test_extract_unseen_shapes15.py's ThisDay, The Herald,
Daily News and Agência Brasil probes found the shapes on four publishers of four countries).

The rules (extract/byline_lines.py, extract/content/meta_lines.py, extract/author_names.py):
- "<name> in <place>" as the first paragraph ("Chuks Okocha in Abuja"), the name two to four capitalised
  words the story's prose never writes in lower case;
- "<name>" over "<place or desk> Bureau" as the first two paragraphs (Zimpapers);
- "By <paper or desk> Reporter, <place>": the desk's credit as written, where no person is named;
- a JSON-LD author that is a role alone ("Editor", a WordPress account) names nobody;
- "Publicado em <dd/mm/yyyy> - <time> Por <name> - Repórter ...": the date line and the byline in one line.
Each with the probe page, a second publisher's page and traps. Every page is built by hand in the shape of
the publisher's markup ("hand-built"); no host here is in any corpus.
"""

from __future__ import annotations

import pytest

from newsarchive.extract.byline_lines import labelled_byline, opening_byline
from newsarchive.extract.content.meta_lines import is_byline_line
from tests.test_extract_unseen_shapes6 import article
from tests.test_extract_unseen_shapes15 import BR2, DEC4, EAST, NG, ZW, check

#: a WordPress account named for its role, as Yoast's JSON-LD gives it
EDITOR_ACCOUNT = {"@type": "Person", "name": "Editor"}
NG_HEADLINE = "Labour threatens strike over new wage implementation"


def nigerian_page(first: str, *, text: list[str] = NG, authors: list[str], body: list[str]) -> None:
    """A Nigerian WordPress paper's story (tagDiv's theme) whose text opens with `first` (its markup)."""
    check(
        "https://www.thisdaylive.com/index.php/2026/12/04/labour-threatens-strike-over-new-wage-implementation/",
        site="ThisDay",
        lang="en-US",
        title=f"{NG_HEADLINE} – THISDAYLIVE",
        ld="",
        story=f'<article><h1 class="entry-title">{NG_HEADLINE}</h1><div class="td-module-meta-info"><span'
        ' class="td-post-date"><time class="entry-date updated" datetime="2026-12-04T06:00:00+01:00">December'
        f' 4, 2026</time></span></div><div class="td-post-content">{first}'
        + "".join(f"<p>{p}</p>" for p in text)
        + "</div></article>",
        headline=NG_HEADLINE,
        authors=authors,
        published=f"{DEC4}T06:00:00+01:00",
        body=body,
    )


# --- "<name> in <place>" ------------------------------------------------------------------------------------
def test_a_second_papers_name_in_the_place_opening_the_text() -> None:
    # the Financial Times' byline style as a syndicating paper sets it, plain (no bold): "Andy Bounds in
    # Brussels" as the first paragraph of the copy (BusinessLIVE-like WordPress markup; hand-built)
    headline = "EU agrees new rules on battery recycling"
    check(
        "https://www.businesslive.co.za/bd/world/europe/2026-12-04-eu-agrees-new-rules-on-battery-recycling/",
        site="BusinessLIVE",
        lang="en",
        title=f"{headline}",
        ld="",
        story=f'<article><h1 class="article-title">{headline}</h1><div class="article-pub-date">04 December'
        ' 2026 - 10:30</div><div class="text"><p>Andy Bounds in Brussels</p>'
        + "".join(f"<p>{p}</p>" for p in EAST)
        + "</div></article>",
        headline=headline,
        authors=["Andy Bounds"],
        published=f"{DEC4}T10:30:00+00:00",
        body=EAST,
    )


@pytest.mark.parametrize(
    "first",
    [
        # a one-line sentence of the story: a verb after the place
        "<p>Police in Abuja said on Thursday that the roads to the secretariat would be closed.</p>",
        # a headline-like line with a full stop, one word before "in"
        "<p>Rain in Lagos.</p>",
    ],
)
def test_a_sentence_or_a_headline_line_with_in_stays(first: str) -> None:
    text = first.removeprefix("<p>").removesuffix("</p>")
    nigerian_page(first, authors=[], body=[text, *NG])


def test_a_bold_topic_in_a_place_that_the_prose_writes_in_lower_case_stays() -> None:
    # "Fuel Scarcity in Lagos" in bold over a story that writes "fuel scarcity": a topic, no person
    text = [
        "Motorists queued for hours at filling stations as fuel scarcity spread across the city on Thursday.",
        *NG[1:],
    ]
    nigerian_page(
        "<p><strong>Fuel Scarcity in Lagos</strong></p>",
        text=text,
        authors=[],
        body=["Fuel Scarcity in Lagos", *text],
    )


def test_a_dateline_paragraph_is_no_byline() -> None:
    # "ABUJA —" alone as the first paragraph: a dateline in capitals, no person
    assert opening_byline(["ABUJA —", NG[0]]) == []
    assert opening_byline(["ABUJA in Brief"]) == []


# --- "<name>" over "<place> Bureau" -------------------------------------------------------------------------
def test_a_second_zimpapers_title_name_over_its_bureau() -> None:
    # The Chronicle (Bulawayo, Zimpapers, WordPress): the writer's name, then "Midlands Bureau", plain
    headline = "Farmers receive inputs in the Midlands"
    check(
        "https://www.chronicle.co.zw/farmers-receive-inputs-in-the-midlands/",
        site="The Chronicle",
        lang="en-US",
        title=f"{headline} | The Chronicle",
        ld="",
        story=f'<article><h1 class="entry-title">{headline}</h1><div class="post-meta"><span'
        ' class="date">December 4, 2026</span></div><div class="entry-content"><p>Patrick Chitumba</p>'
        "<p>Midlands Bureau</p>" + "".join(f"<p>{p}</p>" for p in ZW) + "</div></article>",
        headline=headline,
        authors=["Patrick Chitumba"],
        published=f"{DEC4}T00:00:00+00:00",
        body=ZW,
    )


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        (["Walter Nyamukondiwa", "Mashonaland East Bureau"], ["Walter Nyamukondiwa"]),
        # a name-like heading over a subheading that is no bureau
        (["Land Reform", "The Background"], []),
        # a place over its bureau: no name (the place's first word is a place's)
        (["New Harare", "Harare Bureau"], []),
    ],
)
def test_a_name_over_a_bureau_line(lines: list[str], names: list[str]) -> None:
    assert opening_byline(lines) == names


# --- "By <desk> Reporter, <place>" and a role as the metadata's author --------------------------------------
def test_a_desk_reporter_credit_with_a_second_paper() -> None:
    # The Guardian (Tanzania, IPP Media): "By Guardian Reporter" as the text's first paragraph, no JSON-LD
    headline = "Dar port handles record cargo volumes"
    check(
        "https://www.ippmedia.com/en/news/dar-port-handles-record-cargo-volumes",
        site="IPP Media",
        lang="en",
        title=f"{headline} | IPP Media",
        ld="",
        story=f'<article><h1 class="title">{headline}</h1><div class="date">04Dec 2026</div><div'
        ' class="article-body"><p>By Guardian Reporter</p>'
        + "".join(f"<p>{p}</p>" for p in EAST)
        + "</div></article>",
        headline=headline,
        authors=["Guardian Reporter"],
        published=f"{DEC4}T00:00:00+00:00",
        body=EAST,
    )


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Daily News Reporter, Dodoma", ["Daily News Reporter"]),
        ("By Herald Reporter", ["Herald Reporter"]),
        # traps: a sentence and a heading a weak label opens
        ("By Tuesday, the council reporter had filed", []),
        ("By the numbers", []),
    ],
)
def test_a_desk_reporter_after_the_label(line: str, names: list[str]) -> None:
    assert labelled_byline(["Headline", line]) == names


def test_a_role_as_the_json_ld_author_gives_way_to_the_visible_byline() -> None:
    # a WordPress paper (Yoast's JSON-LD) whose account "Editor" posted the story the visible byline signs
    headline = "Govt unveils plan to connect all districts to national grid"
    check(
        "https://www.thecitizen.co.tz/tanzania/news/national/govt-unveils-plan-to-connect-all-districts-4812345",
        site="The Citizen",
        lang="en-US",
        title=f"{headline} | The Citizen",
        ld=article(headline, datePublished=f"{DEC4}T07:30:00+00:00", author=EDITOR_ACCOUNT),
        story=f'<article><h1 class="entry-title">{headline}</h1><div class="entry-content"><p><strong>By'
        " Rosemary Mirondo</strong></p>" + "".join(f"<p>{p}</p>" for p in EAST) + "</div></article>",
        headline=headline,
        authors=["Rosemary Mirondo"],
        published=f"{DEC4}T07:30:00+00:00",
        body=EAST,
    )


def test_a_role_alone_as_the_json_ld_author_names_nobody() -> None:
    # the same account and no byline anywhere: no author, not "Editor"
    headline = "Govt unveils plan to connect all districts to national grid"
    check(
        "https://www.thecitizen.co.tz/tanzania/news/national/govt-unveils-plan-to-connect-4812346",
        site="The Citizen",
        lang="en-US",
        title=f"{headline} | The Citizen",
        ld=article(headline, datePublished=f"{DEC4}T07:30:00+00:00", author=EDITOR_ACCOUNT),
        story=f'<article><h1 class="entry-title">{headline}</h1><div class="entry-content">'
        + "".join(f"<p>{p}</p>" for p in EAST)
        + "</div></article>",
        headline=headline,
        authors=[],
        published=f"{DEC4}T07:30:00+00:00",
        body=EAST,
    )


# --- "Publicado em <date> Por <name> - Repórter" ------------------------------------------------------------
def test_a_second_portuguese_date_and_byline_line() -> None:
    # a Recife paper (Jornal do Commercio-like): "Publicado em 04/12/2026 às 10:30 Por Mariana Costa -
    # Repórter" over the text, in the text's column
    headline = "Governo lança programa para renovar frota de ônibus escolares"
    check(
        "https://jc.ne10.uol.com.br/politica/2026/12/governo-lanca-programa-para-renovar-frota.html",
        site="Jornal do Commercio",
        lang="pt-BR",
        title=f"{headline} | JC",
        ld="",
        story=f'<article><h1 class="titulo">{headline}</h1><div class="texto"><p>Publicado em 04/12/2026 às'
        " 10:30 Por Mariana Costa - Repórter</p>" + "".join(f"<p>{p}</p>" for p in BR2) + "</div></article>",
        headline=headline,
        authors=["Mariana Costa"],
        published=f"{DEC4}T10:30:00+00:00",
        body=BR2,
    )


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Publicado em 04/12/2026 - 10:30 Por Pedro Peduzzi - Repórter da Agência Brasil - Brasília", True),
        # the date line's byline naming another person than the record's: not this page's byline line
        ("Publicado em 04/12/2026 - 10:30 Por Ana Lima - Repórter", False),
        # a sentence with a date and "por": no date line before it
        ("O projeto aprovado em 04/12/2026 por Pedro Peduzzi e outros deputados", False),
    ],
)
def test_a_date_line_then_the_byline_in_one_line(line: str, byline: bool) -> None:
    assert is_byline_line(line, ["Pedro Peduzzi"]) is byline
