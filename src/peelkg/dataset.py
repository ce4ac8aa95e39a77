"""Build the dataset: convert every article, validate, and write the serialisations and VoID/DCAT.

The build writes into a temporary folder beside OUT and renames it into place only when
everything succeeded and was read back, so a failed build leaves the previous dataset
untouched (peelkg.output says where a build may write).
"""
from __future__ import annotations

import gc
import hashlib
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from . import checks, corroborate, limits, output, processes, rdf, serialise, text, validate, vocab, void
from .cache import Cache
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

    @classmethod
    def of(cls, note: text.Note, seeds: Path) -> Diagnostic:
        return cls(note.file.name, note.line, note.column, note.code, note.message, str(seeds))


@dataclass
class BuildResult:
    out: Path
    sources: int
    triples: int
    quads: int
    warnings: list[Diagnostic] = field(default_factory=list)
    report: validate.Report | None = None
    up_to_date: bool = False
    skipped: list[str] = field(default_factory=list)  # with --keep-going: each article not built, and why


def find_articles(seeds: Path, notes: list[text.Note] | None = None) -> list[Path]:
    """The .txt files of `seeds`; a symbolic link that leads outside it is left out, with a note."""
    if not seeds.is_dir():
        raise text.InputError(f"{seeds}: not a folder of articles")
    root = seeds.resolve()
    articles = []
    for path in sorted(seeds.glob("*.txt")):
        outside = [p for p in (path, text.metadata_path(path))
                   if p.is_symlink() and root not in p.resolve().parents]
        if outside:
            if notes is not None:
                notes.append(text.Note(path, 0, 0, "outside-seeds",
                                       f"not read: {outside[0].name} is a symbolic link to {outside[0].resolve()}, "
                                       f"outside {seeds}"))
        elif path.is_file():
            articles.append(path)
    if not articles:
        raise text.InputError(f"{seeds}: no .txt articles in this folder")
    return articles


def read_sources(paths: Sequence[Path], *, max_bytes: int | None = limits.MAX_ARTICLE_BYTES,
                 notes: list[text.Note], skipped: list[str] | None = None) -> list[Source]:
    """Every article, each text once. A file that cannot be read is an InputError naming every
    such file, or, given `skipped`, is listed there and left out. A text a file before it
    already holds is left out, with a note."""
    read, problems = [], []
    for path in paths:
        try:
            read.append((path, text.read_source(path, max_bytes=max_bytes, notes=notes)))
        except text.InputError as err:
            problems.append(str(err))
    if problems and skipped is None:
        raise text.InputError("\n".join(problems))
    if skipped is not None:
        skipped += problems
    first: dict[str, Source] = {}
    for path, source in read:
        if source.sha256 in first:
            notes.append(text.Note(path, 0, 0, "duplicate-text",
                                   f"the same text as {first[source.sha256].name}: built once, as that file"))
        else:
            first[source.sha256] = source
    if not first:
        raise text.InputError("no article could be read:\n" + "\n".join(problems))
    return list(first.values())


def convert(path: Path, notes: list[text.Note] | None = None) -> ArticleFacts:
    return extract(text.read_source(path, notes=notes))


def _fingerprint(include_texts: bool) -> str:
    """What the output depends on besides the texts: the converter's version, the vocabularies and
    shapes, and whether the texts are published."""
    digest = hashlib.sha256(f"{CONVERTER_VERSION} texts={include_texts}".encode())
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


def convert_articles(facts_list: Sequence[ArticleFacts], include_texts: bool = False) -> list[Converted]:
    """Serialised graphs and per-source validation for articles whose facts are known.

    A source graph is validated with its article's whole text, which the spans are checked
    against, and serialised without it unless `include_texts`."""
    parts, source_graphs = [], {}
    for facts in facts_list:
        graphs = list(rdf.iter_graphs(rdf.canonical(rdf.article_quads(facts))))
        (name, quads), inferred = graphs[0], graphs[1:]  # the source graph sorts first
        source_graphs[name] = quads
        graph = serialise.GraphText.of(name, quads if include_texts else rdf.without_text(quads, facts.source.id))
        parts.append((facts, graph, tuple((g, ox.serialize(q, format=ox.RdfFormat.N_QUADS)) for g, q in inferred),
                      checks.reads().pick(graph.nquads)))
    report = validate.validate_triples(source_graphs)
    by_source: dict[str, list] = {}
    for finding in report.findings:
        by_source.setdefault(finding.source, []).append(finding)
    return [Converted(facts, graph, inferred, tuple(by_source.get(facts.source.name, ())), checked)
            for facts, graph, inferred, checked in parts]


def _convert_chunk(job: tuple[Sequence[Source], Cache, bool]) -> list[Converted]:
    """Convert, and cache where converted: the workers share the writing of the cache."""
    sources, cache, include_texts = job
    converted = convert_articles([extract(source) for source in sources], include_texts)
    for item in converted:
        cache.put(item.facts.source.sha256, item)
    return converted


def _convert_all(sources: list[Source], cache: Cache, jobs: int | None, include_texts: bool,
                 progress: Callable[[int], None]) -> list[Converted]:
    """Every article converted, from the cache or in chunks across `jobs` processes."""
    results: dict[int, Converted] = {}
    todo = []
    for index, source in enumerate(sources):
        cached = cache.get(source.sha256)
        # The same text under another file name or metadata is converted again: its source record differs.
        if cached is not None and cached.facts.source == source:
            results[index] = cached
        else:
            todo.append(index)
    progress(len(results))
    count = min(jobs or os.cpu_count() or 1, max(1, len(todo) // PARALLEL_THRESHOLD))
    size = max(1, min(CHUNK, -(-len(todo) // (count * 4))))
    chunks = [todo[i:i + size] for i in range(0, len(todo), size)]
    batches = [([sources[i] for i in chunk], cache, include_texts) for chunk in chunks]

    def keep(chunk: list[int], converted: list[Converted]) -> None:
        for index, item in zip(chunk, converted):
            results[index] = item
        progress(len(chunk))

    if count > 1:
        with processes.pool(count) as pool:
            for chunk, converted in zip(chunks, pool.imap(_convert_chunk, batches)):
                keep(chunk, converted)
    else:
        for chunk, batch in zip(chunks, batches):
            keep(chunk, _convert_chunk(batch))
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


def dataset_graphs(converted: list[Converted], include_texts: bool = False) -> Graphs:
    """Every graph of the dataset in canonical order, their SHACL results, and what the checks read.

    One order for the same input, whatever ran in parallel: the reference graph, each
    source's graph in the order of its article, then the inferred graphs by IRI, each quad
    once in the order first made. Corroboration is the one step that looks across articles:
    an article it gives another piece of evidence is converted and validated again here."""
    all_facts = [c.facts for c in converted]
    linked = corroborate.corroborated(all_facts)
    changed = [i for i, (before, after) in enumerate(zip(all_facts, linked)) if before is not after]
    converted = list(converted)
    for index, item in zip(changed, convert_articles([linked[i] for i in changed], include_texts)):
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


@contextmanager
def _cyclic_gc_held_off() -> Iterator[None]:
    """A build makes no reference cycles (extraction and conversion leave the GC nothing to collect), but millions of
    objects, the articles' facts and graphs, that each of its full collections would walk again: seconds of a 10k
    build's main process, and some 3 % of a worker's time (the workers inherit it held off)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


WRITTEN = frozenset(serialise.FILES + (void.FILE, output.MANIFEST))  # every file a build writes


@_cyclic_gc_held_off()
def build(seeds: Path, out: Path, *, jobs: int | None = None, cache_dir: Path | None = None,
          progress: Callable[[int], None] | None = None, on_total: Callable[[int], None] | None = None,
          force: bool = False, max_article_bytes: int | None = limits.MAX_ARTICLE_BYTES, keep_going: bool = False,
          include_texts: bool = False) -> BuildResult:
    """Convert every article in `seeds`, validate, and write the dataset to `out`.

    Unless `force`, a build whose inputs (texts, metadata, converter version, ontology) are those
    recorded in OUT/manifest.json, and whose files are still those it wrote, does nothing; and
    unchanged articles come from the cache. With `keep_going`, articles that cannot be read are
    listed in the result's `skipped` and the others are built."""
    seeds, out = Path(seeds), Path(out)
    output.check_out(out, seeds, WRITTEN)
    output.remove_stale(out, WRITTEN)
    notes: list[text.Note] = []
    skipped: list[str] | None = [] if keep_going else None
    sources = read_sources(find_articles(seeds, notes), max_bytes=max_article_bytes, notes=notes, skipped=skipped)
    fingerprint = _fingerprint(include_texts)
    input_key = hashlib.sha256("\n".join([fingerprint] + [f"{s.name} {s.sha256} {s.metadata}" for s in sources])
                               .encode()).hexdigest()
    recorded = _recorded(out)
    if not force and recorded.get("input") == input_key and _intact(out, recorded):
        return BuildResult(out, len(sources), recorded["triples"], recorded["quads"],
                           [Diagnostic(*d, folder=str(seeds)) for d in recorded["warnings"]],
                           up_to_date=True, skipped=skipped or [])
    output.check_writable(out)
    if on_total:
        on_total(len(sources))
    cache = Cache(cache_dir, fingerprint, Converted)
    converted = _convert_all(sources, cache, jobs, include_texts, progress or (lambda n: None))
    cache.trim(s.sha256 for s in sources)
    all_facts = [c.facts for c in converted]
    parts = dataset_graphs(converted, include_texts)
    graphs = parts.graphs
    del converted
    quads = sum(g.quads for g in graphs)
    with output.staged(out) as tmp, processes.beside(quads >= serialise.APART) as second:
        # The merge takes longest: in a large build a second core writes it while this one does the rest.
        merging = second.start(serialise.write_merge, tmp, graphs)
        sums = serialise.write_datasets(tmp, graphs)
        report = validate.Report(sorted(set(parts.findings + _check(parts.checked).findings)), graphs=len(graphs))
        if not report.conforms:
            raise BuildFailed(report)
        diagnostics = [Diagnostic.of(note, seeds) for note in notes]
        diagnostics += [_diagnostic(f.source, flaw, seeds) for f in all_facts for flaw in f.flaws]
        # A flaw the converter already placed at its line and column is not repeated from SHACL.
        placed = {(d.file, d.code) for d in diagnostics}
        names = validate.constraint_names()
        for finding in report.warnings:
            code = names.get(finding.shape, finding.shape)
            if (finding.source, code) not in placed:
                diagnostics.append(Diagnostic(finding.source, 0, 0, code, finding.message, str(seeds)))
        written = merging()
        sums |= written.files
        _self_check(sums, quads, written.triples)
        # After the files: it gives their sizes and checksums.
        void.write(tmp, [(g.name, g.quads) for g in graphs], [str(vocab.source_iri(s.id)) for s in sources],
                   written.triples, written.subjects, {n: (f.bytes, f.sha256) for n, f in sums.items()},
                   texts=include_texts)
        sums |= serialise.read_back(tmp, [void.FILE])
        (tmp / output.MANIFEST).write_text(json.dumps({
            "generator": output.GENERATOR, "input": input_key, "triples": written.triples, "quads": quads,
            "files": {name: [f.bytes, f.sha256] for name, f in sorted(sums.items())},
            "warnings": [d.record() for d in diagnostics]}, indent=1, sort_keys=True) + "\n")
    return BuildResult(out, len(sources), written.triples, quads, diagnostics, report, skipped=skipped or [])


def _recorded(out: Path) -> dict:
    """What the manifest of the build in `out` records, or {} when there is no readable one."""
    try:
        recorded = json.loads((out / output.MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return recorded if isinstance(recorded, dict) else {}


def _intact(out: Path, recorded: dict) -> bool:
    """Whether every file of the build is still, byte for byte, what the manifest says it wrote."""
    files = recorded.get("files")
    if not isinstance(files, dict) or set(files) != WRITTEN - {output.MANIFEST}:
        return False
    try:
        sums = serialise.read_back(out, sorted(files))
    except OSError:
        return False
    return all([sums[name].bytes, sums[name].sha256] == files[name] for name in files)


def _self_check(sums: dict[str, serialise.FileSum], quads: int, triples: int) -> None:
    """The files read back hold as many statements as were written: a short write is never published."""
    if sums["peel.nq"].lines != quads or sums["peel.nt"].lines != triples:
        raise text.InputError(f"the dataset read back does not hold what was written: {sums['peel.nq'].lines} of {quads} "
                      f"quads in peel.nq, {sums['peel.nt'].lines} of {triples} triples in peel.nt")


def _check(checked: list[tuple[str, bytes]]) -> validate.Report:
    """The cross-source checks over the part of the dataset they read (checks.py):
    its graphs and, as default graph, their merge."""
    store = ox.Store()
    store.bulk_load(input=b"".join(nquads for _, nquads in checked), format=ox.RdfFormat.N_QUADS)
    store.bulk_load(input=b"".join(serialise.merged_lines(checked)), format=ox.RdfFormat.N_TRIPLES,
                    to_graph=ox.DefaultGraph())
    return checks.run_checks(store)


def progress_printer(stream=None):
    """A tqdm bar on a terminal (standard error by default), nothing otherwise."""
    stream = stream or sys.stderr
    if not stream.isatty():
        return None, None
    from tqdm import tqdm
    bar = tqdm(total=0, unit="article", file=stream, leave=False)

    def total(n: int) -> None:
        bar.total = n
        bar.refresh()
    return bar.update, total
