"""Images of the generic page: the story's figures with caption and credit, then the lead image its
metadata declares."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from lxml import etree

from newsarchive.extract.fields.common import memo
from newsarchive.extract.jsonld import as_text
from newsarchive.extract.processors import absolute_url
from newsarchive.extract.text import clean, element_text
from newsarchive.items import Image

if TYPE_CHECKING:
    from newsarchive.extract.document import Document

CREDIT_CLASS = re.compile(r"credit|copyright|photographer|source|byline", re.I)


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
                item.get("url") or item.get("contentUrl") if isinstance(item, dict) else as_text(item)
            )
        for src in lead:
            if any(src == image.url for image in images):
                continue  # (an absolute_url result maps to itself: nothing to resolve or merge)
            absolute = absolute_url(self.url, src)
            if absolute:
                _merge_image(images, Image(url=absolute))
        return images

    def figure_url(self, figure: etree._Element) -> str | None:
        """Absolute URL of the figure's first image."""
        img = next(figure.iterdescendants("img"), None)
        if img is None:
            return None
        src = img.get("src") or img.get("data-src") or (img.get("srcset") or "").split(" ")[0]
        return absolute_url(self.url, src)

    def figure_elements(self) -> list[etree._Element]:
        return [f for f in self.scope.iter("figure") if not self.in_noise(f)]

    def figure_image(self, figure: etree._Element) -> Image | None:
        url = self.figure_url(figure)
        if not url:
            return None
        caption_el = next(figure.iterdescendants("figcaption"), None)
        caption = credit = None
        if caption_el is not None:
            credit_els = [el for el in caption_el.iter() if CREDIT_CLASS.search(el.get("class") or "")]
            credit = clean(" ".join(self.text_of(el) for el in credit_els)) or None
            caption = _text_without(caption_el, credit_els, self.skip_for(caption_el)) or None
        return Image(url=url, caption=caption, credit=credit)


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


def _merge_image(images: list[Image], image: Image) -> None:
    for existing in images:
        if existing.url == image.url:
            existing.caption = existing.caption or image.caption
            existing.credit = existing.credit or image.credit
            return
    images.append(image)
