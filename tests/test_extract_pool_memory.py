"""What the crawl loads before forking its extraction workers is what the workers would load themselves.

The figures (peak PSS of the crawl's process tree) are in benchmarks/crawl_real.py; these tests pin the
mechanism: every preload step still reaches the library state it is meant to build (a library that moved
it would silently cost each worker its own copy again), and a worker forked afterwards (by the crawl
process, or by the fork server that preloaded it) finds it built.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsarchive.extract_pool import preload
from newsarchive.extract_pool.pool import ProcessPool, heap_trimmer
from newsarchive.extract_pool.server import ForkServer

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("step", preload.STEPS, ids=lambda step: step.__name__)
def test_every_preload_step_runs(step: object) -> None:
    step()  # type: ignore[operator]  # raises if the library moved what it calls


def test_every_lazy_module_imports() -> None:
    for name in preload.LAZY_MODULES:
        __import__(name)


def lazy_state() -> dict[str, int]:
    """What extraction's libraries have built lazily in this process (cache sizes, loaded locales)."""
    import gc

    import trafilatura.external
    from dateparser.languages.loader import default_loader
    from htmldate.extractors import get_external_parser, month_words

    return {
        "month_words": month_words.cache_info().currsize,
        "date_parser": get_external_parser.cache_info().currsize,
        "locales": len(default_loader._loaded_locales),
        "stoplist": len(trafilatura.external.JT_STOPLIST or ()),
        "frozen": gc.get_freeze_count(),
    }


_FORKED_STATE = """
import json
from newsarchive.extract_pool import preload
from newsarchive.extract_pool.pool import ProcessPool
from tests.test_extract_pool_memory import lazy_state

if PRELOAD:
    preload.preload()
pool = ProcessPool(1, timeout=120)
try:
    print(json.dumps(pool.call(lazy_state)))
finally:
    pool.close()
"""


def _forked_state(preloaded: bool) -> dict[str, int]:
    """What a worker forked by a fresh crawl process finds built."""
    code = f"PRELOAD = {preloaded}\n" + _FORKED_STATE
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def _assert_built(state: dict[str, int]) -> None:
    assert state["frozen"] > 0  # the heap the workers share is out of the collector's reach
    assert state["month_words"] == 1
    assert state["date_parser"] == 1
    assert state["locales"] > 100  # every dateparser locale, not only English
    assert state["stoplist"] > 10_000  # every justext language


def test_a_worker_forked_after_the_preload_finds_the_data_built() -> None:
    cold = _forked_state(False)
    assert cold["month_words"] == 0 and cold["stoplist"] == 0  # else the test proves nothing
    _assert_built(_forked_state(True))


def test_a_fork_servers_worker_finds_the_data_built() -> None:
    fork_server = ForkServer(preload=True)
    pool = ProcessPool(1, timeout=120, server=fork_server)
    try:
        _assert_built(pool.call(lazy_state))
    finally:
        pool.close()
        fork_server.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_the_heap_can_be_handed_back_on_linux() -> None:
    trim = heap_trimmer()
    assert trim is not None
    trim()
