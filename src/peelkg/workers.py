"""Queries run in worker processes that are killed at their time or memory limit: pyoxigraph cannot stop a query.

One process (the zygote) loads the dataset once, then forks a worker for each query slot.
A fork takes milliseconds and shares the loaded store's memory, so a worker killed at its
limit is replaced at once, and the next query is answered as if nothing happened. The
parent sends each query with its format and caps, waits for the answer up to the time
limit while watching the worker's own (private) memory, and kills it past either. A worker
whose query runs long is given the lowest CPU priority (SCHED_IDLE), so that short queries
sent meanwhile stay quick. The command line runs one query in one worker; the server keeps a pool.

Workers and the zygote die with their parent, even one killed by SIGKILL (Linux's
PR_SET_PDEATHSIG), and ignore Ctrl-C, which is their parent's to handle.
"""
from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import signal
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing import reduction

import pyoxigraph

from .limits import Limits
from .processes import die_with_parent
from .query import LocalStore, QueryError, QueryRefused, QuerySyntaxError, answer
from .results import TooLarge, TooManyRows

# How often a waiting parent looks at the clock and at the worker's memory: each look costs
# the server's event loop a little, and 20 runaways must not slow the quick queries.
_POLL_SECONDS = 0.05
_MEMORY_EVERY_SECONDS = 0.1
_SLOW_SECONDS = 0.05  # a query running longer gets the lowest CPU priority
_SLOW_NICENESS = 19


class LimitExceeded(QueryError):
    """A query stopped at one of its limits: `limit` is 'timeout', 'rows', 'size' or 'memory'."""

    def __init__(self, limit: str, message: str) -> None:
        self.limit = limit
        super().__init__(message)


class Busy(Exception):
    """Every worker is taken and the queue is full (or the wait outlasted the time limit)."""


@dataclass
class _Worker:
    pid: int
    conn: multiprocessing.connection.Connection
    slow: bool = False  # reniced: retired once its query ends
    dead: bool = False


class Pool:
    """Worker processes over one loaded dataset. `load` runs once, in the zygote."""

    def __init__(self, load: Callable[[], LocalStore], *, workers: int = 1, queue: int = 0,
                 limits: Limits = Limits()) -> None:
        self.limits = limits
        self.max_workers = workers
        self.max_waiting = queue
        self._load = load
        self._lock = threading.Lock()
        self._freed = threading.Condition(self._lock)
        self._idle: list[_Worker] = []
        self._busy: set[int] = set()  # pids of the workers running a query
        self._count = 0  # live workers, idle or busy
        self._waiting = 0
        self._zygote: multiprocessing.process.BaseProcess | None = None
        self._control: multiprocessing.connection.Connection | None = None
        self._spawn_lock = threading.Lock()

    # -- life ------------------------------------------------------------------------------

    def start(self) -> "Pool":
        """Fork the zygote and wait until it has loaded the dataset (QueryError if it cannot)."""
        context = multiprocessing.get_context("fork")  # before any thread of ours: see _zygote
        self._control, theirs = context.Pipe()
        self._zygote = context.Process(target=_zygote, args=(self._load, theirs, self._control, os.getpid()),
                                       name="peelkg-zygote", daemon=True)
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
        """Stop every worker and the zygote."""
        with self._lock:
            workers, self._idle = self._idle, []
            busy, self._busy = self._busy, set()
        for worker in workers:
            _kill(worker)
        for pid in busy:  # their threads still wait on them: they read EOF and report a dead worker
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
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

    def run(self, sparql: str, fmt: str, *, limits: Limits | None = None, base_iri: str | None = None,
            default_graph: list[str] | None = None, named_graphs: list[str] | None = None) -> bytes:
        """The answer to a query in format `fmt` (results.FORMATS), from a worker; LimitExceeded
        at a limit, Busy when no worker is free soon enough, QueryError for a bad query."""
        limits = limits or self.limits
        worker = self._acquire(limits.timeout)
        with self._lock:
            self._busy.add(worker.pid)
        keep = False
        try:
            worker.conn.send((sparql, fmt, limits.max_rows, limits.max_bytes, base_iri, default_graph, named_graphs))
            self._wait(worker, limits)
            status, payload = worker.conn.recv()
            if status == "ok":
                body = worker.conn.recv_bytes()
            keep = not worker.slow
        except (EOFError, OSError):
            if self._control is None:
                raise Busy("the server is stopping") from None
            raise QueryError("the query's worker process died") from None
        finally:
            self._release(worker, keep)
        if status == "ok":
            return body
        raise _ERRORS[status](*payload)

    def _wait(self, worker: _Worker, limits: Limits) -> None:
        started = time.monotonic()
        deadline = started + limits.timeout
        next_memory_check = started + _MEMORY_EVERY_SECONDS
        while not worker.conn.poll(max(0.0, min(_POLL_SECONDS, deadline - time.monotonic()))):
            now = time.monotonic()
            if now >= deadline:
                _kill(worker)
                raise LimitExceeded("timeout", f"the query ran past its time limit of {limits.timeout:g} s")
            if limits.max_memory_mb is not None and now >= next_memory_check:
                next_memory_check = now + _MEMORY_EVERY_SECONDS
                if _private_mb(worker.pid) > limits.max_memory_mb:
                    _kill(worker)
                    raise LimitExceeded("memory", f"the query took more than its memory limit of {limits.max_memory_mb:,} MB")
            if not worker.slow and now - started > _SLOW_SECONDS:
                worker.slow = True
                _deprioritise(worker.pid)

    def _acquire(self, wait: float) -> _Worker:
        with self._lock:
            if not self._idle and self._count >= self.max_workers:
                if self._waiting >= self.max_waiting:
                    raise Busy(f"all {self.max_workers} workers are busy and {self._waiting} queries wait")
                self._waiting += 1
                try:
                    if not self._freed.wait_for(lambda: self._idle or self._count < self.max_workers, wait):
                        raise Busy(f"no worker was free within {wait:g} s")
                finally:
                    self._waiting -= 1
            if self._idle:
                return self._idle.pop()
            self._count += 1
        try:
            return self._spawn()
        except BaseException:
            with self._lock:
                self._count -= 1
                self._freed.notify()
            raise

    def _release(self, worker: _Worker, keep: bool) -> None:
        if not keep:
            _kill(worker)
        with self._lock:
            self._busy.discard(worker.pid)
            if keep:
                self._idle.append(worker)
            else:
                self._count -= 1
            self._freed.notify()

    def _spawn(self) -> _Worker:
        ours, theirs = socket.socketpair()
        with self._spawn_lock:
            if self._control is None:
                raise QueryError("the query pool is closed")
            try:
                self._control.send("fork")
                reduction.send_handle(self._control, theirs.fileno(), self._zygote.pid)
                pid = self._control.recv()
            except (EOFError, OSError):
                raise QueryError("the query process that holds the data has died") from None
            finally:
                theirs.close()
        return _Worker(pid, multiprocessing.connection.Connection(ours.detach()))


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


def _kill(worker: _Worker) -> None:
    if worker.dead:  # its pid may already belong to another process
        return
    worker.dead = True
    try:
        os.kill(worker.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    worker.conn.close()


def _private_mb(pid: int) -> float:
    """Memory the process does not share with the zygote (Private_Clean + Private_Dirty), in MB."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as smaps:
            text = smaps.read()
    except OSError:
        return 0.0  # not Linux, or already gone: no memory watch
    total = 0
    for line in text.splitlines():
        if line.startswith(b"Private_"):
            total += int(line.split()[1])
    return total / 1024


# --- the processes ------------------------------------------------------------------------


def _zygote(load: Callable[[], LocalStore], control: multiprocessing.connection.Connection,
            parents_end: multiprocessing.connection.Connection, parent: int) -> None:
    # Forked, not spawned: the parent has no thread yet (the server starts the pool before
    # uvicorn), and this process never starts one, so its own forks are safe.
    parents_end.close()  # else the pipe never reads EOF when the parent closes it
    die_with_parent(parent, watch=False)  # Ctrl-C is the parent's; no thread before the forks below
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # workers are reaped as they die
    try:
        store = load()
    except QueryError as error:
        control.send(("error", str(error)))
        return
    control.send(("ready", ""))
    me = os.getpid()
    while True:
        try:
            control.recv()
            fd = reduction.recv_handle(control)
        except (EOFError, OSError):
            os._exit(0)
        pid = os.fork()
        if pid == 0:
            control.close()
            die_with_parent(me, watch=False)
            _work(multiprocessing.connection.Connection(fd), store)
            os._exit(0)
        os.close(fd)
        control.send(pid)


def _work(conn: multiprocessing.connection.Connection, store: LocalStore) -> None:
    while True:
        try:
            sparql, fmt, max_rows, max_bytes, base_iri, default_graph, named_graphs = conn.recv()
        except (EOFError, OSError):
            return
        dataset = {"base_iri": base_iri} if base_iri else {}
        if default_graph is not None:
            dataset["default_graph"] = [_graph_name(g) for g in default_graph]
        if named_graphs is not None:
            dataset["named_graphs"] = [_graph_name(g) for g in named_graphs]
        try:
            body = answer(store, sparql, fmt, max_rows=max_rows, max_bytes=max_bytes, **dataset)
        except QuerySyntaxError as error:
            conn.send(("syntax", (error.line, error.column, error.found, error.expected, error.line_text)))
        except QueryRefused as error:
            conn.send(("refused", (error.keyword, str(error))))
        except TooManyRows as error:
            conn.send(("limit", ("rows", str(error))))
        except TooLarge as error:
            conn.send(("limit", ("size", str(error))))
        except QueryError as error:
            conn.send(("error", (str(error),)))
        else:
            conn.send(("ok", None))
            conn.send_bytes(body)


def _graph_name(iri: str) -> pyoxigraph.NamedNode | pyoxigraph.DefaultGraph:
    return pyoxigraph.DefaultGraph() if iri == "" else pyoxigraph.NamedNode(iri)


_ERRORS = {"syntax": QuerySyntaxError, "refused": QueryRefused, "limit": LimitExceeded, "error": QueryError}
