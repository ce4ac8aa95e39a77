"""Who a verb of saying before a quote names as its subject: the parts that commas and dashes set off
before the verb ('X, the mayor, said'), passing over relative clauses and the circumstances of speaking."""
from __future__ import annotations

import re

from .doc import Intervals
from .mentions import HONORIFIC, NAME, PARTICLE, SURNAME, UPPER, clean_name, is_name
from .speech_verbs import ADVERB, QUOTE_SPEECH, VERB_FIRST

# The verbs whose subject, reported by an earlier verb of saying, the words after them are ('had described it as').
_REPORTED_VERB = re.compile(r"\b(?:said|says|told|tells|described|called|branded|labelled|dubbed|warned|wrote|claimed|"
                            r"insisted|stated|concluded)$")
# A verb of saying's subject straight after an earlier one: 'said [that] the inspectors', 'said residents'.
_EMBEDDED_SUBJECT = re.compile(r"\s+(?:that\s+)?(?P<subject>(?:(?!(?:and|but|or|yet|so|then|while|whilst|as|before|after|when|"
                               r"because|although|though|if|to|in|on|at|with|for)\b)[\w'\u2019-]+\s+){0,5}"
                               r"(?!(?:and|but|or|yet|so|then|while|whilst|to|been|be|being)\b)[\w'\u2019-]+)\s*")
_RELATIVE_CLAUSE = re.compile(r"\s*(?:who|whose|whom|which|where)\b", re.I)
# A verb of saying joined to an earlier one by 'and' alone after a comma: ', and added'.
_AND_ALONE = re.compile(r"\s*and(?:\s+(?:also|then|later))?\s*")
# (not after 'who': '…, who said Mrs Barnes had failed, and added' is read as before, from the parts before 'who')
_WHO_BEFORE = re.compile(r"\bwho\s*$")
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
# ... a name, an honorific and a surname, or a pronoun ending a part.
_ENDS_A_NAME = re.compile(rf"(?<![\w'-])(?:{NAME}|{HONORIFIC}\s+{SURNAME}|he|she)\s*$")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s*$", re.I)
# A verb's subject 'who' alone, and the part before it that names whom: 'according to Ms Hall, who said: "…"'.
_WHO = re.compile(r"\s*who(?:\s+(?:also|then|later|has|had))?\s*")
_ACCORDING_TO = re.compile(r"\s*according\s+to\s+")
# ... or 'which', standing for a thing: a source of words ('the report, which said'), the words ending the part before.
_WHICH = re.compile(r"\s*which(?:\s+(?:also|then|later|has|had|have))?\s*")
_SOURCE_AT_END = re.compile(r"(?:(?:the|its|this|their)\s+(?:[\w-]+\s+){0,6}report|inspectors|the inspectorate|hmicfrs|hmic|"
                            r"the watchdog)\s*$", re.I)
# ... or a writing and whose it is: 'a letter from Ms Hall', 'a statement by the chief constable'.
_WRITTEN_BY_AT_END = re.compile(r"\b(?:letter|statement|message|e-?mail|note|tweet|post)\s+(?:from|by)\s+(?P<who>[^,]{1,80}?)\s*$")
# 'who' as the object of a verb of saying whose subject comes after it: 'Ms Hall, who he said had …'.
_WHO_TOLD = re.compile(r"\s*(?:who|whom)\s+(?P<subject>he|she|they)(?:\s+(?:also|then|later|has|had))?\s*", re.I)
RELATIVE_OPENING = re.compile(r",\s*(?:who|whose|whom)\b", re.I)
# The verbs of saying before a quote, and, before a quote only, what the subject recognises ('X recognised that the force
# is short of funds, something that "…"'; after a quote, '"…," HMICFRS has recognised that' opens the next quote of the
# same paragraph, not its attribution).
# From the start of a run of white space only: from inside it, each start would run to its end.
ADVERB_SPEECH = re.compile(rf"(?<!\s){ADVERB}\s+(?:{QUOTE_SPEECH}|recogni[sz](?:ed|es) that)\b")
_VERB_FIRST_AT_END = re.compile(rf"{VERB_FIRST}$")
_TITLED_SURNAME = re.compile(rf"{HONORIFIC}\s+{SURNAME}")
# Capitalised words, particles between: how a name looks, known or not ('Jan van der Berg').
NAME_LIKE = re.compile(rf"(?:{HONORIFIC}\s+)?[{UPPER}][\w'-]+(?:\s+(?:{PARTICLE}\s+)*[{UPPER}][\w'-]+){{1,3}}")


def reported_by_earlier_verb(text: str, start: int, end: int, verbs: Intervals) -> bool:
    """True when the last verb of saying before `end` is reported by an earlier one in its clause ('Mr Scott said
    residents had told him "…"'): the words are its subject's, whoever spoke the clause."""
    last = verbs.last_ending_by(end)
    if not last:
        return False
    stop = max(text.rfind(c, start, last[0]) for c in (".", ";", ":", '"', "\n"))
    return _embedded_subject(text, start, stop, last, verbs) is not None


def _embedded_subject(text: str, start: int, stop: int, verb: tuple, verbs: Intervals) -> re.Match[str] | None:
    """The subject of the verb of saying `verb` (an interval of `verbs`) where an earlier verb of saying in its clause
    reports it: a few words straight after that verb (and 'that'), no comma or conjunction between ('said the
    inspectors had described'), before a verb that names whose words follow ('said Durham continued to "…"' does not);
    a person or someone unknown, not a source of words."""
    earlier = verbs.last_ending_by(verb[0])
    if earlier is None or earlier[1] <= max(stop, start - 1) or not _REPORTED_VERB.search(text, verb[0], verb[1]):
        return None
    m = _EMBEDDED_SUBJECT.fullmatch(text, earlier[1], verb[0])
    # (Not a source of words the speaker cites: 'Mr Scott said the report warned of "…"' stays his quote of it.)
    return None if m is None or _SOURCE_AT_END.search(m.group("subject")) else m


def start_of_clause(text: str, start: int, pos: int) -> int:
    """Where the clause that holds `pos` starts: after the last stop, semicolon, colon or line break since `start`."""
    return max(start, max(text.rfind(c, start, pos) for c in (".", ";", ":", "\n")) + 1)


# No subject of a verb of saying runs longer than this (a clause of 48 KB before each of 2,000 quotes took seconds).
SUBJECT_REACH = 1_000


def subject_before(text: str, start: int, end: int, verbs: Intervals | None = None) -> list[tuple[str, int]]:
    """Candidate subjects of the last verb of saying in text[start:end] (folded), nearest first: the
    words after the last comma, then the comma-separated phrases before it ('X, the mayor, said'),
    with their ends relative to `start`. `verbs`: ADVERB_SPEECH's matches from `start` on, when
    known; a match holds only letters and spaces, so those before a quote mark at `end` are the same."""
    if verbs is None:
        verbs = Intervals((m.start(), m.end(), m) for m in ADVERB_SPEECH.finditer(text, start, end))
    last = verbs.last_ending_by(end)
    if not last or _VERB_FIRST_AT_END.search(text, last[0], last[1]):
        return []
    verb_start = last[0]
    stop = max(text.rfind(c, start, verb_start) for c in (".", ";", ":", '"', "\n"))
    if stop >= start and text[stop] == '"':
        # A quote inside a relative clause between the subject and its verb ('X, who was praised for
        # "greater stability" since … replacing Y, said'): the subject is before the clause.
        clause_start = start_of_clause(text, start, stop)
        relative = RELATIVE_OPENING.search(text, clause_start, stop)
        if relative and "," in text[stop:verb_start] and not text.count('"', clause_start, relative.start()) % 2:
            subject = text[clause_start:relative.start()].split(",")[-1]
            return [(subject, relative.start() - start)] if subject.strip() else []
    embedded = _embedded_subject(text, start, stop, last, verbs)
    if embedded is not None:
        # A verb of saying reported by an earlier one in its clause ('Mr Scott said the inspectors had described the force
        # as "…"'): its subject is what follows the earlier verb, and only that.
        return [(embedded.group("subject"), verb_start - start)]
    out = []
    relative = False  # the verb's subject is 'who', set off after the one it stands for ('…, according to X, who said')
    which = False  # the verb's subject is 'which', set off after the thing it stands for: a source of words, or no one
    for index, (part, end) in enumerate(_parts_before(text, max(stop + 1, start, verb_start - SUBJECT_REACH), verb_start)):
        if not index and _AND_ALONE.fullmatch(part):
            # ('The commissioner said X had also complained, and added: "…"': the verb shares the subject of the verb of
            # saying before it, not the subject of the clause that verb reports)
            earlier = verbs.last_ending_by(end - len(part) - 1)
            if earlier is not None and earlier[0] > stop and not _WHO_BEFORE.search(text, max(start, earlier[0] - 12), earlier[0]):
                return subject_before(text, start, earlier[1], verbs)
        if not index and _WHO.fullmatch(part):
            relative = True
            continue
        if not index and _WHICH.fullmatch(part):
            which = True
            continue
        if which:  # 'Mr Scott criticised the inspectorate, which had said …': the inspectorate's, never Mr Scott's
            source = _SOURCE_AT_END.search(part)
            if source is None:  # 'Mr Scott received a letter from Ms Hall, which said: …': the writer's
                source = _WRITTEN_BY_AT_END.search(part)
                return [(source.group("who"), end - start)] if source else []
            return [(source.group(), end - start)]
        told = _WHO_TOLD.fullmatch(part) if not index else None
        if told:  # 'Mr Scott praised Ms Hall, who he said had …': the pronoun's, not the one 'who' stands for
            return [(told.group("subject"), end - start - (len(part) - told.end("subject")))]
        if relative:
            antecedent = _ACCORDING_TO.match(part)
            named = part[antecedent.end():] if antecedent else part
            return [(named, end - start)] if named.strip() else []
        if not index and _PASSIVE.search(part):  # 'Ms Hall was described as "…"': the words are not hers
            return []
        # ', said' leaves a blank part before the verb: it names no one; nor does a relative clause
        # ('X, who chairs the Police Federation, said' is X's), nor words that say when or how the
        # subject spoke ('X, responding to the report, said', 'X, in a statement, said').
        # (Just before the verb, a name ends a clause that is when its subject spoke: '"…," Mr X said, before Ms Y added'.)
        if part.strip() and not _RELATIVE_CLAUSE.match(part) and \
                not (_CIRCUMSTANCE.match(part) and (index or not _ENDS_A_NAME.search(part))) and \
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


def is_a_name(phrase: str) -> bool:
    """A person's name and nothing else: 'Ann Ball', 'Dr Ann Ball', 'Ms Ball', 'Jan van der Berg'."""
    return bool(NAME_LIKE.fullmatch(phrase) and is_name(clean_name(phrase))) or bool(_TITLED_SURNAME.fullmatch(phrase))
