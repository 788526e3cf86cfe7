"""Pages judged away, kept: `<archive>/<site>/_rejected/<YYYY-MM-DD>.jsonl`.

Every page a pipeline drops that had a headline or a body goes there with its reason (the archive record's
shape plus `drop_reason`), so a wrong judgment loses nothing: `python -m newsarchive stats` counts them by
reason and `python -m newsarchive readmit` puts chosen ones into the archive.
"""

from __future__ import annotations

from newsarchive.rejects.files import (
    REJECTS_DIR,
    is_rejects_file,
    read_rejects,
    reject_record,
    rejects_files,
    rejects_path,
)

__all__ = ["REJECTS_DIR", "is_rejects_file", "read_rejects", "reject_record", "rejects_files", "rejects_path"]
