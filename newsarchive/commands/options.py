"""What the commands share: `-s NAME=VALUE` settings checked before any work, and a page's size cap."""

from __future__ import annotations

import argparse
import sys

from scrapy.settings import BaseSettings, Settings

from newsarchive.commands.pages import parse_size
from newsarchive.monitoring.preflight import SettingError, check_setting_values
from newsarchive.pipelines.offline import project_settings

MAX_SIZE_HELP = (
    "refuse a page larger than SIZE (bytes, or 500kB, 32MB; 0: no limit; default: a crawl's "
    "DOWNLOAD_MAXSIZE, 16MB)"
)


def size_limit(value: str | None, settings: BaseSettings, parser: argparse.ArgumentParser) -> int:
    """--max-size of a command that reads saved pages (`extract`, `profile`): the crawl's cap unless given."""
    if value is None:
        return max(0, settings.getint("DOWNLOAD_MAXSIZE"))
    try:
        return parse_size(value)
    except ValueError as error:
        parser.error(f"--max-size: {error}")


def parse_overrides(pairs: list[str]) -> dict[str, str]:
    """{NAME: VALUE} of `-s NAME=VALUE` options; ValueError names the first malformed one."""
    result = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise ValueError(f"-s expects NAME=VALUE, got {pair!r}")
        result[name] = value
    return result


def checked_settings(overrides: dict[str, str]) -> Settings:
    """The project's settings with `overrides`; SettingError names a value of the wrong type
    (`-s NEWSARCHIVE_VALIDATE_MIN_BODY_WORDS=abc`), which would end in a traceback from the component that
    reads it."""
    settings = project_settings(overrides)
    check_setting_values(settings)
    return settings


def command_settings(pairs: list[str], parser: argparse.ArgumentParser) -> Settings:
    """The project's settings with the `-s NAME=VALUE` overrides; a value of the wrong type
    (`-s NEWSARCHIVE_VALIDATE_MIN_BODY_WORDS=abc`) is one line naming the setting and exit status 2, not a
    traceback from the component that reads it."""
    try:
        overrides = parse_overrides(pairs)
    except ValueError as error:
        parser.error(str(error))
    try:
        settings = checked_settings(overrides)
    except SettingError as error:
        print(f"{parser.prog}: error: {error}", file=sys.stderr)
        raise SystemExit(2) from None
    return settings
