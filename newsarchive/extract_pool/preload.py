"""Load, in the crawl process before it forks the workers, what extraction's libraries load on first use.

A forked worker shares the crawl's memory pages until one side writes to them (copy-on-write). What a
library builds lazily, though, each worker builds again for itself the first time a page needs it, and
real pages need it within the first few hundred: htmldate's fallback date parser (dateparser) loads every
locale's tables and compiles their regexes (~40 MB, ~1-2 s of CPU), trafilatura's justext fallback builds
a stop-word set of every language (~35 MB). Loaded here once, they are shared by every worker: read-only
lookups in a string set or a compiled regex do not write to the pages that hold them.

Only the libraries' public or long-stable entry points are called, each on its own: a library that moved
one of them costs that sharing (logged at DEBUG), never the crawl. No Scrapy here.
"""

from __future__ import annotations

import gc
import importlib
import logging
import time
from collections.abc import Callable

logger = logging.getLogger(__name__)

#: Modules extraction imports inside functions (first page that needs them), imported here instead.
LAZY_MODULES = (
    "dateparser",
    "htmldate",
    "justext",
    "trafilatura.external",
    "charset_normalizer",
    "encodings.idna",
)


def _month_words() -> None:
    from htmldate.extractors import month_words  # every dateparser locale's month names

    month_words()


def _date_parser() -> None:
    from htmldate.extractors import get_external_parser

    # A word no locale knows makes dateparser try (so load and compile) every locale in turn.
    get_external_parser().get_date_data("12 qqqq 2021")


def _justext_stoplist() -> None:
    from justext.core import define_stoplist
    from trafilatura.external import jt_stoplist_init

    define_stoplist(jt_stoplist_init())  # trafilatura's every-language stop list, lower-cased and cached


STEPS: tuple[Callable[[], None], ...] = (_month_words, _date_parser, _justext_stoplist)


def preload() -> float:
    """Import and initialise the lazy state above; then freeze the heap for the fork. Returns seconds."""
    started = time.monotonic()
    for name in LAZY_MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # an optional module missing: the workers import what they need themselves
            logger.debug("preload: cannot import %s", name, exc_info=True)
    for step in STEPS:
        try:
            step()
        except Exception:
            logger.debug("preload: %s failed", step.__name__, exc_info=True)
    freeze()
    return time.monotonic() - started


def freeze() -> None:
    """Collect, then move every live object out of the collector's reach. A collection walks the objects of
    a generation and writes to each one's header, which would copy every page it touches in whichever
    process collects, parent or worker."""
    gc.collect()
    gc.freeze()
