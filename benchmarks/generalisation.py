#!/usr/bin/env python3
"""Generalisation benchmark: newsarchive vs trafilatura on three corpora, tune half | report half.

    python benchmarks/generalisation.py [--bench ../shared/bench] [--workers 2]
                                        [--corpus aeb-dev,traf-eval,readability] [--half tune|report|both]
                                        [--json-out F] [--misses FIELD]
    python benchmarks/generalisation.py --half folds      # the tune half in two folds, A | B
    python benchmarks/generalisation.py --half folds --misses author --fold A   # fold A's misses alone

Corpora (read in place from `--bench`, default `<repo>/../shared/bench`, never copied):
  aeb-dev      90 news/blog pages with a hand-made article body (key = ground-truth `url`)
  traf-eval    990 pages, 934 sites, 10+ languages: must / must-not snippets, and for 851 pages
               hand-checked title, author, date (key = the evaldata URL)
  readability  Mozilla Readability's test pages: title, byline, lang, publishedTime, readerable
               (key = the case folder name; the page is given the URL http://fakehost/test/<case>.html)

Split (the team's rule, applied once per page):
  half = "tune" if int(sha256(key.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "report"
Tune only on the tune half; `--misses` refuses to list report-half pages.
Folds (`--half folds`): the tune half alone, split again into fold A and fold B by another hash of the same
key (`fold = "A" if int(sha256(("fold|" + key).encode("utf-8")).hexdigest(), 16) % 2 == 0 else "B"`),
printed side by side as the halves are: a rule written for a few pages moves one fold and not the other,
an overfitting check that never reads the report half.

Systems, on the same pages in the same run, page by page interleaved in the same worker process (the
order alternates, so machine load and cache warmth hit both alike):
  newsarchive  `newsarchive.commands.extract.process_page(raw_bytes, url, pipeline=OfflinePipeline())`:
               the function `python -m newsarchive extract --input-jsonl` runs on every line (extraction
               with site-profile choice, then the judging pipelines noise -> paywall -> sponsored ->
               validate). The page goes in as the bytes the site served, decoded by the extractor. A
               dropped page (or an error) gives no record: an empty body and no metadata.
  trafilatura  `trafilatura.bare_extraction(raw_bytes, url=url, with_metadata=True,
               include_comments=False)` (installed version, its defaults otherwise). It gives no language
               (2.x sets it only with target_language), so its language cell reads "-".

How each figure is scored (the same function for both systems):
  body F1 (aeb-dev)    the benchmark's own metric (`aeb_eval.py` beside the corpora: token 4-gram P/R
                       averaged over pages); the body is the record's paragraphs joined by newlines /
                       trafilatura's `text`.
  snippets (traf-eval) the corpus's convention: whitespace collapsed in body and snippet; a `with` snippet
                       found as a substring of the body is a TP, not found a FN; a `without` snippet found
                       is a FP. P, R, F1 over the pooled counts of the half. "lead + body": the same
                       with the record's standfirst (the visible lead under the headline, kept in its
                       own field) put before our body; trafilatura's text holds its lead already.
                       "article pgs": the same on the pages declared as articles (as for LOSS below):
                       traf-eval also holds home, listing, video and company pages, which judging
                       refuses by design; there a drop is no lost article.
  headline             on pages with a ground-truth title. Both sides normalised: NFKC, quotes/apostrophes
                       and dashes unified, whitespace collapsed, casefolded, trailing punctuation dropped.
                       Right when equal or the same words in the same order (traf-eval's titles are
                       typed by hand: a dash or colon of the page may be missing there), or when one
                       equals the other with a site-name segment removed (the longest part of a split at
                       " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " _ ", " _", " @ "): readability's
                       ground truth is often the <title> with the site name.
  date                 on pages with a ground-truth date: right when the calendar day of the prediction
                       (its first 10 characters: ISO local date, offset kept) equals the ground truth's
                       (traf-eval `date`; readability `publishedTime`, as written). No date = wrong.
  author               on pages with a non-empty ground-truth author. Names are compared casefolded, NFKC,
                       punctuation turned into spaces ("Joe S." = "Joe S"). traf-eval: every ground-truth
                       name (split at ";", ",", "&", "/", "and", "und"; pieces under 3 characters and
                       degrees split off by the comma, "Michael L. Anderson, PhD", ignored, unless that
                       leaves no name: a byline "mh" is the name "mh") is found as a substring of the
                       predicted names joined by "; ". readability (the
                       byline readability itself found, e.g. "By Nathan Willis\\n ...", "Martin
                       Untersinger (avec Damien Leloup et ...)"):
                       right when every predicted name is a substring of the byline's first line or the
                       byline's first line (without a leading By/Par/Von/Written by) is a substring of
                       the joined prediction. No author = wrong.
  language             readability pages with a ground-truth lang: primary subtag equal.
  unjudg               newsarchive's record before the judging pipelines (`extract_article` alone, run
                       untimed after the two timed calls): what a drop or the noise stage costs.
  ms/page              wall-clock seconds of each system's call, median over the half's pages;
                       ratio = our median / trafilatura's median.
  CPU ms/page          the worker process's CPU time (`time.process_time`) for the same call, median
                       and ratio as above: what the call costs, whatever else the machine is running
                       (wall-clock medians of a 60-page half move by 10-15% on a loaded machine).
  LOSS                 article pages that got no record from newsarchive, with the drop reason and
                       the judgment's evidence (the drop's message: the sponsored markers, the page
                       type, the missing field).
                       Article pages: aeb-dev all; readability `readerable` true; traf-eval pages that
                       declare og:type=article or a NewsArticle / BlogPosting type (JSON-LD or
                       microdata), detected by this script from the raw HTML. trafilatura's count of
                       pages with no result is printed beside it.
  gap                  (--half both) tune minus report, ours / trafilatura's. trafilatura was tuned on
                       neither half: its gap is how much the two samples differ; ours beyond it is what
                       our tuning fitted.
  per language         pages grouped by ground-truth lang (readability) or, where the corpus has none,
                       by the page's declared <html lang> primary subtag (read by this script); groups
                       under 10 pages in both halves are pooled as "other".

Timings are wall-clock on a shared machine: compare figures of the same run only.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import json
import multiprocessing
import os
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = REPO.parent / "shared" / "bench"
CORPORA = ("aeb-dev", "traf-eval", "readability")
HALVES = ("tune", "report")


def half_of(key: str) -> str:
    return "tune" if int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "report"


def fold_of(key: str) -> str:
    """Fold A or B of a tune-half page (independent of the half: another hash of the same key)."""
    return "A" if int(hashlib.sha256(("fold|" + key).encode("utf-8")).hexdigest(), 16) % 2 == 0 else "B"


# --- the pages -----------------------------------------------------------------------------------------
@dataclass(kw_only=True)
class Case:
    corpus: str
    key: str
    url: str
    path: str  # gzip'd page
    half: str
    fold: str = ""  # "A" / "B" (see fold_of)
    article: bool  # counted in LOSS
    lang: str | None = None  # ground truth (readability) or declared <html lang> (grouping only)
    lang_truth: bool = False  # lang is ground truth
    title: str | None = None
    author: str | None = None
    date: str | None = None
    body: str | None = None  # aeb ground-truth body
    with_: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)


_HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)
_ARTICLE_DECLARED = re.compile(
    rb"property\s*=\s*[\"']og:type[\"'][^>]*content\s*=\s*[\"']article[\"']"
    rb"|content\s*=\s*[\"']article[\"'][^>]*property\s*=\s*[\"']og:type[\"']"
    rb"|[\"']@type[\"']\s*:\s*\[?\s*[\"'](?:https?://schema\.org/)?(?:NewsArticle|BlogPosting)[\"']"
    rb"|itemtype\s*=\s*[\"']https?://schema\.org/(?:NewsArticle|BlogPosting)[\"']",
    re.I,
)


def read_page(path: str) -> bytes:
    return gzip.decompress(Path(path).read_bytes())


def declared_lang(raw: bytes) -> str | None:
    found = _HTML_LANG.search(raw[:20000])
    return found.group(1).decode("ascii").lower() if found else None


def load_cases(bench: Path, corpora: list[str]) -> list[Case]:
    cases: list[Case] = []
    if "aeb-dev" in corpora:
        folder = bench / "aeb-dev"
        truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
        for page_id, item in truth.items():
            path = folder / "html" / f"{page_id}.html.gz"
            cases.append(
                Case(
                    corpus="aeb-dev",
                    key=page_id,
                    url=item["url"],
                    path=str(path),
                    half=half_of(item["url"]),
                    article=True,
                    lang=declared_lang(read_page(str(path))),
                    body=item["articleBody"],
                )
            )
    if "traf-eval" in corpora:
        folder = bench / "traf-eval"
        data = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
        for url, item in data.items():
            path = folder / "html" / f"{item['file']}.gz"
            raw = read_page(str(path))
            cases.append(
                Case(
                    corpus="traf-eval",
                    key=url,
                    url=url,
                    path=str(path),
                    half=half_of(url),
                    article=bool(_ARTICLE_DECLARED.search(raw)),
                    lang=declared_lang(raw),
                    title=item.get("title") or None,
                    # a list of names in some entries, "A; B" in most
                    author="; ".join(a) if isinstance(a := item.get("author"), list) else (a or None),
                    date=item.get("date") or None,
                    with_=list(item.get("with") or []),
                    without=list(item.get("without") or []),
                )
            )
    if "readability" in corpora:
        folder = bench / "readability"
        for case_dir in sorted(p for p in folder.iterdir() if (p / "expected-metadata.json").is_file()):
            meta = json.loads((case_dir / "expected-metadata.json").read_text(encoding="utf-8"))
            lang = (meta.get("lang") or "").split("-")[0].lower() or None
            cases.append(
                Case(
                    corpus="readability",
                    key=case_dir.name,
                    url=f"http://fakehost/test/{case_dir.name}.html",
                    path=str(case_dir / "source.html.gz"),
                    half=half_of(case_dir.name),
                    article=bool(meta.get("readerable")),
                    lang=lang,
                    lang_truth=lang is not None,
                    title=meta.get("title") or None,
                    author=meta.get("byline") or None,
                    date=meta.get("publishedTime") or None,
                )
            )
    return cases


# --- running both systems (in worker processes) --------------------------------------------------------
@dataclass(kw_only=True)
class Output:
    body: str = ""
    standfirst: str | None = None
    headline: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    dropped: str | None = None  # drop reason / error (ours), "no result" (trafilatura)
    evidence: str | None = None  # what the drop was judged on (ours: the drop's message)
    seconds: float = 0.0
    cpu_seconds: float = 0.0


_STATE: dict[str, Any] = {}


def _init_worker(repo: str) -> None:
    if repo not in sys.path:
        sys.path.insert(0, repo)
    import logging

    logging.disable(logging.WARNING)
    from newsarchive.commands.extract import process_page
    from newsarchive.pipelines.offline import OfflinePipeline

    _STATE["pipeline"] = OfflinePipeline()
    _STATE["process_page"] = process_page
    # warm-up (imports, compiled XPaths and regexes) outside the timed pages
    warm = b"<html><head><title>t</title></head><body><article><h1>Warm</h1><p>" + b"word " * 200
    warm += b"</p></article></body></html>"
    _ours(warm, "https://example.org/2020/01/02/warm-up")
    _theirs(warm, "https://example.org/2020/01/02/warm-up")


def _ours(raw: bytes, url: str) -> Output:
    start, cpu_start = time.perf_counter(), time.process_time()
    try:
        record = _STATE["process_page"](raw, url, pipeline=_STATE["pipeline"])
    except Exception as exc:  # the CLI turns this into an error line
        record = {"error": repr(exc)}
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    if record.get("dropped") or record.get("error"):
        evidence = _drop_evidence(raw, url) if record.get("dropped") else None
        return Output(
            dropped=str(record.get("dropped") or record.get("error")),
            evidence=evidence,
            seconds=seconds,
            cpu_seconds=cpu,
        )
    output = _output_of(record, seconds)
    output.cpu_seconds = cpu
    return output


def _drop_evidence(raw: bytes, url: str) -> str | None:
    """The message of the drop the pipelines raise on this page (untimed, run again): its evidence."""
    from newsarchive.exceptions import NewsarchiveDrop
    from newsarchive.extract import extract_article

    try:
        _STATE["pipeline"].process(extract_article(raw, url))
    except NewsarchiveDrop as drop:
        return str(drop).removesuffix(f": {url}")
    return None


def _ours_unjudged(raw: bytes, url: str) -> Output:
    """The record before the judging pipelines (not timed): what extraction alone gives."""
    from newsarchive.commands.extract import record_of
    from newsarchive.extract import extract_article

    return _output_of(record_of(extract_article(raw, url)), 0.0)


def _output_of(record: dict[str, Any], seconds: float) -> Output:
    return Output(
        body="\n".join(record.get("body") or []),
        standfirst=record.get("standfirst"),
        headline=record.get("headline"),
        published=record.get("published_at"),
        authors=list(record.get("authors") or []),
        language=record.get("language"),
        seconds=seconds,
    )


def _theirs(raw: bytes, url: str) -> Output:
    import trafilatura

    start, cpu_start = time.perf_counter(), time.process_time()
    try:
        doc = trafilatura.bare_extraction(raw, url=url, with_metadata=True, include_comments=False)
    except Exception as exc:
        doc = None
        error: str | None = repr(exc)
    else:
        error = None
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    if doc is None:
        return Output(dropped=error or "no result", seconds=seconds, cpu_seconds=cpu)
    author = doc.author or ""
    return Output(
        body=doc.text or "",
        headline=doc.title,
        published=doc.date,
        authors=[a.strip() for a in author.split(";") if a.strip()],
        language=None,
        seconds=seconds,
        cpu_seconds=cpu,
    )


def _run_case(job: tuple[int, str, str]) -> tuple[int, dict[str, Any], dict[str, Any], dict[str, Any]]:
    index, path, url = job
    raw = read_page(path)
    if index % 2:
        theirs = _theirs(raw, url)
        ours = _ours(raw, url)
    else:
        ours = _ours(raw, url)
        theirs = _theirs(raw, url)
    return index, asdict(ours), asdict(theirs), asdict(_ours_unjudged(raw, url))


# --- scoring ---------------------------------------------------------------------------------------------
_QUOTES = str.maketrans({c: "'" for c in "‘’‚‛′`´«»‹›"} | {c: '"' for c in "“”„‟″"})
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−"})
# (" _": Chinese portals append "_Channel_Site" or " _Channel _Site" to the <title>: "... _探索者 _光明网";
# " @ ": blog platforms title a post "Post @ Blog :: Platform ::", readability's ground truth keeps it all)
_SITE_SPLIT = re.compile(r"\s+(?:\||-|::|·|•|_|:|@)\s+|\s*\|\s*|\s+_")
_WORDS = re.compile(r"\w+")


def norm_text(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES).translate(_DASHES).replace('"', "'")
    return " ".join(text.split()).casefold().strip(" .:;,!")


def _same_title(a: str, b: str) -> bool:
    """Equal, or the same words in the same order: traf-eval's titles are typed by hand from the page as
    shown, so a dash or colon the page has may be missing or different there ("OFFSHORE-WINDENERGIE
    SAUBERER STROM VOM MEER" for "Offshore-Windenergie – Sauberer Strom vom Meer", shown in capitals by
    CSS; "Sazerac - alles über ..." for "Sazerac! Alles über ..."). Both systems are scored with it."""
    if a == b:
        return True
    words = _WORDS.findall(a)
    return bool(words) and words == _WORDS.findall(b)


def headline_right(pred: str | None, truth: str) -> bool:
    p, t = norm_text(pred), norm_text(truth)
    if not p:
        return False
    if _same_title(p, t):
        return True
    for whole, part in ((t, p), (p, t)):
        pieces = [x.strip() for x in _SITE_SPLIT.split(whole) if x.strip()]
        if len(pieces) > 1 and _same_title(max(pieces, key=len), part):
            return True
        # "Headline - Site" where the headline itself holds a separator: drop only the last/first piece
        for cut in (
            _SITE_SPLIT.split(whole, maxsplit=1),
            re.split(r"\s+(?:\||-|::|·|•|_)\s+(?=[^|]*$)", whole),
        ):
            if len(cut) == 2 and any(_same_title(part, x.strip()) for x in cut):
                return True
    return False


def date_right(pred: str | None, truth: str) -> bool:
    return bool(pred) and str(pred)[:10] == truth.strip()[:10]


_BYLINE_PREFIX = re.compile(r"^(?:by|par|von|written by|por|di|door|av|af)\s+", re.I)
# academic degrees a byline puts after the name, split off with it at the comma
_DEGREES = frozenset({"phd", "md", "mba", "msc", "mph", "jr", "sr"})
_NAME_SPLIT = re.compile(r"\s*(?:;|,|&|/|\band\b|\bund\b)\s*", re.I)


def _norm_name(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text).split())


def author_right(pred: list[str], truth: str, corpus: str) -> bool:
    if not pred:
        return False
    joined = "; ".join(_norm_name(n) for n in pred)
    if corpus == "readability":
        first = truth.strip().splitlines()[0] if truth.strip() else ""
        line = _norm_name(_BYLINE_PREFIX.sub("", first.strip()))
        if not line:
            return False
        return all(_norm_name(name) in line for name in pred) or line in joined
    pieces = [_norm_name(n) for n in _NAME_SPLIT.split(truth)]
    names = [n for n in pieces if len(n) >= 3 and n not in _DEGREES] or [n for n in pieces if n]
    return bool(names) and all(name in joined for name in names)


def snippet_counts(body: str, with_: list[str], without: list[str]) -> tuple[int, int, int, int]:
    text = " ".join(body.split())
    tp = sum(1 for s in with_ if " ".join(s.split()) in text)
    fp = sum(1 for s in without if " ".join(s.split()) in text)
    return tp, len(with_) - tp, fp, len(without) - fp


def load_aeb_eval(bench: Path) -> ModuleType:
    path = bench / "aeb_eval.py"
    spec = importlib.util.spec_from_file_location("aeb_eval", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(cases: list[Case], outs: list[Output], aeb_eval: ModuleType | None) -> dict[str, Any]:
    """Figures of one system on one group of pages (see the module docstring)."""
    result: dict[str, Any] = {"pages": len(cases)}
    if aeb_eval is not None and any(c.body is not None for c in cases):
        ids = [c.key for c in cases if c.body is not None]
        truth = {c.key: {"articleBody": c.body} for c in cases if c.body is not None}
        pred = {
            c.key: {"articleBody": o.body} for c, o in zip(cases, outs, strict=True) if c.body is not None
        }
        scored = aeb_eval.evaluate(truth, pred, ids, bootstrap=0)
        result["body_f1"] = scored["f1"]
        result["body_p"] = scored["precision"]
        result["body_r"] = scored["recall"]
    # The record keeps the article's lead (the visible standfirst under the headline) in its own field,
    # trafilatura's text holds it in the body: "lead + body" scores what the record holds of the
    # article's text. Trafilatura has no such field, so both of its figures are the same.
    # "article pages": traf-eval also holds home pages, product listings, video and company pages, which
    # the judging stage refuses by design (NotAnArticle, counted); this row scores both systems on the
    # pages that declare themselves articles (the LOSS row's definition), where a drop is a real loss.
    body_only, lead_body = (lambda o: o.body), (lambda o: f"{o.standfirst or ''}\n{o.body}")
    for suffix, text_of, only_articles in (
        ("", body_only, False),
        ("_lead", lead_body, False),
        ("_art", body_only, True),
    ):
        counts = [0, 0, 0, 0]
        snippet_pages = 0
        for c, o in zip(cases, outs, strict=True):
            if (c.with_ or c.without) and (c.article or not only_articles):
                snippet_pages += 1
                for i, n in enumerate(snippet_counts(text_of(o), c.with_, c.without)):
                    counts[i] += n
        if snippet_pages:
            tp, fn, fp, _tn = counts
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            result["snip_p" + suffix], result["snip_r" + suffix] = p, r
            result["snip_f1" + suffix] = 2 * p * r / (p + r) if p + r else 0.0
    for name, test in (
        ("headline", lambda c, o: headline_right(o.headline, c.title) if c.title else None),
        ("date", lambda c, o: date_right(o.published, c.date) if c.date else None),
        ("author", lambda c, o: author_right(o.authors, c.author, c.corpus) if c.author else None),
        (
            "language",
            lambda c, o: ((o.language or "").split("-")[0].lower() == c.lang) if c.lang_truth else None,
        ),
    ):
        verdicts = [v for v in (test(c, o) for c, o in zip(cases, outs, strict=True)) if v is not None]
        if verdicts:
            result[name] = sum(verdicts) / len(verdicts)
            result[name + "_n"] = len(verdicts)
    times = [o.seconds * 1000 for o in outs]
    result["median_ms"] = statistics.median(times) if times else 0.0
    cpu_times = [o.cpu_seconds * 1000 for o in outs]
    result["median_cpu_ms"] = statistics.median(cpu_times) if cpu_times else 0.0
    lost = [(c, o) for c, o in zip(cases, outs, strict=True) if c.article and o.dropped]
    result["articles"] = sum(1 for c in cases if c.article)
    result["lost"] = len(lost)
    result["dropped"] = sum(1 for o in outs if o.dropped)
    result["lost_pages"] = [{"key": c.key, "reason": o.dropped, "evidence": o.evidence} for c, o in lost]
    return result


# --- printing --------------------------------------------------------------------------------------------
ROWS = (
    ("body_f1", "body F1 (aeb metric)", "f"),
    ("body_p", "  body precision", "f"),
    ("body_r", "  body recall", "f"),
    ("snip_f1", "snippet F1", "f"),
    ("snip_p", "  snippet precision", "f"),
    ("snip_r", "  snippet recall", "f"),
    ("snip_f1_lead", "snippet F1, lead + body", "f"),
    ("snip_f1_art", "snippet F1, article pgs", "f"),
    ("headline", "headline", "%"),
    ("date", "date (same day)", "%"),
    ("author", "author (all names)", "%"),
    ("language", "language", "%"),
    ("median_ms", "median ms/page", "ms"),
    ("median_cpu_ms", "median CPU ms/page", "ms"),
)


def _cell(value: Any, kind: str) -> str:
    if value is None:
        return "-"
    if kind == "f":
        return f"{value:.3f}"
    if kind == "%":
        return f"{value:.1%}"
    return f"{value:.1f}"


def print_corpus(name: str, figures: dict[str, dict[str, dict[str, Any]]], halves: list[str]) -> None:
    sizes = ", ".join(f"{h} {figures[h]['ours']['pages']}" for h in halves)
    print(f"\n== {name} ({sizes} pages) ==")
    head = f"{'figure':<24}"
    for h in halves:
        head += f" | {h + ' n':>10} {'ours':>7} {'unjudg':>7} {'traf':>7}"
    print(head)
    for key, label, kind in ROWS:
        if not any(key in figures[h]["ours"] for h in halves):
            continue
        line = f"{label:<24}"
        for h in halves:
            ours, unjudged, traf = figures[h]["ours"], figures[h]["unjudged"], figures[h]["traf"]
            n = ours.get(key + "_n", "")
            traf_value = traf.get(key) if key != "language" else None
            pre = unjudged.get(key) if key not in ("median_ms", "median_cpu_ms") else None
            line += (
                f" | {n!s:>10} {_cell(ours.get(key), kind):>7} {_cell(pre, kind):>7}"
                f" {_cell(traf_value, kind):>7}"
            )
        print(line)
    for label, key in (("time ratio ours/traf", "median_ms"), ("CPU ratio ours/traf", "median_cpu_ms")):
        line = f"{label:<24}"
        for h in halves:
            ours, traf = figures[h]["ours"], figures[h]["traf"]
            ratio = ours[key] / traf[key] if traf[key] else float("nan")
            line += f" | {'':>10} {ratio:>6.2f}x {'':>7} {'':>7}"
        print(line)
    line = f"{'dropped (any page)':<24}"
    for h in halves:
        ours, traf = figures[h]["ours"], figures[h]["traf"]
        line += f" | {ours['pages']:>10} {ours['dropped']:>7} {'':>7} {traf['dropped']:>7}"
    print(line)
    line = f"{'LOSS (articles, no rec)':<24}"
    for h in halves:
        ours, traf = figures[h]["ours"], figures[h]["traf"]
        line += f" | {ours['articles']:>10} {ours['lost']:>7} {'':>7} {traf['lost']:>7}"
    print(line)
    line = f"{'  loss share':<24}"
    for h in halves:
        ours, traf = figures[h]["ours"], figures[h]["traf"]
        share = ours["lost"] / ours["articles"] if ours["articles"] else 0.0
        traf_share = traf["lost"] / traf["articles"] if traf["articles"] else 0.0
        line += f" | {'':>10} {share:>7.2%} {'':>7} {traf_share:>7.2%}"
    print(line)
    # The issue's loss counts every article page without a record, so a page its publisher labels as
    # advertising (dropped by design) counts too: shown apart, never subtracted from the figure above.
    line = f"{'  of which Sponsored':<24}"
    for h in halves:
        sponsored = sum(1 for p in figures[h]["ours"]["lost_pages"] if p["reason"] == "Sponsored")
        line += f" | {'':>10} {sponsored:>7} {'':>7} {'':>7}"
    print(line)
    for h in halves:
        lost = figures[h]["ours"]["lost_pages"]
        if lost:
            reasons = Counter(p["reason"] for p in lost)
            print(f"  {h} lost: " + ", ".join(f"{r} {n}" for r, n in reasons.most_common()))
            for p in lost:
                evidence = f": {p['evidence']}" if p.get("evidence") else ""
                print(f"    {h}: {p['key']}  ({p['reason']}{evidence})")

    if len(halves) == 2:
        print_gaps(figures, halves)


def print_gaps(figures: dict[str, dict[str, dict[str, Any]]], halves: list[str]) -> None:
    """The first half's figure minus the second's, ours beside trafilatura's. Trafilatura was tuned on
    neither half, so its gap is what the two samples differ by; ours beyond it is what tuning fitted."""
    first, second = halves
    print(f"-- gap {first} - {second} (ours / traf; traf's gap: how much the pages differ) --")
    for key, label, kind in ROWS:
        if kind == "ms" or key == "language":
            continue
        ours = [figures[h]["ours"].get(key) for h in halves]
        traf = [figures[h]["traf"].get(key) for h in halves]
        if None in ours or None in traf:
            continue
        scale, unit = (100.0, " points") if kind == "%" else (1.0, "")
        ours_gap, traf_gap = (ours[0] - ours[1]) * scale, (traf[0] - traf[1]) * scale
        digits = 1 if kind == "%" else 3
        print(f"{label:<24} | {ours_gap:+.{digits}f} / {traf_gap:+.{digits}f}{unit}")


LANG_ROWS = (
    ("body_f1", "F1", "f"),
    ("snip_f1", "snipF1", "f"),
    ("headline", "head", "%"),
    ("date", "date", "%"),
    ("author", "author", "%"),
    ("language", "lang", "%"),
)


def print_languages(
    name: str, by_lang: dict[str, dict[str, dict[str, dict[str, Any]]]], halves: list[str]
) -> None:
    if len(by_lang) < 2:
        return
    keys = [k for k, _, _ in LANG_ROWS if any(k in by_lang[g][h]["ours"] for g in by_lang for h in halves)]
    print(f"-- {name} per language (ours/traf) --")
    head = f"{'lang':<6} {'half':<7} {'n':>4}"
    for key in keys:
        head += f" {dict((k, lbl) for k, lbl, _ in LANG_ROWS)[key]:>15}"
    print(head)
    for group in sorted(
        by_lang, key=lambda g: (g == "other", -sum(by_lang[g][h]["ours"]["pages"] for h in halves))
    ):
        for h in halves:
            ours, traf = by_lang[group][h]["ours"], by_lang[group][h]["traf"]
            line = f"{group:<6} {h:<7} {ours['pages']:>4}"
            for key in keys:
                kind = dict((k, knd) for k, _, knd in LANG_ROWS)[key]
                traf_value = None if key == "language" else traf.get(key)
                line += f" {_cell(ours.get(key), kind) + '/' + _cell(traf_value, kind):>15}"
            print(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help=f"corpora folder ({DEFAULT_BENCH})")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes (default: cores)")
    parser.add_argument("--corpus", default=",".join(CORPORA), help="comma-separated corpora")
    parser.add_argument(
        "--half",
        choices=("tune", "report", "both", "folds"),
        default="both",
        help="folds: the tune half as A | B",
    )
    parser.add_argument("--json-out", type=Path, help="write figures and per-page outputs here")
    parser.add_argument(
        "--misses",
        choices=("headline", "date", "author", "body", "body-traf", "loss"),
        help=(
            "list the tune-half pages this field got wrong (never the report half); body-traf: the pages "
            "where trafilatura's body scores better than ours (snippets, aeb F1), with what differs"
        ),
    )
    parser.add_argument(
        "--fold",
        choices=("A", "B"),
        help=(
            "with --half folds --misses: list this fold's misses only (write rules on fold A's, then judge "
            "them on fold B's figures without having read its pages)"
        ),
    )
    args = parser.parse_args(argv)
    bench: Path = args.bench.resolve()
    corpora = [c.strip() for c in args.corpus.split(",") if c.strip()]
    unknown = [c for c in corpora if c not in CORPORA]
    if unknown:
        parser.error(f"unknown corpus {unknown[0]!r} (known: {', '.join(CORPORA)})")
    missing = [c for c in corpora if not (bench / c).is_dir()]
    if missing:
        print(f"error: corpus folder {bench / missing[0]} not found; pass --bench PATH", file=sys.stderr)
        return 2
    folds = args.half == "folds"
    halves = list(HALVES) if args.half == "both" else ["A", "B"] if folds else [args.half]
    if args.misses and halves not in (["tune"], ["A", "B"]):
        parser.error("--misses lists tune-half pages only: add --half tune")
    if args.fold and not (args.misses and folds):
        parser.error("--fold picks the misses of one fold: add --half folds --misses FIELD")
    # The script's own folder must not shadow packages (benchmarks/incremental.py vs twisted's `incremental`).
    here = Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != here]
    sys.path.insert(0, str(REPO))

    cases = [c for c in load_cases(bench, corpora) if c.half in halves or (folds and c.half == "tune")]
    for c in cases:
        c.fold = fold_of(c.key) if c.half == "tune" else ""

    def column(c: Case) -> str:
        return c.fold if folds else c.half

    aeb_eval = load_aeb_eval(bench) if "aeb-dev" in corpora else None
    import trafilatura

    print(
        f"newsarchive: process_page (python -m newsarchive extract --input-jsonl path, with judging); "
        f"trafilatura {trafilatura.__version__} bare_extraction(with_metadata=True, include_comments=False)"
    )
    print(f"pages: {len(cases)} from {bench}; workers: {args.workers}")
    started = time.perf_counter()
    jobs = [(i, c.path, c.url) for i, c in enumerate(cases)]
    ours_out: list[Output | None] = [None] * len(cases)
    traf_out: list[Output | None] = [None] * len(cases)
    unjudged_out: list[Output | None] = [None] * len(cases)
    if args.workers > 1:
        ctx = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
        with ctx.Pool(args.workers, initializer=_init_worker, initargs=(str(REPO),)) as pool:
            for index, ours, theirs, unjudged in pool.imap_unordered(_run_case, jobs, chunksize=4):
                ours_out[index], traf_out[index] = Output(**ours), Output(**theirs)
                unjudged_out[index] = Output(**unjudged)
    else:
        _init_worker(str(REPO))
        for job in jobs:
            index, ours, theirs, unjudged = _run_case(job)
            ours_out[index], traf_out[index] = Output(**ours), Output(**theirs)
            unjudged_out[index] = Output(**unjudged)
    elapsed = time.perf_counter() - started
    outs = {
        "ours": [o for o in ours_out if o is not None],
        "traf": [o for o in traf_out if o is not None],
        "unjudged": [o for o in unjudged_out if o is not None],
    }

    payload: dict[str, Any] = {"corpora": {}}
    for corpus in corpora:
        figures: dict[str, dict[str, dict[str, Any]]] = {}
        by_lang: dict[str, dict[str, dict[str, dict[str, Any]]]] = defaultdict(dict)
        for h in halves:
            idx = [i for i, c in enumerate(cases) if c.corpus == corpus and column(c) == h]
            group_cases = [cases[i] for i in idx]
            figures[h] = {
                system: score(group_cases, [outs[system][i] for i in idx], aeb_eval)
                for system in ("ours", "traf", "unjudged")
            }
        lang_counts = Counter(c.lang or "und" for c in cases if c.corpus == corpus)
        groups = {lang for lang, n in lang_counts.items() if n >= 10}
        for lang in sorted(groups | {"other"}):
            for h in halves:
                idx = [
                    i
                    for i, c in enumerate(cases)
                    if c.corpus == corpus
                    and column(c) == h
                    and ((c.lang or "und") == lang if lang != "other" else (c.lang or "und") not in groups)
                ]
                if not idx:
                    continue
                group_cases = [cases[i] for i in idx]
                by_lang[lang][h] = {
                    system: score(group_cases, [outs[system][i] for i in idx], aeb_eval)
                    for system in ("ours", "traf")
                }
        by_lang = {g: v for g, v in by_lang.items() if all(h in v for h in halves)}
        print_corpus(corpus, figures, halves)
        print_languages(corpus, by_lang, halves)
        payload["corpora"][corpus] = {"figures": figures, "languages": by_lang}
    print(f"\nrun time {elapsed:.0f} s for {len(cases)} pages x 2 systems ({args.workers} workers)")

    if args.misses == "body-traf":
        print_body_losses(cases, outs["ours"], outs["traf"], aeb_eval, fold=args.fold)
    elif args.misses:
        print_misses(args.misses, cases, outs["ours"], outs["traf"], fold=args.fold)
    if args.json_out:
        payload["pages"] = [
            {
                "case": asdict(c),
                "ours": asdict(outs["ours"][i]),
                "unjudged": asdict(outs["unjudged"][i]),
                "traf": asdict(outs["traf"][i]),
            }
            for i, c in enumerate(cases)
            if c.half == "tune"  # per-page outputs of the tune half only: the report half is not for reading
        ]
        args.json_out.write_text(json.dumps(payload, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"wrote {args.json_out}")
    return 0


def print_misses(
    what: str, cases: list[Case], ours: list[Output], traf: list[Output], *, fold: str | None = None
) -> None:
    """The tune-half pages `what` got wrong; with `fold`, that fold's alone (the other stays unread)."""
    scope = f"fold {fold}" if fold else "tune-half"
    print(f"\n-- {scope} misses: {what} (ours | trafilatura | truth) --")
    for c, o, t in zip(cases, ours, traf, strict=True):
        if c.half != "tune" or (fold and c.fold != fold):
            continue
        if what == "headline" and c.title and not headline_right(o.headline, c.title):
            print(f"{c.corpus} {c.key}\n   ours {o.headline!r}\n   traf {t.headline!r}\n   true {c.title!r}")
        elif what == "date" and c.date and not date_right(o.published, c.date):
            print(f"{c.corpus} {c.key}\n   ours {o.published!r} traf {t.published!r} true {c.date!r}")
        elif what == "author" and c.author and not author_right(o.authors, c.author, c.corpus):
            print(f"{c.corpus} {c.key}\n   ours {o.authors!r}\n   traf {t.authors!r}\n   true {c.author!r}")
        elif what == "loss" and c.article and o.dropped:
            print(f"{c.corpus} {c.key}: {o.dropped}" + (f" ({o.evidence})" if o.evidence else ""))
        elif what == "body" and (c.with_ or c.without):
            _tp, fn, fp, _ = snippet_counts(o.body, c.with_, c.without)
            if fn or fp:
                missing = [s for s in c.with_ if " ".join(s.split()) not in " ".join(o.body.split())]
                extra = [s for s in c.without if " ".join(s.split()) in " ".join(o.body.split())]
                print(f"{c.corpus} {c.key}\n   missing {missing!r}\n   extra {extra!r}")


def print_body_losses(
    cases: list[Case],
    ours: list[Output],
    traf: list[Output],
    aeb_eval: ModuleType | None,
    *,
    fold: str | None = None,
) -> None:
    """Tune-half pages where trafilatura's body beats ours: traf-eval pages where it finds more `with`
    snippets or keeps fewer `without` ones (the snippets that differ: ours missing / ours keeping), and
    aeb-dev pages whose aeb F1 is higher by 0.01 or more (page F1, precision, recall of both). Grouped by
    language (the per-language rows), folds named, so a class of losses is seen across sites."""
    print("\n-- tune-half body losses to trafilatura (ours | trafilatura) --")
    net = Counter()
    for c, o, t in zip(cases, ours, traf, strict=True):
        if c.half != "tune" or (fold and c.fold != fold):
            continue
        where = f"{c.corpus} [{c.lang or 'und'} {c.fold or '-'}] {c.key}"
        if c.with_ or c.without:
            o_tp, _, o_fp, _ = snippet_counts(o.body, c.with_, c.without)
            t_tp, _, t_fp, _ = snippet_counts(t.body, c.with_, c.without)
            if t_tp - t_fp <= o_tp - o_fp:
                continue
            net[c.lang or "und"] += (t_tp - t_fp) - (o_tp - o_fp)
            ours_text, traf_text = " ".join(o.body.split()), " ".join(t.body.split())
            missing = [s for s in c.with_ if (n := " ".join(s.split())) in traf_text and n not in ours_text]
            kept = [s for s in c.without if (n := " ".join(s.split())) in ours_text and n not in traf_text]
            status = f" dropped: {o.dropped}" if o.dropped else ""
            print(
                f"{where}  with {o_tp}/{t_tp} without {o_fp}/{t_fp}"
                f"  chars {len(o.body)}/{len(t.body)}{status}"
            )
            for s in missing:
                print(f"   we miss  {s[:160]!r}")
            for s in kept:
                print(f"   we keep  {s[:160]!r}")
        elif c.body is not None and aeb_eval is not None:
            mine, theirs = (aeb_eval.scores([aeb_eval.page_counts(c.body, x.body)]) for x in (o, t))
            if theirs["f1"] >= mine["f1"] + 0.01:
                print(
                    f"{where}  F1 {mine['f1']:.3f}/{theirs['f1']:.3f}  P {mine['precision']:.3f}/"
                    f"{theirs['precision']:.3f}  R {mine['recall']:.3f}/{theirs['recall']:.3f}"
                )
    if net:
        per_lang = ", ".join(f"{k} {v}" for k, v in net.most_common())
        print(f"snippets lost to trafilatura per language: {per_lang}")


if __name__ == "__main__":
    sys.exit(main())
