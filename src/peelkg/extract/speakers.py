"""Who said it: the words before or after a verb of saying resolved to a person (by name,
surname, pronoun or the post named there) or an organisation."""
from __future__ import annotations

import bisect
import re

from ..facts import Organisation, Span
from .doc import Doc
from .mentions import HONORIFIC, NAME, NAME_TOKEN, SURNAME, UPPER, Mentions, area_patterns, is_name, is_party
from .namings import inside, namings_of, one_per_surname, union_spans
from .post_holders import PostHolders
from .posts import chief_inspector_roles, federation_post_role, takes_party, unheld_post
from .pronouns import Pronouns


# Words that stand for the inspectorate as a speaker; "the report" too: its words are the
# inspectorate's ('…," says the hard hitting 55 page inspection report').
ORG_WORDS = re.compile(r"\b(?:inspectors|the inspectorate|the watchdog|a police watchdog|police watchdog|the police inspectorate|hmicfrs|hmic"
                       r"|(?:the|its|this|their) (?:[\w-]+ ){0,6}(?:inspection )?report)$", re.I)
# What may stand before and after a force's name that speaks: 'In a statement, Kent Police', 'A Kent Police spokesperson',
# 'a spokeswoman for Kent Police'.
_SPOKESPERSON = r"spokes(?:person|man|woman)"
_BEFORE_FORCE_SPEAKING = re.compile(rf"(?:in a statement,? )?(?:(?:a|the) )?(?:{_SPOKESPERSON} for (?:the )?)?", re.I)
# ... and after another organisation's ('A Home Office spokesperson said'), which a force's possessive may stand before
# too ("Kent Police's spokesperson"; not another organisation's: 'According to HMIC's "…" inspection' names no speaker).
_SPEAKING_FOR = rf"(?: {_SPOKESPERSON})?(?: in a statement)?"
_AFTER_ORGANISATION_SPEAKING = re.compile(_SPEAKING_FOR, re.I)
_AFTER_FORCE_SPEAKING = re.compile(rf"(?:['\u2019]s)?{_SPEAKING_FOR}", re.I)
FORCE_WORDS = re.compile(rf"\b(?:the force|the constabulary|a (?:force |police )?{_SPOKESPERSON}(?: for the (?:force|constabulary))?)$", re.I)

# A writing to someone before the verb ('The home secretary's letter to … Ian Hopkins said'): its writer speaks.
_WRITING_TO = re.compile(r"(?:['\u2019]s?)?\s+(?:letter|message|e-?mail|reply|response|statement)\s+to\s+[^,;:\"]*$", re.I)
# What a subject named after its verb speaks of: 'said Mr Scott of …', '… about …', '… on …'.
_ABOUT = re.compile(r"\s(?:of|about|on|to|with|at|after|when|while|as|in)\s", re.I)
_GOVERNED = re.compile(r"\s+(?:over|of|about|for|to|from|with|against|into|towards|on|at|by|in)\s+(?:the|its|their|his|her|a|an)\s+[^,;:]*,?\s*$")
# Compiled once: resolve() runs for every candidate subject.
_SURNAME_AT_END = re.compile(rf"(?:^|\b{HONORIFIC}\s+|\s|^)({SURNAME})$")
_SURNAME_AT_START = re.compile(rf"^(?:{HONORIFIC}\s+)?({SURNAME})\b")
_PRONOUN_AT_END = re.compile(r"(?:^|\s)(he|she)$", re.I)
_PRONOUN_AT_START = re.compile(r"^(he|she)\b", re.I)
# A person's own writing as the subject: '"…," his official statement said' is his words.
_THEIR_WRITING = re.compile(r"^(his|her)\s+(?:own\s+|official\s+|written\s+|prepared\s+)?(?:statement|letter|message|e-?mail|"
                            r"blog|blog post|column|tweet|speech)$", re.I)
# (Matched at a sentence's start in the whole text, where '^' would match nothing.)
_PRONOUN_OPENS = re.compile(r"(he|she)\b", re.I)
# (In Welsh too, after a verb that takes the article on: 'meddai'r adroddiad', said the report; 'arolygwyr', inspectors.)
# (And by its name in full, the subject of a verb before 'and' the verb of saying: "His Majesty's Inspectorate of … has
# reviewed Kent Police and says …".)
_INSPECTORATE_AT_START = re.compile(r"^(?:inspectors|the inspectorate|hmicfrs|(?:his|her)\s+majesty['\u2019]s\s+inspectorate|"
                                    r"hm\s+inspectorate|adroddiad|arolygwyr|arolygiaeth)\b", re.I)
# The post's holder named by the word alone: 'Further on, the inspector went on: "…"', '"…," said the lead inspector.'
_THE_INSPECTOR_AT_END = re.compile(r"(?:^|\s)the (?:lead )?inspector$", re.I)
_THE_INSPECTOR_AT_START = re.compile(r"^\s*the (?:lead )?inspector\b", re.I)
# Anyone titled inspector by name: 'Inspector Sam Cole', 'Chief Inspector Sam Cole', 'HM Inspector Ann Lowe'.
_TITLED_INSPECTOR = re.compile(rf"(?=I)(?<![\w-])(?:Inspector|Insp)\.?\s+(?P<name>{NAME})")
_THEY_AT_END = re.compile(r"(?:^|\s)they$", re.I)
_THEY_AT_START = re.compile(r"^they\b", re.I)
# A force's chief constable as news names them: 'Sussex Police's chief says', 'the police chief said', "Kent
# Police's departing chief says" (a word between; not a deputy's or an assistant's, nor a former chief's).
_FORCE_CHIEF_AT_END = re.compile(r"\b(?:police|force|constabulary)(?:'s)? (?:(?!(?:deputy|assistant|former|previous|ex|retired|interim)\b)"
                                 r"[a-z-]+ )?(?:chief|boss)$", re.I)
# ... or by the word alone, as the speaker: '"…," said the chief.'
_THE_CHIEF = re.compile(r"the chief", re.I)
# People named by whom they stand with or against, who speak for themselves: 'Critics of Mr Scott', 'friends of Ms Hall',
# 'sources close to the commissioner'; or for whom they speak: 'a spokesman for Mr Scott' (his office's words, not his).
ASSOCIATES = re.compile(r"\b(?:(?:critics|opponents|supporters|allies|friends|family|relatives|colleagues|rivals|lawyers|"
                         r"solicitors|aides|advisers|advisors)\s+(?:of|close to)|(?:sources?|those|people|someone) close to)\s|"
                         r"\bspokes(?:man|woman|person)\s+for\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\b|the\s+(?:PCC|commissioner|"
                         r"mayor|chief constable)\b)", re.I)
ASSOCIATES_REACH = 80  # characters from the verb
# Between a subject and its verb: words set off by commas (not a quote), then an auxiliary or two.
_SET_OFF_THEN_AUXILIARY = re.compile(r"(?:,[^,.;:\"]{1,100},)?(?:\s+(?:has|had|have|also|then|now)){0,2}\s+")
# A knight or dame by their first name: 'Sir Graham added'.
_KNIGHT_AT_END = re.compile(rf"\b(?:Sir|Dame)\s+({NAME_TOKEN})$")
_FIRST_NAME_ALONE = re.compile(rf"({NAME_TOKEN})")
# ... wherever the text names them so, a naming a pronoun may refer back to ('Sir Clive said he was pleased. He
# said: …'); not the start of a whole name ('Sir Clive Loader', named in full there).
_KNIGHT = re.compile(rf"\b(?:Sir|Dame)\s+(?P<first>{NAME_TOKEN})\b(?![^\S\n]+[{UPPER}])")
# ... and a first name alone as the subject of a verb of saying, as a federation's or a force's own page names its people
# ('Responding to the report, Tony said: …'): a naming 'he went on' may refer back to.
_FIRST_NAME_SAYS = re.compile(rf"\b(?P<first>{NAME_TOKEN})(?=,?[^\S\n]+(?:said|says|added|adds|explained|continued|went on)\b)")
# Before a name that opens its sentence, only a title ('Chief Constable ', "Kent's PCC ", 'Ms ', "Kent’s PCC - ").
_TITLE_WORDS = re.compile(r"(?:(?:[A-Z][\w'\u2019.-]*|of|for|and|the|[-\u2013\u2014])\s+)*")
# ... or a post set off by commas before the name and after it: 'HM Inspector, Roy Wilsher, put it simply: "…"'.
_SET_OFF_TITLE = re.compile(r"(?:(?:[A-Z][\w'\u2019.-]*|of|for|and|the)\s+)*[A-Z][\w'\u2019.-]*,\s+")
_SET_OFF_VERB = re.compile(r",\s+(?!(?:and|or|who|whose|which)\b)[a-z]")
# A sentence's opening that says whose account it gives, before its subject: 'According to the BBC, '.
_ACCORDING_LEAD = re.compile(r"[Aa]ccording to [^,.;:\"]{1,80},\s*")
# After a subject's name, its verb (a lower-case word), past an appositive: ', the chief constable,'; not 'and' (one of
# two subjects: 'Mr Scott and Ms Hall welcomed the report: "…"' is either's).
# (A comma typed between the subject and its verb too: "Kent’s PCC - Jo Hall, has given her view …".)
_SUBJECT_VERB = re.compile(r"(?:,[^,.;:\"]{1,80},|,(?=\s+(?:has|have|had|is|was)\s))?\s+(?!(?:and|or|&)\s)[a-z]")
# ... and not one of two subjects ('Jo Hall and Tom Reed received the report'); or a relative clause of any
# length ('Jo Hall, who was praised for "…" since she replaced Tom Reed, said'); nor one a caption pictures with
# another ('Commissioner Jo Hall with Chief Constable Ann Ball': no verb).
_SOLE_SUBJECT_VERB = re.compile(r"(?:,[^,.;:\"]{1,80},)?\s+(?!(?:and|or|with)\b)[a-z]|,\s*(?:who|whose)\b")
_ANY_NAME = re.compile(rf"(?<![\w'-])(?=[A-Z])(?P<name>{NAME})(?![\w'-])")
_THE_WORD = re.compile(r"\s*[Tt]he\s+")
# What may follow a party as a speaker: a noun for a politician and what they stand for ('The Labour hopeful for the
# by-election added'). (A candidate holds no post: 'the Labour hopeful' is none of the posts' holders.)
_CANDIDATE = r"hopeful|candidate"
_POLITICIAN = rf"(?:politician|{_CANDIDATE}|councillor|member|MP|leader|man|woman)"
_PARTY_DESCRIPTOR = re.compile(rf"(?:\s+(?:(?P<candidate>{_CANDIDATE})|{_POLITICIAN}))?"
                               r"(?:\s+(?:for|in|on|of)\s+[^,;:]{1,80})?\s*")
# Between a party and the person it names: "Labour's Paul Taylor", 'Labour candidate Paul Taylor', 'Conservative Mr Hall'.
_PARTY_BEFORE_NAME = re.compile(rf"(?:['\u2019]s)?(?:[^\S\n]+{_POLITICIAN})?[^\S\n]+(?:{HONORIFIC}[^\S\n]+)?")
_INITIALS_AFTER = re.compile(r"\s*\([A-Z&]{2,12}\)$")
# A post's new holder ('Humberside's new police and crime commissioner says …') is not one the text names as leaving it
# ('Mr Hunter beat the sitting PCC, Jo Hall'), whoever else it names.
_NEW_HOLDER = re.compile(r"\b(?:new|newly[- ]elected|newly[- ]appointed|incoming)\b")
_LEAVING_HOLDER = re.compile(r"\b(?:sitting|outgoing|former|previous|retiring|departing|defeated)[^\S\n]+$", re.I)


class Speakers(Pronouns, PostHolders):
    """Resolves the words before or after a verb of saying to a person or an organisation."""

    def __init__(self, doc: Doc, mentions: Mentions, quoted: list[tuple[int, int]] = ()) -> None:
        """`quoted`: the (start, end) of the direct quotes: a name inside a quote is not who a
        'he' outside it is ('Dr Billings said: "…when I appointed Stephen Watson…" He added:')."""
        self.doc, self.mentions = doc, mentions
        self.surnames = mentions.surname_index() | mentions.misspelt
        first_names: dict[str, list[str]] = {}
        for name in mentions.people:
            first_names.setdefault(name.split()[0], []).append(name)
        self.first_names = {first: names[0] for first, names in first_names.items() if len(names) == 1}
        quoted = self.quoted = union_spans(quoted)
        namings = namings_of(doc.text, mentions.people, mentions.misspelt)
        namings += [(m.start(), m.end(), self.first_names[m.group("first")]) for m in _KNIGHT.finditer(doc.text)
                    if m.group("first") in self.first_names] if "Sir" in doc.text or "Dame" in doc.text else []
        namings += [(m.start(), m.end(), self.first_names[m.group("first")]) for m in _FIRST_NAME_SAYS.finditer(doc.text)
                    if m.group("first") in self.first_names and m.group("first") not in self.surnames]
        self.timeline = one_per_surname([(at, end, name) for at, end, name in sorted(namings)
                                         if not inside(quoted, at)], list(mentions.people))
        # Per surname, whom each of its namings names ('Mr Hall'): the timeline's choice among its people.
        self.surname_namings: dict[str, tuple[list[int], list[str]]] = {}
        for at, _, name in self.timeline:
            positions, names = self.surname_namings.setdefault(name.split()[-1], ([], []))
            positions.append(at)
            names.append(name)
        # Per pronoun, the namings it can refer to: 'he' never to a woman the text marks as one.
        self.namings: dict[str | None, tuple[list[int], list[tuple[int, str]]]] = {}
        # (Not a naming in a caption or a subheading below the headline: a picture set between paragraphs
        # names who is pictured, while the text's 'she added' goes on with the one it was speaking of.)
        told = [(at, end, name) for at, end, name in self.timeline if not self._in_caption(at)]
        for wanted in (None, "m", "f"):
            kept = [(at, end, name) for at, end, name in told
                    if wanted is None or mentions.gender.get(name, wanted) == wanted]
            self.namings[wanted] = ([at for at, _, _ in kept], [(end, name) for _, end, name in kept])
        # Names by length, longest first; among names of one length, the first named wins.
        self.names = list(mentions.people)
        self.names_by_length: dict[int, dict[str, int]] = {}
        for order, name in enumerate(self.names):
            self.names_by_length.setdefault(len(name), {})[name] = order
        self.lengths = sorted(self.names_by_length, reverse=True)
        self._resolved: dict[tuple[str, int, int | None, bool], str | Organisation | None] = {}
        # Where posts are named with their holders, and each role's holders (with the force of
        # each post) in the order they are named.
        self.holdings = sorted(mentions.holdings)
        self.holding_starts = [h[0] for h in self.holdings]
        self.longest_holding = max((end - start for start, end, *_ in self.holdings), default=0)
        # Per role, its first holder, and its first holder in each force (with the order named).
        self.first_holder: dict[str, str] = {}
        self.first_holder_in: dict[str, dict[str | None, tuple[int, str]]] = {}
        for order, (_, _, person, role, force) in enumerate(self.holdings):
            self.first_holder.setdefault(role, person)
            self.first_holder_in.setdefault(role, {}).setdefault(force, (order, person))

    def the_inspector(self) -> str | None:
        """Who 'the inspector' is as a speaker: the one HM Inspector of Constabulary the text names, where it names
        no one else with the title 'Inspector' (a police inspector, whom 'the inspector' may mean as well)."""
        hmi = chief_inspector_roles(self.doc.lex)[0]
        holders = {person for _, _, person, role, _ in self.holdings if role == hmi}
        if len(holders) != 1:
            return None
        holder = holders.pop()
        if any(is_name(m.group("name")) and m.group("name") not in holder for m in _TITLED_INSPECTOR.finditer(self.doc.text)):
            return None
        return holder

    def someone_before(self, pos: int, pronoun: str | None) -> str | None:
        """Who a verb of saying whose pronoun a language drops (Welsh 'meddai': said he or she) names: as 'he' or 'she'
        would, of the gender the text gives the person last named before `pos` (where it gives none, as 'he')."""
        if pronoun is None:
            positions, namings = self.namings[None]
            i = bisect.bisect_left(positions, pos)
            if not i:
                return None
            pronoun = "she" if self.mentions.gender.get(namings[i - 1][1]) == "f" else "he"
        return self.person_before(pos, pronoun)

    def _named_leaving(self, person: str) -> bool:
        """True when the text names `person` with a post as its sitting or outgoing holder ('the sitting PCC, Jo Hall')."""
        return any(held == person and _LEAVING_HOLDER.search(self.doc.text, max(0, at - 30), at)
                   for at, _, held, _, _ in self.holdings)

    def _party_member(self, phrase: str) -> str | None:
        """Who 'the <party>' as a speaker is ('The Conservative added:'): the one holder of a politician's post (a
        commissioner's, a councillor's, an MP's …) the text names whose party is that one or not stated."""
        m = _THE_WORD.match(phrase)
        if m is None:
            return None
        party = described = None
        for start, end, iri in self.doc.lex.organisations.finditer(phrase):
            described = _PARTY_DESCRIPTOR.fullmatch(phrase, end) if start == m.end() and is_party(self.doc, iri) else None
            if described:
                party = iri
                break
        if party is None:
            return None
        members = set() if described.group("candidate") else \
            {m.person for m in self.mentions.memberships if takes_party(self.doc.lex, m.role) and
             (m.party is None or m.party.iri == party)}
        if not members:  # ("Labour's Paul Taylor" … 'the Labour hopeful said')
            members = self._named_with_party(party)
        return members.pop() if len(members) == 1 else None

    def _named_with_party(self, party: str) -> set[str]:
        """The people the text names just after `party`: "Labour's Paul Taylor", 'Conservative Mr Hall'."""
        found = set()
        for at, _, name in self.timeline:
            nearest = self.mentions.organisation_index.last_ending_by(at)
            if nearest is not None and nearest[2] == party and _PARTY_BEFORE_NAME.fullmatch(self.doc.text, nearest[1], at):
                found.add(name)
        return found

    def names_other_than(self, start: int, end: int, speaker) -> bool:
        """True when text[start:end] (narration) names someone other than `speaker`: a person the converter
        knows, or a name it knows no person by ('But resident Sam Lee disagreed.')."""
        if self.named_in(start, end) - {speaker}:
            return True
        return any(self._unknown(m) for m in _ANY_NAME.finditer(self.doc.text, start, end))

    def writer_before(self, verb: int) -> str | None:
        """The person named as the subject of a verb of writing or speaking to someone at `verb`, just before
        it, with only words set off by commas and an auxiliary between: 'Jo Hall, the boss at HMIC, had written
        to …'."""
        positions, namings = self.namings[None]
        i = bisect.bisect_left(positions, verb)
        if not i:
            return None
        end, name = namings[i - 1]
        return name if _SET_OFF_THEN_AUXILIARY.fullmatch(self.doc.text, end, verb) else None

    def named_in(self, start: int, end: int) -> set[str]:
        """The people named (outside quotes) in text[start:end]."""
        positions, namings = self.namings[None]
        return {name for _, name in namings[bisect.bisect_left(positions, start):bisect.bisect_left(positions, end)]}

    def _by_surname(self, surname: str, end: int) -> str:
        """Who a surname in a phrase ending at `end` names: whom the timeline says its last naming by
        then names (the person of that surname named in full last before it); else the first named."""
        positions, names = self.surname_namings.get(surname, ((), ()))
        i = bisect.bisect_left(positions, end)
        return names[i - 1] if i else self.surnames[surname]

    def _opens_clause(self, sentence: Span, start: int, end: int) -> bool:
        """True when the naming text[start:end] is the subject of its sentence's main clause: only
        a title before it, back to the sentence's start or to a comma, and a verb after it. (A post in lower case is a
        title too where the name holds it: 'Liberal Democrat assembly member Jo Hall asked whether …'.)"""
        text = self.doc.text
        clause = max(text.rfind(",", sentence.start, start) + 1, sentence.start)
        while clause < start and text[clause].isspace():
            clause += 1
        if not _SOLE_SUBJECT_VERB.match(text, end, sentence.end):
            return False
        if _TITLE_WORDS.fullmatch(text, clause, start):
            return True
        i = bisect.bisect_left(self.holding_starts, clause)
        return any(held_end == end and _TITLE_WORDS.fullmatch(text, clause, at)
                   for at, held_end, *_ in self.holdings[i:bisect.bisect_right(self.holding_starts, start)])

    def subject_of(self, sentence) -> str | None:
        """The person a sentence opens with, as its subject: 'Chief Constable Jo Hall accepted …',
        'Ms Hall, the chief constable, repeated …', 'She accepted …'; not 'Jo Hall's report …'."""
        text = self.doc.text
        # (After whose account the sentence gives: 'According to the LDRS, Mr Scott told the panel …'.)
        source = _ACCORDING_LEAD.match(text, sentence.start, sentence.end)
        start = source.end() if source else sentence.start
        m = _PRONOUN_OPENS.match(text, start, sentence.end)
        if m:
            return self.person_before(start, m.group(1))
        positions = self.namings[None][0]
        i = bisect.bisect_left(positions, start)
        if i == len(positions) or positions[i] >= sentence.end:
            return None
        end, name = self.namings[None][1][i]
        if _TITLE_WORDS.fullmatch(text, start, positions[i]) and _SUBJECT_VERB.match(text, end, sentence.end):
            return name
        if _SET_OFF_TITLE.fullmatch(text, start, positions[i]) and _SET_OFF_VERB.match(text, end, sentence.end) and \
                self.doc.found(self.doc.lex.roles, start, positions[i]):
            return name
        return None

    def _name_at_edge(self, phrase: str) -> str | None:
        """The longest person's name that `phrase` ends or starts with."""
        for length in self.lengths:
            if length > len(phrase):
                continue
            names = self.names_by_length[length]
            found = [names[w] for w in (phrase[-length:], phrase[:length]) if w in names]
            if found:
                return self.names[min(found)]
        return None

    def name_at_end(self, phrase: str) -> str | None:
        """The longest person's name that `phrase` ends with ('Statement from PCC Keith Hunter')."""
        for length in self.lengths:
            if length <= len(phrase) and phrase[-length:] in self.names_by_length[length] and \
                    (length == len(phrase) or not phrase[-length - 1].isalnum()):
                return phrase[-length:]
        return None

    def resolve(self, phrase: str, pos: int, start: int, verb_first: bool = False) -> str | Organisation | None:
        """`phrase` is the folded text that ends (or starts, `verb_first`) at the verb; `pos` is where
        it is, for a pronoun; `start`, where the phrase is in the text. Remembered: every quote after
        one verb of saying asks about the same subject again."""
        key = (phrase, pos, start, verb_first)
        if key not in self._resolved:
            self._resolved[key] = self._resolve(phrase, pos, start, verb_first)
        return self._resolved[key]

    def _resolve(self, phrase: str, pos: int, start: int, verb_first: bool) -> str | Organisation | None:
        # 'Critics of Mr Scott said …': not Mr Scott (near the verb: a phrase may be a whole paragraph, asked once per quote).
        if ASSOCIATES.search(phrase, 0, ASSOCIATES_REACH) if verb_first else ASSOCIATES.search(phrase, max(0, len(phrase) - ASSOCIATES_REACH)):
            return None
        if verb_first:
            # After the verb, the subject comes first, what it speaks of after: 'said Mr Scott of Ms Hall',
            # 'said Mr Scott about Chief Constable Jo Hall' are Mr Scott's words.
            # Only a subject named there (a post's holder is found with the force after it: 'said the chief
            # constable of Essex Police, Tom Brown').
            about = _ABOUT.search(phrase)
            head = phrase[:about.start()] if about else ""
            if head.strip(" ,"):
                found = self._resolve(head, pos, start, True)
                if isinstance(found, str) and (found.split()[-1] in head or _PRONOUN_AT_START.match(head.strip(" ,"))):
                    return found
        # 'Chief Constable Jo Hall, acknowledging "dark clouds" over the force, said …': what a preposition governs, the
        # phrase between a quote and the verb, is no subject ('In a statement Jo Hall said' opens no such phrase).
        if not verb_first and _GOVERNED.match(phrase):
            return None
        # 'The home secretary's letter to the mayor and to Chief Constable Ian Hopkins said …': the writer's, not the
        # addressee's words.
        addressed = None if verb_first else _WRITING_TO.search(phrase)
        if addressed is not None:
            return self._resolve(phrase[:addressed.start()], pos, start, False) if addressed.start() else None
        end = start + len(phrase)
        # (An organisation's initials in brackets after its name: 'Her Majesty's Inspectorate of … (HMICFRS) said'.)
        phrase = _INITIALS_AFTER.sub("", phrase.strip(" ,"))
        name = self._name_at_edge(phrase)
        if name is not None:
            return name
        m = _SURNAME_AT_END.search(phrase) or _SURNAME_AT_START.match(phrase)
        if m and m.group(1).split()[-1] in self.surnames:
            return self._by_surname(m.group(1).split()[-1], end)
        m = _KNIGHT_AT_END.search(phrase) or _FIRST_NAME_ALONE.fullmatch(phrase)
        if m and m.group(1) in self.first_names:  # 'Sir Graham added', '… said Alison': the one person of that first name
            return self.first_names[m.group(1)]
        m = _PRONOUN_AT_END.search(phrase) or _PRONOUN_AT_START.match(phrase)
        if m:
            return self.person_before(pos, m.group(1))
        m = _THEIR_WRITING.match(phrase)
        if m:
            return self.person_before(pos, "he" if m.group(1).lower() == "his" else "she")
        holder = self._holder_named_in(start, end, verb_first)
        if holder is not None:
            return holder
        roles = [(role, at == 0 if verb_first else stop == len(phrase))
                 for at, stop, role in self.doc.lex.roles.finditer(phrase)
                 if not unheld_post(phrase, at, stop) and not self._named_unknown(phrase, at)]
        if not roles and (_FORCE_CHIEF_AT_END.search(phrase) or _THE_CHIEF.fullmatch(phrase.strip(" ,"))):
            roles = [(role, True) for _, _, role in self.doc.lex.roles.finditer("chief constable")]
        if not roles:  # 'the Chair of Kent Police Federation said': the one holder of that post the text names
            role = federation_post_role(self.doc.lex, phrase)
            holders = {person for _, _, person, held, _ in self.holdings if held == role} if role else set()
            if len(holders) == 1:
                return holders.pop()
        for role, titled in roles:
            holder = self._holder_of(role, start, end, titled)
            if holder is not None:
                return None if _NEW_HOLDER.search(phrase) and self._named_leaving(holder) else holder
        if not roles and (_THE_INSPECTOR_AT_START if verb_first else _THE_INSPECTOR_AT_END).search(phrase):
            return self.the_inspector()
        if _THEY_AT_END.search(phrase) or _THEY_AT_START.match(phrase):
            return self._they_before(pos)
        if ORG_WORDS.search(phrase) or _INSPECTORATE_AT_START.match(phrase):
            iri = self.doc.lex.inspectorate
            return Organisation(self.doc.lex.label[iri], iri)
        member = self._party_member(phrase)
        if member is not None:
            return member
        for start, end, iri in self.doc.lex.organisations.finditer(phrase):
            # A party is what a speaker belongs to ("X, of Plaid Cymru, said"), never the speaker; an
            # area's branch is not the national body ('West Mercia Police Federation says'). (Its spokesperson speaks
            # for it, as a force's does: 'A Home Office spokesperson said'.)
            if _AFTER_ORGANISATION_SPEAKING.fullmatch(phrase, end) and not is_party(self.doc, iri) and \
                    not area_patterns(self.doc.lex).before_post.search(phrase, 0, start):
                return Organisation(self.doc.lex.label[iri], iri)
        for start, end, iri in self.doc.lex.forces.finditer(phrase):
            # The force by its name, or its spokesperson ('Kent Police said', 'a spokesman for Kent Police said'), not a
            # post in it ('the chief constable of Kent Police said': its holder's words, if the text names them).
            if _BEFORE_FORCE_SPEAKING.fullmatch(phrase, 0, start) and _AFTER_FORCE_SPEAKING.fullmatch(phrase, end):
                return Organisation(self.doc.lex.label[iri], iri)
        if FORCE_WORDS.search(phrase) and self.mentions.main_force is not None:
            force = self.mentions.main_force
            return Organisation(force.name, force.iri)
        return None
