"""Discovery probes, round 9: a story split over several pages whose later page the crawl also meets on its
own. Fronts and feeds link `/slug/2/` (a "most read" box counts the page readers land on, a feed item is
the page an editor shared), sometimes before `/slug/`; each page of a story was one request to Scrapy's
duplicate filter, so page 1's request for page 2 was dropped when page 2 had been asked for already, and the
record held for it was lost without a line or a stat, while page 2 alone was archived as a story of a third
of its text. Each shape is hand-built after the CMS habit named at its test, served from 127.0.0.1 and
crawled for real (the archive's JSONL, the crawl's stats and the server's request log are read back); the
rule that tells a later page from a page of its own is checked without a crawl at the end.

The story pages, feeds and checks are round 8's (tests/test_crawl_discovery_shapes8.py) and round 6's.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from parsel import Selector

from newsarchive.demo.server import RSS
from newsarchive.discovery.article_pages import first_page_of
from newsarchive.state.keys import url_key
from tests.crawlkit import CrawlResult, Page, paths_of
from tests.test_crawl_discovery_shapes6 import assert_story, front, item, only, rss, story, xml
from tests.test_crawl_discovery_shapes6 import crawl as crawl_with
from tests.test_crawl_discovery_shapes7 import crawl, requested, serving
from tests.test_crawl_discovery_shapes8 import LONGREAD, REVIEW, assert_whole, longread_page, review_page, run
from tests.test_extract_unseen_shapes2 import page
from tests.test_extract_unseen_shapes5 import PAGINATED, paginated_page

pytestmark = pytest.mark.slow

PAGE2, PAGE3 = f"{PAGINATED}2/", f"{PAGINATED}3/"
REVIEW2, REVIEW3 = REVIEW.replace(".html", "-2.html"), REVIEW.replace(".html", "-3.html")
OTHER = "/2025/03/04/harbour-wall-repaired"


def story_pages(**extra: Page) -> dict[str, Page]:
    """The WordPress story (`/slug/2/`, "Page 2 of 3" with numbered links) and the hardware review
    (`,5812-2.html`), three pages each, plus a story of one page."""
    return {
        PAGINATED: paginated_page(1),
        PAGE2: paginated_page(2),
        PAGE3: paginated_page(3),
        REVIEW: review_page(1),
        REVIEW2: review_page(2),
        REVIEW3: review_page(3),
        OTHER: story("Harbour wall repaired"),
        **extra,
    }


def assert_joined(result: CrawlResult) -> None:
    """The WordPress story once, whole, under its first page; its later pages no records of their own."""
    assert paths_of(result.records) == sorted([PAGINATED, OTHER]), result.log_tail()
    assert_whole(only(result, PAGINATED), "The long tunnel", "Marta Greene")
    assert result.drops == {} and result.stats.get("newsarchive/spider/article_pages") == 2, result.log_tail()
    assert result.stats.get("newsarchive/spider/article_page_alone") == 1, result.log_tail()


LISTINGS: dict[str, Callable[[], Page]] = {
    # a WordPress feed whose editor also shared page 2 (a "read on" item) after the story
    "feed, page 2 after page 1": lambda: rss(
        item("{origin}" + PAGINATED, "The long tunnel"),
        item("{origin}" + PAGE2, "The long tunnel, page 2"),
        item("{origin}" + OTHER, "Harbour wall repaired"),
    ),
    # the same feed ordered the other way: page 2 is asked for (and answered) before page 1
    "feed, page 2 first": lambda: rss(
        item("{origin}" + PAGE2, "The long tunnel, page 2"),
        item("{origin}" + PAGINATED, "The long tunnel"),
        item("{origin}" + OTHER, "Harbour wall repaired"),
    ),
    # a feed that lists page 2 alone (a "Top stories" feed built from page views)
    "feed, page 2 alone": lambda: rss(
        item("{origin}" + PAGE2, "The long tunnel, page 2"), item("{origin}" + OTHER, "Harbour wall repaired")
    ),
    # a front whose "Most read" box (counted by page views) links page 2 above the story's own card
    "front, most read": lambda: front(PAGE2, PAGINATED, OTHER),
}


@pytest.mark.parametrize("listing", sorted(LISTINGS))
def test_a_later_page_listed_too_neither_loses_the_story_nor_is_archived_alone(
    run_crawl, listing: str
) -> None:
    """A three-page WordPress story whose page 2 a feed or front also lists: the story is one record under
    its first page with the text of its three pages (it was lost: the request for page 2 was filtered as a
    duplicate and the held record with it), page 2 is no record of its own (it was one, with a third of the
    text), counted (`newsarchive/spider/article_page_alone`); the next run asks for no page of it."""
    pages = story_pages(**{"/listing": LISTINGS[listing]()})
    with serving(pages) as site:
        first = crawl(run_crawl, site, "/listing")
        assert_joined(first)
        # page 2 is asked for a second time as the story's page: a later page is never filtered
        assert requested(site, PAGINATED, PAGE3) == [PAGINATED, PAGE3], site.requested_paths()
        again = crawl(run_crawl, site, "/listing")
        assert requested(site, PAGINATED, PAGE2, PAGE3) == [], site.requested_paths()
        assert again.records == first.records, again.log_tail()


def test_a_later_page_of_a_story_the_state_knows_asks_for_nothing_more(run_crawl) -> None:
    """The WordPress story archived by one run from its feed; the next run's front links page 3 alone (a
    reader-shared link that went viral): page 3 is no record, its first page is not fetched again (the state
    knows it), and the run after asks for page 3 no more."""
    pages = story_pages(**{"/feeds/all.rss": rss(item("{origin}" + PAGINATED, "The long tunnel"))})
    pages["/"] = front(PAGE3, OTHER)
    with serving(pages) as site:
        feed = crawl(run_crawl, site, "/feeds/all.rss")
        assert_whole(only(feed, PAGINATED), "The long tunnel", "Marta Greene")
        second = crawl_with(run_crawl, site, "/", "sitemaps=no")
        # (the archive holds every run's records)
        assert paths_of(second.records) == sorted([PAGINATED, OTHER]), second.log_tail()
        assert requested(site, PAGINATED, PAGE2, PAGE3) == [PAGE3], site.requested_paths()
        assert second.stats.get("newsarchive/spider/article_page_alone") == 1, second.log_tail()
        crawl_with(run_crawl, site, "/", "sitemaps=no")
        assert requested(site, PAGINATED, PAGE2, PAGE3, OTHER) == [], site.requested_paths()


def test_a_review_whose_later_pages_a_feed_lists_is_one_record(run_crawl) -> None:
    """A hardware site's feed listing every page of a review (`,5812.html`, `,5812-2.html`, `,5812-3.html`;
    the Tom's Hardware habit of one item per page): one record, the three pages' text in order."""
    pages = story_pages(
        **{
            "/feeds/reviews.rss": rss(
                *(item("{origin}" + path, "Quiet fan test") for path in (REVIEW3, REVIEW2, REVIEW))
            )
        }
    )
    with serving(pages) as site:
        result = crawl(run_crawl, site, "/feeds/reviews.rss")
        assert paths_of(result.records) == [REVIEW], result.log_tail()
        assert_whole(only(result, REVIEW), "Quiet fan test", "Ines Varga")
        assert result.stats.get("newsarchive/spider/article_page_alone") == 2, result.log_tail()
        assert result.stats.get("newsarchive/spider/article_pages") == 2, result.log_tail()


def test_a_story_held_when_its_later_page_is_dropped_is_counted_and_logged(run_crawl) -> None:
    """`-s URLLENGTH_LIMIT=N` just under the length of the story's page 2 (a Scrapy setting a crawl of
    endless calendar URLs sets): Scrapy's URL-length middleware drops the request for page 2 with a DEBUG
    line, and the record held for it went with it, unsaid. It is counted
    (`newsarchive/spider/article_pages_unfinished`) and one WARNING names it. (This was `-s DEPTH_LIMIT=2`
    dropping page 3 until tests/test_crawl_discovery_shapes10.py: a story's pages are one hop now.)"""
    pages = story_pages(**{"/feeds/all.rss": rss(item("{origin}" + PAGINATED, "The long tunnel"))})
    with serving(pages) as site:
        limit = len(site.url(PAGE2)) - 1
        result = run(run_crawl, site, "/feeds/all.rss", settings={"URLLENGTH_LIMIT": limit})
        assert requested(site, PAGINATED, PAGE2, PAGE3) == [PAGINATED], site.requested_paths()
        assert result.stats.get("newsarchive/spider/article_pages_unfinished") == 1, result.log_tail()
        assert (
            "1 stories split over pages were held for a later page when the crawl closed (finished)"
            in result.stderr
        ), result.log_tail()
        assert site.url(PAGINATED) in result.stderr, result.log_tail()


# --- the rule, without a crawl ---
ORIGIN = "https://harbour.example"
TEXT = "<p>Text.</p>"


@pytest.mark.parametrize(
    ("html", "path", "expected"),
    [
        (paginated_page(2), PAGE2, (PAGINATED, 2)),  # pager: "1" links the first page
        (paginated_page(3), PAGE3, (PAGINATED, 3)),
        (review_page(3), REVIEW3, (REVIEW, 3)),
        (longread_page(2), f"{LONGREAD}?page=2", (LONGREAD, 2)),  # `?page=2` linking its page 3
        # WordPress's `/page/3/` with `<link rel="prev">` to `/page/2/`
        (page('<link rel="prev" href="/x/story/page/2/">', TEXT), "/x/story/page/3/", ("/x/story/", 3)),
        # a canonical naming the first page (many CMSs' SEO plugins on a later page)
        (page('<link rel="canonical" href="/x/a.html">', TEXT), "/x/a_2.html", ("/x/a.html", 2)),
        # "« Previous page" back to the first
        (page("", '<a href="/x/story/">« Previous page</a>'), "/x/story/2/", ("/x/story/", 2)),
        (paginated_page(1), PAGINATED, None),  # the first page itself
        # a Drupal node whose menu links its section: a URL ending in a number is no later page by itself
        (page("", '<nav><a href="/node">Nodes</a></nav><p>Text.</p>'), "/node/2", None),
        # a blog of numbered posts linking the next post and the list: `/p/2` is a post of its own
        (page('<link rel="next" href="/p/3">', '<a href="/p">All posts</a>'), "/p/2", None),
        (longread_page(3), f"{LONGREAD}?page=3", None),  # the last `?page=N` links nothing back: left alone
        # a link back reading "1" to another story is none of this page's
        (page("", '<a href="/x/other-story/">1</a>'), "/x/story/2/", None),
    ],
)  # fmt: skip
def test_a_later_page_is_told_by_its_url_and_a_marked_link_back(
    html: str, path: str, expected: tuple[str, int] | None
) -> None:
    found = first_page_of(Selector(html), ORIGIN + path)
    assert found == (None if expected is None else (ORIGIN + expected[0], expected[1]))


# --- tracking parameters of analytics tools and publishers ---
#: each story's link as a feed tags it, by the habit of the tool or publisher named
TAGGED = {
    # AT Internet/XiTi: a French daily's feed per section
    "/politique/2025/03/04/budget-adopte": "xtor=RSS-{n}",
    "/news/uk-2025-03-04-ferry-strike": "at_medium=RSS&at_campaign=rss-{n}",  # AT Internet, a broadcaster
    "/politik/2025/03/04/haushalt-beschlossen": "wt_mc=rss.ressort.{n}",  # Webtrekk, a German weekly
    "/world/2025/mar/04/dam-opens": "CMP=share_btn_{n}",  # a British daily's share buttons
    "/news/article-2025-03-04-storm-warning.html": "ito={n}",  # a tabloid's placement ids
    "/story/2025/03/04/bridge-tolls-cut": "ns_mchannel=social&ns_source=feed{n}",  # comScore
    "/culture/2025/03/04/museum-reopens": "mbid=social_{n}",  # a magazine group's social links
    "/local/2025/03/04/school-roof-repaired": "ref=homepage_{n}",  # a placement `ref`
}
#: two records of a registry whose `ref` selects the page: never one key
REGISTRY = ("/archive/record?ref=19880042", "/archive/record?ref=19880043")


def tagged_feed(n: int) -> Page:
    links = [f"{path}?{query.format(n=n)}" for path, query in TAGGED.items()]
    return rss(*(item("{origin}" + link.replace("&", "&amp;"), link) for link in [*links, *REGISTRY]))


def test_tracking_parameters_of_analytics_tools_neither_fetch_a_story_twice_nor_stay_in_its_url(
    run_crawl,
) -> None:
    """A site's two section feeds tagging every link with their own value of an analytics campaign marker
    (AT Internet's `xtor`/`at_*`, Webtrekk's `wt_mc`, comScore's `ns_*`, a British daily's `CMP`, a tabloid's
    `ito`, a magazine group's `mbid`, a placement `ref=homepage_...`): each story is archived once under its
    bare URL (it was archived under the tagged one), and the second feed's run asks for none of them again
    (each was fetched again and dropped as a Duplicate). A `ref` that selects a registry's record is kept."""
    titles = {
        path: path.rsplit("/", 1)[-1].removesuffix(".html").replace("-", " ").capitalize() for path in TAGGED
    }
    pages: dict[str, Page] = {path: story(title) for path, title in titles.items()}
    pages.update({ref: story(f"Registry record {ref[-2:]}") for ref in REGISTRY})
    pages.update({"/feeds/a.rss": tagged_feed(3208), "/feeds/b.rss": tagged_feed(3210)})
    with serving(pages) as site:
        first = crawl(run_crawl, site, "/feeds/a.rss")
        assert sorted(r["url"] for r in first.records) == sorted(
            site.url(path) for path in [*TAGGED, *REGISTRY]
        ), first.log_tail()
        for path, title in titles.items():
            assert_story(only(first, path), title, "2025-03-04T09:30:00+00:00")
        assert first.stats.get("newsarchive/discovery/tracking_params") == len(TAGGED), first.log_tail()
        crawl(run_crawl, site, "/feeds/b.rss")
        assert site.requested_paths() == ["/robots.txt", "/feeds/b.rss"]


@pytest.mark.parametrize(
    ("query", "kept"),
    [
        ("xtor=RSS-3208", ""),
        ("at_medium=RSS&at_campaign=KARANGA&at_custom1=x", ""),
        ("wt_mc=rss.red.ho.ho.atom.beitrag.beitrag&WT.mc_id=tw", ""),
        ("ns_mchannel=social&ns_source=twitter&ns_campaign=bbc_live&ns_linkname=x&ns_fee=0", ""),
        ("CMP=Share_iOSApp_Other&ito=social-twitter_mailonline&mbid=nl_030425", ""),
        ("guccounter=1&guce_referrer=aHR0cHM&guce_referrer_sig=AQAAA", ""),
        ("ref=homepage", ""),
        ("ref=most-read.3&ref=RSS", ""),
        ("id=4411&ref=nav-top", "id=4411"),
        ("ref=19880042", "ref=19880042"),  # a record number
        ("ref=homepage9", "ref=homepage9"),  # not a placement word: kept
        ("at=2&source=archive&cid=4411&page=2", "at=2&cid=4411&page=2&source=archive"),
        ("p=5031&cmp_id=7&itok=9", "cmp_id=7&itok=9&p=5031"),  # only the exact names
    ],
)  # fmt: skip
def test_a_url_key_drops_tracking_parameters_and_keeps_those_that_may_select_the_page(
    query: str, kept: str
) -> None:
    assert url_key(f"https://ledger.example/a?{query}") == "https://ledger.example/a" + (
        f"?{kept}" if kept else ""
    )


# --- an RSS feed with xml:base and relative links ---
BASED = "/lokales/2025/03/04/faehre-faehrt-wieder"
BASED_GUID = "/lokales/2025/03/04/marktplatz-gesperrt"


def test_an_rss_feed_with_xml_base_resolves_its_relative_links_against_it(run_crawl) -> None:
    """An RSS 2.0 feed of a site served from a subfolder, written with `xml:base` on `<rss>` (as Drupal's core
    RSS sets it) and item links relative to it, one item linked only by its permalink `<guid>`: XML Base holds
    for RSS as for Atom, so both resolve against it (they resolved against the feed's URL, `/feeds/...`:
    404s, and a run that archived nothing)."""
    feed = xml(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xml:base="{origin}/lokales/"><channel>'
        "<title>Lokales</title><link>{origin}/lokales/</link><description>Lokales</description>"
        "<item><title>Fähre fährt wieder</title><link>2025/03/04/faehre-faehrt-wieder</link>"
        "<pubDate>Tue, 04 Mar 2025 09:30:00 +0000</pubDate></item>"
        '<item><title>Marktplatz gesperrt</title><guid isPermaLink="true">'
        "/lokales/2025/03/04/marktplatz-gesperrt</guid>"
        "<pubDate>Tue, 04 Mar 2025 09:30:00 +0000</pubDate></item></channel></rss>",
        RSS,
    )
    pages: dict[str, Page] = {
        "/feeds/lokales.xml": feed,
        BASED: story("Fähre fährt wieder"),
        BASED_GUID: story("Marktplatz gesperrt"),
    }
    with serving(pages) as site:
        result = crawl(run_crawl, site, "/feeds/lokales.xml")
        assert paths_of(result.records) == sorted([BASED, BASED_GUID]), result.log_tail()
        assert_story(only(result, BASED), "Fähre fährt wieder", "2025-03-04T09:30:00+00:00")
        assert_story(only(result, BASED_GUID), "Marktplatz gesperrt", "2025-03-04T09:30:00+00:00")
        assert sorted(site.requested_paths()) == sorted(
            ["/robots.txt", "/feeds/lokales.xml", BASED, BASED_GUID]
        )
