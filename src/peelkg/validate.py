"""SHACL validation: the project's shapes over the build's graphs, or a user's shapes over RDF files.

Two engines. 'fast' (peelkg.shacl) is what builds use: well under a millisecond a source
graph, its shapes graph compiled once into Python checks (SPARQL constraints in Python where
a twin was written for the query, else in pyoxigraph with $this pre-bound). 'pyshacl' is the
reference: one pySHACL run per graph, ~55 ms a ~100-triple graph even with its SPARQL
constraints prepared once. tests/test_shapes.py shows both give the same results on every
case of the project's shapes, and tests/test_w3c_shacl.py runs the W3C SHACL test suite
through validate_files.

validate_files, behind `peelkg validate`, is full SHACL Core and SHACL-SPARQL: a shapes graph
the fast engine cannot compile (compile.Unsupported says what) is validated by pySHACL
instead, never in part; queries SHACL forbids in constraints, and SHACL Advanced Features,
are refused before anything runs (ShapesError → InputError, exit 2).

validate_triples takes graphs as pyoxigraph triples (the build's path: nothing serialised);
validate_graphs takes N-Triples bytes and runs batches across processes. The cross-source
checks are in peelkg.checks.
"""
from __future__ import annotations

import os
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import pyoxigraph as ox
from rdflib import Graph, URIRef

from peelkg import shacl
from peelkg.shacl import IDENTIFIER, SHAPES_FILE, SOURCE_CLASSES, VOCAB_DIR, curie
from peelkg.shacl.reference import check_graph as _pyshacl_graph
from peelkg.text import InputError
from peelkg.vocab import RDF, SH, ontology_files

BATCH_SIZE = {"fast": 200, "pyshacl": 4}  # pySHACL takes ~0.5 s a graph: small batches spread it over cores
ENGINES = ("fast", "pyshacl")
__all__ = ["Finding", "Report", "SHAPES_FILE", "VOCAB_DIR", "constraint_names", "curie",
           "validate_files", "validate_graphs", "validate_triples"]


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
    source_shape: str = ""  # sh:sourceShape (for a SPARQL constraint, its shape; `shape` names the constraint)


@dataclass
class Report:
    findings: list[Finding]
    graphs: int = 0
    engine: str = "fast"
    note: str = ""  # why the fast engine did not validate, where it did not

    @property
    def conforms(self) -> bool:
        return not self.violations

    @property
    def violations(self) -> list[Finding]:
        """Violations, and results of a severity of the shapes' own (never taken for a warning)."""
        return [f for f in self.findings if f.severity not in ("warning", "info")]

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
# Entry points
# ---------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def constraint_names() -> dict[str, str]:
    """sh:name of each named shape or constraint, by CURIE: the short code a warning is reported under."""
    g = shacl.shapes_graph()
    return {curie(str(node)): str(name) for node, name in g.subject_objects(SH.name)}


def validate_triples(graphs: Mapping[str, Iterable[ox.Triple | ox.Quad]]) -> Report:
    """graphs: graph IRI -> that graph's triples (ox.Triple, or ox.Quad whose graph name is ignored).

    Each graph is validated on its own with the vocabularies mixed in, by the fast engine,
    in this process (a build already spreads articles over cores); findings are sorted.
    """
    return Report(sorted({Finding(*r) for r in shacl.check_graphs(graphs.items())}), graphs=len(graphs))


def _project_pyshacl(name: str, triples: Iterable) -> list[Finding]:
    return [Finding(*r) for r in _pyshacl_graph(name, triples, shacl.shapes_graph(), mixed_in=shacl.vocab_ntriples(),
                                                 source_classes=SOURCE_CLASSES, identifier=IDENTIFIER)]


def _run_batch(args: tuple[str, Sequence[tuple[str, bytes]]]) -> list[Finding]:
    engine, batch = args
    parsed = ((name, list(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES))) for name, nt in batch)
    if engine == "fast":
        return [Finding(*r) for r in shacl.check_graphs(parsed)]
    return [f for name, triples in parsed for f in _project_pyshacl(name, triples)]


def validate_graphs(graphs: Mapping[str, bytes], *, jobs: int | None = None, engine: str = "fast") -> Report:
    """graphs: graph IRI (or file path) -> that graph's triples as N-Triples bytes.

    Each graph is validated on its own with the vocabularies mixed in; batches run in
    parallel across `jobs` processes (default: all cores); findings are sorted.
    """
    if engine not in ENGINES:
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
    return Report(sorted(set(findings)), graphs=len(items), engine=engine)


def _parse(path: Path) -> list:
    """The quads (or triples) of an RDF file; InputError naming the file (and line:column) if it cannot be read."""
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not an RDF file")
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower())
    if fmt is None:
        raise InputError(f"{path}: unknown RDF format {path.suffix or '(no extension)'!r}: "
                         "use .ttl .trig .nt .nq .jsonld .rdf")
    try:
        with open(path, "rb") as stream:
            return list(ox.parse(stream, format=fmt, base_iri=path.resolve().as_uri()))  # relative IRIs: as rdflib
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from None
    except SyntaxError as err:
        message = err.msg.split(": ", 1)[1] if err.msg.startswith("Parser error") and ": " in err.msg else err.msg
        place = f"{err.lineno}:{err.offset}:" if err.lineno else ""
        raise InputError(f"{path}:{place} {' '.join(message.split())}") from None
    except ValueError as err:  # e.g. an IRI or language tag the parser rejects without a place
        raise InputError(f"{path}: {' '.join(str(err).split())}") from None


def _read_graphs(paths: Sequence[Path]) -> dict[str, list]:
    """Each named graph of the files, and each file's default graph, as a list of quads or triples."""
    graphs: dict[str, list] = defaultdict(list)
    for path in map(Path, paths):
        for q in _parse(path):
            graph = getattr(q, "graph_name", ox.DefaultGraph())
            graphs[str(path) if isinstance(graph, ox.DefaultGraph) else graph.value].append(q)
    return graphs


# SHACL Advanced Features and SHACL-JS: pySHACL would skip them silently, so they are refused
_NOT_SUPPORTED = (SH.target, SH.rule, SH.entailment, SH.jsFunctionName, SH.jsLibrary)


def _read_shapes(paths: Sequence[Path]) -> Graph:
    where = ", ".join(str(p) for p in paths)
    graph = shacl.rdflib_graph(q for path in map(Path, paths) for q in _parse(path))
    for key in _NOT_SUPPORTED:
        for node in graph.subjects(key, None):
            raise InputError(f"{where}: {shacl.show(node, shacl.rdflib_pairs(graph))} uses {curie(str(key))}, "
                             "which peelkg does not implement (SHACL Core and SHACL-SPARQL only)")
    try:
        shacl.check_queries(graph)
    except shacl.ShapesError as err:
        raise InputError(f"{where}: {err}") from None
    return graph


# ---------------------------------------------------------------------------------------
# Files against the project's shapes: each graph, and merged files
# ---------------------------------------------------------------------------------------
# ontology/shapes.ttl describes one graph of the dataset with the vocabularies mixed in (its
# header says so): a source graph by the source rules (one wording of a claim, a stated date
# in full), an inferred graph on its own. peel.ttl and peel.nt merge every graph into one, and
# a merge breaks per-graph constraints by design (docs/MODEL.md): two sources word a claim
# differently (sh:maxCount 1 on schema:text), a claim dated from 'last month' has an
# xsd:gYearMonth in its inferred graph (sh:datatype xsd:date in the source's), and the
# reference graph's ontology (peel:Inspection ⊑ schema:Event) makes every inspection a target
# of the event shape. No shape means the same on a merge, so a merged file is validated for
# what no union of conforming graphs can break: its ontology and vocabularies on their own,
# as the reference graph, and the rest, when it describes several sources, against the
# constraints that adding triples cannot fail (sh:minCount, sh:hasValue: every node still
# has what it must have). The named-graph files (peel.trig, peel.nq, peel.jsonld) keep the
# graphs apart and are validated in full.

_MONOTONE = {SH.minCount, SH.hasValue}  # a constraint that more triples cannot fail


@lru_cache(maxsize=1)
def _reference_triples() -> frozenset:
    return frozenset(q.triple for path in ontology_files() for q in ox.parse(path=path, format=ox.RdfFormat.TURTLE))


@lru_cache(maxsize=1)
def _union_engine() -> shacl.Engine:
    """The project's shapes with only the constraints a union of conforming graphs keeps."""
    from peelkg.shacl.components import PROPERTY_COMPONENTS
    full = shacl.shapes_graph()
    dropped = (set(PROPERTY_COMPONENTS) | {SH.sparql, SH.flags}) - _MONOTONE
    kept = Graph()
    removed: set = set()
    todo = [o for p in dropped for o in full.objects(None, p)]
    while todo:  # what hangs from the dropped constraints: sh:or lists and members, SPARQL constraints
        node = todo.pop()
        if node in removed or (isinstance(node, URIRef) and (node, SH.select, None) not in full):
            continue  # a class, datatype or value IRI
        removed.add(node)
        todo += full.objects(node, None)
    for triple in full:
        if triple[1] not in dropped and triple[0] not in removed:
            kept.add(triple)
    return shacl.compile_engine(kept, shacl.vocab_ntriples(), source_names=True)


_SOURCES = tuple(ox.NamedNode(c) for c in SOURCE_CLASSES)
_TYPE = ox.NamedNode(str(RDF.type))


def _split_merges(graphs: Mapping[str, list]) -> tuple[dict, dict, list[str]]:
    """(graphs validated in full, merges of several sources, notes): reference triples set apart."""
    reference = _reference_triples()
    whole: dict[str, list] = {}
    merged: dict[str, list] = {}
    notes = []
    for name, quads in graphs.items():
        triples = [q.triple if isinstance(q, ox.Quad) else q for q in quads]
        own = [t for t in triples if t not in reference]
        if own and len(own) < len(triples):
            whole[f"{name} (its ontology and vocabularies)"] = [t for t in triples if t in reference]
        sources = {t.subject for t in own if t.predicate == _TYPE and t.object in _SOURCES}
        if len(sources) > 1:
            merged[name] = own
            notes.append(f"{name} merges the graphs of {len(sources)} sources: checked for what a merge keeps "
                         "(sh:minCount, sh:hasValue); validate the named-graph file (.trig, .nq) for the rest")
        else:
            whole[name] = own or triples
    return whole, merged, notes


def _validate_project(graphs: Mapping[str, list], engine: str) -> Report:
    whole, merged, notes = _split_merges(graphs)
    if engine == "fast":
        findings = validate_triples(whole).findings
        findings += [Finding(*r) for r in shacl.check_graphs(merged.items(), engine=_union_engine())]
    else:
        findings = [f for name, triples in sorted(whole.items()) for f in _project_pyshacl(name, triples)]
        findings += [Finding(*r) for name, triples in sorted(merged.items())
                     for r in _pyshacl_graph(name, triples, _union_engine().shapes_graph, mixed_in=shacl.vocab_ntriples(),
                                             source_classes=SOURCE_CLASSES, identifier=IDENTIFIER)]
    return Report(sorted(set(findings)), graphs=len(whole) + len(merged), engine=engine, note="; ".join(notes))


def validate_files(paths: Sequence[Path], *, shapes: Sequence[Path] | None = None, engine: str = "fast") -> Report:
    """Validate RDF files (.ttl .trig .nt .nq .jsonld .rdf): each named graph, and the default graph, on its own.

    Against the project's shapes with the vocabularies mixed in, or against the shapes graph
    read from `shapes` (the files merged) and nothing mixed in. engine='fast' hands a shapes
    graph the fast engine cannot compile to pySHACL (the report's note says why).
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: 'fast' or 'pyshacl'")
    graphs = _read_graphs(paths)
    if shapes is None:
        return _validate_project(graphs, engine)
    shapes_graph = _read_shapes(shapes)
    note = ""
    compiled = None
    if engine == "fast":
        try:
            compiled = shacl.compile_engine(shapes_graph)
        except shacl.Unsupported as why:
            engine, note = "pyshacl", f"validated by pySHACL, as the fast engine does not implement all of it: {why}"
    try:
        if compiled is not None:
            results = shacl.check_graphs(graphs.items(), engine=compiled)
        else:
            results = [r for name, quads in sorted(graphs.items()) for r in _pyshacl_graph(name, quads, shapes_graph)]
    except shacl.ShapesError as err:
        raise InputError(f"{', '.join(str(p) for p in shapes)}: {err}") from None
    return Report(sorted({Finding(*r) for r in results}), graphs=len(graphs), engine=engine, note=note)
