"""Where rejects go and how their lines look (no Scrapy here: commands read them too)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsarchive.archive.writer import article_records
from newsarchive.items import Article
from newsarchive.state.store import site_filename

#: folder of a site's rejects, beside its archive files (readers of `<site>/*.jsonl` never see them)
REJECTS_DIR = "_rejected"


def rejects_path(
    archive_dir: str | Path, site: str, *, now: datetime | None = None, worker: str | None = None
) -> Path:
    """`<archive_dir>/<site>/_rejected/<YYYY-MM-DD>.jsonl`, dated by the day of the drop (UTC); a distributed
    worker writes `<YYYY-MM-DD>.<worker>.jsonl` (one writer per file)."""
    day = (now or datetime.now(UTC)).astimezone(UTC).date().isoformat()
    name = f"{day}.{site_filename(worker)}.jsonl" if worker else f"{day}.jsonl"
    return Path(archive_dir) / site_filename(site) / REJECTS_DIR / name


def reject_record(article: Article, reason: str) -> dict[str, Any]:
    """The archive record of `article` plus `drop_reason` (the drop class name: "NotAnArticle")."""
    record = article.to_dict()
    record["drop_reason"] = reason
    return record


def is_rejects_file(path: Path) -> bool:
    return REJECTS_DIR in Path(path).parts


def rejects_files(path: Path) -> list[Path]:
    """Rejects files of a site folder (`<archive>/<site>`) or of every site under the archive root."""
    path = Path(path)
    if path.is_file():
        return [path] if is_rejects_file(path) else []
    if path.name == REJECTS_DIR:
        return sorted(path.glob("*.jsonl"))
    direct = sorted((path / REJECTS_DIR).glob("*.jsonl"))
    return direct or sorted(path.glob(f"*/{REJECTS_DIR}/*.jsonl"))


def read_rejects(files: Iterable[Path]) -> Iterator[dict[str, Any]]:
    """Reject records; a torn or foreign line is skipped with a warning."""
    return article_records(files)
