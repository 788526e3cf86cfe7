"""Spider argument parsing: typed values out of `-a name=value` strings, errors that name the argument."""

from __future__ import annotations

import ipaddress
import re
import sys
from collections.abc import Iterable
from urllib.parse import urlsplit

from newsarchive.exceptions import ArgumentError


def positive_int(name: str, value: object, *, minimum: int = 1) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        text = str(value).strip()
        try:
            number = int(text)
        except ValueError:
            raise ArgumentError(f"argument {name}: expected a whole number, got {value!r}") from None
    if number < minimum:
        raise ArgumentError(f"argument {name}: must be at least {minimum}, got {number}")
    return number


def http_url(name: str, value: object) -> str:
    text = str(value or "").strip()
    if not text:
        raise ArgumentError(f"argument {name}: required (an http:// or https:// URL)")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        hint = _hint(text)
        raise ArgumentError(f"argument {name}: expected an http:// or https:// URL, got {text!r}{hint}")
    try:
        _ = parts.port
    except ValueError:
        raise ArgumentError(f"argument {name}: bad port in {text!r}") from None
    if not valid_host(parts.hostname):
        raise ArgumentError(f"argument {name}: invalid host {parts.hostname!r} in {text!r}")
    return text


def _hint(text: str) -> str:
    """What the user probably meant: a site typed without its scheme, or a saved page (a file:// URL)."""
    if text.lower().startswith("file:"):
        return " (a saved page is read offline: python -m newsarchive extract PATH --url URL)"
    host = re.split(r"[/?#]", text, maxsplit=1)[0].rsplit(":", 1)[0]
    if "://" in text or "." not in host or not valid_host(host):
        return ""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return f" (https://{text}?)"
    return f" (http://{text}?)"  # a local test server, most likely


_DNS_LABEL = re.compile(r"[A-Za-z0-9-]{1,63}")


def valid_host(host: str) -> bool:
    """A DNS name (IDNA allowed) or an IPv4 / IPv6 literal: what a crawl can actually connect to.

    Anything else ("..", "exa mple.com", "%2e%2e", "a..b") would otherwise start a crawl that only fails
    later, request by request, in DNS lookups or URI parsing.
    """
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return True
    name = host[:-1] if host.endswith(".") else host
    try:
        ascii_name = name.encode("idna").decode("ascii")
    except UnicodeError:  # empty or over-long label, or characters IDNA refuses
        return False
    labels = ascii_name.split(".")
    if len(ascii_name) > 253 or not all(_DNS_LABEL.fullmatch(label) for label in labels):
        return False
    # An all-digit last label is a mistyped IPv4 address (256.1.1.1, 1.2.3), never a top-level domain.
    return not labels[-1].isdigit()


def choice(name: str, value: object, choices: Iterable[str]) -> str:
    """`value` matched case-insensitively against `choices`; returns the canonical spelling."""
    options = list(choices)
    text = str(value).strip()
    for option in options:
        if option.lower() == text.lower():
            return option
    raise ArgumentError(f"argument {name}: unknown value {text!r} (choose from: {', '.join(options)})")


def reject_unknown(kwargs: dict[str, object], known: Iterable[str]) -> None:
    """Typos (`-a sectoin=Politics`) must not silently crawl everything.

    Names starting with "_" are let through: schedulers such as scrapyd pass `_job`.
    """
    unknown = sorted(k for k in kwargs if not k.startswith("_"))
    if unknown:
        raise ArgumentError(
            f"argument {unknown[0]}: unknown argument (known: {', '.join(sorted(known)) or 'none'})"
        )


def exit_with_usage_error(spider_name: str, error: ArgumentError) -> SystemExit:
    """Print one line for the user and build the SystemExit that ends `scrapy crawl` with status 2.

    An exception escaping spider creation would otherwise reach asyncio's "Task exception was never
    retrieved" handler and print a traceback wall; SystemExit passes through the reactor instead.
    """
    sys.stderr.write(f"scrapy crawl {spider_name}: error: {error}\n")
    sys.stderr.flush()
    return SystemExit(2)
