"""Grades as the text states them: per-area judgements, grade counts and the number of areas graded.

Each sentence (or short line) is reduced to a skeleton (skeleton.py) in which every grade,
area, number and force becomes a placeholder; a handful of patterns over the skeleton then
pair grades with areas. An area is read with every PEEL cycle's labels at once and kept as the
phrase the text used: which cycle, and so which area, it names is settled once the article's
cycle is known (cycles.py). Phrasings live in the SKOS labels, so a new one is a line of
Turtle, not a new pattern.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import text as textmod
from ..facts import Organisation, Span
from ..vocab import trie_alternation
from .doc import Caseless, Doc, Intervals
from .skeleton import NOW, Skeleton, Timing, Token

NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
# Digits that are part of a date, a span of years or a decimal ('2021/22', '09/11/2017') count nothing.
NUMBER = Caseless(rf"\b(?:{trie_alternation([*NUMBERS, 'a single'])}|(?<![\d/.:-])\d{{1,2}}(?![/.:-]?\d))\b")


@dataclass(frozen=True)
class Stated:
    """A grade the text gives an area of a force's inspection, its cycle not yet settled."""

    force: Organisation
    phrases: tuple[str, ...]  # the area as written: keys of Lexicon.area_senses (two for 'preventing and investigating crime')
    grade: str
    span: Span
    timing: Timing = NOW
    votes: bool = True  # whether the phrase may tell the article's cycle (not so for 'good in all areas')
    pillar_report: bool = False  # a grade without an area, read as the pillar the article's report is on


@dataclass(frozen=True)
class StatedCount:
    force: Organisation
    grade: str
    count: int
    span: Span
    timing: Timing = NOW


def _number(word: str) -> int:
    word = word.lower()
    return 1 if word == "a single" else int(word) if word.isdigit() else NUMBERS[word]


# Words allowed between a preposition and an area: "in how it responded to the public".
FILLER = (r"(?:(?:how|the way|what|when|where)(?: \w+ly)? (?:it|the force|the constabulary|they|police|officers)"
          r"(?: (?:is|are|was|were|has|have))? |its |their |the force's |the constabulary's |both |all |"
          r"overall |the |terms of |relation to |respect of |(?:work|approach|ability|efforts?) (?:to|in) |"
          r"areas? (?:such as|including|like) |(?:the )?areas? of )*")
JOIN = (r"(?: ?[,;] ?(?:and |as well as )?| (?:and|as well as|plus|&) | ?/ ?)"
        r"(?:(?:in|at|for|on|with|to) )?" + FILLER)
AREA = r"§A\d+§(?: ?\([^)§]{1,15}\))?"  # an area, and its abbreviation: "anti-social behaviour (ASB)"
A_LIST = rf"{AREA}(?:{JOIN}{AREA})*"
COPULA = (r"(?:was|were|is|are|has been|have been|had been|remains?|remained|being|been) ?:? "
          r"(?:(?:both|all|also|each|again|now|still|once again|judged to be) )*"
          r"(?:(?:rated|graded|judged|assessed|found|deemed|considered|scored|given|awarded|marked|described|classed|categorised) "
          r"(?:as |to be |to |a |an )*)?")
PREP = r"(?:at|in|for|on|when it comes to|with regards? to|regarding|across|around)"
# An aside may name the same area again: "the force's legitimacy, or how fairly it treats the public and its workforce, was …"
ASIDE = r"(?: ?, ?(?:or|that is|i\.e\.) (?:[^,;§]|§A\d+§){0,80},| - (?:[^-;§]|§A\d+§){0,80} -| ?\([^)§]{0,80}\))?"
# "…, both of which were graded good", "…, which was also good"
RELATIVE = r"(?: ?, ?(?:(?:both|all|each|two|three|four) of )?which)?"
# What a grade's placeholder is followed by before a preposition: "'good' grades for", "adequate in the report for".
AFTER_GRADE = (r"\W{0,2} ?(?:(?:grades?|gradings?|ratings?|judgements?|marks|scores|overall|verdicts?) )?"
               r"(?:(?:it|they) (?:was|were) (?:given|awarded) |(?:has been|was|have been|were) (?:given|awarded) (?:to §F\d+§ )?"
               r"|(?:was|is) the (?:grade|grading|rating|judgement) (?:given )?)?"
               r"(?:in (?:the|its|this) (?:report|inspection) |by (?:the )?(?:watchdog|inspectorate|inspectors|hmicfrs|hmic) )?")

FORWARD = re.compile(rf"§G(?P<g>\d+)§{AFTER_GRADE}{ASIDE} ?{PREP} {FILLER}(?P<areas>{A_LIST})")
# An adverb between an area and its grade, set off by commas or not: "…, however, requires improvement".
# (A comma alone would join a list of the force's qualities: "preventing crime, was good at …".)
ADVERBS = r"(?:(?: ?,)? (?:now|also|still|however|meanwhile|currently|overall|though|too)\b(?: ?,)?)*"
BACKWARD = re.compile(rf"(?P<areas>{A_LIST})(?: (?:category|area|strand))?{ASIDE}(?:{RELATIVE}|{ADVERBS}) ?{COPULA}\W?§G(?P<g>\d+)§")
# "Responding to the public, however, requires improvement": a grade that is a verb needs no copula.
BARE_VERB = re.compile(rf"(?P<areas>{A_LIST})(?: (?:category|area|strand))?{ASIDE}{ADVERBS} ?§G(?P<g>\d+)§")
PREPOSED = re.compile(rf"{PREP} {FILLER}(?P<areas>{A_LIST}){ASIDE} ?(?:, ?)?(?:the force|the constabulary|it|§F\d+§|they|police) "
                      rf"(?:was|is|were|has been|received|got|achieved|scored|gained) "
                      rf"(?:(?:rated|graded|judged|assessed|found|deemed|given|awarded) )?(?:as |to be |a |an )*\W?§G(?P<g>\d+)§")
# "Good: preventing crime; managing offenders", "Requires improvement | investigating crime", "Good - in use of resources"
LABELLED_GRADE = re.compile(rf"^\W*§G(?P<g>\d+)§\W? ?[:|\-] ?(?:{PREP} )?{FILLER}(?P<areas>{A_LIST})\W*$")
# "Investigating crime: good", "How effective is …? Good", and a table row "Preventing crime Good"
LABELLED = re.compile(r"^\W*(?P<areas>§A\d+§) ?(?:[:\-?|]|\(|was|is)? ?\W?§G(?P<g>\d+)§\W*$")
# "Investigating crime was also an area where the force requires improvement",
# "Responding to the public was the area found to require improvement"
AREA_WHERE = re.compile(rf"(?P<areas>{A_LIST}) (?:was|were|is|are) (?:also )?(?:the|an|§N\d+§|its) (?:only |§N\d+§ |other )?"
                        rf"areas? (?:(?:where|in which|that) ?)?(?:(?:the force|it|police) ?)?(?:was |is |were )?"
                        rf"(?:(?:found|rated|graded|judged|deemed) )?(?:to be |to |as )?\W?§G(?P<g>\d+)§")
# "requires improvement in three areas - investigating crime, …", "in the other two: …", "in two, including …"
COUNTED_LIST = re.compile(rf"§G(?P<g>\d+)§\W{{0,2}} ?(?:{PREP}) (?:the )?(?:just |only )?(?:(?:other|remaining)(?: §N\d+§)?|§N\d+§)"
                          rf"(?: (?:other )?(?:areas?|of these|of them))? ?"
                          rf"(?:[-:(]|(?:, ?)?(?:including|namely|which were|these were|which include|which included|such as)) ?{FILLER}(?P<areas>{A_LIST})")
# "inadequate overall and in three key areas, having examined its ability to …, to … and …": any
# short link, so the listed areas must be exactly as many as the count.
COUNTED_APPOSITION = re.compile(rf"§G(?P<g>\d+)§[^§.;]{{0,20}}? in §N(?P<n>\d+)§ (?:key |main |core )?areas?,? "
                                rf"(?:\w+ ){{0,3}}?{FILLER}(?P<areas>{A_LIST})")
# "the one area requiring improvement was recording data about crime"; "one area highlighted as requiring improvement is …"
AREA_IS = re.compile(rf"\bareas? (?:that (?:was|were) )?(?:(?:rated|graded|judged|highlighted|identified|found) )?(?:as )?\W?§G(?P<g>\d+)§\W?"
                     rf"(?: ?,[^,§]{{0,40}},)? (?:was|were|is|are) {FILLER}(?P<areas>{A_LIST})")
# "Among the outstanding areas were …", "the inadequate areas included …", "its two good grades were for …"
GRADE_AREAS = re.compile(rf"§G(?P<g>\d+)§\W? (?:areas? (?:were|was|are|is|included|include)|(?:grades?|ratings?) (?:were|was) (?:for|in)) "
                         rf"{FILLER}(?P<areas>{A_LIST})")
# "How the force protects vulnerable people and how it investigates crime were among the 'inadequate' areas"
AMONG = re.compile(rf"(?P<areas>{A_LIST}) (?:was|were|is|are) (?:among|one of|some of) the "
                   rf"(?:§G(?P<g>\d+)§ areas|areas (?:graded|rated|judged|found) (?:as |to be )?§G(?P<g2>\d+)§)")
# "Five areas were judged adequate, including preventing crime and managing offenders"
GRADE_INCLUDING = re.compile(rf"\bareas? (?:were|was) (?:(?:rated|graded|judged|found|assessed) )?(?:as |to be )?§G(?P<g>\d+)§ ?,? "
                             rf"(?:including|namely|such as|which (?:are|were|include|included)) {FILLER}(?P<areas>{A_LIST})")
# A grade that changed: "Responding to the public improved from inadequate to good", "from good to requires
# improvement in investigating crime", "good at preventing crime, up from requires improvement".
_CHANGED = r"(?:has |have )?(?:improved|moved|rose|risen|went up|gone up|fell|fallen|dropped|slipped|went down|gone down|declined|(?:was|were|has been) (?:upgraded|downgraded))"
FROM_TO = re.compile(rf"(?P<areas>{A_LIST}) {_CHANGED} from §G(?P<g>\d+)§ to §G\d+§")
FROM_TO_NOW = re.compile(rf"(?P<areas>{A_LIST}) {_CHANGED} from §G\d+§ to §G(?P<g>\d+)§")
FROM_TO_AREA = re.compile(rf"from §G(?P<g>\d+)§ to §G\d+§ {PREP} {FILLER}(?P<areas>{A_LIST})")
UP_FROM = re.compile(rf"§G\d+§{AFTER_GRADE} ?{PREP} {FILLER}(?P<areas>{A_LIST}) ?,? (?:up|down|an improvement|a rise|a fall|a drop) "
                     rf"(?:from|on) (?:the |its |a )?(?:previous |last |earlier )?§G(?P<g>\d+)§")
# "… was assessed as adequate, as was its management of offenders"
AS_WAS = re.compile(rf"§G(?P<g>\d+)§ ?, as (?:was|were|is|are) {FILLER}(?P<areas>{A_LIST})")
# Grade by exception: "good or adequate in all areas, except investigating crime, where it requires improvement"
# (the grade of the exception only: the others are not named).
EXCEPT = re.compile(rf"\bexcept (?:for |in )?{FILLER}(?P<areas>{A_LIST}) ?,? (?:where (?:it|the force|they) |which |that )(?:{COPULA})?\W?§G(?P<g>\d+)§")
PATTERNS = (FORWARD, BACKWARD, BARE_VERB, PREPOSED, LABELLED, LABELLED_GRADE, COUNTED_LIST, AREA_IS, AREA_WHERE,
            GRADE_AREAS, AMONG, EXCEPT, AS_WAS, GRADE_INCLUDING, FROM_TO, FROM_TO_NOW, FROM_TO_AREA, UP_FROM)
# Where a newspaper's word for a grade ('failing') may stand for it: the grade first, then what it grades.
GRADE_FIRST = (FORWARD, COUNTED_LIST, None)
# "Under the 'adequate' grade was: a; b; c", "Rated adequate were: a; b; and c": items apart by semicolons,
# so that one the vocabulary does not know ('managing orders') leaves the others standing.
GRADE_HEAD = re.compile(r"(?:under the |rated |graded |judged )§G(?P<g>\d+)§(?: (?:grade|grading|rating)s?)? ?(?:was|were|are|is)? ?: ?")
SEMICOLON_ITEM = re.compile(rf"(?:and )?{FILLER}(?P<areas>{A_LIST}) ?\W?")
# "judged 'good' in all areas", "good in all three areas": the pillars of 2014-2019 (not a list the text gives).
ALL_AREAS = re.compile(r"(?:(?:judged|rated|graded|assessed|found|given)(?: §F\d+§| the force| it)?|(?:was|were|is|are)(?: both| all)?) "
                       r"(?:as |to be )?§G(?P<g>\d+)§ (?:in|across|for) (?:(?:all|each of the|every one of the) (?:§N\d+§ )?(?:areas|pillars)|every area)\b")
# "… in 'reducing crime and keeping people safe', 'operating efficiently …' and '…'. Each was rated as
# requiring improvement.": a grade for each of the areas the sentence before lists (and grades not).
EACH = re.compile(r"^\W*(?:each|both|all(?: §N\d+§)?)(?: of (?:them|these|those|the §N\d+§))? (?:was|were|is|are) (?:also )?"
                  r"(?:(?:rated|graded|judged|assessed|found|deemed) )?(?:as |to be |to )?\W?§G(?P<g>\d+)§")
BULLET = re.compile(r"\s*(?:[-*]|\d+[.)])\s+")
_LINE_END = re.compile(r"[.!?:;'\"]\W*$")
# A line that opens with a label, as a table or a list does: "Adequate: …", "Good – …", "Area | Grade".
_LABEL_START = re.compile(r"\W*[A-Za-z][\w ]{0,40}?\s*(?:[:|]|\s[-\u2013\u2014]\s)")

COUNT_FORWARD = re.compile(rf"§G(?P<g>\d+)§\W{{0,2}} ?(?:overall and )?(?:(?:grades?|ratings?) |verdicts? (?:for|on) §F\d+§ )?(?:{PREP}|for|with) "
                           rf"(?:all |(?:the|its) (?:other |remaining )?|just |only )?§N(?P<n>\d+)§(?! ?(?:per|%|years?|months?|officers|staff|forces))")
# "… requiring improvement in one. That one area was investigating crime."
THAT_AREA = re.compile(rf"^\W*(?:that|the) (?:§N\d+§ |only |single )?(?:remaining )?area (?:was|is) {FILLER}(?P<areas>{AREA})\W*$")
COUNT_BACKWARD = re.compile(r"(?<!of )(?<!of the )§N(?P<n>\d+)§ (?:(?:(?:important|key|other) )?(?:areas?|of (?:them|the areas|these areas)|categories) )?"
                            r"(?:(?:were|was|are|is|as|been) )?(?:(?:rated|graded|judged|assessed|found|deemed|given|awarded) )?"
                            r"(?:as |to be |to |only )?\W?§G(?P<g>\d+)§(?:\W? ?(?:grades?|gradings?|ratings?|judgements?))?")
# "4 of the 9 areas were rated good", "1 of 9 areas inadequate"
COUNT_OF = re.compile(r"§N(?P<n>\d+)§ of (?:the |its )?§N\d+§ (?:\w+ )?(?:areas?|categories) (?:(?:were|was) )?"
                      r"(?:(?:rated|graded|judged|assessed|found|deemed) )?(?:as |to be |to )?§G(?P<g>\d+)§")
COUNT_NOUN = re.compile(r"§N(?P<n>\d+)§ \W?§G(?P<g>\d+)§\W? (?:grades?|gradings?|ratings?|judgements?)")
# "Good: 4", "Requires improvement – 2 areas": a count in a table's line.
COUNT_LABELLED = re.compile(r"^\W*§G(?P<g>\d+)§\W? ?[:\-|] ?§N(?P<n>\d+)§(?: areas?)?\W*$")
# "In two areas of its policing the force was judged adequate, and in only one other was it found to be good"
COUNT_PREPOSED = re.compile(r"\bin (?:only |just )?§N(?P<n>\d+)§ (?:other )?(?:areas? (?:of (?:its|their) \w+ )?)?,? ?"
                            r"(?:(?:the force|the constabulary|it|police|§F\d+§) (?:was|were)|(?:was|were) (?:it|the force)) "
                            r"(?:(?:rated|graded|judged|assessed|found|deemed) )?(?:as |to be )?§G(?P<g>\d+)§")
COUNT_PATTERNS = (COUNT_FORWARD, COUNT_BACKWARD, COUNT_OF, COUNT_NOUN, COUNT_PREPOSED, COUNT_LABELLED)
# "three areas ranked second from last of the five gradings": a grade by its rank on the scale.
COUNT_RANK = re.compile(r"§N(?P<n>\d+)§ (?:\w+ ){0,2}areas? (?:(?:was|were) )?(?:ranked|rated|graded|placed|in the) "
                        r"second(?: |-)(?P<end>from (?:the )?(?:last|bottom)|lowest|from (?:the )?top|highest)\b")
TOTAL = re.compile(
    r"(?:(?:graded|grading|assessed|assessing|rated|rating|inspected|judged|performance|scored)\b[^.;§]{0,60}?(?:§F\d+§[^.;§]{0,30}?)?"
    r"\b(?:in|across|on|against) (?:all |each of )?(?:the )?"
    r"|§N\d+§ of (?:the )?|§G\d+§\W? ?in all |\b(?:examined|covered) (?:the )?)"
    r"§N(?P<n>\d+)§ (?:[\w-]+ ){0,2}(?:areas?|categories|pillars|questions)"
    r"|§N\d+§ (?:areas? )?out of (?:the )?§N(?P<of>\d+)§ (?:that|which|areas?)"
    r"|§N(?P<each>\d+)§ (?:sections|areas|categories|strands),? each (?:graded|rated)")
# "nine areas, eight of which were graded": the areas graded, not those inspected.
TOTAL_GRADED = re.compile(r"§N\d+§ (?:[\w-]+ ){0,2}areas?,? §N(?P<n>\d+)§ of (?:which|them) (?:were|are) graded")
# A grade without an area, of a force, in an article about the report on one pillar (2014-2017):
# "South Wales Police and Gwent Police were rated good", "an overall grading of requires improvement",
# "she had judged the force good in 2015", "among 10 forces judged to need improvement".
_NO_QUALIFIER = r"(?! at\b| in (?:how|the way|its|their)\b)"
OVERALL_PATTERNS = (
    re.compile(r"(?:§F\d+§(?: (?:police )?forces?)?|the force|it|they)(?: ?,[^,§]{0,30},)? (?:has been |have been |had been |was |were |is |are )?"
               rf"(?:\w+ )?(?:rated|graded|judged|assessed|given|found|classed)(?: as| to be| to)?(?: a| an)? §G(?P<g>\d+)§{_NO_QUALIFIER}"),
    re.compile(rf"(?:judged|rated|graded|assessed|found) (?:§F\d+§|the force|it) (?:as |to be )?§G(?P<g>\d+)§{_NO_QUALIFIER}"),
    re.compile(r"\boverall (?:grade|grading|judgement|judgment|rating)\b[^§.]{0,30}? (?:was|is|of|remains|remained) (?:as )?§G(?P<g>\d+)§"),
    re.compile(r"(?:was|were) (?:among|one of) §N\d+§ forces[^§]{0,60}? (?:judged|rated|graded|classed|found|assessed)\b[^§]{0,100}? "
               r"(?:as |to be |to )?§G(?P<g>\d+)§"),
    re.compile(r"(?:§F\d+§|the force|it) (?:now |still |also )?§G(?P<g>\d+)§(?=\W*$)"),  # "it says the force 'requires improvement.'"
)
_FORCES_JOINED = re.compile(r"\s*(?:,|and|, and|&)\s*")
# What is graded in the same words as a police force but is no PEEL inspection of one.
# (The inspectorate's own name holds "Fire & Rescue Services".)
_NOT_PEEL_SUBJECT = re.compile(r"(?<!constabulary and )(?<!constabulary & )\bfire (?:and|&) rescue\b|\bfire service|\bfire authority|"
                               r"\bcustody\b|\bvetting\b|\bcounter-corruption\b|\bchild protection\b", re.I)
_THE_SERVICE = re.compile(r"\b(?:the|this|its) service\b", re.I)


def _fire_service_named(doc: Doc) -> bool:
    if "_fire" not in doc.__dict__:
        doc.__dict__["_fire"] = bool(_NOT_PEEL_SUBJECT.search(doc.text)) and bool(_FIRE.search(doc.text))
    return doc.__dict__["_fire"]


_FIRE = re.compile(r"(?<!constabulary and )(?<!constabulary & )\bfire (?:and|&) rescue service|\bfire service", re.I)
# Numbers of forces ("36 forces graded good and five as requiring improvement") are national tallies, no count.
_FORCE_TALLY = re.compile(r"§N\d+§ (?:\w+ ){0,2}forces\b")
# Forces named after a grade given to several: "graded five forces as inadequate at …, and Nottinghamshire was one of them".
_ONE_OF_THEM = re.compile(r"(?:,? and |including |such as )§F(?P<f>\d+)§(?: (?:was|is) (?:one of them|among them))?")
_PLURAL_FORCES = re.compile(r"\bforces\b", re.I)
# "this grading", "this grade": the grade the sentence before names.
_THIS_GRADE = Caseless(r"\bthis (?:grade|grading|rating)\b")
_THIS_AREA = Caseless(r"\b(?:this|that) area\b")
# Two verbs sharing an object, each with it an area: "preventing and investigating crime".
_SHARED_OBJECT = Caseless(r"\b([a-z]+) and ([a-z]+) ((?:[a-z-]+ ){0,4}[a-z-]+)")
_VERBAL = re.compile(r"(?:requires?|required|needs?)\b", re.I)
_THAT_REPORT = re.compile(r"\W*that (?:report|inspection|assessment)\b", re.I)
# Forces named by their area alone in a sentence about grades: "the South Wales and Gwent forces",
# "North Wales was graded …". Area names are proper nouns: matched with their capitals.
_GRADING_VERB = r"(?:was|were|is|are|has been|have been) (?:\w+ )?(?:graded|rated|judged|assessed|found|given)\b"


def _area_force_pattern(lex) -> re.Pattern[str]:
    names = trie_alternation(sorted(lex.force_area_name.values()))
    return re.compile(rf"\b({names})(?:(?: ?, ?| and | ?& ?)({names}))*"
                      rf"(?: (?:police )?forces?\b| (?={_GRADING_VERB}|(?:was|is) (?:one of them|among them)))")


@lru_cache(maxsize=4)
def _area_names(lex) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """The pattern of forces named by their area in a grading sentence, of one area name, and
    each area name's force."""
    by_name = {name: iri for iri, name in lex.force_area_name.items()}
    return _area_force_pattern(lex), re.compile(trie_alternation(by_name)), by_name


def _bare_forces(doc: Doc, region: Span, known: Intervals) -> list[tuple[int, int, Organisation]]:
    lex = doc.lex
    pattern, one_name, by_name = _area_names(lex)
    found = []
    for m in pattern.finditer(doc.text, region.start, region.end):
        for name in one_name.finditer(m.group()):
            start, end = m.start() + name.start(), m.start() + name.end()
            if not known.overlaps(start, end):
                iri = by_name[name.group()]
                found.append((start, end, Organisation(lex.label[iri], iri, doc.span(start, end))))
    # "Dyfed Powys and North Wales Police": an area joined by 'and' to a force named in full.
    for start, end, org in known.within(region.start, region.end):
        before = doc.text[max(region.start, start - 40):start]
        m = re.search(r"\b([A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) and $", before)
        if m and m.group(1) in by_name and doc.text[start:end].endswith(("Police", "Constabulary")):
            s = start - len(before) + m.start(1)
            iri = by_name[m.group(1)]
            if not known.overlaps(s, s + len(m.group(1))):
                found.append((s, s + len(m.group(1)), Organisation(lex.label[iri], iri, doc.span(s, s + len(m.group(1))))))
    return found


def _tokens(doc: Doc, region: Span, forces: Intervals) -> list[Token]:
    lex = doc.lex
    found: list[Token] = []
    grades = doc.found(lex.grades, region.start, region.end)
    for start, end, iri in grades:
        found.append(Token("G", start, end, iri))
    for m in _THIS_GRADE.finditer(doc, region.start, region.end):
        before = doc.sentence_index(region.start) - 1
        if before >= 0:
            sentence = doc.sentences[before]
            named = {iri for _, _, iri in doc.found(lex.grades, sentence.start, sentence.end)}
            if len(named) == 1:
                found.append(Token("G", m.start(), m.end(), named.pop()))
    areas = [Token("A", start, end, (key,)) for start, end, key in doc.found(lex.area_phrases, region.start, region.end)]
    for m in _SHARED_OBJECT.finditer(doc, region.start, region.end):
        words = m.group(3).split()
        for n in range(len(words), 0, -1):
            obj = " ".join(words[:n]).lower()
            first, second = f"{m.group(1).lower()} {obj}", f"{m.group(2).lower()} {obj}"
            if first in lex.area_senses and second in lex.area_senses:
                end = m.start(3) + len(" ".join(words[:n]))
                areas = [a for a in areas if a.end <= m.start() or a.start >= end]
                areas.append(Token("A", m.start(), end, (first, second)))
                break
    for m in _THIS_AREA.finditer(doc, region.start, region.end):
        named = [a for a in areas if a.end <= m.start()]
        if named:
            areas.append(Token("A", m.start(), m.end(), named[-1].value))
    found += areas
    for m in NUMBER.finditer(doc, region.start, region.end):
        found.append(Token("N", m.start(), m.end(), _number(m.group())))
    for start, end, org in forces.within(region.start, region.end) + _bare_forces(doc, region, forces):
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
    'Warwickshire Police and West Mercia Police were both judged good'), else the article's force,
    unless other forces are the subject ('most forces were good at …'): then none."""
    before = skeleton.f_tokens[:bisect.bisect_left(skeleton.f_starts, position)]
    if _NOT_PEEL_SUBJECT.search(doc.text, before[-1].end if before else skeleton.region.start, position):
        return []  # "Kent Fire and Rescue Service was rated good for effectiveness"
    if not before and _THE_SERVICE.search(doc.text, skeleton.region.start, position) and _fire_service_named(doc):
        return []  # "The service was rated good for effectiveness" in an article naming a fire and rescue service
    if not before:
        if _PLURAL_FORCES.search(doc.text, skeleton.region.start, position):
            named = _ONE_OF_THEM.search(skeleton.text, _place_after(skeleton, position))
            return [skeleton.f_tokens[int(named.group("f"))].value] if named and skeleton.f_tokens[int(named.group("f"))].value.iri else []
        return [main] if main is not None and main.iri else []
    chosen = [before[-1]]
    for token in reversed(before[:-1]):
        if not _FORCES_JOINED.fullmatch(doc.text, token.end, chosen[-1].start):
            break
        chosen.append(token)
    # A force the vocabulary does not know is the subject, but no inspected force.
    return [t.value for t in reversed(chosen) if t.value.iri]


def _place_after(skeleton: Skeleton, position: int) -> int:
    """The skeleton offset of the first placeholder at or after a text position."""
    places = sorted(skeleton.places.values())
    starts = sorted(t.start for t in skeleton.tokens)
    i = bisect.bisect_left(starts, position)
    return places[i] if i < len(places) else len(skeleton.text)


def _pillar_report_pattern(lex) -> re.Pattern[str]:
    pillars = trie_alternation(lex.pillar_phrases)
    return re.compile(
        rf"\b(?:police )?['\"]?({pillars})['\"]? (?:inspections?|reports?|assessments?)\b"
        rf"|\b(?:reports?|inspections?|assessments?|findings)\b[^.]{{0,50}}? (?:on|of|into|covering) (?:the |its )?(?:overall )?['\"]?({pillars})\b"
        rf"|\bpolice ({pillars}) (?:19|20)\d\d\b", re.I)


def report_pillar(doc: Doc) -> str | None:
    """The pillar an article's report is on, when it names one pillar's report and no other
    ('our 2016 legitimacy inspection', 'the report on the effectiveness of …'). A pillar listed
    with another ('effectiveness, efficiency and legitimacy') names the programme, not a report."""
    if "_report_pillar" in doc.__dict__:
        return doc.__dict__["_report_pillar"]
    lex = doc.lex
    pattern = _pillar_report_pattern(lex)
    pillars = trie_alternation(lex.pillar_phrases)
    listed = re.compile(rf"(?:{pillars})\W{{0,2}}\s*(?:,|and|&)\s*\W{{0,2}}$|^\W{{0,2}}\s*(?:,|and|&)\s*\W{{0,2}}(?:{pillars})", re.I)
    found = set()
    for m in pattern.finditer(doc.text):
        group = next(g for g in (1, 2, 3) if m.group(g))
        start, end = m.start(group), m.end(group)
        if listed.search(doc.text[max(0, start - 20):start]) or listed.search(doc.text[end:end + 20]):
            continue
        found.add(m.group(group).lower())
    doc.__dict__["_report_pillar"] = found.pop() if len(found) == 1 else None
    return doc.__dict__["_report_pillar"]


def _wrapped_sentences(doc: Doc) -> list[Span]:
    """Sentences of hard-wrapped paragraphs, which run on from one line into the next: a long line
    that does not end a sentence, directly followed by a line that is not a bullet."""
    out: list[Span] = []
    lines = doc.lines
    i = 0
    while i < len(lines) - 1:
        j = i
        while (j + 1 < len(lines) and len(lines[j].text) >= 60 and not _LINE_END.search(lines[j].text)
               and doc.text.count("\n", lines[j].end, lines[j + 1].start) == 1
               and not any(BULLET.match(t) or _LABEL_START.match(t) for t in (lines[j].text, lines[j + 1].text))):
            j += 1
        if j > i:
            start, end = lines[i].start, lines[j].end
            joined = doc.text[start:end].replace("\n", " ")
            out += [Span(start + s.start, start + s.end, doc.text[start + s.start:start + s.end])
                    for s in textmod.sentences(joined) if "\n" in doc.text[start + s.start:start + s.end]]
        i = j + 1
    return out


def _regions(doc: Doc) -> list[Span]:
    regions = {(s.start, s.end): s for s in doc.sentences + _wrapped_sentences(doc)}
    for line in doc.lines:
        # Bullets and table-like lines ("How effective is …? Good") read as one piece, and each
        # pair of a line holding two ("Preventing crime: good; investigating crime: adequate").
        if BULLET.match(line.text) or (len(line.text) < 240 and not line.text.endswith(".")):
            regions[(line.start, line.end)] = line
            if ";" in line.text:
                start = line.start
                for part in line.text.split(";"):
                    piece = textmod.span(doc.text, start, start + len(part))
                    if piece.text:
                        regions[(piece.start, piece.end)] = piece
                    start += len(part) + 1
    return sorted(regions.values())


class _Reader:
    """Reads one region's skeleton into statements."""

    def __init__(self, doc: Doc, main: Organisation | None, carried: Timing | None) -> None:
        self.doc, self.main, self.carried = doc, main, carried
        self.stated: list[Stated] = []
        self.counts: list[StatedCount] = []

    def timing(self, skeleton: Skeleton, place: int) -> Timing:
        own = skeleton.timing(place)
        if self.carried is None or own.earlier:
            return own
        return Timing(True, own.years + self.carried.years)

    def judge(self, skeleton: Skeleton, grade: Token, area: Token, timing: Timing, votes: bool = True,
              force: Organisation | None = None) -> None:
        start = min(area.start, grade.start)
        forces = ([force] if force.iri else []) if force else _forces_for(self.doc, skeleton, start, self.main)
        for force in forces:
            self.stated.append(Stated(force, area.value, grade.value,
                                      self.doc.span(start, max(area.end, grade.end)), timing, votes))

    def read(self, skeleton: Skeleton, grades: list[Token], areas: list[Token], numbers: list[Token]) -> None:
        if grades and areas:
            for pattern in PATTERNS:
                for m in pattern.finditer(skeleton.text):
                    self._pair(skeleton, m, grades, areas, pattern)
            head = GRADE_HEAD.search(skeleton.text)
            if head:
                for item in skeleton.text[head.end():].split(";"):
                    found = SEMICOLON_ITEM.fullmatch(item.strip())
                    if found:
                        self._pair(skeleton, head, grades, areas, None, found.group("areas"))
            for m in COUNTED_APPOSITION.finditer(skeleton.text):
                listed = re.findall(r"§A(\d+)§", m.group("areas"))
                if len(listed) == numbers[int(m.group("n"))].value:
                    self._pair(skeleton, m, grades, areas, None)
        pillar = report_pillar(self.doc) if grades and not areas else None
        if pillar:
            for pattern in OVERALL_PATTERNS:
                for m in pattern.finditer(skeleton.text):
                    g = int(m.group("g"))
                    if skeleton.negated(g) or self.gloss(grades[g]) or \
                            (pattern is OVERALL_PATTERNS[-1] and not _VERBAL.match(self.doc.text, grades[g].start)):
                        continue
                    grade = grades[g]
                    for force in _forces_for(self.doc, skeleton, grade.start, self.main):
                        span = self.doc.span(skeleton.position(m.start()), grade.end)
                        self.stated.append(Stated(force, (pillar,), grade.value, span,
                                                  self.timing(skeleton, skeleton.places["G", g]), False, True))
        if grades:
            for m in ALL_AREAS.finditer(skeleton.text):
                g = int(m.group("g"))
                if not skeleton.negated(g) and not self.gloss(grades[g]):
                    timing = self.timing(skeleton, skeleton.places["G", g])
                    for pillar in self.doc.lex.pillar_phrases:
                        self.judge(skeleton, grades[g], Token("A", grades[g].start, grades[g].end, (pillar,)), timing, False)
        if grades and numbers:
            for pattern in COUNT_PATTERNS:
                for m in pattern.finditer(skeleton.text):
                    g, n = int(m.group("g")), int(m.group("n"))
                    if not skeleton.negated(g) and (pattern is not COUNT_PREPOSED or not self.gloss(grades[g])):
                        self.count(skeleton, grades[g].value, numbers[n], grades[g], skeleton.places["G", g])
        if numbers:
            for m in COUNT_RANK.finditer(skeleton.text):
                rank = 2 if m.group("end").endswith(("last", "bottom", "lowest")) else 4
                number = numbers[int(m.group("n"))]
                self.count(skeleton, self.doc.lex.grade_by_rank[rank], number, number, m.start())

    def _pair(self, skeleton: Skeleton, m: re.Match, grades, areas, pattern, listed: str | None = None) -> None:
        g = int(m.group("g") if m.group("g") is not None else m.group("g2"))
        if skeleton.negated(g) or (pattern not in GRADE_FIRST and self.gloss(grades[g])):
            return
        if pattern is BARE_VERB and not _VERBAL.match(self.doc.text, grades[g].start):
            return
        timing = self.timing(skeleton, skeleton.places["G", g])
        # "A rating has been given to Bedfordshire Police for …": the force named in the match.
        named = re.search(r"§F(\d+)§", m.group()) if pattern is FORWARD else None
        force = skeleton.f_tokens[int(named.group(1))].value if named else None
        for a in re.findall(r"§A(\d+)§", listed if listed is not None else m.group("areas")):
            if pattern in (LABELLED, LABELLED_GRADE) or not set(areas[int(a)].value) <= self.doc.lex.heading_phrases:
                self.judge(skeleton, grades[g], areas[int(a)], timing, force=force)

    def gloss(self, grade: Token) -> bool:
        return self.doc.text[grade.start:grade.end].lower() in self.doc.lex.grade_glosses

    def count(self, skeleton: Skeleton, grade: str, number: Token, anchor: Token, place: int) -> None:
        if _FORCE_TALLY.search(skeleton.text, 0, place):
            return
        start = min(number.start, anchor.start)
        for force in _forces_for(self.doc, skeleton, start, self.main)[-1:]:
            self.counts.append(StatedCount(force, grade, number.value,
                                           self.doc.span(start, max(number.end, anchor.end)), self.timing(skeleton, place)))


def _each(doc: Doc, skeleton: Skeleton, grades: list[Token], forces: Intervals, reader: _Reader) -> None:
    m = EACH.match(skeleton.text)
    index = doc.sentence_index(skeleton.region.start) - 1
    if not m or index < 0 or skeleton.negated(int(m.group("g"))) or reader.gloss(grades[int(m.group("g"))]):
        return
    before = doc.sentences[index]
    tokens = _tokens(doc, before, forces)
    areas = _by_kind(tokens, "A")
    if len(areas) < 2 or _by_kind(tokens, "G"):
        return
    listed = Skeleton(doc, before, tokens)
    if not any(len(re.findall(r"§A\d+§", found.group())) == len(areas) for found in re.finditer(A_LIST, listed.text)):
        return
    grade = grades[int(m.group("g"))]
    timing = reader.timing(skeleton, skeleton.places["G", int(m.group("g"))])
    for area in areas:
        for force in _forces_for(doc, listed, area.start, reader.main):
            reader.stated.append(Stated(force, area.value, grade.value, doc.span(area.start, grade.end), timing))


def _that_area(skeleton: Skeleton, area: Token, counts: list[StatedCount], reader: _Reader) -> None:
    """'That one area was investigating crime', after a sentence that counted one area with a grade."""
    single = [c for c in counts if c.count == 1]
    if len(single) == 1 and THAT_AREA.match(skeleton.text):
        count = single[0]
        reader.stated.append(Stated(count.force, area.value, count.grade, reader.doc.span(count.span.start, area.end), count.timing))


def find_grades(doc: Doc, forces: list[tuple[int, int, Organisation]], main: Organisation | None):
    """Statements of grades, grade counts and (force, number of areas, span) in the article."""
    stated: list[Stated] = []
    counts: list[StatedCount] = []
    totals: list[tuple[Organisation | None, int, Span]] = []
    force_index = Intervals(forces)
    previous_tail: Timing | None = None
    previous_counts: list[StatedCount] = []
    for region in _regions(doc):
        if not (doc.found(doc.lex.grades, region.start, region.end) or NUMBER.search(doc, region.start, region.end)
                or _THIS_GRADE.search(doc, region.start, region.end)):
            previous_tail, previous_counts = None, []
            continue  # no grade or number: nothing to pair (most regions), so no tokens to build
        tokens = _tokens(doc, region, force_index)
        grades, areas, numbers = _by_kind(tokens, "G"), _by_kind(tokens, "A"), _by_kind(tokens, "N")
        skeleton = Skeleton(doc, region, tokens)
        carried = previous_tail if previous_tail and previous_tail.earlier and _THAT_REPORT.match(doc.text, region.start) else None
        reader = _Reader(doc, main, carried)
        reader.read(skeleton, grades, areas, numbers)
        if grades and not areas:
            _each(doc, skeleton, grades, force_index, reader)
        if not grades and len(areas) == 1:
            _that_area(skeleton, areas[0], previous_counts, reader)
        stated += reader.stated
        counts += reader.counts
        previous_counts = reader.counts
        previous_tail = skeleton.tail()
        for m in list(TOTAL_GRADED.finditer(skeleton.text)) or TOTAL.finditer(skeleton.text):
            number = numbers[int(m.group("n") or m.group("each") or m.group("of"))]
            if not skeleton.timing(m.start()).earlier:
                totals.append(((_forces_for(doc, skeleton, number.start, main) or [None])[-1], number.value,
                               doc.span(skeleton.position(m.start()), number.end)))
    return stated, counts, totals
