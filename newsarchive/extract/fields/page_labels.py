"""The sections a page says it is filed under (fields/headline.py reads a title part or an <h1> that is one
of them as a label, not the headline)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newsarchive.extract.fields.titles import archived_url, norm_title, slug_words
from newsarchive.extract.jsonld import types_of

if TYPE_CHECKING:
    from newsarchive.extract.document import Document

# a section label is a word or a few ("Politik", "Wirtschaft & Finanzen"); longer, a breadcrumb item or a
# declared "section" is a sentence or a teaser (sections.SECTION_MAX_WORDS has the same reason)
_MAX_LABEL_WORDS = 4
# a section's folder is a word or two ("politik", "uk-news", "rhein-main")
_MAX_FOLDER_WORDS = 2
_SLUG_WORDS = re.compile(r"[-_+.]")


def page_labels(doc: Document, url: str) -> frozenset[str]:
    """The sections the page says it is filed under, normalised: its declared sections (JSON-LD
    articleSection, article:section), its JSON-LD breadcrumb but the last item (the story itself) and
    the folders of its URL ("/politik/inland/slug" -> politik, inland). A title part that is one of
    them is a label, not headline ("Politik - Headline - Site")."""
    values: list[str] = []
    for raw in (doc.jsonld.get("articleSection"), *doc.meta.all("article:section")):
        values.extend(x for x in (raw if isinstance(raw, list) else [raw]) if isinstance(x, str))
    for node in doc.jsonld.nodes:
        if "BreadcrumbList" in types_of(node):
            items = node.get("itemListElement")
            if isinstance(items, list):
                values.extend(_crumb_name(item) for item in items[:-1])
    path = urlsplit(archived_url(url)).path
    # (a folder of more words is the story's slug before its id: /the-man-whose-duvet.../ar-BBX)
    folders = path.strip("/").split("/")[:-1]
    values.extend(f for f in folders if len(_SLUG_WORDS.split(f)) <= _MAX_FOLDER_WORDS)
    slug = "".join(slug_words(url))  # (a folder named like the story: /essenwestviertel/...htm)
    return frozenset(
        norm
        for norm in (norm_title(v) for v in values if v and len(v.split()) <= _MAX_LABEL_WORDS)
        # (two letters of a script without spaces are a word: 政治, 経済)
        if (len(norm) >= 3 or (len(norm) == 2 and not norm.isascii())) and not norm.isdigit() and norm != slug
    )


def _crumb_name(item: object) -> str:
    """The name of a JSON-LD breadcrumb's ListItem ({"name": ...} or {"item": {"name": ...}})."""
    if not isinstance(item, dict):
        return ""
    name = item.get("name")
    if not name and isinstance(item.get("item"), dict):
        name = item["item"].get("name")
    return name if isinstance(name, str) else ""
