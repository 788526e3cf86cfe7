"""`python -m newsarchive demo`: crawl the two bundled sample sites with the real spiders.

Serves `newsarchive/demo/site` (an asia.nikkei.com sample) and `newsarchive/demo/ledger_site` (The Harbour
Ledger, a WordPress-shaped site whose profile was made with `profile new`) on 127.0.0.1, runs `scrapy crawl
nikkei_asia` and `scrapy crawl harbour_ledger` against them in child processes (the commands a user runs
against the live sites, only pointed at the local copies), then prints what was archived where and what was
dropped and why. The crawl state persists like a real crawl's, so a second run
archives nothing new unless `--fresh` is given.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

from newsarchive import defaults
from newsarchive.archive.writer import read_records
from newsarchive.commands.options import command_settings
from newsarchive.demo.ledger import LEDGER_ORIGIN, LEDGER_SITE
from newsarchive.demo.server import DEMO_ORIGIN, DEMO_SITE, SiteServer
from newsarchive.demo.subprocess_crawl import (
    FAST_SETTINGS,
    count_lines,
    crawl_command,
    crawl_env,
    drop_reasons,
    parse_stats,
)
from newsarchive.monitoring.preflight import unusable_dir
from newsarchive.rejects import REJECTS_DIR
from newsarchive.state.keys import site_filename

SPIDER = "nikkei_asia"
#: the Harbour Ledger's profile lives with the demo, not among the package's profiles: a user's own
#: profile folder works the same way (NEWSARCHIVE_PROFILE_DIRS)
DEMO_PROFILES = Path(__file__).resolve().parents[1] / "demo" / "profiles"


@dataclass(frozen=True, kw_only=True)
class DemoSite:
    spider: str
    root: Path
    origin: str
    label: str
    port_offset: int  #: the site's port is --port plus this (when --port is not 0)


DEMO_SITES = (
    DemoSite(spider=SPIDER, root=DEMO_SITE, origin=DEMO_ORIGIN, label="asia.nikkei.com", port_offset=0),
    DemoSite(
        spider="harbour_ledger",
        root=LEDGER_SITE,
        origin=LEDGER_ORIGIN,
        label="The Harbour Ledger (harbourledger.example)",
        port_offset=1,
    ),
)
#: A stable port keeps the demo's URLs the same from run to run, so a re-run shows the incremental crawl
#: (conditional requests, 304s) rather than a site that looks new because its port changed.
DEMO_PORT = 8765
_LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \[[^\]]+\] (DEBUG|INFO|WARNING|ERROR|CRITICAL):")
_LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
_ERROR_LEVELS = {"ERROR", "CRITICAL"}
_WARNING_WIDTH = 200


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m newsarchive demo",
        description="Crawl the two bundled sample sites (served on 127.0.0.1) into the archive.",
    )
    parser.add_argument(
        "--archive-dir",
        type=Path,
        default=Path(defaults.NEWSARCHIVE_ARCHIVE_DIR),
        help="where JSONL goes (default: %(default)s)",
    )
    parser.add_argument(
        "--state-dir",
        type=Path,
        default=Path(defaults.NEWSARCHIVE_STATE_DIR),
        help="cross-run crawl state (default: %(default)s)",
    )
    parser.add_argument(
        "--report-dir",
        type=Path,
        default=None,
        help="run reports (default: reports beside the archive folder)",
    )
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="start over: delete the previous demo run's archive files and crawl state for the sample site "
        "first, so every article is archived again (refuses if those files hold records of a real crawl)",
    )
    parser.add_argument(
        "--port",
        type=int,
        default=DEMO_PORT,
        help="port for the first sample site, the next one for the second (default: %(default)s; a free one "
        "if it is taken; 0: any free port)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="show the whole crawl log")
    parser.add_argument(
        "-s",
        "--set",
        dest="overrides",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="extra Scrapy setting for the crawl (repeatable), e.g. -s NEWSARCHIVE_SPONSORED_DROP=False",
    )
    return parser


def _stream(process: subprocess.Popen[str], *, verbose: bool, out: TextIO) -> str:
    """Collect the child's log and echo the interesting part: everything when verbose; otherwise warnings
    (first line, shortened: a dropped item's warning carries the whole item) and errors with their
    tracebacks."""
    lines: list[str] = []
    level = ""
    assert process.stdout is not None
    for line in process.stdout:
        lines.append(line)
        match = _LOG_LINE.match(line)
        if match:
            level = match.group(1)
        if verbose:
            out.write("  | " + line)
        elif match and level == "WARNING":
            text = line.rstrip("\n")
            out.write(
                "  | " + (text if len(text) <= _WARNING_WIDTH else text[: _WARNING_WIDTH - 3] + "...") + "\n"
            )
        elif level in _ERROR_LEVELS:
            out.write("  | " + line)
        out.flush()
    return "".join(lines)


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def summary(
    *,
    before: Mapping[Path, int],
    after: Mapping[Path, int],
    stats: Mapping[str, Any],
    archive_dir: Path,
    state_note: str,
) -> str:
    added = {f: n - before.get(f, 0) for f, n in after.items() if n - before.get(f, 0) > 0}
    total = sum(added.values())
    lines = []
    if total:
        lines.append(f"Archived {total} article{'s' if total != 1 else ''}:")
        lines += [f"  {_display(f)}  +{n}" for f, n in sorted(added.items())]
    else:
        lines.append("Archived nothing new.")
        lines.append(
            "  The crawl state already holds every article of the sample: newsarchive crawls incrementally\n"
            "  and archives an article again only when its content changes. Run with --fresh to start over."
        )
    reasons = drop_reasons(stats)
    if reasons:
        listed = ", ".join(f"{name} {count}" for name, count in sorted(reasons.items()))
        lines.append(f"Dropped {sum(reasons.values())}: {listed}")
    else:
        lines.append("Dropped nothing.")
    responses = int(stats.get("downloader/response_count", 0))
    not_modified = int(stats.get("downloader/response_status_count/304", 0))
    if responses:
        extra = f", {not_modified} unchanged (304)" if not_modified else ""
        lines.append(f"Fetched {responses} pages{extra}.")
    lines.append(f"Archive: {_display(archive_dir)}/  State: {state_note}")
    return "\n".join(lines)


def _demo_output(archive_dir: Path, state_dir: Path) -> tuple[list[Path], list[Path], list[str]]:
    """(archive files, state files, URLs that did not come from a local demo server) of the samples' sites."""
    archive_files: list[Path] = []
    state_files: list[Path] = []
    for demo in DEMO_SITES:
        site = site_filename(demo.spider)
        archive_files += sorted((archive_dir / site).glob("*.jsonl")) if (archive_dir / site).is_dir() else []
        archive_files += sorted((archive_dir / site / REJECTS_DIR).glob("*.jsonl"))  # its rejects too
        state_files += sorted(state_dir.glob(f"{site}.sqlite3*")) if state_dir.is_dir() else []
    foreign = []
    for file in archive_files:
        for record in read_records(file):
            url = str(record.get("url") or "")
            if urlsplit(url).hostname not in _LOCAL_HOSTS:
                foreign.append(url)
    return archive_files, state_files, foreign


def _start_server(demo: DemoSite, port: int, out: TextIO) -> SiteServer:
    port = port + demo.port_offset if port else 0
    server = SiteServer(demo.root, rewrite_origin=demo.origin, port=port)
    try:
        return server.start()
    except OSError as exc:
        if port == 0:
            raise
        server = SiteServer(demo.root, rewrite_origin=demo.origin, port=0).start()
        out.write(f"Port {port} is not available ({exc.strerror}); using {server.port} instead.\n")
        return server


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # Before serving anything: a bad `-s` value or a folder it cannot write to was the crawl's error line
    # inside "The crawl ended (exit code 1) without Scrapy's final stats", twice (once per sample site).
    command_settings(args.overrides, parser)
    for option, folder in (("--archive-dir", args.archive_dir), ("--state-dir", args.state_dir)):
        why = unusable_dir(folder)
        if why is not None:
            print(f"{parser.prog}: error: {option}: cannot write to {folder}: {why}", file=sys.stderr)
            return 2
    out = sys.stdout
    archive_dir: Path = args.archive_dir
    state_dir: Path = args.state_dir
    if args.fresh:
        # The state is rebuilt from the archive when it lags behind it (crash safety), so starting over
        # means removing both: the demo's own output, never a real crawl's.
        archive_files, state_files, foreign = _demo_output(archive_dir, state_dir)
        if foreign:
            out.write(
                f"--fresh: {_display(archive_dir)} holds {len(foreign)} records that are not from the demo "
                f"(e.g. {foreign[0]}); not deleting them. Use other --archive-dir/--state-dir folders.\n"
            )
            return 2
        for file in archive_files + state_files:
            file.unlink()
        if archive_files or state_files:
            out.write(
                f"--fresh: removed the previous demo output ({len(archive_files)} archive files, "
                f"{len(state_files)} state files).\n"
            )
    status = 0
    for number, demo in enumerate(DEMO_SITES):
        if number:
            out.write("\n")
        status = status or _crawl_site(demo, args, out)
    return status


def _crawl_site(demo: DemoSite, args: argparse.Namespace, out: TextIO) -> int:
    archive_dir: Path = args.archive_dir
    state_dir: Path = args.state_dir
    state_note = f"{_display(state_dir)}/"
    before = count_lines(archive_dir)
    with _start_server(demo, args.port, out) as server:
        settings: dict[str, object] = {
            **FAST_SETTINGS,
            "NEWSARCHIVE_SPIDER_BASE_URL": server.base_url,
            "NEWSARCHIVE_ARCHIVE_DIR": archive_dir,
            "NEWSARCHIVE_STATE_DIR": state_dir,
            "NEWSARCHIVE_REPORT_DIR": args.report_dir or args.archive_dir.parent / "reports",
            "NEWSARCHIVE_PROFILE_DIRS": str(DEMO_PROFILES),
            "LOG_LEVEL": "INFO",
        }
        cmd = crawl_command(demo.spider, settings=settings)
        for override in args.overrides:
            cmd += ["-s", override]
        out.write(f"Serving the bundled {demo.label} sample at {server.base_url}/\n")
        out.write(f"Crawling it with: scrapy crawl {demo.spider} (real spider, pipelines and archive)\n")
        out.flush()
        process = subprocess.Popen(
            cmd,
            cwd=os.getcwd(),
            env=crawl_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        try:
            log = _stream(process, verbose=args.verbose, out=out)
            returncode = process.wait()
        except KeyboardInterrupt:
            process.terminate()
            process.wait(timeout=30)
            out.write("\nInterrupted.\n")
            return 130
    stats = parse_stats(log)
    out.write("\n")
    if not stats:
        out.write(f"The crawl ended (exit code {returncode}) without Scrapy's final stats. Last log lines:\n")
        out.write("".join("  | " + line + "\n" for line in log.splitlines()[-25:]))
        return returncode or 1
    out.write(
        summary(
            before=before,
            after=count_lines(archive_dir),
            stats=stats,
            archive_dir=archive_dir,
            state_note=state_note,
        )
        + "\n"
    )
    if returncode:
        out.write(f"The crawl exited with code {returncode}.\n")
    out.flush()
    return returncode


def main() -> None:
    sys.exit(run(sys.argv[1:]))


if __name__ == "__main__":
    main()
