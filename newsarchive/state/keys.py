"""Identity in the crawl state: the normalised URL (`url_key`), the article key, and safe site names
(`site_filename`, used by the archive, reports and WARC paths too)."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from newsarchive.items import Article

SITE_NAME = re.compile(r"^[a-z0-9_][a-z0-9_.-]*$")
_UNSAFE = re.compile(r"[^a-z0-9_.-]")
_LEADING_DOTS = re.compile(r"^\.+")
# Query parameters that only track the visitor; dropping them makes the same article one key.
_TRACKING_PARAMS = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref_src|ncid|cmpid|"
    r"ocid|sr_share|share|smid|__twitter_impression)$",
    re.IGNORECASE,
)


def without_tracking(url: str) -> str:
    """`url` without its tracking query parameters (utm_*, fbclid...), the rest of it untouched."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not _TRACKING_PARAMS.match(k)]
    if len(kept) == len(pairs):
        return url
    return urlunsplit(parts._replace(query=urlencode(kept)))


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


def validate_site(site: str) -> str:
    """Return `site` if it is a safe file name ([a-z0-9_.-], not starting with a dot); else ValueError."""
    if not isinstance(site, str) or not SITE_NAME.match(site):
        raise ValueError(f"invalid site name {site!r}: only [a-z0-9_.-] allowed, not starting with '.'")
    return site


def site_filename(site: str) -> str:
    """A safe file/directory name for `site`: lower-cased, characters outside [a-z0-9_.-] (a port's ":", a
    "/") and leading dots turned into "_", so no site name can point outside the archive or state dir."""
    if not isinstance(site, str) or not site.strip():
        raise ValueError(f"invalid site name {site!r}: empty")
    name = _UNSAFE.sub("_", site.strip().lower())
    name = _LEADING_DOTS.sub(lambda m: "_" * len(m.group()), name)
    return validate_site(name)
