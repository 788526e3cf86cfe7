"""`access` and `truncated` from what the publisher declares, recorded as Evidence.

One function for extraction and the paywall pipeline, so a record judged offline and one judged in a
crawl agree. Strongest declaration first:

1. content-tier metadata: `metered` (free up to a monthly limit: the page served its full text) or
   `locked`;
2. schema.org `isAccessibleForFree`, both ways;
3. parts of the article declared not free (schema.org hasPart), or paywall markup around the article
   body (a wrapper, a prompt in the block holding the story);
4. nothing declared and a full-length body: `free`; else `unknown`.

A meter or offer widget elsewhere in the page template ("widget:*" markers) is not a declaration: every
page of such a site carries one, free or not.

`truncated` is true only when the body is what a paywall let through: extraction's teaser verdict
(the publisher's JSON-LD articleBody is much longer, or a short body under a declared paywall whose
non-free parts are not in the HTML). A page whose full text is in the HTML (a client-side paywall, a
metered page) is never truncated.
"""

from __future__ import annotations

from newsarchive.items import Evidence

#: a body at least this long (newsarchive.textsize words) is a full article, unless declared otherwise
FULL_BODY_WORDS = 150
#: a paywalled page whose body is under this many words is taken to be the free teaser only
TEASER_MAX_WORDS = 250

_LOCKED_TIERS = ("meta:content_tier=locked",)


def declared_tier(evidence: Evidence) -> str | None:
    for marker in evidence.paywall_markers:
        if marker.startswith("meta:content_tier="):
            return marker.split("=", 1)[1]
    return None


def around_body(evidence: Evidence) -> bool:
    """Paywall markup around the body, or a declared non-free part (hasPart selector) in the page."""
    return any(m.startswith("markup:") for m in evidence.paywall_markers)


def judge_access(evidence: Evidence, words: int, *, full_body_words: int = FULL_BODY_WORDS) -> str:
    tier = declared_tier(evidence)
    if tier == "metered":
        return "metered"
    if tier == "locked":
        return "paywalled"
    if evidence.is_accessible_for_free is False:
        return "paywalled"
    if evidence.is_accessible_for_free is True:
        return "free"
    if evidence.paywall_selectors or around_body(evidence):
        return "paywalled"
    if words >= full_body_words:
        return "free"
    return "unknown"


def judge_truncated(evidence: Evidence, access: str) -> bool:
    return access in ("paywalled", "metered") and evidence.teaser


def judge_teaser(evidence: Evidence, words: int, *, declared_words: int, full_text_in_page: bool) -> bool:
    """Extraction's teaser verdict (Evidence.teaser): the publisher's own articleBody (`declared_words`
    long) is much longer than the body, or a short body under a declared paywall (not a meter: a metered
    page serves its full text) whose non-free part is not in the HTML (`full_text_in_page`)."""
    longer_elsewhere = declared_words > 1.5 * words and declared_words - words > 50
    declared = judge_access(evidence, words)  # (the teaser verdict plays no part in it)
    short_behind_wall = declared == "paywalled" and words < TEASER_MAX_WORDS and not full_text_in_page
    # A prompt in place of the rest ("Subscribe to continue reading") says the page holds the teaser only,
    # however long: a Japanese teaser of 300 characters counts 300 words.
    prompted = "markup:prompt" in evidence.paywall_markers and not full_text_in_page
    return longer_elsewhere or short_behind_wall or prompted
