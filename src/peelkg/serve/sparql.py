"""The SPARQL 1.1 Protocol at /sparql (queries only) and a read-only Graph Store Protocol at /store.

Every query is read by the lexical guard before it is sent to a worker: SERVICE, LOAD, any
update, and FROM / FROM NAMED / default-graph-uri / named-graph-uri naming a graph the
dataset does not hold are refused with 400, and no connection leaves the machine. A worker
writes the whole answer before the status line is sent, so an answer is complete or an error.
"""
from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response

from ..query import QueryError, QueryRefused, read
from ..results import FORM_KIND, SOLUTIONS
from ..workers import Busy, LimitExceeded
from . import conneg
from .site import Site, bind, iri_term, page_query

QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"
FORM_TYPE = "application/x-www-form-urlencoded"
ALLOW_SPARQL = "GET, POST, HEAD, OPTIONS"
ALLOW_STORE = "GET, HEAD, OPTIONS"


class ProtocolError(Exception):
    """A request the protocol refuses: its status, message and extra headers."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        self.status, self.headers = status, headers or {}
        super().__init__(message)


def error_response(error: Exception, site: Site) -> Response:
    """The status and message of every way a query can fail."""
    if isinstance(error, ProtocolError):
        status, headers = error.status, error.headers
    elif isinstance(error, conneg.NotAcceptable):
        status, headers = 406, {"Vary": "Accept"}
    elif isinstance(error, Busy):
        status, headers = 503, {"Retry-After": str(site.settings.retry_after_s)}
    elif isinstance(error, LimitExceeded):
        if error.limit == "size":
            return PlainTextResponse(
                f"{error}: add LIMIT and OFFSET to the query to read the answer in pages, or download the "
                f"whole dataset from {site.base}download/ (the query page links every file)\n", status_code=422)
        status, headers = 503, {"Retry-After": str(site.settings.retry_after_s)}
    elif isinstance(error, QueryRefused):
        status, headers = 400, {"Allow": ALLOW_SPARQL} if error.keyword not in ("SERVICE", "") else {}
    else:
        status, headers = 400, {}
    return PlainTextResponse(f"{error}\n", status_code=status, headers=headers)


async def query_parameters(request: Request, max_body: int) -> tuple[list[tuple[str, str]], str | None]:
    """(the request's parameters, a directly POSTed query or None), as the protocol allows them."""
    parameters = parse_qsl(request.url.query, keep_blank_values=True)
    if request.method in ("GET", "HEAD"):
        return parameters, None
    media_type, _, options = (request.headers.get("content-type") or "").partition(";")
    media_type = media_type.strip().lower()
    charset = dict(o.strip().lower().partition("=")[::2] for o in options.split(";") if "=" in o).get("charset")
    if charset not in (None, "utf-8", "utf8"):
        raise ProtocolError(415, f"the body must be UTF-8, not {charset}")
    body = await read_body(request, max_body)
    if media_type == UPDATE_TYPE:
        raise ProtocolError(400, "SPARQL Update is not accepted: this endpoint is read-only", {"Allow": ALLOW_SPARQL})
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError(400, "the body is not UTF-8") from None
    if media_type == QUERY_TYPE:
        return parameters, text
    if media_type == FORM_TYPE:
        return parameters + parse_qsl(text, keep_blank_values=True), None
    raise ProtocolError(415, f"a query is POSTed as {QUERY_TYPE} or {FORM_TYPE}, not {media_type or 'no media type'}")


async def read_body(request: Request, max_body: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > max_body:
        raise ProtocolError(413, f"the request body is larger than {max_body:,} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_body:
            raise ProtocolError(413, f"the request body is larger than {max_body:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def dataset_of(site: Site, parameters: list[tuple[str, str]], reading) -> dict:
    """The protocol's dataset (default-graph-uri, named-graph-uri), checked like FROM against the dataset's graphs."""
    defaults = [v for k, v in parameters if k == "default-graph-uri"]
    named = [v for k, v in parameters if k == "named-graph-uri"]
    for iri in (*defaults, *named, *reading.from_graphs, *reading.from_named):
        if iri not in site.graphs:
            raise ProtocolError(400, f"<{iri}> is not a graph of this dataset: a query reads only this dataset's "
                                     f"graphs (the service description at {site.base}sparql lists them)")
    dataset = {}
    if defaults or named:  # the protocol's dataset replaces the query's FROM and FROM NAMED
        dataset = {"default_graph": defaults, "named_graphs": named}
    return dataset


async def sparql_endpoint(request: Request) -> Response:
    site: Site = request.app.state.site
    try:
        parameters, direct = await query_parameters(request, site.settings.max_body_kb * 1024)
        if any(k == "update" for k, _ in parameters):
            raise ProtocolError(400, "SPARQL Update is not accepted: this endpoint is read-only", {"Allow": ALLOW_SPARQL})
        queries = [v for k, v in parameters if k == "query"] + ([direct] if direct is not None else [])
        if not queries:
            return await description(request, site)
        if len(queries) > 1:
            raise ProtocolError(400, "one query a request: the request holds several")
        sparql = queries[0]
        accept = request.headers.get("accept")
        key = ("sparql", sparql, accept, *((k, v) for k, v in parameters if k in ("default-graph-uri", "named-graph-uri")))
        # The same request gets the same answer while the dataset is the same: a client that
        # holds it is told so (304) before anything runs.
        headers = {"Vary": "Accept", "ETag": f'"{hashlib.blake2b(f"{site.tag} {key!r}".encode(), digest_size=16).hexdigest()}"'}
        if request.headers.get("if-none-match") == headers["ETag"]:
            return Response(status_code=304, headers=headers)
        cached = site.cache.get(key)
        if cached is not None:
            body, media_type = cached
        else:
            reading = read(sparql)
            dataset = dataset_of(site, parameters, reading)
            offer = conneg.choose(accept, conneg.QUERY_OFFERS[FORM_KIND.get(reading.form, SOLUTIONS)])
            # The protocol leaves the base IRI to the service: it is the endpoint's own URL.
            body = await site.run(sparql, offer.name, base_iri=f"{site.base}sparql", reading=reading, **dataset)
            media_type = offer.media_type + ("; charset=utf-8" if offer.media_type.startswith("text/") else "")
            site.cache.put(key, body, media_type)
    except (ProtocolError, QueryError, conneg.NotAcceptable, Busy) as error:
        return error_response(error, site)
    return Response(body, media_type=media_type, headers=headers)


async def description(request: Request, site: Site) -> Response:
    """/sparql without a query: the query page for a browser, the service description for RDF clients."""
    offer = conneg.choose(request.headers.get("accept"), conneg.DESCRIPTION_OFFERS)
    if offer.name == "html":
        from .pages import query_page  # noqa: PLC0415 - pages import this module
        return await query_page(request)
    endpoint = iri_term(str(request.url.replace(query=""))) or iri_term(f"{site.base}sparql")
    sparql = bind(page_query("service_description"), "endpoint", endpoint)
    sparql = bind(sparql, "graph", " ".join(filter(None, (iri_term(g) for g in sorted(site.graphs)))))
    body = await site.run(sparql, offer.name)
    return Response(body, media_type=offer.media_type, headers={"Vary": "Accept"})


async def graph_store(request: Request) -> Response:
    """Graph Store Protocol, reading only: GET ?default (the merge) or ?graph=<iri> (one named graph)."""
    site: Site = request.app.state.site
    if request.method not in ("GET", "HEAD"):
        return PlainTextResponse("this graph store is read-only\n", status_code=405, headers={"Allow": ALLOW_STORE})
    parameters = dict(parse_qsl(request.url.query, keep_blank_values=True))
    try:
        if "graph" in parameters:
            if parameters["graph"] not in site.graphs:
                return PlainTextResponse(f"no graph <{parameters['graph']}> in this dataset\n", status_code=404)
            sparql = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {iri_term(parameters['graph'])} {{ ?s ?p ?o }} }}"
        elif "default" in parameters:
            merged = site.data / "peel.nt" if site.data.is_dir() else None
            if merged is not None and merged.is_file() and request.headers.get("accept", "*/*").strip() in (
                    "*/*", "application/n-triples"):
                # The build's own merge, byte for byte: a CONSTRUCT would give "1"^^xsd:integer for
                # every "1"^^xsd:nonNegativeInteger (pyoxigraph 0.5 canonicalises numbers in results).
                return FileResponse(merged, media_type="application/n-triples", headers={"Vary": "Accept"})
            sparql = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
        else:
            raise ProtocolError(400, "name the graph: ?default or ?graph=<iri>")
        offer = conneg.choose(request.headers.get("accept"), conneg.QUERY_OFFERS["graph"])
        body = await site.run(sparql, offer.name)
    except (ProtocolError, QueryError, conneg.NotAcceptable, Busy) as error:
        return error_response(error, site)
    return Response(body, media_type=offer.media_type, headers={"Vary": "Accept"})
