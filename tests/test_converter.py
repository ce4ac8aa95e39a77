"""The converter against the development corpus: each article's facts against its gold file.

One parametrised runner (W3C test-suite style): on failure it prints the missing and the
extra facts. Known failures live in one xfail table with a reason; an empty corpus or an
article without gold fails the run.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from peelkg.evaluate import norm
from peelkg.extract import extract
from peelkg.text import read_source
from peelkg.vocab import lexicon

CORPUS = Path(__file__).parent / "corpus"
ARTICLES = sorted(CORPUS.glob("*.txt"))

# case id -> why it is expected to fail (none at present: add one with a reason, never silently).
XFAIL: dict[str, str] = {}


def test_corpus_is_complete():
    assert len(ARTICLES) >= 30
    golds = sorted(CORPUS.glob("*.gold.json"))
    assert [p.name.removesuffix(".gold.json") for p in golds] == [p.stem for p in ARTICLES]
    forces = {json.loads(p.read_text())["force"] for p in golds} - {None}
    assert len(forces) >= 15


def facts_as_labels(path: Path) -> dict[str, set]:
    lex = lexicon()
    facts = extract(read_source(path))
    label = lambda iri: norm(lex.label[iri])  # noqa: E731
    inspection = facts.inspections[0] if facts.inspections else None
    return {
        "grades": {(norm(j.force.name), label(j.area), label(j.grade)) for j in facts.judgements},
        "grade_counts": {(norm(c.force.name), label(c.grade), c.count) for c in facts.grade_counts},
        "people": {(norm(m.person), label(m.role)) for m in facts.memberships},
        "quotes": {(norm(c.speaker), norm(c.text)) for c in facts.claims if c.direct and isinstance(c.speaker, str)},
        "inspector": {norm(p) for p in inspection.inspectors} if inspection else set(),
        "period": {(inspection.period_start.value if inspection and inspection.period_start else None),
                   (inspection.period_end.value if inspection and inspection.period_end else None)} - {None},
        "published": {facts.published.value} if facts.published else set(),
        "graded_area_count": {inspection.graded_area_count} - {None} if inspection else set(),
    }


def gold_as_labels(path: Path) -> dict[str, set]:
    gold = json.loads(path.with_name(path.stem + ".gold.json").read_text())
    return {
        "grades": {(norm(f), norm(a), norm(g)) for f, a, g in gold["grades"]},
        "grade_counts": {(norm(f), norm(g), n) for f, g, n in gold["grade_counts"]},
        "people": {(norm(p), norm(r)) for p, r in gold["people"]},
        "quotes": {(norm(s), norm(t)) for s, t in gold["quotes"]},
        "inspector": {norm(p) for p in gold["inspector"]},
        "period": {gold["dates"]["period_start"], gold["dates"]["period_end"]} - {None},
        "published": {gold["dates"]["published"]} - {None},
        "graded_area_count": {gold["graded_area_count"]} - {None},
    }


@pytest.mark.parametrize("article", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_article_matches_gold(article: Path, request):
    if article.stem in XFAIL:
        request.applymarker(pytest.mark.xfail(reason=XFAIL[article.stem], strict=True))
    found, gold = facts_as_labels(article), gold_as_labels(article)
    problems = []
    for kind in gold:
        missing, extra = gold[kind] - found[kind], found[kind] - gold[kind]
        problems += [f"{kind} missing: {m}" for m in sorted(missing, key=str)]
        problems += [f"{kind} extra:   {e}" for e in sorted(extra, key=str)]
    assert not problems, f"{article.name}\n" + "\n".join(problems)
