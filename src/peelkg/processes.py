"""Child processes that never outlive the command that started them.

A worker dies with its parent (Linux's PR_SET_PDEATHSIG, and a watch on its parent's pid
elsewhere), so a build killed with SIGKILL leaves no process behind; it ignores SIGINT,
so Ctrl-C reaches the parent alone, which then terminates the pool instead of every worker
printing a traceback.
"""
from __future__ import annotations

import ctypes
import multiprocessing
import multiprocessing.pool
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

_PR_SET_PDEATHSIG = 1
_WATCH_SECONDS = 1.0
T = TypeVar("T")


def die_with_parent(parent: int, *, watch: bool = True) -> None:
    """Run first in each child: bind its life to `parent`'s. Without `watch` no thread is
    started (a process that forks must have none) and only Linux's signal binds it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the watch below is all there is
        pass
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)
    if watch:
        threading.Thread(target=_watch, args=(parent,), name="peelkg-watch-parent", daemon=True).start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_WATCH_SECONDS)
    os._exit(1)


def alive(pid: int) -> bool:
    """Whether a process with this id exists (one that is not ours counts)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def pool(processes: int) -> Iterator[multiprocessing.pool.Pool]:
    """A process pool whose workers die with this process; on any exception (Ctrl-C included)
    its workers are terminated at once rather than left to finish their tasks."""
    # Ctrl-C while a worker is being forked would raise inside the fork hooks, where Python
    # swallows it ("Exception ignored"): it waits until the pool exists.
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        workers = multiprocessing.Pool(processes, initializer=die_with_parent, initargs=(os.getpid(),))
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
    try:
        yield workers
    except BaseException:
        workers.terminate()
        workers.join()
        raise
    workers.close()
    workers.join()


class Beside:
    """Starts work beside this process's: each piece in a forked child of its own, which inherits
    its arguments (a large build's graphs are not copied through a pipe), or here at once."""

    def __init__(self, apart: bool) -> None:
        self.apart = apart
        self.children: list[multiprocessing.Process] = []

    def start(self, function: Callable[..., T], *args) -> Callable[[], T]:
        """function(*args), begun; what this returns gives its result, or raises its exception."""
        if not self.apart:
            result = function(*args)
            return lambda: result
        receive, send = multiprocessing.Pipe(duplex=False)
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})  # as in pool()
        try:
            child = multiprocessing.get_context("fork").Process(target=_run_beside,
                                                                args=(os.getpid(), send, function, args))
            child.start()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
        send.close()
        self.children.append(child)

        def result() -> T:
            try:
                done, value = receive.recv()
            except EOFError:
                child.join()
                raise ChildProcessError(f"{function.__name__} ended with exit code {child.exitcode}") from None
            child.join()
            if not done:
                raise value
            return value
        return result


def _run_beside(parent: int, send, function: Callable, args: tuple) -> None:
    die_with_parent(parent)
    try:
        outcome = (True, function(*args))
    except Exception as error:  # raised again in the parent
        outcome = (False, error)
    send.send(outcome)


@contextmanager
def beside(apart: bool) -> Iterator[Beside]:
    """A Beside whose children, if `apart`, are ended when the block is left before their results were taken."""
    work = Beside(apart)
    try:
        yield work
    finally:
        for child in work.children:
            if child.is_alive():
                child.terminate()
            child.join()
