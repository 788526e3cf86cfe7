"""The HTTP guards' pure parts on known inputs: magic bytes, charset repair, Retry-After, offsite hosts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from newsarchive.http.encoding import candidate_encodings, clean_decoding, mojibake_count, problem
from newsarchive.http.redirect import host_allowed
from newsarchive.http.retry_after import parse_retry_after
from newsarchive.http.sniff import is_blank, sniff_binary
from tests.site.hostile import PDF, PNG, UNDECODABLE

TEXT = "Café owners in the naïve “old town” say it’s the rôle of the mayor."


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (PDF, "pdf"),
        (PNG, "png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "jpeg"),
        (b"  \n GIF89a....", "gif"),
        (b"PK\x03\x04rest", "zip"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "riff"),
        (b"<html>\x00</html>", "binary"),
        (b"<!DOCTYPE html><html><body>ok</body></html>", None),
        ("<p>日本語</p>".encode("utf-16"), None),
        (b"<p>caf\xe9</p>", None),
    ],
)
def test_sniff_binary(body: bytes, kind: str | None) -> None:
    assert sniff_binary(body) == kind


def test_blank_bodies() -> None:
    assert is_blank(b"") and is_blank(b" \r\n\t") and is_blank(b"\xef\xbb\xbf\n")
    assert not is_blank(b"<html></html>")


def test_problem_names_replacement_runs_and_mojibake() -> None:
    assert problem(TEXT) is None
    assert problem("a long page " * 400 + "with one stray \ufffd") is None
    assert problem("a \ufffd\ufffd\ufffd run") == "bad_encoding"
    mojibake = TEXT.encode("utf-8").decode("cp1252", "replace")
    assert mojibake_count(mojibake) >= 3 and problem(mojibake) == "mojibake"


@pytest.mark.parametrize(
    ("body", "declared", "expected"),
    [
        (TEXT.encode("cp1252"), "utf-8", "cp1252"),
        (TEXT.encode("utf-8"), "cp1252", "utf-8"),
        (b'<meta charset="iso-8859-15">' + "prix 5€ café".encode("iso-8859-15"), "utf-8", "iso8859-15"),
        (("<p>" + "日本の首相は記者会見で述べた。" * 20 + "</p>").encode("shift_jis"), "utf-8", "cp932"),
    ],
)
def test_clean_decoding_finds_the_real_charset(body: bytes, declared: str, expected: str) -> None:
    found = clean_decoding(body, candidate_encodings(body, tried=declared))
    assert found is not None and found[0] == expected


def test_undecodable_bytes_have_no_clean_decoding() -> None:
    assert clean_decoding(UNDECODABLE, candidate_encodings(UNDECODABLE, tried="utf-8")) is None


def test_parse_retry_after() -> None:
    now = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    assert parse_retry_after(b"120") == 120.0
    assert parse_retry_after("Wed, 01 May 2024 12:01:00 GMT", now=now) == 60.0
    assert parse_retry_after("Wed, 01 May 2024 11:00:00 GMT", now=now) == 0.0
    assert parse_retry_after(b"soon") is None
    assert parse_retry_after(b"-5") is None
    assert parse_retry_after(None) is None
    later = now + timedelta(days=1)
    assert parse_retry_after(later.strftime("%a, %d %b %Y %H:%M:%S GMT"), now=now) == 86400.0


def test_host_allowed_follows_scrapy_offsite_rule() -> None:
    assert host_allowed("asia.nikkei.com", ["nikkei.com"])
    assert host_allowed("127.0.0.1", ["127.0.0.1"])
    assert not host_allowed("127.0.0.2", ["127.0.0.1"])
    assert not host_allowed("evilnikkei.com", ["nikkei.com"])
    assert host_allowed("anything.example", [])
