"""Organisations, people and the posts they hold, as the text names them."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .. import vocab
from ..facts import Membership, Organisation, Person, Span
from .doc import Caseless, Doc, Intervals

_LOWER = "a-zà-öø-ÿ"
_UPPER = "A-ZÀ-ÖØ-Þ"
NAME_TOKEN = rf"(?:O'|Mc|Mac|D')?[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
PARTICLE = r"(?:ap|de|van|von|der|den|le|la|da|di|du|del|bin|al)"
NAME = rf"{NAME_TOKEN}(?: (?:{PARTICLE} )?{NAME_TOKEN}){{1,2}}"
SURNAME = rf"(?:{PARTICLE} )?{NAME_TOKEN}"
HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Professor|Prof)\.?"
# Capitalised words that start sentences or name things, never a person's name.
NOT_NAME = frozenset("""
His Her The This That These Those Its It Their They He She We Our A An In On At For From By With
Police Constabulary Force Chief Constable Commissioner Inspector Inspectorate Constabulary Deputy
Acting Temporary Assistant Mayor Federation Service Services Office Crime Fire Rescue Majesty
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday However But And Speaking Responding
Conservative Labour Liberal Green Reform Plaid Independent Home Secretary Government Council
England Wales Britain British United Kingdom North South East West Greater County City Borough
Mr Mrs Ms Miss Mx Dr Sir Dame Lord Lady Baroness Professor Prof
PEEL Follow Get Read Watch Listen Related More Update Notes Editors Report Inspectors Officers
""".split())
PARTY_ABBREVIATIONS = {"con": "Conservative", "lab": "Labour", "lib dem": "Liberal Democrat", "ld": "Liberal Democrat",
                       "pc": "Plaid Cymru", "grn": "Green", "green": "Green", "reform": "Reform UK"}


def clean_name(name: str) -> str:
    return re.sub(rf"^(?:{HONORIFIC}\s+)+", "", name).strip()


def is_name(candidate: str) -> bool:
    tokens = candidate.split()
    return len(tokens) >= 2 and not any(t in NOT_NAME for t in tokens)


@dataclass
class Mentions:
    """Everything named in one article, with the positions it is named at."""

    forces: list[tuple[int, int, Organisation]] = field(default_factory=list)
    organisations: list[tuple[int, int, str]] = field(default_factory=list)  # known orgs (IRI)
    main_force: Organisation | None = None
    people: dict[str, Person] = field(default_factory=dict)  # full name -> first naming
    memberships: list[Membership] = field(default_factory=list)
    gender: dict[str, str] = field(default_factory=dict)  # full name -> 'm' | 'f' where a title shows it

    def surname_index(self) -> dict[str, str]:
        index: dict[str, str] = {}
        for name in self.people:
            index.setdefault(name.split()[-1], name)
        return index

    def holders(self, role: str) -> list[str]:
        return [m.person for m in self.memberships if m.role == role]

    @cached_property
    def force_index(self) -> Intervals:
        return Intervals(self.forces)

    @cached_property
    def organisation_index(self) -> Intervals:
        return Intervals(self.organisations)


# Look-aheads for the first letter (here and below) only make re fail fast where no match can start.
_UNKNOWN_FORCE = re.compile(rf"(?=[A-Z])\b((?:[A-Z][{_LOWER}]+ (?:(?:of|and|&|upon|on) )?){{1,4}}(?:Police Service|Police|Constabulary))\b"
                            rf"(?! (?:and|Federation|,))")


@dataclass(frozen=True)
class AreaPatterns:
    """Police areas' names (peel:areaName) in the three places the converter looks for them."""

    force: Caseless  # "Hertfordshire police", not "… police and crime commissioner" or "… Police Federation"
    before_post: re.Pattern[str]  # "Kent's PCC"
    after_post: re.Pattern[str]  # "PCC for Kent"
    force_of_area: dict[str, str]  # lower-case area name -> force IRI


@lru_cache(maxsize=4)
def area_patterns(lex) -> AreaPatterns:
    areas = {name.lower(): iri for iri, name in lex.force_area_name.items()}
    alternation = vocab.trie_alternation(areas)  # the longest name that fits, as a longest-first list
    return AreaPatterns(
        Caseless(rf"\b({alternation})(?:'s)? (?:police force|police service|police|constabulary)\b"
                 rf"(?! (?:and crime|fire and crime|, fire|federation))"),
        re.compile(rf"\b({alternation})(?:'s)?\s+$", re.I),
        re.compile(rf"\s+(?:of|for)\s+({alternation})\b", re.I),
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
    areas = area_patterns(lex)
    add_all((m.start(), m.end(), Organisation(lex.label[iri], iri, doc.span(m.start(), m.end())))
            for m in areas.force.finditer(doc) for iri in [areas.force_of_area[m.group(1).lower()]])
    add_all((m.start(), m.end(), Organisation(m.group(1), None, doc.span(m.start(), m.end())))
            for m in _UNKNOWN_FORCE.finditer(text) for words in [m.group(1).split()]
            if words[0] not in NOT_NAME and not any(w in {"Chief", "Constable", "The", "His", "Her"} for w in words))
    return sorted(found, key=lambda f: f[0])


def choose_main_force(doc: Doc, forces: list[tuple[int, int, Organisation]]) -> Organisation | None:
    """The force the article is about: most named, the first two sentences counting double."""
    if not forces:
        return None
    lead_end = doc.sentences[min(2, len(doc.sentences)) - 1].end if doc.sentences else 0
    score: Counter[str] = Counter()
    first: dict[str, tuple[int, Organisation]] = {}
    for start, _, org in forces:
        key = org.iri or org.name
        score[key] += 2 if start < lead_end else 1
        first.setdefault(key, (start, org))
    best = max(score, key=lambda k: (score[k], -first[k][0]))
    start, org = first[best]
    return Organisation(org.name, org.iri, org.span)


def find_organisations(doc: Doc) -> list[tuple[int, int, str]]:
    return doc.found(doc.lex.organisations)


_POLITICAL_PARTY = str(vocab.PEEL.PoliticalParty)


def is_party(doc: Doc, iri: str) -> bool:
    return _POLITICAL_PARTY in doc.lex.org_types.get(iri, frozenset())


_PARTY_GAP = re.compile(r"(?:'s)?\s*(?:party\s*)?", re.I)


def _party_before(doc: Doc, mentions: Mentions, pos: int) -> Organisation | None:
    """A party named just before a post: 'Conservative police and crime commissioner', "Labour's PCC"."""
    nearest = mentions.organisation_index.last_ending_by(pos)
    if nearest is not None:
        start, end, iri = nearest
        if is_party(doc, iri) and _PARTY_GAP.fullmatch(doc.text, end, pos):
            return Organisation(doc.lex.label[iri], iri, doc.span(start, end))
    return None


def _party_after(doc: Doc, mentions: Mentions, pos: int) -> Organisation | None:
    """'(Con)' or '(Conservative)' straight after a name."""
    m = re.match(r"\s*(?:\(([A-Za-z ]+)\)|,\s+(?:of|for)\s+(?:the\s+)?([A-Z][A-Za-z ]+?)\s*,)", doc.text[pos:pos + 40])
    if not m:
        return None
    group = 1 if m.group(1) else 2
    word = PARTY_ABBREVIATIONS.get(m.group(group).lower(), m.group(group))
    for start, end, iri in doc.lex.organisations.finditer(word):
        if is_party(doc, iri) and (start, end) == (0, len(word)):
            return Organisation(doc.lex.label[iri], iri, doc.span(pos + m.start(group), pos + m.end(group)))
    return None


_FORCE_BEFORE_POST = re.compile(r"(?:'s)?\s*(?:(?:new|former|interim|current)\s+)?", re.I)
_FORCE_AFTER_POST = re.compile(r"\s+(?:of|for|at)\s+(?:the\s+)?", re.I)


def _force_near(doc: Doc, mentions: Mentions, start: int, end: int) -> Organisation | None:
    """The force a post is qualified with: 'Kent Police chief constable', 'PCC for Kent', "Kent's PCC"."""
    before = mentions.force_index.last_ending_by(start)
    if before is not None and _FORCE_BEFORE_POST.fullmatch(doc.text, before[1], start):
        return before[2]
    after = mentions.force_index.first_starting_from(end)
    if after is not None and _FORCE_AFTER_POST.fullmatch(doc.text, end, after[0]):
        return after[2]
    areas = area_patterns(doc.lex)
    m = areas.before_post.search(doc.text[max(0, start - 60):start]) or areas.after_post.match(doc.text[end:end + 60])
    if m:
        iri = areas.force_of_area[m.group(1).lower()]
        return Organisation(doc.lex.label[iri], iri, None)
    return None


def _post_organisation(doc: Doc, mentions: Mentions, role: str, start: int, end: int) -> Organisation | None:
    lex = doc.lex
    post_in = lex.role_post_in.get(role, "")
    if post_in == str(vocab.PEEL.Inspectorate):
        return Organisation(lex.label[lex.inspectorate], lex.inspectorate)
    if post_in == str(vocab.PEEL.StaffAssociation):
        sentence = doc.sentence_at(start)
        # The first in the sentence: a match holds only letters and spaces, so none crosses a sentence's end.
        m = next((m for _, _, m in doc.matches(_FEDERATION).within(sentence.start, sentence.end)), None)
        if m and m.group(1).split()[0] not in NOT_NAME:
            return Organisation(m.group(1), None, doc.span(m.start(1), m.end(1)))
        federation = next((iri for _, _, iri in lex.organisations.finditer("Police Federation")), None)
        return Organisation(lex.label[federation], federation) if federation else None
    force = _force_near(doc, mentions, start, end) or mentions.main_force
    if force is None:
        return None
    if post_in == str(vocab.PEEL.PoliceGovernanceOffice):
        if force.iri is None or force.iri not in lex.force_area_name:
            return None
        title = lex.label[role]
        title = " ".join(w if w in {"and", "for"} else w.capitalize() for w in title.split())
        # The statutory name of the corporation sole: "Police and Crime Commissioner for Hertfordshire".
        return Organisation(f"{title} for {lex.force_area_name[force.iri]}",
                            str(vocab.office_iri(role, force.iri)))
    return Organisation(force.name, force.iri)


# "chief constable Charlie Hall", "the chief constable, Jane Smith", "PCC for Kent, Matthew Scott"
_NAME_AFTER_ROLE = re.compile(rf"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][^,.;]{{0,60}}?,|,)?\s+(?:{HONORIFIC}\s+)?(?P<name>{NAME})")
# "Jane Smith, the force's new chief constable", "Tom Brown (Lab), Kent's PCC": the words from the
# comma to the post are few, so only the posts a comma closely precedes are tried.
_BETWEEN_NAME_AND_ROLE = (r",\s+(?:(?:who is|now|the|its|their|his|her|the force's|the constabulary's)\s+){0,3}"
                          r"(?:(?:[A-Z][\w-]*(?:'s)?|new|former|interim)\s+){0,4}")
_NAME_BEFORE_ROLE = re.compile(rf"(?P<name>{NAME})(?:\s*\([A-Za-z ]+\))?{_BETWEEN_NAME_AND_ROLE}$")
_COMMA_BEFORE_ROLE = re.compile(_BETWEEN_NAME_AND_ROLE)
# "the chair of the Metropolitan Police Federation, Gary Pemberton": the post named with its organisation.
_FEDERATION = re.compile(rf"\b((?:[A-Z][{_LOWER}]+ ){{1,3}}Police Federation)\b")
# 'chair' starting a word: checked after it, so that re can jump from one 'chair' to the next.
_FEDERATION_CHAIR = re.compile(rf"chair(?<!\wchair)(?:man|woman|person)? of (?:the )?(?P<org>(?:[A-Z][{_LOWER}]+ ){{0,3}}Police Federation)\b")
# Every title and name starts with a capital.
_NAMED_SPEAKER = re.compile(rf"(?=[{_UPPER}])(?:(?P<title>{HONORIFIC})\s+)?(?P<name>{NAME})"
                            rf"(?=,? (?:said|says|added|told|explained|warned|commented)\b|\s*,\s+(?:who|the|a)\b)")
_TITLED_SURNAME = re.compile(rf"(?=M)\b(?P<title>Mr|Mrs|Ms|Miss)\.?\s+(?P<surname>{SURNAME})")


def _name_before(doc: Doc, sentence: Span, post: int) -> re.Match[str] | None:
    """_NAME_BEFORE_ROLE.search(doc.text, sentence.start, post), tried only where a match can start:
    its comma is the last before the post, and the name before that comma is at most five words."""
    text, commas = doc.text, doc.commas
    i = bisect.bisect_left(commas, post) - 1
    if i < 0 or commas[i] < sentence.start or not _COMMA_BEFORE_ROLE.fullmatch(text, commas[i], post):
        return None
    name_end = commas[i]
    if name_end > sentence.start and text[name_end - 1] == ")":  # "Tom Brown (Lab),"
        name_end = max(text.rfind("(", sentence.start, name_end), sentence.start)
        while name_end > sentence.start and text[name_end - 1].isspace():
            name_end -= 1
    first = name_end
    for _ in range(5):
        first = text.rfind(" ", sentence.start, first)
        if first < 0:
            first = sentence.start
            break
    return _NAME_BEFORE_ROLE.search(text, first, post)


def find_people(doc: Doc, mentions: Mentions) -> None:
    """Posts with the people holding them, then every other person named with a title or a verb of saying."""
    text, lex = doc.text, doc.lex
    seen: set[tuple[str, str, str]] = set()
    posts = doc.found(lex.roles)
    federation_chair = next((iri for _, _, iri in lex.roles.finditer("Police Federation chair")), None)
    if federation_chair:
        named_posts = Intervals(posts)
        for m in _FEDERATION_CHAIR.finditer(text):
            if named_posts.containing(m.start()) is None:
                posts.append((m.start(), m.end(), federation_chair))
    for start, end, role in sorted(posts):
        sentence = doc.sentence_at(start)
        name_match = _NAME_AFTER_ROLE.match(text, end, sentence.end)
        if name_match and is_name(name_match.group("name")):
            # The 'for <force>' clause in between must not swallow a name.
            name_start, name_end = name_match.span("name")
        else:
            before = _name_before(doc, sentence, start)
            if not before or not is_name(before.group("name")):
                continue
            name_start, name_end = before.span("name")
        name = clean_name(text[name_start:name_end])
        organisation = _post_organisation(doc, mentions, role, start, end)
        if organisation is None:
            continue
        party = _party_before(doc, mentions, start) or _party_after(doc, mentions, name_end) or \
            _party_after(doc, mentions, end)
        key = (name, role, organisation.iri or organisation.name)
        _add_person(doc, mentions, name, name_start, name_end)
        if key in seen:
            continue
        seen.add(key)
        evidence = doc.span(min(start, name_start), max(end, name_end))
        mentions.memberships.append(Membership(name, role, organisation, evidence, party))
    # People named with a title ('Dr Jane Smith') or as the subject of a verb of saying.
    for m in _NAMED_SPEAKER.finditer(text):
        if is_name(clean_name(m.group("name"))) and not _inside_organisation(mentions, m.start("name"), m.end("name")):
            _add_person(doc, mentions, m.group("name"), m.start("name"), m.end("name"), m.group("title"))
    surnames = mentions.surname_index()
    for m in _TITLED_SURNAME.finditer(text):
        full = surnames.get(m.group("surname").split()[-1])
        if full:
            mentions.gender.setdefault(full, "m" if m.group("title") == "Mr" else "f")


def _inside_organisation(mentions: Mentions, start: int, end: int) -> bool:
    forces = mentions.force_index
    return forces.containing(start) is not None or forces.containing(end - 1) is not None or \
        mentions.organisation_index.containing(start) is not None


def _add_person(doc: Doc, mentions: Mentions, name: str, start: int, end: int, title: str | None = None) -> None:
    name = clean_name(name)
    if name not in mentions.people:
        mentions.people[name] = Person(name, doc.span(end - len(name), end))
    if title in {"Mr", "Sir", "Lord"}:
        mentions.gender.setdefault(name, "m")
    elif title in {"Mrs", "Ms", "Miss", "Dame", "Lady", "Baroness"}:
        mentions.gender.setdefault(name, "f")


def find_mentions(doc: Doc) -> Mentions:
    mentions = Mentions(forces=find_forces(doc), organisations=find_organisations(doc))
    mentions.main_force = choose_main_force(doc, mentions.forces)
    find_people(doc, mentions)
    return mentions
