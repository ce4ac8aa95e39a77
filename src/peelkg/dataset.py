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
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from . import corroborate, rdf, text, validate, vocab, void
from .extract import CONVERTER_VERSION, extract
from .facts import ArticleFacts, Flaw, Source

SOURCE_GRAPHS = str(vocab.source_graph_iri(""))
SERIALISATIONS = {  # file name -> (pyoxigraph format, keeps named graphs)
    "peel.trig": (ox.RdfFormat.TRIG, True),
    "peel.nq": (ox.RdfFormat.N_QUADS, True),
    "peel.ttl": (ox.RdfFormat.TURTLE, False),
    "peel.nt": (ox.RdfFormat.N_TRIPLES, False),
    "peel.jsonld": (ox.RdfFormat.JSON_LD, True),
}
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
    """One article through the stages that need no other article: facts, quads, SHACL results."""

    facts: ArticleFacts
    nquads: bytes  # its source graph and its inferred facts, as N-Quads
    findings: tuple[validate.Finding, ...]  # its source graph against the shapes


def convert_articles(facts_list: Sequence[ArticleFacts]) -> list[Converted]:
    """Quads and per-source validation for articles whose facts are known."""
    quads = [rdf.article_quads(facts) for facts in facts_list]
    graphs = {}
    for facts, article in zip(facts_list, quads):
        name = str(vocab.source_graph_iri(facts.source.id))
        graphs[name] = ox.serialize([q.triple for q in article if q.graph_name.value == name],
                                    format=ox.RdfFormat.N_TRIPLES)
    report = validate.validate_graphs(graphs, jobs=1)
    by_source: dict[str, list] = {}
    for finding in report.findings:
        by_source.setdefault(finding.source, []).append(finding)
    return [Converted(facts, ox.serialize(article, format=ox.RdfFormat.N_QUADS),
                      tuple(by_source.get(facts.source.name, ())))
            for facts, article in zip(facts_list, quads)]


def _convert_chunk(sources: Sequence[Source]) -> list[Converted]:
    return convert_articles([extract(source) for source in sources])


class Cache:
    """Converted articles, keyed by the text's sha256 and the converter's fingerprint."""

    def __init__(self, folder: Path | None, fingerprint: str) -> None:
        self.folder = folder / fingerprint if folder else None

    def get(self, source: Source) -> Converted | None:
        if self.folder is None:
            return None
        path = self.folder / f"{source.sha256}.pickle"
        try:
            converted = pickle.loads(path.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            return None
        # Same text under another file name or metadata: convert again, the source record differs.
        return converted if isinstance(converted, Converted) and converted.facts.source == source else None

    def put(self, converted: Converted) -> None:
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        sha = converted.facts.source.sha256
        tmp = self.folder / f".{sha}.{os.getpid()}.tmp"
        tmp.write_bytes(pickle.dumps(converted, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(self.folder / f"{sha}.pickle")


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
            cache.put(item)
        progress(len(chunk))

    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for chunk, converted in zip(chunks, pool.map(_convert_chunk, [[sources[i] for i in c] for c in chunks])):
                keep(chunk, converted)
    else:
        for chunk in chunks:
            keep(chunk, _convert_chunk([sources[i] for i in chunk]))
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


def dataset_quads(converted: list[Converted]) -> tuple[list[ox.Quad], list[validate.Finding]]:
    """Every quad of the dataset in canonical order, and the SHACL results of the sources.

    Corroboration is the one step that looks across articles: an article it gives another
    piece of evidence is turned into quads and validated again here."""
    all_facts = [c.facts for c in converted]
    linked = corroborate.corroborated(all_facts)
    changed = [i for i, (before, after) in enumerate(zip(all_facts, linked)) if before is not after]
    converted = list(converted)
    for index, item in zip(changed, convert_articles([linked[i] for i in changed])):
        converted[index] = item
    quads = reference_quads()
    quads.extend(ox.parse(b"".join(c.nquads for c in converted), format=ox.RdfFormat.N_QUADS))
    return rdf.canonical(quads), [f for c in converted for f in c.findings]


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
        if recorded.get("input") == input_key and all((out / name).exists() for name in SERIALISATIONS):
            return BuildResult(out, len(sources), recorded.get("triples", 0), recorded.get("quads", 0),
                               [Diagnostic(*d, folder=str(seeds)) for d in recorded.get("warnings", [])],
                               up_to_date=True)
    if on_total:
        on_total(len(sources))
    converted = _convert_all(sources, Cache(cache_dir, fingerprint), jobs, progress or (lambda n: None))
    all_facts = [c.facts for c in converted]
    quads, findings = dataset_quads(converted)
    # The sources' graphs were validated with their article; the shared graphs are validated here.
    shared = {name: ox.serialize([q.triple for q in graph_quads], format=ox.RdfFormat.N_TRIPLES)
              for name, graph_quads in rdf.iter_graphs(quads) if not name.startswith(SOURCE_GRAPHS)}
    report = validate.validate_graphs(shared, jobs=1)
    triples = list(dict.fromkeys(q.triple for q in quads))  # the merge: each triple once
    store = ox.Store()  # for the cross-source checks: the graphs and, as default graph, their merge
    store.bulk_extend(quads)
    store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    report = validate.Report(sorted(set(findings + report.findings + validate.run_checks(store).findings)),
                             graphs=len(sources) + report.graphs)
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
    write_dataset(quads, triples, out, input_key, diagnostics, sources)
    return BuildResult(out, len(sources), len(triples), len(quads), diagnostics, report)


def write_dataset(quads: list[ox.Quad], triples: list[ox.Triple], out: Path, input_key: str,
                  diagnostics: list[Diagnostic], sources: Sequence[Source]) -> None:
    """Write every serialisation into a temporary folder, then swap it into place."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    tmp.chmod(0o755)  # mkdtemp makes it private; the dataset is for everyone
    try:
        for name, (fmt, datasets) in SERIALISATIONS.items():
            ox.serialize(quads if datasets else triples, output=str(tmp / name), format=fmt,
                         prefixes=None if fmt in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS) else vocab.PREFIXES)
        graphs = [(name, len(graph)) for name, graph in rdf.iter_graphs(quads)]
        void.write(tmp, graphs, [str(vocab.source_iri(s.id)) for s in sources], len(triples),
                   len({t.subject for t in triples}))  # after the files: it gives their sizes and checksums
        (tmp / "manifest.json").write_text(json.dumps({
            "input": input_key, "triples": len(triples), "quads": len(quads),
            "warnings": [d.record() for d in diagnostics]}, indent=1, sort_keys=True) + "\n")
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
