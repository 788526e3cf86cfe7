"""A paywall that shows itself only in the page's text: a prompt in place of the rest of the story ("Subscribe
to continue reading", "Cet article est réservé aux abonnés", "この記事は会員限定です") or a Piano (Tinypass)
offer container set after the teaser, with nothing declared in the page's metadata.

Both count only inside the article's own block (the <article> or <main> around its headline), visible, and
after its text: after a paragraph of it, with no paragraph of it following. A prompt says the rest of this
story is for subscribers; an offer to subscribe in general ("Subscribe now: unlimited access") on a free
story does not, and neither does a meter ("3 free articles left") nor a "Continue reading" button over a
full text. A Piano container holds whatever its template puts there (a meter, a newsletter box, an offer),
so it counts only over a body too short to be the whole story (judged once the body is known).
Probe pages in the shape of papers of eight languages, hand-built (tests/test_judging_unseen_shapes.py).
"""

from __future__ import annotations

import re

from lxml import etree

from newsarchive import paywall_prompts
from newsarchive.extract.content.literals import GatedPattern
from newsarchive.extract.evidence.matcher import BODY_KEY_LENGTH, article_scope, is_hidden
from newsarchive.extract.text import element_text
from newsarchive.paywall_prompts import Wording

# Words that count as a prompt only here, in the lines after the story's text (a box's heading or its
# button, where the noise stage would drop a story's own short line about them: "유료 회원 수가 100만 명을
# 넘었다", "付费阅读成为新趋势"): the Korean "paid member", the Chinese "paid reading" and "members only"
# (probe pages of Korean and Chinese papers, hand-built).
TAIL_WORDINGS: tuple[Wording, ...] = (
    Wording(r"유료\s?회원", ("유료",)),
    Wording(
        r"付费阅读|订阅后阅读|会员专享|付費閱讀|會員專(?:享|屬)|会员专属",
        ("付费", "订阅", "会员专", "付費", "會員專"),
    ),
)
_WORDINGS = (*paywall_prompts.ENGLISH, *paywall_prompts.OTHER, *TAIL_WORDINGS)
# That the rest of *this* story needs a subscription or an account (newsarchive/paywall_prompts.py: each
# alternative names the reading that is cut short, the story, or the subscribers it is for; a general offer
# names neither).
PROMPT = re.compile(
    f"{paywall_prompts.NOT_QUOTED}{paywall_prompts.NOT_REPORTED}(?:{paywall_prompts.alternation(_WORDINGS)})",
    re.I,
)
# "To read the rest" alone also heads a related-reading box: a prompt only where the same line asks for a
# subscription or an account.
READ_ON = re.compile(paywall_prompts.alternation(paywall_prompts.READ_ON), re.I)
# (Spanish writes the call with its accent: "Regístrate gratis para seguir leyendo", a probe page)
# (Not the words that also name a season ticket, a signature or a club's members: the Italian "abbonamento",
# the Portuguese "assina" (signs), the Spanish "socios" in the title of a further story a "Per leggere tutto",
# "Para continuar lendo", "Para seguir leyendo" box links to: probe pages, hand-built,
# tests/test_judging_unseen_shapes11.py. The calls read "abbonati", "assine", "hazte socio".)
ACCOUNT = re.compile(
    r"subscri|suscri|abonn|abbonat|abbonart|abbonand|assine\b|assinante|assinatura|reg[ií]str|log ?in"
    r"|sign ?in|iniciar? sesi[oó]n|accedi|connectez|anmeld|einlogg|inlogg|log in|member|mitglied|miembro"
    r"|membro|hazte|account|cuenta|compte|konto",
    re.I,
)


# PROMPT one wording at a time, each asked first for the words it needs (content/literals.py GatedPattern):
# PROMPT matches where one of these does (an alternation matches at a position where one of its
# alternatives does), and its ~40 IGNORECASE alternatives tried at each position of a box's text cost
# ~1 ms a box where the few wordings whose words the text holds cost a tenth of that
_PROMPT_WORDINGS = tuple(
    GatedPattern(
        re.compile(f"{paywall_prompts.NOT_QUOTED}{paywall_prompts.NOT_REPORTED}(?:{w.pattern})", re.I)
    )
    for w in _WORDINGS
)


def is_prompt(line: str) -> bool:
    """`line` says the rest of this story is for subscribers or account holders (PROMPT.search(line), or
    READ_ON and ACCOUNT)."""
    return any(wording.search(line) for wording in _PROMPT_WORDINGS) or bool(
        READ_ON.search(line) and ACCOUNT.search(line)
    )


#: strings one of which the lower-cased text holds whenever PROMPT or READ_ON can match: one of them in the
#: article's text sends it through PROMPT, a match there through the element walk (most stories hold none)
PROMPT_NEEDLES = tuple(
    needle.encode() for needle in paywall_prompts.needles((*_WORDINGS, *paywall_prompts.READ_ON))
)
#: a prompt is a line or two, not a paragraph of the story that quotes one
PROMPT_MAX_LENGTH = 300
#: characters after the story's last paragraph within which a prompt is looked for
PROMPT_REACH = 2000
# Class or id words of Piano's (Tinypass's) containers, and the words of a subscription offer inside one.
PIANO_NEEDLES = ("tp-container", "piano", "tinypass")
OFFER = re.compile(r"subscri|abonn|suscri|abbona|assin|購読|会員登録|구독|订阅", re.I)
# The lines of an offer that name no subscription: "Try unlimited access. Only $1 for 4 weeks." under the FT's
# "Subscribe to unlock this article" (a probe page, hand-built) is no paragraph of the story, though as long.
OFFER_LINE = re.compile(
    r"\bunlimited (?:digital )?access\b|\bfree trial\b|\baccès illimité\b|\bacceso ilimitado\b"
    r"|\baccesso illimitato\b|\bunbegrenzte[nr]? zugang\b",
    re.I,
)

_PIANO = etree.XPath(
    "descendant::*/@class[contains(., 'tp-container') or contains(., 'piano') or contains(., 'tinypass')]/.."
    " | descendant::*/@id[contains(., 'tp-container') or contains(., 'piano') or contains(., 'tinypass')]/.."
)
# (a prompt in these belongs to another page or to the reader's menus)
_NOT_PROMPT = frozenset({"nav", "menu", "ul", "ol", "li", "footer"})


def prompt_markers(headline_el: etree._Element | None, attributes: str | None = None) -> list[str]:
    """ "markup:prompt" for a paywall's prompt after the article's text, "widget:piano" for a Piano offer
    container there (counted only over a short body: piano_counts). `attributes` (the page's class and id
    values, Document.attribute_text, when built) spares the container search on pages that name none."""
    scope = article_scope(headline_el) if headline_el is not None else None
    if scope is None:
        return []
    tail = _tail(scope)
    if not tail:
        return []
    markers: list[str] = []
    # A prompt stands right after the teaser: the boxes within PROMPT_REACH characters of it are read, not
    # the related stories and comments further down.
    texts: list[str] = []
    reach = 0
    for el in tail:
        if reach >= PROMPT_REACH:
            break
        texts.append(etree.tostring(el, method="text", encoding="unicode", with_tail=False))
        reach += len(texts[-1])
    tail = tail[: len(texts)]
    # (the needles first: PROMPT's many alternatives cost ~1 ms on a tail of related stories and comments)
    if any(_holds_prompt(el, text) for el, text in zip(tail, texts, strict=True)):
        for el in _worded(tail):
            line = element_text(el)
            if (
                len(line) <= PROMPT_MAX_LENGTH
                and is_prompt(line)
                and not any(a.tag in _NOT_PROMPT for a in (el, *el.iterancestors()))
                and not is_hidden(el)
                and _after_text(el, scope)
            ):
                markers.append("markup:prompt")
                break
    if attributes is None or any(needle in attributes for needle in PIANO_NEEDLES):
        for el in _PIANO(scope):
            if OFFER.search(element_text(el)) and not is_hidden(el) and _after_text(el, scope):
                markers.append("widget:piano")
                break
    return markers


def _tail(scope: etree._Element) -> list[etree._Element]:
    """The subtrees of `scope` after its last paragraph of running text (one that holds no prompt word:
    a prompt's box may hold a long line of its offer, or of the account it asks for: Zephr's "Create a free
    account for unlimited access to our journalism" under "Register to continue reading"), in document
    order: where a prompt in place of the rest can be. Most stories end with the text or a few boxes, so
    this is a small part of the page."""
    anchor: etree._Element | None = None
    for p in reversed(list(scope.iter("p"))):
        text = element_text(p)
        if (
            len(text) >= BODY_KEY_LENGTH
            and not _has_needle(text)
            and not OFFER.search(text)
            and not ACCOUNT.search(text)
            and not OFFER_LINE.search(text)
        ):
            anchor = p
            break
    if anchor is None:
        return []
    out: list[etree._Element] = []
    node = anchor
    while node is not None and node is not scope:
        out.extend(el for el in node.itersiblings() if isinstance(el.tag, str))
        node = node.getparent()
    # (following siblings of the anchor first, then of each ancestor: document order is that of the
    # ancestors' levels; sort by position for the walk)
    order = {el: i for i, el in enumerate(scope.iter())}
    return sorted(out, key=lambda el: order.get(el, 0))


_TEXTS = etree.XPath("descendant::text()")


def _holds_prompt(el: etree._Element, text: str) -> bool:
    """`text` (the text of `el`, its elements' texts run together as libxml2 joins them) holds a prompt,
    read as it is or with a space between the elements' texts: a minified template glues a prompt's last
    word to its button's ("Contenuto riservato agli abbonatiAbbonati"), and PROMPT ends on a word boundary."""
    if not _has_needle(text):
        return False
    return is_prompt(text) or (len(el) > 0 and is_prompt(" ".join(_TEXTS(el))))


def _has_needle(text: str) -> bool:
    lowered = text.lower().encode("utf-8")
    return any(needle in lowered for needle in PROMPT_NEEDLES)


def piano_counts(markers: list[str], words: int, full_body_words: int) -> list[str]:
    """`markers` with a Piano offer after a body too short to be the whole story counted as paywall
    markup ("markup:piano"); over a full-length body it stays a widget of the template."""
    if "widget:piano" in markers and words < full_body_words:
        return ["markup:piano" if m == "widget:piano" else m for m in markers]
    return markers


def _worded(tail: list[etree._Element]) -> list[etree._Element]:
    """The elements of these subtrees whose text PROMPT matches, innermost first (a subtree without a
    match is skipped whole)."""
    out: list[etree._Element] = []
    for top in tail:
        walker = etree.iterwalk(top, events=("start",))
        for _event, el in walker:
            if not isinstance(el.tag, str):
                continue
            text = etree.tostring(el, method="text", encoding="unicode", with_tail=False)
            if not _holds_prompt(el, text):
                walker.skip_subtree()
                continue
            out.append(el)
    # the innermost first: the prompt's own line, not the box around it with its buttons
    return sorted(out, key=lambda el: -sum(1 for _ in el.iterancestors()))


def _after_text(el: etree._Element, scope: etree._Element) -> bool:
    """`el` follows a paragraph of the story, and no paragraph of the story follows it. The prompt's own box
    (its ancestors that hold no paragraph of the story before it) holds the offer's lines after it ("Get
    unlimited access", "Already a subscriber?"): they are not the story's."""
    box = el
    while (parent := box.getparent()) is not None and parent is not scope and not _text_before(parent, el):
        box = parent
    inside = {box, *box.iterdescendants()}
    before = seen = False
    for node in scope.iter():
        if node is box:
            seen = True
        if node in inside or not _story_paragraph(node):
            continue
        if seen:
            return False
        before = True
    return before


def _story_paragraph(node: etree._Element) -> bool:
    return node.tag == "p" and len(element_text(node)) >= BODY_KEY_LENGTH and not is_hidden(node)


def _text_before(parent: etree._Element, el: etree._Element) -> bool:
    """`parent` holds a paragraph of the story before `el`."""
    for node in parent.iter():
        if node is el:
            return False
        if _story_paragraph(node) and not any(a is node for a in el.iterancestors()):
            return True
    return False
