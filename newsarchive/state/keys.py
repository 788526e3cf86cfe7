"""Identity in the crawl state: the normalised URL (`url_key`), the article key, and safe site names
(`site_filename`, used by the archive, reports and WARC paths too)."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from newsarchive.items import Article

SITE_NAME = re.compile(r"^[a-z0-9_][a-z0-9_.-]*$")
_UNSAFE = re.compile(r"[^a-z0-9_.-]")
_LEADING_DOTS = re.compile(r"^\.+")
# Query parameters that only track the visitor; dropping them makes the same article one key. Only names no
# CMS selects content with: an ambiguous name (`ref`, `source`, `cid`) stays unless its value says placement
# (`_PLACEMENT_REF`).
_TRACKING_NAMES = (
    r"utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref_src|ncid|cmpid|ocid|sr_share",
    r"share|smid|__twitter_impression",
    # click ids of ad and social platforms (Google gbraid/wbraid/srsltid, X, TikTok, LinkedIn, Pinterest)
    r"gbraid|wbraid|srsltid|twclid|ttclid|li_fat_id|epik",
    # e-mail and marketing tools: HubSpot, Marketo, Vero, Olytics, Outbrain
    r"_hsenc|_hsmi|mkt_tok|vero_id|oly_enc_id|oly_anon_id|dicbo",
    # analytics campaign markers news sites put in feed and share links: AT Internet / XiTi (`xtor=RSS-3208`,
    # BBC's `at_medium=RSS&at_campaign=...`), Webtrekk (`wt_mc=rss.ressort`), Webtrends (`WT.mc_id`),
    # comScore (`ns_mchannel=social&ns_source=twitter`), Adobe (`s_cid`), Matomo/Piwik
    r"xtor|at_(?:medium|campaign|platform|creation|variant|format|send_date|type|detail_placement|emailtype"
    r"|recipient_id|recipient_list|custom\d+|ptr_name|bbc_team|link_\w+)",
    r"wt_mc|wt_zmc|wt\.mc_id|wt\.mc_ev|ns_(?:mchannel|source|campaign|linkname|fee)|s_cid|s_kwcid",
    r"pk_(?:campaign|kwd|source|medium|content)|mtm_\w+|piwik_(?:campaign|kwd)",
    # publishers' own: the Guardian (`CMP=share_btn_tw`), Daily Mail (`ito=1490`), Condé Nast
    # (`mbid=social_twitter`), internal-promotion twins of utm (`int_source=hp`), Yahoo/AOL's consent
    # redirect (`guccounter=1&guce_referrer=...`) and social ids
    r"cmp|ito|mbid|int_(?:source|medium|campaign|content)|guccounter|guce_referrer|guce_referrer_sig",
    r"soc_src|soc_trk",
)
_TRACKING_PARAMS = re.compile(rf"^(?:{'|'.join(_TRACKING_NAMES)})$", re.IGNORECASE)
#: `ref` is tracking when it names where the link was placed (`?ref=homepage`, `?ref=rss`, `?ref=nav-top`);
#: a `ref` of any other value (`?ref=20250304-0042`, an archive's record number) may select the page
_PLACEMENT_REF = re.compile(
    r"^(?:home|homepage|hp|front|frontpage|rss|feed|nav|menu|topnav|sidebar|footer|header|related|recommended"
    r"|trending|mostread|most-read|mostpopular|most-popular|popular|newsletter|email|social|twitter|facebook"
    r"|linkedin|whatsapp|share|search|push|app|widget|promo|carousel|breaking)(?:[-_.][\w.-]*)?$",
    re.IGNORECASE,
)


def _tracking(name: str, value: str) -> bool:
    if _TRACKING_PARAMS.match(name):
        return True
    return name.lower() == "ref" and _PLACEMENT_REF.match(value) is not None


def without_tracking(url: str) -> str:
    """`url` without its tracking query parameters (utm_*, fbclid...), the rest of it untouched."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not _tracking(k, v)]
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
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _tracking(k, v))
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
