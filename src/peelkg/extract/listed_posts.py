"""A post named in the plural before a list of its holders: 'Councillors; Jo Hall, Tom Reed and Ann Lowe sent
apologies' (minutes), 'the two chief constables we have had – Jo Hall and Tom Reed'. Each name of the list holds
the post."""
from __future__ import annotations

import re

from ..vocab import PEEL, Phrases
from .doc import Doc
from .mentions import HONORIFIC, NAME, Mentions, clean_name, is_name
from .posts import hold_post, unheld_post

# Between the plural and its list: a colon, semicolon, comma or dash, or a short clause in lower case closed by a dash.
_GAP = re.compile(r"[^\S\n]*[;:,\-\u2013\u2014]?[^\S\n]+(?:(?:[a-z]+[^\S\n]+){1,6}[-\u2013\u2014][^\S\n]+)?")
_LISTED_NAME = re.compile(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME})")
# (each name perhaps with its seat or party in brackets: "four MPs – Emma Hardy (Hull West), Karl Turner (Hull East) and …")
_NEXT_IN_LIST = re.compile(r"(?:[^\S\n]*\([^()\n]{1,60}\))?(?:,[^\S\n]+|,?[^\S\n]+(?P<last>and|&)[^\S\n]+)")


_BUILT: dict[int, tuple[Phrases, Phrases]] = {}  # id(role labels) -> (them, their plurals): built once per vocabulary


def _plurals(roles: Phrases) -> Phrases:
    """Every role label with a plural 's' ('councillors', 'chief constables', 'HMIs')."""
    built = _BUILT.get(id(roles))
    if built is None or built[0] is not roles:
        plurals = Phrases.build([(label + "s", iri) for label, iri in roles.concept_of.items() if not label.endswith("s")])
        built = _BUILT[id(roles)] = (roles, plurals)
    return built[1]


def _listed_names(text: str, pos: int) -> list[tuple[int, int]]:
    """The spans of the names of a list at text[pos:] ('Jo Hall, Tom Reed and Ann Lowe'), closed by 'and' before its
    last name; [] when no such list starts there."""
    names, last = [], False
    while True:
        m = _LISTED_NAME.match(text, pos)
        if m is None or not is_name(clean_name(m.group("name"))):
            return []
        names.append((m.start("name"), m.start("name") + len(clean_name(m.group("name")))))
        if len(names) >= 2 and last:
            return names
        sep = _NEXT_IN_LIST.match(text, m.end())
        if sep is None:
            return []
        last = sep.group("last") is not None
        pos = sep.end()


# Posts a force has one holder of at a time: its own (chief constable) and its commissioner's office's.
_ONE_PER_FORCE = frozenset(str(c) for c in (PEEL.PoliceForce, PEEL.PoliceGovernanceOffice))


def listed_post_holders(doc: Doc, mentions: Mentions, seen: set, default) -> None:
    """Each name of a list after a post named in the plural holds that post. A post a force has one holder of is
    held by each only where the article names one force ('the two chief constables we have had – Jo Hall and Tom
    Reed'): else the list may name several forces' ('PCCs Jo Hall and Tom Reed wrote to the minister')."""
    text, lex = doc.text, doc.lex
    forces = {f.iri or f.name for _, _, f in mentions.forces}
    for start, end, role in doc.found(_plurals(lex.roles)):
        if unheld_post(text, start, end) or (lex.role_post_in.get(role) in _ONE_PER_FORCE and len(forces) > 1):
            continue
        gap = _GAP.match(text, end)
        for name_start, name_end in _listed_names(text, gap.end()) if gap else ():
            hold_post(doc, mentions, seen, start, end, role, name_start, name_end, None, default=default)
