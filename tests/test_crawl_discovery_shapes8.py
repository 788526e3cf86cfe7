"""Discovery probes, round 8: what a cron `scrapy crawl article -a url=...` meets on publishers nobody tuned
for: stories split over several pages, cookie-consent walls served in a story's place, AMP copies in a feed,
a gzip sitemap or page served as text/html, a start URL robots.txt forbids. Each shape is hand-built after
the CMS or publisher habit named at its test, served from 127.0.0.1 by a server of its own and crawled for
real (the archive's JSONL, the crawl's stats and the server's request log are read back); the rules they rest
on are checked without a crawl at the end.

The story pages, feeds and checks are round 6's and 7's (tests/test_crawl_discovery_shapes6.py, ...7.py).
"""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path

import pytest

from newsarchive.demo.server import Request, Resource, SiteServer
from newsarchive.discovery.amp import looks_amp
from newsarchive.discovery.article_pages import continues, next_page_url
from newsarchive.extract import extract_article
from tests.crawlkit import CrawlResult, DataDirs, Page, paths_of
from tests.test_crawl_discovery_shapes6 import assert_story, item, only, rss, story
from tests.test_crawl_discovery_shapes7 import AMP_CANONICAL, amp_page, crawl, requested, serving
from tests.test_extract_unseen_shapes2 import page
from tests.test_extract_unseen_shapes4 import LONG, paras
from tests.test_extract_unseen_shapes5 import PAGINATED, paginated_page

pytestmark = pytest.mark.slow


def run(run_crawl: Callable[..., CrawlResult], site: SiteServer, path: str, **kwargs: object) -> CrawlResult:
    """One cron run that may end with a failed run report (exit 3: no article found): the log says why."""
    site.clear_log()
    result = run_crawl("article", f"url={site.url(path)}", **kwargs)
    assert result.returncode in (0, 3), result.log_tail()
    return result


# --- a story split over several pages ---
#: a review on a hardware site numbering its pages `,<id>-2.html` (the Tom's Hardware / Golem habit)
REVIEW = "/reviews/quiet-fan-test,5812.html"
#: a long read on a magazine CMS numbering its pages `?page=2`, linked by `<link rel="next">` alone
LONGREAD = "/features/the-river-keepers"
LONG_HEAD = '<meta property="og:type" content="article"><meta name="author" content="Ines Varga">'
LONG_DATE = '<meta property="article:published_time" content="2025-03-04T09:00:00+00:00">'


def review_page(number: int) -> str:
    """Page `number` of three: "Page 1 2 3" and "Next Page" in a pager under the text."""
    link = REVIEW.replace(".html", f"-{number + 1}.html")
    hrefs = [REVIEW, REVIEW.replace(".html", "-2.html"), REVIEW.replace(".html", "-3.html")]
    pager = "".join(
        f"<b>{n}</b>" if n == number else f'<a href="{hrefs[n - 1]}">{n}</a>' for n in (1, 2, 3)
    ) + (f'<a class="next" href="{link}">Next Page</a>' if number < 3 else "")
    title = "Quiet fan test" + (f" - Page {number}" if number > 1 else "")
    return page(
        f"<title>{title} | Bench Notes</title>{LONG_HEAD}{LONG_DATE}",
        '<main><article><h1>Quiet fan test</h1><p class="byline">By Ines Varga</p><div class="text">'
        + paras(LONG[4 * (number - 1) : 4 * number])
        + f'</div><div class="pager">{pager}</div></article></main>',
    )


def longread_page(number: int) -> str:
    """Page `number` of three; only the head links the next (`<link rel="next" href="?page=N">`)."""
    nxt = f'<link rel="next" href="{LONGREAD}?page={number + 1}">' if number < 3 else ""
    return page(
        f"<title>The river keepers | Dispatch</title>{LONG_HEAD}{LONG_DATE}{nxt}",
        '<main><article><h1>The river keepers</h1><p class="byline">By Ines Varga</p><div class="story">'
        + paras(LONG[4 * (number - 1) : 4 * number])
        + "</div></article></main>",
    )


def story_pages() -> dict[str, Page]:
    return {
        "/feeds/all.rss": rss(
            item("{origin}" + PAGINATED, "The long tunnel"),
            item("{origin}" + REVIEW, "Quiet fan test"),
            item("{origin}" + LONGREAD, "The river keepers"),
        ),
        PAGINATED: paginated_page(1),
        f"{PAGINATED}2/": paginated_page(2),
        f"{PAGINATED}3/": paginated_page(3),
        REVIEW: review_page(1),
        REVIEW.replace(".html", "-2.html"): review_page(2),
        REVIEW.replace(".html", "-3.html"): review_page(3),
        LONGREAD: longread_page(1),
        f"{LONGREAD}?page=2": longread_page(2),
        f"{LONGREAD}?page=3": longread_page(3),
    }


def assert_whole(record: dict, headline: str, author: str, pages: int = 3) -> None:
    assert record["page_type"] == "article" and record["headline"] == headline
    assert record["authors"] == [author] and record["published_at"] == "2025-03-04T09:00:00+00:00"
    assert record["body"] == LONG[: 4 * pages] and record["language"] == "en"
    assert (record["truncated"], record["sponsored"]) == (False, False)
    assert record["word_count"] == sum(len(p.split()) for p in LONG[: 4 * pages])


def test_a_story_split_over_pages_is_archived_once_with_every_page_in_order(run_crawl) -> None:
    """Three stories of three pages each in one feed: a WordPress magazine's `<!--nextpage-->` (`/slug/2/`,
    "Next page" and page numbers, rel=next), a hardware review numbering pages `,5812-2.html` ("Next Page"),
    and a long read paged `?page=2` that only its head's `<link rel="next">` links. Each is one record under
    its first page's URL, with the text of its three pages in order (it was the first page's alone); each
    page is asked for once, and the next run asks for none."""
    with serving(story_pages()) as site:
        first = crawl(run_crawl, site, "/feeds/all.rss")
        assert paths_of(first.records) == sorted([PAGINATED, REVIEW, LONGREAD]), first.log_tail()
        assert first.drops == {} and first.stats.get("newsarchive/spider/article_pages") == 6, (
            first.log_tail()
        )
        assert_whole(only(first, PAGINATED), "The long tunnel", "Marta Greene")
        assert_whole(only(first, REVIEW), "Quiet fan test", "Ines Varga")
        assert_whole(only(first, LONGREAD), "The river keepers", "Ines Varga")
        log = site.requested_paths()
        assert set(log) == {"/robots.txt", *story_pages()}, log
        assert len(log) == len(set(log)), log
        second = crawl(run_crawl, site, "/feeds/all.rss")
        assert site.requested_paths() == ["/robots.txt", "/feeds/all.rss"] and len(second.records) == 3


def test_a_storys_pages_are_read_up_to_the_cap_and_a_failed_page_keeps_the_pages_before(
    run_crawl, tmp_path: Path
) -> None:
    """The WordPress story with `NEWSARCHIVE_SPIDER_ARTICLE_MAX_PAGES=2`: its first two pages, the third not
    asked for (`newsarchive/spider/article_pages_capped`); then, without the cap, its third page answering
    404 (an editor removed it): the first two pages are archived and the failure counted
    (`newsarchive/spider/article_page_failed`), the run otherwise clean."""
    pages = story_pages()
    pages["/feeds/all.rss"] = rss(item("{origin}" + PAGINATED, "The long tunnel"))
    with serving(pages) as site:
        capped = run(run_crawl, site, "/feeds/all.rss", settings={"NEWSARCHIVE_SPIDER_ARTICLE_MAX_PAGES": 2})
        assert_whole(only(capped, PAGINATED), "The long tunnel", "Marta Greene", pages=2)
        assert capped.stats.get("newsarchive/spider/article_pages_capped") == 1, capped.log_tail()
        assert requested(site, f"{PAGINATED}3/") == [], site.requested_paths()
    pages[f"{PAGINATED}3/"] = Resource(status=404, body=b"<html><body><h1>Not found</h1></body></html>")
    with serving(pages) as site:
        failed = run(run_crawl, site, "/feeds/all.rss", data=DataDirs.under(tmp_path / "uncapped"))
        assert_whole(only(failed, PAGINATED), "The long tunnel", "Marta Greene", pages=2)
        assert failed.stats.get("newsarchive/spider/article_page_failed") == 1, failed.log_tail()
        assert failed.stats.get("newsarchive/spider/article_errors") is None, failed.log_tail()
        assert requested(site, f"{PAGINATED}3/") == [f"{PAGINATED}3/"], site.requested_paths()


NEXT_POST = "/2025/03/05/ferry-fares-frozen/"
BLOG_POST = "/2025/03/04/ferry-timetable-printed/"


def test_a_posts_link_to_the_next_post_is_no_page_of_it(run_crawl) -> None:
    """A WordPress blog whose theme prints `<link rel="next">` to the next post in the head (core's
    adjacent_posts_rel_link until 2015, kept by many themes) and "Next post »" under it: the post is its
    own text alone, and the next post is not asked for as a page of it."""
    head = f'<link rel="next" href="{NEXT_POST}"><link rel="prev" href="/2025/03/03/harbour-dues-cut/">'
    pages: dict[str, Page] = {
        "/feeds/all.rss": rss(item("{origin}" + BLOG_POST, "Ferry timetable printed")),
        BLOG_POST: story("Ferry timetable printed")
        .replace("</head>", head + "</head>", 1)
        .replace("</article>", f'<a rel="next" href="{NEXT_POST}">Next post »</a></article>', 1),
        NEXT_POST: story("Ferry fares frozen"),
    }
    with serving(pages) as site:
        result = crawl(run_crawl, site, "/feeds/all.rss")
        assert paths_of(result.records) == [BLOG_POST], result.log_tail()
        assert_story(only(result, BLOG_POST), "Ferry timetable printed", "2025-03-04T09:30:00+00:00")
        assert (
            requested(site, NEXT_POST) == [] and result.stats.get("newsarchive/spider/article_pages") is None
        )


# --- a cookie-consent wall served in the story's place ---
CONSENT_BODY = (
    "<main><h1>We value your privacy</h1><p>We and our 214 partners store and access information on your"
    " device, such as cookies, and process personal data, such as unique identifiers and standard information"
    " sent by a device, for personalised advertising and content, advertising and content measurement,"
    " audience research and services development.</p><p>You can accept all cookies or manage your choices,"
    " including your right to object where legitimate interest is used, at any time by clicking on Privacy"
    " settings at the bottom of every page.</p><form method=post action=/consent/accept>"
    '<button type="submit">Accept all</button><button name=reject>Reject all</button></form></main>'
)
WALLED = "/health/2025/03/04/clinic-opening-hours-change"
WALLED_HEAD = "/health/2025/03/04/pharmacy-rota-published"


def consent_wall(head: str = "") -> str:
    return page(f"<title>Before you continue</title>{head}", CONSENT_BODY)


def test_a_consent_wall_served_for_a_story_is_counted_and_the_story_asked_for_next_run(run_crawl) -> None:
    """A CMP (a TCF consent platform) that answers a story's URL itself with its wall, 200 OK: once with
    a bare page, once keeping the story's head (og:type article, its published_time), which made the wall
    an archived "article" whose text was the cookie notice. Neither is archived nor dropped: each is
    counted (`newsarchive/spider/consent_wall`, one WARNING line), left out of the crawl state, and asked
    for again by the next run, which archives the stories once the CMP lets the crawler through."""
    published = '<meta property="og:type" content="article">' + (
        '<meta property="article:published_time" content="2025-03-04T09:30:00+00:00">'
    )
    pages: dict[str, Page] = {
        "/feeds/health.rss": rss(
            item("{origin}" + WALLED, "Clinic opening hours change"),
            item("{origin}" + WALLED_HEAD, "Pharmacy rota published"),
        ),
        WALLED: consent_wall(),
        WALLED_HEAD: consent_wall(published),
    }
    with serving(pages) as site:
        walled = run(run_crawl, site, "/feeds/health.rss")
        assert walled.records == [] and walled.drops == {}, walled.log_tail()
        assert walled.stats.get("newsarchive/spider/consent_wall") == 2, walled.log_tail()
        assert walled.stderr.count("answered a cookie-consent wall") == 1, walled.log_tail()
        again = run(run_crawl, site, "/feeds/health.rss")
        assert sorted(requested(site, WALLED, WALLED_HEAD)) == sorted([WALLED, WALLED_HEAD])
        assert again.stats.get("newsarchive/schedule/new") == 2, again.log_tail()
        pages[WALLED] = story("Clinic opening hours change")
        pages[WALLED_HEAD] = story("Pharmacy rota published")
        through = crawl(run_crawl, site, "/feeds/health.rss")
        assert paths_of(through.records) == sorted([WALLED, WALLED_HEAD]), through.log_tail()
        assert_story(only(through, WALLED), "Clinic opening hours change", "2025-03-04T09:30:00+00:00")
        assert_story(only(through, WALLED_HEAD), "Pharmacy rota published", "2025-03-04T09:30:00+00:00")


# --- an AMP copy in a feed ---
AMP = "/amp/2025/03/04/lifeboat-station-reopens"


def test_an_amp_copy_in_a_feed_is_not_extracted_before_its_canonical(run_crawl) -> None:
    """The WordPress AMP plugin's feed item (round 7's shape): the copy is fetched (its URL says nothing
    sure) but not extracted in an extraction worker ahead of the callback that asks for its canonical page
    instead: one extraction per story (`newsarchive/extract/pooled`), not two."""
    pages: dict[str, Page] = {
        "/feeds/coast.rss": rss(item("{origin}" + AMP, "Lifeboat station reopens")),
        AMP: lambda request: Resource(
            body=amp_page("Lifeboat station reopens", request.origin + AMP_CANONICAL).encode()
        ),
        AMP_CANONICAL: story("Lifeboat station reopens"),
    }
    with serving(pages) as site:
        result = crawl(run_crawl, site, "/feeds/coast.rss")
        assert paths_of(result.records) == [AMP_CANONICAL], result.log_tail()
        assert_story(only(result, AMP_CANONICAL), "Lifeboat station reopens", "2025-03-04T09:30:00+00:00")
        assert result.stats.get("newsarchive/extract/pooled") == 1, result.log_tail()
        assert result.stats.get("newsarchive/discovery/amp_to_canonical") == 1, result.log_tail()


# --- gzip served as text/html without Content-Encoding ---
GZ_STORY = "/2025/03/04/harbour-wall-repaired"
GZ_PAGE = "/2025/03/04/quay-lights-restored"


def gzipped_html(body: Callable[[Request], str]) -> Callable[[Request], Resource]:
    return lambda request: Resource(
        body=gzip.compress(body(request).encode()), content_type="text/html; charset=utf-8"
    )


def test_gzip_served_as_text_html_is_read(run_crawl) -> None:
    """An nginx whose `types` map sends `sitemap.xml.gz` as text/html (its default_type), and a cache
    plugin's pre-compressed `.html.gz` page sent as text/html without `Content-Encoding`: the sitemap's
    story and the page are archived (they were refused as binary), the decompression counted
    (`newsarchive/http/gzip_unlabelled`)."""
    urlset = (
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{{origin}}{GZ_STORY}</loc><lastmod>2025-03-04T09:30:00Z</lastmod></url>"
        f"<url><loc>{{origin}}{GZ_PAGE}</loc><lastmod>2025-03-04T09:30:00Z</lastmod></url></urlset>"
    )
    pages: dict[str, Page] = {
        "/sitemap.xml.gz": gzipped_html(lambda request: urlset.replace("{origin}", request.origin)),
        GZ_STORY: story("Harbour wall repaired"),
        GZ_PAGE: gzipped_html(lambda request: story("Quay lights restored")),
    }
    with serving(pages) as site:
        result = crawl(run_crawl, site, "/sitemap.xml.gz")
        assert paths_of(result.records) == sorted([GZ_STORY, GZ_PAGE]), result.log_tail()
        assert_story(only(result, GZ_STORY), "Harbour wall repaired", "2025-03-04T09:30:00+00:00")
        assert_story(only(result, GZ_PAGE), "Quay lights restored", "2025-03-04T09:30:00+00:00")
        assert result.stats.get("newsarchive/http/gzip_unlabelled") == 2, result.log_tail()


# --- a start URL robots.txt forbids ---
def test_a_start_url_robots_txt_forbids_says_so(run_crawl) -> None:
    """A publisher whose robots.txt disallows its feeds folder (`Disallow: /feeds/`) to every crawler: the
    feed is not fetched, and the log says why in one line (it said nothing at INFO: a run of 0 articles)."""
    pages: dict[str, Page] = {
        "/robots.txt": Resource(body=b"User-agent: *\nDisallow: /feeds/\n", content_type="text/plain"),
        "/feeds/all.rss": rss(item("{origin}" + GZ_STORY, "Harbour wall repaired")),
        GZ_STORY: story("Harbour wall repaired"),
    }
    with serving(pages) as site:
        result = run(run_crawl, site, "/feeds/all.rss")
        assert result.records == [] and site.requested_paths() == ["/robots.txt"], result.log_tail()
        assert result.stats.get("newsarchive/spider/start_forbidden") == 1, result.log_tail()
        assert "is disallowed by the site's robots.txt" in result.stderr, result.log_tail()


# --- a feed URL answering an HTML error page with 200 ---
def test_a_feed_answering_an_html_error_page_says_so(run_crawl) -> None:
    """A CMS whose feed, during maintenance, answers its themed error page with 200 OK (Drupal's and
    WordPress's maintenance modes do): read as a page, as any HTML start URL is (its menu leads to the
    stories), and one WARNING line names the start URL and the page's title, where the run said nothing."""
    pages: dict[str, Page] = {
        "/feed/": page(
            "<title>Down for maintenance | The Ledger</title>",
            '<nav><a href="/">Home</a></nav><main><h1>Down for maintenance</h1><p>Back soon.</p></main>',
        ),
        "/": page(
            "<title>The Ledger</title>", f'<main><ul><li><a href="{GZ_STORY}">Harbour</a></li></ul></main>'
        ),
        GZ_STORY: story("Harbour wall repaired"),
    }
    with serving(pages) as site:
        result = run(run_crawl, site, "/feed/")
        assert result.stats.get("newsarchive/spider/start_not_feed") == 1, result.log_tail()
        assert (
            "names a feed or sitemap but answered an HTML page (title 'Down for maintenance | The Ledger')"
            in (result.stderr)
        ), result.log_tail()


# --- the rules, without a crawl ---
FIRST = "https://dispatch.example/features/the-river-keepers"


@pytest.mark.parametrize(
    ("first", "url", "number", "expected"),
    [
        (FIRST, FIRST + "?page=2", 2, True),
        (FIRST, FIRST + "/2", 2, True),
        (FIRST + "/", FIRST + "/2/", 2, True),
        (FIRST + "/", FIRST + "/page/3/", 3, True),
        ("https://b.example/r/fan-test,5812.html", "https://b.example/r/fan-test,5812-2.html", 2, True),
        ("https://b.example/r/fan.html", "https://b.example/r/fan_2.html", 2, True),
        ("https://b.example/?p=5031", "https://b.example/?p=5031&page=2", 2, True),
        ("https://b.example/a?id=7", "https://b.example/a?id=7&seite=2", 2, True),
        (FIRST, FIRST + "?page=3", 2, False),  # not the page asked for
        (FIRST, FIRST + "-2", 2, False),  # WordPress's slug of a second post of the same title
        (FIRST, "https://dispatch.example/features/the-next-story", 2, False),
        (FIRST, "https://other.example/features/the-river-keepers/2", 2, False),
        ("https://b.example/a?id=7", "https://b.example/a?id=8&page=2", 2, False),
        ("https://b.example/", "https://b.example/2", 2, False),
    ],
)  # fmt: skip
def test_a_later_page_continues_the_first_pages_url(
    first: str, url: str, number: int, expected: bool
) -> None:
    assert continues(first, url, number) is expected


def test_the_next_page_is_a_marked_link_that_continues_the_story() -> None:
    """`<link rel="next">`, a pager's "Next page" or its number are taken when they continue the story's
    URL; a "Next post" to another slug, an unmarked link to page 2 of something else are not."""
    from parsel import Selector

    first = "https://harbour.example/2025/03/04/the-long-tunnel/"
    assert next_page_url(Selector(paginated_page(1)), first, first_url=first, number=2) == first + "2/"
    assert next_page_url(Selector(paginated_page(3)), first + "3/", first_url=first, number=4) is None
    story_url = "https://b.example/x/story.html"
    numbered = page(
        "", '<div class="pager"><a href="/x/story.html">1</a><a href="/x/story-2.html">2</a></div>'
    )
    assert next_page_url(Selector(numbered), story_url, first_url=story_url, number=2) == (
        "https://b.example/x/story-2.html"
    )
    post = "https://b.example" + BLOG_POST
    blog = page(f'<link rel="next" href="{NEXT_POST}">', f'<a rel="next" href="{NEXT_POST}">Next post</a>')
    assert next_page_url(Selector(blog), post, first_url=post, number=2) is None


def test_a_consent_wall_is_told_from_a_story_about_cookies() -> None:
    """The record of the wall with the story's head (og:type article, a date) is no article and says it is a
    wall (`evidence.consent_wall`); a short story about a cookie fine quoting "We never set cookies...", on a
    page with a CMP banner, is an article whose record has no such field."""
    wall = extract_article(
        consent_wall('<meta property="og:type" content="article">').encode(), "https://x.example" + WALLED
    )
    assert wall.page_type == "static" and wall.evidence.consent_wall is True
    assert wall.headline == "Before you continue"
    fine = page(
        '<title>Retailer fined over cookies | The Ledger</title><meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2025-03-04T09:30:00+00:00">',
        '<div id="cmp"><p>We use cookies.</p><button>Accept all</button></div><main><article>'
        "<h1>Retailer fined over cookies</h1><p class=byline>By Ruth Okafor</p><div class=body><p>The data"
        " regulator fined an online retailer on Tuesday because this website set tracking cookies before"
        " visitors could accept or refuse them, the regulator said.</p><p>\u201cWe never set cookies without"
        " asking,\u201d the retailer said.</p><p>The retailer said it would"
        " appeal against the fine and had already changed its consent banner on every page of the shop."
        "</p></div></article></main>",
    )
    article = extract_article(fine.encode(), "https://x.example/2025/03/04/retailer-fined-over-cookies")
    assert article.page_type == "article" and article.evidence.consent_wall is False
    assert article.headline == "Retailer fined over cookies" and article.authors == ["Ruth Okafor"]
    assert article.published_at == "2025-03-04T09:30:00+00:00" and len(article.body) == 3
    assert "consent_wall" not in article.to_dict()["evidence"]


def test_an_amp_copy_is_told_from_its_first_bytes() -> None:
    assert looks_amp(b'<!doctype html><html amp lang="en">') and looks_amp("<html ⚡>".encode())
    assert looks_amp(b'<html lang="en" amp="">') and looks_amp(b"<HTML AMP>")
    assert not looks_amp(b'<html class="no-js amp">') and not looks_amp(b'<html class="amp-mode">')
    assert not looks_amp(b'<html lang="en"><body><p>amp</p>')
