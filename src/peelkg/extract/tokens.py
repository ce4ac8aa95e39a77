"""The tokens of a region that grading pairs: grades, areas, numbers and forces, each a span of the text.

An area is kept as the phrase the text used (a key of Lexicon.area_senses); two verbs sharing an
object ("preventing and investigating crime") make one token holding both areas.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Span
from ..vocab import trie_alternation
from .doc import Caseless, Doc, Intervals
from .patterns import PILLARS_AIM
from .skeleton import Token
from .subjects import bare_forces

NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
# Digits that are part of a date, a span of years or a decimal ('2021/22', '09/11/2017') count nothing; a fraction of the
# areas graded counts its numerator, as minutes write it ('5/8 areas requiring improvement').
NUMBER = Caseless(rf"\b(?:{trie_alternation([*NUMBERS, 'a single'])}|(?<![\d/.:-])\d{{1,2}}(?![/.:-]?\d)"
                  rf"|(?<![\d/.:-])\d{{1,2}}/\d{{1,2}}(?= (?:areas|categories)\b))\b")

# "isn't a single", "not a single", "without a single", "never a single": none, no count of one.
_NOT_A_SINGLE = re.compile(r"(?:\bnot|n['’]t|\bwithout|\bnever|\bnor) $", re.I)


def number_value(word: str) -> int:
    """The number a NUMBER match (or a word of it) stands for."""
    word = word.lower()
    word = word.split("/", 1)[0]  # ('5/8 areas': five of eight)
    return 1 if word == "a single" else int(word) if word.isdigit() else NUMBERS[word]


# A degree adverb before a grade word puts it off the scale: "very good at dealing with serious and organised crime",
# "quite good" is praise, not a PEEL grade. ("Consistently good" is not one: a grade given time after time.)
_DEGREE = re.compile(r"\b(?:very|really|extremely|exceptionally|remarkably|incredibly|particularly|especially|genuinely|truly|"
                     r"quite|pretty|fairly|reasonably|so|generally|broadly|largely|mostly)\s+['‘\"“]?$", re.I)
# ... and so does a part of it: "judged as being good, with elements of outstanding", "pockets of good practice".
_PART_OF = re.compile(r"\b(?:elements?|aspects?|pockets?|signs?|examples?|hints?|touches?|glimpses?|flashes?) of\s+['‘\"“]?$", re.I)
# ... and so does a noun straight after it, whose adjective it is: "its approach to preventing crime was good practice
# that others could learn from", "good work in investigating crime", "good progress on responding to the public".
_ADJECTIVE_OF = re.compile(r"['’\"”]?[^\S\n]+(?:practice|practices|work|progress|news|examples?|results?|start|job|reasons?|"
                           r"relationships?)\b", re.I)
# ... and so does a hedge earlier in its clause: "in some specific areas the force's approach to tackling serious and
# organised crime requires improvement" (a finding about parts of the area, not its grade).
_IN_SOME_PARTS = re.compile(r"\bin (?:some|certain|a few) (?:specific |particular )?(?:areas|respects|ways|aspects|places)\b[^,;.:!?]{0,100}$", re.I)
# ... or later in it, of parts of the force: "good at investigating crime in some divisions but not others", "in parts
# of the county" (not "in some areas, including …": some of the areas graded).
_IN_SOME_PARTS_AFTER = re.compile(r"[^.,;:!?]{0,120}?\bin (?:some|certain|a few|parts|some parts) "
                                  r"(?:of (?:its|the|their) )?(?:divisions|districts|boroughs|localities|teams|"
                                  r"departments|units|parts|places|county|force|area)\b", re.I)
# 'Outstanding' as not yet dealt with, said of concerns, not of a force: "two causes of concern were still outstanding:
# …", "recommendations that remain outstanding", "outstanding recommendations" (but "Durham remains outstanding").
_CONCERNS = r"(?:causes? of concern|concerns?|recommendations?|issues?|actions?|areas for improvement)"
_UNRESOLVED_BEFORE = re.compile(rf"\b{_CONCERNS}['’\"”]?(?:\s+(?:at|for|about|in|on|with)\s+[^.;:,]{{1,40}}?)?\s+(?:(?:that|which)\s+)?(?:(?:were|are|was|is|remain|remains|remained|"
                                rf"still|yet|left)\s+){{1,2}}['‘\"“]?$", re.I)
_UNRESOLVED_AFTER = re.compile(rf"['’\"”]?\s+(?:{_CONCERNS}|matters?|points?)\b", re.I)

# "this grading", "this grade": the grade the sentence before names; so is "the grade" a verb gives for areas in a
# sentence grading nothing else ("Inspectors rated the force 'good' in a number of areas. HMICFRS awarded the grade for
# A, B and C").
REFERRED_GRADE = Caseless(r"\b(?:this|that) (?:grade|grading|rating)\b"
                          # (a verb of giving or keeping, any "-ded" one: awarded, handed, and as real pages misspell them)
                          r"|\b(?:[a-z]*ded|gave|given|received|earned|achieved|got|secured|retained|kept|maintained) "
                          r"(?P<the>the (?:grade|grading|rating))(?= for\b)", needs=("grad", "rating"))
# "… was rated good on A, and given the same rating on B": the one grade named before it in its sentence (or, if none,
# in the sentence before: "… graded good for A. It received the same grade for B").
SAME_GRADE = Caseless(r"\bthe same (?:grade|grading|rating|judgement)\b", needs=("the same",))
# "the same grade as last year", "as Essex": the grade of what it names, not of the sentence before.
_AS_SOMETHING = re.compile(r"\s+as\b", re.I)
# A grade's word made a plural noun after a number, quoted or not: "two outstandings and a good rating", "four 'goods'",
# "three adequates" (not a noun's modifier: "three goods vans").
_COUNTED_PLURAL = Caseless(rf"\b(?:{trie_alternation(NUMBERS)}|\d{{1,2}}) ['\u2018\"\u201c]?(?P<g>goods|adequates|inadequates|outstandings)\b"
                           r"['\u2019\"\u201d]?+(?! (?!(?:and|or|but|plus|while|in|for|out|from|across|at|on|with|among)\b)[a-z])",
                           needs=("goods", "adequates", "outstandings"))
# ... and its initials, in capitals only: "two RIs" (apart, as 'ris' is in too many words to pass over texts without it).
_COUNTED_INITIALS = re.compile(rf"\b(?i:{trie_alternation(NUMBERS)}|\d{{1,2}}) (?P<g>RI)s\b")
_THIS_AREA = Caseless(r"\b(?:this|that) area\b", needs=(" area",))
# (graded in it, the area of the sentence before: "… requires improvement in that area"; not "when we last inspected this
# area", the pillar a report's page is on)
_GRADED_IN = re.compile(r"\b(?:in|for|at|on) $")
# A pillar's name "of" something other than a force ("the effectiveness of force IT", "the efficiency of its call
# handling") is that thing's quality, not the pillar; "the effectiveness of the force", "of Kent Police", "of its policing" is.
_OF_A_THING = re.compile(r"\s+of\s+(?!(?:the|its|their|this|that|each|every|a|all) (?:force|constabulary|police force|police service|forces)\b"
                         r"|(?:(?:its|their|the force's) )?(?:policing|police)\b|[A-Z][a-z])")
# A pillar's parts are not the pillar: "requires improvement in all efficiency categories" grades its questions.
_PILLAR_PARTS = re.compile(r"\s+(?:categories|questions|sub-?areas|areas|strands|criteria|elements|indicators|themes)\b", re.I)
# No statement pairs more grades, areas, numbers and forces than this (the real articles' most is 24, a
# committee's minutes): a region past it is read as stating none, so that pairing, whose cost grows with the
# square of a region's tokens, stays bounded on hostile text (2,000 areas in one sentence took a minute).
MAX_REGION_TOKENS = 96
# The pillars by their adjectives in one list: "judged good on how 'effective', 'efficient' and 'legitimate' it is".
# (or each with its own 'how': "in how effective, how efficient and how legitimate it was"; or as adverbs of what it
# does: "'good' in both how effective and legitimately it performs")
_PILLAR_ADJECTIVES = Caseless(r"\bhow ((?:(?:how )?\W?(?:effective|efficient|legitimate)(?:ly)?\W?(?: ?,| and| or)? ?){2,3})"
                              r"(?:it|the force|the constabulary) (?:is|was|performs|performed|operates|operated)\b", needs=("how ",))
_ADJECTIVE = re.compile(r"effective|efficient|legitimate", re.I)
# A pillar as the 2015-2016 inspectorate pages state it, opening the sentence: "How effective Kent Police is at keeping
# people safe and reducing crime requires improvement." The pillar stands for the words from 'is', the force named before
# them its subject.
_HOW_PILLAR_IS_AT = re.compile(r"\b[Hh]ow (?P<adjective>effective|efficient|legitimate) (?:(?:[A-Z][\w&'\u2019-]*|and|of|&)"
                               r"(?: (?:[A-Z][\w&'\u2019-]*|and|of|&)){0,5}|the force|the constabulary|it) "
                               rf"(?P<aim>is (?:at|in) {PILLARS_AIM})\b")
# A pillar by its adjective after 'for being': "holds an 'outstanding' grade for being Effective (keeping people safe and
# reducing crime)" (not at something else, which may be one of the pillar's questions: "for being effective at tackling
# anti-social behaviour").
_FOR_BEING = re.compile(rf"\b(?:for|at|in) (?P<area>being (?P<adjective>effective|efficient|legitimate))\b"
                        rf"(?! (?:at|in) (?!{PILLARS_AIM}))", re.I)
# The programme's own name spelt out ("an overall grade of 'Good' for police effectiveness, efficiency and legitimacy")
# names no pillar, unless as "the three areas of" it.
_PROGRAMME_NAME = Caseless(r"\bpolice effectiveness,? efficiency,? (?:and|&) legitimacy\b", needs=("legitimacy",))
_AREAS_OF = re.compile(r"\b(?:three|3) (?:key |main |core )?(?:areas|pillars|categories|strands) of $", re.I)
# A gloss that is a verb's -ing form is the verb before 'on' or 'to' ("judged to be failing on how well it understands
# demand", "failing to protect"), no grade.
_GERUND_GLOSS_VERB = re.compile(r"\s+(?:on|to)\b", re.I)
# A stage or a part of an area's work is not the area: "the force's initial investigation of crime is good",
# "elements of our approach to legitimacy were found to be outstanding" (but the inspectorate's "requiring improvement in
# some elements of treating its workforce …" grades the question, as "in some aspects of" does).
_STAGE_OF = re.compile(r"\b(?:initial|early|earliest|preliminary)\s+$"
                       r"|\b(?<!some )(?<!certain )(?:elements|parts)\s+of\s+(?:(?:our|its|their|the force's|the)\s+)?(?:approach\s+to\s+)?$", re.I)
# An area's words narrowed to some of what the area covers: "investigating crimes committed against them",
# "investigating crimes involving vulnerable victims" (another area's part, not the area).
_NARROWED = re.compile(r"\s+(?:committed\s+against|against\s+(?:them|children|women|vulnerable)|involving|that\s+involve)\b", re.I)
# Between a pillar and the question it is at: "its effectiveness at tackling …", "the effectiveness with which it
# protects vulnerable people".
_AT_NEXT = re.compile(r"[^\S\n]+(?:at|in|with[^\S\n]+which[^\S\n]+(?:it|the[^\S\n]+force|they))[^\S\n]+")
# Two verbs sharing an object, each with it an area: "preventing and investigating crime".
_SHARED_OBJECT = Caseless(r"\b([a-z]+) and ([a-z]+) ((?:[a-z-]+ ){0,4}[a-z-]+)", needs=(" and ",))


def read_tokens(doc: Doc, region: Span, forces: Intervals) -> list[Token]:
    """The region's tokens, read once per doc, region and forces (the tables and the backrefs read lines and sentences
    that grading has read already). The cache holds the forces, so that no other Intervals can take their id."""
    cache = doc.__dict__.setdefault("_tokens", {})
    key = (region.start, region.end, id(forces))
    if key not in cache:
        cache[key] = (_read_tokens(doc, region, forces), forces)
    return list(cache[key][0])


def _grades_named_in(doc: Doc, index: int) -> set[str]:
    """The grades the sentence `index` names (none before the first sentence): the one a reference to a grade in the
    sentence after it means, if it is one ('That grade …', 'It received the same grade for B')."""
    if index < 0:
        return set()
    sentence = doc.sentences[index]
    return {iri for _, _, iri in doc.found(doc.lex.grades, sentence.start, sentence.end)}


def _one_area_before(doc: Doc, at: int) -> list[tuple[str, ...]]:
    """The one area the sentence before names, in the same paragraph: what 'that area' at `at` means where its own
    sentence names none ("Essex Police was rated good for investigating crime. Kent Police requires improvement in
    that area.")."""
    index = doc.sentence_index(at) - 1
    if index < 0 or doc.line_index(doc.sentences[index].start) != doc.line_index(at):
        return []
    sentence = doc.sentences[index]
    named = {(key,) for _, _, key in doc.found(doc.lex.area_phrases, sentence.start, sentence.end)}
    return list(named) if len(named) == 1 else []


def _read_tokens(doc: Doc, region: Span, forces: Intervals) -> list[Token]:
    lex = doc.lex
    found: list[Token] = []
    grades = doc.found(lex.grades, region.start, region.end)
    grades = [g for g in grades if not _DEGREE.search(doc.text, max(region.start, g[0] - 16), g[0])
              and not _PART_OF.search(doc.text, max(region.start, g[0] - 16), g[0])
              and not _ADJECTIVE_OF.match(doc.text, g[1])
              and not _IN_SOME_PARTS.search(doc.text, max(region.start, g[0] - 140), g[0])
              and not _IN_SOME_PARTS_AFTER.match(doc.text, g[1], region.end)
              and not (g[2] == lex.grade_by_rank[5] and (_UNRESOLVED_BEFORE.search(doc.text, max(region.start, g[0] - 60), g[0])
                                                          or _UNRESOLVED_AFTER.match(doc.text, g[1])))
              and not (_GERUND_GLOSS_VERB.match(doc.text, g[1]) and doc.text[g[0]:g[1]].lower().endswith("ing")
                       and doc.text[g[0]:g[1]].lower() in lex.grade_glosses)]
    for start, end, iri in grades:
        found.append(Token("G", start, end, iri))
    for m in _COUNTED_PLURAL.finditer(doc, region.start, region.end):
        singular = m.group("g")[:-1]
        found += [Token("G", m.start("g"), m.end("g"), iri) for start, end, iri in lex.grades.finditer(singular)
                  if (start, end) == (0, len(singular))]
    if doc.text.find("RIs", region.start, region.end) >= 0:
        for m in _COUNTED_INITIALS.finditer(doc.text, region.start, region.end):
            found += [Token("G", m.start("g"), m.end("g") + 1, iri) for start, end, iri in lex.grades.finditer("RI")
                      if (start, end) == (0, 2)]
    for m in REFERRED_GRADE.finditer(doc, region.start, region.end):
        start = m.start("the") if m.group("the") else m.start()
        if m.group("the") and any(doc.sentence_index(g[0]) == doc.sentence_index(start) for g in grades):
            continue  # ('It gave the grade for A as adequate': the sentence's own grade)
        named = _grades_named_in(doc, doc.sentence_index(region.start) - 1)
        if len(named) == 1:
            found.append(Token("G", start, m.end(), named.pop()))
    for m in SAME_GRADE.finditer(doc, region.start, region.end):
        sentence = doc.sentence_index(m.start())
        named = {iri for start, _, iri in grades if doc.sentence_index(start) == sentence and start < m.start()}
        if not named and not _AS_SOMETHING.match(doc.text, m.end()):
            named = _grades_named_in(doc, sentence - 1)
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
    for start, end, pair in _shared_ends(doc, region):
        areas = [a for a in areas if a.end <= start or a.start >= end]
        areas.append(Token("A", start, end, pair))
    for m in _PILLAR_ADJECTIVES.finditer(doc, region.start, region.end):
        pillars = tuple(dict.fromkeys(lex.pillar_adjectives[a.lower()] for a in _ADJECTIVE.findall(m.group(1))))
        if len(pillars) > 1:
            areas = [a for a in areas if a.end <= m.start() or a.start >= m.end()]
            areas.append(Token("A", m.start(), m.end(), pillars))
    for m in _HOW_PILLAR_IS_AT.finditer(doc.text, region.start, region.end):
        if doc.text[doc.sentence_at(m.start()).start:m.start()].strip():
            continue  # (the sentence's subject, not a clause after a verb: 'said the force requires improvement in how …')
        areas = [a for a in areas if a.end <= m.start("aim") or a.start >= m.end()]
        areas.append(Token("A", m.start("aim"), m.end(), (lex.pillar_adjectives[m.group("adjective").lower()],)))
    for m in _FOR_BEING.finditer(doc.text, region.start, region.end):
        areas = [a for a in areas if a.end <= m.start("area") or a.start >= m.end("area")]
        areas.append(Token("A", m.start("area"), m.end("area"), (lex.pillar_adjectives[m.group("adjective").lower()],)))
    for m in _PROGRAMME_NAME.finditer(doc, region.start, region.end):
        if not _AREAS_OF.search(doc.text, max(region.start, m.start() - 30), m.start()):
            areas = [a for a in areas if a.end <= m.start() or a.start >= m.end()]
    areas = [a for a in areas if not (a.value[0] in lex.pillar_phrases and (_OF_A_THING.match(doc.text, a.end)
                                                                          or _PILLAR_PARTS.match(doc.text, a.end)))
             and not _STAGE_OF.search(doc.text, max(region.start, a.start - 40), a.start) and not _NARROWED.match(doc.text, a.end)]
    # A pillar just before another area, 'at' or 'in' between: "good in its effectiveness at tackling serious and
    # organised crime" names the question under it, one area.
    by_start = {a.start: a for a in areas}
    for pillar in [a for a in areas if a.value[0] in lex.pillar_phrases]:
        at = _AT_NEXT.match(doc.text, pillar.end)
        question = by_start.get(at.end()) if at else None
        if question is not None and question.value[0] not in lex.pillar_phrases:
            areas = [a for a in areas if a is not pillar and a is not question]
            areas.append(Token("A", pillar.start, question.end, question.value))
    areas = _joined(doc, sorted(areas, key=lambda a: a.start))
    for m in _THIS_AREA.finditer(doc, region.start, region.end):
        named = [a.value for a in areas if a.end <= m.start()] or \
            (_one_area_before(doc, m.start()) if _GRADED_IN.search(doc.text, max(0, m.start() - 4), m.start()) else [])
        if named:
            areas.append(Token("A", m.start(), m.end(), named[-1]))
    found += areas
    for m in NUMBER.finditer(doc, region.start, region.end):
        if _NOT_A_SINGLE.search(doc.text, max(region.start, m.start() - 12), m.start()) and m.group().lower() == "a single":
            continue  # 'not a single inadequate grading' counts none: a zero adds nothing
        found.append(Token("N", m.start(), m.end(), number_value(m.group())))
    for start, end, org in forces.within(region.start, region.end) + bare_forces(doc, region, forces):
        found.append(Token("F", start, end, org))
    # Longest first wins an overlap (an area name may contain a number word, a grade word …).
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[Token] = []
    for token in found:
        if kept and token.start < kept[-1].end:
            continue
        kept.append(token)
    return kept if len(kept) <= MAX_REGION_TOKENS else []


_WORDS_BEFORE = re.compile(r"(?:[A-Za-z'’-]+ ){1,8}$")
_WORDS_AFTER = re.compile(r"(?: [A-Za-z'’-]+){2,12}")
_AND = re.compile(r" and (?=[A-Za-z])")


@lru_cache(maxsize=4)
def _phrase_ends(lex) -> tuple[frozenset[str], frozenset[str]]:
    """The first and the last words of the area phrases."""
    words = [key.split() for key in lex.area_senses]
    return frozenset(w[0] for w in words if w), frozenset(w[-1] for w in words if w)


def _shared_ends(doc: Doc, region: Span) -> list[tuple[int, int, tuple[str, str]]]:
    """Two areas sharing their first word and their end around an 'and' ('treating all the people it serves and its
    workforce with fairness and respect': 'treating all the people it serves with fairness and respect' and 'treating its
    workforce with fairness and respect'): (start, end, the two phrases)."""
    text = doc.text
    found: list[tuple[int, int, tuple[str, str]]] = []
    for m in _AND.finditer(text, region.start, region.end):
        if found and m.start() < found[-1][1]:
            continue
        before = _WORDS_BEFORE.search(text, max(region.start, m.start() - 120), m.start() + 1)
        after = _WORDS_AFTER.match(text, m.end() - 1, region.end)
        split = before and after and _split_ends(doc.lex, before.group().lower().split(), after.group().lower().split())
        if split:
            lead, used, phrases = split
            stop = after.start() + len(" " + " ".join(after.group().split()[:used]))
            found.append((m.start() - len(lead), stop, phrases))
    return found


def _split_ends(lex, left: list[str], right: list[str]) -> tuple[str, int, tuple[str, str]] | None:
    """For the words before an 'and' and after it: the first area's words before it (its leading word first), how many
    words after it the two share to their end, and the two area phrases; None when no such two areas."""
    firsts, lasts = _phrase_ends(lex)
    for k in range(len(left), 1, -1):  # the leading word and the first area's own words
        if left[-k] not in firsts:
            continue
        lead = " ".join(left[-k:])
        # ('treating both the public and its workforce fairly': 'both' is neither area's)
        own = " ".join(left[-k:][2 if k > 2 and left[-k + 1] == "both" else 1:])
        for j in range(1, len(right)):  # the second area's own words, then the shared end
            for end in range(len(right), j, -1):
                if right[end - 1] not in lasts:
                    continue
                first, second = f"{left[-k]} {own} {' '.join(right[j:end])}", f"{left[-k]} {' '.join(right[:end])}"
                if first != second and first in lex.area_senses and second in lex.area_senses:
                    return lead, end, (first, second)
    return None


_JOIN = re.compile(r"\s{0,2}(?:/|&|and)\s{0,2}")


def _joined(doc: Doc, areas: list[Token]) -> list[Token]:
    """Two area phrases joined by 'and' or a slash that together name one area ('Protecting vulnerable people/
    supporting victims', a question of 2015-2019 whose halves are areas of 2021/22): one token, read with the cycle."""
    out: list[Token] = []
    for area in areas:
        last = out[-1] if out else None
        if last is not None and len(last.value) == 1 and len(area.value) == 1 \
                and _JOIN.fullmatch(doc.text, last.end, area.start) \
                and f"{last.value[0]} and {area.value[0]}" in doc.lex.area_senses:
            out[-1] = Token("A", last.start, area.end, (f"{last.value[0]} and {area.value[0]}",))
            continue
        out.append(area)
    return out


def by_kind(tokens: list[Token], kind: str) -> list[Token]:
    return [t for t in tokens if t.kind == kind]
