"""Where run reports go: `<NEWSARCHIVE_REPORT_DIR>/<site>/<timestamp>.json`, never anywhere else.

The site name goes through the same sanitiser as the archive and the crawl state
(`newsarchive.state.store.site_filename`), the timestamp is generated here, and the final path is
checked to sit inside the report directory.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from newsarchive.state.store import site_filename


class UnsafePath(ValueError):
    """A computed path would leave its base directory."""


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
