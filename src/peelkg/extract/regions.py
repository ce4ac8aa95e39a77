"""The pieces of an article that grading reads one at a time: sentences, the sentences of
hard-wrapped paragraphs, and bullets and short table-like lines (with each pair of a line that holds two).
"""
from __future__ import annotations

import re

from .. import text as textmod
from ..facts import Span
from .doc import Doc

# (with the arrows, squares and ticks pages use for bullets: "► Planning for the future", a word processor's symbol-font
# bullets pasted as private-use characters (U+F0A7, U+F0B7), and the letters its bullets become in plain text: 'o' the
# second level's ("o Investigating crime: Good"), 'n' the Wingdings square's ("n Efficiency: good."))
BULLET = re.compile(r"\s*(?:[-*\u25a0\u25aa\u25b6\u25ba\u25cf\u25e6\u2023\u2713\u2714\u27a2\u27a4\uf0a7\uf0b7]|\d+[.)]"
                    r"|[on](?=[^\S\n]+[A-Z]))\s+")
_LINE_END = re.compile(r"[.!?:;'\"]\W*$")
_SENTENCE_END = re.compile(r"[.!?:;]\W*$")
# A line that opens with a label, as a table or a list does: "Adequate: …", "Good – …", "Area | Grade".
_LABEL_START = re.compile(r"\W*[A-Za-z][\w ]{0,40}?\s*(?:[:|]|\s[-\u2013\u2014]\s)")
_LOWER_START = re.compile(r"['\"]?[a-z]")


def _runs_on(doc: Doc, line: Span, following: Span) -> bool:
    """Whether a hard-wrapped line runs on into the next: it ends no sentence, the next is no bullet, and either
    it is long and neither is a bullet or a label line, or the next begins in lower case or the line ends in a word no
    sentence ends with (a sentence, list or count broken mid-phrase: "graded the\nforce 'good' in one area") and is no
    label line itself. A bullet, or a line a blank line parts from the next, runs on only into one in lower case."""
    breaks = doc.text.count("\n", line.end, following.start)
    # (a closing quote mark ends a line's sentence unless the next line goes on in lower case: "the 'requires
    # improvement'\njudgement")
    ended = _LINE_END.search(line.text) and (_SENTENCE_END.search(line.text) or not _LOWER_START.match(following.text))
    if ended or breaks not in (1, 2) or BULLET.match(following.text):
        return False
    # (a bullet's words wrapped onto a next line in lower case run on; a blank line between, as minutes turned from PDF
    # have it, only into a next line in lower case)
    if BULLET.match(line.text) or breaks == 2:
        return bool(_LOWER_START.match(following.text)) and not _LABEL_START.match(line.text)
    if _LOWER_START.match(following.text) or textmod.ends_mid_sentence(line.text):
        return not _LABEL_START.match(line.text)
    return len(line.text) >= 60 and not any(_LABEL_START.match(t) for t in (line.text, following.text))


def _wrapped_sentences(doc: Doc) -> list[Span]:
    """Sentences of hard-wrapped paragraphs, which run on from one line into the next (_runs_on)."""
    out: list[Span] = []
    lines = doc.lines
    i = 0
    while i < len(lines) - 1:
        j = i
        while j + 1 < len(lines) and _runs_on(doc, lines[j], lines[j + 1]):
            j += 1
        if j > i:
            start, end = lines[i].start, lines[j].end
            joined = doc.text[start:end].replace("\n", " ")
            out += [Span(start + s.start, start + s.end, doc.text[start + s.start:start + s.end])
                    for s in textmod.sentences(joined) if "\n" in doc.text[start + s.start:start + s.end]]
        i = j + 1
    return out


def regions(doc: Doc) -> list[Span]:
    regions = {(s.start, s.end): s for s in doc.sentences + _wrapped_sentences(doc)}
    for line in doc.lines:
        # Bullets and table-like lines ("How effective is …? Good") read as one piece, and each
        # pair of a line holding two ("Preventing crime: good; investigating crime: adequate").
        bullet = BULLET.match(line.text)
        if bullet or (len(line.text) < 240 and not line.text.endswith(".")):
            # (a bullet read without its marker: a letter or number is no part of a table-like line, nor of the
            # sentence it opens: "n Efficiency: good. In November inspectors found …")
            if bullet and bullet.group().strip()[0].isalnum():
                opening = doc.sentence_at(line.start) if doc.sentences else None
                if opening is not None and (opening.start != line.start or opening.end >= line.end):
                    opening = None
                line = textmod.span(doc.text, line.start + bullet.end(), line.end)
                if opening is not None:
                    first = textmod.span(doc.text, line.start, opening.end)
                    regions[(first.start, first.end)] = first
            regions[(line.start, line.end)] = line
            if ";" in line.text:
                start = line.start
                for part in line.text.split(";"):
                    piece = textmod.span(doc.text, start, start + len(part))
                    if piece.text:
                        regions[(piece.start, piece.end)] = piece
                    start += len(part) + 1
    return sorted(regions.values())
