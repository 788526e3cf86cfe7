"""The article record: what one line of the archive holds.

Plain dataclasses, so extraction code (which must not import Scrapy) can build them and
Scrapy's item machinery (itemadapter) can carry them through the pipelines.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

from newsarchive.textsize import text_words

ACCESS_VALUES = ("free", "metered", "paywalled", "unknown")
#: Evidence fields left out of a record while empty (the record of a page without that trouble is unchanged)
OPTIONAL_EVIDENCE = ("encoding_repaired", "consent_wall")
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
    #: what declares a paywall: "schema:isAccessibleForFree=false", "meta:content_tier=metered|locked",
    #: "markup:<kind or hasPart selector>" (paywall markup around the article body) and, not counted,
    #: "widget:<kind>" (a meter or offer widget of the page template, elsewhere on the page)
    paywall_markers: list[str] = field(default_factory=list)
    sponsored_markers: list[str] = field(default_factory=list)  #: advertorial labels, URL paths, types
    body_source: str | None = None  #: where body came from: "profile", "jsonld", "trafilatura", ...
    teaser: bool = False  #: extraction believes the body is only a teaser of a longer article
    #: how the page's text had to be repaired to be read ("charset": the declared charset was wrong,
    #: "mojibake": UTF-8 read as Windows-1252 was undone, "invalid_bytes": bytes no charset reads became
    #: U+FFFD); left out of the record when empty
    encoding_repaired: list[str] = field(default_factory=list)
    #: the page is a cookie-consent wall served instead of the page asked for (its text a consent notice,
    #: page_type not "article"): a crawl counts it and asks again next run; left out of the record when false
    consent_wall: bool = False


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
    #: what the publisher declares: "free", "metered" (free up to a monthly limit), "paywalled", "unknown"
    access: str = "unknown"
    truncated: bool = False  #: body is only what a paywall lets through (never true for a full text)
    sponsored: bool = False  #: advertorial (kept only when sponsored drop is off)
    page_type: str = "article"  #: page classification (see PAGE_TYPES)
    word_count: int = 0  #: words in body; Chinese/Japanese characters count one each (newsarchive.textsize)
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
            # (text_words is len(split()) on ASCII text; other scripts may write no spaces)
            words += len(parts) if paragraph.isascii() else text_words(paragraph)
            if not unicodedata.is_normalized("NFC", paragraph):
                parts = unicodedata.normalize("NFC", paragraph).split()
            if parts:
                normalised.append(" ".join(parts))  # normalise_text(paragraph)
        self.word_count = words
        self.content_hash = _hash_of(normalised)

    def to_dict(self) -> dict[str, Any]:
        return without_empty_optional(asdict(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        data = dict(data)
        data["images"] = [Image(**i) for i in data.get("images") or []]
        data["evidence"] = Evidence(**(data.get("evidence") or {}))
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in known})


def without_empty_optional(record: dict[str, Any]) -> dict[str, Any]:
    """`record` (an Article as a dict) without the OPTIONAL_EVIDENCE fields that are empty."""
    evidence = record.get("evidence")
    if isinstance(evidence, dict):
        for name in OPTIONAL_EVIDENCE:
            if name in evidence and not evidence[name]:
                del evidence[name]
    return record


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
