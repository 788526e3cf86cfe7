"""NewsarchiveAddon: one ADDONS line gives any Scrapy project newsarchive's whole pipeline."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from scrapy.settings import Settings
from scrapy.utils.conf import build_component_list
from scrapy.utils.misc import load_object
from scrapy.utils.test import get_crawler

import newsarchive.settings as newsarchive_settings
from newsarchive import defaults
from newsarchive.addon import COMPONENT_SETTINGS, pipeline_settings
from newsarchive.demo.server import SiteServer
from newsarchive.demo.subprocess_crawl import FAST_SETTINGS, crawl_command, parse_stats, read_jsonl_records
from newsarchive.middlewares import ContactUserAgentMiddleware
from tests.crawlkit import PROJECT_DIR, SCHEMA_VALIDATOR, DataDirs, run_crawl


def _recipe() -> tuple[str, str]:
    """The settings line and the spider of docs/crawling.md's "In your own Scrapy project" recipe."""
    page = (PROJECT_DIR / "docs" / "crawling.md").read_text(encoding="utf-8")
    section = page.split("## In your own Scrapy project", 1)[1]
    block = section.split("```python\n", 1)[1].split("```", 1)[0]
    settings_part, spider = block.split("# spiders/news.py\n")
    line = next(line for line in settings_part.splitlines() if line.startswith("ADDONS"))
    return line, spider


def _enabled(settings: Settings, name: str) -> list[type]:
    return [load_object(path) for path in build_component_list(settings.getwithbase(name))]


def _with_addon(project: dict[str, Any] | None = None) -> Settings:
    """A crawler's settings: a project's `project` settings plus the one ADDONS line."""
    return get_crawler(
        settings_dict={**(project or {}), "ADDONS": {"newsarchive.addon.NewsarchiveAddon": 0}}
    ).settings


def test_addon_installs_every_component_and_default_of_newsarchive_settings() -> None:
    ours = Settings()
    ours.setmodule(newsarchive_settings, priority="project")
    theirs = _with_addon()
    for name in COMPONENT_SETTINGS & set(pipeline_settings()):
        assert _enabled(theirs, name) == _enabled(ours, name), name
    for name, value in defaults.newsarchive_defaults().items():
        assert theirs.get(name) == value, name
    for name in ("ROBOTSTXT_OBEY", "AUTOTHROTTLE_ENABLED", "DOWNLOAD_MAXSIZE", "USER_AGENT"):
        assert theirs.get(name) == ours.get(name), name
    # A project keeps its own spiders and name.
    assert theirs.get("BOT_NAME") == "scrapybot"
    assert theirs.getlist("SPIDER_MODULES") == []


def test_project_settings_and_components_win_over_the_addon() -> None:
    theirs = _with_addon(
        {
            "NEWSARCHIVE_SPONSORED_DROP": False,
            "AUTOTHROTTLE_ENABLED": False,
            "DOWNLOADER_MIDDLEWARES": {"newsarchive.middlewares.ContactUserAgentMiddleware": 50},
        }
    )
    assert theirs.getbool("NEWSARCHIVE_SPONSORED_DROP") is False
    assert theirs.getbool("AUTOTHROTTLE_ENABLED") is False
    order = theirs.getwithbase("DOWNLOADER_MIDDLEWARES")
    assert [v for k, v in order.items() if load_object(k) is ContactUserAgentMiddleware] == [50]


def _scrapy(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
    # The user's project imports newsarchive as an installed package (CI: pip install -e), not from its cwd.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PROJECT_DIR), env.get("PYTHONPATH", "")) if p)
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        args,
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=180,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def _comparable(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(
        ({k: v for k, v in r.items() if k != "fetched_at"} for r in records), key=lambda r: r["url"]
    )


@pytest.mark.slow
def test_fresh_scrapy_project_with_the_addon_archives_what_our_spider_archives(
    demo_site: SiteServer, tmp_path: Path
) -> None:
    made = _scrapy([sys.executable, "-m", "scrapy", "startproject", "userproject"], tmp_path)
    assert made.returncode == 0, made.stderr
    project = tmp_path / "userproject"
    settings_file = project / "userproject" / "settings.py"
    addon_line, spider = _recipe()
    assert len(spider.strip().splitlines()) <= 11
    settings_file.write_text(
        settings_file.read_text(encoding="utf-8") + "\n" + addon_line + "\n", encoding="utf-8"
    )
    spider = spider.replace('"https://example.com/"', f'"{demo_site.base_url}/"')
    spider = spider.replace('"example.com"', '"127.0.0.1"')
    (project / "userproject" / "spiders" / "news.py").write_text(spider, encoding="utf-8")

    theirs_data = DataDirs.under(tmp_path / "theirs")
    cmd = crawl_command("news", settings={**FAST_SETTINGS, "LOG_LEVEL": "INFO", **theirs_data.settings()})
    crawled = _scrapy(cmd, project)
    stats = parse_stats(crawled.stderr)
    assert crawled.returncode == 0, crawled.stderr[-3000:]
    theirs = read_jsonl_records(theirs_data.archive)
    for record in theirs:
        SCHEMA_VALIDATOR.validate(record)
    # The whole pipeline ran: noise cleaning, judging (the advertorial dropped), state, run report.
    assert stats.get("item_dropped_reasons_count/Sponsored", 0) >= 1, stats
    for key in ("paywall/free", "sponsored/flagged", "validate/passed", "state/new", "archive/written"):
        assert stats.get(f"newsarchive/{key}", 0) >= 1, (key, stats)
    assert stats.get("newsarchive/report/status") == "ok", stats
    assert list(theirs_data.state.iterdir()), "no crawl state written"
    assert list(theirs_data.reports.rglob("*.json")), "no run report written"

    ours = run_crawl("article", f"url={demo_site.base_url}/", data=DataDirs.under(tmp_path / "ours"))
    assert ours.returncode == 0, ours.log_tail()
    assert len(ours.records) >= 5
    assert _comparable(theirs) == _comparable(ours.records)


def test_distributed_addon_is_a_second_line_on_top() -> None:
    theirs = get_crawler(
        settings_dict={
            "ADDONS": {
                "newsarchive.addon.NewsarchiveAddon": 0,
                "newsarchive.distributed.addon.DistributedAddon": 10,
            },
            "NEWSARCHIVE_REDIS_URL": "redis://127.0.0.1:6379/0",
        }
    ).settings
    assert theirs.get("SCHEDULER") == "newsarchive.distributed.scheduler.LeasedScheduler"
    pipelines = [cls.__name__ for cls in _enabled(theirs, "ITEM_PIPELINES")]
    assert pipelines.index("ExactlyOncePipeline") < pipelines.index("ArchivePipeline")
    assert {"NoisePipeline", "PaywallPipeline", "SponsoredPipeline", "ValidatePipeline"} <= set(pipelines)
