"""The `peelkg` command: one verb per pipeline stage.

Exit codes: 0 ok, 1 validation failed, 2 bad input or usage, 3 internal error.
Warnings about the sources never change the exit code.
"""
from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

EXIT_OK, EXIT_INVALID, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3

EPILOG = """exit codes:
  0  ok (warnings about the sources do not change it)
  1  validation failed: the graph breaks a SHACL shape or a *-violation check
  2  bad input or usage: a file that cannot be read, a query that does not parse
  3  internal error: a bug in peelkg; please report it with the traceback"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="peelkg", description="Police inspection (PEEL) articles → a linked-data knowledge graph.",
                                     epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="VERB")

    build = verbs.add_parser("build", help="convert every article, validate, write the dataset", epilog=EPILOG,
                             formatter_class=argparse.RawDescriptionHelpFormatter)
    build.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of .txt articles (default: seeds/)")
    build.add_argument("--out", type=Path, default=Path("build"), help="where to write the dataset (default: build/)")
    build.add_argument("--jobs", type=int, default=None, help="worker processes (default: one per core)")
    build.add_argument("--cache", type=Path, default=None,
                       help="cache of converted articles (default: .peelkg-cache beside OUT)")
    build.add_argument("--no-cache", action="store_true", help="convert every article again, even if the dataset is up to date")
    build.add_argument("--store", default=None,
                       help="also load the dataset into a store: a folder (on-disk Oxigraph) or a SPARQL endpoint URL")
    build.add_argument("--graph-store", default=None, help="Graph Store Protocol URL of a remote --store")

    convert = verbs.add_parser("convert", help="one article → Turtle on stdout")
    convert.add_argument("file", type=Path)

    validate = verbs.add_parser("validate", help="validate RDF files against the SHACL shapes")
    validate.add_argument("files", type=Path, nargs="+")
    validate.add_argument("--shapes", type=Path, action="append", metavar="FILE",
                          help="validate against this shapes graph (repeat to merge files) instead of the project's")

    query = verbs.add_parser("query", help="run a SPARQL query (a .rq file, a name in queries/, or a query string)")
    query.add_argument("query")
    query.add_argument("--data", type=Path, default=None, help="built folder or RDF file (default: build/)")
    query.add_argument("--format", choices=("table", "csv", "json"), default="table")
    query.add_argument("--store", default=None, help="an on-disk Oxigraph folder or a SPARQL endpoint URL")

    evaluate = verbs.add_parser("eval", help="score the converter against a corpus with gold facts")
    evaluate.add_argument("corpus", type=Path)
    evaluate.add_argument("--out", type=Path, default=None, help="keep the built corpus here")
    evaluate.add_argument("--details", action="store_true", help="list every missed and extra fact")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from .query import QueryError
    from .remote import RemoteStoreError
    from .text import InputError
    try:
        return {"build": _build, "convert": _convert, "validate": _validate, "query": _query,
                "eval": _eval}[args.verb](args)
    except (InputError, QueryError, RemoteStoreError) as err:
        print(f"peelkg: error: {err}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return EXIT_INTERNAL
    except Exception:  # noqa: BLE001 - the last line of defence names the bug
        traceback.print_exc()
        print("peelkg: internal error (exit 3): please report this with the traceback above", file=sys.stderr)
        return EXIT_INTERNAL


def _build(args) -> int:
    from . import dataset
    cache = None if args.no_cache else (args.cache or args.out.resolve().parent / ".peelkg-cache")
    update, total = dataset.progress_printer()
    try:
        result = dataset.build(args.seeds, args.out, jobs=args.jobs, cache_dir=cache, progress=update, on_total=total,
                               force=args.no_cache)
    except dataset.BuildFailed as failed:
        print(failed.report.render(), file=sys.stderr)
        print(f"peelkg: build failed: {len(failed.report.violations)} violation(s); {args.out} was left as it was",
              file=sys.stderr)
        return EXIT_INVALID
    for warning in result.warnings:
        print(warning, file=sys.stderr)
    state = "up to date" if result.up_to_date else "written"
    print(f"{result.out}: {state}: {result.sources} sources, {result.triples} triples, "
          f"{len(result.warnings)} warning(s)")
    if args.store:
        _load_store(args.store, args.graph_store, result.out)
    return EXIT_OK


def _load_store(spec: str, graph_store: str | None, out: Path) -> None:
    from .query import LocalStore
    from .remote import RemoteStore, is_store_url
    if is_store_url(spec):
        graphs = RemoteStore(spec, graph_store).push_dataset(out / "peel.trig", prune=True)
        print(f"{spec}: {graphs} graphs loaded")
    else:
        store = LocalStore(Path(spec))
        store.replace(out)
        print(f"{spec}: on-disk store loaded")


def _convert(args) -> int:
    import pyoxigraph as ox

    from . import dataset, rdf, vocab
    quads = rdf.canonical(rdf.article_quads(dataset.convert(args.file)))
    triples = list(dict.fromkeys(q.triple for q in quads))
    sys.stdout.buffer.write(ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=vocab.PREFIXES))
    return EXIT_OK


def _validate(args) -> int:
    from . import validate
    report = validate.validate_files(args.files, shapes=args.shapes)
    if report.note:
        print(f"peelkg: note: {report.note}", file=sys.stderr)
    print(report.render())
    return EXIT_OK if report.conforms else EXIT_INVALID


def _open_store(spec: str | None, data: Path | None):
    from .query import LocalStore
    from .remote import RemoteStore, is_store_url
    if spec and is_store_url(spec):
        return RemoteStore(spec)
    store = LocalStore(Path(spec) if spec else None)
    if data is not None or store.is_empty():
        store.load(data or Path("build"))
    return store


def _query(args) -> int:
    from .query import format_results, read_query
    sparql = read_query(args.query)
    variables, rows = _open_store(args.store, args.data).select(sparql)
    sys.stdout.write(format_results(variables, rows, args.format))
    return EXIT_OK


def _eval(args) -> int:
    from . import evaluate
    scores = evaluate.evaluate(args.corpus, out=args.out)
    print(evaluate.render(scores, details=args.details))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
