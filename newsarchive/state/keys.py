"""Identity of a page in the crawl state: the normalised URL (`url_key`) and the article key."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from newsarchive.items import Article

# Query parameters that only track the visitor; dropping them makes the same article one key.
_TRACKING_PARAMS = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref_src|ncid|cmpid|"
    r"ocid|sr_share|share|smid|__twitter_impression)$",
    re.IGNORECASE,
)


def url_key(url: str) -> str:
    """Normalised identity of a URL: lower-case scheme/host, default port and fragment dropped, tracking
    parameters removed, query sorted. Path case is kept (servers treat it as significant)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_PARAMS.match(k)
    )
    path = parts.path or "/"
    return urlunsplit((scheme, host, path, urlencode(query), ""))


def article_key(article: Article) -> str:
    """Identity of an article across URLs: its canonical URL when it has one, else its URL."""
    return url_key(article.canonical_url or article.url)
