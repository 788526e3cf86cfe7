"""`python -m newsarchive extract`: saved HTML in, archive records out (JSON Lines on stdout).

    python -m newsarchive extract page.html [--url URL] [--generic]
    python -m newsarchive extract - --url URL < page.html
    python -m newsarchive extract --input-jsonl pages.jsonl      # lines of {"url": ..., "html": ...}

Each page goes through extraction and the judging pipelines of a crawl (noise, paywall, sponsored,
validate: newsarchive.pipelines.offline). A page a crawl would drop prints {"url": ..., "dropped":
"<Reason>"}. With --input-jsonl there is exactly one output line per input line, in order; an unusable
input line (not JSON, no "html", a page over the size limit) prints {"url": ..., "error": "..."}.
A PATH that cannot be extracted (unreadable, over the size limit, empty, a PDF or an image) is one line
on stderr; the other PATHs are still extracted, and the exit status is 2. A gzip-compressed page is
decompressed. Nothing is archived and no state is touched.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import json
import logging
import os
import signal
import sys
import threading
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from scrapy.settings import BaseSettings

from newsarchive.commands.options import MAX_SIZE_HELP, command_settings, size_limit
from newsarchive.commands.pages import (
    PageError,
    absolute_url,
    bounded_lines,
    check_html_size,
    json_line,
    read_page,
    read_stdin,
)
from newsarchive.exceptions import NewsarchiveDrop
from newsarchive.extract import extract_article
from newsarchive.extract.profiles.files import ProfileError
from newsarchive.extract.registry import ProfileRegistry
from newsarchive.items import without_empty_optional
from newsarchive.pipelines.offline import OfflinePipeline, project_settings

if TYPE_CHECKING:
    from newsarchive.items import Article

logger = logging.getLogger(__name__)

# URL given to a page read from stdin without --url. Extraction still finds the site profile from the page's
# own canonical URL.
STDIN_URL = "file:///dev/stdin"


def process_page(
    html: str | bytes,
    url: str,
    *,
    pipeline: OfflinePipeline,
    generic: bool = False,
    profiles: ProfileRegistry | None = None,
) -> dict[str, Any]:
    """The record of one page, or {"url", "dropped"} when a pipeline drops it."""
    article = extract_article(html, url, generic=generic, profiles=profiles)
    try:
        article = pipeline.process(article)
    except NewsarchiveDrop as drop:
        return {"url": url, "dropped": type(drop).__name__}
    return record_of(article)


_SCALARS = (str, int, float, bool, type(None))


def record_of(article: Article) -> dict[str, Any]:
    """`article.to_dict()`, built without dataclasses.asdict's generic deep copy (a third of the time
    of the judging pipelines on a profile page): the same dict, of fresh containers."""
    return without_empty_optional(_plain(article))


@lru_cache(maxsize=16)
def _field_names(cls: type) -> tuple[str, ...] | None:
    """The field names of a dataclass type; None for any other type."""
    if not dataclasses.is_dataclass(cls):
        return None
    return tuple(f.name for f in dataclasses.fields(cls))


def _plain(value: Any) -> Any:
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is list:
        return [v if type(v) in _SCALARS else _plain(v) for v in value]
    names = _field_names(kind)
    if names is not None:
        # scalars (most fields) taken as they are, without a call each
        return {name: v if type(v := getattr(value, name)) in _SCALARS else _plain(v) for name in names}
    if kind is dict:
        return {_plain(k): _plain(v) for k, v in value.items()}
    if kind is tuple:
        return tuple(_plain(v) for v in value)
    return copy.deepcopy(value)


def process_jsonl_lines(
    lines: Iterable[str | bytes | PageError],
    *,
    generic: bool = False,
    settings: BaseSettings | None = None,
    max_size: int = 0,
) -> Iterator[dict[str, Any]]:
    """One result per input line, in order: a record, {"url", "dropped"} or {"url", "error"}.

    `max_size`: a page whose UTF-8 is longer is an error line (0: no limit); a PageError in `lines` is a
    line bounded_lines refused unread."""
    settings = settings if settings is not None else project_settings()
    pipeline = OfflinePipeline(settings)
    profiles = ProfileRegistry.from_settings(settings)
    for number, raw in enumerate(lines, start=1):
        url: Any = None
        try:
            if isinstance(raw, PageError):
                raise raw
            value = json_line(raw, number)
            url = value.get("url")
            html = value.get("html")
            if not isinstance(url, str) or not url:
                url = None
                raise ValueError('"url" must be a non-empty string')
            if not absolute_url(url):
                raise ValueError(f'"url" must be an absolute http(s):// URL, got {url!r}')
            if not isinstance(html, str):
                raise ValueError('"html" must be a string')
            check_html_size(html, limit=max_size)
            yield process_page(html, url, pipeline=pipeline, generic=generic, profiles=profiles)
        except (ValueError, PageError) as exc:
            yield {"url": url if isinstance(url, str) else None, "error": f"line {number}: {exc}"}
        except Exception as exc:  # one bad page must not cost the other lines their output
            logger.warning("line %d (%s) failed", number, url, exc_info=True)
            yield {"url": url if isinstance(url, str) else None, "error": f"line {number}: {exc!r}"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m newsarchive extract",
        description="Extract articles from saved HTML pages and print one JSON line per page.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="saved HTML page; '-' reads stdin")
    parser.add_argument(
        "--url",
        help="URL the page was fetched from (default: the file's file:// URL; file:///dev/stdin for -)",
    )
    parser.add_argument("--generic", action="store_true", help="ignore site profiles, use generic extraction")
    parser.add_argument(
        "--input-jsonl", metavar="FILE", help='read {"url": ..., "html": ...} lines from FILE (- for stdin)'
    )
    parser.add_argument("--max-size", metavar="SIZE", help=MAX_SIZE_HELP)
    parser.add_argument(
        "-s", "--set", action="append", default=[], metavar="NAME=VALUE", help="override a setting"
    )
    return parser


class Interrupts:
    """Ctrl-C while `extract` works through many pages: the page in hand is finished and its line written
    whole, then the command stops (exit status 130, one line on stderr). A second Ctrl-C stops at once, but
    never in the middle of a line: a reader of the output (`extract ... > out.jsonl`) finds whole records."""

    def __init__(self) -> None:
        self.requested = False
        self.writing = False
        self.done = 0  #: output lines written
        self._previous: Any = None

    def __enter__(self) -> Interrupts:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._previous is not None:
            # (once stopping, a late Ctrl-C must not end the exit in a KeyboardInterrupt)
            signal.signal(signal.SIGINT, signal.SIG_IGN if self.requested else self._previous)

    def _handle(self, signum: int, frame: Any) -> None:
        if self.requested and not self.writing:
            raise KeyboardInterrupt
        self.requested = True

    def emit(self, record: dict[str, Any], out: BinaryIO) -> None:
        # Bytes, not text: the records are UTF-8 whatever the terminal's locale says.
        line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        self.writing = True
        try:
            _write_whole(line, out)
        finally:
            self.writing = False
        self.done += 1

    def stopped(self, of: int | None = None) -> int:
        total = f" of {of}" if of is not None else ""
        print(
            f"newsarchive extract: stopped by Ctrl-C after {self.done}{total} page(s); every output line is "
            "a whole record",
            file=sys.stderr,
        )
        return 130


def _write_whole(line: bytes, out: BinaryIO) -> None:
    """`line` written to the end. Straight to the file descriptor: a buffered write to a full pipe that a
    signal interrupts kept only the bytes the pipe had taken (a torn last line after Ctrl-C)."""
    try:
        fd = out.fileno()
    except (AttributeError, OSError, ValueError):  # (a stream without a descriptor: tests)
        out.write(line)
        out.flush()
        return
    out.flush()
    view = memoryview(line)
    while view:
        view = view[os.write(fd, view) :]


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    settings = command_settings(args.set, parser)
    try:
        profiles = ProfileRegistry.from_settings(settings)
    except ProfileError as error:
        print(f"newsarchive extract: error: {error}", file=sys.stderr)
        return 2
    limit = size_limit(args.max_size, settings, parser)
    if args.input_jsonl:
        if args.paths:
            parser.error("give PATHs or --input-jsonl, not both")
        return _run_jsonl(args.input_jsonl, args=args, settings=settings, limit=limit)
    if not args.paths:
        parser.error("give at least one PATH (or - for stdin), or --input-jsonl FILE")
    if args.url and len(args.paths) > 1:
        parser.error("--url names one page: give a single PATH with it")
    if args.url and not absolute_url(args.url):
        hint = f" (https://{args.url}?)" if "://" not in args.url else ""
        parser.error(f"--url: expected an absolute http:// or https:// URL, got {args.url!r}{hint}")
    # One page in memory at a time: `extract saved/*.html` over thousands of pages reads each when its turn
    # comes; a page that cannot be extracted is one line on stderr, and the others still are.
    skipped = 0
    pipeline = OfflinePipeline(settings)
    out = sys.stdout.buffer
    with Interrupts() as interrupts:
        try:
            for path in args.paths:
                if interrupts.requested:
                    return interrupts.stopped(len(args.paths))
                try:
                    if path == "-":
                        html, url = read_stdin(sys.stdin.buffer, limit=limit), args.url or STDIN_URL
                    else:
                        html, url = read_page(path, limit=limit), args.url or Path(path).resolve().as_uri()
                except PageError as error:
                    print(f"newsarchive extract: {error}", file=sys.stderr)
                    skipped += 1
                    continue
                record = process_page(html, url, pipeline=pipeline, generic=args.generic, profiles=profiles)
                interrupts.emit(record, out)
        except KeyboardInterrupt:
            return interrupts.stopped(len(args.paths))
    return 2 if skipped else 0


def _run_jsonl(name: str, *, args: argparse.Namespace, settings: BaseSettings, limit: int) -> int:
    source: BinaryIO
    if name == "-":
        source = sys.stdin.buffer
    else:
        try:
            source = Path(name).open("rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            print(f"newsarchive extract: cannot read --input-jsonl {name}: {exc.strerror}", file=sys.stderr)
            return 2
    out = sys.stdout.buffer
    with Interrupts() as interrupts:
        try:
            lines = bounded_lines(source, limit=limit)
            for record in process_jsonl_lines(lines, generic=args.generic, settings=settings, max_size=limit):
                interrupts.emit(record, out)
                if interrupts.requested:
                    return interrupts.stopped()
        except KeyboardInterrupt:
            return interrupts.stopped()
        finally:
            if source is not sys.stdin.buffer:
                source.close()
    return 0


def main() -> None:
    sys.exit(run(sys.argv[1:]))


if __name__ == "__main__":
    main()
