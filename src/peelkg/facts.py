"""The extracted facts: plain frozen dataclasses, the contract between `extract` and `rdf`.

Concepts from the vocabularies (forces, areas, grades, roles, programmes, known
organisations) are referred to by the IRI string that `vocab` returned; people and
organisations the vocabularies do not know are referred to by name.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Span:
    """A stretch of the source text, offsets in code points (as Python indexes str)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Metadata:
    """What a curator wrote beside an article (every field optional)."""

    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: dt.date | None = None
    kind: str | None = None  # 'press release' | 'news article'


@dataclass(frozen=True)
class Source:
    """One article, exactly as read."""

    id: str  # first 16 hex digits of sha256
    name: str  # file name
    text: str
    sha256: str
    metadata: Metadata = field(default_factory=Metadata)


@dataclass(frozen=True)
class Organisation:
    """An organisation: `iri` when the vocabularies know it, else only its name."""

    name: str
    iri: str | None = None
    span: Span | None = None


@dataclass(frozen=True)
class Person:
    name: str
    span: Span


@dataclass(frozen=True)
class Membership:
    """A person holding a post (role) in an organisation, as the text states it."""

    person: str  # full name
    role: str  # role concept IRI
    organisation: Organisation
    span: Span
    party: Organisation | None = None


@dataclass(frozen=True)
class DateValue:
    """A date as precise as the text gives it: 'YYYY-MM-DD', 'YYYY-MM', or '--MM-DD'."""

    value: str
    span: Span | None  # None: the date comes from the curator's metadata, not the text


@dataclass(frozen=True)
class Inference:
    """A value the text does not state but that follows from it by a named rule."""

    rule: str  # local name of the rule in the reference vocabulary, e.g. 'relative-date'
    value: str
    derived_from: Span


@dataclass(frozen=True)
class Inspection:
    force: Organisation
    programme: str  # programme concept IRI
    programme_inferred: Inference | None
    inspectorate: str  # organisation IRI
    # Where the article first states the inspection: its first grade or count phrase, else the
    # force's first mention. Its other phrases are the evidence of its judgements and counts.
    span: Span | None
    inspectors: tuple[str, ...] = ()
    period_start: DateValue | None = None
    period_end: DateValue | None = None
    # A period in months of 'this year': completed with the article's year, so inferred, not stated.
    period_start_inferred: Inference | None = None
    period_end_inferred: Inference | None = None
    graded_area_count: int | None = None
    graded_area_count_span: Span | None = None
    # An earlier inspection whose cycle the text does not tell, in an article whose own cycle is unknown too ('a year
    # ago the force had been rated good'): of the umbrella programme, apart from the inspection reported on.
    earlier: bool = False


@dataclass(frozen=True)
class Judgement:
    force: Organisation
    area: str  # area concept IRI
    grade: str  # grade concept IRI
    span: Span
    programme: str = ""  # of the inspection it belongs to (the force's in the article's cycle, or an earlier one)
    earlier: bool = False  # of the earlier inspection of an untold cycle (Inspection.earlier)


@dataclass(frozen=True)
class GradeCount:
    force: Organisation
    grade: str
    count: int
    span: Span
    programme: str = ""  # as Judgement.programme
    earlier: bool = False


@dataclass(frozen=True)
class Claim:
    speaker: str | Organisation  # a person's full name, or an organisation
    text: str
    span: Span
    direct: bool  # a direct quote, or a reported statement
    areas: tuple[str, ...] = ()
    date_inferred: Inference | None = None  # when it was said, from 'yesterday' and the article's date


@dataclass(frozen=True)
class Event:
    name: str
    span: Span
    date: DateValue | None = None
    date_inferred: Inference | None = None


@dataclass(frozen=True)
class Flaw:
    """A flaw of the source itself (never fatal), with the place that shows it."""

    code: str
    message: str
    span: Span | None = None


@dataclass(frozen=True)
class ArticleFacts:
    """Everything one article states, ready for `rdf`."""

    source: Source
    kind: str  # 'press release' | 'news article'
    headline: Span | None
    published: DateValue | None
    organisations: tuple[Organisation, ...]
    people: tuple[Person, ...]
    memberships: tuple[Membership, ...]
    inspections: tuple[Inspection, ...]  # the article's own inspection first
    judgements: tuple[Judgement, ...]
    grade_counts: tuple[GradeCount, ...]
    claims: tuple[Claim, ...]
    events: tuple[Event, ...]
    flaws: tuple[Flaw, ...] = ()
