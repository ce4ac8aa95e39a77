"""SHACL shapes: the good graph conforms, each case in tests/shapes/cases breaks it the way one shape guards against."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from peelkg import checks
from peelkg import validate as v
from peelkg.vocab import ONTOLOGY_DIR, PREFIXES, SH

HERE = Path(__file__).parent / "shapes"
GOOD = HERE / "good.trig"
CASES = sorted((HERE / "cases").glob("*.ru"))
SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
FIELDS = ("severity", "shape", "focus", "path", "component")


def expectations(case: Path) -> list[dict]:
    """'# expect: severity shape focus path component' lines ('-' for no path)."""
    out = []
    for line in case.read_text(encoding="utf-8").splitlines():
        if line.startswith("# expect:"):
            parts = line.removeprefix("# expect:").split()
            assert len(parts) == len(FIELDS), f"{case.name}: bad expect line {line!r}"
            row = dict(zip(FIELDS, parts))
            row["path"] = "" if row["path"] == "-" else row["path"]
            out.append(row)
    assert out, f"{case.name} has no '# expect:' line"
    return out


def good_graph() -> tuple[str, ox.Store]:
    """The one source graph of good.trig, moved into the default graph of a fresh store."""
    store = ox.Store()
    store.load(path=GOOD, format=ox.RdfFormat.TRIG)
    (graph,) = list(store.named_graphs())
    store.update(f"MOVE <{graph.value}> TO DEFAULT")
    return graph.value, store


def broken(case: Path) -> bytes:
    _, store = good_graph()
    # Rename the source file so every case's findings are told apart in one batch.
    store.update(SPARQL_PREFIXES + f"""DELETE {{ ?s dct:identifier ?i }} INSERT {{ ?s dct:identifier "{case.stem}" }}
                                         WHERE {{ ?s dct:identifier ?i }}""")
    store.update(SPARQL_PREFIXES + case.read_text(encoding="utf-8"))
    return store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())


def by_case(report: v.Report) -> dict[str, list[v.Finding]]:
    out: dict[str, list[v.Finding]] = {}
    for f in report.findings:
        out.setdefault(f.source.removeprefix("urn:case:"), []).append(f)
    return out


@pytest.fixture(scope="module")
def broken_graphs() -> dict[str, bytes]:
    return {f"urn:case:{c.stem}": broken(c) for c in CASES}


@pytest.fixture(scope="module")
def fast_findings(broken_graphs) -> dict[str, list[v.Finding]]:
    return by_case(v.validate_graphs(broken_graphs, jobs=1))


@pytest.fixture(scope="module")
def pyshacl_findings(broken_graphs) -> dict[str, list[v.Finding]]:
    return by_case(v.validate_graphs(broken_graphs, jobs=2, engine="pyshacl"))


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(v.SHAPES_FILE)


def message_of(shapes: Graph, shape_curie: str) -> str:
    prefix, local = shape_curie.split(":", 1)
    return str(shapes.value(URIRef(PREFIXES[prefix] + local), SH.message))


def structure(f: v.Finding) -> dict:
    return {k: getattr(f, k) for k in FIELDS}


@pytest.mark.parametrize("engine", ["fast", "pyshacl"])
def test_good_graph_conforms(engine):
    report = v.validate_files([GOOD], engine=engine)
    assert report.findings == [], report.render()
    assert report.conforms and report.graphs == 1


def test_case_list_is_not_empty():
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_case_fires_its_shape(case, fast_findings, pyshacl_findings, shapes):
    for engine, findings in (("fast", fast_findings), ("pyshacl", pyshacl_findings)):
        got = findings.get(case.stem, [])
        for expected in expectations(case):
            matches = [f for f in got if structure(f) == expected]
            assert matches, f"{engine}: {expected} not in\n" + "\n".join(str(structure(f)) for f in got)
            assert all(f.message == message_of(shapes, expected["shape"]) for f in matches)


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_engines_agree(case, fast_findings, pyshacl_findings):
    """The fast engine is only trusted because it finds exactly what pySHACL finds."""
    def key(f: v.Finding):
        return (f.severity, f.focus, f.path, f.component, f.shape, f.message)
    fast = sorted({key(f) for f in fast_findings.get(case.stem, [])})
    reference = sorted({key(f) for f in pyshacl_findings.get(case.stem, [])})
    assert fast == reference


def test_every_shape_is_covered(shapes):
    covered = {e["shape"] for c in CASES for e in expectations(c)}
    wanted = set()
    for node_shape in set(shapes.subjects(RDF.type, SH.NodeShape)):
        parts = list(shapes.objects(node_shape, SH.property)) + list(shapes.objects(node_shape, SH.sparql))
        assert parts, f"{node_shape} checks nothing"
        wanted |= {v.curie(str(p)) for p in parts}
    assert wanted - covered == set(), "shapes with no case in tests/shapes/cases"
    assert covered - wanted == set(), "cases expecting shapes that do not exist"


def test_every_message_says_what_to_do(shapes):
    for s in set(shapes.subjects(RDF.type, SH.PropertyShape)) | set(shapes.subjects(RDF.type, SH.SPARQLConstraint)):
        assert len(str(shapes.value(s, SH.message) or "")) > 40, s


def write_variant(tmp_path: Path, name: str, update: str) -> Path:
    graph, store = good_graph()
    store.update(SPARQL_PREFIXES + update)
    store.update(f"MOVE DEFAULT TO <{graph}>")
    path = tmp_path / name
    store.dump(path, format=ox.RdfFormat.from_extension(path.suffix[1:]))
    return path


def test_validate_files_warning_only_conforms(tmp_path):
    path = write_variant(tmp_path, "warning.trig", """
        DELETE { ?i peel:gradedAreaCount ?n } INSERT { ?i peel:gradedAreaCount 10 } WHERE { ?i peel:gradedAreaCount ?n }""")
    report = v.validate_files([path])
    assert report.conforms
    assert [f.shape for f in report.warnings] == ["peel:InspectionCountsShape-sum"]
    assert report.findings[0].source == "000_ccf06247f826bedc.txt"
    assert "1 warning(s)" in report.render() and "conforms" in report.render()


def test_validate_files_violation_does_not_conform(tmp_path):
    path = write_variant(tmp_path, "violation.nq", "DELETE { ?j peel:grade ?g } WHERE { ?j a peel:Judgement ; peel:grade ?g }")
    report = v.validate_files([path])
    assert not report.conforms
    assert {(f.shape, f.component) for f in report.violations} == {
        ("peel:JudgementShape-grade", "MinCountConstraintComponent"),
        ("peel:JudgementShape-gradeScheme", "HasValueConstraintComponent")}
    text = report.render()
    assert "violation [peel:JudgementShape-grade] in 000_ccf06247f826bedc.txt" in text
    assert "path: peel:grade (MinCountConstraintComponent)" in text


def test_validate_files_default_graph_is_validated(tmp_path):
    graph, store = good_graph()
    store.update(SPARQL_PREFIXES + "DELETE WHERE { ?p schema:name ?n }")
    path = tmp_path / "default.ttl"
    store.dump(path, format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())
    report = v.validate_files([path])
    assert [f.shape for f in report.violations] == ["peel:PersonShape-name"]


def test_parallel_batches_give_the_same_report(broken_graphs):
    many = {f"{k}/{i}": nt for i in range(3) for k, nt in broken_graphs.items()}
    assert v.validate_graphs(many, jobs=2).findings == v.validate_graphs(many, jobs=1).findings


def two_sources_store(grade_b: str, count_b: int) -> ox.Store:
    """Two source graphs about the same inspection; the second may disagree with the first."""
    store = ox.Store()
    for source, grade, count in (("a", "good", 1), ("b", grade_b, count_b)):
        insp = "pk:inspection\\/hertfordshire\\/peel-2023-25"
        store.update(SPARQL_PREFIXES + f"""INSERT DATA {{ GRAPH <https://w3id.org/peelkg/id/graph/source/{source}> {{
            <https://w3id.org/peelkg/id/source/{source}> a prov:Entity ; dct:identifier "{source}.txt" .
            <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/judgement/preventing-crime/{grade}>
                a peel:Judgement ; peel:inspection {insp} ;
                peel:assessmentArea <https://w3id.org/peelkg/id/area/peel-2023-25/preventing-crime> ;
                peel:grade <https://w3id.org/peelkg/id/grade/{grade}> .
            <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/grade-count/good/{count}>
                a peel:GradeCount ; peel:inspection {insp} ;
                peel:grade <https://w3id.org/peelkg/id/grade/good> ; peel:count {count} . }} }}""")
    return store


def test_run_checks_finds_conflicts_across_sources():
    report = checks.run_checks(two_sources_store("adequate", 2))
    assert report.conforms
    assert sorted((f.severity, f.shape, f.focus, f.source) for f in report.findings) == [
        ("warning", "check:conflicting-grade-counts-warning", "pk:inspection/hertfordshire/peel-2023-25", "a.txt"),
        ("warning", "check:conflicting-grades-warning", "pk:inspection/hertfordshire/peel-2023-25", "a.txt"),
    ]
    grades = next(f for f in report.findings if f.shape == "check:conflicting-grades-warning")
    assert "grade/good' in a.txt" in grades.message and "grade/adequate' in b.txt" in grades.message


def test_run_checks_is_quiet_when_sources_agree():
    assert checks.run_checks(two_sources_store("good", 1)).findings == []


def test_checks_have_title_and_message():
    files = checks.check_files()
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# title: ") and "\n# message: " in text, path.name
        assert path.stem.rsplit("-", 1)[-1] in ("violation", "warning", "info"), path.name


def test_ontology_and_vocabularies_are_documented():
    """Every peel: term has a label, comment and isDefinedBy; every concept a plain prefLabel and a scheme."""
    from rdflib.namespace import RDFS, SKOS

    onto = Graph().parse(ONTOLOGY_DIR / "peel.ttl")
    terms = {s for s in onto.subjects(RDF.type, None) if str(s).startswith(PREFIXES["peel"])}
    assert len(terms) >= 40
    for term in terms:
        for p in (RDFS.label, RDFS.comment, RDFS.isDefinedBy):
            assert onto.value(term, p) is not None, (term, p)
    vocab = Graph()
    for f in sorted(v.VOCAB_DIR.glob("*.ttl")):
        vocab.parse(f)
    for concept in set(vocab.subjects(RDF.type, SKOS.Concept)):
        labels = list(vocab.objects(concept, SKOS.prefLabel))
        assert len(labels) == 1 and labels[0].language is None, concept
        assert (vocab.value(concept, SKOS.inScheme), RDF.type, SKOS.ConceptScheme) in vocab, concept
    grades = {str(vocab.value(g, SKOS.prefLabel)) for g in vocab.subjects(RDF.type, URIRef(PREFIXES["peel"] + "Grade"))}
    assert grades == {"outstanding", "good", "adequate", "requires improvement", "inadequate"}


def test_python_twins_of_sparql_constraints_agree_with_oxigraph(broken_graphs):
    """The fast engine answers shapes.ttl's SPARQL constraints in Python where it knows the
    query; every case, and the seeds' real graphs, must give what oxigraph gives."""
    from peelkg import dataset, rdf, shacl
    graphs = [(name, list(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES))) for name, nt in broken_graphs.items()]
    for path in dataset.find_articles(HERE.parent.parent / "seeds"):
        quads = rdf.article_quads(dataset.convert(path))
        graphs.append((quads[0].graph_name.value, [q for q in quads if q.graph_name == quads[0].graph_name]))
    with_twins = sorted(shacl.check_graphs(graphs))
    assert any(shape_component[4] == "SPARQLConstraintComponent" for shape_component in with_twins)
    assert with_twins == sorted(shacl.check_graphs(graphs, twins=False))


def test_twinned_queries_keep_the_rules_of_pre_binding():
    """check_queries skips a query with a twin, so each twinned SELECT is checked here: SHACL's rules,
    no optional pre-bound variable, and pyoxigraph parses it pre-bound."""
    from peelkg.shacl import sparql, twins
    declared = {prefix: ns for prefix, ns in PREFIXES.items()}
    assert twins.SELECTS
    for select in twins.SELECTS:
        sparql.check_query(select, {"this", *sparql.OPTIONAL_PREBOUND}, declared, "a twinned query")
        assert not any(sparql.uses(select, v) for v in sparql.OPTIONAL_PREBOUND)
        ox.Store().query(sparql.prebind(sparql.prologue(declared) + select, {"this": ox.NamedNode("http://example.org/a")}))
