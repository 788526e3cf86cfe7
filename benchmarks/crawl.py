"""Crawl benchmark: newsarchive's throughput and memory against bare Scrapy, on a local nginx site.

    python benchmarks/crawl.py [--articles 50000] [--rounds 3] [--json-out results.json]

What it does (about 10-12 minutes on 2 cores with the defaults):

1. Builds a static site in a temporary folder: the 90 real pages of ../shared/bench/aeb-dev (title and
   article text) published --articles times under new URLs in the Nikkei Asia article template, with
   paginated section fronts, a home page, an RSS feed and robots.txt (benchmarks/sites/aeb_nikkei.py).
   Debian's nginx serves it on 127.0.0.1 (started and stopped here).
2. Throughput, --rounds rounds, the three crawlers alternating within each round, medians reported:
   (a) a bare Scrapy spider that follows every link and parses nothing (Scrapy's default settings),
   (b) newsarchive's `nikkei_asia` spider (site profile) with the full pipeline chain and crawl state,
   (c) newsarchive's generic `article` spider from the home page.
   Each run stops at CLOSESPIDER_PAGECOUNT (--pages-a/--pages-b/--pages-c); pages/s is Scrapy's
   response_received_count / elapsed_time_seconds; CPU seconds and peak RSS are the crawl process's own
   (os.wait4 rusage). All runs: AutoThrottle off, no download delay, CONCURRENT_REQUESTS 16, LOG_LEVEL INFO.
3. Memory: one (b) crawl of the whole site (--articles pages) with JOBDIR (disk request queue): peak RSS.
4. State store: lookup cost of CrawlState.get() (SQLite) at 10,000 and 50,000 stored URLs, and of the
   Redis store of distributed mode when a redis-server binary is available.

Targets: (b) >= 0.6x (a)'s pages/s; peak RSS <= 300 MB at 50,000 pages; lookups flat from 10k to 50k.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

# Run as a script, this folder comes first on sys.path, where benchmarks/incremental.py would shadow the
# `incremental` package Twisted imports: look modules up from the repository instead.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]

import scrapy  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
NGINX = "/usr/sbin/nginx"
COMMON_SETTINGS: dict[str, object] = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "LOG_LEVEL": "INFO",
    "TELNETCONSOLE_ENABLED": 0,
    "LOGSTATS_INTERVAL": 600,
}


class BareSpider(scrapy.Spider):
    """(a): follows every link of every page, extracts nothing (run by `scrapy runspider` on this file)."""

    name = "bare"

    def __init__(self, start: str = "", follow: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_url = start
        self.allowed_domains = ["127.0.0.1"]
        #: comma-separated path prefixes to follow (crawl_real.py: the site's own pages); empty: every link
        self.follow = tuple(prefix for prefix in follow.split(",") if prefix)

    async def start(self) -> Any:
        yield scrapy.Request(self.start_url)

    def parse(self, response: Any) -> Any:
        for href in response.css("a::attr(href)").getall():
            if not self.follow or href.startswith(self.follow):
                yield response.follow(href)


# --- nginx -------------------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Nginx:
    """Debian's nginx serving `root` on 127.0.0.1, in the foreground of a child process we own."""

    def __init__(self, root: Path, workdir: Path, conf: Any = None) -> None:
        self.root = root
        self.workdir = workdir
        self.conf = conf  #: nginx_conf(root, port=, workdir=) -> str; default: the template site's
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Nginx:
        from benchmarks.sites.aeb_nikkei import nginx_conf

        nginx_conf = self.conf or nginx_conf
        binary = shutil.which("nginx") or NGINX
        if not Path(binary).exists():
            raise SystemExit("nginx not found: apt-get install nginx-light (or nginx)")
        (self.workdir / "tmp").mkdir(parents=True, exist_ok=True)
        for _attempt in range(5):
            self.port = _free_port()
            conf = self.workdir / "nginx.conf"
            conf.write_text(nginx_conf(self.root, port=self.port, workdir=self.workdir))
            log = self.workdir / "error.log"
            self.process = subprocess.Popen(
                [binary, "-e", str(log), "-p", str(self.workdir), "-c", str(conf)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.STDOUT,
            )
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and self.process.poll() is None:
                try:
                    socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                    return self
                except OSError:
                    time.sleep(0.05)
            self.__exit__()
        raise SystemExit(f"nginx did not start; see {self.workdir / 'error.log'}")

    def __exit__(self, *exc: object) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)  # graceful: the master stops its worker too
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


# --- one crawl ---------------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Run:
    kind: str
    pages: int  #: responses received
    elapsed: float  #: Scrapy's elapsed_time_seconds
    cpu: float  #: user + system seconds of the crawl process
    rss_mb: float  #: peak resident set size of the crawl process
    archived: int = 0
    finish_reason: str = ""

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.elapsed if self.elapsed else 0.0


def _settings_args(settings: dict[str, object]) -> list[str]:
    args = []
    for name, value in settings.items():
        args += ["-s", f"{name}={value}"]
    return args


@dataclass(kw_only=True)
class _Child:
    kind: str
    process: subprocess.Popen[bytes]
    log: Path


def start_crawl(
    kind: str,
    base_url: str,
    rundir: Path,
    *,
    pages: int | None,
    jobdir: bool = False,
    extra: dict[str, object] | None = None,
    name: str = "crawl",
) -> _Child:
    """Start one crawl in a child process writing under `rundir`."""
    settings = dict(COMMON_SETTINGS)
    if pages:
        settings["CLOSESPIDER_PAGECOUNT"] = pages
    env = dict(os.environ)
    if kind == "a":
        # Bare Scrapy: its default settings, not newsarchive's (run outside the project folder).
        env.pop("SCRAPY_SETTINGS_MODULE", None)
        cmd = [sys.executable, "-m", "scrapy", "runspider", str(Path(__file__).resolve())]
        cmd += ["-a", f"start={base_url}/"]
        cwd = rundir
    else:
        env["SCRAPY_SETTINGS_MODULE"] = "newsarchive.settings"
        settings.update(
            {
                "NEWSARCHIVE_ARCHIVE_DIR": rundir / "archive",
                "NEWSARCHIVE_STATE_DIR": rundir / "state",
                "NEWSARCHIVE_REPORT_DIR": rundir / "reports",
                "NEWSARCHIVE_PROGRESS_INTERVAL": 0,
            }
        )
        if jobdir:
            settings["JOBDIR"] = rundir / "job"
        if kind == "b":
            settings["NEWSARCHIVE_SPIDER_BASE_URL"] = base_url
            cmd = [sys.executable, "-m", "scrapy", "crawl", "nikkei_asia", "-a", "max_pages=100000"]
        else:
            cmd = [sys.executable, "-m", "scrapy", "crawl", "article", "-a", f"url={base_url}/"]
            cmd += ["-a", "max_pages=100000", "-a", "depth=2"]
        cwd = REPO
    settings.update(extra or {})
    cmd += _settings_args(settings)
    log_path = rundir / f"{name}.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            cmd, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
    return _Child(kind=kind, process=process, log=log_path)


def finish_crawl(child: _Child) -> Run:
    """Wait for the crawl; its own rusage gives CPU seconds and peak RSS."""
    from newsarchive.demo.subprocess_crawl import parse_stats

    _, status, usage = os.wait4(child.process.pid, 0)
    child.process.returncode = os.waitstatus_to_exitcode(status)
    text = child.log.read_text(encoding="utf-8", errors="replace")
    stats = parse_stats(text)
    if child.process.returncode != 0 or not stats:
        raise SystemExit(f"crawl ({child.kind}) failed with exit {child.process.returncode}:\n{text[-3000:]}")
    return Run(
        kind=child.kind,
        pages=int(stats.get("response_received_count", 0)),
        elapsed=float(stats.get("elapsed_time_seconds", 0.0)),
        cpu=usage.ru_utime + usage.ru_stime,
        rss_mb=usage.ru_maxrss / 1024,
        archived=int(stats.get("newsarchive/archive/written", 0)),
        finish_reason=str(stats.get("finish_reason", "")),
    )


def run_crawl(kind: str, base_url: str, workdir: Path, *, pages: int | None, jobdir: bool = False) -> Run:
    rundir = Path(tempfile.mkdtemp(prefix=f"run-{kind}-", dir=workdir))
    try:
        return finish_crawl(start_crawl(kind, base_url, rundir, pages=pages, jobdir=jobdir))
    finally:
        shutil.rmtree(rundir, ignore_errors=True)


def run_distributed(base_url: str, workdir: Path, *, workers: int, pages: int) -> dict[str, Any] | None:
    """(b) in distributed mode: `workers` processes sharing a scrapy-redis queue in a local redis-server."""
    sys.path.insert(0, str(REPO))
    from tests.redis_server import RedisServer, find_redis_server

    if find_redis_server() is None:
        print("distributed: skipped (no redis-server)")
        return None
    rundir = Path(tempfile.mkdtemp(prefix="run-d-", dir=workdir))
    try:
        with RedisServer() as server:
            extra: dict[str, object] = {
                "ADDONS": '{"newsarchive.distributed.addon.DistributedAddon": 0}',
                "NEWSARCHIVE_REDIS_URL": server.url,
            }
            children = [
                start_crawl("b", base_url, rundir, pages=pages, extra=extra, name=f"worker-{i}")
                for i in range(workers)
            ]
            runs = [finish_crawl(child) for child in children]
        urls = []
        for path in (rundir / "archive").glob("*/*.jsonl"):
            urls += [json.loads(line)["url"] for line in path.read_bytes().splitlines() if line.strip()]
    finally:
        shutil.rmtree(rundir, ignore_errors=True)
    wall = max(r.elapsed for r in runs)
    return {
        "workers": workers,
        "pages": sum(r.pages for r in runs),
        "pages_per_s": sum(r.pages for r in runs) / wall if wall else 0.0,
        "cpu_s": sum(r.cpu for r in runs),
        "rss_mb": max(r.rss_mb for r in runs),
        "archived": len(urls),
        "archived_twice": len(urls) - len(set(urls)),
    }


# --- state store lookups -----------------------------------------------------------------------------------


def _fake_article(n: int) -> Any:
    from newsarchive.items import Article

    article = Article(
        url=f"https://asia.nikkei.com/Politics/Story-number-{n:06d}-of-the-benchmark",
        site="nikkei_asia",
        body=[f"Paragraph of story {n}."],
        published_at="2026-03-02T12:00:00+09:00",
    )
    article.refresh_derived()
    return article


def _lookup_urls(size: int, lookups: int, rng: random.Random) -> list[str]:
    """Random URLs, half of them stored (`size` URLs stored), half not."""
    urls = []
    for _ in range(lookups):
        n = rng.randrange(size)
        hit = rng.random() < 0.5
        urls.append(_fake_article(n).url if hit else f"https://asia.nikkei.com/Politics/Missing-{n}")
    return urls


def _compare_lookups(stores: dict[int, Any], lookups: int, passes: int = 7) -> dict[int, float]:
    """Microseconds per get() in each store. Passes alternate between the stores and the best pass of each
    counts: the machine is shared, and the slower passes measure the neighbours, not the store."""
    rng = random.Random(7)
    urls = {size: _lookup_urls(size, lookups, rng) for size in stores}
    best = dict.fromkeys(stores, float("inf"))
    for _ in range(passes):
        for size, store in stores.items():
            start = time.perf_counter()
            for url in urls[size]:
                store.get(url)
            best[size] = min(best[size], time.perf_counter() - start)
    return {size: seconds / lookups * 1e6 for size, seconds in best.items()}


def state_lookups(
    workdir: Path, sizes: tuple[int, ...] = (10_000, 50_000), lookups: int = 5_000
) -> dict[str, dict[int, float]]:
    """CrawlState.get() cost with `sizes` URLs stored: one store per size, same kind of URLs."""
    from newsarchive.state import CrawlState

    results: dict[str, dict[int, float]] = {}
    stores: dict[int, Any] = {}
    for size in sizes:
        store = CrawlState.open(workdir / f"state-bench-{size}", "nikkei_asia")
        with store.batch():
            for n in range(size):
                store.record_archived(_fake_article(n))
        stores[size] = store
    results["sqlite"] = _compare_lookups(stores, lookups)
    for store in stores.values():
        store.close()

    sys.path.insert(0, str(REPO))
    from tests.redis_server import RedisServer, find_redis_server

    if find_redis_server() is None:
        return results
    from newsarchive.distributed.state import RedisCrawlState
    from newsarchive.state import url_key

    with RedisServer() as server:
        stores = {}
        for size in sizes:
            store = RedisCrawlState.open(
                server.url, prefix=f"bench{size}", site="nikkei_asia", worker="bench"
            )
            pipe = store.server.pipeline(transaction=False)
            for n in range(size):
                article = _fake_article(n)
                record = {"url": article.url, "content_hash": article.content_hash, "version": 1}
                pipe.hset(store.state_key, url_key(article.url), json.dumps(record))
            pipe.execute()
            stores[size] = store
        results["redis"] = _compare_lookups(stores, lookups)
        for store in stores.values():
            store.close()
    return results


# --- report ------------------------------------------------------------------------------------------------

NAMES = {"a": "(a) bare Scrapy", "b": "(b) newsarchive, site profile", "c": "(c) newsarchive, generic"}


def median_run(runs: list[Run]) -> dict[str, float]:
    return {
        "pages": statistics.median(r.pages for r in runs),
        "pages_per_s": statistics.median(r.pages_per_s for r in runs),
        "cpu_s": statistics.median(r.cpu for r in runs),
        "rss_mb": statistics.median(r.rss_mb for r in runs),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--articles", type=int, default=50_000, help="article pages in the site (default 50000)"
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pages-a", type=int, default=4_000, help="CLOSESPIDER_PAGECOUNT of (a)")
    parser.add_argument("--pages-b", type=int, default=2_000, help="CLOSESPIDER_PAGECOUNT of (b)")
    parser.add_argument("--pages-c", type=int, default=600, help="CLOSESPIDER_PAGECOUNT of (c)")
    parser.add_argument("--skip-memory", action="store_true", help="skip the whole-site JOBDIR crawl")
    parser.add_argument("--workers", type=int, default=0, help="also run (b) with N distributed workers")
    parser.add_argument("--json-out", type=Path)
    options = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))
    from benchmarks.sites.aeb_nikkei import build_site

    workdir = Path(tempfile.mkdtemp(prefix="newsarchive-crawl-bench-"))
    os.chmod(workdir, 0o755)  # nginx workers run as another user
    results: dict[str, Any] = {"articles": options.articles, "rounds": options.rounds}
    limits = {"a": options.pages_a, "b": options.pages_b, "c": options.pages_c}
    results["pages_per_run"] = limits
    try:
        started = time.monotonic()
        info = build_site(workdir / "site", articles=options.articles)
        took = time.monotonic() - started
        print(f"site: {info.articles} articles + {info.fronts} fronts + {info.other} other ({took:.0f}s)")
        runs: dict[str, list[Run]] = {"a": [], "b": [], "c": []}
        with Nginx(info.root, workdir / "nginx") as nginx:
            for round_no in range(1, options.rounds + 1):
                for kind in ("a", "b", "c"):
                    run = run_crawl(kind, nginx.base_url, workdir, pages=limits[kind])
                    runs[kind].append(run)
                    print(f"round {round_no} {NAMES[kind]:32} {_describe(run)}", flush=True)
            if options.workers:
                pages = options.pages_b
                distributed = run_distributed(nginx.base_url, workdir, workers=options.workers, pages=pages)
                if distributed:
                    results["distributed"] = distributed
                    print(f"distributed: {distributed}", flush=True)
            if not options.skip_memory:
                memory = run_crawl("b", nginx.base_url, workdir, pages=None, jobdir=True)
                results["memory"] = asdict(memory)
                print(f"memory: (b) whole site with JOBDIR: {_describe(memory)}", flush=True)
        results["lookups_us"] = state_lookups(workdir)
        results["runs"] = {
            k: [asdict(r) | {"pages_per_s": r.pages_per_s} for r in rs] for k, rs in runs.items()
        }
        results["medians"] = {kind: median_run(r) for kind, r in runs.items()}
        base = results["medians"]["a"]["pages_per_s"] or 1.0
        results["ratios"] = {k + "/a": results["medians"][k]["pages_per_s"] / base for k in ("b", "c")}
        results["seconds"] = time.monotonic() - started
        print_report(results)
        if options.json_out:
            options.json_out.write_text(json.dumps(results, indent=2, default=str))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


def _describe(run: Run) -> str:
    return (
        f"{run.pages:6d} pages {run.pages_per_s:7.1f} pages/s cpu {run.cpu:6.1f}s "
        f"peak RSS {run.rss_mb:6.1f} MB, {run.archived} archived"
    )


def print_report(results: dict[str, Any]) -> None:
    limits = results["pages_per_run"]
    print()
    print(
        f"medians of {results['rounds']} runs (pages per run: "
        + ", ".join(f"{k}={v}" for k, v in limits.items())
        + ")"
    )
    print(f"{'crawler':34} {'pages/s':>8} {'CPU s':>7} {'CPU ms/page':>11} {'peak RSS MB':>11}")
    cpu_ms: dict[str, float] = {}
    for kind, m in results["medians"].items():
        cpu_ms[kind] = m["cpu_s"] / m["pages"] * 1000 if m["pages"] else 0.0
        print(
            f"{NAMES[kind]:34} {m['pages_per_s']:8.1f} {m['cpu_s']:7.1f} {cpu_ms[kind]:11.2f} "
            f"{m['rss_mb']:11.1f}"
        )
    # Wall-clock rates move with the load of a shared machine; CPU time per page much less so.
    for kind in ("b", "c"):
        by_cpu = cpu_ms["a"] / cpu_ms[kind] if cpu_ms[kind] else 0.0
        target = "   (target >= 0.60)" if kind == "b" else ""
        print(
            f"({kind})/(a) = {results['ratios'][kind + '/a']:.2f} by pages/s, "
            f"{by_cpu:.2f} by CPU per page{target}"
        )
    if "memory" in results:
        m = results["memory"]
        print(
            f"peak RSS of (b) with JOBDIR over {m['pages']} pages: {m['rss_mb']:.1f} MB   (target <= 300 MB)"
        )
    if "distributed" in results:
        d = results["distributed"]
        single = results["medians"]["b"]["pages_per_s"] or 1.0
        print(
            f"(b) with {d['workers']} distributed workers (Redis): {d['pages_per_s']:.1f} pages/s together "
            f"({d['pages_per_s'] / single:.2f}x one worker), {d['archived']} archived, "
            f"{d['archived_twice']} of them twice"
        )
    for store, by_size in results["lookups_us"].items():
        cells = "  ".join(f"{size:,} URLs: {us:.1f} us" for size, us in by_size.items())
        sizes = sorted(by_size)
        ratio = by_size[sizes[-1]] / by_size[sizes[0]]
        print(f"state lookup, {store}: {cells}  ({sizes[-1]:,}/{sizes[0]:,} ratio {ratio:.2f}; target: flat)")
    print(f"total {results['seconds']:.0f}s")


if __name__ == "__main__":
    raise SystemExit(main())
