"""Python twins of ontology/shapes.ttl's SPARQL constraints: the same rows, computed over one graph's index.

Loading graphs into an oxigraph store and querying it cost more than all Core checks
together (~0.8 ms a graph), so each SPARQL constraint of shapes.ttl has a Python twin
here, used only while the constraint's text (comments and spacing aside) is exactly the
SELECT the twin was written for: edit a query and it runs in oxigraph until its twin is
updated. A twin computes the rows for terms whose SPARQL meaning is plain (IRIs, blank
nodes, xsd:string literals, canonical xsd:integer literals, which an oxigraph store keeps
as they are) and raises Unsure on anything else; that graph's constraint then runs in
oxigraph. check_graphs(..., twins=False) runs them all in oxigraph, to compare.
A twin reads the graph as rows(graph, focus nodes), where graph.objects(s, p) and
graph.pairs(p) are engine._Graph's lookups; it answers as if $this were pre-bound to each
focus node in turn (each twinned query binds $this in its first triple pattern).
"""
from __future__ import annotations

import hashlib
import re
from typing import Callable

import pyoxigraph as ox

from .xsd import NUMERIC, XSD

class Unsure(Exception):
    """A term a Python twin does not evaluate exactly as oxigraph does."""


def _normalise(select: str) -> str:
    return " ".join(re.sub(r"(?m)^[ \t]*#.*$", "", select).split())  # [ \t]: \s* over blank lines is quadratic


_STRING = ox.NamedNode(XSD + "string")
_XSD_INTEGER = ox.NamedNode(XSD + "integer")
_INDEX_TYPES = (_XSD_INTEGER, ox.NamedNode(XSD + "nonNegativeInteger"))
_CANONICAL_INTEGER = re.compile(r"^(0|[1-9][0-9]{0,17})$")  # fits oxigraph's 64-bit integers


def _str(term) -> str | None:
    """SPARQL STR(term), None for the error a blank node raises."""
    kind = type(term)
    if kind is ox.NamedNode:
        return term.value
    if kind is ox.Literal:
        if term.datatype == _STRING:
            return term.value
        raise Unsure  # a store rewrites other typed literals to canonical lexical forms
    if kind is ox.BlankNode:
        return None
    raise Unsure


def _index(term, types=_INDEX_TYPES) -> int:
    """A non-negative integer literal in canonical form, else Unsure."""
    if type(term) is ox.Literal and term.datatype in types and _CANONICAL_INTEGER.match(term.value):
        return int(term.value)
    raise Unsure


def _node(term):
    """A term that joins and compares by identity in SPARQL: IRI or blank node."""
    if type(term) is ox.Literal:
        raise Unsure
    return term


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_DIGEST = """SELECT $this ?value WHERE {
    $this schema:text ?text ; peel:sha256 ?value .
    FILTER (STR(?value) != SHA256(STR(?text)))
}"""


def _digest(ns: Callable) -> Callable:
    text_p, sha_p = ns("schema:text"), ns("peel:sha256")

    def rows(g, targets: list) -> list:
        out = []
        for this in targets:
            for text in g.objects(this, text_p):
                text_s = _str(text)
                for value in g.objects(this, sha_p):
                    value_s = _str(value)
                    if text_s is not None and value_s is not None and value_s != _sha256(text_s):
                        out.append((this, None, value))
        return out
    return rows


_SOURCE_IRI = """SELECT $this ?value WHERE {
    $this schema:text ?text .
    BIND (CONCAT(STR(pk:), "source/", SUBSTR(SHA256(STR(?text)), 1, 16)) AS ?value)
    FILTER (STR($this) != ?value)
}"""


def _source_iri(ns: Callable) -> Callable:
    text_p, base = ns("schema:text"), ns("pk:").value + "source/"

    def rows(g, targets: list) -> list:
        out = []
        for this in targets:
            this_s = _str(this)
            for text in g.objects(this, text_p):
                text_s = _str(text)
                if this_s is None or text_s is None:
                    continue
                value = base + _sha256(text_s)[:16]
                if this_s != value:
                    out.append((this, None, ox.Literal(value)))
        return out
    return rows


_ANCHOR_TEXT = """SELECT $this ?value WHERE {
    $this nif:referenceContext ?source ; nif:beginIndex ?begin ; nif:endIndex ?end ;
        nif:anchorOf ?value .
    ?source schema:text ?text .
    FILTER (STR(?value) != SUBSTR(STR(?text), xsd:integer(?begin) + 1, xsd:integer(?end) - xsd:integer(?begin)))
}"""


def _anchor_text(ns: Callable) -> Callable | None:
    if ns("xsd:integer") != _XSD_INTEGER:
        return None
    context_p, begin_p, end_p, anchor_p, text_p = (ns(c) for c in (
        "nif:referenceContext", "nif:beginIndex", "nif:endIndex", "nif:anchorOf", "schema:text"))

    def rows(g, targets: list) -> list:
        out = []
        texts: dict = {}  # source -> STR of its texts: every span of a graph reads the same one
        for this in targets:
            sources = g.objects(this, context_p)
            begins, ends, anchors = g.objects(this, begin_p), g.objects(this, end_p), g.objects(this, anchor_p)
            if not (sources and begins and ends and anchors):
                continue
            for source in sources:
                if source not in texts:
                    texts[source] = [_str(text) for text in g.objects(source, text_p)]
                for text_s in texts[source]:
                    for begin in begins:
                        b = _index(begin)
                        for end in ends:
                            e = _index(end)
                            for value in anchors:
                                value_s = _str(value)
                                # SUBSTR from position b+1 for e-b code points (none when e <= b)
                                if text_s is not None and value_s is not None and value_s != text_s[b:e]:
                                    out.append((this, None, value))
        return out
    return rows


_SPAN_IRI = """SELECT $this ?value WHERE {
    $this nif:referenceContext ?source ; nif:beginIndex ?begin ; nif:endIndex ?end .
    BIND (CONCAT(STR(?source), "#char=", STR(?begin), ",", STR(?end)) AS ?value)
    FILTER (STR($this) != ?value)
}"""


def _span_iri(ns: Callable) -> Callable:
    context_p, begin_p, end_p = ns("nif:referenceContext"), ns("nif:beginIndex"), ns("nif:endIndex")

    def rows(g, targets: list) -> list:
        out = []
        for this in targets:
            begins, ends = g.objects(this, begin_p), g.objects(this, end_p)
            if not (begins and ends):
                continue
            this_s = _str(this)
            for source in g.objects(this, context_p):
                source_s = _str(source)
                for begin in begins:
                    b = str(_index(begin))
                    for end in ends:
                        e = str(_index(end))
                        if this_s is None or source_s is None:
                            continue
                        value = f"{source_s}#char={b},{e}"
                        if this_s != value:
                            out.append((this, None, ox.Literal(value)))
        return out
    return rows


_COUNTS_SUM = """SELECT $this (SUM(?count) AS ?value) WHERE {
    $this peel:gradedAreaCount ?areas .
    ?gradeCount peel:inspection $this ; peel:count ?count .
    FILTER (isNumeric(?count) && isNumeric(?areas))
} GROUP BY $this ?areas
HAVING (SUM(?count) > ?areas || (SUM(?count) < ?areas && COUNT(DISTINCT ?gradeCount) >= 3))"""


def _numeric(term) -> int | None:
    """isNumeric(term): the integer for a canonical xsd:integer, None for a term that is not numeric."""
    if type(term) is not ox.Literal:
        return None
    if term.datatype.value not in NUMERIC:
        return None
    return _index(term, (_XSD_INTEGER,))


def _counts_sum(ns: Callable) -> Callable:
    areas_p, inspection_p, count_p = ns("peel:gradedAreaCount"), ns("peel:inspection"), ns("peel:count")

    def rows(g, targets: list) -> list:
        out = []
        for this in targets:
            areas_list = g.objects(this, areas_p)
            if not areas_list:
                continue
            counted = [(gc, _numeric(c)) for gc, inspection in g.pairs(inspection_p) if inspection == this
                       for c in g.objects(gc, count_p)]
            for areas in areas_list:
                total = _numeric(areas)
                group = [(gc, n) for gc, n in counted if n is not None]
                if total is None or not group:
                    continue
                summed = sum(n for _, n in group)
                if summed > total or (summed < total and len({gc for gc, _ in group}) >= 3):
                    out.append((this, None, ox.Literal(str(summed), datatype=_XSD_INTEGER)))
        return out
    return rows


_ONE_GRADE = """SELECT $this ?value WHERE {
    $this peel:inspection ?inspection ; peel:assessmentArea ?area ; peel:grade ?grade .
    ?other peel:inspection ?inspection ; peel:assessmentArea ?area ; peel:grade ?value .
    FILTER (?value != ?grade)
}"""

_ONE_COUNT = """SELECT $this ?value WHERE {
    $this peel:inspection ?inspection ; peel:grade ?grade ; peel:count ?count .
    ?other peel:inspection ?inspection ; peel:grade ?grade ; peel:count ?value .
    FILTER (?value != ?count)
}"""


def _uniqueness(first: str, second: str, value: str, literal_values: bool) -> Callable:
    """Rows of: $this and ?other share `first` and `second`; ?value (other's `value`) differs from this's."""
    def factory(ns: Callable) -> Callable:
        first_p, second_p, value_p = ns(first), ns(second), ns(value)
        # counts must be xsd:integer: a store would report an xsd:nonNegativeInteger count as xsd:integer
        key = (lambda t: _index(t, (_XSD_INTEGER,))) if literal_values else _node

        def rows(g, targets: list) -> list:
            out = []
            for this in targets:
                mine = g.objects(this, value_p)
                if not mine or not g.objects(this, first_p) or not g.objects(this, second_p):
                    continue
                for a in g.objects(this, first_p):
                    a = _node(a)
                    for b in g.objects(this, second_p):
                        b = _node(b)
                        for other, a2 in g.pairs(first_p):
                            if _node(a2) != a or b not in [_node(x) for x in g.objects(other, second_p)]:
                                continue
                            for theirs in g.objects(other, value_p):
                                for own in mine:
                                    if key(theirs) != key(own):
                                        out.append((this, None, theirs))
            return out
        return rows
    return factory


_TWINS: dict[str, Callable] = {}  # normalised SELECT -> factory(declared prefixes) -> rows(graph, targets)
SELECTS: list[str] = []  # the SELECTs twinned, as written


def _register(select: str, factory: Callable) -> None:
    def with_prefixes(declared: dict[str, str]) -> Callable | None:
        def ns(name: str) -> ox.NamedNode:
            prefix, local = name.split(":", 1)
            if prefix not in declared:
                raise KeyError(prefix)
            return ox.NamedNode(declared[prefix] + local)
        try:
            return factory(ns)
        except KeyError:  # a prefix the constraint does not declare: leave it to oxigraph
            return None
    _TWINS[_normalise(select)] = with_prefixes
    SELECTS.append(select)


for _select, _factory in ((_DIGEST, _digest), (_SOURCE_IRI, _source_iri), (_ANCHOR_TEXT, _anchor_text),
                          (_SPAN_IRI, _span_iri), (_COUNTS_SUM, _counts_sum),
                          (_ONE_GRADE, _uniqueness("peel:inspection", "peel:assessmentArea", "peel:grade", False)),
                          (_ONE_COUNT, _uniqueness("peel:inspection", "peel:grade", "peel:count", True))):
    _register(_select, _factory)


def twin(select: str, declared: dict[str, str]) -> Callable | None:
    """rows(graph, focus nodes) -> [(focus, path or None, value)] for a constraint's SELECT, or None."""
    factory = _TWINS.get(_normalise(select))
    return factory(declared) if factory else None
