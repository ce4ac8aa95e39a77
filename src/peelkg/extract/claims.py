"""Claims: direct quotes and reported statements, with who made them and what they are about."""
from __future__ import annotations

import bisect
import re

from ..facts import Claim, DateValue, Inference, Organisation, Span
from ..vocab import Phrases
from . import dates
from .doc import Doc, Intervals
from .mentions import NAME, NAME_TOKEN, NOT_NAME, Mentions, is_name
from .posts import add_person
from .quotes import Quote, find_quotes
from .quote_paragraphs import FIRST_PERSON, QuoteParagraphs
from .reported import ReportedStatements
from .signatures import PARAGRAPH_OPENING, SIGNED_AFTER, Signatures, signs
from .namings import union_spans
from ..text import quote_key
from .speakers import ASSOCIATES, ASSOCIATES_REACH, Speakers
from .speech_verbs import ADVERB, QUOTE_SPEECH
from .reported import REPORTING
from .verb_subjects import (ADVERB_SPEECH, RELATIVE_OPENING, is_a_name, reported_by_earlier_verb, start_of_clause,
                            subject_before)


# A headline's quote, then a colon and who said it, in titles and a name alone: '‘…’: New Chief Constable Jo Hall'.
_TITLED_AFTER_COLON = re.compile(r"[\"'\u2019\u201d]{0,2}:[^\S\n]+(?P<subject>[A-Z][\w'\u2019.-]*(?:[^\S\n]+(?:[A-Z][\w'\u2019.-]*|of|for|and|the|&)){1,8})"
                                 r"[^\S\n]*$")
# After a quote: '," he said', '," said Mr Wilsher'. The subject starts after the white space
# (white space it could also start with, shared between quantifiers, backtracks polynomially).
# The subject is no verb of saying: '," said Mr Jones, who promised to …' is Mr Jones's, after the verb.
# (Welsh writes the article on to the verb: 'meddai'r prif gwnstabl', said the chief constable.)
_VERB_AFTER = re.compile(rf"\W{{0,3}}\s*(?:(?!{QUOTE_SPEECH}\s)(?P<subject>[^.;!?\"\s][^.;!?\"]{{0,79}}?){ADVERB}\s+{QUOTE_SPEECH}\b|"
                         rf"(?:(?:{QUOTE_SPEECH}|according to|yn ôl)\s+|(?:meddai|ychwanegodd)['\u2019]r\s+)(?P<inverted>[^.;!?\",]{{1,60}}))")
# Between two quotes of one sentence, a few words in lower case and no verb of saying: ', leading to '.
_JOINS_QUOTES = re.compile(rf"[^\S\n]*,?[^\S\n]*(?:(?!{QUOTE_SPEECH}\b)[a-z]+[^\S\n]+){{0,3}}")
# Welsh personal pronouns after a verb: 'hi' (she); 'fe', 'e', 'o', 'ef' (he).
_WELSH_PRONOUN = r"(?:hi|fe|e|o|ef)"
# After a quote, Welsh 'meddai' with no subject or only a pronoun ('"…," meddai.', 'meddai hi.'): said he or she, whom the
# text named before (Welsh drops the pronoun: 'meddai' alone may be either); the sentence may go on after a comma or a
# dash ('"…," meddai, gan gyfeirio at …' (he said, referring to …), '"…," ychwanegodd – ac …').
_SAID_PRONOUN_DROPPED = re.compile(rf"\W{{0,3}}\s*(?:meddai|ychwanegodd)(?:\s+(?P<pronoun>{_WELSH_PRONOUN}))?\s*(?:[.!,]|[-\u2013\u2014]\s)")
# ... and before one: 'Ychwanegodd: "…"' (he or she added), 'Dywedodd hi: "…"' (she said), or set off by commas in the
# sentence the quote ends: '…, ychwanegodd, a "…"' (she added, and "…"), '…, meddai, "…"'.
_PRONOUN_DROPPED_BEFORE = re.compile(rf"(?:^|(?<=\s))(?:[Dd]ywedodd|[Yy]chwanegodd)(?:\s+(?P<pronoun>{_WELSH_PRONOUN}))?\s*:\s*$|"
                                     rf"(?<=,\s)(?:meddai|dywedodd|ychwanegodd)(?:\s+(?P<set_off>{_WELSH_PRONOUN}))?\s*,"
                                     r"(?:\s+(?:a|ac|gan|fod|bod))?\s*$|"
                                     # ... and 'dywedodd fod' (he or she said that) and a few words of what: 'Am Heddlu
                                     # Gogledd Cymru, dywedodd fod yr HMIC "…"' (of North Wales Police, she said HMIC "…").
                                     rf"(?:^|(?<=\s))[Dd]ywedodd(?:\s+(?P<that>{_WELSH_PRONOUN}))?\s+(?:fod|bod)\s+"
                                     r"[^.;!?,:\"\u201c\u201d]{0,24}$")
# Before a quote, the verb first: 'Said Ms Roe: "…"', 'According to Ms Roe, "…"', and what the subject is after it,
# set off by commas: '"…," said Jo Hall, chair of Kent Police Federation, "…"'.
# (After a verb, a colon or a comma before the quote: 'A resident says the force "must improve …"' is what the force must
# do, the words not the force's; but a pronoun opening what is said is the speaker's own: 'and said he "sincerely hopes …"'.)
# (Not 'put it to', whose object is who was spoken to: 'Keith Walker put it to Mr Adams: "…"' is Mr Walker's.)
_INVERTED_BEFORE = re.compile(rf"(?:^|(?<=[\s(]))(?:(?i:(?!put it to\b){QUOTE_SPEECH})\s+(?:(?P<subject>[^.;!?\",:]{{1,60}}?)"
                              rf"(?:,\s+[^.;!?\",:]{{1,80}})?\s*[:,]|(?P<pronoun>he|she|they)\b[^.;!?\",:]{{0,60}}?)"
                              rf"|(?:[Aa]ccording to|[Yy]n ôl)\s+(?P<according>[^.;!?\",:]{{1,60}}?)"
                              rf"(?:,\s+[^.;!?\",:]{{1,80}})?\s*[:,]?)\s*$")
# Words opening in the first person singular: 'I am not satisfied …'.
_FIRST_PERSON_OPENS = re.compile(r"\s*I\s+(?:am|have|was|had|do|did|will|would|welcome|congratulate|remain|can|could|must|want)\b")
# A participle after a comma, whose subject is the sentence's: ', saying', ', adding'.
_PARTICIPLE = re.compile(r",\s*(?:saying|adding)")
# ... and after a word of time: '…, before adding: "…"', '…, while adding that "…"'.
_TIMED_PARTICIPLE = re.compile(r",\s*(?:before|after|while|then)\s+(?:saying|adding)")
# Writing or speaking to someone, then what was said: 'Jo Hall had written to the chief constable saying there
# were "…"'. The participle's subject is the writer's, not the one written to named just before it.
_WROTE_TO = re.compile(r"\b(?:wrote|written|writes|writing|spoke|spoken|speaks|speaking|talked|talking)\s+to\s+[^.;!?\"]{1,80}?\s+(?=saying\b)")
# Quoting someone as saying what: 'Mr Scott quoted Ms Hall as saying: "…"' (her words, not his).
_QUOTED_AS = re.compile(r"\bquoted\s+(?P<who>[^.;!?\"]{1,60}?)\s+as\s+(?=saying\b)")
# Before a quote, a speaker named and a colon, nothing else: 'Chief Constable Jo Hall: "…"'.
_NAMED_COLON = re.compile(r"\s*(?P<subject>(?:[A-Z][\w'.-]*\s+(?:(?:of|for|and|the)\s+)?){0,6}[A-Z][\w'-]*)"
                          # ... and their post after a comma: 'Matthew Scott, Kent PCC: "…"'
                          r"(?:,\s+[A-Z][\w'.-]*(?:\s+(?:[A-Z][\w'.-]*|of|for|and|the)){0,6})?\s*:\s*")
# A sentence opening with whose account it gives: 'According to Jo Hall (to her), …'.
_ACCORDING_OPENING = re.compile(r"(?:[Aa]ccording to|[Yy]n ôl)\s+(?P<subject>[^.;!?\"\u201c\u201d,:]{1,60}?),")
_OBJECT_PRONOUN = {"her": "she", "him": "he"}
# ... or in whose view: "In Mr Scott's view the report should “not be …”", 'In her opinion, …'.
_IN_WHOSE_VIEW = re.compile(r"In\s+(?P<subject>[Hh]is|[Hh]er|(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w-]*(?=['\u2019]s?\s))(?:['\u2019]s?)?\s+"
                            r"(?:view|opinion|judgement|judgment|words),?\s")
# A sentence opening with whose words follow its colon: "Mr Scott's message was clear:", 'Her response:'.
_WHOSE_WORDS = re.compile(r"(?P<subject>[Hh]is|[Hh]er|(?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w-]*(?=['\u2019]s?\s))(?:['\u2019]s?)?\s+"
                          r"(?:[a-z-]+\s+)?(?:message|response|verdict|view|reaction|comments?|words|answer|reply|conclusion|"
                          r"warning|statement)\b[^.;!?\"\n]{0,30}:")
_POSSESSIVE_PRONOUN = {"his": "he", "her": "she"}
# ... and words named as what the subject of a relative clause put or asked: 'The question he put to the audience this
# year was: "…"', 'The message Ms Hall gave the panel was:'.
_WORDS_PUT = re.compile(r"[Tt]he\s+(?:[a-z-]+\s+)?(?:question|point|message|challenge|warning)\s+(?:that\s+)?"
                        r"(?P<subject>he|she|(?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w-]*)\s+(?:put|posed|asked|raised|made|gave|issued)\b"
                        r"[^.;!?\"\n:]{0,60}?\s(?:was|is)\s*:")
# Before a quote's colon, words named as someone's by who made them, whoever the sentence's subject: 'The force reissued
# a statement Ms Hall made last week:', 'Mr Scott read out a letter from Chief Constable Jo Hall:'.
_WORDS_MADE_BY = re.compile(r"\b(?:statement|comments?|message|remarks|letter|response)\s+(?:(?:that|which)\s+)?"
                            r"(?:(?P<maker>(?:[A-Z][\w'\u2019.-]*\s+){0,5}[A-Z][\w'\u2019-]*)\s+(?:had\s+)?(?:made|issued|gave|given|released|"
                            r"wrote|written|sent|posted|published|put out)|(?:(?:issued|released|sent|written)\s+)?(?:from|by)\s+"
                            r"(?P<author>(?:[A-Z][\w'\u2019.-]*\s+){0,5}[A-Z][\w'\u2019-]*))\b[^.;!?\"\n]{0,40}:\s*$")
_WORDS_MADE_REACH = 160  # characters before the colon
# ... or by whom what the sentence names was met, the quote their words: 'The findings were welcomed by Deputy Chief
# Constable Jo Hall: "…"'.
_MET_BY = re.compile(r"\b(?:was|were|has been|have been)\s+(?:welcomed|praised|criticised|criticized|questioned|greeted|hailed|"
                     r"defended|echoed|rejected|disputed)\s+by\s+(?P<who>(?:[A-Z][\w'\u2019.-]*\s+){0,5}[A-Z][\w'\u2019-]*)\s*:\s*$")
_JOINED = re.compile(r"(?:^|\s)(?:and|&)\s")
# Capitalised words and the words that join them: a person's name or post ('Mr Scott', 'the PCC').
_NAMING = re.compile(r"\s*(?:(?:[A-Z][\w'.-]*|of|for|the)\s+){0,6}[A-Z][\w'-]*\s*")
_JOINED_WORDS = 6  # at most, in the person named after 'and'
# A relative clause on a thing ending at a quote's colon: 'Mr Scott pointed to a leaflet, which said: "…"' (its words).
_WHICH_CLAUSE = re.compile(r",\s*which\b[^,;:.\"]*:\s*[\"\u201c\u201d'\u2018]?$")
_SPACES = re.compile(r"\s+")
_NOT_A_MARK = re.compile(r"[^ \"'*-]")  # where a quote's sentence has words before the quote (not a bullet)
_PRONOUN = re.compile(r"(?i:he|she)")
# A verb of saying coordinated with the sentence's first verb: '… and said'.
_AND_BEFORE = re.compile(r"\band\s*$")
_REPORTING_WORD = re.compile(rf"\b{REPORTING}\b")
# Between a quote and the sentence after it: the rest of its sentence, then a sentence's end or a paragraph's.
PARAGRAPH_BREAK_OR_SENTENCE = re.compile(r"[^\n.!?]{0,80}?[.!?\"'\u201d\u2019]*\s*")
# A source of words other than a person named: 'the report', 'inspectors', 'the force said'.
_OTHER_SOURCE = re.compile(r"\b(?:report|inspectors?|inspectorate|HMICFRS|HMIC|watchdog|statement|spokes(?:man|woman|person))\b", re.I)
# A judgement stated in the passive: 'was rated "good" and commended for its "…"', 'were criticised for "…"'. Its words are the
# inspection's finding, whoever spoke before it.
_JUDGED = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:(?:also|then|now|later|widely)\s+)?(?:rated|graded|judged|assessed|"
                     r"deemed|found|considered|commended|praised|criticised|criticized|condemned|credited|described|named|"
                     r"placed|given|told|singled out|applauded|congratulated|marked|ranked|scored)\b", re.I)
# After a quote, a subject opening with a conjunction in lower case: a clause joined on in the sentence, whose verb
# attributes nothing before it (a capital after a lost full stop may open a sentence on the same speaker: "… But she added").
_JOINED_CLAUSE = re.compile(r"(?:and|but|while|whilst|although|though|yet|whereas)\b")
# After a quote, an honorific and a surname (or its first letters), then the page's end.
_CUT_ATTRIBUTION = re.compile(r"[,.!?\"'\u201d\u2019]{0,2}[^\S\n]+(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?[^\S\n]+(?P<part>[A-Z][a-z'\u2019-]{2,})\s*\Z")
# A relative clause on a report just before the quote: 'Ms Hall said the force had come a long way since a 2019 report
# that found some "…"'. The words are that report's, not the speaker's (nor this inspection's: an earlier report's).
_REPORT_THAT_FOUND = re.compile(r"\b(?:report|inspection|review|assessment)\s+(?:that|which)\s+(?:had\s+)?(?:found|identified|"
                                r"highlighted|described|criticised|criticized)\b[^.;:!?\"\u201c\u201d]{0,40}$")
# A sentence opening with a source of words other than a person: 'The report criticised the force, saying …'.
_SOURCE_OPENS = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]heir)\s+(?:[\w-]+\s+){0,4}report|[Ii]nspectors|[Tt]he inspectorate|"
                           r"HMICFRS|HMIC|[Tt]he watchdog")
# One word a name may be: a first name or a surname alone.
_ONE_NAME_WORD = re.compile(NAME_TOKEN)
# A title in capitals and a surname alone: 'Ch Con Barton', 'Chief Constable Barton'.
_TITLED_SURNAME = re.compile(rf"(?:[A-Z][\w.'\u2019-]*\s+){{1,5}}(?P<surname>{NAME_TOKEN})")
# An editor's insertion naming who 'I' is, inside a quote: "I [Zoe Billingham] strongly commend".
_SELF_NAMED = re.compile(rf"\bI \[(?P<name>{NAME})\]")


class ClaimFinder(QuoteParagraphs, Signatures, ReportedStatements):
    def __init__(self, doc: Doc, mentions: Mentions, areas: Phrases, topics: Phrases | None,
                 published: DateValue | None) -> None:
        self.doc, self.mentions, self.areas, self.topics, self.published = doc, mentions, areas, topics, published
        self.found = find_quotes(doc)
        self._order = {q.start: k for k, q in enumerate(self.found)}  # (disjoint: one quote per start)
        self._starts = [q.start for q in self.found]
        self._first_person_in: dict[tuple[int, int], bool] = {}
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

    def _verb_after_next(self, order: int, region: Span) -> re.Match[str] | None:
        """The verb of saying after the next quote of the sentence, where only a few words in lower case join the two:
        'forces are "overwhelmed by the demand", leading to "worrying backlogs", says Jo Hall' are both hers."""
        if order + 1 >= len(self.found):
            return None
        quote, after = self.found[order], self.found[order + 1]
        if after.start > region.end or not _JOINS_QUOTES.fullmatch(self.doc.text, quote.end + 1, after.start - 1):
            return None
        return _VERB_AFTER.match(self.doc.text, after.end + 1, max(region.end, self.doc.sentence_at(after.start).end))

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
        for order, quote in enumerate(self.found):
            if self._an_area_label(quote):
                continue
            sentence = doc.sentence_at(quote.start)
            region = Span(min(sentence.start, quote.start), max(sentence.end, quote.end), "")
            last_word = quote.end - 1  # the quote's last character that is no white space
            while last_word > quote.start and text[last_word].isspace():
                last_word -= 1
            if doc.line_index(quote.end) != doc.line_index(quote.start) or \
                    (quote.end > sentence.end and text[last_word] not in ".!?"):
                # A quote wrapped over lines, or of several sentences whose last goes on after it ('"… a culture. I
                # want to see more," said Mr Smith.'): to the end of the sentence it ends in. (After a full stop, what
                # follows is a sentence of its own: '"… properly addressed." Mr X had said yesterday that …'.)
                region = Span(region.start, max(region.end, doc.sentence_at(quote.end - 1).end), "")
            if (region.start, region.end) not in verbs_in:
                verbs_in[region.start, region.end] = Intervals(
                    (m.start(), m.end(), m) for m in ADVERB_SPEECH.finditer(text, region.start, region.end))
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
            if speaker is None and _REPORT_THAT_FOUND.search(text, max(region.start, quote.start - 120), quote.start - 1):
                continue
            if speaker is None and last is not None and (
                    _PARTICIPLE.fullmatch(text, max(region.start, last[0] - 1), last[1]) or
                    _TIMED_PARTICIPLE.search(text, max(region.start, last[0] - 10), last[1])):
                # 'Mr Scott praised Chief Constable Jo Hall, saying: "…"': the sentence's subject says it; but after a
                # verb of saying of its own, that verb's subject ('The report recognised that, Tony said, adding: "…"').
                prior = verbs.last_ending_by(last[0] - 1)
                if prior is not None and not text[prior[1]:last[0]].strip(" ,"):
                    speaker, _ = self._speaker_of(subject_before(text, region.start, prior[1], verbs), region.start)
                speaker = speaker or self.speakers.subject_of(doc.sentence_at(region.start))
                # ... a source of words as well ('The report criticised the force, saying it "…"': not the main verb's
                # object, which the words before the participle end with).
                opening = _SOURCE_OPENS.match(text, first_word[region.start, region.end], last[0])
                if speaker is None and opening:
                    speaker = self.speakers.resolve(opening.group(), opening.start(), opening.start(), True)
            if speaker is None and last is not None and text.startswith("saying", last[1] - 6):
                m = _WROTE_TO.search(text, max(region.start, last[0] - 120), last[1])
                if m and m.end() == last[1] - 6:
                    speaker = self.speakers.writer_before(m.start())
                m = _QUOTED_AS.search(text, max(region.start, last[0] - 80), last[1])
                if m and m.end() == last[1] - 6:
                    # 'Mr Scott quoted Ms Hall as saying: "…"': hers, or no one's where the text names no one it knows
                    # ('The report quoted one officer as saying …').
                    found = self.speakers.resolve(m.group("who"), m.start("who"), m.start("who"), True)
                    if not isinstance(found, str):
                        continue
                    speaker = found
            for end in ([] if speaker else ends):
                speaker, unknown = self._speaker_of(subject_before(text, region.start, end, verbs), region.start)
                if speaker is not None or unknown:
                    break
                if reported_by_earlier_verb(text, region.start, end, verbs):
                    unknown = True  # 'Mr Scott said residents had told him "…"': theirs, not the earlier verb's subject's
                    break
            if unknown:
                continue
            if speaker is None and last is not None and _AND_BEFORE.search(text, max(region.start, last[0] - 8), last[0]):
                # 'Chief Constable Jo Hall praised the "…" of her officers and said the grades "…"': the
                # second verb's subject is the sentence's.
                speaker = self.speakers.subject_of(doc.sentence_at(region.start))
            # (Not after a relative clause on a thing: 'Mr Scott pointed to a leaflet, which said: "…"' is its words.)
            things_words = _WHICH_CLAUSE.search(text, max(region.start, quote.start - 120), quote.start) is not None
            if speaker is None and text[region.start:quote.start - 1].rstrip().endswith(":") and not things_words:
                # 'The force reissued a statement Ms Hall made last week: "…"': the words' maker's.
                m = _WORDS_MADE_BY.search(text, max(region.start, quote.start - _WORDS_MADE_REACH), quote.start - 1)
                if m:
                    group = "maker" if m.group("maker") else "author"
                    found = self.speakers.resolve(m.group(group), m.start(group), m.start(group), True)
                    speaker = found if isinstance(found, str) else None
                # 'Chief Constable X accepted the findings and repeated the force's commitment: "…"'
                speaker = speaker or self.speakers.subject_of(doc.sentence_at(region.start))
                # ... 'Mr Scott's message was clear: "…"', 'Her response: "…"': whose words the sentence opens with.
                m = _WHOSE_WORDS.match(text, first_word[region.start, region.end], quote.start) or \
                    _WORDS_PUT.match(text, first_word[region.start, region.end], quote.start) if speaker is None else None
                if m:
                    subject = _POSSESSIVE_PRONOUN.get(m.group("subject").lower(), m.group("subject"))
                    found = self.speakers.resolve(subject, m.start("subject"), m.start("subject"), True)
                    speaker = found if isinstance(found, str) else None
            if speaker is None:
                # (Within the words just before the quote: searched from the region's start for every
                # quote of a long one, it was quadratic.)
                m = _INVERTED_BEFORE.search(text, max(region.start, quote.start - 100), max(region.start, quote.start - 1))
                if m:
                    group = next(g for g in ("subject", "pronoun", "according") if m.group(g))
                    speaker = self.speakers.resolve(m.group(group), m.start(group), m.start(group), True)
            if speaker is None:  # 'According to her, the force was not "able to …"': the whole sentence is hers
                m = _ACCORDING_OPENING.match(text, first_word[region.start, region.end], quote.start) or \
                    _IN_WHOSE_VIEW.match(text, first_word[region.start, region.end], quote.start)
                if m:
                    subject = m.group("subject")
                    subject = _OBJECT_PRONOUN.get(subject.lower(), _POSSESSIVE_PRONOUN.get(subject.lower(), subject))
                    speaker = self.speakers.resolve(subject, m.start("subject"), m.start("subject"), True)
            if speaker is None and not self._in_relative_clause(region.start, quote.start):
                m = _VERB_AFTER.match(text, quote.end + 1, region.end) or self._verb_after_next(order, region)
                if m and m.group("subject") and _JOINED_CLAUSE.match(m.group("subject")):
                    m = None  # 'Inspectors found that "…", and Ms Lowe added that …': a clause of its own
                if m:
                    group = "subject" if m.group("subject") else "inverted"
                    speaker = self.speakers.resolve(m.group(group), quote.end, m.start(group), group == "inverted")
            if speaker is None:
                m = _SAID_PRONOUN_DROPPED.match(text, quote.end + 1, region.end) or \
                    _PRONOUN_DROPPED_BEFORE.search(text, max(region.start, quote.start - 30), quote.start - 1)
                if m:
                    pronoun = m.groupdict().get("pronoun") or m.groupdict().get("set_off") or m.groupdict().get("that")
                    speaker = self.speakers.someone_before(m.start(), None if pronoun is None else "she" if pronoun == "hi" else "he")
            if speaker is None:
                # (After the quote, on the line it ends on: a quote wrapped over lines ends on a later one.)
                last = doc.line_index(quote.end)
                m = SIGNED_AFTER.match(text, quote.end, lines[last].end)
                titled = _TITLED_AFTER_COLON.match(text, quote.end, lines[last].end)
                if m and signs(m):
                    speaker = self.speakers.resolve(m.group("subject"), quote.end, m.start("subject"), True)
                elif titled:  # ('"…": New Chief Constable Jo Hall', a headline: a person's only)
                    named = self.speakers.resolve(titled.group("subject"), quote.end, titled.start("subject"), True)
                    speaker = named if isinstance(named, str) else None
                elif not text[quote.end + 1:lines[last].end].strip():
                    speaker = self._signed_under(last) if quote.closed else self._signed_run(quote)
                elif quote.end < lines[last].end:
                    speaker = self._signed_under(last, quote.end + 1)
            if speaker is None and quote.closed:  # '"…," Mr Wilsh' and the page's end: the verb and the name cut short
                speaker = self._cut_by_page_end(quote)
            if speaker is None:  # 'Chief Constable Jo Hall: "…"', as a headline or a transcript names a speaker
                m = _NAMED_COLON.fullmatch(text, region.start, quote.start - 1)
                named = self.speakers.resolve(m.group("subject"), m.start("subject"), m.start("subject"), True) if m else None
                speaker = named if isinstance(named, str) else None
            if speaker is None:  # 'The findings were welcomed by Jo Hall: "…"'
                m = _MET_BY.search(text, max(region.start, quote.start - 1 - _WORDS_MADE_REACH), quote.start - 1)
                named = self.speakers.resolve(m.group("who"), m.end("who"), m.start("who"), True) if m else None
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
            if speaker is None and first_word[region.start, region.end] < quote.start - 1 and not things_words and \
                    verbs.last_ending_by(quote.start - 1) is None and self._first_person_quoted(quote, region):
                # 'He was equally pleased that the inspectors praised the committee, "established jointly with my
                # counterpart"': words in the first person, in a sentence no one speaks in, are its subject's; and so
                # are the other words it quotes ('X recognised the "dedication of every officer" and the "strength of our
                # partnerships"').
                subject = self.speakers.subject_of(doc.sentence_at(region.start))
                if subject is not None and not self.speakers.names_other_than(region.start, quote.start, subject):
                    speaker = subject
            if speaker is None and previous is not None and first_word[region.start, region.end] < quote.start - 1 and \
                    not verbs.within(region.start, region.end) and self._goes_on_from(previous, region):
                # '… yet “the force doesn't always answer calls in time.” Many hang up, while “other callers will simply
                # give up.”': a sentence that names no one and says nothing of its own quotes the one quoted before.
                speaker = previous[0].speaker
            if speaker is None:
                if not quote.closed:
                    unattributed[quote.start] = quote
                continue
            if isinstance(speaker, Organisation) and speaker.iri == doc.lex.inspectorate and \
                    _FIRST_PERSON_OPENS.match(text, quote.start, quote.end):
                # 'with HMIC remarking: "I am not satisfied …"': no organisation speaks as 'I'; the one HM Inspector does.
                speaker = self.speakers.the_inspector() or speaker
            claim = self._claim(speaker, quote.start, quote.end, True, said_in)
            if previous and said_in is not region and previous[0].speaker == speaker and previous[0].date_inferred:
                claim = Claim(claim.speaker, claim.text, claim.span, True, claim.areas,
                              date_inferred=claim.date_inferred or previous[0].date_inferred)
            if said_in is region:
                claims += [self._claim(speaker, q.start, q.end, True, said_in) for q in self._open_before(quote, unattributed)]
            claims.append(claim)
            previous = (claim, quote)
        return sorted(claims, key=lambda c: c.span.start)

    def _first_person_quoted(self, quote: Quote, region: Span) -> bool:
        """True when `quote`, or another quote of its sentence, holds words in the first person. (Once per sentence: a
        sentence of many quotes would be read again for each.)"""
        key = (region.start, region.end)
        if key not in self._first_person_in:
            text, found = self.doc.text, self.found
            k = bisect.bisect_left(self._starts, region.start)
            self._first_person_in[key] = False
            while k < len(found) and found[k].start < region.end:
                if FIRST_PERSON.search(text, found[k].start, found[k].end):
                    self._first_person_in[key] = True
                    break
                k += 1
        return self._first_person_in[key]

    def _an_area_label(self, quote: Quote) -> bool:
        """True when the quoted words are an area's name (in any cycle) and nothing else ('requires improvement in ‘providing
        sustainable services to the public.’'): a label the text quotes, no one's words."""
        text = self.doc.text
        start, end = quote.start, quote.end
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
        return any(at == start and stop == end for at, stop, _ in self.doc.found(self.doc.lex.area_phrases, start, end))

    def _cut_by_page_end(self, quote: Quote) -> str | None:
        """The person named after a quote by an honorific and a surname, or its first letters, where the page stops
        (the verb after them lost): '"… a new chief constable," Mr Wilsh'. One person's surname only."""
        m = _CUT_ATTRIBUTION.match(self.doc.text, quote.end + 1)
        if m is None:
            return None
        part = m.group("part")
        people = {name for surname, name in self.speakers.surnames.items() if surname.startswith(part)}
        return people.pop() if len(people) == 1 else None

    def _goes_on_from(self, previous: tuple[Claim, Quote], region: Span) -> bool:
        """True when a person's quote ends in the sentence just before `region` (in its paragraph, or closing the
        paragraph before), and `region` names no one else, no force or organisation, no source of words ('the report',
        'inspectors'), no verb of reporting and no judgement in the passive ('was rated "good" and commended for its
        "…"': the inspection's words): its quoted words go on with that person's."""
        doc, text = self.doc, self.doc.text
        claim, quote = previous
        if not isinstance(claim.speaker, str) or quote.end > region.start:
            return False
        between = text[quote.end:region.start]
        if between.count("\n") > 2 or not PARAGRAPH_BREAK_OR_SENTENCE.fullmatch(between):
            return False
        return not (self.speakers.names_other_than(region.start, region.end, claim.speaker) or
                    self.mentions.force_index.within(region.start, region.end) or
                    self.mentions.organisation_index.within(region.start, region.end) or
                    _OTHER_SOURCE.search(text, region.start, region.end) or
                    _REPORTING_WORD.search(text, region.start, region.end) or _JUDGED.search(text, region.start, region.end))

    def _open_before(self, quote: Quote, unattributed: dict[int, Quote]) -> list[Quote]:
        """The quote paragraphs left open, with no one named for them, that `quote` goes on from, each
        paragraph opening with a mark: '“… officers and staff.' / '“Since 2010 …,” he said': a speaker
        named in a run's second paragraph speaks its first too."""
        text, found = self.doc.text, self.found
        k = self._order.get(quote.start, 0)
        run: list[Quote] = []
        while k and found[k - 1].start in unattributed and \
                PARAGRAPH_OPENING.fullmatch(text, found[k - 1].end, found[k].start):
            k -= 1
            run.append(unattributed.pop(found[k].start))
        return run[::-1]

    def _in_relative_clause(self, start: int, quote_start: int) -> bool:
        """True when a quote stands in a relative clause opened before it ('Jo Hall, who was praised for
        "…" since …, said'): the verb after it is the clause's subject's, and the words are not theirs."""
        text = self.doc.text
        clause_start = start_of_clause(text, start, quote_start)
        relative = None
        for relative in RELATIVE_OPENING.finditer(text, clause_start, quote_start):
            pass
        return relative is not None and "," not in text[relative.end():quote_start] and \
            not text.count('"', clause_start, relative.start()) % 2

    def _speaker_of(self, subjects: list[tuple[str, int]], base: int) -> tuple[str | Organisation | None, bool]:
        """Who the candidate subjects of a verb of saying (nearest first, as subject_before gives
        them, ends relative to `base`) name: a phrase that is a name wins over a post named beside
        it ('Ann Ball, the chief constable, said' is Ann Ball's, whoever else the text calls chief
        constable). True when the subject names someone no one else can stand for: a name the
        converter does not know, or 'he' where no man is named."""
        if subjects and self._two_people(subjects, base):
            return None, True  # 'Mr Scott and Ms Hall said: "…"': the words of both, of neither alone
        named = next(((phrase, at) for phrase, at in subjects if is_a_name(phrase.strip())), None)
        titled = _TITLED_SURNAME.fullmatch(subjects[0][0].strip()) if subjects else None
        if titled and titled.group("surname") in self.speakers.surnames:
            named = subjects[0]  # ('… Commissioner, Ron Hogg, Ch Con Barton said': the title and surname nearest the verb)
        for phrase, at in [named] if named else subjects:
            speaker = self.speakers.resolve(phrase, base + at, base + at - len(phrase)) if phrase.strip() else None
            if speaker is not None:
                return speaker, False
            if named or _PRONOUN.fullmatch(phrase.strip()) or ASSOCIATES.search(phrase, max(0, len(phrase) - ASSOCIATES_REACH)):
                return None, True  # ('Friends of Ms Hall said she had been "…"': theirs, not hers)
            if (phrase, at) == subjects[0] and _ONE_NAME_WORD.fullmatch(phrase.strip()) and phrase.strip() not in NOT_NAME:
                # 'Speaking after what he called a meeting with CI Dyer, Michael said:': a first name (or a surname) alone
                # names the subject, whom the converter does not know; not the subject of a verb before it.
                return None, True
        return None, False

    def _two_people(self, subjects: list[tuple[str, int]], base: int) -> bool:
        """True when the nearest subject joins two people by 'and' ('Mr Scott and Ms Hall said', 'Mr Scott, the PCC, and
        Ms Hall said'); not a post's name ('Police and Crime Commissioner X')."""
        phrase, at = subjects[0]
        start = base + at - len(phrase)
        joined = _JOINED.search(phrase)
        if joined is None or len(phrase[joined.end():].split()) > _JOINED_WORDS:
            return False
        right = self.speakers.resolve(phrase[joined.end():], base + at, start + joined.end())
        if not isinstance(right, str):
            return False
        before = phrase[:joined.start()]
        # (What stands before 'and': in the phrase, or set off by commas just before it.)
        other = (before, start + len(before)) if before.strip() else \
            (subjects[1][0], base + subjects[1][1]) if len(subjects) > 1 else None
        if other is None or not _NAMING.fullmatch(other[0]):  # (a naming, not a clause: 'Ms Hall praised them and Mr Scott said')
            return False
        left = self.speakers.resolve(other[0], other[1], other[1] - len(other[0]))
        return isinstance(left, str) and left != right

    def _self_named(self, quote: Quote) -> str | None:
        """A speaker who names themself inside their words, as an editor's insertion: '…I [Zoe Smith] commend…'."""
        m = _SELF_NAMED.search(self.doc.text, quote.start, quote.end)
        if m is None or not is_name(m.group("name")):
            return None
        add_person(self.doc, self.mentions, m.group("name"), m.start("name"), m.end("name"))
        return m.group("name")


def find_claims(doc: Doc, mentions: Mentions, areas: Phrases, topics: Phrases | None,
                published: DateValue | None) -> list[Claim]:
    finder = ClaimFinder(doc, mentions, areas, topics, published)
    quoted = finder.quotes()
    return quoted + _not_repeating(finder.reported(quoted), quoted)


def _not_repeating(reported: list[Claim], quoted: list[Claim]) -> list[Claim]:
    """The reported statements that are not a direct quote of the same speaker again, its marks lost: a summary line
    over the page ('… Chief Constable Jo Hall said: This is a positive report') repeating a quote below, perhaps cut
    mid-word ('… a positive rep')."""
    said: dict[object, list[str]] = {}
    for claim in quoted:
        said.setdefault(claim.speaker, []).append(quote_key(claim.text))
    # (One string per speaker, the quotes' words a line each: a key holds no line break, and one search a statement.)
    joined = {speaker: "\n".join(keys) for speaker, keys in said.items()}
    return [c for c in reported if quote_key(c.text) not in joined.get(c.speaker, "")]
