"""The generic `article` spider, crawling the generic fixture site (tests/site/generic) for real."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

import pytest

from newsarchive import __version__
from newsarchive.demo.server import SiteServer
from tests.crawlhelp import (
    GENERIC_ARTICLES,
    GENERIC_LATEST,
    GENERIC_PRIVATE,
    GENERIC_SPORT,
    fetched_paths,
    generic_server,
    path_set,
)
from tests.crawlkit import CrawlResult

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def site() -> Iterator[SiteServer]:
    with generic_server() as server:
        yield server


def crawl(
    run_crawl: Callable[..., CrawlResult],
    site: SiteServer,
    path: str,
    *args: str,
    settings: dict[str, object] | None = None,
) -> CrawlResult:
    site.clear_log()
    result = run_crawl("article", f"url={site.url(path)}", *args, settings=settings)
    assert result.returncode == 0, result.log_tail()
    return result


def assert_each_once(result: CrawlResult, expected: set[str]) -> None:
    paths = [urlsplit(r["url"]).path for r in result.records]
    assert sorted(paths) == sorted(expected), result.log_tail()
    assert all(r["page_type"] == "article" for r in result.records)


def test_homepage_archives_every_article_and_nothing_else(run_crawl, site: SiteServer) -> None:
    result = crawl(run_crawl, site, "/")
    assert_each_once(result, GENERIC_ARTICLES)
    fetched = fetched_paths(site)
    # Discovery used all its sources: robots.txt, the sitemap index and children, feeds, listings, pagination.
    for path in ("/robots.txt", "/sitemap_index.xml", "/news-sitemap.xml", "/post-sitemap-2024-04.xml",
                 "/feed/", "/category/news/page/2/", "/category/sport/?page=2", "/page/2/"):  # fmt: skip
        assert path in fetched, path
    assert fetched.count("/robots.txt") == 1  # RobotsTxtMiddleware's fetch also gives the Sitemap: lines
    assert result.stats.get("newsarchive/discovery/sitemaps/news") == 1
    assert result.stats.get("newsarchive/discovery/sitemaps/index") == 1
    # Non-articles were fetched and classified, not archived.
    assert result.stats.get("newsarchive/spider/not_article/video") == 1
    assert result.stats.get("newsarchive/spider/not_article/static") == 1


def test_never_fetches_disallowed_offsite_or_asset_urls(run_crawl, site: SiteServer) -> None:
    crawl(run_crawl, site, "/")
    fetched = fetched_paths(site)
    assert GENERIC_PRIVATE not in fetched  # linked from the homepage, disallowed by robots.txt
    assert not [p for p in fetched if p.startswith(("/wp-content/", "/wp-includes/", "/wp-admin/"))]
    assert not [p for p in fetched if "mailto" in p or "javascript" in p or "#" in p]
    # Every request (robots.txt included) identified us with the contact User-Agent.
    agents = {r.headers.get("User-Agent") for r in site.requests}
    assert agents == {f"newsarchive/{__version__} (+https://github.com/newsarchive/newsarchive)"}


def test_section_front_with_depth_one_stays_in_the_section(run_crawl, site: SiteServer) -> None:
    result = crawl(run_crawl, site, "/category/sport/", "depth=1")
    assert_each_once(result, GENERIC_SPORT)
    fetched = fetched_paths(site)
    assert "/category/sport/?page=2" in fetched  # rel=next "›" pagination
    assert "/sitemap_index.xml" not in fetched  # not a homepage: no site-wide sitemap discovery


def test_news_front_follows_older_posts_pagination(run_crawl, site: SiteServer) -> None:
    result = crawl(run_crawl, site, "/category/news/", "depth=1", "max_pages=2")
    news = GENERIC_ARTICLES - GENERIC_SPORT
    assert path_set(result.records) == news
    assert "/category/news/page/2/" in fetched_paths(site)


def test_max_pages_limits_pagination(run_crawl, site: SiteServer) -> None:
    result = crawl(run_crawl, site, "/category/news/", "depth=1", "max_pages=1")
    assert "/category/news/page/2/" not in fetched_paths(site)
    assert "/2024/05/14/city-council-approves-new-bridge/" not in path_set(result.records)


def test_rss_feed_start(run_crawl, site: SiteServer) -> None:
    result = crawl(run_crawl, site, "/feed/")
    assert_each_once(result, GENERIC_LATEST)
    assert result.stats.get("newsarchive/discovery/offsite") == 1  # the syndicated example.org item


def test_atom_feed_start(run_crawl, site: SiteServer) -> None:
    result = crawl(run_crawl, site, "/category/sport/feed/")
    assert_each_once(result, GENERIC_SPORT)


def test_sitemap_index_start_with_news_sitemap(run_crawl, site: SiteServer) -> None:
    result = crawl(run_crawl, site, "/sitemap_index.xml")
    assert_each_once(result, GENERIC_ARTICLES)
    assert result.stats.get("newsarchive/discovery/sitemaps/news") == 1
    assert result.stats.get("newsarchive/discovery/sitemaps/urlset") == 3
    # Pages listed in the page sitemap were fetched and judged, not archived, and not explored.
    fetched = fetched_paths(site)
    assert "/about/" in fetched
    assert "/category/news/" not in fetched


def test_news_sitemap_start(run_crawl, site: SiteServer) -> None:
    result = crawl(run_crawl, site, "/news-sitemap.xml")
    assert_each_once(
        result, {"/2024/05/18/storm-warning-issued-for-coast/", "/2024/05/17/local-team-wins-regional-final/"}
    )


def test_second_run_skips_archived_and_recheck_is_conditional(run_crawl, site: SiteServer) -> None:
    first = crawl(run_crawl, site, "/feed/")
    assert len(first.records) == 4
    # Same archive/state: everything is known and fresh, nothing is refetched. (The feed read again, not
    # its 304: tests/test_crawl_state_shapes11.py.)
    second = crawl(run_crawl, site, "/feed/", settings={"NEWSARCHIVE_STATE_DISCOVERY_CONDITIONAL": False})
    assert len(second.records) == 4
    assert second.stats.get("newsarchive/schedule/fresh") == 4
    assert not [p for p in fetched_paths(site) if p.startswith("/20")]
    # Due for a re-check: the first run's validators go out, the server answers 304, nothing is re-archived.
    third = crawl(run_crawl, site, "/feed/", settings={"NEWSARCHIVE_STATE_RECHECK_DAYS": 0.000001})
    assert len(third.records) == 4
    articles = [r for r in site.requests if r.path.startswith("/20")]
    assert len(articles) == 4
    assert all("If-None-Match" in r.headers for r in articles)
    assert {r.status for r in articles} == {304}
    assert third.stats.get("newsarchive/conditional/not_modified") == 4


def test_scheduled_run_stops_paging_where_the_dated_cards_are_all_known(run_crawl, site: SiteServer) -> None:
    first = crawl(run_crawl, site, "/")
    first_fetched = fetched_paths(site)
    assert {"/page/2/", "/category/news/page/2/"} <= set(first_fetched)
    assert first.stats["newsarchive/discovery/walk_resumed"] == 1  # nothing walked before
    # (the fronts read again, not their 304s: tests/test_crawl_state_shapes11.py)
    second = crawl(run_crawl, site, "/", settings={"NEWSARCHIVE_STATE_DISCOVERY_CONDITIONAL": False})
    fetched = fetched_paths(site)
    assert len(second.records) == len(first.records)
    # Page 1 of each listing dates only archived articles: its further pages are not asked for.
    assert "/page/2/" not in fetched and "/category/news/page/2/" not in fetched, fetched
    assert second.stats["newsarchive/discovery/listing_stop/all_known"] >= 2
    assert "newsarchive/discovery/walk_resumed" not in second.stats


@pytest.mark.parametrize(
    ("args", "argument"),
    [
        ((), "url"),
        (("url=ftp://example.org/",), "url"),
        (("url=http://127.0.0.1:1/", "depth=-1"), "depth"),
        (("url=http://127.0.0.1:1/", "max_pages=many"), "max_pages"),
        (("url=http://127.0.0.1:1/", "sitemaps=maybe"), "sitemaps"),
        (("url=http://127.0.0.1:1/", "dept=2"), "dept"),
    ],
)
def test_bad_arguments_exit_non_zero_with_one_line(run_crawl, args: tuple[str, ...], argument: str) -> None:
    result = run_crawl("article", *args, settings={"LOG_LEVEL": "WARNING"})
    assert result.returncode == 2, result.log_tail()
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("scrapy crawl article: error: argument " + argument + ":"), lines[0]
    assert "Traceback" not in result.stderr + result.stdout


def test_a_sitemap_named_in_robots_and_guessed_is_fetched_once(run_crawl, tmp_path) -> None:
    """robots.txt naming /sitemap.xml, the URL the spider also tries on its own: one request, not two."""
    import shutil

    from tests.crawlhelp import GENERIC_ORIGIN, GENERIC_SITE, SlowStatic

    root = tmp_path / "site"
    shutil.copytree(GENERIC_SITE, root)
    (root / "sitemap.xml").write_bytes((root / "sitemap_index.xml").read_bytes())
    robots = (root / "robots.txt").read_text(encoding="utf-8")
    (root / "robots.txt").write_text(robots.replace("/sitemap_index.xml", "/sitemap.xml"), encoding="utf-8")
    with SiteServer(resolver=SlowStatic(root, rewrite_origin=GENERIC_ORIGIN)) as server:
        result = crawl(run_crawl, server, "/")
        fetched = fetched_paths(server)
    assert fetched.count("/sitemap.xml") == 1, fetched
    assert "/sitemap_index.xml" not in fetched
    assert_each_once(result, GENERIC_ARTICLES)


_NOTHING = {
    "/feed.xml": (
        "application/rss+xml",
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>News</title></channel></rss>',
        "a feed without an entry on this site",
    ),
    "/export.txt": ("text/plain", b"plain text, no page", "text/plain, not a page, feed or sitemap"),
    "/sitemap.xml.gz": ("application/x-gzip", b"not gzip at all", "application/x-gzip, not a page"),
}


@pytest.mark.parametrize("path", sorted(_NOTHING))
def test_a_start_url_that_leads_nowhere_says_why(run_crawl, path: str) -> None:
    """An empty feed, a text file, a sitemap that is not gzip as the start URL: the run ended with "0
    articles archived" and nothing above DEBUG said why ("ignoring ... (text/plain)")."""
    from newsarchive.demo.server import Request, Resource

    content_type, body, why = _NOTHING[path]

    def resolve(request: Request) -> Resource | None:
        return Resource(body=body, content_type=content_type) if request.path == path else None

    with SiteServer(resolver=resolve) as server:
        url = server.url(path)
        result = run_crawl("article", f"url={url}", settings={"LOG_LEVEL": "INFO"})
    assert result.returncode == 3, result.log_tail()  # (the run report's rule: no article archived)
    warned = [line for line in result.stderr.splitlines() if "WARNING: start URL" in line]
    assert len(warned) == 1, result.log_tail()
    assert f"start URL {url} gave nothing to crawl: {why}" in warned[0], warned[0]
    assert "Traceback" not in result.stderr
