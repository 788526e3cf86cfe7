"""Discovery probes for a cron `scrapy crawl article -a url=...` on publishers nobody tuned for: feeds,
sitemaps, fronts and redirects in the shapes real CMSs serve, each hand-built (the CMS or publisher habit it
copies is named at each test), served from 127.0.0.1 and crawled for real; the archive's JSONL is read back.

Every article page here carries its own headline, byline and (but where a probe says otherwise) date, so the
records are checked field by field against what the page says.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable
from urllib.parse import urlsplit

import pytest

from newsarchive.demo.server import RSS, Request, Resource, SiteServer
from tests.crawlkit import CrawlResult, page_site_fixture, paths_of
from tests.test_extract_unseen_shapes2 import PROSE, SENTENCES, page

pytestmark = pytest.mark.slow

XML = "application/xml; charset=utf-8"
ATOM = "application/atom+xml; charset=utf-8"


def lead(title: str) -> str:
    """A first paragraph of its own for each story (the rest of the text is the shared SENTENCES)."""
    return f"{title} was confirmed by officials on Tuesday, the council said in a statement to reporters."


def story(
    title: str, *, published: str | None = "2025-03-04T09:30:00+00:00", author: str = "Ruth Okafor"
) -> str:
    """A news story in the common CMS shape: og:type article, article:published_time, an h1, a byline."""
    date_meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return page(
        f'<title>{title} | The Ledger</title><meta property="og:type" content="article">{date_meta}',
        f"<main><article><h1>{title}</h1><p class=byline>By {author}</p><div class=body>"
        f"<p>{lead(title)}</p>{PROSE}</div></article></main>",
    )


def body_of(title: str) -> list[str]:
    return [lead(title), *SENTENCES]


def xml(body: str, content_type: str = XML) -> Callable[[Request], Resource]:
    """A feed or sitemap whose absolute links name the server's own origin (`{origin}` in `body`)."""
    return lambda request: Resource(
        body=body.replace("{origin}", request.origin).encode(), content_type=content_type
    )


def rss(*items: str) -> Callable[[Request], Resource]:
    return xml(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>The Ledger</title>'
        "<link>{origin}/</link><description>News</description>" + "".join(items) + "</channel></rss>",
        RSS,
    )


def item(link: str, title: str, pub_date: str = "Tue, 04 Mar 2025 09:30:00 +0000") -> str:
    return f"<item><title>{title}</title><link>{link}</link><pubDate>{pub_date}</pubDate></item>"


def moved(location: str, status: int = 301) -> Callable[[Request], Resource]:
    return lambda request: Resource(
        status=status, body=b"", headers={"Location": request.origin + location}, validators=False
    )


# --- a sitemap index whose child is a gzip-compressed Google News sitemap ----------------------------------
GZ_STORY = "/world/2025/03/04/harbour-bridge-reopens"
GZ_UNDATED = "/world/ferry-strike-called-off"
GZ_DAY_ONLY = "/world/2025/03/04/ferry-timetable-changes"  # the URL gives the day, the page no date
NEWS_SITEMAP = (
    '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
    f"<url><loc>{{origin}}{GZ_STORY}</loc><news:news><news:publication><news:name>The Ledger</news:name>"
    "<news:language>en</news:language></news:publication>"
    "<news:publication_date>2025-03-04T09:30:00+00:00</news:publication_date>"
    "<news:title>Harbour bridge reopens</news:title></news:news></url>"
    f"<url><loc>{{origin}}{GZ_UNDATED}</loc><news:news><news:publication><news:name>The Ledger</news:name>"
    "<news:language>en</news:language></news:publication>"
    "<news:publication_date>2025-03-04T11:05:00+01:00</news:publication_date>"
    "<news:title>Ferry strike called off</news:title></news:news></url>"
    f"<url><loc>{{origin}}{GZ_DAY_ONLY}</loc><news:news><news:publication><news:name>The Ledger</news:name>"
    "<news:language>en</news:language></news:publication>"
    "<news:publication_date>2025-03-04T23:40:00-05:00</news:publication_date>"
    "<news:title>Ferry timetable changes</news:title></news:news></url></urlset>"
)


def gzipped(body: str, **headers: str) -> Callable[[Request], Resource]:
    return lambda request: Resource(
        body=gzip.compress(body.replace("{origin}", request.origin).encode()),
        content_type="application/x-gzip",
        headers=dict(headers),
    )


# --- an Atom feed with xml:base and relative links ---------------------------------------------------------
ATOM_STORY = "/news/2025/03/04/tram-depot-plans-approved"
ATOM_OPINION = "/opinion/letters-on-the-tram-depot"
ATOM_FEED = (
    '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="/news/">'
    "<title>The Ledger</title><id>tag:ledger,2025:feed</id><updated>2025-03-04T09:30:00Z</updated>"
    '<entry><title>Tram depot plans approved</title><link rel="alternate" type="text/html"'
    ' href="2025/03/04/tram-depot-plans-approved"/><id>tag:ledger,2025:1</id>'
    "<published>2025-03-04T09:30:00Z</published><updated>2025-03-04T09:30:00Z</updated></entry>"
    '<entry xml:base="/opinion/"><title>Letters on the tram depot</title><link rel="alternate"'
    ' href="letters-on-the-tram-depot"/><id>tag:ledger,2025:2</id>'
    "<published>2025-03-04T08:00:00Z</published><updated>2025-03-04T08:00:00Z</updated></entry></feed>"
)

# --- an RSS feed whose <link> is wrapped in whitespace and CDATA -------------------------------------------
CDATA_STORY = "/city/2025/03/04/library-hours-extended"
SPACED_STORY = "/city/2025/03/04/night-bus-route-added"

# --- a feed item whose link answers 301 to the article's final URL -----------------------------------------
SHORTLINK = "/?p=48213"
FINAL_STORY = "/business/2025/03/04/bakery-chain-expands-north"

# --- a section front paginated by rel=next, its first page by a "Load more" link only ----------------------
SECTION = "/sport/"
SECTION_STORIES = (
    "/sport/rowing-club-wins-county-regatta",
    "/sport/new-stand-opens-at-riverside-ground",
    "/sport/cross-country-season-ends-in-mud",
)


def front(*links: str, nav: str = "", head: str = "") -> str:
    cards = "".join(f'<li><h2><a href="{link}">{link.rsplit("/", 1)[-1]}</a></h2></li>' for link in links)
    return page(
        f"<title>Sport | The Ledger</title>{head}", f"<main><h1>Sport</h1><ul>{cards}</ul>{nav}</main>"
    )


# --- a feed listing one article twice under tracking parameters --------------------------------------------
TRACKED = "/politics/2025/03/04/budget-vote-delayed"

# --- an article behind a cookie-consent interstitial -------------------------------------------------------
GATED = "/health/2025/03/04/clinic-opening-hours-change"
CONSENT = page(
    "<title>Before you continue | The Ledger</title>",
    "<main><h1>We value your privacy</h1><p>We and our 214 partners store and access information on your"
    " device, such as cookies, and process personal data, such as unique identifiers and standard information"
    " sent by a device, for personalised advertising and content, advertising and content measurement,"
    " audience research and services development.</p><p>You can accept all cookies or manage your choices,"
    " including your right to object where legitimate interest is used, at any time by clicking on Privacy"
    " settings at the bottom of every page.</p><form method=post action=/privacy-gate/accept>"
    "<button>Accept all</button><button name=reject>Reject all</button></form>"
    "<a href=/privacy-settings>Manage choices</a></main>",
)

# --- a feed whose items answer 404, 410 and 500 ------------------------------------------------------------
ALIVE = "/local/2025/03/04/school-roof-repaired"

# --- a feed with a future-dated and a very old item --------------------------------------------------------
FUTURE = "/science/2025/03/04/comet-visible-this-week"
UNDATED_FUTURE = "/science/observatory-open-day"
OLD = "/archive/1998/06/12/town-hall-fire"

PAGES = {
    # sitemap index -> .xml.gz news sitemap, served raw as application/x-gzip (no Content-Encoding), and
    # the same child served as Apache serves .gz by default (AddEncoding x-gzip: Content-Encoding x-gzip)
    "/sitemap_index.xml": xml(
        '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<sitemap><loc>{origin}/sitemaps/news-1.xml.gz</loc><lastmod>2025-03-04T11:05:00+00:00</lastmod></sitemap>"
        "</sitemapindex>"
    ),
    "/sitemaps/news-1.xml.gz": gzipped(NEWS_SITEMAP),
    "/sitemap_index_apache.xml": xml(
        '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<sitemap><loc>{origin}/sitemaps/news-2.xml.gz</loc></sitemap></sitemapindex>"
    ),
    "/sitemaps/news-2.xml.gz": lambda request: Resource(
        body=gzip.compress(NEWS_SITEMAP.replace("{origin}", request.origin).encode()),
        content_type="application/x-gzip",
        headers={"Content-Encoding": "x-gzip"},
    ),
    GZ_STORY: story("Harbour bridge reopens"),
    GZ_UNDATED: story("Ferry strike called off", published=None),
    GZ_DAY_ONLY: story("Ferry timetable changes", published=None),
    "/feeds/all.atom.xml": xml(ATOM_FEED, ATOM),
    ATOM_STORY: story("Tram depot plans approved"),
    ATOM_OPINION: story(
        "Letters on the tram depot", published="2025-03-04T08:00:00+00:00", author="Jo Marsh"
    ),
    "/feeds/city.rss": rss(
        f"<item><title>Library hours extended</title><link><![CDATA[ {{origin}}{CDATA_STORY} ]]></link>"
        '<guid isPermaLink="false">ledger-90311</guid>'
        "<pubDate>Tue, 04 Mar 2025 09:30:00 +0000</pubDate></item>",
        f"<item><title>Night bus route added</title><link>\n      {{origin}}{SPACED_STORY}\n    </link>"
        '<guid isPermaLink="false">ledger-90312</guid>'
        "<pubDate>Tue, 04 Mar 2025 09:30:00 +0000</pubDate></item>",
    ),
    CDATA_STORY: story("Library hours extended"),
    SPACED_STORY: story("Night bus route added"),
    "/feeds/business.rss": rss(item("{origin}" + SHORTLINK, "Bakery chain expands north")),
    SHORTLINK: moved(FINAL_STORY),
    FINAL_STORY: story("Bakery chain expands north"),
    SECTION: front(
        SECTION_STORIES[0],
        nav=f'<div class=more><a class="btn load-more" href="{SECTION}?offset=12">Load more</a></div>',
    ),
    f"{SECTION}?offset=12": front(
        SECTION_STORIES[1], head=f'<link rel="next" href="{SECTION}?offset=24">',
        nav=f'<a class="btn load-more" href="{SECTION}?offset=24">Load more</a>',
    ),
    f"{SECTION}?offset=24": front(SECTION_STORIES[2]),
    **{path: story(path.rsplit("/", 1)[-1].replace("-", " ").capitalize()) for path in SECTION_STORIES},
    "/feeds/politics.rss": rss(
        item("{origin}" + TRACKED + "?utm_source=rss&amp;utm_medium=rss&amp;utm_campaign=budget-vote-delayed",
             "Budget vote delayed"),
        item("{origin}" + TRACKED + "?utm_source=newsletter&amp;utm_medium=email", "Budget vote delayed"),
    ),
    TRACKED: story("Budget vote delayed"),
    "/feeds/health.rss": rss(item("{origin}" + GATED, "Clinic opening hours change")),
    GATED: moved(f"/privacy-gate?redirectUri={GATED}", 302),
    "/privacy-gate": CONSENT,
    "/feeds/local.rss": rss(
        item("{origin}/local/2025/03/03/removed-story", "Removed story"),
        item("{origin}/local/2025/03/03/withdrawn-story", "Withdrawn story"),
        item("{origin}/local/2025/03/03/broken-story", "Broken story"),
        item("{origin}" + ALIVE, "School roof repaired"),
    ),
    "/local/2025/03/03/withdrawn-story": Resource(status=410, body=b"<html><body><h1>Gone</h1></body>"),
    "/local/2025/03/03/broken-story": Resource(status=500, body=b"<html><body><h1>Error</h1></body>"),
    ALIVE: story("School roof repaired"),
    "/feeds/science.rss": rss(
        item("{origin}" + FUTURE, "Comet visible this week", "Sat, 04 Mar 2095 09:30:00 +0000"),
        item("{origin}" + UNDATED_FUTURE, "Observatory open day", "Sat, 04 Mar 2095 09:30:00 +0000"),
        item("{origin}" + OLD, "Town hall fire", "Fri, 12 Jun 1998 17:45:00 +0100"),
    ),
    FUTURE: story("Comet visible this week"),
    UNDATED_FUTURE: story("Observatory open day", published=None),
    OLD: story("Town hall fire", published="1998-06-12T17:45:00+01:00", author="Alan Pryce"),
}  # fmt: skip

site = page_site_fixture(PAGES)


def crawl(run_crawl: Callable[..., CrawlResult], site: SiteServer, path: str, *args: str) -> CrawlResult:
    site.clear_log()
    result = run_crawl("article", f"url={site.url(path)}", *args)
    assert result.returncode == 0, result.log_tail()
    return result


def only(result: CrawlResult, path: str) -> dict:
    records = result.by_path(path)
    assert len(records) == 1, (path, paths_of(result.records), result.log_tail())
    return records[0]


def assert_story(record: dict, title: str, published: str | None, author: str = "Ruth Okafor") -> None:
    assert record["page_type"] == "article" and record["headline"] == title
    assert record["authors"] == [author] and record["body"] == body_of(title)
    assert record["published_at"] == published and record["language"] == "en"
    assert (record["truncated"], record["sponsored"]) == (False, False)


@pytest.mark.parametrize("index", ["/sitemap_index.xml", "/sitemap_index_apache.xml"])
def test_a_gzip_news_sitemap_under_an_index_gives_its_stories_with_their_news_dates(
    run_crawl, site: SiteServer, index: str
) -> None:
    """A sitemap index whose child is `news-1.xml.gz` (the NYT/WordPress VIP habit of gzipped news
    sitemaps), served raw as application/x-gzip or with Apache's default `Content-Encoding: x-gzip`: every
    story archived; one whose page prints no date takes its news:publication_date, and so does one whose URL
    gives its day only (the record's midnight UTC of that day is no time of the page)."""
    result = crawl(run_crawl, site, index)
    assert paths_of(result.records) == sorted([GZ_STORY, GZ_UNDATED, GZ_DAY_ONLY]), result.log_tail()
    assert result.stats.get("newsarchive/discovery/sitemaps/news") == 1
    assert_story(only(result, GZ_STORY), "Harbour bridge reopens", "2025-03-04T09:30:00+00:00")
    assert_story(only(result, GZ_UNDATED), "Ferry strike called off", "2025-03-04T11:05:00+01:00")
    assert_story(only(result, GZ_DAY_ONLY), "Ferry timetable changes", "2025-03-04T23:40:00-05:00")


def test_an_atom_feed_with_xml_base_resolves_its_relative_links_against_it(
    run_crawl, site: SiteServer
) -> None:
    """An Atom feed that sets xml:base on <feed> (and again on one <entry>) and writes entry links relative
    to it (RFC 4287 section 2; Movable Type and static-site generators write it): links resolve against
    xml:base, not against the feed's own URL (/feeds/2025/03/04/... would be a 404)."""
    result = crawl(run_crawl, site, "/feeds/all.atom.xml")
    assert paths_of(result.records) == sorted([ATOM_STORY, ATOM_OPINION]), result.log_tail()
    assert_story(only(result, ATOM_STORY), "Tram depot plans approved", "2025-03-04T09:30:00+00:00")
    assert_story(
        only(result, ATOM_OPINION),
        "Letters on the tram depot",
        "2025-03-04T08:00:00+00:00",
        author="Jo Marsh",
    )


def test_an_rss_link_in_cdata_or_wrapped_in_whitespace_is_followed(run_crawl, site: SiteServer) -> None:
    """RSS items whose <link> is a CDATA section with spaces inside (Arc XP-style outbound feeds wrap every
    value in CDATA) or broken over lines by a hand-written template, with a guid that is no permalink."""
    result = crawl(run_crawl, site, "/feeds/city.rss")
    assert paths_of(result.records) == sorted([CDATA_STORY, SPACED_STORY]), result.log_tail()
    assert_story(only(result, CDATA_STORY), "Library hours extended", "2025-03-04T09:30:00+00:00")
    assert_story(only(result, SPACED_STORY), "Night bus route added", "2025-03-04T09:30:00+00:00")


def test_a_feed_item_behind_a_301_is_archived_under_its_final_url_once(run_crawl, site: SiteServer) -> None:
    """A feed item linking WordPress's shortlink `/?p=48213`, which answers 301 to the permalink: the record
    is the permalink's; a second cron run finds it known under the link the feed gives and neither fetches
    nor archives it again."""
    first = crawl(run_crawl, site, "/feeds/business.rss")
    record = only(first, FINAL_STORY)
    assert urlsplit(record["url"]).query == "" and len(first.records) == 1, first.log_tail()
    assert_story(record, "Bakery chain expands north", "2025-03-04T09:30:00+00:00")
    second = crawl(run_crawl, site, "/feeds/business.rss")
    assert len(second.records) == 1 and second.drops == {}, second.log_tail()
    assert [p for p in site.requested_paths() if p in (SHORTLINK, FINAL_STORY)] == [], site.requested_paths()


def test_a_section_paginated_by_a_load_more_link_is_walked_like_next_pages(
    run_crawl, site: SiteServer
) -> None:
    """A section front whose only way to its second page is a "Load more" button-link (`?offset=12`, the
    Joomla/Drupal-views habit), the second page naming its third with <link rel=next>: crawled with
    `-a depth=1` (the front and the stories it lists), every page of the listing is walked, as "Next" pages
    are, and each story archived once."""
    result = crawl(run_crawl, site, SECTION, "depth=1")
    assert paths_of(result.records) == sorted(SECTION_STORIES), result.log_tail()
    for path in SECTION_STORIES:
        title = path.rsplit("/", 1)[-1].replace("-", " ").capitalize()
        assert_story(only(result, path), title, "2025-03-04T09:30:00+00:00")


def test_one_article_listed_twice_with_tracking_parameters_is_fetched_and_archived_once(
    run_crawl, site: SiteServer
) -> None:
    """A feed (WordPress with a social/newsletter plugin) that lists one story twice, once tagged
    `?utm_source=rss&utm_medium=rss&utm_campaign=...`, once `?utm_source=newsletter&utm_medium=email`: one
    request, one record, under the URL without the tracking parameters, and no duplicate dropped."""
    result = crawl(run_crawl, site, "/feeds/politics.rss")
    record = only(result, TRACKED)
    assert record["url"] == site.url(TRACKED) and result.drops == {}, result.log_tail()
    assert_story(record, "Budget vote delayed", "2025-03-04T09:30:00+00:00")
    assert len([p for p in site.requested_paths() if p.startswith(TRACKED)]) == 1, site.requested_paths()


def test_a_cookie_consent_interstitial_is_never_archived_as_the_article(run_crawl, site: SiteServer) -> None:
    """A feed item whose article answers 302 to a same-host privacy gate (`/privacy-gate?redirectUri=...`,
    the shape of Dutch and Belgian publishers' consent walls): the gate's page is not archived, under either
    URL."""
    result = run_crawl("article", f"url={site.url('/feeds/health.rss')}")
    archived = [r for r in result.records if r.get("headline") == "We value your privacy"]
    assert archived == [] and result.by_path(GATED) == [], result.log_tail()
    assert result.by_path("/privacy-gate") == [], result.log_tail()


def test_items_that_answer_404_410_or_500_cost_only_themselves(run_crawl, site: SiteServer) -> None:
    """A feed (any CMS, after an editor unpublished or deleted stories) whose items answer 404, 410 and
    500 beside a live one: the live one is archived; the 404 and 410 (gone for good) are not counted as
    errors a later run may mend, the 500 is."""
    result = run_crawl("article", f"url={site.url('/feeds/local.rss')}")
    assert paths_of(result.records) == [ALIVE], result.log_tail()
    assert_story(only(result, ALIVE), "School roof repaired", "2025-03-04T09:30:00+00:00")
    assert result.stats.get("newsarchive/spider/article_errors") == 1, result.log_tail()


def test_a_future_or_very_old_feed_date_neither_dates_nor_hides_a_story(run_crawl, site: SiteServer) -> None:
    """A feed with a pubDate in 2095 (a CMS's scheduled-post clock gone wrong) on two items, one of whose
    pages prints no date, and an item of 1998 (an archive feature resurfaced): all three archived; the page's
    own date wins over the feed's, and a date in the future is never given to the page without one."""
    result = crawl(run_crawl, site, "/feeds/science.rss")
    assert paths_of(result.records) == sorted([FUTURE, UNDATED_FUTURE, OLD]), result.log_tail()
    assert_story(only(result, FUTURE), "Comet visible this week", "2025-03-04T09:30:00+00:00")
    assert_story(only(result, UNDATED_FUTURE), "Observatory open day", None)
    assert_story(only(result, OLD), "Town hall fire", "1998-06-12T17:45:00+01:00", author="Alan Pryce")
