"""The dataset's description (VoID + DCAT): title, licence, sources, counts, distributions."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from . import vocab as v

FILE = "void.ttl"
MEDIA_TYPES = {
    "peel.trig": "application/trig",
    "peel.nq": "application/n-quads",
    "peel.ttl": "text/turtle",
    "peel.nt": "application/n-triples",
    "peel.jsonld": "application/ld+json",
}
TITLE = "peelkg: UK police PEEL inspection outcomes as linked data"
DESCRIPTION = ("Grades, grade counts, inspections, people, posts and claims stated in HMICFRS press "
               "releases and news reports about PEEL inspections of police forces in England and Wales; "
               "every fact carries the source and the exact text span that states it.")
RIGHTS = ("The facts and their description are licensed under CC BY 4.0. The short excerpts quoted as "
          "evidence (nif:anchorOf) remain the work of their publishers; the articles' whole texts are not "
          "part of the dataset.")
RIGHTS_WITH_TEXTS = ("The facts and their description are licensed under CC BY 4.0. The article texts "
                     "(schema:text of each source) and the excerpts quoted as evidence (nif:anchorOf) remain "
                     "the work of their publishers: republish them only as their licences allow.")


def _n(iri) -> ox.NamedNode:
    return iri if isinstance(iri, ox.NamedNode) else ox.NamedNode(str(iri))


def _lit(value, datatype=None) -> ox.Literal:
    return ox.Literal(str(value), datatype=_n(datatype) if datatype else None)


def write(folder: Path, graphs: list[tuple[str, int]], sources: list[str], triples: int, entities: int,
          files: dict[str, tuple[int, str]], *, texts: bool = False) -> None:
    """graphs: (graph IRI, triples in it); sources: the sources' IRIs; triples and entities: distinct counts;
    files: each distribution's size in bytes and sha256; texts: whether the sources' whole texts are included."""
    dataset = _n(v.PK["dataset"])
    out: list[ox.Triple] = []

    def add(s, p, o) -> None:
        out.append(ox.Triple(s, _n(p), o))

    add(dataset, v.RDF.type, _n(v.VOID.Dataset))
    add(dataset, v.RDF.type, _n(v.DCAT.Dataset))
    add(dataset, v.DCTERMS.title, _lit(TITLE))
    add(dataset, v.DCTERMS.description, _lit(DESCRIPTION))
    add(dataset, v.DCTERMS.license, _n(v.CC_BY_4))
    add(dataset, v.DCTERMS.rights, _lit(RIGHTS_WITH_TEXTS if texts else RIGHTS))
    add(dataset, v.VOID.triples, _lit(triples, v.XSD.integer))
    add(dataset, v.VOID.uriSpace, _lit(str(v.PK)))
    for vocabulary in (v.SCHEMA, v.PROV, v.ORG, v.SKOS, v.DCTERMS, v.FOAF, v.NIF, v.PEEL):
        add(dataset, v.VOID.vocabulary, _n(vocabulary))
    for source in sorted(sources):
        add(dataset, v.DCTERMS.source, _n(source))
    add(dataset, v.VOID.entities, _lit(entities, v.XSD.integer))
    for graph, count in sorted(graphs):
        subset = _n(f"{v.PK['dataset']}/graph/{graph.removeprefix(str(v.PK))}")
        add(dataset, v.VOID.subset, subset)
        add(subset, v.RDF.type, _n(v.VOID.Dataset))
        add(subset, _n(v.SD.name), _n(graph))
        add(subset, v.VOID.triples, _lit(count, v.XSD.integer))
    for name, media_type in MEDIA_TYPES.items():
        size, sha256 = files[name]
        distribution = _n(f"{v.PK['dataset']}/distribution/{name}")
        add(dataset, v.DCAT.distribution, distribution)
        add(distribution, v.RDF.type, _n(v.DCAT.Distribution))
        add(distribution, v.DCTERMS.title, _lit(name))
        add(distribution, v.DCAT.mediaType, _n(v.MEDIA_TYPE[media_type]))
        add(distribution, v.DCAT.byteSize, _lit(size, v.XSD.nonNegativeInteger))
        add(distribution, v.PEEL.sha256, _lit(sha256))
        add(distribution, v.DCTERMS.license, _n(v.CC_BY_4))
        if name == "peel.nt":
            add(dataset, v.VOID.dataDump, distribution)
    out.sort(key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    ox.serialize(out, output=str(folder / FILE), format=ox.RdfFormat.TURTLE, prefixes=v.PREFIXES)
