"""A large static news site built from the real article pages of the AEB development set.

Each of the 90 pages of `../shared/bench/aeb-dev` (its title and its hand-checked article text) is published
many times under new URLs, rendered in the Nikkei Asia article template of the demo site
(tests/fixtures/build_demo_articles.py), so the `nikkei_asia` site profile applies to every page and the
generic spider meets real-world article text. Around them: paginated section fronts (`/Politics?page=N`, as
`Politics/page-N.html`), a home page, an RSS feed, robots.txt, the author pages the bylines link to, and
an nginx configuration that serves it all on 127.0.0.1.

    python -m benchmarks.sites.aeb_nikkei OUT_DIR [--articles 20000]
"""

from __future__ import annotations

import argparse
import gzip
import html
import importlib.util
import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from types import ModuleType

from newsarchive.demo.pages import Card, display_date, home_page, robots_txt, rss_feed, section_front

REPO = Path(__file__).resolve().parents[2]
AEB_DIR = REPO.parent / "shared" / "bench" / "aeb-dev"
BUILDER = REPO / "tests" / "fixtures" / "build_demo_articles.py"
#: every section of the Nikkei navigation gets articles, so no nav link of any page is a 404
SECTIONS = ("Politics", "Business", "Economy", "Markets", "Tech", "Opinion", "Spotlight", "Life-Arts")
PER_PAGE = 100
AUTHORS = 23
JST = timezone(timedelta(hours=9))
_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.S | re.I)
_WORD = re.compile(r"[A-Za-z0-9]+")


@cache
def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_demo_articles", BUILDER)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load the article page builder {BUILDER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True, kw_only=True)
class Source:
    """One real page of the AEB set: its title and article paragraphs."""

    id: str
    title: str
    paragraphs: tuple[str, ...]


def load_sources(aeb_dir: Path = AEB_DIR) -> list[Source]:
    truth = json.loads((aeb_dir / "ground-truth.json").read_text(encoding="utf-8"))
    sources = []
    for page_id in sorted(truth):
        raw = gzip.decompress((aeb_dir / "html" / f"{page_id}.html.gz").read_bytes())
        match = _TITLE.search(raw)
        title = html.unescape(match.group(1).decode("utf-8", "replace")).strip() if match else ""
        title = " ".join(title.split()) or f"Story {page_id[:8]}"
        paragraphs = tuple(p.strip() for p in truth[page_id]["articleBody"].split("\n") if p.strip())
        if paragraphs:
            sources.append(Source(id=page_id, title=title[:150], paragraphs=paragraphs))
    if not sources:
        raise RuntimeError(f"no pages found in {aeb_dir}")
    return sources


@dataclass(frozen=True, kw_only=True)
class SiteInfo:
    root: Path
    articles: int
    fronts: int  #: section front pages
    other: int  #: home, feed, robots.txt, author pages

    @property
    def pages(self) -> int:
        """Every HTML/XML page a crawler following all links can reach."""
        return self.articles + self.fronts + self.other


def _slug(title: str, n: int) -> str:
    words = _WORD.findall(title)[:7] or ["News"]
    while len(words) < 3:
        words.append("News")
    return "-".join(w.capitalize() for w in words) + f"-{n:06d}"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def build_site(root: Path, *, articles: int, now: datetime | None = None) -> SiteInfo:
    """Write the site under `root` (created); returns what it holds."""
    sources = load_sources()
    builder = _builder()
    clock = (now or datetime(2026, 3, 2, 12, 0, tzinfo=JST)).astimezone(JST)
    cards: dict[str, list[Card]] = {s: [] for s in SECTIONS}
    for n in range(articles):
        source = sources[n % len(sources)]
        section = SECTIONS[n % len(SECTIONS)]
        published = clock - timedelta(minutes=7 * n)
        headline = source.title if n < len(sources) else f"{source.title} ({n // len(sources) + 1})"
        path = f"/{section}/{_slug(source.title, n)}"
        author = f"Reporter {n % AUTHORS}"
        spec = {
            "id": f"aeb-{n:06d}",
            "path": path,
            "section": section,
            "headline": headline,
            "standfirst": source.paragraphs[0][:200],
            "authors": [f"{author}, Nikkei staff writer"],
            "published": published.isoformat(),
            "modified": published.isoformat(),
            "display_date": display_date(published),
            "tags": [section, source.id[:8]],
            "image": f"https://asia.nikkei.com/var/site/storage/images/aeb/{n}/photo.jpg",
            "image_alt": f"Photo for story {n}",
            "caption": f"A photo for story {n}.",
            "image_credit": "(Photo by Nikkei)",
            "body": list(source.paragraphs),
            "credit": "(Nikkei)",
        }
        _write(root / path.lstrip("/") / "index.html", builder.page(spec))
        cards[section].append(
            Card(
                path=path,
                headline=headline,
                summary=spec["standfirst"],
                section=section,
                section_path="/" + section,
                published=published,
                modified=published,
            )
        )
    fronts = 0
    for section, listed in cards.items():
        pages = max(1, -(-len(listed) // PER_PAGE))
        for page in range(1, pages + 1):
            body = section_front(
                section=section,
                section_path="/" + section,
                cards=listed[(page - 1) * PER_PAGE : page * PER_PAGE],
                page=page,
                pages=pages,
                origin="",
            )
            _write(root / section / ("index.html" if page == 1 else f"page-{page}.html"), body)
            fronts += 1
    _write(root / "index.html", home_page(sections=[(s, "/" + s, cards[s][:5]) for s in SECTIONS], origin=""))
    latest = sorted((c for c in (x for v in cards.values() for x in v[:20])), key=lambda c: c.published)[-20:]
    _write(root / "rss" / "feed" / "nar.xml", rss_feed(items=latest[::-1], origin="", build_date=clock))
    _write(root / "robots.txt", robots_txt(origin="", sitemaps=()))
    for i in range(AUTHORS):
        name = f"Reporter-{i}"
        page = f"<!DOCTYPE html><html><head><title>{name}</title></head><body><h1>{name}</h1></body></html>"
        _write(root / "Author" / name / "index.html", page)
    return SiteInfo(root=root, articles=articles, fronts=fronts, other=3 + AUTHORS)


def nginx_conf(root: Path, *, port: int, workdir: Path) -> str:
    """An nginx configuration serving `root` on 127.0.0.1:port, everything it writes under `workdir`.

    `/Politics?page=3` is served from `Politics/page-3.html`, `/Politics` and article URLs from
    `<path>/index.html`, the RSS feed from `rss/feed/nar.xml`.
    """
    temp = workdir / "tmp"
    return f"""
worker_processes 1;
daemon off;
pid {workdir}/nginx.pid;
error_log {workdir}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    types {{ text/html html; application/xml xml; text/plain txt; }}
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
        location = /rss/feed/nar {{
            default_type application/rss+xml;
            try_files /rss/feed/nar.xml =404;
        }}
        location / {{
            try_files $uri/page-$arg_page.html $uri/index.html $uri =404;
        }}
    }}
}}
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--articles", type=int, default=20_000)
    options = parser.parse_args(argv)
    info = build_site(options.out_dir, articles=options.articles)
    print(f"{info.articles} articles, {info.fronts} front pages, {info.other} other pages under {info.root}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
