"""`python -m newsarchive readmit`: put chosen rejects into the archive.

    python -m newsarchive readmit data/archive/example.com --url https://example.com/2024/05/a-story
    python -m newsarchive readmit data/archive/example.com --reason NotAnArticle --dry-run
    python -m newsarchive readmit data/archive --all

Reads the rejects (`<site>/_rejected/*.jsonl`), chooses by URL and/or drop reason (or --all), and appends each
chosen page to the archive as an ordinary record (without `drop_reason`): dated and filed like a crawl's,
with the next version number and `previous_hash` when the archive already holds other content of that
article. Exactly once: a page whose content is already in the archive (readmitted before, or archived by a
later crawl) is skipped, so running the command again changes nothing. The crawl state learns of the new
lines at the next crawl's start (the same reconciliation that follows an interrupted run), so the article
is then known and re-checked like any archived one.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsarchive.archive import JsonlAppender, archive_path, encode_record
from newsarchive.capture.diff import archive_files, read_records
from newsarchive.items import Article
from newsarchive.rejects import read_rejects, rejects_files
from newsarchive.state.keys import article_key, url_key
from newsarchive.state.store import site_filename


@dataclass(kw_only=True)
class _Known:
    version: int = 0
    latest: str | None = None
    hashes: set[str] = field(default_factory=set)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m newsarchive readmit",
        description="Put chosen rejects (pages a pipeline dropped) into the archive, exactly once.",
    )
    parser.add_argument("archive", type=Path, help="a site folder (data/archive/<site>) or the archive root")
    parser.add_argument("--url", action="append", default=[], help="readmit this URL's rejects (repeatable)")
    parser.add_argument(
        "--reason", action="append", default=[], help="readmit rejects dropped for this reason (repeatable)"
    )
    parser.add_argument("--all", action="store_true", help="readmit every reject")
    parser.add_argument("--dry-run", action="store_true", help="say what would be readmitted, write nothing")
    return parser


def run(argv: list[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if not (args.url or args.reason or args.all):
        print("readmit: choose rejects with --url, --reason or --all", file=sys.stderr)
        return 2
    if not args.archive.is_dir():
        print(f"readmit: archive: no such folder: {args.archive}", file=sys.stderr)
        return 2
    files = rejects_files(args.archive)
    if not files:
        print(f"readmit: no rejects under {args.archive} (<site>/_rejected/*.jsonl)", file=sys.stderr)
        return 2
    wanted_urls = {url_key(u) for u in args.url}
    chosen = [
        r
        for r in read_rejects(files)
        if (args.all or not wanted_urls or url_key(r["url"]) in wanted_urls)
        and (args.all or not args.reason or r.get("drop_reason") in args.reason)
    ]
    if not chosen:
        print("readmit: no reject matches", file=sys.stderr)
        return 1
    root = _archive_root(args.archive, files)
    readmitted, skipped = readmit(chosen, root, dry_run=args.dry_run)
    verb = "would readmit" if args.dry_run else "readmitted"
    for article, path in readmitted:
        print(f"{verb} {article.url} (version {article.version}) -> {path}")
    for url in skipped:
        print(f"already in the archive: {url}")
    print(f"{len(readmitted)} {verb}, {len(skipped)} already in the archive")
    return 0


def readmit(
    rejects: Iterable[dict[str, Any]], archive_root: Path, *, dry_run: bool = False
) -> tuple[list[tuple[Article, Path]], list[str]]:
    """Append the rejects' articles to the archive under `archive_root`, each content once."""
    known: dict[tuple[str, str], _Known] = {}
    loaded: set[str] = set()
    done: list[tuple[Article, Path]] = []
    skipped: list[str] = []
    with JsonlAppender() as appender:
        for record in rejects:
            data = {k: v for k, v in record.items() if k != "drop_reason"}
            article = Article.from_dict(data)
            article.refresh_derived()
            if article.site not in loaded:
                _load_site(known, archive_root, article.site)
                loaded.add(article.site)
            entry = known.setdefault((article.site, article_key(article)), _Known())
            if article.content_hash in entry.hashes:
                skipped.append(article.url)
                continue
            article.version = entry.version + 1
            article.previous_hash = entry.latest
            path = archive_path(archive_root, article)
            if not dry_run:
                appender.append(path, encode_record(article.to_dict()))
            entry.version, entry.latest = article.version, article.content_hash
            if article.content_hash:
                entry.hashes.add(article.content_hash)
            done.append((article, path))
    return done, skipped


def _load_site(known: dict[tuple[str, str], _Known], root: Path, site: str) -> None:
    folder = root / site_filename(site)
    if not folder.is_dir():
        return
    for record in read_records(archive_files(folder)):
        try:
            article = Article.from_dict(record)
        except TypeError:
            continue
        entry = known.setdefault((site, article_key(article)), _Known())
        if article.content_hash:
            entry.hashes.add(article.content_hash)
        if article.version >= entry.version:
            entry.version, entry.latest = article.version, article.content_hash


def _archive_root(path: Path, files: list[Path]) -> Path:
    """The archive root: the folder holding the site folders (rejects are `<root>/<site>/_rejected/*`)."""
    return files[0].parent.parent.parent if files else path


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
