"""Claims: direct quotes and reported statements, with who made them and what they are about."""
from __future__ import annotations

import re

from ..facts import Claim, DateValue, Inference, Organisation, Span
from ..vocab import Phrases
from . import dates
from .doc import Doc, Intervals
from .mentions import HONORIFIC, NAME, PARTICLE, SURNAME, UPPER, Mentions, clean_name, is_name
from .posts import add_person
from .quotes import Quote, find_quotes
from .reported import ReportedStatements
from .speakers import ADVERB, CAPTION, QUOTE_SPEECH, Speakers, union_spans


# After a quote: '," he said', '," said Mr Wilsher'. The subject starts after the white space
# (white space it could also start with, shared between quantifiers, backtracks polynomially).
_VERB_AFTER = re.compile(rf"\W{{0,3}}\s*(?:(?P<subject>[^.;!?\"\s][^.;!?\"]{{0,79}}?){ADVERB}\s+{QUOTE_SPEECH}\b|"
                         rf"(?:{QUOTE_SPEECH}|according to)\s+(?P<inverted>[^.;!?\",]{{1,60}}))")
# After a quote that ends its line, a press release's signature: '"…" - Jane Roe, Chief Constable', with a full stop or not.
_SIGNED_AFTER = re.compile(r"[\"'\s]{0,3}-\s+(?P<subject>[^.;!?\"\n-][^.;!?\"\n]{0,79}?)[^\S\n]*\.?[^\S\n]*$")
# Before a quote, the verb first: 'Said Ms Roe: "…"', 'According to Ms Roe, "…"'.
_INVERTED_BEFORE = re.compile(rf"(?:^|(?<=[\s(]))(?:(?i:{QUOTE_SPEECH})|[Aa]ccording to)\s+(?P<subject>[^.;!?\",:]{{1,60}}?)\s*[:,]?\s*$")
# From the start of a run of white space only: from inside it, each start would run to its end.
_ADVERB_SPEECH = re.compile(rf"(?<!\s){ADVERB}\s+{QUOTE_SPEECH}\b")


_RELATIVE_CLAUSE = re.compile(r"\s*(?:who|whose|whom|which|where)\b", re.I)
# A participle or a preposition opening a part: how or when the subject spoke, not who ('responding to
# the report', 'speaking after the inspection', 'in a statement'); in lower case, as a title is not.
# ('acting chief constable X said' is a title: a participle counts with a preposition after it.)
_CIRCUMSTANCE = re.compile(r"\s*(?:[a-z]+ing\s+(?:to|on|at|in|after|about|with|from|for|before)|in|on|at|after|before|during|"
                           r"following|when|while|upon)\s")
# ... and with the capital of a sentence's first word, where a comma sets the part off from the subject
# ('Responding to the report, Chief Constable X said': 'the report' is not who spoke; but 'In a statement
# the force said' is the force's).
_OPENING_CIRCUMSTANCE = re.compile(r"\s*(?:[A-Z][a-z]*ing\s+(?:to|on|at|in|after|about|with|from|for|before)|In|On|At|After|"
                                   r"Before|During|Following|When|While|Upon)\s")
# ... unless it ends with a name, the subject after the circumstance ('Following the report Chief
# Constable X, said').
_ENDS_NAMED = re.compile(rf"(?<![\w'-])(?:{NAME})\s*$")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s*$", re.I)
# A participle after a comma, whose subject is the sentence's: ', saying', ', adding'.
_PARTICIPLE = re.compile(r",\s*(?:saying|adding)")
# Before a quote, a speaker named and a colon, nothing else: 'Chief Constable Jo Hall: "…"'.
_NAMED_COLON = re.compile(r"\s*(?P<subject>(?:[A-Z][\w'.-]*\s+(?:(?:of|for|and|the)\s+)?){0,6}[A-Z][\w'-]*)\s*:\s*")
# A sentence opening with whose account it gives: 'According to Jo Hall (to her), …'.
_ACCORDING_OPENING = re.compile(r"[Aa]ccording to\s+(?P<subject>[^.;!?\"\u201c\u201d,:]{1,60}?),")
_OBJECT_PRONOUN = {"her": "she", "him": "he"}
_RELATIVE_OPENING = re.compile(r",\s*(?:who|whose|whom)\b", re.I)


def _clause_start(text: str, start: int, pos: int) -> int:
    """Where the clause that holds `pos` starts: after the last stop, semicolon, colon or line break since `start`."""
    return max(start, max(text.rfind(c, start, pos) for c in (".", ";", ":", "\n")) + 1)


def _subject_before(text: str, start: int, end: int, verbs: Intervals | None = None) -> list[tuple[str, int]]:
    """Candidate subjects of the last verb of saying in text[start:end] (folded), nearest first: the
    words after the last comma, then the comma-separated phrases before it ('X, the mayor, said'),
    with their ends relative to `start`. `verbs`: _ADVERB_SPEECH's matches from `start` on, when
    known; a match holds only letters and spaces, so those before a quote mark at `end` are the same."""
    if verbs is None:
        verbs = Intervals((m.start(), m.end(), m) for m in _ADVERB_SPEECH.finditer(text, start, end))
    last = verbs.last_ending_by(end)
    if not last:
        return []
    verb_start = last[0]
    stop = max(text.rfind(c, start, verb_start) for c in (".", ";", ":", '"', "\n"))
    if stop >= start and text[stop] == '"':
        # A quote inside a relative clause between the subject and its verb ('X, who was praised for
        # "greater stability" since … replacing Y, said'): the subject is before the clause.
        clause_start = _clause_start(text, start, stop)
        relative = _RELATIVE_OPENING.search(text, clause_start, stop)
        if relative and "," in text[stop:verb_start] and not text.count('"', clause_start, relative.start()) % 2:
            subject = text[clause_start:relative.start()].split(",")[-1]
            return [(subject, relative.start() - start)] if subject.strip() else []
    out = []
    for index, (part, end) in enumerate(_parts_before(text, max(stop + 1, start), verb_start)):
        if not index and _PASSIVE.search(part):  # 'Ms Hall was described as "…"': the words are not hers
            return []
        # ', said' leaves a blank part before the verb: it names no one; nor does a relative clause
        # ('X, who chairs the Police Federation, said' is X's), nor words that say when or how the
        # subject spoke ('X, responding to the report, said', 'X, in a statement, said').
        if part.strip() and not _RELATIVE_CLAUSE.match(part) and not _CIRCUMSTANCE.match(part) and \
                not (index and _OPENING_CIRCUMSTANCE.match(part) and not _ENDS_NAMED.search(part)):
            out.append((part, end - start))
            if len(out) == 3:
                break
    return out


def _parts_before(text: str, lo: int, hi: int):
    """The parts of text[lo:hi] that commas and spaced dashes set off ('the PCC - Katy Bourne - has'),
    the last first, each with where it ends; found from the end, as only the last few are wanted."""
    end = hi
    while True:
        comma, dash = text.rfind(",", lo, end), text.rfind(" - ", lo, end)
        if comma < 0 and dash < 0:
            yield text[lo:end], end
            return
        cut, width = (comma, 1) if comma > dash else (dash, 3)
        yield text[cut + width:end], end
        end = cut


_SPACES = re.compile(r"\s+")
_NOT_A_MARK = re.compile(r"[^ \"'*-]")  # where a quote's sentence has words before the quote (not a bullet)


# A line that is no prose: a few words and no closing punctuation ('Hide Ad', 'Serious concerns').
# (Words need white space between them: one run of letters cut into words several ways would backtrack.)
_NOT_PROSE = re.compile(r"[^\s.!?:;\"']+(?:[^\S\n]+[^\s.!?:;\"']+){0,5}[^\S\n]*")
_PRONOUN = re.compile(r"(?i:he|she)")
_BLANK = re.compile(r"\s*")
# 'he', 'she', and their possessives: 'In his view the force should …' speaks of him too.
_PRONOUN_WORD = re.compile(r"\b(?i:he|she|his|her)\b")
_PERSONAL = {"his": "he", "her": "she"}
# How many paragraphs of narration may stand between two quotes of one speaker's run.
_RUN_GAP = 2
_TITLED_SURNAME = re.compile(rf"{HONORIFIC}\s+{SURNAME}")
# Capitalised words, particles between: how a name looks, known or not ('Jan van der Berg').
_NAME_LIKE = re.compile(rf"(?:{HONORIFIC}\s+)?[{UPPER}][\w'-]+(?:\s+(?:{PARTICLE}\s+)*[{UPPER}][\w'-]+){{1,3}}")


def _is_a_name(phrase: str) -> bool:
    """A person's name and nothing else: 'Ann Ball', 'Dr Ann Ball', 'Ms Ball', 'Jan van der Berg'."""
    return bool(_NAME_LIKE.fullmatch(phrase) and is_name(clean_name(phrase))) or bool(_TITLED_SURNAME.fullmatch(phrase))
# A signature with no dash: a name, then its posts after a comma, and nothing else ('Jo Hall, Chief Constable').
_SIGNATURE = re.compile(rf"[^\S\n]*(?P<subject>{_NAME_LIKE.pattern}(?:,[^.;!?\"\n]{{1,80}})?)[^\S\n]*")
# A caption of capitalised words only, with full stops and commas: 'Kent Police Chief Constable Jo Hall.' (repeated
# as pages copy their captions: 'Chief Constable Jo Hall.Chief Constable Jo Hall.'), 'Kent PCC, Jo Hall.'.
_NAMED_CAPTION = re.compile(r"[^\S\n]*(?:(?:[A-Z][\w'\u2019-]*|of|for|and|the|&)[^\S\n]*[.,]?[^\S\n]*){2,30}")
# A page's prompt to the reader, a line of its own: 'You may also want to watch:', 'Read more: <a headline>',
# 'Sign up to our daily newsletter …', 'Hear all the latest news …'.
_READER_PROMPT = re.compile(r"[^\S\n]*(?i:(?:you (?:may|might|could) also (?:want to |like to )?[a-z]+|read (?:more|also)|"
                            r"also read|see also|watch|listen|related(?: stories| articles| news)?|more (?:news|stories))"
                            r"[^\S\n]*:|sign up\b|subscribe\b|click here\b|follow us\b|hear all the latest\b)[^\n]*")
# A verb of saying coordinated with the sentence's first verb: '… and said'.
_AND_BEFORE = re.compile(r"\band\s*$")
# A paragraph that names who spoke the quote before it: "That was the response of …", "Those were the words of …".
# ... or "So says …" after a headline quote; and "Those are not my words – though I echo them – but the words of …".
_WORDS_OF = re.compile(r"(?:(?:that|this|those|these|such) (?:was|were|is|are) "
                       r"(?:not (?:my|our|his|her|their) (?:own )?words?\b[^.;:!?\"]{0,80}?\bbut )?(?:the |in the )?(?:words?|response|reaction|verdict|"
                       r"views?|comments?|message|assessment|warning|promise|pledge) of|so (?:says|said)) "
                       r"(?P<subject>[^,.;:!?\"]{1,80}?)(?=[,.;:!?]|$)", re.I)
# A heading that announces whose words follow: 'Statement from Chief Constable Jo Hall', 'Response by the PCC, Tom Reed'.
_STATEMENT_FROM = re.compile(r"(?i:(?:(?:a|full|our)\s+)?(?:statement|response|comments?|message|reaction)\s+(?:from|by)\s+)[^.!?\"\n]{1,120}")
# A heading that names whose statement follows by a possessive: "Dr Jo Hall's statement on the report:".
_OWN_STATEMENT = re.compile(r"['’]s?\s+(?:(?:full|official|formal)\s+)?(?:statement|response|comments?|message|reaction)\b", re.I)
# Between a quote paragraph left open and the next: the line break and the next one's opening mark.
_PARAGRAPH_OPENING = re.compile("\\s*\n\\s*[\"\u201c'\u2018]")
# A line of titles and a name only: capitalised words and the words that join them.
_TITLE_LINE = re.compile(r"[^\S\n]*(?:[A-Z][\w'\u2019-]*|of|for|and|the|&)(?:[^\S\n]+(?:[A-Z][\w'\u2019-]*|of|for|and|the|&)){1,14}[^\S\n]*")
# After a closed quote in its paragraph, a sentence whose subject, a pronoun or a name, reports more of what they said.
_REPORTED_AFTER = re.compile(rf"[^\S\n]*(?P<subject>[Hh]e|[Ss]he|{HONORIFIC}\s+{SURNAME}|{NAME})"
                             r"(?:\s+(?:also|then|later|further))?\s+(?:said|says|added|adds|explained|told)\s+[a-z]")
# Words a speaker says of themself.
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)\b")
# An editor's insertion naming who 'I' is, inside a quote: "I [Zoe Billingham] strongly commend".
_SELF_NAMED = re.compile(rf"\bI \[(?P<name>{NAME})\]")


class ClaimFinder(ReportedStatements):
    def __init__(self, doc: Doc, mentions: Mentions, areas: Phrases, topics: Phrases | None,
                 published: DateValue | None) -> None:
        self.doc, self.mentions, self.areas, self.topics, self.published = doc, mentions, areas, topics, published
        self.found = find_quotes(doc)
        self._order = {q.start: k for k, q in enumerate(self.found)}  # (disjoint: one quote per start)
        self.quoted = Intervals((start, end, None) for start, end in union_spans((q.start, q.end) for q in self.found))
        self.speakers = Speakers(doc, mentions, [(q.start, q.end) for q in self.found])
        self._said_when: dict[tuple[int, int], Inference | None] = {}

    def about(self, start: int, end: int) -> tuple[str, ...]:
        found = {iri for _, _, iri in self.doc.found(self.areas, start, end)}
        if self.topics is not None:
            found |= {iri for _, _, iri in self.doc.found(self.topics, start, end)}
        return tuple(sorted(found))

    def _claim(self, speaker, start: int, end: int, direct: bool, said_in: Span) -> Claim:
        if direct:  # '"…within set times," Mr Wilsher said': the comma belongs to the reporting
            while end > start and self.doc.text[end - 1] in ", ":
                end -= 1
        evidence = self.doc.span(start, end)
        text = _SPACES.sub(" ", self.doc.text[evidence.start:evidence.end])
        key = (said_in.start, said_in.end)
        if key not in self._said_when:  # every claim of a long sentence shares its 'yesterday'
            self._said_when[key] = dates.relative_date(self.doc, said_in, self.published)
        return Claim(speaker, text, evidence, direct, self.about(evidence.start, evidence.end),
                     date_inferred=self._said_when[key])

    def quotes(self) -> list[Claim]:
        doc, text = self.doc, self.doc.text
        claims: list[Claim] = []
        previous: tuple[Claim, Quote] | None = None
        unattributed: dict[int, Quote] = {}  # quote paragraphs left open that no one is named for yet, by start
        lines = doc.lines
        line_index = {line.start: i for i, line in enumerate(lines)}
        # Per region (a quote's sentence), the verbs of saying in it and where its first word is.
        verbs_in: dict[tuple[int, int], Intervals] = {}
        first_word: dict[tuple[int, int], int] = {}
        for quote in self.found:
            sentence = doc.sentence_at(quote.start)
            region = Span(min(sentence.start, quote.start), max(sentence.end, quote.end), "")
            if doc.line_index(quote.end) != doc.line_index(quote.start):
                # A quote wrapped over lines: to the end of the sentence it ends in, on a later line.
                region = Span(region.start, max(region.end, doc.sentence_at(quote.end - 1).end), "")
            if (region.start, region.end) not in verbs_in:
                verbs_in[region.start, region.end] = Intervals(
                    (m.start(), m.end(), m) for m in _ADVERB_SPEECH.finditer(text, region.start, region.end))
                word = _NOT_A_MARK.search(text, region.start, region.end)
                first_word[region.start, region.end] = word.start() if word else region.end
            speaker, said_in = self._self_named(quote), region
            verbs = verbs_in[region.start, region.end]
            # The subject of the last verb of saying before the quote, else of the one before it
            # ('X said she was "…" but went on: "…"').
            ends = [quote.start - 1]
            last = verbs.last_ending_by(quote.start - 1)
            if last is not None:
                ends.append(last[0])
            unknown = False  # 'He said: "…"' where no man is named: nobody else said it either
            if speaker is None and last is not None and _PARTICIPLE.fullmatch(text, max(region.start, last[0] - 1), last[1]):
                # 'Mr Scott praised Chief Constable Jo Hall, saying: "…"': the sentence's subject says it.
                speaker = self.speakers.subject_of(doc.sentence_at(region.start))
            for end in ([] if speaker else ends):
                speaker, unknown = self._speaker_of(_subject_before(text, region.start, end, verbs), region.start)
                if speaker is not None or unknown:
                    break
            if unknown:
                continue
            if speaker is None and last is not None and _AND_BEFORE.search(text, max(region.start, last[0] - 8), last[0]):
                # 'Chief Constable Jo Hall praised the "…" of her officers and said the grades "…"': the
                # second verb's subject is the sentence's.
                speaker = self.speakers.subject_of(doc.sentence_at(region.start))
            if speaker is None and text[region.start:quote.start - 1].rstrip().endswith(":"):
                # 'Chief Constable X accepted the findings and repeated the force's commitment: "…"'
                speaker = self.speakers.subject_of(doc.sentence_at(region.start))
            if speaker is None:
                # (Within the words just before the quote: searched from the region's start for every
                # quote of a long one, it was quadratic.)
                m = _INVERTED_BEFORE.search(text, max(region.start, quote.start - 100), max(region.start, quote.start - 1))
                if m:
                    speaker = self.speakers.resolve(m.group("subject"), m.start("subject"), m.start("subject"), True)
            if speaker is None:  # 'According to her, the force was not "able to …"': the whole sentence is hers
                m = _ACCORDING_OPENING.match(text, first_word[region.start, region.end], quote.start)
                if m:
                    subject = _OBJECT_PRONOUN.get(m.group("subject").lower(), m.group("subject"))
                    speaker = self.speakers.resolve(subject, m.start("subject"), m.start("subject"), True)
            if speaker is None and not self._in_relative_clause(region.start, quote.start):
                m = _VERB_AFTER.match(text, quote.end + 1, region.end)
                if m:
                    group = "subject" if m.group("subject") else "inverted"
                    speaker = self.speakers.resolve(m.group(group), quote.end, m.start(group), group == "inverted")
            if speaker is None:
                # (After the quote, on the line it ends on: a quote wrapped over lines ends on a later one.)
                last = doc.line_index(quote.end)
                m = _SIGNED_AFTER.match(text, quote.end, lines[last].end)
                if m:
                    speaker = self.speakers.resolve(m.group("subject"), quote.end, m.start("subject"), True)
                elif not text[quote.end + 1:lines[last].end].strip():
                    speaker = self._signed_under(last) if quote.closed else self._signed_run(quote)
                elif quote.end < lines[last].end:
                    speaker = self._signed_under(last, quote.end + 1)
            if speaker is None:  # 'Chief Constable Jo Hall: "…"', as a headline or a transcript names a speaker
                m = _NAMED_COLON.fullmatch(text, region.start, quote.start - 1)
                named = self.speakers.resolve(m.group("subject"), m.start("subject"), m.start("subject"), True) if m else None
                speaker = named if isinstance(named, str) else None
            if speaker is None and first_word[region.start, region.end] >= quote.start - 1:
                index = line_index[quote.line.start]
                if quote.closed:  # '"…" Those were the words of X.' in the quote's own paragraph
                    speaker, said_in = self._named_after(lines[doc.line_index(quote.end)], quote.end + 1)
                if speaker is None:
                    speaker, said_in = self._block_quote_speaker(quote, index, previous)
                if speaker is None and quote.closed:  # '“… improvement’.” He said it had since …'
                    speaker, said_in = self._reported_after(quote), None
                last = doc.line_index(quote.end)
                if speaker is None and quote.closed and last + 1 < len(lines):
                    speaker, said_in = self._named_after(lines[last + 1])
                if speaker is None:
                    speaker, said_in = self._run_speaker(quote, index, previous)
                said_in = said_in or region
            if speaker is None and previous and previous[1].line.start == quote.line.start and previous[1].end == quote.start - 1:
                # '“… repeat 999 calls, “HMICFRS has recognised …': a mark reopening a quote not closed goes on
                # with the same speaker's words (the page typed an opening mark for a closing one).
                speaker, said_in = previous[0].speaker, previous[0].span
            if speaker is None and first_word[region.start, region.end] < quote.start - 1 and \
                    verbs.last_ending_by(quote.start - 1) is None and _FIRST_PERSON.search(text, quote.start, quote.end):
                # 'He was equally pleased that the inspectors praised the committee, "established jointly with my
                # counterpart"': words in the first person, in a sentence no one speaks in, are its subject's.
                subject = self.speakers.subject_of(doc.sentence_at(region.start))
                if subject is not None and not self.speakers.names_other_than(region.start, quote.start, subject):
                    speaker = subject
            if speaker is None:
                if not quote.closed:
                    unattributed[quote.start] = quote
                continue
            claim = self._claim(speaker, quote.start, quote.end, True, said_in)
            if previous and said_in is not region and previous[0].speaker == speaker and previous[0].date_inferred:
                claim = Claim(claim.speaker, claim.text, claim.span, True, claim.areas,
                              date_inferred=claim.date_inferred or previous[0].date_inferred)
            if said_in is region:
                claims += [self._claim(speaker, q.start, q.end, True, said_in) for q in self._open_before(quote, unattributed)]
            claims.append(claim)
            previous = (claim, quote)
        return sorted(claims, key=lambda c: c.span.start)

    def _open_before(self, quote: Quote, unattributed: dict[int, Quote]) -> list[Quote]:
        """The quote paragraphs left open, with no one named for them, that `quote` goes on from, each
        paragraph opening with a mark: '“… officers and staff.' / '“Since 2010 …,” he said': a speaker
        named in a run's second paragraph speaks its first too."""
        text, found = self.doc.text, self.found
        k = self._order.get(quote.start, 0)
        run: list[Quote] = []
        while k and found[k - 1].start in unattributed and \
                _PARAGRAPH_OPENING.fullmatch(text, found[k - 1].end, found[k].start):
            k -= 1
            run.append(unattributed.pop(found[k].start))
        return run[::-1]

    def _signed_under(self, index: int, start: int | None = None) -> str | None:
        """The person a quote's signature names, on the line under it ('"…"' / '- Jo Hall, Chief
        Constable', 'Jo Hall, Chief Constable') or after it on its line from `start` ('"…" Jo Hall,
        Chief Constable'). Only a person named there (a list's dash opens no signature: '- the chief
        constable must …')."""
        if start is None and index + 1 >= len(self.doc.lines):
            return None
        line = self.doc.lines[index] if start is not None else self.doc.lines[index + 1]
        begin = line.start if start is None else start
        m = _SIGNED_AFTER.match(self.doc.text, begin, line.end) if start is None else None
        if m is None and (start is not None or line.start == self.doc.lines[index].end + 1):
            # (Without a dash, only straight under the quote: a caption after a blank line names who is pictured.)
            m = _SIGNATURE.fullmatch(self.doc.text, begin, line.end)
        named = _NAME_LIKE.match(m.group("subject")) if m else None
        if named is None and start is None and line.start == self.doc.lines[index].end + 1:
            return self._titled_signature(line)
        if named is None or not is_name(clean_name(named.group())):
            return None
        speaker = self.speakers.resolve(named.group(), begin, m.start("subject"), True)
        return speaker if isinstance(speaker, str) else None

    def _titled_signature(self, line: Span) -> str | None:
        """The holder a signature line names by their post, then their name, and nothing else ('His
        Majesty's Inspector of Constabulary Jo Hall'): the post's holder the converter found there."""
        if not _TITLE_LINE.fullmatch(self.doc.text, line.start, line.end):
            return None
        name = self.speakers.name_at_end(self.doc.text[line.start:line.end].rstrip())
        holder = self.speakers.holder_named_in(line.start, line.end)
        return name if name is not None and holder == name else None

    def _signed_run(self, quote: Quote) -> str | None:
        """Who signs a run of quote paragraphs, each opening with a mark and left open but the last,
        with a signature straight under the last ('"…' / '"…"' / 'Jo Hall, Chief Constable')."""
        text, found = self.doc.text, self.found
        k = found.index(quote)
        while not found[k].closed:
            if k + 1 == len(found) or not _PARAGRAPH_OPENING.fullmatch(text, found[k].end, found[k + 1].start):
                return None
            k += 1
        last = self.doc.line_index(found[k].end)
        return self._signed_under(last) if not text[found[k].end + 1:self.doc.lines[last].end].strip() else None

    def _in_relative_clause(self, start: int, quote_start: int) -> bool:
        """True when a quote stands in a relative clause opened before it ('Jo Hall, who was praised for
        "…" since …, said'): the verb after it is the clause's subject's, and the words are not theirs."""
        text = self.doc.text
        clause_start = _clause_start(text, start, quote_start)
        relative = None
        for relative in _RELATIVE_OPENING.finditer(text, clause_start, quote_start):
            pass
        return relative is not None and "," not in text[relative.end():quote_start] and \
            not text.count('"', clause_start, relative.start()) % 2

    def _speaker_of(self, subjects: list[tuple[str, int]], base: int) -> tuple[str | Organisation | None, bool]:
        """Who the candidate subjects of a verb of saying (nearest first, as _subject_before gives
        them, ends relative to `base`) name: a phrase that is a name wins over a post named beside
        it ('Ann Ball, the chief constable, said' is Ann Ball's, whoever else the text calls chief
        constable). True when the subject names someone no one else can stand for: a name the
        converter does not know, or 'he' where no man is named."""
        named = next(((phrase, at) for phrase, at in subjects if _is_a_name(phrase.strip())), None)
        for phrase, at in [named] if named else subjects:
            speaker = self.speakers.resolve(phrase, base + at, base + at - len(phrase)) if phrase.strip() else None
            if speaker is not None:
                return speaker, False
            if named or _PRONOUN.fullmatch(phrase.strip()):
                return None, True
        return None, False

    def _named_after(self, line: Span, start: int | None = None):
        """The speaker the next paragraph names: '"…" That was the response of Chief Constable X.'
        (or the rest of the quote's own, from `start`)."""
        start = line.start if start is None else start
        while start < line.end and self.doc.text[start].isspace():
            start += 1
        m = _WORDS_OF.match(self.doc.text, start, line.end)
        if m is None:
            return None, None
        speaker = self.speakers.resolve(m.group("subject"), m.start("subject"), m.start("subject"), verb_first=True)
        return (speaker, line) if speaker is not None else (None, None)

    def _reported_after(self, quote: Quote) -> str | None:
        """Who a quote paragraph is, when the sentence after the quote in it opens by saying who goes on
        speaking: '“… the force ‘requires improvement’.” He said it had since made steady progress.' A
        pronoun or a name only, as the sentence's subject (not 'Inspectors said …', nor 'The report says')."""
        m = _REPORTED_AFTER.match(self.doc.text, quote.end + 1, self.doc.lines[self.doc.line_index(quote.end)].end)
        if m is None:
            return None
        speaker = self.speakers.resolve(m.group("subject"), m.start("subject"), m.start("subject"), True)
        return speaker if isinstance(speaker, str) else None

    def _self_named(self, quote: Quote) -> str | None:
        """A speaker who names themself inside their words, as an editor's insertion: '…I [Zoe Smith] commend…'."""
        m = _SELF_NAMED.search(self.doc.text, quote.start, quote.end)
        if m is None or not is_name(m.group("name")):
            return None
        add_person(self.doc, self.mentions, m.group("name"), m.start("name"), m.end("name"))
        return m.group("name")

    def _furniture(self, line: Span) -> bool:
        """True when a line is no prose: an advert's 'Hide Ad', a subheading, a caption, a prompt to the reader."""
        text = self.doc.text
        return bool(_NOT_PROSE.fullmatch(text, line.start, line.end) or CAPTION.fullmatch(text, line.start, line.end) or
                    _NAMED_CAPTION.fullmatch(text, line.start, line.end) or _READER_PROMPT.fullmatch(text, line.start, line.end))

    def _paragraph_before(self, index: int, previous: tuple[Claim, Quote] | None) -> int | None:
        """The paragraph before line `index`; lines since the quote before that are no prose (an
        advert's 'Hide Ad', a subheading, a caption) are passed over."""
        lines, text = self.doc.lines, self.doc.text
        i = index - 1
        if previous is not None:
            while i >= 0 and lines[i].start > previous[1].line.start and self._furniture(lines[i]):
                i -= 1
        return i if i >= 0 else None

    def _block_quote_speaker(self, quote: Quote, index: int, previous: tuple[Claim, Quote] | None):
        """Who speaks a quote that opens its paragraph with no verb of saying of its own: the speaker of
        the quote it continues, the one the paragraph before announces ('X said:', 'Statement from PCC
        X:'), or the person whose words the paragraph before reports ('She said that …')."""
        lines, text = self.doc.lines, self.doc.text
        before = self._paragraph_before(index, previous)
        # (The paragraph before holds the quote before, or its end: a quote wrapped onto the next line.)
        same = previous is not None and previous[1].line.start == quote.line.start
        if previous and (same or (before is not None and previous[1].line.start <= lines[before].start <= previous[1].end)) \
                and not self.speakers.names_other_than(previous[1].end if same else quote.line.start, quote.start,
                                                       previous[0].speaker):
            # (Narration before the quote in its paragraph naming someone else breaks the run: '"…," said
            # Jo Hall. / But resident Sam Lee disagreed. "…"'.)
            said_in = previous[0].span
            return previous[0].speaker, Span(said_in.start, said_in.end, "")
        own = self._reported_just_before(quote)
        if own is not None:
            return own
        if before is None:
            return None, None
        head = lines[before]
        said = text[head.start:head.end].rstrip()
        if said.endswith((":", ";")):
            said = said[:-1]
            speaker, unknown = self._speaker_of(_subject_before(said, 0, len(said)), head.start)
            if speaker is not None or unknown:
                return (speaker, head) if speaker is not None else (None, None)
            if text[head.end - 1] == ":":  # no verb: 'Statement from Police and Crime Commissioner Keith Hunter:'
                name = self.speakers.name_at_end(said) or self._statement_of(head) or \
                    self.speakers.subject_of(self.doc.sentence_at(head.end - 1))  # 'X repeated the commitment:'
                return (name, head) if name else (None, None)
        if _STATEMENT_FROM.fullmatch(said):  # a heading with no colon: 'Statement from Chief Constable Jo Hall'
            name = self.speakers.name_at_end(said)
            if name and self._ends_as_said(quote):
                return name, head
        if not self._ends_as_said(quote):
            return None, None
        for sentence in reversed(self.doc.sentences_in(head)):
            if self.quoted.overlaps(sentence.start, sentence.end):
                break
            reported = self._reported_in(sentence)
            if reported:
                speaker = reported[-1].speaker
                return (speaker, head) if isinstance(speaker, str) else (None, None)
        return None, None

    def _reported_just_before(self, quote: Quote):
        """The person whose words the sentence just before a quote, in its own paragraph, reports: 'Chief
        Constable Jo Hall said she believed the force had improved. "I want to thank my officers …'."""
        text = self.doc.text
        if not self._ends_as_said(quote):
            return None
        before = [s for s in self.doc.sentences_in(Span(quote.line.start, quote.start - 1, "")) if s.end <= quote.start]
        if not before or self.quoted.overlaps(before[-1].start, before[-1].end) or text[before[-1].end:quote.start - 1].strip():
            return None
        reported = self._reported_in(before[-1])
        speaker = reported[-1].speaker if reported else None
        return (speaker, before[-1]) if isinstance(speaker, str) else None

    def _statement_of(self, head: Span) -> str | None:
        """The person a heading names as its statement's author by a possessive, the name alone before
        it ("Dr Jo Hall's statement on the publication of …:"); not "the force's response to X's …"."""
        m = _OWN_STATEMENT.search(self.doc.text, head.start, min(head.end, head.start + 100))
        owner = self.doc.text[head.start:m.start()].strip() if m else ""
        if not owner or not _is_a_name(owner):
            return None
        name = self.speakers.name_at_end(owner)
        return name if isinstance(name, str) else None

    def _ends_as_said(self, quote: Quote) -> bool:
        """False for a subheading quoting words said later ("'I'm sure they will improve soon'"); a comma
        ends no subheading: the sentence goes on ('"We want to reduce reoffending,'); nor does the end
        of the page cutting the quote short."""
        text = self.doc.text
        return text[quote.start:quote.end].rstrip().endswith((".", "!", "?", ",")) or \
            (not quote.closed and _BLANK.fullmatch(text, quote.end) is not None)

    def _run_speaker(self, quote: Quote, index: int, previous: tuple[Claim, Quote] | None):
        """A run of quote paragraphs broken by narration about their speaker ('"…" / He said the force
        had … / "…"'): a quote that opens its paragraph with no one named for it is the previous
        quote's speaker's, when the few paragraphs since that quote hold no quote, name no one else,
        and the one just before speaks of that speaker (by name, surname, 'he', 'she', 'his' or 'her', or as
        'the <post>' they hold: 'According to the PCC, …')."""
        if previous is None or not isinstance(previous[0].speaker, str) or not self._ends_as_said(quote):
            return None, None
        speaker, lines = previous[0].speaker, self.doc.lines
        first = self.doc.line_index(previous[1].end) + 1
        # (Captions and subheadings between count for no paragraph: 'Derbyshire PCC, Jo Hall.' twice.)
        prose = sum(not self._furniture(lines[i]) for i in range(first, index))
        if not 0 < index - first or prose > _RUN_GAP:
            return None, None
        start, end = lines[first].start, lines[index - 1].end
        if self.quoted.overlaps(start, end):
            return None, None
        named = self.speakers.named_in(start, end)
        if named - {speaker}:
            return None, None
        head = lines[index - 1]
        if speaker not in self.speakers.named_in(head.start, head.end) and \
                speaker not in self.speakers.holders_named_by_post(head.start, head.end) and not any(
                self.speakers.person_before(m.start(), _PERSONAL.get(m.group().lower(), m.group()))
                == speaker for m in _PRONOUN_WORD.finditer(self.doc.text, head.start, head.end)):
            return None, None
        return speaker, head

def find_claims(doc: Doc, mentions: Mentions, areas: Phrases, topics: Phrases | None,
                published: DateValue | None) -> list[Claim]:
    finder = ClaimFinder(doc, mentions, areas, topics, published)
    quoted = finder.quotes()
    return quoted + finder.reported(quoted)
