"""Across sources: a quote one article gives in full and another in part is one claim, twice attested.

Runs between extraction and RDF. For a direct quote in source B that another source A
also carries, word for word, inside a longer quote by the same speaker about the same
inspection, A's graph gets the shorter claim too, with the exact span of A's text that
states it.
"""
from __future__ import annotations

import dataclasses
from collections import defaultdict

from .facts import ArticleFacts, Claim
from .text import QUOTE_EDGES, fold, quote_key


def _key(facts: ArticleFacts, claim: Claim) -> tuple[str, ...]:
    """Speaker and the article's own inspection: only such claims can be one node (rdf.claim_key)."""
    speaker = claim.speaker if isinstance(claim.speaker, str) else (claim.speaker.iri or claim.speaker.name)
    if not facts.inspections:
        return (speaker,)
    inspection = facts.inspections[0]
    return speaker, inspection.force.iri or inspection.force.name, inspection.programme


SHINGLE = 5  # words


def _shingles(text: str) -> set[str]:
    words = text.split()
    return {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}


def _find_words(text: str, words: str) -> int:
    """Where `words` stands in `text` as whole words, or -1: a quote the page's end cut mid-word
    ('… concerning for Sta') is no part of the whole quote ('… concerning for Staffordshire …')."""
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return at
        at = text.find(words, at + 1)
    return -1


def corroborated(all_facts: list[ArticleFacts]) -> list[ArticleFacts]:
    # Work on distinct texts per speaker and inspection: many articles carry the same quote, and each
    # (short, long) pair of texts is tested once, found through an index of five-word runs.
    said: dict[tuple[str, ...], dict[str, list[tuple[int, Claim]]]] = defaultdict(lambda: defaultdict(list))
    for index, facts in enumerate(all_facts):
        for claim in facts.claims:
            if claim.direct:
                said[_key(facts, claim)][quote_key(claim.text)].append((index, claim))
    extra: dict[int, list[Claim]] = defaultdict(list)
    for key in sorted(said):
        texts = said[key]
        by_shingle: dict[str, set[str]] = defaultdict(set)
        for text in texts:
            for shingle in _shingles(text):
                by_shingle[shingle].add(text)
        for short in sorted(texts):
            first = " ".join(short.split()[:SHINGLE])
            holders = {index for index, _ in texts[short]}
            _, example = texts[short][0]
            for long in sorted(by_shingle.get(first, ())):
                if long == short or _find_words(long, short) < 0:
                    continue
                for a, long_claim in texts[long]:
                    if a in holders:
                        continue
                    claim = _within(all_facts[a], long_claim, example)
                    if claim is not None:
                        extra[a].append(claim)
                        holders.add(a)
    return [dataclasses.replace(f, claims=f.claims + tuple(extra[i])) if extra[i] else f
            for i, f in enumerate(all_facts)]


def _within(facts: ArticleFacts, long: Claim, short: Claim) -> Claim | None:
    """`short` as stated inside `long` in this article: its exact span there."""
    source = facts.source
    wanted = fold(short.text).strip(QUOTE_EDGES)
    at = _find_words(fold(source.text[long.span.start:long.span.end]).lower(), wanted.lower())
    if at < 0:
        return None
    start = long.span.start + at
    span = dataclasses.replace(long.span, start=start, end=start + len(wanted),
                               text=source.text[start:start + len(wanted)])
    return dataclasses.replace(short, span=span, date_inferred=long.date_inferred)
