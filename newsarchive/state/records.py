"""What the state knows about a URL (`ArticleState`), and the one view of an article stored under several
URLs that every backend's `lookup` returns (`merge_states`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields

from newsarchive.dates import parse_iso


@dataclass(kw_only=True)
class ArticleState:
    """What the state knows about one URL."""

    url: str
    canonical_url: str | None = None
    content_hash: str | None = None  #: hash of the last archived version (None: seen, never archived)
    version: int = 0  #: version of the last archived copy (0: never archived)
    etag: str | None = None
    last_modified: str | None = None
    published_at: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None
    archived_at: str | None = None
    modified_at: str | None = None  #: dateModified of the archived (or dropped) version, publisher's clock
    changed_hint: str | None = None  #: sitemap lastmod / feed date the page had when it was last fetched
    drop_reason: str | None = None  #: drop reason class name when the last fetch was dropped by a pipeline
    dropped_at: str | None = None

    @property
    def archived(self) -> bool:
        return self.content_hash is not None

    @property
    def settled(self) -> bool:
        """Fetched and dealt with: archived, or dropped for a reason that a refetch would give again."""
        return self.archived or self.drop_reason is not None


STATE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ArticleState))


def state_from_mapping(data: Mapping[str, object]) -> ArticleState:
    """An ArticleState from a stored record (extra keys such as canonical_key are ignored)."""
    values = {name: data[name] for name in STATE_FIELDS if data.get(name) is not None}
    if "version" in values:
        values["version"] = int(values["version"])  # type: ignore[call-overload]
    return ArticleState(**values)  # type: ignore[arg-type]


def merge_states(rows: Iterable[tuple[str, ArticleState]], first_key: str) -> ArticleState | None:
    """One view of the records found for an article under several keys: `(url_key, state)` pairs.

    Records stored under one of the looked-up keys or naming one of them as canonical all describe the same
    article (a mirror and the publisher's URL, an AMP page): the archived record with the highest version
    wins, and the newest look at any of them counts as the last look. Validators come from the record of
    `first_key` (the URL about to be requested) when it has any.
    """
    states = list(rows)
    if not states:
        return None
    archived = [s for _, s in states if s.archived]
    if archived:
        best = max(archived, key=lambda s: (s.version, s.archived_at or ""))
    else:
        dropped = [s for _, s in states if s.drop_reason]
        pool = dropped or [s for _, s in states]
        best = max(pool, key=lambda s: s.last_seen or "")
    merged = ArticleState(**{name: getattr(best, name) for name in STATE_FIELDS})
    merged.last_seen = max((s.last_seen for _, s in states if s.last_seen), default=None)
    hints = [s.changed_hint for _, s in states if s.changed_hint]
    merged.changed_hint = max(hints, key=_sortable_time, default=None)
    own = next((s for key, s in states if key == first_key), None)
    if own is not None and (own.etag or own.last_modified):
        merged.etag, merged.last_modified = own.etag, own.last_modified
    return merged


def _sortable_time(value: str) -> float:
    parsed = parse_iso(value)
    return parsed.timestamp() if parsed else 0.0
