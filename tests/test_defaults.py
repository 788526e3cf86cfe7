"""Every NEWSARCHIVE_* default is defined once, in newsarchive/defaults.py, and no reader repeats it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from scrapy.settings import Settings

import newsarchive.defaults as defaults

PACKAGE = Path(defaults.__file__).resolve().parent
NAME = re.compile(r"^NEWSARCHIVE_[A-Z0-9_]+$")
GETTERS = {"get", "getbool", "getint", "getfloat", "getlist", "getdict", "getdictorlist", "getwithbase"}


def _trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(PACKAGE.rglob("*.py"))}


def test_defaults_is_a_leaf_module() -> None:
    tree = ast.parse(Path(defaults.__file__).read_text(encoding="utf-8"))
    imported = {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    } | {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    assert not {name for name in imported if name.split(".")[0] == "newsarchive"}


def test_settings_module_defines_no_newsarchive_default_of_its_own() -> None:
    tree = ast.parse((PACKAGE / "settings.py").read_text(encoding="utf-8"))
    assigned = [
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name) and NAME.match(target.id)
    ]
    assert assigned == [], f"define these in newsarchive/defaults.py, not settings.py: {assigned}"


def test_project_settings_carry_every_default() -> None:
    settings = Settings()
    settings.setmodule("newsarchive.settings", priority="project")
    for name, value in defaults.newsarchive_defaults().items():
        assert settings.get(name) == value, name


def test_every_setting_read_in_the_package_has_a_default() -> None:
    known = set(defaults.newsarchive_defaults())
    missing = set()
    for path, tree in _trees().items():
        for node in ast.walk(tree):
            is_name = (
                isinstance(node, ast.Constant) and isinstance(node.value, str) and NAME.match(node.value)
            )
            if is_name and node.value not in known:
                missing.add(f"{path.relative_to(PACKAGE)}: {node.value}")
    assert missing == set()


def test_no_reader_repeats_a_literal_default() -> None:
    repeated = []
    for path, tree in _trees().items():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr not in GETTERS or len(node.args) < 2:
                continue
            name, fallback = node.args[0], node.args[1]
            is_name = (
                isinstance(name, ast.Constant) and isinstance(name.value, str) and NAME.match(name.value)
            )
            if is_name and not (isinstance(fallback, ast.Attribute) and fallback.attr == name.value):
                repeated.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {name.value}")
    assert repeated == [], f"read the fallback from newsarchive.defaults: {repeated}"
