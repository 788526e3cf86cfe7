#!/usr/bin/env python3
"""Profile generator and checker on real pages: does `profile new` find stable selectors, do they reproduce
generic extraction, and is the profile's value right as often as generic extraction's?

    python benchmarks/profiles.py [--bench ../shared/bench] [--per-corpus 20] [--half report|tune|both]

Pages: article pages of the three corpora (aeb-dev: all; traf-eval: pages declaring og:type=article or a
NewsArticle/BlogPosting type; readability: real-site cases marked readerable), split by the team's rule
(benchmarks/generalisation.py `half_of`: sha256 of the URL / evaldata key / case name, even = tune), taken
in hash order, `--per-corpus` from each corpus and half (20 x 3 = 60 per half). The corpora hold one page
per site, so each page's profile is generated from that page (`profile new`'s code path: suggestions,
the TOML text, the file checks) and checked on it (`profile check`'s code path).

Per field (headline, date = published_at, author, body):
  stable     share of pages where the generator found a selector (else the field is left to generic)
  same       of those, share where the profile's value equals generic extraction's
  truth      on pages with ground truth: share right, profile vs newsarchive's generic extraction (same
             scoring as benchmarks/generalisation.py; body: aeb-dev token 4-gram F1 >= 0.9, traf-eval every
             must-snippet found and no must-not snippet)
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
# the repository, not this folder (whose incremental.py would hide the `incremental` package Twisted needs)
sys.path[:] = [str(REPO)] + [p for p in sys.path if Path(p or ".").resolve() != REPO / "benchmarks"]

from benchmarks.generalisation import (  # noqa: E402  (the corpora and their scoring, shared)
    DEFAULT_BENCH,
    Case,
    author_right,
    date_right,
    headline_right,
    load_cases,
    read_page,
    snippet_counts,
)
from newsarchive.commands.profile import render_profile  # noqa: E402
from newsarchive.extract import extract_article  # noqa: E402
from newsarchive.extract.profiles.files import profile_from_dict  # noqa: E402
from newsarchive.extract.profiles.suggest import SamplePage, suggest  # noqa: E402
from newsarchive.items import Article  # noqa: E402

FIELDS = {"headline": "headline", "date": "published_at", "author": "authors", "body": "body"}
#: readability's synthetic unit pages (001, article-author-tag, ...) are a few KB; real sites' are larger
MIN_REAL_PAGE = 30_000


def pick(cases: list[Case], half: str, per_corpus: int) -> list[Case]:
    chosen = []
    for corpus in ("aeb-dev", "traf-eval", "readability"):
        pool = [c for c in cases if c.corpus == corpus and c.half == half and c.article]
        if corpus == "readability":
            pool = [c for c in pool if len(read_page(c.path)) >= MIN_REAL_PAGE]
        pool.sort(key=lambda c: hashlib.sha256(c.key.encode("utf-8")).hexdigest())
        chosen += pool[:per_corpus]
    return chosen


def _grams(text: str) -> Counter[tuple[str, ...]]:
    tokens = re.findall(r"\w+", text)
    return Counter(tuple(tokens[i : i + 4]) for i in range(max(0, len(tokens) - 3)))


def body_right(case: Case, body: list[str]) -> bool | None:
    text = "\n".join(body)
    if case.body is not None:
        pred, truth = _grams(text), _grams(case.body)
        overlap = sum((pred & truth).values())
        if not pred or not truth or not overlap:
            return False
        p, r = overlap / sum(pred.values()), overlap / sum(truth.values())
        return 2 * p * r / (p + r) >= 0.9
    if case.with_ or case.without:
        _tp, fn, fp, _tn = snippet_counts(text, case.with_, case.without)
        return fn == 0 and fp == 0
    return None


def right(case: Case, field: str, article: Article) -> bool | None:
    if field == "headline":
        return headline_right(article.headline, case.title) if case.title else None
    if field == "date":
        return date_right(article.published_at, case.date) if case.date else None
    if field == "author":
        return author_right(article.authors, case.author, case.corpus) if case.author else None
    return body_right(case, article.body)


def run_page(case: Case, number: int) -> dict[str, Any]:
    raw = read_page(case.path)
    url = case.url
    if not urlsplit(url).hostname:  # a few traf-eval keys are not URLs ("recall::site.com-page.html")
        url = f"https://page{number}.example/{re.sub(r'[^A-Za-z0-9.-]+', '-', url)}"
    sample = SamplePage(url=url, html=raw)
    suggestions = {s.field: s for s in suggest([sample])}
    name = f"bench_{number}"
    profile = profile_from_dict(
        name, tomllib.loads(render_profile(name, [sample], list(suggestions.values())))
    )
    mine = extract_article(raw, url, profile=profile)
    generic = sample.generic
    out = {}
    for field, attribute in FIELDS.items():
        selector = suggestions[attribute].selector
        out[field] = {
            "stable": selector is not None,
            "same": getattr(mine, attribute) == getattr(generic, attribute),
            "profile_right": right(case, field, mine),
            "generic_right": right(case, field, generic),
        }
    return out


def report(half: str, cases: list[Case]) -> None:
    started = time.perf_counter()
    results = [run_page(case, i) for i, case in enumerate(cases)]
    seconds = time.perf_counter() - started
    corpora = Counter(c.corpus for c in cases)
    print(f"\n{half} half: {len(cases)} article pages ({', '.join(f'{k} {v}' for k, v in corpora.items())}),")
    print(f"  {seconds:.0f} s for generate + check of all (2-core Linux box, Python 3.11)")
    print(
        f"  {'field':<9} {'stable selector':>16} {'reproduces generic':>19} {'right: profile | generic':>26}"
    )
    for field in FIELDS:
        rows = [r[field] for r in results]
        stable = [r for r in rows if r["stable"]]
        judged = [r for r in rows if r["profile_right"] is not None]
        same = sum(r["same"] for r in stable)
        mine = sum(bool(r["profile_right"]) for r in judged)
        theirs = sum(bool(r["generic_right"]) for r in judged)
        print(
            f"  {field:<9} {len(stable):>8}/{len(rows):<3} {_pct(len(stable), len(rows)):>4}"
            f" {same:>9}/{len(stable):<3} {_pct(same, len(stable)):>4}"
            f" {mine:>6} | {theirs:<3} of {len(judged):<3}"
            f" ({_pct(mine, len(judged))} | {_pct(theirs, len(judged))})"
        )


def _pct(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--per-corpus", type=int, default=20)
    parser.add_argument("--half", choices=("report", "tune", "both"), default="both")
    args = parser.parse_args(argv)
    if not args.bench.is_dir():
        print(f"no corpora at {args.bench}", file=sys.stderr)
        return 2
    import logging

    logging.disable(logging.WARNING)  # trafilatura's per-page chatter
    cases = load_cases(args.bench, ["aeb-dev", "traf-eval", "readability"])
    for half in ("tune", "report") if args.half == "both" else (args.half,):
        report(half, pick(cases, half, args.per_corpus))
    return 0


if __name__ == "__main__":
    sys.exit(main())
