"""The self-contained HTML report: one file, inline CSS and SVG, no script, no network."""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape

from newsarchive import __version__
from newsarchive.archivestats.runreports import RunReports
from newsarchive.archivestats.summary import COVERAGE_FIELDS, UNDATED, ArchiveSummary
from newsarchive.archivestats.svg import bar_chart, hbar_chart, line_chart

_CSS = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 64rem; color: #222;
       padding: 0 1rem; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; margin: .5rem 0; } td, th { padding: .2rem .8rem; text-align: left; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
tr:nth-child(even) { background: #f6f6f6; }
.below { color: #b00020; font-weight: bold; } .muted { color: #666; }
svg.chart { max-width: 100%; height: auto; }
"""


def _table(headers: list[str], rows: list[list[str]], *, table_id: str, numeric: set[int]) -> str:
    def cell(tag: str, i: int, text: str) -> str:
        cls = ' class="n"' if i in numeric else ""
        return f"<{tag}{cls}>{text}</{tag}>"

    head = "".join(cell("th", i, escape(h)) for i, h in enumerate(headers))
    body = "".join("<tr>" + "".join(cell("td", i, c) for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f'<table id="{table_id}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


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


def render_html(
    summary: ArchiveSummary, reports: RunReports, *, source: str, generated_at: datetime | None = None
) -> str:
    generated = (generated_at or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    sites = ", ".join(summary.sites) or "archive"
    title = f"newsarchive report: {sites}"
    days = list(summary.per_day.items())
    dated = [day for day in summary.per_day if day != UNDATED]
    coverage_series = {
        name: [summary.day_share(day, name) for day in dated] for name in summary.chart_fields()
    }
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
    if reports.runs:
        drops_html = (
            f'<p class="muted">From {reports.runs} run report(s), {escape(reports.first_finished_at or "?")} '
            f"to {escape(reports.last_finished_at or '?')}.</p>"
            + _table(
                ["reason", "items"],
                [[escape(k), str(v)] for k, v in sorted(reports.drops.items(), key=lambda kv: -kv[1])],
                table_id="drops",
                numeric={1},
            )
            if reports.drops
            else f'<p id="drops">No drops in {reports.runs} run report(s).</p>'
        )
    else:
        drops_html = '<p id="drops">No run reports.</p>'
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8"/>',
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="muted">{escape(source)}, generated {generated} by newsarchive {__version__}.</p>',
        '<table id="totals"><tbody>',
        _totals(summary),
        "</tbody></table>",
        "<h2>Articles per day</h2>",
        '<p class="muted">By published date (UTC); crawl date when the article has none.</p>',
        bar_chart(days, chart_id="per-day", title="Articles per day", unit="articles"),
        "<h2>Articles per section</h2>",
        hbar_chart(
            list(summary.per_section.items()),
            chart_id="per-section",
            title="Articles per section",
            unit="articles",
        ),
        "<h2>Field coverage</h2>",
        _table(
            ["field", "articles", "coverage", "profile minimum"],
            coverage_rows,
            table_id="coverage",
            numeric={1, 2, 3},
        ),
        "<h2>Coverage over time</h2>",
        '<p class="muted">Share of each day\'s articles that have the field.</p>',
        line_chart(dated, coverage_series, chart_id="coverage-over-time", title="Field coverage per day")
        if dated
        else "<p>No dated articles.</p>",
        "<h2>Drop reasons</h2>",
        drops_html,
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"
