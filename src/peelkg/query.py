"""SPARQL 1.1 queries over the dataset in an embedded pyoxigraph store, and their results as table, CSV or SPARQL JSON.

Queries see the merge of all named graphs as their default graph (GRAPH ?g still reaches
each source's graph), so the competency questions in queries/ read the same on peel.trig
(one graph per source) and peel.ttl (merged).
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from pathlib import Path

import pyoxigraph

from peelkg import vocab

QUERIES_DIR = vocab.QUERIES_DIR
FORMATS = ("table", "csv", "json")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

Term = pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.Literal | pyoxigraph.Triple
Row = tuple[Term | None, ...]


class QueryError(Exception):
    """A query or its data cannot be read or run; the message names the file or query."""


# Only GRAPH and FROM (NAMED) let a query see past the default graph. Searched for outside
# whole-line comments (a line with a quote mark could end a long string, so it stays), and
# inside strings and trailing comments: a false match only costs speed.
_NAMED_GRAPH_KEYWORD = re.compile(r"\b(?:GRAPH|FROM)\b", re.IGNORECASE)
_COMMENT_LINE = re.compile(r"^[ \t]*#[^\"'\n]*$", re.MULTILINE)


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

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        try:
            self._store = pyoxigraph.Store(str(path)) if path is not None else pyoxigraph.Store()
        except OSError as error:
            raise QueryError(f"{path}: cannot open the store: {error}") from error
        self._merge_only: pyoxigraph.Store | None = None
        self._pending: tuple[Path, Path] | None = None  # (peel.trig, peel.nt) not yet in self._store
        if self._default_graph_is_empty() and not self.is_empty():
            self._store.update(vocab.MERGE_GRAPHS)  # a store on disk filled by other means

    def load(self, data: Path) -> None:
        """Load a built folder (its peel.trig) or one RDF file; .trig and .nq keep their graphs.

        A built folder loaded in memory is read as its merge (peel.nt) first: the named
        graphs (peel.trig) are loaded when a query first names a graph, which most do not
        (at 10,000 articles: 4 s to the first answer instead of 15)."""
        data = Path(data)
        merged = None
        if data.is_dir():
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

    def select(self, sparql: str) -> tuple[list[str], list[Row]]:
        """Run a SELECT query over the merged graphs: (variable names, rows of terms or None)."""
        if self._merge_only is not None and not _reaches_named_graphs(sparql):
            store = self._merge_only
        else:
            store = self.with_named_graphs()
        try:
            solutions = store.query(sparql)
        except SyntaxError as error:
            raise QueryError(f"query syntax error: {error}") from error
        except OSError as error:
            raise QueryError(f"query failed: {error}") from error
        if not isinstance(solutions, pyoxigraph.QuerySolutions):
            raise QueryError("only SELECT queries are supported")
        variables = [v.value for v in solutions.variables]
        # A solution iterates over its values in the variables' order, None where unbound;
        # tuple() of it is about a fifth faster than looking each variable up.
        rows = [tuple(solution) for solution in solutions]
        return variables, rows

    def is_empty(self) -> bool:
        return self._pending is None and next(iter(self._store.quads_for_pattern(None, None, None, None)), None) is None

    def _default_graph_is_empty(self) -> bool:
        default = pyoxigraph.DefaultGraph()
        return next(iter(self._store.quads_for_pattern(None, None, None, default)), None) is None


def _bulk_load(store: pyoxigraph.Store, data: Path, rdf_format: pyoxigraph.RdfFormat, **options) -> None:
    try:
        store.bulk_load(path=str(data), format=rdf_format, **options)
    except SyntaxError as error:
        raise QueryError(f"{data}: {error}") from error
    except (OSError, ValueError) as error:
        raise QueryError(f"{data}: cannot load: {error}") from error


def _reaches_named_graphs(sparql: str) -> bool:
    return _NAMED_GRAPH_KEYWORD.search(_COMMENT_LINE.sub("", sparql)) is not None


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
    if fmt == "csv":
        return _csv(variables, rows)
    if fmt == "json":
        return _json(variables, rows)
    if fmt == "table":
        return _table(variables, rows)
    raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def lexical(term: Term | None) -> str:
    """A term as a person reads it: the IRI, the literal's lexical form, or '' when unbound."""
    if term is None:
        return ""
    if isinstance(term, pyoxigraph.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, pyoxigraph.Triple):
        return f"<< {lexical(term.subject)} {lexical(term.predicate)} {lexical(term.object)} >>"
    return term.value


def _csv(variables: Sequence[str], rows: Sequence[Row]) -> str:
    # Not pyoxigraph's CSV serialiser: 0.5.13 leaves an IRI with a comma unquoted, and every
    # evidence span's IRI has one (#char=857,870), which shifts the columns.
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180 and SPARQL 1.1 CSV use CRLF
    writer.writerow(variables)
    writer.writerows([lexical(term) for term in row] for row in rows)
    return out.getvalue()


def _json_term(term: Term) -> dict:
    if isinstance(term, pyoxigraph.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, pyoxigraph.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, pyoxigraph.Triple):
        return {"type": "triple", "value": {
            "subject": _json_term(term.subject),
            "predicate": _json_term(term.predicate),
            "object": _json_term(term.object),
        }}
    binding = {"type": "literal", "value": term.value}
    if term.language:
        binding["xml:lang"] = term.language
    elif term.datatype.value not in (_XSD_STRING, _RDF_LANG_STRING):
        binding["datatype"] = term.datatype.value
    return binding


def _json(variables: Sequence[str], rows: Sequence[Row]) -> str:
    bindings = [
        {var: _json_term(term) for var, term in zip(variables, row) if term is not None}
        for row in rows
    ]
    document = {"head": {"vars": list(variables)}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _table(variables: Sequence[str], rows: Sequence[Row]) -> str:
    # One line per row: newlines inside values would break the alignment.
    cells = [[" ".join(lexical(term).split()) for term in row] for row in rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(variables)]
    lines = [
        "  ".join(v.ljust(w) for v, w in zip(variables, widths)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"
