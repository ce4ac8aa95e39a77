"""Posts and the people holding them: who holds which post in which organisation, as the text
names them, and the other people it names."""
from __future__ import annotations

import bisect
import re

from .. import vocab
from ..facts import Membership, Organisation, Person, Span
from .doc import Doc, Intervals
from .mentions import (
    HONORIFIC,
    LOWER,
    NAME,
    NOT_NAME,
    PARTY_ABBREVIATIONS,
    POST_NOMINALS,
    SURNAME,
    UPPER,
    Mentions,
    area_patterns,
    clean_name,
    is_name,
    is_party,
    is_surname,
)

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
    written = m.group(group).strip()
    # '(Con)', '(Lab)', and '(RA Ruxley)': a party and the ward it stands in.
    for words in (written, written.split()[0]) if written else ():
        word = PARTY_ABBREVIATIONS.get(words.lower(), words)
        for start, end, iri in doc.lex.organisations.finditer(word):
            if is_party(doc, iri) and (start, end) == (0, len(word)):
                at = pos + m.start(group) + m.group(group).index(words)
                return Organisation(doc.lex.label[iri], iri, doc.span(at, at + len(words)))
    return None


_FORCE_BEFORE_POST = re.compile(r"(?:'s)?\s*(?:(?:new|former|interim|current)\s+)?", re.I)
_FORCE_AFTER_POST = re.compile(r"\s+(?:of|for|at)\s+(?:the\s+)?", re.I)


def _force_near(doc: Doc, mentions: Mentions, start: int, end: int) -> Organisation | None:
    """The force a post is qualified with: 'Kent Police chief constable', 'PCC for Kent', "Kent's PCC"."""
    before = mentions.force_index.last_ending_by(start)
    if before is not None and _FORCE_BEFORE_POST.fullmatch(doc.text, before[1], start):
        return before[2]
    after = _force_after_post(doc, mentions, end)
    if after is not None:
        return after[2]
    areas = area_patterns(doc.lex)
    m = areas.before_post.search(doc.text[max(0, start - 60):start]) or areas.after_post.match(doc.text[end:end + 60])
    return _force_of_area(doc, m.group(1)) if m else None


def _force_after_post(doc: Doc, mentions: Mentions, end: int):
    """The force mention (start, end, force) a post ending at `end` is qualified with: 'chief constable of Kent Police'."""
    after = mentions.force_index.first_starting_from(end)
    if after is not None and _FORCE_AFTER_POST.fullmatch(doc.text, end, after[0]):
        return after
    return None


def _force_of_area(doc: Doc, area: str) -> Organisation:
    iri = area_patterns(doc.lex).force_of_area[area.lower()]
    return Organisation(doc.lex.label[iri], iri, None)


# "Chief Constable Tom Brown of Essex Police", "Tom Brown, of Essex Police,", "Tom Brown (Essex Police)"
_NAME_OF_FORCE = re.compile(r",?\s+(?:of|from|at)\s+(?:the\s+)?")
_NAME_OPEN_FORCE = re.compile(r"\s*\(\s*")
_CLOSE_FORCE = re.compile(r"\s*\)")


def _force_after_name(doc: Doc, mentions: Mentions, name_end: int) -> Organisation | None:
    """The force a post's holder is named with, when the post itself is not: 'Chief Constable Tom
    Brown of Essex Police', 'Police and Crime Commissioner Roger Hirst of Essex'."""
    text = doc.text
    after = mentions.force_index.first_starting_from(name_end)
    if after is not None and (_NAME_OF_FORCE.fullmatch(text, name_end, after[0]) or (
            _NAME_OPEN_FORCE.fullmatch(text, name_end, after[0]) and _CLOSE_FORCE.match(text, after[1]))):
        return after[2]
    m = area_patterns(doc.lex).after_post.match(text, name_end + (text[name_end:name_end + 1] == ","), name_end + 60)
    return _force_of_area(doc, m.group(1)) if m else None


# A council named with its councillor: "Epsom & Ewell Borough Council".
_COUNCIL = re.compile(rf"\b([{UPPER}][\w'-]* (?:(?:[{UPPER}][\w'-]*|&|and|of) ){{0,4}}Council)\b")


def role_in_force(lex, role: str, force: Organisation | None) -> str | None:
    """The post a title names in `force`: 'Commissioner' heads the Met and the City of London
    Police only; elsewhere it is the police and crime commissioner (peel:elsewhereRole), and a
    post that has no such meaning outside its forces is no post there (None)."""
    forces = lex.role_forces.get(role)
    if forces is None or force is None or force.iri in forces:
        return role
    return lex.role_elsewhere.get(role)


def _post_organisation(doc: Doc, role: str, start: int, force: Organisation | None) -> Organisation | None:
    """The organisation a post is in: its one organisation (the Home Office), the inspectorate, a
    staff association, a council, or `force` (or the office of its police and crime commissioner
    or mayor)."""
    lex = doc.lex
    if role in lex.role_post_at:
        return Organisation(lex.label[lex.role_post_at[role]], lex.role_post_at[role])
    post_in = lex.role_post_in.get(role, "")
    if post_in == str(vocab.PEEL.Inspectorate):
        return Organisation(lex.label[lex.inspectorate], lex.inspectorate)
    sentence = doc.sentence_at(start)
    if post_in == str(vocab.PEEL.StaffAssociation):
        # The first in the sentence: a match holds only letters and spaces, so none crosses a sentence's end.
        m = next((m for _, _, m in doc.matches(_FEDERATION).within(sentence.start, sentence.end)), None)
        if m and m.group(1).split()[0] not in NOT_NAME:
            return Organisation(m.group(1), None, doc.span(m.start(1), m.end(1)))
        federation = next((iri for _, _, iri in lex.organisations.finditer("Police Federation")), None)
        return Organisation(lex.label[federation], federation) if federation else None
    if post_in == str(vocab.PEEL.LocalAuthority):
        m = next((m for _, _, m in doc.matches(_COUNCIL).within(sentence.start, sentence.end)), None)
        if m and m.group(1).split()[0] not in NOT_NAME:
            return Organisation(m.group(1), None, doc.span(m.start(1), m.end(1)))
    if force is None:
        return None
    area = lex.force_area_name.get(force.iri or "")
    if post_in == str(vocab.PEEL.LocalAuthority):
        # A council the text does not name: the one of the police area, named by what it is.
        return Organisation(f"{lex.label[post_in].capitalize()} in {area}",
                            str(vocab.office_iri(role, force.iri))) if area else None
    if post_in == str(vocab.PEEL.PoliceGovernanceOffice):
        if area is None:
            return None
        office = lex.role_in_office_of.get(role, role)  # a deputy works in the commissioner's office
        title = " ".join(w if w in {"and", "for"} else w.capitalize() for w in lex.label[office].split())
        # The statutory name of the corporation sole: "Police and Crime Commissioner for Hertfordshire".
        return Organisation(f"{title} for {area}", str(vocab.office_iri(office, force.iri)))
    return Organisation(force.name, force.iri)


# "chief constable Charlie Hall", "the chief constable, Jane Smith", "PCC for Kent, Matthew Scott"
# ... and "HMI chief Zoë Billingham", the post's informal head noun between.
# ... and "Cllr. Jane Roe", "Police and Crime Commissioner (PCC) Jane Roe".
_NAME_AFTER_ROLE = re.compile(rf"\.?(?:\s*\([A-Z]{{2,6}}\))?(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][^,.;]{{0,60}}?,|,|\s+(?:chief|boss|head))?"
                              rf"\s+(?:{HONORIFIC}\s+)?(?P<name>{NAME})")
# "Jane Roe MP", "Roger Hirst PFCC": a post written as capitals straight after the name.
_NAME_BEFORE_ACRONYM = re.compile(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME}) $")
# "Chief Constable of Essex Police Tom Brown": the name after the post's force.
_NAME_AFTER_FORCE = re.compile(rf",?\s+(?:{HONORIFIC}\s+)?(?P<name>{NAME})")
# "Tom Brown of Essex Police, the chief constable": the name before the force it is named with.
_NAME_BEFORE_FORCE = re.compile(rf"(?P<name>{NAME}),?\s+(?:of|from|at)\s+(?:the\s+)?$")
# "Jane Smith, the force's new chief constable", "Tom Brown (Lab), Kent's PCC": the words from the
# comma to the post are few, so only the posts a comma closely precedes are tried.
_BETWEEN_NAME_AND_ROLE = (r",\s+(?:(?:who is|now|the|its|their|his|her|the force's|the constabulary's)\s+){0,3}"
                          r"(?:(?:[A-Z][\w-]*(?:'s)?|new|former|interim)\s+){0,4}")
_NAME_BEFORE_ROLE = re.compile(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME}){POST_NOMINALS}(?:\s*\([A-Za-z ]+\))?{_BETWEEN_NAME_AND_ROLE}$")
# "Sir Mark Rowley became commissioner", "Jane Smith, who was appointed chief constable"
_NAME_BECAME_ROLE = re.compile(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME}),?\s+(?:who\s+)?(?:became|becomes|has become|had become|was appointed|"
                               rf"has been appointed|was named|took over as|takes over as|was made)\s+(?:as\s+)?(?:the\s+)?"
                               rf"(?:(?:new|force's|permanent)\s+)?$")
# "Jo Coles - York and North Yorkshire Deputy Mayor for Policing, Fire and Crime": a name, a dash, the post.
_NAME_DASH_ROLE = re.compile(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME}){POST_NOMINALS}\s+-\s+(?:(?:[A-Z][\w-]*(?:'s)?|and|of|&)\s+){{0,5}}$")
# 'Chief Constable Roper chaired': a capitalised title, one capitalised word, then no other.
_SURNAME_AFTER_TITLE = re.compile(rf" (?:{HONORIFIC} )?(?P<name>{SURNAME})(?![\w'-]| (?:{HONORIFIC} )?[A-Z])")
_COMMA_BEFORE_ROLE = re.compile(_BETWEEN_NAME_AND_ROLE)
# "the chair of the Metropolitan Police Federation, Gary Pemberton": the post named with its organisation.
_FEDERATION = re.compile(rf"\b((?:[A-Z][{LOWER}]+ ){{1,3}}Police Federation)\b")
# 'chair' starting a word: checked after it, so that re can jump from one 'chair' to the next.
# A branch's officer: "chair of the Kent Police Federation", "secretary of the Humberside Police Federation".
# The post's first letters are checked after them, so that re can jump from one candidate to the next.
_FEDERATION_POST = re.compile(rf"(?P<post>chair(?<!\wchair)(?:man|woman|person)?|secretary(?<!\wsecretary)) of (?:the )?"
                              rf"(?P<org>(?:[A-Z][{LOWER}]+ ){{0,3}}Police Federation)\b")
# The role each post word names, by the role's label.
_FEDERATION_ROLES = {"chair": "Police Federation chair", "secretary": "Police Federation secretary"}
# Every title and name starts with a capital.
_NAMED_SPEAKER = re.compile(rf"(?=[{UPPER}])(?:(?P<title>{HONORIFIC})\s+)?(?P<name>{NAME})"
                            rf"(?=,? (?:said|says|added|told|explained|warned|commented)\b|\s*,\s+(?:who|the|a)\b)")
_TITLED_SURNAME = re.compile(rf"(?=M)\b(?P<title>Mr|Mrs|Ms|Miss)\.?\s+(?P<surname>{SURNAME})")


def _comma_before(doc: Doc, sentence: Span, post: int) -> int | None:
    """The comma after a post's holder named before it: the last before the post, a few words before."""
    i = bisect.bisect_left(doc.commas, post) - 1
    if i < 0 or doc.commas[i] < sentence.start or not _COMMA_BEFORE_ROLE.fullmatch(doc.text, doc.commas[i], post):
        return None
    return doc.commas[i]


def _name_before(doc: Doc, sentence: Span, post: int) -> re.Match[str] | None:
    """_NAME_BEFORE_ROLE.search(doc.text, sentence.start, post), tried only where a match can start:
    its comma is the last before the post, and the name before that comma is at most five words."""
    text = doc.text
    name_end = _comma_before(doc, sentence, post)
    if name_end is None:
        return None
    if name_end > sentence.start and text[name_end - 1] == ")":  # "Tom Brown (Lab),"
        name_end = max(text.rfind("(", sentence.start, name_end), sentence.start)
        while name_end > sentence.start and text[name_end - 1].isspace():
            name_end -= 1
    return _NAME_BEFORE_ROLE.search(text, _words_back(text, sentence.start, name_end, 5), post)


def _words_back(text: str, lo: int, end: int, words: int) -> int:
    """A place before which nothing of `words` space-separated words ending at `end` lies."""
    for _ in range(words):
        end = text.rfind(" ", lo, end)
        if end < 0:
            return lo
    return end


def _holder_after(doc: Doc, mentions: Mentions, sentence: Span, end: int) -> tuple[int, int, Organisation | None] | None:
    """The holder named after a post ending at `end` (their name's span), with the force they are
    named with: 'chief constable Jane Smith', 'Chief Constable Tom Brown of Essex Police',
    'Chief Constable of Essex Police Tom Brown'."""
    m = _NAME_AFTER_ROLE.match(doc.text, end, sentence.end)
    if m and is_name(m.group("name")):
        return m.start("name"), m.end("name"), _force_after_name(doc, mentions, m.end("name"))
    force = _force_after_post(doc, mentions, end)
    after = force[1] if force else None
    if after is None:  # "Police and crime commissioner for Cheshire David Keane"
        area = area_patterns(doc.lex).after_post.match(doc.text, end, sentence.end)
        after = area.end() if area else None
    m = _NAME_AFTER_FORCE.match(doc.text, after, sentence.end) if after is not None else None
    if m and is_name(m.group("name")):
        return m.start("name"), m.end("name"), None
    return None


def _surname_after(doc: Doc, sentence: Span, start: int, end: int) -> tuple[int, int] | None:
    """The holder named by their surname alone after a title written with capitals, as a title
    before a surname is: 'Chief Constable Roper chaired', 'PCC Jones said'."""
    words = doc.raw[start:end].split()
    if not all(w[0].isupper() or w in {"and", "of", "for", "the"} for w in words):
        return None
    m = _SURNAME_AFTER_TITLE.match(doc.text, end, sentence.end)
    if m is None or not is_surname(m.group("name")) or m.group("name").lower() in area_patterns(doc.lex).force_of_area:
        return None
    return m.start("name"), m.end("name")


def _holder_before(doc: Doc, mentions: Mentions, sentence: Span, start: int) -> tuple[int, int, Organisation | None] | None:
    """The holder named before a post starting at `start`, with the force they are named with:
    'Jane Smith, the chief constable', 'Tom Brown of Essex Police, the chief constable'."""
    m = _name_before(doc, sentence, start)
    if m and is_name(m.group("name")):
        return m.start("name"), m.end("name"), None
    text = doc.text
    if doc.raw[start:start + 2].isupper() and doc.raw[start:start + 6].split()[0].isupper():
        m = _NAME_BEFORE_ACRONYM.search(text, _words_back(text, sentence.start, start - 1, 4), start)
        if m and is_name(m.group("name")):
            return m.start("name"), m.end("name"), None
    near = _words_back(text, sentence.start, start, 12)
    for pattern in (_NAME_BECAME_ROLE, _NAME_DASH_ROLE):
        m = pattern.search(text, near, start)
        if m and is_name(m.group("name")):
            return m.start("name"), m.end("name"), None
    comma = _comma_before(doc, sentence, start)
    force = mentions.force_index.last_ending_by(comma) if comma is not None else None
    if force is None or force[1] < sentence.start or text[force[1]:comma].strip():
        return None
    # The name, 'of the', at most five and three words.
    m = _NAME_BEFORE_FORCE.search(text, _words_back(text, sentence.start, force[0], 8), force[0])
    if m and is_name(m.group("name")):
        return m.start("name"), m.end("name"), force[2]
    return None


def find_people(doc: Doc, mentions: Mentions) -> None:
    """Posts with the people holding them, then every other person named with a title or a verb of saying."""
    text, lex = doc.text, doc.lex
    seen: set[tuple[str, str, str]] = set()
    posts = doc.found(lex.roles)
    named_posts = Intervals(posts)
    for m in _FEDERATION_POST.finditer(text):
        label = _FEDERATION_ROLES["chair" if m.group("post").startswith("chair") else "secretary"]
        role = next((iri for _, _, iri in lex.roles.finditer(label)), None)
        if role and named_posts.containing(m.start()) is None:
            posts.append((m.start(), m.end(), role))
    by_surname: list[tuple[int, int, str, int, int]] = []
    for start, end, role in sorted(posts):
        sentence = doc.sentence_at(start)
        holder = _holder_after(doc, mentions, sentence, end) or _holder_before(doc, mentions, sentence, start)
        if holder is not None:
            _hold(doc, mentions, seen, start, end, role, *holder)
            continue
        surname = _surname_after(doc, sentence, start, end)
        if surname is not None:
            by_surname.append((start, end, role, *surname))
    # Surnames alone last: 'Chief Constable Roper' is Kier Roper where the text names him in full.
    surnames = mentions.surname_index()
    for start, end, role, name_start, name_end in by_surname:
        full = surnames.get(text[name_start:name_end])
        _hold(doc, mentions, seen, start, end, role, name_start, name_end, None, full)
    holder_name_ends = {name_end for _, name_end in mentions.holder_names}
    # People named with a title ('Dr Jane Smith') or as the subject of a verb of saying.
    for m in _NAMED_SPEAKER.finditer(text):
        # 'for Cheshire David Keane, said': a post's holder, not a person named 'Cheshire David Keane'.
        if m.end("name") in holder_name_ends:
            continue
        if is_name(clean_name(m.group("name"))) and not _inside_organisation(mentions, m.start("name"), m.end("name")):
            add_person(doc, mentions, m.group("name"), m.start("name"), m.end("name"), m.group("title"))
    surnames = mentions.surname_index()
    for m in _TITLED_SURNAME.finditer(text):
        full = surnames.get(m.group("surname").split()[-1])
        if full:
            mentions.gender.setdefault(full, "m" if m.group("title") == "Mr" else "f")


def _hold(doc: Doc, mentions: Mentions, seen: set, start: int, end: int, role: str, name_start: int, name_end: int,
          named_with: Organisation | None, name: str | None = None) -> None:
    """Record that the person named at text[name_start:name_end] (or `name`) holds the post named at text[start:end]."""
    name = name or clean_name(doc.text[name_start:name_end])
    # The force the post is named with, else the one its holder is named with, else the article's.
    force = _force_near(doc, mentions, start, end) or named_with or mentions.main_force
    role = role_in_force(doc.lex, role, force)
    organisation = _post_organisation(doc, role, start, force) if role else None
    add_person(doc, mentions, name, name_start, name_end)
    mentions.holder_names.append((name_start, name_end))
    if organisation is None:  # a post in a force the article does not make known: the person only
        return
    party = _party_before(doc, mentions, start) or _party_after(doc, mentions, name_end) or \
        _party_after(doc, mentions, end)
    key = (name, role, organisation.iri or organisation.name)
    evidence = doc.span(min(start, name_start), max(end, name_end))
    mentions.holdings.append((evidence.start, evidence.end, name, role, force.iri or force.name if force else None))
    if key in seen:
        return
    seen.add(key)
    mentions.memberships.append(Membership(name, role, organisation, evidence, party))


def _inside_organisation(mentions: Mentions, start: int, end: int) -> bool:
    forces = mentions.force_index
    return forces.containing(start) is not None or forces.containing(end - 1) is not None or \
        mentions.organisation_index.containing(start) is not None


def add_person(doc: Doc, mentions: Mentions, name: str, start: int, end: int, title: str | None = None) -> None:
    name = clean_name(name)
    if name not in mentions.people:
        mentions.people[name] = Person(name, doc.span(end - len(name), end))
    if title in {"Mr", "Sir", "Lord"}:
        mentions.gender.setdefault(name, "m")
    elif title in {"Mrs", "Ms", "Miss", "Dame", "Lady", "Baroness"}:
        mentions.gender.setdefault(name, "f")
