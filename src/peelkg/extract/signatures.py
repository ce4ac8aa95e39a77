"""Signatures: the person a press release names under or after a quote ('"…" - Jo Hall, Chief Constable',
'Jo Hall, Chief Constable' on the line under it, a line of titles and a name). A mixin of claims.ClaimFinder,
which gives the text, the quotes found and the speakers."""
from __future__ import annotations

import re

from ..facts import Span
from .mentions import clean_name, is_name
from .quotes import Quote
from .speech_verbs import QUOTE_SPEECH
from .verb_subjects import NAME_LIKE


# After a quote that ends its line, a press release's signature: '"…" - Jane Roe, Chief Constable', with a full stop or not;
# not a clause the dash joins on ('"…" - but more must be done, says its chief constable.': the quote is not theirs).
SIGNED_AFTER = re.compile(r"[\"'\s]{0,3}-\s+(?!(?i:but|and|yet|so|while|although|though|as|because|with|which)\b)"
                          r"(?P<subject>[^.;!?\"\n-][^.;!?\"\n]{0,79}?)[^\S\n]*\.?[^\S\n]*$")
# After the name a dash signs with, words in lower case are a headline's clause, the name its subject: its words only
# with a verb of saying ("'…' - Jo Hall hits back"), not with another ("'…' - Jo Hall pressed on her plans": the one
# questioned, whose words they are not).
_HEADLINE_CLAUSE = re.compile(r"[^\S\n]+[a-z]")
_SAYS_AFTER_NAME = re.compile(rf"[^\S\n]+{QUOTE_SPEECH}\b")


def signs(m: re.Match[str]) -> bool:
    """True unless SIGNED_AFTER's subject is a name and a headline's clause it opens, in which it does not speak."""
    named = NAME_LIKE.match(m.group("subject"))
    return named is None or not _HEADLINE_CLAUSE.match(m.group("subject"), named.end()) or \
        _SAYS_AFTER_NAME.match(m.group("subject"), named.end()) is not None


# A signature with no dash: a name, then its posts after a comma, and nothing else ('Jo Hall, Chief Constable').
_SIGNATURE = re.compile(rf"[^\S\n]*(?P<subject>{NAME_LIKE.pattern}(?:,[^.;!?\"\n]{{1,80}})?)[^\S\n]*")
# A line of titles and a name only: capitalised words and the words that join them.
_TITLE_LINE = re.compile(r"[^\S\n]*(?:[A-Z][\w'\u2019-]*|of|for|and|the|&)(?:[^\S\n]+(?:[A-Z][\w'\u2019-]*|of|for|and|the|&)){1,14}[^\S\n]*")
# Between a quote paragraph left open and the next: the line break and the next one's opening mark.
PARAGRAPH_OPENING = re.compile("\\s*\n\\s*[\"\u201c'\u2018]")


class Signatures:
    def _signed_under(self, index: int, start: int | None = None, apart: bool = False) -> str | None:
        """The person a quote's signature names, on the line under it ('"…"' / '- Jo Hall, Chief
        Constable', 'Jo Hall, Chief Constable') or after it on its line from `start` ('"…" Jo Hall,
        Chief Constable'). Only a person named there (a list's dash opens no signature: '- the chief
        constable must …'). `apart`: a line of a post and a name alone signs after a blank line too (under a run of
        quote paragraphs, as a release signs a statement: no caption's words)."""
        if start is None and index + 1 >= len(self.doc.lines):
            return None
        line = self.doc.lines[index] if start is not None else self.doc.lines[index + 1]
        begin = line.start if start is None else start
        m = SIGNED_AFTER.match(self.doc.text, begin, line.end) if start is None else None
        if m is None and (start is not None or line.start == self.doc.lines[index].end + 1):
            # (Without a dash, only straight under the quote: a caption after a blank line names who is pictured.)
            m = _SIGNATURE.fullmatch(self.doc.text, begin, line.end)
        named = NAME_LIKE.match(m.group("subject")) if m else None
        if named is not None and m.re is SIGNED_AFTER and not signs(m):
            return None
        if named is not None and is_name(clean_name(named.group())):
            speaker = self.speakers.resolve(named.group(), begin, m.start("subject"), True)
            return speaker if isinstance(speaker, str) else None
        if start is None and m is not None and m.re is SIGNED_AFTER:  # '- Chief Constable Jo Hall', under the quote
            return self._titled_signature(line, m.start("subject"))
        if start is None and (apart or line.start == self.doc.lines[index].end + 1):
            return self._titled_signature(line)
        return None

    def _titled_signature(self, line: Span, start: int | None = None) -> str | None:
        """The holder a signature line (from `start`, past its dash) names by their post, then their name, and
        nothing else ('His Majesty's Inspector of Constabulary Jo Hall'): the post's holder the converter found there."""
        start = line.start if start is None else start
        end = line.end
        while end > start and self.doc.text[end - 1] in " \t.":
            end -= 1
        if not _TITLE_LINE.fullmatch(self.doc.text, start, end):
            return None
        name = self.speakers.name_at_end(self.doc.text[start:end])
        holder = self.speakers.holder_named_in(start, end)
        return name if name is not None and holder == name else None

    def _signed_run(self, quote: Quote) -> str | None:
        """Who signs a run of quote paragraphs, each opening with a mark and left open but the last,
        with a signature straight under the last ('"…' / '"…"' / 'Jo Hall, Chief Constable')."""
        text, found = self.doc.text, self.found
        k = found.index(quote)
        while not found[k].closed:
            if k + 1 == len(found) or not PARAGRAPH_OPENING.fullmatch(text, found[k].end, found[k + 1].start):
                return None
            k += 1
        last = self.doc.line_index(found[k].end)
        return self._signed_under(last, apart=found[k] is not quote) \
            if not text[found[k].end + 1:self.doc.lines[last].end].strip() else None
