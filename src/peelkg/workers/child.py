"""The query processes' side: the zygote that holds the loaded dataset and forks, and each worker's loop.

The wire between the server and a worker: a request is its pickled length (REQUEST) and the
pickle; an answer is a header (ANSWER: status, then the length of what follows) and the bytes.
A new worker's first words are a HELLO header whose length is its pid.
"""
from __future__ import annotations

import gc
import multiprocessing.connection
import os
import pickle
import signal
import socket
import struct
from collections.abc import Callable
from multiprocessing import reduction

import pyoxigraph

from ..processes import die_with_parent
from ..query import LocalStore, QueryError, QueryRefused, QuerySyntaxError, answer
from ..results import TooLarge, TooManyRows

REQUEST = struct.Struct("!I")
ANSWER = struct.Struct("!cQ")
BYTES, VALUE, ERROR, HELLO = b"b", b"v", b"e", b"h"  # an answer's bytes, a pickled value, an error, a new worker's pid
PAGE = 1 << 16  # an answer longer than this is sent after its header, not copied into one message


def zygote(load: Callable[[], LocalStore], procedures: dict[str, Callable],
            control: multiprocessing.connection.Connection, parents_end: multiprocessing.connection.Connection,
            parent: int) -> None:
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
    gc.freeze()  # the collector in a worker then leaves the loaded objects' pages shared
    control.send(("ready", ""))
    me = os.getpid()
    while True:
        try:
            control.recv()
            fd = reduction.recv_handle(control)
        except (EOFError, OSError):
            os._exit(0)
        if os.fork() == 0:
            control.close()
            die_with_parent(me, watch=False)
            _work(socket.socket(fileno=fd), store, procedures)
            os._exit(0)
        os.close(fd)


def _work(sock: socket.socket, store: LocalStore, procedures: dict[str, Callable]) -> None:
    sock.sendall(ANSWER.pack(HELLO, os.getpid()))
    while True:
        try:
            header = _read_exactly(sock, REQUEST.size)
            kind, request = pickle.loads(_read_exactly(sock, REQUEST.unpack(header)[0]))
        except (EOFError, OSError):
            return
        try:
            status, payload = _serve(kind, request, store, procedures)
        except QuerySyntaxError as error:
            status, payload = ERROR, ("syntax", (error.line, error.column, error.found, error.expected, error.line_text))
        except QueryRefused as error:
            status, payload = ERROR, ("refused", (error.keyword, str(error)))
        except TooManyRows as error:
            status, payload = ERROR, ("limit", ("rows", str(error)))
        except TooLarge as error:
            status, payload = ERROR, ("limit", ("size", str(error)))
        except QueryError as error:
            status, payload = ERROR, ("error", (str(error),))
        if status == ERROR:
            payload = pickle.dumps(payload)
        try:
            sock.sendall(ANSWER.pack(status, len(payload)) + payload if len(payload) < PAGE else
                         ANSWER.pack(status, len(payload)))
            if len(payload) >= PAGE:
                sock.sendall(payload)
        except OSError:
            return


def _serve(kind: str, request: tuple, store: LocalStore, procedures: dict[str, Callable]) -> tuple[bytes, bytes]:
    if kind == "query":
        sparql, fmt, max_rows, max_bytes, base_iri, default_graph, named_graphs, reading = request
        dataset = {"base_iri": base_iri} if base_iri else {}
        if default_graph is not None:
            dataset["default_graph"] = [_graph_name(g) for g in default_graph]
        if named_graphs is not None:
            dataset["named_graphs"] = [_graph_name(g) for g in named_graphs]
        return BYTES, answer(store, sparql, fmt, max_rows=max_rows, max_bytes=max_bytes, reading=reading, **dataset)
    name, args, max_bytes = request
    value = pickle.dumps(procedures[name](store, *args), protocol=pickle.HIGHEST_PROTOCOL)
    if max_bytes is not None and len(value) > max_bytes:
        raise TooLarge(f"the answer is larger than {max_bytes:,} bytes")
    return VALUE, value


def _read_exactly(sock: socket.socket, size: int) -> bytes:
    data = sock.recv(size)
    while len(data) < size:
        more = sock.recv(size - len(data))
        if not more:
            raise EOFError
        data += more
    return data


def _graph_name(iri: str) -> pyoxigraph.NamedNode | pyoxigraph.DefaultGraph:
    return pyoxigraph.DefaultGraph() if iri == "" else pyoxigraph.NamedNode(iri)
