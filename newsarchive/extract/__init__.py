"""Article extraction: HTML in, items.Article out. Pure code (no Scrapy).

extract_article(html, url, *, generic=False, fetched_at=None, encoding=None, profile=None, profiles=None)
    -> Article
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from lxml import etree

from newsarchive.extract.access import judge_access, judge_truncated
from newsarchive.extract.classify import classify_page
from newsarchive.extract.document import Document
from newsarchive.extract.evidence import (
    declared_paragraphs,
    declared_text_in_page,
    disclosure_markers,
    free_paragraphs_before,
    paywall_markers,
    paywall_selectors,
    place_paywall_markup,
    sponsored_markers,
)
from newsarchive.extract.jsonld import as_bool
from newsarchive.extract.page import Page
from newsarchive.extract.profiles.base import ProfilePage, SiteProfile
from newsarchive.extract.registry import ProfileRegistry, get_profile, profile_for_url
from newsarchive.extract.text import clean
from newsarchive.items import Article, Evidence
from newsarchive.textsize import text_words

logger = logging.getLogger(__name__)

__all__ = [
    "ProfileRegistry",
    "SiteProfile",
    "classify_page",
    "extract_article",
    "get_profile",
    "profile_for_url",
]

#: attribute of an Article (not a record field): field -> the profile selector that matched, None: fell back
PROFILE_MATCHES = "_profile_matches"

# A paywalled page whose body is under this many words is taken to be the free teaser only.
TEASER_MAX_WORDS = 250


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
        article = Article(url=url, site=_host_site(url), fetched_at=fetched_at, page_type="unknown")
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
    chosen = _choose_profile(doc, url, generic=generic, profile=profile, profiles=profiles)
    page: Page = ProfilePage(doc, chosen) if chosen else Page(doc)
    site = chosen.name if chosen else _host_site(url)
    article = Article(url=url, site=site, fetched_at=fetched_at, extractor=page.name)
    if doc.empty:
        article.page_type = "unknown"
        article.refresh_derived()
        return article

    jl = doc.jsonld
    article.headline = page.headline()
    article.standfirst = page.standfirst()
    article.authors = page.authors()
    article.published_at = page.published_at()
    article.modified_at = page.modified_at()
    article.section = page.section()
    article.tags = page.tags()
    article.language = page.language()
    article.canonical_url = page.canonical_url()
    article.images = page.images()

    # Evidence reads the whole page: before the body step, which drops site chrome from the tree.
    og_type = doc.meta.first("og:type")
    free = as_bool(jl.get("isAccessibleForFree"))
    selectors = paywall_selectors(jl)
    paywall_elements: dict[str, list[etree._Element]] = {}
    evidence = Evidence(
        schema_types=jl.main_types or jl.all_types or doc.microdata.types,
        og_type=og_type,
        is_accessible_for_free=free,
        paywall_selectors=selectors,
        paywall_markers=paywall_markers(
            doc.tree,
            jl,
            doc.meta,
            selectors,
            free,
            attributes=doc.attribute_text_if_built,
            html=doc.html,
            elements=paywall_elements,
        ),
        sponsored_markers=sponsored_markers(
            doc.tree, url, jl, page.headline_element(), article.headline, class_index=page.class_index
        ),
        encoding_repaired=list(doc.repairs),
    )

    article.body = page.body()
    if selectors:
        # A client-side paywall: the rest of the story is in the HTML, hidden until the reader subscribes,
        # and a body extractor that skips hidden text left it out. The publisher declared it the
        # article's own text (hasPart), so it is archived.
        noise = page.invisible_noise.contains
        article.body += declared_paragraphs(doc.tree, selectors, article.body, noise=noise)
        article.body[:0] = free_paragraphs_before(doc.tree, selectors, article.body, noise=noise)
    article.credit = page.credit()
    article.dateline = page.dateline()
    evidence.body_source = page.body_source()
    if paywall_elements:
        evidence.paywall_markers = place_paywall_markup(
            evidence.paywall_markers, paywall_elements, doc.tree, article.body
        )
    for marker in disclosure_markers(article.body):
        if marker not in evidence.sponsored_markers:
            evidence.sponsored_markers.append(marker)
    article.evidence = evidence
    article.refresh_derived()
    if isinstance(page, ProfilePage):
        if matched is not None:
            matched.update(page.matched)
        # Not a field of the record: rides along with the Article (also out of an extraction worker
        # process) for the crawl's per-selector counts (ProfileSpider).
        article.__dict__[PROFILE_MATCHES] = dict(page.matched)
    full_text_in_page = bool(selectors) and declared_text_in_page(doc.tree, selectors, article.body)

    jsonld_body = jl.text("articleBody")
    jsonld_words = text_words(jsonld_body) if jsonld_body else 0
    # A teaser: the publisher's own articleBody is much longer than the body, or a short body under a
    # declared paywall (not a meter: a metered page serves its full text) whose non-free part is not
    # in the HTML.
    declared = judge_access(evidence, article.word_count)
    words = article.word_count
    longer_elsewhere = jsonld_words > 1.5 * words and jsonld_words - words > 50
    short_behind_wall = declared == "paywalled" and words < TEASER_MAX_WORDS and not full_text_in_page
    evidence.teaser = longer_elsewhere or short_behind_wall
    article.access = judge_access(evidence, article.word_count)
    article.truncated = judge_truncated(evidence, article.access)
    article.sponsored = bool(evidence.sponsored_markers)
    article.page_type = classify_page(
        doc.tree,
        url,
        og_type=og_type,
        schema_types=jl.all_types or doc.microdata.types,
        main_types=jl.main_types or doc.microdata.types,
        url_says_article=chosen.is_article_url(url) if chosen else None,
        body=article.body,
        published=article.published_at is not None,
        headline=article.headline or "",
    )
    logger.debug(
        "extracted %s: %s, %d words, %s, page_type=%s",
        url,
        page.name,
        article.word_count,
        article.access,
        article.page_type,
    )
    return article


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


def _host_site(url: str) -> str:
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    host = clean(host)
    return host[4:] if host.startswith("www.") else host
