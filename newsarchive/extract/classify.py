"""Page kinds: article, listing (section front), tag, author, video, gallery, search, static.

The extracted main-content body is the main evidence: a page whose body is real prose (enough words,
several paragraphs, held by one container) is an article unless the page says otherwise in a strong
way (video/listing/collection types, a search URL, a static-page URL, or a body that is really the
blurbs of many teaser cards). Related-story cards around a real article do not make it a listing.
URL shapes and page types are patterns, never hosts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qs, urlsplit

from lxml import etree

from newsarchive.extract.jsonld import ARTICLE_TYPES
from newsarchive.textsize import text_words

URL_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("video", re.compile(r"/(?:videos?|watch|tv)(?:/|$)", re.I)),
    ("gallery", re.compile(r"/(?:galler(?:y|ies)|photos?|slideshows?|in-pictures|pictures)(?:/|$)", re.I)),
    ("search", re.compile(r"/(?:search|find)(?:/|$)", re.I)),
    ("author", re.compile(r"/(?:authors?|people|by|contributors?|journalists?|profile)/[^/]+/?$", re.I)),
    ("tag", re.compile(r"/(?:tags?|topics?|keywords?|subjects?)/[^/]+/?$", re.I)),
    (
        "static",
        re.compile(
            r"/(?:about(?:-us)?|contact(?:-us)?|terms(?:-of-(?:use|service))?|privacy(?:-policy)?|help|faq|"
            r"cookies?(?:-policy)?|subscribe|login|register|careers|advertise|sitemap)(?:\.html?)?/?$",
            re.I,
        ),
    ),
)
# A post's permalink: a year/month (/day) folder and a slug of three or more words (Blogger's
# /2011/07/some-song-title.html, WordPress's /2020/05/18/some-title/). Date archives (/2011/07/) have no
# slug. With a headline, a publication date and running text it is a post however many links surround it
# (an old blog template sets its text with <br>, not <p>, beside a sidebar of archive links: the page's
# link density says nothing then). Evidence: traf-eval tune chineselyrics4u.com, dropped as a listing.
_SLUG = r"[^/]*[^\W\d_][^/]*-[^/]+-[^/]+?(?:\.html?|\.php|/)?$"  # a story's slug: three words or more
DATED_PERMALINK = re.compile(r"/(?:19|20)\d\d/(?:0?[1-9]|1[0-2])/(?:(?:0?[1-9]|[12]\d|3[01])/)?" + _SLUG)
STORY_SLUG = re.compile("/" + _SLUG)
# Types that say what the page is even when it also carries an article-ish body (a tag page's intro).
SCHEMA_RULES: tuple[tuple[str, frozenset[str]], ...] = (
    ("search", frozenset({"SearchResultsPage"})),
    ("author", frozenset({"ProfilePage"})),
    ("gallery", frozenset({"ImageGallery", "MediaGallery"})),
    ("listing", frozenset({"CollectionPage"})),
    ("static", frozenset({"AboutPage", "ContactPage", "FAQPage"})),
)
# ItemList sits on many article pages too (listicles, carousels): evidence only without a real body.
WEAK_LISTING_TYPES = frozenset({"ItemList"})
SEARCH_PARAMS = ("q", "query", "search", "s", "keyword")

# Body thresholds, in words as newsarchive.textsize counts them (characters for Chinese, Japanese, Thai...).
PROSE_PARAGRAPH = 12  #: a paragraph of at least this many words is prose, not a label or a list entry
SUBSTANTIAL = (3, 150)  #: (prose paragraphs, body words) of a body that makes a page an article
MODEST = (2, 80)  #: ... of a short body that is an article when the page has a publication date
RUNNING = (1, 50)  #: ... of running text: under a headline, an article unless its structure says otherwise
BRIEF = (1, 20)  #: ... of a news brief: with a headline and a date, an article (static pages have no date)
#: a consent wall for a story: the site says it uses cookies ("We use cookies"), asks to accept (hand-built)
CONSENT_MAX_WORDS = 250
#: no text of that many words is longer (its words are under 20 letters): most pages are told by length
CONSENT_MAX_CHARS = CONSENT_MAX_WORDS * 20
CONSENT_USE = re.compile(r"\b(?:we|wir|nous|utilizamos|usamos|utilizziamo|this (?:web)?site)\b.{0,80}?cookie")
CONSENT_ACTION = re.compile(
    r"\b(?:accept(?: all)?|reject all|refuse|consent|i agree|manage (?:preferences|options|settings)"
    r"|alle akzeptieren|akzeptieren|zustimmen|einwilligen|tout accepter|accepter|refuser|aceptar|rechazar"
    r"|accetta|rifiuta|aceitar|rejeitar)\b"
)
#: ... served in the place of a story that keeps its head (og:type article, even its JSON-LD): then the page
#: must speak for itself ("we" use cookies: a story reports what a site does), every paragraph must be of
#: the notice's matter (a story about cookies also says who, when and what next), and the page must hold a
#: control that answers it (a CMP's "Accept all" button), read from the page's source (form controls leave
#: the tree before classification) and only of a page that passed the rest (hand-built)
CONSENT_OURS = re.compile(r"\b(?:we|wir|nous|utilizamos|usamos|utilizziamo)\b.{0,80}?cookie")
CONSENT_MATTER = re.compile(
    r"cookie|partner|personal data|personalis|personaliz|advertis|\baccept|\breject|your choices|preferences"
    r"|privacy (?:settings|policy|notice)|datenschutz|einwillig|zustimm|partenaires|données|consentement"
    r"|consenso|privacidad|datos personales"
)
_CONTROL_TEXT = re.compile(
    r"<button\b[^>]*>\s*(?:<[^>]{0,200}>\s*){0,3}([^<]{1,80})"
    r"|<input\b[^>]*\bvalue=[\"']([^\"']{1,80})"
    r"|<a\b[^>]*\brole=[\"']?button[^>]*>\s*([^<]{1,80})",
    re.I,
)
#: share of the body's words that teaser cards must hold for the "body" to be their blurbs
CARD_SHARE = 0.6

_TEASER_CARDS = etree.XPath("count(//body//article[.//a[@href]])")
_LINKED_HEADINGS = etree.XPath("//body//*[self::h2 or self::h3 or self::h4][.//a[@href] or parent::a]")
#: share of a heading's text its links to other pages must hold for it to be a teaser card's title
CARD_TITLE_LINKED = 0.5
_H1 = etree.XPath("count(//body//h1)")
# text inside these is no text of the page
_SKIPPED = ("script", "style", "noscript", "template")


@lru_cache(maxsize=16)
def _text_paths(present: frozenset[str]) -> tuple[etree.XPath, etree.XPath]:
    """The page's text nodes and its links' text nodes outside _SKIPPED elements, for a page whose
    elements of _SKIPPED are `present`: no ancestor test of every text node for a tag the page does not
    hold (after Document.drop_code only <noscript> can be left)."""
    skip = " or ".join(f"ancestor::{tag}" for tag in _SKIPPED if tag in present)
    where = f"[not({skip})]" if skip else ""
    return (
        etree.XPath(f"//body//text(){where}", smart_strings=False),
        etree.XPath(f"//body//a//text(){where}", smart_strings=False),
    )


_PARAGRAPHS = etree.XPath("//body//p")
_LINKS = etree.XPath("//body//a[@href]")


def classify_page(
    tree: etree._Element | None,
    url: str,
    *,
    og_type: str | None = None,
    schema_types: Iterable[str] = (),
    main_types: Iterable[str] = (),
    url_says_article: bool | None = None,
    body: Sequence[str] | None = None,
    published: bool | None = None,
    headline: str | None = None,
    html: str | None = None,
) -> str:
    """One of items.PAGE_TYPES.

    `schema_types` are all JSON-LD @types on the page, `main_types` those of the main article entity (if
    any). `url_says_article` is a site profile's verdict on the URL shape (None without a profile).
    `body` is the extracted main-content body (paragraphs); without it the page's own <p> elements are
    measured. `published`: the page declares a publication date. `headline`: the extracted headline
    (None when not known; an empty one means the page has none). `html`: the page's source, where a consent
    wall's buttons are read (they are not in the tree).
    """
    types = set(schema_types)
    has_article_entity = bool(ARTICLE_TYPES.intersection(main_types) or ARTICLE_TYPES.intersection(types))
    og = (og_type or "").lower()
    parts = urlsplit(url)
    path = parts.path or "/"
    page = _Measures(tree, body)

    url_kind = next((kind for kind, rx in URL_RULES if rx.search(path)), None)
    if og.startswith("video"):
        return "video"
    # An article with an embedded clip declares a VideoObject too: only a page without prose is a video.
    if "VideoObject" in types and not has_article_entity and not page.modest:
        return "video"
    if url_kind == "search" or "SearchResultsPage" in types:
        return "search"
    # (old CMSs name a section or an id "s" or "q" too: a headline over running text in one box is a story)
    if not has_article_entity and parts.query and any(k in parse_qs(parts.query) for k in SEARCH_PARAMS):
        own = (headline is None or bool(headline.strip())) and page.running_text and page.concentrated
        if not own:
            return "search"
    # A URL path is a hint, not structure: a story with running prose under /video/ is still a story.
    if url_kind == "video" and not has_article_entity and not (page.substantial and page.running_text):
        return "video"
    if og == "profile" and not has_article_entity:
        return "author"

    # A consent wall served in the story's place (a 200 under its URL) keeps the story's head (og:type,
    # sometimes its JSON-LD): a body that is a cookie notice with a control to answer it is no story.
    if page.consent_wall(html):
        return "static"
    if has_article_entity or url_says_article is True:
        if url_kind in ("tag", "author") and not has_article_entity:
            return url_kind
        return "article"
    if og == "article":
        # og:type=article alone is set site-wide by some CMSs (fronts too): the structure decides, and only
        # a front made of teaser cards is one.
        if page.listing_body:
            return "listing"
        # (a dated page is a story however short: fronts carry no publication date of their own)
        if page.many_teasers and not page.running_text and not published:
            return "listing"
        if url_kind in ("tag", "author") and not page.substantial:
            return url_kind
        return "article"

    # No article signal: structure and body decide. A tag or author URL is more specific than the
    # CollectionPage such pages usually declare, unless the page holds a story of its own (a celebrity
    # story under /people/, a photo story under /photos/).
    has_headline = headline is None or bool(headline.strip())
    if page.consent_notice:
        return "static"
    own_story = has_headline and page.substantial and page.running_text
    if url_kind in ("gallery", "author", "tag") and not (
        own_story and (page.concentrated or not page.many_teasers)
    ):
        return url_kind
    for kind, names in SCHEMA_RULES:
        if names & types:
            return kind
    if url_kind == "static":
        return url_kind
    if page.listing_body:
        return "listing"
    # The site's front page is a listing; `/?p=5031` (WordPress's plain permalinks) is a post, and a
    # query-string front (`/?page=2`) is left to the structure below.
    front = path.strip("/") == "" and not parts.query
    if front:
        return "listing"
    # A headline over running text is an article: reviews, deals roundups, live blogs, short news and blog
    # posts all are. Teaser cards around it (related stories, a rail) do not make it a listing; cards
    # holding the text do (listing_body), and so do cards with next to no text of the page's own. (An
    # ItemList, a carousel's or a listicle's, is no structure either: a short story may carry one.)
    surrounded = page.many_teasers and not (page.substantial or page.concentrated)
    if page.running_text and has_headline and not surrounded:
        return "article"
    if page.running_text and has_headline and published and DATED_PERMALINK.search(path):
        return "article"
    # A missing headline alone says nothing about what the page is: prose of its own and no listing
    # structure make it an article whose headline was not found (validation drops it for that, by name).
    if not has_headline and page.substantial and page.running_text and not page.many_teasers:
        return "article"
    if WEAK_LISTING_TYPES & types and not page.substantial:
        return "listing"
    if page.modest and published and not page.many_teasers:
        return "article"
    # (cards around a brief in one box under a story's slug are its related stories, not a front)
    if (page.brief and published and has_headline and page.own_paragraphs) and (
        not page.many_teasers or (page.concentrated and STORY_SLUG.search(path))
    ):
        return "article"
    lone_card = page.teasers >= 1 and page.long_paragraph_words < 150
    if lone_card and (url_says_article is False or og == "website"):
        return "listing"
    if page.many_teasers:
        return "listing"
    if page.long_paragraph_words >= 150 and page.link_density < 0.3 and page.h1:
        return "article"
    if page.words > 0:
        return "static"
    return "unknown"


def consent_notice(tree: etree._Element | None, body: Sequence[str] | None) -> bool:
    """The page's text is a cookie-consent notice: of a page not classified an article, a wall served
    instead of the page it stands for (see classify_page; a crawl asks for that page again next run)."""
    return _Measures(tree, body).consent_notice


def text_size(text: str) -> int:
    """Words of a text, in every script (newsarchive.textsize)."""
    return text_words(text)


def _key(text: str) -> str:
    return " ".join(text.split())[:80]


@dataclass(kw_only=True)
class _Spread:
    matched: int = 0  #: body paragraphs found as <p> elements of the page
    groups: int = 0  #: distinct containers (teaser card or paragraph wrapper) holding them
    largest_share: float = 1.0  #: share of the matched words held by the biggest container
    cards: int = 0  #: distinct teaser cards holding matched paragraphs
    card_share: float = 0.0  #: share of the matched words held by teaser cards
    largest_card_share: float = 0.0  #: share of the matched words held by the biggest card


class _Measures:
    """Measurements of one page, each computed on first use (most pages are decided early)."""

    def __init__(self, tree: etree._Element | None, body: Sequence[str] | None) -> None:
        self.tree = tree
        self.body = list(body) if body is not None else None
        self._cache: dict[str, object] = {}

    # --- the extracted body ----------------------------------------------------------------------
    def _body_sizes(self) -> tuple[int, int]:
        if "sizes" not in self._cache:
            paragraphs = self.body if self.body is not None else self._page_paragraphs()
            sizes = [text_size(p) for p in paragraphs]
            self._cache["sizes"] = (sum(1 for s in sizes if s >= PROSE_PARAGRAPH), sum(sizes))
        return self._cache["sizes"]  # type: ignore[return-value]

    @property
    def substantial(self) -> bool:
        prose, words = self._body_sizes()
        return prose >= SUBSTANTIAL[0] and words >= SUBSTANTIAL[1]

    @property
    def modest(self) -> bool:
        prose, words = self._body_sizes()
        return prose >= MODEST[0] and words >= MODEST[1]

    @property
    def brief(self) -> bool:
        prose, words = self._body_sizes()
        return prose >= BRIEF[0] and words >= BRIEF[1]

    @property
    def consent_notice(self) -> bool:
        """A consent wall for the page ("We use cookies ..."; not "websites ... cookies" of a story)."""
        if self.body is not None and sum(map(len, self.body)) > CONSENT_MAX_CHARS:
            return False
        words = self._body_sizes()[1]
        if not 0 < words <= CONSENT_MAX_WORDS:
            return False
        text = " ".join(self.body if self.body is not None else self._page_paragraphs()).lower()
        return all(rx.search(text) for rx in (CONSENT_USE, CONSENT_ACTION))

    def consent_wall(self, html: str | None) -> bool:
        """The consent notice is the page, with a button to answer it: a wall, whatever the head says."""
        if not html or not self.consent_notice:
            return False
        paragraphs = [p.lower() for p in (self.body if self.body is not None else self._page_paragraphs())]
        if not CONSENT_OURS.search(" ".join(paragraphs)):
            return False
        if not all(CONSENT_MATTER.search(p) for p in paragraphs if p.strip()):
            return False
        return any(
            CONSENT_ACTION.search(" ".join("".join(match.groups("")).split()).lower())
            for match in _CONTROL_TEXT.finditer(html)
        )

    @property
    def own_paragraphs(self) -> bool:
        """The body is the page's own <p>s, none in a teaser card nor a link's text (a front of one card
        reads as a short body too: the card's title, dek and date as one line)."""
        spread = self.spread
        return bool(spread.matched) and not spread.cards and self.linked_share < 0.5

    @property
    def running_text(self) -> bool:
        """Prose of the page's own, not blurbs of cards: a body a headline over it makes an article."""
        prose, words = self._body_sizes()
        if prose < RUNNING[0] or words < RUNNING[1]:
            return False
        spread = self.spread
        in_cards = (
            spread.matched
            and spread.cards >= 2
            and spread.card_share >= CARD_SHARE
            and spread.largest_card_share < 0.5
        )
        return not in_cards and self.linked_share < 0.5

    @property
    def linked_share(self) -> float:
        """Share of the body's words in paragraphs that are the text of a link of the page (the titles
        of teaser cards, read as paragraphs by a body extractor on a front)."""
        if "linked" not in self._cache:
            share = 0.0
            if self.tree is not None and self.body:
                links = {_key(t) for t in (a.text_content() for a in _LINKS(self.tree)) if len(t) > 20}
                sizes = [(text_size(p), _key(p) in links) for p in self.body]
                total = sum(size for size, _ in sizes)
                share = sum(size for size, linked in sizes if linked) / total if total else 0.0
            self._cache["linked"] = share
        return self._cache["linked"]  # type: ignore[return-value]

    def _page_paragraphs(self) -> list[str]:
        if self.tree is None:
            return []
        return [" ".join(p.text_content().split()) for p in _PARAGRAPHS(self.tree)]

    @property
    def spread(self) -> _Spread:
        """Where the body's paragraphs sit: one container (an article) or one teaser card each (a front)."""
        if "spread" in self._cache:
            return self._cache["spread"]  # type: ignore[return-value]
        spread = _Spread()
        self._cache["spread"] = spread
        if self.tree is None or not self.body:
            return spread
        wanted = {_key(p) for p in self.body if len(p) > 40}
        if not wanted:
            return spread
        words: Counter[etree._Element] = Counter()
        cards: Counter[etree._Element] = Counter()
        card_of = _CardFinder()
        for p in _PARAGRAPHS(self.tree):
            text = p.text_content()
            if len(text) <= 40 or _key(text) not in wanted:
                continue
            size = text_size(text)
            words[_container(p)] += size
            card = card_of(p)
            if card is not None:
                cards[card] += size
            spread.matched += 1
        if spread.matched:
            total = max(1, sum(words.values()))
            spread.groups = len(words)
            spread.largest_share = max(words.values()) / total
            spread.cards = len(cards)
            spread.card_share = sum(cards.values()) / total
            spread.largest_card_share = max(cards.values(), default=0) / total
        return spread

    @property
    def listing_body(self) -> bool:
        """The "body" is the blurbs of several teaser cards, no card holding much of it. (Paragraphs
        spread over many plain wrappers are the sections of a long article, not a listing.)"""
        spread = self.spread
        return (
            spread.matched >= 3
            and spread.cards >= 3
            and spread.card_share >= CARD_SHARE
            and spread.largest_card_share < 0.5
        )

    @property
    def concentrated(self) -> bool:
        spread = self.spread
        return spread.matched >= 2 and spread.largest_share >= 0.5

    # --- the page's markup ------------------------------------------------------------------------
    def _count(self, name: str, xpath: etree.XPath) -> float:
        if name not in self._cache:
            self._cache[name] = float(xpath(self.tree)) if self.tree is not None else 0.0
        return self._cache[name]  # type: ignore[return-value]

    @property
    def teasers(self) -> float:
        """<article> cards with a link, or headings that are links (fronts without <article>)."""
        if "headings" not in self._cache:
            self._cache["headings"] = float(_card_titles(self.tree)) if self.tree is not None else 0.0
        return max(self._count("cards", _TEASER_CARDS), self._cache["headings"])  # type: ignore[arg-type]

    @property
    def h1(self) -> float:
        return self._count("h1", _H1)

    def _text_counts(self) -> tuple[int, int]:
        if "text" not in self._cache:
            if self.tree is None:
                self._cache["text"] = (0, 0)
            else:
                # (words of the text nodes joined by a space: the sum of each node's words, one split)
                present = frozenset(el.tag for el in self.tree.getroottree().iter(*_SKIPPED))
                text, link_text = _text_paths(present)
                total = len(" ".join(text(self.tree)).split())
                link = len(" ".join(link_text(self.tree)).split())
                self._cache["text"] = (total, link)
        return self._cache["text"]  # type: ignore[return-value]

    @property
    def words(self) -> int:
        return self._text_counts()[0]

    @property
    def link_density(self) -> float:
        total, link = self._text_counts()
        return link / total if total else 0.0

    @property
    def long_paragraph_words(self) -> int:
        if "long" not in self._cache:
            sizes = (text_size(p) for p in self._page_paragraphs())
            self._cache["long"] = sum(s for s in sizes if s >= 20)
        return self._cache["long"]  # type: ignore[return-value]

    @property
    def many_teasers(self) -> bool:
        teasers = self.teasers
        return (
            teasers >= 4
            or (teasers >= 2 and self.long_paragraph_words < 150)
            or (self.link_density > 0.55 and self.long_paragraph_words < 120)
        )


def _card_titles(tree: etree._Element) -> int:
    """Headings that are a teaser card's title: inside a link, or mostly the text of links to other
    pages. A story's own headings with a link in them are no cards: a byline ("Posted by <a>Ana</a> on
    23 May"), a subheading holding a sentence with a link, a comment form's heading whose only link is
    an anchor of the page ("#respond")."""
    count = 0
    for heading in _LINKED_HEADINGS(tree):
        parent = heading.getparent()
        if parent is not None and parent.tag == "a":
            count += 1
            continue
        size = len("".join(heading.text_content().split()))
        linked = sum(
            len("".join(a.text_content().split()))
            for a in heading.iter("a")
            if (href := a.get("href")) is not None and not href.startswith("#")
        )
        if linked >= CARD_TITLE_LINKED * size:  # (an empty heading around an image link counts)
            count += 1
    return count


def _container(p: etree._Element) -> etree._Element:
    """The teaser card (<article>) holding a paragraph, else its wrapper (past one-child wrappers)."""
    for anc in p.iterancestors("article"):
        return anc
    node = p.getparent()
    if node is None:
        return p
    while len(node) == 1 and node.getparent() is not None and node.tag not in ("body", "main"):
        node = node.getparent()
    return node


# A heading linking elsewhere (a teaser's title); "#..." links are a heading's own permalink anchor.
_OUT = "@href and not(starts-with(@href, '#'))"
_LINKED_HEADINGS_IN = etree.XPath(
    f".//*[self::h2 or self::h3 or self::h4 or self::h5][.//a[{_OUT}] or ancestor::a[{_OUT}]]"
)
_H1_IN = etree.XPath(".//h1")
_LINK_IN = etree.XPath(f".//a[{_OUT}]")
_STOP = frozenset({"body", "main", "html"})


class _CardFinder:
    """The teaser card holding a paragraph, if any: the nearest ancestor that is an <article> with a link
    or that holds one linked heading, below any ancestor holding the page's <h1> (the article itself) or
    several linked headings (a list of cards, or a story with cards nested in it)."""

    def __init__(self) -> None:
        self.known: dict[etree._Element, etree._Element | None] = {}

    def __call__(self, p: etree._Element) -> etree._Element | None:
        chain: list[etree._Element] = []
        found: etree._Element | None = None
        for anc in p.iterancestors():
            if anc in self.known:
                found = self.known[anc]
                break
            if anc.tag in _STOP or _H1_IN(anc):
                found = None
                chain.append(anc)
                break
            chain.append(anc)
            headings = len(_LINKED_HEADINGS_IN(anc))
            if headings > 1:
                break
            if headings == 1 or (anc.tag == "article" and _LINK_IN(anc)):
                found = anc
                break
        for node in chain:
            self.known[node] = found
        return found
