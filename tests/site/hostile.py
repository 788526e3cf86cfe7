"""A news site that sends everything the open web sends: a local server for the hostile-input tests.

`HostileSite` is a `SiteServer` resolver. Its home page links to a handful of good articles (some behind a
flaky server, a rate limit, redirects or a wrong charset: these must still be archived, correctly) and to
one URL per hostile case (404, binary bodies, bombs, loops...: none may be archived). `CASES` says what
each URL does and which stats key must count it. An off-site server (`OFFSITE_HOST`, another loopback
address, so Scrapy sees another host) receives the off-site link and the off-site redirect; its request
log must stay empty.

    site = HostileSite()
    with site.serve() as (server, offsite):
        run_crawl("article", f"url={server.base_url}/", settings=HOSTILE_SETTINGS, ...)
"""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from html import escape

from newsarchive.demo.server import Request, Resource, SiteServer

OFFSITE_HOST = "127.0.0.2"
HTML = "text/html; charset=utf-8"
XML = "application/xml; charset=utf-8"

#: settings of a hostile crawl: small limits so the cases stay small and fast
LIMITS: dict[str, object] = {
    "DOWNLOAD_MAXSIZE": 1024 * 1024,
    "DOWNLOAD_WARNSIZE": 512 * 1024,
    "DOWNLOAD_TIMEOUT": 1,
    "RETRY_TIMES": 1,
    "NEWSARCHIVE_HTTP_RETRY_AFTER_MAX": 5,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
}
SLOW_SECONDS = 3.0  #: the slow page answers after this; DOWNLOAD_TIMEOUT above is shorter
RETRY_AFTER_SECONDS = 1


@dataclass(frozen=True, kw_only=True)
class Case:
    path: str
    what: str
    stat: str | None  #: stats key that must count it (None: only "archived" is checked)
    archived: bool = False  #: a good article behind trouble: must be archived (under `final_path`)
    final_path: str | None = None
    fetched: bool = True  #: False: the server must never see this path


_WORDS = (
    "The council said the plan would be reviewed again next month after residents raised concerns "
    "about traffic, noise and the cost of the work, which has already run over budget twice."
)


def article_html(
    headline: str,
    *,
    published: str,
    paragraphs: list[str] | None = None,
    meta_charset: str | None = "utf-8",
    path: str = "/",
) -> str:
    paragraphs = paragraphs or [f"{headline}. {_WORDS}", _WORDS, f"Officials said: {_WORDS.lower()}"]
    charset = f'<meta charset="{meta_charset}">' if meta_charset else ""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head>{charset}
<title>{escape(headline)} - The Hostile Herald</title>
<link rel="canonical" href="{path}">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(headline)}">
<meta property="article:published_time" content="{published}">
<meta name="author" content="Sam Reporter">
</head><body>
<header><a href="/">The Hostile Herald</a></header>
<main><article>
<h1>{escape(headline)}</h1>
<p class="byline">By Sam Reporter, <time datetime="{published}">{published[:10]}</time></p>
{body}
</article></main>
<footer><a href="/about/">About</a></footer>
</body></html>
"""


ACCENTED = "Café owners in the naïve “old town” say it’s the rôle of the mayor to résumé talks."
ACCENTED_PARAGRAPHS = [ACCENTED, _WORDS, ACCENTED + " " + _WORDS]

GOOD = "/2024/05/20/council-reviews-harbour-plan/"
GOOD_2 = "/2024/05/19/library-opens-new-wing/"
FLAKY = "/2024/05/18/flaky-server-story/"
RATE_LIMITED = "/2024/05/17/rate-limited-story/"
CP1252_AS_UTF8 = "/2024/05/16/cafe-owners-mislabelled-charset/"
UTF8_AS_LATIN1 = "/2024/05/15/cafe-owners-header-says-latin1/"
NO_CHARSET = "/2024/05/14/cafe-owners-no-charset/"
REDIRECTED = "/2024/05/13/moved-story/"
REDIRECT_TARGET = "/2024/05/13/moved-story-final/"
MALFORMED = "/2024/05/12/malformed-but-readable/"
UNDECODABLE_PATH = "/2024/05/22/undecodable/"
DOUBLE_ENCODED = "/2024/05/23/double-encoded/"

CASES: tuple[Case, ...] = (
    # good articles behind trouble: archived, correctly
    Case(path=GOOD, what="plain article", stat=None, archived=True),
    Case(path=GOOD_2, what="plain article", stat=None, archived=True),
    Case(path=FLAKY, what="500 then 200", stat="retry/reason_count/500 Internal Server Error", archived=True),
    Case(
        path=RATE_LIMITED, what="429 Retry-After then 200", stat="newsarchive/http/retry_after", archived=True
    ),
    Case(
        path=CP1252_AS_UTF8,
        what="cp1252 bytes, header says utf-8",
        stat="newsarchive/http/encoding_repaired",
        archived=True,
    ),
    Case(
        path=UTF8_AS_LATIN1,
        what="utf-8 bytes, header says iso-8859-1, meta says utf-8",
        stat="newsarchive/http/encoding_repaired",
        archived=True,
    ),
    Case(path=NO_CHARSET, what="utf-8 bytes, no charset anywhere", stat=None, archived=True),
    Case(
        path=REDIRECTED,
        what="301 -> 302 -> article",
        stat="downloader/response_status_count/302",
        archived=True,
        final_path=REDIRECT_TARGET,
    ),
    Case(path=MALFORMED, what="unclosed and stray tags around real text", stat=None, archived=True),
    # real articles with broken bytes: archived, the repair recorded (evidence.encoding_repaired)
    Case(
        path=UNDECODABLE_PATH,
        what="a few bytes no charset reads",
        stat="newsarchive/http/encoding_repaired",
        archived=True,
    ),
    Case(
        path=DOUBLE_ENCODED,
        what="mojibake at the source",
        stat="newsarchive/http/encoding_repaired",
        archived=True,
    ),
    # hostile: never archived
    Case(path="/2024/05/01/gone-story/", what="404", stat="downloader/response_status_count/404"),
    Case(path="/2024/05/02/removed-story/", what="410", stat="downloader/response_status_count/410"),
    Case(path="/2024/05/03/always-failing/", what="500 every time", stat="retry/max_reached"),
    Case(path="/2024/05/04/redirect-loop/", what="A -> B -> A", stat="newsarchive/http/redirect_loop"),
    Case(path="/2024/05/05/redirect-forever/", what="endless chain", stat="newsarchive/http/redirect_max"),
    Case(
        path="/2024/05/06/offsite-redirect/",
        what="redirect to another host",
        stat="newsarchive/http/offsite_redirect",
    ),
    Case(path="/2024/05/07/pdf-as-html/", what="PDF served as text/html", stat="newsarchive/http/binary/pdf"),
    Case(path="/2024/05/08/photo.html", what="PNG under an .html URL", stat="newsarchive/http/binary/png"),
    Case(
        path="/2024/05/09/binary-junk/",
        what="random bytes as text/html",
        stat="newsarchive/http/binary/binary",
    ),
    Case(path="/2024/05/10/empty-page/", what="200 with empty body", stat="newsarchive/http/empty_body"),
    Case(path="/2024/05/11/huge-page/", what="HTML over DOWNLOAD_MAXSIZE", stat="newsarchive/http/too_large"),
    Case(path="/2024/05/21/gzip-bomb/", what="gzip bomb", stat="newsarchive/http/decompression_bomb"),
    Case(
        path="/2024/05/24/slow-story/", what="slower than DOWNLOAD_TIMEOUT", stat="newsarchive/http/timeout"
    ),
    Case(
        path="/2024/05/25/rate-limited-for-an-hour/",
        what="429 Retry-After: 3600",
        stat="newsarchive/http/retry_after_too_long",
    ),
    Case(path="/2024/05/26/deeply-nested/", what="50k nested <div>s, no text", stat=None),
    Case(path="/2024/05/27/tag-soup/", what="garbage markup, no article", stat=None),
    Case(
        path="/private/embargoed-story/",
        what="robots.txt Disallow",
        stat="robotstxt/forbidden",
        fetched=False,
    ),
    # discovery documents
    Case(path="/feed/", what="XML bomb (billion laughs) as RSS", stat=None),
    Case(path="/sitemaps/bomb.xml", what="XML bomb as sitemap", stat=None),
    Case(path="/sitemaps/huge.xml", what="sitemap over DOWNLOAD_MAXSIZE", stat="newsarchive/http/too_large"),
    Case(path="/sitemaps/huge.xml.gz", what="gzip sitemap over 50 MB unpacked", stat=None),
)

OFFSITE_LINK = "/2024/05/28/story-on-another-site/"  #: linked from home, on OFFSITE_HOST


class HostileSite:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._hits: dict[str, int] = {}
        self.offsite_origin = ""  #: set by serve()

    # --- bookkeeping ----------------------------------------------------------------------------
    def _hit(self, path: str) -> int:
        with self._lock:
            self._hits[path] = self._hits.get(path, 0) + 1
            return self._hits[path]

    @contextmanager
    def serve(self) -> Iterator[tuple[SiteServer, SiteServer]]:
        # Built before serving: compressing 50+ MB inside a request would itself time out.
        _ = (self.huge_html, self.gzip_bomb, self.huge_sitemap, self.huge_gz_sitemap)
        offsite = SiteServer(resolver=_offsite, host=OFFSITE_HOST)
        with offsite, SiteServer(resolver=self) as server:
            self.offsite_origin = offsite.base_url
            yield server, offsite

    # --- pages ----------------------------------------------------------------------------------
    def home(self) -> str:
        links = [c.path for c in CASES if not c.path.startswith(("/feed", "/sitemaps"))]
        items = "\n".join(
            f'<li><a href="{p}">Story {i}: {p.strip("/")}</a></li>' for i, p in enumerate(links)
        )
        return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The Hostile Herald</title>
<link rel="alternate" type="application/rss+xml" href="/feed/"></head>
<body><h1>The Hostile Herald</h1><h2>Latest news</h2><ul>
{items}
<li><a href="{self.offsite_origin}{OFFSITE_LINK}">A story on another site</a></li>
</ul></body></html>"""

    def __call__(self, request: Request) -> Resource | None:
        path = request.path
        origin = request.origin
        count = self._hit(request.target)
        if path == "/":
            return Resource(body=self.home().encode())
        if path == "/robots.txt":
            text = f"User-agent: *\nDisallow: /private/\nSitemap: {origin}/sitemap.xml\n"
            return Resource(body=text.encode(), content_type="text/plain; charset=utf-8")
        if path == "/sitemap.xml":
            entries = "".join(
                f"<sitemap><loc>{origin}{p}</loc></sitemap>"
                for p in ("/sitemaps/bomb.xml", "/sitemaps/huge.xml", "/sitemaps/huge.xml.gz")
            )
            body = f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>'
            return Resource(body=body.encode(), content_type=XML)
        if path in ("/feed/", "/sitemaps/bomb.xml"):
            root = "rss" if path == "/feed/" else "urlset"
            return Resource(body=xml_bomb(root), content_type=XML)
        if path == "/sitemaps/huge.xml":
            return Resource(body=self.huge_sitemap, content_type=XML)
        if path == "/sitemaps/huge.xml.gz":
            return Resource(body=self.huge_gz_sitemap, content_type="application/x-gzip")
        if path == "/about/":
            return Resource(body=b"<html><body><h1>About</h1><p>We are a test site.</p></body></html>")
        return self.article(path, count)

    def article(self, path: str, count: int) -> Resource | None:
        def page(headline: str, **kw: object) -> str:
            return article_html(
                headline, published=f"{path[1:11].replace('/', '-')}T09:00:00+00:00", path=path, **kw
            )  # type: ignore[arg-type]

        if path in (GOOD, GOOD_2, REDIRECT_TARGET):
            return Resource(body=page(f"Story at {path.strip('/').split('/')[-1]}").encode())
        if path == FLAKY:
            if count == 1:
                return Resource(status=500, body=b"<h1>Internal Server Error</h1>", validators=False)
            return Resource(body=page("Flaky server story finally served").encode())
        if path == RATE_LIMITED:
            if count == 1:
                return Resource(
                    status=429,
                    body=b"<h1>Too Many Requests</h1>",
                    headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
                    validators=False,
                )
            return Resource(body=page("Rate limited story served after waiting").encode())
        if path == CP1252_AS_UTF8:
            html = page(
                "Café owners speak in the mislabelled story",
                paragraphs=ACCENTED_PARAGRAPHS,
                meta_charset=None,
            )
            return Resource(body=html.encode("cp1252"), content_type=HTML)
        if path == UTF8_AS_LATIN1:
            html = page("Café owners speak where the header lies", paragraphs=ACCENTED_PARAGRAPHS)
            return Resource(body=html.encode("utf-8"), content_type="text/html; charset=iso-8859-1")
        if path == NO_CHARSET:
            html = page(
                "Café owners speak with no charset at all", paragraphs=ACCENTED_PARAGRAPHS, meta_charset=None
            )
            return Resource(body=html.encode("utf-8"), content_type="text/html")
        if path == REDIRECTED:
            return _redirect(301, "/2024/05/13/moved-story-step/")
        if path == "/2024/05/13/moved-story-step/":
            return _redirect(302, REDIRECT_TARGET)
        if path == MALFORMED:
            html = page("Malformed but readable story")
            html = html.replace("<article>", "<article><div><span><b><i>").replace(
                "</article>", "</div></p></td><article"
            )
            html = html.replace('<p class="byline">', '<p class=byline" <<>')
            return Resource(body=html.encode())
        if path == "/2024/05/01/gone-story/":
            return Resource(status=404, body=b"<h1>Not found</h1>", validators=False)
        if path == "/2024/05/02/removed-story/":
            return Resource(status=410, body=b"<h1>Gone</h1>", validators=False)
        if path == "/2024/05/03/always-failing/":
            return Resource(status=500, body=b"<h1>Internal Server Error</h1>", validators=False)
        if path == "/2024/05/04/redirect-loop/":
            return _redirect(302, "/2024/05/04/redirect-loop-b/")
        if path == "/2024/05/04/redirect-loop-b/":
            return _redirect(302, "/2024/05/04/redirect-loop/")
        if path.startswith("/2024/05/05/redirect-forever/"):
            return _redirect(302, f"/2024/05/05/redirect-forever/{count}-{time.monotonic_ns()}/")
        if path == "/2024/05/06/offsite-redirect/":
            return _redirect(301, f"{self.offsite_origin}/2024/05/06/elsewhere/")
        if path == "/2024/05/07/pdf-as-html/":
            return Resource(body=PDF, content_type=HTML)
        if path == "/2024/05/08/photo.html":
            return Resource(body=PNG, content_type="image/png")
        if path == "/2024/05/09/binary-junk/":
            return Resource(body=bytes((i * 7919) % 256 for i in range(4096)), content_type=HTML)
        if path == "/2024/05/10/empty-page/":
            return Resource(body=b"", content_type=HTML)
        if path == "/2024/05/11/huge-page/":
            return Resource(body=self.huge_html, content_type=HTML)
        if path == "/2024/05/21/gzip-bomb/":
            return Resource(body=self.gzip_bomb, content_type=HTML, headers={"Content-Encoding": "gzip"})
        if path == "/2024/05/22/undecodable/":
            return Resource(body=UNDECODABLE, content_type=HTML)
        if path == "/2024/05/23/double-encoded/":
            html = page("Café owners speak twice encoded", paragraphs=ACCENTED_PARAGRAPHS)
            return Resource(body=html.encode("utf-8").decode("latin-1").encode("utf-8"), content_type=HTML)
        if path == "/2024/05/24/slow-story/":
            time.sleep(SLOW_SECONDS)
            return Resource(body=page("Slow story").encode())
        if path == "/2024/05/25/rate-limited-for-an-hour/":
            return Resource(status=429, body=b"slow down", headers={"Retry-After": "3600"}, validators=False)
        if path == "/2024/05/26/deeply-nested/":
            return Resource(
                body=b"<html><body>" + b"<div>" * 50_000 + b"x" + b"</div>" * 50_000 + b"</body></html>"
            )
        if path == "/2024/05/27/tag-soup/":
            return Resource(
                body=b"<<html<<head>></title><body <p <p>>\x0c<</scr<script>ipt><!-- -- -><![CDATA[ <a href="
            )
        if path == "/private/embargoed-story/":
            return Resource(body=page("Embargoed story").encode())
        return None

    # --- big bodies, built once -----------------------------------------------------------------
    @cached_property
    def huge_html(self) -> bytes:
        paragraph = f"<p>{_WORDS}</p>\n".encode()
        return article_html("Huge page", published="2024-05-11T09:00:00+00:00").encode() + paragraph * 9000

    @cached_property
    def gzip_bomb(self) -> bytes:
        return gzip.compress(b"<html><body>" + b" " * (64 * 1024 * 1024), compresslevel=9)

    @cached_property
    def huge_sitemap(self) -> bytes:
        entry = b"<url><loc>http://127.0.0.1/never/fetched/because/too/large/</loc></url>"
        return (
            b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + entry * 20_000
            + b"</urlset>"
        )

    @cached_property
    def huge_gz_sitemap(self) -> bytes:
        head = b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        # 52 MB of whitespace and comments: above discovery's 50 MB cap once unpacked, tiny on the wire
        filler = (b"<!--" + b" " * (1024 * 1024 - 8) + b"-->\n") * 52
        return gzip.compress(head + filler + b"</urlset>", compresslevel=6)


def _redirect(status: int, location: str) -> Resource:
    return Resource(status=status, body=b"", headers={"Location": location}, validators=False)


def _offsite(request: Request) -> Resource | None:
    return Resource(body=article_html("Off-site story", published="2024-05-28T09:00:00+00:00").encode())


def xml_bomb(root: str) -> bytes:
    """The billion laughs: ten levels of entities, each ten times the one below (3 GB if expanded)."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    ]
    if root == "rss":
        body = (
            '<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title>'
            "<link>/2024/05/20/council-reviews-harbour-plan/</link><description>&lol9;</description></item></channel></rss>"
        )
    else:
        body = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&lol9;</loc></url></urlset>'
    return (f'<?xml version="1.0"?>\n<!DOCTYPE {root} [\n' + "\n".join(entities) + "\n]>\n" + body).encode()


PDF = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    + b"<html><body><p>"
    + _WORDS.encode() * 3
    + b"</p></body></html>"
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00" + bytes(200)
# Text with bytes that are invalid UTF-8 *and* undefined in cp1252 (0x81 0x8d 0x8f 0x90 0x9d), in runs:
# no charset reads it cleanly.
UNDECODABLE = (
    article_html("Undecodable story", published="2024-05-22T09:00:00+00:00")
    .encode()
    .replace(b"residents", b"resid\x81\x8d\x8f\x90\x9dents")
    .replace(b"council", b"coun\x9d\x81\x81\x8fcil")
)
