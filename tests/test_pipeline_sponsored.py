"""SponsoredPipeline: page-level sponsored evidence flags and (by default) drops."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_pipelines import crawler_for, make_article

from newsarchive.exceptions import Sponsored
from newsarchive.items import Evidence
from newsarchive.pipelines.sponsored import SponsoredPipeline

ADVERTORIAL = Evidence(
    schema_types=["AdvertiserContentArticle"],
    sponsored_markers=["schema:AdvertiserContentArticle", "label:Sponsored", "url:/sponsored-content"],
)


def test_advertorial_dropped_by_default(tmp_path: Path) -> None:
    crawler = crawler_for(tmp_path)
    with pytest.raises(Sponsored, match="AdvertiserContentArticle"):
        SponsoredPipeline.from_crawler(crawler).process_item(make_article(evidence=ADVERTORIAL))
    assert crawler.stats.get_value("newsarchive/sponsored/flagged") == 1


def test_advertorial_kept_and_flagged_when_drop_off(tmp_path: Path) -> None:
    crawler = crawler_for(tmp_path, NEWSARCHIVE_SPONSORED_DROP=False)
    article = SponsoredPipeline.from_crawler(crawler).process_item(make_article(evidence=ADVERTORIAL))
    assert article.sponsored is True
    assert crawler.stats.get_value("newsarchive/sponsored/flagged") == 1


def test_normal_article_with_sponsored_module_text_is_not_sponsored(tmp_path: Path) -> None:
    """The "Sponsored Content" module is furniture, not evidence: no marker, no flag."""
    crawler = crawler_for(tmp_path)
    article = make_article(body=[*make_article().body, "Sponsored Content"])
    assert SponsoredPipeline.from_crawler(crawler).process_item(article).sponsored is False
    assert crawler.stats.get_value("newsarchive/sponsored/flagged") is None
