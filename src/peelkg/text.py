"""Reading articles and their metadata, and splitting text into offset-preserving pieces.

Offsets are code points into the text exactly as read (RFC 5147 `char=` fragments).
Matching works on `fold()`, a copy of the text of the same length, so every match
offset is also an offset into the original.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .facts import Metadata, Source, Span
from .limits import MAX_ARTICLE_BYTES
from .vocab import fold

METADATA_SUFFIX = ".meta.toml"
METADATA_KEYS = {"title", "publisher", "url", "published", "kind"}
SOURCE_KINDS = {"press release", "news article"}


class InputError(Exception):
    """Bad input: the message names the file (and the place) and the problem."""


QUOTE_EDGES = " \t\n\"'.,;:!?"  # marks and punctuation that frame a quote rather than belong to it


def quote_key(text: str) -> str:
    """What makes two quotes the same: case, quote marks, dashes, spacing and end punctuation aside."""
    return re.sub(r"\s+", " ", fold(text)).strip(QUOTE_EDGES).lower()



# Control characters other than tab and line breaks, and the C1 block: never text, and a NUL
# or an escape sequence would travel into every serialisation and page that shows the text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


# HTML's character references, as text copied out of a web page or a feed keeps them ('Police&#8217;s', '&quot;good&quot;',
# 'Fire &amp; Rescue'): the patterns read the characters. Only complete references (with the semicolon) are read, and
# only those HTML names: 'R&D', 'Q&A' and '&c.' stay as written.
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@dataclass(frozen=True)
class Note:
    """A warning about an input file, placed like a compiler's (line 0: the file as a whole)."""

    file: Path
    line: int
    column: int
    code: str
    message: str


def read_source(path: Path, *, max_bytes: int | None = MAX_ARTICLE_BYTES, notes: list[Note] | None = None) -> Source:
    """Read one article (UTF-8) and the optional curator metadata beside it.

    Line ends are line feeds, whatever the file's (CRLF, CR). An article over `max_bytes` is refused; HTML character
    references are read as their characters and control characters are removed, each with a note (appended to
    `notes`) giving the place of the first."""
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise InputError(f"{path}: {size:,} bytes, over the limit of {max_bytes:,} for one article "
                             "(--max-article-bytes)")
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror}") from err
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise InputError(f"{path}:{line}: not UTF-8 text (byte {err.start}: {err.reason})") from err
    if text.startswith("\ufeff"):
        raise InputError(f"{path}:1:1: starts with a byte-order mark; save the file as UTF-8 without BOM")
    references = [m for m in _CHARACTER_REFERENCE.finditer(text) if html.unescape(m.group()) != m.group()]
    if references:
        first = references[0]
        before = text[:first.start()]
        text = _CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group()), text)
        if notes is not None:
            notes.append(Note(path, before.count("\n") + 1, first.start() - before.rfind("\n"), "character-reference",
                              f"{len(references)} HTML character reference(s) read as the characters they stand for, "
                              f"the first {first.group()}"))
    # Windows' and old Macs' line ends are line ends, as Python's universal newlines read them: the patterns read line
    # feeds ('Good' + CR is no grade line).
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    control = _CONTROL.search(text)
    if control is not None:
        before = text[:control.start()]
        count = len(_CONTROL.findall(text))
        text = _CONTROL.sub("", text)
        if notes is not None:
            notes.append(Note(path, before.count("\n") + 1, control.start() - before.rfind("\n"), "control-character",
                              f"{count} control character(s) removed, the first U+{ord(control.group()):04X}"))
    if not text.strip():
        raise InputError(f"{path}: the article is empty")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Source(id=digest[:16], name=path.name, text=text, sha256=digest,
                  metadata=read_metadata(metadata_path(path)))


def metadata_path(article: Path) -> Path:
    return article.with_name(article.stem + METADATA_SUFFIX)


def read_metadata(path: Path) -> Metadata:
    if not path.exists():
        return Metadata()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror}") from err
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: not valid TOML: {err}") from err
    unknown = sorted(set(raw) - METADATA_KEYS)
    if unknown:
        raise InputError(f"{path}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(METADATA_KEYS))}")
    for key, value in raw.items():
        expected = dt.date if key == "published" else str
        if not isinstance(value, expected) or isinstance(value, dt.datetime):
            kind = "a date (published = 2024-10-17)" if key == "published" else "a string"
            raise InputError(f"{path}: '{key}' must be {kind}")
        if isinstance(value, str) and _CONTROL.search(value):
            raise InputError(f"{path}: '{key}' holds a control character")
    if raw.get("kind") is not None and raw["kind"] not in SOURCE_KINDS:
        raise InputError(f"{path}: 'kind' must be one of {', '.join(sorted(SOURCE_KINDS))}")
    if raw.get("url") is not None and not is_web_url(raw["url"]):
        raise InputError(f"{path}: 'url' must be an absolute http or https URL without spaces "
                         f"(https://example.org/page), not {raw['url']!r}")
    return Metadata(**raw)


# Words common in Welsh prose that are no English words ('yr', 'mae', 'heddlu'): an article in Welsh is about a fifth
# of them, one in English next to none (at most 1% over the real-world corpus).
_WELSH_WORDS = frozenset("y yr mae yn ac wedi bod gan roedd oedd sydd fod hyn gyda ein ei ym yng nid ydym rydym heddlu "
                         "mewn hefyd ond fel".split())
_WORDS = re.compile(r"[^\W\d_]+")


def in_welsh(text: str) -> bool:
    """Whether the text is written in Welsh, wholly or half (a bilingual page): a tenth of its words or more are
    _WELSH_WORDS."""
    lowered = text.lower()
    if " yn " not in lowered and " yr " not in lowered:
        return False  # (prose in Welsh is full of both: most texts are told at the cost of two scans)
    words = _WORDS.findall(lowered)
    welsh = sum(word in _WELSH_WORDS for word in words)
    return welsh >= 8 and welsh >= len(words) / 10


# What a web page's advertising leaves in copied text, often glued to the next word ('Hide AdChief
# Constable …', 'Hide Ad“I thank …”'): never the article's words; nor the label a news page puts before a picture's
# caption, glued to it when copied ('image captionChief Constable Richard Lewis set out …').
_CLUTTER = re.compile(r"(?<![A-Za-z])Hide Ad|(?<![A-Za-z])[Ii]mage caption(?=[A-Z])"
                      r"|^[^\S\n]*(?:Advertisement|ADVERTISEMENT)(?=[A-Z\"'\u201c\u2018]|[^\S\n]*$)", re.M)


def blank_clutter(text: str) -> str:
    """`text` with a web page's advertising clutter blanked out (same length: offsets survive)."""
    if "Hide Ad" not in text and "dvertisement" not in text and "ADVERTISEMENT" not in text and "mage caption" not in text:
        return text  # (most texts: str.find passes over them faster than the pattern, which opens on no word)
    return _CLUTTER.sub(lambda m: " " * len(m.group()), text)


# Markdown's emphasis, as a page converted to Markdown keeps it ("- **Preventing crime:** Good", "*Requires
# improvement*", "__Good__"): its marks around words on one line, not a word's own asterisks ("s***hole") nor a bullet.
_EMPHASIS = re.compile(r"(?<![\w*])(\*\*|__|\*)(?=[^\s*_])[^\n]*?(?<=[^\s*_])\1(?![\w*])")


def blank_emphasis(text: str) -> str:
    """`text` with Markdown's emphasis marks blanked out (same length: offsets survive)."""
    if "*" not in text and "__" not in text:
        return text
    chars = None
    for m in _EMPHASIS.finditer(text):
        chars = chars or list(text)
        marks = len(m.group(1))
        chars[m.start():m.start() + marks] = chars[m.end() - marks:m.end()] = " " * marks
    return text if chars is None else "".join(chars)


# A table's dotted leaders between a line's two cells, as a report or minutes converted from PDF set them ("Preventing
# crime ........ Good", ". . . . ."): text on both sides on one line, more dots than an ellipsis or a stray run has.
_LEADERS = re.compile(r"(?<=\S)[^\S\n]*(?:\.{6,}|(?:\. ){4,}\.|\u2026{3,})[^\S\n]*(?=[^\s.])")


def blank_leaders(text: str) -> str:
    """`text` with dotted leaders blanked out (same length: offsets survive), so that their cells stand apart as a
    table's do."""
    if "......" not in text and ". . . ." not in text and "\u2026\u2026\u2026" not in text:
        return text
    return _LEADERS.sub(lambda m: " " * len(m.group()), text)


# A run of "Area: grade" pairs with nothing between them, as an infographic's alternative text flattens its tiles
# ("… in these areas: Preventing crime: good Treatment of the public: good Managing offenders: adequate"): each pair
# is a line of a list.
_GRADE_WORD = r"(?i:outstanding|good|adequate|requires improvement|inadequate)"
_PAIR = rf"[A-Z][\w,'\u2019 -]{{2,80}}: {_GRADE_WORD}"
_RUN_ON_PAIRS = re.compile(rf"{_PAIR}(?: {_PAIR})+\b")
_PAIR_START = re.compile(rf"\b{_GRADE_WORD}( )(?=[A-Z])")


def separate_run_on_pairs(text: str) -> str:
    """`text` with a line break for the space before each pair of a run of "Area: grade" pairs (same length: offsets
    survive)."""
    if ": " not in text:
        return text
    chars = None
    for run in _RUN_ON_PAIRS.finditer(text):
        chars = chars or list(text)
        if text.endswith(": ", 0, run.start()):
            chars[run.start() - 1] = "\n"
        for gap in _PAIR_START.finditer(text, run.start(), run.end()):
            chars[gap.start(1)] = "\n"
    return text if chars is None else "".join(chars)


# A word that print split with a hyphen at a line's end, the break kept or flattened to a space ("out- standing",
# "In-\nspector", as OCR'd pages give them; "commis-\n\nsioner" across a column's or a page's end).
_SPLIT_WORD = re.compile(r"(?<![\w-])([A-Za-z]+)-(?: |\n{1,3})([a-z]+)\b")


def join_split_words(text: str, words: frozenset[str]) -> tuple[str, dict[int, int]]:
    """`text` with each word print split at a line's end joined again where the joined word, or its halves
    hyphenated ('anti- social'), is one of `words` (lower case): a grade, an area's or a title's word. The joined word
    is followed by spaces (same length: offsets survive); with it, where each joined word now ends -> where its split
    form ended, so that evidence quotes the whole of it."""
    if "- " not in text and "-\n" not in text:
        return text, {}
    ends: dict[int, int] = {}

    def join(m: re.Match) -> str:
        for joined in (m.group(1) + m.group(2), f"{m.group(1)}-{m.group(2)}"):
            if joined.lower() in words:
                ends[m.start() + len(joined)] = m.end()
                return joined + " " * (len(m.group()) - len(joined))
        return m.group()
    return _SPLIT_WORD.sub(join, text), ends


# A drop cap: a paragraph's first word in capitals before a capitalised word ("RON Hogg has held on to his post").
_DROP_CAP = re.compile(r"^([^\S\n]*)([A-Z])([A-Z]{1,15})(?= ([A-Z][a-z]+)\b)", re.M)
# (a vowel inside the word: not an acronym such as 'PCC', 'ACC' or 'DCC', which may stand before a surname)
_INNER_VOWEL = re.compile(r"[AEIOUY].")
_STYLED_SURNAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.? ([A-Z][a-z]+)\b")


def drop_caps(text: str) -> str:
    """`text` with a paragraph's first word in capitals written in title case where it is a first name: where the
    word after it is a surname the text names with a style elsewhere ('RON Hogg …' and 'Mr Hogg said'); an acronym
    before a name ('ACC Hall … Mr Hall') is left alone (same length: offsets survive)."""
    styled = None

    def title(m: re.Match) -> str:
        nonlocal styled
        if not _INNER_VOWEL.search(m.group(3)):
            return m.group()
        if styled is None:
            styled = set(_STYLED_SURNAME.findall(text))
        return m.group(1) + m.group(2) + m.group(3).lower() if m.group(4) in styled else m.group()
    return _DROP_CAP.sub(title, text)


def is_web_url(url: str) -> bool:
    """An absolute http(s) URL with a host, and nothing a URL cannot hold unescaped."""
    if re.search(r"[\s<>\"{}|\\^`]", url):
        return False
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def span(text: str, start: int, end: int) -> Span:
    """The span [start, end) with surrounding white space trimmed."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end])


def lines(text: str) -> list[Span]:
    """Non-blank lines."""
    return [span(text, m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


# Words a sentence does not end with: a line ending with one goes on in the next.
_MID_SENTENCE_WORDS = frozenset("a an the of to in on at for with by from and or but that which who its their his her our "
                                "is was are were has have had be been as into than".split())


def ends_mid_sentence(line: str) -> bool:
    """Whether a line ends with a word no sentence ends with ('… and graded the' / 'Kent Police force …'),
    a mark after it aside."""
    words = line.rsplit(None, 1)
    return bool(words) and re.sub(r"\W$", "", words[-1]).lower() in _MID_SENTENCE_WORDS


# Hard-wrapped: at least this many line breaks plainly inside a sentence.
_WRAPPED_BREAKS = 3
# A line plainly wrapped holds at least this many words.
_WRAPPED_LINE_WORDS = 3
# A word-wrapped line breaks where the next word does not fit: within this share of the wrap column.
_WRAP_FIT = 0.9
# A bullet that is a letter in lower case (a symbol font's 'o' or 'n' pasted as text): 'o Investigating crime: Good'.
_LETTER_BULLET = re.compile(r"[on][^\S\n]+[A-Z]")


def unwrap(text: str) -> str:
    """`text` (folded) with the line breaks inside a sentence read as spaces (same length): a press
    release copied with its lines hard-wrapped ('… Matt Parr' / 'said:'). A break is inside a sentence
    when its line ends with no stop (after any closing mark) and the next line follows with no blank
    line between and starts with a word or a quote mark (not a bullet); plainly so when the next line
    starts in lower case or the line ends with a word no sentence ends with. Other such breaks ('… Fire
    & Rescue' / 'Services (HMICFRS) …', '… Jo Hall,' / 'Chief Constable') are read as spaces only in a
    text that has several plain ones (lines of at least three words), and only where the next line's first
    word would not have fitted on the line: elsewhere they end a headline, a byline, a signature's line, a
    letter's header line or a table's row, or a quote whose closing mark is missing."""
    plain, other = [], []
    spans = lines(text)
    for line, after in zip(spans, spans[1:]):
        newline = text.find("\n", line.end)
        first = after.text[0]
        if text.count("\n", newline, after.start) != 1 or line.text.rstrip("\"')]").endswith(tuple(".!?:;")) or \
                not (first.isalnum() or first in "\"'") or _LETTER_BULLET.match(after.text):
            continue
        if first.islower() or ends_mid_sentence(line.text):
            # (not a label of a letter's header, 'From' / 'Jo Hall', 'Sent on' / '2 May 2024')
            if len(line.text.split()) >= _WRAPPED_LINE_WORDS:
                plain.append((line, after, newline))
        else:
            other.append((line, after, newline))
    # ... and where the text is hard-wrapped, a break before a word that would have fitted on the line ends
    # a headline, a heading or a letter's header line: the wrap column is the longest line plainly wrapped.
    width = max((len(line.text) for line, _, _ in plain), default=0)
    wrapped = [(line, after, newline) for line, after, newline in other
               if len(line.text) + 1 + len(after.text.split(None, 1)[0]) > _WRAP_FIT * width]
    joins = [newline for _, _, newline in plain + (wrapped if len(plain) >= _WRAPPED_BREAKS else [])]
    if not joins:
        return text
    chars = list(text)
    for at in joins:
        chars[at] = " "
    return "".join(chars)


# A sentence ends at . ! or ? (optionally followed by a closing quote) before white space
# and a capital or an opening quote; a line break always ends one.
_SENTENCE_END = re.compile(r"""(?<=[.!?])["')]?(?=\s+["'(]?[A-Z0-9])""")
# ... and a capital alone is an initial ('Councillor S. Hancock'), and 'Rt. Hon.' a privy counsellor's style.
_ABBREVIATIONS = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|No|Supt|Insp|Sgt|Det|Ch|Cllr|Rev|Prof|Sir|Col|Rt|Hon|[A-Z])\.$")
_LONGEST_ABBREVIATION = len("Supt.")


def sentences(text: str) -> list[Span]:
    """Sentences with their offsets; `text` should be the folded text."""
    out: list[Span] = []
    for line in lines(text):
        start = line.start
        for m in _SENTENCE_END.finditer(text, line.start, line.end):
            # Only the few characters before the stop can hold an abbreviation: searching the line
            # from its start for each stop was quadratic in a long paragraph.
            nearby = max(line.start, m.start() - _LONGEST_ABBREVIATION)
            if _ABBREVIATIONS.search(text, nearby, m.start()) and text[m.start() - 1] == ".":
                continue
            out.append(span(text, start, m.end()))
            start = m.end()
        out.append(span(text, start, line.end))
    return [s for s in out if s.text]
