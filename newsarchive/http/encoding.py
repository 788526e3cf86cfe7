"""The guards' view of decoding: newsarchive.charset (a leaf module extraction shares), re-exported."""

from __future__ import annotations

from newsarchive.charset import (
    MAX_REPLACEMENT_RATIO,
    MAX_REPLACEMENT_RUN,
    MOJIBAKE_MIN,
    REPLACEMENT,
    Decoded,
    candidate_encodings,
    clean_decoding,
    decode_page,
    has_replacement_run,
    mojibake_count,
    problem,
    replacement_count,
)

__all__ = [
    "MAX_REPLACEMENT_RATIO",
    "MAX_REPLACEMENT_RUN",
    "MOJIBAKE_MIN",
    "REPLACEMENT",
    "Decoded",
    "candidate_encodings",
    "clean_decoding",
    "decode_page",
    "has_replacement_run",
    "mojibake_count",
    "problem",
    "replacement_count",
]
