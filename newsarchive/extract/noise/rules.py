"""Markup noise rules as data: which elements' text is never article text, specific to generic.

Each MarkupRule names tags, whole class tokens, class token prefixes, ids and attributes. Class names are
matched as whole tokens or token prefixes (BEM: "share-buttons__link"), never as substrings of a token:
`[class*='read-more']` matched "entry-content-read-more", the wrapper of a whole article body. The code
that compiles these (matcher.py) and applies them to a tree (apply.py) lives beside this module; the
text-level rules are newsarchive.cleaning.rules.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class MarkupRule:
    """Elements matching any of the fields are noise.

    `needles`: strings one of which the page's class/id/role/data-module values must contain for the
    class/id/attribute parts of the rule to match anything (Document.attribute_text); empty: no such
    gate. Tags are always tested.
    """

    name: str
    tags: tuple[str, ...] = ()
    tokens: tuple[str, ...] = ()  #: whole class tokens
    prefixes: tuple[str, ...] = ()  #: class token prefixes
    substrings: tuple[str, ...] = ()  #: class substrings: vendor widget names ("OUTBRAIN", "taboola")
    ids: tuple[str, ...] = ()
    id_prefixes: tuple[str, ...] = ()
    id_suffixes: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    #: (attribute, value): value None means "present"
    attributes: tuple[tuple[str, str | None], ...] = ()
    needles: tuple[str, ...] = ()


NOISE_RULES: tuple[MarkupRule, ...] = (
    # Icon sprites and inline icons: their <title>/<desc> ("Icon Twitter", "Created with Sketch.") leak
    # into text dumps.
    MarkupRule(name="svg", tags=("svg",)),
    MarkupRule(name="script", tags=("script", "style", "noscript", "template", "iframe", "object", "embed")),
    # Hidden until JavaScript fills them: paywall meters and offer modals with {{handlebars}}.
    # (style display:none is tested in Matcher: it needs the value squashed)
    MarkupRule(name="hidden", attributes=(("hidden", None), ("aria-hidden", "true"))),
    MarkupRule(
        name="paywall-meter",
        tokens=("paywall-meter", "meter"),
        prefixes=("meter__",),
        id_suffixes=("-meter", "_meter"),
        needles=("meter",),
    ),
    MarkupRule(
        name="modal",
        tokens=("modal",),
        prefixes=("offer-modal", "expired-modal"),
        roles=("dialog",),
        attributes=(("aria-modal", "true"),),
        needles=("modal", "dialog"),
    ),
    MarkupRule(
        name="regwall",
        prefixes=("regwall", "registration-wall", "subscribe-prompt"),
        needles=("regwall", "registration-wall", "subscribe-prompt"),
    ),
    MarkupRule(
        name="sponsored-module",
        tokens=("sponsored-content",),  # on <aside> only (see Matcher)
        prefixes=("sponsored-links",),
        attributes=(("data-module", "sponsored-content"),),
        needles=("sponsored-content", "sponsored-links"),
    ),
    MarkupRule(
        name="share",
        tokens=("share", "sharing"),
        prefixes=("share-buttons", "article__share", "social-share"),
        needles=("share", "sharing"),
    ),
    MarkupRule(
        name="print-mail",
        prefixes=("print-button", "email-button", "mail-button"),
        needles=("print-button", "mail-button"),
    ),
    MarkupRule(
        name="app-promo",
        prefixes=("app-promo", "app-banner", "newsletter-signup"),
        needles=("app-promo", "app-banner", "newsletter-signup"),
    ),
    # A reader-revenue appeal set in or after the story ("Will you support our work?", "Yes, I'll give
    # $5/month", a donation form): the publisher's, never the article's text. Vox Media's
    # "contribution-module", the Guardian's "contributions__epic", a nonprofit newsroom's "donation-cta"
    # (gothamist.com, tune half); hand-built probes in tests/test_extract_unseen_shapes5.py.
    MarkupRule(
        name="appeal",
        tokens=("donate", "donation", "support-us"),
        prefixes=("donation-", "donate-", "donate__", "contribution-", "contributions-", "contributions__"),
        substrings=("-contribution-module", "-donation-CTA", "-donation-cta"),
        needles=("donat", "contribution", "support-us"),
    ),
    # An obituary's guest book: the mourners' messages and their signatures, readers' posts like comments
    # (hand-built probe in the shape of Legacy's obituary pages, tests/test_extract_unseen_shapes5.py)
    MarkupRule(
        name="guestbook",
        tokens=("guestbook", "guest-book"),
        prefixes=("guestbook-", "guestbook__", "guest-book-"),
        ids=("guestbook", "guest-book"),
        needles=("guestbook", "guest-book"),
    ),
    # A video player's box set between the story's paragraphs, with its own title or caption: The Sun's
    # "video-player" ("Watch: the moment ..."), Penske Media's "jwplayer-popular" ("Popular on Variety"):
    # probe pages, hand-built (tests/test_extract_unseen_shapes16.py). The player and its label, not the
    # story's text (a video page's description and transcript sit in elements of their own)
    MarkupRule(
        name="video-player",
        tokens=("video-player", "jwplayer", "jw-player"),
        prefixes=("video-player__", "jwplayer-", "jw-player-"),
        needles=("video-player", "jwplayer", "jw-player"),
    ),
    MarkupRule(
        name="related",
        prefixes=("related-articles", "related-stories", "recommended", "more-stories", "read-more"),
        substrings=("outbrain", "OUTBRAIN", "taboola"),
        needles=("related-", "recommended", "more-stories", "read-more", "outbrain", "OUTBRAIN", "taboola"),
    ),
    MarkupRule(
        name="ads",
        tokens=("ad", "ads", "advert", "advertisement"),
        prefixes=("advert-", "dfp-"),
        id_prefixes=("google_ads", "div-gpt-ad"),
        needles=("ad", "dfp-", "google_ads"),
    ),
    MarkupRule(
        name="comments",
        tokens=("comments",),
        prefixes=("comment-list",),
        ids=("comments",),
        needles=("comment",),
    ),
    MarkupRule(name="forms", tags=("form", "button", "input", "select", "textarea")),
    # (<header> under <body> or .site-header is tested in Matcher)
    MarkupRule(
        name="chrome",
        tags=("nav", "footer"),
        roles=("navigation", "banner", "contentinfo", "complementary"),
    ),
    MarkupRule(
        name="visually-hidden",
        tokens=("visually-hidden", "sr-only", "screen-reader-text"),
        needles=("visually-hidden", "sr-only", "screen-reader-text"),
    ),
)
# Rules whose text is never visible article text, whatever the body extractor thought of it.
INVISIBLE = frozenset(
    {
        "paywall-meter",
        "modal",
        "regwall",
        "sponsored-module",
        "app-promo",
        "appeal",
        "guestbook",
        "video-player",
    }
)
RULES_BY_NAME = {rule.name: rule for rule in NOISE_RULES}
RULE_NAMES = tuple(rule.name for rule in NOISE_RULES)  # every rule, in order (active_rules(None))
# Elements that cannot hold a page's article, so the "most of the text" guard is not checked on them.
LEAVES = frozenset(
    {
        "svg",
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "object",
        "embed",
        "button",
        "input",
        "select",
        "textarea",
    }
)
# A match holding more than this share of the page's text is the page, not noise.
MAX_TEXT_SHARE = 0.5
