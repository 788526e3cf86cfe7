"""Scrapy settings for newsarchive.

Every value here can be overridden on the command line with `-s NAME=VALUE`. newsarchive's own
settings are named NEWSARCHIVE_<COMPONENT>_<OPTION> and grouped by component below.
"""

from __future__ import annotations

BOT_NAME = "newsarchive"
SPIDER_MODULES = ["newsarchive.spiders"]
NEWSPIDER_MODULE = "newsarchive.spiders"
# Our `crawl` command: Scrapy's, plus exit status 3 when the run report breaks a rule (see README).
COMMANDS_MODULE = "newsarchive.monitoring.commands"

# --- Politeness -----------------------------------------------------------------------------
ROBOTSTXT_OBEY = True
# Left empty on purpose: newsarchive.middlewares.ContactUserAgentMiddleware builds
# "newsarchive/<version> (+<NEWSARCHIVE_CONTACT>)". Set USER_AGENT to replace it entirely.
USER_AGENT = None
NEWSARCHIVE_CONTACT = "https://github.com/newsarchive/newsarchive"  # URL or e-mail publishers can reach
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

REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.useragent.UserAgentMiddleware": None,
    "newsarchive.middlewares.ContactUserAgentMiddleware": 90,  # before RobotsTxtMiddleware (100)
    "newsarchive.middlewares.ConditionalRequestMiddleware": 580,
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
}

ITEM_PIPELINES = {
    "newsarchive.pipelines.noise.NoisePipeline": 100,
    "newsarchive.pipelines.paywall.PaywallPipeline": 200,
    "newsarchive.pipelines.sponsored.SponsoredPipeline": 300,
    "newsarchive.pipelines.validate.ValidatePipeline": 400,
    "newsarchive.pipelines.dedup.DedupPipeline": 500,
    "newsarchive.pipelines.archive.ArchivePipeline": 900,
}

# --- Spiders --------------------------------------------------------------------------------
# Point a site spider at another host (a mirror, the bundled demo, a test server): scheme://host[:port]
NEWSARCHIVE_SPIDER_BASE_URL = ""

# --- Cleaning and judging -------------------------------------------------------------------
NEWSARCHIVE_NOISE_ENABLED = True
NEWSARCHIVE_PAYWALL_DROP = False  # True: drop paywalled stubs instead of keeping them flagged
NEWSARCHIVE_SPONSORED_DROP = True  # False: keep advertorials, flagged sponsored=true
NEWSARCHIVE_VALIDATE_MIN_BODY_WORDS = 20
# A body at least this long is a full article even when paywall markup is on the page.
NEWSARCHIVE_PAYWALL_FULL_BODY_WORDS = 150

# --- Archive and state ----------------------------------------------------------------------
NEWSARCHIVE_ARCHIVE_DIR = "data/archive"
# Keep every page a pipeline drops (with a headline or body) in <archive>/<site>/_rejected/<day>.jsonl, with
# its drop_reason: `python -m newsarchive readmit` puts chosen ones into the archive.
NEWSARCHIVE_REJECTS_ENABLED = True
NEWSARCHIVE_STATE_DIR = "data/state"
NEWSARCHIVE_ARCHIVE_FSYNC = False  # fsync after each line: survives an OS crash, not just a killed process
NEWSARCHIVE_STATE_ENABLED = True
NEWSARCHIVE_STATE_RECHECK_DAYS = 7.0  # re-check a known article (conditionally) after this many days

# --- Hostile input --------------------------------------------------------------------------
NEWSARCHIVE_HTTP_GUARD_ENABLED = True
# Re-decode (never refuse) pages whose text reads as mojibake or U+FFFD: counted as encoding_repaired.
NEWSARCHIVE_HTTP_ENCODING_CHECK = True
NEWSARCHIVE_HTTP_RETRY_AFTER_MAX = 120.0  # longest Retry-After (seconds) honoured before giving up

# --- Reports and monitoring -----------------------------------------------------------------
EXTENSIONS = {
    "newsarchive.monitoring.report.RunReportExtension": 500,
    "newsarchive.monitoring.progress.ProgressExtension": 510,
    "newsarchive.rejects.extension.RejectsExtension": 520,
}
NEWSARCHIVE_REPORT_ENABLED = True
NEWSARCHIVE_REPORT_MIN_ARTICLES = 1  # articles found (archived, updated or confirmed unchanged)
NEWSARCHIVE_REPORT_COVERAGE = {}  # field -> minimum share, overrides the profile's; 0 switches a rule off
NEWSARCHIVE_REPORT_DIR = "data/reports"
NEWSARCHIVE_PROGRESS_INTERVAL = 60.0  # seconds between one-line progress summaries; 0 disables

# --- Raw capture ----------------------------------------------------------------------------
NEWSARCHIVE_WARC_ENABLED = False
NEWSARCHIVE_WARC_DIR = "data/warc"
NEWSARCHIVE_WARC_MAX_SIZE = 1_000_000_000  # bytes per WARC file before a new one starts
NEWSARCHIVE_WARC_ALL_RESPONSES = False  # also fronts, feeds, sitemaps, robots.txt

# --- Distributed mode -----------------------------------------------------------------------
# The add-on does nothing unless NEWSARCHIVE_REDIS_URL is set; then it switches on scrapy-redis's shared
# scheduler queue and dupefilter and the exactly-once claim pipeline (README: Scaling out).
ADDONS = {"newsarchive.distributed.addon.DistributedAddon": 0}
NEWSARCHIVE_REDIS_URL = ""  # e.g. redis://127.0.0.1:6379/0
NEWSARCHIVE_REDIS_KEY_PREFIX = "newsarchive"  # namespace of every Redis key (several projects, one Redis)
NEWSARCHIVE_REDIS_WORKER_ID = ""  # names this worker (and its archive files); empty: <hostname>-<pid>
NEWSARCHIVE_REDIS_LEASE_TTL = 30.0  # seconds without a heartbeat before a worker's requests are re-queued
