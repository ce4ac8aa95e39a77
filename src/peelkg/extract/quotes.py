"""Quoted passages: where a text's double- and single-quoted words are, as typed, with
mismatched and missing closing marks (a quote still open at the end of its paragraph)."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..facts import Span
from .doc import Doc

MIN_QUOTE_WORDS = 5


@dataclass(frozen=True)
class Quote:
    start: int  # inside the marks
    end: int
    line: Span
    closed: bool = True  # False: still open at the end of its paragraph (it goes on in the next)


_DOUBLE_QUOTE = re.compile("[\u201c\u201d\"]")
# A single-quoted passage: an opening mark before a letter ('is ‘proud of the changes’'), not after a letter,
# a mark or punctuation (checked after it, so that re can jump from one mark to the next), to the first closing mark
# after a letter or punctuation and before no letter.
_SINGLE_OPENING = re.compile(r"['\u2018](?<![\w'.,]['\u2018])(?=[A-Za-z])")
_SINGLE_CLOSING = re.compile(r"(?<=[\w.,!?])['\u2019](?![\w])")


def single_quoted(text: str):
    """(start, end) inside the marks of each single-quoted passage, as the one pattern
    `opening(.+?)closing` finds them, but with each closing mark found once: that pattern sought
    one from every opening mark to the end of the line, quadratic in a line of opening marks."""
    closings = [m.start() for m in _SINGLE_CLOSING.finditer(text)]
    free_from = 0
    for opening in _SINGLE_OPENING.finditer(text):
        if opening.start() < free_from:
            continue
        i = bisect.bisect_left(closings, opening.start() + 2)  # at least one character inside
        if i == len(closings):
            return
        if "\n" not in text[opening.start():closings[i]]:  # (a line holds none)
            yield opening.start() + 1, closings[i]
            free_from = closings[i] + 1


def find_quotes(doc: Doc) -> list[Quote]:
    """Quoted passages: curly marks say which way they face; a quote still open at a new
    opening mark or at the end of its paragraph ends there (press-release paragraphs)."""
    quotes: list[Quote] = []
    for line in doc.lines:
        raw = doc.raw
        open_at: int | None = None
        for mark in _DOUBLE_QUOTE.finditer(raw, line.start, line.end):
            i, ch = mark.start(), mark.group()
            if ch == "\u201c" or (ch == '"' and open_at is None):
                if open_at is not None:
                    quotes.append(Quote(open_at, i, line))
                open_at = i + 1
            elif ch in "\u201d\"" and open_at is not None:
                quotes.append(Quote(open_at, i, line))
                open_at = None
        if open_at is not None:
            quotes.append(Quote(open_at, line.end, line, closed=False))
        for start, end in single_quoted(doc.text[line.start:line.end]):
            quotes.append(Quote(line.start + start, line.start + end, line))
    return [q for q in sorted(quotes, key=lambda q: (q.start, q.end))
            if len(doc.text[q.start:q.end].split()) >= MIN_QUOTE_WORDS]
