"""The self-contained HTML report: one file, inline CSS and SVG, no script, no network.

Each chart answers one question a user of an archive has, and says which in its heading:
did the last crawl run archive as much as usual (runs), were there days with nothing (per day), what does
the archive cover (sections), which field broke and when (coverage over time: only the fields that are
not always complete; every field behind "show all").
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from html import escape

from newsarchive import __version__
from newsarchive.archivestats.runreports import RunReports
from newsarchive.archivestats.summary import COVERAGE_FIELDS, UNDATED, ArchiveSummary
from newsarchive.archivestats.svg import Reference, bar_chart, count_noun, hbar_chart, line_chart
from newsarchive.dates import parse_iso

ARTICLE = ("article", "articles")
#: Runs drawn in the runs chart, and the window of the "usual" (median) line.
RECENT_RUNS = 30
MIN_RUNS_FOR_USUAL = 3
#: Up to this many days the per-day chart has a bar per day; longer spans are drawn per week, then month.
DAILY_UP_TO = 92
WEEKLY_UP_TO = 2 * 366

_CSS = """
body { font-family: system-ui, sans-serif; margin: 1.5rem auto; max-width: 46rem; color: #222;
       padding: 0 1rem; line-height: 1.4; }
h1 { font-size: 1.45rem; margin-bottom: .3rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .2rem; border-bottom: 1px solid #ddd; }
p { overflow-wrap: anywhere; } p.question { margin: .2rem 0 .6rem; color: #555; }
table { border-collapse: collapse; margin: .5rem 0; } td, th { padding: .2rem .7rem; text-align: left; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
tr:nth-child(even) { background: #f6f6f6; }
.below { color: #b00020; font-weight: bold; } .muted { color: #666; }
.lead { font-size: 1.05rem; }
.wide { overflow-x: auto; }
svg.chart { display: block; width: 100%; max-width: 40rem; height: auto; }
details { margin: .6rem 0; } summary { cursor: pointer; color: #1f5fa8; }
@media (max-width: 30rem) { body { margin: .8rem auto; padding: 0 .6rem; } td, th { padding: .2rem .4rem; } }
"""


def _table(headers: list[str], rows: list[list[str]], *, table_id: str, numeric: set[int]) -> str:
    def cell(tag: str, i: int, text: str) -> str:
        cls = ' class="n"' if i in numeric else ""
        return f"<{tag}{cls}>{text}</{tag}>"

    head = "".join(cell("th", i, escape(h)) for i, h in enumerate(headers))
    body = "".join("<tr>" + "".join(cell("td", i, c) for i, c in enumerate(r)) + "</tr>" for r in rows)
    table = f'<table id="{table_id}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
    return f'<div class="wide">{table}</div>'


def _totals(summary: ArchiveSummary) -> str:
    rows = [
        ("articles", "articles", summary.articles),
        ("records", "records", summary.records),
        ("later versions", "later_versions", summary.later_versions),
        ("without published date", "undated", summary.undated),
        ("sponsored", "sponsored", summary.sponsored),
        *((f"access: {k}", f"access/{k}", v) for k, v in summary.access.items()),
    ]
    return "".join(
        f'<tr><th>{escape(label)}</th><td class="n" data-key="{escape(key)}">{value}</td></tr>'
        for label, key, value in rows
    )


@dataclass(kw_only=True)
class Buckets:
    """The day axis of the archive: one bucket per day, week or month, with no gaps."""

    unit: str  #: "day" / "week" / "month"
    keys: list[str]  #: first day of each bucket, ISO
    short: list[str]  #: what the axis prints
    members: dict[str, str]  #: day -> its bucket key
    year_note: str  #: ", 2024" when every bucket is in one year (the short labels omit it)


def day_buckets(days: list[str]) -> Buckets:
    dated = sorted(date.fromisoformat(d) for d in days if d != UNDATED)
    if not dated:
        return Buckets(unit="day", keys=[], short=[], members={}, year_note="")
    first, last = dated[0], dated[-1]
    span = (last - first).days + 1
    unit = "day" if span <= DAILY_UP_TO else "week" if span <= WEEKLY_UP_TO else "month"

    def start(day: date) -> date:
        if unit == "week":
            return day - timedelta(days=day.weekday())
        if unit == "month":
            return day.replace(day=1)
        return day

    keys: list[date] = []
    cursor = start(first)
    while cursor <= last:
        keys.append(cursor)
        if unit == "day":
            cursor += timedelta(days=1)
        elif unit == "week":
            cursor += timedelta(days=7)
        else:
            cursor = (cursor.replace(day=28) + timedelta(days=4)).replace(day=1)
    one_year = keys[0].year == keys[-1].year
    if unit == "month":
        short = [k.strftime("%b") if one_year else k.strftime("%b %Y") for k in keys]
    else:
        short = [f"{k.strftime('%b')} {k.day}" if one_year else k.isoformat() for k in keys]
    return Buckets(
        unit=unit,
        keys=[k.isoformat() for k in keys],
        short=short,
        members={d.isoformat(): start(d).isoformat() for d in dated},
        year_note=f", {keys[0].year}" if one_year else "",
    )


def _runs_section(reports: RunReports) -> str:
    runs = [r for r in reports.history if r.archived is not None][-RECENT_RUNS:]
    if not runs:
        return ""
    labels = [r.finished_at for r in runs]
    one_year = len({label[:4] for label in labels}) == 1
    days = {label[:10] for label in labels}
    if len(days) < len(labels) and len(days) <= 2:  # several runs a day: the time tells them apart
        short = [label[11:16] for label in labels]
    else:
        short = [_short_time(label, with_year=False) for label in labels]
    counts = [int(r.archived or 0) for r in runs]
    usual = statistics.median(counts)
    last = runs[-1]
    failed = frozenset(r.finished_at for r in runs if r.status == "failed")
    verdicts = {"failed": " It failed its run report.", "ok": " It passed its run report."}
    verdict = verdicts.get(last.status, "")
    # A usual needs a few runs to mean anything: with one or two, the chart has no line.
    has_usual = len(runs) >= MIN_RUNS_FOR_USUAL
    usual_text = (
        f"; the usual (median of the last {count_noun(len(runs), 'run')}) is {_num(usual)}"
        if has_usual
        else f" ({count_noun(len(runs), 'run')} so far: too few for a usual)"
    )
    lead = (
        f'<p class="lead" id="last-run">The last run, '
        f"{escape(_short_time(last.finished_at, with_year=True))} UTC, "
        f"archived {count_noun(int(last.archived or 0), *ARTICLE)}{usual_text}.{verdict}</p>"
    )
    chart = bar_chart(
        list(zip(labels, counts, strict=True)),
        chart_id="per-run",
        title="Articles archived per crawl run",
        noun=ARTICLE,
        x_title="run finished (UTC)" + (f", {labels[0][:4]}" if one_year else ""),
        y_title="articles archived",
        short_labels=short,
        alert=failed,
        notes={label: "run report failed" for label in failed},
        reference=Reference(value=usual, label=f"usual: {_num(usual)}") if has_usual else None,
    )
    return "\n".join(
        [
            "<h2>Articles archived per crawl run</h2>",
            '<p class="question">Did the last run archive as much as usual? Red: a run whose report broke '
            "a rule.</p>",
            lead,
            chart,
        ]
    )


def _per_day_section(summary: ArchiveSummary, buckets: Buckets) -> str:
    totals = dict.fromkeys(buckets.keys, 0)
    for day, n in summary.per_day.items():
        if day in buckets.members:
            totals[buckets.members[day]] += n
    data = list(totals.items())
    short = list(buckets.short)
    undated = summary.per_day.get(UNDATED, 0)
    if undated:
        data.append((UNDATED, undated))
        short.append("no date")
    empty = [key for key, n in totals.items() if n == 0]
    unit = buckets.unit
    heading = {"day": "Articles per day", "week": "Articles per week", "month": "Articles per month"}[unit]
    note = (
        f"{count_noun(len(empty), unit)} without any article (marked 0)."
        if empty
        else f"Every {unit} has articles."
    )
    return "\n".join(
        [
            f"<h2>{heading}</h2>",
            f'<p class="question">Were there {unit}s with nothing archived? By published date (UTC); '
            f"crawl date when the article has none. {escape(note)}</p>",
            bar_chart(
                data,
                chart_id="per-day",
                title=heading,
                noun=ARTICLE,
                x_title=("published date (UTC)" if unit == "day" else f"{unit} of publication (UTC)")
                + buckets.year_note,
                y_title="articles",
                short_labels=short,
            ),
        ]
    )


def _coverage_series(summary: ArchiveSummary, buckets: Buckets) -> dict[str, list[float | None]]:
    """Share of each bucket's articles that have the field; None for a bucket without articles."""
    articles = dict.fromkeys(buckets.keys, 0)
    having: dict[str, dict[str, int]] = {key: {} for key in buckets.keys}
    for day, n in summary.per_day.items():
        key = buckets.members.get(day)
        if key is None:
            continue
        articles[key] += n
        for name, count in summary.coverage_by_day.get(day, {}).items():
            having[key][name] = having[key].get(name, 0) + count
    return {
        name: [having[k].get(name, 0) / articles[k] if articles[k] else None for k in buckets.keys]
        for name in COVERAGE_FIELDS
    }


def _coverage_section(summary: ArchiveSummary, buckets: Buckets) -> str:
    heading = "<h2>Coverage over time</h2>"
    question = (
        '<p class="question">Which field broke, and when? Share of each '
        f"{buckets.unit}'s articles that have the field; dashed: the site profile's minimum.</p>"
    )
    if not buckets.keys:
        return "\n".join([heading, question, "<p>No dated articles.</p>"])
    series = _coverage_series(summary, buckets)
    minimums = {k: v for k, v in summary.profile_minimums.items() if k in series}
    complete, absent, telling = [], [], {}
    for name, values in series.items():
        present = [v for v in values if v is not None]
        below_minimum = name in minimums and min(present) < minimums[name]
        if min(present) >= 1 and not below_minimum:
            complete.append(name)
        elif max(present) <= 0 and name not in minimums:
            absent.append(name)
        else:
            telling[name] = values
    x_title = (
        "published date (UTC)" if buckets.unit == "day" else f"{buckets.unit} (UTC)"
    ) + buckets.year_note
    parts = [heading, question]
    if telling:
        parts.append(
            line_chart(
                buckets.keys,
                telling,
                chart_id="coverage-over-time",
                title="Field coverage over time: fields not always present",
                x_title=x_title,
                short_labels=buckets.short,
                minimums={k: v for k, v in minimums.items() if k in telling},
            )
        )
    else:
        parts.append('<p id="coverage-complete">Every field the archive has is in every article.</p>')
    notes = []
    if complete:
        notes.append(f"In every article: {', '.join(complete)}.")
    if absent:
        notes.append(f"In no article: {', '.join(absent)}.")
    if notes:
        parts.append(f'<p class="muted">{escape(" ".join(notes))}</p>')
    parts.append(
        f"<details><summary>Show all {len(series)} fields</summary>"
        + line_chart(
            buckets.keys,
            series,
            chart_id="coverage-over-time-all",
            title="Field coverage over time: every field",
            x_title=x_title,
            short_labels=buckets.short,
            height=300,
        )
        + "</details>"
    )
    return "\n".join(parts)


def render_html(
    summary: ArchiveSummary,
    reports: RunReports,
    *,
    source: str,
    generated_at: datetime | None = None,
    rejects: Mapping[str, int] | None = None,
) -> str:
    generated = (generated_at or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    sites = ", ".join(summary.sites) or "archive"
    title = f"newsarchive report: {sites}"
    buckets = day_buckets(list(summary.per_day))
    coverage_rows = []
    for name in COVERAGE_FIELDS:
        share = summary.share(name)
        minimum = summary.profile_minimums.get(name)
        below = minimum is not None and share < minimum
        coverage_rows.append(
            [
                escape(name),
                str(summary.coverage.get(name, 0)),
                f'<span class="{"below" if below else ""}">{share * 100:.1f} %</span>',
                f"{minimum * 100:.0f} %" if minimum is not None else "",
            ]
        )
    reports_phrase = count_noun(reports.runs, "run report")
    if reports.runs:
        drops_html = (
            f'<p class="muted">From {reports_phrase}, finished '
            f"{escape(_short_time(reports.first_finished_at or '?', with_year=True))} to "
            f"{escape(_short_time(reports.last_finished_at or '?', with_year=True))} UTC.</p>"
            + _table(
                ["reason", "pages"],
                [[escape(k), str(v)] for k, v in sorted(reports.drops.items(), key=lambda kv: -kv[1])],
                table_id="drops",
                numeric={1},
            )
            if reports.drops
            else f'<p id="drops">No drops in {reports_phrase}.</p>'
        )
    else:
        drops_html = '<p id="drops">No run reports.</p>'
    if rejects:
        total = sum(rejects.values())
        drops_html += (
            f'<p class="muted">{escape(count_noun(total, "dropped page"))} kept in <code>_rejected/</code> '
            "beside the archive, to review or restore:</p>"
            + _table(
                ["reason", "pages"],
                [[escape(k), str(v)] for k, v in sorted(rejects.items(), key=lambda kv: (-kv[1], kv[0]))],
                table_id="rejects",
                numeric={1},
            )
        )
    span = (
        f" published {buckets.keys[0]} to {max(d for d in summary.per_day if d != UNDATED)}"
        if buckets.keys
        else ""
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8"/>',
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="muted">{escape(source)}, generated {generated} by newsarchive {__version__}.</p>',
        f'<p class="lead">{escape(count_noun(summary.articles, *ARTICLE))}{escape(span)}.</p>',
        '<div class="wide"><table id="totals"><tbody>',
        _totals(summary),
        "</tbody></table></div>",
        _runs_section(reports),
        _per_day_section(summary, buckets),
        "<h2>Articles per section</h2>",
        '<p class="question">What does the archive cover, and is a section missing?</p>',
        hbar_chart(
            list(summary.per_section.items()),
            chart_id="per-section",
            title="Articles per section",
            noun=ARTICLE,
        ),
        "<h2>Field coverage</h2>",
        '<p class="question">How complete are the records? min.: the site profile\'s minimum; '
        "red: below it.</p>",
        _table(
            ["field", "articles", "coverage", "min."],
            coverage_rows,
            table_id="coverage",
            numeric={1, 2, 3},
        ),
        _coverage_section(summary, buckets),
        "<h2>Drop reasons</h2>",
        '<p class="question">Why were fetched pages not archived?</p>',
        drops_html,
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"


def _short_time(iso: str, *, with_year: bool) -> str:
    moment = parse_iso(iso)
    if moment is None:
        return iso
    moment = moment.astimezone(UTC)
    text = f"{moment.strftime('%b')} {moment.day}"
    return f"{text} {moment.year} {moment:%H:%M}" if with_year else text


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
