"""ArchivePipeline: JSONL layout, encoding, whole lines, torn-tail repair, state recorded after the line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers_pipelines import close_crawl, crawler_for, make_article

from newsarchive.items import Article
from newsarchive.pipelines.archive import ArchivePipeline
from newsarchive.state import CrawlState


def archive_one(tmp_path: Path, *articles: Article, **settings) -> dict:
    crawler = crawler_for(tmp_path, **settings)
    pipeline = ArchivePipeline.from_crawler(crawler)
    for article in articles:
        pipeline.process_item(article)
    pipeline.close_spider()
    close_crawl(crawler)
    return crawler.stats.get_stats()


def test_record_written_as_one_utf8_line_by_published_utc_date(tmp_path: Path) -> None:
    # 05:00 in Tokyo on the 30th is still the 29th in UTC.
    article = make_article(
        published_at="2017-11-30T05:00:00+09:00", headline="Abe: « maximum pressure » — 圧力"
    )
    stats = archive_one(tmp_path, article)
    path = tmp_path / "archive" / "nikkei_asia" / "2017-11-29.jsonl"
    raw = path.read_bytes()
    assert raw.endswith(b"\n") and raw.count(b"\n") == 1
    assert "圧力".encode() in raw  # ensure_ascii=False
    assert json.loads(raw) == article.to_dict()
    assert stats["newsarchive/archive/written"] == 1
    with CrawlState.open(tmp_path / "state", "nikkei_asia") as state:
        known = state.get(article.url)
    assert known is not None and known.content_hash == article.content_hash and known.archived_at


def test_unknown_publication_date_uses_crawl_date(tmp_path: Path) -> None:
    archive_one(tmp_path, make_article(published_at=None, fetched_at="2026-11-25T23:30:00-02:00"))
    assert (tmp_path / "archive" / "nikkei_asia" / "2026-11-26.jsonl").exists()


def test_appends_across_runs(tmp_path: Path) -> None:
    a = make_article()
    b = make_article(url="https://asia.nikkei.com/Politics/Other", canonical_url=None)
    archive_one(tmp_path, a)
    archive_one(tmp_path, b)
    lines = (
        (tmp_path / "archive" / "nikkei_asia" / "2017-11-29.jsonl").read_text(encoding="utf-8").splitlines()
    )
    assert [json.loads(line)["url"] for line in lines] == [a.url, b.url]


def test_torn_last_line_repaired_on_open(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "archive" / "nikkei_asia" / "2017-11-29.jsonl"
    path.parent.mkdir(parents=True)
    whole = json.dumps(make_article(url="https://asia.nikkei.com/Politics/First").to_dict()) + "\n"
    path.write_text(
        whole + '{"url": "https://asia.nikkei.com/Politics/Torn", "body": ["half a rec', encoding="utf-8"
    )
    stats = archive_one(tmp_path, make_article())
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""
    records = [json.loads(line) for line in lines[:-1]]  # every line is whole JSON
    assert [r["url"] for r in records] == ["https://asia.nikkei.com/Politics/First", make_article().url]
    assert stats["newsarchive/archive/torn_lines_repaired"] == 1
    assert any(r.levelname == "WARNING" and "torn" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("site", ["../../escape", "/etc", "..", "Example.COM:8080"])
def test_site_name_cannot_escape_archive_dir(tmp_path: Path, site: str) -> None:
    archive_one(tmp_path, make_article(site=site))
    written = list(tmp_path.rglob("*.jsonl"))
    assert len(written) == 1
    assert written[0].parent.parent == tmp_path / "archive"
    assert all(c.isalnum() or c in "_.-" for c in written[0].parent.name)
    assert not written[0].parent.name.startswith(".")
