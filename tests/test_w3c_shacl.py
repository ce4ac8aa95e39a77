"""The W3C SHACL test suite (tests/w3c/shacl: core and SPARQL, 120 tests) through
validate.validate_files, the function `peelkg validate` calls.

As the suite intends, reports are compared by structure: sh:conforms, and the results by
focus node, path, value, severity, source shape and source constraint component, never by
message wording. A report lists each distinct result once (two pairs that fail sh:lessThan
alike are one finding), so results are compared as sets. A blank node is compared by what it says in its graph ([ p o ; … ],
as peelkg.shacl.show writes it), since the expected report and the engines parse the files
apart. A test whose expected result is sht:Failure must be refused (InputError: `peelkg
validate` exits 2). With engine 'fast' (the default) a test runs through the fast engine when
it compiles the shapes and through pySHACL otherwise; engine 'pyshacl' runs pySHACL on every
test. pySHACL's own misses are in KNOWN, keyed by test id: such a test must still miss (it
xfails with its reason) and fails once it passes, so the table cannot go stale.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Namespace
from rdflib.collection import Collection
from rdflib.namespace import RDF

from peelkg import shacl
from peelkg import validate as v
from peelkg.text import InputError
from peelkg.vocab import SH

ROOT = Path(__file__).parent / "w3c" / "shacl"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
SHT = Namespace("http://www.w3.org/ns/shacl-test#")

KNOWN = {  # pySHACL 0.40's misses: test id -> why
    "core/property/uniqueLang-002": 'pySHACL reads sh:uniqueLang "1"^^xsd:boolean as true; only true activates it',
    "sparql/pre-binding/pre-binding-005": "pySHACL binds $this for the whole query (rdflib's initBindings), not in "
                                          "each group: { FILTER (bound($this)) } sees it unbound",
    "sparql/pre-binding/shapesGraph-001": "pySHACL does not support the optional $shapesGraph and refuses the "
                                          "query, as SHACL §5.3.1 requires of such a processor",
}


def load(path: Path) -> Graph:
    return shacl.rdflib_graph(ox.parse(path=path, format=ox.RdfFormat.TURTLE, base_iri=path.resolve().as_uri()))


def file_of(iri) -> Path:
    return Path(str(iri).removeprefix("file://"))


def collect(manifest: Path) -> list[tuple[str, Graph, object]]:
    """(test id, the graph of its file, the test node) for every entry, mf:include followed."""
    g = load(manifest)
    found = []
    for m in sorted(g.subjects(RDF.type, MF.Manifest)):
        for included in sorted(g.objects(m, MF.include)):
            found += collect(file_of(included))
        for entries in g.objects(m, MF.entries):
            for test in Collection(g, entries):
                found.append((file_of(test).relative_to(ROOT.resolve()).as_posix(), g, test))
    return found


TESTS = collect(ROOT / "manifest.ttl")
IDS = [t[0] for t in TESTS]


def test_every_test_of_the_suite_is_run():
    assert len(TESTS) == 120 and len(set(IDS)) == len(IDS)
    assert all(g.value(t, RDF.type) == SHT.Validate for _, g, t in TESTS)


def expected(g: Graph, test) -> tuple[bool, set] | None:
    """(conforms, results) the test expects, None for sht:Failure."""
    result = g.value(test, MF.result)
    if result == SHT.Failure:
        return None
    pairs = shacl.rdflib_pairs(g)

    def shown(node, key):
        value = g.value(node, key)
        return "" if value is None else shacl.show(value, pairs)

    results = set()
    for r in g.objects(result, SH.result):
        path = g.value(r, SH.resultPath)
        results.add((shown(r, SH.focusNode), "" if path is None else shacl.path_text(g, path), shown(r, SH.value),
                     shacl.severity(str(g.value(r, SH.resultSeverity))), shown(r, SH.sourceShape),
                     shacl.component(str(g.value(r, SH.sourceConstraintComponent)))))
    return g.value(result, SH.conforms).toPython(), results


def actual(report: v.Report) -> tuple[bool, set]:
    return not report.findings, {(f.focus, f.path, f.value, f.severity, f.source_shape, f.component)
                                 for f in report.findings}


def run(g: Graph, test, engine: str) -> tuple[tuple[bool, set] | None, str]:
    """What validate_files answers (None: refused), and which engine gave it."""
    action = g.value(test, MF.action)
    try:
        report = v.validate_files([file_of(g.value(action, SHT.dataGraph))],
                                  shapes=[file_of(g.value(action, SHT.shapesGraph))], engine=engine)
    except InputError:
        return None, engine
    return actual(report), report.engine


@pytest.mark.parametrize("engine", v.ENGINES)
@pytest.mark.parametrize("test", TESTS, ids=IDS)
def test_w3c(test, engine):
    test_id, g, node = test
    want = expected(g, node)
    got, used = run(g, node, engine)
    if test_id in KNOWN and used == "pyshacl":
        if got == want:
            pytest.fail(f"{test_id} now passes with pySHACL: remove it from KNOWN")
        pytest.xfail(KNOWN[test_id])
    assert got == want, f"{test_id} with {used}"


FAST = {"core/property/datatype-ill-formed", "core/property/minCount-001", "core/property/maxCount-001",
        "core/property/class-001", "core/property/nodeKind-001", "core/property/pattern-002",
        "core/property/minLength-001", "core/property/hasValue-001", "core/property/lessThan-002",
        "core/property/or-datatypes-001", "core/property/uniqueLang-002", "core/node/minInclusive-001",
        "core/node/class-003", "core/path/path-sequence-002", "core/path/path-alternative-001",
        "core/targets/targetNode-001", "core/targets/targetClass-001", "core/targets/targetSubjectsOf-002",
        "core/targets/targetObjectsOf-001", "core/misc/severity-002", "sparql/node/prefixes-001",
        "sparql/pre-binding/pre-binding-005", "sparql/pre-binding/shapesGraph-001"}


def test_the_fast_engine_takes_the_tests_it_compiles():
    """Tests the fast engine answers on its own: one or more for every component, target and path it implements."""
    taken = [(test_id, g, node) for test_id, g, node in TESTS if test_id in FAST]
    assert len(taken) == len(FAST)
    for test_id, g, node in taken:
        assert run(g, node, "fast") == (expected(g, node), "fast"), test_id
