"""Article extraction: HTML in, items.Article out. Pure code (no Scrapy).

extract_article(html, url, *, generic=False, fetched_at=None, encoding=None, profile=None, profiles=None)
    -> Article

This module only chooses the page class (a site profile's ProfilePage, else the generic Page) and asks the
page for its article (Page.to_article): every field of the record is a method of the page.
"""

from __future__ import annotations

import logging

from newsarchive.extract.classify import classify_page
from newsarchive.extract.document import Document
from newsarchive.extract.page import Page
from newsarchive.extract.processors import host_site
from newsarchive.extract.profiles.base import PROFILE_MATCHES, ProfilePage, SiteProfile
from newsarchive.extract.registry import ProfileRegistry, get_profile, profile_for_url
from newsarchive.items import Article

logger = logging.getLogger(__name__)

__all__ = [
    "PROFILE_MATCHES",
    "ProfileRegistry",
    "SiteProfile",
    "classify_page",
    "extract_article",
    "get_profile",
    "page_for",
    "profile_for_url",
]


def extract_article(
    html: str | bytes,
    url: str,
    *,
    generic: bool = False,
    fetched_at: str | None = None,
    encoding: str | None = None,
    profile: str | SiteProfile | None = None,
    profiles: ProfileRegistry | None = None,
    matched: dict[str, str | None] | None = None,
) -> Article:
    """Extract one page. Never raises: on junk input the Article is mostly empty.

    The site profile is chosen by the URL's host, else by the host of the page's own canonical/og:url
    (a mirror or the bundled demo server serves asia.nikkei.com pages from 127.0.0.1), unless `generic`
    is set. `profile` (name or SiteProfile) forces one. `profiles` is where profiles are looked up (built
    from settings: ProfileRegistry.from_settings); without it, the package's own. `matched`, when given,
    receives field -> the profile selector that matched (None: the field fell back to generic extraction).
    """
    url = url or ""
    try:
        return _extract(
            html,
            url,
            generic=generic,
            fetched_at=fetched_at,
            encoding=encoding,
            profile=profile,
            profiles=profiles,
            matched=matched,
        )
    except Exception:  # extraction must never take a crawl down; the validate stage drops empty records
        logger.warning("extraction failed for %s", url, exc_info=True)
        article = Article(url=url, site=host_site(url), fetched_at=fetched_at, page_type="unknown")
        article.refresh_derived()
        return article


def _extract(
    html: str | bytes,
    url: str,
    *,
    generic: bool,
    fetched_at: str | None,
    encoding: str | None,
    profile: str | SiteProfile | None,
    profiles: ProfileRegistry | None = None,
    matched: dict[str, str | None] | None = None,
) -> Article:
    doc = Document.from_input(html, url, encoding)
    page = page_for(doc, _choose_profile(doc, url, generic=generic, profile=profile, profiles=profiles))
    article = page.to_article(fetched_at=fetched_at)
    if matched is not None and isinstance(page, ProfilePage):
        matched.update(page.matched)
    logger.debug(
        "extracted %s: %s, %d words, %s, page_type=%s",
        url,
        page.name,
        article.word_count,
        article.access,
        article.page_type,
    )
    return article


def page_for(doc: Document, profile: SiteProfile | None) -> Page:
    """The page object that reads `doc`: the profile's page class, else the generic page."""
    return profile.page_class()(doc, profile) if profile is not None else Page(doc)


def _choose_profile(
    doc: Document,
    url: str,
    *,
    generic: bool,
    profile: str | SiteProfile | None,
    profiles: ProfileRegistry | None = None,
) -> SiteProfile | None:
    if generic:
        return None
    if isinstance(profile, SiteProfile):
        return profile
    if isinstance(profile, str) and profile:
        return get_profile(profile, profiles)
    found = profile_for_url(url, profiles)
    if found or doc.empty:
        return found
    for candidate in (doc.meta.canonical, doc.meta.first("og:url")):
        if candidate and candidate.startswith(("http://", "https://")):
            found = profile_for_url(candidate, profiles)
            if found:
                return found
    return None
