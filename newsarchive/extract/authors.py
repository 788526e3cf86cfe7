"""Author names: where a page names its authors, and how a byline becomes a list of person names.

Rules as data, most specific first. Each was added for a pattern seen across sites of the tune halves of
the shared corpora (benchmarks/generalisation.py), never for one page:
- JSON-LD authors given as {"@id": ...} references to Person nodes of the graph (Yoast-style pages);
- <meta> names other than `author` (Parse.ly, Sailthru, Dublin Core, `byl`, Shareaholic);
- visible bylines marked by class/id/rel/itemprop in any language ("author", "byline", German "autor",
  "verfasser", "redakteur"), outside comments, forms and related-story lists;
- bylines lose their lead-in ("By", "Von", "Par", "Geschrieben von", "Eingestellt von", "Interview:"),
  trailing dates, roles and "says"; "A, B and C" and other languages' "and" split into names;
- an organisation (the site's own name, a domain, "Redaktion") gives way to person names found elsewhere.
Bylines written in the text ("Autor: X", "von X") are found by extract/byline_lines.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from newsarchive.dates import MONTHS
from newsarchive.extract.noise.apply import in_noise
from newsarchive.extract.noise.rules import RULE_NAMES
from newsarchive.extract.text import clean

#: <meta> names that hold the author, after `author` itself (values that are URLs are skipped)
AUTHOR_META_KEYS = (
    "author",
    "article:author_name",
    "article:author",
    "byl",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "citation_author",
    "shareaholic:article_author_name",
    "cxenseparse:author",
)

# Lead-ins of a byline ("By Jane Doe", "Von Max Muster", "Post author By ...", "Eingestellt von ...").
_LEAD_IN = re.compile(
    r"^(?:post\s+author|author(?:s)?|autor(?:in|en)?|auteur|verfasser(?:in)?|written\s+by|words\s+by|posted\s+by"
    r"|published\s+by|reported\s+by|story\s+by|text(?:e)?(?:\s+und\s+fotos?)?|geschrieben\s+von|eingestellt\s+von"
    r"|verfasst\s+von|ein\s+beitrag\s+von|beitrag\s*von|artikel\s+von|rezept\s+von|interview|von|vom|by|from"
    r"|view\s+all\s+posts\s+by|more\s+from|mehr\s+von|alle\s+beiträge\s+von|posted(?:\s+by)?|zum\s+profil\s+von"
    r"|par|por|di|door|av|af|über|escrito\s+por|publicado\s+por|gespeichert\s+von|erstellt\s+von"
    r"|veröffentlicht\s+von|pressemitteilung\s+von|ein\s+(?:artikel|gastbeitrag|kommentar)\s+von"
    # Blogger's and WordPress's "Posted by" in French, Italian, Dutch
    r"|publié\s+par|écrit\s+par|pubblicato\s+da|scritto\s+da|geplaatst\s+door"
    # Japanese: "文・山田太郎", "取材・文：山田太郎", "執筆：..." (文 with no separator opens a name: 文在寅)
    r"|取材・文|文|執筆|筆者|構成)(?=[\s:：|・]|$)[\s:：|・]*",
    re.I,
)
# What separates several names: commas, semicolons, slashes, and "and" in the corpora's languages.
_SPLIT = re.compile(
    r"\s*(?:[;|/]|,|&|\band\b|\bund\b|\bet\b|\by\b|\bog\b|\boch\b|\boraz\b|\bim\s+gespräch\s+mit\b"
    r"|\bin\s+conversation\s+with\b|\bwith\b|\bmit\b|、)\s*",
    re.I,
)
# A piece of a byline that is a role, not a name ("Nikkei staff writer", "Chefredakteur", "PhD").
_ROLE = re.compile(
    r"\b(?:staff|writer|writers|correspondent|correspondents|editor|editors|reporter|reporters|contributor"
    r"|contributing|columnist|bureau|chief|desk|special\s+to|redakteur(?:in)?|chefredakteur(?:in)?|korrespondent"
    r"(?:in)?|autor(?:in)?|author|photographer|fotograf(?:in)?|phd|md|mba|ma|msc)\b\.?"
    # Japanese roles after the name ("山田太郎記者", "ワシントン＝山田太郎特派員"): no word boundary in CJK
    r"|記者|編集委員|特派員|論説委員|解説委員|支局長|通信員",
    re.I,
)
_TRAILING_ROLE = re.compile(
    r"(?:\s*[,(|-]?\s*(?:(?:senior|chief|games|news|staff|freie[rn]?|leitende[rn]?)\s+)?(?:editor|reporter"
    r"|writer|correspondent|columnist|redakteur(?:in)?|chefredakteur(?:in)?|autor(?:in)?|author|journalist(?:in)?"
    r"|korrespondent(?:in)?)\)?)+$"
    # "Adam Aaronson PhillyVoice Staff": the paper's name and "Staff" after the person
    r"|\s+(?:[A-Z][\w.-]*\s+)?[Ss]taff$"
    r"|\s*(?:記者|編集委員|特派員|論説委員|解説委員|支局長|通信員)$",
    re.I,
)
# "Eberhard Fuhr (Pressesprecher des EJW)": a note of several words after the name; "(stevenhgm)", a
# handle, stays
_TRAILING_NOTE = re.compile(r"(?<=\S)\s*\([^()]*\s[^()]*\)$")
# "ワシントン＝山田太郎特派員": a Japanese byline names the place the story was filed from first
_JA_DATELINE = re.compile(r"^[^\s＝]{1,12}＝(?=\S)")
# What follows the writers: editors, translators, photographers ("Rob Ewaschuk Edited by Betsy Beyer")
_OTHER_CREDITS = re.compile(
    r"\s*[,;|]?\s*\b(?:edited|compiled|translated|illustrated|photographed|photos?|redigiert|übersetzt|fotos?)"
    r"\s+(?:by|von)\b.*$",
    re.I,
)
# A link to the author's page after the name ("Birgit Posselt Über Autorenseite von birgit.posselt")
_PROFILE_LINK = re.compile(
    r"\s+(?:über|about|mehr\s+(?:über|von)|more\s+(?:about|from|by)|alle|all|view|zur|zum)\s+(?:den\s+|die\s+|the\s+)?"
    r"(?:autor|author|beitr|post|artikel|article|profil|profile)\w*.*$",
    re.I,
)
# "© Kathrin Führes": a credit line's copyright sign
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)\s*", re.I)
# "FOCUS-Online-Experte Robin Tschöpe": a role glued to the paper's name before the person
_LEADING_ROLE = re.compile(
    r"^\S*-(?:experte|expertin|autor|autorin|redakteur|redakteurin|kolumnist|kolumnistin|korrespondent"
    r"|korrespondentin)\s+(?=\S+\s+\S)",
    re.I,
)
# "Edilson La Rosa edilsonlarosa edilsonlarosam": login names after the capitalised name
_HANDLE_WORD = re.compile(r"[a-z][a-z0-9_.]{3,}")
_SAYS = re.compile(r"\s+(?:says|sagt|schreibt|writes|dice|dit)\s*:?\s*$", re.I)
_NOT_NAMES = frozenset(
    {"no author", "admin", "administrator", "anonymous", "unknown", "follow", "name", "username", "share",
     "author", "autor", "by", "von", "guest", "gast", "user", "fail", "posted", "published", "stand", "datum",
     "date", "beitrag", "written", "edit", "more", "mehr", "profil", "profile",
     # CMS placeholders in the metadata of several sites ("publisher" on German federal sites built
     # with the same CMS, "anónimo"), in the corpora's languages
     "publisher", "anónimo", "anonimo", "anonym", "anonyme", "unbekannt", "inconnu", "desconocido"}
)  # fmt: skip
# An organisation rather than a person: a domain, a legal form, a newsroom or agency word.
_ORGANISATION = re.compile(
    r"(?:www\.|\.(?:com|de|at|ch|fr|it|es|org|net|info|co\.uk|uk|pl|nl|eu)\b)"
    r"|\b(?:gmbh|ag|inc|ltd|llc|verlag|online|redaktion|newsroom|team|media|news|agency|agentur|zeitung"
    r"|magazin|magazine|presse|press|foundation|stiftung"
    # institutions and publications that sign pages ("Bayerische Landesanstalt für Wald", "Chemie-Lexikon",
    # "Teufel Editorial Team", "The Local", "Redacción ...")
    r"|institut|institute|universität|university|hochschule|ministerium|ministry|verband|verein|association"
    r"|gesellschaft|landesanstalt|bundesamt|behörde|lexikon|portal|editorial|redacción|rédaction|redazione"
    r"|times|journal|tribune|herald|gazette|insider|international|the\s+local)\b",
    re.I,
)
# "LN", "JF", "dpa": a newspaper's or agency's short name, not a person
_ABBREVIATION = re.compile(r"[A-ZÄÖÜ]{2,5}|[a-z]{2,3}")
_AGENCIES = frozenset(
    {"reuters", "afp", "ap", "apa", "dpa", "sid", "kna", "epd", "efe", "ansa", "anp", "jiji", "kyodo",
     "xinhua", "agencies", "agenturen"}
)  # fmt: skip
# agencies' short names that are first names too ("Sid Meier")
_AGENCIES_ALSO_NAMES = frozenset({"sid", "ansa", "efe", "apa"})
_MONTH_WORDS = frozenset(MONTHS)
_CUT_WORDS = frozenset(
    {"am", "on", "le", "el", "il", "den", "the", "at", "um", "updated", "published", "aktualisiert",
     "veröffentlicht", "publié", "publicado", "-", "–", "|", "•", "·", ",", "de", "vom", "»", "«", "›", "‹",
     "follow", "folgen", "abonnieren", "subscribe",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag",
     "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"}
)  # fmt: skip

# Elements whose class/id/rel/itemprop/data-component/data-testid names them as a byline or author, and
# <byline>. One walk over the elements with each distinct attribute value tested once: a news page repeats
# a few hundred class values over thousands of elements. An XPath union of the six attributes cost 1.7 ms
# a page on aeb-dev, this 1.2 ms; an EXSLT regex over every element's attributes ~7 ms. The words are
# matched in the lower-cased value: a case-insensitive alternation is ~5x slower in Python's re.
_BYLINE_ATTRIBUTE_NAMES = ("class", "id", "rel", "itemprop", "data-component", "data-testid")
_BYLINE_WORDS = re.compile(
    "author|byline|autor|auteur|writer|written|wrote|verfasser|redakteur|submitted|posted-by|journalist|zuozhe"
)
_NOT_CANDIDATES = frozenset(
    {"script", "style", "meta", "link", "body", "html", "form", "input", "textarea", "label", "button", "img",
     "select"}
)  # fmt: skip


def persons_of(found: list[str], site_names: Iterable[str] = ()) -> list[str]:
    """The persons among a source's names: organisations left out, and an organisation's name after a
    person's cut ("Tom Davies Associated Press", "Elliot Brownstein Florida Today"). Single words left
    beside an agency are its desk, not persons ("Reuters, Washington")."""
    persons: list[str] = []
    for name in found:
        cut = _cut_trailing_organisation(name, site_names)
        if cut != name or not looks_like_organisation(name, site_names):
            persons.append(cut)
    if persons and len(persons) < len(found) and all(len(p.split()) == 1 for p in persons):
        return []
    return persons


def _cut_trailing_organisation(name: str, site_names: Iterable[str]) -> str:
    """Two words or more at the end that name an organisation or the site after a person's name, or an
    agency's short name after a dash ("Jane Doe - AFP"); a legal form stays with its company."""
    short = _AGENCY_AFTER.match(name)
    if short and (short.group(2).isupper() or short.group(2).casefold() in _AGENCIES):
        return short.group(1)
    words = name.split()
    for k in (3, 2):
        if len(words) - k < 2 or words[-k].casefold().strip(".,") in _LEGAL_FORMS:
            continue
        head = " ".join(words[:-k]).rstrip(" .,;|-–")
        tail = " ".join(words[-k:])
        if looks_like_organisation(tail, site_names) and not looks_like_organisation(head, site_names):
            return head
    return name


# "Jane Doe - AFP", "Jane Doe, dpa", "Jane Doe / AP" (not "Lee Hyun-jin")
_AGENCY_AFTER = re.compile(r"^(.*\S)(?:\s+[-–|/]\s+|\s*,\s*|\s*/\s*)([A-Za-z]{2,5})$")
_LEGAL_FORMS = frozenset({"gmbh", "ag", "inc", "ltd", "llc", "kg", "se", "sa", "plc", "bv", "co", "corp"})


def byline_candidates(tree: etree._Element) -> list[etree._Element]:
    found: list[etree._Element] = []
    tested: dict[str, bool] = {}
    for el in tree.iter():
        tag = el.tag
        if not isinstance(tag, str) or tag in _NOT_CANDIDATES:
            continue  # comments and processing instructions, and elements that never hold a byline
        if tag != "byline":
            attributes = el.attrib
            if not attributes:
                continue
            for name in _BYLINE_ATTRIBUTE_NAMES:
                value = attributes.get(name)
                if value is None:
                    continue
                hit = tested.get(value)
                if hit is None:
                    hit = tested[value] = _BYLINE_WORDS.search(value.lower()) is not None
                if hit:
                    break
            else:
                continue
        found.append(el)
    return found


# Bylines of comments, author bio boxes of other stories, forms: not the article's author.
_NOT_BYLINE = re.compile(
    r"comment|respond|reply|related|recommend|teaser|sidebar|widget|newsletter|avatar|form|footer"
    r"|latest|popular|more-|list-item|card|share|social",
    re.I,
)
_NOT_BYLINE_AROUND = re.compile(r"related|recommend|sidebar|widget|teaser|popular|latest", re.I)
_COMMENTS = re.compile(r"comment|respond|reply|discussion|forum-post", re.I)
_AUTHORISH = re.compile(r"author|byline|autor", re.I)
_NOT_BYLINE_TAGS = frozenset({"nav", "form", "menu"})
# Containers that hold the story itself, named like a box beside it: Blogger's posts column is a
# "widget Blog" (its footer's "Posted by" is the post's byline).
_STORY_CONTAINER = re.compile(r"(?:^|\s)widget Blog(?:\s|$)")


# Noise that does not disqualify a byline inside the story: the story's own <footer>/<header> ("Posted by
# Günter W. Kienitz at 18:52" in the post footer). Screen-reader-only text still does.
BYLINE_NOISE = tuple(name for name in RULE_NAMES if name != "chrome")
# The headline's container up to this much text is the article's header (h1, kicker, byline, date);
# a larger one is the whole story, where a related-stories box may sit beside the byline.
HEADER_MAX_CHARS = 1500
_VISIBLE_TEXT = etree.XPath(".//text()[not(ancestor::script or ancestor::style or ancestor::template)]")
_TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")
# Where an author box names its author when it holds a biography too.
_BOX_NAME = etree.XPath(
    ".//*[self::h2 or self::h3 or self::h4 or self::h5 or self::strong or @itemprop='name'"
    " or contains(concat(' ', normalize-space(@class), ' '), ' fn ') or @rel='author']"
)
_BOX_HEADING = etree.XPath(".//*[self::h2 or self::h3 or self::h4 or self::h5]")
# "Posted on September 21, 2020 by Adi Tzlil", "06.11.2023 13:30 von Olga": the names follow the date.
_BY_AFTER_DATE = re.compile(r"\d.*?\b(?:by|von|par|por)\s+(?P<rest>\D+)$", re.I)
# "Text: Klausmartin Friedrich Fotos: Helmut Elstrodt": the credits of pictures are not the authors.
_CREDITS_AFTER = re.compile(
    r"\s*[,|;/–-]?\s*\b(?:fotos?|bilder?|photos?|photography|grafik|grafiken|illustrations?|video|kamera)\s*:",
    re.I,
)
# Name particles written in lower case ("Michiel de Jong", "Ursula von der Leyen").
_PARTICLES = frozenset(
    {"von", "van", "de", "der", "den", "da", "di", "del", "della", "la", "le", "du", "des", "dos", "das",
     "bin", "ibn", "al", "el", "y", "zu", "ten", "ter", "op"}
)  # fmt: skip


def byline_elements(
    tree: etree._Element, scope: etree._Element, headline: etree._Element | None = None
) -> list[etree._Element]:
    """Byline candidates in document order, those inside the story first.

    `headline` (the article's <h1>): a candidate in the same small container as the headline is the
    article's byline whatever that container is called ("teaser-small__metadata" on the article's own
    header)."""
    header = _header_of(headline)
    found = [el for el in byline_candidates(tree) if not _excluded(el, header)]
    inside = [el for el in found if el is scope or any(a is scope for a in el.iterancestors())]
    return inside + [el for el in found if not any(el is i for i in inside)]


def _header_of(headline: etree._Element | None) -> etree._Element | None:
    parent = headline.getparent() if headline is not None else None
    if parent is None or parent.tag in ("body", "html") or _TEXT_LENGTH(parent) > HEADER_MAX_CHARS:
        return None
    return parent


def _excluded(el: etree._Element, header: etree._Element | None = None) -> bool:
    own = _attrs(el)
    if _NOT_BYLINE.search(own) and not _AUTHORISH.search(own):
        return True
    in_footer = False
    near_headline = header is not None and any(a is header for a in el.iterancestors())
    for ancestor in el.iterancestors():
        if ancestor.tag in ("body", "html"):
            break  # the classes of <body> name the page's layout ("x-content-sidebar-active"), not a box
        attrs = _attrs(ancestor)
        if ancestor.tag in _NOT_BYLINE_TAGS or _COMMENTS.search(attrs):
            return True
        if near_headline or ancestor.tag in ("article", "main") or _STORY_CONTAINER.search(attrs):
            return False  # the story's own header/footer/aside holds its byline
        if ancestor.tag in ("footer", "aside"):
            in_footer = True
        elif _NOT_BYLINE_AROUND.search(attrs):
            return True
    return in_footer


def _attrs(el: etree._Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def byline_in_noise(el: etree._Element, scope: etree._Element) -> bool:
    """The byline candidate sits in a noise element below the story's container (see BYLINE_NOISE)."""
    return in_noise(el, top=scope, rules=BYLINE_NOISE, leaves=(), transparent=("noscript",))


def byline_names(el: etree._Element) -> list[str]:
    """Person names of one byline element ("By Poppy Reid Feb 21, 2020" -> ["Poppy Reid"]).

    An author box with a biography ("Martin Junker" over three lines about him): the name in its
    heading, its vcard/itemprop name or its author link."""
    # the words of inline elements apart: <span>By</span><a>J.R. Stone</a>, "Inga Hoeltmann<a>Follow</a>"
    text = _spaced_text(el)
    if not text:
        return []
    # a heading inside makes it an author box even when short: its other lines are a biography
    # ("<h4>Teufel Blog Redaktion</h4><p>Alles über Lautsprecher, Heimkino & Tricks für zu Hause</p>")
    if len(text) <= 150 and not _BOX_HEADING(el):
        found = clean_authors([cut_byline(text)])
        if found or len(text) <= 60:
            return found
    for part in _BOX_NAME(el)[:3]:
        found = clean_authors([cut_byline(_spaced_text(part))])
        if found and all(_looks_like_name(n, strict=False) for n in found):
            return found
    return []


# An element that holds the author's name (not a biography: <p class="author-bio">)
_NAME_ELEMENT = re.compile(r"name", re.I)


def narrow_to_inner_names(found: list[str], el: etree._Element, later: list[etree._Element]) -> list[str]:
    """A byline holding a byline of its own: the inner one's full name where the outer one's adds words
    around it (<div class="authorinfo">Tech Insider <span class="authorname" itemprop="author">Alex
    Perry</span></div>: the provider's name before the person's). The inner element must be named as a
    name: a biography inside an author box holds other words ("Alles über Lautsprecher, Heimkino")."""
    inner: list[str] = []
    for other in later:
        if _NAME_ELEMENT.search(_attrs(other)) and any(a is el for a in other.iterancestors()):
            inner.extend(n for n in byline_names(other) if full_name(n) and n not in found and n not in inner)
        if len(inner) > len(found):
            return found  # several names inside: pieces of the outer byline, not its person
    narrowed = []
    for name in found:
        inside = [n for n in inner if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", name)]
        narrowed.append(inside[0] if len(inside) == 1 else name)
    return narrowed


def _spaced_text(el: etree._Element) -> str:
    return clean(" ".join(_VISIBLE_TEXT(el)))


def _trailing_word(word: str) -> bool:
    word = word.lower().strip(".,")
    return not word or word in _CUT_WORDS or word in _MONTH_WORDS


def cut_byline(text: str) -> str:
    """Drop what follows the names in a byline: a date, a time, a handle, a count, a photo credit.

    "Posted on September 21, 2020 by Adi Tzlil": the names after a date and "by" are the byline."""
    after = _BY_AFTER_DATE.search(text)
    if after:
        text = after.group("rest")
    text = _CREDITS_AFTER.split(text, maxsplit=1)[0]
    # a digit that starts a word ends the names; one inside a word is a handle ("freeman1984")
    text = re.split(r"(?<!\w)\d|@", text, maxsplit=1)[0]
    words = text.split()
    while words and _trailing_word(words[-1]):
        words.pop()
    if words and words[-1].endswith(":"):
        # "Author: Gàbor Muniér, Datum: 03.Mär.19": the next label after a separator ends the names;
        # "En kiosques : juillet 2020", "Published: June 3": a label and a date, no name
        text = " ".join(words)
        cut = re.match(r"(.*\S)\s*[,|;•·]\s*\S+(?:\s+\S+)?\s*:$", text)
        return cut.group(1) if cut else ""
    return " ".join(words)


def looks_like_organisation(name: str, site_names: Iterable[str] = ()) -> bool:
    norm = "".join(ch for ch in name.casefold() if ch.isalnum())
    words = name.split()
    if _ORGANISATION.search(name) or _ABBREVIATION.fullmatch(name) or norm in _AGENCIES:
        return True
    if len(words) > 1 and words[0].strip(".,").casefold() in _AGENCIES:
        # "AP Sports", "Reuters Staff"; "Sid Meier" is a person: a short agency name counts in capitals
        first = words[0].strip(".,")
        return first.isupper() or first.casefold() not in _AGENCIES_ALSO_NAMES
    return any(site and (norm == site or (len(site) >= 4 and site in norm)) for site in site_names)


def clean_authors(raw: list[str]) -> list[str]:
    """Person names from bylines: no "By", roles dropped ("Rurika Imahashi, Nikkei staff writer"),
    several names split; a byline that is only a role ("Nikkei staff writers") is kept as it is."""
    out: list[str] = []
    for item in raw:
        item = clean(item)
        if not item or item.startswith(("http://", "https://", "/", "@")):
            continue
        item = _ENCLOSED.sub(r"\1", item)  # "（山田太郎）": Japanese bylines set the name in brackets
        item = _cut_affiliation(_OTHER_CREDITS.sub("", _PROFILE_LINK.sub("", item)))
        item = _LEADING_ROLE.sub("", _strip_lead_in(_SAYS.sub("", _COPYRIGHT.sub("", item))))
        parts = [p for p in (_strip_lead_in(x.strip()) for x in _SPLIT.split(item)) if p]
        has_name = any(not _ROLE.search(p) for p in parts)
        for part in parts:
            if _ROLE.search(part):
                # "Harald Bauer Autor" -> "Harald Bauer"; "Nikkei staff writer" next to a name -> dropped;
                # a byline that is only a role ("Nikkei staff writers") stays as it is
                stripped = _TRAILING_ROLE.sub("", part).strip(" ,")
                if stripped != part and full_name(stripped) and not _ROLE.search(stripped):
                    part = stripped
                elif has_name:
                    continue
            part = _drop_trailing_handles(_TRAILING_NOTE.sub("", _JA_DATELINE.sub("", part)))
            name = part.strip(" .:-–|")
            if re.search(r"(?:^|\s)\w$", name) and part.rstrip(" :-–|").endswith("."):
                name += "."  # "Joe S.": the full stop of an initial is the name's
            if (
                name
                and len(name) <= 80
                and len(name.split()) <= 6
                and any(ch.isalpha() for ch in name)
                and name.casefold() not in _NOT_NAMES
                and name not in out
            ):
                out.append(name)
    return out


# brackets around the whole byline, not part of the name: ( ) （ ） 【 】 [ ]
_ENCLOSED = re.compile(r"^[(（【\[]\s*([^()（）【】\[\]]+?)\s*[)）】\]]$")
# "Posted by A, B and C - Chrome Safe Browsing team": the names' team or desk after a dash
_AFFILIATION = re.compile(r"^(?P<names>.*\S)\s+[-–—|]\s+(?P<tail>[^-–—|]+)$")


def _cut_affiliation(text: str) -> str:
    found = _AFFILIATION.match(text)
    if found and (_ORGANISATION.search(found.group("tail")) or _ROLE.search(found.group("tail"))):
        return found.group("names")
    return text


def _drop_trailing_handles(text: str) -> str:
    """A login name made of the name's own words is not part of it ("Edilson La Rosa edilsonlarosa")."""
    words = text.split()
    if len(words) < 3 or not words[0][:1].isupper():
        return text
    first = words[0].casefold()
    while len(words) > 2 and _HANDLE_WORD.fullmatch(words[-1]) and words[-1].startswith(first):
        words.pop()
    return " ".join(words)


def full_name(text: str) -> bool:
    """Two words or more, or two characters of a script written without spaces (山田太郎)."""
    return len(text.split()) >= 2 or (len(text) >= 2 and all(ord(ch) >= 0x2E80 for ch in text))


def _strip_lead_in(text: str) -> str:
    for _ in range(3):
        stripped = _LEAD_IN.sub("", text, count=1).strip()
        if stripped == text or not stripped:
            return stripped
        text = stripped
    return text


def _looks_like_name(name: str, *, strict: bool) -> bool:
    """A person's name as bylines write it: one to five words (two or more when `strict`), each
    capitalised or a particle; scripts without case (Japanese, Chinese) pass."""
    words = name.replace(".", ". ").split()
    if not words or len(words) > 5 or (strict and len(words) < 2):
        return False
    return all(not w[0].islower() or w.lower() in _PARTICLES for w in words)
