"""PaywallPipeline: access verdict from evidence, flag stat, optional drop."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_pipelines import crawler_for, make_article

from newsarchive.exceptions import Paywalled
from newsarchive.items import Evidence
from newsarchive.pipelines.paywall import PaywallPipeline

TEASER = ["TOKYO -- Foreign Minister Taro Kono urged ASEAN members on Monday to enforce sanctions."]
LONG = [("word " * 60).strip()] * 4  # 240 words: a full body


@pytest.mark.parametrize(
    ("evidence", "body", "start", "expected"),
    [
        (Evidence(is_accessible_for_free=False), LONG, "unknown", "paywalled"),  # declared, even if long
        (Evidence(is_accessible_for_free=True, paywall_markers=["markup:meter"]), TEASER, "unknown", "free"),
        (Evidence(teaser=True), LONG, "unknown", "paywalled"),
        (Evidence(paywall_markers=["markup:paywall"]), TEASER, "unknown", "paywalled"),
        (Evidence(paywall_selectors=[".paywall"]), TEASER, "unknown", "paywalled"),
        (Evidence(), LONG, "unknown", "free"),  # no marker, full body
        (Evidence(), TEASER, "unknown", "unknown"),  # no signal either way
        (Evidence(paywall_markers=["markup:meter"]), LONG, "unknown", "unknown"),  # a meter let us through
        (Evidence(paywall_markers=["markup:meter"]), LONG, "paywalled", "paywalled"),  # keeps extraction's
    ],
)
def test_access_verdict(
    tmp_path: Path, evidence: Evidence, body: list[str], start: str, expected: str
) -> None:
    crawler = crawler_for(tmp_path)
    article = make_article(evidence=evidence, body=body, access=start)
    assert PaywallPipeline.from_crawler(crawler).process_item(article).access == expected
    assert crawler.stats.get_value("newsarchive/paywall/flagged") == (1 if expected == "paywalled" else None)


def test_drop_setting_drops_paywalled_only(tmp_path: Path) -> None:
    crawler = crawler_for(tmp_path, NEWSARCHIVE_PAYWALL_DROP=True)
    pipeline = PaywallPipeline.from_crawler(crawler)
    with pytest.raises(Paywalled):
        pipeline.process_item(make_article(evidence=Evidence(is_accessible_for_free=False), body=TEASER))
    assert pipeline.process_item(make_article(body=LONG)).access == "free"
    assert crawler.stats.get_value("newsarchive/paywall/flagged") == 1
