"""Conversion time (text → facts) against an article's size, and the fitted growth exponent.

    python bench/bench_article_size.py [--sizes 0.1,1,5,20] [--timeout 600] [--profile MB]

One article per size: seeds/000_*.txt and the first synthetic articles of bench/synth.py
(press release, news, bullets, responses: seed 0) joined by blank lines, repeated until the
size (MB of UTF-8) is reached. Each size is converted (`extract` on a Source: reading the
text into sentences, lines and phrases, then every extractor) in a fresh subprocess, killed
at --timeout. The exponent k of time ∝ size^k is the least-squares slope of log(time)
against log(size) over the sizes that finished; linear growth is k = 1.
"""
from __future__ import annotations

import argparse
import cProfile
import hashlib
import math
import multiprocessing as mp
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import synth  # noqa: E402

UNIT_ARTICLES = 6  # synthetic articles in the repeated unit: every style of synth.py at seed 0


def unit_text() -> str:
    writer = synth.Writer(0)
    order = list(writer.forces)
    writer.rng.shuffle(order)
    seed = next((ROOT / "seeds").glob("000_*.txt")).read_text(encoding="utf-8")
    pieces = [seed.strip()] + [writer.article(order[i]).text().strip() for i in range(UNIT_ARTICLES)]
    return "\n\n".join(pieces) + "\n\n"


def article(megabytes: float) -> str:
    unit = unit_text()
    wanted = int(megabytes * 1_000_000)
    repeats = max(1, math.ceil(wanted / len(unit.encode("utf-8"))))
    return unit * repeats


def _convert(megabytes: float, queue, profile: bool) -> None:
    from peelkg.extract import extract
    from peelkg.facts import Source
    from peelkg.vocab import lexicon

    text = article(megabytes)
    lexicon()  # loaded once per process, as a build worker does: not part of an article's cost
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    source = Source(id=digest[:16], name="bench.txt", text=text, sha256=digest)
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    facts = extract(source)
    elapsed = time.perf_counter() - started
    if profiler:
        profiler.disable()
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(30)
    queue.put((len(text.encode("utf-8")), elapsed, len(facts.claims), len(facts.judgements)))


def measure(megabytes: float, timeout: float, profile: bool = False):
    """(bytes, seconds, claims, judgements), or None when the conversion passed `timeout`."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    worker = ctx.Process(target=_convert, args=(megabytes, queue, profile))
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        worker.kill()
        worker.join()
        return None
    return queue.get() if worker.exitcode == 0 else None


def exponent(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of log(seconds) against log(bytes)."""
    xs = [math.log(b) for b, _ in points]
    ys = [math.log(s) for _, s in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.1,1,5,20", help="article sizes in MB, comma-separated")
    parser.add_argument("--timeout", type=float, default=600, help="seconds before a size is given up")
    parser.add_argument("--profile", type=float, metavar="MB", help="print a cProfile of one size instead")
    args = parser.parse_args(argv)
    if args.profile:
        measure(args.profile, args.timeout, profile=True)
        return 0
    print(f"unit: {len(unit_text().encode('utf-8')):,} bytes (seeds/000 + {UNIT_ARTICLES} synthetic articles)")
    print(f"{'size':>8}  {'bytes':>12}  {'convert':>10}  {'MB/s':>6}  {'claims':>8}  {'grades':>8}")
    points = []
    for megabytes in (float(s) for s in args.sizes.split(",")):
        result = measure(megabytes, args.timeout)
        if result is None:
            print(f"{megabytes:>6g} MB  {'':>12}  {'> ' + format(args.timeout, 'g') + ' s':>10}")
            continue
        size, seconds, claims, judgements = result
        points.append((size, seconds))
        print(f"{megabytes:>6g} MB  {size:>12,}  {seconds:>8.2f} s  {size / 1e6 / seconds:>6.2f}  {claims:>8,}  {judgements:>8,}")
    if len(points) >= 2:
        print(f"fitted exponent (time ∝ size^k, log-log least squares over {len(points)} sizes): k = {exponent(points):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
