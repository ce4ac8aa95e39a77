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


def corroborated(all_facts: list[ArticleFacts]) -> list[ArticleFacts]:
    by_speaker: dict[str, list[tuple[int, Claim]]] = defaultdict(list)
    for index, facts in enumerate(all_facts):
        for claim in facts.claims:
            if claim.direct:
                by_speaker[_key(claim)].append((index, claim))
    extra: dict[int, list[Claim]] = defaultdict(list)
    for speaker in sorted(by_speaker):
        claims = by_speaker[speaker]
        for b, short in claims:
            wanted = _norm(short.text)
            for a, long in claims:
                if a == b or wanted == _norm(long.text) or wanted not in _norm(long.text):
                    continue
                if any(_norm(c.text) == wanted for c in (*all_facts[a].claims, *extra[a])):
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
    return [dataclasses.replace(f, claims=f.claims + tuple(extra[i])) if extra[i] else f
            for i, f in enumerate(all_facts)]
