"""Crawl cost on real pages: newsarchive against bare Scrapy on the same site, in the same run.

    python benchmarks/crawl_real.py [--articles 3000] [--pages 2000] [--rounds 3] [--half report]
                                    [--no-template] [--no-in-process] [--check-identical]
                                    [--memory-pages 50000] [--memory-rounds 1] [--compare-with DIR]
                                    [--set NAME=VALUE] [--distributed 2] [--json-out FILE]

The real-page site (benchmarks/sites/real_pages.py): the pages of ../shared/bench/aeb-dev and traf-eval as
their publishers served them (byte copies; `--half report` by default, the half nobody tunes on), each
listed under new URLs, 100 links per listing page with rel=next, served by Debian's nginx on 127.0.0.1
(a Twisted server when nginx is missing: it costs the crawl CPU, so the ratios are then lower).

Crawlers, alternating within each round (medians over `--rounds`):
  bare     bare Scrapy (its default settings) following the listing and article links, parsing each page
           with its selector for links (benchmarks/crawl.py's BareSpider);
  generic  `scrapy crawl article -a url=<site>/list/0.html -a depth=1`, newsarchive's settings, the
           extraction pool at its default (one worker process per core);
  generic-1p  the same with NEWSARCHIVE_EXTRACT_WORKERS=0 (extraction in the crawl process; --no-in-process
           leaves it out);
  generic-ref  the generic spider of another checkout (--compare-with DIR, e.g. a `git worktree` of the
           commit before a change): before/after in the same run;
and, on the Nikkei-template site of benchmarks/crawl.py (the site-profile path; --no-template leaves it out):
  bare-t   the bare spider following every link;  profile  `scrapy crawl nikkei_asia`.
Every crawl: 32 concurrent requests (per domain too), no delay, no AutoThrottle, no robots.txt, stopped by
CLOSESPIDER_PAGECOUNT=--pages.

Figures per crawl, for the whole process tree (the crawl, its fork server and extraction workers), sampled
from /proc every 0.1 s: pages/s (Scrapy's response_received_count / elapsed_time_seconds), CPU ms per page
and cores used (CPU time and wall time between "Spider opened" and "Closing spider" in the log, so process
start-up is left out), peak RSS of the crawl process and of the largest extraction worker, peak PSS of the
whole tree (shared pages counted once: what the crawl costs the machine).

--check-identical crawls a site listing every real page once, with the pool on and off, and compares the
archives byte for byte apart from fetched_at. --memory-pages N crawls an N-article site with JOBDIR
(generic spider, pool on) for the peak memory, --memory-rounds times (alternating with generic-ref).
--distributed N runs N `article` workers sharing a Redis queue (redis-server needed; extraction in each
worker's own process) and reports pages/s per worker.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
REPO = _HERE.parent
sys.path.insert(0, str(REPO))

from benchmarks.crawl import Nginx, _free_port, _settings_args  # noqa: E402
from benchmarks.sites import real_pages  # noqa: E402

BARE_SCRIPT = _HERE / "crawl.py"
COMMON_SETTINGS: dict[str, object] = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 32,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 32,
    "ROBOTSTXT_OBEY": False,
    "LOG_LEVEL": "INFO",
    "TELNETCONSOLE_ENABLED": 0,
    "LOGSTATS_INTERVAL": 600,
}
NAMES = {
    "bare": "bare Scrapy (real pages)",
    "generic": "newsarchive generic, pool (real)",
    "generic-1p": "newsarchive generic, in-process (real)",
    "generic-ref": "generic, pool, --compare-with (real)",
    "bare-t": "bare Scrapy (template site)",
    "profile": "newsarchive site profile (template)",
}
_TICK = os.sysconf("SC_CLK_TCK")
_PAGE = os.sysconf("SC_PAGE_SIZE")


# --- servers -----------------------------------------------------------------------------------------------


class PythonServer:
    """benchmarks/sites/real_pages.py's Twisted server, for machines without nginx."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> PythonServer:
        self.port = _free_port()
        cmd = [sys.executable, "-m", "benchmarks.sites.real_pages", "serve", str(self.root), str(self.port)]
        self.process = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return self
            except OSError:
                time.sleep(0.1)
        self.__exit__()
        raise SystemExit("the Python site server did not start")

    def __exit__(self, *exc: object) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=10)
        self.process = None


def have_nginx() -> bool:
    return bool(shutil.which("nginx")) or Path("/usr/sbin/nginx").exists()


def real_server(root: Path, workdir: Path) -> Any:
    if have_nginx():
        return Nginx(root, workdir / "nginx-real", conf=real_pages.nginx_conf)
    print("nginx not found (apt-get install nginx-light): serving with Twisted, ratios are pessimistic")
    return PythonServer(root)


# --- process-tree sampling ---------------------------------------------------------------------------------


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _descendants(pid: int) -> list[int]:
    tree = _children()
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo += tree.get(current, [])
    return found


def _cpu_ticks(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
    except OSError:
        return None
    return int(fields[11]) + int(fields[12])  # utime, stime


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as handle:
            return int(handle.read().split()[1]) * _PAGE
    except OSError:
        return 0


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as handle:
            for line in handle:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _parts(parts: list[int]) -> str:
    """PSS of each process at the tree's peak: the crawl process, then the others, largest first."""
    return "crawl " + " + ".join(f"{value / 2**20:.0f}" for value in parts) + " MB" if parts else "-"


_CRAWLED = re.compile(rb"Crawled (\d+) pages")  #: Scrapy's LogStats line


class TreeSampler(threading.Thread):
    """CPU and memory of a crawl process and its descendants, the CPU window marked by its log lines."""

    def __init__(self, pid: int, log: Path, interval: float = 0.1, progress: float = 0.0) -> None:
        """`progress`: print the peak so far every that many seconds (0: never)."""
        super().__init__(daemon=True)
        self.progress = progress
        self._pages = b"0"
        self._next_report = time.monotonic() + progress
        self.pid = pid
        self.log = log
        self.interval = interval
        self.ticks: dict[int, int] = {}
        self.peak_rss = 0  #: the crawl process alone
        self.peak_child_rss = 0  #: the largest of its descendants (extraction workers)
        self.peak_pss = 0  #: the whole tree
        self.processes = 0  #: most processes seen at once
        self.peak_parts: list[int] = []  #: PSS at the tree's peak: the crawl process first, then the largest
        self.opened: tuple[float, int] | None = None  #: (time, total ticks) at "Spider opened"
        self.closing: tuple[float, int] | None = None  #: at "Closing spider"
        self.main_ticks: list[int] = [0, 0]  #: the crawl process's own ticks at those two lines
        self._halt = threading.Event()
        self._seen = 0

    def run(self) -> None:
        while not self._halt.is_set():
            self.sample()
            self._halt.wait(self.interval)

    def sample(self) -> None:
        pids = _descendants(self.pid)
        self.processes = max(self.processes, len(pids))
        for pid in pids:
            ticks = _cpu_ticks(pid)
            if ticks is not None:
                self.ticks[pid] = ticks
        self.peak_rss = max(self.peak_rss, _rss(self.pid))
        self.peak_child_rss = max([self.peak_child_rss, *(_rss(pid) for pid in pids if pid != self.pid)])
        parts = {pid: _pss(pid) for pid in pids}
        total = sum(parts.values())
        if total > self.peak_pss:
            self.peak_pss = total
            self.peak_parts = sorted((v for k, v in parts.items() if k != self.pid), reverse=True)
            self.peak_parts.insert(0, parts.get(self.pid, 0))
        try:
            with self.log.open("rb") as handle:
                handle.seek(self._seen)
                chunk = handle.read()
        except OSError:
            chunk = b""
        self._seen += len(chunk)
        crawled = _CRAWLED.findall(chunk)
        if crawled:
            self._pages = crawled[-1]
        if self.progress and time.monotonic() >= self._next_report:
            self._next_report += self.progress
            print(
                f"  {time.strftime('%H:%M:%S', time.gmtime())} UTC  {self._pages.decode()} pages: "
                f"peak PSS(tree) {self.peak_pss / 2**20:.0f} MB so far, "
                f"crawl RSS peak {self.peak_rss / 2**20:.0f} MB, {self.processes} processes; "
                f"at the peak: {_parts(self.peak_parts)}",
                flush=True,
            )
        now = (time.monotonic(), sum(self.ticks.values()))
        if self.opened is None and b"Spider opened" in chunk:
            self.opened = now
            self.main_ticks[0] = self.ticks.get(self.pid, 0)
        if self.closing is None and b"Closing spider" in chunk:
            self.closing = now
            self.main_ticks[1] = self.ticks.get(self.pid, 0)

    def stop(self) -> None:
        self._halt.set()
        self.join()


# --- one crawl ---------------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Run:
    kind: str
    pages: int
    elapsed: float
    cpu: float  #: CPU seconds of the process tree between "Spider opened" and "Closing spider"
    wall: float  #: seconds between those lines
    main_cpu: float  #: CPU seconds of the crawl process alone (its reactor thread and helper threads)
    rss_mb: float
    worker_rss_mb: float  #: peak RSS of the largest child process (an extraction worker)
    pss_mb: float
    processes: int
    peak_parts: str = ""  #: PSS of each process at the tree's peak
    archived: int = 0
    load: float = 0.0  #: 1-minute load average when the crawl ended

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.elapsed if self.elapsed else 0.0

    @property
    def cpu_ms(self) -> float:
        return self.cpu / self.pages * 1000 if self.pages else 0.0

    @property
    def main_cpu_ms(self) -> float:
        return self.main_cpu / self.pages * 1000 if self.pages else 0.0

    @property
    def cores(self) -> float:
        return self.cpu / self.wall if self.wall else 0.0


#: A checkout whose generic spider runs as "generic-ref" (--compare-with).
REFERENCE: list[Path] = []
#: Settings for this checkout's generic crawls only (--set NAME=VALUE), e.g. to measure one setting against
#: generic-ref run with its defaults.
GENERIC_SETTINGS: dict[str, str] = {}


def crawl_command(
    kind: str, base_url: str, rundir: Path, *, pages: int | None, extra: dict[str, object]
) -> Any:
    settings = dict(COMMON_SETTINGS)
    if pages:
        settings["CLOSESPIDER_PAGECOUNT"] = pages
    env = dict(os.environ)
    repo = REFERENCE[0] if kind == "generic-ref" else REPO
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(repo), env.get("PYTHONPATH", "")]))
    if kind in ("bare", "bare-t"):
        env.pop("SCRAPY_SETTINGS_MODULE", None)  # Scrapy's defaults, not newsarchive's
        start = f"{base_url}/list/0.html" if kind == "bare" else f"{base_url}/"
        cmd = [sys.executable, "-m", "scrapy", "runspider", str(BARE_SCRIPT), "-a", f"start={start}"]
        if kind == "bare":
            cmd += ["-a", "follow=/a/,/list/"]
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
        if kind == "profile":
            settings["NEWSARCHIVE_SPIDER_BASE_URL"] = base_url
            cmd = [sys.executable, "-m", "scrapy", "crawl", "nikkei_asia", "-a", "max_pages=100000"]
        else:
            cmd = [sys.executable, "-m", "scrapy", "crawl", "article", "-a", f"url={base_url}/list/0.html"]
            cmd += ["-a", "depth=1", "-a", "max_pages=1000000", "-a", "scope=site"]
            if kind in ("generic", "generic-1p"):
                settings.update(GENERIC_SETTINGS)
            if kind == "generic-1p":
                settings["NEWSARCHIVE_EXTRACT_WORKERS"] = 0
        cwd = repo
    settings.update(extra)
    return cmd + _settings_args(settings), env, cwd


def run_crawl(
    kind: str,
    base_url: str,
    workdir: Path,
    *,
    pages: int | None,
    extra: dict[str, object] | None = None,
    keep: Path | None = None,
    progress: float = 0.0,
) -> Run:
    rundir = keep or Path(tempfile.mkdtemp(prefix=f"run-{kind}-", dir=workdir))
    rundir.mkdir(parents=True, exist_ok=True)
    try:
        cmd, env, cwd = crawl_command(kind, base_url, rundir, pages=pages, extra=extra or {})
        log_path = rundir / "crawl.log"
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                cmd, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
            )
        sampler = TreeSampler(process.pid, log_path, progress=progress)
        sampler.start()
        _, status, _usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        sampler.stop()
        return _result(kind, process.returncode, log_path, sampler)
    finally:
        if keep is None:
            shutil.rmtree(rundir, ignore_errors=True)


def _result(kind: str, returncode: int, log_path: Path, sampler: TreeSampler) -> Run:
    from newsarchive.demo.subprocess_crawl import parse_stats

    text = log_path.read_text(encoding="utf-8", errors="replace")
    stats = parse_stats(text)
    # Exit 3 is the run report's verdict (e.g. coverage rules on benchmark pages), not a failed crawl.
    if returncode not in (0, 3) or not stats:
        raise SystemExit(f"crawl ({kind}) failed with exit {returncode}:\n{text[-3000:]}")
    opened = sampler.opened or (0.0, 0)
    closing = sampler.closing or (time.monotonic(), sum(sampler.ticks.values()))
    return Run(
        kind=kind,
        pages=int(stats.get("response_received_count", 0)),
        elapsed=float(stats.get("elapsed_time_seconds", 0.0)),
        cpu=(closing[1] - opened[1]) / _TICK,
        wall=closing[0] - opened[0],
        main_cpu=(sampler.main_ticks[1] - sampler.main_ticks[0]) / _TICK,
        rss_mb=sampler.peak_rss / 2**20,
        worker_rss_mb=sampler.peak_child_rss / 2**20,
        pss_mb=sampler.peak_pss / 2**20,
        peak_parts=_parts(sampler.peak_parts),
        processes=sampler.processes,
        archived=int(stats.get("newsarchive/archive/written", 0)),
        load=os.getloadavg()[0],
    )


# --- extra checks ------------------------------------------------------------------------------------------

_FETCHED_AT = re.compile(rb'"fetched_at": ?"[^"]*"')


def archive_lines(archive: Path) -> list[bytes]:
    lines = [line for path in sorted(archive.rglob("*.jsonl")) for line in path.read_bytes().splitlines()]
    return sorted(_FETCHED_AT.sub(b'"fetched_at": null', line) for line in lines)


def check_identical(workdir: Path) -> dict[str, Any]:
    """Every real page (both halves) listed once; the generic spider with the pool on and off."""
    every = len(real_pages.corpus_pages(half="all"))
    info = real_pages.build_site(workdir / "site-identical", articles=every, half="all")
    lines = {}
    with real_server(info.root, workdir / "identical") as server:
        for kind in ("generic", "generic-1p"):
            rundir = workdir / f"identical-{kind}"
            run = run_crawl(kind, server.base_url, workdir, pages=None, keep=rundir)
            lines[kind] = archive_lines(rundir / "archive")
            print(f"identical check: {NAMES[kind]:40} {_describe(run)}", flush=True)
    same = lines["generic"] == lines["generic-1p"]
    differing = len(set(lines["generic"]) ^ set(lines["generic-1p"]))
    return {
        "pages": info.articles,
        "records": len(lines["generic"]),
        "identical": same,
        "differing": differing,
    }


def run_distributed(base_url: str, workdir: Path, *, workers: int, pages: int) -> dict[str, Any] | None:
    from tests.redis_server import RedisServer, find_redis_server

    if find_redis_server() is None:
        print("distributed: skipped (no redis-server)")
        return None
    rundir = Path(tempfile.mkdtemp(prefix="run-dist-", dir=workdir))
    try:
        with RedisServer() as server:
            extra: dict[str, object] = {
                "NEWSARCHIVE_REDIS_URL": server.url,
                "NEWSARCHIVE_EXTRACT_WORKERS": 0,
                "NEWSARCHIVE_ARCHIVE_DIR": rundir / "archive",
                "NEWSARCHIVE_STATE_DIR": rundir / "state",
            }
            threads_out: list[Run] = []

            def one(i: int) -> None:
                threads_out.append(
                    run_crawl("generic", base_url, workdir, pages=pages, extra=extra, keep=rundir / f"w{i}")
                )

            threads = [threading.Thread(target=one, args=(i,)) for i in range(workers)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        urls = []
        for path in (rundir / "archive").rglob("*.jsonl"):
            urls += [json.loads(line)["url"] for line in path.read_bytes().splitlines() if line.strip()]
    finally:
        shutil.rmtree(rundir, ignore_errors=True)
    wall = max(r.elapsed for r in threads_out)
    total = sum(r.pages for r in threads_out)
    return {
        "workers": workers,
        "pages": total,
        "pages_per_s": total / wall if wall else 0.0,
        "pages_per_s_per_worker": total / wall / workers if wall else 0.0,
        "cpu_ms": sum(r.cpu for r in threads_out) / total * 1000 if total else 0.0,
        "archived": len(urls),
        "archived_twice": len(urls) - len(set(urls)),
    }


# --- report ------------------------------------------------------------------------------------------------


def _describe(run: Run) -> str:
    return (
        f"{run.pages:6d} pages {run.pages_per_s:7.1f} pages/s  CPU {run.cpu_ms:6.2f} ms/page "
        f"(crawl process {run.main_cpu_ms:5.2f})  "
        f"cores {run.cores:4.2f}  RSS {run.rss_mb:5.0f} MB (worker {run.worker_rss_mb:4.0f})  "
        f"PSS(tree) {run.pss_mb:5.0f} MB  "
        f"{run.processes} proc  {run.archived} archived  load {run.load:.1f}  (at the peak: {run.peak_parts})"
    )


def medians(runs: list[Run]) -> dict[str, float]:
    return {
        "pages_per_s": statistics.median(r.pages_per_s for r in runs),
        "cpu_ms": statistics.median(r.cpu_ms for r in runs),
        "main_cpu_ms": statistics.median(r.main_cpu_ms for r in runs),
        "cores": statistics.median(r.cores for r in runs),
        "rss_mb": statistics.median(r.rss_mb for r in runs),
        "worker_rss_mb": statistics.median(r.worker_rss_mb for r in runs),
        "pss_mb": statistics.median(r.pss_mb for r in runs),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=3000, help="article URLs of the real-page site")
    parser.add_argument("--pages", type=int, default=2000, help="CLOSESPIDER_PAGECOUNT of every crawl")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--half", choices=("report", "tune", "all"), default="report")
    parser.add_argument("--no-template", action="store_true", help="leave out the template site (profile)")
    parser.add_argument("--no-in-process", action="store_true", help="leave out generic-1p")
    parser.add_argument("--check-identical", action="store_true", help="pool on/off archives compared")
    parser.add_argument("--memory-pages", type=int, default=0, help="JOBDIR crawl of an N-article site")
    parser.add_argument("--memory-rounds", type=int, default=1, help="JOBDIR crawls (each crawler)")
    parser.add_argument(
        "--compare-with", type=Path, help="another checkout: its generic spider runs as generic-ref"
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a Scrapy setting for this checkout's generic crawls only (not generic-ref); repeatable",
    )
    parser.add_argument("--distributed", type=int, default=0, help="N distributed workers (Redis)")
    parser.add_argument("--json-out", type=Path)
    options = parser.parse_args(argv)

    workdir = Path(tempfile.mkdtemp(prefix="newsarchive-crawl-real-"))
    os.chmod(workdir, 0o755)  # nginx workers run as another user
    results: dict[str, Any] = {"options": {k: str(v) for k, v in vars(options).items()}}
    print(
        f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; uptime: {_uptime()}", flush=True
    )
    try:
        info = real_pages.build_site(workdir / "site-real", articles=options.articles, half=options.half)
        print(
            f"real-page site: {info.articles} article URLs over {info.distinct} pages ({options.half} half, "
            f"mean {info.mean_bytes / 1024:.0f} kB), {info.listings} listings",
            flush=True,
        )
        if options.compare_with:
            REFERENCE[:] = [options.compare_with.resolve()]
        for pair in options.set:
            name, _, value = pair.partition("=")
            GENERIC_SETTINGS[name.strip()] = value
        if GENERIC_SETTINGS:
            print(f"generic crawls with {GENERIC_SETTINGS}", flush=True)
        kinds = ["bare", "generic"] + ([] if options.no_in_process else ["generic-1p"])
        kinds += ["generic-ref"] if REFERENCE else []
        template = None
        if not options.no_template:
            if have_nginx():
                from benchmarks.sites.aeb_nikkei import build_site as build_template

                template = build_template(workdir / "site-template", articles=options.articles)
                kinds += ["bare-t", "profile"]
            else:
                print("template site: skipped (needs nginx)")
        runs: dict[str, list[Run]] = {kind: [] for kind in kinds}
        with real_server(info.root, workdir) as server:
            template_server = Nginx(template.root, workdir / "nginx-template") if template else None
            try:
                if template_server:
                    template_server.__enter__()
                for round_no in range(1, options.rounds + 1):
                    for kind in kinds:
                        base = template_server.base_url if kind in ("bare-t", "profile") else server.base_url
                        run = run_crawl(kind, base, workdir, pages=options.pages)
                        runs[kind].append(run)
                        print(f"round {round_no} {NAMES[kind]:40} {_describe(run)}", flush=True)
            finally:
                if template_server:
                    template_server.__exit__()
            if options.distributed:
                distributed = run_distributed(
                    server.base_url, workdir, workers=options.distributed, pages=options.pages
                )
                if distributed:
                    results["distributed"] = distributed
        if options.memory_pages:
            site = real_pages.build_site(
                workdir / "site-memory", articles=options.memory_pages, half=options.half
            )
            memory: dict[str, list[Run]] = {}
            with real_server(site.root, workdir / "memory") as server:
                for round_no in range(1, options.memory_rounds + 1):
                    for kind in ["generic", *(["generic-ref"] if REFERENCE else [])]:
                        job = Path(tempfile.mkdtemp(prefix="job-", dir=workdir))
                        run = run_crawl(
                            kind,
                            server.base_url,
                            workdir,
                            pages=None,
                            extra={"JOBDIR": job, "LOGSTATS_INTERVAL": 60},
                            progress=300,  # a long crawl: the peak so far every 5 minutes
                        )
                        shutil.rmtree(job, ignore_errors=True)
                        memory.setdefault(kind, []).append(run)
                        print(
                            f"memory round {round_no}: {NAMES[kind]}, {options.memory_pages} articles with "
                            f"JOBDIR: {_describe(run)}",
                            flush=True,
                        )
            results["memory"] = {kind: [asdict(r) for r in rs] for kind, rs in memory.items()}
        if options.check_identical:
            results["identical"] = check_identical(workdir)
        results["runs"] = {
            k: [asdict(r) | {"pages_per_s": r.pages_per_s} for r in rs] for k, rs in runs.items()
        }
        results["medians"] = {kind: medians(rs) for kind, rs in runs.items() if rs}
        results["uptime_end"] = _uptime()
        print_report(results)
        if options.json_out:
            options.json_out.write_text(json.dumps(results, indent=2, default=str))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


def print_report(results: dict[str, Any]) -> None:
    m = results["medians"]
    print()
    print(f"medians of {results['options']['rounds']} rounds, {results['options']['pages']} pages per crawl")
    print(
        f"{'crawler':42} {'pages/s':>8} {'CPU ms/page':>11} {'of it crawl proc':>16} {'cores':>6} "
        f"{'RSS MB':>7} {'worker':>7} {'PSS MB':>7}"
    )
    for kind, row in m.items():
        print(
            f"{NAMES[kind]:42} {row['pages_per_s']:8.1f} {row['cpu_ms']:11.2f} {row['main_cpu_ms']:16.2f} "
            f"{row['cores']:6.2f} {row['rss_mb']:7.0f} {row['worker_rss_mb']:7.0f} {row['pss_mb']:7.0f}"
        )
    pairs = [
        ("generic", "bare", 0.25),
        ("generic-1p", "bare", None),
        ("generic-ref", "bare", None),
        ("profile", "bare-t", 0.6),
    ]
    for kind, base, target in pairs:
        if kind in m and base in m and m[base]["pages_per_s"]:
            ratio = m[kind]["pages_per_s"] / m[base]["pages_per_s"]
            goal = f"   (target >= {target})" if target else ""
            print(f"{kind} / {base}: {ratio:.2f}x pages/s{goal}")
    for kind, mems in results.get("memory", {}).items():
        for mem in mems:
            print(
                f"JOBDIR crawl of {mem['pages']} pages, {NAMES[kind]}: peak RSS {mem['rss_mb']:.0f} MB "
                f"(crawl process), {mem['worker_rss_mb']:.0f} MB (largest worker), peak PSS "
                f"{mem['pss_mb']:.0f} MB (whole tree)   (target <= 300 MB)"
            )
    if "identical" in results:
        i = results["identical"]
        print(
            f"pool on/off, {i['records']} records from {i['pages']} real pages: "
            + ("byte-identical apart from fetched_at" if i["identical"] else f"{i['differing']} lines differ")
        )
    if "distributed" in results:
        d = results["distributed"]
        print(
            f"{d['workers']} distributed workers: {d['pages_per_s']:.1f} pages/s together, "
            f"{d['pages_per_s_per_worker']:.1f} per worker, CPU {d['cpu_ms']:.2f} ms/page, "
            f"{d['archived']} archived, {d['archived_twice']} twice"
        )
    print(f"uptime at the end: {results['uptime_end']}")


def _uptime() -> str:
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return "load average " + " ".join(f"{v:.2f}" for v in os.getloadavg())


if __name__ == "__main__":
    raise SystemExit(main())
