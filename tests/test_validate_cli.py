"""`peelkg validate` through the command line (cli.main): the build's own files validate, a file
it cannot read is bad input (exit 2, one line naming it), a user's shapes graph is validated
as SHACL says, and a forbidden query in it is refused before anything runs."""
from __future__ import annotations

import socket
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from peelkg.cli import main
from peelkg.vocab import PREFIXES

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
W3C = Path(__file__).parent / "w3c" / "shacl"
SERIALISATIONS = ["peel.trig", "peel.nq", "peel.jsonld", "peel.ttl", "peel.nt"]


@pytest.mark.parametrize("name", SERIALISATIONS)
def test_every_serialisation_of_the_build_validates(name, capsys):
    assert main(["validate", str(BUILD / name)]) == 0, capsys.readouterr()
    assert "0 violation(s)" in capsys.readouterr().out


def test_a_merged_file_is_still_held_to_what_a_merge_keeps(tmp_path, capsys):
    """The merge is checked for sh:minCount and sh:hasValue: a person without a name fails it."""
    store = ox.Store()
    store.load(path=BUILD / "peel.nt", format=ox.RdfFormat.N_TRIPLES)
    store.update(f"PREFIX schema: <{PREFIXES['schema']}> DELETE {{ ?p schema:name ?n }} WHERE {{ ?p a schema:Person ; schema:name ?n }}")
    broken = tmp_path / "merged.ttl"
    store.dump(broken, format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())
    assert main(["validate", str(broken)]) == 1
    out, err = capsys.readouterr()
    assert "[peel:PersonShape-name]" in out and "MinCountConstraintComponent" in out
    assert "merges the graphs of 2 sources" in err


def bad_inputs(folder: Path) -> list[tuple[Path, str]]:
    """(file, what the message must say after its name)."""
    cases = {"missing.ttl": None, "a-folder.ttl": None, "notes.csv": b"a,b\n", "no-extension": b"<a> <b> <c> .\n",
             "cut.ttl": b'@prefix ex: <http://example.org/> .\nex:a ex:b "unterminated .\n',
             "short.nt": b"<http://a.example/> <http://b.example/> <http://c.example/> .\n<http://a.example/> <http://b.example/> .\n",
             "cut.jsonld": b'{"@id": "http://a.example/", "http://b.example/": [',
             "cut.rdf": b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description',
             "binary.nq": b"\xff\xfe\x00garbage"}
    for name, data in cases.items():
        if data is not None:
            (folder / name).write_bytes(data)
    (folder / "a-folder.ttl").mkdir()
    return [(folder / "missing.ttl", ": cannot read: No such file or directory"),
            (folder / "a-folder.ttl", ": is a folder, not an RDF file"),
            (folder / "notes.csv", ": unknown RDF format '.csv'"),
            (folder / "no-extension", ": unknown RDF format '(no extension)'"),
            (folder / "cut.ttl", ":2:11: Unexpected end of file"),
            (folder / "short.nt", ":2:41: The object of a triple must be an IRI"),
            (folder / "cut.jsonld", ":1:52: Unexpected end of file"),
            (folder / "cut.rdf", ": syntax error"),
            (folder / "binary.nq", ":1:1: Invalid UTF-8")]


def test_a_file_that_cannot_be_read_is_bad_input(tmp_path, capsys):
    for path, says in bad_inputs(tmp_path):
        for args in (["validate", str(path)], ["validate", str(BUILD / "peel.nq"), "--shapes", str(path)]):
            assert main(args) == 2, path
            out, err = capsys.readouterr()
            assert out == "" and err.count("\n") == 1, err
            assert err.startswith(f"peelkg: error: {path}{says}"), err


def test_a_users_shapes_graph_is_validated_as_shacl_says(capsys):
    data = W3C / "core" / "property" / "datatype-ill-formed-data.ttl"
    shapes = W3C / "core" / "property" / "datatype-ill-formed-shapes.ttl"
    assert main(["validate", str(data), "--shapes", str(shapes)]) == 1
    out, err = capsys.readouterr()
    assert out.count("DatatypeConstraintComponent") == 3 and err == ""
    assert main(["validate", str(shapes), "--shapes", str(shapes)]) == 0


def test_shapes_the_fast_engine_cannot_compile_go_to_pyshacl(capsys):
    test = W3C / "core" / "node" / "xone-001.ttl"
    assert main(["validate", str(test), "--shapes", str(test)]) == 1
    out, err = capsys.readouterr()
    assert "XoneConstraintComponent" in out
    assert err.startswith("peelkg: note: validated by pySHACL") and "sh:xone" in err


@pytest.mark.parametrize("clause", ["SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o }",
                                    "FROM <http://127.0.0.1:{port}/data.ttl>", "MINUS { $this ?p 1 }"])
def test_a_forbidden_query_is_refused_before_anything_runs(clause, tmp_path, capsys):
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.settimeout(0.5)
        port = listener.getsockname()[1]
        where = clause.replace("{port}", str(port))
        select = (f"SELECT $this {where} WHERE {{ $this ?p ?o }}" if where.startswith("FROM")
                  else f"SELECT $this WHERE {{ $this ?p ?o . {where} }}")
        shapes = tmp_path / "shapes.ttl"
        shapes.write_text(f'''@prefix sh: <http://www.w3.org/ns/shacl#> .
            <http://example.org/s> a sh:NodeShape ; sh:targetNode <http://example.org/a> ;
                sh:sparql [ sh:select """{select}""" ] .''', encoding="utf-8")
        data = tmp_path / "data.nt"
        data.write_text("<http://example.org/a> <http://example.org/p> <http://example.org/b> .\n", encoding="utf-8")
        assert main(["validate", str(data), "--shapes", str(shapes)]) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"peelkg: error: {shapes}: the sh:select of ") and err.count("\n") == 1
        assert where.split()[0] in err
        with pytest.raises(TimeoutError):
            listener.accept()


def test_a_shapes_file_that_would_run_for_ever_is_stopped_at_the_timeout(tmp_path, capsys):
    """A user's sh:pattern that backtracks catastrophically: the worker is killed at --timeout."""
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text('@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix ex: <http://example.org/> .\n'
                      'ex:S a sh:NodeShape ; sh:targetNode ex:x ; sh:property [ sh:path ex:name ; '
                      'sh:pattern "^(a+)+$" ] .\n')
    data = tmp_path / "data.ttl"
    data.write_text('<http://example.org/x> <http://example.org/name> "' + "a" * 40 + '!" .\n')
    started = time.monotonic()
    assert main(["validate", str(data), "--shapes", str(shapes), "--timeout", "1"]) == 2
    assert time.monotonic() - started < 10
    out, err = capsys.readouterr()
    assert out == "" and err == "peelkg: error: validation stopped after 1 s (--timeout 1): no report\n"
    data.write_text('<http://example.org/x> <http://example.org/name> "aaaa" .\n')
    assert main(["validate", str(data), "--shapes", str(shapes), "--timeout", "1"]) == 0
