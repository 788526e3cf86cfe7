"""Site profiles by name and by URL."""

from __future__ import annotations

from urllib.parse import urlsplit

from newsarchive.extract.profiles import nikkei_asia
from newsarchive.extract.profiles.base import SiteProfile

PROFILES: tuple[SiteProfile, ...] = (nikkei_asia.PROFILE,)


def profile_for_url(url: str) -> SiteProfile | None:
    """The profile whose domains include the URL's host (exact host, or a subdomain of it)."""
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    if not host:
        return None
    for profile in PROFILES:
        for domain in profile.domains:
            if host == domain or host.endswith("." + domain):
                return profile
    return None


def get_profile(name: str) -> SiteProfile:
    for profile in PROFILES:
        if profile.name == name:
            return profile
    raise KeyError(f"unknown site profile {name!r}; known: {', '.join(p.name for p in PROFILES)}")
