"""How much a second, unchanged scheduled crawl costs compared with the first.

Serves the generated publisher (tests/site/publisher.py) with N articles on 127.0.0.1, runs
`scrapy crawl nikkei_asia` twice into a temporary archive/state, and prints each run's requests and wall time
and the second run's as fractions of the first's (target: at most 10% of the requests). Optionally also times
crawl-state lookups in a state of many rows (`--state-rows`), to show they stay flat.

    python benchmarks/incremental.py [--articles 2000] [--state-rows 1000000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# Run as a script, this folder is sys.path[0], and this file would shadow the `incremental` package that
# Twisted imports: take the folder off the path, put the checkout on it.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(REPO))

from newsarchive.demo.subprocess_crawl import FAST_SETTINGS, crawl_command, crawl_env, parse_stats  # noqa: E402
from tests.site.publisher import Publisher  # noqa: E402


def crawl(base_url: str, data: Path) -> tuple[float, dict]:
    settings = {
        **FAST_SETTINGS,
        "NEWSARCHIVE_SPIDER_BASE_URL": base_url,
        "NEWSARCHIVE_ARCHIVE_DIR": data / "archive",
        "NEWSARCHIVE_STATE_DIR": data / "state",
        "NEWSARCHIVE_REPORT_DIR": data / "reports",
        "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
        "LOG_LEVEL": "INFO",
    }
    started = time.perf_counter()
    done = subprocess.run(
        crawl_command("nikkei_asia", settings=settings),
        cwd=REPO,
        env=crawl_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"crawl failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return elapsed, parse_stats(done.stderr)


def lookup_timing(rows: int) -> dict[str, float]:
    from newsarchive.items import Article
    from newsarchive.state import CrawlState

    with tempfile.TemporaryDirectory() as tmp, CrawlState.open(tmp, "bench") as state:
        started = time.perf_counter()
        with state.batch():
            for i in range(rows):
                article = Article(url=f"https://news.example/a/{i}", site="bench", body=["x"])
                article.canonical_url = f"https://www.news.example/a/{i}"
                article.refresh_derived()
                state.record_archived(article)
        loaded = time.perf_counter() - started
        probes = 20_000
        started = time.perf_counter()
        for i in range(probes):
            n = (i * 7919) % (rows * 2)  # half hits, half misses
            state.lookup(f"https://news.example/a/{n}", f"https://www.news.example/a/{n}")
        per_lookup = (time.perf_counter() - started) / probes
    return {"rows": rows, "load_seconds": round(loaded, 1), "lookup_microseconds": round(per_lookup * 1e6, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--state-rows", type=int, default=0, help="also time lookups in a state this big")
    args = parser.parse_args(argv)

    publisher = Publisher(articles=args.articles)
    runs = []
    with tempfile.TemporaryDirectory() as tmp, publisher.serve() as server:
        for _ in range(2):
            server.clear_log()
            seconds, stats = crawl(server.base_url, Path(tmp))
            requests = server.requests
            articles = [r for r in requests if publisher.by_path(r.path)]
            runs.append(
                {
                    "requests": len(requests),
                    "article_requests": len(articles),
                    "article_200": sum(r.status == 200 for r in articles),
                    "seconds": round(seconds, 2),
                    "archived": stats.get("newsarchive/archive/written", 0),
                    "skipped_known": stats.get("newsarchive/state/skipped_known", 0),
                }
            )
    first, second = runs
    report: dict[str, object] = {
        "articles": args.articles,
        "first": first,
        "second": second,
        "requests_fraction": round(second["requests"] / first["requests"], 4),
        "time_fraction": round(second["seconds"] / first["seconds"], 4),
        "target_requests_fraction": 0.10,
    }
    if args.state_rows:
        report["state_lookup"] = lookup_timing(args.state_rows)
    print(json.dumps(report, indent=2))
    return 0 if report["requests_fraction"] <= 0.10 else 1


if __name__ == "__main__":
    sys.exit(main())
