"""Finding article URLs: feeds, sitemaps, robots.txt, listing pages and pagination.

Pure parsing and decision functions; the spiders turn their results into requests.
"""

from __future__ import annotations

from newsarchive.discovery.detect import FEED, HTML, OTHER, ROBOTS, SITEMAP, document_kind
from newsarchive.discovery.feeds import Feed, FeedEntry, feed_links_in_html, parse_feed, read_feed
from newsarchive.discovery.hints import Hints
from newsarchive.discovery.links import Link, SiteScope, clean_link, is_static_asset, page_links
from newsarchive.discovery.pagination import PageLink, page_number, pagination_links
from newsarchive.discovery.schedule import Decision, decide
from newsarchive.discovery.sitemaps import Sitemap, SitemapEntry, parse_sitemap, sitemaps_from_robots

__all__ = [
    "FEED",
    "HTML",
    "OTHER",
    "ROBOTS",
    "SITEMAP",
    "Decision",
    "Feed",
    "FeedEntry",
    "Hints",
    "Link",
    "PageLink",
    "SiteScope",
    "Sitemap",
    "SitemapEntry",
    "clean_link",
    "decide",
    "document_kind",
    "feed_links_in_html",
    "is_static_asset",
    "page_links",
    "page_number",
    "pagination_links",
    "parse_feed",
    "parse_sitemap",
    "read_feed",
    "sitemaps_from_robots",
]
