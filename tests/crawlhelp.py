"""Helpers for the spider crawl tests: the generic fixture site on a local server, request-log queries."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

from newsarchive.demo.server import Request, Resource, SiteServer, StaticSite

GENERIC_SITE = Path(__file__).resolve().parent / "site" / "generic"
GENERIC_ORIGIN = "https://riverside-chronicle.example"

#: The six articles of tests/site/generic (see tests/site/build_generic.py).
GENERIC_ARTICLES = {
    "/2024/05/18/storm-warning-issued-for-coast/",
    "/2024/05/17/local-team-wins-regional-final/",
    "/2024/05/16/school-budget-vote-delayed/",
    "/2024/05/15/harbour-strike-ends-after-talks/",
    "/2024/05/14/city-council-approves-new-bridge/",
    "/2024/04/28/marathon-route-unveiled/",
}
GENERIC_LATEST = {  # in /feed/ and /feed/atom/
    "/2024/05/18/storm-warning-issued-for-coast/",
    "/2024/05/17/local-team-wins-regional-final/",
    "/2024/05/16/school-budget-vote-delayed/",
    "/2024/05/15/harbour-strike-ends-after-talks/",
}
GENERIC_SPORT = {"/2024/05/17/local-team-wins-regional-final/", "/2024/04/28/marathon-route-unveiled/"}
GENERIC_PRIVATE = "/private/embargoed-story/"

#: The bundled demo site's article pages (newsarchive/demo/site), the advertorial last.
DEMO_ARTICLE_PATHS = (
    "/Politics/Latest-missile-launch-tests-maximum-pressure-on-North-Korea",
    "/Politics/Japan-and-Australia-sign-defense-pact-on-reciprocal-access",
    "/Politics/Kono-urges-ASEAN-to-enforce-North-Korea-sanctions",
    "/Business/Toyota-bets-on-solid-state-batteries-for-2022-launch",
    "/Economy/Bank-of-Japan-holds-rates-as-inflation-stays-subdued",
    "/Business/Markets/Asian-stocks-rally-as-tech-shares-rebound",
    "/Sponsored-content/Discover-the-future-of-smart-cities-in-Singapore",
)


class SlowStatic(StaticSite):
    """The static site, article pages answered after `delay` seconds (a slow publisher)."""

    def __init__(self, *args: object, delay: float = 0.0, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.delay = delay

    def __call__(self, request: Request) -> Resource | None:
        if self.delay and request.path.startswith("/20"):
            time.sleep(self.delay)
        return super().__call__(request)


def generic_server(*, delay: float = 0.0) -> SiteServer:
    """The generic fixture site on 127.0.0.1; `server.resolver.delay` slows article pages down."""
    return SiteServer(resolver=SlowStatic(GENERIC_SITE, rewrite_origin=GENERIC_ORIGIN, delay=delay))


def fetched_paths(server: SiteServer) -> list[str]:
    """Paths (with query) the server answered, in order."""
    return [r.path for r in server.requests]


def path_set(records: Iterator[dict] | list[dict]) -> set[str]:
    from urllib.parse import urlsplit

    return {urlsplit(r["url"]).path for r in records}
