"""NoisePipeline in a real (unstarted) crawler: fields cleaned, derived fields refreshed, stats counted."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_pipelines import FULL_BODY, crawler_for, make_article
from scrapy.exceptions import NotConfigured

from newsarchive.items import Image, body_hash
from newsarchive.pipelines.noise import NoisePipeline


def test_noise_removed_from_every_text_field(tmp_path: Path) -> None:
    crawler = crawler_for(tmp_path)
    pipeline = NoisePipeline.from_crawler(crawler)
    article = make_article(
        body=["Icon Facebook", *FULL_BODY, "Sponsored Content", "You have {{n}} free articles left", "Print"],
        headline="Created with Sketch. Abe vows pressure",
        standfirst="Subscribe now",
        images=[
            Image(url="https://x/1.jpg", caption="Icon Twitter"),
            Image(url="https://x/2.jpg", caption="Abe"),
        ],
    )
    dirty_hash = article.content_hash
    out = pipeline.process_item(article)
    assert out.body == FULL_BODY
    assert out.headline == "Abe vows pressure"
    assert out.standfirst is None
    assert [i.caption for i in out.images] == [None, "Abe"]
    assert out.content_hash == body_hash(FULL_BODY) != dirty_hash
    assert out.word_count == sum(len(p.split()) for p in FULL_BODY)
    stats = crawler.stats
    assert stats.get_value("newsarchive/noise/removed/icon_label") == 3  # body, headline fragment, caption
    assert stats.get_value("newsarchive/noise/removed/sponsored_note") == 1
    assert stats.get_value("newsarchive/noise/removed/template") == 1
    assert stats.get_value("newsarchive/noise/removed/share_widget") == 1
    assert stats.get_value("newsarchive/noise/removed/paywall_pitch") == 1


def test_clean_article_passes_unchanged(tmp_path: Path) -> None:
    crawler = crawler_for(tmp_path)
    article = make_article()
    before = article.to_dict()
    assert NoisePipeline.from_crawler(crawler).process_item(article).to_dict() == before
    assert not [k for k in crawler.stats.get_stats() if k.startswith("newsarchive/noise/")]


def test_disabled_raises_not_configured(tmp_path: Path) -> None:
    with pytest.raises(NotConfigured):
        NoisePipeline.from_crawler(crawler_for(tmp_path, NEWSARCHIVE_NOISE_ENABLED=False))
