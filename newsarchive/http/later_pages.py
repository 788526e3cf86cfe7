"""LaterPageMemoMiddleware: a story's later page is downloaded once per run, however it is reached.

A front or feed may link `/slug/2/` itself (a "most read" box counts the page readers land on, a feed item
is the page an editor shared), and the story's first page links it as its continuation: two requests for one
URL. The continuation is never filtered as a duplicate (`spiders/article_pages.py`: a filtered one would
lose the record held for it), so the page was downloaded twice. Here the answer of a URL shaped like a later
page (`discovery.article_pages.may_be_later_page`) is kept for a while, and the second request for it is
answered from it: at once when the first was answered, after it when the first is still downloading.

It sits closest to the network (above the WARC capture), so what it keeps is the response as received: the
second request goes through decompression, the guards and extraction like the first, and the capture skips
it ("cached", as for Scrapy's HTTP cache). Only plain GETs of 200s under `MAX_BODY` are kept, at most
`SIZE` of them and `NEWSARCHIVE_HTTP_LATER_PAGE_MEMO_MB` of bodies together (16 MB: 32 answers of 2 MB would
hold 64 MB), the oldest forgotten first (`newsarchive/spider/article_page_memo_evicted`: a page forgotten
before its second request is downloaded again, nothing is lost), each answering one more request: a story's
page met alone and as a continuation. Counted as `newsarchive/spider/article_page_reused`. `0` turns the memo
off (NotConfigured).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred

from newsarchive import defaults
from newsarchive.discovery.article_pages import may_be_later_page

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.statscollectors import StatsCollector

#: responses kept: the later pages a run has in hand at one time (a continuation follows its page within
#: seconds, at a story page's high priority)
SIZE = 32
#: a bigger answer is not kept (memory): downloaded again if asked for again
MAX_BODY = 2 * 1024 * 1024
#: the flag of an answer given from here; Scrapy's HTTP cache's flag, which the WARC capture skips
FLAG = "cached"
_CONDITIONAL = (b"If-None-Match", b"If-Modified-Since")


class LaterPageMemoMiddleware:
    def __init__(self, stats: StatsCollector, *, max_bytes: int = 16 * 1024 * 1024) -> None:
        self.stats = stats
        #: the most the kept bodies may hold together (NEWSARCHIVE_HTTP_LATER_PAGE_MEMO_MB)
        self.max_bytes = max_bytes
        self._kept: OrderedDict[str, Response] = OrderedDict()
        self._kept_bytes = 0
        #: URL -> the requests waiting for the answer of the one downloading it
        self._downloading: dict[str, list[Deferred[None]]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LaterPageMemoMiddleware:
        assert crawler.stats is not None
        megabytes = crawler.settings.getfloat(
            "NEWSARCHIVE_HTTP_LATER_PAGE_MEMO_MB", defaults.NEWSARCHIVE_HTTP_LATER_PAGE_MEMO_MB
        )
        if megabytes <= 0:
            raise NotConfigured(
                "NEWSARCHIVE_HTTP_LATER_PAGE_MEMO_MB is 0: a later page met twice is downloaded twice"
            )
        return cls(crawler.stats, max_bytes=int(megabytes * 1024 * 1024))

    @staticmethod
    def _key(request: Request) -> str | None:
        if request.method != "GET" or any(request.headers.get(name) for name in _CONDITIONAL):
            return None
        url = request.url.split("#", 1)[0]
        return url if may_be_later_page(url) else None

    async def process_request(self, request: Request) -> Response | None:
        key = self._key(request)
        if key is None:
            return None
        waiters = self._downloading.get(key)
        if waiters is not None:
            answered: Deferred[None] = Deferred()
            waiters.append(answered)
            await maybe_deferred_to_future(answered)
        kept = self._kept.pop(key, None)
        if kept is not None:
            self._kept_bytes -= len(kept.body)
        if kept is None:
            # this request downloads it; another for the URL waits for its answer
            self._downloading.setdefault(key, [])
            return None
        self.stats.inc_value("newsarchive/spider/article_page_reused")
        # (the kept answer is tied to the request that downloaded it: this one gets its own)
        return kept.replace(request=request, flags=[*kept.flags, FLAG])

    def process_response(self, request: Request, response: Response) -> Response:
        if FLAG in response.flags:
            return response
        key = self._key(request)
        if key is None:
            return response
        size = len(response.body)
        if response.status == 200 and size <= min(MAX_BODY, self.max_bytes):
            self._forget(key)
            # (kept without its request: a request kept alive holds its distributed lease open, and the job
            # whose last worker leaves with a lease held is never cleared, distributed/leases.py)
            self._kept[key] = response.replace(request=None)
            self._kept_bytes += size
            while len(self._kept) > SIZE or self._kept_bytes > self.max_bytes:
                _, oldest = self._kept.popitem(last=False)
                self._kept_bytes -= len(oldest.body)
                self.stats.inc_value("newsarchive/spider/article_page_memo_evicted")
        self._answered(key)
        return response

    def _forget(self, key: str) -> None:
        old = self._kept.pop(key, None)
        if old is not None:
            self._kept_bytes -= len(old.body)

    def process_exception(self, request: Request, exception: BaseException) -> None:
        key = self._key(request)
        if key is not None:
            self._answered(key)

    def _answered(self, key: str) -> None:
        for waiter in self._downloading.pop(key, []):
            waiter.callback(None)
