"""The fast engine compiles a shapes graph whole or not at all: whatever SHACL it does not
implement, wherever it sits, is named (compile.Unsupported) so that pySHACL validates
instead; nothing is dropped. (The W3C suite, tests/test_w3c_shacl.py, checks what it does
implement.)"""
from __future__ import annotations

import pytest
from rdflib import Graph

from peelkg import shacl
from peelkg import validate as v
from peelkg.text import InputError

PREFIXES = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
"""
REFUSED = {  # shapes -> the term the refusal names
    "xone on a node shape": ("ex:S sh:targetClass ex:C ; sh:xone ( [ sh:class ex:A ] [ sh:class ex:B ] ) .", "sh:xone"),
    "sh:node in a property shape": ("ex:S sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:node ex:T ] .\n"
                                    "ex:T sh:class ex:C .", "sh:node"),
    "closed shape": ("ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:closed true .", "sh:closed"),
    "inverse path": ("ex:S sh:targetNode ex:a ; sh:path [ sh:inversePath ex:p ] ; sh:minCount 1 .", "^"),
    "SPARQL on a property shape": ("ex:S sh:targetNode ex:a ; sh:path ex:p ; "
                                   'sh:sparql [ sh:select "SELECT $this WHERE { $this $PATH ?v }" ] .', "sh:sparql"),
    "a constraint component of the shapes' own": (
        "ex:C a sh:ConstraintComponent ; sh:parameter [ sh:path ex:size ] ; "
        'sh:validator [ a sh:SPARQLAskValidator ; sh:ask "ASK { FILTER (STRLEN(?value) = $size) }" ] .\n'
        "ex:S sh:targetNode ex:a ; sh:path ex:p ; ex:size 3 .", "sh:parameter"),
    "a sh:datatype given twice": ("ex:S sh:targetNode ex:a ; sh:path ex:p ; sh:datatype xsd:string, xsd:integer .",
                                  "several values of sh:datatype"),
    "sh:minInclusive on dates": ('ex:S sh:targetNode ex:a ; sh:path ex:p ; sh:minInclusive "2024-01-01"^^xsd:date .',
                                 "sh:minInclusive"),
}


@pytest.mark.parametrize(("shapes", "names"), REFUSED.values(), ids=REFUSED.keys())
def test_what_the_fast_engine_does_not_implement_is_named(shapes, names):
    with pytest.raises(shacl.Unsupported, match="does not implement") as refused:
        shacl.compile_engine(Graph().parse(data=PREFIXES + shapes, format="turtle"))
    assert names in str(refused.value)


def test_a_shape_nothing_targets_or_reaches_is_not_compiled():
    """SHACL evaluates no focus node against it, so what it uses does not matter."""
    engine = shacl.compile_engine(Graph().parse(data=PREFIXES + """
        ex:Unused a sh:NodeShape ; sh:xone ( [ sh:class ex:A ] [ sh:class ex:B ] ) .
        ex:S sh:targetNode ex:a ; sh:path ex:p ; sh:minCount 1 .""", format="turtle"))
    assert [s.shown for s in engine.shapes] == ["<http://example.org/S>"]


@pytest.mark.parametrize("term", ["sh:target [ a sh:SPARQLTarget ; sh:select \"SELECT ?this WHERE { ?this ?p ?o }\" ]",
                                  "sh:rule [ a sh:TripleRule ; sh:subject sh:this ; sh:predicate ex:p ; sh:object 1 ]"])
def test_shacl_advanced_features_are_refused_not_skipped(term, tmp_path):
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(PREFIXES + f"ex:S a sh:NodeShape ; {term} .", encoding="utf-8")
    data = tmp_path / "data.ttl"
    data.write_text(PREFIXES + "ex:a ex:p 1 .", encoding="utf-8")
    with pytest.raises(InputError, match="peelkg does not implement"):
        v.validate_files([data], shapes=[shapes])


def test_an_entailment_regime_is_refused(tmp_path):
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(PREFIXES + "ex: a owl:Ontology ; sh:entailment <http://www.w3.org/ns/entailment/RDFS> .\n"
                      "ex:S sh:targetNode ex:a ; sh:path ex:p ; sh:minCount 1 .", encoding="utf-8")
    with pytest.raises(InputError, match="sh:entailment"):
        v.validate_files([shapes], shapes=[shapes])


def test_a_blank_focus_node_of_a_sparql_constraint_is_left_to_pyshacl(tmp_path):
    """Pre-binding writes the focus node into the query, which a blank node cannot be: that graph goes to pySHACL."""
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(PREFIXES + """ex:S a sh:NodeShape ; sh:targetClass ex:C ;
        sh:sparql [ sh:select "SELECT $this ?value WHERE { $this <http://example.org/p> ?value . FILTER (?value > 1) }" ] .""",
                      encoding="utf-8")
    data = tmp_path / "data.ttl"
    data.write_text(PREFIXES + "[] a ex:C ; ex:p 1, 2 . ex:named a ex:C ; ex:p 3 .", encoding="utf-8")
    fast = v.validate_files([data], shapes=[shapes])
    assert fast.engine == "fast"
    assert fast.findings == v.validate_files([data], shapes=[shapes], engine="pyshacl").findings
    assert sorted((f.focus, f.value) for f in fast.findings) == [
        ("<http://example.org/named>", '"3"^^xsd:integer'), ('[ <http://example.org/p> "1"^^xsd:integer ; '
                                                            '<http://example.org/p> "2"^^xsd:integer ; '
                                                            'rdf:type <http://example.org/C> ]', '"2"^^xsd:integer')]
