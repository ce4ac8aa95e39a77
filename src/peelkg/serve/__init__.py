"""`peelkg serve`: the built dataset over HTTP: a SPARQL 1.1 endpoint, linked-data pages and a query page.

A thin layer over the same query code the command line uses: every query, the pages' own
included, runs in a killable worker (peelkg.workers) after the lexical guard has read it.
Modules: app (the routes), sparql (the protocols), pages (linked data), conneg, site.
"""
from __future__ import annotations

import signal
from pathlib import Path

from ..limits import Serve


def serve(data: Path, settings: Serve, base: str | None = None) -> None:
    """Serve until Ctrl-C or SIGTERM; every worker process is stopped on the way out."""
    import uvicorn  # noqa: PLC0415 - the other commands do not pay for the web stack

    from .app import create_app  # noqa: PLC0415
    from .pages import gather  # noqa: PLC0415
    from .site import Site  # noqa: PLC0415

    base = base or f"http://{_host_for_url(settings.host)}:{settings.port}/"
    site = Site(data, settings, base if base.endswith("/") else base + "/").start({"page": gather})  # forks before any thread
    # uvicorn stops on SIGINT or SIGTERM, then raises the signal again with the handler it
    # found: with these, the process ends through `finally`, not by the signal's default action.
    signal.signal(signal.SIGTERM, _stopped)
    signal.signal(signal.SIGINT, _stopped)
    config = uvicorn.Config(create_app(site), host=settings.host, port=settings.port, log_level="warning",
                            access_log=False, timeout_graceful_shutdown=1)

    class Server(uvicorn.Server):
        def handle_exit(self, sig, frame) -> None:
            site.close()  # queries in flight end now (503): their connections close without waiting
            super().handle_exit(sig, frame)

    try:
        Server(config).run()
    except _Stopped:
        pass
    finally:
        site.close()


class _Stopped(Exception):
    pass


def _stopped(signum, frame) -> None:
    raise _Stopped


def _host_for_url(host: str) -> str:
    return f"[{host}]" if ":" in host else host
