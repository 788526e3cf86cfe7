"""Every NEWSARCHIVE_* setting's default, defined once.

A leaf module (it imports nothing from newsarchive), like scrapy-redis's `defaults.py`. `settings.py` takes
these names into the project settings, `addon.NewsarchiveAddon` gives them to any Scrapy project, and each
component reads its setting with the value from here as the fallback, so a component built on bare
settings (tests, offline pipelines, someone else's project) behaves as in a newsarchive crawl:

    settings.getbool("NEWSARCHIVE_STATE_ENABLED", defaults.NEWSARCHIVE_STATE_ENABLED)

Any value can be overridden like any Scrapy setting (project settings, `-s NAME=VALUE`, spider settings).
"""

from __future__ import annotations

from typing import Any

# --- Politeness ---------------------------------------------------------------------------
NEWSARCHIVE_CONTACT = "https://github.com/newsarchive/newsarchive"  # URL or e-mail publishers can reach

# --- Spiders --------------------------------------------------------------------------------
# Folders of site profile files (<name>.toml) besides the package's own; comma-separated with -s.
NEWSARCHIVE_PROFILE_DIRS: list[str] = []
# Point a site spider at another host (a mirror, the bundled demo, a test server): scheme://host[:port]
NEWSARCHIVE_SPIDER_BASE_URL = ""
# Pages of a story split over several (`/slug/2/`, `?page=2`) read and joined into its one record, the first
# included; 1: the first page only.
NEWSARCHIVE_SPIDER_ARTICLE_MAX_PAGES = 20

# --- Extraction ---------------------------------------------------------------------------
# Processes that extract pages in parallel with the crawl: None = one per available core; 0 or 1 = in the
# crawl process itself (no pool).
NEWSARCHIVE_EXTRACT_WORKERS: int | None = None
NEWSARCHIVE_EXTRACT_TIMEOUT = 180.0  # seconds one page may take in a worker before it is replaced
NEWSARCHIVE_EXTRACT_RETRIES = 1  # fresh-worker attempts after a page crashed or hung its worker
NEWSARCHIVE_EXTRACT_PRELOAD = True  # load extraction's lazy data before forking, for the workers to share
# Fork the workers from a small process that imported extraction alone, not from the crawl process (less
# memory on long crawls: benchmarks/README.md, third memory pass); False: from the crawl process itself.
NEWSARCHIVE_EXTRACT_FORK_SERVER = True
# With the fork server: pages a worker extracts before a fresh fork replaces it (0: never). A worker's private
# memory grows with the pages it has seen (copies of the heap it shares), a fresh one starts small.
NEWSARCHIVE_EXTRACT_WORKER_PAGES = 100
# With the fork server: a worker whose private memory (what it does not share with the fork server and the
# other workers, read every 5 pages) has passed this many MB is replaced too (0: never).
NEWSARCHIVE_EXTRACT_WORKER_MAX_MB = 24.0

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
# The crawl state's backend class (from_settings(settings, site, *, archive_dir)); distributed mode's add-on
# replaces it with the Redis state every worker shares.
NEWSARCHIVE_STATE_BACKEND = "newsarchive.state.store.CrawlState"
NEWSARCHIVE_STATE_RECHECK_DAYS = 7.0  # re-check a known article (conditionally) after this many days
# Ask again for a link that answered 404 (never archived) after this many days; a 410 is never asked again.
NEWSARCHIVE_STATE_NOT_FOUND_RETRY_DAYS = 0.25
# A scheduled run asks for a feed, sitemap or section front a clean run read in full with its validators
# (If-None-Match / If-Modified-Since; a 304 is "nothing new"), for up to NEWSARCHIVE_STATE_RECHECK_DAYS.
# Off by default: a 304 also skips what a re-read decides from the state and the clock alone (a story that
# answered 404 asked for again after NEWSARCHIVE_STATE_NOT_FOUND_RETRY_DAYS, a page a killed run fetched but
# never archived), which then waits for the document to change or the re-check period to pass.
NEWSARCHIVE_STATE_DISCOVERY_CONDITIONAL = False

# --- Hostile input --------------------------------------------------------------------------
NEWSARCHIVE_HTTP_GUARD_ENABLED = True
# Re-decode (never refuse) pages whose text reads as mojibake or U+FFFD: counted as encoding_repaired.
NEWSARCHIVE_HTTP_ENCODING_CHECK = True
NEWSARCHIVE_HTTP_RETRY_AFTER_MAX = 120.0  # longest Retry-After (seconds) honoured before giving up
# MB of later pages' answers (`/slug/2/`) a run keeps to answer a second request for one (a front that links
# page 2 too) without downloading it again; the oldest are forgotten past it. 0: keep none.
NEWSARCHIVE_HTTP_LATER_PAGE_MEMO_MB = 16.0

# --- Reports and monitoring -----------------------------------------------------------------
NEWSARCHIVE_REPORT_ENABLED = True
NEWSARCHIVE_REPORT_MIN_ARTICLES = 1  # articles found (archived, updated or confirmed unchanged)
NEWSARCHIVE_REPORT_COVERAGE = {}  # field -> minimum share, overrides the profile's; 0 switches a rule off
# Coverage rules judge a run only over at least this many archived articles (below: reported, not failed).
NEWSARCHIVE_REPORT_MIN_SAMPLE = 20
NEWSARCHIVE_REPORT_DIR = ""  # empty: "reports" beside the archive folder (<archive dir>/../reports)
# Spidermon actions run when a run-report rule is broken (with SPIDERMON_ENABLED): email, slack, sentry or
# dotted paths of spidermon Actions; each reads its own SPIDERMON_* settings (docs/operations.md, Alerts).
NEWSARCHIVE_ALERT_ACTIONS: list[str] = []
NEWSARCHIVE_PROGRESS_INTERVAL = 60.0  # seconds between one-line progress summaries; 0 disables

# --- Raw capture ----------------------------------------------------------------------------
NEWSARCHIVE_WARC_ENABLED = False
NEWSARCHIVE_WARC_DIR = "data/warc"
NEWSARCHIVE_WARC_MAX_SIZE = 1_000_000_000  # bytes per WARC file before a new one starts
NEWSARCHIVE_WARC_ALL_RESPONSES = False  # also fronts, feeds, sitemaps, robots.txt

# --- Distributed mode -----------------------------------------------------------------------
NEWSARCHIVE_REDIS_URL = ""  # e.g. redis://127.0.0.1:6379/0
NEWSARCHIVE_REDIS_KEY_PREFIX = "newsarchive"  # namespace of every Redis key (several projects, one Redis)
NEWSARCHIVE_REDIS_WORKER_ID = ""  # names this worker (and its archive files); empty: <hostname>-<pid>
NEWSARCHIVE_REDIS_LEASE_TTL = 30.0  # seconds without a heartbeat before a worker's requests are re-queued


def newsarchive_defaults() -> dict[str, Any]:
    """Name -> default of every NEWSARCHIVE_* setting (fresh copies of mutable values)."""
    return {
        name: value.copy() if isinstance(value, dict | list) else value
        for name, value in globals().items()
        if name.startswith("NEWSARCHIVE_")
    }
