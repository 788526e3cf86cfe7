"""Worker processes that run pure functions (extraction) for a crawl, one call per worker at a time.

Why not `concurrent.futures.ProcessPoolExecutor`: when one of its processes dies, the whole executor is
broken and every pending call fails with it. A crawl must lose only the page whose extraction killed the
worker, so each worker here has its own pipe and runs one call at a time: a dead (or hung) worker fails
exactly the call it was running, and a fresh process takes its place.

Workers are forked from the crawl process, so they extract with exactly the code and data the crawl has
(profiles, rule data, anything a script patched in before crawling) and start in milliseconds; no module
is imported again and no `__main__` is re-run, as "spawn" and "forkserver" would. `start()` forks them from
the crawl's main thread before any call, while no other thread can hold a lock the child would inherit.

`call()` blocks; the crawl runs it from a thread per worker (see `middleware.py`), so the reactor thread
never waits on a worker. No Scrapy here.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import logging
import multiprocessing
import os
import queue
import signal
import threading
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")


#: Functions with their constant keyword arguments, registered before the workers are forked (so every
#: worker has them without any pickling per call): key -> (function, options).
_REGISTERED: dict[int, tuple[Callable[..., Any], dict[str, Any]]] = {}
_KEYS = itertools.count(1)


def _run_registered(key: int, args: Sequence[Any], kwargs: dict[str, Any]) -> Any:
    function, options = _REGISTERED[key]
    return function(*args, **options, **kwargs)


class WorkerCrashed(Exception):
    """The worker process died (killed, crashed, exited) or did not answer in time during one call."""


class WorkerError(Exception):
    """The function raised in the worker (only a BaseException can escape a never-raising extractor)."""


def available_cores() -> int:
    """Cores this process may run on (its CPU affinity, which containers and `taskset` narrow)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _serve(conn: Connection, inherited: Sequence[Connection]) -> None:
    """A worker's loop: (function, args, kwargs) in, ("ok", result) or ("error", exception) out."""
    # The crawl decides when its workers stop: Ctrl-C in a terminal reaches the whole process group, and
    # the crawl's own handlers (inherited by the fork) must not run here.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    with contextlib.suppress(ValueError):
        signal.set_wakeup_fd(-1)
    # The crawl's pipe ends: holding them would keep a worker alive after the crawl is gone (no EOF).
    for other in inherited:
        other.close()
    # What the crawl had allocated is never collected here; scanning it would copy every page (copy-on-write).
    gc.freeze()
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the crawl process is gone
        if task is None:
            return
        function, args, kwargs = task
        try:
            reply: tuple[str, Any] = ("ok", function(*args, **kwargs))
        except BaseException as error:
            reply = ("error", error)
        try:
            conn.send(reply)
        except Exception as error:  # an unpicklable result or exception
            conn.send(("error", WorkerError(f"{type(error).__name__}: {error}")))


class _Worker:
    def __init__(self, context: Any, inherited: Sequence[Connection]) -> None:
        parent, child = context.Pipe(duplex=True)
        self.conn: Connection = parent
        self.process = context.Process(
            target=_serve, args=(child, [parent, *inherited]), daemon=True, name="newsarchive-extract"
        )
        self.process.start()
        child.close()  # only the worker holds the other end now: its death is EOF here

    def call(
        self, function: Callable[..., T], args: Sequence[Any], kwargs: dict[str, Any], timeout: float
    ) -> T:
        try:
            self.conn.send((function, tuple(args), kwargs))
            if timeout > 0 and not self.conn.poll(timeout):
                raise WorkerCrashed(f"no answer within {timeout:g} s")
            status, value = self.conn.recv()
        except (EOFError, OSError) as error:
            self.process.join(1)
            raise WorkerCrashed(
                f"worker process {self.process.pid} died (exit {self.process.exitcode})"
            ) from error
        if status == "ok":
            return value  # type: ignore[no-any-return]
        if isinstance(value, WorkerError):
            raise value
        raise WorkerError(f"{type(value).__name__}: {value}")

    def stop(self, timeout: float = 2.0) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(timeout)
        self.kill()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.conn.close()


class ProcessPool:
    """`size` forked worker processes; thread-safe `call()`.

    At most `size` calls run at once; more callers wait for a free worker. A worker that dies or overruns
    `timeout` (seconds, 0 = none) during a call is replaced, and that call raises WorkerCrashed.
    """

    def __init__(
        self,
        size: int,
        *,
        timeout: float = 0.0,
        fork_in: Callable[[Callable[[], _Worker]], _Worker] | None = None,
    ) -> None:
        """`fork_in(start)` runs `start` where forking is safe (the crawl: its reactor thread, between
        events) when a worker must be replaced during the crawl; by default in the calling thread."""
        if size < 1:
            raise ValueError("a process pool needs at least one worker")
        self.size = size
        self.timeout = timeout
        self._fork_in = fork_in
        self._context = multiprocessing.get_context("fork")
        # None: a slot whose worker is not started yet (or was replaced after a crash).
        self._idle: queue.SimpleQueue[_Worker | None] = queue.SimpleQueue()
        self._slots = size
        self._workers: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.started = 0  #: worker processes started (replacements included)

    def start(self) -> None:
        """Fork the workers now (call from the main thread, before the first `call`)."""
        while self._slots:
            self._slots -= 1
            self._idle.put(self._start_worker())

    def register(self, function: Callable[..., Any], **options: Any) -> int:
        """Make `function(*args, **options, **kwargs)` callable by key in the workers (`call_registered`):
        the options (site profiles, say) are not pickled with each call. Register before `start()`."""
        key = next(_KEYS)
        _REGISTERED[key] = (function, options)
        return key

    def call_registered(self, key: int, *args: Any, **kwargs: Any) -> Any:
        return self.call(_run_registered, key, args, kwargs)

    def call(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self._lock:
            if self._slots:  # not started: start lazily
                self._slots -= 1
                self._idle.put(None)
        worker = self._idle.get()
        try:
            if worker is None:
                worker = self._fork_in(self._start_worker) if self._fork_in else self._start_worker()
            result = worker.call(function, args, kwargs, self.timeout)
        except WorkerCrashed:
            if worker is not None:
                self._discard(worker)
            worker = None
            raise
        finally:
            self._idle.put(worker)
        return result

    def _start_worker(self) -> _Worker:
        with self._lock:
            if self._closed:
                raise WorkerCrashed("the pool is closed")
            worker = _Worker(self._context, [w.conn for w in self._workers])
            self._workers.add(worker)
            self.started += 1
        return worker

    def _discard(self, worker: _Worker) -> None:
        with self._lock:
            self._workers.discard(worker)
        worker.kill()

    def close(self) -> None:
        """Stop every worker (those still running a call are killed after a short wait)."""
        with self._lock:
            self._closed = True
            workers = list(self._workers)
            self._workers.clear()
        for worker in workers:
            worker.stop()
