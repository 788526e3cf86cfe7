"""Main-content body of a page the site profiles don't know: a list of paragraphs.

Pure code (no Scrapy). Used by the generic extractor; profile pages use their own selectors.

One trafilatura pass in balanced mode without its external-extractor comparison (that comparison
costs about 40% of trafilatura's time and changes the result only when the first pass finds almost
nothing, or clearly less than readability's pick of the page: it is run only then, see COMPARE_BELOW),
then what trafilatura does not do:
- paragraph-level cleaning: the headline, short boilerplate paragraphs (share prompts, newsletter
  pitches, related-link lead-ins, contributor and photo credits, reading-time badges: see
  content/boilerplate.py) and related-links boxes (runs of paragraphs that are each one whole link);
- articles cut into look-alike containers with ads between them: trafilatura keeps the first one,
  the following ones are added back (content/chunks.py);
- JSON-LD articleBody when the page's DOM holds clearly less of the same article (JS app shells).
"""

from __future__ import annotations

import copy
import html as html_lib
import json
import logging
import re
from dataclasses import dataclass, field
from itertools import islice

from lxml import etree
from lxml import html as lxml_html
from trafilatura.utils import load_html

from newsarchive.cleaning.labels import READ_HEADING
from newsarchive.extract.content import joiners
from newsarchive.extract.content.above_headline import drop_lines_above_headline
from newsarchive.extract.content.blocks import Block, blocks_from_body, normalise_space
from newsarchive.extract.content.boilerplate import cut_comment_section, cut_contact_block, match_rule
from newsarchive.extract.content.chunks import sibling_chunks
from newsarchive.extract.content.div_text import div_texts
from newsarchive.extract.content.embeds import embedded_posts
from newsarchive.extract.content.fast_pass import fast_body
from newsarchive.extract.content.locate import text_container
from newsarchive.extract.content.readability_probe import readability_finds_more
from newsarchive.textsize import char_weight

logger = logging.getLogger(__name__)

# Below this many characters the fast pass is suspect: retry with trafilatura's full cascade.
SHORT_TEXT = 500
# trafilatura's MIN_EXTRACTED_SIZE, in Latin characters (textsize.char_weight gives a dense script's)
_MIN_EXTRACTED_SIZE = 250
# Below this many characters, the fast pass is compared with readability's pick of the page (~3 ms),
# and the full cascade is run where readability finds more than twice as much: the fast pass had
# then taken one part of the page for the article (a teaser box, the intro above a table of contents,
# a sidebar), where the full cascade (readability's result) holds the article. On the tune half of
# traf-eval: 3 pages of 3 sites (spiegel.de, greator.com, changenow.de), 7 more `with` snippets and 3
# fewer `without` ones; no aeb-dev page changes. Above it, no tune page's result changed.
COMPARE_BELOW = 3000
# ... unless the full cascade's result repeats itself: readability took a container that holds the
# story several times over (an infinite-scroll page: 64% of the text repeated on an aeb-dev page).
MAX_REPEATED_SHARE = 0.1
# Share of a dump's characters the page's own <p> elements must hold for it to be taken apart
MIN_DUMP_COVERED = 0.5
#: words of a kicker or label a dump may open with before the headline
MAX_KICKER_WORDS = 4
_WORD = re.compile(r"\w+")
#: characters (in Latin characters: textsize.char_weight) of a line that is prose, not a menu's, an
#: address's or a poem's line (body._split_at_double_breaks)
MIN_PROSE_CHARS = 80
#: share of the prose lines of a page's whole text a story set with <br><br> must hold to be the story
MIN_PROSE_SHARE = 0.8
#: words of a story's title a link under a "read also" lead-in may have (longer, it is prose)
MAX_LINKED_TITLE_WORDS = 30
_TITLE_SPLIT = re.compile(r"\s+[|\-–—:·•»]\s+")
_MARKUP = re.compile(r"</?(?:p|br|div|span|a|em|strong|h[1-6]|li)\b", re.IGNORECASE)
_BLOCK_END = re.compile(r"<\s*(?:br|/p|/div|/h[1-6]|/li|/blockquote)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
# The date a related-stories list sets after each linked title in the same <li> ("<a>title</a><span>2026年
# 12月3日</span>", "title 03.12.2026", "title Dec 3, 2026"): the item's text is the link's and the date's, so
# it is the link box's entry all the same (Impress Watch's "関連記事" list; a probe page, hand-built,
# tests/test_extract_unseen_shapes9.py). Only a whole date closing the item: a list item of the story that
# merely ends in a year ("Founded in 1998") does not match.
_ITEM_DATE = re.compile(
    r"\s*[(（]?(?:\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?|\d{1,2}\s*[./]\s*\d{1,2}\s*[./]\s*\d{4}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})"
    r"(?:\s*[(（][^\d\s()（）]{1,3}[)）])?(?:\s*\d{1,2}:\d{2})?[)）]?\s*$",
    re.IGNORECASE,
)
_TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")
_HAS_COMMENTS = etree.XPath("boolean(descendant::comment() | descendant::processing-instruction())")


@dataclass(kw_only=True)
class BodyResult:
    """Paragraphs of the main content, and which method produced them."""

    paragraphs: list[str] = field(default_factory=list)
    source: str = "none"  #: "trafilatura", "jsonld", or "none"


def extract_body(
    html: str,
    url: str,
    *,
    tree: lxml_html.HtmlElement | None = None,
    jsonld_body: str | None = None,
    live_blog: bool = False,
) -> BodyResult:
    """Paragraphs of the page's main content. Never raises; empty paragraphs on junk input.

    `tree`, when given, is the page already parsed by the caller; it is not mutated.
    `jsonld_body` is the JSON-LD articleBody: used when the DOM yields much less (teasers excepted).
    `live_blog`: the page is a live blog (JSON-LD LiveBlogPosting): its paragraphs in the page's order.
    """
    try:
        if not joiners.needs_stand_ins(html):
            return _extract(html, url, tree=tree, jsonld_body=jsonld_body, live_blog=live_blog)
        # the page's zero-width joiners and non-joiners through trafilatura's text pass (content/joiners.py)
        undo = joiners.protect_tree(tree) if tree is not None else None
        try:
            result = _extract(
                joiners.protect_page(html),
                url,
                tree=tree,
                jsonld_body=joiners.protect(jsonld_body) if jsonld_body else jsonld_body,
                live_blog=live_blog,
            )
        finally:
            if undo is not None:
                undo()
        result.paragraphs = [joiners.restore(p) for p in result.paragraphs]
        return result
    except Exception:  # a body extractor must never take the crawl down
        logger.debug("body extraction failed for %s", url, exc_info=True)
        return BodyResult(paragraphs=[], source="none")


def _load(html: str, tree: lxml_html.HtmlElement | None) -> lxml_html.HtmlElement | None:
    if tree is not None:
        # trafilatura's own parser drops comments and processing instructions; a caller's parser may
        # not: then they go from a copy (the caller's tree is not ours to change). A tree without any
        # (newsarchive's own Document) is used as it is: trafilatura copies its input before pruning it,
        # and a second copy cost ~3% of the page's extraction time.
        if _HAS_COMMENTS(tree):
            tree = copy.deepcopy(tree)
            etree.strip_elements(tree, etree.Comment, etree.ProcessingInstruction, with_tail=False)
        return tree
    if not html or not html.strip():
        return None
    return load_html(html)  # trafilatura's own loader: encoding sniffing, repairs, no comments


def _trafilatura_blocks(
    tree: lxml_html.HtmlElement, url: str, *, fast: bool, char_weight: int = 1
) -> list[Block]:
    # trafilatura's balanced mode, not favor_precision: on the 990 pages of 934 sites in traf-eval
    # (tune half) precision mode lost headings and short paragraphs of the article (snippet F1 0.922 ->
    # 0.929 balanced) for a gain only on the 90 dev pages it was chosen on (aeb F1 0.986 -> 0.987);
    # benchmarks/generalisation.py.
    # (bare_extraction(tree, url=url or None, include_comments=False, fast=fast).body, without the work
    # whose result is not used: content/fast_pass.py)
    # A page in a dense script (its title mostly Chinese, Japanese or Korean) has its text measured in
    # Latin characters against trafilatura's minimum (MIN_EXTRACTED_SIZE, 250): a Japanese brief of 100
    # to 250 characters, a whole story, was "too short", and the baseline rescue put the headline into its
    # first paragraph or took every <p> of the page, share buttons and related stories included (probe
    # pages in the shape of Japanese, Chinese and Korean news sites, hand-built).
    min_size = None if char_weight == 1 else _MIN_EXTRACTED_SIZE // char_weight
    body = fast_body(tree, url or None, fast=fast, min_extracted_size=min_size)
    if body is None:
        return []
    return blocks_from_body(body)


_LD_SCRIPT = etree.XPath("boolean(//script[@type='application/ld+json'])")
_TEXT_TAGS = ("p", "h2", "h3", "h4", "li", "blockquote", "pre", "td")


def _extract(
    html: str, url: str, *, tree: lxml_html.HtmlElement | None, jsonld_body: str | None, live_blog: bool
) -> BodyResult:
    result = _from_page(_load(html, tree), url, jsonld_body, live_blog=live_blog)
    if tree is not None and isinstance(html, (str, bytes)) and _length(result) < SHORT_TEXT:
        # the caller's tree may have lost the article to a pre-cleaning rule that hit its wrapper:
        # the page's own markup decides
        again = _from_page(_load(html, None), url, jsonld_body, live_blog=live_blog)
        if _length(again) > _length(result):
            logger.debug("body: the caller's tree gave %d chars, the raw page more", _length(result))
            return again
    return result


def _in_page_order(page: lxml_html.HtmlElement, paragraphs: list[str]) -> list[str]:
    """`paragraphs` in the order the page shows them. A live blog whose entries are <article>s: trafilatura
    takes the first <article> for the main one and puts the intro above the feed after it (a probe page in
    the shape of RTÉ's live blogs, hand-built; tests/test_extract_unseen_shapes4.py). A paragraph the page
    holds nowhere as one element's text keeps its place after the paragraph before it."""
    where: dict[str, int] = {}
    for index, element in enumerate(page.iter(*_TEXT_TAGS)):
        where.setdefault(normalise_space(element.text_content()), index)
    keys: list[int] = []
    last = -1
    for text in paragraphs:
        last = where.get(text, last)
        keys.append(last)
    order = sorted(range(len(paragraphs)), key=keys.__getitem__)
    return [paragraphs[i] for i in order]


#: sibling <article>s under one parent that make a live blog's feed of entries
MIN_LIVE_ENTRIES = 2


def _entries_as_divs(page: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """A copy of a live blog's page whose entries, sibling <article>s (each an update with its heading,
    time and text), are <div>s; None where no two <article>s share a parent. trafilatura takes the first
    <article> of a page for its story: on a live blog that is the newest entry, and the rest came back
    without their headings, the blog's summary list above the feed not at all (a probe page in the shape of
    a British broadsheet's live blog, hand-built: tests/test_extract_page_types14.py). As <div>s the
    entries are what they are, parts of the blog's one story."""
    parents: dict[etree._Element, int] = {}
    for article in page.iter("article"):
        parent = article.getparent()
        if parent is not None:
            parents[parent] = parents.get(parent, 0) + 1
    if not any(n >= MIN_LIVE_ENTRIES for n in parents.values()):
        return None
    out = copy.deepcopy(page)
    for parent in out.iter():
        entries = [child for child in parent if child.tag == "article"]
        if len(entries) >= MIN_LIVE_ENTRIES:
            for entry in entries:
                entry.tag = "div"
    return out


def _length(result: BodyResult) -> int:
    return sum(len(p) for p in result.paragraphs)


def _from_page(
    page: lxml_html.HtmlElement | None, url: str, jsonld_body: str | None, *, live_blog: bool = False
) -> BodyResult:
    if page is None:
        return _from_jsonld(jsonld_body)
    if live_blog:
        entries_as_divs = _entries_as_divs(page)
        if entries_as_divs is not None:
            page = entries_as_divs
    # bare_extraction copies an element input before pruning it, so `page` stays usable afterwards
    weight = char_weight(page.findtext(".//title") or "")
    blocks = _trafilatura_blocks(page, url, fast=True, char_weight=weight)
    length = sum(len(b.text) for b in blocks)
    jsonld_len = len(jsonld_body or "")
    if length * weight < SHORT_TEXT or jsonld_len > 2 * length:
        retry = _trafilatura_blocks(page, url, fast=False, char_weight=weight)
        if sum(len(b.text) for b in retry) > length:
            blocks = retry
    elif length < COMPARE_BELOW and readability_finds_more(page, length):
        retry = _trafilatura_blocks(page, url, fast=False, char_weight=weight)
        if sum(len(b.text) for b in retry) > length and _repeated_share(retry) <= MAX_REPEATED_SHARE:
            logger.debug("body: the full cascade found more than the fast pass (%d chars)", length)
            blocks = retry
    titles = _titles(page)
    blocks = _split_at_double_breaks(page, _undo_dump(page, blocks, titles))
    paragraphs = cut_comment_section(clean_blocks(blocks, titles=titles, anchors=_anchor_texts(page)))
    paragraphs = cut_contact_block(drop_lines_above_headline(page, _add_missed_parts(page, paragraphs)))
    if len(paragraphs) > 1 and live_blog:
        paragraphs = _in_page_order(page, paragraphs)
    if not paragraphs:
        return _from_jsonld(jsonld_body)
    if jsonld_body and _is_fuller(jsonld_body, paragraphs):
        return _from_jsonld(jsonld_body)
    if len(paragraphs) == 1 and _LD_SCRIPT(page):
        # trafilatura fell back to the page's JSON-LD articleBody (no article in the markup): the
        # JSON-LD it came from, as paragraphs
        own = jsonld_article_body(page)
        if own and _tokens(paragraphs[0]) == _tokens(_TAG.sub(" ", own)):
            return _from_jsonld(jsonld_body or own)
    return BodyResult(paragraphs=paragraphs, source="trafilatura")


def _undo_dump(page: lxml_html.HtmlElement, blocks: list[Block], titles: set[tuple[str, ...]]) -> list[Block]:
    """trafilatura's last resort on a short story (a paywall's teaser, a brief) is the whole text of its
    <article> as one line: headline, byline, date line and paragraphs run together ("Headline By Jane
    Doe Feb. 20, 2025 For nearly a century..."). Such a dump, one block that opens with the headline (or
    with a kicker or label of a few words and then the headline: "[有料会員限定] <headline> ...", Nikkei's
    shape, a probe page, hand-built), is taken apart again into the page's own paragraphs that it holds."""
    if len(blocks) != 1:
        return blocks
    words = _tokens(blocks[0].text)
    if not any(
        len(words) > at + len(title) and words[at : at + len(title)] == title
        for title in titles
        for at in range(MAX_KICKER_WORDS + 1)
    ):
        return blocks
    dump = normalise_space(blocks[0].text)
    found: list[Block] = []
    for el in page.iter("p"):
        text = normalise_space(el.text_content())
        if text and text in dump and not any(text in b.text for b in found):
            found.append(Block(text=text, kind="p"))
    # The captions of a photo story's pictures are in the dump too, and in the record's images, not its
    # body: they count as covered, not as paragraphs (a gallery's dump: headline, byline, an intro line and
    # five "caption. Photograph: <name>" lines)
    captions = 0
    for el in page.iter("figcaption"):
        text = normalise_space(el.text_content())
        if text and text in dump:
            captions += len(text)
    # (only where the page's paragraphs hold most of the dump: text set in <div>s and <br>s would be lost)
    if not found or sum(len(b.text) for b in found) + captions < MIN_DUMP_COVERED * len(dump):
        return blocks
    logger.debug("body: a dump of the story's container taken apart into %d paragraphs", len(found))
    return found


def _split_at_double_breaks(page: lxml_html.HtmlElement, blocks: list[Block]) -> list[Block]:
    """A story set as one element's text with its paragraphs between blank lines, <br><br> (Korean
    agencies' and papers' CMSs: Newsis, Dong-A; probe pages, hand-built), comes out of trafilatura as one
    element: as one paragraph when the element is the <article> itself, or, when the story is short, as
    the page's whole text, a line each, the menu and the related stories around the story's lines (its
    last resort). The story is that element's text cut where the page leaves a blank line, each paragraph
    then judged on its own (a sign-off line among them): where the one paragraph is exactly that text, or
    where the page's lines hold its paragraphs in a run and they are (nearly) all the prose among them.
    A single <br> (an address's or a poem's lines) cuts nothing, and lines too short to be prose (an
    address's, a poem's) make no story."""
    if not blocks or any(b.kind != "p" or b.group != blocks[0].group for b in blocks):
        return blocks
    texts = [b.text for b in blocks]
    words = _tokens(" ".join(texts))
    prose = sum(len(t) for t in texts if _is_prose(t))
    seen: set[etree._Element] = set()
    for br in page.iter("br"):
        parent = br.getparent()
        following = br.getnext()
        if (
            parent is None
            or parent in seen
            or following is None
            or following.tag != "br"
            or (br.tail or "").strip()
        ):
            continue
        seen.add(parent)
        pieces = _between_blank_lines(parent)
        if len(pieces) < 2:
            continue
        if len(blocks) == 1:
            found = _tokens(" ".join(pieces)) == words
        else:
            at = texts.index(pieces[0]) if pieces[0] in texts else -1
            own = [p for p in pieces if _is_prose(p)]
            found = (
                at >= 0
                and texts[at : at + len(pieces)] == pieces
                and len(own) >= 2
                and sum(len(p) for p in own) >= MIN_PROSE_SHARE * prose
                and len(pieces) < len(blocks)
            )
        if found:
            logger.debug("body: the story's paragraphs cut at %d blank lines", len(pieces) - 1)
            return [Block(text=piece, kind="p", group=i) for i, piece in enumerate(pieces)]
    return blocks


def _is_prose(line: str) -> bool:
    return len(line) * char_weight(line) >= MIN_PROSE_CHARS


def _between_blank_lines(element: etree._Element) -> list[str]:
    """The element's text in the parts its runs of two or more <br> leave between them."""
    pieces: list[str] = []
    current: list[str] = [element.text or ""]
    breaks = 0
    for child in element:
        if child.tag == "br":
            breaks += 1
        else:
            if breaks >= 2:
                pieces.append(normalise_space(" ".join(current)))
                current = []
            breaks = 0
            if isinstance(child.tag, str):
                current.append(child.text_content())
        tail = child.tail or ""
        if tail.strip():
            if breaks >= 2:
                pieces.append(normalise_space(" ".join(current)))
                current = []
            breaks = 0
            current.append(tail)
    pieces.append(normalise_space(" ".join(current)))
    return [piece for piece in pieces if piece]


def _repeated_share(blocks: list[Block]) -> float:
    """Share of the text in repeats of a paragraph already seen (of paragraphs long enough to be
    sentences): high when an extractor took a container holding several copies of the story."""
    seen: set[str] = set()
    repeated = total = 0
    for block in blocks:
        total += len(block.text)
        if len(block.text) >= 40:
            if block.text in seen:
                repeated += len(block.text)
            seen.add(block.text)
    return repeated / total if total else 0.0


def _add_missed_parts(page: lxml_html.HtmlElement, paragraphs: list[str]) -> list[str]:
    """Paragraphs of the article that the extractor left out: later chunks, embedded posts, sentences set
    in <div>s between its paragraphs."""
    container = text_container(page, paragraphs)
    if container is None:
        return paragraphs
    out = list(paragraphs)
    embeds = embedded_posts(container, out)
    for embed in reversed(embeds):
        position = out.index(embed.after) + 1
        out[position:position] = embed.lines
    if embeds:
        logger.debug("body: %d embedded posts put back", len(embeds))
    divs = [d for d in div_texts(container, out) if match_rule(d.text) is None]
    for div in reversed(divs):
        position = out.index(div.after) + 1
        out[position:position] = [div.text]
    if divs:
        logger.debug("body: %d sentences set in <div>s put back", len(divs))
    chunks = sibling_chunks(container, out)
    if chunks:
        own = {normalise_space(e.text_content()) for e in container.iter("p")}
        last = max((i for i, text in enumerate(out) if text in own), default=len(out) - 1)
        added = [text for chunk in chunks for text in chunk.paragraphs if match_rule(text) is None]
        out[last + 1 : last + 1] = added
        logger.debug("body: %d paragraphs from sibling chunks", len(added))
    return out


def _from_jsonld(jsonld_body: str | None) -> BodyResult:
    text = jsonld_body or ""
    if "<" in text and _MARKUP.search(text):
        # some CMSs put the rendered HTML of the body in articleBody
        text = html_lib.unescape(_TAG.sub("", _BLOCK_END.sub("\n", text)))
    paragraphs = [p for p in (normalise_space(x) for x in text.splitlines()) if p]
    paragraphs = [p for p in paragraphs if match_rule(p) is None]
    return BodyResult(paragraphs=paragraphs, source="jsonld" if paragraphs else "none")


def _is_fuller(jsonld_body: str, paragraphs: list[str]) -> bool:
    """The JSON-LD body holds clearly more of the same article than the DOM extraction.

    A teaser articleBody is shorter; an unrelated one (another article, site blurb) shares few words.
    """
    dom_words = _WORD.findall(" ".join(paragraphs))
    ld_words = _WORD.findall(jsonld_body)
    if len(ld_words) < 1.5 * len(dom_words) + 20:
        return False
    if sum(len(p) for p in paragraphs) < SHORT_TEXT:
        # the DOM held a placeholder ("Loading...", a JS app shell): nothing to compare against
        return True
    ld_set = set(ld_words)
    return sum(1 for w in dom_words if w in ld_set) >= 0.8 * len(dom_words)


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(text))


def _titles(page: lxml_html.HtmlElement) -> set[tuple[str, ...]]:
    """Token sequences of the page's headline candidates (og:title, <title> and its parts, <h1>)."""
    # (tag-filtered walks in C rather than XPaths over every element: //meta[@property='og:title' or
    # @name='twitter:title']/@content, (//head/title)[1], (//h1)[position() <= 3])
    raw: list[str] = [
        content
        for meta in page.iter("meta")
        if (meta.get("property") == "og:title" or meta.get("name") == "twitter:title")
        and (content := meta.get("content")) is not None
    ]
    head_titles = (
        t for t in page.iter("title") if (parent := t.getparent()) is not None and parent.tag == "head"
    )
    raw += [t.text_content() for t in islice(head_titles, 1)]
    raw += [h.text_content() for h in islice(page.iter("h1"), 3)]
    out: set[tuple[str, ...]] = set()
    for text in raw:
        for part in [text, *_TITLE_SPLIT.split(text)]:
            tokens = _tokens(part)
            if len(tokens) >= 2:
                out.add(tokens)
    return out


def clean_blocks(
    blocks: list[Block],
    *,
    titles: set[tuple[str, ...]] | frozenset[tuple[str, ...]] = frozenset(),
    anchors: set[str] | frozenset[str] = frozenset(),
) -> list[str]:
    """Paragraph texts of `blocks` without headline, boilerplate paragraphs and link boxes.

    `titles`: token sequences of the page's headline candidates; `anchors`: the page's link texts.
    """
    drop = _link_boxes(blocks, anchors)
    kept: list[str] = []
    lead_in = False
    for index, block in enumerate(blocks):
        text = block.text
        if index in drop:
            logger.debug("body: dropped link box entry %r", text[:60])
            continue
        if index < 3 and titles and _tokens(text) in titles:
            logger.debug("body: dropped headline %r", text[:60])
            continue
        # The one whole link under a lead-in line of its own ("Read also...", "ये भी पढ़ें...": Dainik
        # Bhaskar's shape, a probe page, hand-built) is the story it points to, as the lead-in and the link
        # on one line are ("Read more: <headline>", the rule below)
        if (
            lead_in
            and len(text) >= 4
            and text in anchors
            and len(_WORD.findall(text)) <= MAX_LINKED_TITLE_WORDS
        ):
            logger.debug("body: dropped the link under a lead-in %r", text[:60])
            lead_in = False
            continue
        rule = match_rule(text)
        lead_in = rule == "related"
        if rule is not None:
            logger.debug("body: dropped %s paragraph %r", rule, text[:60])
            continue
        kept.append(text)
    return kept


def _link_boxes(blocks: list[Block], anchors: set[str] | frozenset[str]) -> set[int]:
    """Indexes of blocks that are related-links boxes: runs of whole-link paragraphs (and their heading).

    A single whole-link paragraph inside the text is usually a product or a pull quote and stays,
    except at the very start or end where it is a kicker, a byline or a "more" link.
    """
    if not anchors:
        return set()
    linked = [_is_link_entry(b, anchors) for b in blocks]
    drop: set[int] = set()
    i = 0
    while i < len(blocks):
        if not linked[i]:
            i += 1
            continue
        j = i
        while j < len(blocks) and linked[j]:
            j += 1
        at_edge = i == 0 or j == len(blocks)
        # (or one linked story under a heading that says so, "Must Read", "Read Next", "Lesen Sie auch":
        # Rappler's and the Inquirer's box of one link between or after the paragraphs; probe pages,
        # hand-built, tests/test_extract_unseen_shapes8.py)
        heading = blocks[i - 1] if i > 0 else None
        labelled = heading is not None and heading.kind == "head" and bool(READ_HEADING.match(heading.text))
        if j - i >= 2 or (at_edge and blocks[i].kind in ("head", "item")) or labelled:
            drop.update(range(i, j))
            # the box's own title just before it ("More on this", "2019 Awards")
            if i > 0 and blocks[i - 1].kind == "head" and not linked[i - 1]:
                drop.add(i - 1)
        i = j
    return drop


def _is_link_entry(block: Block, anchors: set[str] | frozenset[str]) -> bool:
    """The block is one whole link, or (a list item) one whole link and the date after it (_ITEM_DATE)."""
    text = block.text
    if len(text) >= 4 and text in anchors:
        return True
    if block.kind != "item" or (not text[-1:].isdigit() and text[-1:] not in ")）日"):
        return False
    dated = _ITEM_DATE.search(text)
    if dated is None or dated.start() == 0:
        return False
    title = text[: dated.start()].rstrip()
    return len(title) >= 4 and title in anchors


def _anchor_texts(page: lxml_html.HtmlElement) -> set[str]:
    return {normalise_space(a.text_content()) for a in page.iter("a")}


def jsonld_article_body(page: lxml_html.HtmlElement) -> str | None:
    """Longest articleBody of the page's JSON-LD (for callers without a metadata extractor)."""
    best: str | None = None
    for script in page.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, TypeError):
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                stack.extend(v for v in node.values() if isinstance(v, (list, dict)))
                body = node.get("articleBody")
                if isinstance(body, str) and (best is None or len(body) > len(best)):
                    best = body
    return best
