"""Alerts through spidermon, the Scrapy world's monitoring framework: the run report's rules as spidermon
monitors, spidermon's own actions (e-mail, Slack, Sentry) as the way they reach people.

The rules are judged once, by the RunReportExtension (`newsarchive.monitoring.coverage`), so the JSON
report, the exit status, `python -m newsarchive stats` and these monitors never disagree; each monitor
test below is one rule, failing with the report's own messages. Switched on with spidermon's setting:

    scrapy crawl nikkei_asia -s SPIDERMON_ENABLED=True -s NEWSARCHIVE_ALERT_ACTIONS=email \\
        -s SPIDERMON_EMAIL_TO=desk@example.org -s SPIDERMON_SMTP_HOST=... (spidermon's action settings)

NEWSARCHIVE_ALERT_ACTIONS names the actions run when a rule is broken: `email` (SMTP), `slack`, `sentry`,
or the dotted path of any spidermon Action; each reads its own SPIDERMON_* settings.
"""

from __future__ import annotations

from typing import Any

from scrapy.utils.misc import load_object
from spidermon import Monitor, MonitorSuite, monitors

from newsarchive.monitoring.report import RunReportExtension

ACTIONS: dict[str, str] = {
    "email": "spidermon.contrib.actions.email.smtp.SendSmtpEmail",
    "slack": "spidermon.contrib.actions.slack.notifiers.SendSlackMessageSpiderFinished",
    "sentry": "spidermon.contrib.actions.sentry.SendSentryMessage",
}


def last_report(crawler: Any) -> dict[str, Any] | None:
    """The run report the RunReportExtension built at spider_closed (None when it is switched off)."""
    manager = getattr(crawler, "extensions", None)
    for extension in getattr(manager, "middlewares", ()):
        if isinstance(extension, RunReportExtension):
            return extension.report
    return None


@monitors.name("newsarchive run report")
class RunReportMonitor(Monitor):
    def _rule(self, rule: str) -> None:
        report = last_report(self.data.crawler)
        if report is None:
            self.skipTest("NEWSARCHIVE_REPORT_ENABLED is off: no run report to judge")
        broken = [v["message"] for v in report["violations"] if v["rule"] == rule]
        self.assertFalse(broken, "; ".join(broken))

    @monitors.name("data kept (write_errors)")
    def test_write_errors(self) -> None:
        self._rule("write_errors")

    @monitors.name("minimum articles found (min_articles)")
    def test_min_articles(self) -> None:
        self._rule("min_articles")

    @monitors.name("field coverage (coverage)")
    def test_coverage(self) -> None:
        self._rule("coverage")


class RunReportMonitorSuite(MonitorSuite):
    """SPIDERMON_SPIDER_CLOSE_MONITORS in newsarchive.settings; actions from NEWSARCHIVE_ALERT_ACTIONS."""

    monitors = [RunReportMonitor]

    def __init__(self, *args: Any, crawler: Any = None, **kwargs: Any) -> None:
        names = crawler.settings.getlist("NEWSARCHIVE_ALERT_ACTIONS") if crawler is not None else []
        actions = [load_object(ACTIONS.get(name.strip().lower(), name.strip())) for name in names if name]
        kwargs["monitors_failed_actions"] = [*(kwargs.get("monitors_failed_actions") or []), *actions]
        super().__init__(*args, crawler=crawler, **kwargs)
