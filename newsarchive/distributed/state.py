"""Crawl state and exactly-once archive claims in Redis, shared by all workers of a site.

`RedisCrawlState` has the same API as the SQLite `newsarchive.state.CrawlState` (get, touch,
record_archived, close), so the spider and the dedup pipeline work unchanged in distributed mode; one
Redis hash per site holds url_key -> JSON of the ArticleState fields.

On top of that, `claim()` / `commit()` / `release()` make each (url_key, content_hash) archived exactly
once across workers: the claim is one atomic script that checks the stored hash, checks for a write in
progress by a live worker, and hands out the next version number; commit stores the new state once the
archive line is written. A claim held by a dead worker is taken over (its line may not have been
written), so a crash between claim and write loses nothing.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, fields
from datetime import datetime, timezone
from typing import Any

from redis import Redis

from newsarchive.distributed.keys import alive_prefix, claims_key, state_key
from newsarchive.items import Article
from newsarchive.state import ArticleState, url_key

logger = logging.getLogger(__name__)

# KEYS: state hash, claims hash. ARGV: url_key, content_hash, worker, alive key prefix.
_CLAIM = """
local version, previous = 1, ''
local cur = redis.call('HGET', KEYS[1], ARGV[1])
if cur then
  local rec = cjson.decode(cur)
  if rec.content_hash == ARGV[2] then return {'duplicate', 0, ''} end
  if type(rec.content_hash) == 'string' then
    version = (tonumber(rec.version) or 1) + 1
    previous = rec.content_hash
  end
end
local claim = redis.call('HGET', KEYS[2], ARGV[1])
if claim then
  local owner = string.sub(claim, 1, string.find(claim, '\\n', 1, true) - 1)
  if owner ~= ARGV[3] and redis.call('EXISTS', ARGV[4] .. owner) == 1 then
    return {'busy', 0, owner}
  end
end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3] .. '\\n' .. ARGV[2])
return {'claimed', version, previous}
"""

# Merge fields into the stored record (first_seen is kept); drop the caller's claim if it holds one.
# KEYS: state hash, claims hash. ARGV: url_key, JSON of fields, worker ('' = no claim).
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
if ARGV[3] ~= '' then
  local claim = redis.call('HGET', KEYS[2], ARGV[1])
  if claim and string.sub(claim, 1, #ARGV[3] + 1) == ARGV[3] .. '\\n' then
    redis.call('HDEL', KEYS[2], ARGV[1])
  end
end
return 1
"""

# KEYS: claims hash. ARGV: url_key, worker.
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


@dataclass(frozen=True, kw_only=True)
class Claim:
    """The right to write one archive line: returned by claim(), passed to commit() or release()."""

    key: str  #: url_key of the article
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
        self.state_key = state_key(prefix, site)
        self.claims_key = claims_key(prefix, site)
        self._claim = server.register_script(_CLAIM)
        self._merge = server.register_script(_MERGE)
        self._release = server.register_script(_RELEASE)

    @classmethod
    def open(cls, url: str, *, prefix: str, site: str, worker: str) -> RedisCrawlState:
        return cls(Redis.from_url(url), prefix=prefix, site=site, worker=worker)

    # --- the CrawlState API -------------------------------------------------------------------

    def get(self, url: str) -> ArticleState | None:
        raw = self.server.hget(self.state_key, url_key(url))
        if raw is None:
            return None
        data = json.loads(raw)
        return ArticleState(**{name: data.get(name) for name in _STATE_FIELDS})

    def touch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> None:
        now = _now()
        self._store(url_key(url), {"url": url, "etag": etag, "last_modified": last_modified,
                                   "first_seen": now, "last_seen": now}, worker="")  # fmt: skip

    def record_archived(self, article: Article) -> None:
        self._store(url_key(article.url), self._record(article), worker="")

    def close(self) -> None:
        self.server.close()

    # --- exactly-once claims ------------------------------------------------------------------

    def claim(self, article: Article) -> Claim | None:
        """Claim the archive write of this article version; None when it must not be written."""
        key = url_key(article.url)
        outcome, version, other = self._claim(
            keys=[self.state_key, self.claims_key],
            args=[key, article.content_hash or "", self.worker, alive_prefix(self.prefix)],
        )
        outcome = outcome.decode() if isinstance(outcome, bytes) else outcome
        other = other.decode() if isinstance(other, bytes) else other
        if outcome != "claimed":
            logger.debug("No claim on %s: %s %s", article.url, outcome, other)
            return None
        return Claim(key=key, content_hash=article.content_hash, version=int(version),
                     previous_hash=other or None)  # fmt: skip

    def commit(self, claim: Claim, article: Article) -> None:
        """The line is written: store the new state and drop the claim."""
        self._store(claim.key, self._record(article), worker=self.worker)

    def release(self, claim: Claim) -> None:
        """The line was not written (dropped or failed later): let another worker try."""
        self._release(keys=[self.claims_key], args=[claim.key, self.worker])

    # --- helpers ------------------------------------------------------------------------------

    @staticmethod
    def _record(article: Article) -> dict[str, Any]:
        now = _now()
        return {
            "url": article.url,
            "canonical_url": article.canonical_url,
            "content_hash": article.content_hash,
            "version": article.version,
            "published_at": article.published_at,
            "first_seen": now,
            "last_seen": now,
            "archived_at": now,
        }

    def _store(self, key: str, record: dict[str, Any], *, worker: str) -> None:
        # None means "unknown": keep what is stored (cjson would turn null into a value).
        present = {k: v for k, v in record.items() if v is not None}
        self._merge(keys=[self.state_key, self.claims_key], args=[key, json.dumps(present), worker])
