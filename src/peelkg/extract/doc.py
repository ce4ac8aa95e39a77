"""The article as the extractors see it: raw and folded text, sentences, the lexicon."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from .. import text as textmod
from ..facts import Source, Span
from ..vocab import Lexicon, Phrases, lexicon

# A site's banner line above the article, about cookies or a failed request: its sentences are no article's
# prose, nor its lead ('We use some essential cookies to make our website work. …', 'Sorry, there was a
# technical problem. Please try again.', 'Something went wrong on our side. Please try once more.').
# The marks that open a quotation: straight and curly, double and single.
OPENING_MARKS = "\"'\u201c\u2018"
BANNER = re.compile(r"\bcookies?\b|\btechnical problem\b|\bplease try (?:again|once more)\b|\bsomething went wrong\b", re.I)


def _normalised(raw: str, lex: Lexicon) -> tuple[str, dict[int, int]]:
    """The text every pattern reads (Doc.text), before ProseDoc unwraps it: folded, its web clutter, Markdown's
    emphasis and dotted leaders blanked, its drop caps in title case, its run-on 'Area: grade' pairs set on lines of
    their own, its words split at lines' ends joined (the same length as `raw`); and the ends of the words so joined
    (text.join_split_words)."""
    cleaned = textmod.blank_leaders(textmod.blank_emphasis(textmod.blank_clutter(textmod.fold(raw))))
    return textmod.join_split_words(textmod.separate_run_on_pairs(textmod.drop_caps(cleaned)), lex.label_words)


@dataclass
class Doc:
    source: Source
    lex: Lexicon = field(default_factory=lexicon)

    @cached_property
    def raw(self) -> str:
        return self.source.text

    @cached_property
    def _folded(self) -> tuple[str, dict[int, int]]:
        return _normalised(self.raw, self.lex)

    @cached_property
    def text(self) -> str:
        """Folded text without web clutter (same length as raw): what every pattern matches against."""
        return self._folded[0]

    @property
    def folded(self) -> str:
        """The text before ProseDoc unwraps its hard-wrapped lines (Doc.text for a Doc)."""
        return self._folded[0]

    @cached_property
    def folded_lines(self) -> list[Span]:
        """The lines of `folded`, as the page sets them."""
        return self.lines if self.folded is self.text else textmod.lines(self.folded)

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
    def commas(self) -> list[int]:
        return [m.start() for m in re.finditer(",", self.text)]

    @cached_property
    def _line_starts(self) -> list[int]:
        return [line.start for line in self.lines]

    def line_index(self, pos: int) -> int:
        """The index of the line `pos` is on (or of the last line before it)."""
        return max(0, bisect.bisect_right(self._line_starts, pos) - 1)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def found(self, phrases: Phrases, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """Matches of `phrases` in text[start:end]: the whole text is scanned once per phrase set."""
        cache = self.__dict__.setdefault("_found", {})
        if id(phrases) not in cache:
            matches = list(phrases.finditer(self.text, lower=self.lower))
            cache[id(phrases)] = (phrases, [m[0] for m in matches], matches)
        _, starts, matches = cache[id(phrases)]
        end = len(self.text) if end is None else end
        first = bisect.bisect_left(starts, start)
        return [m for m in matches[first:bisect.bisect_left(starts, end)] if m[1] <= end]

    def found_at(self, phrases: Phrases, start: int, end: int | None = None) -> tuple[int, int, str] | None:
        """The match of `phrases` that starts at `start` (and ends by `end`), if any."""
        found = self.found(phrases, start, end)
        return found[0] if found and found[0][0] == start else None

    def matches(self, pattern: re.Pattern[str]) -> Intervals:
        """Every match of `pattern` in the text, (start, end, match), found once per pattern."""
        cache = self.__dict__.setdefault("_matches", {})
        if pattern not in cache:
            cache[pattern] = Intervals((m.start(), m.end(), m) for m in pattern.finditer(self.text))
        return cache[pattern]

    def span(self, start: int, end: int) -> Span:
        """A trimmed span whose text is the raw text (what the evidence must quote)."""
        folded = textmod.span(self.text, start, end)
        end = self._folded[1].get(folded.end, folded.end)  # (a joined word's split form, whole)
        return Span(folded.start, end, self.raw[folded.start:end])

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, pos) - 1)

    def sentence_at(self, pos: int) -> Span:
        return self.sentences[self.sentence_index(pos)]

    def sentences_in(self, region: Span) -> list[Span]:
        """The sentences that start in `region`."""
        starts = self._sentence_starts
        return self.sentences[bisect.bisect_left(starts, region.start):bisect.bisect_left(starts, region.end)]


class ProseDoc(Doc):
    """The article with the line breaks inside its sentences read as spaces (text.unwrap): where what
    was said is looked for, a hard-wrapped paragraph is one paragraph. Offsets are the article's."""

    @cached_property
    def text(self) -> str:
        # (a run of 'Area: grade' pairs stays a list: unwrapping may take its short lines for a hard wrap and join them)
        return textmod.separate_run_on_pairs(textmod.unwrap(self._folded[0]))


class Intervals:
    """Mentions (start, end, value) in text order, none overlapping another (so their ends are in
    order too), looked up by position by bisection rather than by a scan of every mention."""

    def __init__(self, items) -> None:
        self.items = list(items)
        self.starts = [item[0] for item in self.items]
        self.ends = [item[1] for item in self.items]

    def last_ending_by(self, pos: int):
        """The nearest mention ending at or before `pos`, or None."""
        i = bisect.bisect_right(self.ends, pos)
        return self.items[i - 1] if i else None

    def first_starting_from(self, pos: int):
        """The nearest mention starting at or after `pos`, or None."""
        i = bisect.bisect_left(self.starts, pos)
        return self.items[i] if i < len(self.items) else None

    def containing(self, pos: int):
        """The mention with start <= pos < end, or None."""
        i = bisect.bisect_right(self.starts, pos)
        return self.items[i - 1] if i and pos < self.ends[i - 1] else None

    def overlaps(self, start: int, end: int) -> bool:
        """True when a mention shares a character with [start, end)."""
        i = bisect.bisect_left(self.starts, end)
        return bool(i) and self.ends[i - 1] > start

    def within(self, start: int, end: int) -> list:
        """The mentions inside [start, end), in text order."""
        items = self.items[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]
        return [item for item in items if item[1] <= end]


class Caseless:
    """A case-insensitive pattern, written with lower-case letters, that runs faster: on ASCII text
    it is matched case-sensitively against the lower-cased text (same offsets, same matches), as
    re skips quickly past what cannot match only when case counts. A match's text is then lower
    case: read doc.text at its offsets for the text as written. `needs` are words (in lower case) one of which
    every match holds: str.find passes over a lower-cased text without them faster than re."""

    def __init__(self, pattern: str, needs: tuple[str, ...] = ()) -> None:
        self._any_case = re.compile(pattern, re.IGNORECASE)
        self._lower_case = re.compile(pattern)
        self._needs = needs

    def _pattern_and_text(self, doc: Doc) -> tuple[re.Pattern[str], str]:
        return (self._lower_case, doc.lower) if doc.lower is not None else (self._any_case, doc.text)

    def _none_needed(self, doc: Doc, start: int, end: int | None) -> bool:
        """True when the lower-cased text holds none of the needed words in [start, end)."""
        lower = doc.lower
        return bool(self._needs) and lower is not None and \
            all(lower.find(word, start, len(lower) if end is None else end) < 0 for word in self._needs)

    def finditer(self, doc: Doc, start: int = 0, end: int | None = None):
        if self._none_needed(doc, start, end):
            return iter(())
        pattern, text = self._pattern_and_text(doc)
        return pattern.finditer(text, start, len(text) if end is None else end)

    def search(self, doc: Doc, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        if self._none_needed(doc, start, end):
            return None
        pattern, text = self._pattern_and_text(doc)
        return pattern.search(text, start, len(text) if end is None else end)
