"""The package says true things about itself: declared dependencies, Python floor, settings Scrapy reads."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import scrapy.settings.default_settings as scrapy_defaults

import newsarchive.settings as project_settings

REPO = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _imported_top_level_modules(root: Path) -> set[str]:
    modules: set[str] = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    return modules - set(sys.stdlib_module_names) - {"newsarchive"}


def test_every_imported_third_party_module_is_declared() -> None:
    declared = {
        _normalise(re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0])
        for requirement in PYPROJECT["project"]["dependencies"]
    }
    distributions = packages_distributions()
    undeclared = {}
    for module in sorted(_imported_top_level_modules(REPO / "newsarchive")):
        providers = {_normalise(name) for name in distributions.get(module, [module])}
        if not providers & declared:
            undeclared[module] = sorted(providers)
    assert undeclared == {}, f"imported by newsarchive but not in pyproject dependencies: {undeclared}"


def test_python_floor_matches_ruff_target_and_running_interpreter() -> None:
    floor = PYPROJECT["project"]["requires-python"]
    assert floor == ">=3.11"  # enum.StrEnum, datetime.UTC, tomllib, typing.Self
    assert PYPROJECT["tool"]["ruff"]["target-version"] == "py311"
    assert sys.version_info >= (3, 11)


def test_licence_is_an_spdx_expression() -> None:
    # A TOML table here draws setuptools' deprecation warning on every install.
    assert PYPROJECT["project"]["license"] == "MIT"
    assert any(req.startswith("setuptools>=77") for req in PYPROJECT["build-system"]["requires"])


def test_every_scrapy_setting_we_set_is_one_scrapy_reads() -> None:
    # SPIDERMON_* are read by spidermon's extension (the alerts), not by Scrapy.
    ours = {
        name
        for name in vars(project_settings)
        if name.isupper() and not name.startswith(("NEWSARCHIVE_", "SPIDERMON_"))
    }
    unknown = sorted(name for name in ours if not hasattr(scrapy_defaults, name))
    assert unknown == [], f"settings Scrapy does not know (removed or misspelt): {unknown}"


def test_no_two_classes_in_the_package_share_a_name() -> None:
    where: dict[str, list[str]] = {}
    for path in sorted((REPO / "newsarchive").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                where.setdefault(node.name, []).append(str(path.relative_to(REPO)))
    assert {name: paths for name, paths in where.items() if len(paths) > 1} == {}
