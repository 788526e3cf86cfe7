"""Distributed mode: several `scrapy crawl` workers sharing one scrapy-redis queue, dupefilter and state.

Switched on by NEWSARCHIVE_REDIS_URL through `addon.DistributedAddon`:

- `scheduler.LeasedScheduler`: scrapy-redis's scheduler, plus request leases (`leases`) so a killed worker
  loses nothing, and once-per-job seeding; `queue.PriorityQueue`: scrapy-redis's queue, dupefilter check
  and push in one round trip;
- `state.RedisCrawlState`: the crawl state in Redis, which `newsarchive.crawlstate.state_for` returns in this
  mode (same interface and write rules as the SQLite store), and the atomic exactly-once claims taken by
  `pipeline.ExactlyOncePipeline` right before the archive write;
- `merge`: folds the per-worker archive files into one file per day;
- `keys`: every Redis key name.
"""
