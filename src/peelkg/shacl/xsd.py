"""XSD datatypes as SHACL reads them (XML Schema 1.1 Part 2): is a literal's lexical form in
its datatype's lexical space (sh:datatype), and how two literals compare (sh:minInclusive,
sh:lessThan: SPARQL's `<` on numbers, strings, booleans, dates and dateTimes).

Neither library at hand says it exactly (measured on rdflib 7.6 and pyoxigraph 0.5.13,
tests/test_xsd.py): rdflib's Literal.ill_typed accepts "1e3"^^xsd:decimal, "1_000" and
"١٢"^^xsd:integer, "inf"^^xsd:double, "10:00"^^xsd:time, "2024-01-01T10:00"^^xsd:dateTime,
"P1.5Y"^^xsd:duration and an xsd:long past 2^63, and does not know xsd:gYear,
xsd:gYearMonth, xsd:language or the name types; oxigraph's casts are exact for the primitive
types but reachable only through one SPARQL query per literal, hold xsd:integer in 64 bits
and do not know the derived integer types. So the lexical spaces are the grammars XSD 1.1
gives for each type, with Python's calendar arithmetic for day-of-month and value ranges
for the derived integer types. A datatype not listed here (a user's own, rdf:HTML …) is
not checked beyond the datatype IRI, as SHACL says for datatypes a processor does not
recognise.
"""
from __future__ import annotations

import calendar
import re
from datetime import datetime, timedelta
from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Literal as RLiteral

from peelkg.vocab import RDF, XSD as XSD_NS

XSD = str(XSD_NS)

_TZ = r"(?P<tz>Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))?"
_YEAR = r"(?P<year>-?(?:[1-9][0-9]{3,}|0[0-9]{3}))"
_MONTH = r"(?P<month>0[1-9]|1[0-2])"
_DAY = r"(?P<day>0[1-9]|[12][0-9]|3[01])"
_TIME = r"(?P<time>(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]+)?|24:00:00(?:\.0+)?)"
_DECIMAL = r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)"
_DT_PART = r"T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+(?:\.[0-9]+)?S)?"
_XML_START = ("A-Z_a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
              "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff")
_XML_NAME = _XML_START + r"\-.0-9\u00b7\u0300-\u036f\u203f-\u2040"
_B64 = "[A-Za-z0-9+/]"

_GRAMMARS = {  # compiled on first use: the XML name classes alone take ~15 ms
    "boolean": r"true|false|1|0",
    "decimal": _DECIMAL,
    "integer": r"[+-]?[0-9]+",
    "double": _DECIMAL + r"(?:[Ee][+-]?[0-9]+)?|[+-]?INF|NaN",
    "duration": r"-?P(?=[0-9]|T[0-9])(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+D)?(?:" + _DT_PART + ")?",
    "yearMonthDuration": r"-?P(?:[0-9]+Y(?:[0-9]+M)?|[0-9]+M)",
    "dayTimeDuration": r"-?P(?=[0-9]|T[0-9])(?:[0-9]+D)?(?:" + _DT_PART + ")?",
    "dateTime": f"{_YEAR}-{_MONTH}-{_DAY}T{_TIME}{_TZ}",
    "date": f"{_YEAR}-{_MONTH}-{_DAY}{_TZ}",
    "time": f"{_TIME}{_TZ}",
    "gYearMonth": f"{_YEAR}-{_MONTH}{_TZ}",
    "gYear": f"{_YEAR}{_TZ}",
    "gMonthDay": f"--{_MONTH}-{_DAY}{_TZ}",
    "gDay": f"---{_DAY}{_TZ}",
    "gMonth": f"--{_MONTH}{_TZ}",
    "hexBinary": r"(?:[0-9a-fA-F]{2})*",
    "base64Binary": (f"(?:(?:{_B64} ?){{4}})*(?:(?:{_B64} ?){{3}}{_B64}|(?:{_B64} ?){{2}}[AEIMQUYcgkosw048] ?="
                     f"|{_B64} ?[AQgw] ?= ?=)?"),
    "normalizedString": r"[^\t\n\r]*",
    "token": r"(?:[^\t\n\r ]+(?: [^\t\n\r ]+)*)?",
    "language": r"[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*",
    "NMTOKEN": f"[{_XML_NAME}:]+",
    "Name": f"[{_XML_START}:][{_XML_NAME}:]*",
    "NCName": f"[{_XML_START}][{_XML_NAME}]*",
}
_GRAMMARS["float"] = _GRAMMARS["double"]
_GRAMMARS["dateTimeStamp"] = f"{_YEAR}-{_MONTH}-{_DAY}T{_TIME}{_TZ[:-1]}"  # the timezone required
for _name in ("ENTITY", "ID", "IDREF"):
    _GRAMMARS[_name] = _GRAMMARS["NCName"]


@lru_cache(maxsize=None)
def _grammar(name: str) -> re.Pattern:
    return re.compile(_GRAMMARS[name])

_INTEGER_RANGES = {  # derived integer types: (lowest, highest) value, None for unbounded
    "integer": (None, None), "nonNegativeInteger": (0, None), "positiveInteger": (1, None),
    "nonPositiveInteger": (None, 0), "negativeInteger": (None, -1),
    "long": (-2 ** 63, 2 ** 63 - 1), "int": (-2 ** 31, 2 ** 31 - 1), "short": (-2 ** 15, 2 ** 15 - 1),
    "byte": (-2 ** 7, 2 ** 7 - 1), "unsignedLong": (0, 2 ** 64 - 1), "unsignedInt": (0, 2 ** 32 - 1),
    "unsignedShort": (0, 2 ** 16 - 1), "unsignedByte": (0, 2 ** 8 - 1),
}
NUMERIC = frozenset(XSD + t for t in (*_INTEGER_RANGES, "decimal", "double", "float"))
_ANY_LEXICAL = {XSD + "string", XSD + "anyURI", str(RDF.langString)}
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _valid_day(match: re.Match) -> bool:
    """Day-of-month within its month (29 February only in a leap year; XSD's year 0 is leap)."""
    day, month = int(match.group("day")), int(match.group("month"))
    if day <= 28:
        return True
    year = match.groupdict().get("year")
    if month == 2 and day == 29 and year is not None:
        return calendar.isleap(int(year))
    return day <= _DAYS[month - 1]


@lru_cache(maxsize=65536)
def well_formed(lexical: str, datatype: str) -> bool:
    """Is `lexical` in the lexical space of `datatype` (an IRI)? True for datatypes not known here."""
    if datatype in _ANY_LEXICAL or not datatype.startswith(XSD):
        return True
    name = datatype[len(XSD):]
    if name in _INTEGER_RANGES:
        if not _grammar("integer").fullmatch(lexical):
            return False
        low, high = _INTEGER_RANGES[name]
        value = int(lexical)
        return (low is None or value >= low) and (high is None or value <= high)
    if name not in _GRAMMARS:
        return True
    grammar = _grammar(name)
    match = grammar.fullmatch(lexical)
    if match is None:
        return False
    return "day" not in grammar.groupindex or "month" not in grammar.groupindex or _valid_day(match)


class XsdLiteral(RLiteral):
    """An rdflib literal whose ill_typed follows well_formed, so that pySHACL's sh:datatype
    check (which reads ill_typed) judges lexical forms as XSD does, not as rdflib's converters do."""

    @property
    def ill_typed(self) -> bool | None:
        if self.datatype is None:
            return False
        return not well_formed(str(self), str(self.datatype))


# ---------------------------------------------------------------------------------------
# Comparisons, as SPARQL's `<` (SHACL's sh:minInclusive … sh:lessThan use it)
# ---------------------------------------------------------------------------------------

@lru_cache(maxsize=65536)
def number(term) -> Decimal | None:
    """The value of a well-formed numeric literal (NaN and infinities included), else None."""
    if type(term) is not ox.Literal or term.datatype.value not in NUMERIC or not well_formed(
            term.value, term.datatype.value):
        return None
    return Decimal(term.value.replace("INF", "Infinity"))


def any_lexical(datatype: str) -> bool:
    """Does every string belong to the datatype's lexical space (as far as this module knows)?"""
    return datatype in _ANY_LEXICAL or not datatype.startswith(XSD) or (
        datatype[len(XSD):] not in _INTEGER_RANGES and datatype[len(XSD):] not in _GRAMMARS)


_STRINGS = (XSD + "string",)
_MOMENTS = (XSD + "dateTime", XSD + "dateTimeStamp", XSD + "date")
_FOURTEEN_HOURS = timedelta(hours=14)


def _moment(term) -> tuple[datetime, bool] | None:
    """A date or dateTime as (UTC-normalised instant, has a timezone); None outside years 1–9999."""
    lexical, datatype = term.value, term.datatype.value
    if not well_formed(lexical, datatype):
        return None
    match = _grammar("date" if datatype == XSD + "date" else "dateTime").fullmatch(lexical)
    year = int(match.group("year"))
    if not 1 <= year <= 9999:
        return None
    clock = match.groupdict().get("time") or "00:00:00"
    end_of_day = clock.startswith("24")
    hours, minutes, seconds = clock.split(":")
    whole, _, fraction = seconds.partition(".")
    tz = match.group("tz")
    offset = timedelta(0) if tz in (None, "Z") else (1 if tz[0] == "+" else -1) * timedelta(
        hours=int(tz[1:3]), minutes=int(tz[4:6]))
    try:
        instant = datetime(year, int(match.group("month")), int(match.group("day")),
                           0 if end_of_day else int(hours), int(minutes), int(whole), int((fraction + "000000")[:6]))
        return instant + timedelta(days=end_of_day) - offset, bool(tz)
    except OverflowError:  # past 9999-12-31 once on UTC
        return None


def _order(a, b) -> int:
    return (a > b) - (a < b)


def compare(a, b) -> int | None:
    """-1, 0 or 1 as a < b, a = b or a > b in SPARQL; None where SPARQL's `<` is an error for them."""
    if type(a) is not ox.Literal or type(b) is not ox.Literal:
        return None
    x, y = number(a), number(b)
    if x is not None and y is not None:
        if x.is_nan() or y.is_nan():
            return None
        return _order(x, y)
    da, db = a.datatype.value, b.datatype.value
    if da in _STRINGS and db in _STRINGS and not a.language and not b.language:
        return _order(a.value, b.value)
    if da == db == XSD + "boolean" and well_formed(a.value, da) and well_formed(b.value, db):
        return _order(a.value in ("true", "1"), b.value in ("true", "1"))
    if da in _MOMENTS and db in _MOMENTS and (da == XSD + "date") == (db == XSD + "date"):
        ma, mb = _moment(a), _moment(b)
        if ma is None or mb is None:
            return None
        (ta, tza), (tb, tzb) = ma, mb
        if tza == tzb:
            return _order(ta, tb)
        # XSD's partial order: a value without a timezone lies somewhere within ±14 hours
        local, zoned, sign = (ta, tb, 1) if not tza else (tb, ta, -1)
        if local + _FOURTEEN_HOURS < zoned:
            return -sign
        if local - _FOURTEEN_HOURS > zoned:
            return sign
        return None
    return None
