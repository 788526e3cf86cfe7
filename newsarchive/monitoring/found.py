"""Articles a run found, counted once each however many links led to them. Pure code.

A front, its pagination, the feed and the sitemap often link one article several times, under its URL, a
variant of it (`/x` and `/x/`) or its canonical URL. Scrapy's stats count events (each skip decision,
each duplicate drop); the run report counts articles: every identity key (a normalised URL or canonical
URL) joins the article it names, and each article is counted once, under the best thing that happened to
it this run (archived > unchanged > not modified > skipped as fresh).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

#: A Scrapy signal (signals are plain objects), sent by spiders for an article they found but did not
#: archive: `keys` (normalised URLs of the article) and `how` (one of KINDS but "archived").
article_found = object()

ARCHIVED = "archived"
UNCHANGED = "unchanged"
NOT_MODIFIED = "not_modified"
FRESH = "fresh"
KINDS: tuple[str, ...] = (ARCHIVED, UNCHANGED, NOT_MODIFIED, FRESH)  #: best first


@dataclass(kw_only=True)
class FoundArticles:
    """Union of identity keys into articles; each article carries the best kind recorded for it."""

    _parent: dict[str, str] = field(default_factory=dict)
    _kind: dict[str, str] = field(default_factory=dict)  #: root key -> best kind

    def _root(self, key: str) -> str:
        parent = self._parent.setdefault(key, key)
        while parent != key:
            grand = self._parent[parent]
            self._parent[key] = grand
            key, parent = parent, grand
        return key

    def add(self, kind: str, keys: Iterable[str | None]) -> None:
        present = [k for k in dict.fromkeys(keys) if k]
        if not present:
            return
        roots = {self._root(k) for k in present}
        best = min((self._kind.get(r, kind) for r in roots), key=KINDS.index, default=kind)
        best = min(best, kind, key=KINDS.index)
        first, *rest = roots
        for other in rest:
            self._parent[other] = first
            self._kind.pop(other, None)
        self._kind[first] = best

    def counts(self) -> dict[str, int]:
        tally = Counter(self._kind.values())
        return {kind: tally.get(kind, 0) for kind in KINDS}

    def __len__(self) -> int:
        return len(self._kind)
