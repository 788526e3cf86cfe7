"""ValidatePipeline: articles only, required fields, minimum body (paywalled teasers kept)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_pipelines import crawler_for, make_article

from newsarchive.exceptions import BodyTooShort, MissingField, NotAnArticle
from newsarchive.items import Evidence
from newsarchive.pipelines.validate import ValidatePipeline

SHORT = ["Kono urged ASEAN to enforce North Korea sanctions."]


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"page_type": "listing"}, NotAnArticle),
        ({"page_type": "video"}, NotAnArticle),
        ({"headline": None}, MissingField),
        ({"headline": ""}, MissingField),
        ({"body": []}, MissingField),
        ({"url": ""}, MissingField),
        ({"body": SHORT}, BodyTooShort),
        ({"body": SHORT, "access": "free"}, BodyTooShort),
    ],
)
def test_invalid_records_dropped(tmp_path: Path, overrides: dict, error: type[Exception]) -> None:
    pipeline = ValidatePipeline.from_crawler(crawler_for(tmp_path))
    with pytest.raises(error):
        pipeline.process_item(make_article(**overrides))


def test_valid_article_and_paywalled_teaser_pass(tmp_path: Path) -> None:
    crawler = crawler_for(tmp_path)
    pipeline = ValidatePipeline.from_crawler(crawler)
    assert pipeline.process_item(make_article()).headline
    teaser = pipeline.process_item(make_article(body=SHORT, access="paywalled"))
    assert teaser.body == SHORT
    assert crawler.stats.get_value("newsarchive/validate/passed") == 2
    assert crawler.stats.get_value("newsarchive/validate/short_paywalled_kept") == 1


def test_min_words_setting(tmp_path: Path) -> None:
    pipeline = ValidatePipeline.from_crawler(crawler_for(tmp_path, NEWSARCHIVE_VALIDATE_MIN_BODY_WORDS=5))
    assert pipeline.process_item(make_article(body=SHORT)).body == SHORT


BRIEF = ["Kono urged ASEAN members on Monday to enforce the North Korea sanctions in full."]  # 14 words


def test_short_story_its_publisher_declares_an_article_is_kept(tmp_path: Path) -> None:
    crawler = crawler_for(tmp_path)
    pipeline = ValidatePipeline.from_crawler(crawler)
    declared = make_article(body=BRIEF, evidence=Evidence(schema_types=["NewsArticle"]))
    assert pipeline.process_item(declared).body == BRIEF
    by_og = make_article(body=BRIEF, evidence=Evidence(og_type="article"))
    assert pipeline.process_item(by_og).body == BRIEF
    assert crawler.stats.get_value("newsarchive/validate/short_declared_kept") == 2
    with pytest.raises(BodyTooShort):  # nothing declared: most likely a failed extraction
        pipeline.process_item(make_article(body=BRIEF, evidence=Evidence()))


def test_body_length_is_counted_in_every_script(tmp_path: Path) -> None:
    pipeline = ValidatePipeline.from_crawler(crawler_for(tmp_path))
    japanese = ["北朝鮮が弾道ミサイルを発射し、日本政府は強く抗議した。"]  # 25 characters, no spaces
    assert pipeline.process_item(make_article(body=japanese, evidence=Evidence())).body == japanese
