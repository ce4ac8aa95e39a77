"""A post whose holder a pronoun names: 'Chief Constable Tom Reed wants the force out of special measures. He was
previously deputy chief constable of Cumbria Constabulary', 'Ms Roe has held the post of ACC, and she has been acting
chief constable since May'. The pronoun opens its sentence (or a clause after ', and'), and names the one person the
text names last before it, in that sentence or the one before, no one else named between."""
from __future__ import annotations

import re

from .doc import Doc
from .holders import BECAME, words_back
from .mentions import PRONOUN_GENDER, Mentions
from .namings import namings_of
from .posts import hold_post

_PRONOUN_BECAME = re.compile(rf"(?<![\w'-])(?P<pronoun>[Hh]e|[Ss]he){BECAME}")
# A post the pronoun's person is appointed or elected to may be one still to take up ('He has been appointed HM Inspector'
# after 'he will leave this summer'): a name's own verb says so where it holds.
_APPOINTED = re.compile(r"\b(?:appointed|named|elected|chosen|selected|confirmed|made|recruited|hired|installed)\b")
_REACH = 24  # how many words before the post the pronoun may stand (a list of posts between: 'she held the posts of …')
_CLAUSE_BEFORE = re.compile(r"(?:,\s+and|;)\s+$")
_BEFORE_NOW = re.compile(r"\b(?:previously|formerly|once)\b")


def holders_by_pronoun(doc: Doc, mentions: Mentions, seen: set, unheld: list[tuple[int, int, str]], default) -> None:
    """Each post of `unheld` (named with no holder) that a pronoun opening its sentence or clause is said to hold, or
    to have held, is the post of the person named last before the pronoun."""
    text = doc.text
    namings = None
    for start, end, role in unheld:
        sentence = doc.sentence_at(start)
        m = _PRONOUN_BECAME.search(text, words_back(text, sentence.start, start, _REACH), start)
        if m is None or _APPOINTED.search(m.group()) or \
                (m.start() != sentence.start and not _CLAUSE_BEFORE.search(text, max(sentence.start, m.start() - 8), m.start())):
            continue
        namings = namings_of(text, mentions.people) if namings is None else namings
        index = doc.sentence_index(start)
        since = doc.sentences[max(0, index - 1)].start
        before = [naming for naming in namings if since <= naming[0] and naming[1] <= m.start()]
        if not before or len({name for _, _, name in before}) != 1:
            continue
        at, stop, name = before[-1]
        if mentions.gender.get(name, PRONOUN_GENDER[m.group("pronoun").lower()]) != PRONOUN_GENDER[m.group("pronoun").lower()]:
            continue
        hold_post(doc, mentions, seen, start, end, role, at, stop, None, name, default,
                  held_before=_BEFORE_NOW.search(m.group()) is not None)
