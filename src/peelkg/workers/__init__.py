"""Queries run in worker processes that are killed at their time or memory limit: pyoxigraph cannot stop a query.

One process (the zygote) loads the dataset once, then forks a worker for each query slot.
A fork takes milliseconds and shares the loaded store's memory, so a worker killed at its
limit is replaced at once, and the next query is answered as if nothing happened. The
parent sends each query with its format and caps, waits for the answer up to the time
limit while watching the worker's own (private) memory, and kills it past either. A worker
whose query runs long is given the lowest CPU priority (SCHED_IDLE), so that short queries
sent meanwhile stay quick. The command line runs one query in one worker; the server keeps a pool.

The parent waits on its asyncio event loop, which reads each worker's socket itself: no
thread and no pickled reply stand between a worker's bytes and the HTTP response (a thread
hop and a pipe per request held the server to about 1,700 trivial queries/s). A worker
answers with a header (status, length) and the answer's bytes as it wrote them (child.py:
the processes' side).

Few workers run quick queries at once (`quick`, by default one per core): more answer no
sooner on that many cores (2 cores: 3,200 trivial queries/s with 2, 2,400 with 3), and each
costs memory: a worker soon holds its own copy of 25-50 MB of the store's pages (pyoxigraph's
memory store writes into pages it reads), which a fork shares at first. A query past 50 ms
stops counting as quick, which lets another worker start beside it.

Workers and the zygote die with their parent, even one killed by SIGKILL (Linux's
PR_SET_PDEATHSIG), and ignore Ctrl-C, which is their parent's to handle.
"""
from __future__ import annotations

import asyncio
import collections
import multiprocessing
import multiprocessing.connection
import os
import pickle
import signal
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing import reduction

from .. import guard
from ..limits import Limits
from ..query import LocalStore, QueryError, QueryRefused, QuerySyntaxError
from .child import ANSWER, BYTES, HELLO, PAGE, REQUEST, VALUE, zygote

_SLOW_SECONDS = 0.05  # a query running longer gets the lowest CPU priority and stops counting as quick
_MEMORY_EVERY_SECONDS = 0.1  # how often a long query's memory is looked at
_SLOW_NICENESS = 19


class LimitExceeded(QueryError):
    """A query stopped at one of its limits: `limit` is 'timeout', 'rows', 'size' or 'memory'."""

    def __init__(self, limit: str, message: str) -> None:
        self.limit = limit
        super().__init__(message)


class Busy(Exception):
    """Every worker is taken and the queue is full (or the wait outlasted the time limit)."""


@dataclass(eq=False)
class _Worker:
    sock: socket.socket
    pid: int = 0
    slow: bool = False  # reniced, and no longer counted as quick: retired once its query ends
    killed: bool = False  # its pid may belong to another process by now
    stopped_by: str = ""  # the limit it was killed at while its query ran
    watch: asyncio.TimerHandle | None = field(default=None, repr=False)


class Pool:
    """Worker processes over one loaded dataset. `load` runs once, in the zygote; `procedures`
    are trusted functions of the store that a worker runs by name (`call`)."""

    def __init__(self, load: Callable[[], LocalStore], *, workers: int = 1, queue: int = 0, quick: int | None = None,
                 limits: Limits = Limits(), procedures: dict[str, Callable] | None = None) -> None:
        self.limits = limits
        self.max_workers = workers
        self.max_quick = min(workers, quick or os.cpu_count() or 1)
        self.max_waiting = queue
        self._load = load
        self._procedures = procedures or {}
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._count = 0  # live workers, idle or busy, and those being forked
        self._quick = 0  # workers given a query that has not yet run long, and those being forked for one
        self._waiters: collections.deque[asyncio.Future] = collections.deque()
        self._zygote: multiprocessing.process.BaseProcess | None = None
        self._control: multiprocessing.connection.Connection | None = None

    # -- life ------------------------------------------------------------------------------

    def start(self) -> "Pool":
        """Fork the zygote and wait until it has loaded the dataset (QueryError if it cannot)."""
        context = multiprocessing.get_context("fork")  # before any thread of ours: see child.zygote
        self._control, theirs = context.Pipe()
        self._zygote = context.Process(target=zygote, args=(self._load, self._procedures, theirs, self._control,
                                                             os.getpid()), name="peelkg-zygote", daemon=True)
        self._zygote.start()
        theirs.close()
        try:
            status, message = self._control.recv()
        except EOFError:
            raise QueryError("the query process died while loading the data") from None
        if status != "ready":
            self.close()
            raise QueryError(message)
        return self

    def close(self) -> None:
        """Stop every worker and the zygote; queries in flight end with Busy."""
        for worker in self._idle:
            _close(worker)
        self._idle = []
        for worker in self._busy:  # its query's task reads EOF, reports the server stopping and closes it
            _stop(worker)
        waiters, self._waiters = self._waiters, collections.deque()
        for granted in waiters:
            if not granted.done():
                granted.set_exception(Busy("the server is stopping"))
        if self._control is not None:
            self._control.close()  # the zygote reads EOF and exits; its workers die with it
            self._control = None
        if self._zygote is not None:
            self._zygote.join(timeout=5)
            if self._zygote.is_alive():
                self._zygote.kill()
                self._zygote.join()
            self._zygote = None

    def __enter__(self) -> "Pool":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()

    # -- queries ---------------------------------------------------------------------------

    def run(self, sparql: str, fmt: str, **options) -> bytes:
        """`run_async` for a caller without an event loop (the command line)."""
        return asyncio.run(self.run_async(sparql, fmt, **options))

    async def run_async(self, sparql: str, fmt: str, *, limits: Limits | None = None, base_iri: str | None = None,
                        default_graph: list[str] | None = None, named_graphs: list[str] | None = None,
                        reading: guard.Reading | None = None) -> bytes:
        """The answer to a query in format `fmt` (results.FORMATS), from a worker; LimitExceeded
        at a limit, Busy when no worker is free soon enough, QueryError for a bad query. `reading`:
        the guard's reading of this query, when the caller has it (the worker need not read it again)."""
        limits = limits or self.limits
        return await self._exchange(("query", (sparql, fmt, limits.max_rows, limits.max_bytes, base_iri,
                                               default_graph, named_graphs, reading)), limits)

    async def call(self, name: str, *args, limits: Limits | None = None):
        """What the procedure `name` returns for the store and `args`, run in a worker under the
        same limits as a query (its pickled value is capped like an answer's bytes)."""
        return await self._exchange(("call", (name, args, (limits or self.limits).max_bytes)), limits or self.limits)

    async def _exchange(self, request: tuple, limits: Limits):
        loop = asyncio.get_running_loop()
        worker = await self._acquire(loop, limits.timeout)
        done = False
        try:
            # One timer a query watches its time, its priority and its memory: a killed worker's
            # socket reads EOF, and the limit it was killed at names the error.
            deadline = loop.time() + limits.timeout
            worker.watch = loop.call_later(min(_SLOW_SECONDS, limits.timeout), self._watch, worker, limits, deadline)
            try:
                message = pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL)
                await loop.sock_sendall(worker.sock, REQUEST.pack(len(message)) + message)
                status, payload = await _receive(loop, worker.sock)
            except (EOFError, OSError):
                if worker.stopped_by == "timeout":
                    raise LimitExceeded("timeout", f"the query ran past its time limit of {limits.timeout:g} s") from None
                if worker.stopped_by == "memory":
                    raise LimitExceeded("memory", f"the query took more than its memory limit of "
                                                  f"{limits.max_memory_mb:,} MB") from None
                if self._control is None:
                    raise Busy("the server is stopping") from None
                raise QueryError("the query's worker process died") from None
            done = True
        finally:
            self._release(worker, keep=done and not worker.slow)
        if status == BYTES:
            return payload if isinstance(payload, bytes) else bytes(payload)
        if status == VALUE:
            return pickle.loads(payload)
        kind, args = pickle.loads(payload)
        raise _ERRORS[kind](*args)

    def _watch(self, worker: _Worker, limits: Limits, deadline: float) -> None:
        """Past 50 ms: lowest CPU priority and a quick slot freed; then the memory every 100 ms; the kill at the deadline."""
        if worker.killed or worker not in self._busy:
            return
        loop = asyncio.get_running_loop()
        now = loop.time()
        if now >= deadline:
            worker.stopped_by = "timeout"
            _stop(worker)
            return
        if not worker.slow:
            worker.slow = True
            self._quick -= 1
            _deprioritise(worker.pid)
            self._dispatch()
        if limits.max_memory_mb is not None and _private_mb(worker.pid, limits.max_memory_mb) > limits.max_memory_mb:
            worker.stopped_by = "memory"
            _stop(worker)
            return
        worker.watch = loop.call_later(min(_MEMORY_EVERY_SECONDS, deadline - now), self._watch, worker, limits, deadline)

    # -- the workers -----------------------------------------------------------------------

    async def _acquire(self, loop: asyncio.AbstractEventLoop, wait: float) -> _Worker:
        if self._control is None:
            raise QueryError("the query pool is closed")
        if not self._waiters:
            if self._idle:
                return self._assign(self._idle.pop())
            if self._can_fork():
                return await self._fork(loop, wait)
        if len(self._waiters) >= self.max_waiting:
            raise Busy(f"every worker is busy and {len(self._waiters)} queries wait")
        granted = loop.create_future()
        self._waiters.append(granted)
        try:
            async with asyncio.timeout(wait):
                worker = await granted
        except BaseException as error:
            if not granted.done():
                granted.cancel()
                self._waiters.remove(granted)
            elif not granted.cancelled() and granted.exception() is None:  # granted as the wait ended
                self._give_back(granted.result())
            if isinstance(error, TimeoutError):
                raise Busy(f"no worker was free within {wait:g} s") from None
            raise
        return worker if worker is not None else await self._fork(loop, wait, reserved=True)

    def _can_fork(self) -> bool:
        return self._count < self.max_workers and self._quick < self.max_quick

    def _assign(self, worker: _Worker) -> _Worker:
        self._quick += 1
        self._busy.add(worker)
        return worker

    async def _fork(self, loop: asyncio.AbstractEventLoop, wait: float, *, reserved: bool = False) -> _Worker:
        """A new worker, forked by the zygote, which hands it one end of a socket pair."""
        if not reserved:
            self._count += 1
            self._quick += 1
        ours, theirs = socket.socketpair()
        ours.setblocking(False)
        worker = _Worker(ours)
        self._busy.add(worker)
        try:
            try:
                if self._control is None:
                    raise QueryError("the query pool is closed")
                self._control.send("fork")
                reduction.send_handle(self._control, theirs.fileno(), self._zygote.pid)
            finally:
                theirs.close()  # else a zygote that dies leaves this end waiting forever
            async with asyncio.timeout(wait):
                _, worker.pid = await _receive(loop, ours)  # the worker's first words: its pid
        except (EOFError, OSError, TimeoutError):
            self._release(worker, keep=False)
            raise QueryError("the query process that holds the data has died") from None
        except BaseException:
            self._release(worker, keep=False)
            raise
        return worker

    def _release(self, worker: _Worker, *, keep: bool) -> None:
        if worker.watch is not None:
            worker.watch.cancel()
            worker.watch = None
        if worker not in self._busy:
            _close(worker)
            return
        self._busy.discard(worker)
        if not worker.slow:
            self._quick -= 1
        if keep and not worker.killed and self._control is not None:
            worker.stopped_by = ""
            self._idle.append(worker)
        else:
            _close(worker)
            self._count -= 1
        self._dispatch()

    def _give_back(self, worker: _Worker | None) -> None:
        if worker is None:  # a reserved fork that no one will make
            self._count -= 1
            self._quick -= 1
            self._dispatch()
        else:
            self._release(worker, keep=True)

    def _dispatch(self) -> None:
        """Hand idle workers, or the right to fork one, to the queries waiting, oldest first."""
        while self._waiters:
            if self._idle:
                worker = self._assign(self._idle.pop())
            elif self._can_fork():
                worker = None
                self._count += 1
                self._quick += 1
            else:
                return
            granted = self._waiters.popleft()
            if granted.done():  # its wait ended
                self._give_back(worker)
            else:
                granted.set_result(worker)


async def _receive(loop: asyncio.AbstractEventLoop, sock: socket.socket) -> tuple[bytes, bytes | bytearray]:
    """One answer from a worker: (status, payload)."""
    data = await loop.sock_recv(sock, PAGE)
    while len(data) < ANSWER.size:
        more = await loop.sock_recv(sock, PAGE)
        if not more:
            raise EOFError
        data += more
    status, length = ANSWER.unpack_from(data)
    if status == HELLO:
        return status, length
    if len(data) - ANSWER.size >= length:
        return status, data[ANSWER.size:ANSWER.size + length]
    payload = bytearray(length)
    view = memoryview(payload)
    got = len(data) - ANSWER.size
    view[:got] = data[ANSWER.size:]
    while got < length:
        read = await loop.sock_recv_into(sock, view[got:])
        if not read:
            raise EOFError
        got += read
    return status, payload


def _deprioritise(pid: int) -> None:
    """Linux's SCHED_IDLE: the process runs only when no other wants the CPU; else the lowest niceness."""
    try:
        os.sched_setscheduler(pid, os.SCHED_IDLE, os.sched_param(0))
        return
    except (AttributeError, OSError):
        pass
    try:
        os.setpriority(os.PRIO_PROCESS, pid, _SLOW_NICENESS)
    except OSError:
        pass


def _stop(worker: _Worker) -> None:
    """Kill the worker's process (its socket stays open for whoever waits on it)."""
    if worker.killed or worker.pid <= 0:  # pid 0 would signal our own process group
        return
    worker.killed = True
    try:
        os.kill(worker.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _close(worker: _Worker) -> None:
    _stop(worker)
    worker.sock.close()


def _private_mb(pid: int, floor: float = 0.0) -> float:
    """Memory the process does not share with the zygote (Private_Clean + Private_Dirty), in MB;
    its resident size instead when that is at most `floor` (private memory is part of it). Reading
    smaps_rollup walks the whole address space (8 ms for a worker on 1,000 articles' store),
    statm does not: this runs on the server's event loop, every 100 ms for each long query."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as statm:
            resident = int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
        if resident <= floor:
            return resident
        with open(f"/proc/{pid}/smaps_rollup", "rb") as smaps:
            text = smaps.read()
    except (OSError, ValueError, IndexError):
        return 0.0  # not Linux, or already gone: no memory watch
    total = 0
    for line in text.splitlines():
        if line.startswith(b"Private_"):
            total += int(line.split()[1])
    return total / 1024


_ERRORS = {"syntax": QuerySyntaxError, "refused": QueryRefused, "limit": LimitExceeded, "error": QueryError}
