"""Per-field normalisers of the record, declared per field in the page's nested `Processors` class
(extract/page.py), the shape of zyte-common-items' `processors.py` and web-poet's field processors.

A processor takes the field's value and the page and returns what the record holds. Each is
transparent, as zyte-common-items' are: a value already in its final form comes back unchanged, so a
profile page may return the raw value it read or a clean one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from newsarchive.extract.authors import clean_authors
from newsarchive.extract.text import clean

if TYPE_CHECKING:
    from newsarchive.extract.page import Page

#: tags a record keeps, at most
MAX_TAGS = 50


def authors_processor(value: Any, page: Page) -> list[str]:
    """A byline as read ("By Jane Doe, staff writer") becomes names; a list is names already.

    The page's author sources clean their own names (which source wins depends on them), and cleaning
    names twice is not a no-op (". By Jane Doe" -> "By Jane Doe" -> "Jane Doe"): a list passes as it is."""
    if isinstance(value, str):
        return clean_authors([value])
    return list(value or [])


def tags_processor(value: Any, page: Page) -> list[str]:
    """Cleaned, without case-insensitive repeats, at most MAX_TAGS."""
    out: list[str] = []
    for tag in [value] if isinstance(value, str) else value or []:
        tag = clean(tag)
        if tag and tag.lower() not in (t.lower() for t in out):
            out.append(tag)
    return out[:MAX_TAGS]


def language_processor(value: Any, page: Page) -> str | None:
    return normalise_language(value)


def url_processor(value: Any, page: Page) -> str | None:
    """Absolute against the page's URL; None unless it is a web address."""
    return absolute_url(page.url, value)


def normalise_language(value: str | None) -> str | None:
    """A BCP 47 tag ("en", "pt-BR") from what pages declare ("en_US", "de-de, en", "EN"), else None."""
    value = clean(value)
    if not value:
        return None
    value = value.split(",")[0].strip().replace("_", "-")
    parts = value.split("-")
    if not parts[0].isalpha() or not 2 <= len(parts[0]) <= 3:
        return None
    head = parts[0].lower()
    tail = [p.upper() if len(p) == 2 else p for p in parts[1:] if p]
    return "-".join([head, *tail])


def absolute_url(base: str, value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if not value or value.startswith(("data:", "javascript:", "#")):
        return None
    try:
        absolute = urljoin(base, value)
    except ValueError:
        return None
    return absolute if urlsplit(absolute).scheme in ("http", "https") else None


def host_site(url: str) -> str:
    """The site of a page without a profile: its host, without "www."."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    host = clean(host)
    return host[4:] if host.startswith("www.") else host
