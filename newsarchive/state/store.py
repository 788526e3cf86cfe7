"""Crawl state: what has been archived, per site, across runs (SQLite, WAL mode).

One database file per site (`<state_dir>/<site>.sqlite3`) keeps sites independent: a crawl of one site never
locks another's state, and a site's state can be deleted to re-crawl it from scratch.

The archive is the source of truth; the state follows it. The archive pipeline writes the JSON line first and
records it here second, and `newsarchive.archive.reconcile` re-reads archive lines the state missed (a kill
between the two steps), so a restart never archives the same content twice.

Rows are keyed by the normalised URL (`url_key`, the primary key); `canonical_key` is indexed, so finding an
article under its URL or its canonical URL is a couple of B-tree probes whatever the table size. Besides
archived articles the table holds pages fetched but dropped by a pipeline (`drop_reason`: an advertorial, a
stub too short), so scheduled runs skip them like archived ones, and pages only seen (validators of a 304).
`versions` keeps one row per archived version of an article.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import newsarchive.defaults as defaults
from newsarchive.items import Article
from newsarchive.state.keys import article_key, site_filename, url_key, validate_site
from newsarchive.state.records import ArticleState, merge_states
from newsarchive.state.updates import (
    ARCHIVED,
    DROPPED,
    TOUCHED,
    archived_values,
    dropped_values,
    now_iso,
    touched_values,
    upsert_sql,
    version_entry,
)

__all__ = ["ArticleState", "CrawlState", "article_key", "site_filename", "url_key", "validate_site"]

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings

logger = logging.getLogger(__name__)


_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    url_key        TEXT PRIMARY KEY,
    url            TEXT NOT NULL,
    canonical_key  TEXT,
    canonical_url  TEXT,
    content_hash   TEXT,
    version        INTEGER NOT NULL DEFAULT 0,
    etag           TEXT,
    last_modified  TEXT,
    published_at   TEXT,
    first_seen     TEXT NOT NULL,
    last_seen      TEXT NOT NULL,
    archived_at    TEXT,
    modified_at    TEXT,
    changed_hint   TEXT,
    drop_reason    TEXT,
    dropped_at     TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS articles_canonical ON articles (canonical_key);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS versions (
    article_key   TEXT NOT NULL,
    version       INTEGER NOT NULL,
    url           TEXT NOT NULL,
    content_hash  TEXT,
    archived_at   TEXT NOT NULL,
    PRIMARY KEY (article_key, version)
) WITHOUT ROWID;
"""

# Columns added after the first release: an older state file gets them on open (ALTER TABLE ... ADD COLUMN).
_ADDED_COLUMNS = ("modified_at", "changed_hint", "drop_reason", "dropped_at")

_COLUMNS = (
    "url, canonical_url, content_hash, version, etag, last_modified, published_at, first_seen, last_seen,"
    " archived_at, modified_at, changed_hint, drop_reason, dropped_at"
)
_SELECT = f"SELECT url_key, canonical_key, {_COLUMNS} FROM articles"


class CrawlState:
    """SQLite-backed state of one site. Not shared between threads; one instance per process and site."""

    def __init__(self, path: Path, site: str, conn: sqlite3.Connection) -> None:
        self.path = path
        self.site = site
        self._conn = conn

    #: Archive files this process may repair: all of them (one process writes a site's files).
    own_files: str | None = None

    @classmethod
    def from_settings(cls, settings: BaseSettings, site: str, *, archive_dir: str | Path) -> CrawlState:
        """The NEWSARCHIVE_STATE_BACKEND hook: the state file of `site` under NEWSARCHIVE_STATE_DIR."""
        return cls.open(settings.get("NEWSARCHIVE_STATE_DIR", defaults.NEWSARCHIVE_STATE_DIR), site)

    @classmethod
    def open(cls, state_dir: str | Path, site: str) -> CrawlState:
        directory = Path(state_dir)
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / f"{site_filename(site)}.sqlite3"
        # isolation_level=None: autocommit, every write is its own transaction, so a kill loses nothing
        # that was recorded (the archive line is already on disk before we are called).
        conn = sqlite3.connect(path, isolation_level=None, timeout=30.0, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode survives a process kill; only an OS crash can lose the last commits, and the
        # archive reconciliation brings those back.
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.executescript(_SCHEMA)
        have = {row[1] for row in conn.execute("PRAGMA table_info(articles)")}
        for column in _ADDED_COLUMNS:
            if column not in have:
                conn.execute(f"ALTER TABLE articles ADD COLUMN {column} TEXT")
        logger.debug("Opened crawl state %s", path)
        return cls(path, site, conn)

    # --- lookups ---------------------------------------------------------------------------------
    def get(self, url: str) -> ArticleState | None:
        """State of `url`, found by its key or, failing that, as the canonical URL of a stored page."""
        return self.lookup(url)

    def get_article(self, article: Article) -> ArticleState | None:
        """State of the article under its URL or its canonical URL."""
        return self.lookup(article.url, article.canonical_url)

    def lookup(self, *urls: str | None) -> ArticleState | None:
        """What is known about a page reachable under any of `urls` (its URL, its canonical URL...).

        Rows stored under one of the keys or naming one of them as canonical all describe the same article
        (a mirror and the publisher's URL, an AMP page): the archived row with the highest version wins,
        and the newest look at any of them counts as the last look. Validators come from the row of the
        first URL (the one about to be requested) when it has any. Two indexed probes per call.
        """
        keys = list(dict.fromkeys(url_key(u) for u in urls if u))
        if not keys:
            return None
        marks = ",".join("?" * len(keys))
        rows = self._conn.execute(
            f"{_SELECT} WHERE url_key IN ({marks}) UNION {_SELECT} WHERE canonical_key IN ({marks})",
            (*keys, *keys),
        ).fetchall()
        return _merge(rows, keys[0])

    def get_exact(self, url: str) -> ArticleState | None:
        """The row stored under `url`'s own key, nothing merged."""
        row = self._conn.execute(f"{_SELECT} WHERE url_key = ?", (url_key(url),)).fetchone()
        return None if row is None else _row_to_state(row[2:])

    def lookup_many(self, urls: list[list[str]]) -> list[ArticleState | None]:
        """`lookup(*u)` for each list of URLs in `urls` (one listing page's links), in order."""
        return [self.lookup(*u) for u in urls]

    def versions(self, url: str) -> list[tuple[int, str | None, str]]:
        """(version, content_hash, archived_at) of every archived version of the article at `url`."""
        known = self.lookup(url)
        keys = {url_key(url)}
        if known is not None:
            keys.add(url_key(known.canonical_url or known.url))
        marks = ",".join("?" * len(keys))
        return [
            (int(v), h, a)
            for v, h, a in self._conn.execute(
                f"SELECT version, content_hash, archived_at FROM versions WHERE article_key IN ({marks})"
                " ORDER BY version",
                tuple(keys),
            )
        ]

    def __len__(self) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    # --- updates (what each write keeps or replaces: newsarchive.state.updates) -------------------
    def _upsert(self, sql: str, values: dict[str, object]) -> None:
        self._conn.execute(sql, values)

    def record_archived(self, article: Article, *, archived_at: str | None = None) -> None:
        """Remember that this version of the article is in the archive."""
        values = archived_values(article, now=now_iso(), archived_at=archived_at)
        self._upsert(_SQL[ARCHIVED.name], values)
        self._conn.execute(
            "INSERT OR REPLACE INTO versions (article_key, version, url, content_hash, archived_at)"
            " VALUES (:article_key, :version, :url, :content_hash, :archived_at)",
            version_entry(article, archived_at=str(values["archived_at"])),
        )

    def record_dropped(self, article: Article, reason: str) -> None:
        """Remember that the page was fetched and a pipeline dropped it (`reason`: the drop class name).

        An archived row stays archived (its content hash and versions are kept): the drop is noted only for
        pages that were never archived, which scheduled runs then skip like archived ones.
        """
        self._upsert(_SQL[DROPPED.name], dropped_values(article, reason, now=now_iso()))

    def touch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        changed_hint: str | None = None,
    ) -> None:
        """Note that `url` was fetched now (a 200 or a 304): validators for the next conditional request,
        and the sitemap/feed date it was fetched for (so the same date does not trigger a refetch again)."""
        values = touched_values(
            url, etag=etag, last_modified=last_modified, changed_hint=changed_hint, now=now_iso()
        )
        self._upsert(_SQL[TOUCHED.name], values)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group many writes in one transaction (bulk loads: rebuilding the state from the archive)."""
        self._conn.execute("BEGIN")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # --- bookkeeping for archive reconciliation --------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self._conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    @property
    def archive_synced_at(self) -> float:
        """Epoch seconds up to which every archive line is known to be recorded here."""
        value = self.get_meta("archive_synced_at")
        return float(value) if value else 0.0

    def mark_archive_synced(self, when: float | None = None) -> None:
        self.set_meta("archive_synced_at", repr(time.time() if when is None else when))

    def close(self, *, synced: bool = False) -> None:
        """Close the database; `synced=True` says every archived line was recorded (clean shutdown)."""
        if self._conn is None:  # type: ignore[comparison-overlap]
            return
        if synced:
            self.mark_archive_synced()
        self._conn.close()
        self._conn = None  # type: ignore[assignment]
        logger.debug("Closed crawl state %s", self.path)

    def __enter__(self) -> CrawlState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_NAMES = [c.strip() for c in _COLUMNS.split(",")]


def _row_to_state(row: tuple[object, ...]) -> ArticleState:
    return ArticleState(**dict(zip(_NAMES, row, strict=True)))  # type: ignore[arg-type]


def _merge(rows: list[tuple[object, ...]], first_key: str) -> ArticleState | None:
    """One view of the rows found for an article (see CrawlState.lookup)."""
    return merge_states(((str(row[0]), _row_to_state(row[2:])) for row in rows), first_key)


_SQL = {u.name: upsert_sql(u) for u in (ARCHIVED, DROPPED, TOUCHED)}
