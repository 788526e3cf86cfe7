"""Hand-built records and crawler helpers shared by the pipeline, archive and state tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.utils.test import get_crawler

from newsarchive.items import Article, Evidence, Image

REPO = Path(__file__).resolve().parents[1]

FULL_BODY = [
    "TOKYO -- Japan, together with the U.S. and South Korea, will continue to exert maximum pressure on North"
    " Korea in the wake of Wednesday's launch of an intercontinental ballistic missile.",
    "But the latest act of provocation threatens to exacerbate tensions on the Korean Peninsula, a prospect"
    " that could test Seoul's commitment to the hard-line approach.",
    "Prime Minister Shinzo Abe of Japan spoke by phone Wednesday with South Korean President Moon Jae-in. In"
    " the 15-minute conversation, the two sides agreed to ratchet up pressure on the North.",
]


def make_article(**overrides: Any) -> Article:
    """A complete, valid article; keyword arguments replace fields (evidence fields via evidence=...)."""
    fields: dict[str, Any] = {
        "url": "https://asia.nikkei.com/Politics/Latest-missile-launch",
        "canonical_url": "https://asia.nikkei.com/Politics/Latest-missile-launch",
        "site": "nikkei_asia",
        "section": "Politics",
        "headline": "Latest missile launch tests 'maximum pressure' on North Korea",
        "standfirst": "Japan, US wary of conciliatory South Korea breaking with united front",
        "authors": ["Nikkei staff writers"],
        "published_at": "2017-11-29T20:15:00+09:00",
        "body": list(FULL_BODY),
        "images": [Image(url="https://asia.nikkei.com/img/abe.jpg", caption="Prime Minister Shinzo Abe")],
        "language": "en",
        "credit": "(Nikkei)",
        "fetched_at": "2026-11-25T10:00:00+00:00",
        "extractor": "nikkei_asia",
        "evidence": Evidence(schema_types=["NewsArticle"], body_source="profile"),
    }
    fields.update(overrides)
    article = Article(**fields)
    article.refresh_derived()
    return article


def crawler_for(tmp_path: Path, **settings: Any) -> Crawler:
    """A real (unstarted) Scrapy crawler with newsarchive's settings, archive and state under tmp_path."""
    from newsarchive import settings as project

    values = {k: getattr(project, k) for k in dir(project) if k.isupper()}
    values.update(
        {
            "NEWSARCHIVE_ARCHIVE_DIR": str(tmp_path / "archive"),
            "NEWSARCHIVE_STATE_DIR": str(tmp_path / "state"),
            # CoreStats expects spider_opened before spider_closed; these crawlers never open a spider.
            "EXTENSIONS": {"scrapy.extensions.corestats.CoreStats": None},
        }
    )
    values.update(settings)
    return get_crawler(settings_dict=values)


def close_crawl(crawler: Crawler) -> None:
    """Send spider_closed the way the engine does at the end of a crawl (closes the crawl state)."""
    crawler.signals.send_catch_log(signals.spider_closed, spider=None, reason="finished")
