"""Dates in prose: the article's own date, the inspection period, relative and partial dates."""
from __future__ import annotations

import datetime as dt
import re

from ..facts import DateValue, Inference, Span
from .doc import BANNER, Doc

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
# ... and in Welsh, as Welsh-language pages date themselves ('17eg Ebrill 2023'): no three letters of one are another's.
_WELSH_MONTHS = ["ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst", "medi", "hydref",
                 "tachwedd", "rhagfyr"]
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS.update({m[:3]: i for i, m in enumerate(_WELSH_MONTHS, start=1)})
MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|"
         r"Aug|Sept|Sep|Oct|Nov|Dec|Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)\.?")
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun),?"
# ('06 December 2023' too; and Welsh ordinals: '1af', '2il', '3ydd', '5ed', '7fed', '17eg', '21ain')
DAY = r"(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th|af|il|ydd|fed|ed|eg|ain)?"
YEAR = r"(?:19|20)\d\d"


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")[:3]]


def _iso(year: int, month: int, day: int | None = None) -> str | None:
    try:
        return dt.date(year, month, day).isoformat() if day else f"{year:04d}-{month:02d}"
    except ValueError:
        return None


# A full date as pages write it: '12 March 2024', '12 March, 2024', '14th Nov 2022', '12th of March 2024', 'April 14th, 2025',
# 'Thursday, Dec 8th, 2016', '25/11/2022' (day first, as in the UK), '2024-10-17'.
_DMY = rf"(?:{WEEKDAY}\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MONTH}),?\s+(?P<y>{YEAR})"
_MDY = rf"(?:{WEEKDAY}\s+)?(?P<m2>{MONTH})\s+(?P<d2>{DAY}),?\s+(?P<y2>{YEAR})"
_NUMERIC = rf"(?P<d3>[0-3]?\d)(?P<sep>[/.-])(?P<m3>[01]?\d)(?P=sep)(?P<y3>{YEAR})"
_DASHED = rf"(?P<d4>{DAY})-(?P<m4>{MONTH})-(?P<y4>{YEAR})"  # '27-Nov-2014'
_ISO = rf"(?P<iso>{YEAR}-\d\d-\d\d)(?:T\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)?"  # and a time: '2024-03-12T09:30:00Z'
# (its end a word's end, or glued to a next field's capitalised label: 'Published On: 30 July 2025Last Updated: …')
FULL_DATE = rf"(?:{_ISO}|{_DMY}|{_MDY}|{_NUMERIC}|{_DASHED})(?:\b|(?=[A-Z][a-z]))"
# A time of day as pages print it beside a date: '12:01', '9.26am', '14:02 BST', '08:47 Greenwich Mean Time' (the
# zone spelt out, as a live page's entries write it for screen readers).
_CLOCK = r"\d{1,2}[:.]\d\d(?:[^\S\n]*(?:am|pm|BST|GMT|UTC|Greenwich Mean Time|British Summer Time))?"
_LABEL = rf"(?:date(?: published| issued)?|(?:published|publication|release) date|published|first published|issued|released|posted|updated|last updated|last modified|created)(?: on| at)?:?(?:[^\S\n]*{_CLOCK},?)?"
# The article's own date, near the top: a line that opens with it ('date 2024-10-17 …', 'Thursday
# 12 May 2022', 'Published: 12 March 2022'), or a label and the date within a line ('Dorset |
# Posted on April 14th, 2025 |', 'Author: … CastonPublished 25th Nov 2022'). A numeric date needs its label.
# ... or with the time before it and no label: '12:01, 12 MAR 2024' (as regional news sites print it).
_DATELINE = re.compile(rf"[^\S\n]*(?:{_LABEL}[^\S\n]*|\d{{1,2}}:\d\d(?:[^\S\n]*(?:am|pm|BST|GMT))?,?[^\S\n]+)?"
                       rf"(?:{_ISO}|{_DMY}|{_MDY})\b", re.I)
# Within a line the label is a label, capitalised: 'which was published on Wednesday 14th May' dates a report;
# so does a form's field named for the report ('Date Inspection Published: 2 March 2017').
# ... and 'Posted by Jane Smith on 12 March 2024' (her post set off: 'Published by Jane Smith, Reporter, on …'), 'By
# Jane Smith on March 12, 2024', and a field glued to a headline:
# '… in latest HMIC report Date published: 11th February 2016 12.01am'.
# (A 'Date published' field is the page's whatever word ends the headline before it: 'report'.)
_LABELLED = re.compile(rf"(?:(?:(?<![Ii]nspection )(?<![Rr]eport )(?<![Aa]ssessment )"
                       rf"(?:Published|Posted|Updated|Last modified|PUBLISHED|POSTED|UPDATED|Written)|\bDate (?:published|posted|issued))"
                       rf"(?: by (?:[A-Z][\w'.-]*,? ){{1,4}}on| on| at)?"
                       rf"|\bBy (?:[A-Z][\w'.-]* ){{1,4}}on"
                       # ... and a debate's record, dated by the day it was held: 'Volume 750: debated on Tuesday 14 May
                       # 2024' (Hansard's header).
                       rf"|(?:\bVolume \d+: |(?<![^\n])[^\S\n]*)[Dd]ebated on"
                       # ... and a live page's entry, its label in lower case and glued to its headline but with the
                       # time: '… - reportpublished at 08:47 Greenwich Mean Time 12 December 2017'.
                       rf"|(?:published|posted|updated) at(?=[^\S\n]+{_CLOCK})"
                       rf")(?::|[^\S\n]+[-\u2013](?=[^\S\n]))?(?:[^\S\n]*{_CLOCK},?)?[^\S\n]*{FULL_DATE}")
# ... or set off by a bar, a slash or a dot from a byline or a section's name: 'By Jane Smith | 12 March 2024', 'Jane
# Smith · 12 March 2024', 'Politics / Wed 22nd Mar 2017 at 12:06pm', 'By Jane Smith | 12/03/2024' (day first)
# (not a bullet that opens its line).
_SET_OFF = re.compile(rf"(?:(?<=\S)|(?<=\S[^\S\n]))(?:[|*]|(?<=\s)[-/](?=\s))[^\S\n]*(?:{_ISO}|{_DMY}|{_MDY}|{_NUMERIC})\b"
                      rf"(?=[^\S\n]*(?:$|[|*,]|(?:at[^\S\n]+)?\d{{1,2}}[:.]\d\d))", re.M)
# ... not the second date of a range ('Inspection dates: 7 November - 18 November 2022'): a day or a month before the dash.
_RANGE_OPENS = re.compile(rf"(?:\b{DAY}|\b{MONTH}|\b{YEAR})[^\S\n]*$")
_PUBLISHED_LINES = 4
# ... and further down the header, before any line of it reads as a sentence, a line that is a labelled date alone,
# the label a page field's: 'Last Updated: 17/11/2022', 'Published on 3 May 2024 10:02' (below the site's menu lines),
# 'Post on 10-Sep-2018' (a document-sharing site's).
_FIELD_LINE = re.compile(rf"[^\S\n]*(?:(?:[Ll]ast|[Ff]irst|[Dd]ate)[^\S\n]+)?(?:[Uu]pdated|[Pp]ublished|[Pp]osted|[Mm]odified|[Ii]ssued|[Rr]eleased"
                         rf"|[Pp]ost(?=[^\S\n]+on\b)"
                         rf"|(?:[Pp]ublished|[Pp]ublication|[Rr]elease)[^\S\n]+date)(?:[^\S\n]+(?:on|at))?[^\S\n]*:?[^\S\n]*"
                         rf"(?:{_CLOCK},?[^\S\n]+)?{FULL_DATE}"
                         rf"(?:,?[^\S\n]+{_CLOCK})?\.?[^\S\n]*"
                         # ... and its change after it: 'Published at 9:26am 11th February 2016. (Updated at 3:45pm …)'
                         rf"(?:\((?:[Ll]ast[^\S\n]+)?[Uu]pdated[^()\n]{{0,60}}\)[^\S\n]*)?")
# A site's notice of its own downtime ('Planned website downtime' / 'For a short time … the website will not be available
# while essential maintenance is carried out.'): a banner, as a cookie notice is, not the page's first sentence.
_SITE_NOTICE = re.compile(r"\b(?:website|site) will (?:not be available|be (?:unavailable|offline|down))\b|\b(?:planned|scheduled) (?:website )?"
                          r"(?:maintenance|downtime)\b", re.I)


# A month and its year alone on a line: a newsletter's or a column's issue ('October 2019').
_MONTH_ALONE = re.compile(rf"[^\S\n]*(?P<m>{MONTH})[^\S\n]+(?P<y>{YEAR})[^\S\n]*")


def _banner_words(words: str) -> bool:
    """True when the words are a site's banner: a cookie notice, an error, its downtime."""
    return BANNER.search(words) is not None or _SITE_NOTICE.search(words) is not None


def _banner(text: str, line: Span) -> bool:
    return _banner_words(text[line.start:line.end])


def _banner_paragraphs(text: str, lines: list[Span]) -> set[int]:
    """The indexes of the lines that are, or are in a paragraph that is, a site's banner (its words read across a hard
    wrap: 'the HMICFRS website' / 'will be unavailable')."""
    found: set[int] = set()
    start = 0
    for i in range(1, len(lines) + 1):
        if i == len(lines) or text[lines[i - 1].end:lines[i].start] != "\n":  # a paragraph's last line
            words = " ".join(text[line.start:line.end].strip() for line in lines[start:i])
            if _banner_words(words):
                found.update(range(start, i))
            start = i
    return found


# A site's word to its reader in its header: 'We would like your views on …', 'Tell us whether you think …'.
_TO_THE_READER = re.compile(r"\b(?:you|your|tell us|let us know|please (?:fill in|complete|take|answer))\b", re.I)
# A form's field for the day the document itself was sent, anywhere in the header: 'Date response sent: 03/04/2017'.
_SENT_FIELD = re.compile(rf"\bDate(?: [a-z]+)? sent:[^\S\n]*{FULL_DATE}")
# A meeting's page gives the meeting's date in its header ('Police and Crime Panel - Friday, 6th June, 2025
# 11.00 am', 'June 6, 2025 View on council website'): a date without a publication label on a line that
# names a meeting (or a panel, committee, cabinet or board) dates the meeting, not the page.
_MEETING = re.compile(r"\b(?:meetings?|panels?|committees?|cabinet|board)\b", re.I)
# ... except on the meeting's own page of papers, titled as such ('Agenda and minutes', the layout council
# sites share): its minutes are the record of that meeting, dated by it.
_MINUTES_PAGE = re.compile(r"[^\S\n]*(?:agenda,?\s+(?:reports\s+)?and\s+)?minutes[^\S\n]*", re.I)
_PUBLICATION_LABEL = re.compile(r"\b(?:published|posted|updated|modified|sent|date|issued|released)\b", re.I)
# A label on a line of its own, the date on the next: 'Sent on' / '2 October 2024', 'This page was
# last updated on' / '27-Nov-2014 9:47'; anywhere in the page's header, which goes on past the
# first lines (a letter's 'From', 'To' and 'Sent on' blocks) until its first paragraph of prose.
_HEADER_LINES = 20
_PROSE = re.compile(r"(?:\S+\s+){19,}\S*[.!?\"')]\s*")
_LABEL_LINE = re.compile(r"[^\S\n]*(?:(?:this page was |page )?(?:last )?updated|(?:first )?published|posted|sent|date)"
                         r"(?: on)?[^\S\n]*:?[^\S\n]*", re.I)
_DATE_FIRST = re.compile(rf"[^\S\n]*{FULL_DATE}")
# A numeric date (and its time) that ends a short header line, even glued to the publisher's name:
# 'BBC News24-07-2025', '03/05/2024 14:02'.
_DATE_ENDS_LINE = re.compile(rf"(?<!\d)(?:{_NUMERIC}|{_DASHED})(?:[^\S\n]+{_CLOCK})?"
                             rf"[^\S\n]*$")
_SHORT_LINE_WORDS = 4
# A header line that is a date alone ('December 12, 2017', under a headline and a site's menu lines; with a time
# before or after it: '12:01PM, Saturday 28 February 2026', '12 March 2024 • 12:01am', 'Tuesday 12 March 2024 06:21,
# UK'; with the page's change after it, glued on or not:
# '16:45, 4 OCT 2024Updated17:02, 4 OCT 2024'), and a
# date in brackets ending a headline ('… welcomes the 2016 PEEL Assessment (12 Apr 2017)').
_DATE_ALONE = re.compile(rf"[^\S\n]*(?:\d{{1,2}}[:.]\d\d[^\S\n]*(?:am|pm|BST|GMT)?,?[^\S\n]+)?(?:{_ISO}|{_DMY}|{_MDY})"
                         rf"(?:,?[^\S\n]+(?:at[^\S\n]+|[\u2022\u00b7*][^\S\n]*)?{_CLOCK}(?:,[^\S\n]*UK)?)?"
                         r"(?:[^\S\n]*[|(]?[^\S\n]*(?:last[^\S\n]+)?(?:updated|modified)(?![a-z])[^\n]*)?[^\S\n]*", re.I)
# ... and a byline the page ran into its date, the space between lost ('Jane Smith12 March 2024').
_GLUED_BYLINE = re.compile(rf"[^\S\n]*(?:[A-Z][\w'.-]*[^\S\n]+){{1,3}}[A-Z][\w'-]*[a-z](?={DAY}[^\S\n]){_DMY}[^\S\n]*")
# ... or set off from it by a comma, the line a byline and its date alone: 'By Jane Smith, 12 March 2024', 'Jane Smith,
# 12 March 2024 at 10:02am'.
_COMMA_BYLINE = re.compile(rf"[^\S\n]*(?:By[^\S\n]+)?(?:[A-Z][\w'.-]*[^\S\n]+){{1,3}}[A-Z][\w'-]*,[^\S\n]*(?:{_ISO}|{_DMY}|{_MDY})"
                           rf"(?:,?[^\S\n]+(?:at[^\S\n]+)?{_CLOCK})?[^\S\n]*")
# ... or after it with a space, and the count of comments after: 'Bromsgrove Editorial 5th Jan, 2018   0' (in the first
# lines only, and not on a line naming a meeting: its date).
# (the writer's post after a dash too, as Nub News sets it: 'By Sarah Ward - Local Democracy Reporter 28th Mar 2025')
_SPACED_BYLINE = re.compile(rf"[^\S\n]*(?:By[^\S\n]+)?(?:[A-Z][\w'.-]*[^\S\n]+){{1,3}}(?:[-\u2013|][^\S\n]+(?:[A-Z][\w'.-]*[^\S\n]+){{1,4}})?"
                            rf"{_DMY}(?:[^\S\n]+\d{{1,4}})?[^\S\n]*")
_BRACKETED_DATE = re.compile(rf"\((?:{_ISO}|{_DMY}|{_MDY})\)[^\S\n]*$", re.M)
_UPDATED = re.compile(r"updated|modified", re.I)
# A gov.uk page's history at its foot, the first publication first: 'Updates to this page' / 'Published 2 September 2015'.
_PAGE_HISTORY = re.compile(rf"^[^\S\n]*Updates to this page[^\S\n]*\n\s*Published[^\S\n]+{FULL_DATE}", re.M)  # a date of a change, not of publication
# ... or its one date, the page's last line: '… across England, Wales and Scotland.' / 'Published 20 May 2022'.
_PUBLISHED_LAST = re.compile(rf"\n[^\S\n]*\n\s*Published[^\S\n]+{FULL_DATE}\s*\Z")
# A data site's record of an inspectorate document, which heads it with its source ('Source · HMICFRS', the dot read as
# '*'): the date under the document's title is the document's (it dates the cycle), not the page's.
_RECORD_OF = re.compile(r"[^\S\n]*Source[^\S\n]*[\u00b7*:|-][^\S\n]*(?:HMICFRS|HMIC|H\.?M\.? Inspectorate\b[^\n]*|"
                        r"(?:His|Her) Majesty['\u2019]s Inspectorate\b[^\n]*)[^\S\n]*")
# A news aggregator's line under a story from a printed paper, in English or in the reader's language: 'This story is
# from the July 17, 2024 edition of The Herald.', 'Denne historien er fra July 17, 2024-utgaven av The Herald.' (Norwegian).
_EDITION = re.compile(rf"^[^\S\n]*(?:This (?:story|article) is from the|Denne historien er fra)[^\S\n]+{FULL_DATE}"
                      rf"(?:[^\S\n]+edition|-utgaven)[^\S\n]+(?:of|av)[^\S\n]", re.M)
# 'published today (27th November 2014)', 'released today, Friday 1 February 2019,': today is the article's date.
_TODAY = re.compile(rf"\btoday\s*(?:\(\s*|,\s+){FULL_DATE}", re.I)
# ... and without a year, 'today (Thursday 11 July)', 'today (Tuesday June 10)', 'today (Tuesday)': a header
# date on another day is not the article's (a page's date-and-weather widget: the day it was viewed).
_TODAY_WITHOUT_YEAR = re.compile(rf"\btoday\s*(?:\(|,(?=\s))\s*(?:(?P<w>{WEEKDAY})(?:\s+(?=\d|{MONTH})|(?=[),])))?"
                                 rf"(?:(?P<d>{DAY})\s+(?P<m>{MONTH})|(?P<m2>{MONTH})\s+(?P<d2>{DAY}))?[),]", re.I)


# A header line that is a date alone with a two-digit year, as trade press datelines it ('20 Oct 15').
_SHORT_YEAR_ALONE = re.compile(rf"[^\S\n]*(?P<d>{DAY})[^\S\n]+(?P<m>{MONTH})[^\S\n]+(?P<y>\d\d)[^\S\n]*")


def _short_year_date(m: re.Match[str]) -> tuple[str, int, int] | None:
    """The ISO date of a _SHORT_YEAR_ALONE match (this century's year), with its offsets."""
    value = _iso(2000 + int(m.group("y")), month_number(m.group("m")), int(re.match(r"\d+", m.group("d")).group()))
    return (value, m.start("d"), m.end("y")) if value else None


def full_date(m: re.Match[str]) -> tuple[str, int, int] | None:
    """The ISO date a FULL_DATE match states, with its offsets; None for a date that does not exist."""
    if m.groupdict().get("iso"):
        try:
            return dt.date.fromisoformat(m.group("iso")).isoformat(), m.start("iso"), m.end("iso")
        except ValueError:
            return None
    for d, mo, y in (("d", "m", "y"), ("d2", "m2", "y2"), ("d3", "m3", "y3"), ("d4", "m4", "y4")):
        if m.groupdict().get(y):
            month = int(m.group(mo)) if mo == "m3" else month_number(m.group(mo))
            if not 1 <= month <= 12:
                return None
            value = _iso(int(m.group(y)), month, int(re.match(r"\d+", m.group(d)).group()))
            return (value, min(m.start(d), m.start(mo)), m.end(y)) if value else None
    return None


def page_dates(doc: Doc) -> tuple[DateValue | None, DateValue | None]:
    """The article's own date, and the date its page shows. They differ where the text's 'today
    (Thursday 11 July)' is another day than the header's: the header then shows the day the page was
    seen (a widget), close enough to date the inspection's cycle, but the article's own date is unknown.
    'Last updated' counts only in the page's header and when it gives no publication date: further
    down, it dates a section of the page, not the page."""
    found: list[tuple[bool, int, tuple[str, int, int]]] = []
    labelled: set[int] = set()  # where the dates a publication's label names start
    # (read line by line, as the page sets them: 'This page was last updated on' / '27-Nov-2014 9:47')
    text, all_lines = doc.folded, doc.folded_lines
    lines = _header(text, all_lines)
    minutes_page = bool(lines) and _MINUTES_PAGE.fullmatch(text, lines[0].start, lines[0].end) is not None
    told = False  # a header line reads as a sentence: the page's content has begun, a field line below dates a section
    banners = _banner_paragraphs(text, lines)
    for order, line in enumerate(lines):
        banner = order in banners
        matches = []
        if order < _PUBLISHED_LINES:
            m = _DATELINE.match(text, line.start, line.end)
            matches = ([m] if m else []) + list(_LABELLED.finditer(text, line.start, line.end)) + \
                [m for m in _SET_OFF.finditer(text, line.start, line.end)
                 if not _RANGE_OPENS.search(text, line.start, m.start())]
            if len(text[line.start:line.end].split()) <= _SHORT_LINE_WORDS:
                matches += list(_DATE_ENDS_LINE.finditer(text, line.start, line.end))
            short = _SHORT_YEAR_ALONE.fullmatch(text, line.start, line.end)
            date = _short_year_date(short) if short else None
            if date:
                found.append((False, order, date))
            if not minutes_page and _MEETING.search(text, line.start, line.end):
                matches = [m for m in matches if _PUBLICATION_LABEL.search(m.group())]
        matches += list(_SENT_FIELD.finditer(text, line.start, line.end))
        field = _FIELD_LINE.fullmatch(text, line.start, line.end) if order >= _PUBLISHED_LINES and not told else None
        matches += [field] if field else []
        # (deeper in the header, before the content begins, a publication's label within a line: 'News | Jo Bell |
        # Published: 11:29, Friday June 27th, 2025.', 'Published - 13/04/2017 By - Jo Bell')
        if order >= _PUBLISHED_LINES and not told:
            matches += [m for m in _LABELLED.finditer(text, line.start, line.end) if not _UPDATED.search(m.group())]
        # (Not a question: a heading, as an inspectorate page titles its sections ('How legitimate is the force …?');
        # nor the site's word to its reader: 'We would like your views on …', 'Tell us whether you think …'; nor a
        # title the page cut short: 'peel: police efficiency · operations of btp and the british transport...'.)
        ending = text[line.start:line.end].rstrip()
        told = told or (ending.endswith((".", "!")) and not ending.endswith("...") and
                        not banner and not _TO_THE_READER.search(text, line.start, line.end))
        alone = _DATE_ALONE.fullmatch(text, line.start, line.end)
        if alone and order >= _PUBLISHED_LINES:  # (in the first lines, _DATELINE found it)
            matches.append(alone)
        glued = _GLUED_BYLINE.fullmatch(text, line.start, line.end) or _COMMA_BYLINE.fullmatch(text, line.start, line.end) or \
            (None if order >= _PUBLISHED_LINES or _MEETING.search(text, line.start, line.end) else
             _SPACED_BYLINE.fullmatch(text, line.start, line.end))
        matches += [glued] if glued else []
        if order == 0:
            matches += list(_BRACKETED_DATE.finditer(text, line.start, line.end))
        updated_label = False
        if _LABEL_LINE.fullmatch(text, line.start, line.end) and order + 1 < len(lines):
            m = _DATE_FIRST.match(text, lines[order + 1].start, lines[order + 1].end)
            matches += [m] if m else []
            updated_label = _UPDATED.search(text, line.start, line.end) is not None
        for m in matches:
            date = full_date(m)
            if date:
                updated = updated_label or _UPDATED.search(m.group()) is not None
                found.append((updated, order, date))
                if _PUBLICATION_LABEL.search(m.group()):
                    labelled.add(date[1])
    # A date on the line under the byline ('by Jane Smith' / 'Thursday 13 Apr, 2023') is the article's, whatever date
    # a site's banner shows above it (the day the page was seen), however long the site's menu before it.
    bylined = _under_byline(doc, text, all_lines)
    if bylined:
        return bylined, bylined
    if not found:  # (a gov.uk page's foot: its history, 'Updates to this page' / 'Published 2 September 2015', or its date)
        m = _PAGE_HISTORY.search(text) if "Updates to this page" in text else _PUBLISHED_LAST.search(text, max(0, len(text) - 60))
        date = full_date(m) if m else None
        found = [(False, 0, date)] if date else []
    if not found and ("edition" in text or "utgaven" in text):
        m = _EDITION.search(text)
        date = full_date(m) if m else None
        found = [(False, 0, date)] if date else []
    if not found:
        m = _TODAY.search(text)
        date = full_date(m) if m else None
        found = [(False, 0, date)] if date else []
    if not found:
        # A newsletter's or column's month alone on a header line ('October 2019'): no date of publication, but the
        # month the page shows, which dates the cycle.
        issue = next((m for line in lines[:_PUBLISHED_LINES] if (m := _MONTH_ALONE.fullmatch(text, line.start, line.end))), None)
        if issue is None:
            return None, None
        month = f"{issue.group('y')}-{month_number(issue.group('m')):02d}"
        return None, DateValue(month, doc.span(issue.start("m"), issue.end("y")))
    _, order, (value, start, end) = min(found, key=lambda f: (f[0], f[1], f[2][1]))
    shown = DateValue(value, doc.span(start, end))
    if any(_RECORD_OF.fullmatch(text, line.start, line.end) for line in lines[:_PUBLISHED_LINES]):
        return None, shown
    if any(_TEMPERATURE.fullmatch(text, line.start, line.end) for line in lines[max(0, order - 2):order + 2]):
        # ('Friday 12 July 2024' over '16.7 C', or under '12.5 C' and its town: a weather widget's day, the day the
        # page was seen)
        return None, shown
    # ('today (Friday)' on another day: a widget's date, unless a label names it the page's ('Published: …'), as a copy
    # of a release dated later than the release's 'today' has it)
    if start not in labelled and any(_another_day(m, dt.date.fromisoformat(value)) for m in _TODAY_WITHOUT_YEAR.finditer(text)):
        return None, shown
    return shown, shown


# (a surname's particle in lower case: 'by Frank le Duc')
_BYLINE_ALONE = re.compile(r"[^\S\n]*[Bb]y[^\S\n]+[A-Z][\w'.-]*(?:[^\S\n]+(?:[A-Z][\w'.-]*|le|la|de|du|da|di|van|von|der))"
                           r"{0,3}[^\S\n]*")


def _under_byline(doc: Doc, text: str, all_lines: list[Span]) -> DateValue | None:
    """The date alone on the line under a byline alone, before the page's first paragraph of prose."""
    lines = all_lines[:_BYLINE_REACH]
    for i, line in enumerate(lines[:-1]):
        if _PROSE.fullmatch(text, line.start, line.end) and not _banner(text, line):
            return None
        if _BYLINE_ALONE.fullmatch(text, line.start, line.end):
            m = _DATE_ALONE.fullmatch(text, lines[i + 1].start, lines[i + 1].end)
            date = full_date(m) if m else None
            if date:
                return DateValue(date[0], doc.span(date[1], date[2]))
    return None


_BYLINE_REACH = 60  # lines: a site's menu may come between its banner and the byline


_TEMPERATURE = re.compile(r"\s*-?\d{1,2}(?:\.\d)?\s*°?\s*[CF]\s*")


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _another_day(today: re.Match[str], day: dt.date) -> bool:
    """True when 'today (…)' names a weekday or a day of the month that `day` is not."""
    weekday, month = today.group("w"), today.group("m") or today.group("m2")
    if weekday and _WEEKDAYS[day.weekday()] != weekday.rstrip(",")[:3].lower():  # not strftime: locale-free
        return True
    if not month:
        return False
    return (month_number(month), int(re.match(r"\d+", today.group("d") or today.group("d2")).group())) != (day.month, day.day)


# The link a web page opens its content with: what comes before it (a cookie banner) is no header.
_SKIP_LINK = re.compile(r"[^\S\n]*skip to (?:the )?(?:main )?content[^\S\n]*", re.I)


def _header(text: str, all_lines: list[Span]) -> list[Span]:
    """The page's first lines, and those after them before its first paragraph of prose; on a page
    whose first lines are a banner before its 'Skip to main content' link, from that link on."""
    first = next((i + 1 for i, line in enumerate(all_lines[:_HEADER_LINES])
                  if _SKIP_LINK.fullmatch(text, line.start, line.end)), 0)
    lines = all_lines[first:first + _PUBLISHED_LINES]
    if any(_PROSE.fullmatch(text, line.start, line.end) and not _banner(text, line)
           for line in lines):
        return lines
    for line in all_lines[first + _PUBLISHED_LINES:first + _HEADER_LINES]:
        if _PROSE.fullmatch(text, line.start, line.end) and not _banner(text, line):
            break
        lines.append(line)
    return lines


# 'from December 2023 to June 2024', 'between January and March 2022', 'from 4 to 15 March 2024', and after a field's
# label: 'Inspection fieldwork: 4 to 15 March 2024'.
# The first date has a day or a month; one run of white space between two words, matched one
# way only (optional words each with their own run: runs split between quantifiers backtrack
# polynomially). An end in 'this year' ('between November 2024 and January of this year') leaves
# the start stated, the end to be inferred from the article's year.
_PERIOD = re.compile(
    rf"(?:\b(?:from|between)|(?<=\w):)\s+(?=(?:{DAY}|{MONTH})\s)(?:(?P<d1>{DAY})\s+)?(?:(?P<m1>{MONTH})\s+)?(?:(?P<y1>{YEAR})\s+)?"
    rf"(?:to|until|and|-)\s+(?:(?P<d2>{DAY})\s+)?(?P<m2>{MONTH})\s+(?:(?P<y2>{YEAR})|(?:of\s+)?(?P<this>this)\s+year)\b")
# ... and a report's cover, the days of its inspection set off by a dash after its title: 'An inspection of Kent
# Police 4 – 15 December 2017', '27 November – 8 December 2017' (days at both ends: 'the 12 months to 31 March' is none).
_DASHED_PERIOD = re.compile(
    rf"(?<![\w.,£$])(?P<d1>{DAY})(?:[^\S\n]+(?P<m1>{MONTH}))?(?:[^\S\n]+(?P<y1>{YEAR}))?[^\S\n]*[-\u2013\u2014][^\S\n]*"
    rf"(?P<d2>{DAY})[^\S\n]+(?P<m2>{MONTH})[^\S\n]+(?P<y2>{YEAR})\b")
_INSPECTION_WORDS = re.compile(r"\b(?:inspect\w*|assess\w*|fieldwork|visited|(?:HMICFRS|HMIC) visits|examin\w*|looked at|review\w*|"
                               r"report,? which was conducted)\b", re.I)


# What was inspected or visited, a few words ('the force\'s effectiveness and efficiency'): one run of white space between
# words that hold no white space, so that each way of cutting them is tried once.
_OBJECT = r"[\w'\u2019]+(?: [\w'\u2019]+){0,5}"


# "The inspection took place in March 2019", "following its most recent inspection in October 2023", "an initial onsite
# inspection in January 2019", "Inspectors spent two weeks with the force in November 2024",
# "The report, which was conducted in October 2024" (what was conducted is the inspection it reports), "The inspection,
# in October 2024, found …", "HMICFRS carried out fieldwork at the force in October 2024":
# a period of one month, or of two ('carried out in October and November 2024'); with words of time set off between
# ('took place almost a year ago, in April 2019'), how long it took ('over two weeks in March 2024'), or how long ago
# ('visits carried out as long ago as March 2015'). Not a planned one ('is due to be carried out in November 2022'), nor an
# earlier inspection ('since its last inspection in March 2022': 'last' and 'previous' are not allowed).
_ONE_MONTH = re.compile(rf"\b(?<!due to be )(?<!will be )(?<!to be )(?:took place|happened|carried out|(?:was|were) (?:conducted|undertaken)|"
                        rf"was inspected|inspected {_OBJECT}|(?:was|were) visited(?: by {_OBJECT})?|fieldwork(?: (?:at|with|in) {_OBJECT})?|"
                        rf"(?:[Ii]nspectors|HMICFRS|HMIC|[Tt]he inspectorate) visited {_OBJECT}|"
                        # ('Inspectors spent two weeks with the force in November 2024')
                        rf"(?:[Ii]nspectors|HMICFRS|HMIC|[Tt]he inspectorate) spent (?:[\w-]+ ){{1,3}}?(?:with|at|in) {_OBJECT}|"
                        rf"(?<!since )(?<!Since )(?:[Ii]ts|[Tt]he|[Tt]his|[Aa]n?) (?:(?:most recent|recent|latest|initial|first|main|onsite|on-site|unannounced) ){{0,2}}inspection(?: of (?:the|this|its) (?:force|constabulary))?"
                        rf"(?: was)?)(?:\s+[a-z][a-z ]{{0,30}}?,|,|\s+over\s+(?:a|one|two|three|four|five|six|several|\d)\s+weeks?)?"
                        rf"\s+(?:in|during|as (?:long ago|far back|early) as)\s+"
                        rf"(?:(?P<m0>{MONTH})\s+and\s+)?(?P<m>{MONTH})\s+(?P<y>{YEAR})\b")
# ... the month first: 'In January 2024, we inspected the force', 'During May 2021 HMICFRS carried out its inspection'; and the
# month naming the inspection: 'a long time after the April 2019 inspection' (not 'since the April 2019 inspection', an
# earlier one; nor 'the March 2023 inspection report', dated by its publication; nor 'a September 2022 inspection', one
# of several, nor 'the March 2022 inspection of the force's counter-corruption unit', one of a part of the force).
_MONTH_FIRST = re.compile(rf"\b(?:(?:[Ii]n|[Dd]uring) (?P<m>{MONTH})\s+(?P<y>{YEAR}),?\s+(?:we|HMICFRS|HMIC|[Ii]nspectors|[Tt]he inspectorate)\s+"
                          rf"(?:inspected|visited|carried out (?:an?|the|its|our|their) (?:[\w-]+ ){{0,2}}?inspection)\b"
                          rf"|(?<!since )(?<!Since )[Tt]he (?P<m2>{MONTH}) (?P<y2>{YEAR}) (?:PEEL )?inspection\b(?! report| of| into))")


# The month an inspection ended (or began) in, its other end unstated: 'The inspection was finished in
# October 2022', 'inspectors completed their fieldwork in May 2023', 'the inspection began in May 2024', and with a
# clause naming the inspection between: 'The inspection it covers finished in January 2024'; and the end of a period whose
# start is a season or part of a year, no month: 'inspected from the end of 2023 into January 2024'.
_ONE_END = re.compile(rf"\b(?:inspection|fieldwork)(?:\s+(?:it|that|which)\s+[a-z]+)?\s+(?:was\s+|were\s+)?(?P<verb>finished|completed|ended|concluded|began|started|"
                      rf"commenced)\s+in\s+(?P<m>{MONTH})\s+(?P<y>{YEAR})\b|\b(?P<verb2>finished|completed|concluded|began|started)\s+"
                      rf"(?:the|its|their)\s+(?:inspection|fieldwork)\s+in\s+(?P<m2>{MONTH})\s+(?P<y2>{YEAR})\b"
                      rf"|\b(?:from|between)\s+the\s+(?:end|start|beginning|middle|autumn|summer|spring|winter)\s+of\s+(?P<y0>{YEAR})\s+"
                      rf"(?:to|until|into|and)\s+(?P<m3>{MONTH})\s+(?P<y3>{YEAR})\b", re.I)
_BEGAN = frozenset({"began", "started", "commenced"})
# Every period above ends on a month and its year, or 'this year' (_PERIOD): a sentence without one states none.
_A_YEAR = re.compile(rf"{YEAR}|this\s+year", re.I)


# A further visit: 'took place in May 2021, and a second visit followed in July' ends the period later
# than the month stated (the start alone), and 'a follow-up visit took place in June 2024' is not its start.
_FURTHER_VISIT = re.compile(r"\b(?:(?:second|follow-up|follow up|further|another|return|later|subsequent)\s+visits?|"
                            r"revisit(?:s|ed)?|returned|went back|came back)\b", re.I)


# 'The last inspection was carried out in March 2022': an earlier inspection's month.
_EARLIER = re.compile(r"\b(?:last|previous|earlier|prior)\s+(?:[\w/-]+\s+){0,2}(?:inspection|report|assessment)s?,?"
                      r"(?:\s+which)?(?:\s+(?:was|were))?\s+$", re.I)


# ... and the words before 'inspection' that make it an earlier one: 'The last inspection was completed in …'.
_EARLIER_BEFORE = re.compile(r"\b(?:last|previous|earlier|prior)\s+(?:[\w/-]+\s+){0,2}$", re.I)


# A page that reports a revisit's own findings ('The revisit found that the force:', 'Following our revisit
# inspection'), and the month the inspectorate went back in ('HMIC went back in March 2016 to check …',
# 'Inspectors returned to the force in May 2017'): that month is the period of the revisit it reports.
# ... its subject after it too: 'On its revisit, HMIC found that the force:'.
_REVISIT_FINDINGS = re.compile(r"\b(?:the|our|this|its) revisit(?: inspection)?(?:,? (?:HMICFRS|HMIC|we|inspectors|the inspectorate))? "
                               r"(?:found|finds|showed|shows|concluded)\b|"
                               r"\bfollowing (?:the|our|this|its) revisit\b", re.I)
_WENT_BACK = re.compile(rf"\b(?:HMICFRS|HMIC|[Ii]nspectors|[Tt]he inspectorate|[Ww]e) (?:went back|returned|revisited)"
                        rf"(?: to)?(?: (?:the|its) force| [A-Z][\w-]*(?: [A-Z][\w-]*){{0,3}})? in (?P<m>{MONTH}) (?P<y>{YEAR})\b")


def _revisit_period(doc: Doc) -> tuple[DateValue, DateValue] | None:
    """The month of the revisit a page reports the findings of, when it states no other period."""
    if (doc.lower is not None and "revisit" not in doc.lower) or not _REVISIT_FINDINGS.search(doc.text):
        return None
    m = _WENT_BACK.search(doc.text)
    if m is None:
        return None
    month = DateValue(_iso(int(m.group("y")), month_number(m.group("m"))), doc.span(m.start("m"), m.end("y")))
    return month, month


# The report's own publication, stated in the text: 'the HMICFRS PEEL inspection of Kent Police, published on 12 March
# 2025', 'HMICFRS published its report on the force on 12 March 2025' (not an earlier one's: 'the last report, published
# on …', nor another body's).
_REPORT_PUBLISHED = re.compile(
    rf"\b(?:(?P<what>(?:HMICFRS|HMIC|PEEL|inspectorate's|inspection|report|assessment)\b[^.;:!?\n]{{0,80}}?),?\s+(?:which\s+was\s+|was\s+)?"
    rf"published|(?:HMICFRS|HMIC|the\s+inspectorate|inspectors)\s+published\s+(?P<its>(?:its|the|their)\s+[^.;:!?\n]{{0,80}}?))"
    rf"\s+on\s+{FULL_DATE}", re.I)
_NOT_THIS_REPORT = re.compile(r"\b(?:last|previous|earlier|prior|former|fire|custody|thematic|(?:19|20)\d\d)\b", re.I)
# ... nor one the words just before name so: 'the last report, published …', 'the fire inspection report, published …'.
_NOT_THIS_BEFORE = re.compile(r"\b(?:last|previous|earlier|prior|former|fire|custody|thematic)\s+(?:[\w/-]+\s+){0,2}$", re.I)


def report_published(doc: Doc) -> DateValue | None:
    """The date the text says the inspection's report was published on, for an article that shows no date of its own:
    it dates the cycle reported on (cycles.settle), not the article."""
    for m in _REPORT_PUBLISHED.finditer(doc.text):
        named = m.group("what") or m.group("its") or ""
        if "report" not in named.lower() and "inspection" not in named.lower() and "assessment" not in named.lower():
            continue
        if _NOT_THIS_REPORT.search(named) or _NOT_THIS_BEFORE.search(doc.text, max(0, m.start() - 40), m.start()):
            continue
        found = full_date(m)
        if found:
            return DateValue(found[0], doc.span(found[1], found[2]))
    return None


def _quoted_apart(text: str, sentence: Span, at: int) -> bool:
    """Whether `at` is inside a quotation of the sentence that names no inspection: the period in '"The constabulary told
    us that, between April and June 2022, the number of such crimes varied …," the inspectors went on' is the quote's
    data, not the inspection's, whatever words outside the quote name it."""
    before = text[sentence.start:at]
    opened = max(before.rfind("\u201c"), before.rfind('"') if before.count('"') % 2 else -1)
    if opened < 0 or before.rfind("\u201d") > opened:
        return False
    closing = [i for i in (text.find("\u201d", at, sentence.end), text.find('"', at, sentence.end)) if i >= 0]
    return not _INSPECTION_WORDS.search(text, sentence.start + opened, min(closing, default=sentence.end))


def inspection_period(doc: Doc) -> tuple[DateValue | None, DateValue | None] | None:
    """The period the text states: start and end, the start alone when the end is in 'this year' or
    the text says only when the inspection began, the end alone when it says only when it ended."""
    for sentence in doc.sentences:
        if not _INSPECTION_WORDS.search(sentence.text) or not _A_YEAR.search(doc.text, sentence.start, sentence.end):
            continue
        one_end = _ONE_END.search(doc.text, sentence.start, sentence.end)
        if one_end and not _EARLIER_BEFORE.search(doc.text, max(sentence.start, one_end.start() - 40), one_end.start()):
            verb, m, y = ("verb", "m", "y") if one_end.group("m") else ("verb2", "m2", "y2") if one_end.group("m2") else (None, "m3", "y3")
            date = DateValue(_iso(int(one_end.group(y)), month_number(one_end.group(m))), doc.span(one_end.start(m), one_end.end(y)))
            if one_end.group("y0"):  # ('from the end of 2023 into January 2024': the start's year, as precise as it is)
                return DateValue(one_end.group("y0"), doc.span(one_end.start("y0"), one_end.end("y0"))), date
            return (date, None) if verb and one_end.group(verb).lower() in _BEGAN else (None, date)
        one = _ONE_MONTH.search(doc.text, sentence.start, sentence.end) or \
            _MONTH_FIRST.search(doc.text, sentence.start, sentence.end)
        further = _FURTHER_VISIT.search(doc.text, sentence.start, sentence.end)
        if one and further and further.start() < one.end():
            continue  # the month of a further visit, or after one: not the inspection's
        if one and not _EARLIER.search(doc.text[max(sentence.start, one.start() - 80):one.start()]):
            m, y = ("m", "y") if one.group("m") else ("m2", "y2")
            year, month = int(one.group(y)), month_number(one.group(m))
            end = DateValue(_iso(year, month), doc.span(one.start(m), one.end(y)))
            if not one.groupdict().get("m0"):
                return (end, None) if further else (end, end)
            if month_number(one.group("m0")) < month:  # 'in October and November 2024': two months
                start = DateValue(_iso(year, month_number(one.group("m0"))), doc.span(one.start("m0"), one.end("m0")))
                return start, None if further else end
        m = _PERIOD.search(doc.text, sentence.start, sentence.end) or \
            _DASHED_PERIOD.search(doc.text, sentence.start, sentence.end)
        if not m or _quoted_apart(doc.text, sentence, m.start()):
            continue
        if m.groupdict().get("this"):
            d1 = int(re.match(r"\d+", m.group("d1")).group()) if m.group("d1") else None
            start = _iso(int(m.group("y1")), month_number(m.group("m1")), d1) if m.group("y1") and m.group("m1") else None
            if start:
                return DateValue(start, doc.span(m.start("d1") if d1 else m.start("m1"), m.end("y1"))), None
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
    return _revisit_period(doc) or _period_in_years(doc)


# A period the text states in years alone, where no sentence states one in months: 'carried out its review across 12
# months between 2021 and 2022', 'The constabulary was assessed across 2024', 'an inspection of the force that started in
# 2023' (the start alone). Not an earlier inspection's ('since its last inspection in 2021'), nor years of something else
# in a sentence about an inspection ('crime rose between 2019 and 2021': the years follow a verb of inspecting).
_YEARS_BETWEEN = re.compile(rf"\b(?:inspected|inspection|assessed|assessment|review(?:ed)?|fieldwork|carried\s+out|ran|took\s+place)\b"
                            rf"(?:(?!\bthat\b)[^.;:!?]){{0,60}}?"
                            rf"\b(?:between|from)\s+(?P<y1>{YEAR})\s+(?:and|to|until)\s+(?P<y2>{YEAR})\b", re.I)
# ... the years first, then the inspectorate's verb: 'In 2021 and 2022 His Majesty's Inspectorate … (HMICFRS) carried
# out a PEEL assessment of the force', 'Between 2023 and 2024, inspectors assessed …'.
_YEARS_THEN = re.compile(rf"\b(?:in|between|from|during)\s+(?P<y1>{YEAR})\s+(?:and|to|until)\s+(?P<y2>{YEAR}),?\s+"
                         rf"(?:(?:the\s+)?(?:HMICFRS|HMIC|inspectorate|inspectors|we)\b(?:\s*\([A-Za-z&]{{2,12}}\))?|"
                         rf"His\s+Majesty['\u2019]s\s+Inspectorate\b[^.;:!?()]{{0,80}}(?:\s*\([A-Za-z&]{{2,12}}\))?)\s+"
                         rf"(?:has\s+|have\s+)?(?:carried\s+out|conducted|inspected|assessed|reviewed|visited)\b", re.I)
_YEAR_ACROSS = re.compile(rf"\b(?:inspected|assessed)\b[^.;:!?]{{0,60}}?\b(?:across|throughout|during)\s+(?P<y>{YEAR})\b", re.I)
_YEAR_BEGAN = re.compile(rf"\b(?:inspection|fieldwork)\b(?:\s+of\s+[^.;:!?,]{{1,40}}?)?(?:\s+(?:that|which))?\s+(?:began|started|commenced)"
                         rf"\s+in\s+(?P<y>{YEAR})\b", re.I)
# ... nor a planned one ('The force will be inspected again during 2023').
_PLANNED = re.compile(r"\b(?:will|to|shall)\s+be\b", re.I)


def _period_in_years(doc: Doc) -> tuple[DateValue | None, DateValue | None] | None:
    text = doc.text
    for sentence in doc.sentences:
        if not _INSPECTION_WORDS.search(sentence.text):
            continue
        for pattern in (_YEARS_BETWEEN, _YEARS_THEN, _YEAR_ACROSS, _YEAR_BEGAN):
            m = pattern.search(text, sentence.start, sentence.end)
            if m is None or _EARLIER.search(text[max(sentence.start, m.start() - 80):m.start()]) or \
                    _EARLIER_BEFORE.search(text, max(sentence.start, m.start() - 40), m.start()):
                continue
            if _PLANNED.search(text, max(sentence.start, m.start() - 16), m.start() + 16):
                continue
            if pattern in (_YEARS_BETWEEN, _YEARS_THEN):
                # (one year, or two running into each other: 'from 2023 to 2025' is the cycle's name, no one inspection's)
                if not 0 <= int(m.group("y2")) - int(m.group("y1")) <= 1:
                    continue
                return (DateValue(m.group("y1"), doc.span(m.start("y1"), m.end("y1"))),
                        DateValue(m.group("y2"), doc.span(m.start("y2"), m.end("y2"))))
            year = DateValue(m.group("y"), doc.span(m.start("y"), m.end("y")))
            return (year, year) if pattern is _YEAR_ACROSS else (year, None)
    return None


# 'between January and June this year': a period whose year is the article's (or the year before).
_PERIOD_THIS_YEAR = re.compile(rf"\b(?:(?:from|between)\s+(?P<m1>{MONTH})\s+(?:to|until|and|-)\s+(?P<m2>{MONTH})|"
                               rf"(?:took place|carried out|fieldwork)\s+(?:in|during)\s+(?P<m>{MONTH}))\s+"
                               rf"(?:of\s+)?(?P<which>this|last)\s+year\b", re.I)
# ... and the year first, the month set off after it: 'HMIC carried out its inspection earlier this year, in June'.
_THIS_YEAR_IN_MONTH = re.compile(rf"\b(?:took place|carried out(?:\s+(?:its|the|their|an?)\s+inspection)?|fieldwork)\s+"
                                 rf"(?:earlier\s+)?(?P<which>this|last)\s+year,?\s+in\s+(?P<m>{MONTH})(?!\s*{YEAR})\b", re.I)


def inferred_period(doc: Doc, published: DateValue | None) -> tuple[Inference | None, Inference | None] | None:
    """The inspection period in months of 'this year' or 'last year', completed with the article's
    year: an inference ('relative-date'), never a stated date. After a stated start ('between November
    2024 and January of this year'), the end alone."""
    if published is None:
        return None
    for sentence in doc.sentences:
        if not _INSPECTION_WORDS.search(sentence.text):
            continue
        stated = _PERIOD.search(doc.text, sentence.start, sentence.end)
        if stated and stated.group("this") and stated.group("y1") and stated.group("m1"):
            year, month = int(published.value[:4]), month_number(stated.group("m2"))
            start = (int(stated.group("y1")), month_number(stated.group("m1")))
            if start <= (year, month) and (len(published.value) < 7 or month <= int(published.value[5:7])):
                return None, Inference("relative-date", _iso(year, month), doc.span(stated.start("m2"), stated.end()))
            return None
        m = _PERIOD_THIS_YEAR.search(doc.text, sentence.start, sentence.end) or \
            _THIS_YEAR_IN_MONTH.search(doc.text, sentence.start, sentence.end)
        if m is None:
            continue
        year = int(published.value[:4]) - (m.group("which").lower() == "last")
        m1, m2 = (month_number(m.group("m1")), month_number(m.group("m2"))) if m.groupdict().get("m1") else \
            (month_number(m.group("m")),) * 2
        if m1 > m2 or (m.group("which").lower() == "this" and len(published.value) >= 7
                       and m2 > int(published.value[5:7])):
            continue  # a period that ends after the article is written is no past inspection's
        span = doc.span(m.start("m1") if m.groupdict().get("m1") else min(m.start("m"), m.start("which")), m.end())
        return (Inference("relative-date", _iso(year, m1), span), Inference("relative-date", _iso(year, m2), span))
    return None


# A report on how a force is performing, as the inspectorate describes a PEEL report without naming PEEL: 'published its
# report into how Kent Police is performing. The inspection it covers finished in January 2024'.
_PERFORMANCE_REPORT = re.compile(r"\bhow\s+(?:well\s+)?(?:the\s+force|(?:[A-Z][\w&'\u2019-]*\s+){1,4}(?:Police|Constabulary))\s+is\s+performing\b")


def reports_performance(doc: Doc) -> bool:
    """True when the text reports how a force is performing: the period it states is a PEEL inspection's."""
    return _PERFORMANCE_REPORT.search(doc.text) is not None


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
