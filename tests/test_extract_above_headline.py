"""A first body line shown only above the headline (kicker, breadcrumb, date) is not the story's.

Real pages: tests/fixtures/generic/de_golf_block_opens_with_date ("Nachruf") and
de_nd_generic_meta_date ("Mietenstreik in den USA"), checked by tests/test_extract_fixtures.py.
"""

from __future__ import annotations

from lxml import html as lxml_html

from newsarchive.extract.content.above_headline import drop_lines_above_headline

STORY = [
    "Der Stadtrat hat am Dienstagabend mit vier zu drei Stimmen den Bau geschützter Radwege beschlossen.",
    "Der Plan sieht vor, 86 Parkplätze zwischen der Ersten und der Neunten Straße zu entfernen.",
]


def _page(before: str, after: str) -> lxml_html.HtmlElement:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return lxml_html.fromstring(
        f"<html><body><article>{before}<h1>Stadtrat beschließt Radwege</h1>{after}{paragraphs}"
        "</article></body></html>"
    )


def test_a_kicker_above_the_headline_is_dropped() -> None:
    page = _page('<span class="topline">Verkehr</span>', "")
    assert drop_lines_above_headline(page, ["Verkehr", *STORY]) == STORY


def test_a_short_line_the_story_also_shows_below_the_headline_stays() -> None:
    page = _page("<a>Verkehr</a>", "<h2>Verkehr</h2>")
    assert drop_lines_above_headline(page, ["Verkehr", *STORY]) == ["Verkehr", *STORY]


def test_a_sentence_above_the_headline_is_left_to_other_rules() -> None:
    lead = "Mit knapper Mehrheit hat der Stadtrat den Umbau der Hauptstraße beschlossen."
    page = _page(f"<p>{lead}</p>", "")
    assert drop_lines_above_headline(page, [lead, *STORY]) == [lead, *STORY]


def test_nothing_is_dropped_when_the_story_is_not_below_the_h1() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    page = lxml_html.fromstring(
        f"<html><body><p>Verkehr</p>{paragraphs}<footer><h1>Rheinstädter Anzeiger</h1></footer></body></html>"
    )
    assert drop_lines_above_headline(page, ["Verkehr", *STORY]) == ["Verkehr", *STORY]


def test_the_body_is_never_emptied() -> None:
    page = _page("<span>Verkehr</span>", "")
    assert drop_lines_above_headline(page, ["Verkehr"]) == ["Verkehr"]
