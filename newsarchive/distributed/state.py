"""Crawl state and exactly-once archive claims in Redis, shared by all workers of a site.

`RedisCrawlState` has the API of the SQLite `newsarchive.state.CrawlState` that the spider, the dedup and
archive pipelines and the archive reconciliation use (get, get_article, touch, record_archived, batch,
archive_synced_at, mark_archive_synced, close), so they work unchanged against it in distributed mode.
Redis holds, per site: `state` (url_key -> JSON of the ArticleState fields), `canonical`
(canonical url_key -> url_key), `claims` (article key -> "<worker>\\n<content_hash>") and `meta`.

`claim()` / `commit()` / `release()` make each article version archived exactly once across workers: the
claim is one atomic script that checks the stored content hash (under the URL or the canonical URL),
checks for a write in progress by a live worker, and hands out the next version number; commit stores
the new state once the archive line is written. A claim held by a dead worker is taken over (its line
may not have been written), so a crash between claim and write loses nothing.
"""

from __future__ import annotations

import json
import logging
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import datetime, timezone
from typing import Any

from redis import Redis

from newsarchive.distributed.keys import SiteKeys, alive_prefix
from newsarchive.items import Article
from newsarchive.state import ArticleState, site_filename, url_key

logger = logging.getLogger(__name__)

# The stored record of an article: under its URL key, else under its canonical URL's key.
_LOOKUP_LUA = """
local function lookup(state, canonical, key, canonical_key)
  local cur = redis.call('HGET', state, key)
  if cur then
    local rec = cjson.decode(cur)
    if type(rec.content_hash) == 'string' or canonical_key == '' then return rec end
  end
  if canonical_key ~= '' then
    local via = redis.call('HGET', canonical, canonical_key)
    if via then
      local other = redis.call('HGET', state, via)
      if other then return cjson.decode(other) end
    end
  end
  if cur then return cjson.decode(cur) end
  return nil
end
"""

# KEYS: state, canonical, claims. ARGV: url_key, canonical_key or '', content_hash, worker, alive prefix.
_CLAIM = (
    _LOOKUP_LUA
    + """
local claim_key = ARGV[2] ~= '' and ARGV[2] or ARGV[1]
local version, previous = 1, ''
local rec = lookup(KEYS[1], KEYS[2], ARGV[1], ARGV[2])
if rec and type(rec.content_hash) == 'string' then
  if rec.content_hash == ARGV[3] then return {'duplicate', 0, ''} end
  version = (tonumber(rec.version) or 0) + 1
  previous = rec.content_hash
end
local claim = redis.call('HGET', KEYS[3], claim_key)
if claim then
  local owner = string.sub(claim, 1, string.find(claim, '\\n', 1, true) - 1)
  if owner ~= ARGV[4] and redis.call('EXISTS', ARGV[5] .. owner) == 1 then
    return {'busy', 0, owner}
  end
end
redis.call('HSET', KEYS[3], claim_key, ARGV[4] .. '\\n' .. ARGV[3])
return {'claimed', version, previous}
"""
)

# Merge fields into the stored record (first_seen is kept), index its canonical URL, and drop the
# caller's claim if it holds it. KEYS: state, canonical, claims.
# ARGV: url_key, JSON of fields, canonical_key or '', claim key or '', worker.
_MERGE = """
local new = cjson.decode(ARGV[2])
local cur = redis.call('HGET', KEYS[1], ARGV[1])
if cur then
  local old = cjson.decode(cur)
  for k, v in pairs(old) do
    if new[k] == nil then new[k] = v end
  end
  if old.first_seen ~= nil and old.first_seen ~= cjson.null then new.first_seen = old.first_seen end
end
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(new))
if ARGV[3] ~= '' then redis.call('HSET', KEYS[2], ARGV[3], ARGV[1]) end
if ARGV[4] ~= '' then
  local claim = redis.call('HGET', KEYS[3], ARGV[4])
  if claim and string.sub(claim, 1, #ARGV[5] + 1) == ARGV[5] .. '\\n' then
    redis.call('HDEL', KEYS[3], ARGV[4])
  end
end
return 1
"""

# KEYS: claims. ARGV: claim key, worker.
_RELEASE = """
local claim = redis.call('HGET', KEYS[1], ARGV[1])
if claim and string.sub(claim, 1, #ARGV[2] + 1) == ARGV[2] .. '\\n' then
  return redis.call('HDEL', KEYS[1], ARGV[1])
end
return 0
"""

_STATE_FIELDS = tuple(f.name for f in fields(ArticleState))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


@dataclass(frozen=True, kw_only=True)
class Claim:
    """The right to write one archive line: returned by claim(), passed to commit() or release()."""

    key: str  #: claim key: url_key of the canonical URL, else of the URL
    content_hash: str | None
    version: int  #: the version number this line gets
    previous_hash: str | None  #: content_hash of the version it replaces


class RedisCrawlState:
    """Crawl state of one site, in Redis. Safe to share between processes and machines."""

    def __init__(self, server: Redis, *, prefix: str, site: str, worker: str) -> None:
        self.server = server
        self.site = site
        self.worker = worker
        self.prefix = prefix
        keys = SiteKeys(prefix=prefix, site=site_filename(site))
        self.state_key = keys.state
        self.canonical_key = keys.canonical
        self.claims_key = keys.claims
        self.meta_key = keys.meta
        self.path = f"{server.connection_pool.connection_kwargs.get('host', 'redis')}:{self.state_key}"
        self._claim = server.register_script(_CLAIM)
        self._merge = server.register_script(_MERGE)
        self._release = server.register_script(_RELEASE)

    @classmethod
    def open(cls, url: str, *, prefix: str, site: str, worker: str) -> RedisCrawlState:
        return cls(Redis.from_url(url), prefix=prefix, site=site, worker=worker)

    @property
    def _keys(self) -> list[str]:
        return [self.state_key, self.canonical_key, self.claims_key]

    # --- lookups ------------------------------------------------------------------------------
    def get(self, url: str) -> ArticleState | None:
        """State of `url`, under its key or, failing that, as the canonical URL of a stored page."""
        key = url_key(url)
        raw = self.server.hget(self.state_key, key)
        if raw is None:
            via = self.server.hget(self.canonical_key, key)
            raw = self.server.hget(self.state_key, via) if via is not None else None
        if raw is None:
            return None
        data = json.loads(raw)
        return ArticleState(**{name: data.get(name) for name in _STATE_FIELDS if name in data})

    def get_article(self, article: Article) -> ArticleState | None:
        found = self.get(article.url)
        if found is None and article.canonical_url:
            found = self.get(article.canonical_url)
        return found

    def __len__(self) -> int:
        return int(self.server.hlen(self.state_key))

    # --- updates ------------------------------------------------------------------------------
    def touch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> None:
        now = _now()
        record = {
            "url": url,
            "etag": etag,
            "last_modified": last_modified,
            "first_seen": now,
            "last_seen": now,
        }
        self._store(url_key(url), record)

    def record_archived(self, article: Article, *, archived_at: str | None = None) -> None:
        self._store(url_key(article.url), self._record(article, archived_at), canonical=article.canonical_url)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Every write is already atomic on its own; nothing to group."""
        yield

    def get_meta(self, key: str) -> str | None:
        value = self.server.hget(self.meta_key, key)
        return None if value is None else _text(value)

    def set_meta(self, key: str, value: str) -> None:
        self.server.hset(self.meta_key, key, value)

    # Archive files are per machine (each worker writes its own), so is the reconciliation mark.
    @property
    def _synced_meta(self) -> str:
        return f"archive_synced_at:{socket.gethostname()}"

    @property
    def archive_synced_at(self) -> float:
        """Epoch seconds up to which this machine's archive lines are known to be recorded here."""
        value = self.get_meta(self._synced_meta)
        return float(value) if value else 0.0

    def mark_archive_synced(self, when: float | None = None) -> None:
        self.set_meta(self._synced_meta, repr(time.time() if when is None else when))

    def close(self, *, synced: bool = False) -> None:
        if synced:
            self.mark_archive_synced()
        self.server.close()

    def __enter__(self) -> RedisCrawlState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- exactly-once claims ------------------------------------------------------------------
    def claim(self, article: Article) -> Claim | None:
        """Claim the archive write of this article version; None when it must not be written."""
        key = url_key(article.url)
        canonical = url_key(article.canonical_url) if article.canonical_url else ""
        outcome, version, other = self._claim(
            keys=self._keys,
            args=[key, canonical, article.content_hash or "", self.worker, alive_prefix(self.prefix)],
        )
        if _text(outcome) != "claimed":
            logger.debug("No claim on %s: %s %s", article.url, _text(outcome), _text(other))
            return None
        return Claim(
            key=canonical or key,
            content_hash=article.content_hash,
            version=int(version),
            previous_hash=_text(other) or None,
        )

    def commit(self, claim: Claim, article: Article) -> None:
        """The line is written: store the new state and drop the claim."""
        self._store(
            url_key(article.url),
            self._record(article, None),
            canonical=article.canonical_url,
            claim=claim.key,
        )

    def release(self, claim: Claim) -> None:
        """The line was not written (dropped or failed later): let another worker try."""
        self._release(keys=[self.claims_key], args=[claim.key, self.worker])

    # --- helpers ------------------------------------------------------------------------------
    @staticmethod
    def _record(article: Article, archived_at: str | None) -> dict[str, Any]:
        now = _now()
        return {
            "url": article.url,
            "canonical_url": article.canonical_url,
            "content_hash": article.content_hash,
            "version": article.version,
            "published_at": article.published_at,
            "first_seen": now,
            "last_seen": now,
            "archived_at": archived_at or now,
        }

    def _store(
        self, key: str, record: dict[str, Any], *, canonical: str | None = None, claim: str = ""
    ) -> None:
        # None means "unknown": keep what is stored (cjson would store a null over it).
        present = {k: v for k, v in record.items() if v is not None}
        canonical_key = url_key(canonical) if canonical else ""
        self._merge(keys=self._keys, args=[key, json.dumps(present), canonical_key, claim, self.worker])
