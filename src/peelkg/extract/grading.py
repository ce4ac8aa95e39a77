"""Grades: per-area judgements, stated grade counts and the number of areas graded.

Each sentence (or bullet line) is reduced to a skeleton in which every grade, area,
number and force the vocabularies recognise becomes a placeholder (§G0§, §A1§, §N0§,
§F0§); a handful of patterns over the skeleton then pair grades with areas. Phrasings
live in the SKOS labels, so a new one is a line of Turtle, not a new pattern.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..facts import GradeCount, Judgement, Organisation, Span
from ..vocab import Phrases, trie_alternation
from .doc import Caseless, Doc, Intervals

NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
NUMBER = Caseless(rf"\b(?:{trie_alternation([*NUMBERS, 'a single'])}|\d{{1,2}})\b")


@dataclass(frozen=True)
class Token:
    kind: str  # G grade, A area, N number, F force
    start: int
    end: int
    value: object  # IRI, int or Organisation


def _number(word: str) -> int:
    word = word.lower()
    return 1 if word == "a single" else int(word) if word.isdigit() else NUMBERS[word]


# Words allowed between a preposition and an area: "in how it responded to the public".
FILLER = (r"(?:(?:how|the way|what|when|where) (?:it|the force|the constabulary|they|police|officers)"
          r"(?: (?:is|are|was|were|has|have))? |its |their |the force's |the constabulary's |both |all |"
          r"overall |the |terms of |relation to |respect of |(?:work|approach|ability|efforts?) to )*")
JOIN = r"(?:\s*[,;]\s*(?:and\s+|as well as\s+)?|\s+(?:and|as well as|plus|&)\s+|\s*/\s*)(?:(?:in|at|for|on|with)\s+)?" + FILLER
A_LIST = rf"§A\d+§(?:{JOIN}§A\d+§)*"
COPULA = (r"(?:was|were|is|are|has been|have been|had been|remains?|remained|being|been)\s+"
          r"(?:(?:both|all|also|each|again|now|still|once again|judged to be)\s+)*"
          r"(?:(?:rated|graded|judged|assessed|found|deemed|considered|scored|given|awarded|marked|described|classed|categorised)\s+"
          r"(?:as\s+|to be\s+|to\s+|a\s+|an\s+)*)?")
PREP = r"(?:at|in|for|on|when it comes to|with regards? to|regarding|across|around)"
ASIDE = r"(?:\s*,\s*(?:or|that is|i\.e\.)\s[^,;§]{0,80},|\s+-\s[^-;§]{0,80}\s-|\s*\([^)§]{0,80}\))?"
# "…, both of which were graded good", "…, which was also good"
RELATIVE = r"(?:\s*,\s*(?:(?:both|all|each|two|three|four) of )?which)?"

FORWARD = re.compile(rf"§G(?P<g>\d+)§\W{{0,2}}\s*(?:(?:grades?|ratings?|judgements?|marks|scores|overall|verdicts?)\s+)?{PREP}\s+{FILLER}(?P<areas>{A_LIST})")
BACKWARD = re.compile(rf"(?P<areas>{A_LIST}){ASIDE}{RELATIVE}\s*(?:,\s*)?{COPULA}\W?§G(?P<g>\d+)§")
PREPOSED = re.compile(rf"{PREP}\s+{FILLER}(?P<areas>{A_LIST}){ASIDE}\s*(?:,\s*)?(?:the force|the constabulary|it|§F\d+§|they|police)\s+"
                      rf"(?:was|is|were|has been|received|got|achieved|scored|gained)\s+"
                      rf"(?:(?:rated|graded|judged|assessed|found|deemed|given|awarded)\s+)?(?:as\s+|to be\s+|a\s+|an\s+)*\W?§G(?P<g>\d+)§")
LABELLED = re.compile(r"^\W*(?P<areas>§A\d+§)\s*(?:[:\-?|]|\(|was|is)\s*\W?§G(?P<g>\d+)§\W*$")  # (a ')' is \W)
# "Good: preventing crime; managing offenders", "Requires improvement | investigating crime"
LABELLED_GRADE = re.compile(rf"^\W*§G(?P<g>\d+)§\W?\s*[:|\-]\s*{FILLER}(?P<areas>{A_LIST})\W*$")
# "Investigating crime was also an area where the force requires improvement",
# "Responding to the public was the area found to require improvement"
AREA_WHERE = re.compile(rf"(?P<areas>{A_LIST})\s+(?:was|were|is|are)\s+(?:also\s+)?(?:the|an|one|its)\s+(?:only\s+|one\s+|other\s+)?"
                        rf"areas?\s+(?:(?:where|in which|that)\s*)?(?:(?:the force|it|police)\s*)?(?:was\s+|is\s+|were\s+)?"
                        rf"(?:(?:found|rated|graded|judged|deemed)\s+)?(?:to be\s+|to\s+|as\s+)?\W?§G(?P<g>\d+)§")
# "requires improvement in three areas - investigating crime, …", "in the other two: …", "in two, including …"
COUNTED_LIST = re.compile(rf"§G(?P<g>\d+)§\W{{0,2}}\s*(?:{PREP})\s+(?:the\s+)?(?:(?:other|remaining)\s+(?:§N\d+§)?|§N\d+§)"
                          rf"(?:\s+(?:other\s+)?(?:areas?|of these|of them))?\s*"
                          rf"(?:[-:(]|(?:,\s*)?(?:including|namely|which were|these were|which include|which included|such as))\s*{FILLER}(?P<areas>{A_LIST})")
# "the one area requiring improvement was recording data about crime"
AREA_IS = re.compile(rf"\bareas?\s+(?:that\s+(?:was|were)\s+)?(?:(?:rated|graded|judged)\s+)?(?:as\s+)?\W?§G(?P<g>\d+)§\W?\s+"
                     rf"(?:was|were|is|are)\s+{FILLER}(?P<areas>{A_LIST})")
# A heading that a list of areas follows: "The force was found to be good at:"
LIST_HEADING = re.compile(rf"§G(?P<g>\d+)§\W{{0,2}}\s*(?:{PREP}\s*)?(?:the following(?: areas)?\s*)?:\s*$")
BULLET = re.compile(r"\s*(?:[-*]|\d+[.)])\s+")

COUNT_FORWARD = re.compile(rf"§G(?P<g>\d+)§\W{{0,2}}\s*(?:(?:grades?|ratings?)\s+)?(?:{PREP}|for|with)\s+(?:all\s+|the\s+other\s+|the\s+remaining\s+|the\s+)?"
                           rf"§N(?P<n>\d+)§(?!\s*(?:per|%|years?|months?|officers|staff|forces))")
COUNT_BACKWARD = re.compile(r"§N(?P<n>\d+)§\s+(?:(?:areas?|of (?:them|the areas|these areas)|categories)\s+)?(?:(?:were|was|are|is|as|been)\s+)?"
                            r"(?:(?:rated|graded|judged|assessed|found|deemed|given|awarded)\s+)?(?:as\s+|to be\s+)?\W?§G(?P<g>\d+)§"
                            r"(?:\W?\s*(?:grades?|ratings?|judgements?))?")
COUNT_NOUN = re.compile(r"§N(?P<n>\d+)§\s+\W?§G(?P<g>\d+)§\W?\s+(?:grades?|ratings?|judgements?)")
TOTAL = re.compile(
    r"(?:(?:graded|grading|assessed|assessing|rated|rating|inspected|judged|performance|scored)\b[^.;§]{0,60}?(?:§F\d+§[^.;§]{0,30}?)?"
    r"\b(?:in|across|on|against)\s+(?:all\s+|each of\s+)?(?:the\s+)?"
    r"|§N\d+§\s+of\s+(?:the\s+)?|§G\d+§\W?\s*in\s+all\s+)"
    r"§N(?P<n>\d+)§\s+(?:\w+\s+)?(?:areas?|categories|pillars|questions)")
TEMPORAL = re.compile(r"\b(?:previous(?:ly)?|last (?:year|time|inspection|report|peel)|earlier (?:inspection|report)|"
                      r"up from|down from|improved from|upgraded|downgraded|used to be|prior|at the time|in (?:its|their) (?:last|previous))\b")
# A negation just before a grade: "not (yet) (rated) good" (see _negation_ends).
_NEGATION_WORD = re.compile(r"\bnot|n't|\bnever|\bno longer")
_WHITE_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_FORCES_JOINED = re.compile(r"\s*(?:,|and|, and|&)\s*")
_SPACES = re.compile(r"\s+")
_NOT_ONE_SPACE = re.compile(r"\s\s|[^\S ]")  # white space other than single spaces
CLAUSE = re.compile(r",|;|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bhowever\b")


class Skeleton:
    """A region's folded text, lower-cased, with each token replaced by its placeholder and each
    run of white space by one space; and what is asked of it for each grade, worked out once for
    the region. One space between words makes the patterns' white space match one way only
    (a run shared by two quantifiers backtracks polynomially); a '§' of the text becomes '¤', so
    that only placeholders hold one."""

    def __init__(self, doc: Doc, region: Span, tokens: list[Token]) -> None:
        self.source, self.tokens, self.region = doc.text, tokens, region
        parts: list[str] = []
        # Where each piece starts in the skeleton and in the text, and whether it is a placeholder
        # (else text, its white space collapsed or not).
        self.pieces: list[tuple[int, int, str]] = []
        length = 0
        counters: dict[str, int] = {}
        self.places: dict[tuple[str, int], int] = {}  # (kind, number) -> where its placeholder starts

        def add(piece: str, start: int, kind: str) -> None:
            nonlocal length
            self.pieces.append((length, start, kind))
            parts.append(piece)
            length += len(piece)

        cursor = region.start
        for token in tokens + [Token("", region.end, region.end, None)]:
            words = doc.text[cursor:token.start].lower().replace("§", "¤")
            collapsed = _SPACES.sub(" ", words) if _NOT_ONE_SPACE.search(words) else words
            add(collapsed, cursor, "text" if collapsed is words else "collapsed")
            if token.kind:
                number = counters.get(token.kind, 0)
                counters[token.kind] = number + 1
                self.places[token.kind, number] = length
                add(f"§{token.kind}{number}§", token.start, "placeholder")
            cursor = token.end
        self.text = "".join(parts)
        self.piece_starts = [start for start, _, _ in self.pieces]
        self.f_tokens = [t for t in tokens if t.kind == "F"]
        self.f_starts = [t.start for t in self.f_tokens]
        self._breaks: tuple[list[int], list[int]] | None = None  # where clauses end and start again
        self._negated: set[int] = set()
        self._temporal: dict[tuple[int, int], bool] = {}

    def silenced(self, grade_index: int) -> bool:
        """A grade in a clause about an earlier inspection, or negated, states nothing about this one."""
        place = self.places["G", grade_index]
        if self._breaks is None:
            breaks = [m.span() for m in CLAUSE.finditer(self.text)]
            self._breaks = [s for s, _ in breaks], [e for _, e in breaks]
            self._negated = _negation_ends(self.text)
        break_starts, break_ends = self._breaks
        i = bisect.bisect_right(break_ends, place)
        start = break_ends[i - 1] if i else 0
        i = bisect.bisect_right(break_starts, place)
        end = break_starts[i] if i < len(break_starts) else len(self.text)
        if (start, end) not in self._temporal:
            self._temporal[start, end] = bool(TEMPORAL.search(self.text, start, end))
        return self._temporal[start, end] or place in self._negated

    def position(self, index: int) -> int:
        """Where a skeleton offset (not inside a placeholder) is in the text."""
        skeleton, position, kind = self.pieces[bisect.bisect_right(self.piece_starts, index) - 1]
        if kind != "collapsed":
            return position + index - skeleton
        for run in _SPACES.finditer(self.source, position, self.region.end):
            if index < skeleton + run.start() - position:
                break
            skeleton += run.start() - position
            if index == skeleton:
                return run.start()
            skeleton, position = skeleton + 1, run.end()
        return position + index - skeleton


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


def _tokens(doc: Doc, region: Span, areas: Phrases, forces: Intervals) -> list[Token]:
    found: list[Token] = []
    for start, end, iri in doc.found(doc.lex.grades, region.start, region.end):
        found.append(Token("G", start, end, iri))
    for start, end, iri in doc.found(areas, region.start, region.end):
        found.append(Token("A", start, end, iri))
    for m in NUMBER.finditer(doc, region.start, region.end):
        found.append(Token("N", m.start(), m.end(), _number(m.group())))
    for start, end, org in forces.within(region.start, region.end):
        found.append(Token("F", start, end, org))
    # Longest first wins an overlap (an area name may contain a number word, a grade word …).
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[Token] = []
    for token in found:
        if kept and token.start < kept[-1].end:
            continue
        kept.append(token)
    return kept


def _by_kind(tokens: list[Token], kind: str) -> list[Token]:
    return [t for t in tokens if t.kind == kind]


def _forces_for(doc: Doc, skeleton: Skeleton, position: int, main: Organisation | None) -> list[Organisation]:
    """The force named last before `position` in the sentence (with any joined to it by 'and':
    'Warwickshire Police and West Mercia Police were both judged good'), else the article's force."""
    before = skeleton.f_tokens[:bisect.bisect_left(skeleton.f_starts, position)]
    if not before:
        return [main] if main is not None else []
    chosen = [before[-1]]
    for token in reversed(before[:-1]):
        if not _FORCES_JOINED.fullmatch(doc.text, token.end, chosen[-1].start):
            break
        chosen.append(token)
    return [t.value for t in reversed(chosen)]


def find_grades(doc: Doc, areas: Phrases, forces: list[tuple[int, int, Organisation]], main: Organisation | None):
    """Judgements, grade counts and (force, number of areas, span) stated in the article."""
    judgements: list[Judgement] = []
    counts: list[GradeCount] = []
    totals: list[tuple[Organisation | None, int, Span]] = []
    force_index = Intervals(forces)
    regions = {(s.start, s.end): s for s in doc.sentences}
    for line in doc.lines:
        # Bullets and table-like lines ("How effective is …? Good") read as one piece.
        if BULLET.match(line.text) or (len(line.text) < 240 and not line.text.endswith(".")):
            regions[(line.start, line.end)] = line
    for region in sorted(regions.values()):
        if not (doc.found(doc.lex.grades, region.start, region.end) or NUMBER.search(doc, region.start, region.end)):
            continue  # no grade or number: nothing to pair (most regions), so no tokens to build
        tokens = _tokens(doc, region, areas, force_index)
        grades, area_tokens, numbers = _by_kind(tokens, "G"), _by_kind(tokens, "A"), _by_kind(tokens, "N")
        if not (grades or numbers):
            continue
        skeleton = Skeleton(doc, region, tokens)

        def judge(grade: Token, area: Token) -> None:
            for force in _forces_for(doc, skeleton, min(area.start, grade.start), main):
                judgements.append(Judgement(force, area.value, grade.value,
                                            doc.span(min(area.start, grade.start), max(area.end, grade.end))))

        if grades and area_tokens:
            for pattern in (FORWARD, BACKWARD, PREPOSED, LABELLED, LABELLED_GRADE, COUNTED_LIST, AREA_IS, AREA_WHERE):
                for m in pattern.finditer(skeleton.text):
                    g = int(m.group("g"))
                    if not skeleton.silenced(g):
                        for a in re.findall(r"§A(\d+)§", m.group("areas")):
                            judge(grades[g], area_tokens[int(a)])
        if grades and numbers:
            for pattern in (COUNT_FORWARD, COUNT_BACKWARD, COUNT_NOUN):
                for m in pattern.finditer(skeleton.text):
                    g, n = int(m.group("g")), int(m.group("n"))
                    if skeleton.silenced(g):
                        continue
                    grade, number = grades[g], numbers[n]
                    for force in _forces_for(doc, skeleton, min(number.start, grade.start), main)[-1:]:
                        counts.append(GradeCount(force, grade.value, number.value,
                                                 doc.span(min(number.start, grade.start), max(number.end, grade.end))))
        temporal = None
        for m in TOTAL.finditer(skeleton.text):
            number = numbers[int(m.group("n"))]
            if temporal is None:
                temporal = bool(TEMPORAL.search(skeleton.text))
            if not temporal:
                totals.append(((_forces_for(doc, skeleton, number.start, main) or [None])[-1], number.value,
                               doc.span(skeleton.position(m.start()), number.end)))
    judgements += _listed(doc, areas, force_index, main)
    return _unique(judgements), _unique(counts), totals


def _listed(doc: Doc, areas: Phrases, forces: Intervals, main: Organisation | None) -> list[Judgement]:
    """'The force was found to be good at:' and the bulleted areas on the lines below it."""
    found: list[Judgement] = []
    lines = doc.lines
    for index, line in enumerate(lines):
        if not line.text.endswith(":"):
            continue
        tokens = _tokens(doc, line, areas, forces)
        skeleton = Skeleton(doc, line, tokens)
        m = LIST_HEADING.search(skeleton.text)
        if not m or skeleton.silenced(int(m.group("g"))):
            continue
        grade = _by_kind(tokens, "G")[int(m.group("g"))]
        graded = _forces_for(doc, skeleton, grade.start, main)
        for item in (lines[i] for i in range(index + 1, len(lines))):
            if not BULLET.match(item.text) or item.text.endswith(":"):
                break  # the list ends, or a bullet heads a list of its own
            for start, end, iri in doc.found(areas, item.start, item.end):
                for force in graded:
                    found.append(Judgement(force, iri, grade.value, doc.span(grade.start, end)))
    return found


def _unique(items):
    """Each fact once, in order; a force counts as the same whichever mention of it was seen."""
    seen, out = set(), []
    for item in items:
        key = (item.force.iri or item.force.name,) + tuple(v for k, v in vars(item).items() if k != "force")
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
