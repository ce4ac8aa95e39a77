"""The W3C SPARQL 1.1 Protocol tests (w3c/rdf-tests, sparql/sparql11/protocol and
service-description, vendored in tests/w3c with their licence) against a running `peelkg serve`.

Each protocol test is a list of HTTP requests with the expected status class, result format
and boolean. The server serves the manifest's fixture graphs, loaded from one TriG file:
every query test must pass; every update test must be refused (4xx), as the endpoint is
read-only; the three service-description tests must pass.
"""
from __future__ import annotations

import http.client
import re
import urllib.parse
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from conftest import running_peelkg
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS
from test_serve import http as fetch

W3C = Path(__file__).resolve().parent / "w3c"
MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = rdflib.Namespace("http://www.w3.org/2011/http#")
CNT = rdflib.Namespace("http://www.w3.org/2011/content#")
UT = rdflib.Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HTS = rdflib.Namespace("http://www.w3.org/2011/http-statusCodes#")
SD = "http://www.w3.org/ns/sparql-service-description#"
# query_post_form names data0.rdf as its default graph, but the manifest gives no file for it:
# it holds the one triple its siblings data1-3.nt hold about themselves.
DATA0 = "http://kasei.us/2009/09/sparql/data/data0.rdf"
FORMATS = {"boolean": {"application/sparql-results+json", "application/sparql-results+xml"},
           "tabular": {"application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                       "text/tab-separated-values"},
           "RDF": {"application/rdf+xml", "text/turtle", "application/n-triples"}}


def _manifest(path: Path) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(path, format="turtle", publicID=path.as_uri())
    return graph


PROTOCOL = _manifest(W3C / "protocol" / "manifest.ttl")
ENTRIES = list(Collection(PROTOCOL, PROTOCOL.value(next(PROTOCOL.subjects(RDF.type, MF.Manifest)), MF.entries)))
NAMES = [str(e).rsplit("#", 1)[-1] for e in ENTRIES]
QUERY_TESTS = [e for e, n in zip(ENTRIES, NAMES) if "update" not in n]
UPDATE_TESTS = [e for e, n in zip(ENTRIES, NAMES) if "update" in n]


def test_the_suite_is_whole():
    assert len(ENTRIES) == 34 and len(QUERY_TESTS) == 20 and len(UPDATE_TESTS) == 14


@pytest.fixture(scope="module")
def fixture_server(tmp_path_factory):
    """The fixture graphs of every test, each named by its rdfs:label, in one TriG file."""
    folder = tmp_path_factory.mktemp("w3c-protocol")
    graphs = {DATA0: f"<{DATA0}> <{RDF.type}> <http://xmlns.com/foaf/0.1/Document> .\n"}
    for data in PROTOCOL.objects(None, UT.graphData):
        name = str(PROTOCOL.value(data, RDFS.label))
        graphs[name] = (W3C / "protocol" / Path(str(PROTOCOL.value(data, UT.graph))).name).read_text()
    trig = "".join(f"<{name}> {{\n{triples}}}\n" for name, triples in sorted(graphs.items()))
    (folder / "fixtures.trig").write_text(trig, encoding="utf-8")
    with running_peelkg(folder / "fixtures.trig", folder) as server:
        yield server


def _requests(test):
    action = PROTOCOL.value(test, MF.action)
    return list(Collection(PROTOCOL, PROTOCOL.value(action, HT.requests)))


def _send(server, request):
    path = str(PROTOCOL.value(request, HT.absolutePath))
    url = server.base_url + path.removeprefix("/")
    headers = {}
    header_list = PROTOCOL.value(request, HT.headers)
    if header_list is not None:
        for header in Collection(PROTOCOL, header_list):
            headers[str(PROTOCOL.value(header, HT.fieldName))] = str(PROTOCOL.value(header, HT.fieldValue))
    data = None
    body = PROTOCOL.value(request, HT.body)
    if body is not None:
        encoding = str(PROTOCOL.value(body, CNT.characterEncoding) or "UTF-8")
        data = str(PROTOCOL.value(body, CNT.chars)).encode(encoding.lower())
    # http.client, not urllib: urllib adds a form media type to a body sent without one.
    connection = http.client.HTTPConnection(urllib.parse.urlsplit(url).netloc, timeout=30)
    try:
        target = urllib.parse.urlsplit(url)
        connection.request(str(PROTOCOL.value(request, HT.methodName)), f"{target.path}?{target.query}".rstrip("?"),
                           body=data, headers=headers)
        answer = connection.getresponse()
        return answer.status, {k.lower(): v for k, v in answer.getheaders()}, answer.read()
    finally:
        connection.close()


def _status_classes(response_node) -> set[int]:
    return {int(str(s).rsplit("StatusCode", 1)[1][0]) for s in PROTOCOL.objects(response_node, MF.expectedStatus)}


@pytest.mark.parametrize("test", QUERY_TESTS, ids=lambda t: str(t).rsplit("#", 1)[-1])
def test_query(fixture_server, test):
    for request in _requests(test):
        status, headers, body = _send(fixture_server, request)
        response = PROTOCOL.value(request, HT.resp)
        assert status // 100 in _status_classes(response), (status, body[:300])
        expected_format = PROTOCOL.value(response, MF.expectedFormat)
        if expected_format is not None:
            media_type = headers["content-type"].split(";")[0]
            assert media_type in FORMATS[str(expected_format)], media_type
        expected_boolean = PROTOCOL.value(response, MF.expectedBoolean)
        if expected_boolean is not None:
            fmt = pyoxigraph.QueryResultsFormat.from_media_type(headers["content-type"].split(";")[0])
            assert bool(pyoxigraph.parse_query_results(body, format=fmt)) is expected_boolean.toPython()


@pytest.mark.parametrize("test", UPDATE_TESTS, ids=lambda t: str(t).rsplit("#", 1)[-1])
def test_update_is_refused(fixture_server, test):
    first = _requests(test)[0]
    status, headers, body = _send(fixture_server, first)
    assert 400 <= status < 500, (status, body[:300])
    # The data is untouched: a later query of the test sees the fixture graphs as they were.
    status, _, body = fetch(fixture_server.base_url + "sparql?" + urllib.parse.urlencode(
        {"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"}))
    assert re.search(rb'"value":"(\d+)"', body).group(1) == b"4"


# --- service description ----------------------------------------------------------------------

SERVICE = _manifest(W3C / "service-description" / "manifest.ttl")
SD_TESTS = sorted(str(t).rsplit("#", 1)[-1] for t in SERVICE.subjects(RDF.type, MF.ServiceDescriptionTest))


def test_the_service_description_suite_is_whole():
    assert SD_TESTS == ["conforms-to-schema", "has-endpoint-triple", "returns-rdf"]


@pytest.mark.parametrize("name", SD_TESTS)
def test_service_description(fixture_server, name):
    endpoint = fixture_server.base_url + "sparql"
    status, headers, body = fetch(endpoint, headers={"Accept": "text/turtle, application/rdf+xml;q=0.9"})
    assert status == 200
    store = pyoxigraph.Store()
    store.load(body, format=pyoxigraph.RdfFormat.from_media_type(headers["content-type"].split(";")[0]))
    if name == "returns-rdf":
        assert len(store) > 0
    elif name == "has-endpoint-triple":
        assert store.query(f"ASK {{ ?service <{SD}endpoint> <{endpoint}> }}")
    else:  # every resource typed as the schema says, each named graph with its name
        assert store.query(f"""ASK {{ ?service a <{SD}Service> ; <{SD}endpoint> ?e ;
                                      <{SD}supportedLanguage> <{SD}SPARQL11Query> ;
                                      <{SD}defaultDataset> ?d . ?d a <{SD}Dataset> ; <{SD}defaultGraph> ?g .
                                      ?g a <{SD}Graph> }}""")
        named = list(store.query(f"SELECT ?n ?name WHERE {{ ?d <{SD}namedGraph> ?n . OPTIONAL {{ ?n <{SD}name> ?name }} }}"))
        assert len(named) == 4 and all(row["name"] is not None for row in named)
        assert not store.query(f"ASK {{ ?s <{SD}feature> <{SD}BasicFederatedQuery> }}")
