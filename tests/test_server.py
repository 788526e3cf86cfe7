"""The local HTTP server: path mapping, validators and 304s, HEAD, 404, the request log, resolvers."""

from __future__ import annotations

import http.client
import time
from pathlib import Path

import pytest

from newsarchive.demo.server import DEMO_ORIGIN, Request, Resource, SiteServer, StaticSite, http_date


def fetch(server: SiteServer, path: str, *, method: str = "GET", headers: dict[str, str] | None = None):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        conn.request(method, path, headers=headers or {})
        response = conn.getresponse()
        body = response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body
    finally:
        conn.close()


@pytest.fixture
def site_root(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "Politics").mkdir(parents=True)
    (root / "index.html").write_text("<html>home</html>", encoding="utf-8")
    (root / "Politics" / "index.html").write_text("<html>politics page 1</html>", encoding="utf-8")
    (root / "Politics" / "page-2.html").write_text("<html>politics page 2</html>", encoding="utf-8")
    (root / "Politics" / "Some-story").mkdir()
    (root / "Politics" / "Some-story" / "index.html").write_text("<html>story</html>", encoding="utf-8")
    (root / "rss" / "feed").mkdir(parents=True)
    (root / "rss" / "feed" / "nar.xml").write_text(
        "<rss><channel><link>https://asia.nikkei.com/Politics/Some-story</link></channel></rss>",
        encoding="utf-8",
    )
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /search\n", encoding="utf-8")
    (root / "sitemap.xml").write_text("<sitemapindex/>", encoding="utf-8")
    return root


@pytest.fixture
def server(site_root: Path):
    with SiteServer(site_root, rewrite_origin=DEMO_ORIGIN, fixed_mtime=1_500_000_000.0) as running:
        yield running


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/", b"home"),
        ("/Politics", b"politics page 1"),
        ("/Politics/", b"politics page 1"),
        ("/Politics?page=1", b"politics page 1"),
        ("/Politics?page=2", b"politics page 2"),
        ("/Politics?page=2&utm_source=x", b"politics page 2"),
        ("/Politics/Some-story", b"story"),
        ("/Politics/Some-story/", b"story"),
        ("/Politics/Some-story.html", b"story"),
        ("/Politics/Some-story?utm_source=twitter", b"story"),
    ],
)
def test_paths_map_onto_the_folder(server: SiteServer, path: str, body: bytes) -> None:
    status, headers, got = fetch(server, path)
    assert status == 200
    assert body in got
    assert headers["content-type"] == "text/html; charset=utf-8"


@pytest.mark.parametrize(
    "path",
    ["/Politics?page=3", "/Politics?page=x", "/Nope", "/../site/index.html", "/%2e%2e/secret", "/x.xml"],
)
def test_unknown_paths_are_404_pages(server: SiteServer, path: str) -> None:
    status, headers, body = fetch(server, path)
    assert status == 404
    assert headers["content-type"].startswith("text/html")
    assert b"Page not found" in body
    assert "etag" not in headers


def test_feed_robots_and_sitemap_types_and_origin_rewrite(server: SiteServer) -> None:
    status, headers, body = fetch(server, "/rss/feed/nar")
    assert status == 200
    assert headers["content-type"] == "application/rss+xml; charset=utf-8"
    # Links into the publisher point back at this server, so a crawl never leaves 127.0.0.1.
    assert f"{server.base_url}/Politics/Some-story".encode() in body
    assert b"asia.nikkei.com" not in body

    status, headers, body = fetch(server, "/robots.txt")
    assert (status, headers["content-type"]) == (200, "text/plain; charset=utf-8")
    assert b"Disallow: /search" in body
    status, headers, _ = fetch(server, "/sitemap.xml")
    assert (status, headers["content-type"]) == (200, "application/xml; charset=utf-8")


def test_html_is_served_untouched(site_root: Path) -> None:
    (site_root / "Politics" / "Some-story" / "index.html").write_text(
        '<link rel="canonical" href="https://asia.nikkei.com/Politics/Some-story">', encoding="utf-8"
    )
    with SiteServer(site_root, rewrite_origin=DEMO_ORIGIN) as server:
        _, _, body = fetch(server, "/Politics/Some-story")
    assert b"https://asia.nikkei.com/Politics/Some-story" in body


def test_etag_and_last_modified_answer_conditional_requests(server: SiteServer) -> None:
    status, headers, body = fetch(server, "/Politics")
    assert status == 200
    etag, last_modified = headers["etag"], headers["last-modified"]
    assert etag.startswith('"') and etag.endswith('"')
    assert last_modified == http_date(1_500_000_000.0)

    assert fetch(server, "/Politics", headers={"If-None-Match": etag})[0] == 304
    assert fetch(server, "/Politics", headers={"If-None-Match": f'"other", W/{etag}'})[0] == 304
    assert fetch(server, "/Politics", headers={"If-Modified-Since": last_modified})[0] == 304
    later = http_date(1_500_000_000.0 + 86400)
    assert fetch(server, "/Politics", headers={"If-Modified-Since": later})[0] == 304
    earlier = http_date(1_500_000_000.0 - 1)
    assert fetch(server, "/Politics", headers={"If-Modified-Since": earlier})[0] == 200
    # If-None-Match wins over If-Modified-Since (RFC 9110): a stale tag means a full answer.
    status, headers304, body304 = fetch(
        server, "/Politics", headers={"If-None-Match": '"stale"', "If-Modified-Since": last_modified}
    )
    assert status == 200 and body304 == body

    status, headers304, body304 = fetch(server, "/Politics", headers={"If-None-Match": etag})
    assert body304 == b""
    assert headers304["etag"] == etag
    # Another page has another tag.
    assert fetch(server, "/Politics?page=2")[1]["etag"] != etag


def test_etag_changes_with_content(site_root: Path) -> None:
    with SiteServer(site_root) as server:
        _, first, _ = fetch(server, "/Politics/Some-story")
        (site_root / "Politics" / "Some-story" / "index.html").write_text(
            "<html>edited</html>", encoding="utf-8"
        )
        status, second, body = fetch(server, "/Politics/Some-story", headers={"If-None-Match": first["etag"]})
    assert status == 200
    assert body == b"<html>edited</html>"
    assert second["etag"] != first["etag"]


def test_last_modified_defaults_to_file_mtime(site_root: Path) -> None:
    import os

    os.utime(site_root / "index.html", (1_400_000_000, 1_400_000_000))
    with SiteServer(site_root) as server:
        _, headers, _ = fetch(server, "/")
    assert headers["last-modified"] == http_date(1_400_000_000)


def test_head_has_headers_but_no_body(server: SiteServer) -> None:
    _, get_headers, get_body = fetch(server, "/Politics")
    status, headers, body = fetch(server, "/Politics", method="HEAD")
    assert status == 200
    assert body == b""
    assert headers["content-length"] == str(len(get_body))
    assert headers["etag"] == get_headers["etag"]
    assert fetch(server, "/Nope", method="HEAD")[:1] == (404,)


def test_request_log_records_every_request(server: SiteServer) -> None:
    server.clear_log()
    assert server.requests == []
    fetch(server, "/Politics?page=2", headers={"User-Agent": "tester/1"})
    fetch(server, "/Nope", method="HEAD")
    fetch(server, "/Politics", headers={"If-None-Match": fetch(server, "/Politics")[1]["etag"]})
    log = server.requests
    assert [(r.method, r.path, r.status) for r in log] == [
        ("GET", "/Politics?page=2", 200),
        ("HEAD", "/Nope", 404),
        ("GET", "/Politics", 200),
        ("GET", "/Politics", 304),
    ]
    assert log[0].headers["User-Agent"] == "tester/1"
    assert "If-None-Match" in log[3].headers
    assert log[0].time <= log[-1].time <= time.time()
    server.clear_log()
    assert server.requests == []


def test_concurrent_requests_are_all_logged(server: SiteServer) -> None:
    from concurrent.futures import ThreadPoolExecutor

    server.clear_log()
    paths = [f"/Politics?page={1 + i % 2}" for i in range(40)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(lambda p: fetch(server, p)[0], paths))
    assert statuses == [200] * 40
    assert sorted(r.path for r in server.requests) == sorted(paths)


def test_keep_alive_connection_serves_several_requests(server: SiteServer) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        for path in ("/", "/Nope", "/Politics"):
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            assert response.status in (200, 404)
    finally:
        conn.close()


def test_resolver_and_overrides_share_the_http_machinery() -> None:
    seen: list[Request] = []

    def resolver(request: Request) -> Resource | None:
        seen.append(request)
        if request.path == "/dynamic":
            page = request.param("page") or "1"
            return Resource(body=f"page {page} via {request.origin}".encode(), last_modified=1_600_000_000.0)
        if request.path == "/boom":
            raise RuntimeError("resolver bug")
        return None

    with SiteServer(resolver=resolver) as server:
        status, headers, body = fetch(server, "/dynamic?page=3")
        assert (status, body) == (200, f"page 3 via {server.base_url}".encode())
        assert fetch(server, "/dynamic?page=3", headers={"If-None-Match": headers["etag"]})[0] == 304
        assert fetch(server, "/missing")[0] == 404
        assert fetch(server, "/boom")[0] == 500

        server.overrides["/dynamic?page=3"] = Resource(status=503, body=b"busy", validators=False)
        server.overrides["/gone"] = None
        server.overrides["/moved"] = Resource(status=301, headers={"Location": "/dynamic"}, validators=False)
        assert fetch(server, "/dynamic?page=3")[0] == 503
        assert fetch(server, "/dynamic?page=2")[0] == 200
        assert fetch(server, "/gone")[0] == 404
        status, headers, _ = fetch(server, "/moved")
        assert (status, headers["location"]) == (301, "/dynamic")
        assert [r.status for r in server.requests][-4:] == [503, 200, 404, 301]
    assert seen[0].query == {"page": ["3"]}


def test_server_binds_loopback_on_a_free_port_and_stops(site_root: Path) -> None:
    first, second = SiteServer(site_root), SiteServer(site_root)
    with first, second:
        assert first.base_url.startswith("http://127.0.0.1:")
        assert first.port != second.port
        port = first.port
    with pytest.raises(RuntimeError):
        _ = first.port
    with pytest.raises(OSError):
        http.client.HTTPConnection("127.0.0.1", port, timeout=2).request("GET", "/")


def test_needs_exactly_one_source(site_root: Path) -> None:
    with pytest.raises(ValueError):
        SiteServer()
    with pytest.raises(ValueError):
        SiteServer(site_root, resolver=StaticSite(site_root))


def test_demo_site_layout(demo_site: SiteServer) -> None:
    """The bundled site answers every URL the contract names."""
    for path in (
        "/",
        "/Politics",
        "/Politics?page=2",
        "/Business",
        "/Economy",
        "/rss/feed/nar",
        "/robots.txt",
        "/sitemap.xml",
        "/Politics/Latest-missile-launch-tests-maximum-pressure-on-North-Korea",
        "/Sponsored-content/Discover-the-future-of-smart-cities-in-Singapore",
    ):
        assert fetch(demo_site, path)[0] == 200, path
