"""The state layer imports nothing above it, so no import has to hide inside a function to dodge a cycle."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "newsarchive"
#: What newsarchive.state may import from the package (like scrapy-redis's defaults.py and connection.py).
STATE_MAY_IMPORT = ("newsarchive.state", "newsarchive.items", "newsarchive.dates", "newsarchive.defaults")
#: Modules that once imported each other inside functions (state <-> archive, state <-> distributed).
NO_LATE_IMPORTS = ("state", "archive", "distributed", "pipelines", "crawlstate.py")


def _imports(path: Path, *, top_level: bool) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = (
        tree.body
        if top_level
        else [
            n
            for f in ast.walk(tree)
            if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
            for n in ast.walk(f)
        ]
    )
    found = []
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
    return found


def test_state_is_a_leaf_layer() -> None:
    above = [
        f"{path.relative_to(PACKAGE)}:{line} {module}"
        for path in sorted((PACKAGE / "state").glob("*.py"))
        for line, module in _imports(path, top_level=False) + _imports(path, top_level=True)
        if (module.startswith("newsarchive") and not module.startswith(STATE_MAY_IMPORT))
        or module.split(".")[0] == "scrapy"
    ]
    assert above == []


def test_no_late_imports_of_newsarchive_modules_in_the_state_archive_and_pipeline_layers() -> None:
    late = []
    for name in NO_LATE_IMPORTS:
        target = PACKAGE / name
        for path in sorted(target.rglob("*.py") if target.is_dir() else [target]):
            late.extend(
                f"{path.relative_to(PACKAGE)}:{line} {module}"
                for line, module in _imports(path, top_level=False)
                if module.startswith("newsarchive")
            )
    assert late == []
