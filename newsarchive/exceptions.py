"""Drop reasons. One DropItem subclass per reason, so Scrapy's own stats count them
(`item_dropped_reasons_count/<ClassName>`) and the offline `extract` command reports the same names."""

from __future__ import annotations

from scrapy.exceptions import DropItem


class NewsarchiveDrop(DropItem):
    """Base of every newsarchive drop reason."""


class Sponsored(NewsarchiveDrop):
    """An advertorial / paid post (not a normal article carrying a sponsored module)."""


class Paywalled(NewsarchiveDrop):
    """A paywalled stub, dropped only when NEWSARCHIVE_PAYWALL_DROP is on."""


class MissingField(NewsarchiveDrop):
    """url, headline or body missing."""


class BodyTooShort(NewsarchiveDrop):
    """Body under NEWSARCHIVE_VALIDATE_MIN_BODY_WORDS."""


class NotAnArticle(NewsarchiveDrop):
    """The page was classified as something other than an article (listing, tag page, video...)."""


class Duplicate(NewsarchiveDrop):
    """Already archived with the same content (across runs, or twice in one run)."""


class NotArchived(NewsarchiveDrop):
    """The archive line could not be written (disk full, folder gone...): counted as a write error, and
    never recorded in the crawl state, so the next run fetches the article again. Logged at ERROR: data
    was lost, unlike the other drops (judgments, logged at DEBUG)."""

    def __init__(self, message: str, log_level: str | None = "ERROR") -> None:
        super().__init__(message, log_level=log_level)


class ArgumentError(ValueError):
    """A spider or command argument is invalid; the message names the argument."""
