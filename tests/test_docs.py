"""The documentation builds, links resolve, and the README stays a front door.

`mkdocs build --strict` fails on a nav entry without a page, a link to a missing page or a missing anchor
(mkdocs.yml sets every validation to "warn", and strict turns warnings into errors). The README is not part
of the site, so its relative links are checked here.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parents[1]
README = REPO_DIR / "README.md"
README_MAX_LINES = 250


def test_docs_build_strict(tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=REPO_DIR,
        capture_output=True,
        text=True,
        timeout=300,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (site / "index.html").is_file()
    assert (site / "crawling" / "index.html").is_file()


def test_docs_build_strict_catches_a_broken_link(tmp_path: Path) -> None:
    """The strict build is what keeps links true: prove it fails on one."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# x\n\n[gone](missing.md) and [anchor](#nowhere)\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        (REPO_DIR / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:")[0] + "\n", encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode != 0
    assert "missing.md" in result.stdout + result.stderr


def test_readme_is_short() -> None:
    lines = README.read_text(encoding="utf-8").splitlines()
    assert len(lines) <= README_MAX_LINES, f"README.md has {len(lines)} lines (at most {README_MAX_LINES})"


def test_readme_links_resolve() -> None:
    text = README.read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text)
    local = [t for t in targets if "://" not in t]
    assert local, "the README links to the docs"
    missing = [t for t in local if not (REPO_DIR / t).exists()]
    assert not missing, f"README links to missing files: {missing}"


def test_every_docs_page_is_in_the_nav() -> None:
    nav = (REPO_DIR / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:", 1)[1]
    pages = sorted(p.relative_to(REPO_DIR / "docs").as_posix() for p in (REPO_DIR / "docs").rglob("*.md"))
    assert pages
    assert [p for p in pages if p not in nav] == []


def test_readme_folder_table_matches_the_tree() -> None:
    """Every package and top-level module of newsarchive has a row; every path a row names exists."""
    text = README.read_text(encoding="utf-8")
    table = text[text.index("| folder | holds |") :].split("\n\n", 1)[0]
    named: set[str] = set()
    for row in table.splitlines()[2:]:
        first = row.split("|")[1]
        for path in re.findall(r"`([^`]+)`", first):
            if not path.startswith(("newsarchive/", "benchmarks/", "tests/", "docs/")):
                path = f"newsarchive/{path}"  # `defaults.py` in a row that starts with newsarchive/...
            named.add(path.rstrip("/"))
    missing = sorted(n for n in named if not (REPO_DIR / n).exists())
    assert not missing, f"README's folder table names what is not in the tree: {missing}"
    package = REPO_DIR / "newsarchive"
    tree = {
        f"newsarchive/{p.name}"
        for p in package.iterdir()
        if (p.is_dir() and ((p / "__init__.py").exists() or p.name == "schema"))
        or (p.suffix == ".py" and p.name not in ("__init__.py", "__main__.py"))
    }
    absent = sorted(tree - named)
    assert not absent, f"README's folder table has no row for: {absent}"
