"""Discovery probes, round 11: feeds and sitemaps as publishers really serve them, met by a cron
`scrapy crawl article -a url=...`.

Feeds with a BOM or blank lines before `<?xml`, typed text/html, text/plain or application/octet-stream, whose
XML declaration names another encoding than the bytes (or than the HTTP charset), with HTML entities no XML
declares and Joomla's bare `&` in links; feeds behind a redirect, and an HTML page given as a feed. Sitemaps
of the protocol's full 50,000 URLs, gzipped, larger than Scrapy's DOWNLOAD_MAXSIZE, an index one of whose
children fails. Every shape is hand-built after the CMS or server habit named at its test, served from
127.0.0.1 and crawled for real; the archive's JSONL, the stats, the log and the server's request log are read.
"""

from __future__ import annotations

import functools
import gzip
from collections import Counter
from collections.abc import Callable
from urllib.parse import quote

import pytest

from newsarchive.demo.server import RSS, Request, Resource, SiteServer
from tests.crawlkit import Page, page_site_fixture, paths_of
from tests.test_crawl_discovery_shapes6 import assert_story, crawl, item, moved, only, rss, story, xml
from tests.test_crawl_discovery_shapes7 import crawl as crawl_with_settings
from tests.test_crawl_discovery_shapes7 import requested, serving
from tests.test_crawl_discovery_shapes8 import assert_whole
from tests.test_crawl_discovery_shapes9 import REVIEW, REVIEW2, REVIEW3, story_pages
from tests.test_extract_unseen_shapes2 import page

pytestmark = pytest.mark.slow

PUBLISHED = "2025-03-04T09:30:00+00:00"
FIRST = "/local/2025/03/04/ferry-timetable-changes"
SECOND = "/local/2025/03/04/harbour-wall-repaired"
TITLES = {FIRST: "Ferry timetable changes", SECOND: "Harbour wall repaired"}


def rss_body(*items: str, declaration: str = '<?xml version="1.0" encoding="UTF-8"?>') -> str:
    return (
        f'{declaration}<rss version="2.0"><channel><title>The Ledger</title><link>{{origin}}/</link>'
        "<description>News</description>" + "".join(items) + "</channel></rss>"
    )


def rss_item(link: str, title: str) -> str:
    return (
        f"<item><title>{title}</title><link>{link}</link>"
        "<pubDate>Tue, 04 Mar 2025 09:30:00 +0000</pubDate></item>"
    )


PLAIN_ITEMS = (rss_item("{origin}" + FIRST, TITLES[FIRST]), rss_item("{origin}" + SECOND, TITLES[SECOND]))


def served(body: bytes | str, content_type: str) -> Callable[[Request], Resource]:
    """A feed as served: `{origin}` made the server's own, the bytes exactly as given otherwise."""
    raw = body.encode("utf-8") if isinstance(body, str) else body
    return lambda request: Resource(
        body=raw.replace(b"{origin}", request.origin.encode()), content_type=content_type
    )


# --- the bytes before `<?xml`, and the Content-Type ---
FEEDS: dict[str, Page] = {
    # a BOM written by a Windows editor or a .NET XmlWriter (Encoding.UTF8 writes one)
    "/feeds/bom.xml": served(b"\xef\xbb\xbf" + rss_body(*PLAIN_ITEMS).encode(), RSS),
    # a PHP template with a blank line before `<?php echo '<?xml ...'`: the classic WordPress
    # functions.php "XML declaration allowed only at the start" error feed readers tolerate
    "/feeds/blank-line.xml": served("\n\n  " + rss_body(*PLAIN_ITEMS), "text/xml; charset=utf-8"),
    "/feeds/bom-blank-line.xml": served(b"\xef\xbb\xbf\r\n" + rss_body(*PLAIN_ITEMS).encode(), RSS),
    # a server typing every dynamic answer as text/html (PHP's default), a plain-text .rss, a CDN's
    # download type for files it does not know
    "/feeds/as-html.rss": served(rss_body(*PLAIN_ITEMS), "text/html; charset=UTF-8"),
    "/feeds/as-text.rss": served(rss_body(*PLAIN_ITEMS), "text/plain"),
    "/feeds/as-download.rss": served(rss_body(*PLAIN_ITEMS), "application/octet-stream"),
    "/feeds/bom-as-download.rss": served(
        b"\xef\xbb\xbf" + rss_body(*PLAIN_ITEMS).encode(), "application/octet-stream"
    ),
    FIRST: story(TITLES[FIRST]),
    SECOND: story(TITLES[SECOND]),
}

feeds_site = page_site_fixture(FEEDS, name="feeds_site")


@pytest.mark.parametrize(
    "feed",
    [
        "/feeds/bom.xml",
        "/feeds/blank-line.xml",
        "/feeds/bom-blank-line.xml",
        "/feeds/as-html.rss",
        "/feeds/as-text.rss",
        "/feeds/as-download.rss",
        "/feeds/bom-as-download.rss",
    ],
)
def test_a_feed_with_bytes_before_its_declaration_or_served_under_another_type_is_read(
    run_crawl, feeds_site: SiteServer, feed: str
) -> None:
    """An RSS feed behind a BOM or a blank line, or served as text/html, text/plain or
    application/octet-stream: read as the feed it is, both stories archived from it."""
    result = crawl(run_crawl, feeds_site, feed)
    assert paths_of(result.records) == sorted([FIRST, SECOND]), result.log_tail()
    assert result.stats.get("newsarchive/discovery/documents/feed") == 1, result.log_tail()
    for path, title in TITLES.items():
        assert_story(only(result, path), title, PUBLISHED)


# --- encodings ---
CAFE = "/kultur/2025/03/04/café-am-markt-öffnet"
CAFE_TITLE = "Café am Markt öffnet – déjà wieder"
WINE = "/kultur/2025/03/04/weinfest-verlängert"
WINE_TITLE = "Weinfest verlängert"
ENCODING_ITEMS = (rss_item("{origin}" + CAFE, CAFE_TITLE), rss_item("{origin}" + WINE, WINE_TITLE))
LATIN1_DECLARATION = '<?xml version="1.0" encoding="ISO-8859-1"?>'
CP1252_DECLARATION = '<?xml version="1.0" encoding="windows-1252"?>'

ENCODINGS: dict[str, Page] = {
    # WordPress whose blog_charset option still says ISO-8859-1 after the database went UTF-8: the
    # declaration names Latin-1, the bytes and the HTTP charset are UTF-8
    "/feeds/declared-latin1.xml": served(
        rss_body(*ENCODING_ITEMS, declaration=LATIN1_DECLARATION).encode("utf-8"), RSS
    ),
    # an old ASP feed written in Windows-1252, declaring nothing (XML's default is UTF-8), no HTTP charset
    "/feeds/undeclared-cp1252.xml": served(
        rss_body(*ENCODING_ITEMS, declaration='<?xml version="1.0"?>').encode("cp1252"), "text/xml"
    ),
    # the same feed declaring UTF-8 (a template copied from a UTF-8 one)
    "/feeds/misdeclared-cp1252.xml": served(rss_body(*ENCODING_ITEMS).encode("cp1252"), "application/xml"),
    # Windows-1252 bytes, declared so in the XML, served by a server whose default charset is UTF-8:
    # the declaration is right, the HTTP charset wrong
    "/feeds/http-says-utf8.xml": served(
        rss_body(*ENCODING_ITEMS, declaration=CP1252_DECLARATION).encode("cp1252"),
        "application/rss+xml; charset=utf-8",
    ),
    # UTF-8 bytes and declaration, served by Apache with AddDefaultCharset ISO-8859-1
    "/feeds/http-says-latin1.xml": served(
        rss_body(*ENCODING_ITEMS).encode("utf-8"), "application/rss+xml; charset=ISO-8859-1"
    ),
    CAFE: story(CAFE_TITLE),
    WINE: story(WINE_TITLE),
}

encodings_site = page_site_fixture(ENCODINGS, name="encodings_site")


@pytest.mark.parametrize(
    "feed",
    [
        "/feeds/declared-latin1.xml",
        "/feeds/undeclared-cp1252.xml",
        "/feeds/misdeclared-cp1252.xml",
        "/feeds/http-says-utf8.xml",
        "/feeds/http-says-latin1.xml",
    ],
)
def test_a_feed_whose_declared_encoding_is_not_its_bytes_gives_the_right_links(
    run_crawl, encodings_site: SiteServer, feed: str
) -> None:
    """A German culture desk's feed whose item links carry umlauts (`/kultur/.../café-am-markt-öffnet`),
    its XML declaration, its bytes and its HTTP charset disagreeing in the ways named above: each link is
    read in the encoding its bytes are in, so the stories are fetched under their own URLs and archived
    (a link read in the wrong encoding named no page: `caf%C3%83%C2%A9`, `caf%EF%BF%BD`)."""
    result = crawl(run_crawl, encodings_site, feed)
    # (a record's URL is percent-encoded UTF-8, as the request was)
    archived = sorted([quote(CAFE), quote(WINE)])
    assert paths_of(result.records) == archived, (result.log_tail(), encodings_site.requested_paths())
    assert_story(only(result, quote(CAFE)), CAFE_TITLE, PUBLISHED)
    assert_story(only(result, quote(WINE)), WINE_TITLE, PUBLISHED)
    asked = sorted(p for p in encodings_site.requested_paths() if p.startswith("/kultur/"))
    assert asked == archived, encodings_site.requested_paths()


# --- entities and bare ampersands ---
JOOMLA = "/index.php?option=com_content&view=article&id=4821&catid=12"
JOOMLA_TITLE = "Gemeinderat beschließt Radweg"
ENTITY_STORY = "/local/2025/03/04/ete-market-returns"
ENTITY_TITLE = "Été market returns"

ENTITIES: dict[str, Page] = {
    # Joomla 1.5/2.5's own feed view and many hand-rolled PHP feeds write query links with bare `&`, and
    # titles straight from the CMS's HTML with `&nbsp;` and `&eacute;`, which no XML declares
    "/feeds/entities.rss": served(
        rss_body(
            rss_item("{origin}" + JOOMLA, "Gemeinderat beschlie&szlig;t&nbsp;Radweg"),
            rss_item("{origin}" + ENTITY_STORY, "&Eacute;t&eacute; market returns"),
            # (a CDATA section's `&` is text, never an entity: left as it is)
            "<item><title><![CDATA[Fish & chips]]></title>"
            f"<link><![CDATA[{{origin}}{FIRST}?from=rss&x=1]]></link>"
            "<pubDate>Tue, 04 Mar 2025 09:30:00 +0000</pubDate></item>",
        ),
        RSS,
    ),
    JOOMLA: story(JOOMLA_TITLE),
    ENTITY_STORY: story(ENTITY_TITLE),
    f"{FIRST}?from=rss&x=1": story(TITLES[FIRST]),
}

entities_site = page_site_fixture(ENTITIES, name="entities_site")


def test_bare_ampersands_and_html_entities_in_a_feed_keep_its_links_whole(
    run_crawl, entities_site: SiteServer
) -> None:
    """A Joomla feed whose item link is `/index.php?option=com_content&view=article&id=4821&catid=12` with
    bare `&`, and whose titles carry `&nbsp;`, `&szlig;` and `&eacute;`: the link is asked for whole (the
    XML parser's recovery dropped `&view`, `&id`, `&catid`: `?option=com_content=article=4821=12`), every
    item's story archived; the CDATA link's `&` stays one."""
    result = crawl(run_crawl, entities_site, "/feeds/entities.rss")
    assert requested(entities_site, JOOMLA) == [JOOMLA], entities_site.requested_paths()
    assert len(result.records) == 3, (result.log_tail(), entities_site.requested_paths())
    assert [r["headline"] for r in result.by_path("/index.php")] == [JOOMLA_TITLE]
    assert_story(only(result, ENTITY_STORY), ENTITY_TITLE, PUBLISHED)
    assert_story(only(result, FIRST), TITLES[FIRST], PUBLISHED)


# --- links: guid, xml:base, redirects ---
INTERNAL = "https://cms.ledger-internal.example/node/90311"  # the CMS's own id, no page of the site
ATOM_ROOTED = "/news/2025/03/04/ferry-timetable-changes"

LINKS: dict[str, Page] = {
    # RSS items whose guid is the CMS's internal URL, not a permalink (Drupal's `<guid isPermaLink="false">
    # 90311 at https://...`), the page only in <link>; and an item with a permalink guid and no link
    "/feeds/guids.rss": xml(
        rss_body(
            f'<item><title>{TITLES[FIRST]}</title><guid isPermaLink="false">{INTERNAL}</guid>'
            f"<link>{{origin}}{FIRST}</link><pubDate>Tue, 04 Mar 2025 09:30:00 +0000</pubDate></item>",
            f"<item><title>{TITLES[SECOND]}</title><guid>{{origin}}{SECOND}</guid>"
            "<pubDate>Tue, 04 Mar 2025 09:30:00 +0000</pubDate></item>",
            '<item><title>Untitled</title><guid isPermaLink="false">ledger-90312</guid>'
            "<pubDate>Tue, 04 Mar 2025 09:30:00 +0000</pubDate></item>",
        ),
        RSS,
    ),
    # a Hugo/Jekyll Atom feed with root-relative links and no xml:base, served from a subfolder, and a
    # second entry relative to an xml:base naming the site's origin with a path
    "/blog/feeds/atom.xml": xml(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>The Ledger</title><id>tag:ledger,2025:feed</id><updated>2025-03-04T09:30:00Z</updated>"
        f'<entry><title>{TITLES[FIRST]}</title><link href="{ATOM_ROOTED}"/><id>tag:ledger,2025:1</id>'
        "<published>2025-03-04T09:30:00Z</published><updated>2025-03-04T09:30:00Z</updated></entry>"
        f'<entry xml:base="{{origin}}/local/2025/03/"><title>{TITLES[SECOND]}</title>'
        '<link rel="alternate" type="text/html" href="04/harbour-wall-repaired"/><id>tag:ledger,2025:2</id>'
        "<published>2025-03-04T09:30:00Z</published><updated>2025-03-04T09:30:00Z</updated></entry></feed>",
        "application/atom+xml; charset=utf-8",
    ),
    # a feed moved with the CMS: `/rss` answers 301 to `/feed/`, which answers 302 to a dated copy
    "/rss": moved("/feed/"),
    "/feed/": moved("/feed/2025-03-04.xml", 302),
    "/feed/2025-03-04.xml": xml(rss_body(*PLAIN_ITEMS), RSS),
    FIRST: story(TITLES[FIRST]),
    SECOND: story(TITLES[SECOND]),
    ATOM_ROOTED: story(TITLES[FIRST]),
}

links_site = page_site_fixture(LINKS, name="links_site")


def test_an_rss_guid_that_is_no_permalink_is_never_followed(run_crawl, links_site: SiteServer) -> None:
    """Drupal-style items: the `isPermaLink="false"` guid (another host's internal URL, or an id) is never
    a link; the page comes from <link>, or from a guid that is a permalink when the item has no link."""
    result = crawl(run_crawl, links_site, "/feeds/guids.rss")
    assert paths_of(result.records) == sorted([FIRST, SECOND]), result.log_tail()
    for path, title in TITLES.items():
        assert_story(only(result, path), title, PUBLISHED)
    assert result.stats.get("newsarchive/discovery/feed_entries") == 2, result.log_tail()


def test_an_atom_feed_in_a_subfolder_resolves_root_relative_and_xml_base_links(
    run_crawl, links_site: SiteServer
) -> None:
    result = crawl(run_crawl, links_site, "/blog/feeds/atom.xml")
    assert paths_of(result.records) == sorted([ATOM_ROOTED, SECOND]), result.log_tail()
    assert_story(only(result, ATOM_ROOTED), TITLES[FIRST], PUBLISHED)
    assert_story(only(result, SECOND), TITLES[SECOND], PUBLISHED)


def test_a_feed_url_that_redirects_twice_is_read_as_the_feed(run_crawl, links_site: SiteServer) -> None:
    """`-a url=.../rss` (the address in an old cron line) answering 301 to `/feed/`, which answers 302 to
    the feed: read as a feed (no "HTML page" warning), both stories archived."""
    result = crawl(run_crawl, links_site, "/rss")
    assert paths_of(result.records) == sorted([FIRST, SECOND]), result.log_tail()
    assert result.stats.get("newsarchive/discovery/documents/feed") == 1, result.log_tail()
    assert result.stats.get("newsarchive/spider/start_not_feed") is None, result.log_tail()
    assert "gave nothing to crawl" not in result.stderr, result.log_tail()


# --- an HTML page given as a feed ---
def section_front(*links: str) -> str:
    cards = "".join(f'<li><h2><a href="{link}">{TITLES.get(link, link)}</a></h2></li>' for link in links)
    return page("<title>Local news | The Ledger</title>", f"<main><h1>Local news</h1><ul>{cards}</ul></main>")


HTML_AS_FEED: dict[str, Page] = {
    # a CMS that retired its feeds and serves its section front under the old feed URL
    "/feeds/local.rss": section_front(FIRST, SECOND),
    # a maintenance page with a 200 and nothing to follow
    "/feeds/all.rss": page(
        "<title>Down for maintenance | The Ledger</title>",
        "<main><h1>We'll be back soon</h1><p>The Ledger is down for scheduled maintenance.</p></main>",
    ),
    FIRST: story(TITLES[FIRST]),
    SECOND: story(TITLES[SECOND]),
}

html_site = page_site_fixture(HTML_AS_FEED, name="html_site")


def test_an_html_page_given_as_a_feed_says_so_and_falls_back_to_its_links(
    run_crawl, html_site: SiteServer
) -> None:
    """A section front served at the old feed URL: one WARNING naming it as an HTML page with its title and
    a stat (`newsarchive/spider/start_not_feed`), then its links read as a front's: both stories archived."""
    result = crawl(run_crawl, html_site, "/feeds/local.rss")
    assert result.stats.get("newsarchive/spider/start_not_feed") == 1, result.log_tail()
    assert "answered an HTML page (title 'Local news | The Ledger')" in result.stderr, result.log_tail()
    assert paths_of(result.records) == sorted([FIRST, SECOND]), result.log_tail()


def test_a_maintenance_page_given_as_a_feed_is_no_silent_empty_crawl(
    run_crawl, html_site: SiteServer
) -> None:
    """A maintenance page with a 200 under the feed URL: the WARNING and stat above, and a second WARNING
    that the start URL gave nothing to crawl; the run report fails the run (exit status 3: no article)."""
    site = html_site
    site.clear_log()
    result = run_crawl("article", f"url={site.url('/feeds/all.rss')}")
    assert result.stats.get("newsarchive/spider/start_not_feed") == 1, result.log_tail()
    assert "gave nothing to crawl: an HTML page that is not an article" in result.stderr, result.log_tail()
    assert result.records == [] and result.returncode == 3, result.log_tail()


# --- the later-page memo, bounded in bytes ---
@pytest.mark.parametrize(
    ("megabytes", "downloads", "reused", "evicted"),
    [(None, 1, 2, None), (0.0016, 2, None, 3), (0, 2, None, None)],
    ids=["default", "room-for-one-page", "off"],
)
def test_the_later_page_memo_is_bounded_in_bytes_and_says_when_it_forgets(
    run_crawl, megabytes: float | None, downloads: int, reused: int | None, evicted: int | None
) -> None:
    """Round 10's hardware review (three pages, `,5812-2.html`, 1.1-1.3 kB each) whose feed lists its later
    pages alone, page 3 first, crawled one request at a time: each later page is met alone, then asked for
    again as the first page's continuation. By default (16 MB) each is downloaded once and answered once
    from the memo; with room for one page's answer (`-s NEWSARCHIVE_HTTP_LATER_PAGE_MEMO_MB=0.0016`) each
    answer kept pushes out the one before (`newsarchive/spider/article_page_memo_evicted`), so each page is
    downloaded twice, as with the memo off (`0`). The review is one whole record every time: the memo saves
    downloads, it never loses a page."""
    feed = rss(*(item("{origin}" + path, "Quiet fan test") for path in (REVIEW3, REVIEW2)))
    settings: dict[str, object] = {"CONCURRENT_REQUESTS": 1, "NEWSARCHIVE_STATE_ENABLED": False}
    if megabytes is not None:
        settings["NEWSARCHIVE_HTTP_LATER_PAGE_MEMO_MB"] = megabytes
    with serving(story_pages(**{"/feeds/reviews.rss": feed})) as site:
        result = crawl_with_settings(run_crawl, site, "/feeds/reviews.rss", settings=settings)
        assert paths_of(result.records) == [REVIEW], result.log_tail()
        assert_whole(only(result, REVIEW), "Quiet fan test", "Ines Varga")
        assert Counter(requested(site, REVIEW2, REVIEW3)) == {REVIEW2: downloads, REVIEW3: downloads}, (
            site.requested_paths()
        )
        assert result.stats.get("newsarchive/spider/article_page_reused") == reused, result.log_tail()
        assert result.stats.get("newsarchive/spider/article_page_memo_evicted") == evicted, result.log_tail()


# --- big sitemaps ---
BIG_ENTRIES = 50_000  # sitemaps.org's most URLs in one sitemap
BIG_DAY = "2025-03-04"
#: the three entries dated in the backfill's window; every other entry is a year older
BIG_IN_WINDOW = (7, 24_999, 49_999)


def big_story(n: int) -> str:
    return f"/archive/2024/{n:05d}/council-meeting-report-number-{n}-with-a-long-descriptive-slug"


@functools.cache
def big_urlset() -> bytes:
    """A WordPress/Yoast-shaped urlset of 50,000 posts, each with its lastmod and a featured image (Yoast's
    image:image), about 20 MB: over Scrapy's DOWNLOAD_MAXSIZE (16 MB here), under the protocol's 50 MB."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        ' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">'
    ]
    for n in range(BIG_ENTRIES):
        day = BIG_DAY if n in BIG_IN_WINDOW else "2024-01-15"
        parts.append(
            f"<url><loc>{{origin}}{big_story(n)}</loc><lastmod>{day}T09:30:00+00:00</lastmod>"
            f"<image:image><image:loc>{{origin}}/wp-content/uploads/2024/01/council-meeting-{n}-1024x683.jpg"
            "</image:loc><image:title>Councillors at the meeting in the town hall chamber</image:title>"
            "</image:image></url>"
        )
    parts.append("</urlset>")
    return "".join(parts).encode()


def big_site() -> dict[str, Page]:
    """The big urlset, built at its first request (not when the tests are collected)."""
    zipped: dict[str, bytes] = {}

    def plain(request: Request) -> Resource:
        body = big_urlset()
        return Resource(body=body.replace(b"{origin}", request.origin.encode()), content_type=XML_TYPE)

    def compressed(request: Request) -> bytes:
        if request.origin not in zipped:
            zipped[request.origin] = gzip.compress(
                big_urlset().replace(b"{origin}", request.origin.encode()), 6
            )
        return zipped[request.origin]

    pages: dict[str, Page] = {
        "/post-sitemap.xml": plain,
        # a `.xml.gz` served as a file (no Content-Encoding), and the plain URL gzipped on the fly by nginx's
        # `gzip on` (Content-Encoding: gzip)
        "/post-sitemap.xml.gz": lambda request: Resource(
            body=compressed(request), content_type="application/x-gzip"
        ),
        "/post-sitemap-gzip.xml": lambda request: Resource(
            body=compressed(request), content_type=XML_TYPE, headers={"Content-Encoding": "gzip"}
        ),
    }
    for n in BIG_IN_WINDOW:
        pages[big_story(n)] = story(f"Council meeting report {n}", published=f"{BIG_DAY}T09:30:00+00:00")
    return pages


XML_TYPE = "application/xml; charset=utf-8"
big_sitemap_site = page_site_fixture(big_site(), name="big_sitemap_site")


@pytest.mark.parametrize("sitemap", ["/post-sitemap.xml", "/post-sitemap.xml.gz", "/post-sitemap-gzip.xml"])
def test_a_sitemap_of_50000_urls_over_download_maxsize_is_read_whole(
    run_crawl, big_sitemap_site: SiteServer, sitemap: str
) -> None:
    """The protocol's largest sitemap (50,000 URLs, ~20 MB with Yoast's image entries), plain, as a `.xml.gz`
    file, and gzipped by the server: a backfill of one day (`-a since=2025-03-04 -a until=2025-03-04`) reads
    every entry (`newsarchive/discovery/sitemap_entries`), passes by the 49,997 dated outside its window and
    archives the three in it. (Scrapy's DOWNLOAD_MAXSIZE, 16 MB, cancelled the plain download and stopped
    the server-gzipped one's decompression: nothing was read, with a WARNING among the log's lines.) No
    warning of Scrapy's DOWNLOAD_WARNSIZE (4 MB) either: a sitemap up to the protocol's 50 MB is normal."""
    site = big_sitemap_site
    result = crawl(run_crawl, site, sitemap, f"since={BIG_DAY}", f"until={BIG_DAY}")
    assert result.stats.get("newsarchive/discovery/sitemap_entries") == BIG_ENTRIES, result.log_tail()
    outside = result.stats.get("newsarchive/backfill/sitemap_entries_outside")
    assert outside == BIG_ENTRIES - len(BIG_IN_WINDOW), result.log_tail()
    assert paths_of(result.records) == sorted(big_story(n) for n in BIG_IN_WINDOW), result.log_tail()
    assert "larger than download warn size" not in result.stderr, result.log_tail()
    assert "larger than download max size" not in result.stderr, result.log_tail()
    assert result.stats.get("newsarchive/discovery/too_large") is None, result.log_tail()


# --- a sitemap index one of whose children fails ---
INDEX = "/sitemap_index.xml"
CHILDREN = ("/post-sitemap1.xml", "/post-sitemap2.xml", "/post-sitemap3.xml")
CHILD_STORIES = {
    CHILDREN[0]: "/2025/03/04/tram-depot-plans-approved",
    CHILDREN[1]: "/2025/03/03/night-bus-route-added",
    CHILDREN[2]: "/2025/03/02/library-hours-extended",
}
CHILD_LASTMOD = "2025-03-04T10:00:00+00:00"


def child_urlset(path: str) -> Page:
    return xml(
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{{origin}}{path}</loc><lastmod>{CHILD_LASTMOD}</lastmod></url></urlset>"
    )


def index_pages() -> dict[str, Page]:
    pages: dict[str, Page] = {
        INDEX: xml(
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(
                f"<sitemap><loc>{{origin}}{child}</loc><lastmod>{CHILD_LASTMOD}</lastmod></sitemap>"
                for child in CHILDREN
            )
            + "</sitemapindex>"
        ),
    }
    for child, path in CHILD_STORIES.items():
        pages[child] = child_urlset(path)
        title = path.rsplit("/", 1)[-1].replace("-", " ").capitalize()
        pages[path] = story(title, published=f"{path[1:11].replace('/', '-')}T09:30:00+00:00")
    return pages


@pytest.mark.parametrize(
    "failure",
    [404, 500],
    ids=["404", "500-every-time"],
)
def test_a_child_sitemap_that_fails_costs_only_its_own_entries_and_is_read_next_run(
    run_crawl, failure: int
) -> None:
    """A Yoast sitemap index of three post sitemaps, the second answering 404 (a cache purge racing the
    plugin's rebuild), or 500 through every retry: the other two children's stories are archived, the
    failure is one WARNING line and `newsarchive/discovery/sitemap_failed`; the next cron run, the child
    back, reads it and archives its story (the failed child was marked "read" at the clean close with its
    index lastmod, and skipped as unchanged for the re-check period, 7 days)."""
    pages = index_pages()
    healthy = pages[CHILDREN[1]]
    pages[CHILDREN[1]] = Resource(status=failure, body=b"<html><body><h1>Error</h1></body></html>")
    with serving(pages) as site:
        first = crawl(run_crawl, site, INDEX)
        kept = [CHILD_STORIES[CHILDREN[0]], CHILD_STORIES[CHILDREN[2]]]
        assert paths_of(first.records) == sorted(kept), first.log_tail()
        assert first.stats.get("newsarchive/discovery/sitemap_failed") == 1, first.log_tail()
        assert f"sitemap {site.url(CHILDREN[1])} failed" in first.stderr, first.log_tail()
        pages[CHILDREN[1]] = healthy
        second = crawl(run_crawl, site, INDEX)
        assert requested(site, *CHILDREN) == [CHILDREN[1]], site.requested_paths()
        assert paths_of(second.records) == sorted(CHILD_STORIES.values()), second.log_tail()


# --- a news sitemap and a backfill's window ---
NEWS_IN = "/politics/2025/03/04/budget-vote-delayed"  # published in the window, edited after it
NEWS_OLD = "/politics/2025/02/20/coalition-talks-begin"  # published before, edited in the window
NEWS_LATE = "/politics/2025/03/06/minister-resigns"  # published after the window


def news_entry(path: str, published: str, lastmod: str, title: str) -> str:
    return (
        f"<url><loc>{{origin}}{path}</loc><lastmod>{lastmod}</lastmod><news:news><news:publication>"
        "<news:name>The Ledger</news:name><news:language>en</news:language></news:publication>"
        f"<news:publication_date>{published}</news:publication_date><news:title>{title}</news:title>"
        "</news:news></url>"
    )


NEWS_PAGES: dict[str, Page] = {
    "/news-sitemap.xml": xml(
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + news_entry(NEWS_IN, "2025-03-04T09:30:00Z", "2025-03-07T08:00:00Z", "Budget vote delayed")
        + news_entry(NEWS_OLD, "2025-02-20T09:30:00Z", "2025-03-04T12:00:00Z", "Coalition talks begin")
        + news_entry(NEWS_LATE, "2025-03-06T09:30:00Z", "2025-03-06T09:30:00Z", "Minister resigns")
        + "</urlset>"
    ),
    NEWS_IN: story("Budget vote delayed"),
    NEWS_OLD: story("Coalition talks begin", published="2025-02-20T09:30:00+00:00"),
    NEWS_LATE: story("Minister resigns", published="2025-03-06T09:30:00+00:00"),
}
news_site = page_site_fixture(NEWS_PAGES, name="news_site")


def test_a_news_sitemaps_publication_date_not_its_lastmod_decides_a_backfills_window(
    run_crawl, news_site: SiteServer
) -> None:
    """A Google News sitemap whose entries carry news:publication_date and a later <lastmod> (edits): a
    backfill of 2025-03-01..2025-03-05 asks for the story published in it though edited after it, and
    neither the one published before it and edited in it nor the one published after it."""
    result = crawl(run_crawl, news_site, "/news-sitemap.xml", "since=2025-03-01", "until=2025-03-05")
    assert requested(news_site, NEWS_IN, NEWS_OLD, NEWS_LATE) == [NEWS_IN], news_site.requested_paths()
    assert_story(only(result, NEWS_IN), "Budget vote delayed", PUBLISHED)
    assert result.stats.get("newsarchive/backfill/sitemap_entries_outside") == 2, result.log_tail()
