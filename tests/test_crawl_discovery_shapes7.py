"""Discovery probes, round 7: what a cron `scrapy crawl article -a url=...` meets on publishers nobody tuned
for, over two or three runs sharing one crawl state. Each shape is hand-built after the CMS or publisher
habit named at its test, served from 127.0.0.1 by a server of its own (its pages change between runs where
the shape needs it) and crawled for real; the archive's JSONL and the server's request log are read back.

The story pages, feeds and checks are round 6's (tests/test_crawl_discovery_shapes6.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, MutableMapping
from contextlib import contextmanager
from urllib.parse import urlsplit

import pytest

from newsarchive.demo.server import Request, Resource, SiteServer
from newsarchive.discovery.detect import FEED, OTHER, document_kind
from newsarchive.discovery.feeds import feed_links_in_html, read_feed
from tests.crawlkit import CrawlResult, Page, PageTable, paths_of
from tests.test_crawl_discovery_shapes6 import assert_story, item, moved, only, rss, story, xml
from tests.test_extract_unseen_shapes2 import page

pytestmark = pytest.mark.slow

JSON_FEED = "application/feed+json; charset=utf-8"


@contextmanager
def serving(pages: MutableMapping[str, Page]) -> Iterator[SiteServer]:
    """A server of the shape's own: `pages` may be changed between two crawls."""
    with SiteServer(resolver=PageTable(pages)) as server:
        yield server


def crawl(
    run_crawl: Callable[..., CrawlResult], site: SiteServer, path: str, *, settings: dict | None = None
) -> CrawlResult:
    """One cron run of `scrapy crawl article -a url=<path>`; the server's log then holds its requests only."""
    site.clear_log()
    result = run_crawl("article", f"url={site.url(path)}", settings=settings)
    assert result.returncode == 0, result.log_tail()
    return result


def requested(site: SiteServer, *paths: str) -> list[str]:
    """The requests the last crawl made for any of `paths` (a path alone matches any query string)."""
    return [p for p in site.requested_paths() if p in paths or urlsplit(p).path in paths]


# --- dead links a feed keeps listing ---
LIVE = "/local/2025/03/04/school-roof-repaired"
GONE = "/local/2025/03/03/withdrawn-story"  # 410: the publisher says it is gone for good
MISSING = "/local/2025/03/03/story-not-yet-live"  # 404 now, a page later (a scheduled post listed early)
SHORTLINK = "/?p=90311"  # WordPress's shortlink, answering 301 to a story that answers 410
MOVED_GONE = "/local/2025/03/02/closed-story"


def test_a_410_is_never_asked_for_again_and_a_404_only_after_an_interval(run_crawl) -> None:
    """A feed (any CMS, after an editor withdrew one story and scheduled another whose page is not live
    yet) listing a 410, a 404 and a live story, run by cron: the first run asks for all three; the next run
    asks for neither dead link, nor for a shortlink (`/?p=90311`) whose 301 leads to another 410 (the crawl
    state remembers them: `newsarchive/state/gone`, `.../not_found`);
    once the 404's retry interval has passed (`NEWSARCHIVE_STATE_NOT_FOUND_RETRY_DAYS`) it is asked for
    again and, now a page, archived, while the 410 is still left alone."""
    pages: dict[str, Page] = {
        "/feeds/local.rss": rss(
            item("{origin}" + GONE, "Withdrawn story"),
            item("{origin}" + MISSING, "Story not yet live"),
            item("{origin}" + LIVE, "School roof repaired"),
            item("{origin}" + SHORTLINK, "Closed story"),
        ),
        GONE: Resource(status=410, body=b"<html><body><h1>Gone</h1></body></html>"),
        SHORTLINK: moved(MOVED_GONE),
        MOVED_GONE: Resource(status=410, body=b"<html><body><h1>Gone</h1></body></html>"),
        LIVE: story("School roof repaired"),
    }
    with serving(pages) as site:
        first = crawl(run_crawl, site, "/feeds/local.rss")
        assert paths_of(first.records) == [LIVE], first.log_tail()
        assert sorted(requested(site, GONE, MISSING)) == sorted([GONE, MISSING]), site.requested_paths()
        assert requested(site, SHORTLINK, MOVED_GONE) == [SHORTLINK, MOVED_GONE], site.requested_paths()
        assert first.stats.get("newsarchive/state/gone") == 2, first.log_tail()
        assert first.stats.get("newsarchive/state/not_found") == 1, first.log_tail()
        assert first.stats.get("newsarchive/spider/article_errors") is None, first.log_tail()

        second = crawl(run_crawl, site, "/feeds/local.rss")
        assert requested(site, GONE, MISSING, LIVE, SHORTLINK, MOVED_GONE) == [], site.requested_paths()
        assert second.stats.get("newsarchive/schedule/gone") == 2, second.log_tail()
        assert second.stats.get("newsarchive/schedule/not_found") == 1, second.log_tail()
        assert len(second.records) == 1, second.log_tail()

        pages[MISSING] = story("Story not yet live")
        third = crawl(
            run_crawl, site, "/feeds/local.rss", settings={"NEWSARCHIVE_STATE_NOT_FOUND_RETRY_DAYS": 0}
        )
        assert requested(site, GONE, MISSING, SHORTLINK, MOVED_GONE) == [MISSING], site.requested_paths()
        assert third.stats.get("newsarchive/schedule/not_found_retry") == 1, third.log_tail()
        assert paths_of(third.records) == sorted([LIVE, MISSING]), third.log_tail()
        assert_story(only(third, MISSING), "Story not yet live", "2025-03-04T09:30:00+00:00")


# --- a feed whose items are dated in the future ---
SKEWED = "/science/2025/03/04/comet-visible-this-week"  # the page's own date is right
SCHEDULED = "/science/observatory-open-day"  # the page prints no date


def test_a_feed_item_dated_in_the_future_is_not_fetched_again_every_run(run_crawl) -> None:
    """An RSS feed whose pubDates are in 2095 (a CMS's scheduled-post clock gone wrong), one page with its
    own date and one without, and an Atom feed whose entry says `updated` 2095: three cron runs; the first
    archives both stories, the next two ask for neither (`newsarchive/schedule/fresh`), since the date the
    feed gives has not moved since the page was fetched."""
    pages: dict[str, Page] = {
        "/feeds/science.rss": rss(
            item("{origin}" + SKEWED, "Comet visible this week", "Sat, 04 Mar 2095 09:30:00 +0000"),
            item("{origin}" + SCHEDULED, "Observatory open day", "Sun, 05 Mar 2095 10:00:00 +0000"),
        ),
        SKEWED: story("Comet visible this week"),
        SCHEDULED: story("Observatory open day", published=None),
    }
    with serving(pages) as site:
        first = crawl(run_crawl, site, "/feeds/science.rss")
        assert paths_of(first.records) == sorted([SKEWED, SCHEDULED]), first.log_tail()
        assert_story(only(first, SKEWED), "Comet visible this week", "2025-03-04T09:30:00+00:00")
        assert_story(only(first, SCHEDULED), "Observatory open day", None)
        for _ in range(2):
            again = crawl(run_crawl, site, "/feeds/science.rss")
            assert requested(site, SKEWED, SCHEDULED) == [], site.requested_paths()
            assert again.stats.get("newsarchive/schedule/fresh") == 2, again.log_tail()
            assert len(again.records) == 2, again.log_tail()


# --- a JSON Feed ---
JSON_STORY = "/notes/2025/03/04/canal-towpath-resurfaced"
JSON_OTHER = "/notes/2025/03/04/market-hall-roof-fixed"


def json_feed(request: Request) -> Resource:
    """A JSON Feed 1.1 (jsonfeed.org; Micro.blog, Ghost and WordPress plugins publish one)."""
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "The Ledger",
        "home_page_url": request.origin + "/",
        "feed_url": request.origin + "/feed.json",
        "items": [
            {
                "id": "2",
                "url": request.origin + JSON_STORY,
                "title": "Canal towpath resurfaced",
                "content_html": "<p>Canal towpath resurfaced.</p>",
                "date_published": "2025-03-04T09:30:00+00:00",
            },
            {
                "id": "1",
                "url": JSON_OTHER,  # relative: resolved against the feed's URL
                "title": "Market hall roof fixed",
                "content_text": "Market hall roof fixed.",
                "date_published": "2025-03-04T08:00:00Z",
                "date_modified": "2025-03-04T08:30:00Z",
            },
        ],
    }
    return Resource(body=json.dumps(feed).encode(), content_type=JSON_FEED)


JSON_PAGES: dict[str, Page] = {
    "/feed.json": json_feed,
    "/": page(
        '<title>The Ledger</title><link rel="alternate" type="application/feed+json" title="The Ledger"'
        ' href="/feed.json">',
        "<main><h1>The Ledger</h1><p>News from the town.</p></main>",
    ),
    JSON_STORY: story("Canal towpath resurfaced"),
    JSON_OTHER: story("Market hall roof fixed", published="2025-03-04T08:00:00+00:00"),
}


@pytest.mark.parametrize("start", ["/feed.json", "/"])
def test_a_json_feed_is_read_as_a_feed(run_crawl, start: str) -> None:
    """A JSON Feed (`application/feed+json`) given as the start URL, or advertised by a homepage that links
    to nothing else with `<link rel="alternate" type="application/feed+json">`: its items are the
    stories, archived each once."""
    with serving(dict(JSON_PAGES)) as site:
        result = crawl(run_crawl, site, start)
        assert paths_of(result.records) == sorted([JSON_STORY, JSON_OTHER]), result.log_tail()
        assert_story(only(result, JSON_STORY), "Canal towpath resurfaced", "2025-03-04T09:30:00+00:00")
        assert_story(only(result, JSON_OTHER), "Market hall roof fixed", "2025-03-04T08:00:00+00:00")
        assert result.stats.get("newsarchive/discovery/feed_entries") == 2, result.log_tail()


# --- robots.txt Sitemap: lines naming a sitemap at no standard place ---
ROBOTS_STORY = "/2025/03/04/tide-gauge-replaced"
ROBOTS_SITEMAP = "/news/sitemap-news.xml"


def test_robots_txt_sitemap_lines_are_read_from_a_site_root(run_crawl) -> None:
    """A homepage that links to no story (a JavaScript-rendered front) and a robots.txt whose `Sitemap:`
    line names a news sitemap at a path of the CMS's own (`/news/sitemap-news.xml`, no /sitemap.xml): the
    `article` spider started at the site root reads it and archives the story."""
    pages: dict[str, Page] = {
        "/robots.txt": lambda request: Resource(
            body=f"User-agent: *\nDisallow: /admin/\n\nSitemap: {request.origin}{ROBOTS_SITEMAP}\n".encode(),
            content_type="text/plain; charset=utf-8",
        ),
        "/": page("<title>The Ledger</title>", '<main><div id="app"></div></main>'),
        ROBOTS_SITEMAP: xml(
            '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<url><loc>{{origin}}{ROBOTS_STORY}</loc><lastmod>2025-03-04T09:30:00Z</lastmod></url></urlset>"
        ),
        ROBOTS_STORY: story("Tide gauge replaced"),
    }
    with serving(pages) as site:
        result = crawl(run_crawl, site, "/")
        assert paths_of(result.records) == [ROBOTS_STORY], result.log_tail()
        assert_story(only(result, ROBOTS_STORY), "Tide gauge replaced", "2025-03-04T09:30:00+00:00")
        assert requested(site, "/robots.txt") == ["/robots.txt"], site.requested_paths()


# --- an AMP page in a feed ---
AMP = "/amp/2025/03/04/lifeboat-station-reopens"
AMP_CANONICAL = "/2025/03/04/lifeboat-station-reopens"


def amp_page(title: str, canonical: str) -> str:
    """An AMP copy (<html amp>, the WordPress AMP plugin's `/amp/` paths) naming its full page canonical."""
    return page(
        f'<title>{title} | The Ledger</title><link rel="canonical" href="{canonical}">'
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2025-03-04T09:30:00+00:00">',
        f"<main><article><h1>{title}</h1><p class=byline>By Ruth Okafor</p><div class=body>"
        f"<p>{title} was confirmed on Tuesday.</p><p>More in the full story.</p></div></article></main>",
    ).replace("<html", "<html amp", 1)


@pytest.mark.parametrize("both", [False, True], ids=["amp-only", "amp-and-canonical"])
def test_an_amp_page_in_a_feed_is_archived_under_its_canonical_once(run_crawl, both: bool) -> None:
    """A feed (Google-News-era WordPress with the AMP plugin) that links an item's AMP copy, alone or beside
    its full page: the full page is archived once, under its own URL, with its full text; the next run asks
    for neither."""
    items = [item("{origin}" + AMP, "Lifeboat station reopens")]
    if both:
        items.append(item("{origin}" + AMP_CANONICAL, "Lifeboat station reopens"))
    pages: dict[str, Page] = {
        "/feeds/coast.rss": rss(*items),
        AMP: lambda request: Resource(
            body=amp_page("Lifeboat station reopens", request.origin + AMP_CANONICAL).encode()
        ),
        AMP_CANONICAL: story("Lifeboat station reopens"),
    }
    with serving(pages) as site:
        first = crawl(run_crawl, site, "/feeds/coast.rss")
        assert paths_of(first.records) == [AMP_CANONICAL] and first.drops == {}, first.log_tail()
        assert_story(only(first, AMP_CANONICAL), "Lifeboat station reopens", "2025-03-04T09:30:00+00:00")
        assert requested(site, AMP_CANONICAL) == [AMP_CANONICAL], site.requested_paths()
        second = crawl(run_crawl, site, "/feeds/coast.rss")
        assert requested(site, AMP, AMP_CANONICAL) == [] and len(second.records) == 1, site.requested_paths()


# --- rate limits and a meta-refresh redirect ---
THROTTLED = "/city/2025/03/04/parking-charges-frozen"  # 429 once, then the page
UNAVAILABLE = "/city/2025/03/04/bridge-closed-overnight"  # 503 for the whole first run
LONG_WAIT = "/city/2025/03/04/bin-collections-change"  # 429 asking for an hour, for the whole first run


class Throttle:
    """Answers `status` with Retry-After `wait` to the first `times` requests of a path, then the page."""

    def __init__(self, html: str, *, status: int, wait: str, times: int) -> None:
        self.html, self.status, self.wait, self.times = html, status, wait, times

    def __call__(self, request: Request) -> Resource:
        if self.times > 0:
            self.times -= 1
            return Resource(
                status=self.status, body=b"<h1>Slow down</h1>", headers={"Retry-After": self.wait}
            )
        return Resource(body=self.html.encode())


def test_429_and_503_with_retry_after_neither_lose_an_item_nor_mark_it_archived(run_crawl) -> None:
    """A CDN rate limit (Cloudflare/Fastly style): one item answers 429 Retry-After 1 once, one answers 503
    Retry-After 1 to every retry of the first run, one answers 429 asking for an hour. The first run waits
    and archives the first, gives the others up (counted as article errors, the run not clean); the next run,
    the CDN calm again, asks for the two it did not get and archives them, and not the first again."""
    pages: dict[str, Page] = {
        "/feeds/city.rss": rss(
            item("{origin}" + THROTTLED, "Parking charges frozen"),
            item("{origin}" + UNAVAILABLE, "Bridge closed overnight"),
            item("{origin}" + LONG_WAIT, "Bin collections change"),
        ),
        THROTTLED: Throttle(story("Parking charges frozen"), status=429, wait="1", times=1),
        UNAVAILABLE: Throttle(story("Bridge closed overnight"), status=503, wait="1", times=10),
        LONG_WAIT: Throttle(story("Bin collections change"), status=429, wait="3600", times=1),
    }
    with serving(pages) as site:
        first = crawl(run_crawl, site, "/feeds/city.rss", settings={"RETRY_TIMES": 2})
        assert paths_of(first.records) == [THROTTLED], first.log_tail()
        assert first.stats.get("newsarchive/http/retry_after") == 3, first.log_tail()
        assert first.stats.get("newsarchive/http/retry_after_too_long") == 1, first.log_tail()
        assert first.stats.get("newsarchive/spider/article_errors") == 2, first.log_tail()
        assert len(requested(site, UNAVAILABLE)) == 3 and len(requested(site, LONG_WAIT)) == 1
        pages[UNAVAILABLE] = story("Bridge closed overnight")
        second = crawl(run_crawl, site, "/feeds/city.rss")
        assert sorted(requested(site, THROTTLED, UNAVAILABLE, LONG_WAIT)) == sorted([UNAVAILABLE, LONG_WAIT])
        assert paths_of(second.records) == sorted([THROTTLED, UNAVAILABLE, LONG_WAIT]), second.log_tail()
        assert_story(only(second, UNAVAILABLE), "Bridge closed overnight", "2025-03-04T09:30:00+00:00")
        assert_story(only(second, LONG_WAIT), "Bin collections change", "2025-03-04T09:30:00+00:00")


REFRESHING = "/go/48213"
REFRESHED = "/harbour/2025/03/04/new-pontoon-installed"


def test_a_meta_refresh_page_leads_to_the_article_archived_once(run_crawl) -> None:
    """A feed item linking a tracking hop that answers 200 with `<meta http-equiv="refresh" content="0;
    url=...">` (old ASP newsrooms and link shorteners do): the article it leads to is archived once, under its
    own URL; the next run asks for neither the hop nor the article."""
    pages: dict[str, Page] = {
        "/feeds/harbour.rss": rss(item("{origin}" + REFRESHING, "New pontoon installed")),
        REFRESHING: page(
            f'<title>Redirecting</title><meta http-equiv="refresh" content="0; url={REFRESHED}">',
            f'<p>If you are not redirected, <a href="{REFRESHED}">click here</a>.</p>',
        ),
        REFRESHED: story("New pontoon installed"),
    }
    with serving(pages) as site:
        first = crawl(run_crawl, site, "/feeds/harbour.rss")
        assert paths_of(first.records) == [REFRESHED] and first.drops == {}, first.log_tail()
        assert_story(only(first, REFRESHED), "New pontoon installed", "2025-03-04T09:30:00+00:00")
        second = crawl(run_crawl, site, "/feeds/harbour.rss")
        assert requested(site, REFRESHING, REFRESHED) == [] and len(second.records) == 1, (
            site.requested_paths()
        )


# --- a sitemap index whose child has not changed since the last run ---
CHILD = "/sitemaps/post-sitemap1.xml"
INDEXED = "/2025/03/04/allotment-waiting-list-cut"


def test_a_child_sitemap_whose_lastmod_has_not_moved_is_not_fetched_again(run_crawl) -> None:
    """A Yoast-style sitemap index (`/sitemap_index.xml`, children `post-sitemap1.xml` with a lastmod): the
    second cron run reads the index, sees the child's lastmod is the one the first (clean) run processed, and
    fetches neither the child nor its story; a lastmod that moves brings the child back."""
    lastmod = {"value": "2025-03-04T09:30:00+00:00"}
    pages: dict[str, Page] = {
        "/sitemap_index.xml": lambda request: Resource(
            body=(
                '<?xml version="1.0" encoding="UTF-8"?><sitemapindex'
                ' xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>'
                f"<loc>{request.origin}{CHILD}</loc><lastmod>{lastmod['value']}</lastmod></sitemap></sitemapindex>"
            ).encode(),
            content_type="application/xml; charset=utf-8",
        ),
        CHILD: xml(
            '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<url><loc>{{origin}}{INDEXED}</loc><lastmod>2025-03-04T09:30:00+00:00</lastmod></url></urlset>"
        ),
        INDEXED: story("Allotment waiting list cut"),
    }
    with serving(pages) as site:
        first = crawl(run_crawl, site, "/sitemap_index.xml")
        assert paths_of(first.records) == [INDEXED], first.log_tail()
        # (the index read again is the subject, not its 304: tests/test_crawl_state_shapes11.py)
        second = crawl(
            run_crawl, site, "/sitemap_index.xml", settings={"NEWSARCHIVE_STATE_DISCOVERY_CONDITIONAL": False}
        )
        assert requested(site, CHILD, INDEXED) == [], site.requested_paths()
        assert second.stats.get("newsarchive/discovery/sitemaps_unchanged") == 1, second.log_tail()
        lastmod["value"] = "2025-03-05T07:00:00+00:00"
        crawl(run_crawl, site, "/sitemap_index.xml")
        assert requested(site, CHILD, INDEXED) == [CHILD], site.requested_paths()


# --- one story in two languages ---
EN = "/en/2025/03/04/border-crossing-hours-extended"
DE = "/de/2025/03/04/grenzuebergang-laenger-geoeffnet"
DE_BODY = [
    "Der Grenzübergang bleibt ab Montag bis Mitternacht geöffnet, teilte die Kreisverwaltung mit.",
    "Pendler hatten seit Monaten über lange Wartezeiten am Abend geklagt, vor allem im Berufsverkehr.",
    "Die Bundespolizei stockt dafür das Personal an der Kontrollstelle um sechs Beamte auf.",
    "Der Landrat sprach von einem wichtigen Signal für die Region und die vielen Grenzgänger.",
    "Eine Auswertung der neuen Öffnungszeiten ist nach einem halben Jahr vorgesehen.",
]


def alternates(origin: str) -> str:
    return (
        f'<link rel="alternate" hreflang="en" href="{origin}{EN}">'
        f'<link rel="alternate" hreflang="de" href="{origin}{DE}">'
        f'<link rel="alternate" hreflang="x-default" href="{origin}{EN}">'
    )


def german_story(origin: str) -> str:
    title = "Grenzübergang länger geöffnet"
    return page(
        f'<title>{title} | Der Bote</title><meta property="og:type" content="article">'
        f'<link rel="canonical" href="{origin}{DE}">{alternates(origin)}'
        '<meta property="article:published_time" content="2025-03-04T09:30:00+00:00">',
        f"<main><article><h1>{title}</h1><p class=byline>Von Ruth Okafor</p><div class=body>"
        + "".join(f"<p>{p}</p>" for p in DE_BODY)
        + "</div></article></main>",
        lang="de",
    )


def test_one_story_in_two_languages_is_archived_in_both(run_crawl) -> None:
    """A bilingual regional publisher (WPML / Polylang on WordPress): one story at `/en/...` and `/de/...`,
    each naming itself canonical and both as hreflang alternates, both in the feed: two records, each with
    its own language, headline and text; nothing dropped as a Duplicate."""
    english = "Border crossing hours extended"
    pages: dict[str, Page] = {
        "/feeds/all.rss": rss(
            item("{origin}" + EN, english), item("{origin}" + DE, "Grenzübergang länger geöffnet")
        ),
        EN: lambda request: Resource(
            body=story(english)
            .replace(
                "<head>",
                f'<head><link rel="canonical" href="{request.origin}{EN}">{alternates(request.origin)}',
                1,
            )
            .encode()
        ),
        DE: lambda request: Resource(body=german_story(request.origin).encode()),
    }
    with serving(pages) as site:
        result = crawl(run_crawl, site, "/feeds/all.rss")
        assert paths_of(result.records) == sorted([EN, DE]) and result.drops == {}, result.log_tail()
        assert_story(only(result, EN), english, "2025-03-04T09:30:00+00:00")
        german = only(result, DE)
        assert german["headline"] == "Grenzübergang länger geöffnet" and german["language"] == "de"
        assert german["body"] == DE_BODY and german["authors"] == ["Ruth Okafor"]
        assert german["published_at"] == "2025-03-04T09:30:00+00:00"
        assert only(result, EN)["canonical_url"] == site.url(EN) and german["canonical_url"] == site.url(DE)


def test_a_json_feed_link_and_body_are_told_from_other_json() -> None:
    """What the crawl above rests on, without a crawl: a JSON Feed 1.0 advertised as plain application/json
    (`/feed.json`) is a feed link, WordPress's REST API link on every page (`/wp-json/wp/v2/posts/123`) is
    not; a JSON answer whose strings hold markup is no HTML page (it was read as a listing, and the crawl's
    callback raised on it), and a JSON Feed item without `url` is left out."""
    head = (
        '<link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts/123">'
        '<link rel="alternate" type="application/json" title="JSON Feed" href="/feed.json">'
        '<link rel="alternate" type="application/feed+json" href="/feeds/sport.json">'
    )
    base = "https://ledger.example/"
    assert feed_links_in_html(page(head, ""), base) == [base + "feed.json", base + "feeds/sport.json"]
    api = json.dumps({"id": 123, "content": {"rendered": "<p>Text</p>"}}).encode()
    assert document_kind(api, "application/json") == OTHER
    body = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1",
            "title": "The Ledger",
            "items": [
                {"id": "https://ledger.example/a", "content_html": "<p>A</p>"},
                {
                    "id": "2",
                    "url": "/b",
                    "title": " B ",
                    "tags": ["Sport", 7],
                    "date_published": "2025-03-04",
                },
            ],
        }
    ).encode()
    assert document_kind(b"\xef\xbb\xbf " + body, "application/json") == FEED
    feed = read_feed(body, base_url=base + "feed.json")
    assert feed is not None and feed.kind == "json"
    assert [(e.url, e.title, e.date, e.categories) for e in feed.entries] == [
        (base + "b", "B", "2025-03-04", ["Sport"])
    ]
