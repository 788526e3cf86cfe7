# ruff: noqa: E501 - page templates and article prose read better unwrapped
"""Writes tests/site/generic/: "The Riverside Chronicle", a small WordPress-style local news site.

Run `python tests/site/build_generic.py` after editing; the generated files are checked in so the tests
read plain static files. Served with `SiteServer(GENERIC_SITE, rewrite_origin=GENERIC_ORIGIN)`: absolute
links to GENERIC_ORIGIN in feeds, sitemaps and robots.txt become the local server's origin; HTML pages use
root-relative links, as many themes do.

What is where (the crawl tests rely on it):
- 6 articles. JSON-LD NewsArticle on bridge, strike (Yoast-style @graph) and library; only OpenGraph /
  article:* meta on school, final and storm. One extra article under /private/ (robots.txt disallows it).
- Home `/` (latest 4, "Older posts" -> /page/2/), News front `/category/news/` (3 + /page/2/ with 1),
  Sport front `/category/sport/` (1 + rel=next "›" -> ?page=2 with 1), tag `/tag/harbour/`, `/about/`,
  video `/video/harbour-drone-footage/`.
- Feeds: RSS `/feed/` (latest 4 + one off-site item), Atom `/feed/atom/` (same 4), Atom `/category/sport/feed/`.
- robots.txt: `Sitemap: /sitemap_index.xml` -> Google News sitemap (storm, final), monthly urlsets
  2024-05 and 2024-04 with lastmod, and a page sitemap (home, about, video).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent / "generic"
ORIGIN = "https://riverside-chronicle.example"
SITE_NAME = "The Riverside Chronicle"


@dataclass(frozen=True, kw_only=True)
class Post:
    slug: str
    date: str  # ISO, local time with offset
    title: str
    dek: str
    section: str  # "news" | "sport"
    author: str
    tags: tuple[str, ...]
    jsonld: str  # "plain" | "graph" | "none"
    paragraphs: tuple[str, ...]
    fixed_path: str | None = None

    @property
    def path(self) -> str:
        if self.fixed_path:
            return self.fixed_path
        y, m, d = self.date[:10].split("-")
        return f"/{y}/{m}/{d}/{self.slug}/"

    @property
    def rfc822(self) -> str:
        from datetime import datetime
        from email.utils import format_datetime

        return format_datetime(datetime.fromisoformat(self.date))


POSTS: tuple[Post, ...] = (
    Post(
        slug="storm-warning-issued-for-coast",
        date="2024-05-18T07:10:00+01:00",
        title="Storm warning issued for the coast as gales approach",
        dek="Forecasters expect gusts of up to 70mph along the estuary on Sunday night.",
        section="news",
        author="Priya Natarajan",
        tags=("weather", "harbour"),
        jsonld="none",
        paragraphs=(
            "A yellow weather warning for wind has been issued for the whole of the coast from Sunday evening, "
            "with forecasters expecting gusts of up to 70mph along the exposed parts of the estuary.",
            "The harbour master said moorings in the outer basin should be checked before dark on Sunday, and "
            "that the slipway at Mill Quay would be closed to small craft until the gales had passed.",
            "Council crews spent Saturday clearing drains on the seafront road, which flooded twice last winter "
            "when high tides coincided with strong onshore winds and heavy rain.",
            "Ferry operators said sailings on Monday morning were likely to be cancelled, and advised passengers "
            "to check timetables before travelling to the terminal.",
        ),
    ),
    Post(
        slug="local-team-wins-regional-final",
        date="2024-05-17T21:45:00+01:00",
        title="Riverside Rovers win regional final in extra time",
        dek="A header in the 112th minute settled a tense night at the county ground.",
        section="sport",
        author="Tom Abernathy",
        tags=("football",),
        jsonld="none",
        paragraphs=(
            "Riverside Rovers are regional champions for the first time in eleven years after a header from "
            "captain Dan Okafor in the 112th minute settled a tense final at the county ground on Friday night.",
            "The visitors had taken the lead shortly before half-time, and it took a long-range equaliser from "
            "substitute Lewis Hart with eight minutes of normal time left to take the game into extra time.",
            "Manager Claire Whitby said the squad had been written off after a poor start to the season and "
            "praised the supporters who travelled in numbers despite the late kick-off.",
            "The club will now enter the national qualifying rounds in August, the first time it has reached "
            "that stage since the ground was redeveloped.",
        ),
    ),
    Post(
        slug="school-budget-vote-delayed",
        date="2024-05-16T16:20:00+01:00",
        title="Vote on school budget delayed after late changes",
        dek="Councillors asked for more time to study a revised plan for two primary schools.",
        section="news",
        author="Jane Doe",
        tags=("education", "council"),
        jsonld="none",
        paragraphs=(
            "A vote on next year's schools budget has been put back by a fortnight after councillors said they "
            "had not had enough time to study late changes to the plan for two primary schools in the town.",
            "The revised proposal would merge the infant and junior schools in Eastfield on one site, a move "
            "parents opposed at a packed public meeting in March.",
            "The cabinet member for education said the changes followed the consultation and would protect "
            "teaching posts, but opposition councillors called the timing unacceptable.",
            "The budget will now be considered at a special meeting at the end of the month, with the public "
            "gallery expected to be full again.",
        ),
    ),
    Post(
        slug="harbour-strike-ends-after-talks",
        date="2024-05-15T12:05:00+01:00",
        title="Harbour strike ends after two days of talks",
        dek="Dock workers accept a revised pay offer and return to work on Thursday.",
        section="news",
        author="Priya Natarajan",
        tags=("harbour", "business"),
        jsonld="graph",
        paragraphs=(
            "A three-week strike by dock workers at the harbour has ended after union members voted to accept a "
            "revised pay offer following two days of talks at the conciliation service.",
            "The deal includes a pay rise backdated to April and a commitment to review shift patterns on the "
            "container berths, which the union said had become unsafe during the busiest months.",
            "Shipping agents said it would take at least a week to clear the backlog of vessels waiting in the "
            "roads, with perishable cargo given priority at the refrigerated terminal.",
            "The harbour company said it welcomed the end of the dispute and thanked customers for their "
            "patience during what it called a difficult period for everyone involved.",
        ),
    ),
    Post(
        slug="city-council-approves-new-bridge",
        date="2024-05-14T09:30:00+01:00",
        title="Council approves new footbridge across the river",
        dek="The crossing will link the station with the old town by the end of 2026.",
        section="news",
        author="Jane Doe",
        tags=("council", "transport"),
        jsonld="plain",
        paragraphs=(
            "Plans for a new footbridge across the river have been approved by the council's planning committee, "
            "clearing the way for work to start on the crossing between the station and the old town next spring.",
            "The cable-stayed bridge will carry pedestrians and cyclists over the navigation channel, with a "
            "clearance high enough for the sailing barges that still use the upper quays in summer.",
            "Objectors had raised concerns about the loss of moorings on the north bank, and the committee added "
            "a condition requiring replacement berths to be provided before construction begins.",
            "The scheme is funded by a government grant and a contribution from the developer of the former "
            "gasworks site, where four hundred homes are being built.",
        ),
    ),
    Post(
        slug="marathon-route-unveiled",
        date="2024-04-28T10:00:00+01:00",
        title="Marathon route unveiled with finish on the quayside",
        dek="This year's race will finish beside the new library for the first time.",
        section="sport",
        author="Tom Abernathy",
        tags=("athletics",),
        jsonld="plain",
        paragraphs=(
            "Organisers of the Riverside Marathon have unveiled a new route that will bring runners along the "
            "quayside for the final two miles and finish beside the new library for the first time.",
            "The change avoids the steep climb through the old town that runners have complained about for years, "
            "and race director Helen Mair said it should make the course one of the fastest in the region.",
            "Road closures will be in place from six in the morning until mid-afternoon, and the park-and-ride "
            "service will run extra buses from the retail park throughout the day.",
            "Entries open on Monday, with places reserved for local running clubs and charity fundraisers before "
            "general entry opens at the end of the month.",
        ),
    ),
)

PRIVATE = Post(
    slug="embargoed-story",
    date="2024-05-18T23:00:00+01:00",
    title="Embargoed story that must never be fetched",
    dek="Robots.txt disallows this folder.",
    section="news",
    author="Jane Doe",
    tags=(),
    jsonld="plain",
    paragraphs=POSTS[0].paragraphs,
    fixed_path="/private/embargoed-story/",
)


def post_by_slug(slug: str) -> Post:
    return next(p for p in POSTS if p.slug == slug)


SECTION_TITLES = {"news": "News", "sport": "Sport"}
NAV = """<nav class="main-navigation" aria-label="Primary"><ul class="menu">
<li><a href="/">Home</a></li><li><a href="/category/news/">News</a></li><li><a href="/category/sport/">Sport</a></li>
<li><a href="/video/harbour-drone-footage/">Video</a></li><li><a href="/about/">About us</a></li>
</ul><a class="skip-link" href="#content">Skip to content</a><a href="javascript:void(0)" class="menu-toggle">Menu</a>
</nav>"""
FOOTER = """<footer class="site-footer"><div class="site-info">
<p>&copy; 2024 The Riverside Chronicle. <a href="mailto:newsdesk@riverside-chronicle.example">Contact the newsdesk</a>
&middot; <a href="tel:+441234567890">Call us</a> &middot; <a href="/wp-content/uploads/2024/01/ethics-code.pdf">Ethics code</a>
&middot; <a href="https://example.org/press-council">Press council</a></p></div></footer>"""


def head(
    title: str, *, path: str, og_type: str, extra: str = "", feeds: tuple[tuple[str, str, str], ...] = ()
) -> str:
    feed_links = "\n".join(
        f'<link rel="alternate" type="{t}" title="{escape(label)}" href="{href}">' for t, label, href in feeds
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} &#8211; {SITE_NAME}</title>
<link rel="canonical" href="{path}">
<meta property="og:site_name" content="{SITE_NAME}">
<meta property="og:type" content="{og_type}">
<meta property="og:title" content="{escape(title)}">
<meta property="og:url" content="{path}">
{feed_links}
<link rel="stylesheet" href="/wp-content/themes/chronicle/style.css?ver=6.5">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
{extra}
</head>
"""


SITE_FEEDS = (
    ("application/rss+xml", f"{SITE_NAME} &raquo; Feed", "/feed/"),
    ("application/atom+xml", f"{SITE_NAME} &raquo; Atom Feed", "/feed/atom/"),
)


def jsonld_for(post: Post) -> str:
    article = {
        "@type": "NewsArticle",
        "headline": post.title,
        "description": post.dek,
        "datePublished": post.date,
        "dateModified": post.date,
        "author": {"@type": "Person", "name": post.author},
        "articleSection": SECTION_TITLES[post.section],
        "keywords": list(post.tags),
        "publisher": {"@type": "Organization", "name": SITE_NAME},
        "mainEntityOfPage": post.path,
    }
    if post.jsonld == "graph":
        data = {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebPage", "@id": post.path, "name": post.title},
                {**article, "@id": post.path + "#article", "isPartOf": {"@id": post.path}},
                {"@type": "BreadcrumbList", "itemListElement": []},
            ],
        }
    else:
        data = {"@context": "https://schema.org", **article}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def article_page(post: Post) -> str:
    meta = [
        f'<meta property="og:description" content="{escape(post.dek)}">',
        f'<meta name="description" content="{escape(post.dek)}">',
        f'<meta property="article:published_time" content="{post.date}">',
        f'<meta property="article:section" content="{SECTION_TITLES[post.section]}">',
        f'<meta name="author" content="{escape(post.author)}">',
        *(f'<meta property="article:tag" content="{t}">' for t in post.tags),
    ]
    if post.jsonld != "none":
        meta.append(jsonld_for(post))
    others = [p for p in POSTS if p is not post][:3]
    recent = "".join(f'<li><a href="{p.path}">{escape(p.title)}</a></li>' for p in others)
    index = POSTS.index(post) if post in POSTS else 0
    newer = POSTS[index - 1] if index > 0 else None
    older = POSTS[index + 1] if index + 1 < len(POSTS) else None
    post_nav = ""
    if older:
        post_nav += f'<div class="nav-previous"><a href="{older.path}" rel="prev">Previous: {escape(older.title)}</a></div>'
    if newer:
        post_nav += (
            f'<div class="nav-next"><a href="{newer.path}" rel="next">Next: {escape(newer.title)}</a></div>'
        )
    tags = ", ".join(f'<a href="/tag/{t}/" rel="tag">{t}</a>' for t in post.tags)
    body = "\n".join(f"<p>{escape(p)}</p>" for p in post.paragraphs)
    return (
        head(post.title, path=post.path, og_type="article", extra="\n".join(meta), feeds=SITE_FEEDS)
        + f"""<body class="post-template-default single single-post postid-{100 + index} single-format-standard">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">{SITE_NAME}</a></p>
{NAV}</header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-{100 + index}" class="post type-post status-publish format-standard category-{post.section}">
<header class="entry-header">
<span class="cat-links"><a href="/category/{post.section}/" rel="category tag">{SECTION_TITLES[post.section]}</a></span>
<h1 class="entry-title">{escape(post.title)}</h1>
<p class="entry-summary">{escape(post.dek)}</p>
<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/{post.author.lower().replace(" ", "-")}/">{escape(post.author)}</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="{post.date}">{post.date[:10]}</time></span></div>
</header>
<div class="entry-content">
{body}
</div>
<footer class="entry-footer"><span class="tags-links">Tagged {tags}</span>
<div class="sharedaddy"><a href="https://twitter.com/intent/tweet?url={post.path}" class="share-twitter">Share on X</a>
<a href="mailto:?subject={escape(post.title)}" class="share-email">Email</a></div></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links">{post_nav}</div></nav>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<ul>{recent}</ul></section></aside></div>
{FOOTER}
</div></body></html>
"""
    )


def card(post: Post) -> str:
    return f"""<article class="post type-post category-{post.section}">
<h2 class="entry-title"><a href="{post.path}" rel="bookmark">{escape(post.title)}</a></h2>
<div class="entry-meta"><time datetime="{post.date}">{post.date[:10]}</time> by {escape(post.author)}</div>
<div class="entry-summary"><p>{escape(post.dek)}</p></div>
</article>"""


def listing_page(
    title: str, path: str, posts: list[Post], *, pager: str, feeds=SITE_FEEDS, body_class: str
) -> str:
    cards = "\n".join(card(p) for p in posts)
    return (
        head(title, path=path, og_type="website", feeds=feeds)
        + f"""<body class="{body_class}">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">{SITE_NAME}</a></p>
{NAV}</header>
<div id="content" class="site-content"><main id="main" class="site-main">
<header class="page-header"><h1 class="page-title">{escape(title)}</h1></header>
{cards}
{pager}
</main></div>
{FOOTER}
</div></body></html>
"""
    )


def simple_page(title: str, path: str, og_type: str, inner: str, extra: str = "") -> str:
    return (
        head(title, path=path, og_type=og_type, extra=extra)
        + f"""<body class="page-template-default page">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">{SITE_NAME}</a></p>
{NAV}</header>
<div id="content" class="site-content"><main id="main" class="site-main">
{inner}
</main></div>
{FOOTER}
</div></body></html>
"""
    )


def rss(posts: list[Post], *, extra_items: str = "") -> str:
    items = "\n".join(
        f"""  <item>
    <title>{escape(p.title)}</title>
    <link>{ORIGIN}{p.path}</link>
    <dc:creator><![CDATA[{p.author}]]></dc:creator>
    <pubDate>{p.rfc822}</pubDate>
    <category><![CDATA[{SECTION_TITLES[p.section]}]]></category>
    <guid isPermaLink="false">{ORIGIN}/?p={100 + POSTS.index(p)}</guid>
    <description><![CDATA[{p.dek}]]></description>
  </item>"""
        for p in posts
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>{SITE_NAME}</title>
  <atom:link href="{ORIGIN}/feed/" rel="self" type="application/rss+xml" />
  <link>{ORIGIN}</link>
  <description>News from the river towns</description>
  <lastBuildDate>{posts[0].rfc822}</lastBuildDate>
  <language>en-GB</language>
{items}
{extra_items}
</channel>
</rss>
"""


def atom(posts: list[Post], *, title: str, self_path: str) -> str:
    entries = "\n".join(
        f"""  <entry>
    <author><name>{escape(p.author)}</name></author>
    <title type="html"><![CDATA[{p.title}]]></title>
    <link rel="alternate" type="text/html" href="{ORIGIN}{p.path}" />
    <link rel="replies" type="text/html" href="{ORIGIN}{p.path}#comments" />
    <id>{ORIGIN}/?p={100 + POSTS.index(p)}</id>
    <updated>{p.date}</updated>
    <published>{p.date}</published>
    <category scheme="{ORIGIN}" term="{SECTION_TITLES[p.section]}" />
    <summary type="html"><![CDATA[{p.dek}]]></summary>
  </entry>"""
        for p in posts
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <title type="text">{escape(title)}</title>
  <updated>{posts[0].date}</updated>
  <link rel="alternate" type="text/html" href="{ORIGIN}" />
  <id>{ORIGIN}{self_path}</id>
  <link rel="self" type="application/atom+xml" href="{ORIGIN}{self_path}" />
{entries}
</feed>
"""


def urlset(entries: list[tuple[str, str]]) -> str:
    urls = "\n".join(
        f"  <url>\n    <loc>{ORIGIN}{path}</loc>\n    <lastmod>{lastmod}</lastmod>\n  </url>"
        for path, lastmod in entries
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="//riverside-chronicle.example/main-sitemap.xsl"?>
<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd" xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{urls}
</urlset>
"""


def news_sitemap(posts: list[Post]) -> str:
    urls = "\n".join(
        f"""  <url>
    <loc>{ORIGIN}{p.path}</loc>
    <news:news>
      <news:publication>
        <news:name>{SITE_NAME}</news:name>
        <news:language>en</news:language>
      </news:publication>
      <news:publication_date>{p.date}</news:publication_date>
      <news:title>{escape(p.title)}</news:title>
    </news:news>
    <image:image><image:loc>{ORIGIN}/wp-content/uploads/2024/05/{p.slug}.jpg</image:loc></image:image>
  </url>"""
        for p in posts
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"
        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
{urls}
</urlset>
"""


def sitemap_index(paths: list[tuple[str, str]]) -> str:
    items = "\n".join(
        f"  <sitemap>\n    <loc>{ORIGIN}{p}</loc>\n    <lastmod>{m}</lastmod>\n  </sitemap>" for p, m in paths
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{items}
</sitemapindex>
"""


def build(root: Path = ROOT) -> dict[str, str]:
    """All files of the site, path (relative to root) -> text."""
    files: dict[str, str] = {}

    def page(url_path: str, text: str, filename: str = "index.html") -> None:
        files[(url_path.strip("/") + "/" if url_path.strip("/") else "") + filename] = text

    for post in (*POSTS, PRIVATE):
        page(post.path, article_page(post))

    latest = list(POSTS[:4])
    home_extra_links = """<section class="promo"><h3>Elsewhere</h3><ul>
<li><a href="/private/embargoed-story/">Coming soon</a></li>
<li><a href="/wp-content/uploads/2024/05/bridge-plans.jpg">Bridge plans (image)</a></li>
<li><a href="https://example.org/partner-story/">Partner story</a></li>
<li><a href="#top">Back to top</a></li></ul></section>"""
    page(
        "/",
        listing_page(
            "Latest news",
            "/",
            latest,
            pager=home_extra_links + '<nav class="navigation posts-navigation"><div class="nav-links">'
            '<div class="nav-previous"><a href="/page/2/">Older posts</a></div></div></nav>',
            body_class="home blog",
        ),
    )
    page(
        "/page/2/",
        listing_page(
            "Latest news",
            "/page/2/",
            list(POSTS[4:]),
            pager='<nav class="navigation posts-navigation"><div class="nav-links">'
            '<div class="nav-next"><a href="/">Newer posts</a></div></div></nav>',
            body_class="home blog paged paged-2",
        ),
    )
    news = [q for q in POSTS if q.section == "news"]
    news_pager = (
        '<nav class="navigation pagination"><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span>'
        '<a class="page-numbers" href="/category/news/page/2/">2</a>'
        '<a class="next page-numbers" href="/category/news/page/2/">Older posts</a></div></nav>'
    )
    page(
        "/category/news/",
        listing_page(
            "News", "/category/news/", news[:3], pager=news_pager, body_class="archive category category-news"
        ),
    )
    page(
        "/category/news/page/2/",
        listing_page(
            "News",
            "/category/news/page/2/",
            news[3:],
            pager='<nav class="navigation pagination"><div class="nav-links"><a class="prev page-numbers" href="/category/news/">Newer posts</a>'
            '<a class="page-numbers" href="/category/news/">1</a><span aria-current="page" class="page-numbers current">2</span></div></nav>',
            body_class="archive category category-news paged paged-2",
        ),
    )
    sport = [q for q in POSTS if q.section == "sport"]
    sport_feeds = (
        ("application/atom+xml", f"{SITE_NAME} &raquo; Sport Category Feed", "/category/sport/feed/"),
    )
    files["category/sport/index.html"] = listing_page(
        "Sport",
        "/category/sport/",
        sport[:1],
        feeds=sport_feeds,
        pager='<ul class="pager"><li class="active">1</li><li><a href="/category/sport/?page=2">2</a></li>'
        '<li><a href="/category/sport/?page=2" rel="next" aria-label="Next page">›</a></li></ul>',
        body_class="archive category category-sport",
    )
    files["category/sport/page-2.html"] = listing_page(
        "Sport",
        "/category/sport/?page=2",
        sport[1:],
        feeds=sport_feeds,
        pager='<ul class="pager"><li><a href="/category/sport/" rel="prev">‹</a></li><li><a href="/category/sport/">1</a></li>'
        '<li class="active">2</li></ul>',
        body_class="archive category category-sport paged",
    )
    harbour = [q for q in POSTS if "harbour" in q.tags]
    page(
        "/tag/harbour/",
        listing_page(
            "Tag: harbour", "/tag/harbour/", harbour, pager="", body_class="archive tag tag-harbour"
        ),
    )
    page(
        "/about/",
        simple_page(
            "About us",
            "/about/",
            "website",
            """<article class="page type-page"><header class="entry-header"><h1 class="entry-title">About us</h1></header>
<div class="entry-content"><p>The Riverside Chronicle has covered the river towns since 1887. We are an independent,
reader-funded newsroom of eleven journalists based on Mill Quay, and we publish news, sport and features every day.</p>
<p>Our journalists follow the Editors' Code of Practice. To report an error, write to the newsdesk and we will
correct the record as quickly as we can, noting the change at the foot of the article.</p></div></article>""",
        ),
    )
    video_ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "VideoObject",
            "name": "Drone footage: the harbour at dawn",
            "description": "Two minutes over the outer basin.",
            "uploadDate": "2024-05-12T06:00:00+01:00",
            "thumbnailUrl": "/wp-content/uploads/2024/05/harbour-drone.jpg",
            "contentUrl": "/wp-content/uploads/2024/05/harbour-drone.mp4",
            "duration": "PT2M4S",
        }
    )
    page(
        "/video/harbour-drone-footage/",
        simple_page(
            "Drone footage: the harbour at dawn",
            "/video/harbour-drone-footage/",
            "video.other",
            """<article class="post format-video"><h1 class="entry-title">Drone footage: the harbour at dawn</h1>
<figure class="wp-block-video"><video controls src="/wp-content/uploads/2024/05/harbour-drone.mp4"></video>
<figcaption>Two minutes over the outer basin.</figcaption></figure></article>""",
            extra=f'<script type="application/ld+json">{video_ld}</script>',
        ),
    )
    offsite_item = f"""  <item>
    <title>Syndicated: regional weather outlook</title>
    <link>https://example.org/syndicated/weather-outlook/</link>
    <pubDate>{POSTS[0].rfc822}</pubDate>
    <guid isPermaLink="true">https://example.org/syndicated/weather-outlook/</guid>
  </item>"""
    files["feed.xml"] = rss(latest, extra_items=offsite_item)
    files["feed/atom.xml"] = atom(latest, title=SITE_NAME, self_path="/feed/atom/")
    files["category/sport/feed.xml"] = atom(
        sport, title=f"{SITE_NAME} &#187; Sport", self_path="/category/sport/feed/"
    )
    files["robots.txt"] = f"""# WordPress-style robots.txt
User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /private/

Sitemap: {ORIGIN}/sitemap_index.xml
"""
    may = [q for q in POSTS if q.date.startswith("2024-05")]
    april = [q for q in POSTS if q.date.startswith("2024-04")]
    files["sitemap_index.xml"] = sitemap_index(
        [
            ("/news-sitemap.xml", POSTS[0].date),
            ("/post-sitemap-2024-05.xml", may[0].date),
            ("/post-sitemap-2024-04.xml", april[0].date),
            ("/page-sitemap.xml", "2024-01-10T12:00:00+00:00"),
        ]
    )
    files["news-sitemap.xml"] = news_sitemap(list(POSTS[:2]))
    files["post-sitemap-2024-05.xml"] = urlset([(q.path, q.date) for q in may])
    files["post-sitemap-2024-04.xml"] = urlset([(q.path, q.date) for q in april])
    files["page-sitemap.xml"] = urlset(
        [
            ("/", POSTS[0].date),
            ("/about/", "2024-01-10T12:00:00+00:00"),
            ("/video/harbour-drone-footage/", "2024-05-12T06:00:00+01:00"),
        ]
    )
    return files


def main() -> None:
    for rel, text in build().items():
        target = ROOT / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    print(f"wrote {len(build())} files under {ROOT}")


if __name__ == "__main__":
    main()
