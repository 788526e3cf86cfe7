"""Text-level noise rules, as data.

Markup-level noise (SVG sprites, share widgets, hidden modals) is removed by extraction before text is
taken; these rules catch what still leaks through as text. Every rule is a general pattern of a kind of
page furniture (paywall meters, subscription pitches, icon labels...), never a string copied from one page.

A rule has a scope:
- ``paragraph``: the whole paragraph is dropped when the pattern matches *and* the paragraph is short
  (``max_words``). The length cap is what keeps real article paragraphs that merely mention "subscribe" or
  "offer" safe: furniture is short, reporting is not.
- ``fragment``: only the matched span is cut out of the paragraph; the paragraph is dropped when nothing
  with a letter or digit is left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from newsarchive import paywall_prompts, reading_time
from newsarchive.cleaning.labels import (
    AD_LABELS,
    PAYWALL_OTHER,
    PAYWALL_OTHER_NEEDLES,
    READ_ALSO,
    READ_ALSO_PREFIXES,
    READ_MORE,
    SHARE_OTHER,
    SHARE_OTHER_PREFIXES,
    alternation,
)

Scope = Literal["paragraph", "fragment"]

_I = re.IGNORECASE


@dataclass(frozen=True, kw_only=True)
class TextRule:
    name: str  #: stats key suffix: newsarchive/noise/removed/<name>
    pattern: re.Pattern[str]
    scope: Scope
    max_words: int = 0  #: paragraph rules: only paragraphs with at most this many words are dropped
    min_matches: int = 1  #: paragraph rules: the pattern must match at least this many times
    #: Lower-case strings one of which the lower-cased text holds whenever the pattern can match (empty:
    #: no such gate). A substring test is ~20x cheaper than a search, and most paragraphs hold none.
    #: Must be a true necessary condition: tests/test_cleaning.py checks every rule with and without it.
    needles: tuple[str, ...] = ()
    #: Lower-case strings one of which the lower-cased text starts with whenever the pattern can match
    #: (a pattern anchored at the start). Tested instead of the needles where given: a look at the first
    #: characters, where each needle scans the whole text. A true necessary condition, like the needles.
    prefixes: tuple[str, ...] = ()
    #: Strings one of which the text itself holds (case counts) whenever the pattern can match (a pattern
    #: without IGNORECASE): tested instead of the needles where given, as one regex ("Icon" is rarer
    #: than "icon", which "silicon" holds). A true necessary condition, like the needles.
    cased_needles: tuple[str, ...] = ()
    #: Paragraph rules: the rule's lines are pieces of an offer box (pitch, meter, app reach line), so a
    #: short line wedged between two of them is a piece of the same box (SANDWICH_RULE). One-line
    #: furniture (an ad label, a share row, a "read also" line) sits between the story's own paragraphs
    #: and bounds nothing: a short paragraph between two "Advertisement" or "Lesen Sie auch:" lines is
    #: the story's.
    box: bool = False
    #: Paragraph rules: body paragraphs only, never a headline, standfirst or caption. A publisher may
    #: title a story "Lesetipp: <a book>" or "Don't miss: <an event>", and a headline cleaned away drops
    #: the article (MissingField).
    body_only: bool = False

    def may_match(self, lowered: str) -> bool:
        """False when the pattern cannot match a text whose lower-cased form is `lowered`."""
        return not self.needles or any(map(lowered.__contains__, self.needles))

    def may_match_text(self, text: str) -> bool:
        """False when the gates (prefixes, cased needles, needles) show the pattern cannot match `text`."""
        lowered = text.lower()
        if self.prefixes and not lowered.startswith(self.prefixes):
            return False
        if self.cased_needles and not any(map(text.__contains__, self.cased_needles)):
            return False
        return self.may_match(lowered)

    def matches_paragraph(self, text: str, words: int) -> bool:
        if self.scope != "paragraph" or words > self.max_words:
            return False
        if not self.may_match_text(text):
            return False
        if self.min_matches <= 1:
            return self.pattern.search(text) is not None
        return sum(1 for _ in self.pattern.finditer(text)) >= self.min_matches


# Client-side template placeholders ({{numberArticlesLeft}}, {% if %}) are never article text.
TEMPLATE_PLACEHOLDER = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")

# "Offer ends June 30th", "... ends Sunday", "... ends soon": an offer is only furniture with a deadline.
_WHEN = (
    r"(?:today|tonight|tomorrow|soon|midnight|this week|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d)"
)
#: A look-ahead put first in a pattern whose every match starts at a word's first character or at a
#: sentence's end ("." "?" "!"): Python's re runs a pattern that starts with look-behinds or a
#: case-insensitive alternation at every character of the text; this one test settles most of them.
WORD_OR_SENTENCE_START = r"(?=\b\w|[.?!])"
_NUMBER = r"(?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten|\{\{.*?\}\})"
_DEVICE = r"(?:print|phones?|devices?|tablets?|desktops?|laptops?|mobiles?|smartphones?|iPads?|iPhones?)"
_WIDGET = (
    r"(?:share|shares|tweet|e-?mail|print|save|copy link|facebook|twitter|linkedin|whatsapp|reddit|"
    r"pinterest|telegram|comments?|gift(?: this)? article)"
)

#: _WIDGET's words as the rules' lower-case pre-checks (e-mail's needle is "mail"; its prefixes spell it out)
_WIDGET_WORDS = (
    "share",
    "print",
    "save",
    "tweet",
    "copy link",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "reddit",
    "pinterest",
    "telegram",
    "comment",
    "gift",
)


NO_TEXT_RULE = "no_text"

RULES: tuple[TextRule, ...] = (
    TextRule(
        name="template",
        box=True,
        # A short paragraph carrying a placeholder is a client-side widget (meter, counter), not prose.
        pattern=TEMPLATE_PLACEHOLDER,
        scope="paragraph",
        max_words=30,
        needles=("{{", "{%"),
    ),
    TextRule(
        name="paywall_meter",
        box=True,
        pattern=re.compile(
            rf"\b{_NUMBER}\s+(?:more\s+)?free\s+(?:articles?|stor(?:y|ies)|reads?|pages?)\b.{{0,40}}?"
            r"\b(?:left|remaining)\b"
            r"|\b(?:this is|you(?:'ve| have)? (?:read|reached)) your (?:last|final) free (?:article|story)\b"
            r"|\byou(?:'ve| have) (?:read|reached|used) (?:all |your )*(?:\d+ )?free (?:articles?|stories)\b"
            r"|\bfree articles? (?:left|remaining)\b",
            _I,
        ),
        scope="paragraph",
        max_words=30,
        needles=("free",),
    ),
    TextRule(
        name="paywall_pitch",
        box=True,
        pattern=re.compile(
            # (a pitch in quotation marks is a story's sentence about one: "Readers now see a box that reads
            # “Subscribe to continue reading”", a probe page of a media story, hand-built)
            # (the look-ahead first, for speed only: every alternative starts at a word's first letter or,
            # for the priced call, at a sentence's end; tested elsewhere, the look-behinds and the ~40
            # case-insensitive alternatives ran at every character: ~3.5x slower, same matches)
            rf"{WORD_OR_SENTENCE_START}{paywall_prompts.NOT_QUOTED}{paywall_prompts.NOT_REPORTED}(?:"
            r"\bsubscribe (?:now|today|here)\b"
            r"|^subscribe\W*$"
            r"|\bsubscribe to (?:continue|read|keep reading|unlock|get)\b"
            r"|\b(?:get|gain|enjoy|with) unlimited (?:digital )?access\b"
            # "Subscribe to News24 for unlimited access to quality journalism" (a probe page, hand-built)
            r"|\bsubscribe\b.{0,40}\bfor unlimited (?:digital )?access\b"
            # Postmedia's prompt in the text: "You can save this article by registering for free here. Or
            # sign-in if you have an account." (a probe page of the National Post, hand-built)
            r"|\bsave (?:this|the) (?:article|story) by (?:registering|signing up|signing in|logging in)\b"
            r"|\bread all (?:stories|articles) with unlimited access\b"
            r"|\btry (?:\d+|one|two|three|six|twelve) (?:months?|weeks?|days?) for\b"
            rf"|\b(?:offer|sale|deal|discount) (?:ends|expires) (?:on |at |in )?{_WHEN}"
            r"|\byour (?:free )?trial(?: period)? has (?:expired|ended)\b"
            r"|\byour (?:full |free |digital |premium )?(?:access|subscription)\b"
            r".{0,60}\bhas (?:expired|ended)\b"
            r"|\byou need (?:a|an active) subscription\b"
            r"|\bsee all (?:offers|plans|subscription options)\b"
            # "Already a subscriber? Log in", "Already a paid subscriber? Sign in", "Already have an account?
            # Sign in" (the login line under a paywall prompt: Substack, Medium, Arc XP themes)
            r"|\balready (?:a (?:paid |digital |premium )?subscriber|have an account)\b"
            r".{0,30}\b(?:log|sign) ?in\b"
            r"|\bsubscribers? only\b"
            # a price for the rest, a call ("Subscribe for just 99¢ ...": "You can subscribe for $9" is news)
            r"|(?:^|[.?!]\s+)subscribe (?:for|from) (?:just |only |as little as )?"
            r"(?:[$£€]\s?\d|\d+(?:[.,]\d+)?\s?¢)"
            # a prompt in place of the rest (newsarchive/paywall_prompts.py): "This post is for paid
            # subscribers", "The author made this story available to Medium members only", "To view the full
            # story, please subscribe to ..."
            rf"|{paywall_prompts.alternation(paywall_prompts.ENGLISH)})",
            _I,
        ),
        scope="paragraph",
        max_words=30,  # (Medium's member-only line with its sign-up sentence: 26 words, probe page)
        needles=(
            "subscri",
            "unlimited",
            "try ",
            "ends",
            "expire",
            "ended",
            "see all",
            "log",
            "sign",
            *paywall_prompts.needles(paywall_prompts.ENGLISH),
        ),
    ),
    TextRule(
        name="paywall_pitch_other",
        box=True,
        # The same prompt in other languages (cleaning/labels.py PAYWALL_OTHER)
        pattern=re.compile(PAYWALL_OTHER, _I),
        scope="paragraph",
        max_words=40,  # (Japanese counts one word a character)
        needles=PAYWALL_OTHER_NEEDLES,
    ),
    TextRule(
        name="marketing_pitch",
        box=True,
        # Imperative taglines of subscription offers; short only, and anchored at the start.
        pattern=re.compile(
            r"^(?:stay (?:ahead|informed|in the know) with (?:our|the)\b"
            r"|get (?:trusted|expert|exclusive|unrivall?ed|award-winning|in-depth) "
            r"(?:insights?|analysis|coverage|journalism|reporting)\b"
            r"|unlock (?:unlimited|full|all|exclusive|premium)\b"
            r"|start your (?:free )?trial\b|sign up (?:for free|now|today)\W*$"
            r"|become a (?:subscriber|member) (?:today|now)\b)",
            _I,
        ),
        scope="paragraph",
        max_words=20,
        needles=("stay ", "get ", "unlock ", "start your ", "become a ", "sign up "),
        prefixes=("stay ", "get ", "unlock ", "start your ", "become a ", "sign up "),
    ),
    TextRule(
        name="sponsored_note",
        pattern=re.compile(
            r"^(?:sponsored|paid|promoted|partner)(?: by)? ?"
            r"(?:content|post|story|feature|partnership|links?)?\W*$"
            r"|^about (?:sponsored|paid|partner) (?:content|posts?)\b"
            r"|^this (?:content|article|story) (?:was|is) (?:commissioned|paid for|sponsored|funded) by\b"
            rf"|^(?:advertisement|advertorial|{alternation(AD_LABELS)})\W*$"
            # a sponsor's line over a promo box set in the text: "Presented by VoltGrid" (a few words only)
            r"|^(?:presented|brought to you) by\b(?=\W+\w)(?!.{41})"
            # the line telling the reader the story goes on past an ad or a video set in the text: "Story
            # continues below advertisement" (The Washington Post), Onet's "Dalszy ciąg artykułu pod
            # materiałem wideo", "Tekst jest kontynuowany pod materiałem wideo" (probe pages, hand-built)
            r"|^(?:the )?(?:story|article) continues below(?: (?:this )?(?:advertisement|ad|video))?\W*$"
            r"|^dalszy ciąg (?:artykułu|tekstu) (?:pod|poniżej) (?:materiałem wideo|reklamą|wideo)\W*$"
            r"|^(?:tekst|artykuł) (?:jest kontynuowany|kontynuowany jest) pod"
            r" (?:materiałem wideo|reklamą)\W*$",
            _I,
        ),
        scope="paragraph",
        max_words=40,
        needles=(
            "sponsor",
            "paid",
            "promoted",
            "partner",
            "commissioned",
            "funded",
            "advert",
            "presented",
            "brought",
            "continues below",
            "dalszy ciąg",
            "kontynuowany",
            *AD_LABELS,
        ),
        # every alternative is anchored at the start
        prefixes=(
            "sponsored",
            "paid",
            "promoted",
            "partner",
            "about ",
            "this ",
            "advertisement",
            "advertorial",
            "presented by",
            "brought to you by",
            "the story",
            "the article",
            "story continues",
            "article continues",
            "dalszy ciąg",
            "tekst ",
            "artykuł ",
            *AD_LABELS,
        ),
    ),
    TextRule(
        name="icon_run",
        # Sprite <title>s run together in text dumps: "IconFacebookIcon LinkedinMenu Burger...". An icon word
        # glued to another capitalised word does not occur in prose.
        pattern=re.compile(
            r"(?:Icon|Chevron|Burger|Artboard|Arrow|Caret|Sketch\.?)(?=[A-Z])"
            r"|(?<=[a-z.])(?:Icon|Chevron|Burger|Artboard|Arrow|Caret)\b"
        ),
        scope="paragraph",
        max_words=80,
        min_matches=2,
        needles=("icon", "chevron", "burger", "artboard", "arrow", "caret", "sketch"),
        cased_needles=("Icon", "Chevron", "Burger", "Artboard", "Arrow", "Caret", "Sketch"),
    ),
    TextRule(
        name="icon_label",
        pattern=re.compile(
            r"^(?:(?:icon|chevron|arrow|caret|glyph)\s+[\w-]+(?:\s+[\w-]+)?"
            r"|[\w-]+(?:\s+[\w-]+)?\s+(?:icon|chevron|arrow|caret)"
            r"|(?:menu\s+)?(?:burger|hamburger)(?:\s+menu)?|created with sketch)\W*$",
            _I,
        ),
        scope="paragraph",
        max_words=4,
        needles=("icon", "chevron", "arrow", "caret", "glyph", "burger", "sketch"),
    ),
    TextRule(
        name="share_widget",
        pattern=re.compile(
            rf"^(?:(?:share|print|e-?mail|save|tweet)(?: this)?(?: article| story| page| post| link)?"
            rf"(?: (?:on|via|by) \w+)?|(?:{_WIDGET}\W*){{2,}}|copy link|{SHARE_OTHER})\W*$",
            _I,
        ),
        scope="paragraph",
        max_words=12,
        needles=(*_WIDGET_WORDS, "mail", *SHARE_OTHER_PREFIXES),
        # every alternative starts with a widget word
        prefixes=(*_WIDGET_WORDS, "email", "e-mail", *SHARE_OTHER_PREFIXES),
    ),
    TextRule(
        name="app_promo",
        box=True,
        pattern=re.compile(
            r"\b(?:download|get|install|try) (?:the|our) (?:free )?(?:[\w-]+ )?apps?\b"
            r"|\bour (?:(?:mobile|tablet|iphone|ipad|android|smartphone|desktop)(?: and | or |, )?)+ apps?\b"
            r"|\bavailable (?:on|in) the app store\b|\bget it on google play\b"
            # Chinese "下載APP" (download the app): the Liberty Times' "不用抽 不用搶 現在用APP看新聞
            # 保證天天中獎　點我下載APP" between a story's paragraphs (a probe page, hand-built)
            r"|(?:下載|下载|安裝|安装)\s*app(?![a-z])"
            # "on print, phone, device and tablet": the reach line of an app/edition promo
            rf"|\bon (?:any |your |all )?(?:{_DEVICE}\W+(?:and |or )?){{2,}}{_DEVICE}\b",
            _I,
        ),
        scope="paragraph",
        max_words=15,
        needles=(
            "app",
            "google play",
            "print",
            "phone",
            "device",
            "tablet",
            "desktop",
            "laptop",
            "mobile",
            "ipad",
        ),
    ),
    TextRule(
        name="read_also",
        body_only=True,
        # "Read also" lead-ins to another story, alone or with its title: "Auch interessant:", "Lesen Sie
        # auch: <title>", "PUEDES VER: <title>", "LE PUEDE INTERESAR: <title>", "À lire aussi", "関連記事".
        # The label must be followed by a separator or end the line ("Lesen Sie auch, was ..." is a
        # sentence), the line short; "read more" labels only alone. Evidence: traf-eval tune
        # (basicthinking.de, gofeminin.de, larepublica.pe, elheraldo.hn, aerobuzz.de, express.de,
        # wirtschaftspsychologie-aktuell.de).
        pattern=re.compile(
            # (the label run into the linked title, an element's text after another's: "Leggi ancheZtl
            # allargata" of la Repubblica's <span>Leggi anche</span><a>..., a probe page, hand-built)
            # (or a Cyrillic or Greek capital: RBC's "Читайте такжеМинэкономразвития ...", hand-built)
            # (a bracketed "read more" label before its title: HK01's and UDN's "【延伸閱讀】<title>", probe
            # pages, hand-built; unbracketed, such a label may head the author's own text)
            rf"^(?:[\[【(「](?:{READ_ALSO}|{READ_MORE})[\]】)」]|(?:{READ_ALSO})(?:\s*[:：?!»>|–—-]|\W*$|(?-i:[A-ZÀ-ÞА-ЯЁІЇЄΑ-Ω]))"
            rf"|[\[【(「]?(?:{READ_MORE})\W*$"
            # "Read: <title>", the bare verb with its colon before a linked story, between the paragraphs of
            # the Nation (a probe page, hand-built) and of theatlantic.com (traf-eval tune). Only with the
            # colon: "READLY", "read-only." are words (a tune page each)
            r"|read\s*[:：]\s*(?=\w))",
            _I,
        ),
        scope="paragraph",
        max_words=20,
        prefixes=(*READ_ALSO_PREFIXES, "read"),
    ),
    TextRule(
        name="newsletter_pitch",
        body_only=True,
        # A sign-up call addressed to the reader, ending the line: "... sign up to our newsletter today!",
        # "Zum Newsletter anmelden". A story about a newsletter says "the newsletter", not "our", and a line
        # that goes on ("Subscribe to our newsletter for market insights and more") may be a headline.
        # Evidence: traf-eval tune (corkbeo.ie, vorangedacht.de).
        pattern=re.compile(
            r"(?:\b(?:sign(?:ing)? up|subscribe|subscribing|register(?:ing)?) (?:for|to) our "
            r"(?:[\w-]+ ){0,3}(?:newsletters?|e-?mails?|bulletins?)(?: (?:today|now|here|for free))?"
            r"|^(?:jetzt )?(?:(?:zum|für den|für unseren) )?newsletter (?:anmelden|abonnieren|bestellen)"
            r"|^(?:jetzt )?(?:zu )?unserem newsletter anmelden"
            r"|\bsuscr[ií]b[ae]te a (?:nuestro|nuestra) (?:bolet[ií]n|newsletter)"
            r"|\b(?:inscrivez-vous|abonnez-vous) (?:à|a) (?:notre|la) "
            r"(?:newsletter|lettre d'information)"
            # an Italian or Portuguese box opens with the call and says what comes: "Iscriviti alla
            # newsletter di Corriere Milano. Arriva ogni giorno ..." (probe pages in the shape of Italian and
            # Brazilian papers, hand-built)
            r"|^(?:iscriviti|iscrivetevi|registrati) alla (?:nostra )?newsletter\b.*"
            r"|^(?:assine|inscreva-se|cadastre-se) (?:a|na|em) (?:nossa )?newsletter\b.*)\W*$",
            _I,
        ),
        scope="paragraph",
        max_words=25,
        needles=("newsletter", "mail", "bulletin", "boletin", "boletín", "lettre d"),
    ),
    TextRule(
        name="donation_pitch",
        body_only=True,
        box=True,
        # A nonprofit or reader-funded newsroom's call for money, set in the story by a donation block
        # (Newspack, WordPress plugins): "Local journalism needs your support. Donate today.", "Support
        # independent journalism. Become a member." A call opens a sentence (a story's "the foundation
        # will donate $5 million to local journalism" does not), next to the journalism it funds.
        # Evidence: probe pages of WordPress news themes (no tune-half page has the block in its body).
        pattern=re.compile(
            r"^(?=.*\b(?:journalism|reporting|newsroom|nonprofit|non-profit|journalismus|journalisme|periodismo"
            r"|giornalismo|jornalismo)\b)"
            r"(?:.*?[.!?:]\s+|.*?\bplease\s+)?"
            r"(?:donate|make a (?:tax-deductible |one-time |monthly )?donation|chip in"
            r"|become a (?:member|supporter|sustaining member)|support us|jetzt spenden|spenden sie"
            r"|faites un don|haz una donación|dona ora|fa[çc]a uma doa[çc][ãa]o)\b",
            _I,
        ),
        scope="paragraph",
        max_words=30,
        needles=("donat", "chip in", "member", "support us", "spende", "faites un don", "doaç", "doac"),
    ),
    TextRule(
        name="support_appeal",
        body_only=True,
        box=True,
        # A reader-funded paper's support box set in the text's column without a class any markup rule
        # knows: its heading, "Support <the paper's> journalism of integrity and credibility" (a few words,
        # no sentence), and its plea, which says what journalism costs and asks the reader to consider a
        # contribution ("... we ask you to consider making a modest support to this noble endeavour.";
        # "please consider supporting us"). A story quotes such a plea; it does not ask "you" itself.
        # Evidence: a probe page in the shape of Premium Times (WordPress, JNews theme; hand-built,
        # tests/test_extract_unseen_shapes8.py); no tune-half page has either line.
        pattern=re.compile(
            r"^support (?!for\b|from\b|of\b|to\b)(?:\S+ ){0,4}(?:journalism|reporting)\b"
            r"(?:\s+[^\s.!?]+){0,6}$"
            r"|^(?=.*\b(?:journalism|reporting|newsroom)\b)"
            r".*\b(?:we ask you to|we are asking you to|please|would you) consider "
            r"(?:making a (?:\w+ ){0,2}(?:support|contribution|donation)|supporting (?:us|our)\b"
            r"|a (?:\w+ ){0,2}(?:contribution|donation))",
            _I,
        ),
        scope="paragraph",
        max_words=80,
        needles=("support", "consider"),
    ),
    TextRule(
        name="reader_appeal",
        body_only=True,
        box=True,
        # A call to the reader who liked the piece, closing it from the publisher's membership or donation
        # block: "If you liked this blog, please share it! Your referrals help ..." (Defector), "If you
        # enjoyed this article, we have a favor to ask." (National Review); a donation box's button alone,
        # "Donate now" (The Texas Tribune). A story does not address its reader about "this article".
        # Evidence: probe pages of US outlets, hand-built (tests/test_extract_unseen_shapes9.py); no
        # tune-half page has either line.
        pattern=re.compile(
            r"^if you (?:liked|enjoyed|valued|appreciated|found value in) (?:reading )?this "
            r"(?:article|story|post|blog|piece|newsletter|essay|column)\b"
            r"|^(?:donate|give)(?: (?:now|today|here))?\W*$",
            _I,
        ),
        scope="paragraph",
        max_words=40,
        prefixes=("if you", "donate", "give"),
    ),
    TextRule(
        name="error_report",
        body_only=True,
        # The error-report call a paper sets under every story, a short line of its own that asks the reader
        # about this text: Tamedia's "Fehler gefunden? Jetzt melden.", "Haben Sie einen Fehler entdeckt?",
        # "Spotted an error? Let us know", "Vous avez trouvé une erreur ? Signalez-la", "Fout gezien? Meld
        # het ons". A question and its call only: a story writes no such line about itself.
        # Evidence: a probe page of the Berner Zeitung, hand-built (tests/test_extract_unseen_shapes14.py);
        # no tune-half page has the line in its body.
        pattern=re.compile(
            r"^(?:fehler gefunden|(?:haben sie )?einen fehler (?:gefunden|entdeckt)"
            r"|spotted an? (?:error|typo)|found an? (?:error|typo|mistake)"
            r"|(?:vous avez )?(?:trouvé|repéré) une (?:erreur|faute)"
            r"|fout gezien|een fout gezien)\s*\?\s*(?:\S+\s*){0,5}$",
            _I,
        ),
        scope="paragraph",
        max_words=12,
        prefixes=(
            "fehler",
            "haben sie",
            "einen fehler",
            "spotted",
            "found",
            "vous avez",
            "trouvé",
            "repéré",
            "fout",
            "een fout",
        ),
    ),
    TextRule(
        name="newsletter_poll",
        body_only=True,
        box=True,
        # A newsletter platform's reader poll closing an edition: the question about the edition itself
        # ("How did you like today's edition?", "What did you think of this issue?") and the notice shown
        # to a signed-out reader ("Login or Subscribe to participate in polls."): beehiiv's poll block (a
        # probe page, hand-built: tests/test_extract_unseen_shapes9.py; no tune-half page has either line).
        # A story does not ask about "today's edition"; the question alone as a line, never in a sentence.
        pattern=re.compile(
            r"^(?:how did you like|what did you think of|how would you rate|how was) (?:today['’]s|this"
            r"(?: week['’]s)?|this week['’]s|the) (?:edition|newsletter|issue|email)\W*$"
            r"|^(?:log ?in|sign in|subscribe) or (?:subscribe|sign up|log ?in) to (?:participate|vote) in"
            r" (?:the |this )?polls?\W*$",
            _I,
        ),
        scope="paragraph",
        max_words=12,
        prefixes=("how ", "what did", "login", "log in", "sign in", "subscribe"),
    ),
    TextRule(
        name="reading_time",
        body_only=True,
        # "Lesezeit: 3 Minuten", "5 min read", "Ten tekst przeczytasz w mniej niż minutę" (traf-eval tune:
        # forsal.pl), "この記事は約3分で読めます": a line of its own, never a sentence of the story. The
        # words are newsarchive/reading_time.py's.
        pattern=re.compile(
            rf"^(?:{reading_time.alternation(reading_time.LABELS + reading_time.TIMED_LABELS)})"
            rf"\W*(?:{reading_time.APPROX})?\s*(?:\d+(?:[.,]\d+)?|<\s*1|one|eine?)\s*(?:-\s*\d+\s*)?"
            rf"{reading_time.MINUTE}\W*$"
            # (after the dash a theme sets before each of its meta items, and with the word count after it:
            # Hugo's Ananke theme, "- 3 minutes read - 612 words"; a probe page, hand-built)
            rf"|^[-–—•·|\s]*(?:\d+|one|a)\s*(?:-|\s)?{reading_time.MINUTE}\s*"
            rf"(?:{reading_time.alternation(reading_time.AFTER)})(?:\W*\d[\d,.]*\s*words)?\W*$"
            rf"|^(?:{reading_time.PHRASES})\W*$",
            _I,
        ),
        scope="paragraph",
        max_words=10,
        needles=reading_time.NEEDLES,
    ),
    TextRule(
        name="comment_policy",
        body_only=True,
        # The publisher's note on its readers' comments, under the text above the comment box: "Disclaimer:
        # Comments do not represent the views of INQUIRER.net. We reserve the right to exclude comments ..."
        # (a probe page in the Inquirer's shape, hand-built). The line opens with it: a story about
        # moderation quotes such a rule inside a sentence.
        pattern=re.compile(
            r"^(?:disclaimer\s*:\s*)?(?:the\s+)?(?:readers?['’]?\s+)?comments?\b(?:\s+\w+){0,3}?\s+(?:do|does)"
            r"\s+not\s+(?:necessarily\s+)?(?:represent|reflect)\b"
            r"|^we reserve the right to (?:exclude|remove|delete|edit|moderate) (?:any )?comments\b",
            _I,
        ),
        scope="paragraph",
        max_words=45,
        needles=("comment",),
    ),
    TextRule(
        name="syndicated_note",
        body_only=True,
        # The note Indian sites end agency copy with: NDTV's "(Except for the headline, this story has not
        # been edited by NDTV staff and is published from a syndicated feed.)", Business Standard's "(...
        # the rest of the content is auto-generated from a syndicated feed.)", ThePrint's "This report is
        # auto-generated from PTI news service." (a probe page in NDTV's shape, hand-built,
        # tests/test_extract_unseen_shapes13.py). The feed or the staff who did not edit it is named: a
        # story about syndication says who syndicates what.
        pattern=re.compile(
            r"\b(?:published|auto-?generated|generated|sourced)\s+(?:from|via|through)\s+(?:an?\s+|the\s+)?"
            r"(?:syndicated|agency|wire|pti|ians|ani)\s+(?:news\s+)?(?:feed|service|copy)\b"
            r"|\bhas\s+not\s+been\s+edited\s+by\s+(?:[\w.&'-]+\s+){1,4}?staff\b",
            _I,
        ),
        scope="paragraph",
        max_words=45,
        needles=("feed", "service", "copy", "edited"),
    ),
    TextRule(
        name="publisher_note",
        body_only=True,
        # A publisher's own line under every story, each opening the line: Mint's "Catch all the Business
        # News, Market News, ... on Live Mint. Download The Mint News App ..." (and Hindustan Times's "Catch
        # all the ... on Hindustan Times"), NDTV's "Track Latest News Live on NDTV.com and get news updates
        # ...", Mathrubhumi's English "Content Highlights: ..." summary for search engines, Scroll's "We
        # welcome your comments at letters@scroll.in.", an Iranian agency's "کد خبر ۸۵۱۲۳۴۵۶" (news code:
        # IRNA, Mehr, Tasnim); probe pages, hand-built (tests/test_extract_unseen_shapes13.py); a letters
        # page's call for letters to its address, "Send your letters to letters@<paper>" (a probe page,
        # hand-built: tests/test_extract_page_types14.py)
        pattern=re.compile(
            r"^catch\s+(?:all|every)\b.{0,200}?\bnews\b.{0,200}?\bon\s+\S"
            r"|^track\s+latest\s+news\s+live\s+on\s+\S"
            r"|^content\s+highlights\s*:"
            r"|^we\s+welcome\s+(?:your\s+)?(?:comments|feedback|letters|views)\b[^.]{0,40}?\b(?:at|to)\s+\S+@\S+"
            r"|^(?:send|e-?mail|write)\s+(?:us\s+)?(?:your\s+)?(?:letters?|comments|feedback|views)\b[^.]{0,40}?"
            r"\b(?:at|to)\s+\S+@\S+"
            r"|^(?:کد\s+خبر|news\s+(?:id|code))\s*[:：]?\s*[0-9۰-۹٠-٩]+\W*$",
            _I,
        ),
        scope="paragraph",
        max_words=45,
        prefixes=("catch", "track", "content", "we", "کد", "news", "send", "email", "e-mail", "write"),
    ),
    TextRule(
        name="views_disclaimer",
        body_only=True,
        # An opinion page's line under every column: "The views expressed in this column are the author's
        # own and do not necessarily reflect those of <paper>", "Opinions expressed are solely those of the
        # writer" (a probe page in a regional paper's column shape, hand-built:
        # tests/test_extract_page_types14.py). It opens the line and gives the views to the writer: a story
        # about such disclaimers quotes one inside a sentence.
        pattern=re.compile(
            r"^(?:disclaimer\s*:\s*)?(?:the\s+)?(?:views|opinions)\s+expressed\b[^.]{0,60}?\b(?:is|are)\s+"
            r"(?:solely\s+|entirely\s+|strictly\s+)?(?:(?:those\s+)?of\s+the\s+(?:authors?|writers?|columnists?)"
            r"|the\s+(?:authors?|writers?|columnists?)['’]?s?['’]?\s+own|(?:his|her|their)\s+own)\b",
            _I,
        ),
        scope="paragraph",
        max_words=45,
        needles=("expressed",),
    ),
    TextRule(
        name="affiliate_disclosure",
        body_only=True,
        # The publisher's own affiliate-link notice: "We may receive compensation when you click on links
        # to those products" (traf-eval tune: thepointsguy.com, villagevoice.com, thebalance.com). "We"
        # is the publisher speaking to the reader; a story quoting a company says "it".
        pattern=re.compile(
            r"\bwe (?:may |might |could |will )?(?:receive|earn|get|be paid) (?:a )?(?:small )?"
            r"(?:share of (?:the )?(?:sales|revenue)|compensation|commissions?|affiliate commissions?)\b"
            r"|^(?:advertising|advertiser|affiliate) disclosure\b"
            r"|\bthis (?:post|article|page|story) (?:contains|may contain|includes) "
            r"(?:affiliate links|references to products)\b"
            r"|\bwir erhalten (?:ggf\. |gegebenenfalls |möglicherweise |eventuell )?"
            r"eine (?:kleine )?provision\b"
            # ... the site named as the one paid, beside the links the reader buys through: "Wenn Sie über
            # einen der Links einkaufen, erhält Golem.de eine kleine Provision." (Golem), "Bei Käufen über
            # diese Links erhält t3n eine Provision" (probe pages, hand-built:
            # tests/test_extract_unseen_shapes16.py). The links must be named: "erhält der Makler eine
            # Provision" is a story's sentence
            r"|\blinks?\b.{0,80}\b(?:erhält|erhalten)\b.{0,40}\bprovision\b"
            # ... and the Spanish notices, the publisher speaking of this page's links: "Algunos de los
            # enlaces de este artículo son afiliados y pueden reportar un beneficio a Xataka." (Webedia's
            # sites), "Esta página contiene enlaces de afiliación" (El País's Escaparate; probe pages,
            # hand-built: tests/test_extract_unseen_shapes16.py); a story about "los enlaces de afiliados"
            # of some shop names no page of its own
            r"|\benlaces de (?:este|esta) (?:artículo|página|post|noticia) son afiliad"
            r"|\b(?:este|esta) (?:artículo|página|post|noticia) (?:contiene|incluye) enlaces de afilia",
            _I,
        ),
        scope="paragraph",
        max_words=60,
        needles=(
            "compensation",
            "commission",
            "share of",
            "disclosure",
            "affiliate",
            "references to",
            "provision",
            "enlaces",
        ),
    ),
    TextRule(
        name="republish_licence",
        body_only=True,
        # The publisher's licence for republishing its work, under the text of a reader-funded or nonprofit
        # newsroom that releases its stories under Creative Commons: "Our work is licensed under Creative
        # Commons (CC BY-NC-ND 3.0). Feel free to republish and share widely." (Common Dreams), "This
        # article is republished from The Conversation under a Creative Commons license.", "This story is
        # published under a Creative Commons licence" (ProPublica, Global Voices, CalMatters and many more
        # republish so; a probe page in Common Dreams' shape, hand-built:
        # tests/test_extract_unseen_shapes11.py). The publisher speaks of its own work ("our", "this"), at
        # a line's start: a story about licences names someone else's.
        pattern=re.compile(
            r"^(?:(?:all )?(?:our|this) (?:work|journalism|content|articles?|stor(?:y|ies)|piece|post"
            r"|reporting)|(?:all )?(?:content|articles?|stories) (?:on|of) this (?:site|website))"
            r"(?: (?:is|are|was|were|has been|have been))? (?:licensed|published|republished|available"
            r"|distributed|released|made available) (?:\S+ ){0,4}?under (?:an? |the )?"
            r"(?:creative commons|cc[- ]by)\b"
            r"|^dieser (?:artikel|text|beitrag|inhalt) (?:ist|steht|wird) (?:unter einer |unter der |unter )?"
            r"(?:creative[- ]commons|cc[- ]by)",
            _I,
        ),
        scope="paragraph",
        max_words=60,
        needles=("creative commons", "creative-commons", "cc by", "cc-by"),
    ),
    TextRule(
        name="link_row",
        body_only=True,
        # A row of a site's links set apart by bars, closing the text in the story's column: HKFP's
        # "Support HKFP | Policies & Ethics | Error/typo? | Contact Us | Newsletter | Transparency & Annual
        # Report | Apps" (a probe page, hand-built: tests/test_extract_unseen_shapes11.py), a tag row
        # ("Tags: Politics | Housing | Budget | Elections"), a footer's "About | Contact | Privacy | Terms".
        # Four items or more, each a few words and no sentence: prose never runs so.
        pattern=re.compile(r"^(?:[^|.!]{1,30}\|){3,}[^|.!]{1,30}$"),
        scope="paragraph",
        max_words=40,
        needles=("|",),
    ),
    TextRule(
        name="topic_row",
        body_only=True,
        # A row of the story's topics closing the text, its label run into the first linked topic or set
        # before a colon: "TopicsEnvironment" (a university newsroom's Drupal field, <span>Topics</span><a>
        # Environment</a>), "ThemenKlimaschutz" (the German government's press releases), "Schlagwörter:
        # Wärmepumpe, Förderung" (probe pages, hand-built: tests/test_extract_unseen_shapes16.py). No
        # sentence: a story's "Themen: Haushalt, Schulen und Verkehr." ends as one, and a compound goes on
        # in lower case ("Themenwoche")
        pattern=re.compile(
            r"^(?:topics|tags|themen|schlagw(?:ö|oe)rter|schlagworte|stichw(?:ö|oe)rter|th[eè]mes|mots-cl[ée]s"
            r"|temas|etiquetas|argomenti|tematy|tagi|onderwerpen)"
            r"(?:\s*:\s*|(?-i:(?=[A-ZÄÖÜÉ])))[^.!?]{1,80}$",
            _I,
        ),
        scope="paragraph",
        max_words=15,
        needles=(
            "topics",
            "tags",
            "themen",
            "schlagw",
            "stichw",
            "themes",
            "thèmes",
            "mots-cl",
            "temas",
            "etiquetas",
            "argomenti",
            "tematy",
            "tagi",
            "onderwerpen",
        ),
    ),
    TextRule(
        name=NO_TEXT_RULE,
        pattern=re.compile(r"^[^\w]*$"),
        scope="paragraph",
        max_words=1000,
    ),
    TextRule(
        name="template_placeholder",
        pattern=TEMPLATE_PLACEHOLDER,
        scope="fragment",
        needles=("{{", "{%"),
    ),
    TextRule(
        name="icon_label",
        pattern=re.compile(r"\bCreated with Sketch\.?"),
        scope="fragment",
        needles=("created with sketch",),
    ),
)

#: A short paragraph sitting between two noise paragraphs is a piece of the same furniture (a tagline split
#: over lines, a sub-heading of an offer box). Only this short, so a real paragraph never goes this way.
SANDWICH_MAX_WORDS = 12
SANDWICH_RULE = "between_noise"
#: The title of an offer box that closes the body: one short line, no sentence (no closing . ! ? : and at
#: most this many words), just before box lines (TextRule.box) that run to the body's end. National
#: Review's "Something to Consider" over its "If you enjoyed this article, we have a favor to ask." and
#: "Donate" (a probe page, hand-built: tests/test_extract_unseen_shapes9.py); a donation or newsletter box
#: is titled so ("Support our work", "Before you go"). A story's last line is a sentence or a sign-off
#: ("— Jane Doe", "###": not a letter first), so it stays.
BOX_TITLE_MAX_WORDS = 6
#: ... counted in newsarchive.textsize words, and ended by the full stops of every script: a Japanese or
#: Chinese lead is one "word" to str.split() and ends "。" (a paper's one-paragraph lead over
#: "この記事は有料会員限定です" went as the box's title, the record losing its whole text: a probe page,
#: hand-built, tests/test_judging_unseen_shapes9.py); Hindi ends a sentence "।", Arabic and Urdu ask "؟",
#: end "۔".
SENTENCE_ENDS = ".!?:;,。！？：；，．｡।॥؟۔"
BOX_TITLE_RULE = "box_title"
