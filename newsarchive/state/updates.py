"""How each write changes the stored record of a URL, as data shared by every state backend.

A write is an upsert: the values of a new record (`*_values`), inserted as they are when the URL is new,
else merged into the stored record field by field following the write's `Rule`s (fields without a rule keep
their stored value). The SQLite store turns an `Upsert` into an `INSERT ... ON CONFLICT DO UPDATE`
(`upsert_sql`), the Redis store applies the same rules in one Lua script, so both backends record the same
thing and the decisions read from them (newsarchive.discovery.schedule.decide) do not depend on the backend.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from newsarchive.items import Article
from newsarchive.state.keys import article_key, url_key


class Rule(StrEnum):
    SET = "set"  #: the new value, even when it is None
    COALESCE = "coalesce"  #: the new value when known, else the stored one
    LATEST = "latest"  #: the greater of both (ISO timestamps), whichever is known
    CLEAR = "clear"  #: None
    UNLESS_ARCHIVED = "unless_archived"  #: the new value while no content_hash is stored, else the stored one


@dataclass(frozen=True, kw_only=True)
class Upsert:
    name: str
    columns: tuple[str, ...]  #: the fields of the new record (its `*_values` dict), url_key first
    rules: Mapping[str, Rule]
    #: update only when the new record's version is >= the stored one (an older version never wins)
    newer_version_only: bool = False


ARCHIVED = Upsert(
    name="archived",
    columns=(
        "url_key",
        "url",
        "canonical_key",
        "canonical_url",
        "content_hash",
        "version",
        "published_at",
        "modified_at",
        "first_seen",
        "last_seen",
        "archived_at",
    ),
    rules={
        "url": Rule.SET,
        "canonical_key": Rule.COALESCE,
        "canonical_url": Rule.COALESCE,
        "content_hash": Rule.SET,
        "version": Rule.SET,
        "published_at": Rule.COALESCE,
        "modified_at": Rule.COALESCE,
        "last_seen": Rule.LATEST,
        "archived_at": Rule.SET,
        "drop_reason": Rule.CLEAR,
        "dropped_at": Rule.CLEAR,
    },
    newer_version_only=True,
)

# An archived record stays archived (hash and versions kept): the drop only marks never-archived pages.
DROPPED = Upsert(
    name="dropped",
    columns=(
        "url_key",
        "url",
        "canonical_key",
        "canonical_url",
        "published_at",
        "modified_at",
        "first_seen",
        "last_seen",
        "drop_reason",
        "dropped_at",
    ),
    rules={
        "canonical_key": Rule.COALESCE,
        "canonical_url": Rule.COALESCE,
        "published_at": Rule.COALESCE,
        "modified_at": Rule.COALESCE,
        "last_seen": Rule.SET,
        "drop_reason": Rule.UNLESS_ARCHIVED,
        "dropped_at": Rule.UNLESS_ARCHIVED,
    },
)

TOUCHED = Upsert(
    name="touched",
    columns=("url_key", "url", "etag", "last_modified", "changed_hint", "first_seen", "last_seen"),
    rules={
        "etag": Rule.COALESCE,
        "last_modified": Rule.COALESCE,
        "changed_hint": Rule.COALESCE,
        "last_seen": Rule.SET,
    },
)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _canonical_key(article: Article) -> str | None:
    return url_key(article.canonical_url) if article.canonical_url else None


def archived_values(article: Article, *, now: str, archived_at: str | None = None) -> dict[str, object]:
    return {
        "url_key": url_key(article.url),
        "url": article.url,
        "canonical_key": _canonical_key(article),
        "canonical_url": article.canonical_url,
        "content_hash": article.content_hash,
        "version": article.version,
        "published_at": article.published_at,
        "modified_at": article.modified_at,
        "first_seen": now,
        "last_seen": now,
        "archived_at": archived_at or now,
    }


def dropped_values(article: Article, reason: str, *, now: str) -> dict[str, object]:
    return {
        "url_key": url_key(article.url),
        "url": article.url,
        "canonical_key": _canonical_key(article),
        "canonical_url": article.canonical_url,
        "published_at": article.published_at,
        "modified_at": article.modified_at,
        "first_seen": now,
        "last_seen": now,
        "drop_reason": reason,
        "dropped_at": now,
    }


def touched_values(
    url: str, *, etag: str | None, last_modified: str | None, changed_hint: str | None, now: str
) -> dict[str, object]:
    return {
        "url_key": url_key(url),
        "url": url,
        "etag": etag,
        "last_modified": last_modified,
        "changed_hint": changed_hint,
        "first_seen": now,
        "last_seen": now,
    }


def version_entry(article: Article, *, archived_at: str) -> dict[str, object]:
    """The `versions` record of an archived article version (keyed by article_key and version)."""
    return {
        "article_key": article_key(article),
        "version": article.version,
        "url": article.url,
        "content_hash": article.content_hash,
        "archived_at": archived_at,
    }


_SQL_EXPR = {
    Rule.SET: "excluded.{c}",
    Rule.COALESCE: "COALESCE(excluded.{c}, articles.{c})",
    # SQLite's two-argument MAX is NULL when either side is: fall back to the known one.
    Rule.LATEST: "COALESCE(MAX(excluded.{c}, articles.{c}), excluded.{c}, articles.{c})",
    Rule.CLEAR: "NULL",
    Rule.UNLESS_ARCHIVED: "CASE WHEN articles.content_hash IS NULL THEN excluded.{c} ELSE articles.{c} END",
}


def upsert_sql(upsert: Upsert) -> str:
    """The SQLite statement of `upsert` into `articles`, with a named parameter per column."""
    columns = upsert.columns
    updates = ",\n    ".join(f"{c} = {_SQL_EXPR[rule].format(c=c)}" for c, rule in upsert.rules.items())
    where = "\nWHERE excluded.version >= articles.version" if upsert.newer_version_only else ""
    return (
        f"INSERT INTO articles ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})\n"
        f"ON CONFLICT (url_key) DO UPDATE SET\n    {updates}{where}"
    )
