"""A small process that forks the extraction workers, so that they do not inherit the crawl's heap.

A worker forked from the crawl process shares its heap page by page until one side writes to a page. With
CPython 3.11, reading an object writes its reference count, and a worker's new objects fill the free slots
of the pools it shares: each worker ended up with private copies of 40-90 MB of the crawl's heap (Scrapy's
objects sit in the same pages as extraction's), while the crawl process kept, and went on writing to, the
originals. The fork server is started fresh (not forked) when the crawl starts, imports extraction alone
and loads its lazy data (`preload.py`), then does nothing but fork: the workers share its pages, which it
never writes to again, and carry nothing of Scrapy, Twisted or the crawl's state.

Protocol on one Unix socket: the server sends one byte when it is ready; then, per worker, the crawl sends
a 4-byte length with the worker's end of its pipe (SCM_RIGHTS), then that many bytes (the pickled
functions the worker may run, see `pool.ProcessPool.register`); the server forks and answers the
worker's pid (8 bytes, -1 if it could not fork). The kernel reaps the workers
(SIGCHLD ignored); the crawl watches and stops them through a pidfd, not their exit status. The server exits
when the crawl closes the socket or dies. No Scrapy here.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import select
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Sequence
from multiprocessing.connection import Connection
from typing import Any

from newsarchive.extract_pool.pool import WorkerCrashed, _serve, heap_trimmer, tune_malloc

logger = logging.getLogger(__name__)

_LENGTH = struct.Struct("!I")
_PID = struct.Struct("!q")
_READY = b"R"  #: sent once by the server when it is ready to fork
#: seconds the crawl waits for the server to answer a fork, and to start (import and preload: seconds,
#: more on a loaded machine), before it starts a fresh one: a stuck server must not hold the crawl's threads
SERVER_TIMEOUT = 60.0
START_TIMEOUT = 300.0

#: What the server imports for the workers (the spider's extraction function is imported by reference
#: when a worker unpickles it; for the generic and profile spiders it is in here).
EXTRACTION_MODULES = ("newsarchive.extract",)


class ForkServerGone(WorkerCrashed):
    """The fork server died and could not be started again."""


def _recv_exact(sock: socket.socket, size: int) -> bytes:
    chunks, left = [], size
    while left:
        chunk = sock.recv(left)
        if not chunk:
            raise EOFError("the other side closed the socket")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


class ServedProcess:
    """A worker forked by the server: not this process's child, so watched and killed through a pidfd
    (immune to the pid's reuse) where the kernel has them; `exitcode` is never known here.

    The pidfd stays open until `close()`, which the caller makes the last use: it is the worker's exit
    `sentinel`, polled beside its pipe, and a descriptor closed under a poll could be reused meanwhile."""

    exitcode = None

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self._fd: int | None = None
        self._gone = False
        try:
            self._fd = os.pidfd_open(pid)
        except ProcessLookupError:
            self._gone = True  # exited already
        except (AttributeError, OSError):  # no pidfd (kernel < 5.3, not Linux): the pid itself
            pass

    @property
    def sentinel(self) -> int | None:
        """A descriptor readable once the process has exited (None without pidfd)."""
        return self._fd

    def join(self, timeout: float | None = None) -> None:
        waited = 0.0
        while not self._gone:
            if self._fd is not None:
                poller = select.poll()
                poller.register(self._fd, select.POLLIN)
                if poller.poll(None if timeout is None else int(timeout * 1000)):
                    self._gone = True
                return
            try:
                os.kill(self.pid, 0)
            except ProcessLookupError:
                self._gone = True
                return
            if timeout is not None and waited >= timeout:
                return
            time.sleep(0.05)
            waited += 0.05

    def is_alive(self) -> bool:
        self.join(0)
        return not self._gone

    def kill(self) -> None:
        if self._gone:
            return
        with contextlib.suppress(ProcessLookupError):
            if self._fd is not None:
                signal.pidfd_send_signal(self._fd, signal.SIGKILL)
            else:
                os.kill(self.pid, signal.SIGKILL)

    def close(self) -> None:
        """Release the pidfd (after which the process counts as gone)."""
        self._gone = True
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


class ForkServer:
    """The crawl's side: starts the server process and asks it for workers (thread-safe)."""

    def __init__(
        self,
        *,
        modules: Sequence[str] = EXTRACTION_MODULES,
        preload: bool = True,
        log: dict[str, Any] | None = None,
    ) -> None:
        """`log`: `logging.basicConfig` arguments for the server and its workers (the crawl's log file,
        level and format: a worker forked from the crawl would have inherited its handlers)."""
        self.modules = tuple(modules)
        self.preload = preload
        self.log = dict(log or {})
        self._lock = threading.Lock()
        self._closed = False
        self._start()

    def _start(self) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        # The crawl's import path as it is now (a test or script may have extended it), not only PYTHONPATH.
        code = (
            f"import sys; sys.path[:] = {sys.path!r}; "
            "from newsarchive.extract_pool.server import main; "
            f"main({theirs.fileno()}, {list(self.modules)!r}, {self.preload!r}, {self.log!r})"
        )
        self.process = subprocess.Popen(
            [sys.executable, "-c", code], pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL
        )
        theirs.close()
        ours.settimeout(SERVER_TIMEOUT)
        self._control = ours
        self._ready = False

    def _await_ready(self) -> None:
        if not self._ready:
            self._control.settimeout(START_TIMEOUT)
            try:
                if _recv_exact(self._control, 1) != _READY:
                    raise EOFError("the fork server did not start")
            finally:
                self._control.settimeout(SERVER_TIMEOUT)
            self._ready = True

    def wait_ready(self) -> None:
        """Block until the server has imported and preloaded extraction (its first fork waits anyway)."""
        with self._lock:
            try:
                self._await_ready()
            except (OSError, EOFError) as error:
                logger.warning("The extraction fork server did not start (%s)", error)

    def fork(self, child: Connection, registrations: bytes) -> ServedProcess:
        """A new worker serving `child` (the caller closes its own copy of that end afterwards)."""
        with self._lock:
            for attempt in range(2):
                if self._closed:
                    raise ForkServerGone("the fork server is closed")
                try:
                    self._await_ready()
                    socket.send_fds(self._control, [_LENGTH.pack(len(registrations))], [child.fileno()])
                    self._control.sendall(registrations)
                    (pid,) = _PID.unpack(_recv_exact(self._control, _PID.size))
                    break
                except (OSError, EOFError) as error:
                    if attempt:
                        raise ForkServerGone(f"the fork server is gone ({error})") from error
                    logger.warning("The extraction fork server died (%s): starting it again", error)
                    self._stop()
                    self._start()
        if pid < 0:
            raise ForkServerGone("the fork server could not fork a worker")
        return ServedProcess(pid)

    def _stop(self) -> None:
        self._control.close()  # EOF: the server returns
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self._stop()


def main(fd: int, modules: Sequence[str], preload: bool, log: dict[str, Any] | None = None) -> None:
    """The server process: import and load extraction, then fork a worker per request until EOF."""
    # Ctrl-C in a terminal reaches the whole process group; the crawl decides when the server stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps the workers
    control = socket.socket(fileno=fd)
    from newsarchive.extract_pool import preload as preloading

    tune_malloc()  # inherited by the workers (pool.py)
    defaults = {"level": logging.WARNING, "format": "%(asctime)s [%(name)s] %(levelname)s: %(message)s"}
    logging.basicConfig(**(defaults | (log or {})))
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:
            logger.warning("extraction fork server: cannot import %s", name, exc_info=True)
    if preload:
        preloading.preload()  # frozen at its end
    else:
        preloading.freeze()
    trim = heap_trimmer()
    if trim is not None:
        trim()  # pages freed by the imports are not handed down to every worker
    try:
        control.sendall(_READY)
    except OSError:
        return
    while True:
        try:
            header, fds, _flags, _address = socket.recv_fds(control, _LENGTH.size, 1)
            if not header:
                return  # the crawl closed the socket, or died
            header += _recv_exact(control, _LENGTH.size - len(header))
            registrations = _recv_exact(control, _LENGTH.unpack(header)[0])
        except (OSError, EOFError):
            return
        if not fds:
            continue
        try:
            pid = os.fork()
        except OSError:
            pid = -1
        if pid == 0:
            code = 0
            try:
                control.close()
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                _serve(Connection(fds[0]), (), registrations)
            except BaseException:
                traceback.print_exc()
                code = 1
            finally:
                os._exit(code)
        for received in fds:
            os.close(received)
        try:
            control.sendall(_PID.pack(pid))
        except OSError:
            return
