"""Title strings of a page: the separators between a headline and its site's name, the parts of a
<title> that name no article, and how two titles are compared. Pure string code; the headline field
(fields/headline.py) decides which of the page's titles and headings is the headline."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Collection
from urllib.parse import urlsplit

from newsarchive.extract.text import clean, norm_title

# Separators between a headline and the site's name in <title> / og:title ("Headline | Site"). Only a
# part at either end that names the site is cut, so a separator a headline holds itself stays.
#   " : "   spaced colon: "Muffin Grundrezept : Muffin Rezepte", "... : Home : Jobs & Hire"
#   "｜" "：" the full-width bar and colon of Japanese and Chinese titles: "見出し｜NHK", "見出し：朝日新聞"
#   ": "    "Site: Headline" (Blogger's "<blog>: <post>", "www.bundespraesident.de: ..."), "Headline: Site"
#   " ― " " － " the horizontal bar and full-width hyphen Japanese titles set as a spaced dash ("見出し ―
#           スポニチ Sponichi Annex 芸能", "4Gamer.net ― 見出し"); no corpus page has one, the dash is the
#           same separator in Japanese typography
#   "_"     an unspaced underscore before Han characters: Chinese portals' "标题_频道_网站" (Sina, Sohu,
#           NetEase, Caixin's "11月CPI同比上涨0.5%_经济频道_财新网", The Paper's "..._澎湃新闻-The
#           Paper": probe pages, hand-built); a Latin title's underscore joins words of a file name instead
TITLE_SEPARATOR = re.compile(
    r"\s+(?:[|\-–—―－»«·•│_~:]|::)\s+|\s*[|│｜：]\s*|(?<=\w):\s+|_(?=[\u4e00-\u9fff])"
)
SHOWN_SEPARATOR = re.compile(TITLE_SEPARATOR.pattern + r"|\s+/\s+")
# a separator left dangling at the end: "Post @ Blog :: PIXNET ::", "Über André Loibl |"
_TRAILING_SEPARATOR = re.compile(r"\s+(?:[|\-–—―－»«·•│_~:]|::)\s*$|\s*[|│｜]\s*$")
# Parts of a <title> that name no article: the date the CMS appends ("... | DW | 19.01.2020"), a bare
# domain ("... | FASSETTE.NET", "- regards.fr"), WordPress's default theme's "<blog> » Blog Archive » <post>".
_DATE_PART = re.compile(r"\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}")
_DOMAIN_PART = re.compile(r"(?:[\w-]+\.)+(?:com|net|org|info|biz|[a-z]{2})", re.I)
# Titles that name a page of any site, not an article: a CMS's default og:title or <title>, the label of
# its detail view or of the navigation an <h1> wraps ("Detailansicht", "Navigation und Service", "Menu").
_GENERIC_TITLES = frozenset(
    {
        "home", "homepage", "startseite", "index", "untitled", "ohnetitel", "news", "nachrichten",
        "aktuelles", "aktuell", "blog", "article", "artikel", "detail", "details", "detailansicht",
        "menu", "menü", "navigation", "hauptnavigation", "navigationundservice", "sections", "search",
        "suche", "accueil", "inicio", "ホーム", "トップ", "トップページ", "首页",
    }
)  # fmt: skip
# Marks a <title> sets between the headline and the site's or section's name beyond TITLE_SEPARATOR's
# ("Headline ⋆ Site", "Headline (Site)", "Headline [Blog]", "Headline › Site"); not the ?!.,:;
# and quotes a headline's own sentence holds
CUT_MARKS = frozenset("⋆★☆✩*›‹»«>/\\([{~+#=<@")
_WWW = re.compile(r"^www\.", re.I)
# host labels that name no site: "www", "www3" (NHK's www3.nhk.or.jp), mobile and AMP hosts
_HOST_PREFIX = re.compile(r"www\d*|m|amp")
_SECOND_LEVEL = frozenset({"co", "com", "or", "ne", "ac", "go", "gov", "org", "net", "edu", "gr", "lg"})
_BOILERPLATE_PARTS = frozenset({"blogarchive", "blogarchiv"})
_WORD = re.compile(r"\w{4,}")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_TLD = re.compile(r"\.[a-z]{2,4}$", re.I)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,}")


# An HTML entity left in a title's text after the markup was decoded: a CMS escaped the title twice
# ("Hochbeet anlegen &#8211; so geht&#8217;s", "Fish &amp; Chips" in og:title or <title>)
_ENTITY = re.compile(r"&(?:#\d{2,7}|#x[0-9a-f]{2,6}|[a-z]{2,8});", re.I)
# A CMS's id in a title field, not a title: "d-161500790" (dc.title), "article_4711-2"; a run of 5+ digits
# in one token of ASCII letters, digits and joiners (not "COVID-19", not a headline of one CJK word)
_ID_LIKE = re.compile(r"[A-Za-z_.:-]*\d{5,}[\w.:-]*|[A-Za-z]*[_.:-][\w.:-]*\d{5,}[\w.:-]*")


def decoded(text: str) -> str:
    """`text` with the entities a doubly escaped title still shows decoded (once)."""
    return html.unescape(text) if "&" in text and _ENTITY.search(text) else text


def is_id_like(text: str) -> bool:
    """A CMS's id or file name filled into a title field ("d-161500790"): one token, with a long number."""
    return bool(_ID_LIKE.fullmatch(text.strip()))


# what a feed's title adds to the site's name: "Site RSS", "Site - Atom-Feed", "Site » Kommentar-Feed"
_FEED_WORDS = re.compile(r"(?:\s*\b(?:rss|atom|feed|rss-feed|atom-feed|xml|2\.0|1\.0))+\s*$", re.I)


def feed_site_name(title: str) -> str:
    """The site's name a feed link's title starts with ("Kreisbote » Feed" -> "Kreisbote", "Kreisbote RSS"
    -> "Kreisbote"); "" where the title is only feed words ("RSS 2.0") or names a feed of the page's
    own ("Kommentare zu: Headline")."""
    if ":" in title or "?" in title or "!" in title:
        return ""
    first = TITLE_SEPARATOR.split(title, maxsplit=1)[0]
    name = _FEED_WORDS.sub("", first).strip()
    return "" if is_generic(name) else name


def cut_date_parts(text: str) -> str:
    """'23.01.2022 - Headline' -> 'Headline': the date a press-release list sets before or after it."""
    parts = TITLE_SEPARATOR.split(text)
    if len(parts) < 2:
        return text
    seps = TITLE_SEPARATOR.findall(text)
    start, end = 0, len(parts)
    if _DATE_PART.fullmatch(parts[0].strip()):
        start = 1
    if end - start > 1 and _DATE_PART.fullmatch(parts[-1].strip()):
        end -= 1
    if (start, end) == (0, len(parts)):
        return text
    kept = parts[start]
    for i in range(start + 1, end):
        kept += seps[i - 1] + parts[i]
    return clean(kept)


def completed(title: str, titles: list[str], sites: list[str]) -> str:
    """The whole title where `title` is cut short: og:title truncated with an ellipsis ("Rekord bei
    ...") or at a quote its markup left unescaped (content="Biden de "incapacitado"" reads
    "Biden de"), while <title> or JSON-LD holds it whole."""
    stem = title.rstrip(".… ")
    norm = norm_title(stem)
    if len(norm) < 8:
        return title
    for other in titles:
        if len(other) > len(title) and norm_title(other).startswith(norm):
            rest = other[len(stem) :] if other.startswith(stem) else ""
            # (not the same title with the site's name the stripping missed: "Tues. l KBS WORLD")
            if rest and not TITLE_SEPARATOR.match(rest) and not any(s in norm_title(rest) for s in sites):
                return other
    return title


def cut_at_mark(title: str, text: str) -> bool:
    """`text` (8+ letters) is the start or the end of `title`, and one of CUT_MARKS separates it from the
    rest ("Headline ⋆ Site": yes; "Headline and more", "Kind krank? Was Arbeitgeber ...": no)."""
    if len(norm_title(text)) < 8 or len(text) >= len(title):
        return False
    folded, needle = title.casefold(), text.casefold()
    if folded.startswith(needle):
        rest = title[len(text) :].lstrip()
        return bool(rest) and rest[0] in CUT_MARKS
    if folded.endswith(needle):
        rest = title[: len(title) - len(text)].rstrip()
        return bool(rest) and rest[-1] in CUT_MARKS
    return False


def outer_part(title: str, headline: str) -> str | None:
    """The part of `title` farthest from `headline` where `title` is `headline` and more parts ("Headline |
    Section | Site" -> "Site", "Site: Headline" -> "Site"): the page's <title> beside its og:title names the
    site where no og:site_name does. None where `title` does not start or end with `headline` at a
    separator."""
    folded, needle = title.casefold(), headline.casefold()
    if len(needle) < 8 or len(title) <= len(headline):
        return None
    if folded.startswith(needle):
        rest = title[len(headline) :]
        found = TITLE_SEPARATOR.match(rest)
        parts = TITLE_SEPARATOR.split(rest[found.end() :]) if found else []
        return clean(parts[-1]) if parts else None
    if folded.endswith(needle):
        rest = title[: len(title) - len(headline)]
        found = re.search(f"(?:{TITLE_SEPARATOR.pattern})$", rest)
        parts = TITLE_SEPARATOR.split(rest[: found.start()]) if found else []
        return clean(parts[0]) if parts else None
    return None


def is_generic(text: str) -> bool:
    return norm_title(text) in _GENERIC_TITLES


def archived_url(url: str) -> str:
    """The page a web.archive.org capture URL holds ("" if it names none); any other URL as it is. (The
    corpora's pages are served from the Wayback Machine: their own site is the archived one.)"""
    if "web.archive.org/web/" in url:
        return url.split("/web/", 1)[1].partition("/")[2]
    return url


def host_names(url: str | None) -> list[str]:
    """The names a host gives its site: the label the domain is registered under and the host's longest
    label ('www.l-mag.de' -> ['lmag'], 'www3.nhk.or.jp' -> ['nhk'], 'digital.asahi.com' -> ['asahi',
    'digital']); the archived host of a web.archive.org URL."""
    if not url:
        return []
    url = archived_url(url) or url
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return []
    if not host or host.replace(".", "").isdigit():
        return []  # (an address names no site)
    parts = [p for p in host.split(".") if not _HOST_PREFIX.fullmatch(p)]
    if len(parts) >= 2:
        parts = parts[:-1]  # the TLD
    names = []
    if parts:
        # a country's second level ("co.jp", "or.jp", "com.au", "co.uk") is no name
        own = (
            parts[-2]
            if len(parts) >= 2
            and host.rsplit(".", 1)[-1].isalpha()
            and len(host.rsplit(".", 1)[-1]) == 2
            and parts[-1] in _SECOND_LEVEL
            else parts[-1]
        )
        names = [norm_title(own), norm_title(max(parts, key=len))]
    return [n for i, n in enumerate(names) if len(n) >= 3 and n not in names[:i]]


def is_site_name(text: str, sites: list[str]) -> bool:
    norm = norm_title(text)
    if not norm:
        return True
    # a blog's short name over its posts: "<h1>Minecraft News</h1>", og:site_name "Minecraft Update News"
    words = [norm_title(w) for w in text.split()]
    if (
        2 <= len(words) <= 4
        and all(len(w) >= 3 for w in words)
        and any(all(w in site for w in words) for site in sites if len(site) < len(norm) + 12)
    ):
        return True
    for site in sites:
        # "Site Name Blog", "SITE online": the site's name and a word; "Gitarre & Bass 02/2022" is an issue
        if norm == site or (
            len(site) >= 4
            and norm.startswith(site)
            and len(norm) <= len(site) + 8
            and norm[len(site) :].isalpha()
        ):
            return True
        if len(norm) >= 4 and site.startswith(norm) and len(site) <= len(norm) + 4:
            return True
    return False


def strip_site_name(title: str, sites: list[str], labels: Collection[str] = ()) -> str:
    """'Headline - Site' / 'Site | Section | Headline' -> 'Headline': parts at either end that name the
    site are cut off; a headline with a separator of its own keeps it. `labels`: the page's own section
    labels, normalised (see is_label): 'Politik - Headline - Site' -> 'Headline'."""
    title = _TRAILING_SEPARATOR.sub("", title)
    parts = TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    seps = TITLE_SEPARATOR.findall(title)
    start, end = 0, len(parts)
    while end - start > 1 and (
        _site_like(parts[end - 1], sites, seps[end - 2]) or is_label(parts[end - 1], labels, seps[end - 2])
    ):
        end -= 1
    if end == len(parts):
        # "Headline | Site | Slogan": the site's own name (not merely a part like it) ends the headline
        # and what follows it is the site's tagline ("... | 東洋経済オンライン | 社会をよくする経済ニュース")
        # (not a name a colon joins to the headline: "UN-Klimakonferenz - DRK: Immer mehr Menschen ...")
        named = [
            i
            for i in range(1, len(parts) - 1)
            if norm_title(parts[i]) in sites
            and not seps[i - 1].startswith(":")
            and not seps[i].startswith(":")
        ]
        if named:
            end = named[0]
    # a title names its site at one end: after the end's name is cut, the start is cut only where it
    # is the name itself ("Offshore-Windenergie – Sauberer Strom | Stiftung Offshore-Windenergie")
    cut_end = end < len(parts)
    while end - start > 1:
        part, sep = parts[start], seps[start]
        site = _site_like(part, sites, sep) and (not cut_end or norm_title(part) in sites)
        # a label names no story, whichever end the site's name is at: "News - Headline - Site",
        # "Politik - Headline | Site" on a page filed under Politik; not the label of a dated entry
        # ("Briefe - 26 Oktober 2010" of a blog's /blog/briefe/ folder: the date alone is no headline)
        if not site and (not is_label(part, labels, sep) or _date_only(parts[start + 1 : end])):
            break
        start += 1
    if (start, end) == (0, len(parts)):
        return title
    kept = parts[start]
    for i in range(start + 1, end):
        kept += seps[i - 1] + parts[i]
    return clean(kept)


def _date_only(parts: list[str]) -> bool:
    """The parts hold digits and at most one word of letters: a date ("26 Oktober 2010"), not a story."""
    text = " ".join(parts)
    return any(ch.isdigit() for ch in text) and len(_LETTER_WORD.findall(text)) <= 1


def is_label(part: str, labels: Collection[str], separator: str = " | ") -> bool:
    """`part` of a title is a label, not part of the headline: a CMS's label for any page ("News",
    "Blog Archive") or one of `labels`, the sections the page itself says it is filed under (its declared
    section, its breadcrumb, the folders of its URL: "Politik" on /politik/...). Not before or after a
    colon: "Politik: Headline" is how headlines are written (a spaced " : " is a separator like " | ")."""
    if separator.startswith(":"):
        return False
    norm = norm_title(part)
    return bool(norm) and (norm in _BOILERPLATE_PARTS or norm in _GENERIC_TITLES or norm in labels)


def _site_like(part: str, sites: list[str], separator: str = " | ") -> bool:
    part = _WWW.sub("", part.strip())
    norm = norm_title(_TLD.sub("", part))  # "taz.de" names the site "taz"
    if not norm:
        return True
    if separator.startswith(":"):
        # "Topic: Headline" is how headlines are written: only the site's own name is cut there (a
        # spaced " : " is a separator like " | ")
        return any(norm == s for s in sites)
    # a CMS's label for any page ("... - Nachrichten - WDR", "News - Headline", "Stiftung - detail"); not
    # after a colon, where it starts a headline ("Home: Where the heart is")
    if norm in _BOILERPLATE_PARTS or norm in _GENERIC_TITLES:
        return True
    if _DATE_PART.fullmatch(part) or _DOMAIN_PART.fullmatch(part):
        return True
    # the site's name, its start ("Süddeutsche" of "Süddeutsche Zeitung"), or the name with a few words
    # ("SPIEGEL ONLINE", "DIE ACHSE DES GUTEN. ACHGUT.COM"); not a headline that starts with the name
    # ("The Guardian view on Hong Kong: a city on the brink | Editorial") nor a topic the name ends with
    # ("Offshore-Windenergie – Sauberer Strom vom Meer", site "Stiftung Offshore-Windenergie")
    return any(
        norm == s or (len(s) >= 4 and (s.startswith(norm) or (s in norm and len(part.split()) <= 6)))
        for s in sites
    )


def _tokens(text: str) -> set[str]:
    """Words of 4+ letters; pairs of characters in scripts written without spaces (CJK)."""
    text = text.casefold()
    tokens = {w for w in _WORD.findall(text) if not _CJK.search(w)}
    for run in _CJK.findall(text):
        tokens.update(run[i : i + 2] for i in range(len(run) - 1))
    return tokens


def share_word(a: str, b: str) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    if not ta.isdisjoint(tb):
        return True
    # compounds: "Chorgeschichte" / "Geschichte" (a word ending another; not "America" / "American")
    return any(
        (y.endswith(x) and len(y) >= len(x) + 3) or (x.endswith(y) and len(x) >= len(y) + 3)
        for x in ta
        for y in tb
        if len(x) >= 5 and len(y) >= 5
    )


def echoes(a: str, b: str) -> bool:
    """`a` and `b` title the same story: one holds most of the other ("Meta-Programming In Emacs Using
    defadvice" / "... Defadvice"), or they share most of their words ("Turkey, Poland and three Caribbean
    islands added to UK quarantine list" / "Turkey, Poland, Caribbean islands added to ..."); not a section
    label a title holds ("Fachmeldungen" / "Fachmeldungen - Verkündung des ...") nor two titles that
    share one word."""
    na, nb = norm_title(a), norm_title(b)
    short, long_ = sorted((na, nb), key=len)
    if len(short) >= 8 and short in long_ and len(short) * 5 >= len(long_) * 3:
        return True
    ta, tb = _tokens(a), _tokens(b)
    shared = len(ta & tb)
    return shared >= 2 and shared * 2 >= max(len(ta), len(tb))


# the words of a URL's last path segment: "/essen/essenwestviertel.htm" -> ["essenwestviertel"],
# "/2019/05/21/geht-euch-auch-so-oder-auf-reisen/" -> ["geht", "euch", ...]; an id, a date or an index
# page names no story
_SLUG_SPLIT = re.compile(r"[^a-z0-9]+")
_SLUG_NOISE = frozenset({"html", "htm", "php", "aspx", "asp", "shtml", "jsp", "index", "amp", "www"})
# German and Nordic letters the way slugs spell them ("ä" -> "ae"), besides their plain forms ("a")
_SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe", "å": "aa"})


def slug_words(url: str) -> list[str]:
    url = archived_url(url) or url
    try:
        path = urlsplit(url).path
    except ValueError:
        return []
    last = next((seg for seg in reversed(path.lower().split("/")) if seg), "")
    words = [w for w in _SLUG_SPLIT.split(last) if w and w not in _SLUG_NOISE and not w.isdigit()]
    return words if sum(len(w) for w in words) >= 8 else []


def names_slug(text: str, slug: list[str]) -> bool:
    """`text` spells the slug's words: all of them for a slug of one or two words ("essenwestviertel" /
    "Essen-Westviertel"), three in four of a longer one (slugs drop stopwords and punctuation)."""
    folded = text.casefold()
    forms = {_ascii(folded.translate(_SPELLED)), _ascii(folded)}
    joined = {"".join(_SLUG_SPLIT.split(f)) for f in forms}
    if len(slug) <= 2:
        return "".join(slug) in joined or any(j and j in "".join(slug) and len(j) >= 8 for j in joined)
    words = set().union(*(set(_SLUG_SPLIT.split(f)) for f in forms))
    return sum(w in words for w in slug) * 4 >= len(slug) * 3


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
