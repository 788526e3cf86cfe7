"""The article record: what one line of the archive holds.

Plain dataclasses, so extraction code (which must not import Scrapy) can build them and
Scrapy's item machinery (itemadapter) can carry them through the pipelines.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

ACCESS_VALUES = ("free", "paywalled", "unknown")
PAGE_TYPES = ("article", "listing", "tag", "author", "video", "gallery", "search", "static", "unknown")


@dataclass(kw_only=True)
class Image:
    """One image of the article."""

    url: str  #: absolute URL of the image
    caption: str | None = None  #: caption shown with it
    credit: str | None = None  #: photographer / agency credit


@dataclass(kw_only=True)
class Evidence:
    """What extraction saw on the page, so pipelines can judge without the response."""

    schema_types: list[str] = field(default_factory=list)  #: schema.org @types of the page's main entity
    og_type: str | None = None  #: og:type
    is_accessible_for_free: bool | None = None  #: schema.org isAccessibleForFree, when declared
    paywall_selectors: list[str] = field(default_factory=list)  #: hasPart cssSelectors of non-free parts
    paywall_markers: list[str] = field(default_factory=list)  #: paywall/meter/regwall markup found
    sponsored_markers: list[str] = field(default_factory=list)  #: advertorial labels, URL paths, types
    body_source: str | None = None  #: where body came from: "profile", "jsonld", "trafilatura", ...
    teaser: bool = False  #: extraction believes the body is only a teaser of a longer article


@dataclass(kw_only=True)
class Article:
    """One archived article (one JSON line). Field names are a stable interface."""

    url: str  #: final URL of the page (after redirects)
    canonical_url: str | None = None  #: <link rel=canonical> / og:url, absolute
    site: str  #: profile name, or the registrable host for generic pages
    section: str | None = None  #: site section ("Politics")
    headline: str | None = None
    standfirst: str | None = None  #: sub-headline / dek
    authors: list[str] = field(default_factory=list)
    published_at: str | None = None  #: ISO 8601 with UTC offset
    modified_at: str | None = None  #: ISO 8601 with UTC offset
    dateline: str | None = None  #: place line of the first paragraph ("TOKYO")
    body: list[str] = field(default_factory=list)  #: clean paragraphs, in order
    images: list[Image] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    language: str | None = None  #: BCP 47 ("en")
    credit: str | None = None  #: trailing source line ("(Nikkei)"), kept out of body
    access: str = "unknown"  #: "free" | "paywalled" | "unknown"
    sponsored: bool = False  #: advertorial (kept only when sponsored drop is off)
    page_type: str = "article"  #: page classification (see PAGE_TYPES)
    word_count: int = 0  #: words in body
    fetched_at: str | None = None  #: when the page was fetched, ISO 8601 UTC
    extractor: str = "generic"  #: profile name, or "generic"
    content_hash: str | None = None  #: sha256 of the normalised body
    version: int = 1  #: 1 for the first archived copy, +1 per changed re-archive
    previous_hash: str | None = None  #: content_hash of the previous version
    evidence: Evidence = field(default_factory=Evidence)

    def refresh_derived(self) -> None:
        """Recompute fields that follow from body (call after body changes)."""
        # word_count and body_hash(body) in one pass: a paragraph already in NFC (nearly all) is split
        # into words once for both.
        words = 0
        normalised: list[str] = []
        for paragraph in self.body:
            parts = paragraph.split()
            words += len(parts)
            if not unicodedata.is_normalized("NFC", paragraph):
                parts = unicodedata.normalize("NFC", paragraph).split()
            if parts:
                normalised.append(" ".join(parts))  # normalise_text(paragraph)
        self.word_count = words
        self.content_hash = _hash_of(normalised)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        data = dict(data)
        data["images"] = [Image(**i) for i in data.get("images") or []]
        data["evidence"] = Evidence(**(data.get("evidence") or {}))
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in known})


def normalise_text(text: str) -> str:
    # str.split() splits on exactly the characters \s matches (both use Py_UNICODE_ISSPACE): the
    # same as collapsing runs with a regex and stripping, ~3x faster.
    return " ".join(unicodedata.normalize("NFC", text).split())


def body_hash(body: list[str]) -> str | None:
    """Hash of the body that ignores whitespace and Unicode-normalisation differences."""
    return _hash_of([p for p in map(normalise_text, body) if p])


def _hash_of(paragraphs: list[str]) -> str | None:
    """body_hash of a body whose non-empty normalised paragraphs are `paragraphs`."""
    if not paragraphs:
        return None
    return "sha256:" + hashlib.sha256("\n".join(paragraphs).encode("utf-8")).hexdigest()
