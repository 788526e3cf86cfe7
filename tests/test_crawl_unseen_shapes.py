"""The `article` spider on hand-built pages of publisher shapes in none of the corpora (see
tests/test_extract_unseen_shapes2.py), crawled for real from a local server: what the archive keeps, flags and
drops, field by field, and the same records from `python -m newsarchive extract`."""

from __future__ import annotations

import pytest

from newsarchive.demo.server import SiteServer
from tests.crawlkit import archived_article, assert_offline_agrees, page_site_fixture
from tests.test_extract_unseen_shapes2 import PROSE, SENTENCES, ld, page

pytestmark = pytest.mark.slow

PAGES: dict[str, str] = {
    # a two-sentence brief, no declaration at all: kept
    "/local/a4-reopens": page(
        "<title>A4 reopens after lorry crash - County Express</title>",
        "<div class=main><h1>A4 reopens after lorry crash</h1><p class=date>Tuesday 4 March 2025, 6:10pm</p>"
        "<p>The A4 near Marlow reopened on Tuesday evening, nearly eleven hours after a lorry overturned at"
        " the Bisham roundabout.</p><p>Highways staff had to repair a damaged barrier before traffic could be"
        " let through.</p></div>",
    ),
    # a sponsor's promo box inside a short story: kept, not sponsored
    "/sport/marathon-route": page(
        '<title>City marathon route unveiled | Courier</title><meta property="og:type" content="article">',
        "<main><article><h1>City marathon route unveiled</h1><p class=byline>By Sam Reid</p><div class=body>"
        f"{''.join(f'<p>{s}</p>' for s in SENTENCES[:4])}<div class=promo-box><p>Presented by VoltGrid</p>"
        "<a href=/alerts>Sign up for race alerts</a></div></div></article></main>",
    ),
    # a brand studio's advertorial: dropped
    "/lifestyle/smart-meters": page(
        "<title>Ten ways smart meters save money | Courier</title>"
        '<meta property="og:type" content="article">',
        "<main><article><h1>Ten ways smart meters save money</h1><p class=byline>By Courier Brand Studio</p>"
        f"<div class=story>{PROSE}</div></article></main>",
    ),
    # a French paper's subscribers-only story: kept, flagged, without its prompt
    "/politique/article/2025/03/04/ecoles.html": page(
        "<title>Le conseil adopte le plan écoles</title>"
        + ld(
            {
                "@type": "NewsArticle",
                "headline": "Le conseil adopte le plan écoles",
                "datePublished": "2025-03-04T10:12:05+01:00",
                "author": {"@type": "Person", "name": "Claire Dubois"},
                "isAccessibleForFree": False,
            }
        ),
        "<main><article><h1>Le conseil adopte le plan écoles</h1><div class=article__content>"
        "<p>Le conseil municipal a adopté mardi soir un plan de rénovation des écoles de la ville, d'un"
        " montant de quarante millions d'euros sur cinq ans.</p><p>Les travaux commenceront dès cet été dans"
        " les trois établissements les plus anciens.</p></div><div class=paywall><p>Il vous reste 72.45% de"
        " cet article à lire. La suite est réservée aux abonnés.</p><a href=/abonnement/>S'abonner</a>"
        "<p>Déjà abonné ? <a href=/login>Se connecter</a></p></div></article></main>",
        lang="fr",
    ),
    # third round (tests/test_extract_unseen_shapes3.py): a Swiss paper's "Partnerinhalt": dropped
    "/wirtschaft/energie-sparen-123.html": page(
        '<title>Energie sparen mit smarten Zählern</title><meta property="og:type" content="article">',
        "<main><article><div class=label>Partnerinhalt</div><h1>Energie sparen mit smarten Zählern</h1>"
        f"<div class=body>{PROSE}</div></article></main>",
        lang="de-CH",
    ),
    # ... a Russian paper's date line and byline: kept, every field read
    "/news/2024/03/05/railway.html": page(
        "<title>Правительство утвердило план железной дороги — Вечерние новости</title>"
        '<meta property="og:type" content="article">',
        "<main><article><h1>Правительство утвердило план железной дороги</h1><div class=meta>"
        "<span class=date>5 марта 2024, 14:30</span><span class=author>Авторы: Иван Петров и Мария Смирнова"
        "</span></div>"
        f"<div class=text>{PROSE}</div></article></main>",
        lang="ru",
    ),
}
#: pages the archive drops as advertorials
ADVERTORIALS = ("/lifestyle/smart-meters", "/wirtschaft/energie-sparen-123.html")

site = page_site_fixture(PAGES)


@pytest.mark.parametrize("path", sorted(PAGES))
def test_the_archive_keeps_flags_and_drops_as_the_page_says(run_crawl, site: SiteServer, path: str) -> None:
    if path in ADVERTORIALS:
        result = run_crawl("article", f"url={site.url(path)}")
        # (a run that archived nothing ends with exit status 3, its report naming the drop)
        assert result.returncode == 3 and "1 dropped: Sponsored=1" in result.stderr, result.log_tail()
        assert result.by_path(path) == [] and result.drops == {"Sponsored": 1}, result.log_tail()
        return
    _, record = archived_article(run_crawl, site, path)
    if path == "/local/a4-reopens":
        assert record["headline"] == "A4 reopens after lorry crash"
        assert record["published_at"] == "2025-03-04T18:10:00+00:00"
        assert record["body"][0].startswith("The A4 near Marlow reopened") and len(record["body"]) == 2
    elif path == "/sport/marathon-route":
        assert record["authors"] == ["Sam Reid"] and record["body"] == SENTENCES[:4]
    elif path == "/news/2024/03/05/railway.html":
        assert record["headline"] == "Правительство утвердило план железной дороги"
        assert record["authors"] == ["Иван Петров", "Мария Смирнова"]
        assert (record["published_at"], record["language"]) == ("2024-03-05T14:30:00+00:00", "ru")
        assert record["body"] == SENTENCES and record["access"] == "unknown"
    else:
        assert (record["access"], record["truncated"]) == ("paywalled", True)
        assert record["authors"] == ["Claire Dubois"] and record["language"] == "fr"
        assert record["body"][-1].startswith("Les travaux commenceront")
    # the offline command gives the same record from the same page (the fields this round compared)
    fields = ("headline", "authors", "published_at", "body", "access", "truncated", "sponsored", "language")
    assert_offline_agrees(record, PAGES[path], site.url(path), fields)
