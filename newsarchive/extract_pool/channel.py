"""The crawl's end of a worker's pipe: every write and read ends by a deadline, or when the worker dies.

multiprocessing's `Connection.recv()` blocks until a whole message is in, and learns of the worker's death
only from the pipe's end of file. A worker that stalls half-way through its answer, or dies while another
process still holds its end of the pipe (one that extraction code forked, say), would hold the crawl's
thread for good: the pool's timeout only bounded the wait for the answer's first byte. Here each wait
polls the pipe and the worker's exit sentinel (its pidfd, or multiprocessing's sentinel) until the
deadline, on a non-blocking socket, so a call ends with an answer, an error or a timeout.

Same wire format as `Connection` (a 4-byte big-endian length, or -1 then an 8-byte one, then the pickle),
so the worker's side stays a plain `Connection`. Thread-safety is the caller's: one writer and one reader
at a time (`pool._Worker` holds a lock for each); `shutdown()` may come from any thread, and makes those
waiting here return at once. No Scrapy here.
"""

from __future__ import annotations

import contextlib
import select
import socket
import struct
import time
from multiprocessing.reduction import ForkingPickler
from typing import Any

_SIZE = struct.Struct("!i")
_LONG_SIZE = struct.Struct("!Q")
_LONG = 0x7FFFFFFF  #: longer messages: -1, then the length in 8 bytes (as Connection writes them)


class WorkerGone(EOFError):
    """The worker closed its end of the pipe or exited (with nothing left to read)."""


def deadline_in(seconds: float) -> float | None:
    """A deadline `seconds` from now (time.monotonic), None for no limit (0 or less)."""
    return time.monotonic() + seconds if seconds > 0 else None


class Channel:
    """A non-blocking stream socket to one worker, with `sentinel` (a descriptor readable once the worker
    process has exited) watched beside it."""

    def __init__(self, sock: socket.socket) -> None:
        sock.setblocking(False)
        self._sock = sock
        self.sentinel: int | None = None

    def fileno(self) -> int:
        return self._sock.fileno()

    def send(self, obj: Any, deadline: float | None) -> None:
        """Write `obj` pickled; TimeoutError past `deadline`, WorkerGone or OSError if the worker is gone."""
        data = ForkingPickler.dumps(obj)
        size = len(data)
        header = _SIZE.pack(size) if size <= _LONG else _SIZE.pack(-1) + _LONG_SIZE.pack(size)
        self._write(header, deadline)
        self._write(data, deadline)

    def recv_bytes(self, deadline: float | None) -> bytearray:
        """One whole message (a pickle); TimeoutError past `deadline`, WorkerGone if the worker is gone."""
        (size,) = _SIZE.unpack(self._read(_SIZE.size, deadline))
        if size == -1:
            (size,) = _LONG_SIZE.unpack(self._read(_LONG_SIZE.size, deadline))
        return self._read(size, deadline)

    def shutdown(self) -> None:
        """End the pipe both ways without freeing its descriptor: a thread reading or writing it returns."""
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self._sock.close()

    def _write(self, data: bytes, deadline: float | None) -> None:
        view = memoryview(data)
        while view:
            try:
                view = view[self._sock.send(view) :]
            except BlockingIOError:
                self._wait(select.POLLOUT, deadline)

    def _read(self, size: int, deadline: float | None) -> bytearray:
        buffer = bytearray(size)
        view = memoryview(buffer)
        got = 0
        while got < size:
            try:
                count = self._sock.recv_into(view[got:])
            except BlockingIOError:
                self._wait(select.POLLIN, deadline)
                continue
            if not count:
                raise WorkerGone("the worker closed its end of the pipe")
            got += count
        return buffer

    def _wait(self, event: int, deadline: float | None) -> None:
        """Until the socket is ready for `event`; WorkerGone if the worker exits first (its last words are
        read before that: the socket is ready while they are in it), TimeoutError at `deadline`."""
        poller = select.poll()
        poller.register(self._sock.fileno(), event)
        if self.sentinel is not None:
            poller.register(self.sentinel, select.POLLIN)
        while True:
            if deadline is None:
                wait = None
            else:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError("the worker did not answer in time")
                wait = max(1, int(left * 1000 + 0.5))
            ready = dict(poller.poll(wait))
            if ready.get(self._sock.fileno()):
                return  # ready, hung up or in error: the next send or recv says which
            if self.sentinel is not None and ready.get(self.sentinel):
                raise WorkerGone("the worker process exited")
