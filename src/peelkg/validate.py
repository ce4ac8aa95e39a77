"""SHACL validation of source graphs (ontology/shapes.ttl).

Two engines read the same shapes.ttl. 'pyshacl' is the reference: one pySHACL run per graph
with the vocabularies mixed in, ~55 ms a ~100-triple graph even with its SPARQL constraints
prepared once, so 10,000 graphs would take minutes. 'fast' (peelkg.shacl) is what builds use:
well under a millisecond a graph, the SHACL Core subset the shapes use and their SPARQL
constraints evaluated in Python over each graph's triples (a constraint with no Python twin,
or a term a twin is unsure of, runs in pyoxigraph). It refuses shapes that use anything else,
and tests/test_shapes.py shows both engines report the same results on every case.

validate_triples takes graphs as pyoxigraph triples (the build's path: nothing serialised);
validate_graphs takes N-Triples bytes and runs batches across processes; validate_files
reads RDF files. The cross-source checks are in peelkg.checks.
"""
from __future__ import annotations

import os
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF

from peelkg import shacl
from peelkg.shacl import (
    IDENTIFIER,
    SEVERITIES,
    SHAPES_FILE,
    SOURCE_CLASSES,
    VOCAB_DIR,
    curie,
)
from peelkg.shacl import show as _show
from peelkg.vocab import SH

BATCH_SIZE = {"fast": 200, "pyshacl": 4}  # pySHACL takes ~0.5 s a graph: small batches spread it over cores
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
    data.parse(data=shacl.vocab_ntriples(), format="nt")
    data.parse(data=ntriples, format="nt")
    source = name
    for cls in SOURCE_CLASSES:
        for s in data.subjects(RDF.type, URIRef(cls)):
            ident = data.value(s, URIRef(IDENTIFIER))
            if ident is not None:
                source = str(ident)
    with _prepared_sparql():
        _, results, _ = validate(data, shacl_graph=shacl.shapes_graph(), inference="none", inplace=True,
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


def _run_batch(args: tuple[str, Sequence[tuple[str, bytes]]]) -> list[Finding]:
    engine, batch = args
    if engine == "fast":
        parsed = ((name, list(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES))) for name, nt in batch)
        return [Finding(*r) for r in shacl.check_graphs(parsed)]
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
            graphs[key].append(q)
    if engine == "fast":
        return validate_triples(graphs)
    return validate_graphs({k: ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in v],
                                            format=ox.RdfFormat.N_TRIPLES) for k, v in graphs.items()},
                           engine=engine)
