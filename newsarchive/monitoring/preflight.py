"""Checks made before a crawl starts: typed setting values and the folders the crawl must write to.

A scheduled crawl whose archive or state folder cannot be written would otherwise fetch pages for
nothing and log one traceback per page; a setting like `NEWSARCHIVE_STATE_RECHECK_DAYS=abc` would end in
a Python traceback from deep inside a component. Each problem found here is one line naming the setting.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy.settings import default_settings

from newsarchive import defaults
from newsarchive import settings as project_settings
from newsarchive.monitoring.coverage import thresholds
from newsarchive.monitoring.paths import report_dir
from newsarchive.monitoring.running import live_crawl

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings


class SettingError(ValueError):
    """A setting holds a value the crawl cannot use; the message names the setting."""


def _typed_defaults() -> Iterator[tuple[str, Any]]:
    """(name, default) of every setting whose value has a type to check: ours, then Scrapy's."""
    seen: set[str] = set()
    for module in (project_settings, default_settings):
        for name in dir(module):
            if name.isupper() and name not in seen:
                seen.add(name)
                yield name, getattr(module, name)


def _describe(kind: str) -> str:
    return {
        "bool": "True or False",
        "int": "a whole number",
        "float": "a number",
        "dict": "a JSON object",
    }[kind]


# Scrapy's settings it reads as seconds with a fraction although their default is a whole number
# (DOWNLOAD_DELAY = 0, DOWNLOAD_TIMEOUT = 180): `-s DOWNLOAD_DELAY=0.5` is right for them.
_FRACTIONAL_SECONDS = frozenset({"DOWNLOAD_DELAY", "DOWNLOAD_TIMEOUT", "DNS_TIMEOUT"})


def check_setting_values(settings: BaseSettings) -> None:
    """Raise SettingError for the first setting whose value does not parse as its default's type.

    Only settings set above their default (on the command line, in the project, by the environment) are
    checked: the defaults themselves are known to be fine.
    """
    for name, default in _typed_defaults():
        priority = settings.getpriority(name)
        if priority is None or priority <= 0:
            continue
        value = settings.get(name)
        if value is None or (isinstance(default, type(value)) and not isinstance(value, str)):
            continue
        if isinstance(default, bool):
            kind, getter = "bool", settings.getbool
        elif isinstance(default, float) or name in _FRACTIONAL_SECONDS:
            kind, getter = "float", settings.getfloat
        elif isinstance(default, int):
            kind, getter = "int", settings.getint
        elif isinstance(default, dict) and name.startswith("NEWSARCHIVE_"):
            kind, getter = "dict", settings.getdict
        else:
            continue
        try:
            getter(name)
        except (ValueError, TypeError, json.JSONDecodeError):
            # Scrapy's on/off switches default to 0/1 (TELNETCONSOLE_ENABLED = 1) and are read with getbool:
            # `-s TELNETCONSOLE_ENABLED=False` is right for them.
            if kind == "int" and default in (0, 1) and _reads_as_bool(settings, name):
                continue
            raise SettingError(f"setting {name}: expected {_describe(kind)}, got {value!r}") from None
    _check_worker_count(settings)


def _check_worker_count(settings: BaseSettings) -> None:
    """NEWSARCHIVE_EXTRACT_WORKERS has no default to take a type from (None: one per core): a whole number
    or "auto" (extract_pool.middleware.worker_count reads it; `-s NEWSARCHIVE_EXTRACT_WORKERS=two` ended in
    a traceback from the middleware's constructor)."""
    value = settings.get("NEWSARCHIVE_EXTRACT_WORKERS")
    if value is None or isinstance(value, int) or str(value).strip().lower() in ("", "auto"):
        return
    try:
        count = int(str(value))
    except ValueError:
        count = -1
    if count < 0:
        raise SettingError(
            "setting NEWSARCHIVE_EXTRACT_WORKERS: expected a whole number of processes or 'auto',"
            f" got {value!r}"
        )


def _reads_as_bool(settings: BaseSettings, name: str) -> bool:
    try:
        settings.getbool(name)
    except ValueError:
        return False
    return True


def unusable_dir(path: str | Path) -> str | None:
    """Why files cannot be created in `path` (created if missing), or None when they can."""
    folder = Path(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".newsarchive-probe-", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def writable_dirs(settings: BaseSettings) -> list[tuple[str, str]]:
    """(setting name, folder) of every folder this crawl writes to, as the components will resolve them."""
    dirs = [("NEWSARCHIVE_ARCHIVE_DIR", settings.get("NEWSARCHIVE_ARCHIVE_DIR") or "")]
    if settings.getbool("NEWSARCHIVE_STATE_ENABLED", defaults.NEWSARCHIVE_STATE_ENABLED) and not settings.get(
        "NEWSARCHIVE_REDIS_URL"
    ):
        dirs.append(("NEWSARCHIVE_STATE_DIR", settings.get("NEWSARCHIVE_STATE_DIR") or ""))
    if settings.getbool("NEWSARCHIVE_REPORT_ENABLED", defaults.NEWSARCHIVE_REPORT_ENABLED):
        dirs.append(("NEWSARCHIVE_REPORT_DIR", str(report_dir(settings))))
    if settings.getbool("NEWSARCHIVE_WARC_ENABLED", defaults.NEWSARCHIVE_WARC_ENABLED):
        dirs.append(("NEWSARCHIVE_WARC_DIR", settings.get("NEWSARCHIVE_WARC_DIR") or ""))
    return [(name, value) for name, value in dirs if value]


def check_dirs(settings: BaseSettings) -> None:
    """Raise SettingError naming the first folder setting the crawl could not write to."""
    for name, folder in writable_dirs(settings):
        why = unusable_dir(folder)
        if why is not None:
            raise SettingError(f"setting {name}: cannot write to {folder}: {why}")


def preflight(settings: BaseSettings) -> None:
    """Everything a crawl needs before its first request; SettingError names what is wrong."""
    check_setting_values(settings)
    try:
        thresholds(
            None, settings.getdict("NEWSARCHIVE_REPORT_COVERAGE", defaults.NEWSARCHIVE_REPORT_COVERAGE)
        )
    except (ValueError, TypeError) as exc:
        message = str(exc)
        if not message.startswith("NEWSARCHIVE_REPORT_COVERAGE"):
            message = f"NEWSARCHIVE_REPORT_COVERAGE: {message}"
        raise SettingError(f"setting {message}") from None
    check_dirs(settings)
    check_jobdir(settings)


def check_jobdir(settings: BaseSettings) -> None:
    """SettingError when another crawl is running in this JOBDIR: two would share one request queue."""
    jobdir = settings.get("JOBDIR")
    if not jobdir:
        return
    marker = live_crawl(jobdir)
    if marker is not None:
        raise SettingError(
            f"setting JOBDIR: {jobdir} is in use by a crawl still running (pid {marker['pid']}, started "
            f"{marker.get('started')}); two crawls cannot share a JOBDIR"
        )
