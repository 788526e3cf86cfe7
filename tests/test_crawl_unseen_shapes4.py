"""The `article` spider on five hand-built pages of the fourth round of publisher shapes in none of the
corpora (tests/test_extract_unseen_shapes4.py: Corriere della Sera, CBC, ANSA, Gazeta Wyborcza and a
byline with "with reporting by"), crawled for real from a local server: the archived record, field by
field, is the one the offline extraction gives, and the fields those pages were built to probe are right.
"""

from __future__ import annotations

import pytest

from newsarchive.demo.server import SiteServer
from tests.crawlkit import archived_article, assert_offline_agrees, page_site_fixture
from tests.test_extract_unseen_shapes4 import (
    IT,
    PL,
    SENTENCES,
    ansa_page,
    cbc_page,
    corriere_page,
    reporting_by_page,
    wyborcza_page,
)

pytestmark = pytest.mark.slow

PAGES: dict[str, str] = {
    "/notizie/cronaca/25_marzo_04/centro-storico-chiuso-auto.shtml": corriere_page(),
    "/news/canada/toronto/ontario-urgent-care-clinics-1.7472345": cbc_page(),
    "/sito/notizie/politica/2025/03/04/governo-via-libera-al-piano-treni.html": ansa_page(),
    "/7,75398,31712345,centrum-zamkniete-dla-aut-w-weekendy.html": wyborcza_page(),
    "/2025/03/04/us/rail-link-court/index.html": reporting_by_page(),
}
#: what each page was built to probe, as the archive must keep it
PROBED: dict[str, dict[str, object]] = {
    "/notizie/cronaca/25_marzo_04/centro-storico-chiuso-auto.shtml": {
        "authors": ["Marco Bianchi"],
        "published_at": "2025-03-04T18:12:00+01:00",
        "modified_at": "2025-03-04T20:15:00+01:00",
        "body": IT,
        "language": "it",
    },
    "/news/canada/toronto/ontario-urgent-care-clinics-1.7472345": {
        "authors": ["Jane Doe"],
        "published_at": "2025-03-04T18:12:00-05:00",
        "standfirst": "Province says the clinics will see 400,000 patients a year",
        "body": SENTENCES,
    },
    "/sito/notizie/politica/2025/03/04/governo-via-libera-al-piano-treni.html": {
        "authors": ["ANSA"],
        "dateline": "ROMA",
        "body": [f"(ANSA) - ROMA, 04 MAR - {IT[0]}", *IT[1:]],
    },
    "/7,75398,31712345,centrum-zamkniete-dla-aut-w-weekendy.html": {
        "access": "paywalled",
        "truncated": True,
        "body": ["Od wiosny samochody nie wjadą na stare miasto w soboty i niedziele", *PL[:2]],
    },
    "/2025/03/04/us/rail-link-court/index.html": {
        "authors": ["Maya Chen", "Omar Haddad"],
        "published_at": "2025-03-04T14:05:00-05:00",
        "body": SENTENCES,
    },
}
site = page_site_fixture(PAGES)


@pytest.mark.parametrize("path", sorted(PAGES))
def test_the_archive_keeps_every_probed_field(run_crawl, site: SiteServer, path: str) -> None:
    _, record = archived_article(run_crawl, site, path)
    for name, value in PROBED[path].items():
        assert record[name] == value, name
    # the offline command gives the same record from the same page
    assert_offline_agrees(record, PAGES[path], site.url(path))
