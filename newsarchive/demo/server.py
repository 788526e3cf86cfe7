"""A small local HTTP server for the bundled sample site and for tests.

`SiteServer` runs the standard library's threaded HTTP server in a background thread on 127.0.0.1 (port 0
by default, so parallel test runs never collide). What it serves comes from a *resolver*: a callable that gets
the request and returns a `Resource` (or None for 404). The default resolver, `StaticSite`, maps URL paths
onto a folder the way the demo site is laid out; tests plug in their own resolver (a generated publisher) and
still get the same HTTP behaviour from one place: ETag / Last-Modified validators, 304 answers to conditional
requests, HEAD, a 404 page and a thread-safe request log.

    python -m newsarchive.demo.server [ROOT] [--port N]     # serve a folder by hand (default: the demo site)
"""

from __future__ import annotations

import argparse
import email.utils
import hashlib
import logging
import mimetypes
import socket
import sys
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import parse_qs, unquote, urlsplit

logger = logging.getLogger(__name__)

DEMO_SITE = Path(__file__).resolve().parent / "site"
#: Absolute links to this origin inside the demo's feeds, sitemaps and robots.txt are served with the local
#: server's own origin, as a mirror would, so a crawl of the demo never leaves 127.0.0.1.
DEMO_ORIGIN = "https://asia.nikkei.com"

HTML = "text/html; charset=utf-8"
_TYPES = {
    ".html": HTML,
    ".htm": HTML,
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
}
RSS = "application/rss+xml; charset=utf-8"

NOT_FOUND_PAGE = b"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Page not found</title></head>
<body><h1>Page not found</h1><p>The page you requested does not exist.</p>
<p><a href="/">Home</a></p></body></html>
"""


@dataclass(kw_only=True)
class Request:
    """What a resolver gets: the parsed request line and headers."""

    method: str  #: "GET" or "HEAD"
    path: str  #: URL path, percent-decoded ("/Politics")
    query: dict[str, list[str]]  #: parsed query string ({"page": ["2"]})
    target: str  #: path with query as sent ("/Politics?page=2")
    headers: dict[str, str]  #: request headers (names as sent)
    host: str  #: Host header, or "127.0.0.1:<port>"

    @property
    def origin(self) -> str:
        """scheme://host[:port] the client used, for building absolute links."""
        return f"http://{self.host}"

    def param(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None


@dataclass(kw_only=True)
class Resource:
    """What a resolver returns; the server adds validators and answers conditional requests."""

    body: bytes = b""
    status: int = 200
    content_type: str = HTML
    last_modified: float | None = None  #: epoch seconds; None: no Last-Modified header
    headers: dict[str, str] = field(default_factory=dict)  #: extra headers (Location, Cache-Control...)
    validators: bool = True  #: send ETag/Last-Modified and honour If-None-Match / If-Modified-Since

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:32] + '"'


@dataclass(frozen=True, kw_only=True)
class RequestRecord:
    """One line of the request log."""

    method: str
    path: str  #: path with query, as requested ("/Politics?page=2")
    status: int
    headers: dict[str, str]
    time: float  #: epoch seconds when the response was sent


Resolver = Callable[[Request], "Resource | None"]


def http_date(ts: float) -> str:
    return email.utils.formatdate(ts, usegmt=True)


def parse_http_date(value: str) -> float | None:
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.timestamp() if parsed is not None else None


def _etag_matches(header: str, etag: str) -> bool:
    if header.strip() == "*":
        return True
    # Weak comparison: intermediaries (and some clients) may send back W/"..." forms.
    candidates = [c.strip().removeprefix("W/") for c in header.split(",")]
    return etag in candidates


def not_modified(request: Request, resource: Resource) -> bool:
    """RFC 9110 13.2.2: If-None-Match decides when present; If-Modified-Since only otherwise."""
    if not resource.validators or resource.status != 200:
        return False
    headers = {k.lower(): v for k, v in request.headers.items()}
    inm = headers.get("if-none-match")
    if inm is not None:
        return _etag_matches(inm, resource.etag)
    ims = headers.get("if-modified-since")
    if ims is not None and resource.last_modified is not None:
        since = parse_http_date(ims)
        # HTTP dates have one-second resolution: compare whole seconds.
        return since is not None and int(resource.last_modified) <= int(since)
    return False


class StaticSite:
    """Resolver for a folder laid out like the demo site.

    `/A/B`, `/A/B/` and `/A/B.html` serve `A/B/index.html`; `/A/B?page=N` serves `A/B/page-N.html` (page 1 is
    `index.html`); `/rss/feed/nar` serves `rss/feed/nar.xml`; a path naming a file with an extension
    (`/robots.txt`, `/sitemap.xml`) serves that file. Other query parameters are ignored, as a CMS would.
    """

    def __init__(
        self,
        root: Path,
        *,
        rewrite_origin: str | None = None,
        fixed_mtime: float | None = None,
    ) -> None:
        self.root = Path(root).resolve()
        self.rewrite_origin = rewrite_origin.rstrip("/") if rewrite_origin else None
        self.fixed_mtime = fixed_mtime

    def __call__(self, request: Request) -> Resource | None:
        file = self.locate(request.path, request.param("page"))
        if file is None:
            return None
        body = file.read_bytes()
        content_type = self.content_type(file, request.path)
        if self.rewrite_origin and not content_type.startswith("text/html"):
            body = body.replace(self.rewrite_origin.encode(), request.origin.encode())
        mtime = self.fixed_mtime if self.fixed_mtime is not None else file.stat().st_mtime
        return Resource(body=body, content_type=content_type, last_modified=mtime)

    def locate(self, path: str, page: str | None = None) -> Path | None:
        rel = path.strip("/")
        if any(part in ("..", ".") for part in rel.split("/")):
            return None
        base = self.root / rel if rel else self.root
        if page is not None and page != "1":
            if not page.isdigit():
                return None
            candidates = [base / f"page-{int(page)}.html"]
        else:
            candidates = [base / "index.html"]
            if Path(rel).suffix:
                candidates.insert(0, base)
                if rel.endswith(".html"):
                    candidates.append(self.root / rel.removesuffix(".html") / "index.html")
            elif rel:
                candidates.append(base.with_name(base.name + ".xml"))
        for candidate in candidates:
            resolved = candidate.resolve()
            if resolved.is_file() and resolved.is_relative_to(self.root):
                return resolved
        return None

    @staticmethod
    def content_type(file: Path, url_path: str) -> str:
        suffix = file.suffix.lower()
        if suffix == ".xml" and "/rss" in url_path.lower():
            return RSS
        if suffix in _TYPES:
            return _TYPES[suffix]
        guessed, _ = mimetypes.guess_type(file.name)
        return guessed or "application/octet-stream"


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    protocol_version = "HTTP/1.1"
    server_version = "newsarchive-demo/1"
    # Idle keep-alive connections would otherwise pin a thread until the client goes away.
    timeout = 30

    def version_string(self) -> str:
        return self.server_version

    def do_GET(self) -> None:
        self._respond(head=False)

    def do_HEAD(self) -> None:
        self._respond(head=True)

    def _respond(self, *, head: bool) -> None:
        site = self.server.site
        split = urlsplit(self.path)
        headers = dict(self.headers.items())
        request = Request(
            method=self.command,
            path=unquote(split.path) or "/",
            query=parse_qs(split.query, keep_blank_values=True),
            target=self.path,
            headers=headers,
            host=self.headers.get("Host") or f"127.0.0.1:{site.port}",
        )
        try:
            resource = site.resolve(request)
        except Exception:
            logger.exception("resolver failed for %s", self.path)
            resource = Resource(status=500, body=b"Internal Server Error", content_type="text/plain")
        if resource is None:
            resource = Resource(status=404, body=NOT_FOUND_PAGE, validators=False)

        status = resource.status
        body = resource.body
        out: dict[str, str] = {"Content-Type": resource.content_type}
        if resource.validators and status == 200:
            out["ETag"] = resource.etag
            if resource.last_modified is not None:
                out["Last-Modified"] = http_date(resource.last_modified)
            if not_modified(request, resource):
                status, body = 304, b""
                del out["Content-Type"]
        out.update(resource.headers)

        # Logged before the response goes out, so a client that has its answer always finds it in the log.
        site._log(
            RequestRecord(
                method=self.command, path=self.path, status=status, headers=headers, time=time.time()
            )
        )
        self.send_response(status)
        for name, value in out.items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head and status != 304:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        # Quiet by design: the request log is the record, stderr stays clean for test output.
        pass


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    site: SiteServer

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients (Scrapy at shutdown, curl ^C) hang up mid-response; that is not worth a traceback.
        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, socket.timeout, TimeoutError)):
            return
        logger.exception("error while serving %s", client_address)


class SiteServer:
    """A threaded HTTP server on 127.0.0.1 in a background thread; use as a context manager.

    `SiteServer(root)` serves a static folder (see `StaticSite`); `SiteServer(resolver=fn)` serves whatever
    `fn(request)` returns. `overrides` (path-with-query -> Resource, or None for 404) take precedence over
    both, so a test can make one URL fail or change without touching the files.
    """

    def __init__(
        self,
        root: Path | None = None,
        *,
        resolver: Resolver | None = None,
        port: int = 0,
        host: str = "127.0.0.1",
        rewrite_origin: str | None = None,
        fixed_mtime: float | None = None,
    ) -> None:
        if (root is None) == (resolver is None):
            raise ValueError("SiteServer needs exactly one of root or resolver")
        self.root = Path(root) if root is not None else None
        self.resolver: Resolver = resolver or StaticSite(
            Path(root),
            rewrite_origin=rewrite_origin,
            fixed_mtime=fixed_mtime,  # type: ignore[arg-type]
        )
        self.host = host
        self._requested_port = port
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._log_records: list[RequestRecord] = []
        self.overrides: dict[str, Resource | None] = {}

    # --- lifecycle ------------------------------------------------------------------------------
    def start(self) -> SiteServer:
        if self._httpd is not None:
            return self
        self._httpd = _HTTPServer((self.host, self._requested_port), _Handler)
        self._httpd.site = self
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.1}, name="SiteServer", daemon=True
        )
        self._thread.start()
        logger.debug("serving %s on %s", self.root or self.resolver, self.base_url)
        return self

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = None
        self._thread = None

    def __enter__(self) -> SiteServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("SiteServer is not running")
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        """scheme://host:port, no trailing slash ("http://127.0.0.1:54321")."""
        return f"http://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + ("" if path.startswith("/") else "/") + path

    # --- serving --------------------------------------------------------------------------------
    def resolve(self, request: Request) -> Resource | None:
        if request.target in self.overrides:
            return self.overrides[request.target]
        return self.resolver(request)

    # --- request log ----------------------------------------------------------------------------
    def _log(self, record: RequestRecord) -> None:
        with self._lock:
            self._log_records.append(record)

    @property
    def requests(self) -> list[RequestRecord]:
        """A copy of the request log, oldest first."""
        with self._lock:
            return list(self._log_records)

    def clear_log(self) -> None:
        with self._lock:
            self._log_records.clear()

    def requested_paths(self, *, method: str | None = None) -> list[str]:
        return [r.path for r in self.requests if method is None or r.method == method]

    def status_counts(self) -> Mapping[int, int]:
        counts: dict[int, int] = {}
        for record in self.requests:
            counts[record.status] = counts.get(record.status, 0) + 1
        return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m newsarchive.demo.server", description="Serve a static site folder on 127.0.0.1."
    )
    parser.add_argument(
        "root", nargs="?", type=Path, default=DEMO_SITE, help="folder to serve (default: demo)"
    )
    parser.add_argument("--port", type=int, default=0, help="port (default: any free port)")
    parser.add_argument(
        "--origin",
        default=DEMO_ORIGIN,
        help="absolute links to this origin in feeds/sitemaps/robots.txt are served as the local origin "
        "(default: %(default)s; '' to serve files untouched)",
    )
    args = parser.parse_args(argv)
    if not args.root.is_dir():
        parser.error(f"root: not a folder: {args.root}")
    server = SiteServer(args.root, port=args.port, rewrite_origin=args.origin or None)
    with server:
        print(f"Serving {args.root} at {server.base_url}/ (Ctrl-C to stop)", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
