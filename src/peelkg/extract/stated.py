"""What grading reads out of the text: a grade stated for an area of a force, and a stated count of grades,
each with its span and timing; their inspection's cycle is settled later (cycles.py)."""
from __future__ import annotations

from dataclasses import dataclass

from ..facts import Organisation, Span
from .skeleton import NOW, Timing


@dataclass(frozen=True)
class Stated:
    """A grade the text gives an area of a force's inspection, its cycle not yet settled."""

    force: Organisation
    phrases: tuple[str, ...]  # the area as written: keys of Lexicon.area_senses (two for 'preventing and investigating crime')
    grade: str
    span: Span
    timing: Timing = NOW
    votes: bool = True  # whether the phrase may tell the article's cycle (not so for 'good in all areas')
    pillar_report: bool = False  # a grade without an area, read as the pillar the article's report is on
    questions: int = 0  # 'good in all three areas' of a pillar's report: each of its questions, if it has that many
    # Examples of a vague number of areas ('good in most categories, among them A and B'): a journalist's choice from the
    # report, which may name a thing no graded area of the article's cycle; read only as every candidate cycle reads it.
    examples: bool = False


@dataclass(frozen=True)
class StatedCount:
    force: Organisation
    grade: str
    count: int
    span: Span
    timing: Timing = NOW


@dataclass(frozen=True)
class GradedParts:
    """'Parts of its performance were judged inadequate': a grade the sentence gives areas it neither names nor counts."""

    force: Organisation
    grade: str
    span: Span
    timing: Timing = NOW
