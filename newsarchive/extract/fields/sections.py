"""The section a page declares (JSON-LD articleSection, article:section, ...), as one section name.

What pages declare there is not always one section (tune half of the shared corpora, 177 pages with a
section): a list joined into one string ("Commercial Real Estate,Home Page,Popular", "Politik, Eindrücke,
Inland" on 23 pages of 23 sites), a CMS's placeholder category ("Allgemein", "Uncategorized": WordPress's
default when the author chose none) or the breadcrumb's first item ("Startseite"), or a sentence (the
teaser, on motorsport-magazin.com and spox.com), or an address: microdata's `itemprop="articleSection"` on
the section's link, whose value is the link's `href` ("/columnists/", "/category/berufe/",
"https://blog.gaijinpot.com/category/learn/" on 3 tune pages of 3 sites), its text the section's name.
"""

from __future__ import annotations

import re

from lxml import etree

from newsarchive.extract.text import clean, element_text

# Category names that say no section was chosen (WordPress's default category in the corpora's
# languages) or that name the home page, not a section
NO_SECTION = frozenset(
    {
        "uncategorized",
        "uncategorised",
        "unkategorisiert",
        "allgemein",
        "sin categoría",
        "sin categoria",
        "non classé",
        "senza categoria",
        "geen categorie",
        "bez kategorii",
        "sem categoria",
        "未分類",
        "未分类",
        "home",
        "homepage",
        "home page",
        "startseite",
        "accueil",
        "inicio",
        "portada",
        "ホーム",
        "首页",
    }
)
# Labels of a whole kind of page rather than a section: in a list, a specific section comes first
# ("Articles,Highlight,Legal,National", "Main Blog,Politics", "Region, News, Wirtschaft"); alone, they stay
GENERIC_SECTIONS = frozenset(
    {
        "news",
        "articles",
        "article",
        "artikel",
        "blog",
        "main blog",
        "blogartikel",
        "posts",
        "beiträge",
        "aktuelles",
        "nachrichten",
        "noticias",
        "actualités",
        "notizie",
        "highlight",
        "featured",
        "popular",
        "top stories",
        "slider",
    }
)
# a section is a label: longer, or of more words, it is a teaser
SECTION_MAX = 60
SECTION_MAX_WORDS = 7
_LIST = re.compile(r"\s*[,;|]\s*")


def section_name(value: str | None) -> str | None:
    """The first real section of what a page declares (a specific one before a generic label); None for a
    placeholder or a sentence."""
    # (a number is a CMS's category id, not a name: JSON-LD "articleSection": [3])
    parts = [
        p
        for p in (clean(x) for x in _LIST.split(clean(value)))
        if p and p.casefold() not in NO_SECTION and any(ch.isalpha() for ch in p)
    ]
    if not parts or len(parts[0]) > SECTION_MAX or len(parts[0].split()) > SECTION_MAX_WORDS:
        return None
    return next((p for p in parts if p.casefold() not in GENERIC_SECTIONS), parts[0])


# A value that is a web address or a path, not a name
ADDRESS = re.compile(r"(?:https?:)?/")
_SECTION_PROPS = etree.XPath(
    "//*[contains(concat(' ', normalize-space(@itemprop), ' '), ' articleSection ')]"
)


def linked_section(tree: etree._Element) -> str | None:
    """The text of the first element microdata marks as the articleSection (a link, whose microdata value
    is its address)."""
    return next((text for el in _SECTION_PROPS(tree) if (text := element_text(el))), None)
