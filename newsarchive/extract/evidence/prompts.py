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

from newsarchive.extract.evidence.matcher import BODY_KEY_LENGTH, article_scope, is_hidden
from newsarchive.extract.text import element_text

# What a paywall's prompt says in place of the rest, by language: that the rest of *this* story needs a
# subscription or an account. (Each alternative names the reading that is cut short, the story, or the
# subscribers it is for: a general offer names neither.)
PROMPT = re.compile(
    # (a prompt set in quotation marks is a story's sentence about one: "Readers now see a box that reads
    # “Subscribe to continue reading”", a probe page of a media story, hand-built)
    r"(?<![“\"«„‘「『])(?:"
    # English
    r"\bsubscribe (?:now )?to (?:continue|keep) reading\b"
    r"|\bto (?:continue|keep) reading(?: this (?:article|story))?,? (?:please )?"
    r"(?:subscribe|log ?in|sign ?in|register|create a free account|become a (?:subscriber|member))\b"
    # ("Commenting on this article is only available to subscribers" reserves the comments, not the story)
    r"|(?<!\bon )\b(?:this|the rest of this) (?:article|story|content|post) is (?:only )?"
    r"(?:available|reserved|exclusive)(?: only)? (?:to|for) (?:paying |paid |digital )?"
    r"(?:subscribers|members)\b(?! of\b)"
    # The audience the post is for, without "available": Ghost's "This post is for paying subscribers only",
    # Memberful's "This content is for members only", Medium's "The author made this story available to
    # <site> members only" ("members of the press" are no audience of a paywall)
    r"|(?<!\bon )\b(?:this|the rest of this) (?:article|story|content|post) (?:is )?(?:only )?"
    r"(?:for|available to) "
    r"(?:[\w-]+ )?(?:subscribers|members)\b(?! of\b)"
    # An account or a subscription asked for before the rest: a registration wall's "Register to continue
    # reading" (Zephr), BLOX/TownNews' "Please log in, or sign up ... and purchase a subscription to continue
    # reading", "Create a free account to keep reading"
    r"|\b(?:register|sign ?up|sign ?in|log ?in|account|subscription)(?: for free)? to (?:continue|keep) "
    r"reading\b"
    # An account or a subscription asked for to read this story: Pelcro's "Subscribe to read the full
    # article", Medium's "Create an account to read the full story", a BlueConic dialog's "Log in or create a
    # free account to read this story"; WSJ's "Continue reading your article with a WSJ subscription"
    # (probe pages, hand-built)
    r"|\b(?:subscribe|register|sign ?up|sign ?in|log ?in|account|subscription|membership)(?: for free)? "
    r"to read (?:the full|the rest of (?:this|the)|the whole|the entire|this) (?:article|story|post|piece)\b"
    r"|\bcontinue reading (?:your|this|the) (?:article|story) with an? (?:[\w.&'-]+ ){0,2}"
    r"(?:subscription|membership)\b"
    # A price for this story: LaterPay's "Buy this article for $0.49" (a probe page of its WordPress plugin)
    r"|\b(?:buy|purchase|unlock) (?:this|the full) (?:article|story|post)\b"
    # German (a registration wall asks for a free account the same way: "Jetzt kostenlos registrieren und
    # weiterlesen", a probe page)
    r"|\b(?:jetzt )?(?:kostenlos |gratis )?(?:abonnieren|registrieren|anmelden) und weiterlesen\b"
    r"|\bweiterlesen mit (?:\S+ ?)?(?:abo|plus|\S+\+)"
    # (members of a reader-funded site, Steady's "Dieser Beitrag ist exklusiv für Mitglieder"; "Artikel
    # freischalten", the unlock button of German paywalls: probe pages, hand-built)
    r"|\b(?:artikel|beitrag|inhalt) ist (?:nur|exklusiv) für "
    r"(?:abonnent(?:en|innen)|abonnierende|mitglieder)\b"
    r"|\b(?:diesen )?(?:artikel|beitrag) (?:jetzt )?freischalten\b"
    # French
    r"|\babonnez-vous pour (?:lire|continuer|poursuivre)\b"
    r"|\b(?:cet article|la suite|ce contenu) est réservée? aux abonnés\b"
    r"|\bil vous reste \d+(?:[.,]\d+)?\s?% de cet article\b"
    # (Poool's default offer, "Débloquez cet article", a probe page)
    r"|\bdébloque[zr] (?:cet article|la suite|ce contenu)\b"
    # Catalan ("Aquest contingut és exclusiu per a subscriptors", a probe page)
    r"|\b(?:contingut|article) (?:és )?exclusiu (?:per a|dels|pels) (?:subscriptors|abonats)\b"
    # Spanish, Portuguese, Italian
    r"|\bsuscr[ií]bete para (?:seguir|continuar) leyendo\b"
    # (the article and the verb are often left out: Clarín-like "Contenido exclusivo para suscriptores",
    # Estadão-like "Conteúdo exclusivo para assinantes", "Contenuto riservato agli abbonati"; probe pages)
    r"|\b(?:contenido|art[ií]culo|nota) (?:es )?exclusiv[oa] para (?:suscriptores|abonados)\b"
    r"|\bassine para (?:continuar lendo|ler)\b"
    r"|\b(?:conte[uú]do|mat[ée]ria|artigo|reportagem) (?:[ée] )?exclusiv[oa] para assinantes\b"
    r"|\babbonati per (?:continuare a leggere|leggere)\b"
    r"|\b(?:articolo|contenuto) (?:è )?riservat[oa] agli abbonati\b"
    # Dutch ("Dit artikel is exclusief voor abonnees")
    r"|\bword abonnee om verder te lezen\b|\blees verder met een abonnement\b"
    r"|\b(?:artikel|stuk|verhaal) is (?:alleen |exclusief |uitsluitend )?(?:beschikbaar )?voor abonnees\b"
    # Norwegian, Danish, Swedish, Finnish: "Denne artikkelen er kun for abonnenter", "Artikeln är endast för
    # prenumeranter", "vain tilaajille" (a probe page of a Schibsted-like paper, hand-built)
    r"|\b(?:kun|bare|endast|bara) (?:for|för) (?:abonnenter|prenumeranter)\b|\bforbeholdt abonnenter\b"
    r"|\bvain tilaajille\b"
    # Polish, Czech, Slovak: "Ten artykuł jest dostępny tylko dla prenumeratorów", "Tento článek je dostupný
    # pouze pro předplatitele" (probe pages, hand-built)
    r"|\bdostępn[yae] (?:tylko |wyłącznie )?dla (?:subskrybentów|prenumeratorów|abonentów)\b"
    r"|\b(?:pouze|jen|výhradně) pro předplatitele\b|\b(?:len|iba) pre predplatiteľov\b"
    # Japanese, Korean, Chinese (Asahi-like "残り1234文字 … 有料会員になると続きをお読みいただけます", Korean
    # "이 기사는 회원 전용 기사입니다": probe pages, hand-built)
    r"|この記事は(?:有料|会員限定|読者会員限定|有料会員限定)|続きは(?:有料)?会員|続きを読むには"
    r"|残り\d+文字|有料会員になると.{0,20}?(?:続き|記事|お読み)"
    r"|유료\s?회원|구독자\s?전용|(?:기사|콘텐츠)(?:는|은)? (?:유료 )?회원\s?전용"
    r"|회원\s?전용\s?(?:기사|콘텐츠)"
    r"|付费阅读|订阅后阅读|会员专享"
    # "to read the whole text" (Japanese), "only subscribers can read" (Korean), "read the full text once
    # subscribed" in both Chinese scripts (probe pages, hand-built)
    r"|全文を(?:読むには|お読みいただくには|お読みになるには)"
    # ("회원만 이용" alone is also a club's or a service's "members only": only reading counts there)
    r"|(?:구독자|유료\s?회원)만\s?(?:읽|볼|보실|이용|열람)|회원만\s?(?:읽|열람)"
    r"|订阅后(?:即可|可)?阅读|訂閱後(?:即可|可)?閱讀|付費閱讀|會員專(?:享|屬)|会员专属"
    r")",
    re.I,
)
# "To read the rest" alone is also how a related-reading box is headed ("Para seguir leyendo:", "Pour lire la
# suite, voir aussi"): it is a prompt only where the same line asks for a subscription or an account
# ("Pour lire la suite, abonnez-vous", "Per continuare a leggere accedi o registrati").
READ_ON = re.compile(
    r"\bpour lire la suite\b|\bpara (?:seguir|continuar) leyendo\b|\bpara continuar lendo\b"
    r"|\bper continuare a leggere\b|\bom verder te lezen\b"
    r"|\bum (?:den|diesen) (?:artikel|beitrag) (?:weiter|vollständig) zu lesen\b",
    re.I,
)
# (Spanish writes the call with its accent: "Regístrate gratis para seguir leyendo", a probe page)
ACCOUNT = re.compile(
    r"subscri|suscri|abonn|abbona|assin|reg[ií]str|log ?in|sign ?in|iniciar? sesi[oó]n|accedi|connectez"
    r"|anmeld|einlogg|inlogg|log in|member|miembro|membro|socio|account|cuenta|compte|konto",
    re.I,
)


def is_prompt(line: str) -> bool:
    """`line` says the rest of this story is for subscribers or account holders."""
    return bool(PROMPT.search(line)) or bool(READ_ON.search(line) and ACCOUNT.search(line))


#: strings one of which the lower-cased text holds whenever PROMPT can match: one of them in the article's
#: text sends it through PROMPT, a match there through the element walk (most stories hold none)
PROMPT_NEEDLES = tuple(
    needle.encode()
    for needle in (
        "continue reading", "keep reading", " is only available", " is available", " is reserved",
        " is exclusive", "weiterlesen", "für abonn", "weiter zu lesen", "vollständig zu lesen",
        "abonnez-vous", "il vous reste", "lire la suite", "aux abonnés", "seguir leyendo",
        "continuar leyendo", "exclusivo para", "continuar lendo", "assine para", "para assinantes",
        "continuare a leggere", "agli abbonati", "abbonati per", "verder te lezen", "met een abonnement",
        "この記事は", "続きは", "続きを読む", "유료", "구독자", "付费", "订阅", "会员专享",
        "subscribers", "members", "exclusiva para", "buy th", "purchase th", "unlock th", "voor abonnees",
        "abonnenter", "prenumeranter", "tilaajille", "残り", "有料会員", "전용",
        "to read th", "für mitglieder", "freischalten", "débloque", "exclusiu", "dla subskryb",
        "dla prenumer", "dla abonent", "předplatitel", "predplatiteľ", "全文を", "회원만", "구독자만", "訂閱",
        "付費", "會員專", "会员专",
    )
)  # fmt: skip
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
