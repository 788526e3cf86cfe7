#!/usr/bin/env python3
"""Body extraction benchmark: our generic extraction vs trafilatura on the article-extraction-benchmark pages.

    python benchmarks/extraction.py [--data ../shared/bench/aeb-dev] [--json-out F]
                                    [--path auto|pipeline|article|body] [--profile-timing]

Runs our extractor through the same code path as `python -m newsarchive extract --generic --input-jsonl`
(`newsarchive.commands.extract.process_jsonl_lines(lines, generic=True)`: extraction then the cleaning
pipelines; a dropped record counts as an empty prediction). When that function is not importable it falls
back to `extract_article(html, url, generic=True)`, then to `extract_body(html, url)`, and says so.
Trafilatura runs on the same pages in the same run (favor_precision=True, include_comments=False), page by
page interleaved with ours, so machine load hits both alike. Scores use the benchmark's own aeb_eval.py,
imported by path from the data folder's parent. The data is read in place, never copied.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "bench" / "aeb-dev"

# Publication date declared in page metadata, checked independently of our extractor: JSON-LD
# datePublished, OpenGraph/article meta, itemprop, Dublin Core and sailthru/parsely style meta names.
_DATE_MARKERS = re.compile(
    r"\"datePublished\"\s*:\s*\"[^\"]{6,}\"|property=[\"']article:published_time[\"']"
    r"|itemprop=[\"']datePublished[\"']|name=[\"'](?:pubdate|publishdate|publish-date|date|dc\.date"
    r"|dcterms\.created|sailthru\.date|parsely-pub-date|article\.published|og:published_time)[\"']",
    re.IGNORECASE,
)


# url -> drop reason of the pages the pipelines dropped (counted as empty predictions)
DROPPED: dict[str, str] = {}


class _LineFeed:
    """An endless line iterator fed one line at a time, so one process_jsonl_lines generator serves
    the whole run and each page can be timed on its own."""

    def __init__(self) -> None:
        self.line: str | None = None

    def __iter__(self) -> _LineFeed:
        return self

    def __next__(self) -> str:
        if self.line is None:
            raise StopIteration
        line, self.line = self.line, None
        return line


@dataclass(kw_only=True)
class Prediction:
    body: str
    headline: str | None
    published_at: str | None
    seconds: float


def load_aeb_eval(data: Path) -> ModuleType:
    path = data.parent / "aeb_eval.py"
    if not path.is_file():
        raise SystemExit(
            f"error: {path} not found (the benchmark's metric script sits beside the data folder)"
        )
    spec = importlib.util.spec_from_file_location("aeb_eval", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_pages(data: Path) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for page_id in truth:
        raw = gzip.decompress((data / "html" / f"{page_id}.html.gz").read_bytes())
        pages[page_id] = raw.decode("utf-8", errors="replace")
    return truth, pages


def our_extractor(path: str) -> tuple[str, Callable[[str, str], Prediction]]:
    """The extraction function and the name of the code path it goes through."""
    if path in ("auto", "pipeline"):
        try:
            from newsarchive.commands.extract import process_jsonl_lines
        except Exception as error:  # ImportError, or a half-written module of a teammate
            if path == "pipeline":
                raise SystemExit(f"error: process_jsonl_lines not importable: {error}") from error
        else:
            feed = _LineFeed()
            # one generator for the whole run, as the CLI uses it: the pipelines are built once
            results = process_jsonl_lines(feed, generic=True)

            def via_pipeline(html: str, url: str) -> Prediction:
                feed.line = json.dumps({"url": url, "html": html})
                start = time.perf_counter()
                record = next(results, None) or {}
                seconds = time.perf_counter() - start
                if not record or record.get("dropped") or record.get("error"):
                    DROPPED[url] = str(record.get("dropped") or record.get("error") or "no output")
                    return Prediction(body="", headline=None, published_at=None, seconds=seconds)
                return Prediction(
                    body="\n".join(record.get("body") or []),
                    headline=record.get("headline"),
                    published_at=record.get("published_at"),
                    seconds=seconds,
                )

            return "process_jsonl_lines(generic=True) (extraction + cleaning pipelines)", via_pipeline
    if path in ("auto", "article"):
        try:
            from newsarchive.extract import extract_article
        except Exception as error:  # ImportError, or a half-written module of a teammate
            if path == "article":
                raise SystemExit(f"error: extract_article not importable: {error}") from error
        else:

            def via_article(html: str, url: str) -> Prediction:
                start = time.perf_counter()
                article = extract_article(html, url, generic=True)
                seconds = time.perf_counter() - start
                return Prediction(
                    body="\n".join(article.body),
                    headline=article.headline,
                    published_at=article.published_at,
                    seconds=seconds,
                )

            return "extract_article(generic=True) (no cleaning pipelines)", via_article
    from newsarchive.extract.body import extract_body

    def via_body(html: str, url: str) -> Prediction:
        start = time.perf_counter()
        result = extract_body(html, url)
        seconds = time.perf_counter() - start
        return Prediction(
            body="\n".join(result.paragraphs), headline=None, published_at=None, seconds=seconds
        )

    return "extract_body only (no metadata, no cleaning pipelines)", via_body


def trafilatura_extractor(html: str, url: str) -> Prediction:
    import trafilatura

    start = time.perf_counter()
    text = trafilatura.extract(html, url=url, favor_precision=True, include_comments=False)
    seconds = time.perf_counter() - start
    return Prediction(body=text or "", headline=None, published_at=None, seconds=seconds)


DEMO_SITE = REPO / "newsarchive" / "demo" / "site"


def profile_timing(path: str, rounds: int = 5) -> dict[str, float] | None:
    """Median ms of the site-profile path vs trafilatura on the demo site's article pages.

    The pages are the bundled sample of the profiled site (the benchmark set has none). Same code path
    as the main run but without --generic: process_jsonl_lines(generic=False) for auto/pipeline,
    extract_article(html, url) for article. Interleaved with trafilatura, `rounds` passes.
    """
    from newsarchive.extract.registry import ProfileRegistry

    pages: list[tuple[str, str]] = []
    for profile in ProfileRegistry.builtin():
        for index in sorted(DEMO_SITE.rglob("index.html")):
            url = profile.base_url + "/" + index.parent.relative_to(DEMO_SITE).as_posix()
            if profile.is_article_url(url):
                pages.append((index.read_text(encoding="utf-8"), url))
    if not pages:
        print("profile timing: no demo article pages found")
        return None
    if path in ("auto", "pipeline"):
        from newsarchive.commands.extract import process_jsonl_lines

        feed = _LineFeed()
        results = process_jsonl_lines(feed, generic=False)

        def ours(html: str, url: str) -> float:
            feed.line = json.dumps({"url": url, "html": html})
            start = time.perf_counter()
            next(results, None)
            return time.perf_counter() - start

        name = "process_jsonl_lines(generic=False)"
    else:
        from newsarchive.extract import extract_article

        def ours(html: str, url: str) -> float:
            start = time.perf_counter()
            extract_article(html, url)
            return time.perf_counter() - start

        name = "extract_article(profile)"
    mine: list[float] = []
    theirs: list[float] = []
    ours(*pages[0])
    trafilatura_extractor(*pages[0])
    for n in range(rounds):
        for html, url in pages:
            if n % 2:
                theirs.append(trafilatura_extractor(html, url).seconds)
                mine.append(ours(html, url))
            else:
                mine.append(ours(html, url))
                theirs.append(trafilatura_extractor(html, url).seconds)
    ours_ms = statistics.median(mine) * 1000
    traf_ms = statistics.median(theirs) * 1000
    print(
        f"profile pages ({len(pages)} demo articles x {rounds}, {name}): median {ours_ms:.2f} ms, "
        f"trafilatura {traf_ms:.2f} ms, ratio {ours_ms / traf_ms:.2f}x"
    )
    return {
        "pages": len(pages),
        "median_ms": ours_ms,
        "trafilatura_median_ms": traf_ms,
        "ratio": ours_ms / traf_ms,
    }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help=f"benchmark folder (default {DEFAULT_DATA})"
    )
    parser.add_argument("--json-out", type=Path, help="write figures and per-page predictions here")
    parser.add_argument(
        "--profile-timing",
        action="store_true",
        help="also time the site-profile path on the demo site's article pages against trafilatura",
    )
    parser.add_argument(
        "--path",
        choices=("auto", "pipeline", "article", "body"),
        default="auto",
        help="code path for our extractor (default: the CLI's process_jsonl_lines when importable)",
    )
    args = parser.parse_args(argv)
    data: Path = args.data.resolve()
    if not (data / "ground-truth.json").is_file() or not (data / "html").is_dir():
        print(
            f"error: benchmark data not found in {data} (expected ground-truth.json and html/); "
            "pass --data PATH to the aeb-dev folder",
            file=sys.stderr,
        )
        return 2
    # The script's own folder comes first on sys.path: a sibling benchmark named like a package
    # (benchmarks/incremental.py vs twisted's `incremental`) would shadow it when scrapy is imported.
    here = Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != here]
    sys.path.insert(0, str(REPO))
    aeb_eval = load_aeb_eval(data)
    truth, pages = load_pages(data)
    path_name, ours = our_extractor(args.path)
    print(f"our code path: {path_name}")
    print(f"pages: {len(pages)} from {data}")

    ids = list(truth)
    # warm-up (imports, compiled XPaths and regexes) outside the timed run
    first = ids[0]
    ours(pages[first], truth[first]["url"])
    trafilatura_extractor(pages[first], truth[first]["url"])

    mine: dict[str, Prediction] = {}
    theirs: dict[str, Prediction] = {}
    for n, page_id in enumerate(ids):
        html, url = pages[page_id], truth[page_id]["url"]
        # alternate who goes first so neither always runs on a warmer cache
        if n % 2:
            theirs[page_id] = trafilatura_extractor(html, url)
            mine[page_id] = ours(html, url)
        else:
            mine[page_id] = ours(html, url)
            theirs[page_id] = trafilatura_extractor(html, url)

    results = {}
    for name, preds in (("newsarchive", mine), ("trafilatura", theirs)):
        scored = aeb_eval.evaluate(
            truth, {k: {"articleBody": p.body} for k, p in preds.items()}, ids, bootstrap=0
        )
        times = [p.seconds * 1000 for p in preds.values()]
        scored["median_ms"] = statistics.median(times)
        scored["p90_ms"] = percentile(times, 0.9)
        results[name] = scored

    dated = [k for k in ids if _DATE_MARKERS.search(pages[k])]
    headline_hits = sum(1 for p in mine.values() if p.headline)
    date_hits = sum(1 for k in dated if mine[k].published_at)
    has_meta = path_name.startswith(("process_jsonl_lines", "extract_article"))

    print()
    print(f"{'system':<14} {'F1':>6} {'prec':>6} {'recall':>6} {'acc':>6} {'median ms':>10} {'p90 ms':>8}")
    for name, r in results.items():
        print(
            f"{name:<14} {r['f1']:>6.3f} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['accuracy']:>6.3f} "
            f"{r['median_ms']:>10.1f} {r['p90_ms']:>8.1f}"
        )
    ours_r, traf_r = results["newsarchive"], results["trafilatura"]
    ratio_median = ours_r["median_ms"] / traf_r["median_ms"] if traf_r["median_ms"] else float("nan")
    ratio_p90 = ours_r["p90_ms"] / traf_r["p90_ms"] if traf_r["p90_ms"] else float("nan")
    print(
        f"{'ours/traf':<14} {ours_r['f1'] - traf_r['f1']:>+6.3f} {'':>6} {'':>6} {'':>6} "
        f"{ratio_median:>9.2f}x {ratio_p90:>7.2f}x"
    )
    print()
    if DROPPED:
        reasons: dict[str, int] = {}
        for reason in DROPPED.values():
            reasons[reason] = reasons.get(reason, 0) + 1
        listed = ", ".join(f"{reason} {count}" for reason, count in sorted(reasons.items()))
        print(f"dropped by the pipelines (empty predictions): {len(DROPPED)} pages: {listed}")
    if has_meta:
        print(f"headline coverage: {headline_hits}/{len(ids)} pages ({headline_hits / len(ids):.1%})")
        share = date_hits / len(dated) if dated else 0.0
        print(
            f"published-date coverage: {date_hits}/{len(dated)} pages with a date in metadata ({share:.1%})"
        )
    else:
        print("headline / published-date coverage: n/a on the extract_body path")

    profile_figures = profile_timing(args.path) if args.profile_timing else None

    if args.json_out:
        payload = {
            "code_path": path_name,
            "data": str(data),
            "results": results,
            "ratio_median_time": ratio_median,
            "ratio_p90_time": ratio_p90,
            "headline_coverage": headline_hits / len(ids) if has_meta else None,
            "published_date_coverage": (date_hits / len(dated) if dated else None) if has_meta else None,
            "dropped": DROPPED,
            "profile_timing": profile_figures,
            "predictions": {k: {"articleBody": p.body} for k, p in mine.items()},
        }
        args.json_out.write_text(json.dumps(payload, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"wrote {args.json_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
