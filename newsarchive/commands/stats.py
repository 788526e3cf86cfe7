"""`python -m newsarchive stats`: what is in an archive.

    python -m newsarchive stats data/archive/nikkei_asia
    python -m newsarchive stats data/archive/nikkei_asia --html report.html
    python -m newsarchive stats data/archive --json          # every site together, machine-readable

Counts per day and per section, field coverage, the rejects by drop reason (pages a pipeline dropped, kept in
`<site>/_rejected/`), and the drop reasons of the run reports (`data/reports/<site>/*.json`, found next to the
archive; `--reports DIR` to point elsewhere).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from newsarchive.archive.writer import article_records
from newsarchive.archivestats.page import render_html
from newsarchive.archivestats.runreports import RunReports, read_run_reports
from newsarchive.archivestats.summary import COVERAGE_FIELDS, ArchiveSummary, summarise
from newsarchive.archivestats.svg import count_noun
from newsarchive.capture.diff import archive_files, read_records
from newsarchive.exceptions import ArgumentError
from newsarchive.rejects import is_rejects_file, read_rejects, rejects_files

_GIVE = "give the archive folder (python -m newsarchive stats data/archive/<site>) or one of its day files"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m newsarchive stats",
        description="Counts, field coverage and drop reasons of an archive.",
    )
    parser.add_argument("archive", type=Path, help="a site folder (data/archive/<site>) or the archive root")
    parser.add_argument(
        "--reports",
        type=Path,
        help="run reports folder (default: the reports/<site> folder next to the archive)",
    )
    parser.add_argument("--html", type=Path, metavar="FILE", help="also write a self-contained HTML report")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON instead of text")
    return parser


def run(argv: list[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        files = archive_files(args.archive)
        if not args.archive.exists():
            raise ArgumentError(f"archive: no such folder: {args.archive}")
        if args.archive.is_file() and (
            args.archive.suffix != ".jsonl" or next(article_records(files, quiet=True), None) is None
        ):
            # (it said "0 articles in 0 records, 1 file", after a warning for each of the file's lines)
            raise ArgumentError(f"archive: {args.archive} is not an archive file (no records); {_GIVE}")
        rejected = rejects_files(args.archive)
        if not files and not rejected:
            raise ArgumentError(f"archive: no archive files (*.jsonl) under {args.archive}")
    except ArgumentError as exc:
        print(f"stats: {exc}", file=sys.stderr)
        return 2
    summary = summarise(read_records(files), files=len(files))
    reports = read_run_reports(report_dirs(args.archive, files or rejected, args.reports))
    rejects = Counter(str(r.get("drop_reason") or "unknown") for r in read_rejects(rejected))
    if args.json:
        numbers = {
            **summary.to_dict(),
            "rejects": {"total": sum(rejects.values()), "by_reason": dict(rejects.most_common())},
            "run_reports": reports.to_dict(),
        }
        print(json.dumps(numbers, indent=2, sort_keys=True))
    else:
        print(format_text(summary, reports, source=str(args.archive), rejects=rejects))
    if args.html:
        args.html.parent.mkdir(parents=True, exist_ok=True)
        page = render_html(summary, reports, source=str(args.archive), rejects=rejects)
        args.html.write_text(page, encoding="utf-8")
        if not args.json:
            print(f"HTML report: {args.html}")
    return 0


def report_dirs(archive: Path, files: list[Path], override: Path | None) -> list[Path]:
    """Report folders for the sites of `files`: `<root>/reports/<site>` beside `<root>/archive/<site>`."""
    site_dirs = sorted({f.parent.parent if is_rejects_file(f) else f.parent for f in files})
    if override is not None:
        if any(override.glob("*.json")):
            return [override]
        return [override / d.name for d in site_dirs]
    return [d.parent.parent / "reports" / d.name for d in site_dirs]


def format_text(
    summary: ArchiveSummary, reports: RunReports, *, source: str, rejects: Counter[str] | None = None
) -> str:
    lines = [
        f"Archive {source}: {count_noun(summary.articles, 'article')} in "
        f"{count_noun(summary.records, 'record')} "
        f"({count_noun(summary.later_versions, 'later version')}), {count_noun(summary.files, 'file')}"
        + (f"; sites: {', '.join(summary.sites)}" if summary.sites else ""),
        "",
        "Articles per day (published date UTC; crawl date when undated):",
    ]
    lines += [f"  {day:<12} {n:>6}" for day, n in summary.per_day.items()]
    lines += ["", "Articles per section:"]
    width = max((len(s) for s in summary.per_section), default=8)
    lines += [f"  {section:<{width}} {n:>6}" for section, n in summary.per_section.items()]
    lines += ["", "Field coverage (articles with the field):"]
    for name in COVERAGE_FIELDS:
        share = summary.share(name)
        line = f"  {name:<14} {summary.coverage.get(name, 0):>6}/{summary.articles:<6} {share * 100:5.1f}%"
        minimum = summary.profile_minimums.get(name)
        if minimum is not None:
            line += f"   profile minimum {minimum * 100:.0f}%" + ("  BELOW" if share < minimum else "")
        lines.append(line)
    lines += [
        "",
        "Access: "
        + ", ".join(f"{k} {v}" for k, v in summary.access.items())
        + f"; sponsored {summary.sponsored}; without published date {summary.undated}",
        "Page types: " + ", ".join(f"{k} {v}" for k, v in summary.page_types.items()),
        "Extractors: " + ", ".join(f"{k} {v}" for k, v in summary.extractors.items()),
        "",
    ]
    if rejects:
        lines.append(f"Rejects ({sum(rejects.values())} dropped pages kept in <site>/_rejected):")
        lines += [f"  {reason:<16} {n:>6}" for reason, n in rejects.most_common()]
    else:
        lines.append("Rejects: none")
    lines.append("")
    if not reports.runs:
        lines.append(f"Drop reasons: no run reports (looked in {', '.join(map(str, reports.directories))})")
    elif not reports.drops:
        lines.append(f"Drop reasons ({count_noun(reports.runs, 'run report')}): none")
    else:
        lines.append(
            f"Drop reasons ({count_noun(reports.runs, 'run report')}, {reports.first_finished_at} to "
            f"{reports.last_finished_at}):"
        )
        lines += [f"  {reason:<16} {n:>6}" for reason, n in reports.drops.most_common()]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
