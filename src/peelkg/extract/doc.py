"""The article as the extractors see it: raw and folded text, sentences, the lexicon."""
from __future__ import annotations

import bisect
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
