"""What a body really is, from its first bytes: servers label PDFs and images `text/html`."""

from __future__ import annotations

from newsarchive.charset import utf16_without_bom

_HEAD = 8192

# (prefix, kind), matched after leading whitespace. Only signatures no HTML, XML or text page starts with.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"\x00\x00\x01\x00", "ico"),
    (b"PK\x03\x04", "zip"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!\x1a\x07", "rar"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"OggS", "ogg"),
    (b"ID3", "mp3"),
    (b"fLaC", "flac"),
    (b"\x1aE\xdf\xa3", "webm"),
    (b"wOFF", "woff"),
    (b"wOF2", "woff2"),
    (b"\x00asm", "wasm"),
    (b"\x7fELF", "elf"),
    (b"MZ", "exe"),
)

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# Control bytes that never occur in text (tab, newlines, form feed and escape excepted).
_CONTROL = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x1B)) | frozenset(range(0x1C, 0x20)) | {0x0B}


def sniff_binary(body: bytes, *, declared_encoding: str | None = None) -> str | None:
    """The kind of binary content `body` holds ("pdf", "png", ..., "binary"), or None for text.

    `declared_encoding` from the Content-Type header: UTF-16/32 text is full of NUL bytes, so the
    control-byte test is skipped for it, and for markup that reads as UTF-16 without a BOM.
    """
    head = body[:_HEAD]
    stripped = head.lstrip(b" \t\r\n")
    for prefix, kind in _MAGIC:
        if stripped.startswith(prefix):
            return kind
    if stripped[:4] == b"RIFF" and stripped[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "riff"
    if stripped[4:8] == b"ftyp":
        return "mp4"
    if head.startswith(_BOMS[1:]) or (declared_encoding or "").lower().replace("-", "").startswith(
        ("utf16", "utf32", "ucs")
    ):
        return None
    if not head or utf16_without_bom(head) is not None:
        return None
    controls = sum(1 for byte in head if byte in _CONTROL)
    # A single NUL is enough: no text format carries one. Otherwise a share of control bytes that no
    # text in any 8-bit charset has.
    if b"\x00" in head or controls / len(head) > 0.05:
        return "binary"
    return None


def is_blank(body: bytes) -> bool:
    """Empty or only whitespace (a BOM alone counts as empty)."""
    for bom in _BOMS:
        if body.startswith(bom):
            body = body[len(bom) :]
            break
    return not body.strip()
