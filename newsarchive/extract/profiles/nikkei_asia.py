"""asia.nikkei.com (Nikkei Asia, formerly Nikkei Asian Review)."""

from __future__ import annotations

from newsarchive.extract.profiles.base import SiteProfile

# /<Section>(/<Sub>)*/<Slug>: capitalised path segments, then a slug of at least four hyphen-joined words.
# Fronts (/Politics, /Business/Markets, /Life-Arts) have no such slug and don't match.
ARTICLE_PATH = r"^/(?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/)+[A-Za-z0-9]+(?:-[A-Za-z0-9']+){3,}/?$"

PROFILE = SiteProfile(
    name="nikkei_asia",
    domains=("asia.nikkei.com", "www.asia.nikkei.com"),
    base_url="https://asia.nikkei.com",
    feeds=("/rss/feed/nar",),
    sections=("Politics", "Business", "Economy", "Markets", "Tech", "Opinion", "Spotlight", "Life-Arts"),
    section_path="/{section}",
    page_param="page",
    article_path_pattern=ARTICLE_PATH,
    selectors={
        "headline": ("h1.article__title", "article h1"),
        "standfirst": (".article__sub-title", ".article-header__sub-title"),
        "section": (".article__section a", ".article__kicker"),
        "authors": (".article__byline .article__author", ".article__byline a"),
        "body": (
            ".article__content .ezrichtext-field > p",
            ".article__content .ezrichtext-field p",
            ".article__body p",
        ),
        "figure": (".article__image figure", "article figure"),
        "caption": (".article__caption-text",),
        "image_credit": (".article__credit",),
    },
    remove=(
        ".article__share",
        "aside.sponsored-content",
        ".paywall-meter",
        ".offer-modal",
        ".expired-modal",
        ".regwall",
        ".app-promo",
    ),
    coverage={
        "headline": 1.0,
        "body": 1.0,
        "published_at": 0.95,
        "section": 0.95,
        "standfirst": 0.8,
        "authors": 0.6,
        "images": 0.6,
    },
)
