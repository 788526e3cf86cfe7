"""The code's map holds: the import contracts in pyproject.toml ([tool.importlinter]) are kept.

- extraction (extract/, cleaning/) never imports Scrapy, the spiders, the pipelines or the crawl state;
- the crawl state (state/) is a leaf: it never imports distributed mode, the archive or Scrapy
  (distributed mode plugs its store in through NEWSARCHIVE_STATE_BACKEND);
- no import cycle between newsarchive's packages, at any depth.

Checked with import-linter (`lint-imports`, installed by the [test] extra), which reads every import
statement, those inside functions too.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

REPO_DIR = Path(__file__).resolve().parents[1]
LINT = [
    sys.executable,
    "-c",
    "from importlinter.cli import lint_imports_command; lint_imports_command()",
]


def _lint(cwd: Path, pythonpath: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    return subprocess.run(LINT, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_import_contracts_are_kept() -> None:
    result = _lint(REPO_DIR, REPO_DIR)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 3 kept, 0 broken." in result.stdout, result.stdout


def test_a_cycle_or_a_forbidden_import_breaks_the_contracts(tmp_path: Path) -> None:
    """The same kinds of contract on a small package with a cycle and a state that knows Redis mode."""
    package = tmp_path / "mini"
    for sub in ("state", "distributed", "extract"):
        (package / sub).mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "extract" / "__init__.py").write_text("")
    (package / "state" / "__init__.py").write_text("def open_state():\n    from mini.distributed import x\n")
    (package / "distributed" / "__init__.py").write_text("import mini.state\nx = 1\n")
    (tmp_path / "pyproject.toml").write_text(
        textwrap.dedent(
            """
            [tool.importlinter]
            root_package = "mini"

            [[tool.importlinter.contracts]]
            name = "state never imports distributed"
            type = "forbidden"
            source_modules = ["mini.state"]
            forbidden_modules = ["mini.distributed"]

            [[tool.importlinter.contracts]]
            name = "no cycles"
            type = "acyclic_siblings"
            ancestors = ["mini"]
            """
        )
    )
    result = _lint(tmp_path, tmp_path)
    assert result.returncode != 0
    assert "Contracts: 0 kept, 2 broken." in result.stdout, result.stdout
