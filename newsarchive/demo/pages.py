"""Markup of the sample site's non-article pages: home, section fronts, RSS, sitemaps, robots.txt.

Shared by the bundled demo site (written once by `newsarchive.demo.build`) and the generated test publisher
(`tests/site/publisher.py`), so both look to a crawler like asia.nikkei.com: a header with the section nav,
cards whose headline links point at articles, `rel=next` pagination, a footer full of links that are not
articles.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from html import escape

SITE_NAME = "Nikkei Asian Review"
NAV = ["Politics", "Economy", "Business", "Markets", "Tech", "Opinion", "Spotlight", "Life-Arts"]


@dataclass(frozen=True, kw_only=True)
class Card:
    """What a front, the feed and the sitemaps need to know about one article."""

    path: str  #: URL path ("/Politics/Some-headline")
    headline: str
    summary: str
    section: str  #: display name ("Politics")
    section_path: str  #: "/Politics", "/Business/Markets"
    published: datetime  #: aware
    modified: datetime  #: aware
    image: str | None = None
    paywalled: bool = False
    sponsored: bool = False


def _t(text: str) -> str:
    return escape(text, quote=False)


def _a(text: str) -> str:
    return escape(text, quote=True)


def display_date(moment: datetime) -> str:
    return f"{moment:%B} {moment.day}, {moment:%Y %H:%M} JST"


def _header() -> str:
    items = "".join(
        f'<li class="main-nav__item"><a href="/{s}">{_t(s.replace("-", " & "))}</a></li>' for s in NAV
    )
    icon = '<svg class="icon{cls}"><use xlink:href="#icon-{name}"></use></svg>'
    return f"""<header class="site-header" role="banner">
  <button class="site-header__menu" aria-label="Menu">{icon.format(cls="", name="menu")}</button>
  <a class="site-header__logo" href="/" title="{SITE_NAME}">
  {icon.format(cls=" icon--logo", name="site-title")}</a>
  <nav class="main-nav" role="navigation" aria-label="Sections"><ul class="main-nav__list">{items}</ul></nav>
  <form class="site-header__search" action="/search" method="get" role="search">
  <input type="search" name="query" aria-label="Search">
  <button type="submit" aria-label="Search">{icon.format(cls="", name="search")}</button></form>
  <a class="site-header__subscribe" href="/subscribe">Subscribe</a>
  <a class="site-header__login" href="/login">Log in</a>
</header>"""


_FOOTER = """<footer class="site-footer" role="contentinfo">
  <div class="app-promo">
    <p class="app-promo__text">NAR on print phone, device, and tablet media</p>
    <img class="app-promo__image" src="/static/images/app-promo.png" alt="Nikkei Asian Review apps">
  </div>
  <ul class="site-footer__links">
    <li><a href="/About-us">About us</a></li><li><a href="/Terms-of-use">Terms of use</a></li>
    <li><a href="/Privacy-policy">Privacy policy</a></li><li><a href="/Contact-us">Contact us</a></li>
    <li><a href="/rss">RSS</a></li>
  </ul>
  <p class="site-footer__copyright">Nikkei Inc. No reproduction without permission.</p>
</footer>"""


def card(c: Card, *, kicker: bool = True) -> str:
    badge = ""
    if c.paywalled:
        badge = '<span class="card__badge card__badge--premium">Subscriber only</span>'
    if c.sponsored:
        badge = '<span class="card__badge card__badge--sponsored">Sponsored content</span>'
    image = ""
    if c.image:
        image = (
            f'<a class="card__image" href="{_a(c.path)}" tabindex="-1">'
            f'<img src="{_a(c.image)}" alt="" loading="lazy"></a>'
        )
    kick = (
        f'<span class="card__kicker"><a href="{_a(c.section_path)}">{_t(c.section)}</a></span>'
        if kicker
        else ""
    )
    return f"""<article class="card card--article{" card--sponsored" if c.sponsored else ""}">
  {image}
  <div class="card__body">
    {kick}{badge}
    <h3 class="card__title"><a class="card__link" href="{_a(c.path)}">{_t(c.headline)}</a></h3>
    <p class="card__summary">{_t(c.summary)}</p>
    <time class="card__time" datetime="{c.published.isoformat()}">{display_date(c.published)}</time>
  </div>
</article>"""


def _page(*, title: str, canonical: str, body_class: str, main: str, head_extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_t(title)}</title>
<link rel="canonical" href="{_a(canonical)}">
<meta property="og:site_name" content="{SITE_NAME}">
<meta property="og:type" content="website">
<meta property="og:title" content="{_a(title)}">
<link rel="alternate" type="application/rss+xml" title="{SITE_NAME}" href="/rss/feed/nar">
{head_extra}<link rel="stylesheet" href="/static/css/main.css">
</head>
<body class="page {body_class}">
{_header()}
<main id="main-content" class="main" role="main">
{main}
</main>
{_FOOTER}
</body>
</html>
"""


def page_url(section_path: str, page: int) -> str:
    return section_path if page <= 1 else f"{section_path}?page={page}"


def section_front(
    *,
    section: str,
    section_path: str,
    cards: Sequence[Card],
    page: int = 1,
    pages: int = 1,
    origin: str = "https://asia.nikkei.com",
    related: Sequence[Card] = (),
) -> str:
    """One page of a section front; `pages` > `page` adds the Next link (and rel=next in <head>)."""
    head = ""
    nav = []
    if page > 1:
        previous = _a(page_url(section_path, page - 1))
        head += f'<link rel="prev" href="{previous}">\n'
        nav.append(f'<a class="pagination__prev" rel="prev" href="{previous}">Previous</a>')
    nav.append(f'<span class="pagination__current">Page {page}</span>')
    if page < pages:
        head += f'<link rel="next" href="{_a(page_url(section_path, page + 1))}">\n'
        nav.append(
            f'<a class="pagination__next" rel="next" href="{_a(page_url(section_path, page + 1))}">Next</a>'
        )
    listing = "\n".join(card(c, kicker=False) for c in cards)
    aside = ""
    if related:
        aside = (
            '<aside class="most-read" aria-label="Most read"><h2 class="most-read__heading">Most read</h2>\n'
            + "\n".join(
                f'<a class="most-read__link" href="{_a(c.path)}">{_t(c.headline)}</a>' for c in related
            )
            + "\n</aside>"
        )
    main = f"""<div class="section-page" data-section="{_a(section)}">
  <header class="section-page__header"><h1 class="section-page__title">{_t(section)}</h1></header>
  <div class="section-page__list card-list">
{listing}
  </div>
  <nav class="pagination" aria-label="Pagination">{" ".join(nav)}</nav>
</div>
{aside}"""
    title = f"{section} - {SITE_NAME}" if page == 1 else f"{section} - Page {page} - {SITE_NAME}"
    return _page(
        title=title,
        canonical=origin + page_url(section_path, page),
        body_class="page--section",
        main=main,
        head_extra=head,
    )


def home_page(
    *, sections: Sequence[tuple[str, str, Sequence[Card]]], sponsored: Sequence[Card] = (), origin: str
) -> str:
    """Home: top story, one block per section (name, path, cards) and a sponsored-content module."""
    blocks = []
    for name, path, cards in sections:
        inner = "\n".join(card(c) for c in cards)
        blocks.append(
            f"""<section class="home-section" data-section="{_a(name)}">
  <h2 class="home-section__title"><a href="{_a(path)}">{_t(name)}</a></h2>
  <div class="card-list">
{inner}
  </div>
  <a class="home-section__more" href="{_a(path)}">More {_t(name)}</a>
</section>"""
        )
    promo = ""
    if sponsored:
        promo = (
            '<aside class="sponsored-content" data-module="sponsored-content">\n'
            '  <h2 class="sponsored-content__heading">Sponsored Content</h2>\n'
            + "\n".join(card(c) for c in sponsored)
            + "\n</aside>"
        )
    main = f"""<h1 class="visually-hidden">{SITE_NAME}</h1>
{chr(10).join(blocks)}
{promo}"""
    return _page(
        title=f"{SITE_NAME}: Asian business, politics and economy news",
        canonical=origin + "/",
        body_class="page--home",
        main=main,
    )


def rss_feed(*, items: Iterable[Card], origin: str, build_date: datetime, title: str = SITE_NAME) -> str:
    entries = []
    for c in items:
        url = origin + c.path
        category = "Sponsored content" if c.sponsored else c.section
        entries.append(
            f"""    <item>
      <title>{_t(c.headline)}</title>
      <link>{_t(url)}</link>
      <description>{_t(c.summary)}</description>
      <category>{_t(category)}</category>
      <pubDate>{format_datetime(c.published)}</pubDate>
      <guid isPermaLink="true">{_t(url)}</guid>
    </item>"""
        )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{_t(title)}</title>
    <link>{origin}/</link>
    <description>Asian business, politics and economy news from {SITE_NAME}</description>
    <language>en</language>
    <lastBuildDate>{format_datetime(build_date)}</lastBuildDate>
    <atom:link href="{origin}/rss/feed/nar" rel="self" type="application/rss+xml"/>
{chr(10).join(entries)}
  </channel>
</rss>
"""


def news_sitemap(*, items: Iterable[Card], origin: str) -> str:
    """Google News sitemap (publishers list the last two days of articles)."""
    urls = "\n".join(
        f"""  <url>
    <loc>{_t(origin + c.path)}</loc>
    <news:news>
      <news:publication><news:name>{SITE_NAME}</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>{c.published.isoformat()}</news:publication_date>
      <news:title>{_t(c.headline)}</news:title>
    </news:news>
    <lastmod>{c.modified.isoformat()}</lastmod>
  </url>"""
        for c in items
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
{urls}
</urlset>
"""


def urlset_sitemap(*, items: Iterable[Card], origin: str) -> str:
    urls = "\n".join(
        f"  <url><loc>{_t(origin + c.path)}</loc><lastmod>{c.modified.isoformat()}</lastmod></url>"
        for c in items
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{urls}
</urlset>
"""


def sitemap_index(*, sitemaps: Iterable[tuple[str, datetime | None]], origin: str) -> str:
    entries = "\n".join(
        f"  <sitemap><loc>{_t(origin + path)}</loc>"
        + (f"<lastmod>{lastmod.isoformat()}</lastmod>" if lastmod else "")
        + "</sitemap>"
        for path, lastmod in sitemaps
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{entries}
</sitemapindex>
"""


def robots_txt(*, origin: str, sitemaps: Sequence[str] = ("/sitemap.xml",)) -> str:
    lines = [
        "# Crawlers are welcome; please do not crawl search results or account pages.",
        "User-agent: *",
        "Disallow: /search",
        "Disallow: /login",
        "Disallow: /subscribe",
        "Allow: /",
        "",
    ]
    lines += [f"Sitemap: {origin}{path}" for path in sitemaps]
    return "\n".join(lines) + "\n"
