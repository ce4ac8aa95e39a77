"""Reported statements: 'X said (that) …', 'X found …', '…, the inspectorate has said.', with a clean span
(no leading comma or link word, no list's announcement) and the sentences after them that go on
speaking of the force. A mixin of claims.ClaimFinder, which gives the text, the speakers and the claims."""
from __future__ import annotations

import bisect
import itertools
import re

from ..facts import Claim, Organisation, Span
from .mentions import POST_NOMINAL
from .speech_verbs import ADVERB, SPEECH

REPORTING = (rf"(?:{SPEECH}|found|finds|concluded|highlighted|praised|criticised|criticized|welcomed|identified|"
             r"(?:raised|had|has|expressed|voiced)\s+(?:\"?serious\"?\s+)?\"?concerns?\"?|described|reported|judged|"
             # ('Inspectors were concerned that …')
             r"(?:was|were|is|are|remains?|remained)\s+(?:concerned|worried)(?=\s+that\b))")


# "X said (that) …", "inspectors raised concerns about …". The subject is followed by a space
# (ADVERB or \s+ starts with one): testing that first spares re trying them after every letter.
# It starts and ends outside white space: else each start and end in a run of it is tried again.
# ... and an organisation told what it must do: 'told Kent Police it must improve'.
# ... and whom a speaker told it, before what they said: 'told us …', 'told the Panel the report was …', 'told Viking the
# force accepted …', 'told members of the panel that …' (not an instruction's object: 'told the force to act').
_AUDIENCE = (r"(?:(?:the|a|an|members\s+of\s+the|its|our)\s+)?(?:(?:full|recent|monthly|public|council|county|police\s+and\s+crime|"
             r"scrutiny|fire\s+and\s+crime|media|radio|television|TV|newspaper|local)\s+)*(?:meeting|committee|panel|council|"
             r"councillors|members|MPs|reporters|journalists|press|media|audience|hearing|inquiry|session|conference|interview|"
             r"briefing)(?:\s+(?:of|on|in|at|last|this|earlier)\s+[^,;.:]{1,70}?(?=\s+that\b))?")
_TOLD_WHOM = (r"(?:(?<=told)|(?<=tells))\s+(?:us|you|me|(?:the\s+)?(?:[A-Z][\w&'\u2019.-]*\s+(?:(?:of|and|&)\s+)?){0,5}[A-Z][\w&'\u2019.-]*"
              r"(?=\s+(?:that|the|he|she|we|his|its|their|there|this|these)\s)|" + _AUDIENCE + r")"
              r"(?=\s+(?!(?:to|of|about|on|in|at|for|with)\b)\w|\s*:)")
# 'that' as the subject of what was said, a verb after it: 'He said that had certainly been the tone …', 'According to
# the report, that was lower than expected' (no conjunction to leave out of the statement).
_THAT_AS_SUBJECT = r"\s+(?:was|is|had|has|have|were|will|would|could|should|can|may|might|must|did|does)\b"
_HEARERS = (r"(?:\s+(?:the\s+BBC|reporters|him|her|them|[A-Z][^,;.]{0,60}?(?=\s+that\b)|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}(?=\s+(?:it|they)\s))"
            rf"|{_TOLD_WHOM})?(?:\s*:|\s+that\b(?!{_THAT_AS_SUBJECT}))?")
_REPORTED = re.compile(rf"(?P<subject>(?:^|(?<=\W))[^,;.\s](?:[^,;.]{{0,88}}?[^,;.\s])?(?=\s)){ADVERB}\s+(?P<verb>{REPORTING})\b"
                       + _HEARERS)
# The verb straight after a comma, its subject the part before ('Kent's PCC, Jo Hall, said …'): an empty subject.
_REPORTED_AFTER_COMMA = re.compile(rf"(?P<subject>)\s*(?P<verb>{SPEECH})\b" + _HEARERS)
_REPORTING_WORD = re.compile(rf"\b{REPORTING}\b")
# A subject that is no speaker: a passive ('Jeff Cuthbert was praised for …') or a relative
# clause's ('…, which the report says in part explains …'); nor one whose verb's object is 'what' before it ('Jo Hall
# was briefed on what the inspectors had found in May, …': the words after the verb are no statement).
_NO_SPEAKER = re.compile(r"^\s*(?:which|that|who|whom|whose)\b|\b(?:was|were|been|being|is|are|be|get|got)\s*$"
                         r"|\bwhat(?:\s+[\w'-]+){1,5}\s*$", re.I)
# ... nor a participle's, 'by' after it ('a call for funding from inspectors welcomed by force bosses'), or praise's
# 'for' straight after it, a headline's passive ('Kent Police praised for tackling crime': one praises someone for it).
_BY_AFTER = re.compile(r"\s+by\b|(?<=praised|ticised|ticized)\s+for\b")
# What a statement does not start with: the comma and link words of 'He added that, while …',
# 'Inspectors noted, however, that …'.
# ('that' the conjunction only: "That, he said, will need …" opens with the pronoun)
# (and the time it was said, before 'that': 'said earlier that …', 'said today that …'; or where: 'said in a statement
# that …', 'said on Twitter that …')
# (where, also without 'that' when a pronoun or 'the' opens what was said: 'said in a statement it would …'; when,
# only before 'that': 'She said earlier reports had warned …' speaks of earlier reports)
_WHERE = (r"on\s+(?:twitter|facebook|social\s+media)|"
          r"in\s+(?:an?|its|his|her|their)\s+(?:(?:short|brief|written|joint|formal|official)\s+)?"
          r"(?:statement|letter|tweet|post|interview|response|reply|release|blog|update|report)")
_WHEN_OR_WHERE = (r"earlier|yesterday|today|previously|later|recently|(?:last|this)\s+week|"
                  rf"on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|{_WHERE}")
_LEADING = re.compile(rf"(?:[\s,;:]|[-\u2013\u2014](?=\s)|\b(?:however|also)\b|\b(?:{_WHEN_OR_WHERE})(?=\s+that\b)|"
                      rf"\b(?:{_WHERE})(?=\s+(?:it|he|she|they|we|the|this|its|their|his|her|there)\b))*"
                      rf"(?:that\b(?!,)(?!{_THAT_AS_SUBJECT})\s*)?", re.I)
# A paragraph's next sentence goes on with the statement only while it speaks of the force (or
# the speaker): 'It has a well-established …', 'But the force must …'; 'The official report is
# due in April', a figure the journalist adds, what the news follows ('It comes after …', 'This follows …') or how
# others judged the force ('The force is criticised for …') is their own narration.
_CONTINUES = re.compile(r"(?:(?:but|and|however|also|yet|still|so)\b,?\s+)?(?:it|its|the force|the constabulary|the service|they|their|"
                        r"he|she|this|these)\b(?!\s+(?:comes|came|follows|followed)\b)"
                        # (nor what others said of the force, in the passive: 'The force is criticised for …')
                        r"(?!\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+)?(?:criticised|criticized|praised|commended|"
                        r"accused|condemned|blamed)\b)", re.I)
# A bullet that starts a line: a statement cut short before a list is no statement ('Inspectors said the Force is').
_BULLET = re.compile(r"\s*(?:[-*\u2022\u00b7]|\d+[.)])\s")
_SPEECH_WORD = re.compile(rf"\b{SPEECH}\b")
_SPEECH_VERB = re.compile(SPEECH)
# A verb of saying straight before a copula ('the report told them was …') ends a relative clause, not a statement's
# opening; one with a clause before it ('…, in a letter that he said was …') gives the writer's words.
_COPULA_NEXT = re.compile(r"\s*(?:was|were|is|are)\b")
_CLAUSE_BEFORE = re.compile(r"[,;:]|\b(?:that|which|who|whom)\b")
# "…, the police inspectorate has said.", and where or when: "…, inspectors said in a report on Friday."; a quote's
# closing mark after the comma ends the statement: '… results in "poor service delivery," inspectors said …'.
# (The subject starts and ends outside white space, as in _REPORTED.)
_SAID_AT_END = re.compile(r",(?P<close>[\"\u201d'\u2019](?=\s))?\s*(?P<subject>[^,\s][^,]{0,58}?[^,\s])\s+(?:has\s+|have\s+)?(?:said|says|found|warned|concluded)"
                          rf"(?:\s+(?:{_WHEN_OR_WHERE}|on\s+[A-Z]\w+day|in\s+(?:an?|its|his|her|their|the)\s+(?:[\w-]+\s+){{0,4}}"
                          r"(?:statement|report|letter|interview|response|update)|at\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}"
                          r"(?:meeting|briefing|conference|hearing|launch))){0,2}\.?$")
_OPENING_MARK = re.compile(r"\s*[\"\u201c'\u2018]")
# Honours set off by commas after a name ('Chief Constable Jo Hall, QPM, said …').
_POST_NOMINALS = re.compile(rf"{POST_NOMINAL}(?:\.?,?\s+{POST_NOMINAL})*\.?")
# Whose account a sentence gives, before it or after it: "According to the inspectorate, the force …", "The force is
# failing victims, according to the report." The speaker in a few words and no verb ('According to HMIC the force
# failed to answer, …' runs on without its comma); a post, then its holder ("According to Deputy Chief Constable, Robert
# Jones, the …"); and an aside on a report skipped ("According to the report, published today by HMICFRS, the force …").
_ACCORDING_WORD = r"(?!(?:is|was|were|are|has|have|had|will|would|can|could|must|should|did|does|do|failed|found|said)\b)[^\s,;:.!?\"\u201c\u201d]+"
_ACCORDING_SUBJECT = rf"(?P<subject>(?:{_ACCORDING_WORD}[^\S\n]+){{0,5}}{_ACCORDING_WORD})"
_ACCORDING_FIRST = re.compile(rf"[^\S\n]*[Aa]ccording to {_ACCORDING_SUBJECT}"
                              r"(?:,[^\S\n]*(?:[A-Z][\w'\u2019-]*(?:[^\S\n]+[A-Z][\w'\u2019-]*){0,3}|(?:published|released|issued|out)\b[^,\n]{0,120}?)(?=,))?"
                              r",[^\S\n]*")
_ACCORDING_LAST = re.compile(rf",[^\S\n]*according to {_ACCORDING_SUBJECT}[.!]?[^\S\n]*$")
# (a row of a table flattened into a line ends the statement: "… required improvement. | According to …")
_CELL_END = re.compile(r"[^\S\n]\|[^\S\n]")
# Where a _REPORTED match can be: within a stretch between ',', ';' and '.' (it never spans
# one), starting before a verb that follows a space. Trying every start elsewhere is what costs.
_STRETCH = re.compile(r"[^,;.]+")
_SPACE_VERB = re.compile(rf"\s{REPORTING}\b")


def _reported_matches(body: str):
    """_REPORTED.finditer(body), searching only where a match can be."""
    for stretch in _STRETCH.finditer(body):
        pos, end = stretch.span()
        if pos and body[pos - 1] == ",":
            m = _REPORTED_AFTER_COMMA.match(body, pos, end)
            if m:
                yield m
                pos = m.end()
        while _SPACE_VERB.search(body, pos, end):
            m = _REPORTED.search(body, pos, end)
            if m is None:
                break
            yield m
            pos = m.end()


_TITLE_LINKS = ("of", "for", "and", "the", "&")
# A party's short name in brackets after a name: "Jo Hall (Con)", "Tom Reed (Lib Dem)".
_PARTY_AFTER_NAME = re.compile(r"\s*\([^()]{1,20}\)$")
# A word of a force's or area's name before a post, possessive or not: "Kent's ", "Kent Police's ", "Devon and Cornwall's ",
# "Sussex ".
_OWNER_WORD = re.compile(r"(?:[A-Z][\w&-]*(?:['\u2019]s?)?|and|&|of)\s+")
_POSSESSIVE = re.compile(r"['\u2019]s?\s")
# (a name, or a title before it: 'Sir', 'Dr' open as a name does)
_NAME_NEXT = re.compile(r"\s+[A-Z][a-z]")
# A clause's subject carries over 'and' to a verb of saying (not 'told callers about …', 'found the force …').
_SAYING_AFTER_AND = re.compile(r"said|says|added|adds|explained|explains|insisted|insists|admitted|admits|acknowledged|"
                               r"acknowledges|warned|warns|stated|commented|noted|notes")
# ('added to the capacity …': adding to something, not saying it)
_ADDED_TO = re.compile(r"\s+to\b")
# The words from one reporting verb to the next, within a clause: '… welcomed the report and said …'.
_ONE_CLAUSE_AND = re.compile(r"[^,;:]*\s(?:and|but)\s*")
# A verb in the past that a verb of saying may follow after 'and': 'Jo Hall thanked officers and said …'.
_PAST_VERB = r"(?:[a-z]+ed|gave|made|took|spoke|met|led|set\s+out|read)"
_VERB_FIRST = re.compile(rf"\s*{REPORTING}\b")
_VERB_OR_PAST_FIRST = re.compile(rf"\s*(?:{REPORTING}|{_PAST_VERB})\b")
# A clause's subject and its first verb, in the past, then 'and' before a verb of saying: 'Jo Hall thanked officers for
# their work and said …', 'The force introduced the changes and added …'.
_FIRST_VERB_AND = re.compile(rf"(?P<name>[^\s,;:](?:[^,;:]*?[^\s,;:])?)\s+{_PAST_VERB}\b[^,;:]*\s(?:and|but)$")
_WORD_CHAR = re.compile(r"\w")
_JOINING_WORDS = ("and", "but", "while", "as", "after", "when", "because", "since", "before", "although", "though",
                  "once", "until", "whereas")
_CLAUSE_JOIN = re.compile(r"\b(?:and|but|while|however|responding to the report|meanwhile|as|after|when|because|since|"
                          r"before|although|though|once|until|whereas)\b|[,:]")


def _cut_joining(text: str, end: int) -> int:
    r"""Where text[:end] ends without the comma, joining word and white space before the next
    subject: what re.sub(r"\s*(?:,\s*)?(?:\b(?:and|but|while|…))?\s*$", "", text[:end]) leaves, found
    from the end (that pattern, tried at each start, is quadratic in a run of white space)."""
    def before_spaces(i: int) -> int:
        while i > 0 and text[i - 1].isspace():
            i -= 1
        return i

    end = before_spaces(end)
    word = next((w for w in _JOINING_WORDS if text.endswith(w, 0, end) and
                 not (end > len(w) and _WORD_CHAR.match(text, end - len(w) - 1))), "")
    end = before_spaces(end - len(word))
    # (a comma, or a dash set off by spaces: '… in three – and said that …')
    if end > 0 and (text[end - 1] == "," or (text[end - 1] in "-\u2013\u2014" and end > 1 and text[end - 2].isspace())):
        return before_spaces(end - 1)
    return end


class ReportedStatements:
    def reported(self, quoted: list[Claim]) -> list[Claim]:
        """Statements reported without a full quote: 'X said (that) …', 'X found …', '…, the inspectorate has said.'"""
        doc = self.doc
        # A sentence overlaps a quote when a quote starting before its end ends after its start.
        quoted_spans = sorted((c.span.start, c.span.end) for c in quoted)
        quoted_starts = [start for start, _ in quoted_spans]
        furthest_end = list(itertools.accumulate((end for _, end in quoted_spans), max))
        claims: list[Claim] = []
        for line in doc.lines:
            current = None  # the speaker of the paragraph's reported statement so far
            for sentence in doc.sentences_in(line):
                i = bisect.bisect_left(quoted_starts, sentence.end)
                if i and furthest_end[i - 1] > sentence.start:
                    current = None
                    continue
                found = self._reported_in(sentence)
                if found:
                    claims.extend(found)
                    current = found[-1].speaker
                elif current is not None and not _SPEECH_WORD.search(sentence.text) and \
                        self._speaks_of_the_force(sentence):
                    claims.append(self._claim(current, sentence.start, sentence.end, False, sentence))
                else:
                    current = None
        return claims

    def _reported_in(self, sentence: Span, min_words: int = 4) -> list[Claim]:
        """The statements a sentence reports; of `min_words` words at least (fewer make no claim, but name
        whose words follow: 'Ms Hall welcomed the report.' / '"…"')."""
        text = self.doc.text
        if not _REPORTING_WORD.search(text, sentence.start, sentence.end):
            return self._according_to(sentence, min_words)  # most sentences report nothing: skip the costly patterns
        if self.published and self.published.span and sentence.start <= self.published.span.start < sentence.end:
            # 'date 2024-10-17 Hertfordshire Constabulary is good at …': the dateline is not the claim.
            sentence = self.doc.span(self.published.span.end, sentence.end)
        body = text[sentence.start:sentence.end]
        tail = _SAID_AT_END.search(body)
        if tail:
            at = sentence.start + tail.start("subject")
            speaker = self.speakers.resolve(tail.group("subject"), at, at)
            if speaker is not None:
                start, end = sentence.start, (tail.end("close") if tail.group("close") else tail.start())
                if tail.group("close") and _OPENING_MARK.match(body):
                    # (the words of a quote too short to be one, without its marks: '"We welcome the report," a
                    # spokesman said.')
                    start, end = sentence.start + _OPENING_MARK.match(body).end(), tail.start()
                return [self._claim(speaker, start, sentence.start + end, False, sentence)]
        claims: list[Claim] = []
        matches = []
        said_end = -1  # where the last verb of saying ends: the words after it are what was said
        for m in _reported_matches(body):
            # The subject is the words after the last conjunction: 'X comments as inspection finds …' is the inspection's.
            subject = _CLAUSE_JOIN.split(m.group("subject"))[-1]
            subject_start = m.end("subject") - len(subject)
            if _NO_SPEAKER.search(subject) or _BY_AFTER.match(body, m.end("verb")):
                continue
            if not subject.strip():
                # 'Tom Reed, the deputy chief constable, welcomed the report and said …': the subject is the
                # sentence's, before the comma the first verb follows; a person's name only. Or the clause's own, before
                # its first verb ('Jo Hall thanked officers and said …'), or that of a reporting verb before it in the
                # clause ('PCC Jo Hall welcomed the report and said …').
                # (only before a verb of saying: not 'told callers about …', 'found the force …')
                saying = _SAYING_AFTER_AND.fullmatch(m.group("verb")) and not _ADDED_TO.match(body, m.end("verb"))
                person = self._named_before_comma(body, sentence.start, m.start("subject"), bool(saying))
                if person is None and saying:
                    last = matches[-1] if matches else None
                    person = self._first_verbs_subject(m, sentence.start) or \
                        (last[1] if last and _ONE_CLAUSE_AND.fullmatch(body, last[0].end(), m.start("verb")) else None)
                if person is not None:
                    matches.append((m, person, m.end("subject")))
                    said_end = m.end() if _SPEECH_VERB.fullmatch(m.group("verb")) else -1
                continue
            if subject_start == m.start("subject") and said_end >= 0 and not body[said_end:m.start()].strip():
                continue  # 'He said the force had also found …': a verb inside what was said makes no new statement
            speaker = self.speakers.resolve(subject, sentence.start + m.start("subject"), sentence.start + subject_start)
            if speaker is not None:
                matches.append((m, speaker, subject_start))
                said_end = m.end() if _SPEECH_VERB.fullmatch(m.group("verb")) else -1
        for index, (m, speaker, subject_start) in enumerate(matches):
            verb = m.group("verb")
            # (what a verb of saying or finding introduces is the statement; another verb is part of it, 'praised the
            # force for …', unless 'that' or a colon ends it: 'concluded that …', 'judged that …', 'highlighted that …';
            # not 'described that unit's work as …', a determiner's 'that')
            said = _SPEECH_VERB.match(verb) or verb.startswith(("found", "concluded")) or \
                (verb != "described" and m.group().endswith(("that", ":")))
            start = sentence.start + (m.end() if said else m.start("verb"))
            end = sentence.end
            if index + 1 < len(matches):
                next_subject = matches[index + 1][2]
                end = sentence.start + _cut_joining(body, next_subject)
            elif len(matches) == 1 and text[start:end].lstrip().startswith(",") and body[:subject_start].rstrip().endswith(","):
                # 'Opportunities were missed, she said, because …': the words around the speaker are the statement.
                start = sentence.start
            if said and _COPULA_NEXT.match(text, start, end):
                # The verb is in a relative clause: 'The first thing the report told them was to …', 'Among the
                # improvements HMICFRS noted were …': the sentence, where that clause opens it; else nothing ('a letter
                # that he said was written with …' is the writer's).
                if _CLAUSE_BEFORE.search(body, 0, subject_start):
                    continue
                start = sentence.start
            start = _LEADING.match(text, start, end).end()
            claim = self._statement(speaker, start, end, sentence, min_words)
            if claim is not None:
                claims.append(claim)
        return claims or self._according_to(sentence, min_words)

    def _according_to(self, sentence: Span, min_words: int) -> list[Claim]:
        """The sentence as the statement of whom it gives the account of: 'According to the inspectorate, …', '…,
        according to the report.' (a verb of saying in it names the speaker first: 'According to HMIC's Ken Williams,
        the report found …' is the report's)."""
        text = self.doc.text
        according = _ACCORDING_FIRST.match(text, sentence.start, sentence.end) or \
            _ACCORDING_LAST.search(text, sentence.start, sentence.end)
        if according is None:
            return []
        speaker = self.speakers.resolve(according.group("subject"), according.start("subject"), according.start("subject"), True)
        if speaker is None:
            return []
        start, end = (according.end(), sentence.end) if according.re is _ACCORDING_FIRST else (sentence.start, according.start())
        cell = _CELL_END.search(text, start, end)
        end = cell.start() if cell else end
        claim = self._statement(speaker, _LEADING.match(text, start, end).end(), end, sentence, min_words)
        return [claim] if claim else []

    def _named_before_comma(self, body: str, base: int, at: int, past: bool = False) -> str | Organisation | None:
        """The person named just before a comma at body[at - 1], when the words from `at` open with a
        reporting verb ('Tom Reed, welcomed the report and said …'), or with any verb in the past if `past`
        ('Tom Reed, …, thanked officers and said …'); or the organisation, in a few words ('The report, which was
        published on Friday, said …')."""
        if not (_VERB_OR_PAST_FIRST if past else _VERB_FIRST).match(body, at):
            return None
        while at > 0 and body[at - 1].isspace():
            at -= 1
        if at < 1 or body[at - 1] != ",":
            return None
        part_start = body.rfind(",", 0, at - 1) + 1
        # (a post whose own name has commas, set off whole: 'Jo Hall, Police, Fire and Crime Commissioner for Essex, said')
        post = next((start - base for start, end, _ in reversed(self.doc.found(self.doc.lex.roles, base, base + at - 1))
                     if start - base < part_start <= end - base and body[:start - base].rstrip().endswith(",")), None)
        if post is not None:
            part_start = body.rfind(",", 0, post) + 1
        part = body[part_start:at - 1].strip()
        if part_start > 1 and (part[:1].islower() or part == "HMIC" or _POST_NOMINALS.fullmatch(part)
                               or self._opens_with_post(base + part_start, base + at - 1)):
            # ... past a phrase set off between commas: 'PCC Jo Hall, responding to the report, said …', 'Jo Hall,
            # HM Inspector of Constabulary, said …', 'Jo Hall, HMIC, said …' (the inspector's title as news wrote it),
            # 'Chief Constable Jo Hall, QPM, said …'.
            set_off_start = part_start
            part_start = body.rfind(",", 0, set_off_start - 1) + 1
            part = body[part_start:set_off_start - 1].strip()
            at = set_off_start
        party = _PARTY_AFTER_NAME.search(part)
        if party:  # 'Cllr Jo Hall (Con), chair of the panel, said …'
            part = part[:party.start()]
        if not part:
            return None
        first = base + part_start + len(body[part_start:at - 1]) - len(body[part_start:at - 1].lstrip())
        speaker = self.speakers.resolve(part, first + len(part) if party else base + at - 1, base + part_start, True)
        if isinstance(speaker, Organisation) and len(part.split()) <= 4:
            return speaker  # 'The report, which was published on Friday, said …'
        # (The part a name, a title before it at most, in capitals or a post's own words ('Labour councillor Jo Hall'):
        # not 'The report, which praised Jo Hall, said …'.)
        posts = self.doc.found(self.doc.lex.roles, first, first + len(part))
        titled = all(word.group()[0].isupper() or word.group() in _TITLE_LINKS
                     or any(s <= first + word.start() and first + word.end() <= e for s, e, _ in posts)
                     for word in re.finditer(r"\S+", part))
        return speaker if isinstance(speaker, str) and titled and speaker.split()[-1] in part else None

    def _first_verbs_subject(self, m: re.Match, base: int) -> str | Organisation | None:
        """The speaker that the clause before a verb of saying opens with, its own verb after it: 'Jo Hall thanked
        officers and said …' (a person named, or an organisation)."""
        first = _FIRST_VERB_AND.fullmatch(m.group("subject"))
        if first is None:
            return None
        start = base + m.start("subject")
        return self.speakers.resolve(first.group("name"), start, start)

    def _opens_with_post(self, start: int, end: int) -> bool:
        """Whether the words in [start, end) open with a post's title: "HM Inspector for the Eastern Region", perhaps
        after its force's or area's name, possessive or not: "Kent's PCC", "Kent Police's deputy chief constable",
        "Sussex Police and Crime Commissioner"."""
        start += len(self.doc.text[start:end]) - len(self.doc.text[start:end].lstrip())
        at = start
        for _ in range(6):  # (the post itself, or after up to five words of its owner's name)
            post = self.doc.found_at(self.doc.lex.roles, at, end)
            # (an owner not possessive names the post's place only when no name follows the post: not "Scunthorpe MP
            # Sir Nicholas Dakin", a holder named in a list of them)
            if post is not None and (at == start or _POSSESSIVE.search(self.doc.text, start, at)
                                     or not _NAME_NEXT.match(self.doc.text, post[1], end)):
                return True
            owner = _OWNER_WORD.match(self.doc.text, at, end)
            if owner is None or (at == start and not owner.group()[:1].isupper()):
                return False
            at = owner.end()
        return False

    def _statement(self, speaker, start: int, end: int, sentence: Span, min_words: int = 4) -> Claim | None:
        """A reported statement, unless what is left is no statement: a few words, or the words that
        announce a list ('…graded our police service as:', 'Inspectors said the Force is' before bullets)."""
        text = self.doc.text
        words = text[start:end].split()
        if len(words) < min_words or words[-1].endswith(":"):
            return None
        line_end = text.find("\n", end)
        if not re.search(r"[.!?\"')]$", words[-1]) and line_end >= 0 and _BULLET.match(text, line_end + 1) and \
                not text[end:line_end].strip():
            return None
        return self._claim(speaker, start, end, False, sentence)

    def _speaks_of_the_force(self, sentence: Span) -> bool:
        start = _LEADING.match(self.doc.text, sentence.start, sentence.end).end()
        if _CONTINUES.match(self.doc.text, start, sentence.end):
            return True
        force = self.mentions.force_index.first_starting_from(start)
        return force is not None and force[0] == start
