"""`python -m newsarchive profile new|check`: write a site profile from saved pages, and check one on them.

    python -m newsarchive profile new NAME --input-jsonl PAGES.jsonl [--dir DIR] [-s NAME=VALUE]
    python -m newsarchive profile new NAME PAGE.html --url URL [--dir DIR]
    python -m newsarchive profile check NAME (--input-jsonl FILE | PATH --url URL | --fixtures) [--json]

`new` writes DIR/NAME.toml (DIR: --dir, else the first folder of NEWSARCHIVE_PROFILE_DIRS) with, per field,
the shortest selector that picks on every page the element generic extraction read, and fixtures for
review under DIR/fixtures/NAME/<case>/ (page.html, meta.json, expected.json); then prints, field by field,
the profile's value beside generic extraction's. `check` reports per field which selector matched on how
many pages, where the profile and generic extraction disagree and which pages fell back; it exits 1 when a
required field (headline, body, published_at) is found on fewer pages than the profile's minimum. Both see
the profiles `extract` and `scrapy crawl` see for the same settings. Exit 2: bad arguments or profile file.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newsarchive.commands.options import MAX_SIZE_HELP, command_settings, size_limit
from newsarchive.commands.pages import PageError, bounded_lines, check_html_size, json_line, read_page
from newsarchive.extract.document import decode_html
from newsarchive.extract.profiles.check import check_profile, comparable
from newsarchive.extract.profiles.files import ProfileError, read_profile
from newsarchive.extract.profiles.suggest import SamplePage, article_path, feeds, suggest
from newsarchive.extract.registry import ProfileRegistry, profile_dirs
from newsarchive.monitoring.preflight import unusable_dir

_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_SHOWN = 90  # characters of a value shown in the side-by-side table


class UsageError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m newsarchive profile", description=__doc__.splitlines()[0]
    )
    sub = parser.add_subparsers(dest="action", required=True)
    for action, help_ in (("new", "write a profile from saved pages"), ("check", "check a profile on pages")):
        p = sub.add_parser(action, help=help_)
        p.add_argument("name", metavar="NAME", help="profile name (the file is NAME.toml)")
        p.add_argument("path", nargs="?", metavar="PATH", help="one saved page (with --url)")
        p.add_argument("--url", help="the URL PATH was fetched from")
        p.add_argument("--input-jsonl", metavar="FILE", help='{"url": ..., "html": ...} lines (- for stdin)')
        p.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE", help="a setting")
        p.add_argument("--max-size", metavar="SIZE", help=MAX_SIZE_HELP)
        if action == "new":
            p.add_argument(
                "--dir", type=Path, help="where to write (default: first NEWSARCHIVE_PROFILE_DIRS)"
            )
            p.add_argument("--force", action="store_true", help="overwrite an existing profile file")
        else:
            p.add_argument("--fixtures", action="store_true", help="the pages `profile new` saved for review")
            p.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    settings = command_settings(args.set, parser)
    limit = size_limit(args.max_size, settings, parser)
    try:
        if args.action == "new":
            return new(args, settings, limit=limit)
        return check(args, ProfileRegistry.from_settings(settings), limit=limit)
    except ProfileError as error:
        print(f"newsarchive profile: error: {error}", file=sys.stderr)
        return 2
    except UsageError as error:
        print(f"newsarchive profile {args.action}: error: {error}", file=sys.stderr)
        return 2


# --- reading pages -----------------------------------------------------------------------------------
def read_pages(args: argparse.Namespace, *, limit: int) -> list[tuple[str, str]]:
    """(url, html) of the pages given; `limit`: the --max-size of a page, as `extract` holds to it."""
    if args.input_jsonl and args.path:
        raise UsageError("give PATH --url or --input-jsonl, not both")
    if args.input_jsonl:
        source = sys.stdin.buffer if args.input_jsonl == "-" else _open(Path(args.input_jsonl))
        pages = []
        for number, raw in enumerate(bounded_lines(source, limit=limit), start=1):
            if isinstance(raw, bytes) and not raw.strip():
                continue
            try:
                if isinstance(raw, PageError):
                    raise raw
                value = json_line(raw, number)
                url, html = value.get("url"), value.get("html")
                if not isinstance(url, str) or not isinstance(html, str):
                    raise ValueError('expected {"url": ..., "html": ...}')
                check_html_size(html, limit=limit)
            except (ValueError, PageError) as error:
                raise UsageError(f"{args.input_jsonl} line {number}: {error}") from None
            pages.append((url, html))
        if not pages:
            raise UsageError(f"{args.input_jsonl}: no pages")
        return pages
    if args.path:
        if not args.url:
            raise UsageError("PATH needs --url (the page's own URL: the profile's domain comes from it)")
        try:
            return [(args.url, decode_html(read_page(args.path, limit=limit)))]
        except PageError as error:
            raise UsageError(str(error)) from None
    raise UsageError(
        "give --input-jsonl FILE or PATH --url URL" + (" or --fixtures" if "fixtures" in args else "")
    )


def _open(path: Path) -> Any:
    try:
        return path.open("rb")
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None


def fixture_dir(profile_file: Path) -> Path:
    return profile_file.parent / "fixtures" / profile_file.name.removesuffix(".toml")


def read_fixtures(folder: Path) -> list[tuple[str, str]]:
    pages = []
    for meta in sorted(folder.glob("*/meta.json")):
        url = json.loads(meta.read_text(encoding="utf-8"))["url"]
        pages.append((url, (meta.parent / "page.html").read_text(encoding="utf-8")))
    if not pages:
        raise UsageError(f"no fixtures under {folder} (`profile new` writes them)")
    return pages


def _fixture_drift(folder: Path, articles: list[Any]) -> dict[str, list[str]]:
    drift = {}
    for meta, article in zip(sorted(folder.glob("*/meta.json")), articles, strict=True):
        expected = json.loads((meta.parent / "expected.json").read_text(encoding="utf-8"))
        record = article.to_dict()
        changed = [k for k in record if k != "fetched_at" and record[k] != expected.get(k)]
        if changed:
            drift[meta.parent.name] = changed
    return drift


# --- new -----------------------------------------------------------------------------------------------
def new(args: argparse.Namespace, settings: Any, *, limit: int) -> int:
    if not _NAME.match(args.name):
        raise UsageError(f"NAME: lowercase letters, digits, _ and - (a spider name), got {args.name!r}")
    folder = args.dir or next(iter(profile_dirs(settings)), None)
    if folder is None:
        raise UsageError("give --dir DIR, or set NEWSARCHIVE_PROFILE_DIRS (its first folder is used)")
    folder = Path(folder)
    # the profiles a crawl would see beside the new one (the folder to write to may not exist yet)
    known = ProfileRegistry.from_dirs([d for d in profile_dirs(settings) if Path(d).is_dir()])
    target = folder / f"{args.name}.toml"
    if target.exists() and not args.force:
        raise UsageError(f"{target} exists (--force overwrites it)")
    # (before reading the pages: a folder it cannot write to ended in a traceback after all the work)
    why = unusable_dir(folder)
    if why is not None:
        source = "--dir" if args.dir else "NEWSARCHIVE_PROFILE_DIRS"
        raise UsageError(f"{source}: cannot write to {folder}: {why} (--dir DIR: a folder you can write)")
    pages = read_pages(args, limit=limit)
    for url, _html in pages:
        if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
            raise UsageError(
                f"expected the pages' http(s) URLs (the profile's domains come from them), got {url!r}"
            )
    samples = [SamplePage(url=url, html=html) for url, html in pages]
    suggestions = suggest(samples)
    folder.mkdir(parents=True, exist_ok=True)
    target.write_text(render_profile(args.name, samples, suggestions), encoding="utf-8")
    profile = read_profile(target)
    for domain in profile.domains:
        owner = known.for_url(f"https://{domain}/")
        if owner is not None and owner.name != profile.name:
            target.unlink()
            raise ProfileError(target, "domains", f"{domain!r} is already the domain of {owner.source}")
    report = check_profile(profile, pages)
    cases = fixture_dir(target)
    for (url, html), article in zip(pages, report.articles, strict=True):
        case = cases / _case_name(url)
        case.mkdir(parents=True, exist_ok=True)
        (case / "page.html").write_text(html, encoding="utf-8")
        (case / "meta.json").write_text(json.dumps({"url": url}, indent=2) + "\n", encoding="utf-8")
        expected = json.dumps(article.to_dict(), indent=2, ensure_ascii=False) + "\n"
        (case / "expected.json").write_text(expected, encoding="utf-8")
    print(f"wrote {target} and {len(pages)} fixture(s) under {cases}")
    for suggestion in suggestions:
        chosen = suggestion.selector or f"(generic: {suggestion.why})"
        print(f"  {suggestion.field:<13} {chosen}")
    print("\nfield by field, profile | generic:")
    for field_report in report.fields:
        for url, article in zip((u for u, _ in pages), report.articles, strict=True):
            differs = next((d for d in field_report.differs if d["url"] == url), None)
            mine = _short(comparable(article, field_report.field))
            if differs is None:
                print(f"  {field_report.field:<13} same    {mine}")
            else:
                print(f"  {field_report.field:<13} DIFFERS {mine} | {_short(differs['generic'])}")
    return 0


def _case_name(url: str) -> str:
    parts = [p for p in urlsplit(url).path.split("/") if p]
    return re.sub(r"[^A-Za-z0-9_-]+", "-", parts[-1] if parts else "home")[:80] or "page"


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def _toml_list(values: list[str]) -> str:
    return "[" + ", ".join(_toml_string(v) for v in values) + "]"


def _toml_string(value: str) -> str:
    if "'" not in value and "\n" not in value and ("\\" in value or '"' in value):
        return f"'{value}'"  # a literal string: regexes and selectors keep their backslashes and quotes
    return json.dumps(value, ensure_ascii=False)


def render_profile(name: str, samples: list[Any], suggestions: list[Any]) -> str:
    hosts = []
    for sample in samples:
        host = (urlsplit(sample.url).hostname or "").lower()
        host = host[4:] if host.startswith("www.") else host
        if host and host not in hosts:
            hosts.append(host)
    first = urlsplit(samples[0].url)
    lines = [
        f"# {name}: written by `python -m newsarchive profile new` from {len(samples)} page(s).",
        "# Review it: `python -m newsarchive profile check " + name + " --fixtures`. Keys: docs/profiles.md.",
        f"domains = {_toml_list(hosts)}",
        f"base_url = {_toml_string(f'{first.scheme}://{first.netloc}')}",
        f"feeds = {_toml_list(feeds(samples))}",
        "sections = []  # section names the crawl walks the fronts of ({section} below)",
        'section_path = "/{section}"',
        f"article_path = {_toml_string(article_path([s.url for s in samples]))}",
        "remove = []  # site-specific noise elements (meters, promos) the generic rules miss",
        "",
        "[selectors]  # most specific first; a field without selectors is left to generic extraction",
    ]
    for suggestion in suggestions:
        if suggestion.selector is None:
            lines.append(f"# {suggestion.field}: left to generic extraction ({suggestion.why})")
        else:
            lines.append(f"{suggestion.field} = {_toml_list([suggestion.selector])}")
    lines += ["", "[coverage]  # minimum share of pages with the field (run report, `profile check`)"]
    lines += ["headline = 1.0", "body = 1.0", "published_at = 0.9", ""]
    return "\n".join(lines)


# --- check ---------------------------------------------------------------------------------------------
def check(args: argparse.Namespace, registry: ProfileRegistry, *, limit: int) -> int:
    try:
        profile = registry.get(args.name)
    except KeyError as error:
        raise UsageError(str(error.args[0])) from None
    if args.fixtures:
        if args.input_jsonl or args.path:
            raise UsageError("give one of --fixtures, --input-jsonl FILE, PATH --url URL")
        pages = read_fixtures(fixture_dir(Path(profile.source)))
    else:
        pages = read_pages(args, limit=limit)
    report = check_profile(profile, pages)
    # fixtures whose expected.json the profile no longer reproduces (reviewed, then the profile changed)
    drift = _fixture_drift(fixture_dir(Path(profile.source)), report.articles) if args.fixtures else {}
    if args.json:
        print(json.dumps({**report.to_dict(), "fixtures_changed": drift}, ensure_ascii=False, indent=2))
    else:
        print(f"profile {report.profile} ({report.source}) on {report.pages} page(s)")
        for case, fields in drift.items():
            print(f"fixture {case}: expected.json differs in {', '.join(fields)}")
        for field in report.fields:
            print(f"{field.field}:")
            for selector in field.selectors:
                print(f"  {selector:<50} matched on {field.matched.get(selector, 0)}/{report.pages}")
            if not field.selectors:
                print(f"  (no selectors: generic extraction, found on {field.found}/{report.pages})")
            if field.fell_back and field.selectors:
                urls = ", ".join(field.fell_back)
                print(f"  fell back to generic extraction on {len(field.fell_back)}: {urls}")
            for differs in field.differs:
                print(f"  differs from generic on {differs['url']}:")
                print(f"    profile: {_short(differs['profile'])}\n    generic: {_short(differs['generic'])}")
            if field.minimum is not None:
                verdict = "ok" if field.passed else "FAILED"
                print(f"  required on {field.minimum:.0%} of pages: {verdict}")
        print("passed" if report.passed else "FAILED: a required field is below the profile's minimum")
    return 0 if report.passed else 1


def main() -> None:
    sys.exit(run(sys.argv[1:]))


if __name__ == "__main__":
    main()
