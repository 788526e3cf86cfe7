"""Images of the generic page: the story's figures with caption and credit, then the lead image its
metadata declares."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from lxml import etree

from newsarchive.extract.content.literals import FoldedSearch
from newsarchive.extract.fields.common import is_ancestor, memo
from newsarchive.extract.fields.picture_keys import picture_id, picture_key, sized
from newsarchive.extract.jsonld import as_text
from newsarchive.extract.processors import absolute_url
from newsarchive.extract.text import clean, element_text
from newsarchive.items import Image

if TYPE_CHECKING:
    from newsarchive.extract.document import Document

CREDIT_CLASS = FoldedSearch(r"credit|copyright|photographer|source|byline")  # (case-insensitive)
# Where lazy-loading scripts keep the real image while `src` holds a placeholder, most common first
# (tune half: WordPress a3-lazy-load and lazysizes' data-src on frau-sabienes.de, uepo.de,
# fischerhuette.hejfish.com, sueddeutsche.de, losandes.com.ar, atlasobscura.com; data-srcset on
# pcgamer.com; data-lg on slf.ch; data-td-src-property on ambito.com)
LAZY_ATTRIBUTES = (
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-lazy",
    "data-url",
    "data-srcset",
    "data-lazy-srcset",
    "data-original-mos",
    "data-lg",
    "data-td-src-property",
    "srcset",
)
# File names of an image that stands in for the real one until a script loads it, or where a story has
# none (lazy_placeholder.gif, placeholder.png, lazy.svg, missing-image.svg, wordpress.com's blank.jpg as the
# og:image of posts without one, no-img_460x320_logo.jpg, Arc XP's default-md.png in `src` beside the
# picture's `data-src` on elcomercio.pe): never the article's image
PLACEHOLDER_FILE = re.compile(
    r"placeholder|^lazy[._-]|^blank(?:[._-]|$)|^spacer[._-]|^transparent[._-]|^pixel[._-]|^pix\.|missing-image"
    r"|^no-?im(?:a?ge?)?[._-]|^1x1[._-]|^default[-_.]",
    re.I,
)
# File names of the site's own emblem, which a page declares as its og:image when the story has no picture
# (tune half: cropped-logo-1.jpg, Logo_en.gif, googlelogo_color_200x200.png, SZ_Banner-Logo.gif,
# fn_logo_fb_1200x630.jpg, social_default_logo-1481777.png, defaultPromoCrop.png, favicon_150x150.png,
# favicon-96.ico, apple-touch-icon@2.png, gravatar's /blavatar/ site icon), or the picture it sets for every
# share of the site, named after the network (facebook.png on viehbacher.com, facebook.jpg on
# rechtambild.de; og-image.png, share.jpg). Only the declared lead image is judged by its name: a logo
# inside the story (a partner's, an agency's) is the story's figure.
SITE_IMAGE_FILE = re.compile(
    r"logo|favicon|touch-icon|^default|[-_]default[-_]|\.ico$"
    r"|^(?:facebook|fb|twitter|og|share|social)(?:[-_](?:image|img|share|card))?\.\w+$",
    re.I,
)


class MediaFields:
    """Mixed into extract.page.Page."""

    doc: Document
    url: str

    @memo
    def images(self) -> list[Image]:
        images: list[Image] = []
        for figure in self.figure_elements():
            image = self.figure_image(figure)
            if image:
                _merge_image(images, image)
        lead: list[str | None] = [self.doc.meta.first("og:image", "og:image:url", "twitter:image")]
        value = self.doc.jsonld.get("image")
        for item in value if isinstance(value, list) else [value]:
            lead.append(
                as_text(item.get("url") or item.get("contentUrl"))
                if isinstance(item, dict)
                else as_text(item)
            )
        for src in lead:
            if any(src == image.url for image in images):
                continue  # (an absolute_url result maps to itself: nothing to resolve or merge)
            absolute = image_url(self.url, src)
            if absolute and not SITE_IMAGE_FILE.search(_file_name(absolute)) and "/blavatar/" not in absolute:
                _merge_image(images, Image(url=absolute))
        return images

    def figure_url(self, figure: etree._Element) -> str | None:
        """Absolute URL of the figure's first image: the real one a lazy-loading script would put in place
        of a placeholder `src`, none when the placeholder is all there is."""
        img = next((i for i in figure.iterdescendants("img", "amp-img") if not _icon(i)), None)
        if img is None:
            return None
        src = img.get("src")
        if not src or src.startswith("data:") or PLACEHOLDER_FILE.search(_file_name(src)):
            src = next((_first_source(img.get(name)) for name in LAZY_ATTRIBUTES if img.get(name)), None)
        return image_url(self.url, src)

    def figure_elements(self) -> list[etree._Element]:
        scope = self.scope
        paths: frozenset[str] = getattr(self, "_page_paths", frozenset())
        figures = list(scope.iter("figure"))
        figures += [
            c for c in _captioned_images(scope) if not any(f is c or is_ancestor(f, c) for f in figures)
        ]
        return [f for f in figures if not self.in_noise(f) and not _teaser(f, scope, paths)]

    def figure_image(self, figure: etree._Element) -> Image | None:
        url = self.figure_url(figure)
        if not url:
            return None
        caption_el = next(figure.iterdescendants("figcaption"), None)
        if caption_el is None:
            # (a <figure> whose caption is a <div> its class names: Brightspot's "Figure-caption")
            caption_el = next((el for el in figure.iterdescendants() if _is_caption(el)), None)
        caption = credit = None
        if caption_el is not None:
            # (a caption element of older markup whose own class names a credit, "image-source-caption",
            # holds the caption too: split_caption_credit reads its text)
            credit_els = [
                el
                for el in caption_el.iter()
                if CREDIT_CLASS(el.get("class") or "") and (el is not caption_el or el.tag == "figcaption")
            ]
            credit = clean(" ".join(self.text_of(el) for el in credit_els)) or None
            caption = _text_without(caption_el, credit_els, self.skip_for(caption_el)) or None
        if credit is None:
            # a credit set beside the caption or on the picture ("Figure-credit", a copyright line over
            # the image), not in it
            found = next(
                (
                    el
                    for el in figure.iterdescendants()
                    if el is not caption_el
                    and CREDIT_CLASS(el.get("class") or "")
                    and not any(a is caption_el for a in el.iterancestors())
                    # (the innermost: "cutline-byline" holds the caption and the "byline-image" credit)
                    and not any(CREDIT_CLASS(d.get("class") or "") for d in el.iterdescendants())
                    and 0 < len(self.text_of(el)) <= MAX_CREDIT
                ),
                None,
            )
            if found is not None:
                text = clean(self.text_of(found))
                if text.startswith("(") and text.endswith(")"):
                    text = text[1:-1].strip()  # "(Foto: Captura de pantalla)"
                credit = text or None
        if credit is None and caption_el is not None:
            caption, credit = _credit_in_last_span(caption_el, caption)
        return Image(url=url, caption=caption, credit=credit)


# An image with its caption in markup older than <figure>: WordPress's classic "[caption]" (<div
# class=wp-caption><img><p class=wp-caption-text>), TYPO3 news' "news-img-caption" beside the image's
# wrapper, an AMP page's <amp-img> and its "caption" paragraph. The caption element's class names it; the
# image is the one image of the caption's parent or grandparent.
# (and the word for a caption in the Nordic languages: Swedish "bildtext", Norwegian "bildetekst", Danish
# "billedtekst", Finnish "kuvateksti", Icelandic "myndatexti", mbl.is's caption <div> beside the picture;
# a probe page, hand-built, tests/test_extract_unseen_shapes10.py)
# (case-insensitive: content/literals.py FoldedSearch)
_CAPTION_CLASS = FoldedSearch(
    r"caption|legend|bildunterschrift|l[ée]gende|leyenda|didascalia|legenda"
    r"|bilde?te(?:xt|kst)|billedtekst|kuvateksti|myndatext"
)
# ... or its test hook, where the class is a build tool's hash: Wix's rich-content viewer sets the caption
# in <span class="_3Ly8Z" data-hook="imageViewerCaption"> beside the image's <div> (a probe page in the
# shape of a Wix blog post, hand-built: the caption stayed in the body); React sites' data-testid
_CAPTION_HOOKS = ("data-hook", "data-testid")
_CAPTION_ATTRIBUTES = ("class", *_CAPTION_HOOKS)
_IMAGES = etree.XPath("count(descendant::img | descendant::amp-img)")
MAX_CAPTION = 400
MAX_CREDIT = 120  # (a credit is a name and an agency; longer, the element is more than the credit)
MAX_CAPTIONED = 100


# Boxes of the page around the story (a sidebar's promo with its caption, a menu's pictures): their images
# are not the story's, whatever their caption's class says
_CHROME_BOX = re.compile(r"sidebar|promo|widget|banner|advert|related|recommend|footer|navbar|menu", re.I)


def _in_chrome_box(el: etree._Element) -> bool:
    for node in el.iterancestors():
        if node.tag in ("aside", "nav", "footer", "body"):
            return node.tag != "body"
        if _CHROME_BOX.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    return False


# (an image or a link is never the caption; a <figcaption> is read with its figure)
_NOT_CAPTIONS = frozenset({"img", "amp-img", "a", "figcaption"})


def _is_caption(el: etree._Element) -> bool:
    if el.tag in ("img", "amp-img", "a"):
        return False
    for name in _CAPTION_ATTRIBUTES:
        value = el.get(name)
        if value and _names_caption(value):
            return True
    return False


@lru_cache(maxsize=4096)
def _names_caption(value: str) -> bool:
    """_CAPTION_CLASS found in a class or test-hook value. (Cached: a page repeats a few dozen class
    values on the hundreds of elements _captioned_images tests.)"""
    return _CAPTION_CLASS(value)


def _caption_elements(scope: etree._Element) -> Iterator[etree._Element]:
    """The descendants of `scope` that _is_caption names, in document order, but <figcaption>s and those
    inside a <figure> (whose caption the figure's own reading finds): what the XPath
    "descendant::*[@class or @data-hook or @data-testid][not(self::figcaption)][not(ancestor::figure)]"
    selects and _is_caption accepts, by one walk that asks each element for its three attributes (the
    XPath, with its ancestor test of every element, and the test of its elements after it: 0.64 against
    0.43 ms a tune page)."""
    if scope.tag == "figure" or any(a.tag == "figure" for a in scope.iterancestors()):
        return  # (each descendant is inside a figure)
    elements = scope.iter(etree.Element)
    next(elements)  # (`scope` itself)
    for el in elements:
        # (_is_caption inlined, the figure test after it: few elements are captions)
        if el.tag in _NOT_CAPTIONS:
            continue
        for name in _CAPTION_ATTRIBUTES:
            value = el.get(name)
            if value and _names_caption(value):
                break
        else:
            continue
        if any(a.tag == "figure" for a in el.iterancestors()):
            continue
        yield el


def _captioned_images(scope: etree._Element) -> list[etree._Element]:
    """The containers of an image and its caption that are not <figure> elements (see _CAPTION_CLASS)."""
    out: list[etree._Element] = []
    for el in _caption_elements(scope):
        if len(out) >= MAX_CAPTIONED:
            break  # (a gallery page of thousands: the story's figures are among the first)
        if any(is_ancestor(c, el) for c in out):
            continue
        text = element_text(el)
        if not 3 <= len(text) <= MAX_CAPTION:
            continue
        container = el.getparent()
        for _ in range(2):
            if container is None or _IMAGES(container) >= 1:
                break
            container = container.getparent()
        if (
            container is not None
            and _IMAGES(container) == 1
            and container not in out
            and not _in_chrome_box(el)
        ):
            out.append(container)
    return out


# The caption's sentence and the credit, each in a <span> of its own without a class naming the credit
# (El País: "<figcaption><span>La ministra, este martes en Madrid.</span><span class=a_m_m>Claudio Álvarez
# </span>"; Arc XP themes alike): the text ran together, "Madrid.Claudio Álvarez" (probe page, hand-built).
# The last span is the credit when the spans before it end a sentence and it is a few words (a name and an
# agency) that end none.
_SENTENCE_END = (".", "!", "?", ".)", ".»", ".”")
MAX_CREDIT_WORDS = 6


def _credit_in_last_span(caption_el: etree._Element, caption: str | None) -> tuple[str | None, str | None]:
    spans = [child for child in caption_el if isinstance(child.tag, str)]
    if len(spans) < 2 or any(child.tag != "span" for child in spans) or (caption_el.text or "").strip():
        return caption, None
    if any((child.tail or "").strip() for child in spans):
        return caption, None
    head = clean(" ".join(element_text(child) for child in spans[:-1]))
    last = clean(element_text(spans[-1]))
    if (
        head.endswith(_SENTENCE_END)
        and last
        and len(last.split()) <= MAX_CREDIT_WORDS
        and not last.endswith(_SENTENCE_END)
    ):
        return head, last
    return caption, None


def _text_without(
    el: etree._Element, skip: list[etree._Element], noise: Collection[etree._Element] = ()
) -> str:
    if not skip:
        return element_text(el, noise)
    parts: list[str] = []

    def walk(node: etree._Element, top: bool) -> None:
        if node in skip or (noise and not top and node in noise):
            if node.tail and not top:
                parts.append(node.tail)
            return
        if isinstance(node.tag, str) and node.tag not in ("script", "style"):
            if node.text:
                parts.append(node.text)
            for child in node:
                walk(child, False)
        if node.tail and not top:
            parts.append(node.tail)

    walk(el, True)
    return clean(" ".join(parts))


# Containers of other stories' teasers (related lists, recommendations) by class or id token
_OTHER_STORIES = FoldedSearch(r"related|similar|recommend|more-?stories|read-?more|also-?read|weitere")
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)$", re.I)


def _teaser(figure: etree._Element, scope: etree._Element, page_paths: frozenset[str]) -> bool:
    """A figure of another story: its image links to another page (not to the image file, nor to a page
    under this one's path: WordPress's attachment page), or it sits in a related-stories container. Once
    the real image of a lazy-loaded figure is read, these are what the story's scope holds besides its own
    figures (tune half: the teaser rails of losandes.com.ar, ambito.com, katapult-magazin.de)."""
    img = next(figure.iterdescendants("img"), None)
    # a figure whose caption stands outside the image's link is the story's, whatever the image links to
    # (a product page, a shop: blog.teufel.de); a teaser's title is inside its link (tmz.com) or absent
    caption = next((c for c in figure.iterdescendants("figcaption") if element_text(c)), None)
    node: etree._Element | None = img if img is not None else figure
    while node is not None and node is not scope:
        if (
            node.tag == "a"
            and _links_to_other_page(node.get("href"), page_paths)
            and (caption is None or is_ancestor(node, caption))
        ):
            return True
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        if node is not img and names.strip() and _OTHER_STORIES(names):
            return True
        node = node.getparent()
    return False


def _links_to_other_page(href: str | None, page_paths: frozenset[str]) -> bool:
    if not href or href.startswith(("#", "javascript:")):
        return False
    try:
        path = urlsplit(href.strip()).path.rstrip("/")
    except ValueError:
        return False
    if not path or _IMAGE_FILE.search(path) or not page_paths:
        return False
    return not any(path == own or (own and path.startswith(own + "/")) for own in page_paths)


# What opens a credit printed at the end of a caption ("... (Foto: iFixit)", "... © Pferderevue",
# "... Credit: ESA", "... Photo: Jonathan Nackstrand/AFP", "Bild: PIRO4D / Pixabay", nytimes.com's
# "CreditKevin Frayer/Getty Images"): tune half, 80 of 306 captions on 40 sites held their credit so
CAPTION_CREDIT = re.compile(
    r"©|\(c\)(?=\s)|\bcopyright\b|\bphoto\s+by\b|\bfoto\s+di\b|(?-i:\bCredit)(?=[A-Z])"
    r"|\b(?:fotos?|bild(?:er|quelle)?|photos?|photograph(?:er)?|image|credits?|quelle|source|crédits?|cr[ée]ditos?)\s*:",
    re.IGNORECASE,
)
# a credit is a name or two and an agency: longer, the label is part of the caption's sentence
CAPTION_CREDIT_MAX = 100
# what ends the caption's text before a credit line in lower case ("... ein. © X", "... (foto: X)")
_BEFORE_CREDIT = frozenset(".!?)»\"'(-–—|/·•:")


def split_caption_credit(caption: str) -> tuple[str | None, str | None]:
    """(caption, credit) of a caption that ends with its credit line; (caption, None) otherwise."""
    for found in CAPTION_CREDIT.finditer(caption):
        credit = caption[found.start() :]
        if len(credit) > CAPTION_CREDIT_MAX:
            continue
        head = caption[: found.start()].rstrip()
        label = found.group(0)
        if head and head[-1] not in _BEFORE_CREDIT and not label[0].isupper() and label[0] not in "©(":
            continue  # "The source: a river" is the caption's own sentence
        if head.endswith("("):
            head = head[:-1]
            credit = credit.rstrip(" .").removesuffix(")")
        credit = credit.strip(" .")
        if credit.startswith("Credit") and credit[6:7].isupper():
            credit = "Credit " + credit[6:]  # nytimes.com's "CreditKevin Frayer/Getty Images"
        head = head.rstrip(" -–—|/·•").strip()
        if credit and credit != found.group(0):
            return head or None, credit
    return caption, None


def images_processor(value: Any, page: Any) -> list[Image]:
    """A credit printed at the end of a caption goes to the image's credit (the page's own images() keep
    the caption whole: the body step compares paragraphs with the caption as printed)."""
    out: list[Image] = []
    for image in value or []:
        if image.caption and not image.credit:
            caption, credit = split_caption_credit(image.caption)
            image = Image(url=image.url, caption=caption, credit=credit)
        out.append(image)
    return out


def image_url(base: str, src: str | None) -> str | None:
    """Absolute, with spaces percent-encoded ("/upload/Umwelt und Klima/a.jpg" on propellets.at,
    vogelwarte.ch, offshore-stiftung.de), and not a placeholder."""
    absolute = absolute_url(base, src)
    if not absolute or PLACEHOLDER_FILE.search(_file_name(absolute)):
        return None
    return absolute.replace(" ", "%20")


# An icon beside or over the picture, not the picture: its declared size is an icon's (a 49x38 "Opinión"
# quote mark on losandes.com.ar, a 1x1 pixel), or its class names a watermark (wpolityce.pl's logo over
# every lead picture, "article-img__watermark"). An AMP image laid out to its box (layout="responsive",
# "intrinsic", "fill", "flex-item") declares only its aspect ratio: `width="16" height="9"` is a picture
# (AMP pages of any publisher, hand-built probe: the old rule lost the figure's only image)
_ICON_MAX = 50
_PIXEL_MAX = 2
_LEADING_NUMBER = re.compile(r"\s*(\d+)(?:px)?\s*$")
_RATIO_LAYOUTS = frozenset({"responsive", "intrinsic", "fill", "flex-item"})


def _icon(img: etree._Element) -> bool:
    if "watermark" in (img.get("class") or "").lower():
        return True
    if (img.get("layout") or "").strip().lower() in _RATIO_LAYOUTS:
        return False
    sizes = [_LEADING_NUMBER.match(img.get(name) or "") for name in ("width", "height")]
    numbers = [int(m.group(1)) for m in sizes if m]
    return bool(numbers) and (min(numbers) <= _PIXEL_MAX or (len(numbers) == 2 and max(numbers) <= _ICON_MAX))


def _file_name(url: str) -> str:
    return urlsplit(url.strip()).path.rstrip("/").rsplit("/", 1)[-1]


def _first_source(value: str | None) -> str | None:
    """The URL of an attribute that holds one, or the first of a srcset ("a.jpg 320w, b.jpg 640w")."""
    words = (value or "").split()
    return words[0].rstrip(",") if words else None


def _merge_image(images: list[Image], image: Image) -> None:
    key, number = picture_key(image.url), picture_id(image.url)
    for existing in images:
        if (
            existing.url == image.url
            or picture_key(existing.url) == key
            or (number is not None and picture_id(existing.url) == number)
        ):
            if sized(image.url) < sized(existing.url):
                existing.url = image.url  # the picture itself rather than a size of it (or nearer it)
            existing.caption = existing.caption or image.caption
            existing.credit = existing.credit or image.credit
            return
    images.append(image)
