"""Build the dataset: convert every article, validate, and write the serialisations and VoID/DCAT.

The build writes into a temporary folder beside OUT and renames it into place only when
everything succeeded, so a failed build leaves the previous dataset untouched.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from . import checks, corroborate, rdf, serialise, text, validate, vocab, void
from .extract import CONVERTER_VERSION, extract
from .facts import ArticleFacts, Flaw, Source

PARALLEL_THRESHOLD = 64  # articles per worker below which a pool costs more than it saves
CHUNK = 64  # articles a worker converts and validates at a time


class BuildFailed(Exception):
    """The graph did not conform: `report` says which node broke which rule, in which source."""

    def __init__(self, report: validate.Report) -> None:
        super().__init__(f"{len(report.violations)} SHACL violation(s)")
        self.report = report


@dataclass
class Diagnostic:
    """A warning about a source, placed like a compiler's: folder/file:line:col."""

    file: str  # the article's file name
    line: int
    column: int
    code: str
    message: str
    folder: str = ""  # the articles' folder as the user named it (not recorded in the manifest)

    def __str__(self) -> str:
        path = str(Path(self.folder) / self.file) if self.folder else self.file
        place = f"{path}:{self.line}:{self.column}" if self.line else path
        return f"{place}: warning [{self.code}]: {self.message}"

    def record(self) -> list:
        return [self.file, self.line, self.column, self.code, self.message]


@dataclass
class BuildResult:
    out: Path
    sources: int
    triples: int
    quads: int
    warnings: list[Diagnostic] = field(default_factory=list)
    report: validate.Report | None = None
    up_to_date: bool = False


def find_articles(seeds: Path) -> list[Path]:
    if not seeds.is_dir():
        raise text.InputError(f"{seeds}: not a folder of articles")
    articles = sorted(p for p in seeds.glob("*.txt") if p.is_file())
    if not articles:
        raise text.InputError(f"{seeds}: no .txt articles in this folder")
    return articles


def read_sources(paths: Sequence[Path]) -> list[Source]:
    """Every article, or an InputError naming every file that could not be read."""
    sources, problems = [], []
    for path in paths:
        try:
            sources.append(text.read_source(path))
        except text.InputError as err:
            problems.append(str(err))
    if problems:
        raise text.InputError("\n".join(problems))
    return sources


def convert(path: Path) -> ArticleFacts:
    return extract(text.read_source(path))


def _fingerprint() -> str:
    """What the output depends on besides the texts: the converter's version, the vocabularies and shapes."""
    digest = hashlib.sha256(CONVERTER_VERSION.encode())
    for path in sorted(vocab.ONTOLOGY_DIR.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(vocab.ONTOLOGY_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class Converted:
    """One article through the stages that need no other article: facts, serialised graphs, SHACL results."""

    facts: ArticleFacts
    graph: serialise.GraphText  # its source graph
    inferred: tuple[tuple[str, bytes], ...]  # (inferred graph IRI, the N-Quads this article adds to it)
    findings: tuple[validate.Finding, ...]  # its source graph against the shapes
    checked: bytes  # the N-Quads of its source graph that the cross-source checks read


def convert_articles(facts_list: Sequence[ArticleFacts]) -> list[Converted]:
    """Serialised graphs and per-source validation for articles whose facts are known."""
    parts, source_graphs = [], {}
    for facts in facts_list:
        graphs = list(rdf.iter_graphs(rdf.canonical(rdf.article_quads(facts))))
        (name, quads), inferred = graphs[0], graphs[1:]  # the source graph sorts first
        source_graphs[name] = quads
        graph = serialise.GraphText.of(name, quads)
        parts.append((facts, graph, tuple((g, ox.serialize(q, format=ox.RdfFormat.N_QUADS)) for g, q in inferred),
                      checks.reads().pick(graph.nquads)))
    report = validate.validate_triples(source_graphs)
    by_source: dict[str, list] = {}
    for finding in report.findings:
        by_source.setdefault(finding.source, []).append(finding)
    return [Converted(facts, graph, inferred, tuple(by_source.get(facts.source.name, ())), checked)
            for facts, graph, inferred, checked in parts]


class Cache:
    """Converted articles, keyed by the text's sha256 and the converter's fingerprint.

    Each is a pickle compressed by zlib at its fastest level: an article's serialised graphs
    are ~110 KB and shrink about tenfold (1.1 GB to 0.1 GB at 10,000 articles), for ~0.3 ms
    of a worker's time to compress and ~0.2 ms to read one back."""

    LAYOUT = "3"  # of the stored Converted: a new layout must not read old files

    def __init__(self, folder: Path | None, fingerprint: str) -> None:
        self.folder = folder / f"{fingerprint}-{self.LAYOUT}" if folder else None

    def get(self, source: Source) -> Converted | None:
        if self.folder is None:
            return None
        path = self.folder / f"{source.sha256}.pickle.zlib"
        try:
            converted = pickle.loads(zlib.decompress(path.read_bytes()))
        except (OSError, zlib.error, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            return None
        # Same text under another file name or metadata: convert again, the source record differs.
        return converted if isinstance(converted, Converted) and converted.facts.source == source else None

    def prune(self) -> None:
        """Remove what other converter versions, ontologies or layouts cached: no build reads it again."""
        if self.folder is not None and self.folder.parent.is_dir():
            for other in self.folder.parent.iterdir():
                if other.is_dir() and other != self.folder:
                    shutil.rmtree(other, ignore_errors=True)

    def put(self, converted: Converted) -> None:
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        sha = converted.facts.source.sha256
        tmp = self.folder / f".{sha}.{os.getpid()}.tmp"
        tmp.write_bytes(zlib.compress(pickle.dumps(converted, protocol=pickle.HIGHEST_PROTOCOL), 1))
        tmp.replace(self.folder / f"{sha}.pickle.zlib")


def _convert_chunk(sources: Sequence[Source], cache: Cache) -> list[Converted]:
    """Convert, and cache where converted: the workers share the writing of the cache."""
    converted = convert_articles([extract(source) for source in sources])
    for item in converted:
        cache.put(item)
    return converted


def _convert_all(sources: list[Source], cache: Cache, jobs: int | None,
                 progress: Callable[[int], None]) -> list[Converted]:
    """Every article converted, from the cache or in chunks across `jobs` processes."""
    results: dict[int, Converted] = {}
    todo = []
    for index, source in enumerate(sources):
        cached = cache.get(source)
        if cached is not None:
            results[index] = cached
        else:
            todo.append(index)
    progress(len(results))
    workers = min(jobs or os.cpu_count() or 1, max(1, len(todo) // PARALLEL_THRESHOLD))
    size = max(1, min(CHUNK, -(-len(todo) // (workers * 4))))
    chunks = [todo[i:i + size] for i in range(0, len(todo), size)]

    def keep(chunk: list[int], converted: list[Converted]) -> None:
        for index, item in zip(chunk, converted):
            results[index] = item
        progress(len(chunk))

    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            batches = [[sources[i] for i in c] for c in chunks]
            for chunk, converted in zip(chunks, pool.map(_convert_chunk, batches, [cache] * len(batches))):
                keep(chunk, converted)
    else:
        for chunk in chunks:
            keep(chunk, _convert_chunk([sources[i] for i in chunk], cache))
    return [results[i] for i in range(len(sources))]


def reference_quads() -> list[ox.Quad]:
    """The ontology and vocabularies, in the reference graph of the dataset."""
    graph = ox.NamedNode(str(vocab.REFERENCE_GRAPH))
    quads = []
    for path in vocab.ontology_files():
        for triple in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            quads.append(ox.Quad(triple.subject, triple.predicate, triple.object, graph))
    return quads


def _diagnostic(source: Source, flaw: Flaw, seeds: Path) -> Diagnostic:
    if flaw.span is None:
        return Diagnostic(source.name, 0, 0, flaw.code, flaw.message, str(seeds))
    before = source.text[:flaw.span.start]
    line = before.count("\n") + 1
    column = flaw.span.start - (before.rfind("\n") + 1) + 1
    return Diagnostic(source.name, line, column, flaw.code, flaw.message, str(seeds))


@dataclass
class Graphs:
    """The dataset's graphs, serialised, and what the build checks them with."""

    graphs: list[serialise.GraphText]
    findings: list[validate.Finding]  # the SHACL results of every graph
    checked: list[tuple[str, bytes]]  # (graph IRI, its N-Quads that the cross-source checks read)


def dataset_graphs(converted: list[Converted]) -> Graphs:
    """Every graph of the dataset in canonical order, their SHACL results, and what the checks read.

    One order for the same input, whatever ran in parallel: the reference graph, each
    source's graph in the order of its article, then the inferred graphs by IRI, each quad
    once in the order first made. Corroboration is the one step that looks across articles:
    an article it gives another piece of evidence is converted and validated again here."""
    all_facts = [c.facts for c in converted]
    linked = corroborate.corroborated(all_facts)
    changed = [i for i, (before, after) in enumerate(zip(all_facts, linked)) if before is not after]
    converted = list(converted)
    for index, item in zip(changed, convert_articles([linked[i] for i in changed])):
        converted[index] = item
    inferred: dict[str, dict[bytes, None]] = {}
    for item in converted:
        for name, nquads in item.inferred:
            inferred.setdefault(name, {}).update(dict.fromkeys(nquads.splitlines(keepends=True)))
    shared = {str(vocab.REFERENCE_GRAPH): reference_quads()}
    shared.update((name, list(ox.parse(b"".join(lines), format=ox.RdfFormat.N_QUADS)))
                  for name, lines in sorted(inferred.items()))
    texts = {name: serialise.GraphText.of(name, quads) for name, quads in shared.items()}
    checked = [(c.graph.name, c.checked) for c in converted] + [
        (name, checks.reads().pick(text.nquads)) for name, text in texts.items()]
    reference = texts.pop(str(vocab.REFERENCE_GRAPH))
    # The sources' graphs were validated with their article; the shared graphs are validated here.
    findings = [f for c in converted for f in c.findings] + validate.validate_triples(shared).findings
    return Graphs([reference] + [c.graph for c in converted] + list(texts.values()), findings, checked)


def build(seeds: Path, out: Path, *, jobs: int | None = None, cache_dir: Path | None = None,
          progress: Callable[[int], None] | None = None, on_total: Callable[[int], None] | None = None,
          force: bool = False) -> BuildResult:
    """Convert every article in `seeds`, validate, and write the dataset to `out`.

    Unless `force`, a build whose inputs (texts, metadata, converter version, ontology) are those
    recorded in OUT/manifest.json does nothing, and unchanged articles come from the cache."""
    seeds, out = Path(seeds), Path(out)
    sources = read_sources(find_articles(seeds))
    fingerprint = _fingerprint()
    input_key = hashlib.sha256("\n".join([fingerprint] + [f"{s.name} {s.sha256} {s.metadata}" for s in sources])
                               .encode()).hexdigest()
    manifest = out / "manifest.json"
    if manifest.exists() and not force:
        try:
            recorded = json.loads(manifest.read_text())
        except (OSError, ValueError):
            recorded = {}
        if recorded.get("input") == input_key and all((out / name).exists() for name in serialise.FILES):
            return BuildResult(out, len(sources), recorded.get("triples", 0), recorded.get("quads", 0),
                               [Diagnostic(*d, folder=str(seeds)) for d in recorded.get("warnings", [])],
                               up_to_date=True)
    if on_total:
        on_total(len(sources))
    cache = Cache(cache_dir, fingerprint)
    cache.prune()
    converted = _convert_all(sources, cache, jobs, progress or (lambda n: None))
    all_facts = [c.facts for c in converted]
    parts = dataset_graphs(converted)
    graphs = parts.graphs
    del converted
    with _staged(out) as tmp:
        written = serialise.write(tmp, graphs)
        report = validate.Report(sorted(set(parts.findings + _check(parts.checked).findings)), graphs=len(graphs))
        if not report.conforms:
            raise BuildFailed(report)
        diagnostics = [_diagnostic(f.source, flaw, seeds) for f in all_facts for flaw in f.flaws]
        # A flaw the converter already placed at its line and column is not repeated from SHACL.
        placed = {(d.file, d.code) for d in diagnostics}
        names = validate.constraint_names()
        for finding in report.warnings:
            code = names.get(finding.shape, finding.shape)
            if (finding.source, code) not in placed:
                diagnostics.append(Diagnostic(finding.source, 0, 0, code, finding.message, str(seeds)))
        quads = sum(g.quads for g in graphs)
        # After the files: it gives their sizes and checksums.
        void.write(tmp, [(g.name, g.quads) for g in graphs], [str(vocab.source_iri(s.id)) for s in sources],
                   written.triples, written.subjects, serialise.checksums(tmp))
        (tmp / "manifest.json").write_text(json.dumps({
            "input": input_key, "triples": written.triples, "quads": quads,
            "warnings": [d.record() for d in diagnostics]}, indent=1, sort_keys=True) + "\n")
    return BuildResult(out, len(sources), written.triples, quads, diagnostics, report)


def _check(checked: list[tuple[str, bytes]]) -> validate.Report:
    """The cross-source checks over the part of the dataset they read (checks.py):
    its graphs and, as default graph, their merge."""
    store = ox.Store()
    store.bulk_load(input=b"".join(nquads for _, nquads in checked), format=ox.RdfFormat.N_QUADS)
    store.bulk_load(input=b"".join(serialise.merged_lines(checked)), format=ox.RdfFormat.N_TRIPLES,
                    to_graph=ox.DefaultGraph())
    return checks.run_checks(store)


@contextmanager
def _staged(out: Path) -> Iterator[Path]:
    """A temporary folder beside `out` that replaces it when the block succeeds, and is removed when it fails."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    tmp.chmod(0o755)  # mkdtemp makes it private; the dataset is for everyone
    try:
        yield tmp
        _swap(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _swap(new: Path, out: Path) -> None:
    old = None
    if out.exists():
        old = out.with_name(f".{out.name}.old.{os.getpid()}")
        out.rename(old)
    try:
        new.rename(out)
    except OSError:
        if old is not None:
            old.rename(out)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def progress_printer(stream=sys.stderr):
    """A tqdm bar on a terminal, nothing otherwise."""
    if not stream.isatty():
        return None, None
    from tqdm import tqdm
    bar = tqdm(total=0, unit="article", file=stream, leave=False)

    def total(n: int) -> None:
        bar.total = n
        bar.refresh()
    return bar.update, total
