"""Who said it: the words before or after a verb of saying resolved to a person (by name,
surname, pronoun or the post named there) or an organisation."""
from __future__ import annotations

import bisect
import itertools
import re

from ..facts import Organisation, Span
from ..vocab import PEEL, trie_alternation
from .doc import Doc
from .mentions import HONORIFIC, NAME, NAME_TOKEN, SURNAME, Mentions, area_patterns, is_name, is_party
from .posts import role_in_force, unheld_post

SPEECH = r"(?:said|says|say|added|adds|told|tells|explained|warned|stated|commented|insisted|admitted|acknowledged|continued|wrote|remarked|noted)"
# Verbs that attribute a quote but report no statement of their own ('he writes for the Times about …').
# ... and the verbs that frame someone's words: 'described the report as "…"', 'stressed that "…"',
# 'called the force "…"' (not in the passive: 'was called "…"', see claims.py), 'accepted that … "…"',
# 'made it clear that … "…"', and the subject's own judgement: 'found it "reassuring to see …"'.
QUOTE_SPEECH = (rf"(?:{SPEECH}|writes|tweeted|declared|declares|responded|replied|saying|adding|went on|stressed|emphasised|emphasized|"
                r"claimed|argued|urged|conceded|vowed|pledged|promised|described|branded|hailed|suggested|pointed out|"
                r"revealed|reiterated|maintained|cautioned|recalled|recalls|called|labelled|labeled|dubbed|accepted|(?:found|finds) it|"
                r"(?:made|make|makes|making) (?:it )?(?:absolutely |very |quite )?clear)")
# "has also previously said". At most three, each once in the alternation: a subject before
# them that may hold them too makes an unbounded run of them quadratic to search, and a word
# twice in the alternation, exponential.
ADVERB = r"(?:\s+(?:also|yesterday|today|later|previously|however|then|has|have|had|further|now)){0,3}"

# Words that stand for the inspectorate as a speaker; "the report" too: its words are the
# inspectorate's ('…," says the hard hitting 55 page inspection report').
ORG_WORDS = re.compile(r"\b(?:inspectors|the inspectorate|the watchdog|a police watchdog|police watchdog|the police inspectorate|hmicfrs|hmic"
                       r"|(?:the|its|this|their) (?:[\w-]+ ){0,6}(?:inspection )?report)$", re.I)
FORCE_WORDS = re.compile(r"\b(?:the force|the constabulary|a (?:force |police )?spokes(?:person|man|woman)(?: for the (?:force|constabulary))?)$", re.I)

# What a subject named after its verb speaks of: 'said Mr Scott of …', '… about …', '… on …'.
_ABOUT = re.compile(r"\s(?:of|about|on|to|with|at|after|when|while|as|in)\s", re.I)
# Compiled once: resolve() runs for every candidate subject.
_SURNAME_AT_END = re.compile(rf"(?:^|\b{HONORIFIC}\s+|\s|^)({SURNAME})$")
_SURNAME_AT_START = re.compile(rf"^(?:{HONORIFIC}\s+)?({SURNAME})\b")
_PRONOUN_AT_END = re.compile(r"(?:^|\s)(he|she)$", re.I)
_PRONOUN_AT_START = re.compile(r"^(he|she)\b", re.I)
# (Matched at a sentence's start in the whole text, where '^' would match nothing.)
_PRONOUN_OPENS = re.compile(r"(he|she)\b", re.I)
_INSPECTORATE_AT_START = re.compile(r"^(?:inspectors|the inspectorate|hmicfrs)\b", re.I)
_THEY_AT_END = re.compile(r"(?:^|\s)they$", re.I)
_THEY_AT_START = re.compile(r"^they\b", re.I)
# A name just before a post, a few lower-case words between: 'Ann Ball (Chief Constable', 'Ann Ball, then Chief Constable'.
_NAME_BEFORE_POST = re.compile(rf"(?<![\w'-])(?:{HONORIFIC}\s+)?(?P<name>{NAME})\s*[(,]?(?:\s+[a-z]+){{0,3}}\s*$")
# The inspectors, as 'they' may refer to them.
_INSPECTORS = re.compile(r"\b(?:[Ii]nspectors|[Tt]he inspectorate|HMICFRS|HMIC|[Tt]he watchdog)\b")
# A force's chief constable as news names them: 'Sussex Police's chief says', 'the police chief said', "Kent
# Police's departing chief says" (a word between; not a deputy's or an assistant's, nor a former chief's).
_FORCE_CHIEF_AT_END = re.compile(r"\b(?:police|force|constabulary)(?:'s)? (?:(?!(?:deputy|assistant|former|previous|ex|retired|interim)\b)"
                                 r"[a-z-]+ )?(?:chief|boss)$", re.I)
# A knight or dame by their first name: 'Sir Graham added'.
_KNIGHT_AT_END = re.compile(rf"\b(?:Sir|Dame)\s+({NAME_TOKEN})$")
_FIRST_NAME_ALONE = re.compile(rf"({NAME_TOKEN})")
_WORD_BOUNDARY = re.compile(r"\b")
# Before a name that opens its sentence, only a title ('Chief Constable ', "Kent's PCC ", 'Ms ').
_TITLE_WORDS = re.compile(r"(?:(?:[A-Z][\w'.-]*|of|for|and|the)\s+)*")
# After a subject's name, its verb (a lower-case word), past an appositive: ', the chief constable,'.
_SUBJECT_VERB = re.compile(r"(?:,[^,.;:\"]{1,80},)?\s+[a-z]")
# ... and not one of two subjects ('Jo Hall and Tom Reed received the report'); or a relative clause of any
# length ('Jo Hall, who was praised for "…" since she replaced Tom Reed, said').
_SOLE_SUBJECT_VERB = re.compile(r"(?:,[^,.;:\"]{1,80},)?\s+(?!(?:and|or)\b)[a-z]|,\s*(?:who|whose)\b")
# After a naming, the verb of saying it is the subject of: 'Paul Flynn said', 'Ms Roe, the PCC, added'.
_SPEAKS = re.compile(rf"(?:,[^,.;:\"]{{1,80}},)?{ADVERB}\s+{QUOTE_SPEECH}\b")
# A sentence (or a paragraph) opening with a name, then a comma or a verb of saying.
_UNKNOWN_SPEAKER = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=[.!?]\"\s))(?:[\w'-]+,?\s+){{0,3}}?(?:{HONORIFIC}\s+)?(?P<name>{NAME})"
                             rf"(?=,|\s+[a-z])", re.M)
_ANY_NAME = re.compile(rf"(?<![\w'-])(?=[A-Z])(?P<name>{NAME})(?![\w'-])")
_UNKNOWN_REACH = 1500  # how far back from a pronoun such a sentence is looked for
# Two people joined as one subject: 'X and Chief Constable Y', 'X and Mr Y'.
_AND_BETWEEN = re.compile(r"\s+(?:and|&)\s+(?:(?:[A-Z][\w'.-]*|of|for|the)\s+){0,5}")
# Whose account a sentence gives: 'According to HMIC's Jo Hall, the report found Chief Constable Tom Reed …'.
_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+(?:[\w'’-]+\s+){0,3}$")
_INITIALS_AFTER = re.compile(r"\s*\([A-Z&]{2,12}\)$")
# 'the' just before a post: 'the PCC said' names the post's holder ('a PCC said' names none).
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# A caption or a subheading: no quote mark, and no sentence's end ('Chief Constable Jo Hall (Image: Kent
# Police)', 'Jo Hall, left, with officers in Maidstone. Picture: Kent Police'). Each character is
# one class or the other, so the pattern cannot backtrack.
CAPTION = re.compile(r"[^\"\n]{0,300}[^\s\".!?:;']")
# A person named beside the pronoun itself ('he and interim Chief Constable X had commissioned'):
# the text already calls its 'he' someone else, whom a later 'he' goes on naming.
_WITH_PRONOUN_BEFORE = re.compile(r"\b(?P<pronoun>he|she) and (?:[\w'-]+ ){0,4}", re.I)


def _timeline(text: str, names) -> list[tuple[int, int, str]]:
    """(start, end, name) wherever a person is named: by the whole name, else by the surname, as
    whole words (a name's namings do not overlap one another). One pass over the text for all."""
    surname = {name: name.split()[-1] for name in names}
    named_by: dict[str, set[str]] = {}  # words -> the people they name
    for name in names:
        named_by.setdefault(name, set()).add(name)
        named_by.setdefault(surname[name], set()).add(name)
    if not named_by:
        return []
    # Each place where one of them starts, with the longest that ends on a word boundary there;
    # a shorter one ending on a boundary there is a start of that longest one.
    starts = re.compile(r"(?<!\w)(?=(" + trie_alternation(named_by) + r")\b)")
    prefixes = {words: [w for w in named_by if words.startswith(w)] for words in named_by}
    free_from: dict[str, int] = {}  # name -> where its last naming ended
    timeline = []
    for m in starts.finditer(text):
        at, longest = m.start(), m.group(1)
        found = [w for w in prefixes[longest] if w == longest or _WORD_BOUNDARY.match(text, at + len(w))]
        for name in set().union(*(named_by[w] for w in found)):
            if at >= free_from.get(name, 0):
                free_from[name] = at + len(name if name in found else surname[name])
                timeline.append((at, free_from[name], name))
    return sorted(timeline)


def _one_per_surname(timeline: list[tuple[int, int, str]], names: list[str]) -> list[tuple[int, int, str]]:
    """The timeline with each surname naming several people share ('Mr Lane') kept for one of them: the
    one named in full last before it, else the first named (a caption may spell a first name otherwise
    than the body does: 'Jonathan' and 'Jonathon' are two people to the converter)."""
    order = {name: i for i, name in enumerate(names)}
    named_in_full: dict[str, int] = {}
    kept: list[tuple[int, int, str]] = []
    for _, group in itertools.groupby(timeline, key=lambda t: (t[0], t[1])):
        namings = list(group)
        by_surname = [t for t in namings if t[1] - t[0] != len(t[2])]
        if len(by_surname) > 1:
            namings = [t for t in namings if t not in by_surname] + \
                [max(by_surname, key=lambda t: (named_in_full.get(t[2], -1), -order[t[2]]))]
        for at, end, name in namings:
            if end - at == len(name):
                named_in_full[name] = at
        kept += namings
    return kept


def union_spans(spans) -> list[tuple[int, int]]:
    """Spans that may nest or overlap, merged into disjoint ones in text order."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """True when `pos` is inside one of `spans` (disjoint, in text order)."""
    i = bisect.bisect_right(spans, (pos, float("inf")))
    return bool(i) and spans[i - 1][0] <= pos < spans[i - 1][1]


class Speakers:
    """Resolves the words before or after a verb of saying to a person or an organisation."""

    def __init__(self, doc: Doc, mentions: Mentions, quoted: list[tuple[int, int]] = ()) -> None:
        """`quoted`: the (start, end) of the direct quotes: a name inside a quote is not who a
        'he' outside it is ('Dr Billings said: "…when I appointed Stephen Watson…" He added:')."""
        self.doc, self.mentions = doc, mentions
        self.surnames = mentions.surname_index()
        first_names: dict[str, list[str]] = {}
        for name in mentions.people:
            first_names.setdefault(name.split()[0], []).append(name)
        self.first_names = {first: names[0] for first, names in first_names.items() if len(names) == 1}
        quoted = self.quoted = union_spans(quoted)
        self.timeline = _one_per_surname([(at, end, name) for at, end, name in _timeline(doc.text, mentions.people)
                                          if not _inside(quoted, at)], list(mentions.people))
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

    def _in_caption(self, pos: int) -> bool:
        """True when `pos` is on a line below the first that is a caption or a subheading."""
        index = self.doc.line_index(pos)
        line = self.doc.lines[index]
        return index > 0 and bool(CAPTION.fullmatch(self.doc.text, line.start, line.end))

    def person_before(self, pos: int, pronoun: str) -> str | None:
        """Who 'he' or 'she' at `pos` is: the person last named before it, unless that sentence names
        first someone who speaks in it, whose account it gives or who is its subject ('X said it was for
        the force, not for PCC Y. He said: …' is X; 'According to X, Y had … He said: …' is X; 'Since
        May, Commissioner X has met Chief Constable Y. He said: …' is X)."""
        positions, namings = self.namings[{"he": "m", "she": "f"}.get(pronoun.lower())]
        i = bisect.bisect_left(positions, pos)
        if not i:
            return None
        text = self.doc.text
        while i > 1 and any(m.end() == positions[i - 1] and m.group("pronoun").lower() == pronoun.lower()
                            for m in _WITH_PRONOUN_BEFORE.finditer(text, max(0, positions[i - 1] - 60), positions[i - 1])):
            i -= 1
        last = namings[i - 1][1]
        if self._unknown_speaker_between(namings[i - 1][0], pos):
            return None
        speaking = self._post_speaking_between(namings[i - 1][0], pos, pronoun)
        if speaking is not None:
            return speaking
        sentence = self.doc.sentence_at(positions[i - 1])
        for k in range(bisect.bisect_left(positions, sentence.start), i - 1):
            end, name = namings[k]
            if name != last and k == i - 2 and _AND_BETWEEN.fullmatch(text, end, positions[i - 1]) and \
                    self.mentions.gender.get(name) == self.mentions.gender.get(last) is not None:
                return None  # 'Mr X and Mr Y welcomed the report. "…," he said': either
            if name != last and (_SPEAKS.match(text, end, sentence.end) or
                                 _ACCORDING_TO.search(text, max(sentence.start, positions[k] - 40), positions[k]) or
                                 self._opens_clause(sentence, positions[k], end)):
                return name
        return last

    def _post_speaking_between(self, start: int, end: int, pronoun: str) -> str | None:
        """The holder of a post named as the subject of a verb of saying in text[start:end], the last one
        before a 'he' or 'she' at `end`: 'Mr X and Chief Constable Y aim higher. … which the PCC said did not
        surprise him. "…," he said' is the PCC's. Only 'the <post>' outside quotes, whose holder the text
        names and whom the pronoun can be."""
        text, gender = self.doc.text, {"he": "m", "she": "f"}.get(pronoun.lower())
        for at, stop, role in reversed(self.doc.found(self.doc.lex.roles, start, end)):
            if _inside(self.quoted, at) or not _THE_BEFORE.search(text, max(0, at - 5), at) or \
                    not _SPEAKS.match(text, stop, min(end, stop + 120)) or unheld_post(text, at, stop):
                continue
            holder = self._holder_of(role, at, stop, True)
            if holder is not None and self.mentions.gender.get(holder, gender) == gender:
                return holder
            return None
        return None

    def holders_named_by_post(self, start: int, end: int) -> set[str]:
        """The holders of the posts text[start:end] names as 'the <post>' outside quotes ('According to the
        PCC, …'): whom the narration speaks of by their post alone."""
        text = self.doc.text
        return {holder for at, stop, role in self.doc.found(self.doc.lex.roles, start, end)
                if not _inside(self.quoted, at) and _THE_BEFORE.search(text, max(0, at - 5), at)
                and not unheld_post(text, at, stop)
                for holder in [self._holder_of(role, at, stop, True)] if holder is not None}

    def _unknown_speaker_between(self, start: int, end: int) -> bool:
        """True when a sentence between text[start:end] opens with a name the converter knows no person
        by, set off by a comma or saying something ('Ann Ball, 54, of Hythe, said …'): a later 'he' may
        be that person, whom no name stands for, rather than the one named before."""
        return any(self._unknown(m) for m in _UNKNOWN_SPEAKER.finditer(self.doc.text, max(start, end - _UNKNOWN_REACH), end))

    def _unknown(self, m: re.Match[str]) -> bool:
        """True when m's group 'name' is a name, outside quotes and organisations, of no person the converter knows."""
        name, at = m.group("name"), m.start("name")
        return name not in self.mentions.people and is_name(name) and not _inside(self.quoted, at) and \
            self.mentions.force_index.containing(at) is None and self.mentions.organisation_index.containing(at) is None

    def names_other_than(self, start: int, end: int, speaker) -> bool:
        """True when text[start:end] (narration) names someone other than `speaker`: a person the converter
        knows, or a name it knows no person by ('But resident Sam Lee disagreed.')."""
        if self.named_in(start, end) - {speaker}:
            return True
        return any(self._unknown(m) for m in _ANY_NAME.finditer(self.doc.text, start, end))

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
        a title before it, back to the sentence's start or to a comma, and a verb after it."""
        text = self.doc.text
        clause = max(text.rfind(",", sentence.start, start) + 1, sentence.start)
        while clause < start and text[clause].isspace():
            clause += 1
        return bool(_TITLE_WORDS.fullmatch(text, clause, start) and _SOLE_SUBJECT_VERB.match(text, end, sentence.end))

    def _named_unknown(self, phrase: str, at: int) -> bool:
        """True when the post at phrase[at:] is named with a holder the converter does not know
        ('Mark Penn (Chief Constable) said'): it is their post, not its known holder's."""
        m = _NAME_BEFORE_POST.search(phrase, max(0, at - 60), at)
        return bool(m and is_name(m.group("name")) and m.group("name") not in self.mentions.people)

    def _they_before(self, pos: int) -> str | Organisation | None:
        """Who 'they' at `pos` is: the inspectors, or the one person, named last in this paragraph or
        the one before; nobody where that sentence names two people or neither is near."""
        doc = self.doc
        first_line = max(0, doc.line_index(pos) - 1)
        near = doc.lines[first_line].start
        inspectors = doc.matches(_INSPECTORS).last_ending_by(pos)
        positions, namings = self.namings[None]
        i = bisect.bisect_left(positions, pos)
        person_at = positions[i - 1] if i else -1
        if inspectors is not None and inspectors[0] >= max(near, person_at):
            iri = doc.lex.inspectorate
            return Organisation(doc.lex.label[iri], iri)
        if person_at < near:
            return None
        sentence = doc.sentence_at(person_at)
        named = {name for _, name in namings[bisect.bisect_left(positions, sentence.start):i]}
        return namings[i - 1][1] if len(named) == 1 else None

    def subject_of(self, sentence) -> str | None:
        """The person a sentence opens with, as its subject: 'Chief Constable Jo Hall accepted …',
        'Ms Hall, the chief constable, repeated …', 'She accepted …'; not 'Jo Hall's report …'."""
        text = self.doc.text
        m = _PRONOUN_OPENS.match(text, sentence.start, sentence.end)
        if m:
            return self.person_before(sentence.start, m.group(1))
        positions = self.namings[None][0]
        i = bisect.bisect_left(positions, sentence.start)
        if i == len(positions) or positions[i] >= sentence.end:
            return None
        end, name = self.namings[None][1][i]
        if _TITLE_WORDS.fullmatch(text, sentence.start, positions[i]) and _SUBJECT_VERB.match(text, end, sentence.end):
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

    def holder_named_in(self, start: int, end: int) -> str | None:
        """The holder of the post named last with them in text[start:end]."""
        return self._holder_named_in(start, end, False)

    def _holder_named_in(self, start: int, end: int, verb_first: bool) -> str | None:
        """The holder of a post named (with them) in text[start:end], the one nearest the verb:
        'Chief Constable Tom Brown of Essex Police said', 'Tom Brown, Chief Constable of Essex Police, said'."""
        first = bisect.bisect_left(self.holding_starts, start - self.longest_holding)
        found = [h for h in self.holdings[first:bisect.bisect_left(self.holding_starts, end)] if h[1] > start]
        if not found:
            return None
        return min(found)[2] if verb_first else max(found, key=lambda h: h[1])[2]

    def _holder_of(self, role: str, start: int, end: int, titled: bool = False) -> str | None:
        """Who 'the chief constable' is: the holder of the post in a force the words name, else in
        the article's force, else the first named. `titled`: the words end with the post's title
        ('the commissioner said'), which in Kent names its police and crime commissioner."""
        main = self.mentions.main_force
        named = self.mentions.force_index.within(start, end)
        if titled:
            role = role_in_force(self.doc.lex, role, named[0][2] if named else main)
            if role not in self.first_holder:
                role = self._commissioner_held(role)
        if role not in self.first_holder:
            return None
        in_force = self.first_holder_in[role]
        for forces in ({f.iri or f.name for _, _, f in self.mentions.force_index.within(start, end)},
                       {main.iri or main.name} if main else set()):
            found = [in_force[force] for force in forces if force in in_force]
            if found:
                return min(found)[1]
        return self.first_holder[role]

    def _commissioner_held(self, role: str | None) -> str | None:
        """'The commissioner' where no police and crime commissioner is named: the one commissioner's post
        of a police governance office the text does name a holder of (a police, fire and crime
        commissioner's, a police, crime and victims' commissioner's)."""
        lex = self.doc.lex
        if role is None or lex.role_post_in.get(role) != str(PEEL.PoliceGovernanceOffice):
            return role
        held = [r for r in self.first_holder if r != role and lex.role_post_in.get(r) == str(PEEL.PoliceGovernanceOffice)
                and lex.label[r].endswith("commissioner") and r not in lex.role_in_office_of]
        return held[0] if len(held) == 1 else role

    def resolve(self, phrase: str, pos: int, start: int, verb_first: bool = False) -> str | Organisation | None:
        """`phrase` is the folded text that ends (or starts, `verb_first`) at the verb; `pos` is where
        it is, for a pronoun; `start`, where the phrase is in the text. Remembered: every quote after
        one verb of saying asks about the same subject again."""
        key = (phrase, pos, start, verb_first)
        if key not in self._resolved:
            self._resolved[key] = self._resolve(phrase, pos, start, verb_first)
        return self._resolved[key]

    def _resolve(self, phrase: str, pos: int, start: int, verb_first: bool) -> str | Organisation | None:
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
        holder = self._holder_named_in(start, end, verb_first)
        if holder is not None:
            return holder
        roles = [(role, at == 0 if verb_first else stop == len(phrase))
                 for at, stop, role in self.doc.lex.roles.finditer(phrase)
                 if not unheld_post(phrase, at, stop) and not self._named_unknown(phrase, at)]
        if not roles and _FORCE_CHIEF_AT_END.search(phrase):
            roles = [(role, True) for _, _, role in self.doc.lex.roles.finditer("chief constable")]
        for role, titled in roles:
            holder = self._holder_of(role, start, end, titled)
            if holder is not None:
                return holder
        if _THEY_AT_END.search(phrase) or _THEY_AT_START.match(phrase):
            return self._they_before(pos)
        if ORG_WORDS.search(phrase) or _INSPECTORATE_AT_START.match(phrase):
            iri = self.doc.lex.inspectorate
            return Organisation(self.doc.lex.label[iri], iri)
        for start, end, iri in self.doc.lex.organisations.finditer(phrase):
            # A party is what a speaker belongs to ("X, of Plaid Cymru, said"), never the speaker; an
            # area's branch is not the national body ('West Mercia Police Federation says').
            if end == len(phrase) and not is_party(self.doc, iri) and \
                    not area_patterns(self.doc.lex).before_post.search(phrase, 0, start):
                return Organisation(self.doc.lex.label[iri], iri)
        if FORCE_WORDS.search(phrase) and self.mentions.main_force is not None:
            force = self.mentions.main_force
            return Organisation(force.name, force.iri)
        return None
