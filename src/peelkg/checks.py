"""Cross-source checks (ontology/checks/*.rq): what they read, so the build loads only that, and running them.

A SPARQL query whose triple patterns all have a fixed predicate (an IRI or a path of IRIs)
can only match triples with those predicates, and `?x a C` only types C: on the part of a
dataset that has those triples it gives the same answers as on the whole. The checks run
over that part, a few per cent of the quads, which each conversion worker picks out of its
own graph. A check with a variable predicate or class reads everything.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import RDF
from rdflib.paths import AlternativePath, InvPath, MulPath, SequencePath
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue

from .shacl import binding, show
from .validate import Finding, Report
from .vocab import MERGE_GRAPHS, ONTOLOGY_DIR

CHECKS_DIR = ONTOLOGY_DIR / "checks"
_TYPE = str(RDF.type)


def check_files() -> list[Path]:
    return sorted(CHECKS_DIR.glob("*.rq"))


@dataclass(frozen=True)
class Reads:
    """The predicates and classes some queries can match; None: any."""

    predicates: frozenset[str] | None
    classes: frozenset[str] | None

    @cached_property
    def _terms(self) -> tuple[frozenset[bytes], frozenset[bytes]]:
        """The predicates (other than rdf:type when classes are known) and classes, as N-Quads terms."""
        term = lambda iri: b"<" + iri.encode() + b">"  # noqa: E731
        classes = frozenset(map(term, self.classes or ()))
        skip = {_TYPE} if self.classes is not None else set()
        return frozenset(term(p) for p in self.predicates - skip), classes

    def pick(self, nquads: bytes) -> bytes:
        """The lines of `nquads` (subject, space, predicate, space, …) whose triple a query can match."""
        if self.predicates is None:
            return nquads
        predicates, classes = self._terms
        rdf_type = b"<" + _TYPE.encode() + b">"
        picked = []
        for line in nquads.splitlines(keepends=True):
            _, predicate, rest = line.split(b" ", 2)
            if predicate in predicates or (predicate == rdf_type and rest[:rest.find(b">") + 1] in classes):
                picked.append(line)
        return b"".join(picked)


def _path_iris(path) -> set[str] | None:
    if isinstance(path, URIRef):
        return {str(path)}
    if isinstance(path, (SequencePath, AlternativePath)):
        parts = [_path_iris(p) for p in path.args]
        return None if any(p is None for p in parts) else set().union(*parts)
    if isinstance(path, InvPath):
        return _path_iris(path.arg)
    if isinstance(path, MulPath):
        return _path_iris(path.path)
    return None  # a variable, or a negated property set: any predicate


def reads_of(queries: Iterable[str]) -> Reads:
    predicates: set[str] | None = set()
    classes: set[str] | None = set()

    def walk(node) -> None:
        nonlocal predicates, classes
        if isinstance(node, CompValue):
            triples = node.get("triples") if node.name in ("BGP", "TriplesBlock") else None  # TriplesBlock: in EXISTS
            for _, predicate, obj in triples or ():
                iris = _path_iris(predicate)
                if iris is None:
                    predicates = classes = None
                    return
                if predicates is not None:
                    predicates |= iris
                if _TYPE in iris and classes is not None:
                    # `?x a C` types only C; `?x a ?c` or a path through rdf:type, any class
                    if isinstance(predicate, URIRef) and isinstance(obj, URIRef):
                        classes.add(str(obj))
                    else:
                        classes = None
            for value in node.values():
                walk(value)
        elif isinstance(node, (list, tuple)):
            for value in node:
                walk(value)

    for query in queries:
        walk(prepareQuery(query).algebra)
        if predicates is None:
            break
    return Reads(None if predicates is None else frozenset(predicates), None if classes is None else frozenset(classes))


@lru_cache(maxsize=1)
def reads() -> Reads:
    """What ontology/checks/*.rq read."""
    return reads_of(path.read_text(encoding="utf-8") for path in check_files())


def run_checks(store: ox.Store) -> Report:
    """Run ontology/checks/*.rq over the whole dataset; severity comes from the file name.

    The checks read a default graph that holds the merge of the named graphs, each triple
    once; a store whose default graph is empty gets it written here. (Oxigraph's union
    default graph repeats a triple once per graph stating it, and a fact that a hundred
    sources state would multiply every join a hundredfold per pattern.)"""
    if not any(True for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph())):
        store.update(MERGE_GRAPHS)
    findings = []
    for path in check_files():
        severity = path.stem.rsplit("-", 1)[-1]
        if severity not in ("violation", "warning", "info"):
            raise ValueError(f"{path.name}: name must end in -violation.rq, -warning.rq or -info.rq")
        text = path.read_text(encoding="utf-8")
        header = re.search(r"^# message:\s*(.+)$", text, re.MULTILINE)
        default_message = header.group(1).strip() if header else path.stem
        for row in store.query(text):
            message, source, value, path_term = (binding(row, v) for v in ("message", "source", "value", "path"))
            findings.append(Finding(severity, "" if source is None else source.value, show(row["focus"]),
                                    "" if path_term is None else show(path_term), "SPARQLCheck",
                                    f"check:{path.stem}", default_message if message is None else message.value,
                                    "" if value is None else show(value)))
    return Report(sorted(set(findings)))
