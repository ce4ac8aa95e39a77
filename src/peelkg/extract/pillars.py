"""The pillar an article's report is on (PEEL 2014–2017 published one report per pillar), which a
grade stated without an area ("Kent Police was rated good") is about.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..facts import Span
from ..vocab import trie_alternation
from .doc import Caseless, Doc
from .skeleton import Token
from .tokens import number_value

_NOUNS = r"(?:reports?|inspections?|assessments?|reviews?)"


@dataclass(frozen=True)
class _Patterns:
    report: Caseless  # a pillar's report named (group 4: a pillar an inspection follows)
    how: Caseless  # 'how effective', to be read after a report or a rating (before_how)
    before_how: re.Pattern[str]
    listed: re.Pattern[str]  # a pillar listed with another, which names the programme
    any_pillar: re.Pattern[str]
    any_adjective: re.Pattern[str]


# What may come before 'how effective' (or 'how effectively') for it to name a report's pillar: 'its report on', 'rate
# forces on', 'HMIC has looked at', 'praised in a report for', 'the watchdog examined'.
_BEFORE_HOW = re.compile(rf"\b(?:{_NOUNS}|findings|rat(?:e|es|ed|ing)|grad(?:e|es|ed|ing)|judg(?:e|es|ed|ing)|assess(?:es|ed|ing)?|"
                         rf"hmic|hmicfrs|inspectors|inspectorate|watchdog)\b"
                         rf"[^.]{{0,50}} (?:on|of|into|at|for|look at|looked at|looking at|looks at|examined|examines|examining) $"
                         # ('This time they look at how efficient the police forces … are': the results just named)
                         rf"|\b(?:they|it) (?:look|looks|looked|examine|examines|examined)(?: at)? $"
                         # ('The review – the last of the year's PEEL inspections (…) – looks at how effective …')
                         rf"|\b{_NOUNS} [–—-] [^–—.]{{1,160}} [–—-] (?:looks at|looked at|examines|examined|considers|considered|assesses|assessed) $"
                         # ('Each force was judged against the overarching question ‘How efficient is the force …?’',
                         # '… one overarching question – how efficient is the Force …? –', 'was measured against the question')
                         rf"|\b(?:{_NOUNS}|rat(?:e|es|ed|ing)|grad(?:e|es|ed|ing)|judg(?:e|es|ed|ing)|assess(?:es|ed|ing)?|measur(?:e|es|ed|ing))\b"
                         rf"[^.]{{0,40}}\bquestion(?::?\s?['\"‘“]| ?[:–—-] )$"
                         # ('The question HM Inspectorate of Constabulary set out to answer was: ‘How efficient is …?’',
                         # 'The report set out to answer ‘How legitimate the forces were …?’')
                         rf"|\bquestion\b[^.]{{0,60}}\b(?:was|is):?\s?['\"‘“]$"
                         rf"|\b(?:{_NOUNS}|hmic|hmicfrs|inspectors|inspectorate|watchdog)\b[^.]{{0,40}}\bset out to answer:?\s?['\"‘“]$", re.I)


@lru_cache(maxsize=4)
def _pillar_report_patterns(lex) -> _Patterns:
    pillars = trie_alternation(lex.pillar_phrases)
    adjectives = trie_alternation(lex.pillar_adjectives)
    report = Caseless(
        rf"\b(?:police )?['\"]?({pillars})['\"]?\s(?:(?:19|20)\d\d\s)?{_NOUNS}\b"
        # (an aside between commas may come between: 'The report, published by HMICFRS on Tuesday, examines …')
        # (not a panel or meeting named by what it does: 'a police review panel met so councillors could examine the
        # effectiveness of the force')
        rf"|\b(?:{_NOUNS}|findings|hmic|hmicfrs|inspectors|inspectorate)\b(?! (?:panel|meeting|board|committee|hearing|session)s?\b)"
        rf"(?:,[^.,]{{1,120}},)?[^.]{{0,110}}? (?:on|of|into|in to|covering|covers|cover|looked at|looking at|looks at|look at|"
        rf"focused on|focusing on|focuses on|focus on|deal with|deals with|dealt with|dealing with|examines|examine|examined|examining) "
        rf"(?:the |its |police (?:force )?|(?:[\w&-]+ ){{0,4}}[\w&-]+['’]s )?(?:overall )?['\"‘“]?({pillars})\b"
        rf"|\bpolice ({pillars}) (?:19|20)\d\d\b"
        # 'praised for its efficiency after the first of this year's PEEL inspections'
        rf"|\b({pillars}) (?:after|following|in) [^.]{{0,90}}?\b{_NOUNS}\b"
        # 'reflected in its overall judgment for effectiveness'
        rf"|\bjudge?ments? (?:for|on|of) (?:the |its |their )?(?:force's )?['\"‘“]?({pillars})\b",
        needs=tuple(p.lower() for p in lex.pillar_phrases))
    listed = re.compile(rf"(?:{pillars}|{adjectives})\W{{0,2}}\s*(?:,|and|&)\s*\W{{0,2}}$"
                        rf"|^\W{{0,2}}\s*(?:,|and|&)\s*\W{{0,2}}(?:{pillars}|{adjectives})", re.I)
    how = Caseless(rf"\bhow ({adjectives})(?:ly)?\b(?! an?\b(?! (?:police )?force (?:is|was)\b))",
                   needs=tuple(f"how {a.lower()}" for a in lex.pillar_adjectives))
    return _Patterns(report, how, _BEFORE_HOW, listed,
                     re.compile(rf"\b(?:{pillars})\b", re.I), re.compile(rf"\b(?:{adjectives})\b", re.I))


def report_pillar(doc: Doc) -> str | None:
    """The pillar an article's report is on, when it names one pillar's report and no other
    ('our 2016 legitimacy inspection', 'its PEEL Efficiency 2017 report', 'the report on the effectiveness
    of …', 'a report of Kent Police's ‘Effectiveness’', 'its annual review of efficiency', 'its report on how
    effective the force is', 'praised for its efficiency after this year's inspection'). A pillar listed with
    another ('effectiveness, efficiency and legitimacy') names the programme, not a report."""
    if "_report_pillar" in doc.__dict__:
        return doc.__dict__["_report_pillar"]
    patterns = _pillar_report_patterns(doc.lex)
    text = doc.text
    named = []  # (start, end, pillar, whether it must be its sentence's one pillar)
    for m in patterns.report.finditer(doc):
        group = next(g for g in (1, 2, 3, 4, 5) if m.group(g))
        named.append((m.start(group), m.end(group), m.group(group).lower(), group in (4, 5)))
    for m in patterns.how.finditer(doc):
        pillar = doc.lex.pillar_adjectives[m.group(1).lower()]
        if (patterns.before_how.search(text, max(0, m.start() - 200), m.start())
                or (_HEADING_QUESTION.match(text, m.start()) and _pillars_named(doc, patterns) == {pillar})) \
                and not _at_question(doc, m.end()):
            named.append((m.start(1), m.end(1), pillar, True))
    found = set()
    for start, end, name, alone in named:
        if _listed(patterns, text, start, end):
            continue
        # A report still to come ('a third inspection, on how effective the forces are, … its results are due in
        # early 2018') is not the one the article reports.
        sentence = doc.sentence_at(start)
        if _TO_COME.search(text, sentence.start, sentence.end):
            continue
        # Nor is an earlier one ('See last year's assessment of the force's effectiveness').
        if _EARLIER_REPORT.search(text, max(sentence.start, start - 60), start):
            continue
        # Nor one the sentence dates to a month of a year ('In October 2015 it was the only force rated inadequate in a
        # review of police efficiency'), where another sentence grades the force at another time ('In November HMIC told
        # the force that it "requires improvement"').
        if _DATED.search(text, sentence.start, sentence.end) and _OTHER_TIME.search(text):
            continue
        # By its adjective or an inspection after it, a pillar names the report only as the sentence's one pillar
        # ('good for legitimacy in the annual report', after two other pillars' grades, does not).
        # (the programme's name spelt out, its pillars listed together, is none of them: "PEEL inspections (into Police
        # Efficiency, Effectiveness and Legitimacy) – looks at how effective a force is")
        if alone and {p.group().lower() for p in patterns.any_pillar.finditer(text, sentence.start, sentence.end)
                      if not _listed(patterns, text, p.start(), p.end())} - {name}:
            continue
        found.add(name)
    if not found:
        found = _headline_pillar(doc)
    doc.__dict__["_report_pillar"] = found.pop() if len(found) == 1 else None
    return doc.__dict__["_report_pillar"]


# HMIC's report on one pillar's question apart, of December 2015: 'PEEL: Police effectiveness 2015 (Vulnerability)',
# 'HMIC's vulnerability inspection', 'the HMIC report into vulnerability', 'the inspection examines vulnerability',
# 'looked at how effective forces are at protecting vulnerable people (the vulnerable) from harm'.
_VULNERABILITY_REPORT = Caseless(r"\beffectiveness(?: 20\d\d)? \(vulnerability\)|\bvulnerability (?:report|inspection)\b"
                                 r"|\b(?:report|inspection)s? (?:in)?to (?:police effectiveness \()?(?:vulnerability|protecting vulnerable people)\b"
                                 r"|\b(?:report|inspection) (?:examines|examined|looks at|looked at|assesses|assessed) vulnerability\b"
                                 r"|\bhow effective (?:police )?forces (?:are|were) at protecting (?:vulnerable people|those who are vulnerable|the vulnerable)\b",
                                 needs=("vulnerab",))


def report_question(doc: Doc) -> str | None:
    """The area phrase of the one question an article's report is on, when it is such a report: its grade without an
    area is that question's (inspections.py reads it in the cycles that reported on each pillar apart)."""
    if "_report_question" not in doc.__dict__:
        doc.__dict__["_report_question"] = "vulnerability" if _VULNERABILITY_REPORT.search(doc) else None
    return doc.__dict__["_report_question"]


# A page listing several reports, each under its title ('October 2015 – PEEL: Police Efficiency 2015 inspection'): a grade
# with no area in the lines under a title is that report's pillar's, whatever other report the page names (not the title
# of one question's report: 'PEEL: Police effectiveness 2015 (vulnerability)').
_REPORT_HEADING = re.compile(r"[^\n.]{0,40}\bpeel:? police (effectiveness|efficiency|legitimacy)\b(?! ?\()[^\n.]{0,40}", re.I)
_HEADING_REACH = 3  # lines back from a grade to its report's title


# ... or the pillar's question heading its section of an inspectorate page ('How efficient is the force at keeping people
# safe and reducing crime?').
_PILLAR_QUESTION = re.compile(r"\W*how (effective|efficient|legitimate) is the (?:force|constabulary) at keeping people safe "
                              r"and reducing crime\?\W*", re.I)
# A word of a pillar, told apart by its first five letters ('effec', 'effic', 'legit').
_PILLAR_WORD = re.compile(r"\b(?:effective|efficien|legitima)\w*", re.I)


def section_pillar(doc: Doc, pos: int) -> str | None:
    """The pillar of the report whose title, or of the section whose pillar question, heads the lines `pos` is in,
    if one does."""
    index = doc.line_index(pos)
    for line in reversed(doc.lines[max(0, index - _HEADING_REACH):index]):
        m = _REPORT_HEADING.fullmatch(doc.text, line.start, line.end)
        if m:
            return m.group(1).lower()
        m = _PILLAR_QUESTION.fullmatch(doc.text, line.start, line.end)
        if m:
            # (unless the text under it names another pillar: a mid-year page's "To be graded", then a paragraph on the
            # efficiency with which the force …)
            pillar = m.group(1).lower()[:5]
            if any(word.lower()[:5] != pillar for word in _PILLAR_WORD.findall(doc.text, line.end, pos)):
                return None
            return doc.lex.pillar_adjectives[m.group(1).lower()]
    return None


# A pillar's question as a page's heading, a line of its own: 'How effective is the force at keeping people safe and
# reducing crime?' over an inspectorate sub-page, which names no other pillar (the main page names all three).
_HEADING_QUESTION = re.compile(r"(?<![^\n])how \w+ (?:is|does|was) the (?:force|constabulary)\b[^\n?]{0,100}\?[ \t]*(?:\n|$)", re.I)
# 'how effective forces are at ': what the sentence then names is what the report is on.
_AT_WHAT = re.compile(r"(?:\s[\w'’-]+){0,4}? (?:is|are|was|were|has been|have been) at ", re.I)


def _at_question(doc: Doc, pos: int) -> bool:
    """Whether 'how effective' ending at `pos` goes on to name an area other than a pillar ('how effective forces are at
    protecting vulnerable people from harm'): the report is on that question, not the whole pillar."""
    m = _AT_WHAT.match(doc.text, pos)
    return m is not None and any(start == m.end() and key not in doc.lex.pillar_phrases
                                 for start, _, key in doc.found(doc.lex.area_phrases, m.end(), m.end() + 120))


def _pillars_named(doc: Doc, patterns: _Patterns) -> set[str]:
    """The pillars the text names anywhere, by name or adjective."""
    adjectives = doc.lex.pillar_adjectives
    return {p.lower() for p in patterns.any_pillar.findall(doc.text)} | \
        {adjectives[a.lower()] for a in patterns.any_adjective.findall(doc.text)}


def _listed(patterns: _Patterns, text: str, start: int, end: int) -> bool:
    """Whether the pillar at text[start:end] is listed with another ('effectiveness, efficiency and legitimacy')."""
    return bool(patterns.listed.search(text[max(0, start - 20):start]) or patterns.listed.search(text[end:end + 20]))


# ('The graded judgments for effectiveness are due to be published in March 2017.')
_TO_COME = re.compile(r"\b(?:results?|findings|reports?|judge?ments?|gradings?|grades|it|they)(?: (?:for|on|of|into) [\w'’ ]{1,40}?)? "
                      r"(?:is |are |will be )?(?:due|expected) (?:out |to be published )?"
                      r"(?:in|later|next|early|shortly|soon)\b"
                      r"|\bwill be (?:published|released|out) (?:in|later|next|early)\b"
                      r"|\b(?:yet|still) to (?:be )?(?:published|released|report)|\bnot yet (?:been )?(?:published|released|reported)\b", re.I)


_EARLIER_REPORT = re.compile(r"\b(?:last year['’]s|previous|prior|earlier)\b", re.I)
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATED = re.compile(rf"\bin {_MONTHS} (?:19|20)\d\d\b", re.I)
_OTHER_TIME = re.compile(rf"\bin {_MONTHS}\b(?! (?:19|20)\d\d)", re.I)


# "The inspection examined three areas: how well …, how … and how …", "It looked at three questions - …": the
# article counts and lists the areas of its inspection (group 1: the count, in words or digits).
_COUNTED_AREAS = re.compile(r"\b(two|three|four|[234]) (?:\w+ ){0,2}?(?:areas|categories|criteria|questions|headings|"
                            r"strands|themes|aspects|indicators)\b ?(?::|[-–—] |,? namely\b)", re.I)


def areas_listed_before(doc: Doc, pos: int, count: int) -> bool:
    """Whether one of the two sentences before `pos` counts `count` areas and lists them, none a pillar: 'good in
    each of the three categories' after 'the inspection examined three areas: how well the force uses its
    resources …' is about those three (one pillar's questions), never the three pillars."""
    patterns = _pillar_report_patterns(doc.lex)
    index = doc.sentence_index(pos)
    for sentence in doc.sentences[max(0, index - 2):index]:
        for m in _COUNTED_AREAS.finditer(doc.text, sentence.start, sentence.end):
            number = m.group(1).lower()
            listed = doc.text[m.end():sentence.end]
            if number_value(number) == count \
                    and not patterns.any_pillar.search(listed) and not patterns.any_adjective.search(listed):
                return True
    return False


def of_report_pillar(doc: Doc, phrases: tuple[str, ...]) -> bool:
    """Whether an area's phrases name, in every cycle that reported on each pillar apart, a graded question
    of the pillar the article's report is on: 'inadequate for vulnerability' in an article on an effectiveness
    report is that question, as a table's terse name would be."""
    pillar = report_pillar(doc)
    if pillar is None:
        return False
    lex = doc.lex
    for phrase in phrases:
        senses = {p: a for p, a in lex.area_senses.get(phrase, {}).items() if p in lex.reports_by_pillar}
        if not senses or any(area not in lex.graded_questions.get(lex.area_senses[pillar].get(programme, ""), ())
                             for programme, area in senses.items()):
            return False
    return True


def _headline_pillar(doc: Doc) -> set[str]:
    """The pillar a headline grades and no other area ('Kent Police given Good rating for Effectiveness',
    'the only force to hold the top rating for effectiveness'): the article is on that pillar's report."""
    if not doc.sentences:
        return set()
    first = doc.sentences[0]
    areas = {key for _, _, key in doc.found(doc.lex.area_phrases, first.start, first.end)}
    graded = doc.found(doc.lex.grades, first.start, first.end)
    return areas if len(areas) == 1 and graded and areas <= set(doc.lex.pillar_phrases) else set()


# What each pillar of 2015-2017 was "at" (effective, efficient, legitimate at keeping people safe and reducing crime):
# alone it names no pillar, but in an article on one pillar's report it is that report's ('the report finds Kent
# Police requires improvement in keeping people safe and reducing crime').
# ("both require improvement in how they keep people safe and reduce crime", "Good at how they keep …", "rates the force
# as good for keeping people safe …")
_EVERY_PILLARS_AIM = Caseless(r"\b(?:(?<=at )|(?<=in )|(?<=for ))(?:(?:how|the way) (?:it|they|the force|the forces|the constabulary) )?"
                              r"(?:keeping (?:people|the public) safe and (?:reducing|cutting)|keeps? (?:people|the public) safe and (?:reduces?|cuts?)) crimes?\b"
                              # ("good at reducing crime and at keeping people safe")
                              r"|\b(?:(?<=at )|(?<=in )|(?<=for ))(?:reducing|cutting) crime and at keeping (?:people|the public) safe\b")


def with_report_pillar_aim(doc: Doc, region: Span, tokens: list[Token]) -> list[Token]:
    """`tokens` with the pillars' shared aim read as the article's report's pillar, where no other token covers it."""
    pillar = report_pillar(doc)
    if pillar is None:
        return tokens
    # (not after another pillar it is the aim of: "rated the effectiveness of Kent Police at keeping people safe and
    # reducing crime as inadequate" in an article on the efficiency report)
    added = [Token("A", m.start(), m.end(), (pillar,)) for m in _EVERY_PILLARS_AIM.finditer(doc, region.start, region.end)
             if not any(t.start < m.end() and m.start() < t.end for t in tokens)
             and not any(t.kind == "A" and t.value[0] in doc.lex.pillar_phrases and t.value[0] != pillar
                         and 0 <= m.start() - t.end <= 60 for t in tokens)]
    return sorted(tokens + added, key=lambda t: t.start) if added else tokens


_PEEL_OR_PILLAR = re.compile(r"\bPEEL\b|\b(?:effectiveness|efficiency|legitimacy)\b", re.I)


def names_peel(doc: Doc) -> bool:
    """True when the text names PEEL or one of its pillars: an inspection it dates, or grades in PEEL's words, may be
    a PEEL one."""
    return _PEEL_OR_PILLAR.search(doc.text) is not None
