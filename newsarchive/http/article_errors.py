"""Errback accounting of article requests: one line per failed article, and `article_errors` for failures a
later run may not meet (a 503, a timeout), so this run does not mark its sitemaps and walk as done.

Beside failures.py: `DownloadFailureMiddleware` turns a download that finally failed into IgnoreRequest with
its reason (timeout, connection_failed) chained; the spider's errback hands the failure to
`ArticleErrors.failed`, which reads that reason. The errback itself stays a spider method, because a JOBDIR
disk queue can only store a request whose errback is one.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError

from newsarchive.discovery.schedule import GONE_REASON, NOT_FOUND_REASON
from newsarchive.extract_pool.middleware import ExtractionFailed
from newsarchive.http.failures import failure_reason
from newsarchive.items import Article

if TYPE_CHECKING:
    from scrapy.http import Response
    from scrapy.settings import BaseSettings
    from scrapy.statscollectors import StatsCollector

    from newsarchive.state import StateStore

logger = logging.getLogger(__name__)

#: State meta key: when a crawl of the site last counted an article_error (read by `failed_since`).
ERROR_META = "article_error_at"
#: IgnoreRequest reasons (see failures.py) of pages worth asking for again.
_RETRYABLE_REASONS = ("timeout", "connection_failed")
#: Statuses of a dead link, remembered in the crawl state (decide() asks for a 410 never again, a 404 after
#: NEWSARCHIVE_STATE_NOT_FOUND_RETRY_DAYS), with the stat counting them
_DEAD_LINKS = {410: (GONE_REASON, "gone"), 404: (NOT_FOUND_REASON, "not_found")}


def transient_status(status: int) -> bool:
    """HTTP statuses a later request may answer differently (a 404 or 410 will not)."""
    return status >= 500 or status in (408, 425, 429)


def retried_out(response: Response, settings: BaseSettings) -> bool:
    """Whether RetryMiddleware retried this response's status and gave up (logging it at ERROR)."""
    if not settings.getbool("RETRY_ENABLED", True) or response.meta.get("dont_retry"):
        return False
    return response.status in {int(code) for code in settings.getlist("RETRY_HTTP_CODES")}


def failed_since(store: StateStore, started: float) -> bool:
    """Whether a crawl sharing this state (another distributed worker of the job) counted an article_error
    since `started`: the job is not clean then either."""
    failed_at = store.get_meta(ERROR_META)
    return bool(failed_at) and float(failed_at) >= started


class ArticleErrors:
    """The accounting behind a spider's article errback.

    `state` opens the crawl state (None when it is off): workers sharing a state (distributed mode) share
    the job, so one worker's failure keeps every other one from marking sitemaps as done too.
    """

    def __init__(
        self,
        stats: StatsCollector,
        settings: BaseSettings,
        *,
        state: Callable[[], StateStore] | None = None,
    ) -> None:
        self.stats = stats
        self.settings = settings
        self.state = state

    def failed(self, failure: Any) -> None:
        """Log and count one failed article request.

        A refusal by a downloader middleware (HTTP guards, redirect guard, robots.txt) was already logged
        and counted by it; logging it here again would double every hostile response in the log.
        """
        error = failure.value
        request = getattr(failure, "request", None)
        url = request.url if request is not None else "?"
        if isinstance(error, HttpError):
            status = error.response.status
            if transient_status(status):
                self.count()
            elif status in _DEAD_LINKS:
                self.dead_link(error.response, *_DEAD_LINKS[status])
            # INFO as Scrapy's own "Ignoring response <404 ...>" (which this errback replaces): the status
            # is counted for the run report, and a guard (Retry-After) may have warned about it already.
            # RetryMiddleware has logged "Gave up retrying" with URL and status for the retried ones.
            level = logging.DEBUG if retried_out(error.response, self.settings) else logging.INFO
            logger.log(level, "article not fetched: HTTP %d for %s", status, error.response.url)
            return
        if isinstance(error, IgnoreRequest):
            # DownloadFailureMiddleware turns timeouts and connection failures (retries used up) into
            # IgnoreRequest after logging them; those pages are worth asking for again.
            reason = failure_reason(error.__cause__ or error)
            if reason in _RETRYABLE_REASONS or isinstance(error, ExtractionFailed):
                self.count()
            return
        self.count()
        logger.warning("article not fetched: %s (%s)", url, failure.getErrorMessage())

    def dead_link(self, response: Response, reason: str, stat: str) -> None:
        """Remember a 404 / 410 under the link and every URL that redirected to it: a feed that keeps listing
        a deleted story would otherwise have it asked for on every run, for ever."""
        self.stats.inc_value(f"newsarchive/state/{stat}")
        if self.state is None:
            return
        store = self.state()
        for url in dict.fromkeys([*(response.meta.get("redirect_urls") or []), response.url]):
            store.record_dropped(Article(url=url, site=store.site), reason)

    def count(self) -> None:
        """`newsarchive/spider/article_errors`, and the time of it in the shared state."""
        self.stats.inc_value("newsarchive/spider/article_errors")
        if self.state is not None:
            self.state().set_meta(ERROR_META, repr(time.time()))
