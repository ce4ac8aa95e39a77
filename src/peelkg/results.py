"""Query answers as bytes: SELECT and ASK as table, CSV, SPARQL JSON, XML or TSV; CONSTRUCT and DESCRIBE as RDF.

SPARQL 1.1 Query Results JSON, XML, CSV and TSV; RDF in the formats pyoxigraph writes.
`write` is the one place where a result becomes bytes, for the command line and the server,
with a cap on the rows and on the bytes so that a result too large is refused, not truncated.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import islice

import pyoxigraph

from .vocab import PREFIXES

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

Term = pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.Literal | pyoxigraph.Triple
Row = tuple[Term | None, ...]
Result = pyoxigraph.QuerySolutions | pyoxigraph.QueryBoolean | pyoxigraph.QueryTriples

SOLUTIONS, BOOLEAN, GRAPH = "solutions", "boolean", "graph"
FORM_KIND = {"SELECT": SOLUTIONS, "ASK": BOOLEAN, "CONSTRUCT": GRAPH, "DESCRIBE": GRAPH}


class TooManyRows(Exception):
    """A SELECT gave more rows than allowed."""


class TooLarge(Exception):
    """An answer grew past its size cap while being written."""


Writer = Callable[[Result, "_CappedWriter", int | None], None]


@dataclass(frozen=True)
class ResultFormat:
    name: str
    media_type: str
    writers: dict[str, Writer]  # one for each kind of result it can write: solutions, boolean, graph


def lexical(term: Term | None) -> str:
    """A term as a person reads it: the IRI, the literal's lexical form, or '' when unbound."""
    if term is None:
        return ""
    if isinstance(term, pyoxigraph.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, pyoxigraph.Triple):
        return f"<< {lexical(term.subject)} {lexical(term.predicate)} {lexical(term.object)} >>"
    return term.value


def csv_text(variables: Sequence[str], rows: Sequence[Row]) -> str:
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


def bindings(variables: Sequence[str], rows: Sequence[Row]) -> list[dict]:
    """Rows as SPARQL 1.1 JSON's bindings (one dict a row, unbound variables left out)."""
    return [{var: _json_term(term) for var, term in zip(variables, row) if term is not None} for row in rows]


def json_text(variables: Sequence[str], rows: Sequence[Row]) -> str:
    document = {"head": {"vars": list(variables)}, "results": {"bindings": bindings(variables, rows)}}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def table(variables: Sequence[str], rows: Sequence[Row]) -> str:
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


# --- bytes, capped ------------------------------------------------------------------------


class _CappedWriter:
    """A binary sink that refuses to grow past max_bytes (pyoxigraph serialisers write into it)."""

    def __init__(self, max_bytes: int | None) -> None:
        self.max_bytes = max_bytes
        self.parts: list[bytes] = []
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.max_bytes is not None and self.size > self.max_bytes:
            raise TooLarge(f"the answer is larger than {self.max_bytes:,} bytes")
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def getvalue(self) -> bytes:
        return b"".join(self.parts)


def solution_rows(solutions: pyoxigraph.QuerySolutions, max_rows: int | None = None) -> tuple[list[str], list[Row]]:
    """(variable names, rows of terms or None); TooManyRows past max_rows."""
    variables = [v.value for v in solutions.variables]
    # A solution iterates over its values in the variables' order, None where unbound;
    # tuple() of it is about a fifth faster than looking each variable up.
    rows = [tuple(solution) for solution in islice(solutions, None if max_rows is None else max_rows + 1)]
    if max_rows is not None and len(rows) > max_rows:
        raise TooManyRows(f"the query gives more than {max_rows:,} rows")
    return variables, rows


def _text(render: Callable[[Sequence[str], Sequence[Row]], str]) -> Writer:
    def write(result: Result, out: _CappedWriter, max_rows: int | None) -> None:
        out.write(render(*solution_rows(result, max_rows)).encode("utf-8"))
    return write


def _boolean_text(result: Result, out: _CappedWriter, max_rows: int | None) -> None:
    out.write(b"true\n" if bool(result) else b"false\n")


def _boolean_json(result: Result, out: _CappedWriter, max_rows: int | None) -> None:
    out.write((json.dumps({"head": {}, "boolean": bool(result)}, indent=2) + "\n").encode())


def _results(results_format: pyoxigraph.QueryResultsFormat) -> Writer:
    def write(result: Result, out: _CappedWriter, max_rows: int | None) -> None:
        if max_rows is not None and isinstance(result, pyoxigraph.QuerySolutions):
            raise ValueError("pyoxigraph writes these results whole: cap them by size")
        result.serialize(out, format=results_format)
    return write


# Our own resources stay whole IRIs: as pk: names their slashes and '#char=b,e' need escapes.
_PREFIXES = {name: iri for name, iri in PREFIXES.items() if name != "pk"}


def _graph(rdf_format: pyoxigraph.RdfFormat) -> Writer:
    prefixes = _PREFIXES if rdf_format in (pyoxigraph.RdfFormat.TURTLE, pyoxigraph.RdfFormat.TRIG) else None

    def write(result: Result, out: _CappedWriter, max_rows: int | None) -> None:
        triples = result if max_rows is None else _counted(result, max_rows)
        if rdf_format.supports_datasets:  # a CONSTRUCT gives triples: they go in the default graph
            triples = (pyoxigraph.Quad(t.subject, t.predicate, t.object) for t in triples)
        pyoxigraph.serialize(triples, out, format=rdf_format, **({"prefixes": prefixes} if prefixes else {}))
    return write


def _counted(items, max_rows: int):
    for count, item in enumerate(items, 1):
        if count > max_rows:
            raise TooManyRows(f"the query gives more than {max_rows:,} results")
        yield item


_QRF, _RDF = pyoxigraph.QueryResultsFormat, pyoxigraph.RdfFormat
FORMATS: dict[str, ResultFormat] = {f.name: f for f in (
    # The command line's own: a person's table, CSV as a spreadsheet reads it, indented JSON.
    ResultFormat("table", "text/plain; charset=utf-8", {SOLUTIONS: _text(table), BOOLEAN: _boolean_text}),
    ResultFormat("csv", "text/csv; charset=utf-8", {SOLUTIONS: _text(csv_text)}),
    ResultFormat("json", _QRF.JSON.media_type, {SOLUTIONS: _text(json_text), BOOLEAN: _boolean_json}),
    # SPARQL 1.1 Protocol answers, written by pyoxigraph (CSV stays ours: see csv_text).
    ResultFormat("srj", _QRF.JSON.media_type, {SOLUTIONS: _results(_QRF.JSON), BOOLEAN: _results(_QRF.JSON)}),
    ResultFormat("srx", _QRF.XML.media_type, {SOLUTIONS: _results(_QRF.XML), BOOLEAN: _results(_QRF.XML)}),
    ResultFormat("tsv", _QRF.TSV.media_type, {SOLUTIONS: _results(_QRF.TSV)}),
    ResultFormat("turtle", _RDF.TURTLE.media_type, {GRAPH: _graph(_RDF.TURTLE)}),
    ResultFormat("ntriples", _RDF.N_TRIPLES.media_type, {GRAPH: _graph(_RDF.N_TRIPLES)}),
    ResultFormat("jsonld", _RDF.JSON_LD.media_type, {GRAPH: _graph(_RDF.JSON_LD)}),
    ResultFormat("rdfxml", _RDF.RDF_XML.media_type, {GRAPH: _graph(_RDF.RDF_XML)}),
    ResultFormat("nquads", _RDF.N_QUADS.media_type, {GRAPH: _graph(_RDF.N_QUADS)}),
    ResultFormat("trig", _RDF.TRIG.media_type, {GRAPH: _graph(_RDF.TRIG)}),
)}


def kind_of(result: Result) -> str:
    if isinstance(result, pyoxigraph.QuerySolutions):
        return SOLUTIONS
    if isinstance(result, pyoxigraph.QueryBoolean):
        return BOOLEAN
    return GRAPH


def formats_for(kind: str) -> list[str]:
    """The names of the formats that can write this kind of result."""
    return [name for name, f in FORMATS.items() if kind in f.writers]


def write(result: Result, fmt: str, *, max_rows: int | None = None, max_bytes: int | None = None) -> bytes:
    """The result in format `fmt` (a key of FORMATS, which can write this kind of result);
    TooManyRows or TooLarge past the caps."""
    out = _CappedWriter(max_bytes)
    FORMATS[fmt].writers[kind_of(result)](result, out, max_rows)
    return out.getvalue()
