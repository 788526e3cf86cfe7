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
        (Evidence(is_accessible_for_free=True, paywall_markers=["widget:meter"]), TEASER, "unknown", "free"),
        # a longer JSON-LD articleBody alone declares no paywall
        (Evidence(teaser=True), LONG, "unknown", "free"),
        (Evidence(paywall_markers=["markup:paywall"]), TEASER, "unknown", "paywalled"),
        (Evidence(paywall_selectors=[".paywall"]), TEASER, "unknown", "paywalled"),
        (Evidence(), LONG, "unknown", "free"),  # no marker, full body
        (Evidence(), TEASER, "unknown", "unknown"),  # no signal either way
        # a template's meter or offer widget is no declaration, whatever extraction said
        (Evidence(paywall_markers=["widget:meter", "widget:regwall"]), LONG, "paywalled", "free"),
        (Evidence(paywall_markers=["widget:paywall"]), TEASER, "unknown", "unknown"),
        # metered: free up to a limit, declared by content-tier metadata (with or without isAccessibleForFree)
        (Evidence(paywall_markers=["meta:content_tier=metered"]), LONG, "unknown", "metered"),
        (
            Evidence(is_accessible_for_free=False, paywall_markers=["meta:content_tier=metered"]),
            LONG,
            "paywalled",
            "metered",
        ),
        (Evidence(paywall_markers=["meta:content_tier=locked"]), LONG, "unknown", "paywalled"),
    ],
)
def test_access_verdict(
    tmp_path: Path, evidence: Evidence, body: list[str], start: str, expected: str
) -> None:
    crawler = crawler_for(tmp_path)
    article = make_article(evidence=evidence, body=body, access=start)
    assert PaywallPipeline.from_crawler(crawler).process_item(article).access == expected
    assert crawler.stats.get_value("newsarchive/paywall/flagged") == (1 if expected == "paywalled" else None)
    assert article.truncated is False


@pytest.mark.parametrize(
    ("evidence", "truncated"),
    [
        (Evidence(is_accessible_for_free=False, teaser=True), True),  # server-side teaser
        (Evidence(is_accessible_for_free=False), False),  # client-side paywall: the full text is here
        (Evidence(paywall_markers=["meta:content_tier=metered"], teaser=True), True),
        (Evidence(paywall_markers=["meta:content_tier=metered"]), False),  # a metered page serves it all
        (Evidence(teaser=True), False),  # no paywall: never truncated by one
    ],
)
def test_truncated_only_behind_a_paywall(tmp_path: Path, evidence: Evidence, truncated: bool) -> None:
    crawler = crawler_for(tmp_path)
    article = PaywallPipeline.from_crawler(crawler).process_item(make_article(evidence=evidence, body=TEASER))
    assert article.truncated is truncated
    assert crawler.stats.get_value("newsarchive/paywall/truncated") == (1 if truncated else None)


def test_drop_setting_drops_truncated_stubs_only(tmp_path: Path) -> None:
    crawler = crawler_for(tmp_path, NEWSARCHIVE_PAYWALL_DROP=True)
    pipeline = PaywallPipeline.from_crawler(crawler)
    stub = Evidence(is_accessible_for_free=False, teaser=True)
    with pytest.raises(Paywalled):
        pipeline.process_item(make_article(evidence=stub, body=TEASER))
    # the full text behind a client-side paywall is kept, flagged
    full = pipeline.process_item(make_article(evidence=Evidence(is_accessible_for_free=False), body=LONG))
    assert (full.access, full.truncated) == ("paywalled", False)
    assert pipeline.process_item(make_article(body=LONG)).access == "free"
    assert crawler.stats.get_value("newsarchive/paywall/flagged") == 2
