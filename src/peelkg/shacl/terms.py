"""Terms as findings show them: CURIEs, literals with their datatype, a blank node by what it
says ([ p o ; … ], so two engines, and a test's expected report, name it alike), property
paths in SPARQL's syntax; and pyoxigraph terms as rdflib terms."""
from __future__ import annotations

import logging
import warnings
from typing import Callable, Iterable

import pyoxigraph as ox
from rdflib import BNode, Graph, URIRef
from rdflib import Literal as RLiteral
from rdflib.collection import Collection

from peelkg.vocab import PREFIXES, RDF, SH

from .xsd import XSD, XsdLiteral

_NAMESPACES = sorted(((ns, p) for p, ns in PREFIXES.items()), key=lambda item: -len(item[0]))
SEVERITIES = {str(SH.Violation): "violation", str(SH.Warning): "warning", str(SH.Info): "info"}
_FIRST, _REST, _NIL = str(RDF.first), str(RDF.rest), str(RDF.nil)
DEPTH = 3  # nested blank nodes shown; deeper ones as [ … ]

Pairs = Callable[[object], Iterable[tuple]]  # node -> its (predicate, object) pairs in the graph it is in


def curie(iri: str) -> str:
    for ns, prefix in _NAMESPACES:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


def severity(iri: str) -> str:
    """'violation', 'warning', 'info', or the CURIE of a severity of the shapes' own."""
    return SEVERITIES.get(iri) or curie(iri)


def component(iri: str) -> str:
    """A constraint component by its local name in sh:, else as a CURIE."""
    return iri[len(str(SH)):] if iri.startswith(str(SH)) else curie(iri)


def _iri(term) -> str | None:
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, URIRef):
        return str(term)
    return None


def show(term, pairs: Pairs | None = None, depth: int = DEPTH) -> str:
    """A pyoxigraph or rdflib term as a short string: CURIE, literal with its datatype, and a
    blank node as its description in its graph (pairs), else by its label."""
    iri = _iri(term)
    if iri is not None:
        return curie(iri)
    if isinstance(term, ox.Literal):
        lexical, datatype, language = term.value, term.datatype.value, term.language
    elif isinstance(term, RLiteral):
        lexical, datatype, language = str(term), str(term.datatype or XSD + "string"), term.language
    elif pairs is None:
        return f"_:{term.value if isinstance(term, ox.BlankNode) else term}"
    else:
        return _describe(term, pairs, depth)
    if language:
        return f'"{lexical}"@{language}'
    if datatype == XSD + "string":
        return f'"{lexical}"'
    return f'"{lexical}"^^{curie(datatype)}'


def _describe(node, pairs: Pairs, depth: int) -> str:
    if depth == 0:
        return "[ … ]"
    props = list(pairs(node))
    items = _list_items(node, props, pairs)
    if items is not None:
        return "( " + " ".join(show(i, pairs, depth - 1) for i in items) + " )" if items else "()"
    parts = sorted(f"{show(p)} {show(o, pairs, depth - 1)}" for p, o in props)
    return "[ " + " ; ".join(parts) + " ]" if parts else "[]"


def _list_items(node, props: list, pairs: Pairs) -> list | None:
    """The members of a well-formed RDF list starting at node, else None."""
    items, seen = [], set()
    while True:
        by = {}
        for p, o in props:
            by.setdefault(_iri(p), []).append(o)
        if set(by) != {_FIRST, _REST} or len(by[_FIRST]) != 1 or len(by[_REST]) != 1 or node in seen:
            return None
        seen.add(node)
        items.append(by[_FIRST][0])
        node = by[_REST][0]
        if _iri(node) == _NIL:
            return items
        if _iri(node) is not None or isinstance(node, (ox.Literal, RLiteral)):
            return None
        props = list(pairs(node))


def rdflib_pairs(graph: Graph) -> Pairs:
    return lambda node: graph.predicate_objects(node)


def path_text(g: Graph, node, nested: bool = False) -> str:
    """A SHACL property path in the shapes graph g, written as a SPARQL property path."""
    if isinstance(node, URIRef):
        return curie(str(node))
    text = None
    for key, suffix in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
        inner = g.value(node, key)
        if inner is not None:
            return path_text(g, inner, True) + suffix
    inner = g.value(node, SH.inversePath)
    if inner is not None:
        return "^" + path_text(g, inner, True)
    alternatives = g.value(node, SH.alternativePath)
    if alternatives is not None:
        text = "|".join(path_text(g, n, True) for n in Collection(g, alternatives))
    elif g.value(node, RDF.first) is not None:
        text = "/".join(path_text(g, n, True) for n in Collection(g, node))
    if text is None:
        raise ValueError(f"not a SHACL property path: {show(node, rdflib_pairs(g))}")
    return f"({text})" if nested else text


def to_rdflib(term):
    """A pyoxigraph term as rdflib's, the lexical form kept as written (literals as XsdLiteral)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return RLiteral(term.value, lang=term.language, normalize=False)
        return XsdLiteral(term.value, datatype=URIRef(term.datatype.value), normalize=False)
    raise ValueError(f"unsupported term: {term!r}")


def to_ox(term):
    """An rdflib term as pyoxigraph's."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD + "string")))


def rdflib_graph(triples: Iterable, graph: Graph | None = None) -> Graph:
    """pyoxigraph triples (or quads: the graph name is not read) added to an rdflib Graph.

    rdflib warns (and logs a traceback) for each literal its converters cannot read: here
    xsd.well_formed judges lexical forms, so those warnings are not passed on."""
    graph = Graph() if graph is None else graph
    term_log = logging.getLogger("rdflib.term")
    level = term_log.level
    term_log.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            for t in triples:
                graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    finally:
        term_log.setLevel(level)
    return graph
