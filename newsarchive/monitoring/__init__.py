"""Crawl monitoring: what an unattended run tells its scheduler.

The run report and its rules (`report.py`, `coverage.py`, `found.py`), settings and folders checked before
the first request (`preflight.py`), the progress line (`progress.py`), one-line drop messages
(`logformat.py`) and the `crawl` command with its exit statuses (`commands/`).
"""
