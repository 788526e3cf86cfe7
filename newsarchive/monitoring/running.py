"""Which crawl is running in a JOBDIR: the marker newsarchive.spiders.extensions.jobdir writes, read back.

Two crawls on one JOBDIR (an hourly cron job still going when the next starts, without the `flock` of
docs/operations.md) would share one request queue on disk, and the second took the first's "running"
marker for a run killed mid-crawl and deleted the queue the first was still using. The marker names the
process (pid, host), so the second run can tell a live crawl from a dead one and refuse to start.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

#: Written into JOBDIR while a crawl runs, replaced at a clean close.
JOBDIR_MARKER = "newsarchive-run.json"


def running_marker(started: str) -> dict[str, object]:
    return {"state": "running", "started": started, "pid": os.getpid(), "host": socket.gethostname()}


def live_crawl(jobdir: str | Path) -> dict[str, object] | None:
    """The marker of the crawl still running in `jobdir` on this machine, or None (no marker, a clean
    close, a crawl that died, or one on another host: what cannot be checked is left to JobdirGuard)."""
    try:
        marker = json.loads((Path(jobdir) / JOBDIR_MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(marker, dict) or marker.get("state") != "running":
        return None
    pid = marker.get("pid")
    if not isinstance(pid, int) or pid <= 0 or pid == os.getpid():
        return None
    if marker.get("host") != socket.gethostname():
        return None
    return marker if _is_crawl(pid) else None


def _is_crawl(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # another user's process: alive
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True  # no /proc (macOS): alive is all we can know
    # After a reboot the pid may be another program's: only a crawl counts.
    return b"crawl" in cmdline
