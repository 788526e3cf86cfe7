"""The interface every crawl state backend implements (SQLite `CrawlState`, Redis `RedisCrawlState`).

The spiders, the dedup and archive pipelines and the archive reconciliation code against this, so a
crawl decides the same way whether its state is a local SQLite file or shared in Redis.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Protocol, runtime_checkable

from newsarchive.items import Article
from newsarchive.state.records import ArticleState


@runtime_checkable
class StateStore(Protocol):
    site: str
    path: object  #: where the state lives (a file, a Redis key), for log lines
    #: Glob of the archive files this process may repair (a torn last line), when other processes append
    #: to other files of the same folder; None: every file is this process's.
    own_files: str | None

    # Backends are built by `newsarchive.crawlstate.open_state` from the class NEWSARCHIVE_STATE_BACKEND
    # names: `Backend.from_settings(settings, site, *, archive_dir) -> StateStore`.

    # --- lookups ----------------------------------------------------------------------------------
    def get(self, url: str) -> ArticleState | None:
        """`lookup(url)`."""
        ...

    def get_article(self, article: Article) -> ArticleState | None:
        """`lookup(article.url, article.canonical_url)`."""
        ...

    def lookup(self, *urls: str | None) -> ArticleState | None:
        """The merged view (newsarchive.state.records.merge_states) of every record stored under one of
        `urls` or naming one of them as its canonical URL."""
        ...

    def get_exact(self, url: str) -> ArticleState | None:
        """The record stored under `url`'s own key, nothing merged."""
        ...

    def lookup_many(self, urls: list[list[str]]) -> list[ArticleState | None]: ...

    def versions(self, url: str) -> list[tuple[int, str | None, str]]:
        """(version, content_hash, archived_at) of every archived version of the article at `url`."""
        ...

    def __len__(self) -> int: ...

    # --- updates (semantics: newsarchive.state.updates) -------------------------------------------
    def record_archived(self, article: Article, *, archived_at: str | None = None) -> None: ...

    def record_dropped(self, article: Article, reason: str) -> None: ...

    def touch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        changed_hint: str | None = None,
    ) -> None: ...

    def batch(self) -> AbstractContextManager[None]: ...

    # --- bookkeeping ------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None: ...

    def set_meta(self, key: str, value: str) -> None: ...

    @property
    def archive_synced_at(self) -> float:
        """Epoch seconds up to which every line of the archive this process reads is recorded here."""
        ...

    def mark_archive_synced(self, when: float | None = None) -> None: ...

    def close(self, *, synced: bool = False) -> None: ...
