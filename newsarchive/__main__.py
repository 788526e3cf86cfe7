"""`python -m newsarchive <command> [...]`: a small dispatcher; each command lives in newsarchive.commands.

Command modules are imported only when chosen, so `extract` does not pay for what `demo` imports.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence

from newsarchive import __version__

COMMANDS: dict[str, tuple[str, str]] = {
    "extract": ("newsarchive.commands.extract", "extract articles from saved HTML pages, print JSON lines"),
    "profile": (
        "newsarchive.commands.profile",
        "write a site profile from saved pages, or check one",
    ),
    "demo": ("newsarchive.commands.demo", "crawl the bundled sample site into data/archive"),
    "reextract": ("newsarchive.commands.reextract", "rebuild the archive from WARC captures"),
    "stats": ("newsarchive.commands.stats", "summarise an archive, its rejects and its run reports"),
    "readmit": ("newsarchive.commands.readmit", "put chosen rejects (dropped pages) into the archive"),
    "merge": ("newsarchive.distributed.merge", "fold distributed workers' archive files by day"),
}


def _usage() -> str:
    lines = ["usage: python -m newsarchive <command> [options]", "", "commands:"]
    lines += [f"  {name:<10} {help_}" for name, (_, help_) in COMMANDS.items()]
    lines += ["", "`python -m newsarchive <command> --help` shows a command's options."]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help"):
        print(_usage())
        return 0 if args else 2
    if args[0] in ("-V", "--version"):
        print(f"newsarchive {__version__}")
        return 0
    name, rest = args[0], args[1:]
    if name not in COMMANDS:
        print(f"newsarchive: unknown command {name!r} (choose from {', '.join(COMMANDS)})", file=sys.stderr)
        return 2
    module = importlib.import_module(COMMANDS[name][0])
    try:
        status = int(module.run(rest) or 0)
        sys.stdout.flush()
    except BrokenPipeError:
        return _reader_went_away()
    return status


def _reader_went_away() -> int:
    """`python -m newsarchive stats --json | head`: the reader closed the pipe; stop quietly.

    Python would otherwise print a BrokenPipeError traceback, and another one when it flushes stdout at
    exit; pointing stdout at /dev/null ends that. 141 is what a shell reports for a writer SIGPIPE ended.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return 141


if __name__ == "__main__":
    sys.exit(main())
