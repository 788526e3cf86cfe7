"""Headline and standfirst of the generic page: the title the publisher shows on the article, checked
against the page's metadata titles with the site's name cut off."""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from lxml import etree

from newsarchive.extract.fields.common import class_id, in_chrome, is_ancestor, memo
from newsarchive.extract.jsonld import as_text, types_of
from newsarchive.extract.selectors import css_predicate
from newsarchive.extract.text import clean, element_text

if TYPE_CHECKING:
    from newsarchive.extract.document import Document

STANDFIRST_SELECTORS = (
    "[class*='standfirst']",
    "[class*='sub-title']",
    "[class*='subtitle']",
    "[class*='subheadline']",
    "[class*='sub-headline']",
    "[class*='dek']",
    "[class*='deck']",
    "[itemprop='alternativeHeadline']",
    "[itemprop='description']",
)
# One of these is in the page's class/itemprop values whenever a STANDFIRST_SELECTORS can match.
_STANDFIRST_NEEDLES = (
    "standfirst",
    "sub-title",
    "subtitle",
    "subheadline",
    "sub-headline",
    "dek",
    "deck",
    "alternativeHeadline",
    "description",
)
_STANDFIRST_PREDICATES = tuple(css_predicate(css) for css in STANDFIRST_SELECTORS)
_STANDFIRST_ANY = etree.XPath(
    "descendant-or-self::*[" + " or ".join(f"({p})" for p in _STANDFIRST_PREDICATES) + "]"
)
_STANDFIRST_TESTS = tuple(etree.XPath(f"boolean(self::*[{p}])") for p in _STANDFIRST_PREDICATES)
_H1_PATHS = (
    etree.XPath("(//article//h1)[1]"),
    etree.XPath("(//main//h1)[1]"),
    etree.XPath("(//h1)[1]"),
)


class HeadlineFields:
    """Mixed into extract.page.Page."""

    doc: Document
    url: str

    def headline_element(self) -> etree._Element | None:
        return self._headline_element

    @cached_property
    def _headline_element(self) -> etree._Element | None:
        tree = self.doc.tree
        for xpath in _H1_PATHS:
            found = xpath(tree)
            if found and element_text(found[0]):
                return found[0]
        return None

    # --- fields --------------------------------------------------------------------------------------
    # Headline: the title the publisher shows on the article (its <h1>, without kicker or hidden
    # labels inside it), checked against the page's metadata titles (JSON-LD headline, og:title, ...,
    # <title>) with the site name cut off. Metadata alone decides when the page has no usable <h1>: one
    # that is the site's logo or name, a link home, a hidden label, or navigation.
    @memo
    def headline(self) -> str | None:
        titles = self._metadata_titles()
        h1 = self._visible_headline()
        # (a title of a few letters is a placeholder: it cannot outvote the <h1>)
        checks = [t for t in titles if len(t) >= 8]
        if h1 and (not checks or any(_share_word(h1, t) for t in checks)):
            # "<h1><em>Holocaust-Gedenktag </em>Erinnerung an ...</h1>" with og:title "Erinnerung an ...":
            # an unmarked kicker in front of the title the metadata gives
            for title in checks:
                if (
                    h1 != title
                    and h1.endswith(title)
                    and _starts_with_child(self.headline_element(), h1, title)
                ):
                    return title
            return h1
        if titles:
            return self._shown_part(titles[0])
        # nothing but the site's own name or a rejected <h1>: better that than no headline
        return h1 or self._raw_title()

    def _shown_part(self, title: str) -> str:
        """'Headline | Section | Forum' whose site-like ends are gone but not its section: the run of
        its parts that a heading of the page shows on its own. (A heading must show it, so breadcrumb
        slashes count here: "Der Bundespräsident / Reden / Rede von ...".)"""
        parts = _SHOWN_SEPARATOR.split(title)
        if len(parts) < 2:
            return title
        shown = {_norm_title(element_text(el)) for el in _HEADINGS(self.doc.tree)[:60]}
        seps = _SHOWN_SEPARATOR.findall(title)
        best = ""
        for i in range(len(parts)):
            run = parts[i]
            for j in range(i + 1, len(parts) + 1):
                if j > i + 1:
                    run += seps[j - 2] + parts[j - 1]
                if len(run) > len(best) and _norm_title(run) in shown and len(run) >= 8:
                    best = run
        return clean(best) or title

    def _raw_title(self) -> str | None:
        meta = self.doc.meta
        title = next(self.doc.tree.iterdescendants("title"), None)
        for value in (
            self.doc.jsonld.text("headline"),
            meta.first("og:title"),
            element_text(title) if title is not None else None,
            element_text(self.headline_element()) if self.headline_element() is not None else None,
        ):
            if clean(value):
                return clean(value)
        return None

    def _metadata_titles(self) -> list[str]:
        jl = self.doc.jsonld
        meta = self.doc.meta
        raw = [
            jl.text("headline"),
            meta.first("og:title"),
            meta.first("twitter:title"),
            as_text(self.doc.microdata.first("headline")),
            meta.first("dc.title", "dcterms.title", "parsely-title", "sailthru.title"),
            jl.text("name"),
        ]
        title = next(self.doc.tree.iterdescendants("title"), None)
        if title is not None:
            raw.append(element_text(title))
        sites = self._site_names
        out: list[str] = []
        for value in raw:
            value = clean(value)
            if not value:
                continue
            value = strip_site_name(value, sites)
            if value and not _is_site_name(value, sites) and not _is_generic(value) and value not in out:
                out.append(value)
        return [_completed(t, out, sites) for t in out]

    @cached_property
    def _site_names(self) -> list[str]:
        """The site's own names, normalised: og:site_name, application-name, the JSON-LD publisher and
        WebSite names, the <h1> when it is the logo, and the host without www/TLD."""
        meta = self.doc.meta
        names = [
            meta.first("og:site_name"),
            meta.first("application-name"),
            meta.first("apple-mobile-web-app-title"),
        ]
        publisher = self.doc.jsonld.get("publisher")
        names.append(as_text(publisher))
        for node in self.doc.jsonld.nodes:
            if "WebSite" in types_of(node):
                names.append(as_text(node.get("name")))
        logo = self._h1_if_logo
        if logo:
            names.append(logo)
        # a CMS that fills a site-name field with the article's title does not make the title a site name
        h1 = self.headline_element()
        own = {
            _norm_title(x)
            for x in (
                meta.first("og:title"),
                self.doc.jsonld.text("headline"),
                h1 is not None and element_text(h1),
            )
            if x
        }
        out = [
            n
            for n in (_norm_title(x) for x in names if x and len(x.split()) <= 6)
            if len(n) >= 2 and (n not in own or n == _norm_title(logo))
        ]
        for url in (self.url, self.doc.meta.canonical, meta.first("og:url")):
            host = _host_core(url)
            if host and host not in out:
                out.append(host)
        return out

    @cached_property
    def _h1_if_logo(self) -> str | None:
        """The text of a page-wide <h1> that is the site's logo (a link to the home page, or marked as a
        logo or hidden label); None otherwise."""
        h1 = self.headline_element()
        if h1 is None or not _is_logo(h1, self.url):
            return None
        return element_text(h1) or None

    def _visible_headline(self) -> str | None:
        h1 = self.headline_element()
        if h1 is None or self._h1_if_logo or in_chrome(h1, self.doc.tree):
            return None
        if _HEADLINE_EXTRA.search(class_id(h1)):
            return None  # the <h1> is itself the kicker; the headline is elsewhere
        hidden = [
            el
            for el in h1.iterdescendants()
            if el.tag in _NOT_HEADLINE_TAGS
            or _HEADLINE_EXTRA.search(class_id(el))
            or _SECTION_IN_H1.search(class_id(el))
        ]
        text = element_text(h1, hidden) if hidden else element_text(h1)
        text = clean(text.replace("\u00ad", ""))  # soft hyphens
        if hidden:
            # the separator that followed the kicker: "<h1><span class=kicker>Corona</span>: Headline"
            text = _LEADING_SEPARATOR.sub("", text)
        text = _cut_date_parts(text)  # "23.01.2022 - Headline" of a press release list
        if (
            not text
            or len(text) > _MAX_HEADLINE
            or _is_generic(text)
            or _is_site_name(text, self._site_names)
        ):
            return None
        return text

    @memo
    def standfirst(self) -> str | None:
        h1 = self.headline_element()
        if h1 is not None:
            region = h1.getparent()
            attributes = self.doc.attribute_text
            for _ in range(2 if any(needle in attributes for needle in _STANDFIRST_NEEDLES) else 0):
                if region is None:
                    break
                # one pass for all selectors; their order (specific first) decides among the matches
                candidates = _STANDFIRST_ANY(region)
                for test in _STANDFIRST_TESTS if candidates else ():
                    for el in candidates:
                        if not test(el) or el is h1 or is_ancestor(h1, el) or is_ancestor(el, h1):
                            continue
                        text = element_text(el)
                        if 15 <= len(text) <= 400:
                            return text
                region = region.getparent()
            sibling = h1.getnext()
            if sibling is not None and sibling.tag in ("h2", "p") and 15 <= len(element_text(sibling)) <= 300:
                cls = (sibling.get("class") or "").lower()
                if sibling.tag == "h2" or "sub" in cls or "lead" in cls or "summary" in cls:
                    return element_text(sibling)
        alt = self.doc.jsonld.text("alternativeHeadline")
        return clean(alt) or None


_HEADINGS = etree.XPath("//h1|//h2|//h3")
# longer than this, an <h1> is a paragraph or a photo caption set in headline type
_MAX_HEADLINE = 300
_HEADLINE_EXTRA = re.compile(
    r"kicker|dachzeile|spitzmarke|topline|overline|eyebrow|rubric|h1small|supertitle|pretitle|roofline"
    r"|strapline|subheadline|\blabel\b|aural|visually-hidden|visuallyhidden|sr-only|screen-reader|screenreader"
    # Drupal's visually hidden text: "<h1>Headline<span class=element-invisible> | Site"
    r"|element-invisible"
    r"|hidden-text|a11y",
    re.I,
)
# What a theme prints inside the <h1> besides the headline (an <h1> of such a class may still be the
# headline): the section or category ("<h1><div class=entry-section>Politics | </div>...",
# "<span class=news-list-category>"), the standfirst, byline or date set in the same element.
_SECTION_IN_H1 = re.compile(
    r"(?:^|[\s_-])(?:section|category|categories|ressort|rubrik|subline|subtitle|sub-title|standfirst|dek|deck"
    r"|byline|author|date|dateline)(?:$|[\s_-])",
    re.I,
)
# labels under a headline, ruby readings (Japanese furigana), the date a theme prints in the <h1>
_NOT_HEADLINE_TAGS = frozenset({"small", "rt", "rp", "time"})
_LOGO = re.compile(r"logo|brand|site-?title|site-?name|navskip|aural|sr-only|visually-hidden|masthead", re.I)
# Separators between a headline and the site's name in <title> / og:title ("Headline | Site"). Only a
# part at either end that names the site is cut, so a separator a headline holds itself stays.
#   " : "   spaced colon: "Muffin Grundrezept : Muffin Rezepte", "... : Home : Jobs & Hire"
#   "｜" "：" the full-width bar and colon of Japanese and Chinese titles: "見出し｜NHK", "見出し：朝日新聞"
#   ": "    "Site: Headline" (Blogger's "<blog>: <post>", "www.bundespraesident.de: ..."), "Headline: Site"
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|\-–—»«·•│_~:]|::)\s+|\s*[|│｜：]\s*|(?<=\w):\s+")
_SHOWN_SEPARATOR = re.compile(_TITLE_SEPARATOR.pattern + r"|\s+/\s+")
# a separator left dangling at the end: "Post @ Blog :: PIXNET ::", "Über André Loibl |"
_TRAILING_SEPARATOR = re.compile(r"\s+(?:[|\-–—»«·•│_~:]|::)\s*$|\s*[|│｜]\s*$")
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
_WWW = re.compile(r"^www\.", re.I)
_LEADING_SEPARATOR = re.compile(r"^[\s:|│｜·•–—-]+")
_BOILERPLATE_PARTS = frozenset({"blogarchive", "blogarchiv"})
_WORD = re.compile(r"\w{4,}")
_TLD = re.compile(r"\.[a-z]{2,4}$", re.I)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,}")


def _cut_date_parts(text: str) -> str:
    parts = _TITLE_SEPARATOR.split(text)
    if len(parts) < 2:
        return text
    seps = _TITLE_SEPARATOR.findall(text)
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


def _completed(title: str, titles: list[str], sites: list[str]) -> str:
    """The whole title where `title` is cut short: og:title truncated with an ellipsis ("Rekord bei
    ...") or at a quote its markup left unescaped (content="Biden de "incapacitado"" reads
    "Biden de"), while <title> or JSON-LD holds it whole."""
    stem = title.rstrip(".… ")
    norm = _norm_title(stem)
    if len(norm) < 8:
        return title
    for other in titles:
        if len(other) > len(title) and _norm_title(other).startswith(norm):
            rest = other[len(stem) :] if other.startswith(stem) else ""
            # (not the same title with the site's name the stripping missed: "Tues. l KBS WORLD")
            if rest and not _TITLE_SEPARATOR.match(rest) and not any(s in _norm_title(rest) for s in sites):
                return other
    return title


def _is_generic(text: str) -> bool:
    return _norm_title(text) in _GENERIC_TITLES


def _norm_title(text: str | None) -> str:
    return "".join(ch for ch in (text or "").casefold() if ch.isalnum())


def _host_core(url: str | None) -> str | None:
    """'www.l-mag.de' -> 'lmag'; the archived host of a web.archive.org URL."""
    if not url:
        return None
    if "web.archive.org/web/" in url:
        url = url.split("/web/", 1)[1].partition("/")[2] or url
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    parts = [p for p in host.split(".") if p not in ("www", "m", "amp")]
    if len(parts) >= 2:
        parts = parts[:-1]  # the TLD
    core = _norm_title(max(parts, key=len)) if parts else ""
    return core if len(core) >= 3 else None


def _is_site_name(text: str, sites: list[str]) -> bool:
    norm = _norm_title(text)
    if not norm:
        return True
    # a blog's short name over its posts: "<h1>Minecraft News</h1>", og:site_name "Minecraft Update News"
    words = [_norm_title(w) for w in text.split()]
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


def strip_site_name(title: str, sites: list[str]) -> str:
    """'Headline - Site' / 'Site | Section | Headline' -> 'Headline': parts at either end that name the
    site are cut off; a headline with a separator of its own keeps it."""
    title = _TRAILING_SEPARATOR.sub("", title)
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    seps = _TITLE_SEPARATOR.findall(title)
    start, end = 0, len(parts)
    while end - start > 1 and _site_like(parts[end - 1], sites, seps[end - 2]):
        end -= 1
    # a title names its site at one end: after the end's name is cut, the start is cut only where it
    # is the name itself ("Offshore-Windenergie – Sauberer Strom | Stiftung Offshore-Windenergie")
    cut_end = end < len(parts)
    while end - start > 1 and (
        _site_like(parts[start], sites, seps[start]) and (not cut_end or _norm_title(parts[start]) in sites)
    ):
        start += 1
    if (start, end) == (0, len(parts)):
        return title
    kept = parts[start]
    for i in range(start + 1, end):
        kept += seps[i - 1] + parts[i]
    return clean(kept)


def _site_like(part: str, sites: list[str], separator: str = " | ") -> bool:
    part = _WWW.sub("", part.strip())
    norm = _norm_title(_TLD.sub("", part))  # "taz.de" names the site "taz"
    if not norm:
        return True
    if separator.startswith(":"):
        # "Topic: Headline" is how headlines are written: only the site's own name is cut there (a
        # spaced " : " is a separator like " | ")
        return any(norm == s for s in sites)
    if norm in _BOILERPLATE_PARTS:
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


def _is_logo(h1: etree._Element, url: str) -> bool:
    if _LOGO.search(class_id(h1)):
        return True
    links = list(h1.iter("a"))
    if (len(links) == 1 and element_text(links[0]) == element_text(h1)) or (links and not element_text(h1)):
        href = (links[0].get("href") or "").strip()
        path = urlsplit(urljoin(url, href)).path if href else ""
        if "web.archive.org/web/" in href:
            path = urlsplit(href.split("/web/", 1)[1].partition("/")[2]).path
        if path in ("", "/", "/index.html", "/index.php") or _LOGO.search(class_id(links[0])):
            return True
    parent = h1.getparent()
    return parent is not None and parent.tag in ("div", "a") and bool(_LOGO.search(class_id(parent)))


def _tokens(text: str) -> set[str]:
    """Words of 4+ letters; pairs of characters in scripts written without spaces (CJK)."""
    text = text.casefold()
    tokens = {w for w in _WORD.findall(text) if not _CJK.search(w)}
    for run in _CJK.findall(text):
        tokens.update(run[i : i + 2] for i in range(len(run) - 1))
    return tokens


def _share_word(a: str, b: str) -> bool:
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


def _starts_with_child(h1: etree._Element | None, text: str, title: str) -> bool:
    """The part of the <h1> before `title` ends where an element of the <h1> starts or ends: an unmarked
    kicker ("<h1><em>Kicker </em>Title</h1>", "<h1>Kicker<br>Title</h1>"), not a word the metadata
    title leaves out inside one run of text."""
    if h1 is None or len(h1) == 0:
        return False
    kicker = _norm_title(text[: len(text) - len(title)])
    if not kicker:
        return False
    seen = ""
    for piece in _text_runs(h1):
        seen += _norm_title(piece)
        if seen == kicker:
            return True
        if len(seen) >= len(kicker):
            return False
    return False


def _text_runs(el: etree._Element) -> list[str]:
    """The <h1>'s text in runs split at element boundaries (scripts and styles left out)."""
    runs = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in ("script", "style"):
            runs.extend(_text_runs(child))
        runs.append(child.tail or "")
    return runs
