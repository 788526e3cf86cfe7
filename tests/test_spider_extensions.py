"""The spiders' lifecycle bookkeeping as Scrapy extensions (newsarchive/spiders/extensions/): each is off
(NotConfigured) when it has nothing to do, and on in a real crawl of a newsarchive spider."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from newsarchive.spiders.extensions.drops import DropRecorder
from newsarchive.spiders.extensions.jobdir import JOBDIR_MARKER, JobdirGuard
from newsarchive.spiders.extensions.selectors import ProfileSelectorStats
from newsarchive.spiders.extensions.walks import WalkBookkeeping
from tests.crawlhelp import generic_server
from tests.crawlkit import DataDirs


@pytest.mark.parametrize("extension", [JobdirGuard, WalkBookkeeping, DropRecorder, ProfileSelectorStats])
def test_off_for_a_crawler_without_a_newsarchive_spider(extension: type, tmp_path: Path) -> None:
    crawler = get_crawler(settings_dict={"JOBDIR": str(tmp_path / "job")})
    with pytest.raises(NotConfigured):
        extension.from_crawler(crawler)
    assert not (tmp_path / "job" / JOBDIR_MARKER).exists()


def test_off_without_jobdir_or_crawl_state() -> None:
    with pytest.raises(NotConfigured) as raised:
        JobdirGuard.from_crawler(get_crawler())
    assert not raised.value.args  # Scrapy logs a message as a WARNING, and most runs have no JOBDIR
    crawler = get_crawler(settings_dict={"NEWSARCHIVE_STATE_ENABLED": False})
    for extension in (WalkBookkeeping, DropRecorder):
        with pytest.raises(NotConfigured, match="NEWSARCHIVE_STATE_ENABLED"):
            extension.from_crawler(crawler)


@pytest.mark.slow
def test_a_jobdir_left_by_a_killed_run_is_discarded_once(tmp_data: DataDirs, run_crawl) -> None:
    jobdir = tmp_data.root / "job"
    queue = jobdir / "requests.queue"
    queue.mkdir(parents=True)
    # What a killed run may leave: a queue index naming a priority whose queue is gone.
    (queue / "active.json").write_text("[7]", encoding="utf-8")
    (jobdir / "requests.seen").write_text("not a fingerprint\n", encoding="utf-8")
    marker = jobdir / JOBDIR_MARKER
    marker.write_text(json.dumps({"state": "running", "started": "2026-01-01T00:00:00+00:00"}), "utf-8")
    with generic_server() as site:
        first = run_crawl("article", f"url={site.url('/')}", settings={"JOBDIR": jobdir})
        assert first.returncode == 0, first.log_tail()
        assert json.loads(marker.read_text(encoding="utf-8"))["state"] == "closed"
        second = run_crawl("article", f"url={site.url('/')}", settings={"JOBDIR": jobdir})
    assert first.stats["newsarchive/state/jobdir_discarded"] == 1
    assert "did not stop cleanly" in first.stderr
    assert first.records, first.log_tail()
    assert second.returncode == 0, second.log_tail()
    assert "newsarchive/state/jobdir_discarded" not in second.stats
    assert json.loads(marker.read_text(encoding="utf-8"))["state"] == "closed"
