"""newsarchive.dates: the one date module (ISO, free text in the corpora's languages, URLs, bounds)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from newsarchive.dates import (
    date_in_text,
    date_in_url,
    is_plausible,
    local_date,
    normalise_date,
    parse_iso,
    utc_date,
    yearless_date_in_text,
)

NOW = datetime(2024, 5, 18, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veröffentlicht am 26. April 2020 um 14:30 Uhr", "2020-04-26T14:30:00+00:00"),
        ("Stand: 03.02.2022, 17:06", "2022-02-03T17:06:00+00:00"),
        ("2020年4月26日 14:05", "2020-04-26T14:05:00+00:00"),
        ("2020年4月26日（日）", "2020-04-26T00:00:00+00:00"),
        ("Publicado el 26 de abril de 2020", "2020-04-26T00:00:00+00:00"),
        ("le 3 mars 2019 à 10h15", "2019-03-03T10:15:00+00:00"),
        ("12 marca 2021", "2021-03-12T00:00:00+00:00"),
        ("Wednesday, October 16, 2019", "2019-10-16T00:00:00+00:00"),
        ("April 26, 2020 at 3:05 pm EDT", "2020-04-26T15:05:00-04:00"),
        ("By Jane Doe | 2019/10/16", "2019-10-16T00:00:00+00:00"),
        ("Von Deutscher Tennis Bund 4. 2. 2022.", "2022-02-04T00:00:00+00:00"),  # spaced: day first
        ("Aktualisiert 4. 2. 2022 um 10:15", "2022-02-04T10:15:00+00:00"),
        # the word before the time in Italian, Dutch, Russian, Turkish, Finnish date lines (probe pages of
        # Corriere-, NRC-, RIA-, Hürriyet- and Yle-like headers, hand-built: the day was read, not the time)
        ("5 marzo 2024, ore 10.15", "2024-03-05T10:15:00+00:00"),
        ("5 maart 2024 om 10:15", "2024-03-05T10:15:00+00:00"),
        ("5 марта 2024 г., 10:15", "2024-03-05T10:15:00+00:00"),
        ("5 марта 2024 г. в 10:15", "2024-03-05T10:15:00+00:00"),
        ("5 Mart 2024 saat 10:15", "2024-03-05T10:15:00+00:00"),
        ("5.3.2024 klo 10.15", "2024-03-05T10:15:00+00:00"),
    ],
)
def test_date_in_text(text: str, expected: str) -> None:
    assert date_in_text(text, now=NOW) == expected


@pytest.mark.parametrize("text", ["Posted 8:00 AM", "© 2019 Example", "Mai 2020", "Seite 12 von 2020", ""])
def test_date_in_text_needs_a_whole_date(text: str) -> None:
    # a missing year or day is never filled in from today's date (the crawl date is no publication date)
    assert date_in_text(text, now=NOW) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("２０１９年１１月１８日 １５：３０", "2019-11-18T15:30:00+00:00"),  # full-width digits (NFKC)
        ("令和元年11月18日", "2019-11-18T00:00:00+00:00"),  # the Japanese era calendar: Reiwa 1 = 2019
        ("令和2年1月5日(日)", "2020-01-05T00:00:00+00:00"),
        ("平成31年4月30日(火) 午後3時05分", "2019-04-30T15:05:00+00:00"),  # 午後: p.m.
        ("2019年11月18日 午前0時30分", "2019-11-18T00:30:00+00:00"),
        ("2019. 11. 18. 오후 3:30", "2019-11-18T15:30:00+00:00"),  # Korean: dot and space, 오후 p.m.
        ("입력 2019. 11. 18.", "2019-11-18T00:00:00+00:00"),
    ],
)
def test_date_in_text_cjk(text: str, expected: str) -> None:
    assert date_in_text(text, now=NOW) == expected


def test_numeric_dates_are_day_first_unless_told() -> None:
    assert date_in_text("04/05/2020", now=NOW) == "2020-05-04T00:00:00+00:00"
    assert date_in_text("04/05/2020", month_first=True, now=NOW) == "2020-04-05T00:00:00+00:00"
    assert date_in_text("13/05/2020", month_first=True, now=NOW) == "2020-05-13T00:00:00+00:00"
    assert normalise_date("06.05.2023 08:10", now=NOW) == "2023-05-06T08:10:00+00:00"
    # 31 is no month: month first on any page (readability's ehow-1: <meta name="publishdate"
    # content="05/29/2007 09:49:00">, read as nothing before)
    assert date_in_text("Published on 12/31/2019", now=NOW) == "2019-12-31T00:00:00+00:00"
    assert normalise_date("05/29/2007 09:49:00", now=NOW) == "2007-05-29T09:49:00+00:00"
    assert date_in_text("31/13/2019", now=NOW) is None
    # dots are day first even where slashes are read month first (a German blog's theme lang="en-US")
    assert date_in_text("04.05.2020", month_first=True, now=NOW) == "2020-05-04T00:00:00+00:00"


def test_zones_in_text_keep_the_instant() -> None:
    # an ISO 8601 time in running text keeps its offset (it was read as the same wall time in UTC)
    assert date_in_text("Published: 2019-03-05T10:00:00-05:00", now=NOW) == "2019-03-05T10:00:00-05:00"
    assert date_in_text("2019-03-05 10:00:00.123+0900", now=NOW) == "2019-03-05T10:00:00+09:00"
    # AP style US zones: standard time in November, summer time in July (readability's tmz-1 writes PST)
    assert date_in_text("Nov. 21, 2019, 2:35 p.m. ET", now=NOW) == "2019-11-21T14:35:00-05:00"
    assert date_in_text("July 4, 2019 10:00 am PT", now=NOW) == "2019-07-04T10:00:00-07:00"
    assert date_in_text("2/26/2015 7:11 AM PST BY TMZ STAFF", now=NOW) == "2015-02-26T07:11:00-08:00"
    # a zone is written in capitals: French "et" / "est" after a time are words, not ET / EST
    assert date_in_text("le 4 mars 2019 à 10h30 est", now=NOW) == "2019-03-04T10:30:00+00:00"
    assert date_in_text("le 4 mars 2019 à 10h30 et demain", now=NOW) == "2019-03-04T10:30:00+00:00"


def test_bounds() -> None:
    assert normalise_date("1989-12-31", now=NOW) is None
    assert normalise_date("1990-01-01", now=NOW) == "1990-01-01T00:00:00+00:00"
    assert normalise_date("2024-05-19T06:00:00+00:00", now=NOW) is not None  # within a day: clock skew
    assert normalise_date("2024-06-01", now=NOW) is None  # the future
    assert date_in_text("1. Juni 2024", now=NOW) is None
    assert not is_plausible(date(2030, 1, 1), now=NOW)
    assert normalise_date("8:00 AM", now=NOW) is None
    assert normalise_date("March 2020", now=NOW) is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://uepo.de/2020/04/26/digitales-woerterbuch/", "2020-04-26T00:00:00+00:00"),
        ("https://www.he.xinhuanet.com/news/2012-06/04/content_1.htm", "2012-06-04T00:00:00+00:00"),
        ("https://example.org/news/20200426-slug", "2020-04-26T00:00:00+00:00"),
        ("https://www.zeit.de/2019/43/klimaschutz", None),  # issue 43, not a month
        ("https://example.blogspot.com/2020/04/tach-auch.html", None),  # a month is not a day
        ("https://web.archive.org/web/20131110121040/http://example.org/post", None),  # capture time
        ("https://example.org/article?id=20200426", None),  # query ids are not dates
    ],
)
def test_date_in_url(url: str, expected: str | None) -> None:
    assert date_in_url(url, now=NOW) == expected


def test_iso_helpers() -> None:
    assert parse_iso("2024-05-18T06:15:02Z") == datetime(2024, 5, 18, 6, 15, 2, tzinfo=UTC)
    assert parse_iso("2024-05-18") == datetime(2024, 5, 18, tzinfo=UTC)
    assert parse_iso("not a date") is None
    assert utc_date("2024-05-18T01:00:00+09:00") == date(2024, 5, 17)
    assert local_date("2024-05-18T01:00:00+09:00") == date(2024, 5, 18)


@pytest.mark.parametrize(
    ("text", "near", "expected"),
    [
        ("[06月24日 11時30分]", "2019-06-19", "2019-06-24T11:30:00+00:00"),
        ("12月30日", "2020-01-03T08:00:00+09:00", "2019-12-30T00:00:00+00:00"),  # the year before
        ("1月2日（木）", "2019-12-28", "2020-01-02T00:00:00+00:00"),  # the year after
        ("6月24日", "2019-01-01", None),  # nearest is 2019-06-24: over a quarter away
        ("6月24日", None, None),  # no other date: no year (never the crawl date's)
        ("2019年6月24日", "2019-06-19", None),  # has its year: date_in_text's
        ("등록년월일 : 2012년 11월 06일", "2018-08-25", None),  # Korean spaces after the year: still its year
        ("2019年 6月24日", "2019-06-19", None),
        ("2月30日", "2019-02-20", None),
        ("CNET Japan 3/9(木) 18:45配信", "2017-03-09", "2017-03-09T18:45:00+00:00"),  # Yahoo!ニュース
        ("１１月１８日（月） １０：３０", "2019-11-01", "2019-11-18T10:30:00+00:00"),  # full-width digits
        ("version 1/2(x)", "2019-11-01", None),  # a slash date needs its weekday in brackets
    ],
)
def test_yearless_date_in_text(text: str, near: str | None, expected: str | None) -> None:
    assert yearless_date_in_text(text, near, now=NOW) == expected
