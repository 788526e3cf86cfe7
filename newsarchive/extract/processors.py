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

from newsarchive.dates import date_in_text
from newsarchive.extract.authors import clean_authors
from newsarchive.extract.cms_tags import name_core, subject_tag
from newsarchive.extract.text import clean, norm_title

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
    without a CMS's own tags ("_no-apple-news", "ece_frontpage": cms_tags.py),
    entities decoded ("Privacy &amp; Technology"), without case-insensitive repeats, without the site's own
    name (its host too, "menway.interia.pl", and the name with an article or "blog": "Die Sprechwaisen
    blog" on sprechwaisen.com) or the headline (keyword lists repeat both: "taz", "NZZ", "MDR" on their
    own sites; the title as the first keyword on nzz.ch, assabah.com.tn, la-nacion.com.ar), at most
    MAX_TAGS."""
    out: list[str] = []
    items = [value] if isinstance(value, str) else list(value or [])
    # one string is a joined list; the items of a list are tags already ("Trump, Donald J" on nytimes.com)
    joined = len(items) == 1
    site_names = {*getattr(page, "_site_names", ()), norm_title(_host(getattr(page, "url", "")))}
    not_tags = {norm_title(page.headline()), *site_names}
    for item in items:
        item = html.unescape(item) if "&" in (item or "") else item or ""
        for tag in TAG_SEPARATORS.split(item) if joined else [item]:
            tag = subject_tag(clean(tag)) or ""
            key = norm_title(tag)
            if (
                key
                and key not in not_tags
                and name_core(tag) not in site_names
                and tag.lower() not in (t.lower() for t in out)
            ):
                out.append(tag)
    return out[:MAX_TAGS]


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


def standfirst_processor(value: Any, page: Page) -> str | None:
    """Not the headline again (a dek field the CMS filled with the title: bike-magazin.de, gothamist.com),
    nor a byline or meta line that a standfirst selector met (tune half: "larepublica_pe...@glr.pe",
    "Motorsport-Magazin.com Redakteur", "Handball Schweiz • 02.02.2022", "1.11.23 20:19 von Lars Sobiraj
    Lesezeit: 4 Min.", "Benjamin-Immanuel Hoff | Community 1 Teilen:")."""
    if not isinstance(value, str) or not value:
        return None
    if norm_title(value) == norm_title(page.headline()) or _byline_like(value, page):
        return None
    return value


# A line this short that names the writer's role or the reading time, or the author beside a date or a
# separator, or is a date with a word or two, is the story's byline or meta line, not its standfirst
_BYLINE_LINE_MAX = 100
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.\w")
_BYLINE_WORDS = re.compile(
    r"\b(?:redakteur(?:in)?|editor|reporter|staff writer|correspondent|lesezeit|reading time|min\. read)\b",
    re.IGNORECASE,
)
_TIME_OR_SEPARATOR = re.compile(r"(?<!\d)[0-2]?\d:[0-5]\d(?!\d)|[|•·]|\b(?:von|by|par|por)\b", re.IGNORECASE)


def _byline_like(text: str, page: Page) -> bool:
    if _EMAIL.search(text):
        return True
    if len(text) > _BYLINE_LINE_MAX:
        return False
    if _BYLINE_WORDS.search(text):
        return True
    dated = date_in_text(text) is not None
    if dated and len(text.split()) <= 6:
        return True
    if not dated and not _TIME_OR_SEPARATOR.search(text):
        return False
    # (read last: the authors are not cached on the page, and few standfirsts get here)
    return any(n in text for n in page.field("authors") if len(n) > 3)


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
    if not value or not isinstance(value, str):  # (malformed JSON-LD gives objects where URLs belong)
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
