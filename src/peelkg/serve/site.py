"""What the server serves: the dataset's worker pool and what is known about the dataset at start."""
from __future__ import annotations

import hashlib
import json
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from .. import vocab
from ..limits import Serve
from ..query import QueryError, open_local
from ..workers import Pool

QUERY_DIR = Path(__file__).resolve().parent / "queries"
# Our IRIs' root (the w3id one): <root><path> is served at <base><path>.
W3ID_ROOT = str(vocab.PK).removesuffix("id/")
_IRI_TEXT = re.compile(r'[^<>"{}|^`\\\x00-\x20]*')  # what may stand between < and > in SPARQL


def page_query(name: str) -> str:
    return (QUERY_DIR / f"{name}.rq").read_text(encoding="utf-8")


def bind(sparql: str, variable: str, value: str) -> str:
    """The query with `VALUES ?variable { … }` set to one value (an IRI as <…> or a quoted string)."""
    pattern = re.compile(rf"VALUES \?{variable} \{{[^}}]*\}}")
    if not pattern.search(sparql):
        raise ValueError(f"the query has no VALUES ?{variable}")
    return pattern.sub(lambda _: f"VALUES ?{variable} {{ {value} }}", sparql, count=1)


def iri_term(iri: str) -> str | None:
    """`<iri>` for SPARQL, or None when the text cannot be an IRI (it comes from a request path)."""
    return f"<{iri}>" if _IRI_TEXT.fullmatch(iri) else None


def string_term(text: str) -> str:
    return json.dumps(text)  # a JSON string is a valid SPARQL string literal, escapes and all


class AnswerCache:
    """Answers already given, by what decides them (the query, the format, the document asked for).

    The dataset never changes while the server runs, so an answer stays right: a cached one
    needs no worker (and was read by the guard when it was first asked). Least recently used
    answers go first past `max_bytes`, which counts each key (a query can be 256 KB long) and
    the bookkeeping of an entry as well as its answer; one entry larger than a sixteenth of
    it is not kept.
    """

    ENTRY_BYTES = 256  # what an entry costs beyond its key and answer (dict slot, tuples, objects)

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes, self.max_entry = max_bytes, max_bytes // 16
        self._entries: OrderedDict[tuple, tuple[bytes, str, int]] = OrderedDict()
        self.size = 0

    def get(self, key: tuple) -> tuple[bytes, str] | None:
        """(body, media type) of the answer, or None."""
        entry = self._entries.get(key)
        if entry is None:
            return None
        self._entries.move_to_end(key)
        return entry[0], entry[1]

    def put(self, key: tuple, body: bytes, media_type: str) -> None:
        cost = len(body) + len(repr(key)) + self.ENTRY_BYTES
        if cost > self.max_entry or key in self._entries:
            return
        self._entries[key] = (body, media_type, cost)
        self.size += cost
        while self.size > self.max_bytes:
            _, (_, _, old) = self._entries.popitem(last=False)
            self.size -= old

    def __len__(self) -> int:
        return len(self._entries)


@dataclass
class Site:
    data: Path  # a built folder, or one RDF file
    settings: Serve
    base: str  # where W3ID_ROOT is served, ending in "/"
    pool: Pool = field(init=False)
    graphs: frozenset[str] = frozenset()  # the dataset's named graphs
    tag: str = ""  # the dataset's digest, for ETags
    downloads: dict[str, Path] = field(default_factory=dict)
    cache: AnswerCache = field(init=False)

    def start(self, procedures: dict | None = None) -> "Site":
        """Fork the query workers' parent (before the server starts any thread) and read the dataset's
        graphs; `procedures` are trusted functions of the store that a worker runs by name (`call`)."""
        data, settings = self.data, self.settings

        def load():
            store = open_local(data)
            store.with_named_graphs()  # a server answers GRAPH queries from its first request
            return store

        self.cache = AnswerCache(settings.cache_mb * 1024 * 1024)
        if not data.exists():
            raise QueryError(f"{data}: no such folder or file; build the dataset first (peelkg build)")
        self.pool = Pool(load, workers=settings.workers, queue=settings.queue, limits=settings.query_limits,
                         procedures=procedures).start()
        rows = json.loads(self.pool.run(page_query("graphs"), "srj"))["results"]["bindings"]
        self.graphs = frozenset(row["g"]["value"] for row in rows)
        described = data / "void.ttl" if data.is_dir() else data
        self.tag = hashlib.sha256(described.read_bytes()).hexdigest()[:32]
        if data.is_dir():
            self.downloads = {p.name: p for p in sorted(data.iterdir())
                              if p.is_file() and p.suffix in (".trig", ".nq", ".ttl", ".nt", ".jsonld")}
        return self

    def close(self) -> None:
        self.pool.close()

    async def select(self, sparql: str) -> list[dict]:
        """The bindings of a trusted SELECT (a page's own query), from a worker."""
        return json.loads(await self.pool.run_async(sparql, "srj"))["results"]["bindings"]

    async def run(self, sparql: str, fmt: str, **dataset) -> bytes:
        return await self.pool.run_async(sparql, fmt, **dataset)

    async def call(self, name: str, *args):
        return await self.pool.call(name, *args)

    # -- IRIs and where they are served --------------------------------------------------------

    def local(self, iri: str) -> str:
        """Where the server serves one of our IRIs (others are returned as they are)."""
        if iri.startswith(W3ID_ROOT):
            return self.base + iri[len(W3ID_ROOT):]
        return iri

    def page(self, iri: str) -> str:
        """The HTML page of one of our IRIs (a fragment stays on the end), others as they are:
        a link followed in a browser needs no 303."""
        if not iri.startswith(W3ID_ROOT):
            return iri
        document, hash_, fragment = iri.partition("#")
        return f"{self.local(document)}.html{hash_}{fragment}"
