"""The patterns that pair grades with areas, numbers and forces over a sentence's skeleton.

A skeleton (skeleton.py) is the lower-cased text with a placeholder for each grade (§G0§), area
(§A0§), number (§N0§) and force (§F0§), quote marks as spaces and one space between words;
every pattern here reads that, so that white space matches one way only.
"""
from __future__ import annotations

import re

# A framework question's opening words, in the order it asks them: "How effective is the force at …?".
_ASKED = r"how (?:effective|efficient|legitimate|good|well) (?:is|was|are|were) (?:it|the force|the constabulary|they) (?:at|in) "
# Words allowed between a preposition and an area: "in how it responded to the public", "in how well it uses …",
# "in how long it takes to respond to the public", "at how effective it was at …", "under the headings A and B",
# "how it supervises and investigates crime" (a verb of its own sharing the area's object: the area's grade, not the
# verb's), "in the final category, effectiveness" (the area named in apposition to its place among the pillars), "on
# the overview measure of", "on each of the key questions: …", "across the inspection themes of".
FILLER = (r"(?:(?:how|the way(?: in which| that)?|what|when|where|whether|the extent to which)(?: and (?:how|when|where))?(?: \w+ly| well)? (?:it|the force|the constabulary|they|police|(?:its |the force's )?officers)"
          r"(?: (?:is|are|was|were|has|have|ensures?|ensured|makes? sure|made sure)(?: that)?| [a-z]+s and|"
          # (a verb whose object is the area, a behaviour or a culture: "in how it promotes ethical and lawful behaviour")
          r" (?:promotes|promoted|encourages|encouraged|maintains|maintained|upholds|upheld))? |"
          r"how (?:long|quickly|fast) (?:it|the force|the constabulary|they|police) (?:takes|took|take) (?:them )?to |"
          # (the 2014 efficiency question in other words: "whether it has done what is needed to ensure a secure financial
          # position", "taking the necessary steps to ensure …")
          r"(?:done|doing|does|taken|taking|takes) (?:what is (?:needed|necessary|required)|(?:the |all the )?(?:necessary )?steps(?: (?:needed|necessary|required))?) "
          r"to (?:ensure )?(?=§A)|"
          r"how (?:effective|efficient) (?:it|the force|the constabulary|they) (?:is|was|are|were) (?:at|in) |"
          # (a framework question in the inverted order it asks it, and 'the area' it names: "judged Good in the area 'How
          # effective is the force at investigating crime …?'")
          r"(?:the area )?" + _ASKED + r"|(?:the )?(?:sub-?)?headings? |its |their |the force's |the constabulary's |both |all |"
          r"overall |the |our |(?:a|an) (?=§A\d+§ (?:report|inspection|assessment|review)\b)|(?:dealing|deals|dealt) with |(?:annual|yearly|latest|most recent|new|peel|police) |(?:the |all |§N\d+§ of (?:the |its )?)?§N\d+§ (?:key |main |core |other |remaining )?(?:areas|pillars|(?:sub-?)?categories|sub-?areas|strands|criteria|points)(?: of (?:the )?§A\d+§)?(?: (?:it|they|inspectors) (?:measures|measured|assesses|assessed|inspects|inspected|grades|graded|examines|examined|looked at))?(?: as well| too)?(?: ?[;:-]| (?:inspected|assessed|examined|graded) (?:for|of|on|[;:-])) |terms of |relation to |respect (?:of|to) |(?:work|approach|ability|capacity|capability|efforts?|performance) (?:to|in|on|against) |work with |record (?:on|in|against) |work (?=§A)|handling of |(?:the )?work (?:that )?(?:we|it|they|the force|officers) (?:do|does|did|are doing|is doing) (?:to|in|on) |"
          r"(?:key |main |important )?areas? (?:such as|including|like) |(?:the )?(?:§N\d+§ )?(?:(?:inspection|key|main|peel) )?(?:areas?|themes?|pillars?|strands?|headlines?|categor(?:y|ies)) of ?:? (?:police )?|(?:some |certain |several )?(?:aspects|elements) of |"
          r"(?:final|last|first|second|third|other|remaining) (?:category|pillar|area|strand|part|element) ?, |"
          # ("good at making sure its staff behave ethically and lawfully")
          # (or the area names them: "good at making sure that the workforce behaves ethically")
          # (or a finite verb after 'the way it': "in the way it ensures staff behave ethically and lawfully")
          r"(?:making sure|ensuring|(?<=it )(?:makes sure|made sure|ensures|ensured))(?: that)? (?:its |their |the force's |the )?(?:(?:staff|workforce|officers(?: and staff)?|people) )?(?=§A)|"
          # (adverbs before an area's gerund: "outstanding in promptly and accurately recording crime"; not a pillar's
          # adverb, part of the area: "legitimately serving the public")
          r"(?!(?:only|efficiently|effectively|legitimately) )[a-z]{3,}ly(?: and (?!(?:efficiently|effectively|legitimately) )[a-z]{3,}ly)? (?=§A)|"
          r"(?:overall |overview |headline )?(?:measure|question) of |"
          r"(?:each|all|both) of (?:the |its )?(?:key |main |(?:hmic|hmicfrs)(?:'s| s)? )*(?:questions|areas|categories|strands) ?: )*")
# (Framework questions listed by their wording join by their question marks: "A?, B? and C?".)
# (their own preposition and words after them too: "for 'How effective is the force at A?' and for 'How effective is the
# force at B, including its arrangements for …?'")
# (A dash before 'and' joins too: "good at A – and at B".)
JOIN = (r"(?: ?[,;] ?(?:and |as well as )?| (?:and|as well as|plus|&) (?:also )?| [-–] and (?:also )?| ?/ ?|\? ?(?:, ?(?:and )?|and )"
        r"(?=(?:(?:in|at|for|on|with|to) )?(?:" + _ASKED + r")?§A\d+§(?:\?|, [^§?]{1,100}\?)))"
        r"(?:(?:in|at|for|on|with|to) )?" + FILLER)
# An area, and its abbreviation ("anti-social behaviour (ASB)") or an adverb ("using resources well").
# So may a noun the area qualifies: "its crime prevention methods", "its investigation work".
AREA = r"§A\d+§(?: ?\([^)§]{1,15}\)| well| (?:work|methods|efforts|approach|arrangements|activity|activities|performance|processes|process|systems))?"
A_LIST = rf"{AREA}(?:{JOIN}{AREA})*"
# The nouns a grade qualifies ("a 'good' rating", "an outstanding level"), and a verb that gives it to what it grades
# ("a good score went to four areas").
GRADE_NOUN = r"(?:grades?|gradings?|ratings?|rankings?|judgements?|judgments?|marks?|scores?|levels?|verdicts?)"
GOES_TO = r"(?:went|goes|go|has gone|have gone|was given|were given|was awarded|were awarded) (?:to|for)"
# The participles that grade what they are said of ("rated good", "marked as requiring improvement"); each pattern
# reads them all, so that no phrasing's verb is known to one pattern and not another.
RATED = r"(?:rated|graded|judged|assessed|found|deemed|considered|scored|marked|ranked|classed|categorised|put down|labelled|labeled|branded|described as|written off as|singled out as)"
RATED_OR_GIVEN = r"(?:rated|graded|judged|assessed|found|deemed|considered|scored|marked|ranked|classed|categorised|put down|given|awarded|labelled|labeled|branded|described as|written off as|singled out as)"
# Verbs that put what they are said of in a grade's class: "came out as 'adequate'", "placed in the 'good' class".
_PLACED = r"(?:came out|placed|put|fell|sat|ended up|landed)"
# Who earned a grade, and the grade with its noun after it: "earned the force an 'outstanding' rating" (COPULA,
# COUNT_BACKWARD).
_EARNER = r"(?:§F\d+§|the force|the constabulary|it)"
_GRADE_THEN_NOUN = r"\W?§G\d+§\W? ?(?:grades?|gradings?|ratings?)"
# (an adverb may part the perfect's auxiliary and 'been': "has also been found to require improvement")
# (and in Welsh, got the grade: "…, a gafodd radd rhagorol", which was graded outstanding)
COPULA = (r"(?:(?:was|were|is|are|(?:has|have|had)(?: (?:also|now|still|again|since|already))? been|remains?|remained|being|been"
          r"|gafodd (?:radd|gradd|ddyfarniad|dyfarniad)) ?:? "
          r"(?:(?:both|all|also|each|again|now|still|once again|judged to be) )*"
          rf"(?:(?:{RATED_OR_GIVEN}|described) "
          r"(?:as |to be |to |a |an )*"
          rf"|{_PLACED} in(?:to)? the "  # ('were all placed in the adequate category')
          r"|(?:said|reported|thought|believed|seen|understood) to (?:be )?)?"  # ('were said to require improvement')
          # (or the area's work earned the grade, its noun after it: "Kent Police's preventing crime work earned an
          # 'outstanding' grade")
          rf"|(?:earned|won|received|gained|secured|got)(?: {_EARNER})? (?:an? |the )?(?={_GRADE_THEN_NOUN}\b))")
# ('requires improvement with vulnerability'; not after a comma: "judged adequate, with A rated inadequate" is a clause of its own)
PREP = r"(?:at|in|for|on|under|when it (?:comes|came) to|when|with regards? to|regarding|as (?:for|to|regards)|across|around|(?<!,)(?<!, )with)"
# An aside may name the same area again: "the force's legitimacy, or how fairly it treats the public and its workforce, was …"
# So may a reporting clause: "The force was also good, the inspector said, at …", a qualification: "judged as being
# good, with elements of outstanding, in its ability to …", or the report: "rated good, from an earlier inspection, for …".
ASIDE = (r"(?: ?, ?(?:or|that is|i\.e\.) (?:[^,;§]|§A\d+§){0,80},| - (?:[^-;§]|(?<=\w)-(?=\w)|§[AN]\d+§){0,80} -| ?\([^)§]{0,80}\)| ?, ?with [^,;§]{1,40},"
         r"| ?, ?(?:[\w.'’]+ ){1,4}(?:said|says|added|adds|noted|notes|found|concluded|explained) ?,"
         r"| ?, ?(?:from|in|at|after|following) (?:an? |the |its |their )?(?:[a-z]+ ){0,2}(?:inspection|report|assessment|review) ?,"
         # ("The way the force tackles serious and organised crime, however, including its arrangements for …, requires …")
         r"| ?, ?including [^,;§]{1,80},)?")
# "…, both of which were graded good", "…, which was also good"
# ("the force's effectiveness, which in 2015 was judged to be requiring improvement")
# (Welsh 'a', which, before the verb: "…, a gafodd radd rhagorol")
# (and restrictive, with no comma: "the effort we put in to tackling serious and organised crime which is rated as outstanding")
RELATIVE = r"(?:(?: ?,)? ?(?:(?:both|all|each|two|three|four) of )?which(?: in (?:19|20)\d\d| last year| previously| at the time)?| ?, ?a(?= gafodd ))?"
# The inspectorate's name since July 2017, when fire and rescue services joined it, as coverage writes it: "Constabulary
# and Fire & Rescue Services", "Constabulary, Fire and Rescue", "Constabulary Fire and Rescue", the misspelt
# "Constabularies and Fire …" (cycles.py, subjects.py and AFTER_GRADE below read it).
INSPECTORATE_JOIN = r"constabular(?:y|ies),? (?:and |& )?"
FIRE_AND_RESCUE = r"fire (?:and |& )?rescue"

# What a grade's placeholder is followed by before a preposition: "'good' grades for", "adequate in the report for".
# (or by a gloss on the grade: "rated 'adequate', the middle of the five available ratings, in a further three areas")
GRADE_GLOSS = (r"(?:, ?(?:the|a|an) (?:[^,;§]|§N\d+§){0,40}\b(?:grades?|gradings?|ratings?|categor(?:y|ies)|scale)"
               r"(?: available| possible| in use)? ?, ?)?")
# (the noun's comma before what it grades: "two 'good' ratings, for A and B")
AFTER_GRADE = (r"[^\w;]{0,2} ?(?:(?:grades?|gradings?|ratings?|rankings?|judgements?|marks|scores|overall|verdicts?),? )?" + GRADE_GLOSS +
               r"(?:(?:it|they) (?:was|were) (?:given|awarded) |(?:(?:has been|was|have been|were) )?(?:given|awarded) (?:to (?:§F\d+§|the force|the constabulary) )?"
               # ("'Adequate' went to the force for A")
               r"|(?:went|goes|has gone|have gone) to (?:§F\d+§|the force|the constabulary|it|them) "
               r"|(?:was|is) the (?:grade|grading|rating|judgement) (?:given )?|(?:has|have) gone to (?:it|them|the force|§F\d+§) "
               r"|(?:it|they|the force) (?:received|got|has received|had received) )?"
               r"(?:in (?:the|its|this) (?:report|inspection) |(?:by|from) (?:the )?(?:watchdog|inspectorate|inspectors|hmicfrs|hmic|"
               r"(?:her|his|hm) (?:majesty's )?inspectorate of (?:" + INSPECTORATE_JOIN + FIRE_AND_RESCUE + r" services?|constabular(?:y|ies))"
               r"(?: \(hmic(?:frs)?\))?) )?")

# An adverb between an area and its grade, set off by commas or not: "…, however, requires improvement", or
# between a grade and its area: "it requires improvement, however, in reducing crime".
# (A comma alone would join a list of the force's qualities: "preventing crime, was good at …".)
ADVERBS = r"(?:(?: ?,)? (?:now|also|still|however|meanwhile|currently|overall|though|too|both|as well|alone|across the board(?= for\b))\b(?: ?,)?)*"
# (a list whose first item names no area leaves the grade to the items that do: "good in how it deals with the public,
# in how it treats its workforce and in how it promotes …")
_UNNAMED_HOW = rf"(?:how (?:it|the force|the constabulary) [^,;.§]{{1,60}}, (?:and )?{PREP} )?"
FORWARD = re.compile(rf"§G(?P<g>\d+)§{AFTER_GRADE}{ASIDE}{ADVERBS} ?{PREP} {_UNNAMED_HOW}{FILLER}(?P<areas>{A_LIST})")
# (a list of areas set off by a comma before its plural verb: "its ability to meet current demands, and its planning for
# the future, are also rated good")
# (the area may take a relative clause: "the efficiency with which the force discharges its responsibilities is good")
# The aim every pillar of 2014-2019 was judged at, in either order.
PILLARS_AIM = r"(?:keeping (?:people|the public) safe and reducing crime|reducing crime and keeping (?:people|the public) safe)"
# (a pillar of a force, with the aim all pillars share: "the effectiveness of Kent Police at keeping people safe and
# reducing crime requires improvement")
# (or the force after 'by': "the use of resources by the force was rated inadequate")
_OF_FORCE = rf"(?: (?:category|area|strand|grade|grading|rating|judge?ment)| of §F\d+§(?: (?:at|in) {PILLARS_AIM})?| by (?:the force|the constabulary|§F\d+§))?"
# (the relative clause on the area: "the efficiency with which Kent Police keeps people safe and cuts crime")
_WITH_WHICH = r" (?:with|in) which (?:it|the force|the constabulary|§F\d+§) [^§,;]{1,60}?"
# (or the inspectorate grading it in the relative clause: "how it investigates crime, which we have graded as requires
# improvement")
_GRADED_BY_US = (r"(?<=which )(?:we|i|inspectors|hmicfrs|hmic|the inspectorate) (?:have |has |had )?"
                 r"(?:rated|graded|judged|assessed|found|considered) (?:as |to be )?")
BACKWARD = re.compile(rf"(?P<areas>{A_LIST}){_OF_FORCE}(?:{_WITH_WHICH}(?= (?:is|was) ))?{ASIDE}(?:{RELATIVE}|{ADVERBS}|(?<=§) ?,(?= (?:are|were) )) ?"
                      rf"(?:{COPULA}|{_GRADED_BY_US})\W?§G(?P<g>\d+)§")
# "graded as requiring improvement by HMIC in its annual review of efficiency": a pillar's report named after the grade
# (a pillar only, see pairing.py: an inspection 'of crime recording' may be no PEEL one).
# (or the report named by its pillar: "the 'Good' grading it received from HMIC in the national 'effectiveness' inspection")
REVIEW_OF = re.compile(rf"§G(?P<g>\d+)§{AFTER_GRADE}{ASIDE} ?(?:in|for) (?:its |the |their |a |an |this year's |hmic's |hmicfrs's )?"
                       rf"(?:(?:annual|yearly|latest|most recent|new|newest|national|peel|police) )*(?P<of>(?:review|inspection|assessment|report) "
                       rf"(?:of|on|into|(?:(?:that|which) )?(?:looking|looked|looks|examining|examined|examines|assessing|assessed|assesses) (?:at |into )?)"
                       rf" ?(?:the force's |its |their |police )?{FILLER})?(?P<areas>§A\d+§)(?!{JOIN}§A)"
                       rf"(?(of)|\W? (?:review|inspection|assessment|report)\b)")
# A list item the vocabulary does not know (a typo, 'developing a positive workspace'): up to four words, none of
# them one that opens a clause or a quote's attribution.
_STOP = r"(?!(?:is|are|was|were|has|have|had|be|been|but|while|which|who|that|where|when|whereas|although|with|said|says|added|it|they|he|she|we|not|no)\b)"
_UNKNOWN_ITEM = rf"{_STOP}[a-z][a-z-]*(?: {_STOP}[a-z][a-z-]*){{0,3}}"
# "The report grades Kent Police's crime recording processes as 'good'": the verb, the force's area, 'as' and the grade.
# So does "In our last inspection we judged responding to the public to be inadequate", and "rated the effectiveness of
# Bedfordshire Police at keeping people safe and reducing crime as inadequate".
OBJECT_AS = re.compile(rf"\b(?:grades|graded|grading|rates|rated|rating|judges|judged|judging|assesses|assessed|assessing|"
                       rf"found|finds|considered|considers|deemed|deems|branded|brands|labelled|labels|described|describes|"
                       # (the bare verb after 'to': "the report went on to describe the force's approach to A as good"; or
                       # after 'we', as the inspectorate's pages write: "we assess its use of resources to manage demand as good")
                       rf"(?<=to )(?:describe|rate|grade|judge|assess|brand|label)|(?<=we )(?:(?:also|now) )?(?:rate|grade|judge|assess|consider|find)) "
                       # (an item the vocabulary does not know may end the list: "rated preventing crime and tackling more
                       # serious offences as good"; 'as' may be left out: "found the force's approach to A outstanding")
                       rf"(?:(?:§F\d+§ s |its |their |the force's |the constabulary's )(?:overall )?)?{FILLER}(?P<areas>{A_LIST})"
                       rf"(?:{JOIN}{_UNKNOWN_ITEM}(?= (?:as|to be) ))?{_OF_FORCE} (?:as |to be )?\W?§G(?P<g>\d+)§")
# The areas straight after a grade that an area opening the sentence (PREPOSED, IN_AREA_RATINGS) took: "In the
# legitimacy report, Kent Police was found to be good at treating people fairly" (the whole list: not one that goes on
# with an item the vocabulary does not know, which may be the opening area in other words).
AREAS_AFTER = re.compile(rf" ?{PREP} {FILLER}(?P<areas>{A_LIST})(?! ?,? ?(?:and |or )?(?:§A|[a-z]+ing\b))")
# "The report, which called the force's handling of A and B 'good'": 'called', the areas, the grade in quotation marks.
OBJECT_CALLED = re.compile(rf"\b(?:called|calls|calling) (?:§F\d+§ s |its |their |the force's |the constabulary's )?{FILLER}"
                           rf"(?P<areas>{A_LIST}) \W?§G(?P<g>\d+)§")
# "In the efficiency ratings, which came out earlier, Kent and Surrey were rated good, while Essex was told it required
# improvement": an area's ratings or report first, then forces and their grade (the forces' own, pairing.py) ...
_FORCES = r"§F\d+§(?:(?: ?, ?| and | ?& ?)§F\d+§)*"
IN_AREA_RATINGS = re.compile(rf"\bin (?:the |its |their )?(?P<areas>§A\d+§) (?:ratings?|gradings?|grades|reports?|inspections?|assessments?)"
                             rf"(?: ?, ?(?:which|that) [^,;§]{{1,40}},)? ?,? ?{_FORCES} "
                             rf"(?:was|were|is|are) (?:{RATED} )?(?:as |to be )?\W?§G(?P<g>\d+)§")
# ... and other forces after it, with their grade for the same area.
IN_AREA_RATINGS_MORE = re.compile(rf"\W? ?,? ?(?:while|whereas|but|and) {_FORCES} (?:(?:was|were) told (?:it|they) (?:was |were )?"
                                  rf"|(?:was|were|is|are) (?:{RATED} )?(?:as |to be )?)?\W?§G(?P<g>\d+)§")
# "… rated A and B as good, and C as adequate": what follows such an object and its grade, the verb left out.
# ('as' left out, as it may be in the first: "rated the force's effectiveness "inadequate", its efficiency "requiring
# improvement" and its legitimacy "good"")
OBJECT_AS_MORE = re.compile(rf"\W? ?,? ?(?:and |but |while |whereas )?(?:(?:its|their|the force's|the constabulary's) )?{FILLER}"
                            rf"(?P<areas>{A_LIST}) (?:(?:as|to be) )?\W?§G(?P<g>\d+)§")
# "was judged to be 'requiring improvement' in A, B, developing a positive workspace and C.": a grade first, then a list
# that ends the sentence, whose items the vocabulary knows but one here and there (or the first two: "good at reducing
# crime, keeping communities safe and tackling serious and organised crime").
# (Between two it knows, an item led by its own 'at' may be longer: "good at preventing crime, at dealing with what matters
# to local communities and at protecting vulnerable people".)
_AT_ITEM = (r"(?<=\bat )[a-z][a-z-]*(?: (?!(?:is|are|was|were|has|have|had|but|while|which|who|whereas|although|said|says|added|"
            r"it|they|he|she|we|not)\b)[a-z][a-z-]*){1,8}")
LOOSE_LIST = re.compile(rf"§G(?P<g>\d+)§{AFTER_GRADE} ?{PREP} {FILLER}(?P<areas>(?:{_UNKNOWN_ITEM}{JOIN}){{0,2}}{AREA}"
                        rf"(?:{JOIN}(?:(?:{_UNKNOWN_ITEM}|{_AT_ITEM}){JOIN})?{AREA})*)\W*$")
# "… most of all in how it records crime, where its performance was outstanding", "…, where it requires improvement",
# "Planning for the future is where the constabulary is outstanding",
# "…, where it was found to require improvement", "…, where inspectors judged it to require improvement"
WHERE_GRADE = re.compile(rf"(?P<areas>{A_LIST})(?: ?, (?:where|in which)| (?:is|was) where) (?:(?:its (?:performance|work)|it|the force|the constabulary|they|§F\d+§) "
                         rf"(?:(?:was|is|were|has been|had been) (?:{RATED} )?)?|(?:hmicfrs|hmic|the inspectorate|inspectors) "
                         rf"(?:rated|graded|judged|found|deemed|assessed|considered) (?:it|the force|the constabulary) )"
                         rf"(?:as |to be |to )?\W?§G(?P<g>\d+)§")
# "Responding to the public, however, requires improvement": a grade that is a verb needs no copula.
# ("The efficiency with which Kent Police keeps people safe and cuts crime requires improvement.")
BARE_VERB = re.compile(rf"(?P<areas>{A_LIST}){_OF_FORCE}(?:{_WITH_WHICH}(?= §G))?{ASIDE}{ADVERBS}{ASIDE} ?§G(?P<g>\d+)§")
# (the area may name its report: "for the effectiveness report it has been given a 'requires improvement' grading")
# (with no verb before a grade that is one: "In investigating offending, the force requires improvement", pairing.py)
# (or the force's work its subject: "on public treatment the force's work was judged 'good'")
# ("For the legitimacy strand of the inspection it received a grade of 'Good'"; "When it comes to tackling serious and
# organised crime, its officers are rated 'good'")
# (not a preposition that follows a grade, whose area it opens: "good at A, it is outstanding at B")
# ("As for the way the force protects vulnerable people from harm and supports victims, that is good"; the force's name
# with its article after a comma only: "In A, the Metropolitan Police Service requires improvement", not a headline's
# "praised for how it records crime" run into "The City of London Police is outstanding …")
# (the area may share its preposition with a gerund clause of the report's own: "In preventing crime and making crime
# prevention a priority, the force is outstanding")
PREPOSED = re.compile(rf"(?<!§ ){PREP} {FILLER}(?P<areas>{A_LIST})(?: (?:report|inspection|assessment))?(?: and [a-z]+ing (?:[^,;§]|§A\d+§){{1,60}}(?= ?,))?{ASIDE}"
                      rf"(?: (?:strand|pillar|part|section|element|category)(?: of (?:the |this |its )?(?:inspection|report|assessment))?)? ?(?:, ?)?"
                      # (a contrast set off, or the inspectors' word for it: "On A, however, inspectors said it was …")
                      rf"(?:(?:however|though|meanwhile|by contrast|in contrast) ?, ?)?"
                      rf"(?:(?:the )?(?:inspectors|inspectorate|watchdog|report|hmicfrs|hmic) "
                      rf"(?:said|says|found|finds|concluded|judged) (?:that )?)?"
                      rf"(?:the force|the constabulary|it|§F\d+§|(?:(?<=,)|(?<=, ))the §F\d+§|they|police|that|this|(?:the force's|its|§F\d+§ s) (?:work|performance|officers|approach|record)) "
                      rf"(?:(?:was|is|were|are|has been|have been|received|got|achieved|scored|gained) (?:said |reported )?"
                      rf"(?:{RATED_OR_GIVEN} )?(?:as |to be |to |a |an )*(?:(?:grade|rating|grading|judge?ment) of )?"
                      # (the grade named by its place on the scale first: "received the second-lowest grade, requires
                      # improvement")
                      rf"(?:the [a-z-]+ (?:grade|rating|grading|mark) ?[,:–-] ?)?\W?|(?P<bare>)(?:still |now |also )?)§G(?P<g>\d+)§")
# ... and the inspectorate rating the force after it: "On efficiency, the watchdog has rated Kent Police 'good'", "For
# legitimacy, inspectors rated the force good" (the area opening the sentence: not "After its look at effectiveness,
# efficiency and legitimacy, HMIC has judged Kent Police good overall").
PREPOSED_RATER = re.compile(rf"^\W*(?:and |but )?{PREP} {FILLER}(?P<areas>{A_LIST}) ?, ?(?:the )?(?:police )?(?:watchdog|inspectorate|inspectors|hmicfrs|hmic"
                            # (or by its name in full: "For A, Her Majesty's Inspectorate of Constabulary and Fire & Rescue
                            # Services rated it outstanding")
                            rf"|(?:her|his) majesty['’]?s inspectorate of constabulary(?: and fire (?:&|and) rescue services)?)"
                            rf"(?: (?:has|have|had))? (?:rated|graded|judged|assessed|found|deemed|considered) "
                            rf"(?:the force|the constabulary|it|§F\d+§) (?:as |to be )?\W?§G(?P<g>\d+)§")
# "Good: preventing crime; managing offenders", "Requires improvement | investigating crime", "Good - in use of resources"
LABELLED_GRADE = re.compile(rf"^\W*§G(?P<g>\d+)§\W? ?[:|\-] ?(?:{PREP} )?{FILLER}(?P<areas>{A_LIST})\W*$")
# "Investigating crime: good", "How effective is …? Good", and a table row "Preventing crime Good" (perhaps after a
# label: "Grades: Investigating crime - Good; …")
# (with a note in brackets after it: "(2022: Adequate)", "(no change)", "(was good last time)"; not a year
# alone: "Good (in 2019)" may be an earlier inspection's)
# So may a list line that names its subject first, its grade in brackets: "• Kent Police is efficient at … (good)", or
# a question whose words the vocabulary knows but the area's: "How effective is the force at investigating crime? (Good)",
# perhaps with words of its own before its question mark and a dash after it ("How effective is the force at tackling
# serious and organised crime, including its national responsibilities? – Good"), a pillar's line of a table
# ("Overall effectiveness rating: Good"), and a framework's summary line, its verb dropped: "The extent to which
# the force is efficient at … good.", "The extent to which … is legitimate at …: requires improvement."
_QUESTION_TAIL = r"(?:,? (?:including|and|in|for|of) [^§?:]{1,100}(?=\?))?"
LABELLED = re.compile(r"^\W*(?:(?:grades?|gradings?|ratings?|results?|judgements?) ?: ?|(?:§F\d+§|the force|the constabulary) (?:is|was) (?=§A\d+§ ?\()"
                      rf"|how (?:effective|efficient|legitimate|well) (?:is|was) (?:the force|the constabulary|it|§F\d+§) (?:at )?(?=§A\d+§{_QUESTION_TAIL} ?\?)"
                      r"|the extent to which (?:the force|the constabulary|§F\d+§) (?:is|was) (?=§A\d+§(?: is)? ?\W? ?§G)|overall (?=§A\d+§ (?:rating|grade|grading|judgement)))?"
                      rf"(?P<areas>§A\d+§)(?: (?:rating|grade|grading|judgement)(?= ?:))?{_QUESTION_TAIL}"
                      r" ?(?:(?:[:\-?|]|\(|was|is) ?){0,2}\W?§G(?P<g>\d+)§(?: ?\((?:[^§()]{0,25}§G\d+§[^§()\d]{0,15}|[^§()\d]{0,25})\))?\W*$")
# "Preventing crime, managing offenders and investigating crime - good": a list line's areas, then one grade.
LABELLED_LIST = re.compile(rf"^\W*(?P<areas>§A\d+§(?:{JOIN}§A\d+§)+) ?[:\-|] ?\W?§G(?P<g>\d+)§\W*$")
# An area with its grade between dashes, in brackets or commas: "including crime data integrity – graded as outstanding –".
GRADED_ASIDE = re.compile(rf"(?P<areas>{A_LIST}) ?(?:- |\( ?|, )(?:(?:which|that) (?:was|is) )?{RATED} "
                          rf"(?:as )?\W?§G(?P<g>\d+)§\W? ?(?:-|\)|,|\W*$)")
# The earlier grade such a line gives in brackets: "Preventing crime: Good (2022: Adequate)", "(previously good)".
LABELLED_BEFORE = re.compile(r"^\W*(?P<areas>§A\d+§) ?(?:[:\-?|]|was|is)? ?\W?§G\d+§ ?\([^§()]{0,25}§G(?P<g>\d+)§\)\W*$")
# "Investigating crime was also an area where the force requires improvement",
# "Responding to the public was the area found to require improvement", "Investigating crime is one of the areas found to
# require improvement" (no count: COUNT_BACKWARD)
# ("Protecting vulnerable people is another area where the force is good", "… where we judge the force good")
AREA_WHERE = re.compile(rf"(?P<areas>{A_LIST}) (?:was|were|is|are) (?:also )?(?:the|an|another|§N\d+§(?: of (?:the|its))?|its) (?:only |§N\d+§ |other )?"
                        rf"areas? (?:(?:where|in which|that) ?)?(?:we (?:judge|judged|find|found|consider|considered) )?"
                        rf"(?:(?:the force|the constabulary|it|police|§F\d+§) ?)?(?:was |is |were )?"
                        rf"(?:(?:found|rated|graded|judged|deemed|assessed|identified|highlighted) )?(?:to be |to |as )?\W?§G(?P<g>\d+)§")
# "Responding to the public: the force was judged to be adequate", as minutes and bullets head a finding with its area.
AREA_COLON = re.compile(r"^\W*(?P<areas>§A\d+§) ?: (?:the force|the constabulary|it|§F\d+§) (?:was|is|has been) "
                        rf"{RATED}(?: as| to be)? \W?§G(?P<g>\d+)§")
# "requires improvement in three areas - investigating crime, …", "in the other two: …", "in two, including …",
# "in three others – …", "in five of the nine areas, including …"
# So do "good in most categories, among them …", "good across a number of critical areas including …" (the areas named
# are some of those graded so: each of them has that grade; a journalist's examples, they do not choose the article's
# cycle, pairing.py), and "in three areas - among them …", "in three areas, including on how it investigates crime".
# As do the examples of "good in all areas, including …", "in every area, such as …", "across the board, among them …".
_SOME = r"(?:most|several|many|some|various|a (?:number|range|host) of)(?: (?!areas\b|categories\b)[a-z]+)?"
_ALL_WITH_EXAMPLES = (r"(?:all(?: of)?(?: the| its)?(?: §N\d+§)?(?= areas\b| categories\b)|every(?= area\b| category\b)|board)"
                      r"(?=(?: areas?| categor(?:y|ies))? ?,? ?(?:including|among them|such as)\b)")
COUNTED_LIST = re.compile(rf"§G(?P<g>\d+)§\W{{0,2}} ?(?:{GRADE_NOUN} )?{GRADE_GLOSS}(?:{PREP}|{GOES_TO}) (?:the |a )?(?:just |only |further )?"
                          rf"(?:(?:other|remaining)(?: §N\d+§)?|§N\d+§(?: of (?:the |its )?§N\d+§)?|(?P<some>{_SOME}(?= areas\b| categories\b)|{_ALL_WITH_EXAMPLES})"
                          rf"|(?:these|the following)(?= areas\b| categories\b))"
                          rf"(?: (?:other )?(?:(?:areas?|categories|themes?|strands?|aspects?)(?: of (?:its |their |the force's )?(?:work|policing))?|of these|of them)| others)? ?"
                          rf"(?:[-:(]|(?:, ?|- )?(?:including|namely|which were|these were|which include|which included|such as|among them)(?: ?:)?) ?"
                          rf"(?:(?:on|in|for|at) (?=how |the way |§A))?{FILLER}(?P<areas>{A_LIST})")
# "inadequate overall and in three key areas, having examined its ability to …, to … and …": any
# short link, so the listed areas must be exactly as many as the count.
COUNTED_APPOSITION = re.compile(rf"§G(?P<g>\d+)§[^§.;]{{0,20}}? in §N(?P<n>\d+)§ (?:key |main |core )?areas?,? "
                                rf"(?:\w+ ){{0,3}}?{FILLER}(?P<areas>{A_LIST})")
# "HMICFRS, which examined A, B and C, has rated the force inadequate overall and in three key areas": the areas an
# inspection looked at, then one grade in as many areas as it listed.
EXAMINED_THEN_COUNTED = re.compile(rf"\b(?:examined|examining|looked at|looking at|assessed|assessing|inspected|inspecting|reviewed|covered) "
                                   rf"(?P<areas>{A_LIST}),? (?:[^§.;]|§F\d+§){{0,60}}?§G(?P<g>\d+)§[^§.;]{{0,20}}? in "
                                   rf"(?:all |the |its |those |these )?§N(?P<n>\d+)§ (?:key |main |core )?(?:areas|pillars|categories)\b")
# The one area a sentence names, graded by a reference back to it: "found failings in the way it protects vulnerable
# people and gave the force the bottom rating of 'inadequate' for it" (pairing.py: no other area in the sentence).
GIVEN_FOR_IT = re.compile(rf"^(?:[^§]|§F\d+§)*(?P<areas>§A\d+§)(?:[^§]|§F\d+§)*?\b(?:gave|gives|handed|awarded) (?:the force|the constabulary|it|§F\d+§) (?:a|an|the|its)"
                          rf"(?: [a-z]+){{0,2}} (?:rating|grade|grading|mark) of \W?§G(?P<g>\d+)§\W? for (?:it|this|that)\b")
# A grade with a count of its own after it ("good in one area, A, adequate in seven areas and …"): the number and
# areas before it are the grade before's, not this one's.
_OWN_COUNT_NEXT = r"(?!\W? (?:in|for|across|on) (?:the )?(?:other |remaining |another )?§N)"
# "In two areas – recording data about crime and preventing crime – it is rated good": the listed areas must
# be as many as the count, unless they are its examples ("In two areas – investigating crime among them – …").
# (or inverted, the area with its possessive: "Only in one area, its use of police powers …, was it found to be adequate")
COUNTED_ASIDE = re.compile(rf"\bin (?:the |its )?(?:other |remaining )?§N(?P<n>\d+)§ (?:other |remaining |key |main |important )?areas? ?"
                           rf"(?:- |: |\( |, )(?:its |the force's )?(?P<areas>{A_LIST})(?P<among> (?:among them|included|including|for example|for instance))? ?(?:-|\)|,) ?"
                           rf"(?:(?:the force|the constabulary|it|§F\d+§|they|police) (?:{COPULA})?|(?:was|were) (?:it|the force|the constabulary) "
                           rf"(?:{RATED} )?(?:as |to be )?|(?:{COPULA}))?(?:only )?\W?§G(?P<g>\d+)§{_OWN_COUNT_NEXT}")
# "The force was rated adequate – police powers …; managing offenders …; and …": the grade, a dash, colon or
# 'namely', and a list of areas that ends the sentence.
GRADE_THEN_LIST = re.compile(rf"§G(?P<g>\d+)§(?: (?:grades?|ratings?))?\W? ?(?:- |: |,? ?namely ?:? ?)(?:(?:in|at|for|on) )?{FILLER}"
                             rf"(?P<areas>{A_LIST})\W*$")
# A grade that has gone before, then the areas it is for: what ELLIPSIS, UP_FROM, NOW_AGAIN, UNLIKE_FORCE and
# GAPPED_FORCE_HEAD go on from ("rated good for A, B and C").
_GRADE_FOR_AREAS = rf"§G\d+§{AFTER_GRADE} ?{PREP} {FILLER}(?P<areas>{A_LIST})"
# "Kent and Surrey were good at keeping people safe, while Sussex and Essex required improvement": the
# second clause's forces get the first clause's areas (the grade's own forces, see pairing.py).
ELLIPSIS = re.compile(rf"{_GRADE_FOR_AREAS} ?,? (?:while|whereas|but|and) (?:the )?"
                      rf"§F\d+§(?:(?: ?, ?| and | ?& ?)§F\d+§)*(?: (?:police )?forces?)? (?:{COPULA})?(?:(?:ranked|rated) (?:as )?)?\W?"
                      rf"§G(?P<g>\d+)§(?=\W*$| ?[,;.])")
# "… in areas including A, B and C, with these three areas rated as requiring improvement": a list, then the grade of
# them all in a 'with' clause (as many listed as it counts, if it counts them).
WITH_THESE = re.compile(rf"(?P<areas>{A_LIST}) ?, ?with (?:all |both )?(?:these|those|the|all|both)(?: §N(?P<n>\d+)§)?"
                        rf"(?: (?:areas|categories|questions|strands|pillars))?(?: all| both)? (?:being )?"
                        rf"{RATED} (?:as |to be )?\W?§G(?P<g>\d+)§")
# "It is judged under three headings - A, B and C; the force was rated good - the second of four grades - in all of
# them": the areas a sentence counts and lists, then one grade for all of them (as many listed as counted).
LISTED_THEN_ALL = re.compile(rf"§N(?P<n>\d+)§ (?:[\w-]+ ){{0,2}}(?:areas|headings|pillars|categories|criteria|strands) ?(?:[-:]|,? ?namely) ?"
                             rf"(?P<areas>{A_LIST}) ?[;,.]? (?:and |but )?(?:§F\d+§|the force|it|they) {COPULA}\W?§G(?P<g>\d+)§\W?"
                             rf"(?: - (?:[^;§]|§N\d+§){{0,80}}? -)? ?(?:on all counts|in all of them|in each of them|in each|"
                             rf"across the board|on every count|in every one of them|in all §N\d+§|across all §N\d+§)\b")
# "the one area requiring improvement was recording data about crime"; "one area highlighted as requiring improvement is …"
# (and with the inspectorate finding it: "the areas HMICFRS found to require improvement are …", "the areas that
# require improvement include …": every area listed, however many; or placing it: "the three areas put in the
# 'requires improvement' category were …", "the three put in the 'requires improvement' category were …")
AREA_IS = re.compile(rf"(?:\b(?:areas?|categor(?:y|ies))|\bthe §N\d+§(?= (?:rated|graded|judged|highlighted|identified|found|deemed|assessed|marked|ranked|put|placed)\b)) (?:(?:that|which) (?:(?:was|were|is|are) )?(?:still |now |also )?|(?:(?:the )?(?:hmicfrs|hmic|inspectors|inspectorate|watchdog|report|it) ))?"
                     rf"(?:(?:rated|graded|judged|highlighted|identified|found|deemed|assessed|marked|ranked|classed|considered) |{_PLACED} in(?:to)? the )?(?:as |to be |to )?\W?§G(?P<g>\d+)§\W?"
                     rf"(?: (?:category|class|band|bracket))?(?: ?,[^,§]{{0,40}},)? (?:was|were|is|are|include|includes|included) {FILLER}(?P<areas>{A_LIST})")
# "Among the outstanding areas were …", "the inadequate areas included …", "its two good grades were for …"
# (with a reporting clause between: "Among the 'inadequate' areas, HMICFRS said, were …")
_SAID = r"(?: ?, ?(?:[\w.'’]+ ){1,4}(?:said|says|added|noted|found) ?,)?"
GRADE_AREAS = re.compile(rf"§G(?P<g>\d+)§\W? (?:areas?{_SAID} (?:were|was|are|is|included|include)|(?:grades?|ratings?) (?:were|was) (?:for|in)) "
                         rf"{FILLER}(?P<areas>{A_LIST})")
# "Among the areas where the force was judged adequate are A, B and C", "the areas in which it was rated good include
# A and B", "two areas where the force was rated 'adequate', A and B": the areas listed after the grade of the force
# there (and "the areas in which HMICFRS said the force was graded 'outstanding' were A, B and C").
# The inspectorate as a verb's subject, by the names coverage gives it (pairing.py reads it too).
INSPECTORATE_SUBJECT = r"(?:hmicfrs|hmic|the inspectorate|the watchdog|the report|(?:the )?inspectors)"
_REPORTER = rf"(?:{INSPECTORATE_SUBJECT} (?:said|says|found|finds|judged|concluded) (?:that )?)?"
AREAS_WHERE_LIST = re.compile(rf"\bareas (?:where|in which) {_REPORTER}(?:§F\d+§|the force|the constabulary|it|police) (?:was|were|is|has been) "
                              rf"(?:{RATED} )?(?:as |to be )?\W?§G(?P<g>\d+)§\W? "
                              rf"(?:(?:are|were|include|included) |, ?){FILLER}(?P<areas>{A_LIST})")
# "Its investigations and the way it responds to the public have improved, being graded good in both areas": two areas,
# then one grade "in both" of them.
IN_BOTH = re.compile(rf"(?P<areas>{AREA}{JOIN}{AREA})[^§.;]{{0,40}}, (?:being |both )?{RATED} "
                     rf"(?:as |to be )?\W?§G(?P<g>\d+)§\W? (?:in|on|for) both\b")
# "several 'good' rankings, among them …", "four good ratings, including for …"
GRADE_AMONG = re.compile(rf"§G(?P<g>\d+)§\W? (?:grades|gradings|ratings|rankings) ?,? "
                         rf"(?:among them|including|notably|such as) (?:(?:in|for|at) )?{FILLER}(?P<areas>{A_LIST})")
# "How the force protects vulnerable people and how it investigates crime were among the 'inadequate' areas"
AMONG = re.compile(rf"(?P<areas>{A_LIST}) (?:was|were|is|are) (?:among|one of|some of) the "
                   rf"(?:§G(?P<g>\d+)§ areas|areas (?:(?P<verb>graded|rated|judged|found) (?:as |to be )?)?§G(?P<g2>\d+)§)")
# ... and the other way round: "Among the inadequate areas, according to the inspectorate, were A, B and C"
AMONG_FIRST = re.compile(rf"\bamong the (?:§N\d+§ )?§G(?P<g>\d+)§ (?:areas|ratings|grades|judgements)"
                         rf"(?: ?, ?(?:according to|says|said) [^,;§]{{1,40}} ?,)? (?:were|was|are|is) {FILLER}(?P<areas>{A_LIST})")
# "Five areas were judged adequate, including preventing crime and managing offenders"
GRADE_INCLUDING = re.compile(rf"\bareas?(?: of (?:the force's|its|their) work)? (?:were|was) (?:{RATED} )?(?:as |to be )?§G(?P<g>\d+)§ ?,? "
                             rf"(?:including|namely|such as|which (?:are|were|include|included)),? {FILLER}(?P<areas>{A_LIST})")
# A grade that changed: "Responding to the public improved from inadequate to good", "from good to requires
# improvement in investigating crime", "good at preventing crime, up from requires improvement".
_CHANGED = (r"(?:has |have |had )?(?:improved|moved|rose|risen|went up|gone up|fell|fallen|dropped|slipped|went down|gone down|declined|went|gone|"
            r"(?:was|were|has been|have been|had been) (?:upgraded|downgraded|raised|lowered))")
# (the area may be named by its report or grade: "the PEEL legitimacy report had been downgraded from good to …")
_AREA_NOUN_CHANGED = r"(?: (?:report|inspection|assessment|grade|grading|rating))?"
# (the earlier grade's time after it: "fell from good in 2017 to requiring improvement", "from inadequate last year to …";
# skeleton.RESET reads what follows its 'to' as now)
WHEN_BEFORE = r"(?: (?:in (?:19|20)\d\d(?:/\d\d)?|last year|the year before|previously))?"
FROM_TO = re.compile(rf"(?P<areas>{A_LIST}){_AREA_NOUN_CHANGED} {_CHANGED} from §G(?P<g>\d+)§{WHEN_BEFORE} to §G\d+§")
# A grade changed by a correction ("the grade for responding to the public was changed from adequate to requires
# improvement"): the grade it has now; the one it had is no earlier inspection's.
_REGRADED = r"(?:was|were|has been|have been) (?:changed|amended|corrected|revised)"
FROM_TO_NOW = re.compile(rf"(?P<areas>{A_LIST}){_AREA_NOUN_CHANGED} (?:{_CHANGED}|{_REGRADED}) from §G\d+§{WHEN_BEFORE} to §G(?P<g>\d+)§")
FROM_TO_AREA = re.compile(rf"from §G(?P<g>\d+)§ to §G\d+§ {PREP} {FILLER}(?P<areas>{A_LIST})")
# "HMIC has marked the force down on effectiveness, from good to requires improvement": the area between the verb of the
# change and its grades; each grade (the first, an earlier inspection's, by its place after 'from').
_MARKED = (r"(?:\b(?:marked|marks|moved|moves|downgraded|downgrades|upgraded|upgrades)(?: (?:§F\d+§|the force|the constabulary|it|them))?"
           r"(?: (?:down|up))?"
           # ("the force improved its grade for investigating crime from inadequate to adequate")
           r"|\b(?:improved|improves|raised|raises|lifted|lifts|lowered)(?= (?:its|their|the force's|the constabulary's|§F\d+§ s) "
           r"(?:grade|grading|rating|score)s? (?:for|in|on) ))")
_OWNERS = r"(?:the force's|the constabulary's|its|their|§F\d+§ s)"
# (or the area's rating the verb's object: "HMIC has downgraded the force's effectiveness rating from good to …", or
# the rating "for" the area: "improved its grade for investigating crime from …")
_MARKED_AREA = (rf"(?:(?:on|for|in) {FILLER}|{_OWNERS} |{_OWNERS} (?:grade|grading|rating|score)s? (?:for|in|on) {FILLER})"
                rf"(?P<areas>{A_LIST}){_AREA_NOUN_CHANGED}")
MARKED_ON = re.compile(rf"{_MARKED} {_MARKED_AREA} ?,? from §G(?P<g>\d+)§ to §G\d+§")
MARKED_ON_NOW = re.compile(rf"{_MARKED} {_MARKED_AREA} ?,? from §G\d+§ to §G(?P<g>\d+)§")
# "Kent Police's effectiveness rating slipped to requires improvement", "investigating crime moved up a grade to good",
# "fell two notches to …", "improved by one level to …": the grade it now has.
CHANGED_TO = re.compile(rf"(?P<areas>{A_LIST}) (?:(?:grade|grading|rating) )?{_CHANGED}(?: (?:up|down))?"
                        rf"(?: (?:by )?(?:a|one|§N\d+§) (?:grades?|notch(?:es)?|places?|levels?|steps?|rungs?))?(?: (?:up|down))? to §G(?P<g>\d+)§")
# (or "showing significant improvement from the 'inadequate' grading"; or set off by a dash: "good for A - up from …")
UP_FROM = re.compile(rf"{_GRADE_FOR_AREAS}(?: ?[,-])? ?(?:up|down|(?:showing |marking |representing )?(?:an? )?"
                     rf"(?:(?:significant|marked|big|major|considerable|clear|great) )?(?:improvement|rise|fall|drop)) "
                     rf"(?:from|on) (?:the |its |a )?(?:previous |last |earlier )?§G(?P<g>\d+)§")
# "rated inadequate at responding to the public in 2022 but is now good": the area of the grade before, graded again.
# (or a relative clause's grade before it: "Kent Police, which was rated inadequate for A in 2022, is now rated adequate")
NOW_AGAIN = re.compile(rf"{_GRADE_FOR_AREAS}[^§;]{{0,30}}?(?: ?,? (?:but|and) (?:it |the force |they )?| ?, "
                       # (or a clause of its own after a semicolon: "… for A in 2022; it is now adequate")
                       rf"| ?; ?(?:but )?(?:it|the force|the constabulary|they) )"
                       rf"(?:is|are|has been|have been) now (?:{RATED} )?(?:as )?\W?§G(?P<g>\d+)§(?=\W*$| ?[,;.])")
# "… was assessed as adequate, as was its management of offenders"
AS_WAS = re.compile(rf"§G(?P<g>\d+)§ ?, as (?:was|were|is|are) {FILLER}(?P<areas>{A_LIST})")
# Grade by exception: "good or adequate in all areas, except investigating crime, where it requires improvement"
# (the grade of the exception only: the others are not named).
# ("good in every area bar one: A, where its mark was requires improvement"; "apart from A, where it requires improvement")
EXCEPT = re.compile(rf"\b(?:except|bar|but|apart from|other than|save) (?:for |in )?(?:§N\d+§ ?[:-] ?)?{FILLER}(?P<areas>{A_LIST}) ?,? "
                    rf"(?:where (?:it|the force|they|(?:its|their|the force's) (?:mark|grade|grading|rating|score|judgement)) |which |that )(?:{COPULA})?\W?§G(?P<g>\d+)§")
# "it received a good efficiency rating", "an outstanding legitimacy grade": the grade, the area, and the noun they qualify.
GRADE_AREA_NOUN = re.compile(r"§G(?P<g>\d+)§\W? (?P<areas>§A\d+§)\W? (?:overall )?(?:grades?|gradings?|ratings?|judgements?|judgments?|verdicts?)\b")
# "gave the force an efficiency rating of 'requires improvement'": the area, the noun it qualifies, then the grade; and the
# grade it came from ("…, down from last year's rating of good": an earlier inspection's, by its year).
_AREA_RATED = r"(?P<areas>§A\d+§)\W? (?:overall )?(?:grade|grading|rating|judgement|judgment|score|verdict) (?:of|as) \W?"
AREA_NOUN_OF = re.compile(rf"{_AREA_RATED}§G(?P<g>\d+)§")
AREA_NOUN_OF_FROM = re.compile(rf"{_AREA_RATED}§G\d+§\W? ?,? (?:up|down) from (?:last year's|the previous|its previous|its|a|the) "
                               r"(?:(?:grade|grading|rating|judgement|judgment|score|verdict) (?:of )?)?\W?§G(?P<g>\d+)§")
# "The force has a good approach to preventing crime", "has an outstanding approach to A and B": the grade of the
# force's approach is that of the areas it is an approach to (the force has it: no 'needs a good approach to').
# (or is credited with it: "credits Kent Police with a good approach to preventing and deterring crime")
APPROACH = re.compile(rf"\b(?:has|have|had|having|credit(?:s|ed)? (?:§F\d+§|the force|it) with) (?:an?|its) (?:\w+ly )?§G(?P<g>\d+)§ "
                      rf"approach(?:es)? to {FILLER}(?P<areas>{A_LIST})")
# "rated 'good' in four areas, treatment of the public and preventing crime among them": some of the counted areas.
COUNTED_EXAMPLES = re.compile(rf"§G(?P<g>\d+)§\W? ?(?:in|for|across) §N\d+§ (?:other |more |further |key |main )?areas? ?[,-] ?"
                              rf"(?P<areas>{A_LIST}) (?:among them|included|for example|for instance)\b")
# "recognised for the 'outstanding' way it tackles anti-social behaviour": the way the force does a thing, so graded.
GRADE_WAY = re.compile(rf"\b(?:for|in|of) (?:the|its) (?:\w+ly )?\W?§G(?P<g>\d+)§\W? ways? (?:in which |that )?(?:it|the force|the constabulary|§F\d+§) "
                       rf"(?P<areas>{A_LIST})")
# "The force has a good understanding of demand", "Durham's outstanding planning for the future": a grade that qualifies
# the noun naming an efficiency question, which the force has (pairing.py keeps only areas whose phrase is such a noun).
QUALITY = re.compile(r"(?:\b(?:has|have|had|having|shows?|showed|shown|demonstrates?|demonstrated|retains?|retained|maintains?|maintained|keeps up|kept up) (?:an?|its) "
                     r"|(?:§F\d+§ ?['’]?s|\b[a-z]+['’]s|\bits|\btheir) )(?:\w+ly )?§G(?P<g>\d+)§ (?P<areas>§A\d+§)")
QUALITY_NOUNS = ("understanding ", "planning ")
# "Devon and Cornwall Police has an overall 'Good' level of efficiency": a pillar's grade as its level (pairing.py:
# pillars only; "a good level of protection" is praise).
LEVEL_OF = re.compile(r"\b(?:has|have|had|having|shows?|showed|achieved|achieves|maintains?|maintained) (?:an?|its) (?:overall )?"
                      r"\W?§G(?P<g>\d+)§\W? (?:overall )?level of (?P<areas>§A\d+§)")
# "With investigating crime rated adequate" ("judged to require improvement"): an absolute clause of an area and its grade.
WITH_AREA = re.compile(rf"\bwith {FILLER}(?P<areas>{A_LIST}) (?:(?:also|both|all|each|being) )?"
                       rf"{RATED} (?:as |to be |to )?\W?§G(?P<g>\d+)§")
# "Kent Police was rated good for preventing crime, as was Essex Police": the force after 'as was' has the same grade
# (or "and so was Essex Police", "so too was …", "the same as …", "the same grade as Essex Police": tokens.SAME_GRADE
# makes 'the same grade' the grade before it).
# (or "…, like Essex Police", "just like …"; not "like Essex Police, which was rated outstanding")
AS_WAS_FORCE = re.compile(rf"§G(?P<g>\d+)§{AFTER_GRADE} ?{PREP} {FILLER}(?P<areas>{A_LIST}) ?(?:, ?as (?:was|were|did)|[,;]? ?(?:and )?so (?:too )?"
                          rf"(?:was|were|did)|, ?(?:the same|§G\d+§) as|, ?(?:just )?like) "
                          rf"(?:neighbouring |nearby )?§F\d+§(?=\W*$| ?[;.]| ?,(?! ?(?:which|who|whose)\b))")
# "Kent Police was rated good for preventing crime, unlike Essex Police, which was rated adequate": the other force's
# grade, for the same area.
UNLIKE_FORCE = re.compile(rf"{_GRADE_FOR_AREAS} ?, ?unlike "
                          rf"(?:neighbouring |nearby )?§F\d+§ ?, ?(?:which|who) (?:was|were|is|are|has been|had been) "
                          rf"(?:{RATED} )?(?:as |to be )?\W?§G(?P<g>\d+)§")
# "A and B were graded good; C, adequate; and D, inadequate": a clause after a semicolon, its verb left out.
GAPPED = re.compile(rf"; ?(?:and )?{FILLER}(?P<areas>{A_LIST}) ?, \W?§G(?P<g>\d+)§\W?(?= ?[;.]|\W*$)")
# "Kent Police was rated good for preventing crime; Essex Police, adequate; Sussex Police, inadequate": forces after
# semicolons with their grades for the same area, the verb left out, as a round-up lists them.
GAPPED_FORCE_HEAD = re.compile(rf"{_GRADE_FOR_AREAS}(?= ?; ?(?:and )?§F)")
GAPPED_FORCE = re.compile(rf" ?; ?(?:and )?§F\d+§ ?,? \W?§G(?P<g>\d+)§\W?(?= ?[;.]|\W*$)")
# "judged the force 'good' overall across each of the strands inspected - its effectiveness, efficiency and legitimacy":
# each area listed after a grade for each or all of the strands (no count to check: the list ends the sentence).
EACH_LISTED = re.compile(rf"§G(?P<g>\d+)§\W?(?: overall)? (?:in|across|for|on) (?:each|all|every one) of (?:the |its )?"
                         rf"(?:strands|areas|pillars|categories|headings|criteria)(?: (?:it |they |we )?(?:inspected|assessed|examined|graded))? ?"
                         rf"(?:[-:]|,? ?namely) ?{FILLER}(?P<areas>{A_LIST})\W*$")
# "Serious and organised crime has gone up, and he was pleased the force had been rated good in that crucial area of
# work", "… committed to crime prevention and is judged to be good in this vitally important area": a grade for "that
# area", the one area its sentence named before it.
IN_THAT_AREA = re.compile(r"(?P<areas>§A\d+§)(?:[^§]|§F\d+§){0,200}?§G(?P<g>\d+)§\W? (?:in|for|on|at) (?:that|this) (?:[a-z]+ ){0,3}area\b")
# "the force's effectiveness at investigating offending, the area requiring improvement in the judgement of HMIC",
# "investigating crime - an area rated good a year ago"
AREA_APPOSITION = re.compile(rf"(?P<areas>§A\d+§) ?[,-] ?(?:the|an) (?:only |one |single )?area (?:(?:that|which) )?(?:(?:was|is|had been|has been) )?"
                             rf"(?:{RATED} )?(?:as |to be )?\W?§G(?P<g>\d+)§")
# "just one of them, recording data about crime, was judged to be good": areas in apposition to a number of them.
# ("one grading area – supporting victims – was assessed as 'requires improvement'")
NUMBER_OF_THEM = re.compile(rf"§N\d+§ (?:(?:grading|graded|key|main|other|further) )?(?:of them|of these|of those|area|category) "
                            rf"?(?:, ?|- )(?P<areas>{A_LIST}) ?[,-] ?{COPULA}\W?§G(?P<g>\d+)§")
# ... or the grade first, then the areas: "Just one of the eight was 'good', the treatment of the public".
NUMBER_OF_THEM_GRADED = re.compile(rf"§N\d+§ of (?:the|its) (?:§N\d+§ )?(?:areas |categories )?{COPULA}\W?§G(?P<g>\d+)§\W? ?(?:,|-) "
                                   rf"{FILLER}(?P<areas>{A_LIST})")
# "Four categories came out as 'adequate' - among them A, B, C and D", "Four further categories were placed in the
# 'requires improvement' class, including A, …": a count, its grade, then the areas (its examples, if fewer).
COUNT_THEN_LIST = re.compile(rf"§N(?P<n>\d+)§ (?:further |other |more |remaining )?(?:key )?(?:areas|categories|questions|strands) "
                             rf"(?:(?:within|of|in) (?:the force|the constabulary|its work) )?"
                             rf"(?:were |was |are )?(?:{RATED_OR_GIVEN} |{_PLACED} )?(?:as |in(?:to)? the |in )?\W?§G(?P<g>\d+)§\W?"
                             rf"(?: (?:class|category|grade|grading|band|bracket|rating))?(?: in the (?:report|inspection))? ?"
                             rf"(?:[-:(] ?(?:(?:including|namely|among them|such as) )?|,? ?(?:including|namely|among them|such as|which (?:were|are)) ?:? ?)"
                             rf"{FILLER}(?P<areas>{A_LIST})")
# "concerns about the effectiveness, efficiency and legitimacy of its policing, all of which were said to require
# improvement": a list, then the grade of each in a relative clause.
ALL_OF_WHICH = re.compile(rf"(?P<areas>{A_LIST})(?: of (?:its|their|the force's) \w+)?\W{{0,2}} ?(?:all|each|both) of which "
                          rf"(?:{COPULA})?(?:now |also |still )?\W?§G(?P<g>\d+)§")
# The grade as what the force had done to its area: "to have our legitimacy graded as 'outstanding'", "saw its
# efficiency rated good".
HAD_GRADED = re.compile(rf"\b(?:have|has|having|had|get|gets|getting|got|see|sees|seeing|saw) (?:our|its|their|§F\d+§ s|the force's) "
                        rf"(?P<areas>{A_LIST}) {RATED_OR_GIVEN} (?:as |to be )?\W?§G(?P<g>\d+)§")
# The grade again, for an area after it: "… was rated 'adequate', and so was its support of its workforce".
AND_SO_WAS = re.compile(rf"§G(?P<g>\d+)§\W{{0,2}} ?,? and so (?:was|were|is|are|did) {FILLER}(?P<areas>{A_LIST})")
# A relative clause whose subject grades the area: "how Kent Police investigated crime, which it rated 'requires
# improvement'"; "how it manages offenders, which the last assessment had considered outstanding" (an earlier grade); or says it has:
# "the way it responds to the public, which they said requires improvement".
WHICH_IT_RATED = re.compile(rf"(?P<areas>{A_LIST}){_OF_FORCE} ?, ?which (?:it|they|inspectors|the inspectors|the report|the inspectorate|"
                            rf"hmicfrs|hmic|the watchdog|the (?:last|previous|earlier) (?:assessment|inspection|report)) (?:had |has )?"
                            rf"(?:{RATED} (?:as |to be )?|(?:said|says|say|found|find|finds|concluded) (?:(?:was|were|is|are|still|also|now) )*)\W?§G(?P<g>\d+)§")
# Areas named between dashes as some of those graded: "several important areas – A, B and C among them – still 'require
# improvement'".
AMONG_THEM_SET_OFF = re.compile(rf"\b(?:areas|aspects|parts of its work) - (?P<areas>{A_LIST}),? (?:among them|among others|included) - "
                                rf"(?:(?:still|also|now|all) )?(?:{COPULA})?\W?§G(?P<g>\d+)§")
# Areas set off between dashes as the clause's subject, then their grade: "The core of the job, though - investigating
# crime and responding to the public - was found wanting and judged to require improvement".
SET_OFF_SUBJECT = re.compile(rf"- (?P<areas>{A_LIST}) - (?:(?:was|were|is|are) (?:[a-z]+ ){{1,2}}and )?"
                             rf"(?:{COPULA}|{RATED} (?:as |to be |to )?)\W?§G(?P<g>\d+)§")
# The area first, then what the force is at it: "Investigating crime is something the constabulary is good at." (The
# sentence's subject: "Understanding and identifying vulnerability is something …" is more than the area.)
SOMETHING_GRADED_AT = re.compile(rf"^\W*(?P<areas>{A_LIST}) (?:is|was|are|were|remains) (?:something|one thing|an area|one area|another area) "
                                 rf"(?:that |which )?(?:the force|the constabulary|it|§F\d+§) (?:is|was|has been) (?:also |still |now )?"
                                 rf"\W?§G(?P<g>\d+)§\W? (?:at|in)\W*$")
# An area with its grade alone in brackets, one pair after another in a sentence: "preventing crime (good), responding to
# the public (inadequate) and investigating crime (requires improvement)".
AREA_BRACKETED = re.compile(r"(?P<areas>§A\d+§) ?\( ?\W?§G(?P<g>\d+)§\W? ?\)")
# "Investigating crime was the force's only 'inadequate' rating": an area that is the force's grade of its kind.
AREA_WAS_ITS_GRADE = re.compile(r"(?P<areas>§A\d+§) (?:was|is) (?:the force's|the constabulary's|its|§F\d+§'s?) (?:only|sole|single|one) "
                                r"\W?§G(?P<g>\d+)§\W? (?:rating|grade|grading|judgement|mark)\b")
# "The force's best grade was 'outstanding' for preventing crime", "Its worst rating – inadequate – was for A", "The lowest
# grade, requires improvement, was for A", "Its highest mark, good, came for A": the force's grade at one end of its
# own grades, then the area it was for (not the scale's ends: "the best grade is outstanding").
SUPERLATIVE_GRADE = re.compile(r"\b(?:best|worst|highest|lowest|top|poorest|strongest|weakest) (?:single )?(?:grade|grading|rating|mark|score|result)"
                               r"(?: ?[,-])? (?:(?:was|is) )?\W?§G(?P<g>\d+)§\W?(?: ?[,-])? (?:(?:was|is|came|were) )?(?:for|in|on|at) "
                               rf"{FILLER}(?P<areas>{A_LIST})")
# "Outstanding: 1 (preventing crime)": a table's line counting a grade, the areas it counts in brackets.
_LABEL_COUNT = r"^\W*§G(?P<g>\d+)§\W? ?[:\-|] ?§N(?P<n>\d+)§(?: areas?)?"
COUNT_LABELLED_AREAS = re.compile(rf"{_LABEL_COUNT} ?\( ?(?P<areas>{A_LIST}) ?\)\W*$")
PATTERNS = (FORWARD, BACKWARD, BARE_VERB, PREPOSED, PREPOSED_RATER, LABELLED, LABELLED_GRADE, COUNTED_LIST, AREA_IS, AREA_WHERE,
            GRADE_AREAS, AREAS_WHERE_LIST, IN_BOTH, GRADE_AMONG, AMONG, EXCEPT, AS_WAS, GRADE_INCLUDING, FROM_TO, FROM_TO_NOW, FROM_TO_AREA, MARKED_ON, MARKED_ON_NOW, UP_FROM, CHANGED_TO,
            LABELLED_BEFORE, GRADE_THEN_LIST, GRADE_AREA_NOUN, LABELLED_LIST, GRADED_ASIDE, REVIEW_OF,
            OBJECT_AS, OBJECT_CALLED, LOOSE_LIST, WHERE_GRADE, AREA_COLON, NOW_AGAIN, APPROACH, QUALITY, WITH_AREA, AS_WAS_FORCE, UNLIKE_FORCE, GAPPED, EACH_LISTED,
            IN_THAT_AREA, NUMBER_OF_THEM, NUMBER_OF_THEM_GRADED, AREA_APPOSITION, GRADE_WAY, COUNTED_EXAMPLES, ALL_OF_WHICH, HAD_GRADED, AND_SO_WAS,
            SOMETHING_GRADED_AT, WHICH_IT_RATED, AMONG_THEM_SET_OFF, AMONG_FIRST, AREA_NOUN_OF, AREA_NOUN_OF_FROM, LEVEL_OF,
            SET_OFF_SUBJECT, AREA_BRACKETED, AREA_WAS_ITS_GRADE, COUNT_LABELLED_AREAS, SUPERLATIVE_GRADE)
# Where a table's terse area name ('Vulnerability') stands for the area: a line of an area and its grade.
TABLE_LINES = (LABELLED, LABELLED_GRADE, LABELLED_BEFORE)
# Where a newspaper's word for a grade ('failing') may stand for it: the grade first, then what it grades
# ("the lowest possible efficiency rating", "failing areas included …").
GRADE_FIRST = (FORWARD, COUNTED_LIST, GRADE_THEN_LIST, GRADE_AREA_NOUN, GRADE_AREAS, None)
# "Under the 'adequate' grade was: a; b; c", "Rated adequate were: a; b; and c": items apart by semicolons,
# so that one the vocabulary does not know ('managing orders') leaves the others standing ("Rated as being adequate
# were; a, b and c": the verb alone may end the head, a semicolon for its colon).
GRADE_HEAD = re.compile(r"(?:under the |rated |graded |judged )(?:as (?:being )?|to be )?§G(?P<g>\d+)§(?: (?:grade|grading|rating)s?)? ?"
                        r"(?:(?:was|were|are|is) ?[:;]? ?|: ?)")
SEMICOLON_ITEM = re.compile(rf"(?:and )?{FILLER}(?P<areas>{A_LIST}) ?\W?")
# A table flattened into one sentence, its rows apart by semicolons: "Its grades were: preventing crime – good;
# responding to the public – adequate; …", "graded as follows: A, good; B, adequate". Every item must be a row.
PAIRS_HEAD = re.compile(r"^[^;§]*(?:§F\d+§[^;§]*)?:(?= ?§A)|^")
PAIR_ITEM = re.compile(r"(?:and )?(?P<areas>§A\d+§) ?(?:[:\-|,]|was|is)? ?\W?§G(?P<g>\d+)§\W*")
# "good in all three areas", "inadequate in each of the three pillars": the pillars of 2014-2019 (not a list the
# text gives), or the questions of the one pillar an article's report is on. Only three areas or the pillars named
# so: "good in all areas" may take in the questions too. An area between the grade and "all" ("good at keeping
# people safe across all three criteria: A, B and C") leaves only the areas listed after it. A grade that is its own
# verb may follow its subject ("Kent Police requires improvement in all three PEEL indicators": group 'subject').
# "The three pillars" without "all" are all three; "the three areas" may be three the text singled out. A number
# needs its noun: "good in all three" may be any three things the text listed.
ALL_AREAS = re.compile(r"(?:\b(?:judged|rated|graded|assessed|found|given)(?: §F\d+§| the force| it)?|\b(?:was|were|is|are)(?: both| all)?"
                       r"|(?P<subject>§F\d+§|\bthe force|\bit)(?: (?:still|now|also))?) "
                       r"(?:as |to be )?§G(?P<g>\d+)§(?P<at> (?:at|in|for) (?:§A\d+§|[a-z' -]{1,40}?))? (?:in|across|for|on) "
                       r"(?:(?:all|all of|each of|every (?:one|§N\d+§) of)(?: the| its)? |(?:the|its) (?=§N\d+§ (?:peel )?pillars\b))"
                       r"(?:§N(?P<n>\d+)§(?:(?: of (?:the|its))? (?:key |main |core |peel |inspection )?(?:areas|pillars|criteria|categories|headings|strands|"
                       r"indicators|elements|counts|fronts))|pillars)\b"
                       r"(?: (?:of|in) (?:the |its )?(?:peel|assessment|inspection|report)\b)?")
# "Across all three areas put under the microscope – effectiveness, efficiency and legitimacy – the force was rated good":
# the count of areas first, then the force and its grade; the areas named between, as many as it counts.
_ALL_AREAS_NOUN = r"(?:(?:key|main|core|peel|inspection) )?(?:areas|pillars|criteria|categories|headings|strands)\b"
ALL_AREAS_FIRST = re.compile(
    r"(?:^|[,;:] |\b(?:and|but) )\W?(?:in|across|for|on) (?:(?:all|all of|each of|every (?:one|§N\d+§) of)(?: the| its)? §N(?P<n>\d+)§ "
    rf"{_ALL_AREAS_NOUN}(?: [a-z]+){{0,5}}?(?: ?[-:] ?(?P<areas>{A_LIST}) ?[-,]| ?,)?"
    # (or "the three key areas" that it names: "Across the three key areas; effectiveness, efficiency and legitimacy, …")
    rf"|(?:the|its) §N(?P<n2>\d+)§ {_ALL_AREAS_NOUN} ?[-:;,] ?(?P<areas2>{A_LIST}) ?[-,])"
    r" ?(?:§F\d+§|the force|the constabulary|it|they) (?:(?:was|were|is|are|has been|have been|had been) "
    r"(?:(?:judged|rated|graded|assessed|found|given|awarded) )?(?:as |to be )?"
    # ("In each of the three categories Gwent Police achieved 'Good' ratings": a count; the categories may be the questions
    # listed before, so which areas they are is not told)
    r"|(?P<achieved>achieved|received|earned|got|secured|gained) )"
    r"(?:the |a |an )?\W?§G(?P<g>\d+)§\W?(?: (?:ratings?|grades?|gradings?))?(?= ?[,;.:]|\W*$| and\b| but\b)")
# What may follow "all three areas" to name them: "; understanding demand, use of resources and planning for the
# future", ": A, B and C", " – in how it …; in …". The areas so named are the grade's, never the pillars.
# A few words may come before a colon: "across all three criteria for the first time: A, B and C".
_TO_COLON = r"(?:(?: [a-z]+){1,5}(?= ?:))?"
ALL_AREAS_NAMED = re.compile(rf"{_TO_COLON}\W? ?(?:[;:(-]|,? ?(?:namely|including|that is|which (?:are|were))\b)")
ALL_AREAS_LIST = re.compile(rf"{_TO_COLON}\W? ?(?:[;:(,-]|,? ?(?:namely|including|that is|which (?:are|were))\b) ?:? ?"
                            rf"(?:(?:in|at|for|on) )?{FILLER}(?P<areas>{A_LIST})")
# "Kent Police was rated good in the first area but requires improvement in the other three", after a sentence that
# counts and lists the areas ("It assessed four areas: A; B; C; D"): a grade for an item of that list by its place.
_CLAUSE_END = r"(?= ?[,;.]| but\b| and\b|\W*$)"
ORDINAL = re.compile(r"§G(?P<g>\d+)§\W{0,2} ?(?:in|for|at|on) (?:the )?(?P<which>first|second|third|fourth|fifth|last|final|former|latter)"
                     rf"(?: (?:area|one|category|question|heading|strand|pillar)| of (?:them|these|those)|{_CLAUSE_END}"
                     rf"| §N(?P<k>\d+)§(?: (?:areas|ones|categories|questions|headings|strands|pillars))?{_CLAUSE_END})")
OTHERS = re.compile(r"§G(?P<g>\d+)§\W{0,2} ?(?:in|for|at|on) (?:all )?(?:the )?(?:(?:other|remaining)(?: §N(?P<n>\d+)§)?"
                    rf"(?: (?:areas|ones|categories|questions|headings|strands|pillars))?|rest(?: of them)?){_CLAUSE_END}")
# The sentence such a grade refers back to: a number of areas, then their list ("in four areas: A; B; C and D").
COUNTED_HEADINGS = re.compile(r"§N(?P<n>\d+)§ (?:[\w-]+ ){0,2}(?:areas|headings|pillars|categories|criteria|strands|questions) ?"
                              r"(?:[-:]|,? ?namely) ?(?P<list>.*)$")
# "… in 'reducing crime and keeping people safe', 'operating efficiently …' and '…'. Each was rated as
# requiring improvement.": a grade for each of the areas the sentence before lists (and grades not).
EACH = re.compile(r"^\W*(?:each|both|all(?: §N\d+§)?)(?: of (?:them|these|those|the §N\d+§))? (?:was|were|is|are) (?:also )?"
                  rf"(?:{RATED} )?(?:as |to be |to )?\W?§G(?P<g>\d+)§")
# "… how it investigates crime and how it responds to the public. It rated the force inadequate in both of those areas":
# a grade for the areas the sentence before lists, as many as it says.
# ("In each area it was graded as good": the same, the areas first.)
THOSE_AREAS = re.compile(r"§G(?P<g>\d+)§\W? (?:in|for|across|on) (?:(?:all|each|both)(?: §N(?P<n>\d+)§)? of (?:those|these)"
                         r"(?: §N\d+§)?(?: areas| aspects)?|(?:those|these|both)(?: §N(?P<n2>\d+)§)? (?:areas|aspects))\b")
# ... or after them: "the force's work in those three areas was 'inadequate'"
THOSE_AREAS_GRADED = re.compile(rf"\b(?:those|these|both)(?: §N(?P<n>\d+)§)? (?:areas|aspects) (?:was|were|is|are|had been|has been) "
                                rf"(?:{RATED} )?(?:as |to be )?\W?§G(?P<g>\d+)§")
IN_EACH_AREA = re.compile(r"^\W*in (?:each|all|both)(?: §N(?P<n>\d+)§)?(?: of (?:these|those|them))?(?: areas?)?,? "
                          rf"(?:it|the force|the constabulary|§F\d+§) {COPULA}\W?§G(?P<g>\d+)§")

# What may not follow the number of such a count: other things counted ("in 80%", "in 5 years", "in 30 cases"), or
# some of other things ("in 12 of its 43 response units", "in five out of 10 key performance indicators"; "in five of 10
# areas under review" is a count).
_AREA_NOUN = r"(?:sub-?)?(?:areas?|categories|criteria|pillars|questions|strands|sections|aspects|themes|parts)\b"
# (nor "good in the two other areas as well": the grade's areas besides one named, not all of them)
_COUNTED = (r"(?! ?%)(?! ?(?:per|years?|months?|weeks?|days?|officers|staff|forces?|cases|units|calls|crimes|incidents|victims|people|times)\b)"
            r"(?! other (?:[\w-]+ ){0,4}?(?:as well|too)\b)"
            rf"(?! (?:out )?of (?:the |its |their )?§N\d+§ (?!(?:[\w-]+ ){{0,2}}{_AREA_NOUN}))")
# An aside on the scale between a grade and its count: "judged Inadequate (the lowest of five grades) in six areas".
_SCALE_ASIDE = r"(?:\((?:[^()§]|§N\d+§){1,40}\) ?|- (?:[^§-]|§N\d+§){1,40} - ?)?"
# (also "good in each of the three categories", "an overall good grading for HMIC's three pillars")
# (not "six are adequate with one area requiring improvement": that number is the next grade's)
COUNT_FORWARD = re.compile(rf"§G(?P<g>\d+)§\W{{0,2}} ?{_SCALE_ASIDE}(?:overall and )?(?:{GRADE_NOUN} |verdicts? (?:for|on) §F\d+§ )?{GRADE_GLOSS}"
                           rf"(?!with (?:the |its )?(?:other |remaining |further )?§N\d+§ (?:(?:[^.;§]|§[AN]\d+§){{0,80}}?)§G)"
                           rf"(?:{PREP}|for|with|{GOES_TO}) "
                           rf"(?:all |(?:all|each|every one|every §N\d+§) of (?:the |its )|(?:the|its) (?:other |remaining |further )?|just |only |another |a further "
                           rf"|(?:hmic|hmicfrs|the inspectorate)['’]?s )?§N(?P<n>\d+)§{_COUNTED}")
# "… good in three areas. These were A, B and C." ("The two were A and B."): the areas of the count just before, as
# many as it counts; or some of them ("Among them were A and B", "They included A").
THESE_WERE = re.compile(rf"^\W*(?:(?:these|they|those|the (?:areas|ones)|(?:the|these) §N\d+§(?: areas| ones)?) "
                        rf"(?:were|are|(?P<some>included|include)|being)|(?P<among>among (?:them|these|those))(?: (?:were|are))?) ?:? "
                        rf"(?:(?:in|for|at) )?{FILLER}(?P<areas>{A_LIST})\W*$")
# "… when parts of its performance were judged to be inadequate.": a grade of parts the sentence does not name, then
# "Among them were A, B and C" (backrefs.py: some of them; an item the vocabulary does not know may stand among them).
PARTS_GRADED = re.compile(r"\b(?:parts|areas|aspects|elements)(?: of (?:its|the force's|the constabulary's|§F\d+§ s) "
                          r"(?:performance|work|service))? (?:were|had been|have been|are) "
                          r"(?:(?:judged|rated|graded|found|assessed|deemed) )?(?:to be |as )?\W?§G(?P<g>\d+)§")
AMONG_THEM = re.compile(r"^\W*(?:among (?:them|these|those)(?: (?:were|are))?|(?:they|these) included) ?:? (?P<items>[^.;:]+)\W*$")
# ... whose items, apart at commas and 'and', are each an area or up to six words the vocabulary does not know.
AMONG_ITEMS = re.compile(r" ?(?:,|\band\b)(?: and\b)? ?")
AMONG_ITEM = re.compile(rf"(?:the |its |how (?:it|the force) )?(?:§A\d+§|{_STOP}[a-z][a-z-]*(?: {_STOP}[a-z][a-z-]*){{0,5}})")
# "… requiring improvement in one. That one area was investigating crime."
# "… When it comes to protecting the vulnerable, call-handlers do not always record the risks. This is an area that
# requires improvement.": the grade of the one area the sentence before names.
THIS_IS_AN_AREA = re.compile(r"^\W*(?:this|that|it) (?:is|was|remains) (?:an|one|the only|the one|another) (?:area|aspect) "
                             r"(?:of (?:its|the force's|their) work )?(?:that|which|where|in which)(?: the force| it)? "
                             rf"(?:still |also )?(?:(?:is|was|has been|had been) )?(?:{RATED} )?(?:as |to be )?\W?§G(?P<g>\d+)§\W*$")
THAT_AREA = re.compile(rf"^\W*(?:that|the) (?:§N\d+§ |only |single )?(?:remaining )?area (?:was|is) {FILLER}(?P<areas>{AREA})\W*$")
# "Two years ago the force was rated inadequate for A. This time it is good.": the grade now of the one area the sentence
# before gave an earlier grade (backrefs.now_again).
NOW_IT_IS = re.compile(rf"^\W*(?:but |and )?(?:now|this time|today|this year|in the latest (?:inspection|report)),? "
                       rf"(?:it|the force|the constabulary) (?:is|has been|was) (?:now )?(?:{RATED} )?(?:as |to be )?\W?§G(?P<g>\d+)§\W*$")
# "Kent Police was rated good for preventing crime. So too was Essex Police.": forces in a sentence of their own, given
# the grade the sentence before gives (backrefs.so_too).
SO_TOO_FORCES = re.compile(r"^\W*(?:and |but )?so (?:too )?(?:was|were|did) (?:neighbouring |nearby )?§F\d+§"
                           r"(?:(?: ?,| and| ?, and) (?:neighbouring |nearby )?§F\d+§)*\W*$")
# (the areas may be named in apposition, "just one of them, recording data about crime, was judged good", or some of
# them, "four more, among them A and B, were rated …"; put in a grade's class: "four further categories were placed in
# the 'requires improvement' class", _PLACED; or given "a grade of 'Good'")
COUNT_BACKWARD = re.compile(r"(?<!(?<!total )of )(?<!of the )(?<!of its )(?<!of their )(?<!country's )(?<!nation's )(?<!§ is )(?<!§ was )§N(?P<n>\d+)§ (?:(?:(?:important|key|other|further|more|remaining|grading|graded) )?(?P<noun>areas?|aspects?|sections?|others|more|of (?:them|which|those|these|(?:the |these |its |their )?(?:other |remaining )?(?:policing )?areas)|categories)"
                            r"(?: of (?:policing|classification|assessment|its work)| (?:within|in) (?:the force|the constabulary))?"
                            r"(?: ?, ?(?:however|though|meanwhile|also|in contrast) ?,| ?, ?§A\d+§ ?,| - §A\d+§ -"
                            r"| ?, ?(?:among them|including) (?:[^,;§]|§A\d+§){1,120}?,"
                            # (or the areas in other words, set off before the verb: "Two areas, managing demand and
                            # planning ahead, were identified as requiring improvement")
                            r"| ?, ?[^,;§]{1,60}?,(?= (?:were|was|are|is|have|has|had) ))? )?"
                            # ("3/8 areas being seen to be inadequate", as minutes put it; "three areas that required
                            # improvement")
                            rf"(?:(?:that|which) )?(?:(?:were|was|are|is|as|been|being|have been|has been|had been|stayed|remained|remain) )?(?:now |still |also )?"
                            rf"(?:{RATED_OR_GIVEN} |{_PLACED} |(?:seen|said|thought|believed) (?=to be )|identified (?=as )"
                            # ("Two of these areas earned the force an 'outstanding' rating")
                            rf"|(?:earned|won|gained|got|brought|secured) {_EARNER} (?:an? )?(?={_GRADE_THEN_NOUN}))?"
                            r"(?:as |to be |to |only |in(?:to)? the |in |(?:a |an )?(?:grade|grading|rating) of )?\W?§G(?P<g>\d+)§(?:\W? ?(?:grades?|gradings?|ratings?|judgements?))?"
                            rf"{_OWN_COUNT_NEXT}")
# "4 of the 9 areas were rated good", "1 of 9 areas inadequate"
# ("rated three out of eight elements of policing 'inadequate'", "ranked three of the eight areas of policing it reviewed
# as 'inadequate'")
# ("Just one of the eight was 'good'": the noun left out, the count the subject of its verb, not what a force was: "Kent
# was one of the five rated inadequate")
COUNT_OF = re.compile(r"(?<!was )(?<!were )(?<!is )(?<!are )§N(?P<n>\d+)§ (?:out )?of (?:the |its |their )?§N\d+§ "
                      r"(?:(?:\w+ )?(?:areas?|(?:sub-?)?categories|elements|aspects)(?: of (?:policing|its work))?"
                      r"(?: (?:(?:that|which) )?(?:it|they|inspectors|the inspectorate) (?:reviewed|inspected|assessed|examined|graded|looked at))? (?:(?:were|was) )?|(?:were|was) )"
                      rf"(?:{RATED} )?(?:as |to be |to )?\W?§G(?P<g>\d+)§")
COUNT_NOUN = re.compile(r"§N(?P<n>\d+)§ \W?§G(?P<g>\d+)§\W? (?:grades?|gradings?|ratings?|judgements?)")
# "two grades of good, three of adequate and four of requires improvement": the noun, then the grade; and the counts
# after it that leave the noun out (only after it: "one of good quality" counts nothing).
COUNT_NOUN_OF = re.compile(r"§N(?P<n>\d+)§ (?:grades?|gradings?|ratings?|judgements?) of \W?§G(?P<g>\d+)§")
COUNT_NOUN_OF_MORE = re.compile(r"(?:, |\band )§N(?P<n>\d+)§ of \W?§G(?P<g>\d+)§")
# "Good: 4", "Requires improvement – 2 areas": a count in a table's line (and the areas it counts, in brackets).
COUNT_LABELLED = re.compile(rf"{_LABEL_COUNT}(?: ?\( ?{A_LIST} ?\))?\W*$")
# "In two areas of its policing the force was judged adequate, and in only one other was it found to be good"
# ("In only four of the areas inspected did the report find the force to be 'good'"; opening its clause, not "inspected
# in three areas, the force was found …")
COUNT_PREPOSED = re.compile(r"(?:^\W*|[,;:] |\b(?:and|but|while|whereas) )in (?:only |just |the )?§N(?P<n>\d+)§ (?:other )?(?:(?:of the )?areas?(?: of (?:its|their) \w+(?: work)?| inspected| assessed"
                            # (or with a participle or relative clause after them: "In five other areas looked at by the
                            # inspectors in the first ever PEEL (…) assessment, it was graded as 'Good'", "In the five other
                            # areas the inspectors looked at in …, it was graded as 'Good'")
                            r"|(?: (?:looked at|inspected|assessed|examined|reviewed) by| (?:that |which )?(?:the )?(?:inspectors|inspectorate|hmicfrs|hmic)"
                            r" (?:looked at|inspected|assessed|examined|reviewed))[^§]{1,120}?(?= ?, ?(?:it|the force|the constabulary|§F\d+§) ))?)?,? ?"
                            r"(?:(?:the force|the constabulary|it|police|§F\d+§) (?:was|were)|(?:was|were) (?:it|the force)"
                            r"|did (?:the report|the inspectorate|inspectors|hmicfrs|hmic) (?:find|rate|judge|grade|assess) (?:the force|it|§F\d+§))\W? "
                            rf"(?:{RATED} )?(?:as |to be )?\W?§G(?P<g>\d+)§")
# "found five areas in which the force was 'inadequate'"
# (or the grade its own verb: "picked out three areas in which the force requires improvement: A, B and C")
COUNT_AREAS_WHERE = re.compile(rf"§N(?P<n>\d+)§ (?:\w+ )?areas? (?:in which|where) (?:the force|the constabulary|it|§F\d+§|they) "
                               rf"(?:(?:was|were|is|are|has been) (?:{RATED} )?(?:as |to be )?)?\W?§G(?P<g>\d+)§")
COUNT_PATTERNS = (COUNT_FORWARD, COUNT_BACKWARD, COUNT_OF, COUNT_NOUN, COUNT_NOUN_OF, COUNT_NOUN_OF_MORE, COUNT_PREPOSED,
                  COUNT_LABELLED, COUNT_AREAS_WHERE)
# "good in two areas, adequate in five and requires improvement in another": 'another' alone, ending the clause, is one more.
COUNT_ANOTHER = re.compile(r"§G(?P<g>\d+)§\W{0,2} in (?P<one>another)(?: (?:area|one))?(?= ?[.,;]|\W*$)")
# "three areas ranked second from last of the five gradings", "four areas were given the second-highest grade": a grade by
# its rank on the scale.
COUNT_RANK = re.compile(r"§N(?P<n>\d+)§ (?:\w+ ){0,2}areas? (?:(?:was|were) )?(?:(?:ranked|rated|graded|placed|given|awarded|handed)(?: in)?(?: the)?|in the) "
                        r"second(?: |-)(?P<end>from (?:the )?(?:last|bottom)|lowest|from (?:the )?top|highest)\b")
TOTAL = re.compile(
    r"(?:(?:graded|grading|assessed|assessing|rated|rating|inspected|judged|performance|scored)\b[^.;§]{0,60}?(?:§F\d+§[^.;§]{0,30}?)?"
    r"\b(?:in|across|on|against) (?:all |each of )?(?:the )?"
    r"|§N\d+§ of (?:the )?|§G\d+§\W? ?in all |\b(?:examined|covered) (?:the )?)"
    r"§N(?P<n>\d+)§ (?:[\w-]+ ){0,2}(?:areas?|categories|pillars|questions)"
    r"|§N\d+§ (?:areas? )?out of (?:the )?§N(?P<of>\d+)§ (?:that|which|areas?)"
    r"|§N(?P<each>\d+)§ (?:sections|areas|categories|strands),? each (?:graded|rated)")
# "nine areas, eight of which were graded": the areas graded, not those inspected.
TOTAL_GRADED = re.compile(r"§N\d+§ (?:[\w-]+ ){0,2}areas?,? §N(?P<n>\d+)§ of (?:which|them) (?:were|are) graded")
# A grade without an area, of a force, in an article about the report on one pillar (2014-2017):
# "South Wales Police and Gwent Police were rated good", "an overall grading of requires improvement",
# "she had judged the force good in 2015", "among 10 forces judged to need improvement".
OVERALL_RATING = re.compile(r"\boverall (?:grade|grading|judgement|judgment|rating)\b[^§.]{0,30}?(?: that (?:§F\d+§|the force|it))? "
                            r"(?:(?:was|is|has been|had been|remains|remained) (?:deemed|judged|assessed|considered|found|rated|given)|was|is|of|as|remains|remained) "
                            r"(?:as |to be )?§G(?P<g>\d+)§")
# "Kent Police has been rated as "good" overall – with …": a grade the sentence calls overall, whatever areas it grades besides.
GRADED_OVERALL = re.compile(rf"(?:§F\d+§|the force|it) (?:has been |have been |had been |was |were |is |are )?(?:\w+ )?{RATED_OR_GIVEN} "
                            rf"(?:as |to be )?\W?§G(?P<g>\d+)§\W? overall\b")
# "HMIC rated the local force's overall performance as 'good' in its report, but …": the same, by its performance.
# (the force whose performance it is, as both this and OVERALL_PATTERNS name it)
_FORCES_OWN = r"(?:§F\d+§ s|the (?:local |county )?force's|the constabulary's|its)"
OVERALL_PERFORMANCE = re.compile(rf"\b(?:judged|rated|rates|graded|grades|assessed|described|describes) {_FORCES_OWN} overall performance "
                                 rf"(?:as |to be )?\W?§G(?P<g>\d+)§")
# (not "the force judged as outstanding is Kent Police": a force named after its grade, FORCES_AFTER)
_NO_QUALIFIER = (r"(?!(?:\W? - [^-§]{1,40} -| ?\([^)§]{1,40}\))?\W?"  # (after an aside: "- the third ranking -")
                 r"(?: at\b| in (?:how|the way|all|each|every)\b| across\b|\W? (?:is|are|was|were) §F"
                 # (nor the first of the scale's grades listed: "judges it outstanding, good, requires improvement or inadequate")
                 r"|\W? ?(?:,|or) \W?§G\d+§"
                 # (nor what it was graded in, unnamed: "inadequate in protecting some of our most vulnerable victims")
                 r"| in (?:some|certain|several|parts|aspects|elements)\b| in (?!(?:spring|morning|evening)\b)[a-z]{2,}ing\b"
                 # (not 'in its newest round of PEEL inspections': the report it was given in)
                 r"| in (?:its|their|this|that)\b(?!(?: [\w-]+){0,4} (?:inspections?|reports?|assessments?|reviews?)\b)"
                 r"| for (?!(?:the |a )?(?:first|second|third|fourth|fifth|sixth|seventh|\w+ (?:consecutive|successive|straight)) |another |"
                 r"(?:each|every|this|that|its|their|the) (?:year|inspection|report|assessment)|§)))")
# Forces listed: "§F§", "§F§, §F§ and §F§".
_FORCE_LIST = r"§F\d+§(?:(?: ?, ?| and | ?, and )§F\d+§)*"
# "The force judged as outstanding is Kent Police", "The six forces assessed as requiring improvement are A, B, …
# and F", "the five forces graded 'outstanding': A, B, …": a grade, then the forces that have it (as many as it counts,
# if it counts them).
FORCES_AFTER = re.compile(rf"\b(?:the )?(?:§N(?P<n>\d+)§ |only |other )?(?:force|forces) (?:\w+ )?{RATED_OR_GIVEN} (?:as |to be )?\W?§G(?P<g>\d+)§\W? "
                          rf"(?:is|are|was|were|:|-) ?(?P<forces>{_FORCE_LIST})")
# ... and with the area after the grade: "The forces rated outstanding for efficiency were Durham, Kent and West
# Yorkshire", "Among those rated good for efficiency were A and B" (some of them).
FORCES_AFTER_AREA = re.compile(rf"\b(?:(?P<among>among) )?(?:the )?(?:§N(?P<n>\d+)§ |only |other )?"
                               rf"(?:forces|force|those) (?:\w+ )?{RATED_OR_GIVEN} "
                               r"(?:as |to be )?\W?§G(?P<g>\d+)§\W? "
                               r"(?:for|in|at|on) (?:its |their )?§A(?P<a>\d+)§\W? "
                               rf"(?:is|are|was|were|:|-) ?(?P<forces>{_FORCE_LIST})")
# ... or as a line of a round-up: "Outstanding for efficiency: Durham Constabulary, Kent Police, West Midlands Police".
GRADE_AREA_FORCES = re.compile(rf"^\W*§G(?P<g>\d+)§\W? (?:for|in|at|on) §A(?P<a>\d+)§\W? ?[:–-] ?(?P<forces>{_FORCE_LIST})\W*$")
# "The lowest grade (inadequate) went to just one force – Humberside Police"
# (or some of them: "A 'requires improvement' grade went to eight forces, South Yorkshire and Lincolnshire among them")
FORCES_GIVEN = re.compile(r"§G(?P<g>\d+)§\W{0,3} ?(?:grade |rating )?(?:went|was given|was awarded|were given|were awarded) to (?:just |only )?"
                          rf"(?:§N(?P<n>\d+)§ )?(?:police )?forces? ?(?:[:-] ?(?P<forces>{_FORCE_LIST})"
                          rf"|, ?(?P<among>{_FORCE_LIST}) among them)")
# Forces a grading verb's object names: "§F§", "§F§ and §F§ (police forces)", "§N§ forces, §F§ and §F§", "§N§ force (§F§)".
# (or none, for a force named after the grade: "rated 30 forces good, Northamptonshire among them", subjects.py)
_FORCES_NAMED = (rf"(?:{_FORCE_LIST}(?: (?:police )?forces)?|§N\d+§ (?:police )?forces?(?:, {_FORCE_LIST},?| ?\( ?{_FORCE_LIST} ?\)|(?= \W?§G\d+§\W?, ?§F\d+§ among them)))")
# "The Lancashire police force is "outstanding".": the force's whole predicate a grade (pairing.py: only in quote marks,
# the inspectorate's word, and so not a speaker's "we are a good force"; or unquoted where the inspectorate says so:
# "HMIC said Kent Police was good, but Essex Police …", "Kent Police is good, inspectors found").
COPULA_QUOTED_GRADE = re.compile(r"(?:§F\d+§(?: (?:police )?force)?|the (?:police )?force|the constabulary|it) (?:is|was|remains|remained) "
                                 r"§G(?P<g>\d+)§(?=\W*$|\W*,? (?:says?|said|according to)\b|\W*,? (?:hmicfrs|hmic|the inspectorate|inspectors|the watchdog|the report) (?:has |have )?(?:said|says|found)\b"
                                 r"|\W*,? (?:but|while|whereas) §F\d+§)")
OVERALL_PATTERNS = (
    # (a force among several given the grade: "five forces, Northumbria among them, were graded as requires improvement")
    # (or a force in brackets or commas after the word it stands for: "one force (Durham) was judged", "one, Bedfordshire, was")
    # (or the only one: "Durham was the only one ranked as outstanding", "the only one of the four ranked 'good'")
    re.compile(r"(?:§F\d+§(?: (?:police )?(?:forces?|constabularies))?(?:\)|,(?= (?:was|is) ))?|the force|it|they)(?: among them,?)?(?: ?,[^,§]{0,30},| -| - [^-§]{1,40} -)? (?:has been |have been |had been |was |were |is |are )?"
               rf"(?:the only (?:§N\d+§|force|constabulary)(?: of (?:the )?§N\d+§(?: (?:police )?forces)?)? )?(?:\w+ )?{RATED_OR_GIVEN}(?: as| to be| to)?(?: a| an)? §G(?P<g>\d+)§{_NO_QUALIFIER}"),
    # (or its performance: "rates the constabulary's overall performance as good"; or several forces: "graded Derbyshire
    # and Kent police forces as outstanding", "graded 1 force (Durham Constabulary) as outstanding")
    re.compile(rf"(?:judged|judges|rated|rates|graded|grades|ranked|ranks|assessed|assesses|found|finds|deemed|deems|identif(?:y|ies|ied)|describe[sd]?|consider(?:s|ed)?|class(?:es|ed)?) "
               rf"(?:{_FORCES_NAMED}|the force|it|{_FORCES_OWN} (?:overall )?performance) (?:as |to be |to )?§G(?P<g>\d+)§{_NO_QUALIFIER}"),
    # "placed two forces, Thames Valley and Durham, in the outstanding category"
    re.compile(rf"\b(?:placed|places|put|puts) {_FORCES_NAMED},? in the \W?§G(?P<g>\d+)§\W? (?:category|class|band|bracket|group)\b"),
    COPULA_QUOTED_GRADE,
    OVERALL_RATING,
    # "HMIC's overall judgment is that the force requires improvement" (the grade its own verb)
    re.compile(r"\boverall (?:judgement|judgment|assessment|conclusion|verdict) (?:is|was) that (?:§F\d+§|the force|the constabulary|it) "
               r"(?:still |now )?§G(?P<g>\d+)§(?= ?[.,;]|\W*$)"),
    # (or as some of them: "Cleveland and Northumbria Police are two of the five forces graded as 'requires improvement'")
    # ("Essex Police was one of just four forces given an 'inadequate' rating"; "Bedfordshire is among eight forces placed in
    # the 'requires improvement' category")
    re.compile(r"(?:was|were|is|are) (?:(?:among|one of|§N\d+§ of) (?:the |just |only )*§N\d+§ (?:police )?forces|the only (?:police )?force)[^§]{0,60}? "
               r"(?:judged|rated|graded|classed|found|assessed|given|awarded|placed|put)\b[^§]{0,100}? (?:as |to be |to |an? |in the )?\W?§G(?P<g>\d+)§"),
    # ("was graded as one of 27 forces 'requiring improvement'")
    re.compile(r"\b(?:judged|rated|graded|classed|assessed|named|listed) as (?:among|one of|§N\d+§ of) (?:the |just |only )*§N\d+§ (?:police )?forces "
               r"\W?(?:as |to be )?§G(?P<g>\d+)§"),
    # "has West Yorkshire Police down as 'requiring improvement'"
    re.compile(r"\b(?:has|have|had|puts?) (?:§F\d+§|the force|the constabulary|it) down as \W?§G(?P<g>\d+)§"),
    # "put this 'good' assessment at risk", "welcomes Kent Police's 'good' rating": the grade of the report's assessment.
    # (or the inspectorate's: "we welcome the HMIC's good grading")
    re.compile(r"\b(?:this|that|its|their|the force's|§F\d+§ s|(?:the )?(?:hmic|hmicfrs|inspectorate)(?:'s| s)) \W?§G(?P<g>\d+)§\W? "
               r"(?:assessment|rating|grading|grade|verdict|judgement)\b"),
    # "We accept the rating of 'Good' as the report's overall judgment": the report's rating, by its grade.
    re.compile(r"\b(?:the|a|an|its|this) (?:rating|grading|grade|judgement|judgment) of \W?§G(?P<g>\d+)§"),
    # "after receiving a 'good' grading 12 months ago": a grade the force was given, by its noun.
    re.compile(r"\b(?:receiv(?:ed|ing|es?)|got|getting|earn(?:s|ed|ing)?|achiev(?:ed|ing|es?)|award(?:ed|ing)|given|being given) (?:a|an)(?: overall)? \W?§G(?P<g>\d+)§\W? "
               r"(?:assessment|rating|grading|grade|verdict|judgement)\b"),
    # "a watchdog handed the force a 'good' rating": the grade's noun given to the force (or "an overall 'Good' grading").
    re.compile(rf"\b(?:gave|gives|give|giving|handed|hands|hand|handing|awarded|awards|award|awarding) (?:{_FORCES_NAMED}|the force|the constabulary|it) "
               r"(?:a|an|its)(?: overall)? \W?§G(?P<g>\d+)§\W? (?:assessment|rating|grading|grade|verdict|judgement)\b"),
    # "it says the force 'requires improvement.'", "the Dyfed-Powys and North Wales forces 'required improvement'"
    # "Kent Police was rated good, Essex Police requires improvement and Surrey Police inadequate": a force and its grade
    # after a comma or 'and', the verb left out (pairing.py: only after a grading verb in the sentence).
    re.compile(r"(?:, ?|,? and |,? while |,? but |; ?)§F\d+§ \W?§G(?P<g>\d+)§\W?(?= ?[,;.]|\W*$| and\b| while\b| but\b)"),
    # (and "Surrey Police, however, requires improvement")
    re.compile(r"(?:§F\d+§(?: (?:police )?forces)?|the force|it)(?: ?, ?(?:however|though|meanwhile|by contrast|in contrast) ?,)? "
               r"(?:now |still |also |all |both )?§G(?P<g>\d+)§(?=\W*$)"),
)
