"""Members of Parliament named as Hansard and its copies head each speech: the member's name, their seat in brackets,
then their party's short name in brackets ('David Hanson (Delyn) (Lab)', 'Mr Kevan Jones (North Durham) (Lab)'); a
copy may put the picture's caption first ('Lord Beamish Portrait Mr Kevan Jones (North Durham) (Lab)'). Only a line
that is such a heading, on a page of a debate or the Commons (a council's minutes may list its members so, 'Ann Bell
(Guildford) (LD)'), and a party the vocabulary knows: a seat and a party in brackets then state a sitting member."""
from __future__ import annotations

import re

from .doc import Doc
from .mentions import HONORIFIC, NAME, PARTY_ABBREVIATIONS, UPPER, Mentions, clean_name, is_name
from .posts import hold_post, role_named

_SPEECH_HEADING = re.compile(rf"^[^\S\n]*(?:[^\n]{{0,80}}?\bPortrait[^\S\n]+)?(?:{HONORIFIC}[^\S\n]+)?(?P<name>{NAME})[^\S\n]+"
                             rf"(?P<seat>\([{UPPER}][\w'’.,& -]{{1,50}}\))[^\S\n]+\((?P<party>[A-Za-z][A-Za-z ]{{1,20}})\)[^\S\n]*$", re.M)

_COMMONS_RECORD = re.compile(r"\b(?:House of Commons|Commons|Hansard|Westminster Hall|Parliament|[Dd]ebates?)\b")


def members_by_seat(doc: Doc, mentions: Mentions, seen: set, default) -> None:
    """Each speech heading's member: an MP, in the party its bracket names."""
    text = doc.text
    if ") (" not in text or not _COMMONS_RECORD.search(text):
        return
    member = role_named(doc.lex, "MP")
    for m in _SPEECH_HEADING.finditer(text):
        name = clean_name(m.group("name"))
        if member is None or not is_name(name) or m.group("party").lower() not in PARTY_ABBREVIATIONS:
            continue
        hold_post(doc, mentions, seen, m.start("seat"), m.end("seat"), member, m.start("name"), m.start("name") + len(name),
                  None, default=default, leads=False)
