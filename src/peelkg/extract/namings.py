"""Where each person is named in a text: by the whole name or the surname, as whole words, one person per
naming of a surname several share; and the spans of the quotes, outside which a naming counts."""
from __future__ import annotations

import bisect
import itertools
import re


_WORD_BOUNDARY = re.compile(r"\b")


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def namings_of(text: str, names, misspelt: dict[str, str] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, name) wherever a person is named: by the whole name, else by the surname (or by the
    surname as `misspelt` maps it to the name), as whole words (a name's namings do not overlap one another).
    Plain string search: a regex of each article's names would be compiled once per article (0.15 ms, 3 % of
    its extraction)."""
    surname = {name: name.split()[-1] for name in names}
    named_by: dict[str, set[str]] = {}  # words -> the people they name
    for name in names:
        named_by.setdefault(name, set()).add(name)
        named_by.setdefault(surname[name], set()).add(name)
    for wrong, name in (misspelt or {}).items():
        named_by.setdefault(wrong, set()).add(name)
    # Where each of those words stands as whole words; at one place, the shorter ones are the longer one's start.
    found_at: dict[int, list[str]] = {}
    for words in named_by:
        at = text.find(words)
        while at >= 0:
            if not (at and _word_char(text[at - 1])) and _WORD_BOUNDARY.match(text, at + len(words)):
                found_at.setdefault(at, []).append(words)
            at = text.find(words, at + 1)
    free_from: dict[str, int] = {}  # name -> where its last naming ended
    timeline = []
    for at in sorted(found_at):
        found = found_at[at]
        for name in set().union(*(named_by[w] for w in found)):
            if at >= free_from.get(name, 0):
                free_from[name] = at + max(len(words) for words in found if name in named_by[words])
                timeline.append((at, free_from[name], name))
    return sorted(timeline)


def one_per_surname(timeline: list[tuple[int, int, str]], names: list[str]) -> list[tuple[int, int, str]]:
    """The timeline with each surname naming several people share ('Mr Lane') kept for one of them: the
    one named in full last before it, else the first named (a caption may spell a first name otherwise
    than the body does: 'Jonathan' and 'Jonathon' are two people to the converter)."""
    order = {name: i for i, name in enumerate(names)}
    named_in_full: dict[str, int] = {}
    kept: list[tuple[int, int, str]] = []
    for _, group in itertools.groupby(timeline, key=lambda t: (t[0], t[1])):
        namings = list(group)
        by_surname = [t for t in namings if t[1] - t[0] != len(t[2])]
        if len(by_surname) > 1:
            namings = [t for t in namings if t not in by_surname] + \
                [max(by_surname, key=lambda t: (named_in_full.get(t[2], -1), -order[t[2]]))]
        for at, end, name in namings:
            if end - at == len(name):
                named_in_full[name] = at
        kept += namings
    return kept


def union_spans(spans) -> list[tuple[int, int]]:
    """Spans that may nest or overlap, merged into disjoint ones in text order."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """True when `pos` is inside one of `spans` (disjoint, in text order)."""
    i = bisect.bisect_right(spans, (pos, float("inf")))
    return bool(i) and spans[i - 1][0] <= pos < spans[i - 1][1]
