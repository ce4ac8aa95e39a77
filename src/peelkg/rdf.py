"""Facts → RDF quads (pyoxigraph terms): one named graph per source, one per inference rule."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from functools import lru_cache

from pyoxigraph import Literal, NamedNode, Quad

from . import vocab as v
from .facts import ArticleFacts, Claim, Inference, Organisation, Span
from .text import quote_key

RDF_TYPE = NamedNode(str(v.RDF.type))
XSD_DATE = NamedNode(str(v.XSD.date))
XSD_GYEARMONTH = NamedNode(str(v.XSD.gYearMonth))
XSD_GYEAR = NamedNode(str(v.XSD.gYear))
XSD_GMONTHDAY = NamedNode(str(v.XSD.gMonthDay))
XSD_INTEGER = NamedNode(str(v.XSD.integer))
XSD_NNI = NamedNode(str(v.XSD.nonNegativeInteger))


@lru_cache(maxsize=65536)
def _named(iri: str) -> NamedNode:
    return NamedNode(iri)


def N(iri) -> NamedNode:  # noqa: N802 - reads like the N-Triples term it makes
    return _named(str(iri))


class _Terms:
    """The terms of a namespace as pyoxigraph NamedNodes, made once on first use (hot path)."""

    def __init__(self, namespace) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> NamedNode:
        node = NamedNode(str(self._namespace[name]))
        setattr(self, name, node)
        return node


PEEL, SCHEMA, ORG, NIF, PROV = _Terms(v.PEEL), _Terms(v.SCHEMA), _Terms(v.ORG), _Terms(v.NIF), _Terms(v.PROV)
DCT, FOAF, SKOS = _Terms(v.DCTERMS), _Terms(v.FOAF), _Terms(v.SKOS)


def date_literal(value: str) -> Literal:
    datatype = XSD_DATE if len(value) == 10 and not value.startswith("--") else \
        XSD_GMONTHDAY if value.startswith("--") else XSD_GYEAR if len(value) == 4 else XSD_GYEARMONTH
    return Literal(value, datatype=datatype)


def claim_key(speaker_iri: str, text: str, about: str | None = None) -> str:
    # The inspection is part of the claim: the inspectorate says the same sentence of many
    # forces ("the force should do more to ..."), and each is a claim about one force.
    said = f"{speaker_iri}\n{quote_key(text)}" if about is None else f"{speaker_iri}\n{about}\n{quote_key(text)}"
    return hashlib.sha256(said.encode()).hexdigest()[:16]


class SourceGraph:
    """Builds the quads one article states, and those inferred from it."""

    def __init__(self, facts: ArticleFacts) -> None:
        self.facts = facts
        self.source = facts.source
        self.graph = N(v.source_graph_iri(self.source.id))
        self.src = N(v.source_iri(self.source.id))
        self.quads: list[Quad] = []
        self.spans: set[Span] = set()
        self.claimed: set[NamedNode] = set()

    def add(self, s, p, o, graph: NamedNode | None = None) -> None:
        self.quads.append(Quad(s, p if isinstance(p, NamedNode) else N(p),
                               o if isinstance(o, (NamedNode, Literal)) else N(o), graph or self.graph))

    def text(self, s, p, value: str) -> None:
        self.add(s, p, Literal(value))

    def evidence(self, node: NamedNode, span: Span | None) -> None:
        if span is None:
            return
        self.spans.add(span)
        self.add(node, PEEL.evidence, N(v.span_iri(self.source.id, span.start, span.end)))

    def infer(self, s, p, o, inference: Inference) -> None:
        graph = N(v.inferred_graph_iri(inference.rule))
        self.add(s, p, o, graph)
        self.spans.add(inference.derived_from)
        self.add(s, PROV.wasDerivedFrom, N(v.span_iri(self.source.id, inference.derived_from.start,
                                                         inference.derived_from.end)), graph)
        self.add(graph, PEEL.inferenceRule, N(v.rule_iri(inference.rule)), graph)

    def organisation(self, org: Organisation) -> NamedNode:
        """The IRI of an organisation; one the vocabularies do not know is described here."""
        if org.iri and org.iri in v.lexicon().label:
            return N(org.iri)
        node = N(org.iri or v.organisation_iri(org.name))
        self.add(node, RDF_TYPE, ORG.Organization)
        self.text(node, SKOS.prefLabel, org.name)
        self.text(node, SCHEMA.name, org.name)
        self.evidence(node, org.span)
        return node

    def person(self, name: str) -> NamedNode:
        return N(v.person_iri(name))

    def build(self) -> list[Quad]:
        f, src = self.facts, self.src
        self.describe_source()
        names: dict[str, str] = {}
        for person in f.people:
            node = self.person(person.name)
            if node.value in names:
                # Two spellings of one name ('Burns-Williamson', 'Burns Williamson') are one person, whose IRI is the
                # name's slug: the first spelling is its name, the other an alternate one.
                if person.name != names[node.value]:
                    self.text(node, SCHEMA.alternateName, person.name)
                self.evidence(node, person.span)
                continue
            names[node.value] = person.name
            self.add(node, RDF_TYPE, SCHEMA.Person)
            self.add(node, RDF_TYPE, FOAF.Person)
            self.text(node, SCHEMA.name, person.name)
            self.text(node, FOAF.name, person.name)
            self.evidence(node, person.span)
            self.add(src, SCHEMA.mentions, node)
        for org in f.organisations:
            self.add(src, SCHEMA.mentions, self.organisation(org))
        for m in f.memberships:
            self.membership(m)
        inspections = {}
        for inspection in f.inspections:
            inspections[inspection.force.iri or inspection.force.name, inspection.programme, inspection.earlier] = \
                self.inspection(inspection)
        main = next((node for (_, _, earlier), node in inspections.items() if not earlier), None)
        for (force, programme, earlier), node in inspections.items():
            if earlier and (force, programme, False) in inspections:
                self.add(node, PEEL.precedes, inspections[force, programme, False])
        for j in f.judgements:
            ins = inspections[j.force.iri or j.force.name, j.programme, j.earlier]
            node = N(v.judgement_iri(ins.value, j.area, j.grade))
            self.add(node, RDF_TYPE, PEEL.Judgement)
            self.add(node, PEEL.inspection, ins)
            self.add(node, PEEL.assessmentArea, j.area)
            self.add(node, PEEL.grade, j.grade)
            self.evidence(node, j.span)
        for c in f.grade_counts:
            ins = inspections[c.force.iri or c.force.name, c.programme, c.earlier]
            node = N(v.grade_count_iri(ins.value, c.grade, c.count))
            self.add(node, RDF_TYPE, PEEL.GradeCount)
            self.add(node, PEEL.inspection, ins)
            self.add(node, PEEL.grade, c.grade)
            self.add(node, PEEL.count, Literal(str(c.count), datatype=XSD_INTEGER))
            self.evidence(node, c.span)
        for claim in f.claims:
            self.claim(claim, main)
        for event in f.events:
            node = N(v.event_iri(self.source.id, event.name))
            self.add(node, RDF_TYPE, SCHEMA.Event)
            self.text(node, SCHEMA.name, event.name)
            if event.date and not event.date.value.startswith("--"):
                # A day without a year is no xsd:date: it stays in the evidence, its completion is inferred.
                self.add(node, SCHEMA.startDate, date_literal(event.date.value))
            if event.date_inferred:
                self.infer(node, SCHEMA.startDate, date_literal(event.date_inferred.value), event.date_inferred)
            self.evidence(node, event.span)
            self.add(src, SCHEMA.mentions, node)
        self.describe_spans()
        return self.quads

    def describe_source(self) -> None:
        f, src, meta = self.facts, self.src, self.source.metadata
        self.add(src, RDF_TYPE, PEEL.PressRelease if f.kind == "press release" else SCHEMA.NewsArticle)
        self.add(src, RDF_TYPE, PROV.Entity)
        self.text(src, DCT.identifier, self.source.name)
        self.text(src, PEEL.sha256, self.source.sha256)
        self.text(src, SCHEMA.text, self.source.text)
        if meta.title:
            self.text(src, DCT.title, meta.title)
        if f.headline:
            self.text(src, SCHEMA.headline, f.headline.text)
        if meta.url:
            self.add(src, SCHEMA.url, N(meta.url))
        published = f.published.value if f.published else meta.published.isoformat() if meta.published else None
        if published:
            self.add(src, SCHEMA.datePublished, date_literal(published))
        if f.published:
            self.spans.add(f.published.span)
        if meta.publisher:
            found = list(v.lexicon().organisations.finditer(meta.publisher))
            exact = [iri for start, end, iri in found if start == 0 and end == len(meta.publisher)]
            publisher = N(exact[0]) if exact else self.organisation(Organisation(meta.publisher))
            self.add(src, SCHEMA.publisher, publisher)

    def membership(self, m) -> None:
        person = self.person(m.person)
        org = self.organisation_for_post(m.organisation, m.role)
        node = N(v.membership_iri(person.value, m.role, org.value))
        self.add(node, RDF_TYPE, ORG.Membership)
        self.add(node, ORG.member, person)
        self.add(node, ORG.role, m.role)
        self.add(node, ORG.organization, org)
        if m.party:
            self.add(node, PEEL.politicalParty, self.organisation(m.party))
        self.evidence(node, m.span)

    def organisation_for_post(self, org: Organisation, role: str) -> NamedNode:
        if org.iri and org.iri.startswith(v.UNNAMED_ORGANISATIONS):
            # The organisation of a post the source never names: described by what the post is in, with the post's span.
            node = N(org.iri)
            self.add(node, RDF_TYPE, ORG.Organization)
            self.add(node, RDF_TYPE, PEEL.UnnamedOrganisation)
            self.text(node, SKOS.prefLabel, org.name)
            self.evidence(node, org.span)
            return node
        if org.iri and "/org/" in org.iri and org.iri not in v.lexicon().label:
            # An office minted for a post (a PCC's office, a council of a police area): described
            # from the vocabularies' names, of the kind of organisation the post is in.
            node = N(org.iri)
            self.add(node, RDF_TYPE, ORG.FormalOrganization)
            self.add(node, RDF_TYPE, N(v.lexicon().role_post_in.get(role, str(PEEL.PoliceGovernanceOffice))))
            self.text(node, SKOS.prefLabel, org.name)
            self.text(node, SCHEMA.name, org.name)
            return node
        return self.organisation(org)

    def inspection(self, inspection) -> NamedNode:
        force = self.organisation(inspection.force)
        node = N(v.inspection_iri(force.value, inspection.programme, inspection.earlier))
        self.add(node, RDF_TYPE, PEEL.Inspection)
        self.add(node, PEEL.inspectedOrganization, force)
        self.add(node, PEEL.inspectingBody, inspection.inspectorate)
        if inspection.programme_inferred:
            self.infer(node, PEEL.programme, N(inspection.programme), inspection.programme_inferred)
        else:
            self.add(node, PEEL.programme, inspection.programme)
        for name in inspection.inspectors:
            self.add(node, PEEL.inspector, self.person(name))
        for prop, value in ((PEEL.periodStart, inspection.period_start), (PEEL.periodEnd, inspection.period_end)):
            if value:
                self.add(node, prop, date_literal(value.value))
                self.evidence(node, value.span)
        for prop, inferred in ((PEEL.periodStart, inspection.period_start_inferred),
                               (PEEL.periodEnd, inspection.period_end_inferred)):
            if inferred:
                self.infer(node, prop, date_literal(inferred.value), inferred)
        if inspection.graded_area_count is not None:
            self.add(node, PEEL.gradedAreaCount, Literal(str(inspection.graded_area_count), datatype=XSD_INTEGER))
            self.evidence(node, inspection.graded_area_count_span)
        self.evidence(node, inspection.span)
        self.add(self.src, SCHEMA.about, node)
        return node

    def claim(self, claim: Claim, inspection: NamedNode | None) -> None:
        speaker = self.person(claim.speaker) if isinstance(claim.speaker, str) else self.organisation(claim.speaker)
        node = N(v.claim_iri(claim_key(speaker.value, claim.text, inspection.value if inspection else None)))
        if node in self.claimed:  # said again ('… for Kent Police.' and '… for Kent Police'): one claim, its first wording
            self.evidence(node, claim.span)
            return
        self.claimed.add(node)
        self.add(node, RDF_TYPE, PEEL.Claim)
        self.add(node, RDF_TYPE, PEEL.DirectQuote if claim.direct else PEEL.ReportedStatement)
        self.add(node, PEEL.speaker, speaker)
        self.text(node, SCHEMA.text, claim.text)
        if inspection is not None:
            self.add(node, SCHEMA.about, inspection)
        for area in claim.areas:
            self.add(node, PEEL.assessmentArea, area)
        if claim.date_inferred:
            self.infer(node, SCHEMA.dateCreated, date_literal(claim.date_inferred.value), claim.date_inferred)
        self.evidence(node, claim.span)

    def describe_spans(self) -> None:
        for span in sorted(s for s in self.spans if s is not None):
            node = N(v.span_iri(self.source.id, span.start, span.end))
            self.add(node, RDF_TYPE, NIF.String)
            self.add(node, RDF_TYPE, PEEL.TextSpan)
            self.add(node, NIF.beginIndex, Literal(str(span.start), datatype=XSD_NNI))
            self.add(node, NIF.endIndex, Literal(str(span.end), datatype=XSD_NNI))
            self.text(node, NIF.anchorOf, span.text)
            self.add(node, NIF.referenceContext, self.src)


def article_quads(facts: ArticleFacts) -> list[Quad]:
    """Every quad one article yields: its source graph and its inferred facts."""
    return SourceGraph(facts).build()


def without_text(quads: Iterable[Quad], source_id: str) -> list[Quad]:
    """The quads less the article's whole text (schema:text of the source): the text remains its
    publisher's, and the evidence spans keep the short excerpts that state each fact."""
    src = N(v.source_iri(source_id))
    return [q for q in quads if not (q.predicate == SCHEMA.text and q.subject == src)]


def canonical(quads: Iterable[Quad]) -> list[Quad]:
    """One order for the same input, whatever ran in parallel: graph by graph (the reference
    graph, then each source's in the order of its article, then the rest by IRI), each
    quad once, in the order the converter made it. Byte-identical output needs no sort."""
    graphs: dict[str, dict[Quad, None]] = {}
    for quad in quads:
        graphs.setdefault(quad.graph_name.value, {})[quad] = None
    reference, sources = str(v.REFERENCE_GRAPH), str(v.source_graph_iri(""))
    order = sorted(graphs, key=lambda g: (g != reference, not g.startswith(sources),
                                          "" if g.startswith(sources) else g))
    return [quad for graph in order for quad in graphs[graph]]


def iter_graphs(quads: list[Quad]) -> Iterator[tuple[str, list[Quad]]]:
    current, batch = None, []
    for quad in quads:
        if quad.graph_name != current and batch:
            yield str(current.value), batch
            batch = []
        current = quad.graph_name
        batch.append(quad)
    if batch:
        yield str(current.value), batch
