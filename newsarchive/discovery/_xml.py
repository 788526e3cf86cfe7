"""Safe, bounded XML reading shared by the feed and sitemap parsers.

Feeds and sitemaps come from the network: no entity expansion, no DTD or network access, no
huge-tree mode, and a hard cap on bytes and elements so a hostile or broken file cannot
exhaust memory.
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Iterator

from lxml import etree

# Sitemaps may be 50 MB uncompressed (sitemaps.org); feeds are far smaller.
MAX_XML_BYTES = 50 * 1024 * 1024
MAX_ELEMENTS = 2_000_000

_GZIP_MAGIC = b"\x1f\x8b"


class XmlTooLarge(ValueError):
    """The document exceeds MAX_XML_BYTES once decompressed, or holds too many elements."""


def maybe_gunzip(body: bytes, *, max_bytes: int = MAX_XML_BYTES) -> bytes:
    """Decompress a gzip body (`sitemap.xml.gz` served without Content-Encoding), bounded."""
    if not body.startswith(_GZIP_MAGIC):
        return body
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decompressor.decompress(body, max_bytes + 1)
    except zlib.error:
        return b""
    if len(out) > max_bytes:
        raise XmlTooLarge(f"gzip body decompresses to more than {max_bytes} bytes")
    return out


def local_name(tag: object) -> str:
    """Element name without namespace ("{ns}url" -> "url"); "" for comments and PIs."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def namespace(tag: object) -> str:
    if isinstance(tag, str) and tag.startswith("{"):
        return tag[1:].split("}", 1)[0]
    return ""


def iter_end_elements(body: bytes, *, max_elements: int = MAX_ELEMENTS) -> Iterator[etree._Element]:
    """Yield elements as they close. Callers read what they need, then may `.clear()` them.

    Recovers from broken markup where libxml2 can; yields nothing for non-XML input.
    """
    body = maybe_gunzip(body)
    if len(body) > MAX_XML_BYTES:
        raise XmlTooLarge(f"XML body larger than {MAX_XML_BYTES} bytes")
    parser_events = etree.iterparse(
        io.BytesIO(body),
        events=("end",),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        recover=True,
        remove_comments=True,
        remove_pis=True,
    )
    count = 0
    try:
        for _event, element in parser_events:
            count += 1
            if count > max_elements:
                raise XmlTooLarge(f"more than {max_elements} XML elements")
            yield element
    except etree.XMLSyntaxError:
        # recover=True still gives up on some inputs (e.g. empty or binary); what was read is kept.
        return


def text_of(element: etree._Element | None) -> str | None:
    if element is None:
        return None
    text = "".join(element.itertext()).strip()
    return text or None


_ROOT_TAG = re.compile(rb"<([A-Za-z_][\w.:-]*)")


def root_tag(body: bytes, *, head_bytes: int = 4096) -> str | None:
    """Name of the first element of a document (prefix kept: "rdf:RDF"), read from its head only.

    Skips the XML declaration, comments, processing instructions and the doctype, so a sitemap
    served as text/html (or a feed served as application/octet-stream) is still recognised.
    """
    if body.startswith(_GZIP_MAGIC):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(body[: 1024 * 1024], head_bytes)
        except zlib.error:
            return None
    else:
        head = body[:head_bytes]
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    pos = 0
    while True:
        start = head.find(b"<", pos)
        if start < 0:
            return None
        nxt = head[start + 1 : start + 2]
        if nxt == b"?":
            end = head.find(b"?>", start)
        elif head.startswith(b"<!--", start):
            end = head.find(b"-->", start)
        elif nxt == b"!":
            end = head.find(b">", start)
        else:
            match = _ROOT_TAG.match(head, start)
            return match.group(1).decode("ascii", "replace") if match else None
        if end < 0:
            return None
        pos = end + 1
