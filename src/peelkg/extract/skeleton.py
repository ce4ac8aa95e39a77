"""A region of text reduced to a skeleton of placeholders, and when each grade in it was given.

Every grade, area, number and force the vocabularies recognise becomes a placeholder (§G0§,
§A1§, §N0§, §F0§); the words between are lower-cased, quote marks become spaces and each run
of white space one space, so that the patterns of patterns.py match one way only (a run shared
by two quantifiers backtracks polynomially) and read 'good' and "good" and good alike.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..facts import Span
from .doc import Doc
from .patterns import WHEN_BEFORE


@dataclass(frozen=True)
class Token:
    kind: str  # G grade, A area, N number, F force
    start: int
    end: int
    value: object  # grade IRI, area phrase keys (a tuple), int or Organisation


_DATA_YEAR = re.compile(r" (?:crime )?(?:data|figures|statistics)\b")


@dataclass(frozen=True)
class Timing:
    """When a grade was given, as its sentence says: in an earlier inspection ('last year', 'up
    from', 'the previous report'), and the years named where it stands ('in 2015', '2018/19')."""

    earlier: bool = False
    years: tuple[str, ...] = ()
    untold: bool = False  # earlier, in an inspection the words do not tell ('once rated good'), unless years do


NOW = Timing()

# Quote marks (an apostrophe inside a word stays: "force's"), white space other than one space, and the mark a news
# page copied as text puts after a link ('rated "good", external by HMICFRS'; not the word: "feedback, external oversight").
_LINK_MARK = r",\s?external(?=\s?(?:[,.;:(]|$)|\s(?:by|as|which|who|and|commended|said|found|describes|described)\b)"
_GAP = re.compile(rf"""(?:\s|"|(?<!\w)'|'(?!\w)|{_LINK_MARK})+""")
_NEEDS_SQUEEZE = re.compile(r"""\s\s|[^\S ]|"|(?<!\w)'|'(?!\w)|,\s?external\b""")
CLAUSE = re.compile(r",|;|:|\(|\)|\s-\s|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bhowever\b")
# Markers of an earlier inspection that date their whole clause ('it was rated good last year'; not a former name:
# "HMICFRS, formerly HMIC"; not a former report of the news: "as reported previously, HMIC rated the force …"; not the
# time of the inspection reported on: "At the time of the inspection, the force was good at …", "prior to
# publication").
# A grade "downgraded to" or "upgraded to" is the new one: only 'from' (AHEAD) dates the grade after it.
BACK = re.compile(r"\b(?:(?<!reported )previous(?:ly)?(?! (?:reported|announced|stated|said)\b)|formerly(?! (?:known as|called|named|hmic)\b)|last (?:year|time|inspection|inspected|report|peel|assessment|round)|earlier (?:inspection|report)|"
                  r"used to be|prior(?! to (?:its |the )?(?:publication|release)\b)|"
                  r"at the time(?! (?:of )?(?:the |this |our |its |their )?(?:inspection|fieldwork|visit|writing)\b)|in (?:its|their) (?:last|previous)|before (?:that|then)|until recently|"
                  r"a year (?:earlier|before|ago)|years ago|months? (?:ago|earlier))\b")
# ... and one that does not tell which earlier inspection ('once rated outstanding': not the last one, as 'previously').
ONCE = re.compile(r"\bonce(?= (?:(?:been |being )?(?:rated|graded|judged|assessed|considered|deemed|regarded)\b|§G))")
# A grade lost is one an earlier inspection gave ("has dropped several 'good' rankings", "lost its good rating"), of
# the year the sentence names if it names one ("dropped two good grades from 2021"), else of the inspection before.
LOST = re.compile(r"\b(?:lost|dropped|shed|surrendered|relinquished|gave up|given up)"
                  r"(?: (?:its|their|the|a|an|several|some|single|one|two|three|four|five|six|all|of))* (?=§G)"
                  # ("no longer rated as requires improvement on crime prevention": the grade the last inspection gave, not
                  # a grade denied)
                  r"|\bno longer(?: (?:be|being|been))?(?: (?:rated|graded|judged|assessed|considered|deemed|classed|regarded))?"
                  r"(?: as)? (?=§G)")
# ... and markers that date only what follows them ('good, up from inadequate'); compared with another force
# ('compared with Essex Police, which was rated adequate') is no earlier inspection.
AHEAD = re.compile(r"\b(?:(?:up|down|improved|improvement|rose|risen|rise|fell|fallen|fall|dropped|drop|slipped|went|gone|go|"
                   r"moved|declined|upgraded|downgraded|raised|lowered) from|improvement on|compared (?:with|to)(?! (?:\w+ )?§F)|"
                   r"(?:the )?same as (?:in |at )?(?=(?:19|20)\d\d|$)"  # 'the same as in 2016' (not '… as Sussex Police')
                   # ('improved its grade for A from inadequate to adequate': a change's first grade, the verb away)
                   rf"|from(?= §G\d+§{WHEN_BEFORE} to §G))")
# What brings a sentence back to the inspection it reports on.
# ("… had not changed from last year, and that the force was good at A": a second reported clause)
# ("from good to requires improvement", "from good in 2017 to requiring improvement": what follows 'to' is now)
RESET = re.compile(r"\b(?:now|today|this time|latest|this year|currently|new report|but|while|whereas|however|although)\b"
                   rf"|, and that\b|§G\d+§{WHEN_BEFORE} to\b")
YEAR = re.compile(r"\b(?:19|20)\d\d(?:\s?/\s?\d\d(?:\d\d)?|\s?-\s?\d\d(?!\d))?\b|\b20\d\d to 20\d\d\b")
# A year in a stretch of time names no inspection: "improved since 2019", "since PEEL began in 2014".
# When the inspection reported on was carried out is no earlier inspection: "Carried out in June and in September
# last year, the inspection graded the force as good for …", "Inspectors examined the Leicestershire force last year".
_FIELDWORK = re.compile(r"\b(?:carried out|conducted|took place|undertaken|inspected|examined|visited)\b(?:[^§.;]|§F\d+§){0,30}$")
_OPEN_ENDED = re.compile(r"\bsince\b|\b(?:until|before|beyond) $")
_WHEN = re.compile(r" ?when\b")
_OF_THAT_TIME = re.compile(r" ?(?:when|which)\b")
_SINCE_BEFORE = re.compile(r"\bsince (?:(?:it|the force|the constabulary|they|we|hmicfrs|hmic) (?:was|were|is|are|has been|had been) |its |their |the |our )?$")
# A negation just before a grade: "not (yet) (rated) good", "neither good nor outstanding", "far from (being)
# outstanding", "stopped short of rating it inadequate", "held back from calling it inadequate", "failed to achieve a good grade" (see _negation_ends).
# (Each word's boundary is a look-behind after its first letter, so that re skips ahead to those letters.)
_NEGATION_WORD = re.compile(r"n(?<!\w.)ot|n't|n(?<!\w.)ever|n(?<!\w.)o longer|n(?<!\w.)either\b|n(?<!\w.)or\b|f(?<!\w.)ar from|"
                            r"l(?<!\w.)ong way from|s(?<!\w.)hort of|f(?<!\w.)ail(?:s|ed|ing)? to|h(?<!\w.)(?:eld|olds?|olding) back from|"
                            r"r(?<!\w.)efrain(?:s|ed|ing)? from")
# A grade hoped for, aimed at, or set as a condition or a purpose, not given: "hopes to receive a good efficiency
# rating", "on our way to achieving an 'outstanding' rating", "if the force is rated inadequate again", "must improve to be rated good", "needs to be good at …",
# before the grade in its clause. Not 'work to' ("its work to protect vulnerable people was graded good"), 'due to'
# or 'improved to' ("has improved to good"), nor 'needs to' without 'be' ("needs to improve its call handling and is
# rated requires improvement for …"), nor 'could' far from the grade ("asked how it could be number one … and at
# the same time be deemed inadequate").
# Verbs of wishing: 'to' straight after them, or after the one wished on.
_WISH = r"wants?|wanted|wanting|wish(?:es|ed)?|expects?|expecting|expected"
_UNREAL = re.compile(rf"\b(?:hope[sd]?|hoping|aim(?:s|ed|ing)?|{_WISH}|ambitions?|aspir\w+|"
                     r"goal|strives?|striving|intends?|intending|on track|determined|"
                     r"on (?:our|its|their|the|his|her) way|"
                     r"in order|so as|trying|tries|tried|bid|plans?|planning|ought|predicted|forecast|tipped) to\b"
                     # (a grade it came near, risked or escaped: "close to being rated inadequate", "risks being rated
                     # inadequate", "was nearly rated good")
                     r"|\b(?:close|closer|near) to (?:being|getting|receiving)\b"
                     r"|\b(?:risks?|risked|risking|at risk of|in danger of|faces|faced|facing|avoided|avoids|escaped|escapes) "
                     r"(?:being|getting|receiving)\b"
                     r"|\b(?:nearly|almost|narrowly) (?:been )?(?:rated|graded|judged|given|awarded|achieved|got)\b"
                     # (a question asked, not answered: "Is Kent Police good at investigating crime?")
                     r"|^\W*(?:is|are|was|were|has|have|does|do|did|can|could|should|will|would)\b(?=[^?]*\?\W*$)"
                     r"|\b(?:improve[sd]?|improving|needs?|needed|must|has|have|had|likely|unlikely|set|going|due) "
                     r"(?:\w+ )?to (?:be|become|get|achieve|reach)\b"
                     # (the one wished to be so named between: "wanted the force to be outstanding", "expects Kent Police to
                     # become good")
                     rf"|\b(?:{_WISH}|would like) (?:[^\s,.;]+ ){{1,4}}?"
                     r"to (?:be|become|get|achieve|reach|remain)\b"
                     r"|\b(?:aim(?:s|ed|ing)?|striv(?:es|ed|ing)) for\b"  # ("aiming for an outstanding grade in …")
                     # ("working towards a good rating for …"; not "working towards improvement and was rated good")
                     r"|\b(?:works|worked|working|striv(?:es|ed|ing)) towards (?:an? |the |its |their )?\W?(?=§G)"
                     # (an aim named as a noun: "his ambition was for the force to be outstanding", "the goal is to be rated
                     # good", "its target is an outstanding grade")
                     # (not "its call answering targets were missed and it was rated inadequate …")
                     r"|\b(?:ambitions?|aims?|goals?|targets?|aspirations?|objectives?|intentions?)(?: \w+)? "
                     r"(?:is|are|was|were|remains?|remained) (?:(?:now|still|also|always|clearly|simply) )?"
                     r"(?:for|to|an?|the)\b|\btargets? of\b"
                     # (no force at all: "No force in the region was rated outstanding for A", "not a single force":
                     # nobody's grade. "No other force has been graded outstanding for A" says the article's force was.)
                     r"|\b(?:no|not (?:a single|one))(?: single)?(?: police)? (?:force|constabulary)\b(?!-)"
                     r"|\b(?:if|unless|whether)\b"
                     # (a grade to lift the areas to: "the aim was to lift all three categories to outstanding")
                     r"|\bto (?:lift|raise|bring|push|take|move|get)\b")
# ... and just before it: "would be rated outstanding", "will be judged good", "could have been rated good".
_UNREAL_NEXT = re.compile(r"\b(?:would|will|could|might|(?<!in )may|should)(?: not)?(?: have been)?(?: (?:be|become|get|receive|achieve))?"
                          r"(?: (?:rated|graded|judged|assessed|given|awarded|deemed))?(?: (?:as|a|an|to be))? (?=§G)")
# A track record in the grade's clause: "consistently rated as good over the last three years", "judged good for three
# years running", "in each of the last four reports", "four outstanding ratings in a row": many inspections' grades at
# once. With its area named it holds the latest ("graded outstanding for legitimacy two years running"); without, it is
# no one report's (grading.py), and no count (pairing.py).
_TRACK_RECORD = re.compile(r"\b(?:over|in|for|during|across) (?:each of |all of )?the (?:last|past|previous) (?:\S+ )?"
                           r"(?:years|inspections|reports|assessments)\b|\b(?:years|inspections|reports|times|ratings|grades|gradings) (?:running|in a row|in succession)\b"
                           r"|\byear after year\b"
                           # ('rated Outstanding in three successive annual police effectiveness inspections')
                           r"|\b(?:successive|consecutive) (?:\S+ ){0,4}?(?:years|inspections|reports|assessments)\b")
# A news correction's account of what the article wrongly said: "An earlier version of this article said Kent Police was
# rated inadequate for …", "A previous headline said …", "This story wrongly stated that the force was graded inadequate
# in three areas". It denies every grade after it until a semicolon or a contrast gives the right one ("…; in fact it
# was rated good for …").
_RETRACTED = re.compile(r"\b(?:earlier|previous|original|first) (?:version|edition|draft) of (?:this|the) "
                        r"(?:article|story|piece|page|report)\b"
                        r"|\b(?:an? |the )(?:earlier|previous|original) (?:headline|caption|version)\b"
                        r"|\b(?:wrongly|incorrectly|erroneously|mistakenly) (?:said|stated|reported|claimed|suggested|described|"
                        r"named|listed|gave|referred|included|called)\b")
_RETRACTION_ENDS = re.compile(r";|\b(?:in fact|actually|in reality|but|however|whereas|while|correctly|rather)\b")
_WHITE_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def squeeze(words: str, start: int) -> tuple[str, list[int] | None]:
    """`words` with quote marks and white-space runs as one space, and the text offset of each of
    its characters (None when nothing changed)."""
    if not _NEEDS_SQUEEZE.search(words):
        return words, None
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _GAP.finditer(words):
        parts.append(words[pos:m.start()])
        offsets.extend(range(start + pos, start + m.start()))
        parts.append(" ")
        offsets.append(start + m.start())
        pos = m.end()
    parts.append(words[pos:])
    offsets.extend(range(start + pos, start + len(words)))
    return "".join(parts), offsets


class Skeleton:
    """A region's skeleton, and what is asked of it for each grade, worked out once for the region.
    A '§' of the text becomes '¤', so that only placeholders hold one."""

    def __init__(self, doc: Doc, region: Span, tokens: list[Token]) -> None:
        self.source, self.tokens, self.region = doc.text, tokens, region
        parts: list[str] = []
        # Each piece: where it starts in the skeleton and in the text, and its offsets when squeezed.
        self.pieces: list[tuple[int, int, list[int] | None]] = []
        length = 0
        counters: dict[str, int] = {}
        self.places: dict[tuple[str, int], int] = {}  # (kind, number) -> where its placeholder starts
        cursor = region.start
        for token in tokens + [Token("", region.end, region.end, None)]:
            words, offsets = squeeze(doc.text[cursor:token.start].lower().replace("§", "¤"), cursor)
            self.pieces.append((length, cursor, offsets))
            parts.append(words)
            length += len(words)
            if token.kind:
                number = counters.get(token.kind, 0)
                counters[token.kind] = number + 1
                self.places[token.kind, number] = length
                placeholder = f"§{token.kind}{number}§"
                self.pieces.append((length, token.start, None))
                parts.append(placeholder)
                length += len(placeholder)
            cursor = token.end
        self.text = "".join(parts)
        self.piece_starts = [start for start, _, _ in self.pieces]
        self.f_tokens = [t for t in tokens if t.kind == "F"]
        self.f_starts = [t.start for t in self.f_tokens]
        self._clauses: list[int] | None = None  # where clauses start
        self._negated: set[int] = set()
        self._unreal: list[tuple[int, int]] = []  # (start, end) of the markers of _UNREAL, in order
        self._track: list[int] = []  # where the markers of _TRACK_RECORD start, in order
        self._markers: list[tuple[int, int, str]] | None = None  # (start, end, kind) in order

    def position(self, index: int) -> int:
        """Where a skeleton offset (not inside a placeholder) is in the text."""
        i = bisect.bisect_right(self.piece_starts, index) - 1
        skeleton, position, offsets = self.pieces[i]
        if offsets is None:
            return position + index - skeleton
        at = index - skeleton
        if at < len(offsets):
            return offsets[at]
        following = self.pieces[i + 1][1] if i + 1 < len(self.pieces) else self.region.end
        return following

    def _analyse(self) -> None:
        self._clauses = [0] + [m.end() for m in CLAUSE.finditer(self.text)]
        self._negated = _negation_ends(self.text)
        for m in _UNREAL_NEXT.finditer(self.text):
            self._negated.add(m.end())
        self._negated.update(m.end() for m in _RANGE_FROM.finditer(self.text))
        self._negated.update(m.start() for m in _RANGE_TO.finditer(self.text))
        grades = [t.value for t in self.tokens if t.kind == "G"]
        for m in _ALTERNATIVES.finditer(self.text):  # neither of two grades offered as alternatives is given
            if grades[int(m.group(1))] != grades[int(m.group(2))]:  # ('inadequate or failing' is one)
                self._negated.update((m.start(), m.start(2) - len("§G")))  # where each placeholder starts
        self._unreal = [(m.start(), m.end()) for m in _UNREAL.finditer(self.text)]
        for m in _RETRACTED.finditer(self.text):
            ends = _RETRACTION_ENDS.search(self.text, m.end())
            until = ends.start() if ends else len(self.text)
            self._negated.update(place for (kind, _), place in self.places.items() if kind == "G" and m.end() <= place < until)
        self._track = [m.start() for m in _TRACK_RECORD.finditer(self.text)]
        # An earlier inspection after 'since' opens a stretch of time ("improved since it was last inspected, most of all
        # in …, where it was outstanding"): it dates only a 'when' or 'which' clause after it.
        markers = [(m.start(), m.end(), "since-back" if _SINCE_BEFORE.search(self.text, max(0, m.start() - 40), m.start())
                    else "back") for m in BACK.finditer(self.text)
                   if not _FIELDWORK.search(self.text, max(0, m.start() - 40), m.start())]
        markers += [(m.start(), m.end(), "once") for m in ONCE.finditer(self.text)]
        lost = list(LOST.finditer(self.text))
        # ('no longer' is a negation's word, but denies only the grade now)
        self._negated -= {m.end() for m in lost if m.group().startswith("no longer")}
        markers += [(m.start(), m.end(), "lost") for m in lost]
        markers += [(m.start(), m.end(), "ahead") for m in AHEAD.finditer(self.text)]
        markers += [(m.start(), m.end(), "reset") for m in RESET.finditer(self.text)]
        for m in YEAR.finditer(self.text):
            if _DATA_YEAR.match(self.text, m.end()):
                continue  # ("an earlier report that used the same methodology for 2020 data": the data's year, not the report's)
            clause = self._clauses[bisect.bisect_right(self._clauses, m.start()) - 1]
            # A year in a stretch of time dates only a 'when' clause after it: "since our
            # inspection in 2015, when it was judged good".
            kind = "since" if _OPEN_ENDED.search(self.text, clause, m.start()) else "year"
            markers.append((m.start(), m.end(), kind))
        self._markers = sorted(markers)

    def track_record(self, grade_index: int) -> bool:
        """Whether the grade's clause states a track record (_TRACK_RECORD)."""
        if self._clauses is None:
            self._analyse()
        place = self.places["G", grade_index]
        i = bisect.bisect_right(self._clauses, place) - 1
        end = self._clauses[i + 1] if i + 1 < len(self._clauses) else len(self.text)
        t = bisect.bisect_left(self._track, self._clauses[i])
        return t < len(self._track) and self._track[t] < end

    def negated(self, grade_index: int) -> bool:
        """Whether the grade is denied ('not good'), only hoped for (_UNREAL) or retracted (_RETRACTED): not given."""
        if self._clauses is None:
            self._analyse()
        place = self.places["G", grade_index]
        if place in self._negated:
            return True
        clause = self._clauses[bisect.bisect_right(self._clauses, place) - 1]
        i = bisect.bisect_left(self._unreal, (place,)) - 1  # the last marker before the grade: in its clause?
        return i >= 0 and self._unreal[i][0] >= clause

    def timing(self, place: int) -> Timing:
        """When the grade at skeleton offset `place` was given (see Timing): a marker of an earlier
        inspection before it in the sentence, since the sentence last came back to the inspection
        it reports on ('now', 'but', 'this time'), or one dating its whole clause after it."""
        if self._clauses is None:
            self._analyse()
        clauses = self._clauses
        i = bisect.bisect_right(clauses, place) - 1
        end = clauses[i + 1] if i + 1 < len(clauses) else len(self.text)
        when = _WHEN.match(self.text, clauses[i])
        reset = max((m_end for m_start, m_end, kind in self._markers if kind == "reset" and m_end <= place), default=-1)
        earlier, lost, untold, years = False, False, False, []
        for m_start, m_end, kind in self._markers:
            if m_start >= end:
                break
            if kind == "reset" or m_start < reset:
                continue
            if kind == "year" or (kind == "since" and when and m_start < clauses[i]):
                years.append(self.text[m_start:m_end])
            elif kind == "since":
                continue
            elif kind == "since-back":  # ("since the last report, which rated it good": that report's grade)
                earlier = earlier or bool(_OF_THAT_TIME.match(self.text, clauses[i]) and m_start < clauses[i])
            elif kind == "lost":
                lost = lost or m_end == place  # the grade it names only
            elif kind == "once":
                earlier = untold = True
            elif kind == "back" or m_end <= place:
                earlier = True
        # A year in the grade's own clause dates it, not one of a clause before ("in 2017 we judged it good at A, and in
        # 2016 we judged it good at B": B's grade is of 2016).
        own = [self.text[m_start:m_end] for m_start, m_end, kind in self._markers
               if kind == "year" and clauses[i] <= m_start < end and m_start >= reset]
        if own:
            years = own
        return Timing(earlier or (lost and not years), tuple(years), untold and not years)

    def tail(self) -> Timing:
        """The timing at the region's end: what a next sentence opening 'That report …' continues."""
        return self.timing(len(self.text))


# 'graded it as "requires improvement" or "inadequate" in seven': which of the two each area has, the text does not say.
_ALTERNATIVES = re.compile(r"§G(\d+)§\W{0,2} (?:or|and/or) \W{0,2}§G(\d+)§")
# A grade as the end of a range, a grade or those above or below it: "seven of the nine areas were graded 'adequate' or
# better", "at least adequate", "better than adequate in four" (how many have which grade, the text does not say).
# ("no better than 'adequate' at A, B and C" is the grade itself, as trade press writes it: tests/realworld/503, 812.)
_RANGE_FROM = re.compile(r"\b(?:at least|(?<!no )(?:better|worse|higher|lower) than|above|below) \W?(?=§G\d+§)")
_RANGE_TO = re.compile(r"§G\d+§(?=\W{0,2} or (?:better|above|higher|worse|below|lower)\b)")


def _negation_ends(skeleton: str) -> set[int]:
    """Where NEGATION can end: after 'not' (…) and white space, then up to two words each followed
    by white space. NEGATION.search(skeleton[:place]) is then `place in` this set, found in one
    pass where searching each grade's prefix again was quadratic in a long region."""
    ends = set()
    for m in _NEGATION_WORD.finditer(skeleton):
        pos = m.end()
        for _ in range(3):
            spaces = _WHITE_SPACE.match(skeleton, pos)
            if not spaces:
                break
            ends.add(spaces.end())
            word = _WORD.match(skeleton, spaces.end())
            if not word:
                break
            pos = word.end()
    return ends
