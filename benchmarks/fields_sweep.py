#!/usr/bin/env python3
"""Field sweep: the record's fields no ground truth measures, checked for suspicious values on all corpora.

    python benchmarks/fields_sweep.py [--bench ../shared/bench] [--workers 2] [--half tune|report|both]
                                      [--show FIELD] [--json-out F]

benchmarks/generalisation.py scores headline, published date, authors, body and language against ground
truth. The other fields of the record (docs/record.md) have none: modified_at, standfirst, section, tags,
images (url, caption, credit), dateline, credit, canonical_url, access/truncated/sponsored, page_type,
word_count. This sweep runs the extraction (`newsarchive.extract.extract_article`, the record before the
judging pipelines) on every page of the corpora and counts, per field, how many pages fill it (coverage) and
how many values fail a plausibility check (each check below says what it catches). A suspicious value is
not always wrong; the counts show patterns across sites, and `--show FIELD` lists the TUNE-half values that
failed a check (it refuses to list report-half pages, as generalisation.py's --misses does).

Pages and halves are generalisation.py's (same loader, same split by a hash of the URL).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import multiprocessing
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
# benchmarks/ holds scripts named like installed modules (incremental.py): the repository, not this
# folder, goes on the import path
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != REPO / "benchmarks"]
sys.path.insert(0, str(REPO))


def _generalisation() -> Any:
    spec = importlib.util.spec_from_file_location("generalisation", REPO / "benchmarks" / "generalisation.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["generalisation"] = module
    spec.loader.exec_module(module)
    return module


GEN = _generalisation()


def _init_worker(repo: str) -> None:
    if repo not in sys.path:
        sys.path.insert(0, repo)
    import logging

    logging.disable(logging.WARNING)


def _extract(job: tuple[int, str, str]) -> tuple[int, dict[str, Any]]:
    from newsarchive.commands.extract import record_of
    from newsarchive.extract import extract_article

    index, path, url = job
    try:
        record = record_of(extract_article(GEN.read_page(path), url))
    except Exception as exc:  # a crash is a finding too
        record = {"error": repr(exc)}
    record.pop("evidence", None)
    return index, record


# --- the checks: field -> [(name, predicate(record) -> bool)] --------------------------------------------
def _norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return re.sub(r"[\W_]+", " ", text).strip()


def _host(url: str | None) -> str:
    try:
        host = (urlsplit(url or "").hostname or "").lower()
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def _site_words(record: dict[str, Any]) -> set[str]:
    """The site's names as a page gives them away: the host and its first label ("spiegel")."""
    host = _host(record.get("url"))
    names = {_norm(host)}
    labels = host.split(".")
    if len(labels) >= 2:
        names.add(_norm(labels[-2]))
        names.add(_norm(".".join(labels[-2:])))
    return {n for n in names if n}


def _iso(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


#: navigation labels: a section or tag that is one of these is a menu's or breadcrumb's item
NAV_LABELS = {
    _norm(x)
    for x in (
        "home",
        "homepage",
        "start",
        "startseite",
        "accueil",
        "inicio",
        "portada",
        "home page",
        "index",
        "news",
        "nachrichten",
        "aktuelles",
        "aktuell",
        "actualités",
        "actualites",
        "noticias",
        "notizie",
        "blog",
        "artikel",
        "article",
        "articles",
        "uncategorized",
        "allgemein",
        "sin categoría",
        "non classé",
        "ホーム",
        "トップ",
        "首页",
        "news & events",
        "aktuelle meldungen",
        "posts",
        "menu",
        "menü",
    )
}
TRACKER = re.compile(
    r"(?:^|[/.?&_-])(?:pixel|spacer|blank|transparent|1x1|tracking|beacon)(?:[/.?&_-]|$)"
    r"|facebook\.com/tr|doubleclick|scorecardresearch|google-analytics|/b\.gif|vgwort|met\.vgwort",
    re.I,
)
LOGO = re.compile(
    r"logo|favicon|apple-touch-icon|/icons?/|avatar|gravatar|placeholder|default[-_]image", re.I
)


def _images(record: dict[str, Any]) -> list[dict[str, Any]]:
    return list(record.get("images") or [])


def _body0(record: dict[str, Any]) -> str:
    body = record.get("body") or []
    return body[0] if body else ""


def _modified_before_published(r: dict[str, Any]) -> bool:
    pub, mod = _iso(r.get("published_at")), _iso(r.get("modified_at"))
    return bool(pub and mod and mod < pub)


def _in_future(r: dict[str, Any]) -> bool:
    mod = _iso(r.get("modified_at"))
    return bool(mod and mod > datetime.now(UTC) + timedelta(days=1))


def _standfirst_site_blurb(r: dict[str, Any]) -> bool:
    # the site's generic description: it names the site and shares no content word with the headline
    sf, head = _norm(r.get("standfirst")), _norm(r.get("headline"))
    if not sf:
        return False
    words = {w for w in head.split() if len(w) > 3}
    return any(s in sf for s in _site_words(r)) and not words & set(sf.split())


def _canonical_elsewhere(r: dict[str, Any]) -> bool:
    canonical = r.get("canonical_url")
    if not canonical:
        return False
    a, b = urlsplit(canonical), urlsplit(r.get("url") or "")
    last_a = [p for p in a.path.split("/") if p][-1:] or [""]
    last_b = [p for p in b.path.split("/") if p][-1:] or [""]
    return _host(canonical) == _host(r.get("url")) and last_a != last_b and a.path not in ("", "/")


CHECKS: dict[str, list[tuple[str, Callable[[dict[str, Any]], bool]]]] = {
    "modified_at": [
        ("before published_at", _modified_before_published),
        ("in the future", _in_future),
        ("not ISO 8601", lambda r: bool(r.get("modified_at")) and _iso(r["modified_at"]) is None),
        (
            "no offset",
            lambda r: bool(r.get("modified_at")) and not re.search(r"(?:[+-]\d\d:\d\d|Z)$", r["modified_at"]),
        ),
    ],
    "standfirst": [
        (
            "= first body paragraph",
            lambda r: bool(r.get("standfirst")) and _norm(r["standfirst"]) == _norm(_body0(r)),
        ),
        (
            "starts the first paragraph",
            lambda r: (
                bool(r.get("standfirst"))
                and _norm(_body0(r)).startswith(_norm(r["standfirst"]))
                and _norm(r["standfirst"]) != _norm(_body0(r))
            ),
        ),
        (
            "= headline",
            lambda r: bool(r.get("standfirst")) and _norm(r["standfirst"]) == _norm(r.get("headline")),
        ),
        ("site blurb", _standfirst_site_blurb),
        ("over 400 chars", lambda r: len(r.get("standfirst") or "") > 400),
    ],
    "section": [
        ("nav label", lambda r: _norm(r.get("section")) in NAV_LABELS),
        ("site name", lambda r: _norm(r.get("section")) in _site_words(r)),
        ("= headline", lambda r: bool(r.get("section")) and _norm(r["section"]) == _norm(r.get("headline"))),
        ("over 60 chars", lambda r: len(r.get("section") or "") > 60),
        ("a list (comma)", lambda r: "," in (r.get("section") or "")),
    ],
    "tags": [
        ("nav label", lambda r: any(_norm(t) in NAV_LABELS for t in r.get("tags") or [])),
        ("site name", lambda r: any(_norm(t) in _site_words(r) for t in r.get("tags") or [])),
        ("= headline", lambda r: any(_norm(t) == _norm(r.get("headline")) for t in r.get("tags") or [])),
        ("over 60 chars", lambda r: any(len(t) > 60 for t in r.get("tags") or [])),
        ("20+ tags", lambda r: len(r.get("tags") or []) >= 20),
        ("holds a separator", lambda r: any(re.search(r"[;|]|、", t) for t in r.get("tags") or [])),
    ],
    "images": [
        ("data: URI", lambda r: any(i["url"].startswith("data:") for i in _images(r))),
        ("not absolute", lambda r: any(not i["url"].startswith(("http://", "https://")) for i in _images(r))),
        ("tracking pixel", lambda r: any(TRACKER.search(i["url"]) for i in _images(r))),
        ("logo/icon/avatar", lambda r: any(LOGO.search(i["url"]) for i in _images(r))),
        ("svg", lambda r: any(urlsplit(i["url"]).path.lower().endswith(".svg") for i in _images(r))),
        (
            "caption = headline",
            lambda r: any(
                i.get("caption") and _norm(i["caption"]) == _norm(r.get("headline")) for i in _images(r)
            ),
        ),
        (
            "caption = credit",
            lambda r: any(
                i.get("caption") and _norm(i["caption"]) == _norm(i.get("credit")) for i in _images(r)
            ),
        ),
        ("credit over 100 chars", lambda r: any(len(i.get("credit") or "") > 100 for i in _images(r))),
        ("url with whitespace", lambda r: any(re.search(r"\s", i["url"]) for i in _images(r))),
        ("10+ images", lambda r: len(_images(r)) >= 10),
    ],
    "dateline": [
        ("has digits", lambda r: bool(re.search(r"\d", r.get("dateline") or ""))),
        ("over 40 chars", lambda r: len(r.get("dateline") or "") > 40),
        ("site name", lambda r: _norm(r.get("dateline")) in _site_words(r)),
    ],
    "credit": [
        ("over 80 chars", lambda r: len(r.get("credit") or "") > 80),
        ("a sentence", lambda r: len((r.get("credit") or "").split()) > 8),
    ],
    "canonical_url": [
        (
            "homepage",
            lambda r: (
                bool(r.get("canonical_url"))
                and urlsplit(r["canonical_url"]).path in ("", "/")
                and urlsplit(r.get("url") or "").path not in ("", "/")
            ),
        ),
        ("another page of the site", _canonical_elsewhere),
        (
            "another host",
            lambda r: bool(r.get("canonical_url")) and _host(r["canonical_url"]) != _host(r.get("url")),
        ),
    ],
    "language": [
        (
            "not BCP 47",
            lambda r: (
                bool(r.get("language"))
                and not re.fullmatch(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", r["language"])
            ),
        ),
    ],
    "word_count": [
        ("0 with a body", lambda r: bool(r.get("body")) and not r.get("word_count")),
    ],
    "authors": [
        (
            "in brackets",
            lambda r: any(re.fullmatch(r"[(\[（【].*[)\]）】]", a) for a in r.get("authors") or []),
        ),
    ],
}


# field -> when the record counts as having it (coverage)
def _filled(record: dict[str, Any], name: str) -> bool:
    value = record.get(name)
    if name == "word_count":
        return bool(value)
    return value not in (None, "", [], {})


def _show(record: dict[str, Any], name: str) -> str:
    value = record.get(name)
    if name == "images":
        value = [{k: v for k, v in i.items() if v} for i in value or []][:4]
    extra = ""
    if name in ("modified_at", "standfirst"):
        extra = f"  [published {record.get('published_at')}] [head {record.get('headline')!r}]"
        extra += f" [p0 {_body0(record)[:80]!r}]"
    if name in ("section", "tags", "dateline", "credit", "canonical_url"):
        extra = f"  [head {record.get('headline')!r}]"
    return f"{json.dumps(value, ensure_ascii=False)[:400]}{extra}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=GEN.DEFAULT_BENCH)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--half", choices=("tune", "report", "both"), default="both")
    parser.add_argument(
        "--show", metavar="FIELD", help="list the TUNE-half values of FIELD that fail a check"
    )
    parser.add_argument(
        "--all", action="store_true", help="with --show: every tune-half value, not only failures"
    )
    parser.add_argument("--json-out", type=Path, help="write the figures (counts per half) as JSON")
    parser.add_argument("--records-out", type=Path, help="write the TUNE-half records as JSON Lines")
    args = parser.parse_args(argv)
    if args.show and args.half == "report":
        parser.error("--show lists tune-half pages only")
    halves = ["tune"] if args.show else (list(GEN.HALVES) if args.half == "both" else [args.half])

    cases = [c for c in GEN.load_cases(args.bench, list(GEN.CORPORA)) if c.half in halves]
    jobs = [(i, c.path, c.url) for i, c in enumerate(cases)]
    records: list[dict[str, Any]] = [{} for _ in cases]
    with multiprocessing.Pool(args.workers, initializer=_init_worker, initargs=(str(REPO),)) as pool:
        for index, record in pool.imap_unordered(_extract, jobs, chunksize=4):
            records[index] = record

    if args.records_out:
        with args.records_out.open("w", encoding="utf-8") as out:
            for case, record in zip(cases, records, strict=True):
                if case.half == "tune":
                    out.write(
                        json.dumps({"case": f"{case.corpus}:{case.key}", **record}, ensure_ascii=False) + "\n"
                    )
    if args.show:
        name = args.show
        for case, record in zip(cases, records, strict=True):
            failed = [label for label, check in CHECKS.get(name, []) if check(record)]
            if failed or (args.all and _filled(record, name)):
                print(f"{case.corpus}:{case.key}  {','.join(failed) or '-'}  {_show(record, name)}")
        return 0

    figures: dict[str, dict[str, Any]] = defaultdict(dict)
    for half in halves:
        rows = [r for c, r in zip(cases, records, strict=True) if c.half == half]
        figures[half]["pages"] = len(rows)
        figures[half]["errors"] = sum(1 for r in rows if "error" in r)
        for name in [*CHECKS, "access", "truncated", "sponsored", "page_type"]:
            entry: dict[str, Any] = {"filled": sum(1 for r in rows if _filled(r, name))}
            for label, check in CHECKS.get(name, []):
                entry[label] = sum(1 for r in rows if check(r))
            if name in ("access", "truncated", "sponsored", "page_type"):
                entry = dict(Counter(str(r.get(name)) for r in rows).most_common())
            figures[half][name] = entry

    print("pages: " + "  ".join(f"{h} {figures[h]['pages']} (errors {figures[h]['errors']})" for h in halves))
    print(f"{'field / check':<34}" + "".join(f"{h:>12}" for h in halves))
    for name in figures[halves[0]]:
        if name in ("pages", "errors"):
            continue
        for label in figures[halves[0]][name]:
            title = f"{name} {label}" if label != "filled" else f"{name} (filled)"
            print(f"{title:<34}" + "".join(f"{figures[h][name].get(label, 0):>12}" for h in halves))
    if args.json_out:
        args.json_out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
