"""The verbs of saying: those that report a statement, those that frame someone's quoted words, and the
adverbs and auxiliaries that may stand before them ('has also previously said')."""
from __future__ import annotations

import re

# (The present tense too, as features write: '"…," explains Ms Hall.'; not 'told to', a headline's passive: '"…": Kent
# Police told to improve' is said to the force, not by it.)
SPEECH = (r"(?:said|says|say|added|adds|told(?! to\b)|tells|explained|explains|warned|warns|stated|commented|insisted|insists|"
          r"admitted|admits|acknowledged|acknowledges|continued|wrote|remarked|remarks|noted|notes|observed|observes)")
# Verbs that attribute a quote but report no statement of their own ('he writes for the Times about …').
# ... and the verbs that frame someone's words: 'described the report as "…"', 'stressed that "…"',
# 'called the force "…"' (not in the passive: 'was called "…"', see verb_subjects.py), 'accepted that … "…"',
# 'made it clear that … "…"', and the subject's own judgement: 'found it "reassuring to see …"'.
QUOTE_SPEECH = (rf"(?:{SPEECH}|writes|tweeted|declared|declares|responded|replied|saying|adding|remarking|commenting|stating|went on|stressed|emphasised|emphasized|"
                r"claimed|argued|urged|conceded|vowed|pledged|promised|described|branded|hailed|suggested|pointed out|"
                r"revealed|reiterated|restated|maintained|cautioned|recalled|recalls|put it to|reported that|reports that|(?:fired|hit|hits|fires) back|called|labelled|labeled|dubbed|accepted|(?:found|finds) it|concluded|concludes|states|"
                r"(?:made|make|makes|making) (?:it )?(?:absolutely |very |quite )?clear|"
                # ... and a worry voiced about what the words name: 'she voiced concerns about its "…"' (not a thing's:
                # 'incidents "…" which raised concerns about …'; nor the words a clause about it quotes: 'raised concerns
                # over how a force is "…"', the framework's words).
                r"(?<!which )(?<!that )(?:voiced|voices|raised|raises|expressed|expresses) (?:(?:serious|grave|some|particular) )?"
                "(?:concerns?|worries) (?:about|over)(?= (?:(?:its|the|their|his|her|this) )?[\"\u201c'\u2018])|"
                # ('inspectors were worried that "…"')
                "(?:was|were|is|are|remains?|remained) (?:concerned|worried) that(?= [\"\u201c'\u2018])|"
                # ... in the present as well, as features and blogs write ('Inspectors describe the force as "…"'; not
                # 'calls', 'claims' or 'notes', nouns as often: 'answered 999 calls "…"').
                r"describes|describe|hails|urges|argues|suggests|reveals|concedes|stresses|emphasises|emphasizes|"
                r"reiterates|accepts|maintains|cautions|points out|brands|"
                # ('notes' and 'claims' before a colon are verbs: 'Mr Macpherson notes: "…"'; and 'asked' there frames the
                # asker's own question: 'Jo Hall asked: "Is it …?"')
                r"notes(?=:)|claims(?=:)|asked(?=:)|asks(?=:)|"
                # ... and praise in the active voice, its object set between and the words it praises for straight
                # after 'for': 'HMI Jo Hall commends the force for "…"' (not 'was praised by inspectors for "…"', the
                # report's words, nor the noun: 'had praise for').
                "(?<!been )(?<!was )(?<!were )(?<!is )(?<!are )(?:commends|commended|praises|praised) (?!by\\b)"
                "(?:[\\w'\u2019-]+ ){1,4}?for(?= [\"\u201c'\u2018])|"
                # ... or its object, then a colon and the words: 'The Chief praised colleagues across the force: "…"',
                # 'Ms Hall thanked officers and staff: "…"'.
                "(?<!been )(?<!was )(?<!were )(?<!is )(?<!are )(?:praised|praises|thanked|thanks|paid tribute to|pays tribute to) "
                "(?!by\\b)(?:[\\w'\u2019-]+ ){0,5}[\\w'\u2019-]+(?=:)|"
                # Welsh: 'meddai X' (said X; 'meddai' alone: said he or she), 'dywedodd X' (X said), 'ychwanegodd' (added).
                r"meddai|dywedodd|ychwanegodd)")
# "has also previously said". At most three, each once in the alternation: a subject before
# them that may hold them too makes an unbounded run of them quadratic to search, and a word
# twice in the alternation, exponential.
ADVERB = r"(?:\s+(?:also|yesterday|today|later|previously|however|then|has|have|had|further|now)){0,3}"
# Welsh puts the verb first: the subject of 'meddai', 'dywedodd', 'ychwanegodd' follows it or is dropped (said he or
# she), never the words before it ('Mae hi'n fodlon ar adroddiad HMICFRS, ychwanegodd, a "…"' is her words, not HMICFRS's).
VERB_FIRST = r"(?:[Mm]eddai|[Dd]ywedodd|[Yy]chwanegodd)"
# A heading that announces whose words follow: 'Statement from Chief Constable Jo Hall', 'Response by the PCC, Tom Reed'.
STATEMENT_BY = r"(?i:(?:(?:a|full|our)\s+)?(?:statement|response|comments?|message|reaction)\s+(?:from|by)\s+)"
# ... or how they responded: 'How Chief Constable Jo Hall has responded'.
HOW_RESPONDED = re.compile(r"[^\S\n]*(?:How|HOW)\s+(?P<who>[^.!?\"\n]{1,80}?)\s+(?:has\s+|have\s+)?(?:responded|reacted|replied)[^\S\n]*")
