"""`peelkg query` is safe to hand a user's query (issue 15): SERVICE, LOAD and updates are refused
before anything runs and reach no host; time, results and memory are bounded; --data never
writes into --store; a syntax error shows where it is."""
from __future__ import annotations

import hashlib
import os
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph
import pytest

from peelkg import cli
from peelkg.guard import Refused, inspect, token_at
from peelkg.query import QUERIES_DIR, LocalStore, format_results, read_query

REPO = Path(__file__).resolve().parent.parent
BUILD = REPO / "build"
PEELKG = Path(sys.executable).with_name("peelkg")
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


class Trap:
    """A loopback listener that records every connection made to it."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self.server.getsockname()[1]}/sparql"
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.server.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.server.close()


@pytest.fixture
def trap():
    listener = Trap()
    yield listener
    listener.close()


def refused_queries(url: str) -> list[tuple[str, str]]:
    """(query, the keyword its refusal must name): every SPARQL 1.1 Update form, LOAD and SERVICE."""
    return [
        (f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}", "SERVICE"),
        (f"select * where {{ ?x ?y ?z . service silent <{url}> {{ ?s ?p ?o }} }}", "SERVICE"),
        (f"PREFIX e: <{url}#>\nSELECT * WHERE {{\n  # a comment\n  SERVICE e:x {{ ?s ?p ?o }} }}", "SERVICE"),
        (f"SELECT * WHERE {{ VALUES ?u {{ <{url}> }} SERVICE ?u {{ ?s ?p ?o }} }}", "SERVICE"),
        (f"SELECT * WHERE {{ ?s ?p ?o FILTER(true).SERVICE <{url}> {{ }} }}", "SERVICE"),
        (f"LOAD <{url}>", "LOAD"),
        (f"LOAD SILENT <{url}> INTO GRAPH <http://example.org/g>", "LOAD"),
        ("INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }", "INSERT"),
        ("DELETE DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }", "DELETE"),
        ("DELETE WHERE { ?s ?p ?o }", "DELETE"),
        ("WITH <http://example.org/g> DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }", "WITH"),
        ("PREFIX ex: <http://example.org/>\ninsert { ?s ex:p 1 } where { ?s ?p ?o }", "INSERT"),
        ("CLEAR ALL", "CLEAR"),
        ("DROP GRAPH <http://example.org/g>", "DROP"),
        ("CREATE GRAPH <http://example.org/g>", "CREATE"),
        ("ADD DEFAULT TO <http://example.org/g>", "ADD"),
        ("MOVE <http://example.org/g> TO DEFAULT", "MOVE"),
        ("COPY DEFAULT TO <http://example.org/g>", "COPY"),
    ]


# --- the guard, lexically -------------------------------------------------------------------

def test_the_trap_sees_what_the_engine_would_do_unguarded(trap):
    """Without the guard pyoxigraph follows SERVICE to the host it names: the trap records it."""
    with pytest.raises(OSError):
        list(pyoxigraph.Store().query(f"SELECT * WHERE {{ SERVICE <{trap.url}> {{ ?s ?p ?o }} }}"))
    deadline = time.monotonic() + 5
    while trap.connections == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert trap.connections == 1


@pytest.mark.parametrize("sparql, keyword", refused_queries("http://127.0.0.1:9/sparql"))
def test_guard_refuses_and_names_the_keyword(sparql, keyword):
    with pytest.raises(Refused) as refused:
        inspect(sparql)
    assert refused.value.keyword == keyword
    assert str(refused.value).startswith(f"{keyword} (at line ")


@pytest.mark.parametrize("sparql", [
    'SELECT ?s WHERE { ?s ?p "SERVICE <http://127.0.0.1:9/> { }" }',
    "SELECT ?s WHERE { ?s ?p 'LOAD <http://127.0.0.1:9/>' }",
    'SELECT ?s WHERE { ?s ?p """INSERT DATA {\n <a> <b> <c> }\nSERVICE""" }',
    "SELECT ?s WHERE { ?s ?p '''it's a DELETE'''}",
    'SELECT ?s WHERE { ?s ?p "say \\"SERVICE\\" twice" }',
    "SELECT ?s WHERE { ?s <http://example.org/SERVICE> <http://example.org/load#INSERT> }",
    "SELECT ?s WHERE { ?s ?p ?o } # SERVICE <http://127.0.0.1:9/> and LOAD, in a comment",
    "# DROP ALL\nSELECT ?s WHERE { ?s ?p ?o }",
    "PREFIX service: <http://example.org/>\nSELECT ?s WHERE { ?s service:load service:INSERT }",
    "PREFIX ex: <http://example.org/>\nSELECT ?s WHERE { ?s ex:with ex:copy.ex:move ex:add }",
    "SELECT ?service ?load WHERE { ?service ?insert ?load . ?s ?p $delete }",
    'SELECT ?s WHERE { ?s ?p "x"@service }',
    'SELECT ?s WHERE { ?s ?p ?o FILTER(CONTAINS(?o, "CLEAR")) }',
    "SELECT ?s WHERE { _:load ?p ?o }",
    "SELECT ?serviceLevel ?loaded WHERE { ?serviceLevel ?p ?loaded }",
])
def test_guard_lets_keywords_inside_strings_iris_names_and_comments_pass(sparql):
    assert inspect(sparql).form == "SELECT"


def test_guard_reads_the_form_and_the_graphs_from_names():
    reading = inspect("PREFIX : <http://example.org/>\nBASE <http://base.example/>\n"
                      "SELECT * FROM <g1> FROM NAMED :g2 from named <http://x.example/\\u0041> "
                      "WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert reading.form == "SELECT"
    assert reading.from_graphs == ("http://base.example/g1",)
    assert reading.from_named == ("http://example.org/g2", "http://x.example/A")
    assert reading.names_graphs
    assert not inspect("ASK { ?s ?p 'GRAPH' } # FROM").names_graphs
    for form in ("ASK", "CONSTRUCT", "DESCRIBE"):
        assert inspect(f"# SELECT\n{form.lower()} {{ }}").form == form


@pytest.mark.parametrize("adversarial", [
    '"' * 200_000, "'''" + "'" * 200_000, "<" * 200_000, "<a" * 100_000, '"""' + "a\\" * 100_000,
    "a:" * 100_000, "x." * 100_000 + ":", "ex:" + "a." * 100_000, "?" * 200_000, "a-" * 100_000,
])
def test_guard_takes_linear_time(adversarial):
    """A lexer that backtracks would take minutes on these 200,000 characters, not a second."""
    started = time.perf_counter()
    try:
        inspect(adversarial)
    except Refused:
        pass
    assert time.perf_counter() - started < 5


def test_token_at_names_what_stands_at_a_place():
    assert token_at("SELECT ?s\nWHERE { ?s ?p )", 2, 15) == ")"
    assert token_at("SELECT ?s\nWHERE { ?s ?p )", 2, 11) == "?p"
    assert token_at("ASK { }", 1, 8) is None


# --- through the command line ---------------------------------------------------------------

def test_refused_queries_reach_no_host_and_exit_2(trap, capsys):
    for sparql, keyword in refused_queries(trap.url):
        assert cli.main(["query", sparql, "--data", str(BUILD)]) == cli.EXIT_INPUT, sparql
        err = capsys.readouterr().err
        assert re.match(rf"peelkg: error: {keyword} \(at line \d+, column \d+\) is refused", err), err
    time.sleep(0.3)  # a connection attempt in flight would land by now
    assert trap.connections == 0


def test_a_refused_query_file_is_refused_too(trap, tmp_path, capsys):
    query = tmp_path / "federated.rq"
    query.write_text(f"SELECT * WHERE {{\n  SERVICE <{trap.url}> {{ ?s ?p ?o }}\n}}\n", encoding="utf-8")
    assert cli.main(["query", str(query)]) == cli.EXIT_INPUT
    assert "SERVICE (at line 2, column 3) is refused" in capsys.readouterr().err
    assert trap.connections == 0


def test_a_remote_store_is_not_asked_a_refused_query(trap, capsys):
    assert cli.main(["query", f"SELECT * WHERE {{ SERVICE <{trap.url}> {{ ?s ?p ?o }} }}",
                     "--store", trap.url]) == cli.EXIT_INPUT
    assert "SERVICE" in capsys.readouterr().err
    assert trap.connections == 0


@pytest.mark.parametrize("sparql, line, mistake", [
    ("SELECT ?s\nWHERE {\n  ?s ?p ?o .\n  FILTER(?s = ?o !) }\n", 4, "!"),
    ("SELECT ?s WHERE { ?s ?p ?o } LIMT 3", 1, "LIMT"),
    ("SELECT ?s WHERE {\n  ?s ?p\n}", 3, "}"),
    ("SELEC ?s WHERE { ?s ?p ?o }", 1, "SELEC"),
    ("PREFIX ex: <http://example.org/>\nSELECT ?s WHERE { ?s ex:p ?o ; schema:name ?n }", 2, "schema:name"),
])
def test_syntax_error_shows_line_column_and_the_text_there(sparql, line, mistake, capsys):
    """pyoxigraph alone says 'error at 5:1: expected ENCODE_FOR_URI' for the first: the end of the query."""
    assert cli.main(["query", sparql, "--data", str(BUILD)]) == cli.EXIT_INPUT
    err = capsys.readouterr().err
    column = sparql.splitlines()[line - 1].index(mistake) + 1
    assert f'syntax error at line {line}, column {column}, at "{mistake}"' in err, err
    shown, caret = err.splitlines()[-2:]
    assert shown.strip() == sparql.splitlines()[line - 1].strip()
    assert caret.strip() == "^" and shown[len(caret) - 1:].startswith(mistake)


def test_timeout_stops_a_cartesian_product_and_says_so(capsys):
    started = time.monotonic()
    assert cli.main(["query", CARTESIAN, "--data", str(BUILD), "--timeout", "1"]) == cli.EXIT_INPUT
    elapsed = time.monotonic() - started
    captured = capsys.readouterr()
    assert "time limit of 1 s (--timeout 1)" in captured.err
    assert captured.out == ""
    assert elapsed < 1 + 2, f"{elapsed:.1f} s"  # loading the seeds' build takes a fraction of a second


def test_memory_limit_stops_a_query_that_sorts_a_cartesian_product(capsys):
    """Sorting needs every row in memory: the worker is killed at the cap, long before the timeout."""
    sparql = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"
    started = time.monotonic()
    assert cli.main(["query", sparql, "--data", str(BUILD), "--max-memory", "100", "--timeout", "50"]) == cli.EXIT_INPUT
    assert "memory limit of 100 MB (--max-memory 100)" in capsys.readouterr().err
    assert time.monotonic() - started < 40


def test_limit_counts_results(capsys):
    sparql = "SELECT ?s WHERE { ?s a ?type } ORDER BY ?s LIMIT 7"
    assert cli.main(["query", sparql, "--data", str(BUILD), "--limit", "6", "--format", "csv"]) == cli.EXIT_INPUT
    captured = capsys.readouterr()
    assert "more than 6 rows (--limit 6)" in captured.err and captured.out == ""
    assert cli.main(["query", sparql, "--data", str(BUILD), "--limit", "7", "--format", "csv"]) == cli.EXIT_OK
    assert len(capsys.readouterr().out.splitlines()) == 1 + 7
    construct = "CONSTRUCT WHERE { ?s a ?type } LIMIT 5"
    assert cli.main(["query", construct, "--data", str(BUILD), "--limit", "4"]) == cli.EXIT_INPUT
    assert "more than 4 results" in capsys.readouterr().err


@pytest.mark.parametrize("option", ["--timeout", "--limit", "--max-memory"])
@pytest.mark.parametrize("value", ["0", "-1", "many"])
def test_limits_must_be_positive(option, value, capsys):
    assert cli.main(["query", "grades", option, value]) == cli.EXIT_INPUT
    assert option in capsys.readouterr().err


def test_no_worker_outlives_the_command():
    """The worker killed at the limit, and the process that forked it, are gone when the command ends."""
    marker = f"peelkg-test-{os.getpid()}-{time.monotonic_ns()}"
    sparql = f"# {marker}\n{CARTESIAN}"
    done = subprocess.run([str(PEELKG), "query", sparql, "--data", str(BUILD), "--timeout", "1"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == cli.EXIT_INPUT, done.stderr
    time.sleep(0.2)
    left = []
    for proc in Path("/proc").iterdir():
        try:
            if marker.encode() in (proc / "cmdline").read_bytes():
                left.append(proc.name)
        except OSError:
            continue
    assert not left, f"processes left behind: {left}"


def test_named_queries_print_as_before(capsys):
    """Through the worker, every named query prints what format_results prints in process."""
    store = LocalStore()
    store.load(BUILD)
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        variables, rows = store.select(read_query(path.stem))
        for fmt in ("table", "csv", "json"):
            assert cli.main(["query", path.stem, "--data", str(BUILD), "--format", fmt]) == cli.EXIT_OK
            assert capsys.readouterr().out == format_results(variables, rows, fmt), (path.stem, fmt)


def test_ask_construct_and_describe(capsys):
    assert cli.main(["query", "ASK { ?s a ?type }", "--data", str(BUILD)]) == cli.EXIT_OK
    assert capsys.readouterr().out == "true\n"
    assert cli.main(["query", "ASK { ?s a ?type }", "--data", str(BUILD), "--format", "json"]) == cli.EXIT_OK
    assert capsys.readouterr().out == '{\n  "head": {},\n  "boolean": true\n}\n'
    sparql = "CONSTRUCT WHERE { ?force a <https://w3id.org/peelkg/def#PoliceForce> }"
    store = LocalStore()
    store.load(BUILD)
    _, forces = store.select("SELECT ?force WHERE { ?force a <https://w3id.org/peelkg/def#PoliceForce> }")
    assert len(forces) > 40
    for fmt, rdf_format in (("turtle", pyoxigraph.RdfFormat.TURTLE), ("ntriples", pyoxigraph.RdfFormat.N_TRIPLES)):
        assert cli.main(["query", sparql, "--data", str(BUILD), "--format", fmt]) == cli.EXIT_OK
        triples = list(pyoxigraph.parse(capsys.readouterr().out.encode(), format=rdf_format))
        assert sorted(t.subject.value for t in triples) == sorted(row[0].value for row in forces)
    assert cli.main(["query", "DESCRIBE <https://w3id.org/peelkg/id/force/kent>", "--data", str(BUILD)]) == cli.EXIT_OK
    assert "Kent Police" in capsys.readouterr().out
    assert cli.main(["query", sparql, "--data", str(BUILD), "--format", "csv"]) == cli.EXIT_INPUT
    assert "CONSTRUCT answers cannot be written as csv" in capsys.readouterr().err


# --- --data never writes into --store -------------------------------------------------------

def _folder_digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.startswith("LOG")}


def test_data_is_read_beside_the_store_never_into_it(tmp_path, capsys):
    store = tmp_path / "store"
    disk = pyoxigraph.Store(str(store))
    disk.bulk_load(path=str(BUILD / "peel.trig"), format=pyoxigraph.RdfFormat.TRIG)
    disk.flush()
    del disk
    extra = tmp_path / "extra.ttl"
    extra.write_text('<http://example.org/only-in-extra> <http://example.org/p> "x" .\n', encoding="utf-8")
    before = _folder_digest(store)
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert cli.main(["query", count, "--store", str(store), "--format", "csv"]) == cli.EXIT_OK
    quads = int(capsys.readouterr().out.splitlines()[1])
    ask = "ASK { <http://example.org/only-in-extra> ?p ?o }"
    assert cli.main(["query", ask, "--store", str(store), "--data", str(extra)]) == cli.EXIT_OK
    assert capsys.readouterr().out == "true\n"  # the query sees the file and the store
    assert cli.main(["query", ask, "--store", str(store)]) == cli.EXIT_OK
    assert capsys.readouterr().out == "false\n"  # and the store never took it
    assert cli.main(["query", count, "--store", str(store), "--format", "csv"]) == cli.EXIT_OK
    assert int(capsys.readouterr().out.splitlines()[1]) == quads
    assert _folder_digest(store) == before


def test_an_empty_or_missing_store_is_an_error_not_a_load(tmp_path, capsys):
    assert cli.main(["query", "grades", "--store", str(tmp_path / "absent")]) == cli.EXIT_INPUT
    assert "not an Oxigraph store" in capsys.readouterr().err
    assert not (tmp_path / "absent").exists()
    empty = tmp_path / "empty"
    pyoxigraph.Store(str(empty)).flush()
    assert cli.main(["query", "grades", "--store", str(empty)]) == cli.EXIT_INPUT
    assert "the store is empty" in capsys.readouterr().err
