"""`scrapy crawl` whose exit status tells a scheduler how the run ended.

Scrapy's own crawl command exits 1 only when the crawl could not start; a crawl whose selectors silently
stopped matching, whose archive could not be written, or that was stopped by a signal exits 0. This
override (same options, same behaviour otherwise) checks what it can before the crawl starts, reads the
verdict the RunReportExtension left in the crawler's stats, and remembers the signals Scrapy's shutdown
handlers received. Exit status:

- 0: the crawl ran and the run report (if enabled) found nothing wrong;
- 1: the crawl could not start (unknown spider, bad setting value, an archive / state / report folder that
  cannot be written, failing start-up): one line on stderr, before any request;
- 2: bad command line or spider argument (`scrapy crawl X -a bad=...`): one line on stderr;
- 3: the crawl ran but the run report broke a rule (coverage, minimum articles, data it could not write)
  or could not be written itself;
- 128 + N: stopped by signal N (130 Ctrl-C, once or twice; 143 SIGTERM).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError
from scrapy.spiderloader import get_spider_loader

from newsarchive.exceptions import ArgumentError
from newsarchive.monitoring.preflight import SettingError, preflight
from newsarchive.monitoring.report import STATUS_KEY

if TYPE_CHECKING:
    import argparse

    from scrapy import Spider
    from scrapy.crawler import Crawler

EXIT_CANNOT_START = 1
EXIT_BAD_ARGUMENT = 2
EXIT_REPORT_FAILED = 3
EXIT_SIGNAL_BASE = 128

#: CrawlerProcess methods Scrapy installs as signal handlers (first signal, second signal), per event loop
_SIGNAL_HANDLERS = (
    "_signal_shutdown",
    "_signal_kill",
    "_signal_shutdown_reactorless",
    "_signal_kill_reactorless",
)


def fail(spider: str, message: str, status: int) -> SystemExit:
    """One line on stderr (no banner, no traceback) and the SystemExit carrying `status`."""
    sys.stderr.write(f"scrapy crawl {spider}: error: {message}\n")
    sys.stderr.flush()
    return SystemExit(status)


class Command(ScrapyCrawlCommand):
    def short_desc(self) -> str:
        return "Run a spider of the current project, by name (exit status: see docs/operations.md)"

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        """Runs before Scrapy configures logging: what fails here is one line, without the banner."""
        super().process_options(args, opts)
        if len(args) != 1:
            return  # Scrapy's usage error in run()
        name = args[0]
        spidercls = self._spider_class(name)
        # Spider arguments are parsed in __init__, which needs no crawler: a bad one is reported now.
        try:
            spidercls(**opts.spargs)
        except ArgumentError as error:
            raise fail(name, str(error), EXIT_BAD_ARGUMENT) from None
        except SystemExit:
            raise
        except TypeError as error:
            raise fail(name, f"bad argument: {error}", EXIT_BAD_ARGUMENT) from None
        assert self.settings is not None
        # A spider's own settings (a site spider's NEWSARCHIVE_SPIDER_BASE_URL), with its arguments: the
        # spider found a bad one only after Scrapy's banner.
        check_settings = getattr(spidercls, "check_settings", None)
        if check_settings is not None:
            try:
                check_settings(self.settings)
            except ArgumentError as error:
                raise fail(name, str(error), EXIT_BAD_ARGUMENT) from None
        try:
            preflight(self.settings)
        except SettingError as error:
            raise fail(name, str(error), EXIT_CANNOT_START) from None

    def _spider_class(self, name: str) -> type[Spider]:
        assert self.settings is not None
        loader = get_spider_loader(self.settings)
        try:
            return loader.load(name)
        except KeyError:
            known = ", ".join(sorted(loader.list())) or "none"
            raise fail(name, f"unknown spider {name!r} (known: {known})", EXIT_CANNOT_START) from None

    def _create_crawler(self, spidercls: type[Spider] | str) -> Crawler:
        crawler = super()._create_crawler(spidercls)
        self._crawler = crawler
        return crawler

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError
        self._crawler: Crawler | None = None
        self._signals: list[int] = []
        self._watch_signals()
        super().run(args, opts)
        self.exitcode = self.final_status()

    def final_status(self) -> int:
        if self._signals:
            # Stopped from outside, whatever the report says: the scheduler must know it was not a full run.
            return EXIT_SIGNAL_BASE + self._signals[0]
        if self.exitcode or self._crawler is None or self._crawler.stats is None:
            return self.exitcode or 0
        if self._crawler.stats.get_value(STATUS_KEY) == "failed":
            return EXIT_REPORT_FAILED
        return 0

    def _watch_signals(self) -> None:
        """Wrap Scrapy's shutdown handlers (looked up on the process when installed) to note each signal."""
        process = self.crawler_process
        if process is None:
            return
        for attribute in _SIGNAL_HANDLERS:
            handler = getattr(process, attribute, None)
            if handler is not None:
                setattr(process, attribute, self._noting(handler))

    def _noting(self, handler: Any) -> Any:
        def noted(signum: int, frame: Any) -> None:
            self._signals.append(signum)
            handler(signum, frame)

        return noted
