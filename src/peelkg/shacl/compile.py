"""A shapes graph → the fast engine's plan. Every shape is found as SHACL 1.0 §2.1 finds them
(SHACL instances of sh:NodeShape and sh:PropertyShape, subjects of targets, values of
sh:property, sh:node, sh:not, sh:and, sh:or, sh:xone, sh:qualifiedValueShape) and compiled
when it uses only what the engine implements: targets of every kind (implicit class targets
too), node shapes with property shapes and SPARQL constraints, top-level property shapes,
predicate, sequence and alternative paths, and the Core components ontology/shapes.ttl uses.
Anything else, anywhere in the graph, raises Unsupported naming it, and the caller validates
with pySHACL instead: no shape is ever dropped. A shape nothing targets or references is
never evaluated (SHACL gives it no focus node), so it is not compiled either.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

import pyoxigraph as ox
from rdflib import BNode, Graph, URIRef
from rdflib import Literal as RLiteral
from rdflib.collection import Collection
from rdflib.namespace import RDFS

from peelkg.vocab import RDF, SH, XSD as XSD_NS

from . import sparql, twins
from .components import NODE_COMPONENTS, PROPERTY_COMPONENTS, VALUE_COMPONENTS, constraint_check
from .terms import curie, path_text, rdflib_pairs, severity, show
from .terms import to_ox as ox_term
from .xsd import number


class Unsupported(Exception):
    """The shapes graph uses SHACL the fast engine does not implement; the message says what and where."""


@dataclass(frozen=True)
class Path:
    kind: str  # 'pred' | 'seq' | 'alt'
    parts: tuple  # a pyoxigraph NamedNode for 'pred'; Path items otherwise
    text: str  # as SPARQL writes it, as findings show it


@dataclass(frozen=True)
class Property:
    shown: str  # the property shape, as findings name it
    path: Path
    checks: tuple  # check(view, focus_nodes, values_list) per constraint
    message: str
    severity: str


@dataclass(frozen=True)
class Sparql:
    shown: str  # the constraint, as findings name it
    query: str  # the SELECT with its declared prefixes
    message: str
    twin: Callable | None  # the same rows in Python (twins.py), or None
    prebound: tuple  # the optional pre-bound variables it uses: 'currentShape', 'shapesGraph'
    shape_node: object  # the shape, as a pyoxigraph term, for $currentShape


@dataclass(frozen=True)
class Targets:
    classes: tuple = ()
    nodes: tuple = ()
    subjects_of: tuple = ()
    objects_of: tuple = ()


@dataclass(frozen=True)
class Shape:
    shown: str
    targets: Targets
    severity: str  # of its own constraints' and SPARQL constraints' results
    checks: tuple  # its own constraints, on the focus node as value node
    message: str
    properties: tuple[Property, ...]
    sparql: tuple[Sparql, ...]


_TARGETS = {SH.targetClass: "classes", SH.targetNode: "nodes", SH.targetSubjectsOf: "subjects_of",
            SH.targetObjectsOf: "objects_of"}
_TARGET_KEYS = (*_TARGETS, SH.target)
_SHAPE_VALUED = (SH.node, SH.property, SH.qualifiedValueShape, SH["not"])
_SHAPE_LISTS = (SH["and"], SH["or"], SH.xone)
# SHACL terms that validate nothing: reports (W3C tests keep them beside the shapes), prefix
# declarations, and the non-validating properties of §2.3.
_INERT = {SH.conforms, SH.result, SH.focusNode, SH.resultPath, SH.resultSeverity, SH.resultMessage,
          SH.sourceConstraint, SH.sourceConstraintComponent, SH.sourceShape, SH.value, SH.detail,
          SH.shapesGraphWellFormed, SH.declare, SH.prefix, SH.namespace, SH.name, SH.description, SH.order,
          SH.group, SH.defaultValue}
_COMMON = {SH.severity, SH.message, SH.deactivated, *_TARGETS}
_SINGLE = {SH.minCount, SH.maxCount, SH.datatype, SH.nodeKind, SH.pattern, SH.flags, SH.minLength,
           SH.minInclusive, SH.severity, SH.path, SH.deactivated, SH.uniqueLang}
_FLAGS = {"i": re.IGNORECASE, "s": re.DOTALL, "m": re.MULTILINE}


class _Compiler:
    def __init__(self, g: Graph) -> None:
        self.g, self.pairs = g, rdflib_pairs(g)
        self.consumed: set = set()
        self.shapes = self._find_shapes()

    def show(self, node) -> str:
        return show(node, self.pairs)

    def unsupported(self, node, what: str) -> Unsupported:
        return Unsupported(f"{self.show(node)}: the fast engine does not implement {what}")

    def _instances(self, cls) -> set:
        """SHACL instances of cls in the shapes graph (rdf:type/rdfs:subClassOf*)."""
        classes, todo = {cls}, [cls]
        while todo:
            for sub in self.g.subjects(RDFS.subClassOf, todo.pop()):
                if sub not in classes:
                    classes.add(sub)
                    todo.append(sub)
        return {s for c in classes for s in self.g.subjects(RDF.type, c)}

    def _find_shapes(self) -> set:
        g = self.g
        found = self._instances(SH.NodeShape) | self._instances(SH.PropertyShape)
        for key in _TARGET_KEYS:
            found |= set(g.subjects(key, None))
        for key in _SHAPE_VALUED:
            found |= set(g.objects(None, key))
        for key in _SHAPE_LISTS:
            for head in g.objects(None, key):
                found |= set(Collection(g, head))
        return found

    def keys(self, node, allowed) -> set:
        """The SHACL properties of node, refused unless allowed (other vocabularies are annotations)."""
        keys = {p for p in self.g.predicates(node) if str(p).startswith(str(SH))} - _INERT
        for key in sorted(keys - set(allowed), key=str):
            raise self.unsupported(node, curie(str(key)))
        for key in keys & _SINGLE:
            if len(set(self.g.objects(node, key))) > 1:
                raise self.unsupported(node, f"several values of {curie(str(key))}")
        return keys

    def deactivated(self, node) -> bool:
        if len(set(self.g.objects(node, SH.deactivated))) > 1:
            raise self.unsupported(node, "several values of sh:deactivated")
        value = self.g.value(node, SH.deactivated)
        if value is None:
            return False
        if not isinstance(value, RLiteral) or value.datatype != XSD_NS.boolean or str(value) not in ("true", "false"):
            raise self.unsupported(node, f"sh:deactivated {self.show(value)}")
        return str(value) == "true"

    def consume(self, node) -> None:
        """Mark node and what hangs from it (blank nodes, lists, shapes) as read."""
        todo = [node]
        while todo:
            n = todo.pop()
            if n in self.consumed:
                continue
            self.consumed.add(n)
            todo += [o for o in self.g.objects(n, None) if isinstance(o, BNode) or o in self.shapes]

    def compile(self) -> tuple[Shape, ...]:
        g = self.g
        classes = self._instances(RDFS.Class)
        compiled = []
        for node in sorted(self.shapes, key=lambda n: (isinstance(n, BNode), str(n))):
            targeted = node in classes or any(g.value(node, key) is not None for key in _TARGET_KEYS)
            if targeted:
                shape = self.shape(node, node in classes)
                if shape is not None:
                    compiled.append(shape)
        for path in g.objects(None, SH.resultPath):  # in an expected report beside the shapes
            self.consume(path)
        for node in self.shapes - self.consumed:  # neither targeted nor reached from a shape that is
            if not any((None, key, node) in g for key in _SHAPE_VALUED) and not self._listed(node):
                self.consume(node)
        for node in sorted(set(g.subjects()) - self.consumed, key=str):
            self.keys(node, ())  # anything else that speaks SHACL: a constraint component, an entailment …
        return tuple(compiled)

    def _listed(self, node) -> bool:
        return any(node in Collection(self.g, head) for key in _SHAPE_LISTS for head in self.g.objects(None, key))

    def shape(self, node, implicit_class: bool) -> Shape | None:
        g = self.g
        if self.deactivated(node):
            self.consume(node)
            return None
        is_property = g.value(node, SH.path) is not None
        if is_property:
            self.keys(node, _COMMON | {SH.path, *PROPERTY_COMPONENTS, SH.flags})
        else:
            self.keys(node, _COMMON | {SH.property, SH.sparql, SH.flags, *NODE_COMPONENTS})
        self.consumed.add(node)
        targets: dict[str, list] = {name: [] for name in _TARGETS.values()}
        for key, name in _TARGETS.items():
            for value in sorted(g.objects(node, key), key=str):
                if isinstance(value, RLiteral) and name != "nodes":
                    raise self.unsupported(node, f"{curie(str(key))} {self.show(value)}")
                targets[name].append(ox_term(value))
        if implicit_class:
            targets["classes"].append(ox_term(node))
        checks: tuple = ()
        if is_property:
            prop = self.property(node)
            properties = (prop,) if prop else ()
            sparql_constraints: tuple = ()
        else:
            checks = self.checks(node, NODE_COMPONENTS)
            properties = tuple(p for ps in sorted(g.objects(node, SH.property), key=str) if (p := self.property(ps)))
            sparql_constraints = tuple(s for c in sorted(g.objects(node, SH.sparql), key=str)
                                       if (s := self.sparql(c, node)))
        return Shape(self.show(node), Targets(**{k: tuple(v) for k, v in targets.items()}),
                     severity(str(g.value(node, SH.severity) or SH.Violation)), checks,
                     str(g.value(node, SH.message) or ""), properties, sparql_constraints)

    def checks(self, node, components: dict) -> tuple:
        return tuple(constraint_check(name, self.parameter(node, key, value))
                     for key, name in components.items() for value in sorted(self.g.objects(node, key), key=str))

    def property(self, node) -> Property | None:
        g = self.g
        if isinstance(node, RLiteral) or g.value(node, SH.path) is None:
            raise self.unsupported(node, "a property shape without sh:path")
        if self.deactivated(node):
            self.consume(node)
            return None
        self.keys(node, _COMMON | {SH.path, *PROPERTY_COMPONENTS, SH.flags})
        self.consumed.add(node)
        return Property(self.show(node), self.path(node, g.value(node, SH.path)), self.checks(node, PROPERTY_COMPONENTS),
                        str(g.value(node, SH.message) or ""), severity(str(g.value(node, SH.severity) or SH.Violation)))

    def parameter(self, node, key, value):
        g = self.g
        if key == SH["or"]:
            members = []
            for member in Collection(g, value):
                self.keys(member, VALUE_COMPONENTS)
                self.consume(member)
                members.append(tuple((VALUE_COMPONENTS[q], self.parameter(member, q, v))
                                     for q, v in sorted(g.predicate_objects(member)) if q in VALUE_COMPONENTS))
            self.consume(value)
            return tuple(members)
        if key == SH.pattern:
            flags = str(g.value(node, SH.flags) or "")
            if set(flags) - set(_FLAGS) or not isinstance(value, RLiteral):
                raise self.unsupported(node, f"sh:pattern {self.show(value)} with sh:flags {flags!r}")
            bits = 0
            for flag in flags:
                bits |= _FLAGS[flag]
            try:
                return re.compile(str(value), bits)
            except re.error:
                raise self.unsupported(node, f"the regular expression {self.show(value)}") from None
        if key in (SH.minCount, SH.maxCount, SH.minLength):
            if not isinstance(value, RLiteral) or value.datatype != XSD_NS.integer or not str(value).isdigit():
                raise self.unsupported(node, f"{curie(str(key))} {self.show(value)}")
            return int(str(value))
        if key == SH.uniqueLang:  # "1"^^xsd:boolean is not true: SHACL names the literal true
            return value == RLiteral("true", datatype=XSD_NS.boolean) and str(value) == "true"
        if key == SH.minInclusive and (number(ox_term(value)) is None or number(ox_term(value)).is_nan()):
            raise self.unsupported(node, f"sh:minInclusive {self.show(value)} (numbers only)")
        if key in (SH["class"], SH.datatype, SH.lessThan) and not isinstance(value, URIRef):
            raise self.unsupported(node, f"{curie(str(key))} {self.show(value)}")
        if key == SH.nodeKind and str(value) not in _NODE_KIND_NAMES:
            raise self.unsupported(node, f"sh:nodeKind {self.show(value)}")
        return ox_term(value)

    def path(self, shape, node) -> Path:
        if isinstance(node, URIRef):
            return Path("pred", (ox.NamedNode(str(node)),), curie(str(node)))
        g = self.g
        try:
            text = path_text(g, node)
        except ValueError:
            raise self.unsupported(shape, "this sh:path") from None
        alternatives = g.value(node, SH.alternativePath)
        if alternatives is not None and set(g.predicates(node)) == {SH.alternativePath}:
            kind, items = "alt", Collection(g, alternatives)
        elif g.value(node, RDF.first) is not None and set(g.predicates(node)) <= {RDF.first, RDF.rest}:
            kind, items = "seq", Collection(g, node)
        else:
            raise self.unsupported(shape, f"the path {text} (predicate, sequence and alternative paths only)")
        self.consume(node)
        return Path(kind, tuple(self.path(shape, n) for n in items), text)

    def sparql(self, node, shape) -> Sparql | None:
        g = self.g
        if isinstance(node, RLiteral):
            raise self.unsupported(shape, f"sh:sparql {self.show(node)}")
        self.keys(node, {SH.select, SH.prefixes, SH.message, SH.deactivated})
        self.consume(node)
        if self.deactivated(node):
            return None
        if g.value(node, SH.select) is None or len(set(g.objects(node, SH.select))) > 1:
            raise self.unsupported(node, "a SPARQL constraint without one sh:select")
        select = str(g.value(node, SH.select))
        declared = sparql.prefixes(g, node)
        query = sparql.prologue(declared) + select
        twin = twins.twin(select, declared)
        prebound: tuple = ()
        if twin is None:  # a twinned query binds $this alone, and pyoxigraph parses it (tests/test_shapes.py)
            prebound = tuple(v for v in sparql.OPTIONAL_PREBOUND if sparql.uses(select, v))
            if "currentShape" in prebound and isinstance(shape, BNode):
                raise self.unsupported(node, "$currentShape for a blank node shape")
            try:
                ox.Store().query(sparql.prebind(query, {"this": ox.Literal("")}))
            except SyntaxError as err:
                raise self.unsupported(node, f"this query, which pyoxigraph does not parse ({err})") from None
        message = g.value(node, SH.message) or g.value(shape, SH.message) or ""
        return Sparql(self.show(node), query, str(message), twin, prebound, ox_term(shape))


_NODE_KIND_NAMES = {str(SH.IRI), str(SH.Literal), str(SH.BlankNode), str(SH.BlankNodeOrIRI),
                    str(SH.IRIOrLiteral), str(SH.BlankNodeOrLiteral)}


def compile_shapes(shapes: Graph) -> tuple[Shape, ...]:
    """The plan for a shapes graph, or Unsupported. Queries must have passed sparql.check_queries."""
    return _Compiler(shapes).compile()
