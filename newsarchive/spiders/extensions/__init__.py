"""Scrapy extensions that keep a newsarchive spider's lifecycle bookkeeping, so the spiders only crawl.

Each one is built in `from_crawler`, raises NotConfigured when it has nothing to do (no JOBDIR, the crawl
state off, a spider that is not a NewsarchiveSpider) and listens to a few signals, the way Scrapy's
`scrapy.extensions.spiderstate.SpiderState` does. settings.py lists them in EXTENSIONS, so the add-on
(`newsarchive.addon.NewsarchiveAddon`) installs them in any project:

- `jobdir.JobdirGuard`: drops the JOBDIR request queue a killed run left behind;
- `walks.WalkBookkeeping`: whether a scheduled run resumes an unfinished listing walk, and after a clean
  run the walk and the child sitemaps it read marked as done in the crawl state;
- `drops.DropRecorder`: an article a pipeline dropped is remembered by the crawl state;
- `selectors.ProfileSelectorStats`: which selectors of a site profile found each field (run report).
"""
