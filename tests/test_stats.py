"""`stats`: counts per day and section, field coverage, drop reasons, and the HTML report."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from newsarchive.archivestats.summary import COVERAGE_FIELDS
from newsarchive.commands import stats
from newsarchive.items import Article, Image
from tests.test_warc_kit import run_module

SVG = "{http://www.w3.org/2000/svg}"
XHTML_FREE = re.compile(r"(?:src|href)\s*=\s*[\"'](?:https?:)?//|url\(|@import|<script|<link|<img|<iframe")


def article(url: str, **fields: Any) -> dict[str, Any]:
    record = Article(url=f"https://news.example/{url}", site="example_news", **fields)
    record.refresh_derived()
    return record.to_dict()


FULL = {"headline": "H", "standfirst": "S", "authors": ["A"], "body": ["One two three."], "language": "en"}
RECORDS = {
    # file name -> records, as the archive files them (published day UTC; crawl day when undated)
    "2024-03-01.jsonl": [
        article("a", section="Politics", published_at="2024-03-01T09:00:00+09:00", **FULL),
        article("b", section="Politics", published_at="2024-03-01T23:30:00+00:00", **FULL),
        article("b", section="Politics", published_at="2024-03-01T23:30:00+00:00", version=2, **FULL),
    ],
    # 2024-03-02T01:00+09:00 is 2024-03-01 in UTC: the record's own date decides, not the file.
    "2024-03-02.jsonl": [
        article("c", section="Business", published_at="2024-03-02T01:00:00+09:00", headline="C", body=["x"]),
        article("d", section="Business", published_at="2024-03-02T12:00:00Z", headline="D", body=["y"]),
    ],
    "2024-03-04.jsonl": [
        article(
            "e",
            section="Politics",
            published_at="2024-03-04T08:00:00+00:00",
            images=[Image(url="https://news.example/e.jpg")],
            access="paywalled",
            **FULL,
        ),
        article("f", published_at="2024-03-04T10:00:00+00:00", sponsored=True, **FULL),
    ],
    "2024-03-05.jsonl": [
        article("g", section="Economy", fetched_at="2024-03-05T06:00:00+00:00", headline="G")
    ],
}


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    site = tmp_path / "data" / "archive" / "example_news"
    site.mkdir(parents=True)
    for name, records in RECORDS.items():
        lines = "".join(json.dumps(r) + "\n" for r in records)
        (site / name).write_text(lines, encoding="utf-8")
    with (site / "2024-03-05.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"url": "https://news.example/torn", "headl')  # a crash mid-line: skipped
    return site


@pytest.fixture
def reports(archive: Path) -> Path:
    folder = archive.parent.parent / "reports" / "example_news"
    folder.mkdir(parents=True)
    (folder / "20240301T100000Z.json").write_text(
        json.dumps(
            {
                "site": "example_news",
                "finished_at": "2024-03-01T10:00:00+00:00",
                "stats": {},
                "drops": {"Sponsored": 2, "Duplicate": 1},
            }
        )
    )
    # A report without its own drops table: the per-reason stats of Scrapy count instead.
    (folder / "20240305T100000Z.json").write_text(
        json.dumps(
            {
                "site": "example_news",
                "finished_at": "2024-03-05T10:00:00+00:00",
                "stats": {"item_dropped_reasons_count/BodyTooShort": 3, "item_scraped_count": 4},
            }
        )
    )
    return folder


EXPECTED_DAYS = {"2024-03-01": 3, "2024-03-02": 1, "2024-03-04": 2, "2024-03-05": 1}
EXPECTED_SECTIONS = {"Politics": 3, "Business": 2, "(none)": 1, "Economy": 1}


def test_text_report(archive: Path, reports: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert stats.run([str(archive)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith(f"Archive {archive}: 7 articles in 8 records (1 later version), 4 files")
    days = lines[lines.index("Articles per day (published date UTC; crawl date when undated):") + 1 :][:4]
    assert [line.split() for line in days] == [[d, str(n)] for d, n in EXPECTED_DAYS.items()]
    sections = lines[lines.index("Articles per section:") + 1 :][:4]
    assert [line.split() for line in sections] == [[s, str(n)] for s, n in EXPECTED_SECTIONS.items()]
    coverage = {line.split()[0]: line.split()[1:] for line in lines if re.match(r"  \w+ +\d+/7 ", line)}
    assert coverage["headline"] == ["7/7", "100.0%"]
    assert coverage["standfirst"] == ["4/7", "57.1%"]
    assert coverage["images"] == ["1/7", "14.3%"]
    assert coverage["published_at"] == ["6/7", "85.7%"]
    assert coverage["body"] == ["6/7", "85.7%"]
    assert "Access: paywalled 1, unknown 6; sponsored 1; without published date 1" in out
    drops = lines[lines.index(next(x for x in lines if x.startswith("Drop reasons"))) :]
    assert drops[0] == "Drop reasons (2 run reports, 2024-03-01T10:00:00+00:00 to 2024-03-05T10:00:00+00:00):"
    assert [line.split() for line in drops[1:]] == [
        ["BodyTooShort", "3"],
        ["Sponsored", "2"],
        ["Duplicate", "1"],
    ]


def test_without_run_reports(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert stats.run([str(archive)]) == 0
    assert "Drop reasons: no run reports (looked in" in capsys.readouterr().out


def test_json_report(archive: Path, reports: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert stats.run([str(archive.parent), "--json"]) == 0  # the archive root works too
    data = json.loads(capsys.readouterr().out)
    assert data["per_day"] == EXPECTED_DAYS and data["per_section"] == EXPECTED_SECTIONS
    assert data["articles"] == 7 and data["records"] == 8 and data["sites"] == ["example_news"]
    assert data["coverage"]["authors"] == {"articles": 4, "share": round(4 / 7, 4)}
    assert data["coverage_by_day"]["2024-03-01"]["standfirst"] == round(2 / 3, 4)
    assert data["run_reports"]["drops"] == {"BodyTooShort": 3, "Duplicate": 1, "Sponsored": 2}


def test_html_report_is_self_contained_and_its_charts_carry_the_numbers(
    archive: Path, reports: Path, tmp_path: Path
) -> None:
    page = tmp_path / "out" / "report.html"
    done = run_module("newsarchive", "stats", str(archive), "--html", str(page))
    assert done.returncode == 0, done.stderr
    html = page.read_text(encoding="utf-8")
    assert html.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert not XHTML_FREE.search(html), XHTML_FREE.search(html)
    root = etree.fromstring(html.split("\n", 1)[1].encode())  # well-formed throughout (XML parser)
    assert root.find("head/meta").get("charset") == "utf-8" and root.findtext("head/title")

    def chart(chart_id: str) -> etree._Element:
        (svg,) = [s for s in root.iter(f"{SVG}svg") if s.get("id") == chart_id]
        return svg

    def bars(chart_id: str) -> list[tuple[str, int, float, float]]:
        return [
            (r.get("data-label"), int(r.get("data-value")), float(r.get("height")), float(r.get("width")))
            for r in chart(chart_id).iter(f"{SVG}rect")
            if r.get("class") == "bar"
        ]

    per_day = bars("per-day")
    # One bar per calendar day, the day without articles included (drawn empty, marked 0).
    expected_bars = {**EXPECTED_DAYS, "2024-03-03": 0}
    assert [(label, value) for label, value, _, _ in per_day] == sorted(expected_bars.items())
    # Bars are to scale: the same length per article for every bar (coordinates have 2 decimals).
    scale = per_day[0][2] / per_day[0][1]
    assert [height for _, _, height, _ in per_day] == [
        pytest.approx(v * scale, abs=0.01) for _, v in sorted(expected_bars.items())
    ]
    per_section = bars("per-section")
    assert [(label, value) for label, value, _, _ in per_section] == list(EXPECTED_SECTIONS.items())
    scale = per_section[0][3] / per_section[0][1]
    assert [w for _, _, _, w in per_section] == [
        pytest.approx(v * scale, abs=0.01) for v in EXPECTED_SECTIONS.values()
    ]
    tips = {
        rect.get("data-label"): rect.findtext(f"{SVG}title")
        for rect in chart("per-day").iter(f"{SVG}rect")
        if rect.get("class") == "bar"
    }
    assert tips["2024-03-01"] == "2024-03-01: 3 articles"
    assert tips["2024-03-02"] == "2024-03-02: 1 article"  # plural right
    assert tips["2024-03-03"] == "2024-03-03: 0 articles"
    # Values are written on the bars (few bars: every one), and the y axis has more than 0 and 1.
    values = [t.text for t in chart("per-day").iter(f"{SVG}text") if t.get("class") in ("value", "zero")]
    assert values == ["3", "1", "0", "2", "1"]
    ticks = [t.text for t in chart("per-day").iter(f"{SVG}text") if t.get("class") == "tick"]
    assert ticks == ["0", "1", "2", "3"]
    titles = [t.text for t in chart("per-day").iter(f"{SVG}text") if t.get("class") == "axis-title"]
    assert titles == ["published date (UTC), 2024", "articles"]

    def points(chart_id: str) -> dict[tuple[str, str], float]:
        return {
            (c.get("data-series"), c.get("data-label")): float(c.get("data-value"))
            for c in chart(chart_id).iter(f"{SVG}circle")
        }

    # By default only the fields that are not always present are drawn; every field behind "show all".
    drawn = {c.get("data-series") for c in chart("coverage-over-time").iter(f"{SVG}circle")}
    assert "headline" not in drawn and {"standfirst", "images", "body"} <= drawn
    every = points("coverage-over-time-all")
    assert {name for name, _ in every} == set(COVERAGE_FIELDS)
    assert every[("headline", "2024-03-05")] == 100
    telling = points("coverage-over-time")
    assert telling[("standfirst", "2024-03-01")] == pytest.approx(66.7)
    assert telling[("standfirst", "2024-03-02")] == 0
    assert telling[("images", "2024-03-04")] == 50
    assert ("images", "2024-03-03") not in telling  # no article that day: no point
    # The points sit where their values say on the 0-100 % axis.
    ys = {
        key: float(c.get("cy"))
        for c in chart("coverage-over-time-all").iter(f"{SVG}circle")
        for key in [(c.get("data-series"), c.get("data-label"))]
    }
    top, bottom = ys[("headline", "2024-03-05")], ys[("standfirst", "2024-03-02")]
    assert ys[("images", "2024-03-04")] == pytest.approx((top + bottom) / 2, abs=0.01)

    totals = {td.get("data-key"): td.text for td in root.iter("td") if td.get("data-key")}
    assert totals["articles"] == "7" and totals["records"] == "8" and totals["sponsored"] == "1"
    drops = {row[0].text: row[1].text for row in root.find(".//table[@id='drops']/tbody")}
    assert drops == {"BodyTooShort": "3", "Sponsored": "2", "Duplicate": "1"}


def test_html_without_reports_says_so(archive: Path, tmp_path: Path) -> None:
    page = tmp_path / "r.html"
    assert stats.run([str(archive), "--html", str(page), "--json"]) == 0
    root = etree.fromstring(page.read_text(encoding="utf-8").split("\n", 1)[1].encode())
    assert root.find(".//p[@id='drops']").text == "No run reports."


def test_bad_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert stats.run([str(tmp_path / "nowhere")]) == 2
    assert "no such folder" in capsys.readouterr().err
    assert stats.run([str(tmp_path)]) == 2
    assert "no archive files" in capsys.readouterr().err


def test_stats_and_run_report_share_one_idea_of_coverage() -> None:
    from newsarchive.archivestats.summary import summarise
    from newsarchive.monitoring.coverage import CoverageCounter

    records = [
        {
            "url": "https://n.example/a",
            "headline": "A",
            "authors": [""],
            "images": [{}],
            "credit": "(Nikkei)",
        },
        {"url": "https://n.example/b", "headline": " ", "authors": ["Jo"], "body": ["x"]},
    ]
    counter = CoverageCounter()
    for record in records:
        counter.add(record)
    summary = summarise(records)
    assert summary.coverage == counter.filled
    assert summary.coverage["authors"] == 1  # a list of blank names is no author
    assert summary.coverage["images"] == 0
    assert summary.coverage["credit"] == 1


def test_html_runs_chart_answers_did_the_last_run_archive_as_much_as_usual(tmp_path: Path) -> None:
    import statistics

    from tests import report_archive

    archive, reports_dir = report_archive.write(tmp_path / "data")
    page = tmp_path / "report.html"
    assert stats.run([str(archive), "--html", str(page)]) == 0
    root = etree.fromstring(page.read_text(encoding="utf-8").split("\n", 1)[1].encode())
    (runs,) = [s for s in root.iter(f"{SVG}svg") if s.get("id") == "per-run"]
    bars = [r for r in runs.iter(f"{SVG}rect") if r.get("class") == "bar"]
    assert len(bars) == 30  # the last 30 runs
    counts = [int(b.get("data-value")) for b in bars]
    (usual,) = [line for line in runs.iter(f"{SVG}line") if line.get("class") == "reference"]
    assert float(usual.get("data-value")) == statistics.median(counts)
    failed = [b for b in bars if b.get("fill") != bars[-1].get("fill")]
    assert [b.findtext(f"{SVG}title") for b in failed] == [
        f"{failed[0].get('data-label')}: 0 articles (run report failed)"
    ]
    lead = root.find(".//p[@id='last-run']").text
    assert lead.startswith(f"The last run, Apr 11 2024 23:10 UTC, archived {counts[-1]} articles; the usual")
    # Every day of the span is a bar, the crawler's day off included.
    (per_day,) = [s for s in root.iter(f"{SVG}svg") if s.get("id") == "per-day"]
    days = {r.get("data-label"): int(r.get("data-value")) for r in per_day.iter(f"{SVG}rect")}
    assert len(days) == report_archive.DAYS and days[report_archive.OUTAGE.isoformat()] == 0
    # Coverage over time draws the fields that changed (the redesign lost images), not the complete ones.
    (coverage,) = [s for s in root.iter(f"{SVG}svg") if s.get("id") == "coverage-over-time"]
    drawn = {line.get("data-series") for line in coverage.iter(f"{SVG}polyline")}
    assert drawn == {"standfirst", "authors", "images", "credit"}

    # One run is too few for a usual: no line, and the page says so.
    for extra in sorted(reports_dir.glob("*.json"))[:-1]:
        extra.unlink()
    assert stats.run([str(archive), "--html", str(page)]) == 0
    root = etree.fromstring(page.read_text(encoding="utf-8").split("\n", 1)[1].encode())
    assert "too few for a usual" in root.find(".//p[@id='last-run']").text
    assert not [x for x in root.iter(f"{SVG}line") if x.get("class") == "reference"]
