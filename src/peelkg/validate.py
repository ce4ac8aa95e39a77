"""SHACL validation of source graphs (ontology/shapes.ttl) and cross-source checks (ontology/checks/*.rq).

Two engines read the same shapes.ttl. 'pyshacl' is the reference: one pySHACL run per graph
with the vocabularies mixed in, ~55 ms a ~100-triple graph even with its SPARQL constraints
prepared once, so 10,000 graphs would take minutes. 'fast' is what builds use (~1.3 ms a
graph): it evaluates the SHACL Core subset the shapes use in Python over a per-graph index,
and runs each SPARQL constraint once per batch of graphs in pyoxigraph inside GRAPH ?g (so
those constraints may read only the source graph, and may not use subqueries). It refuses
shapes that use anything else, and tests/test_shapes.py shows both engines report the same
results on every case.
"""
from __future__ import annotations

import os
import re
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import pyoxigraph as ox
from rdflib import Graph, Literal as RLiteral, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS

from peelkg.vocab import DCTERMS, ONTOLOGY_DIR, PEEL, PREFIXES, SCHEMA, SH
from peelkg.vocab import XSD as XSD_NS

SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
VOCAB_DIR = ONTOLOGY_DIR / "vocab"
CHECKS_DIR = ONTOLOGY_DIR / "checks"
SEVERITIES = {str(SH.Violation): "violation", str(SH.Warning): "warning", str(SH.Info): "info"}
BATCH_SIZE = {"fast": 200, "pyshacl": 4}  # pySHACL takes ~0.5 s a graph: small batches spread it over cores
XSD = str(XSD_NS)
SOURCE_CLASSES = (str(SCHEMA.NewsArticle), str(PEEL.PressRelease))
IDENTIFIER = str(DCTERMS.identifier)


@dataclass(frozen=True, order=True)
class Finding:
    """One validation result."""

    severity: str  # 'violation' | 'warning' | 'info'
    source: str  # dct:identifier of the graph's source, else the graph IRI or file path
    focus: str  # focus node as a CURIE
    path: str  # property path as a CURIE ('peel:grade'), or ''
    component: str  # constraint component local name, e.g. 'ClassConstraintComponent'
    shape: str  # property shape, or SPARQL constraint, or node shape, as a CURIE
    message: str
    value: str = ""


@dataclass
class Report:
    findings: list[Finding]
    graphs: int = 0

    @property
    def conforms(self) -> bool:
        return not self.violations

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "violation"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    def render(self) -> str:
        blocks = []
        for f in self.findings:
            lines = [f"{f.severity} [{f.shape}] in {f.source}", f"  focus: {f.focus}"]
            if f.path:
                lines.append(f"  path: {f.path} ({f.component})")
            else:
                lines.append(f"  constraint: {f.component}")
            if f.value:
                lines.append(f"  value: {f.value}")
            lines.append(f"  message: {f.message}")
            blocks.append("\n".join(lines))
        infos = len(self.findings) - len(self.violations) - len(self.warnings)
        summary = (f"{len(self.violations)} violation(s), {len(self.warnings)} warning(s), {infos} info(s)"
                   f" in {self.graphs} graph(s): {'conforms' if self.conforms else 'does not conform'}")
        return "\n\n".join(blocks + [summary])


# ---------------------------------------------------------------------------------------
# Rendering terms
# ---------------------------------------------------------------------------------------

_NAMESPACES = sorted(((ns, p) for p, ns in PREFIXES.items()), key=lambda item: -len(item[0]))


def curie(iri: str) -> str:
    for ns, prefix in _NAMESPACES:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


def _show(term) -> str:
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


# ---------------------------------------------------------------------------------------
# Shapes, compiled once per process for the fast engine
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
    constraints: tuple  # (component local name, parameter)
    message: str
    severity: str


@dataclass(frozen=True)
class _Sparql:
    iri: str
    query: str  # rewritten to run over all named graphs of a batch at once
    message: str


@dataclass(frozen=True)
class _NodeShape:
    iri: str
    targets: tuple[ox.NamedNode, ...]
    severity: str
    properties: tuple[_Property, ...]
    sparql: tuple[_Sparql, ...]


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
    """Wrap the WHERE clause in GRAPH ?__graph so one query covers every graph of a batch."""
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


def _prefixes(g: Graph, node) -> str:
    lines = []
    for ontology in g.objects(node, SH.prefixes):
        for decl in g.objects(ontology, SH.declare):
            lines.append(f"PREFIX {g.value(decl, SH.prefix)}: <{g.value(decl, SH.namespace)}>\n")
    return "".join(sorted(lines))


def _check_keys(g: Graph, node, allowed: Iterable) -> None:
    for p in set(g.predicates(node)) - set(allowed) - _IGNORED:
        raise ValueError(f"the fast engine does not support {curie(str(p))} (on {node}); "
                         "add it to peelkg.validate or use engine='pyshacl'")


def _compile(shapes: Graph) -> tuple[_NodeShape, ...]:
    compiled = []
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(SH.targetClass, None))
    for ns in sorted(node_shapes, key=str):
        _check_keys(shapes, ns, {SH.targetClass, SH.property, SH.sparql})
        severity = SEVERITIES[str(shapes.value(ns, SH.severity) or SH.Violation)]
        props = []
        for ps in sorted(shapes.objects(ns, SH.property), key=str):
            _check_keys(shapes, ps, _PROPERTY_COMPONENTS)
            constraints = []
            for p, name in _PROPERTY_COMPONENTS.items():
                for o in shapes.objects(ps, p):
                    if p == SH["or"]:
                        members = []
                        for member in Collection(shapes, o):
                            _check_keys(shapes, member, _VALUE_COMPONENTS)
                            members.append(tuple((_VALUE_COMPONENTS[q], _ox(v)) for q, v in
                                                 shapes.predicate_objects(member) if q in _VALUE_COMPONENTS))
                        constraints.append((name, tuple(members)))
                    elif p == SH.pattern:
                        flags = str(shapes.value(ps, SH.flags) or "")
                        constraints.append((name, re.compile(str(o), re.I if "i" in flags else 0)))
                    elif p in (SH.minCount, SH.maxCount, SH.minLength):
                        constraints.append((name, int(o)))
                    else:
                        constraints.append((name, _ox(o)))
            props.append(_Property(str(ps), _path(shapes, shapes.value(ps, SH.path)), tuple(constraints),
                                   str(shapes.value(ps, SH.message) or ""),
                                   SEVERITIES[str(shapes.value(ps, SH.severity) or SH.Violation)]))
        sparql = []
        for c in sorted(shapes.objects(ns, SH.sparql), key=str):
            _check_keys(shapes, c, {SH.select, SH.prefixes})
            sparql.append(_Sparql(str(c), _rewrite_per_graph(str(shapes.value(c, SH.select)), _prefixes(shapes, c)),
                                  str(shapes.value(c, SH.message) or shapes.value(ns, SH.message) or "")))
        compiled.append(_NodeShape(str(ns), tuple(ox.NamedNode(str(t)) for t in shapes.objects(ns, SH.targetClass)),
                                   severity, tuple(props), tuple(sparql)))
    return tuple(compiled)


@lru_cache(maxsize=1)
def _shapes_graph() -> Graph:
    return Graph().parse(SHAPES_FILE)


@lru_cache(maxsize=1)
def constraint_names() -> dict[str, str]:
    """sh:name of each named shape or constraint, by CURIE: the short code a warning is reported under."""
    g = _shapes_graph()
    return {curie(str(node)): str(name) for node, name in g.subject_objects(SH.name)}


@lru_cache(maxsize=1)
def _vocab_nt() -> bytes:
    """The vocabularies mixed into every data graph, as N-Triples (loaded once per process)."""
    g = Graph()
    for f in sorted(VOCAB_DIR.glob("*.ttl")):
        g.parse(f)
    return g.serialize(format="nt", encoding="utf-8")


class _Index:
    """Subject -> predicate -> objects, and type -> subjects, over some triples."""

    def __init__(self, triples: Iterable) -> None:
        self.out: dict = defaultdict(lambda: defaultdict(list))
        self.instances: dict = defaultdict(list)
        self.subclasses: dict = defaultdict(list)
        for t in triples:
            values = self.out[t.subject][t.predicate]
            if t.object not in values:
                values.append(t.object)
                if t.predicate == _RDF_TYPE:
                    self.instances[t.object].append(t.subject)
                elif t.predicate == _SUBCLASS:
                    self.subclasses[t.object].append(t.subject)


_RDF_TYPE = ox.NamedNode(str(RDF.type))
_SUBCLASS = ox.NamedNode(str(RDFS.subClassOf))


@lru_cache(maxsize=1)
def _engine() -> tuple[tuple[_NodeShape, ...], _Index]:
    vocab = _Index(ox.parse(_vocab_nt(), format=ox.RdfFormat.N_TRIPLES))
    return _compile(_shapes_graph()), vocab


# ---------------------------------------------------------------------------------------
# The fast engine: Core constraints per graph, in Python
# ---------------------------------------------------------------------------------------

class _View:
    """One data graph with the vocabularies mixed in."""

    def __init__(self, data: _Index, vocab: _Index) -> None:
        self.data, self.vocab = data, vocab
        self._superclasses: dict = {}

    def objects(self, s, p) -> list:
        a = self.data.out[s].get(p, ()) if s in self.data.out else ()
        b = self.vocab.out[s].get(p, ()) if s in self.vocab.out else ()
        if not b:
            return list(a)
        return list(a) + [o for o in b if o not in a]

    def values(self, focus, path: _Path) -> list:
        if path.kind == "pred":
            return self.objects(focus, path.parts[0])
        if path.kind == "alt":
            out: list = []
            for part in path.parts:
                out += [v for v in self.values(focus, part) if v not in out]
            return out
        nodes = [focus]
        for part in path.parts:
            step: list = []
            for n in nodes:
                step += [v for v in self.values(n, part) if v not in step]
            nodes = step
        return nodes

    def classes(self, cls) -> set:
        """cls and its subclasses (SHACL: rdfs:subClassOf* in the data graph)."""
        if cls not in self._superclasses:
            found, todo = {cls}, [cls]
            while todo:
                c = todo.pop()
                for index in (self.data, self.vocab):
                    for s in index.subclasses.get(c, ()):
                        if s not in found:
                            found.add(s)
                            todo.append(s)
            self._superclasses[cls] = found
        return self._superclasses[cls]

    def is_instance(self, node, cls) -> bool:
        if isinstance(node, ox.Literal):
            return False
        wanted = self.classes(cls)
        return any(t in wanted for t in self.objects(node, _RDF_TYPE))

    def targets(self, shape: _NodeShape) -> list:
        out: list = []
        for cls in shape.targets:
            for c in self.classes(cls):
                for index in (self.data, self.vocab):
                    out += [s for s in index.instances.get(c, ()) if s not in out]
        return out


_INTEGER = re.compile(r"^[+-]?\d+$")
_DATE = re.compile(r"^(-?\d{4,})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$")
_GYEARMONTH = re.compile(r"^-?\d{4,}-(0[1-9]|1[0-2])(Z|[+-]\d{2}:\d{2})?$")
_NUMERIC = {XSD + t for t in ("integer", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
                              "negativeInteger", "int", "long", "short", "byte", "decimal", "double", "float",
                              "unsignedInt", "unsignedLong")}


def _well_formed(lexical: str, datatype: str) -> bool:
    if datatype in (XSD + "integer", XSD + "int", XSD + "long"):
        return bool(_INTEGER.match(lexical))
    if datatype == XSD + "nonNegativeInteger":
        return bool(_INTEGER.match(lexical)) and int(lexical) >= 0
    if datatype == XSD + "date":
        m = _DATE.match(lexical)
        if not m:
            return False
        try:
            date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return False
        return True
    if datatype == XSD + "gYearMonth":
        return bool(_GYEARMONTH.match(lexical))
    if datatype == XSD + "boolean":
        return lexical in ("true", "false", "1", "0")
    return True


def _number(term) -> Decimal | None:
    if isinstance(term, ox.Literal) and term.datatype.value in _NUMERIC:
        try:
            return Decimal(term.value)
        except InvalidOperation:
            return None
    return None


def _value_ok(view: _View, v, component: str, param) -> bool:
    if component == "ClassConstraintComponent":
        return view.is_instance(v, param)
    if component == "DatatypeConstraintComponent":
        return (isinstance(v, ox.Literal) and v.datatype == param
                and _well_formed(v.value, param.value))
    if component == "NodeKindConstraintComponent":
        kinds = {str(SH.IRI): (ox.NamedNode,), str(SH.Literal): (ox.Literal,), str(SH.BlankNode): (ox.BlankNode,),
                 str(SH.BlankNodeOrIRI): (ox.BlankNode, ox.NamedNode), str(SH.IRIOrLiteral): (ox.NamedNode, ox.Literal),
                 str(SH.BlankNodeOrLiteral): (ox.BlankNode, ox.Literal)}
        return isinstance(v, kinds[param.value])
    raise ValueError(component)


def _check_property(view: _View, focus, prop: _Property) -> Iterable[tuple]:
    """(focus, value or None, component) for each failure of prop at focus."""
    values = view.values(focus, prop.path)
    for component, param in prop.constraints:
        if component == "MinCountConstraintComponent":
            if len(values) < param:
                yield None, component
        elif component == "MaxCountConstraintComponent":
            if len(values) > param:
                yield None, component
        elif component == "HasValueConstraintComponent":
            if param not in values:
                yield None, component
        elif component in ("ClassConstraintComponent", "DatatypeConstraintComponent", "NodeKindConstraintComponent"):
            for v in values:
                if not _value_ok(view, v, component, param):
                    yield v, component
        elif component == "OrConstraintComponent":
            for v in values:
                if not any(all(_value_ok(view, v, c, p) for c, p in member) for member in param):
                    yield v, component
        elif component == "PatternConstraintComponent":
            for v in values:
                if isinstance(v, ox.BlankNode) or not param.search(v.value):
                    yield v, component
        elif component == "MinLengthConstraintComponent":
            for v in values:
                if isinstance(v, ox.BlankNode) or len(v.value) < param:
                    yield v, component
        elif component == "MinInclusiveConstraintComponent":
            for v in values:
                n = _number(v)
                if n is None or n < _number(param):
                    yield v, component
        elif component == "LessThanConstraintComponent":
            others = view.objects(focus, param)
            for v in values:
                for w in others:
                    a, b = _number(v), _number(w)
                    if a is None or b is None or not a < b:
                        yield v, component
                        break


def _source_name(index: _Index, fallback: str) -> str:
    for cls in SOURCE_CLASSES:
        for s in index.instances.get(ox.NamedNode(cls), ()):
            for ident in index.out.get(s, {}).get(ox.NamedNode(IDENTIFIER), ()):
                return ident.value
    return fallback


def _validate_batch(batch: Sequence[tuple[str, bytes]]) -> list[Finding]:
    shapes, vocab = _engine()
    store = ox.Store()
    indexes = {}
    for name, ntriples in batch:
        triples = list(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES))
        graph = ox.NamedNode(name) if re.match(r"^[a-z][a-z0-9+.-]*:", name, re.I) else ox.NamedNode(
            "urn:peelkg:file:" + re.sub(r"[^A-Za-z0-9._/-]", "_", name))
        store.extend([ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples])
        indexes[graph] = (name, _Index(triples))
    findings: list[Finding] = []
    views = {g: _View(index, vocab) for g, (_, index) in indexes.items()}
    targets: dict = {}
    for g, view in views.items():
        name, index = indexes[g]
        source = _source_name(index, name)
        for shape in shapes:
            focus_nodes = view.targets(shape)
            targets[g, shape.iri] = set(focus_nodes)
            for focus in focus_nodes:
                for prop in shape.properties:
                    for value, component in _check_property(view, focus, prop):
                        findings.append(Finding(prop.severity, source, _show(focus), prop.path.text, component,
                                                curie(prop.iri), prop.message,
                                                "" if value is None else _show(value)))
    for shape in shapes:
        for constraint in shape.sparql:
            if not any(targets[g, shape.iri] for g in views):
                continue
            for row in store.query(constraint.query):
                g, focus = row["__graph"], row["this"]
                if g not in views or focus not in targets[g, shape.iri]:
                    continue
                path, value = _row(row, "path"), _row(row, "value")
                findings.append(Finding(shape.severity, _source_name(indexes[g][1], indexes[g][0]), _show(focus),
                                        "" if path is None else _show(path), "SPARQLConstraintComponent",
                                        curie(constraint.iri), constraint.message,
                                        "" if value is None else _show(value)))
    return findings


def _row(row, var: str):
    try:
        return row[var]
    except (KeyError, IndexError):
        return None


# ---------------------------------------------------------------------------------------
# The reference engine: pySHACL, one run per graph
# ---------------------------------------------------------------------------------------

def _rdflib_path(g: Graph, node) -> str:
    if node is None:
        return ""
    if isinstance(node, URIRef):
        return curie(str(node))
    alternatives = g.value(node, SH.alternativePath)
    if alternatives is not None:
        return "|".join(_rdflib_path(g, n) for n in Collection(g, alternatives))
    return "/".join(_rdflib_path(g, n) for n in Collection(g, node))


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


def _validate_pyshacl(name: str, ntriples: bytes) -> list[Finding]:
    from pyshacl import validate

    data = Graph()
    data.parse(data=_vocab_nt(), format="nt")
    data.parse(data=ntriples, format="nt")
    source = name
    for cls in SOURCE_CLASSES:
        for s in data.subjects(RDF.type, URIRef(cls)):
            ident = data.value(s, URIRef(IDENTIFIER))
            if ident is not None:
                source = str(ident)
    with _prepared_sparql():
        _, results, _ = validate(data, shacl_graph=_shapes_graph(), inference="none", inplace=True,
                                 allow_warnings=True)
    findings = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        shape = results.value(r, SH.sourceShape)
        constraint = results.value(r, SH.sourceConstraint)
        component = str(results.value(r, SH.sourceConstraintComponent)).rsplit("#", 1)[-1]
        if component == "SPARQLConstraintComponent" and isinstance(constraint, URIRef):
            shape = constraint
        value = results.value(r, SH.value)
        findings.append(Finding(SEVERITIES[str(results.value(r, SH.resultSeverity))], source,
                                _show(results.value(r, SH.focusNode)),
                                _rdflib_path(results, results.value(r, SH.resultPath)), component,
                                curie(str(shape)), str(results.value(r, SH.resultMessage) or ""),
                                "" if value is None else _show(value)))
    return findings


# ---------------------------------------------------------------------------------------
# Entry points
# ---------------------------------------------------------------------------------------

def _run_batch(args: tuple[str, Sequence[tuple[str, bytes]]]) -> list[Finding]:
    engine, batch = args
    if engine == "fast":
        return _validate_batch(batch)
    return [f for name, nt in batch for f in _validate_pyshacl(name, nt)]


def validate_graphs(graphs: Mapping[str, bytes], *, jobs: int | None = None, engine: str = "fast") -> Report:
    """graphs: graph IRI (or file path) -> that graph's triples as N-Triples bytes.

    Each graph is validated on its own with the vocabularies mixed in; batches run in
    parallel across `jobs` processes (default: all cores); findings are sorted.
    """
    if engine not in ("fast", "pyshacl"):
        raise ValueError(f"unknown engine {engine!r}: 'fast' or 'pyshacl'")
    items = sorted(graphs.items())
    size = BATCH_SIZE[engine]
    batches = [items[i:i + size] for i in range(0, len(items), size)]
    jobs = min(jobs or os.cpu_count() or 1, len(batches))
    findings: list[Finding] = []
    if jobs <= 1:
        for batch in batches:
            findings += _run_batch((engine, batch))
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for part in pool.map(_run_batch, [(engine, b) for b in batches]):
                findings += part
    return Report(sorted(set(findings)), graphs=len(items))


def validate_files(paths: Sequence[Path], *, engine: str = "fast") -> Report:
    """Validate RDF files (.ttl .trig .nt .nq .jsonld .rdf): each named graph, and the default graph, on its own."""
    graphs: dict[str, list] = defaultdict(list)
    for path in paths:
        path = Path(path)
        fmt = ox.RdfFormat.from_extension(path.suffix.lstrip("."))
        if fmt is None:
            raise ValueError(f"{path}: unknown RDF format (use .ttl .trig .nt .nq .jsonld .rdf)")
        for q in ox.parse(path=path, format=fmt):
            graph = getattr(q, "graph_name", ox.DefaultGraph())
            key = str(path) if isinstance(graph, ox.DefaultGraph) else graph.value
            graphs[key].append(ox.Triple(q.subject, q.predicate, q.object))
    data = {k: ox.serialize(v, format=ox.RdfFormat.N_TRIPLES) for k, v in graphs.items()}
    return validate_graphs(data, engine=engine)


_MERGE_GRAPHS = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def run_checks(store: "ox.Store") -> Report:
    """Run ontology/checks/*.rq over the whole dataset; severity comes from the file name.

    The checks read a default graph that holds the merge of the named graphs, each triple
    once; a store whose default graph is empty gets it written here. (Oxigraph's union
    default graph repeats a triple once per graph stating it, and a fact that a hundred
    sources state would multiply every join a hundredfold per pattern.)"""
    if not any(True for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph())):
        store.update(_MERGE_GRAPHS)
    findings = []
    for path in sorted(CHECKS_DIR.glob("*.rq")):
        severity = path.stem.rsplit("-", 1)[-1]
        if severity not in ("violation", "warning", "info"):
            raise ValueError(f"{path.name}: name must end in -violation.rq, -warning.rq or -info.rq")
        text = path.read_text(encoding="utf-8")
        header = re.search(r"^# message:\s*(.+)$", text, re.M)
        default_message = header.group(1).strip() if header else path.stem
        for row in store.query(text):
            message, source, value, path_term = (_row(row, v) for v in ("message", "source", "value", "path"))
            findings.append(Finding(severity, "" if source is None else source.value, _show(row["focus"]),
                                    "" if path_term is None else _show(path_term), "SPARQLCheck",
                                    f"check:{path.stem}", default_message if message is None else message.value,
                                    "" if value is None else _show(value)))
    return Report(sorted(set(findings)))
