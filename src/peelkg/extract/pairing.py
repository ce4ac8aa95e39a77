"""Grades paired within one region (a sentence or a short line): the areas, numbers and forces each grade goes with.

A region is reduced to a skeleton (skeleton.py) in which every grade, area, number and force becomes a
placeholder; the patterns of patterns.py over it pair grades with areas, count grades and give each its
forces (Reader). An area is kept as the phrase the text used: which cycle, and so which area, it names is
settled once the article's cycle is known (cycles.py). grading.py reads an article region by region.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Organisation
from .doc import OPENING_MARKS, Doc, Intervals
from .patterns import (
    ALL_AREAS,
    ALL_AREAS_FIRST,
    AS_WAS_FORCE,
    ALL_AREAS_LIST,
    ALL_AREAS_NAMED,
    AMONG,
    AREAS_AFTER,
    BACKWARD,
    BARE_VERB,
    COPULA_QUOTED_GRADE,
    COUNTED_APPOSITION,
    COUNTED_ASIDE,
    COUNT_PATTERNS,
    COUNT_ANOTHER,
    COUNT_AREAS_WHERE,
    COUNT_BACKWARD,
    COUNT_FORWARD,
    COUNT_NOUN_OF,
    COUNT_NOUN_OF_MORE,
    COUNT_PREPOSED,
    COUNT_RANK,
    COUNTED_LIST,
    COUNT_THEN_LIST,
    ELLIPSIS,
    EXAMINED_THEN_COUNTED,
    FORCES_AFTER,
    FORCES_AFTER_AREA,
    FORCES_GIVEN,
    FORWARD,
    GAPPED_FORCE,
    GAPPED_FORCE_HEAD,
    GIVEN_FOR_IT,
    GRADED_OVERALL,
    GRADE_AREA_FORCES,
    GRADE_FIRST,
    GRADE_HEAD,
    INSPECTORATE_SUBJECT,
    LABELLED,
    PAIRS_HEAD,
    PAIR_ITEM,
    IN_AREA_RATINGS,
    IN_AREA_RATINGS_MORE,
    LABELLED_BEFORE,
    LEVEL_OF,
    LISTED_THEN_ALL,
    LOOSE_LIST,
    NOW_AGAIN,
    OBJECT_AS,
    OBJECT_AS_MORE,
    OBJECT_CALLED,
    OVERALL_PATTERNS,
    OVERALL_PERFORMANCE,
    OVERALL_RATING,
    PATTERNS,
    PREPOSED,
    PREPOSED_RATER,
    QUALITY,
    QUALITY_NOUNS,
    REVIEW_OF,
    SEMICOLON_ITEM,
    TABLE_LINES,
    UNLIKE_FORCE,
    WHERE_GRADE,
    WITH_THESE,
)
from .cycles import names_pillar, splits
from .pillars import areas_listed_before, of_report_pillar, report_pillar, report_question, section_pillar
from .skeleton import Skeleton, Timing, Token
from .stated import Stated, StatedCount
from .subjects import counted_before, forces_for
from .tokens import by_kind


# A number just before a grade: "two 'outstandings'", "three good ratings".
_COUNTED_GRADE = re.compile(r"§N(\d+)§ \W?$")
# A grade given "in each one" (of the areas a report was split into) grades those areas, not the report's pillar.
_DISTRIBUTED = re.compile(r"\b(?:in|for|across|on) (?:each|every|all|both)(?: (?:one|§N\d+§|area|of (?:them|these|those)))? ?,? ?$")
# A grade given "here" (to what its sentence names: "looks at how the force approaches wellbeing, and says that here it
# still requires improvement") is not the report's.
_HERE = re.compile(r"\b(?:here|there|in (?:this|that) (?:respect|regard))\W{0,2}$")
# Numbers of forces ("36 forces graded good and five as requiring improvement", "one of 30 across the country") are
# national tallies, no count (not "in two areas the force was judged adequate").
_FORCE_TALLY = re.compile(r"§N\d+§ (?!(?:areas?|categories)\b)(?:\w+ ){0,2}forces?\b|§N\d+§ (?:across|around|in) (?:the country|england and wales)\b")
# ... but "Kent Police is one of only two forces graded outstanding in two pillars" counts Kent's pillars.
_ONE_OF_THE_FORCES = re.compile(r"§F\d+§ (?:is|was) §N\d+§ of (?:only |just |the )?$")
# A number standing alone for what it counts ("graded every police force, with just one judged outstanding and 24
# good") counts what its sentence last counted or quantified: forces, a national tally, or areas.
_COUNTED_NOUN = re.compile(r"\b(?:(?:every|each|any) (?:police )?force\b|forces\b|(?:areas?|categories|pillars|questions|strands|headings|criteria)\b)")
_EITHER_OR = re.compile(r"§G(\d+)§\W? or (?:to be |as |was |were )?\W?$")
_VERBAL = re.compile(r"(?:requires?|required|needs?)\b", re.I)
_PARTICIPLE = re.compile(r"(?:requiring|needing|in need of)\b", re.I)
_REPORT_NOUN = re.compile(r"['’\"]? (?:inspections?|reports?|assessments?|reviews?)\b", re.I)
# ... or before it: "in its annual review of efficiency"
_REPORT_OF = re.compile(r"\b(?:inspections?|reports?|assessments?|reviews?) (?:of|on|into) (?:the force's |its |the )?['‘\"“]?$", re.I)
# "the second report, ‘Police Legitimacy’, … gave it an overall grading of good": a report named by its title just after
# its noun is on that title's pillar, whatever other pillar's report the article is on.
# (or set off by dashes, the programme's name before: "The report - PEEL: Police Legitimacy 2015 - gave the force …")
_REPORT_TITLED = re.compile(r"\b(?:inspections?|reports?|assessments?|reviews?)(?:,| [-–])? ['‘\"“]?(?:peel:? )?(?:police )?$", re.I)
# ... or as the parts of it an inspection looked at: "For the areas of legitimacy we looked at this year, our overall
# judgment is less positive than last year when we assessed the force as good" (not "good in most areas of legitimacy")
_PARTS_OF = re.compile(r"\b(?:for|in|across) the (?:areas|parts) of $", re.I)
_PARTS_EXAMINED = re.compile(r" (?:that )?we (?:looked at|examined|inspected|assessed)\b", re.I)
# "all three pillars", "all three areas of PEEL": the programme's pillars, never one pillar's questions.
_PEEL_WIDE = re.compile(r"\bpillars\b|\bpeel\b")
# A word, then a bare copula (an adverb aside), just before a grade ("training was inadequate for …"), and the words that hold a
# force's grade there ("the force is good at …", "it was outstanding for …", "Kent was good at …").
_THING_SUBJECT = re.compile(r"\b([a-z]+)(?: (?:also|still|now|again))? (?:was|were|is|are)(?: \w+ly)? $")
# A sentence's first clause whose subject holds grades, then its verb, and no comma up to the 'and' of a second verb
# (areas between: "Kent Police needs to improve in A and was inadequate at B").
# (perhaps after a clause reporting it: "A report out today has found that Gwent Police takes … and is good at A",
# "Inspectors said Kent Police needs …", or a label: "PEEL 2023–25: Kent Police needs …")
_HOLDER_VERB_AND = re.compile(r"\W*(?:[^,;§]{0,60}?(?:\b(?:that|said|says|found|finds)|:) )?"
                              r"(?:the force|the constabulary|it|they|§F\d+§)(?: (?:also|still|now|\w+ly))? (?!s )[a-z]+"
                              r"(?:[^,;§]|§A\d+§){0,80} ")
# (and the grades themselves: "Its grades were good for A and B; adequate for C")
# The force named with its people as one subject: "Surrey Police and its workforce are good at treating …".
_FORCE_AND_ITS = re.compile(r"(?:§F\d+§|the force|the constabulary) and (?:its|their) $")
_GRADE_HOLDERS = frozenset("force forces constabulary constabularies it they police service performance work approach overall "
                           "grades ratings gradings judgements judgments".split())


@lru_cache(maxsize=4)
def _area_words(lex) -> frozenset[str]:
    return frozenset(name.lower().split()[-1] for name in lex.force_area_name.values())





# (a quote mark may come between, no punctuation that parts clauses or list items: "good; investigating crime, adequate")
_QUALIFIED = re.compile(r"§G(\d+)§[^\w;,.:]? ?$")
# A grade's own noun phrase takes the area after it ("the 'outstanding' grade for managing offenders"): no other grade may.
_GRADE_NOUN_FOR = re.compile(r"§G(\d+)§\W? ?(?:grades?|gradings?|ratings?|judgements?|judgments?) (?:for|in|on|at) (?:the |its )?$")
# The grade an area is the object of ("rated 'good' overall at A"): in a list before a later grade, A is that grade's,
# no item of the later one's ("…, and its work against B has been rated as outstanding").
_GRADE_AT = re.compile(r"§G(\d+)§\W? ?(?:overall )?(?:at|in|for) $")


def _graded_at(skeleton: Skeleton, a: int) -> int | None:
    place = skeleton.places["A", a]
    m = _GRADE_AT.search(skeleton.text, max(0, place - 24), place)
    return int(m.group(1)) if m else None


# The subject of "… is good" being a noun of the area, not the area ("awareness of vulnerability is good", "the quality
# of later investigations is adequate"): a description of that thing, no grade of the area. (Not a phrase that leads to
# the area itself: "in respect of", "the force's handling of", "its management of", "the area of", "most aspects of".)
_NOUN_OF = re.compile(r"\b(?!(?:respect|terms|relation|handling|management|areas?|aspects?|parts?|categor(?:y|ies)|strands?|pillars?|elements?|"
                      r"headings?|questions?|measures?|each|all|both|some|most|much|none|any|one|two|three|four)\b)"
                      r"[a-z]+ of (?:the |its |their |[a-z]+ )?$")


class Reader:
    """Reads one region's skeleton into statements."""

    def __init__(self, doc: Doc, main: Organisation | None, carried: Timing | None, named: Intervals | None = None) -> None:
        self.doc, self.main, self.carried, self.named = doc, main, carried, named
        self.stated: list[Stated] = []
        self.counts: list[StatedCount] = []

    def timing(self, skeleton: Skeleton, place: int) -> Timing:
        own = skeleton.timing(place)
        if self.carried is None or own.earlier:
            return own
        return Timing(True, own.years + self.carried.years)

    def judge(self, skeleton: Skeleton, grade: Token, area: Token, timing: Timing, votes: bool = True,
              force: Organisation | None = None, subject_at_grade: bool = False, examples: bool = False) -> None:
        start = min(area.start, grade.start)
        subject = grade.start if subject_at_grade else start
        forces = ([force] if force.iri else []) if force else forces_for(self.doc, skeleton, subject, self.main, self.named)
        for force in forces:
            self.stated.append(Stated(force, area.value, grade.value,
                                      self.doc.span(start, max(area.end, grade.end)), timing, votes, examples=examples))

    def _listed(self, text: str, areas: list[Token]) -> int | None:
        """How many areas the skeleton's list `text` names; None when one of its phrases names one area in some
        cycles and two in others ('managing offenders and investigating crime'), a count that cannot be told yet."""
        listed = [areas[int(i)] for i in re.findall(r"§A(\d+)§", text)]
        if any(splits(self.doc.lex, phrase) for token in listed for phrase in token.value):
            return None
        return len(listed)

    @staticmethod
    def _opening_area_kept(skeleton: Skeleton, m: re.Match[str], areas: list[Token]) -> bool:
        """Whether a grade after an area opening the sentence is that area's: not where areas of the grade's own follow
        it and the opening one is none of them ("In the legitimacy report, it was good at treating people fairly"
        grades that question, not the pillar; "In the efficiency strand, it was good in terms of A, B, and keeping
        people safe", a list going on with an item the vocabulary does not know, grades the strand too)."""
        after = AREAS_AFTER.match(skeleton.text, m.end())
        if after is None:
            return True
        listed = {areas[int(i)].value for i in re.findall(r"§A(\d+)§", after.group("areas"))}
        return any(areas[int(i)].value in listed for i in re.findall(r"§A(\d+)§", m.group("areas")))

    def read(self, skeleton: Skeleton, grades: list[Token], areas: list[Token], numbers: list[Token]) -> None:
        if grades and areas:
            for pattern in PATTERNS:
                for m in pattern.finditer(skeleton.text):
                    if pattern is PREPOSED and m.group("bare") is not None \
                            and not _VERBAL.match(self.doc.text, grades[int(m.group("g"))].start):
                        continue  # ("In A, the force good": no verb)
                    if pattern is PREPOSED and not self._opening_area_kept(skeleton, m, areas):
                        continue
                    self._pair(skeleton, m, grades, areas, pattern)
            head = GRADE_HEAD.search(skeleton.text)
            if head:
                for item in skeleton.text[head.end():].split(";"):
                    found = SEMICOLON_ITEM.fullmatch(item.strip())
                    if found:
                        self._pair(skeleton, head, grades, areas, None, found.group("areas"))
            rows = skeleton.text[PAIRS_HEAD.match(skeleton.text).end():].split(";")
            if len(rows) > 1:
                pairs = [PAIR_ITEM.fullmatch(row.strip()) for row in rows]
                if all(pairs):
                    for pair in pairs:
                        self._pair(skeleton, pair, grades, areas, LABELLED)
            if len(areas) == 1:
                for m in GIVEN_FOR_IT.finditer(skeleton.text):
                    self._pair(skeleton, m, grades, areas, None)
            for pattern in (COUNTED_APPOSITION, EXAMINED_THEN_COUNTED):
                for m in pattern.finditer(skeleton.text):
                    if self._listed(m.group("areas"), areas) == numbers[int(m.group("n"))].value:
                        self._pair(skeleton, m, grades, areas, None)
            for m in OBJECT_AS.finditer(skeleton.text):
                more = OBJECT_AS_MORE.match(skeleton.text, m.end())
                while more:
                    self._pair(skeleton, more, grades, areas, OBJECT_AS)
                    more = OBJECT_AS_MORE.match(skeleton.text, more.end())
            for m in IN_AREA_RATINGS.finditer(skeleton.text):
                if not self._opening_area_kept(skeleton, m, areas):
                    continue
                self._pair(skeleton, m, grades, areas, None, subject_at_grade=True)
                more = IN_AREA_RATINGS_MORE.match(skeleton.text, m.end())
                if more:
                    self._pair(skeleton, more, grades, areas, None, m.group("areas"), subject_at_grade=True)
            for m in GAPPED_FORCE_HEAD.finditer(skeleton.text):
                more = GAPPED_FORCE.match(skeleton.text, m.end())
                while more:
                    self._pair(skeleton, more, grades, areas, GAPPED_FORCE, m.group("areas"), subject_at_grade=True)
                    more = GAPPED_FORCE.match(skeleton.text, more.end())
            for m in WITH_THESE.finditer(skeleton.text):
                if m.group("n") is None or self._listed(m.group("areas"), areas) == numbers[int(m.group("n"))].value:
                    self._pair(skeleton, m, grades, areas, None)
            for m in LISTED_THEN_ALL.finditer(skeleton.text):
                if self._listed(m.group("areas"), areas) == numbers[int(m.group("n"))].value:
                    self._pair(skeleton, m, grades, areas, None)
            for m in COUNTED_ASIDE.finditer(skeleton.text):
                g, number = int(m.group("g")), numbers[int(m.group("n"))]
                listed = self._listed(m.group("areas"), areas)
                if (listed == number.value or (m.group("among") and listed < number.value)) and not skeleton.negated(g):
                    self._pair(skeleton, m, grades, areas, None)
                    self.count(skeleton, grades[g].value, number, grades[g], skeleton.places["G", g])
            for m in COUNT_THEN_LIST.finditer(skeleton.text):
                g, listed = int(m.group("g")), self._listed(m.group("areas"), areas)
                if listed is not None and listed <= numbers[int(m.group("n"))].value and not skeleton.negated(g):
                    self._pair(skeleton, m, grades, areas, COUNT_THEN_LIST)
            for m in ELLIPSIS.finditer(skeleton.text):
                self._pair(skeleton, m, grades, areas, None, subject_at_grade=True)
        if grades and not areas:
            pillar = section_pillar(self.doc, skeleton.region.start) or report_question(self.doc) or report_pillar(self.doc)
        else:
            standing = [g for i, g in enumerate(grades) if not skeleton.negated(i)]
            pillar = self.named_report(standing, areas) or self.named_question(standing, areas)
        overall, paired = OVERALL_PATTERNS, []
        article_pillar = report_pillar(self.doc) if not pillar and grades and areas else None
        if article_pillar and not any(a.value[0] != article_pillar for a in areas
                                      if len(a.value) == 1 and a.value[0] in self.doc.lex.pillar_phrases):
            # "kept its overall rating of good as well as its outstanding rating for A", "has been rated as good overall –
            # with the force singled out as outstanding for A": an overall grade, whatever
            # area the sentence grades besides, is that of the one pillar the article's report is on (unless a
            # pattern paired it with an area: "an overall grading of good for efficiency"; nor beside another pillar).
            pillar = article_pillar
            overall = (OVERALL_RATING, GRADED_OVERALL, OVERALL_PERFORMANCE)
            paired = [s.span for s in self.stated]
        # ("Durham was the only one ranked as outstanding": one force, no count of areas; "nine areas were graded, each
        # one ranked as outstanding, good, …": the scale each area is graded on; "Overall judgment 1 Good": a footnote's
        # mark in a report's text, the one overall grade)
        count_matches = [(pattern, m) for pattern in COUNT_PATTERNS for m in pattern.finditer(skeleton.text)
                         if not skeleton.text.endswith(("the only ", "each ", "every ", "judgment ", "judgement "), 0,
                                                       skeleton.places["N", int(m.group("n"))])
                         and (pattern is not COUNT_NOUN_OF_MORE or COUNT_NOUN_OF.search(skeleton.text, 0, m.start()))] \
            if grades and numbers else []
        if pillar:
            # A counted grade ('it was rated good in two areas') is no grade of the whole pillar.
            counted = {int(m.group("g")) for _, m in count_matches}
            for pattern in overall:
                for m in pattern.finditer(skeleton.text):
                    g = int(m.group("g"))
                    if g in counted or skeleton.negated(g) or skeleton.track_record(g) or self.gloss(grades[g]) or \
                            (pattern is OVERALL_PATTERNS[-1] and not _VERBAL.match(self.doc.text, grades[g].start)) or \
                            (pattern in (OVERALL_RATING, GRADED_OVERALL, OVERALL_PERFORMANCE) and any(p.start <= grades[g].start < p.end for p in paired)) or \
                            (pattern is OVERALL_PATTERNS[-2] and not _GRADING_VERB.search(skeleton.text, 0, m.start())) or \
                            (pattern is COPULA_QUOTED_GRADE and not (self.quoted(grades[g]) or _inspectors_say(skeleton.text, m))) or \
                            _DISTRIBUTED.search(skeleton.text, max(0, m.start() - 30), m.start()) or \
                            _HERE.search(skeleton.text, max(0, m.start() - 30), m.start()):
                        continue
                    grade = grades[g]
                    for force in forces_for(self.doc, skeleton, grade.start, self.main):
                        span = self.doc.span(skeleton.position(m.start()), grade.end)
                        self.stated.append(Stated(force, (pillar,), grade.value, span,
                                                  self.timing(skeleton, skeleton.places["G", g]), False, True))
            if overall is OVERALL_PATTERNS:
                for m in [*FORCES_AFTER.finditer(skeleton.text), *FORCES_GIVEN.finditer(skeleton.text)]:
                    self._forces_after(skeleton, m, grades, numbers, (pillar,))
        if grades and areas:
            for m in [*FORCES_AFTER_AREA.finditer(skeleton.text), *GRADE_AREA_FORCES.finditer(skeleton.text)]:
                self._forces_after(skeleton, m, grades, numbers, areas[int(m.group("a"))].value, pillar_report=False)
        if grades:
            for m in ALL_AREAS.finditer(skeleton.text):
                self._all_areas(skeleton, m, grades, areas, numbers)
            if numbers:
                for m in ALL_AREAS_FIRST.finditer(skeleton.text):
                    self._all_areas_first(skeleton, m, grades, areas, numbers)
        for pattern, m in count_matches:
            g, n = int(m.group("g")), int(m.group("n"))
            if pattern is COUNT_BACKWARD and _counts_forces(self.doc, skeleton, m):
                continue
            # ("three outstanding gradings across eight areas": the number before the grade counts it; the one after is
            # how many areas there were)
            if pattern is COUNT_FORWARD and _NUMBER_BEFORE.search(skeleton.text, 0, m.start()):
                continue
            # ("judged either to require improvement or to be inadequate in 5 of 8 areas": the count is of both grades)
            either = _EITHER_OR.search(skeleton.text, max(0, skeleton.places["G", g] - 30), skeleton.places["G", g]) \
                if pattern is COUNT_FORWARD else None
            if either and grades[int(either.group(1))].value != grades[g].value:
                continue  # (not "inadequate or failing in two areas": one grade, in two words)
            # (a newspaper's gloss counts only as the force's: "in need of improvement in four areas" is a count, "five
            # key areas in need of improvement" the report's areas for improvement)
            # (nor a track record: "four outstanding ratings in a row" are four inspections' grades)
            if not skeleton.negated(g) and not skeleton.track_record(g) and \
                    (pattern not in (COUNT_PREPOSED, COUNT_BACKWARD) or not self.gloss(grades[g])):
                # ("five areas in which Kent Police was inadequate": the force the count's clause names)
                named = re.search(r"§F(\d+)§", m.group()) if pattern is COUNT_AREAS_WHERE else None
                self.count(skeleton, grades[g].value, numbers[n], grades[g], skeleton.places["G", g],
                           skeleton.f_tokens[int(named.group(1))].value if named else None)
        if grades and numbers:  # 'another' is one more only after other counts
            for m in COUNT_ANOTHER.finditer(skeleton.text):
                g = int(m.group("g"))
                if not skeleton.negated(g):
                    one = Token("N", skeleton.position(m.start("one")), skeleton.position(m.end("one")), 1)
                    self.count(skeleton, grades[g].value, one, grades[g], skeleton.places["G", g])
        if numbers:
            for m in COUNT_RANK.finditer(skeleton.text):
                rank = 2 if m.group("end").endswith(("last", "bottom", "lowest")) else 4
                number = numbers[int(m.group("n"))]
                self.count(skeleton, self.doc.lex.grade_by_rank[rank], number, number, m.start())

    def _forces_after(self, skeleton: Skeleton, m: re.Match, grades, numbers, area: tuple[str, ...],
                      pillar_report: bool = True) -> None:
        """FORCES_AFTER, FORCES_GIVEN (the grade of the pillar the report is on), FORCES_AFTER_AREA, GRADE_AREA_FORCES
        (of the area named, in any cycle): the area's grade of each force named after it."""
        g = int(m.group("g"))
        some = m.groupdict().get("among")  # (some of the forces counted: no count to check)
        counted = m.groupdict().get("n")  # (GRADE_AREA_FORCES counts none)
        tokens = [skeleton.f_tokens[int(i)] for i in re.findall(r"§F(\d+)§", m.group("forces") or some)]
        if skeleton.negated(g) or self.gloss(grades[g]) or \
                (counted and not some and numbers[int(counted)].value != len(tokens)):
            return
        span = self.doc.span(skeleton.position(m.start()), tokens[-1].end)
        for force in (t.value for t in tokens):
            if force.iri:
                self.stated.append(Stated(force, area, grades[g].value, span,
                                          self.timing(skeleton, skeleton.places["G", g]), False, pillar_report))

    def quoted(self, grade: Token) -> bool:
        """Whether the grade word opens with a quote mark: the inspectorate's word, not a speaker's praise."""
        return self.doc.text[grade.start - 1:grade.start] in OPENING_MARKS

    def named_report(self, grades: list[Token], areas: list[Token]) -> str | None:
        """The pillar whose report, and no other area, a sentence names ('the 2015 efficiency
        assessment, when Dorset Police was judged to require improvement', 'graded as requiring improvement
        in its annual review of efficiency'): its one grade, paired
        with no area, is that pillar's. (With two grades one may be another inspection's: 'comes a
        year after one that rated the force good – this time it requires improvement'; a grade withheld, 'held back from
        calling it inadequate', is none: the caller passes the grades not negated.)"""
        if len(grades) != 1 or len(areas) != 1 or self.stated or len(areas[0].value) != 1 \
                or areas[0].value[0] not in self.doc.lex.pillar_phrases:
            return None
        area = areas[0]
        before = max(0, area.start - 40)
        named = _REPORT_NOUN.match(self.doc.text, area.end) or _REPORT_OF.search(self.doc.text, before, area.start) \
            or _REPORT_TITLED.search(self.doc.text, before, area.start) \
            or (_PARTS_OF.search(self.doc.text, before, area.start) and _PARTS_EXAMINED.match(self.doc.text, area.end))
        return area.value[0] if named else None

    def _gerund_list(self, areas: list[Token], indices: list[int]) -> list[int]:
        """A list after 'good at' that opens on a gerund ends before an item opening on a finite verb: 'It is good at
        ensuring its workforce behaves ethically and treats its workforce fairly' coordinates 'treats' with 'is' (a
        finding), not with 'ensuring' (unless 'how it' or the like stands before it)."""
        text = self.doc.text
        words = [text[areas[a].start:areas[a].end].split(" ", 1)[0].lower() for a in indices]
        if not words or not words[0].endswith("ing"):
            return indices
        for k in range(1, len(indices)):
            if _finite_verb(self.doc.lex, words[k]) and not _SUBJECT_BEFORE.search(text, max(0, areas[indices[k]].start - 14),
                                                                                  areas[indices[k]].start):
                return indices[:k]
        return indices

    def named_question(self, grades: list[Token], areas: list[Token]) -> str | None:
        """The question the article's report is on (pillars.report_question), when a sentence's one grade, paired with
        no area, stands beside nothing but that question or its pillar: the report's subject ('In a report that
        assessed how effective police forces are at protecting vulnerable people, Essex Police was one of just four
        forces given an inadequate rating')."""
        question = report_question(self.doc)
        if question is None or len(grades) != 1 or self.stated:
            return None
        lex = self.doc.lex
        allowed = {a for c, a in lex.area_senses[question].items() if c in lex.reports_by_pillar}
        allowed |= {pillar for pillar, asked in lex.graded_questions.items() if allowed & set(asked)}
        for area in areas:
            for phrase in area.value:
                if not {a for c, a in lex.area_senses.get(phrase, {}).items() if c in lex.reports_by_pillar} & allowed:
                    return None
        return question

    def _all_areas(self, skeleton: Skeleton, m: re.Match, grades, areas, numbers) -> None:
        """'good in all three areas': the areas the sentence then names, as many as it says; else,
        with nothing named after it, in an article on one pillar's report, that pillar's questions
        if it has that many (not for 'all three pillars' or 'areas of PEEL': then nothing); else the
        three pillars of 2014-2019."""
        g = int(m.group("g"))
        count = numbers[int(m.group("n"))].value if m.group("n") is not None else None
        if skeleton.negated(g) or self.gloss(grades[g]) or (m.group("subject") and not _VERBAL.match(self.doc.text, grades[g].start)):
            return
        listed = ALL_AREAS_LIST.match(skeleton.text, m.end())
        if m.group("at"):  # (an area between the grade and 'all': only a list after it, and its count)
            if listed and count is not None and len(re.findall(r"§A\d+§", listed.group("areas"))) == count:
                self._pair(skeleton, m, grades, areas, None, listed=listed.group("areas"), g=g)
                # no count pattern reads past the area between
                self.count(skeleton, grades[g].value, numbers[int(m.group("n"))], grades[g], skeleton.places["G", g])
            return
        self._grade_all(skeleton, m, g, count, grades, areas, listed.group("areas") if listed else None)

    def _all_areas_first(self, skeleton: Skeleton, m: re.Match, grades, areas, numbers) -> None:
        """ALL_AREAS_FIRST: the areas it names, as many as it counts, else as 'good in all three areas'; and the count."""
        g, number = int(m.group("g")), numbers[int(m.group("n") or m.group("n2"))]
        # (a gloss only as the end of the scale: "the force was given the lowest rating possible")
        if skeleton.negated(g) or (self.gloss(grades[g]) and not _SCALE_END.search(self.doc.text, grades[g].start, grades[g].end)):
            return
        # (the count's force is the one named after it, before the grade)
        named = re.search(r"§F(\d+)§", m.group())
        self.count(skeleton, grades[g].value, number, grades[g], skeleton.places["G", g],
                   skeleton.f_tokens[int(named.group(1))].value if named else None)
        listed = m.group("areas") or m.group("areas2") or \
            (after.group("areas") if (after := ALL_AREAS_LIST.match(skeleton.text, m.end())) else None)
        if listed is None and m.group("achieved"):
            return
        self._grade_all(skeleton, m, g, number.value, grades, areas, listed)

    def _grade_all(self, skeleton: Skeleton, m: re.Match, g: int, count: int | None, grades, areas,
                   listed: str | None) -> None:
        """A grade in all of `count` areas: the areas the sentence lists (`listed`), if as many; none where it names
        areas just after the match that the vocabulary does not know; else as _all_unnamed."""
        if listed is not None:
            if count is not None and len(re.findall(r"§A\d+§", listed)) == count:
                # (the areas listed before the force named: "Across the three key areas; A, B and C, Surrey Police was …")
                self._pair(skeleton, m, grades, areas, ALL_AREAS_FIRST if m.re is ALL_AREAS_FIRST else None, listed=listed, g=g)
        elif not ALL_AREAS_NAMED.match(skeleton.text, m.end()):
            self._all_unnamed(skeleton, m, g, count, grades, areas)

    def _all_unnamed(self, skeleton: Skeleton, m: re.Match, g: int, count: int | None, grades, areas) -> None:
        """A grade in all the areas, none named: see _all_areas."""
        timing = self.timing(skeleton, skeleton.places["G", g])
        pillar = report_pillar(self.doc)
        if pillar:
            if count is not None and not _PEEL_WIDE.search(m.group()):  # settled with the cycle (inspections.py)
                for force in forces_for(self.doc, skeleton, grades[g].start, self.main):
                    self.stated.append(Stated(force, (pillar,), grades[g].value, self.doc.span(grades[g].start, grades[g].end),
                                              timing, False, True, count))
            return
        if count not in (None, 3) or (count == 3 and areas_listed_before(self.doc, grades[g].start, count)):
            return
        for name in self.doc.lex.pillar_phrases:
            self.judge(skeleton, grades[g], Token("A", grades[g].start, grades[g].end, (name,)), timing, False)

    def _pair(self, skeleton: Skeleton, m: re.Match, grades, areas, pattern, listed: str | None = None,
              subject_at_grade: bool = False, g: int | None = None) -> None:
        if g is None:
            g = int(m.group("g") if m.group("g") is not None else m.group("g2"))
        if skeleton.negated(g) or (pattern not in GRADE_FIRST and self.gloss(grades[g])):
            return
        if pattern is BARE_VERB and not _VERBAL.match(self.doc.text, grades[g].start):
            return
        # ("were among the areas requiring improvement": a participle after 'areas' grades them, as a verb would)
        if pattern is AMONG and m.group("g2") is not None and m.group("verb") is None \
                and not _PARTICIPLE.match(self.doc.text, grades[g].start):
            return
        if pattern in (BACKWARD, BARE_VERB) and _NOUN_OF.search(skeleton.text, max(0, m.start() - 40), m.start()):
            return
        indices = [int(a) for a in re.findall(r"§A(\d+)§", listed if listed is not None else m.group("areas"))]
        # ("Investigating crime<tab>Requires improvement<tab>Adequate": a table's row, which tables.py reads by its
        # columns, not a sentence whose verb is the grade)
        if pattern is BARE_VERB and _CELL_GAP.fullmatch(self.doc.text, areas[indices[-1]].end, grades[g].start):
            return
        if pattern in (FORWARD, LOOSE_LIST) and self.thing_subject(skeleton, g) \
                and not self.workforce_conduct(skeleton, g, [areas[a] for a in indices]):
            return
        if pattern is QUALITY and not self.doc.text[areas[int(m.group("areas")[2:-1])].start:].lower().startswith(QUALITY_NOUNS):
            return
        # A quality the force has ("has a good understanding of demand") is the question's grade only beside the grades
        # of the other questions ("…; its use of resources is judged to be good"); alone it is praise of any cycle.
        if pattern is QUALITY and m.group().startswith(_HAS) and len(grades) < 2:
            return
        if pattern is OBJECT_CALLED and not self.quoted(grades[g]):
            return
        if pattern in (REVIEW_OF, LEVEL_OF) and not all(names_pillar(self.doc.lex, a) for a in areas[int(m.group("areas")[2:-1])].value):
            return
        timing = self.timing(skeleton, skeleton.places["G", g])
        if pattern is LABELLED_BEFORE and not (timing.earlier or timing.years):
            return  # "(was good)": no telling which inspection gave it
        # "A rating has been given to Bedfordshire Police for …", "the effectiveness of Durham Constabulary is judged to be
        # outstanding": the force named in the match.
        named = re.search(r"§F(\d+)§", m.group()) if pattern in (FORWARD, LOOSE_LIST, AS_WAS_FORCE, UNLIKE_FORCE, PREPOSED,
                                                                  PREPOSED_RATER, BACKWARD, BARE_VERB, ALL_AREAS_FIRST,
                                                                  WHERE_GRADE) else None
        force = skeleton.f_tokens[int(named.group(1))].value if named else None
        # An area another grade qualifies ("has a good understanding of demand; its use of resources … requires
        # improvement") is no item of this grade's list.
        # (but for a grade again after a semicolon: "graded G for A in 2022; it is now G", the area that clause grades; or
        # another force's: "good for A; Essex Police, adequate")
        indices = [a for a in indices if self.qualifier(skeleton, a) in (None, g)
                   and (pattern in (NOW_AGAIN, GAPPED_FORCE) or not _other_clause(skeleton, g, a))]
        if pattern is BACKWARD:
            indices = [a for a in indices if _graded_at(skeleton, a) in (None, g)]
        if pattern in (FORWARD, LOOSE_LIST):
            indices = self._gerund_list(areas, indices)
        named = [areas[a] for a in indices]
        # "two 'outstandings' for effectiveness": grades counted, more of them than the areas they are for, are those
        # areas' parts' (questions'), not the areas' own.
        counted = _COUNTED_GRADE.search(skeleton.text, max(0, skeleton.places["G", g] - 12), skeleton.places["G", g])
        if pattern in (FORWARD, LOOSE_LIST) and counted and _number(skeleton, int(counted.group(1))) > len(named):
            return
        # A table's terse name ('Vulnerability') stands for its area in a table, or in a list of three or more
        # that names another area in full ('good for crime prevention, vulnerability and investigation'), or where
        # the article is on the report of the pillar it is a question of.
        terse = [set(area.value) <= self.doc.lex.heading_phrases for area in named]
        listed_in_full = len(named) >= 3 and not all(terse)
        examples = bool(pattern is COUNTED_LIST and m.group("some")) or bool(m.re is COUNTED_ASIDE and m.group("among")) \
            or (pattern is COUNT_THEN_LIST and len(indices) < _number(skeleton, int(m.group("n"))))
        # So does it as the one area a grading verb's grade is for, ending the clause ("The force is rated as
        # inadequate for vulnerability."), in an article on no one pillar's report.
        rated_for = pattern is FORWARD and len(named) == 1 and _RATED_FOR.fullmatch(m.group()) is not None \
            and _CLAUSE_ENDS.match(skeleton.text, m.end()) is not None \
            and _RATED_BEFORE.search(skeleton.text, max(0, m.start() - 30), m.start()) is not None \
            and report_pillar(self.doc) is None
        for area, short in zip(named, terse):
            if pattern in TABLE_LINES or not short or listed_in_full or rated_for or of_report_pillar(self.doc, area.value):
                # A quality the force has ("a good understanding of demand") reads as a question's grade in the cycles
                # that had the question, but it is the prose of any cycle: it does not tell the article's cycle.
                self.judge(skeleton, grades[g], area, timing, not examples and pattern is not QUALITY, force=force,
                           subject_at_grade=subject_at_grade, examples=examples)

    @staticmethod
    def qualifier(skeleton: Skeleton, a: int) -> int | None:
        """The grade just before an area, if one qualifies it ("a good understanding of demand") or names
        it as its own ("the 'outstanding' grade for managing offenders")."""
        place = skeleton.places["A", a]
        q = _QUALIFIED.search(skeleton.text, max(0, place - 16), place) \
            or _GRADE_NOUN_FOR.search(skeleton.text, max(0, place - 40), place)
        return int(q.group(1)) if q else None

    def thing_subject(self, skeleton: Skeleton, g: int) -> bool:
        """Whether a grade is an adjective of some thing, not the force's grade: "training was
        inadequate for managing offenders" (a noun, then a bare copula, then the grade)."""
        m = _subject(skeleton, g)
        if m is not None and m.group(1) in _CONJUNCTIONS and g > 0:
            # "the force is good at A and is good at B": the subject of the grade before (one back only, so that a
            # long chain costs no more than its length; a chain of three is read as no force's).
            m = _subject(skeleton, g - 1)
            if m is not None and m.group(1) in _CONJUNCTIONS:
                return True
        elif m is not None and m.group(1) in _CONJUNCTIONS and _HOLDER_VERB_AND.fullmatch(skeleton.text, 0, m.start(1)):
            # "The force works well to prevent re-offending and is good at A": the first clause's subject holds grades.
            return False
        return m is not None and m.group(1) not in _GRADE_HOLDERS and m.group(1) not in _area_words(self.doc.lex) \
            and not _FORCE_AND_ITS.search(skeleton.text, max(0, m.start(1) - 30), m.start(1))

    def workforce_conduct(self, skeleton: Skeleton, g: int, named: list[Token]) -> bool:
        """Whether the grade's subject is the force's workforce and each area it grades is the workforce's own conduct
        (a question named for the workforce): "The workforce is good at behaving ethically and lawfully" grades the
        force's question on it, as "training was good at …" grades nothing."""
        m = _subject(skeleton, g)
        return m is not None and m.group(1) == "workforce" and bool(named) and all(
            "workforce" in self.doc.lex.label[area].lower()
            for token in named for key in token.value for area in self.doc.lex.area_senses.get(key, {}).values())

    def gloss(self, grade: Token) -> bool:
        return self.doc.text[grade.start:grade.end].lower() in self.doc.lex.grade_glosses

    def count(self, skeleton: Skeleton, grade: str, number: Token, anchor: Token, place: int,
              force: Organisation | None = None) -> None:
        if number.value > self.doc.lex.most_graded:
            return  # ('Some 24 were rated good': more than any inspection grades, so forces, not one force's areas)
        if number.value == 0 or any(not _ONE_OF_THE_FORCES.search(skeleton.text, max(0, m.start() - 40), m.start())
                                    for m in _FORCE_TALLY.finditer(skeleton.text, 0, place)):
            return  # ('zero were rated good': a zero count adds nothing)
        start = min(number.start, anchor.start)
        for force in ([force] if force.iri else []) if force else forces_for(self.doc, skeleton, start, self.main):
            self.counts.append(StatedCount(force, grade, number.value,
                                           self.doc.span(start, max(number.end, anchor.end)), self.timing(skeleton, place)))


_NUMBER_BEFORE = re.compile(r"§N\d+§ $")
_SCALE_END = re.compile(r"\b(?:lowest|worst|poorest|highest|best|top)\b", re.I)
_RATED_FOR = re.compile(r"§G\d+§\W? (?:for|in|at) §A\d+§")
_RATED_BEFORE = re.compile(r"\b(?:rated|graded|judged|assessed)(?: as| to be)? $")
_CLAUSE_ENDS = re.compile(r"\W*(?:[.;]|$)")
_GRADING_VERB = re.compile(r"\b(?:rated|graded|judged|assessed|found)\b")
_CONJUNCTIONS = frozenset(("and", "but"))
# The gap between two cells of a table's row set out as plain text: a tab, or a run of spaces.
_CELL_GAP = re.compile(r"[ \t]*\t[ \t]*| {2,}")
# An unquoted grade is the inspectorate's when it says so: "HMIC said Leicestershire Police was good", "the force is
# good, inspectors found" (a speaker's own "the force is good" is praise).
_INSPECTORS_BEFORE = re.compile(rf"(?:^|\W){INSPECTORATE_SUBJECT}(?: has| have)? (?:said|says|found|finds|concluded|concludes|judged|judges) (?:that )?$")
_INSPECTORS_AFTER = re.compile(rf"\W*,? (?:{INSPECTORATE_SUBJECT}|according to {INSPECTORATE_SUBJECT}) ?(?:said|says|found|finds|concluded|concludes)?\b")


def _inspectors_say(text: str, m: re.Match) -> bool:
    return bool(_INSPECTORS_BEFORE.search(text, 0, m.start()) or _INSPECTORS_AFTER.match(text, m.end()))


_HAS = ("has ", "have ", "had ", "having ", "show", "demonstrat", "retain")


def _number(skeleton: Skeleton, n: int) -> int:
    return by_kind(skeleton.tokens, "N")[n].value


_GRADED_ITSELF = re.compile(r" (?:is|was|are|were|has been|have been) (?:judged|rated|graded|assessed|found|deemed|considered)\b")
_GRADED_ITSELF_AFTER_NOUN = re.compile(rf"(?: (?!(?:and|or)\b)[a-z]+)?{_GRADED_ITSELF.pattern}")
_NEW_CLAUSE = re.compile(r", (?:and|but|while|whereas) ")


def _other_clause(skeleton: Skeleton, g: int, a: int) -> bool:
    """Whether an area lies beyond a semicolon from its grade, in a clause that grades it itself ("good in A;
    its B is judged to require improvement"): a semicolon parts clauses, and that clause's own grade is B's.
    (A clause whose grade is some other thing's, "; and C with the rest assessed as adequate", keeps C in the list.)"""
    grade, area = skeleton.places["G", g], skeleton.places["A", a]
    own = f"§A{a}§"
    # (so does a comma and a conjunction, before an area that a verb of its own grades: "good at A, and its work against
    # B groups has been rated as outstanding")
    if grade < area and _NEW_CLAUSE.search(skeleton.text, grade, area) \
            and _GRADED_ITSELF_AFTER_NOUN.match(skeleton.text, area + len(own)):
        return True
    if ";" not in skeleton.text[min(grade, area):max(grade, area)]:
        return False
    start = skeleton.text.rfind(";", 0, area) + 1
    end = skeleton.text.find(";", area)
    clause = skeleton.text[start:end if end >= 0 else len(skeleton.text)]
    # (or would, but the page is cut before its grade: "…; and its planning for future demand is judged t")
    if _GRADED_ITSELF.match(skeleton.text, area + len(own)):
        return True
    return any(own in m.group("areas") and int(m.group("g") if m.group("g") is not None else m.group("g2")) != g
               for pattern in PATTERNS for m in pattern.finditer(clause))


_AREA_TOPIC = re.compile(r"\b(?:for|in|on) §A\d+§ ?, ?$")


# A subject just before a finite verb that opens an area's name: 'how it treats', 'the way the force uses'.
_SUBJECT_BEFORE = re.compile(r"\b(?:it|force|constabulary|they|police|officers)\s+$", re.I)


def _finite_verb(lex, word: str) -> bool:
    """Whether `word` is the third-person form of a verb some area's name opens on as a gerund ('treats': 'treating',
    'manages': 'managing')."""
    if not word.endswith("s") or word.endswith("ss"):
        return False
    stems = {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]}
    return any(s + "ing" in lex.area_gerunds or s[:-1] + "ing" in lex.area_gerunds for s in stems if len(s) > 2)


def _counts_forces(doc: Doc, skeleton: Skeleton, m: re.Match) -> bool:
    """Whether a count whose number has no noun of its own ('24 are good', 'two of them were good', '5 of which were
    good') counts forces, or may: 'the two "require improvement"' are two things named before (two forces), and 'five
    others' are areas only after areas were counted ('three strands … require improvement, and five others were rated
    adequate'), not after a force ('Kent was outstanding and five others good')."""
    if m.group("noun") not in (None, "of them", "of which", "others", "more"):
        return False
    if m.group("noun") is None and skeleton.text.endswith("the ", 0, m.start()):
        return True
    # ('For responding to the public, eight were assessed as inadequate': what an area's grade was given to, forces)
    if m.group("noun") is None and _AREA_TOPIC.search(skeleton.text, 0, m.start()):
        return True
    last = None
    for last in _COUNTED_NOUN.finditer(skeleton.text, 0, m.start()):
        pass
    if last is None and m.group("noun") is None:
        # ('Of the 43 forces only 12 were good. Another 27 required improvement, and four were inadequate': what the
        # number counts is named earlier in its paragraph)
        return counted_before(doc, skeleton.region.start) == "forces"
    if m.group("noun") in ("others", "more"):  # ('four more' as 'four others')
        return last is None or "force" in last.group()
    return last is not None and "force" in last.group()


def _subject(skeleton: Skeleton, g: int) -> re.Match | None:
    """The word and bare copula just before a grade (_THING_SUBJECT), if any."""
    place = skeleton.places["G", g]
    return _THING_SUBJECT.search(skeleton.text, max(0, place - 60), place)
