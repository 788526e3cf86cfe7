"""JSON-LD: lenient parsing (broken-but-recoverable JSON) and finding the page's main entity."""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

logger = logging.getLogger(__name__)

ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "AskPublicNewsArticle",
        "SatiricalArticle",
        "ScholarlyArticle",
        "TechArticle",
        "Report",
        "BlogPosting",
        "LiveBlogPosting",
        "SocialMediaPosting",
        "AdvertiserContentArticle",
    }
)

#: Types that stand for the story when the page declares no article type: a fact-checker's ClaimReview, which
#: small fact-checking sites publish alone (the markup tool search engines offer writes only that), with the
#: check's date and author; beside an article node it is the check's summary, and the article stays the main
#: entity (a probe page in a fact-checker's shape, hand-built: tests/test_extract_page_types14.py)
STANDIN_TYPES = frozenset({"ClaimReview"})

_COMMENT = re.compile(r"<!--|-->|/\*.*?\*/|^\s*//[^\n]*$", re.DOTALL | re.MULTILINE)
_CDATA = re.compile(r"<!\[CDATA\[|\]\]>")
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


def loads_lenient(raw: str) -> list[Any]:
    """Every JSON value in a ld+json script, repairing what CMSs commonly break.

    Handled: HTML comments / CDATA wrappers, raw newlines and tabs inside strings (strict=False),
    trailing commas, several objects one after another.
    """
    text = _CDATA.sub("", raw).strip() if "CDATA" in raw or "]]>" in raw else raw.strip()
    # repairs only when the text as it is does not parse (each is a regex pass over the whole block)
    for candidate in _repairs(text, lambda t: _COMMENT.sub("", t)):
        candidate = candidate.strip().rstrip(";")
        for attempt in _repairs(candidate, lambda t: _TRAILING_COMMA.sub(r"\1", t)):
            values = _decode_all(attempt)
            if values:
                return values
    logger.debug("unrecoverable JSON-LD block (%d chars)", len(raw))
    return []


def _repairs(text: str, repair: Callable[[str], str]) -> Iterator[str]:
    yield text
    yield repair(text)


# One decoder for every block (it keeps no state between calls, like json's own default decoder):
# building one costs ~0.7 us.
_DECODER = json.JSONDecoder(strict=False)


def _decode_all(text: str) -> list[Any]:
    decoder = _DECODER
    values: list[Any] = []
    pos = 0
    while pos < len(text):
        while pos < len(text) and text[pos] in " \t\r\n,;":
            pos += 1
        if pos >= len(text):
            break
        try:
            value, pos = decoder.raw_decode(text, pos)
        except ValueError:
            return values if values else []
        values.append(value)
    return values


def blocks(tree: etree._Element) -> list[Any]:
    out: list[Any] = []
    for script in tree.iterdescendants("script"):
        kind = (script.get("type") or "").lower().split(";")[0].strip()
        if kind == "application/ld+json" and script.text:
            out.extend(loads_lenient(script.text))
    return out


def iter_nodes(value: Any) -> Iterator[dict[str, Any]]:
    """Top-level entities: arrays and @graph flattened, one level of mainEntity followed."""
    if isinstance(value, list):
        for item in value:
            yield from iter_nodes(item)
    elif isinstance(value, dict):
        graph = value.get("@graph")
        if isinstance(graph, list | dict):
            yield from iter_nodes(graph)
        if "@type" in value:
            yield value
            main = value.get("mainEntity")
            if isinstance(main, dict) and "@type" in main:
                yield main


def types_of(node: dict[str, Any]) -> list[str]:
    raw = node.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    # "http://schema.org/NewsArticle" and "schema:NewsArticle" both mean NewsArticle.
    return [str(v).rsplit("/", 1)[-1].rsplit(":", 1)[-1] for v in values if v]


class JsonLd:
    """The JSON-LD of one page."""

    def __init__(self, tree: etree._Element, url: str | None = None) -> None:
        self.url = url
        self.nodes: list[dict[str, Any]] = []
        try:
            for value in blocks(tree):
                self.nodes.extend(iter_nodes(value))
        except Exception:  # a bad block must not cost us the rest of the page
            logger.debug("JSON-LD walk failed", exc_info=True)
        self.main: dict[str, Any] | None = self._pick_main()

    def _pick_main(self) -> dict[str, Any] | None:
        articles = [n for n in self.nodes if ARTICLE_TYPES.intersection(types_of(n))]
        if articles:
            if len(articles) == 1:
                return articles[0]
            # Several article nodes (related stories): the one that names this page as its URL first
            # (another story's node may carry a body or headline as well), then the one carrying a body
            # or headline.
            own = _path_of(self.url)
            return max(
                articles,
                key=lambda n: (
                    own is not None and own in _node_paths(n),
                    bool(n.get("articleBody")),
                    bool(n.get("headline")),
                ),
            )
        return next((n for n in self.nodes if STANDIN_TYPES.intersection(types_of(n))), None)

    @property
    def all_types(self) -> list[str]:
        seen: list[str] = []
        for node in self.nodes:
            for t in types_of(node):
                if t not in seen:
                    seen.append(t)
        return seen

    @property
    def main_types(self) -> list[str]:
        return types_of(self.main) if self.main else []

    def get(self, key: str) -> Any:
        return self.main.get(key) if self.main else None

    def text(self, key: str) -> str | None:
        return as_text(self.get(key))


def as_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if v), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or value.get("text")
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    text = str(value)
    # Some CMSs put escaped HTML in JSON strings ("Abe&#039;s").
    if "&" in text:
        text = html.unescape(text)
    if "<" in text and ">" in text:
        text = re.sub(r"<[^>]+>", " ", text)
    return text


def names(value: Any) -> list[str]:
    """Names of authors given as strings, objects, or arrays of either."""
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        name = as_text(item)
        if name:
            out.append(name)
    return out


def as_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        v = value.strip().lower()
        if v in ("true", "yes", "1", "https://schema.org/true", "http://schema.org/true"):
            return True
        if v in ("false", "no", "0", "https://schema.org/false", "http://schema.org/false"):
            return False
    return None


def _path_of(url: Any) -> str | None:
    """The path of a URL, without a trailing slash (http and https, www or not, are one page)."""
    if not isinstance(url, str) or not url.strip():
        return None
    path = urlsplit(url.strip()).path.rstrip("/")
    return path or None


def _node_paths(node: dict[str, Any]) -> set[str]:
    """The paths of the URLs an entity names as its own (url, @id, mainEntityOfPage)."""
    values = [node.get("url"), node.get("@id"), node.get("mainEntityOfPage")]
    page = node.get("mainEntityOfPage")
    if isinstance(page, dict):
        values += [page.get("@id"), page.get("url")]
    return {path for path in map(_path_of, values) if path}
