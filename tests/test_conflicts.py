"""Sources that disagree, or contradict themselves: recorded faithfully, reported, never fatal."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from peelkg import dataset
from peelkg.query import LocalStore, lexical, read_query

CASES = Path(__file__).parent / "conflicts"
PAIRS = sorted(p for p in CASES.iterdir() if (p / "b.txt").exists())


def rows(out: Path, name: str) -> list[dict[str, str]]:
    store = LocalStore()
    store.load(out)
    variables, found = store.select(read_query(name))
    return [{v: lexical(t) for v, t in zip(variables, row)} for row in found]


def test_there_are_cases():
    assert len(PAIRS) >= 2


@pytest.mark.parametrize("case", PAIRS, ids=[p.name for p in PAIRS])
def test_disagreements_are_kept_listed_and_warned(case: Path, tmp_path):
    expected = json.loads((case / "expected.json").read_text())
    result = dataset.build(case, tmp_path / "out")  # does not raise: a conflict is not our bug
    listed = {(r["force"], r["area_or_grade"], frozenset(r["values"].split("; "))) for r in rows(result.out, "conflicts")}
    wanted = {(force, key, frozenset(map(str, values)))
              for force, key, values in expected["grades"] + expected["grade_counts"]}
    assert listed == wanted
    # Both values stay in the graph, each with the source that states it.
    stated = {(r["area"], r["grade"], r["source"]) for r in rows(result.out, "grades")} | \
             {(r["grade"], r["count"], r["source"]) for r in rows(result.out, "grade_counts")}
    for force, key, values in expected["grades"] + expected["grade_counts"]:
        for value, source in zip(values, ("a.txt", "b.txt")):
            assert (key, str(value), source) in stated
    codes = [w.code for w in result.warnings]
    assert codes and all(code.startswith("check:conflicting-") for code in codes)


def test_a_source_that_contradicts_itself_is_a_warning(tmp_path):
    case = CASES / "self-contradiction"
    (force, stated, summed), = json.loads((case / "expected.json").read_text())["count_mismatch"]
    result = dataset.build(case, tmp_path / "out")
    mismatch = [w for w in result.warnings if w.code == "grade-count-mismatch"]
    assert len(mismatch) == 1 and f"sum to {summed}" in mismatch[0].message and f"says {stated}" in mismatch[0].message
    # The counts are kept as stated.
    counts = {(r["grade"], int(r["count"])) for r in rows(result.out, "grade_counts")}
    assert sum(n for _, n in counts) == summed
