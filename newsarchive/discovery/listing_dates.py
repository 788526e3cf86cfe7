"""Dates that listing pages print next to their links (`<time datetime>` in an article card).

A backfill walks a section's listing newest first and needs to know when a page has gone past `since`;
cards carry the publication time, so the date of a link is the `<time datetime>` of the smallest element
around the link that holds exactly one.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urljoin

from parsel import Selector

from newsarchive.discovery.links import clean_link
from newsarchive.discovery.schedule import parse_iso

_MAX_LEVELS = 5  #: how far up from a link to look for its card


def link_dates(selector: Selector, base_url: str) -> dict[str, datetime]:
    """URL -> aware datetime for every link on the page whose card has one `<time datetime>`."""
    base_href = selector.xpath("//head/base/@href").get()
    if base_href:
        base_url = urljoin(base_url, base_href.strip())
    found: dict[str, datetime] = {}
    for anchor in selector.xpath("//a[@href]"):
        url = clean_link(anchor.attrib.get("href"), base_url)
        if url is None or url in found:
            continue
        node = anchor
        for _ in range(_MAX_LEVELS):
            parents = node.xpath("..")
            if not parents:
                break
            node = parents[0]
            times = node.xpath(".//time/@datetime").getall()
            if not times:
                continue
            if len(times) == 1:
                moment = parse_iso(times[0])
                if moment is not None:
                    found[url] = moment
            break  # the first ancestor with any <time> is the card (or a whole list: no single date)
    return found
