"""Looking at an archive: counts, field coverage, drop reasons; as text, JSON or an HTML page."""

from __future__ import annotations

from newsarchive.archivestats.runreports import RunReports, read_run_reports
from newsarchive.archivestats.summary import ArchiveSummary, summarise

__all__ = ["ArchiveSummary", "RunReports", "read_run_reports", "summarise"]
