"""Discovery on real documents: the generic fixture site's feeds, sitemaps and pages, plus edge cases."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from parsel import Selector

from newsarchive.discovery import detect
from newsarchive.discovery._xml import MAX_XML_BYTES
from newsarchive.discovery.feeds import feed_kind, feed_links_in_html, parse_feed, read_feed
from newsarchive.discovery.hints import Hints
from newsarchive.discovery.links import SiteScope, clean_link, page_links
from newsarchive.discovery.pagination import listing_key, page_number, pagination_links
from newsarchive.discovery.schedule import FRESH, NEW, NOT_ARCHIVED, RECHECK, UPDATED, decide
from newsarchive.discovery.sitemaps import NEWS, SITEMAP_INDEX, URLSET, parse_sitemap, sitemaps_from_robots
from newsarchive.state import ArticleState
from tests.crawlhelp import GENERIC_ARTICLES, GENERIC_LATEST, GENERIC_ORIGIN, GENERIC_SITE, GENERIC_SPORT

BASE = "http://127.0.0.1:8080"


def read(rel: str) -> bytes:
    return (GENERIC_SITE / rel).read_bytes()


def served(rel: str) -> bytes:
    """A file as SiteServer serves it: the site's absolute origin rewritten to the local one."""
    return read(rel).replace(GENERIC_ORIGIN.encode(), BASE.encode())


def path_of(url: str) -> str:
    return url.removeprefix(BASE)


# --- feeds ------------------------------------------------------------------------------------------
def test_rss_feed_links_dates_and_categories() -> None:
    entries = parse_feed(served("feed.xml"), base_url=BASE + "/feed/")
    assert feed_kind(served("feed.xml")) == "rss"
    local = [e for e in entries if e.url.startswith(BASE)]
    assert {path_of(e.url) for e in local} == GENERIC_LATEST
    assert entries[-1].url == "https://example.org/syndicated/weather-outlook/"
    storm = entries[0]
    assert storm.title == "Storm warning issued for the coast as gales approach"
    assert storm.published == "2024-05-18T07:10:00+01:00"  # RFC 822 pubDate as ISO 8601
    assert storm.categories == ["News"]
    # guid isPermaLink="false" (?p=100) must not replace the real link
    assert "?p=" not in storm.url


def test_atom_feed_uses_alternate_link_not_replies() -> None:
    entries = parse_feed(served("category/sport/feed.xml"), base_url=BASE + "/category/sport/feed/")
    assert feed_kind(served("category/sport/feed.xml")) == "atom"
    assert {path_of(e.url) for e in entries} == GENERIC_SPORT
    assert all("#comments" not in e.url for e in entries)
    assert entries[0].published == entries[0].updated == "2024-05-17T21:45:00+01:00"
    assert entries[0].categories == ["Sport"]
    assert Hints.from_feed(entries[0]).to_meta() == {
        "newsarchive_source": "feed",
        "newsarchive_hint_date": "2024-05-17T21:45:00+01:00",
        "newsarchive_news_title": "Riverside Rovers win regional final in extra time",
        "newsarchive_lastmod": "2024-05-17T21:45:00+01:00",
    }


def test_rss_relative_links_guid_permalinks_and_rdf() -> None:
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
    <item><title>A</title><link>/a/story-one</link><pubDate>not a date</pubDate></item>
    <item><title>B</title><guid>https://news.example/b/story-two</guid></item>
    <item><title>no link</title><guid isPermaLink="false">tag:news.example,2024:3</guid></item>
    </channel></rss>"""
    entries = parse_feed(rss, base_url="https://news.example/feed")
    assert [e.url for e in entries] == [
        "https://news.example/a/story-one",
        "https://news.example/b/story-two",
    ]
    assert entries[0].published == "not a date"  # kept verbatim rather than guessed
    rdf = b"""<?xml version="1.0"?>
    <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
      xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://news.example/"><title>t</title><link>https://news.example/</link></channel>
      <item rdf:about="https://news.example/c"><title>C</title><link>https://news.example/c/story</link>
        <dc:date>2024-05-01T10:00:00Z</dc:date></item>
    </rdf:RDF>"""
    assert feed_kind(rdf) == "rdf"
    (entry,) = parse_feed(rdf, base_url="https://news.example/rdf")
    assert (entry.url, entry.published) == ("https://news.example/c/story", "2024-05-01T10:00:00Z")


def test_not_a_feed() -> None:
    assert parse_feed(read("index.html"), base_url=BASE) == []
    assert parse_feed(b"", base_url=BASE) == []
    assert parse_feed(b"\x00\x01binary", base_url=BASE) == []


def test_feed_discovery_in_html() -> None:
    home = read("index.html").decode()
    assert feed_links_in_html(home, BASE + "/") == [BASE + "/feed/", BASE + "/feed/atom/"]
    sport = read("category/sport/index.html").decode()
    assert feed_links_in_html(sport, BASE + "/category/sport/") == [BASE + "/category/sport/feed/"]
    # rel=alternate hreflang links and stylesheets are not feeds
    html = '<link rel="alternate" hreflang="fr" href="/fr/"><link rel="stylesheet" href="/s.css">'
    assert feed_links_in_html(html, BASE) == []


# --- sitemaps ---------------------------------------------------------------------------------------
def test_sitemap_index_detected_from_body() -> None:
    sitemap = parse_sitemap(served("sitemap_index.xml"), base_url=BASE + "/sitemap")
    assert sitemap is not None and sitemap.kind == SITEMAP_INDEX and sitemap.is_index
    assert [path_of(e.loc) for e in sitemap.entries] == [
        "/news-sitemap.xml",
        "/post-sitemap-2024-05.xml",
        "/post-sitemap-2024-04.xml",
        "/page-sitemap.xml",
    ]
    assert sitemap.entries[0].lastmod == "2024-05-18T07:10:00+01:00"


def test_google_news_sitemap_keeps_news_fields_and_ignores_image_loc() -> None:
    sitemap = parse_sitemap(served("news-sitemap.xml"), base_url=BASE)
    assert sitemap is not None and sitemap.kind == NEWS
    first = sitemap.entries[0]
    assert path_of(first.loc) == "/2024/05/18/storm-warning-issued-for-coast/"  # not the nested image:loc
    assert first.news_publication_date == "2024-05-18T07:10:00+01:00"
    assert first.news_title == "Storm warning issued for the coast as gales approach"
    assert Hints.from_sitemap(first).to_meta() == {
        "newsarchive_source": "sitemap",
        "newsarchive_hint_date": "2024-05-18T07:10:00+01:00",
        "newsarchive_news_title": "Storm warning issued for the coast as gales approach",
    }


def test_monthly_urlset_keeps_lastmod_and_gzip_is_read() -> None:
    body = served("post-sitemap-2024-05.xml")
    may = GENERIC_ARTICLES - {"/2024/04/28/marathon-route-unveiled/"}
    for data in (body, gzip.compress(body)):
        sitemap = parse_sitemap(data, base_url=BASE)
        assert sitemap is not None and sitemap.kind == URLSET
        assert {path_of(e.loc) for e in sitemap.entries} == may
        assert all(e.lastmod and e.news_title is None for e in sitemap.entries)


def test_sitemap_entities_are_not_expanded_and_no_file_is_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    body = f"""<?xml version="1.0"?>
    <!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file://{secret}"><!ENTITY a "aaaaaaaaaa">
      <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>https://news.example/x/&xxe;</loc></url>
      <url><loc>https://news.example/y/&c;</loc></url>
      <url><loc>/relative/story</loc></url>
    </urlset>""".encode()
    sitemap = parse_sitemap(body, base_url="https://news.example/sitemap.xml")
    assert sitemap is not None
    locs = [e.loc for e in sitemap.entries]
    assert not any("TOPSECRET" in loc or "aaaaaaaaaa" in loc for loc in locs)
    assert "https://news.example/relative/story" in locs


def test_sitemap_entry_cap_and_non_sitemaps() -> None:
    urls = "".join(f"<url><loc>https://n.example/{i}</loc></url>" for i in range(50))
    body = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()
    capped = parse_sitemap(body, max_entries=10)
    assert capped is not None and len(capped.entries) == 10
    assert parse_sitemap(served("feed.xml")) is None
    assert parse_sitemap(read("index.html")) is None
    assert parse_sitemap(b"") is None


def test_robots_sitemap_lines() -> None:
    text = served("robots.txt").decode()
    assert sitemaps_from_robots(text, BASE + "/robots.txt") == [BASE + "/sitemap_index.xml"]
    messy = "user-agent: *\nSITEMAP: /a.xml # main\nsitemap:https://x.example/b.xml\nSitemap: /a.xml\n"
    assert sitemaps_from_robots(messy, "https://x.example/robots.txt") == [
        "https://x.example/a.xml",
        "https://x.example/b.xml",
    ]


# --- what a document is -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("rel", "content_type", "kind"),
    [
        ("feed.xml", "text/html; charset=utf-8", detect.FEED),  # a feed mislabelled as HTML
        ("feed/atom.xml", "application/octet-stream", detect.FEED),
        ("sitemap_index.xml", "text/html", detect.SITEMAP),
        ("post-sitemap-2024-04.xml", "application/xml", detect.SITEMAP),  # after an xml-stylesheet PI
        ("index.html", "application/xml", detect.HTML),
        ("robots.txt", "text/plain", detect.ROBOTS),
    ],
)
def test_document_kind_from_body(rel: str, content_type: str, kind: str) -> None:
    assert detect.document_kind(read(rel), content_type) == kind


def test_document_kind_edge_cases() -> None:
    assert detect.document_kind(b"\xef\xbb\xbf<!-- hi --><rss version='2.0'/>", None) == detect.FEED
    assert (
        detect.document_kind(gzip.compress(read("news-sitemap.xml")), "application/x-gzip") == detect.SITEMAP
    )
    assert detect.document_kind(b"\x89PNG\r\n", "image/png") == detect.OTHER


# --- pagination ---------------------------------------------------------------------------------------
def pages_of(rel: str, url: str) -> list[tuple[str, int | None]]:
    return [(path_of(p.url), p.page) for p in pagination_links(Selector(text=read(rel).decode()), BASE + url)]


def test_pagination_older_posts_and_page_numbers() -> None:
    assert pages_of("category/news/index.html", "/category/news/") == [("/category/news/page/2/", 2)]
    assert pages_of("index.html", "/") == [("/page/2/", 2)]
    # the last page offers only "Newer posts" and the link back to page 1: nothing further
    assert pages_of("category/news/page/2/index.html", "/category/news/page/2/") == []


def test_pagination_rel_next_arrow_and_query_param() -> None:
    assert pages_of("category/sport/index.html", "/category/sport/") == [("/category/sport/?page=2", 2)]
    assert pages_of("category/sport/page-2.html", "/category/sport/?page=2") == []


def test_pagination_link_rel_next_and_next_text() -> None:
    html = """<html><head><link rel="next" href="/world?page=3"></head><body>
    <a href="/world?page=4">4</a><a href="/politics?page=2">2</a><a href="/world/archive">Next &raquo;</a>
    <a href="/world?page=2">2</a></body></html>"""
    found = pagination_links(Selector(text=html), "https://n.example/world?page=2")
    assert [(p.url, p.page) for p in found] == [
        ("https://n.example/world?page=3", 3),
        ("https://n.example/world?page=4", 4),  # same listing, another page
        ("https://n.example/world/archive", None),  # "Next »" text
    ]  # /politics?page=2 is another listing; ?page=2 is the current page
    assert page_number("https://n.example/a/page/7/") == 7
    assert listing_key("https://n.example/a/page/7/") == listing_key("https://n.example/a/")


# --- links --------------------------------------------------------------------------------------------
def test_clean_link_drops_what_a_crawler_never_follows() -> None:
    base = "https://news.example/section/"
    never = ["mailto:a@b.c", "javascript:void(0)", "tel:+1", "#top", "", "  ", "data:text/html,x"]
    never += ["/img/photo.JPG", "/files/report.pdf", "/style.css?ver=1", "ftp://news.example/x"]
    for href in never:
        assert clean_link(href, base) is None, href
    assert clean_link(" story-a#comments ", base) == "https://news.example/section/story-a"
    assert clean_link("//NEWS.example/b?id=1", base) == "https://news.example/b?id=1"


def test_site_scope_is_host_and_www_twin_only() -> None:
    scope = SiteScope.for_url("https://www.news.example/world/")
    assert scope.contains("https://news.example/a")
    assert scope.contains("http://www.news.example/b")
    assert not scope.contains("https://shop.news.example/c")
    assert not scope.contains("https://news.example.evil.test/d")
    local = SiteScope.for_url("http://127.0.0.1:8080/")
    assert local.contains("http://127.0.0.1:8080/x") and not local.contains("http://127.0.0.1:9090/x")


def test_page_links_of_the_homepage() -> None:
    links = list(page_links(Selector(text=read("index.html").decode()), BASE + "/"))
    urls = [link.url for link in links]
    assert len(urls) == len(set(urls))
    scope = SiteScope.for_url(BASE)
    on_site = {path_of(u) for u in urls if scope.contains(u)}
    assert on_site >= GENERIC_LATEST
    assert "https://example.org/partner-story/" in urls  # off-site links are the caller's to filter
    assert not [u for u in urls if "wp-content" in u or u.startswith(("mailto", "javascript"))]
    assert any(link.text == "Older posts" for link in links)


# --- schedule -----------------------------------------------------------------------------------------
NOW = datetime(2024, 6, 1, 12, tzinfo=UTC)


def known(**kwargs: object) -> ArticleState:
    return ArticleState(url="https://n.example/a", **kwargs)  # type: ignore[arg-type]


def test_decide() -> None:
    recent = (NOW - timedelta(days=1)).isoformat()
    old = (NOW - timedelta(days=30)).isoformat()
    assert decide(None, now=NOW).reason == NEW
    assert decide(known(last_seen=recent), now=NOW).reason == NOT_ARCHIVED
    # Validators of a copy that never reached the archive must not make the request conditional.
    unarchived = decide(known(last_seen=recent, etag='"x"', last_modified="Tue, 14 May 2024 08:00:00 GMT"))
    assert (unarchived.reason, unarchived.meta) == (NOT_ARCHIVED, {})
    fresh = decide(known(archived_at=recent, etag='"x"'), now=NOW)
    assert (fresh.fetch, fresh.reason) == (False, FRESH)
    updated = decide(known(archived_at=recent, etag='"x"'), changed_at=NOW.isoformat(), now=NOW)
    assert (updated.fetch, updated.reason) == (True, UPDATED)
    assert updated.meta == {"newsarchive_etag": '"x"', "handle_httpstatus_list": [304]}
    older_change = decide(known(archived_at=recent), changed_at="2024-01-01", now=NOW)
    assert older_change.reason == FRESH
    recheck = decide(known(archived_at=old, last_modified="Tue, 14 May 2024 08:00:00 GMT"), now=NOW)
    assert (recheck.fetch, recheck.reason) == (True, RECHECK)
    assert recheck.meta["newsarchive_last_modified"] == "Tue, 14 May 2024 08:00:00 GMT"
    # a recent 304 (last_seen) postpones the next re-check
    assert decide(known(archived_at=old, last_seen=recent), now=NOW).reason == FRESH
    assert decide(known(archived_at=old), now=NOW, recheck_days=0).reason == FRESH


def _gzip_past_the_cap(head: bytes) -> bytes:
    # Whitespace after a valid head compresses to ~50 KB yet unpacks past MAX_XML_BYTES.
    return gzip.compress(head + b" " * (MAX_XML_BYTES + 1), compresslevel=1)


def test_oversized_gzip_sitemap_is_marked_not_raised() -> None:
    head = b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    sitemap = parse_sitemap(_gzip_past_the_cap(head), base_url=BASE + "/huge.xml.gz")
    assert sitemap is not None and sitemap.kind == URLSET
    assert sitemap.too_large and sitemap.entries == []
    small = parse_sitemap(gzip.compress(served("post-sitemap-2024-05.xml")), base_url=BASE)
    assert small is not None and not small.too_large


def test_oversized_gzip_feed_is_marked_not_raised() -> None:
    feed = read_feed(_gzip_past_the_cap(b'<?xml version="1.0"?><rss version="2.0"><channel>'), base_url=BASE)
    assert feed is not None and feed.kind == "rss" and feed.too_large and feed.entries == []
    normal = read_feed(served("feed.xml"), base_url=BASE + "/feed/")
    assert normal is not None and not normal.too_large
    assert [e.url for e in normal.entries] == [
        e.url for e in parse_feed(served("feed.xml"), base_url=BASE + "/feed/")
    ]
    assert read_feed(read("index.html"), base_url=BASE) is None


def test_a_page_linked_under_two_spellings_is_followed_once() -> None:
    from scrapy.utils.test import get_crawler

    from newsarchive.spiders.article import ArticleSpider

    crawler = get_crawler(ArticleSpider, settings_dict={"NEWSARCHIVE_STATE_ENABLED": False})
    spider = ArticleSpider.from_crawler(crawler, url="https://example.com/")
    assert spider.first_variant("https://example.com/news/a")
    assert spider.first_variant("https://example.com/news/a")  # the same URL again: Scrapy's dupefilter's
    assert not spider.first_variant("https://example.com/news/a/")
    assert not spider.first_variant("https://EXAMPLE.com/news/a")
    assert spider.first_variant("https://example.com/news/b/")
    assert not spider.first_variant("https://example.com/news/b")
    assert crawler.stats.get_value("newsarchive/discovery/url_variants") == 3
