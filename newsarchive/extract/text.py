"""Text helpers shared by the extractors: element text, normalisation, datelines and credit lines."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable

from lxml import etree

_BLOCK_BREAK = {"br"}
_SKIPPED = frozenset({"script", "style", "template", "noscript"})
# What element_text cannot take from libxml2's joined text of a subtree: skipped elements, <br> (read
# as a space), entity references (which libxml2 would expand; an HTML parse never makes them).
_NOT_PLAIN = (*sorted(_SKIPPED), *sorted(_BLOCK_BREAK), etree.Entity)
# Characters no reader sees that are no part of a word, and that break equality tests between copies of a
# paragraph: the zero-width space (a line-break hint: Thai, Khmer and Burmese pages set it between words
# a reader parts by sense anyway), the word joiner and the BOM (a no-break hint; an encoder's mark), the
# soft hyphen (a hyphenation hint, "Bundes\u00adregierung"), and the direction marks, embeddings and
# isolates (U+200E, U+200F, U+061C, U+202A-U+202E, U+2066-U+2069: they steer how a right-to-left page
# shows a run of digits or Latin letters, "\u200f12:30\u200f", and a record's reader sets the direction
# by its language). trafilatura's text pass drops each of them from the body too (its paragraphs and the
# headline read here stay equal). Not the zero-width non-joiner and joiner (U+200C, U+200D): they are
# spelling (content/joiners.py) and stay, at a word's end too (Malayalam's chillu "നിയമസഭയില്‍" ends in one).
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")

# Place names are upper case in datelines; an optional ", Nov. 29" or ", Calif." and an optional
# "(Reuters)" agency tag come before the dash or colon that ends the dateline.
DATELINE = re.compile(
    r"""^(?P<place>[A-Z][A-Z.'’\- ]{1,38}[A-Z.])      # TOKYO / NEW DELHI / ST. PETERSBURG
        (?:,\s*[A-Za-z0-9.' ]{1,25})?                  # , Nov. 29 / , Calif.
        \s*(?:\((?P<agency>[A-Za-z][\w .&/-]{0,30})\))?  # (Reuters)
        \s*(?P<end>--|—|–|-|:|\.(?=\s+[A-ZÄÖÜ]))\s+(?=\S)""",
    re.VERBOSE,
)
# The full stop after the place in capitals, before the text's first sentence, is the German-language
# regional papers' dateline: "SALZBURG. Die Stadt ..." (Salzburger Nachrichten; Regionalmedien Austria's
# "GRAZ. Der ..."; probe pages, hand-built, tests/test_extract_unseen_shapes14.py and
# tests/test_extract_fields15.py; a tune-half page of nh24.de, "CALDEN. In Sorge ..."). Elsewhere a word in
# capitals and a full stop opening a story is an acronym or a label ("NATO. The alliance ...", "UPDATE.
# ..."): English papers end their datelines with a dash or colon. So it is read only on pages in these
# languages, and never for a label of the piece (below) or an acronym (the word in capitals again in the
# text: a place set in capitals by the dateline's typography is written in mixed case in the story).
FULL_STOP_DATELINE_LANGUAGES = frozenset({"de"})
# labels a page sets in capitals before a full stop over a piece ("EXKLUSIV. Die ...", "UPDATE. ..."), in
# German and the English a German page borrows: no place is named so
NOT_FULL_STOP_PLACES = frozenset(
    {"EXKLUSIV", "EXCLUSIVE", "UPDATE", "EILMELDUNG", "BREAKING", "ANZEIGE", "WERBUNG", "KOMMENTAR",
     "ANALYSE", "MEINUNG", "INTERVIEW", "REPORTAGE", "GLOSSE", "HINTERGRUND", "KRITIK", "REZENSION",
     "AKTUALISIERUNG", "NACHTRAG", "KORREKTUR", "LIVE", "VIDEO", "FOTOS", "NEU", "ACHTUNG", "PLUS",
     "PREMIUM", "GASTBEITRAG", "LESERBRIEF", "FAZIT", "TIPP", "SERVICE", "INFO", "HINWEIS", "ERRATUM"}
)  # fmt: skip
# A place in mixed case is a dateline only before a news agency's tag ("Berlin (dpa) - ...", "Madrid
# (EFE).- ...", "New Delhi, Mar 4 (PTI) ..."): the agencies of the world's wires, as data (probe pages of
# German, Spanish, Italian and Indian papers, hand-built). A tag may join a wire's regional service or a
# second wire with "/" ("Hamburg (dpa/lno) –" on welt.de, "(AFP/dpa)"); SID is the German sports wire
# ("Montpellier (SID) –" on tennismagazin.de: 2 tune pages without their dateline)
WIRE_AGENCIES = (
    "AP", "AFP", "Reuters", "dpa", "DPA", "EFE", "ANSA", "Adnkronos", "PTI", "IANS", "ANI", "Xinhua", "Kyodo",
    "Yonhap", "APA", "SDA", "Keystone-SDA", "KNA", "epd", "AAP", "Belga", "ANP", "TT", "NTB", "Lusa",
    "Europa Press", "Bloomberg", "UPI", "CNN", "AGI", "LaPresse", "askanews", "Dire", "SID", "sid",
    # national wires of West Africa: the Ghana News Agency, "Accra, Nov. 28, (GNA) -", "Source: GNA" (probe
    # page in GhanaWeb's shape, hand-built)
    "GNA",
    # press-release wires: news aktuell's and APA's "Berlin (ots) -", "Wien (OTS) -" (probe page, hand-built)
    "ots", "OTS",
    # national wires of Southeast and Central Asia, in the case they print their tag: Antara's "Jakarta
    # (ANTARA) - ", Bernama's "Kuala Lumpur (Bernama) -- " (probe page in Antara's shape, hand-built,
    # tests/test_extract_unseen_shapes11.py), the Philippine News Agency's and the Vietnam News Agency's
    "ANTARA", "Antara", "BERNAMA", "Bernama", "PNA", "VNA", "Kazinform", "MONTSAME", "Montsame",
    # national wires of Central and Eastern Europe: Poland's PAP ("Warszawa (PAP) -", Bankier's agency copy),
    # Slovakia's TASR ("Bratislava (TASR) -", teraz.sk), Czechia's ČTK, Hungary's MTI, Romania's Agerpres,
    # Bulgaria's BTA, Croatia's HINA, Slovenia's STA, Serbia's Tanjug and FoNet, Ukraine's Ukrinform and UNIAN
    # (the fourteenth round of probe pages, hand-built, tests/test_extract_unseen_shapes14.py, read no
    # dateline)
    "PAP", "TASR", "ČTK", "CTK", "MTI", "Agerpres", "AGERPRES", "BTA", "HINA", "Hina", "STA", "Tanjug",
    "FoNet", "Ukrinform", "UNIAN",
    # national wires of Africa, the Arab world, Latin America and the Caucasus and Central Asia, in the case
    # they print their tag: Senegal's and Algeria's APS ("Dakar, 4 déc (APS) –", Le Soleil's copy), Morocco's
    # MAP, Tunisia's TAP, Egypt's MENA, Nigeria's NAN, Ethiopia's ENA, Mozambique's AIM, Angola's ANGOP, Côte
    # d'Ivoire's AIP, the Gulf's KUNA, WAM and SPA, Cuba's Prensa Latina (not its "PL": a country's code
    # too), Bolivia's ABI, Azerbaijan's AZERTAC, Kyrgyzstan's Kabar, Tajikistan's Khovar, Uzbekistan's UzA
    # (the fifteenth round of probe pages, hand-built, tests/test_extract_unseen_shapes15.py, read no
    # dateline)
    "APS", "MAP", "TAP", "MENA", "NAN", "ENA", "AIM", "ANGOP", "AIP", "KUNA", "WAM", "SPA", "Prensa Latina",
    "ABI", "AZERTAC", "Kabar", "Khovar", "UzA",
)  # fmt: skip
# ... of these, the tags that are words too ("Source: Map" under a figure, "aim", "spa", "tap"): wires only
# as a dateline's tag, never on a "Source:" line alone (byline_lines.source_agency), where the word names
# something else as often
WORD_LIKE_AGENCIES = frozenset({"MAP", "AIM", "SPA", "TAP", "WAM", "ENA", "ABI"})
# (the day may carry its year after a slash, as Ethiopian papers and wires write it: "Addis Ababa, December
# 4/2026 (ENA) -", the Ethiopian News Agency's copy; a probe page, hand-built, tests/
# test_extract_unseen_shapes15.py)
DATELINE_AGENCY = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][\w'’\-]+(?: [A-ZÀ-Þ][\w'’\-]+){0,3})(?:,\s*[\w.' ]{1,25}(?:/\d{4})?)?\s*\((?:"
    + "|".join(re.escape(a) for a in WIRE_AGENCIES)
    + r")(?:/[A-Za-z]{2,12})*\)\.?\s*(?:--|—|–|-|:)?\s+(?=\S)"
)
# Some national wires set their tag bare, after the place and the day it was filed: the Ghana News Agency's
# "Accra, Dec. 4, GNA - ..." (its copy on GhanaWeb and Graphic Online) and AZERTAC's "Baku, December 4,
# AZERTAC The ..." (probe pages in their shapes, hand-built, tests/test_extract_unseen_shapes15.py, read no
# dateline). The day is required (a month's name or abbreviation and a number), and the tag is a wire's name
# in capitals followed by a dash or the next sentence's capital: "Accra, Dec. 4, GNA officials said" stays
# text.
_FILED_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
DATELINE_BARE_WIRE = re.compile(
    r"^(?P<place>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,3}),\s*"
    + _FILED_DAY
    + r",?\s+(?:"
    + "|".join(re.escape(a) for a in WIRE_AGENCIES if a.isupper() and len(a) >= 3)
    + r")(?:\s*(?:--|—|–|-)\s+|\s+(?=[A-Z]))(?=\S)"
)
# Ethiopian papers open their own stories with the place and the day, its year after a slash, and a dash, no
# agency: Addis Standard's "Addis Abeba, December 4/2026 – ...", The Reporter's and Fana's the same (probe
# pages in their shapes, hand-built, tests/test_extract_unseen_shapes15.py, read no dateline). The slashed
# year is required: "Nairobi, December 4 – ..." without it is no sign of a dateline in mixed case.
DATELINE_SLASHED_YEAR = re.compile(
    r"^(?P<place>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,3}),\s*"
    + _FILED_DAY
    + r"/(?:19|20)\d\d\s*(?:--|—|–|-)\s+(?=\S)"
)
# Italian wires put their tag first: "(ANSA) - ROMA, 04 MAR - ...", "(AGI) - Milano, 4 mar. - ..." (ANSA's
# and AGI's copy on their own and member sites; probe page, hand-built)
DATELINE_AGENCY_FIRST = re.compile(
    r"^\((?:"
    + "|".join(re.escape(a) for a in WIRE_AGENCIES)
    + r")\)\s*(?:--|—|–|-)\s*(?P<place>[A-ZÀ-Þ][\w'’\-]+(?: [A-ZÀ-Þ][\w'’\-]+){0,3}),\s*[\w.' ]{1,25}?"
    r"\s*(?:--|—|–|-)\s+(?=\S)"
)
# CNN's own pages (and its affiliates' copies) set the network's name after the place without brackets,
# "Washington CNN — ..." (<cite class="source__cite"><span class="source__location">Washington</span>
# <span class="source__text">CNN</span></cite> —, as text), in capitals too: the place is the dateline
# (CNN-affiliate-like probe, hand-built); the dash is required
BARE_TAG_AGENCIES = ("CNN",)
DATELINE_BARE_AGENCY = re.compile(
    r"^(?!(?:The|A|An|This|That|Our)\s)(?P<place>[A-ZÀ-Þ][\w'’\-.]+(?: [A-ZÀ-Þ][\w'’\-.]+){0,3}),?\s+(?:"
    + "|".join(re.escape(a) for a in BARE_TAG_AGENCIES)
    + r")\s*(?:--|—|–)\s+(?=\S)"
)
# Press-release wires stamp the place, the day and their name: "NEW YORK, March 4, 2025 /PRNewswire/ --",
# "AUSTIN, Texas, March 4, 2025 (GLOBE NEWSWIRE) --", "BOSTON--(BUSINESS WIRE)--" (a probe page in PR
# Newswire's shape, hand-built): the place is the dateline
PRESS_WIRE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\- ]{1,38}[A-Z.])(?:,\s*[A-Z][\w.' ]{1,20})?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})?"
    r"\s*(?:/PRNewswire(?:-[\w-]+)?/|\((?:GLOBE NEWSWIRE|ACCESSWIRE|ACCESS Newswire)\)|--\(BUSINESS WIRE\))"
    r"\s*(?:--|—|–)"
)
# Korean wires open the story with "(place=agency)" and the reporter: "(서울=연합뉴스) 김철수 기자 = ..."
# (Yonhap, Newsis, News1; a probe page in Yonhap's shape, hand-built): the place is the dateline
KOREAN_WIRES = ("연합뉴스", "뉴시스", "뉴스1")
DATELINE_KOREAN_WIRE = re.compile(r"^\((?P<place>[가-힣]{1,10})=(?:" + "|".join(KOREAN_WIRES) + r")\)")
# Taiwanese papers open the story with the reporters and the place in brackets: "〔記者王小明／台北報導〕"
# (the Liberty Times; United Daily News and others the same, in other brackets; a probe page, hand-built):
# the reporters are the authors, the place the dateline
TAIWAN_REPORTERS_OPENING = re.compile(
    r"^[〔［\[（(]\s*(?:本報|本报)?(?:記者|记者)\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:\s*[、，,]\s*[\u4e00-\u9fff]{2,4})*)\s*[／/]\s*"
    r"(?P<place>[\u4e00-\u9fff]{2,6}?)(?:綜合|综合)?(?:報導|报道)\s*[〕］\]）)]"
)
# Chinese wires and papers open the story with the agency, the place and the day it was filed
# ("telegraphed", 电/電): Xinhua's "新华社北京12月4日电（记者张三）", China News Service's
# "中新社北京12月4日电", People's Daily's "本报北京12月4日电"; CNA (Taiwan) sets its reporters
# before the place, in brackets: "（中央社記者王小明台北4日電）" (a probe page, hand-built:
# tests/test_extract_unseen_shapes11.py). The place is the dateline; where the reporters' names run
# into it, it is what follows a known author's name.
_CJK_AGENCY = r"(?:本报|本報|[\u4e00-\u9fff]{1,3}(?:社|网|網))"
_CJK_FILED = r"(?:\d{1,2}月)?\d{1,2}日(?:电|電)"
CJK_WIRE_DATELINE = re.compile(
    rf"^[（(]?{_CJK_AGENCY}(?!記者|记者)(?P<place>[\u4e00-\u9fff]{{2,6}}?){_CJK_FILED}"
)
CJK_REPORTERS_DATELINE = re.compile(
    rf"^[（(]{_CJK_AGENCY}(?:記者|记者)\s*(?P<rest>[\u4e00-\u9fff、，,\s]{{4,30}}?){_CJK_FILED}[）)]"
)
# A whole last paragraph that only names the source: "(Nikkei)", "(Reuters)", "-- Reuters", "— AFP".
# Or a Spanish, Portuguese or Italian labelled line that names only wire agencies: "Fuente: EFE", "Fonte:
# Lusa", "Fonti: ANSA/AFP" (ABC Color's EFE copy; a probe page, hand-built): an agency is an acronym in
# capitals or a known name, so a "Fuente: Ministerio de Hacienda" under a table stays the story's. (Not
# the English or German "Source:"/"Quelle:": the corpora's gold text keeps those lines, content/
# widget_lines.py)
_AGENCY = r"(?:[A-Z]{2,6}|Reuters|Xinhua|Lusa|Europa Press|Notimex|Télam)"
CREDIT_LINE = re.compile(
    r"^(?:\((?:[A-Z][\w .&'/,-]{1,60})\)|(?:--|—|–)\s*[A-Z][\w .&'/,-]{1,60}"
    rf"|(?:Fuente|Fuentes|Fonte|Fontes|Fonti)\s*:\s*{_AGENCY}(?:\s*(?:[/,]|y|e)\s*{_AGENCY})*)\.?$"
)


def clean(text: str | None) -> str:
    """NFC, no invisible characters, whitespace collapsed to single spaces."""
    if not text:
        return ""
    # Same result as normalise_text(_INVISIBLE.sub("", NFC(text))), without the regex passes on the
    # common cases (ASCII, already NFC, no invisible characters): this runs on every meta value.
    if not text.isascii():
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        if _INVISIBLE.search(text):
            text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    return " ".join(text.split())


def element_text(el: etree._Element, skip: Collection[etree._Element] = ()) -> str:
    """Visible-ish text of an element: <br> becomes a space, scripts and styles are skipped, and so
    are the elements in `skip` (noise left in the tree) except for their tail text."""
    tag = el.tag
    if isinstance(tag, str) and tag not in _SKIPPED and tag not in _BLOCK_BREAK:
        if len(el) == 0:
            return clean(el.text)  # a leaf (most paragraphs): its own text is all there is
        if not skip and next(el.iter(*_NOT_PLAIN), None) is None:
            # Nothing below to leave out or to read as a space: the text is all the text nodes below,
            # which libxml2 joins ~10x faster than the walk in Python (comments' text is left out by
            # both).
            return clean(etree.tostring(el, method="text", encoding=str, with_tail=False))
    parts: list[str] = []
    _collect(el, parts, skip, top=True)
    return clean("".join(parts))


def _collect(
    el: etree._Element, parts: list[str], skip: Collection[etree._Element], *, top: bool = False
) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _SKIPPED or not isinstance(el.tag, str) or (skip and not top and el in skip):
        if not top and el.tail:
            parts.append(el.tail)
        return
    if tag in _BLOCK_BREAK:
        parts.append(" ")
    if el.text:
        parts.append(el.text)
    for child in el:
        _collect(child, parts, skip)
    if not top and el.tail:
        parts.append(el.tail)


# Elements that stand on lines of their own where a page shows them
_LINE_BLOCKS = ("p", "div", "li", "dd", "dt", "h2", "h3", "h4", "h5", "h6", "section", "header", "td")


def spaced_lines_text(el: etree._Element) -> str:
    """element_text, with a space where a block below `el` starts or ends: the lines of a date block read
    apart ("Published - March 04, 2025 05:00 pm IST</p><p>Updated - ..." is no "...pm ISTUpdated - ...",
    whose zone and label no pattern finds; The Hindu's shape, hand-built)."""
    if len(el) == 0 or next(el.iterdescendants(*_LINE_BLOCKS), None) is None:
        return element_text(el)
    parts: list[str] = []
    _collect_lines(el, parts, top=True)
    return clean("".join(parts))


def _collect_lines(el: etree._Element, parts: list[str], *, top: bool = False) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _SKIPPED or not tag:
        if not top and el.tail:
            parts.append(el.tail)
        return
    block = tag in _LINE_BLOCKS or tag in _BLOCK_BREAK
    if block:
        parts.append(" ")
    if el.text:
        parts.append(el.text)
    for child in el:
        _collect_lines(child, parts)
    if block:
        parts.append(" ")
    if not top and el.tail:
        parts.append(el.tail)


def find_dateline(
    first_paragraph: str, authors: Iterable[str] = (), language: str | None = None, later: Iterable[str] = ()
) -> str | None:
    """Place of a dateline that opens the paragraph ("TOKYO -- ..." -> "TOKYO"), else None. `authors`,
    the story's, part the place from the reporters' names run into it ("中央社記者王小明台北4日電");
    `language`, the page's, and `later`, the story's other paragraphs, tell a place before a full stop
    from an acronym or a label (FULL_STOP_DATELINE_LANGUAGES)."""
    place = _cjk_wire_place(first_paragraph, authors)
    if place:
        return place
    m = (
        DATELINE_BARE_AGENCY.match(first_paragraph)
        or DATELINE.match(first_paragraph)
        or DATELINE_AGENCY.match(first_paragraph)
        or DATELINE_AGENCY_FIRST.match(first_paragraph)
        or DATELINE_BARE_WIRE.match(first_paragraph)
        or DATELINE_SLASHED_YEAR.match(first_paragraph)
        or PRESS_WIRE_DATELINE.match(first_paragraph)
    )
    if not m:
        opening = DATELINE_KOREAN_WIRE.match(first_paragraph) or TAIWAN_REPORTERS_OPENING.match(
            first_paragraph
        )
        return opening.group("place") if opening else None
    place = m.group("place").strip(" .-")
    # An all-caps opening word of a normal sentence ("I -", "US: ...") is not a place line.
    if len(place.replace(" ", "")) < 3 or place.upper() in _NOT_PLACES:
        return None
    if m.re is DATELINE and m.group("end") == "." and not m.group("agency"):
        primary = re.split(r"[-_]", language or "", maxsplit=1)[0].lower()  # "de-DE", "de_AT": "de"
        if primary not in FULL_STOP_DATELINE_LANGUAGES or place in NOT_FULL_STOP_PLACES:
            return None
        capitals = re.compile(rf"(?<!\w){re.escape(place)}(?!\w)")
        if capitals.search(first_paragraph, m.end()) or any(capitals.search(p) for p in later):
            return None  # "NATO. Das Bündnis ... der NATO": an acronym, written so everywhere
    return place


# A story's label in capitals before a colon or dash, where a dateline would stand: the trade press's and the
# tabloids' "EXCLUSIVE: Netflix has landed ..." (Deadline, TheWrap), "BREAKING: ..." (probe pages,
# hand-built: tests/test_extract_unseen_shapes16.py), "UPDATE:", "WATCH:". Labels, no places (a place
# named so would be a strange town).
_NOT_PLACES = frozenset(
    {
        "EXCLUSIVE", "EXCL", "BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "WATCH", "LISTEN", "PICTURED",
        "REVEALED", "SPOILER ALERT", "SPOILERS", "ANALYSIS", "OPINION", "REVIEW", "EDITOR'S NOTE",
        "EDITOR’S NOTE", "CORRECTION", "CLARIFICATION", "LIVE", "VIDEO", "PHOTOS", "EXCLUSIVE VIDEO",
    }
)  # fmt: skip


def _cjk_wire_place(first_paragraph: str, authors: Iterable[str]) -> str | None:
    wire = CJK_WIRE_DATELINE.match(first_paragraph)
    if wire:
        return wire.group("place")
    reporters = CJK_REPORTERS_DATELINE.match(first_paragraph)
    if not reporters:
        return None
    last = re.split(r"[、，,\s]+", reporters.group("rest").strip())[-1]
    for name in sorted((a for a in authors if a), key=len, reverse=True):
        if last.startswith(name) and 2 <= len(last) - len(name) <= 6:
            return last[len(name) :]
    return None


# ... or a news agency's whole name with its initials in brackets, alone under the text: IOL's "African News
# Agency (ANA)", a Ghanaian paper's "Ghana News Agency (GNA)", the Kenya News Agency's "Kenya News Agency
# (KNA)" (the fifteenth round of probe pages, hand-built, tests/test_extract_unseen_shapes15.py, kept it as
# the text's last paragraph). The initials are the name's capitals and the name says it is an agency or a wire
# service: a party's, a union's or an institution's name and initials ("Independent Electoral Commission
# (IEC)", "Democratic Press Freedom Union (DPFU)") stay.
_AGENCY_NAME_LINE = re.compile(
    r"^(?P<name>(?:[A-Z][\w'’-]*\s+(?:of\s+)?){1,5}[A-Z][\w'’-]*)\s*\((?P<initials>[A-Z]{2,6})\)\.?$"
)
_AGENCY_WORDS = frozenset({"agency", "agence", "agencia", "agência", "agenzia"})
_AGENCY_ENDINGS = ("press association", "presse service", "press service", "news service", "wire service")


def _agency_name_line(paragraph: str) -> bool:
    found = _AGENCY_NAME_LINE.match(paragraph)
    if not found:
        return False
    words = re.split(r"[\s-]+", found.group("name"))  # ("Agence France-Presse (AFP)")
    initials = "".join(w[0] for w in words if w[0].isupper())
    return found.group("initials") == initials and (
        any(w.casefold() in _AGENCY_WORDS for w in words)
        or found.group("name").casefold().endswith(_AGENCY_ENDINGS)
    )


def is_credit_line(paragraph: str) -> bool:
    return (bool(CREDIT_LINE.match(paragraph)) or _agency_name_line(paragraph)) and len(paragraph) <= 70


def split_credit(paragraphs: list[str]) -> tuple[list[str], str | None]:
    """Move a trailing source line ("(Nikkei)") out of the body."""
    if paragraphs and is_credit_line(paragraphs[-1]):
        return paragraphs[:-1], paragraphs[-1]
    return paragraphs, None


# A Japanese story's last line names its reporter in brackets, after the last sentence or on a line of its
# own: "...示す予定だ。（山田太郎）" (Yomiuri, Asahi, regional papers; after the desk, "（政治部 佐藤健一）";
# Mainichi's in lenticular brackets, "【佐藤健一】": probe pages, hand-built). Two to ten characters of Han
# or kana; a desk, a paper or an agency ("（政治部）", "（共同）") is the source, not a person; nor is a
# label a portal sets in such brackets over its links ("【関連記事】", "【動画】", "【特集】"; livedoor News,
# a probe page, hand-built: no name ends in these words).
SIGNATURE = re.compile(
    r"(?:^|(?<=[。」』！？!?）)\s]))\s*(?:[（(](?:[\u4e00-\u9fff]{1,6}部\s+)?"
    r"(?P<name>[\u3040-\u30ff\u4e00-\u9fff々ー・＝]{2,10})[)）]"
    r"|【(?P<bracketed>[\u3040-\u30ff\u4e00-\u9fff々ー・＝]{2,10})】)$"
)
_NOT_PERSON_SIGNATURE = re.compile(
    r"(?:部|社|局|班|課|室|会|団|庁|省|県|府|市|町|村|新聞|通信|支局|報道|編集|写真|図"
    r"|記事|リンク|ニュース|動画|速報|情報|一覧|特集|画像)$|^(?:共同|時事|関連)"
)


def signature_of(paragraph: str) -> str | None:
    """The reporter's name a Japanese story ends with ("...予定だ。（山田太郎）" -> "山田太郎"), else None."""
    found = SIGNATURE.search(paragraph) if paragraph.endswith((")", "）", "】")) else None
    name = (found.group("name") or found.group("bracketed")) if found is not None else None
    if name is None or _NOT_PERSON_SIGNATURE.search(name):
        return None
    return name.rsplit("＝", 1)[-1]


def split_signature(paragraphs: list[str]) -> tuple[list[str], str | None]:
    """Move the reporter's signature that ends a Japanese story ("（山田太郎）") out of the body: a byline."""
    if not paragraphs or signature_of(paragraphs[-1]) is None:
        return paragraphs, None
    found = SIGNATURE.search(paragraphs[-1])
    assert found is not None
    rest = paragraphs[-1][: found.start()].rstrip()
    signature = paragraphs[-1][found.start() :].strip()
    return [*paragraphs[:-1], rest] if rest else paragraphs[:-1], signature


# A Chinese story names its reporters on a line of their own at its start or end: "（记者 张华 李明）",
# "（本报记者 张华、李明）" (Xinhua, People's Daily and the papers that take their copy: probe pages,
# hand-built). Two to four Han characters a name, parted by spaces or "、"; only the whole line, so the
# reporters a dateline holds inside a sentence stay in the text.
_REPORTERS = re.compile(
    r"[（(]\s*(?:本报|本報|新华社|新華社)?(?:记者|記者)[\s：:]*"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:\s*[\s、，,]\s*[\u4e00-\u9fff]{2,4})*)\s*[)）]"
)
# ... or without the brackets, the role parted from the names by a space or a colon: People's Daily's
# "本报记者 张三" set over the text as a paragraph of its own (a probe page, hand-built)
_REPORTERS_BARE = re.compile(
    r"(?:本报|本報|新华社|新華社)?(?:记者|記者)[\s：:]+"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:\s*[\s、，,]\s*[\u4e00-\u9fff]{2,4})*)"
)


# ... and Xinhua's English service the same way, in English: "(Reporters: Zhang Wei, Li Na)", "(Reporter:
# Zhang Wei)", a line of its own after the story's dateline sentence or at its end (probe pages,
# hand-built). Each name two to four capitalised words.
_LATIN_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}"
_REPORTERS_EN = re.compile(
    rf"[(（]\s*Reporters?\s*[:：]\s*(?P<names>{_LATIN_NAME}(?:\s*(?:,|&|\band\b)\s*{_LATIN_NAME})*)\s*[)）]"
)


def opening_reporters_of(paragraph: str) -> list[str]:
    """The reporters a Taiwanese story's opening brackets name ("〔記者王小明／台北報導〕..." -> 王小明), else
    []."""
    found = TAIWAN_REPORTERS_OPENING.match(paragraph)
    return re.split(r"\s*[、，,]\s*", found.group("names")) if found else []


def reporters_of(paragraph: str) -> list[str]:
    """The reporters a Chinese story's reporters' line names ("（记者 张华 李明）" -> 张华, 李明; "(Reporters:
    Zhang Wei, Li Na)" -> Zhang Wei, Li Na), else []."""
    text = paragraph.strip()
    found = _REPORTERS.fullmatch(text) or _REPORTERS_BARE.fullmatch(text)
    if found:
        return re.split(r"\s*[\s、，,]\s*", found.group("names"))
    english = _REPORTERS_EN.fullmatch(text) if text.startswith(("(", "（")) else None
    return re.split(r"\s*(?:,|&|\band\b)\s*", english.group("names")) if english else []


# The reporter's name in brackets as the last line of the English edition of a Japanese paper's story,
# where the Japanese one signs "（山田太郎）": "(Taro Yamada)" (probe pages, hand-built). Two or three
# capitalised words, no more: "(See related story on Page 3)", "(Yomiuri Shimbun)" (an organisation,
# told apart by the caller) are no signatures.
_LATIN_SIGNATURE = re.compile(r"\(\s*(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s*\)")


# Words of the papers and agencies that close a Japanese paper's English story with their own name
# ("(Yomiuri Shimbun)", "(Mainichi Japan)", "(Kyodo News)", "(Jiji Press)") and of the places it was filed
# from: never a reporter's name
_NOT_SIGNATURE_WORDS = frozenset(
    {"shimbun", "shinbun", "japan", "nippon", "nihon", "news", "press", "times", "kyodo", "jiji", "nikkei",
     "asahi", "yomiuri", "mainichi", "sankei", "tokyo", "osaka", "agency", "staff", "reporter",
     "correspondent"}
)  # fmt: skip


# A Japanese name in Hepburn romanisation: syllables of a consonant (or none) and a vowel, and "n" ("Taro",
# "Yamada", "Shinzo", "Hattori", "Kenichi", "Ryotaro"). Other bracketed last lines of English stories are a
# source's credit, "(Deutsche Welle)", "(China Daily)", "(Radio Free Asia)", "(Al Jazeera)", "(Getty
# Images)", "(The Guardian)" (hand-built probes of reprinting sites: the signature rule made each an author)
_HEPBURN_WORD = re.compile(
    r"(?:(?:kk|ss|tt|pp|tch|ch|sh|ts|[kgszjtdnhbpmyrwf])?y?[aiueoāīūēō]|n(?![aiueoy])|')+", re.I
)


def latin_signature_of(paragraph: str) -> str | None:
    """The reporter's name of an English "(Taro Yamada)" signature line, else None."""
    found = _LATIN_SIGNATURE.fullmatch(paragraph.strip())
    if found is None:
        return None
    words = found.group("name").split()
    if any(w.lower() in _NOT_SIGNATURE_WORDS or not _HEPBURN_WORD.fullmatch(w) for w in words):
        return None
    return found.group("name")


def split_reporters(paragraphs: list[str]) -> tuple[list[str], str | None]:
    """Move a Chinese story's reporters' line out of the body, at its start or end only."""
    if paragraphs and reporters_of(paragraphs[-1]):
        return paragraphs[:-1], paragraphs[-1]
    if paragraphs and reporters_of(paragraphs[0]):
        return paragraphs[1:], paragraphs[0]
    return paragraphs, None


# Reuters' sign-off, closing its stories and the papers' that run them: "(Reporting by Jane Doe in London;
# additional reporting by Max Po; Editing by John Roe)". The reporters and writers are the authors; those
# credited with additional reporting and the editors are not (probe pages, hand-built).
_WIRE_SIGN_OFF = re.compile(
    r"\(?\s*(?:reporting|writing|additional\s+reporting)\s+by\s+[^()]{3,200}\)?", re.I
)
_SIGN_OFF_AUTHORS = re.compile(r"\s*(?:reporting|writing)\s+by\s", re.I)


def wire_sign_off_of(paragraph: str) -> list[str]:
    """The reporters' and writers' parts of a wire sign-off line ("Reporting by Jane Doe in London", ...),
    else []: the caller cleans them into names."""
    text = paragraph.strip()
    if not _WIRE_SIGN_OFF.fullmatch(text):
        return []
    parts = text.strip("() ").split(";")
    return [p.strip() for p in parts if _SIGN_OFF_AUTHORS.match(p)]


def norm_title(text: str | None) -> str:
    """Letters and digits, casefolded: how titles and site names are compared."""
    return "".join(ch for ch in (text or "").casefold() if ch.isalnum())
