"""Grades laid out over several lines: a heading and its bulleted areas, and a table flattened to
alternating lines (an area on one line, its grade on the next).
"""
from __future__ import annotations

import re

from ..facts import Organisation
from .doc import Doc, Intervals
from .grading import BULLET, Stated, by_kind, read_tokens
from .subjects import forces_for
from .skeleton import Skeleton

# A heading that a list of areas follows: "The force was found to be good at:"
LIST_HEADING = re.compile(r"§G(?P<g>\d+)§\W{0,2} ?(?:(?:at|in|for|on) ?)?(?:(?:the following|these|those|the|its|§N\d+§) ?)?(?:areas?)? ?:$")
# An area on a line of its own, perhaps with a second name after a slash: "Protecting vulnerable people/ supporting victims".
AREA_LINE = re.compile(r"^\W*§A(?P<a>\d+)§(?: ?/ ?[a-z][a-z -]{0,40})?\W*$")
GRADE_LINE = re.compile(r"^\W*§G(?P<g>\d+)§\W*$")
# Lines a flattened table may hold between an area and its grade ("Last updated 09/11/2017").
_BETWEEN = re.compile(r"(?:last updated|updated|published)\b[\w /:.-]{0,30}$", re.I)


def find_listed(doc: Doc, forces: Intervals, main: Organisation | None) -> list[Stated]:
    return _headed_lists(doc, forces, main) + _grade_headings(doc, forces, main) + _alternating(doc, forces, main)


def _headed_lists(doc: Doc, forces: Intervals, main: Organisation | None) -> list[Stated]:
    """'The force was found to be good at:' and the bulleted areas on the lines below it."""
    found: list[Stated] = []
    lines = doc.lines
    for index, line in enumerate(lines):
        if not line.text.endswith(":"):
            continue
        tokens = read_tokens(doc, line, forces)
        skeleton = Skeleton(doc, line, tokens)
        m = LIST_HEADING.search(skeleton.text)
        if not m or skeleton.negated(int(m.group("g"))):
            continue
        grade = by_kind(tokens, "G")[int(m.group("g"))]
        timing = skeleton.timing(skeleton.places["G", int(m.group("g"))])
        graded = forces_for(doc, skeleton, grade.start, main)
        for item in (lines[i] for i in range(index + 1, len(lines))):
            if not BULLET.match(item.text) or item.text.endswith(":"):
                break  # the list ends, or a bullet heads a list of its own
            for start, end, key in doc.found(doc.lex.area_phrases, item.start, item.end):
                for force in graded:
                    found.append(Stated(force, (key,), grade.value, doc.span(grade.start, end), timing))
    return found


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
                for force in [main] if main is not None and main.iri else []:
                    found.append(Stated(force, areas[0].value, tokens[0].value, doc.span(tokens[0].start, areas[0].end)))
    return found


def _alternating(doc: Doc, forces: Intervals, main: Organisation | None) -> list[Stated]:
    """A table flattened to lines: an area alone on its line, and alone on the next line (blank
    lines and a 'Last updated …' line aside) a grade. An area line followed by another area line
    has no grade."""
    found: list[Stated] = []
    lines = doc.lines
    for index, line in enumerate(lines[:-1]):
        if len(line.text) > 120:
            continue
        tokens = read_tokens(doc, line, forces)
        m = AREA_LINE.match(Skeleton(doc, line, tokens).text) if len(tokens) == 1 else None
        if not m:
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
        for force in [main] if main is not None and main.iri else []:
            found.append(Stated(force, area.value, grade.value, doc.span(area.start, grade.end)))
    return found
