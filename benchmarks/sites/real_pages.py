"""A static site of real news pages, served as their publishers served them.

The pages are the byte copies (gunzipped, nothing else changed) of `../shared/bench/aeb-dev/html/*.html.gz`
and `../shared/bench/traf-eval/html/*.gz`: scripts, navigation, comments, ad slots and all. Each is stored
once under `pages/` and listed many times under new URLs `/a/<n>/<name>.html` (a regex location maps every
copy back to its file, so a 50,000-page site costs no more disk than the ~1,080 pages). Listing pages
`/list/<k>.html` carry 100 article links each and a `rel=next` link to the following listing.

The corpora are split with the team's rule (`half_of`): `--half report` (default of the benchmarks) lists
only pages of the report half, `tune` only the tune half (what profiling may look at), `all` both.

    python -m benchmarks.sites.real_pages OUT_DIR [--articles 3000] [--half report]
    python -m benchmarks.sites.real_pages serve OUT_DIR PORT   # the Python server, when nginx is missing
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BENCH_DIR = REPO.parent / "shared" / "bench"
PER_PAGE = 100
_ARTICLE_PATH = re.compile(r"^/a/\d+/([A-Za-z0-9._-]+\.html)$")


def half_of(key: str) -> str:
    """The team's one split of every corpus (key = the page's original URL)."""
    return "tune" if int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "report"


@dataclass(frozen=True, kw_only=True)
class RealPage:
    name: str  #: file name under pages/ (corpus prefix + the corpus's own file stem)
    source: Path  #: the gzip'd page in the corpus
    url: str  #: the page's original address (the split key)


def corpus_pages(bench_dir: Path = BENCH_DIR, *, half: str = "report") -> list[RealPage]:
    """aeb-dev and traf-eval pages of one half (or "all"), in a stable order."""
    pages = []
    truth = json.loads((bench_dir / "aeb-dev" / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id, entry in sorted(truth.items()):
        pages.append(
            RealPage(
                name=f"aeb-{page_id}.html",
                source=bench_dir / "aeb-dev" / "html" / f"{page_id}.html.gz",
                url=entry["url"],
            )
        )
    evaldata = json.loads((bench_dir / "traf-eval" / "evaldata.json").read_text(encoding="utf-8"))
    for url, entry in sorted(evaldata.items()):
        source = bench_dir / "traf-eval" / "html" / f"{entry['file']}.gz"
        stem = re.sub(r"[^A-Za-z0-9._-]", "_", entry["file"].removesuffix(".html"))
        pages.append(RealPage(name=f"traf-{stem}.html", source=source, url=url))
    pages = [page for page in pages if page.source.exists()]
    if half != "all":
        pages = [page for page in pages if half_of(page.url) == half]
    return pages


@dataclass(frozen=True, kw_only=True)
class SiteInfo:
    root: Path
    articles: int  #: article URLs listed
    listings: int
    distinct: int  #: distinct real pages behind them
    mean_bytes: float  #: mean size of the distinct pages


def listing_page(number: int, links: list[str], *, last: bool) -> str:
    items = "\n".join(
        f'<li><a href="{html.escape(href)}">Story {number}-{i}</a></li>' for i, href in enumerate(links)
    )
    nxt = f'<link rel="next" href="/list/{number + 1}.html">' if not last else ""
    more = f'<a rel="next" href="/list/{number + 1}.html">Next page</a>' if not last else ""
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Latest stories, page {number + 1}</title>'
        f"{nxt}</head><body><h1>Latest stories</h1><ul>\n{items}\n</ul>{more}</body></html>\n"
    )


def build_site(
    out: Path, *, articles: int = 3000, half: str = "report", bench_dir: Path = BENCH_DIR
) -> SiteInfo:
    """Write pages/ and list/ under `out`; article n is real page n mod (pages of the half)."""
    pages = corpus_pages(bench_dir, half=half)
    if not pages:
        raise SystemExit(f"no corpus pages under {bench_dir}")
    (out / "pages").mkdir(parents=True, exist_ok=True)
    (out / "list").mkdir(parents=True, exist_ok=True)
    sizes = []
    for page in pages:
        data = gzip.decompress(page.source.read_bytes())
        (out / "pages" / page.name).write_bytes(data)
        sizes.append(len(data))
    hrefs = [f"/a/{n}/{pages[n % len(pages)].name}" for n in range(articles)]
    listings = max(1, -(-articles // PER_PAGE))
    for k in range(listings):
        chunk = hrefs[k * PER_PAGE : (k + 1) * PER_PAGE]
        (out / "list" / f"{k}.html").write_text(
            listing_page(k, chunk, last=k == listings - 1), encoding="utf-8"
        )
    return SiteInfo(
        root=out,
        articles=articles,
        listings=listings,
        distinct=len(pages),
        mean_bytes=sum(sizes) / len(sizes),
    )


def nginx_conf(root: Path, *, port: int, workdir: Path) -> str:
    """nginx serving the site on 127.0.0.1:port: pages as stored, `text/html` without a charset (each page
    declares its own, as most publishers' pages do)."""
    temp = workdir / "tmp"
    return f"""
worker_processes 1;
daemon off;
pid {workdir}/nginx.pid;
error_log {workdir}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    types {{ text/html html; }}
    default_type text/html;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    server {{
        listen 127.0.0.1:{port};
        server_name localhost;
        root {root};
        location ~ "^/a/[0-9]+/(?<page>[A-Za-z0-9._-]+[.]html)$" {{
            try_files /pages/$page =404;
        }}
        location / {{
            try_files $uri =404;
        }}
    }}
}}
"""


def serve(root: Path, port: int) -> None:
    """The same site from Twisted (for machines without nginx; costs the crawl more CPU than nginx)."""
    from twisted.internet import reactor
    from twisted.web import resource, server

    cache: dict[str, bytes] = {}

    class Site(resource.Resource):
        isLeaf = True

        def render_GET(self, request: server.Request) -> bytes:
            path = request.path.decode("latin-1")
            match = _ARTICLE_PATH.match(path)
            target = root / "pages" / match.group(1) if match else root / path.lstrip("/")
            key = str(target)
            if key not in cache:
                try:
                    if ".." in path or not target.is_file():
                        raise FileNotFoundError(path)
                    cache[key] = target.read_bytes()
                except OSError:
                    request.setResponseCode(404)
                    return b"not found"
            request.setHeader(b"Content-Type", b"text/html")
            return cache[key]

    reactor.listenTCP(port, server.Site(Site()), interface="127.0.0.1")  # type: ignore[attr-defined]
    reactor.run()  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["serve"]:
        serve(Path(args[1]), int(args[2]))
        return 0
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--half", choices=("report", "tune", "all"), default="report")
    options = parser.parse_args(args)
    info = build_site(options.out, articles=options.articles, half=options.half)
    print(
        f"{info.articles} article URLs over {info.distinct} real pages "
        f"(mean {info.mean_bytes / 1024:.0f} kB), {info.listings} listing pages"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
