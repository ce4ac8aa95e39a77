"""Who a post names as a speaker: its holder named with it ('Chief Constable Tom Brown of Essex Police said'),
else its holder in the force the words name or the article's force ('the chief constable said'). A mixin of
speakers.Speakers, which gives the text, the people and the posts' holders."""
from __future__ import annotations

import bisect
import re

from ..vocab import PEEL
from .mentions import HONORIFIC, NAME, is_name
from .namings import inside
from .posts import role_in_force, unheld_post

# A name just before a post, a few lower-case words between: 'Ann Ball (Chief Constable', 'Ann Ball, then Chief Constable'.
_NAME_BEFORE_POST = re.compile(rf"(?<![\w'-])(?:{HONORIFIC}\s+)?(?P<name>{NAME})\s*[(,]?(?:\s+[a-z]+){{0,3}}\s*$")
# 'the' just before a post: 'the PCC said' names the post's holder ('a PCC said' names none).
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


class PostHolders:
    def holders_named_by_post(self, start: int, end: int) -> set[str]:
        """The holders of the posts text[start:end] names as 'the <post>' outside quotes ('According to the
        PCC, …'): whom the narration speaks of by their post alone."""
        text = self.doc.text
        return {holder for at, stop, role in self.doc.found(self.doc.lex.roles, start, end)
                if not inside(self.quoted, at) and THE_BEFORE.search(text, max(0, at - 5), at)
                and not unheld_post(text, at, stop)
                for holder in [self._holder_of(role, at, stop, True)] if holder is not None}

    def holder_named_in(self, start: int, end: int) -> str | None:
        """The holder of the post named last with them in text[start:end]."""
        return self._holder_named_in(start, end, False)

    def _holder_named_in(self, start: int, end: int, verb_first: bool) -> str | None:
        """The holder of a post named (with them) in text[start:end], the one nearest the verb:
        'Chief Constable Tom Brown of Essex Police said', 'Tom Brown, Chief Constable of Essex Police, said'."""
        first = bisect.bisect_left(self.holding_starts, start - self.longest_holding)
        found = [h for h in self.holdings[first:bisect.bisect_left(self.holding_starts, end)] if h[1] > start]
        if not found:
            return None
        return min(found)[2] if verb_first else max(found, key=lambda h: h[1])[2]

    def _holder_of(self, role: str, start: int, end: int, titled: bool = False) -> str | None:
        """Who 'the chief constable' is: the holder of the post in a force the words name, else in
        the article's force, else the first named. `titled`: the words end with the post's title
        ('the commissioner said'), which in Kent names its police and crime commissioner."""
        main = self.mentions.main_force
        named = self.mentions.force_index.within(start, end)
        if titled:
            role = role_in_force(self.doc.lex, role, named[0][2] if named else main)
            if role not in self.first_holder:
                role = self._commissioner_held(role)
        if role not in self.first_holder:
            return None
        in_force = self.first_holder_in[role]
        for forces in ({f.iri or f.name for _, _, f in self.mentions.force_index.within(start, end)},
                       {main.iri or main.name} if main else set()):
            found = [in_force[force] for force in forces if force in in_force]
            if found:
                return min(found)[1]
        return self.first_holder[role]

    def _commissioner_held(self, role: str | None) -> str | None:
        """'The commissioner' where no police and crime commissioner is named: the one commissioner's post
        of a police governance office the text does name a holder of (a police, fire and crime
        commissioner's, a police, crime and victims' commissioner's)."""
        lex = self.doc.lex
        if role is None or lex.role_post_in.get(role) != str(PEEL.PoliceGovernanceOffice):
            return role
        held = [r for r in self.first_holder if r != role and lex.role_post_in.get(r) == str(PEEL.PoliceGovernanceOffice)
                and lex.label[r].endswith("commissioner") and r not in lex.role_in_office_of]
        return held[0] if len(held) == 1 else role

    def _named_unknown(self, phrase: str, at: int) -> bool:
        """True when the post at phrase[at:] is named with a holder the converter does not know
        ('Mark Penn (Chief Constable) said'): it is their post, not its known holder's."""
        m = _NAME_BEFORE_POST.search(phrase, max(0, at - 60), at)
        return bool(m and is_name(m.group("name")) and m.group("name") not in self.mentions.people)
