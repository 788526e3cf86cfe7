"""Where run reports go: `<NEWSARCHIVE_REPORT_DIR>/<site>/<timestamp>.json`, never anywhere else.

The site name goes through the same sanitiser as the archive and the crawl state
(`newsarchive.state.store.site_filename`), the timestamp is generated here, and the final path is
checked to sit inside the report directory.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from newsarchive.state.keys import site_filename

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings


class UnsafePath(ValueError):
    """A computed path would leave its base directory."""


def report_dir(settings: BaseSettings) -> Path:
    """NEWSARCHIVE_REPORT_DIR, else `reports` beside the archive folder (`<archive dir>/../reports`).

    Moving the archive (`-s NEWSARCHIVE_ARCHIVE_DIR=/srv/x/archive`) moves the reports with it, instead of
    leaving them in whatever folder the crawl was started from (scrapyd's own, under scrapyd).
    """
    configured = settings.get("NEWSARCHIVE_REPORT_DIR")
    if configured:
        return Path(configured)
    archive = Path(settings.get("NEWSARCHIVE_ARCHIVE_DIR") or "data/archive")
    return archive.parent / "reports"


def timestamp(moment: datetime | None = None) -> str:
    """Sortable, file-name-safe UTC time: 20240518T061502Z."""
    return (moment or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def inside(base: Path, path: Path) -> Path:
    resolved_base = base.resolve()
    resolved = path.resolve()
    if resolved != resolved_base and not resolved.is_relative_to(resolved_base):
        raise UnsafePath(f"{path} is outside {base}")
    return path


def report_path(report_dir: str | Path, site: str, moment: datetime | None = None) -> Path:
    """A new report file name (not yet existing: a second run in the same second gets `-2`)."""
    base = Path(report_dir)
    folder = inside(base, base / site_filename(site))
    stem = timestamp(moment)
    path = folder / f"{stem}.json"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}.json"
        n += 1
    return inside(base, path)


def write_new_report(path: Path, text: str) -> Path:
    """Write `text` under `path`, or under the next free `-N` name, never over another run's report.

    Two distributed workers of one site can close in the same second and compute the same name: each
    writes a temporary file of its own, then hard-links it into place, which fails instead of
    overwriting when the name is taken, so the second worker moves on to `-2`.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    try:
        stem, n = path.stem, 2
        while True:
            try:
                os.link(tmp, path)
                return path
            except FileExistsError:
                path = path.with_name(f"{stem}-{n}.json")
                n += 1
    finally:
        tmp.unlink(missing_ok=True)
