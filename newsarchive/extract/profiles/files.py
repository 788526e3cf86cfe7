"""Profile files: one TOML file per publisher, read into a SiteProfile and checked key by key.

TOML because the standard library reads it (tomllib, Python 3.11+: no extra dependency), it has comments,
and it has no implicit typing surprises (YAML turns `no` into False and `1.10` into 1.1). Every mistake is
reported as a ProfileError naming the file, the key and what was expected, before anything is crawled.
"""

from __future__ import annotations

import re
import tomllib
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from lxml import etree

from newsarchive.extract.profiles.base import FIELDS, SiteProfile, split_attribute
from newsarchive.extract.selectors import compile_selector

SUFFIX = ".toml"
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_DOMAIN = re.compile(r"^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$")

#: top-level key -> what it must hold (the text of the error when it does not)
KEYS: dict[str, str] = {
    "domains": "a non-empty list of host names",
    "base_url": "an http:// or https:// URL",
    "feeds": "a list of feed paths or URLs",
    "sitemaps": "a list of sitemap paths or URLs",
    "sections": "a list of section names",
    "section_path": "a path holding {section}",
    "page_param": "a query parameter name",
    "article_path": "a regular expression matched on the URL path",
    "selectors": "a table of field = [selectors]",
    "remove": "a list of CSS or XPath selectors",
    "coverage": "a table of field = share between 0 and 1",
}
COVERAGE_KEYS = frozenset(
    {
        "headline", "standfirst", "authors", "published_at", "modified_at", "section", "dateline", "body",
        "images", "tags", "language", "credit", "canonical_url", "profile_selectors",
    }
)  # fmt: skip


class ProfileError(ValueError):
    """A profile file that cannot be used; str() is the one line a user sees."""

    def __init__(self, path: Path | str, key: str | None, expected: str) -> None:
        self.path, self.key, self.expected = str(path), key, expected
        where = f"{self.path}: {key}" if key else self.path
        super().__init__(f"bad site profile {where}: {expected}")


def read_profile(path: Path | Traversable) -> SiteProfile:
    """The profile in `path` (named after the file), or ProfileError."""
    name = path.name[: -len(SUFFIX)] if path.name.endswith(SUFFIX) else path.stem
    if not _NAME.match(name):
        raise ProfileError(
            path, None, "the file name must be the profile's name: lowercase letters, digits, _ and -"
        )
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except OSError as exc:
        raise ProfileError(path, None, f"cannot read it ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(path, None, f"expected TOML ({exc})") from None
    return profile_from_dict(name, data, path)


def profile_from_dict(name: str, data: dict[str, Any], path: Path | str = "<profile>") -> SiteProfile:
    for key in data:
        if key not in KEYS:
            raise ProfileError(path, key, f"unknown key (expected one of: {', '.join(KEYS)})")
    if "domains" not in data:
        raise ProfileError(path, "domains", f"missing: {KEYS['domains']}")
    domains = tuple(d.lower().rstrip(".") for d in _strings(data, "domains", path))
    if not domains:
        raise ProfileError(path, "domains", KEYS["domains"])
    for domain in domains:
        if not _DOMAIN.match(domain):
            raise ProfileError(path, "domains", f"{KEYS['domains']}, got {domain!r}")
    base_url = data.get("base_url", f"https://{domains[0]}")
    if not isinstance(base_url, str) or not re.match(r"^https?://[^/\s]+/?$", base_url):
        raise ProfileError(path, "base_url", f"an http:// or https:// origin (no path), got {base_url!r}")
    section_path = _string(data, "section_path", path, "/{section}")
    if "{section}" not in section_path:
        raise ProfileError(path, "section_path", f"{KEYS['section_path']}, got {section_path!r}")
    article_path = _string(data, "article_path", path, r"^/.+")
    try:
        re.compile(article_path)
    except re.error as exc:
        raise ProfileError(path, "article_path", f"{KEYS['article_path']} ({exc})") from None
    selectors: dict[str, tuple[str, ...]] = {}
    table = data.get("selectors", {})
    if not isinstance(table, dict):
        raise ProfileError(path, "selectors", KEYS["selectors"])
    for field, value in table.items():
        key = f"selectors.{field}"
        if field not in FIELDS:
            raise ProfileError(path, key, f"unknown field (expected one of: {', '.join(FIELDS)})")
        if isinstance(value, str):
            value = [value]
        selectors[field] = tuple(_check_selector(s, path, key) for s in _string_list(value, path, key))
    remove = tuple(_check_selector(s, path, "remove") for s in _strings(data, "remove", path))
    coverage: dict[str, float] = {}
    table = data.get("coverage", {})
    if not isinstance(table, dict):
        raise ProfileError(path, "coverage", KEYS["coverage"])
    for field, value in table.items():
        key = f"coverage.{field}"
        if field not in COVERAGE_KEYS:
            raise ProfileError(
                path, key, f"unknown field (expected one of: {', '.join(sorted(COVERAGE_KEYS))})"
            )
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise ProfileError(path, key, f"a share between 0 and 1, got {value!r}")
        coverage[field] = float(value)
    return SiteProfile(
        name=name,
        domains=domains,
        base_url=base_url.rstrip("/"),
        feeds=_strings(data, "feeds", path),
        sitemaps=_strings(data, "sitemaps", path),
        sections=_strings(data, "sections", path),
        section_path=section_path,
        page_param=_string(data, "page_param", path, "page"),
        article_path_pattern=article_path,
        selectors=selectors,
        remove=remove,
        coverage=coverage,
        source=str(path),
    )


def _string(data: dict[str, Any], key: str, path: Path | str, default: str) -> str:
    value = data.get(key, default)
    if not isinstance(value, str) or not value:
        raise ProfileError(path, key, f"{KEYS[key]}, got {value!r}")
    return value


def _strings(data: dict[str, Any], key: str, path: Path | str) -> tuple[str, ...]:
    return _string_list(data.get(key, []), path, key)


def _string_list(value: Any, path: Path | str, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ProfileError(path, key, f"a list of non-empty strings, got {value!r}")
    return tuple(v.strip() for v in value)


def _check_selector(selector: str, path: Path | str, key: str) -> str:
    """The selector as given, once it compiles (CSS, XPath, or either ending in ::attr(name))."""
    query, attribute = split_attribute(selector)
    try:
        compile_selector(query)
    except (ValueError, etree.XPathError) as exc:
        kind = "XPath" if query.startswith(("/", "(", "./")) else "CSS"
        raise ProfileError(
            path, key, f"expected a {kind} selector, {selector!r} does not parse ({exc})"
        ) from None
    if attribute is not None and not re.match(r"^[A-Za-z_:][-\w:.]*$", attribute):
        raise ProfileError(path, key, f"expected ::attr(name) with an attribute name, got {selector!r}")
    return selector
