"""The `peelkg` command: one verb per pipeline stage.

Exit codes: 0 ok, 1 validation failed, 2 bad input or usage, 3 internal error.
Warnings about the sources never change the exit code.
"""
from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path

from . import __version__
from .limits import MAX_ARTICLE_BYTES
from .limits import QUERY as QUERY_LIMITS
from .limits import VALIDATE as VALIDATE_LIMITS
from .limits import SERVE as SERVE_DEFAULTS

EXIT_OK, EXIT_INVALID, EXIT_INPUT, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

EPILOG = """exit codes:
  0  ok (warnings about the sources do not change it; with --keep-going, articles
     that could not be read are listed and skipped, and the rest built is 0 too)
  1  validation failed: the graph breaks a SHACL shape or a *-violation check
  2  bad input or usage: a file that cannot be read or written, an --out that a
     build may not replace, a query that does not parse or is refused
  3  internal error: a bug in peelkg; please report it with the traceback
  130  interrupted (Ctrl-C)"""


QUERY_FORMATS = ("table", "csv", "json", "turtle", "ntriples")
QUERY_EPILOG = """A query may not hold SERVICE, LOAD or any SPARQL Update: those are refused (exit 2)
before anything runs. A query that passes --timeout, --limit or --max-memory is stopped
(exit 2) with a message naming the limit, and prints no results.

""" + EPILOG


SERVE_EPILOG = f"""limits (named settings in peelkg/limits.py):
  a query is killed past --timeout (503 naming it) or {SERVE_DEFAULTS.max_memory_mb} MB of its own memory (503);
  an answer past --max-result-mb is 422, never truncated; {SERVE_DEFAULTS.queue} requests may wait for a
  worker, then 503 with Retry-After: {SERVE_DEFAULTS.retry_after_s}; a request body past {SERVE_DEFAULTS.max_body_kb} KB is 413,
  a URL past {SERVE_DEFAULTS.max_url_bytes} bytes 414. SERVICE, LOAD, updates and graphs outside the
  dataset are refused (400) before anything runs. Ctrl-C or SIGTERM stops every worker.

""" + EPILOG


def _positive(kind):
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            value = 0
        if value <= 0:
            raise argparse.ArgumentTypeError(f"expected a positive number, not {text!r}")
        return value
    return parse


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="peelkg", description="Police inspection (PEEL) articles → a linked-data knowledge graph.",
                                     epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="VERB")

    build = verbs.add_parser("build", help="convert every article, validate, write the dataset", epilog=EPILOG,
                             formatter_class=argparse.RawDescriptionHelpFormatter)
    build.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of .txt articles (default: seeds/)")
    build.add_argument("--out", type=Path, default=Path("build"),
                       help="where to write the dataset (default: build/): a missing or empty folder, or an earlier "
                            "build, which is replaced only when the new one is complete")
    build.add_argument("--jobs", type=int, default=None, help="worker processes (default: one per core)")
    build.add_argument("--cache", type=Path, default=None,
                       help="cache of converted articles (default: .peelkg-cache beside OUT)")
    build.add_argument("--no-cache", action="store_true", help="convert every article again, even if the dataset is up to date")
    build.add_argument("--store", default=None,
                       help="also load the dataset into a store: a folder (on-disk Oxigraph) or a SPARQL endpoint URL")
    build.add_argument("--graph-store", default=None, help="Graph Store Protocol URL of a remote --store")
    build.add_argument("--keep-going", action="store_true",
                       help="build every article that can be read; list the others and why (exit 0 if the rest built)")
    build.add_argument("--max-article-bytes", type=_size, default=MAX_ARTICLE_BYTES, metavar="N",
                       help=f"refuse an article larger than this (default: {MAX_ARTICLE_BYTES:,}; 0: no limit)")
    build.add_argument("--include-texts", action="store_true",
                       help="publish each article's whole text (schema:text); by default only the evidence "
                            "excerpts are published, as the texts remain their publishers'")

    convert = verbs.add_parser("convert", help="one article → Turtle on stdout")
    convert.add_argument("file", type=Path)

    validate = verbs.add_parser("validate", help="validate RDF files against the SHACL shapes")
    validate.add_argument("files", type=Path, nargs="+")
    validate.add_argument("--shapes", type=Path, action="append", metavar="FILE",
                          help="validate against this shapes graph (repeat to merge files) instead of the project's")
    validate.add_argument("--timeout", type=_positive(float), default=VALIDATE_LIMITS.timeout, metavar="S",
                          help=f"stop validating after S seconds (default: {VALIDATE_LIMITS.timeout:g})")

    query = verbs.add_parser(
        "query", help="run a SPARQL query (a .rq file, a name in queries/, or a query string)", epilog=QUERY_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    query.add_argument("query")
    query.add_argument("--data", type=Path, default=None,
                       help="built folder or RDF file (default: build/); with --store, read beside the store, never into it")
    query.add_argument("--format", choices=QUERY_FORMATS, default=None,
                       help="table (default), csv or json for SELECT and ASK; turtle (default) or ntriples for CONSTRUCT and DESCRIBE")
    query.add_argument("--store", default=None, help="an on-disk Oxigraph folder (opened read-only) or a SPARQL endpoint URL")
    query.add_argument("--timeout", type=_positive(float), default=QUERY_LIMITS.timeout, metavar="S",
                       help=f"stop the query after S seconds (default: {QUERY_LIMITS.timeout:g})")
    query.add_argument("--limit", type=_positive(int), default=QUERY_LIMITS.max_rows, metavar="N",
                       help="stop if the query gives more than N results (default: no limit)")
    query.add_argument("--max-memory", type=_positive(int), default=QUERY_LIMITS.max_memory_mb, metavar="MB",
                       help=f"stop the query past MB of memory (default: {QUERY_LIMITS.max_memory_mb})")

    serve = verbs.add_parser(
        "serve", help="serve the dataset: SPARQL endpoint, linked-data pages, query page", epilog=SERVE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    serve.add_argument("--data", type=Path, default=Path("build"), help="built folder or RDF file (default: build/)")
    serve.add_argument("--host", default=SERVE_DEFAULTS.host, help=f"address to listen on (default: {SERVE_DEFAULTS.host})")
    serve.add_argument("--port", type=int, default=SERVE_DEFAULTS.port, help=f"(default: {SERVE_DEFAULTS.port})")
    serve.add_argument("--base", default=None,
                       help="URL where the IRIs of the dataset (its w3id root) are served (default: http://HOST:PORT/)")
    serve.add_argument("--timeout", type=_positive(float), default=SERVE_DEFAULTS.timeout, metavar="S",
                       help=f"seconds a query may run; past it 503 (default: {SERVE_DEFAULTS.timeout:g})")
    serve.add_argument("--max-result-mb", type=_positive(int), default=SERVE_DEFAULTS.max_result_mb, metavar="N",
                       help=f"largest answer; past it 422 (default: {SERVE_DEFAULTS.max_result_mb})")
    serve.add_argument("--workers", type=_positive(int), default=SERVE_DEFAULTS.workers, metavar="N",
                       help=f"queries running at once, each in its own process (default: {SERVE_DEFAULTS.workers})")
    serve.add_argument("--cache-mb", type=_cache_mb, default=SERVE_DEFAULTS.cache_mb, metavar="N",
                       help=f"answers kept to be given again without running their query; 0: none "
                            f"(default: {SERVE_DEFAULTS.cache_mb})")

    evaluate = verbs.add_parser("eval", help="score the converter against a corpus with gold facts")
    evaluate.add_argument("corpus", type=Path)
    evaluate.add_argument("--out", type=Path, default=None, help="keep the built corpus here")
    evaluate.add_argument("--details", action="store_true", help="list every missed and extra fact")
    return parser


def _size(value: str) -> int | None:
    try:
        size = int(value.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of bytes: {value!r}") from None
    if size < 0:
        raise argparse.ArgumentTypeError("a size cannot be negative")
    return size or None


def main(argv: list[str] | None = None) -> int:
    try:
        try:
            args = _parser().parse_args(argv)
        except SystemExit as done:  # argparse printed the usage error, --help or --version
            return done.code
        from .query import QueryError
        from .remote import RemoteStoreError
        from .text import InputError
        try:
            return {"build": _build, "convert": _convert, "validate": _validate, "query": _query,
                    "serve": _serve, "eval": _eval}[args.verb](args)
        except (InputError, QueryError, RemoteStoreError) as err:
            print(f"peelkg: error: {err}", file=sys.stderr)
            return EXIT_INPUT
        except BrokenPipeError:  # the reader went away (| head): stop quietly, as other tools do
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_OK
        except OSError as err:  # the file system refused: a folder not writable, a disk full
            place = f"{err.filename}: " if err.filename else ""
            print(f"peelkg: error: {place}{err.strerror or err}", file=sys.stderr)
            return EXIT_INPUT
    except KeyboardInterrupt:
        print("peelkg: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
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
                               force=args.no_cache, max_article_bytes=args.max_article_bytes,
                               keep_going=args.keep_going, include_texts=args.include_texts)
    except dataset.BuildFailed as failed:
        print(failed.report.render(), file=sys.stderr)
        print(f"peelkg: build failed: {len(failed.report.violations)} violation(s); {args.out} was left as it was",
              file=sys.stderr)
        return EXIT_INVALID
    for warning in result.warnings:
        print(warning, file=sys.stderr)
    for problem in result.skipped:
        print(f"peelkg: skipped: {problem}", file=sys.stderr)
    state = "up to date" if result.up_to_date else "written"
    skipped = f", {len(result.skipped)} article(s) skipped" if result.skipped else ""
    print(f"{result.out}: {state}: {result.sources} sources, {result.triples} triples, "
          f"{len(result.warnings)} warning(s){skipped}")
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
    notes = []
    quads = rdf.canonical(rdf.article_quads(dataset.convert(args.file, notes)))
    for note in notes:
        print(dataset.Diagnostic.of(note, args.file.parent), file=sys.stderr)
    triples = list(dict.fromkeys(q.triple for q in quads))
    sys.stdout.buffer.write(ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=vocab.PREFIXES))
    return EXIT_OK


def _validate(args) -> int:
    import multiprocessing

    from . import processes, validate
    from .text import InputError
    # In a worker that is killed past --timeout: a shapes file is a user's input, and its patterns
    # and SPARQL constraints can take unbounded time.
    with processes.pool(1) as worker:
        job = worker.apply_async(validate.validate_files, (args.files,), {"shapes": args.shapes})
        try:
            report = job.get(timeout=args.timeout)
        except multiprocessing.TimeoutError:  # leaving the pool's block kills the worker
            raise InputError(f"validation stopped after {args.timeout:g} s (--timeout {args.timeout:g}): "
                             "no report") from None
    if report.note:
        print(f"peelkg: note: {report.note}", file=sys.stderr)
    print(report.render())
    return EXIT_OK if report.conforms else EXIT_INVALID


def _query(args) -> int:
    from .query import QueryError, format_results, open_local, read, read_query
    from .remote import RemoteStore, is_store_url
    from .limits import Limits
    from .workers import LimitExceeded, Pool
    sparql = read_query(args.query)
    reading = read(sparql)  # SERVICE, LOAD and updates are refused before any data is read
    graph_form = reading.form in ("CONSTRUCT", "DESCRIBE")
    fmt = args.format or ("turtle" if graph_form else "table")
    if args.store and is_store_url(args.store):
        if args.format not in (None, "table", "csv", "json"):
            raise QueryError(f"a remote store answers SELECT queries as table, csv or json, not {fmt}")
        variables, rows = RemoteStore(args.store, timeout=args.timeout).select(sparql)
        if args.limit is not None and len(rows) > args.limit:
            raise LimitExceeded("rows", f"the query gives more than {args.limit:,} results (--limit {args.limit})")
        sys.stdout.write(format_results(variables, rows, fmt))
        return EXIT_OK
    limits = Limits(timeout=args.timeout, max_rows=args.limit, max_memory_mb=args.max_memory)
    store, data = (Path(args.store) if args.store else None), args.data
    with Pool(lambda: open_local(data, store), limits=limits) as pool:
        try:
            body = pool.run(sparql, fmt)
        except LimitExceeded as stopped:
            option = {"timeout": f"--timeout {args.timeout:g}", "rows": f"--limit {args.limit}",
                      "memory": f"--max-memory {args.max_memory}"}[stopped.limit]
            raise LimitExceeded(stopped.limit, f"{stopped} ({option}); nothing was printed") from None
    sys.stdout.write(body.decode("utf-8"))
    return EXIT_OK


def _cache_mb(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"expected a number of MB (0: no cache), not {text!r}")
    return int(text)


def _serve(args) -> int:
    from dataclasses import replace

    from .serve import serve
    settings = replace(SERVE_DEFAULTS, host=args.host, port=args.port, timeout=args.timeout,
                       max_result_mb=args.max_result_mb, workers=args.workers, cache_mb=args.cache_mb)
    print(f"peelkg: serving {args.data} at {args.base or f'http://{args.host}:{args.port}/'} (Ctrl-C stops)",
          file=sys.stderr)
    serve(args.data, settings, args.base)
    return EXIT_OK


def _eval(args) -> int:
    from . import dataset, evaluate
    try:
        scores = evaluate.evaluate(args.corpus, out=args.out)
    except dataset.BuildFailed as failed:
        print(failed.report.render(), file=sys.stderr)
        print(f"peelkg: the corpus {args.corpus} does not build: {len(failed.report.violations)} violation(s)",
              file=sys.stderr)
        return EXIT_INVALID
    texts = evaluate.read_texts(args.corpus, evaluate.read_gold(args.corpus)) if args.details else None
    print(evaluate.render(scores, details=args.details, texts=texts))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
