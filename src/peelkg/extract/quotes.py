"""Quoted passages: where a text's double- and single-quoted words are, as typed, with
mismatched and missing closing marks (a quote still open at the end of its paragraph)."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..facts import Span
from .doc import Doc

MIN_QUOTE_WORDS = 5


@dataclass(frozen=True)
class Quote:
    start: int  # inside the marks
    end: int
    line: Span
    closed: bool = True  # False: still open at the end of its paragraph (it goes on in the next)


_DOUBLE_QUOTE = re.compile("[\u201c\u201d\"]")
# A single-quoted passage: an opening mark before a letter ('is ‘proud of the changes’', or an ellipsis and
# a letter: 'called it ‘…an example to others’'), not after a letter,
# a mark or punctuation (checked after it, so that re can jump from one mark to the next), to the first closing mark
# after a letter or punctuation and before no letter. Not a possessive's mark typed after a space ('Norfolk ’s approach').
_SINGLE_OPENING = re.compile(r"['\u2018](?<![\w'.,]['\u2018])(?!s\b)(?=[A-Za-z]|(?:\u2026|\.\.\.) ?[A-Za-z])")
_SINGLE_CLOSING = re.compile(r"(?<=[\w.,!?])['\u2019](?![\w])")
# A plural noun's possessive mark, then a word in lower case ('the officers’ hard work').
_PLURAL_POSSESSIVE = re.compile(r"s['\u2019] [a-z]")
_POSSESSIVES_PASSED = 3
# ... not an acronym's possessive before a word in lower case ("HMICFRS' latest report").
_ACRONYM_POSSESSIVE = re.compile(r"(?<![\w'])[A-Z]{2,}S['\u2019](?= [a-z])")


def single_quoted(text: str):
    """(start, end) inside the marks of each single-quoted passage, as the one pattern
    `opening(.+?)closing` finds them, but with each closing mark found once: that pattern sought
    one from every opening mark to the end of the line, quadratic in a line of opening marks."""
    possessives = {m.end() - 1 for m in _ACRONYM_POSSESSIVE.finditer(text)} if "S'" in text or "S\u2019" in text else ()
    closings = [m.start() for m in _SINGLE_CLOSING.finditer(text) if m.start() not in possessives]
    openings = list(_SINGLE_OPENING.finditer(text))
    starts = [m.start() for m in openings]
    free_from = 0
    for opening in openings:
        if opening.start() < free_from:
            continue
        i = bisect.bisect_left(closings, opening.start() + 2)  # at least one character inside
        if i == len(closings):
            return
        # A plural's possessive mark before a word in lower case ("‘The officers’ hard work …,’ said Ms Hall") closes
        # nothing where another closing mark follows with no opening mark between.
        # (A few at most: each opening mark would walk on over a line of them.)
        for _ in range(_POSSESSIVES_PASSED):
            if i + 1 == len(closings) or not _PLURAL_POSSESSIVE.match(text, closings[i] - 1) or \
                    bisect.bisect_left(starts, closings[i]) != bisect.bisect_left(starts, closings[i + 1]):
                break
            i += 1
        if "\n" not in text[opening.start():closings[i]]:  # (a line holds none)
            yield opening.start() + 1, closings[i]
            free_from = closings[i] + 1


# A quote inside a quote closes within a few words: '"… found the Met to be "good", especially …"'.
_NESTED_WORDS = 6


def _opens(raw: str, i: int, line: Span) -> bool:
    """A mark typed as an opening one: white space (or the line's start, a bracket, or a colon: 'said:"We …') before
    it, a word after it."""
    return (i == line.start or raw[i - 1].isspace() or raw[i - 1] in "([:") and i + 1 < line.end and not raw[i + 1].isspace()


def _closes(raw: str, i: int, line: Span) -> bool:
    """A mark typed as a closing one: a word or punctuation before it, or white space after it."""
    return (i > line.start and not raw[i - 1].isspace()) or i + 1 == line.end or raw[i + 1].isspace()


def _nested(raw: str, marks: list[tuple[int, str]], opened: int, k: int, closing_after: list[bool], line: Span) -> bool:
    """True when marks[k], inside the quote marks[opened] opened, opens a quote inside it: the next
    mark closes it within a few words, and (where both are typed alike) a mark after that closes
    the outer one. `closing_after[j]`: a closing mark comes after marks[j]."""
    if k + 1 >= len(marks):
        return False
    (i, ch), (j, _) = marks[k], marks[k + 1]
    if not _opens(raw, i, line) or not _closes(raw, j, line) or len(raw[i + 1:j].split()) > _NESTED_WORDS:
        return False
    if (ch == '"') != (raw[marks[opened][0]] == '"'):  # curly marks inside straight ones, or the other way round
        return True
    # ... or, typed alike, inside a sentence that goes on after it: 'graded as “good” in cutting crime'
    # (the outer quote may then run on into the next paragraph unclosed).
    return closing_after[k + 1] or bool(_MID_SENTENCE_BEFORE.search(raw, max(line.start, i - 20), i) and
                                        _MID_SENTENCE_AFTER.match(raw, j + 1, line.end))


# A word before an inner quote's opening mark with no punctuation between, and after its closing mark
# the sentence going on in lower case.
_MID_SENTENCE_BEFORE = re.compile(r"[a-z]\s$")
_MID_SENTENCE_AFTER = re.compile(r"[,;]?\s+[a-z]")


# A quote left open, then its attribution glued on as a new sentence before the next quote opens:
# '“… already taking steps to progress…Chief Constable Jo Hall said: “There are …' (a page's
# copy repeated with no closing mark). The attribution is not the quote's.
# (or after a comma, the quote's closing mark lost before it: '"I am proud of the force, said Mr Scott. "Our …')
_GLUED_ATTRIBUTION = re.compile("(?:[.!?\u2026]\\s*(?P<attribution>[A-Z][^.!?\u2026\"\u201c\u201d\\n]{0,80}?\\s"
                                "(?:said|says|added|adds|continued|commented|explained|stated)\\s*:?\\s*)"
                                "|(?P<comma>,\\s*(?:(?:said|says|added|adds|continued|explained)\\s+[^.!?,\"\u201c\u201d\\n]{1,60}?"
                                "|(?:he|she|they|[A-Z][^.!?,\"\u201c\u201d\\n]{0,60}?)\\s+(?:said|says|added|adds|continued|explained))"
                                "[.,]\\s*))$")
_GLUED_REACH = 120


# A double quote's first words (a hundred characters at most) closed by a single mark: a letter before it, and after it
# white space and a word in lower case going on with the sentence ('"good' in all', '"… in how it manages offenders' and
# praised'), not a plural's possessive ("the forces' own").
_SINGLE_CLOSES = re.compile("[^'\u2018\u2019\"\u201c\u201d\n]{0,100}?[a-z]['\u2019](?=[^\\S\n]+(?:in|at|for|on|and|by|with|from|to|across|overall)\\b)")


def _double_quoted(raw: str, line: Span) -> list[Quote]:
    """The double-quoted passages of one paragraph. Curly marks say which way they face, a straight
    mark which way it is typed ('to be "good", especially'); a quote inside a quote is part of it;
    a quote still open at a new opening mark or at the end of its paragraph ends there."""
    quotes: list[Quote] = []
    marks = [(m.start(), m.group()) for m in _DOUBLE_QUOTE.finditer(raw, line.start, line.end)]
    closing_after = [False] * len(marks)
    for j in range(len(marks) - 2, -1, -1):
        closing_after[j] = closing_after[j + 1] or _closes(raw, marks[j + 1][0], line)
    open_at: int | None = None
    opened = 0  # the index of the mark that opened the open quote
    k = 0
    while k < len(marks):
        i, ch = marks[k]
        if open_at is None:
            # A closing mark with no quote open is a quote begun in an earlier paragraph: nothing opens.
            # ... but for one opening its paragraph before a word: the page typed a closing mark for an opening one
            # ('”It is also pleasing …'), or after the colon that introduces it ('Mr Hall added: ”We are …').
            # ... or mid-sentence, white space before it and a word after, a mark closing it later in the paragraph
            # ('the force was ”having to make … regime.”').
            if ch == "\u201c" or (ch == '"' and not (_closes(raw, i, line) and not _opens(raw, i, line))) or \
                    (ch == "\u201d" and raw[i + 1:i + 2].isalpha() and
                     (not raw[line.start:i].strip() or raw[line.start:i].rstrip().endswith(":") or
                      (raw[i - 1].isspace() and closing_after[k]))):
                open_at, opened = i + 1, k
        elif i == open_at and ch != "\u201d" and i + 1 < line.end and not raw[i + 1].isspace():
            open_at = i + 1  # an opening mark typed twice ('said: ““We accept …'): the quote opens after both
        elif _nested(raw, marks, opened, k, closing_after, line):
            k += 1  # past the inner quote's closing mark too
        elif ch == "\u201d" or (_closes(raw, i, line) and not _opens(raw, i, line)) or \
                (ch == "\u201c" and raw[i + 1:i + 2].isspace()):  # '… addressed. “ Mr Jones said'
            quotes.append(Quote(open_at, i, line))
            open_at = None
        else:  # a new quote opens before the open one was closed
            glued = _GLUED_ATTRIBUTION.search(raw, max(open_at, i - _GLUED_REACH), i)
            end = i
            if glued:
                end = glued.start("attribution") if glued.group("attribution") is not None else glued.start("comma")
            quotes.append(Quote(open_at, end, line))
            open_at, opened = i + 1, k
        k += 1
    if open_at is not None:
        # (Left open, but a single mark closes its first few words: the page mismatched the marks, 'to be "good' in all
        # areas inspected. She also …' quotes one word, not the paragraph.)
        mismatched = _SINGLE_CLOSES.match(raw, open_at, line.end)
        quotes.append(Quote(open_at, mismatched.end() - 1, line) if mismatched else Quote(open_at, line.end, line, closed=False))
    return quotes


# A paragraph that opens with a single mark and is not closed: a quote that goes on in the next
# paragraph, as British news writes quotes of several paragraphs in single marks.
_SINGLE_PARAGRAPH = re.compile(r"[^\S\n]*['\u2018](?=[A-Z])")
# ... or a single mark after a colon, not closed in its paragraph: "Mr Scott said: ‘We are proud …" / "‘We will …’".
_SINGLE_AFTER_COLON = re.compile(r":[^\S\n]*['\u2018](?=[A-Z])")
_PAGE_END = re.compile(r"\s*\Z")


def _wrapped_paragraphs(doc: Doc) -> list[list[Span]]:
    """The lines, each with the lines wrapped after it inside its sentence: the next line follows with
    no blank line between and starts in lower case ('… keeping people safe' / 'and reducing crime.”').
    A double-quoted passage runs through them as through one paragraph."""
    groups: list[list[Span]] = []
    for line in doc.lines:
        if groups and line.start == groups[-1][-1].end + 1 and doc.raw[line.start:line.start + 1].islower():
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def find_quotes(doc: Doc) -> list[Quote]:
    """Quoted passages, double-quoted (per paragraph) and single-quoted. A quote's line is the one it
    opens on."""
    quotes: list[Quote] = []
    left_open = False  # the paragraph before ended inside a double-quoted passage
    for group in _wrapped_paragraphs(doc):
        first = group[0]
        double = [Quote(q.start, q.end, first, q.closed)  # disjoint, in text order
                  for q in _double_quoted(doc.raw, Span(first.start, group[-1].end, ""))]
        if left_open:
            # A quote left open goes on in this paragraph, whose opening mark the page lost: its words up to the
            # first closing mark, where no mark opens before it ('… the same grading.' / 'We have changed our
            # approach …."').
            double[:0] = _continued(doc.raw, Span(first.start, group[-1].end, ""), first, double)
        if double:
            left_open = not double[-1].closed
        elif left_open and doc.text[first.start:group[-1].end].strip():  # (a blank line keeps a quote open)
            left_open = False
        quotes += double
        starts = [q.start for q in double]
        for line in group:
            singles = [(line.start + start, line.start + end) for start, end in single_quoted(doc.text[line.start:line.end])]
            for start, end in singles:
                # Words quoted inside a quote are part of it ('"… at risk of ‘being unable to keep people safe’."').
                i = bisect.bisect_right(starts, start) - 1
                if i < 0 or end > double[i].end:
                    quotes.append(Quote(start, end, line))
            opening = _SINGLE_PARAGRAPH.match(doc.text, line.start, line.end)
            # (The last quote starting before the line's end is the one that can reach into it: they are disjoint.)
            last = bisect.bisect_left(starts, line.end) - 1
            in_double = last >= 0 and double[last].end > line.start
            # (A passage from the paragraph's mark that holds an opening mark of its own ends at the inner quote's
            # closing mark: "‘… adds ‘requires improvement’ to …": the paragraph is the quote.)
            nested = bool(singles and singles[0][0] == opening.end() and
                          _SINGLE_OPENING.search(doc.text, opening.end(), singles[0][1])) if opening else False
            if opening and not in_double and not (singles and singles[0][0] == opening.end() and not nested) and \
                    _ends_paragraph(doc, line):
                if nested and Quote(singles[0][0], singles[0][1], line) in quotes:
                    quotes.remove(Quote(singles[0][0], singles[0][1], line))
                quotes.append(Quote(opening.end(), line.end, line, closed=False))
            elif not opening and not in_double and _ends_paragraph(doc, line):
                after_colon = _SINGLE_AFTER_COLON.search(doc.text, line.start, line.end)
                if after_colon and not any(start >= after_colon.end() - 1 for start, _ in singles) and \
                        not (last >= 0 and double[last].end > after_colon.start()):
                    quotes.append(Quote(after_colon.end(), line.end, line, closed=False))
                elif _PAGE_END.match(doc.text, line.end):
                    quotes += _cut_single(doc, line, singles, double[last].end if last >= 0 else line.start)
    return [q for q in sorted(quotes, key=lambda q: (q.start, q.end))
            if _words(doc, q) >= MIN_QUOTE_WORDS and not _a_name(doc, q) and not _COLUMN_GAP.search(doc.text, q.start, q.end)]


# A gap of spaces between words on one line: a page set in columns, read across them. A quote over it runs on into the
# next column's words ('“many outstanding elements of      has enough resources to …'), whose they are not.
_COLUMN_GAP = re.compile(r"\S[^\S\n]{4,}\S")


# A name in quote marks, no one's words: in title case ('the joint effort the “Best of the Blue Team”'), or before the
# noun it names ('keeps to the ‘best use of stop and search’ scheme', 'its “Safer Streets for All” campaign').
# (Its parts may be set apart by commas or dashes: 'the “Your County, Your Police, Your View” campaign', the report
# ‘Policing in Austerity – Meeting the Challenge’.)
_TITLE_CASE = re.compile(r"[^\S\n]*(?:(?:[A-Z][\w'\u2019&-]*,?|of|the|and|for|in|on|to|a|an|at|by|with|or|&|[-\u2013\u2014])[^\S\n]+)*"
                         r"[A-Z][\w'\u2019&-]*[^\S\n]*")
_NAMED_NOUN = re.compile(r"[^\S\n]*(?:scheme|programme|program|initiative|campaign|project|strategy|policy|plan|framework|"
                         r"award|awards|model|charter|pledge|standard|operation|unit|team|slogan|motto|banner|brand|label|"
                         r"category|report|review|inquiry|conference|event|week|day|month)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|our|his|her|this|that)[^\S\n]+$", re.I)


def _a_name(doc: Doc, quote: Quote) -> bool:
    text = doc.text
    if _TITLE_CASE.fullmatch(text, quote.start, quote.end) and any(c.islower() for c in text[quote.start:quote.end]):
        return True  # (not words in capitals: 'WE WILL NOT LET THE PUBLIC DOWN' is shouted, not a title)
    return quote.closed and _NAMED_NOUN.match(text, quote.end + 1) is not None and \
        _DETERMINER_BEFORE.search(text, max(0, quote.start - 8), quote.start - 1) is not None


def _continued(raw: str, paragraph: Span, line: Span, double: list[Quote]) -> list[Quote]:
    """The quote from the paragraph's first word to its first double mark, where that mark can only close (a word
    or punctuation before it, white space or the paragraph's end after it) and no quote of the paragraph starts
    before it."""
    start = paragraph.start
    while start < paragraph.end and raw[start].isspace():
        start += 1
    m = _DOUBLE_QUOTE.search(raw, start, paragraph.end)
    if m is None or m.start() == start or raw[m.start() - 1].isspace() or not _closes(raw, m.start(), paragraph) or \
            _opens(raw, m.start(), paragraph) or (double and double[0].start <= m.start()):
        return []
    return [Quote(start, m.start(), line)]


def _cut_single(doc: Doc, line: Span, singles: list[tuple[int, int]], after: int) -> list[Quote]:
    """On the page's last line, a single mark opening mid-sentence that nothing closes: a quote the page's end cuts
    short ('… but ‘we are all disappointed that our efforts in some h'). Only after every quote of the line."""
    text = doc.text
    start = max([after] + [end + 1 for _, end in singles])
    opening = _SINGLE_OPENING.search(text, start, line.end)
    if opening is None or _SINGLE_CLOSING.search(text, opening.end(), line.end):
        return []
    return [Quote(opening.end(), line.end, line, closed=False)]


def _ends_paragraph(doc: Doc, line: Span) -> bool:
    """True when a line ends as a quote paragraph left open does: with a sentence's end or a comma, or cut
    short by the end of the page ('‘There are significant improvements needed in some')."""
    return doc.text[line.start:line.end].rstrip().endswith((".", "!", "?", ",")) or _PAGE_END.match(doc.text, line.end) is not None


def _words(doc: Doc, quote: Quote) -> int:
    """The quote's words; where the page stops inside a word ('their “pride and commitment in p'),
    that word was cut and counts for none: what was quoted may have been a fragment."""
    words = doc.text[quote.start:quote.end].split()
    cut = not quote.closed and not doc.text[quote.end:].strip() and words and words[-1][-1].isalnum()
    return len(words) - bool(cut)
