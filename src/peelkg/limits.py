"""What a user's article, query or request may take, as named settings with their defaults in this
one place.

The command line (`peelkg build`, `peelkg query`) and the server (`peelkg serve`) read their
defaults here, and their --help shows them. This module imports nothing heavy: the command line
reads it before it can catch Ctrl-C.
"""
from __future__ import annotations

from dataclasses import dataclass

MAX_ARTICLE_BYTES = 1_000_000  # the default limit of one article's size: a long report is ~100 KB


@dataclass(frozen=True)
class Limits:
    """What one query may take. None: no cap."""

    timeout: float = 60.0  # seconds of running, from when a worker takes the query
    max_rows: int | None = None  # results of a SELECT (or triples of a CONSTRUCT), for the command line
    max_bytes: int | None = None  # size of the written answer
    max_memory_mb: int | None = 1024  # memory the worker takes on top of the shared, loaded dataset


QUERY = Limits()  # peelkg query
# peelkg validate: a user's shapes (an sh:pattern that backtracks, a SPARQL constraint) may run for ever.
VALIDATE = Limits(timeout=600.0, max_memory_mb=None)


@dataclass(frozen=True)
class Serve:
    """`peelkg serve`: what one request may take, and how many may run or wait at once."""

    host: str = "127.0.0.1"
    port: int = 8000
    timeout: float = 10.0  # seconds a query may run: past it the worker is killed, the client gets 503
    max_result_mb: int = 32  # an answer larger than this is refused (422), never truncated
    workers: int = 24  # queries running at once, each in its own process; a long one is deprioritised
    queue: int = 64  # requests that may wait for a worker; past it 503 with Retry-After
    max_memory_mb: int = 512  # memory one query may take beyond the shared, loaded data
    max_body_kb: int = 256  # request body (a POSTed query): past it 413
    max_url_bytes: int = 8192  # path and query string: past it 414
    retry_after_s: int = 5  # what a 503 asks a client to wait
    page_size: int = 100  # links of one kind shown on a resource's page before "more"
    cache_mb: int = 16  # answers kept to be given again without a query (the data never changes while served)

    @property
    def query_limits(self) -> Limits:
        return Limits(timeout=self.timeout, max_bytes=self.max_result_mb * 1024 * 1024,
                      max_memory_mb=self.max_memory_mb)


SERVE = Serve()
