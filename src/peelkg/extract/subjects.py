"""Whose grade a sentence gives: the force it names, or the article's force, or none.

A grade goes to the force its sentence is about (the one named last before it, with those joined
to it by 'and'), never by default to the article's force when other forces are the subject
('most forces were good at …'), and to no force when what is graded is no police force's PEEL
inspection (a fire and rescue service, custody, vetting). A force may be named by its area alone
in a grading sentence ('the South Wales and Gwent forces', 'North Wales was graded …').
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..facts import Organisation, Span
from ..vocab import trie_alternation
from .doc import Doc, Intervals
from .patterns import FIRE_AND_RESCUE, INSPECTORATE_JOIN
from .regions import BULLET
from .skeleton import Skeleton

_FORCES_JOINED = re.compile(r"\s*(?:,|and|, and|&)\s*")
# A force set before the subject to compare it with ("Like Suffolk, the force …", "Unlike Essex Police, it …", "As
# with Kent, …", "Compared with Durham, …"; not "As for Suffolk, the force …", which is Suffolk).
_COMPARED_BEFORE = re.compile(r"(?:^|[,;:.]\s*|\b(?:and|but|while)\s+)(?:just\s+)?(?:unlike|like|as\s+with|"
                              r"compared\s+(?:with|to)|in\s+contrast\s+to|alongside|similar\s+to|as\s+in)\s+"
                              r"(?:the\s+)?(?:neighbouring\s+)?$", re.I)
_THEN_THE_FORCE = re.compile(r"[^,;.]{0,30},\s*(?:the\s+force|the\s+constabulary|the\s+service|it|its)\b", re.I)
_BRACKET_OPENS = re.compile(r" ?\(")
# Forces named after a grade given to several: "graded five forces as inadequate at …, and Nottinghamshire was one of them",
# "rated 30 forces good, Northamptonshire among them".
_ONE_OF_THEM = re.compile(r"(?:,? and |including |such as )§F(?P<f>\d+)§(?: (?:was|is) (?:one of them|among them))?")
_AMONG_THEM = re.compile(r"§G\d+§\W?, ?§F(?P<f>\d+)§ among them")
_PLURAL_FORCES = re.compile(r"\bforces\b", re.I)
# A grading verb's object that counts forces: "rated 30 forces", "graded five other forces" (not an adjective: "among the
# top-rated forces").
_GRADED_FORCES = re.compile(r"(?<!-)\b(?:rated|graded|judged|assessed|found|placed|put|ranked) (?:\w+ )?(?:other )?(?:police )?forces\b", re.I)
_THE_FORCE = re.compile(r"\bthe (?:force|constabulary)\b(?!s)", re.I)
# ... or the article's force is one of the forces: "It is one of six forces nationally to be rated outstanding for …".
_IT_IS_ONE_OF = re.compile(r"\b(?:it|the force|the constabulary) (?:is|was|has been|had been|became|becomes) (?:one of|among)\b", re.I)
# What is graded in the same words as a police force but is no PEEL inspection of one.
# (Not the inspectorate's own name, which holds "Fire & Rescue Services" after "Constabulary": patterns.INSPECTORATE_JOIN.)
_INSPECTORATE_JOINED = re.compile(INSPECTORATE_JOIN + r"\Z", re.I)
_NOT_PEEL_SUBJECT = re.compile(rf"\b{FIRE_AND_RESCUE}\b|\bfire service|\bfire authority|"
                               r"\bcustody\b|\bvetting\b|\bcounter-corruption\b|\bchild protection\b|"
                               # other inspectorates' bodies, graded on the same scale ("the probation service was rated
                               # inadequate for managing offenders", "the CPS was rated good …", "Ofsted rated …")
                               r"\bprobation\b|\byouth offending\b|\bprisons?\b|\bcrown prosecution service\b|\bCPS\b|\bHMCPSI\b|"
                               r"\bofsted\b|\bchildren's services\b|\bcare quality commission\b|\bCQC\b|"
                               # thematic inspections: "a separate inspection of the force's response to domestic abuse"
                               r"\b(?:thematic|joint targeted area|joint) inspection|\bdomestic abuse (?:inspection|report)|"
                               # "A separate recent inspection had already assessed the force as 'good' at …"
                               r"\b(?:a|another|in a) separate (?:\w+ )?(?:inspection|report|review)\b|"
                               r"\b(?:inspection|report) (?:of|into|on) (?:the force's |its )?(?:response to |handling of |approach to )?"
                               r"domestic abuse", re.I)
# "The service was rated good for effectiveness": in an article naming a fire and rescue service, no police force.
_THE_SERVICE = re.compile(r"\b(?:the|this|its) service\b", re.I)
# "Overall the police service is good at preventing crime": policing at large, no one force ("the police service in
# Kent" is the force's).
_POLICING_AT_LARGE = re.compile(r"\bthe police service\b(?! (?:in|of|for)\b)", re.I)
# Another force, unnamed: "Its neighbour was rated inadequate …", "The neighbouring force …", "another force".
_OPENS_CLAUSE = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|while|whereas|however|meanwhile)\s+)\W*$", re.I)
_OTHER_FORCE = re.compile(r"\b(?:its|their|the|a|one|another)\s+(?:(?:nearest|closest|immediate)\s+)?neighbou?r"
                          r"(?:s|ing\s+(?:police\s+)?(?:force|constabulary|forces))?\b"
                          r"|\b(?:another|the\s+other|one\s+other|a\s+different)\s+(?:police\s+)?"
                          r"(?:force|constabulary)\b", re.I)
_FIRE = re.compile(rf"\b{FIRE_AND_RESCUE} service|\bfire service", re.I)


def _outside_inspectorate(text: str, found: re.Pattern[str], start: int = 0, end: int | None = None) -> bool:
    """Whether `found` (a compiled pattern) matches in text[start:end] other than in the inspectorate's name."""
    return any(not _INSPECTORATE_JOINED.search(text, max(0, m.start() - 20), m.start())
               for m in found.finditer(text, start, len(text) if end is None else end))


def fire_service_named(doc: Doc) -> bool:
    if "_fire" not in doc.__dict__:
        doc.__dict__["_fire"] = _outside_inspectorate(doc.text, _FIRE)
    return doc.__dict__["_fire"]


# Forces named by their area alone in a sentence about grades: "the South Wales and Gwent forces",
# "North Wales was graded …", "one force - Kent - was judged …". Area names are proper nouns: matched with their capitals.
_GRADING_VERB = r"(?:was|were|is|are|has been|have been) (?:\w+ )?(?:graded|rated|judged|assessed|found|given|deemed|branded|labelled|labeled)\b"


# ... or as what it received: "For preventing crime, Cumbria received the second-lowest grade, requires improvement".
_RECEIVED = r"(?:has |have |had )?(?:received|got|earned|achieved|secured)\b"


def _area_force_pattern(by_name: dict[str, str]) -> re.Pattern[str]:
    names = trie_alternation(sorted(by_name))
    return re.compile(rf"\b({names})(?:(?: ?, ?| and | ?& ?)({names}))*"
                      rf"(?: (?:police )?(?:forces?|constabularies)\b| (?:police )?(?={_GRADING_VERB}|{_RECEIVED}|(?:(?:was|is) )?(?:one of them|among them)"
                      # ("Staffordshire was one of four forces that HMIC graded as inadequate")
                      rf"|(?:was|is) (?:one of|among) (?:the )?(?:just |only )?[\w-]+ (?:police )?forces\b))"
                      # ("Durham, which was once the only force rated outstanding in every category, was judged …": a
                      # relative clause between)
                      rf"|\b({names}), (?:which|whose)\b[^,;.]{{1,120}}, (?={_GRADING_VERB}|{_RECEIVED})"
                      # "just one force - Kent - was judged outstanding", "Four services - Bedfordshire, Essex and Surrey
                      # constabularies - were rated": the forces set off by dashes
                      rf"|\b(?:forces?|services|constabularies) [-–] ({names})(?:(?: ?, ?| and )(?:{names}))*"
                      rf"(?: (?:police )?(?:forces|constabularies))? [-–] (?={_GRADING_VERB})"
                      # "two forces, Thames Valley and Durham, in the outstanding category": the forces in apposition
                      rf"|\bforces, ({names})(?:(?: ?, ?| and | ?, and )(?:{names}))*(?=,)"
                      # "one force (Durham) was judged", "and one, Bedfordshire, was judged", "One constabulary,
                      # Bedfordshire, is branded": a force in brackets or commas after the word it stands for
                      rf"|\bforce \(({names})\)(?= {_GRADING_VERB})|\b[Oo]ne(?: force| constabulary)?, ({names}),(?= {_GRADING_VERB})"
                      # "We have graded Cleveland as inadequate": a grading verb's object
                      rf"|(?:(?<=graded )|(?<=rated )|(?<=judged ))({names})(?= as\b)"
                      # "the five forces graded 'outstanding': Cheshire, Durham and Norfolk": the forces listed after their grade
                      rf"|\bforces? (?:(?:were|was) )?(?:graded|rated|judged|assessed) (?:as )?\W?[A-Za-z ]{{3,25}}\W? ?[:–-] ?"
                      rf"({names})(?:(?: ?, ?| and | ?, and )(?:{names}))*")


_COMPASS = re.compile(r"(?:North|South|East|West)(?= \w)")


@lru_cache(maxsize=4)
def _area_names(lex) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """The pattern of forces named by their area in a grading sentence, of one area name, and
    each area name's force (a compass point may open it in lower case: 'the Dyfed-Powys and north Wales forces')."""
    by_name = {name: iri for iri, name in lex.force_area_name.items()}
    by_name.update({_COMPASS.sub(lambda m: m.group().lower(), name, count=1): iri for name, iri in list(by_name.items())
                    if _COMPASS.match(name)})
    return _area_force_pattern(by_name), re.compile(trie_alternation(by_name)), by_name


def bare_forces(doc: Doc, region: Span, known: Intervals) -> list[tuple[int, int, Organisation]]:
    lex = doc.lex
    pattern, one_name, by_name = _area_names(lex)
    found = []
    # (each match holds an area's name: one_name, which re skips ahead to, tells faster whether the region has one)
    for m in pattern.finditer(doc.text, region.start, region.end) if one_name.search(doc.text, region.start, region.end) else ():
        for name in one_name.finditer(m.group()):
            start, end = m.start() + name.start(), m.start() + name.end()
            if not known.overlaps(start, end):
                iri = by_name[name.group()]
                found.append((start, end, Organisation(lex.label[iri], iri, doc.span(start, end))))
    # "West Yorkshire Police (WYP) … rated WYP as good": an abbreviation the article gives a force in brackets.
    defined = _abbreviations(doc, known)
    if defined is not None:
        for m in defined[0].finditer(doc.text, region.start, region.end):
            if not known.overlaps(m.start(), m.end()):
                iri = defined[1][m.group()]
                found.append((m.start(), m.end(), Organisation(lex.label[iri], iri, doc.span(m.start(), m.end()))))
    # "Dyfed Powys and North Wales Police", "Cleveland, Durham and Northumbria Police": areas joined by commas
    # and 'and' to a force named in full (every one of them an area name, else none).
    for start, end, org in known.within(region.start, region.end):
        if not doc.text[start:end].endswith(("Police", "Constabulary")):
            continue
        before = doc.text[max(region.start, start - 100):start]
        m = _AREAS_BEFORE.search(before)
        if not m:
            continue
        names = [(m.start(1) + n.start(), n.group()) for n in _NAME_RE.finditer(m.group(1))]
        if not all(name in by_name for _, name in names):
            continue
        offset = start - len(before)
        for at, name in names:
            a = offset + at
            if not known.overlaps(a, a + len(name)):
                iri = by_name[name]
                found.append((a, a + len(name), Organisation(lex.label[iri], iri, doc.span(a, a + len(name)))))
    return found


_NAME = r"[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}"
_NAME_RE = re.compile(_NAME)
_AREAS_BEFORE = re.compile(rf"\b((?:{_NAME}, )*{_NAME}) and $")


_DEFINED = re.compile(r" ?\(([A-Z][A-Z&]{1,5})\)")


def _abbreviations(doc: Doc, known: Intervals) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The abbreviations the article defines for forces ('West Yorkshire Police (WYP)'), matched with
    their case, and the force of each; None when it defines none."""
    if "_abbreviations" not in doc.__dict__:
        defined = {}
        for _, end, org in known.items:
            m = _DEFINED.match(doc.text, end)
            if m and org.iri:
                defined.setdefault(m.group(1), org.iri)
        doc.__dict__["_abbreviations"] = (re.compile(rf"\b(?:{trie_alternation(defined)})\b"), defined) if defined else None
    return doc.__dict__["_abbreviations"]


def forces_for(doc: Doc, skeleton: Skeleton, position: int, main: Organisation | None,
               named: Intervals | None = None) -> list[Organisation]:
    """The force named last before `position` in the sentence (with any joined to it by 'and':
    'Warwickshire Police and West Mercia Police were both judged good'), else the article's force,
    unless other forces are the subject ('most forces were good at …'): then none, or, given the
    article's forces `named`, those it counted ('all three forces were rated good')."""
    before = skeleton.f_tokens[:bisect.bisect_left(skeleton.f_starts, position)]
    # "Unlike Suffolk Constabulary, the force was rated inadequate …": the force compared with is not the subject.
    while before and _COMPARED_BEFORE.search(doc.text[skeleton.region.start:before[-1].start]) \
            and _THEN_THE_FORCE.match(doc.text, before[-1].end, position):
        before = before[:-1]
    if _outside_inspectorate(doc.text, _NOT_PEEL_SUBJECT, before[-1].end if before else skeleton.region.start, position):
        return []  # "Kent Fire and Rescue Service was rated good for effectiveness"
    if not before and _THE_SERVICE.search(doc.text, skeleton.region.start, position) and fire_service_named(doc):
        return []  # "The service was rated good for effectiveness" in an article naming a fire and rescue service
    if not before and _POLICING_AT_LARGE.search(doc.text, skeleton.region.start, position):
        return []  # "Overall the police service is good at preventing crime"
    if not before:
        other = _last_match(_OTHER_FORCE, doc.text, skeleton.region.start, position)
        # (as a clause's subject: not one compared with, "Unlike its neighbour, the force was rated good …", nor an
        # object, "The force works closely with its neighbours and was rated good …", nor one before 'the force')
        if other and _OPENS_CLAUSE.search(doc.text[skeleton.region.start:other.start()]) \
                and not _THE_FORCE.search(doc.text, other.end(), position):
            return []  # "Its neighbour was rated inadequate for …": another force's grade
    if before and _GRADED_FORCES.search(doc.text, before[-1].end, position):
        before = []  # "placed A and B in the outstanding category, rated 30 forces good": those forces are the subject
    if not before and _NUMBER_SUBJECT.search(doc.text, skeleton.region.start, position) \
            and counted_before(doc, position) == "forces":
        return []  # "Of the 43 forces only 12 were good. … four were found inadequate at …": those four forces'
    if not before:
        plural = _last(_PLURAL_FORCES, doc.text, skeleton.region.start, position)
        # "Looking at how efficient forces are, the report found the force requires improvement": the
        # force named after the forces is the subject.
        if plural is not None and not _THE_FORCE.search(doc.text, plural, position) \
                and not _IT_IS_ONE_OF.search(doc.text, skeleton.region.start, plural):
            after = _place_after(skeleton, position)
            one = _AMONG_THEM.match(skeleton.text, after) or _ONE_OF_THEM.search(skeleton.text, after)
            if one:
                force = skeleton.f_tokens[int(one.group("f"))].value
                return [force] if force.iri else []
            return _counted_forces(doc, skeleton.region.start, position, named) if named is not None else []
        if named is not None:
            # "Dorset … needs to improve how it responds to the public. It was, however, rated good in …": the force the
            # sentence before opens on, even where the article's own force is another.
            carried = _previous_sentence_force(doc, position, named, opening=True)
            if carried and (main is None or carried[0].iri != main.iri):
                return carried
            if main is None:
                return _previous_sentence_force(doc, position, named)
        if main is None or not main.iri or _other_area_named(doc, skeleton.region.start, position, main):
            return []
        return [main]
    # "Kent Police was rated good …, while Essex was inadequate at …": in the grade's clause only ("Norfolk
    # Constabulary, which shares departments with Suffolk, was rated good" is Norfolk's).
    clause = _last(_CLAUSE_BREAK, doc.text, before[-1].end, position)
    if _other_area_named(doc, before[-1].end if clause is None else clause, position, before[-1].value):
        return []
    chosen, rest = [before[-1]], before[:-1]
    if rest and rest[-1].value.iri and rest[-1].value.iri == before[-1].value.iri \
            and _BRACKET_OPENS.fullmatch(doc.text, rest[-1].end, before[-1].start):
        chosen, rest = [rest[-1]], rest[:-1]  # "the Met and British Transport Police (BTP) are": one force named twice
    for token in reversed(rest):
        if not _FORCES_JOINED.fullmatch(doc.text, token.end, chosen[-1].start):
            break
        chosen.append(token)
    # A force the vocabulary does not know is the subject, but no inspected force.
    return [t.value for t in reversed(chosen) if t.value.iri]


# What may come before the force a sentence opens on: "However, Kent Police …".
_SENTENCE_OPENING = re.compile(r"\W*(?:(?:however|meanwhile|but|and|by contrast|in contrast|neighbouring),? )?(?:the )?", re.I)
# What follows a force's area name that stands for the force: a comma or a verb ("Dorset, while …", "Dorset needs …"),
# not another name ("Dorset Council").
_BY_AREA_ALONE = re.compile(r",| (?:is|was|has|had|needs|needed|must|remains|remained|now|also|still)\b")
# A sentence opening on a pronoun for a force: "It was judged outstanding …".
# (after a conjunction or adverb opening it: "But it remained outstanding for …")
_PRONOUN_OPENING = re.compile(r"\W*(?:(?:but|and|yet|however|meanwhile|still|though)\W{0,2}\s+)?"
                              r"(?:it|the force|the constabulary)\b(?!s)", re.I)


def _previous_sentence_force(doc: Doc, position: int, named: Intervals, opening: bool = False) -> list[Organisation]:
    """In an article on several forces (no force of its own), the force a sentence opening on 'It' or 'the force' continues:
    the one force the sentence before, in the same paragraph, names ('Norfolk Constabulary was a good force. It was judged
    outstanding in …'), with `opening`, only if that sentence opens on it; else none."""
    index = doc.sentence_index(position)
    sentence = doc.sentences[index]
    if index == 0 or not _PRONOUN_OPENING.match(doc.text, sentence.start) or position > sentence.start + 40:
        return []
    before = doc.sentences[index - 1]
    # (the sentence before in its own paragraph, a paragraph of one sentence, as news sites set them: "Durham … was judged
    # requires improvement at investigating crime. / But it remained outstanding for managing offenders.")
    if "\n" in doc.text[before.end:sentence.start] and not (
            opening and index >= 2 and "\n" in doc.text[doc.sentences[index - 2].end:before.start]):
        return []
    found = named.within(before.start, before.end)
    if opening:
        lead = _SENTENCE_OPENING.match(doc.text, before.start).end()
        if found and found[0][0] == lead:
            return [found[0][2]] if found[0][2].iri else []
        # (a force named by its area alone: "Dorset, while still giving an adequate service, needs to improve …")
        _, one_name, by_name = _area_names(doc.lex)
        area = one_name.match(doc.text, lead)
        if area is None or not _BY_AREA_ALONE.match(doc.text, area.end()):
            return []
        iri = by_name[area.group()]
        return [Organisation(doc.lex.label[iri], iri, doc.span(area.start(), area.end()))]
    # (not one it was compared with: "Unlike Suffolk Constabulary, the force was … . It was …")
    forces = {item[2].iri: item[2] for item in found if not _COMPARED_BEFORE.search(doc.text[before.start:item[0]])}
    return list(forces.values()) if len(forces) == 1 and None not in forces else []


# "All three forces", "both forces", "the two forces": as many forces as the article named before.
_COUNTED_FORCES = re.compile(r"\b(?:(?:all|each of the|the) (two|three|four|five)|both(?: the)?) (?:police )?forces\b", re.I)
_FORCE_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}


# A clause whose subject is a bare number ("and four were found '", "Another 27 were told they '"), up to a grade.
_NUMBER_SUBJECT = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|while|whereas)\s+)(?:another |a further |only |just |the other |the remaining )?"
                             r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?) "
                             r"(?:were|was|are|is|had been|have been|has been)\b[^,;.]{0,40}$", re.I)
# What a number may count, as a paragraph names it (within a few sentences).
_COUNTED_REACH = 600
_COUNTED_THING = re.compile(r"\b(?:forces|areas?|categories|pillars|questions|strands)\b", re.I)


def counted_before(doc: Doc, position: int) -> str | None:
    """The last thing counted in the paragraph before `position` ('forces', 'areas', …): what a bare number counts
    ('Of the 43 forces only 12 were good. Another 27 …')."""
    paragraph = doc.lines[doc.line_index(position)]
    last = None
    for last in _COUNTED_THING.finditer(doc.text, max(paragraph.start, position - _COUNTED_REACH), position):
        pass
    return None if last is None else last.group().lower()


def _counted_forces(doc: Doc, start: int, position: int, named: Intervals) -> list[Organisation]:
    """The forces a subject that counts them stands for ('All three forces were rated good for legitimacy', after an
    article has named three): those the article named before it, if it named that many; else none."""
    counted = None
    for counted in _COUNTED_FORCES.finditer(doc.text, start, position):
        pass
    if counted is None:
        return []
    number = _FORCE_COUNTS[counted.group(1).lower()] if counted.group(1) else 2
    forces = list({org.iri: org for _, _, org in named.within(0, counted.start()) if org.iri}.values())
    return forces if len(forces) == number else []


def _other_area_named(doc: Doc, start: int, end: int, main: Organisation) -> bool:
    """Whether text[start:end] names the police area of a force other than `main` by itself ('In
    Essex, the force was rated inadequate …', "Essex's force", "…, while Essex was inadequate"), not
    inside a longer name ('Essex County Council'): the force graded may be that one, not `main`."""
    _, one_name, by_name = _area_names(doc.lex)
    for m in one_name.finditer(doc.text, start, end):
        if by_name[m.group()] != main.iri and not _PROPER_NAME_GOES_ON.match(doc.text, m.end()):
            return True
    return False


_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:while|but|whereas|although)\b")
_PROPER_NAME_GOES_ON = re.compile(r" (?!PEEL\b)(?:[A-Z]|of\b)|-[A-Za-z]")


def _graded_by_name(doc: Doc, forces: Intervals) -> frozenset[str]:
    """The forces of the vocabulary that a sentence holding a grade names (not as one the subject is compared with:
    "Unlike Suffolk Constabulary, the force was rated inadequate …")."""
    if "_graded_by_name" not in doc.__dict__:
        graded = set()
        for start, _, org in forces.items:
            if org.iri and org.iri not in graded:
                sentence_start, sentence_end = _sentence_bounds(doc, start)
                if doc.found(doc.lex.grades, sentence_start, sentence_end) and \
                        not _COMPARED_BEFORE.search(doc.text[sentence_start:start]):
                    graded.add(org.iri)
        doc.__dict__["_graded_by_name"] = frozenset(graded)
    return doc.__dict__["_graded_by_name"]


def _sentence_bounds(doc: Doc, pos: int) -> tuple[int, int]:
    sentence = doc.sentence_at(pos)
    return sentence.start, sentence.end


def default_force(doc: Doc, forces: Intervals, position: int, main: Organisation | None) -> Organisation | None:
    """The force of a grade whose sentence names none ('It was rated adequate at …'): the article's
    force, unless the force named last before is another that the article grades by name while it
    never grades its own force by name (a force named in a bullet about other news is not the subject
    of the grades that follow the force graded). With both graded by name, no one (it cannot be told)."""
    led = lead_force(doc, forces, position, main)
    if led is not main:
        return led
    last = forces.last_ending_by(position)
    if main is None or last is None or not last[2].iri or last[2].iri == main.iri or _bracketed(doc, last[0], last[1]):
        return main
    graded = _graded_by_name(doc, forces)
    if last[2].iri not in graded:
        return main
    if main.iri in graded:
        return None
    return last[2]


def _bracketed(doc: Doc, start: int, end: int) -> bool:
    """Whether a mention stands in brackets on its line ('(Dyfed-Powys and Suffolk were the other two)'):
    an aside, not the subject of what follows."""
    line = doc.lines[doc.line_index(start)]
    opened = doc.text.rfind("(", line.start, start)
    return opened >= 0 and ")" not in doc.text[opened:start] and ")" in doc.text[end:line.end]


def lead_force(doc: Doc, forces: Intervals, position: int, main: Organisation | None) -> Organisation | None:
    """The force of a list or table line at `position`: the one its lead names ('Neighbouring Essex
    Police was graded as follows:', a heading 'Essex Police') when that is not the article's force
    (no force when it names several); else the article's."""
    if main is not None and not main.iri:
        return main
    lead = _lead(doc, position)
    named = {org.iri: org for _, _, org in forces.within(lead.start, lead.end) if org.iri} if lead else {}
    if lead and main is None:  # no force named in full: the lead may name one by its area ("According to HMIC, Kent:")
        named.update({org.iri: org for _, _, org in _lead_areas(doc, lead)})
    if not named or (main is not None and main.iri in named):
        return main
    return next(iter(named.values())) if len(named) == 1 else None


_LEAD_AREA = re.compile(r"(?:^|,\s+|\bthat\s+)(?P<name>[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2})\s*:?\s*$")


def _lead_areas(doc: Doc, lead: Span) -> list[tuple[int, int, Organisation]]:
    """The force a list's lead names by its police area alone, just before its colon ("According to the inspectors,
    Leicestershire:")."""
    _, _, by_name = _area_names(doc.lex)
    m = _LEAD_AREA.search(doc.text, lead.start, lead.end)
    if m is None or m.group("name") not in by_name:
        return []
    iri = by_name[m.group("name")]
    return [(m.start("name"), m.end("name"), Organisation(doc.lex.label[iri], iri, doc.span(m.start("name"), m.end("name"))))]


_MOST_LIST_LINES = 30  # how far up a list or table line looks for its lead


def _lead(doc: Doc, position: int) -> Span | None:
    """The line a list or table line starting at `position` hangs from: the nearest line above that
    names no grade and no area, if it introduces (ends with ':') or heads (a short line without a
    full stop) what follows. None for a line of prose."""
    lines = doc.lines
    i = doc.line_index(position)
    if lines[i].start != position or not _list_like(lines[i].text):
        return None
    for j in range(i - 1, max(-1, i - 1 - _MOST_LIST_LINES), -1):
        line = lines[j]
        if doc.found(doc.lex.grades, line.start, line.end) or doc.found(doc.lex.area_phrases, line.start, line.end):
            if not _list_like(line.text):
                return None  # prose above: no list
            continue
        return line if line.text.rstrip().endswith(":") or _LIST_LIKE.fullmatch(line.text) else None
    return None


_LIST_LIKE = re.compile(r".{1,119}(?<![.!?])\s*")  # a short line that does not end a sentence


def _list_like(line: str) -> bool:
    """A short line that ends no sentence, or a bullet (the last of a list often ends with a full stop)."""
    return bool(_LIST_LIKE.fullmatch(line) or (BULLET.match(line) and len(line) < 240))


def _place_after(skeleton: Skeleton, position: int) -> int:
    """The skeleton offset of the first placeholder at or after a text position."""
    places = sorted(skeleton.places.values())
    starts = sorted(t.start for t in skeleton.tokens)
    i = bisect.bisect_left(starts, position)
    return places[i] if i < len(places) else len(skeleton.text)


def _last_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of `pattern` in text[start:end], or None."""
    found = None
    for found in pattern.finditer(text, start, end):
        pass
    return found


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> int | None:
    """Where the last match of `pattern` in text[start:end] ends, or None."""
    found = _last_match(pattern, text, start, end)
    return found.end() if found else None


_COMMISSIONER_AFTER = re.compile(r"['’]s (?:police,? (?:fire )?(?:and )?crime (?:and victims['’] )?(?:commissioner|panel)|pcc|pfcc)\b",
                                 re.I)
_COMMISSIONER_BEFORE = re.compile(r"\b(?:commissioner|pcc|pfcc) (?:for|of) (?:the )?$", re.I)
# An inspectorate page's heading: the police area and the cycle ("City of London PEEL 2018", "Gwent 2018/19").
_CYCLE_HEADING = re.compile(r" (?:PEEL )?(?:19|20)\d\d(?:/\d\d)?[ \t]*$", re.M)


def county_force(doc: Doc) -> Organisation | None:
    """_county_force, read once per article: mentions (posts.py) and grading both ask for it."""
    if "_county_force" not in doc.__dict__:
        doc.__dict__["_county_force"] = _county_force(doc)
    return doc.__dict__["_county_force"]


def _lone_area_names(doc: Doc) -> list[tuple[int, str]]:
    """(start, name) of each police area named by itself (not in a longer name: 'Wiltshire Council'), read once per
    article: the main force's choice and county_force both ask for them."""
    if "_lone_area_names" not in doc.__dict__:
        _, one_name, _ = _area_names(doc.lex)
        doc.__dict__["_lone_area_names"] = [
            (m.start(), m.group()) for m in one_name.finditer(doc.text)
            if not _PROPER_NAME_GOES_ON.match(doc.text, m.end()) and not doc.text[m.start() - 1:m.start()].isalpha()]
    return doc.__dict__["_lone_area_names"]


def area_name_mentions(doc: Doc) -> list[tuple[int, int, str]]:
    """Each police area named by itself ('Wiltshire has been placed in Engage'), as (start, end, force IRI), for the
    areas whose force is named after them."""
    _, _, by_name = _area_names(doc.lex)
    return [(start, start + len(name), by_name[name]) for start, name in _lone_area_names(doc)
            if _named_after(doc.lex.label[by_name[name]], name)]


def _named_after(label: str, area: str) -> bool:
    """Whether a force's label opens with its area's name ('Devon & Cornwall Police', 'Devon and Cornwall')."""
    return label.replace("&", "and").startswith(area.replace("&", "and"))


def _county_force(doc: Doc) -> Organisation | None:
    """The force of an article that names no force in full but its police area by itself ('Leicestershire was among
    35 forces …', 'According to the inspectors, Leicestershire:'): that area's force, when its name stands alone
    (not in a longer name: 'Leicestershire County Council') at least twice, and more often than every other area
    name together, or once as the one area named, that of a commissioner ("Gloucestershire's Police and Crime
    Commissioner") or heading an inspectorate page with the cycle ("City of London PEEL 2018"); and the force is named
    after it. Called only when the article names no force in full."""
    _, _, by_name = _area_names(doc.lex)
    named: dict[str, list[int]] = {}
    for start, name in _lone_area_names(doc):
        named.setdefault(name, []).append(start)
    if not named:
        return None
    best = max(named, key=lambda name: (len(named[name]), -named[name][0]))
    # (once is enough when it is the one area the article names and names a commissioner's or a panel's:
    # "Gloucestershire's Police and Crime Commissioner … the Constabulary's latest inspection", or heads an
    # inspectorate page: "City of London PEEL 2018")
    once_enough = len(named) == 1 and any(_COMMISSIONER_AFTER.match(doc.text, at + len(best)) or
                                          _COMMISSIONER_BEFORE.search(doc.text, max(0, at - 40), at) or
                                          (not doc.text[doc.text.rfind("\n", 0, at) + 1:at].strip()  # (opening its line)
                                           and _CYCLE_HEADING.match(doc.text, at + len(best)))
                                          for at in named[best])
    if (len(named[best]) < 2 and not once_enough) or 2 * len(named[best]) <= sum(map(len, named.values())):
        return None
    start = named[best][0]
    iri = by_name[best]
    if not _named_after(doc.lex.label[iri], best):
        return None  # a city or nation the force is not named after ('London': the Metropolitan Police Service)
    return Organisation(doc.lex.label[iri], iri, doc.span(start, start + len(best)))
