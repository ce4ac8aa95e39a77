"""Dates in prose: the article's own date, the inspection period, relative and partial dates."""
from __future__ import annotations

import datetime as dt
import re

from ..facts import DateValue, Inference, Span
from .doc import Doc

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun),?"
DAY = r"(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?"
YEAR = r"(?:19|20)\d\d"


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")[:3]]


def _iso(year: int, month: int, day: int | None = None) -> str | None:
    try:
        return dt.date(year, month, day).isoformat() if day else f"{year:04d}-{month:02d}"
    except ValueError:
        return None


# The article's own date, near the top: 'date 2024-10-17 …', 'Published: 12 March 2022',
# 'Thursday 12 May 2022', 'May 12, 2022'.
_PUBLISHED = [
    re.compile(rf"\s*(?:date|published|updated|posted)?:?\s*(?P<iso>{YEAR}-\d\d-\d\d)\b", re.I),
    re.compile(rf"\s*(?:(?:date|published|updated|posted|first published)(?: on)?:?\s*)?(?:{WEEKDAY}\s+)?(?P<d>{DAY})\s+(?P<m>{MONTH})\s+(?P<y>{YEAR})\b", re.I),
    re.compile(rf"\s*(?:(?:date|published|updated|posted)(?: on)?:?\s*)?(?:{WEEKDAY}\s+)?(?P<m>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})\b", re.I),
]
_PUBLISHED_LINES = 4


def published_date(doc: Doc) -> DateValue | None:
    for line in doc.lines[:_PUBLISHED_LINES]:
        for pattern in _PUBLISHED:
            m = pattern.match(doc.text, line.start, line.end)
            if not m:
                continue
            if m.groupdict().get("iso"):
                value = m.group("iso")
                try:
                    dt.date.fromisoformat(value)
                except ValueError:
                    continue
                start, end = m.start("iso"), m.end("iso")
            else:
                value = _iso(int(m.group("y")), month_number(m.group("m")), int(re.match(r"\d+", m.group("d")).group()))
                start, end = min(m.start("d"), m.start("m")), m.end("y")
            if value:
                return DateValue(value, doc.span(start, end))
    return None


# 'from December 2023 to June 2024', 'between January and March 2022', 'from 4 to 15 March 2024'.
# The first date has a day or a month; one run of white space between two words, matched one
# way only (optional words each with their own run: runs split between quantifiers backtrack
# polynomially).
_PERIOD = re.compile(
    rf"\b(?:from|between)\s+(?=(?:{DAY}|{MONTH})\s)(?:(?P<d1>{DAY})\s+)?(?:(?P<m1>{MONTH})\s+)?(?:(?P<y1>{YEAR})\s+)?"
    rf"(?:to|until|and|-)\s+(?:(?P<d2>{DAY})\s+)?(?P<m2>{MONTH})\s+(?P<y2>{YEAR})\b")
_INSPECTION_WORDS = re.compile(r"\b(?:inspect\w*|assess\w*|fieldwork|visited|examin\w*|looked at|review\w*)\b", re.I)


# "The inspection took place in March 2019": a period of one month.
_ONE_MONTH = re.compile(rf"\b(?:took place|carried out|was inspected|inspected \w+(?: \w+){{0,3}}|fieldwork)\s+(?:in|during)\s+"
                        rf"(?P<m>{MONTH})\s+(?P<y>{YEAR})\b")


def inspection_period(doc: Doc) -> tuple[DateValue, DateValue] | None:
    for sentence in doc.sentences:
        if not _INSPECTION_WORDS.search(sentence.text):
            continue
        one = _ONE_MONTH.search(doc.text, sentence.start, sentence.end)
        if one:
            value = DateValue(_iso(int(one.group("y")), month_number(one.group("m"))), doc.span(one.start("m"), one.end("y")))
            return value, value
        m = _PERIOD.search(doc.text, sentence.start, sentence.end)
        if not m:
            continue
        y2, m2 = int(m.group("y2")), month_number(m.group("m2"))
        m1 = month_number(m.group("m1")) if m.group("m1") else m2
        y1 = int(m.group("y1")) if m.group("y1") else (y2 if m1 <= m2 else y2 - 1)
        d1 = int(re.match(r"\d+", m.group("d1")).group()) if m.group("d1") else None
        d2 = int(re.match(r"\d+", m.group("d2")).group()) if m.group("d2") else None
        start, end = _iso(y1, m1, d1 if d2 else None), _iso(y2, m2, d2 if d1 else None)
        if start and end and start <= end:
            first = doc.span(m.start("d1") if m.group("d1") else m.start("m1"),
                             max(m.end(g) for g in ("d1", "m1", "y1") if m.group(g)))
            second = doc.span(m.start("d2") if m.group("d2") else m.start("m2"), m.end("y2"))
            return DateValue(start, first), DateValue(end, second)
    return None


_RELATIVE = re.compile(r"\b(?:yesterday|today|last month)\b", re.I)


def relative_date(doc: Doc, region: Span, published: DateValue | None) -> Inference | None:
    """'yesterday' or 'last month' in `region`, resolved against the article's date."""
    if published is None or len(published.value) != 10:
        return None
    m = _RELATIVE.search(doc.text, region.start, region.end)
    if not m:
        return None
    day = dt.date.fromisoformat(published.value)
    word = m.group().lower()
    if word == "yesterday":
        value = (day - dt.timedelta(days=1)).isoformat()
    elif word == "today":
        value = day.isoformat()
    else:
        first = day.replace(day=1) - dt.timedelta(days=1)
        value = f"{first.year:04d}-{first.month:02d}"
    return Inference("relative-date", value, doc.span(m.start(), m.end()))


_DAY_MONTH = re.compile(rf"\bon\s+(?:{WEEKDAY}\s+)?(?P<d>{DAY})\s+(?P<m>{MONTH})(?!\s+{YEAR})\b")
_DAY_MONTH_YEAR = re.compile(rf"\bon\s+(?:{WEEKDAY}\s+)?(?P<d>{DAY})\s+(?P<m>{MONTH})\s+(?P<y>{YEAR})\b")


def day_month(doc: Doc, start: int, end: int, published: DateValue | None) -> tuple[DateValue, Inference | None] | None:
    """'on 14 November' → --11-14, completed (inferred) with the year nearest the article's date."""
    m = _DAY_MONTH_YEAR.search(doc.text, start, end)
    if m:
        value = _iso(int(m.group("y")), month_number(m.group("m")), int(re.match(r"\d+", m.group("d")).group()))
        return (DateValue(value, doc.span(m.start("d"), m.end("y"))), None) if value else None
    m = _DAY_MONTH.search(doc.text, start, end)
    if not m:
        return None
    month, day = month_number(m.group("m")), int(re.match(r"\d+", m.group("d")).group())
    stated = DateValue(f"--{month:02d}-{day:02d}", doc.span(m.start("d"), m.end("m")))
    if published is None or len(published.value) != 10:
        return stated, None
    pub = dt.date.fromisoformat(published.value)
    candidates = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return stated, None
    nearest = min(candidates, key=lambda d: (abs((d - pub).days), d))
    return stated, Inference("partial-date", nearest.isoformat(), stated.span)
