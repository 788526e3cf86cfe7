"""Site profiles: per-publisher URL shapes, feeds, sections and selectors."""

from __future__ import annotations

from newsarchive.extract.profiles.base import ProfilePage, SiteProfile

__all__ = ["ProfilePage", "SiteProfile"]
