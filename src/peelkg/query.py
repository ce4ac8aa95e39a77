"""SPARQL 1.1 queries over the dataset in an embedded pyoxigraph store, answered as table, CSV, SPARQL JSON or RDF.

Queries see the merge of all named graphs as their default graph (GRAPH ?g still reaches
each source's graph), so the competency questions in queries/ read the same on peel.trig
(one graph per source) and peel.ttl (merged). `answer` runs a user's query: read first by
the lexical guard (no SERVICE, LOAD or update ever reaches the engine), then written by
`results` within its caps; `workers` runs it in a process killed at its time limit.
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import pyoxigraph

from peelkg import guard, output, results, vocab
from peelkg.results import Row, Term, lexical  # noqa: F401 - names of the query API

QUERIES_DIR = vocab.QUERIES_DIR
FORMATS = ("table", "csv", "json")


class QueryError(Exception):
    """A query or its data cannot be read or run; the message names the file or query."""


class QueryRefused(QueryError):
    """A query the guard refuses to run (SERVICE, LOAD, an update): `keyword` says which."""

    def __init__(self, keyword: str, message: str) -> None:
        self.keyword = keyword
        super().__init__(message)


class QuerySyntaxError(QueryError):
    """A query the engine cannot parse: where, what stands there, and what was expected."""

    def __init__(self, line: int, column: int, found: str | None, expected: str, line_text: str) -> None:
        self.line, self.column, self.found, self.expected, self.line_text = line, column, found, expected, line_text
        at = f'"{found}"' if found else "the end of the query"
        caret = "".join(c if c == "\t" else " " for c in line_text[:column - 1]) + "^"
        super().__init__(f"syntax error at line {line}, column {column}, at {at}"
                         f"{f': {expected}' if expected else ''}\n    {line_text}\n    {caret}")


class LocalStore:
    """The embedded default store: pyoxigraph, in memory or on disk (path).

    The store's default graph holds the merge of its named graphs, written at load time.
    pyoxigraph's own union default graph repeats a triple once per graph that asserts it,
    and a fact stated by many sources (an inspection, a person) then multiplies the rows of
    every join: at 1,000 articles one query ran out of memory. A merged default graph has
    each triple once, as the SPARQL RDF merge requires.

    In memory, a second store holds that merge alone and answers every query that cannot
    reach a named graph (no GRAPH, no FROM). pyoxigraph's memory store finds a triple by
    walking every quad that shares its subject (or object) in every graph, and a resource
    that 80 sources describe has 80 copies of its triples. At 10,000 articles queries ran 2
    to 40 times faster on the merge alone, which costs about 0.5 GB more. A store on disk
    has indexes of its own for the default graph and needs no second store.
    """

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        self.path = path
        try:
            if path is None:
                self._store = pyoxigraph.Store()
            elif read_only:
                if not (Path(path) / "CURRENT").is_file():  # RocksDB's own marker of a database
                    raise QueryError(f"{path}: not an Oxigraph store (fill one with peelkg build --store {path})")
                self._store = pyoxigraph.Store.read_only(str(path))
            else:
                self._store = pyoxigraph.Store(str(path))
        except OSError as error:
            raise QueryError(f"{path}: cannot open the store: {error}") from error
        self._merge_only: pyoxigraph.Store | None = None
        self._pending: tuple[Path, Path] | None = None  # (peel.trig, peel.nt) not yet in self._store
        if self._default_graph_is_empty() and not self.is_empty():
            if read_only:  # filled by other means, without the merge: merge a copy in memory
                self._store = self.copy()._store
                self.path = None
            self._store.update(vocab.MERGE_GRAPHS)  # a store on disk filled by other means

    def copy(self) -> "LocalStore":
        """Every quad of this store in a new in-memory store, which takes loads without touching this one."""
        memory = LocalStore()
        memory._store.bulk_extend(self.with_named_graphs().quads_for_pattern(None, None, None, None))
        return memory

    def load(self, data: Path) -> None:
        """Load a built folder (its peel.trig) or one RDF file; .trig and .nq keep their graphs.

        A built folder loaded in memory is read as its merge (peel.nt) first: the named
        graphs (peel.trig) are loaded when a query first names a graph, which most do not
        (at 10,000 articles: 4 s to the first answer instead of 15)."""
        data = Path(data)
        merged = None
        if data.is_dir():
            _check_build(data)
            merged = data / "peel.nt"
            data = data / "peel.trig"
            if not data.is_file():
                raise QueryError(f"{data}: not found; build the dataset first (peelkg build --out {data.parent})")
        if not data.is_file():
            raise QueryError(f"{data}: no such file or folder")
        rdf_format = pyoxigraph.RdfFormat.from_extension(data.suffix.lstrip(".").lower())
        if rdf_format is None:
            raise QueryError(f"{data}: unknown RDF format (use .trig, .nq, .ttl, .nt, .jsonld or .rdf)")
        if self.path is None and merged is not None and merged.is_file() and self.is_empty():
            merge_only = pyoxigraph.Store()
            _bulk_load(merge_only, merged, pyoxigraph.RdfFormat.N_TRIPLES)
            self._merge_only, self._pending = merge_only, (data, merged)
            return
        self.with_named_graphs()
        self._merge_only = None  # stale once the store changes, even if the load fails
        _bulk_load(self._store, data, rdf_format)
        if rdf_format.supports_datasets:
            self._store.update(vocab.MERGE_GRAPHS)
        if self.path is None:
            # Copied term by term, so blank nodes keep their ids in both stores.
            merge_only = pyoxigraph.Store()
            merge_only.bulk_extend(self._store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph()))
            self._merge_only = merge_only

    def with_named_graphs(self) -> pyoxigraph.Store:
        """The store with every named graph and, as default graph, their merge (loading peel.trig if still pending)."""
        if self._pending is not None:
            trig, merged = self._pending
            self._pending = None
            _bulk_load(self._store, trig, pyoxigraph.RdfFormat.TRIG)
            _bulk_load(self._store, merged, pyoxigraph.RdfFormat.N_TRIPLES, to_graph=pyoxigraph.DefaultGraph())
        return self._store

    def replace(self, data: Path) -> None:
        """Empty the store, then load `data`: an on-disk store kept in step with a new build."""
        self._store.clear()
        self._merge_only = self._pending = None
        self.load(data)
        self._store.flush()

    def select(self, sparql: str, reading: guard.Reading | None = None) -> tuple[list[str], list[Row]]:
        """Run a trusted SELECT query (a named one) over the merged graphs: (variable names, rows of terms or None);
        `reading`, the guard's reading of the query, when the caller has it already."""
        solutions = self.evaluate(sparql, reading or read(sparql))
        if not isinstance(solutions, pyoxigraph.QuerySolutions):
            raise QueryError("only SELECT queries are supported")
        return results.solution_rows(solutions)

    def evaluate(self, sparql: str, reading: guard.Reading, **dataset) -> results.Result:
        """The engine's lazy result of a query the guard has read; `dataset` as pyoxigraph's
        default_graph and named_graphs (the protocol's default-graph-uri and named-graph-uri),
        and base_iri (relative IRIs in the query resolve against it)."""
        if self._merge_only is not None and not reading.names_graphs and not dataset.keys() - {"base_iri"}:
            store = self._merge_only
        else:
            store = self.with_named_graphs()
        try:
            return store.query(sparql, **dataset)
        except SyntaxError as error:
            raise syntax_error(sparql, error) from None
        except OSError as error:
            raise QueryError(f"query failed: {error}") from error

    def is_empty(self) -> bool:
        return self._pending is None and next(iter(self._store.quads_for_pattern(None, None, None, None)), None) is None

    def _default_graph_is_empty(self) -> bool:
        default = pyoxigraph.DefaultGraph()
        return next(iter(self._store.quads_for_pattern(None, None, None, default)), None) is None


def open_local(data: Path | None = None, store: Path | None = None) -> LocalStore:
    """The dataset a user names: a built folder or RDF file (default build/), an on-disk store
    opened read-only, or both, the file loaded into an in-memory copy of the store (so a
    query never writes into a store)."""
    if store is None:
        local = LocalStore()
        local.load(data or Path("build"))
        return local
    disk = LocalStore(store, read_only=True)
    if data is None:
        if disk.is_empty():
            raise QueryError(f"{store}: the store is empty; fill it with peelkg build --store {store}")
        return disk
    local = disk.copy()
    local.load(data)
    return local


def _check_build(folder: Path) -> None:
    """A built folder whose files are not the size its manifest records was damaged or emptied
    since the build: its answers would be silently short, so it is refused."""
    try:
        files = json.loads((folder / output.MANIFEST).read_text(encoding="utf-8")).get("files", {})
    except (OSError, ValueError, AttributeError):
        return  # not a build (or one from before the manifest listed its files): nothing to compare
    for name in ("peel.trig", "peel.nt"):
        recorded, path = files.get(name), folder / name
        if isinstance(recorded, list) and path.is_file() and path.stat().st_size != recorded[0]:
            raise QueryError(f"{path}: {path.stat().st_size:,} bytes where the build wrote {recorded[0]:,}; "
                             f"rebuild it (peelkg build --out {folder})")


def _bulk_load(store: pyoxigraph.Store, data: Path, rdf_format: pyoxigraph.RdfFormat, **options) -> None:
    try:
        store.bulk_load(path=str(data), format=rdf_format, **options)
    except SyntaxError as error:
        raise QueryError(f"{data}: {error}") from error
    except (OSError, ValueError) as error:
        raise QueryError(f"{data}: cannot load: {error}") from error


def read(sparql: str) -> guard.Reading:
    """The guard's lexical reading of a query; QueryRefused if it may not run."""
    try:
        return guard.inspect(sparql)
    except guard.Refused as refused:
        raise QueryRefused(refused.keyword, str(refused)) from None


_ENGINE_POSITION = re.compile(r"^error at (\d+):(\d+): (?:expected )?(.*)$", re.DOTALL)


def syntax_error(sparql: str, error: SyntaxError) -> QueryError:
    """A parse error that shows its place (line and column, 1-based) and the text that stands there.

    pyoxigraph's parser names the furthest place it reached, which is most often the end of
    the query whatever the mistake ("FILTER(?s = ?o !) }" fails at the end, expecting
    ENCODE_FOR_URI). rdflib's grammar, asked for the furthest place any rule failed,
    names the mistake itself ("!"); its 2-30 ms are spent on bad queries only. Where
    rdflib accepts the query (SPARQL 1.2 syntax), pyoxigraph's place stands."""
    match = _ENGINE_POSITION.match(str(error))
    if match is None:
        return QueryError(f"syntax error: {error}")
    line, column, expected = int(match.group(1)), int(match.group(2)), " ".join(match.group(3).split())
    undeclared = guard.undeclared_prefix(sparql)
    offset = None if undeclared else _furthest_failure(sparql)
    if undeclared is not None:
        name, line, column = undeclared
        expected = f"a PREFIX declaration for {name.partition(':')[0]}:"
    elif offset is not None:
        before = sparql[:offset]
        line, column = before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1
        expected = ""  # pyoxigraph's expectations belong to its own place
    lines = sparql.splitlines() or [""]
    line_text = lines[line - 1] if line <= len(lines) else ""
    return QuerySyntaxError(line, column, guard.token_at(sparql, line, column),
                            f"expected {expected}" if expected else "", line_text)


def _furthest_failure(sparql: str) -> int | None:
    """The furthest offset at which a rule of rdflib's SPARQL grammar failed, or None if it parses."""
    import pyparsing  # noqa: PLC0415 - only bad queries pay for rdflib's parser
    from rdflib.plugins.sparql.parser import parseQuery  # noqa: PLC0415

    furthest = 0
    original = pyparsing.ParseBaseException.__init__

    def record(self, *args, **kwargs):
        nonlocal furthest
        original(self, *args, **kwargs)
        furthest = max(furthest, self.loc)

    pyparsing.ParseBaseException.__init__ = record
    try:
        parseQuery(sparql)
    except pyparsing.ParseBaseException:
        return furthest
    except Exception:  # noqa: BLE001 - rdflib's own limits (recursion, unknown terms): no better place
        return None
    finally:
        pyparsing.ParseBaseException.__init__ = original
    return None


def answer(store: LocalStore, sparql: str, fmt: str, *, max_rows: int | None = None, max_bytes: int | None = None,
           reading: guard.Reading | None = None, **dataset) -> bytes:
    """A user's query answered as bytes in format `fmt` (results.FORMATS), refused by the guard
    before the engine sees it if it holds SERVICE, LOAD or an update; TooManyRows or TooLarge past the caps.
    `reading`: the guard's reading of this very query, when the caller has read it already."""
    reading = reading or read(sparql)
    result_format = results.FORMATS.get(fmt)
    if result_format is None:
        raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(results.FORMATS)}")
    kind = results.FORM_KIND.get(reading.form or "")
    if kind is not None and kind not in result_format.writers:
        raise QueryError(f"{reading.form} answers cannot be written as {fmt}; "
                         f"use {' or '.join(results.formats_for(kind))}")
    return results.write(store.evaluate(sparql, reading, **dataset), fmt, max_rows=max_rows, max_bytes=max_bytes)


def query_names() -> list[str]:
    return sorted(p.stem for p in QUERIES_DIR.glob("*.rq"))


def read_query(arg: str) -> str:
    """The text of a query: a path to a .rq file, a name in queries/ ("grades" or "grades.rq"), or a query string."""
    path = Path(arg)
    if _is_file(path):
        return _read(path)
    if re.fullmatch(r"[\w.-]+", arg):
        named = QUERIES_DIR / (arg if arg.endswith(".rq") else f"{arg}.rq")
        if named.is_file():
            return _read(named)
        raise QueryError(f"{arg}: no such query file or named query; named queries: {', '.join(query_names())}")
    if arg.endswith(".rq") and "\n" not in arg:
        raise QueryError(f"{arg}: no such query file")
    return arg


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except (OSError, ValueError):  # a query string too long or odd to be a file name
        return False


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise QueryError(f"{path}: cannot read: {error}") from error


def format_results(variables: Sequence[str], rows: Sequence[Row], fmt: str) -> str:
    """Results as 'table' (aligned text), 'csv' (RFC 4180, plain lexical forms) or 'json' (SPARQL 1.1 JSON)."""
    render = {"table": results.table, "csv": results.csv_text, "json": results.json_text}.get(fmt)
    if render is None:
        raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return render(variables, rows)
