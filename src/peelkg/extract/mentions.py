"""Organisations, people and the posts they hold, as the text names them."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .. import vocab
from ..facts import Membership, Organisation, Person
from .doc import Caseless, Doc, Intervals
from .subjects import area_name_mentions

# Latin-1's letters and Latin Extended-A's ('Zoė', 'Łukasz'), whose capitals and small letters alternate.
LOWER = "a-zà-öø-ÿ\u0100-\u017f"
UPPER = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
NAME_TOKEN = rf"(?:O'|Mc|Mac|D')?[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
PARTICLE = r"(?:ap|ab|de|van|von|der|den|le|la|da|di|du|del|bin|al)"
# "Jane Smith", "Dafydd ap Emlyn", and with initials "S. Hancock", "J. R. Smith", "Jane E. Smith".
INITIAL = rf"[{UPPER}]\."
# ... a middle initial without its stop, as letters write it ("Andrew M Burnham"; not 'A' or 'I', which are words).
_BARE_INITIAL = r"[B-HJ-Z](?= )"
# Counties' short names, as a police area is named before a post ('Jo Hall Hants PCC').
COUNTY_SHORT_NAMES = frozenset("Hants Herts Beds Bucks Berks Notts Glos Lancs Yorks Cambs Wilts Northants Leics Staffs "
                               "Worcs Warks Oxon Lincs Derbys Shrops".split())
# Capitalised words that start sentences or name things, never a person's name: among them the
# head words of institutions ('the Health and Safety Executive' holds no 'Safety Executive'), a
# headline's verbs and nouns after a title ('HMIC Inspector Welcomes Improvements' names nobody), quantifiers ('One
# Devon MP has called'), Welsh places and police ('Gogledd Cymru', North Wales, after a Welsh post: 'Comisiynydd Heddlu a
# Throsedd Gogledd Cymru, Jo Hall'), and counties' short names.
NOT_NAME = frozenset("""
His Her The This That These Those Its It Their They He She We Our A An In On At For From By With
Police Constabulary Force Chief Constable Commissioner Inspector Inspectorate Constabulary Deputy
Acting Temporary Assistant New Former Ex Interim Outgoing Designate Elect Met Mayor Federation Service Services Office Crime Fire Rescue Majesty
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday However But And Yet So Or Nor Still Speaking Responding
Accountability Scrutiny Performance Meeting Meetings Forum Conference
Conservative Conservatives Tory Tories Labour Liberal Democrat Democrats Green Reform Plaid Independent Home Secretary Government Council
England Wales Britain British United Kingdom North South East West Greater County City Borough
Cymru Gogledd Gorllewin Dwyrain Canolbarth Heddlu Heddluoedd
Mr Mrs Ms Miss Mx Dr Sir Dame Lord Lady Baroness Professor Prof Rt Hon Honourable
Ch Chf Con Cons Const Dep Dpt Asst Cllr Coun Councillor Supt Superintendent Det Detective Sgt Sergeant Insp Constable Commander Minister
Secretary State Member Members Officer Board Panel Authority Association Statement Response Responses Author Posted Published Image Credit Photo
Region Area Division Unit Team Committee Department Ministry Operations Command Yard
PEEL Follow Get Read Watch Listen Related More Update Notes Editors Report Reports Inspection Inspections Inspectors Officers
Executive Agency Trust Commission Court Tribunal University College School Hospital Centre Institute
Foundation Society Union Party Parliament Assembly Senedd Partnership Network Group Company Bank Bureau
Directorate Health Safety NHS Revenue Customs Prison Prisons Probation Justice Inspectorates
When While Whilst After Before Since Although Though Once Until Unless If As Then Now Also Meanwhile
Under During Following Despite Upon Without Throughout
Yesterday Today Tonight Earlier Later Last Next Spokesman Spokeswoman Spokesperson Spokespeople
One Two Three Four Five Six Seven Eight Nine Ten Another Several Some Many Most Every Each Both
Campaigner Campaigners Candidate Candidates Resident Residents Reporter Correspondent Editor Journalist Chairman Chairwoman Chairperson
Chair Director Manager Lawyer Solicitor Barrister Mum Dad Victim Victims Expert Analyst Researcher President
Pictured Picture Critics Charity Boss Radio News Online Television Channel Newspaper Magazine Podcast
Welcomes Praises Hails Says Warns Responds Reacts Urges Slams Criticises Backs Announces Reveals Celebrates
Improvement Improvements Progress Findings Verdict Decision Decisions Records Minutes Agenda Town
Rights Equalities Equality Diversity Inclusion Integrity Transparency Ethics Standards Affairs Portfolio Policing
Scheme Programme Project Initiative Strategy
Heddlu Heddluoedd Comisiynydd Arolygydd Arolygaeth Prif Dirprwy Cyngor Llywodraeth Cymru Gogledd Mae Roedd Bydd Dywedodd
Ychwanegodd Meddai Yn Ond
""".split()) | COUNTY_SHORT_NAMES
# Of those, the ones that are surnames too: the last word of a name ('Kate Green', 'Theresa May'), never its first.
SURNAME_TOO = frozenset({"Green", "May"})
# ... and compass points, but only as the surname of a name a title opens ('Assistant Chief Constable Shaun West
# said'), never before a capitalised word ('Jo Hall West Midlands Police'): elsewhere they end places ('Stockton South
# MP', 'Newport West').
COMPASS_POINTS = frozenset({"North", "South", "East", "West"})
# A name starts with none of them: 'Spokesman Matt Parr', 'Inspector Zoë Billingham', 'When Keith
# Hunter was elected' name Matt Parr, Zoë Billingham and Keith Hunter (a search moves on to them).
_NOT_A_FIRST_NAME = rf"(?!{vocab.trie_alternation(NOT_NAME)} )"
NAME = (rf"(?:{_NOT_A_FIRST_NAME}{NAME_TOKEN}(?: (?:{INITIAL}|{_BARE_INITIAL}))?(?: (?:{PARTICLE} )?{NAME_TOKEN}){{1,2}}"
        rf"|{INITIAL}(?: ?{INITIAL})? {NAME_TOKEN}(?: {NAME_TOKEN})?)")
SURNAME = rf"(?:{PARTICLE} )?{NAME_TOKEN}"
# A style before a name, and the armed forces' ranks older chief constables kept before theirs ('Captain Jo Hall was
# appointed its first Chief Constable').
_STYLE = (r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Professor|Prof|Alderman|Captain|Capt|Colonel|Col|"
          r"Lieutenant[- ]Colonel|Lt[- ]Col|Admiral|Brigadier)\.?")
# ... after a privy counsellor's style, as letters to and from ministers write it: 'the Rt Hon Jo Hall MP', 'Rt. Hon. Sir Tom Reed'.
HONORIFIC = rf"(?:(?:Rt\.?|Right)\s+Hon(?:ourable|\.)?(?:\s+{_STYLE})?|{_STYLE})"

PARTY_ABBREVIATIONS = {"con": "Conservative", "lab": "Labour", "lib dem": "Liberal Democrat", "ld": "Liberal Democrat",
                       "pc": "Plaid Cymru", "grn": "Green", "green": "Green", "reform": "Reform UK",
                       "ra": "Residents' Association", "ind": "Independent"}


# Letters after a name: honours, decorations and degrees ("Wendy Williams CBE", "Philip Wilkinson, OBE MPhil", "Mike
# Barton CBE., QPM").
POST_NOMINAL = (r"(?:(?:CBE|OBE|MBE|KBE|DBE|CB|KCB|DCB|CVO|LVO|MVO|QPM|KPM|QFSM|KFSM|BEM|DL|JP|KC|QC|MP|"
                r"MPhil|DPhil|PhD|MSc|BSc|MA|BA|MBA|LLB|LLM|Hons)\b"
                # (a degree's class and university: "Zoë Billingham BA Hons (Oxon)", "BA (Hons)")
                r"|\((?:Hons|Oxon|Cantab|Lond|Dunelm)\))")
POST_NOMINALS = rf"(?:,?\s+{POST_NOMINAL}(?:\.(?=,))?)*"
# A picture's place in brackets after a name, as a caption's words run into the text: 'Jo Bell (pictured) said'.
CAPTION_WORD = r"\((?:pictured|left|right|above|below|inset|centre|center)\)"


def clean_name(name: str) -> str:
    return re.sub(rf"^(?:{HONORIFIC}\s+)+", "", name).strip()


def is_name(candidate: str) -> bool:
    tokens = candidate.split()
    return len(tokens) >= 2 and not any(t in NOT_NAME for t in tokens[:-1]) and \
        (tokens[-1] not in NOT_NAME or tokens[-1] in SURNAME_TOO)


def is_titled_name(text: str, start: int, end: int) -> bool:
    """text[start:end] is a name after a title: a name, or given names and a compass point before no capitalised word."""
    candidate = text[start:end]
    if is_name(candidate):
        return True
    tokens = candidate.split()
    return len(tokens) >= 2 and tokens[-1] in COMPASS_POINTS and not any(t in NOT_NAME for t in tokens[:-1]) and \
        not re.match(rf"[^\S\n]+[{UPPER}]", text[end:end + 2])


def is_surname(candidate: str) -> bool:
    """One capitalised word that can be a surname on its own after a title ('Chief Constable Roper', 'Councillor May')."""
    last = candidate.split()[-1] if candidate.split() else ""
    return bool(re.fullmatch(SURNAME, candidate)) and (last not in NOT_NAME or last in SURNAME_TOO)


# The gender a personal or possessive pronoun shows, as Mentions.gender records it.
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


@dataclass
class Mentions:
    """Everything named in one article, with the positions it is named at."""

    forces: list[tuple[int, int, Organisation]] = field(default_factory=list)
    organisations: list[tuple[int, int, str]] = field(default_factory=list)  # known orgs (IRI)
    main_force: Organisation | None = None
    people: dict[str, Person] = field(default_factory=dict)  # full name -> first naming
    memberships: list[Membership] = field(default_factory=list)
    # Every place a post is named with its holder (a membership keeps only the first):
    # (start, end) of post and name together, the holder, the role, and the force the post is in.
    holdings: list[tuple[int, int, str, str, str | None]] = field(default_factory=list)
    gender: dict[str, str] = field(default_factory=dict)  # full name -> 'm' | 'f' where a title shows it
    holder_names: list[tuple[int, int]] = field(default_factory=list)  # where posts' holders are named
    # (person, role) of every post held now: a post the text calls former is no post today
    # (Sir Tom Winsor, 'the previous chief inspector', inspects nothing any more).
    current: set[tuple[str, str]] = field(default_factory=set)
    # (person, role) of every post the text calls interim: no post of the vocabulary, however it is named again
    interim: set[tuple[str, str]] = field(default_factory=set)
    # A surname the text misspells once named in full ('Paul Zukowskyj' … 'Mr Zukowski said') -> that full name
    misspelt: dict[str, str] = field(default_factory=dict)

    def surname_index(self) -> dict[str, str]:
        index: dict[str, str] = {}
        for name in self.people:
            index.setdefault(name.split()[-1], name)
        return index

    @cached_property
    def force_index(self) -> Intervals:
        return Intervals(self.forces)

    @cached_property
    def organisation_index(self) -> Intervals:
        return Intervals(self.organisations)


# Look-aheads for the first letter (below) only make re fail fast where no match can start. Here the first word is
# spelt out before the others, its word boundary a look-behind after its first letter: re skips ahead to a capital.
_UNKNOWN_FORCE = re.compile(rf"([A-Z](?<!\w.)[{LOWER}]+ (?:(?:of|and|&|upon|on) )?(?:[A-Z][{LOWER}]+ (?:(?:of|and|&|upon|on) )?){{0,3}}"
                            rf"(?:Police Service|Police|Constabulary))\b(?! (?:and|Federation|,))")


# The Metropolitan Police by its short name alone, before one of its posts or officers (the word capitalised, so that
# the verb 'met' is never it).
_MET_BEFORE_POST = re.compile(r"\bMet(?=(?:'s)? (?:[Cc]ommissioner|[Dd]eputy [Cc]ommissioner|[Aa]ssistant [Cc]ommissioner|"
                              r"[Cc]hief|[Oo]fficers?)\b)")


@lru_cache(maxsize=4)
def _met(lex) -> str:
    """The Metropolitan Police's IRI, by the alias the vocabulary gives it."""
    return next(iri for _, _, iri in lex.forces.finditer("Met Police"))


# A word between 'of' or 'for' and a force or area that names no other: 'chief constable of neighbouring Sussex Police',
# 'PCC for nearby Essex'.
NEIGHBOURING = r"(?:neighbouring\s+|nearby\s+)?"


@dataclass(frozen=True)
class AreaPatterns:
    """Police areas' names (peel:areaName) in the three places the converter looks for them."""

    force: Caseless  # "Hertfordshire police", not "… police and crime commissioner" or "… Police Federation"
    before_force: re.Pattern[str]  # "West Mercia and" before "Warwickshire Police": two forces
    before_post: re.Pattern[str]  # "Kent's PCC"
    after_post: re.Pattern[str]  # "PCC for Kent", "… in Kent"
    force_of_area: dict[str, str]  # lower-case area name -> force IRI


@lru_cache(maxsize=4)
def area_patterns(lex) -> AreaPatterns:
    areas = {name.lower(): iri for iri, name in lex.force_area_name.items()}
    # (an area of two places with 'the' before the second, as its commissioner's title has it: 'PCC for Hampshire and the
    # Isle of Wight')
    areas |= {name.replace(" and ", " and the "): iri for name, iri in areas.items() if " and " in name}
    alternation = vocab.trie_alternation(areas)  # the longest name that fits, as a longest-first list
    return AreaPatterns(
        Caseless(rf"\b({alternation})(?:'s|')?(?: \((?P<initials>[a-z&]{{2,5}})\))? (?:police force|police service|police|constabulary)\b"
                 rf"(?! (?:and crime|fire and crime|, fire|federation))"),
        re.compile(rf"\b({alternation})\s+(?:and|&)\s+$", re.I),
        re.compile(rf"\b({alternation})(?:'s|')?\s+$", re.I),
        # ('PCC for neighbouring Sussex', 'a deputy chief constable in Essex')
        re.compile(rf"\s+(?:of|for|in)\s+{NEIGHBOURING}({alternation})\b", re.I),
        areas)


def find_forces(doc: Doc) -> list[tuple[int, int, Organisation]]:
    """Known forces by label or alias, '<area> Police', and unknown '<Name> Police|Constabulary'."""
    lex, text = doc.lex, doc.text
    found: list[tuple[int, int, Organisation]] = []

    def add_all(candidates) -> None:
        """One way of naming forces, after the ways before it: what they took is not taken again.
        One way's matches never overlap one another, so only the earlier ways' need checking."""
        taken = Intervals(sorted(found, key=lambda f: f[0]))
        found.extend(c for c in candidates if not taken.overlaps(c[0], c[1]))

    add_all((start, end, Organisation(lex.label[iri], iri, doc.span(start, end)))
            for start, end, iri in doc.found(lex.forces))
    if "Met" in text:  # ('Met Commissioner Sir Mark Rowley', 'Met officers' in an article on another force)
        met = _met(lex)
        add_all((m.start(), m.end(), Organisation(lex.label[met], met, doc.span(m.start(), m.end())))
                for m in _MET_BEFORE_POST.finditer(text))
    areas = area_patterns(lex)
    by_area = [(m, areas.force_of_area[m.group(1).lower()]) for m in areas.force.finditer(doc)]
    add_all((m.start(), m.end(), Organisation(lex.label[iri], iri, doc.span(m.start(), m.end()))) for m, iri in by_area)
    # The initials an article gives a force's area in brackets, then names it by: 'Avon and Somerset (AS) Police … an
    # inspection of AS Police'.
    initials = {letters: iri for m, iri in by_area if m.group("initials")
                for letters in [text[m.start("initials"):m.end("initials")]] if letters.isupper()}
    if initials:
        add_all((m.start(), m.end(), Organisation(lex.label[iri], iri, doc.span(m.start(), m.end())))
                for m in re.finditer(rf"\b({vocab.trie_alternation(initials)}) (?:Police|Constabulary)\b", text)
                for iri in [initials[m.group(1)]])
    add_all((m.start(), m.end(), Organisation(m.group(1), None, doc.span(m.start(), m.end())))
            for m in _UNKNOWN_FORCE.finditer(text) for words in [m.group(1).split()]
            if words[0] not in NOT_NAME and not any(w in {"Chief", "Constable", "The", "His", "Her"} for w in words))
    add_all(list(_coordinated(doc, found)))
    return sorted(found, key=lambda f: f[0])


def _coordinated(doc: Doc, forces: list[tuple[int, int, Organisation]]):
    """'West Mercia and Warwickshire Police': the police area before 'and' names a force too."""
    areas = area_patterns(doc.lex)
    for start, _, force in forces:
        if force.iri is None or not doc.text[start:start + 1].isupper():
            continue
        m = areas.before_force.search(doc.text, max(0, start - 60), start)
        iri = areas.force_of_area[m.group(1).lower()] if m else None
        if iri is not None and iri != force.iri:
            yield m.start(1), m.end(1), Organisation(doc.lex.label[iri], iri, doc.span(m.start(1), m.end(1)))


def choose_main_force(doc: Doc, forces: list[tuple[int, int, Organisation]]) -> Organisation | None:
    """The force the article is about: most named, the first two sentences counting double. Only a
    force of the vocabulary can be inspected: an unknown '<Name> Police' is never the article's force."""
    forces = [f for f in forces if f[2].iri is not None]
    if not forces:
        return None
    lead_end = doc.sentences[min(2, len(doc.sentences)) - 1].end if doc.sentences else 0
    score: Counter[str] = Counter()
    first: dict[str, tuple[int, Organisation]] = {}
    for start, _, org in forces:
        key = org.iri or org.name
        score[key] += 2 if start < lead_end else 1
        first.setdefault(key, (start, org))
    # A force the article names by its area alone ("Wiltshire latest force to be subject to special measures …
    # Wiltshire has been placed in Engage") counts those mentions too: one force named in full in a list of others
    # is not what the article is about.
    named = Intervals(forces)
    for start, end, iri in area_name_mentions(doc):
        if not named.overlaps(start, end):
            score[iri] += 2 if start < lead_end else 1
            first.setdefault(iri, (start, Organisation(doc.lex.label[iri], iri, doc.span(start, end))))
    best = max(score, key=lambda k: (score[k], -first[k][0]))
    start, org = first[best]
    return Organisation(org.name, org.iri, org.span)


def find_organisations(doc: Doc) -> list[tuple[int, int, str]]:
    return doc.found(doc.lex.organisations)


_POLITICAL_PARTY = str(vocab.PEEL.PoliticalParty)


def is_party(doc: Doc, iri: str) -> bool:
    return _POLITICAL_PARTY in doc.lex.org_types.get(iri, frozenset())


def find_mentions(doc: Doc) -> Mentions:
    """The forces and organisations named, and the force the article is about (posts and people: posts.py)."""
    mentions = Mentions(forces=find_forces(doc), organisations=find_organisations(doc))
    mentions.main_force = choose_main_force(doc, mentions.forces)
    return mentions
