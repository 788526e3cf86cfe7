"""Safe, bounded XML reading shared by the feed and sitemap parsers.

Feeds and sitemaps come from the network: no entity expansion, no DTD or network access, no
huge-tree mode, and a hard cap on bytes and elements so a hostile or broken file cannot
exhaust memory.
"""

from __future__ import annotations

import codecs
import io
import re
import zlib
from collections.abc import Iterator
from html.entities import html5

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


def iter_end_elements(
    body: bytes, *, max_elements: int = MAX_ELEMENTS, http_charset: str | None = None
) -> Iterator[etree._Element]:
    """Yield elements as they close. Callers read what they need, then may `.clear()` them.

    Recovers from broken markup where libxml2 can; yields nothing for non-XML input. The bytes are first
    made readable (`readable_xml`: the encoding they are really in, bare `&` and HTML entities).
    """
    body = maybe_gunzip(body)
    if len(body) > MAX_XML_BYTES:
        raise XmlTooLarge(f"XML body larger than {MAX_XML_BYTES} bytes")
    body = readable_xml(body, http_charset)
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


# --- what publishers serve as XML ---------------------------------------------------------------------
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
#: the encoding an XML declaration names (after any whitespace a template left before it)
_DECLARED = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']", re.I)
_CDATA = re.compile(rb"(<!\[CDATA\[.*?\]\]>)", re.S)
#: `&` and what follows it, when that is a reference (`&amp;`, `&#233;`, `&eacute;`)
_AMPERSAND = re.compile(rb"&(#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)?")
_XML_ENTITIES = frozenset({b"amp;", b"lt;", b"gt;", b"quot;", b"apos;"})


def readable_xml(body: bytes, http_charset: str | None = None) -> bytes:
    """`body` as libxml2 reads it right: in the encoding its bytes are in, with no reference it would drop.

    Publishers' feeds and sitemaps are often no well-formed XML, and libxml2's recovery then loses link
    characters, so a link names a page that does not exist:

    - an encoding declaration the bytes do not match (WordPress's blog_charset left at ISO-8859-1 over a UTF-8
      database; a Windows-1252 ASP feed declaring nothing, XML's default being UTF-8): bytes that read as
      UTF-8 are UTF-8 (text in a one-byte code page almost never does), otherwise the declared encoding, the
      HTTP charset or Windows-1252 is taken, whichever reads them; the body is then given to libxml2 in UTF-8;
    - a bare `&` (Joomla's `index.php?option=com_content&view=article&id=1`), which recovery drops with the
      name after it: escaped as `&amp;`;
    - HTML's named entities (`&nbsp;`, `&eacute;`), which no feed declares: written as character references.
    CDATA sections are left as they are (their `&` is text). A BOM decides the encoding, as in XML.
    """
    if body.startswith(_BOMS[1:]):
        return body  # UTF-16: libxml2 reads it by its BOM; the byte-wise fixes below would not apply
    start = 3 if body.startswith(_BOMS[0]) else 0
    if not body.isascii() and not start:
        body = _in_its_encoding(body, http_charset)
    return _references(body) if b"&" in body else body


def _codec(name: str | bytes | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.decode("ascii") if isinstance(name, bytes) else name).name
    except (LookupError, UnicodeDecodeError):
        return None


def _reads(body: bytes, codec: str | None) -> bool:
    if codec is None:
        return False
    try:
        body.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _in_its_encoding(body: bytes, http_charset: str | None) -> bytes:
    match = _DECLARED.match(body[:1024])
    declared = _codec(match.group(1)) if match else None
    if declared is not None and declared.startswith(("utf-16", "utf-32")):
        return body
    parsed_as = declared or "utf-8"  # what libxml2 would read it as
    if _reads(body, "utf-8"):
        actual = "utf-8"
    elif parsed_as != "utf-8" and _reads(body, parsed_as):
        actual = parsed_as
    else:
        http = _codec(http_charset)
        actual = http if http not in (None, "utf-8") and _reads(body, http) else "cp1252"
    if actual == parsed_as:
        return body
    text = body.decode(actual, "replace")
    if match:
        # the declaration names the encoding the text is now given in
        start, end = match.span(1)
        text = text[:start] + "UTF-8" + text[end:]
    return text.encode("utf-8")


def _references(body: bytes) -> bytes:
    parts = _CDATA.split(body)
    for index in range(0, len(parts), 2):  # (odd parts are CDATA sections)
        parts[index] = _AMPERSAND.sub(_reference, parts[index])
    return b"".join(parts)


def _reference(match: re.Match[bytes]) -> bytes:
    ref = match.group(1)
    if ref is None:
        return b"&amp;"
    if ref.startswith(b"#") or ref in _XML_ENTITIES:
        return match.group(0)
    text = html5.get(ref.decode("ascii"))
    if text is None:
        # a name the document's own DTD may declare (an entity bomb's `&lol9;`): never expanded, as before
        return match.group(0)
    return "".join(f"&#{ord(char)};" for char in text).encode("ascii")
