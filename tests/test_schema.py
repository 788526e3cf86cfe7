"""The JSON Schema of an archive line matches items.Article and accepts what the pipeline produces."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import jsonschema
import pytest
from helpers_pipelines import REPO, make_article

from newsarchive.commands.extract import process_jsonl_lines
from newsarchive.items import OPTIONAL_EVIDENCE, Article, Evidence, Image

SCHEMA = json.loads((REPO / "newsarchive" / "schema" / "article.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


def test_schema_is_valid_draft_2020_12() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_schema_fields_match_the_dataclasses() -> None:
    names = [f.name for f in dataclasses.fields(Article)]
    assert sorted(SCHEMA["properties"]) == sorted(names)
    assert sorted(SCHEMA["required"]) == sorted(names)
    evidence = SCHEMA["$defs"]["evidence"]
    assert sorted(evidence["properties"]) == sorted(f.name for f in dataclasses.fields(Evidence))
    # the optional ones are left out of a record while empty (a clean page's record does not change)
    assert sorted(evidence["required"]) == sorted(set(evidence["properties"]) - set(OPTIONAL_EVIDENCE))
    assert sorted(SCHEMA["$defs"]["image"]["properties"]) == sorted(f.name for f in dataclasses.fields(Image))


def test_hand_built_record_validates() -> None:
    VALIDATOR.validate(make_article().to_dict())


def test_demo_pages_records_validate() -> None:
    site = REPO / "newsarchive" / "demo" / "site"
    lines = [
        json.dumps(
            {"url": "https://asia.nikkei.com/" + p.parent.relative_to(site).as_posix(), "html": p.read_text()}
        )
        for p in sorted(site.rglob("index.html"))
    ]
    records = [r for r in process_jsonl_lines(lines) if "body" in r]
    assert len(records) >= 5
    for record in records:
        VALIDATOR.validate(record)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("access", "maybe"),
        ("content_hash", "md5:abc"),
        ("published_at", "2017-11-29T20:15:00"),  # no offset
        ("published_at", "29 Nov 2017"),
        ("version", 0),
        ("word_count", -1),
        ("body", "one string"),
        ("unexpected", 1),
    ],
)
def test_bad_records_rejected(field: str, value: object) -> None:
    record = make_article().to_dict()
    record[field] = value
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(record)


def test_missing_field_rejected() -> None:
    record = make_article().to_dict()
    del record["headline"]
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(record)


def test_roundtrip_through_json(tmp_path: Path) -> None:
    record = json.loads(json.dumps(make_article().to_dict(), ensure_ascii=False))
    VALIDATOR.validate(record)
    assert Article.from_dict(record) == make_article()
