"""Across sources: a quote one article gives in full and another in part is one claim, twice attested.

Runs between extraction and RDF. For a direct quote in source B that another source A
also carries, word for word, inside a longer quote by the same speaker, A's graph gets
the shorter claim too, with the exact span of A's text that states it.
"""
from __future__ import annotations

import dataclasses
import re
from collections import defaultdict

from .facts import ArticleFacts, Claim
from .text import fold


def _key(claim: Claim) -> str:
    return claim.speaker if isinstance(claim.speaker, str) else (claim.speaker.iri or claim.speaker.name)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text)).strip(" \"'.,;:!?").lower()


SHINGLE = 5  # words


def _shingles(text: str) -> set[str]:
    words = text.split()
    return {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}


def corroborated(all_facts: list[ArticleFacts]) -> list[ArticleFacts]:
    # Index every direct quote by speaker and by each run of five words, so that a shorter
    # quote is compared only with the longer ones that share its first five words.
    by_shingle: dict[tuple[str, str], list[tuple[int, Claim, str]]] = defaultdict(list)
    quotes: list[tuple[int, Claim, str]] = []
    for index, facts in enumerate(all_facts):
        for claim in facts.claims:
            if claim.direct:
                entry = (index, claim, _norm(claim.text))
                quotes.append(entry)
                for shingle in _shingles(entry[2]):
                    by_shingle[(_key(claim), shingle)].append(entry)
    extra: dict[int, list[Claim]] = defaultdict(list)
    have = {(index, wanted) for index, _, wanted in quotes}
    for b, short, wanted in quotes:
        first = " ".join(wanted.split()[:SHINGLE])
        for a, long, text in by_shingle.get((_key(short), first), ()):
            if a == b or wanted == text or wanted not in text or (a, wanted) in have:
                continue
            source = all_facts[a].source
            region = fold(source.text[long.span.start:long.span.end]).lower()
            at = region.find(fold(short.text).lower().strip(" \"'.,;:!?"))
            if at < 0:
                continue
            start = long.span.start + at
            end = start + len(fold(short.text).strip(" \"'.,;:!?"))
            span = dataclasses.replace(long.span, start=start, end=end, text=source.text[start:end])
            extra[a].append(dataclasses.replace(short, span=span, date_inferred=long.date_inferred))
            have.add((a, wanted))
    return [dataclasses.replace(f, claims=f.claims + tuple(extra[i])) if extra[i] else f
            for i, f in enumerate(all_facts)]
