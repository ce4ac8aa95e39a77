"""Phrasings live in the SKOS labels: one line of Turtle teaches the converter a new one."""
from __future__ import annotations

import shutil

import pytest

from peelkg import vocab
from peelkg.extract import extract
from peelkg.facts import Source

ARTICLE = ("PEEL 2023–25: An inspection of Kent Police\n\n"
           "Kent Police was rated good at keeping the streets calm and inadequate at looking after victims.\n")
AREA = "https://w3id.org/peelkg/id/area/peel-2023-25/preventing-crime"


@pytest.fixture
def ontology(tmp_path, monkeypatch):
    """A private copy of ontology/ that the converter reads instead of the real one."""
    copy = tmp_path / "ontology"
    shutil.copytree(vocab.ONTOLOGY_DIR, copy)
    monkeypatch.setattr(vocab, "ONTOLOGY_DIR", copy)
    vocab.reference_graph.cache_clear()
    vocab.lexicon.cache_clear()
    yield copy
    vocab.reference_graph.cache_clear()
    vocab.lexicon.cache_clear()


def grades() -> set[tuple[str, str]]:
    source = Source(id="0" * 16, name="kent.txt", text=ARTICLE, sha256="0" * 64)
    lex = vocab.lexicon()
    return {(j.area, lex.label[j.grade]) for j in extract(source).judgements}


def test_an_alt_label_in_turtle_makes_a_new_phrasing_work(ontology):
    assert grades() == set(), "the phrasing must be unknown before the label is added"
    with (ontology / "vocab" / "areas.ttl").open("a", encoding="utf-8") as turtle:
        turtle.write(f'\n<{AREA}> <http://www.w3.org/2004/02/skos/core#altLabel> "keeping the streets calm" .\n')
    vocab.lexicon.cache_clear()
    vocab.reference_graph.cache_clear()
    assert grades() == {(AREA, "good")}


def test_a_force_alias_in_turtle_is_recognised(ontology):
    text = "PEEL 2023–25: the Garden of England force was rated good at preventing crime.\n"
    source = Source(id="1" * 16, name="kent.txt", text=text, sha256="1" * 64)
    assert not extract(source).judgements
    with (ontology / "vocab" / "forces.ttl").open("a", encoding="utf-8") as turtle:
        turtle.write('\n<https://w3id.org/peelkg/id/force/kent> <http://www.w3.org/2004/02/skos/core#altLabel> '
                     '"Garden of England force" .\n')
    vocab.lexicon.cache_clear()
    vocab.reference_graph.cache_clear()
    judgement, = extract(source).judgements
    assert judgement.force.iri == "https://w3id.org/peelkg/id/force/kent"


def test_each_schemes_top_concepts_are_listed_both_ways():
    """skos:hasTopConcept and skos:topConceptOf state one relation from both ends (SKOS S8): a concept added to a
    vocabulary file must be listed in its scheme too, or a SKOS browser reading the scheme never shows it."""
    from rdflib.namespace import SKOS
    graph = vocab.reference_graph()
    listed = set(graph.subject_objects(SKOS.hasTopConcept))
    claimed = {(scheme, concept) for concept, scheme in graph.subject_objects(SKOS.topConceptOf)}
    assert listed, "the vocabularies state top concepts"
    assert claimed - listed == set(), "topConceptOf without hasTopConcept"
    assert listed - claimed == set(), "hasTopConcept without topConceptOf"
