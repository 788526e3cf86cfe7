"""Downloader middlewares: an identifying User-Agent, and conditional re-fetches of known articles."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import NotConfigured
from scrapy.utils.misc import load_object

from newsarchive import __version__, defaults

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)

META_ETAG = "newsarchive_etag"
META_LAST_MODIFIED = "newsarchive_last_modified"


def contact_user_agent(contact: str) -> str:
    contact = contact.strip()
    return f"newsarchive/{__version__} (+{contact})" if contact else f"newsarchive/{__version__}"


class ContactUserAgentMiddleware:
    """Sets USER_AGENT when given, else "newsarchive/<version> (+<NEWSARCHIVE_CONTACT>)".

    Must run before Scrapy's RobotsTxtMiddleware (priority 100): that middleware matches robots.txt
    rules against the request's User-Agent header, and falls back to the USER_AGENT setting, which
    newsarchive leaves empty. The robots.txt request itself goes through the whole downloader
    middleware chain, so it carries this User-Agent too.
    """

    def __init__(self, user_agent: str) -> None:
        self.user_agent = user_agent

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ContactUserAgentMiddleware:
        settings = crawler.settings
        user_agent = settings.get("USER_AGENT") or contact_user_agent(
            settings.get("NEWSARCHIVE_CONTACT", defaults.NEWSARCHIVE_CONTACT)
        )
        _check_order(crawler)
        return cls(user_agent)

    def process_request(self, request: Request) -> None:
        request.headers.setdefault(b"User-Agent", self.user_agent)


def _check_order(crawler: Crawler) -> None:
    settings = crawler.settings
    if not settings.getbool("ROBOTSTXT_OBEY") or settings.get("ROBOTSTXT_USER_AGENT"):
        return
    order = settings.get_component_priority_dict_with_base("DOWNLOADER_MIDDLEWARES")
    ours = _priority(order, ContactUserAgentMiddleware)
    robots = _priority(order, "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware")
    if ours is not None and robots is not None and ours >= robots:
        # Otherwise robots.txt rules are matched against no User-Agent at all and every request fails.
        raise RuntimeError(
            "newsarchive.middlewares.ContactUserAgentMiddleware must have a lower DOWNLOADER_MIDDLEWARES "
            f"order ({ours}) than RobotsTxtMiddleware ({robots}), or set ROBOTSTXT_USER_AGENT"
        )


def _priority(order: dict[Any, Any], target: type | str) -> int | None:
    target_cls = load_object(target) if isinstance(target, str) else target
    for key, value in order.items():
        if value is None:
            continue
        cls = load_object(key) if isinstance(key, str) else key
        if cls is target_cls:
            return int(value)
    return None


class ConditionalRequestMiddleware:
    """Adds If-None-Match / If-Modified-Since to re-checks of archived articles.

    The spider copies the validators from the crawl state into request.meta (META_ETAG,
    META_LAST_MODIFIED); a 304 then costs the publisher no body and us no re-extraction.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestMiddleware:
        if not crawler.settings.getbool("NEWSARCHIVE_STATE_ENABLED", defaults.NEWSARCHIVE_STATE_ENABLED):
            raise NotConfigured("NEWSARCHIVE_STATE_ENABLED is off: no validators to send")
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        etag = request.meta.get(META_ETAG)
        last_modified = request.meta.get(META_LAST_MODIFIED)
        if not etag and not last_modified:
            return
        if etag:
            request.headers.setdefault(b"If-None-Match", etag)
        if last_modified:
            request.headers.setdefault(b"If-Modified-Since", last_modified)
        if self.stats is not None:
            self.stats.inc_value("newsarchive/conditional/requests")
        logger.debug("conditional request %s (etag=%s, last-modified=%s)", request.url, etag, last_modified)

    def process_response(self, request: Request, response: Response) -> Response:
        conditional = META_ETAG in request.meta or META_LAST_MODIFIED in request.meta
        if response.status == 304 and conditional and self.stats is not None:
            self.stats.inc_value("newsarchive/conditional/not_modified")
        return response
