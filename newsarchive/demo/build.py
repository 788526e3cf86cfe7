"""Writes the demo site's non-article files from its article pages.

The article pages under `site/` are the source of truth (see tests/fixtures/build_demo_articles.py); this
reads their JSON-LD and writes the home page, section fronts, RSS feed, sitemaps and robots.txt around them.
The output is checked in; rerun after an article page changes and review the diff:

    python -m newsarchive.demo.build
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

from newsarchive.demo.pages import (
    Card,
    home_page,
    news_sitemap,
    robots_txt,
    rss_feed,
    section_front,
    sitemap_index,
    urlset_sitemap,
)
from newsarchive.demo.server import DEMO_ORIGIN, DEMO_SITE

_JSONLD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)

# Which articles each front lists, newest first, split into pages. Kept explicit: the demo is a fixture, and
# the tests rely on the seed being on /Politics page 1 and the paywalled teaser being only on page 2.
FRONTS: dict[str, list[list[str]]] = {
    "/Politics": [
        [
            "/Politics/Latest-missile-launch-tests-maximum-pressure-on-North-Korea",
            "/Politics/Japan-and-Australia-sign-defense-pact-on-reciprocal-access",
        ],
        ["/Politics/Kono-urges-ASEAN-to-enforce-North-Korea-sanctions"],
    ],
    "/Business": [
        [
            "/Business/Markets/Asian-stocks-rally-as-tech-shares-rebound",
            "/Business/Toyota-bets-on-solid-state-batteries-for-2022-launch",
        ]
    ],
    "/Business/Markets": [["/Business/Markets/Asian-stocks-rally-as-tech-shares-rebound"]],
    "/Markets": [["/Business/Markets/Asian-stocks-rally-as-tech-shares-rebound"]],
    "/Economy": [["/Economy/Bank-of-Japan-holds-rates-as-inflation-stays-subdued"]],
    "/Sponsored-content": [["/Sponsored-content/Discover-the-future-of-smart-cities-in-Singapore"]],
    # The other nav sections exist (a crawler following the nav should not meet 404s) but list nothing here.
    "/Tech": [[]],
    "/Opinion": [[]],
    "/Spotlight": [[]],
    "/Life-Arts": [[]],
}
SECTION_NAMES = {
    "/Politics": "Politics",
    "/Business": "Business",
    "/Business/Markets": "Markets",
    "/Markets": "Markets",
    "/Economy": "Economy",
    "/Tech": "Tech",
    "/Opinion": "Opinion",
    "/Spotlight": "Spotlight",
    "/Life-Arts": "Life & Arts",
    "/Sponsored-content": "Sponsored content",
}
# A "Most read" box links across sections, as the real fronts do.
MOST_READ = {"/Politics": ["/Economy/Bank-of-Japan-holds-rates-as-inflation-stays-subdued"]}
NEWS_SITEMAP_DAYS = 2


def read_cards(site: Path = DEMO_SITE) -> dict[str, Card]:
    """Card per article path, from the JSON-LD of every `*/index.html` that declares an article type."""
    cards: dict[str, Card] = {}
    for page in sorted(site.rglob("index.html")):
        match = _JSONLD.search(page.read_text(encoding="utf-8"))
        if not match:
            continue
        data = json.loads(match.group(1))
        if "Article" not in str(data.get("@type", "")):
            continue
        path = "/" + page.parent.relative_to(site).as_posix()
        sponsored = data["@type"] == "AdvertiserContentArticle"
        image = data.get("image")
        section_path = "/" + path.strip("/").rsplit("/", 1)[0]
        cards[path] = Card(
            path=path,
            headline=data["headline"],
            summary=data.get("description", ""),
            section=data.get("articleSection", ""),
            section_path=section_path,
            published=datetime.fromisoformat(data["datePublished"]),
            modified=datetime.fromisoformat(data.get("dateModified") or data["datePublished"]),
            image=image.get("url") if isinstance(image, dict) else image,
            paywalled=data.get("isAccessibleForFree") is False,
            sponsored=sponsored,
        )
    return cards


def render(cards: dict[str, Card], origin: str = DEMO_ORIGIN) -> dict[str, str]:
    """Relative file path -> content of every non-article file."""
    files: dict[str, str] = {}
    newest_first = sorted(cards.values(), key=lambda c: c.published, reverse=True)
    for front, pages in FRONTS.items():
        for number, paths in enumerate(pages, start=1):
            name = "index.html" if number == 1 else f"page-{number}.html"
            files[f"{front.strip('/')}/{name}"] = section_front(
                section=SECTION_NAMES[front],
                section_path=front,
                cards=[cards[p] for p in paths],
                page=number,
                pages=len(pages),
                origin=origin,
                related=[cards[p] for p in MOST_READ.get(front, [])] if number == 1 else [],
            )
    home_sections = []
    for front in ("/Politics", "/Business", "/Economy"):
        listed = [cards[p] for p in FRONTS[front][0]]
        home_sections.append((SECTION_NAMES[front], front, listed))
    files["index.html"] = home_page(
        sections=home_sections, sponsored=[c for c in newest_first if c.sponsored], origin=origin
    )
    latest = newest_first[0].published
    files["rss/feed/nar.xml"] = rss_feed(
        items=newest_first, origin=origin, build_date=max(c.modified for c in newest_first)
    )
    recent = [c for c in newest_first if (latest - c.published).days < NEWS_SITEMAP_DAYS and not c.sponsored]
    files["sitemaps/news.xml"] = news_sitemap(items=recent, origin=origin)
    months: dict[str, list[Card]] = {}
    for c in newest_first:
        months.setdefault(f"{c.published:%Y-%m}", []).append(c)
    index = [("/sitemaps/news.xml", max(c.modified for c in recent))]
    for month, items in sorted(months.items(), reverse=True):
        files[f"sitemaps/{month}.xml"] = urlset_sitemap(items=items, origin=origin)
        index.append((f"/sitemaps/{month}.xml", max(c.modified for c in items)))
    files["sitemap.xml"] = sitemap_index(sitemaps=index, origin=origin)
    files["robots.txt"] = robots_txt(origin=origin)
    return files


def main() -> None:
    cards = read_cards(DEMO_SITE)
    for rel, content in render(cards).items():
        out = DEMO_SITE / rel
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(content, encoding="utf-8")
        print(out.relative_to(DEMO_SITE.parents[2]))


if __name__ == "__main__":
    main()
