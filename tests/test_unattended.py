"""Unattended runs tell the truth: exit statuses, data that could not be kept, counts, quiet one-line errors.

Every test runs the real `scrapy crawl` (or `python -m newsarchive ...`) in a child process against the
bundled demo site on a real local server, and reads back real files. The exit statuses are the table in
docs/operations.md.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from newsarchive.demo.server import DEMO_ORIGIN, DEMO_SITE, Request, Resource, SiteServer, StaticSite
from newsarchive.demo.subprocess_crawl import FAST_SETTINGS, crawl_command, crawl_env
from tests.crawlkit import PROJECT_DIR, CrawlResult, DataDirs, run_crawl

SCRAPY_LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \[", re.M)


def demo(server: SiteServer, data: DataDirs | None, **settings: Any) -> CrawlResult:
    return run_crawl(
        "nikkei_asia", settings={"NEWSARCHIVE_SPIDER_BASE_URL": server.base_url, **settings}, data=data
    )


def reports_of(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.rglob("*.json"))]


def assert_one_line(result: CrawlResult, spider: str, *needles: str) -> str:
    """stderr is exactly one line (no Scrapy banner, no traceback) naming what is wrong."""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"scrapy crawl {spider}: error: "), lines[0]
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


# --- problem 1: data that cannot be kept fails the run ----------------------------------------------------
def test_archive_write_errors_fail_the_run(demo_site: SiteServer, tmp_data: DataDirs) -> None:
    # The archive folder is usable at start; the site's folder inside it is a regular file.
    (tmp_data.archive / "nikkei_asia").write_text("not a folder\n")
    result = demo(demo_site, tmp_data)
    assert result.returncode == 3, result.log_tail()
    (report,) = reports_of(tmp_data.reports)
    assert report["status"] == "failed"
    # (the rejects file of the dropped articles sits in the same unusable folder: it fails too)
    assert report["write_errors"]["archive"] == 6
    assert [v["rule"] for v in report["violations"]][-1] == "min_articles"
    assert report["violations"][0] == {
        "rule": "write_errors",
        "field": "archive",
        "message": "archive: 6 write error(s), data not kept (see the log)",
        "actual": 6.0,
        "expected": 0.0,
    }
    assert re.search(r"Run report FAILED \(\d rule\(s\) broken\): archive: 6 write error\(s\)", result.stderr)
    assert result.stats["newsarchive/archive/write_errors"] == 6
    assert "Traceback" not in result.stderr
    # The failed articles are not in the state as archived or dropped: the next run fetches them again.
    (tmp_data.archive / "nikkei_asia").unlink()
    again = demo(demo_site, tmp_data)
    assert again.returncode == 0, again.log_tail()
    assert len(again.records) == 6


def test_warc_write_errors_fail_the_run(demo_site: SiteServer, tmp_data: DataDirs, tmp_path: Path) -> None:
    warc = tmp_path / "warc"
    warc.mkdir()
    (warc / "nikkei_asia").write_text("not a folder\n")
    result = demo(demo_site, tmp_data, NEWSARCHIVE_WARC_ENABLED=True, NEWSARCHIVE_WARC_DIR=warc)
    assert result.returncode == 3, result.log_tail()
    (report,) = reports_of(tmp_data.reports)
    assert report["write_errors"].get("warc", 0) > 0
    assert {v["field"] for v in report["violations"] if v["rule"] == "write_errors"} == {"warc"}
    assert len(result.records) == 6  # the articles themselves were kept


@pytest.mark.parametrize("setting", ["NEWSARCHIVE_ARCHIVE_DIR", "NEWSARCHIVE_STATE_DIR"])
def test_unusable_folder_stops_the_crawl_before_any_request(
    setting: str, tmp_data: DataDirs, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with SiteServer(DEMO_SITE, rewrite_origin=DEMO_ORIGIN) as server:
        result = demo(server, tmp_data, **{setting: blocker / "sub"})
        requests = list(server.requests)
    assert result.returncode == 1, result.log_tail()
    assert_one_line(result, "nikkei_asia", f"setting {setting}: cannot write to {blocker / 'sub'}")
    assert requests == []
    assert not list(tmp_data.reports.rglob("*.json"))


def test_state_dir_under_proc_stops_the_crawl(demo_site: SiteServer, tmp_data: DataDirs) -> None:
    result = demo(demo_site, tmp_data, NEWSARCHIVE_STATE_DIR="/proc/nonexistent")
    assert result.returncode == 1, result.log_tail()
    assert_one_line(result, "nikkei_asia", "setting NEWSARCHIVE_STATE_DIR", "/proc/nonexistent")


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("NEWSARCHIVE_STATE_RECHECK_DAYS", "abc", "expected a number, got 'abc'"),
        ("NEWSARCHIVE_REPORT_MIN_ARTICLES", "many", "expected a whole number"),
        ("NEWSARCHIVE_PAYWALL_DROP", "perhaps", "expected True or False"),
        ("NEWSARCHIVE_REPORT_COVERAGE", "{not json", "expected a JSON object"),
        ("CONCURRENT_REQUESTS", "x", "expected a whole number"),
        # (no default to take a type from: it was a traceback from the extraction pool's constructor)
        ("NEWSARCHIVE_EXTRACT_WORKERS", "two", "expected a whole number of processes or 'auto', got 'two'"),
        ("DOWNLOAD_DELAY", "soon", "expected a number, got 'soon'"),
    ],
)
def test_bad_setting_value_is_one_line_naming_it(
    name: str, value: str, expected: str, tmp_data: DataDirs
) -> None:
    result = run_crawl("nikkei_asia", settings={name: value}, data=tmp_data)
    assert result.returncode == 1, result.log_tail()
    assert_one_line(result, "nikkei_asia", f"setting {name}: {expected}")


def test_a_fraction_of_a_second_is_a_right_download_delay(demo_site: SiteServer, tmp_data: DataDirs) -> None:
    # Scrapy reads DOWNLOAD_DELAY and DOWNLOAD_TIMEOUT as seconds with a fraction though their defaults are
    # whole numbers (0, 180): `-s DOWNLOAD_DELAY=0.25` stopped the crawl with "expected a whole number"
    result = demo(demo_site, tmp_data, DOWNLOAD_DELAY="0.05", DOWNLOAD_TIMEOUT="30.5")
    assert result.returncode == 0, result.log_tail()
    assert len(result.records) == 6


# --- problem 2: exit statuses, one test per way a run ends ----------------------------------------------
def test_exit_0_when_the_crawl_finished(demo_site: SiteServer, tmp_data: DataDirs) -> None:
    result = demo(demo_site, tmp_data)
    assert result.returncode == 0, result.log_tail()
    assert len(result.records) == 6


def test_exit_3_when_a_rule_is_broken(demo_site: SiteServer, tmp_data: DataDirs) -> None:
    result = demo(demo_site, tmp_data, NEWSARCHIVE_REPORT_MIN_ARTICLES=100)
    assert result.returncode == 3, result.log_tail()


def test_exit_2_on_a_bad_argument_without_the_banner(tmp_data: DataDirs) -> None:
    result = run_crawl("nikkei_asia", "section=Sports", data=tmp_data)
    assert result.returncode == 2, result.log_tail()
    assert_one_line(result, "nikkei_asia", "argument section: unknown value 'Sports'")
    result = run_crawl("article", "url=http://127.0.0.1:1/", "scope=everything", data=tmp_data)
    assert result.returncode == 2, result.log_tail()
    assert_one_line(result, "article", "argument scope")


def test_exit_1_when_the_crawl_cannot_start(tmp_data: DataDirs) -> None:
    result = run_crawl("no_such_spider", data=tmp_data)
    assert result.returncode == 1, result.log_tail()
    assert_one_line(result, "no_such_spider", "unknown spider 'no_such_spider'", "nikkei_asia")


def slow_demo(delay: float) -> SiteServer:
    """The demo site, each article answering after `delay` seconds: a crawl still running when signalled."""
    static = StaticSite(DEMO_SITE, rewrite_origin=DEMO_ORIGIN)

    def resolve(request: Request) -> Resource | None:
        if request.path.count("/") >= 2 and not request.path.startswith(("/rss", "/sitemaps")):
            time.sleep(delay)
        return static(request)

    return SiteServer(resolver=resolve)


def signalled_crawl(tmp_data: DataDirs, log: Path, signals: list[signal.Signals], delay: float) -> int:
    """Start a crawl of a slow demo site, send `signals` one after the other; the crawl's exit status."""
    with slow_demo(delay) as server:
        settings = {
            **FAST_SETTINGS,
            **tmp_data.settings(),
            "NEWSARCHIVE_SPIDER_BASE_URL": server.base_url,
            "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
        }
        cmd = crawl_command("nikkei_asia", settings=settings)
        with log.open("w") as out:
            proc = subprocess.Popen(
                cmd, cwd=PROJECT_DIR, env=crawl_env(), stdout=out, stderr=subprocess.STDOUT
            )
            try:
                marks = ["Spider opened", "shutting down gracefully"]
                for sig, mark in zip(signals, marks, strict=False):
                    deadline = time.monotonic() + 60
                    while mark not in log.read_text(errors="replace"):
                        assert proc.poll() is None, log.read_text()[-3000:]
                        assert time.monotonic() < deadline, log.read_text()[-3000:]
                        time.sleep(0.05)
                    time.sleep(0.3)
                    proc.send_signal(sig)
                return proc.wait(timeout=90)
            finally:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()


def test_exit_130_on_ctrl_c(tmp_data: DataDirs, tmp_path: Path) -> None:
    log = tmp_path / "crawl.log"
    status = signalled_crawl(tmp_data, log, [signal.SIGINT], delay=0.5)
    text = log.read_text()
    assert status == 130, text[-3000:]
    assert "'finish_reason': 'shutdown'" in text  # a graceful stop: Scrapy closed the spider


def test_exit_130_on_ctrl_c_twice(tmp_data: DataDirs, tmp_path: Path) -> None:
    log = tmp_path / "crawl.log"
    status = signalled_crawl(tmp_data, log, [signal.SIGINT, signal.SIGINT], delay=5)
    text = log.read_text()
    assert status == 130, text[-3000:]
    assert "forcing unclean shutdown" in text


def test_exit_143_on_sigterm(tmp_data: DataDirs, tmp_path: Path) -> None:
    log = tmp_path / "crawl.log"
    status = signalled_crawl(tmp_data, log, [signal.SIGTERM], delay=0.5)
    assert status == 143, log.read_text()[-3000:]


# --- problem 5 (counts) and 6 (minimum sample) -------------------------------------------------------------
def test_counts_are_per_distinct_article(demo_site: SiteServer, tmp_data: DataDirs) -> None:
    first = demo(demo_site, tmp_data)
    assert first.returncode == 0, first.log_tail()
    # (the fronts, feed and sitemap read again are the subject, not their 304s: test_crawl_state_shapes11.py)
    second = demo(demo_site, tmp_data, NEWSARCHIVE_STATE_DISCOVERY_CONDITIONAL=False)
    assert second.returncode == 0, second.log_tail()
    one, two = reports_of(tmp_data.reports)
    # The fronts, the feed and the sitemap link the 6 articles many times over.
    assert second.stats["newsarchive/schedule/fresh"] > 6
    assert one["articles"]["archived"] == one["articles"]["found"] == 6
    assert sum(one["articles"]["skipped"].values()) == 0
    assert two["articles"]["found"] == 6
    assert two["articles"]["skipped"] == {"fresh": 6, "not_modified": 0, "unchanged": 0}
    assert "0 articles archived (0 new, 0 updated), 6 skipped" in second.stderr


def test_a_quiet_run_from_an_unchanged_sitemap_is_not_a_failure(
    demo_site: SiteServer, tmp_data: DataDirs
) -> None:
    # The second run skips the sitemap as unchanged, so it meets no article at all: discovery worked,
    # nothing is new, and cron must not hear a 3 every hour.
    start = {"url": f"{demo_site.base_url}/sitemap.xml"}
    first = run_crawl("article", spider_args=start, data=tmp_data)
    assert first.returncode == 0, first.log_tail()
    # (the sitemap read again, not its 304, which is no failure either: test_crawl_state_shapes11.py)
    second = run_crawl(
        "article",
        spider_args=start,
        data=tmp_data,
        settings={"NEWSARCHIVE_STATE_DISCOVERY_CONDITIONAL": False},
    )
    assert second.stats.get("newsarchive/discovery/sitemaps_unchanged", 0) >= 1, second.log_tail()
    assert second.returncode == 0, second.log_tail()
    # ... while the rule still catches a run that finds nothing at all.
    assert demo(demo_site, tmp_data, NEWSARCHIVE_REPORT_MIN_ARTICLES=100).returncode == 3


def test_coverage_rules_need_a_minimum_sample(tmp_data: DataDirs) -> None:
    """A redesign the profile's selectors miss: 0% profile_selectors, but over 6 articles only."""
    from tests.test_report import demo_server, redesigned

    with demo_server(redesigned) as server:
        quiet = demo(server, tmp_data)
        judged = demo(server, tmp_data, NEWSARCHIVE_STATE_ENABLED=False, NEWSARCHIVE_REPORT_MIN_SAMPLE=5)
    assert quiet.returncode == 0, quiet.log_tail()
    first, second = reports_of(tmp_data.reports)
    assert first["coverage"]["profile_selectors"] == 0.0
    assert first["coverage_judged"] is False and first["rules"]["min_sample"] == 20
    assert first["status"] == "ok" and first["violations"] == []
    assert "(not judged: fewer than 20 articles)" in quiet.stderr
    assert judged.returncode == 3, judged.log_tail()
    assert second["coverage_judged"] is True
    assert "profile_selectors" in {v.get("field") for v in second["violations"]}


# --- problem 7: a section backfill stays in its section ---------------------------------------------------
POLITICS = {
    "/Politics/Japan-and-Australia-sign-defense-pact-on-reciprocal-access",
    "/Politics/Kono-urges-ASEAN-to-enforce-North-Korea-sanctions",
    "/Politics/Latest-missile-launch-tests-maximum-pressure-on-North-Korea",
}


def test_generic_backfill_from_a_section_front_stays_in_the_section(tmp_data: DataDirs) -> None:
    with SiteServer(DEMO_SITE, rewrite_origin=DEMO_ORIGIN) as server:
        result = run_crawl("article", f"url={server.url('/Politics/')}", "since=2017-01-01", data=tmp_data)
        fetched = [r.path for r in server.requests]
    assert result.returncode == 0, result.log_tail()
    assert {urlsplit(r["url"]).path for r in result.records} == POLITICS
    outside = [p for p in fetched if p != "/robots.txt" and not p.startswith("/Politics")]
    assert outside == [], fetched
    assert fetched.count("/Politics/") == 1 and "/Politics" not in fetched, fetched  # one page, one fetch
    assert "/Politics?page=2" in fetched  # its own pagination


def test_scope_site_widens_a_section_backfill(tmp_data: DataDirs) -> None:
    with SiteServer(DEMO_SITE, rewrite_origin=DEMO_ORIGIN) as server:
        result = run_crawl(
            "article", f"url={server.url('/Politics/')}", "since=2017-01-01", "scope=site", data=tmp_data
        )
        fetched = [r.path for r in server.requests]
    assert result.returncode == 0, result.log_tail()
    paths = {urlsplit(r["url"]).path for r in result.records}
    assert paths > POLITICS
    assert "/Economy" in fetched


# --- problem 8: reports beside the archive ------------------------------------------------------------------
def test_reports_default_to_beside_the_archive(demo_site: SiteServer, tmp_path: Path) -> None:
    root = tmp_path / "srv"
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    result = run_crawl(
        "nikkei_asia",
        settings={
            "NEWSARCHIVE_SPIDER_BASE_URL": demo_site.base_url,
            "NEWSARCHIVE_ARCHIVE_DIR": root / "archive",
            "NEWSARCHIVE_STATE_DIR": root / "state",
        },
        cwd=elsewhere,
    )
    assert result.returncode == 0, result.log_tail()
    assert len(reports_of(root / "reports" / "nikkei_asia")) == 1
    assert list(elsewhere.iterdir()) == []
    # `stats` finds them there too.
    done = subprocess.run(
        [sys.executable, "-m", "newsarchive", "stats", str(root / "archive" / "nikkei_asia")],
        cwd=PROJECT_DIR, env=crawl_env(), capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Drop reasons (1 run report" in done.stdout, done.stdout


# --- problem 9: quiet where we own the output ----------------------------------------------------------
def test_dropped_items_are_one_short_line(demo_site: SiteServer, tmp_data: DataDirs) -> None:
    result = demo(demo_site, tmp_data, LOG_LEVEL="DEBUG")
    (line,) = [x for x in result.stderr.splitlines() if "Dropped" in x]
    assert re.search(r"DEBUG: Dropped \(Sponsored\) http://\S+/Sponsored-content/\S+: advertorial", line), (
        line
    )
    assert len(line) < 400
    assert "Article(" not in result.stderr and "'body':" not in result.stderr


def test_drops_are_debug_per_item_and_counted_in_the_info_summary(
    demo_site: SiteServer, tmp_data: DataDirs, tmp_path: Path
) -> None:
    # (the default LOG_LEVEL, INFO: what cron mails)
    result = demo(demo_site, tmp_data)
    assert result.returncode == 0, result.log_tail()
    assert "Dropped (" not in result.stderr
    # nothing else to warn about on a clean crawl of the sample site (no "Disabled <extension>" either)
    warnings = [x for x in result.stderr.splitlines() if "WARNING" in x or "ERROR" in x]
    assert not warnings, warnings
    summary = re.search(r"INFO: Run report nikkei_asia: .*; drops: Sponsored=1;", result.stderr)
    assert summary, result.stderr[-3000:]
    # a write failure is not a judgment: it stays visible, at ERROR, one line per article
    failing = DataDirs.under(tmp_path / "failing")
    (failing.archive / "nikkei_asia").write_text("not a folder\n")
    failed = demo(demo_site, failing)
    assert failed.returncode == 3, failed.log_tail()
    errors = [x for x in failed.stderr.splitlines() if "Dropped (NotArchived)" in x]
    assert len(errors) == 6 and all("ERROR: Dropped (NotArchived)" in x for x in errors), errors


def test_stats_json_into_a_closed_pipe_is_quiet(demo_site: SiteServer, tmp_data: DataDirs) -> None:
    assert demo(demo_site, tmp_data).returncode == 0
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsarchive", "stats", str(tmp_data.archive / "nikkei_asia"), "--json"],
        cwd=PROJECT_DIR, env=crawl_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # `| head` that has read what it wanted
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "BrokenPipeError" not in err and "Traceback" not in err, err


def test_reextract_logs_to_a_file_and_prints_its_summary(
    demo_site: SiteServer, tmp_data: DataDirs, tmp_path: Path
) -> None:
    warc = tmp_path / "warc"
    assert demo(demo_site, tmp_data, NEWSARCHIVE_WARC_ENABLED=True, NEWSARCHIVE_WARC_DIR=warc).returncode == 0
    out = tmp_path / "rebuilt"
    done = subprocess.run(
        [sys.executable, "-m", "newsarchive", "reextract", str(warc / "nikkei_asia"), "--out", str(out)],
        cwd=PROJECT_DIR, env=crawl_env(), capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert re.match(r"reextract: replayed 7 of 7 .*: 6 archived", done.stdout), done.stdout
    assert not SCRAPY_LOG_LINE.search(done.stderr), done.stderr[:3000]
    assert done.stderr.strip() == f"reextract: crawl log in {out / 'reextract.log'}"
    log = (out / "reextract.log").read_text()
    assert "Spider closed (finished)" in log and "drops: Sponsored=1" in log


# --- alerts through spidermon ------------------------------------------------------------------------------
class SmtpSink:
    """A minimal SMTP server on 127.0.0.1 (port 0) keeping each message it receives: where alerts land."""

    def __init__(self) -> None:
        import socketserver
        import threading

        self.messages: list[str] = []
        sink = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                self.wfile.write(b"220 sink ESMTP\r\n")
                while line := self.rfile.readline():
                    command = line.decode("latin-1").strip().upper()
                    if command.startswith(("EHLO", "HELO")):
                        self.wfile.write(b"250 sink\r\n")
                    elif command == "DATA":
                        self.wfile.write(b"354 go on\r\n")
                        body = []
                        while (data := self.rfile.readline()) not in (b".\r\n", b".\n", b""):
                            body.append(data.decode("utf-8", "replace"))
                        sink.messages.append("".join(body))
                        self.wfile.write(b"250 kept\r\n")
                    elif command == "QUIT":
                        self.wfile.write(b"221 bye\r\n")
                        return
                    else:
                        self.wfile.write(b"250 ok\r\n")

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> SmtpSink:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_a_broken_rule_sends_a_spidermon_email_alert(demo_site: SiteServer, tmp_data: DataDirs) -> None:
    with SmtpSink() as smtp:
        alerting = {
            "SPIDERMON_ENABLED": True,
            "NEWSARCHIVE_ALERT_ACTIONS": "email",
            "SPIDERMON_SMTP_HOST": "127.0.0.1",
            "SPIDERMON_SMTP_PORT": smtp.port,
            "SPIDERMON_SMTP_USER": "newsarchive",
            "SPIDERMON_SMTP_PASSWORD": "unused",
            "SPIDERMON_EMAIL_SENDER": "newsarchive@example.org",
            "SPIDERMON_EMAIL_TO": "desk@example.org",
            "SPIDERMON_EMAIL_SUBJECT": "newsarchive: {{ data.spider.name }} failed",
        }
        passing = demo(demo_site, tmp_data, **alerting)
        assert passing.returncode == 0, passing.log_tail()
        assert smtp.messages == []  # a run that broke no rule sends nothing
        failing = demo(demo_site, tmp_data, NEWSARCHIVE_REPORT_MIN_ARTICLES=100, **alerting)
        assert failing.returncode == 3, failing.log_tail()
        deadline = time.monotonic() + 10
        while not smtp.messages and time.monotonic() < deadline:
            time.sleep(0.1)
    (message,) = smtp.messages
    assert "Subject: newsarchive: nikkei_asia failed" in message, message[:2000]
    assert "desk@example.org" in message
    # spidermon's report names the failed monitor and the run report's own message
    assert "minimum articles found (min_articles)" in message, message[:4000]
    assert "expected at least 100" in message, message[:4000]
    assert "Run report FAILED" in failing.stderr


def test_state_write_errors_are_counted_and_the_line_is_kept(tmp_path: Path) -> None:
    """The archive pipeline with a crawl state that stops accepting writes (its SQLite connection gone, as
    after an I/O error): the line is on disk, the failure is `newsarchive/state/write_errors`, which the
    run report turns into a broken `write_errors` rule."""
    from newsarchive.crawlstate import state_for
    from newsarchive.monitoring.report import write_errors
    from newsarchive.pipelines.archive import ArchivePipeline
    from tests.helpers_pipelines import close_crawl, crawler_for, make_article

    crawler = crawler_for(tmp_path)
    pipeline = ArchivePipeline.from_crawler(crawler)
    article = make_article()
    state_for(crawler, article.site)._conn.close()  # type: ignore[attr-defined]
    pipeline.process_item(article)
    pipeline.close_spider()
    stats = crawler.stats.get_stats()
    assert stats["newsarchive/state/write_errors"] == 1
    assert stats["newsarchive/archive/written"] == 1
    assert len(list((tmp_path / "archive").rglob("*.jsonl"))) == 1
    assert write_errors(stats) == {"state": 1}
    close_crawl(crawler)  # the closed store's own close error is caught and logged by Scrapy's signals


def test_a_one_off_crawl_of_an_advertorial_says_why_nothing_was_archived(
    demo_site: SiteServer, tmp_data: DataDirs
) -> None:
    url = f"{demo_site.base_url}/Sponsored-content/Discover-the-future-of-smart-cities-in-Singapore"
    result = run_crawl("article", f"url={url}", data=tmp_data)
    # nothing archived is still the failed verdict cron sees, but the line names the judgment, not a fault
    assert result.returncode == 3, result.log_tail()
    expected = "found 0 articles, expected at least 1 (1 dropped: Sponsored=1)"
    assert expected in result.stderr, result.log_tail()
    (report,) = reports_of(tmp_data.reports)
    assert report["drops"] == {"Sponsored": 1}
