"""The inspections an article states, and the judgements and grade counts of each.

Every graded force gets an inspection in the article's cycle; a grade the text dates to an
earlier inspection ('up from inadequate in 2022', 'at its last inspection') goes to that
force's inspection of the earlier cycle, with its own IRI, never to the current one. Only a
force of the vocabulary is inspected: an organisation the converter does not know is no force.
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..facts import DateValue, Flaw, GradeCount, Inference, Inspection, Judgement, Organisation, Span
from . import cycles
from .cycles import Cycle
from .doc import Doc
from .grading import names_other_inspection
from .stated import Stated, StatedCount
from .pillars import names_peel, report_pillar

# (and in Welsh: 'arolygiad' the inspection, 'Arolygiaeth' the inspectorate, 'arolygwyr' its inspectors)
_INSPECTION_CONTEXT = re.compile(r"\b(?:PEEL|inspect\w*|HMICFRS|HMIC|watchdog|graded|rated|arolyg\w*)\b", re.I)


def _key(org: Organisation) -> str:
    return org.iri or org.name


def _earlier(doc: Doc, cycle: Cycle, timing, apart: bool = False) -> str | None:
    """The programme of the inspection a statement is about: the article's (None), or an earlier
    one's; '' when it is about an earlier inspection whose cycle cannot be told. `apart`: its years date a grade that
    an undated one contradicts (cycles.contradicted), so they name another inspection than the undated one's."""
    lex = doc.lex
    order = cycles.ordered(lex)
    current = cycle.programme if cycle.programme in lex.programme_years else None
    hinted = [c for year in timing.years for c in cycles.year_cycles(lex, year)]
    # (with the article's cycle unknown, a statement whose years name one cycle, "a 2021-22 report then graded it …",
    # is of that cycle's inspection)
    if current is None and not timing.earlier and len(set(hinted)) == 1 and (apart or hinted[0] not in cycle.candidates):
        return hinted[0]
    if not timing.earlier and (not hinted or current is None or current in hinted):
        return None
    if timing.untold:
        return ""
    before = [c for c in hinted if current is None or order.index(c) < order.index(current)]
    if before:
        return max(before, key=order.index)
    if not timing.earlier:
        return None  # a later year than the cycle reported on: not an earlier inspection
    return lex.programme_previous.get(current, "") if current else ""


def _placed(lex, cycle: Cycle, programme: str | None) -> tuple[str | None, tuple[str, ...], bool] | None:
    """For a statement of the inspection `programme` (None: the article's own; '': an earlier one of an untold
    cycle): its inspection's programme (None: the article's), the cycles its areas are read in, and whether it is an
    earlier inspection of an untold cycle; None when there is no such inspection. An earlier inspection's cycle is
    untold only where the article's own is unknown too (else it is the cycle before, and there is none before the
    first): it may be any cycle before the newest the article may report on."""
    if programme != "":
        return programme, (programme,) if programme else cycle.candidates, False
    if cycle.programme != lex.umbrella_programme:
        return None
    order = cycles.ordered(lex)
    return cycle.programme, tuple(order[:max(order.index(c) for c in cycle.candidates)]), True


def _same_round(doc: Doc, cycle: Cycle, s: Stated, now_stated: list[Stated]) -> bool:
    """Whether a grade a bare 'last year' or 'months ago' dates is of the article's own annual round: in the annual
    cycles each pillar had its report months apart, so a pillar other than those the article grades now ('last year
    it was good in efficiency and legitimacy, and today requires improvement in effectiveness') is of the same round's
    earlier report, not of the cycle before (the same pillar is: 'down from good last year')."""
    lex = doc.lex
    if cycle.programme not in lex.reports_by_pillar or not set(s.phrases) <= set(lex.pillar_phrases):
        return False
    if any(cycle.programme not in cycles.year_cycles(lex, year) for year in s.timing.years):
        return False  # a year of another round: '… in 2015
    now = {p for n in now_stated if _key(n.force) == _key(s.force) and set(n.phrases) <= set(lex.pillar_phrases) for p in n.phrases}
    if (pillar := report_pillar(doc)) is not None:
        now.add(pillar)
    return bool(now) and not now & set(s.phrases)


def _maybe_graded_apart(doc: Doc, s: Stated, areas: list[str], now_stated: list[Stated], now_counts: list[StatedCount]) -> bool:
    """Whether a grade of an area other inspections graded too (peel:gradedApart: crime recording, by the crime data
    integrity inspections of 2014-2020), in an article whose cycle is unsettled, may be theirs: unless the text names
    PEEL or a pillar, counts grades or grades another area of the force, and every such area is one of a cycle that
    grades this one ('rated outstanding for crime data integrity' beside a 2017 legitimacy grade is that inspection's).
    Not in a text naming the inspectorate by the King's name (2022 on): those inspections had ended."""
    lex = doc.lex
    apart = [a for a in areas if a in lex.area_graded_apart]
    if not apart or cycles.kings_name(doc):
        return False
    grading = {lex.area_programme[a] for a in apart}

    def names_only_apart(t: Stated) -> bool:  # the same area in other words ('crime recording', 'recording crime')
        found = [a for c in grading for a in cycles.senses(lex, t.phrases, (c,))]
        return bool(found) and all(a in lex.area_graded_apart for a in found)
    others = [t for t in now_stated if _key(t.force) == _key(s.force) and t.phrases != s.phrases and not names_only_apart(t)]
    if not (names_peel(doc) or now_counts or others):
        return True
    return any(not any(cycles.fits(lex, c, t.phrases) for c in grading) for t in others)


def assemble(doc: Doc, main: Organisation | None, stated: list[Stated], counts: list[StatedCount], totals,
             period, shown: DateValue | None, inspectors: tuple[str, ...], period_inferred=None):
    """(the article's cycle, inspections, judgements, grade counts, flaws). `shown`: the date the
    page shows (dates.page_dates), which dates the cycle; `period_inferred`: the main inspection's
    period when the text gives it only relative to the article's date."""
    lex = doc.lex
    now_stated = [s for s in stated if not s.timing.earlier]
    now_counts = [c for c in counts if not c.timing.earlier]
    apart = cycles.contradicted(now_stated)
    cycle = cycles.settle(doc, now_stated, now_counts, period, shown, inspectors, apart)
    judgements: list[Judgement] = []
    grade_counts: list[GradeCount] = []
    earlier_spans: dict[str, Span] = {}
    pillared = report_pillar(doc) is not None
    other_inspection = names_other_inspection(doc)
    for s in stated:
        placed = _placed(lex, cycle, None if _same_round(doc, cycle, s, now_stated) else _earlier(doc, cycle, s.timing,
                                                                                                     s in apart))
        if placed is None:
            continue
        programme, candidates, untold = placed
        # ('adequate' is no grade of a cycle of 2014-2019: of the cycles still open, only those whose scale holds it)
        candidates = tuple(c for c in candidates if s.grade in lex.programme_scale.get(c, {s.grade}))
        if not candidates:
            continue
        # Only the annual cycles reported on one pillar at a time; so, with the cycle unsettled, a pillar any sentence
        # grades in an article on one pillar's report is that of those cycles (else 'legitimacy' would name the
        # 2018/19 pillar in one sentence and the 2017 one in the next, two areas for one grade).
        if s.pillar_report or (not programme and len(candidates) > 1 and pillared
                               and all(cycles.names_pillar(lex, p) for p in s.phrases)):
            candidates = tuple(c for c in candidates if c in lex.reports_by_pillar)
        areas = cycles.questions(lex, s.phrases, candidates, s.questions) if s.questions else cycles.senses(lex, s.phrases, candidates)
        # (the same label in every cycle still open: 'preventing crime' of 2021/22 and of 2023-25)
        if s.examples and len({tuple(lex.label[a] for a in cycles.senses(lex, s.phrases, (c,))) for c in candidates}) != 1:
            continue
        if not programme and cycle.programme == lex.umbrella_programme and _maybe_graded_apart(doc, s, areas, now_stated, now_counts):
            continue
        # (the text names an inspection of that kind: 'tackling serious and organised crime' beside the regional
        # organised crime units is the regional inspection's grade, though the text calls it part of PEEL)
        if other_inspection and any(a in lex.area_graded_apart for a in areas):
            continue
        for area in areas:
            judgements.append(Judgement(s.force, area, s.grade, s.span, programme or cycle.programme, untold))
        if programme and not untold:
            earlier_spans.setdefault(programme, s.span)
    for c in counts:
        placed = _placed(lex, cycle, _earlier(doc, cycle, c.timing))
        if placed is None:
            continue
        programme, candidates, untold = placed
        if not any(c.grade in lex.programme_scale.get(p, {c.grade}) for p in candidates):
            continue
        grade_counts.append(GradeCount(c.force, c.grade, c.count, c.span, programme or cycle.programme, untold))
        if programme and not untold:
            earlier_spans.setdefault(programme, c.span)
    judgements, grade_counts = _unique(judgements), _unique(grade_counts)

    inspections: list[Inspection] = []
    graded: dict[tuple[str, str, bool], Organisation] = {}  # (force, programme, earlier of an untold cycle)
    first_phrase: dict[tuple[str, str, bool], Span] = {}
    for fact in judgements + grade_counts:
        key = (_key(fact.force), fact.programme, fact.earlier)
        graded[key] = fact.force
        first_phrase[key] = min(first_phrase.get(key, fact.span), fact.span)
    main_key = (_key(main), cycle.programme, False) if main is not None and main.iri else None
    if main_key and (judgements or grade_counts or totals or period or _INSPECTION_CONTEXT.search(doc.text)):
        total = next(((n, s) for f, n, s in totals if f is None or _key(f) == main_key[0]), None)
        inspections.append(Inspection(
            force=main, programme=cycle.programme, programme_inferred=cycle.inferred,
            inspectorate=lex.inspectorate, span=first_phrase.get(main_key, main.span),
            inspectors=inspectors, period_start=period[0] if period else None,
            period_end=period[1] if period else None,
            period_start_inferred=period_inferred[0] if period_inferred else None,
            period_end_inferred=period_inferred[1] if period_inferred else None,
            graded_area_count=total[0] if total else None, graded_area_count_span=total[1] if total else None))
    for key, force in graded.items():
        if key == main_key:
            continue
        _, programme, untold = key
        inferred = cycle.inferred if programme == cycle.programme else \
            Inference("programme-from-context", programme, earlier_spans[programme])
        inspections.append(Inspection(force=force, programme=programme, programme_inferred=inferred,
                                      inspectorate=lex.inspectorate, span=first_phrase[key], earlier=untold))
    return cycle, inspections, judgements, grade_counts, _flaws(doc, inspections, judgements, grade_counts)


def _unique(items):
    """Each fact once, in order; a force counts as the same whichever mention of it was seen."""
    seen, out = set(), []
    for item in items:
        key = (_key(item.force),) + tuple(v for k, v in vars(item).items() if k != "force")
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _flaws(doc: Doc, inspections, judgements, counts) -> list[Flaw]:
    lex = doc.lex
    flaws = []
    for inspection in inspections:
        key = (_key(inspection.force), inspection.programme, inspection.earlier)
        mine = [j for j in judgements if (_key(j.force), j.programme, j.earlier) == key]
        grades_by_area = defaultdict(set)
        for j in mine:
            grades_by_area[j.area].add(j.grade)
        for area, grades in sorted(grades_by_area.items()):
            if len(grades) > 1:
                span = next(j.span for j in mine if j.area == area)
                flaws.append(Flaw("grade-conflict", f"the article gives {inspection.force.name} more than one grade for "
                                  f"'{lex.label[area]}': {', '.join(sorted(lex.label[g] for g in grades))}", span))
        stated = {(c.grade, c.count) for c in counts if (_key(c.force), c.programme, c.earlier) == key}
        if inspection.graded_area_count is not None and stated:
            total = sum(count for _, count in stated)
            # As the shape peel:InspectionCountsShape-sum: counts for some grades only are an omission.
            if total > inspection.graded_area_count or (total < inspection.graded_area_count and len(stated) >= 3):
                flaws.append(Flaw("grade-count-mismatch", f"stated counts sum to {total}, the article says "
                                  f"{inspection.graded_area_count} areas", inspection.graded_area_count_span))
    return flaws
