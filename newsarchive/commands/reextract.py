"""`python -m newsarchive reextract`: rebuild the archive from WARC captures, without refetching.

    python -m newsarchive reextract data/warc/nikkei_asia/*.warc.gz --out rebuilt/
    python -m newsarchive reextract data/warc/nikkei_asia/*.warc.gz --diff data/archive/nikkei_asia

The captured article responses go through a real Scrapy crawl: the spider that captured them
(its own callback, with the request meta it had), today's extraction and the configured
pipelines, with a fresh state under the output folder, so versions and dedup behave as they do
in a crawl. No request leaves the machine.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import os
import sys
import tempfile
import zlib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from newsarchive.capture.diff import (
    NATURAL_FIELDS,
    ArchiveDiff,
    archive_files,
    diff_records,
    read_records,
)
from newsarchive.capture.reader import CaptureRef, iter_capture_refs
from newsarchive.capture.replay import FallbackReplaySpider, replay_spider_class
from newsarchive.capture.warc import ARTICLE_KINDS
from newsarchive.commands.options import checked_settings, parse_overrides
from newsarchive.exceptions import ArgumentError
from newsarchive.monitoring.preflight import unusable_dir

logger = logging.getLogger(__name__)

SUMMARY_FILE = "reextract.json"
LOG_FILE = "reextract.log"  #: the replay crawl's Scrapy log, in the output folder


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m newsarchive reextract",
        description="Re-extract captured responses (WARC) with today's extraction and pipelines.",
    )
    parser.add_argument("warcs", nargs="+", type=Path, help="WARC files (or folders of *.warc.gz)")
    parser.add_argument(
        "--out",
        type=Path,
        help="empty folder for the fresh archive: OUT/archive/<site>/*.jsonl, OUT/state, OUT/reports",
    )
    parser.add_argument(
        "--diff",
        type=Path,
        metavar="ARCHIVE_DIR",
        help="instead of keeping a new archive, report which records of ARCHIVE_DIR would change",
    )
    parser.add_argument("--json", action="store_true", help="with --diff: print the report as JSON")
    parser.add_argument(
        "--exit-code", action="store_true", help="with --diff: exit 1 when any record would change"
    )
    parser.add_argument(
        "-s",
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="Scrapy/newsarchive setting for the replay crawl (repeatable)",
    )
    return parser


def run(argv: list[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has already printed the message
        return int(exc.code or 0)
    try:
        warcs = _warc_paths(args.warcs)
        overrides = _parse_overrides(args.set)
        if args.out is None and args.diff is None:
            raise ArgumentError("--out: give an output folder (or --diff ARCHIVE_DIR)")
        if args.diff is not None and not archive_files(args.diff):
            raise ArgumentError(f"--diff: no archive files (*.jsonl) under {args.diff}")
        if args.out is not None:
            _check_out(args.out)
    except ArgumentError as exc:
        print(f"reextract: {exc}", file=sys.stderr)
        return 2

    refs, skipped = select_captures(iter_capture_refs(warcs))
    if not refs:
        print(f"reextract: no captured article responses in {len(warcs)} WARC file(s)", file=sys.stderr)
        return 1
    # The replay crawl's log goes to a file (the Scrapy log of a replay is noise at the terminal): the output
    # folder's, or, for --diff (whose output folder is temporary), a file kept in the temp folder.
    if "LOG_FILE" not in overrides:
        if args.out is not None:
            args.out.mkdir(parents=True, exist_ok=True)
            overrides["LOG_FILE"] = str(args.out / LOG_FILE)
        else:
            fd, name = tempfile.mkstemp(prefix="newsarchive-reextract-", suffix=".log")
            os.close(fd)
            overrides["LOG_FILE"] = name
        print(f"reextract: crawl log in {overrides['LOG_FILE']}", file=sys.stderr)
    if args.out is not None:
        return _run_into(args.out, refs, skipped, overrides, warcs, args)
    with tempfile.TemporaryDirectory(prefix="newsarchive-reextract-") as tmp:
        return _run_into(Path(tmp), refs, skipped, overrides, warcs, args)


def select_captures(refs: Any) -> tuple[list[CaptureRef], Counter[str]]:
    """Article responses worth replaying; counts of the others by why they were left out."""
    chosen: list[CaptureRef] = []
    skipped: Counter[str] = Counter()
    for ref in refs:
        if ref.status != 200 or ref.method != "GET":
            skipped[f"status {ref.status}" if ref.status != 200 else f"method {ref.method}"] += 1
        elif ref.kind is None and "html" not in ref.content_type.lower():
            skipped["not html"] += 1
        elif ref.kind not in (None, *ARTICLE_KINDS):
            skipped[str(ref.kind)] += 1
        else:
            chosen.append(ref)
    return chosen, skipped


def _run_into(
    out: Path,
    refs: list[CaptureRef],
    skipped: Counter[str],
    overrides: dict[str, str],
    warcs: list[Path],
    args: argparse.Namespace,
) -> int:
    result = replay(refs, out=out, overrides=overrides)
    replayed = int(result["stats"].get("newsarchive/reextract/replayed", 0))
    damaged = int(result["stats"].get("newsarchive/reextract/damaged", 0))
    summary = {
        "warcs": [str(p) for p in warcs],
        "captures": len(refs),
        "replayed": replayed,
        "damaged": damaged,
        "skipped": dict(skipped),
        **result,
    }
    out.mkdir(parents=True, exist_ok=True)
    (out / SUMMARY_FILE).write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    fresh_files = archive_files(out / "archive")
    if args.diff is None:
        print(
            f"reextract: replayed {replayed} of {len(refs)} captured article response(s) "
            f"from {len(warcs)} WARC file(s)"
            + (f" ({damaged} damaged, not replayed)" if damaged else "")
            + f": {result['archived']} archived, {sum(result['drops'].values())} dropped"
            + (f" ({_fmt_counts(result['drops'])})" if result["drops"] else "")
            + f"; archive in {out / 'archive'}"
        )
        return 1 if result["errors"] or damaged else 0
    diff = diff_records(
        read_records(archive_files(args.diff)),
        read_records(fresh_files),
        captured_urls={ref.url for ref in refs},
        drop_reasons=result["dropped_urls"],
    )
    print(_format_diff(diff, args.diff, as_json=args.json))
    if result["errors"] or damaged:
        return 1
    return 1 if args.exit_code and diff.changes else 0


def replay(refs: list[CaptureRef], *, out: Path, overrides: dict[str, str]) -> dict[str, Any]:
    """Run the replay crawl(s) into `out`; what happened, from the crawls' own signals and stats."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "newsarchive.settings")
    settings = get_project_settings()
    for name, value in overrides.items():
        settings.set(name, value, priority="cmdline")
    forced: dict[str, Any] = {
        "NEWSARCHIVE_ARCHIVE_DIR": str(out / "archive"),
        "NEWSARCHIVE_STATE_DIR": str(out / "state"),
        "NEWSARCHIVE_REPORT_DIR": str(out / "reports"),
        "NEWSARCHIVE_STATE_ENABLED": True,
        "NEWSARCHIVE_WARC_ENABLED": False,  # a replay is not a capture
        "NEWSARCHIVE_REDIS_URL": "",  # a private crawl, never a shared queue
        "ROBOTSTXT_OBEY": False,  # nothing is fetched, so nothing to ask permission for
        "HTTPCACHE_ENABLED": False,
        "AUTOTHROTTLE_ENABLED": False,
        "DOWNLOAD_DELAY": 0,
        # One at a time: captures of one URL must reach dedup in capture order, as in the crawls.
        "CONCURRENT_REQUESTS": 1,
        "TELNETCONSOLE_ENABLED": False,
    }
    for name, value in forced.items():
        settings.set(name, value, priority="cmdline")
    process = CrawlerProcess(settings)
    if settings.get("LOG_FILE"):
        # The log goes to its file; what went wrong also reaches the terminal, one line each.
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(logging.ERROR)
        console.setFormatter(logging.Formatter("reextract: %(message)s"))
        logging.getLogger().addHandler(console)
    archived: Counter[str] = Counter()
    drops: Counter[str] = Counter()
    dropped_urls: dict[str, str] = {}

    def on_scraped(item: Any, **_: Any) -> None:
        archived[getattr(item, "site", None) or "?"] += 1

    def on_dropped(item: Any, exception: BaseException, **_: Any) -> None:
        reason = type(exception).__name__
        drops[reason] += 1
        url = getattr(item, "url", None)
        if isinstance(url, str):
            dropped_urls[url] = reason

    crawlers = []
    for (spider_name, _site), group in _group_by_spider(refs).items():
        try:
            base = process.spider_loader.load(spider_name) if spider_name else FallbackReplaySpider
        except KeyError:
            logger.warning("spider %r is not in this project; replaying with plain extraction", spider_name)
            base = FallbackReplaySpider
        base_url = _most_common(ref.info.get("base_url") for ref in group)
        spider_args: dict[str, str] = {}
        if "url" in getattr(base, "arguments", ()):
            # A spider started from a URL (`article -a url=...`) takes its site from it.
            spider_args["url"] = _most_common(ref.info.get("start_url") for ref in group) or group[0].url
        # crawl() with the class, not a ready Crawler: a Crawler handed in gets the process
        # settings re-applied over the spider's own.
        before = set(process.crawlers)
        process.crawl(replay_spider_class(base, group, base_url=base_url), **spider_args)
        (crawler,) = set(process.crawlers) - before
        crawler.signals.connect(on_scraped, signal=signals.item_scraped)
        crawler.signals.connect(on_dropped, signal=signals.item_dropped)
        crawlers.append(crawler)
    process.start()

    errors = 0
    stats: dict[str, Any] = {}
    for crawler in crawlers:
        crawl_stats = crawler.stats.get_stats() if crawler.stats else {}
        errors += int(crawl_stats.get("log_count/ERROR", 0)) + int(crawl_stats.get("spider_exceptions", 0))
        for key, value in crawl_stats.items():
            if isinstance(value, int) and not isinstance(value, bool):
                stats[key] = stats.get(key, 0) + value
    return {
        "archived": sum(archived.values()),
        "archived_by_site": dict(archived),
        "drops": dict(drops),
        "dropped_urls": dropped_urls,
        "errors": errors,
        "stats": stats,
    }


def _group_by_spider(refs: list[CaptureRef]) -> dict[tuple[str, str], list[CaptureRef]]:
    """One replay crawl per spider and site, in order of first capture."""
    groups: dict[tuple[str, str], list[CaptureRef]] = {}
    for ref in refs:
        key = (str(ref.info.get("spider") or ""), str(ref.info.get("site") or ""))
        groups.setdefault(key, []).append(ref)
    return groups


def _most_common(values: Any) -> str:
    counts = Counter(v for v in values if isinstance(v, str) and v)
    return counts.most_common(1)[0][0] if counts else ""


def _warc_paths(paths: Sequence[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(path.glob("*.warc.gz")) + sorted(path.glob("*.warc")))
        elif path.is_file():
            _check_warc(path)
            found.append(path)
        else:
            raise ArgumentError(f"warcs: no such file or folder: {path}")
    if not found:
        raise ArgumentError("warcs: no WARC files found")
    # Names start with the site and the capture time: sorted is capture order.
    return sorted(dict.fromkeys(found), key=lambda p: p.name)


def _parse_overrides(pairs: list[str]) -> dict[str, str]:
    """The `-s` settings, checked before the replay: `-s NEWSARCHIVE_STATE_RECHECK_DAYS=abc` ended in a
    traceback from the spider's constructor."""
    try:
        overrides = parse_overrides(pairs)
        checked_settings(overrides)
    except ValueError as error:  # (a SettingError too)
        raise ArgumentError(str(error)) from None
    return overrides


#: how a WARC file starts: an uncompressed record, or a gzip member (each record compressed on its own)
_WARC_START = b"WARC/"
_GZIP_START = b"\x1f\x8b"


def _check_warc(path: Path) -> None:
    """ArgumentError unless `path` starts like a WARC file: a JSONL archive, a saved page or any other file
    handed in by mistake was read as a damaged WARC (a warning quoting its raw first line) and skipped."""
    try:
        with path.open("rb") as file:
            head = file.read(len(_WARC_START))
            if head.startswith(_GZIP_START):
                file.seek(0)
                with gzip.GzipFile(fileobj=file) as unpacked:
                    head = unpacked.read(len(_WARC_START))
    except (OSError, EOFError, zlib.error) as exc:
        raise ArgumentError(
            f"warcs: {path}: not a WARC file (gzip-compressed, but does not decompress: {exc})"
        ) from None
    if head != _WARC_START:
        kind = {b"{": " (a JSON file)", b"<": " (an HTML or XML file)"}.get(head.lstrip()[:1], "")
        raise ArgumentError(
            f"warcs: {path}: not a WARC file{kind}; a crawl with -s NEWSARCHIVE_WARC_ENABLED=True writes "
            "them to data/warc/<site>/*.warc.gz"
        )


def _check_out(out: Path) -> None:
    # A fresh archive needs fresh state: an existing one would dedup every record away.
    for sub in ("archive", "state"):
        if (out / sub).exists() and any((out / sub).iterdir()):
            raise ArgumentError(f"--out: {out / sub} is not empty; give a new folder")
    if out.exists() and not out.is_dir():
        raise ArgumentError(f"--out: {out} is not a folder")
    why = unusable_dir(out)
    if why is not None:
        raise ArgumentError(f"--out: cannot write to {out}: {why} (give a folder you can write)")


def _fmt_counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{name} {n}" for name, n in sorted(counts.items()))


def _format_diff(diff: ArchiveDiff, archive: Path, *, as_json: bool) -> str:
    counts = diff.counts()
    if as_json:
        payload = {
            "archive": str(archive),
            "ignored_fields": sorted(NATURAL_FIELDS),
            "counts": counts,
            "changes": [change.to_dict() for change in diff.changes],
        }
        return json.dumps(payload, indent=2, sort_keys=True)
    lines = []
    for change in diff.changes:
        label = f"{change.status:<8} {change.url} v{change.version}"
        if change.status == "changed":
            lines.append(f"{label}: {', '.join(change.fields)}")
        elif change.status == "new":
            lines.append(f"{label} (not in the archive)")
        else:
            why = f"now dropped: {change.reason}" if change.reason else "not produced"
            lines.append(f"{label} ({why})")
    lines.append(
        f"{counts['changed']} changed, {counts['new']} new, {counts['gone']} gone, "
        f"{counts['unchanged']} unchanged; {counts['not_compared']} archived record(s) without a capture "
        f"not compared; ignored fields: {', '.join(sorted(NATURAL_FIELDS))}"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
