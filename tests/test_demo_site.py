"""The bundled sample site: what its fronts, feed, sitemaps and robots.txt offer a crawler."""

from __future__ import annotations

import http.client
import re
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import pytest
from lxml import etree, html

from newsarchive.demo.build import read_cards, render
from newsarchive.demo.server import DEMO_SITE, SiteServer

SEED = "/Politics/Latest-missile-launch-tests-maximum-pressure-on-North-Korea"
PACT = "/Politics/Japan-and-Australia-sign-defense-pact-on-reciprocal-access"
KONO = "/Politics/Kono-urges-ASEAN-to-enforce-North-Korea-sanctions"
TOYOTA = "/Business/Toyota-bets-on-solid-state-batteries-for-2022-launch"
BOJ = "/Economy/Bank-of-Japan-holds-rates-as-inflation-stays-subdued"
MARKETS = "/Business/Markets/Asian-stocks-rally-as-tech-shares-rebound"
ADVERTORIAL = "/Sponsored-content/Discover-the-future-of-smart-cities-in-Singapore"
ALL = {SEED, PACT, KONO, TOYOTA, BOJ, MARKETS, ADVERTORIAL}


def get(server: SiteServer, path: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def listed(server: SiteServer, path: str) -> list[str]:
    status, body = get(server, path)
    assert status == 200, path
    return html.fromstring(body).xpath("//div[contains(@class,'card-list')]//h3/a/@href")


def test_checked_in_files_match_the_builder() -> None:
    """`python -m newsarchive.demo.build` was rerun after the last article page change."""
    cards = read_cards(DEMO_SITE)
    assert set(cards) == ALL
    stale = [
        rel for rel, text in render(cards).items() if (DEMO_SITE / rel).read_text(encoding="utf-8") != text
    ]
    assert not stale, f"rerun python -m newsarchive.demo.build: {stale}"


def test_fronts(demo_site: SiteServer) -> None:
    assert listed(demo_site, "/Politics") == [SEED, PACT]
    assert listed(demo_site, "/Politics?page=2") == [KONO]
    assert listed(demo_site, "/Business") == [MARKETS, TOYOTA]
    assert listed(demo_site, "/Economy") == [BOJ]
    page1 = html.fromstring(get(demo_site, "/Politics")[1])
    assert page1.xpath("//a[@rel='next']/@href") == ["/Politics?page=2"]
    assert page1.xpath("//a[@rel='next']/text()") == ["Next"]
    assert page1.xpath("//link[@rel='next']/@href") == ["/Politics?page=2"]
    page2 = html.fromstring(get(demo_site, "/Politics?page=2")[1])
    assert page2.xpath("//a[@rel='next']") == []
    assert page2.xpath("//a[@rel='prev']/@href") == ["/Politics"]
    home = set(html.fromstring(get(demo_site, "/")[1]).xpath("//a/@href"))
    assert {"/Politics", "/Business", "/Economy"} <= home


def test_every_internal_link_of_fronts_and_articles_resolves(demo_site: SiteServer) -> None:
    """No broken links except the account/search pages robots.txt disallows and static assets."""
    pages = ["/", "/Politics", "/Politics?page=2", "/Business", "/Economy", *sorted(ALL)]
    broken = set()
    for page in pages:
        for href in html.fromstring(get(demo_site, page)[1]).xpath("//a/@href"):
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith(("#", "mailto:")):
                continue
            if parts.path.startswith(
                (
                    "/search",
                    "/login",
                    "/subscribe",
                    "/Author/",
                    "/About",
                    "/Terms",
                    "/Priv",
                    "/Contact",
                    "/rss",
                    "/api/",
                )
            ):
                continue
            if get(demo_site, href)[0] != 200:
                broken.add(href)
    assert not broken


def test_rss_feed(demo_site: SiteServer) -> None:
    status, body = get(demo_site, "/rss/feed/nar")
    assert status == 200
    feed = etree.fromstring(body)
    assert feed.tag == "rss" and feed.get("version") == "2.0"
    links = feed.xpath("//item/link/text()")
    assert {urlsplit(link).path for link in links} == ALL
    assert all(link.startswith(demo_site.base_url + "/") for link in links)
    dates = [parsedate_to_datetime(d) for d in feed.xpath("//item/pubDate/text()")]
    assert len(dates) == len(ALL) and dates == sorted(dates, reverse=True)
    assert all(d.utcoffset() is not None for d in dates)


def test_robots_and_sitemaps(demo_site: SiteServer) -> None:
    robots = get(demo_site, "/robots.txt")[1].decode()
    assert re.search(r"^Disallow: /search$", robots, re.M)
    assert f"Sitemap: {demo_site.base_url}/sitemap.xml" in robots
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    index = etree.fromstring(get(demo_site, "/sitemap.xml")[1])
    found = set()
    for loc in index.xpath("//s:sitemap/s:loc/text()", namespaces=ns):
        status, body = get(demo_site, urlsplit(loc).path)
        assert status == 200, loc
        found |= {
            urlsplit(u).path for u in etree.fromstring(body).xpath("//s:url/s:loc/text()", namespaces=ns)
        }
    assert found == ALL


@pytest.mark.parametrize("path", sorted(ALL))
def test_article_urls_match_the_profile(path: str) -> None:
    registry = pytest.importorskip("newsarchive.extract.registry")
    profile = registry.get_profile("nikkei_asia")
    assert profile.is_article_url("https://asia.nikkei.com" + path)
    for front in ("/Politics", "/Business", "/Business/Markets", "/Economy", "/"):
        assert not profile.is_article_url("https://asia.nikkei.com" + front)
