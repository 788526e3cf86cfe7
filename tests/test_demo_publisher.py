"""The generated test publisher: its fronts, feed and sitemaps, and what publish_new / edit change."""

from __future__ import annotations

import http.client
import json
import re
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import pytest
from lxml import etree, html

from newsarchive.demo.server import SiteServer
from tests.site.publisher import JST, Publisher

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=JST)
NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "n": "http://www.google.com/schemas/sitemap-news/0.9",
}


def get(
    server: SiteServer, path: str, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def front_links(body: bytes) -> list[str]:
    return html.fromstring(body).xpath("//div[contains(@class,'section-page__list')]//h3/a/@href")


def next_link(body: bytes) -> str | None:
    found = html.fromstring(body).xpath("//a[@rel='next']/@href")
    return found[0] if found else None


def jsonld(body: bytes) -> dict:
    match = re.search(rb'<script type="application/ld\+json">(.*?)</script>', body, re.S)
    assert match, "article page without JSON-LD"
    return json.loads(match.group(1))


@pytest.fixture
def publisher() -> Publisher:
    return Publisher(articles=30, now=NOW)


@pytest.fixture
def server(publisher: Publisher):
    with publisher.serve() as running:
        yield running


def crawl_front(server: SiteServer, section: str) -> list[list[str]]:
    """Follow rel=next from page 1; the links of each page."""
    pages, path = [], f"/{section}"
    while path:
        status, _, body = get(server, path)
        assert status == 200, path
        pages.append(front_links(body))
        path = next_link(body)
        assert len(pages) < 50
    return pages


def test_fronts_paginate_newest_first(publisher: Publisher, server: SiteServer) -> None:
    seen: list[str] = []
    for section in publisher.sections:
        pages = crawl_front(server, section)
        assert all(len(p) == 10 for p in pages[:-1]) and 1 <= len(pages[-1]) <= 10
        links = [link for page in pages for link in page]
        expected = [s.path for s in publisher.newest_first(section)]
        assert links == expected
        seen += links
    assert sorted(seen) == sorted(s.path for s in publisher.stories)
    assert len(crawl_front(server, "Politics")) == 2  # 15 stories: the pagination path is exercised
    assert get(server, "/Politics?page=3")[0] == 404
    assert get(server, "/Politics?page=0")[0] == 404


def test_every_story_page_is_served_and_unique(publisher: Publisher, server: SiteServer) -> None:
    assert len({s.path for s in publisher.stories}) == 30
    assert len({s.headline for s in Publisher(articles=2000, now=NOW).stories}) == 2000
    for story in publisher.stories[:5]:
        status, headers, body = get(server, story.path)
        assert status == 200
        data = jsonld(body)
        assert data["headline"] == story.headline
        assert data["datePublished"] == story.published.isoformat()
        assert parsedate_to_datetime(headers["last-modified"]) == story.modified
    assert get(server, "/Politics/No-such-story-here-at-all")[0] == 404


def test_feed_and_sitemaps(publisher: Publisher, server: SiteServer) -> None:
    _, headers, body = get(server, "/rss/feed/nar")
    assert headers["content-type"].startswith("application/rss+xml")
    feed = etree.fromstring(body)
    links = feed.xpath("//item/link/text()")
    assert links == [server.base_url + s.path for s in publisher.newest_first()[:20]]
    dates = [parsedate_to_datetime(d) for d in feed.xpath("//item/pubDate/text()")]
    assert dates == sorted(dates, reverse=True)

    index = etree.fromstring(get(server, "/sitemap.xml")[2])
    locs = index.xpath("//s:sitemap/s:loc/text()", namespaces=NS)
    assert locs[0] == server.base_url + "/sitemaps/news.xml"
    assert len(locs) == 1 + len(publisher.months())

    news = etree.fromstring(get(server, "/sitemaps/news.xml")[2])
    news_locs = news.xpath("//s:url/s:loc/text()", namespaces=NS)
    horizon = publisher.clock - timedelta(days=2)
    assert news_locs == [server.base_url + s.path for s in publisher.newest_first() if s.published >= horizon]
    assert 0 < len(news_locs) < 30
    assert news.xpath("//n:news/n:title/text()", namespaces=NS)[0] == publisher.newest_first()[0].headline

    all_locs: dict[str, str] = {}
    for loc in locs[1:]:
        monthly = etree.fromstring(get(server, loc.removeprefix(server.base_url))[2])
        for url in monthly.xpath("//s:url", namespaces=NS):
            all_locs[url.findtext("s:loc", namespaces=NS)] = url.findtext("s:lastmod", namespaces=NS)
    assert all_locs == {server.base_url + s.path: s.modified.isoformat() for s in publisher.stories}

    robots = get(server, "/robots.txt")[2].decode()
    assert f"Sitemap: {server.base_url}/sitemap.xml" in robots


def test_publish_new_changes_listings_not_old_articles(publisher: Publisher, server: SiteServer) -> None:
    before = {
        p: get(server, p)[1] for p in ["/Politics", "/Politics?page=2", "/rss/feed/nar", "/sitemap.xml"]
    }
    old = publisher.stories[3]
    _, old_headers, old_body = get(server, old.path)

    new = publisher.publish_new(3)
    assert [s.id for s in new] == [30, 31, 32]
    assert all(s.published > publisher.stories[29].published for s in new)

    server.clear_log()
    for path, headers in before.items():
        status, now_headers, _ = get(server, path, {"If-None-Match": headers["etag"]})
        assert status == 200, f"{path} did not change"
        assert parsedate_to_datetime(now_headers["last-modified"]) > parsedate_to_datetime(
            headers["last-modified"]
        )
    # The unchanged article still answers 304 to either validator.
    assert get(server, old.path, {"If-None-Match": old_headers["etag"]})[0] == 304
    assert get(server, old.path, {"If-Modified-Since": old_headers["last-modified"]})[0] == 304
    assert [r.status for r in server.requests] == [200, 200, 200, 200, 304, 304]

    feed = etree.fromstring(get(server, "/rss/feed/nar")[2])
    assert feed.xpath("//item/link/text()")[:3] == [server.base_url + s.path for s in reversed(new)]
    politics_new = [s.path for s in reversed(new) if s.section == "Politics"]
    assert front_links(get(server, "/Politics")[2])[: len(politics_new)] == politics_new
    for story in new:
        assert get(server, story.path)[0] == 200
    assert get(server, old.path)[2] == old_body


def test_edit_changes_article_and_lastmod_only(publisher: Publisher, server: SiteServer) -> None:
    targets = [publisher.stories[4], publisher.stories[7]]
    untouched = publisher.stories[5]
    first = {s.id: get(server, s.path) for s in [*targets, untouched]}
    published = {s.id: s.published for s in targets}

    edited = publisher.edit([4, 7])
    assert edited == targets

    for story in targets:
        _, old_headers, old_body = first[story.id]
        status, headers, body = get(server, story.path, {"If-None-Match": old_headers["etag"]})
        assert status == 200
        data, old_data = jsonld(body), jsonld(old_body)
        assert data["dateModified"] > old_data["dateModified"]
        assert data["datePublished"] == old_data["datePublished"] == published[story.id].isoformat()
        assert data["headline"] == old_data["headline"]
        old_paras = html.fromstring(old_body).xpath("//div[@class='ezrichtext-field']/p/text()")
        paras = html.fromstring(body).xpath("//div[@class='ezrichtext-field']/p/text()")
        assert paras != old_paras and len(paras) == len(old_paras) + 1
        assert parsedate_to_datetime(headers["last-modified"]) == story.modified > story.published
    _, old_headers, _ = first[untouched.id]
    assert get(server, untouched.path, {"If-None-Match": old_headers["etag"]})[0] == 304

    month = f"/sitemaps/{targets[0].published:%Y-%m}.xml"
    monthly = etree.fromstring(get(server, month)[2])
    lastmods = {
        u.findtext("s:loc", namespaces=NS): u.findtext("s:lastmod", namespaces=NS)
        for u in monthly.xpath("//s:url", namespaces=NS)
    }
    for story in targets:
        assert lastmods[server.base_url + story.path] == story.modified.isoformat()
    assert lastmods[server.base_url + untouched.path] == untouched.published.isoformat()

    # A second edit makes a third version.
    publisher.edit([4])
    third = get(server, targets[0].path)[2]
    assert (
        len(html.fromstring(third).xpath("//div[@class='ezrichtext-field']/p"))
        == len(html.fromstring(first[4][2]).xpath("//div[@class='ezrichtext-field']/p")) + 2
    )


def test_pages_extract_with_the_nikkei_profile(publisher: Publisher, server: SiteServer) -> None:
    extract = pytest.importorskip("newsarchive.extract")
    story = publisher.stories[6]
    publisher.edit([6])
    _, _, body = get(server, story.path)
    article = extract.extract_article(body, server.base_url + story.path)
    assert article.extractor == "nikkei_asia"
    assert article.headline == story.headline
    assert article.body == story.body
    assert article.published_at == story.published.isoformat()
    assert article.modified_at == story.modified.isoformat()
    assert article.page_type == "article"


@pytest.mark.slow
def test_nikkei_spider_crawls_the_publisher_incrementally(
    publisher: Publisher, server: SiteServer, run_crawl
) -> None:
    """The generated site is a real crawl target: everything on the first run, only the new on the next."""
    settings = {"NEWSARCHIVE_SPIDER_BASE_URL": server.base_url}
    first = run_crawl("nikkei_asia", settings=settings)
    assert first.returncode == 0, first.log_tail()
    assert sorted(urlsplit(r["url"]).path for r in first.records) == sorted(s.path for s in publisher.stories)

    new = publisher.publish_new(3)
    second = run_crawl("nikkei_asia", settings=settings)
    assert second.returncode == 0, second.log_tail()
    added = second.records[:]
    for record in first.records:
        added.remove(record)
    assert sorted(urlsplit(r["url"]).path for r in added) == sorted(s.path for s in new)
