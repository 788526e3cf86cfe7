"""Publication dates in two shapes no date source read right (issue #10, session 9):

- a WordPress theme's date badge, day, month and year each in a <span> of its own that CSS sets apart,
  with no space between them in the markup (`<span class="monat">Feb</span> <span class="tag">18</span><span
  class="jahr">2009</span>`: read "Feb 182009", no date). A tune-half blog home page of traf-eval shows it
  (colours-of-the-soul.alhelm.net, a listing); the pages here are articles built by hand in that theme's
  shape and in the day-month-year badge other themes print ("hand-built").
- a CMS's date-only publication field, stored as the publisher's midnight converted to UTC and declared
  so (`article:published_time` "2022-11-06T23:00:00.000Z" for a German story of 7 November: beige.de, a
  tune-half page, built on Prismic), where the story shows no other day: the local day on the clock of the
  page's language (Central European Time, +01:00 or +02:00 in EU summer time; Japan +09:00). The pages here
  are hand-built in that shape.

Every field of the judged record is read (tests/test_extract_unseen_shapes4.py's `expect`).
"""

from __future__ import annotations

import pytest

from newsarchive.dates import midnight_on_language_clock
from tests.test_extract_unseen_shapes2 import PROSE, SENTENCES, page
from tests.test_extract_unseen_shapes4 import DE, chrome, expect, paras, record


@pytest.mark.parametrize(
    ("badge", "published"),
    [
        # the theme of the tune-half page: month, day and year, the day glued to the year
        (
            '<span class="monat">Mar</span> <span class="tag">4</span><span class="jahr">2025</span>',
            "2025-03-04T00:00:00+00:00",
        ),
        # day, month and year glued together ("4Mar2025")
        (
            '<span class="day">4</span><span class="month">Mar</span><span class="year">2025</span>',
            "2025-03-04T00:00:00+00:00",
        ),
    ],
)
def test_a_date_badge_of_spans_without_spaces_is_the_date(badge: str, published: str) -> None:
    before, after = chrome("Harbour Notes")
    html = page(
        "<title>Harbour ferry timetable changes | Harbour Notes</title>",
        f'{before}<main><div class="post"><div class="datum">{badge}</div><div class="beitragskopf">'
        "<h1>Harbour ferry timetable changes</h1>"
        '<div class="beitragsinfo"><span class="kat">Filed under: <a href="/category/local/"'
        ' rel="category tag">Local</a></span> <span class="komm"><a href="#comments">3 comments</a></span>'
        "</div></div>"
        f'<div class="entry">{PROSE}</div></div></main>{after}',
    )
    article = record(html, "https://harbournotes.example.net/harbour-ferry-timetable-changes/")
    expect(
        article,
        headline="Harbour ferry timetable changes",
        standfirst=None,
        authors=[],
        published=published,
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )


def _prismic_page(declared: str, shown: str, lang: str = "de") -> str:
    before, after = chrome("Stadtblick", "de")
    return page(
        "<title>Innenstadt wird am Wochenende autofrei | Stadtblick</title>"
        '<meta property="og:type" content="article">'
        f'<meta property="article:published_time" content="{declared}">'
        '<meta property="article:author" content="Marie Jaster">',
        f'{before}<main><article class="Article"><h1 class="Article__title">Innenstadt wird am Wochenende'
        ' autofrei</h1><div class="Article__meta"><div>Von <ul class="Article__authors"><li><address><a'
        ' href="/team/marie-jaster">Marie Jaster</a></address></li></ul><time class="Article__date"'
        f' datetime="{declared}">'
        f'{shown}</time></div></div><div class="Article__body">{paras(DE)}</div></article></main>{after}',
        lang=lang,
    )


@pytest.mark.parametrize(
    ("declared", "shown", "published"),
    [
        # winter: midnight CET is 23:00 UTC the day before (the page prints the UTC day, two-digit year)
        ("2022-11-06T23:00:00.000Z", "6.11.22", "2022-11-07T00:00:00+01:00"),
        # EU summer time: 22:00 UTC the day before
        ("2024-07-08T22:00:00.000Z", "8.7.24", "2024-07-09T00:00:00+02:00"),
        # a time of day is the publication's time, in UTC as declared
        ("2022-11-06T23:15:00.000Z", "6.11.22", "2022-11-06T23:15:00+00:00"),
        # a time written without its offset is the publisher's own wall clock (read as UTC, unchanged)
        ("2022-11-06T23:00:00", "6.11.22", "2022-11-06T23:00:00+00:00"),
    ],
)
def test_a_declared_utc_midnight_of_the_publishers_clock_is_that_local_day(
    declared: str, shown: str, published: str
) -> None:
    article = record(
        _prismic_page(declared, shown), "https://www.stadtblick-magazin.de/artikel/innenstadt-autofrei"
    )
    expect(
        article,
        headline="Innenstadt wird am Wochenende autofrei",
        standfirst=None,
        authors=["Marie Jaster"],
        published=published,
        modified=None,
        section=None,
        language="de",
        body=DE,
    )


def test_a_shown_day_keeps_the_declared_instant_on_its_own_clock() -> None:
    # the story shows 6 November in words: what the reader sees is the day (no midnight guess over it)
    article = record(
        _prismic_page("2022-11-06T23:00:00.000Z", "6. November 2022"),
        "https://www.stadtblick-magazin.de/artikel/innenstadt-autofrei",
    )
    assert article.published_at == "2022-11-06T23:00:00+00:00"


@pytest.mark.parametrize(
    ("value", "lang", "local"),
    [
        ("2022-11-06T23:00:00+00:00", "de-AT", "2022-11-07T00:00:00+01:00"),
        ("2022-03-26T23:00:00+00:00", "nl", "2022-03-27T00:00:00+01:00"),  # the night summer time starts
        ("2022-03-27T22:00:00+00:00", "it", "2022-03-28T00:00:00+02:00"),
        ("2022-10-29T22:00:00+00:00", "pl", "2022-10-30T00:00:00+02:00"),  # the night it ends
        ("2022-11-06T15:00:00+00:00", "ja", "2022-11-07T00:00:00+09:00"),
        ("2022-11-06T23:00:00+00:00", "en", None),  # English is written on many clocks
        ("2022-11-06T23:00:00+00:00", "fr", None),
        ("2022-07-06T23:00:00+00:00", "de", None),  # 01:00 in German summer time: a time, not a day
        ("2022-11-06T23:00:00+01:00", "de", None),  # declared on the publisher's clock already
        ("", "de", None),
    ],
)
def test_midnight_on_language_clock(value: str, lang: str, local: str | None) -> None:
    assert midnight_on_language_clock(value, lang) == local


# --- English day-first forms no date pattern read -----------------------------------------------------------
def test_a_date_line_with_dashes_and_a_month_name_is_the_date() -> None:
    # an Indian news portal's meta line (hand-built): "04-Mar-2025 08:15 PM IST", its update beside it
    before, after = chrome("Deccan Ledger")
    html = page(
        "<title>State approves new metro line | Deccan Ledger</title>",
        f'{before}<main><article><h1>State approves new metro line</h1><div class="article-meta">'
        '<span class="author">By <a href="/author/priya-nair">Priya Nair</a></span> | <span class="posted">'
        'Published: 04-Mar-2025 08:15 PM IST</span> | <span class="updated">Updated: 05-Mar-2025 10:02 AM IST'
        f'</span></div><div class="story-body">{PROSE}</div></article></main>{after}',
    )
    expect(
        record(html, "https://www.deccanledger.example.in/city/state-approves-new-metro-line-4412"),
        headline="State approves new metro line",
        standfirst=None,
        authors=["Priya Nair"],
        published="2025-03-04T20:15:00+05:30",
        modified="2025-03-05T10:02:00+05:30",
        section=None,
        language="en",
        body=SENTENCES,
    )


def test_a_date_line_with_the_day_of_the_month_is_the_date() -> None:
    # a British blog's byline (hand-built): "Posted on the 4th of March 2025 at 9:15 am by Jane Doe"
    # (htmldate, the last resort, read the day without its time)
    before, after = chrome("Allotment Diary")
    html = page(
        "<title>Planting early potatoes | Allotment Diary</title>",
        f'{before}<main><article class="post"><h1 class="entry-title">Planting early potatoes</h1>'
        '<p class="entry-meta">Posted on the 4th of March 2025 at 9:15 am by <a href="/author/jane-doe/"'
        f' rel="author">Jane Doe</a></p><div class="entry-content">{PROSE}</div></article></main>{after}',
    )
    expect(
        record(html, "https://allotmentdiary.example.co.uk/planting-early-potatoes/"),
        headline="Planting early potatoes",
        standfirst=None,
        authors=["Jane Doe"],
        published="2025-03-04T09:15:00+00:00",
        modified=None,
        section=None,
        language="en",
        body=SENTENCES,
    )
