"""The pillar an article's report is on (PEEL 2014–2017 published one report per pillar), which a
grade stated without an area ("Kent Police was rated good") is about.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocab import trie_alternation
from .doc import Doc

_NOUNS = r"(?:reports?|inspections?|assessments?|reviews?)"


@lru_cache(maxsize=4)
def _pillar_report_patterns(lex) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A pillar's report named, a pillar listed with another (which names the programme), and any pillar."""
    pillars = trie_alternation(lex.pillar_phrases)
    adjectives = trie_alternation(lex.pillar_adjectives)
    report = re.compile(
        rf"\b(?:police )?['\"]?({pillars})['\"]?\s(?:(?:19|20)\d\d\s)?{_NOUNS}\b"
        rf"|\b(?:{_NOUNS}|findings)\b[^.]{{0,50}}? (?:on|of|into|covering|looked at|looking at|looks at|"
        rf"focused on|focusing on|focuses on|deal with|deals with|dealt with|dealing with) "
        rf"(?:the |its |police |(?:[\w&-]+ ){{0,4}}[\w&-]+['’]s )?(?:overall )?['\"‘“]?({pillars})\b"
        rf"|\bpolice ({pillars}) (?:19|20)\d\d\b"
        # 'its report on how effective the force is', 'the first to rate forces on how legitimate they are'
        rf"|\b(?:{_NOUNS}|findings|rat(?:e|es|ed|ing)|grad(?:e|es|ed|ing)|judg(?:e|es|ed|ing)|assess(?:es|ed|ing)?)\b"
        rf"[^.]{{0,50}}? (?:on|of|into|at|looked at|looking at|looks at) how ({adjectives})\b(?! an?\b)"
        # 'praised for its efficiency after the first of this year's PEEL inspections'
        rf"|\b({pillars}) (?:after|following|in) [^.]{{0,90}}?\b{_NOUNS}\b", re.I)
    listed = re.compile(rf"(?:{pillars}|{adjectives})\W{{0,2}}\s*(?:,|and|&)\s*\W{{0,2}}$"
                        rf"|^\W{{0,2}}\s*(?:,|and|&)\s*\W{{0,2}}(?:{pillars}|{adjectives})", re.I)
    return report, listed, re.compile(rf"\b(?:{pillars})\b", re.I)


def report_pillar(doc: Doc) -> str | None:
    """The pillar an article's report is on, when it names one pillar's report and no other
    ('our 2016 legitimacy inspection', 'its PEEL Efficiency 2017 report', 'the report on the effectiveness
    of …', 'a report of Kent Police's ‘Effectiveness’', 'its annual review of efficiency', 'its report on how
    effective the force is', 'praised for its efficiency after this year's inspection'). A pillar listed with another ('effectiveness, efficiency and legitimacy')
    names the programme, not a report."""
    if "_report_pillar" in doc.__dict__:
        return doc.__dict__["_report_pillar"]
    pattern, listed, any_pillar = _pillar_report_patterns(doc.lex)
    found = set()
    for m in pattern.finditer(doc.text):
        group = next(g for g in (1, 2, 3, 4, 5) if m.group(g))
        start, end = m.start(group), m.end(group)
        if listed.search(doc.text[max(0, start - 20):start]) or listed.search(doc.text[end:end + 20]):
            continue
        name = m.group(group).lower()
        name = doc.lex.pillar_adjectives[name] if group == 4 else name
        # By its adjective or an inspection after it, a pillar names the report only as the sentence's one pillar
        # ('good for legitimacy in the annual report', after two other pillars' grades, does not).
        sentence = doc.sentence_at(start)
        if group >= 4 and {p.lower() for p in any_pillar.findall(doc.text, sentence.start, sentence.end)} - {name}:
            continue
        found.add(name)
    if not found:
        found = _headline_pillar(doc)
    doc.__dict__["_report_pillar"] = found.pop() if len(found) == 1 else None
    return doc.__dict__["_report_pillar"]


def _headline_pillar(doc: Doc) -> set[str]:
    """The pillar a headline grades and no other area ('Kent Police given Good rating for Effectiveness',
    'the only force to hold the top rating for effectiveness'): the article is on that pillar's report."""
    if not doc.sentences:
        return set()
    first = doc.sentences[0]
    areas = {key for _, _, key in doc.found(doc.lex.area_phrases, first.start, first.end)}
    graded = doc.found(doc.lex.grades, first.start, first.end)
    return areas if len(areas) == 1 and graded and areas <= set(doc.lex.pillar_phrases) else set()
