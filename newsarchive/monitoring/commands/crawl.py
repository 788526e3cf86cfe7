"""`scrapy crawl` that exits non-zero when the run report finds a broken rule.

Scrapy's own crawl command exits 1 only when the crawl could not start; a crawl whose selectors silently
stopped matching exits 0. This override (same options, same behaviour otherwise) reads the verdict the
RunReportExtension left in the crawler's stats. Exit status:

- 0: the crawl ran and the run report (if enabled) found nothing wrong;
- 1: Scrapy could not run the crawl (unknown spider, failing start-up);
- 2: bad command line or spider argument (`scrapy crawl X -a bad=...`);
- 3: the crawl ran but the run report broke a rule (coverage, minimum articles) or could not be written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.commands.crawl import Command as ScrapyCrawlCommand

from newsarchive.monitoring.report import STATUS_KEY

if TYPE_CHECKING:
    import argparse

    from scrapy import Spider
    from scrapy.crawler import Crawler

EXIT_REPORT_FAILED = 3


class Command(ScrapyCrawlCommand):
    def short_desc(self) -> str:
        return "Run a spider of the current project, by name (exit 3 when the run report fails)"

    def _create_crawler(self, spidercls: type[Spider] | str) -> Crawler:
        crawler = super()._create_crawler(spidercls)
        self._crawler = crawler
        return crawler

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        self._crawler: Crawler | None = None
        super().run(args, opts)
        if self.exitcode or self._crawler is None or self._crawler.stats is None:
            return
        if self._crawler.stats.get_value(STATUS_KEY) == "failed":
            self.exitcode = EXIT_REPORT_FAILED
