"""Raw capture: WARC files of the responses as received, and their replay for re-extraction."""

from __future__ import annotations

from newsarchive.capture.naming import safe_site_name
from newsarchive.capture.reader import CaptureRef, iter_capture_refs, load_capture
from newsarchive.capture.writer import RotatingWarcWriter

__all__ = ["CaptureRef", "RotatingWarcWriter", "iter_capture_refs", "load_capture", "safe_site_name"]
