"""Grades as real coverage states them (issue 16): one invented case per kind of phrasing, layout
or trap, each with every grade and count it states (and only those), by force, area, grade and
the programme of the inspection it belongs to. The real articles (tests/realworld) are the
measure; these cases pin each kind down on its own.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from peelkg.extract import extract
from peelkg.facts import Source
from peelkg.vocab import lexicon


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    grades: set = field(default_factory=set)  # (force, area, grade, programme)
    counts: set = field(default_factory=set)  # (force, grade, count, programme)


K, S, P = "Kent Police", "Surrey Police", "PEEL"
CASES = [
    # Pillars and questions of 2014-2019, by their descriptions.
    Case("pillar-descriptions", "PEEL 2018/19: Kent Police\n\n"
         "The extent to which the force is effective at reducing crime and keeping people safe is good.\n\n"
         "The extent to which the force operates efficiently and sustainably is outstanding.\n\n"
         "The extent to which the force treats the public and its workforce legitimately requires improvement.\n",
         {(K, "Effectiveness", "good", "PEEL 2018/19"), (K, "Efficiency", "outstanding", "PEEL 2018/19"),
          (K, "Legitimacy", "requires improvement", "PEEL 2018/19")}),
    # "Keeping people safe and reducing crime" is what every pillar of 2015-2017 judges ("effective / efficient /
    # legitimate at keeping people safe …") and the force as a whole: alone, it names no pillar.
    Case("keeping-people-safe-is-no-pillar", "PEEL 2015: The extent to which Kent Police is efficient at keeping people "
         "safe and reducing crime is good.\n\nThe HM Inspector said Kent Police was 'good' at keeping people safe and "
         "reducing crime.\n",
         {(K, "Efficiency", "good", "PEEL 2015")}),
    # ... but with its pillar's adverb it names that pillar, in any form of the verbs.
    Case("pillar-adverb-with-gerunds", "PEEL 2016: The HM Inspector said: \"Kent Police is judged to be good at efficiently "
         "keeping people safe and reducing crime.\" Surrey Police was outstanding at legitimately keeping people safe and "
         "reducing crime.\n",
         {(K, "Efficiency", "good", "PEEL 2016"), (S, "Legitimacy", "outstanding", "PEEL 2016")}),
    # In a pillar report's article, a grade the force "received" by its noun, months ago: that pillar's earlier grade.
    Case("pillar-grade-received-months-ago", "Published: 5 December 2017\n\nHMICFRS has rated Kent Police as 'inadequate' in its "
         "latest review of police efficiency. The PCC said: \"This is a blow after achieving a 'good' rating just eleven months "
         "ago.\"\n",
         {(K, "Efficiency", "inadequate", "PEEL 2017"), (K, "Efficiency", "good", "PEEL 2016")}),
    # The effectiveness questions as nouns ("its investigative capability", "the protection of vulnerable people"), and a
    # pillar report's overall grade "deemed" so.
    Case("question-nouns-and-overall-deemed", "PEEL: Police Effectiveness 2016\n\nThe PCC said the report finds Surrey Police "
         "\"requires improvement\" when it comes to its investigative capability and the protection of vulnerable people. He "
         "was surprised that the overall grading was deemed as 'requiring improvement'.\n",
         {(S, "Investigating crime and reducing re-offending", "requires improvement", "PEEL 2016"),
          (S, "Protecting vulnerable people and supporting victims", "requires improvement", "PEEL 2016"),
          (S, "Effectiveness", "requires improvement", "PEEL 2016")}),
    # The 2015-2017 effectiveness question's words as infinitives: "its efforts to prevent crime, tackle …".
    Case("question-in-infinitives", "PEEL 2016: Surrey Police's work to prevent crime, tackle antisocial behaviour and keep "
         "people safe was found to 'Require improvement'.\n",
         {(S, "Preventing crime and tackling anti-social behaviour", "requires improvement", "PEEL 2016")}),
    # "HMIC has looked at how effective the force is": the inspectorate looking at a pillar names its report.
    Case("inspectorate-looked-at-how-pillar", "Published: 3 November 2016\n\nHMIC has looked at how efficient Kent Police is "
         "and rated it 'good' overall.\n", {(K, "Efficiency", "good", "PEEL 2016")}),
    Case("questions-in-infinitives", "PEEL 2017: Kent Police's efforts to investigate crime and reduce re-offending and to "
         "tackle serious and organised crime were rated good. Its work to understand demand was judged good. Its efforts to "
         "treat the public fairly were rated good; its efforts to treat its workforce fairly were rated outstanding.\n",
         {(K, "Investigating crime and reducing re-offending", "good", "PEEL 2017"),
          (K, "Tackling serious and organised crime", "good", "PEEL 2017"), (K, "Understanding demand", "good", "PEEL 2017"),
          (K, "Treating the public fairly", "good", "PEEL 2017"), (K, "Treating the workforce fairly", "outstanding", "PEEL 2017")}),
    # The overall grade of a report its sentence names by its title, set off by dashes, whatever report the headline names.
    Case("overall-grading-of-a-titled-report", "PEEL: Police Effectiveness 2015\n\nThe report - PEEL: Police Legitimacy "
         "2015 - gave Kent Police an overall 'Good' grading and praised how it engages with local communities.\n",
         {(K, "Legitimacy", "good", "PEEL 2015")}),
    Case("work-against-and-record-on", "PEEL 2021/22: Kent Police was rated outstanding for its work against serious and "
         "organised crime, and good for its record on investigating crime.\n",
         {(K, "Disrupting serious organised crime", "outstanding", "PEEL 2021/22"),
          (K, "Investigating crime", "good", "PEEL 2021/22")}),
    # Serious organised crime without "and", as HMICFRS wrote it from 2021/22 and the papers since, in either scheme.
    Case("serious-organised-crime-without-and", "PEEL 2021/22: Kent Police is now rated 'adequate' for investigating crime, "
         "and gets the same grade for the way it tackles serious organised crime.\n\nPEEL 2016: Surrey Police was rated good "
         "at tackling serious organised crime.\n",
         {(K, "Investigating crime", "adequate", "PEEL 2021/22"), (K, "Disrupting serious organised crime", "adequate", "PEEL 2021/22"),
          (S, "Tackling serious and organised crime", "good", "PEEL 2016")}),
    # The 2015 efficiency questions as clauses, and other wordings of the 2014-2018/19 questions.
    Case("efficiency-2015-questions-as-clauses", "PEEL 2015: Kent Police was rated good for how sustainable and affordable its "
         "workforce model is. Surrey Police was rated outstanding for the sustainability of its finances, and requires "
         "improvement in how well it uses its resources to meet demand.\n",
         {(K, "Sustainable and affordable workforce model", "good", "PEEL 2015"),
          (S, "Sustainable financial position", "outstanding", "PEEL 2015"),
          (S, "Meeting current demands and using resources", "requires improvement", "PEEL 2015")}),
    Case("question-wordings", "PEEL 2016: Kent Police was rated good at protecting those who are vulnerable and supporting "
         "victims, and good at ensuring its workforce acts ethically and lawfully.\n",
         {(K, "Protecting vulnerable people and supporting victims", "good", "PEEL 2016"),
          (K, "Ethical and lawful workforce behaviour", "good", "PEEL 2016")}),
    Case("asb-abbreviated-2014", "PEEL 2014: Kent Police was rated good at tackling ASB.\n",
         {(K, "Tackling anti-social behaviour", "good", "PEEL 2014")}),
    # 2023-25's leadership area as its question says it ("how well the force is led and managed").
    Case("leadership-as-led-and-managed", "PEEL 2023–25: Kent Police was rated good for how well the force is led and "
         "managed.\n", {(K, "Leadership and force management", "good", "PEEL 2023–25")}),
    # A pillar's name "of" a thing is that thing's quality ("the effectiveness of its IT systems"), not the pillar.
    Case("pillar-of-a-thing", "PEEL 2018/19: Kent Police was rated inadequate for the effectiveness of its IT systems. Surrey "
         "Police was rated good for the effectiveness of the force.\n", {(S, "Effectiveness", "good", "PEEL 2018/19")}),
    Case("good-in-all-three-areas", "PEEL 2017: HMICFRS judged Kent Police good in all three areas.\n",
         {(K, "Effectiveness", "good", "PEEL 2017"), (K, "Efficiency", "good", "PEEL 2017"),
          (K, "Legitimacy", "good", "PEEL 2017")}, {(K, "good", 3, "PEEL 2017")}),
    # The pillars listed after the grade, an area and "all three …" between them; without a list, only that area.
    Case("all-three-listed-after-an-area", "PEEL 2017: Inspectors graded Kent Police good at keeping people safe across all three "
         "headings this year: effectiveness, efficiency and legitimacy.\n",
         {(K, "Effectiveness", "good", "PEEL 2017"), (K, "Efficiency", "good", "PEEL 2017"),
          (K, "Legitimacy", "good", "PEEL 2017")}, {(K, "good", 3, "PEEL 2017")}),
    Case("all-three-after-an-area-unlisted", "PEEL 2016: HMIC rated Kent Police good at investigating crime in all three areas.\n",
         {(K, "Investigating crime and reducing re-offending", "good", "PEEL 2016")}),
    # A report on one pillar that "identifies" or "describes" the force as a grade: that pillar's grade.
    Case("pillar-report-identifies", "Published: 3 November 2016\n\nThe PEEL Efficiency Report, out this morning, "
         "describes Kent Police as requiring improvement.\n",
         {(K, "Efficiency", "requires improvement", "PEEL 2016")}),
    # A pillar's name mistyped, a letter dropped or two swapped.
    Case("pillar-typos", "PEEL 2016: Kent Police was graded good for effectivness and legitmacy, and outstanding for "
         "effiicency.\n",
         {(K, "Effectiveness", "good", "PEEL 2016"), (K, "Legitimacy", "good", "PEEL 2016"),
          (K, "Efficiency", "outstanding", "PEEL 2016")}),
    Case("for-the-pillar-report-it-was-given", "PEEL 2016: HMIC inspected Kent Police this spring. For the legitimacy report "
         "it has been given an 'outstanding' grading.\n",
         {(K, "Legitimacy", "outstanding", "PEEL 2016")}),
    # Areas a sentence counts and lists, then one grade "on all counts"; listed as many as counted, else nothing.
    Case("listed-then-graded-on-all", "PEEL 2017: Forces are judged under three pillars - effectiveness, efficiency and "
         "legitimacy; and Kent Police was rated good - the second of four grades - in all of them.\n",
         {(K, "Effectiveness", "good", "PEEL 2017"), (K, "Efficiency", "good", "PEEL 2017"),
          (K, "Legitimacy", "good", "PEEL 2017")}),
    Case("listed-then-graded-on-all-miscounted", "PEEL 2017: Forces are judged under two headings - effectiveness, "
         "efficiency and legitimacy; and Kent Police was rated good on all counts.\n"),
    # Between a grade and its area: an adverb set off by commas, a reporting clause; "our" before the area; an
    # adverb after it; "gradings have gone to".
    Case("grade-aside-then-area", "PEEL 2021/22: HMICFRS inspected Kent Police. It requires improvement, however, in "
         "investigating crime. The force also was outstanding, the inspector said, at preventing crime.\n",
         {(K, "Investigating crime", "requires improvement", "PEEL 2021/22"), (K, "Preventing crime", "outstanding", "PEEL 2021/22")}),
    Case("gradings-gone-to", "PEEL 2021/22: Kent Police statement\n\n'Adequate' gradings have gone to the force for "
         "using resources well and managing offenders. We were assessed as good in our investigation of crime.\n",
         {(K, "Strategic planning, organisational management and value for money", "adequate", "PEEL 2021/22"),
          (K, "Managing offenders", "adequate", "PEEL 2021/22"), (K, "Investigating crime", "good", "PEEL 2021/22")}),
    # A headline grading one pillar and naming no other area: the article is on that pillar's report, so a grade
    # without an area below it is that pillar's (only in the cycles that reported one pillar at a time).
    Case("headline-pillar", "Two forces keep the top rating for legitimacy\n\nPublished: 8 December 2016\n\n"
         "HMIC has rated Kent Police outstanding. Essex Police was also rated outstanding.\n",
         {(K, "Legitimacy", "outstanding", "PEEL 2016"), ("Essex Police", "Legitimacy", "outstanding", "PEEL 2016")}),
    Case("headline-pillar-not-after-2017", "Forces keep the top rating for effectiveness\n\nPublished: 8 March 2025\n\n"
         "HMICFRS has rated Kent Police outstanding.\n"),
    Case("all-areas-is-no-pillar-after-2019", "PEEL 2023–25: HMICFRS judged Kent Police good in all areas.\n"),
    # An area phrase is read with its cycle's labels; with the cycle unknown only a shared meaning counts.
    Case("2016-question", "In its 2016 effectiveness inspection HMIC rated Kent Police good at protecting vulnerable people.\n",
         {(K, "Protecting vulnerable people and supporting victims", "good", "PEEL 2016")}),
    # Two halves of a question's name in the other order name that question, not two areas of a later cycle.
    Case("question-halves-swapped", "The report, published by HMICFRS on Tuesday, examines police effectiveness. It rated Kent Police good at supporting "
         "victims and protecting vulnerable people.\n",
         {(K, "Protecting vulnerable people and supporting victims", "good", P)}),
    # ... so a list's count cannot be checked against such a phrase: one area in 2015-2019, two since 2021.
    Case("list-count-with-a-two-way-phrase", "PEEL 2021/22: Surrey Police was weak at responding to the public, supporting "
         "victims and protecting vulnerable people, with these two areas rated inadequate.\n",
         set(), {(S, "inadequate", 2, "PEEL 2021/22")}),
    # The areas named as what they are: "across the inspection themes of A, B and C", "in the key pillars of A and B".
    Case("across-the-themes-of", "PEEL 2017: Kent Police was rated 'outstanding' across the key themes of efficiency and "
         "legitimacy.\n", {(K, "Efficiency", "outstanding", "PEEL 2017"), (K, "Legitimacy", "outstanding", "PEEL 2017")}),
    # An overall grading "as" a grade, in a clause on a pillar's report.
    Case("overall-grading-as", "PEEL 2016: Today's reports follow the force's efficiency report, in which "
         "Surrey Police received an overall grading as 'requires improvement'.\n",
         {(S, "Efficiency", "requires improvement", "PEEL 2016")}),
    # "The watchdog examined how effective …": the article's report is on effectiveness, which its arealess grade is.
    Case("watchdog-examined-how-effective", "Published: 9 March 2017\n\nThe watchdog examined how effective Surrey Police "
         "is. Surrey Police was rated 'good' overall at keeping people safe and reducing crime.\n",
         {(S, "Effectiveness", "good", "PEEL 2016")}),
    # A grading verb's object naming several forces: joined, in apposition to a count, or in brackets after it; a count
    # of forces after it is a new subject, which only a force "among them" names.
    Case("forces-a-grading-verb-names", "Published: 8 December 2016\n\nThis is HMIC's legitimacy report. It graded Kent and "
         "Surrey police forces as outstanding, 36 forces as good. It graded 1 force (Essex Police) as requires improvement.\n",
         {(K, "Legitimacy", "outstanding", "PEEL 2016"), (S, "Legitimacy", "outstanding", "PEEL 2016"),
          ("Essex Police", "Legitimacy", "requires improvement", "PEEL 2016")}),
    # Forces by their areas, then "forces are good at A": the forces' grade (not some thing's).
    Case("area-named-forces-are-good-at", "PEEL 2014: The assessment found that the Kent, Surrey and Essex forces are good "
         "at reducing crime and preventing offending.\n",
         {(K, "Reducing crime and preventing offending", "good", "PEEL 2014"),
          (S, "Reducing crime and preventing offending", "good", "PEEL 2014"),
          ("Essex Police", "Reducing crime and preventing offending", "good", "PEEL 2014")}),
    # "A report has found that Kent Police takes … and is good at A and B": the force the reported clause opens on.
    Case("reported-clause-holder-and-is-good-at", "Published: 28 February 2017\n\nA report out today has found that "
         "Kent Police takes an effective approach to reducing crime and anti-social behaviour and is good at investigating "
         "crime and protecting vulnerable people, domestic abuse victims in particular.\n",
         {(K, "Investigating crime and reducing re-offending", "good", "PEEL 2016"),
          (K, "Protecting vulnerable people and supporting victims", "good", "PEEL 2016")}),
    # "rated Kent as 'outstanding' in this particular area": that area's grade, not the report's pillar.
    Case("rated-as-in-this-area-is-no-pillar-grade", "PEEL 2015: Kent Police was rated 'good' in the legitimacy "
         "inspection. \"This assessment has rated Kent as 'outstanding' in this particular area,\" he said.\n",
         {(K, "Legitimacy", "good", "PEEL 2015")}),
    # A force by its area alone as a grading verb's object: "We have graded Kent as inadequate in each of the three pillars".
    Case("grading-verb-object-by-area", "PEEL 2018/19: Alongside the fourteen force reports, we have published our report "
         "on Kent Police. We have graded Kent as inadequate in each of the three pillars.\n",
         {(K, "Effectiveness", "inadequate", "PEEL 2018/19"), (K, "Efficiency", "inadequate", "PEEL 2018/19"),
          (K, "Legitimacy", "inadequate", "PEEL 2018/19")}, {(K, "inadequate", 3, "PEEL 2018/19")}),
    # A force's short form in brackets after its name is the same force, not the one subject: "the Met Police and
    # British Transport Police (BTP) are" grades both.
    Case("force-and-its-short-form-in-brackets", "PEEL 2021/22: The report found that the Met Police and British "
         "Transport Police (BTP) are \"adequate\" at tackling serious and organised crime.\n",
         {("Metropolitan Police Service", "Disrupting serious organised crime", "adequate", "PEEL 2021/22"),
          ("British Transport Police", "Disrupting serious organised crime", "adequate", "PEEL 2021/22")}),
    Case("forces-placed-in-a-category", "Published: 26 February 2018\n\nThe inspectorate publishes regular reports on "
         "efficiency. Its most recent one placed two forces, Kent and Surrey, in the outstanding category, rated 30 forces "
         "good, Essex among them, and found 10 forces requiring improvement.\n",
         {(K, "Efficiency", "outstanding", "PEEL 2017"), (S, "Efficiency", "outstanding", "PEEL 2017"),
          ("Essex Police", "Efficiency", "good", "PEEL 2017")}),
    # The review between dashes, the programme's name spelt out inside them, then 'looks at how effective a force is':
    # the report is on effectiveness; "rated as good overall – with … outstanding for A" grades the pillar and A.
    Case("review-looks-at-how-effective-a-force-is", "PEEL 2016: The review – the last to be announced in the yearly round "
         "of PEEL inspections (into Police Efficiency, Effectiveness and Legitimacy) – looks at how effective a force is at "
         "keeping people safe and cutting crime.\n\nSurrey Police has been rated as \"good\" overall – with the force "
         "singled out as \"outstanding\" for its work in preventing crime and anti-social behaviour.\n",
         {(S, "Effectiveness", "good", "PEEL 2016"),
          (S, "Preventing crime and tackling anti-social behaviour", "outstanding", "PEEL 2016")}),
    # A force in brackets or commas after the word it stands for ("one force (Durham)", "and one, Bedfordshire,"), and forces
    # set off by dashes after "services", in a tally of the report's pillar.
    Case("forces-in-brackets-commas-and-dashes", "Published: 13 March 2017\n\nThis latest round of inspections centred on one "
         "overall question: \"How effective is [each] force at keeping people safe and reducing crime?\".\n\nAcross the country, one "
         "force (Kent) was judged to be 'outstanding', 28 forces were 'good', and one, Surrey, was judged to be 'inadequate'. "
         "Two services - Essex and Norfolk constabularies - were rated \"requires improvement\".\n",
         {(K, "Effectiveness", "outstanding", "PEEL 2016"), (S, "Effectiveness", "inadequate", "PEEL 2016"),
          ("Essex Police", "Effectiveness", "requires improvement", "PEEL 2016"),
          ("Norfolk Constabulary", "Effectiveness", "requires improvement", "PEEL 2016")}),
    # A verbal grade with no verb before it, after its area: "In investigating offending, the force requires improvement"
    # (a grade that is no verb needs one: "In A, the force good" is none); "the people that it serves".
    Case("area-first-then-a-verbal-grade", "PEEL 2014: Kent Police\n\nIn investigating offending, the force requires "
         "improvement. In tackling anti-social behaviour, the force good.\n",
         {(K, "Investigating offending", "requires improvement", "PEEL 2014")}),
    Case("the-people-that-it-serves", "PEEL 2016: Surrey Police is good at treating the people that it serves with "
         "fairness and respect.\n", {(S, "Treating the public fairly", "good", "PEEL 2016")}),
    # The same areas in the inspectorate's other words: "everyone it serves", "its own workforce", "the way in which it";
    # "people who are vulnerable" and, with the victims' support, "people who are at risk".
    Case("everyone-it-serves-and-its-own-workforce", "PEEL 2017: Surrey Police is good at treating everyone it serves with "
         "fairness and respect. It requires improvement in some aspects of how it treats its own workforce with fairness and "
         "respect.\n", {(S, "Treating the public fairly", "good", "PEEL 2017"),
                        (S, "Treating the workforce fairly", "requires improvement", "PEEL 2017")}),
    Case("the-way-in-which-it", "PEEL 2017: Kent Police is judged to require improvement in the way in which it treats its "
         "workforce with fairness and respect.\n", {(K, "Treating the workforce fairly", "requires improvement", "PEEL 2017")}),
    # A count's grade heading a bulleted list of its areas, by the number of categories the inspectorate inspected.
    Case("each-of-the-categories-inspected-then-bullets", "HMIC released its Police Legitimacy 2016 report.\n\nThe report "
         "rated Kent Police good in each of the three categories HMIC inspected:\n\n• To what extent does the force treat all "
         "of the people it serves with fairness and respect?\n• To what extent does the force treat its workforce with "
         "fairness and respect?\n",
         {(K, "Treating the public fairly", "good", "PEEL 2016"), (K, "Treating the workforce fairly", "good", "PEEL 2016")},
         {(K, "good", 3, "PEEL 2016")}),
    # "The two were A and B" after a count of two; the grade as what the force had done to its area ("to have our
    # legitimacy graded as outstanding"); the grade given again to an area after it ("and so was its …"); the grade's
    # noun handed to the force, in an article on one pillar's report.
    Case("the-two-were", "PEEL 2021/22: HMICFRS rated Kent Police 'requires improvement' in the remaining two. The two were "
         "'Responding to the public' and 'Good use of resources'.\n",
         {(K, "Responding to the public", "requires improvement", "PEEL 2021/22"),
          (K, "Strategic planning, organisational management and value for money", "requires improvement", "PEEL 2021/22")},
         {(K, "requires improvement", 2, "PEEL 2021/22")}),
    Case("had-its-area-graded", "PEEL 2017: Chief Constable of Kent Police Alan Pughsley said: \"To have our legitimacy "
         "graded as 'outstanding' is magnificent news.\"\n", {(K, "Legitimacy", "outstanding", "PEEL 2017")}),
    Case("and-so-was-its-area", "PEEL 2023–25: Kent Police's performance on prevention and deterrence was rated "
         "\"adequate,\" and so was its support and protection of its own workforce. It was rated \"good\" in just one: fair "
         "and respectful treatment of the public.\n",
         {(K, "Preventing crime", "adequate", "PEEL 2023–25"), (K, "Developing a positive workplace", "adequate", "PEEL 2023–25"),
          (K, "Police powers and public treatment", "good", "PEEL 2023–25")}, {(K, "good", 1, "PEEL 2023–25")}),
    Case("handed-the-force-a-rating", " date 2018-03-23\n\nA watchdog handed the force a 'good' rating following an "
         "inspection of Kent Police.\n\nHMICFRS gave its verdict in its annual effectiveness report.\n",
         {(K, "Effectiveness", "good", "PEEL 2017")}),
    # "Four of those had been graded good": a count of the areas just named, as "of them".
    Case("four-of-those", "PEEL 2021/22: The report looked at Kent Police across 13 areas of policing; four of those had "
         "been graded 'good', one 'adequate' and the other two had not been graded.\n",
         set(), {(K, "good", 4, "PEEL 2021/22"), (K, "adequate", 1, "PEEL 2021/22")}),
    # The 2018/19 pillars by their aims in a list of "key areas such as …" ("reducing crime, keeping people safe", the
    # legitimacy pillar's "treats both the public and its workforce" after "and also"); other words for a question
    # ("reducing anti-social behaviour", "treatment towards the public").
    Case("key-areas-such-as-pillar-aims", "PEEL 2018/19: South Yorkshire Police has been rated \"good\" in key areas such as "
         "reducing crime, keeping people safe and also in the way it treats both the public and its workforce.\n",
         {("South Yorkshire Police", "Effectiveness", "good", "PEEL 2018/19"),
          ("South Yorkshire Police", "Legitimacy", "good", "PEEL 2018/19")}),
    Case("reducing-anti-social-behaviour", "PEEL 2016: In its approach to preventing crime and reducing anti-social "
         "behaviour, Kent Police requires improvement.\n",
         {(K, "Preventing crime and tackling anti-social behaviour", "requires improvement", "PEEL 2016")}),
    Case("treatment-towards-the-public", "PEEL 2021/22: Surrey Police was rated \"good\" for treatment towards the public.\n",
         {(S, "Treatment of the public", "good", "PEEL 2021/22")}),
    # "The reports published today examine police legitimacy": one pillar's report (a plural verb), so "good in all three
    # areas" is no grade of the three pillars (its three questions: two cycles' labels differ, so none).
    Case("reports-examine-one-pillar", "HMIC assesses every force as part of its annual inspections into police "
         "effectiveness, efficiency and legitimacy (PEEL).\n\nThe reports published today examine police legitimacy – how "
         "fairly forces treat the people they serve.\n\nKent Police has been rated as \"good\" in all three areas by the "
         "watchdog.\n", set(), {(K, "good", 3, P)}),
    # Forces as some of a tally's ("are two of the five forces graded as …"); a quality the force maintained.
    Case("two-of-the-forces-graded", "PEEL 2015: The Legitimacy inspection looked at how forces use stop and search. "
         "Kent Police and Surrey Police are two of the five forces graded as 'requires improvement'.\n",
         {(K, "Legitimacy", "requires improvement", "PEEL 2015"), (S, "Legitimacy", "requires improvement", "PEEL 2015")}),
    Case("maintained-a-good-understanding", "PEEL 2017: Kent Police is judged to be good in the efficiency with which it "
         "keeps people safe and reduces crime. The force has maintained a good understanding of demand.\n",
         {(K, "Efficiency", "good", "PEEL 2017"), (K, "Understanding demand", "good", "PEEL 2017")}),
    # The 2015-2016 inspectorate page's pillar lines, the force named inside ("How effective Kent Police is at keeping
    # people safe and reducing crime requires improvement."); not a clause after a verb (the sentence's subject only).
    Case("how-effective-the-force-is-at", "Kent 2015\n\nThis is the second assessment HMIC has made of Kent Police.\n\n"
         "How effective Kent Police is at keeping people safe and reducing crime requires improvement.\n\nHow efficient Kent "
         "Police is at keeping people safe and reducing crime is good.\n",
         {(K, "Effectiveness", "requires improvement", "PEEL 2015"), (K, "Efficiency", "good", "PEEL 2015")}),
    Case("kept-up-a-good-understanding", "PEEL 2017: Kent Police is judged to be good in how efficiently it keeps people safe "
         "and reduces crime. The force has kept up a good understanding of demand; its use of resources to manage demand is "
         "assessed to be good.\n",
         {(K, "Efficiency", "good", "PEEL 2017"), (K, "Understanding demand", "good", "PEEL 2017"),
          (K, "Using resources", "good", "PEEL 2017")}),
    # "in two of the four sub-categories of effectiveness – A and B": a count of the pillar's questions, then the two.
    Case("two-of-the-four-sub-categories-of-a-pillar", "PEEL 2016: Back then, Kent Police was told it required improvement "
         "in two of the four sub-categories of effectiveness – ‘investigating crime’ and ‘protecting vulnerable people’.\n",
         {(K, "Investigating crime and reducing re-offending", "requires improvement", "PEEL 2016"),
          (K, "Protecting vulnerable people and supporting victims", "requires improvement", "PEEL 2016")},
         {(K, "requires improvement", 2, "PEEL 2016")}),
    # "two areas where the force was rated 'adequate', A and B"; "on A the force's work was judged 'good'".
    Case("areas-where-rated-then-apposition", "PEEL 2023–25: It also found two areas where Kent Police was rated "
         "'adequate', preventing crime and developing a positive workplace, while on public treatment the force's work was "
         "judged 'good'.\n",
         {(K, "Preventing crime", "adequate", "PEEL 2023–25"), (K, "Developing a positive workplace", "adequate", "PEEL 2023–25"),
          (K, "Police powers and public treatment", "good", "PEEL 2023–25")}, {(K, "adequate", 2, "PEEL 2023–25")}),
    Case("people-who-are-vulnerable-or-at-risk", "PEEL 2015: Kent Police was rated good at protecting people who are "
         "vulnerable. Two services - Essex and Surrey constabularies - were rated \"inadequate\" for how they protect and "
         "support people who are at risk because of a disability or their age.\n",
         {(K, "Protecting vulnerable people and supporting victims", "good", "PEEL 2015"),
          ("Essex Police", "Protecting vulnerable people and supporting victims", "inadequate", "PEEL 2015"),
          (S, "Protecting vulnerable people and supporting victims", "inadequate", "PEEL 2015")}),
    # The three pillars by adjectives each with its 'how'; the report by what it "set out to answer", and the pillars' shared
    # aim as "how they keep people safe and reduce crime" (two forces, that report's pillar).
    Case("how-effective-how-efficient-and-how-legitimate", "PEEL 2016: HMIC had judged that Kent Police 'required "
         "improvement' in how effective, how efficient and how legitimate it was in keeping people safe and reducing crime.\n",
         {(K, "Effectiveness", "requires improvement", "PEEL 2016"), (K, "Efficiency", "requires improvement", "PEEL 2016"),
          (K, "Legitimacy", "requires improvement", "PEEL 2016")}),
    Case("report-set-out-to-answer", "Published: 5 January 2018\n\nInspectors have ruled that Kent Police and Surrey "
         "Police both require improvement in how they keep people safe and reduce crime.\n\nThe report set out to answer "
         "'How legitimate the forces were in keeping people safe and reducing crime?'\n",
         {(K, "Legitimacy", "requires improvement", "PEEL 2017"), (S, "Legitimacy", "requires improvement", "PEEL 2017")}),
    # ... and "at how they keep …" in a statement on one pillar's report.
    Case("good-at-how-they-keep-people-safe", "Commissioner's response to the HMICFRS Efficiency Report 2017\n\nThe "
         "commissioner said the public would be glad Kent Police had been judged as being Good at how they keep people "
         "safe and reduce crime.\n",
         {(K, "Efficiency", "good", "PEEL 2017")}),
    # A year of the data an earlier report used dates no inspection: the earlier report is the cycle before this one, whose
    # areas "investigating crime and managing offenders" are two.
    Case("data-year-dates-no-inspection", "PEEL 2023–25: Kent Police requires improvement in responding to the public. Set "
         "against an earlier report that used the same methodology for 2020 data, the force has lost several 'good' "
         "rankings, including in the areas of investigating crime and managing offenders.\n",
         {(K, "Responding to the public", "requires improvement", "PEEL 2023–25"),
          (K, "Investigating crime", "good", "PEEL 2021/22"), (K, "Managing offenders", "good", "PEEL 2021/22")}),
    # "found two of its policing areas to be 'requiring improvement'": a count.
    Case("two-of-its-policing-areas", "PEEL 2023–25: Kent Police said there were no causes for concern after a new "
         "report found two of its policing areas to be 'requiring improvement'.\n",
         set(), {(K, "requires improvement", 2, "PEEL 2023–25")}),
    # "either to require improvement or to be inadequate in 5 out of 8 areas": a count of both grades, neither's.
    Case("either-or-in-a-number-of-areas-is-no-count", "PEEL 2023–25: Kent Police has been judged either to require "
         "improvement or to be inadequate in 5 out of 8 areas looked at in its latest inspection.\n"),
    # "A is one of the areas found to require improvement": A's grade, and no count.
    Case("one-of-the-areas-found-to", "PEEL 2023–25: Inspectors judged Kent Police to be 'good' in one area and 'requires "
         "improvement' in two areas. Investigating crime is one of the areas found to require improvement.\n",
         {(K, "Investigating crime", "requires improvement", "PEEL 2023–25")},
         {(K, "good", 1, "PEEL 2023–25"), (K, "requires improvement", 2, "PEEL 2023–25")}),
    # The question in nouns: "investigation of crime and reduction of reoffending".
    Case("question-in-nouns", "PEEL 2016: Kent Police's investigation of crime and reduction of reoffending was rated "
         "'good'.\n", {(K, "Investigating crime and reducing re-offending", "good", "PEEL 2016")}),
    # A pillar's question heading an inspectorate sub-page names its report: "good at keeping people safe and reducing
    # crime" below it is that pillar's grade; the main page, heading all three pillars' questions, names none.
    Case("pillar-question-heading-a-sub-page", "Skip to content\n\nKent PEEL 2015\n\n\nHow effective is the force at "
         "keeping people safe and reducing crime?\n\nLast updated 18/02/2016\n\nTaking everything together, HMIC judges "
         "Kent Police to be good at keeping people safe and reducing crime.\n",
         {(K, "Effectiveness", "good", "PEEL 2015")}),
    Case("pillar-questions-heading-a-main-page", "Skip to content\n\nKent PEEL 2015\n\nHow effective is the force at "
         "keeping people safe and reducing crime?\n\nHow efficient is the force at keeping people safe and reducing "
         "crime?\n\nTaking everything together, HMIC judges Kent Police to be good at keeping people safe and reducing "
         "crime.\n"),
    # ... but "how effective forces are at protecting vulnerable people" is a report on that question (HMIC's of December
    # 2015), not the pillar: the grade is the question's.
    Case("watchdog-looked-at-how-effective-at-a-question", "Published: 15 December 2015\n\nOnly Surrey Police was ranked "
         "'good'. The watchdog looked at how effective forces are at protecting vulnerable people from harm and at "
         "supporting victims.\n",
         {(S, "Protecting vulnerable people and supporting victims", "good", "PEEL 2015")}),
    # A grade withheld ("held back from calling it inadequate") is none, and leaves the one given to the named report.
    Case("grade-withheld-beside-named-report", "Published: 3 March 2017\n\nSurrey Police's legitimacy report graded the "
         "force 'requires improvement', and HMIC held back from rating it inadequate because of recent changes.\n",
         {(S, "Legitimacy", "requires improvement", "PEEL 2016")}),
    # "in three others – A, B and C": the count's noun left out.
    Case("counted-others-list", "Surrey Police was good in two areas and inadequate in two others: managing offenders and "
         "leadership and force management.\n",
         {(S, "Managing offenders", "inadequate", "PEEL 2023–25"), (S, "Leadership and force management", "inadequate", "PEEL 2023–25")},
         {(S, "good", 2, "PEEL 2023–25"), (S, "inadequate", 2, "PEEL 2023–25")}),
    # With two forces graded by name, "It" continues the one force the sentence before names.
    Case("pronoun-after-one-of-two-forces", "PEEL 2017: Kent Police and Surrey Police rated good\n\nKent Police was "
         "rated good. Kent Police praised its staff.\n\nSurrey Police was a good force. It was judged outstanding in how "
         "well it understands demand.\n",
         {(S, "Understanding demand", "outstanding", "PEEL 2017")}),
    # "treating people fairly" for the public.
    Case("treating-people-fairly", "PEEL 2017: Surrey Police has a 'good' approach to treating people fairly.\n",
         {(S, "Treating the public fairly", "good", "PEEL 2017")}),
    # An overall grading in a sentence on another pillar's report, beside a question, is not the article's pillar's.
    Case("overall-grading-beside-another-pillar", "Published: 20 November 2015\n\nThe efficiency report was welcomed. "
         "The second report, 'Police Legitimacy', looked at how the force treats the public fairly and gave Surrey Police an "
         "overall grading of 'good'.\n"),
    # "Three of the other areas were adequate", "two of remaining areas …": a count of the areas left.
    Case("count-of-the-other-areas", "PEEL 2023–25: Surrey Police was good at preventing crime. Three of the remaining "
         "areas were judged 'adequate'.\n", {(S, "Preventing crime", "good", "PEEL 2023–25")},
         {(S, "adequate", 3, "PEEL 2023–25")}),
    Case("unknown-cycle-ambiguous-area", "Kent Police was rated good at protecting vulnerable people.\n"),
    Case("unknown-cycle-shared-meaning", "Kent Police was rated adequate at protecting vulnerable people.\n",
         {(K, "Protecting vulnerable people", "adequate", P)}),
    Case("cycle-from-areas", "Kent Police was judged good at preventing crime and adequate for leadership and force management.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), (K, "Leadership and force management", "adequate", "PEEL 2023–25")}),
    Case("cycle-from-publication-date", "Published: 12 March 2016\n\nKent Police was rated good at investigating crime.\n",
         {(K, "Investigating crime and reducing re-offending", "good", "PEEL 2015")}),
    # Grade first, then the areas.
    Case("grade-heading-semicolons", "PEEL 2023–25: Surrey Police\n\nUnder the 'adequate' grade was: preventing crime; "
         "managing orders; leadership & force management.\n",
         {(S, "Preventing crime", "adequate", "PEEL 2023–25"), (S, "Leadership and force management", "adequate", "PEEL 2023–25")}),
    Case("this-grading", "PEEL 2021/22: Surrey Police\n\nA further grading, 'Adequate', has been added this year.\n\n"
         "The force was given this grading for preventing and investigating crime.\n",
         {(S, "Preventing crime", "adequate", "PEEL 2021/22"), (S, "Investigating crime", "adequate", "PEEL 2021/22")}),
    # "awarded the grade for" the areas (the verb as a page misspelt it): the grade the sentence before names; a verb
    # that does not give it ("disputed the grade for") gives nothing.
    Case("awarded-the-grade-for", "PEEL 2017: Inspectors have rated Kent Police 'good' in a number of areas.\n\nHMICFRS "
         "awrded the grade for investigating crime and reducing re-offending and tackling serious and organised crime.\n\n"
         "Surrey Police was rated 'inadequate' overall. Its chief disputed the grade for protecting vulnerable people.\n",
         {(K, "Investigating crime and reducing re-offending", "good", "PEEL 2017"),
          (K, "Tackling serious and organised crime", "good", "PEEL 2017")}),
    Case("grade-then-areas", "PEEL 2023–25: Kent Police. Five areas were judged adequate, including preventing crime and "
         "managing offenders. 'Requires improvement' was the grade for investigating crime. 'Good' ratings were given for "
         "police powers and public treatment.\n",
         {(K, "Preventing crime", "adequate", "PEEL 2023–25"), (K, "Managing offenders", "adequate", "PEEL 2023–25"),
          (K, "Investigating crime", "requires improvement", "PEEL 2023–25"), (K, "Police powers and public treatment", "good", "PEEL 2023–25")},
         {(K, "adequate", 5, "PEEL 2023–25")}),
    Case("grade-namely-long-names", "PEEL 2023–25: HMICFRS rated Kent Police adequate in four areas, namely: police powers "
         "and treating the public fairly and respectfully; preventing and deterring crime and anti-social behaviour and "
         "reducing vulnerability; managing offenders and suspects; and building, supporting and protecting the workforce.\n\n"
         "Surrey Police was rated good – responding to the public; investigating crime, and leadership and force management.\n",
         {(K, a, "adequate", "PEEL 2023–25") for a in ("Police powers and public treatment", "Preventing crime", "Managing offenders",
                                                       "Developing a positive workplace")}
         | {(S, a, "good", "PEEL 2023–25") for a in ("Responding to the public", "Investigating crime", "Leadership and force management")},
         {(K, "adequate", 4, "PEEL 2023–25")}),
    Case("grade-then-list-ends-the-sentence", "PEEL 2023–25: Kent Police was rated good: investigating crime was its "
         "strongest area. The report was published by HMICFRS – preventing crime was not graded.\n"),
    Case("national-list", "date 2017-03-02\n\nHMIC graded forces for their overall effectiveness as follows:\n:: Good\n"
         "Kent, Surrey and Avon & Somerset\n:: Requires improvement\nMet Police, Hampshire and Durham\n:: Inadequate\n"
         "Bedfordshire and most of the others\n",
         {(f, "Effectiveness", "good", "PEEL 2016") for f in (K, S, "Avon and Somerset Constabulary")}
         | {(f, "Effectiveness", "requires improvement", "PEEL 2016")
            for f in ("Metropolitan Police Service", "Hampshire and Isle of Wight Constabulary", "Durham Constabulary")}),
    Case("areas-before-the-grade", "PEEL 2023–25: For responding to the public and for investigating crime, Kent Police was "
         "rated Adequate. In two areas – recording data about crime and preventing crime – it is deemed to be 'good'. In "
         "three areas – managing offenders and protecting vulnerable people – it requires improvement.\n",
         {(K, "Responding to the public", "adequate", "PEEL 2023–25"), (K, "Investigating crime", "adequate", "PEEL 2023–25"),
          (K, "Recording data about crime", "good", "PEEL 2023–25"), (K, "Preventing crime", "good", "PEEL 2023–25")},
         {(K, "good", 2, "PEEL 2023–25")}),
    Case("attribution-inside", "PEEL 2023–25: Kent Police. The areas requiring improvement, HM Inspector Lee Freeman said, "
         "are responding to the public; investigating crime; protecting vulnerable people, and managing offenders.\n",
         {(K, a, "requires improvement", "PEEL 2023–25") for a in ("Responding to the public", "Investigating crime",
                                                                   "Protecting vulnerable people", "Managing offenders")}),
    Case("names-of-the-inspectorate-summaries", "PEEL 2021/22: Kent Police was adequate at preventing crime; developing a "
         "positive workplace and making good use of resources. It requires improvement in aspects of the way it investigates "
         "crime. Inspectors found it inadequate when responding to the public.\n",
         {(K, "Preventing crime", "adequate", "PEEL 2021/22"), (K, "Developing a positive workplace", "adequate", "PEEL 2021/22"),
          (K, "Strategic planning, organisational management and value for money", "adequate", "PEEL 2021/22"),
          (K, "Investigating crime", "requires improvement", "PEEL 2021/22"), (K, "Responding to the public", "inadequate", "PEEL 2021/22")}),
    Case("question-in-its-long-wording", "PEEL 2016: HMIC judged that Surrey Police:\n\n• is 'good' at how it protects those who "
         "are vulnerable from harm, and supporting victims; and\n• 'requires improvement' in how it tackles serious and organised crime.\n",
         {(S, "Protecting vulnerable people and supporting victims", "good", "PEEL 2016"),
          (S, "Tackling serious and organised crime", "requires improvement", "PEEL 2016")}),
    Case("areas-of-and-dash-aside", "PEEL 2018/19: Kent Police was rated good in the areas of effectiveness and legitimacy. "
         "Efficiency – how the force operates efficiently and sustainably – was graded outstanding.\n",
         {(K, "Effectiveness", "good", "PEEL 2018/19"), (K, "Legitimacy", "good", "PEEL 2018/19"), (K, "Efficiency", "outstanding", "PEEL 2018/19")}),
    # The area's work the subject of a verb that earned the grade, its noun after it.
    Case("area-work-earned-a-grade", "PEEL 2023–25: Kent Police's preventing crime work earned an 'outstanding' grade, "
         "and its management of offenders received a good rating.\n",
         {(K, "Preventing crime", "outstanding", "PEEL 2023–25"), (K, "Managing offenders", "good", "PEEL 2023–25")}),
    # An aside between dashes after the grade, a hyphenated word inside it.
    Case("grade-dash-aside-with-a-hyphen", "PEEL 2023–25: Kent Police was graded 'requires improvement' – the "
         "second-lowest of five grades – for investigating crime.\n",
         {(K, "Investigating crime", "requires improvement", "PEEL 2023–25")}),
    Case("grade-areas-were", "PEEL 2021/22: Surrey Police\n\nAmong the 'outstanding' areas were the way the force disrupts "
         "serious organised crime and the way it treats the public.\n",
         {(S, "Disrupting serious organised crime", "outstanding", "PEEL 2021/22"),
          (S, "Treatment of the public", "outstanding", "PEEL 2021/22")}),
    Case("among-the-areas", "PEEL 2021/22: Surrey Police\n\nHow the force protects vulnerable people and how it investigates "
         "crime were among the 'inadequate' areas, HMICFRS said.\n",
         {(S, "Protecting vulnerable people", "inadequate", "PEEL 2021/22"), (S, "Investigating crime", "inadequate", "PEEL 2021/22")}),
    Case("among-the-areas-requiring", "PEEL 2021/22: Surrey Police\n\nAccording to HMICFRS, responding to the public and "
         "investigating crime were among the areas requiring improvement.\n\nIts leaders were among the areas' best "
         "assets, and crime recording was among the areas good enough.\n",
         {(S, "Responding to the public", "requires improvement", "PEEL 2021/22"),
          (S, "Investigating crime", "requires improvement", "PEEL 2021/22")}),
    # Grade by exception: only the exception's grade is stated.
    Case("exception", "PEEL 2023–25: Surrey Police is 'good' or 'adequate' in all areas, except investigating crime, "
         "where it 'requires improvement'.\n",
         {(S, "Investigating crime", "requires improvement", "PEEL 2023–25")}),
    # ... "in every area bar one: A, where its mark was G"; "members of the public" for "the public".
    Case("bar-one-where-its-mark-was", "PEEL 2018/19: Kent Police was ranked as good in every area bar one: ethical and "
         "lawful workforce behaviour, where its mark was requires improvement. It is good at treating members of the "
         "public fairly.\n",
         {(K, "Ethical and lawful workforce behaviour", "requires improvement", "PEEL 2018/19"),
          (K, "Treating the public fairly", "good", "PEEL 2018/19")}),
    # Compound areas, and a grade inside a quote.
    Case("compound-area", "PEEL 2018/19: HM Inspector Matt Parr said: \"Kent Police is good at preventing and investigating crime.\"\n",
         {(K, "Preventing crime and tackling anti-social behaviour", "good", "PEEL 2018/19"),
          (K, "Investigating crime and reducing re-offending", "good", "PEEL 2018/19")}),
    # Tables.
    Case("tables", "PEEL 2023–25: Surrey Police\n\n| Investigating crime | Good |\n\n• Adequate – Preventing crime\n\n"
         "Responding to the public: Requires improvement\n\nManaging offenders\n\nInadequate\n\n"
         "Protecting vulnerable people Outstanding\n",
         {(S, "Investigating crime", "good", "PEEL 2023–25"), (S, "Preventing crime", "adequate", "PEEL 2023–25"),
          (S, "Responding to the public", "requires improvement", "PEEL 2023–25"),
          (S, "Managing offenders", "inadequate", "PEEL 2023–25"), (S, "Protecting vulnerable people", "outstanding", "PEEL 2023–25")}),
    Case("two-pairs-on-a-line", "PEEL 2023–25: Surrey Police\n\nPreventing crime: good; investigating crime: adequate\n",
         {(S, "Preventing crime", "good", "PEEL 2023–25"), (S, "Investigating crime", "adequate", "PEEL 2023–25")}),
    # A list line that names its subject, then the area, then the grade in brackets (a pillar of 2015-2017 by its
    # description); a grade in brackets after a line's other words is no such line.
    Case("subject-area-bracketed-grade", "PEEL 2016: Surrey Police was assessed on whether:\n\n"
         "  - Surrey Police is legitimate at keeping people safe and reducing crime (outstanding)\n"
         "  - the force is efficient at keeping people safe and reducing crime (requires improvement)\n"
         "  - the force is effective at keeping people safe and reducing crime, as last year (good)\n",
         {(S, "Legitimacy", "outstanding", "PEEL 2016"), (S, "Efficiency", "requires improvement", "PEEL 2016")}),
    # A second grade of the same subject after "and is": the force's, when the grade before was the force's; a
    # thing's ("its training was good and is …"), when that one was a thing's.
    Case("and-is-same-subject", "PEEL 2014: Kent Police is good at investigating offending and is outstanding at "
         "tackling anti-social behaviour.\n\nIts staff training was good and is inadequate for reducing crime and "
         "preventing offending.\n",
         {(K, "Investigating offending", "good", "PEEL 2014"), (K, "Tackling anti-social behaviour", "outstanding", "PEEL 2014")}),
    # The programme's name before a pillar's report: "in the PEEL legitimacy report"; the grade it moved from is the
    # earlier cycle's.
    Case("peel-before-the-pillar", "PEEL 2016: Kent Police moved from requires improvement to good in the PEEL legitimacy report.\n",
         {(K, "Legitimacy", "good", "PEEL 2016"), (K, "Legitimacy", "requires improvement", "PEEL 2015")}),
    # The 2015-2019 legitimacy question's wording, "the people it serves", inside a sentence: the same area in each
    # of those cycles (2021/22 never worded it so), so read even where the cycle is not told.
    Case("the-people-it-serves", "The HM Inspector said: \"Kent Police is good at treating the people it serves "
         "fairly and with respect.\"\n",
         {(K, "Treating the public fairly", "good", "PEEL")}),
    # The 2015-2017 prevention question with anti-social behaviour abbreviated, in a list with another question.
    Case("asb-abbreviated", "PEEL 2016: Kent Police was good for preventing crime, tackling ASB and keeping people "
         "safe and tackling serious and organised crime.\n",
         {(K, "Preventing crime and tackling anti-social behaviour", "good", "PEEL 2016"),
          (K, "Tackling serious and organised crime", "good", "PEEL 2016")}),
    # An area as a noun of action: "its tackling of organised crime networks".
    Case("tackling-of", "PEEL 2016: The inspector said Kent Police was outstanding in its tackling of organised crime "
         "networks.\n",
         {(K, "Tackling serious and organised crime", "outstanding", "PEEL 2016")}),
    # The inspectorate's full name (and its initials) between the grade and the area.
    Case("by-the-inspectorate-in-full", "PEEL 2016: Kent Police was rated good by Her Majesty’s Inspectorate of "
         "Constabulary (HMIC) for its legitimacy.\n",
         {(K, "Legitimacy", "good", "PEEL 2016")}),
    Case("labelled-pairs-after-a-label", "PEEL 2023–25: Surrey Police\n\nGrades: Preventing crime - Good; Managing offenders - Adequate\n",
         {(S, "Preventing crime", "good", "PEEL 2023–25"), (S, "Managing offenders", "adequate", "PEEL 2023–25")}),
    Case("grade-heading-and-bullets", "PEEL 2023–25: Surrey Police\n\nRequires improvement\n\n• Investigating crime\n"
         "• Managing offenders\n\nThe force said it would improve.\n",
         {(S, "Investigating crime", "requires improvement", "PEEL 2023–25"), (S, "Managing offenders", "requires improvement", "PEEL 2023–25")}),
    # Grade headings over area lines that are no bullets: each area has the heading above it (never the next
    # heading, as a table flattened to alternating lines would have it), an area may open with a grade word.
    Case("grade-headings-over-area-lines", "PEEL 2021/22: Surrey Police\n\nSurrey Police was given these grades:\n\n"
         "Outstanding\n\nGood use of resources\n\nAdequate\n\nInvestigating crime\n\nResponding to the public (calls for "
         "service)\n\nRequires improvement\n\nTreating people fairly and with respect\n",
         {(S, "Strategic planning, organisational management and value for money", "outstanding", "PEEL 2021/22"),
          (S, "Investigating crime", "adequate", "PEEL 2021/22"), (S, "Responding to the public", "adequate", "PEEL 2021/22"),
          (S, "Treatment of the public", "requires improvement", "PEEL 2021/22")}),
    # A run that ends on a grade line is no set of headings: the flattened table's rows as before.
    Case("alternating-after-a-grade-line", "PEEL 2023–25: Surrey Police\n\nGood\n\nInvestigating crime\n\nAdequate\n",
         {(S, "Investigating crime", "adequate", "PEEL 2023–25")}),
    Case("each-was-rated", "Published: 27 September 2019\n\nWest Mercia is criticised. The inspector criticised the force's performance in 'reducing crime "
         "and keeping people safe', 'operating efficiently and providing sustainable services', and 'the way it treats the public "
         "and its workforce'. Each was rated as requiring improvement.\n",
         {("West Mercia Police", a, "requires improvement", "PEEL 2018/19") for a in ("Effectiveness", "Efficiency", "Legitimacy")}),
    # Grades by an item's place in the list the sentence before counts and gives: by semicolons (an item may name
    # two areas), or a list of areas; 'the other N' only if N is what is left; no list counted, no grade.
    Case("ordinal-items-of-the-list-before", "PEEL 2017: Inspectors looked at Surrey Police in three areas: how it "
         "prevents crime and anti-social behaviour; protecting vulnerable people and supporting victims; and tackling "
         "serious and organised crime. Surrey Police was judged requires improvement in the second area but good in the other two.\n",
         {(S, "Protecting vulnerable people and supporting victims", "requires improvement", "PEEL 2017"),
          (S, "Tackling serious and organised crime", "good", "PEEL 2017"),
          (S, "Preventing crime and tackling anti-social behaviour", "good", "PEEL 2017")},
         {(S, "good", 2, "PEEL 2017")}),
    Case("ordinal-first-and-last", "PEEL 2023–25: The report graded Kent Police on three areas - investigating crime, "
         "managing offenders and responding to the public. It was adequate in the first and inadequate in the last.\n",
         {(K, "Investigating crime", "adequate", "PEEL 2023–25"), (K, "Responding to the public", "inadequate", "PEEL 2023–25")}),
    Case("ordinal-and-the-rest", "PEEL 2023–25: The report graded Kent Police on three areas - investigating crime, "
         "managing offenders and responding to the public. It was inadequate in the last and good in the rest.\n",
         {(K, "Investigating crime", "good", "PEEL 2023–25"), (K, "Managing offenders", "good", "PEEL 2023–25"),
          (K, "Responding to the public", "inadequate", "PEEL 2023–25")}),
    Case("ordinal-rest-not-as-many-as-left", "PEEL 2023–25: The report graded Kent Police on three areas - investigating "
         "crime, managing offenders and responding to the public. It was adequate in the first and good in the other three.\n",
         {(K, "Investigating crime", "adequate", "PEEL 2023–25")}, {(K, "good", 3, "PEEL 2023–25")}),
    Case("ordinal-former-and-latter", "PEEL 2023–25: Kent Police\n\nThe revisit looked again at two areas: managing "
         "offenders and responding to the public. The force is now good in the former and adequate in the latter.\n",
         {(K, "Managing offenders", "good", "PEEL 2023–25"), (K, "Responding to the public", "adequate", "PEEL 2023–25")}),
    Case("ordinal-first-two", "PEEL 2023–25: The report graded Kent Police on three areas - investigating crime, "
         "managing offenders and responding to the public. It was good in the first two and inadequate in the third.\n",
         {(K, "Investigating crime", "good", "PEEL 2023–25"), (K, "Managing offenders", "good", "PEEL 2023–25"),
          (K, "Responding to the public", "inadequate", "PEEL 2023–25")}),
    Case("ordinal-without-a-counted-list", "PEEL 2023–25: The report looked at investigating crime, managing offenders "
         "and responding to the public. Kent Police was good in the first area.\n"),
    # A grade's plural noun and the areas it names after 'among them' or 'including'; a 'ranking' as a 'rating'.
    Case("grade-ratings-among-them", "PEEL 2023–25: Kent Police received several 'good' ratings, among them investigating "
         "crime and managing offenders, and an 'outstanding' ranking for preventing crime.\n",
         {(K, "Investigating crime", "good", "PEEL 2023–25"), (K, "Managing offenders", "good", "PEEL 2023–25"),
          (K, "Preventing crime", "outstanding", "PEEL 2023–25")}),
    # A grade lost was given at the inspection before (or in the year the sentence names); 'dropped to' is no loss.
    Case("a-lost-grade-is-an-earlier-one", "PEEL 2023–25: Kent Police\n\nThe force lost its 'good' rating for investigating crime, "
         "and its grade for managing offenders dropped to requires improvement.\n",
         {(K, "Investigating crime", "good", "PEEL 2021/22"), (K, "Managing offenders", "requires improvement", "PEEL 2023–25")}),
    # ... and so was one the force is 'no longer' rated (not a grade denied); 'no longer' elsewhere in the clause dates
    # nothing, and a grade not lost is none said.
    Case("a-grade-no-longer-held-is-an-earlier-one", "PEEL 2023–25: Kent Police\n\nThe force is no longer rated as "
         "'inadequate' at responding to the public and is now rated good. Officers no longer attend every burglary, and "
         "the force was rated adequate at investigating crime. It hasn't lost its good rating for managing offenders.\n",
         {(K, "Responding to the public", "inadequate", "PEEL 2021/22"), (K, "Responding to the public", "good", "PEEL 2023–25"),
          (K, "Investigating crime", "adequate", "PEEL 2023–25")}),
    # A pillar's report named after the grade; an inspection 'of' another area may be no PEEL one.
    Case("grade-in-its-review-of-a-pillar", "PEEL 2015: Kent Police\n\nFor a second year the force was graded as requiring "
         "improvement by HMIC in its annual review of efficiency.\n",
         {(K, "Efficiency", "requires improvement", "PEEL 2015")}),
    Case("grade-in-an-inspection-of-no-pillar", "PEEL 2021/22: Kent Police\n\nThe force was rated good by HMIC in its "
         "latest inspection of crime data integrity.\n"),
    # ... or the report looking at, or examining, a pillar, by any of its names ('how efficient it is'); a report looking at
    # two areas gives neither the grade.
    Case("grade-in-a-report-examining-a-pillar", "Surrey Police\n\nThe watchdog said Kent Police 'requires improvement' in a "
         "report examining how efficient it is at keeping people safe and reducing crime. Surrey Police was rated good in a "
         "report that looked at its legitimacy. Essex Police kept its good rating in a report looking at efficiency and "
         "leadership.\n",
         {(K, "Efficiency", "requires improvement", P), (S, "Legitimacy", "good", P)}),
    Case("grade-in-a-report-examining-no-pillar", "PEEL 2021/22: Kent Police\n\nThe force was rated good in a report "
         "examining crime data integrity.\n"),
    # Areas before their grade, with an aside between dashes that counts them; areas placed in a grade's category; an
    # area named by its verb in the past, as reported speech has it ('the way it managed offenders').
    Case("areas-dash-aside-with-a-number", "PEEL 2023–25: Kent Police\n\nInvestigating crime and managing offenders - two "
         "strands of police work - were judged to require improvement.\n",
         {(K, "Investigating crime", "requires improvement", "PEEL 2023–25"),
          (K, "Managing offenders", "requires improvement", "PEEL 2023–25")}),
    Case("areas-placed-in-a-grade-category", "PEEL 2021/22: Kent Police\n\nTreating the public with fairness and respect and "
         "managing offenders were both placed in the adequate category.\n",
         {(K, "Treatment of the public", "adequate", "PEEL 2021/22"), (K, "Managing offenders", "adequate", "PEEL 2021/22")}),
    # An area's name in any of the press's spellings ('antisocial', 'reoffending', 'organized').
    Case("area-names-in-other-spellings", "PEEL 2023–25: Kent Police\n\nPreventing and deterring crime and antisocial "
         "behaviour, and reducing vulnerability - GOOD\n\nPEEL 2016: Surrey Police was rated good for tackling serious "
         "and organized crime and for investigating crime and reducing re offending.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"),
          (S, "Tackling serious and organised crime", "good", "PEEL 2016"),
          (S, "Investigating crime and reducing re-offending", "good", "PEEL 2016")}),
    Case("area-verb-in-the-past", "PEEL 2021/22: Kent Police\n\nInspectors found it required improvement in the way it "
         "protected vulnerable people and the way it managed offenders.\n",
         {(K, "Protecting vulnerable people", "requires improvement", "PEEL 2021/22"),
          (K, "Managing offenders", "requires improvement", "PEEL 2021/22")}),
    # The grading verb, the force's area (with a noun after it), 'as' and the grade.
    Case("verb-force-area-as-grade", "PEEL 2021/22: Surrey Police\n\nThe inspectorate rates Surrey Police's crime recording "
         "systems as 'outstanding', a credit to the staff involved.\n",
         {(S, "Recording data about crime", "outstanding", "PEEL 2021/22")}),
    Case("verb-area-to-be-grade", "PEEL 2023–25: Surrey Police\n\nIn this inspection we judged responding to the public "
         "to be inadequate, and found managing offenders as good.\n",
         {(S, "Responding to the public", "inadequate", "PEEL 2023–25"), (S, "Managing offenders", "good", "PEEL 2023–25")}),
    # A grade, then a list to the sentence's end with an item the vocabulary does not know: the known items keep the
    # grade; a list that runs into another grade, or an item that opens a clause, does not.
    Case("list-with-an-unknown-item", "PEEL 2023–25: Surrey Police\n\nThe force was graded adequate in investigating crime, "
         "community engagement work and managing offenders.\n",
         {(S, "Investigating crime", "adequate", "PEEL 2023–25"), (S, "Managing offenders", "adequate", "PEEL 2023–25")}),
    Case("loose-list-stops-at-a-grade-or-a-clause", "PEEL 2023–25: Surrey Police\n\nThe force is good at preventing crime "
         "and working with partners, and managing offenders requires improvement. It was rated outstanding in police powers, "
         "which was welcomed, and investigating crime.\n",
         {(S, "Preventing crime", "good", "PEEL 2023–25"), (S, "Managing offenders", "requires improvement", "PEEL 2023–25"),
          (S, "Police powers and public treatment", "outstanding", "PEEL 2023–25")}),
    # An assessment on another scale (HMIC's baseline: excellent, good, fair, poor) is no PEEL one: no grade, no count,
    # in the sentence that shows the scale nor in the rest of its paragraph; the next paragraph's PEEL grade stands.
    Case("baseline-scale-is-not-peel", "Kent Police\n\nThe 2008 assessment graded the force in twelve areas, each as "
         "excellent, good, fair or poor. It was rated good in eight areas and poor in the other four.\n\n"
         "PEEL 2017: Kent Police was rated good for efficiency.\n",
         {(K, "Efficiency", "good", "PEEL 2017")}),
    # An area, then ', where its performance was' a grade; 'since it was last inspected' is a stretch of time up to
    # now, not an earlier inspection, save for a 'when' clause after it.
    Case("where-its-performance-was", "PEEL 2023–25: Surrey Police\n\nThe force has improved since it was last inspected, "
         "above all in how it manages offenders, where its performance was judged good. Since our last inspection, when it "
         "was rated inadequate for investigating crime, it has changed a great deal. It has come far since the last report, "
         "which judged it good at responding to the public.\n",
         {(S, "Managing offenders", "good", "PEEL 2023–25"), (S, "Investigating crime", "inadequate", "PEEL 2021/22"),
          (S, "Responding to the public", "good", "PEEL 2021/22")}),
    # Several forces by their area names, one of them with its compass point in lower case, then 'forces' and a grade
    # (a verb), in an article on one pillar's report: each force's grade for that pillar.
    Case("forces-by-area-then-a-verb-grade", "Published: 3 March 2016\n\nHMIC's police effectiveness report is out. "
         "Inspectors said the Dyfed-Powys and north Wales forces \"required improvement\".\n\nThe South Wales and Gwent "
         "police forces were ranked \"good\".\n",
         {("Dyfed-Powys Police", "Effectiveness", "requires improvement", "PEEL 2015"),
          ("North Wales Police", "Effectiveness", "requires improvement", "PEEL 2015"),
          ("South Wales Police", "Effectiveness", "good", "PEEL 2015"), ("Gwent Police", "Effectiveness", "good", "PEEL 2015")}),
    # Bullets that open with the grade, after a lead naming the force by its area alone (no force is named in full),
    # the last bullet ending with a full stop; 'how it makes sure' before an area.
    Case("grade-first-bullets-led-by-an-area-name", "Published: 14 December 2017\n\nThe legitimacy findings are out.\n\n"
         "The inspectors found that Surrey:\n\n  • Is 'good' at treating the public fairly;\n  • Is 'outstanding' at how it makes "
         "sure its workforce behaves ethically and lawfully; and\n  • Requires improvement in treating the workforce fairly.\n",
         {(S, "Treating the public fairly", "good", "PEEL 2017"), (S, "Ethical and lawful workforce behaviour", "outstanding", "PEEL 2017"),
          (S, "Treating the workforce fairly", "requires improvement", "PEEL 2017")}),
    # No force named in full, but one police area named by itself, again and again: that area's force is the article's
    # (its federation's name in the header is no mention of the area by itself; another area named once is no rival).
    Case("article-force-named-by-its-area-alone", "Surrey Police Federation\n\nPublished: 12 December 2017\n\nThe inspectorate "
         "has rated the force good in its latest legitimacy report.\n\nSurrey was one of 30 forces given that grade, while "
         "Essex was judged inadequate. Officers in Surrey were thanked.\n",
         {(S, "Legitimacy", "good", "PEEL 2017"), ("Essex Police", "Legitimacy", "inadequate", "PEEL 2017")}),
    # Named once only, or no more often than another area: no force is the article's.
    Case("area-named-once-is-no-article-force", "Published: 12 December 2017\n\nThe inspectorate has rated the force good in "
         "its latest legitimacy report, the Surrey federation said.\n"),
    Case("a-city-the-force-is-not-named-after", "Published: 12 December 2017\n\nThe inspectorate has rated the force good in "
         "its latest legitimacy report. London officers were thanked; London's mayor spoke.\n"),
    Case("two-areas-named-alike-no-article-force", "Published: 12 December 2017\n\nThe inspectorate has rated the force good in "
         "its latest legitimacy report. Surrey and Sussex share a chief officer; Surrey and Sussex officers were thanked.\n"),
    # A list, then its grade in a 'with' clause that counts the items (as many as listed, else nothing).
    Case("list-then-with-these-rated", "PEEL 2023–25: Inspectors want more from Kent Police in areas such as managing offenders "
         "and investigating crime, with both areas judged to be adequate. Surrey Police falls short in preventing crime, "
         "managing offenders and investigating crime, with these two areas rated inadequate.\n",
         {(K, "Managing offenders", "adequate", "PEEL 2023–25"), (K, "Investigating crime", "adequate", "PEEL 2023–25")},
         {(S, "inadequate", 2, "PEEL 2023–25")}),
    # An overall rating in an article on one pillar's report is that pillar's, though the sentence grades an area besides;
    # not when a pattern pairs it with an area itself.
    Case("overall-rating-beside-an-area", "Published: 2 March 2017\n\nHMICFRS has published its effectiveness reports. Kent "
         "Police keeps its overall rating of good as well as its outstanding rating for protecting vulnerable people.\n",
         {(K, "Effectiveness", "good", "PEEL 2016"),
          (K, "Protecting vulnerable people and supporting victims", "outstanding", "PEEL 2016")}),
    # A question line whose leading words the vocabulary does not hold with the area's own phrasing, its grade in brackets.
    Case("question-line-grade-in-brackets", "PEEL 2016: Surrey Police\n\nThe effectiveness questions:\n\n"
         "  • How effective was Surrey Police at investigating crime? (Requires improvement)\n"
         "  • How effective is the force at protecting vulnerable people from harm? (Good)\n",
         {(S, "Investigating crime and reducing re-offending", "requires improvement", "PEEL 2016"),
          (S, "Protecting vulnerable people and supporting victims", "good", "PEEL 2016")}),
    # "across the three areas of police effectiveness, efficiency and legitimacy" names three pillars (not the
    # programme, as "PEEL (police effectiveness, efficiency and legitimacy)" would); "since PEEL assessments began in
    # 2014" names no cycle; "N areas within the force were rated as X, among them …".
    Case("three-areas-of-police-pillars", "The report judged Kent Police 'Good' across the three areas of police "
         "effectiveness, efficiency and legitimacy (PEEL). This is the first time the force has been rated 'Good' since "
         "PEEL assessments began in 2014.\n",
         {(K, "Effectiveness", "good", P), (K, "Efficiency", "good", P), (K, "Legitimacy", "good", P)},
         {(K, "good", 3, P)}),
    Case("areas-within-the-force", "PEEL 2023–25: Surrey Police\n\nSeven areas within the force were rated as adequate, among them "
         "leadership and force management and how it protects vulnerable people.\n",
         {(S, "Leadership and force management", "adequate", "PEEL 2023–25"),
          (S, "Protecting vulnerable people", "adequate", "PEEL 2023–25")},
         {(S, "adequate", 7, "PEEL 2023–25")}),
    # "good in one area, A, adequate in seven areas and …": the area in apposition is the grade before's; the grade
    # after it has a count of its own.
    Case("gapped-counts-with-an-apposed-area", "PEEL 2023–25: Kent Police was found to be 'good' in one area, responding "
         "to the public, 'adequate' in seven areas and to have 'required improvement' in one area.\n",
         {(K, "Responding to the public", "good", "PEEL 2023–25")},
         {(K, "good", 1, "PEEL 2023–25"), (K, "adequate", 7, "PEEL 2023–25"), (K, "requires improvement", 1, "PEEL 2023–25")}),
    # 'branded the force's legitimacy as outstanding': a verb that names what it grades, then 'as' and the grade.
    Case("branded-as", "PEEL 2016: Inspectors rated Kent Police's efficiency as good, and branded the force's legitimacy "
         "as outstanding.\n",
         {(K, "Efficiency", "good", "PEEL 2016"), (K, "Legitimacy", "outstanding", "PEEL 2016")}),
    # An integrity inspection (vetting, complaints, counter-corruption) that looked at 'how effective' the force is, in an
    # article that never names PEEL: no grade.
    Case("integrity-inspection-is-no-peel-one", "Vital report says Kent Police 'requires improvement'\n\nHMICFRS looked at "
         "how effective Kent Police is in three main areas under its programme of integrity inspections. Its vetting "
         "was rated 'requires improvement'.\n"),
    # A regional organised crime inspection, graded in PEEL's words, in an article that never names PEEL: no grade.
    Case("regional-inspection-is-no-peel-one", "Report: Kent Police 'requires improvement' at tackling crime\n\nAn "
         "inspection has concluded that Kent Police 'requires improvement' in the way it tackles serious and organised "
         "crime. The regional report by HMICFRS said the force lacked analysts.\n",
         set()),
    # A report card, graded in PEEL's words, in an article that never names PEEL: no grade.
    Case("report-card-is-no-peel-one", "Kent Police told to improve\n\nA new police report card has graded Kent Police "
         "'requires improvement' for investigating crime and good at responding to the public.\n",
         set()),
    # ... but by an inspectorate named as it has been since 2017, 'a mixed report card' is the PEEL report's.
    Case("a-report-card-from-hmicfrs-is-a-peel-report", "Kent Police gets a mixed report card\n\nPublished 12 March 2025"
         "\n\nKent Police got a mixed report card from HMICFRS: it was good at preventing crime, but requires improvement "
         "at investigating crime.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), (K, "Investigating crime", "requires improvement", "PEEL 2023–25")}),
    # Bodies other inspectorates grade on the same scale, in PEEL's words, are no force: the probation service, the CPS.
    Case("other-inspectorates-bodies-are-no-force", "PEEL 2023–25: Kent Police was rated good at preventing crime. HM "
         "Inspectorate of Probation rated the Kent probation service inadequate for managing offenders, and the CPS "
         "was rated good at investigating crime by HMCPSI.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25")}),
    # A pillar as 'how effective it is'; an area, then 'the area requiring improvement' in apposition; a report
    # 'from' the inspectorate's long name 'on the effectiveness of' the force names the report's pillar.
    Case("how-effective-it-is-and-the-area-apposed", "PEEL 2017: HMICFRS graded Kent Police 'good' for how effective it "
         "is.\n\nThe commissioner will discuss the force's work on protecting vulnerable people, the area requiring "
         "improvement in the judgement of HMICFRS.\n",
         {(K, "Effectiveness", "good", "PEEL 2017"),
          (K, "Protecting vulnerable people and supporting victims", "requires improvement", "PEEL 2017")}),
    Case("report-from-the-inspectorate-on-a-pillar", "Published 22 March 2018\n\nThe commissioner welcomed news that "
         "inspectors found Kent Police to be good at keeping people safe and reducing crime. He was responding to the "
         "newest report from Her Majesty's Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) on the "
         "effectiveness of Kent Police.\n",
         {(K, "Effectiveness", "good", "PEEL 2017")}),
    # Counts with a perfect tense ('3 have been graded Good') and 'N areas in which the force was X'; "…, and that the
    # force was good at A" is a new reported clause that a 'last year' before it does not date.
    Case("counts-perfect-tense-and-areas-in-which", "PEEL 2021/22: Kent Police\n\nOf 8 areas reported on, 3 have been "
         "graded 'Good', 4 have been graded 'Adequate' and 1 has been graded as 'Requires Improvement'.\n\nInspectors "
         "found two areas in which Surrey Police was 'inadequate'.\n",
         set(), {(K, "good", 3, "PEEL 2021/22"), (K, "adequate", 4, "PEEL 2021/22"), (K, "requires improvement", 1, "PEEL 2021/22"),
                 (S, "inadequate", 2, "PEEL 2021/22")}),
    Case("and-that-opens-a-new-reported-clause", "PEEL 2017: The inspectorate said its judgment had not changed from "
         "last year, and that Kent Police was good at treating all of the people it serves with fairness and respect.\n",
         {(K, "Treating the public fairly", "good", "PEEL 2017")}),
    # A label's 'all the' is also 'all of the', and the other way round.
    Case("all-of-the-people-it-serves", "PEEL 2017: Kent Police requires improvement for how it treats all of the people "
         "it serves with fairness and respect.\n",
         {(K, "Treating the public fairly", "requires improvement", "PEEL 2017")}),
    # An article on one pillar's results ('they look at how efficient the police forces are') listing forces by their
    # area names after a grade, a grade that 'went to just one force – X', a force's grade after an aside between
    # dashes; 'one force' and 'the country's 43' are tallies of forces, no counts.
    Case("forces-listed-after-their-grade", "6 November, 2015\n\nThe latest PEEL results are out from HMIC. This time "
         "they look at how efficient the police forces of England and Wales are.\n\nThe lowest grade (inadequate) went "
         "to just one force – Humberside Police.\n\nNearer to home, Kent Police – the biggest force in the county – was "
         "graded 'good', one of the country's 30 rated good.\n\nThe three forces graded 'outstanding': Durham, Norfolk and "
         "West Midlands. Two forces were graded 'requires improvement': Surrey and Dorset.\n",
         {("Humberside Police", "Efficiency", "inadequate", "PEEL 2015"), (K, "Efficiency", "good", "PEEL 2015"),
          ("Durham Constabulary", "Efficiency", "outstanding", "PEEL 2015"),
          ("Norfolk Constabulary", "Efficiency", "outstanding", "PEEL 2015"),
          ("West Midlands Police", "Efficiency", "outstanding", "PEEL 2015"),
          (S, "Efficiency", "requires improvement", "PEEL 2015"), ("Dorset Police", "Efficiency", "requires improvement", "PEEL 2015")}),
    # A pillar with a relative clause before its grade ("the efficiency with which the force discharges its
    # responsibilities is good"); "across the three key areas; A, B and C, the force was …"; "good as well at";
    # "requires improvement with A and B"; a force's common abbreviation as the subject.
    Case("relative-clause-before-the-grade", "PEEL 2014: Kent Police\n\nHMIC found that the efficiency with which the "
         "force discharges its responsibilities is good.\n",
         {(K, "Efficiency", "good", "PEEL 2014")}),
    Case("counted-areas-before-a-list", "PEEL 2016: Kent Police\n\nAcross the three key areas; effectiveness, efficiency "
         "and legitimacy, Surrey Police was assessed as 'requiring improvement'.\n",
         {(S, "Effectiveness", "requires improvement", "PEEL 2016"), (S, "Efficiency", "requires improvement", "PEEL 2016"),
          (S, "Legitimacy", "requires improvement", "PEEL 2016")}, {(S, "requires improvement", 3, "PEEL 2016")}),
    Case("as-well-and-with", "PEEL 2017: TVP is good at ensuring its workforce behaves ethically and lawfully and is good "
         "as well at treating its workforce with fairness and respect. Thames Valley Police was rated 'good' at "
         "preventing crime, but 'requires improvement' with tackling serious and organised crime.\n",
         {("Thames Valley Police", "Ethical and lawful workforce behaviour", "good", "PEEL 2017"),
          ("Thames Valley Police", "Treating the workforce fairly", "good", "PEEL 2017"),
          ("Thames Valley Police", "Preventing crime and tackling anti-social behaviour", "good", "PEEL 2017"),
          ("Thames Valley Police", "Tackling serious and organised crime", "requires improvement", "PEEL 2017")}),
    # "As reported previously" dates the news, not the inspection.
    Case("reported-previously-is-no-earlier-inspection", "PEEL 2016: As reported previously, HMIC rated Kent Police "
         "'inadequate' at investigating crime.\n",
         {(K, "Investigating crime and reducing re-offending", "inadequate", "PEEL 2016")}),
    # A count first, its grade, then its areas ('came out as', 'placed in the … class', 'among them', 'including'), and a
    # number of them with its area in apposition.
    Case("count-then-its-areas", "PEEL 2023–25: Kent Police\n\nGrades were given in eight areas - and just one of them, "
         "'managing offenders', was judged to be outstanding.\n\nThree categories came out as 'good' - among them "
         "'preventing crime' and 'investigating crime'.\n\nFour further categories were placed in the 'adequate' "
         "class, including 'responding to the public', 'protecting vulnerable people', 'developing a positive "
         "workplace' and 'leadership and force management'.\n",
         {(K, "Managing offenders", "outstanding", "PEEL 2023–25"), (K, "Preventing crime", "good", "PEEL 2023–25"),
          (K, "Investigating crime", "good", "PEEL 2023–25"), (K, "Responding to the public", "adequate", "PEEL 2023–25"),
          (K, "Protecting vulnerable people", "adequate", "PEEL 2023–25"),
          (K, "Developing a positive workplace", "adequate", "PEEL 2023–25"),
          (K, "Leadership and force management", "adequate", "PEEL 2023–25")},
         {(K, "outstanding", 1, "PEEL 2023–25"), (K, "good", 3, "PEEL 2023–25"), (K, "adequate", 4, "PEEL 2023–25")}),
    # On one pillar's report: a grade, then the forces that have it ("the force judged as outstanding is …", "the two
    # forces assessed as requiring improvement are A and B"), not the article's main force; a bullet's "how it ensure
    # its workforce …" (a typo) still reads its area.
    Case("forces-named-after-their-grade", "PEEL: police legitimacy 2017\n\n- The force judged as outstanding is Kent "
         "Police.\n- The two forces assessed as 'requires improvement' are Essex Police and Sussex Police.\n\n"
         "HMICFRS judged that Surrey Police:\n- is 'good' at how it ensure its workforce behaves ethically and lawfully.\n"
         "Surrey Police is named in every paragraph: Surrey Police, Surrey Police.\n",
         {(K, "Legitimacy", "outstanding", "PEEL 2017"), ("Essex Police", "Legitimacy", "requires improvement", "PEEL 2017"),
          ("Sussex Police", "Legitimacy", "requires improvement", "PEEL 2017"),
          (S, "Ethical and lawful workforce behaviour", "good", "PEEL 2017")}),
    # "elements of outstanding" is part of a grade, no grade; a qualification between commas leaves the grade its areas.
    Case("elements-of-a-grade", "PEEL 2016: The inspectors found that Surrey Police is 'judged as being good, with "
         "elements of outstanding,' in its ability to understand demand and to use its resources.\n",
         {(S, "Understanding demand", "good", "PEEL 2016"), (S, "Using resources", "good", "PEEL 2016")}),
    # 'The way it keeps people safe and reduces crime' is what every pillar of 2015-2017 was judged at: alone, no
    # pillar's grade; after the report's pillar is named ('its overall judgment for effectiveness'), that pillar's.
    Case("keeps-people-safe-needs-the-report-pillar", "Published: 18 February 2016\n\nHMIC judges that overall Kent "
         "Police requires improvement in the way it keeps people safe and reduces crime.\n",
         set()),
    Case("keeps-people-safe-with-the-report-pillar", "Published: 18 February 2016\n\nThe report said Kent Police "
         "required improvement in how it keeps people safe and reduces crime, which is reflected in its overall judgment "
         "for effectiveness.\n",
         {(K, "Effectiveness", "requires improvement", "PEEL 2015")}),
    # An article naming its force by its area alone, and another force in full once, in a list: the grades are the
    # article's force's.
    Case("force-named-by-area-alone", "PEEL 2021/22\n\nSurrey placed in special measures\n\nSurrey has been placed in "
         "the Engage process. The force was rated 'inadequate' in two areas, including responding to the public.\n\n"
         "Surrey now joins Kent Police and three other forces in the process.\n",
         {(S, "Responding to the public", "inadequate", "PEEL 2021/22")}, {(S, "inadequate", 2, "PEEL 2021/22")}),
    # A counted aside that gives examples of the areas counted ("– A among them –"): their grade and the count.
    Case("counted-aside-with-examples", "PEEL 2023–25: In three areas – managing offenders among them – Kent Police was "
         "'adequate'.\n",
         {(K, "Managing offenders", "adequate", "PEEL 2023–25")}, {(K, "adequate", 3, "PEEL 2023–25")}),
    # A list after a grade that opens with two items the vocabulary does not know.
    Case("loose-list-unknown-first-items", "PEEL 2021/22: The report found Surrey Police was good at engaging "
         "communities, keeping streets calm and managing offenders.\n",
         {(S, "Managing offenders", "good", "PEEL 2021/22")}),
    # A report 'in to' (a common misspelling of 'into') a pillar: the pillar the article's report is on.
    Case("report-in-to-a-pillar", "Published: 3 November 2016\n\nThe report by Her Majesty's Inspectorate of Constabulary "
         "(HMIC) in to the efficiency of Kent Police finds the force 'good' at keeping people safe and reducing crime.\n",
         {(K, "Efficiency", "good", "PEEL 2016")}),
    # "good in that area": the one area its sentence named before it.
    Case("grade-in-that-area", "PEEL 2021/22: Kent Police\n\nDemand on the force's investigators has risen, and the chief constable "
         "said she was glad investigating crime had been rated as adequate. Protecting vulnerable people is the "
         "force's priority, and it was rated as good in that vital area of work.\n",
         {(K, "Investigating crime", "adequate", "PEEL 2021/22"), (K, "Protecting vulnerable people", "good", "PEEL 2021/22")}),
    Case("grade-in-this-vitally-important-area", "PEEL 2015: The report said Kent Police is strongly committed to crime "
         "prevention and is judged to be good in this vitally important area of policing.\n",
         {(K, "Preventing crime and tackling anti-social behaviour", "good", "PEEL 2015")}),
    # In an article on one pillar's report, a grade given "in each one" of the areas the report was split into grades
    # those areas, not the pillar; "two 'outstandings'" counts.
    Case("in-each-one-is-no-pillar-grade", "Published: 20 October 2015\n\nThe PEEL efficiency report on Kent Police is out. "
         "It was split into three areas, and in each one Kent Police was graded 'good'. Kent Police already holds two "
         "'outstandings' for effectiveness.\n",
         set(), {(K, "outstanding", 2, "PEEL 2015")}),
    # A grade's noun that 'went to' a counted list of areas 'of its work'; 'an outstanding level in two areas' counts; how a
    # force records crime is the 2021/22 area too, which 'use of resources' settles.
    Case("grade-noun-went-to-areas", "Surrey Police was given the top rating for how it records crime.\n\n"
         "An 'adequate' score went to three areas of its work – managing offenders, use of resources and developing a "
         "positive workplace.\n\n\"We reached an outstanding level in two areas,\" the chief constable said.\n",
         {(S, "Recording data about crime", "outstanding", "PEEL 2021/22"), (S, "Managing offenders", "adequate", "PEEL 2021/22"),
          (S, "Strategic planning, organisational management and value for money", "adequate", "PEEL 2021/22"),
          (S, "Developing a positive workplace", "adequate", "PEEL 2021/22")},
         {(S, "adequate", 3, "PEEL 2021/22"), (S, "outstanding", 2, "PEEL 2021/22")}),
    # A table of a pillar's line and its questions' lines, a dash after each question mark, a question with words of
    # its own before its mark; and a count whose verb is 'marked'.
    Case("pillar-table-with-question-lines", "PEEL 2016: Kent Police\n\nOf the seven questions, five were marked as good.\n\n"
         "Overall legitimacy rating: Good\n\n"
         "  - How legitimate is the force at treating the public fairly? – Good\n"
         "  - How legitimate is the force at ensuring its workforce acts ethically and lawfully, and within the Code of "
         "Ethics? - Requires improvement\n",
         {(K, "Legitimacy", "good", "PEEL 2016"), (K, "Treating the public fairly", "good", "PEEL 2016"),
          (K, "Ethical and lawful workforce behaviour", "requires improvement", "PEEL 2016")},
         {(K, "good", 5, "PEEL 2016")}),
    # "this 'good' assessment" in an article on one pillar's report: that pillar's grade (the grade of no area).
    Case("this-grade-assessment", "Published: 3 November 2016\n\nThe PEEL Efficiency Report on Surrey Police is out. The "
         "commissioner warned that further cuts put this 'good' assessment at risk.\n",
         {(S, "Efficiency", "good", "PEEL 2016")}),
    # A second verb joined by 'and' to a first clause whose subject is the force: the force's grade; a thing's is not.
    Case("force-verb-and-is-graded", "PEEL 2023–25: Kent Police\n\nThe force trains its call handlers well and is good at "
         "responding to the public. Its training budget is small and is inadequate for managing offenders.\n",
         {(K, "Responding to the public", "good", "PEEL 2023–25")}),
    # A force named by its area between dashes after 'force', then graded.
    Case("force-by-area-between-dashes", "Published: 12 December 2017\n\nThe PEEL legitimacy reports are out. Surrey Police "
         "was rated good; only one force - Essex - was judged inadequate.\n",
         {(S, "Legitimacy", "good", "PEEL 2017"), ("Essex Police", "Legitimacy", "inadequate", "PEEL 2017")}),
    # A framework's summary line whose verb the page dropped.
    Case("extent-line-without-its-verb", "PEEL 2016: Surrey Police\n\nThe extent to which Surrey Police is legitimate at keeping "
         "people safe and reducing crime requires improvement.\n\nThe extent to which the force is efficient at keeping people "
         "safe and reducing crime outstanding.\n\nThe extent to which the force is effective at keeping people safe and "
         "reducing crime: good.\n",
         {(S, "Legitimacy", "requires improvement", "PEEL 2016"), (S, "Efficiency", "outstanding", "PEEL 2016"),
          (S, "Effectiveness", "good", "PEEL 2016")}),
    # An absolute 'with' clause of an area and its grade after another clause's grades.
    Case("with-area-rated", "PEEL 2023–25: Surrey Police\n\nResponding to the public and managing offenders were both judged "
         "adequate, with protecting vulnerable people rated inadequate.\n",
         {(S, "Responding to the public", "adequate", "PEEL 2023–25"), (S, "Managing offenders", "adequate", "PEEL 2023–25"),
          (S, "Protecting vulnerable people", "inadequate", "PEEL 2023–25")}),
    # A count, then the next sentence lists its areas ('These were …'): as many as the last count and no other count of
    # that number; else no grade.
    Case("count-then-these-were", "PEEL 2023–25: Surrey Police\n\nInspectors found the force inadequate in two areas. They "
         "were responding to the public and protecting vulnerable people.\n\nIt was adequate in four areas and good in one. "
         "These were managing offenders and preventing crime.\n",
         {(S, "Responding to the public", "inadequate", "PEEL 2023–25"), (S, "Protecting vulnerable people", "inadequate", "PEEL 2023–25")},
         {(S, "inadequate", 2, "PEEL 2023–25"), (S, "adequate", 4, "PEEL 2023–25"), (S, "good", 1, "PEEL 2023–25")}),
    # Another force given the same grade by 'as was …' after the clause.
    Case("as-was-another-force", "PEEL 2023–25: Surrey Police\n\nSurrey Police was judged adequate at managing offenders, as was "
         "neighbouring Sussex Police. Kent Police was rated good at preventing crime, as was Essex Police's chief constable.\n",
         {(S, "Managing offenders", "adequate", "PEEL 2023–25"), ("Sussex Police", "Managing offenders", "adequate", "PEEL 2023–25"),
          (K, "Preventing crime", "good", "PEEL 2023–25")}),
    # Clauses after semicolons with their verb left out: each area with the grade after its comma.
    Case("gapped-clauses", "PEEL 2023–25: Surrey Police\n\nManaging offenders was judged good; preventing crime, requires "
         "improvement; and protecting vulnerable people, inadequate.\n",
         {(S, "Managing offenders", "good", "PEEL 2023–25"), (S, "Preventing crime", "requires improvement", "PEEL 2023–25"),
          (S, "Protecting vulnerable people", "inadequate", "PEEL 2023–25")}),
    # Several forces in a pillar's article, one set off by 'however' before its verb-grade.
    Case("force-however-grade", "PEEL 2016: HMIC has published its legitimacy reports.\n\nSussex Police was rated good. Surrey "
         "Police, however, requires improvement.\n",
         {("Sussex Police", "Legitimacy", "good", "PEEL 2016"), (S, "Legitimacy", "requires improvement", "PEEL 2016")}),
    # 'both' between a grade and its first preposition; an object and its grade, then more of them with the verb left out.
    Case("good-both-at", "PEEL 2023–25: Surrey Police\n\nInspectors found the force adequate both in managing offenders and in "
         "preventing crime.\n",
         {(S, "Managing offenders", "adequate", "PEEL 2023–25"), (S, "Preventing crime", "adequate", "PEEL 2023–25")}),
    Case("object-as-grade-then-more", "PEEL 2023–25: Surrey Police\n\nHMICFRS graded responding to the public as inadequate, "
         "managing offenders as good and protecting vulnerable people as requiring improvement.\n",
         {(S, "Responding to the public", "inadequate", "PEEL 2023–25"), (S, "Managing offenders", "good", "PEEL 2023–25"),
          (S, "Protecting vulnerable people", "requires improvement", "PEEL 2023–25")}),
    # ... with 'as' left out, each area the force's and its grade in quotation marks.
    Case("object-grade-then-more-without-as", "PEEL 2016: Kent Police\n\nInspectors rated the force's effectiveness "
         "\"inadequate\", its efficiency \"requiring improvement\" and its legitimacy \"good\".\n",
         {(K, "Effectiveness", "inadequate", "PEEL 2016"), (K, "Efficiency", "requires improvement", "PEEL 2016"),
          (K, "Legitimacy", "good", "PEEL 2016")}),
    # Forces and their grades listed after one grading verb, in a pillar's article; a force beside a grade word that is
    # no grade of it, with no grading verb, gets nothing.
    Case("forces-and-grades-verb-left-out", "PEEL 2016: HMIC has published its legitimacy reports.\n\nSussex Police was judged "
         "outstanding, Surrey Police good and Essex Police inadequate. Kent Police praised Essex Police, good neighbours.\n",
         {("Sussex Police", "Legitimacy", "outstanding", "PEEL 2016"), (S, "Legitimacy", "good", "PEEL 2016"),
          ("Essex Police", "Legitimacy", "inadequate", "PEEL 2016")}),
    # A count in a sentence about a number of forces is theirs, no count of one force's, unless the force is one of them.
    Case("one-of-the-forces-counted", "PEEL 2017: Kent Police\n\nKent Police is one of only three forces graded outstanding "
         "in two pillars. Only four forces were graded inadequate in two pillars.\n",
         counts={(K, "outstanding", 2, "PEEL 2017")}),
    # Minutes: an area 'assessed as' a grade, and a finding headed by its area and a colon.
    Case("minutes-area-assessed-and-area-colon", "PEEL 2023–25: Kent Police\n\nThe Chief Constable said managing offenders "
         "was an area assessed as requiring improvement.\n\nResponding to the public: the force was judged to be adequate, "
         "the panel heard.\n",
         {(K, "Managing offenders", "requires improvement", "PEEL 2023–25"), (K, "Responding to the public", "adequate", "PEEL 2023–25")}),
    # An area's earlier grade, then 'but is now' its grade: the same area, now; a grade with an area of its own is not.
    Case("earlier-grade-but-now", "PEEL 2023–25: Kent Police\n\nThe force was rated inadequate at responding to the public "
         "in 2022 but is now good. It was adequate at preventing crime and is now outstanding at managing offenders.\n",
         {(K, "Responding to the public", "inadequate", "PEEL 2021/22"), (K, "Responding to the public", "good", "PEEL 2023–25"),
          (K, "Preventing crime", "adequate", "PEEL 2023–25"), (K, "Managing offenders", "outstanding", "PEEL 2023–25")}),
    Case("a-grade-noun-in-counted-areas-then-their-list", "PEEL 2023–25: Kent Police\n\nThe force got an adequate grade in "
         "two areas: investigating crime and managing offenders.\n",
         {(K, "Investigating crime", "adequate", "PEEL 2023–25"), (K, "Managing offenders", "adequate", "PEEL 2023–25")},
         {(K, "adequate", 2, "PEEL 2023–25")}),
    # 'The lowest (highest) possible' rating is the scale's end; not a service's, nor an overall rating no cycle gave.
    Case("lowest-possible-rating", "PEEL 2016: Kent Police\n\nKent Police was given the lowest possible legitimacy rating "
         "and the highest possible rating for efficiency. It aims to give victims the best possible service. Essex Police "
         "achieved the highest possible overall rating.\n",
         {(K, "Legitimacy", "inadequate", "PEEL 2016"), (K, "Efficiency", "outstanding", "PEEL 2016")}),
    Case("table-area-without-grade", "PEEL 2023–25: Surrey Police\n\nManaging offenders\n\nProtecting vulnerable people\n\nGood\n",
         {(S, "Protecting vulnerable people", "good", "PEEL 2023–25")}),
    Case("verb-grade-and-adverb", "PEEL 2023–25: Surrey Police\n\nResponding to the public, however, 'requires improvement', "
         "the report says, and 'Building, supporting and protecting the workforce' now Requires\nImprovement.\n",
         {(S, "Responding to the public", "requires improvement", "PEEL 2023–25"),
          (S, "Developing a positive workplace", "requires improvement", "PEEL 2023–25")}),
    Case("a-list-of-qualities-is-no-list-of-areas", "PEEL 2016: Kent Police had a strong approach to preventing crime, "
         "was good at tackling serious and organised crime and had a good record of making savings.\n",
         {(K, "Tackling serious and organised crime", "good", "PEEL 2016")}),
    # Counts: any order, by rank; aggregates that are no counts.
    Case("counts", "PEEL 2023–25: Surrey Police\n\nIn two areas of its policing the force was judged adequate, and in only one "
         "other was it found to be good. Three important areas ranked second from last of the five possible gradings.\n",
         counts={(S, "adequate", 2, "PEEL 2023–25"), (S, "good", 1, "PEEL 2023–25"), (S, "requires improvement", 3, "PEEL 2023–25")}),
    # (a count opening its clause with no 'of' after the areas, or inverted; not "inspected in three areas, …")
    # A grade's word made a plural noun after its number ("two outstandings"); stolen goods are no grade.
    Case("counts-grade-words-as-plural-nouns", "PEEL 2023–25: Kent Police scored one outstanding, two goods and five "
         "adequates. Officers recovered three goods vans and stolen goods.\n",
         counts={(K, "outstanding", 1, "PEEL 2023–25"), (K, "good", 2, "PEEL 2023–25"), (K, "adequate", 5, "PEEL 2023–25")}),
    # ... quoted too ("four 'goods'"), but not a quoted modifier ("three 'goods' vans").
    Case("counts-quoted-grade-words-as-plural-nouns", "PEEL 2023–25: Kent Police received four 'goods', three “adequates” "
         "and two 'requires improvements'. Officers seized three 'goods' vans.\n",
         counts={(K, "good", 4, "PEEL 2023–25"), (K, "adequate", 3, "PEEL 2023–25"),
                 (K, "requires improvement", 2, "PEEL 2023–25")}),
    # ... the initials too, in capitals ("two RIs"); and a count after 'a total of'.
    Case("counts-initials-as-plural-and-a-total-of", "PEEL 2023–25: Kent Police got three goods and two RIs. A total of "
         "four areas were graded adequate.\n",
         counts={(K, "good", 3, "PEEL 2023–25"), (K, "requires improvement", 2, "PEEL 2023–25"),
                 (K, "adequate", 4, "PEEL 2023–25")}),
    # A counted 'grading area', its area set off between dashes.
    Case("counts-grading-area-dash-aside", "PEEL 2023–25: Kent Police\n\nThere are areas for improvement, and one grading "
         "area \u2013 managing offenders \u2013 was assessed as requires improvement.\n",
         {(K, "Managing offenders", "requires improvement", "PEEL 2023–25")},
         {(K, "requires improvement", 1, "PEEL 2023–25")}),
    # The counted areas the subject of a verb that earned the force a grade.
    Case("counts-areas-earned-the-force-a-rating", "PEEL 2015: Kent Police was judged in three areas. Two of these areas "
         "earned the force an 'outstanding' rating.\n",
         counts={(K, "outstanding", 2, "PEEL 2015")}),
    Case("counts-preposed", "PEEL 2021/22: Surrey Police\n\nIn two areas, the force was judged outstanding. In only four of "
         "the areas inspected did the report find the force to be 'good'. It was inadequate in one, while it needed "
         "improvement in the other two areas.\n\nPEEL 2016: Inspected in three areas, Kent Police was found requiring "
         "improvement in two.\n",
         counts={(S, "outstanding", 2, "PEEL 2021/22"), (S, "good", 4, "PEEL 2021/22"), (S, "inadequate", 1, "PEEL 2021/22"),
                 (S, "requires improvement", 2, "PEEL 2021/22"), (K, "requires improvement", 2, "PEEL 2016")}),
    Case("count-of-the-areas-it-reviewed", "PEEL 2023–25: Surrey Police\n\nThe report ranked three of the eight "
         "areas of policing it reviewed as 'inadequate'.\n",
         counts={(S, "inadequate", 3, "PEEL 2023–25")}),
    Case("count-lines", "PEEL 2023–25: Surrey Police\n\nGood: 4\nAdequate – 3 areas\n\nTwo areas were judged to require "
         "improvement, and the force received one 'outstanding' grading. One area was in the second-lowest of the five grades.\n",
         counts={(S, "good", 4, "PEEL 2023–25"), (S, "adequate", 3, "PEEL 2023–25"), (S, "requires improvement", 2, "PEEL 2023–25"),
                 (S, "outstanding", 1, "PEEL 2023–25"), (S, "requires improvement", 1, "PEEL 2023–25")}),
    Case("the-one-area", "PEEL 2023–25: HMICFRS graded Kent Police in nine areas, finding it adequate in five, good in "
         "three and requiring improvement in one.\n\nThat one area was investigating crime.\n\n'Good' verdict for Kent Police "
         "in four areas of inspection. It received a rating of adequate in its remaining six areas, while responding to the "
         "public was the one area requiring improvement.\n",
         {(K, "Investigating crime", "requires improvement", "PEEL 2023–25"),
          (K, "Responding to the public", "requires improvement", "PEEL 2023–25")},
         {(K, "adequate", 5, "PEEL 2023–25"), (K, "good", 3, "PEEL 2023–25"), (K, "requires improvement", 1, "PEEL 2023–25"),
          (K, "good", 4, "PEEL 2023–25"), (K, "adequate", 6, "PEEL 2023–25")}),
    # A number with no noun of its own counts what its sentence last counted: forces ("each police force", a national
    # tally), or areas.
    Case("bare-numbers-after-every-force", "PEEL 2016: Kent Police\n\nHMIC graded each police force on legitimacy this year: "
         "two were judged outstanding, 30 are good and the rest require improvement. Kent Police was inspected in three areas; "
         "two of them were good and one requires improvement.\n",
         set(), {(K, "good", 2, "PEEL 2016"), (K, "requires improvement", 1, "PEEL 2016")}),
    # "All three strands of the PEEL assessment for 2016 (A, B and C)"; a force and its verb-grade, then "in all three
    # PEEL indicators" (the three pillars of 2014-2019).
    Case("all-three-strands-listed", "PEEL 2016: HMIC has now rated Kent Police as good across all three strands of the PEEL "
         "assessment for 2016 (effectiveness, efficiency and legitimacy).\n",
         {(K, "Effectiveness", "good", "PEEL 2016"), (K, "Efficiency", "good", "PEEL 2016"), (K, "Legitimacy", "good", "PEEL 2016")},
         {(K, "good", 3, "PEEL 2016")}),
    Case("every-one-of-the-three-inspection-areas", "PEEL 2018/19: Kent Police has been graded 'inadequate' in every one "
         "of the three inspection areas (effectiveness, efficiency and legitimacy).\n",
         {(K, "Effectiveness", "inadequate", "PEEL 2018/19"), (K, "Efficiency", "inadequate", "PEEL 2018/19"),
          (K, "Legitimacy", "inadequate", "PEEL 2018/19")},
         {(K, "inadequate", 3, "PEEL 2018/19")}),
    Case("force-verb-grade-in-all-three-indicators", "Published: 4 March 2016\n\nIn its report, HMIC says Surrey Police "
         "requires improvement in all three PEEL indicators.\n",
         {(S, "Effectiveness", "requires improvement", "PEEL 2015"), (S, "Efficiency", "requires improvement", "PEEL 2015"),
          (S, "Legitimacy", "requires improvement", "PEEL 2015")}, {(S, "requires improvement", 3, "PEEL 2015")}),
    # Examples of a vague number of areas, or of a counted one after a dash: each named area has the grade.
    Case("some-areas-among-them", "PEEL 2016: Kent Police was graded 'good' across a number of important areas including "
         "dealing with serious and organised crime. Surrey Police is good in most categories, among them protecting vulnerable "
         "people.\n",
         {(K, "Tackling serious and organised crime", "good", "PEEL 2016"),
          (S, "Protecting vulnerable people and supporting victims", "good", "PEEL 2016")}),
    # So are those of "all areas" and "across the board": the areas named, not a count nor the rest.
    Case("all-areas-with-examples", "PEEL 2023–25: Kent Police was rated adequate in all areas, including preventing crime "
         "and managing offenders. Surrey Police was rated good across the board, among them how it responds to the public. "
         "Sussex Police is good in every area, such as investigating crime.\n",
         {(K, "Preventing crime", "adequate", "PEEL 2023–25"), (K, "Managing offenders", "adequate", "PEEL 2023–25"),
          (S, "Responding to the public", "good", "PEEL 2023–25"), ("Sussex Police", "Investigating crime", "good", "PEEL 2023–25")}),
    # "in the areas of:" with its colon before the list, as a statement sets one out.
    Case("areas-of-colon-list", "PEEL 2015: HMIC has rated Kent Police as 'Good' in the areas of: efficiency; and "
         "legitimacy.\n", {(K, "Efficiency", "good", "PEEL 2015"), (K, "Legitimacy", "good", "PEEL 2015")}),
    # A table flattened into one sentence, its rows apart by semicolons, after a label or none.
    Case("table-rows-in-one-sentence", "PEEL 2023–25: Kent Police's grades were: preventing crime – good; responding to the "
         "public – adequate; investigating crime – requires improvement.\n\nSurrey Police was graded as follows: managing "
         "offenders, good; leadership, adequate.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), (K, "Responding to the public", "adequate", "PEEL 2023–25"),
          (K, "Investigating crime", "requires improvement", "PEEL 2023–25"), (S, "Managing offenders", "good", "PEEL 2023–25"),
          (S, "Leadership and force management", "adequate", "PEEL 2023–25")}),
    Case("counted-dash-among-them", "PEEL 2021/22: Inspectors rated Kent Police 'inadequate' in two areas - among them how it "
         "responds to the public - and adequate in four.\n",
         {(K, "Responding to the public", "inadequate", "PEEL 2021/22")},
         {(K, "inadequate", 2, "PEEL 2021/22"), (K, "adequate", 4, "PEEL 2021/22")}),
    # "good in the two other areas as well": those areas, but the grade's count is more.
    Case("other-areas-as-well-is-no-count", "PEEL 2018/19: Kent Police is good at reducing crime and keeping people safe. "
         "HMICFRS handed the force a 'good' rating in the two other areas it measures as well: operating efficiently and "
         "providing sustainable services to the public, and how it treats the public and its workforce.\n",
         {(K, "Effectiveness", "good", "PEEL 2018/19"), (K, "Efficiency", "good", "PEEL 2018/19"),
          (K, "Legitimacy", "good", "PEEL 2018/19")}),
    Case("other-areas-of-policing-among-them", "PEEL 2023–25: Kent Police was rated good for its response to the public and "
         "adequate in eight other areas of policing, among them preventing crime and protecting vulnerable people.\n",
         {(K, "Responding to the public", "good", "PEEL 2023–25"), (K, "Preventing crime", "adequate", "PEEL 2023–25"),
          (K, "Protecting vulnerable people", "adequate", "PEEL 2023–25")}, {(K, "adequate", 8, "PEEL 2023–25")}),
    # ... but a journalist's examples do not settle the cycle: with it unsettled, one read only in some candidate cycles
    # (serious organised crime, graded in 2021/22 and not in 2023-25) gives nothing.
    Case("examples-in-an-unsettled-cycle", "Kent Police statement\n\nThe force requires improvement in investigating crime "
         "and responding to the public. It is good in most areas, among them disrupting serious organised crime.\n",
         {(K, "Investigating crime", "requires improvement", P), (K, "Responding to the public", "requires improvement", P)}),
    Case("examples-in-a-named-cycle", "PEEL 2021/22: Kent Police statement\n\nThe force requires improvement in "
         "investigating crime. It is good in most areas, among them disrupting serious organised crime.\n",
         {(K, "Investigating crime", "requires improvement", "PEEL 2021/22"),
          (K, "Disrupting serious organised crime", "good", "PEEL 2021/22")}),
    # An overall grading "deemed as" a grade, in an article on one pillar's report.
    Case("overall-grading-deemed-as", "Published: 9 March 2016\n\nHMIC's police effectiveness report on Kent Police is out. "
         "The overall grading was deemed as 'requiring improvement'.\n",
         {(K, "Effectiveness", "requires improvement", "PEEL 2015")}),
    # A grade received "just 12 months ago": the earlier inspection's, in an article on one pillar's report ("its latest
    # assessment of police legitimacy"); a grade only hoped to be received is none.
    Case("received-months-ago", "Published: 12 December 2017\n\nHMICFRS has graded Kent Police as requiring improvement in "
         "its latest assessment of police legitimacy. The commissioner said it was disappointing, particularly after receiving "
         "a 'good' grading just 12 months ago.\n",
         {(K, "Legitimacy", "requires improvement", "PEEL 2017"), (K, "Legitimacy", "good", "PEEL 2016")}),
    Case("months-before-is-no-earlier-inspection", "Published: 12 December 2017\n\nKent Police's legitimacy report is out. "
         "Looking at the 12 months before the inspection, HMICFRS rated the force good.\n",
         {(K, "Legitimacy", "good", "PEEL 2017")}),
    Case("received-hoped-for", "Published: 12 December 2017\n\nKent Police's legitimacy report is out. The force hopes to "
         "receive a good rating next time; it is rated inadequate.\n",
         {(K, "Legitimacy", "inadequate", "PEEL 2017")}),
    # A reporting clause between "among the 'inadequate' areas" and its verb.
    Case("grade-areas-said", "PEEL 2021/22: Kent Police was inspected. Among the 'inadequate' areas, the inspectors said, "
         "were how the force manages offenders and preventing crime.\n",
         {(K, "Managing offenders", "inadequate", "PEEL 2021/22"), (K, "Preventing crime", "inadequate", "PEEL 2021/22")}),
    # A table's terse area name in prose only as what a grading verb's grade is for, ending the clause.
    Case("rated-for-a-terse-name", "PEEL 2018/19: Kent Police is rated as 'requires improvement' for investigation. It is "
         "good at vulnerability work and rated good for vulnerability of victims. The force was judged good for investigation, "
         "and outstanding for legitimacy.\n",
         {(K, "Investigating crime and reducing re-offending", "requires improvement", "PEEL 2018/19"),
          (K, "Legitimacy", "outstanding", "PEEL 2018/19")}),
    # An article naming no force in full and one police area, once, as its commissioner's: that area's force is the article's
    # (not so when it names another area too).
    Case("county-of-the-commissioner", "Commissioner responds\n\nSurrey's Police and Crime Commissioner has responded to the "
         "PEEL 2021/22 inspection of the Constabulary.\n\nInspectors found the Constabulary 'adequate' in six of 10 areas and "
         "good in three.\n", set(), {(S, "adequate", 6, "PEEL 2021/22"), (S, "good", 3, "PEEL 2021/22")}),
    Case("county-of-the-commissioner-and-another", "Commissioner responds\n\nThe Police and Crime Commissioner for Surrey has "
         "responded to the PEEL 2021/22 inspection of the force, rated adequate in six areas. Sussex was rated good in three.\n",
         set(), {("Sussex Police", "good", 3, "PEEL 2021/22")}),
    # ... or twice, the force's name written with '&' ('Devon & Cornwall Police'), the area's with 'and'.
    Case("county-twice-and-for-ampersand", "Complaints about how police in Devon and Cornwall handle calls have dropped.\n\n"
         "The PEEL 2023–25 inspection found the force is still rated as inadequate in responding to the public.\n\nThe "
         "commissioner has reopened enquiry offices across Devon and Cornwall.\n",
         {("Devon & Cornwall Police", "Responding to the public", "inadequate", "PEEL 2023–25")}),
    # "One constabulary, Bedfordshire, is branded 'inadequate'": a force by its county, set off after the word it stands
    # for, opening its sentence.
    Case("one-constabulary-county-branded", "Published: 23 February 2017\n\nThe report into police effectiveness names 13 "
         "forces which require improvement.\n\nOne constabulary, Surrey, is branded \"inadequate\".\n",
         {(S, "Effectiveness", "inadequate", "PEEL 2016")}),
    Case("making-use-of-its-resources", "PEEL 2021/22: Surrey Police was rated inadequate in three areas: responding to "
         "the public, protecting vulnerable people and making use of its resources.\n",
         {(S, "Responding to the public", "inadequate", "PEEL 2021/22"), (S, "Protecting vulnerable people", "inadequate", "PEEL 2021/22"),
          (S, "Strategic planning, organisational management and value for money", "inadequate", "PEEL 2021/22")},
         {(S, "inadequate", 3, "PEEL 2021/22")}),
    # An inspectorate page's summary of one pillar, a question by its theme: "Its response to the management of
    # vulnerability is good", "good in its management of vulnerability and serious and organised crime".
    # A list the page lost its bullets from, under "the force is:", a 2014 question with its two halves turned round.
    Case("list-of-good-at-2014", "HMIC published its first PEEL assessments in November 2014.\n\nAccording to the HMIC, "
         "Surrey Police is:\ngood at preventing offending and reducing crime\ngood at tackling anti-social behaviour\n",
         {(S, "Reducing crime and preventing offending", "good", "PEEL 2014"), (S, "Tackling anti-social behaviour", "good", "PEEL 2014")}),
    Case("management-of-vulnerability", "Surrey PEEL 2016\n\nEffectiveness\n\nThe effectiveness of Surrey Police "
         "requires improvement. Its response to the management of vulnerability is good, too.\n",
         {(S, "Effectiveness", "requires improvement", "PEEL 2016"),
          (S, "Protecting vulnerable people and supporting victims", "good", "PEEL 2016")}),
    # "X was the only one ranked as outstanding" in an article on one pillar's report: that pillar's grade, no count.
    Case("the-only-one-ranked", "Published: 22 March 2018\n\nHMICFRS published its annual assessment of police "
         "effectiveness.\n\nOf the 43 police forces, Surrey Police was the only one ranked as outstanding.\n",
         {(S, "Effectiveness", "outstanding", "PEEL 2017")}),
    # ... or the only one of the few the sentence before named ("the only one of the four ranked 'good'").
    Case("the-only-one-of-the-few", "Welsh forces told to do better\n\nThe watchdog looked at how effective forces are at "
         "protecting vulnerable people from harm and supporting victims.\n\nAccording to HMIC, the South Wales, "
         "Dyfed-Powys and North Wales forces all \"required improvement\".\n\nGwent Police was the only one of the four "
         "ranked \"good\".\n",
         {("South Wales Police", "Protecting vulnerable people and supporting victims", "requires improvement", P),
          ("Dyfed-Powys Police", "Protecting vulnerable people and supporting victims", "requires improvement", P),
          ("North Wales Police", "Protecting vulnerable people and supporting victims", "requires improvement", P),
          ("Gwent Police", "Protecting vulnerable people and supporting victims", "good", P)}),
    # The 2015 vulnerability report by what it looked at, in other words: its grades without an area are its question's.
    Case("vulnerability-report-the-vulnerable", "Welsh forces told to do better\n\nThe North Wales and Dyfed-Powys forces "
         "both \"required improvement\".\n\nThe watchdog looked at how effective forces are at protecting the vulnerable "
         "from harm, and supporting victims.\n",
         {("North Wales Police", "Protecting vulnerable people and supporting victims", "requires improvement", P),
          ("Dyfed-Powys Police", "Protecting vulnerable people and supporting victims", "requires improvement", P)}),
    # A counted grade's examples after 'including on how it …'; two pillars by their adverbs ('how effective and
    # legitimately it performs').
    Case("including-on-how", "Greater Manchester Police progress\n\nIn a more recent report, Greater Manchester Police "
         "was rated \"inadequate\" in three areas, including on how it investigates crime and responds to the public.\n",
         {("Greater Manchester Police", "Investigating crime", "inadequate", P),
          ("Greater Manchester Police", "Responding to the public", "inadequate", P)},
         {("Greater Manchester Police", "inadequate", 3, P)}),
    Case("areas-that-required", "Kent Police praised\n\nIn 2021/22, inspectors found three areas that required "
         "improvement at Kent Police.\n", set(), {(K, "requires improvement", 3, "PEEL 2021/22")}),
    # A list's heading with the grade's noun, its bullets a blank line apart; a count with its areas in other words
    # set off before the verb.
    Case("ratings-in-n-areas-list", "PEEL 2021/22: Kent Police\n\nBesides that, Kent Police received 'Good' ratings in "
         "four areas:\n\n* Engaging with and treating the public with respect\n\n* Preventing crime and anti-social "
         "behaviour\n\n* Building supporting and protecting the workforce\n\n* Strategic planning, organisational "
         "management and value for money\n",
         {(K, "Treatment of the public", "good", "PEEL 2021/22"), (K, "Preventing crime", "good", "PEEL 2021/22"),
          (K, "Developing a positive workplace", "good", "PEEL 2021/22"),
          (K, "Strategic planning, organisational management and value for money", "good", "PEEL 2021/22")},
         {(K, "good", 4, "PEEL 2021/22")}),
    Case("count-aside-in-other-words", "PEEL 2018/19: Kent Police\n\nTwo areas, managing demand and planning ahead, were "
         "identified as requiring improvement.\n", set(), {(K, "requires improvement", 2, "PEEL 2018/19")}),
    # "Its management of A is inadequate": the force's management of the area is the area (not a noun of it).
    Case("management-of-area-is", "PEEL 2016: Kent Police effectiveness\n\nIts management of serious and organised crime is "
         "inadequate and must be put right urgently.\n",
         {(K, "Tackling serious and organised crime", "inadequate", "PEEL 2016")}),
    Case("pillars-by-adverbs", "PEEL 2016: In its latest assessment Kent Police has been judged as 'outstanding' in its "
         "efficiency and 'good' in both how effective and legitimately it performs.\n",
         {(K, "Efficiency", "outstanding", "PEEL 2016"), (K, "Effectiveness", "good", "PEEL 2016"),
          (K, "Legitimacy", "good", "PEEL 2016")}),
    Case("one-other-aspect", "PEEL 2021/22: Kent Police requires improvement in five areas, with just one other aspect rated "
         "adequate.\n", set(), {(K, "requires improvement", 5, "PEEL 2021/22"), (K, "adequate", 1, "PEEL 2021/22")}),
    Case("aggregates", "PEEL 2023–25: Surrey Police\n\nFive of the eight areas were at least adequate. None was inadequate. "
         "Across England, 36 forces were graded good and five as requiring improvement.\n"),
    # Several forces: each grade to the force its sentence is about.
    Case("several-forces", "PEEL 2016: Dyfed-Powys Police requires improvement, HMIC says.\n\nIn 2016, the South Wales and Gwent "
         "forces were both judged \"good\" in each of the three pillars, while North Wales was graded \"good\" for effectiveness and efficiency "
         "but required improvement on legitimacy.\n",
         {(f, a, "good", "PEEL 2016") for f in ("South Wales Police", "Gwent Police") for a in ("Effectiveness", "Efficiency", "Legitimacy")}
         | {("North Wales Police", "Effectiveness", "good", "PEEL 2016"), ("North Wales Police", "Efficiency", "good", "PEEL 2016"),
            ("North Wales Police", "Legitimacy", "requires improvement", "PEEL 2016")},
         {(f, "good", 3, "PEEL 2016") for f in ("South Wales Police", "Gwent Police")}),
    # 'All areas' without the number may take in the questions as well as the pillars: no grade.
    Case("good-in-every-area", "PEEL 2016: Gwent Police and South Wales Police were both good in every area, while North Wales "
         "Police was good for effectiveness but requires improvement for legitimacy.\n",
         {("North Wales Police", "Effectiveness", "good", "PEEL 2016"), ("North Wales Police", "Legitimacy", "requires improvement", "PEEL 2016")}),
    Case("all-areas-of-an-earlier-cycle", "Published: 4 March 2024\n\nKent Police was rated good at preventing crime. In 2019 it "
         "was rated inadequate in all areas, and Surrey Police was judged inadequate in each of the three pillars.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25")}
         | {(S, a, "inadequate", "PEEL 2018/19") for a in ("Effectiveness", "Efficiency", "Legitimacy")},
         {(S, "inadequate", 3, "PEEL 2018/19")}),
    Case("several-forces-pillar-by-pillar", "PEEL 2016: Kent Police and Surrey Police were good at effectively reducing "
         "crime and keeping people safe, while Sussex Police and Essex Police required improvement. Dyfed-Powys Police "
         "was rated good for legitimacy, but it required improvement.\n",
         {(f, "Effectiveness", "good", "PEEL 2016") for f in (K, S)}
         | {(f, "Effectiveness", "requires improvement", "PEEL 2016") for f in ("Sussex Police", "Essex Police")}
         | {("Dyfed-Powys Police", "Legitimacy", "good", "PEEL 2016")}),
    Case("forces-by-area-then-police", "Published: 22 September 2022\n\nGwent, South Wales and North Wales police were all "
         "rated good at preventing crime, while Dyfed-Powys Police was found to be adequate.\n",
         {(f, "Preventing crime", "good", "PEEL 2021/22") for f in ("Gwent Police", "South Wales Police", "North Wales Police")}
         | {("Dyfed-Powys Police", "Preventing crime", "adequate", "PEEL 2021/22")}),
    Case("headed-list", "PEEL 2021/22: Kent Police\n\nThe force was found to be good in these areas:\n\n- preventing crime\n"
         "- managing offenders\n\nIt was found to require improvement in two areas:\n\n- investigating crime\n"
         "- responding to the public\n",
         {(K, "Preventing crime", "good", "PEEL 2021/22"), (K, "Managing offenders", "good", "PEEL 2021/22"),
          (K, "Investigating crime", "requires improvement", "PEEL 2021/22"),
          (K, "Responding to the public", "requires improvement", "PEEL 2021/22")},
         {(K, "requires improvement", 2, "PEEL 2021/22")}),
    Case("most-forces", "PEEL 2016: Kent Police\n\nAcross the country, the report found most forces good at preventing crime.\n"),
    Case("one-of-them", "PEEL 2016: HMIC graded five forces as inadequate at protecting vulnerable people, and Kent was one of them.\n",
         {(K, "Protecting vulnerable people and supporting victims", "inadequate", "PEEL 2016")}),
    Case("unknown-force", "PEEL 2023–25: Kent Police\n\nStates of Jersey Police was rated good at preventing crime.\n"),
    Case("alias", "PEEL 2016: the report rates Beds Police as Inadequate for its effectiveness.\n",
         {("Bedfordshire Police", "Effectiveness", "inadequate", "PEEL 2016")}),
    # Earlier cycles: their own inspection and programme, never the current one.
    Case("earlier-by-year", "PEEL 2023–25: Sussex Police was rated 'good' for its work in responding to the public – a marked "
         "improvement on the 'inadequate' grade it was given for this area in 2023.\n",
         {("Sussex Police", "Responding to the public", "good", "PEEL 2023–25"),
          ("Sussex Police", "Responding to the public", "inadequate", "PEEL 2021/22")}),
    Case("earlier-last-inspection", "Friday, 19th November 2021\n\nAt its last inspection, in 2018/19, Sussex Police was rated "
         "'good' for its work in reducing crime and keeping people safe and 'requires improvement' for its efficiency.\n",
         {("Sussex Police", "Effectiveness", "good", "PEEL 2018/19"), ("Sussex Police", "Efficiency", "requires improvement", "PEEL 2018/19")}),
    Case("earlier-that-report", "PEEL 2023–25: Wiltshire Police was rated good at investigating crime. That is a step up from the "
         "previous report, which found Wiltshire Police 'Inadequate' - the lowest grade there is - in responding to the public.\n\n"
         "That report also found it to 'Require Improvement' in managing offenders.\n",
         {("Wiltshire Police", "Investigating crime", "good", "PEEL 2023–25"),
          ("Wiltshire Police", "Responding to the public", "inadequate", "PEEL 2021/22"),
          ("Wiltshire Police", "Managing offenders", "requires improvement", "PEEL 2021/22")}),
    # An earlier inspection whose cycle the text does not tell, in an article whose own cycle is unknown too: its grades
    # and counts go to the force's earlier inspection of the umbrella programme, apart from the one reported on; in a
    # known cycle with none before it, 'last year' is no PEEL inspection.
    Case("earlier-of-an-untold-cycle", "Kent Police has been rated 'requires improvement' for its efficiency by the "
         "inspectorate.\n\nA year ago the force had been rated as 'good' for efficiency.\n\nSurrey Police has been "
         "downgraded from 'good' to 'requires improvement' in legitimacy. Last year Surrey Police was judged good in two areas.\n",
         {(K, "Efficiency", "requires improvement", P), (K, "Efficiency", "good", "PEEL earlier"),
          (S, "Legitimacy", "requires improvement", P), (S, "Legitimacy", "good", "PEEL earlier")},
         {(S, "good", 2, "PEEL earlier")}),
    # In an article on one pillar's report, a grade with no area is the pillar's, unless it is counted.
    Case("counted-grade-is-no-pillar-grade", "PEEL 2016: Surrey Police was rated requires improvement in legitimacy.\n\n"
         "It was rated good in two areas.\n",
         {(S, "Legitimacy", "requires improvement", "PEEL 2016")}, {(S, "good", 2, "PEEL 2016")}),
    # The area after 'its work' with no preposition ("for its work protecting vulnerable people").
    Case("work-then-area", "PEEL 2016: HMIC rated Kent Police 'inadequate' for its work protecting vulnerable people and "
         "supporting victims.\n",
         {(K, "Protecting vulnerable people and supporting victims", "inadequate", "PEEL 2016")}),
    # The area between a verb of change and its grades: the first grade an earlier inspection's.
    Case("marked-down-on-area-from-to", "PEEL 2016: HMIC has marked Kent Police down on effectiveness, from 'good' to "
         "'requires improvement'.\n",
         {(K, "Effectiveness", "good", "PEEL 2015"), (K, "Effectiveness", "requires improvement", "PEEL 2016")}),
    # The count of areas first, the areas named in an aside, then the force and its grade.
    # ... or "the three key areas" named after a comma (a semicolon: counted-areas-before-a-list); and a force that "achieved 'Good' ratings" in each
    # of them, a count only where the areas are not named (they may be the questions a list before gave).
    Case("the-counted-areas-named-first", "PEEL 2016: Across the three key areas, effectiveness, efficiency and legitimacy, "
         "Kent Police was assessed as \"requiring improvement\".\n\nIn each of the three categories Surrey Police achieved "
         "'Good' ratings.\n",
         {(K, "Effectiveness", "requires improvement", "PEEL 2016"), (K, "Efficiency", "requires improvement", "PEEL 2016"),
          (K, "Legitimacy", "requires improvement", "PEEL 2016")},
         {(K, "requires improvement", 3, "PEEL 2016"), (S, "good", 3, "PEEL 2016")}),
    Case("all-areas-first", "PEEL 2016: Across all three areas put under the spotlight – effectiveness, efficiency and "
         "legitimacy – Kent Police was rated good.\n\nIn all three areas, Surrey Police was judged to be outstanding.\n",
         {(K, "Effectiveness", "good", "PEEL 2016"), (K, "Efficiency", "good", "PEEL 2016"), (K, "Legitimacy", "good", "PEEL 2016"),
          (S, "Effectiveness", "outstanding", "PEEL 2016"), (S, "Efficiency", "outstanding", "PEEL 2016"),
          (S, "Legitimacy", "outstanding", "PEEL 2016")},
         {(K, "good", 3, "PEEL 2016"), (S, "outstanding", 3, "PEEL 2016")}),
    # The mark a news page copied as text leaves after a link is no word between the grade and what it grades.
    Case("link-mark-after-grade", 'PEEL 2017: Kent Police was rated "good", external by the inspectorate at treating the '
         "people it serves with fairness and respect.\n",
         {(K, "Treating the public fairly", "good", "PEEL 2017")}),
    # 'Failing' before 'on' or 'to' is the verb, no gloss of inadequate.
    Case("failing-on-is-a-verb", "PEEL 2017: Kent Police requires improvement in two of three key areas. It is judged to "
         "be failing on how well it understands demand.\n",
         set(), {(K, "requires improvement", 2, "PEEL 2017")}),
    # The area after 'in one of three criteria –'; 'the other two stayed' good.
    Case("one-of-n-criteria-then-area", "PEEL 2017: A report downgraded Kent Police from 'good' to 'requires improvement' "
         "in one of three criteria – legitimacy – while the other two stayed 'good'.\n",
         {(K, "Legitimacy", "good", "PEEL 2016"), (K, "Legitimacy", "requires improvement", "PEEL 2017")},
         {(K, "requires improvement", 1, "PEEL 2017"), (K, "good", 2, "PEEL 2017")}),
    # A pillar's report named with 'an': "rated good in an efficiency report".
    Case("grade-in-an-area-report", "PEEL 2016: Kent Police was rated 'good' for its legitimacy, having also been rated "
         "'good' in an efficiency report in November.\n",
         {(K, "Legitimacy", "good", "PEEL 2016"), (K, "Efficiency", "good", "PEEL 2016")}),
    # A stage of an area's work is no grade of the area.
    Case("initial-stage-is-not-the-area", "PEEL 2016: The HM Inspector said: \"Kent Police's initial investigation of crime "
         "is good.\"\n"),
    # A pillar's question the forces were judged against names the report's pillar: the overall grade is that pillar's.
    Case("judged-against-the-pillar-question", "PEEL 2017: Each force was judged against the overarching question ‘How "
         "efficient is the force at keeping people safe and reducing crime?’\n\nOverall, Kent Police was rated ‘Good’.\n",
         {(K, "Efficiency", "good", "PEEL 2017")}),
    Case("judged-against-the-pillar-question-between-dashes", "PEEL 2017: Every force was judged against one overarching "
         "question – how efficient is the Force at keeping people safe and reducing crime? – and could receive one of four "
         "ratings. Kent Police was given a good rating overall.\n",
         {(K, "Efficiency", "good", "PEEL 2017")}),
    # More than any inspection grades is a tally of forces, not one force's count.
    Case("count-above-any-inspection", "PEEL 2016: HMIC rated Kent Police 'requires improvement', as it did 16 other forces. "
         "Some 24 were rated good.\n"),
    # The number before a grade counts it; a number after ('across eight areas') is how many areas there were.
    Case("number-before-grade-counts-it", "PEEL 2023–25: Kent Police has been given three 'outstanding' gradings across "
         "eight areas of core policing.\n",
         set(), {(K, "outstanding", 3, "PEEL 2023–25")}),
    # A number of forces across the country makes a sentence's counts a national tally.
    Case("tally-across-the-country", "PEEL 2017: Kent Police was rated good for efficiency. The force is one of 30 across "
         "England and Wales to reach that standard, with only two rated 'outstanding' and ten told they 'require "
         "improvement'.\n", {(K, "Efficiency", "good", "PEEL 2017")}),
    # Two areas sharing their first word and their end around an 'and': both.
    Case("shared-verb-and-end", "PEEL 2017: Kent Police was rated 'good' at treating all of the people it serves and its "
         "workforce with fairness and respect.\n",
         {(K, "Treating the public fairly", "good", "PEEL 2017"), (K, "Treating the workforce fairly", "good", "PEEL 2017")}),
    # The report between a grade and its areas, set off by commas; how long the force takes to do what an area names.
    Case("report-aside-and-how-long-it-takes", "PEEL 2023–25: Kent Police was rated adequate, in the latest inspection, "
         "for preventing crime, and requires improvement in how long it takes to respond to the public.\n",
         {(K, "Preventing crime", "adequate", "PEEL 2023–25"), (K, "Responding to the public", "requires improvement", "PEEL 2023–25")}),
    # ... with 'both' before the first area's own words.
    Case("shared-verb-and-end-with-both", "PEEL 2017: Surrey Police was rated 'good' at treating both the public and its "
         "workforce fairly.\n",
         {(S, "Treating the public fairly", "good", "PEEL 2017"), (S, "Treating the workforce fairly", "good", "PEEL 2017")}),
    # 'Once' rated: an earlier inspection, but not told which (not the last one, as 'previously'): none of a known
    # cycle's, the earlier one of an untold cycle where the article's is unknown too.
    Case("once-rated-is-an-untold-earlier-one", "PEEL 2017: Kent Police\n\nKent Police, once rated outstanding for "
         "legitimacy, now requires improvement for legitimacy. Once again it was rated good for efficiency.\n",
         {(K, "Legitimacy", "requires improvement", "PEEL 2017"), (K, "Efficiency", "good", "PEEL 2017")}),
    Case("once-rated-in-an-untold-cycle", "Surrey Police, once rated outstanding for legitimacy, now requires improvement "
         "for legitimacy.\n",
         {(S, "Legitimacy", "outstanding", "PEEL earlier"), (S, "Legitimacy", "requires improvement", P)}),
    # In an article on one pillar's report, 'the only force judged inadequate' is that pillar's grade.
    Case("the-only-force-judged", "HMIC's latest efficiency inspection found Kent Police good.\n\nLast year Surrey Police "
         "was the only force in the country judged \"inadequate\".\n",
         {(K, "Efficiency", "good", P), (S, "Efficiency", "inadequate", "PEEL earlier")}),
    # A part of an area's work ('elements of our approach to legitimacy') is no grade of the area.
    Case("elements-of-an-area-are-not-the-area", "PEEL 2016: Kent Police was graded good for legitimacy. The chief "
         "constable said: \"Elements of our approach to legitimacy were found to be outstanding.\"\n",
         {(K, "Legitimacy", "good", "PEEL 2016")}),
    # A grade the areas are to be lifted to is an aim, no grade nor count.
    Case("lift-to-a-grade-is-an-aim", "PEEL 2017: Kent Police was rated good in all three areas. The aim, the "
         "commissioner said, was to lift all three categories to 'outstanding'.\n",
         {(K, "Effectiveness", "good", "PEEL 2017"), (K, "Efficiency", "good", "PEEL 2017"), (K, "Legitimacy", "good", "PEEL 2017")},
         {(K, "good", 3, "PEEL 2017")}),
    # 'How well the force uses its resources' is the 2015 question too ('Meeting current demands and using resources'):
    # with the cycle among 2015-2017 untold, no one question.
    Case("uses-its-resources-in-an-untold-annual-cycle", "HMIC's efficiency inspection looked at how efficient Kent Police "
         "is. The force was rated good for how well it uses its resources to meet its requirements.\n"),
    # "with respect to" before the area, as the inspectorate's summaries write it.
    Case("with-respect-to", "PEEL 2017: We assess Kent Police as being good with respect to its efficiency.\n",
         {(K, "Efficiency", "good", "PEEL 2017")}),
    # The force's whole effectiveness graded by its object ('graded the force's overall effectiveness as …').
    Case("overall-area-as-grade", "PEEL 2016: HMIC graded Kent Police's overall effectiveness as 'requires improvement'.\n",
         {(K, "Effectiveness", "requires improvement", "PEEL 2016")}),
    # The count of areas first with the end of the scale as the grade, and the areas named after it in words the
    # vocabulary does not know: the count alone.
    Case("all-areas-first-lowest-rating", "PEEL 2018/19: In each of the three main areas inspected Kent Police was given "
         "the lowest rating possible: its work on crime; how it plans ahead; and how it behaves.\n\nIn all three areas "
         "Surrey Police was given the lowest rating possible.\n",
         {(S, "Effectiveness", "inadequate", "PEEL 2018/19"), (S, "Efficiency", "inadequate", "PEEL 2018/19"),
          (S, "Legitimacy", "inadequate", "PEEL 2018/19")},
         {(K, "inadequate", 3, "PEEL 2018/19"), (S, "inadequate", 3, "PEEL 2018/19")}),
    # Paraphrases of two areas' names: 'keeping vulnerable people safe', 'understanding of demand for its services'.
    Case("area-paraphrases", "PEEL 2017: The force is good at keeping vulnerable people safe. Kent Police's understanding "
         "of demand for its services is good.\n",
         {(K, "Protecting vulnerable people and supporting victims", "good", "PEEL 2017"),
          (K, "Understanding demand", "good", "PEEL 2017")}),
    Case("earlier-than-the-first-cycle", "PEEL 2014: Kent Police was rated good for efficiency. Last year it had been "
         "rated inadequate for efficiency.\n",
         {(K, "Efficiency", "good", "PEEL 2014")}),
    Case("earlier-before-that", "PEEL 2023–25: Kent Police was rated adequate at preventing crime. Before that, it was rated "
         "good at preventing crime. In the last round of inspections, it was rated good at investigating crime. Until recently "
         "it was rated inadequate at managing offenders.\n",
         {(K, "Preventing crime", "adequate", "PEEL 2023–25"), (K, "Preventing crime", "good", "PEEL 2021/22"),
          (K, "Investigating crime", "good", "PEEL 2021/22"), (K, "Managing offenders", "inadequate", "PEEL 2021/22")}),
    # A table of grades then and now: each column's grades are of the inspection its heading names (the newest year
    # or 'new' is the one reported on); a column whose heading does not say gives nothing.
    Case("table-then-and-now", "Kent Police inspection results\n\nArea | 2021/22 grade | 2023–25 grade\n"
         "Preventing crime | Good | Adequate\nInvestigating crime | Requires improvement | Good\n\n"
         "Surrey Police\n\nArea | Grade | Grade\nManaging offenders | Good | Adequate\n",
         {(K, "Preventing crime", "good", "PEEL 2021/22"), (K, "Preventing crime", "adequate", "PEEL 2023–25"),
          (K, "Investigating crime", "requires improvement", "PEEL 2021/22"), (K, "Investigating crime", "good", "PEEL 2023–25")}),
    Case("table-previous-and-new", "PEEL 2023–25: Kent Police\n\nArea | Previous grade | New grade\n"
         "Preventing crime | Good | Adequate\n",
         {(K, "Preventing crime", "good", "PEEL 2021/22"), (K, "Preventing crime", "adequate", "PEEL 2023–25")}),
    # ... in Markdown, each row opened and closed by a pipe, its separator row between, a column no grades after.
    Case("table-then-and-now-in-markdown", "Kent Police inspection results\n\n| Area | 2025 grade | 2022 grade | Change |\n"
         "|---|---|---|---|\n| Preventing crime | Adequate | Good | Down |\n| Responding to the public | Requires improvement "
         "| Inadequate | Up |\n",
         {(K, "Preventing crime", "adequate", "PEEL 2023–25"), (K, "Preventing crime", "good", "PEEL 2021/22"),
          (K, "Responding to the public", "requires improvement", "PEEL 2023–25"),
          (K, "Responding to the public", "inadequate", "PEEL 2021/22")}),
    # ... or copied from a page, its cells apart by tabs, or laid out with spaces.
    Case("table-then-and-now-by-tabs-and-spaces", "Kent Police inspection results\n\nArea\t2022 grade\t2025 grade\n"
         "Investigating crime\tInadequate\tAdequate\n\nSurrey Police inspection results\n\nArea                 2022        2025\n"
         "Preventing crime     Good        Requires improvement\n",
         {(K, "Investigating crime", "inadequate", "PEEL 2021/22"), (K, "Investigating crime", "adequate", "PEEL 2023–25"),
          (S, "Preventing crime", "good", "PEEL 2021/22"), (S, "Preventing crime", "requires improvement", "PEEL 2023–25")}),
    Case("labelled-with-a-note", "PEEL 2023–25: Kent Police\n\nInvestigating crime: Adequate (no change)\n"
         "Managing offenders: Good (was adequate last time)\nResponding to the public: Good (in 2019)\n",
         {(K, "Investigating crime", "adequate", "PEEL 2023–25"), (K, "Managing offenders", "good", "PEEL 2023–25")}),
    Case("earlier-counts", "PEEL 2023–25: Kent Police\n\nIn 2022, inspectors found Kent Police good in just one area and "
         "adequate in two. The new report rated it inadequate or failing in two areas: crime investigations and managing offenders.\n",
         {(K, "Investigating crime", "inadequate", "PEEL 2023–25"), (K, "Managing offenders", "inadequate", "PEEL 2023–25")},
         {(K, "good", 1, "PEEL 2021/22"), (K, "adequate", 2, "PEEL 2021/22"), (K, "inadequate", 2, "PEEL 2023–25")}),
    Case("changed-grades", "PEEL 2023–25: Kent Police. Responding to the public improved from inadequate to good. The grade "
         "for investigating crime fell from good to requires improvement. The force went from adequate to outstanding in "
         "preventing crime. It was rated good at managing offenders, up from requires improvement.\n",
         {(K, "Responding to the public", "inadequate", "PEEL 2021/22"), (K, "Responding to the public", "good", "PEEL 2023–25"),
          (K, "Investigating crime", "good", "PEEL 2021/22"), (K, "Investigating crime", "requires improvement", "PEEL 2023–25"),
          (K, "Preventing crime", "adequate", "PEEL 2021/22"), (K, "Preventing crime", "outstanding", "PEEL 2023–25"),
          (K, "Managing offenders", "requires improvement", "PEEL 2021/22"), (K, "Managing offenders", "good", "PEEL 2023–25")}),
    Case("changed-grades-in-tables-and-ratings", "PEEL 2023–25: Kent Police\n\nPreventing crime: Good (2022: Adequate)\n"
         "Investigating crime: Adequate (previously Requires improvement)\nManaging offenders: Good (was Adequate)\n\n"
         "Kent Police's grade for protecting vulnerable people was raised from requires improvement to good. Its responding "
         "to the public rating slipped to inadequate.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), (K, "Preventing crime", "adequate", "PEEL 2021/22"),
          (K, "Investigating crime", "adequate", "PEEL 2023–25"), (K, "Investigating crime", "requires improvement", "PEEL 2021/22"),
          (K, "Managing offenders", "good", "PEEL 2023–25"), (K, "Protecting vulnerable people", "requires improvement", "PEEL 2021/22"),
          (K, "Protecting vulnerable people", "good", "PEEL 2023–25"), (K, "Responding to the public", "inadequate", "PEEL 2023–25")}),
    # A grade without an area, in an article on one pillar's report (2014-2017).
    Case("pillar-report", "PEEL 2016: HMIC today published its report on the effectiveness of Kent Police.\n\n"
         "Kent Police was given an overall grading of 'requires improvement'.\n\nSince our inspection in 2015, when it was "
         "judged as 'good', the force has declined.\n",
         {(K, "Effectiveness", "requires improvement", "PEEL 2016"), (K, "Effectiveness", "good", "PEEL 2015")}),
    Case("pillar-report-of-the-force-s", "date 2017-03-02\n\nKent Police has been rated 'requires improvement' in the "
         "latest HMIC report.\nHMIC has released a report of Kent Police’s ‘Effectiveness’ in policing.\n",
         {(K, "Effectiveness", "requires improvement", "PEEL 2016")}),
    Case("no-overall-grade-in-2018", "PEEL 2018/19: Kent Police was rated good for its overall effectiveness. "
         "Kent Police was rated good.\n", {(K, "Effectiveness", "good", "PEEL 2018/19")}),
    # A newspaper's word for a grade only where the grade comes first; a table's terse area name only in a table.
    Case("glosses", "PEEL 2023–25: Kent Police\n\nThe new report rated Kent Police inadequate or failing in two areas: "
         "crime investigations and managing offenders. Its investigations were failing victims.\n",
         {(K, "Investigating crime", "inadequate", "PEEL 2023–25"), (K, "Managing offenders", "inadequate", "PEEL 2023–25")},
         {(K, "inadequate", 2, "PEEL 2023–25")}),
    Case("heading-labels", "PEEL 2016: Kent Police\n\nThe force has a good understanding of vulnerability, and its "
         "investigation of burglary is good.\n\n· Vulnerability – Inadequate\n· Investigation – Requires Improvement\n",
         {(K, "Protecting vulnerable people and supporting victims", "inadequate", "PEEL 2016"),
          (K, "Investigating crime and reducing re-offending", "requires improvement", "PEEL 2016")}),
    Case("count-of-the-areas", "PEEL 2023–25: Kent Police was good in 4 of the 9 areas, and 1 of 9 areas was inadequate.\n",
         counts={(K, "good", 4, "PEEL 2023–25"), (K, "inadequate", 1, "PEEL 2023–25")}),
    Case("earlier-cycle-years-in-a-later-article", "Published: 4 March 2024\n\nIn the 2021/22 inspection Kent Police was "
         "graded requires improvement for investigating crime; it is now adequate at investigating crime.\n",
         {(K, "Investigating crime", "requires improvement", "PEEL 2021/22"), (K, "Investigating crime", "adequate", "PEEL 2023–25")}),
    Case("areas-outweigh-an-earlier-year", "Kent Police was rated good at preventing crime and adequate for leadership and "
         "force management. In 2016 it had been rated inadequate at protecting vulnerable people.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), (K, "Leadership and force management", "adequate", "PEEL 2023–25"),
          (K, "Protecting vulnerable people and supporting victims", "inadequate", "PEEL 2016")}),
    Case("year-of-the-inspection", "Kent Police was rated 'outstanding' at preventing crime in the 2024 inspection.\n",
         {(K, "Preventing crime", "outstanding", "PEEL 2023–25")}),
    Case("year-chooses-among-cycles", "Kent Police was rated 'outstanding' at preventing crime in the 2023 inspection.\n",
         {(K, "Preventing crime", "outstanding", P)}),
    # Not PEEL, and not grades.
    Case("not-peel", "Kent Police's custody suites were rated as good. Kent Fire and Rescue Service was rated good at "
         "preventing fires. HMICFRS judged Kent Police's arrangements for vetting to be adequate in their effectiveness.\n"),
    Case("thematic-inspection", "PEEL 2023–25: Kent Police was rated adequate for leadership and force management. A "
         "separate HMICFRS inspection of the force's response to domestic abuse rated it good at protecting vulnerable people. "
         "A joint inspection with Ofsted found it outstanding at protecting vulnerable people. The force has improved its "
         "response to domestic abuse and was rated adequate at protecting vulnerable people.\n",
         {(K, "Leadership and force management", "adequate", "PEEL 2023–25"), (K, "Protecting vulnerable people", "adequate", "PEEL 2023–25")}),
    Case("fire-and-rescue-article", "Published: 15 June 2019\n\nKent Fire and Rescue Service has been inspected by HMICFRS. "
         "The service was rated good for effectiveness and requires improvement for efficiency. Kent Police welcomed the "
         "joint working.\n"),
    # The inspectorate's own name, misspelt "Constabularies", names no fire and rescue service: "the service" is the force.
    Case("inspectorate-name-misspelt-is-no-fire-service", "PEEL 2023–25: HM Inspectorate of Constabularies and Fire & Rescue "
         "Services found Kent Police inadequate at investigating crime. The reports say the service is good at preventing "
         "crime.\n",
         {(K, "Investigating crime", "inadequate", "PEEL 2023–25"), (K, "Preventing crime", "good", "PEEL 2023–25")}),
    Case("inspectorate-name-misspelt-with-a-comma-is-no-fire-service", "PEEL 2023–25: HM Inspectorate of Constabularies, "
         "Fire & Rescue Services found Kent Police inadequate at investigating crime. The reports say the service is good at "
         "preventing crime.\n",
         {(K, "Investigating crime", "inadequate", "PEEL 2023–25"), (K, "Preventing crime", "good", "PEEL 2023–25")}),
    Case("denied-is-no-grade", "PEEL 2023–25: Kent Police was rated adequate for leadership and force management. It is "
         "neither good nor outstanding at investigating crime. Inspectors stopped short of rating it inadequate for managing "
         "offenders. It was a long way from good at preventing crime and failed to achieve a good grade for responding to the "
         "public.\n", {(K, "Leadership and force management", "adequate", "PEEL 2023–25")}),
    Case("a-thing-is-no-force", "PEEL 2023–25: Kent Police was rated good at preventing crime. Staff said training was "
         "inadequate for managing offenders. The force is adequate at investigating crime.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), (K, "Investigating crime", "adequate", "PEEL 2023–25")}),
    Case("hoped-for-is-no-grade", "PEEL 2017: Kent Police was rated good for legitimacy. It hopes to receive a good "
         "efficiency rating next year, aims to be rated outstanding for effectiveness and wants to be good at preventing "
         "crime.\n", {(K, "Legitimacy", "good", "PEEL 2017")}),
    # ... nor wished on someone named between: "wanted the force to be", "expects Kent Police to become".
    Case("wished-on-the-force-is-no-grade", "PEEL 2023–25: Kent Police was rated good at managing offenders. The chief "
         "constable said he wanted the force to be outstanding at preventing crime by 2026, and the commissioner expects "
         "Kent Police to become good at responding to the public.\n",
         {(K, "Managing offenders", "good", "PEEL 2023–25")}),
    # ... nor aimed for; nor a grade word that is the adjective of the noun after it ("good practice", "good work").
    Case("aimed-for-and-adjectives-are-no-grades", "PEEL 2023–25: Kent Police was rated adequate at investigating crime. "
         "Inspectors said its approach to preventing crime was good practice that other forces could learn from, and "
         "praised its 'outstanding' work on managing offenders. The force is aiming for an outstanding grade in "
         "protecting vulnerable people.\n",
         {(K, "Investigating crime", "adequate", "PEEL 2023–25")}),
    # ... nor one it came near, risked or escaped, nor one it could have had, nor one a question asks about, nor one
    # predicted.
    Case("near-risked-counterfactual-asked-predicted-are-no-grades", "PEEL 2023–25: Kent Police was rated adequate at "
         "managing offenders. It was close to being rated inadequate for responding to the public and risks being graded "
         "inadequate for recording data about crime. It was nearly rated good at preventing crime, and could have been "
         "rated good at investigating crime with more detectives.\n\nIs Kent Police good at protecting vulnerable people? "
         "The force was predicted to be graded outstanding for leadership.\n",
         {(K, "Managing offenders", "adequate", "PEEL 2023–25")}),
    Case("condition-purpose-future-is-no-grade", "PEEL 2023–25: Kent Police was rated good at preventing crime. If the force "
         "is rated inadequate for responding to the public again, it will enter Engage. The force must improve to be rated "
         "good for investigating crime. The chief constable said the force would be rated outstanding for managing offenders "
         "next time. It was just short of being rated good for protecting vulnerable people.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25")}),
    Case("real-grades-near-to", "PEEL 2023–25: Kent Police's work to protect vulnerable people was graded good. \"To be "
         "recognised as outstanding for preventing crime is a reflection of years of work,\" she said. Responding to the public "
         "has improved to adequate. The force needs to improve its call handling and is rated requires improvement for "
         "investigating crime.\n",
         {(K, "Protecting vulnerable people", "good", "PEEL 2023–25"), (K, "Preventing crime", "outstanding", "PEEL 2023–25"),
          (K, "Responding to the public", "adequate", "PEEL 2023–25"), (K, "Investigating crime", "requires improvement", "PEEL 2023–25")}),
    Case("forces-of-the-country", "PEEL 2023–25: Kent Police. Of the 43 forces, five were outstanding for leadership. Five "
         "forces were rated outstanding. Three years ago the force was rated inadequate.\n"),
    Case("fire-and-rescue-in-a-police-article", "PEEL 2018/19: His Majesty's Inspectorate of Constabulary and Fire & Rescue "
         "Services rated Kent Police good at investigating crime. Kent Fire and Rescue Service was rated good for effectiveness "
         "and requires improvement for efficiency.\n", {(K, "Investigating crime and reducing re-offending", "good", "PEEL 2018/19")}),
    Case("not-grades", "PEEL 2023–25: Kent Police\n\nThe force is not adequately protecting vulnerable people. Inspectors found "
         "good examples of work to prevent crime, and a consistently good service.\n\nHow good is the force at investigating "
         "crime?\n\nThe areas for improvement are responding to the public and managing offenders.\n"),
    # "All three areas" are the areas the sentence then names, as many as it says; with none named, the pillars,
    # unless the article's report is on one pillar: then its questions, if it has that many (the same in every
    # cycle the article may report on).
    Case("all-three-areas-named-after", "PEEL 2017: Kent Police was rated 'good' in all three areas; understanding demand, "
         "use of resources and planning for the future.\n",
         {(K, "Understanding demand", "good", "PEEL 2017"), (K, "Using resources", "good", "PEEL 2017"),
          (K, "Planning for future demand", "good", "PEEL 2017")}, {(K, "good", 3, "PEEL 2017")}),
    Case("all-three-areas-named-in-part", "PEEL 2017: Kent Police was rated 'good' in all three areas of the assessment: "
         "understanding demand, its estate and planning for the future.\n", counts={(K, "good", 3, "PEEL 2017")}),
    Case("all-three-areas-of-a-pillar-report", "PEEL 2017: HMICFRS published its report on the legitimacy of Kent Police. "
         "Kent Police was rated good in all three areas.\n",
         {(K, "Treating the public fairly", "good", "PEEL 2017"), (K, "Ethical and lawful workforce behaviour", "good", "PEEL 2017"),
          (K, "Treating the workforce fairly", "good", "PEEL 2017")}, {(K, "good", 3, "PEEL 2017")}),
    # Its cycle unknown, the pillar's questions differ between the cycles (2015's legitimacy questions are not 2017's).
    Case("all-three-areas-of-a-pillar-report-cycle-unknown", "HMIC published its report on the legitimacy of Kent Police. "
         "Kent Police was rated good in all three areas.\n", counts={(K, "good", 3, P)}),
    # "All three pillars" in such an article are the programme's pillars, not the report's questions: no grade.
    Case("all-three-pillars-in-a-pillar-report", "PEEL 2017: HMICFRS published its legitimacy report on Kent Police today. "
         "The force has now been rated good in all three pillars.\n", counts={(K, "good", 3, "PEEL 2017")}),
    # PEEL 2017's effectiveness had four questions: 'three areas' are not all of them.
    Case("all-three-areas-of-a-pillar-report-not-its-questions", "PEEL 2017: HMICFRS published its report on the effectiveness "
         "of Kent Police. Kent Police was rated good in all three areas.\n", counts={(K, "good", 3, "PEEL 2017")}),
    # "All three categories" after a sentence that counts and lists the inspection's areas (no pillar among them) are
    # those areas, never the three pillars; the list naming the pillars, they are the pillars.
    Case("all-three-after-areas-counted-and-listed", "HMIC looked at three questions: how well Surrey Police meets demand, how "
         "affordable its workforce plan is and how sound its budget is.\n\nSurrey Police was judged 'good' in all three "
         "categories.\n", counts={(S, "good", 3, P)}),
    Case("all-three-after-pillars-counted-and-listed", "PEEL 2016: HMIC looked at three areas - effectiveness, efficiency "
         "and legitimacy.\n\nSurrey Police was judged 'good' in all three areas.\n",
         {(S, "Effectiveness", "good", "PEEL 2016"), (S, "Efficiency", "good", "PEEL 2016"),
          (S, "Legitimacy", "good", "PEEL 2016")}, {(S, "good", 3, "PEEL 2016")}),
    # Other nouns for the pillars ("strands", "indicators"), and a grade that is its own verb right after its subject.
    Case("all-three-strands-in-capitals", "The PCC said: \"Inspectors have now rated Surrey Police as OUTSTANDING across all "
         "three strands of the PEEL assessment for 2015 (Effectiveness, Efficiency and Legitimacy).\"\n",
         {(S, "Effectiveness", "outstanding", "PEEL 2015"), (S, "Efficiency", "outstanding", "PEEL 2015"),
          (S, "Legitimacy", "outstanding", "PEEL 2015")}, {(S, "outstanding", 3, "PEEL 2015")}),
    Case("verbal-grade-in-all-three-indicators", "PEEL 2015: The inspectorate says Surrey Police requires improvement in all "
         "three PEEL indicators, with 40 recommendations.\n",
         {(S, "Effectiveness", "requires improvement", "PEEL 2015"), (S, "Efficiency", "requires improvement", "PEEL 2015"),
          (S, "Legitimacy", "requires improvement", "PEEL 2015")}, {(S, "requires improvement", 3, "PEEL 2015")}),
    Case("all-of-the-three-pillars", "PEEL 2016: Surrey Police was rated good in all of the three pillars, and Kent Police "
         "was rated outstanding in all three of the key areas.\n",
         {(S, "Effectiveness", "good", "PEEL 2016"), (S, "Efficiency", "good", "PEEL 2016"), (S, "Legitimacy", "good", "PEEL 2016"),
          (K, "Effectiveness", "outstanding", "PEEL 2016"), (K, "Efficiency", "outstanding", "PEEL 2016"),
          (K, "Legitimacy", "outstanding", "PEEL 2016")}, {(S, "good", 3, "PEEL 2016"), (K, "outstanding", 3, "PEEL 2016")}),
    # "The three pillars" need no "all"; "on all three counts".
    Case("the-three-pillars-and-all-three-counts", "PEEL 2016: Surrey Police was rated good across the three pillars. Kent "
         "Police was judged outstanding on all three counts.\n",
         {(S, "Effectiveness", "good", "PEEL 2016"), (S, "Efficiency", "good", "PEEL 2016"), (S, "Legitimacy", "good", "PEEL 2016"),
          (K, "Effectiveness", "outstanding", "PEEL 2016"), (K, "Efficiency", "outstanding", "PEEL 2016"),
          (K, "Legitimacy", "outstanding", "PEEL 2016")},
         {(K, "outstanding", 3, "PEEL 2016"), (S, "good", 3, "PEEL 2016")}),
    Case("the-force-after-forces", "PEEL 2017: The report, looking at how efficient forces are, found Kent Police requires "
         "improvement in how it plans for the future. Looking at how forces treat the public, the report found the force good "
         "at treating the public fairly.\n",
         {(K, "Planning for future demand", "requires improvement", "PEEL 2017"), (K, "Treating the public fairly", "good", "PEEL 2017")}),
    # A grade whose sentence names no force: the article's force, unless the force named last is another the article
    # grades by name while it never grades its own so; with both graded by name, it cannot be told.
    Case("subject-graded-by-name", "  • Wiltshire Police has been moved into an advanced stage of monitoring\n"
         "  • Wiltshire Police said it would improve\n  • In 2021/22 HMICFRS graded Gloucestershire Constabulary good at "
         "preventing crime\n\nIt was rated 'adequate' at managing offenders, but 'inadequate' in:\n\n  • investigating crime\n",
         {("Gloucestershire Constabulary", "Preventing crime", "good", "PEEL 2021/22"),
          ("Gloucestershire Constabulary", "Managing offenders", "adequate", "PEEL 2021/22"),
          ("Gloucestershire Constabulary", "Investigating crime", "inadequate", "PEEL 2021/22")}),
    Case("headed-list-with-an-aside", "PEEL 2021/22: Kent Police was rated 'good' (only one level below an 'outstanding' "
         "grading) at:\n\n  • supporting the workforce\n\n  • managing dangerous offenders\n",
         {(K, "Developing a positive workplace", "good", "PEEL 2021/22"), (K, "Managing offenders", "good", "PEEL 2021/22")}),
    # Names as coverage writes them: the serial comma, "providing value for money", PEEL 2014's efficiency questions.
    Case("names-as-written", "PEEL 2021/22: Kent Police was rated good at building, supporting, and protecting the workforce "
         "and providing value for money, and adequate at disrupting organised crime.\n",
         {(K, "Developing a positive workplace", "good", "PEEL 2021/22"),
          (K, "Strategic planning, organisational management and value for money", "good", "PEEL 2021/22"),
          (K, "Disrupting serious organised crime", "adequate", "PEEL 2021/22")}),
    Case("2014-efficiency-questions", "PEEL 2014: HMIC judged Kent Police to be good in these areas:\n\n"
         "• Reducing crime, preventing offending\n• Taking steps to secure its short and long term financial position\n"
         "• Having an affordable way of providing policing\n\nThe efficiency with which the force carries out its "
         "responsibilities is outstanding.\n",
         {(K, "Reducing crime and preventing offending", "good", "PEEL 2014"), (K, "Secure financial position", "good", "PEEL 2014"),
          (K, "Affordable way of providing policing", "good", "PEEL 2014"), (K, "Efficiency", "outstanding", "PEEL 2014")}),
    # Phrasings: "in another four", "ranked", a report that "looked at" a pillar, "a good efficiency rating", a grade
    # changed by a correction (the grade it has now), "in the annual legitimacy assessments".
    Case("count-of-other-things", "PEEL 2023–25: Kent Police was rated good in 30 cases and outstanding in four. Inspectors "
         "found it required improvement in 12 of its 43 response units, and inadequate in 2 of the 9 areas.\n",
         counts={(K, "outstanding", 4, "PEEL 2023–25"), (K, "inadequate", 2, "PEEL 2023–25")}),
    Case("count-in-another", "PEEL 2023–25: Kent Police was graded 'inadequate' in four areas and 'requires improvement' "
         "in another four.\n", counts={(K, "inadequate", 4, "PEEL 2023–25"), (K, "requires improvement", 4, "PEEL 2023–25")}),
    Case("ranked", "PEEL 2016: HMIC published its reports on the effectiveness of forces.\n\nOver the county boundary, "
         "Kent Police have been ranked as 'good'.\n", {(K, "Effectiveness", "good", "PEEL 2016")}),
    Case("report-looked-at-a-pillar", "date 2017-03-02\n\nThis latest PEEL report looked at effectiveness.\n\nOverall, "
         "Kent Police was judged 'outstanding', 30 forces were 'good'.\n", {(K, "Effectiveness", "outstanding", "PEEL 2016")}),
    Case("grade-area-noun", "PEEL 2014: Kent Police was outstanding at tackling anti-social behaviour, and it received a good "
         "efficiency rating.\n", {(K, "Tackling anti-social behaviour", "outstanding", "PEEL 2014"), (K, "Efficiency", "good", "PEEL 2014")}),
    Case("used-its-resources", "PEEL 2017: HMICFRS gave Kent Police an overall grading of requires improvement for "
         "efficiency, rating it good in the way it used its resources.\n",
         {(K, "Efficiency", "requires improvement", "PEEL 2017"), (K, "Using resources", "good", "PEEL 2017")}),
    Case("regraded", "PEEL 2023–25: Kent Police\n\nOn 8 August 2024, the grade for ‘Responding to the public’ was changed "
         "from ‘adequate’ to ‘requires improvement’.\n", {(K, "Responding to the public", "requires improvement", "PEEL 2023–25")}),
    Case("in-the-annual-assessments", "PEEL 2017: Kent and Surrey Police were judged good in the annual \"legitimacy\" "
         "assessments.\n", {(K, "Legitimacy", "good", "PEEL 2017"), (S, "Legitimacy", "good", "PEEL 2017")}),
    Case("subject-both-graded-by-name", "PEEL 2023–25: Kent Police was rated good at preventing crime. Sussex Police was "
         "rated outstanding at preventing crime.\n\nThe force was rated adequate at investigating crime.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), ("Sussex Police", "Preventing crime", "outstanding", "PEEL 2023–25")}),
    # A grade paired with no area, in a sentence naming one pillar's report and no other area, is that pillar's
    # (of the inspection the sentence dates); with two grades in the sentence, one may be another inspection's.
    Case("pillar-report-in-the-sentence", "PEEL 2016: Kent Police was rated good in HMIC's latest efficiency report. This "
         "is a better result than the 2015 efficiency assessment, when Kent Police was judged to require improvement.\n",
         {(K, "Efficiency", "good", "PEEL 2016"), (K, "Efficiency", "requires improvement", "PEEL 2015")}),
    Case("pillar-report-in-the-sentence-two-grades", "PEEL 2016: The report on the newest legitimacy inspection comes a "
         "year after one that rated Kent Police good – this time it says the force requires improvement.\n"),
    # 'The same as' a year dates what follows it to an earlier inspection; the same as anything else does not.
    Case("same-as-is-no-year", "PEEL 2017: The same as its neighbours, Kent Police was rated good for legitimacy.\n",
         {(K, "Legitimacy", "good", "PEEL 2017")}),
    # A sentence naming another force's police area by itself may be about that force: no force gets its grade.
    Case("another-area-named", "PEEL 2023–25: Kent Police was rated good at preventing crime. In Essex, the force was rated "
         "inadequate at preventing crime. Essex's force was rated inadequate at investigating crime. Working with Essex County "
         "Council, the force was rated adequate at managing offenders.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), (K, "Managing offenders", "adequate", "PEEL 2023–25")}),
    # A list or table under a lead or heading naming another force is that force's.
    Case("list-under-another-force", "PEEL 2023–25: Kent Police was rated good at preventing crime. Kent Police was graded "
         "as follows:\n\n  • Responding to the public: inadequate\n\nNeighbouring Essex Police was graded as follows:\n\n"
         "  • Preventing crime: inadequate\n  • Investigating crime: good\n\nSurrey Police\n\nManaging offenders\n\nAdequate\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), (K, "Responding to the public", "inadequate", "PEEL 2023–25"),
          ("Essex Police", "Preventing crime", "inadequate", "PEEL 2023–25"), ("Essex Police", "Investigating crime", "good", "PEEL 2023–25"),
          (S, "Managing offenders", "adequate", "PEEL 2023–25")}),
    Case("another-area-named-after-the-force", "PEEL 2023–25: Kent Police was rated good at preventing crime, while Essex "
         "was inadequate at preventing crime. Neighbouring Norfolk Constabulary, which shares a number of departments with "
         "Suffolk, was rated good for investigating crime.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), ("Norfolk Constabulary", "Investigating crime", "good", "PEEL 2023–25")}),
    # Compared with another force, a grade is that force's in the same inspection cycle, not an earlier inspection's.
    Case("compared-with-another-force", "PEEL 2023–25: Kent Police was rated good at preventing crime, compared with "
         "Essex Police which was rated adequate for preventing crime.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), ("Essex Police", "Preventing crime", "adequate", "PEEL 2023–25")}),
    # Forces by their area names in a list before a force named in full: each has the grade.
    Case("area-names-listed-before-a-force", "PEEL 2017: Lincolnshire, Leicestershire and Nottinghamshire Police were "
         "each rated good for legitimacy.\n",
         {(f, "Legitimacy", "good", "PEEL 2017") for f in ("Lincolnshire Police", "Leicestershire Police", "Nottinghamshire Police")}),
    # An abbreviation the article gives a force in brackets names that force (not the one named before it).
    Case("force-abbreviation", "PEEL 2023–25: HMICFRS inspected West Yorkshire Police (WYP) and Kent Police. Kent Police was "
         "rated good at preventing crime, while WYP was rated adequate at investigating crime.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), ("West Yorkshire Police", "Investigating crime", "adequate", "PEEL 2023–25")}),
    # A release hard-wrapped mid-phrase: a line runs on into the next that begins in lower case (a count, then its
    # area after a dash; a list of areas split over lines); a list or table line stays a line of its own.
    Case("hard-wrapped-mid-phrase", "PEEL 2023–25: The inspectorate looked at Kent Police and graded the\n"
         "force ‘good’ in two areas and ‘inadequate’ in one\narea – managing offenders.\nThe areas it rated\n"
         "adequate are preventing crime; investigating\ncrime, and responding to the public.\n",
         {(K, "Managing offenders", "inadequate", "PEEL 2023–25"), (K, "Preventing crime", "adequate", "PEEL 2023–25"),
          (K, "Investigating crime", "adequate", "PEEL 2023–25"), (K, "Responding to the public", "adequate", "PEEL 2023–25")},
         {(K, "good", 2, "PEEL 2023–25"), (K, "inadequate", 1, "PEEL 2023–25")}),
    # The areas a grade verb heads, as clauses: "the areas that require improvement include how it …, how it …".
    Case("areas-that-include", "PEEL 2021/22: Of Kent Police, the areas that require improvement include how the force "
         "responds to the public and how it protects vulnerable people. Areas the inspectors found to be good were "
         "managing offenders.\n",
         {(K, "Responding to the public", "requires improvement", "PEEL 2021/22"),
          (K, "Protecting vulnerable people", "requires improvement", "PEEL 2021/22"),
          (K, "Managing offenders", "good", "PEEL 2021/22")}),
    # ... or the areas placed in a grade's class: "the three areas put in the 'requires improvement' category were …".
    Case("development-of-a-positive-workplace", "PEEL 2021/22: Kent Police was found to need improvement in investigating "
         "crime and development of a positive workplace.\n",
         {(K, "Investigating crime", "requires improvement", "PEEL 2021/22"),
          (K, "Developing a positive workplace", "requires improvement", "PEEL 2021/22")}),
    Case("areas-put-in-the-grade-category", "PEEL 2023–25: Kent Police was good in four areas. The two areas put in the "
         "'inadequate' category were investigating crime and managing offenders, and the one area placed in the adequate class "
         "was preventing crime.\n",
         {(K, "Investigating crime", "inadequate", "PEEL 2023–25"), (K, "Managing offenders", "inadequate", "PEEL 2023–25"),
          (K, "Preventing crime", "adequate", "PEEL 2023–25")},
         {(K, "good", 4, "PEEL 2023–25"), (K, "inadequate", 2, "PEEL 2023–25"), (K, "adequate", 1, "PEEL 2023–25")}),
    # Several areas on one bullet before its grade.
    Case("areas-listed-before-a-grade", "PEEL 2023–25: Kent Police was graded as follows:\n\n"
         "  • Managing offenders - good\n  • Preventing crime, investigating crime and protecting vulnerable people – adequate\n",
         {(K, "Managing offenders", "good", "PEEL 2023–25"), (K, "Preventing crime", "adequate", "PEEL 2023–25"),
          (K, "Investigating crime", "adequate", "PEEL 2023–25"), (K, "Protecting vulnerable people", "adequate", "PEEL 2023–25")}),
    # A report on one pillar is of a cycle that had pillars: its questions' phrases are read with those cycles' labels
    # (here 'supports vulnerable people' and 'the way it supports …', the questions' descriptions).
    Case("pillar-report-cycles", "Kent Police was rated good in the latest police effectiveness inspection. The force "
         "was rated good at preventing crime and tackling anti-social behaviour, but the way it supports vulnerable people "
         "requires improvement.\n",
         {(K, "Effectiveness", "good", P), (K, "Preventing crime and tackling anti-social behaviour", "good", P),
          (K, "Protecting vulnerable people and supporting victims", "requires improvement", P)}),
    # Someone disputing the inspection: what the paragraph then grades is that person's view.
    Case("disputed", "PEEL 2017: Kent Police was rated good for effectiveness.\n\nThe commissioner said she did not agree "
         "with the report. She added: “Kent Police is outstanding at protecting vulnerable people.”\n",
         {(K, "Effectiveness", "good", "PEEL 2017")}),
    Case("building-and-supporting", "PEEL 2021/22: Kent Police was good at building and supporting the workforce.\n",
         {(K, "Developing a positive workplace", "good", "PEEL 2021/22")}),
    # An area as the modifier of a noun ("its crime prevention methods"), with the short names of the questions.
    Case("area-qualifies-a-noun", "PEEL 2016: Inspectors gave Kent Police a 'good' grade for its crime prevention work and "
         "for tackling organised crime.\n",
         {(K, "Preventing crime and tackling anti-social behaviour", "good", "PEEL 2016"),
          (K, "Tackling serious and organised crime", "good", "PEEL 2016")}),
    # The pillar named as a strand of the inspection before the grade.
    Case("strand-of-the-inspection", "PEEL 2016: In the 'efficiency' (how well it spends) strand of the inspection, Kent "
         "Police was graded as 'Requires improvement'.\n", {(K, "Efficiency", "requires improvement", "PEEL 2016")}),
    # A grade between dashes after its area, inside a list of other things.
    Case("graded-aside", "PEEL 2023–25: Kent Police\n\nThe panel heard how the other areas, including investigating crime – graded as "
         "inadequate – and managing offenders (rated good), are reviewed.\n",
         {(K, "Investigating crime", "inadequate", "PEEL 2023–25"), (K, "Managing offenders", "good", "PEEL 2023–25")}),
    # A pillar's report named with its year, the overall judgement 'that' the force is a grade, and a heading ending
    # ':-' over arrow bullets.
    Case("pillar-report-year-and-arrow-bullets", "HMICFRS rates Kent Police 'Good'\n\nHMICFRS has published its PEEL "
         "Legitimacy 2017\nInspection report for Kent Police.\n\nAs well as the overall judgment that Kent Police is "
         "good, the force was graded as good at:-\n► Treating the public fairly.\n► Treating the workforce fairly.\n",
         {(K, "Legitimacy", "good", "PEEL 2017"), (K, "Treating the public fairly", "good", "PEEL 2017"),
          (K, "Treating the workforce fairly", "good", "PEEL 2017")}),
    # Counts of "areas of policing"; "among them" before the areas a count names.
    Case("areas-of-policing-among-them", "PEEL 2023–25: Kent Police: four areas of policing were rated adequate. It was "
         "rated good in two areas, among them preventing crime and managing offenders.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), (K, "Managing offenders", "good", "PEEL 2023–25")},
         {(K, "adequate", 4, "PEEL 2023–25"), (K, "good", 2, "PEEL 2023–25")}),
    # A table's terse names in prose: only in a list of three or more that names another area in full.
    Case("terse-names-in-a-list", "PEEL 2017: Kent Police was rated good for crime prevention, vulnerability and "
         "investigation. Its work on vulnerability was good.\n",
         {(K, "Preventing crime and tackling anti-social behaviour", "good", "PEEL 2017"),
          (K, "Protecting vulnerable people and supporting victims", "good", "PEEL 2017"),
          (K, "Investigating crime and reducing re-offending", "good", "PEEL 2017")}),
    # ... or in an article on the report of the pillar whose question it is (not another pillar's report).
    Case("terse-name-in-its-pillar-report", "The PCC responded to the PEEL Police Effectiveness report: \"Kent Police is "
         "rated as 'inadequate' for vulnerability.\"\n", {(K, "Protecting vulnerable people and supporting victims", "inadequate", P)}),
    Case("terse-name-in-another-pillar-report", "The PCC responded to the PEEL Police Efficiency report: \"Kent Police is "
         "rated as 'inadequate' for vulnerability.\"\n"),
    # Counts: a gloss before a count ('in need of improvement in three areas'), 'another' as one more after other
    # counts; a share of other things is none ('failing in four out of 12 performance measures').
    Case("counts-gloss-another-share", "PEEL 2023–25: Kent Police was found in need of improvement in three areas. "
         "Surrey Police was good in two areas, adequate in four and inadequate in another. Essex Police is failing in four "
         "out of 12 key performance indicators.\n", set(),
         {(K, "requires improvement", 3, "PEEL 2023–25"), (S, "good", 2, "PEEL 2023–25"), (S, "adequate", 4, "PEEL 2023–25"),
          (S, "inadequate", 1, "PEEL 2023–25")}),
    # A line ending in a word no sentence ends with runs on into the next, whatever its first letter.
    Case("hard-wrapped-before-a-name", "PEEL 2023–25: The inspectorate looked at nine areas and graded\nKent Police "
         "'adequate' in\nInvestigating crime and in managing offenders.\n",
         {(K, "Investigating crime", "adequate", "PEEL 2023–25"), (K, "Managing offenders", "adequate", "PEEL 2023–25")}),
    # The 2016-2017 efficiency questions as coverage describes them ("how well it uses its resources to meet demand");
    # an area another grade qualifies ("a good understanding of …") is no item of the next grade's list.
    Case("efficiency-questions-described", "PEEL 2017: Kent Police has a good understanding of current demand; its use of "
         "resources to meet demand is judged to require improvement. It was rated good in how well it plans for future "
         "needs.\n",
         {(K, "Understanding demand", "good", "PEEL 2017"), (K, "Using resources", "requires improvement", "PEEL 2017"),
          (K, "Planning for future demand", "good", "PEEL 2017")}),
    # A semicolon parts clauses: a grade reaches no area across it whose clause grades that area itself, before or after.
    Case("semicolon-clauses-grade-their-own", "PEEL 2016: Surrey Police was rated good at protecting vulnerable people; "
         "investigating crime was judged to require improvement; and its tackling of serious and organised crime was also "
         "judged good.\n",
         {(S, "Protecting vulnerable people and supporting victims", "good", "PEEL 2016"),
          (S, "Investigating crime and reducing re-offending", "requires improvement", "PEEL 2016"),
          (S, "Tackling serious and organised crime", "good", "PEEL 2016")}),
    # … but a list's items parted by semicolons stay the grade's when the last clause's grade is some other thing's.
    Case("semicolon-list-then-other-grade", "PEEL 2021/22: Surrey Police was given a 'good' grading for preventing crime; "
         "investigating crime; and protecting vulnerable people, with the rest of the areas judged adequate.\n",
         {(S, "Preventing crime", "good", "PEEL 2021/22"),
          (S, "Investigating crime", "good", "PEEL 2021/22"), (S, "Protecting vulnerable people", "good", "PEEL 2021/22")}),
    # "the 'outstanding' grade for A": that grade's own noun phrase takes the area, and no later grade of the sentence may.
    Case("grade-noun-takes-its-area", "PEEL 2021/22: Besides the 'outstanding' grade for investigating crime, Surrey Police "
         "received 'good' ratings in three other areas.\n",
         {(S, "Investigating crime", "outstanding", "PEEL 2021/22")}, {(S, "good", 3, "PEEL 2021/22")}),
    # "has a good approach to A (and B)": the grade of the areas the force's approach is to; not one it needs.
    Case("approach-to-areas", "PEEL 2016: Surrey Police has an outstanding approach to preventing crime and tackling serious "
         "and organised crime. The force needs a good approach to investigating crime.\n",
         {(S, "Preventing crime and tackling anti-social behaviour", "outstanding", "PEEL 2016"),
          (S, "Tackling serious and organised crime", "outstanding", "PEEL 2016")}),
    Case("approach-to-described-area", "PEEL 2023–25: Inspectors said Surrey Police had a good approach to preventing and "
         "deterring crime, antisocial behaviour and vulnerability.\n",
         {(S, "Preventing crime", "good", "PEEL 2023–25")}),
    # A grade qualifying an efficiency question's own noun ("has a good understanding of demand", "Kent's outstanding planning
    # for the future"): that question's grade; not a grade of a noun that merely follows ("its good preventing crime work"
    # is no such noun), nor one the force needs.
    # The force having the quality is the question's grade only beside another question's grade; alone, it is praise.
    Case("grade-qualifies-question-noun", "PEEL 2017: Inspectors found that Surrey Police still has a good understanding of "
         "current demand; its use of resources is judged to be good. They praised Kent Police's outstanding planning for the "
         "future. Essex Police needs a good understanding of demand. According to the report, Hampshire Constabulary has a "
         "good understanding of current demand and continually assesses its ability to respond.\n",
         {(S, "Understanding demand", "good", "PEEL 2017"), (S, "Using resources", "good", "PEEL 2017"),
          (K, "Planning for future demand", "outstanding", "PEEL 2017")}),
    # 'It' after a sentence that opens on another force than the article's, by its name or its area's alone, is that force
    # (not after a sentence that opens on something else named for the area: 'A Dorset Council spokesman').
    Case("it-continues-the-force-the-sentence-before-opens-on", "PEEL 2023–25: Kent Police was rated adequate in four "
         "areas. Kent Police must improve.\nDorset, while still giving the public an adequate service, needs to improve how "
         "it investigates crime. It was, however, rated as 'good' in preventing crime and anti-social behaviour.\nHowever, "
         "Surrey Police needs to improve. It was rated good at managing offenders.\nA Dorset Council spokesman welcomed "
         "the report. It was rated good at responding to the public.\n",
         {("Dorset Police", "Preventing crime", "good", "PEEL 2023–25"), (S, "Managing offenders", "good", "PEEL 2023–25"),
          (K, "Responding to the public", "good", "PEEL 2023–25")},
         counts={(K, "adequate", 4, "PEEL 2023–25")}),
    # The areas listed after the number of them that were 'inspected for'; a list under a sentence naming its grade as the
    # list's ('the report's good gradings are the following areas.'), not under one that does not.
    Case("areas-inspected-for-and-grade-noun-list-heading", "PEEL 2018/19: Kent Police has kept its 'good' grading in the "
         "three main areas inspected for Effectiveness, Efficiency and Legitimacy.\n\nAmong the report's good gradings are "
         "the following areas, which formed part of the 2018 inspection.\n\n- Investigating crime and reducing reoffending"
         "\n\n- Planning for the future\n\nThe report says the force is good. It looked at the following areas.\n\n"
         "- Protecting vulnerable people\n",
         {(K, pillar, "good", "PEEL 2018/19") for pillar in ("Effectiveness", "Efficiency", "Legitimacy",
                                                             "Investigating crime and reducing re-offending",
                                                             "Planning for the future")},
         counts={(K, "good", 3, "PEEL 2018/19")}),
    # An area 'of' the force before its grade; an area after 'how and when it'; after 'the work we do to'.
    Case("area-of-the-force", "PEEL 2016: Kent Police\n\nThe report says: \"Overall the effectiveness of Surrey Police is "
         "judged to be outstanding.\"\n", {(S, "Effectiveness", "outstanding", "PEEL 2016")}),
    Case("area-after-how-and-when-and-work-we-do-to", "PEEL 2023–25: Kent Police\n\nThe report graded Kent Police "
         "'Outstanding' for how and when it records crime. We were graded 'good' for the work we do to protect vulnerable "
         "people.\n",
         {(K, "Recording data about crime", "outstanding", "PEEL 2023–25"), (K, "Protecting vulnerable people", "good", "PEEL 2023–25")}),
    # Counts adding up to more areas than a cycle grades rule that cycle out (ten: not 2023–25's nine), and with it the
    # doubt about an area both cycles name ('how it treats the public'); nine leave the doubt, and the area unread.
    Case("counts-rule-out-a-cycle-of-fewer-areas", "Kent Police was rated adequate in four areas and requires improvement in "
         "six. It was rated as requiring improvement for how it treats the public and responding to the public.\n",
         {(K, "Treatment of the public", "requires improvement", "PEEL 2021/22"),
          (K, "Responding to the public", "requires improvement", "PEEL 2021/22")},
         counts={(K, "adequate", 4, "PEEL 2021/22"), (K, "requires improvement", 6, "PEEL 2021/22")}),
    Case("counts-within-both-cycles", "Kent Police was rated adequate in four areas and requires improvement in five. It "
         "was rated as requiring improvement for how it treats the public and responding to the public.\n",
         {(K, "Responding to the public", "requires improvement", P)},
         counts={(K, "adequate", 4, P), (K, "requires improvement", 5, P)}),
    # 'This is an area that requires improvement': the one area the sentence before names (not two, not across a paragraph).
    Case("this-is-an-area-after-one-area", "PEEL 2015: Kent Police\n\nWhen it comes to protecting the vulnerable, "
         "call-handlers do not always record the risks. This is an area that requires improvement. Investigating crime and "
         "preventing crime were looked at. This is an area that requires improvement.\n\nThe force prevents crime well."
         "\n\nThis is an area that requires improvement.\n",
         {(K, "Protecting vulnerable people and supporting victims", "requires improvement", "PEEL 2015")}),
    # The efficiency question by the force's own demand ('understanding its demand').
    Case("understanding-its-demand", "PEEL 2017: Of the three areas assessed, Kent Police got 'Good' for understanding its "
         "demand.\n", {(K, "Understanding demand", "good", "PEEL 2017")}),
    # An area led by a verb, in the plural ('the way they treat'); areas after 'the two other areas it measures as well:'
    # (no count: 'as well' says the grade goes further); 'behaving ethically and lawfully'.
    Case("area-verb-in-the-plural", "PEEL 2017: The report found that Kent Police are good in the way they treat the "
         "public and its workforce.\n", {(K, "Legitimacy", "good", "PEEL 2017")}),
    Case("areas-after-the-other-areas-it-measures", "PEEL 2016: The inspectorate handed Kent Police a good rating in the "
         "two other areas it measures as well: operating efficiently, and how it treats the public and its workforce.\n",
         {(K, "Efficiency", "good", "PEEL 2016"), (K, "Legitimacy", "good", "PEEL 2016")}),
    Case("behaving-ethically-and-lawfully", "PEEL 2018/19: Kent Police requires improvement at treating the public fairly "
         "and on behaving ethically and lawfully.\n",
         {(K, "Treating the public fairly", "requires improvement", "PEEL 2018/19"),
          (K, "Ethical and lawful workforce behaviour", "requires improvement", "PEEL 2018/19")}),
    # A separate inspection's grade is no PEEL grade (and does not tell the cycle: serious organised crime was an area of
    # 2021/22 only); 'zero were rated good' counts nothing; an area 'alone' before its grade.
    Case("separate-inspection-zero-counts-and-alone", "PEEL 2023–25: Kent Police was assessed as 'good' in recording crime. "
         "A separate recent inspection had already assessed the force as 'good' at tackling serious and organised crime. "
         "Of the nine areas assessed, zero were rated 'Outstanding', and police powers and public treatment alone were rated "
         "as 'Adequate'.\n",
         {(K, "Recording data about crime", "good", "PEEL 2023–25"),
          (K, "Police powers and public treatment", "adequate", "PEEL 2023–25")}),
    # 'five others' after areas counted is a count of areas; after a force, of forces (no count).
    Case("five-others-after-areas", "PEEL 2023–25: Kent Police was inspected. Investigating crime and managing offenders "
         "- two strands of police work - were judged to require improvement, and five others were rated adequate.\n",
         {(K, "Investigating crime", "requires improvement", "PEEL 2023–25"),
          (K, "Managing offenders", "requires improvement", "PEEL 2023–25")},
         counts={(K, "adequate", 5, "PEEL 2023–25")}),
    Case("five-others-after-a-force", "PEEL 2016: Kent Police was rated outstanding for efficiency and five others were "
         "rated good.\n", {(K, "Efficiency", "outstanding", "PEEL 2016")}),
    # 'The two "require improvement"' after two forces: the forces', no count of areas.
    Case("the-two-are-no-count", "PEEL 2016: Inspectors say Kent Police and Surrey Police are both making headway. "
         "According to the latest report, the two \"require improvement\" on efficiency.\n"),
    # 'called the force's handling of A and B "good"' (the grade in quotation marks: not 'called … good news'); a preposed
    # area with 'is said to be'; the vulnerable 'protected from harm', 'response to vulnerable people'; 2021/22's 'making
    # a good use of resources'.
    Case("called-handling-of-areas-quoted-grade", "PEEL 2017: Kent Police was inspected. The report, which called the "
         "force's handling of serious and organised crime and preventing crime and anti-social behaviour \"good\", went "
         "on. It called the force's handling of investigating crime good news.\n",
         {(K, "Tackling serious and organised crime", "good", "PEEL 2017"),
          (K, "Preventing crime and tackling anti-social behaviour", "good", "PEEL 2017")}),
    Case("said-to-be-and-the-vulnerable-from-harm", "PEEL 2016: Kent Police requires improvement in how it protects the "
         "vulnerable from harm and supports victims. In how it tackles serious and organised crime, Kent Police is said to "
         "be \"inadequate\".\n",
         {(K, "Protecting vulnerable people and supporting victims", "requires improvement", "PEEL 2016"),
          (K, "Tackling serious and organised crime", "inadequate", "PEEL 2016")}),
    Case("response-to-vulnerable-people", "PEEL 2016: Kent Police was inspected. The force's response to vulnerable people "
         "is inadequate.\n", {(K, "Protecting vulnerable people and supporting victims", "inadequate", "PEEL 2016")}),
    Case("making-a-good-use-of-resources", "PEEL 2021/22: HMICFRS rated Kent Police requires improvement in two - "
         "responding to the public and making a good use of resources.\n",
         {(K, "Responding to the public", "requires improvement", "PEEL 2021/22"),
          (K, "Strategic planning, organisational management and value for money", "requires improvement", "PEEL 2021/22")},
         counts={(K, "requires improvement", 2, "PEEL 2021/22")}),
    # An inspectorate page headed by the police area and the cycle ('City of London PEEL 2018') is that area's force's,
    # though it never names the force in full.
    Case("page-headed-by-area-and-cycle", "City of London PEEL 2018\n\nEffectiveness\n\nHow effectively does the force "
         "reduce crime and keep people safe?\n\nGood\n\nThe force is good at preventing crime and tackling anti-social "
         "behaviour.\n",
         {("City of London Police", "Effectiveness", "good", P),
          ("City of London Police", "Preventing crime and tackling anti-social behaviour", "good", P)}),
    # The pillars by their adjectives in one list ('how effective, efficient and legitimate it is').
    Case("pillars-by-adjectives", "Kent Police has been judged good on how 'effective', 'efficient' and 'legitimate' it is "
         "at keeping people safe and cutting crime.\n",
         {(K, "Effectiveness", "good", P), (K, "Efficiency", "good", P), (K, "Legitimacy", "good", P)}),
    # Areas 'put down as' a grade; 'use of its powers', 'workplace culture'; 'Leadership' graded tells 2023–25.
    Case("put-down-as-and-2023-25-names", "Kent Police was found 'good' in four areas and 'adequate' in two. Crime "
         "prevention, use of its powers and workplace culture were all rated good. Leadership and protecting the "
         "vulnerable were put down as adequate.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), (K, "Police powers and public treatment", "good", "PEEL 2023–25"),
          (K, "Developing a positive workplace", "good", "PEEL 2023–25"),
          (K, "Leadership and force management", "adequate", "PEEL 2023–25"),
          (K, "Protecting vulnerable people", "adequate", "PEEL 2023–25")},
         counts={(K, "good", 4, "PEEL 2023–25"), (K, "adequate", 2, "PEEL 2023–25")}),
    # 'police' before a pillar's name, and 'effectiveness at reducing crime'; the programme's name spelt out ('a grade of
    # Good for police effectiveness, efficiency and legitimacy') names no pillar.
    Case("police-before-pillars", "PEEL 2018/19: HMICFRS rated Kent Police good overall, and good in three categories: "
         "police effectiveness at reducing crime, efficiency, and legitimacy.\n",
         {(K, "Effectiveness", "good", "PEEL 2018/19"), (K, "Efficiency", "good", "PEEL 2018/19"),
          (K, "Legitimacy", "good", "PEEL 2018/19")}, counts={(K, "good", 3, "PEEL 2018/19")}),
    Case("three-key-headlines-of", "PEEL 2018/19: Kent Police is rated as good for the three key headlines of "
         "effectiveness, efficiency and legitimacy.\n",
         {(K, "Effectiveness", "good", "PEEL 2018/19"), (K, "Efficiency", "good", "PEEL 2018/19"),
          (K, "Legitimacy", "good", "PEEL 2018/19")}, counts={(K, "good", 3, "PEEL 2018/19")}),
    Case("programme-name-is-no-pillar", "Kent Police given an overall grade of 'Good' for police effectiveness, "
         "efficiency and legitimacy\n\nThe force was praised.\n"),
    # Legitimacy as how the force deals with the public and staff.
    Case("legitimacy-as-dealings-with-the-public-and-staff", "PEEL 2018/19: Kent Police is now rated good in how it deals "
         "with the public and staff.\n", {(K, "Legitimacy", "good", "PEEL 2018/19")}),
    # A grade given 'here', to what its sentence names, is not the pillar's of the article's report.
    Case("grade-given-here-is-no-pillar-grade", "Kent Police rated as 'Good' by inspectorate\n\nKent Police has been judged "
         "'Good' overall in the newest HMICFRS report on police legitimacy.\n\nThe report also looks at how the force "
         "approaches the wellbeing of its officers and staff, and says that here it still 'requires improvement'.\n",
         {(K, "Legitimacy", "good", "PEEL")}),
    # A grade 'for' something no area names is that thing's, not the pillar of the article's report.
    Case("grade-for-no-area-is-no-pillar-grade", "Kent Police has been given a glowing report on how effectively it keeps "
         "people safe and reduces crime.\nThe report rated Kent Police outstanding for understanding its local priorities. "
         "It was rated good for the second year running. Surrey Police was graded requires improvement - the third "
         "ranking - for its use of stop and search.\n",
         {(K, "Effectiveness", "good", "PEEL")}),
    # ... but such a quality is the prose of any cycle: it does not outvote a page heading's cycle (2018/19) that had
    # no such question.
    Case("quality-does-not-tell-the-cycle", "Kent 2018/19\n\nThe force is good at preventing crime and anti-social "
         "behaviour. Kent Police has a good understanding of the demand for its services; its planning for the future is "
         "good.\n",
         {(K, "Preventing crime and tackling anti-social behaviour", "good", "PEEL 2018/19"),
          (K, "Planning for the future", "good", "PEEL 2018/19")}),
    # A journalist's examples ("good in most categories, among them …") with the cycle unsettled between two that label
    # an area alike: that area; an example no open cycle grades (serious organised crime since 2021) gives nothing.
    Case("examples-labelled-alike-in-open-cycles", "Kent Police requires improvement in responding to the public. The "
         "report grades the force 'good' in most categories, among them preventing crime, disrupting serious organised "
         "crime and protecting vulnerable people.\n",
         {(K, "Responding to the public", "requires improvement", P), (K, "Preventing crime", "good", P),
          (K, "Protecting vulnerable people", "good", P)}),
    # An undated article naming the inspectorate HMICFRS (so named since July 2017) is on no cycle before 2017: "investigating
    # crime" reads as that question of 2017-2019, not 2014's "Investigating offending"; the cycle itself stays unsettled.
    Case("hmicfrs-named-no-cycle-before-2017", "HMICFRS judged Surrey Police to be good at effectively reducing crime and "
         "keeping people safe. The inspector said: \"It is good at investigating crime.\"\n",
         {(S, "Effectiveness", "good", P), (S, "Investigating crime and reducing re-offending", "good", P)}),
    Case("hmic-named-cycle-open", "HMIC judged Surrey Police to be good at effectively reducing crime and keeping people "
         "safe. The inspector said: \"It is good at investigating crime.\"\n",
         {(S, "Effectiveness", "good", P)}),
    # Counts after "each of the" (with the pillars "good in all three" gives), and after a grade noun "for" the
    # inspectorate's pillars.
    Case("count-each-of-the-and-inspectorates-pillars", "PEEL 2016: Surrey Police was rated 'good' in each of the three "
         "categories inspected. Kent Police's chief said: \"We have an overall 'outstanding' grading for HMIC's three pillars "
         "of inspection.\"\n",
         {(S, a, "good", "PEEL 2016") for a in ("Effectiveness", "Efficiency", "Legitimacy")},
         {(S, "good", 3, "PEEL 2016"), (K, "outstanding", 3, "PEEL 2016")}),
    # "Deals with (serious and) organised crime": the serious and organised crime question, in the words of 'tackling'.
    Case("deals-with-organised-crime", "PEEL 2016: Surrey Police is one of only four forces to be judged outstanding in how "
         "it deals with organised crime.\n",
         {(S, "Tackling serious and organised crime", "outstanding", "PEEL 2016")}),
    # A verb of its own before an area's verb, sharing its object ("how it supervises and investigates crime"): the item is
    # that area, and the list goes on past it.
    Case("own-verb-shares-areas-object", "PEEL 2021/22: Inspectors found Surrey Police requires improvement in how it "
         "supervises and investigates crime and how it answers and responds to the public.\n",
         {(S, "Investigating crime", "requires improvement", "PEEL 2021/22"),
          (S, "Responding to the public", "requires improvement", "PEEL 2021/22")}),
    # Crime recording in other words: the infinitive "its ability to record data about crime", and "recording crime data".
    Case("record-data-about-crime-infinitive", "PEEL 2023–25: Inspectors found that Surrey Police requires improvement in its "
         "ability to record data about crime. Kent Police was outstanding in recording crime data.\n",
         {(S, "Recording data about crime", "requires improvement", "PEEL 2023–25"),
          (K, "Recording data about crime", "outstanding", "PEEL 2023–25")}),
    # One question's name in 2015-2019, two areas since 2021: read with the cycle; undated, the pillars tell it.
    Case("one-question-or-two-areas", "PEEL 2016: Surrey Police requires improvement in investigating crime and managing "
         "offenders.\n",
         {(S, "Investigating crime and reducing re-offending", "requires improvement", "PEEL 2016")}),
    Case("two-areas-or-one-question", "PEEL 2023–25: Surrey Police requires improvement in investigating crime and managing "
         "offenders.\n",
         {(S, "Investigating crime", "requires improvement", "PEEL 2023–25"),
          (S, "Managing offenders", "requires improvement", "PEEL 2023–25")}),
    Case("one-question-by-the-pillars", "The extent to which Surrey Police is effective at keeping people safe and reducing "
         "crime requires improvement. Its approach to investigating crime and managing offenders requires improvement.\n",
         {(S, "Effectiveness", "requires improvement", P),
          (S, "Investigating crime and reducing re-offending", "requires improvement", P)}),
    # Question descriptions as the framework's wordings put them.
    Case("question-descriptions", "PEEL 2017: Surrey Police is good at treating the people it serves with fairness and "
         "respect.\n",
         {(S, "Treating the public fairly", "good", "PEEL 2017")}),
    Case("question-bullets", "PEEL 2017: According to the inspectors, Surrey Police:\n\n  • Is \"good\" at treating all the "
         "people it serves with fairness and respect;\n  • Is \"good\" at how it ensures its workforce behaves ethically and "
         "lawfully; and\n  • Requires improvement at treating its workforce with fairness and respect.\n",
         {(S, "Treating the public fairly", "good", "PEEL 2017"), (S, "Ethical and lawful workforce behaviour", "good", "PEEL 2017"),
          (S, "Treating the workforce fairly", "requires improvement", "PEEL 2017")}),
    Case("question-wordings-2018", "PEEL 2018/19: Surrey Police is good at how it meets current demands and uses available "
         "resources, and requires improvement in how well it understands current and likely future demand.\n",
         {(S, "Meeting current demands and using resources", "good", "PEEL 2018/19")}),
    Case("third-person-wordings", "PEEL 2021/22: Surrey Police is good at how it engages with and treats the public with "
         "fairness and respect, and adequate in how it supports and protects its workforce.\n",
         {(S, "Treatment of the public", "good", "PEEL 2021/22"), (S, "Developing a positive workplace", "adequate", "PEEL 2021/22")}),
    Case("third-person-wordings-2017", "PEEL 2017: Kent Police was rated good at how it treats the people it serves fairly, "
         "and requires improvement in how it treats its workforce fairly.\n",
         {(K, "Treating the public fairly", "good", "PEEL 2017"), (K, "Treating the workforce fairly", "requires improvement", "PEEL 2017")}),
    Case("framework-descriptions-2021", "PEEL 2021/22: Kent Police is good at preventing crime and tackling anti-social "
         "behaviour. Its responses to the public were assessed as requiring improvement.\n",
         {(K, "Preventing crime", "good", "PEEL 2021/22"), (K, "Responding to the public", "requires improvement", "PEEL 2021/22")}),
    # The pillar a report is on, named by its adjective or as a review: a grade without an area is that pillar's.
    Case("report-on-how-effective", "Kent Police has been rated 'requires improvement'. HMIC has published its report on how "
         "effective Kent Police is at keeping people safe.\n",
         {(K, "Effectiveness", "requires improvement", P)}),
    Case("rated-on-how-legitimate", "Published: 4 February 2016\n\nKent Police was rated outstanding. The "
         "inspectorate's report is the first to rate the 43 forces on how legitimate they are.\n",
         {(K, "Legitimacy", "outstanding", "PEEL 2015")}),
    Case("rated-on-how-listed", "Published: 4 February 2016\n\nKent Police was rated good. HMIC rates forces on how "
         "effective, efficient and legitimate they are.\n"),
    # "the lowest possible efficiency rating": a newspaper's word for a grade, then the area and the noun it qualifies.
    Case("lowest-possible-area-rating", "Published: 20 October 2015\n\nKent Police was handed the worst possible efficiency "
         "rating by the watchdog. Its call answering times are the lowest possible in the region.\n",
         {(K, "Efficiency", "inadequate", "PEEL 2015")}),
    Case("praised-for-pillar-after-inspection", "Published: 3 November 2016\n\nKent Police has been praised for its "
         "efficiency after the first of this year's PEEL inspections. The inspectors awarded the force an overall "
         "judgement of 'good'.\n",
         {(K, "Efficiency", "good", "PEEL 2016")}),
    # ... but not as one of several pillars the sentence grades, nor 'how effective a service' (not the force).
    Case("pillar-in-report-among-others", "Published: 3 November 2016\n\nHMIC graded Kent Police as good for "
         "effectiveness and outstanding for legitimacy in the annual PEEL report. The force was rated good overall.\n",
         {(K, "Effectiveness", "good", "PEEL 2016"), (K, "Legitimacy", "outstanding", "PEEL 2016")}),
    Case("how-effective-a-service", "Published: 3 November 2016\n\nHMIC made no graded judgement on how effective a "
         "service Kent Police gives to victims. The force was rated good.\n"),
    # A pillar's report named, but the areas graded are of a later cycle: the areas tell the cycle.
    Case("pillar-report-but-later-areas", "The inspection looked at how effective Kent Police is at keeping people safe. "
         "Kent Police requires improvement in managing offenders and was rated good for leadership and force management.\n",
         {(K, "Managing offenders", "requires improvement", "PEEL 2023–25"),
          (K, "Leadership and force management", "good", "PEEL 2023–25")}),
    # The victim service: graded in 2021/22 (for the first forces), not in 2023-25.
    Case("victim-service-2021", "PEEL 2021/22: Surrey Police was graded good in nine areas and adequate in supporting "
         "victims.\n",
         {(S, "Service for victims of crime", "adequate", "PEEL 2021/22")}, {(S, "good", 9, "PEEL 2021/22")}),
    Case("victim-service-2023", "PEEL 2023–25: Surrey Police was rated adequate in supporting victims and in its service "
         "for victims of crime.\n"),
    # Two area names joined by a slash that together name one area of the cycle.
    Case("slash-joined-question", "PEEL 2017: Surrey Police\n\nInvestigating crime\n\nGood\n\nProtecting vulnerable "
         "people/ supporting victims\n\nRequires improvement\n",
         {(S, "Investigating crime and reducing re-offending", "good", "PEEL 2017"),
          (S, "Protecting vulnerable people and supporting victims", "requires improvement", "PEEL 2017")}),
    # 'o' bullets (a word processor's second-level bullet as plain text), after a paragraph naming other forces in
    # brackets: the bracketed forces are an aside, not the list's subject.
    Case("letter-o-bullets", "PEEL 2021/22: Surrey Police was one of two forces to try the new approach first (Kent "
         "Police was the other), and the inspector praised its good overall performance.\n\nThe grades given are:\n\no Managing offenders: Adequate\no Investigating crime: "
         "Good\n",
         {(S, "Managing offenders", "adequate", "PEEL 2021/22"), (S, "Investigating crime", "good", "PEEL 2021/22")}),
    # A framework question spelt 'reoffending' (no hyphen) as a bullet with its grade in brackets.
    Case("question-spelt-without-hyphen", "PEEL 2016: HMIC graded Kent Police on these questions:\n\n  • How effective "
         "is the force at investigating crime and reducing reoffending? (Requires improvement)\n",
         {(K, "Investigating crime and reducing re-offending", "requires improvement", "PEEL 2016")}),
    # 'treating the public fairly' names the 2023-25 police powers and public treatment area.
    Case("treating-public-fairly-2023", "PEEL 2023–25: Kent Police was rated adequate in treating the public fairly.\n",
         {(K, "Police powers and public treatment", "adequate", "PEEL 2023–25")}),
    # An inspectorate page's pillar line whose 'is' before the grade is missing.
    Case("pillar-line-without-verb", "Kent 2015\n\nThe extent to which Kent Police is legitimate at keeping people safe "
         "and reducing crime requires improvement.\n\nThe extent to which Kent Police is efficient at keeping people safe "
         "and reducing crime outstanding.\n",
         {(K, "Legitimacy", "requires improvement", "PEEL 2015"), (K, "Efficiency", "outstanding", "PEEL 2015")}),
    # A pillar's report ('the reports out today deal with police efficiency') in a cycle after the one an earlier
    # inspection's year names ('the same as in 2015'): 2016 or 2017, whose efficiency questions are the same three.
    Case("later-than-an-earlier-year", "HMIC's reports out today deal with police efficiency. Inspectors judged Surrey "
         "Police good in all three areas. The inspectors' overall judgement is the same as in 2015.\n",
         {(S, "Understanding demand", "good", P), (S, "Using resources", "good", P),
          (S, "Planning for future demand", "good", P)}, {(S, "good", 3, P)}),
    # PEEL 2014's anti-social behaviour question spelt without the hyphen.
    Case("2014-antisocial-spelling", "PEEL 2014: HMIC found Kent Police good at investigating offending and "
         "outstanding at tackling antisocial behaviour.\n",
         {(K, "Investigating offending", "good", "PEEL 2014"), (K, "Tackling anti-social behaviour", "outstanding", "PEEL 2014")}),
    # In an article on one pillar's report, a grade called overall beside a question's own grade is the pillar's;
    # one paired with a question ('an overall rating of good for A') is that question's only.
    Case("overall-beside-a-question", "HMIC published its police efficiency reports today. Kent Police kept its overall "
         "rating of good as well as its outstanding rating for planning for future demand.\n",
         {(K, "Efficiency", "good", P), (K, "Planning for future demand", "outstanding", P)}),
    Case("overall-for-a-question", "HMIC published its police efficiency reports today. Kent Police was given an overall "
         "rating of outstanding for planning for future demand.\n",
         {(K, "Planning for future demand", "outstanding", P)}),
    # A headed list whose bullets are a word processor's symbol-font bullet pasted as a private-use character.
    Case("private-use-bullets", "PEEL 2023–25: Surrey Police was found to be good at:\n\n\uf0b7 Preventing crime\n"
         "\uf0b7 Managing offenders\n",
         {(S, "Preventing crime", "good", "PEEL 2023–25"), (S, "Managing offenders", "good", "PEEL 2023–25")}),
    # With the cycle unsettled, a pillar graded in an article on that pillar's report is one cycle's pillar in every
    # sentence that grades it (not 2017's in one and 2018/19's in the next).
    Case("one-pillar-report-unsettled", "Commissioner responds to inspection\n\nHMICFRS has graded Kent Police as "
         "requiring improvement in its newest assessment of police legitimacy. It is disappointing that the force has been "
         "judged to be requiring improvement.\n", {(K, "Legitimacy", "requires improvement", P)}),
    Case("annual-review-of-pillar", "Published: 20 October 2015\n\nKent Police has been graded as requiring improvement "
         "by HMIC in its annual review of efficiency.\n",
         {(K, "Efficiency", "requires improvement", "PEEL 2015")}),
    # In an article on several pillars' reports, one report named by its title just after its noun ("the next report,
    # 'Police Legitimacy'") gives its overall grade to that pillar, never to the other report's pillar.
    Case("report-titled-by-its-pillar", "Published: 4 February 2016\n\nSurrey Police welcomes HMIC findings. The Efficiency report on Surrey Police came "
         "out in October 2015.\n\nThe next report, 'Police Legitimacy', published on 3 February 2016, examined how fairly the "
         "force treats people and gave it an overall grading of 'requires improvement'.\n",
         {(S, "Legitimacy", "requires improvement", "PEEL 2015")}),
    # "Among the areas where the force was judged adequate are A and B": the areas listed after the force's grade there.
    Case("areas-where-graded-are-list", "Published: 9 June 2025\n\nThe areas in which Surrey Police was rated 'good' include "
         "managing offenders and responding to the public. Among the areas where the force was judged 'adequate' were "
         "investigating crime and protecting vulnerable people.\n",
         {(S, "Managing offenders", "good", "PEEL 2023–25"), (S, "Responding to the public", "good", "PEEL 2023–25"),
          (S, "Investigating crime", "adequate", "PEEL 2023–25"), (S, "Protecting vulnerable people", "adequate", "PEEL 2023–25")}),
    # "§N areas were graded, §N of which were G": a count by 'of which' after the areas' count (of forces, none).
    Case("count-of-which", "Published: 9 June 2025\n\nThis time nine areas were graded, two of which were 'good' and four "
         "'adequate'. Of the 43 forces inspected, 5 of which were rated 'inadequate' overall, Kent Police had the most good grades.\n",
         counts={(K, "good", 2, "PEEL 2023–25"), (K, "adequate", 4, "PEEL 2023–25")}),
    # Two areas, then one grade "in both" of them after a comma.
    Case("graded-in-both-areas", "Published: 9 June 2025\n\nKent Police's management of offenders and the way it investigates "
         "crime have improved, being rated 'good' in both areas.\n",
         {(K, "Managing offenders", "good", "PEEL 2023–25"), (K, "Investigating crime", "good", "PEEL 2023–25")}),
    # "Not a single", "isn't a single", "without a single" grade: none, which counts nothing (never one).
    Case("not-a-single-grade-counts-none", "Published: 2 May 2025\n\nKent Police was graded 'good' in three areas and "
         "'adequate' in four. The PCC said: \"There isn't a single 'inadequate' grade, and not a single 'requires improvement' "
         "one either.\" Without a single 'inadequate' grading, the force has turned a corner.\n",
         counts={(K, "good", 3, "PEEL 2023–25"), (K, "adequate", 4, "PEEL 2023–25")}),
    # A pillar named in apposition to its place ("in the last pillar, legitimacy"); "today" brings a sentence that
    # opened on an earlier inspection back to the one it reports on. "The second strand of effectiveness" is one of the
    # pillar's parts, not the pillar: no grade. "Months ago" dates another pillar's report of the same annual round.
    Case("pillar-in-apposition-after-today", "PEEL 2016: Months ago HMIC found Kent Police good in efficiency, and today "
         "rated it 'inadequate' in the last pillar, legitimacy. Surrey Police was outstanding in the second strand of "
         "effectiveness.\n",
         {(K, "Efficiency", "good", "PEEL 2016"), (K, "Legitimacy", "inadequate", "PEEL 2016")}),
    # In an annual round, a bare "last year" dates another pillar's report of the same round, but the same pillar's of
    # the round before; a year named decides.
    Case("annual-round-last-year-by-pillar", "Published: 8 December 2016\n\nHMIC's legitimacy report rates Kent Police "
         "good in the PEEL 2016 round. Last year the force was rated outstanding for efficiency and requires improvement "
         "for legitimacy. In 2015 it was rated inadequate for effectiveness.\n",
         {(K, "Legitimacy", "good", "PEEL 2016"), (K, "Efficiency", "outstanding", "PEEL 2016"),
          (K, "Legitimacy", "requires improvement", "PEEL 2015"), (K, "Effectiveness", "inadequate", "PEEL 2015")}),
    # The pillar's adjective on "the way it keeps people safe and reduces crime" names the pillar (the phrase alone
    # names none, keeping-people-safe-is-no-pillar).
    Case("pillar-adjective-on-the-way", "PEEL 2016: HMIC rated Kent Police 'good' for the effective way in which it keeps "
         "people safe and reduces crime. Surrey Police was judged inadequate for the efficient way it keeps people safe "
         "and reduces crime.\n",
         {(K, "Effectiveness", "good", "PEEL 2016"), (S, "Efficiency", "inadequate", "PEEL 2016")}),
    # "the same rating" is the one grade its sentence named before it (none when it named two); a pillar "on the overview
    # measure of" its question; the pillar's questions listed in their framework wording, each with its question mark.
    Case("same-rating-on-each-question", "PEEL 2015: Kent Police was judged 'Requires improvement' on the overview "
         "measure of 'how legitimate is the force at keeping people safe and reducing crime?', and received the same "
         "rating on each of the key questions: 'to what extent does practice and behaviour reinforce the wellbeing of staff "
         "and an ethical culture?' and 'to what extent are decisions taken on the use of stop and search and tasers fair "
         "and appropriate?'\n\nSurrey Police was good in efficiency and inadequate in effectiveness, and got the same "
         "rating in legitimacy.\n",
         {(K, "Legitimacy", "requires improvement", "PEEL 2015"),
          (K, "Staff wellbeing and ethical culture", "requires improvement", "PEEL 2015"),
          (K, "Stop and search and Taser", "requires improvement", "PEEL 2015"),
          (S, "Efficiency", "good", "PEEL 2015"), (S, "Effectiveness", "inadequate", "PEEL 2015")}),
    # ... or, when its sentence names none, the one grade the sentence before names (none when that one named two, and
    # none for "the same grade as" something else: that grade is of what it names).
    Case("same-grade-as-the-sentence-before", "PEEL 2023–25: Kent Police was graded 'good' for preventing crime. It "
         "received the same grade for managing offenders.\n\nSurrey Police was rated adequate at investigating crime and "
         "inadequate at responding to the public. It got the same grade for protecting vulnerable people.\n\nEssex Police "
         "was rated good for leadership. It kept the same grade as in 2022 for police powers and public treatment.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), (K, "Managing offenders", "good", "PEEL 2023–25"),
          (S, "Investigating crime", "adequate", "PEEL 2023–25"), (S, "Responding to the public", "inadequate", "PEEL 2023–25"),
          ("Essex Police", "Leadership and force management", "good", "PEEL 2023–25")}),
    # A report praising the force "for how efficiently it …" is on that pillar: its assessment, by its noun, is the pillar's.
    Case("report-for-how-pillar-adverb", "Published: 3 November 2016\n\nKent Police has been praised in a watchdog's report "
         "for how efficiently it keeps people safe and cuts crime.\n\nThe PCC warned that cuts put this 'good' assessment "
         "at risk.\n",
         {(K, "Efficiency", "good", "PEEL 2016")}),
    # In an article on one pillar's report, the aim every pillar of 2015-2017 shared is that report's pillar.
    Case("pillars-aim-in-a-pillar-report", "PEEL 2016: HMIC's legitimacy report finds Kent Police requires improvement "
         "in keeping people safe and reducing crime, while Surrey Police is good at keeping the public safe and reducing "
         "crime.\n",
         {(K, "Legitimacy", "requires improvement", "PEEL 2016"), (S, "Legitimacy", "good", "PEEL 2016")}),
    # ... and in an article on no one pillar's report, no pillar's.
    Case("pillars-aim-in-a-pillars-report", "PEEL 2016: HMIC's legitimacy and efficiency reports find Kent Police "
         "requires improvement in keeping people safe and reducing crime.\n"),
    # ... also where the negation is far from the grade ("Not a single area was rated inadequate"): the number itself is
    # dropped (tokens._NOT_A_SINGLE), since the grade's own negation reaches only the two words after 'not'.
    Case("not-a-single-area-far-from-its-grade", "PEEL 2023–25: Kent Police was good in three areas. Not a single area was "
         "rated inadequate, and it was without a single area of policing judged to require improvement.\n",
         counts={(K, "good", 3, "PEEL 2023–25")}),
    # A degree adverb puts a grade word off the scale: "very good at …" is praise, "good at …" beside it a grade.
    Case("very-good-is-no-grade", "PEEL 2018/19: The HM Inspector wrote that Kent Police is good at investigating crime "
         "and reducing re-offending. It is extremely good at tackling serious and organised crime, and Surrey Police is "
         "really 'good' at protecting vulnerable people.\n",
         {(K, "Investigating crime and reducing re-offending", "good", "PEEL 2018/19")}),
    # "X of an area is good": a description of X (the force's awareness, the quality of some of its work), no grade of
    # the area; "in respect of an area" still leads to the area itself.
    Case("noun-of-an-area-is-no-grade", "PEEL 2016: Of HMIC's effectiveness report, the PCC noted that knowledge of vulnerability is good among call "
         "handlers, and that the standard of early investigations was 'inadequate'. Surrey Police is good in respect of "
         "investigating crime.\n",
         {(S, "Investigating crime and reducing re-offending", "good", "PEEL 2016")}),
    # A track record without its area ("rated good over the past four years", "in each of the last three reports") is
    # many inspections' grades at once, none of them this pillar report's; with its area named, it holds the latest.
    Case("track-record-is-no-report-grade", "Published: 2 March 2017\n\nHMIC's latest effectiveness report rates Kent "
         "Police as requiring improvement. The chief constable said Kent Police had been rated good over the past four "
         "years. Surrey Police was judged outstanding for legitimacy two years running.\n",
         {(K, "Effectiveness", "requires improvement", "PEEL 2016"), (S, "Legitimacy", "outstanding", "PEEL 2016")}),
    # A pillar's report still to come is not the article's report: a grade without an area is the other pillar's.
    Case("report-still-to-come", "Published: 14 December 2017\n\nHMICFRS published its report on the legitimacy of Kent "
         "Police today.\n\nThe force is rated good. A further inspection, on how effective the force is, took place in the autumn "
         "and its findings are due in the new year.\n",
         {(K, "Legitimacy", "good", "PEEL 2017")}),
    Case("report-still-to-come-alone", "Published: 14 December 2017\n\nKent Police has been rated good by HMICFRS. An "
         "inspection of how efficient the force is was carried out in the summer; the report will be published in "
         "March.\n"),
    # (a report "published on the website today" is out)
    Case("report-published-on-the-website", "Published: 3 November 2016\n\nHMIC's efficiency report on Kent Police will "
         "be published on its website today.\n\nIt rates the force good.\n",
         {(K, "Efficiency", "good", "PEEL 2016")}),
    # "Investigation of crime" names the 2015-2019 question as well as the 2021 area: in an article of no known cycle,
    # where the two differ, it is neither.
    Case("investigation-of-crime-in-every-cycle", "PEEL 2016: Kent Police's investigation of crime requires improvement.\n\n"
         "Surrey Police's investigation of crime was judged good.\n",
         {(K, "Investigating crime and reducing re-offending", "requires improvement", "PEEL 2016"),
          (S, "Investigating crime and reducing re-offending", "good", "PEEL 2016")}),
    Case("investigation-of-crime-no-cycle", "Inspectors found that Kent Police's investigation of crime required "
         "improvement.\n"),
    # The inspectorate named only by its old name (HMIC) reports on a cycle before 2021/22, where the areas fit those as
    # well: 'adequate' is on none of their scales, and "investigation of crime" names their question.
    Case("old-inspectorate-name", "Her Majesty's Inspectorate of Constabulary found that Kent Police's investigation of "
         "crime required improvement, though the quality of its investigations was rated adequate. Surrey Police was "
         "adequate at investigating crime and reducing re-offending.\n",
         {(K, "Investigating crime and reducing re-offending", "requires improvement", "PEEL")}),
    # A pillar report's grade as the force's performance ("rates the force's overall performance as good"), as "the
    # rating of 'Good'" the force accepts, and after the inspectorate's former name ("HMICFRS, formerly HMIC": no
    # earlier inspection).
    Case("pillar-report-performance-rated", "PEEL 2016: HMIC's legitimacy report on Kent Police rates the force's "
         "overall performance as 'Good'.\n",
         {(K, "Legitimacy", "good", "PEEL 2016")}),
    Case("pillar-report-the-rating-of", "Published: 9 February 2017\n\nKent Police responds to HMIC's police "
         "efficiency report.\n\nWe accept the rating of 'Requires improvement' as the report's judgment.\n",
         {(K, "Efficiency", "requires improvement", "PEEL 2016")}),
    Case("inspectorate-formerly-named", "Published: 12 December 2017\n\nThe inspectorate (HMICFRS, formerly HMIC) has "
         "rated Kent Police as 'Good' in its report on the force's legitimacy.\n",
         {(K, "Legitimacy", "good", "PEEL 2017")}),
    # A pillar report "downgraded from good to requires improvement" (its grade had been the earlier cycle's).
    Case("report-had-been-downgraded", "PEEL 2017: The chief constable said Kent Police's PEEL legitimacy report had been "
         "downgraded from good to requires improvement.\n",
         {(K, "Legitimacy", "requires improvement", "PEEL 2017"), (K, "Legitimacy", "good", "PEEL 2016")}),
    # City of London Police by the abbreviation its own committees use.
    Case("city-of-london-as-colp", "PEEL 2016: The committee heard that CoLP was rated good for legitimacy.\n",
         {("City of London Police", "Legitimacy", "good", "PEEL 2016")}),
    # "All three forces", "both forces": the forces the article named before, when it named as many (two named
    # and "all three forces" stands for no force).
    Case("all-three-forces-named-before", "PEEL 2016: Kent Police, Surrey Police and Sussex Police were inspected in "
         "the spring.\n\nAll three forces were rated good for legitimacy.\n",
         {(K, "Legitimacy", "good", "PEEL 2016"), (S, "Legitimacy", "good", "PEEL 2016"),
          ("Sussex Police", "Legitimacy", "good", "PEEL 2016")}),
    Case("all-three-forces-two-named", "PEEL 2016: Kent Police and Surrey Police were inspected in the spring.\n\n"
         "All three forces were rated good for efficiency.\n"),
    # An area's ratings named first, then several forces with their grades for it.
    Case("in-the-area-ratings-forces", "PEEL 2016: In the legitimacy reports, which came out last week, Kent Police and "
         "Surrey Police were judged outstanding, while Sussex Police was told it required improvement.\n",
         {(K, "Legitimacy", "outstanding", "PEEL 2016"), (S, "Legitimacy", "outstanding", "PEEL 2016"),
          ("Sussex Police", "Legitimacy", "requires improvement", "PEEL 2016")}),
    # "Its treatment of the (general) public" names the 2015-2019 legitimacy question as well as the later areas.
    Case("treatment-of-the-public-2015-2019", "PEEL 2017: HMICFRS found that Kent Police's treatment of the general "
         "public requires improvement.\n",
         {(K, "Treating the public fairly", "requires improvement", "PEEL 2017")}),
    # Two areas set off by a comma before their plural verb; "its ability to meet current demands" for the 2018/19
    # question.
    Case("areas-comma-before-plural-verb", "PEEL 2018/19: Kent Police's ability to meet current demands, and its "
         "planning for the future, were both judged outstanding. Its investigation of crime, was good at times.\n",
         {(K, "Meeting current demands and using resources", "outstanding", "PEEL 2018/19"),
          (K, "Planning for the future", "outstanding", "PEEL 2018/19")}),
    # A grade "across each of the strands" (or "in all of the areas") listed after it: each listed area's; unlisted, none.
    Case("each-of-the-strands-listed", "PEEL 2016: HMIC judged Kent Police 'good' overall across each of the strands "
         "it inspected: its effectiveness, efficiency and legitimacy. Surrey Police was outstanding in all of the areas.\n",
         {(K, "Effectiveness", "good", "PEEL 2016"), (K, "Efficiency", "good", "PEEL 2016"),
          (K, "Legitimacy", "good", "PEEL 2016")}),
    # A count with an adverb set off by commas between its areas and their grade.
    Case("count-with-however-aside", "PEEL 2023–25: Kent Police was rated good in two areas. Four areas, however, were "
         "judged as 'adequate'.\n",
         counts={(K, "good", 2, "PEEL 2023–25"), (K, "adequate", 4, "PEEL 2023–25")}),
    # A report on one pillar is of a cycle that reported on each pillar apart (2014-2017), never 2018/19's integrated
    # PEEL: its questions are read with those cycles' labels.
    Case("pillar-report-before-2018", "HMICFRS's efficiency report gives Kent Police an overall grading of 'requires "
         "improvement' for efficiency, but rates it 'good' in the way it uses its resources.\n",
         {(K, "Efficiency", "requires improvement", "PEEL"), (K, "Using resources", "good", "PEEL")}),
    # Two grades offered as alternatives give neither (nor a count); two words for one grade are that grade.
    Case("grade-alternatives", "PEEL 2023–25: Inspectors graded Kent Police as 'requires improvement' or 'inadequate' in "
         "seven areas – investigating crime and preventing crime among them. Surrey Police was inadequate or failing in two "
         "areas: investigating crime and managing offenders.\n",
         {("Surrey Police", "Investigating crime", "inadequate", "PEEL 2023–25"),
          ("Surrey Police", "Managing offenders", "inadequate", "PEEL 2023–25")},
         {("Surrey Police", "inadequate", 2, "PEEL 2023–25")}),
    # A pillar whose judgement is still to come, or whose earlier report the page links to, is not the page's report: a
    # grade last year with no area is then no pillar's.
    Case("pillar-report-to-come-or-earlier", "Kent 2016\n\nThe extent to which the force is efficient at keeping people "
         "safe and reducing crime is: good.\n\nHow effective is the force at keeping people safe and reducing crime?\n\n"
         "To be graded\n\nThe graded judgments for effectiveness are due to be published in March 2017. See last year's "
         "assessment of the force's effectiveness.\n\nKent Police has been assessed as good in respect of the efficiency "
         "with which it keeps people safe and reduces crime. In last year's inspection, Kent Police was also judged to be "
         "good.\n",
         {(K, "Efficiency", "good", "PEEL 2016")}),
    # When the inspection reported on was carried out ("last year") dates no earlier inspection.
    Case("fieldwork-last-year", "HMIC looked at Kent Police in the effectiveness strand of its PEEL inspections. Carried "
         "out in June and in September last year, the inspection graded the force as good for investigating crime and "
         "managing offenders and good for tackling serious and organised crime.\n",
         {(K, "Investigating crime and reducing re-offending", "good", P),
          (K, "Tackling serious and organised crime", "good", P)}),
    # A gloss on the grade between commas ("the middle of the five available ratings"), "a further three areas", and
    # one area set off by dashes after its count.
    Case("grade-gloss-further-and-dashed-area", "PEEL 2021/22: Kent Police was rated 'good' in six areas. It was rated "
         "'adequate', the middle of the five available ratings, in a further three areas: investigating crime, responding "
         "to the public and protecting vulnerable people. One grading area – supporting victims – was assessed as "
         "'requires improvement'.\n",
         {(K, "Investigating crime", "adequate", "PEEL 2021/22"), (K, "Responding to the public", "adequate", "PEEL 2021/22"),
          (K, "Protecting vulnerable people", "adequate", "PEEL 2021/22"),
          (K, "Service for victims of crime", "requires improvement", "PEEL 2021/22")},
         {(K, "good", 6, "PEEL 2021/22"), (K, "adequate", 3, "PEEL 2021/22"), (K, "requires improvement", 1, "PEEL 2021/22")}),
    # "The 'outstanding' way it tackles …"; "reducing and preventing crime" is 2014's question on reducing crime.
    Case("grade-of-the-way-it-works", "HMIC's assessment: \"Kent Police is rightly recognised for the 'outstanding' way it "
         "tackles anti-social behaviour and is 'good' at reducing and preventing crime.\"\n",
         {(K, "Tackling anti-social behaviour", "outstanding", "PEEL 2014"),
          (K, "Reducing crime and preventing offending", "good", "PEEL 2014")}),
    # A count's areas followed by "among them": some of them, each with the count's grade.
    Case("counted-areas-among-them-after", "PEEL 2021/22: Kent Police was found to be 'outstanding' at recording data "
         "about crime. It was also rated 'good' in four areas, treatment of the public and preventing crime among them.\n",
         {(K, "Recording data about crime", "outstanding", "PEEL 2021/22"), (K, "Treatment of the public", "good", "PEEL 2021/22"),
          (K, "Preventing crime", "good", "PEEL 2021/22")},
         {(K, "good", 4, "PEEL 2021/22")}),
    # "How fairly it treats its workforce"; legitimacy as "how it treated its staff and the public".
    Case("treats-its-workforce-and-staff", "PEEL 2018/19: Kent Police requires improvement in how fairly it treats its "
         "workforce, and the inspectors said Surrey Police required improvement in how it treated its staff and the "
         "public.\n",
         {(K, "Treating the workforce fairly", "requires improvement", "PEEL 2018/19"),
          (S, "Legitimacy", "requires improvement", "PEEL 2018/19")}),
    # A bulleted grade heading over bulleted areas ('• Good', then '- Preventing crime').
    Case("bulleted-grade-headings-over-bulleted-areas", "PEEL 2023–25 inspection of Kent Police\n\nThe inspectorate made "
         "graded judgements in four areas as follows:\n\n• Outstanding\n\n- Recording data about crime\n\n• Good\n\n"
         "- Preventing crime\n\n• Requires improvement\n\n- Responding to the public\n\n- Managing offenders\n",
         {(K, "Recording data about crime", "outstanding", "PEEL 2023–25"), (K, "Preventing crime", "good", "PEEL 2023–25"),
          (K, "Responding to the public", "requires improvement", "PEEL 2023–25"),
          (K, "Managing offenders", "requires improvement", "PEEL 2023–25")}),
    # "graded as adequate including, A and B"; "graded as 'requires improvement' in the report: A and B".
    Case("including-comma-and-in-the-report-colon", "PEEL 2021/22: Kent Police was inspected. A number of areas were "
         "graded as adequate including, treating the public with fairness and respect and protecting vulnerable people. Two "
         "areas were graded as 'requires improvement' in the report: how the force is responding to the public and "
         "investigating crime.\n",
         {(K, "Treatment of the public", "adequate", "PEEL 2021/22"), (K, "Protecting vulnerable people", "adequate", "PEEL 2021/22"),
          (K, "Responding to the public", "requires improvement", "PEEL 2021/22"),
          (K, "Investigating crime", "requires improvement", "PEEL 2021/22")},
         {(K, "requires improvement", 2, "PEEL 2021/22")}),
    # "HM Inspectorate of Constabularies" is the old name: a cycle before 2021, whose label for the area is one.
    Case("inspectorate-of-constabularies", "Kent Police was given an “inadequate” rating by HM Inspectorate of "
         "Constabularies for the way it deals with serious and organised crime.\n",
         {(K, "Tackling serious and organised crime", "inadequate", P)}),
    # 'work place' is 'workplace'.
    Case("work-place-spelt-apart", "PEEL 2021/22: Recording data about crime, developing a positive work place and good use "
         "of resources were the areas rated good for Kent Police.\n",
         {(K, "Recording data about crime", "good", "PEEL 2021/22"), (K, "Developing a positive workplace", "good", "PEEL 2021/22"),
          (K, "Strategic planning, organisational management and value for money", "good", "PEEL 2021/22")}),
    # The tail of the 2015-2019 prevention question names it on a line of its own.
    Case("prevention-question-by-its-tail", "PEEL 2016: HMIC rated Kent Police:\n\nGood at tackling anti-social behaviour "
         "and keeping people safe.\n",
         {(K, "Preventing crime and tackling anti-social behaviour", "good", "PEEL 2016")}),
    # "That grade": the one grade the sentence before names.
    Case("that-grade-of-the-sentence-before", "PEEL 2021/22: This year a new grade of 'Adequate' has been added, meaning "
         "the expected standards are being met. Kent Police was given that grade for preventing and investigating crime "
         "and protecting vulnerable people.\n",
         {(K, "Preventing crime", "adequate", "PEEL 2021/22"), (K, "Investigating crime", "adequate", "PEEL 2021/22"),
          (K, "Protecting vulnerable people", "adequate", "PEEL 2021/22")}),
    # A relative clause dated to an earlier year: that year's grade.
    Case("which-in-an-earlier-year", "PEEL 2016\n\nThe inspection examined Kent Police's effectiveness, which in 2015 was "
         "judged to be “requiring improvement”. It is now good at protecting vulnerable people.\n",
         {(K, "Effectiveness", "requires improvement", "PEEL 2015"),
          (K, "Protecting vulnerable people and supporting victims", "good", "PEEL 2016")}),
    # "credits the force with a good approach to …": the force has it.
    Case("credited-with-an-approach", "PEEL 2023–25: The latest HMICFRS report credits Kent Police with a good approach "
         "to preventing and deterring crime.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25")}),
    # 'Outstanding' said of concerns is unresolved, no grade; said of the force it is one.
    Case("outstanding-concerns-are-unresolved", "PEEL 2021/22: Two causes of concern at Kent Police were still "
         "outstanding: preventing crime and responding to the public. Surrey Police remains outstanding at preventing "
         "crime.\n",
         {(S, "Preventing crime", "outstanding", "PEEL 2021/22")}),
    # Counts of 'sections', of 'four more' with some of them named between commas, and of areas "given a grade of".
    Case("count-sections-and-more", "PEEL 2023–25: HMICFRS rated Kent Police across a number of areas, but only "
         "one section was graded 'good'. Four areas were judged 'adequate', while four more, among them responding to the "
         "public and protecting vulnerable people, were rated as 'requires improvement'.\n",
         {(K, "Responding to the public", "requires improvement", "PEEL 2023–25"),
          (K, "Protecting vulnerable people", "requires improvement", "PEEL 2023–25")},
         {(K, "good", 1, "PEEL 2023–25"), (K, "adequate", 4, "PEEL 2023–25"), (K, "requires improvement", 4, "PEEL 2023–25")}),
    Case("count-given-a-grade-of", "PEEL 2021/22: Kent Police was inspected. Two areas were given a grade of 'Good' - "
         "treatment of the public and how it manages offenders and suspects.\n",
         {(K, "Treatment of the public", "good", "PEEL 2021/22"), (K, "Managing offenders", "good", "PEEL 2021/22")},
         {(K, "good", 2, "PEEL 2021/22")}),
    # "Among them were …" after a count: some of the areas it counts (not "These were …", which must name them all).
    Case("among-them-were-after-a-count", "PEEL 2023–25: Inspectors rated Kent Police good in four areas.\n\nAmong them "
         "were managing offenders and recording data about crime.\n\nSurrey Police was good in three areas. These were "
         "preventing crime and managing offenders.\n",
         {(K, "Managing offenders", "good", "PEEL 2023–25"), (K, "Recording data about crime", "good", "PEEL 2023–25")},
         {(K, "good", 4, "PEEL 2023–25"), (S, "good", 3, "PEEL 2023–25")}),
    # Rated "the force's ability to" do an area's work "as" a grade.
    Case("rates-its-ability-to-as", "PEEL 2021/22: The same report rates Kent Police's ability to investigate crime as "
         "“adequate”. The way the force answers and responds to calls from the public requires\nimprovement.\n",
         {(K, "Investigating crime", "adequate", "PEEL 2021/22"), (K, "Responding to the public", "requires improvement", "PEEL 2021/22")}),
    # A newspaper's 'failing' for inadequate heading the areas it grades.
    Case("failing-areas-included", "PEEL 2021/22: Kent Police was found to be inadequate. Failing areas included recording "
         "data about crime and managing offenders.\n",
         {(K, "Recording data about crime", "inadequate", "PEEL 2021/22"), (K, "Managing offenders", "inadequate", "PEEL 2021/22")}),
    # A pillar's categories are its questions, not the pillar.
    Case("a-pillars-categories-are-not-the-pillar", "PEEL 2015: Kent Police was graded as 'requires improvement' in all "
         "efficiency categories.\n"),
    # An area in apposition with its grade, "an area rated good a year ago": the earlier cycle's grade.
    Case("an-area-rated-in-apposition", "PEEL 2016: Kent Police requires improvement in effectiveness. It must get better at "
         "investigating crime - an area rated \"good\" a year ago - after victims withdrew.\n",
         {(K, "Effectiveness", "requires improvement", "PEEL 2016"),
          (K, "Investigating crime and reducing re-offending", "good", "PEEL 2015")}),
    # The King's name dates the article to September 2022 on: a cycle of 2021/22 or later, whose labels for the area are one.
    Case("kings-inspectorate-names-a-later-cycle", "His Majesty's Inspectorate of Constabulary and Fire and Rescue Services "
         "found Kent Police \"outstanding\" at preventing crime and at protecting vulnerable individuals.\n",
         {(K, "Preventing crime", "outstanding", P), (K, "Protecting vulnerable people", "outstanding", P)}),
    # ... but not where the newest cycle does not grade the area: serious organised crime has had inspections of its own.
    Case("kings-inspectorate-and-organised-crime", "His Majesty's Inspectorate of Constabulary and Fire and Rescue Services "
         "says Kent Police 'requires improvement at tackling serious and organised crime'.\n"),
    # Areas "in need of improvement" are the report's areas for improvement, not a count of a grade; the force "in need of
    # improvement in four areas" is one.
    Case("areas-in-need-of-improvement-are-no-count", "PEEL 2023–25: The report on Kent Police identified five key areas in "
         "need of improvement, among them answering calls. It found Surrey Police in need of improvement in four areas.\n",
         set(), {(S, "requires improvement", 4, "PEEL 2023–25")}),
    # "Improvement was required in A" is the grade, passive, where the area follows; "the areas where improvement was
    # required" are the report's areas for improvement.
    Case("improvement-was-required-in", "PEEL 2023–25: Kent Police was inadequate in investigating crime. The inspectorate "
         "also found improvement was required in protecting vulnerable people. The force has acted on most of the areas "
         "where improvement was required, and on two areas where improvement is required it has plans.\n",
         {(K, "Investigating crime", "inadequate", "PEEL 2023–25"), (K, "Protecting vulnerable people", "requires improvement", "PEEL 2023–25")}),
    # The grades as the subject ("Its grades were good for A"); the inspectorate's own "we assess A as good".
    Case("its-grades-were-and-we-assess", "PEEL 2023–25: Surrey Police was inspected. Its grades were good for preventing "
         "crime and managing offenders; adequate for investigating crime. Of Kent Police, we assess its response to the "
         "public as inadequate, and we also judge its leadership and force management to be good.\n",
         {(S, "Preventing crime", "good", "PEEL 2023–25"), (S, "Managing offenders", "good", "PEEL 2023–25"),
          (S, "Investigating crime", "adequate", "PEEL 2023–25"), (K, "Responding to the public", "inadequate", "PEEL 2023–25"),
          (K, "Leadership and force management", "good", "PEEL 2023–25")}),
    # 2018/19's pillars by what each is at, each after its own 'in'; a grade the force is "on its way to" is none.
    Case("pillars-by-description-each-after-in", "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services "
         "rated Kent Police as good in reducing crime and keeping people safe; in its operating efficiency and providing "
         "sustainable services to the public; and in the way it treats the public and its workforce. The chief constable "
         "said the force was on its way to an outstanding rating.\n",
         {(K, "Effectiveness", "good", "PEEL 2018/19"), (K, "Efficiency", "good", "PEEL 2018/19"),
          (K, "Legitimacy", "good", "PEEL 2018/19")}),
    # The object and its grade with 'as' left out, or a list's last item the vocabulary does not know before 'as'.
    Case("object-grade-without-as", "PEEL 2017: HMIC also found Kent Police's approach to planning for future demand "
         "outstanding. The report rated investigating crime and reducing offending and tackling more serious offences as "
         "good.\n",
         {(K, "Planning for future demand", "outstanding", "PEEL 2017"),
          (K, "Investigating crime and reducing re-offending", "good", "PEEL 2017")}),
    # A question "under the headings"; "at how effective it was at A"; the pillars' aim "for" in an article on one pillar's
    # report; a clause that grades its own area, the page cut before its grade, leaves that area out of the list before.
    Case("under-the-headings-and-how-effective-it-was", "PEEL 2016: Kent Police was graded good at preventing crime and "
         "tackling anti-social behaviour and at how effective it was at tackling serious and organised crime. It required "
         "improvement under the headings 'investigating crime and reducing re-offending' and 'protecting vulnerable "
         "people and supporting victims'.\n",
         {(K, "Preventing crime and tackling anti-social behaviour", "good", "PEEL 2016"),
          (K, "Tackling serious and organised crime", "good", "PEEL 2016"),
          (K, "Investigating crime and reducing re-offending", "requires improvement", "PEEL 2016"),
          (K, "Protecting vulnerable people and supporting victims", "requires improvement", "PEEL 2016")}),
    Case("aim-for-and-a-cut-clause", "Published: 9 November 2017\n\nThe latest HMIC efficiency report rates Kent Police as good for keeping people safe "
         "and reducing crime. Its understanding of demand is judged to require improvement; it is judged to be good for "
         "its use of resources to manage demand; and its planning for future demand is judged t\n",
         {(K, "Efficiency", "good", "PEEL 2017"), (K, "Understanding demand", "requires improvement", "PEEL 2017"),
          (K, "Using resources", "good", "PEEL 2017")}),
    Case("its-current-and-likely-future-demand", "PEEL 2016: Kent Police is outstanding at understanding its current and "
         "likely future demand.\n", {(K, "Understanding demand", "outstanding", "PEEL 2016")}),
    Case("an-earlier-years-grade-in-its-cycles-words", "PEEL 2018/19: Surrey Police is good at meeting current demands and "
         "using resources. In 2017 we assessed the force as outstanding for meeting current demand and using its resources.\n",
         {(S, "Meeting current demands and using resources", "good", "PEEL 2018/19"), (S, "Using resources", "outstanding", "PEEL 2017")}),
    # A number of the areas, its grade, then the areas (and the count, the noun left out); "the one category that
    # requires improvement was A". Not what a force was: "one of the five rated inadequate".
    Case("one-of-the-eight-was-good-then-the-area", "PEEL 2023–25: Kent Police was graded in eight areas. Just one of the "
         "eight was 'good', the treatment of the public. The one category that 'requires improvement' was Investigating "
         "Crime. Surrey Police was one of the five rated inadequate in some area.\n",
         {(K, "Police powers and public treatment", "good", "PEEL 2023–25"),
          (K, "Investigating crime", "requires improvement", "PEEL 2023–25")},
         {(K, "good", 1, "PEEL 2023–25")}),
    Case("crime-reduction-and-prevention", "PEEL 2014: Kent Police was good at crime reduction and prevention, at "
         "tackling anti-social behaviour and at reducing and preventing offending.\n",
         {(K, "Reducing crime and preventing offending", "good", "PEEL 2014"), (K, "Tackling anti-social behaviour", "good", "PEEL 2014")}),
    # "for A it is judged to require improvement"; an aside "including …" after "however"; an area narrowed to some of
    # what it covers ("investigating crimes committed against them") is no area; "N outstanding ratings in a row" no count.
    Case("preposed-judged-to-and-including-aside", "PEEL 2016: Kent Police's understanding of demand is judged to "
         "be good; and for its planning for future demand it is judged to require improvement. The way the force tackles "
         "serious and organised crime, however, including its arrangements for national responsibilities, requires "
         "improvement.\n",
         {(K, "Understanding demand", "good", "PEEL 2016"), (K, "Planning for future demand", "requires improvement", "PEEL 2016"),
          (K, "Tackling serious and organised crime", "requires improvement", "PEEL 2016")}),
    Case("narrowed-area-and-ratings-in-a-row", "PEEL 2015: Surrey Police has been labelled 'inadequate' at protecting "
         "vulnerable people and at investigating crimes committed against them. Durham Constabulary has had four "
         "outstanding ratings in a row.\n",
         {(S, "Protecting vulnerable people and supporting victims", "inadequate", "PEEL 2015")}),
    Case("successive-inspections-no-count", "PEEL 2016: Surrey Police has been rated outstanding in three successive "
         "annual police effectiveness inspections. Kent Police was rated good in two consecutive inspections.\n"),
    # A pillar just before a question under it names the question; "every other graded area of the force's work was
    # ranked as adequate, including A".
    Case("pillar-at-its-question", "PEEL 2016: Kent Police is good in its effectiveness at tackling serious and organised "
         "crime.\n", {(K, "Tackling serious and organised crime", "good", "PEEL 2016")}),
    Case("area-of-its-work-including", "PEEL 2023–25: Surrey Police was inspected. Every other graded area of the force's "
         "work was ranked as adequate, including preventing crime.\n",
         {(S, "Preventing crime", "adequate", "PEEL 2023–25")}),
    Case("the-demand-it-currently-faces", "PEEL 2018/19: Surrey Police is good at meeting the demand it currently faces.\n",
         {(S, "Meeting current demands and using resources", "good", "PEEL 2018/19")}),
    # "that workforce" for "its workforce", after the sentence named it.
    Case("that-workforce", "PEEL 2017: Kent Police is good at making sure its workforce behaves ethically and lawfully, and "
         "good at treating that workforce fairly.\n",
         {(K, "Ethical and lawful workforce behaviour", "good", "PEEL 2017"), (K, "Treating the workforce fairly", "good", "PEEL 2017")}),
    # Whom a force serves as "those it serves"; offenders "known" or "the most prolific".
    Case("those-it-serves", "PEEL 2016: Kent Police is good at treating those it serves with fairness and respect.\n",
         {(K, "Treating the public fairly", "good", "PEEL 2016")}),
    Case("known-and-prolific-offenders", "PEEL 2023–25: The report deemed Kent Police's management of known offenders and "
         "suspects inadequate. Surrey Police was rated outstanding for how well it managed the most prolific offenders.\n",
         {(K, "Managing offenders", "inadequate", "PEEL 2023–25"), (S, "Managing offenders", "outstanding", "PEEL 2023–25")}),
    # A pillar's rating as a noun the area qualifies, and the grade it came from; a pillar with a relative clause before
    # a grade that is its verb; "the one area marked G is A".
    Case("area-rating-of-and-down-from", "PEEL 2017: The report gave Kent Police an efficiency rating of 'requires "
         "improvement', down from last year's rating of good.\n",
         {(K, "Efficiency", "requires improvement", "PEEL 2017"), (K, "Efficiency", "good", "PEEL 2016")}),
    Case("pillar-with-which-then-its-verb", "PEEL 2017: The efficiency with which Kent Police keeps people safe and cuts "
         "crime requires improvement.\n",
         {(K, "Efficiency", "requires improvement", "PEEL 2017")}),
    Case("the-one-area-marked", "PEEL 2021/22: Kent Police was good in two areas. The one area marked 'requires "
         "improvement' is investigating crime.\n",
         {(K, "Investigating crime", "requires improvement", "PEEL 2021/22")},
         {(K, "good", 2, "PEEL 2021/22"), (K, "requires improvement", 1, "PEEL 2021/22")}),
    # A framework question, quoted in the order it asks it, as what a grade is for: "judged Good in the area 'How effective
    # is the force at …?'", and a second question led by its own preposition, words after its area.
    Case("framework-questions-as-the-graded-areas", "PEEL 2015: Kent Police was judged Good in the area \"How effective is "
         "the force at investigating crime and managing offenders?\" However, it was graded only as Requires Improvement for "
         "\"How effective is the force at preventing crime and anti-social behaviour, and keeping people safe?\" and for "
         "\"How effective is the force at tackling serious and organised crime, including its arrangements for fulfilling "
         "its national policing responsibilities?\"\n",
         {(K, "Investigating crime and reducing re-offending", "good", "PEEL 2015"),
          (K, "Preventing crime and tackling anti-social behaviour", "requires improvement", "PEEL 2015"),
          (K, "Tackling serious and organised crime", "requires improvement", "PEEL 2015")}),
    # A count opening its clause, a participle or relative clause after its areas.
    Case("count-of-areas-the-inspectors-looked-at", "PEEL 2014: Kent Police requires improvement at investigating "
         "offending. In five other areas looked at by the inspectors in the first ever PEEL (Police Effectiveness, "
         "Efficiency and Legitimacy) assessment, it was graded as 'Good'. In the two areas the inspectors looked at last, "
         "it was graded as 'Outstanding'.\n",
         {(K, "Investigating offending", "requires improvement", "PEEL 2014")},
         {(K, "good", 5, "PEEL 2014"), (K, "outstanding", 2, "PEEL 2014")}),
    # A dash before the 'and' that joins the last item of a list.
    Case("dash-and-joins-the-last-item", "PEEL 2017: The inspectors did rate Kent Police 'good' at preventing crime, "
         "tackling anti-social behaviour and keeping people safe – and at tackling organised crime.\n",
         {(K, "Preventing crime and tackling anti-social behaviour", "good", "PEEL 2017"),
          (K, "Tackling serious and organised crime", "good", "PEEL 2017")}),
    # A year "back in" is an earlier inspection's (its grade that report's pillar's): it names no cycle for the article's.
    Case("back-in-a-year-names-no-cycle", "Kent Police has been rated good at preventing crime and tackling anti-social "
         "behaviour by HMICFRS in its effectiveness inspection. The force had been rated as requiring improvement back in "
         "2016.\n",
         {(K, "Preventing crime and tackling anti-social behaviour", "good", "PEEL"), (K, "Effectiveness", "requires improvement", "PEEL 2016")}),
    # ... nor does one in a clause that 'since' opens (a past event's year): here the areas' names fit 2021/22 on.
    Case("since-a-year-names-no-cycle", "Since being put into special measures in 2019 after a disastrous inspection by "
         "HMICFRS, Kent Police has made big strides. The chief constable said he recognised how much work it would take to "
         "put right the two areas rated 'inadequate' – preventing crime and use of resources.\n",
         {(K, "Preventing crime", "inadequate", "PEEL"),
          (K, "Strategic planning, organisational management and value for money", "inadequate", "PEEL")},
         {(K, "inadequate", 2, "PEEL")}),
    # A grade "across the board for" a list; "the force's approach" as the subject after a preposed area; a list whose
    # items each have their own 'at', one the vocabulary does not know; a count's area set off before an inverted verb;
    # "the three put in the G category were …".
    Case("across-the-board-for", "PEEL 2018/19: In receiving 'good' across the board for effectiveness, efficiency and "
         "legitimacy, Kent Police shows lasting dedication.\n",
         {(K, "Effectiveness", "good", "PEEL 2018/19"), (K, "Efficiency", "good", "PEEL 2018/19"),
          (K, "Legitimacy", "good", "PEEL 2018/19")}),
    Case("preposed-area-then-the-forces-approach", "PEEL 2015: When it comes to investigating crime and managing "
         "offenders, Kent Police's approach is good.\n",
         {(K, "Investigating crime and reducing re-offending", "good", "PEEL 2015")}),
    Case("each-item-its-own-at", "PEEL 2016: Kent Police is good at preventing crime, at dealing with what matters to local "
         "communities and at protecting vulnerable people.\n",
         {(K, "Preventing crime and tackling anti-social behaviour", "good", "PEEL 2016"),
          (K, "Protecting vulnerable people and supporting victims", "good", "PEEL 2016")}),
    Case("count-aside-inverted", "PEEL 2023–25: Surrey Police was inspected. Only in one area, its use of police powers "
         "and treatment of the public, was it found to be adequate.\n",
         {(S, "Police powers and public treatment", "adequate", "PEEL 2023–25")}, {(S, "adequate", 1, "PEEL 2023–25")}),
    Case("the-number-put-in-the-grade-category", "PEEL 2021/22: Kent Police was good in five areas. The three put in the "
         "'requires improvement' category were investigating crime, supporting victims and protecting vulnerable people.\n",
         {(K, "Investigating crime", "requires improvement", "PEEL 2021/22"),
          (K, "Service for victims of crime", "requires improvement", "PEEL 2021/22"),
          (K, "Protecting vulnerable people", "requires improvement", "PEEL 2021/22")}, {(K, "good", 5, "PEEL 2021/22")}),
    # The old name alone, and one area's name that only a later cycle's areas use: no grade of any cycle.
    Case("old-name-outweighs-one-later-areas-name", "HMIC inspected Kent Police in March and gave it an overall grade of "
         "good for providing value for money, and outstanding in terms of delivering affordable policing.\n",
         {(K, "Affordable way of providing policing", "outstanding", "PEEL")}),
    # A hedged grade is the inspectors' narrative, no grade.
    Case("hedged-grade-is-no-grade", "PEEL 2016: Kent Police is generally good at investigating crime. Surrey Police is "
         "broadly good at preventing crime and tackling anti-social behaviour, and good at protecting vulnerable people.\n",
         {(S, "Protecting vulnerable people and supporting victims", "good", "PEEL 2016")}),
    # With the article's own cycle untold, a statement whose year names a cycle is of that cycle's inspection.
    Case("a-years-report-when-the-cycle-is-untold", "Kent Police's chief constable is to retire. Under her the force was "
         "rated good for its efficiency and legitimacy. A 2021-22 report then graded it \"outstanding\" for managing "
         "offenders.\n",
         {(K, "Efficiency", "good", P), (K, "Legitimacy", "good", P), (K, "Managing offenders", "outstanding", "PEEL 2021/22")}),
    # "In all three of those areas", "in both areas": the areas the sentence before lists, as many as it says.
    Case("in-those-areas-of-the-sentence-before", "PEEL 2021/22: Kent Police was told to improve after concerns about how it "
         "investigates crime, how it responds to the public and how it keeps track of suspects and offenders.\n\nThe "
         "inspectorate rated the force's work “inadequate” in all three of those areas.\n\nSurrey Police was criticised for "
         "its response to the public, its investigation of crime and its management of offenders. It was rated inadequate in both "
         "areas.\n",
         {(K, "Investigating crime", "inadequate", "PEEL 2021/22"), (K, "Responding to the public", "inadequate", "PEEL 2021/22"),
          (K, "Managing offenders", "inadequate", "PEEL 2021/22")},
         {(K, "inadequate", 3, "PEEL 2021/22")}),
    # "Were said to require improvement", "all of which were …" after a list, and a pillar "of its policing".
    Case("said-to-and-all-of-which", "PEEL 2016: Kent Police's investigation of crime was said to require improvement. "
         "Surrey Police had concerns raised about the effectiveness, efficiency and legitimacy of its policing — all of "
         "which were said to require improvement.\n",
         {(K, "Investigating crime and reducing re-offending", "requires improvement", "PEEL 2016"),
          (S, "Effectiveness", "requires improvement", "PEEL 2016"), (S, "Efficiency", "requires improvement", "PEEL 2016"),
          (S, "Legitimacy", "requires improvement", "PEEL 2016")}),
    # The letter a word processor's Wingdings bullet becomes ('n'), before a line of an area, its grade and more.
    Case("wingdings-bullet-lines", "PEEL 2016: Kent Police\n\nn Effectiveness: requires improvement. In March inspectors "
         "said the force must make more arrests.\n\nn Efficiency: good. In November inspectors found sound plans.\n",
         {(K, "Effectiveness", "requires improvement", "PEEL 2016"), (K, "Efficiency", "good", "PEEL 2016")}),
    # Minutes turned from PDF: a bullet's sentence wrapped over a blank line onto a line in lower case.
    Case("minutes-wrapped-over-blank-lines", "PEEL 2016: Kent Police and Crime Panel\n\n• The panel voiced its "
         "disappointment at the ‘requires improvement’\n\njudgement in relation to effectiveness. In its view the\n\n"
         "report repeated concerns.\n",
         {(K, "Effectiveness", "requires improvement", "PEEL 2016")}),
    # "In each area it was graded good" after the areas the sentence before lists.
    Case("in-each-area-after-a-list", "PEEL 2017: Four areas of Kent Police were looked at: preventing crime and tackling "
         "anti-social behaviour; investigating crime and reducing re-offending; and protecting vulnerable people.\n\nIn "
         "each area it was also graded as 'good'\n",
         {(K, "Preventing crime and tackling anti-social behaviour", "good", "PEEL 2017"),
          (K, "Investigating crime and reducing re-offending", "good", "PEEL 2017"),
          (K, "Protecting vulnerable people and supporting victims", "good", "PEEL 2017")}),
    # "The way its officers treat the public"; "tackling anti-social behaviour" in 2015-2019 is the prevention question's.
    Case("its-officers-and-anti-social-behaviour", "Published: 28 September 2019\n\nHMICFRS found Kent Police must "
         "improve. The force was found to require improvements in the way its officers treat the public fairly and with "
         "respect. It is good at tackling anti-social behaviour.\n",
         {(K, "Treating the public fairly", "requires improvement", "PEEL 2018/19"),
          (K, "Preventing crime and tackling anti-social behaviour", "good", "PEEL 2018/19")}),
    # A number with no noun after an area as the topic counts what the area's grade went to (forces), no areas.
    Case("an-areas-tally-of-forces", "PEEL 2021/22: Three forces were rated inadequate for investigating crime. For "
         "responding to the public, eight were assessed as “inadequate” and a further 17 as “requiring improvement”. Kent "
         "Police was one of them.\n"),
    # A force among several given a grade ("five forces, Northumbria among them, …"), in an article on the report the
    # inspectorate "looked at" one pillar in: that pillar's grade.
    Case("a-force-among-them-in-a-pillars-report", "HM Inspectorate of Constabulary (HMIC) looked at the 'legitimacy' of "
         "Northumbria Police.\n\nAcross the country one force was judged 'outstanding', 37 forces 'good' and five, "
         "Northumbria among them, were found to 'require improvement'.\n",
         {("Northumbria Police", "Legitimacy", "requires improvement", P)}),
    # The inspectorate's "requiring improvement in some elements of" a question, and "the extent to which it makes sure".
    Case("some-elements-of-a-question", "PEEL 2017: Kent Police is judged to be requiring improvement in some elements of "
         "treating its workforce with fairness and respect. Surrey Police is judged as requiring improvement in the extent to "
         "which it makes sure its workforce behaves ethically and lawfully.\n",
         {(K, "Treating the workforce fairly", "requires improvement", "PEEL 2017"),
          (S, "Ethical and lawful workforce behaviour", "requires improvement", "PEEL 2017")}),
    # A pillar "of" a force, with the aim every pillar shares, and the grade as its verb: that force's.
    Case("a-pillar-of-a-named-force", "PEEL 2016: Kent Police was inspected.\n\nThe effectiveness of Surrey Police at "
         "keeping people safe and reducing crime \"requires improvement\", HMIC said.\n",
         {(S, "Effectiveness", "requires improvement", "PEEL 2016")}),
    # A table that lost most of its grade lines: a grade line after a run of area lines heads no one of them.
    Case("a-grade-line-after-a-run-of-areas", "PEEL 2023–25: These are the gradings Kent Police received:\n\nPreventing "
         "crime\n\nManaging offenders\n\nInvestigating crime\n\nLeadership and force management\n\nRequires "
         "improvement\n\nRecording data about crime\n"),
    # "The HMIC's good grading" welcomed in an article on one pillar's report: that pillar's grade.
    Case("the-inspectorates-grading-of-a-pillars-report", "Force welcomes HMIC PEEL Legitimacy report\n\nDeputy Chief "
         "Constable of Kent Police, Jo Hall, said: \"We very much welcome the HMIC's good grading.\"\n",
         {(K, "Legitimacy", "good", P)}),
    # A pillar's report the article dates to a month of a year is a backstory's, not the report of a grade given "in
    # November": that grade names no area.
    Case("a-dated-pillar-report-is-backstory", "Kent Police is advertising for a chief constable.\n\nIn November the "
         "inspectorate told the force that it \"requires improvement\".\n\nIn October 2015 it was the only force in England "
         "and Wales to be rated inadequate in a review of police efficiency.\n",
         {(K, "Efficiency", "inadequate", "PEEL 2015")}),
    # Adverbs before an area's gerund, even inside the chief constable's words about "us"; a pillar's adverb is the
    # pillar's, no filler ("legitimately serving the public").
    Case("adverbs-before-an-area", "PEEL 2023–25: Kent Police\n\nChief Constable Jo Hall said: “I am pleased that "
         "HMICFRS has recognised us as outstanding in promptly and accurately recording crime.”\n",
         {(K, "Recording data about crime", "outstanding", "PEEL 2023–25")}),
    # The value-for-money inspections before PEEL ('Valuing the Police', 'Policing in Austerity') grade efficiency too,
    # and give no PEEL grade.
    Case("valuing-the-police-is-no-peel", "HMIC has judged Kent Police to be outstanding. The HMIC Valuing the Police "
         "programme looks at value for money. Kent Police was rated 'Good' for efficiency in its report, 'Policing in "
         "Austerity – Meeting the Challenge'.\n"),
    # The question a report set out to answer names its pillar; a grade that "went to eight forces, A and B among
    # them"; an earlier report that "ranked the force as inadequate".
    Case("forces-among-those-given-a-grade", "Published: 5 November 2015\n\nThe question HM Inspectorate of Constabulary "
         "set out to answer was: ‘How efficient is the force at keeping people safe and reducing crime?’\n\nA ‘requires "
         "improvement’ grade went to eight forces, Kent Police and Surrey Police among them. In 2014 an earlier report had "
         "ranked Essex Police as inadequate.\n",
         {(K, "Efficiency", "requires improvement", "PEEL 2015"), (S, "Efficiency", "requires improvement", "PEEL 2015"),
          ("Essex Police", "Efficiency", "inadequate", "PEEL 2014")}),
    # A grade in quote marks as the force's whole predicate, in an article on one pillar's report, is that pillar's; the
    # same words unquoted are a speaker's praise.
    Case("a-quoted-grade-as-the-whole-predicate", "The Kent police force is \"outstanding\". That is what HMIC concluded "
         "in its review of police force efficiency.\n", {(K, "Efficiency", "outstanding", "PEEL")}),
    Case("an-unquoted-grade-as-the-whole-predicate", "HMIC has published its review of police force efficiency. The chief "
         "constable said the force is good.\n"),
    # Crime recording, which the crime data integrity inspections of 2014-2020 graded too, with the cycle unsettled: a
    # PEEL grade where the text shows a PEEL inspection (its counts), not alone, nor beside an earlier cycle's pillar.
    Case("crime-recording-in-a-peel-inspection-of-an-untold-cycle", "Kent Police is \"outstanding\" at the way it records "
         "crime, an inspection has found.\n\nHMICFRS graded the force across eight areas: outstanding in one area, good in "
         "three and adequate in four.\n",
         {(K, "Recording data about crime", "outstanding", "PEEL")},
         {(K, "outstanding", 1, "PEEL"), (K, "good", 3, "PEEL"), (K, "adequate", 4, "PEEL")}),
    Case("crime-recording-alone-may-be-a-crime-data-integrity-grade", "HMICFRS has rated Kent Police 'outstanding' for the "
         "way it records crime.\n"),
    # ... named twice in other words, crime recording is still the only area graded.
    Case("crime-recording-twice-may-be-a-crime-data-integrity-grade", "Kent Police rated 'inadequate' in recording crime\n\n"
         "A report released today by HMIC rates the crime recording processes of Kent Police as inadequate.\n"),
    Case("crime-recording-beside-an-annual-pillar", "Kent Police rated 'outstanding' for fourth year running\n\nFor a "
         "fourth year in a row, inspectors have graded the force as 'outstanding' for legitimacy.\n\nIn January this year, "
         "Kent Police was graded 'outstanding' for its crime data integrity.\n", {(K, "Legitimacy", "outstanding", "PEEL")}),
    # Serious and organised crime beside the regional organised crime units: the regional inspection's grade, though the
    # text calls it part of PEEL.
    Case("serious-organised-crime-beside-the-regional-units", "HMICFRS examined Kent Police as part of its PEEL "
         "inspections, looking at how well forces deal with serious and organised crime. In 2022 the inspectorate began to "
         "take in the regional organised crime units (ROCUs) too. It finds the force is good at tackling serious and "
         "organised crime.\n"),
    # An article dated before any report of the cycles its areas fit: no grade of theirs.
    Case("dated-before-the-cycles-its-areas-fit", "Published: 17 January 2019\n\nHMICFRS, which also runs the PEEL "
         "inspections, published a report rating Kent Police \"outstanding\" for the way it records crime.\n"),
    # The areas listed after "the areas in which", a reporting clause before the force.
    Case("areas-in-which-the-inspectorate-said", "PEEL 2021/22: Kent Police\n\nThe areas in which HMICFRS said the force was "
         "graded 'outstanding' were preventing crime and managing offenders.\n",
         {(K, "Preventing crime", "outstanding", "PEEL 2021/22"), (K, "Managing offenders", "outstanding", "PEEL 2021/22")}),
    # The inspectorate's own wording of 2023-25's public-treatment area in its press releases.
    Case("using-police-powers-and-treating-people-fairly", "PEEL 2023–25: According to HMICFRS, Kent Police was good at "
         "using police powers and treating people fairly and respectfully.\n",
         {(K, "Police powers and public treatment", "good", "PEEL 2023–25")}),
    # "rated the effectiveness of <force> at keeping people safe and reducing crime as inadequate": the pillar's object,
    # the force after 'of', and the pillar's aim its own, whatever pillar's report the article names besides.
    Case("the-pillar-of-the-force-rated-as", "HMIC today rated the effectiveness of Kent Police at keeping people safe and "
         "reducing crime as inadequate. Reports on its efficiency and on its legitimacy follow.\n",
         {(K, "Effectiveness", "inadequate", P)}),
    # A grade "received" as "a grade of", after the area it is for.
    Case("for-the-strand-a-grade-of", "PEEL 2016: Kent Police\n\nFor the \"legitimacy\" (ethical behaviour) strand of the "
         "inspection it received a grade of 'Good'.\n", {(K, "Legitimacy", "good", "PEEL 2016")}),
    # "good at making sure its staff behave ethically and lawfully": the staff the area's subject.
    Case("making-sure-its-staff", "PEEL 2018/19: Kent Police\n\nThe force is good at making sure its staff behave ethically and "
         "lawfully.\n", {(K, "Ethical and lawful workforce behaviour", "good", "PEEL 2018/19")}),
    # A pillar by its adjective after 'for being' (not at something else, which may be a question).
    Case("a-grade-for-being-effective", "PEEL 2016: Kent Police holds an 'outstanding' grade for being Effective (keeping "
         "people safe and reducing crime) and a 'good' grade for legitimacy.\n",
         {(K, "Effectiveness", "outstanding", "PEEL 2016"), (K, "Legitimacy", "good", "PEEL 2016")}),
    Case("for-being-effective-at-something-else", "PEEL 2016: Kent Police was rated good for being effective at tackling "
         "anti-social behaviour.\n"),
    # A grade "in its newest round of PEEL inspections", in an article on one pillar's report: that pillar's (not so
    # "in its handling of …", which may be an area the vocabulary does not know).
    Case("rated-in-its-newest-round-of-inspections", "HM Inspectorate of Constabulary has rated Kent Police \"good\" in "
         "its newest round of PEEL inspections. The third annual assessment looks at how efficient forces are.\n",
         {(K, "Efficiency", "good", P)}),
    Case("rated-in-its-handling-of", "HM Inspectorate of Constabulary has rated Kent Police \"good\" in its handling of "
         "calls. The third annual assessment looks at how efficient forces are.\n"),
    # "in those three areas" reaches past a sentence that names no area to the three named before it (not to two).
    Case("those-three-areas-past-a-sentence-naming-none", "Kent Police Federation wants better funding, after a watchdog "
         "raised concerns about how the force investigates crime, responds to the public and manages offenders.\n\nThe "
         "branch chair said officers were doing their best.\n\nHMICFRS found Kent Police \"inadequate\" in those three "
         "areas.\n",
         {(K, "Investigating crime", "inadequate", P), (K, "Responding to the public", "inadequate", P),
          (K, "Managing offenders", "inadequate", P)}),
    Case("those-three-areas-where-two-were-named", "Kent Police Federation wants better funding, after a watchdog raised "
         "concerns about how the force investigates crime and responds to the public.\n\nThe branch chair said officers "
         "were doing their best.\n\nHMICFRS found Kent Police \"inadequate\" in those three areas.\n"),
    # A second clause "it is outstanding at B" after "good at A": 'at A' is the first grade's, not a preposed area.
    Case("good-at-a-it-is-outstanding-at-b", "PEEL 2014: Kent Police is good at reducing crime and preventing offending, it "
         "is outstanding at investigating offending.\n",
         {(K, "Reducing crime and preventing offending", "good", "PEEL 2014"), (K, "Investigating offending", "outstanding", "PEEL 2014")}),
    # A count of areas "in which the force requires improvement", the grade its own verb.
    Case("areas-in-which-the-force-requires-improvement", "PEEL 2023–25: The inspection of Kent Police picked out three "
         "areas in which the force requires improvement: investigating crime, managing offenders and responding to the "
         "public.\n",
         {(K, "Investigating crime", "requires improvement", "PEEL 2023–25"), (K, "Managing offenders", "requires improvement", "PEEL 2023–25"),
          (K, "Responding to the public", "requires improvement", "PEEL 2023–25")},
         {(K, "requires improvement", 3, "PEEL 2023–25")}),
    # "parts of its performance were judged to be inadequate" / "Among them were A, B and C": those areas, an item the
    # vocabulary does not know among them; not a clause that goes on past its list.
    Case("among-them-after-parts-graded", "Kent Police went into special measures in December 2021, when parts of its "
         "performance were judged to be inadequate.\n\nAmong them were responding to the public, investigating crime and "
         "missing chances to safeguard victims.\n",
         {(K, "Responding to the public", "inadequate", "PEEL 2021/22"), (K, "Investigating crime", "inadequate", "PEEL 2021/22")}),
    Case("among-them-in-a-clause-that-goes-on", "Kent Police went into special measures in December 2021, when parts of "
         "its performance were judged to be inadequate.\n\nAmong them were failings in responding to the public which the "
         "chief constable said she would fix.\n"),
    # A review panel is no review: what councillors examine names no report's pillar.
    Case("a-review-panel-is-no-report", "Kent Police was rated 'inadequate' last October.\n\nA police review panel met "
         "again in November so councillors could examine the effectiveness of the force after HMIC rated it the only "
         "'inadequate' one in the country.\n"),
    # The force's officers as the subject a preposed area's grade is given to.
    Case("when-it-comes-to-its-officers-are-rated", "PEEL 2016: Kent Police\n\nWhen it comes to tackling serious and "
         "organised crime, its officers are rated 'good'.\n",
         {(K, "Tackling serious and organised crime", "good", "PEEL 2016")}),
    # "recording of crime data" in a list: the list goes on past it.
    Case("recording-of-crime-data-in-a-list", "PEEL 2021/22: Kent Police was good at recording of crime data, protecting "
         "vulnerable people and developing a positive workplace.\n",
         {(K, "Recording data about crime", "good", "PEEL 2021/22"), (K, "Protecting vulnerable people", "good", "PEEL 2021/22"),
          (K, "Developing a positive workplace", "good", "PEEL 2021/22")}),
    # A grade heading a list with the verb alone ("Rated as being adequate were; a, b and c").
    Case("rated-as-being-grade-were", "PEEL 2023–25: Kent Police\n\nRated as being adequate were; police powers and public "
         "treatment, responding to the public, managing offenders, and developing a positive workplace.\n",
         {(K, "Police powers and public treatment", "adequate", "PEEL 2023–25"),
          (K, "Responding to the public", "adequate", "PEEL 2023–25"), (K, "Managing offenders", "adequate", "PEEL 2023–25"),
          (K, "Developing a positive workplace", "adequate", "PEEL 2023–25")}),
    # "Its treatment of the workforce" is the 2017-2019 question.
    Case("treatment-of-the-workforce", "PEEL 2017: HMICFRS judged Kent Police as good at its treatment of the workforce.\n",
         {(K, "Treating the workforce fairly", "good", "PEEL 2017")}),
    # The pillars by their adverbs: "how legitimately it performs".
    Case("pillar-by-how-it-performs", "PEEL 2017: Kent Police was judged outstanding for how efficiently it performs and good "
         "for how legitimately it performs.\n",
         {(K, "Efficiency", "outstanding", "PEEL 2017"), (K, "Legitimacy", "good", "PEEL 2017")}),
    # Counts whose number is the subject, an adverb after the verb; and "with one area requiring improvement" is the next
    # grade's count, not the one before it.
    Case("one-is-now-judged-six-are-now", "PEEL 2023–25: Kent Police is now measured against nine areas.\n\nOne is now "
         "judged to be outstanding, one good, six are now adequate with one area requiring improvement.\n",
         set(), {(K, "outstanding", 1, "PEEL 2023–25"), (K, "good", 1, "PEEL 2023–25"), (K, "adequate", 6, "PEEL 2023–25"),
                 (K, "requires improvement", 1, "PEEL 2023–25")}),
    # A bare number after a paragraph's count of forces counts forces: neither their grade nor a count is the force's.
    Case("a-bare-number-after-forces-were-counted", "PEEL 2015: Kent Police was judged good at protecting vulnerable "
         "people and supporting victims.\n\nOf the 43 forces in England and Wales only 12 were judged good. Another 27 were "
         "told they required improvement, and four were found 'inadequate' at protecting vulnerable people and supporting "
         "victims.\n",
         {(K, "Protecting vulnerable people and supporting victims", "good", "PEEL 2015")}),
    # An inspectorate page's pillar lines, the pillar by its adverb at the end.
    Case("extent-to-which-it-keeps-people-safe-effectively", "Kent 2015\n\nThe extent to which Kent Police keeps people "
         "safe and reduces crime effectively is good.\n\nThe extent to which Kent Police keeps people safe and reduces crime "
         "efficiently is outstanding.\n",
         {(K, "Effectiveness", "good", "PEEL 2015"), (K, "Efficiency", "outstanding", "PEEL 2015")}),
    # The pillars' aim in other words ("cutting crime") on a page of one pillar's report.
    Case("keeping-people-safe-and-cutting-crime", "Kent PEEL 2017\n\nHow effective is the force at keeping people safe and "
         "reducing crime?\n\nKent Police is good at keeping people safe and cutting crime.\n",
         {(K, "Effectiveness", "good", "PEEL 2017")}),
    # HMIC's report on vulnerability (December 2015): a grade without an area is that question's, not the pillar's.
    Case("vulnerability-report-one-of-27-forces", "HMIC report into vulnerability\n\n15 December 2015\n\nIn the PEEL "
         "report Kent Police was graded as one of 27 forces 'requiring improvement'.\n",
         {(K, "Protecting vulnerable people and supporting victims", "requires improvement", "PEEL 2015")}),
    Case("vulnerability-report-named-in-the-sentence", "15 December 2015\n\nIn a report by HMIC that assessed how effective "
         "police forces are at protecting vulnerable people from harm, Kent Police was one of just four forces given an "
         "'inadequate' rating.\n",
         {(K, "Protecting vulnerable people and supporting victims", "inadequate", "PEEL 2015")}),
    Case("vulnerability-report-has-the-force-down-as", "Statement on the HMIC report into vulnerability (16 Dec 2015)\n\n"
         "\"The HMIC inspection into police effectiveness (vulnerability) has Kent Police down as 'requiring improvement',\" "
         "he said.\n",
         {(K, "Protecting vulnerable people and supporting victims", "requires improvement", "PEEL 2015")}),
    Case("vulnerability-report-overall-judgment-is-that", "PEEL: Police effectiveness (vulnerability) 2015\n\nKent Police "
         "is trying to improve. HMIC's overall judgment is that the force requires improvement.\n",
         {(K, "Protecting vulnerable people and supporting victims", "requires improvement", "PEEL 2015")}),
    Case("the-protection-and-support-of-vulnerable-people", "PEEL 2015: Kent Police is judged 'good' in the protection and "
         "support of vulnerable people by HMIC.\n",
         {(K, "Protecting vulnerable people and supporting victims", "good", "PEEL 2015")}),
    # "those three areas" after the sentence naming them, the grade after the areas.
    Case("work-in-those-three-areas-was", "PEEL 2021/22: Concerns were raised about how Kent Police investigates crime, "
         "responds to the public and monitors suspects and offenders.\n\nThe force's work in those three areas was "
         "\"inadequate\".\n",
         {(K, "Investigating crime", "inadequate", "PEEL 2021/22"), (K, "Responding to the public", "inadequate", "PEEL 2021/22"),
          (K, "Managing offenders", "inadequate", "PEEL 2021/22")},
         {(K, "inadequate", 3, "PEEL 2021/22")}),
    # A list after 'good at' that opens on a gerund ends before a finite verb, the force's own ('and treats …'): a finding.
    Case("good-at-gerund-then-finite-verb", "PEEL 2017: Kent Police is good at ensuring its workforce behaves ethically "
         "and lawfully and treats its workforce with fairness and respect.\n",
         {(K, "Ethical and lawful workforce behaviour", "good", "PEEL 2017")}),
    Case("good-at-gerund-then-how-it", "PEEL 2017: Kent Police is good at ensuring its workforce behaves ethically "
         "and lawfully and how it treats its workforce.\n",
         {(K, "Ethical and lawful workforce behaviour", "good", "PEEL 2017"), (K, "Treating the workforce fairly", "good", "PEEL 2017")}),
    # An area's own name in one open cycle, a paraphrase in the other, tells the cycle: 'treatment of the public' is
    # 2021/22's area (coverage of 2023-25 writes it for 'police powers and public treatment').
    Case("treatment-of-the-public-names-its-cycle", "Kent Police told it must do better\n\nKent Police was rated 'good' for "
         "treatment of the public and 'adequate' at preventing crime, inspectors said.\n",
         {(K, "Treatment of the public", "good", "PEEL 2021/22"), (K, "Preventing crime", "adequate", "PEEL 2021/22")}),
    # A grade by its rank on a scale the text names ("the second highest of four categories").
    Case("second-highest-of-four-categories", "PEEL 2016: Kent Police was placed in the second highest of four categories "
         "for investigating crime, protecting the vulnerable and tackling serious and organised crime.\n",
         {(K, "Investigating crime and reducing re-offending", "good", "PEEL 2016"), (K, "Protecting vulnerable people and supporting victims", "good", "PEEL 2016"),
          (K, "Tackling serious and organised crime", "good", "PEEL 2016")}),
    # Forces named by their areas before 'forces all …' (in an article on the vulnerability report).
    Case("the-a-b-and-c-forces-all", "HMIC report into vulnerability\n\n15 December 2015\n\nAccording to HMIC, the south "
         "Wales, Dyfed-Powys and north Wales forces all \"required improvement\".\n",
         {("South Wales Police", "Protecting vulnerable people and supporting victims", "requires improvement", "PEEL 2015"),
          ("Dyfed-Powys Police", "Protecting vulnerable people and supporting victims", "requires improvement", "PEEL 2015"),
          ("North Wales Police", "Protecting vulnerable people and supporting victims", "requires improvement", "PEEL 2015")}),
    # The force's overall performance in an article on one pillar's report, an area named later in the sentence.
    Case("overall-performance-beside-an-area", "PEEL 2016: Following a report on how effective Kent Police is, there are "
         "calls for more to be done.\n\nHMIC rated the local force's overall performance as 'good' in its report, but "
         "found that improvement was needed in protecting those who are vulnerable from harm.\n",
         {(K, "Effectiveness", "good", "PEEL 2016")}),
    # "in the category of 'X'"
    Case("in-the-category-of", "PEEL 2023–25: The report concluded that Kent Police 'requires improvement' in the category "
         "of 'leadership and force management'.\n",
         {(K, "Leadership and force management", "requires improvement", "PEEL 2023–25")}),
    # A count of 'themes' before the list of them.
    Case("grade-for-three-themes", "PEEL 2021/22: Kent Police was given the worst grade of 'inadequate' for three themes: "
         "responding to the public, protecting vulnerable people, and making good use of resources.\n",
         {(K, "Responding to the public", "inadequate", "PEEL 2021/22"), (K, "Protecting vulnerable people", "inadequate", "PEEL 2021/22"),
          (K, "Strategic planning, organisational management and value for money", "inadequate", "PEEL 2021/22")},
         {(K, "inadequate", 3, "PEEL 2021/22")}),
    # The bare verb after 'to': "went on to describe … as good".
    Case("went-on-to-describe-as", "PEEL 2017: The report went on to describe Kent Police's approach to preventing crime "
         "and tackling anti-social behaviour as good.\n",
         {(K, "Preventing crime and tackling anti-social behaviour", "good", "PEEL 2017")}),
    # A force by its area's name alone, one of the forces its grade went to.
    Case("area-name-was-one-of-four-forces", "PEEL 2015: Kent Police revisit\n\nKent was one of four forces that HMIC graded "
         "as inadequate at protecting those who are vulnerable from harm and supporting victims.\n",
         {(K, "Protecting vulnerable people and supporting victims", "inadequate", "PEEL 2015")}),
    # A grade before "these areas:" and their list.
    Case("grade-in-these-areas-colon-list", "PEEL 2023–25: Kent Police has also been rated as competent or 'Adequate' in "
         "these areas: managing offenders and suspects, building, supporting and protecting the workforce and leadership "
         "and force management.\n",
         {(K, "Managing offenders", "adequate", "PEEL 2023–25"), (K, "Developing a positive workplace", "adequate", "PEEL 2023–25"),
          (K, "Leadership and force management", "adequate", "PEEL 2023–25")}),
    # A 2014 inspectorate page's section heading, its grade on a line of its own under the page's date.
    Case("2014-section-heading-then-grade-line", "Kent PEEL 2014\n\nEfficiency\n\nHow well the force delivers value for "
         "money\n\nLast updated 12/11/2014\nGood\n",
         {(K, "Efficiency", "good", "PEEL 2014")}),
    # "among eight forces placed in the 'requires improvement' category" (in an article on one pillar's report).
    Case("among-forces-placed-in-the-category", "PEEL 2015: Kent Police's efficiency report\n\nKent Police is among eight "
         "forces in England and Wales placed in the 'requires improvement' category in HMIC's efficiency inspection.\n",
         {(K, "Efficiency", "requires improvement", "PEEL 2015")}),
    # News verbs of grading: "written off as", "described as".
    Case("written-off-as-described-as", "PEEL 2023–25: Kent Police's efforts to investigate crime and manage offenders "
         "were written off as 'inadequate', and its work in five other areas was described as 'requiring improvement'.\n",
         {(K, "Investigating crime", "inadequate", "PEEL 2023–25"), (K, "Managing offenders", "inadequate", "PEEL 2023–25")},
         {(K, "requires improvement", 5, "PEEL 2023–25")}),
    # The inspectorate's name without its 'and' ("Constabulary Fire and Rescue Services") is no fire and rescue service's.
    Case("inspectorate-name-without-and", "Kent Police has been assessed across eight areas by His Majesty's Inspectorate "
         "of Constabulary Fire and Rescue Services (HMICFRS), which rated it good in one of them, adequate in three, "
         "requiring improvement in two and inadequate in a further two.\n",
         set(), {(K, "good", 1, P), (K, "adequate", 3, P), (K, "requires improvement", 2, P), (K, "inadequate", 2, P)}),
    # "Both its A and its B, however, were found to …", B in the words of its handling ("handling of offenders and suspects").
    Case("both-its-a-and-its-handling-of-b", "PEEL 2023–25: Both Kent Police's leadership and force management and its "
         "handling of offenders and suspects, however, were found to require improvement.\n",
         {(K, "Leadership and force management", "requires improvement", "PEEL 2023–25"),
          (K, "Managing offenders", "requires improvement", "PEEL 2023–25")}),
    # A pillar's report named by the pillar after the grade: "in the national 'effectiveness' inspection".
    Case("grade-received-in-the-pillar-inspection", "Kent Police has given its response to the 'Good' grading it received "
         "from Her Majesty's Inspectorate of Constabulary in the national 'effectiveness' inspection of police forces.\n",
         {(K, "Effectiveness", "good", "PEEL")}),
    # ... but what a grade is said to be in, unnamed, is no grade of the report's pillar.
    Case("grade-in-something-unnamed-is-not-the-pillar", "PCC responds to HMIC Effectiveness report\n\n\"A report on how "
         "effectively Kent Police keeps people safe and reduces crime has been published by HMIC. HMIC has also found Kent "
         "Police to be inadequate in protecting some of our most vulnerable victims.\"\n"),
    # The grade 'went to' the force, or was 'given for' areas, with a second area after ", and for".
    Case("grade-went-to-the-force-for", "PEEL 2021/22: Nine areas of Kent Police's work were graded by HMICFRS, with 'Good' "
         "given for engaging with and treating the public with fairness and respect, and for managing offenders and "
         "suspects.\n\nThis year a further grade, 'Adequate', has been brought in.\n\nThat grade went to the force for "
         "preventing and investigating crime.\n",
         {(K, "Treatment of the public", "good", "PEEL 2021/22"), (K, "Managing offenders", "good", "PEEL 2021/22"),
          (K, "Preventing crime", "adequate", "PEEL 2021/22"), (K, "Investigating crime", "adequate", "PEEL 2021/22")}),
    # An earlier grade after "showing significant improvement from".
    Case("improvement-from-the-earlier-grade", "PEEL 2023–25: The inspection rated Kent Police as 'good' in how it "
         "responds to the public, showing significant improvement from the 'inadequate' grading it received in the last "
         "inspection.\n",
         {(K, "Responding to the public", "good", "PEEL 2023–25"), (K, "Responding to the public", "inadequate", "PEEL 2021/22")}),
    # "three out of eight elements of policing"
    Case("n-out-of-m-elements-of-policing", "PEEL 2023–25: An inspection of Kent Police rated three out of eight elements of "
         "policing 'inadequate'.\n",
         set(), {(K, "inadequate", 3, "PEEL 2023–25")}),
    # An earlier inspection of an untold cycle: 'adequate' is only a grade of 2021/22 on, which tells the area.
    Case("earlier-adequate-tells-the-cycle", "Kent Police was assessed as 'good' in recording crime and 'adequate' across "
         "seven areas.\n\nBefore that, the force had been assessed as 'outstanding' at managing offenders and 'adequate' "
         "in protecting vulnerable people.\n",
         {(K, "Recording data about crime", "good", "PEEL"), (K, "Managing offenders", "outstanding", "PEEL earlier"),
          (K, "Protecting vulnerable people", "adequate", "PEEL earlier")},
         {(K, "adequate", 7, "PEEL")}),
    # Crime recording graded where the inspectorate has the King's name (2022 on, after the crime data integrity
    # inspections had ended) is PEEL's, in an article that names no PEEL and grades nothing else.
    Case("crime-recording-in-the-kings-years", "Kent Police praised\n\nHis Majesty's Inspectorate of Constabulary and "
         "Fire & Rescue Services rated Kent Police outstanding in its recording of crime.\n",
         {(K, "Recording data about crime", "outstanding", P)}),
    Case("crime-recording-by-hmic-stays-unsettled", "Kent Police praised\n\nHer Majesty's Inspectorate of Constabulary "
         "rated Kent Police outstanding in its recording of crime.\n"),
    # The area first, then what the force is at it.
    Case("area-is-something-the-force-is-good-at", "PEEL 2023–25: Kent Police\n\nInvestigating crime is something the "
         "force is good at. Its investigations are of high quality.\n",
         {(K, "Investigating crime", "good", "PEEL 2023–25")}),
    # "A is another area where X is G", "… where we judge the force G" (the inspectorate's pages).
    Case("another-area-where-the-force-is-graded", "PEEL 2018/19: Kent Police\n\nProtecting vulnerable people is another "
         "area where Kent Police is good. Tackling serious and organised crime is another area where we judge the force "
         "good.\n",
         {(K, "Protecting vulnerable people and supporting victims", "good", "PEEL 2018/19"),
          (K, "Tackling serious and organised crime", "good", "PEEL 2018/19")}),
    # The area before its force shares its preposition with a gerund clause of the page's own.
    Case("preposed-area-with-a-gerund-clause", "PEEL 2018/19: In preventing crime and making crime prevention a priority, "
         "Kent Police is outstanding.\n",
         {(K, "Preventing crime and tackling anti-social behaviour", "outstanding", "PEEL 2018/19")}),
    # "Demand" in the singular; and an earlier year's grade in the 2018/19 question's words is 2017's question.
    Case("meeting-current-demand-singular", "PEEL 2018/19: We find Kent Police good at meeting current demand and using "
         "its resources, and good too at planning for the future.\n",
         {(K, "Meeting current demands and using resources", "good", "PEEL 2018/19"),
          (K, "Planning for the future", "good", "PEEL 2018/19")}),
    # "The police service" is policing at large: its grade is no force's.
    Case("the-police-service-is-no-force", "PEEL 2015: The commissioner for Kent Police responded to the effectiveness "
         "report.\n\n\"The report acknowledges that overall the police service is good at preventing crime and anti-social "
         "behaviour.\"\n"),
    # "Among the G areas, according to X, were A, B and C".
    Case("among-the-graded-areas-were", "PEEL 2023–25: Kent Police\n\nAmong the inadequate areas, according to the "
         "inspectorate, were recording data about crime, responding to the public and managing offenders.\n",
         {(K, "Recording data about crime", "inadequate", "PEEL 2023–25"), (K, "Responding to the public", "inadequate", "PEEL 2023–25"),
          (K, "Managing offenders", "inadequate", "PEEL 2023–25")}),
    # The area's rating the object of the verb of the change: the grade now, and the earlier one by its 'from'.
    Case("downgraded-the-forces-rating-from-to", "PEEL 2017: Kent Police\n\nHMIC has downgraded the force's "
         "effectiveness rating from \"good\" to \"requires improvement\".\n",
         {(K, "Effectiveness", "requires improvement", "PEEL 2017"), (K, "Effectiveness", "good", "PEEL 2016")}),
    # ... or the rating "for" the area the object of a verb of raising it ("improved its grade for A from … to …"); and a
    # grade of the force's, given in a relative clause, then graded again ("which was rated inadequate for A in 2022, is
    # now rated adequate").
    Case("improved-its-grade-for-the-area-from-to", "PEEL 2023–25: Kent Police improved its grade for investigating crime "
         "from 'inadequate' to 'adequate'.\n\nSurrey Police, which was rated inadequate for responding to the public in "
         "2022, is now rated good.\n",
         {(K, "Investigating crime", "adequate", "PEEL 2023–25"), (K, "Investigating crime", "inadequate", "PEEL 2021/22"),
          (S, "Responding to the public", "good", "PEEL 2023–25"), (S, "Responding to the public", "inadequate", "PEEL 2021/22")}),
    # The pillars' shared aim with "crimes", in an article on one pillar's report.
    Case("pillar-aim-with-crimes", "Kent Police 'requires improvement', says Police Effectiveness report\n\nAccording to the "
         "latest Police Effectiveness report, Kent Police \"requires improvement at keeping people safe and reducing "
         "crimes\".\n", {(K, "Effectiveness", "requires improvement", "PEEL")}),
    # A heading with the grade first and the count after ("rated 'good' in four areas:"), over unbulleted area lines, one
    # of them a name with its commas dropped.
    Case("grade-first-counted-heading-over-area-lines", "PEEL 2021/22: Kent Police\n\nKent Police was also rated 'good' in "
         "two areas:\n\nPreventing crime and anti-social behaviour\n\nBuilding supporting and protecting the workforce\n",
         {(K, "Preventing crime", "good", "PEEL 2021/22"), (K, "Developing a positive workplace", "good", "PEEL 2021/22")},
         {(K, "good", 2, "PEEL 2021/22")}),
    # "good at making sure that the workforce behaves …": the area names whom the force makes sure of; and the legitimacy
    # pillar as "how it treats the public and the workforce".
    Case("making-sure-that-the-area", "PEEL 2018/19: Kent Police is good in how it treats the public and the workforce. It "
         "is good at making sure that the workforce behaves ethically and lawfully.\n",
         {(K, "Legitimacy", "good", "PEEL 2018/19"), (K, "Ethical and lawful workforce behaviour", "good", "PEEL 2018/19")}),
    # A fraction of the areas graded, as minutes write it: its numerator counts ('5/8 areas'); a date is no count.
    # ("… being seen to be G")
    Case("fraction-of-the-areas-counts", "PEEL 2021/22: Kent Police\n\n* Kent Police had not done well: 5/8 areas "
         "requiring improvement and 3/8 areas being seen to be inadequate. The panel met on 5/8 and on 6/8.\n", set(),
         {(K, "requires improvement", 5, "PEEL 2021/22"), (K, "inadequate", 3, "PEEL 2021/22")}),
    # An adverb between the perfect's auxiliary and 'been'.
    Case("has-also-been-found-to", "PEEL 2023–25: Kent Police\n\nThe force's leadership and management has also been "
         "found to require improvement.\n", {(K, "Leadership and force management", "requires improvement", "PEEL 2023–25")}),
    # An inspector named as speaking for the inspection held office in some years only (ontology/vocab/inspectors.ttl):
    # Roy Wilsher from autumn 2021, so no cycle before 2021/22, whose names for these areas are another's. An inspector
    # in office since 2015 leaves the areas' names ambiguous, and nothing is stated.
    Case("inspector-term-narrows-the-cycle", "Kent Police has been rated good at investigating crime and good at preventing "
         "crime.\n\nHM Inspector of Constabulary Roy Wilsher said: \"The force has made real progress since our last "
         "inspection.\"\n", {(K, "Investigating crime", "good", "PEEL"), (K, "Preventing crime", "good", "PEEL")}),
    Case("inspector-term-in-another-form-of-the-name", "Kent Police has been rated good at investigating crime.\n\n"
         "HM Inspector of Constabulary Andrew Cooke said: \"The force has made real progress since our last inspection.\"\n",
         {(K, "Investigating crime", "good", "PEEL")}),
    Case("inspector-term-open-since-2015-narrows-too-little", "Kent Police has been rated good at investigating crime.\n\n"
         "HM Inspector of Constabulary Wendy Williams said: \"The force has made real progress since our last "
         "inspection.\"\n"),
    # A heading that counts the areas it grades, then as many area lines, not bulleted; a count the lines do not meet
    # gives no area its grade.
    Case("counted-heading-over-area-lines", "PEEL 2023–25: Kent Police\n\nThe three areas where the force was rated "
         "inadequate are:\n\nInvestigating crime\n\nPreventing crime\n\nLeadership and force management.\n\n"
         "The two areas rated good were:\nResponding to the public\nManaging offenders\nProtecting vulnerable people\n",
         {(K, "Investigating crime", "inadequate", "PEEL 2023–25"), (K, "Preventing crime", "inadequate", "PEEL 2023–25"),
          (K, "Leadership and force management", "inadequate", "PEEL 2023–25")},
         {(K, "inadequate", 3, "PEEL 2023–25"), (K, "good", 2, "PEEL 2023–25")}),
    # A relative clause whose subject grades the area, now or at the last assessment.
    Case("area-which-it-rated", "PEEL 2023–25: The report's sharpest criticism was of how Kent Police investigated "
         "crime, which it rated 'requires improvement'. It was adequate in seven other areas, among them how it manages "
         "offenders, which the last assessment had considered outstanding.\n",
         {(K, "Investigating crime", "requires improvement", "PEEL 2023–25"), (K, "Managing offenders", "adequate", "PEEL 2023–25"),
          (K, "Managing offenders", "outstanding", "PEEL 2021/22")},
         {(K, "adequate", 7, "PEEL 2023–25")}),
    # The force after 'by': "the use of resources by the force".
    Case("area-by-the-force", "PEEL 2021/22: Kent Police\n\nThe use of resources by the force was rated inadequate.\n",
         {(K, "Strategic planning, organisational management and value for money", "inadequate", "PEEL 2021/22")}),
    # 2016's efficiency question in the words of the inspectorate's page, 'for its services' after it.
    Case("understanding-of-current-demand-for-its-services", "Kent PEEL 2016\n\nKent Police's understanding of current "
         "demand for its services is outstanding.\n",
         {(K, "Understanding demand", "outstanding", "PEEL 2016")}),
    # Areas set off between dashes as some of those given the grade after them.
    Case("areas-among-them-between-dashes", "PEEL 2023–25: Kent Police\n\nThe inspector stressed that several important "
         "areas – crime investigation, protection of vulnerable individuals and force management among them – still "
         "“require improvement”.\n",
         {(K, "Investigating crime", "requires improvement", "PEEL 2023–25"), (K, "Protecting vulnerable people", "requires improvement", "PEEL 2023–25"),
          (K, "Leadership and force management", "requires improvement", "PEEL 2023–25")}),
    # A hard-wrapped copy whose lines are indented: the indentation after a joined break is space inside a phrase.
    Case("wrapped-and-indented", "    PEEL 2023–25: Kent Police was inspected in the spring, and the\n    inspectors judged the "
         "force to be good at preventing\n    crime and adequate at investigating crime, they said in\n    the report "
         "published on Friday by the\n    inspectorate.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), (K, "Investigating crime", "adequate", "PEEL 2023–25")}),
    # An inspectorate page's title naming the force by its area, the page copied with its lines indented.
    Case("indented-inspectorate-page-title", "    Kent PEEL 2018\n\n    Effectiveness\n\n    The force is good at "
         "investigating crime and reducing re-offending.\n",
         {(K, "Investigating crime and reducing re-offending", "good", P)}),
    # The parts of a pillar an inspection looked at name its report: a grade of the sentence, with no other area, is the
    # pillar's (here last year's); a grade in some of a pillar's parts is none.
    Case("the-areas-of-a-pillar-we-looked-at", "PEEL 2017: Kent Police\n\nOn Kent, the report stated: \"For the areas of "
         "legitimacy we looked at this year, our overall judgment is less positive than last year when we assessed the force "
         "as good.\"\n\nSurrey Police is good in most areas of legitimacy we looked at.\n",
         {(K, "Legitimacy", "good", "PEEL 2016")}),
    # The areas an inspection examined, then one grade in as many areas as it listed (not in more, or fewer).
    Case("examined-then-counted", "PEEL 2018/19: Kent Police\n\nHMICFRS, which examined how well it reduces crime and "
         "keeps people safe, how efficiently it operates, and how it treats the public and its workforce, has rated the "
         "force inadequate overall and in three key areas.\n\nThe inspectors, who examined its effectiveness and its "
         "efficiency, rated Surrey Police good in three areas.\n",
         {(K, "Effectiveness", "inadequate", "PEEL 2018/19"), (K, "Efficiency", "inadequate", "PEEL 2018/19"),
          (K, "Legitimacy", "inadequate", "PEEL 2018/19")},
         {(K, "inadequate", 3, "PEEL 2018/19"), (S, "good", 3, "PEEL 2018/19")}),
    # Effectiveness in the order of its 2018/19 question, crime first, in a headline's words.
    Case("cutting-crime-and-keeping-people-safe", "PEEL 2018/19: Kent Police branded 'inadequate' at cutting crime and "
         "keeping people safe\n\nSurrey Police was rated good for how well it reduces crime and keeps people safe.\n",
         {(K, "Effectiveness", "inadequate", "PEEL 2018/19"), (S, "Effectiveness", "good", "PEEL 2018/19")}),
    # Grades 'labelled' as the inspectorate's verb; an area by 'the force's handling of' it, and by how the force
    # 'collected data about crime'.
    Case("labelled-handling-collected", "PEEL 2023–25: Kent Police\n\nThe force's handling of criminal investigations "
         "\"requires improvement\", according to a new report.\n\nThe way the force collected data about crime was rated "
         "as \"outstanding\". A number of other areas, among them preventing crime and responding to the public, were "
         "labelled as \"adequate\".\n",
         {(K, "Investigating crime", "requires improvement", "PEEL 2023–25"), (K, "Recording data about crime", "outstanding", "PEEL 2023–25"),
          (K, "Preventing crime", "adequate", "PEEL 2023–25"), (K, "Responding to the public", "adequate", "PEEL 2023–25")}),
    # The one area of a sentence graded by a reference back to it ('that area', 'for it'), the area how the force
    # 'handles offenders'; with two areas before 'for it', no telling which.
    Case("that-area-and-for-it", "PEEL 2023–25: Kent Police\n\nInspectors praised how it handles offenders, even though "
         "that area is still rated \u201crequires improvement\u201d.\n\nThey found failings in the way the force protects "
         "vulnerable people and gave it the bottom rating of 'inadequate' for it.\n\nThey found failings in how it "
         "investigates crime and responds to the public, and gave it a rating of good for it.\n",
         {(K, "Managing offenders", "requires improvement", "PEEL 2023–25"), (K, "Protecting vulnerable people", "inadequate", "PEEL 2023–25")}),
    # The way a force 'handles' serious and organised crime, one item of a list graded together.
    Case("handles-serious-and-organised-crime", "PEEL 2017: Kent Police\n\nThat grading of 'good' was given for the way the "
         "constabulary prevents crime and tackles anti-social behaviour, and the way it handles serious and organised crime.\n",
         {(K, "Preventing crime and tackling anti-social behaviour", "good", "PEEL 2017"),
          (K, "Tackling serious and organised crime", "good", "PEEL 2017")}),
    # An aside on the scale between a grade and its count.
    Case("count-after-a-scale-aside", "PEEL 2021/22: The report had Kent Police judged Inadequate (the lowest of five "
         "grades) in six areas. Surrey Police was judged good \u2013 the second of five grades \u2013 in two areas.\n",
         set(), {(K, "inadequate", 6, "PEEL 2021/22"), (S, "good", 2, "PEEL 2021/22")}),
    # A page listing several reports, each under its title: a grade with no area under a pillar report's title is that
    # pillar's, not that of the question report the page names first.
    Case("grade-under-a-report-title", "HMIC Reports 2015\n\nIts vulnerability inspection asked: 'How effective are "
         "forces at protecting from harm those who are vulnerable, and supporting victims?'\n\nPCC Response\n\n"
         "October 2015 – PEEL: Police Efficiency 2015 inspection\n\nThe 2015 PEEL report for Kent Police gives an overall "
         "judgement of 'Requires Improvement'.\n",
         {(K, "Efficiency", "requires improvement", "PEEL 2015")}),
    # The inspectorate's formula for a pillar, crime 'cut' for 'reduced'; 2016's efficiency question as how a force
    # 'uses resources'.
    Case("pillar-formula-cutting-crime", "Kent 2016\n\nThe extent to which the constabulary is efficient at keeping "
         "people safe and cutting crime is good.\n\nThe force is outstanding in how it uses resources.\n",
         {(K, "Efficiency", "good", "PEEL 2016"), (K, "Using resources", "outstanding", "PEEL 2016")}),
    # A newsletter's month alone on a header line dates the cycle (no date of publication: test_dates).
    Case("month-alone-in-the-header-dates-the-cycle", "Police news\n\nOctober 2019\n\nThey found Kent Police to be "
         "outstanding in the way it uses its resources to meet current demand.\n",
         {(K, "Meeting current demands and using resources", "outstanding", "PEEL 2018/19")}),
    # 2018/19's question on the workforce's behaviour with the workforce after it, as the force's approach to it.
    Case("ethical-and-lawful-behaviour-of-its-workforce", "Kent PEEL 2018\n\nThe force's approach to the ethical and "
         "lawful behaviour of its workforce requires improvement.\n",
         {(K, "Ethical and lawful workforce behaviour", "requires improvement", P)}),
    # The misnomer two real articles use for the workplace area.
    Case("developing-a-positive-workspace", "PEEL 2023–25: Kent Police\n\n  • Developing a positive workspace - adequate\n",
         {(K, "Developing a positive workplace", "adequate", "PEEL 2023–25")}),
    # An infographic's alternative text: its tiles' "Area: grade" pairs run together on one line, after a line of key
    # facts short enough to look hard-wrapped (the pairs stay a list).
    Case("infographic-pairs-run-on", "Kent Police\n\nThe grades Kent Police received in these areas: Preventing crime: "
         "good Treatment of the public: good Disrupting serious organised crime: outstanding Good use of resources: "
         "outstanding Responding to the public: good Managing offenders: good Developing a positive workplace: adequate "
         "Investigating crime: requires improvement\n\nKey facts\n\n3.61 per 1000 population\n3.69 national level\n"
         "down3% 10yr change in local workforce\ndown5% 10yr national change\n",
         {(K, "Preventing crime", "good", "PEEL 2021/22"), (K, "Treatment of the public", "good", "PEEL 2021/22"),
          (K, "Disrupting serious organised crime", "outstanding", "PEEL 2021/22"),
          (K, "Strategic planning, organisational management and value for money", "outstanding", "PEEL 2021/22"),
          (K, "Responding to the public", "good", "PEEL 2021/22"), (K, "Managing offenders", "good", "PEEL 2021/22"),
          (K, "Developing a positive workplace", "adequate", "PEEL 2021/22"),
          (K, "Investigating crime", "requires improvement", "PEEL 2021/22")}),
    # ... but one pair in prose is no run: "Verdict: good News for the force" is left as written.
    Case("one-pair-is-no-run", "PEEL 2021/22: Kent Police\n\nThe verdict on preventing crime: good News: outstanding\n"),
    # An area set before its clause with 'as for', the grade given to 'that'.
    Case("as-for-area-that-is-grade", "PEEL 2017: Kent Police\n\nAs for the way the force protects vulnerable people "
         "from harm and supports victims, that is good.\n",
         {(K, "Protecting vulnerable people and supporting victims", "good", "PEEL 2017")}),
    # The force and its people as one subject; the people 'they' serve.
    Case("force-and-its-workforce-as-subject", "Kent PEEL 2016\n\nKent Police and its workforce are good at treating "
         "everyone they serve with fairness and respect.\n",
         {(K, "Treating the public fairly", "good", "PEEL 2016")}),
    # A preposed area, then the force's name with its article; not a headline's area run into the next line's subject.
    Case("preposed-area-then-the-force-by-name", "Metropolitan PEEL 2016\nLegitimacy\nIn ensuring that its workforce "
         "behaves ethically and lawfully, the Metropolitan Police Service requires improvement.\n",
         {("Metropolitan Police Service", "Ethical and lawful workforce behaviour", "requires improvement", "PEEL 2016")}),
    Case("headline-area-is-no-preposed-area", "PEEL 2023–25\nKent Police praised for how it investigates crime\n"
         "The Kent Police is outstanding at recording crime.\n",
         {(K, "Recording data about crime", "outstanding", "PEEL 2023–25")}),
    # The inspectorate's 2016 wordings of the efficiency pillar and its demand question.
    Case("working-efficiently-and-likely-future-demand", "Kent PEEL 2016\n\nKent Police is good at working efficiently to "
         "keep people safe and reduce crime, HMIC found. The force is outstanding at understanding the current and likely "
         "future demand for its services.\n",
         {(K, "Efficiency", "good", "PEEL 2016"), (K, "Understanding demand", "outstanding", "PEEL 2016")}),
    # A preposed area, then the inspectorate rating the force by name or as 'the force'.
    Case("preposed-area-then-the-rater", "PEEL 2016: Kent Police\n\nOn efficiency, the watchdog has rated Kent Police "
         "'good'. For legitimacy, inspectors rated the force good. For effectiveness, HMIC rated Surrey Police "
         "outstanding.\n",
         {(K, "Efficiency", "good", "PEEL 2016"), (K, "Legitimacy", "good", "PEEL 2016"),
          (S, "Effectiveness", "outstanding", "PEEL 2016")}),
    # A pillar's grade as its level; a level of something else is praise.
    Case("grade-level-of-a-pillar", "PEEL 2015: Kent Police\n\nKent Police has an overall 'Good' level of efficiency, "
         "according to the report. It has a good level of protection for vulnerable people.\n",
         {(K, "Efficiency", "good", "PEEL 2015")}),
    # A year in a grade's own clause dates it, not the year of the clause before.
    Case("each-clause-its-own-year", "West Yorkshire PEEL 2018\n\nAs for the rest: in 2017 we judged Kent Police as good "
         "at preventing crime, and in 2016 we judged it as good at tackling SOC.\n",
         {(K, "Preventing crime and tackling anti-social behaviour", "good", "PEEL 2017"),
          (K, "Tackling serious and organised crime", "good", "PEEL 2016")}),
    # 'the way that it is …'; a list of 2015's efficiency questions as coverage words them.
    Case("the-way-that-it-is", "PEEL 2018/19: Kent Police\n\nWe found Kent Police to be outstanding in the way that it "
         "is planning for the future.\n",
         {(K, "Planning for the future", "outstanding", "PEEL 2018/19")}),
    Case("efficiency-questions-2015-in-a-list", "PEEL 2015: Kent Police\n\nIn the efficiency strand, Kent Police was "
         "graded 'Good' in terms of using resources to meet demand, short and long term financial planning, and keeping "
         "people safe and reducing crime.\n",
         {(K, "Meeting current demands and using resources", "good", "PEEL 2015"),
          (K, "Sustainable financial position", "good", "PEEL 2015"), (K, "Efficiency", "good", "PEEL 2015")}),
    # Grades inside a quote, the areas as nouns ('its disruption of organised crime'); 2018/19's efficiency pillar as
    # 'the efficient way it operates'.
    Case("disruption-of-organised-crime-in-a-quote", "PEEL 2021/22: Kent Police\n\nHe said: \"Ms Farrell has led Kent "
         "Police where it was graded as 'outstanding' for its disruption of organised crime and how it achieves value for "
         "money.\"\n",
         {(K, "Disrupting serious organised crime", "outstanding", "PEEL 2021/22"),
          (K, "Strategic planning, organisational management and value for money", "outstanding", "PEEL 2021/22")}),
    Case("the-efficient-way-it-operates", "Kent PEEL 2018\n\nIn the efficient way it operates and provides sustainable "
         "services to the public, Kent Police is good.\n",
         {(K, "Efficiency", "good", "PEEL 2018/19")}),
    # When the inspectors examined the force ('last year') is the current inspection's fieldwork, not an earlier one.
    Case("examined-last-year-is-this-inspection", "Interviews next week\n\nBy Sarah Ward - Local Democracy Reporter "
         "28th Mar 2025\n\nInspectors examined the Kent force last year, and a report published in December rated it as "
         "requiring improvement in investigating crime.\n",
         {(K, "Investigating crime", "requires improvement", "PEEL 2023–25")}),
    # 2018/19's planning question in the words of the cycles before.
    Case("planning-future-demand-2018-19", "PEEL 2018/19: Kent Police\n\nUsing new technology, Kent Police is good at "
         "planning future demand.\n",
         {(K, "Planning for the future", "good", "PEEL 2018/19")}),
    # The inspectorate's verb in the present tense, on a pillar's page headed by its question; the scale's grades
    # listed after the verb are none ('judges each force outstanding, good, …').
    Case("judges-the-force-on-its-pillars-page", "Kent PEEL 2015\n\nHow efficient is the force at keeping people safe "
         "and reducing crime?\n\nHMIC judges Kent Police to be good. Every year HMIC judges it outstanding, good, "
         "requires improvement or inadequate on what it finds.\n",
         {(K, "Efficiency", "good", "PEEL 2015")}),
    # A grade across the counted 'key points', then the points in other words (2014's efficiency questions).
    Case("grade-across-counted-key-points", "PEEL 2014: Kent Police\n\nThe county constabulary was rated 'good' across "
         "three key points - whether it has done what is needed to ensure a secure financial position for the short and "
         "long term, the extent to which it provides policing affordably, and its efficiency.\n",
         {(K, "Secure financial position", "good", "PEEL 2014"), (K, "Affordable way of providing policing", "good", "PEEL 2014"),
          (K, "Efficiency", "good", "PEEL 2014")},
         {(K, "good", 3, "PEEL 2014")}),
    # Where a grade sits on the scale is no other grade: 'the second highest grade possible' is good, not outstanding.
    Case("second-highest-grade-possible", "PEEL 2016: Kent Police\n\nKent Police was given an overall rating of 'Good' "
         "(the second highest grade possible) in respect of its efficiency.\n",
         {(K, "Efficiency", "good", "PEEL 2016")}),
    # The pillar's question the forces were measured against names the report's pillar.
    Case("measured-against-the-pillars-question", "PEEL 2017: Kent Police\n\nEach force was measured against the "
         "overarching question 'How efficient is the force at keeping people safe and reducing crime?' Overall, Kent "
         "Police was given a 'Good' rating.\n",
         {(K, "Efficiency", "good", "PEEL 2017")}),
    # Areas set off between dashes as the subject, then their grade after another verb.
    Case("areas-set-off-as-the-subject", "PEEL 2023–25: Kent Police\n\nThe core of the job, though - investigating crime "
         "and responding to the public - was found wanting and judged to require improvement.\n",
         {(K, "Investigating crime", "requires improvement", "PEEL 2023–25"),
          (K, "Responding to the public", "requires improvement", "PEEL 2023–25")}),
    # The inspectorate by its name in full rating 'it' after a preposed area; 'deemed the force good' on a pillar's report.
    Case("preposed-area-then-the-inspectorate-in-full", "PEEL 2017: Kent Police\n\nInspectors who deemed the force 'good' "
         "in a report published today praised its work. In the 2017 PEEL police effectiveness report, the force was praised. "
         "For preventing crime and tackling anti-social behaviour, Her Majesty's Inspectorate of Constabulary and Fire & "
         "Rescue Services rated it outstanding.\n",
         {(K, "Effectiveness", "good", "PEEL 2017"), (K, "Preventing crime and tackling anti-social behaviour", "outstanding", "PEEL 2017")}),
    # A grade's object, then ", and" and another area its own verb grades: each area has its own grade, none both.
    Case("object-of-one-grade-then-a-clause-grading-the-next", "PEEL 2016: In the HMIC effectiveness report Kent Police has "
         "been rated 'good' overall at keeping people safe and reducing crime, and its work against serious and organised "
         "crime has been rated as outstanding.\n",
         {(K, "Effectiveness", "good", "PEEL 2016"), (K, "Tackling serious and organised crime", "outstanding", "PEEL 2016")}),
    # ... with a noun after that area (no area of its own: the clause's grade is left unread rather than given to both).
    Case("object-of-one-grade-then-a-clause-grading-a-noun-of-the-next", "PEEL 2016: In the HMIC effectiveness report Kent "
         "Police has been rated 'good' overall at keeping people safe and reducing crime, and its work against serious and "
         "organised crime groups has been rated as outstanding.\n",
         {(K, "Effectiveness", "good", "PEEL 2016")}),
    # Initials an article gives a force's area in brackets inside its name, then names it by.
    Case("initials-of-the-area-in-brackets", "AS Police say staff are working hard\n\nStaff at Avon and Somerset (AS) Police "
         "are busy.\n\nHMICFRS published its report after an inspection of AS Police. Its conclusion was that the force is "
         "\"good\" at preventing crime, but \"requires improvement\" at responding to the public.\n",
         {("Avon and Somerset Constabulary", "Preventing crime", "good", P),
          ("Avon and Somerset Constabulary", "Responding to the public", "requires improvement", P)}),
    # A pillar as "the legitimacy with which it keeps people safe", as "the efficiency with which" already is.
    Case("pillar-with-which-it-keeps-people-safe", "Kent PEEL 2016\n\nIn respect of the legitimacy with which it keeps people "
         "safe and reduces crime, Kent Police has been assessed as good. Surrey Police requires improvement in the "
         "effectiveness with which it keeps people safe and reduces crime.\n",
         {(K, "Legitimacy", "good", "PEEL 2016"), (S, "Effectiveness", "requires improvement", "PEEL 2016")}),
    # A question in reported speech: each of its verbs in the past ("ensured its workforce behaved ethically").
    Case("question-in-the-past-tense", "Kent PEEL 2017\n\nThe force had been judged in 2016 to be good for legitimacy, "
         "including good for the extent to which it treated people with fairness and respect, and good for the extent to "
         "which it ensured its workforce behaved ethically and lawfully.\n",
         {(K, "Legitimacy", "good", "PEEL 2016"), (K, "Treating the public fairly", "good", "PEEL 2016"),
          (K, "Ethical and lawful workforce behaviour", "good", "PEEL 2016")}),
    # A question's finite verb after "the way it", its object before the area's words.
    Case("the-way-it-ensures-staff", "Kent PEEL 2016\n\nHow well does the force ensure that its workforce behaves "
         "ethically and lawfully?\nIn the way it ensures staff behave ethically and lawfully, Kent Police requires "
         "improvement.\n",
         {(K, "Ethical and lawful workforce behaviour", "requires improvement", "PEEL 2016")}),
    # A pillar "with which it" does what a question of it names: that question, not the pillar.
    Case("pillar-with-which-it-does-a-question", "Kent PEEL 2017\n\nKent Police has been given a 'good' rating for the "
         "effectiveness with which it protects vulnerable people and supports victims.\n",
         {(K, "Protecting vulnerable people and supporting victims", "good", "PEEL 2017")}),
    # A hedge earlier in the grade's clause: parts of an area, not its grade.
    Case("in-some-specific-areas-is-no-grade", "Kent PEEL 2016\n\nIts crime prevention activity is good, but in some "
         "specific areas the force's approach to tackling serious and organised crime requires improvement.\n",
         {(K, "Preventing crime and tackling anti-social behaviour", "good", "PEEL 2016")}),
    Case("securing-the-financial-position", "PEEL 2014: Kent Police\n\nInspectors rate Kent Police as good when it "
         "comes to securing the financial position for the short and long term.\n",
         {(K, "Secure financial position", "good", "PEEL 2014")}),
    # The workforce as the subject of a grade on its own conduct, the question named for it; not of another area.
    Case("the-workforce-is-good-at-its-own-conduct", "PEEL 2017: Kent Police\n\nIts workforce is good at behaving ethically "
         "and lawfully, we found. The workforce is good at protecting vulnerable people, but the force lacks the capacity "
         "to do more.\n",
         {(K, "Ethical and lawful workforce behaviour", "good", "PEEL 2017")}),
    # The inspectorate's pages of 2018 name two questions in words of their own.
    Case("looking-after-vulnerable-people-and-an-ethical-workplace", "PEEL 2017: Kent Police\n\nWe found that Kent Police is "
         "good at looking after vulnerable people who are victims of crime. Kent Police is outstanding at maintaining an "
         "ethical and lawful workplace.\n",
         {(K, "Protecting vulnerable people and supporting victims", "good", "PEEL 2017"),
          (K, "Ethical and lawful workforce behaviour", "outstanding", "PEEL 2017")}),
    # Each area with its grade in brackets, pair after pair in one sentence; a counted grade noun set off by a comma
    # before what it grades; an area that is the force's one grade of its kind.
    Case("bracketed-pairs-and-counted-ratings", "Kent Police PEEL 2023–25\n\nThe force was graded in nine areas, among them "
         "preventing crime (good), responding to the public (inadequate) and investigating crime (requires improvement). "
         "It got two 'adequate' ratings, for managing offenders and for leadership. Protecting vulnerable people was the "
         "force's only 'outstanding' rating.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), (K, "Responding to the public", "inadequate", "PEEL 2023–25"),
          (K, "Investigating crime", "requires improvement", "PEEL 2023–25"),
          (K, "Managing offenders", "adequate", "PEEL 2023–25"),
          (K, "Leadership and force management", "adequate", "PEEL 2023–25"),
          (K, "Protecting vulnerable people", "outstanding", "PEEL 2023–25")},
         {(K, "adequate", 2, "PEEL 2023–25")}),
    # A grade that changed, the earlier one dated after it: what follows 'to' is the inspection reported on.
    Case("changed-from-a-dated-grade", "Kent Police PEEL 2018/19 inspection\n\nThe force's legitimacy fell from good in 2017 "
         "to requiring improvement in this inspection, though it is good at treating the public fairly. Its effectiveness "
         "rating has gone from 'requires improvement' last year to 'good'.\n",
         {(K, "Legitimacy", "good", "PEEL 2017"), (K, "Legitimacy", "requires improvement", "PEEL 2018/19"),
          (K, "Treating the public fairly", "good", "PEEL 2018/19"),
          (K, "Effectiveness", "requires improvement", "PEEL 2017"), (K, "Effectiveness", "good", "PEEL 2018/19")}),
    # An area with a restrictive relative clause, no comma before 'which', grading it.
    Case("restrictive-which-clause", "Kent PEEL 2017\n\nThe chief constable said the report recognised the effort the force "
         "puts in to tackling serious and organised crime which is rated as outstanding.\n",
         {(K, "Tackling serious and organised crime", "outstanding", "PEEL 2017")}),
    # A table's grade row flattened to one line, its areas closed by full stops (a sentence ends at each).
    Case("grade-row-with-full-stops", "Kent Police: PEEL 2021/22 summary\n\nThe inspection graded the force as follows:\n\n"
         "Outstanding: n/a\nGood: Preventing crime. Managing offenders.\nAdequate: Treatment of the public.\n"
         "Requires improvement: Investigating crime; Responding to the public\n",
         {(K, "Preventing crime", "good", "PEEL 2021/22"), (K, "Managing offenders", "good", "PEEL 2021/22"),
          (K, "Treatment of the public", "adequate", "PEEL 2021/22"),
          (K, "Investigating crime", "requires improvement", "PEEL 2021/22"),
          (K, "Responding to the public", "requires improvement", "PEEL 2021/22")}),
    # The grade's noun names the area after a filler ("for the force's work with A"); an area that "still" has its grade
    # ("the only area that still requires improvement was A").
    Case("grade-noun-for-work-with-and-area-that-still", "PEEL 2023–25: Kent Police\n\nThe outstanding grade was for the "
         "force's work with police powers and public treatment. The only area that still requires improvement was "
         "investigating crime. The one area which is still inadequate is responding to the public.\n",
         {(K, "Police powers and public treatment", "outstanding", "PEEL 2023–25"),
          (K, "Investigating crime", "requires improvement", "PEEL 2023–25"),
          (K, "Responding to the public", "inadequate", "PEEL 2023–25")},
         {(K, "inadequate", 1, "PEEL 2023–25")}),
    # "…, with the remaining two – A and B – judged adequate": that number is the next grade's, not the one before it.
    Case("with-the-remaining-n-counts-the-next-grade", "PEEL 2023–25: Kent Police\n\nA further four areas were graded "
         "as requiring improvement, with the remaining two - police powers and preventing crime - judged adequate.\n",
         {(K, "Police powers and public treatment", "adequate", "PEEL 2023–25"),
          (K, "Preventing crime", "adequate", "PEEL 2023–25")},
         {(K, "requires improvement", 4, "PEEL 2023–25")}),
    # A pillar report's grade for a whole force, unquoted, where the inspectorate says so; and the exception "apart from".
    Case("unquoted-force-grade-the-inspectorate-gives", "PEEL: Police Effectiveness 2016\n\nHMIC said Kent Police was "
         "good, but Surrey Police required improvement. Essex Police was good, inspectors found. The chief constable said "
         "Sussex Police was good. Thames Valley Police was graded good in every area apart from tackling serious and "
         "organised crime, where it requires improvement.\n",
         {(K, "Effectiveness", "good", "PEEL 2016"), (S, "Effectiveness", "requires improvement", "PEEL 2016"),
          ("Essex Police", "Effectiveness", "good", "PEEL 2016"),
          ("Thames Valley Police", "Tackling serious and organised crime", "requires improvement", "PEEL 2016")}),
    # A relative clause in which the inspectorate says what the area's grade is; a grade "singled out as"; the area
    # "response to calls from the public".
    Case("which-they-said-and-singled-out", "PEEL 2023–25: Kent Police\n\nInspectors flagged the way it responds to the "
         "public, which they said requires improvement. Crime prevention was singled out as outstanding. It looked at how "
         "the force protects vulnerable people, which HMICFRS found was inadequate. Its response to calls from the public "
         "was also judged inadequate.\n",
         {(K, "Responding to the public", "requires improvement", "PEEL 2023–25"),
          (K, "Preventing crime", "outstanding", "PEEL 2023–25"),
          (K, "Protecting vulnerable people", "inadequate", "PEEL 2023–25"),
          (K, "Responding to the public", "inadequate", "PEEL 2023–25")}),
    # A table's line counting a grade names the areas it counts in brackets.
    Case("grade-count-line-with-its-areas", "PEEL 2023–25 grades\n\nKent Police\nOutstanding: 1 (preventing crime)\n"
         "Good: 5\nRequires improvement: 2 (investigating crime, responding to the public)\nInadequate: 0\n",
         {(K, "Preventing crime", "outstanding", "PEEL 2023–25"),
          (K, "Investigating crime", "requires improvement", "PEEL 2023–25"),
          (K, "Responding to the public", "requires improvement", "PEEL 2023–25")},
         {(K, "outstanding", 1, "PEEL 2023–25"), (K, "good", 5, "PEEL 2023–25"), (K, "requires improvement", 2, "PEEL 2023–25")}),
    # A grade that moved "up a grade to" another, or "two grades"; an earlier grade after a dash ("good for A - up from …").
    Case("moved-up-a-grade-and-up-from-after-a-dash", "PEEL 2023–25: Kent Police\n\nInvestigating crime moved up a grade "
         "to good, while preventing crime went down two grades to inadequate. It was rated 'good' for responding to the "
         "public - up from 'requires improvement' in 2022.\n",
         {(K, "Investigating crime", "good", "PEEL 2023–25"), (K, "Preventing crime", "inadequate", "PEEL 2023–25"),
          (K, "Responding to the public", "good", "PEEL 2023–25"),
          (K, "Responding to the public", "requires improvement", "PEEL 2021/22")}),
    # The article's force as one of several forces given a grade ("It is one of six forces nationally to be rated …"); counts
    # by the grade's noun and "of" ("two grades of good, three of adequate"), not "one of good quality".
    Case("it-is-one-of-n-forces-and-grades-of", "PEEL 2023–25: Kent Police\n\nIt is one of six forces nationally to be "
         "rated outstanding for preventing crime. Overall it received two grades of good, three of adequate and four of "
         "'requires improvement'. Its work was one of good quality, and two of outstanding merit.\n",
         {(K, "Preventing crime", "outstanding", "PEEL 2023–25")},
         {(K, "good", 2, "PEEL 2023–25"), (K, "adequate", 3, "PEEL 2023–25"), (K, "requires improvement", 4, "PEEL 2023–25")}),
    # A regional round-up: "with A judged to require improvement" after a force's counts; a force "among the top-rated
    # forces" (an adjective, not a verb that grades other forces) with its own count.
    Case("round-up-with-area-judged-to-and-top-rated-forces", "PEEL 2023–25 reports for the region\n\nKent Police was "
         "rated good in three areas and adequate in five, with investigating crime judged to require improvement.\n\n"
         "Surrey Police was once again among the top-rated forces, outstanding in four areas.\n",
         {(K, "Investigating crime", "requires improvement", "PEEL 2023–25")},
         {(K, "good", 3, "PEEL 2023–25"), (K, "adequate", 5, "PEEL 2023–25"), (S, "outstanding", 4, "PEEL 2023–25")}),
    # The force's grade at one end of its own, then the area it was for; not the scale's ends.
    Case("best-and-worst-grade-was-for", "PEEL 2023–25: Kent Police\n\nThe force's best grade was 'outstanding' for "
         "preventing crime. Its worst rating - inadequate - was for responding to the public. The lowest grade, requires "
         "improvement, was for investigating crime. Its highest mark, good, came for managing offenders. (The best grade "
         "is outstanding and the lowest is inadequate; the highest grade, outstanding, is given for exceptional "
         "performance in any area.)\n",
         {(K, "Preventing crime", "outstanding", "PEEL 2023–25"), (K, "Responding to the public", "inadequate", "PEEL 2023–25"),
          (K, "Investigating crime", "requires improvement", "PEEL 2023–25"),
          (K, "Managing offenders", "good", "PEEL 2023–25")}),
    # A semicolon ends the grade's clause: "judged good; on investigating crime, adequate" gives investigating crime no
    # 'good' (its own grade, gapped, is not read).
    Case("semicolon-ends-the-grades-clause", "PEEL 2023–25: Kent Police\n\nOn preventing crime, Kent Police was judged "
         "good; on investigating crime, adequate.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25")}),
    # A count by the grade's rank on the scale, the areas "given" it.
    Case("areas-given-the-second-highest-grade", "PEEL 2023–25: Kent Police\n\nFour areas were given the second-highest "
         "grade, and two were handed the second-lowest.\n",
         set(), {(K, "good", 4, "PEEL 2023–25")}),
    # A grade the force was "downgraded to", "upgraded to" or "marked down to" is this inspection's (the grade before it,
    # after "from", is the earlier one's).
    Case("downgraded-to-is-the-grade-now", "PEEL 2023–25: Kent Police\n\nKent Police was inspected by HMICFRS.\n\nIt "
         "was downgraded to requires improvement for responding to the public and upgraded to good for investigating "
         "crime. It was marked down to adequate for preventing crime, down from good in 2022.\n",
         {(K, "Responding to the public", "requires improvement", "PEEL 2023–25"),
          (K, "Investigating crime", "good", "PEEL 2023–25"), (K, "Preventing crime", "adequate", "PEEL 2023–25"),
          (K, "Preventing crime", "good", "PEEL 2021/22")}),
    # The time of the inspection reported on is no earlier inspection's ("At the time of the inspection"); a bare "at the
    # time" after an earlier report is.
    Case("at-the-time-of-the-inspection-is-now", "PEEL 2023–25: Kent Police\n\nAt the time of the inspection, the force "
         "was good at managing offenders. Prior to publication, it was told it was adequate at preventing crime. Its 2022 "
         "report came out in the spring; at the time, it was rated inadequate for investigating crime.\n",
         {(K, "Managing offenders", "good", "PEEL 2023–25"), (K, "Preventing crime", "adequate", "PEEL 2023–25"),
          (K, "Investigating crime", "inadequate", "PEEL 2021/22")}),
    # A count "of the nine areas" before the areas it names ("good in five of the nine areas, including A and B"); an
    # area by what the force does ("in how it develops a positive workplace").
    Case("count-of-the-areas-including-and-how-it-develops", "PEEL 2023–25: Kent Police\n\nKent Police was graded good "
         "in five of the nine areas, including preventing crime and managing offenders. It was rated inadequate in how it "
         "develops a positive workplace.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), (K, "Managing offenders", "good", "PEEL 2023–25"),
          (K, "Developing a positive workplace", "inadequate", "PEEL 2023–25")},
         {(K, "good", 5, "PEEL 2023–25")}),
    # "stopping crime" for preventing crime, as a headline writes it.
    Case("stopping-crime-is-preventing-crime", "Watchdog finds Kent Police 'good' at stopping crime but poor at answering "
         "calls\n\nKent Police was inspected by HMICFRS in its PEEL 2023–25 inspection.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25")}),
    # A span of years after every cycle the vocabulary holds names a later cycle, not the one its first year falls in:
    # "PEEL 2025 to 2027" is no PEEL 2023–25 inspection (the programme stays unknown).
    Case("a-later-cycles-years-are-no-known-cycle", "Kent Police rated good\n\nPublished 10 October 2026\n\nKent Police "
         "has been rated good at investigating crime by HMICFRS in its PEEL 2025 to 2027 inspection.\n",
         {(K, "Investigating crime", "good", "PEEL")}),
    # An aim named as a noun ("his ambition was for the force to be", "the goal is to be rated", "its target is an
    # outstanding grade"), a force working towards a grade, and a grade no force got ("No force in the region was rated
    # outstanding for A") give no grade; "No other force was rated outstanding for A" says the article's force was.
    Case("aims-as-nouns-and-no-force-give-no-grade", "PEEL 2023–25: Kent Police was rated adequate at managing "
         "offenders. The chief constable said his ambition was for the force to be outstanding at preventing crime. Its "
         "goal is to be rated good for investigating crime, and it is working towards a good rating for responding to "
         "the public; its target is an outstanding grade for protecting vulnerable people. No force in the region was "
         "rated outstanding for leadership and force management, and not a single force has been rated good for "
         "developing a positive workplace. No other force was rated outstanding for police powers and public treatment.\n",
         {(K, "Managing offenders", "adequate", "PEEL 2023–25"),
          (K, "Police powers and public treatment", "outstanding", "PEEL 2023–25")}),
    # An area, then "where" and its grade as a verb ("…, where it requires improvement"), after "to" ("where it was found to
    # require improvement") or given by the inspectorate ("where inspectors judged it to require improvement").
    Case("where-clause-grade-as-a-verb-or-the-inspectorates", "PEEL 2023–25: Kent Police\n\nKent Police's weakest area "
         "was investigating crime, where it requires improvement. It did less well at managing offenders, where it was found "
         "to require improvement, and at responding to the public, where inspectors judged it to be inadequate.\n",
         {(K, "Investigating crime", "requires improvement", "PEEL 2023–25"),
          (K, "Managing offenders", "requires improvement", "PEEL 2023–25"),
          (K, "Responding to the public", "inadequate", "PEEL 2023–25")}),
    # An area named before its grade's noun, then the grade ("Its effectiveness grade remains good", "The force's
    # investigating crime rating was 'requires improvement'").
    Case("area-grade-noun-then-the-grade", "Published 22 March 2018.\n\nThames Valley Police's effectiveness grade remains "
         "good, HMICFRS has said. Its legitimacy rating was 'requires improvement'.\n",
         {("Thames Valley Police", "Effectiveness", "good", "PEEL 2017"),
          ("Thames Valley Police", "Legitimacy", "requires improvement", "PEEL 2017")}),
    # A grade and its area, then the forces that have it ("The forces rated outstanding for efficiency were A, B and C",
    # "Among those rated good for efficiency were D and E"): each named force, not the last alone.
    Case("forces-named-after-a-grade-and-its-area", "Published 3 November 2016.\n\nHMIC published its efficiency "
         "reports today. The forces rated outstanding for efficiency were Durham Constabulary, Kent Police and West "
         "Yorkshire Police. Among those rated good for efficiency were Essex Police and Suffolk Constabulary.\n",
         {("Durham Constabulary", "Efficiency", "outstanding", "PEEL 2016"),
          (K, "Efficiency", "outstanding", "PEEL 2016"),
          ("West Yorkshire Police", "Efficiency", "outstanding", "PEEL 2016"),
          ("Essex Police", "Efficiency", "good", "PEEL 2016"),
          ("Suffolk Constabulary", "Efficiency", "good", "PEEL 2016")}),
    # An area, then a relative clause in which the inspectorate grades it ("how it investigates crime, which I have
    # graded as requires improvement"; "…, which inspectors judged to be good").
    Case("relative-clause-the-inspectorate-grades-in", "PEEL 2023–25: Kent Police\n\nHM Inspector Michelle Skeer said: "
         "\"Kent Police needs to improve how it investigates crime, which I have graded as requires improvement.\" She "
         "praised its work on managing offenders, which inspectors judged to be good.\n",
         {(K, "Investigating crime", "requires improvement", "PEEL 2023–25"),
          (K, "Managing offenders", "good", "PEEL 2023–25")}),
    # A force set before the subject to compare it with ("Unlike Suffolk Constabulary, the force …", "As with …") is
    # not the subject: the grade is the article's force's.
    Case("a-force-compared-with-is-not-the-subject", "Published 12 May 2022.\n\nNorfolk Constabulary was inspected by "
         "HMICFRS. Unlike Suffolk Constabulary, the force was rated inadequate for responding to the public. As with "
         "Essex Police, it was rated good for preventing crime.\n",
         {("Norfolk Constabulary", "Responding to the public", "inadequate", "PEEL 2021/22"),
          ("Norfolk Constabulary", "Preventing crime", "good", "PEEL 2021/22")}),
    # Another force, unnamed, as the subject ("Its neighbour was rated inadequate for A", "The neighbouring force …")
    # gives no grade, least of all to the article's force; as an object or compared with, it leaves the subject alone.
    Case("an-unnamed-other-force-is-not-the-article-force", "Published 12 May 2022.\n\nNorfolk Constabulary was "
         "inspected by HMICFRS. Its neighbour was rated inadequate for responding to the public. The neighbouring "
         "force was rated good for investigating crime. Unlike its neighbour, the force was rated good for protecting "
         "vulnerable people. The force works closely with its neighbours and was rated adequate for preventing "
         "crime.\n",
         {("Norfolk Constabulary", "Protecting vulnerable people", "good", "PEEL 2021/22"),
          ("Norfolk Constabulary", "Preventing crime", "adequate", "PEEL 2021/22")}),
    # ... but targets missed, an aim that is not a grade, and working towards something else leave the grade after them.
    Case("targets-missed-and-other-aims-leave-the-grade", "PEEL 2023–25: Kent Police\n\nIts call answering targets "
         "were missed and it was rated inadequate for responding to the public. The force has been working towards "
         "improvement and was rated good for investigating crime. Its aim is clear: the force was rated adequate for "
         "preventing crime.\n",
         {(K, "Responding to the public", "inadequate", "PEEL 2023–25"),
          (K, "Investigating crime", "good", "PEEL 2023–25"), (K, "Preventing crime", "adequate", "PEEL 2023–25")}),
    # A hedge after the area, of parts of the force ("good at A in some divisions but not others", "in parts of the
    # county"), gives no grade; "good in some areas, including A" and a clause of its own after a comma still do.
    Case("a-hedge-of-parts-of-the-force-after-the-area", "PEEL 2023–25: Kent Police\n\nOfficers were found to be "
         "good at investigating crime in some divisions but not others. The force was good at protecting vulnerable "
         "people in parts of the county. It was rated good in some areas, including preventing crime. It was rated "
         "adequate for managing offenders, and officers in some teams were praised.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), (K, "Managing offenders", "adequate", "PEEL 2023–25")}),
    # A grade as the end of a range ("'adequate' or better", "better than adequate", "at least adequate") counts no
    # areas; "no better than adequate" is the grade itself, as trade press writes it. The areas' total after "of its"
    # counts none either ("two of its nine graded areas").
    Case("a-grade-as-a-range-end-counts-nothing", "PEEL 2023–25: Kent Police was rated good in three areas. Seven of its "
         "nine areas were graded 'adequate' or better, and two of its nine graded areas were found to be inadequate. It "
         "was rated better than adequate in four areas, at least adequate in the rest, and no better than adequate in "
         "two.\n",
         set(), {(K, "good", 3, "PEEL 2023–25"), (K, "inadequate", 2, "PEEL 2023–25"), (K, "adequate", 2, "PEEL 2023–25")}),
    # Another force with the same grade: "and so was X", "so too was X", "the same grade as X"; and "in that area" after
    # a sentence naming one area is that area ("when we last inspected this area" grades nothing).
    Case("same-grade-as-another-force-and-that-area-before", "PEEL 2023–25: Dorset Police was good at protecting "
         "vulnerable people, and so was Devon and Cornwall Police. Avon and Somerset Police was judged outstanding for "
         "managing offenders, the same grade as Gloucestershire Constabulary. Wiltshire Police was rated good for "
         "preventing crime; so too was Kent Police. Essex Police was rated good for investigating crime. Bedfordshire "
         "Police requires improvement in that area.\n",
         {("Dorset Police", "Protecting vulnerable people", "good", "PEEL 2023–25"),
          ("Devon & Cornwall Police", "Protecting vulnerable people", "good", "PEEL 2023–25"),
          ("Avon and Somerset Constabulary", "Managing offenders", "outstanding", "PEEL 2023–25"),
          ("Gloucestershire Constabulary", "Managing offenders", "outstanding", "PEEL 2023–25"),
          ("Wiltshire Police", "Preventing crime", "good", "PEEL 2023–25"), (K, "Preventing crime", "good", "PEEL 2023–25"),
          ("Essex Police", "Investigating crime", "good", "PEEL 2023–25"),
          ("Bedfordshire Police", "Investigating crime", "requires improvement", "PEEL 2023–25")}),
    # A preposed area, then the force by its area's name alone as what received a grade, the grade named first by its
    # place on the scale ("received the second-lowest grade, requires improvement").
    Case("preposed-area-force-by-area-name-received-the-grade-by-its-place", "PEEL 2023–25: Cumbria Constabulary was "
         "inspected. For preventing crime, Cumbria received the second-lowest grade, requires improvement. For responding "
         "to the public, the force was given the highest rating: outstanding.\n",
         {("Cumbria Constabulary", "Preventing crime", "requires improvement", "PEEL 2023–25"),
          ("Cumbria Constabulary", "Responding to the public", "outstanding", "PEEL 2023–25")}),
    # A round-up's line, a grade and area, then the forces that have it; and "the forces rated G for A were …" with an
    # area that is no pillar (the grade of that area in the article's cycle, not of a pillar's report).
    Case("round-up-line-grade-area-then-forces", "HMICFRS published PEEL 2023–25 reports on Friday.\n\nOutstanding for "
         "preventing crime: Durham Constabulary, Kent Police, West Midlands Police.\n\nThe forces rated inadequate for "
         "investigating crime were Essex Police and Surrey Police.\n",
         {("Durham Constabulary", "Preventing crime", "outstanding", "PEEL 2023–25"),
          (K, "Preventing crime", "outstanding", "PEEL 2023–25"),
          ("West Midlands Police", "Preventing crime", "outstanding", "PEEL 2023–25"),
          ("Essex Police", "Investigating crime", "inadequate", "PEEL 2023–25"),
          ("Surrey Police", "Investigating crime", "inadequate", "PEEL 2023–25")}),
    # A force by its area's name alone, a relative clause before its grading verb; then "But it …" in a paragraph of its
    # own goes on with that force, as news sites set one sentence to a paragraph (not the article's first force).
    Case("area-name-with-relative-clause-then-but-it-in-its-own-paragraph", "PEEL 2023–25 reports\n\nCleveland Police "
         "was rated inadequate for investigating crime.\n\nDurham, which was once the only force rated outstanding in "
         "every category, was judged requires improvement at investigating crime.\n\nBut it remained outstanding for "
         "managing offenders.\n",
         {("Cleveland Police", "Investigating crime", "inadequate", "PEEL 2023–25"),
          ("Durham Constabulary", "Investigating crime", "requires improvement", "PEEL 2023–25"),
          ("Durham Constabulary", "Managing offenders", "outstanding", "PEEL 2023–25")}),
    # An earlier grade of an area, then the grade it has now in a clause of its own after a semicolon.
    Case("earlier-grade-then-now-after-a-semicolon", "PEEL 2023–25: In its previous inspection, Kent Police was graded "
         "requires improvement for investigating crime; it is now adequate.\n",
         {(K, "Investigating crime", "adequate", "PEEL 2023–25"),
          (K, "Investigating crime", "requires improvement", "PEEL 2021/22")}),
    # A grade changed by some steps on the scale: "fell two notches to", "went up one level to".
    Case("changed-by-notches-or-levels", "PEEL 2023–25: Kent Police's grade for protecting vulnerable people fell two "
         "notches to requires improvement. Its rating for investigating crime went up one level to good.\n",
         {(K, "Protecting vulnerable people", "requires improvement", "PEEL 2023–25"),
          (K, "Investigating crime", "good", "PEEL 2023–25")}),
    # "This time it is good" after a sentence giving one area an earlier inspection's grade: the area's grade now (not
    # after a grade of now: "rated good for B. This time it is good" says nothing new).
    Case("this-time-it-is-after-an-earlier-grade", "PEEL 2023–25: Two years ago, Kent Police was rated inadequate for "
         "protecting vulnerable people. This time it is good. It was rated adequate for managing offenders. Now it is "
         "outstanding.\n",
         {(K, "Protecting vulnerable people", "inadequate", "PEEL 2021/22"),
          (K, "Protecting vulnerable people", "good", "PEEL 2023–25"),
          (K, "Managing offenders", "adequate", "PEEL 2023–25")}),
    # A news correction: what an earlier version of the article said is no grade, up to the grade it gives instead.
    Case("a-correction-retracts-what-the-article-said", "PEEL 2023–25: Kent Police was rated good for preventing crime.\n\n"
         "Correction: An earlier version of this article said Kent Police was rated inadequate for investigating crime. "
         "A previous headline said the force had been rated inadequate. This story wrongly stated that the force had "
         "been graded inadequate in three areas; in fact it was rated inadequate for managing offenders only.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), (K, "Managing offenders", "inadequate", "PEEL 2023–25")}),
    # An area opening the sentence, then a contrast set off or the inspectors' word before the grade, or 'when it came
    # to' as 'when it comes to'.
    Case("preposed-area-then-however-or-inspectors-said", "PEEL 2023–25: Kent Police was good at preventing crime. On "
         "responding to the public, however, inspectors said it was inadequate. When it came to managing offenders, it "
         "required improvement. For investigating crime, the report found that it was adequate.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), (K, "Responding to the public", "inadequate", "PEEL 2023–25"),
          (K, "Managing offenders", "requires improvement", "PEEL 2023–25"),
          (K, "Investigating crime", "adequate", "PEEL 2023–25")}),
    # A page converted to Markdown: emphasis marks around an area or a grade (not a bullet's asterisk, nor a word's own).
    Case("markdown-emphasis-around-areas-and-grades", "# Kent Police PEEL inspection\n\nPEEL 2023–25: the grades "
         "were:\n\n- **Preventing crime:** Good\n- **Responding to the public:** *Requires improvement*\n"
         "* Investigating crime – __Adequate__\n\nOne resident called the old station a s***hole.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), (K, "Responding to the public", "requires improvement", "PEEL 2023–25"),
          (K, "Investigating crime", "adequate", "PEEL 2023–25")}),
    # A pillar's report opening the sentence, then a grade with a question of its own after it: that question's grade,
    # not the pillar's.
    Case("pillar-report-opening-then-a-question-graded", "PEEL 2016: In the legitimacy report, Kent Police was found to "
         "be good at treating people fairly and with respect. In its efficiency report, Kent Police was judged good.\n",
         {(K, "Treating the public fairly", "good", "PEEL 2016"),
          (K, "Efficiency", "good", "PEEL 2016")}),
    # ... and with 'by' before the steps: "improved by one level to good".
    Case("changed-by-levels-with-by", "PEEL 2023–25: Kent Police's grade for preventing crime improved by one level to "
         "good, while its grade for investigating crime slipped by two notches to inadequate.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), (K, "Investigating crime", "inadequate", "PEEL 2023–25")}),
    # Another force compared: "like Essex Police" has the same grade for the area (not one with a grade of its own
    # after it), "unlike Surrey Police, which was rated adequate" the grade it names.
    Case("like-and-unlike-another-force", "PEEL 2023–25: Kent Police was rated good for preventing crime, like Essex "
         "Police. It was rated adequate for investigating crime, unlike Surrey Police, which was rated inadequate. It "
         "was good for managing offenders, like Sussex Police, which was rated outstanding.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), ("Essex Police", "Preventing crime", "good", "PEEL 2023–25"),
          (K, "Investigating crime", "adequate", "PEEL 2023–25"), (S, "Investigating crime", "inadequate", "PEEL 2023–25"),
          (K, "Managing offenders", "good", "PEEL 2023–25")}),
    # A round-up's forces after semicolons, each with its grade for the area before, the verb left out.
    Case("forces-gapped-after-semicolons", "PEEL 2023–25: Kent Police was rated good for preventing crime; Essex Police, "
         "adequate; and Surrey Police, 'inadequate'.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), ("Essex Police", "Preventing crime", "adequate", "PEEL 2023–25"),
          (S, "Preventing crime", "inadequate", "PEEL 2023–25")}),
    # "So too was X." as a sentence of its own: the one grade now the sentence before gives, for its areas (not after two
    # grades, nor after a paragraph's end).
    Case("so-too-was-a-sentence-of-its-own", "PEEL 2023–25: Kent Police was rated good for preventing crime. So too was "
         "Essex Police. It was rated adequate for investigating crime but inadequate for managing offenders. So was Surrey "
         "Police.\n\nSo too was Sussex Police.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), ("Essex Police", "Preventing crime", "good", "PEEL 2023–25"),
          (K, "Investigating crime", "adequate", "PEEL 2023–25"), (K, "Managing offenders", "inadequate", "PEEL 2023–25")}),
    # A clause of another verb with an area in it, then 'and' and the grade's own verb: the grade is the force's, for the
    # area after it (not a thing's grade, as "training was inadequate at …" is).
    Case("grade-after-a-clause-naming-an-area", "PEEL 2023–25: Kent Police needs to improve in investigating crime and "
         "was inadequate at responding to the public. Inspectors said Essex Police is weak in managing offenders but was "
         "good at preventing crime.\n",
         {(K, "Responding to the public", "inadequate", "PEEL 2023–25"),
          ("Essex Police", "Preventing crime", "good", "PEEL 2023–25")}),
    # The force's performance in an area, the object of the grading verb.
    Case("rated-its-performance-in-an-area", "PEEL 2023–25: The inspection rated Kent Police's performance in preventing "
         "crime as good.\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25")}),
    # A table of grades then and now, its cells apart by tabs or runs of spaces: the row's first grade is the earlier
    # inspection's, never read as a sentence ("Investigating crime requires improvement") giving the current one.
    Case("then-and-now-table-apart-by-tabs", "Published 12 March 2025\n\nHMICFRS has published its PEEL inspection of "
         "Kent Police.\n\nArea\tPrevious\tCurrent\nInvestigating crime\tRequires improvement\tAdequate\n"
         "Responding to the public    Adequate    Inadequate\n",
         {(K, "Investigating crime", "requires improvement", "PEEL 2021/22"), (K, "Investigating crime", "adequate", "PEEL 2023–25"),
          (K, "Responding to the public", "adequate", "PEEL 2021/22"),
          (K, "Responding to the public", "inadequate", "PEEL 2023–25")}),
    # Forces side by side in a table: a column per force (by its area name alone, too) over a row per area, or a column per
    # area over a row per force; a header cell that is not one force's or one area's name gives nothing, nor does a row
    # with a cell lost between tabs.
    Case("forces-side-by-side-in-a-table", "Published 12 March 2025\n\nHMICFRS has published PEEL inspections of the "
         "region's forces.\n\nArea | Kent | Essex Police\nPreventing crime | Good | Adequate\n\n"
         "Force\tInvestigating crime\tResponding to the public\nKent Police\tRequires improvement\tAdequate\n"
         "Surrey\t\tGood\nSurrey\tGood\tAdequate\n\nArea | Kent | Essex and Surrey\nManaging offenders | Good | "
         "Inadequate\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), ("Essex Police", "Preventing crime", "adequate", "PEEL 2023–25"),
          (K, "Investigating crime", "requires improvement", "PEEL 2023–25"),
          (K, "Responding to the public", "adequate", "PEEL 2023–25"),
          (S, "Investigating crime", "good", "PEEL 2023–25"), (S, "Responding to the public", "adequate", "PEEL 2023–25")}),
    # The scale each area is graded on, after "each one": no count of one outstanding grade.
    Case("each-one-graded-on-the-scale", "PEEL 2021/22: Nine areas of Kent Police's work were graded, each one ranked as "
         "outstanding, good, adequate, requires improvement or inadequate. Kent Police was rated good in two areas.\n",
         counts={(K, "good", 2, "PEEL 2021/22")}),
    # A table converted from PDF, dotted leaders between an area and its grade (dotted or spaced dots); not a contents
    # page's leaders to a page number.
    Case("dotted-leaders-between-area-and-grade", "PEEL 2023–25: Kent Police\n\nContents\nInvestigating crime "
         "........ 12\n\nThe grades were:\n\nPreventing crime .................... Good\nResponding to the public . . . . . "
         ". . Requires improvement\n",
         {(K, "Preventing crime", "good", "PEEL 2023–25"), (K, "Responding to the public", "requires improvement", "PEEL 2023–25")}),
    # A list of "in how it …" items whose first names no area: the grade is the named items' ("promotes" ethical and
    # lawful behaviour, a verb whose object is the area).
    Case("in-how-it-list-whose-first-item-names-no-area", "PEEL 2016: Kent Police is good in how it deals with the "
         "public, in how it treats its workforce and in how it promotes ethical and lawful behaviour among its staff.\n",
         {(K, "Treating the workforce fairly", "good", "PEEL 2016"),
          (K, "Ethical and lawful workforce behaviour", "good", "PEEL 2016")}),
    # "A is where the force is G", the force by name too: its grade for the area.
    Case("area-is-where-the-force-is-graded", "PEEL 2023–25: Kent Police published its plan. Preventing crime is where "
         "the force is outstanding. Investigating crime was where Surrey Police was rated inadequate.\n",
         {(K, "Preventing crime", "outstanding", "PEEL 2023–25"), (S, "Investigating crime", "inadequate", "PEEL 2023–25")}),
    # Undated, a grade a year dates that an undated grade contradicts for the same area: the year names another inspection
    # than the undated grades' (whose cycle the text does not tell), not the cycle of all of them. A year that dates a
    # grade nothing contradicts still settles the cycle.
    Case("a-year-that-dates-a-contradicted-grade-settles-no-cycle", "Kent Police report\n\nKent Police was rated good "
         "at preventing crime and requires improvement in responding to the public. In 2022 the force was judged "
         "inadequate for responding to the public.\n",
         {(K, "Preventing crime", "good", "PEEL"), (K, "Responding to the public", "requires improvement", "PEEL"),
          (K, "Responding to the public", "inadequate", "PEEL 2021/22")}),
    Case("a-year-that-dates-an-uncontradicted-grade-settles-the-cycle", "Kent Police report\n\nKent Police was rated "
         "good at preventing crime. In 2022 the force was judged inadequate for responding to the public.\n",
         {(K, "Preventing crime", "good", "PEEL 2021/22"), (K, "Responding to the public", "inadequate", "PEEL 2021/22")}),
    # No force named in full, its police area once, as the police and crime panel's: that area's force.
    Case("force-by-its-panels-area", "PEEL 2021/22: Gloucestershire's police and crime panel was told that the HMI PEEL "
         "assessment judged the force inadequate in two areas: investigating crime and protecting vulnerable people.\n",
         {("Gloucestershire Constabulary", "Investigating crime", "inadequate", "PEEL 2021/22"),
          ("Gloucestershire Constabulary", "Protecting vulnerable people", "inadequate", "PEEL 2021/22")},
         {("Gloucestershire Constabulary", "inadequate", 2, "PEEL 2021/22")}),
    # An inspectorate page's pillar questions heading its sections: a grade there that names no area is that section's
    # pillar's (here last year's, an earlier inspection's); not under another heading.
    Case("pillar-question-heads-its-section", "Kent PEEL 2017\n\nHow effective is the force at keeping people safe and "
         "reducing crime?\n\nTo be graded\n\nHow efficient is the force at keeping people safe and "
         "reducing crime?\n\nLast updated 09/11/2017\n\nThe efficiency with which Kent Police keeps people safe and "
         "reduces crime is judged to be good. This year's overall judgment differs from last year's, when the force was "
         "judged as outstanding.\n\nOther inspections\n\nHere the force was judged as requiring improvement.\n",
         {(K, "Efficiency", "good", "PEEL 2017"), (K, "Efficiency", "outstanding", "PEEL 2016")}),
    # A report's text copied from PDF, a footnote's mark after "Overall judgment": no count of one good grade.
    Case("footnote-mark-after-overall-judgment", "PEEL: Police effectiveness 2015 An inspection of Kent Police\n\n"
         "Overview How effective is the force at keeping people safe and reducing crime? Overall judgment 1 Good "
         "Weighing everything up, HMIC judges Kent Police to be good at keeping people safe and reducing crime.\n",
         {(K, "Effectiveness", "good", "PEEL 2015")}),
    # Panel minutes with no date of their own: the date their report says the inspection's report was published on
    # dates the cycle.
    Case("undated-minutes-dated-by-the-reports-publication", "Police and Crime Panel\n\n106. The Panel received the "
         "Commissioner's report on the outcome of the annual inspection published on 2 March 2017. Kent Police was judged "
         "to require improvement for effectiveness.\n",
         {(K, "Effectiveness", "requires improvement", "PEEL 2016")}),
    # An article in Welsh: the grades and areas by their Welsh names, in a table's rows, under a heading that grades the
    # bullets after it, and after an area in a relative clause ('a gafodd radd …': which was graded …).
    Case("welsh-grade-rows", "Crynodeb o asesiad PEEL 2021/22 Heddlu Gwent\n\nMae'r Comisiynydd yn cyhoeddi'r wybodaeth "
         "hon bob blwyddyn, ac mae'n nodi sut y mae'r heddlu wedi perfformio yn yr arolwg diweddaraf gan yr "
         "Arolygiaeth:\n\nEithriadol: n/a\nDa: Atal trosedd. Rheoli troseddwyr.\nDigonol: Trin y cyhoedd.\n"
         "Angen gwella: Ymchwilio i drosedd. Diogelu pobl agored i niwed.\nAnnigonol: Ymateb i'r cyhoedd.\n",
         {("Gwent Police", "Preventing crime", "good", "PEEL 2021/22"),
          ("Gwent Police", "Managing offenders", "good", "PEEL 2021/22"),
          ("Gwent Police", "Treatment of the public", "adequate", "PEEL 2021/22"),
          ("Gwent Police", "Investigating crime", "requires improvement", "PEEL 2021/22"),
          ("Gwent Police", "Protecting vulnerable people", "requires improvement", "PEEL 2021/22"),
          ("Gwent Police", "Responding to the public", "inadequate", "PEEL 2021/22")}),
    Case("welsh-graded-heading-and-relative-clause", "Heddlu Gogledd Cymru: adroddiad PEEL 2023–2025\n\nBu'r Comisiynydd yn "
         "holi'r Prif Gwnstabl am yr adroddiad, ac yn enwedig am y ddau faes a gafodd radd \"angen gwella\":\n\n"
         "  • Ymateb i'r cyhoedd\n  • Amddiffyn Pobl Fregus\n\nMae meysydd eraill, gan gynnwys Uniondeb Data Trosedd, "
         "a gafodd radd rhagorol, hefyd yn cael eu hadolygu.\n",
         {("North Wales Police", "Responding to the public", "requires improvement", "PEEL 2023–25"),
          ("North Wales Police", "Protecting vulnerable people", "requires improvement", "PEEL 2023–25"),
          ("North Wales Police", "Recording data about crime", "outstanding", "PEEL 2023–25")}),
    Case("welsh-pillar-rows", "Heddlu Dyfed-Powys: PEEL 2016\n\nMae'r Arolygiaeth wedi cyhoeddi ei hasesiad blynyddol o'r "
         "llu, ac mae'n nodi bod y llu wedi gwneud cynnydd yn ystod y flwyddyn:\n\nEffeithiolrwydd: Angen gwella\n"
         "Effeithlonrwydd: Da\nCyfreithlondeb: Angen gwella\n",
         {("Dyfed-Powys Police", "Effectiveness", "requires improvement", "PEEL 2016"),
          ("Dyfed-Powys Police", "Efficiency", "good", "PEEL 2016"),
          ("Dyfed-Powys Police", "Legitimacy", "requires improvement", "PEEL 2016")}),
    # ... but in English the Welsh names are no grades: 'DA' is domestic abuse, not 'da' (good).
    Case("welsh-grade-names-in-english-text", "PEEL 2023–25: Kent Police\n\nThe report looks closely at two kinds of "
         "crime:\n\nProtecting vulnerable people – DA\nInvestigating crime – burglary\n\nThe force is working on both.\n"),
]


def _facts(case: Case):
    facts = extract(Source(id="9" * 16, name=f"{case.id}.txt", text=case.text, sha256="9" * 64))
    label = lexicon().label
    programme = {(i.force.iri, i.programme, i.earlier) for i in facts.inspections}
    earlier = {False: "", True: " earlier"}
    grades = {(j.force.name, label[j.area], label[j.grade], label[j.programme] + earlier[j.earlier]) for j in facts.judgements}
    counts = {(c.force.name, label[c.grade], c.count, label[c.programme] + earlier[c.earlier]) for c in facts.grade_counts}
    assert all((j.force.iri, j.programme, j.earlier) in programme for j in facts.judgements + facts.grade_counts)
    # One area for each area name of an inspection: two would be one judgement with two areas (a SHACL violation).
    areas = {(j.force.iri, j.programme, j.earlier, label[j.area], j.area) for j in facts.judgements}
    assert len(areas) == len({a[:4] for a in areas})
    return grades, counts


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_grades_as_stated(case: Case):
    grades, counts = _facts(case)
    assert (grades, counts) == (case.grades, case.counts)


# The number of areas an inspection graded, as the text states it.
TOTALS = [
    ("PEEL 2023–25: HMICFRS graded Kent Police across nine areas of policing.", 9),
    ("PEEL 2023–25: Kent Police was adequate in 4 of the 9 areas.", 9),
    ("PEEL 2023–25: The inspection of Kent Police covered nine specific policing areas, eight of which were graded.", 8),
    ("PEEL 2023–25: That is four areas out of the nine that HMICFRS grades in Kent Police's inspection.", 9),
    ("PEEL 2016: HMIC's report on Kent Police is split into four sections, each graded separately.", 4),
    ("PEEL 2023–25: Kent Police is one of six forces nationally.", None),
]


@pytest.mark.parametrize("text, expected", TOTALS)
def test_graded_area_count(text, expected):
    facts = extract(Source(id="8" * 16, name="total.txt", text=text + "\n", sha256="8" * 64))
    assert facts.inspections[0].graded_area_count == expected


# The cycle an article reports on: named, by its years, by a page heading, by dates, by its areas.
PROGRAMMES = [
    ("PEEL 2021/22 – An inspection of Kent Police\n\nKent Police was rated good at preventing crime.", "PEEL 2021/22", None),
    ("Kent 2018/19\n\nKent Police was inspected in tranche one.", "PEEL 2018/19", "programme-from-dates"),
    ("HMIC published its 2016 legitimacy inspection of Kent Police today.", "PEEL 2016", "programme-from-dates"),
    ("HMIC's assessment of Kent Police will appear in spring 2017.", "PEEL", None),
    ("Published: 10 November 2017\n\nHMICFRS inspected Kent Police.", "PEEL 2017", "programme-from-dates"),
    ("HMICFRS published its report on Kent Police after inspecting the force in 2024.", "PEEL 2023–25", "programme-from-dates"),
    ("Kent Police was rated good for leadership and force management.", "PEEL 2023–25", "programme-from-areas"),
    ("Kent Police was rated good at preventing crime.", "PEEL", None),
    # A round the vocabulary does not hold, named by its years ("PEEL 2025–27"), is no older cycle its areas or dates
    # fit; nor is the cycle it names as an earlier inspection's ("up from adequate in PEEL 2023–25").
    ("Published 12 March 2026\n\nKent Police's PEEL 2025–27 report is out. The force was rated good for leadership and "
     "force management.", "PEEL", None),
    ("Kent Police was the first force inspected under the new 2025-2027 framework. It was rated good for leadership and "
     "force management.", "PEEL", None),
    ("Kent Police was rated good for investigating crime in the PEEL 2025–27 round, up from adequate in PEEL 2023–25.",
     "PEEL", None),
    # So is one dated after the last report of every cycle its areas fit, unless it names the cycle's years.
    ("Published 12 October 2026\n\nKent Police was rated good for leadership and force management.", "PEEL", None),
    ("Published 12 October 2026\n\nKent Police was rated good for leadership and force management in its 2024 "
     "inspection.", "PEEL 2023–25", "programme-from-dates"),
    # ... but a known cycle named beside it is the one reported on, and a plan's years, a proposed round (the
    # inspectorate's page banner) or a fire and rescue round name no round.
    ("Proposed policing inspection programme and framework 2025–29: For consultation\n\nKent Police was rated good for "
     "leadership and force management.", "PEEL 2023–25", "programme-from-areas"),
    ("Kent Police's PEEL 2023–25 report rates it good for leadership and force management. HMICFRS has since "
     "published its PEEL 2025–27 framework.", "PEEL 2023–25", None),
    ("Kent Police was rated good for leadership and force management. Its police and crime plan 2025-2029 was "
     "published in May.", "PEEL 2023–25", "programme-from-areas"),
    # 2018/19's integrated PEEL, named with a footnote mark.
    ("Kent Police's report is among the first tranche of the new integrated PEEL* inspections.", "PEEL 2018/19", None),
    # The annual cycles by their number ("the fifth PEEL assessment" is 2018/19), unless an earlier one's.
    ("HMICFRS's fifth PEEL (police effectiveness, efficiency and legitimacy) assessment of Kent Police picks out several "
     "concerns. The force is good at preventing crime and tackling anti-social behaviour.", "PEEL 2018/19", "programme-from-dates"),
    ("This is HMIC's third PEEL (police effectiveness, efficiency and legitimacy) assessment of Kent Police.", "PEEL 2016",
     "programme-from-dates"),
    ("Kent Police was rated good last year, when HMIC carried out its first PEEL assessment.", "PEEL", None),
    # A year after 'the same as' is an earlier inspection's, not the cycle reported on.
    ("For the areas of legitimacy the inspectors looked at this year, their judgement on Kent Police is the same as in "
     "2016.", "PEEL", None),
    # A year the force looks ahead to ("not be viable beyond 2020") is no inspection's.
    ("Days after its chief constable said Kent Police would not be viable beyond 2020, HMIC rated it outstanding in a "
     "review of police efficiency.", "PEEL", None),
]


@pytest.mark.parametrize("text, programme, rule", PROGRAMMES)
def test_programme_of_the_inspection(text, programme, rule):
    facts = extract(Source(id="7" * 16, name="programme.txt", text=text + "\n", sha256="7" * 64))
    inspection = facts.inspections[0]
    assert lexicon().label[inspection.programme] == programme
    assert (inspection.programme_inferred.rule if inspection.programme_inferred else None) == rule


@pytest.mark.parametrize("line, runs_on", [
    ("Kent Police was rated good at preventing crime but", True),
    ("It was judged better than", True),
    ("The inspectors graded the", True),
    ("published by the inspectorate on", True),
    ("Kent Police was rated good", False),
    ("Preventing crime", False),
    ("By Ann Webb", False),
])
def test_grades_and_quotes_tell_a_hard_wrap_by_one_word_list(line, runs_on):
    """A line ending in a word no sentence ends with runs on into the next, for the pieces grading reads
    (extract/regions.py) as for the text quotes are read in (text.unwrap)."""
    from peelkg.extract.doc import Doc
    from peelkg.extract.regions import regions
    from peelkg.text import unwrap
    text = f"{line}\nInadequate at managing offenders, the inspectors found.\n"
    doc = Doc(Source(id="9" * 16, name="wrap.txt", text=text, sha256="9" * 64))
    joined = text.replace("\n", " ", 1)
    assert (unwrap(text) == joined) is runs_on
    assert any(piece.end - piece.start == len(text) - 1 for piece in regions(doc)) is runs_on


def test_all_three_areas_needs_a_whole_word_before_the_grade():
    """'audit requires improvement in all three areas' holds 'it requires …' inside a word: no force's pillars."""
    facts = extract(Source(id="8" * 16, name="audit.txt", sha256="8" * 64,
                           text="PEEL 2016: The Kent Police audit requires improvement in all three areas.\n"))
    assert facts.judgements == ()


def test_an_earlier_inspection_of_an_untold_cycle_precedes_the_one_reported_on(tmp_path):
    """Its own IRI, linked by peel:precedes to the inspection the article reports on, and a valid graph: two grades
    for one area, then and now, are no conflict of the source."""
    from peelkg.rdf import article_quads
    from peelkg.text import read_source
    from peelkg.validate import validate_triples
    text = ("Kent Police has been rated 'requires improvement' for its efficiency by the inspectorate.\n\n"
            "A year ago the force had been rated as 'good' for efficiency.\n")
    article = tmp_path / "untold.txt"
    article.write_text(text)
    facts = extract(read_source(article))
    assert not facts.flaws
    quads = article_quads(facts)
    base = "https://w3id.org/peelkg/id/inspection/kent/peel"
    precedes = {(q.subject.value, q.object.value) for q in quads if q.predicate.value.endswith("#precedes")}
    assert precedes == {(base + "/earlier", base)}
    graphs = {}
    for q in quads:
        graphs.setdefault(q.graph_name.value, []).append(q)
    assert validate_triples(graphs).conforms


def test_inspectors_terms_narrow_the_cycles_they_reported_on():
    from peelkg.extract.cycles import in_office
    lex = lexicon()
    short = {c.rsplit("/", 1)[-1]: c for c in lex.programme_years}
    assert in_office(lex, ("Michelle Skeer",)) == {short["peel-2023-25"]}  # from August 2023
    assert short["peel-2023-25"] not in in_office(lex, ("Zoë Billingham",))  # until autumn 2021
    assert in_office(lex, ("Zoe Billingham",)) == in_office(lex, ("Zoë Billingham",))
    assert in_office(lex, ("Mike Cunningham",)) == in_office(lex, ("Michael Cunningham",)) \
        == {short[c] for c in ("peel-2014", "peel-2015", "peel-2016", "peel-2017", "peel-2018-19")}
    # (two inspectors: the cycles both could have reported on; an unknown name narrows nothing)
    assert in_office(lex, ("Roy Wilsher", "Zoë Billingham")) == {short["peel-2021-22"]}
    assert in_office(lex, ("Jane Roe",)) is None


def test_a_word_print_split_at_a_lines_end_is_read_whole_and_quoted_whole():
    text = ("KENT Police has been rated out- standing for how le- gitimate it is at keeping people safe and reducing crime.\n\n"
            "Zoe Billingham, Her Majesty's In-\nspector of Constabulary, said the force was actively en- couraged to do well.\n")
    facts = extract(Source(id="6" * 16, name="ocr.txt", text=text, sha256="6" * 64))
    lex = lexicon()
    assert {(j.force.name, lex.label[j.area], lex.label[j.grade]) for j in facts.judgements} == \
        {("Kent Police", "Legitimacy", "outstanding")}
    # The evidence quotes the article's own words, the split word whole.
    assert all("out- standing" in j.span.text for j in facts.judgements)
    assert {(m.person, lex.label[m.role]) for m in facts.memberships} >= {("Zoe Billingham", "HM Inspector of Constabulary")}
    # A split word the vocabulary does not know stays as printed.
    assert "en- couraged" in facts.source.text


def test_dotted_leaders_are_blanked_at_the_same_length_and_prose_dots_are_kept():
    from peelkg.text import blank_leaders
    leaders = "Preventing crime ........ Good\nResponding to the public . . . . . Adequate\n"
    blanked = blank_leaders(leaders)
    assert len(blanked) == len(leaders) and "." not in blanked
    assert blanked.split() == "Preventing crime Good Responding to the public Adequate".split()
    prose = "It was... well, adequate.... Then it rained......\nThe end . . . .\n"
    assert blank_leaders(prose) == prose


@pytest.mark.parametrize("sentence, expected", [
    ("The Panel noted the HMICFRS PEEL inspection of Kent Police, published on 12 March 2025.", "2025-03-12"),
    ("HMICFRS published its report on Kent Police on 12 March 2025.", "2025-03-12"),
    ("The last report, published on 12 March 2022, rated the force good.", None),
    ("The previous PEEL inspection report, published on 12 March 2022, rated the force good.", None),
    ("The fire inspection report, published on 12 March 2025, rated the service good.", None),
    ("The force's annual plan was published on 12 March 2025.", None),
])
def test_the_reports_publication_date_is_read_and_an_earlier_reports_is_not(sentence, expected):
    from peelkg.extract.dates import report_published
    from peelkg.extract.doc import Doc
    found = report_published(Doc(Source(id="7" * 16, name="r.txt", text=sentence + "\n", sha256="7" * 64)))
    assert (found.value if found else None) == expected
