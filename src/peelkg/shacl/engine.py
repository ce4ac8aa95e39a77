"""The fast SHACL engine: a shapes graph compiled once (compile.py), checked over many small
graphs in Python. The build's is ontology/shapes.ttl, with the vocabularies mixed into every
data graph; `peelkg validate --shapes` compiles a user's shapes graph the same way when it can.
SPARQL constraints run as their Python twin (twins.py) where there is one, else in pyoxigraph
with $this (and $currentShape, $shapesGraph) pre-bound for each focus node, as SHACL §5.3.1 says.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Sequence

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import RDFS

from peelkg.vocab import DCTERMS, ONTOLOGY_DIR, PEEL, RDF, SCHEMA, SHAPES_GRAPH

from . import reference, sparql
from .compile import Shape, Sparql, Targets, compile_shapes
from .terms import show, to_ox
from .twins import Unsure
from .xsd import XSD

SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
VOCAB_DIR = ONTOLOGY_DIR / "vocab"
SOURCE_CLASSES = (str(SCHEMA.NewsArticle), str(PEEL.PressRelease))
IDENTIFIER = str(DCTERMS.identifier)


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

    def targets(self, targets: Targets) -> list:
        """The focus nodes of a shape's targets, each once."""
        out: dict = {}
        data, vocab = self.data.instances, self.vocab.graph.instances
        for cls in targets.classes:
            for c in self.classes(cls):
                for s in data.get(c, ()):
                    out[s] = None
                for s in vocab.get(c, ()):
                    out[s] = None
        for node in targets.nodes:
            out[node] = None
        graphs = (self.data, self.vocab.graph)
        for p in targets.subjects_of:
            for g in graphs:
                out.update((s, None) for s, _ in g.pairs(p))
        for p in targets.objects_of:
            for g in graphs:
                out.update((o, None) for _, o in g.pairs(p))
        return list(out)

    def describe(self, node):
        """(predicate, object) pairs of node, to show a blank node by what it says."""
        for out in (self._data_out, self._vocab_out):
            for p, objects in out.get(node, {}).items():
                for o in objects:
                    yield p, o


class _Vocab:
    """The graph mixed into every data graph (the vocabularies, for the project's shapes), indexed
    once per process, with the subclass closures it implies."""

    def __init__(self, graph: _Graph) -> None:
        self.graph = graph
        self.classes: dict = {}  # class -> closure, shared by every view whose graph adds no subclass axiom




class Engine:
    """A compiled shapes graph, the graph mixed into every data graph it checks, and what
    pySHACL needs to take a graph the engine cannot decide (a blank focus node for a SPARQL
    constraint with no twin: pre-binding writes the focus node into the query)."""

    def __init__(self, shapes: tuple[Shape, ...], shapes_graph: Graph, mixed_in: bytes = b"", *,
                 source_names: bool = False) -> None:
        self.shapes, self.shapes_graph, self.mixed_in_nt = shapes, shapes_graph, mixed_in
        self.mixed_in = list(ox.parse(mixed_in, format=ox.RdfFormat.N_TRIPLES)) if mixed_in else []
        self.vocab = _Vocab(_Graph(self.mixed_in))
        self.source_names = source_names  # name a graph by its source's dct:identifier (the build's graphs)

    def reference(self, name: str, triples: list) -> list[tuple]:
        """pySHACL's results for one graph, named as this engine names them."""
        return reference.check_graph(name, triples, self.shapes_graph, mixed_in=self.mixed_in_nt,
                                     source_classes=SOURCE_CLASSES if self.source_names else (),
                                     identifier=IDENTIFIER)


def compile_engine(shapes: Graph, mixed_in: bytes = b"", *, source_names: bool = False) -> Engine:
    """An engine for a shapes graph (mixed_in: N-Triples added to every data graph); raises
    sparql.ShapesError for a query SHACL forbids, compile.Unsupported for what it does not implement."""
    sparql.check_queries(shapes)
    return Engine(compile_shapes(shapes), shapes, mixed_in, source_names=source_names)


@lru_cache(maxsize=1)
def project_engine() -> Engine:
    """ontology/shapes.ttl, the vocabularies mixed in."""
    return compile_engine(shapes_graph(), vocab_ntriples(), source_names=True)


# ---------------------------------------------------------------------------------------
# Checking graphs
# ---------------------------------------------------------------------------------------

_NO_PROPS: dict = {}


def _values(view: _View, focus, path):
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


def check_graphs(graphs: Iterable[tuple[str, Iterable]], *, engine: Engine | None = None,
                 twins: bool = True) -> list[tuple]:
    """Check each (name, triples) against the engine's shapes (default: the project's); one tuple per result.

    triples: ox.Triple or ox.Quad (the graph name is ignored), each graph read once.
    A tuple holds (severity, source, focus, path, component, shape, message, value,
    source shape), as validate.Finding; `source` is the graph's dct:identifier, else its
    name. twins=False runs every SPARQL constraint in oxigraph (the reference the Python
    twins are checked against).
    """
    engine = engine or project_engine()
    vocab = engine.vocab
    per_graph: list[tuple[str, list, list]] = []  # (name, triples, results)
    pending: list = []  # (graph index, view, shape, constraint, focus nodes) to run in oxigraph
    for name, triples in graphs:
        triples = triples if isinstance(triples, (list, tuple)) else list(triples)
        results: list[tuple] = []
        per_graph.append((name, triples, results))
        data = _Graph(triples)
        view = _View(data, vocab)
        objects, data_out, vocab_out = view.objects, data.out, vocab.graph.out
        source = data.source_name(name) if engine.source_names else name
        for shape in engine.shapes:
            focus_nodes = view.targets(shape.targets)
            if not focus_nodes:
                continue
            if shape.checks:
                itself = [[f] for f in focus_nodes]
                for check in shape.checks:
                    for focus, value, component in check(view, focus_nodes, itself):
                        results.append((shape.severity, source, show(focus, view.describe), "", component,
                                        shape.shown, shape.message, "" if value is None else show(value, view.describe),
                                        shape.shown))
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
                        results.append((prop.severity, source, show(focus, view.describe), path.text, component,
                                        prop.shown, prop.message, "" if value is None else show(value, view.describe),
                                        prop.shown))
            for constraint in shape.sparql:
                rows = None
                if twins and constraint.twin is not None:
                    try:
                        rows = constraint.twin(data, focus_nodes)
                    except Unsure:
                        rows = None
                if rows is None:
                    pending.append((len(per_graph) - 1, source, view, shape, constraint, focus_nodes))
                    continue
                for focus, path_term, value in rows:
                    results.append(_sparql_result(shape, constraint, source, view, focus, path_term, value, {}))
    deferred = _run_in_oxigraph(engine, pending, per_graph) if pending else set()
    return [r for index, (name, triples, results) in enumerate(per_graph)
            for r in (engine.reference(name, triples) if index in deferred else results)]


def _sparql_result(shape: Shape, constraint: Sparql, source: str, view: _View, focus, path, value,
                   row: dict) -> tuple:
    """A result as SHACL §5.3.2 maps a solution: ?path only if an IRI, ?value else the focus node."""
    if value is None:
        value = focus
    message = re.sub(r"\{[?$](\w+)\}", lambda m: show(row[m.group(1)], view.describe) if row.get(m.group(1))
                     else m.group(0), constraint.message)
    return (shape.severity, source, show(focus, view.describe),
            show(path) if isinstance(path, ox.NamedNode) else "", "SPARQLConstraintComponent",
            constraint.shown, message, show(value, view.describe), shape.shown)


class ValidationFailure(sparql.ShapesError):
    """A SPARQL constraint bound ?failure to true: SHACL's failure, not a validation result."""


_TRUE = ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean"))
_SHAPES_GRAPH = ox.NamedNode(str(SHAPES_GRAPH))


def _run_in_oxigraph(engine: Engine, pending: list, per_graph: list) -> set[int]:
    """Each constraint once per focus node, pre-bound to it, over its graph and the mixed-in graph;
    adds the results to per_graph and returns the graphs left to pySHACL (a blank focus node)."""
    store = ox.Store()
    mixed_in = ox.BlankNode()
    store.extend([ox.Quad(t.subject, t.predicate, t.object, mixed_in) for t in engine.mixed_in])
    if any("shapesGraph" in constraint.prebound for *_, constraint, _ in pending):
        store.extend([ox.Quad(to_ox(s), to_ox(p), to_ox(o), _SHAPES_GRAPH) for s, p, o in engine.shapes_graph])
    nodes: dict = {}  # graph index -> its name in the store
    deferred: set[int] = set()
    for index, source, view, shape, constraint, focus_nodes in pending:
        if index in deferred:
            continue
        if any(type(f) is ox.BlankNode for f in focus_nodes):
            deferred.add(index)
            continue
        node = nodes.get(index)
        if node is None:
            node = nodes[index] = ox.BlankNode()
            store.extend([ox.Quad(t.subject, t.predicate, t.object, node) for t in per_graph[index][1]])
        optional = {"currentShape": constraint.shape_node, "shapesGraph": _SHAPES_GRAPH}
        for focus in focus_nodes:
            bindings = {"this": focus, **{name: optional[name] for name in constraint.prebound}}
            solutions = store.query(sparql.prebind(constraint.query, bindings), default_graph=[node, mixed_in],
                                    named_graphs=[_SHAPES_GRAPH])
            for solution in solutions:
                row = {v.value: solution[v] for v in solutions.variables}
                if row.get("failure") == _TRUE:
                    raise ValidationFailure(f"{constraint.shown} reported a failure (?failure true) "
                                            f"for {show(focus, view.describe)}")
                per_graph[index][2].append(_sparql_result(shape, constraint, source, view, row.get("this") or focus,
                                                          row.get("path"), row.get("value"), row))
    return deferred


def binding(row, var: str):
    """A query solution's value for `var`, None where it is unbound or not selected."""
    try:
        return row[var]
    except (KeyError, IndexError):
        return None
