"""Subcommands of `python -m newsarchive`: each module exposes `run(argv: list[str]) -> int`."""
