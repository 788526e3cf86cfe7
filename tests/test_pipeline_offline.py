"""The offline chain (noise -> paywall -> sponsored -> validate) with a Settings object and a plain dict."""

from __future__ import annotations

import pytest
from helpers_pipelines import FULL_BODY, make_article

from newsarchive.exceptions import Sponsored
from newsarchive.items import Evidence
from newsarchive.pipelines.offline import OfflinePipeline, project_settings, run_offline


def test_offline_chain_cleans_judges_and_counts() -> None:
    stats: dict = {}
    article = run_offline(make_article(body=["Icon Facebook", *FULL_BODY]), stats=stats)
    assert article.body == FULL_BODY and article.access == "unknown"
    assert stats["newsarchive/noise/removed/icon_label"] == 1
    assert stats["newsarchive/validate/passed"] == 1


def test_offline_uses_settings() -> None:
    advertorial = Evidence(sponsored_markers=["schema:AdvertiserContentArticle"])
    with pytest.raises(Sponsored):
        run_offline(make_article(evidence=advertorial))
    pipeline = OfflinePipeline(project_settings({"NEWSARCHIVE_SPONSORED_DROP": False}))
    assert pipeline.process(make_article(evidence=advertorial)).sponsored is True
    no_noise = OfflinePipeline(project_settings({"NEWSARCHIVE_NOISE_ENABLED": "False"}))
    assert no_noise.process(make_article(body=["Icon Facebook", *FULL_BODY])).body[0] == "Icon Facebook"
