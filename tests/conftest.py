"""Shared pytest fixtures: a real Oxigraph server on loopback for the remote-store tests."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

_START_ATTEMPTS = 3  # a freed port can be taken by someone else before the server binds it
_READY_SECONDS = 60  # a loaded 2-core machine can take this long to start a server


@dataclass(frozen=True)
class OxigraphServer:
    """A running `oxigraph serve`: where to query it and where to load graphs into it."""

    base_url: str
    process: subprocess.Popen

    @property
    def query_url(self) -> str:
        return f"{self.base_url}/query"

    @property
    def store_url(self) -> str:
        return f"{self.base_url}/store"


def oxigraph_binary() -> str:
    """The `oxigraph` CLI next to this Python (a venv's bin/) or on PATH; fails the test if absent."""
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found:
        return found
    pytest.fail(
        "the `oxigraph` server CLI is needed for the remote-store tests: "
        f"`{sys.executable} -m pip install oxigraph` (or `pip install -e .[test]`)",
        pytrace=False,
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_ready(process: subprocess.Popen, probe_url: str, pause: float = 0.1) -> bool:
    """True once probe_url answers; False if the process exits or the wait runs out."""
    deadline = time.monotonic() + _READY_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(probe_url, timeout=2) as answer:
                answer.read()
            return True
        except (urllib.error.URLError, OSError):
            time.sleep(pause)
    return False


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@contextmanager
def running_oxigraph(workdir: Path, *, union_default_graph: bool = False) -> Iterator[OxigraphServer]:
    """Start `oxigraph serve` on a free loopback port with its data in workdir; stop it on exit."""
    binary = oxigraph_binary()
    workdir.mkdir(parents=True, exist_ok=True)
    log_path = workdir / "oxigraph.log"
    for attempt in range(_START_ATTEMPTS):
        port = _free_port()
        base_url = f"http://127.0.0.1:{port}"
        command = [
            binary, "serve",
            "--location", str(workdir / f"oxigraph-db-{attempt}"),
            "--bind", f"127.0.0.1:{port}",
        ]
        if union_default_graph:
            command.append("--union-default-graph")
        with log_path.open("ab") as log:
            process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        if _wait_until_ready(process, f"{base_url}/query?query=ASK%7B%7D"):
            break
        _stop(process)
    else:
        pytest.fail(
            f"oxigraph serve, started {_START_ATTEMPTS} times, each time exited or did not "
            f"answer within {_READY_SECONDS} s; its log:\n"
            + log_path.read_text(errors="replace")[-2000:],
            pytrace=False,
        )
    try:
        yield OxigraphServer(base_url, process)
    finally:
        _stop(process)


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[OxigraphServer]:
    """A fresh, empty Oxigraph server, as documented: no union default graph (a push writes the merge)."""
    with running_oxigraph(tmp_path) as server:
        yield server


@pytest.fixture
def start_oxigraph():
    """`running_oxigraph` itself, for a test that needs a server set up differently."""
    return running_oxigraph


# --- `peelkg serve` on loopback ---------------------------------------------------------------

@dataclass(frozen=True)
class PeelkgServer:
    """A running `peelkg serve`: its base URL and process."""

    base_url: str
    process: subprocess.Popen
    started_in: float  # seconds from launch to the first answer


@contextmanager
def running_peelkg(data: Path, workdir: Path, *extra: str) -> Iterator[PeelkgServer]:
    """Start `peelkg serve --data DATA` on a free loopback port; stop it with SIGTERM on exit."""
    peelkg = Path(sys.executable).with_name("peelkg")
    workdir.mkdir(parents=True, exist_ok=True)
    log_path = workdir / "peelkg-serve.log"
    for _ in range(_START_ATTEMPTS):
        port = _free_port()
        base_url = f"http://127.0.0.1:{port}/"
        launched = time.monotonic()
        with log_path.open("ab") as log:
            process = subprocess.Popen([str(peelkg), "serve", "--data", str(data), "--port", str(port), *extra],
                                       stdout=log, stderr=subprocess.STDOUT)
        if _wait_until_ready(process, f"{base_url}sparql?query=ASK%7B%7D", pause=0.02):
            break
        _stop(process)
    else:
        pytest.fail("peelkg serve did not start; its log:\n" + log_path.read_text(errors="replace")[-3000:],
                    pytrace=False)
    try:
        yield PeelkgServer(base_url, process, time.monotonic() - launched)
    finally:
        _stop(process)


@pytest.fixture(scope="session")
def seeds_server(tmp_path_factory) -> Iterator[PeelkgServer]:
    """`peelkg serve` on the committed build/ (the seeds), for the whole session."""
    build = Path(__file__).resolve().parent.parent / "build"
    with running_peelkg(build, tmp_path_factory.mktemp("seeds-server"), "--timeout", "2") as server:
        yield server
