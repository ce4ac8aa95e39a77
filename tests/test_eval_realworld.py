"""`peelkg eval tests/realworld`: the converter on real articles (issue 16), people and claims.

People with their role, direct quotes, inspectors and dates must each reach F1 ≥ 0.95 on the
real-world corpus. (Grades and grade counts, the other half of issue 16, are scored by the same
evaluation; their test belongs with the converter's grading.)
"""
from __future__ import annotations

from pathlib import Path

import pytest

from peelkg import evaluate

REALWORLD = Path(__file__).parent / "realworld"
KINDS = ("people", "quotes", "inspector", "dates")


@pytest.fixture(scope="module")
def scores():
    return evaluate.evaluate(REALWORLD)


@pytest.mark.parametrize("kind", KINDS)
def test_people_and_claims_in_real_articles(scores, kind):
    score = scores[kind]
    assert score.gold, f"the corpus has no gold {kind}"
    assert score.f1 >= 0.95, evaluate.render(scores, details=True)


def test_names_that_differ_only_by_accents_are_one_name():
    """'Zoë Billingham' and 'Zoe Billingham' are one person (one IRI: an ASCII slug)."""
    assert evaluate.norm("Zoë Billingham") == evaluate.norm("Zoe Billingham") == "zoe billingham"
    assert evaluate.norm("Dr Siân Howells") == "sian howells"
