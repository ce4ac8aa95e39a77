"""Grades as the text states them: per-area judgements, grade counts and the number of areas graded.

The article is read region by region (a sentence or a short line): pairing.py pairs each region's
grades with its areas, numbers and forces; this module carries what one region leaves to the next
("These were A, B and C" after a count, "That report …"), and sets aside what is no PEEL judgement
(another assessment's scale, a disputed paragraph, a regional inspection). An area is read with every
PEEL cycle's labels at once and kept as the phrase the text used: which cycle, and so which area, it
names is settled once the article's cycle is known (cycles.py). Phrasings live in the SKOS labels, so
a new one is a line of Turtle, not a new pattern.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Organisation, Span
from ..vocab import trie_alternation
from .doc import Doc, Intervals
from .patterns import TOTAL, TOTAL_GRADED
from .pillars import names_peel, with_report_pillar_aim
from .backrefs import (SO_TOO_OPENING, THESE_OPENING, among_parts, each, now_again, ordinals, parts_graded, so_too, that_area,
                       these_were, this_area, those_areas)
from .regions import regions
from .skeleton import Skeleton, Timing
from .stated import GradedParts, Stated, StatedCount
from .subjects import default_force, forces_for
from .pairing import Reader
from .tokens import NUMBER, REFERRED_GRADE, SAME_GRADE, by_kind, read_tokens


# An article on a regional inspection (of a regional organised crime unit, or a region's forces together), or on an
# integrity inspection (vetting, professional standards, counter-corruption), or on a report card, that never names
# PEEL or a pillar reports no PEEL grade, though it grades in the same words ('serious and organised crime', 'how
# effective the force is').
_OTHER_INSPECTION = re.compile(r"\b[Rr]egional (?:[Rr]eport|[Ii]nspection|[Rr]eview|[Oo]rganised [Cc]rime [Uu]nits?)\b|\b[A-Z]{0,3}ROCUs?\b"
                               r"|\bintegrity inspections?\b|\binspections? of (?:police )?integrity\b")
# ... as does one on the inspectorate's report cards of 2009-10, before PEEL (and any other's), unless the inspectorate
# it names has had that name only since 2017: then 'a mixed report card' is a PEEL report's.
_REPORT_CARD = re.compile(r"\b[Rr]eport [Cc]ards?\b")
_SINCE_2017 = re.compile(r"\bHMICFRS\b|\bInspectorate of Constabulary and Fire (?:and|&) Rescue Services\b", re.I)
# So does one on the value-for-money inspections before PEEL ('Valuing the Police', its 2014 report 'Policing in
# Austerity'), which graded efficiency and financial planning, and never names PEEL.
_BEFORE_PEEL = re.compile(r"\bvaluing the police\b|\bpolicing in austerity\b", re.I)
_PEEL = re.compile(r"\bPEEL\b", re.I)
_THAT_REPORT = re.compile(r"\W*that (?:report|inspection|assessment)\b", re.I)
# Someone disputing the inspection ("said she did not agree with the assessment. She added: '… is good at …'"):
# what the paragraph then grades is that person's view, not the inspectorate's.
_DISPUTED = re.compile(r"\b(?:(?:did|does|do) not|didn't|doesn't|don't) (?:agree|accept)\b|\bdisagree[sd]?\b|\bdisagreement\b"
                       r"|\bdisput(?:e|es|ed|ing)\b", re.I)


@lru_cache(maxsize=4)
def _other_scale(lex) -> re.Pattern[str]:
    """A grade word of another assessment's scale used as a grade: listed with a PEEL grade ('excellent, good,
    fair or poor'), given ('rated fair') or counted ('fair in the remaining five')."""
    words = trie_alternation(sorted(lex.other_grades))
    return re.compile(rf"§G\d+§ ?,? (?:or |and )?(?:{words})\b|\b(?:{words}) ?,? (?:or |and )?§G\d+§"
                      rf"|\b(?:rated|graded|judged|assessed|scored) (?:as )?(?:{words})\b"
                      rf"|\b(?:{words}) (?:in|for|at) (?:the |its )?(?:other |remaining )?§N\d+§")


def names_other_inspection(doc: Doc) -> bool:
    """Whether the text names a regional or integrity inspection (_OTHER_INSPECTION), read once per article: grading
    and inspections.assemble both ask."""
    if "_other_inspection" not in doc.__dict__:
        doc.__dict__["_other_inspection"] = _OTHER_INSPECTION.search(doc.text) is not None or (
            _REPORT_CARD.search(doc.text) is not None and not _SINCE_2017.search(doc.text))
    return doc.__dict__["_other_inspection"]


def find_grades(doc: Doc, forces: list[tuple[int, int, Organisation]], main: Organisation | None):
    """Statements of grades, grade counts and (force, number of areas, span) in the article."""
    stated: list[Stated] = []
    counts: list[StatedCount] = []
    totals: list[tuple[Organisation | None, int, Span]] = []
    if names_other_inspection(doc) and not names_peel(doc):
        return stated, counts, totals  # a regional or integrity inspection, graded in PEEL's words: no PEEL grade
    if _BEFORE_PEEL.search(doc.text) and not _PEEL.search(doc.text):
        return stated, counts, totals
    force_index = Intervals(forces)
    previous_tail: Timing | None = None
    previous_counts: list[StatedCount] = []
    previous_parts: list[GradedParts] = []
    previous_stated: list[Stated] = []
    other_scale_until = -1
    for region in regions(doc):
        if not (doc.found(doc.lex.grades, region.start, region.end) or NUMBER.search(doc, region.start, region.end)
                or REFERRED_GRADE.search(doc, region.start, region.end) or SAME_GRADE.search(doc, region.start, region.end)
                or ((previous_counts or previous_parts) and THESE_OPENING.match(doc.text, region.start, region.end))
                or (previous_stated and SO_TOO_OPENING.match(doc.text, region.start, region.end))):
            previous_tail, previous_counts, previous_parts, previous_stated = None, [], [], []
            continue  # no grade or number: nothing to pair (most regions), so no tokens to build
        tokens = with_report_pillar_aim(doc, region, read_tokens(doc, region, force_index))
        grades, areas, numbers = by_kind(tokens, "G"), by_kind(tokens, "A"), by_kind(tokens, "N")
        skeleton = Skeleton(doc, region, tokens)
        carried = previous_tail if previous_tail and previous_tail.earlier and _THAT_REPORT.match(doc.text, region.start) else None
        reader = Reader(doc, default_force(doc, force_index, region.start, main), carried, force_index)
        reader.read(skeleton, grades, areas, numbers)
        if _other_scale(doc.lex).search(skeleton.text):
            # An assessment on another scale ('graded each one excellent, good, fair or poor') is no PEEL one: what
            # this sentence and the rest of its paragraph grade or count is not PEEL's.
            other_scale_until = max(other_scale_until, doc.lines[doc.line_index(region.start)].end)
        if region.start < other_scale_until:
            previous_tail, previous_counts, previous_parts, previous_stated = None, [], [], []
            continue
        if grades and not areas:
            each(doc, skeleton, grades, force_index, reader)
            those_areas(doc, skeleton, grades, numbers, force_index, reader)
            this_area(doc, skeleton, grades, force_index, reader)
            now_again(doc, skeleton, grades, force_index, reader)
            ordinals(doc, skeleton, grades, numbers, force_index, reader)
        if not grades and len(areas) == 1:
            that_area(skeleton, areas[0], previous_counts, reader)
        if not grades and len(areas) >= 2:
            these_were(skeleton, areas, previous_counts, reader)
        if not grades and areas:
            among_parts(skeleton, areas, previous_parts, reader)
        if not grades and previous_stated:
            so_too(doc, skeleton, previous_stated, reader)
        previous_stated = reader.stated
        stated += reader.stated
        counts += reader.counts
        previous_counts = reader.counts
        previous_parts = parts_graded(doc, skeleton, grades, areas, reader)
        previous_tail = skeleton.tail()
        for m in list(TOTAL_GRADED.finditer(skeleton.text)) or TOTAL.finditer(skeleton.text):
            number = numbers[int(m.group("n") or m.group("each") or m.group("of"))]
            if not skeleton.timing(m.start()).earlier:
                totals.append(((forces_for(doc, skeleton, number.start, reader.main) or [None])[-1], number.value,
                               doc.span(skeleton.position(m.start()), number.end)))
    return [s for s in stated if not _disputed(doc, s.span)], [c for c in counts if not _disputed(doc, c.span)], totals


def _disputed(doc: Doc, span: Span) -> bool:
    paragraph = doc.lines[doc.line_index(span.start)]
    return _DISPUTED.search(doc.text, paragraph.start, span.start) is not None
