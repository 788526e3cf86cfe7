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
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from newsarchive.dates import MONTHS
from newsarchive.extract.text import clean, element_text

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
    r"|par|por|di|door|av|af|über|escrito\s+por|publicado\s+por)(?=[\s:|]|$)[\s:|]*",
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
    r"(?:in)?|autor(?:in)?|author|photographer|fotograf(?:in)?|phd|md|mba|ma|msc)\b\.?",
    re.I,
)
_TRAILING_ROLE = re.compile(
    r"(?:\s*[,(|-]?\s*(?:(?:senior|chief|games|news|staff|freie[rn]?|leitende[rn]?)\s+)?(?:editor|reporter"
    r"|writer|correspondent|columnist|redakteur(?:in)?|chefredakteur(?:in)?|autor(?:in)?|author|journalist(?:in)?"
    r"|korrespondent(?:in)?)\)?)+$",
    re.I,
)
_SAYS = re.compile(r"\s+(?:says|sagt|schreibt|writes|dice|dit)\s*:?\s*$", re.I)
_NOT_NAMES = frozenset(
    {"no author", "admin", "administrator", "anonymous", "unknown", "follow", "name", "username", "share",
     "author", "autor", "by", "von", "guest", "gast", "user", "fail", "posted", "published", "stand", "datum",
     "date", "beitrag", "written", "edit", "more", "mehr", "profil", "profile"}
)  # fmt: skip
# An organisation rather than a person: a domain, a legal form, a newsroom or agency word.
_ORGANISATION = re.compile(
    r"(?:www\.|\.(?:com|de|at|ch|fr|it|es|org|net|info|co\.uk|uk|pl|nl|eu)\b)"
    r"|\b(?:gmbh|ag|inc|ltd|llc|verlag|online|redaktion|newsroom|team|media|news|agency|agentur|zeitung"
    r"|magazin|magazine|presse|press|foundation|stiftung)\b",
    re.I,
)
# "LN", "JF", "dpa": a newspaper's or agency's short name, not a person
_ABBREVIATION = re.compile(r"[A-ZÄÖÜ]{2,5}|[a-z]{2,3}")
_AGENCIES = frozenset(
    {"reuters", "afp", "ap", "apa", "dpa", "sid", "kna", "epd", "efe", "ansa", "anp", "jiji", "kyodo",
     "xinhua", "agencies", "agenturen"}
)  # fmt: skip
_MONTH_WORDS = frozenset(MONTHS)
_CUT_WORDS = frozenset(
    {"am", "on", "le", "el", "il", "den", "the", "at", "um", "updated", "published", "aktualisiert",
     "veröffentlicht", "publié", "publicado", "-", "–", "|", "•", "·", ",", "de", "vom"}
)  # fmt: skip

# Elements whose class/id/rel/itemprop names them as a byline or author.
BYLINE_ELEMENTS = etree.XPath(
    "//*[re:test(concat(@class, ' ', @id, ' ', @rel, ' ', @itemprop, ' ', @data-component),"
    " 'author|byline|autor|writer|verfasser|redakteur|submitted|posted-by|journalist|zuozhe', 'i')]"
    "[not(self::script or self::style or self::meta or self::link or self::body or self::html or self::form"
    " or self::input or self::textarea or self::label or self::button or self::img or self::select)]",
    namespaces={"re": "http://exslt.org/regular-expressions"},
)
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


def byline_elements(tree: etree._Element, scope: etree._Element) -> list[etree._Element]:
    """Byline candidates in document order, those inside the story first."""
    found = [el for el in BYLINE_ELEMENTS(tree) if not _excluded(el)]
    inside = [el for el in found if el is scope or any(a is scope for a in el.iterancestors())]
    return inside + [el for el in found if not any(el is i for i in inside)]


def _excluded(el: etree._Element) -> bool:
    own = _attrs(el)
    if _NOT_BYLINE.search(own) and not _AUTHORISH.search(own):
        return True
    in_footer = False
    for ancestor in el.iterancestors():
        attrs = _attrs(ancestor)
        if ancestor.tag in _NOT_BYLINE_TAGS or _COMMENTS.search(attrs):
            return True
        if ancestor.tag in ("article", "main"):
            return False  # the story's own header/footer/aside holds its byline
        if ancestor.tag in ("footer", "aside"):
            in_footer = True
        elif _NOT_BYLINE_AROUND.search(attrs):
            return True
    return in_footer


def _attrs(el: etree._Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def byline_names(el: etree._Element) -> list[str]:
    """Person names of one byline element ("By Poppy Reid Feb 21, 2020" -> ["Poppy Reid"])."""
    text = element_text(el)
    if not text or len(text) > 150:
        return []
    return clean_authors([cut_byline(text)])


def cut_byline(text: str) -> str:
    """Drop what follows the names in a byline: a date, a time, a handle, a count."""
    text = re.split(r"[\d@]", text, maxsplit=1)[0]
    words = text.split()
    while words and (words[-1].lower().strip(".,") in _MONTH_WORDS or words[-1].lower() in _CUT_WORDS):
        words.pop()
    return " ".join(words)


def looks_like_organisation(name: str, site_names: Iterable[str] = ()) -> bool:
    norm = "".join(ch for ch in name.casefold() if ch.isalnum())
    if _ORGANISATION.search(name) or _ABBREVIATION.fullmatch(name) or norm in _AGENCIES:
        return True
    return any(site and (norm == site or (len(site) >= 4 and site in norm)) for site in site_names)


def clean_authors(raw: list[str]) -> list[str]:
    """Person names from bylines: no "By", roles dropped ("Rurika Imahashi, Nikkei staff writer"),
    several names split; a byline that is only a role ("Nikkei staff writers") is kept as it is."""
    out: list[str] = []
    for item in raw:
        item = clean(item)
        if not item or item.startswith(("http://", "https://", "/", "@")):
            continue
        item = _strip_lead_in(_SAYS.sub("", item))
        parts = [p for p in (_strip_lead_in(x.strip()) for x in _SPLIT.split(item)) if p]
        has_name = any(not _ROLE.search(p) for p in parts)
        for part in parts:
            if _ROLE.search(part):
                # "Harald Bauer Autor" -> "Harald Bauer"; "Nikkei staff writer" next to a name -> dropped;
                # a byline that is only a role ("Nikkei staff writers") stays as it is
                stripped = _TRAILING_ROLE.sub("", part).strip(" ,")
                if stripped != part and len(stripped.split()) >= 2 and not _ROLE.search(stripped):
                    part = stripped
                elif has_name:
                    continue
            name = part.strip(" .:-–|")
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


def _strip_lead_in(text: str) -> str:
    for _ in range(3):
        stripped = _LEAD_IN.sub("", text, count=1).strip()
        if stripped == text or not stripped:
            return stripped
        text = stripped
    return text
