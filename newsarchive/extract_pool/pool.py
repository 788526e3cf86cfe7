"""Worker processes that run pure functions (extraction) for a crawl, one call per worker at a time.

Why not `concurrent.futures.ProcessPoolExecutor`: when one of its processes dies, the whole executor is
broken and every pending call fails with it. A crawl must lose only the page whose extraction killed the
worker, so each worker here has its own pipe and runs one call at a time: a dead (or hung) worker fails
exactly the call it was running, and a fresh process takes its place.

Workers are forked, from the crawl process itself by default, or from a fork server (`server.py`): a small
process that imported extraction alone, so the workers do not carry (and copy, page by page) the crawl's
heap. Either way they start in milliseconds and no `__main__` is re-run, as "spawn" and multiprocessing's
"forkserver" would. The functions registered before `start()` (with their options: site profiles) reach a
fork server's workers pickled, once per worker. Forked from the crawl, `start()` forks them from the
crawl's main thread before any call, while no other thread can hold a lock the child would inherit.

`call()` blocks; the crawl runs it from a thread per worker (see `middleware.py`), so the reactor thread
never waits on a worker. It always ends: every write to and read from a worker's pipe has a deadline and
watches the worker's exit (`channel.py`), and a worker is torn down once, by whichever thread gets there
first, its pipe closed only when no thread is inside it. No Scrapy here.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import gc
import itertools
import logging
import multiprocessing
import os
import pickle
import queue
import signal
import socket
import threading
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from newsarchive.extract_pool.channel import Channel, deadline_in

if TYPE_CHECKING:
    from newsarchive.extract_pool.server import ForkServer

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


def heap_trimmer() -> Callable[[], object] | None:
    """glibc's malloc_trim, where there is one: it hands the heap's free pages back to the system."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (musl, macOS)
        return None
    trim.argtypes = [ctypes.c_size_t]
    return lambda: trim(0)


#: glibc mallopt parameters (malloc.h)
_M_MMAP_THRESHOLD = -3
_M_ARENA_MAX = -8
MMAP_THRESHOLD = 128 * 1024  #: glibc's own starting value, held there
ARENA_MAX = 2


def tune_malloc() -> bool:
    """Keep glibc's malloc from holding on to the memory of large, short-lived buffers (page bodies, the
    pickles of a page and of its record), in the crawl process and, inherited by the fork, in its workers.
    Returns whether it could (glibc only).

    glibc serves a block of 128 kB or more with its own mmap, unmapped when freed, but raises that
    threshold to the size of each such block freed (up to 32 MB): after a few large pages, every page
    body lands in the heap, where one small long-lived allocation behind it keeps its pages resident.
    Setting the threshold fixes it at 128 kB. Each thread that allocates also gets its own arena (the
    crawl's threads that talk to the workers): two are plenty for threads that mostly wait."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(mallopt(_M_ARENA_MAX, ARENA_MAX))


#: A worker reads its private memory after its first call, then every this many (~1 ms of CPU a reading)
MEMORY_EVERY = 5


def private_bytes() -> int | None:
    """This process's private memory (pages no other process maps: what it costs the machine on its own),
    from /proc/self/smaps_rollup (Linux 4.14+); None where there is none. Not its RSS: a forked worker's
    RSS counts the pages it shares with the fork server, and stays the same when it copies one of them
    (CPython writes the reference count of every object it reads), which is how its memory mostly grows."""
    try:
        with open("/proc/self/smaps_rollup", "rb") as handle:
            found = [
                int(line.split()[1])
                for line in handle
                if line.startswith((b"Private_Clean:", b"Private_Dirty:"))
            ]
    except (OSError, ValueError, IndexError):
        return None
    return sum(found) * 1024 if len(found) == 2 else None


class _Closable(Protocol):
    def close(self) -> None: ...


def _serve(conn: Connection, inherited: Sequence[_Closable], registrations: bytes = b"") -> None:
    """A worker's loop: (function, args, kwargs) in, ("ok", result) or ("error", exception) out."""
    if registrations:  # forked by a fork server, which does not have them
        _REGISTERED.update(pickle.loads(registrations))
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
    # A page's parse trees and strings (several MB on a real page) are freed after it, but glibc keeps
    # the freed pages mapped (a little in use at the heap's top pins the rest): each worker would grow to
    # its worst page and stay there. Handed back after every call (~0.3 ms).
    trim = heap_trimmer()
    private: int | None = (
        None  #: bytes, read every MEMORY_EVERY calls (the crawl replaces a worker grown too big)
    )
    for calls in itertools.count(1):
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
        del task, function, args, kwargs
        trimmed = calls % MEMORY_EVERY == 1  # after its first call, then every MEMORY_EVERY
        if trimmed:
            if trim is not None:
                trim()  # before the reading, so that it counts what the worker keeps, not the page's peak
            private = private_bytes()
        try:
            conn.send((*reply, private))
        except Exception as error:  # an unpicklable result or exception
            conn.send(("error", WorkerError(f"{type(error).__name__}: {error}"), private))
        del reply
        if trim is not None and not trimmed:
            trim()


class _Requeue(Exception):
    """The call never ran: an earlier call on the same worker crashed it. Run it on another worker."""


class _Worker:
    """One process and its pipe. Up to `depth` calls may be in the pipe at once: the next page is already
    there when the worker finishes one, so it never waits for the crawl process to be scheduled (or to get
    the GIL) between pages. Calls are answered in the order they were sent.

    Several threads may find a worker dead or done with at once (the one whose call it crashed, the one
    retiring it for its memory, the pool's close): `kill()` tears it down once, and closes its pipe only when
    no thread is inside it. Closed twice, or under a thread still using it, the pipe's descriptor number
    could already be a new worker's pipe: two workers on one pipe, one call's answer read by another call,
    and a call that waits for an answer that never comes."""

    def __init__(
        self,
        context: Any,
        inherited: Sequence[Channel],
        server: ForkServer | None = None,
        registrations: bytes = b"",
    ) -> None:
        ours, theirs = socket.socketpair()
        self.conn = Channel(ours)
        child = Connection(theirs.detach())
        self.process: Any
        try:
            if server is not None:
                self.process = server.fork(child, registrations)
            else:
                self.process = context.Process(
                    target=_serve,
                    args=(child, [self.conn, *inherited]),
                    daemon=True,
                    name="newsarchive-extract",
                )
                self.process.start()
        except BaseException:
            self.conn.close()
            raise
        finally:
            child.close()  # only the worker holds the other end now: its death is EOF here
        self.pid: int = self.process.pid
        self.conn.sentinel = self.process.sentinel  # its exit ends a wait even if its pipe stays open
        self._send_lock = threading.Lock()  #: one writer on the pipe at a time
        self._turn = threading.Condition()  #: one reader on the pipe at a time, in ticket order
        self._process_lock = threading.Lock()  #: joins and kills of the process (and its sentinel's close)
        self._teardown = threading.Lock()
        self._released = False  #: pipe and sentinel closed (under all three locks above)
        self._sent = 0  #: tickets handed out (calls written to the pipe)
        self._received = 0  #: answers read
        self.dead = False
        self.retiring = False  #: takes no more calls: it answers those it has, then stops
        self.private = 0  #: its private memory (bytes) as it last read it

    def call(
        self, function: Callable[..., T], args: Sequence[Any], kwargs: dict[str, Any], timeout: float
    ) -> T:
        """`timeout` (seconds, 0 = none) bounds the call's own run; writing it waits for the calls ahead."""
        with self._send_lock:
            if self.dead or self.retiring:
                raise _Requeue
            ticket = self._sent
            ahead = ticket - self._received
            try:
                self.conn.send((function, tuple(args), kwargs), deadline_in(timeout * (ahead + 1)))
            except (OSError, EOFError, ValueError):  # TimeoutError is an OSError
                self.dead = True  # died (or stuck) before this call reached it: the call never ran
                unsent = True
            else:
                unsent = False
                self._sent += 1
        if unsent:
            self.kill()  # a part of the call may be in the pipe: nothing more may go after it
            raise _Requeue
        with self._turn:
            while self._received != ticket and not self.dead:
                self._turn.wait()
            if self.dead:
                raise _Requeue  # the call before this one crashed the worker: this one never ran
            try:
                answer = self.conn.recv_bytes(deadline_in(timeout))
            except TimeoutError:
                self.dead = True
                raise WorkerCrashed(f"no answer within {timeout:g} s") from None
            except (EOFError, OSError, ValueError) as error:  # ValueError: its pipe was closed
                self.dead = True
                raise WorkerCrashed(f"worker process {self.pid} died{self._exit()}") from error
            finally:
                self._received += 1
                self._turn.notify_all()
        try:
            status, value, private = pickle.loads(answer)
        except Exception as error:  # a result whose class this process cannot import, say
            raise WorkerError(f"unreadable answer: {type(error).__name__}: {error}") from None
        if private is not None:
            self.private = private
        if status == "ok":
            return value  # type: ignore[no-any-return]
        if isinstance(value, WorkerError):
            raise value
        raise WorkerError(f"{type(value).__name__}: {value}")

    @property
    def sent(self) -> int:
        return self._sent

    def retire(self) -> None:
        """Take no more calls, wait for the answers to those already sent, then stop the process."""
        with self._send_lock:
            self.retiring = True
        with self._turn:
            while self._received != self._sent and not self.dead:
                self._turn.wait()
        self.stop()

    def stop(self, timeout: float = 2.0) -> None:
        """Ask the process to end (after the calls it has), give it `timeout` seconds, then kill it."""
        # A call still being written (a forced stop of the crawl) is not waited for: kill() ends it.
        if self._send_lock.acquire(timeout=timeout):
            try:
                if not self._released:
                    with contextlib.suppress(OSError, EOFError, ValueError):
                        self.conn.send(None, deadline_in(timeout))
            finally:
                self._send_lock.release()
            self._join(timeout)
        self.kill()

    def kill(self) -> None:
        """End the process now and close its pipe: from any thread, any number of times."""
        with self._teardown:
            if self._released:
                return
            with self._process_lock:
                if self.process.is_alive():
                    self.process.kill()
            self.conn.shutdown()  # a thread still writing or reading the pipe returns now
            self._join(5)
            with self._send_lock, self._turn:
                self.dead = True
                self._turn.notify_all()
                self.conn.close()
                with self._process_lock:
                    with contextlib.suppress(ValueError):  # still running after SIGKILL (uninterruptible)
                        self.process.close()
                    self._released = True

    def _join(self, timeout: float) -> None:
        with self._process_lock:
            if not self._released:
                self.process.join(timeout)

    def _exit(self) -> str:
        """' (exit N)' once the process has ended with a known status (a fork server's workers have none)."""
        self._join(1)
        code = None if self._released else self.process.exitcode
        return "" if code is None else f" (exit {code})"


class ProcessPool:
    """`size` forked worker processes, each with up to `depth` calls queued in its pipe; thread-safe
    `call()` (up to size x depth callers at once; more wait for a free slot).

    A worker that dies or overruns `timeout` (seconds, 0 = none) during a call is replaced, and that call
    raises WorkerCrashed; calls queued behind it, which never ran, go to a live worker. With a `server`
    (`server.ForkServer`), the workers are forked by it instead of by this process. With `max_calls`, a
    worker that has taken that many calls is replaced: it answers those it has, stops, and only then is its
    successor forked (never more than `size` workers at once); with `max_private`, so is a worker whose
    private memory (bytes, read every MEMORY_EVERY calls) has passed it.
    """

    def __init__(
        self,
        size: int,
        *,
        timeout: float = 0.0,
        depth: int = 2,
        fork_in: Callable[[Callable[[], _Worker]], _Worker] | None = None,
        server: ForkServer | None = None,
        max_calls: int = 0,
        max_private: int = 0,
    ) -> None:
        """`fork_in(start)` runs `start` where forking is safe (the crawl: its reactor thread, between
        events) when a worker must be replaced during the crawl; by default in the calling thread."""
        if size < 1 or depth < 1:
            raise ValueError("a process pool needs at least one worker and one call per worker")
        self.size = size
        self.depth = depth
        self.timeout = timeout
        self._fork_in = None if server is not None else fork_in  # a server's fork leaves this process be
        self._server = server
        self.max_calls = max_calls
        self.max_private = max_private
        self.retired = 0  #: workers replaced after `max_calls` or over `max_private`
        self.retired_for_memory = 0  #: of those, the ones over `max_private`
        self._registered: dict[int, tuple[Callable[..., Any], dict[str, Any]]] = {}
        self._registrations: bytes | None = None  #: _registered pickled, for a server's workers
        self._context = multiprocessing.get_context("fork")
        self._slots: queue.SimpleQueue[int] = queue.SimpleQueue()  #: worker index, `depth` times each
        for _ in range(depth):
            for index in range(size):
                self._slots.put(index)
        self._workers: list[_Worker | None] = [None] * size
        self._replacing = [threading.Lock() for _ in range(size)]  #: one successor per slot at a time
        self._lock = threading.Lock()
        self._closed = False
        self.started = 0  #: worker processes started (replacements included)

    def start(self) -> None:
        """Fork the workers now (call from the main thread, before the first `call`)."""
        for index in range(self.size):
            self._worker(index, fork_in=None)

    def register(self, function: Callable[..., Any], **options: Any) -> int:
        """Make `function(*args, **options, **kwargs)` callable by key in the workers (`call_registered`):
        the options (site profiles, say) are not pickled with each call. Register before `start()`."""
        key = next(_KEYS)
        _REGISTERED[key] = self._registered[key] = (function, options)
        self._registrations = None
        return key

    def call_registered(self, key: int, *args: Any, **kwargs: Any) -> Any:
        return self.call(_run_registered, key, args, kwargs)

    def call(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        while True:
            index = self._slots.get()
            worker: _Worker | None = None
            try:
                worker = self._worker(index, fork_in=self._fork_in)
                return worker.call(function, args, kwargs, self.timeout)
            except _Requeue:
                continue
            except WorkerCrashed:
                if worker is not None:
                    worker.kill()  # the next call on this slot forks a fresh one
                raise
            finally:
                self._slots.put(index)

    def _worker(self, index: int, *, fork_in: Any) -> _Worker:
        """The live worker of slot `index`, forked first if there is none (outside the pool's lock: a
        fork requested from the reactor thread must not wait for a lock the reactor thread may want)."""
        worker = self._workers[index]
        if worker is not None and not worker.dead and not self._spent(worker):
            return worker
        if worker is not None and not worker.dead:
            with self._replacing[index]:
                if self._workers[index] is worker and not worker.dead:
                    worker.retire()  # the other calls of this slot wait here, then use its successor
                    self.retired += 1
                    if not 0 < self.max_calls <= worker.sent:
                        self.retired_for_memory += 1
                current = self._workers[index]
                if current is not worker and current is not None and not current.dead:
                    return current  # replaced by another caller meanwhile
                return self._replace(index, fork_in)
        return self._replace(index, fork_in)

    def _spent(self, worker: _Worker) -> bool:
        return 0 < self.max_calls <= worker.sent or 0 < self.max_private < worker.private

    def _replace(self, index: int, fork_in: Any) -> _Worker:
        if self._closed:
            raise WorkerCrashed("the pool is closed")
        fresh = fork_in(self._new_worker) if fork_in else self._new_worker()
        with self._lock:
            current = self._workers[index]
            if self._closed or (current is not None and not current.dead):
                extra, fresh = fresh, current  # closed meanwhile, or another caller replaced it first
            else:
                extra = None
                self._workers[index] = fresh
                self.started += 1
        if extra is not None:
            extra.stop()
        if fresh is None:
            raise WorkerCrashed("the pool is closed")
        return fresh

    def _new_worker(self) -> _Worker:
        if self._server is not None:
            if self._registrations is None:
                self._registrations = pickle.dumps(self._registered) if self._registered else b""
            return _Worker(self._context, [], self._server, self._registrations)
        return _Worker(self._context, [w.conn for w in self._workers if w is not None])

    def close(self) -> None:
        """Stop every worker (those still running a call are killed after a short wait)."""
        with self._lock:
            self._closed = True
            workers = [w for w in self._workers if w is not None]
            self._workers = [None] * self.size
        for worker in workers:
            worker.stop()
