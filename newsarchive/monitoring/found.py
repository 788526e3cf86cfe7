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

    # Keys are kept as their hashes, and only a key merged into another has a parent: one small int and
    # one table entry per article (~0.08 kB) instead of a URL string in two tables (~0.2 kB), over every
    # article of a long crawl. Two keys of a crawl's million URLs share a 64-bit hash with odds of ~3e-8
    # (two articles then count as one); within this process only.
    _parent: dict[int, int] = field(default_factory=dict)  #: merged key -> a key of the same article
    _kind: dict[int, str] = field(default_factory=dict)  #: root key -> best kind

    def _root(self, key: int) -> int:
        root = key
        while (parent := self._parent.get(root)) is not None:
            root = parent
        while key != root:  # path compression
            parent = self._parent[key]
            self._parent[key] = root
            key = parent
        return root

    def add(self, kind: str, keys: Iterable[str | None]) -> None:
        present = [hash(k) for k in dict.fromkeys(keys) if k]
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
