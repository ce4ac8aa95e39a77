"""The fast SHACL engine: ontology/shapes.ttl compiled once, checked over many small graphs in Python."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Callable, Iterable, Sequence

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib import Literal as RLiteral
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS

from peelkg.vocab import DCTERMS, ONTOLOGY_DIR, PEEL, PREFIXES, SCHEMA, SH
from peelkg.vocab import XSD as XSD_NS

SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
VOCAB_DIR = ONTOLOGY_DIR / "vocab"
SEVERITIES = {str(SH.Violation): "violation", str(SH.Warning): "warning", str(SH.Info): "info"}
XSD = str(XSD_NS)
SOURCE_CLASSES = (str(SCHEMA.NewsArticle), str(PEEL.PressRelease))
IDENTIFIER = str(DCTERMS.identifier)

# ---------------------------------------------------------------------------------------
# Rendering terms
# ---------------------------------------------------------------------------------------

_NAMESPACES = sorted(((ns, p) for p, ns in PREFIXES.items()), key=lambda item: -len(item[0]))


def curie(iri: str) -> str:
    for ns, prefix in _NAMESPACES:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


def show(term) -> str:
    """A pyoxigraph or rdflib term as a short string (CURIE, or literal with its datatype)."""
    if isinstance(term, (ox.NamedNode, URIRef)):
        return curie(term.value if isinstance(term, ox.NamedNode) else str(term))
    if isinstance(term, ox.Literal):
        lexical, datatype, language = term.value, term.datatype.value, term.language
    elif isinstance(term, RLiteral):
        lexical, datatype, language = str(term), str(term.datatype or XSD + "string"), term.language
    else:
        return f"_:{term.value if isinstance(term, ox.BlankNode) else term}"
    if language:
        return f'"{lexical}"@{language}'
    if datatype == XSD + "string":
        return f'"{lexical}"'
    return f'"{lexical}"^^{curie(datatype)}'


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    return Graph().parse(SHAPES_FILE)


@lru_cache(maxsize=1)
def vocab_ntriples() -> bytes:
    """The vocabularies mixed into every data graph, as N-Triples (loaded once per process)."""
    g = Graph()
    for f in sorted(VOCAB_DIR.glob("*.ttl")):
        g.parse(f)
    return g.serialize(format="nt", encoding="utf-8")


# ---------------------------------------------------------------------------------------
# Graphs and views
# ---------------------------------------------------------------------------------------

_RDF_TYPE = ox.NamedNode(str(RDF.type))
_SUBCLASS = ox.NamedNode(str(RDFS.subClassOf))
_IDENTIFIER = ox.NamedNode(IDENTIFIER)
_SOURCE_CLASSES = tuple(ox.NamedNode(c) for c in SOURCE_CLASSES)


class _Graph:
    """Subject -> predicate -> objects (each triple once), and type -> subjects, over some triples."""

    __slots__ = ("out", "instances", "subclasses", "_pairs")

    def __init__(self, triples: Iterable) -> None:
        out: dict = {}
        for t in triples:  # ox.Triple or ox.Quad: the graph name is not read
            s, p, o = t.subject, t.predicate, t.object
            props = out.get(s)
            if props is None:
                out[s] = props = {}
            values = props.get(p)
            if values is None:
                props[p] = [o]
            elif o not in values:
                values.append(o)
        instances: dict = {}
        subclasses: dict = {}
        for s, props in out.items():
            for o in props.get(_RDF_TYPE, ()):
                instances.setdefault(o, []).append(s)
            for o in props.get(_SUBCLASS, ()):
                subclasses.setdefault(o, []).append(s)
        self.out, self.instances, self.subclasses, self._pairs = out, instances, subclasses, {}

    def objects(self, s, p) -> list:
        props = self.out.get(s)
        return props.get(p, ()) if props else ()

    def pairs(self, p) -> list:
        """(subject, object) of every triple with predicate p."""
        found = self._pairs.get(p)
        if found is None:
            found = self._pairs[p] = [(s, o) for s, props in self.out.items() for o in props.get(p, ())]
        return found

    def source_name(self, fallback: str) -> str:
        for cls in _SOURCE_CLASSES:
            for s in self.instances.get(cls, ()):
                for ident in self.objects(s, _IDENTIFIER):
                    return ident.value
        return fallback


def _closure(cls, graphs: Sequence[_Graph]) -> frozenset:
    """cls and its subclasses (SHACL: rdfs:subClassOf* in the data graph)."""
    found, todo = {cls}, [cls]
    while todo:
        c = todo.pop()
        for g in graphs:
            for s in g.subclasses.get(c, ()):
                if s not in found:
                    found.add(s)
                    todo.append(s)
    return frozenset(found)


class _View:
    """One data graph with the vocabularies mixed in."""

    __slots__ = ("data", "vocab", "_classes", "_vocab_out", "_data_out")

    def __init__(self, data: _Graph, vocab: _Vocab) -> None:
        self.data, self.vocab = data, vocab
        self._data_out, self._vocab_out = data.out, vocab.graph.out
        # Subclass closures come from the vocabularies unless the data graph adds subclass axioms.
        self._classes = vocab.classes if not data.subclasses else {}

    def objects(self, s, p):
        d = self._data_out.get(s)
        v = self._vocab_out.get(s)
        if v is None:
            return d.get(p, ()) if d else ()
        b = v.get(p, ())
        if not d:
            return b
        a = d.get(p, ())
        if not b:
            return a
        return list(a) + [o for o in b if o not in a]

    def classes(self, cls) -> frozenset:
        found = self._classes.get(cls)
        if found is None:
            found = self._classes[cls] = _closure(cls, (self.data, self.vocab.graph))
        return found

    def is_instance(self, node, classes: frozenset) -> bool:
        if type(node) is ox.Literal:
            return False
        d = self._data_out.get(node)
        if d:
            for t in d.get(_RDF_TYPE, ()):
                if t in classes:
                    return True
        v = self._vocab_out.get(node)
        if v:
            for t in v.get(_RDF_TYPE, ()):
                if t in classes:
                    return True
        return False

    def targets(self, shape: _NodeShape) -> list:
        out: dict = {}
        data, vocab = self.data.instances, self.vocab.graph.instances
        for cls in shape.targets:
            for c in self.classes(cls):
                for s in data.get(c, ()):
                    out[s] = None
                for s in vocab.get(c, ()):
                    out[s] = None
        return list(out)


class _Vocab:
    """The vocabularies, indexed once per process, with the subclass closures they imply."""

    def __init__(self, graph: _Graph) -> None:
        self.graph = graph
        self.classes: dict = {}  # class -> closure, shared by every view whose graph adds no subclass axiom


# ---------------------------------------------------------------------------------------
# Value checks (the SHACL Core components the shapes use)
# ---------------------------------------------------------------------------------------

_INTEGER = re.compile(r"^[+-]?\d+$")
_DATE = re.compile(r"^(-?\d{4,})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$")
_GYEARMONTH = re.compile(r"^-?\d{4,}-(0[1-9]|1[0-2])(Z|[+-]\d{2}:\d{2})?$")
_NUMERIC = {XSD + t for t in ("integer", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
                              "negativeInteger", "int", "long", "short", "byte", "decimal", "double", "float",
                              "unsignedInt", "unsignedLong")}


def _is_date(lexical: str) -> bool:
    m = _DATE.match(lexical)
    if not m:
        return False
    try:
        date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return False
    return True


# Lexical-form checks by datatype; a datatype not listed accepts every lexical form.
_WELL_FORMED: dict[str, Callable[[str], bool]] = {
    XSD + "integer": lambda s: bool(_INTEGER.match(s)),
    XSD + "int": lambda s: bool(_INTEGER.match(s)),
    XSD + "long": lambda s: bool(_INTEGER.match(s)),
    XSD + "nonNegativeInteger": lambda s: bool(_INTEGER.match(s)) and int(s) >= 0,
    XSD + "date": _is_date,
    XSD + "gYearMonth": lambda s: bool(_GYEARMONTH.match(s)),
    XSD + "boolean": lambda s: s in ("true", "false", "1", "0"),
}


def _number(term) -> Decimal | None:
    if type(term) is ox.Literal and term.datatype.value in _NUMERIC:
        try:
            return Decimal(term.value)
        except InvalidOperation:
            return None
    return None


_NODE_KINDS = {str(SH.IRI): (ox.NamedNode,), str(SH.Literal): (ox.Literal,), str(SH.BlankNode): (ox.BlankNode,),
               str(SH.BlankNodeOrIRI): (ox.BlankNode, ox.NamedNode),
               str(SH.IRIOrLiteral): (ox.NamedNode, ox.Literal),
               str(SH.BlankNodeOrLiteral): (ox.BlankNode, ox.Literal)}


def _value_test(component: str, param) -> Callable:
    """test(view, value) -> bool for a value-type constraint."""
    if component == "ClassConstraintComponent":
        return lambda view, v: view.is_instance(v, view.classes(param))
    if component == "DatatypeConstraintComponent":
        well_formed = _WELL_FORMED.get(param.value)
        if well_formed is None:
            return lambda view, v: type(v) is ox.Literal and v.datatype == param
        return lambda view, v: type(v) is ox.Literal and v.datatype == param and well_formed(v.value)
    if component == "NodeKindConstraintComponent":
        kinds = _NODE_KINDS[param.value]
        return lambda view, v: isinstance(v, kinds)
    raise ValueError(component)


# A check runs once per property shape and graph, over all focus nodes at once:
# check(view, focus_nodes, values per focus node) -> [(focus, value or None, component)].

def _value_check(component: str, test: Callable) -> Callable:
    """A check from a per-value test(view, value) -> bool."""
    def check(view, focus_nodes, values_list):
        return [(f, v, component) for f, values in zip(focus_nodes, values_list) for v in values
                if not test(view, v)]
    return check


def _constraint_check(component: str, param) -> Callable:
    if component == "MinCountConstraintComponent":
        return lambda view, fs, vs: [(f, None, component) for f, values in zip(fs, vs) if len(values) < param]
    if component == "MaxCountConstraintComponent":
        return lambda view, fs, vs: [(f, None, component) for f, values in zip(fs, vs) if len(values) > param]
    if component == "HasValueConstraintComponent":
        return lambda view, fs, vs: [(f, None, component) for f, values in zip(fs, vs) if param not in values]
    if component == "ClassConstraintComponent":
        def check_class(view, fs, vs):
            classes, is_instance = view.classes(param), view.is_instance
            return [(f, v, component) for f, values in zip(fs, vs) for v in values if not is_instance(v, classes)]
        return check_class
    if component == "DatatypeConstraintComponent":
        well_formed = _WELL_FORMED.get(param.value, lambda lexical: True)
        literal = ox.Literal
        return lambda view, fs, vs: [
            (f, v, component) for f, values in zip(fs, vs) for v in values
            if not (type(v) is literal and v.datatype == param and well_formed(v.value))]
    if component == "NodeKindConstraintComponent":
        kinds = _NODE_KINDS[param.value]
        return lambda view, fs, vs: [(f, v, component) for f, values in zip(fs, vs) for v in values
                                     if not isinstance(v, kinds)]
    if component == "OrConstraintComponent":
        members = [[_value_test(c, p) for c, p in member] for member in param]

        def any_member(view, v):
            for tests in members:
                for test in tests:
                    if not test(view, v):
                        break
                else:
                    return True
            return False
        return _value_check(component, any_member)
    if component == "PatternConstraintComponent":
        return _value_check(component, lambda view, v: type(v) is not ox.BlankNode and param.search(v.value))
    if component == "MinLengthConstraintComponent":
        return _value_check(component, lambda view, v: type(v) is not ox.BlankNode and len(v.value) >= param)
    if component == "MinInclusiveConstraintComponent":
        bound = _number(param)

        def at_least(view, v):
            n = _number(v)
            return n is not None and not n < bound
        return _value_check(component, at_least)
    if component == "LessThanConstraintComponent":
        def less_than(view, fs, vs):
            failures = []
            for focus, values in zip(fs, vs):
                if not values:
                    continue
                others = view.objects(focus, param)
                for v in values:
                    for w in others:
                        a, b = _number(v), _number(w)
                        if a is None or b is None or not a < b:
                            failures.append((focus, v, component))
                            break
            return failures
        return less_than
    raise ValueError(component)


# ---------------------------------------------------------------------------------------
# Shapes, compiled once per process
# ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Path:
    kind: str  # 'pred' | 'seq' | 'alt'
    parts: tuple  # pyoxigraph NamedNode for 'pred'; _Path items otherwise
    text: str  # rendered as in findings


@dataclass(frozen=True)
class _Property:
    iri: str
    path: _Path
    checks: tuple  # check(view, focus_nodes, values_list) per constraint
    message: str
    severity: str
    shown: str  # curie(iri)


@dataclass(frozen=True)
class _Sparql:
    iri: str
    query: str  # rewritten to run over all named graphs of a store at once
    message: str
    native: Callable | None  # the same rows computed in Python for one graph (see _NATIVE), or None


@dataclass(frozen=True)
class _NodeShape:
    iri: str
    targets: tuple[ox.NamedNode, ...]
    severity: str
    properties: tuple[_Property, ...]
    sparql: tuple[_Sparql, ...]


def _values(view: _View, focus, path: _Path):
    if path.kind == "pred":
        return view.objects(focus, path.parts[0])
    if path.kind == "alt":
        out: list = []
        for part in path.parts:
            out += [v for v in _values(view, focus, part) if v not in out]
        return out
    nodes = [focus]
    for part in path.parts:
        step: list = []
        for n in nodes:
            step += [v for v in _values(view, n, part) if v not in step]
        nodes = step
    return nodes


# value-type constraints allowed inside sh:or
_VALUE_COMPONENTS = {SH["class"]: "ClassConstraintComponent", SH.datatype: "DatatypeConstraintComponent",
                     SH.nodeKind: "NodeKindConstraintComponent"}
_PROPERTY_COMPONENTS = {
    **_VALUE_COMPONENTS,
    SH.minCount: "MinCountConstraintComponent", SH.maxCount: "MaxCountConstraintComponent",
    SH.pattern: "PatternConstraintComponent", SH.minLength: "MinLengthConstraintComponent",
    SH.minInclusive: "MinInclusiveConstraintComponent", SH.hasValue: "HasValueConstraintComponent",
    SH.lessThan: "LessThanConstraintComponent", SH["or"]: "OrConstraintComponent",
}
_IGNORED = {RDF.type, SH.path, SH.message, SH.severity, SH.name, SH.description, RDFS.label, RDFS.comment,
            SH.flags}


def _ox(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, RLiteral):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD + "string")))
    raise ValueError(f"unsupported term in shapes: {term!r}")


def _path(g: Graph, node) -> _Path:
    if isinstance(node, URIRef):
        return _Path("pred", (ox.NamedNode(str(node)),), curie(str(node)))
    alternatives = g.value(node, SH.alternativePath)
    if alternatives is not None:
        parts = tuple(_path(g, n) for n in Collection(g, alternatives))
        return _Path("alt", parts, "|".join(p.text for p in parts))
    if g.value(node, RDF.first) is not None:
        parts = tuple(_path(g, n) for n in Collection(g, node))
        return _Path("seq", parts, "/".join(p.text for p in parts))
    raise ValueError(f"the fast engine supports predicate, sequence and alternative paths only: {node}")


def _rewrite_per_graph(select: str, prefixes: str) -> str:
    """Wrap the WHERE clause in GRAPH ?__graph so one query covers every graph of a store."""
    if re.search(r"\$(PATH|shapesGraph|currentShape)\b", select):
        raise ValueError("the fast engine does not pre-bind $PATH, $shapesGraph or $currentShape")
    head = re.search(r"^\s*SELECT(\s+(DISTINCT|REDUCED))?", select, re.I)
    where = re.search(r"\bWHERE\s*\{", select, re.I)
    if not head or not where:
        raise ValueError(f"cannot rewrite SPARQL constraint: {select}")
    depth, close = 1, where.end()
    while depth:
        if close >= len(select):
            raise ValueError(f"unbalanced braces in SPARQL constraint: {select}")
        depth += {"{": 1, "}": -1}.get(select[close], 0)
        close += 1
    body, tail = select[where.end():close - 1], select[close:]
    # oxigraph evaluates a sub-SELECT inside GRAPH ?g over every graph, unlike the spec
    if re.search(r"\bSELECT\b", body, re.I):
        raise ValueError("the fast engine cannot run SPARQL constraints with subqueries; use GROUP BY/HAVING")
    tail = re.sub(r"\bGROUP\s+BY\b", "GROUP BY ?__graph", tail, flags=re.I)
    return (f"{prefixes}SELECT{head.group(1) or ''} ?__graph{select[head.end():where.start()]}"
            f"WHERE {{ GRAPH ?__graph {{{body}}} }}{tail}")


def _declared(g: Graph, node) -> dict[str, str]:
    """Prefix -> namespace, as the constraint's sh:prefixes declare them."""
    return {str(g.value(decl, SH.prefix)): str(g.value(decl, SH.namespace))
            for ontology in g.objects(node, SH.prefixes) for decl in g.objects(ontology, SH.declare)}


def _check_keys(g: Graph, node, allowed: Iterable) -> None:
    for p in set(g.predicates(node)) - set(allowed) - _IGNORED:
        raise ValueError(f"the fast engine does not support {curie(str(p))} (on {node}); "
                         "add it to peelkg.shacl or use engine='pyshacl'")


def _compile(shapes: Graph) -> tuple[_NodeShape, ...]:
    compiled = []
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(SH.targetClass, None))
    for ns in sorted(node_shapes, key=str):
        _check_keys(shapes, ns, {SH.targetClass, SH.property, SH.sparql})
        severity = SEVERITIES[str(shapes.value(ns, SH.severity) or SH.Violation)]
        props = []
        for ps in sorted(shapes.objects(ns, SH.property), key=str):
            _check_keys(shapes, ps, _PROPERTY_COMPONENTS)
            checks = []
            for p, name in _PROPERTY_COMPONENTS.items():
                for o in shapes.objects(ps, p):
                    if p == SH["or"]:
                        members = []
                        for member in Collection(shapes, o):
                            _check_keys(shapes, member, _VALUE_COMPONENTS)
                            members.append(tuple((_VALUE_COMPONENTS[q], _ox(v)) for q, v in
                                                 shapes.predicate_objects(member) if q in _VALUE_COMPONENTS))
                        param = tuple(members)
                    elif p == SH.pattern:
                        flags = str(shapes.value(ps, SH.flags) or "")
                        param = re.compile(str(o), re.I if "i" in flags else 0)
                    elif p in (SH.minCount, SH.maxCount, SH.minLength):
                        param = int(o)
                    else:
                        param = _ox(o)
                    checks.append(_constraint_check(name, param))
            props.append(_Property(str(ps), _path(shapes, shapes.value(ps, SH.path)), tuple(checks),
                                   str(shapes.value(ps, SH.message) or ""),
                                   SEVERITIES[str(shapes.value(ps, SH.severity) or SH.Violation)], curie(str(ps))))
        sparql = []
        for c in sorted(shapes.objects(ns, SH.sparql), key=str):
            _check_keys(shapes, c, {SH.select, SH.prefixes})
            select, declared = str(shapes.value(c, SH.select)), _declared(shapes, c)
            prefixes = "".join(sorted(f"PREFIX {p}: <{iri}>\n" for p, iri in declared.items()))
            factory = _NATIVE.get(_normalise(select))
            sparql.append(_Sparql(str(c), _rewrite_per_graph(select, prefixes),
                                  str(shapes.value(c, SH.message) or shapes.value(ns, SH.message) or ""),
                                  factory(declared) if factory else None))
        compiled.append(_NodeShape(str(ns), tuple(ox.NamedNode(str(t)) for t in shapes.objects(ns, SH.targetClass)),
                                   severity, tuple(props), tuple(sparql)))
    return tuple(compiled)


@lru_cache(maxsize=1)
def _engine() -> tuple[tuple[_NodeShape, ...], _Vocab]:
    vocab = _Vocab(_Graph(ox.parse(vocab_ntriples(), format=ox.RdfFormat.N_TRIPLES)))
    return _compile(shapes_graph()), vocab


# ---------------------------------------------------------------------------------------
# SPARQL constraints in Python
# ---------------------------------------------------------------------------------------
# Loading graphs into an oxigraph store and querying it cost more than all Core checks
# together (~0.8 ms a graph), so each SPARQL constraint of shapes.ttl has a Python twin
# here, used only while the constraint's text (comments and spacing aside) is exactly the
# SELECT the twin was written for: edit a query and it runs in oxigraph until its twin is
# updated. A twin computes the rows for terms whose SPARQL meaning is plain (IRIs, blank
# nodes, xsd:string literals, canonical xsd:integer literals, which an oxigraph store keeps
# as they are) and raises _Unsure on anything else; that graph's constraint then runs in
# oxigraph. check_graphs(..., twins=False) runs them all in oxigraph, to compare.

class _Unsure(Exception):
    """A term a Python twin does not evaluate exactly as oxigraph does."""


def _normalise(select: str) -> str:
    return " ".join(re.sub(r"(?m)^\s*#.*$", "", select).split())


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
        raise _Unsure  # a store rewrites other typed literals to canonical lexical forms
    if kind is ox.BlankNode:
        return None
    raise _Unsure


def _index(term, types=_INDEX_TYPES) -> int:
    """A non-negative integer literal in canonical form, else _Unsure."""
    if type(term) is ox.Literal and term.datatype in types and _CANONICAL_INTEGER.match(term.value):
        return int(term.value)
    raise _Unsure


def _node(term):
    """A term that joins and compares by identity in SPARQL: IRI or blank node."""
    if type(term) is ox.Literal:
        raise _Unsure
    return term


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_DIGEST = """SELECT $this ?value WHERE {
    $this schema:text ?text ; peel:sha256 ?value .
    FILTER (STR(?value) != SHA256(STR(?text)))
}"""


def _digest(ns: Callable) -> Callable:
    text_p, sha_p = ns("schema:text"), ns("peel:sha256")

    def rows(g: _Graph, targets: list) -> list:
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

    def rows(g: _Graph, targets: list) -> list:
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

    def rows(g: _Graph, targets: list) -> list:
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

    def rows(g: _Graph, targets: list) -> list:
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
    if term.datatype.value not in _NUMERIC:
        return None
    return _index(term, (_XSD_INTEGER,))


def _counts_sum(ns: Callable) -> Callable:
    areas_p, inspection_p, count_p = ns("peel:gradedAreaCount"), ns("peel:inspection"), ns("peel:count")

    def rows(g: _Graph, targets: list) -> list:
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

        def rows(g: _Graph, targets: list) -> list:
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


_NATIVE: dict[str, Callable] = {}  # normalised SELECT -> factory(declared prefixes) -> rows(graph, targets)


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
    _NATIVE[_normalise(select)] = with_prefixes


for _select, _factory in ((_DIGEST, _digest), (_SOURCE_IRI, _source_iri), (_ANCHOR_TEXT, _anchor_text),
                          (_SPAN_IRI, _span_iri), (_COUNTS_SUM, _counts_sum),
                          (_ONE_GRADE, _uniqueness("peel:inspection", "peel:assessmentArea", "peel:grade", False)),
                          (_ONE_COUNT, _uniqueness("peel:inspection", "peel:grade", "peel:count", True))):
    _register(_select, _factory)


# ---------------------------------------------------------------------------------------
# Checking graphs
# ---------------------------------------------------------------------------------------

def _graph_node(name: str) -> ox.NamedNode:
    if re.match(r"^[a-z][a-z0-9+.-]*:", name, re.I):
        return ox.NamedNode(name)
    return ox.NamedNode("urn:peelkg:file:" + re.sub(r"[^A-Za-z0-9._/-]", "_", name))


_NO_PROPS: dict = {}


def check_graphs(graphs: Iterable[tuple[str, Iterable]], *, twins: bool = True) -> list[tuple]:
    """Check each (name, triples) against the shapes, the vocabularies mixed in; one tuple per result.

    triples: ox.Triple or ox.Quad (the graph name is ignored), each graph read once.
    A tuple holds (severity, source, focus, path, component, shape, message, value), as
    validate.Finding; `source` is the graph's dct:identifier, else its name. twins=False
    runs every SPARQL constraint in oxigraph (the reference the Python twins are checked against).
    """
    shapes, vocab = _engine()
    results: list[tuple] = []
    fallback: dict = {}  # constraint -> graph nodes it must run on in oxigraph
    loaded: dict = {}  # graph node -> (triples, source name, focus nodes by shape) for the fallback store
    for name, triples in graphs:
        triples = triples if isinstance(triples, (list, tuple)) else list(triples)
        data = _Graph(triples)
        view = _View(data, vocab)
        objects, data_out, vocab_out = view.objects, data.out, vocab.graph.out
        source = data.source_name(name)
        graph_targets = {}
        for shape in shapes:
            focus_nodes = view.targets(shape)
            if not focus_nodes:
                continue
            graph_targets[shape.iri] = focus_nodes
            for prop in shape.properties:
                path = prop.path
                if path.kind == "pred":
                    p = path.parts[0]
                    # a focus node the vocabularies also describe takes the merging lookup
                    values_list = [objects(f, p) if f in vocab_out else data_out.get(f, _NO_PROPS).get(p, ())
                                   for f in focus_nodes]
                else:
                    values_list = [_values(view, f, path) for f in focus_nodes]
                for check in prop.checks:
                    for focus, value, component in check(view, focus_nodes, values_list):
                        results.append((prop.severity, source, show(focus), path.text, component, prop.shown,
                                        prop.message, "" if value is None else show(value)))
            for constraint in shape.sparql:
                rows = None
                if twins and constraint.native is not None:
                    try:
                        rows = constraint.native(data, focus_nodes)
                    except _Unsure:
                        rows = None
                if rows is None:
                    node = _graph_node(name)
                    fallback.setdefault(constraint, set()).add(node)
                    loaded.setdefault(node, (triples, source, graph_targets))
                    continue
                for focus, path_term, value in rows:
                    results.append(_sparql_result(shape, constraint, source, focus, path_term, value))
    if fallback:
        results += _run_in_oxigraph(shapes, fallback, loaded)
    return results


def _sparql_result(shape: _NodeShape, constraint: _Sparql, source: str, focus, path, value) -> tuple:
    return (shape.severity, source, show(focus), "" if path is None else show(path), "SPARQLConstraintComponent",
            curie(constraint.iri), constraint.message, "" if value is None else show(value))


def _run_in_oxigraph(shapes, fallback: dict, loaded: dict) -> list[tuple]:
    """Run constraints over the graphs listed for them, all graphs in one store, each query once."""
    store = ox.Store()
    for node, (triples, _, _) in loaded.items():
        store.extend([ox.Quad(t.subject, t.predicate, t.object, node) for t in triples])
    results = []
    for shape in shapes:
        for constraint in shape.sparql:
            wanted = fallback.get(constraint)
            if not wanted:
                continue
            targets = {g: set(loaded[g][2].get(shape.iri, ())) for g in wanted}
            for row in store.query(constraint.query):
                g, focus = row["__graph"], row["this"]
                if g not in targets or focus not in targets[g]:
                    continue
                results.append(_sparql_result(shape, constraint, loaded[g][1], focus, binding(row, "path"),
                                              binding(row, "value")))
    return results


def binding(row, var: str):
    """A query solution's value for `var`, None where it is unbound or not selected."""
    try:
        return row[var]
    except (KeyError, IndexError):
        return None
