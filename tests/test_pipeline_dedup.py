"""DedupPipeline against the real SQLite crawl state: new / unchanged / updated, within and across runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_pipelines import FULL_BODY, close_crawl, crawler_for, make_article

from newsarchive.exceptions import Duplicate
from newsarchive.pipelines.archive import ArchivePipeline
from newsarchive.pipelines.dedup import DedupPipeline
from newsarchive.state import CrawlState


def run_pipeline(tmp_path: Path, articles: list, **settings) -> tuple[list, list[str], dict]:
    """One 'run': dedup + archive over `articles`; returns (passed, drop reasons, stats)."""
    crawler = crawler_for(tmp_path, **settings)
    dedup, archive = DedupPipeline.from_crawler(crawler), ArchivePipeline.from_crawler(crawler)
    passed, dropped = [], []
    for article in articles:
        try:
            passed.append(archive.process_item(dedup.process_item(article)))
        except Duplicate:
            dropped.append("Duplicate")
    archive.close_spider()
    close_crawl(crawler)
    return passed, dropped, crawler.stats.get_stats()


def test_new_then_unchanged_then_updated_across_runs(tmp_path: Path) -> None:
    passed, dropped, stats = run_pipeline(tmp_path, [make_article()])
    assert [a.version for a in passed] == [1] and not dropped
    assert stats["newsarchive/state/new"] == 1

    passed, dropped, stats = run_pipeline(tmp_path, [make_article()])
    assert passed == [] and dropped == ["Duplicate"]
    assert stats["newsarchive/state/unchanged"] == 1

    first_hash = make_article().content_hash
    changed = make_article(body=[*FULL_BODY, "Update: North Korea confirmed the launch on state television."])
    passed, dropped, stats = run_pipeline(tmp_path, [changed])
    assert passed[0].version == 2 and passed[0].previous_hash == first_hash
    assert stats["newsarchive/state/updated"] == 1

    with CrawlState.open(tmp_path / "state", "nikkei_asia") as state:
        known = state.get(changed.url)
    assert known is not None and known.version == 2 and known.content_hash == changed.content_hash


def test_same_canonical_within_one_run(tmp_path: Path) -> None:
    a = make_article(url="https://asia.nikkei.com/Politics/Latest-missile-launch?utm_source=rss")
    b = make_article(url="https://asia.nikkei.com/amp/Politics/Latest-missile-launch")  # same canonical
    c = make_article(url="https://asia.nikkei.com/print/Politics/Latest-missile-launch", body=FULL_BODY[:2])
    passed, dropped, stats = run_pipeline(tmp_path, [a, b, c])
    assert dropped == ["Duplicate"]
    assert [(p.url, p.version) for p in passed] == [(a.url, 1), (c.url, 2)]
    assert passed[1].previous_hash == a.content_hash
    assert stats["newsarchive/state/new"] == 1 and stats["newsarchive/state/updated"] == 1


def test_canonical_known_from_previous_run(tmp_path: Path) -> None:
    run_pipeline(tmp_path, [make_article()])
    other_url = make_article(url="https://asia.nikkei.com/amp/Politics/Latest-missile-launch")
    _, dropped, _ = run_pipeline(tmp_path, [other_url])
    assert dropped == ["Duplicate"]


def test_in_run_dedup_without_state(tmp_path: Path) -> None:
    passed, dropped, _ = run_pipeline(
        tmp_path, [make_article(), make_article()], NEWSARCHIVE_STATE_ENABLED=False
    )
    assert len(passed) == 1 and dropped == ["Duplicate"]
    assert not (tmp_path / "state").exists()
    passed, dropped, _ = run_pipeline(tmp_path, [make_article()], NEWSARCHIVE_STATE_ENABLED=False)
    assert len(passed) == 1  # nothing remembered across runs without state


def test_kill_between_archive_and_state_does_not_duplicate(tmp_path: Path) -> None:
    """The line is in the archive but the state never heard of it (process killed in between)."""
    crawler = crawler_for(tmp_path, NEWSARCHIVE_STATE_ENABLED=False)
    archive = ArchivePipeline.from_crawler(crawler)
    archive.process_item(make_article())  # writes the line, records nothing
    archive.close_spider()
    passed, dropped, stats = run_pipeline(tmp_path, [make_article()])
    assert passed == [] and dropped == ["Duplicate"]
    assert stats["newsarchive/state/reconciled"] == 1


@pytest.mark.parametrize("site", ["nikkei_asia", "example.com"])
def test_state_file_per_site(tmp_path: Path, site: str) -> None:
    run_pipeline(tmp_path, [make_article(site=site)])
    assert (tmp_path / "state" / f"{site}.sqlite3").exists()


def test_mirror_url_touched_before_dedup_still_finds_the_canonical(tmp_path: Path) -> None:
    """The spider touches the fetched (mirror) URL before the item reaches dedup; the archived copy from
    another mirror must still be found through the shared canonical URL."""
    canonical = "https://asia.nikkei.com/Politics/Latest-missile-launch"
    run_pipeline(tmp_path, [make_article(url="http://127.0.0.1:1111/Politics/Latest-missile-launch")])
    mirror = "http://127.0.0.1:2222/Politics/Latest-missile-launch"
    with CrawlState.open(tmp_path / "state", "nikkei_asia") as state:
        state.touch(mirror, etag='"x"')
    passed, dropped, stats = run_pipeline(tmp_path, [make_article(url=mirror, canonical_url=canonical)])
    assert passed == [] and dropped == ["Duplicate"]
    assert stats.get("newsarchive/state/new", 0) == 0
    changed = make_article(url=mirror, body=[*FULL_BODY, "Update: a further launch was reported."])
    passed, _, _ = run_pipeline(tmp_path, [changed])
    assert [(p.version, p.previous_hash) for p in passed] == [(2, make_article().content_hash)]
    with CrawlState.open(tmp_path / "state", "nikkei_asia") as state:
        assert [v for v, _, _ in state.versions(canonical)] == [1, 2]


def test_dropped_page_is_recorded_with_its_reason(tmp_path: Path) -> None:
    article = make_article(url="https://asia.nikkei.com/Sponsored-content/Smart-cities")
    with CrawlState.open(tmp_path, "nikkei_asia") as state:
        state.record_dropped(article, "Sponsored")
        known = state.get(article.url)
        assert known is not None and known.drop_reason == "Sponsored" and not known.archived
        assert known.settled and known.dropped_at
        state.record_archived(article)  # archived later (e.g. NEWSARCHIVE_SPONSORED_DROP=False)
        known = state.get(article.url)
        assert known is not None and known.archived and known.drop_reason is None
