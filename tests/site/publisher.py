"""A generated Nikkei-like publisher for incremental-crawl tests and benchmarks.

N articles across a few sections, with everything a news crawler discovers from: paginated section fronts
(`/Politics?page=N`, 10 per page, newest first), an RSS feed of the latest 20, a Google News sitemap (last two
days), monthly sitemaps with lastmod and a sitemap index, robots.txt. Served through `SiteServer`, so ETag /
Last-Modified / 304 and the request log behave exactly as for the demo site.

Between two crawls a test changes the site the way a newsroom does:

    publisher = Publisher(articles=30)
    with publisher.serve() as server:
        run_crawl(...)                      # archives 30
        new = publisher.publish_new(3)      # 3 new stories on top of every front and feed
        edited = publisher.edit([4, 7])     # new dateModified / lastmod, changed body
        server.clear_log()
        run_crawl(...)                      # should archive 3 new + 2 new versions, and refetch little else

Article pages use the same markup as the demo site's article pages (rendered by the same function,
tests/fixtures/build_demo_articles.py), so the nikkei_asia profile extracts them.
"""

from __future__ import annotations

import importlib.util
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from newsarchive.demo.pages import (
    Card,
    display_date,
    home_page,
    news_sitemap,
    robots_txt,
    rss_feed,
    section_front,
    sitemap_index,
    urlset_sitemap,
)
from newsarchive.demo.server import Request, Resource, SiteServer

JST = timezone(timedelta(hours=9))
XML = "application/xml; charset=utf-8"
RSS = "application/rss+xml; charset=utf-8"
TEXT = "text/plain; charset=utf-8"
CANONICAL_ORIGIN = "https://asia.nikkei.com"
_BUILDER = Path(__file__).resolve().parents[1] / "fixtures" / "build_demo_articles.py"

# Headline parts. Sizes are pairwise coprime (17, 11, 13, 7): story i takes part i % size of each, so up to
# 17*11*13*7 = 17,017 stories get distinct headlines and slugs.
_SUBJECTS = [
    "Japan",
    "China",
    "India",
    "Indonesia",
    "Vietnam",
    "Thailand",
    "Malaysia",
    "Singapore",
    "Philippines",
    "South Korea",
    "Taiwan",
    "Australia",
    "Bangladesh",
    "Pakistan",
    "Myanmar",
    "Cambodia",
    "Sri Lanka",
]
_VERBS = [
    "weighs",
    "unveils",
    "delays",
    "expands",
    "tightens",
    "eases",
    "doubles",
    "reviews",
    "backs",
    "rejects",
    "extends",
]
_OBJECTS = [
    "chip export rules",
    "renewable power targets",
    "port investment plan",
    "rice import quotas",
    "fintech licensing",
    "steel tariffs",
    "tourism visa program",
    "rail link funding",
    "EV subsidies",
    "minimum wage increase",
    "bond market reforms",
    "shipbuilding support",
    "data privacy law",
]
_QUALIFIERS = [
    "amid slowing growth",
    "as elections near",
    "after trade talks",
    "despite industry pushback",
    "to lure investors",
    "under budget pressure",
    "ahead of summit",
]
_CITIES = ["TOKYO", "BEIJING", "NEW DELHI", "JAKARTA", "HANOI", "BANGKOK", "SINGAPORE", "MANILA", "SEOUL"]


@cache
def _builder() -> ModuleType:
    """The demo article-page renderer (loaded from its file: tests/fixtures is not a package)."""
    spec = importlib.util.spec_from_file_location("_newsarchive_demo_article_builder", _BUILDER)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load the article page builder {_BUILDER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(kw_only=True)
class Story:
    """One generated article."""

    id: int
    section: str
    published: datetime
    modified: datetime
    revision: int = 0  #: edits so far; each edit changes the body

    @property
    def headline(self) -> str:
        i = self.id
        return f"{_SUBJECTS[i % 17]} {_VERBS[i % 11]} {_OBJECTS[i % 13]} {_QUALIFIERS[i % 7]}"

    @property
    def slug(self) -> str:
        words = "".join(c if c.isalnum() or c == " " else " " for c in self.headline).split()
        return "-".join(words)

    @property
    def path(self) -> str:
        return f"/{self.section}/{self.slug}"

    @property
    def standfirst(self) -> str:
        return f"Officials outline timetable as companies assess the impact on story {self.id}"

    @property
    def body(self) -> list[str]:
        i = self.id
        subject, thing = _SUBJECTS[i % 17], _OBJECTS[i % 13]
        city = _CITIES[i % len(_CITIES)]
        paragraphs = [
            f"{city} -- {subject} {_VERBS[i % 11]} its {thing}, officials said on Monday, in a move that "
            f"could affect companies across the region. The decision, numbered {1000 + i} in the "
            "government's register, follows months of consultation with industry groups.",
            f"Ministers said the {thing} would be phased in over {2 + i % 5} years. Business lobbies "
            "welcomed the clarity but warned that smaller firms would need support to adjust, citing a "
            f"survey of {40 + i % 60} member companies.",
            f"Analysts at a regional bank estimated the measure would shift about {1 + i % 9}.{i % 10} "
            'billion dollars of investment over the period. "The direction is clear, the details are not," '
            f"one of them said of story {i}.",
            f"Opposition lawmakers questioned the timing {_QUALIFIERS[i % 7]}, and said parliament should "
            "debate the plan before it takes effect. The government plans to publish draft rules for public "
            "comment.",
            "Neighbouring governments are watching closely. Trade officials from "
            f"{_SUBJECTS[(i + 3) % 17]} and {_SUBJECTS[(i + 5) % 17]} are due to meet their counterparts "
            "next month to discuss the implications.",
        ]
        for r in range(1, self.revision + 1):
            # Each edit rewrites a sentence and adds a dated update, as newsrooms do after publication.
            paragraphs[1] = (
                f"Ministers said on revision {r} that the {thing} would be phased in over {3 + (i + r) % 5} "
                f"years, a change from the earlier plan, after talks with {40 + (i + r) % 60} member "
                "companies."
            )
            paragraphs.append(
                f"Update {r}: officials gave further details of the {thing} on the record, adding that "
                f"review number {r} of the policy would be completed within {r + 1} months."
            )
        return paragraphs

    def card(self) -> Card:
        return Card(
            path=self.path,
            headline=self.headline,
            summary=self.standfirst,
            section=self.section,
            section_path="/" + self.section,
            published=self.published,
            modified=self.modified,
        )

    def page_spec(self) -> dict[str, Any]:
        """The dict build_demo_articles.page() renders."""
        return {
            "id": f"gen-{self.id:05d}",
            "path": self.path,
            "section": self.section,
            "headline": self.headline,
            "standfirst": self.standfirst,
            "authors": [f"Reporter {self.id % 23}, Nikkei staff writer"],
            "published": self.published.isoformat(),
            "modified": self.modified.isoformat(),
            "display_date": display_date(self.published),
            "tags": [_SUBJECTS[self.id % 17], self.section],
            "image": f"{CANONICAL_ORIGIN}/var/site/storage/images/gen/{self.id}/photo.jpg",
            "image_alt": f"Photo for story {self.id}",
            "caption": f"Officials at a briefing on the {_OBJECTS[self.id % 13]}.",
            "image_credit": "(Photo by Nikkei)",
            "body": self.body,
            "credit": "(Nikkei)",
        }


@dataclass(kw_only=True)
class _Stamp:
    etag_body: bytes
    last_modified: float


@dataclass(kw_only=True)
class Publisher:
    """The generated site; a `SiteServer` resolver (call it with a Request)."""

    articles: int = 30
    sections: tuple[str, ...] = ("Politics", "Business", "Economy")
    #: story i goes to rotation[i % len(rotation)]: Politics gets half, so 30 stories paginate its front
    rotation: tuple[str, ...] = ("Politics", "Business", "Politics", "Economy")
    per_page: int = 10
    feed_size: int = 20
    news_days: int = 2
    interval: timedelta = timedelta(hours=3)  #: between two initial stories
    now: datetime | None = None  #: the site's clock at start (aware); default: the real time, to the minute
    #: seconds each article page takes to answer (a slow publisher, for tests that kill a crawl midway);
    #: may be changed while serving
    article_delay: float = 0.0
    #: seconds before answering a path (with its query: "/Politics?page=2"); may be changed while serving
    path_delays: dict[str, float] = field(default_factory=dict)
    #: no feed and no sitemaps: the section fronts are the only way to the articles
    fronts_only: bool = False
    stories: list[Story] = field(default_factory=list, init=False)  #: oldest first; id == index
    clock: datetime = field(init=False)  #: the site's "now"; every publish_new/edit moves it forward
    _lock: threading.RLock = field(default_factory=threading.RLock, init=False, repr=False)
    _release: threading.Event = field(default_factory=threading.Event, init=False, repr=False)
    _stamps: dict[str, _Stamp] = field(default_factory=dict, init=False, repr=False)
    _pages: dict[tuple[int, int], bytes] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        if not set(self.rotation) <= set(self.sections):
            raise ValueError("rotation: every section in it must be one of sections")
        clock = self.now or datetime.now(JST).replace(second=0, microsecond=0)
        self.clock = clock.astimezone(JST)
        # The newest initial story is an hour old; the rest go back `interval` apart.
        first = self.clock - timedelta(hours=1) - self.interval * (self.articles - 1)
        for i in range(self.articles):
            at = first + self.interval * i
            self._add(at)
        self._by_path = {s.path: s for s in self.stories}

    # --- changing the site between crawls ---------------------------------------------------------
    def _add(self, at: datetime) -> Story:
        i = len(self.stories)
        story = Story(id=i, section=self.rotation[i % len(self.rotation)], published=at, modified=at)
        self.stories.append(story)
        return story

    def publish_new(self, k: int) -> list[Story]:
        """Publish k new stories (a minute apart, newest last); they top every front, feed and sitemap."""
        with self._lock:
            new = []
            for _ in range(k):
                self.clock += timedelta(minutes=1)
                story = self._add(self.clock)
                self._by_path[story.path] = story
                new.append(story)
            return new

    def edit(self, ids: Iterable[int]) -> list[Story]:
        """Edit existing stories: changed body, new dateModified and sitemap lastmod; same publish date."""
        with self._lock:
            self.clock += timedelta(minutes=1)
            edited = []
            for i in ids:
                story = self.stories[i]
                story.revision += 1
                story.modified = self.clock
                edited.append(story)
            return edited

    # --- what the site holds -----------------------------------------------------------------------
    def newest_first(self, section: str | None = None) -> list[Story]:
        with self._lock:
            chosen = [s for s in self.stories if section is None or s.section == section]
        return sorted(chosen, key=lambda s: (s.published, s.id), reverse=True)

    def front_pages(self, section: str) -> int:
        return max(1, -(-len(self.newest_first(section)) // self.per_page))

    def front_paths(self, section: str) -> list[str]:
        """`/Politics`, `/Politics?page=2`, ... for every page the section has now."""
        return [
            f"/{section}" if n == 1 else f"/{section}?page={n}"
            for n in range(1, self.front_pages(section) + 1)
        ]

    def front_of(self, story: Story) -> str:
        """The front page path that lists `story` now."""
        position = self.newest_first(story.section).index(story)
        page = position // self.per_page + 1
        return f"/{story.section}" if page == 1 else f"/{story.section}?page={page}"

    def release_held(self) -> None:
        """Answer every request held by `path_delays` now, and hold none from here on."""
        self.path_delays.clear()
        self._release.set()

    def by_path(self, path: str) -> Story | None:
        with self._lock:
            return self._by_path.get(path.rstrip("/"))

    def in_news_sitemap(self) -> list[Story]:
        horizon = self.clock - timedelta(days=self.news_days)
        return [s for s in self.newest_first() if s.published >= horizon]

    def months(self) -> dict[str, list[Story]]:
        months: dict[str, list[Story]] = {}
        for story in self.newest_first():
            months.setdefault(f"{story.published:%Y-%m}", []).append(story)
        return months

    # --- serving -------------------------------------------------------------------------------------
    def serve(self, **kwargs: Any) -> SiteServer:
        """A SiteServer for this site (not started: use it as a context manager)."""
        return SiteServer(resolver=self, **kwargs)

    def __call__(self, request: Request) -> Resource | None:
        if self.article_delay and self.by_path(request.path) is not None:
            time.sleep(self.article_delay)  # outside the lock: slow pages are answered in parallel
        if request.target in self.path_delays:
            # An Event, not a sleep: a test that has killed the client lets the held answer go at once, so
            # its late line in the request log cannot land in the log of the next run.
            self._release.wait(self.path_delays[request.target])
        with self._lock:
            return self._resolve(request)

    def _resolve(self, request: Request) -> Resource | None:
        path = request.path.rstrip("/") or "/"
        origin = request.origin
        if path == "/":
            sections = [(s, "/" + s, [x.card() for x in self.newest_first(s)[:5]]) for s in self.sections]
            return self._page(request, home_page(sections=sections, origin=origin), HTML_TYPE)
        if path == "/robots.txt":
            return self._page(request, robots_txt(origin=origin), TEXT)
        if self.fronts_only and (path == "/rss/feed/nar" or path.endswith(".xml")):
            return None
        if path == "/rss/feed/nar":
            latest = self.newest_first()[: self.feed_size]
            body = rss_feed(items=[s.card() for s in latest], origin=origin, build_date=self.clock)
            return self._page(request, body, RSS)
        if path == "/sitemap.xml":
            news = self.in_news_sitemap()
            entries: list[tuple[str, datetime | None]] = [
                ("/sitemaps/news.xml", max((s.modified for s in news), default=None))
            ]
            entries += [
                (f"/sitemaps/{month}.xml", max(s.modified for s in items))
                for month, items in sorted(self.months().items(), reverse=True)
            ]
            return self._page(request, sitemap_index(sitemaps=entries, origin=origin), XML)
        if path == "/sitemaps/news.xml":
            body = news_sitemap(items=[s.card() for s in self.in_news_sitemap()], origin=origin)
            return self._page(request, body, XML)
        if path.startswith("/sitemaps/") and path.endswith(".xml"):
            items = self.months().get(path.removeprefix("/sitemaps/").removesuffix(".xml"))
            if not items:
                return None
            return self._page(request, urlset_sitemap(items=[s.card() for s in items], origin=origin), XML)
        section = path.strip("/")
        if section in self.sections:
            page = request.param("page") or "1"
            if not page.isdigit() or not 1 <= int(page) <= self.front_pages(section):
                return None
            number = int(page)
            listed = self.newest_first(section)[(number - 1) * self.per_page : number * self.per_page]
            body = section_front(
                section=section,
                section_path="/" + section,
                cards=[s.card() for s in listed],
                page=number,
                pages=self.front_pages(section),
                origin=origin,
            )
            return self._page(request, body, HTML_TYPE)
        story = self._by_path.get(path)
        if story is None:
            return None
        key = (story.id, story.revision)
        if key not in self._pages:
            self._pages[key] = _builder().page(story.page_spec()).encode("utf-8")
        return Resource(body=self._pages[key], last_modified=story.modified.timestamp())

    def _page(self, request: Request, text: str, content_type: str) -> Resource:
        """A listing page; Last-Modified is when its content last changed (the site clock at that time)."""
        body = text.encode("utf-8")
        stamp = self._stamps.get(request.target)
        if stamp is None or stamp.etag_body != body:
            stamp = _Stamp(etag_body=body, last_modified=self.clock.timestamp())
            self._stamps[request.target] = stamp
        return Resource(body=body, content_type=content_type, last_modified=stamp.last_modified)


HTML_TYPE = "text/html; charset=utf-8"
