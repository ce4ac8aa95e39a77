"""The reference engine: pySHACL, one run per data graph, its results as the fast engine's tuples.

It validates what the fast engine cannot compile, and tests check the fast engine against it.
The data graph is built from pyoxigraph terms as written (literals as xsd.XsdLiteral, so
pySHACL's sh:datatype reads XSD's lexical spaces); pySHACL's own refusals (an ill-formed
shape, $shapesGraph, a ?failure) come back as ShapesError.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterable

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from peelkg.vocab import SH

from .sparql import ShapesError
from .terms import component, curie, path_text, rdflib_graph, rdflib_pairs, severity, show

_PREPARED: dict = {}  # (query text, base, namespaces) -> translated query, per process


@contextmanager
def _prepared_sparql():
    """Reuse each translated SPARQL constraint, as rdflib's prepareQuery intends.

    pySHACL hands rdflib the same constraint text for every focus node and rdflib parses it
    again each time (~25 ms); reusing the translated query changes no result.
    """
    from rdflib.plugins.sparql import processor

    original = processor.SPARQLProcessor.query
    cache = _PREPARED

    def query(self, strOrQuery, initBindings=None, initNs=None, base=None, DEBUG=False):  # noqa: N803 (rdflib's names)
        if isinstance(strOrQuery, str):
            key = (strOrQuery, base, tuple(sorted((k, str(ns)) for k, ns in (initNs or {}).items())))
            if key not in cache:
                cache[key] = processor.translateQuery(processor.parseQuery(strOrQuery), base, initNs)
            strOrQuery = cache[key]
        return original(self, strOrQuery, initBindings, initNs, base, DEBUG)

    processor.SPARQLProcessor.query = query
    try:
        yield
    finally:
        processor.SPARQLProcessor.query = original


def _source_name(data: Graph, source_classes: Iterable[str], identifier: str, fallback: str) -> str:
    for cls in source_classes:
        for s in data.subjects(RDF.type, URIRef(cls)):
            ident = data.value(s, URIRef(identifier))
            if ident is not None:
                return str(ident)
    return fallback


def _imports_declared(shapes: Graph) -> Graph:
    """The shapes graph with what each sh:prefixes ontology owl:imports declared on it too:
    pySHACL reads sh:declare of the sh:prefixes values only, SHACL reads owl:imports* as well."""
    extra = []
    for ontology in set(shapes.objects(None, SH.prefixes)):
        seen, todo = {ontology}, list(shapes.objects(ontology, OWL.imports))
        while todo:
            imported = todo.pop()
            if imported not in seen:
                seen.add(imported)
                todo += shapes.objects(imported, OWL.imports)
                extra += [(ontology, SH.declare, d) for d in shapes.objects(imported, SH.declare)]
    if not extra:
        return shapes
    flat = Graph()
    for triple in shapes:
        flat.add(triple)
    for triple in extra:
        flat.add(triple)
    return flat


def check_graph(name: str, triples: Iterable, shapes: Graph, *, mixed_in: bytes = b"",
                source_classes: Iterable[str] = (), identifier: str = "") -> list[tuple]:
    """pySHACL on one data graph (its triples, plus N-Triples mixed in), as check_graphs's tuples."""
    from pyshacl import validate
    from pyshacl.errors import ConstraintLoadError, ReportableRuntimeError, ShapeLoadError
    from pyshacl.errors import ValidationFailure as PyshaclFailure

    data = Graph()
    if mixed_in:
        data.parse(data=mixed_in, format="nt")
    rdflib_graph(triples, data)
    source = _source_name(data, source_classes, identifier, name)
    try:
        with _prepared_sparql():
            _, results, _ = validate(data, shacl_graph=_imports_declared(shapes), inference="none", inplace=True,
                                     allow_warnings=True)
    except (ConstraintLoadError, ShapeLoadError, PyshaclFailure, NotImplementedError) as err:
        raise ShapesError(f"pySHACL refuses the shapes: {' '.join(str(err).split())}") from None
    except ReportableRuntimeError as err:
        raise ShapesError(f"pySHACL: {' '.join(str(err.message).split())}") from None
    data_pairs = rdflib_pairs(data)

    def shape_pairs(node):
        return (shapes if (node, None, None) in shapes else results).predicate_objects(node)

    found = []
    for r in results.objects(results.value(predicate=RDF.type, object=SH.ValidationReport), SH.result):
        shape = results.value(r, SH.sourceShape)
        constraint = results.value(r, SH.sourceConstraint)
        kind = component(str(results.value(r, SH.sourceConstraintComponent)))
        named = constraint if kind == "SPARQLConstraintComponent" and isinstance(constraint, URIRef) else shape
        value, path = results.value(r, SH.value), results.value(r, SH.resultPath)
        found.append((severity(str(results.value(r, SH.resultSeverity))), source,
                      show(results.value(r, SH.focusNode), data_pairs),
                      "" if path is None else path_text(results, path), kind,
                      curie(str(named)) if isinstance(named, URIRef) else show(named, shape_pairs),
                      str(results.value(r, SH.resultMessage) or ""),
                      "" if value is None else show(value, data_pairs), show(shape, shape_pairs)))
    return found
