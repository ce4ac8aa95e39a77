"""Quote paragraphs with no verb of saying of their own: whose they are, from the quote they go on from, the
paragraph before that announces or reports them ('X said:', 'Statement from PCC X:', 'She said that …'), a run
of one speaker's paragraphs broken by narration about them, or a paragraph after that names them ('That was
the response of X'). A mixin of claims.ClaimFinder, which gives the text, the quotes found and the speakers."""
from __future__ import annotations

import re

from ..facts import Claim, Span
from .mentions import HONORIFIC, NAME, SURNAME
from .quotes import Quote
from .speech_verbs import HOW_RESPONDED, STATEMENT_BY
from .pronouns import CAPTION
from .verb_subjects import is_a_name, subject_before


# A paragraph that announces the next with a comma, or nothing, where a colon belongs: 'Cllr Jo Hall, Deputy PCC,
# said,' (no caption, for all it ends as no sentence does).
_SAYS_AT_END = re.compile(r"\b(?:said|says|added|adds|explained|explains|stated|states|commented|continued|remarked|wrote|writes),?$")
# A line that is no prose: a few words and no closing punctuation ('Hide Ad', 'Serious concerns').
# (Words need white space between them: one run of letters cut into words several ways would backtrack.)
_NOT_PROSE = re.compile(r"[^\s.!?:;\"']+(?:[^\S\n]+[^\s.!?:;\"']+){0,5}[^\S\n]*")
_BLANK = re.compile(r"\s*")
# 'he', 'she', and their possessives: 'In his view the force should …' speaks of him too.
_PRONOUN_WORD = re.compile(r"\b(?i:he|she|his|her)\b")
_PERSONAL = {"his": "he", "her": "she"}
# A sentence whose subject is the inspectorate, by a word for its inspectors or its name: 'Inspectors had seen …'.
_INSPECTORATE_OPENS = re.compile(r"[^\S\n]*(?:(?:[Tt]he|[Ii]ts|[Hh]er|[Hh]is)\s+)?(?:[Ii]nspectors|[Ii]nspection team|[Ii]nspectorate|HMICFRS|HMIC|"
                                 r"(?:His|Her)\s+Majesty['\u2019]s\s+Inspectorate|HM\s+Inspectorate)\b")
# A phrase of time or place opening a sentence before its subject: 'At a meeting with the commissioner, Jo Hall set out …'.
_OPENING_PHRASE = re.compile(r"(?:At|During|After|Following|Before|Ahead of|In|On)\s[^,.;:\"\u201c\u201d]{1,120},\s*")
_OPEN_RUN = 3  # quote paragraphs read on through open marks
# A speaker speaking as one person.
_I = re.compile(r"\b(?:I|[Mm]e|[Mm]y|I['\u2019](?:m|ve|ll|d))\b")
# Words a speaker says of themself.
FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)\b")
# A quote of this many words is no subheading, with or without its full stop.
_PARAGRAPH_WORDS = 15
# How many paragraphs of narration may stand between two quotes of one speaker's run.
_RUN_GAP = 2
# A caption of capitalised words only, with full stops and commas: 'Kent Police Chief Constable Jo Hall.' (repeated
# as pages copy their captions: 'Chief Constable Jo Hall.Chief Constable Jo Hall.'), 'Kent PCC, Jo Hall.'.
_NAMED_CAPTION = re.compile(r"[^\S\n]*(?:(?:[A-Z][\w'\u2019-]*|of|for|and|the|&)[^\S\n]*[.,]?[^\S\n]*){2,30}")
# A word _NAMED_CAPTION cannot open: not capitalised, nor 'of', 'for', 'and', 'the'. A prose line holds one, and
# _NAMED_CAPTION would try every way of cutting it before failing.
_LOWER_WORD = re.compile(r"(?<![\w'\u2019-])(?![A-Z]|of|for|and|the)\w")
# A label of a few capitalised words and a colon on a line of its own ('Kent Messenger:'), ...
_CREDIT_LABEL = re.compile(r"[^\S\n]*(?:[A-Z][\w'\u2019&.-]*[^\S\n]+){0,3}[A-Z][\w'\u2019&.-]*[^\S\n]*:[^\S\n]*")
# ... or such a label and the headline of another story it links to, no sentence's end after it ('Kent Herald: PC 2705 has
# been described as a \'dedicated officer\' who stands up for people'): a teaser the page set in the text.
_TEASER = re.compile(r"[^\S\n]*(?:[A-Z][\w'\u2019&.-]*[^\S\n]+){0,3}[A-Z][\w'\u2019&.-]*:[^\S\n]+[^\n]*[^.!?\"\u201d:\s][^\S\n]*")
# ... that announces no one's words.
_ANNOUNCES = re.compile(r"\b(?:statement|response|reaction|comments?|message|views?|verdict|says|said|quote|update|interview|"
                        r"transcript)\b", re.I)
# A page's prompt to the reader, a line of its own: 'You may also want to watch:', 'Read more: <a headline>',
# 'Sign up to our daily newsletter …', 'Hear all the latest news …'.
_READER_PROMPT = re.compile(r"[^\S\n]*(?i:(?:you (?:may|might|could) also (?:want to |like to )?[a-z]+|read (?:more|also)|"
                            r"also read|see also|watch|listen|related(?: stories| articles| news)?|more (?:news|stories))"
                            r"[^\S\n]*:|sign up\b|subscribe\b|click here\b|follow us\b|hear all the latest\b)[^\n]*")
# ... and the bare prompt above a linked story's headline: 'Read More'.
_READ_MORE = re.compile(r"[^\S\n]*(?i:read more|read also|also read|more stories|related)[^\S\n]*:?[^\S\n]*")
# A paragraph that names who spoke the quote before it: "That was the response of …", "Those were the words of …".
# ... or "So says …" after a headline quote; and "Those are not my words – though I echo them – but the words of …".
_WORDS_OF = re.compile(r"(?:(?:that|this|those|these|such) (?:was|were|is|are) "
                       r"(?:not (?:my|our|his|her|their) (?:own )?words?\b[^.;:!?\"]{0,80}?\bbut )?(?:the |in the )?(?:words?|response|reaction|verdict|"
                       r"views?|comments?|message|assessment|warning|promise|pledge) of|so (?:says|said)) "
                       r"(?P<subject>[^,.;:!?\"]{1,80}?)(?=[,.;:!?]|$)", re.I)
# A headline ending with who says what it reports: '… does not go far enough, says Chief Constable Jo Hall'.
_HEADLINE_SAYS = re.compile(r",?\s+(?:says|said)\s+(?P<subject>[^,.;:!?\"\u201c\u201d]{1,80})$")
# A heading that announces whose words follow: 'Statement from Chief Constable Jo Hall', 'Response by the PCC, Tom Reed'.
_STATEMENT_FROM = re.compile(STATEMENT_BY + r"[^.!?\"\n]{1,120}")
# ... and what it is on after the name: 'Statement from Deputy Chief Constable Jo Hall on the HMIC PEEL report:'.
_STATEMENT_FROM_ON = re.compile(STATEMENT_BY +
                                r"(?P<who>[^.!?\"\n]{1,80}?)\s+(?:on|about|regarding|following|after|to)\s")
# ... and their post after the name, set off by a comma: 'Statement from Dr Jo Hall, Kent Police and Crime Commissioner:'.
_STATEMENT_FROM_POST = re.compile(STATEMENT_BY +
                                  r"(?P<who>[^,.!?\"\n]{1,80}),\s+[^,.!?\"\n]{1,100}")
# ... and in Welsh, the verb first, the subject after it and a relative clause ('a', who) closing the line.
_WELSH_SAID_WHO = re.compile(r"(?<![\w'\u2019])(?:[Dd]ywedodd|[Yy]chwanegodd)\s+(?P<who>[^,:;\n]{1,80}),\s+a\s+[^,:;\n]{1,80}$")
# A heading that names whose statement follows by a possessive: "Dr Jo Hall's statement on the report:".
_OWN_STATEMENT = re.compile(r"['’]s?\s+(?:(?:full|official|formal)\s+)?(?:statement|response|comments?|message|reaction)\b", re.I)
# After a closed quote in its paragraph, a sentence whose subject, a pronoun or a name, reports more of what they said.
_REPORTED_AFTER = re.compile(rf"[^\S\n]*(?P<subject>[Hh]e|[Ss]he|{HONORIFIC}\s+{SURNAME}|{NAME})"
                             r"(?:\s+(?:also|then|later|further))?\s+(?:said|says|added|adds|explained|told)\s+[a-z]")

# Just before a quote in its paragraph, a few quoted words (too few to be a quote) and who said them: '"Let that sink
# in," he said. "…"'. The next quote is theirs.
_SHORT_QUOTE_SAID = re.compile(r"[,!?][\"\u201d'\u2019][^\S\n]+(?P<subject>[Hh]e|[Ss]he|(?:[A-Z][\w'\u2019-]*[^\S\n]+){0,3}[A-Z][\w'\u2019-]*)"
                               r"[^\S\n]+(?:said|says|added|adds|continued|explained"
                               # (and whom the words were told: '"…," Mr Scott told the Kent Messenger. "…"')
                               r"|told(?:[^\S\n]+[\w'\u2019-]+){1,4})\.[^\S\n]*[\"\u201c]?$")
_SHORT_QUOTE_REACH = 60
# After a quote that opens its paragraph, a picture's credit: a pull quote set as a caption ("'When I appointed …'. PIC:
# Jo Hall"), whose speaker neither the paragraph before nor a run of quotes says.
_CREDIT_AFTER = re.compile(r"[\"'\u201d\u2019]?[.,]?[^\S\n]*(?:PIC|Pic|Picture|Photo|Photograph|Image|Credit)[^\S\n]*:")


class QuoteParagraphs:
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

    def _furniture(self, line: Span) -> bool:
        """True when a line is no prose: an advert's 'Hide Ad', a subheading, a caption, a prompt to the reader."""
        text = self.doc.text
        if _SAYS_AT_END.search(text, line.start, line.end):
            return False
        # (A caption the page printed twice, glued: 'Jo Hall with officers. Photo: Kent PoliceJo Hall with officers. Photo: …',
        # longer than a caption's limit.)
        half = line.start + (line.end - line.start) // 2
        return bool(_NOT_PROSE.fullmatch(text, line.start, line.end) or CAPTION.fullmatch(text, line.start, line.end) or
                    (not _LOWER_WORD.search(text, line.start, line.end) and _NAMED_CAPTION.fullmatch(text, line.start, line.end)) or
                    _READER_PROMPT.fullmatch(text, line.start, line.end) or
                    ((line.end - line.start) % 2 == 0 and text[line.start:half] == text[half:line.end] and
                     CAPTION.fullmatch(text, line.start, half) is not None) or
                    self._linked_headline(line))

    def _linked_headline(self, line: Span) -> bool:
        """A headline of another story the page links to, cut short, under its 'Read More' line: 'Read More' /
        'Driver rammed stolen car into another vehicle before running off, leaving woman wi...'."""
        text = self.doc.text
        if not text.endswith(("...", "\u2026"), line.start, line.end):
            return False
        index = self.doc.line_index(line.start)
        above = self.doc.lines[index - 1] if index > 0 else None
        return above is not None and _READ_MORE.fullmatch(text, above.start, above.end) is not None

    def _paragraph_before(self, index: int, previous: tuple[Claim, Quote] | None) -> int | None:
        """The paragraph before line `index`; lines since the quote before that are no prose (an
        advert's 'Hide Ad', a subheading, a caption) are passed over; after a quote left open (its words go on), so
        is a picture's credit label ('Kent Messenger:'), naming no one."""
        lines = self.doc.lines
        i = index - 1
        if previous is not None:
            while i >= 0 and lines[i].start > previous[1].line.start and \
                    (self._furniture(lines[i]) or (not previous[1].closed and self._credit_label(lines[i]))):
                i -= 1
        return i if i >= 0 else None

    def _credit_label(self, line: Span) -> bool:
        """A line of a few capitalised words and a colon, the label of a picture or an embed the page lost, or of a
        teaser for another story: no one named, no statement announced ('Statement from X:', 'Police Response:')."""
        text = self.doc.text
        return bool(_CREDIT_LABEL.fullmatch(text, line.start, line.end) or _TEASER.fullmatch(text, line.start, line.end)) \
            and not _ANNOUNCES.search(text, line.start, line.end) \
            and not self.speakers.named_in(line.start, line.end) and not self.speakers.name_at_end(text[line.start:line.end - 1].strip())

    def _block_quote_speaker(self, quote: Quote, index: int, previous: tuple[Claim, Quote] | None):
        """Who speaks a quote that opens its paragraph with no verb of saying of its own: the speaker of
        the quote it continues, the one the paragraph before announces ('X said:', 'Statement from PCC
        X:'), or the person whose words the paragraph before reports ('She said that …')."""
        lines, text = self.doc.lines, self.doc.text
        if quote.closed and _CREDIT_AFTER.match(text, quote.end):
            return None, None
        short = _SHORT_QUOTE_SAID.search(text, max(quote.line.start, quote.start - _SHORT_QUOTE_REACH), quote.start)
        if short:  # '"Let that sink in," he said. "…"': the words too few for a quote, but whose the next are
            speaker = self.speakers.resolve(short.group("subject"), short.start("subject"), short.start("subject"))
            if isinstance(speaker, str):
                return speaker, self.doc.sentence_at(short.start("subject"))
        before = self._paragraph_before(index, previous)
        # (The paragraph before holds the quote before, or its end: a quote wrapped onto the next line.)
        same = previous is not None and previous[1].line.start == quote.line.start
        if previous and (same or (before is not None and previous[1].line.start <= lines[before].start <= previous[1].end)) \
                and not self.speakers.names_other_than(previous[1].end if same else quote.line.start, quote.start,
                                                       previous[0].speaker) \
                and (same or not (self._turns_to_another(previous, lines[before]) or
                                  self._narrates_apart(previous, lines[before]))):
            # (Narration before the quote in its paragraph naming someone else breaks the run: '"…," said
            # Jo Hall. / But resident Sam Lee disagreed. "…"'; so does a sentence after the quote before with another
            # person as its subject: '"…," she said. Mr Scott was less convinced. / "…"'.)
            said_in = previous[0].span
            return previous[0].speaker, Span(said_in.start, said_in.end, "")
        own = self._reported_just_before(quote)
        if own is not None:
            return own
        if before is None:
            return None, None
        head = lines[before]
        said = text[head.start:head.end].rstrip()
        if said.endswith((":", ";")) or _SAYS_AT_END.search(said):
            said = said[:-1] if said.endswith((":", ";", ",")) else said
            speaker, unknown = self._speaker_of(subject_before(said, 0, len(said)), head.start)
            if speaker is not None or unknown:
                return (speaker, head) if speaker is not None else (None, None)
            if text[head.end - 1] == ":":  # no verb: 'Statement from Police and Crime Commissioner Keith Hunter:'
                name = self.speakers.name_at_end(said) or self._statement_of(head) or self._statement_from_on(said) or \
                    self._welsh_said_who(said) or \
                    self.speakers.subject_of(self.doc.sentence_at(head.end - 1))  # 'X repeated the commitment:'
                return (name, head) if name else (None, None)
        headline = _HEADLINE_SAYS.search(said) if before == 0 else None
        if headline:  # the standfirst under '… says Chief Constable Jo Hall': hers, the page's quote of her words
            speaker = self.speakers.resolve(headline.group("subject"), head.start + headline.start("subject"),
                                            head.start + headline.start("subject"), True)
            if isinstance(speaker, str):
                return speaker, head
        how = HOW_RESPONDED.fullmatch(said)
        if _STATEMENT_FROM.fullmatch(said) or how:  # a heading with no colon: 'Statement from Chief Constable Jo Hall'
            name = self.speakers.name_at_end(how.group("who") if how else said) or self._statement_from_on(said)
            if name and self._ends_as_said(quote):
                return name, head
        if not self._ends_as_said(quote):
            return None, None
        for sentence in reversed(self.doc.sentences_in(head)):
            if self.quoted.overlaps(sentence.start, sentence.end):
                break
            reported = self._reporter_in(sentence)
            if reported:
                speaker = reported[-1].speaker
                return (speaker, head) if isinstance(speaker, str) else (None, None)
        return self._subject_before_as_i(quote, head)

    def _subject_before_as_i(self, quote: Quote, head: Span):
        """A quote speaking as 'I' after a paragraph of narration whose subject is one person, naming no one else: 'Mr
        Scott will go through the report with the chief constable. / "Having been elected in May, I …"' is his."""
        text = self.doc.text
        sentences = self.doc.sentences_in(head)
        if not sentences or not self._speaks_as_i(quote) or self.quoted.overlaps(head.start, head.end):
            return None, None
        subject, start = self.speakers.subject_of(sentences[0]), head.start
        # ... after a phrase of time or place, whoever that phrase names ('At a meeting with Commissioner Tom Reed, Chief
        # Constable Jo Hall set out what was being done. / "I have decided …"' is hers).
        opening = _OPENING_PHRASE.match(text, sentences[0].start, sentences[0].end) if subject is None else None
        if opening:
            subject, start = self.speakers.subject_of(Span(opening.end(), sentences[0].end, "")), opening.end()
        # (No one else the converter knows, by name or by a post it knows the holder of: a capitalised phrase it knows no
        # one by is more often a thing's name there, 'the Accountability and Performance Meeting'.)
        if not isinstance(subject, str) or self.speakers.named_in(start, head.end) - {subject} or \
                self.speakers.holders_named_by_post(start, head.end) - {subject}:
            return None, None
        return subject, head

    def _speaks_as_i(self, quote: Quote) -> bool:
        """True when the quote speaks as 'I', or the quote paragraphs it runs on into do, its marks left open
        ('“We have found … / “I have made the decision …'): one speaker's words."""
        k = self._order.get(quote.start)
        for _ in range(_OPEN_RUN):
            if _I.search(self.doc.text, quote.start, quote.end):
                return True
            if quote.closed or k is None or k + 1 >= len(self.found):
                return False
            k += 1
            quote = self.found[k]
        return False

    def _turns_to_another(self, previous: tuple[Claim, Quote], paragraph: Span) -> bool:
        """True when a sentence after the quote before, in its paragraph, has a person other than its speaker as its
        subject."""
        rest = Span(previous[1].end + 1, paragraph.end, "")
        return any(self.speakers.subject_of(sentence) not in (None, previous[0].speaker)
                   for sentence in self.doc.sentences_in(rest) if sentence.start > previous[1].end)

    def _narrates_apart(self, previous: tuple[Claim, Quote], paragraph: Span) -> bool:
        """True when sentences follow the quote before in its paragraph and none speaks of anyone (no name, no post's
        holder, no 'he', 'she', 'his' or 'her'): 'HMI X said: "…". What stood out was the spirit of the public. / "…"'
        (narration of something else: the next quote paragraph is not shown to be hers). An inspector's inspectorate
        as a sentence's subject speaks of her: 'HMI X said: "…" Inspectors had seen … / "…"' reports her inspection."""
        start = previous[1].end + 1
        after = [sentence for sentence in self.doc.sentences_in(Span(start, paragraph.end, "")) if sentence.start >= start]
        inspector = self._of_inspectorate(previous[0].speaker)
        return bool(after) and not any(
            _PRONOUN_WORD.search(self.doc.text, s.start, s.end) or self.speakers.names_other_than(s.start, s.end, None) or
            self.speakers.holders_named_by_post(s.start, s.end) or
            (inspector and _INSPECTORATE_OPENS.match(self.doc.text, s.start, s.end)) for s in after)

    def _of_inspectorate(self, speaker) -> bool:
        """True when the text gives `speaker` a post in the inspectorate."""
        inspectorate = self.doc.lex.inspectorate
        return any(m.person == speaker and m.organisation.iri == inspectorate for m in self.mentions.memberships)

    def _speaks_of(self, speaker: str, start: int, end: int) -> bool:
        """True when text[start:end] names `speaker`, a post they hold, or them by 'he', 'she', 'his' or 'her'."""
        return speaker in self.speakers.named_in(start, end) or \
            speaker in self.speakers.holders_named_by_post(start, end) or any(
                self.speakers.person_before(m.start(), _PERSONAL.get(m.group().lower(), m.group())) == speaker
                for m in _PRONOUN_WORD.finditer(self.doc.text, start, end))

    def _reported_just_before(self, quote: Quote):
        """The person whose words the sentence just before a quote, in its own paragraph, reports: 'Chief
        Constable Jo Hall said she believed the force had improved. "I want to thank my officers …'."""
        text = self.doc.text
        if not self._ends_as_said(quote):
            return None
        before = [s for s in self.doc.sentences_in(Span(quote.line.start, quote.start - 1, "")) if s.end <= quote.start]
        if not before or self.quoted.overlaps(before[-1].start, before[-1].end) or text[before[-1].end:quote.start - 1].strip():
            return None
        reported = self._reporter_in(before[-1])
        speaker = reported[-1].speaker if reported else None
        return (speaker, before[-1]) if isinstance(speaker, str) else None

    def _reporter_in(self, sentence: Span) -> list[Claim]:
        """The statements a sentence before a quote reports, whose speaker the quote may be; a statement too short
        to be a claim names its speaker too where the sentence names no one else ('Mr Scott welcomed the report.'),
        not where it names two ('Mr Brown and Mr Scott welcomed the report.': either)."""
        reported = self._reported_in(sentence)
        if reported:
            return reported
        reported = self._reported_in(sentence, 1)
        named = self.speakers.named_in(sentence.start, sentence.end)
        return reported if reported and named == {reported[-1].speaker} and \
            not self.speakers.names_other_than(sentence.start, sentence.end, reported[-1].speaker) else []

    def _welsh_said_who(self, said: str) -> str | None:
        """In Welsh, the verb first, then its subject and a relative clause on them: 'dywedodd yr Arolygydd Jo Hall,
        a fu'n arwain y gwaith' (said the Inspector Jo Hall, who led the work)."""
        m = _WELSH_SAID_WHO.search(said)
        return self.speakers.name_at_end(m.group("who")) if m else None

    def _statement_from_on(self, said: str) -> str | None:
        """The person a heading names as its statement's author before saying what it is on ('Statement from
        Chief Constable Jo Hall on the inspection report') or what their post is ('Statement from Jo Hall, Kent's
        commissioner')."""
        m = _STATEMENT_FROM_ON.match(said) or _STATEMENT_FROM_POST.fullmatch(said)
        return self.speakers.name_at_end(m.group("who")) if m else None

    def _statement_of(self, head: Span) -> str | None:
        """The person a heading names as its statement's author by a possessive, the name alone before
        it ("Dr Jo Hall's statement on the publication of …:", or by an honorific and a surname: "Mr Hall's full
        statement:"); not "the force's response to X's …"."""
        m = _OWN_STATEMENT.search(self.doc.text, head.start, min(head.end, head.start + 100))
        owner = self.doc.text[head.start:m.start()].strip() if m else ""
        if not owner or not is_a_name(owner):
            return None
        name = self.speakers.name_at_end(owner) or self.speakers.resolve(owner, head.start, head.start, True)
        return name if isinstance(name, str) else None

    def _ends_as_said(self, quote: Quote) -> bool:
        """False for a subheading quoting words said later ("'I'm sure they will improve soon'"); a comma
        ends no subheading: the sentence goes on ('"We want to reduce reoffending,'); nor does the end
        of the page cutting the quote short, nor a quote as long as a paragraph that lost its full stop."""
        text = self.doc.text
        words = text[quote.start:quote.end].rstrip()
        return words.endswith((".", "!", "?", ",")) or len(words.split()) >= _PARAGRAPH_WORDS or \
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
        if not self._speaks_of(speaker, head.start, head.end):
            # After a quote paragraph left open, a paragraph in the first person with no mark of its own is the
            # quote going on, its marks lost: '“… the standard we desire. / The plans I have in train … / “This is …”'.
            prose = self._paragraph_before(index, previous)
            if previous[1].closed or prose is None or not FIRST_PERSON.search(self.doc.text, lines[prose].start, lines[prose].end):
                return None, None
            head = lines[prose]
        return speaker, head
