"""Site profiles by name and by URL: the package's own profile files plus the user's folders.

A ProfileRegistry is built from a list of folders (the NEWSARCHIVE_PROFILE_DIRS setting), never at import
time: `extract`, `profile` and `scrapy crawl` each build theirs from their settings, so all three see the
same profiles for the same settings. Every file is read and checked when the registry is built; a bad one
raises ProfileError (one line naming the file, the key and what was expected).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newsarchive.extract.profiles.base import SiteProfile
from newsarchive.extract.profiles.files import SUFFIX, ProfileError, read_profile

#: the package's own profiles (one TOML file each), read as package resources: under scrapyd the package is
#: a zipped egg, where the folder is no directory on disk
BUILTIN_DIR: Traversable = files("newsarchive.extract.profiles")
SETTING = "NEWSARCHIVE_PROFILE_DIRS"


@dataclass(frozen=True, kw_only=True)
class ProfileRegistry:
    profiles: tuple[SiteProfile, ...]

    @classmethod
    def from_dirs(cls, dirs: Iterable[str | Path] = (), *, builtin: bool = True) -> ProfileRegistry:
        """The built-in profiles, then each folder's `*.toml` files in name order. A user's profile of
        the same name as a built-in one replaces it; any other clash of names or domains is an error."""
        found: dict[str, SiteProfile] = {}
        if builtin:
            for path in _files(BUILTIN_DIR):
                profile = read_profile(path)
                found[profile.name] = profile
        user: dict[str, SiteProfile] = {}
        for folder in dirs:
            folder = Path(folder).expanduser()
            if not folder.is_dir():
                raise ProfileError(folder, SETTING, "expected an existing folder of profile files")
            for path in _files(folder):
                profile = read_profile(path)
                if profile.name in user:
                    raise ProfileError(
                        path,
                        None,
                        f"a second profile named {profile.name!r} (the first: {user[profile.name].source})",
                    )
                user[profile.name] = profile
        found.update(user)
        owner: dict[str, SiteProfile] = {}
        for profile in found.values():
            for domain in profile.domains:
                other = owner.get(domain)
                if other is not None:
                    raise ProfileError(
                        profile.source,
                        "domains",
                        f"expected domains no other profile claims; {domain!r} is also in {other.source}",
                    )
                owner[domain] = profile
        return cls(profiles=tuple(sorted(found.values(), key=lambda p: p.name)))

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any] | Any) -> ProfileRegistry:
        """The registry for these Scrapy settings (NEWSARCHIVE_PROFILE_DIRS: a list, or comma-separated)."""
        return cls.from_dirs(profile_dirs(settings))

    @classmethod
    def builtin(cls) -> ProfileRegistry:
        """The package's own profiles only (read once per process, on first use)."""
        return _builtin()

    def __iter__(self) -> Iterator[SiteProfile]:
        return iter(self.profiles)

    def __len__(self) -> int:
        return len(self.profiles)

    def names(self) -> list[str]:
        return [p.name for p in self.profiles]

    def get(self, name: str) -> SiteProfile:
        for profile in self.profiles:
            if profile.name == name:
                return profile
        raise KeyError(f"unknown site profile {name!r}; known: {', '.join(self.names()) or 'none'}")

    def for_url(self, url: str) -> SiteProfile | None:
        """The profile whose domains include the URL's host (exact host, or a subdomain of it)."""
        try:
            host = (urlsplit(url).hostname or "").lower().rstrip(".")
        except ValueError:
            return None
        if not host:
            return None
        for profile in self.profiles:
            for domain in profile.domains:
                if host == domain or host.endswith("." + domain):
                    return profile
        return None


def profile_dirs(settings: Mapping[str, Any] | Any) -> list[str]:
    getlist = getattr(settings, "getlist", None)
    if getlist is not None:
        raw = getlist(SETTING)
    else:
        value = settings.get(SETTING) or []
        raw = value.split(",") if isinstance(value, str) else list(value)
    return [str(d).strip() for d in raw if str(d).strip()]


def _files(folder: Traversable) -> list[Traversable]:
    return sorted(
        (p for p in folder.iterdir() if p.name.endswith(SUFFIX) and not p.name.startswith(".")),
        key=lambda p: p.name,
    )


@lru_cache(maxsize=1)
def _builtin() -> ProfileRegistry:
    return ProfileRegistry.from_dirs()


def profile_for_url(url: str, registry: ProfileRegistry | None = None) -> SiteProfile | None:
    return (registry or ProfileRegistry.builtin()).for_url(url)


def get_profile(name: str, registry: ProfileRegistry | None = None) -> SiteProfile:
    return (registry or ProfileRegistry.builtin()).get(name)
