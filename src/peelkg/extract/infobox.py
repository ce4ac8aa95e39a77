"""Posts an encyclopedia's infobox names with their holders: a field naming the post and the next naming who holds it,
as copies of the encyclopedia's pages on police forces leave them, raw ('- Chief1Name: Jo Hall' / '- Chief1Position:
Chief constable', '- Electeetype: Police and crime commissioner' / '- Minister1Name: Tom Reed') or rendered ('Police and
crime commissioner responsible' / '• Tom Reed')."""
from __future__ import annotations

import re

from .doc import Doc
from .mentions import NAME, Mentions, clean_name, is_name
from .posts import hold_post

_FIELD = r"^[^\S\n]*(?:[-*\u2022][^\S\n]*)?"
_CHIEF = re.compile(_FIELD + rf"Chief(?P<n>\d)Name:[^\S\n]*(?P<name>{NAME})[^\n]*\n" +
                    _FIELD + r"Chief(?P=n)Position:[^\S\n]*(?P<post>[^\n]{2,80}?)[^\S\n]*$", re.M)
_ELECTEE = re.compile(_FIELD + r"Electeetype:[^\S\n]*(?P<post>[^\n]{2,80}?)[^\S\n]*\n" +
                      _FIELD + rf"Minister1Name:[^\S\n]*(?P<name>{NAME})", re.M)
_RESPONSIBLE = re.compile(r"^[^\S\n]*(?P<post>[A-Z][^\n|]{2,80}?)[^\S\n]+responsible[^\S\n]*\|?[^\S\n]*\n"
                          rf"[^\S\n]*[\u2022*-][^\S\n]*(?P<name>{NAME})", re.M)


def infobox_holders(doc: Doc, mentions: Mentions, seen: set, default) -> None:
    """Each post of an infobox field whose words are a post of the vocabulary and no more, held by the name of its
    pair."""
    text = doc.text
    if "Name:" not in text and "responsible" not in text:
        return
    for pattern in (_CHIEF, _ELECTEE, _RESPONSIBLE):
        for m in pattern.finditer(text):
            post = doc.found_at(doc.lex.roles, m.start("post"), m.end("post"))
            name = clean_name(m.group("name"))
            if post is None or post[1] != m.end("post") or not is_name(name):
                continue
            hold_post(doc, mentions, seen, post[0], post[1], post[2], m.start("name"), m.start("name") + len(name),
                      None, default=default)
