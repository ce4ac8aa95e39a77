"""The inspection's inspectors as the text names them by what they did or whom they speak for, not by a post:
'Jane Roe, who led the inspection', 'the assessment, carried out by Jane Roe', 'Jane Roe, of HMICFRS, said',
'acting on behalf of HM Inspector of Constabulary'; a bare 'Inspector Jane Roe' whose words speak for the
inspectorate ('our last inspection'); and whether an inspector named only after another force's paragraph is
that force's."""
from __future__ import annotations

import itertools
import re

from .. import vocab
from ..facts import Organisation
from .doc import OPENING_MARKS, Caseless, Doc
from .mentions import HONORIFIC, NAME, UPPER, Mentions, clean_name, is_name
from .posts import NAMED_SPEAKER, SAID, TITLED_SURNAME, add_person, chief_inspector_roles, hold_post, without_trailing_words


# Who led the inspection, named by what they did rather than by their post: 'Jane Roe, who led the inspection,
# said', 'Jane Roe, from the inspectorate, who carried out the inspection, said', 'Former HM Inspector Jane Roe, who oversaw the inspection until March', 'the inspection, led by Jane Roe',
# 'the latest assessment, carried out by Jane Roe'.
_LEADER = re.compile(rf"(?=[{UPPER}])(?:{HONORIFIC}\s+)?(?P<name>{NAME}),\s+(?:(?:from|of|at)\s+[^,.;:\"]{{1,80}},\s+)?who\s+(?:had\s+)?(?:(?:led|oversaw|headed|directed|carried out|conducted)\s+"
                     rf"(?:the|this)\s+(?:inspection|assessment|fieldwork)|inspected\s+(?:the|this)\s+(?:force|constabulary))\b"
                     # ... 'the latest analysis, carried out by Jane Roe and drawing on …': up to two words
                     # ('latest', 'PEEL') between 'the' and what was done.
                     # (or 'a 2021/22 inspection carried out by Jo Hall of His Majesty's Inspectorate …')
                     rf"|\b(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts)\s+(?:[\w/-]+\s+){{0,2}}?(?P<what>inspection|assessment|analysis)(?:\s+team)?,?\s+(?:which\s+)?(?:was\s+)?"
                     rf"(?:led|overseen|headed|carried\s+out|conducted)\s+by\s+"
                     rf"(?:{HONORIFIC}\s+)?(?P<passive>{NAME})"
                     # ... and 'the inspector' (lower case: no rank's title) set off beside a name: 'In her report, the
                     # inspector, Jo Hall, said', 'Setting out his findings, inspector, Jo Hall said'. Not a post the
                     # text states, only who led the inspection.
                     rf"|(?:\b[Tt]he|,)\s+inspector,\s+(?:{HONORIFIC}\s+)?(?P<appositive>{NAME})(?=,|\s+{SAID})"
                     # ... and the inspection's lead inspector, before or after the name: 'Lead inspector Jo Hall said', 'Jo
                     # Hall, the lead inspector, said', 'the lead inspector, Jo Hall,' (where the text names the inspectorate).
                     rf"|\b(?:[Tt]he\s+)?[Ll]ead\s+inspector,?\s+(?:{HONORIFIC}\s+)?(?P<lead>{NAME})(?=,|\s+(?:has\s+)?{SAID})"
                     rf"|(?=[{UPPER}])(?:{HONORIFIC}\s+)?(?P<led>{NAME}),\s+(?:the|its|our)\s+lead\s+inspector(?:\s+for\s+[^,.;:\"]{{1,60}})?,")


# ... and an inspector's findings, in a text naming the inspectorate: 'but inspector Jo Hall's findings on the force's
# effectiveness offer some reassurance', 'the lead inspector Jo Hall's report', 'Inspector Jo Hall's verdict'. The
# holder of HM Inspector's post (inspectors_by_their_words); with 'inspector' in lower case (no rank's title), who led
# the inspection too. Not a rank's: 'detective inspector Jo Hall's inquiry'.
# (The look-behinds after the first letter, each a character longer: re skips ahead to an I.)
_INSPECTORS_FINDINGS = re.compile(rf"[Ii](?<![\w-].)(?<![Cc]hief .)(?<![Dd]etective .)(?<![Pp]olice .)nspector\s+(?:{HONORIFIC}\s+)?"
                                  rf"(?P<name>{NAME})['\u2019]s\s+(?:[\w-]+\s+)?(?:findings|report|inspection|assessment|verdict)\b")


# What every _LEADER match holds: most articles have none, and _LEADER is costly to try at every 'the'.
_LEADER_WORDS = Caseless(r"\b(?:led|oversaw|overseen|headed|directed|carried\s+out|conducted|inspected|inspector,|lead\s+inspector)")

# ... or who wrote its report: 'Jane Roe, the inspector who wrote the report,', 'Jane Roe, who wrote the report, said',
# 'Jane Roe, the report's author, said', 'the report's author, Jane Roe', 'the report, written by Jane Roe', 'Report
# author Jane Roe says', 'Written by Jane Roe, the report …'. A report
# is the inspectorate's only where the text names the inspectorate (checked after).
_WROTE = r"(?:wrote|authored|compiled|drew\s+up|(?:had\s+)?written)"
_THE_REPORT = r"(?i:the|this|its|her|his)\s+(?:[\w-]+\s+){0,2}?(?:report|inspection|assessment)"
_REPORTS_AUTHOR = r"(?:(?i:the)\s+)?(?:report|inspection|assessment)['\u2019]s\s+(?:lead\s+)?author|(?i:the)\s+(?:lead\s+)?author\s+of\s+the\s+(?:[\w-]+\s+){0,2}?report"
_AUTHOR = re.compile(rf"(?=[{UPPER}])(?:{HONORIFIC}\s+)?(?P<name>{NAME}),\s+(?:(?:the|an?)\s+(?:lead\s+)?inspector\s+)?who\s+"
                     rf"(?:had\s+)?{_WROTE}\s+{_THE_REPORT}\b"
                     rf"|(?=[{UPPER}])(?:{HONORIFIC}\s+)?(?P<appositive>{NAME}),\s+(?:{_REPORTS_AUTHOR})\b"
                     rf"|\b(?:{_REPORTS_AUTHOR}),\s+(?:{HONORIFIC}\s+)?(?P<before>{NAME})(?=,|\s+{SAID}|\.)"
                     # ... and as a title before the name: 'Report author Jane Roe says …', 'the report's author Jane Roe'.
                     rf"|\b(?:(?i:report)\s+(?:lead\s+)?author|{_REPORTS_AUTHOR})\s+(?:{HONORIFIC}\s+)?(?P<titled>{NAME})"
                     rf"(?=,|\s+(?:has\s+)?{SAID}|\.)"
                     # ... and opening the sentence whose subject is the report: 'Written by Jane Roe and covering …, the report
                     # finds …'.
                     rf"|\b(?:Written|Authored|Compiled)\s+by\s+(?:{HONORIFIC}\s+)?(?P<opening>{NAME})(?=(?:\s+and\s+[^.;:\"]{{1,120}})?,\s+"
                     rf"{_THE_REPORT}\b)"
                     rf"|\b{_THE_REPORT},?\s+(?:which\s+was\s+)?(?:written|authored|compiled)\s+by\s+(?:{HONORIFIC}\s+)?(?P<passive>{NAME})")
# (Words one of which every _AUTHOR match holds, looked for as plain strings: a pattern's search costs more.)
_AUTHOR_WORDS = ("author", "wrote", "written", "compiled", "drew")


# Who speaks for the inspectorate, named with it and no post: 'Jane Roe, from HMIC, said', 'Jane Roe of HMICFRS
# told the panel', and set off by commas: 'The findings were made by Jane Roe, of HMIC, after …'. (The
# inspectorate's name is checked after: the organisations the text names.)
# ... and by what they are there, in words that name no post: 'Jane Roe, the boss at HMIC, had written'.
_OF_ORGANISATION = re.compile(rf"(?=[{UPPER}])(?:{HONORIFIC}\s+)?(?P<name>{NAME})(?P<comma>,?)\s+(?P<what>the\s+(?:boss|head)\s+)?"
                              rf"(?:from|of|at)\s+(?:the\s+)?(?=[A-Z])")
_THEN_SAID = re.compile(rf",?\s+{SAID}")
# ... or after the verb: 'says Jane Roe of HMICFRS, adding that …'.
_SAID_BEFORE = re.compile(r"\b(?:says|said|according to)\s+$")
# ... its initials in brackets after its name, then the comma, or the sentence's end, closing what was set off.
_INITIALS = re.compile(r"\s*(?:\([A-Z&]{2,12}\)|\[[A-Z&]{2,12}\])")
_SET_OFF_CLOSES = re.compile(r"[,;]|\.(?:\s|$)")
# ... and one of its inspectors set off by commas: 'Jane Roe, an HMICFRS inspector, said'.
_AN_ORGANISATIONS = re.compile(rf"(?=[{UPPER}])(?:{HONORIFIC}\s+)?(?P<name>{NAME}),\s+(?:an?|the)\s+(?=[A-Z])")
_INSPECTOR_AFTER = re.compile(r"\s+(?:lead\s+)?inspector\s*,")
# ... and named after the inspectorate's possessive: "HMICFRS's Jane Roe said".
_ITS_OWN = re.compile(rf"['\u2019]s\s+(?:{HONORIFIC}\s+)?(?P<name>{NAME})")

# Who acts for the inspectorate or one of its inspectors: 'Jo Hall, acting on behalf of Her Majesty's Inspector of
# Constabulary, delivers …', 'Jo Hall, on behalf of HMIC, said'. Found from 'on behalf of', the name before it.
# ... or speaks for it, or is one of its inspectors: 'Jo Hall, speaking for HMICFRS, said', 'Jo Hall, an inspector with the
# inspectorate, said'.
_ON_BEHALF = Caseless(r",\s+(?:(?:(?:who\s+(?:is|was)\s+)?(?:acting|speaking|reporting|writing|working)\s+)?(?:on\s+behalf\s+of|for)"
                      r"|(?:(?:an?|the)\s+)?(?:(?:lead|regional|senior)\s+)?inspector\s+(?:with|at|from|for|of))\s+")
_NAME_BEFORE_COMMA = re.compile(rf"(?:^|(?<=[^\w'-]))(?:{HONORIFIC}\s+)?(?P<name>{NAME})$")
_NAME_REACH = 60


def _acting_for_inspectorate(doc: Doc, mentions: Mentions) -> list[tuple[str, int, int]]:
    """(name, start, end) of each person the text says acts on behalf of the inspectorate or of an inspector."""
    lex, found = doc.lex, []
    for m in _ON_BEHALF.finditer(doc):
        # (The inspectorate's name may take in 'the': 'the Inspectorate'.)
        at = m.end() + 4 if doc.text.startswith(("the ", "The "), m.end()) else m.end()
        organisation = mentions.organisation_index.first_starting_from(m.end())
        post = doc.found_at(lex.roles, at, at + 120)
        if not ((organisation is not None and organisation[0] in (m.end(), at) and organisation[2] == lex.inspectorate) or
                (post is not None and lex.role_post_in.get(post[2]) == str(vocab.PEEL.Inspectorate))):
            continue
        named = _NAME_BEFORE_COMMA.search(doc.text, max(0, m.start() - _NAME_REACH), m.start())
        if named and is_name(clean_name(named.group("name"))):
            found.append((clean_name(named.group("name")), named.start("name"), named.end("name")))
    return found


def inspection_leaders(doc: Doc, mentions: Mentions) -> list[str]:
    """The people the text says led the inspection, or who speak for the inspectorate: its inspectors,
    whatever post (or former post, or none) names them."""
    leaders = []
    for m in _LEADER.finditer(doc.text) if _LEADER_WORDS.search(doc) else ():
        group = next(g for g in ("name", "passive", "appositive", "lead", "led") if m.group(g))
        name = clean_name(m.group(group))
        if (m.group("what") == "analysis" or group in ("lead", "led")) and \
                not any(iri == doc.lex.inspectorate for _, _, iri in mentions.organisations):
            continue  # an analysis, or a lead inspector, is the inspectorate's only where the text names the inspectorate
        if is_name(name):
            add_person(doc, mentions, name, m.start(group), m.end(group))
            leaders.append(name)
    if any(iri == doc.lex.inspectorate for _, _, iri in mentions.organisations):
        for m in _INSPECTORS_FINDINGS.finditer(doc.text):
            name = clean_name(m.group("name"))
            if m.group().startswith("i") and is_name(name):
                add_person(doc, mentions, name, m.start("name"), m.start("name") + len(name))
                leaders.append(name)
    lower = doc.lower if doc.lower is not None else doc.text.lower()
    if any(word in lower for word in _AUTHOR_WORDS) and any(iri == doc.lex.inspectorate for _, _, iri in mentions.organisations):
        for m in _AUTHOR.finditer(doc.text):
            group = next(g for g in ("name", "appositive", "before", "passive", "titled", "opening") if m.group(g))
            name = clean_name(m.group(group))
            if is_name(name):
                add_person(doc, mentions, name, m.start(group), m.end(group))
                leaders.append(name)
    for name, start, end in _acting_for_inspectorate(doc, mentions):
        add_person(doc, mentions, name, start, end)
        leaders.append(name)
    text = doc.text
    # (each match is read only before the inspectorate's name)
    names_inspectorate = any(iri == doc.lex.inspectorate for _, _, iri in mentions.organisation_index.items)
    for m in _OF_ORGANISATION.finditer(text) if names_inspectorate else ():
        organisation = mentions.organisation_index.first_starting_from(m.end())
        if organisation is None or organisation[0] != m.end() or organisation[2] != doc.lex.inspectorate:
            continue
        initials = _INITIALS.match(text, organisation[1])
        after = initials.end() if initials else organisation[1]
        if not (_THEN_SAID.match(text, after) or (m.group("comma") and _SET_OFF_CLOSES.match(text, after))
                or (_SAID_BEFORE.search(text, max(0, m.start() - 16), m.start()) and _SET_OFF_CLOSES.match(text, after))):
            continue
        name = clean_name(m.group("name"))
        if is_name(name) and m.group("what") and name not in mentions.people:
            add_person(doc, mentions, name, m.start("name"), m.start("name") + len(name))
        if is_name(name) and name in mentions.people:
            leaders.append(name)
    for m in _AN_ORGANISATIONS.finditer(text) if "nspector," in text else ():
        organisation = mentions.organisation_index.first_starting_from(m.end())
        name = clean_name(m.group("name"))
        if organisation is not None and organisation[0] == m.end() and organisation[2] == doc.lex.inspectorate and \
                _INSPECTOR_AFTER.match(text, organisation[1]) and is_name(name):
            add_person(doc, mentions, name, m.start("name"), m.start("name") + len(name))
            leaders.append(name)
    for start, end, iri in mentions.organisations:
        m = _ITS_OWN.match(text, end) if iri == doc.lex.inspectorate else None
        if m and _THEN_SAID.match(text, m.end()) and is_name(m.group("name")) and m.group("name") in mentions.people:
            leaders.append(m.group("name"))
    return leaders


def speaks_after_another_force(doc: Doc, mentions: Mentions, person: str, main: Organisation | None) -> bool:
    """True when every naming of an inspector comes in a paragraph that names no force, straight after one that
    names another force than the article's and not the article's ('Over the county boundary, Suffolk Police
    have been ranked as good.' / 'HM Inspector X said she was impressed that the force …'): the inspector of
    that force, for all the text says."""
    if main is None:
        return False
    spans = [m.span for m in mentions.memberships if m.person == person and m.organisation.iri == doc.lex.inspectorate]
    if not spans:
        return False
    forces = mentions.force_index
    for span in spans:
        own = doc.lines[doc.line_index(span.start)]
        before = [line for line in doc.lines[:doc.line_index(span.start)] if line.text.strip()][-1:]
        if not before or forces.within(own.start, own.end) or _names_area_of(doc, main, own):
            return False
        # (a force the vocabulary does not know is no other force's inspection: 'Cambridgeshre Police said …', a typo)
        named = {f.iri for _, _, f in forces.within(before[0].start, before[0].end) if f.iri}
        if not named or main.iri in named:
            return False
    return True


_DOUBLE_MARK = re.compile("[\u201c\u201d\"]")


def chief_named_only_in_quotes(doc: Doc, mentions: Mentions, person: str) -> bool:
    """True when the person is HM Chief Inspector, who heads the inspectorate rather than one force's inspection, and
    every naming of them (the name, or the surname alone) stands inside double-quoted words on its line: someone else's
    words about them ('"I want to thank the Chief Inspector, Jo Hall, for her support," he said'), not their speaking
    for the inspection. (A force's words can name its own HMI as the inspection's: 'the findings of Jo Hall, our HMI'.)"""
    chief = chief_inspector_roles(doc.lex)[1]
    if chief is None or not any(m.person == person and m.role == chief for m in mentions.memberships):
        return False
    text, surname = doc.text, person.split()[-1]
    found, line_start, marks, counted_to = False, -1, 0, 0
    for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
        line = doc.lines[doc.line_index(m.start())]
        if line.start != line_start:  # (the marks before it on its line, counted on from the naming before: linear)
            line_start, marks, counted_to = line.start, 0, line.start
        marks += len(_DOUBLE_MARK.findall(text, counted_to, m.start()))
        counted_to = m.start()
        if marks % 2 == 0:
            return False
        found = True
    return found


def _names_area_of(doc: Doc, force: Organisation, line) -> bool:
    """True when the line names the force's police area alone ('said Thames Valley was a force with …')."""
    area = doc.lex.force_area_name.get(force.iri or "")
    return bool(area) and re.search(rf"\b{re.escape(area)}\b", line.text, re.I) is not None


# 'Inspector Jo Hall said:' names a police rank, or (as news shortens it) HM Inspector of Constabulary: the
# inspectorate's inspector where the text names the inspectorate and the words that follow speak for it ('Since our
# last inspection, the force has improved …', 'when we inspected the force'). Not 'Chief Inspector', 'Detective
# Inspector', 'Police Inspector'.
# The title and a name, read once: before a verb of saying ('Inspector Jo Hall said: "…"') or after one ('"Since our
# last inspection, the force has improved," said Inspector Jo Hall'); 'Insp.' written short, but not 'Inspector.',
# which ends its sentence ('The panel thanked the Inspector. Jo Hall closed the meeting').
_INSPECTOR_AND_NAME = rf"(?:Inspector|Insp\.?)\s+(?P<name>{NAME})"
_BARE_INSPECTOR = re.compile(rf"(?=I)(?<![\w-]){_INSPECTOR_AND_NAME}")
_SAID_AFTER = re.compile(rf",?\s+(?:has\s+)?{SAID}")
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|adds)\s+$")
_RANK_BEFORE = re.compile(r"\b(?:chief|ch|detective|det|police|sergeant|sgt)\.?\s+$", re.I)
# ... and, where neither a name of HM Inspectors nor their words make it that post, the police rank with its title
# capitalised ('Inspector Al Lumley gave the Board an update', 'Det Insp Jo Hall'), no inspectorate's title or name
# before it ('HM Inspector', 'Her Majesty's Inspector', 'HMIC Inspector', 'the inspectorate's Inspector'), nor 'Chief'
# (chief inspector, a rank of its own).
_RANK_INSPECTOR = re.compile(rf"(?<![\w'\u2019.-])(?:(?:Detective|Det\.?)\s+)?{_INSPECTOR_AND_NAME}")
_INSPECTORATE_BEFORE = re.compile(r"(?:\bHM|\bHMI|\bHMIC|\bHMICFRS|Majesty['\u2019]s|[Ii]nspectorate['\u2019]?s?|\b[Cc]hief|\b[Ll]ead"
                                  r"|\b[Ii]ndependent)\s+$")
# ... or what 'we' found in an inspection: 'the issues are identical to those we identified in the last inspection'.
_OUR_INSPECTION = re.compile(r"\b(?i:our)\s+(?:[\w-]+\s+){0,2}?inspections?\b|\b(?i:we)\s+(?:have\s+|last\s+)?inspected\b"
                             r"|\b(?i:we)\s+(?:had\s+|have\s+)?(?:identified|found|raised|highlighted|reported|noted|recommended|saw)\b"
                             r"[^.;!?\"]{0,40}?\s(?:in|at|during|since)\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}?inspections?\b")
# ... or judge the force by its name as the inspectorate's releases do: 'I am pleased with the performance of Kent
# Police', 'I am very pleased that Kent Police …' (a police inspector speaks of 'we' and 'our officers').
# ... or speak of the force in the third person, as the inspectorate does of the force it inspected ('Inspector Jo Hall
# said the force must cut the time it takes …'; a police inspector says 'we').
_REPORTS_ON_FORCE = re.compile(r",?\s+(?:has\s+)?(?:said|says|added|adds)\s+(?:that\s+)?"
                               # ('said she accepted the constabulary had faced many challenges')
                               r"(?:(?:she|he)\s+(?:accepted|believed|felt|thought|found|recognised|acknowledged)\s+(?:that\s+)?)?"
                               r"(?:the\s+force|the\s+constabulary)\s+"
                               r"(?:must|should|needs?|needed|had|has|was|is|did|does|could|would)\b")
_JUDGES_FORCE = re.compile(r"\bI\s+am\s+(?:(?:very|particularly|especially|extremely)\s+)?(?:pleased|concerned|disappointed|encouraged|"
                           r"impressed|reassured)\s+(?:with|by|that|about)\s+(?:(?:some|most|many)\s+aspects\s+of\s+)?"
                           r"(?:the\s+(?:performance|progress|way)\s+(?:of|that)\s+)?"
                           r"(?:[A-Z][a-z]+(?:[\s-](?:and\s+)?[A-Z][a-z]+){0,3}\s+(?:Polic|Constab))"
                           # ... or grade it: '"Bedfordshire Police requires improvement at keeping people safe …"'
                           r"|[\"\u201c]\s*[A-Z][a-z]+(?:[\s-](?:and\s+)?[A-Z][a-z]+){0,3}\s+(?:Police|Constabulary)\s+"
                           r"(?:requires\s+improvement|is\s+(?:outstanding|good|adequate|inadequate))\b")
# ... and 'the Inspector' set off before a name, its capital the title's, not a rank's (a rank stands bare before the
# name: 'Inspector Jo Hall'): 'In his report on the force, the Inspector, Jo Hall, says …', as older news names HM
# Inspector in a text naming the inspectorate. (In lower case, 'the inspector, Jo Hall,' names who led the
# inspection, not a post: _LEADER.)
_THE_INSPECTOR = re.compile(rf"(?<![\w-])the\s+Inspector,\s+(?:{HONORIFIC}\s+)?(?P<name>{NAME}),")
# ... and the inspector by what they did for the report, in a text naming the inspectorate: 'Jo Hall, the inspector who
# wrote the report,' (not 'the inspector, Jo Hall, said', who led the inspection: _LEADER); and by their findings
# (_INSPECTORS_FINDINGS).
_THE_REPORTS_INSPECTOR = re.compile(rf"(?=[{UPPER}])(?:{HONORIFIC}\s+)?(?P<name>{NAME}),\s+the\s+(?:lead\s+)?inspector\s+who\s+"
                                    rf"(?:had\s+)?(?:wrote|written|led|oversaw|carried\s+out|conducted)\s+(?:the|this|its)\s+"
                                    rf"(?:[\w-]+\s+)?(?:report|inspection)\b")
_INSPECTOR_WHO = re.compile(r"inspector\s+who\s")  # what every _THE_REPORTS_INSPECTOR holds: found faster
_QUOTE_OPENS = re.compile(f"[{OPENING_MARKS}]")
_FORCE_AFTER_NAME = re.compile(r",?\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:Police|Constabulary)\b")
_WORDS_REACH = 8  # how many lines after the name its speaker's quoted words are read in


def inspectors_by_their_words(doc: Doc, mentions: Mentions, seen: set, default: Organisation | None) -> None:
    """'Inspector Jo Hall said: "… Since our last inspection, the force has improved …"' in a text naming the
    inspectorate: Jo Hall holds HM Inspector of Constabulary."""
    text, lex = doc.text, doc.lex
    if ("Insp" not in text and "inspector" not in text) or \
            not any(iri == lex.inspectorate for _, _, iri in mentions.organisations):
        return  # (every pattern needs the title)
    role = chief_inspector_roles(lex)[0]
    if role is None:
        return
    for m in _THE_INSPECTOR.finditer(text) if "Inspector," in text else ():
        name = clean_name(m.group("name"))
        if is_name(name) and not any(p.person == name for p in mentions.memberships):
            hold_post(doc, mentions, seen, m.start(), m.start("name"), role, m.start("name"), m.start("name") + len(name),
                      None, name, default)
    for m in itertools.chain(_THE_REPORTS_INSPECTOR.finditer(text) if _INSPECTOR_WHO.search(text) else (),
                             _INSPECTORS_FINDINGS.finditer(text)) if "nspector" in text \
            else ():
        name = clean_name(m.group("name"))
        if is_name(name) and not any(p.person == name for p in mentions.memberships):
            hold_post(doc, mentions, seen, m.start(), m.end(), role, m.start("name"), m.start("name") + len(name), None, name,
                      default)
    others = []  # (the title's other uses, read again once the text has shown what it means)
    for m in _BARE_INSPECTOR.finditer(text):
        name = clean_name(without_trailing_words(m.group("name")))
        if not is_name(name) or any(p.person == name for p in mentions.memberships):
            continue
        # (its quoted words after it, or before it on its line, speak for the inspectorate: "our last inspection")
        if (_SAID_AFTER.match(text, m.end("name")) and not _RANK_BEFORE.search(text, max(0, m.start() - 12), m.start())
                and _speaks_for_inspectorate(doc, mentions, name, m.end("name"))) or \
                (_SAID_BEFORE.search(text, max(0, m.start() - 10), m.start()) and
                 _OUR_INSPECTION.search(text, doc.lines[doc.line_index(m.start())].start, m.start())):
            hold_post(doc, mentions, seen, m.start(), m.start("name"), role, m.start("name"),
                      m.start("name") + len(name), None, name, default)
        else:
            others.append((m, name))
    # Where the text's own words have shown that its bare 'Inspector' is HM Inspector's title ('Inspector Jo Hall said:
    # "Since our last inspection …"'), the title is that post wherever else it stands bare: 'Insp Tom Reed stood aside',
    # not after a rank ('Chief Inspector'), nor with a force ('Inspector Tom Reed of Kent Police'). Who holds the post,
    # not that they inspected what the text reports: no inspector of it.
    if others and any(m.role == role and doc.raw[m.span.start:m.span.start + 4] == "Insp" for m in mentions.memberships):
        for m, name in others:
            if not _RANK_BEFORE.search(text, max(0, m.start() - 12), m.start()) and \
                    not _FORCE_AFTER_NAME.match(text, m.start("name") + len(name)) and \
                    not any(p.person == name for p in mentions.memberships):
                hold_post(doc, mentions, seen, m.start(), m.start("name"), role, m.start("name"),
                          m.start("name") + len(name), None, name, default, leads=False)


def police_inspectors(doc: Doc, mentions: Mentions, seen: set, default: Organisation | None) -> None:
    """'Inspector Al Lumley gave the Board an update': the police rank, where the name holds no post yet (not one of HM
    Inspectors by name, nor shown to be one by their words: inspectors_by_their_words, read first)."""
    text, lex = doc.text, doc.lex
    rank = lex.unmatched_roles.get("inspector")
    if rank is None or "Insp" not in text:
        return
    for m in _RANK_INSPECTOR.finditer(text):
        name = clean_name(without_trailing_words(m.group("name")))
        if is_name(name) and vocab.person_key(name) not in lex.inspector_terms and \
                not _INSPECTORATE_BEFORE.search(text, max(0, m.start() - 30), m.start()) and \
                not any(p.person == name for p in mentions.memberships):
            hold_post(doc, mentions, seen, m.start(), m.start("name"), rank, m.start("name"), m.start("name") + len(name),
                      None, name, default)


def _speaks_for_inspectorate(doc: Doc, mentions: Mentions, name: str, pos: int) -> bool:
    """True when the words quoted after text[pos] (the rest of its line, then the lines opening with a quote mark,
    across lines that quote nobody, up to one naming another person) speak of 'our inspection'."""
    text = doc.text
    index = doc.line_index(pos)
    line = doc.lines[index]
    if _OUR_INSPECTION.search(text, pos, line.end) or _JUDGES_FORCE.search(text, pos, line.end) or \
            _REPORTS_ON_FORCE.match(text, pos, line.end):
        return True
    others = [p for p in mentions.people if p != name]
    read = 0
    for line in doc.lines[index + 1:]:
        words = line.text.strip()
        if not words:
            continue
        read += 1
        if read > _WORDS_REACH:
            break
        if _QUOTE_OPENS.match(words):
            if _OUR_INSPECTION.search(words) or _JUDGES_FORCE.search(words):
                return True
        elif any(other in words for other in others) or _another_speaker(words, name):
            break
    return False


def _another_speaker(words: str, name: str) -> bool:
    """True when `words` name someone other than `name` as speaking ('Jo Hall said', 'Mr Reed added')."""
    surname = name.split()[-1]
    return any(m.group("name") != name for m in NAMED_SPEAKER.finditer(words)) or \
        any(m.group("surname") != surname and re.match(rf",?\s+(?:has\s+)?{SAID}", words[m.end():])
            for m in TITLED_SURNAME.finditer(words))
