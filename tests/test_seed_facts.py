"""Issue 2's fact table on the two seeds: what the graph must say, and what it must not."""
from __future__ import annotations

from pathlib import Path

import pytest

from peelkg import dataset
from peelkg.extract import extract
from peelkg.facts import Source
from peelkg.query import LocalStore, lexical

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PREFIXES = """PREFIX peel: <https://w3id.org/peelkg/def#> PREFIX pk: <https://w3id.org/peelkg/id/>
PREFIX schema: <https://schema.org/> PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX org: <http://www.w3.org/ns/org#> PREFIX dct: <http://purl.org/dc/terms/>
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> LocalStore:
    out = dataset.build(SEEDS, tmp_path_factory.mktemp("seeds") / "build").out
    store = LocalStore()
    store.load(out)
    return store


def select(store: LocalStore, query: str) -> list[tuple[str, ...]]:
    _, rows = store.select(PREFIXES + query)
    return [tuple(lexical(t) for t in row) for row in rows]


def test_both_seeds_describe_one_inspection_of_one_force(store):
    rows = select(store, """SELECT DISTINCT ?inspection ?force ?g WHERE {
        GRAPH ?g { ?inspection a peel:Inspection ; peel:inspectedOrganization ?force } }""")
    assert {(i, f) for i, f, _ in rows} == {("https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25",
                                             "https://w3id.org/peelkg/id/force/hertfordshire")}
    assert len({g for *_, g in rows}) == 2  # "Hertfordshire Police" in 001 is the same force


def test_only_the_stated_areas_have_grades(store):
    rows = select(store, """SELECT DISTINCT ?area ?grade WHERE {
        ?j a peel:Judgement ; peel:assessmentArea/skos:prefLabel ?area ; peel:grade/skos:prefLabel ?grade }""")
    assert set(rows) == {("Preventing crime", "good"), ("Responding to the public", "requires improvement"),
                         ("Investigating crime", "requires improvement"),
                         ("Protecting vulnerable people", "requires improvement"),
                         ("Leadership and force management", "requires improvement")}


def test_each_source_states_counts_that_sum_to_nine(store):
    rows = select(store, """SELECT ?g (SUM(?n) AS ?sum) (SAMPLE(?areas) AS ?total) WHERE {
        GRAPH ?g { ?c a peel:GradeCount ; peel:count ?n ; peel:inspection ?i . ?i peel:gradedAreaCount ?areas } }
        GROUP BY ?g""")
    assert len(rows) == 2 and all(s == "9" and t == "9" for _, s, t in rows)


def test_an_inspection_is_evidenced_by_its_first_grade_phrase_and_its_own_facts(store):
    """Each source's first grade or count phrase states the inspection; the rest belong to the
    judgements and counts, and only the period and the number of graded areas are its own."""
    rows = select(store, """SELECT ?file ?anchor WHERE {
        <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:evidence ?span .
        ?span nif:anchorOf ?anchor ; nif:referenceContext/dct:identifier ?file }""")
    assert set(rows) == {
        ("000_ccf06247f826bedc.txt", "good at crime prevention and deterrence"),
        ("000_ccf06247f826bedc.txt", "graded Hertfordshire Constabulary\u2019s performance across nine"),
        ("001_09057eabbd9dc706.txt", "good in one"), ("001_09057eabbd9dc706.txt", "graded in nine"),
        ("001_09057eabbd9dc706.txt", "December 2023"), ("001_09057eabbd9dc706.txt", "June 2024")}
    counts = select(store, """SELECT ?anchor WHERE { ?c a peel:GradeCount ; peel:evidence/nif:anchorOf ?anchor }""")
    assert ("adequate in three",) in counts and ("inadequate in one",) in counts


def test_every_evidence_span_quotes_its_source_exactly(store):
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    rows = select(store, """SELECT ?file ?b ?e ?anchor WHERE {
        ?span a peel:TextSpan ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor ;
              nif:referenceContext/dct:identifier ?file }""")
    assert len(rows) > 50
    for file, begin, end, anchor in rows:
        assert texts[file][int(begin):int(end)] == anchor


def test_a_quote_in_both_seeds_is_one_claim_with_two_sources(store):
    rows = select(store, """SELECT ?claim (COUNT(DISTINCT ?src) AS ?n) WHERE {
        ?claim a peel:DirectQuote ; schema:text ?text ; peel:evidence/nif:referenceContext ?src .
        FILTER(STRSTARTS(?text, "The constabulary must take steps to improve its emergency call handling")) }
        GROUP BY ?claim""")
    assert any(n == "2" for _, n in rows)


def test_yesterday_is_inferred_not_stated(store):
    rows = select(store, """SELECT DISTINCT ?date ?anchor ?rule WHERE {
        GRAPH ?g { ?claim schema:dateCreated ?date ; prov:wasDerivedFrom ?span . ?g peel:inferenceRule ?rule }
        ?span nif:anchorOf ?anchor }""")
    assert set(rows) == {("2024-10-16", "yesterday", "https://w3id.org/peelkg/id/rule/relative-date")}
    stated = select(store, """SELECT ?claim WHERE { GRAPH ?g { ?claim schema:dateCreated ?d }
        FILTER(STRSTARTS(STR(?g), "https://w3id.org/peelkg/id/graph/source/")) }""")
    assert stated == []


def test_posts_and_party(store):
    rows = select(store, """SELECT ?name ?role ?party WHERE {
        ?m a org:Membership ; org:member/schema:name ?name ; org:role/skos:prefLabel ?role .
        OPTIONAL { ?m peel:politicalParty/skos:prefLabel ?party } }""")
    assert set(rows) == {("Roy Wilsher", "HM Inspector of Constabulary", ""),
                         ("Charlie Hall", "chief constable", ""),
                         ("Jonathan Ash-Edwards", "police and crime commissioner", "Conservative Party")}


def test_reported_claims_of_the_chief_constable(store):
    texts = [t for (t,) in select(store, """SELECT ?text WHERE {
        ?c a peel:ReportedStatement ; schema:text ?text ; peel:speaker/schema:name "Charlie Hall" }""")]
    assert any("strong focus" in t and "considerable improvements" in t for t in texts)
    assert any("invited HMICFRS back in the New Year" in t for t in texts)


def test_an_organisation_the_vocabulary_does_not_know_keeps_its_name_but_is_not_inspected():
    """Issue 16: an unknown force-like name is no inspected force (SHACL would rightly refuse the
    inspection); the article still mentions it, by its name."""
    text = "States of Jersey Police was rated good at preventing crime by the inspectorate.\n"
    facts = extract(Source(id="2" * 16, name="jersey.txt", text=text, sha256="2" * 64))
    assert [(o.name, o.iri) for o in facts.organisations] == [("States of Jersey Police", None)]
    assert not facts.inspections and not facts.judgements and not facts.grade_counts


def test_the_same_words_said_of_another_force_are_another_claim(tmp_path):
    """The inspectorate uses the same sentences for many forces: each is a claim about one inspection."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in SEEDS.glob("*.txt"):
        (seeds / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    press_release = (SEEDS / "000_ccf06247f826bedc.txt").read_text(encoding="utf-8")
    (seeds / "002_wiltshire.txt").write_text(press_release.replace("Hertfordshire Constabulary", "Wiltshire Police")
                                             .replace("Hertfordshire", "Wiltshire"), encoding="utf-8")
    store = LocalStore()
    store.load(dataset.build(seeds, tmp_path / "build").out)
    rows = select(store, """SELECT ?claim ?inspection (COUNT(DISTINCT ?src) AS ?n) WHERE {
        ?claim a peel:DirectQuote ; schema:text ?text ; schema:about ?inspection ;
               peel:evidence/nif:referenceContext ?src .
        FILTER(STRSTARTS(?text, "The constabulary must take steps to improve its emergency call handling")) }
        GROUP BY ?claim ?inspection""")
    assert len({claim for claim, _, _ in rows}) == len(rows)  # each claim is about one inspection only
    sources = {}
    for _, inspection, n in rows:
        sources.setdefault(inspection.rsplit("/", 2)[-2], set()).add(n)
    assert sources == {"hertfordshire": {"1", "2"}, "wiltshire": {"1"}}


def test_a_grade_of_an_unknown_force_is_not_given_to_the_article_force():
    text = ("Kent Police was inspected by HMICFRS in 2024.\n\n"
            "States of Jersey Police was rated good at preventing crime by the inspectorate.\n")
    facts = extract(Source(id="3" * 16, name="kent.txt", text=text, sha256="3" * 64))
    assert [i.force.name for i in facts.inspections] == ["Kent Police"]
    assert not facts.judgements
