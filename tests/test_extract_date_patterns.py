"""Publication-date patterns that generalise across publishers, each on a real saved page.

The pages are single pages of the tune half of traf-eval (tests/fixtures/generic/<case>/, see each
meta.json's "source"); benchmarks/generalisation.py measures the same rules on all three corpora. The
fixture tests (test_extract_fixtures.py) hold every field of these pages; this file names the one date
rule each page is here for (newsarchive/extract/fields/dates.py: _refined, _arbitrated).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsarchive.dates import offset_between, parse_iso
from newsarchive.extract import extract_article
from newsarchive.items import Article

CASES = Path(__file__).parent / "fixtures" / "generic"


def extract(case: str) -> Article:
    meta = json.loads((CASES / case / "meta.json").read_text(encoding="utf-8"))
    return extract_article((CASES / case / "page.html").read_bytes(), meta["url"], generic=True)


def same_instant(a: str | None, b: str) -> bool:
    return a is not None and parse_iso(a) == parse_iso(b)


def test_bare_day_stored_as_local_midnight_in_utc() -> None:
    # <meta property="article:published_time" content="2021-11-04T23:00Z">, the page shows
    # "5. November 2021": a publication day saved as Berlin midnight and converted to UTC. The record
    # keeps the instant, in the offset at which it is midnight of the day shown.
    published = extract("de_kas_local_midnight_utc").published_at
    assert published == "2021-11-05T00:00:00+01:00"
    assert same_instant(published, "2021-11-04T23:00:00Z")


def test_utc_time_takes_the_offset_of_the_local_time_shown() -> None:
    # JSON-LD "datePublished": "2023-11-09T05:30:59Z", <time datetime="2023-11-08 23:30:59"> (local, no
    # offset) and the URL /2023/11/08/: the evening of 8 November in Minnesota, at -06:00.
    published = extract("en_twincities_naive_time").published_at
    assert published == "2023-11-08T23:30:59-06:00"
    assert same_instant(published, "2023-11-09T05:30:59Z")


def test_utc_time_takes_the_offset_of_a_local_meta_time() -> None:
    # JSON-LD "datePublished": "2019-11-19T04:58:46Z", <meta name="sailthru.date" content="2019-11-18
    # 20:58:46"> (local, no offset), the URL /2019/11/18/ and no date shown: the evening of 18 November
    # in California
    published = extract("en_techcrunch_sailthru_local_time").published_at
    assert published == "2019-11-18T20:58:46-08:00"
    assert same_instant(published, "2019-11-19T04:58:46Z")


def test_jsonld_date_created_gives_way_to_a_declared_publication() -> None:
    # JSON-LD has only "dateCreated": "2017-11-17T10:41:09Z"; <meta itemprop="datePublished"
    # content="2017-11-16T14:15+0000">, DCSext.articleFirstPublished "2017-11-16 11:13" and the shown
    # "16 November 2017 • 2:15pm" name the publication
    assert extract("en_telegraph_jsonld_date_created").published_at == "2017-11-16T14:15:00+00:00"


def test_generic_meta_date_gives_way_to_the_date_line() -> None:
    # only <meta name="date" content="2020-04-30"> is declared (a date of the page, here the print
    # issue's); the byline shows "Von Moritz Wichmann 29.04.2020, 12:01 Uhr"
    assert extract("de_nd_generic_meta_date").published_at == "2020-04-29T12:01:00+00:00"


def test_of_two_declared_dates_the_one_shown_wins() -> None:
    # JSON-LD datePublished 2023-11-06T18:19+01:00 (the first draft), <meta name="date"> and the page's
    # "07.11.2023, 07:30 Uhr": the publication the reader sees
    article = extract("de_wdr_declared_dates_disagree")
    assert article.published_at == "2023-11-07T07:30:00+01:00"
    assert article.modified_at == "2023-11-07T10:14:00+01:00"


def test_german_numeric_date_with_spaces() -> None:
    # no date metadata; the byline reads "Von Deutscher Tennis Bund 4. 2. 2022." (4 February: a dotted
    # date with spaces is never month first; htmldate reads it as 2 April)
    assert extract("de_dtb_spaced_date").published_at == "2022-02-04T00:00:00+00:00"


def test_date_line_at_the_head_of_a_long_block() -> None:
    # no date metadata; the story block (class "dgv-spacer", 10,000 characters) opens with its date
    # line "1. Februar 2022 , Daniel Dillenburg": read at the head of the block, not ignored for length
    assert extract("de_golf_block_opens_with_date").published_at == "2022-02-01T00:00:00+00:00"


def test_japanese_date_line_without_its_year() -> None:
    # NHK News Web Easy: no date metadata, the story shows "[06月24日 11時30分]"; the year is the one
    # that puts it nearest the page's other date (htmldate: 2019-06-19), never the crawl date's
    assert extract("ja_nhk_easy_ruby").published_at == "2019-06-24T11:30:00+00:00"


def test_government_site_builder_date_block() -> None:
    # zoll.de (the German federal Government Site Builder, as bfs.de and bsi.bund.de): no date metadata,
    # <div class="docData news"><span class="label">Datum:</span> <span class="value">18.10.2021</span>
    # under the headline; the text below cites "Bundesgesetzblatt vom 17. August 2021" (htmldate's pick)
    assert extract("de_zoll_section_in_title").published_at == "2021-10-18T00:00:00+00:00"


def test_the_site_footer_registration_date_is_no_date_line() -> None:
    # entermedia.co.kr: no date metadata; the only classed date line is the footer's
    # <div id="footer-info">[ 등록년월일 : 2012년 11월 06일 ] (the publisher's registration), the story of
    # 2018 shows "기사입력 :[ 2018-08-25 15:24 ]" ("article entered") in unclassed text: a labelled date
    assert extract("ko_entermedia_footer_registration_date").published_at == "2018-08-25T15:24:00+00:00"


def test_dates_of_linked_and_related_teasers_are_not_the_story_date() -> None:
    # dw.com: no date metadata; the story scope holds a "relatedContent" column and picture teasers
    # (<a href="/other-story"><h2>... <span class="date">11.07.2017</span>) before the story's own
    # "Date 19.01.2020" line
    assert extract("en_dw_related_teaser_dates").published_at == "2020-01-19T00:00:00+00:00"


def _page(head: str, body: str) -> str:
    paragraph = "<p>" + "Ministers met to discuss the trade agreement and its effects. " * 7 + "</p>"
    story = f"<article><h1>Trade talks</h1>{body}{paragraph}</article>"
    return f"<html><head>{head}</head><body>{story}</body></html>"


def test_a_shown_revision_time_does_not_override_the_declared_date() -> None:
    # the only date line is the page's own dateModified: an "updated" line, not the publication
    html = _page(
        '<meta name="date" content="2018-06-22T10:20:00">',
        '<div class="post-meta"><span itemprop="dateModified">2018-08-29 14:15:57</span></div>',
    )
    assert extract_article(html, "https://example.org/a").published_at == "2018-06-22T10:20:00+00:00"


def test_a_shown_date_that_is_no_local_reading_of_the_instant_leaves_it() -> None:
    # 2021-11-04T21:07Z cannot be midnight of 5 November anywhere: the declared time stands
    html = _page(
        '<meta property="article:published_time" content="2021-11-04T21:07:00Z">',
        '<p class="date">5. November 2021</p>',
    )
    assert extract_article(html, "https://example.org/a").published_at == "2021-11-04T21:07:00+00:00"


def test_a_utc_instant_a_zone_away_from_the_shown_day_stands() -> None:
    # 02:00 UTC on 5 January is the evening of 4 January in the Americas: the shown "Jan. 4, 2018" does
    # not contradict the instant, and the bare day of a generic <meta name="date"> must not replace it
    jsonld = '{"@type": "NewsArticle", "datePublished": "2018-01-05T02:00:00Z"}'
    jsonld = f'<script type="application/ld+json">{jsonld}</script>'
    html = _page(jsonld + '<meta name="date" content="2018-01-04">', '<p class="byline">Jan. 4, 2018</p>')
    assert extract_article(html, "https://example.org/a").published_at == "2018-01-05T02:00:00+00:00"


@pytest.mark.parametrize(
    ("moment", "wall", "hours"),
    [
        ("2021-11-04T23:00:00Z", "2021-11-05", 1),  # Berlin midnight
        ("2020-04-25T15:00:00Z", "2020-04-26", 9),  # Tokyo midnight (2020年4月26日)
        ("2023-11-09T05:30:59Z", "2023-11-08T23:30:00", -6),  # to the minute
        ("2019-03-02T18:45:00Z", "2019-03-03T00:30:00", 5.75),  # Nepal: quarter hours exist
        ("2021-11-04T23:00:01Z", "2021-11-05", None),  # a bare day is midnight to the second
        ("2021-11-04T21:07:00Z", "2021-11-05", None),
        ("2021-11-04T08:00:00Z", "2021-11-05T00:00:00", None),  # 16 hours: no real offset
        ("2021-11-04T08:00:00Z", "2021-11-04T08:00:00", None),  # UTC itself: nothing to change
    ],
)
def testoffset_between(moment: str, wall: str, hours: float | None) -> None:
    instant = parse_iso(moment)
    assert instant is not None and instant.tzinfo is not None
    expected = None if hours is None else timedelta(hours=hours)
    assert offset_between(instant.astimezone(UTC), wall) == expected


@given(
    moment=st.datetimes(
        min_value=datetime(1995, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)
    ),
    quarters=st.integers(min_value=-56, max_value=56),
)
def test_offset_between_finds_the_offset_of_any_local_reading(moment: datetime, quarters: int) -> None:
    # the wall-clock reading of an instant at any real offset gives that offset back (the same instant:
    # re-expressing never moves it); UTC's own reading gives none
    moment = moment.replace(microsecond=0)
    offset = timedelta(minutes=15 * quarters)
    wall = moment.astimezone(timezone(offset)).replace(tzinfo=None).isoformat()
    found = offset_between(moment, wall)
    assert found == (offset or None)
    if found is not None:
        assert moment.astimezone(timezone(found)).replace(tzinfo=None).isoformat() == wall


def test_a_date_linked_to_the_story_itself_stays_a_date_line() -> None:
    # a blog's date links to its own permalink (WordPress "posted-on"), a teaser's to another story
    own = '<p class="posted-on"><a href="https://example.org/2019/trade-talks/">5 March 2019</a></p>'
    other = '<a href="/2018/other/"><h2>Older talks</h2> <span class="date">4 May 2018</span></a>'
    html = _page("", other + own)
    assert (
        extract_article(html, "https://example.org/2019/trade-talks/").published_at
        == "2019-03-05T00:00:00+00:00"
    )


def test_date_line_right_above_the_headline() -> None:
    # holzwerken.net: no date metadata; "21. Jan 2022 // Dominik Ricker" sits in a <p class="subline">
    # just above the <h1>, while the first classed date line in the story scope is a teaser's
    # (<div class="infos">06. Aug 2020 // Tipps) further down: the header block speaks for the story
    assert extract("de_holzwerken_date_line_above_headline").published_at == "2022-01-21T00:00:00+00:00"


def test_heading_above_the_headline_is_no_date_line() -> None:
    # a dated heading right above the headline is another story's title, not a date line
    html = (
        "<html><body><article><h2>07.06.2016: Earlier story</h2><h1>Trade talks</h1><p>"
        + "Ministers met to discuss the trade agreement and its effects. " * 7
        + '</p><p class="date">5 March 2019</p></article></body></html>'
    )
    assert extract_article(html, "https://example.org/a").published_at == "2019-03-05T00:00:00+00:00"


def test_time_text_in_local_clock_beside_a_utc_attribute() -> None:
    # cbssports.com: <meta itemprop="datePublished" content="2019-11-19 02:24:00 UTC">, and the byline's
    # <time datetime="2019-11-19 02:24:00 UTC">Nov 18, 2019 at 9:24 pm ET</time>: the reader sees the
    # evening of 18 November; the record keeps the instant at the offset of the clock shown
    published = extract("en_cbssports_time_text_local_clock").published_at
    assert published == "2019-11-18T21:24:00-05:00"
    assert same_instant(published, "2019-11-19T02:24:00Z")


def test_a_time_in_an_embedded_post_is_not_the_story_date() -> None:
    # hand-built on the shape of jolie.de / brigitte.de: an Instagram embed ("A post shared by ... on
    # <time datetime>") inside a <blockquote> of a story that shows its own date further down
    embed = (
        '<blockquote class="instagram-media"><p><a href="https://www.instagram.com/p/x/">A post shared by'
        ' someone</a> on <time datetime="2017-10-23T07:31:37+00:00">23. Okt 2017</time></p></blockquote>'
    )
    html = _page("", embed + '<p class="date">5 March 2019</p>')
    assert extract_article(html, "https://example.org/a").published_at == "2019-03-05T00:00:00+00:00"


def test_time_in_an_aside_named_for_the_story_meta() -> None:
    # alpin.de: only a generic <meta name="date" content="2022-01-26T14:32:06+02:00"> is declared; the
    # story's facts box <aside class="meta"> (date, source, picture credit; an <aside>, so noise to the
    # body) shows <time datetime="2022-01-21">21.01.2022 - 13:30</time>: the date the reader sees wins
    # over the generic tag (as on japantimes.co.jp "meta_extras", hpd.de "meta", ledevoir.com "author")
    assert extract("de_alpin_meta_aside_date").published_at == "2022-01-21T00:00:00+00:00"


def test_a_date_line_gives_its_publication_date_not_its_update() -> None:
    # hand-built on the shape of literaturkritik.de's footer line: the update label's date first, the
    # publication's after "Erschienen am" (fields/modified.py's labels; no tune page needs it yet)
    html = _page("", '<p class="meta">Letzte Änderung: 31.10.2023 - 14:49 Erschienen am: 01.11.2023</p>')
    assert extract_article(html, "https://example.de/a").published_at == "2023-11-01T00:00:00+00:00"
    html = _page("", '<p class="meta">Updated March 4, 2024 | Published March 3, 2024</p>')
    assert extract_article(html, "https://example.com/a").published_at == "2024-03-03T00:00:00+00:00"
    # only the update shown: that is the page's date still
    html = _page("", '<p class="meta">Updated March 4, 2024</p>')
    assert extract_article(html, "https://example.com/a").published_at == "2024-03-04T00:00:00+00:00"


def test_japanese_portal_date_without_its_year() -> None:
    # Yahoo!ニュース (readability's yahoo-4): no date metadata, "CNET Japan 3/9(木) 18:45配信" under the
    # story (month/day, the weekday in brackets); the year from htmldate's 2017-03-09 (the URL's id)
    assert extract("ja_yahoo_yearless_slash_date").published_at == "2017-03-09T18:45:00+00:00"


def test_date_after_a_publication_label_against_a_generic_meta_date() -> None:
    # simmentalzeitung.ch: only <meta name="date" content="11/01/2023 12:43:42"> (read day first: 11
    # January) is declared, and no date element; the story ends "Erstellt am: 01.11.2023": the date the
    # label names, which the generic tag gives way to
    assert extract("de_simmentalzeitung_labelled_date").published_at == "2023-11-01T00:00:00+00:00"


def test_date_after_a_publication_label_where_nothing_is_declared() -> None:
    # literaturkritik.de: no date metadata; a long footer block reads "Letzte Änderung: 31.10.2023 -
    # 14:49:39 Erschienen am: 01.11.2023" (only its head is a date line: the update's link and date)
    article = extract("de_literaturkritik_erschienen_am")
    assert article.published_at == "2023-11-01T00:00:00+00:00"
    # the update time before the publication is a scheduled story's last save: no modification
    assert article.modified_at is None


def test_a_labelled_date_of_another_story_is_not_the_story_date() -> None:
    # hand-built: the only labelled date sits in a related list; the story's own comes after "Publié le"
    related = '<ul class="related"><li><a href="/other">Other</a> Publié le 2 mars 2019</li></ul>'
    html = _page("", related + "<p>Publié le 5 mars 2019 par la rédaction</p>")
    assert extract_article(html, "https://example.fr/a").published_at == "2019-03-05T00:00:00+00:00"


def test_a_publication_word_inside_a_sentence_is_no_label() -> None:
    # hand-built: the story cites a study "published March 3, 2019"; the page declares no date, its URL has
    # one. A label opens its line or follows a separator; after words it is a sentence's verb
    filler = "<p>" + "Researchers adjusted for age, smoking, exercise and diet in the analysis. " * 3 + "</p>"
    cited = (
        "<p>The findings build on an earlier study, published March 3, 2019 in the European Heart Journal,"
        " which had followed more than 300,000 adults.</p>"
    )
    html = _page("", filler * 4 + cited)
    url = "https://example.com/2025/03/04/health/coffee-heart"
    assert extract_article(html, url).published_at == "2025-03-04T00:00:00+00:00"


def test_a_date_inside_a_sentence_under_the_headline_is_no_date_line() -> None:
    # hand-built: the story's second paragraph, right under the headline, tells of a study "published March
    # 3, 2019"; the page declares only a generic date. A sentence of prose is a date line only where it
    # opens with the date
    cited = (
        "<p>The findings build on an earlier study, published March 3, 2019 in the European Heart Journal,"
        " which had followed more than 300,000 adults.</p>"
    )
    lead = "<p>Coffee was linked to a healthier heart.</p>"
    html = _page('<meta name="date" content="2025-03-04">', lead + cited)
    article = extract_article(html, "https://example.com/health/coffee")
    assert article.published_at == "2025-03-04T00:00:00+00:00"
    # a date line that opens a long sentence still is one
    opens = (
        "<p>3. März 2019, Berlin. Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr"
        " beschlossen.</p>"
    )
    article = extract_article(_page("", opens), "https://example.de/politik/haushalt")
    assert article.published_at == "2019-03-03T00:00:00+00:00"


def test_a_time_labelled_as_the_update_is_not_the_publication() -> None:
    # hand-built on the shape of ctpost.com / mysanantonio.com ("Updated <time>" ahead of the story's
    # other times) where nothing is declared: the update time is skipped for the publication's
    times = (
        '<p class="byline">Updated <time datetime="2019-11-20T05:24:29Z">Nov. 20, 2019</time></p>'
        '<p class="byline">Published <time datetime="2019-11-19T22:07:18Z">Nov. 19, 2019</time></p>'
    )
    html = _page("", times)
    assert extract_article(html, "https://example.com/a").published_at == "2019-11-19T22:07:18+00:00"


def test_a_date_beside_a_link_to_another_story_is_not_the_story_date() -> None:
    # hand-built (review of session 6): an unnamed <aside> right after the headline holds a related story's
    # link and its <time>; the story's own date is declared only as a generic <meta name="date">, or given
    # by its URL. The card's date is the other story's (other_stories.in_story_card)
    card = (
        '<aside><a href="/news/farmers-fear-tariffs">Farmers fear the new tariffs on grain exports</a>'
        ' <time datetime="2019-03-02">March 2, 2019</time></aside>'
    )
    html = _page('<meta name="date" content="2019-03-05">', card)
    assert (
        extract_article(html, "https://example.com/news/trade-talks").published_at
        == "2019-03-05T00:00:00+00:00"
    )
    html = _page("", card)
    url = "https://example.com/2019/03/05/trade-talks"
    assert extract_article(html, url).published_at == "2019-03-05T00:00:00+00:00"
    # a teaser <div> with a date line ahead of the story's own byline: the byline's date
    teaser = (
        '<div class="teaser"><a href="https://www.example.com/news/farmers-fear-tariffs">Farmers fear the new'
        ' tariffs on grain exports</a> <span class="date">02.03.2019</span></div>'
    )
    html = _page("", teaser + '<p class="byline">Von Jana Roth, 05.03.2019</p>')
    assert (
        extract_article(html, "https://example.com/news/trade-talks").published_at
        == "2019-03-05T00:00:00+00:00"
    )


def test_links_of_the_story_own_date_line_leave_its_date() -> None:
    # hand-built: the byline links the author's page (a four-word name), the section and a share button
    # beside the date: none is another story's headline
    byline = (
        '<p class="byline">By <a href="/author/mary-ann-van-berg">Mary Ann van Berg</a> in'
        ' <a href="/category/world-news-and-politics">World News and Politics</a> | March 5, 2019 |'
        ' <a href="https://twitter.com/intent/tweet?url=x">Share this story on Twitter</a></p>'
    )
    assert extract_article(_page("", byline), "https://example.com/news/trade-talks").published_at == (
        "2019-03-05T00:00:00+00:00"
    )


def test_a_cited_work_access_date_is_not_the_story_date() -> None:
    # hand-built on the shape of readability's wikipedia-2 (MediaWiki's reference list): a citation's
    # "Retrieved 17 February 2008" is when the cited page was read; the page declares a generic date only
    references = (
        '<ol class="references"><li id="cite_note-1"><span class="reference-text"><cite class="citation web">'
        '<a rel="nofollow" class="external text" href="http://www.mch.govt.nz/protocols">"Protocol for'
        ' using the national anthems"</a>. Ministry for Culture and Heritage'
        '<span class="reference-accessdate">. Retrieved <span class="nowrap">17 February</span> 2008</span>.'
        "</cite></span></li></ol>"
    )
    html = _page('<meta name="date" content="2019-03-05">', references)
    assert (
        extract_article(html, "https://example.org/wiki/Anthem").published_at == "2019-03-05T00:00:00+00:00"
    )


def test_a_marked_publication_time_of_another_story_is_not_the_story_date() -> None:
    # hand-built: a teaser card right after the headline marks its own story's time (itemprop=datePublished,
    # pubdate) inside the link to that story; this story marks none and shows "5 March 2019" in its byline
    for marked in ('itemprop="datePublished"', "pubdate"):
        card = (
            '<aside><a href="/news/farmers-fear-tariffs"><h3>Farmers fear the new tariffs on grain'
            f' exports</h3><time {marked} datetime="2019-03-02">March 2, 2019</time></a></aside>'
        )
        html = _page("", card + '<p class="byline">By Jane Roe, 5 March 2019</p>')
        article = extract_article(html, "https://example.com/news/trade-talks")
        assert article.published_at == "2019-03-05T00:00:00+00:00"


def test_a_section_link_in_the_date_line_leaves_the_story_own_time() -> None:
    # hand-built (unseen-publisher probe): WordPress's own <time class="entry-date published"> in a date line
    # that also links the story's category, four words at the site's root without rel="category": a
    # section's page, not another story's, so the time and its offset are kept (other_stories._story_path)
    meta = (
        '<div class="entry-meta"><span class="posted-on">Posted on <a href="https://example.com/2020/03/03/'
        'council-votes/" rel="bookmark"><time class="entry-date published"'
        ' datetime="2020-03-03T09:00:00-05:00">March 3, 2020</time></a></span> in'
        ' <a href="/local-government-and-politics/">Local Government and Politics</a></div>'
    )
    article = extract_article(_page("", meta), "https://example.com/council-votes/")
    assert article.published_at == "2020-03-03T09:00:00-05:00"
    # ... and a section page below "/sections/" (a slug of several words under a section word)
    article = extract_article(
        _page("", meta.replace('"/local-government', '"/sections/local-government')),
        "https://example.com/council-votes/",
    )
    assert article.published_at == "2020-03-03T09:00:00-05:00"


def test_a_header_date_split_over_spans_keeps_its_time() -> None:
    # hand-built (a Xinhua-like probe): year, month/day and time in separate <span>s of the header; the page
    # gives no offset, so none is made up
    line = (
        '<div class="header-time"><span class="year"><em> 2024</em></span><span class="day"><em> 03</em>'
        '/<em>05</em></span> <span class="time">08:30:15</span></div>'
    )
    article = extract_article(_page("", line), "https://example.cn/20240305/c3f1/c.html")
    assert article.published_at == "2024-03-05T08:30:15+00:00"


def test_a_yearless_update_time_takes_the_publication_year() -> None:
    # hand-built (a Mainichi-like probe): "（最終更新 3/4 20:15）" after the publication time gives no
    # year; the publication's year (and offset) makes it a time after the publication: the modification
    head = '<meta property="article:published_time" content="2024-03-04T18:00:00+09:00">'
    line = '<p class="articledetail-head-date">2024/3/4 18:00（最終更新 3/4 20:15）</p>'
    url = "https://example.jp/articles/20240304/k00/00m/020/123000c"
    assert extract_article(_page(head, line), url).modified_at == "2024-03-04T20:15:00+09:00"
    # ... never one before the publication (another year's day, read in this one)
    line = '<p class="articledetail-head-date">2024/3/4 18:00（最終更新 3/2 20:15）</p>'
    assert extract_article(_page(head, line), url).modified_at is None
