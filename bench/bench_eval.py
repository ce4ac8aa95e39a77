"""Print the converter's precision, recall and F1 per fact type on a corpus with gold facts.

    python bench/bench_eval.py [CORPUS ...]     (default: tests/corpus and, if present, tests/heldout)

The same table as `peelkg eval`, plus the time the corpus took to build.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from peelkg import evaluate

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    corpora = [Path(a) for a in argv] or [p for p in (ROOT / "tests" / "corpus", ROOT / "tests" / "heldout") if p.is_dir()]
    for corpus in corpora:
        started = time.perf_counter()
        scores = evaluate.evaluate(corpus)
        elapsed = time.perf_counter() - started
        articles = len(list(corpus.glob("*.txt")))
        print(f"\n{corpus.relative_to(ROOT) if corpus.is_relative_to(ROOT) else corpus}: "
              f"{articles} articles, built and scored in {elapsed:.2f} s")
        print(evaluate.render(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
