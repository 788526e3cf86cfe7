#!/usr/bin/env python3
"""Ceiling of the metadata figures: how many ground-truth values can be read from the page at all.

    python benchmarks/ceiling.py [--bench ../shared/bench] [--corpus traf-eval,readability]
                                 [--tune-json tune.json]

For every page with a ground-truth title, date or author (traf-eval, readability), this asks one question
of the page as it was served (the whole source: visible text, attributes, <script> JSON, the URL): does the
ground-truth value appear in it in any form? A value that appears nowhere cannot be extracted by any
system that reads only the page, so the share of pages where it does appear is an upper bound on the
accuracy any extractor can reach on the half (an over-estimate: appearing somewhere is not being
identifiable as the headline, the date or the author).

  headline   the ground-truth title's words, in order and contiguous, among the page's words (NFKC,
             casefolded, quotes and dashes unified: the benchmark's `norm_text`), or, when the title
             holds a site-name segment (the benchmark's split), its longest piece.
  date       the ground-truth day written in any of: ISO (2019-03-05, 2019/03/05, 2019.03.05, 20190305
             in a URL or an id), day-first or month-first numerals with `.`, `/` or `-` and 2- or
             4-digit years, "5 March 2019" / "March 5, 2019" with month names or abbreviations in en, de,
             fr, es, it, pt, nl, sv, da, no, pl, cs, ru, tr, 2019年3月5日 (CJK), or a Unix timestamp of
             that UTC day in seconds or milliseconds (JSON of single-page apps).
             "offset day": not found, but an ISO timestamp with a time of day one day off is (the ground
             truth took the day in another time zone than the page's markup); counted apart.
  author     every ground-truth name (the benchmark's split and normalisation) among the page's text.

Nothing here reads our or trafilatura's output on the report half: the report-half columns are counts
of the pages alone. With `--tune-json` (a `generalisation.py --json-out` file, which holds tune-half
outputs only), each system's tune-half misses are split into reachable and unreachable ones.
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import json
import re
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _load_generalisation() -> ModuleType:
    # by path: benchmarks/ is not a package, and putting it on sys.path shadows `incremental`
    spec = importlib.util.spec_from_file_location("generalisation", HERE / "generalisation.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["generalisation"] = module
    spec.loader.exec_module(module)
    return module


G = _load_generalisation()

# month names and abbreviations (genitive forms where a language writes the date with them)
_MONTH_WORDS: dict[int, str] = {
    1: (
        "january jan januar janvier enero gennaio janeiro januari "
        "januar janvier styczeń stycznia leden ledna января ocak"
    ),
    2: (
        "february feb februar février fevrier febrero febbraio "
        "fevereiro februari lutego únor února февраля şubat"
    ),
    3: "march mar märz maerz mars marzo março maart marts mars marca březen března марта mart",
    4: "april apr avril abril aprile april kwietnia duben dubna апреля nisan",
    5: "may mai mayo maggio maio mei maj maja květen května мая mayıs",
    6: "june jun juni juin junio giugno junho juni czerwca červen června июня haziran",
    7: "july jul juli juillet julio luglio julho juli lipca červenec července июля temmuz",
    8: "august aug août aout agosto augustus augusti sierpnia srpen srpna августа ağustos",
    9: "september sep sept septembre septiembre settembre setembro september września září сентября eylül",
    10: "october oct oktober octobre octubre ottobre outubro oktober października říjen října октября ekim",
    11: "november nov novembre noviembre novembro november listopada listopad листопада ноября kasım",
    12: (
        "december dec dezember décembre decembre diciembre dicembre "
        "dezembro december grudnia prosinec prosince декабря aralık"
    ),
}
MONTHS: dict[int, list[str]] = {m: words.split() for m, words in _MONTH_WORDS.items()}


def page_text(raw: bytes) -> str:
    """The whole source as text: entities resolved, JSON escapes of scripts resolved, tags as spaces."""
    text = raw.decode("utf-8", errors="replace")
    if text.count("\ufffd") > 20:  # not UTF-8: the declared charset, else Latin-1
        found = re.search(rb"charset=[\"']?([\w-]+)", raw[:5000])
        try:
            text = raw.decode(found.group(1).decode() if found else "latin-1", errors="replace")
        except LookupError:
            text = raw.decode("latin-1", errors="replace")
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    text = text.replace("\\/", "/")
    text = re.sub(
        r"<[^>]*?>", lambda m: " " + " ".join(re.findall(r"=\s*[\"']([^\"']*)", m.group(0))) + " ", text
    )
    return html.unescape(html.unescape(text))


def words_of(text: str) -> str:
    return " " + " ".join(G._WORDS.findall(G.norm_text(text))) + " "


def headline_reachable(truth: str, page_words: str) -> bool:
    candidates = [truth] + [p for p in G._SITE_SPLIT.split(truth) if p.strip()]
    best = max(candidates[1:], key=len) if len(candidates) > 2 else None
    for candidate in (truth, best):
        if candidate:
            w = words_of(candidate)
            if w.strip() and w in page_words:
                return True
    return False


def date_forms(day: date) -> list[re.Pattern[str]]:
    y, m, d = day.year, day.month, day.day
    yy = y % 100
    num = [
        rf"{y}[-/.]0?{m}[-/.]0?{d}(?!\d)",
        rf"(?<!\d){y}{m:02d}{d:02d}(?!\d)",
        rf"(?<!\d)0?{d}[./-]0?{m}[./-](?:{y}|{yy:02d})(?!\d)",
        rf"(?<!\d)0?{m}[./-]0?{d}[./-](?:{y}|{yy:02d})(?!\d)",
        rf"{y}\s*年\s*0?{m}\s*月\s*0?{d}\s*日",
        rf"{y}\s*년\s*0?{m}\s*월\s*0?{d}\s*일",
    ]
    names = "|".join(re.escape(n) for n in MONTHS[m])
    num += [
        rf"(?<!\d)0?{d}(?:st|nd|rd|th|er|º|\.)?(?:\s+de)?\s+(?:{names})\.?,?(?:\s+de)?\s+{y}(?!\d)",
        rf"(?:{names})\.?\s+0?{d}(?:st|nd|rd|th)?,?\s+{y}(?!\d)",
    ]
    return [re.compile(p, re.I) for p in num]


def timestamps(day: date) -> list[re.Pattern[str]]:
    start = int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())
    # any second of the day: the shared prefix of its first and last second is too loose; list hours
    return [re.compile(rf"(?<!\d){str(start + h * 3600)[:-2]}\d\d(?:\d{{3}})?(?!\d)") for h in range(24)]


def date_reachable(truth: str, text: str) -> str:
    try:
        day = date.fromisoformat(truth.strip()[:10])
    except ValueError:
        return "bad truth"
    if any(p.search(text) for p in date_forms(day)):
        return "yes"
    if any(p.search(text) for p in timestamps(day)):
        return "yes"
    for other in (day - timedelta(days=1), day + timedelta(days=1)):
        if re.search(rf"{other.isoformat()}[T ]\d\d:\d\d", text):
            return "offset day"
    return "no"


def author_reachable(truth: str, text_norm: str, corpus: str) -> bool:
    if corpus == "readability":
        first = truth.strip().splitlines()[0] if truth.strip() else ""
        line = G._norm_name(G._BYLINE_PREFIX.sub("", first.strip()))
        return bool(line) and line in text_norm
    pieces = [G._norm_name(n) for n in G._NAME_SPLIT.split(truth)]
    names = [n for n in pieces if len(n) >= 3 and n not in G._DEGREES] or [n for n in pieces if n]
    return bool(names) and all(n in text_norm for n in names)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("--bench", type=Path, default=G.DEFAULT_BENCH)
    parser.add_argument("--corpus", default="traf-eval,readability")
    parser.add_argument("--tune-json", type=Path, help="generalisation.py --json-out file (tune half)")
    args = parser.parse_args(argv)
    if not args.bench.is_dir():
        print(f"no corpora at {args.bench}", file=sys.stderr)
        return 2
    cases = G.load_cases(args.bench, args.corpus.split(","))
    tune_out: dict[tuple[str, str], dict] = {}
    if args.tune_json:
        payload = json.loads(args.tune_json.read_text(encoding="utf-8"))
        tune_out = {(p["case"]["corpus"], p["case"]["key"]): p for p in payload["pages"]}

    # counts[corpus][half][field] = {"n":, "reach":, "offset":, per system: right, right_unreach}
    counts: dict = {}
    for case in cases:
        if not (case.title or case.date or case.author):
            continue
        raw = G.read_page(case.path)
        text = (
            page_text(raw)
            + " "
            + case.url
            + " "
            + html.unescape(case.url.replace("-", " ").replace("/", " "))
        )
        page_words = words_of(text)
        text_norm = " " + G._norm_name(text) + " "
        out = tune_out.get((case.corpus, case.key)) if case.half == "tune" else None
        for fld, truth in (("headline", case.title), ("date", case.date), ("author", case.author)):
            if not truth:
                continue
            cell = (
                counts.setdefault(case.corpus, {})
                .setdefault(case.half, {})
                .setdefault(
                    fld,
                    {
                        "n": 0,
                        "reach": 0,
                        "offset": 0,
                        "ours_unreach_right": 0,
                        "traf_unreach_right": 0,
                        "ours_miss_reach": 0,
                        "traf_miss_reach": 0,
                    },
                )
            )
            cell["n"] += 1
            if fld == "headline":
                ok = headline_reachable(truth, page_words)
            elif fld == "date":
                verdict = date_reachable(truth, text)
                ok = verdict == "yes"
                cell["offset"] += verdict == "offset day"
            else:
                ok = author_reachable(truth, text_norm, case.corpus)
            cell["reach"] += ok
            if out is not None:
                for system in ("ours", "traf"):
                    o = out[system]
                    right = (
                        G.headline_right(o["headline"], truth)
                        if fld == "headline"
                        else G.date_right(o["published"], truth)
                        if fld == "date"
                        else G.author_right(o["authors"], truth, case.corpus)
                    )
                    if right and not ok:
                        cell[f"{system}_unreach_right"] += 1
                    if not right and ok:
                        cell[f"{system}_miss_reach"] += 1

    print("Ground truth found in the page at all (an upper bound on any extractor's accuracy)\n")
    print(f"{'corpus':12} {'field':9} {'half':7} {'pages':>6} {'found':>6} {'ceiling':>8} {'offset day':>11}")
    for corpus, halves in counts.items():
        for fld in ("headline", "date", "author"):
            for half in ("tune", "report"):
                c = halves.get(half, {}).get(fld)
                if not c:
                    continue
                print(
                    f"{corpus:12} {fld:9} {half:7} {c['n']:6d} {c['reach']:6d} "
                    f"{100 * c['reach'] / c['n']:7.1f}% {c['offset']:11d}"
                )
    if tune_out:
        print("\nTune half, each system: misses where the page holds the truth / right where it seems not to")
        for corpus, halves in counts.items():
            for fld in ("headline", "date", "author"):
                c = halves.get("tune", {}).get(fld)
                if c:
                    print(
                        f"{corpus:12} {fld:9} ours {c['ours_miss_reach']:4d} / {c['ours_unreach_right']:3d}  "
                        f"traf {c['traf_miss_reach']:4d} / {c['traf_unreach_right']:3d}"
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
