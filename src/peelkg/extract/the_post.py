"""A holder named by 'the post' a sentence has just named: 'Humberside's new Police and Crime Commissioner says … /
Jo Hall takes up the post on Thursday', 'no permanent chief constable since June, when the previous holder of the
post, Tom Reed, retired'. The post is the one the sentence or the sentence before names, where they name one."""
from __future__ import annotations

import re

from .doc import Caseless, Doc
from .mentions import HONORIFIC, NAME, Mentions, clean_name, is_name
from .posts import hold_post

_THE_POST = r"the\s+(?:post|role|position|job|office)\b(?!\s+of\b)"  # (not 'the role of deputy': another post)
# 'Jo Hall takes up the post', 'Jo Hall will take up the job': the name opening its sentence (not 'The PCC thanked Jo
# Hall, who took up the role in May': some post the PCC's sentence does not name).
_TAKES_UP = re.compile(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME}),?\s+(?:who\s+)?(?:takes|took|will\s+take|has\s+taken|is\s+to\s+take|"
                       rf"is\s+taking)\s+up\s+{_THE_POST}")
# 'the previous holder of the post, Tom Reed,', 'Tom Reed, the post's previous holder': who held it before.
_HELD_IT_BEFORE = re.compile(rf"\b[Tt]he\s+(?:previous|former|last|outgoing)\s+(?:holder|incumbent)\s+of\s+{_THE_POST},\s+"
                             rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME})(?=,|\s+[a-z])")
_OPENS = re.compile(r"(?:(?:But|And|Meanwhile|Now),?\s+)?")
# What every match holds: most articles have none.
_WORDS = Caseless(r"\bup\s+the\s+(?:post|role|position|job|office)\b|\b(?:holder|incumbent)\s+of\s+the\b",
                  needs=("post", "role", "position", "job", "office", "holder", "incumbent"))


def holders_of_the_post(doc: Doc, mentions: Mentions, seen: set, default) -> None:
    if not _WORDS.search(doc):
        return
    for pattern, held_before in ((_TAKES_UP, False), (_HELD_IT_BEFORE, True)):
        for m in pattern.finditer(doc.text):
            name = clean_name(m.group("name"))
            post = _post_just_named(doc, m.start())
            if post is None or not is_name(name) or mentions.force_index.containing(m.start("name")) is not None:
                continue
            if pattern is _TAKES_UP and not _OPENS.fullmatch(doc.text, doc.sentence_at(m.start()).start, m.start()):
                continue
            hold_post(doc, mentions, seen, *post, m.start("name"), m.start("name") + len(name), None, default=default,
                      held_before=held_before)


def _post_just_named(doc: Doc, pos: int) -> tuple[int, int, str] | None:
    """(start, end, role) of the post named last before `pos` in its sentence or the one before, where they name no
    other post."""
    index = doc.sentence_index(pos)
    start = doc.sentences[max(0, index - 1)].start
    posts = doc.found(doc.lex.roles, start, pos)
    return posts[-1] if posts and len({role for _, _, role in posts}) == 1 else None
