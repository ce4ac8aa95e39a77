"""Who 'he', 'she' and 'they' are: the person named last before them, unless the text makes someone else
its subject or its speaker; the inspectors for 'they' where they were named last. A mixin of
speakers.Speakers, which gives the text, where people are named and the posts' holders."""
from __future__ import annotations

import bisect
import re

from ..facts import Organisation
from .mentions import HONORIFIC, NAME, PRONOUN_GENDER, is_name
from .namings import inside
from .post_holders import THE_BEFORE
from .posts import unheld_post
from .speech_verbs import ADVERB, HOW_RESPONDED, QUOTE_SPEECH

# A person named beside the pronoun itself ('he and interim Chief Constable X had commissioned'):
# the text already calls its 'he' someone else, whom a later 'he' goes on naming.
_WITH_PRONOUN_BEFORE = re.compile(r"\b(?P<pronoun>he|she) and (?:[\w'-]+ ){0,4}", re.I)
# A sentence whose subject is the pronoun, a verb after it, before the person it names: that person is its
# object or stands in what it says ('He praises Chief Constable Y', 'He credited the new chief constable, Y, with …',
# 'He pointed out that, in his report, HM Chief Inspector Y had warned …'), and the next 'he' goes on naming its
# subject. Followed back a few sentences at most.
# (after a few words opening the sentence, no name among them: 'In his letter he said Mr Barton's leadership …'; not a
# clause of its own: 'When he was asked, Chief Constable Y said …' is Y's sentence)
_OPENING_PHRASE = (r"(?!(?:When|If|As|After|Before|While|Whilst|Although|Though|Because|Since|Until|Once|Whether|Where|Unless)\b)"
                   r"[A-Z][a-z]+(?:\s+[a-z]+){0,4},?\s+")
_PRONOUN_SUBJECT = {p: re.compile(rf"\s*(?:{_OPENING_PHRASE})?(?i:{p})\s+(?!and\b)[a-z]") for p in ("he", "she")}
_CHAIN = 4
# The pronoun the passive subject of a clause whose agent is the one named ('At the session, where she is grilled by
# police and crime commissioner Y, the officer said …'): someone else than Y, whom the next 'she' goes on naming.
_PASSIVE_BEFORE = {p: re.compile(rf"\b(?i:{p})\s+(?:is|was|had\s+been|has\s+been|is\s+being|was\s+being)\s+[a-z]+ed\s+by\s+"
                                 r"(?:[\w'\u2019-]+\s+){0,6}$") for p in ("he", "she")}
# ... unless the one it names speaks in a clause of their own: ', who said'.
_WHO_SAID = re.compile(rf",\s*who{ADVERB}\s+{QUOTE_SPEECH}\b")
# A pronoun speaking in the middle of a sentence: ', she added,', '…,” he said, adding that …'.
_SAID_PRONOUN = {p: re.compile(rf",[\"\u201d\u2019']?\s*(?i:{p})\s+(?:said|says|added|adds|went on|continued|explained|stressed)\s*,") for p in ("he", "she")}
# 'the' before a post, a place's name between: 'The London Mayor', 'the Kent PCC'.
_THE_POST_BEFORE = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w'\u2019-]*\s+){0,2}$")
# A sentence whose subject is a post: 'The Chief Constable puts …'.
_THE_POST_OPENING = re.compile(r"\W*The\s+")
# Between a verb of saying and the person it speaks of: 'said that', 'said (that) the new chief constable'.
_THAT = re.compile(r"\s+(?:that\s+)?(?:(?:the|new|chief|constable|commissioner|[A-Z][\w'-]*)\s+){0,4}")
# A sentence (or a paragraph) opening with a name, then a comma or a verb of saying.
_UNKNOWN_SPEAKER = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=[.!?]\"\s))(?:[\w'-]+,?\s+){{0,3}}?(?:{HONORIFIC}\s+)?(?P<name>{NAME})"
                             rf"(?=,|\s+[a-z])", re.M)
_UNKNOWN_REACH = 1500  # how far back from a pronoun such a sentence is looked for
# Two people joined as one subject: 'X and Chief Constable Y', 'X and Mr Y'.
_AND_BETWEEN = re.compile(r"\s+(?:and|&)\s+(?:(?:[A-Z][\w'.-]*|of|for|the)\s+){0,5}")
# Whose account a sentence gives: 'According to HMIC's Jo Hall, the report found Chief Constable Tom Reed …'.
_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+(?:[\w'’-]+\s+){0,3}$")
# After a naming, the verb of saying it is the subject of: 'Paul Flynn said', 'Ms Roe, the PCC, added'.
_SPEAKS = re.compile(rf"(?:,[^,.;:\"]{{1,80}},)?{ADVERB}\s+{QUOTE_SPEECH}\b")
# The inspectors, as 'they' may refer to them.
_INSPECTORS = re.compile(r"\b(?:[Ii]nspectors|[Tt]he inspectorate|HMICFRS|HMIC|[Tt]he watchdog)\b")
# A caption or a subheading: no quote mark, and no sentence's end ('Chief Constable Jo Hall (Image: Kent
# Police)', 'Jo Hall, left, with officers in Maidstone. Picture: Kent Police'). Each character is
# one class or the other, so the pattern cannot backtrack.
CAPTION = re.compile(r"[^\"\n]{0,300}[^\s\".!?:;']")
_CAPTION_WORDS = 12  # at most, in a caption that is no antecedent of a pronoun
# A news page's label on the line above a caption: 'Image caption,', 'Media caption'.
_CAPTION_LABEL = re.compile(r"[^\S\n]*(?:Image|Media|Photo) caption[,:]?[^\S\n]*")
# ... or a picture's alt text and credit glued on above it, as copies of news pages leave them ('Jo HallKent Police',
# 'Police headquarters signBBC'): a word of three lower-case letters or more runs into a capital.
_GLUED_WORDS = re.compile(r"[a-z]{3}[A-Z]")
# A picture's line between paragraphs, however long: who stands where, or where they are pictured, with no quote mark
# nor verb of saying ('Chief Constable Jo Hall (left) and PCC Tom Reed pictured at headquarters.'; not 'Jo Hall (pictured)
# said …', nor narration: 'Jo Hall, pictured, welcomed the report').
_PICTURE_WORD = re.compile(r"\((?:left|right|centre|center|inset|second left|second right)\)"
                           r"|\bpictured (?:at|with|in|outside|during|alongside|beside|here)\b")
_SAYS = re.compile(rf"\b{QUOTE_SPEECH}\b")
_QUOTE_MARK = re.compile("[\"\u201c\u201d]")
# A line that ends as no sentence does, before a closing quote mark too: 'Jo Hall said she had "every confidence"' (not
# '… said: "We are pleased."').
_UNSTOPPED = re.compile("[^\\n]*[^\\s.!?:;\"'\u201d\u2019][\"'\u201d\u2019]*")


class Pronouns:
    def _in_caption(self, pos: int) -> bool:
        """True when `pos` is on a line below the first that is a caption or a subheading: a few words (a
        paragraph of narration that lost its full stop is longer: 'Chief Constable Jo Hall welcomed the
        report and thanked her officers for their work over the year')."""
        index = self.doc.line_index(pos)
        line = self.doc.lines[index]
        above = self.doc.lines[index - 1] if index > 0 else None
        if above is not None and (_CAPTION_LABEL.fullmatch(self.doc.text, above.start, above.end) or (
                CAPTION.fullmatch(self.doc.text, above.start, above.end) and _GLUED_WORDS.search(self.doc.text, above.start, above.end)
                and _UNSTOPPED.fullmatch(self.doc.text, line.start, line.end))):
            # Under its label or its picture's glued alt text, a caption whatever it holds: 'Image caption,' / 'Jo Hall was
            # praised for her "…"'; 'Kent PCC Jo HallKent PCC' / 'Jo Hall said she had "every confidence" in the force'.
            return True
        if index > 0 and _PICTURE_WORD.search(self.doc.text, line.start, line.end) and not _QUOTE_MARK.search(self.doc.text, line.start, line.end) \
                and not _SAYS.search(self.doc.text, line.start, line.end):
            return True
        # (A heading announcing whose words follow is no caption: 'How Chief Constable Jo Hall has responded' / '"…' /
        # 'He said …'.)
        return index > 0 and bool(CAPTION.fullmatch(self.doc.text, line.start, line.end)) and \
            self.doc.text.count(" ", line.start, line.end) < _CAPTION_WORDS and \
            not HOW_RESPONDED.fullmatch(self.doc.text, line.start, line.end)

    def person_before(self, pos: int, pronoun: str, depth: int = 0) -> str | None:
        """Who 'he' or 'she' at `pos` is: the person last named before it, unless that sentence names
        first someone who speaks in it, whose account it gives or who is its subject ('X said it was for
        the force, not for PCC Y. He said: …' is X; 'According to X, Y had … He said: …' is X; 'Since
        May, Commissioner X has met Chief Constable Y. He said: …' is X; 'He praises Chief Constable Y. He said: …'
        is who the first 'he' is, Y its object)."""
        positions, namings = self.namings[PRONOUN_GENDER.get(pronoun.lower())]
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
        speaking = self._post_speaking_between(namings[i - 1][0], pos, pronoun) or self._post_opening_sentence_before(pos, pronoun)
        if speaking is not None:
            return speaking
        sentence = self.doc.sentence_at(positions[i - 1])
        if sentence.end <= pos:
            spoke, holder = self._post_speaking_before(sentence.start, positions[i - 1], pronoun)
            if spoke:
                return holder
        # ('…, she added, but the Inspector, Jo Hall, strongly supported it. "…," she went on.': the pronoun speaks on, as
        # it spoke before the one the sentence names)
        said = _SAID_PRONOUN[pronoun.lower()].search(text, sentence.start, positions[i - 1]) if depth < _CHAIN else None
        if said:
            return self.person_before(said.start(), pronoun, depth + 1)
        passive = _PASSIVE_BEFORE[pronoun.lower()].search(text, max(sentence.start, positions[i - 1] - 120), positions[i - 1]) \
            if depth < _CHAIN else None
        if passive:
            return self.person_before(passive.start(), pronoun, depth + 1)
        if depth < _CHAIN and _PRONOUN_SUBJECT[pronoun.lower()].match(text, sentence.start, positions[i - 1]):
            if _WHO_SAID.match(text, namings[i - 1][0]):
                return None  # ('He succeeds Jo Hall, who said in May she would retire. He said: …': either)
            # (In the pronoun's own sentence too: 'He has written to Chief Constable Y, arguing that what he has done
            # …': the pronoun again is the sentence's subject, not the one it names between.)
            return self.person_before(sentence.start, pronoun, depth + 1)
        for k in range(bisect.bisect_left(positions, sentence.start), i - 1):
            end, name = namings[k]
            if name != last and k == i - 2 and _AND_BETWEEN.fullmatch(text, end, positions[i - 1]) and \
                    self.mentions.gender.get(name) == self.mentions.gender.get(last) is not None:
                return None  # 'Mr X and Mr Y welcomed the report. "…," he said': either
            if name != last and (self._speaks_after(k, positions, namings) or
                                 _ACCORDING_TO.search(text, max(sentence.start, positions[k] - 40), positions[k]) or
                                 self._opens_clause(sentence, positions[k], end)):
                return name
        return last

    def _speaks_after(self, k: int, positions: list[int], namings: list[tuple[int, str]]) -> bool:
        """True when the person of namings[k] is the subject of a verb of saying just after it, past an appositive
        set off by commas that names no one else ('Ms Hall, the chief constable, said'): not 'In a letter to Chief
        Constable Jo Hall, Tom Reed QPM, said', where what the commas set off is the verb's subject."""
        end = namings[k][0]
        m = _SPEAKS.match(self.doc.text, end, self.doc.sentence_at(end - 1).end)
        if m is None:
            return False
        after = bisect.bisect_left(positions, end)
        return not (after < len(positions) and positions[after] < m.end())

    def _post_speaking_between(self, start: int, end: int, pronoun: str) -> str | None:
        """The holder of a post named as the subject of a verb of saying in text[start:end], the last one
        before a 'he' or 'she' at `end`: 'Mr X and Chief Constable Y aim higher. … which the PCC said did not
        surprise him. "…," he said' is the PCC's. Only 'the <post>' outside quotes, whose holder the text
        names and whom the pronoun can be."""
        text = self.doc.text
        for at, stop, role in reversed(self.doc.found(self.doc.lex.roles, start, end)):
            if inside(self.quoted, at) or not THE_BEFORE.search(text, max(0, at - 5), at) or \
                    not _SPEAKS.match(text, stop, min(end, stop + 120)) or unheld_post(text, at, stop):
                continue
            return self._holder_as(role, at, stop, pronoun)
        return None

    def _post_opening_sentence_before(self, pos: int, pronoun: str) -> str | None:
        """The holder of a post that opens the sentence just before the pronoun's, as its subject, where that sentence
        names no one: 'The Chief Constable puts the endorsement down to hard work. He said: …' is the chief
        constable's, whoever the text named last."""
        index = self.doc.sentence_index(pos)
        if index == 0:
            return None
        before = self.doc.sentences[index - 1]
        opening = _THE_POST_OPENING.match(self.doc.text, before.start, before.end)
        if opening is None or inside(self.quoted, before.start) or self.named_in(before.start, before.end):
            return None
        if _SAID_PRONOUN[pronoun.lower()].search(self.doc.text, before.start, before.end):
            return None  # ('The chief constable, she added, ought to resign. She also said …': the post is what she spoke of)
        post = self.doc.found_at(self.doc.lex.roles, opening.end(), before.end)
        # (nor a sentence that opens a quote: '“The chief constable has quickened the pace …' is the speaker's words)
        if post is None or unheld_post(self.doc.text, post[0], post[1]) or inside(self.quoted, post[0]):
            return None
        return self._holder_as(post[2], post[0], post[1], pronoun)

    def _post_speaking_before(self, start: int, naming: int, pronoun: str) -> tuple[bool, str | None]:
        """(True, its holder or None) when a post named as 'the <post>' between `start` (a sentence's) and a naming
        speaks of the one named: 'The London Mayor said Sir Tom Reed, who starts next week, must …': a 'he' after it
        goes on naming the post's holder, whom the text may not name at all, not the man the post spoke of."""
        text = self.doc.text
        for at, stop, role in self.doc.found(self.doc.lex.roles, start, naming):
            m = _SPEAKS.match(text, stop, naming)
            if m is None or inside(self.quoted, at) or not _THE_POST_BEFORE.search(text, max(0, at - 40), at) or \
                    unheld_post(text, at, stop) or text[m.end():naming].strip(" ,:") and not _THAT.fullmatch(text, m.end(), naming):
                continue
            return True, self._holder_as(role, at, stop, pronoun)
        return False, None

    def _holder_as(self, role: str, at: int, stop: int, pronoun: str) -> str | None:
        """The holder of the post named at text[at:stop], if 'he' or 'she' can be them (a gender the text gives
        them, else any)."""
        holder = self._holder_of(role, at, stop, True)
        gender = PRONOUN_GENDER.get(pronoun.lower())
        return holder if holder is not None and self.mentions.gender.get(holder, gender) == gender else None

    def _unknown_speaker_between(self, start: int, end: int) -> bool:
        """True when a sentence between text[start:end] opens with a name the converter knows no person
        by, set off by a comma or saying something ('Ann Ball, 54, of Hythe, said …'): a later 'he' may
        be that person, whom no name stands for, rather than the one named before."""
        return any(self._unknown(m) for m in _UNKNOWN_SPEAKER.finditer(self.doc.text, max(start, end - _UNKNOWN_REACH), end))

    def _unknown(self, m: re.Match[str]) -> bool:
        """True when m's group 'name' is a name, outside quotes and organisations, of no person the converter knows."""
        name, at = m.group("name"), m.start("name")
        return name not in self.mentions.people and is_name(name) and not inside(self.quoted, at) and \
            self.mentions.force_index.containing(at) is None and self.mentions.organisation_index.containing(at) is None

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
