"""What a SPARQL request asks for, read lexically before anything parses or runs it (SPARQL 1.1 §19).

A lexer, not a parser: it splits the text into the grammar's terminals (strings, IRIs,
prefixed names, variables, comments, words), so a keyword is found only where the engine
would read one, never inside a string, an IRI, a comment or a name such as `ex:SERVICE`.
That is enough to refuse what must never run (SERVICE reaches any host; LOAD and the update
forms write) and to tell the query form and the graphs it names, in microseconds: parsing
with rdflib costs 50–240 ms a query. The command line and the server both call `inspect`.
"""
from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass
from typing import NamedTuple

# SERVICE makes the engine send the pattern to any URL it names (federated query).
REACHES_OUT = frozenset({"SERVICE"})
# Words that only SPARQL 1.1 Update uses (LOAD also fetches its URL); a query never holds one.
UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"})
QUERY_FORMS = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")

_ESCAPE = r"\\(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)"
_NAME_CHAR = r"[\w\u00B7\u0300-\u036F\u203F-\u2040-]"
_LOCAL_CHAR = rf"(?:{_NAME_CHAR}|:|%[0-9A-Fa-f]{{2}}|\\[_~.\-!$&'()*+,;=/?#@%])"
# Alternatives in the order the grammar's longest match needs them. Each string or IRI
# stops at the first character that cannot continue it, and a run of name characters that
# is not a prefixed name is taken whole (then split into words), so lexing takes linear
# time. An unterminated string is left to the engine, whose parser refuses it.
_TOKEN = re.compile(
    rf"""
    (?P<space>\s+)
    |(?P<comment>\#[^\n\r]*)
    |(?P<string>\"\"\"(?:[^"\\]|{_ESCAPE}|"(?!""))*\"\"\"|'''(?:[^'\\]|{_ESCAPE}|'(?!''))*'''
        |"(?:[^"\\\n\r]|{_ESCAPE})*"|'(?:[^'\\\n\r]|{_ESCAPE})*')
    |(?P<iri><(?:[^<>"{{}}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{{4}}|\\U[0-9A-Fa-f]{{8}})*>)
    |(?P<var>[?$]{_NAME_CHAR}+)
    |(?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
    |(?P<pname>(?:[^\W\d]{_NAME_CHAR}*(?:\.+{_NAME_CHAR}+)*|_)?:(?:{_LOCAL_CHAR}(?:(?:{_LOCAL_CHAR}|\.)*{_LOCAL_CHAR})?)?)
    |(?P<number>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
    |(?P<words>[^\W\d]{_NAME_CHAR}*(?:\.+{_NAME_CHAR}+)*)
    |(?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
# The words in a run of name characters, as the engine reads them: "true.SERVICE" is two.
_WORD = re.compile(r"[^\W\d]\w*")


class Refused(Exception):
    """A request that is never run: it names the keyword and where it stands."""

    def __init__(self, keyword: str, message: str) -> None:
        self.keyword = keyword
        super().__init__(message)


@dataclass(frozen=True)
class Reading:
    """What the lexer saw: the query form, the words used as keywords, the graphs FROM names."""

    form: str | None  # SELECT, CONSTRUCT, ASK, DESCRIBE; None when the text has none
    keywords: frozenset[str]  # upper case
    from_graphs: tuple[str, ...]  # FROM <iri>: the default graph the query asks for
    from_named: tuple[str, ...]  # FROM NAMED <iri>

    @property
    def names_graphs(self) -> bool:
        """True when the query can see past the default graph (GRAPH, FROM, FROM NAMED)."""
        return not self.keywords.isdisjoint({"GRAPH", "FROM"})


class _Token(NamedTuple):  # a tuple: made for every terminal of every query, a third of a dataclass's cost
    kind: str
    text: str
    line: int
    column: int


def tokens(sparql: str):
    """The query's terminals other than spaces and comments, each with its line and column (1-based)."""
    line, line_start = 1, 0
    for match in _TOKEN.finditer(sparql):
        kind, text = match.lastgroup, match.group()
        if kind == "words":
            start = match.start()
            for word in _WORD.finditer(text):
                yield _Token("word", word.group(), line, start + word.start() - line_start + 1)
        elif kind != "space" and kind != "comment":
            yield _Token(kind, text, line, match.start() - line_start + 1)
        if "\n" in text:
            line += text.count("\n")
            line_start = match.start() + text.rindex("\n") + 1


def token_at(sparql: str, line: int, column: int) -> str | None:
    """The terminal that starts at or after a 1-based line and column, or None at the end."""
    lines = sparql.splitlines(keepends=True)
    offset = sum(len(text) for text in lines[:line - 1]) + column - 1
    for match in _TOKEN.finditer(sparql, min(offset, len(sparql))):
        if match.lastgroup not in ("space", "comment"):
            return match.group()
    return None


def undeclared_prefix(sparql: str) -> tuple[str, int, int] | None:
    """(prefixed name, line, column) of the first name whose prefix no PREFIX declares."""
    declared, after_prefix = set(), False
    for token in tokens(sparql):
        if token.kind == "pname":
            prefix = token.text.partition(":")[0]
            if after_prefix:
                declared.add(prefix)
            elif prefix not in declared and prefix != "_":
                return token.text, token.line, token.column
        after_prefix = token.kind == "word" and token.text.upper() == "PREFIX"
    return None


def inspect(sparql: str) -> Reading:
    """Read a query lexically; raise Refused if it holds SERVICE, LOAD or an update form."""
    form = None
    keywords: set[str] = set()
    prefixes: dict[str, str] = {}
    base = ""
    graphs: dict[str, list[str]] = {"FROM": [], "FROM NAMED": []}
    pending: list[_Token] = []  # the keywords whose IRI comes next: PREFIX p:, BASE, FROM (NAMED)
    for token in tokens(sparql):
        if token.kind == "word":
            if not token.text.isascii():  # the engine's keywords are ASCII ("ſERVICE" is not one)
                pending = []
                continue
            word = token.text.upper()
            if word in REACHES_OUT:
                raise Refused(word, f"{word} (at {_where(token)}) is refused: a query may not reach another endpoint")
            if word in UPDATE_KEYWORDS:
                raise Refused(word, f"{word} (at {_where(token)}) is refused: SPARQL Update is not accepted, only queries")
            keywords.add(word)
            if form is None and word in QUERY_FORMS:
                form = word
            if word in ("PREFIX", "BASE", "FROM"):
                pending = [token]
                continue
            if word == "NAMED" and len(pending) == 1 and pending[0].text.upper() == "FROM":
                pending.append(token)
                continue
        elif token.kind == "pname" and len(pending) == 1 and pending[0].text.upper() == "PREFIX":
            pending.append(token)
            continue
        elif pending and token.kind in ("iri", "pname"):
            head = pending[0].text.upper()
            iri = _resolve(token, prefixes, base)
            if iri is None:  # an undeclared prefix: the engine's parser refuses the query
                pass
            elif head == "PREFIX" and len(pending) == 2:
                prefixes[pending[1].text[:-1]] = iri
            elif head == "BASE":
                base = iri
            elif head == "FROM":
                graphs["FROM NAMED" if len(pending) == 2 else "FROM"].append(iri)
        pending = []
    return Reading(form, frozenset(keywords), tuple(graphs["FROM"]), tuple(graphs["FROM NAMED"]))


def _where(token: _Token) -> str:
    return f"line {token.line}, column {token.column}"


def _resolve(token: _Token, prefixes: dict[str, str], base: str) -> str | None:
    if token.kind == "iri":
        iri = _unescape(token.text[1:-1])
        return urllib.parse.urljoin(base, iri) if base else iri
    prefix, _, local = token.text.partition(":")
    if prefix not in prefixes:
        return None
    return prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)


def _unescape(text: str) -> str:
    return re.sub(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})", lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
