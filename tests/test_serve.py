"""`peelkg serve` (issue 17), run as a real process on loopback and asked by real clients:
the SPARQL 1.1 Protocol, content negotiation, linked-data pages, and the safety limits."""
from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import re
import shutil
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph
import pytest
from conftest import running_peelkg
from test_query_safety import CARTESIAN, Trap, refused_queries

from peelkg import cli
from peelkg.query import QUERIES_DIR
from peelkg.serve.site import AnswerCache

REPO = Path(__file__).resolve().parent.parent
BUILD = REPO / "build"
SEEDS = REPO / "seeds"
FORCE = "id/force/hertfordshire"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def http(url: str, *, method: str = "GET", headers: dict | None = None, data: bytes | None = None,
         timeout: float = 30) -> tuple[int, dict, bytes]:
    """(status, headers with lower-case names, body) of one request; redirects are not followed."""
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


def sparql_get(server, query: str, accept: str | None = None, **params) -> tuple[int, dict, bytes]:
    url = f"{server.base_url}sparql?" + urllib.parse.urlencode({"query": query, **params}, doseq=True)
    return http(url, headers={"Accept": accept} if accept else {})


# --- the protocol -----------------------------------------------------------------------------

def test_up_quickly_and_answers(seeds_server):
    assert seeds_server.started_in < 10  # issue: within 2 s on an idle machine; printed by bench_serve
    status, headers, body = sparql_get(seeds_server, "ASK { ?s ?p ?o }")
    assert status == 200 and headers["content-type"].startswith("application/sparql-results+json")
    assert json.loads(body) == {"head": {}, "boolean": True}


@pytest.mark.parametrize("method", ["get", "form", "direct"])
def test_three_ways_to_send_a_query(seeds_server, method):
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s a ?type }"
    if method == "get":
        status, _, body = sparql_get(seeds_server, query)
    elif method == "form":
        status, _, body = http(f"{seeds_server.base_url}sparql/", method="POST", data=urllib.parse.urlencode(
            {"query": query}).encode(), headers={"Content-Type": "application/x-www-form-urlencoded"})
    else:
        status, _, body = http(f"{seeds_server.base_url}sparql", method="POST", data=query.encode(),
                               headers={"Content-Type": "application/sparql-query"})
    assert status == 200
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 100


def _parse_results(body: bytes, media_type: str):
    fmt = pyoxigraph.QueryResultsFormat.from_media_type(media_type.split(";")[0])
    return pyoxigraph.parse_query_results(body, format=fmt)


@pytest.mark.parametrize("accept, media_type", [
    (None, "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
    ("application/*;q=0.2, text/tab-separated-values;q=0.9", "text/tab-separated-values"),
    ("*/*", "application/sparql-results+json"),
])
def test_select_formats(seeds_server, accept, media_type):
    status, headers, body = sparql_get(seeds_server, (QUERIES_DIR / "grades.rq").read_text(), accept)
    assert status == 200 and headers["content-type"].split(";")[0] == media_type
    assert "Accept" in headers["vary"]
    if media_type == "text/csv":
        rows = list(csv.reader(io.StringIO(body.decode())))
        assert rows[0] == ["force", "area", "grade", "source"] and len(rows) > 5
    else:
        assert len(list(_parse_results(body, media_type))) > 5


@pytest.mark.parametrize("accept, rdf_format", [
    (None, pyoxigraph.RdfFormat.TURTLE), ("application/n-triples", pyoxigraph.RdfFormat.N_TRIPLES),
    ("application/ld+json", pyoxigraph.RdfFormat.JSON_LD), ("application/rdf+xml", pyoxigraph.RdfFormat.RDF_XML),
    ("application/n-quads", pyoxigraph.RdfFormat.N_QUADS), ("application/trig", pyoxigraph.RdfFormat.TRIG),
])
def test_construct_and_describe_formats(seeds_server, accept, rdf_format):
    for query in ("CONSTRUCT WHERE { ?f a <https://w3id.org/peelkg/def#PoliceForce> }",
                  "DESCRIBE <https://w3id.org/peelkg/id/force/kent>"):
        status, headers, body = sparql_get(seeds_server, query, accept)
        assert status == 200 and headers["content-type"].split(";")[0] == rdf_format.media_type
        assert len(list(pyoxigraph.parse(body, format=rdf_format))) > 5


def test_not_acceptable_lists_what_is_offered(seeds_server):
    status, _, body = sparql_get(seeds_server, "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "image/png")
    assert status == 406
    assert b"application/sparql-results+json" in body and b"text/csv" in body
    status, _, _ = sparql_get(seeds_server, "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "text/csv;q=0, image/png")
    assert status == 406


def test_malformed_query_gets_400_with_the_place(seeds_server):
    status, _, body = sparql_get(seeds_server, "SELECT ?s WHERE {\n  ?s ?p ?o .\n  FILTER(?s = ?o !) }")
    assert status == 400
    assert b'syntax error at line 3, column 18, at "!"' in body


def test_service_description(seeds_server):
    status, headers, body = http(f"{seeds_server.base_url}sparql", headers={"Accept": "text/turtle"})
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    store = pyoxigraph.Store()
    store.load(body, format=pyoxigraph.RdfFormat.TURTLE)
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert store.query(f"ASK {{ ?s <{sd}endpoint> <{seeds_server.base_url}sparql> }}")
    names = {row[0].value for row in store.query(f"SELECT ?g WHERE {{ ?d <{sd}namedGraph>/<{sd}name> ?g }}")}
    trig = pyoxigraph.Store()
    trig.load(path=str(BUILD / "peel.trig"), format=pyoxigraph.RdfFormat.TRIG)
    sources = {g.value for g in trig.named_graphs()}
    assert names == sources and len(names) > 3
    assert not store.query(f"ASK {{ ?s <{sd}feature> <{sd}BasicFederatedQuery> }}")
    status, headers, body = http(f"{seeds_server.base_url}sparql", headers={"Accept": BROWSER})
    assert status == 200 and headers["content-type"].startswith("text/html") and b"yasgui" in body


def test_protocol_dataset_and_from_must_name_the_datasets_graphs(seeds_server, trap):
    trig = pyoxigraph.Store()
    trig.load(path=str(BUILD / "peel.trig"), format=pyoxigraph.RdfFormat.TRIG)
    graph = sorted(g.value for g in trig.named_graphs())[0]
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    status, _, body = sparql_get(seeds_server, count, **{"default-graph-uri": graph})
    assert status == 200
    in_graph = int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
    expected = len(list(trig.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(graph))))
    assert in_graph == expected
    for params, query in (({"default-graph-uri": trap.url}, count), ({"named-graph-uri": trap.url}, count),
                          ({}, f"SELECT * FROM <{trap.url}> WHERE {{ ?s ?p ?o }}"),
                          ({}, f"SELECT * FROM NAMED <{trap.url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}")):
        status, _, body = sparql_get(seeds_server, query, **params)
        assert status == 400 and b"is not a graph of this dataset" in body
    assert trap.connections == 0


@pytest.fixture
def trap():
    listener = Trap()
    yield listener
    listener.close()


# --- no update path, no way out ---------------------------------------------------------------

def test_refused_queries_reach_no_host(seeds_server, trap):
    for query, keyword in refused_queries(trap.url):
        for send in ("get", "form-update", "direct-update"):
            if send == "get":
                status, _, body = sparql_get(seeds_server, query)
            elif send == "form-update":
                status, headers, body = http(f"{seeds_server.base_url}sparql", method="POST",
                                             data=urllib.parse.urlencode({"update": query}).encode(),
                                             headers={"Content-Type": "application/x-www-form-urlencoded"})
                assert "GET" in headers.get("allow", "")
            else:
                status, headers, body = http(f"{seeds_server.base_url}sparql", method="POST", data=query.encode(),
                                             headers={"Content-Type": "application/sparql-update"})
                assert "GET" in headers.get("allow", "")
            assert status == 400, (query, send)
            if send == "get":
                assert keyword.encode() in body
    time.sleep(0.3)
    assert trap.connections == 0


@pytest.mark.parametrize("method", ["PUT", "POST", "DELETE", "PATCH"])
def test_graph_store_is_read_only(seeds_server, method):
    status, headers, _ = http(f"{seeds_server.base_url}store?default", method=method, data=b"<a:b> <a:c> <a:d> .",
                              headers={"Content-Type": "application/n-triples"})
    assert status == 405 and "GET" in headers["allow"] and "PUT" not in headers["allow"]


def test_graph_store_get(seeds_server):
    status, _, body = http(f"{seeds_server.base_url}store?default", headers={"Accept": "application/n-triples"})
    merged = list(pyoxigraph.parse(body, format=pyoxigraph.RdfFormat.N_TRIPLES))
    on_disk = list(pyoxigraph.parse(path=str(BUILD / "peel.nt"), format=pyoxigraph.RdfFormat.N_TRIPLES))
    assert status == 200 and set(merged) == set(on_disk)
    trig = pyoxigraph.Store()
    trig.load(path=str(BUILD / "peel.trig"), format=pyoxigraph.RdfFormat.TRIG)
    graph = sorted(g.value for g in trig.named_graphs())[-1]
    status, _, body = http(f"{seeds_server.base_url}store?graph={urllib.parse.quote(graph)}",
                           headers={"Accept": "application/n-triples"})
    assert status == 200

    def plain(triple):  # pyoxigraph's CONSTRUCT gives "1"^^xsd:integer for "1"^^xsd:nonNegativeInteger
        return triple.subject, triple.predicate, getattr(triple.object, "value", triple.object)

    assert {plain(t) for t in pyoxigraph.parse(body, format=pyoxigraph.RdfFormat.N_TRIPLES)} == {
        plain(q.triple) for q in trig.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(graph))}
    assert http(f"{seeds_server.base_url}store?graph=urn:nothing")[0] == 404


# --- limits -----------------------------------------------------------------------------------

def test_runaway_query_gets_503_at_its_limit_and_the_next_query_is_answered(seeds_server):
    started = time.monotonic()
    status, headers, body = sparql_get(seeds_server, CARTESIAN)
    took = time.monotonic() - started
    assert status == 503 and b"time limit of 2 s" in body and headers["retry-after"].isdigit()
    # (stopped at its limit, not run out: unbounded, the query takes minutes; the margin is for a loaded machine, where
    # another test run beside this one made it 2.6 s)
    assert took < 2 + 1.5, f"{took:.2f} s"
    started = time.monotonic()
    status, _, _ = sparql_get(seeds_server, f"ASK {{ ?s ?p ?o }} # {time.time()}")  # not answered before: not cached
    assert status == 200 and time.monotonic() - started < 2


def test_simple_queries_stay_fast_while_20_runaways_run(seeds_server):
    """The workers running long queries are deprioritised; a short query gets its own worker."""
    url = f"{seeds_server.base_url}sparql?" + urllib.parse.urlencode({"query": CARTESIAN})
    with ThreadPoolExecutor(20) as runaways:
        futures = [runaways.submit(http, url) for _ in range(20)]
        time.sleep(0.5)  # every runaway is running (or refused): measure now
        latencies = []
        deadline = time.monotonic() + 1.2
        while time.monotonic() < deadline:
            started = time.perf_counter()
            # A new text each time, so that a worker answers it, not the answer cache.
            status, _, _ = sparql_get(seeds_server, f"ASK {{ ?s a ?type }} # {len(latencies)}")
            latencies.append(time.perf_counter() - started)
            assert status == 200
        statuses = [f.result()[0] for f in futures]
    latencies.sort()
    p99 = latencies[int(len(latencies) * 0.99) - 1]
    print(f"\n{len(latencies)} simple queries beside 20 runaways: p50 {latencies[len(latencies) // 2] * 1000:.1f} ms, "
          f"p99 {p99 * 1000:.1f} ms; runaways answered {sorted(set(statuses))}")
    assert set(statuses) == {503}
    # Held behind a runaway, a short query would wait for its 2 s limit; the figure itself is printed, and a loaded
    # machine (other jobs beside the test run) may slow it past any tight bound (docs/BENCHMARKS.md has the figures).
    assert p99 < 0.5, f"p99 {p99:.3f} s: a short query waited for a runaway's worker"


def test_oversized_answer_is_422_never_truncated(tmp_path):
    with running_peelkg(BUILD, tmp_path, "--max-result-mb", "1") as server:
        started = time.monotonic()
        status, _, body = sparql_get(server, "SELECT * WHERE { ?s ?p ?o . ?x a ?t }")
        assert time.monotonic() - started < 1
        assert status == 422 and b"LIMIT and OFFSET" in body and b"/download/" in body
        status, _, body = sparql_get(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 10")
        assert status == 200


def test_an_answer_given_before_needs_no_worker(tmp_path):
    # One worker, held by a runaway: a query answered before is given again at once from the
    # answer cache, byte for byte; a new one waits for the worker.
    with running_peelkg(BUILD, tmp_path, "--workers", "1", "--timeout", "1") as server:
        status, _, first = sparql_get(server, "SELECT ?s WHERE { ?s a ?type } LIMIT 3", "text/csv")
        assert status == 200
        url = f"{server.base_url}sparql?" + urllib.parse.urlencode({"query": CARTESIAN})
        with ThreadPoolExecutor(1) as pool:
            runaway = pool.submit(http, url)
            time.sleep(0.2)
            started = time.monotonic()
            status, _, again = sparql_get(server, "SELECT ?s WHERE { ?s a ?type } LIMIT 3", "text/csv")
            assert status == 200 and again == first and time.monotonic() - started < 0.2
            status, _, _ = sparql_get(server, "SELECT ?s WHERE { ?s a ?type } LIMIT 4", "text/csv")
            assert runaway.result()[0] == 503 and time.monotonic() - started > 0.5
        status, _, other = sparql_get(server, "SELECT ?s WHERE { ?s a ?type } LIMIT 3", "application/sparql-results+json")
        assert status == 200 and other.startswith(b"{")  # another format is another answer


def test_a_query_answer_has_an_etag_and_a_client_that_holds_it_gets_304(seeds_server):
    query = f"SELECT ?s WHERE {{ ?s a ?type }} LIMIT 2 # {time.time()}"
    status, headers, body = sparql_get(seeds_server, query, "text/csv")
    assert status == 200 and body.count(b"\r\n") == 3 and headers["etag"].startswith('"')
    url = f"{seeds_server.base_url}sparql?" + urllib.parse.urlencode({"query": query})
    status, again, body = http(url, headers={"Accept": "text/csv", "If-None-Match": headers["etag"]})
    assert status == 304 and again["etag"] == headers["etag"] and body == b""
    _, other, _ = sparql_get(seeds_server, query, "application/sparql-results+json")
    assert other["etag"] != headers["etag"]  # another format, another answer
    status, _, _ = http(url, headers={"Accept": "application/sparql-results+json", "If-None-Match": headers["etag"]})
    assert status == 200


def test_the_answer_cache_keeps_the_recent_answers_within_its_size():
    cache = AnswerCache(16 * 1024)  # entries up to 1 KB, key and bookkeeping counted
    for n in range(40):
        cache.put(("sparql", f"SELECT {n}"), b"x" * 500, "text/csv")
        assert cache.size <= 16 * 1024
    assert cache.get(("sparql", "SELECT 0")) is None and cache.get(("sparql", "SELECT 39")) == (b"x" * 500, "text/csv")
    kept = len(cache)
    assert 0 < kept < 40
    cache.get(("sparql", f"SELECT {40 - kept}"))  # the oldest, used again: it outlives the next one
    cache.put(("sparql", "SELECT 40"), b"y" * 500, "text/csv")
    assert cache.get(("sparql", f"SELECT {40 - kept}")) is not None and cache.get(("sparql", f"SELECT {41 - kept}")) is None
    cache.put(("sparql", "SELECT 41"), b"z" * 2000, "text/csv")  # larger than a sixteenth: not kept
    cache.put(("sparql", "#" * 2000), b"z", "text/csv")  # a long query counts too
    assert cache.get(("sparql", "SELECT 41")) is None and cache.get(("sparql", "#" * 2000)) is None
    assert AnswerCache(0).get(("sparql", "SELECT 1")) is None


def test_body_and_url_caps(seeds_server):
    big = b"SELECT * WHERE { ?s ?p ?o } #" + b"x" * (300 * 1024)
    status, _, _ = http(f"{seeds_server.base_url}sparql", method="POST", data=big,
                        headers={"Content-Type": "application/sparql-query"})
    assert status == 413
    status, _, _ = sparql_get(seeds_server, "SELECT * WHERE { ?s ?p ?o } #" + "x" * 9000)
    assert status == 414


def test_a_full_queue_gets_503_with_retry_after(tmp_path):
    # One worker, which a runaway holds: with no queue ("--workers 1" and the default queue
    # of 64 waiting up to the timeout), a second query waits, then gets 503.
    with running_peelkg(BUILD, tmp_path, "--workers", "1", "--timeout", "1") as server:
        url = f"{server.base_url}sparql?" + urllib.parse.urlencode({"query": CARTESIAN})
        with ThreadPoolExecutor(2) as pool:
            runaway = pool.submit(http, url)
            time.sleep(0.2)
            status, headers, body = sparql_get(server, "ASK { ?s ?p ?o }")
            assert runaway.result()[0] == 503
        assert status in (200, 503)
        if status == 503:
            assert headers["retry-after"].isdigit()


def test_cors(seeds_server):
    status, headers, _ = http(f"{seeds_server.base_url}sparql", method="OPTIONS", headers={
        "Origin": "https://example.org", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert status == 200 and headers["access-control-allow-origin"] == "*"
    assert "POST" in headers["access-control-allow-methods"]
    assert "access-control-allow-credentials" not in headers
    _, headers, _ = http(f"{seeds_server.base_url}sparql?query=ASK%7B%7D", headers={"Origin": "https://example.org"})
    assert headers["access-control-allow-origin"] == "*"


# --- real clients -----------------------------------------------------------------------------

def test_sparqlwrapper(seeds_server):
    from SPARQLWrapper import JSON, POST, SPARQLWrapper
    client = SPARQLWrapper(f"{seeds_server.base_url}sparql")
    client.setQuery((QUERIES_DIR / "grades.rq").read_text())
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert {r["grade"]["value"] for r in rows} >= {"good", "requires improvement"}
    client.setMethod(POST)
    client.setQuery("ASK { ?s ?p ?o }")
    assert client.query().convert()["boolean"] is True


def test_rdflib_sparqlstore(seeds_server):
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore
    graph = Graph(store=SPARQLStore(f"{seeds_server.base_url}sparql"))
    rows = list(graph.query((QUERIES_DIR / "people.rq").read_text()))
    assert len(rows) >= 3 and all(len(row) == 3 for row in rows)
    assert graph.query("ASK { ?s ?p ?o }").askAnswer is True


def test_readme_curl_examples_run(seeds_server):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    serve_section = readme[readme.index("## Serve"):]
    examples = re.findall(r"^(curl .+)$", serve_section, re.M)
    assert len(examples) >= 2, "README's Serve section shows curl examples"
    for example in examples:
        command = example.replace("http://127.0.0.1:8000/", seeds_server.base_url)
        done = subprocess.run(["bash", "-c", command + " --fail --silent --show-error"], capture_output=True, timeout=30)
        assert done.returncode == 0, (example, done.stderr)
        assert done.stdout.strip(), example


def test_every_named_query_gives_the_rows_of_peelkg_query(seeds_server, capsys):
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        assert cli.main(["query", path.stem, "--data", str(BUILD), "--format", "csv"]) == cli.EXIT_OK
        expected = capsys.readouterr().out
        status, _, body = sparql_get(seeds_server, path.read_text(encoding="utf-8"), "text/csv")
        assert status == 200
        assert body.decode("utf-8") == expected, path.name


# --- linked data ------------------------------------------------------------------------------

def _one(server, query: str) -> str:
    _, _, body = sparql_get(server, query)
    return json.loads(body)["results"]["bindings"][0]["x"]["value"]


@pytest.fixture(scope="module")
def resources(seeds_server) -> dict[str, str]:
    """A resource of each kind in the seeds' build, as a path under the server."""
    peel, schema = "https://w3id.org/peelkg/def#", "https://schema.org/"
    kinds = {"force": FORCE,
             "inspection": f"SELECT ?x WHERE {{ ?x a <{peel}Inspection> }} ORDER BY ?x LIMIT 1",
             "person": f"SELECT ?x WHERE {{ ?x a <{schema}Person> }} ORDER BY ?x LIMIT 1",
             "claim": f"SELECT ?x WHERE {{ ?x a <{peel}Claim> }} ORDER BY ?x LIMIT 1",
             "source": f"SELECT ?x WHERE {{ ?x a <{schema}NewsArticle> }} ORDER BY ?x LIMIT 1"}
    root = "https://w3id.org/peelkg/"
    return {kind: q if not q.startswith("SELECT") else _one(seeds_server, q).removeprefix(root)
            for kind, q in kinds.items()}


PARSERS = {"text/turtle": pyoxigraph.RdfFormat.TURTLE, "application/ld+json": pyoxigraph.RdfFormat.JSON_LD,
           "application/n-triples": pyoxigraph.RdfFormat.N_TRIPLES}


@pytest.mark.parametrize("kind", ["force", "inspection", "person", "claim", "source"])
@pytest.mark.parametrize("accept, status, extension", [
    (BROWSER, 303, "html"), ("text/turtle", 303, "ttl"), ("application/ld+json", 303, "jsonld"),
    ("application/n-triples", 303, "nt"), ("*/*", 303, "html"),
    ("text/html;q=0, text/turtle;q=0.5, application/n-triples;q=0.4", 303, "ttl"),
    ("application/x-unknown", 406, None),
])
def test_content_negotiation_matrix(seeds_server, resources, kind, accept, status, extension):
    path = resources[kind]
    got, headers, body = http(f"{seeds_server.base_url}{path}", headers={"Accept": accept})
    assert got == status and "Accept" in headers.get("vary", "")
    if status == 406:
        assert b"text/turtle" in body
        return
    assert headers["location"] == f"/{path}.{extension}"
    got, headers, body = http(f"{seeds_server.base_url}{path}.{extension}")
    assert got == 200
    media_type = headers["content-type"].split(";")[0]
    if extension == "html":
        assert media_type == "text/html"
        assert b"<h1>" in body and f'href="https://w3id.org/peelkg/{path}"'.encode() in body
    else:
        triples = list(pyoxigraph.parse(body, format=PARSERS[media_type], base_iri=f"https://w3id.org/peelkg/{path}"))
        assert any(t.subject.value == f"https://w3id.org/peelkg/{path}" for t in triples)


def test_documents_carry_links_etag_and_gzip(seeds_server):
    url = f"{seeds_server.base_url}{FORCE}.ttl"
    status, headers, body = http(url, headers={"Accept-Encoding": "gzip"})
    assert status == 200 and headers["content-encoding"] == "gzip" and len(gzip.decompress(body)) > 1024
    links = headers["link"]
    assert f'<https://w3id.org/peelkg/{FORCE}>; rel="canonical"' in links
    assert 'rel="describedby"' in links and 'type="application/ld+json"' in links
    status, headers2, _ = http(url, headers={"If-None-Match": headers["etag"]})
    assert status == 304 and headers2["etag"] == headers["etag"]
    assert http(f"{seeds_server.base_url}id/force/no-such-force")[0] == 404
    assert http(f"{seeds_server.base_url}id/force/no-such-force.ttl")[0] == 404


def test_force_page_shows_grades_with_sources_and_outward_links(seeds_server):
    status, _, body = http(f"{seeds_server.base_url}{FORCE}.html")
    page = body.decode()
    assert status == 200
    assert re.search(r'class="grade grade-good">good<', page) and "grade-requires-improvement" in page
    assert "Inspectors &#39;concerned&#39; at how force ensures safety" in page  # a source of a grade
    # Each grade's source links to the sentence of that source that states it.
    table = re.search(r'<section id="grades">.*?</section>', page, re.S).group()
    spans = re.findall(rf'<a href="{re.escape(seeds_server.base_url)}(id/source/[0-9a-f]+\.html)#(char=\d+,\d+)">', table)
    assert len(spans) >= 5
    source_page, anchor = spans[0]
    assert f'id="{anchor}"'.encode() in http(f"{seeds_server.base_url}{source_page}")[2]
    assert "http://www.wikidata.org/entity/Q" in page and "https://data.police.uk/api/forces/hertfordshire" in page
    assert "statistics.data.gov.uk/id/statistical-geography/E23" in page
    assert '<script type="application/ld+json">' in page


def test_person_page_shows_posts_and_claims(seeds_server, resources):
    _, _, body = http(f"{seeds_server.base_url}id/person/roy-wilsher.html")
    page = body.decode()
    assert 'id="posts"' in page and 'id="claims"' in page and "<q>" in page


def test_evidence_leads_to_its_anchored_span_in_the_source(seeds_server, resources):
    _, _, body = http(f"{seeds_server.base_url}{resources['claim']}.html")
    hrefs = re.findall(r'<section id="evidence">.*?</section>', body.decode(), re.S)
    anchors = re.findall(rf'href="{re.escape(seeds_server.base_url)}(id/source/[0-9a-f]+\.html)#(char=\d+,\d+)"', hrefs[0])
    assert anchors
    page, anchor = anchors[0]
    _, _, source = http(f"{seeds_server.base_url}{page}")
    assert f'id="{anchor}"'.encode() in source


def test_void_and_downloads(seeds_server):
    for path in ("void", ".well-known/void"):
        status, headers, body = http(f"{seeds_server.base_url}{path}")
        assert status == 200 and headers["content-type"].startswith("text/turtle")
        assert body == (BUILD / "void.ttl").read_bytes()
    status, headers, body = http(f"{seeds_server.base_url}download/peel.nq")
    assert status == 200 and headers["content-type"].startswith("application/n-quads")
    assert body == (BUILD / "peel.nq").read_bytes()
    status, headers, body = http(f"{seeds_server.base_url}download/peel.nq", headers={"Range": "bytes=10-19"})
    assert status == 206 and body == (BUILD / "peel.nq").read_bytes()[10:20]
    assert http(f"{seeds_server.base_url}download/..%2Fpyproject.toml")[0] == 404
    assert http(f"{seeds_server.base_url}download/manifest.json")[0] == 404


def test_query_page_has_a_tab_per_query_and_vendored_yasgui(seeds_server):
    _, _, body = http(seeds_server.base_url)
    page = body.decode()
    titles = [re.match(r"# title: (.+)", p.read_text()).group(1) for p in QUERIES_DIR.glob("*.rq")]
    tabs = json.loads(re.search(r'<script type="application/json" id="tabs">(.*?)</script>', page, re.S).group(1))
    assert sorted(t["name"] for t in tabs) == sorted(titles)
    assert "/download/peel.trig" in page
    for link in re.findall(r'(?:href|src)="([^"]*)"', page):  # nothing the page loads or links is elsewhere
        assert link.startswith("/") or link.startswith(seeds_server.base_url), link
    vendor = (REPO / "src/peelkg/serve/static/yasgui/VENDOR.md").read_text()
    for name in ("yasgui.min.js", "yasgui.min.css"):
        _, _, served = http(f"{seeds_server.base_url}static/yasgui/{name}")
        assert re.search(rf"`{re.escape(name)}` \| `[^`]+` \| `{hashlib.sha256(served).hexdigest()}`", vendor), name


def test_a_script_in_an_article_is_shown_as_text(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    article = next(p for p in sorted(seeds.glob("*.txt")))
    meta = article.with_suffix(".meta.toml")
    title = '<script>alert("pwned")</script> PEEL report </script><b>bold</b>'
    text = meta.read_text(encoding="utf-8") if meta.is_file() else ""
    text = re.sub(r'^title = .*$', "", text, flags=re.M)
    meta.write_text(f"title = {json.dumps(title)}\n" + text, encoding="utf-8")
    out = tmp_path / "build"
    assert cli.main(["build", "--seeds", str(seeds), "--out", str(out)]) == cli.EXIT_OK
    with running_peelkg(out, tmp_path / "serve") as server:
        _, _, body = sparql_get(server, 'SELECT ?x WHERE { ?x <http://purl.org/dc/terms/title> ?t FILTER(CONTAINS(?t, "pwned")) }')
        source = json.loads(body)["results"]["bindings"][0]["x"]["value"].removeprefix("https://w3id.org/peelkg/")
        status, _, body = http(f"{server.base_url}{source}.html")
        page = body.decode()
    assert status == 200
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in page
    assert '<script>alert("pwned")' not in page and "<b>bold</b>" not in page
    json_ld = page.split('<script type="application/ld+json">', 1)[1]
    assert json_ld.index("</script>") > json_ld.index("pwned")  # the element holds the title whole


# --- start and stop ---------------------------------------------------------------------------

@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_stops_cleanly_leaving_no_worker(tmp_path, stop):
    with running_peelkg(BUILD, tmp_path, "--timeout", "5") as server:
        url = f"{server.base_url}sparql?" + urllib.parse.urlencode({"query": CARTESIAN})
        threading.Thread(target=http, args=(url,), daemon=True).start()
        time.sleep(0.5)
        children = _descendants(server.process.pid)
        assert len(children) >= 2  # the process holding the data, and the runaway's worker
        server.process.send_signal(stop)
        assert server.process.wait(timeout=10) == 0
    deadline = time.monotonic() + 5
    while _alive(children) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(children)
    assert "Traceback" not in (tmp_path / "peelkg-serve.log").read_text()


def _alive(pids: list[int]) -> list[int]:
    alive = []
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":  # a zombie has ended; init reaps it
            alive.append(pid)
    return alive


def _descendants(pid: int) -> list[int]:
    found, frontier = [], [pid]
    while frontier:
        parent = frontier.pop()
        for task in Path(f"/proc/{parent}/task").iterdir():
            children = (task / "children").read_text().split()
            found += [int(c) for c in children]
            frontier += [int(c) for c in children]
    return found


def test_the_dataset_is_unchanged_by_serving():
    """Nothing the tests sent wrote into build/: its files still match the sha256 in void.ttl."""
    void = (BUILD / "void.ttl").read_text(encoding="utf-8")
    for name in ("peel.trig", "peel.nq", "peel.nt", "peel.ttl", "peel.jsonld"):
        digest = hashlib.sha256((BUILD / name).read_bytes()).hexdigest()
        assert digest in void, name
