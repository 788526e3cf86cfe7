"""Two revisions side by side: the same records, and the same speed, in one run.

    python benchmarks/revisions.py BEFORE [AFTER] [--rounds 3] [--corpora aeb-dev,traf-eval,readability]
                                   [--crawl-pages 1000] [--no-crawl] [--json-out FILE]

A refactoring must not change behaviour (issue 16). This script checks out BEFORE (and AFTER, default: the
working tree this script is in) as detached git worktrees and, alternating the order every round so machine
load hits both alike:

- **extraction**: every page of the shared corpora (../shared/bench, both halves) through
  `python -m newsarchive extract --generic --input-jsonl` of each revision, the offline path that runs
  extraction and the judging pipelines. Wall time and CPU time (the child process's user + system) per
  page, median over rounds. The output lines of the two revisions are compared one by one: a record that
  differs in any field but `fetched_at` is listed.
- **crawl** (unless --no-crawl): `scrapy crawl article` of each revision against the real-page site of
  benchmarks/crawl_real.py (byte copies of the corpus pages, nginx on 127.0.0.1), CLOSESPIDER_PAGECOUNT
  --crawl-pages, pool at its default: pages/s and CPU ms/page, median over rounds.

Exit status 1 when the records differ, so it can gate a refactoring branch.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import crawl_real  # noqa: E402
from benchmarks.generalisation import CORPORA, DEFAULT_BENCH, load_cases  # noqa: E402
from benchmarks.sites import real_pages  # noqa: E402

VOLATILE = ("fetched_at",)


def checkout(rev: str, workdir: Path) -> tuple[Path, str]:
    sha = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", rev], check=True, capture_output=True, text=True
    ).stdout.strip()
    tree = workdir / f"rev-{sha}"
    subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(tree), sha], check=True)
    return tree, sha


def write_pages(bench: Path, corpora: list[str], out: Path) -> int:
    cases = load_cases(bench, corpora)
    with out.open("w", encoding="utf-8") as fh:
        for case in cases:
            with gzip.open(case.path, "rb") as page:
                html = page.read().decode("utf-8", errors="replace")
            fh.write(json.dumps({"url": case.url, "html": html}, ensure_ascii=False) + "\n")
    return len(cases)


def extract_run(tree: Path, pages: Path, out: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one offline extraction of every page by the revision in `tree`."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with out.open("wb") as fh:
        subprocess.run(
            [sys.executable, "-m", "newsarchive", "extract", "--generic", "--input-jsonl", str(pages)],
            cwd=tree,
            env=env,
            stdout=fh,
            stderr=subprocess.DEVNULL,
            check=True,
        )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def differences(a: Path, b: Path) -> list[str]:
    out: list[str] = []
    lines_a = a.read_text(encoding="utf-8").splitlines()
    lines_b = b.read_text(encoding="utf-8").splitlines()
    if len(lines_a) != len(lines_b):
        return [f"{len(lines_a)} output lines against {len(lines_b)}"]
    for line_a, line_b in zip(lines_a, lines_b, strict=True):
        rec_a, rec_b = json.loads(line_a), json.loads(line_b)
        for rec in (rec_a, rec_b):
            for key in VOLATILE:
                rec.pop(key, None)
        if rec_a != rec_b:
            fields = sorted(k for k in rec_a.keys() | rec_b.keys() if rec_a.get(k) != rec_b.get(k))
            out.append(f"{rec_a.get('url')}: {', '.join(fields)}")
    return out


def crawl_runs(trees: dict[str, Path], workdir: Path, rounds: int, pages: int) -> dict[str, list[Any]]:
    site = real_pages.build_site(workdir / "site", articles=max(pages * 2, 1000), half="all")
    runs: dict[str, list[Any]] = {name: [] for name in trees}
    with crawl_real.real_server(site.root, workdir) as server:
        for round_no in range(rounds):
            order = list(trees) if round_no % 2 == 0 else list(reversed(trees))
            for name in order:
                crawl_real.REPO = trees[name]  # the revision whose code the crawl runs
                run = crawl_real.run_crawl("generic", server.base_url, workdir, pages=pages)
                runs[name].append(run)
                print(f"crawl round {round_no + 1} {name:>10}: {crawl_real._describe(run)}", flush=True)
    return runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("before", help="git revision before the change")
    parser.add_argument("after", nargs="?", help="git revision after (default: this working tree)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--corpora", default=",".join(CORPORA))
    parser.add_argument("--crawl-pages", type=int, default=1000)
    parser.add_argument("--no-crawl", action="store_true")
    parser.add_argument("--json-out", type=Path)
    options = parser.parse_args(argv)
    if not options.bench.is_dir():
        print(f"revisions.py: no corpora at {options.bench}", file=sys.stderr)
        return 2

    workdir = Path(tempfile.mkdtemp(prefix="newsarchive-revisions-"))
    os.chmod(workdir, 0o755)  # nginx workers run as another user
    trees: dict[str, Path] = {}
    try:
        before_tree, before_sha = checkout(options.before, workdir)
        trees[before_sha] = before_tree
        if options.after:
            after_tree, after_sha = checkout(options.after, workdir)
        else:
            after_tree, after_sha = REPO, "worktree"
        trees[after_sha] = after_tree
        pages = workdir / "pages.jsonl"
        count = write_pages(options.bench, options.corpora.split(","), pages)
        print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; {count} pages", flush=True)

        timings: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
        outputs = {name: workdir / f"out-{name}.jsonl" for name in trees}
        for round_no in range(options.rounds):
            order = list(trees) if round_no % 2 == 0 else list(reversed(trees))
            for name in order:
                wall, cpu = extract_run(trees[name], pages, outputs[name])
                timings[name].append((wall, cpu))
                print(
                    f"extract round {round_no + 1} {name:>10}: {wall * 1000 / count:6.1f} ms/page wall, "
                    f"{cpu * 1000 / count:6.1f} ms/page CPU",
                    flush=True,
                )
        diffs = differences(*outputs.values())
        results: dict[str, Any] = {"pages": count, "extract": {}, "record_differences": diffs}
        names = list(trees)
        for name in names:
            results["extract"][name] = {
                "wall_ms_per_page": statistics.median(w for w, _ in timings[name]) * 1000 / count,
                "cpu_ms_per_page": statistics.median(c for _, c in timings[name]) * 1000 / count,
            }
        if not options.no_crawl:
            runs = crawl_runs(trees, workdir, options.rounds, options.crawl_pages)
            results["crawl"] = {name: crawl_real.medians(rs) for name, rs in runs.items()}

        print(f"\n== {names[0]} (before) against {names[1]} (after), medians of {options.rounds} rounds ==")
        a, b = (results["extract"][n] for n in names)
        for key in ("wall_ms_per_page", "cpu_ms_per_page"):
            print(f"extract {key:18} {a[key]:8.2f} {b[key]:8.2f}   after/before {b[key] / a[key]:.3f}")
        if "crawl" in results:
            ca, cb = (results["crawl"][n] for n in names)
            for key in sorted(ca):
                if ca[key]:
                    ratio = cb[key] / ca[key]
                    print(f"crawl   {key:18} {ca[key]:8.2f} {cb[key]:8.2f}   after/before {ratio:.3f}")
        print(f"records: {count - len(diffs)} of {count} identical (apart from {', '.join(VOLATILE)})")
        for line in diffs[:50]:
            print(f"  differs: {line}")
        if options.json_out:
            options.json_out.write_text(json.dumps(results, indent=2))
        return 1 if diffs else 0
    finally:
        crawl_real.REPO = REPO
        for tree in trees.values():
            if tree != REPO:
                subprocess.run(
                    ["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=False
                )
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
