"""Shell blocks of README.md and docs/: which are runnable, and how the test suite runs them.

Every ```sh / ```bash fence in the README and docs/ carries a marker on the line right above it (a ```sql
fence may carry `runnable`: its statements then run with DuckDB):

    <!-- runnable -->                        run by tests/test_docs_commands.py, as written
    <!-- runnable: OPTION OPTION ... -->     run with these test-side arrangements
    <!-- not runnable: REASON -->            never run (cron lines, a service such as Redis or scrapyd,
                                             a long benchmark); REASON says why

Options of `runnable` (all run the block with `bash -e -o pipefail` in a fresh folder holding a copy of
`scrapy.cfg`, so `scrapy crawl` finds the project; background jobs are killed afterwards):

    site=URL        URL stands for the bundled demo site: the test serves it on 127.0.0.1 (port 0) and puts
                    that origin in place of URL
    mirror          every `scrapy crawl nikkei_asia` crawls the demo site served locally (the test adds
                    -s NEWSARCHIVE_SPIDER_BASE_URL=<local origin>)
    port=N          the block serves a site itself on port N: the test uses a free port instead
    files=A,B       the folder holds these sample inputs: page.html (a saved demo article page) and
                    pages.jsonl (saved pages as {"url", "html"} lines)
    after=crawl     the folder already holds data/ from a crawl of the demo site; after=warc-crawl: one made
                    with NEWSARCHIVE_WARC_ENABLED=True
    creates=A,B     these files or folders must exist afterwards
    in-repo         run in the repository itself (read-only commands: lint, fixture check)
    installed       the block starts with the install command that set up the environment the tests run in
                    (`.ci/run` runs it, so CI proves it); the rest of the block is run
    ci              the block is `.ci/run`'s own command: checked to be in `.ci/run`, not run again here
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parents[1]
SHELL_LANGS = {"sh", "bash", "shell", "console"}
_MARKER = re.compile(r"^<!--\s*(?P<kind>runnable|not runnable)\s*(?::\s*(?P<rest>.*?))?\s*-->\s*$")
_FENCE = re.compile(r"^(?P<ticks>```+)\s*(?P<lang>[\w+-]*)")


@dataclass(kw_only=True)
class Block:
    path: Path
    line: int  #: 1-based line of the opening fence
    lang: str
    code: str
    kind: str | None  #: "runnable", "not runnable" or None (no marker)
    options: dict[str, str] = field(default_factory=dict)
    reason: str = ""

    @property
    def id(self) -> str:
        return f"{self.path.relative_to(REPO_DIR).as_posix()}:{self.line}"

    @property
    def is_shell(self) -> bool:
        return self.lang in SHELL_LANGS


def doc_files() -> list[Path]:
    return [REPO_DIR / "README.md", *sorted((REPO_DIR / "docs").rglob("*.md"))]


def parse_options(rest: str) -> dict[str, str]:
    options: dict[str, str] = {}
    for token in rest.split():
        name, _, value = token.partition("=")
        options[name] = value
    return options


def blocks(path: Path) -> list[Block]:
    lines = path.read_text(encoding="utf-8").splitlines()
    found: list[Block] = []
    i = 0
    while i < len(lines):
        match = _FENCE.match(lines[i])
        if not match:
            i += 1
            continue
        ticks, lang = match["ticks"], match["lang"]
        start = i
        i += 1
        body: list[str] = []
        while i < len(lines) and not lines[i].startswith(ticks):
            body.append(lines[i])
            i += 1
        i += 1  # the closing fence
        marker = _MARKER.match(lines[start - 1]) if start > 0 else None
        kind = marker["kind"] if marker else None
        rest = (marker["rest"] or "") if marker else ""
        found.append(
            Block(
                path=path,
                line=start + 1,
                lang=lang,
                code="\n".join(body) + "\n",
                kind=kind,
                options=parse_options(rest) if kind == "runnable" else {},
                reason=rest if kind == "not runnable" else "",
            )
        )
    return found


def all_blocks() -> list[Block]:
    return [b for path in doc_files() for b in blocks(path)]
