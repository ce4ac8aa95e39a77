"""Posts and the people holding them: who holds which post in which organisation, as the text
names them, and the other people it names."""
from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import lru_cache

from .. import vocab
from ..facts import Membership, Organisation, Person
from .doc import BANNER, Caseless, Doc, Intervals
from .subjects import area_name_mentions, county_force, fire_service_named
from .holders import (
    MADE_HOLDER,
    force_near,
    holder_above,
    holder_after,
    holder_before,
    holder_by_given_name,
    holder_it_is,
    holder_who_left,
    known_surname_before,
    predecessor_after,
    predecessor_before,
    surname_after,
    surname_before,
)
from .mentions import (
    CAPTION_WORD,
    HONORIFIC,
    LOWER,
    NAME,
    NAME_TOKEN,
    NOT_NAME,
    PARTY_ABBREVIATIONS,
    POST_NOMINALS,
    PRONOUN_GENDER,
    SURNAME,
    UPPER,
    Mentions,
    area_patterns,
    clean_name,
    is_name,
    is_party,
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
    """'(Con)', '(Conservative)' or '(Conservative, Tunbridge Wells)' straight after a name, or what they are in the
    party set off after it: 'Jo Hall, the Labour chairwoman of the panel', 'Jo Hall, leader of the Liberal Democrat
    group on the council', 'Mr Hall, who was elected as the Labour candidate in 2012', 'Ms Hall, who was elected for
    the Conservatives,', 'Mr Hall, a Conservative, added'."""
    m = re.match(r"\s*(?:\(([A-Za-z ]+)(?:,[^\S\n][^()\n]{1,40})?\)|,\s+(?:of|for)\s+(?:the\s+)?([A-Z][A-Za-z ]+?)\s*,"
                 r"|,\s+(?:the\s+|a\s+)?(?:(?:leader|member|chair(?:man|woman)?)\s+of\s+the\s+)?([A-Z][A-Za-z ]+?)\s+"
                 r"(?:group|chair(?:man|woman|person)?|councillor|member|leader|politician|MP)\b"
                 r"|,\s+who\s+(?:was|has\s+been|had\s+been)\s+(?:re-?)?elected\s+(?:(?:as\s+)?(?:the\s+|a\s+)?([A-Z][A-Za-z ]+?)\s+"
                 r"(?:candidate|PCC|commissioner|councillor|MP)\b|for\s+(?:the\s+)?([A-Z][A-Za-z ]+?)\s*[,.;])"
                 r"|,\s+an?\s+([A-Z][A-Za-z]+)\s*,)", doc.text[pos:pos + 80])
    if not m:
        return None
    group = next(g for g in (1, 2, 3, 4, 5, 6) if m.group(g))
    written = m.group(group).strip()
    # '(Con)', '(Lab)', and '(RA Ruxley)': a party and the ward it stands in.
    for words in (written, written.split()[0]) if written else ():
        word = PARTY_ABBREVIATIONS.get(words.lower(), words)
        for start, end, iri in doc.lex.organisations.finditer(word):
            if is_party(doc, iri) and (start, end) == (0, len(word)):
                at = pos + m.start(group) + m.group(group).index(words)
                return Organisation(doc.lex.label[iri], iri, doc.span(at, at + len(words)))
    return None


# A fire and rescue service by its name: "Merseyside Fire and Rescue Service", "Essex County Fire & Rescue Service" (not
# the inspectorate's, "… of Constabulary and Fire and Rescue Service" as some write it, nor its chief's title before it).
_FIRE_SERVICE = re.compile(rf"\b((?:(?!(?:Inspectorate|Constabulary|Majesty|Chief|Officer|Fire)\b)[{UPPER}][\w'-]* (?:(?:and|&|of) )?){{1,4}}"
                           rf"Fire (?:and|&) Rescue Service)\b")
# A council named with its councillor: "Epsom & Ewell Borough Council".
_COUNCIL = re.compile(rf"\b([{UPPER}][\w'-]* (?:(?:[{UPPER}][\w'-]*|&|and|of) ){{0,4}}Council)\b")


def role_in_force(lex, role: str, force: Organisation | None) -> str | None:
    """The post a title names in `force`: 'Commissioner' heads the Met and the City of London
    Police only; elsewhere it is the police and crime commissioner (peel:elsewhereRole), and a
    post that has no such meaning outside its forces is no post there (None). A title several
    posts share ('AM') names the one whose body covers the force (peel:coversForce), else none."""
    shared = lex.title_roles.get(role)
    if shared is not None and len(shared) == 1:
        role = shared[0]  # (a force's own title still names no post elsewhere: 'DAC' is the Met's)
    elif shared is not None:
        covering = [r for r in shared if force is not None and
                    force.iri in lex.org_covers.get(lex.role_post_at.get(r, ""), frozenset())]
        return covering[0] if len(covering) == 1 else None
    forces = lex.role_forces.get(role)
    if forces is None or force is None or force.iri in forces:
        return role
    return lex.role_elsewhere.get(role)


def _named_authority(doc: Doc, sentence) -> Organisation | None:
    """The police authority a sentence names, by its name ('the chair of the British Transport Police Authority') or by
    the short form the text gives it ('the British Transport Police Authority (BTPA)' … 'BTPA Chair Jo Hall'): the
    body a chair's post is in where no force's area names the office."""
    named = _AUTHORITY_NAME.search(doc.text, sentence.start, sentence.end) or \
        next((m for m in _AUTHORITY_SHORT.finditer(doc.text) if m.group(2) in doc.text[sentence.start:sentence.end]), None)
    words = named.group("name").split() if named else []
    while words and words[0] in _DETERMINERS:  # ('The British Transport Police Authority' opening a sentence)
        words.pop(0)
    if len(words) > 2:
        name = " ".join(words)
        return Organisation(name, None, doc.span(named.end("name") - len(name), named.end("name")))
    return None


def _post_organisation(doc: Doc, role: str, start: int, force: Organisation | None) -> Organisation | None:
    """The organisation a post is in: its one organisation (the Home Office), the inspectorate, a fire and rescue service,
    a staff association, a council, or `force` (or the office of its police and crime commissioner or mayor, or its
    police and crime panel)."""
    lex = doc.lex
    if role in lex.role_post_at:
        return Organisation(lex.label[lex.role_post_at[role]], lex.role_post_at[role])
    if role not in lex.role_post_in:  # a post outside the bodies the graph models ('Domestic Abuse Commissioner'): none
        return None
    post_in = lex.role_post_in[role]
    if post_in == str(vocab.PEEL.Inspectorate):
        return Organisation(lex.label[lex.inspectorate], lex.inspectorate)
    sentence = doc.sentence_at(start)
    if post_in == str(vocab.PEEL.FireAndRescueService):
        # (the service the sentence names, else the first the article names; none named: an unnamed one, or none where
        # the article names a force, whose chief fire officer it cannot be)
        m = _FIRE_SERVICE.search(doc.text, sentence.start, sentence.end) or _FIRE_SERVICE.search(doc.text)
        return Organisation(m.group(1), None, doc.span(m.start(1), m.end(1))) if m else None
    if post_in == str(vocab.PEEL.StaffAssociation):
        # The first in the sentence: a match holds only letters and spaces, so none crosses a sentence's end.
        m = next((m for _, _, m in doc.matches(_FEDERATION).within(sentence.start, sentence.end)), None)
        if m is None and doc.text.startswith(("Branch", "branch"), start):  # its branch, named before
            named = doc.matches(_FEDERATION).last_ending_by(start)
            m = named[2] if named else None
        branch = _branch_name(m.group(1)) if m else None
        if branch:
            at = m.end(1) - len(branch)
            return Organisation(branch, None, doc.span(at, m.end(1)))
        federation = next((iri for _, _, iri in lex.organisations.finditer("Police Federation")), None)
        return Organisation(lex.label[federation], federation) if federation else None
    if post_in == str(vocab.PEEL.LocalAuthority):
        m = next((m for _, _, m in doc.matches(_COUNCIL).within(sentence.start, sentence.end)), None)
        if m and m.group(1).split()[0] not in NOT_NAME:
            return Organisation(m.group(1), None, doc.span(m.start(1), m.end(1)))
    area = lex.force_area_name.get(force.iri or "") if force else None
    if area is None and lex.label.get(role, "").startswith("police authority") and "chair" in lex.label[role]:
        return _named_authority(doc, sentence)
    if force is None:
        return None
    if post_in == str(vocab.PEEL.LocalAuthority):
        # A council the text does not name: the one of the police area, named by what it is.
        return Organisation(f"{lex.label[post_in].capitalize()} in {area}",
                            str(vocab.office_iri(role, force.iri))) if area else None
    if post_in == str(vocab.PEEL.PoliceAndCrimePanel):
        return Organisation(f"{area} Police and Crime Panel", str(vocab.office_iri("police-and-crime-panel", force.iri))) \
            if area else None
    if post_in == str(vocab.PEEL.PoliceGovernanceOffice):
        if area is None:
            return None
        office = lex.role_in_office_of.get(role, role)  # a deputy works in the commissioner's office
        title = " ".join(w if w in {"and", "for"} else w.capitalize() for w in lex.label[office].split())
        # The statutory name of the corporation sole: "Police and Crime Commissioner for Hertfordshire".
        return Organisation(f"{title} for {area}", str(vocab.office_iri(office, force.iri)))
    return Organisation(force.name, force.iri)


# "the chair of the Metropolitan Police Federation, Gary Pemberton": the post named with its organisation.
_FEDERATION = re.compile(rf"\b((?:[A-Z][{LOWER}]+ ){{1,3}}Police Federation)\b")
# 'chair' starting a word: checked after it, so that re can jump from one 'chair' to the next.
# A branch's officer: "chair of the Kent Police Federation", "secretary of the Humberside Police Federation" (or the
# body after a comma, as a signature sets it: "Steve White, chair, Police Federation of England and Wales").
# The post's first letters are checked after them, so that re can jump from one candidate to the next.
_FEDERATION_POST = re.compile(rf"(?P<post>[Cc]hair(?<!\w[Cc]hair)(?:man|woman|person)?|[Ss]ecretary(?<!\w[Ss]ecretary))(?: of|,) (?:the )?"
                              rf"(?P<org>(?:[A-Z][{LOWER}]+ ){{0,3}}Police Federation)\b")
# The chair of a police and crime panel named with its area or a word of its kind: 'chair of the Warwickshire Police and
# Crime Panel', 'chair of the Kent and Medway Police and Crime Panel', 'chair of the all-party Police and Crime Panel',
# 'chair of the county's police and crime panel' (the bare name is the role's own altLabel); or by the verb:
# 'Jo Hall, who chairs the police and crime panel'. (So is a member: 'a member of the Kent Police and Crime Panel'; 'an
# independent member of …' is one of its members who are no councillors, not of a party.)
_PANEL_POST = re.compile(rf"(?:(?P<post>[Cc]hair(?<!\w[Cc]hair)(?:man|woman|person)?|(?P<member>(?<!\w)(?:[Ii]ndependent |[Cc]o-opted )?member)) of (?:the )?|(?P<verb>\bwho chairs) the )"
                          rf"(?:(?:[A-Z][a-z]+[ -](?:(?:and|&) )?|(?:all|cross)-party ){{1,3}}|(?:county|force|city|area|region)['’]s |(?<=chairs the ))"
                          rf"(?i:police,? (?:fire )?and crime panel)\b")
# ... or the panel chaired by its holder: 'the Kent and Medway Police and Crime Panel, chaired by Cllr Mike Dendor'.
_PANEL_CHAIRED_BY = re.compile(r"(?i:police,? (?:fire )?and crime panel),? (?:which is |is |was )?chaired by(?= )")
# The chair of a force's police authority (before 2012) named with its area: 'the chairman of Kent Police Authority'.
_AUTHORITY = r"(?:[A-Z][a-z]+[ -]){1,3}Police Authority"
_AUTHORITY_CHAIR = re.compile(rf"(?P<post>[Cc]hair(?<!\w[Cc]hair)(?:man|woman|person)?) of (?:the )?{_AUTHORITY}\b(?! Board)")
# A police authority's name ('Kent Police Authority'; not a City of London 'Police Authority Board'), and the short
# form a text gives it in brackets after its name: 'the British Transport Police Authority (BTPA)'.
_AUTHORITY_NAME = re.compile(rf"\b(?P<name>{_AUTHORITY})\b(?! Board)")
_AUTHORITY_SHORT = re.compile(rf"\b(?P<name>{_AUTHORITY}) \(([A-Z]{{2,6}})\)")
_CHAIR = r"(?:[Cc]hair|CHAIR)(?:man|woman|person)?"
# A branch officer named without the Federation, in a text about one: 'Branch secretary Steve Butler said'.
_BRANCH_POST = re.compile(r"(?<![\w-])(?:[Bb]ranch|Fed(?:eration)?) (?P<post>secretary|chair(?:man|woman|person)?)(?![\w-])")
# How far before a branch officer the text may name their Federation (a press release's header).
_BRANCH_REACH = 1000
_OTHER_UNION = re.compile(r"\b(?:Unison|UNISON|GMB|Unite|union)\b")
# The role each post word names, by the role's label.
_FEDERATION_ROLES = {"chair": "Police Federation chair", "secretary": "Police Federation secretary"}
# Every title and name starts with a capital.
# ... and where they come from between: 'Wendy Williams, from HMIC, said', 'Jo Bell of Unison says'; or
# what they are, in words the vocabulary has no post for: 'Jo Bell, chairman of the residents' panel, said'.
# Where they come from, set off by commas (or ending the sentence), names a person whatever follows: 'The findings
# were made by Jo Bell, of Her Majesty's Inspectorate of Constabulary, after …'.
SAID = r"(?:said|says|added|told|explained|warned|commented|stated)\b"
# 'HMIC' before a speaker's name is the inspector's title, as news wrote it before 2017 ('the then HMIC Jo Hall said'),
# not the inspectorate's name; and before a name that a verb's tense or mood follows: 'HMIC Jo Hall will brief the board'.
# ... or before the name of the one whose report or letter it is: "HMIC Matt Parr's full PEEL assessment report".
# ... or set off after the speaker's name, perhaps with the region: 'Roger Baker, HMIC for the northern region said:', or
# signing a quote at its line's end: '… future issues. Mike Cunningham, HMIC'.
_HMIC_TITLE = re.compile(rf"\bHMIC(?=\s+(?:{HONORIFIC}\s+)?{NAME}(?:,?\s+(?:(?:has\s+)?{SAID}|(?:will|would|is|was|has|had)\s+[a-z])"
                         rf"|['\u2019]s\s+(?:[\w-]+\s+){{0,4}}(?:report|letter|inspection|assessment|findings)\b))"
                         rf"|(?<=, )HMIC(?=(?:\s+for\s+(?:the\s+)?[a-z][a-z -]{{0,40}}?)?,?\s+(?:has\s+)?{SAID}|[^\S\n]*(?:\n|$))")
# The bare word 'inspector' before or after the name of one of HM Inspectors (ontology/vocab/inspectors.ttl) names that
# post, not a police rank: 'wrote inspector Wendy Williams', 'Inspector Roy Wilsher', 'Matt Parr, the lead inspector'.
_TITLE_BEFORE_NAME = rf"(?<![Cc]hief )(?<![Dd]etective )\b(?:(?:[Ll]ead|[Pp]olice)\s+)?[Ii]nspector\s+(?P<name>{NAME})"
_NAME_THE_INSPECTOR = r",\s+(?P<post>the\s+(?:lead\s+)?inspector)\b"
_HMI_BY_WORD = re.compile(rf"{_TITLE_BEFORE_NAME}|(?P<named>{NAME}){_NAME_THE_INSPECTOR}")
# Without its post after a comma a text has no name-first match, and the name-first alternative, tried at every
# capital, costs two thirds of the whole pattern's time: such a text is read by the title-first one alone.
_HMI_TITLE_FIRST = re.compile(_TITLE_BEFORE_NAME)
_NAME_THE_INSPECTOR_ANYWHERE = re.compile(_NAME_THE_INSPECTOR)
# The force's chief constable by the word 'chief' alone, set off before the name: 'the current chief, Jo Hall, was appointed
# in April', 'I appointed the present Chief, Jo Hall, in 2021' (not 'the fire chief', 'the deputy chief').
# (Not in a paragraph about a fire and rescue service, whose chief is its chief fire officer.)
_FIRE = re.compile(r"\b[Ff]ire\b")
# ('the force's new chief, Jo Hall,', "Kent Police's chief, Jo Hall,")
_THE_CHIEF_COMMA = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Oo]ur|[Tt]heir)|\b(?:Police|Constabulary)['\u2019]s)\s+"
                              r"(?:(?:current|present|new|permanent|force['\u2019]s)\s+){0,2}(?P<post>[Cc]hief),")
# ... or straight after the force's name, as news titles its chief: 'Kent Police chief Jo Hall said', 'Jo Hall, Kent Police
# chief' (not 'Kent Police chief officers', nor 'chief superintendent', a post of its own).
_FORCE_CHIEF = re.compile(r"(?<=\s)(?P<post>[Cc]hief)\b"
                          r"(?=[^\S\n]*,?[^\S\n]+(?:(?:Sir|Dame|Dr)[^\S\n]+)?[A-Z][a-z]|[^\S\n]*(?:[.,;)]|$))", re.M)
# ... or after the verb that made them it, before the post's time or the clause's end: 'was made chief in July last
# year', 'took over as chief two years after that' (not 'chief inspector', 'chief executive': a word of a post after it).
_MADE_CHIEF = re.compile(rf"\b(?:{MADE_HOLDER}|was\s+named)\s+(?P<post>chief)"
                         r"(?=\s+(?:in|on|at|two|three|four|five|last|this|after|before|until|since|earlier|later)\b|[.,;])")
# Responding to what the article is about, as press releases name the one who speaks next: 'Jo Hall was
# responding to the report from …'. He said: …'.
# ... or reacting: 'Jo Hall was reacting to a report just published by …'.
_RESPONDING = r"(?:was responding|responded|is responding|was reacting|reacted|is reacting) to"
# Verbs a speaker's own words follow, besides SAID ('Jo Bell wrote on Facebook: "…"').
_WROTE = r"(?:wrote|writes|tweeted|posted|insisted|admitted|stated|responded|replied|argued)\b"
# Any verb that frames a speaker's words, after words about them set off by commas ('Jo Bell, chief executive of the
# charity, responded: "…"').
_SPOKE = rf"(?:{SAID}|{_WROTE}|went\s+on\b)"
NAMED_SPEAKER = re.compile(rf"(?=[{UPPER}])(?:(?P<title>{HONORIFIC})\s+)?(?P<name>{NAME})"
                            rf"(?={POST_NOMINALS}(?:[^\S\n]+{CAPTION_WORD})?(?:[^\S\n]+also(?=[^\S\n]))?"
                            rf"(?:,?\s+(?:from|of)\s+[^,.;:\"\n]{{1,60}}?,?)?,? (?:(?:has |had )?(?:{SAID}|{_WROTE})|{_RESPONDING}\b|(?:was|is) speaking\b)"
                            rf"|(?:,\s+(?:[a-z]|\d{{1,3}}\b)[^,.;:\"\n]{{0,80}}?){{1,2}},\s+{_SPOKE}|\s*,\s+(?:who|the|a)\b"
                            # ... in Welsh, which has no 'a': 'Jo Bell, ymgeisydd Llafur y sir,' (Labour's candidate for the
                            # county), 'Jo Bell, sy'n sefyll dros …' (who stands for …), 'Jo Bell, yr aelod …'.
                            rf"|,\s+(?:y|yr|sy['\u2019]n|sydd|ymgeisydd|aelod|cadeirydd|arweinydd)\s"
                            rf"|,\s+(?:from|of)\s+(?:the\s+)?[{UPPER}][^,.;:\"\n]{{0,80}}?(?:,|\.(?:\s|$))"
                            # ... the words about them not closed by a comma before a colon that opens their words
                            # ('Jo Bell, interim head of the unit said:').
                            rf"|,\s+[a-z][^,.;:\"\n]{{0,80}}?\s+{_SPOKE}:"
                            # ... or words about them opening with what they work for ('Jo Bell, Unison's regional organiser,
                            # said', 'Jo Bell, NSPCC head of policy, said', 'Jo Bell, Victim Support's Chief Executive, added').
                            rf"|,\s+[{UPPER}][^,.;:\"\n]{{0,40}}?\s+[a-z][^,.;:\"\n]{{0,60}}?,\s+{_SPOKE}"
                            rf"|,\s+[{UPPER}][^,.;:\"\n]{{0,40}}?['\u2019]s\s+[{UPPER}][^,.;:\"\n]{{0,40}}?,\s+{_SPOKE})")
# ... and after the verb, closing the sentence or with where they come from: '"…," said Tom Reed of Kent
# Police.', '"…," added Jo Bell, from Unison.'
# (With what they are before the name, in lower case: '"…," said local resident Jo Bell.')
# (Or after whose they are: '"…," said Victim Support's Jo Bell.'; or after 'according to'.)
_WHOSE_NAME = (rf"(?:(?:[{UPPER}][\w&'-]*\s+){{0,3}}[{UPPER}][\w&-]*['\u2019]s\s+)?"
               rf"(?:(?P<title>{HONORIFIC})\s+)?(?P<name>{NAME})")
# (The word boundary a look-behind after the verb's first letter, so that re skips ahead to an 's' or an 'a'.)
_SPEAKER_NAMED_AFTER = re.compile(rf"(?:s(?<!\w.)(?:aid|ays)|a(?<!\w.)(?:dded|dds|ccording\s+to))\s+(?:(?!(?:that|to|by|of|in|on|for|with|at|from|about|and)\s)[a-z][\w'-]*\s+){{0,3}}"
                                  rf"{_WHOSE_NAME}"
                                  rf"(?={POST_NOMINALS}(?:,?\s+(?:of|from|at)\s|[^\S\n]*[.;]|[^\S\n]*$))", re.M)
# ... and a name that signs a quote after a dash, ending the quote's line (perhaps with a post after a comma): '"…" - Jo
# Bell', '"…" – Jo Bell, Kent Police'.
# (No two runs of white space side by side: hostile text's long runs would make the search quadratic.)
_SIGNED_WITH_DASH = re.compile(rf"[\"'\u201d\u2019][.,]?[^\S\n]{{0,3}}[-\u2013\u2014][^\S\n]+(?:(?P<title>{HONORIFIC})\s+)?(?P<name>{NAME})"
                               rf"(?={POST_NOMINALS}(?:,[^\n.;:!?\"]{{1,80}})?[^\S\n]*(?:\.[^\S\n]*)?$)", re.M)
# ... and 'according to' a name set off by its comma, whose account the sentence gives: 'According to HMIC's Jo Bell,
# victims were "too often let down"'.
_ACCORDING_TO_NAME = re.compile(rf"\b[Aa]ccording\s+to\s+{_WHOSE_NAME}(?={POST_NOMINALS},)")
# ... and in Welsh, the verb or 'according to' first: 'Yn ôl Jo Bell, …', 'meddai Jo Bell.', 'Dywedodd Jo Bell:'.
_WELSH_SPEAKER_AFTER = re.compile(rf"(?<![\w'])(?:[Yy]n ôl|meddai|[Dd]ywedodd|[Yy]chwanegodd)\s+(?:(?P<title>{HONORIFIC})\s+)?"
                                  rf"(?P<name>{NAME})(?={POST_NOMINALS}[^\S\n]*[,.:;])")
_WELSH_SAYS = re.compile(r"ôl|meddai|ywedodd|ychwanegodd")  # what every _WELSH_SPEAKER_AFTER holds: found faster
# The seat a member is for, before a name-like place: 'the Liberal Democrat MP for Cardiff Central, said'.
_SEAT_BEFORE = re.compile(r"\b(?:MPs?|MS|AM|MSP|MLA|[Mm]ember|[Cc]ouncillor|Cllr|[Cc]andidate|PF?CC|[Cc]ommissioner)\s+for\s+$")
# A capitalised word and 'of' just before a name: what an institution or a post is called runs on into it.
_NAMED_OF_BEFORE = re.compile(r"\b[A-Z][\w'-]* of $")
# A name with a title before it is a person's wherever it stands: 'Labour candidate Dr Paul Williams'.
_TITLED_NAME = re.compile(rf"(?=[{UPPER}])\b(?P<title>{HONORIFIC})\s+(?P<name>{NAME})")
TITLED_SURNAME = re.compile(rf"(?=M)\b(?P<title>Mr|Mrs|Ms|Miss)\.?\s+(?P<surname>{SURNAME})")


_DETERMINERS = frozenset("The This That Its Their His Her Our A An Every Each".split())


def _branch_name(federation: str) -> str | None:
    """A branch's name as written ('West Mercia Police Federation'), without a sentence's first word
    before it; None for the Police Federation itself."""
    words = federation.split()
    while words and words[0] in _DETERMINERS:
        words.pop(0)
    return " ".join(words) if len(words) > 2 else None


# A post someone stands for is not one they hold: 'Labour's candidate to be the new Police and Crime
# Commissioner, Jane Roe', 'Tom Brown, the Conservative PCC candidate', 'prospective PCC Jane Roe', 'The next
# commissioner has to "get it", Jane Roe has said' (the post's holder to come, named by no one);
# nor is a shadow post (the opposition's spokesperson: 'shadow home secretary Jane Roe').
_SOUGHT_BEFORE = re.compile(r"(?:\b(?:candidates?|standing|stand|stands|bid|running|run|race|hopes?|hoping|aims?|aiming|seeking|"
                            r"seeks?|campaign|nominated|nomination)\s+(?:to\s+(?:be|become)(?:\s+(?:elected|appointed))?|for|as)(?:\s+the)?(?:\s+(?:post|role|job)\s+of)?"
                            r"|\bto\s+(?:be|become)\s+(?:the\s+)?(?:next|new)|\b(?:prospective|would-be|aspiring|potential|shadow|next|future))"
                            r"(?:\s+(?:next|new|[A-Z][\w-]*))?\s+$", re.I)
# (An election won is the post held: 'Jane Roe, who won the PCC election in 2021'.)
_WON_BEFORE = re.compile(r"\bwon\s+(?:the\s+)?(?:\d{4}\s+)?$")
_ELECTION_AFTER = re.compile(r"\s+(?:elections?|race|contest)\b")
_SOUGHT_AFTER = re.compile(r"(?:'s)?\s+(?:candidates?|hopefuls?|nominees?|elections?|race|contest|nomination|hustings|"
                           r"shortlist)\b", re.I)


# Nor is a post named inside another: a deputy's or an assistant's whose title the vocabulary does not know
# ('Deputy Mayor Sue Park', 'Assistant Commissioner Tom Reed', 'Vice Chair of the Police Federation'), or
# what the post owns ('Tom Reed, the PCC's chief executive', 'the chief constable's staff officer').
# (glued to the word before as a page's text runs a link into the next line: "Sheffield estateDeputy Chief Constable X")
_SUBORDINATE_BEFORE = re.compile(r"(?:\b(?:deputy|assistant|vice|associate)|(?-i:(?<=[a-z])(?:Deputy|Assistant|Vice|Associate)))[\s-]+$", re.I)
_OWNED_AFTER = re.compile(r"(?:'s|')\s")
# ... or another post that 'Lord' before it makes: the Lord Mayor of London is the City's ceremonial mayor, not the mayor
# who holds the commissioner's powers; no post of the vocabulary (nor a Lord Chancellor or a Lord Lieutenant).
_LORD_BEFORE = re.compile(r"\bLord[^\S\n]+$")


# A campaign's line under its candidate's name: "Clive Grunshaw\nFor Lancashire Police and Crime Commissioner".
_FOR_LINE = re.compile(r"(?:^|\n)[ \t]*(?:Vote )?[Ff]or (?:[A-Z][\w-]* ){0,3}$")
_LINE_ENDS = re.compile(r"[ \t]*(?:\n|$)")


def unheld_post(text: str, start: int, end: int) -> bool:
    """True when the post named at text[start:end] is not one its holder named beside it holds: one
    sought or shadowed, a deputy's or an assistant's, a Lord Mayor's, or one that owns what follows."""
    return bool(_SOUGHT_BEFORE.search(text, max(0, start - 60), start) or
                (_SOUGHT_AFTER.match(text, end) and not (_WON_BEFORE.search(text, max(0, start - 20), start) and
                                                         _ELECTION_AFTER.match(text, end))) or
                _SUBORDINATE_BEFORE.search(text, max(0, start - 12), start) or _OWNED_AFTER.match(text, end) or
                _LORD_BEFORE.search(text, max(0, start - 6), start) or
                (_FOR_LINE.search(text, max(0, start - 60), start) and _LINE_ENDS.match(text, end)))


# 'Chief' among an inspector's title words before the post, as a page garbles the chief inspector's title: 'His
# Majesty's Chief of Inspector of Constabulary'.
_CHIEF_BEFORE = re.compile(r"\bChief\s+(?:of\s+)?$")
# 'The Chief Inspector' as the one title, in a sentence naming the inspectorate: its chief inspector, not a police rank ('I
# want to thank the Chief Inspector, Jo Hall, and His Majesty's Inspectorate of Constabulary …').
_THE_TITLE = re.compile(r"\b[Tt]he\s+$")


@lru_cache(maxsize=64)
def role_named(lex, label: str) -> str | None:
    """The role the vocabulary gives `label` (a role's own label, as the converter names posts it reads by pattern)."""
    return next((iri for _, _, iri in lex.roles.finditer(label)), None)


def chief_inspector_roles(lex) -> tuple[str | None, str | None]:
    """HM Inspector of Constabulary's role and HM Chief Inspector of Constabulary's."""
    return role_named(lex, "HM Inspector of Constabulary"), role_named(lex, "HM Chief Inspector of Constabulary")


def _federation_role(lex, post: str) -> str | None:
    """The role a Police Federation post word names ('chairman', 'Secretary')."""
    return role_named(lex, _FEDERATION_ROLES["chair" if post.lower().startswith("chair") else "secretary"])


def federation_post_role(lex, phrase: str) -> str | None:
    """The role of the Police Federation branch's post `phrase` ends with: 'the Chair of Leicestershire Police Federation'."""
    last = None
    for last in _FEDERATION_POST.finditer(phrase):
        pass
    return _federation_role(lex, last.group("post")) if last and not phrase[last.end():].strip(" ,") else None


def _federation_posts(doc: Doc):
    """(start, end, post word) of each Police Federation post the text names: 'chair of the Kent Police
    Federation', and 'Branch secretary' where a Police Federation is named a little before, or heads the
    page as its site's name (a line of its own among the first), and no other union between."""
    if "Police Federation" not in doc.text:
        return
    for m in _FEDERATION_POST.finditer(doc.text):
        yield m.start(), m.end(), m.group("post")
    federations = doc.matches(_FEDERATION)
    site = federations.first_starting_from(0)
    if site is not None and not any(line.start == site[0] and line.end == site[1] for line in doc.lines[:_BANNER_REACH]):
        site = None
    for m in _BRANCH_POST.finditer(doc.text) if federations.items else ():
        named = federations.last_ending_by(m.start())
        if named is None:
            continue
        since = named[1] if m.start() - named[1] <= _BRANCH_REACH else site[1] if site is not None else None
        if since is not None and not _OTHER_UNION.search(doc.text, since, m.start()):
            yield m.start(), m.end(), m.group("post")


# A title many bodies give their staff ('chief executive') is a commissioner's office's post (peel:inOfficeOf) only where the
# text names no other body with it: not 'Victim Support chief executive Jo Hall', 'chief executive of the NSPCC'. (The
# office's initials may hold its area's: 'Chief Executive of the OSPCC', the Office of the Sussex PCC.)
_BODY_AFTER = re.compile(r"[^\S\n]+(?:of|at)[^\S\n]+(?:the[^\S\n]+)?(?=\w)")
_OFFICE_AFTER = re.compile(r"(?<![\w-])(?:[Oo]ffice[^\S\n]+of|(?:O[A-Z]{0,3})?PF?CC|[Pp]olice(?:,? [Ff]ire)? and [Cc]rime [Cc]ommissioner|"
                           r"(?:[Pp]olice )?[Cc]ommissioner)\b")
_BODY_BEFORE = re.compile(rf"(?<![\w'-])(?:[{UPPER}][\w&'-]*[^\S\n]+(?:(?:of|and|&)[^\S\n]+)?){{1,4}}$")
_MODIFIER = re.compile(r"(?:Interim|Acting|Deputy|Former|New|Joint|Temporary|Assistant|The|Our|Its|Their|His|Her|A|An)\b")


def _another_bodys_staff(doc: Doc, mentions: Mentions, start: int, end: int, role: str) -> bool:
    if "commissioner" in doc.lex.label[role]:
        return False  # (a deputy or acting commissioner: the office's own post)
    text = doc.text
    after = _BODY_AFTER.match(text, end)
    if after is not None:
        return _OFFICE_AFTER.match(text, after.end()) is None
    before = _BODY_BEFORE.search(text, max(0, start - 60), start)
    if before is None or _MODIFIER.match(before.group()) or is_name(before.group().strip()):
        return False
    return not (_OFFICE_AFTER.search(before.group()) or mentions.force_index.within(before.start(), start)
                or area_patterns(doc.lex).before_post.search(before.group()))


def _names_inspectorate(doc: Doc, mentions: Mentions, sentence) -> bool:
    return any(iri == doc.lex.inspectorate for _, _, iri in mentions.organisation_index.within(sentence.start, sentence.end))


def find_people(doc: Doc, mentions: Mentions) -> None:
    """Posts with the people holding them, then every other person named with a title or a verb of saying."""
    text, lex = doc.text, doc.lex
    seen: set[tuple[str, str, str]] = set()
    posts = doc.found(lex.roles)
    named_posts = Intervals(posts)
    posts += [p for p in doc.found(lex.role_titles) if not named_posts.overlaps(p[0], p[1])]
    for start, end, post in _federation_posts(doc):
        role = _federation_role(lex, post)
        if role and named_posts.containing(start) is None:
            posts.append((start, end, role))
    if "HMIC" in text:
        for m in _HMIC_TITLE.finditer(text):
            posts.append((m.start(), m.end(), chief_inspector_roles(lex)[0]))
    if "nspector" in text and lex.inspector_terms:
        by_word = _HMI_BY_WORD if _NAME_THE_INSPECTOR_ANYWHERE.search(text) else _HMI_TITLE_FIRST
        for m in by_word.finditer(text):
            name = m.group("name") or m.groupdict().get("named")
            title = doc.span(m.start(), m.start("name")) if m.group("name") else doc.span(m.start("post"), m.end("post"))
            post = (title.start, title.end)
            if vocab.person_key(clean_name(name)) in lex.inspector_terms and not named_posts.overlaps(*post):
                posts.append((*post, chief_inspector_roles(lex)[0]))
    if "hief" in text:  # (the Met's and the City of London's chief is their commissioner)
        def chief_of(force: Organisation | None) -> str | None:
            iri = force.iri if force else None
            return next((role for label in ("commissioner", "chief constable") for _, _, role in lex.roles.finditer(label)
                         if iri in lex.role_forces.get(role, (iri,))), None)
        main_chief = chief_of(mentions.main_force)
        for m in _FORCE_CHIEF.finditer(text):
            force = mentions.force_index.last_ending_by(m.start())
            if force is not None and not text[force[1]:m.start()].strip() and force[2].iri is not None \
                    and not named_posts.overlaps(m.start(), m.end()) and (chief := chief_of(force[2])):
                posts.append((m.start(), m.end(), chief))
        for pattern in (_THE_CHIEF_COMMA, _MADE_CHIEF):
            for m in pattern.finditer(text):
                # (the force whose chief it is, named before it: "the Metropolitan Police's chief, Mark Rowley,")
                owner = force_near(doc, mentions, m.start("post"), m.end("post"))
                chief = chief_of(owner) if owner else main_chief
                if chief and not named_posts.overlaps(m.start("post"), m.end("post")) \
                        and not _FIRE.search(doc.lines[doc.line_index(m.start())].text):
                    posts.append((m.start("post"), m.end("post"), chief))
    if "Police Authority" in text:
        chair = role_named(lex, "police authority chair")
        for m in _AUTHORITY_CHAIR.finditer(text):
            if chair and named_posts.containing(m.start()) is None:
                posts.append((m.start(), m.end("post"), chair))  # (its area after it names the force)
        for short in dict.fromkeys(m.group(2) for m in _AUTHORITY_SHORT.finditer(text)):
            # ... and by the short form the text gives the authority: 'Chair of the BTPA, Jo Hall', 'BTPA Chair Jo Hall'.
            for m in re.finditer(rf"\b(?:{_CHAIR} of (?:the )?{short}|{short} {_CHAIR})\b", text):
                if chair and named_posts.containing(m.start()) is None:
                    posts.append((m.start(), m.end(), chair))
    if "rime " in text and (panel_chair := role_named(lex, "police and crime panel chair")):
        member = role_named(lex, "police and crime panel member")
        posts += [(m.start(), m.end("post") if m.group("post") else m.end("verb"),
                   member if m.group("member") else panel_chair) for m in _PANEL_POST.finditer(text)
                  if named_posts.containing(m.start()) is None]  # (its area after it names the force)
        posts += [(m.start(), m.end(), panel_chair) for m in _PANEL_CHAIRED_BY.finditer(text)
                  if named_posts.containing(m.start()) is None]
    for m in _TITLED_NAME.finditer(text):
        name = without_trailing_words(m.group("name"))
        name_end = _headline_name_end(doc, m.start("name"), m.start("name") + len(name))
        name = text[m.start("name"):name_end] if name_end is not None else ""
        if is_name(name) and not _inside_organisation(mentions, m.start("name"), m.end("name")):
            add_person(doc, mentions, name, m.start("name"), m.start("name") + len(name), m.group("title"))
    by_surname: list[tuple[int, int, str, int, int]] = []
    # The article's force: where it names none in full, the one its police area alone names, as grading takes it.
    default = mentions.main_force or (county_force(doc) if posts else None)
    unnamed: list[tuple[int, int, str]] = []  # posts named with no holder in the article's first lines
    named_back: list[tuple[int, int, str]] = []  # ... and later, opening a sentence as who goes on speaking
    unheld: list[tuple[int, int, str]] = []  # ... and anywhere
    # (A site's banner lines above the article, about cookies or a failed request, open no article.)
    head = doc.lines[:_BANNER_REACH]
    banners = sum(1 for line in head if BANNER.search(text, line.start, line.end)) \
        if head and BANNER.search(text, 0, head[-1].end) else 0
    # ... nor does a news page's furniture above its lead: 'Image source, …', 'Image caption,', '• Published'.
    if head and ("Image " in text[:head[-1].end] or "Published" in text[:head[-1].end]):
        banners += sum(1 for line in head if _FURNITURE.match(text, line.start, line.end))
    lead_end = doc.lines[min(_LEAD_LINES + banners, len(doc.lines) - 1)].end if doc.lines else 0
    # ... and a page's header lines above its headline (the site's name, a date line) push its first paragraph down.
    first = next((line for line in head if _PROSE_LINE.fullmatch(line.text)), None)
    lead_end = max(lead_end, first.end) if first else lead_end
    chief_inspector = chief_inspector_roles(lex)
    for start, end, role in sorted(posts):
        if unheld_post(text, start, end):
            continue
        if role in lex.role_in_office_of and _another_bodys_staff(doc, mentions, start, end, role):
            continue
        if role == chief_inspector[0] and _CHIEF_BEFORE.search(text, max(0, start - 12), start):
            role = chief_inspector[1]  # "His Majesty's Chief of Inspector of Constabulary": the chief inspector
        if lex.label.get(role) == "chief inspector" and text.startswith("Chief Inspector", start) and \
                _THE_TITLE.search(text, max(0, start - 5), start) and _names_inspectorate(doc, mentions, doc.sentence_at(start)):
            role = chief_inspector[1]
        sentence = doc.sentence_at(start)
        holder = holder_after(doc, mentions, sentence, start, end)
        surname = surname_after(doc, sentence, start, end) if holder is None else None
        if holder is None and not (surname and _known_surname(doc, mentions, surname)):
            holder = holder_before(doc, mentions, sentence, start, end) or holder_above(doc, start, end)
        if holder is not None:
            name_end = holder[1] if holder[0] < end else _headline_name_end(doc, holder[0], holder[1])
            if name_end is not None:
                hold_post(doc, mentions, seen, start, end, role, holder[0], name_end, holder[2], default=default,
                          held_before=_TERM_ENDED.match(text, end) is not None)
            former = predecessor_before(doc, sentence, start) if holder[0] < start else \
                predecessor_after(doc, sentence, name_end) if name_end is not None else None
            if former is not None:
                hold_post(doc, mentions, seen, start, end, role, *former, holder[2], default=default, held_before=True)
            continue
        # ("Mr Anderson succeeded Lee Freeman as chief constable": the holder by surname, read below; the predecessor)
        former = predecessor_before(doc, sentence, start)
        if former is not None:
            hold_post(doc, mentions, seen, start, end, role, *former, None, default=default, held_before=True)
        left = holder_who_left(doc, sentence, start)
        if left is not None:
            hold_post(doc, mentions, seen, start, end, role, left[0], left[1], None, left[2], default, held_before=True)
            continue
        holder = holder_it_is(doc, sentence, start, end)
        if holder is not None:
            hold_post(doc, mentions, seen, start, end, role, *holder, default=default, leads=False)
            continue
        given = holder_by_given_name(doc, sentence, end)
        if given is not None:
            hold_post(doc, mentions, seen, start, end, role, given[0], given[1], None, given[2], default)
            continue
        surname = surname or surname_before(doc, sentence, start) or known_surname_before(doc, mentions, sentence, start)
        if surname is not None:
            by_surname.append((start, end, role, *surname))
            continue
        if start < lead_end:
            unnamed.append((start, end, role))
        unheld.append((start, end, role))
        if _THE_POST_SAID.fullmatch(text, sentence.start, start) and _POST_THEN_SAID.match(text, end):
            named_back.append((start, end, role))
    # Surnames alone last: 'Chief Constable Roper' is Kier Roper where the text names him in full.
    surnames = mentions.surname_index()
    for start, end, role, name_start, name_end in by_surname:
        full = surnames.get(text[name_start:name_end])
        if full is None and _NOUN_PHRASE_GOES_ON.match(text, name_end) and \
                text.count(text[name_start:name_end]) == 1:
            continue  # 'PCC Response to the inspection', 'PCC Priorities with the latest news': a heading's noun
        if full is None:  # (named in full further on: 'Mr Keenen, who became chief constable' after 'Winton Keenen has')
            named = _named_in_full(text, text[name_start:name_end])
            full = named.group() if named and re.fullmatch(NAME, named.group()) and is_name(named.group()) and \
                not _inside_organisation(mentions, named.start(), named.end()) else None
        if full and any(m.person == full and m.role != role and lex.label.get(role, role).lower() in lex.label[m.role].lower()
                        for m in mentions.memberships):
            continue  # 'HM Chief Inspector … Jo Hall' then 'Ch Insp Hall': her title shortened, not a rank
        hold_post(doc, mentions, seen, start, end, role, name_start, name_end, None, full, default)
    from .listed_posts import listed_post_holders  # (these modules build on this one: read at call time)
    listed_post_holders(doc, mentions, seen, default)
    from .infobox import infobox_holders
    infobox_holders(doc, mentions, seen, default)
    from .members import members_by_seat
    members_by_seat(doc, mentions, seen, default)
    from .the_post import holders_of_the_post
    holders_of_the_post(doc, mentions, seen, default)
    from .inspectors import inspectors_by_their_words, police_inspectors
    inspectors_by_their_words(doc, mentions, seen, default)
    police_inspectors(doc, mentions, seen, default)
    holder_name_ends = {name_end for _, name_end in mentions.holder_names}
    areas = area_patterns(lex).force_of_area
    # People named with a title ('Dr Jane Smith') or as the subject of a verb of saying.
    for m in itertools.chain(NAMED_SPEAKER.finditer(text), _SPEAKER_NAMED_AFTER.finditer(text), _SIGNED_WITH_DASH.finditer(text),
                               _ACCORDING_TO_NAME.finditer(text) if "ccording" in text else (),
                               _WELSH_SPEAKER_AFTER.finditer(text) if _WELSH_SAYS.search(text) else ()):
        # 'for Cheshire David Keane, said': a post's holder, not a person named 'Cheshire David Keane'.
        if m.end("name") in holder_name_ends:
            continue
        name, name_start = m.group("name"), m.start("name")
        if _NAMED_OF_BEFORE.search(text, max(0, name_start - 40), name_start):
            # 'Directorate of Professional Standards, said': the name's first word ends what an institution or a
            # post is called ('Secretary of State Jo Hall said' names Jo Hall).
            first = name.split()[0]
            name, name_start = name[len(first) + 1:], name_start + len(first) + 1
        # ('"…," said Thames Valley.': a police area speaks for its force; it is nobody's name; nor is the seat a member
        # is for: 'Jo Hall MP, the Liberal Democrat MP for Cardiff Central, said'.)
        if is_name(clean_name(name)) and not _inside_organisation(mentions, name_start, m.end("name")) \
                and name.lower() not in areas and not _SEAT_BEFORE.search(text, max(0, name_start - 30), name_start):
            add_person(doc, mentions, name, name_start, m.end("name"), m.group("title"))
    for m in _STATEMENT_HEADING.finditer(doc):
        name_end = m.end("who")
        for name in _names_ending(text[m.start("who"):name_end]):
            if not _inside_organisation(mentions, name_end - len(name), name_end):
                add_person(doc, mentions, name, name_end - len(name), name_end)
            break
    if unnamed:
        _lead_post_holder(doc, mentions, seen, unnamed, default)
    for start, end, role in named_back:
        _post_of_the_speaker_before(doc, mentions, seen, start, end, role, default)
    namings = None  # (read once, where a post opens its sentence as its subject)
    for start, end, role in unheld:
        if _opens_as_subject(doc, mentions, start, end, role):
            namings = _namings(text, mentions) if namings is None else namings
            _holder_speaking_next(doc, mentions, seen, start, end, role, default, namings)
    from .pronoun_posts import holders_by_pronoun  # (here: pronoun_posts builds on this module's hold_post)
    holders_by_pronoun(doc, mentions, seen, unheld, default)
    _columnist_post(doc, mentions, seen, unheld, default)
    _drop_broader_posts(lex, mentions)
    _fire_inspectors(doc, mentions)
    # ('Interim Chief Constable Jo Hall' … 'Chief Constable Hall told us': the post the text called interim, shortened)
    mentions.memberships[:] = [m for m in mentions.memberships if (m.person, m.role) not in mentions.interim]
    _parties_named_elsewhere(doc, mentions)
    _parties_of_the_post(doc, mentions, unheld, default)
    titled = list(TITLED_SURNAME.finditer(text))
    _speakers_by_surname_alone(doc, mentions, titled + list(_DOCTOR_SURNAME.finditer(text) if "Dr" in text else ()) +
                               list(_PEER_SURNAME.finditer(text) if "Lord" in text or "Baroness" in text else ()))
    _speakers_by_bare_surname(doc, mentions)
    surnames = mentions.surname_index()
    for m in titled:
        full = surnames.get(m.group("surname").split()[-1])
        if full:
            mentions.gender.setdefault(full, "m" if m.group("title") == "Mr" else "f")


# An inspector's title that names no service ('HMI Matt Parr', 'HM Inspector', 'HMICFRS inspector Michelle Skeer'), in an
# article on a fire and rescue service that names no police force, is the fire and rescue services' inspector's.
_NAMES_POLICING = re.compile(r"[Cc]onstabular|[Pp]olic")


def _fire_inspectors(doc: Doc, mentions: Mentions) -> None:
    hmic = chief_inspector_roles(doc.lex)[0]
    fire = role_named(doc.lex, "HM Inspector of Fire & Rescue Services")
    if fire is None or mentions.forces or not any(m.role == hmic for m in mentions.memberships) or not fire_service_named(doc):
        return
    for i, m in enumerate(mentions.memberships):
        if m.role == hmic and not _NAMES_POLICING.search(m.span.text):
            mentions.memberships[i] = replace(m, role=fire)
            if (m.person, hmic) in mentions.current:
                mentions.current.add((m.person, fire))


# A column's author named only after its headline's dash ('… at South Yorkshire Police - Dr Jo Hall') holds the post its own
# words say they hold: 'in my time as Police and Crime Commissioner', 'As your PCC, I …' (outside quotation marks: quoted
# words are their speaker's).
_AUTHOR_AFTER_HEADLINE = re.compile(rf"[^\n]*?[^\S\n][-\u2013\u2014|][^\S\n]+(?:{HONORIFIC}[^\S\n]+)?(?P<name>{NAME})[^\S\n]*")
_MY_POST = re.compile(r"(?:\b[Mm]y\s+(?:[\w-]+\s+){0,2}as|\b[Aa]s\s+your|\bI\s+(?:am|was|became|have\s+been))\s+(?:the\s+)?$")


def _columnist_post(doc: Doc, mentions: Mentions, seen: set, unheld: list[tuple[int, int, str]],
                    default: Organisation | None) -> None:
    headline = doc.lines[0] if doc.lines else None
    m = _AUTHOR_AFTER_HEADLINE.fullmatch(doc.text, headline.start, headline.end) if headline and unheld else None
    if m is None or not is_name(m.group("name")) or _inside_organisation(mentions, m.start("name"), m.end("name")):
        return
    text = doc.text
    for start, end, role in unheld:
        line = doc.lines[doc.line_index(start)]
        before = text[line.start:start]
        quoted = before.count('"') % 2 or before.count("\u201c") > before.count("\u201d") or \
            before.lstrip().startswith(("'", "\u2018"))
        if start > headline.end and not quoted and _MY_POST.search(text, max(line.start, start - 40), start):
            hold_post(doc, mentions, seen, start, end, role, m.start("name"), m.end("name"), None, default=default)
            return


# A party before a holder's name, an honorific between or not: 'Conservative Mr Hall told the panel'.
_PARTY_HONORIFIC_GAP = re.compile(rf"[^\S\n]+(?:{HONORIFIC}[^\S\n]+)?")


def _parties_named_elsewhere(doc: Doc, mentions: Mentions) -> None:
    """The party of a post's holder stated where the text names them elsewhere, not with the post: 'Jo Hall (Con)
    argues …', 'Conservative Mr Hall told the panel …'. A party only for a politician's post (a commissioner's, a
    councillor's, or one in a single body: Home Secretary, MP …), and one party only."""
    text = doc.text
    unparty = {m.person for m in mentions.memberships if m.party is None}
    if not unparty:
        return
    found: dict[str, set[tuple[str, Organisation]]] = {}
    for start, end, name in _namings(text, mentions):
        if name not in unparty:
            continue
        party = _party_after(doc, mentions, end)
        nearest = mentions.organisation_index.last_ending_by(start)
        if party is None and nearest is not None and is_party(doc, nearest[2]) and \
                _PARTY_HONORIFIC_GAP.fullmatch(text, nearest[1], start):
            party = Organisation(doc.lex.label[nearest[2]], nearest[2], doc.span(nearest[0], nearest[1]))
        if party is not None:
            found.setdefault(name, set()).add((party.iri or party.name, party))
    for name, parties in found.items():
        if len({iri for iri, _ in parties}) != 1:
            continue
        party = next(iter(parties))[1]
        mentions.memberships[:] = [replace(m, party=party) if m.person == name and m.party is None and
                                   takes_party(doc.lex, m.role) else m for m in mentions.memberships]


def _parties_of_the_post(doc: Doc, mentions: Mentions, unheld: list[tuple[int, int, str]],
                         default: Organisation | None) -> None:
    """The party said of a post named without its holder ('the Labour commissioner', 'The Conservative Commissioner
    has overseen …') is its holder's, where the article names one holder of that post, whose party it does not
    otherwise state."""
    for start, end, role in unheld:
        party = _party_before(doc, mentions, start)
        if party is None:
            continue
        role = role_in_force(doc.lex, role, force_near(doc, mentions, start, end) or default)
        # (a post by its broader title: 'the Conservative commissioner' of a police, fire and crime commissioner)
        held = [m for m in mentions.memberships if role in (m.role, doc.lex.role_broader.get(m.role))]
        if len({m.person for m in held}) == 1 and takes_party(doc.lex, held[0].role):
            mentions.memberships[:] = [replace(m, party=party) if m in held and m.party is None else m
                                       for m in mentions.memberships]


_PARTY_POSTS = frozenset(str(c) for c in (vocab.PEEL.PoliceGovernanceOffice, vocab.PEEL.LocalAuthority))


def takes_party(lex, role: str) -> bool:
    """A politician's post: a commissioner's, a councillor's, or one in a single body (Home Secretary, MP …)."""
    return lex.role_post_in.get(role) in _PARTY_POSTS or role in lex.role_post_at


def _drop_broader_posts(lex, mentions: Mentions) -> None:
    """A post named by the broader title of a post its holder is named with ('Police, Fire and Crime Commissioner Jo
    Hall' … 'Jo Hall, the PCC'): one post, the narrower."""
    held = {(m.person, m.role) for m in mentions.memberships}
    mentions.memberships[:] = [m for m in mentions.memberships
                               if not any((m.person, narrower) in held for narrower, broader in lex.role_broader.items()
                                          if broader == m.role)]


def _misspelling_of(word: str, surnames) -> str | None:
    """The one known surname `word` misspells: the same first letter, one letter changed, dropped, added or two
    swapped ('Bunrham' for 'Burnham'), or two such slips in a name of seven letters or more ('Zukowski' for
    'Zukowskyj'). Shorter names are too alike to tell a slip from another person ('Hall', 'Hill')."""
    if len(word) < 5:
        return None
    found = [known for known in surnames if known[:1] == word[:1] and abs(len(known) - len(word)) <= 2
             and _slips(word, known) <= (2 if min(len(word), len(known)) >= 7 else 1)]
    return found[0] if len(found) == 1 else None


def _slips(a: str, b: str) -> int:
    """The optimal string alignment distance: edits of one letter, and swaps of two next to each other."""
    d = [[i + j if not i * j else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


# A speaker the text names only by an honorific and a surname ('Mr Lowe said: "…"', '"…," said Dr Lowe.'): a page cut
# below its opening, or a report naming the speaker in full only in a headline or a picture, still says whose the
# words are.
_DOCTOR_SURNAME = re.compile(rf"(?=D)\b(?P<title>Dr)\.?\s+(?P<surname>{SURNAME})")
# A peer, whom the text names by title and surname ('Lord Bach said', 'Baroness Casey added'); not 'Lord Willy Bach',
# nor a post ('the Lord Chancellor said').
_PEER_SURNAME = re.compile(rf"(?=[LB])(?<![Tt]he )\b(?P<title>Lord|Baroness)\s+(?P<surname>{SURNAME})(?![^\S\n]+[{UPPER}])")
# A name (or surname) as the subject of a verb of saying just after it ('Jo Lowe has said'), or past an aside set
# off by commas ('Lowe, who chairs the panel, said').
_NAME_THEN_SAID = re.compile(rf",?\s+(?:(?:has|had|also|then)\s+){{0,2}}{SAID}")
# (a relative clause may be longer: 'Mr Alam, who was commended for bravery while serving and also holds the Exemplary
# Police Service Medal, said')
_SURNAME_THEN_SAID = re.compile(rf"(?:,[^,.;:\"\n]{{1,80}},|,\s+who\s[^,.;:\"\n]{{1,160}},)?{_NAME_THEN_SAID.pattern}")
_SAID_THEN_SURNAME = re.compile(r"\b(?:said|says|added|adds)\s+$")
_SURNAME_CLOSES = re.compile(r"[^\S\n]*(?:[.,;]|$)", re.M)


def _speakers_by_surname_alone(doc: Doc, mentions: Mentions, titled: list[re.Match[str]]) -> None:
    """Adds the person 'Lowe' for each 'Mr Lowe' of `titled` (TITLED_SURNAME's matches) speaking (the subject of a verb
    of saying, before or after it) whom the text names nowhere in full: nobody the converter knows has that surname, and
    no capitalised word that may be a first name stands before it anywhere (a name read later, 'the analysis, carried
    out by Jo Lowe', is the same person's)."""
    text = doc.text
    surnames = mentions.surname_index()
    for m in titled:
        surname = m.group("surname")
        last = surname.split()[-1]
        if last in surnames or last in NOT_NAME or last in mentions.misspelt:
            continue
        if _SURNAME_THEN_SAID.match(text, m.end()) or \
                (_SAID_THEN_SURNAME.search(text, max(0, m.start() - 8), m.start()) and _SURNAME_CLOSES.match(text, m.end())):
            full = _named_in_full(text, last)
            known = _misspelling_of(last, surnames) if full is None else None
            if known is not None:  # ('Paul Zukowskyj, the Liberal Democrat …' / 'Mr Zukowski said': his words)
                mentions.misspelt[last] = surnames[known]
            elif full is None:
                add_person(doc, mentions, surname, m.start("surname"), m.end(), m.group("title"))
                surnames[last] = surname
            elif is_name(full.group()) and not _inside_organisation(mentions, full.start(), full.end()):
                # ('Winton Keenen has served …' / 'Mr Keenen said: "…"': the speaker named in full where no verb of
                # saying follows.)
                add_person(doc, mentions, full.group(), full.start(), full.end(), m.group("title"))
                surnames[last] = full.group()


# A surname alone opening a clause as the subject of a verb of saying ('Speaking to the BBC, Lowe said: "…"', '"…," Lowe
# said'), or after the verb, closing the clause ('"…," said Lowe.').
_BARE_SURNAME_SAID = re.compile(rf"(?:^|(?<=[.!?,\"\u201d][^\S\n]))(?P<surname>{NAME_TOKEN})(?={_SURNAME_THEN_SAID.pattern})"
                                rf"|\b(?:said|says|added|adds)[^\S\n]+(?P<after>{NAME_TOKEN})(?=[^\S\n]*(?:[.,;]|$))", re.M)


def _speakers_by_bare_surname(doc: Doc, mentions: Mentions) -> None:
    """Adds the person named in full somewhere ('Jo Lowe has rounded on …') whose surname alone, without a title,
    opens a clause as the subject of a verb of saying ('Lowe said: "…"'), where no one the converter knows has that
    surname; or whose first name alone does ('Jo said: "…"'). Without a name in full, a capitalised word before 'said'
    may be anything ('Kent said')."""
    text = doc.text
    surnames = mentions.surname_index()
    for m in _BARE_SURNAME_SAID.finditer(text):
        last = m.group("surname") or m.group("after")
        if last in surnames or last in NOT_NAME:
            continue
        full = _named_in_full(text, last) or _first_named_in_full(text, last)
        if full is not None and is_name(full.group()) and not _inside_organisation(mentions, full.start(), full.end()):
            add_person(doc, mentions, full.group(), full.start(), full.end())
            surnames[full.group().split()[-1]] = full.group()


def _known_surname(doc: Doc, mentions: Mentions, surname: tuple[int, int]) -> bool:
    """Whether the surname after a post, at text[surname[0]:surname[1]], is of someone the text names in full ('Writing
    to the Commissioner, Ron Hogg, Ch Con Barton said', Mike Barton named before): the post is the title before it,
    that surname's holder's, not a post set off after the name before it."""
    word = doc.text[surname[0]:surname[1]]
    return word in mentions.surname_index() or _named_in_full(doc.text, word) is not None


def _first_named_in_full(text: str, first: str) -> re.Match[str] | None:
    """The one name in full that `first` opens ('John Apter's reaction …' / 'John said: "…"', as a federation's page
    names its chair), if the text names one person only so."""
    found = list(re.finditer(rf"\b{re.escape(first)}[^\S\n]+({NAME_TOKEN})\b(?![^\S\n]+[{UPPER}])", text))
    return found[0] if found and len({m.group(1) for m in found}) == 1 else None


def _named_in_full(text: str, surname: str) -> re.Match[str] | None:
    """The first capitalised word that is no title standing before `surname` somewhere (a first name, perhaps),
    with the surname. A word is a name's or an initial, never two run together: a caption glued to the name it
    repeats ('Jo HallJo Hall') names no 'HallJo Hall'."""
    return next((m for m in re.finditer(rf"\b({NAME_TOKEN}|[{UPPER}]\.?)[^\S\n]+{re.escape(surname)}\b", text)
                 if m.group(1) not in NOT_NAME), None)


# A line announcing whose words follow, their title before the name: 'Below is the response from BTPA Chair Jo
# Hall:', 'Statement from Panel Chair Jo Hall:'. The name is the longest that ends the line.
_STATEMENT_HEADING = Caseless(r"(?m)\b(?:statement|response|comments?|message|reaction)\s+(?:from|by)\s+"
                              r"(?P<who>[^.!?\"\n:]{1,80}?)[^\S\n]*:[^\S\n]*$",
                              needs=("statement", "response", "comment", "message", "reaction"))
_NAME_AT_END = re.compile(rf"(?:{NAME})$")


def _names_ending(phrase: str):
    """The names `phrase` ends with, longest first (three words, then two)."""
    words = phrase.split()
    for length in (3, 2):
        candidate = " ".join(words[-length:])
        if len(words) >= length and _NAME_AT_END.fullmatch(candidate) and is_name(candidate):
            yield candidate


# The small words a title-case line leaves in lower case.
_SMALL_WORDS = frozenset("a an the and or of for to in on at by with as from into over".split())
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_POST_NOMINALS = re.compile(POST_NOMINALS)
_CAPITAL_AFTER = re.compile(rf"[^\S\n]+[{UPPER}]")
_TITLE_CASE_WORDS = 4  # fewer words, all capitalised, are a name and its post ('Chief Constable Jo Hall')


def _headline_name_end(doc: Doc, start: int, end: int) -> int | None:
    """Where the name after a post or an honorific at text[start:end] ends. On a title-case line, where it runs on into more
    capitalised words ('PCC and Chief Constable Welcome Good HMIC Report', 'PCC Jo Hall Delighted With Report';
    not 'HM Inspector of Constabulary Jo Hall said:'), the capitals show neither where a name starts nor where
    it ends, and the words after a post may be a headline's verb and adjective: there it is a name only where
    the text names it again (in full, or by its surname after an honorific), its last word left out if need
    be; None where it is no name the text bears out."""
    text = doc.text
    index = doc.line_index(start)
    line = doc.lines[index]
    # (On the headline, the name may run on to its end: 'Commissioner Questions Inspection Timing'; with honours after it,
    # it is a name: 'Message from Chief Constable Jo Hall QPM'.)
    after = _POST_NOMINALS.match(text, end).end()
    if not _CAPITAL_AFTER.match(text, after, line.end) and (index > 0 or after > end or text[after:line.end].strip()):
        return end
    words = [w for w in _WORD.findall(text, line.start, line.end) if w.lower() not in _SMALL_WORDS]
    if len(words) < _TITLE_CASE_WORDS or sum(w[0].isupper() for w in words) < 0.8 * len(words):
        return end
    elsewhere = text[:line.start] + "\n" + text[line.end:]
    name = text[start:end]
    for name in (name, name.rsplit(" ", 1)[0]):
        if is_name(name) and (re.search(rf"\b{re.escape(name)}\b", elsewhere) or
                              re.search(rf"\b{HONORIFIC}\s+{re.escape(name.split()[-1])}\b", elsewhere)):
            return start + len(name)
    return None


def _namings(text: str, mentions: Mentions) -> list[tuple[int, int, str]]:
    """Every place a known person is named (namings.py sits above mentions: read at call time, as inspectors.py)."""
    from .namings import namings_of
    return namings_of(text, mentions.people)


# A post opening the article's first sentence, as its subject: "Hertfordshire's Police and Crime Commissioner has
# given his backing …", "Humberside Police Federation's secretary says …", "The chairman of Kent Police Federation wants
# his members to be given some praise".
# ... or named by the area it serves: "The county's fire and crime commissioner believes …".
# ... and how it was filled: "The area's directly elected police and crime commissioner is to look …".
_OPENS_LEAD = re.compile(r"(?:(?:[Tt]he|[A-Z][\w-]*(?:['\u2019]s|['\u2019])?|(?:county|city|region|area|borough|capital)(?:['\u2019]s|['\u2019])"
                         r"|(?:(?:directly|newly|democratically)[- ])?elected|new|current)\s+){0,4}")
_THEN_VERB = re.compile(r"\s+(?:has|have|is|says|said|welcomes|welcomed|responds|responded|warns|warned|backs|backed|"
                        r"believes|believed|wants|wanted|urges|urged|argues|argued|insists|insisted|claims|claimed)\b")
# A news page's furniture lines: a picture's source and caption label, a publication line without its date.
_FURNITURE = re.compile(r"[^\S\n]*(?:[\u2022*][^\S\n]*Published[^\S\n]*$|Image caption,[^\S\n]*$|[^\n]{0,80}\bImage source,)", re.M)
# ... and the person the next paragraphs name first, as a speaker: 'Responding to the report, Jo Hall said:',
# 'According to Jo Hall, the report …'. Named bare, as the one the lead spoke of: no words between the
# name and its verb ('Jo Hall, who chairs the panel, said' and 'Jo Hall, 54, said' describe someone else).
# ... past a caption's word in brackets and 'also' ('Jo Hall (pictured) also argued that …').
_THEN_SAID_IN_SENTENCE = re.compile(rf"\s+(?:{CAPTION_WORD}\s+)?(?:also\s+)?"
                                    rf"(?:{SAID}|spoke\b|(?:was|is)\s+speaking\b|{_RESPONDING}\b|(?:has\s+)?welcomed\b|welcomes\b|argued\b|argues\b|"
                                    rf"insisted\b|insists\b|claimed\b|claims\b)")
# ... the post's verb of saying ending the lead's sentence: "…, the chair of Kent Police Federation has warned."
_THEN_SAID_ENDS = re.compile(r"\s+(?:has\s+)?(?:said|says|warned|warns|claimed|claims|insisted|insists|argued|argues)[^\S\n]*[.!]")
_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording to\s+$")
# ... with nothing before the name back to its sentence's start or a comma but an honorific, 'According to'
# or 'In a statement' ('Local resident Jo Hall said', 'Campaigner Jo Hall said' describe someone else).
_BARE_BEFORE = re.compile(rf"(?:(?:[Aa]ccording to|[Ii]n a (?:short |brief |written )?statement,?)\s+)?(?:{HONORIFIC}\s+)?")
# The holder's pronoun in the lead: "… has given his backing".
_LEAD_PRONOUN = re.compile(r"\b(his|him|he|her|she)\b", re.I)
_LEAD_LINES = 3  # the lines after the headline that open an article
# A paragraph of prose: a dozen words or more, ending a sentence.
_PROSE_LINE = re.compile(r"(?:\S+\s+){11,}\S*[.!?][\"'\u201d\u2019]?\s*")
_BANNER_REACH = 10  # how far down a page its banner lines are counted
_LEAD_REACH = 4  # how many paragraphs after the post its holder may be named in


def _opens_lead(doc: Doc, start: int, end: int) -> bool:
    """True when the post at text[start:end] is the subject of the lead's sentence and a verb follows: opening it
    ("Kent's Police and Crime Commissioner has welcomed …"), or opening its last clause after a comma, its verb of
    saying ending the sentence ("Officers are stretched, the chair of Kent Police Federation has warned.")."""
    text = doc.text
    sentence = doc.sentence_at(start)
    if _OPENS_LEAD.fullmatch(text, sentence.start, start) and _THEN_VERB.match(text, end):
        return True
    comma = text.rfind(",", sentence.start, start)
    return comma >= 0 and _OPENS_LEAD.fullmatch(text, comma + 1 + (text[comma + 1:comma + 2] == " "), start) is not None and \
        _THEN_SAID_ENDS.match(text, end) is not None


def _speaks_at(doc: Doc, name_start: int, name_end: int) -> bool:
    """True when the person named at text[name_start:name_end] is the subject of a verb of saying there, or what
    follows 'According to'."""
    return bool(_THEN_SAID_IN_SENTENCE.match(doc.text, name_end, doc.sentence_at(name_start).end) or
                _ACCORDING_BEFORE.search(doc.text, max(0, name_start - 20), name_start))


def _lead_post_holder(doc: Doc, mentions: Mentions, seen: set, unnamed: list[tuple[int, int, str]],
                      default: Organisation | None) -> None:
    """News names the post in its first sentence and its holder in a later paragraph, as the one who speaks:
    "Hertfordshire's Police and Crime Commissioner has given his backing …" / "Responding to the report, David
    Lloyd said: …". The holder is the first person named after the post, within a few paragraphs, with no post
    of their own, speaking (the subject of a verb of saying, or after 'According to')."""
    text = doc.text
    lead = next(((start, end, role) for start, end, role in unnamed if _opens_lead(doc, start, end)), None)
    if lead is None:
        return
    start, end, role = lead
    # (Named after the post, perhaps again: a picture's caption above the lead may name them first.)
    after = [naming for naming in _namings(text, mentions) if naming[0] >= end]
    if not after:
        return
    name = after[0][2]
    if any(m.person == name for m in mentions.memberships):
        return
    # ... and the first person named after the post speaks where they are first named, or, where a caption under the
    # lead names them first ('Jo Hall.'), where they are named next, before anyone else is.
    speaking = next((naming for naming in itertools.takewhile(lambda naming: naming[2] == name, after)
                     if _speaks_at(doc, naming[0], naming[1])), None)
    if speaking is None or doc.line_index(speaking[0]) - doc.line_index(start) > 2 * _LEAD_REACH:
        return
    name_start, name_end, _ = speaking
    sentence = doc.sentence_at(name_start)
    clause = max(sentence.start, text.rfind(",", sentence.start, name_start) + 1)
    while clause < name_start and text[clause].isspace():
        clause += 1
    if not _BARE_BEFORE.fullmatch(text, clause, name_start):
        return
    pronoun = _LEAD_PRONOUN.search(text, end, doc.sentence_at(start).end)
    if pronoun and mentions.gender.get(name, PRONOUN_GENDER[pronoun.group(1).lower()]) != PRONOUN_GENDER[pronoun.group(1).lower()]:
        return
    hold_post(doc, mentions, seen, start, end, role, name_start, name_end, None, name, default)


# A post opening its sentence as its subject ("But the region's police and crime commissioner attacked the findings."),
# then the next sentence opening with a name that speaks ("Arfon Jones said …"): the post's holder, as news names them.
_OPENS_CLAUSE = re.compile(r"(?:(?:But|And|However|Meanwhile),?\s+)?")
_LOWER_WORD_AFTER = re.compile(r"[^\S\n]+[a-z]")


def _opens_as_subject(doc: Doc, mentions: Mentions, start: int, end: int, role: str) -> bool:
    """True when the post at text[start:end] opens its sentence as its subject, a verb after it, and nobody holds it."""
    text = doc.text
    opening = _OPENS_CLAUSE.match(text, doc.sentence_at(start).start).end()
    return bool(_OPENS_LEAD.fullmatch(text, opening, start) and _LOWER_WORD_AFTER.match(text, end)) and \
        not any(m.role == role for m in mentions.memberships)


# The name opening the next sentence, perhaps with an honorific ('Sir Clive Loader says …'), and, where it says nothing,
# its own verb straight after it ('Simon Foster wants the force out of …'; not 'Jo Hall, a resident, …', 'Jo Hall and …').
_HONORIFIC_OPENS = re.compile(rf"(?:{HONORIFIC}\s+)?")
_NAME_OPENS = re.compile(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME})")
_THEN_ITS_VERB = re.compile(r"[^\S\n]+(?:(?:has|had|will|is|was|also)[^\S\n]+)?(?!(?:and|or|of|for|in|at|to|from|who|whose|which|that|with)\b)"
                            r"[a-z]+(?:s|ed)\b")


def _holder_speaking_next(doc: Doc, mentions: Mentions, seen: set, start: int, end: int, role: str,
                          default: Organisation | None, namings: list[tuple[int, int, str]]) -> None:
    """The post at text[start:end], opening its sentence as its subject with no holder named, is held by the person the
    next sentence opens with, bare, as its subject (of `namings`, every place a person is named), when they hold no
    post."""
    text = doc.text
    index = doc.sentence_index(start) + 1
    if index >= len(doc.sentences):
        return
    post_sentence, after = doc.sentences[index - 1], doc.sentences[index]
    named = next(((at, stop, name) for at, stop, name in namings if at >= after.start), None)
    if named is None or not _HONORIFIC_OPENS.fullmatch(text, after.start, named[0]):
        # (someone named nowhere else, by a name and nothing more: 'Simon Foster wants the force out of …')
        opening = _NAME_OPENS.match(text, after.start, after.end)
        name = clean_name(opening.group("name")) if opening else ""
        if not (name and is_name(name) and not _inside_organisation(mentions, opening.start("name"), opening.end("name"))):
            return
        named = (opening.start("name"), opening.start("name") + len(name), name)
    if any(m.person == named[2] for m in mentions.memberships):
        return
    # (with a verb that says nothing, only after a sentence naming that one post: not 'The chief constable and the
    # commissioner met the inspectors. Tom Reed takes up the post next week.')
    if not _THEN_SAID_IN_SENTENCE.match(text, named[1], after.end) and not (
            _THEN_ITS_VERB.match(text, named[1], after.end) and
            {posted for _, _, posted in doc.found(doc.lex.roles, post_sentence.start, post_sentence.end)} == {role}):
        return
    hold_post(doc, mentions, seen, start, end, role, named[0], named[1], None, named[2], default)


# A post that opens its sentence as who goes on speaking, its holder named nowhere: 'Lee Freeman told the BBC: "…"' /
# 'The Inspector of Constabulary went on: "…"' names the post of the one who spoke before.
# ... its place or whose it is between: 'The London Mayor said', "The county's PCC added".
_THE_POST_SAID = re.compile(r"(?:(?:But|And|However,?)\s+)?(?:The|the)\s+(?:[A-Z][a-z]+\s+|(?:county|city|region|area|capital)['\u2019]s\s+)?")
_POST_THEN_SAID = re.compile(r"\s+(?:(?:also|then)\s+)?(?:said|says|added|adds|went on|continued|told|explained|warned)\b")
_SPEAKER_REACH = 6  # how many paragraphs back the one who spoke before may be named
_ANY_NAME = re.compile(rf"(?<![\w'-])(?=[{UPPER}])(?P<name>{NAME})(?![\w'-])")


def _post_of_the_speaker_before(doc: Doc, mentions: Mentions, seen: set, start: int, end: int, role: str,
                                default: Organisation | None) -> None:
    """The post at text[start:end] is held by the person named last before it, where that naming is the subject of
    a verb of saying, within a few paragraphs, and nobody holds that post or any post of theirs is named."""
    if any(m.role == role for m in mentions.memberships):
        return
    text = doc.text
    before = [(at, stop, name) for at, stop, name in _namings(text, mentions) if stop <= start]
    if not before:
        return
    at, stop, name = before[-1]
    paragraphs = sum(1 for line in doc.lines[doc.line_index(at) + 1:doc.line_index(start) + 1] if line.text.strip())
    if paragraphs > _SPEAKER_REACH or any(m.person == name for m in mentions.memberships) or \
            not _NAME_THEN_SAID.match(text, stop):
        return
    # (Nor past someone else named between, whom the converter knows no person by: 'opened by Ann Lowe in May'.)
    if any(is_name(m.group("name")) and m.group("name") != name and not _inside_organisation(mentions, m.start(), m.end())
           for m in _ANY_NAME.finditer(text, stop, start)):
        return
    hold_post(doc, mentions, seen, start, end, role, at, stop, None, name, default, post_only=True)


def without_trailing_words(name: str) -> str:
    """A name without the capitalised words after it that are no names ('Paul Williams Labour')."""
    tokens = name.split()
    while len(tokens) > 2 and tokens[-1] in NOT_NAME:
        tokens.pop()
    return " ".join(tokens)


def hold_post(doc: Doc, mentions: Mentions, seen: set, start: int, end: int, role: str, name_start: int, name_end: int,
          named_with: Organisation | None, name: str | None = None, default: Organisation | None = None,
          held_before: bool = False, post_only: bool = False, leads: bool = True) -> None:
    """Record that the person named at text[name_start:name_end] (or `name`) holds the post named at text[start:end]
    (or held it before the holder named with it: `held_before`). `post_only`: the holder is named paragraphs away,
    and only the post's own words name them where a verb of saying follows (not the paragraphs between). Not `leads`:
    the text says who holds the post ('The HMI for Kent is Jane Roe'), not that its holder led the inspection it reports."""
    name = name or clean_name(doc.text[name_start:name_end])
    # The force the post is named with, else the one its holder is named with, else the article's (`default`).
    force = force_near(doc, mentions, start, end)
    placed, placed_force = _place_before(doc, mentions, start, role) if force is None else (False, None)
    if placed:  # (the post of the place named with it: not the article's force's, unless that place is its area)
        force = placed_force
    else:
        force = force or named_with or default or _sentence_force(doc, mentions, start)
    if placed and force is None and role in doc.lex.role_forces:
        role = doc.lex.role_elsewhere.get(role)  # (a place no force's area: none of the forces the post is in)
    else:
        role = role_in_force(doc.lex, role, force)
    organisation = _post_organisation(doc, role, start, force) if role else None
    add_person(doc, mentions, name, name_start, name_end)
    mentions.holder_names.append((name_start, name_end))
    if organisation is None and role and force is None:
        organisation = _unnamed_organisation(doc, role, name, start, end)
    if organisation is None:  # a post outside the bodies the graph models: the person only
        return
    if _INTERIM.search(doc.text, max(0, start - 12), start):  # no role of the vocabulary: the person only
        mentions.interim.add((name, role))
        return
    if leads and not held_before and not _FORMER.search(doc.text, max(0, start - 30), start) and \
            not _THEN_OPENS.match(doc.text, doc.sentence_at(start).start):
        mentions.current.add((name, role))
    party = _party_before(doc, mentions, start) or _party_after(doc, mentions, name_end) or \
        _party_after(doc, mentions, end)
    key = (name, role, organisation.iri or organisation.name)
    evidence = doc.span(min(start, name_start), max(end, name_end))
    mentions.holdings.append((start if post_only else evidence.start, end if post_only else evidence.end, name, role,
                              force.iri or force.name if force else None))
    if key in seen:
        # (a party stated where the post is named again: 'Chief Constable Jo Hall …' then 'Labour PCC Jo Hall')
        if party is not None:
            mentions.memberships[:] = [replace(m, party=party) if (m.person, m.role, m.organisation.iri or m.organisation.name)
                                       == key and m.party is None else m for m in mentions.memberships]
        return
    seen.add(key)
    mentions.memberships.append(Membership(name, role, organisation, evidence, party))


# A police area's post qualified by the capitalised words of a place, after 'the' or 'as': 'the Devon PCC', "elected as
# Devon's police and crime commissioner", 'the Devon, Cornwall and Isles of Scilly Police and Crime Commissioner'.
_PLACE_BEFORE = re.compile(rf"\b(?:the|as)[^\S\n]+(?P<place>(?:[{UPPER}][{LOWER}][\w-]*(?:['\u2019]s?)?(?:,(?=[^\S\n]+[{UPPER}]))?[^\S\n]+"
                           rf"(?:(?:of|and|&)[^\S\n]+(?=[{UPPER}]))?){{1,6}})$")
_AREA_POSTS = (str(vocab.PEEL.PoliceGovernanceOffice), str(vocab.PEEL.PoliceAndCrimePanel))
# (not the words of a title or of a body: 'the Peel Assessment Chief Constable Jo Hall said')
_NOT_PLACE = re.compile(r"(?i:peel|assessment|report|inspection|review|inquiry|board|meeting|panel|office|force|police|"
                        r"constabulary|committee|council|authority|service|government|party|news|week|day|year)(?:'s|')?,?")


def _place_before(doc: Doc, mentions: Mentions, start: int, role: str) -> tuple[bool, Organisation | None]:
    """Whether a police area's post (its commissioner's, its panel's, its chief constable's) is qualified by a place that
    is no party, modifier ('Acting', 'Deputy') or force named so: and the force whose area's places it names, if any
    ('the Devon, Cornwall and Isles of Scilly PCC': Devon and Cornwall's), else none (not the article's force)."""
    lex = doc.lex
    if lex.role_post_in.get(role) not in _AREA_POSTS and not lex.label.get(role, "").endswith("chief constable"):
        return False, None
    m = _PLACE_BEFORE.search(doc.text, max(0, start - 60), start)
    if m is None or _party_before(doc, mentions, start) is not None:
        return False, None
    words = m.group("place").split()
    if _MODIFIER.fullmatch(words[0]) or any(w in NOT_NAME or _NOT_PLACE.fullmatch(w) for w in words) or \
            mentions.organisation_index.within(m.start("place"), start) or mentions.force_index.within(m.start("place"), start):
        return False, None
    places = _place_words(m.group("place"))
    for words, iri in _area_places(lex):
        if words <= places:
            return True, Organisation(lex.label[iri], iri)
    return True, None


def _place_words(place: str) -> frozenset[str]:
    """The words that name a place, in lower case, without possessives or the words that join them."""
    return frozenset(re.findall(r"[\w-]+", re.sub(r"['\u2019]s?\b", "", place.lower()))) - {"and", "of", "the"}


@lru_cache(maxsize=4)
def _area_places(lex) -> tuple[tuple[frozenset[str], str], ...]:
    """Each police area's place words with its force (read once per lexicon, not for every post)."""
    return tuple((_place_words(area), iri) for area, iri in area_patterns(lex).force_of_area.items())


def _unnamed_organisation(doc: Doc, role: str, name: str, start: int, end: int) -> Organisation | None:
    """The organisation of a post the article states with its holder but in no organisation it identifies ('Julia Mulligan
    PCC, the APCC's lead on transparency'; 'In Kent and Essex, where Chief Constable Ann Bell …'): one of its own,
    described by what the post is in. Not for a post only some forces have ('Commissioner' of the Met or the City)."""
    lex = doc.lex
    kind = lex.role_post_in.get(role)
    if kind is None or role in lex.role_forces:
        return None
    label = f"{lex.label.get(kind, 'organisation')} (not identified) where {name} is {lex.label[role]}"
    return Organisation(label, str(vocab.unnamed_organisation_iri(role, name)), doc.span(start, end))


def _sentence_force(doc: Doc, mentions: Mentions, start: int) -> Organisation | None:
    """The one force the sentence of a post at `start` names, in full or by its police area alone, in an article with
    no force of its own: 'In Kent, where Chief Constable Jo Hall stood down in May, …' is Kent's chief constable;
    where the sentence names none, the one force the whole article names ('Dear Police and Crime Commissioner, Jo
    Hall,' in a letter naming Kent alone, once). Two forces: no post."""
    sentence = doc.sentence_at(start)
    for lo, hi in ((sentence.start, sentence.end), (0, len(doc.text))):
        named = {f.iri or f.name: f for _, _, f in mentions.force_index.within(lo, hi)}
        for at, stop, iri in area_name_mentions(doc):
            if lo <= at and stop <= hi and iri not in named:
                named[iri] = Organisation(doc.lex.label[iri], iri, doc.span(at, stop))
        if named:
            return next(iter(named.values())) if len(named) == 1 else None
    return None


# After a title, a capitalised word that the text writes nowhere else, then a preposition or a heading's colon or dash:
# the head noun of what the post owns or answers ('PCC Response to the inspection', 'PCC Priorities with the latest
# news', 'PCC Blog: why it matters', 'The Chief Constable Blog - March'), no surname ('Chief Constable Roper chaired',
# 'Councillor Boyes asked').
_NOUN_PHRASE_GOES_ON = re.compile(r"[^\S\n]+(?:to|with|for|on|of|from|about|in|at|by|into|under|over)\s|[^\S\n]*:|[^\S\n]+[-\u2013\u2014][^\S\n]")


# ... or whose holder's time in it is over: "Sir Tom Reed's term as HM Chief Inspector ended on 31 March".
_TERM_ENDED = re.compile(r"\s+(?:has\s+|had\s+)?(?:ended|finished|expired|came\s+to\s+an\s+end)\b")
# A post held before: 'the previous chief inspector', 'Former chief constable', 'a retired ACC', 'the then PCC'.
_FORMER = re.compile(r"\b(?:former|previous|retired|ex|one-time|erstwhile|formerly|the then|, then)[\s-]+(?:the\s+)?$", re.I)
# ... or in a sentence set back in time: 'Back then HM Inspector Jo Hall branded it "inadequate"', 'At the time, …'.
# (Not 'At the time of the inspection', which is the inspection's own.)
_THEN_OPENS = re.compile(r"(?:(?:But|And)\s+)?(?:[Bb]ack\s+then|[Aa]t\s+(?:the|that)\s+time)\b(?!\s+of\b)")


# A post held for the time being, which the vocabulary has no role for (unlike 'acting' and
# 'temporary', labels of their own): 'interim Chief Constable Jo Hall' is not the chief constable.
_INTERIM = re.compile(r"\binterim[\s-]+$", re.I)


def _inside_organisation(mentions: Mentions, start: int, end: int) -> bool:
    forces = mentions.force_index
    return forces.containing(start) is not None or forces.containing(end - 1) is not None or \
        mentions.organisation_index.containing(start) is not None


def add_person(doc: Doc, mentions: Mentions, name: str, start: int, end: int, title: str | None = None) -> None:
    name = clean_name(name)
    if not doc.text[end:].strip() and doc.text[:end].endswith(name):
        return  # the page's end cuts the name: '"…," said Matthew Sc' names nobody (not even a Matthew Scott named before)
    if name not in mentions.people:
        mentions.people[name] = Person(name, doc.span(end - len(name), end))
    if title in {"Mr", "Sir", "Lord"}:
        mentions.gender.setdefault(name, "m")
    elif title in {"Mrs", "Ms", "Miss", "Dame", "Lady", "Baroness"}:
        mentions.gender.setdefault(name, "f")
