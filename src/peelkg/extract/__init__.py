"""Text → facts: everything one article states about a PEEL inspection (see docs/MODEL.md)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..facts import ArticleFacts, DateValue, Event, Source
from ..text import in_welsh
from ..vocab import lexicon
from . import dates
from .claims import find_claims
from .cycles import claim_phrases
from .doc import Caseless, Doc, ProseDoc
from .grading import find_grades
from .inspections import assemble
from .mentions import find_mentions
from .inspectors import inspection_leaders, chief_named_only_in_quotes, speaks_after_another_force
from .pillars import names_peel
from .posts import find_people
from .subjects import county_force
from .tables import find_listed

# Bump when a change to the converter can change its output: it keys the build cache.
CONVERTER_VERSION = "294"

# White space before the words on their line only: '^\s*' from each of k blank lines is quadratic.
_PRESS_RELEASE = re.compile(r"^[^\S\n]*(?:date\s+\d{4}-\d\d-\d\d|get the report|notes to editors|press release)\b", re.I | re.M)
_EVENT_NOUN = r"(?:meeting|hearing|panel|conference|board|session|committee)"
_EVENT = re.compile(rf"\b(?:an?|the|its|their)\s+(?P<name>(?:[a-z-]+\s+){{0,5}}{_EVENT_NOUN})\s+on\s+", re.I)
# What every _EVENT match holds: most articles have none, and _EVENT is costly to try at every 'the'.
_EVENT_NOUN_ON = Caseless(rf"{_EVENT_NOUN}\s+on\s")


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


def extract(source: Source) -> ArticleFacts:
    # Read with a hard-wrapped paragraph as one line (text.unwrap; the offsets are the article's), but for the page's
    # header, whose dates are read line by line (dates.page_dates reads Doc.folded).
    doc = ProseDoc(source, lexicon(welsh=in_welsh(source.text)))
    lex = doc.lex
    mentions = find_mentions(doc)
    find_people(doc, mentions)
    published, shown = dates.page_dates(doc)
    shown = shown or dates.report_published(doc)  # (minutes, a letter: no date of their own, their report's instead)
    reference_date = published or (DateValue(source.metadata.published.isoformat(), None)
                                   if source.metadata.published else None)
    period = dates.inspection_period(doc)
    period_inferred = None if period and period[1] else dates.inferred_period(doc, reference_date)
    if period and period_inferred:  # a stated start: only the end is inferred
        period_inferred = (None, period_inferred[1])
    # An article naming no force in full may name its force by its area alone ('Leicestershire was rated …').
    main = mentions.main_force or county_force(doc)
    stated, counts, totals = find_grades(doc, mentions.forces, main)
    stated += find_listed(doc, mentions.force_index, main)
    # Only a force of the vocabulary is inspected: what an unknown '<Name> Police' is said to get is dropped.
    stated = [s for s in stated if s.force.iri is not None]
    counts = [c for c in counts if c.force.iri is not None]
    if not stated and not counts and not names_peel(doc) and not dates.reports_performance(doc):
        # An inspection the text never calls PEEL nor names a pillar of, graded nowhere: its period is no PEEL
        # inspection's ('inspected the force between 4 and 11 April 2014' on a thematic inspection's page), unless its
        # report is on how the force is performing, as a PEEL report is.
        period = period_inferred = None
    # A former holder of an inspectorate post keeps the role but is no inspector of this inspection.
    # ... and whoever the text says led the inspection is its inspector, whatever post names them.
    inspectors = tuple(dict.fromkeys([m.person for m in mentions.memberships
                                      if m.organisation.iri == lex.inspectorate and (m.person, m.role) in mentions.current]
                                     + inspection_leaders(doc, mentions)))
    # ... unless the text names them only after a paragraph about another force (that force's inspector), or, HM Chief
    # Inspector, only in someone else's quoted words.
    inspectors = tuple(p for p in inspectors if not speaks_after_another_force(doc, mentions, p, main)
                       and not chief_named_only_in_quotes(doc, mentions, p))
    cycle, inspections, judgements, grade_counts, flaws = assemble(
        doc, main, stated, counts, totals, period, shown, inspectors, period_inferred)
    areas, topics = claim_phrases(doc, cycle)
    claims = find_claims(doc, mentions, areas, topics, reference_date)
    # A name the page's end cuts is nobody (posts.add_person): no post, inspection or words are that name's.
    people = mentions.people
    memberships = [m for m in mentions.memberships if m.person in people]
    inspections = [replace(i, inspectors=tuple(p for p in i.inspectors if p in people)) for i in inspections]
    claims = [c for c in claims if not isinstance(c.speaker, str) or c.speaker in people]
    return ArticleFacts(
        source=source, kind=_kind(source), headline=_headline(doc), published=published,
        organisations=tuple(o for _, _, o in mentions.forces),
        people=tuple(people.values()), memberships=tuple(memberships),
        inspections=tuple(inspections), judgements=tuple(judgements), grade_counts=tuple(grade_counts),
        claims=tuple(claims), events=tuple(_events(doc, reference_date)), flaws=tuple(flaws))
