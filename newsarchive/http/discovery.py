"""DiscoveryConditionalMiddleware: a scheduled run asks for a feed, sitemap or section front conditionally.

A cron job re-reading a feed every 15 minutes downloads the same feed again and again; a publisher that
sends validators (ETag, Last-Modified) answers `304 Not Modified` when it has not changed. This middleware
sends them (`If-None-Match`, `If-Modified-Since`) on a discovery request (request meta `META_DISCOVERY`, set
by the spider's `discovery_meta`: feeds, sitemaps, listing pages), from the crawl state (`DISCOVERY_META` +
the URL's key). A 304 is counted (`newsarchive/discovery/not_modified`) and handed to the
spider, which reads nothing from it: what the document lists was turned into decisions by the run that
stored its validators.

That is why validators are stored only by a clean, full scheduled run (`WalkBookkeeping` at spider_closed,
from the spider's `discovery_marks`), never at the response: a run killed after reading a feed but before
fetching its stories must not leave a validator that makes the next run's feed a 304. And why they are sent
only:

- on a scheduled run (a backfill reads everything its window asks for);
- when the last walk of the listings finished (`resuming_walk` off: a walk that pages to the end needs
  page 1's links);
- while they are younger than `NEWSARCHIVE_STATE_RECHECK_DAYS`: the stories a feed lists are re-checked
  when listed after that period, so an unchanged feed is read in full at least once a period.

Article pages never go through here: their re-checks are the crawl state's `decide()`, which must see edits.
Off by default (`NEWSARCHIVE_STATE_DISCOVERY_CONDITIONAL=True` turns it on; off, or without a crawl state, it
is NotConfigured): a 304 also skips what a re-read decides from the state and the clock alone, a story that
answered 404 due to be asked for again, a page a killed run fetched but never archived; those wait for the
document to change or for the re-check period.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import NotConfigured

from newsarchive import defaults
from newsarchive.crawlstate import state_for
from newsarchive.state.keys import url_key

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)

#: request meta: a feed, sitemap or listing page (what a 304 may answer)
META_DISCOVERY = "newsarchive_discovery"
#: request meta: this request was sent with the validators of the state
META_DISCOVERY_CONDITIONAL = "newsarchive_discovery_conditional"
#: state meta key prefix + url_key: "<etag>\t<last-modified>\t<epoch seconds the run that read it started>"
DISCOVERY_META = "discovery_validators:"
NOT_MODIFIED = "newsarchive/discovery/not_modified"


def validators_value(etag: str | None, last_modified: str | None, read_at: float) -> str:
    return f"{etag or ''}\t{last_modified or ''}\t{read_at!r}"


class DiscoveryConditionalMiddleware:
    def __init__(self, crawler: Crawler, *, max_age_days: float) -> None:
        self.crawler = crawler
        self.max_age = max(max_age_days, 0) * 86400

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DiscoveryConditionalMiddleware:
        settings = crawler.settings
        if not settings.getbool("NEWSARCHIVE_STATE_ENABLED", defaults.NEWSARCHIVE_STATE_ENABLED):
            raise NotConfigured("NEWSARCHIVE_STATE_ENABLED is off: no validators kept")
        if not settings.getbool(
            "NEWSARCHIVE_STATE_DISCOVERY_CONDITIONAL", defaults.NEWSARCHIVE_STATE_DISCOVERY_CONDITIONAL
        ):
            # bare: off is the default, and a message would log "Disabled ..." at WARNING on every crawl
            # (cron mails what is logged at WARNING; tests/test_unattended.py)
            raise NotConfigured
        days = settings.getfloat("NEWSARCHIVE_STATE_RECHECK_DAYS", defaults.NEWSARCHIVE_STATE_RECHECK_DAYS)
        return cls(crawler, max_age_days=days)

    def _stored(self, url: str) -> tuple[str, str] | None:
        spider: Any = self.crawler.spider
        # (duck-typed: any newsarchive spider; not one in a backfill or paging a listing walk to its end)
        site = getattr(spider, "site", None)
        if not site or getattr(spider, "window", None) is not None or getattr(spider, "resuming_walk", True):
            return None
        try:
            value = state_for(self.crawler, site).get_meta(DISCOVERY_META + url_key(url))
        except (OSError, sqlite3.Error, NotConfigured):
            return None
        if not value:
            return None
        etag, last_modified, read_at = [*value.split("\t"), "", "", ""][:3]
        try:
            age = time.time() - float(read_at)
        except ValueError:
            return None
        if age >= self.max_age or not (etag or last_modified):
            return None
        return etag, last_modified

    def process_request(self, request: Request) -> None:
        if not request.meta.get(META_DISCOVERY) or request.method != "GET":
            return
        stored = self._stored(request.url)
        if stored is None:
            return
        etag, last_modified = stored
        if etag:
            request.headers.setdefault(b"If-None-Match", etag)
        if last_modified:
            request.headers.setdefault(b"If-Modified-Since", last_modified)
        request.meta[META_DISCOVERY_CONDITIONAL] = True
        # A 304 must reach the spider, which reads nothing from it, instead of HttpErrorMiddleware's filter.
        request.meta["handle_httpstatus_list"] = [*request.meta.get("handle_httpstatus_list", []), 304]
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("newsarchive/discovery/conditional")

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status == 304 and request.meta.get(META_DISCOVERY_CONDITIONAL):
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value(NOT_MODIFIED)
            logger.debug("not modified since the last clean run: %s", request.url)
        return response
