"""The cross-source checks run over the part of the dataset they read, and find what they find on the whole."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from peelkg import checks, dataset

CONFLICTS = sorted(p for p in (Path(__file__).parent / "conflicts").iterdir() if p.is_dir())
PREFIXES = "PREFIX : <http://example.org/> "


def reads(query: str) -> checks.Reads:
    return checks.reads_of([PREFIXES + query])


def test_fixed_predicates_and_classes_are_all_a_query_reads():
    found = reads("SELECT * WHERE { ?a :p/:q ?b OPTIONAL { ?b ^:r ?c } FILTER NOT EXISTS { ?b a :C } "
                  "MINUS { GRAPH ?g { ?a (:s|:t)* ?d } } }")
    assert found.predicates == {f"http://example.org/{p}" for p in "pqrst"} | {checks._TYPE}
    assert found.classes == {"http://example.org/C"}


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { ?a ?p ?b }",
    "SELECT * WHERE { ?a :p ?b { SELECT ?b WHERE { ?b ?x ?y } } }",
    "SELECT * WHERE { ?a !:p ?b }",
    "ASK { ?a :p ?b FILTER EXISTS { ?b ?x ?y } }",
])
def test_a_variable_or_negated_predicate_reads_everything(query):
    found = reads(query)
    assert found.predicates is None and found.classes is None
    line = b'<http://example.org/x> <http://example.org/other> "1" <http://example.org/g> .\n'
    assert found.pick(line) == line


def test_a_variable_class_reads_every_type_triple():
    found = reads("SELECT * WHERE { ?a a ?c ; :p ?b }")
    assert found.classes is None
    typed = f"<http://example.org/x> <{checks._TYPE}> <http://example.org/D> .\n".encode()
    assert found.pick(typed) == typed
    assert found.pick(b"<http://example.org/x> <http://example.org/q> <http://example.org/D> .\n") == b""


@pytest.mark.parametrize("case", CONFLICTS, ids=[p.name for p in CONFLICTS])
def test_checks_on_their_part_find_what_they_find_on_the_whole(case: Path, tmp_path):
    out = dataset.build(case, tmp_path / "out").out
    whole = ox.Store()
    whole.bulk_load(path=str(out / "peel.nq"), format=ox.RdfFormat.N_QUADS)
    whole.bulk_load(path=str(out / "peel.nt"), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
    on_whole = checks.run_checks(whole).findings
    if (case / "b.txt").exists():  # two sources that disagree: the checks' business
        assert on_whole
    graphs: dict[str, list[ox.Quad]] = {}
    for quad in ox.parse(path=str(out / "peel.nq"), format=ox.RdfFormat.N_QUADS):
        graphs.setdefault(quad.graph_name.value, []).append(quad)
    checked = [(name, checks.reads().pick(ox.serialize(quads, format=ox.RdfFormat.N_QUADS)))
               for name, quads in graphs.items()]
    picked = [q for _, nquads in checked for q in ox.parse(nquads, format=ox.RdfFormat.N_QUADS)]
    assert 0 < len(picked) < sum(map(len, graphs.values())) / 5
    assert all(checks.reads().predicates is None or q.predicate.value in checks.reads().predicates for q in picked)
    assert dataset._check(checked).findings == on_whole
