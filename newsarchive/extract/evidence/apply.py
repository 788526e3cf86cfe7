"""The paywall and sponsored markers of a page, from the element tests of matcher.py and the rules.

Markers are strings "<kind>:<what>" so pipelines and reports can count them:
  paywall   "schema:isAccessibleForFree=false", "meta:content_tier=metered|locked", "markup:.paywall" (a
            hasPart selector found in the page), "markup:regwall|paywall|subscriber-only" (paywall markup
            around the article body), "widget:<kind>" (a meter or offer widget of the page template
            elsewhere: recorded, never counted)
  sponsored "schema:AdvertiserContentArticle", "label:Sponsored", "label:Paid post", "label:Partner content",
            "label:Advertorial", "url:/sponsored-content", "markup:sponsored", "body:disclosure",
            "section:<declared section>", "headline:label" (the headline's own prefix: "Sponsored: ...")
Hidden markup does not count: every asia.nikkei.com page carries a hidden meter and offer modals, free or not.
Sponsored labels count only next to the headline or in the byline, so a "Sponsored Content" module elsewhere
on a normal article is not evidence.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from lxml import etree

from newsarchive.extract.evidence.matcher import (
    BODY_KEY_LENGTH,
    PARAGRAPHS,
    PAYWALL_KIND,
    TEXT_LENGTH,
    HiddenCache,
    article_scope,
    bylines,
    has_card,
    holds_label_word,
    in_card_or_module,
    is_byline,
    is_hidden,
    link_among_many,
    nearest_article,
    paywall_candidates_of,
    with_label_word,
)
from newsarchive.extract.evidence.rules import (
    AD_SLOT_CLASS,
    ADVERTORIAL_PAGE_CLASS,
    BEAT_KICKER,
    CREDIT_LABELS,
    DISCLOSURE_MAX_LENGTH,
    HEADLINE_LABEL,
    KICKER_BOXES,
    KICKER_CLASS,
    KICKER_LABELS,
    LOCKED_TIERS,
    MAX_LABEL_LENGTH,
    PAYWALL_MARKUP,
    PR_KICKER,
    PRESENTER_CREDIT,
    SECTION_BEAT_KICKER,
    SPONSOR_BOX,
    SPONSORED_CLASS,
    SPONSORED_DISCLOSURES,
    SPONSORED_LABELS,
    SPONSORED_SECTION,
    SPONSORED_URL,
    TEMPLATE_ONLY_MARKUP,
    WEAK,
    WEAK_SPONSORED_URL,
    counted,
)
from newsarchive.extract.jsonld import JsonLd, types_of
from newsarchive.extract.metadata import Meta
from newsarchive.extract.selectors import ClassIndex, class_id, select
from newsarchive.extract.text import element_text


def paywall_markers(
    tree: etree._Element,
    jsonld: JsonLd,
    meta: Meta,
    selectors: list[str],
    free: bool | None,
    *,
    attributes: str | None = None,
    html: str | None = None,
    elements: dict[str, list[etree._Element]] | None = None,
) -> list[str]:
    """Paywall evidence. `attributes` (Document.attribute_text when already built, else None: the
    pass then reads the class and id values itself) and `html` (the source) narrow the markup pass
    to the needles the page holds, and skip it on the many pages whose attributes name no paywall
    widget at all. `elements`, when given, receives the visible elements of each PAYWALL_MARKUP
    marker (for place_paywall_markup, once the body is known)."""
    markers: list[str] = []
    if free is False:
        markers.append("schema:isAccessibleForFree=false")
    for selector in selectors:
        try:
            if any(not is_hidden(el) for el in select(tree, selector)):
                markers.append(f"markup:{selector}")
        except ValueError:
            continue
    found: set[str] = set()
    hidden = HiddenCache()
    for el in paywall_candidates_of(tree, attributes, html):
        # (a candidate inside a hidden widget is answered from its ancestor's verdict)
        if hidden(el):
            continue
        if elements is not None:
            template: bool | None = None
            for marker, test in PAYWALL_KIND:
                if test(el):
                    found.add(marker)
                    placed = elements.setdefault(marker, [])
                    # (read here, before the body step drops the site's chrome from the tree; only for an
                    # element that names a paywall: a candidate's subtree may be the whole page)
                    if template is None:
                        template = bool(_SITE_CHROME(el))
                    if not template:
                        placed.append(el)
            continue
        found.update(marker for marker, test in PAYWALL_KIND if marker not in found and test(el))
        if len(found) == len(PAYWALL_KIND):
            break
    markers.extend(marker for marker, _ in PAYWALL_MARKUP if marker in found and marker not in markers)
    tier = (meta.first("article:content_tier") or "").strip().lower()
    if tier in ("locked", "metered"):
        markers.append(f"meta:content_tier={tier}")
    elif tier in LOCKED_TIERS:
        markers.append("meta:content_tier=locked")
    return markers


def place_paywall_markup(
    markers: list[str],
    elements: dict[str, list[etree._Element]],
    tree: etree._Element,
    body: list[str],
    *,
    full_body: bool = False,
) -> list[str]:
    """`markers` with each PAYWALL_MARKUP marker kept as "markup:<kind>" only when one of its elements
    is around the article body (wraps it, or sits in the block that holds it), else renamed
    "widget:<kind>": a meter or subscription offer of the page template says nothing about this
    article. Declarations (schema, meta, hasPart selectors) are kept as they are.

    An empty element (no text: the outlet a vendor's script fills on the pages it locks, Zephr's
    "zephr-paywall-outlet", Leaky Paywall's "leaky_paywall_message") is on every page of such a site, so
    beside a `full_body` (NEWSARCHIVE_PAYWALL_FULL_BODY_WORDS or more) it is a widget too, as a Piano
    container is (prompts.piano_counts); beside a short body it still counts, an outlet over a teaser whose
    box the script draws. (Probe pages of free stories on such sites, hand-built:
    tests/test_judging_unseen_shapes9.py.)"""
    container = _body_container(tree, body)
    out: list[str] = []
    for marker in markers:
        found = elements.get(marker)
        if found is None:
            out.append(marker)
            continue
        around = container is not None and marker not in TEMPLATE_ONLY_MARKUP
        if full_body:
            found = [el for el in found if _holds_text(el)]
        if around and any(_around(el, container) for el in found):
            out.append(marker)
        else:
            out.append("widget:" + marker.split(":", 1)[1])
    return out


def _holds_text(el: etree._Element) -> bool:
    return any(t.strip() for t in el.itertext())


def _body_container(tree: etree._Element, body: list[str]) -> etree._Element | None:
    """The innermost element holding every <p> of the page that is a body paragraph."""
    wanted = {" ".join(p.split())[:80] for p in body if len(p) > BODY_KEY_LENGTH}
    if not wanted:
        return None
    found = [
        p
        for p in PARAGRAPHS(tree)
        if len(text := p.text_content()) > BODY_KEY_LENGTH and " ".join(text.split())[:80] in wanted
    ]
    if not found:
        return None
    common = [found[0], *found[0].iterancestors()]
    for p in found[1:]:
        mine = {p, *p.iterancestors()}
        common = [a for a in common if a in mine]
    return common[0] if common else None


def _around(el: etree._Element, container: etree._Element) -> bool:
    """`el` wraps the body container (below <body>), or is inside the block that holds it (the
    container's parent, unless that is the page itself, where every part of the template sits)."""
    if el.tag in ("html", "body"):
        return False
    if container.tag == "p":  # a one-paragraph teaser: its wrapper is the body container
        container = container.getparent() if container.getparent() is not None else container
    block = container.getparent()
    if block is None or block.tag in ("html", "body"):
        block = container
    if el is block or any(a is block for a in el.iterancestors()):
        return True
    return any(a is el for a in container.iterancestors())


# A wrapper that also holds the site's menu or footer (outside any <article>) is the page template's, on
# every page of the site: "<div id=page class='site-wrapper paywall-enabled'>" around masthead, story and
# footer names the paywall the site runs, not one around this story (a probe page, hand-built:
# tests/test_judging_unseen_shapes9.py); a paywall's wrapper around the story holds the story.
_SITE_CHROME = etree.XPath(
    "boolean(descendant::nav[not(ancestor::article)] | descendant::footer[not(ancestor::article)])"
)


def disclosure_markers(body: list[str], headline_el: etree._Element | None = None) -> list[str]:
    """Sponsored markers of a disclosure line at the start or end of the body, or in a paragraph of the
    article's own element that the body left out (a disclaimer set apart after the text: "This content
    was paid for by ...")."""
    edge = [p for p in (*body[:2], *body[-2:]) if len(p) <= DISCLOSURE_MAX_LENGTH]
    own = nearest_article(headline_el) if headline_el is not None else None
    if own is not None:
        in_body = set(body)
        for el in own.iter("p"):
            text = element_text(el)
            if (
                text
                and len(text) <= DISCLOSURE_MAX_LENGTH
                and any(word in text.lower() for word in _DISCLOSURE_WORDS)
                and text not in in_body
                and nearest_article(el) is own
                and not any(a.tag in _NOT_DISCLOSURE for a in el.iterancestors())
            ):
                edge.append(text)
    found = (marker for marker, rx in SPONSORED_DISCLOSURES if any(rx.search(p.strip()) for p in edge))
    return list(dict.fromkeys(found))


# words one of which every SPONSORED_DISCLOSURES pattern holds (a cheap test before the element checks)
_DISCLOSURE_WORDS = (
    "sponsor", "paid", "brought to you", "advert", "patrocin", "financ", "finanz", "bezahlt", "payé",
)  # fmt: skip
# paragraphs in these belong to other pages or to the reader (a rail, a menu, a list, a comment form)
_NOT_DISCLOSURE = frozenset({"aside", "nav", "menu", "ul", "ol", "li", "form"})


def sponsored_markers(
    tree: etree._Element,
    url: str,
    jsonld: JsonLd,
    headline_el: etree._Element | None,
    headline: str | None,
    *,
    class_index: ClassIndex | None = None,
    section: str | None = None,
) -> list[str]:
    """Sponsored evidence. `class_index`: the page's ClassIndex of its article container, if it
    has one (the byline lookup then reads it instead of the tree). `section`: the section the page
    declares for the article."""
    markers: list[str] = []
    if (
        section
        and len(section) <= MAX_LABEL_LENGTH
        and (
            SPONSORED_SECTION.match(section.strip())
            or any(pattern.search(section) for _, pattern in SPONSORED_LABELS)
        )
    ):
        markers.append("section:" + section.strip())
    if headline and HEADLINE_LABEL.search(headline.strip()):
        markers.append("headline:label")
    # The type of the page's own article entity: a related story the page lists in its JSON-LD (a
    # sponsored one among them) says nothing about this one.
    if jsonld.main is not None and "AdvertiserContentArticle" in types_of(jsonld.main):
        markers.append("schema:AdvertiserContentArticle")
    for el, text in article_labels(headline_el, headline, class_index):
        for marker, pattern in SPONSORED_LABELS:
            if pattern.search(text) and marker not in markers:
                if PRESENTER_CREDIT.match(text) and _in_author_byline(el):
                    continue
                # (a sponsor's credit is recorded, and judges the page only beside another marker)
                if marker in CREDIT_LABELS:
                    marker = WEAK + marker
                    if marker in markers:
                        continue
                markers.append(marker)
        for marker, pattern in KICKER_LABELS:
            if pattern.search(text) and marker not in markers and _is_kicker(el, headline_el):
                if BEAT_KICKER.match(text) and _links_to_own_section(el, url):
                    continue
                if SECTION_BEAT_KICKER.match(text) and _links_to_own_section(el, url, anywhere=True):
                    continue
                # (an unmarked box around the label is an ad slot's leftover as often: rules.KICKER_BOXES)
                if headline_el is not None and _bare_box(el, headline_el):
                    marker = WEAK + marker
                    if marker in markers or WEAK + marker in markers:
                        continue
                markers.append(marker)
        if WEAK + "label:Anzeige" in markers and "label:Anzeige" in markers:
            markers.remove(WEAK + "label:Anzeige")
    if headline_el is not None and "label:PR" not in markers and _pr_badge(headline_el, url):
        markers.append("label:PR")
    if headline_el is not None and _sponsor_link_in_byline(headline_el):
        markers.append("markup:rel-sponsored")
    weak: list[str] = []
    for segment in urlsplit(url).path.split("/"):
        if segment and SPONSORED_URL.match(segment):
            marker = f"url:/{segment.lower()}"
            if marker not in markers:
                markers.append(marker)
        elif segment and WEAK_SPONSORED_URL.match(segment):
            weak.append(f"url:/{segment.lower()}")
    own = nearest_article(headline_el) if headline_el is not None else None
    for el in (next(tree.iterdescendants("body"), None), own):
        if el is not None and SPONSORED_CLASS.search(el.get("class") or ""):
            markers.append("markup:sponsored")
            break
    # (the article's own markup naming it an advertorial confirms a bare "Anzeige" box: rules.KICKER_BOXES)
    bare = WEAK + "label:Anzeige"
    if bare in markers and headline_el is not None and _advertorial_markup(headline_el):
        markers[markers.index(bare)] = "label:Anzeige"
    # (a "/partner/" folder counts only beside other evidence: rules.WEAK_SPONSORED_URL)
    if weak and not counted(markers) and headline_el is not None and _sponsor_box(headline_el):
        markers.append("markup:sponsor-box")
    if weak and counted(markers):
        markers.extend(m for m in dict.fromkeys(weak) if m not in markers)
    return markers


def _bare_box(el: etree._Element, headline_el: etree._Element) -> bool:
    """The kicker label `el` (_is_kicker) is set in an unmarked box of its own above the headline: the
    element just before the headline (or before the wrapper it opens) is a block (rules.KICKER_BOXES) that
    holds the label in a child, not as its own text, and no element from the label up to it has a class
    naming a kicker (rules.KICKER_CLASS). A label in the headline or a line of its own is no box."""
    if any(a is headline_el for a in el.iterancestors()):
        return False
    chain = [el]
    for anc in el.iterancestors():
        if any(a is anc for a in headline_el.iterancestors()):
            break  # (the container the label and the headline share)
        chain.append(anc)
    box = chain[-1]
    if box.tag not in KICKER_BOXES or (box.text or "").strip():
        return False
    if box is el and not any(isinstance(child.tag, str) and (child.text or "").strip() for child in el):
        return False
    return not any(KICKER_CLASS.search(class_id(node)) for node in chain)


def _advertorial_markup(headline_el: etree._Element) -> bool:
    """The article's own element (or the <body>) has a class naming it an advertorial
    (rules.ADVERTORIAL_PAGE_CLASS: "artikel--anzeige", "is-advertorial")."""
    return any(ADVERTORIAL_PAGE_CLASS.search(anc.get("class") or "") for anc in headline_el.iterancestors())


def header_region(headline_el: etree._Element) -> etree._Element:
    """The article's header around the headline: its parent, grown up to two levels while it stays small
    (1500 characters) and holds no teaser card."""
    region = headline_el
    for _ in range(2):
        parent = region.getparent()
        if parent is None or TEXT_LENGTH(parent) > 1500 or has_card(parent, headline_el):
            break
        region = parent
    return region


_HOLDS_IMAGE = etree.XPath("boolean(descendant-or-self::img | descendant-or-self::svg)")


def _sponsor_box(headline_el: etree._Element) -> bool:
    """An element of the article's header whose class or id names a sponsor or an advertiser
    (rules.SPONSOR_BOX: the sponsor's logo box over a paid piece) and that shows something (the sponsor's
    name or logo: an empty ad slot named for a sponsor's logo shows nothing), visible, of the article's own
    block and in no card or module."""
    region = header_region(headline_el)
    own = nearest_article(headline_el)
    for el in region.iter():
        if (
            isinstance(el.tag, str)
            and el is not headline_el
            and SPONSOR_BOX.search(class_id(el))
            and (_holds_text(el) or _HOLDS_IMAGE(el))
            and not is_hidden(el)
            and nearest_article(el) is own
            and not in_card_or_module(el, region, headline_el)
        ):
            return True
    return False


def article_labels(
    headline_el: etree._Element | None, headline: str | None, class_index: ClassIndex | None = None
) -> list[tuple[etree._Element, str]]:
    """Sponsored labels of the article itself: short standalone elements of its header (around the
    headline) and of its byline, with their text.

    The header is the headline's parent, grown up to two levels while it stays small and holds no
    teaser card. Elements inside teaser cards, menus, lists of links, asides and footers are not labels
    of this page, and neither is one category link among several (a "Sponsored" section in a menu).
    """
    if headline_el is None:
        return []
    # Most pages carry no label word near the headline or in the story: a text test or two spare the
    # element walks below.
    widest = headline_el
    for _ in range(2):
        widest = widest.getparent() if widest.getparent() is not None else widest
    scope = article_scope(headline_el)
    near = holds_label_word(widest)
    # (the story scope is often that same element)
    in_story = near if scope is widest else scope is not None and holds_label_word(scope)
    if not near and not in_story:
        return []
    own = nearest_article(headline_el)
    candidates: list[tuple[etree._Element, etree._Element]] = []
    region: etree._Element | None = None
    worded: list[etree._Element] = []
    if near:
        region = header_region(headline_el)
        # the header region is often much smaller than the text tested above: test it again
        if region is widest or holds_label_word(region):
            worded = with_label_word(region)
            # (a short story's header region is the whole story: a label after its text has begun is a
            # promo box of the body, "Presented by <sponsor>" over a sign-up link, not the article's own)
            text_from = _first_text_after(headline_el, region)
            candidates.extend(
                (el, region) for el in worded if text_from is None or not _follows(el, text_from, region)
            )
    if in_story and scope is not None:
        if region is scope and worded:
            # The same region (a short story): its elements with a label word are known already, and
            # every byline with one is among them (an element's text holds its descendants' texts).
            found_bylines = [el for el in worded if el is not scope and is_byline(el)]
        else:
            found_bylines = [el for el in bylines(scope, class_index) if holds_label_word(el)]
        candidates.extend((el, scope) for el in found_bylines)
    out: list[tuple[etree._Element, str]] = []
    seen: set[etree._Element] = set()
    for el, top in candidates:
        if el is headline_el or el in seen:
            continue
        seen.add(el)
        text = element_text(el)
        if not text or len(text) > MAX_LABEL_LENGTH or text == headline:
            continue
        if not any(pattern.search(text) for _, pattern in (*SPONSORED_LABELS, *KICKER_LABELS)):
            continue  # the structural checks below cost more than this one
        if is_hidden(el) or nearest_article(el) is not own:
            continue
        if in_card_or_module(el, top, headline_el) or link_among_many(el) or _in_signup_box(el, top):
            continue
        if _in_box_beside(el, top, headline_el) or _labels_a_teaser(el, top, headline_el):
            continue
        out.append((el, text))
    return out


def _labels_a_teaser(el: etree._Element, top: etree._Element, headline_el: etree._Element) -> bool:
    """`el` labels a teaser of another page: the smallest box around it below `top` (not holding the
    headline) that holds a link holds one outside `el` whose text reads as a title (TEASER_TITLE_WORDS words
    or more): a promotion strip over the headline, "Sponsored" beside "Ten ways smart meters cut the bill"
    (a probe page, hand-built: tests/test_judging_unseen_shapes9.py). A sponsor's name beside its label
    ("Paid for by <a>Harbor Tech</a>") is a name, a few words."""
    for anc in el.iterancestors():
        if anc is top or anc is headline_el or any(a is anc for a in headline_el.iterancestors()):
            return False
        links = [a for a in anc.iter("a") if not any(x is el for x in (a, *a.iterancestors()))]
        if links:
            return any(len(element_text(a).split()) >= TEASER_TITLE_WORDS for a in links)
    return False


# A link's text this many words long is a title (of a story, an offer), not a sponsor's name.
TEASER_TITLE_WORDS = 5


def _first_text_after(headline_el: etree._Element, region: etree._Element) -> etree._Element | None:
    """The first paragraph of running text (STORY_TEXT_LENGTH characters or more) after the headline in
    `region`, or else the second of BODY_KEY_LENGTH or more (a story of short paragraphs: a Polish portal's
    "Sponsorowane" rail after three paragraphs of 100 characters is no label of the article; a standfirst
    is one such paragraph, not two), or None."""
    after = False
    shorter = 0
    for el in region.iter():
        if el is headline_el:
            after = True
        elif after and el.tag == "p":
            length = len(element_text(el))
            if length >= STORY_TEXT_LENGTH:
                return el
            if length >= BODY_KEY_LENGTH:
                shorter += 1
                if shorter == 2:
                    return el
    return None


def _follows(el: etree._Element, mark: etree._Element, region: etree._Element) -> bool:
    """`el` comes after `mark` in document order (and is not inside it)."""
    for node in region.iter():
        if node is el:
            return False
        if node is mark:
            return not any(a is mark for a in el.iterancestors())
    return False


# A paragraph this long is the story's text, not a kicker, label or byline of its header.
STORY_TEXT_LENGTH = 120


def _is_kicker(el: etree._Element, headline_el: etree._Element | None) -> bool:
    """`el` is the headline's kicker: inside the headline, or the element just before it (or before the
    wrapper the headline opens), and no part of an ad slot."""
    if headline_el is None:
        return False
    if any(a is headline_el for a in el.iterancestors()):
        return True
    anchor = headline_el
    for _ in range(3):
        before = anchor.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()
        if before is not None:
            if before is not el and not any(a is before for a in el.iterancestors()):
                return False
            if element_text(before) != element_text(el) or _AD_PARTS(before):
                return False  # a box that holds more than the label: an ad slot, a teaser
            chain = [el, *el.iterancestors()]
            return not any(AD_SLOT_CLASS.search(class_id(a)) for a in chain[: chain.index(before) + 1])
        anchor = anchor.getparent()
        if anchor is None:
            return False
    return False


def _in_author_byline(el: etree._Element) -> bool:
    """`el` is (or is in) an author's byline: a class naming the byline or the author, or rel=author, and
    no sponsor's box (rules.PRESENTER_CREDIT)."""
    for anc in (el, *el.iterancestors()):
        cls = (anc.get("class") or "").lower()
        if "sponsor" in cls:
            return False
        if "byline" in cls or "author" in cls or anc.get("rel") == "author":
            return True
        if anc.tag in ("header", "article", "main", "body"):
            return False
    return False


def _links_to_own_section(el: etree._Element, url: str, *, anywhere: bool = False) -> bool:
    """`el` is (or holds only) a link to a folder the article's own address lies in: "/werbung/" over
    ".../werbung/fruehjahrskampagne-212345" (rules.BEAT_KICKER); `anywhere`: to any other page of the same
    site below its home page, a section wherever the article lies (rules.SECTION_BEAT_KICKER)."""
    links = (
        [el] if el.tag == "a" else [a for a in el.iterdescendants("a") if element_text(a) == element_text(el)]
    )
    if len(links) != 1:
        return False
    target = urlsplit(urljoin(url, (links[0].get("href") or "").strip()))
    own = urlsplit(url)
    folder = target.path if target.path.endswith("/") else target.path + "/"
    return (
        target.netloc == own.netloc
        and folder.strip("/") != ""
        and (anywhere or own.path.startswith(folder))
        and own.path.rstrip("/") != folder.rstrip("/")
    )


# what an ad slot holds besides its label: a frame, a script, Google's <ins>, an element an ad's class names;
# the empty placeholder the ad server's script fills, a block (a <div>, a custom element) found by its id or
# sized by its style (an icon beside a kicker's label is an empty <span>, <i> or <svg> with a class); an
# attribute of the ad server naming the slot or the ad unit (data-ad-unit, data-slot-name) on the box or in
# it.
# (A German paper's "Anzeige" slot right above the headline holds its label and nothing else to read: probe
# pages, hand-built, tests/test_judging_unseen_shapes10.py.)
_AD_PARTS = etree.XPath(
    "boolean(descendant::iframe | descendant::script | descendant::ins | descendant::*[@id or @class]"
    "[re:test(concat(@id, ' ', @class),"
    " '(^|[\\s_-])(ad|ads|adslot|adunit|dfp|gpt|google_ads)($|[\\s_\\d-])', 'i')]"
    " | descendant::*[self::div or self::section or self::aside or contains(name(), '-')]"
    "[@id or contains(@style, 'height')][not(normalize-space())][not(descendant::img | descendant::svg"
    " | descendant::picture)]"
    " | descendant-or-self::*/@*"
    "[re:test(name(), '^data-(.*[-_])?(ad|ads|adunit|adslot|slot)([-_]|$)', 'i')])",
    namespaces={"re": "http://exslt.org/regular-expressions"},
)


def _in_signup_box(el: etree._Element, top: etree._Element) -> bool:
    """`el` is in a box below `top` that holds a form or an input, or whose class or id names a newsletter:
    a newsletter's sign-up box, whose "Presented by <sponsor>" or "Sponsored by <sponsor>" is the
    newsletter's sponsor, not the article's (probe pages, hand-built: one box with a form, one with a
    "Sign up" link only)."""
    for anc in (el, *el.iterancestors()):
        if anc is top:
            return False
        if _FORM(anc) or "newsletter" in class_id(anc).lower():
            return True
    return False


_FORM = etree.XPath("boolean(descendant-or-self::form | descendant::input)")
_PLAYER = etree.XPath("boolean(descendant-or-self::audio | descendant-or-self::video)")
# A player's box: its "Presented by <sponsor>" is the show's sponsor (a podcast player at the top of a story,
# a probe page, hand-built). A standfirst (dek, summary) holds the story's sentence, never its label:
# "Sponsored by Harbor Tech until 2028" over a story about a club's shirt deal (a probe page, hand-built).
_BOX_BESIDE = re.compile(
    r"podcast|player|standfirst|(?:^|[\s_-])(?:dek|summary|subtitle|subheadline|sapo)(?:$|[\s_-])", re.I
)


def _in_box_beside(el: etree._Element, top: etree._Element, headline_el: etree._Element) -> bool:
    """`el` is in a box of the header beside the headline (below `top`, not holding the headline: a wrapper
    of the whole header may be named anything) that is a player's (an <audio> or <video>, a class naming a
    podcast or player) or the standfirst."""
    for anc in (el, *el.iterancestors()):
        if anc is top or anc is headline_el or any(a is anc for a in headline_el.iterancestors()):
            return False
        if _BOX_BESIDE.search(class_id(anc)) or _PLAYER(anc):
            return True
    return False


def _pr_badge(headline_el: etree._Element, url: str) -> bool:
    """The Japanese "PR" badge (PR_KICKER) is the headline's kicker: a leaf inside the headline, or the
    element just before it (or before the wrapper the headline opens), visible and no part of an ad slot.
    Not one link to a folder the article's own address lies in: a PR trade paper's section, public
    relations as a beat ("<a href=/pr/>PR</a>" over /pr/2025/03/04/<slug>; a probe page, hand-built:
    tests/test_judging_unseen_shapes9.py), as the beat's "Werbung" (rules.BEAT_KICKER)."""
    for el in headline_el.iterdescendants():
        if len(el) == 0 and el.text and PR_KICKER.match(el.text.strip()):
            return not is_hidden(el) and not _links_to_own_section(el, url)
    anchor: etree._Element | None = headline_el
    for _ in range(3):
        if anchor is None:
            return False
        before = anchor.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()
        if before is not None:
            return (
                bool(PR_KICKER.match(element_text(before)))
                and not is_hidden(before)
                and _is_kicker(before, headline_el)
                and not _links_to_own_section(before, url)
            )
        anchor = anchor.getparent()
    return False


# Links marked rel="sponsored" (Google's attribute for paid links): in the article's byline, the advertiser
# signs the piece ("By Ana Cruz for <a rel=sponsored>Harbor Tech</a>"; a probe page, hand-built). In the
# text they are a review's shop links, which say nothing of who paid for the article.
_SPONSORED_LINKS = etree.XPath("descendant::a/@rel[contains(., 'sponsored')]/..")


def _sponsor_link_in_byline(headline_el: etree._Element) -> bool:
    """A link marked rel=sponsored in a byline of the article's own block."""
    scope = article_scope(headline_el)
    if scope is None:
        return False
    own = nearest_article(headline_el)
    for link in _SPONSORED_LINKS(scope):
        if "sponsored" not in (link.get("rel") or "").lower().split() or nearest_article(link) is not own:
            continue
        chain = [link, *link.iterancestors()]
        if any(is_byline(a) for a in chain[: chain.index(scope)]):
            return not is_hidden(link)
    return False
