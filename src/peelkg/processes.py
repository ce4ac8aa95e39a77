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
from collections.abc import Iterator
from contextlib import contextmanager

_PR_SET_PDEATHSIG = 1
_WATCH_SECONDS = 1.0


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
