"""Text → facts: everything one article states about a PEEL inspection (see docs/MODEL.md)."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from ..facts import (
    ArticleFacts,
    DateValue,
    Event,
    Flaw,
    Inference,
    Inspection,
    Organisation,
    Source,
    Span,
)
from ..vocab import Lexicon, Phrases
from . import dates
from .claims import find_claims
from .doc import Caseless, Doc
from .grading import find_grades
from .mentions import find_mentions
from .posts import find_people

# Bump when a change to the converter can change its output: it keys the build cache.
CONVERTER_VERSION = "15"

# White space before the words on their line only: '^\s*' from each of k blank lines is quadratic.
_PRESS_RELEASE = re.compile(r"^[^\S\n]*(?:date\s+\d{4}-\d\d-\d\d|get the report|notes to editors|press release)\b", re.I | re.M)
_INSPECTION_CONTEXT = re.compile(r"\b(?:PEEL|inspect\w*|HMICFRS|HMIC|watchdog|graded|rated)\b", re.I)
_EVENT_NOUN = r"(?:meeting|hearing|panel|conference|board|session|committee)"
_EVENT = re.compile(rf"\b(?:an?|the|its|their)\s+(?P<name>(?:[a-z-]+\s+){{0,5}}{_EVENT_NOUN})\s+on\s+", re.I)
# What every _EVENT match holds: most articles have none, and _EVENT is costly to try at every 'the'.
_EVENT_NOUN_ON = Caseless(rf"{_EVENT_NOUN}\s+on\s")


def _programme_for_year(doc: Doc, year: int) -> str | None:
    for programme, (first, last) in doc.lex.programme_years.items():
        if first <= year <= last:
            return programme
    return None


def _areas_for(doc: Doc, programme: str) -> tuple[Phrases, Phrases | None]:
    lex = doc.lex
    if programme in lex.area_names:
        return lex.area_names[programme], lex.area_topics.get(programme)
    return _every_cycle_areas(lex)


@lru_cache(maxsize=4)  # built once a lexicon: compiling the patterns costs more than extracting an article
def _every_cycle_areas(lex: Lexicon) -> tuple[Phrases, Phrases]:
    """For a cycle unknown: every cycle's names, the newest cycle winning a shared phrase."""
    names: dict[str, str] = {}
    topics: dict[str, str] = {}
    for p in sorted(lex.programme_years, key=lambda p: lex.programme_years[p][0], reverse=True):
        for key, iri in lex.area_names.get(p, Phrases.build([])).concept_of.items():
            names.setdefault(key, iri)
        for key, iri in lex.area_topics.get(p, Phrases.build([])).concept_of.items():
            topics.setdefault(key, iri)
    return Phrases.build(list(names.items())), Phrases.build(list(topics.items()))


def _programme(doc: Doc, period, published: DateValue | None) -> tuple[str, Inference | None]:
    """The PEEL cycle: named in the text, else deduced from the inspection period or the article's date."""
    named = Counter(iri for _, _, iri in doc.found(doc.lex.programmes))
    if named:
        return named.most_common(1)[0][0], None
    for value in ([period[0]] if period else []) + ([published] if published else []):
        programme = _programme_for_year(doc, int(value.value[:4]))
        if programme:
            return programme, Inference("programme-from-dates", programme, value.span)
    return doc.lex.umbrella_programme, None


def _events(doc: Doc, published: DateValue | None) -> list[Event]:
    events = []
    if not _EVENT_NOUN_ON.search(doc):
        return events
    for m in _EVENT.finditer(doc.text):
        found = dates.day_month(doc, m.end() - 4, min(len(doc.text), m.end() + 40), published)
        if found and found[0].span.start - m.end() <= 12:
            date, inferred = found
            events.append(Event(m.group("name").strip(), doc.span(m.start("name"), found[0].span.end), date, inferred))
    return events


def _kind(source: Source) -> str:
    if source.metadata.kind:
        return source.metadata.kind
    return "press release" if _PRESS_RELEASE.search(source.text) else "news article"


def _headline(doc: Doc):
    """A first line that reads as a headline: short, no final full stop, more text below."""
    if len(doc.lines) < 2:
        return None
    first = doc.lines[0]
    if len(first.text) <= 140 and not first.text.rstrip().endswith((".", ":")) and not first.text.lower().startswith("date "):
        return doc.span(first.start, first.end)
    return None


def _key(org: Organisation) -> str:
    return org.iri or org.name


def extract(source: Source) -> ArticleFacts:
    doc = Doc(source)
    lex = doc.lex
    mentions = find_mentions(doc)
    find_people(doc, mentions)
    published = dates.published_date(doc)
    reference_date = published or (DateValue(source.metadata.published.isoformat(), None)
                                   if source.metadata.published else None)
    period = dates.inspection_period(doc)
    period_inferred = None if period else dates.inferred_period(doc, reference_date)
    programme, programme_inferred = _programme(doc, period, published)
    areas, topics = _areas_for(doc, programme)
    judgements, counts, totals = find_grades(doc, areas, mentions.forces, mentions.main_force)
    # Only a force of the vocabulary is inspected: what an unknown '<Name> Police' is said to get is dropped.
    judgements = [j for j in judgements if j.force.iri is not None]
    counts = [c for c in counts if c.force.iri is not None]
    claims = find_claims(doc, mentions, areas, topics, reference_date)
    main = mentions.main_force
    inspections: list[Inspection] = []
    flaws: list[Flaw] = []
    # Each graded force, and its first grade or count phrase: where the article first states its inspection.
    graded: dict[str, Organisation] = {}
    first_phrase: dict[str, Span] = {}
    for stated in judgements + counts:
        key = _key(stated.force)
        graded[key] = stated.force
        first_phrase[key] = min(first_phrase.get(key, stated.span), stated.span)
    if main is not None and (judgements or counts or totals or period or _INSPECTION_CONTEXT.search(doc.text)):
        total = next(((n, s) for f, n, s in totals if f is None or _key(f) == _key(main)), None)
        inspectors = tuple(dict.fromkeys(
            m.person for m in mentions.memberships
            if m.organisation.iri == lex.inspectorate and (m.person, m.role) in mentions.current))
        inspections.append(Inspection(
            force=main, programme=programme, programme_inferred=programme_inferred,
            inspectorate=lex.inspectorate, span=first_phrase.get(_key(main), main.span),
            inspectors=inspectors, period_start=period[0] if period else None,
            period_end=period[1] if period else None,
            period_start_inferred=period_inferred[0] if period_inferred else None,
            period_end_inferred=period_inferred[1] if period_inferred else None,
            graded_area_count=total[0] if total else None, graded_area_count_span=total[1] if total else None))
    for key, force in graded.items():
        if main is None or key != _key(main):
            inspections.append(Inspection(force=force, programme=programme, programme_inferred=programme_inferred,
                                          inspectorate=lex.inspectorate, span=first_phrase[key]))
    flaws += _flaws(doc, inspections, judgements, counts)
    return ArticleFacts(
        source=source, kind=_kind(source), headline=_headline(doc), published=published,
        organisations=tuple(o for _, _, o in mentions.forces),
        people=tuple(mentions.people.values()), memberships=tuple(mentions.memberships),
        inspections=tuple(inspections), judgements=tuple(judgements), grade_counts=tuple(counts),
        claims=tuple(claims), events=tuple(_events(doc, reference_date)), flaws=tuple(flaws))


def _flaws(doc: Doc, inspections, judgements, counts) -> list[Flaw]:
    lex = doc.lex
    flaws = []
    for inspection in inspections:
        key = _key(inspection.force)
        grades_by_area = defaultdict(set)
        for j in judgements:
            if _key(j.force) == key:
                grades_by_area[j.area].add(j.grade)
        for area, grades in sorted(grades_by_area.items()):
            if len(grades) > 1:
                span = next(j.span for j in judgements if j.area == area and _key(j.force) == key)
                flaws.append(Flaw("grade-conflict", f"the article gives {inspection.force.name} more than one grade for "
                                  f"'{lex.label[area]}': {', '.join(sorted(lex.label[g] for g in grades))}", span))
        stated = {(c.grade, c.count) for c in counts if _key(c.force) == key}
        if inspection.graded_area_count is not None and stated:
            total = sum(count for _, count in stated)
            # As the shape peel:InspectionCountsShape-sum: counts for some grades only are an omission.
            if total > inspection.graded_area_count or (total < inspection.graded_area_count and len(stated) >= 3):
                flaws.append(Flaw("grade-count-mismatch", f"stated counts sum to {total}, the article says "
                                  f"{inspection.graded_area_count} areas", inspection.graded_area_count_span))
    return flaws
