"""The second bundled sample site: "The Harbour Ledger" (harbourledger.example), a WordPress-shaped
publisher unlike the Nikkei sample. Dated article URLs (/2025/11/29/slug/), category fronts paginated as
/page/N/, no JSON-LD and no date meta (dates only in <time datetime>), bylines "By A and B", an AMP copy of
every article (/…/amp/), a visible "free stories left" meter on every page, a subscriber gate on paywalled
stories and a "Paid post from …" label on sponsored ones.

STORIES is the source of truth (the crawl tests compare every archived field with it). The pages are
checked in under newsarchive/demo/ledger_site; rerun after changing this file and review the diff:

    python -m newsarchive.demo.ledger
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

LEDGER_SITE = Path(__file__).resolve().parent / "ledger_site"
LEDGER_ORIGIN = "https://harbourledger.example"
SITE_NAME = "The Harbour Ledger"
CATEGORIES = {"business": "Business", "tech": "Tech", "climate": "Climate"}
PER_PAGE = 3


@dataclass(frozen=True, kw_only=True)
class Story:
    slug: str
    published: str  #: ISO 8601 with offset
    updated: str
    category: str  #: key of CATEGORIES
    headline: str
    standfirst: str
    authors: tuple[str, ...]
    body: tuple[str, ...]  #: paragraphs as archived (a paywalled story: the free part)
    paywalled: bool = False
    sponsor: str = ""  #: "Northwind Energy": a paid post, labelled "Paid post from Northwind Energy"
    image: str = ""
    caption: str = ""
    credit: str = ""

    @property
    def path(self) -> str:
        day = datetime.fromisoformat(self.published)
        return f"/{day:%Y/%m/%d}/{self.slug}/"

    @property
    def url(self) -> str:
        return LEDGER_ORIGIN + self.path


STORIES: tuple[Story, ...] = (
    Story(
        slug="port-of-eastwick-expands-container-terminal",
        published="2025-11-29T08:30:00+00:00",
        updated="2025-11-29T11:05:00+00:00",
        category="business",
        headline="Port of Eastwick expands container terminal as trade rebounds",
        standfirst="Two new berths and a rail spur are due to open before next summer's peak season.",
        authors=("Mara Quinn", "Tobias Reyes"),
        body=(
            "The Port of Eastwick will add two deep-water berths to its container terminal, the "
            "harbour board said on Friday, after a year in which volumes recovered to their highest "
            "level since 2019.",
            "The expansion, budgeted at 140 million pounds, includes a rail spur that will let freight leave "
            "the quay without passing through the town centre.",
            "Shipping lines had warned that ships were waiting up to two days for a berth during the autumn "
            "rush, pushing some cargo to rival ports further north.",
            "Construction starts in January. The board expects the first berth to take vessels in June and "
            "the second by the end of next year.",
        ),
        image="/wp-content/uploads/2025/11/terminal.jpg",
        caption="Cranes at the Eastwick container terminal.",
        credit="Photo: Lena Fisk",
    ),
    Story(
        slug="storm-surge-barrier-passes-first-winter-test",
        published="2025-11-28T17:10:00+00:00",
        updated="2025-11-28T17:10:00+00:00",
        category="climate",
        headline="Storm surge barrier passes first winter test",
        standfirst="The gates closed for nine hours as a spring tide met gale-force winds.",
        authors=("Sam Whitlock",),
        body=(
            "The new storm surge barrier across the mouth of the Eastwick estuary closed for the first time "
            "on Thursday night as a spring tide coincided with winds gusting above sixty miles an hour.",
            "Engineers lowered the four steel gates shortly after nine in the evening and raised them again "
            "at dawn, once the water on the seaward side had fallen below the warning level.",
            "Residents of the lower town, where cellars flooded twice last winter, reported no water in "
            "their streets, the council said.",
            "The barrier cost 310 million pounds and was designed to protect the harbour until at least "
            "2100 under the government's central sea-level forecast.",
        ),
    ),
    Story(
        slug="council-trials-sensor-network-on-the-waterfront",
        published="2025-11-27T09:45:00+00:00",
        updated="2025-11-27T14:20:00+00:00",
        category="tech",
        headline="Council trials sensor network on the waterfront",
        standfirst="Two hundred sensors will measure footfall, air quality and flooding along the quays.",
        authors=("Ines Duarte", "Sam Whitlock"),
        body=(
            "Eastwick council has installed two hundred small sensors on lamp posts along the waterfront, "
            "in a six-month trial meant to show where money for repairs and flood defences is best spent.",
            "The devices count passers-by without cameras, measure particulate pollution and report water "
            "levels in the drains every five minutes.",
            "Privacy campaigners asked the council to publish the raw data and to delete it after a year; "
            "the council agreed to the first request and said it was considering the second.",
            "If the trial works, the network could be extended to the old town and the ferry terminal "
            "next spring.",
        ),
    ),
    Story(
        slug="how-smart-grids-are-powering-the-coastal-economy",
        published="2025-11-26T07:00:00+00:00",
        updated="2025-11-26T07:00:00+00:00",
        category="business",
        headline="How smart grids are powering the coastal economy",
        standfirst="Batteries, tidal turbines and flexible tariffs are changing how harbour towns buy power.",
        authors=("Northwind Energy Studio",),
        body=(
            "Coastal towns have always lived with the weather. Now they are starting to make money from it, "
            "as tidal turbines and offshore wind feed local grids that can store power for the evening peak.",
            "Northwind Energy's flexible tariffs let businesses on the quay run freezers and charging points "
            "when power is cheapest, cutting bills by up to a fifth.",
            "Find out how your business can join the scheme at a free event in the harbour hall next month.",
        ),
        sponsor="Northwind Energy",
    ),
    Story(
        slug="regional-lenders-tighten-credit-as-deposits-shrink",
        published="2025-11-24T06:15:00+00:00",
        updated="2025-11-24T06:15:00+00:00",
        category="business",
        headline="Regional lenders tighten credit as deposits shrink",
        standfirst="Small firms on the coast report longer waits and higher rates for working capital.",
        authors=("Helen Osei",),
        body=(
            "Regional banks along the coast have raised the rates they charge small businesses for a third "
            "month running, as savers move deposits to online accounts paying more interest.",
            "Owners of boatyards, hotels and fish processors told the Ledger they now wait up to six weeks "
            "for a decision on an overdraft that used to take days.",
        ),
        paywalled=True,
    ),
    Story(
        slug="ferry-operator-posts-first-profit-in-five-years",
        published="2025-11-12T12:00:00+00:00",
        updated="2025-11-13T08:00:00+00:00",
        category="business",
        headline="Ferry operator posts first profit in five years",
        standfirst="Higher fares and a busier summer timetable turned a loss into a small surplus.",
        authors=("Tobias Reyes",),
        body=(
            "Eastwick Ferries reported a pre-tax profit of 2.3 million pounds for the year to September, "
            "its first since the pandemic emptied its boats in 2020.",
            "Passenger numbers rose by a tenth, helped by a new late-evening crossing and by visitors who "
            "came for the harbour festival in August.",
            "The company said it would spend most of the surplus on refitting its oldest vessel, which "
            "entered service in 1994.",
        ),
    ),
    Story(
        slug="harbour-fish-market-moves-to-new-hall",
        published="2025-11-03T10:30:00+00:00",
        updated="2025-11-03T10:30:00+00:00",
        category="business",
        headline="Harbour fish market moves to new hall",
        standfirst="Traders leave the Victorian shed on the east quay after a hundred and thirty years.",
        authors=("Mara Quinn",),
        body=(
            "Fish traders held their last auction in the Victorian market shed on the east quay on Monday "
            "before moving to a refrigerated hall next to the ferry terminal.",
            "The new hall keeps the catch below four degrees from the boat to the lorry, which buyers from "
            "London restaurants had demanded for years.",
            "The old shed will become a food market with stalls and a cafe, the harbour board said.",
        ),
    ),
)

_SIDEBAR = STORIES[2]  # "Most read" on every front: a link into another category


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _long_date(iso: str) -> str:
    return f"{datetime.fromisoformat(iso):%-d %B %Y}"


def _head(title: str, canonical: str, extra: str = "") -> str:
    return (
        f'<head>\n<meta charset="utf-8">\n<title>{_e(title)} – {SITE_NAME}</title>\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<link rel="canonical" href="{canonical}">\n'
        f'<link rel="alternate" type="application/rss+xml" title="{SITE_NAME}"'
        f' href="{LEDGER_ORIGIN}/feed/">\n'
        f"{extra}</head>\n"
    )


def _chrome_top() -> str:
    menu = "".join(f'<li><a href="/category/{k}/">{v}</a></li>' for k, v in CATEGORIES.items())
    return (
        '<header id="masthead" class="site-header">\n'
        f'<p class="site-title"><a href="/" rel="home">{SITE_NAME}</a></p>\n'
        f'<nav class="main-navigation"><ul class="menu">{menu}</ul></nav>\n</header>\n'
        '<div class="hl-meter" role="status">You have 3 free stories left this month. '
        '<a href="/subscribe/">Subscribe for unlimited access</a></div>\n'
    )


def _chrome_bottom() -> str:
    return (
        '<footer id="colophon" class="site-footer"><p>© 2025 The Harbour Ledger Ltd. '
        '<a href="/privacy/">Privacy</a> · <a href="/feed/">RSS</a></p></footer>\n'
    )


def _byline(story: Story) -> str:
    names = [
        f'<span class="author vcard"><a class="url fn n" href="/author/{n.lower().replace(" ", "-")}/">'
        f"{_e(n)}</a></span>"
        for n in story.authors
    ]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f'<span class="byline">By {joined}</span>'


def article_page(story: Story) -> str:
    flag = f'<p class="hl-partner-flag">Paid post from {_e(story.sponsor)}</p>\n' if story.sponsor else ""
    figure = ""
    if story.image:
        figure = (
            f'<figure class="wp-block-image"><img src="{story.image}" alt="" width="1200" height="800">'
            f'<figcaption>{_e(story.caption)} <span class="hl-photo-credit">{_e(story.credit)}</span>'
            "</figcaption></figure>\n"
        )
    paragraphs = "".join(f"<p>{_e(p)}</p>\n" for p in story.body)
    if story.paywalled:
        paragraphs += (
            '<div class="hl-paywall-gate"><h3>This story is for subscribers</h3>'
            '<p>Subscribe to The Harbour Ledger to keep reading. <a href="/subscribe/">See offers</a></p>'
            "</div>\n"
        )
    category = CATEGORIES[story.category]
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n'
        + _head(
            story.headline,
            story.url,
            f'<link rel="amphtml" href="{story.url}amp/">\n'
            f'<meta property="og:title" content="{_e(story.headline)}">\n'
            '<meta property="og:type" content="article">\n'
            f'<meta property="og:site_name" content="{SITE_NAME}">\n',
        )
        + '<body class="post-template-default single single-post">\n'
        + _chrome_top()
        + '<main id="primary" class="site-main">\n'
        f'<article class="post type-post status-publish category-{story.category}">\n'
        '<header class="entry-header">\n'
        + flag
        + f'<span class="cat-links"><a href="/category/{story.category}/" rel="category tag">'
        f"{category}</a></span>\n"
        f'<h1 class="entry-title">{_e(story.headline)}</h1>\n'
        f'<p class="hl-dek">{_e(story.standfirst)}</p>\n'
        f'<div class="entry-meta">{_byline(story)} <span class="posted-on">'
        f'<time class="entry-date published" datetime="{story.published}">'
        f"{_long_date(story.published)}</time>"
        f'<time class="updated" datetime="{story.updated}" hidden>{_long_date(story.updated)}</time>'
        "</span></div>\n</header>\n" + figure + f'<div class="entry-content">\n{paragraphs}</div>\n'
        '<footer class="entry-footer"><div class="sharedaddy"><h3>Share this:</h3><ul>'
        '<li><a href="#share-email">Email</a></li><li><a href="#share-print">Print</a></li></ul></div>'
        "</footer>\n</article>\n</main>\n" + _chrome_bottom() + "</body>\n</html>\n"
    )


def amp_page(story: Story) -> str:
    paragraphs = "".join(f"<p>{_e(p)}</p>\n" for p in story.body)
    return (
        '<!DOCTYPE html>\n<html amp lang="en-GB">\n'
        + _head(story.headline, story.url, '<script async src="https://cdn.ampproject.org/v0.js"></script>\n')
        + f'<body>\n<header class="amp-header"><a href="{story.url}">{SITE_NAME}</a></header>\n'
        f'<article class="amp-wp-article">\n<h1 class="amp-wp-title">{_e(story.headline)}</h1>\n'
        f'<div class="amp-wp-meta">{_byline(story)} '
        f'<time datetime="{story.published}">{_long_date(story.published)}</time></div>\n'
        f'<div class="amp-wp-article-content">\n{paragraphs}</div>\n</article>\n</body>\n</html>\n'
    )


def _card(story: Story, *, amp: bool = False) -> str:
    href = story.path + ("amp/" if amp else "")
    return (
        f'<article class="post type-post category-{story.category}"><h2 class="entry-title">'
        f'<a href="{href}" rel="bookmark">{_e(story.headline)}</a></h2>'
        f'<time class="entry-date published" datetime="{story.published}">'
        f"{_long_date(story.published)}</time>"
        f'<p class="entry-summary">{_e(story.standfirst)}</p></article>\n'
    )


def front_page(title: str, path: str, stories: list[Story], page: int, pages: int) -> str:
    url = LEDGER_ORIGIN + path + (f"page/{page}/" if page > 1 else "")
    nav = ""
    if page < pages:
        nav += f'<a class="next page-numbers" href="{path}page/{page + 1}/">Older posts</a>'
    if page > 1:
        prev = path if page == 2 else f"{path}page/{page - 1}/"
        nav = f'<a class="prev page-numbers" href="{prev}">Newer posts</a>' + nav
    # The AMP copies of the "most read" story are what a share widget links to: never archived.
    sidebar = (
        '<aside class="widget widget_top_posts"><h2 class="widget-title">Most read</h2><ul>'
        f'<li><a href="{_SIDEBAR.path}">{_e(_SIDEBAR.headline)}</a></li>'
        f'<li><a href="{_SIDEBAR.path}amp/">{_e(_SIDEBAR.headline)} (AMP)</a></li></ul></aside>\n'
    )
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n'
        + _head(title, url)
        + '<body class="archive category">\n'
        + _chrome_top()
        + f'<main id="primary" class="site-main">\n<h1 class="page-title">{_e(title)}</h1>\n'
        + "".join(_card(s) for s in stories)
        + f'<nav class="navigation pagination">{nav}</nav>\n</main>\n'
        + sidebar
        + _chrome_bottom()
        + "</body>\n</html>\n"
    )


def rss_feed(stories: list[Story]) -> str:
    items = "".join(
        f"<item><title>{_e(s.headline)}</title><link>{s.url}</link>"
        f"<category>{CATEGORIES[s.category]}</category>"
        f"<pubDate>{datetime.fromisoformat(s.published):%a, %d %b %Y %H:%M:%S %z}</pubDate>"
        f'<guid isPermaLink="true">{s.url}</guid></item>\n'
        for s in stories
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n'
        f"<title>{SITE_NAME}</title><link>{LEDGER_ORIGIN}/</link><description>News from the harbour"
        f"</description>\n{items}</channel></rss>\n"
    )


def sitemap(stories: list[Story]) -> str:
    urls = "".join(f"<url><loc>{s.url}</loc><lastmod>{s.updated}</lastmod></url>\n" for s in stories)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n'
    )


def render() -> dict[str, str]:
    """Relative file path -> content of every file of the site."""
    stories = sorted(STORIES, key=lambda s: s.published, reverse=True)
    files: dict[str, str] = {}
    for story in stories:
        files[story.path.strip("/") + "/index.html"] = article_page(story)
        files[story.path.strip("/") + "/amp/index.html"] = amp_page(story)
    fronts = {f"/category/{k}/": (v, [s for s in stories if s.category == k]) for k, v in CATEGORIES.items()}
    fronts["/"] = (SITE_NAME, stories[:PER_PAGE])
    for path, (title, listed) in fronts.items():
        pages = [listed[i : i + PER_PAGE] for i in range(0, len(listed), PER_PAGE)] or [[]]
        for number, chunk in enumerate(pages, start=1):
            folder = path.strip("/") + (f"/page/{number}" if number > 1 else "")
            name = (folder + "/" if folder else "") + "index.html"
            files[name.lstrip("/")] = front_page(title, path, chunk, number, len(pages))
    files["feed.xml"] = rss_feed(stories[:4])
    files["sitemap.xml"] = sitemap(stories)
    files["robots.txt"] = f"User-agent: *\nDisallow: /subscribe/\n\nSitemap: {LEDGER_ORIGIN}/sitemap.xml\n"
    return files


def main() -> None:
    for name, text in render().items():
        path = LEDGER_SITE / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(f"wrote {len(render())} files under {LEDGER_SITE}")


if __name__ == "__main__":
    main()
