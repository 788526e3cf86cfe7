"""Authors of the generic page, as a list of person names."""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from lxml import etree

from newsarchive.extract.author_names import UNNAMED_STAFF, UNNAMED_WIRE_DESK
from newsarchive.extract.authors import (
    AUTHOR_META_KEYS,
    _looks_like_name,
    after_sponsor_label,
    author_page_links,
    byline_elements,
    byline_in_noise,
    byline_names,
    clean_authors,
    full_name,
    looks_like_organisation,
    narrow_to_inner_names,
    persons_of,
)
from newsarchive.extract.byline_lines import (
    copyright_holder,
    dated_agency,
    dated_byline,
    dateline_agency,
    labelled_byline,
    opening_byline,
    outlet_signed_byline,
    release_issuer,
    source_agency,
    text_lines,
)
from newsarchive.extract.fields.common import memo
from newsarchive.extract.fields.site_builders import builds_the_site
from newsarchive.extract.fields.titles import host_names, outer_part
from newsarchive.extract.jsonld import as_text, names, types_of
from newsarchive.extract.name_case import lower_case_person, person_case
from newsarchive.extract.selectors import class_id
from newsarchive.extract.text import (
    element_text,
    latin_signature_of,
    opening_reporters_of,
    reporters_of,
    signature_of,
    wire_sign_off_of,
)

if TYPE_CHECKING:
    from newsarchive.extract.document import Document


# a login name: one word with digits, or one lower-case word
_HANDLE = re.compile(r"(?=\S*\d)[\w.-]+|[a-z][a-z0-9_.-]*")


# Library-catalogue metadata names one person a tag and writes the name inverted, "Surname, Given names"
# (Dublin Core's and Highwire Press's citation_author convention): "Harm, Robert" (ihrwebprofi.at, whose
# rights holder is "Robert Harm"), "Jong, Michiel de" and "Kooman, F." (an IETF draft), tune half
_ONE_NAME_A_TAG = frozenset(
    {"dc.creator", "dcterms.creator", "dc:creator", "dcterms:creator", "citation_author"}
)  # fmt: skip
_INVERTED = re.compile(r"(?P<last>[^\W\d_][\w'’-]*),\s*(?P<given>[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,2})")


# One surname and one given name (and an initial) around a comma in a plain author <meta>, "Doe, Jane",
# "Doe, Jane A.": one person written inverted, as a catalogue or a CMS's "last name, first name" field
# writes it, not two persons of one name each (probe pages, hand-built: tests/test_extract_fields14.py).
# Two full names, "Jane Doe, John Roe", stay two.
_INVERTED_PAIR = re.compile(r"(?-i:[A-Z][\w'’-]+),\s*(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z])\.)?")


# the words of a company's department that signs its releases, never a given name
_DEPARTMENT = re.compile(
    r"\b(?:communications|corporate|department|relations|press|office|team|media|newsroom|marketing"
    r"|abteilung|pressestelle|unternehmenskommunikation)\b",
    re.I,
)


def _uninverted(value: str) -> str:
    """'Jong, Michiel de' -> 'Michiel de Jong'; any other value as it is."""
    found = _INVERTED.fullmatch(" ".join(value.split()))
    if not found or not _looks_like_name(found.group("given"), strict=False):
        return value
    # (two agencies or organisations are no inverted name: "Reuters, AP" is no person "AP Reuters")
    # (nor a company and its department: "Siemens, Corporate Communications" is one organisation, not a
    # person "Corporate Communications Siemens"; hand-built)
    if _DEPARTMENT.search(found.group("given")):
        return f"{found.group('last')} {found.group('given')}"
    if any(looks_like_organisation(found.group(g), []) for g in ("last", "given")):
        return value
    return f"{found.group('given')} {found.group('last')}"


# A profile address without its scheme, what OpenGraph's article:author holds ("facebook.com/vegolosi",
# "www.facebook.com/pages/x"): a URL, not a name. Only "www." or a social network's host: "n-tv.de/dpa",
# "hessenschau.de/bb" credit the site and an agency or editor, as German sites write it.
_BARE_URL = re.compile(
    r"(?:www\.[\w.-]+|(?:[\w-]+\.)*(?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|pinterest)\.com)/\S*$",
    re.I,
)


# An organisation's name the byline's sentence runs into ("By the Associated Press", "By the Harbour Post
# staff"; probe pages, hand-built): its article in lower case belongs to the sentence, the name as a name
# opens with a capital ("The Associated Press", as its own bylines write it)
_LOWER_ARTICLE = re.compile(r"the(?=\s+[A-Z])")


def _title_article(name: str) -> str:
    return "The" + name[3:] if _LOWER_ARTICLE.match(name) else name


def _key(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def _same_person(name: str, other: str) -> bool:
    """The same name, or the same surname and initial: metadata writes "Eduardo Barreneche" where the
    byline shows "E. Barreneche"."""
    if _key(name) == _key(other):
        return True
    a, b = name.casefold().split(), other.casefold().split()
    return len(a) >= 2 and len(b) >= 2 and a[-1] == b[-1] and a[0][:1] == b[0][:1]


# the longest site name looked for in a metadata value, in words; and what stands for it while the value
# is split
SITE_NAME_WORDS = 8
_SITE_TOKEN = "Sitename"

HEADLINE_LINES_BEFORE = 3
HEADLINE_LINES_AFTER = 20
STORY_EDGE_LINES = 8
DATELINE_LINES = 15
#: lines under the headline read for a "Source: <agency>" line (the date and source row)
SOURCE_LINES = 4
SIGNATURE_PARAGRAPHS = 4
#: the footer's lines read for a copyright holder
COPYRIGHT_LINES = 40
#: links to the site's home page read for its name, and the XPath that finds them
MAX_HOME_LINKS = 5
_HOME_LINKS = etree.XPath("//a[@href='/' or @href=$root or @href=$slash]")
#: the story's first paragraphs read for a press-release wire's tag
RELEASE_PARAGRAPHS = 3
#: the paragraphs an unlabelled byline opening the text is read in (the name line, its bureau line)
OPENING_BYLINE_PARAGRAPHS = 2


class AuthorFields:
    """Mixed into extract.page.Page."""

    doc: Document
    _site_names: list[str]

    # Authors, in this order of trust: JSON-LD author/creator (references to Person nodes resolved),
    # <meta> (AUTHOR_META_KEYS), microdata, the visible byline (an element marked as one), a labelled
    # line of text ("Autor: X", "von X"). The first source with names wins, except that an organisation
    # (the site itself, a domain, a newsroom) gives way to persons named in a later source
    # (extract/authors.py), and that metadata naming the first of several authors gives way to the
    # byline that names them all ("author": "Rudolf Fischer"; "von Rudolf Fischer, Simon Kohler").
    # A person's name set in capitals is written as a name ("JOHN SMITH" -> "John Smith": extract/
    # name_case.py); an organisation's stays as it is ("BBC NEWS").
    def authors(self) -> list[str]:
        sites = self._site_names
        found = self._found_authors()
        if not found:
            # a press release a wire distributes names its issuer right after the wire's stamp ("NEW YORK,
            # March 4, 2025 /PRNewswire/ -- Acme Robotics, Inc. today announced"): the organisation whose
            # text it is, its author where the page names nobody (extract/byline_lines.py release_issuer)
            opening = (element_text(p) for p in islice(self.scope.iter("p"), RELEASE_PARAGRAPHS))
            found = next((issuer for text in opening if (issuer := release_issuer(text))), [])
        if not found:
            # a byline with no label as the text's first paragraphs, "Chuks Okocha in Abuja" (extract/
            # byline_lines.py opening_byline): a person's name, by the prose's evidence
            first = [element_text(p) for p in islice(self.scope.iter("p"), OPENING_BYLINE_PARAGRAPHS)]
            found = opening_byline(first, sites)
            if found and not self._dated_names_are_persons(found):
                found = []
        if len(found) == 1 and UNNAMED_STAFF.fullmatch(found[0]):
            # a desk's credit that names nobody, "From staff reports": the newsroom, which is the site; its
            # name as the page declares it, else the byline's "Staff" ("By Staff")
            found = [self._declared_site_name() or "Staff"]
        elif len(found) == 1 and UNNAMED_WIRE_DESK.fullmatch(found[0]):
            # the desk that rewrote the wires' copy, "From wire reports": the site's newsroom too, else the
            # credit as the byline writes it
            found = [self._declared_site_name() or found[0]]
        return [_title_article(n) if looks_like_organisation(n, sites) else person_case(n) for n in found]

    def _declared_site_name(self) -> str | None:
        """The site's name as the page declares it: og:site_name, the JSON-LD publisher's or WebSite's."""
        jl = self.doc.jsonld
        publisher = jl.get("publisher")
        declared = [self.doc.meta.first("og:site_name")]
        declared.append(as_text(publisher.get("name")) if isinstance(publisher, dict) else None)
        declared += [as_text(n.get("name")) for n in jl.nodes if "WebSite" in types_of(n)]
        return next((" ".join(n.split()) for n in declared if n and n.strip()), None)

    def _found_authors(self) -> list[str]:
        fallback: list[str] = []
        organisations = self._author_organisations()
        sites = [*self._site_names, *organisations]
        for source in (
            self._jsonld_authors,
            self._meta_authors,
            self._microdata_authors,
            self._byline_authors,
            self._labelled_authors,
            self._linked_authors,
            self._signature_authors,
            self._entry_footer_authors,
        ):
            found = source()
            if not found:
                continue
            persons = persons_of(found, sites)
            metadata = source in (self._jsonld_authors, self._meta_authors)
            if persons and metadata and self._names_the_site(persons):
                persons = []
            if organisations and source != self._jsonld_authors:
                # (what beats the organisation the page declares must be a person's name: "Paid post by
                # <the advertiser>" less the advertiser is none; tests/fixtures/nikkei_asia/advertorial)
                persons = [p for p in persons if _looks_like_name(p, strict=False)]
            if persons and source == self._jsonld_authors:
                # JSON-LD that lists only the first of several authors the byline meta names
                more = self._meta_authors()
                if len(more) > len(persons) and set(persons) <= set(more):
                    return more
            if persons and source != self._byline_authors and source != self._labelled_authors:
                shown = [n for n in self._byline_authors() if not looks_like_organisation(n, sites)]
                # (each a full name: "Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy,
                # and Technology Project" names one person and the pieces of his project)
                if (
                    len(shown) > len(persons)
                    and all(any(_same_person(p, n) for n in shown) for p in persons)
                    and all(full_name(n) for n in shown)
                ):
                    return shown
                # a login name in the metadata ("CC7567", "wordpressadmin"), the full name on the page
                if all(_HANDLE.fullmatch(n) for n in persons) and shown and all(" " in n for n in shown):
                    return shown
            if persons:
                return persons
            fallback = fallback or [n for n in found if looks_like_organisation(n, sites)] or found
        # nobody named anywhere, not even an organisation: the person who holds the site's copyright
        return fallback or self._copyright_authors()

    @memo
    def _jsonld_author_items(self) -> list[Any]:
        jl = self.doc.jsonld
        value = jl.get("author") or jl.get("creator")
        if value is None and jl.main is None:
            value = next((n.get("author") for n in jl.nodes if n.get("author")), None)
        items = value if isinstance(value, list) else [value] if value is not None else []
        by_id = {n.get("@id"): n for n in jl.nodes if isinstance(n.get("@id"), str)}
        # {"@id": ".../#/schema/person/..."} -> the Person node
        return [
            by_id[item["@id"]] if isinstance(item, dict) and "name" not in item and item.get("@id") in by_id
            else item
            for item in items
        ]  # fmt: skip

    def _jsonld_authors(self) -> list[str]:
        return self._declared_names([n for item in self._jsonld_author_items() for n in names(item)])

    @memo
    def _author_organisations(self) -> list[str]:
        """The names of the authors JSON-LD types as organisations ({"@type": "Organization", "name":
        "Tokyo Shimbun"}): the page says they are no persons, whatever their names look like, so persons a
        later source names (the byline, the signature) win over them (hand-built, a Japanese paper's)."""
        return [
            _key(n)
            for item in self._jsonld_author_items()
            if isinstance(item, dict) and any(t.endswith(_ORGANISATION_TYPES) for t in types_of(item))
            for n in clean_authors(names(item))
        ]

    def _meta_authors(self) -> list[str]:
        for key in AUTHOR_META_KEYS:
            values = [
                self._spelt_site_name(v)
                for v in self.doc.meta.all(key)
                if not _BARE_URL.match(v) and not self._site_builder(v)
            ]
            values = [v for v in values if v]
            if key in _ONE_NAME_A_TAG:
                values = [_uninverted(v) for v in values]
            else:
                values = [_uninverted(v) if _INVERTED_PAIR.fullmatch(v.strip()) else v for v in values]
            found = self._declared_names(values)
            if found:
                return found
        return []

    def _spelt_site_name(self, value: str) -> str:
        """An author <meta> that spells the site's host, one word without spaces ("harbourpost" on
        harbourpost.example, "HarbourPost"): a CMS account named after the domain, no person. It is the
        site's name, written as the page declares it ("Harbour Post" of og:site_name or the JSON-LD
        publisher; an organisation's byline, kept where nobody else is named, docs/record.md), or nobody
        where the page declares no name of that spelling (probe pages, hand-built). Only metadata: a
        blog's byline "Posted by mywakenews" shows the account the reader sees (a traf-eval tune page)."""
        if len(value.split()) != 1 or "." in value:
            return value  # (a domain, "harbourpost.example", is an organisation's name as before)
        meta = self.doc.meta
        addresses = [u for u in (self.doc.url, meta.canonical, meta.first("og:url")) if u]
        key = _key(value)
        if key not in {n for u in addresses for n in host_names(u)}:
            return value
        publisher = self.doc.jsonld.get("publisher")
        declared = (
            meta.first("og:site_name"),
            meta.first("application-name"),
            as_text(publisher.get("name")) if isinstance(publisher, dict) else None,
        )
        return next((n.strip() for n in declared if n and " " in n.strip() and _key(n) == key), "")

    def _site_builder(self, value: str) -> bool:
        """The author <meta> names the web agency that built the site (extract/fields/site_builders.py)."""
        # (the page's own addresses: where it was fetched from, a mirror's or a saved copy's, and where it
        # says it lives; a host without a dot, a test's "fakehost", names no site)
        meta = self.doc.meta
        addresses = [u for u in (self.doc.url, meta.canonical, meta.first("og:url")) if u]
        own = [n for url in addresses if "." in (urlsplit(url).hostname or "") for n in host_names(url)]
        names = [*own, *self._site_names] if own else None
        return builds_the_site(value, html=self.doc.html, own_names=names, generator=meta.first("generator"))

    def _declared_names(self, raw: list[str]) -> list[str]:
        """The names of metadata values, split ("A, B and C"), but never inside the site's own name: "Jobs &
        Hire" (jobsnhire.com), "Vinos y Tapas" (vinosytapas.de), heise's "Mac & i" name the site, one
        organisation, not two or three persons (persons_of then tells it apart from persons beside it)."""
        out: list[str] = []
        for value in raw:
            found = clean_authors([value])
            span = self._site_name_span(value) if len(found) > 1 else None
            if span and not any(_key(span) in _key(n) for n in found):
                kept = clean_authors([value.replace(span, _SITE_TOKEN, 1)])
                found = [n.replace(_SITE_TOKEN, span) for n in kept]
            # ("jane doe": a name in lower case the metadata holds, written as a name)
            out.extend(cased for n in found if (cased := lower_case_person(n)) not in out)
        return out

    def _site_name_span(self, value: str) -> str | None:
        """The words of `value` that spell one of the site's names ("Vinos y Tapas" for vinosytapas)."""
        words = value.split()
        sites = {s for s in self._site_names if len(s) >= 4}
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + SITE_NAME_WORDS) + 1):
                if _key(" ".join(words[i:j])) in sites:
                    return " ".join(words[i:j])
        return None

    def _microdata_authors(self) -> list[str]:
        values = self.doc.microdata.props.get("author") or []
        return clean_authors([str(v) for v in values if v])

    @memo
    def _byline_authors(self) -> list[str]:
        scope = self.scope
        elements = byline_elements(self.doc.tree, scope, self.headline_element())[:30]
        handles: list[str] = []
        for i, el in enumerate(elements):
            inside = el is scope or any(a is scope for a in el.iterancestors())
            if byline_in_noise(el, scope) if inside else self.in_noise(el):
                continue
            if after_sponsor_label(el):
                continue
            found = byline_names(el)
            if found and all(_HANDLE.fullmatch(n) for n in found) and _submitted(el):
                # a CMS account ("Submitted by webeditor on Tue, ...": Drupal's node footer) gives way to
                # a later byline of the story naming a person in full ("By Thomas Okafor"; hand-built).
                # (Not any byline's login name: a blog's or forum's "freeman1984", "lupa" is its author,
                # and a later author box names someone else: 2 tune pages of traf-eval.)
                handles = handles or found
                continue
            if found and (not handles or all(full_name(n) for n in found)):
                return narrow_to_inner_names(found, el, elements[i + 1 :])
        return handles

    def _linked_authors(self) -> list[str]:
        """The names of the links to authors' pages in the article's header (extract/authors.py
        author_page_links), those of the first byline that holds any: "By <a href=/author/a>A</a> and <a
        href=/author/b>B</a>". Each must be a person's full name: a link's text can be "More", a picture."""
        headline = self.headline_element()
        links = author_page_links(headline) if headline is not None else []
        if not links:
            return []
        parent = links[0].getparent()
        found = clean_authors([element_text(a) for a in links if a.getparent() is parent])
        persons = [n for n in found if full_name(n) and not looks_like_organisation(n, self._site_names)]
        return persons if persons and all(_looks_like_name(n, strict=True) for n in persons) else []

    def _signature_authors(self) -> list[str]:
        """The reporter a Japanese story names in brackets at its end ("...予定だ。（山田太郎）"), read from
        the story's last paragraphs (extract/text.py signature_of); or the reporters a Chinese story names
        on a line of its own at its start or end ("（记者 张华 李明）", reporters_of)."""
        paragraphs = list(self.scope.iter("p"))
        # (the last two: an editor's line may close the story after the reporters', "Editor: Wang Fang")
        for el in paragraphs[-2:][::-1] + paragraphs[:1]:
            found = reporters_of(element_text(el))
            if found and not self.in_noise(el):
                return found
        found = opening_reporters_of(element_text(paragraphs[0])) if paragraphs else []
        if found and not self.in_noise(paragraphs[0]):
            return found
        for el in paragraphs[-SIGNATURE_PARAGRAPHS:][::-1]:
            name = signature_of(element_text(el))
            if name and not self.in_noise(el):
                return [name]
        # a wire story's sign-off, "(Reporting by Jane Doe; Editing by John Roe)": its reporters
        for el in paragraphs[-2:][::-1]:
            found = [n for n in clean_authors(wire_sign_off_of(element_text(el))) if full_name(n)]
            if found and not self.in_noise(el):
                return found
        # an English story's "(Taro Yamada)": only as its last line, and only a person's name
        name = latin_signature_of(element_text(paragraphs[-1])) if paragraphs else None
        if name and not looks_like_organisation(name, self._site_names) and not self.in_noise(paragraphs[-1]):
            return [name]
        name = _aligned_signature(paragraphs[-1]) if paragraphs else None
        if name and not looks_like_organisation(name, self._site_names) and not self.in_noise(paragraphs[-1]):
            return [name]
        return []

    def _entry_footer_authors(self) -> list[str]:
        """The author a classic WordPress theme names only in the post's footer sentence, after the text
        (ENTRY_FOOTER): "This entry was posted in News by Jane Doe on December 4, 2026. Bookmark the
        permalink." (Twenty Eleven and the themes made from it; Kubrick's "This entry was posted on ..."
        names nobody). Only inside the story's container (a list of posts repeats the sentence under
        each), only a person's full name."""
        html = self.doc.html
        if not any(opening in html for opening in _ENTRY_FOOTER_OPENINGS):
            return []
        for el in self.scope.iter("footer", "div", "p", "span"):
            text = element_text(el)
            if not text.startswith(_ENTRY_FOOTER_OPENINGS) or len(text) > _ENTRY_FOOTER_CHARS:
                continue
            # (not `in_noise`: the sentence sits in the post's own <footer class=entry-meta>, which the
            # noise test takes for the page's)
            sentence = ENTRY_FOOTER.match(text)
            if sentence is None:
                continue
            found = clean_authors([sentence.group("name")])
            persons = [n for n in found if full_name(n) and not looks_like_organisation(n, self._site_names)]
            if persons and all(_looks_like_name(n, strict=True) for n in persons):
                return persons
        return []

    # A labelled byline in the text: first near the headline (the lines from just above it to a few
    # lines below: kicker, headline, standfirst, byline, date), then anywhere in the story for the
    # strong labels ("Autor:", "Text:"), and for the weak ones ("von X") at its start or end: inside the
    # story "von A, B und C" is as often the credit of a book it reviews. The headline is the <h1>, else
    # the lines that hold the headline's text.
    def _labelled_authors(self) -> list[str]:
        scope, headline = self.scope, self.headline_element()
        lines, spans = self._text_lines()
        if headline is not None and headline in spans:
            marks = [spans[headline][0]]
        else:
            title = self.headline()
            marks = [i for i, line in enumerate(lines) if title and title in line][:3]
        start, end = spans.get(scope, (0, len(lines)))

        def near(at: int) -> list[str]:
            # (not past the story's end: the lines after a short story are its related-story cards and
            # comments, whose "By Hanako Sato" names another story's writer; hand-built)
            stop = min(at + HEADLINE_LINES_AFTER, max(end, at + 1))
            return lines[max(0, at - HEADLINE_LINES_BEFORE) : stop]

        for at in marks:
            found = labelled_byline(near(at), site_names=self._site_names, lang=self.language())
            if found:
                return found
        for at in marks:
            found = dated_byline(
                near(at),
                self._site_names,
                persons=self._dated_names_are_persons,
            )
            if found and not self._names_a_topic(found):
                return found
        # ("Jūratė Petrauskienė, LRT.lt": a person and the outlet the page names as itself or its author)
        outlets = [*self._site_names, *self._author_organisations()]
        for at in marks:
            found = outlet_signed_byline(near(at), outlets)
            if found:
                return found
        story = lines[start:end]
        if not marks:
            found = labelled_byline(story, lang=self.language())
        else:
            found = labelled_byline(story, weak=False) or labelled_byline(
                story[:STORY_EDGE_LINES] + story[-STORY_EDGE_LINES:], lang=self.language()
            )
        if found:
            return found
        # (a "Source: <agency>" line just under the headline: byline_lines.source_agency)
        sites = self._site_names
        return (
            dateline_agency(story[:DATELINE_LINES])
            or next(
                (found for at in marks if (found := source_agency(lines[at : at + SOURCE_LINES], sites))), []
            )
            or next((found for at in marks if (found := dated_agency(lines[at : at + SOURCE_LINES]))), [])
        )

    def _dated_names_are_persons(self, names: list[str]) -> bool:
        """Evidence that the unlabelled words after a date ("June 5, 2024 · Climate Justice") name persons,
        not the story's topic or section: nothing marks them either way but the page around them.

        In this order: the page declares them as its section or tags (a topic); a link with the same
        words leads to a tag or topic page (a topic) or to an author's page (a person); the page's
        metadata names them as a person; else a person's name passes the test of prose: a given name is
        never written in lower case in the story, a topic's first word is an ordinary word that the
        story writes in lower case too ("climate", "erneuerbare", "künstliche")."""
        if self._names_a_topic(names):
            return False
        kinds = [self._linked_as(n) for n in names]
        if "topic" in kinds:
            return False
        declared = self._declared_persons()
        unproven = [
            n for n, kind in zip(names, kinds, strict=True)
            if kind != "person" and not any(_same_person(n, d) for d in declared)
        ]  # fmt: skip
        if not unproven:
            return True
        prose = _story_text(self.scope)
        return not any(_in_lower_case(n.split()[0], prose) for n in unproven)

    def _linked_as(self, name: str) -> str | None:
        """What a link whose text is `name` leads to: "person" (an author's page), "topic" (a tag, topic
        or category page), else None."""
        for href in _LINKS_NAMED(self.doc.tree, name=name)[:5]:
            path = urlsplit(str(href)).path
            if _TOPIC_PATH.search(path):
                return "topic"
            if _AUTHOR_PATH.search(path):
                return "person"
        return None

    def _declared_persons(self) -> list[str]:
        """The names the page's metadata gives as persons: Person nodes of its JSON-LD, its author <meta>."""
        found = [n for node in self.doc.jsonld.nodes if "Person" in types_of(node) for n in names(node)]
        for key in AUTHOR_META_KEYS:
            found.extend(self.doc.meta.all(key))
        return clean_authors(found)

    def _names_a_topic(self, names: list[str]) -> bool:
        """An unlabelled name after a date that is the page's declared section or one of its tags is the
        topic a sports or news theme prints there ("June 5, 2024 · Real Madrid"), not a person."""
        declared = {_key(t) for t in (self.section() or "", *self.tags())} - {""}
        return any(_key(n) in declared for n in names)

    @memo
    def _text_lines(self) -> tuple[list[str], dict[Any, tuple[int, int]]]:
        root = self.doc.tree.find("body")
        return text_lines(self.scope if root is None else root, (self.headline_element(), self.scope))

    def _copyright_authors(self) -> list[str]:
        """The person a personal site's footer names as its copyright holder ("© 2019 Sven Schreivogel",
        "2006-2008 by Martin Weber"), on pages that name nobody else (extract/byline_lines.py)."""
        # (a page that declares its publisher is a publication's: its copyright line names the publisher or
        # the company that owns it, "© 2024 Axel Springer", "© 2024 Condé Nast"; hand-built)
        publisher = self.doc.jsonld.get("publisher")
        if self.doc.meta.first("og:site_name") or (publisher and not _is_person(publisher)):
            return []
        if any(t.endswith("Organization") for node in self.doc.jsonld.nodes for t in types_of(node)):
            return []
        lines = self._text_lines()[0]
        return copyright_holder(lines[-COPYRIGHT_LINES:], self._site_names)

    def _names_the_site(self, persons: list[str]) -> bool:
        """The one name of two to four words the author metadata gives, on a page without og:site_name,
        is the site's name as the page shows it: the part its <title> adds to the story's <h1>
        ("Headline | Harbour Post" over "<h1>Headline</h1>"), or the text of a link to its home page (the
        logo's "<a href="/">Harbour Post</a>"). An organisation, as og:site_name would have said: it gives
        way to a person a later source names (a byline "By Jane Doe"), and stays where none does.
        (Hand-built probe pages of a small paper's theme, tests/test_extract_risks12.py. Only here: a
        personal site's <title> and logo carry its owner's name, whom its footer's copyright names.)"""
        if len(persons) != 1 or not 2 <= len(persons[0].split()) <= 4 or self.doc.meta.first("og:site_name"):
            return False
        key = _key(persons[0])
        return key in self._title_part_beside_h1() or key in self._home_link_names()

    @memo
    def _title_part_beside_h1(self) -> list[str]:
        h1 = self.headline_element()
        title = next(self.doc.tree.iterdescendants("title"), None)
        if h1 is None or title is None:
            return []
        shown = element_text(h1)
        # (a headline of three words or more, longer than what it leaves: a logo <h1> leaves the headline)
        part = outer_part(element_text(title), shown) if len(shown.split()) >= 3 else None
        return [_key(part)] if part and len(part) < len(shown) else []

    @memo
    def _home_link_names(self) -> list[str]:
        url = self.doc.url or ""
        parts = urlsplit(url)
        if not parts.netloc:
            return []
        root = f"{parts.scheme}://{parts.netloc}"
        found = _HOME_LINKS(self.doc.tree, root=root, slash=root + "/")
        texts = (element_text(a) for a in found[:MAX_HOME_LINKS])
        return [_key(t) for t in texts if t and len(t.split()) <= 6]


# The writer's name closing a Vietnamese story, set apart as its last paragraph, right-aligned and in bold
# (VnExpress's '<p class="Normal" style="text-align:right;"><strong>Minh Anh</strong></p>'; a probe page,
# hand-built): two to five capitalised words, the paragraph's whole text
_RIGHT_ALIGNED = re.compile(r"text-align\s*:\s*right", re.I)
_SIGNATURE_NAME = re.compile(r"(?:[^\W\d_][\w'’.-]*\s+){1,4}[^\W\d_][\w'’.-]*")


def _aligned_signature(el: etree._Element) -> str | None:
    if not (_RIGHT_ALIGNED.search(el.get("style") or "") or el.get("align") == "right"):
        return None
    bold = [child for child in el if child.tag in ("strong", "b")]
    text = element_text(el)
    if len(bold) != 1 or element_text(bold[0]) != text or not _SIGNATURE_NAME.fullmatch(text):
        return None
    return text if _looks_like_name(text, strict=True) else None


# The sentence a classic WordPress theme closes a post with, in the post's footer after the text: "This entry
# was posted in <categories> [and tagged <tags>] by <author> on <date>. Bookmark the permalink." (Twenty
# Eleven, Twenty Twelve's "... on <date> by <author>.", the many themes made from them), and the same
# sentence in the theme's German, French and Spanish translations. The author is the words after the
# language's "by" up to the date's "on", a full stop or the line's end (probe pages, hand-built:
# tests/test_extract_author_footer15.py).
_ENTRY_FOOTER_OPENINGS = (
    "This entry was posted",
    "This post was posted",
    "Dieser Eintrag wurde",
    "Dieser Beitrag wurde",
    "Cette entrée a été publiée",
    "Cet article a été publié",
    "Esta entrada fue publicada",
)
_ENTRY_FOOTER_CHARS = 400
ENTRY_FOOTER = re.compile(
    rf"^(?:{'|'.join(map(re.escape, _ENTRY_FOOTER_OPENINGS))})\b.*?\s(?:by|von|par|por)\s+"
    r"(?P<name>[^\W\d_][^.,;:|]{1,60}?)"
    r"(?=\s+(?:on|am|le|el|in|unter|dans|en|at)\s|\s*[.,;:|]|\s*$)",
)


# schema.org's types of organisations: Organization and its kinds (NewsMediaOrganization, ...), Corporation
_ORGANISATION_TYPES = ("Organization", "Corporation")

# Drupal's node footer ("<div class=node__submitted>Submitted by <account> on <date>"): the account that
# saved the node, not necessarily who wrote it
_SUBMITTED = re.compile(r"submitted", re.I)


def _submitted(el: Any) -> bool:
    return bool(_SUBMITTED.search(class_id(el)) or _SUBMITTED.match(element_text(el)))


def _is_person(node: Any) -> bool:
    return isinstance(node, dict) and "Person" in types_of(node)


# Where a link whose text is a name leads: a tag, topic or category page (the name is a topic: WordPress's
# /tag/, /category/, Blogger's /search/label/, German /thema/, /schlagwort/), or an author's page
# (/author/, /autor/, /people/, /profile/, /redaktion/; the URL shapes of classify.URL_RULES and their
# German and French forms)
_TOPIC_PATH = re.compile(
    r"/(?:tags?|topics?|keywords?|subjects?|categor(?:y|ies)|label|themen?|thema|schlagw(?:o|ö)rte?|stichw(?:o|ö)rte?"
    r"|dossiers?|ressorts?|rubri[kq]u?e?|sujets?|mots?-cl(?:e|é)s?)/",
    re.I,
)
_AUTHOR_PATH = re.compile(
    r"/(?:authors?|autor(?:en|in)?|auteurs?|people|person|profiles?|profil|contributors?|journalist(?:s|en)?"
    r"|writers?|columnists?|staff|team|redaktion|mitarbeiter(?:innen)?|user|members?)/",
    re.I,
)
_LINKS_NAMED = etree.XPath("//a[normalize-space(.) = $name]/@href")


def _story_text(scope: Any) -> str:
    """The story's text in one string (libxml2's own walk: read once, only for a dated byline)."""
    return etree.tostring(scope, method="text", encoding=str, with_tail=False)


# Given names that are ordinary words in lower case too (the prose's "will", "may", "mark", "drew", "chase";
# German "ernst", "reiner"; French "pierre"; Spanish and Italian "rosa", "paz", "luz"): no evidence against a
# person either way
_GIVEN_NAMES_ALSO_WORDS = frozenset(
    {"will", "may", "mark", "bill", "frank", "grace", "hope", "rose", "guy", "max", "jack", "art", "june",
     "april", "joy", "faith", "dean", "sky", "summer", "rich", "ray", "reiner", "ernst",
     "drew", "dawn", "pat", "sue", "bob", "don", "chase", "hunter", "wade", "cliff", "glen", "dale", "gene",
     "holly", "ivy", "amber", "iris", "penny", "sandy", "ruby", "pearl", "heather", "robin", "carol",
     "pierre", "rosa", "paz", "luz", "sol", "stella", "gay", "sunny"}
)  # fmt: skip


def _in_lower_case(word: str, text: str) -> bool:
    lower = word.casefold()
    if lower in _GIVEN_NAMES_ALSO_WORDS or lower == word:
        return False
    return re.search(rf"(?<!\w){re.escape(lower)}(?!\w)", text) is not None
