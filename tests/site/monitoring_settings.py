"""newsarchive.settings plus the monitoring and HTTP-guard entries, for tests until the lead merges them.

Use as SCRAPY_SETTINGS_MODULE (`run_crawl(..., env=MONITORED_ENV)`): COMMANDS_MODULE cannot be set with
`-s`, Scrapy reads it before parsing the command line. Entries already in newsarchive.settings win.
"""

from __future__ import annotations

from newsarchive import settings as _project
from newsarchive.settings import *  # noqa: F403

COMMANDS_MODULE = getattr(_project, "COMMANDS_MODULE", None) or "newsarchive.monitoring.commands"

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "newsarchive.http.redirect.GuardedRedirectMiddleware": 600,
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "newsarchive.http.compression.CountingHttpCompressionMiddleware": 590,
    "newsarchive.http.guard.ContentGuardMiddleware": 585,
    "newsarchive.http.retry_after.RetryAfterMiddleware": 560,
    "newsarchive.http.failures.DownloadFailureMiddleware": 540,
    **_project.DOWNLOADER_MIDDLEWARES,
}

EXTENSIONS = {
    "newsarchive.monitoring.report.RunReportExtension": 500,
    "newsarchive.monitoring.progress.ProgressExtension": 510,
    **getattr(_project, "EXTENSIONS", {}),
}
