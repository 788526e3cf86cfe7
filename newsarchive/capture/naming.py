"""Names that become paths: site folders and WARC file names."""

from __future__ import annotations

import re
import socket
from datetime import UTC, datetime

# A site name is one path component: no separators, no "..", nothing a shell or a filesystem
# treats specially, so `<WARC_DIR>/<site>/` can never point outside WARC_DIR.
_SITE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}\Z")
_HOST_UNSAFE = re.compile(r"[^A-Za-z0-9.-]+")


def safe_site_name(name: str) -> str:
    """Return `name` if it is a safe single path component, else raise ValueError."""
    if not isinstance(name, str) or not _SITE.match(name) or ".." in name:
        raise ValueError(f"site name {name!r} is not a safe folder name (letters, digits, '_', '.', '-')")
    return name


def warc_file_name(site: str, serial: int, *, pid: int, now: datetime | None = None) -> str:
    """IIPC-style name: <prefix>-<timestamp>-<serial>-<host>-<pid>.warc.gz.

    Timestamp first after the prefix, so an alphabetical sort (what a shell glob gives) is the
    capture order; host and pid keep concurrent crawlers (distributed mode) from colliding.
    """
    now = now or datetime.now(UTC)
    stamp = now.strftime("%Y%m%d%H%M%S%f")
    host = _HOST_UNSAFE.sub("-", socket.gethostname()).strip("-") or "host"
    return f"{safe_site_name(site)}-{stamp}-{serial:05d}-{host}-{pid}.warc.gz"
