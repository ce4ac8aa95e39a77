"""A remote SPARQL 1.1 store: the Query protocol (SPARQLWrapper) to read, the Graph Store Protocol to load.

The twin of `peelkg.query.LocalStore`: `select` returns the same shape (variable names,
rows of pyoxigraph terms or None), so the named queries give comparable answers against
a local pyoxigraph store and against Oxigraph server, Fuseki, Virtuoso, QLever or a
managed store. Like the local store, its default graph holds the merge of the named
graphs, which `push_dataset` writes (docs/REMOTE.md says how to set up each server).
"""
from __future__ import annotations

import ast
import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from pathlib import Path

import pyoxigraph
from SPARQLWrapper import JSON, POST, POSTDIRECTLY, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import (
    EndPointInternalError,
    EndPointNotFound,
    QueryBadFormed,
    SPARQLWrapperException,
    Unauthorized,
    URITooLong,
)

from .vocab import MERGE_GRAPHS

__all__ = ["RemoteStore", "RemoteStoreError", "default_graph_store_url", "is_store_url"]

_N_TRIPLES = "application/n-triples"
_MESSAGE_HEAD = 300  # characters of a server's error body worth showing a person

# SPARQLWrapper turns these statuses into exception classes and drops the code.
_STATUS_OF = {
    QueryBadFormed: 400,
    Unauthorized: 401,
    EndPointNotFound: 404,
    URITooLong: 414,
    EndPointInternalError: 500,
}


class RemoteStoreError(Exception):
    """A remote store refused a request or could not be reached; the message names the URL."""

    def __init__(self, url: str, problem: str, status: int | None = None) -> None:
        self.url = url
        self.status = status
        where = f"{url}: HTTP {status}" if status is not None else url
        super().__init__(f"SPARQL store {where}: {problem}")


def is_store_url(spec: str) -> bool:
    """True when a `--store` value names a remote store (http or https URL), not a folder."""
    return urllib.parse.urlsplit(spec).scheme in ("http", "https")


def default_graph_store_url(query_url: str) -> str | None:
    """The Graph Store Protocol URL that servers conventionally pair with a query URL.

    Oxigraph server: `/query` → `/store`; Fuseki: `/<dataset>/query` or
    `/<dataset>/sparql` → `/<dataset>/data`. None when no convention applies.
    """
    parts = urllib.parse.urlsplit(query_url)
    segments = parts.path.rstrip("/").split("/")  # "/ds/query" → ["", "ds", "query"]
    if segments == ["", "query"]:
        path = "/store"
    elif len(segments) >= 3 and segments[-1] in ("query", "sparql"):
        path = "/".join(segments[:-1] + ["data"])
    else:
        return None
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))


class RemoteStore:
    """A SPARQL 1.1 store over HTTP: Query protocol for select, Graph Store Protocol for loading."""

    def __init__(
        self,
        query_url: str,
        graph_store_url: str | None = None,
        *,
        timeout: float = 60,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        if not is_store_url(query_url):
            raise RemoteStoreError(query_url, "not an http(s) URL of a SPARQL query endpoint")
        self.query_url = query_url
        self.graph_store_url = graph_store_url or default_graph_store_url(query_url)
        self.timeout = timeout
        # e.g. {"Authorization": "Bearer …"} for a QLever access token or a managed store
        self.headers = dict(headers or {})

    def __repr__(self) -> str:
        return f"RemoteStore({self.query_url!r}, {self.graph_store_url!r})"

    # -- reading ------------------------------------------------------------------

    def select(self, sparql: str) -> tuple[list[str], list[tuple]]:
        """Run a SELECT query; return the variable names and rows of pyoxigraph terms (None if unbound)."""
        results = self._query_json(sparql)
        try:
            variables = list(results["head"]["vars"])
            bindings = results["results"]["bindings"]
        except (KeyError, TypeError):
            raise RemoteStoreError(
                self.query_url, "the answer is not a SELECT result (select() runs SELECT queries only)"
            ) from None
        rows = [
            tuple(_term(b[v]) if v in b else None for v in variables) for b in bindings
        ]
        return variables, rows

    def is_empty(self) -> bool:
        """True when the store holds no triple in any graph."""
        # Asks both the default graph and GRAPH ?g: data may have been loaded by other means.
        _, rows = self.select(
            "SELECT ?s WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } LIMIT 1"
        )
        return not rows

    def named_graphs(self) -> list[str]:
        """The IRIs of the named graphs that hold at least one triple, sorted."""
        _, rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(g.value for (g,) in rows if isinstance(g, pyoxigraph.NamedNode))

    def _query_json(self, sparql: str) -> dict:
        client = SPARQLWrapper(self.query_url)
        client.setMethod(POST)
        client.setRequestMethod(POSTDIRECTLY)  # body is application/sparql-query
        client.setOnlyConneg(True)  # Accept header only; no format=/output= parameters
        client.setReturnFormat(JSON)
        client.setTimeout(self.timeout)
        for name, value in self.headers.items():
            client.addCustomHttpHeader(name, value)
        client.setQuery(sparql)
        try:
            response = client.query().response
            body = response.read()
        except SPARQLWrapperException as error:
            status = next((s for cls, s in _STATUS_OF.items() if isinstance(error, cls)), None)
            raise RemoteStoreError(self.query_url, _wrapper_message(error), status) from None
        except urllib.error.HTTPError as error:
            raise RemoteStoreError(self.query_url, _body_head(error), error.code) from None
        except (urllib.error.URLError, OSError) as error:
            raise RemoteStoreError(self.query_url, _unreachable(error)) from None
        try:
            return json.loads(body)
        except ValueError:
            raise RemoteStoreError(
                self.query_url, f"the answer is not SPARQL JSON results: {_head(body)}"
            ) from None

    # -- loading (Graph Store Protocol) -------------------------------------------------

    def replace_graph(self, graph_iri: str, ntriples: bytes) -> None:
        """Replace one named graph with the given N-Triples (GSP PUT ?graph=<iri>)."""
        self._graph_store("PUT", {"graph": graph_iri}, ntriples)

    def replace_default_graph(self, ntriples: bytes) -> None:
        """Replace the store's own default graph (GSP PUT ?default)."""
        self._graph_store("PUT", None, ntriples)

    def drop_graph(self, graph_iri: str) -> None:
        """Remove one named graph (GSP DELETE ?graph=<iri>)."""
        self._graph_store("DELETE", {"graph": graph_iri}, None)

    def push_dataset(self, trig_or_nquads: Path, *, prune: bool = False) -> int:
        """Put every graph of a TriG or N-Quads file into the store; return how many graphs were put.

        Each named graph is replaced whole (so pushing twice leaves the store as pushing
        once), in IRI order; then the default graph is replaced by the merge of every graph,
        each triple once. Queries then read the default graph as they do in the embedded
        store, and the server needs no union-default-graph setting (whose union repeats a
        triple once per graph in Oxigraph 0.5, and which Fuseki, QLever and Virtuoso each
        configure differently).
        With prune, named graphs in the store that the file lacks are dropped: only for
        a store that holds this dataset alone, e.g. to remove the graph of a deleted source.
        """
        path = Path(trig_or_nquads)
        where = self.graph_store_url or self.query_url
        rdf_format = pyoxigraph.RdfFormat.from_extension(path.suffix.lstrip("."))
        if rdf_format not in (pyoxigraph.RdfFormat.TRIG, pyoxigraph.RdfFormat.N_QUADS):
            raise RemoteStoreError(where, f"cannot push {path}: expected a .trig or .nq file")
        data = pyoxigraph.Store()
        try:
            data.bulk_load(path=str(path), format=rdf_format)
        except (OSError, SyntaxError, ValueError) as error:
            raise RemoteStoreError(where, f"cannot read {path}: {error}") from None
        names = list(data.named_graphs())
        # GSP cannot address a graph named by a blank node; MODEL.md allows none.
        if any(not isinstance(g, pyoxigraph.NamedNode) for g in names):
            raise RemoteStoreError(where, f"cannot push {path}: a graph is named by a blank node")
        graphs = sorted(names, key=lambda g: g.value)
        for graph in graphs:
            self.replace_graph(graph.value, _dump(data, graph))
        data.update(MERGE_GRAPHS)  # in Rust: at 10,000 articles 6.5 s, where a sorted Python set took 12 s
        self.replace_default_graph(_dump(data, pyoxigraph.DefaultGraph()))
        pushed = len(graphs) + 1
        if prune:
            keep = {g.value for g in graphs}
            for stale in self.named_graphs():
                if stale not in keep:
                    self.drop_graph(stale)
        return pushed

    def _graph_store(self, method: str, graph: dict[str, str] | None, body: bytes | None) -> None:
        if not self.graph_store_url:
            raise RemoteStoreError(
                self.query_url,
                "no Graph Store Protocol URL is known for this query URL; pass graph_store_url "
                "(see docs/REMOTE.md)",
            )
        query = urllib.parse.urlencode(graph) if graph else "default"
        url = f"{self.graph_store_url}?{query}"
        request = urllib.request.Request(url, data=body, method=method, headers=dict(self.headers))
        if body is not None:
            request.add_header("Content-Type", _N_TRIPLES)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                response.read()
        except urllib.error.HTTPError as error:
            raise RemoteStoreError(url, _body_head(error), error.code) from None
        except (urllib.error.URLError, OSError) as error:
            raise RemoteStoreError(url, _unreachable(error)) from None


# -- SPARQL JSON results → pyoxigraph terms -------------------------------------------


def _term(binding: dict):
    """One SPARQL 1.1 JSON results binding as a pyoxigraph term."""
    kind = binding["type"]
    value = binding.get("value")
    if kind == "uri":
        return pyoxigraph.NamedNode(value)
    if kind in ("literal", "typed-literal"):  # "typed-literal": Virtuoso's pre-REC spelling
        if "xml:lang" in binding:
            return pyoxigraph.Literal(value, language=binding["xml:lang"])
        if "datatype" in binding:
            return pyoxigraph.Literal(value, datatype=pyoxigraph.NamedNode(binding["datatype"]))
        return pyoxigraph.Literal(value)
    if kind == "bnode":
        return pyoxigraph.BlankNode(value)
    if kind == "triple":  # RDF 1.2 / RDF-star triple term
        return pyoxigraph.Triple(
            _term(value["subject"]), _term(value["predicate"]), _term(value["object"])
        )
    raise ValueError(f"unknown SPARQL JSON term type {kind!r}")


def _dump(store: pyoxigraph.Store, graph) -> bytes:
    return store.dump(format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=graph)


# -- error messages --------------------------------------------------------------------


def _head(body: bytes | str) -> str:
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    text = " ".join(text.split())
    return text[:_MESSAGE_HEAD] + ("…" if len(text) > _MESSAGE_HEAD else "") or "(empty answer)"


def _body_head(error: urllib.error.HTTPError) -> str:
    try:
        body = error.read()
    except OSError:
        body = b""
    return _head(body) if body else str(error.reason)


def _wrapper_message(error: SPARQLWrapperException) -> str:
    # SPARQLWrapper keeps the server's body only as repr(bytes) after "Response:\n".
    message = str(error)
    _, found, raw = message.partition("\n\nResponse:\n")
    if found:
        try:
            return _head(ast.literal_eval(raw))
        except (ValueError, SyntaxError):
            return _head(raw)
    return _head(message)


def _unreachable(error: BaseException) -> str:
    reason = getattr(error, "reason", error)
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused (is the server running, and on this host and port?)"
    if isinstance(reason, (socket.timeout, TimeoutError)):
        return "no answer before the timeout"
    if isinstance(reason, socket.gaierror):
        return f"unknown host ({reason})"
    return f"cannot connect ({reason})"
