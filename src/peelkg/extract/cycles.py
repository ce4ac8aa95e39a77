"""Which PEEL cycle an article reports on, and which area an area phrase names in it.

The cycles' areas share many phrases with different meanings ('protecting vulnerable people'
is a question under effectiveness until 2018/19 and an area of its own since 2021/22), so a
phrase is read with the labels of the inspection's cycle. The cycle comes from the text (a
programme named, or its years in a sentence about an inspection), else from the article's
dates, else from the areas the text grades: the cycles in which they all have a name. When
several cycles remain, a phrase is kept only if it names the same area (the same label) in
each of them: precision before recall.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..facts import DateValue, Inference, Span
from ..vocab import Lexicon, Phrases, person_key
from .doc import Doc
from .patterns import FIRE_AND_RESCUE, INSPECTORATE_JOIN
from .pillars import report_pillar
from .skeleton import AHEAD, BACK, YEAR

# A sentence about an inspection, in which a year alone may name its cycle.
_INSPECTION_WORDS = re.compile(r"\b(?:PEEL|inspect\w*|assess\w*|reports?|HMIC\w*|inspectorate|graded|rated|judged|gradings?|grades)\b", re.I)
_MORE_YEARS = re.compile(r"\s?[/-]\s?\d|\s+to\s+(?:19|20)\d\d\b")
_PLAIN_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d\d\b")  # "2017/18": a year followed by more digits spans other years
# ("would not be viable beyond 2020": a year ahead, no inspection's)
_OPEN_ENDED = re.compile(r"\b(?:since|until|before|by|beyond)\s+$", re.I)
# ... and so is one in a clause that 'since' opens: "Since being put into special measures in 2019 after a disastrous
# inspection, the force has made big strides" (a past event's year, not the inspection reported on).
_SINCE_CLAUSE = re.compile(r"(?:^|[,;:]\s*)since\b[^,;:]*$", re.I)
# The year the programme began ("since PEEL assessments began in 2014") names no inspection's cycle.
_BEGAN = re.compile(r"\b(?:began|begun|started|launched|introduced)\s+in\s+$", re.I)
# A year after a month, a season or a day is a date ("in spring 2017", "24 February 2017"), and after
# 'from' the start of a stretch of time; a span of years ("from 2023 to 2025") still names a cycle.
_DATE_BEFORE = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                          r"spring|summer|autumn|winter|from|\d{1,2}(?:st|nd|rd|th)?),?\s+$", re.I)


@dataclass(frozen=True)
class Cycle:
    """The cycle an article reports on: a programme (the umbrella one when unknown), how it was
    inferred when the text does not name it, and the cycles its area phrases are read with."""

    programme: str
    inferred: Inference | None
    candidates: tuple[str, ...]


def ordered(lex: Lexicon) -> list[str]:
    """The cycles, oldest first."""
    return sorted(lex.programme_years, key=lambda p: lex.programme_years[p])


def _most_named(found: list[tuple[int, int, str]]) -> tuple[str, int, int] | None:
    """The programme named most often, the first named on a tie, and its first mention."""
    if not found:
        return None
    counts = Counter(iri for _, _, iri in found)
    first = {}
    for start, end, iri in found:
        first.setdefault(iri, (start, end))
    best = max(counts, key=lambda iri: (counts[iri], -first[iri][0]))
    return best, *first[best]


def named(doc: Doc) -> str | None:
    found = _most_named(doc.found(doc.lex.programmes))
    return found[0] if found else None


# A round's span of years, by the programme's name or a word for a round ("PEEL 2025–27", "the 2025-2027 framework",
# "its 2025 to 2027 inspection"; not a police and crime plan's "2025-2029")
_ROUND_YEARS = re.compile(r"(?P<before>\b(?:PEEL|PAF\)?|round|cycle|framework)(?: of)?\s+)?\b(?P<first>20\d\d)\s?(?:[–—-]|/|\s+to\s+)\s?"
                          r"(?:20)?(?P<last>\d\d)\b(?P<after>\s+(?:PEEL|round|cycle|framework|programme|inspections?|assessments?)\b)?",
                          re.I)
# ... but not one proposed, or another inspectorate's programme: the inspectorate's pages of every year carry the banner
# "Proposed policing inspection programme and framework 2025–29: For consultation" (tests/realworld/3334, 614), and
# "Proposed fire and rescue services inspection programme and framework 2025–27" (402).
_PROPOSED = re.compile(r"\b(?:propos\w*|consult\w*|draft|fire and rescue)\b", re.I)


def later_round_named(doc: Doc) -> bool:
    """Whether the text names a PEEL round that begins as the vocabulary's newest cycle ends or later ("under the new
    PEEL 2025–27 framework"): a cycle the vocabulary does not hold, which neither the areas the text grades nor its
    dates may settle as an older one (the newest cycle would take 'leadership and force management' as its own)."""
    newest = max(last for _, last in doc.lex.programme_years.values())
    for m in _ROUND_YEARS.finditer(doc.text):
        first, last = int(m.group("first")), int(m.group("first")[:2] + m.group("last"))
        if first >= newest and last > first and (m.group("before") or m.group("after")) \
                and not _PROPOSED.search(doc.sentence_at(m.start()).text):
            return True
    return False


def year_named(doc: Doc) -> tuple[str, Span] | None:
    """A cycle named by its years alone ('our 2016 legitimacy inspection', 'PEEL … 2018/19') in a
    sentence about an inspection, and not as the date of an earlier one."""
    found = []
    lex = doc.lex
    for start, end, iri in doc.found(lex.year_labels):
        sentence = doc.sentence_at(start)
        before = doc.text[sentence.start:start].lower()
        if _MORE_YEARS.match(doc.text, end):
            continue
        # An inspectorate page's heading: a police area and the cycle ("North Wales 2017", "Norfolk 2018/19",
        # "City of London PEEL 2018").
        heading = sentence.end == end and before.strip().removesuffix(" peel") in _area_names(lex)
        if heading or _names_cycle(before, doc.text[start:end].isdigit(), sentence.text):
            found.append((start, end, iri))
    best = _most_named(found)
    return (best[0], doc.span(best[1], best[2])) if best else None


@lru_cache(maxsize=4)
def _area_names(lex: Lexicon) -> frozenset[str]:
    return frozenset(name.lower() for name in lex.force_area_name.values()) | frozenset(
        lex.label[iri].lower() for iri in lex.force_area_name)


# A year told as long past: "a force that had been rated as 'requires improvement' back in 2016".
_BACK_IN = re.compile(r"\bback in $")


def _names_cycle(before: str, single: bool, sentence: str) -> bool:
    """Whether years after `before` (their sentence's text up to them) name the cycle reported on."""
    return not (_OPEN_ENDED.search(before) or _SINCE_CLAUSE.search(before) or _BEGAN.search(before) or (single and _DATE_BEFORE.search(before)) or BACK.search(before)
                or AHEAD.search(before) or _BACK_IN.search(before) or not _INSPECTION_WORDS.search(sentence))


# The inspectorate by the name it has had since July 2017, when fire and rescue services joined it.
_FIRE_AND_RESCUE_INSPECTORATE = re.compile(rf"\bHMICFRS\b|\binspectorate of {INSPECTORATE_JOIN}{FIRE_AND_RESCUE}\b", re.I)
# ... and by its old name: 'HMIC', 'Her Majesty's Inspectorate of Constabulary' with no fire and rescue after it (nor a
# King's 'His Majesty's', 2022 on); the cycles of 2021/22 on are those of the renamed inspectorate.
_OLD_NAME = re.compile(rf"\bHMIC\b|\binspectorate of (?!{INSPECTORATE_JOIN}fire)constabular(?:y|ies)\b", re.I)
_NEWER_NAME = re.compile(rf"\bHMICFRS\b|\b{FIRE_AND_RESCUE}\b|\bHis Majesty", re.I)
_NEW_CYCLES = 2021
# The King's name, 'His Majesty's Inspectorate' (September 2022 on): the PEEL reports published since are of 2021/22 or
# later.
_KINGS_NAME = re.compile(r"\bHis Majesty['’]?s? (?:Chief )?Inspector", re.I)
_KINGS_YEAR = 2022


def kings_name(doc: Doc) -> bool:
    """Whether the text names the inspectorate or an inspector by the King's name ('His Majesty's …'): September 2022 on."""
    return _KINGS_NAME.search(doc.text) is not None


# What dates the year just after it to an earlier inspection, in the same clause: "the same as in 2016", "up from
# inadequate in 2016", "compared with its 2016 inspection", "at the previous inspection in 2016".
_EARLIER_CLAUSE = re.compile(r"[^,;:()]{0,40}$")


def earlier_named(doc: Doc) -> set[str]:
    """The cycles whose years a sentence about an inspection gives as an earlier inspection's."""
    found = set()
    for start, end, iri in doc.found(doc.lex.year_labels):
        sentence = doc.sentence_at(start)
        before = doc.text[sentence.start:start].lower()
        if _MORE_YEARS.match(doc.text, end) or not _INSPECTION_WORDS.search(sentence.text):
            continue
        marker = max((m.end() for pattern in (AHEAD, BACK) for m in pattern.finditer(before)), default=None)
        if marker is not None and _EARLIER_CLAUSE.fullmatch(before, marker):
            found.add(iri)
    return found


# The annual cycles by their number, as the inspectorate's pages and the press count them: "This is HMIC's third PEEL
# (police effectiveness, efficiency and legitimacy) assessment of Kent Police" (2016), "HMICFRS's fifth PEEL assessment"
# (2018/19). From 2021/22 on the programme is not counted so.
_ORDINAL_PEEL = re.compile(r"\b(first|second|third|fourth|fifth)(?: annual)? PEEL\b", re.I)
_ORDINALS = ("first", "second", "third", "fourth", "fifth")


def ordinal_named(doc: Doc) -> tuple[str, Span] | None:
    """The cycle an article counts ('the fourth PEEL assessment'), in a sentence about an inspection, and not as an
    earlier one ('last year, when HMIC carried out its first PEEL assessment')."""
    found = []
    annual = ordered(doc.lex)
    for m in _ORDINAL_PEEL.finditer(doc.text):
        sentence = doc.sentence_at(m.start())
        if _names_cycle(doc.text[sentence.start:m.start()], False, sentence.text):
            found.append((m.start(), m.end(), annual[_ORDINALS.index(m.group(1).lower())]))
    best = _most_named(found)
    return (best[0], doc.span(best[1], best[2])) if best else None


def year_of_inspection(doc: Doc) -> tuple[str, Span] | None:
    """The cycle of a year an inspection sentence gives ('after inspecting the force in 2024'), when
    only one cycle inspected or published in that year."""
    found = []
    for m in _PLAIN_YEAR.finditer(doc.text):
        sentence = doc.sentence_at(m.start())
        if _MORE_YEARS.match(doc.text, m.end()) or not _names_cycle(doc.text[sentence.start:m.start()], True, sentence.text):
            continue
        named_in = year_cycles(doc.lex, m.group())  # inspected or published in that year
        if len(named_in) == 1:
            found.append((m.start(), m.end(), named_in[0]))
    best = _most_named(found)
    return (best[0], doc.span(best[1], best[2])) if best else None


def from_published(lex: Lexicon, value: str) -> str | None:
    """The cycle whose force reports came out in the month of an article's date."""
    month = value[:7]
    for programme, (first, last) in lex.programme_published.items():
        if first <= month <= last:
            return programme
    return None


def from_period(lex: Lexicon, value: str) -> str | None:
    """The cycle whose fieldwork years hold an inspection period's start."""
    year = int(value[:4])
    for programme in ordered(lex):
        first, last = lex.programme_years[programme]
        if first <= year <= last:
            return programme
    return None


def year_cycles(lex: Lexicon, text: str) -> list[str]:
    """The cycles a year names: a cycle's year label, else those inspecting or publishing in it."""
    labelled = [iri for _, _, iri in lex.year_labels.finditer(text)]
    if labelled:
        return labelled
    m = YEAR.fullmatch(text)
    if not m or not text[:4].isdigit():
        return []
    year = int(text[:4])
    # A span of years no cycle is labelled with, ending after every cycle the vocabulary holds ('PEEL 2025 to 2027',
    # '2025-27'), names a later cycle, not the one its first year falls in.
    last = re.search(r"(\d\d)\Z", text)
    if len(text) > 4 and last and 2000 + int(last.group(1)) > max(end for _, end in lex.programme_years.values()):
        return []
    return [p for p in ordered(lex)
            if lex.programme_years[p][0] <= year <= lex.programme_years[p][1]
            or (p in lex.programme_published
                and lex.programme_published[p][0][:4] <= str(year) <= lex.programme_published[p][1][:4])]


def names_pillar(lex: Lexicon, phrase: str) -> bool:
    """Whether a phrase names a pillar in every cycle it names an area in ('efficiency', 'how efficient it is', a typo's
    'legitmacy')."""
    return all(lex.label[area].lower() in lex.pillar_phrases for area in lex.area_senses.get(phrase, {}).values())


def senses(lex: Lexicon, phrases: tuple[str, ...], cycles: tuple[str, ...], graded: bool = True) -> list[str]:
    """The areas (graded ones only, unless `graded` is false) the phrases name in the cycles: for
    each phrase, the areas of the newest of the cycles, if it has the same labels in every cycle
    that names it; else nothing."""
    areas: list[str] = []
    for phrase in phrases:
        named_in = {c: found for c in cycles if (found := _meaning(lex, phrase, c))}
        if not named_in or len({tuple(lex.label[a] for a in found) for found in named_in.values()}) != 1:
            return []
        found = named_in[max(named_in, key=lambda c: lex.programme_years[c])]
        if graded and any(area not in lex.area_graded for area in found):
            return []
        areas += found
    return areas


def _meaning(lex: Lexicon, phrase: str, cycle: str) -> tuple[str, ...]:
    """The area a phrase names in a cycle; else, for a phrase that is one area's name in another cycle
    and two of this one's ('investigating crime and managing offenders': a question of 2015-2019, two
    areas since 2021), those two areas; else nothing."""
    area = lex.area_senses.get(phrase, {}).get(cycle)
    if area:
        return (area,)
    for first, second in _halves(lex, phrase):
        pair = lex.area_senses[first].get(cycle), lex.area_senses[second].get(cycle)
        if pair[0] and pair[1]:
            return pair
    return ()


@lru_cache(maxsize=4096)
def _halves(lex: Lexicon, phrase: str) -> tuple[tuple[str, str], ...]:
    """The ways a phrase splits at an 'and' into two area phrases."""
    out = []
    start = phrase.find(" and ")
    while start >= 0:
        first, second = phrase[:start], phrase[start + 5:]
        if first in lex.area_senses and second in lex.area_senses:
            out.append((first, second))
        start = phrase.find(" and ", start + 1)
    return tuple(out)


def splits(lex: Lexicon, phrase: str) -> bool:
    """Whether a phrase names one area in some cycle and two (its halves at an 'and') in another."""
    return bool(_halves(lex, phrase)) and any(len(_meaning(lex, phrase, c)) == 2 for c in lex.programme_years)


def questions(lex: Lexicon, phrases: tuple[str, ...], cycles: tuple[str, ...], count: int) -> list[str]:
    """The graded questions of the pillar a phrase names, when the pillar has `count` of them in
    each of the cycles, with the same labels in each; else nothing."""
    found = set()
    for cycle in cycles:
        pillars = senses(lex, phrases, (cycle,))
        if len(pillars) != 1:
            return []
        asked = lex.graded_questions.get(pillars[0], ())
        if len(asked) != count:
            return []
        found.add(tuple(sorted(lex.label[q] for q in asked)))
    if len(found) != 1:
        return []
    newest = max(cycles, key=lambda c: lex.programme_years[c])
    return list(lex.graded_questions[senses(lex, phrases, (newest,))[0]])


def fits(lex: Lexicon, cycle: str, phrases: tuple[str, ...]) -> bool:
    """Whether every phrase names an area in the cycle."""
    return all(_meaning(lex, p, cycle) for p in phrases)


def in_office(lex: Lexicon, inspectors: tuple[str, ...]) -> set[str] | None:
    """The cycles every named inspector whose terms of office the vocabulary holds (ontology/vocab/inspectors.ttl) could
    have reported on: those whose fieldwork years meet one of their terms; None where it holds none of theirs."""
    found = None
    for name in inspectors:
        terms = lex.inspector_terms.get(person_key(name))
        if terms:
            cycles = {c for c in ordered(lex) for first, last in terms
                      if lex.programme_years[c][1] >= first and (last is None or lex.programme_years[c][0] <= last)}
            found = cycles if found is None else found & cycles
    return found


def _narrowed(allowed: list[str], keep, fit: dict[str, int], best: int) -> tuple[list[str], bool]:
    """The cycles of `allowed` that `keep` names, when one of them fits the text's areas as well as any (else
    `allowed`), and whether a cycle left out fitted as well."""
    kept = [c for c in allowed if keep(c)]
    if kept and max(fit[c] for c in kept) == best:
        return kept, any(fit[c] == best for c in allowed if not keep(c))
    return allowed, False


def contradicted(stated) -> list:
    """The statements whose years date a grade that a grade the text gives with no date contradicts, for the same force
    and area ("Kent Police was rated good at A. … In 2022 the force was judged inadequate for A."): their years are one
    of two inspections', not surely the one the article reports on."""
    undated: dict[tuple, set[str]] = {}
    for s in stated:
        if not s.timing.years:
            undated.setdefault((s.force.iri or s.force.name, s.phrases), set()).add(s.grade)
    return [s for s in stated
            if s.timing.years and undated.get((s.force.iri or s.force.name, s.phrases), {s.grade}) - {s.grade}]


def settle(doc: Doc, stated, counts, period, published: DateValue | None, inspectors: tuple[str, ...] = (),
           apart: list | None = None) -> Cycle:
    """The cycle of the inspection the article reports on (see the module's docstring). `stated`
    and `counts` are the statements not dated to an earlier inspection; `inspectors`, the people it names as leading
    or speaking for the inspection; `apart`, contradicted(stated) where the caller has it."""
    lex = doc.lex
    everything = tuple(ordered(lex))
    programme, later = named(doc), later_round_named(doc)
    # (a cycle the text names as an earlier inspection's beside a later round: "up from adequate in PEEL 2023–25")
    if programme and not (later and programme in earlier_named(doc)):
        return Cycle(programme, None, (programme,))
    if later and not year_named(doc):
        return _later_round(lex, everything)
    dated = None
    period_date = (period[0] or period[1]) if period else None  # ('finished in October 2022': the end alone)
    if period_date and from_period(lex, period_date.value):
        dated = (from_period(lex, period_date.value), period_date.span)
    elif published and published.span is not None and from_published(lex, published.value):
        dated = (from_published(lex, published.value), published.span)
    by_year = year_named(doc) or ordinal_named(doc) or (None if dated else year_of_inspection(doc))
    # A cycle's years in an article dated in a later cycle name an earlier inspection, not this one.
    apart = contradicted(stated) if apart is None else apart
    sentences = {doc.sentence_at(s.span.start).start for s in apart}
    if by_year and not (dated and everything.index(by_year[0]) < everything.index(dated[0])) \
            and doc.sentence_at(by_year[1].start).start not in sentences:
        dated = by_year
    grades = {s.grade for s in stated} | {c.grade for c in counts}
    allowed = [c for c in everything if grades <= lex.programme_scale.get(c, grades)]
    # A force's counts add up to no more areas than its cycle grades ("adequate in four areas and requires improvement in
    # six" is no 2023-25 inspection, which grades nine), unless two counts of one grade differ (two inspections' counts).
    stated_counts: dict[tuple, set[int]] = {}
    for c in counts:
        stated_counts.setdefault((c.force.iri, c.grade), set()).add(c.count)
    if all(len(n) == 1 for n in stated_counts.values()):
        counted = max((sum(min(n) for (force, _), n in stated_counts.items() if force == f) for f, _ in stated_counts),
                      default=0)
        allowed = [c for c in allowed if lex.programme_graded.get(c, counted) >= counted] or allowed
    phrases = sorted({s.phrases for s in stated if s.votes})
    fit = {c: sum(fits(lex, c, p) for p in phrases) for c in allowed}
    best = max(fit.values(), default=0)
    # An article dated before any report of the cycles its areas fit came out reports on no such inspection ('rated
    # outstanding for the way it records crime' in January 2019 is a crime data integrity inspection's grade, which
    # PEEL gave only from 2021/22): its date's cycle, whose areas those phrases do not name.
    if dated and best and published and published.span is not None and dated[1] == published.span \
            and all(lex.programme_published.get(c, ("0000-00",))[0] > published.value[:7] for c in allowed if fit[c] == best):
        return Cycle(dated[0], Inference("programme-from-dates", dated[0], dated[1]), (dated[0],))
    # ... and one dated after the last report of every cycle its areas fit came out, naming no cycle nor its years, reports
    # on a later round ('rated good for leadership and force management' in October 2026).
    if best and not dated and published and published.span is not None and all(
            lex.programme_published.get(c, ("", "9999-99"))[1] < published.value[:7] for c in allowed if fit[c] == best):
        return _later_round(lex, everything)
    # The years or dates, unless the areas the text grades have names in another cycle only.
    if dated and dated[0] in allowed and fit[dated[0]] == best:
        return Cycle(dated[0], Inference("programme-from-dates", dated[0], dated[1]), (dated[0],))
    # A cycle the text dates an earlier inspection to ('the same as in 2016', 'up from inadequate in 2016') is not
    # the one reported on, nor is any before it.
    floor = max((everything.index(b) for b in earlier_named(doc)), default=-1)
    allowed = [c for c in allowed if everything.index(c) > floor]
    # A report on one pillar ('the latest police effectiveness inspection') is of a cycle that reported on each pillar apart
    # (2014-2017; 2018/19's report was one for all three), unless
    # the areas the text grades fit other cycles better ('the inspection looked at how effective the force is …
    # requires improvement in managing offenders').
    pillar = report_pillar(doc)
    if pillar:
        allowed, _ = _narrowed(allowed, lambda c: c in lex.area_senses.get(pillar, {}) and c in lex.reports_by_pillar,
                               fit, best)
    # An article naming the inspectorate HMICFRS reports on an inspection of 2017 or later (the cycles before were HMIC's),
    # unless the areas it grades fit only earlier ones. That narrows the cycles an area's label is read in; it settles
    # no cycle on its own (an old report's page on the renamed inspectorate's site names it too).
    by_name = False
    if _FIRE_AND_RESCUE_INSPECTORATE.search(doc.text):
        allowed, by_name = _narrowed(allowed, lambda c: lex.programme_years[c][1] >= 2017, fit, best)
    # Only where the newest cycle fits the areas as well as any: what it does not grade (serious organised crime) is, in
    # those years, graded by inspections of their own as well as by the last reports of 2021/22.
    if kings_name(doc) and everything[-1] in allowed and fit[everything[-1]] == best:
        allowed, kings = _narrowed(allowed, lambda c: lex.programme_years[c][1] >= _KINGS_YEAR, fit, best)
        by_name = by_name or kings
    # An inspector named as leading or speaking for the inspection held office in some years only: no cycle whose fieldwork
    # ended before their term began, or began after it ended, is the one reported on ('Roy Wilsher, HM Inspector' from
    # autumn 2021). Like the inspectorate's name, that narrows the cycles an area is read in and settles none on its own.
    in_term = in_office(lex, inspectors)
    if in_term:
        allowed, by_term = _narrowed(allowed, lambda c: c in in_term, fit, best)
        by_name = by_name or by_term
    # An article naming the inspectorate by its old name only (HMIC, before fire and rescue services joined it in July
    # 2017; the name lingered in coverage of 2018/19) reports on a cycle before 2021/22, unless the areas it grades fit
    # later ones better. A grade those cycles' scale lacks ('adequate') is then no grade of it (inspections.py).
    if _OLD_NAME.search(doc.text) and not _NEWER_NAME.search(doc.text):
        def is_old(c: str) -> bool:
            return lex.programme_years[c][0] < _NEW_CYCLES
        if any(map(is_old, allowed)):
            # (one area's name that fits later cycles only is too little to outweigh the name: 'an overall grade of good
            # for providing value for money' from HMIC in 2014, whose words 2021/22 uses for an area)
            if len(phrases) == 1 and not any(fits(lex, c, phrases[0]) for c in allowed if is_old(c)):
                allowed = [c for c in allowed if is_old(c)]
                fit = {c: fit[c] for c in allowed}
                best = max(fit.values(), default=0)
            else:
                allowed, old_only = _narrowed(allowed, is_old, fit, best)
                by_name = by_name or old_only
        elif not in_term:  # (the scale left none: 'adequate' is graded; unless an inspector's term left none)
            fit_any = {c: sum(fits(lex, c, p) for p in phrases) for c in everything}
            old = [c for c in everything if is_old(c) and everything.index(c) > floor]
            if old and max(fit_any[c] for c in old) == max(fit_any.values()):
                on_scale = {g for g in grades if any(g in lex.programme_scale.get(c, {g}) for c in old)}
                by_name = any(fit[c] == best for c in allowed)
                allowed = [c for c in old if on_scale <= lex.programme_scale.get(c, on_scale)]
                fit = {c: fit_any[c] for c in allowed}
                best = max(fit.values(), default=0)
    if not phrases or best == 0:
        return Cycle(lex.umbrella_programme, None, tuple(allowed) or everything)
    candidates = tuple(c for c in allowed if fit[c] == best)
    # Years the statements name ("rated good in the 2023 inspection") choose among the cycles left.
    hinted = {c for s in list(stated) + list(counts) if s not in apart
              for year in s.timing.years for c in year_cycles(lex, year)}
    candidates = tuple(c for c in candidates if c in hinted) or candidates
    # A phrase naming one area in some cycles and two in others ('investigating crime and managing offenders') fits
    # both; read as two, it breaks a tie.
    pairs = {halves for p in phrases for phrase in p for halves in _halves(lex, phrase)}
    if len(candidates) > 1 and pairs:
        fit = {c: sum(fits(lex, c, pair) for pair in pairs) for c in candidates}
        candidates = tuple(c for c in candidates if fit[c] == max(fit.values()))
    # An area's own name in one cycle, a paraphrase in the others ('treatment of the public', 2021/22's name, which
    # coverage of 2023-25 writes for 'police powers and public treatment'), breaks a tie.
    if len(candidates) > 1:
        named_as = {c: sum(any(lex.label.get(lex.area_senses[p].get(c), "").lower() == p for p in phrase) for phrase in phrases)
                    for c in candidates}
        most = max(named_as.values())
        if most and list(named_as.values()).count(most) == 1:
            candidates = (max(named_as, key=named_as.get),)
    if len(candidates) == 1 and not by_name:
        first = min((s for s in stated if s.votes and fits(lex, candidates[0], s.phrases)), key=lambda s: s.span)
        return Cycle(candidates[0], Inference("programme-from-areas", candidates[0], first.span), candidates)
    return Cycle(lex.umbrella_programme, None, candidates)


def _later_round(lex: Lexicon, everything: tuple[str, ...]) -> Cycle:
    """A round after every cycle the vocabulary holds: the umbrella programme, its area phrases read as the cycles on
    the newest one's scale name them ('investigating crime', as 2021/22 and 2023-25 both do, not as a question of
    2014-2017)."""
    scale = lex.programme_scale.get(everything[-1])
    return Cycle(lex.umbrella_programme, None, tuple(c for c in everything if lex.programme_scale.get(c) == scale))


def claim_phrases(doc: Doc, cycle: Cycle) -> tuple[Phrases, Phrases | None]:
    """The area names and topics claims are read with: the cycle's, or those every candidate shares."""
    lex = doc.lex
    if cycle.programme in lex.area_names:
        return lex.area_names[cycle.programme], lex.area_topics.get(cycle.programme)
    return _shared(lex, cycle.candidates)


@lru_cache(maxsize=16)  # built once a lexicon and set of cycles: compiling the patterns costs more than an article
def _shared(lex: Lexicon, cycles: tuple[str, ...]) -> tuple[Phrases, Phrases]:
    names = [(phrase, areas[0]) for phrase in lex.area_senses
             for areas in [senses(lex, (phrase,), cycles, graded=False)] if len(areas) == 1]
    labels: dict[str, set[str]] = {}
    for c in cycles:
        for phrase, area in lex.area_topics.get(c, Phrases.build([])).concept_of.items():
            labels.setdefault(phrase, set()).add(lex.label[area])
    newest = max(cycles, key=lambda c: lex.programme_years[c])
    topics = [(phrase, area) for phrase, area in lex.area_topics.get(newest, Phrases.build([])).concept_of.items()
              if len(labels[phrase]) == 1]
    return Phrases.build(names), Phrases.build(topics)
