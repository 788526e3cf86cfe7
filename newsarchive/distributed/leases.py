"""Leases on requests taken from the shared queue, so a worker that dies loses nothing.

Plain scrapy-redis pops a request off the shared queue and forgets it: if the worker is killed before
the page is archived, the request is gone, and the shared dupefilter stops every other worker from
finding it again. Here a pop atomically moves the request into the worker's in-flight hash; the
worker deletes the entry (ack) once Scrapy has completely finished with the request, and keeps an
"alive" key with a short TTL. Any worker that notices a registered worker without an alive key moves
that worker's in-flight requests back to the queue (the reliable-queue pattern of the Redis docs).
"""

from __future__ import annotations

from dataclasses import dataclass

from redis import Redis

from newsarchive.distributed.keys import JobKeys, alive_key, alive_prefix

# Pop the highest-priority request (lowest score) and keep it in the worker's in-flight hash,
# together with its score so that a requeue restores its priority.
_POP = """
local items = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #items == 0 then return false end
redis.call('ZREM', KEYS[1], items[1])
redis.call('HSET', KEYS[2], ARGV[1], items[2] .. '\\n' .. items[1])
return items[1]
"""

_REQUEUE_LUA = """
local function requeue(inflight, queue, fields)
  local moved = 0
  for _, f in ipairs(fields) do
    local v = redis.call('HGET', inflight, f)
    if v then
      local sep = string.find(v, '\\n', 1, true)
      redis.call('ZADD', queue, tonumber(string.sub(v, 1, sep - 1)), string.sub(v, sep + 1))
      redis.call('HDEL', inflight, f)
      moved = moved + 1
    end
  end
  return moved
end
"""

# Requeue the given leases of one worker (all of them when no lease id is given).
_REQUEUE = (
    _REQUEUE_LUA
    + """
local fields = ARGV
if #fields == 0 then fields = redis.call('HKEYS', KEYS[1]) end
return requeue(KEYS[1], KEYS[2], fields)
"""
)

# Give the leases of dead workers (registered, alive key expired) back to the queue.
# KEYS: workers set, queue; ARGV: inflight key prefix, alive key prefix.
_RECLAIM = (
    _REQUEUE_LUA
    + """
local moved = 0
for _, w in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  if redis.call('EXISTS', ARGV[2] .. w) == 0 then
    local inflight = ARGV[1] .. w
    moved = moved + requeue(inflight, KEYS[2], redis.call('HKEYS', inflight))
    redis.call('DEL', inflight)
    redis.call('SREM', KEYS[1], w)
  end
end
return moved
"""
)

# Requests other registered workers hold right now (alive or dead-but-not-yet-reclaimed).
_HELD_ELSEWHERE = """
local held = 0
for _, w in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  if w ~= ARGV[2] then held = held + redis.call('HLEN', ARGV[1] .. w) end
end
return held
"""

# Leave the job; the last worker out of a finished job (queue drained) clears the job's dupefilter
# and seed set so that the next run starts afresh. An interrupted job keeps them and resumes.
# KEYS: workers, queue, dupefilter, seeds, own alive key; ARGV: worker id, finished flag.
_LEAVE = """
redis.call('SREM', KEYS[1], ARGV[1])
redis.call('DEL', KEYS[5])
if ARGV[2] == '1' and redis.call('SCARD', KEYS[1]) == 0 and redis.call('ZCARD', KEYS[2]) == 0 then
  redis.call('DEL', KEYS[3], KEYS[4])
  return 1
end
return 0
"""


@dataclass(kw_only=True)
class RequestLeases:
    """One worker's view of the shared queue's leases (no Scrapy here: encoded requests are bytes)."""

    server: Redis
    keys: JobKeys
    prefix: str
    worker: str
    ttl: float  #: seconds without heartbeat after which the worker counts as dead

    def __post_init__(self) -> None:
        self._pop = self.server.register_script(_POP)
        self._requeue = self.server.register_script(_REQUEUE)
        self._reclaim = self.server.register_script(_RECLAIM)
        self._held = self.server.register_script(_HELD_ELSEWHERE)
        self._leave = self.server.register_script(_LEAVE)

    @property
    def inflight(self) -> str:
        return self.keys.inflight(self.worker)

    def heartbeat(self) -> None:
        """Say "alive" for another TTL and (re-)join the job's worker set."""
        pipe = self.server.pipeline()
        pipe.set(alive_key(self.prefix, self.worker), b"1", px=max(1, int(self.ttl * 1000)))
        pipe.sadd(self.keys.workers, self.worker)
        pipe.execute()

    def join(self) -> int:
        """Register; leases left under this worker id by an earlier process go back to the queue."""
        moved = int(self._requeue(keys=[self.inflight, self.keys.requests], args=[]))
        self.heartbeat()
        return moved

    def pop(self, lease_id: str) -> bytes | None:
        data = self._pop(keys=[self.keys.requests, self.inflight], args=[lease_id])
        return data if data else None

    def ack(self, lease_ids: list[str]) -> None:
        if lease_ids:
            self.server.hdel(self.inflight, *lease_ids)

    def requeue(self, lease_ids: list[str] | None = None) -> int:
        """Give leases back to the queue (all of this worker's when None)."""
        if lease_ids is not None and not lease_ids:
            return 0
        return int(self._requeue(keys=[self.inflight, self.keys.requests], args=lease_ids or []))

    def reclaim_dead(self) -> int:
        return int(
            self._reclaim(
                keys=[self.keys.workers, self.keys.requests],
                args=[self.keys.inflight_prefix, alive_prefix(self.prefix)],
            )
        )

    def held_elsewhere(self) -> int:
        return int(self._held(keys=[self.keys.workers], args=[self.keys.inflight_prefix, self.worker]))

    def leave(self, *, finished: bool) -> bool:
        """Unregister; True when this worker closed the job (and cleared its dupefilter)."""
        keys = [
            self.keys.workers,
            self.keys.requests,
            self.keys.dupefilter,
            self.keys.seeds,
            alive_key(self.prefix, self.worker),
        ]
        return bool(self._leave(keys=keys, args=[self.worker, "1" if finished else "0"]))
