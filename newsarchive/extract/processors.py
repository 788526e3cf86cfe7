"""Per-field normalisers of the record, declared per field in the page's nested `Processors` class
(extract/page.py), the shape of zyte-common-items' `processors.py` and web-poet's field processors.

A processor takes the field's value and the page and returns what the record holds. Each is
transparent, as zyte-common-items' are: a value already in its final form comes back unchanged, so a
profile page may return the raw value it read or a clean one.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from newsarchive.extract.authors import clean_authors
from newsarchive.extract.text import clean

if TYPE_CHECKING:
    from newsarchive.extract.page import Page

#: tags a record keeps, at most
MAX_TAGS = 50
#: what joins several tags into one string (a comma in a tag is a list: keywords are comma-separated)
TAG_SEPARATORS = re.compile(r"[,;，；、|]")


def authors_processor(value: Any, page: Page) -> list[str]:
    """A byline as read ("By Jane Doe, staff writer") becomes names; a list is names already.

    The page's author sources clean their own names (which source wins depends on them), and cleaning
    names twice is not a no-op (". By Jane Doe" -> "By Jane Doe" -> "Jane Doe"): a list passes as it is."""
    if isinstance(value, str):
        return clean_authors([value])
    return list(value or [])


def tags_processor(value: Any, page: Page) -> list[str]:
    """Cleaned, split where a CMS joined them into one ("Hong Kong,Protest,Asia Pacific", "关注点;国家"),
    entities decoded ("Privacy &amp; Technology"), without case-insensitive repeats, without the site's own
    name or the headline (keyword lists repeat both: "taz", "NZZ", "MDR" on their own sites; the title as
    the first keyword on nzz.ch, assabah.com.tn, la-nacion.com.ar), at most MAX_TAGS."""
    out: list[str] = []
    items = [value] if isinstance(value, str) else list(value or [])
    # one string is a joined list; the items of a list are tags already ("Trump, Donald J" on nytimes.com)
    joined = len(items) == 1
    not_tags = {norm_title(page.headline()), *getattr(page, "_site_names", ())}
    for item in items:
        item = html.unescape(item) if "&" in (item or "") else item or ""
        for tag in TAG_SEPARATORS.split(item) if joined else [item]:
            tag = clean(tag)
            key = norm_title(tag)
            if key and key not in not_tags and tag.lower() not in (t.lower() for t in out):
                out.append(tag)
    return out[:MAX_TAGS]


def standfirst_processor(value: Any, page: Page) -> str | None:
    """Not the headline again (a dek field the CMS filled with the title: bike-magazin.de, gothamist.com)."""
    if not isinstance(value, str) or not value:
        return None
    return None if norm_title(value) == norm_title(page.headline()) else value


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


def norm_title(text: str | None) -> str:
    """Letters and digits, casefolded: how fields/titles.py compares titles and the page's site names
    (a copy: the field modules import this module, not the other way round)."""
    return "".join(ch for ch in (text or "").casefold() if ch.isalnum())


def host_site(url: str) -> str:
    """The site of a page without a profile: its host, without "www."."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    host = clean(host)
    return host[4:] if host.startswith("www.") else host
