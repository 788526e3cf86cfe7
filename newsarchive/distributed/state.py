"""Crawl state and exactly-once archive claims in Redis, shared by all workers of a site.

In distributed mode `newsarchive.crawlstate.state_for` returns a `RedisCrawlState`: the spider's fetch/skip
decisions, the dedup and archive pipelines and the archive reconciliation of every worker, on every machine,
read and write this one state. It implements `newsarchive.state.StateStore` like the SQLite `CrawlState`,
with the same semantics: every write applies the shared upsert rules of `newsarchive.state.updates` in one
Lua script (atomic, one round trip), and lookups return `newsarchive.state.records.merge_states` of the
same records the SQLite store would find.

Redis holds, per site (key names in `keys.SiteKeys`): `state` (url_key -> JSON of the record),
`canonical` (canonical url_key -> the url_keys naming it, one per line: the index that makes a lookup by
canonical URL O(1)), `versions` (article key -> JSON of every archived version), `claims`
(article key -> "<worker>\\n<content_hash>") and `meta`.

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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from redis import Redis
from scrapy.settings import BaseSettings

from newsarchive.distributed.keys import SiteKeys, alive_prefix, key_prefix, worker_id
from newsarchive.items import Article
from newsarchive.state.keys import site_filename, url_key
from newsarchive.state.records import ArticleState, merge_states, state_from_mapping
from newsarchive.state.updates import (
    ARCHIVED,
    DROPPED,
    TOUCHED,
    Upsert,
    archived_values,
    dropped_values,
    now_iso,
    touched_values,
    version_entry,
)

logger = logging.getLogger(__name__)

# The records of an article: stored under one of `keys`, or naming one of them as canonical URL.
_ROWS_LUA = """
local function rows(state, canonical, keys)
  local seen, out = {}, {}
  local function add(k)
    if seen[k] then return end
    seen[k] = true
    local raw = redis.call('HGET', state, k)
    if raw then out[#out + 1] = {k, raw} end
  end
  for _, k in ipairs(keys) do add(k) end
  for _, k in ipairs(keys) do
    local via = redis.call('HGET', canonical, k)
    if via then
      for member in string.gmatch(via, '[^\\n]+') do add(member) end
    end
  end
  return out
end
"""

# KEYS: state, canonical. ARGV: url keys. Returns key, raw JSON, key, raw JSON...
_LOOKUP = (
    _ROWS_LUA
    + """
local flat = {}
for _, row in ipairs(rows(KEYS[1], KEYS[2], ARGV)) do
  flat[#flat + 1] = row[1]
  flat[#flat + 1] = row[2]
end
return flat
"""
)

# The archived record with the highest version (as merge_states picks it); the claim compares with it.
# KEYS: state, canonical, claims. ARGV: url_key, canonical_key or '', content_hash, worker, alive prefix.
_CLAIM = (
    _ROWS_LUA
    + """
local keys = {ARGV[1]}
if ARGV[2] ~= '' then keys[2] = ARGV[2] end
local best = nil
for _, row in ipairs(rows(KEYS[1], KEYS[2], keys)) do
  local rec = cjson.decode(row[2])
  if type(rec.content_hash) == 'string' then
    local v = tonumber(rec.version) or 0
    local at = type(rec.archived_at) == 'string' and rec.archived_at or ''
    if best == nil or v > best.v or (v == best.v and at > best.at) then
      best = {v = v, at = at, hash = rec.content_hash}
    end
  end
end
local claim_key = ARGV[2] ~= '' and ARGV[2] or ARGV[1]
local version, previous = 1, ''
if best then
  if best.hash == ARGV[3] then return {'duplicate', 0, ''} end
  version = best.v + 1
  previous = best.hash
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

# One write (newsarchive.state.updates): insert the new record, or merge it into the stored one by the
# rules; keep the canonical index in step; add the version entry; drop the caller's claim.
# KEYS: state, canonical, versions, claims.
# ARGV: url_key, new record JSON (no nulls), rules JSON, '1' when only a version >= the stored one
#       may update, version entry JSON or '', claim key or '', worker.
_UPSERT = """
local key = ARGV[1]
local new = cjson.decode(ARGV[2])
local raw = redis.call('HGET', KEYS[1], key)
local cur = nil
if raw then cur = cjson.decode(raw) end
local rec
if cur == nil then
  rec = new
else
  rec = {}
  for k, v in pairs(cur) do rec[k] = v end
  local older = ARGV[4] == '1' and (tonumber(new.version) or 0) < (tonumber(cur.version) or 0)
  if not older then
    for field, rule in pairs(cjson.decode(ARGV[3])) do
      local v, old = new[field], cur[field]
      if rule == 'set' then
        rec[field] = v
      elseif rule == 'coalesce' then
        if v ~= nil then rec[field] = v end
      elseif rule == 'latest' then
        if v ~= nil and (old == nil or v > old) then rec[field] = v end
      elseif rule == 'clear' then
        rec[field] = nil
      elseif rule == 'unless_archived' then
        if cur.content_hash == nil then rec[field] = v end
      else
        return redis.error_reply('unknown rule ' .. tostring(rule))
      end
    end
  end
end
redis.call('HSET', KEYS[1], key, cjson.encode(rec))

local old_c = cur and cur.canonical_key or nil
local new_c = rec.canonical_key
if old_c ~= nil and old_c ~= new_c then
  local list = redis.call('HGET', KEYS[2], old_c)
  if list then
    local kept = {}
    for member in string.gmatch(list, '[^\\n]+') do
      if member ~= key then kept[#kept + 1] = member end
    end
    if #kept == 0 then redis.call('HDEL', KEYS[2], old_c)
    else redis.call('HSET', KEYS[2], old_c, table.concat(kept, '\\n')) end
  end
end
if new_c ~= nil then
  local list = redis.call('HGET', KEYS[2], new_c)
  if not list then
    redis.call('HSET', KEYS[2], new_c, key)
  else
    local present = false
    for member in string.gmatch(list, '[^\\n]+') do
      if member == key then present = true end
    end
    if not present then redis.call('HSET', KEYS[2], new_c, list .. '\\n' .. key) end
  end
end

if ARGV[5] ~= '' then
  local entry = cjson.decode(ARGV[5])
  local stored = redis.call('HGET', KEYS[3], entry.article_key)
  local all = {}
  if stored then all = cjson.decode(stored) end
  all[tostring(entry.version)] = {url = entry.url, content_hash = entry.content_hash,
                                  archived_at = entry.archived_at}
  redis.call('HSET', KEYS[3], entry.article_key, cjson.encode(all))
end

if ARGV[6] ~= '' then
  local claim = redis.call('HGET', KEYS[4], ARGV[6])
  if claim and string.sub(claim, 1, #ARGV[7] + 1) == ARGV[7] .. '\\n' then
    redis.call('HDEL', KEYS[4], ARGV[6])
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

_RULES = {u.name: json.dumps({k: str(v) for k, v in u.rules.items()}) for u in (ARCHIVED, DROPPED, TOUCHED)}


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _state(raw: bytes | str) -> ArticleState:
    return state_from_mapping(json.loads(raw))


@dataclass(frozen=True, kw_only=True)
class Claim:
    """The right to write one archive line: returned by claim(), passed to commit() or release()."""

    key: str  #: claim key: url_key of the canonical URL, else of the URL
    content_hash: str | None
    version: int  #: the version number this line gets
    previous_hash: str | None  #: content_hash of the version it replaces


class RedisCrawlState:
    """Crawl state of one site, in Redis. Safe to share between processes and machines."""

    def __init__(
        self,
        server: Redis,
        *,
        prefix: str,
        site: str,
        worker: str,
        archive_dir: str | Path | None = None,
    ) -> None:
        self.server = server
        self.site = site
        self.worker = worker
        self.prefix = prefix
        # Workers append to their own files `<date>.<worker>.jsonl` (as newsarchive.archive.paths names
        # them): only those may have their torn last line repaired by this process.
        self.own_files = f"*.{site_filename(worker)}.jsonl"
        keys = SiteKeys(prefix=prefix, site=site_filename(site))
        self.state_key = keys.state
        self.canonical_key = keys.canonical
        self.versions_key = keys.versions
        self.claims_key = keys.claims
        self.meta_key = keys.meta
        # Archive files are per machine (each worker writes its own, into its machine's ARCHIVE_DIR): so is
        # the mark up to which reconciliation has read them.
        scope = (
            socket.gethostname()
            if archive_dir is None
            else f"{socket.gethostname()}:{Path(archive_dir).resolve()}"
        )
        self._synced_meta = f"archive_synced_at:{scope}"
        self.path = f"{server.connection_pool.connection_kwargs.get('host', 'redis')}:{self.state_key}"
        self._lookup = server.register_script(_LOOKUP)
        self._claim = server.register_script(_CLAIM)
        self._upsert = server.register_script(_UPSERT)
        self._release = server.register_script(_RELEASE)

    @classmethod
    def from_settings(cls, settings: BaseSettings, site: str, *, archive_dir: str | Path) -> RedisCrawlState:
        """The NEWSARCHIVE_STATE_BACKEND hook (set by DistributedAddon): the shared state at
        NEWSARCHIVE_REDIS_URL, as this worker."""
        return cls.open(
            settings["NEWSARCHIVE_REDIS_URL"],
            prefix=key_prefix(settings),
            site=site,
            worker=worker_id(settings),
            archive_dir=archive_dir,
        )

    @classmethod
    def open(
        cls, url: str, *, prefix: str, site: str, worker: str, archive_dir: str | Path | None = None
    ) -> RedisCrawlState:
        return cls(Redis.from_url(url), prefix=prefix, site=site, worker=worker, archive_dir=archive_dir)

    # --- lookups ------------------------------------------------------------------------------
    @staticmethod
    def _keys_of(urls: tuple[str | None, ...] | list[str]) -> list[str]:
        return list(dict.fromkeys(url_key(u) for u in urls if u))

    def lookup(self, *urls: str | None) -> ArticleState | None:
        """What is known about a page reachable under any of `urls` (see StateStore.lookup); one round
        trip, a few hash probes whatever the size of the state."""
        keys = self._keys_of(urls)
        if not keys:
            return None
        return self._merged(self._lookup(keys=[self.state_key, self.canonical_key], args=keys), keys[0])

    @staticmethod
    def _merged(flat: list[Any], first_key: str) -> ArticleState | None:
        rows = [(_text(flat[i]), _state(flat[i + 1])) for i in range(0, len(flat), 2)]
        return merge_states(rows, first_key)

    def lookup_many(self, urls: list[list[str]]) -> list[ArticleState | None]:
        """`lookup(*u)` for each list of URLs in `urls`, in order, in one round trip."""
        pipe = self.server.pipeline(transaction=False)
        firsts: list[str | None] = []
        for group in urls:
            keys = self._keys_of(group)
            firsts.append(keys[0] if keys else None)
            if keys:
                self._lookup(keys=[self.state_key, self.canonical_key], args=keys, client=pipe)
        results = iter(pipe.execute())
        return [None if first is None else self._merged(next(results), first) for first in firsts]

    def get(self, url: str) -> ArticleState | None:
        """State of `url`, found by its key or, failing that, as the canonical URL of a stored page."""
        return self.lookup(url)

    def get_article(self, article: Article) -> ArticleState | None:
        """State of the article under its URL or its canonical URL."""
        return self.lookup(article.url, article.canonical_url)

    def get_exact(self, url: str) -> ArticleState | None:
        """The record stored under `url`'s own key, nothing merged."""
        raw = self.server.hget(self.state_key, url_key(url))
        return None if raw is None else _state(raw)

    def versions(self, url: str) -> list[tuple[int, str | None, str]]:
        """(version, content_hash, archived_at) of every archived version of the article at `url`."""
        known = self.lookup(url)
        keys = {url_key(url)}
        if known is not None:
            keys.add(url_key(known.canonical_url or known.url))
        found: dict[int, tuple[int, str | None, str]] = {}
        for raw in self.server.hmget(self.versions_key, sorted(keys)):
            for version, entry in (json.loads(raw) if raw else {}).items():
                found[int(version)] = (int(version), entry.get("content_hash"), entry.get("archived_at"))
        return [found[v] for v in sorted(found)]

    def __len__(self) -> int:
        return int(self.server.hlen(self.state_key))

    # --- updates ------------------------------------------------------------------------------
    def record_archived(self, article: Article, *, archived_at: str | None = None) -> None:
        """Remember that this version of the article is in the archive."""
        self._write(
            ARCHIVED, archived_values(article, now=now_iso(), archived_at=archived_at), article=article
        )

    def record_dropped(self, article: Article, reason: str) -> None:
        """Remember that the page was fetched and a pipeline dropped it (never-archived pages only)."""
        self._write(DROPPED, dropped_values(article, reason, now=now_iso()))

    def touch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        changed_hint: str | None = None,
    ) -> None:
        """Note that `url` was fetched now: validators and the discovery date it was fetched for."""
        values = touched_values(
            url, etag=etag, last_modified=last_modified, changed_hint=changed_hint, now=now_iso()
        )
        self._write(TOUCHED, values)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Every write is already atomic on its own; nothing to group."""
        yield

    def get_meta(self, key: str) -> str | None:
        value = self.server.hget(self.meta_key, key)
        return None if value is None else _text(value)

    def set_meta(self, key: str, value: str) -> None:
        self.server.hset(self.meta_key, key, value)

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
            keys=[self.state_key, self.canonical_key, self.claims_key],
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
        self._write(ARCHIVED, archived_values(article, now=now_iso()), article=article, claim=claim.key)

    def release(self, claim: Claim) -> None:
        """The line was not written (dropped or failed later): let another worker try."""
        self._release(keys=[self.claims_key], args=[claim.key, self.worker])

    # --- helpers ------------------------------------------------------------------------------
    def _write(
        self, upsert: Upsert, values: dict[str, object], *, article: Article | None = None, claim: str = ""
    ) -> None:
        record = dict(values)
        key = str(record.pop("url_key"))
        # None means "not known": absent from the JSON (a cjson null would read back as a value).
        present = {k: v for k, v in record.items() if v is not None}
        entry = ""
        if article is not None:
            entry = json.dumps(version_entry(article, archived_at=str(values["archived_at"])))
        self._upsert(
            keys=[self.state_key, self.canonical_key, self.versions_key, self.claims_key],
            args=[
                key,
                json.dumps(present),
                _RULES[upsert.name],
                "1" if upsert.newer_version_only else "0",
                entry,
                claim,
                self.worker,
            ],
        )
