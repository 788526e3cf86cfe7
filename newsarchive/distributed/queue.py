"""scrapy-redis's priority queue, with the dupefilter check and the push in one round trip.

scrapy-redis's scheduler asks the dupefilter (SADD) and then pushes (ZADD): two round trips per request,
and a front page yields a hundred requests. `push_unseen` does both in one Lua script.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy_redis import queue

_PUSH_UNSEEN = """
if ARGV[1] ~= '' and redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""


class PriorityQueue(queue.PriorityQueue):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._push_unseen = self.server.register_script(_PUSH_UNSEEN)

    def push_unseen(self, request: Request, fingerprint: str | None, dupefilter_key: str) -> bool:
        """Push unless the fingerprint is already in the dupefilter (None: push anyway); True if pushed."""
        data = self._encode_request(request)
        pushed = self._push_unseen(
            keys=[dupefilter_key, self.key], args=[fingerprint or "", -request.priority, data]
        )
        return bool(pushed)
