"""What a user's query may take, as named settings with their defaults in this one place.

The command line (`peelkg query`) and the server (`peelkg serve`) read their defaults here,
and their --help shows them.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """What one query may take. None: no cap."""

    timeout: float = 60.0  # seconds of running, from when a worker takes the query
    max_rows: int | None = None  # results of a SELECT (or triples of a CONSTRUCT), for the command line
    max_bytes: int | None = None  # size of the written answer
    max_memory_mb: int | None = 1024  # memory the worker takes on top of the shared, loaded dataset


QUERY = Limits()  # peelkg query
