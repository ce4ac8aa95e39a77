"""RemoteStore against a real `oxigraph serve`: answers match an embedded pyoxigraph store."""
from __future__ import annotations

import socket
from pathlib import Path

import pyoxigraph
import pytest

from peelkg.remote import (
    RemoteStore,
    RemoteStoreError,
    default_graph_store_url,
    is_store_url,
)

REPO = Path(__file__).resolve().parent.parent
NAMED_QUERIES = {"grades", "grade_counts", "people", "claims", "inspections"}

# Two named graphs that share a triple, plus one default-graph triple; literals of
# several datatypes and language tags, and text that needs escaping.
TRIG = r"""
@prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

ex:meta ex:note "in the default graph" .

ex:g1 {
    ex:a ex:count 3 ;
        ex:published "2024-10-17"^^xsd:date ;
        ex:periodStart "2023-12"^^xsd:gYearMonth ;
        ex:begin "120"^^xsd:nonNegativeInteger ;
        ex:share 0.5 ;
        ex:label "prevention"@en , "prévention"@fr ;
        ex:note "a \"quoted\" word\nand a second line" .
}

ex:g2 {
    ex:a ex:label "prevention"@en .
    ex:b ex:count 4 ;
        ex:label "colour"@en-GB ;
        ex:refers ex:a .
}
"""

PREFIX = "PREFIX ex: <http://example.org/>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"

# Queries whose ORDER BY fixes the order completely compare row lists as they are.
ORDERED_QUERIES = {
    "all triples": "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p STR(?o)",
    "triples per graph": (
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY DESC(?n)"
    ),
}
UNORDERED_QUERIES = {
    "typed literals": (
        "SELECT ?s ?o (DATATYPE(?o) AS ?type) WHERE "
        "{ ?s ?p ?o FILTER(isLiteral(?o) && LANG(?o) = '' && DATATYPE(?o) != xsd:string) }"
    ),
    "language tags": "SELECT ?s ?label (LANG(?label) AS ?lang) WHERE { ?s ex:label ?label }",
    "total count": "SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?s) AS ?subjects) WHERE { ?s ?p ?o }",
    "unbound optional": "SELECT ?s ?count WHERE { ?s ex:label ?l OPTIONAL { ?s ex:count ?count } }",
    "escaped text": "SELECT ?note WHERE { ex:a ex:note ?note }",
}


def _local_select(store, sparql: str) -> tuple[list[str], list[tuple]]:
    return store.select(sparql)


def _sort_key(row: tuple) -> tuple:
    return tuple("" if term is None else str(term) for term in row)


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    path = tmp_path / "data.trig"
    path.write_text(TRIG, encoding="utf-8")
    return path


@pytest.fixture
def reference(dataset: Path):
    """The embedded store the remote one must agree with."""
    from peelkg.query import LocalStore

    store = LocalStore()
    store.load(dataset)
    return store


@pytest.fixture
def remote(oxigraph_server) -> RemoteStore:
    # No graph_store_url: the Oxigraph convention (/query → /store) must find it.
    return RemoteStore(oxigraph_server.query_url, timeout=10)


def test_graph_store_url_follows_oxigraph_convention(oxigraph_server, remote):
    assert remote.graph_store_url == oxigraph_server.store_url


def test_push_reports_graphs_and_fills_an_empty_store(remote, dataset):
    assert remote.is_empty()
    assert remote.push_dataset(dataset) == 3  # ex:g1, ex:g2 and the default graph
    assert not remote.is_empty()
    assert remote.named_graphs() == ["http://example.org/g1", "http://example.org/g2"]


@pytest.mark.parametrize("name", sorted(ORDERED_QUERIES))
def test_ordered_select_matches_embedded_store(remote, dataset, reference, name):
    remote.push_dataset(dataset)
    sparql = PREFIX + ORDERED_QUERIES[name]
    expected = _local_select(reference, sparql)
    assert expected[1], "the reference answer is empty: the query tests nothing"
    assert remote.select(sparql) == expected


@pytest.mark.parametrize("name", sorted(UNORDERED_QUERIES))
def test_select_matches_embedded_store(remote, dataset, reference, name):
    remote.push_dataset(dataset)
    sparql = PREFIX + UNORDERED_QUERIES[name]
    variables, rows = _local_select(reference, sparql)
    assert rows, "the reference answer is empty: the query tests nothing"
    got_variables, got_rows = remote.select(sparql)
    assert got_variables == variables
    assert sorted(got_rows, key=_sort_key) == sorted(rows, key=_sort_key)


def test_select_converts_terms_to_pyoxigraph(remote, dataset):
    remote.push_dataset(dataset)
    _, rows = remote.select(
        PREFIX + "SELECT ?o WHERE { ?s ?p ?o FILTER(?s IN (ex:a, ex:b)) }"
    )
    objects = {o for (o,) in rows}
    xsd = "http://www.w3.org/2001/XMLSchema#"
    assert pyoxigraph.Literal("3", datatype=pyoxigraph.NamedNode(xsd + "integer")) in objects
    assert pyoxigraph.Literal("2023-12", datatype=pyoxigraph.NamedNode(xsd + "gYearMonth")) in objects
    assert pyoxigraph.Literal("prévention", language="fr") in objects
    assert pyoxigraph.Literal('a "quoted" word\nand a second line') in objects
    assert pyoxigraph.NamedNode("http://example.org/a") in objects


def test_a_triple_in_two_graphs_is_one_triple_of_the_default_graph(remote, dataset):
    """The push writes the merge of the graphs as the default graph, so no union setting
    (a bag in Oxigraph 0.5, oxigraph/oxigraph#1919) can count a shared fact twice."""
    remote.push_dataset(dataset)
    _, rows = remote.select(
        PREFIX + 'SELECT (COUNT(*) AS ?n) WHERE { ex:a ex:label "prevention"@en }'
    )
    assert int(rows[0][0].value) == 1  # ex:g1 and ex:g2 both state it


def test_select_returns_blank_nodes_and_unbound_as_none(remote):
    remote.replace_graph("http://example.org/g", b"_:x <http://example.org/p> <http://example.org/o> .\n")
    variables, rows = remote.select(
        "SELECT ?s ?missing WHERE { GRAPH ?g { ?s <http://example.org/p> ?o OPTIONAL { ?s <http://example.org/q> ?missing } } }"
    )
    assert variables == ["s", "missing"]
    assert len(rows) == 1
    assert isinstance(rows[0][0], pyoxigraph.BlankNode)
    assert rows[0][1] is None


def _graph_sizes(store: RemoteStore) -> list[tuple]:
    return store.select(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
    )[1]


def test_push_is_idempotent(remote, dataset):
    assert remote.push_dataset(dataset) == 3
    once = _graph_sizes(remote), remote.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert remote.push_dataset(dataset) == 3
    twice = _graph_sizes(remote), remote.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert once == twice
    n = pyoxigraph.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    assert once[0] == [
        (pyoxigraph.NamedNode("http://example.org/g1"), pyoxigraph.Literal("8", datatype=n)),
        (pyoxigraph.NamedNode("http://example.org/g2"), pyoxigraph.Literal("4", datatype=n)),
    ]


def test_push_replaces_graphs_and_prunes_only_when_asked(remote, dataset, tmp_path):
    remote.push_dataset(dataset)
    smaller = tmp_path / "smaller.nq"
    smaller.write_text(
        '<http://example.org/a> <http://example.org/label> "changed" <http://example.org/g1> .\n',
        encoding="utf-8",
    )
    assert remote.push_dataset(smaller) == 2  # g1 and the default graph
    # g1 is replaced whole; g2 is not in the file, so it stays until pruned
    assert [(g.value, int(n.value)) for g, n in _graph_sizes(remote)] == [
        ("http://example.org/g1", 1),
        ("http://example.org/g2", 4),
    ]
    remote.push_dataset(smaller, prune=True)
    assert remote.named_graphs() == ["http://example.org/g1"]


def test_bad_query_names_url_status_and_server_message(remote):
    with pytest.raises(RemoteStoreError) as caught:
        remote.select("SELECT ?s WHERE { ?s ?p ")
    message = str(caught.value)
    assert remote.query_url in message
    assert "HTTP 400" in message
    assert "error at 1:" in message  # the start of Oxigraph's own parser message
    assert caught.value.status == 400
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_bad_graph_data_names_url_status_and_server_message(remote):
    with pytest.raises(RemoteStoreError) as caught:
        remote.replace_graph("http://example.org/g", b'<http://example.org/a> <http://example.org/p> "x')
    message = str(caught.value)
    assert remote.graph_store_url in message
    assert "HTTP 400" in message
    assert "Parser error" in message


def _closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens here once the probe closes


def test_connection_refused_is_a_clear_error(dataset):
    url = f"http://127.0.0.1:{_closed_port()}/query"
    store = RemoteStore(url, timeout=5)
    with pytest.raises(RemoteStoreError, match="connection refused") as caught:
        store.select("SELECT * WHERE { ?s ?p ?o }")
    assert url in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    with pytest.raises(RemoteStoreError, match="connection refused"):
        store.push_dataset(dataset)


def test_loading_without_a_graph_store_url_says_how_to_fix_it():
    store = RemoteStore("http://127.0.0.1:9/sparql")  # no convention for a bare /sparql
    assert store.graph_store_url is None
    with pytest.raises(RemoteStoreError, match="graph_store_url"):
        store.replace_graph("http://example.org/g", b"")


@pytest.mark.parametrize(
    ("query_url", "expected"),
    [
        ("http://localhost:7878/query", "http://localhost:7878/store"),
        ("http://localhost:3030/ds/query", "http://localhost:3030/ds/data"),
        ("https://example.org/fuseki/peel/sparql", "https://example.org/fuseki/peel/data"),
        ("http://localhost:3030/ds/sparql/", "http://localhost:3030/ds/data"),
        ("http://localhost:8890/sparql", None),  # Virtuoso: give it explicitly
        ("http://localhost:7001/", None),  # QLever: give it explicitly
    ],
)
def test_default_graph_store_url(query_url, expected):
    assert default_graph_store_url(query_url) == expected


def test_explicit_graph_store_url_wins():
    store = RemoteStore("http://localhost:7878/query", "http://localhost:7878/elsewhere")
    assert store.graph_store_url == "http://localhost:7878/elsewhere"


@pytest.mark.parametrize(
    ("spec", "remote"),
    [("http://localhost:7878/query", True), ("https://x.org/sparql", True), ("build/store", False), ("C:/store", False)],
)
def test_is_store_url(spec, remote):
    assert is_store_url(spec) is remote


def test_named_queries_match_local(oxigraph_server, tmp_path):
    """The seeds' build, pushed to the server, answers every query in queries/ as the local store does."""
    from peelkg.dataset import build
    from peelkg.query import LocalStore, read_query

    out = tmp_path / "build"
    build(REPO / "seeds", out)
    remote = RemoteStore(oxigraph_server.query_url, timeout=30)
    assert remote.push_dataset(out / "peel.trig") >= 2  # reference graph + a graph per source
    local = LocalStore()  # in memory
    local.load(out)
    queries = sorted((REPO / "queries").glob("*.rq"))
    assert NAMED_QUERIES <= {q.stem for q in queries}
    for query in queries:
        sparql = read_query(str(query))
        variables, rows = local.select(sparql)
        if query.stem in NAMED_QUERIES:
            assert rows, f"{query.name} answers nothing on the seeds: the comparison would be empty"
        got_variables, got_rows = remote.select(sparql)
        assert got_variables == variables, query.name
        assert sorted(got_rows, key=_sort_key) == sorted(rows, key=_sort_key), query.name


def test_cli_builds_into_and_queries_a_remote_store(oxigraph_server, tmp_path, capsys):
    """`peelkg build --store URL` pushes the dataset; `peelkg query --store URL` answers as the local build does."""
    from peelkg import cli

    out = tmp_path / "build"
    assert cli.main(["build", "--seeds", str(REPO / "seeds"), "--out", str(out),
                     "--store", oxigraph_server.query_url]) == cli.EXIT_OK
    capsys.readouterr()
    for name in sorted(NAMED_QUERIES):
        assert cli.main(["query", name, "--data", str(out), "--format", "csv"]) == cli.EXIT_OK
        local = capsys.readouterr().out
        assert cli.main(["query", name, "--store", oxigraph_server.query_url, "--format", "csv"]) == cli.EXIT_OK
        remote = capsys.readouterr().out
        assert remote.splitlines()[0] == local.splitlines()[0]
        assert sorted(remote.splitlines()[1:]) == sorted(local.splitlines()[1:]), name


def test_cli_builds_into_an_on_disk_store(tmp_path, capsys):
    from peelkg import cli

    store = tmp_path / "store"
    args = ["build", "--seeds", str(REPO / "seeds"), "--out", str(tmp_path / "build"), "--store", str(store)]
    assert cli.main(args) == cli.EXIT_OK
    assert cli.main(args + ["--no-cache"]) == cli.EXIT_OK  # loading again replaces, never doubles
    capsys.readouterr()
    assert cli.main(["query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--store", str(store),
                     "--format", "csv"]) == cli.EXIT_OK
    on_disk = int(capsys.readouterr().out.splitlines()[1])
    assert cli.main(["query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--data",
                     str(tmp_path / "build"), "--format", "csv"]) == cli.EXIT_OK
    assert on_disk == int(capsys.readouterr().out.splitlines()[1])
