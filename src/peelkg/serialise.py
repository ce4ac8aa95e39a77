"""The dataset's files, concatenated from each graph serialised once by the worker that made it.

pyoxigraph writes a dataset graph after graph, so N-Quads, TriG and JSON-LD of the whole
dataset are the concatenation of its graphs' own serialisations (TriG without the repeated
@prefix lines, JSON-LD as the elements of one array): each article's graph is serialised
in parallel where it was converted, and the build only joins bytes. Only the merge of the
graphs (N-Triples, Turtle) is made across articles.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from . import vocab

FILES = ("peel.trig", "peel.nq", "peel.ttl", "peel.nt", "peel.jsonld")
MERGES, DATASETS = ("peel.nt", "peel.ttl"), ("peel.nq", "peel.trig", "peel.jsonld")  # the merge; the graphs kept apart
APART = 200_000  # quads from which the merge is written in a second process, beside the rest
_PREFIX_LINES = re.compile(rb"(?:@prefix [^\n]*\n)*")


def _trig_prefix_lines() -> bytes:
    """The @prefix lines pyoxigraph writes before a TriG document's first graph."""
    probe = ox.NamedNode(str(vocab.PK))
    trig = ox.serialize([ox.Quad(probe, probe, probe, probe)], format=ox.RdfFormat.TRIG, prefixes=vocab.PREFIXES)
    return _PREFIX_LINES.match(trig).group()


@dataclass(frozen=True)
class GraphText:
    """One named graph in each serialisation that keeps graphs apart."""

    name: str  # the graph IRI
    quads: int
    nquads: bytes
    trig: bytes  # its `<name> { … }` block, without the @prefix lines
    jsonld: bytes  # its `{"@id": name, "@graph": […]}` element of the top-level array

    @classmethod
    def of(cls, name: str, quads: Sequence[ox.Quad]) -> GraphText:
        trig = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=vocab.PREFIXES)
        jsonld = ox.serialize(quads, format=ox.RdfFormat.JSON_LD)
        return cls(name, len(quads), ox.serialize(quads, format=ox.RdfFormat.N_QUADS),
                   trig[_PREFIX_LINES.match(trig).end():], jsonld[1:-1])


def merged_lines(graphs: Iterable[tuple[str, bytes]]) -> dict[bytes, None]:
    """The merge of (graph IRI, that graph's N-Quads) as N-Triples lines, each triple once, in
    the order first stated. Every line of a graph ends with its IRI, and a literal's line breaks
    are escaped, so the IRI is cut from each line's end."""
    merged: dict[bytes, None] = {}
    for graph, nquads in graphs:
        ntriples = nquads.replace(b" <" + graph.encode() + b"> .\n", b" .\n")
        merged.update(dict.fromkeys(ntriples.splitlines(keepends=True)))
    return merged


@dataclass(frozen=True)
class Merged:
    triples: int  # distinct triples in the merge
    subjects: int  # distinct subjects in the merge
    files: dict[str, FileSum]  # N-Triples and Turtle, as read back from disk


def write_merge(folder: Path, graphs: Sequence[GraphText]) -> Merged:
    """The merge of the dataset whose graphs are `graphs` into `folder`: N-Triples, then Turtle."""
    merged = merged_lines((g.name, g.nquads) for g in graphs)
    triples, subjects = len(merged), len({line[:line.index(b" ")] for line in merged})
    with open(folder / "peel.nt", "wb") as out:
        out.writelines(merged)
    del merged
    ox.serialize(ox.parse(path=str(folder / "peel.nt"), format=ox.RdfFormat.N_TRIPLES),
                 output=str(folder / "peel.ttl"), format=ox.RdfFormat.TURTLE, prefixes=vocab.PREFIXES)
    return Merged(triples, subjects, read_back(folder, MERGES))


def write_datasets(folder: Path, graphs: Sequence[GraphText]) -> dict[str, FileSum]:
    """The dataset whose graphs are `graphs`, in that order, into `folder`, graph by graph: N-Quads, TriG, JSON-LD;
    as read back from disk."""
    with open(folder / "peel.nq", "wb") as out:
        out.writelines(g.nquads for g in graphs)
    with open(folder / "peel.trig", "wb") as out:
        out.write(_trig_prefix_lines())
        out.writelines(g.trig for g in graphs)
    with open(folder / "peel.jsonld", "wb") as out:
        out.write(b"[")
        for index, graph in enumerate(graphs):
            out.write(b"," + graph.jsonld if index else graph.jsonld)
        out.write(b"]")
    return read_back(folder, DATASETS)


@dataclass(frozen=True)
class FileSum:
    """A file as read back from disk."""

    bytes: int
    sha256: str
    lines: int


def read_back(folder: Path, names: Iterable[str]) -> dict[str, FileSum]:
    """Each file's size, sha256 and line count, read from disk (N-Triples and N-Quads have a statement a line)."""
    sums = {}
    for name in names:
        digest, size, lines = hashlib.sha256(), 0, 0
        with open(folder / name, "rb") as data:
            while chunk := data.read(1 << 22):
                digest.update(chunk)
                size += len(chunk)
                lines += chunk.count(b"\n")
        sums[name] = FileSum(size, digest.hexdigest(), lines)
    return sums
