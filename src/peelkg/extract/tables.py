"""Grades laid out over several lines: a heading and its bulleted areas, a table flattened to
alternating lines (an area on one line, its grade on the next), a table of grades then and now, and
a national list of forces under grade headings.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Organisation
from ..vocab import Phrases
from .doc import Doc, Intervals
from .stated import Stated
from .regions import BULLET
from .patterns import GRADE_NOUN, RATED
from .skeleton import NOW, Skeleton, Timing
from .subjects import default_force, forces_for, lead_force
from .tokens import by_kind, read_tokens

# A heading that a list of areas follows: "The force was found to be good at:", "rated 'good' (one level below
# 'outstanding') at:", "graded as good at:-", "rated it good in each of the three categories HMIC inspected:"
LIST_HEADING = re.compile(rf"§G(?P<g>\d+)§\W{{0,2}}(?: ?\([^()]{{0,80}}\)\W?)? ?(?:{GRADE_NOUN} )?(?:(?:at|in|for|on) ?)?(?:(?:each|all|both) of )?"
                          r"(?:(?:the following|these|those|the|its|§N\d+§) ?){0,2}(?:areas?|categories|questions)?"
                          r"(?: (?:it|they|we|hmic|hmicfrs|inspectors|the inspectorate) (?:inspected|assessed|examined|looked at))? ?:-?$")
# ... or that names its grade as the list's: "Among the report's good gradings are the following areas, which formed part
# of the 2018 inspection."
LIST_HEADING_NOUN = re.compile(r"§G(?P<g>\d+)§\W{0,2} (?:grades|gradings|ratings|judgements) (?:are|were|include|included) "
                               r"(?:the following|these) (?:areas|categories)\b[^§]{0,80}[.:]-?$")
_FOLLOWING = re.compile(r"\b(?:the following|these) (?:areas|categories)\b", re.I)
# ... or that counts the areas it grades, which follow one to a line, bulleted or not: "The three areas where the force was
# rated inadequate are:" (as many area lines as it counts, or none is read).
LIST_HEADING_COUNTED = re.compile(rf"§N(?P<n>\d+)§ (?:\w+ )?(?:areas?|categories) (?:(?:where|in which) (?:the forces?|the constabulary|it|§F\d+§) "
                                  rf"(?:was|were|is|are|has been) )?(?:{RATED} )?(?:as |to be )?\W?§G(?P<g>\d+)§\W? ?"
                                  rf"(?:are|were|include|included)\W*:-?$")
# ... or the grade first: "The force was also rated 'good' in four areas:", "received 'Good' ratings in four areas:"
LIST_HEADING_GRADE_COUNTED = re.compile(rf"(?:{RATED} )?(?:as |to be )?\W?§G(?P<g>\d+)§\W? (?:{GRADE_NOUN} )?(?:in|for|across) §N(?P<n>\d+)§ "
                                        rf"(?:\w+ )?(?:areas?|categories)\W*:-?$")
# An area on a line of its own, perhaps with a second name after a slash or in brackets: "Protecting vulnerable
# people/ supporting victims", "Developing a positive workplace (supporting and protecting the workforce)".
AREA_LINE = re.compile(r"^\W*§A(?P<a>\d+)§(?: ?/ ?[a-z][a-z -]{0,40}| ?\((?:§A\d+§|[a-z][a-z -]{0,60})\))?\W*$")
GRADE_LINE = re.compile(r"^\W*§G(?P<g>\d+)§\W*$")
# A table's grade row flattened to one line: the grade, a colon, and two or more areas, each closed by a full stop or
# apart by semicolons ('Good: Preventing crime. Managing offenders.'; in Welsh, 'Da: Atal trosedd. Rheoli troseddwyr.').
GRADE_ROW = re.compile(r"^\W*§G(?P<g>\d+)§ ?: ?(?:§A\d+§ ?[.;] ?)+§A\d+§ ?[.;]?$")
# Lines a flattened table may hold between an area and its grade ("Last updated 09/11/2017").
_BETWEEN = re.compile(r"(?:last updated|updated|published)\b[\w /:.-]{0,30}$", re.I)


def find_listed(doc: Doc, forces: Intervals, main: Organisation | None) -> list[Stated]:
    return (_headed_lists(doc, forces, main) + _grade_headings(doc, forces, main) + _heading_lines(doc, forces, main)
            + _grade_rows(doc, forces, main) + _alternating(doc, forces, main)
            + _then_and_now(doc, forces, main) + _forces_side_by_side(doc, forces) + _forces_by_grade(doc, forces))


def _headed_lists(doc: Doc, forces: Intervals, main: Organisation | None) -> list[Stated]:
    """'The force was found to be good at:' and the bulleted areas on the lines below it."""
    found: list[Stated] = []
    lines = doc.lines
    for index, line in enumerate(lines):
        colon = line.text.endswith((":", ":-"))
        if not colon and not (line.text.endswith(".") and _FOLLOWING.search(line.text)):
            continue
        tokens = read_tokens(doc, line, forces)
        skeleton = Skeleton(doc, line, tokens)
        m = (LIST_HEADING.search(skeleton.text) if colon else None) or LIST_HEADING_NOUN.search(skeleton.text)
        # (a heading that counts its areas reads unbulleted area lines; "good in four areas:" is a heading of both kinds)
        bulleted = index + 1 < len(lines) and BULLET.match(lines[index + 1].text)
        counted = (LIST_HEADING_COUNTED.search(skeleton.text) or LIST_HEADING_GRADE_COUNTED.search(skeleton.text)) \
            if colon and not (m and bulleted) else None
        m = counted or m
        if not m or skeleton.negated(int(m.group("g"))):
            continue
        grade = by_kind(tokens, "G")[int(m.group("g"))]
        timing = skeleton.timing(skeleton.places["G", int(m.group("g"))])
        graded = forces_for(doc, skeleton, grade.start, default_force(doc, forces, line.start, main))
        items = []
        for item in (lines[i] for i in range(index + 1, len(lines))):
            if counted and not BULLET.match(item.text):
                kind = _line_kind(doc, item, forces)
                if kind is None or kind[0] != "A":
                    break
                items += [(key, kind[1].end) for key in kind[1].value]
                continue
            if not BULLET.match(item.text) or item.text.endswith(":"):
                break  # the list ends, or a bullet heads a list of its own
            items += [(key, end) for _, end, key in doc.found(doc.lex.area_phrases, item.start, item.end)]
        if counted and len(items) != by_kind(tokens, "N")[int(counted.group("n"))].value:
            continue
        for key, end in items:
            for force in graded:
                found.append(Stated(force, (key,), grade.value, doc.span(grade.start, end), timing))
    return found


def _line_kind(doc: Doc, line, forces: Intervals):
    """'G' and the grade for a line that is a grade alone, 'A' and the area for an area alone, else None."""
    if len(line.text) > 120:
        return None
    tokens = read_tokens(doc, line, forces)
    if not tokens or tokens[0].kind not in "GA" or len([t for t in tokens if t.kind != "A"]) > (tokens[0].kind == "G"):
        return None
    skeleton = Skeleton(doc, line, tokens).text
    if tokens[0].kind == "G":
        return ("G", tokens[0]) if len(tokens) == 1 and len(line.text) <= 40 and GRADE_LINE.match(skeleton) else None
    return ("A", tokens[0]) if AREA_LINE.match(skeleton) else None


def _line_kinds(doc: Doc, forces: Intervals) -> list:
    """_line_kind of each of the article's lines, read once (the heading blocks and the flattened tables both ask)."""
    if "_line_kinds" not in doc.__dict__:
        doc.__dict__["_line_kinds"] = [_line_kind(doc, line, forces) for line in doc.lines]
    return doc.__dict__["_line_kinds"]


def _heading_blocks(doc: Doc, forces: Intervals) -> list[list[tuple[str, object, bool]]]:
    """Runs of lines that each hold a grade alone or an area alone, (kind, token, bulleted) per line,
    that open with a grade line and end with an area line, with no grade line straight after
    another: a grade heading over its area lines, then the next heading. (A run that opens with an
    area is a table flattened to alternating lines: _alternating reads it.)"""
    if "_heading_blocks" in doc.__dict__:
        return doc.__dict__["_heading_blocks"]
    blocks, run = [], []
    for line, kind in zip(doc.lines + [None], _line_kinds(doc, forces) + [None]):
        if kind is not None:
            run.append((*kind, bool(BULLET.match(line.text))))
            continue
        if run and run[0][0] == "G" and run[-1][0] == "A" \
                and not any(a[0] == b[0] == "G" for a, b in zip(run, run[1:])):
            blocks.append(run)
        run = []
    doc.__dict__["_heading_blocks"] = blocks
    return blocks


def _grade_headings(doc: Doc, forces: Intervals, main: Organisation | None) -> list[Stated]:
    """A grade alone on a line ('Requires improvement'), then bullets that each name an area."""
    found: list[Stated] = []
    lines = doc.lines
    for index, line in enumerate(lines[:-1]):
        if len(line.text) > 40 or BULLET.match(line.text):
            continue
        tokens = read_tokens(doc, line, forces)
        if len(tokens) != 1 or tokens[0].kind != "G" or not GRADE_LINE.match(Skeleton(doc, line, tokens).text):
            continue
        for item in lines[index + 1:]:
            if not BULLET.match(item.text):
                break
            areas = read_tokens(doc, item, forces)
            if len(areas) == 1 and areas[0].kind == "A" and AREA_LINE.match(Skeleton(doc, item, areas).text):
                for force in _owner(doc, forces, line.start, main):
                    found.append(Stated(force, areas[0].value, tokens[0].value, doc.span(tokens[0].start, areas[0].end)))
    return found


def _heading_lines(doc: Doc, forces: Intervals, main: Organisation | None) -> list[Stated]:
    """A grade alone on a line ('Good'), then the areas it grades, each alone on its line and not
    bulleted (_grade_headings reads bullets under a plain grade line), perhaps then the next grade and its areas;
    or a bulleted grade over bulleted areas ('• Good' then '- Preventing crime')."""
    found: list[Stated] = []
    for block in _heading_blocks(doc, forces):
        if all(bulleted for kind, _, bulleted in block if kind == "A") \
                and not any(bulleted for kind, _, bulleted in block if kind == "G"):
            continue
        owners = _owner(doc, forces, block[0][1].start, main)
        grade = None
        for kind, token, bulleted in block:
            if kind == "G":
                grade = token
                continue
            for force in owners:
                found.append(Stated(force, token.value, grade.value, doc.span(grade.start, token.end)))
    return found


def _grade_rows(doc: Doc, forces: Intervals, main: Organisation | None) -> list[Stated]:
    """A grade and its areas on one line, the areas closed by full stops: GRADE_ROW (a sentence ends at each stop, so
    the sentence patterns read the first area alone)."""
    found: list[Stated] = []
    for line in doc.lines:
        colon = line.text.find(":")
        # (a grade's name, then its areas apart by stops or semicolons: whatever else has no tokens read)
        if len(line.text) > 400 or not 0 < colon <= 30 or (". " not in line.text[colon:] and ";" not in line.text[colon:]):
            continue
        tokens = read_tokens(doc, line, forces)
        if len(tokens) < 3 or tokens[0].kind != "G" or any(t.kind != "A" for t in tokens[1:]) \
                or not GRADE_ROW.match(Skeleton(doc, line, tokens).text):
            continue
        for force in _owner(doc, forces, line.start, main):
            for area in tokens[1:]:
                found.append(Stated(force, area.value, tokens[0].value, doc.span(tokens[0].start, area.end)))
    return found


def _after_areas(doc: Doc, forces: Intervals, index: int, area: tuple[str, ...]) -> bool:
    """Whether the two lines before line `index`, an area's, each name another area alone: a run of area lines, no
    table flattened to alternating lines (one row's grade cell may be empty; a pillar's heading over its question,
    'Legitimacy' / 'How legitimate is …?', is one row)."""
    kinds = _line_kinds(doc, forces)[max(0, index - 2):index]
    return len(kinds) == 2 and all(k is not None and k[0] == "A" and not any(
        set(doc.lex.area_senses.get(a, {}).values()) & set(doc.lex.area_senses.get(b, {}).values())
        for a in k[1].value for b in area) for k in kinds)


def _alternating(doc: Doc, forces: Intervals, main: Organisation | None) -> list[Stated]:
    """A table flattened to lines: an area alone on its line, and alone on the next line (blank
    lines and a 'Last updated …' line aside) a grade. An area line followed by another area line
    has no grade, nor has one after two other areas' lines: the lines alternate no more, and the grade
    line may head the areas after it as well ('A / B / C / Requires improvement / D / E')."""
    found: list[Stated] = []
    lines = doc.lines
    headed = {token.start for block in _heading_blocks(doc, forces) for kind, token, _ in block if kind == "A"}
    for index, line in enumerate(lines[:-1]):
        if len(line.text) > 120:
            continue
        tokens = read_tokens(doc, line, forces)
        if tokens and tokens[0].start in headed:
            continue  # an area under a grade heading, not a row of a flattened table
        m = AREA_LINE.match(Skeleton(doc, line, tokens).text) if len(tokens) == 1 else None
        if not m or _after_areas(doc, forces, index, tokens[0].value):
            continue
        following = lines[index + 1]
        if _BETWEEN.match(following.text) and index + 2 < len(lines):
            following = lines[index + 2]
        grade_tokens = read_tokens(doc, following, forces)
        if len(grade_tokens) != 1 or not GRADE_LINE.match(Skeleton(doc, following, grade_tokens).text):
            continue
        area, grade = tokens[0], grade_tokens[0]
        if area.kind != "A" or grade.kind != "G":
            continue
        for force in _owner(doc, forces, line.start, main):
            found.append(Stated(force, area.value, grade.value, doc.span(area.start, grade.end)))
    return found


# The heading of a table column of grades, and when they were given: "2021/22 grade", "Previous grade", "New rating".
_COLUMN_EARLIER = re.compile(r"\b(?:previous(?:ly)?|last|old|earlier|before|was|then)\b", re.I)
_COLUMN_NOW = re.compile(r"\b(?:new|current|latest|now|this)\b", re.I)
_COLUMN_YEARS = re.compile(r"\b(?:19|20)\d\d(?:\s?[/–-]\s?\d\d(?:\d\d)?)?\b")


def _column_timing(heading: str) -> Timing | None:
    """When a column's grades were given, as its heading says; None when it does not say."""
    years = tuple(m.group() for m in _COLUMN_YEARS.finditer(heading))
    earlier, now = bool(_COLUMN_EARLIER.search(heading)), bool(_COLUMN_NOW.search(heading))
    if years and not (earlier or now):
        return Timing(False, years)
    if earlier != now and not years:
        return Timing(True, ()) if earlier else NOW
    return None


# A cell of a line without pipes: words apart by single spaces, its neighbours beyond a tab or two spaces or more.
_CELL = re.compile(r"\S+(?: \S+)*")


def _cells(line) -> list[tuple[int, int]]:
    """Where a table line's cells are: apart at '|' (the pipes that open and close a Markdown row hold none: '| Area |
    Grade |' has two cells), else at tabs or runs of spaces, as a table copied from a page or laid out in plain text."""
    text = line.text
    first, last = len(text) - len(text.lstrip()), len(text.rstrip())
    if "|" not in text:
        return [(line.start + m.start(), line.start + m.end()) for m in _CELL.finditer(text, first, last)]
    if text.startswith("|", first) and last - first > 1 and text.endswith("|", 0, last):
        first, last = first + 1, last - 1
    cells, start = [], first
    for cell in text[first:last].split("|"):
        cells.append((line.start + start, line.start + start + len(cell)))
        start += len(cell) + 1
    return cells


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _rows(doc: Doc, index: int):
    """The lines under a table's header line, up to a blank line (a table ends with its paragraph)."""
    lines, end = doc.lines, doc.lines[index].end
    for row in lines[index + 1:]:
        if _BLANK_LINE.search(doc.text, end, row.start):
            return
        yield row
        end = row.end


def _then_and_now(doc: Doc, forces: Intervals, main: Organisation | None) -> list[Stated]:
    """A table of an area's grades in two or more columns, each headed by when they were given
    ('Area | 2021/22 grade | 2023–25 grade', 'Area | Previous | New'), then a row per area. A
    column whose heading does not tell when gives nothing."""
    found: list[Stated] = []
    lines = doc.lines
    for index, header in enumerate(lines):
        cells = [doc.text[start:end] for start, end in _cells(header)]
        if len(cells) < 3 or doc.found(doc.lex.grades, header.start, header.end):
            continue
        timings = [_column_timing(cell) for cell in cells[1:]]
        if sum(t is not None for t in timings) < 2:
            continue
        # Columns headed by years: the newest is the inspection reported on, the others earlier ones.
        dated = [t.years[0][:4] for t in timings if t is not None and t.years]
        timings = [Timing(True, t.years) if t is not None and t.years and t.years[0][:4] < max(dated) else t for t in timings]
        owners = _owner(doc, forces, header.start, main)
        for row in _rows(doc, index):
            row_cells = [doc.span(start, end) for start, end in _cells(row)]
            if len(row_cells) != len(cells):
                break
            areas = [t for t in read_tokens(doc, row_cells[0], forces) if t.kind == "A"]
            if len(areas) != 1:
                continue
            for cell, timing in zip(row_cells[1:], timings):
                grades = [t for t in read_tokens(doc, cell, forces) if t.kind == "G"] if cell.text.strip() else []
                if timing is None or len(grades) != 1:
                    continue
                for force in owners:
                    found.append(Stated(force, areas[0].value, grades[0].value, doc.span(areas[0].start, grades[0].end), timing))
    return found


def _force_cell(doc: Doc, start: int, end: int) -> Organisation | None:
    """The force a table cell names and nothing else ('Kent', 'Essex Police'), if any."""
    named = _force_line(doc, doc.span(start, end))
    if len(named) != 1:
        return None
    first, last, iri = named[0]
    return Organisation(doc.lex.label[iri], iri, doc.span(first, last))


def _grade_cell(doc: Doc, cell, forces: Intervals):
    """The grade a table cell (or a line) holds and nothing else, if any."""
    tokens = read_tokens(doc, cell, forces) if cell.text.strip() else []
    if len(tokens) == 1 and tokens[0].kind == "G" and GRADE_LINE.match(Skeleton(doc, cell, tokens).text):
        return tokens[0]
    return None


def _area_cells(doc: Doc, forces: Intervals, cells: list[tuple[int, int]]):
    """The area each cell names and nothing else, or None if a cell does not."""
    heads = []
    for start, end in cells:
        tokens = read_tokens(doc, doc.span(start, end), forces)
        if len(tokens) != 1 or tokens[0].kind != "A" or not _LIST_GLUE.fullmatch(doc.text, start, tokens[0].start) \
                or not _LIST_GLUE.fullmatch(doc.text, tokens[0].end, end):
            return None
        heads.append(tokens[0])
    return heads


def _forces_side_by_side(doc: Doc, forces: Intervals) -> list[Stated]:
    """A table of two or more forces' grades, apart by pipes, tabs or runs of spaces: a header of a first cell then one
    force to a column ('Area | Kent | Essex') over a row per area, or then one area to a column ('Force | Preventing
    crime | Investigating crime') over a row per force. A grade alone in its cell is its row's and column's. A header
    cell that is anything but one force's (or one area's) name gives nothing."""
    found: list[Stated] = []
    lines = doc.lines
    for index, header in enumerate(lines):
        cells = _cells(header)
        if len(cells) < 3 or doc.found(doc.lex.grades, header.start, header.end):
            continue
        column_forces = [_force_cell(doc, start, end) for start, end in cells[1:]]
        forces_across = all(column_forces) and len({force.iri for force in column_forces}) == len(column_forces)
        heads = column_forces if forces_across else _area_cells(doc, forces, cells[1:])
        if heads is None:
            continue
        for row in _rows(doc, index):
            row_cells = [doc.span(start, end) for start, end in _cells(row)]
            if len(row_cells) < 2 or len(row_cells) > len(cells):
                break
            if len(row_cells) < len(cells):
                continue  # (an empty cell, lost between tabs: no telling which column each grade is in)
            if forces_across:
                areas = [t for t in read_tokens(doc, row_cells[0], forces) if t.kind == "A"]
                lead = areas[0] if len(areas) == 1 else None
            else:
                lead = _force_cell(doc, row_cells[0].start, row_cells[0].end)
            if lead is None:
                continue
            for cell, head in zip(row_cells[1:], heads):
                grade = _grade_cell(doc, cell, forces)
                if grade is not None:
                    force, area = (head, lead) if forces_across else (lead, head)
                    found.append(Stated(force, area.value, grade.value, doc.span(row_cells[0].start, grade.end)))
    return found


def _owner(doc: Doc, forces: Intervals, position: int, main: Organisation | None) -> list[Organisation]:
    """Whose grades a table or list of lines gives: the force its lead names, else the article's."""
    force = lead_force(doc, forces, position, main)
    return [force] if force is not None and force.iri else []


# What may stand between the forces of a list line: "Avon & Somerset, Cheshire, … West Yorkshire and Wiltshire".
_LIST_GLUE = re.compile(r"(?:[\s,;.•*:-]|\band\b|&)*")
_FORCE_WORD = re.compile(r"\s+(?:police(?: service)?|constabulary)$", re.I)
_FORCES_WORD = re.compile(r"\bforces\b", re.I)


@lru_cache(maxsize=4)
def _short_force_names(lex) -> Phrases:
    """Every force by its area name and by its labels without 'Police' or 'Constabulary' ('Durham',
    'Met', 'Hampshire'), with 'and' or '&' alike: how a national list names forces."""
    pairs = [(name, iri) for iri, name in lex.force_area_name.items()]
    pairs += [(name, iri) for label, iri in lex.forces.concept_of.items() for name in (label, _FORCE_WORD.sub("", label))]
    pairs += [(name.replace(" and ", " & "), iri) for name, iri in list(pairs)]
    return Phrases.build(pairs)


def _force_line(doc: Doc, line) -> list[tuple[int, int, str]]:
    """The forces a line lists when it holds nothing else (names, commas, 'and'), else []."""
    found = list(_short_force_names(doc.lex).finditer(doc.text, line.start, line.end))
    cursor = line.start
    for start, end, _ in found + [(line.end, line.end, "")]:
        if not _LIST_GLUE.fullmatch(doc.text, cursor, start):
            return []
        cursor = end
    return found


def _forces_by_grade(doc: Doc, forces: Intervals) -> list[Stated]:
    """A national list: a line naming one area and the forces and ending with ':' ('HMIC graded forces
    for their overall effectiveness as follows:'), then a grade alone on a line ('Good') over lines
    that list forces and nothing else; each listed force has that grade for that area."""
    found: list[Stated] = []
    lines = doc.lines
    for index, line in enumerate(lines):
        if not line.text.rstrip().endswith(":") or not _FORCES_WORD.search(line.text):
            continue
        tokens = read_tokens(doc, line, forces)
        areas = by_kind(tokens, "A")
        if len(areas) != 1 or len(areas[0].value) != 1 or by_kind(tokens, "G"):
            continue
        grade = None
        for item in lines[index + 1:]:
            heading = _grade_cell(doc, item, forces)
            if heading is not None:
                grade = heading
                continue
            listed = _force_line(doc, item) if grade else []
            if not listed:
                break
            for start, end, iri in listed:
                force = Organisation(doc.lex.label[iri], iri, doc.span(start, end))
                found.append(Stated(force, areas[0].value, grade.value, doc.span(grade.start, end)))
    return found
