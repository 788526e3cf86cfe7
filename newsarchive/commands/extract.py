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
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from scrapy.settings import BaseSettings, Settings

from newsarchive.commands.pages import (
    PageError,
    absolute_url,
    bounded_lines,
    check_html_size,
    parse_size,
    read_page,
    read_stdin,
)
from newsarchive.exceptions import NewsarchiveDrop
from newsarchive.extract import extract_article
from newsarchive.extract.profiles.files import ProfileError
from newsarchive.extract.registry import ProfileRegistry
from newsarchive.items import without_empty_optional
from newsarchive.monitoring.preflight import SettingError, check_setting_values
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
            text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            if not text or text.isspace():  # (strip() would copy the whole line)
                raise ValueError("empty line")
            try:
                value = json.loads(text)
            except json.JSONDecodeError as exc:
                raise ValueError(f"not a JSON line ({exc})") from None
            if not isinstance(value, dict):
                raise ValueError(f"expected a JSON object, got {type(value).__name__}")
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
        except (ValueError, UnicodeDecodeError, PageError) as exc:
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
    parser.add_argument(
        "--max-size",
        metavar="SIZE",
        help="refuse a page larger than SIZE (bytes, or 500kB, 32MB; 0: no limit; default: a crawl's "
        "DOWNLOAD_MAXSIZE, 16MB)",
    )
    parser.add_argument(
        "-s", "--set", action="append", default=[], metavar="NAME=VALUE", help="override a setting"
    )
    return parser


def _max_size(args: argparse.Namespace, settings: BaseSettings, parser: argparse.ArgumentParser) -> int:
    if args.max_size is None:
        return max(0, settings.getint("DOWNLOAD_MAXSIZE"))
    try:
        return parse_size(args.max_size)
    except ValueError as error:
        parser.error(f"--max-size: {error}")


def _overrides(pairs: list[str], parser: argparse.ArgumentParser) -> dict[str, str]:
    result = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            parser.error(f"-s expects NAME=VALUE, got {pair!r}")
        result[name] = value
    return result


def command_settings(pairs: list[str], parser: argparse.ArgumentParser) -> Settings:
    """The project's settings with the `-s NAME=VALUE` overrides; a value of the wrong type
    (`-s NEWSARCHIVE_VALIDATE_MIN_BODY_WORDS=abc`) is one line naming the setting and exit status 2, not a
    traceback from the component that reads it."""
    settings = project_settings(_overrides(pairs, parser))
    try:
        check_setting_values(settings)
    except SettingError as error:
        print(f"{parser.prog}: error: {error}", file=sys.stderr)
        raise SystemExit(2) from None
    return settings


def _emit(record: dict[str, Any], out: BinaryIO) -> None:
    # Bytes, not text: the records are UTF-8 whatever the terminal's locale says.
    out.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
    out.flush()


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    settings = command_settings(args.set, parser)
    try:
        profiles = ProfileRegistry.from_settings(settings)
    except ProfileError as error:
        print(f"newsarchive extract: error: {error}", file=sys.stderr)
        return 2
    max_size = _max_size(args, settings, parser)
    out = sys.stdout.buffer
    if args.input_jsonl:
        if args.paths:
            parser.error("give PATHs or --input-jsonl, not both")
        source: BinaryIO
        if args.input_jsonl == "-":
            source = sys.stdin.buffer
        else:
            try:
                source = Path(args.input_jsonl).open("rb")  # noqa: SIM115 - closed below
            except OSError as exc:
                print(
                    f"newsarchive extract: cannot read --input-jsonl {args.input_jsonl}: {exc.strerror}",
                    file=sys.stderr,
                )
                return 2
        try:
            lines = bounded_lines(source, limit=max_size)
            for record in process_jsonl_lines(
                lines, generic=args.generic, settings=settings, max_size=max_size
            ):
                _emit(record, out)
        finally:
            if source is not sys.stdin.buffer:
                source.close()
        return 0
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
    for path in args.paths:
        try:
            if path == "-":
                html, url = read_stdin(sys.stdin.buffer, limit=max_size), args.url or STDIN_URL
            else:
                html, url = read_page(path, limit=max_size), args.url or Path(path).resolve().as_uri()
        except PageError as error:
            print(f"newsarchive extract: {error}", file=sys.stderr)
            skipped += 1
            continue
        _emit(process_page(html, url, pipeline=pipeline, generic=args.generic, profiles=profiles), out)
    return 2 if skipped else 0


def main() -> None:
    sys.exit(run(sys.argv[1:]))


if __name__ == "__main__":
    main()
