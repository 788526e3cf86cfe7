"""Crawl state: what has been archived, per site, across runs (SQLite, WAL mode).

One database file per site (`<state_dir>/<site>.sqlite3`) keeps sites independent: a crawl of one site never
locks another's state, and a site's state can be deleted to re-crawl it from scratch.

The archive is the source of truth; the state follows it. The archive pipeline writes the JSON line first and
records it here second, and `newsarchive.archive.reconcile` re-reads archive lines the state missed (a kill
between the two steps), so a restart never archives the same content twice.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from newsarchive.items import Article

logger = logging.getLogger(__name__)

SITE_NAME = re.compile(r"^[a-z0-9_][a-z0-9_.-]*$")
_UNSAFE = re.compile(r"[^a-z0-9_.-]")
_LEADING_DOTS = re.compile(r"^\.+")

# Query parameters that only track the visitor; dropping them makes the same article one key.
_TRACKING_PARAMS = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref_src|ncid|cmpid|"
    r"ocid|sr_share|share|smid|__twitter_impression)$",
    re.IGNORECASE,
)

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
    archived_at    TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS articles_canonical ON articles (canonical_key);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

_COLUMNS = (
    "url, canonical_url, content_hash, version, etag, last_modified, published_at, first_seen, last_seen,"
    " archived_at"
)


def validate_site(site: str) -> str:
    """Return `site` if it is a safe file name ([a-z0-9_.-], not starting with a dot); else ValueError."""
    if not isinstance(site, str) or not SITE_NAME.match(site):
        raise ValueError(f"invalid site name {site!r}: only [a-z0-9_.-] allowed, not starting with '.'")
    return site


def site_filename(site: str) -> str:
    """A safe file/directory name for `site`: lower-cased, characters outside [a-z0-9_.-] (a port's ":", a
    "/") and leading dots turned into "_", so no site name can point outside the archive or state dir."""
    if not isinstance(site, str) or not site.strip():
        raise ValueError(f"invalid site name {site!r}: empty")
    name = _UNSAFE.sub("_", site.strip().lower())
    name = _LEADING_DOTS.sub(lambda m: "_" * len(m.group()), name)
    return validate_site(name)


def url_key(url: str) -> str:
    """Normalised identity of a URL: lower-case scheme/host, default port and fragment dropped, tracking
    parameters removed, query sorted. Path case is kept (servers treat it as significant)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_PARAMS.match(k)
    )
    path = parts.path or "/"
    return urlunsplit((scheme, host, path, urlencode(query), ""))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass(kw_only=True)
class ArticleState:
    """What the state knows about one URL."""

    url: str
    canonical_url: str | None = None
    content_hash: str | None = None  #: hash of the last archived version (None: seen, never archived)
    version: int = 0  #: version of the last archived copy (0: never archived)
    etag: str | None = None
    last_modified: str | None = None
    published_at: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None
    archived_at: str | None = None


class CrawlState:
    """SQLite-backed state of one site. Not shared between threads; one instance per process and site."""

    def __init__(self, path: Path, site: str, conn: sqlite3.Connection) -> None:
        self.path = path
        self.site = site
        self._conn = conn

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
        logger.debug("Opened crawl state %s", path)
        return cls(path, site, conn)

    # --- lookups ---------------------------------------------------------------------------------
    def get(self, url: str) -> ArticleState | None:
        """State of `url`, found by its key or, failing that, as the canonical URL of a stored page."""
        key = url_key(url)
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM articles WHERE url_key = ?", (key,)).fetchone()
        if row is None:
            row = self._conn.execute(
                f"SELECT {_COLUMNS} FROM articles WHERE canonical_key = ? ORDER BY version DESC LIMIT 1",
                (key,),
            ).fetchone()
        return None if row is None else _row_to_state(row)

    def get_article(self, article: Article) -> ArticleState | None:
        """State of the article under its URL or its canonical URL."""
        found = self.get(article.url)
        if found is None and article.canonical_url:
            found = self.get(article.canonical_url)
        return found

    def __len__(self) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    # --- updates ---------------------------------------------------------------------------------
    def record_archived(self, article: Article, *, archived_at: str | None = None) -> None:
        """Remember that this version of the article is in the archive."""
        now = _now()
        canonical_key = url_key(article.canonical_url) if article.canonical_url else None
        self._conn.execute(
            """
            INSERT INTO articles (url_key, url, canonical_key, canonical_url, content_hash, version,
                                  published_at, first_seen, last_seen, archived_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (url_key) DO UPDATE SET
                url = excluded.url,
                canonical_key = COALESCE(excluded.canonical_key, articles.canonical_key),
                canonical_url = COALESCE(excluded.canonical_url, articles.canonical_url),
                content_hash = excluded.content_hash,
                version = excluded.version,
                published_at = COALESCE(excluded.published_at, articles.published_at),
                last_seen = excluded.last_seen,
                archived_at = excluded.archived_at
            """,
            (
                url_key(article.url),
                article.url,
                canonical_key,
                article.canonical_url,
                article.content_hash,
                article.version,
                article.published_at,
                now,
                now,
                archived_at or now,
            ),
        )

    def touch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> None:
        """Note that `url` was seen now (e.g. a 304), keeping validators for the next conditional request."""
        now = _now()
        self._conn.execute(
            """
            INSERT INTO articles (url_key, url, etag, last_modified, first_seen, last_seen)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (url_key) DO UPDATE SET
                etag = COALESCE(excluded.etag, articles.etag),
                last_modified = COALESCE(excluded.last_modified, articles.last_modified),
                last_seen = excluded.last_seen
            """,
            (url_key(url), url, etag, last_modified, now, now),
        )

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


def _row_to_state(row: tuple[object, ...]) -> ArticleState:
    names = [c.strip() for c in _COLUMNS.split(",")]
    return ArticleState(**dict(zip(names, row, strict=True)))  # type: ignore[arg-type]
