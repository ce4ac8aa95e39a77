"""Grades a sentence gives by referring back to the sentence before: "Each was rated good" after a list of
areas, "good in the first area but requires improvement in the other three" after a counted list, "That one area
was investigating crime" after a count of one, "These were A, B and C" after a count of as many."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .doc import Doc, Intervals
from .patterns import (A_LIST, AMONG_ITEM, AMONG_ITEMS, AMONG_THEM, COUNTED_HEADINGS, EACH, ORDINAL, OTHERS, PARTS_GRADED, THAT_AREA, THESE_WERE,
                       THIS_IS_AN_AREA, THOSE_AREAS, THOSE_AREAS_GRADED, IN_EACH_AREA, NOW_IT_IS, SO_TOO_FORCES)
from .skeleton import Skeleton, Token
from .stated import GradedParts, Stated, StatedCount
from .subjects import forces_for
from .tokens import by_kind, read_tokens

if TYPE_CHECKING:
    from .pairing import Reader


def _sentence_before(doc: Doc, skeleton: Skeleton, grades: list[Token], forces: Intervals, reader: Reader,
                     pattern: re.Pattern[str], same_paragraph: bool = False, anywhere: bool = False):
    """Where a sentence grades what the sentence before it names ('Each was rated good', 'This is an area that requires
    improvement'): the match of `pattern` (at the sentence's start, or `anywhere`), its grade, that sentence and its
    tokens; None when the pattern does not match, its grade is denied or a gloss, or no sentence (in the same
    paragraph, if asked) comes before."""
    m = pattern.search(skeleton.text) if anywhere else pattern.match(skeleton.text)
    index = doc.sentence_index(skeleton.region.start) - 1
    if not m or index < 0 or skeleton.negated(int(m.group("g"))) or reader.gloss(grades[int(m.group("g"))]):
        return None
    before = doc.sentences[index]
    if same_paragraph and not _same_paragraph(doc, before.end, skeleton.region.start):
        return None
    return m, grades[int(m.group("g"))], before, read_tokens(doc, before, forces)


def _same_paragraph(doc: Doc, end: int, start: int) -> bool:
    """Whether text ending at `end` and text starting at `start` are in one paragraph (no line break between)."""
    return "\n" not in doc.text[end:start]


def _state(doc: Doc, skeleton: Skeleton, grade: Token, g: int, areas: list[Token], listed: Skeleton, reader: Reader) -> None:
    timing = reader.timing(skeleton, skeleton.places["G", g])
    for area in areas:
        for force in forces_for(doc, listed, area.start, reader.main):
            reader.stated.append(Stated(force, area.value, grade.value, doc.span(area.start, grade.end), timing))


def each(doc: Doc, skeleton: Skeleton, grades: list[Token], forces: Intervals, reader: Reader) -> None:
    found = _sentence_before(doc, skeleton, grades, forces, reader, EACH)
    if found is None:
        return
    m, grade, before, tokens = found
    areas = by_kind(tokens, "A")
    if len(areas) < 2 or by_kind(tokens, "G"):
        return
    listed = Skeleton(doc, before, tokens)
    if any(len(re.findall(r"§A\d+§", item.group())) == len(areas) for item in re.finditer(A_LIST, listed.text)):
        _state(doc, skeleton, grade, int(m.group("g")), areas, listed, reader)


_COUNTED_REACH = 3  # sentences back a counted 'those three areas' may refer


def those_areas(doc: Doc, skeleton: Skeleton, grades: list[Token], numbers: list[Token], forces: Intervals,
                reader: Reader) -> None:
    """'In each area it was graded good', 'It was rated inadequate in all three of those areas', after a sentence that
    lists as many areas and no grade."""
    opening = IN_EACH_AREA.match(skeleton.text) is not None
    pattern = IN_EACH_AREA if opening else THOSE_AREAS if THOSE_AREAS.search(skeleton.text) else THOSE_AREAS_GRADED
    found = _sentence_before(doc, skeleton, grades, forces, reader, pattern, anywhere=not opening)
    if found is None:
        return
    m, grade, before, tokens = found
    areas = by_kind(tokens, "A")
    n = m.groupdict().get("n") or m.groupdict().get("n2")
    # ("… how the force investigates crime, responds to the public and keeps track of offenders." / a sentence naming no
    # area / "… found the force inadequate in those three areas": a counted reference reaches past sentences naming none)
    index = doc.sentence_index(before.start)
    while n and not areas and index > 0 and doc.sentence_index(skeleton.region.start) - index < _COUNTED_REACH:
        index -= 1
        before = doc.sentences[index]
        tokens = read_tokens(doc, before, forces)
        areas = by_kind(tokens, "A")
    stated = numbers[int(n)].value if n else 2 if "both" in m.group() else len(areas)
    if len(areas) < 2 or by_kind(tokens, "G") or stated != len(areas):
        return
    _state(doc, skeleton, grade, int(m.group("g")), areas, Skeleton(doc, before, tokens), reader)


def now_again(doc: Doc, skeleton: Skeleton, grades: list[Token], forces: Intervals, reader: Reader) -> None:
    """'This time it is good' after a sentence, in the same paragraph, that gives one area an earlier inspection's grade
    and no grade now ('Two years ago the force was rated inadequate for protecting vulnerable people.')."""
    found = _sentence_before(doc, skeleton, grades, forces, reader, NOW_IT_IS, same_paragraph=True)
    if found is None:
        return
    m, grade, before, tokens = found
    areas, graded = by_kind(tokens, "A"), by_kind(tokens, "G")
    listed = Skeleton(doc, before, tokens)
    if len({a.value for a in areas}) == 1 and graded and \
            all(listed.timing(listed.places["G", i]).earlier for i in range(len(graded))):
        _state(doc, skeleton, grade, int(m.group("g")), areas[:1], listed, reader)


def this_area(doc: Doc, skeleton: Skeleton, grades: list[Token], forces: Intervals, reader: Reader) -> None:
    """'This is an area that requires improvement' after a sentence, in the same paragraph, that names one area and no grade."""
    found = _sentence_before(doc, skeleton, grades, forces, reader, THIS_IS_AN_AREA, same_paragraph=True)
    if found is None:
        return
    m, grade, before, tokens = found
    areas = by_kind(tokens, "A")
    if len(areas) == 1 and not by_kind(tokens, "G"):
        _state(doc, skeleton, grade, int(m.group("g")), areas, Skeleton(doc, before, tokens), reader)


_PLACES = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "last": -1, "final": -1, "former": 0, "latter": -1}


def _listed_items(doc: Doc, forces: Intervals, index: int) -> list[list[Token]] | None:
    """The items of the list the sentence `index` counts and gives ('It assessed four areas: A; B and C; D'),
    each its areas, when it lists exactly as many as it counts and grades none of them; else None."""
    if index < 0:
        return None
    sentence = doc.sentences[index]
    tokens = read_tokens(doc, sentence, forces)
    if by_kind(tokens, "G"):
        return None
    listed = Skeleton(doc, sentence, tokens)
    m = COUNTED_HEADINGS.search(listed.text)
    if not m:
        return None
    areas, numbers = by_kind(tokens, "A"), by_kind(tokens, "N")
    body = m.group("list").rstrip(" .?!")
    if ";" in body:  # items apart by semicolons, each naming one or more areas
        parts = [re.findall(r"§A(\d+)§", part) for part in body.split(";")]
    else:
        whole = re.fullmatch(A_LIST, body)
        parts = [[a] for a in re.findall(r"§A(\d+)§", body)] if whole else []
    if not parts or not all(parts) or len(parts) != numbers[int(m.group("n"))].value:
        return None
    return [[areas[int(a)] for a in part] for part in parts]


def _places(which: str, k: int | None) -> list[int]:
    """The places of the items 'the first', 'the last', 'the first two', 'the last three' name ([] for 'the second two')."""
    if k is None:
        return [_PLACES[which]]
    return list(range(k)) if which == "first" else list(range(-k, 0)) if which in ("last", "final") else []


def ordinals(doc: Doc, skeleton: Skeleton, grades: list[Token], numbers: list[Token], forces: Intervals,
              reader: Reader) -> None:
    """'good in the first area but requires improvement in the other three': each grade for the items of the
    list the sentence before counts and gives, by place ('first', 'last') or as the rest ('the other three',
    as many as the rest)."""
    places = [(m, _places(m.group("which"), numbers[int(m.group("k"))].value if m.group("k") else None))
              for m in ORDINAL.finditer(skeleton.text)]
    rest = list(OTHERS.finditer(skeleton.text))
    if not places and not rest:
        return
    items = _listed_items(doc, forces, doc.sentence_index(skeleton.region.start) - 1)
    if items is None:
        return
    # Only places the list has ('the fourth' of three: nothing), and 'the former', 'the latter' of two only.
    places = [(m, chosen) for m, chosen in places if chosen and all(-len(items) <= i < len(items) for i in chosen)
              and (len(items) == 2 or m.group("which") not in ("former", "latter"))]
    taken = {place % len(items) for _, chosen in places for place in chosen}
    others = [i for i in range(len(items)) if i not in taken]
    for m in rest:
        if m.group("n") is None or numbers[int(m.group("n"))].value == len(others):
            places.append((m, others))
    for m, chosen in places:
        g = int(m.group("g"))
        if skeleton.negated(g) or reader.gloss(grades[g]):
            continue
        grade, timing = grades[g], reader.timing(skeleton, skeleton.places["G", g])
        for force in forces_for(doc, skeleton, grade.start, reader.main):
            for i in chosen:
                for area in items[i]:
                    reader.stated.append(Stated(force, area.value, grade.value, doc.span(grade.start, skeleton.position(m.end())), timing))


def that_area(skeleton: Skeleton, area: Token, counts: list[StatedCount], reader: Reader) -> None:
    """'That one area was investigating crime', after a sentence that counted one area with a grade."""
    single = [c for c in counts if c.count == 1]
    if len(single) == 1 and THAT_AREA.match(skeleton.text):
        count = single[0]
        reader.stated.append(Stated(count.force, area.value, count.grade, reader.doc.span(count.span.start, area.end), count.timing))


# A region that may give the forces of the grade before it ("So too was Essex Police."): read even with no grade or number.
SO_TOO_OPENING = re.compile(r"\W*(?:and |but )?so (?:too )?(?:was|were|did)\b", re.I)


def so_too(doc: Doc, skeleton: Skeleton, before: list[Stated], reader: Reader) -> None:
    """'So too was Essex Police.', in the paragraph of a sentence that gives one grade now: that grade, for that
    sentence's areas, is the named forces' too (`before`: what the sentence before states)."""
    if not SO_TOO_FORCES.match(skeleton.text) or not _same_paragraph(doc, before[0].span.end, skeleton.region.start) \
            or len({s.grade for s in before}) != 1 or any(s.timing.earlier for s in before):
        return
    for token in skeleton.f_tokens:
        if token.value.iri is not None:
            reader.stated += [replace(s, force=token.value, span=doc.span(s.span.start, token.end)) for s in before]


# A region that may list what the count before it counted ("These were …"): read even with no grade or number.
THESE_OPENING = re.compile(r"\W*(?:these|they|those|the|among)\b", re.I)


def these_were(skeleton: Skeleton, areas: list[Token], counts: list[StatedCount], reader: Reader) -> None:
    """'These were A, B and C', after a sentence whose last count ('good in three areas') counts as many, and no
    other count of the sentence does; 'Among them were A and B', 'They included A': no more than it counts."""
    m = THESE_WERE.match(skeleton.text)
    if m is None or not counts:
        return
    listed = [areas[int(a)] for a in re.findall(r"§A(\d+)§", m.group("areas"))]
    count = counts[-1]
    fits = count.count >= len(listed) if m.group("some") or m.group("among") else count.count == len(listed)
    if not fits or sum(c.count == count.count for c in counts) != 1:
        return
    for area in listed:
        reader.stated.append(Stated(count.force, area.value, count.grade, reader.doc.span(count.span.start, area.end), count.timing))


def parts_graded(doc: Doc, skeleton: Skeleton, grades: list[Token], areas: list[Token], reader: Reader) -> list[GradedParts]:
    """'… when parts of its performance were judged to be inadequate': the grade of parts the sentence does not name,
    for among_parts to give the next sentence's areas."""
    m = PARTS_GRADED.search(skeleton.text) if len(grades) == 1 and not areas else None
    if m is None or skeleton.negated(0) or reader.gloss(grades[0]):
        return []
    timing = reader.timing(skeleton, skeleton.places["G", 0])
    span = reader.doc.span(skeleton.position(m.start()), grades[0].end)
    return [GradedParts(force, grades[0].value, span, timing) for force in forces_for(doc, skeleton, grades[0].start, reader.main)]


def among_parts(skeleton: Skeleton, areas: list[Token], parts: list[GradedParts], reader: Reader) -> None:
    """'Among them were A, B and C' after parts_graded: those areas have its grade (an item the vocabulary does not know,
    'missing chances to safeguard victims', among them)."""
    m = AMONG_THEM.match(skeleton.text) if parts else None
    # (split, not one pattern over the list: an unknown item and the words that join items would match in many ways)
    if m is None or not all(AMONG_ITEM.fullmatch(item) for item in AMONG_ITEMS.split(m.group("items").strip())):
        return
    listed = [areas[int(a)] for a in re.findall(r"§A(\d+)§", m.group("items"))]
    for part in parts:
        for area in listed:
            reader.stated.append(Stated(part.force, area.value, part.grade, reader.doc.span(part.span.start, area.end), part.timing))
