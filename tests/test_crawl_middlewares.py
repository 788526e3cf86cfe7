"""ContactUserAgentMiddleware and ConditionalRequestMiddleware, on real Scrapy crawlers and a real crawl."""

from __future__ import annotations

import pytest
from scrapy import Request
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from newsarchive import __version__
from newsarchive.demo.server import Resource
from newsarchive.middlewares import ConditionalRequestMiddleware, ContactUserAgentMiddleware
from newsarchive.spiders.article import ArticleSpider
from tests.crawlhelp import GENERIC_ARTICLES, generic_server, path_set

MIDDLEWARES = {
    "scrapy.downloadermiddlewares.useragent.UserAgentMiddleware": None,
    "newsarchive.middlewares.ContactUserAgentMiddleware": 90,
}


def user_agent(**settings: object) -> bytes:
    crawler = get_crawler(settings_dict={"DOWNLOADER_MIDDLEWARES": MIDDLEWARES, **settings})
    request = Request("https://news.example/")
    ContactUserAgentMiddleware.from_crawler(crawler).process_request(request)
    return request.headers[b"User-Agent"]


def test_user_agent_names_the_contact_unless_user_agent_is_set() -> None:
    assert user_agent(USER_AGENT=None, NEWSARCHIVE_CONTACT="mailto:ops@archive.example") == (
        f"newsarchive/{__version__} (+mailto:ops@archive.example)".encode()
    )
    assert user_agent(USER_AGENT="MyArchiver/2.0") == b"MyArchiver/2.0"


def test_user_agent_after_robots_middleware_is_a_configuration_error() -> None:
    late = {**MIDDLEWARES, "newsarchive.middlewares.ContactUserAgentMiddleware": 400}
    crawler = get_crawler(settings_dict={"DOWNLOADER_MIDDLEWARES": late, "ROBOTSTXT_OBEY": True})
    with pytest.raises(RuntimeError, match="RobotsTxtMiddleware"):
        ContactUserAgentMiddleware.from_crawler(crawler)
    # The spiders no longer move it: settings.py puts it at 90, and a late order stays an error.
    crawler = get_crawler(
        ArticleSpider, settings_dict={"DOWNLOADER_MIDDLEWARES": late, "ROBOTSTXT_OBEY": True}
    )
    with pytest.raises(RuntimeError, match="RobotsTxtMiddleware"):
        ContactUserAgentMiddleware.from_crawler(crawler)


def test_conditional_headers_come_from_meta_and_need_the_state() -> None:
    with pytest.raises(NotConfigured):
        ConditionalRequestMiddleware.from_crawler(
            get_crawler(settings_dict={"NEWSARCHIVE_STATE_ENABLED": False})
        )
    crawler = get_crawler(settings_dict={"NEWSARCHIVE_STATE_ENABLED": True})
    crawler.stats.open_spider()
    middleware = ConditionalRequestMiddleware.from_crawler(crawler)
    plain = Request("https://news.example/a")
    middleware.process_request(plain)
    assert b"If-None-Match" not in plain.headers and b"If-Modified-Since" not in plain.headers
    known = Request(
        "https://news.example/b",
        meta={"newsarchive_etag": '"abc"', "newsarchive_last_modified": "Tue, 14 May 2024 08:00:00 GMT"},
    )
    middleware.process_request(known)
    assert known.headers[b"If-None-Match"] == b'"abc"'
    assert known.headers[b"If-Modified-Since"] == b"Tue, 14 May 2024 08:00:00 GMT"
    assert crawler.stats.get_value("newsarchive/conditional/requests") == 1


@pytest.mark.slow
def test_robots_rules_for_our_user_agent_token_are_obeyed(run_crawl) -> None:
    with generic_server() as site:
        site.overrides["/robots.txt"] = Resource(
            body=b"User-agent: *\nDisallow:\n\nUser-agent: newsarchive\nDisallow: /category/sport/\n"
            b"Disallow: /2024/04/\n",
            content_type="text/plain",
        )
        result = run_crawl("article", f"url={site.url('/')}")
        fetched = [r.path for r in site.requests]
    assert result.returncode == 0, result.log_tail()
    assert not [p for p in fetched if p.startswith(("/category/sport/", "/2024/04/"))]
    # /private/ is allowed by this robots.txt; the April article only for other robots
    expected = (GENERIC_ARTICLES - {"/2024/04/28/marathon-route-unveiled/"}) | {"/private/embargoed-story/"}
    assert path_set(result.records) == expected
    assert result.stats.get("robotstxt/forbidden", 0) >= 1
