"""Scrapy settings for newsarchive.

Every value here can be overridden on the command line with `-s NAME=VALUE`. newsarchive's own
settings are named NEWSARCHIVE_<COMPONENT>_<OPTION>; their defaults (with what each one does) are defined
once, in newsarchive/defaults.py, and taken in here.
"""

from __future__ import annotations

from newsarchive.defaults import *  # noqa: F403

BOT_NAME = "newsarchive"
SPIDER_MODULES = ["newsarchive.spiders"]
NEWSPIDER_MODULE = "newsarchive.spiders"
# Adds one spider per site profile (newsarchive/extract/profiles/*.toml and NEWSARCHIVE_PROFILE_DIRS).
SPIDER_LOADER_CLASS = "newsarchive.spiders.loader.ProfileSpiderLoader"
# Our `crawl` command: Scrapy's, plus exit status 3 when the run report breaks a rule (docs/operations.md).
COMMANDS_MODULE = "newsarchive.monitoring.commands"

# --- Politeness -----------------------------------------------------------------------------
ROBOTSTXT_OBEY = True
# Left empty on purpose: newsarchive.middlewares.ContactUserAgentMiddleware builds
# "newsarchive/<version> (+<NEWSARCHIVE_CONTACT>)". Set USER_AGENT to replace it entirely.
USER_AGENT = None
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 3
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
# HTTP cache for development: `-s HTTPCACHE_ENABLED=True` keeps responses under .scrapy/httpcache.
HTTPCACHE_ENABLED = False
HTTPCACHE_EXPIRATION_SECS = 0
HTTPCACHE_DIR = "httpcache"

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
# Dropped items as one line (reason class, URL, message), not their repr.
LOG_FORMATTER = "newsarchive.monitoring.logformat.NewsarchiveLogFormatter"
# A drop is a judgment, not a fault: one DEBUG line per item; the run's INFO summary counts them by
# reason ("drops: Sponsored=1, Duplicate=3"). A write failure (NotArchived) is logged at ERROR.
DEFAULT_DROPITEM_LOG_LEVEL = "DEBUG"

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.useragent.UserAgentMiddleware": None,
    "newsarchive.middlewares.ContactUserAgentMiddleware": 90,  # before RobotsTxtMiddleware (100)
    "newsarchive.middlewares.ConditionalRequestMiddleware": 580,
    # Feeds, sitemaps and fronts a clean scheduled run read: asked for with its validators (304: nothing new).
    "newsarchive.http.discovery.DiscoveryConditionalMiddleware": 579,
    # Hostile responses: each refused with one log line and a newsarchive/http/<reason> stat.
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "newsarchive.http.redirect.GuardedRedirectMiddleware": 600,  # loops, long chains, off-site redirects
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "newsarchive.http.compression.CountingHttpCompressionMiddleware": 590,  # counts compression bombs
    "newsarchive.http.guard.ContentGuardMiddleware": 585,  # after decompression: binary, empty, bad charset
    "newsarchive.http.retry_after.RetryAfterMiddleware": 560,  # above RetryMiddleware (550): honours 429
    "newsarchive.http.failures.DownloadFailureMiddleware": 540,  # below Retry: sees only final failures
    # Highest number = closest to the network: records the response as received, before the HTTP cache,
    # redirects and decompression touch it.
    "newsarchive.capture.warc.WarcCaptureMiddleware": 950,
    # Above the capture: a story's later page that a front also links is downloaded once, not twice.
    "newsarchive.http.later_pages.LaterPageMemoMiddleware": 960,
    # Lowest number = last before the spider: extracts the final response in worker processes.
    "newsarchive.extract_pool.middleware.ExtractionPoolMiddleware": 10,
}

ITEM_PIPELINES = {
    "newsarchive.pipelines.noise.NoisePipeline": 100,
    "newsarchive.pipelines.paywall.PaywallPipeline": 200,
    "newsarchive.pipelines.sponsored.SponsoredPipeline": 300,
    "newsarchive.pipelines.validate.ValidatePipeline": 400,
    "newsarchive.pipelines.dedup.DedupPipeline": 500,
    "newsarchive.pipelines.archive.ArchivePipeline": 900,
}

# --- Reports and monitoring -----------------------------------------------------------------
EXTENSIONS = {
    # A newsarchive spider's lifecycle bookkeeping (newsarchive/spiders/extensions/). Built before anything
    # opens the crawl state, so their spider_closed handlers run before it is closed (crawlstate.py).
    "newsarchive.spiders.extensions.jobdir.JobdirGuard": 100,
    "newsarchive.spiders.extensions.walks.WalkBookkeeping": 110,
    "newsarchive.spiders.extensions.drops.DropRecorder": 120,
    "newsarchive.spiders.extensions.selectors.ProfileSelectorStats": 130,
    "newsarchive.monitoring.report.RunReportExtension": 500,
    "newsarchive.monitoring.progress.ProgressExtension": 510,
    "newsarchive.rejects.extension.RejectsExtension": 520,
    # After the run report (500): alerts read its verdict. Off unless SPIDERMON_ENABLED (docs/operations.md).
    # (Spidermon's extension, imported only then: newsarchive/monitoring/spidermon_ext.py.)
    "newsarchive.monitoring.spidermon_ext.Spidermon": 600,
}
SPIDERMON_ENABLED = False
SPIDERMON_SPIDER_CLOSE_MONITORS = ("newsarchive.monitoring.alerts.RunReportMonitorSuite",)

# --- Distributed mode -----------------------------------------------------------------------
# The add-on does nothing unless NEWSARCHIVE_REDIS_URL is set; then it switches on scrapy-redis's shared
# scheduler queue and dupefilter and the exactly-once claim pipeline (docs/scale-out.md).
ADDONS = {"newsarchive.distributed.addon.DistributedAddon": 0}
