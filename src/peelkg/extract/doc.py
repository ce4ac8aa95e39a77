"""The article as the extractors see it: raw and folded text, sentences, the lexicon."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from .. import text as textmod
from ..facts import Source, Span
from ..vocab import Lexicon, Phrases, lexicon


@dataclass
class Doc:
    source: Source
    lex: Lexicon = field(default_factory=lexicon)

    @cached_property
    def raw(self) -> str:
        return self.source.text

    @cached_property
    def text(self) -> str:
        """Folded text (same length as raw): what every pattern matches against."""
        return textmod.fold(self.raw)

    @cached_property
    def lower(self) -> str | None:
        """The text lower-cased, if that changes nothing but case (ASCII text), else None."""
        return self.text.lower() if self.text.isascii() else None

    @cached_property
    def sentences(self) -> list[Span]:
        return textmod.sentences(self.text)

    @cached_property
    def lines(self) -> list[Span]:
        return textmod.lines(self.text)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def found(self, phrases: Phrases, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """Matches of `phrases` in text[start:end]: the whole text is scanned once per phrase set."""
        cache = self.__dict__.setdefault("_found", {})
        if id(phrases) not in cache:
            matches = list(phrases.finditer(self.text))
            cache[id(phrases)] = (phrases, [m[0] for m in matches], matches)
        _, starts, matches = cache[id(phrases)]
        end = len(self.text) if end is None else end
        first = bisect.bisect_left(starts, start)
        return [m for m in matches[first:bisect.bisect_left(starts, end)] if m[1] <= end]

    def span(self, start: int, end: int) -> Span:
        """A trimmed span whose text is the raw text (what the evidence must quote)."""
        folded = textmod.span(self.text, start, end)
        return Span(folded.start, folded.end, self.raw[folded.start:folded.end])

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, pos) - 1)

    def sentence_at(self, pos: int) -> Span:
        return self.sentences[self.sentence_index(pos)]

    def sentences_in(self, region: Span) -> list[Span]:
        """The sentences that start in `region`."""
        starts = self._sentence_starts
        return self.sentences[bisect.bisect_left(starts, region.start):bisect.bisect_left(starts, region.end)]


class Caseless:
    """A case-insensitive pattern, written with lower-case letters, that runs faster: on ASCII text
    it is matched case-sensitively against the lower-cased text (same offsets, same matches), as
    re skips quickly past what cannot match only when case counts. A match's text is then lower
    case: read doc.text at its offsets for the text as written."""

    def __init__(self, pattern: str) -> None:
        self._any_case = re.compile(pattern, re.IGNORECASE)
        self._lower_case = re.compile(pattern)

    def _pattern_and_text(self, doc: Doc) -> tuple[re.Pattern[str], str]:
        return (self._lower_case, doc.lower) if doc.lower is not None else (self._any_case, doc.text)

    def finditer(self, doc: Doc, start: int = 0, end: int | None = None):
        pattern, text = self._pattern_and_text(doc)
        return pattern.finditer(text, start, len(text) if end is None else end)

    def search(self, doc: Doc, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        pattern, text = self._pattern_and_text(doc)
        return pattern.search(text, start, len(text) if end is None else end)
