"""Every call on the extraction pool ends (an answer, an error or a timeout), whatever its worker does.

A crawl with a crash in extraction once hung: the worker was killed by its page while the thread retiring
it (over its memory cap) stopped it, and both threads closed its pipe. The second close landed on the
number the kernel had just given a fresh worker's pipe; two workers then shared one descriptor, a call's
answer was read by another call, and the call whose answer it was waited until its 180 s timeout. Real
processes here (a fork server and its workers), no mocks.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import struct
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from newsarchive.extract_pool.pool import ProcessPool, WorkerCrashed
from newsarchive.extract_pool.server import ForkServer

pytestmark = pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="Linux pidfd")


@pytest.fixture
def fork_server() -> Iterator[ForkServer]:
    server = ForkServer(modules=(), preload=False)
    try:
        yield server
    finally:
        server.close()


def _echo(token: int) -> tuple[int, int]:
    return token, os.getpid()


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _pipe_fd() -> int:
    """The worker's end of its pipe: the only socket a fork server's worker has."""
    for name in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):  # the listing's own descriptor is gone by now
            if os.readlink(f"/proc/self/fd/{name}").startswith("socket:"):
                return int(name)
    raise AssertionError("no pipe")


def _stall_half_way() -> None:
    """Write the first bytes of an answer, then never the rest (a worker stopped, or stuck in a write)."""
    os.write(_pipe_fd(), struct.pack("!i", 1000) + b"\x80")
    time.sleep(60)


def _die_leaving_a_child(pid_file: str) -> None:
    """Fork a child that keeps the worker's pipe open (as a library that forks would), then die."""
    child = os.fork()
    if child == 0:
        time.sleep(20)
        os._exit(0)
    Path(pid_file).write_text(str(child), encoding="utf-8")
    _die()


def _ends_within(seconds: float, function: object, *args: object) -> BaseException | object:
    """Run `function(*args)` in a thread: what it returned or raised, or fail if it has not ended."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(function(*args))  # type: ignore[operator]
        except BaseException as error:
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"the call did not end within {seconds} s"
    return outcome[0]


def _tear_down_at_once(pool: ProcessPool) -> None:
    """Kill the pool's worker as a page would, while two threads kill it and one stops it, and another
    opens sockets (what the crawl opens meanwhile: HTTP connections, fresh workers' pipes)."""
    worker = pool._workers[0]
    assert worker is not None
    pid = worker.process.pid
    barrier = threading.Barrier(5)
    errors: list[BaseException] = []
    bystanders: list[socket.socket] = []

    def tear_down(how: str) -> None:
        barrier.wait()
        try:
            worker.stop(0.5) if how == "stop" else worker.kill()
        except BaseException as error:
            errors.append(error)

    def open_sockets() -> None:
        barrier.wait()
        for _ in range(50):
            bystanders.extend(socket.socketpair())

    threads = [threading.Thread(target=tear_down, args=(how,)) for how in ("kill", "kill", "stop")]
    threads.append(threading.Thread(target=open_sockets))
    for thread in threads:
        thread.start()
    barrier.wait()
    os.kill(pid, signal.SIGKILL)
    for thread in threads:
        thread.join(30)
    assert not any(thread.is_alive() for thread in threads)
    assert errors == []
    for bystander in bystanders:  # none closed under its owner
        assert bystander.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM
        bystander.close()


def test_a_worker_torn_down_by_several_threads_at_once_closes_its_pipe_once(fork_server: ForkServer) -> None:
    """The thread whose call the worker's death crashed, the one retiring it and the pool's close may all
    tear a worker down at the same moment: each returns, none raises, and no other descriptor is closed."""
    for _ in range(15):
        pool = ProcessPool(1, timeout=30, server=fork_server)
        try:
            pool.start()
            _tear_down_at_once(pool)
            assert pool.call(_echo, 7)[0] == 7  # and the pool goes on with a fresh worker
        finally:
            pool.close()


def test_a_crash_while_the_worker_is_retired_costs_that_call_only(fork_server: ForkServer) -> None:
    """The crawl's hang, in the pool alone: every worker is over its memory cap after one call, so it is
    being retired when the call queued behind kills it. Every call ends, with its own answer."""
    pool = ProcessPool(2, timeout=30, depth=2, server=fork_server, max_private=1)
    try:
        pool.start()

        def one(token: int) -> object:
            try:
                return pool.call(_die) if token % 3 == 1 else pool.call(_echo, token)
            except WorkerCrashed as error:
                return error

        with ThreadPoolExecutor(4) as executor:
            futures = {token: executor.submit(one, token) for token in range(60)}
            outcomes = {token: future.result(timeout=120) for token, future in futures.items()}
        for token, outcome in outcomes.items():
            if token % 3 == 1:
                assert isinstance(outcome, WorkerCrashed), outcome
            else:
                assert isinstance(outcome, tuple) and outcome[0] == token, (token, outcome)
    finally:
        pool.close()


def test_a_worker_that_stalls_half_way_through_its_answer_times_out(fork_server: ForkServer) -> None:
    pool = ProcessPool(1, timeout=1, server=fork_server)
    try:
        started = time.monotonic()
        outcome = _ends_within(30, pool.call, _stall_half_way)
        assert isinstance(outcome, WorkerCrashed) and "no answer within 1 s" in str(outcome)
        assert time.monotonic() - started < 10
        assert pool.call(_echo, 3)[0] == 3
    finally:
        pool.close()


def test_a_worker_that_dies_while_its_child_holds_the_pipe_fails_its_call_at_once(
    fork_server: ForkServer, tmp_path: Path
) -> None:
    """No end of file comes (the child holds the pipe): the worker's exit itself ends the call, long
    before the pool's timeout."""
    pid_file = tmp_path / "child.pid"
    pool = ProcessPool(1, timeout=15, server=fork_server)
    try:
        started = time.monotonic()
        outcome = _ends_within(30, pool.call, _die_leaving_a_child, str(pid_file))
        assert isinstance(outcome, WorkerCrashed) and "died" in str(outcome), outcome
        assert time.monotonic() - started < 7
        assert pool.call(_echo, 5)[0] == 5
    finally:
        pool.close()
        if pid_file.exists():
            os.kill(int(pid_file.read_text(encoding="utf-8")), signal.SIGKILL)
