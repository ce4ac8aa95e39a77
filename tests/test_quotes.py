"""Direct quotes and reported statements in the forms real coverage uses (issue 16): each case is
a passage of the kind found in tests/realworld, in an invented article about Kent Police, with
the claims the converter must state and whose they are. Every name and quote is invented.
"""
from __future__ import annotations

import hashlib

import pytest

from peelkg.extract import extract
from peelkg.facts import Organisation, Source

INTRO = ("Kent Police has been inspected by His Majesty's Inspectorate of Constabulary and Fire & Rescue Services.\n\n"
         "Chief Constable Jo Hall and Matthew Scott, Kent's police and crime commissioner, received the report.\n\n")
HMICFRS = "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services"


def claims(passage: str, direct: bool = True) -> set[tuple[str, str]]:
    text = INTRO + passage + "\n"
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    facts = extract(Source(id=digest[:16], name="kent.txt", text=text, sha256=digest))
    return {(c.speaker.name if isinstance(c.speaker, Organisation) else c.speaker, c.text)
            for c in facts.claims if c.direct == direct and c.span.start >= len(INTRO)}


# case id -> (passage, the direct quotes it states: (speaker, words as quoted, closing comma left out))
QUOTES = {
    "a closing mark lost before the attribution after a comma, then the next quote opens": (
        'Matthew Scott is the PCC. "I am proud of what the force has achieved, said Mr Scott. "Our communities are safer '
        'than they have been for years."',
        {("Matthew Scott", "I am proud of what the force has achieved"),
         ("Matthew Scott", "Our communities are safer than they have been for years.")}),
    "a worry voiced, 'that' and the words quoted whole": (
        'The force is good at spotting vulnerability, but inspectors were worried that "officers do not always complete '
        'a risk assessment when they attend domestic abuse calls."',
        {(HMICFRS, "officers do not always complete a risk assessment when they attend domestic abuse calls.")}),
    "speaker after the quote": (
        '"We will act on every one of the recommendations," said Chief Constable Jo Hall.',
        {("Jo Hall", "We will act on every one of the recommendations")}),
    "a participle after a verb of saying of its own: that verb's subject, not the sentence's": (
        'The report recognised that, Mr Scott said, adding: "In fairness it has acknowledged the good work our officers '
        'have done."',
        {("Matthew Scott", "In fairness it has acknowledged the good work our officers have done.")}),
    "speaker after the quote, with a verb of noting": (
        '"This is one area where the force has been commended by the inspectors," Mr Scott notes. "It has worked hard '
        'on how it records crime," Ms Hall observes.',
        {("Matthew Scott", "This is one area where the force has been commended by the inspectors"),
         ("Jo Hall", "It has worked hard on how it records crime")}),
    "across paragraphs": (
        'Ms Hall said: "We have made real progress this year.\n\n"But there is more to do for victims of crime."',
        {("Jo Hall", "We have made real progress this year."),
         ("Jo Hall", "But there is more to do for victims of crime.")}),
    "'Coun', a councillor's short title, is no part of the speaker's name": (
        'Coun Amy Hart, who leads the Green group on the council, said: “Residents deserve answers about response '
        'times.”',
        {("Amy Hart", "Residents deserve answers about response times.")}),
    "a caption glued to the name it repeats names nobody new: 'Mr Lowe' is the man named in full": (
        'Tom LoweTom Lowe\nTom Lowe\n\nTom Lowe chairs the county\'s police and crime panel.\n\n'
        'Mr Lowe said: “The panel will ask the commissioner to explain these findings.”',
        {("Tom Lowe", "The panel will ask the commissioner to explain these findings.")}),
    "verbs that frame words in the present, as features write: 'describes … as', 'urges', 'Inspectors describe'": (
        'Mr Scott describes the report as "a fair reflection of where the force is today".\n\n'
        'He urges residents to "keep reporting every crime, however small, to the police".\n\n'
        'Inspectors describe the force as "good at responding to crime and protecting people".',
        {("Matthew Scott", "a fair reflection of where the force is today"),
         ("Matthew Scott", "keep reporting every crime, however small, to the police"),
         (HMICFRS, "good at responding to crime and protecting people")}),
    "the inspectorate by its full name, subject of a first verb and of 'and says', not the force named between": (
        "His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) has reviewed Kent Police and "
        "says the force \u2018must improve how it answers calls from the public in every part of the county.\u2019",
        {(HMICFRS, "must improve how it answers calls from the public in every part of the county.")}),
    "'<someone unknown> says the force \"…\"': what the force must do, not the force's words (no colon or comma after it)": (
        'A resident says the force "must improve how it answers calls from the public".\n\n'
        'Mr Scott welcomed the report and said he "sincerely hopes the extra officers will make a difference".',
        {("Matthew Scott", "sincerely hopes the extra officers will make a difference")}),
    "praise in the active voice, the words praised for straight after 'for': the praiser's": (
        "By contrast, Mr Scott commends the force for 'building a real commitment to neighbourhood policing'.",
        {("Matthew Scott", "building a real commitment to neighbourhood policing")}),
    "... not in the passive ('praised by inspectors for'), nor the noun ('had praise for')": (
        'The force has been praised by inspectors for its "clear focus on the needs of victims of crime".\n\n'
        'Mr Scott was commended for "taking the hard decisions on the budget early".\n\n'
        'Mr Scott had praise for "the officers who answer every call from the public".',
        set()),
    "a quote paragraph as 'I' after narration whose subject follows a phrase of place naming someone else": (
        "At a performance meeting with Commissioner Matthew Scott, Chief Constable Jo Hall set out what was being done "
        "about the backlog.\n\n\u201cI have made the decision that we are going to look again at every one of these "
        "cases.\u201d",
        {("Jo Hall", "I have made the decision that we are going to look again at every one of these cases.")}),
    "... and the quote paragraph before it, left open, that runs on into it ('We …' / 'I …')": (
        "At a performance meeting with Commissioner Matthew Scott, Chief Constable Jo Hall set out what was being done "
        "about the backlog.\n\n\u201cWe have found a number of challenges as well as some very good work.\n\n"
        "\u201cI have made the decision that we are going to look again at every one of these cases.\u201d",
        {("Jo Hall", "We have found a number of challenges as well as some very good work."),
         ("Jo Hall", "I have made the decision that we are going to look again at every one of these cases.")}),
    "... not after narration with two people in its main clause": (
        "Chief Constable Jo Hall met Matthew Scott to set out what was being done about the backlog.\n\n"
        "\u201cI have made the decision that we are going to look again at every one of these cases.\u201d",
        set()),
    "a heading 'Statement from <name>, <post>:' over a quote paragraph": (
        "Statement from Dr Matthew Scott, Kent Police and Crime Commissioner:\n\n\u201cReports like this are useful "
        "to me when I hold the force to account.\n\nThe commissioner noted that the report looks at three areas.",
        {("Matthew Scott", "Reports like this are useful to me when I hold the force to account.")}),
    "words named as what the subject of a relative clause put: 'The question he put to them was: \"…\"'": (
        "Chief Constable Jo Hall gave her yearly lecture on policing in the county.\n\n"
        "The question she put to the audience this year was: \u201cCan a force stay independent when its budget is "
        "set by politicians?\u201d",
        {("Jo Hall", "Can a force stay independent when its budget is set by politicians?")}),
    "a post set off by commas before the name and after it, then any verb and a colon": (
        "Chief Constable, Jo Hall, put it simply: \u201cThis report is a fitting tribute to every one of our officers.\u201d",
        {("Jo Hall", "This report is a fitting tribute to every one of our officers.")}),
    "a teaser for another story ('Site: headline', no full stop) inside a quote left open is passed over": (
        'Mr Scott said: "Organised crime groups target the most vulnerable people in our county.\n\n'
        "Kent Herald: PC 2705 has been described as a 'dedicated officer' who stands up for people\n\n"
        '"The harm these groups do is felt by victims and by whole communities."',
        {("Matthew Scott", "Organised crime groups target the most vulnerable people in our county."),
         ("Matthew Scott", "The harm these groups do is felt by victims and by whole communities.")}),
    "words in a relative clause on an earlier report ('since a 2019 report that found some \"…\"') are the report's": (
        'Mr Scott said the force had come "a very long way indeed since then" after a 2019 report that found some '
        '"very serious gaps in how it answers calls".',
        {("Matthew Scott", "a very long way indeed since then")}),
    "partial quote inside a sentence": (
        'Mr Scott said the force was "making real progress on every front" and would keep going.',
        {("Matthew Scott", "making real progress on every front")}),
    "a closing curly mark typed for the opening one after the colon, a straight one closing": (
        'Mr Scott added: \u201dWe are moving in the right direction and that is encouraging." He said more was needed.',
        {("Matthew Scott", "We are moving in the right direction and that is encouraging.")}),
    "curly opening, straight closing mark": (
        '“We welcome the report and its findings," Mr Scott said.',
        {("Matthew Scott", "We welcome the report and its findings")}),
    "no closing mark at the paragraph's end": (
        'Mr Scott added: "I would like to thank all those in the force for their hard work.',
        {("Matthew Scott", "I would like to thank all those in the force for their hard work.")}),
    "'he' is the subject of the sentence before, not someone named after its verb": (
        'Since his election, Mr Scott has met Chief Constable Jo Hall every month.\n\n'
        'He said: "The force still has a long way to go on investigations."',
        {("Matthew Scott", "The force still has a long way to go on investigations.")}),
    "'he' goes on naming the subject 'he' of a sentence before, not the man it names as its object": (
        'Mr Scott wrote to the county\'s councillors this week.\n\nHe thanks Chief Constable Tom Reed and his team.\n\n'
        'He said: "Tom\'s leadership is why the force has turned a corner."',
        {("Matthew Scott", "Tom's leadership is why the force has turned a corner.")}),
    "'he' after a sentence whose subject is a post is the post's holder, not the person named last": (
        'Last year HM Inspector of Constabulary Tom Reed placed the force under enhanced monitoring.\n\n'
        'The Chief Constable puts the change down to hard work.\n\n'
        'She said: "It really reflects a load of hard work by the officers and the staff."',
        {("Jo Hall", "It really reflects a load of hard work by the officers and the staff.")}),
    "writing to someone 'saying' what: the writer's words, not those of whom it was written to": (
        'It emerged that Tom Reed, the boss at HM Inspectorate of Constabulary, had written to Chief Constable Jo Hall '
        'saying there were "serious gaps in how calls are answered".',
        {("Tom Reed", "serious gaps in how calls are answered")}),
    "'who said' after the one it stands for, named after 'according to'": (
        'Policing is \u2018under real stress\u2019, according to Mr Scott, who said: '
        '\u201cSome forces risk being unable to keep people safe in important areas.\u201d',
        {("Matthew Scott", "Some forces risk being unable to keep people safe in important areas.")}),
    "an acronym's possessive inside single marks closes nothing": (
        "Mr Scott went on:\n\n'The force is among the best in the land and HMICFRS' latest report adds weight to that.'",
        {("Matthew Scott", "The force is among the best in the land and HMICFRS' latest report adds weight to that.")}),
    "a long caption picturing one person with another makes neither its subject": (
        'Chief Constable Jo Hall said: "The report recognises our approach to stop and search and the use of force.\n\n'
        "Kent's Police and Crime Commissioner Matthew Scott with Kent Police Chief Constable Jo Hall outside the station\n\n"
        '"It also recognises the work we have done to recruit more officers," she said.',
        {("Jo Hall", "The report recognises our approach to stop and search and the use of force."),
         ("Jo Hall", "It also recognises the work we have done to recruit more officers")}),
    "a line announcing the response of someone titled before their name, the quote in the next paragraph": (
        "Below is the response from Panel Chair Ann Lowe:\n\n"
        "\u201cWe appreciate the time and effort spent inspecting the force this year.\u201d",
        {("Ann Lowe", "We appreciate the time and effort spent inspecting the force this year.")}),
    "a partial quote framed by 'restated'": (
        'Mr Scott has restated his determination that Kent Police should become \u201ca force residents can rely on '
        'and be proud of\u201d.',
        {("Matthew Scott", "a force residents can rely on and be proud of")}),
    "single-marked quote paragraphs left open until the last": (
        "‘We will act on every one of the findings,’ Mr Scott said.\n\n"
        "‘The force has been asked to produce an improvement plan.\n\n"
        "‘We will work closely with the inspectors on the plan.’",
        {("Matthew Scott", "We will act on every one of the findings"),
         ("Matthew Scott", "The force has been asked to produce an improvement plan."),
         ("Matthew Scott", "We will work closely with the inspectors on the plan.")}),
    "a speaker named with where they come from": (
        'Ann Webb, from the inspectorate, said forces were moved into Engage "when a force is not responding to our '
        'concerns".\n\n"We will work closely with the force to monitor its progress," she said.',
        {("Ann Webb", "when a force is not responding to our concerns"),
         ("Ann Webb", "We will work closely with the force to monitor its progress")}),
    "a speaker by first name alone, the one person of that name": (
        '"Our findings chime with those of the inspectors," said Matthew.',
        {("Matthew Scott", "Our findings chime with those of the inspectors")}),
    "words quoted inside a quote are part of it, not a quote of their own": (
        'Mr Scott said the report warned of "forces so stretched that they are at risk of ‘being unable to keep '
        'people safe’ in the months ahead."',
        {("Matthew Scott", "forces so stretched that they are at risk of 'being unable to keep people safe' in the "
                           "months ahead.")}),
    "a partial quote in single marks, the force's chief as speaker": (
        "Kent Police's chief says she is ‘proud of the positive changes’ picked out in the report.",
        {("Jo Hall", "proud of the positive changes")}),
    "the report's words are the inspectorate's": (
        '"Too many investigations lack effective supervision," says the hard hitting 55 page inspection report.',
        {(HMICFRS, "Too many investigations lack effective supervision")}),
    "a quote paragraph after a paragraph of reported speech": (
        "Ms Hall said the force had also failed to record when victims withdrew their support.\n\n"
        '"The force must improve in this area of its work."',
        {("Jo Hall", "The force must improve in this area of its work.")}),
    "a quote paragraph ending in a comma after a paragraph of reported speech": (
        "Ms Hall said the force ranked fourth in the country for community engagement.\n\n"
        '"We want to reduce reoffending and stop people becoming involved in crime,',
        {("Jo Hall", "We want to reduce reoffending and stop people becoming involved in crime")}),
    "an open quote goes on past a line that is no prose": (
        'Mr Scott said: "I am delighted with what the inspectors found.\n\nHide Ad\n\n'
        '"The people of Kent can be assured that their police are fair."',
        {("Matthew Scott", "I am delighted with what the inspectors found."),
         ("Matthew Scott", "The people of Kent can be assured that their police are fair.")}),
    "a statement announced without a verb": (
        'Statement from Police and Crime Commissioner Matthew Scott:\n\n"I welcome the latest report on the force."',
        {("Matthew Scott", "I welcome the latest report on the force.")}),
    "a statement announced without a verb, then what it is on": (
        'Statement from Police and Crime Commissioner Matthew Scott on the inspectorate\'s report into Kent Police:\n\n'
        '"I welcome the latest report on the force. It shows where we must do better.',
        {("Matthew Scott", "I welcome the latest report on the force. It shows where we must do better.")}),
    "a head line ending in a semicolon": (
        'On the push to innovate, Mr Scott added;\n\n"I wish to record my thanks to all the staff of the force.',
        {("Matthew Scott", "I wish to record my thanks to all the staff of the force.")}),
    "the speaker named in an editor's brackets": (
        'The report adds to our success: "The force has addressed many of those areas…I [Zoe Marsh] strongly commend it"',
        {("Zoe Marsh", "The force has addressed many of those areas…I [Zoe Marsh] strongly commend it")}),
    "the speaker named in the paragraph after": (
        '"We have listened carefully to the inspectors and we are acting on every recommendation."\n\n'
        "That was the response of Chief Constable Jo Hall, who took charge in the spring.",
        {("Jo Hall", "We have listened carefully to the inspectors and we are acting on every recommendation.")}),
    "a headline quote, then 'So says' and the speaker": (
        '“What you get for less is less, and the public can see it”\n\n'
        "So says Matthew Scott, after the latest report on the county's police.",
        {("Matthew Scott", "What you get for less is less, and the public can see it")}),
    "'he' is not a man named inside the quote before": (
        'Mr Scott said: "When I appointed the present Chief Constable, Tom Reed, the force was in a bad place."\n\n'
        'He added: "To go from requires improvement to good is an astonishing achievement."',
        {("Matthew Scott", "When I appointed the present Chief Constable, Tom Reed, the force was in a bad place."),
         ("Matthew Scott", "To go from requires improvement to good is an astonishing achievement.")}),
    "a knight by his first name": (
        'Police and Crime Commissioner Sir Graham Bell welcomed it.\n\nSir Graham added: "I thank all those who made '
        'the county a safer place."',
        {("Graham Bell", "I thank all those who made the county a safer place.")}),
    "'he' after a knight named by his first name, not the woman quoted before": (
        'Police and Crime Commissioner Sir Graham Bell welcomed it.\n\n'
        'HM Inspector Ruth Mayle said: "The force is good at keeping people safe."\n\n'
        'Sir Graham said he was delighted with the verdict.\n\n'
        'He said: "The grading should give every resident more confidence in the force."',
        {("Ruth Mayle", "The force is good at keeping people safe."),
         ("Graham Bell", "The grading should give every resident more confidence in the force.")}),
    "someone acting on behalf of an inspector, named by surname after": (
        "Retired judge Ruth Mayle, acting on behalf of Her Majesty's Inspector of Constabulary, presents the findings.\n\n"
        'Ms Mayle says the force is "not as quick as it should be at answering emergency calls".\n\n'
        'She adds: "Too many victims waited too long for an officer to arrive."',
        {("Ruth Mayle", "not as quick as it should be at answering emergency calls"),
         ("Ruth Mayle", "Too many victims waited too long for an officer to arrive.")}),
    "a quote of two sentences, the speaker after it": (
        '"The force has to do more for victims. I want to see that happen this year," said Mr Scott.',
        {("Matthew Scott", "The force has to do more for victims. I want to see that happen this year")}),
    "... not a sentence of its own after a quote's full stop": (
        'Jane Webb, the Unison branch secretary, said: "The commissioner has lost his way on this.\n\n'
        '"These findings come from a body that knows policing. They must be taken seriously. " Mr Scott had said '
        'yesterday that the report was out of date.',
        {("Jane Webb", "The commissioner has lost his way on this."),
         ("Jane Webb", "These findings come from a body that knows policing. They must be taken seriously.")}),
    "a verb of saying in the present tense after the quote": (
        '"We answer most emergency calls within ten seconds now," explains Ms Hall.',
        {("Jo Hall", "We answer most emergency calls within ten seconds now")}),
    "'notes' before a colon is a verb of saying (a noun elsewhere: 'the notes \"…\"')": (
        'Turning to funding, Mr Scott notes: "Kent receives the second lowest share of funding per head." The '
        'notes "were written in haste", the panel heard.',
        {("Matthew Scott", "Kent receives the second lowest share of funding per head.")}),
    "two subjects joined by 'and' before a colon: either's, nobody's": (
        'Mr Scott and Ms Hall welcomed the report: "We answer most emergency calls within ten seconds now."',
        set()),
    "an abbreviated rank": (
        'Acting Ch Con Hall added: "I acknowledge the concerns that have been raised about crime recording."',
        {("Jo Hall", "I acknowledge the concerns that have been raised about crime recording.")}),
    "a verb of writing": (
        '"I am satisfied with some aspects of the performance of Kent Police," Ms Hall writes in her introduction.',
        {("Jo Hall", "I am satisfied with some aspects of the performance of Kent Police")}),
    "a long subject with several commas": (
        "Labour's Mayor of Kent, Dan Fair, who took on the powers of the police, fire and crime commissioner last "
        'year, said:\n\n"I am proud of our officers and the grade they have earned."',
        {("Dan Fair", "I am proud of our officers and the grade they have earned.")}),
    "a subheading that quotes words said later is not the paragraph before's": (
        "Mr Scott said he was confident the force was already doing better.\n\n'I'm sure the force will improve soon'",
        set()),
    "the verb before its subject": (
        'Said Ms Hall: "We will act on every one of the recommendations."',
        {("Jo Hall", "We will act on every one of the recommendations.")}),
    "according to, before the quote": (
        'According to Ms Hall, "we will act on every one of the recommendations".',
        {("Jo Hall", "we will act on every one of the recommendations")}),
    "according to, after the quote": (
        '"We will act on every one of the recommendations," according to Ms Hall.',
        {("Jo Hall", "We will act on every one of the recommendations")}),
    "a press release's signature after the quote": (
        '"We will act on every one of the recommendations." - Jo Hall, Chief Constable',
        {("Jo Hall", "We will act on every one of the recommendations.")}),
    "went on, after a verb whose subject is the speaker": (
        'Ms Hall said she was "satisfied with some aspects of the work" but went on: "There are areas where the force '
        'needs to improve."',
        {("Jo Hall", "satisfied with some aspects of the work"),
         ("Jo Hall", "There are areas where the force needs to improve.")}),
    "'the commissioner' of a force without one is its PCC": (
        '"We will hold the force to account on every finding," the commissioner said.',
        {("Matthew Scott", "We will hold the force to account on every finding")}),
    "quoted as saying": (
        'Ms Hall was quoted as saying: "We will act on every one of the recommendations."',
        {("Jo Hall", "We will act on every one of the recommendations.")}),
    "'he' is the sentence's speaker, not a person named after him": (
        "Labour MP for Dover Tom Hart said it was for the force to defend itself, not for Mr Scott.\n\n"
        'He said: "It looks as though Scott has become a spin doctor for the police."',
        {("Tom Hart", "It looks as though Scott has become a spin doctor for the police.")}),
    "a quote announced by a colon after a verb that is not one of saying": (
        "Chief Constable Jo Hall accepted the findings and repeated the force's commitment: “We will keep working to "
        "improve the service we give to every victim.”",
        {("Jo Hall", "We will keep working to improve the service we give to every victim.")}),
    "a block quote after a colon that ends such a sentence": (
        "Ms Hall accepted the findings and repeated the force's commitment:\n\n“We will keep working to improve the "
        "service we give to every victim.”",
        {("Jo Hall", "We will keep working to improve the service we give to every victim.")}),
    "a quote paragraph after web clutter, after a paragraph ending in reported speech": (
        '“The force is doing positive work on complaints,” Ms Hall said, adding that people were kept up to date.\n\n'
        "Hide Ad\nHide Ad\n\n“The force recognises the importance of staff wellbeing and is acting on it.”",
        {("Jo Hall", "The force is doing positive work on complaints"),
         ("Jo Hall", "The force recognises the importance of staff wellbeing and is acting on it.")}),
    "a quote paragraph after a caption": (
        'Mr Scott said: “I am delighted with what the inspectors found.\n\n'
        "Matthew Scott, left, with officers in Maidstone (Image: Kent Police)\n\n"
        "“The people of Kent can be assured that their police are fair.”",
        {("Matthew Scott", "I am delighted with what the inspectors found."),
         ("Matthew Scott", "The people of Kent can be assured that their police are fair.")}),
    "a caption naming someone else between a speaker's quote and her 'she added' is no antecedent": (
        'Ms Hall said: "The force has turned a corner on how it answers calls."\n\n'
        "Deputy chief constable Ann Ball of Kent Police\n\n"
        'She added that she was proud of the officers: "Every one of them has worked hard for this."',
        {("Jo Hall", "The force has turned a corner on how it answers calls."),
         ("Jo Hall", "Every one of them has worked hard for this.")}),
    "a picture's line with its full stop, 'A (left) and B pictured at …', names no antecedent of 'he said'": (
        'Chief Constable Mark Webster said: "Since joining the force I have been committed to leaving special measures.\n\n'
        "Kent Police Chief Constable Mark Webster (left) and Police and Crime Commissioner Steve Turner pictured at force "
        "headquarters.Kent Police Chief Constable Mark Webster (left) and Police and Crime Commissioner Steve Turner "
        "pictured at force headquarters.\n\n"
        '"I would like to thank each and every officer," he said.',
        {("Mark Webster", "Since joining the force I have been committed to leaving special measures."),
         ("Mark Webster", "I would like to thank each and every officer")}),
    "... but a paragraph of narration with 'pictured' set off in it is one": (
        'Chief Constable Jo Hall said: "We are delighted with the report."\n\n'
        "Deputy Chief Constable Ann Bell, pictured, welcomed the report and thanked the officers of Kent Police for their "
        "work.\n\n"
        'She added: "Every officer has worked hard for this."',
        {("Jo Hall", "We are delighted with the report."), ("Ann Bell", "Every officer has worked hard for this.")}),
    "a pronoun the passive subject of a clause whose agent is named is someone else: 'where she is grilled by Y'": (
        "Chief Constable Sarah Crew has set out the force's response.\n\nAt the monthly question time session, where she "
        "is grilled by police and crime commissioner Clare Moody, the officer said crime had risen sharply.\n\n"
        "She said: \u201cIn 2024 there were about 13,000 extra crimes, so that is having an impact.\u201d",
        {("Sarah Crew", "In 2024 there were about 13,000 extra crimes, so that is having an impact.")}),
    "... but a paragraph of narration that lost its full stop is one": (
        'Ms Hall said: "The force has turned a corner on how it answers calls."\n\n'
        "Deputy chief constable Ann Ball welcomed the report and thanked the officers for all of their work over the year\n\n"
        'She said: "Every one of them has worked hard for this."',
        {("Jo Hall", "The force has turned a corner on how it answers calls."),
         ("Ann Ball", "Every one of them has worked hard for this.")}),
    "a quote sentence after the speaker's reported words, the speaker set off by commas": (
        "Responding, Kent's police and crime commissioner (PCC), Matthew Scott, said the grades were deserved. "
        '"Every officer in Kent can be proud of what the inspectors found." He thanked the chief constable.',
        {("Matthew Scott", "Every officer in Kent can be proud of what the inspectors found.")}),
    "a quote glued to web clutter": (
        'Mr Scott said: "I am delighted with what the inspectors found."\n\nHide Ad“I thank all of the officers and '
        'staff for their work.”',
        {("Matthew Scott", "I am delighted with what the inspectors found."),
         ("Matthew Scott", "I thank all of the officers and staff for their work.")}),
    "curly quote marks inside a straight-quoted passage": (
        'Ms Hall said:\n\n"Even the most critical areas like “investigating crime” were rated as inadequate by them.',
        {("Jo Hall", 'Even the most critical areas like "investigating crime" were rated as inadequate by them.')}),
    "straight quote marks inside a straight-quoted passage": (
        'Ms Hall said: "I am pleased that the inspectors found the force to be "good", given the challenges we face."',
        {("Jo Hall", 'I am pleased that the inspectors found the force to be "good", given the challenges we face.')}),
    "a new quote opened before the last one was closed": (
        'Ms Hall later added: "There were no areas requiring improvement, but we are not complacent. "The public '
        "expects a service that responds when they need us",
        {("Jo Hall", "There were no areas requiring improvement, but we are not complacent."),
         ("Jo Hall", "The public expects a service that responds when they need us")}),
    "a closing mark typed as an opening one": (
        "Mr Scott said: “These criticisms must be taken seriously and properly addressed. “ Ms Hall had called the "
        "force “inspected to death” last week.",
        {("Matthew Scott", "These criticisms must be taken seriously and properly addressed.")}),
    "verbs that frame someone's words": (
        'Ms Hall described the report as "a wake-up call for every force in the country". Mr Scott stressed that '
        '"the force is on the right path but has a long way to go".',
        {("Jo Hall", "a wake-up call for every force in the country"),
         ("Matthew Scott", "the force is on the right path but has a long way to go")}),
    "adding": (
        'Mr Scott criticised how often the force is inspected, adding: "The force has to spend a great deal of time '
        'on each inspection."',
        {("Matthew Scott", "The force has to spend a great deal of time on each inspection.")}),
    "'they' is the one person named just before": (
        'Sam Lane, who chairs the panel, welcomed the report.\n\nThey said: "The panel will watch the force closely."',
        {("Sam Lane", "The panel will watch the force closely.")}),
    "'they' after two people named together is nobody": (
        "Ms Hall and Mr Scott welcomed the report. They said: \"We will act on every one of the findings.\"",
        set()),
    "'they' after the inspectors are named is the inspectorate": (
        "Inspectors visited the force in March. They said: \"The force must improve how it answers calls.\"",
        {(HMICFRS, "The force must improve how it answers calls.")}),
    "a relative clause between speaker and verb names an organisation, not the speaker": (
        'Steve Hart, who chairs the Police Federation of England and Wales, said: "Officers are stretched to '
        'breaking point."',
        {("Steve Hart", "Officers are stretched to breaking point.")}),
    "a name beside a post wins over the post's other holder": (
        'Ann Ball, the chief constable, said: "We have turned a corner in the last two years."',
        {("Ann Ball", "We have turned a corner in the last two years.")}),
    "a post named with a name not known is not the post's known holder's": (
        'Jan van der Berg, then Chief Constable, said: "We have turned a corner in the last two years."',
        set()),
    "an area's Police Federation is not the national one": (
        "Kent Police Federation says the findings of the report were ‘not a reflection of the hard work of members’.",
        set()),
    "a word before the speaker's name that is no title": (
        'Spokesman Tom Reed said: "The force has made real progress in keeping people safe."',
        {("Tom Reed", "The force has made real progress in keeping people safe.")}),
    "a quote wrapped onto the next line, then its next paragraph": (
        'Ms Hall said: "We will look closely at every\nrecommendation the inspectors have made\n\n'
        '"Some of the work has already begun and more will follow."',
        {("Jo Hall", "We will look closely at every recommendation the inspectors have made"),
         ("Jo Hall", "Some of the work has already begun and more will follow.")}),
    "a quote hard-wrapped over several lines, as plain-text releases are": (
        'Ms Hall said: "We are pleased with the\nreport and proud of our staff, who\nhave worked very hard this '
        'year."\n\nMr Scott said: "The force has\nmore to do."',
        {("Jo Hall", "We are pleased with the report and proud of our staff, who have worked very hard this year."),
         ("Matthew Scott", "The force has more to do.")}),
    "the speaker after a quote wrapped over lines": (
        '"We are pleased with the report and\nproud of our staff," said Ms Hall.',
        {("Jo Hall", "We are pleased with the report and proud of our staff")}),
    "a quote in a relative clause between the speaker and the verb (the clause's words are nobody's)": (
        'Chief Constable Jo Hall, who was praised for "bringing real stability to the force" since she took over '
        'from the departed Tom Reed, said the force was "making real progress on every front".',
        {("Jo Hall", "making real progress on every front")}),
    "an attribution glued after a quote left open": (
        'Ms Hall said: "We accept every finding and we are already acting on them…Chief Constable Jo Hall said: '
        '"We accept every finding and we are already acting on them…',
        {("Jo Hall", "We accept every finding and we are already acting on them…")}),
    "the words of a speaker named after the quote in its paragraph": (
        '"The force has made remarkable progress in keeping people safe." Those are not my words – though I share '
        "them – but the words of Sue Park, one of His Majesty's Inspectors of Constabulary.",
        {("Sue Park", "The force has made remarkable progress in keeping people safe.")}),
    "the speaker after the verb, with where they come from": (
        '"The inspectors found a force that listens to the public," said Tom Reed of the Kent Police Federation.\n\n'
        '"We still have too few detectives for the work," added Sue Park from Unison.',
        {("Tom Reed", "The inspectors found a force that listens to the public"),
         ("Sue Park", "We still have too few detectives for the work")}),
    "'called' frames the words, an ellipsis opening them": (
        "Mr Scott called the report ‘…a fair picture of a force that is improving’.",
        {("Matthew Scott", "…a fair picture of a force that is improving")}),
    "words said of someone in the passive are not theirs": (
        'Ms Hall was described as "the best chief constable the county has had". She was also called "a leader '
        'officers would follow anywhere" by the panel.',
        set()),
    "a clause joined on by a dash after the quote is no signature": (
        'Kent Police has been given "the best set of grades the county has ever seen" - but there is no room for '
        'complacency, says its chief constable.',
        set()),
    "a signature on the line under the quote": (
        '"Every victim deserves a prompt and thorough investigation."\n- Matthew Scott, Police and Crime Commissioner',
        {("Matthew Scott", "Every victim deserves a prompt and thorough investigation.")}),
    "a signature of a post and then the name, with a dash or straight under the quote": (
        '"Every victim deserves a prompt and thorough investigation."\n\n- Police and Crime Commissioner Matthew Scott\n\n'
        '"We will recruit more call handlers before the winter."\nChief Constable Jo Hall',
        {("Matthew Scott", "Every victim deserves a prompt and thorough investigation."),
         ("Jo Hall", "We will recruit more call handlers before the winter.")}),
    "a dash under a quote opening a list item is no signature": (
        '"These are the areas the force must now work on."\n- the chief constable must review call handling',
        set()),
    "a signature without a dash, after the quote or straight under it": (
        '"Every victim deserves a prompt and thorough investigation." Matthew Scott, Police and Crime Commissioner\n\n'
        '"We will recruit more call handlers before the winter."\nJo Hall, Chief Constable',
        {("Matthew Scott", "Every victim deserves a prompt and thorough investigation."),
         ("Jo Hall", "We will recruit more call handlers before the winter.")}),
    "a caption after a blank line under a quote is no signature": (
        '"Every victim deserves a prompt and thorough investigation."\n\nJo Hall, left, with officers in Maidstone',
        set()),
    "quotes in bullets after 'X said:'": (
        'Chief Constable Jo Hall said:\n• "We must do better on answering calls."\n• "We will recruit more call '
        'handlers this year."',
        {("Jo Hall", "We must do better on answering calls."), ("Jo Hall", "We will recruit more call handlers this year.")}),
    "a speaker's name and a colon before the quote": (
        'Chief Constable Jo Hall: "We have a lot still to do, and we will do it."\n\nKent Police: "The force '
        'accepts every one of the recommendations."',
        {("Jo Hall", "We have a lot still to do, and we will do it.")}),
    "', saying' after the object: the sentence's subject says it": (
        'Mr Scott praised Chief Constable Jo Hall, saying: "The force is in far better shape than it was."',
        {("Matthew Scott", "The force is in far better shape than it was.")}),
    "'accepted that' and 'made it clear that' frame the words": (
        'Ms Hall accepted that the force was "not yet where it needs to be on answering calls". Mr Scott made it '
        'absolutely clear that victims were "at the heart of everything the force does".',
        {("Jo Hall", "not yet where it needs to be on answering calls"),
         ("Matthew Scott", "at the heart of everything the force does")}),
    "'he' after a sentence whose subject has a relative clause naming another man": (
        'Chief Constable Tom Reed, who was praised for "greater stability" after he replaced the departed Mr Scott, '
        "welcomed the report. He said the "
        'force was "far better at answering calls than a year ago".',
        {("Tom Reed", "far better at answering calls than a year ago")}),
    "after the verb, the subject first and what it speaks of after": (
        '"The force has turned a real corner in the last year," said Mr Scott of Ms Hall.\n\n'
        '"Every part of the force has played its part," said Mr Scott about Chief Constable Jo Hall.\n\n'
        '"Neighbouring forces have much to learn from the way Kent works," said the chief constable of Essex '
        'Police, Tom Brown.',
        {("Matthew Scott", "The force has turned a real corner in the last year"),
         ("Matthew Scott", "Every part of the force has played its part"),
         ("Tom Brown", "Neighbouring forces have much to learn from the way Kent works")}),
    "words between the subject and its verb that say when or how it spoke": (
        'Kent\'s police and crime commissioner Matthew Scott, responding to the report, said: "I thank every officer '
        'for the work behind these findings."\n\n'
        'Ms Hall, in a statement, said the force was "ready to act on every recommendation".',
        {("Matthew Scott", "I thank every officer for the work behind these findings."),
         ("Jo Hall", "ready to act on every recommendation")}),
    "a subject set off by dashes": (
        "The county's police and crime commissioner - Matthew Scott - has said 'the findings are hard reading for "
        "everyone in the force.'",
        {("Matthew Scott", "the findings are hard reading for everyone in the force.")}),
    "a run of quote paragraphs broken by narration about its speaker": (
        'Mr Scott said: "The report is fair to the force.\n\n'
        '"It shows how far the force has come."\n\n'
        "But he conceded that some neighbourhoods had yet to notice the change.\n\n"
        '"Our work is far from over. We will keep at it for as long as it takes."\n\n'
        '"Victims will see the difference by the end of the year."',
        {("Matthew Scott", "The report is fair to the force."),
         ("Matthew Scott", "It shows how far the force has come."),
         ("Matthew Scott", "Our work is far from over. We will keep at it for as long as it takes."),
         ("Matthew Scott", "Victims will see the difference by the end of the year.")}),
    "narration naming someone else breaks a speaker's run": (
        'Mr Scott said: "The report is fair to the force."\n\n'
        "The changes were begun by Chief Constable Jo Hall, whom he praised.\n\n"
        '"We have begun to answer calls faster than before."',
        {("Matthew Scott", "The report is fair to the force.")}),
    "a press release copied with its lines hard-wrapped": (
        "The inspectorate said the force was\nfailing in two areas and must make\nurgent improvements. "
        "Its report was\npublished on the same day as the\nforce's annual review.\n"
        "HM Inspector of Constabulary Sue Park\nsaid:\n"
        '"For some time, I have had real concerns\nabout how the force answers the public."\n'
        "She said earlier reports had warned of\nthe same problems in the control room.\n"
        '"The force must get better at answering -\ncurrently, too many calls wait too\nlong."',
        {("Sue Park", "For some time, I have had real concerns about how the force answers the public."),
         ("Sue Park", "The force must get better at answering - currently, too many calls wait too long.")}),
    "a heading with no colon announcing whose statement follows": (
        'Statement from Chief Constable Jo Hall\n\n"The findings are hard reading for every one of us.\n\n'
        '"We will act on every recommendation the report makes."',
        {("Jo Hall", "The findings are hard reading for every one of us."),
         ("Jo Hall", "We will act on every recommendation the report makes.")}),
    "a heading naming its statement's author by a possessive": (
        "Mr Matthew Scott's statement on the publication of the inspection report:\n\n"
        '"The report confirms what we already knew," the statement begins. "We will hold the force to account.\n\n'
        '"Every recommendation will be met by the spring."',
        {("Matthew Scott", "The report confirms what we already knew"),
         ("Matthew Scott", "We will hold the force to account."),
         ("Matthew Scott", "Every recommendation will be met by the spring.")}),
    "a person named beside 'he' is not who the next 'he' is": (
        "Mr Scott welcomed the report. In May he and Chief Constable Jo Hall asked for a peer review of the force.\n\n"
        '"Nothing in the report surprised us," he added.',
        {("Matthew Scott", "Nothing in the report surprised us")}),
    "a person named beside 'he' is who the next 'she' is": (
        "Mr Scott welcomed the report. In May he and Ms Hall asked for a peer review of the force.\n\n"
        '"Nothing in the report surprised us," she added.',
        {("Jo Hall", "Nothing in the report surprised us")}),
    "a quote inside a quote, typed alike, mid-sentence in a quote left open": (
        'Mr Scott said:\n\n“The review found most teams were rated “good” in answering calls from the public.\n\n'
        '“We will build on that.”',
        {("Matthew Scott", 'The review found most teams were rated "good" in answering calls from the public.'),
         ("Matthew Scott", "We will build on that.")}),
    "'he' after a new speaker named with words of no known post": (
        "Ms Hall was praised by the inspectors.\n\nTom Reed, chairman of the residents' panel, said the report was fair."
        '\n\nHe said: "The residents have seen real change on their streets this year."',
        {("Tom Reed", "The residents have seen real change on their streets this year.")}),
    "'she' after a member of the public named with her age and home is hers, not the person named before": (
        "Ms Hall welcomed the report.\n\nJane Webb, 54, of Hythe, said she had waited an hour for an answer.\n\n"
        'She said: "Nobody called me back for three whole days."',
        {("Jane Webb", "Nobody called me back for three whole days.")}),
    "'he' after someone the converter knows no person by is the subject of a sentence: nobody's": (
        '"We have made real progress this year," said Jo Hall.\n\nBut resident Sam Lee disagreed. '
        '"Nobody ever answers the phone here," he said.',
        {("Jo Hall", "We have made real progress this year")}),
    "'he' after an unknown person set off by commas: nobody's": (
        '"We have made real progress this year," said Jo Hall.\n\nOne resident, Sam Lee, disagreed. '
        '"Nobody ever answers the phone here," he said.',
        {("Jo Hall", "We have made real progress this year")}),
    "a quote after narration naming someone else in its paragraph goes on no earlier quote": (
        '"We have made real progress this year," said Jo Hall.\n\nBut resident Sam Lee disagreed. '
        '"Nobody ever answers the phone here when you call."',
        {("Jo Hall", "We have made real progress this year")}),
    "a quote after the speaker's own attribution in its paragraph goes on with the quote before": (
        '"We have made real progress this year," said Jo Hall. "Victims will see the change soon enough."',
        {("Jo Hall", "We have made real progress this year"), ("Jo Hall", "Victims will see the change soon enough.")}),
    "'he' after two men joined as one subject is either: nobody's": (
        "Essex's chief constable, Tom Brown, was there too.\n\nMr Brown and Mr Scott welcomed the report.\n\n"
        '"We are proud of every officer in the county," he said.',
        set()),
    "'she' after a man and a woman joined as one subject is hers": (
        "Mr Scott and Ms Hall welcomed the report.\n\n"
        '"We are proud of every officer in the county," she said.',
        {("Jo Hall", "We are proud of every officer in the county")}),
    "a verb of saying coordinated with the sentence's first: its subject's": (
        'Chief Constable Jo Hall praised the "hard work and dedication" of her officers and said the grades '
        '"show a real improvement on our last inspection".',
        {("Jo Hall", "show a real improvement on our last inspection")}),
    "a second subject before the coordinated verb: that subject's": (
        'Ms Hall praised the officers and Mr Scott said the grades "show a real improvement on our last inspection".',
        {("Matthew Scott", "show a real improvement on our last inspection")}),
    "'he' after a sentence giving someone's account": (
        "According to HMICFRS's Tom Reed, the report found Mr Scott was visible and easy to approach.\n\n"
        'He said: "Both Mr Scott and his team give the force clear direction."',
        {("Tom Reed", "Both Mr Scott and his team give the force clear direction.")}),
    "a quote paragraph after a caption of a name and post with full stops goes on with the quote before": (
        'Mr Scott said: "The report reflects the hard work of every officer.\n\n'
        "Kent Police Chief Constable Jo Hall.Kent Police Chief Constable Jo Hall.\n"
        "Kent Police Chief Constable Jo Hall.\n\n"
        '"We will keep improving the service we give victims."',
        {("Matthew Scott", "The report reflects the hard work of every officer."),
         ("Matthew Scott", "We will keep improving the service we give victims.")}),
    "a run of quote paragraphs signed by a line of post and name under the last": (
        "Tom Reed, HM Inspector of Constabulary, led the inspection.\n\n"
        "“The force has much to do before it serves victims well.\n"
        "“We will go on watching its progress closely in the year ahead.”\n"
        "His Majesty’s Inspector of Constabulary Tom Reed\n\nThe report is online.",
        {("Tom Reed", "The force has much to do before it serves victims well."),
         ("Tom Reed", "We will go on watching its progress closely in the year ahead.")}),
    "... after a blank line too, under a run (not under one quote: a caption's place)": (
        "Tom Reed, HM Inspector of Constabulary, led the inspection.\n\n"
        "“The force has much to do before it serves victims well.\n\n"
        "“We will go on watching its progress closely in the year ahead.”\n\n"
        "His Majesty’s Inspector of Constabulary Tom Reed\n\nThe report is online.\n\n"
        "“Our officers are proud of what they have done this year.”\n\nChief Constable Jo Hall\n",
        {("Tom Reed", "The force has much to do before it serves victims well."),
         ("Tom Reed", "We will go on watching its progress closely in the year ahead.")}),
    "a signature signs no quote paragraph that narration parts from it": (
        "The report came out on Monday.\n\n"
        "“The force has much to do before it serves victims well.\n"
        "The inspectorate visited the force twice in the spring.\n"
        "“We will go on watching its progress closely in the year ahead.”\n"
        "His Majesty’s Inspector of Constabulary Tom Reed\n\nThe report is online.",
        {("Tom Reed", "We will go on watching its progress closely in the year ahead.")}),
    "a paragraph giving the speaker's view by 'his' between two of his quotes": (
        'Mr Scott said: "The force has turned a corner this year."\n\n'
        "In his view the force should now train its detectives better.\n\n"
        '"Victims deserve nothing less than our very best work."',
        {("Matthew Scott", "The force has turned a corner this year."),
         ("Matthew Scott", "Victims deserve nothing less than our very best work.")}),
    "a quote after the sentence reporting its speaker's words, in one paragraph, and its run": (
        "Chief Constable Jo Hall said she believed the force had improved since its last inspection. "
        "“I want to thank every officer for their work this year.\n\n"
        "“We are proud to be judged good at keeping people safe.”",
        {("Jo Hall", "I want to thank every officer for their work this year."),
         ("Jo Hall", "We are proud to be judged good at keeping people safe.")}),
    "quotes reopened mid-paragraph with no closing mark between, the last cut by the page's end": (
        "Ms Hall said:\n\n“The report shows how hard our officers work. “Inspectors praised our handling of "
        "repeat callers, “They also found we must answer calls to our non",
        {("Jo Hall", "The report shows how hard our officers work."),
         ("Jo Hall", "Inspectors praised our handling of repeat callers"),
         ("Jo Hall", "They also found we must answer calls to our non")}),
    "a sentence opening 'According to her,' with a partial quote further on": (
        'Ms Hall spoke after the report came out.\n\nAccording to her, the force was now "much better at answering '
        'emergency calls" than a year before.',
        {("Jo Hall", "much better at answering emergency calls")}),
    "a sentence opening 'According to' a name, with a partial quote further on": (
        'According to Mr Scott, the force had "turned a corner on its handling of victims" this year.',
        {("Matthew Scott", "turned a corner on its handling of victims")}),
    "a surname after two spellings of one first name is the spelling named last before it": (
        "Police and crime commissioner Davyd Lane. (Image: PCC Office)\n\n"
        "The meeting will be chaired by Kent's Police and Crime Commissioner Dafydd Lane.\n\n"
        'Mr Lane said: "The report shows where we are doing well.\n\n'
        '"I will use it in my scrutiny of the force," he said.',
        {("Dafydd Lane", "The report shows where we are doing well."),
         ("Dafydd Lane", "I will use it in my scrutiny of the force")}),
    "a surname shared by two people is the one named in full last before it": (
        "Superintendent Tom Reed led the response. Chief Inspector Ann Reed praised the new call centre.\n\n"
        'Ms Reed said: "Call handling has improved beyond recognition."',
        {("Ann Reed", "Call handling has improved beyond recognition.")}),
    "a quote paragraph left open whose speaker the next paragraph names": (
        "Mr Scott responds to the inspection of the force.\n\n"
        "“The force faces rising demand and falling budgets at the same time.\n\n"
        "“Our grant has fallen by a fifth since 2015,” he said, warning of further cuts.",
        {("Matthew Scott", "The force faces rising demand and falling budgets at the same time."),
         ("Matthew Scott", "Our grant has fallen by a fifth since 2015")}),
    "'found it' and the subject's own judgement": (
        'Mr Scott welcomed the report.\n\nHe also found it "encouraging to see the progress made on answering 999 calls" '
        'this year.',
        {("Matthew Scott", "encouraging to see the progress made on answering 999 calls")}),
    "words in the first person in a sentence no one speaks in are its subject's": (
        "Mr Scott welcomed the report.\n\nHe was also pleased that inspectors had praised the new ethics panel, "
        "\u201cset up jointly with my colleagues in Sussex\u201d.",
        {("Matthew Scott", "set up jointly with my colleagues in Sussex")}),
    "words in the third person in such a sentence are nobody's": (
        "Mr Scott welcomed the report.\n\nHe was also pleased that inspectors had rated the force "
        "\u201cgood at keeping people safe and reducing crime\u201d.",
        set()),
    "a sentence opening with a circumstance names no speaker ('Responding to the report,')": (
        'Responding to the report, the deputy chief constable said: "We accept every one of the recommendations made."',
        set()),
    "... nor when the speaker named after it is one the converter does not know": (
        'Following the inspection, Superintendent Amy Cole of the roads unit added: "Our patrols will double next year."',
        {("Amy Cole", "Our patrols will double next year.")}),
    "'he' after two people named together is the one a post names as speaking since": (
        "Mr Scott and Chief Constable Jo Hall both want the force to be rated outstanding.\n\n"
        "The report found weaknesses, which the PCC said came as no surprise to him.\n\n"
        '"There is much still to do in several key areas," he said.',
        {("Matthew Scott", "There is much still to do in several key areas")}),
    "quote paragraphs whose last goes on with 'He said …' after its closing mark are his": (
        "Mr Scott called the report 'a real step forward' for the force.\n\n"
        "\u201cThe public can see the difference in how their calls are answered.\n\n"
        "\u201cThree years ago the force was told it \u2018requires improvement\u2019.\u201d He said it had since "
        "turned a corner.",
        {("Matthew Scott", "The public can see the difference in how their calls are answered."),
         ("Matthew Scott", "Three years ago the force was told it 'requires improvement'.")}),
    "... but not 'Inspectors said …' after it": (
        "The report was published on Tuesday.\n\n"
        "\u201cThe public can see the difference in how their calls are answered.\u201d Inspectors said the force had "
        "turned a corner.",
        set()),
    "a paragraph opening with a closing mark typed for an opening one goes on with the speaker": (
        '"We will act on every one of the recommendations," said Mr Scott.\n\n'
        "\u201dOur officers deserve credit for the progress they have made.",
        {("Matthew Scott", "We will act on every one of the recommendations"),
         ("Matthew Scott", "Our officers deserve credit for the progress they have made.")}),
    "single-marked quote paragraphs with single-quoted grades inside, the last cut by the page's end": (
        "Mr Scott said he accepted the findings but questioned the method.\n\n"
        "\u2018The report gives the force a \u2018good\u2019 for legitimacy and an \u2018adequate\u2019 for the rest.\n\n"
        "\u2018Inspectors must apply the same rules to every force in the country.\n\n"
        "\u2018We will be writing to the inspectorate about the",
        {("Matthew Scott", "The report gives the force a 'good' for legitimacy and an 'adequate' for the rest."),
         ("Matthew Scott", "Inspectors must apply the same rules to every force in the country."),
         ("Matthew Scott", "We will be writing to the inspectorate about the")}),
    "the force's chief with a word between ('Kent Police's outgoing chief says')": (
        "Kent Police's outgoing chief says his \u201cproudest moment\u201d was seeing the force become "
        "\u201cone of the best in the country\u201d.",
        {("Jo Hall", "one of the best in the country")}),
    "... but not its deputy chief": (
        "Kent Police's deputy chief says the force is now \u201cone of the best in the country\u201d.",
        set()),
    "a quote paragraph after 'X, the deputy chief constable, welcomed the report and said …'": (
        "Kent Police's Deputy Chief Constable, Tom Reed, welcomed the report and said positive steps had been taken.\n\n"
        '"We will now go through the report in detail with our partners.',
        {("Tom Reed", "We will now go through the report in detail with our partners.")}),
    "'recalled' as a verb of saying, a partial quote further on in what is recalled": (
        "Mr Scott recalled that, when the cuts were announced, many had feared \u201cthe force would never recover "
        "from the loss of so many officers\u201d.",
        {("Matthew Scott", "the force would never recover from the loss of so many officers")}),
    "the inspectorate named in full, its initials in brackets, after a circumstance ('In its report,')": (
        "In its report, Her Majesty's Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) said the "
        "force had to \u2018improve how it answers calls from the public\u2019.",
        {(HMICFRS, "improve how it answers calls from the public")}),
    "captions repeated between a speaker's quote paragraphs count for no paragraph of narration": (
        'Mr Scott said: "You cannot keep asking officers to do more with less.\n\n'
        "There is only so much anyone can give.\n\nKent PCC, Matthew Scott.\n\nKent PCC, Matthew Scott.\n\n"
        '"That is why I have written to the minister about next year.',
        {("Matthew Scott", "You cannot keep asking officers to do more with less."),
         ("Matthew Scott", "That is why I have written to the minister about next year.")}),
    "a speaker's quote paragraphs, the narration between naming them by their post alone": (
        'Mr Scott said: "The force has come a long way in a short time."\n\n'
        "In the view of the commissioner, the report shows a force that listens to its communities.\n\n"
        '"There is still work to do on how we answer calls from the public."',
        {("Matthew Scott", "The force has come a long way in a short time."),
         ("Matthew Scott", "There is still work to do on how we answer calls from the public.")}),
    "... but not narration naming another post's holder": (
        'Mr Scott said: "The force has come a long way in a short time."\n\n'
        "In the view of the chief constable, the report shows a force that listens to its communities.\n\n"
        '"There is still work to do on how we answer calls from the public."',
        {("Matthew Scott", "The force has come a long way in a short time.")}),
    "a page's prompt to the reader between one quote's paragraphs": (
        'Mr Scott said: "The force has come a long way in a short time.\n\nYou may also want to watch:\n\n'
        '"There is still work to do on how we answer calls from the public."',
        {("Matthew Scott", "The force has come a long way in a short time."),
         ("Matthew Scott", "There is still work to do on how we answer calls from the public.")}),
    "a page's link to another story and its newsletter's offer between one quote's paragraphs": (
        'Mr Scott said: "The force has come a long way in a short time.\n\nRead more: Kent man jailed for a burglary.\n\n'
        'Sign up to our daily newsletter for the latest news.\n\n'
        '"There is still work to do on how we answer calls from the public."',
        {("Matthew Scott", "The force has come a long way in a short time."),
         ("Matthew Scott", "There is still work to do on how we answer calls from the public.")}),
    "a quote of several paragraphs in single marks, the first opened after 'said:' and left open": (
        "Mr Scott said: \u2018The force has come a long way in a short time.\n\n"
        "\u2018There is still work to do on how we answer calls from the public.\u2019",
        {("Matthew Scott", "The force has come a long way in a short time."),
         ("Matthew Scott", "There is still work to do on how we answer calls from the public.")}),
    "... in straight single marks": (
        "Mr Scott said: 'The force has come a long way in a short time.\n\n"
        "'There is still work to do on how we answer calls from the public.'",
        {("Matthew Scott", "The force has come a long way in a short time."),
         ("Matthew Scott", "There is still work to do on how we answer calls from the public.")}),
    "a straight mark glued to the colon before it opens the quote": (
        'Ms Hall said:"We have a clear plan to answer calls more quickly."',
        {("Jo Hall", "We have a clear plan to answer calls more quickly.")}),
    "the words after a quote whose speaker 'told' a paper by name are that speaker's, not the speaker's before": (
        'Ms Hall said: "The force is on the right track and we will keep going."\n\n'
        '"It\'s a fair report," Mr Scott told the Kent Messenger. "But there is more to do on 999 calls."',
        {("Jo Hall", "The force is on the right track and we will keep going."),
         ("Matthew Scott", "But there is more to do on 999 calls.")}),
    "'tweeted' after the quote": (
        '"A fair reflection of where the force is today," tweeted Mr Scott.',
        {("Matthew Scott", "A fair reflection of where the force is today")}),
    "a signature after a dash, closed by a full stop": (
        '"We will publish our improvement plan within the month." – Chief Constable Jo Hall.\n\n'
        '"Every officer has played a part in this result."\n- Matthew Scott, Police and Crime Commissioner.',
        {("Jo Hall", "We will publish our improvement plan within the month."),
         ("Matthew Scott", "Every officer has played a part in this result.")}),
    "a dash and a name the article names nowhere else, perhaps with the body after a comma, signs the quote": (
        '"We will publish our improvement plan within the month." - Ann Bell\n\n'
        '\u201cEvery officer has played a part in this result.\u201d \u2014 Tom Reed, Kent Police\n\nThe report is online.',
        {("Ann Bell", "We will publish our improvement plan within the month."),
         ("Tom Reed", "Every officer has played a part in this result.")}),
    "an opening mark typed twice opens one quote": (
        "But Ms Hall said: \u201c\u201cWe take every one of the inspectors' findings seriously.\n\n"
        'Mr Scott said: ""The force has a plan for every one of them."',
        {("Jo Hall", "We take every one of the inspectors' findings seriously."),
         ("Matthew Scott", "The force has a plan for every one of them.")}),
    "quote paragraphs after a paragraph reporting words of a speaker set off by commas": (
        "PCC Matthew Scott, responding to the report, said the force had to improve how it answered calls.\n\n"
        "\u201cThe inspection found the force \u201cgood\u201d at keeping people safe and reducing crime.\n\n"
        '"Several of the issues raised have been dealt with since the inspectors visited." More officers were coming, he said.',
        {("Matthew Scott", 'The inspection found the force "good" at keeping people safe and reducing crime.'),
         ("Matthew Scott", "Several of the issues raised have been dealt with since the inspectors visited.")}),
    "a short sentence of someone's reaction before a quote paragraph names its speaker": (
        'Mr Scott welcomed the report.\n\n"Every victim deserves a prompt and thorough investigation."\n\n'
        'Ms Hall said she was proud. "We will recruit more call handlers before the winter."',
        {("Matthew Scott", "Every victim deserves a prompt and thorough investigation."),
         ("Jo Hall", "We will recruit more call handlers before the winter.")}),
    "a journalist's narration before a block quote is nobody's announcement": (
        "The inspection found that the force had improved its call handling.\n\n"
        '"Every call that comes in should be answered within ten seconds."',
        set()),
    "a speaker named only by an honorific and a surname, in the paragraphs after too": (
        'Mrs Patel said: "The force has a long way to go before the public trust it again.\n\n'
        '"It has to answer the phone faster than it does today," she added.',
        {("Patel", "The force has a long way to go before the public trust it again."),
         ("Patel", "It has to answer the phone faster than it does today")}),
    "... and after the verb": (
        '"Nobody on the panel expected a report as good as this one," said Mr Okafor.',
        {("Okafor", "Nobody on the panel expected a report as good as this one")}),
    "... and a doctor's": (
        'Dr Okafor said: "Nobody on the panel expected a report as good as this one."',
        {("Okafor", "Nobody on the panel expected a report as good as this one.")}),
    "a quote framed by 'concluded that', after words of the speaker's own": (
        'In his report, Mr Scott concluded that without more call handlers, \u201cthe force will not answer calls in time.\u201d',
        {("Matthew Scott", "the force will not answer calls in time.")}),
    "a possessive's mark typed after a space opens no quote": (
        "Mr Scott said Kent \u2019s officers were \u2018among the best in the whole country\u2019.",
        {("Matthew Scott", "among the best in the whole country")}),
    "a member of the public with their age set off before the verb": (
        'Resident Amy Fox, 54, said: "The police never come when we call them out at night."',
        {("Amy Fox", "The police never come when we call them out at night.")}),
    "... and what they are in lower case after the verb": (
        '"The police never come when we call them out at night," said local resident Amy Fox.',
        {("Amy Fox", "The police never come when we call them out at night")}),
    "a sentence opening with whose words follow its colon": (
        "Mr Scott's message was clear: \u201cThe force must do better for the victims of crime.\u201d\n\n"
        "Ms Hall spoke next. Her verdict was blunt: \u201cWe have let too many victims down this year.\u201d",
        {("Matthew Scott", "The force must do better for the victims of crime."),
         ("Jo Hall", "We have let too many victims down this year.")}),
    "a quote in the next sentence, which names no one and says nothing of its own, goes on with the one before": (
        'Mr Scott said the force had improved, yet \u201cit does not always answer calls in time.\u201d Many people hang '
        'up; some write in, while \u201cother callers will simply give up on the force.\u201d',
        {("Matthew Scott", "it does not always answer calls in time."),
         ("Matthew Scott", "other callers will simply give up on the force.")}),
    "... in the next paragraph too": (
        'Mr Scott said the force had to "get the basics right every single time".\n\n'
        'That meant improving investigations to "make sure victims get the justice they deserve".',
        {("Matthew Scott", "get the basics right every single time"),
         ("Matthew Scott", "make sure victims get the justice they deserve")}),
    "... not where the sentence quotes another source or names another person": (
        'Mr Scott said the force had to "get the basics right every single time".\n\n'
        'The report called for "a more joined-up approach to vulnerable victims".\n\n'
        'Tom Reed was less sure of the plan, "too little and far too late for victims".\n\n'
        'Mr Scott said the force had to "get the basics right every single time".\n\n'
        'Kent Police: "The force accepts every one of the recommendations."',
        {("Matthew Scott", "get the basics right every single time"),
         (HMICFRS, "a more joined-up approach to vulnerable victims")}),
    "... nor where the sentence states a judgement in the passive: the inspection's words, not the speaker's": (
        'Mr Scott said the force had to "get the basics right every single time".\n\n'
        'Essex, by contrast, was rated "good" and commended for its "steady focus on answering every call quickly."',
        {("Matthew Scott", "get the basics right every single time")}),
    "a name in quote marks is no one's words: in title case, or before the noun it names": (
        'Ms Hall called the new control room the "Heart of the Kent Police Family".\n\n'
        'Mr Scott said the force had signed up to the "safer roads for every child in the county" pledge.\n\n'
        'Ms Hall said: "WE WILL NOT LET THE PEOPLE OF KENT DOWN."',
        {("Jo Hall", "WE WILL NOT LET THE PEOPLE OF KENT DOWN.")}),
    "a picture's credit label between the paragraphs of a quote left open: the quote goes on": (
        'Mr Scott said: "The last report set out a number of issues that need our attention.\n\n'
        'Kent Messenger:\n\n"We are already putting more officers into the control room to answer calls."\n\n'
        'Ms Hall said: "We are proud of the progress on answering calls this year.\n\n'
        'Federation Response:\n\n"Officers have worked very hard under great pressure all year."',
        {("Matthew Scott", "The last report set out a number of issues that need our attention."),
         ("Matthew Scott", "We are already putting more officers into the control room to answer calls."),
         ("Jo Hall", "We are proud of the progress on answering calls this year.")}),
    "'the chief' as the speaker: the force's chief constable": (
        'The force has lost 300 officers since 2010.\n\n"We have a great deal more to do on answering calls," said the chief.',
        {("Jo Hall", "We have a great deal more to do on answering calls")}),
    "the page's end cutting the attribution after a quote, the surname cut too: that surname's one person": (
        'The force has lost 300 officers since 2010.\n\n"We will do far better for the victims of crime," Mr Sco',
        {("Matthew Scott", "We will do far better for the victims of crime")}),
    "'recognised that' frames the subject's words": (
        'Mr Scott recognised that the force is short of detectives, something that "makes every investigation slower '
        'than it should be".',
        {("Matthew Scott", "makes every investigation slower than it should be")}),
    "... but after a quote it is no attribution: the next quote of the paragraph opens with it": (
        'Ms Hall said: \u201cThis is a positive report for the force and its officers. \u201cThe inspectorate has praised '
        'our work with people who make repeat calls, \u201cHMICFRS has recognised that we need to answer calls faster.\u201d',
        {("Jo Hall", "This is a positive report for the force and its officers."),
         ("Jo Hall", "The inspectorate has praised our work with people who make repeat calls"),
         ("Jo Hall", "HMICFRS has recognised that we need to answer calls faster.")}),
    "a verb after a quote in a clause joined on by 'and' attributes nothing before it": (
        'Inspectors found that "the force does not always understand the demand it faces", and Mr Scott added that '
        'this was a worry.\n\n"We will answer every call within ten seconds by next year," Ms Hall said, and Mr Scott '
        'agreed.',
        {("Jo Hall", "We will answer every call within ten seconds by next year")}),
    "a participle after a source of words is that source's, not the main verb's object's": (
        'The report criticised the force, saying it "needs to improve how it investigates crime across the county".',
        {(HMICFRS, "needs to improve how it investigates crime across the county")}),
    "a verb of saying in a relative clause on a thing ('which said') is that thing's, a source of words or no one": (
        'Mr Scott criticised the inspectorate, which had said the force was "not doing enough to protect vulnerable '
        'people".\n\nMr Scott criticised the plan, which had said the force would be "answering every call within ten '
        'seconds".',
        {(HMICFRS, "not doing enough to protect vulnerable people")}),
    "'who he said' after a name: the words of the one 'he' is, not of the one 'who' stands for": (
        'Mr Scott praised Ms Hall, who he said had "transformed the culture of the force in two years".',
        {("Matthew Scott", "transformed the culture of the force in two years")}),
    "a quote paragraph after one whose quote a sentence about another person follows is not the first speaker's": (
        'Ms Hall said the force would act on the findings.\n\n"We are already answering calls much faster than we did '
        'last year," she said. Mr Scott was less convinced.\n\n"The force has a long way to go before the public can '
        'trust it again."',
        {("Jo Hall", "We are already answering calls much faster than we did last year")}),
    "... and their words quoted": (
        'Friends of Ms Hall said she had been "badly let down by the people she trusted most".',
        set()),
    "a quote left open at its paragraph's end goes on in a paragraph whose opening mark the page lost": (
        'Ms Hall said: "We accept every one of the recommendations in the report.\n\n'
        'We have already started work on how we answer calls."\n\nThe report is online.',
        {("Jo Hall", "We accept every one of the recommendations in the report."),
         ("Jo Hall", "We have already started work on how we answer calls.")}),
    "... not a paragraph after a closed quote, whose closing mark ends another quote": (
        'Ms Hall said: "We accept every one of the recommendations in the report."\n\n'
        'Mr Scott said the plan was "too little, and far too late for the victims."',
        {("Jo Hall", "We accept every one of the recommendations in the report."),
         ("Matthew Scott", "too little, and far too late for the victims.")}),
    "'the inspector' speaking is the one HM Inspector named, not the report it speaks in": (
        'HM Inspector of Constabulary Ann Lowe said: "Most of what the force does for the public is good."\n\n'
        'Further on in the report, the inspector went on: "I am concerned that victims wait too long for a visit."',
        {("Ann Lowe", "Most of what the force does for the public is good."),
         ("Ann Lowe", "I am concerned that victims wait too long for a visit.")}),
    "... nobody where a police inspector is named too": (
        'HM Inspector of Constabulary Ann Lowe praised the force, and Inspector Sam Cole spoke at the launch.\n\n'
        'Later the inspector said: "Every officer on the team has worked hard for this."',
        set()),
    "a few words quoted with their speaker, then a quote: the quote is theirs, not the quote before's speaker's": (
        'Mr Scott noted that Chief Constable Jo Hall had called the service "stretched to the limit of what it can do".\n\n'
        '"Think about that," he said. "The force cannot keep people safe on this budget for much longer."',
        {("Jo Hall", "stretched to the limit of what it can do"),
         ("Matthew Scott", "The force cannot keep people safe on this budget for much longer.")}),
    "'he' opening a sentence whose object is a titled name goes on naming the 'he' before": (
        'Mr Scott said: "We have listened to every word of this report."\n\n'
        'He pointed out that Her Majesty\'s Inspector Ann Lowe had praised the control room.\n\n'
        '"Our call handlers have earned every bit of that praise," he said.',
        {("Matthew Scott", "We have listened to every word of this report."),
         ("Matthew Scott", "Our call handlers have earned every bit of that praise")}),
    "'he' after a sentence opened by 'he' whose object is a name set off by commas goes on naming the 'he' before": (
        'Mr Scott said the force had turned a corner.\n\n'
        'He thanked the deputy chief constable, Tom Reed, for steering the changes through.\n\n'
        'But he added: "The control room is still the part of the force that worries me most."',
        {("Matthew Scott", "The control room is still the part of the force that worries me most.")}),
    "'he' after a sentence opened by 'he' that names another man far into what he says goes on naming the 'he' before": (
        'Mr Scott welcomed the report.\n\n'
        'He noted that only last month, in his annual review of policing across the country, HM Chief Inspector of '
        'Constabulary Tom Reed had warned of a service under strain.\n\n'
        '"My officers see that strain every single day on the streets of Kent," he said.',
        {("Matthew Scott", "My officers see that strain every single day on the streets of Kent")}),
    "a speaker with no post, named with letters after the name, after the one written to; 'he' goes on naming them": (
        'In a letter to Chief Constable Tom Reed, Owen Pryce QPM, said: "The improvement in the control room is '
        'plain to see."\n\n'
        'Call answering had been watched for months, he added, but this was the first formal review.\n\n'
        '"I want to thank every officer who made this happen," he wrote.',
        {("Owen Pryce", "The improvement in the control room is plain to see."),
         ("Owen Pryce", "I want to thank every officer who made this happen")}),
    "a speaker with no post named in full once, then by the surname alone as the subject of 'said'": (
        'Council leader Rhys Tanaka has rounded on Chief Constable Jo Hall over the findings.\n\n'
        'Speaking to local radio, Tanaka said: "Residents will be alarmed by what this report has found."\n\n'
        '"They deserve answers from the force," he went on.',
        {("Rhys Tanaka", "Residents will be alarmed by what this report has found."),
         ("Rhys Tanaka", "They deserve answers from the force")}),
    "a speaker named first with a drop cap, then by style and surname": (
        'RON Hogg has held on to his post as the county\'s commissioner.\n\n'
        'Mr Hogg said: "The next four years are going to be really hard for all of us."',
        {("Ron Hogg", "The next four years are going to be really hard for all of us.")}),
    "'she went on' after a sentence in which 'she added' before naming another woman goes on naming the 'she' before": (
        'Commissioner Jo Hall is putting an extra £224,000 into the force.\n\n'
        '"The report makes it clear that the force has made real progress," she said. Police must never be complacent, '
        'she added, but the Inspector, Sue Park, strongly supported what the force was trying to do.\n\n'
        '"The problem is that any report is a snapshot in time," she went on.',
        {("Jo Hall", "The report makes it clear that the force has made real progress"),
         ("Jo Hall", "The problem is that any report is a snapshot in time")}),
    "a long caption the page printed twice on one line breaks no run of one speaker's quote paragraphs": (
        '"We cannot keep asking council tax payers in this county to fill the gap the grant leaves," Ms Hall told '
        'reporters.\n\n'
        + 'Chief Constable Jo Hall and commissioner Matthew Scott speak to the press about the inspection report outside '
          'the force headquarters in Maidstone on Friday. Photo: Kent Police' * 2 + '\n\n'
        '"The government now has to step up and pay its share of the bill."',
        {("Jo Hall", "We cannot keep asking council tax payers in this county to fill the gap the grant leaves"),
         ("Jo Hall", "The government now has to step up and pay its share of the bill.")}),
    "a quote paragraph left open, adverts, a first-person paragraph that lost its marks, then a quote paragraph": (
        'Chief Constable Jo Hall said: "Today is a good day for the force, but there is no room for complacency.\n\n'
        'Advertisement\nAdvertisement\n\n'
        'The changes I have set in motion will carry on through the coming year.\n\n'
        '"This is a step on the way and not the end of the road for any of us."',
        {("Jo Hall", "Today is a good day for the force, but there is no room for complacency."),
         ("Jo Hall", "This is a step on the way and not the end of the road for any of us.")}),
    "... not after a quote that was closed: the narration between may be anyone's": (
        'Chief Constable Jo Hall said: "Today is a good day for the force, but there is no room for complacency."\n\n'
        'The changes I have set in motion will carry on through the coming year.\n\n'
        '"This is a step on the way and not the end of the road for any of us."',
        {("Jo Hall", "Today is a good day for the force, but there is no room for complacency.")}),
    "'he' after 'the <post> said <a man named>' is the post's holder, not the man the post spoke of": (
        'The PCC said Chief Constable Tom Reed, who takes over next week, must deliver real change.\n\n'
        'The new chief constable\'s first job, he said, would be to make sure the force "answers every emergency call '
        'within the target time".',
        {("Matthew Scott", "answers every emergency call within the target time")}),
    "... and nobody where the text names no holder of that post": (
        'The Home Secretary said Chief Constable Tom Reed, who takes over next week, must deliver real change.\n\n'
        'The new chief constable\'s first job, he said, would be to make sure the force "answers every emergency call '
        'within the target time".',
        set()),
    "a Federation branch's post as the speaker, named before its holder is": (
        '"Our members are stretched to breaking point by the demand," the chair of Kent Police Federation said.\n\n'
        'Sam Lee, chair of Kent Police Federation, said: "The report says what we have said for years."',
        {("Sam Lee", "Our members are stretched to breaking point by the demand"),
         ("Sam Lee", "The report says what we have said for years.")}),
    "... nobody where the text names two holders of a Federation chair": (
        '"Our members are stretched to breaking point by the demand," the chair of Kent Police Federation said.\n\n'
        'Sam Lee, chair of Kent Police Federation, and Tom Reed, chair of the Police Federation, met the minister.',
        set()),
    "... and by the bare surname after the quote, before or after the verb": (
        'Council leader Rhys Tanaka has rounded on the force over the findings.\n\n'
        '"Residents will be alarmed by what this report has found," Tanaka said.\n\n'
        '"They deserve answers from the force and from its leaders," said Tanaka.',
        {("Rhys Tanaka", "Residents will be alarmed by what this report has found"),
         ("Rhys Tanaka", "They deserve answers from the force and from its leaders")}),
    "a caption under its label names no antecedent of 'he', quote marks in it or not": (
        'Mr Scott said the force had come a long way in a year.\n\n'
        'Image caption,\nChief Constable Tom Reed was praised for his "steady leadership" of the force\n\n'
        '"The control room is the one part that still keeps me awake at night," he said.',
        {("Matthew Scott", "The control room is the one part that still keeps me awake at night")}),
    "journalese verbs of replying frame a quote: 'hit back', 'fired back'": (
        'Mr Scott hit back at his critics, saying: "Crime in the county has fallen for three years in a row."\n\n'
        'Ms Hall fired back that the force had been asking for more officers "in the face of cuts year after year".',
        {("Matthew Scott", "Crime in the county has fallen for three years in a row."),
         ("Jo Hall", "in the face of cuts year after year")}),
    "a capitalised word before 'said' with no name in full ending in it is nobody": (
        'Speaking to local radio, Maidstone said: "Residents will be alarmed by what this report has found."',
        set()),
    "a speaker with no post named after the verb with letters after the name closing the sentence": (
        '"The improvement in the control room is plain to see," said Owen Pryce QPM.',
        {("Owen Pryce", "The improvement in the control room is plain to see")}),
    "a person named as reacting to the report, then by their first name alone as a speaker": (
        'Sam Okafor was reacting to a report on the force published this week.\n\n'
        'Sam said: "Our officers are holding the service together with the tools they have."',
        {("Sam Okafor", "Our officers are holding the service together with the tools they have.")}),
    "the verb, then the speaker and a relative clause with a verb of saying of its own": (
        '"We welcome any report that shows us how to do better," said Mr Scott, who promised to hold the chief '
        'constable to account.',
        {("Matthew Scott", "We welcome any report that shows us how to do better")}),
    "a quote, the verb, the speaker with what they are set off by commas, then a quote in the same sentence": (
        '"This part of the report should worry us all," said Mr Scott, chair of the county\'s panel, "The first duty of '
        'a force is to protect the vulnerable.',
        {("Matthew Scott", "This part of the report should worry us all"),
         ("Matthew Scott", "The first duty of a force is to protect the vulnerable.")}),
    "a sentence opening with the post, a dash, the name and a stray comma, then its colon and the quote": (
        'Kent\u2019s Police and Crime Commissioner - Matthew Scott, has given his view of the findings: \u201cEvery report '
        'comes out months after the inspectors have left.\u201d',
        {("Matthew Scott", "Every report comes out months after the inspectors have left.")}),
    "'before adding:' in a sentence that opens with whose account it gives, another named before the verb": (
        'According to the local news agency, Mr Scott told the panel it had come as a "shock" to the chief constable '
        'too, before adding: "It is the result of years without investment in the force."',
        {("Matthew Scott", "It is the result of years without investment in the force.")}),
    "a closing curly mark typed for the opening one mid-sentence, another closing the quote": (
        'Mr Scott said the force was \u201dspending far too much of its time answering to the inspection regime.\u201d',
        {("Matthew Scott", "spending far too much of its time answering to the inspection regime.")}),
    "the inspectorate's initials speaking in the first person singular: the one HM Inspector named": (
        'HM Inspector of Constabulary Ann Lowe has published her verdict.\n\nThe worst finding is on call handling, with '
        'HMIC remarking: "I am not satisfied that callers at risk are identified quickly enough."',
        {("Ann Lowe", "I am not satisfied that callers at risk are identified quickly enough.")}),
    "... the inspectorate where it names no HM Inspector": (
        'The worst finding is on call handling, with HMIC remarking: "I am not satisfied that callers at risk are '
        'identified quickly enough."',
        {(HMICFRS, "I am not satisfied that callers at risk are identified quickly enough.")}),
    "a surname the text names in full elsewhere is that person's, not a person of its own": (
        '"Nobody on the panel expected a report as good as this one," said Mr Okafor.\n\n'
        'Femi Okafor chairs the county\'s panel.',
        {("Femi Okafor", "Nobody on the panel expected a report as good as this one")}),
    "a speaker by surname with a relative clause before the verb, named in full where no verb of saying follows": (
        'Sam Okafor has served on the panel for ten years.\n\nMr Okafor, who became its chair in 2020, said: "It has '
        'been a privilege to serve the county for so long."',
        {("Sam Okafor", "It has been a privilege to serve the county for so long.")}),
    "a name, words about them with no comma after, and 'said:' (no post the vocabulary knows)": (
        'Sam Lee, interim director of the county victims service said:\n\n"Victims deserve answers sooner and we will keep '
        'pressing for them."',
        {("Sam Lee", "Victims deserve answers sooner and we will keep pressing for them.")}),
    "a quote paragraph after narration that speaks of no one, following the quote before in its paragraph: nobody's": (
        'Mr Scott said: "The grades show how far the force has come in a year." What stood out over the winter was the '
        'help that volunteers gave in the floods.\n\n"The culture of the workforce is a testament to strong leadership '
        'from the top."',
        {("Matthew Scott", "The grades show how far the force has come in a year.")}),
    "'Candidate' capitalised before a name is no part of it": (
        'Green Party Candidate Sam Lee, who hopes to unseat Mr Scott in May, said: "The commissioner has failed every '
        'test the public will judge him by."',
        {("Sam Lee", "The commissioner has failed every test the public will judge him by.")}),
    "'put it to' someone that the force was '…'": (
        'At the panel Mr Scott put it to the chief constable that the force was "losing the trust of the people it serves".',
        {("Matthew Scott", "losing the trust of the people it serves")}),
    "... and before a colon: the words are the one's who put it, not the one's it was put to": (
        'At the panel Councillor Sam Lee put it to Mr Scott: "When can the public expect to see some improvement?"',
        {("Sam Lee", "When can the public expect to see some improvement?")}),
    "a title and a surname named in full elsewhere, nearest the verb, after a name set off by commas: the surname's": (
        'Tom Reed will retire in June. Writing to the Commissioner, Ann Lowe, Ch Con Reed said: "There remain many '
        'challenges in policing," but that the time had come to go.',
        {("Tom Reed", "There remain many challenges in policing")}),
    "'he' after a sentence whose subject is 'he' and whose object speaks in a clause of their own: either, so nobody": (
        "Tom Reed has been confirmed as the new chief constable. He succeeds Jim Bell, who said in May that he would "
        'retire.\nHe said:\n"It has been a great privilege to serve the county."\n\nTom Reed starts on Monday. He succeeds '
        'Jo Hall, who retires. He said: "I am proud to lead the force."',
        {("Tom Reed", "I am proud to lead the force.")}),
    "a heading saying how someone responded, then their quote paragraphs between paragraphs of 'she said'": (
        'The force was graded inadequate.\n\nHow Chief Constable Jo Hall has responded\n\n"This report echoes my own '
        'assessment of the force.\n\nShe said some improvements were already in place.\n\n"We have already started to '
        'change how we work."',
        {("Jo Hall", "This report echoes my own assessment of the force."),
         ("Jo Hall", "We have already started to change how we work.")}),
    "'he' the subject after a few words opening its sentence, the man it names its object: the next 'he' is the subject": (
        'Replying, Mr Scott said he was "very fortunate to have such a dedicated chief constable". In his letter he said '
        'Chief Constable Tom Reed had led the force well. Later, he said it was "testament to your vision and desire to '
        'bring about change".\n\nWhen he was asked, Chief Constable Tom Reed said he would go.\n\nHe said: "The time has '
        'come for someone new."',
        {("Matthew Scott", "very fortunate to have such a dedicated chief constable"),
         ("Matthew Scott", "testament to your vision and desire to bring about change"),
         ("Tom Reed", "The time has come for someone new.")}),
    "a linked story's headline, cut short under 'Read More', between two quote paragraphs: the quote goes on": (
        'HM Inspector of Constabulary, Jo Hall, said: "The force is good at investigating crime.\n\nRead More\n\nRead More\n'
        'Driver rammed stolen car into another vehicle at 80mph before running off, leaving woman wi...\n\n"The force is '
        'effective at recruiting a diverse workforce."',
        {("Jo Hall", "The force is good at investigating crime."),
         ("Jo Hall", "The force is effective at recruiting a diverse workforce.")}),
    "'asked:' before a quote frames the asker's question": (
        'Putting a question on behalf of a resident, Councillor Sam Lee asked: "Is it no longer an offence to cycle on the pavement?"',
        {("Sam Lee", "Is it no longer an offence to cycle on the pavement?")}),
    "'he said' after a quote's closing mark and comma, then a man named in what he said: the next 'he' speaks on": (
        'Mr Scott said: "These are difficult times for policing."\n\n"The chief has delivered all that was asked of him," he '
        'said, adding that Chief Constable Tom Reed had shown skill and drive.\n\nHe said the chief wanted to stay, and '
        'added: "I welcome the chance to extend his contract for a year."',
        {("Matthew Scott", "These are difficult times for policing."),
         ("Matthew Scott", "The chief has delivered all that was asked of him"),
         ("Matthew Scott", "I welcome the chance to extend his contract for a year.")}),
    "a page in two columns read across them: a quote over the gap runs into the other column's words, no one's": (
        'Ms Hall said she was pleased.     Inspectors also said the control\n'
        'Inspectors said there were "many     room must have enough staff to\n'
        'strong elements of    meet demand at all hours.\n'
        'performance" in the force.       Every project is now funded.',
        set()),
    "Welsh: 'dywedodd X, a fu'n arwain y gwaith:' (said X, who led the work) over quote paragraphs": (
        "Wrth s\u00f4n am yr adroddiad, dywedodd Matthew Scott, a fu\u2019n arwain y gwaith:\n\n"
        "\u201cMae angen i bobl y sir gael atebion am yr heddlu.\n\n\u201cNid bai ar y staff yw hyn o gwbl.\u201d",
        {("Matthew Scott", "Mae angen i bobl y sir gael atebion am yr heddlu."),
         ("Matthew Scott", "Nid bai ar y staff yw hyn o gwbl.")}),
    "Welsh: 'dywedodd fod' (he or she said that) and a few words before the quote, the pronoun dropped": (
        "Mae Matthew Scott wedi croesawu'r adroddiad.\n\n"
        "Am Heddlu Caint, dywedodd fod yr HMIC \u201cwedi gweld cynnydd mawr ers yr arolygiad diwethaf.\u201d",
        {("Matthew Scott", "wedi gweld cynnydd mawr ers yr arolygiad diwethaf.")}),
    "Welsh: 'meddai' with its pronoun dropped (said he or she), after the person named before": (
        'Yn ôl y prif gwnstabl Rhys Morgan, mae\'r llu wedi gwella eleni.\n\n"Rydyn ni\'n falch iawn o waith ein '
        'swyddogion i gyd," meddai.',
        {("Rhys Morgan", "Rydyn ni'n falch iawn o waith ein swyddogion i gyd")}),
    "Welsh: 'Yn ôl X' (according to X) before a quote in the sentence, and 'meddai X' after one": (
        'Yn ôl Rhys Morgan, mae\'r comisiynydd yn "cuddio\'r gwir am berfformiad y llu".\n\n'
        '"Mae angen i bobl y sir gael atebion," meddai Rhys Morgan.',
        {("Rhys Morgan", "cuddio'r gwir am berfformiad y llu"),
         ("Rhys Morgan", "Mae angen i bobl y sir gael atebion")}),
    "Welsh: 'Ychwanegodd:' before a quote and 'ychwanegodd' after one (he or she added), pronoun dropped": (
        'Yn ôl Rhys Morgan, mae angen i\'r llu wella.\n\nYchwanegodd: "Mae gennym ni lawer o waith i\'w wneud eto."\n\n'
        '"Bydd y llu yn ateb pob galwad yn gynt," ychwanegodd.',
        {("Rhys Morgan", "Mae gennym ni lawer o waith i'w wneud eto."),
         ("Rhys Morgan", "Bydd y llu yn ateb pob galwad yn gynt")}),
    "Welsh: 'ychwanegodd' set off by commas (he or she added) is the last-named person's, not the report's named before it": (
        'Yn ôl Rhys Morgan, mae\'r adroddiad yn deg.\n\nMae e\'n fodlon ar y cynnydd yn erbyn adroddiad HMICFRS, '
        'ychwanegodd, a "byddwn ni\'n dal ati i wella bob mis."',
        {("Rhys Morgan", "byddwn ni'n dal ati i wella bob mis.")}),
    "Welsh: 'meddai' and 'ychwanegodd' with the pronoun dropped, the sentence going on after a comma or a dash": (
        'Mae\'r prif gwnstabl Rhys Morgan wedi beirniadu\'r adroddiad yn hallt.\n\n"Dydy\'r adroddiad ddim yn deg i\'n swyddogion ni," '
        'meddai, gan gyfeirio at y gwaith bob dydd.\n\n"Mae\'r llu wedi gwella mwy na neb arall eleni," ychwanegodd '
        '\u2013 ac roedd e\'n siomedig.',
        {("Rhys Morgan", "Dydy'r adroddiad ddim yn deg i'n swyddogion ni"),
         ("Rhys Morgan", "Mae'r llu wedi gwella mwy na neb arall eleni")}),
    "Welsh: a name set off by a comma and what they are ('X, ymgeisydd Llafur …', no article) is a person 'meddai' may name": (
        'Mae Gwen Prys, ymgeisydd Llafur y sir, yn beio\'r Ceidwadwyr am y methiannau.\n\n'
        '"Mae\'n amlwg bod problemau difrifol yn y llu ers blynyddoedd," meddai.',
        {("Gwen Prys", "Mae'n amlwg bod problemau difrifol yn y llu ers blynyddoedd")}),
    "Welsh: 'meddai’r <post>' and 'meddai’r adroddiad' (said the …, the article written on to the verb)": (
        'Yn ôl y dirprwy brif gwnstabl Rhys Morgan, mae\'r llu wedi gwella.\n\n'
        '"Mae\u2019r llu wedi gwella ym mhob maes eleni," meddai\u2019r dirprwy brif gwnstabl.\n\n'
        '"Rhaid i\u2019r llu ateb galwadau brys yn gynt ym mhob rhan o\u2019r sir," meddai\u2019r adroddiad.',
        {("Rhys Morgan", "Mae'r llu wedi gwella ym mhob maes eleni"),
         (HMICFRS, "Rhaid i'r llu ateb galwadau brys yn gynt ym mhob rhan o'r sir")}),
    "Welsh: 'Dywedodd X:' (X said) before the quote": (
        'Dywedodd Rhys Morgan: "Bydd y llu yn gweithredu ar bob argymhelliad yn yr adroddiad."',
        {("Rhys Morgan", "Bydd y llu yn gweithredu ar bob argymhelliad yn yr adroddiad.")}),
    "'the <party>' as a speaker: the one politician the text names, whose party it does not state otherwise": (
        'Mr Scott gave evidence to MPs on Tuesday.\n\nThe Conservative added: "The inspectorate has never once asked '
        'what our budget allows."',
        {("Matthew Scott", "The inspectorate has never once asked what our budget allows.")}),
    "... nobody where two politicians could be the one": (
        'Mr Scott and Councillor Ann Bell gave evidence to MPs on Tuesday.\n\nThe Conservative '
        'added: "The inspectorate has never once asked what our budget allows."',
        set()),
    "a force named as the speaker, or its spokesperson, speaks its own words; a post in it is its holder's": (
        'In a statement, Kent Police said: "We welcome the report and the hard work of our officers."\n\n'
        '"Every recommendation will be acted on this year," a spokesman for Kent Police said.\n\n'
        'A Kent Police spokeswoman added: "We have already begun that work across the county."\n\n'
        'Kent Police\'s chief constable said: "I am proud of every one of our officers."',
        {("Kent Police", "We welcome the report and the hard work of our officers."),
         ("Kent Police", "Every recommendation will be acted on this year"),
         ("Kent Police", "We have already begun that work across the county."),
         ("Jo Hall", "I am proud of every one of our officers.")}),
    "a force told to do something in a headline is told, not speaking": (
        '"Too many investigations are poorly supervised": Kent Police told to improve how it investigates crime',
        set()),
    "a spokesman for a person speaks for their office, not in their words; one named speaks in their own": (
        'A spokesman for Mr Scott said: "The commissioner will study every page of the report."\n\n'
        '"We will answer each recommendation in public," said a spokeswoman for the PCC.\n\n'
        'Sam Lee, a spokesman for Ms Hall, said: "The chief constable has already met the inspectors twice."',
        {("Sam Lee", "The chief constable has already met the inspectors twice.")}),
    "a second verb of saying in a clause of time, with its own subject named just before it": (
        '"The grades are fair and deserved," Mr Scott said, before Ms Hall added: "We will act on every one of the findings."\n\n'
        '"Victims deserve better than this," Mr Scott said, while Ms Hall warned that the force "cannot do it all on '
        'its own budget".',
        {("Matthew Scott", "The grades are fair and deserved"), ("Jo Hall", "We will act on every one of the findings."),
         ("Matthew Scott", "Victims deserve better than this"), ("Jo Hall", "cannot do it all on its own budget")}),
    "'which said' after a letter from someone: the writer's words, not the sentence subject's": (
        'Mr Scott received a letter from HM Inspector Tom Reed, which said: "The force has a long way still to go on '
        'answering calls."',
        {("Tom Reed", "The force has a long way still to go on answering calls.")}),
    "... after a thing with no writer named: no one's ('a leaflet, which said:', 'a survey, which found:')": (
        'Mr Scott pointed to a leaflet handed to residents, which said: "We will answer every call within ten '
        'seconds."\n\nMs Hall welcomed a survey of victims, which found: "Our officers listened and we felt believed."',
        set()),
    "a report that 'states' or 'concludes' speaks for the inspectorate": (
        'The report states: "Too many calls from the public go unanswered for too long."\n\n'
        '"The force has the leadership it needs to improve," the report concludes.',
        {(HMICFRS, "Too many calls from the public go unanswered for too long."),
         (HMICFRS, "The force has the leadership it needs to improve")}),
    "an area's name in quote marks is a label the text quotes, no one's words": (
        'Inspectors said the force requires improvement at "tackling serious and organised crime".',
        set()),
    "a heading naming whose statement follows by an honorific and a surname ('Mr X's full statement:')": (
        "Mr Scott's full statement:\n\n\"The force has listened to victims and changed how it works.\n\n"
        "\"There is more still to do and I will hold the chief constable to it.\"",
        {("Matthew Scott", "The force has listened to victims and changed how it works."),
         ("Matthew Scott", "There is more still to do and I will hold the chief constable to it.")}),
    "a plural's possessive mark inside single quotes closes nothing where another closing mark follows": (
        "‘The officers’ hard work is paying off for the county’s victims,’ said Ms Hall.\n\n"
        "Mr Scott said: 'The inspectors' report shows how far the force has come.'\n\n"
        "Inspectors called it ‘good at protecting victims’ and ‘better at answering calls than before’.",
        {("Jo Hall", "The officers' hard work is paying off for the county's victims"),
         ("Matthew Scott", "The inspectors' report shows how far the force has come."),
         (HMICFRS, "better at answering calls than before")}),
    "a name, then words about them opening with what they work for ('X, Unison's regional organiser, said')": (
        'Sam Lee, Unison\'s regional organiser for the county, said: "Staff in the control room are at breaking point."'
        '\n\nAnn Cole, NSPCC head of policy, said: "Children in Kent deserve a faster response than this."',
        {("Sam Lee", "Staff in the control room are at breaking point."),
         ("Ann Cole", "Children in Kent deserve a faster response than this.")}),
    "words about a name set off by commas before any verb framing their words ('X, chief executive of …, responded:')": (
        'Sam Lee, Chief Executive of Victim Support, responded to the report: "This makes disturbing reading for every '
        'victim."\n\nHe went on: "Their rights have to be written into law."\n\nAnn Cole, Victim Support\'s Chief '
        'Executive, replied: "Children in Kent deserve a faster response than this."',
        {("Sam Lee", "This makes disturbing reading for every victim."),
         ("Sam Lee", "Their rights have to be written into law."),
         ("Ann Cole", "Children in Kent deserve a faster response than this.")}),
    "a speaker named after the verb behind whose they are ('said Victim Support's X'), or after 'according to'": (
        '"Too many victims are still waiting weeks for a call back," said Victim Support\'s Sam Lee.\n\n'
        '"The control room has lost a third of its staff since 2019," according to Ann Cole.',
        {("Sam Lee", "Too many victims are still waiting weeks for a call back"),
         ("Ann Cole", "The control room has lost a third of its staff since 2019")}),
    "a speaker named bare before 'wrote', 'insisted', 'admitted' … (no post the vocabulary knows)": (
        'Sam Lee wrote on Facebook: "The police never came when my shop was broken into last spring."\n\n'
        'Ann Cole insisted: "Our volunteers are ready to help the force answer calls."',
        {("Sam Lee", "The police never came when my shop was broken into last spring."),
         ("Ann Cole", "Our volunteers are ready to help the force answer calls.")}),
    "quoting someone 'as saying': their words, or no one's where the text names no one it knows": (
        'Mr Scott quoted Ms Hall as saying: "Every call to this force will be answered within ten seconds."\n\n'
        'The report quoted one officer as saying: "We are too few to cover the whole county at night."',
        {("Jo Hall", "Every call to this force will be answered within ten seconds.")}),
    "a verb of saying whose subject a speaker reports ('X said residents had told him \"…\"'): its subject's words": (
        'Mr Scott said residents had told him "the police never come when we call them at night".\n\n'
        'Ms Hall said Tom Reed of Essex Police had described the plan as "the best thing the region has done in years".',
        {("Tom Reed", "the best thing the region has done in years")}),
    "two people joined by 'and' as the subject: the words of both, of neither alone": (
        'In a joint statement, Mr Scott and Ms Hall said: "Every recommendation in the report will be acted on."\n\n'
        'Mr Scott, the PCC, and Chief Constable Jo Hall added: "We will report back on progress in six months."\n\n'
        'Kent Police and Crime Commissioner Matthew Scott said: "The public deserve to see the progress for themselves."',
        {("Matthew Scott", "The public deserve to see the progress for themselves.")}),
    "a speaker named with their post after a comma, then a colon, nothing else ('X, Kent PCC: \"…\"')": (
        'Matthew Scott, Kent PCC: "The report is a fair picture of a force that is improving."',
        {("Matthew Scott", "The report is a fair picture of a force that is improving.")}),
    "an inspector's quote paragraphs broken by narration whose subject is her inspectorate ('Inspectors had found …'): hers": (
        'HM Inspector Ann Lowe said: "The force answers most emergency calls within its target times." Inspectors had '
        'also found sound plans for the winter months.\n\n"Neighbourhood teams know the people they serve and are trusted '
        'by them."',
        {("Ann Lowe", "The force answers most emergency calls within its target times."),
         ("Ann Lowe", "Neighbourhood teams know the people they serve and are trusted by them.")}),
    "... not a commissioner's: the inspectors' findings break his run": (
        'Mr Scott said: "The force answers most emergency calls within its target times." Inspectors had also found '
        'sound plans for the winter months.\n\n"Neighbourhood teams know the people they serve and are trusted by them."',
        {("Matthew Scott", "The force answers most emergency calls within its target times.")}),
    "a worry voiced about what the quoted words name ('voiced concerns about its \"…\"'): the speaker's words": (
        'Chief Constable Jo Hall welcomed the findings.\n\nBut Mr Scott expressed concerns about its "slow progress on '
        'answering non-emergency calls".',
        {("Matthew Scott", "slow progress on answering non-emergency calls")}),
    "... nor the words a clause about the concern quotes ('raised concerns over how the force is \"…\"')": (
        'Mr Scott raised concerns over how the force is "answering calls from victims of burglary and theft".',
        set()),
    "... not where a thing raised the concerns ('letters \"…\" which raised concerns about'): the writer's words": (
        'Ms Hall had written to Mr Scott saying there were "several cases of late responses to victims" which raised '
        'concerns about the control room and "are likely to have hurt public trust in the force".',
        {("Jo Hall", "several cases of late responses to victims"),
         ("Jo Hall", "are likely to have hurt public trust in the force")}),
    "words named by who made them before the colon ('a statement Ms Hall made last week:', 'a letter from X:'): theirs": (
        'Kent Police declined to comment further. It did re-post a statement Ms Hall made in March: "I am determined that '
        'every victim gets the service they deserve."\n\nMr Scott then read out a letter from Chief Constable Jo Hall: '
        '"The control room will have twenty more call handlers by the summer."',
        {("Jo Hall", "I am determined that every victim gets the service they deserve."),
         ("Jo Hall", "The control room will have twenty more call handlers by the summer.")}),
    "a peer named by title and surname alone ('Lord Hale said:', '… added Baroness Reed'): the surname speaks": (
        'Lord Hale said: "These findings reflect the hard work of officers across the county."\n\n'
        '"There is still a long way to go on answering calls," added Baroness Reed.',
        {("Hale", "These findings reflect the hard work of officers across the county."),
         ("Reed", "There is still a long way to go on answering calls")}),
    "... not a post titled 'Lord' ('the Lord Lieutenant said'): nobody the text names": (
        'The Lord Lieutenant said: "These findings reflect the hard work of officers across the county."',
        set()),
    "'the <party> <politician>' as the speaker: the one person the text names after that party, a candidate of no post": (
        "Voters in Hythe choose a new councillor next week, when Labour's Sam Lee stands against Ann Ball of the Green "
        "Party.\n\nMr Lee said crime had come up on every doorstep.\n\nThe Labour hopeful for the Hythe by-election said:\n\n\u201cResidents tell me that burglary is what "
        "worries them most.\u201d",
        {("Sam Lee", "Residents tell me that burglary is what worries them most.")}),
    "... nobody's where the text names two people after that party": (
        "Labour's Sam Lee and Labour's Tom Lowe are standing in Hythe next week.\n\nMr Lee said crime had come up on every "
        "doorstep. Mr Lowe said the same.\n\nThe Labour candidate said: "
        "\u201cResidents tell me that burglary is what worries them most.\u201d",
        set()),
    "'the new <post>' is not the holder the text names as leaving it ('the sitting PCC, X'): nobody the text names": (
        "Kent's new police and crime commissioner says the force \"has failed victims of burglary for far too long\".\n\n"
        "Sam Lee beat the sitting PCC, Matthew Scott, at the polls last week.",
        set()),
    "'she added' after a picture's caption under its glued alt text goes on with the speaker before, not the one pictured": (
        'HM Inspector Ann Lowe said the force had "made steady progress in the way it answers emergency calls".\n\n'
        'Kent PCC Sam BallKent PCC\nKent PCC Sam Ball said she had "every confidence" in the force\n\n'
        'She added: "Too many crimes reported online are still not recorded on the day they are reported."',
        {("Ann Lowe", "made steady progress in the way it answers emergency calls"),
         ("Ann Lowe", "Too many crimes reported online are still not recorded on the day they are reported.")}),
    "... but a paragraph that ends as a sentence under the glued line is prose: its speaker is who 'she' is": (
        'HM Inspector Ann Lowe said the force had "made steady progress in the way it answers emergency calls".\n\n'
        'Kent PCC Sam BallKent PCC\nKent PCC Sam Ball said: "I have every confidence in the force and its officers."\n\n'
        'She added: "Too many crimes reported online are still not recorded on the day they are reported."',
        {("Ann Lowe", "made steady progress in the way it answers emergency calls"),
         ("Sam Ball", "I have every confidence in the force and its officers."),
         ("Sam Ball", "Too many crimes reported online are still not recorded on the day they are reported.")}),
    "words quoted beside the subject's first-person words in a sentence no one speaks in are the subject's too": (
        'Mr Scott was quick to recognise the "patience of every call handler on the night shift" and the "strength of '
        'our work with the county council".',
        {("Matthew Scott", "patience of every call handler on the night shift"),
         ("Matthew Scott", "strength of our work with the county council")}),
    "'he' again in a sentence whose subject is 'he', after a person named as its object: the subject's words": (
        'Mr Scott said the grades were fair.\n\nHe has since written to Chief Constable Tom Reed of Essex Police, arguing '
        'that the new unit "has already cut waiting times for victims", a change he says will "give people far more faith '
        'in the force".',
        {("Matthew Scott", "has already cut waiting times for victims"),
         ("Matthew Scott", "give people far more faith in the force")}),
    "a headline's quote, a dash and a name whose clause says nothing: the one pressed is no speaker": (
        "'Our streets are no longer safe at night' - Matthew Scott pressed on his plans\n\nThe panel met on Thursday.",
        set()),
    "'he' after a first name alone that speaks ('Tony said: …' / 'He went on:'), not the man named in full before": (
        "Kent Police Federation chair Tony Reed said officers were proud to serve.\n\nHM Inspector of Constabulary Roy "
        "Wilsher praised officers for the progress made.\n\nBut Mr Wilsher said he had found some officers who felt cut "
        "off.\n\nResponding to the report, Tony said: \"Our members became police officers because they wanted to help "
        "people.\"\n\nHe went on: \"But it is no secret that the force is going through a difficult time.\"",
        {("Tony Reed", "Our members became police officers because they wanted to help people."),
         ("Tony Reed", "But it is no secret that the force is going through a difficult time.")}),
    "a surname's speaker after a long relative clause ('Mr Alam, who … and also holds the … Medal, said')": (
        "Sultan Alam is to stand for election.\n\nMr Alam, who was commended for bravery while serving and also holds "
        "the Exemplary Police Service Medal, said: \"The force appears to be in a worse state now than it was.\"",
        {("Sultan Alam", "The force appears to be in a worse state now than it was.")}),
    "a first name alone that speaks, the one name in full it opens ('Tom Webb's reaction' / 'Tom said:')": (
        "Tom Webb's reaction to the report published today\n\nTom said: \"Today's findings show that the cuts have had "
        "devastating consequences.\"",
        {("Tom Webb", "Today's findings show that the cuts have had devastating consequences.")}),
    "a headline's quote, a colon, then titles and a name alone: theirs": (
        "'We want to be the best we can for our people': New Chief Constable Jo Hall\n\nThe panel met on Thursday.",
        {("Jo Hall", "We want to be the best we can for our people")}),
    "... not a verdict on a force after the colon": (
        "'We are failing the people of this county': the damning verdict on Kent Police\n\nThe panel met on Thursday.",
        set()),
    "... but a name and a verb of saying after the dash: the speaker's": (
        "'Our streets are safer than they were last year' - Matthew Scott hits back\n\nThe panel met on Thursday.",
        {("Matthew Scott", "Our streets are safer than they were last year")}),
    "'he' is the subject a post in lower case names, not a man named in what he asked": (
        'Labour councillor Tom Reed asked whether Ann Bell, Mr Scott\'s deputy, should stay in post.\n\n'
        '"We have had failure after failure in this county," he said.',
        {("Tom Reed", "We have had failure after failure in this county")}),
    "a compass point as a surname, after a title": (
        'Assistant Chief Constable Tom West said the force was stretched.\n\n'
        'ACC West said: "We have not been able to invest in new equipment this year."',
        {("Tom West", "We have not been able to invest in new equipment this year.")}),
    "the subject after a participle's clause, a first name alone: no one the converter knows, not the man named in the "
    "clause": (
        'Chief Inspector Tom Reed briefed the panel on crime trends.\n\nSpeaking after what he called a useful meeting '
        'with CI Reed, Michael said: "I am confident about where the force is heading this year."',
        set()),
    "a quote speaking as 'I' after a paragraph whose subject is one person, no one else named: theirs": (
        'Mr Scott will go through the report with senior officers at the Accountability and Performance Meeting next '
        'week.\n\n"Having been elected in May, this report gives me a useful outside view of how the force is doing."',
        {("Matthew Scott", "Having been elected in May, this report gives me a useful outside view of how the force is "
                           "doing.")}),
    "... not where that paragraph names another (the chief constable, whose holder is named)": (
        'Mr Scott will go through the report with the chief constable next week.\n\n"Having been elected in May, this '
        'report gives me a useful outside view of how the force is doing."',
        set()),
    "... nor a quote that does not speak as 'I'": (
        'Mr Scott will go through the report with senior officers next week.\n\n"This report gives the force a useful '
        'outside view of how it is doing and where to improve."',
        set()),
    "'reported that' as a verb of saying: the reporter's words": (
        'Ann Lowe, HM Inspector of Constabulary, reported that the force is good at investigating crime, though some cases '
        '"are not supervised closely enough by sergeants."',
        {("Ann Lowe", "are not supervised closely enough by sergeants.")}),
    "a campaign's or a report's title in quote marks, its parts set apart by commas or a dash, is no one's words": (
        '"The force listens," he added, saying the \'Your Town, Your Police, Your Say\' engagement campaign would run '
        'again.\n\nIn its report, \u2018Policing in Hard Times \u2013 Meeting the Challenge\u2019, HMIC said the force '
        'had saved money.',
        set()),
    "a pull quote set as a caption, a picture's credit after it: no one's the paragraph before reports": (
        'In the other direction, the chief constable tells me what is on her mind every week.\n\n'
        "'When I appointed the present chief, Jo Hall, in 2021, I said the task was to improve steadily'. PIC: Tom Webb"
        "\n\nThere is a formal meeting too.",
        set()),
    "... but one with a verb of saying before the credit: the speaker's": (
        "'When I appointed the present chief, Jo Hall, in 2021, I said the task was to improve steadily', said Mr Scott. "
        "Picture: Tom Webb\n\nThere is a formal meeting too.",
        {("Matthew Scott", "When I appointed the present chief, Jo Hall, in 2021, I said the task was to improve steadily")}),
    "a paragraph announcing the next with 'said,' where a colon belongs: the next paragraph's quote is the one it names": (
        'Chief Constable Tom Reed said:\n\n"We must keep the trust of the public on this sensitive issue."\n\n'
        'Cllr Sam Lee, Deputy Police and Crime Commissioner, said,\n\n"We have introduced new training for officers and '
        'set up local oversight committees."',
        {("Tom Reed", "We must keep the trust of the public on this sensitive issue."),
         ("Sam Lee", "We have introduced new training for officers and set up local oversight committees.")}),
    "a double quote closed by a single mark after a word: one word quoted, not the paragraph after it": (
        "Inside three years HMI Matt Parr declared the force to be \"good' in all areas inspected. She also persuaded the "
        "Home Office, after decades of refusal, to recognise the pressures in her area and to change its rules.",
        set()),
    "... or a longer passage so closed, a conjunction after the mark ('offenders' and praised'), not a plural's possessive": (
        "The report said the force had made \"significant progress in how it manages offenders' and praised its "
        "neighbourhood teams for their work.",
        {(HMICFRS, "significant progress in how it manages offenders")}),
    "an organisation's spokesperson speaks for it ('A Home Office spokesman said'), not its possessive ('HMIC's \"…\"')": (
        'A Home Office spokesman said: "We expect every force to act on the findings without delay." According to '
        'HMIC\'s "police effectiveness, efficiency and legitimacy" inspection, the force lacks detectives.',
        {("Home Office", "We expect every force to act on the findings without delay.")}),
    "two quotes of a sentence joined by a few words, the speaker after the second: both the speaker's": (
        "Around a quarter of forces are \u201coverwhelmed by the demand they face\u201d, leading to \u201cworrying "
        "backlogs of emergency jobs\u201d, says Chief Constable Jo Hall.",
        {("Jo Hall", "overwhelmed by the demand they face"), ("Jo Hall", "worrying backlogs of emergency jobs")}),
    "a quote paragraph opening with a post, then 'he said' after the next quote: the post is the speaker's words, not him": (
        "PCC Godden has met Chief Constable Ann Bell several times.\n\n\u201cThe chief constable has quickened the pace of "
        "improvements she was already making.\n\n\"It is my job to make sure that the trajectory continues,\u201d he said.",
        {("Godden", "The chief constable has quickened the pace of improvements she was already making."),
         ("Godden", "It is my job to make sure that the trajectory continues")}),
    "the seat a member is for, set off before 'said:', is no one: the 'she' after it is the member": (
        "Responding to the report, Ann Reed MP, the Liberal Democrat MP for Cardiff Central, said:\n\n\"South Wales "
        "Police have plenty of room for improvement.\n\n\"Other key areas that the police need to improve on are "
        "consulting the public,\" she said.",
        {("Ann Reed", "South Wales Police have plenty of room for improvement."),
         ("Ann Reed", "Other key areas that the police need to improve on are consulting the public")}),
    "'In X's view' opening the sentence: the words quoted in it are X's": (
        "Mr Scott welcomed the report.\n\nIn Mr Scott's view the report should \u201cnot be a reflection on the frontline "
        "officers and staff\u201d, and they would carry on.",
        {("Matthew Scott", "not be a reflection on the frontline officers and staff")}),
    "', and added:' shares the subject of the verb of saying before it, not of the clause it reports": (
        "Ms Hall said the former chief constable, Mr Tom Reed, had also complained about the inspector, and added: "
        "\"We are now calling on the inspectorate to publish the findings.\" Mr Scott, who said Ms Hall had 'failed', "
        "and added: \"We need better than this record.\"",
        {("Jo Hall", "We are now calling on the inspectorate to publish the findings."),
         ("Matthew Scott", "We need better than this record.")}),
    "praise with its object, then a colon and the words": (
        "Chief Constable Jo Hall is to retire this summer.\n\nThe Chief praised colleagues across the force: \"I am proud "
        "to have served with officers, staff and volunteers.\"",
        {("Jo Hall", "I am proud to have served with officers, staff and volunteers.")}),
    "a person's own statement as the subject after the quote": (
        "Chief Constable Jo Hall is to retire this summer.\n\n\"The force is in good shape financially and "
        "operationally,\" her official statement said.",
        {("Jo Hall", "The force is in good shape financially and operationally")}),
    "a town hall after the speaker's post is no person": (
        "Cllr Jo Hall, Leader of the Liberal Democrats at Stockport Town Hall, said: \"The news is shocking and an "
        "indictment of the leadership.\"",
        {("Jo Hall", "The news is shocking and an indictment of the leadership.")}),
    "a surname misspelt once the person is named in full: the words are theirs, not a new person's": (
        "Councillor Tom Zukowskyj challenged the commissioner.\n\nMr Zukowski said: \"It would appear the commissioner "
        "is in denial about the cuts.\"\n\nMr Brinkwroth said: \"The report speaks for itself.\"",
        {("Tom Zukowskyj", "It would appear the commissioner is in denial about the cuts."),
         ("Brinkwroth", "The report speaks for itself.")}),
    "... two letters swapped": (
        "Councillor Tom Brinkworth challenged the commissioner.\n\nMr Brinkwroth said: \"The report speaks for itself.\"",
        {("Tom Brinkworth", "The report speaks for itself.")}),
    "... but a short surname one letter from a known one is another person's": (
        "Mr Hull said: \"The report speaks for itself.\"",
        {("Hull", "The report speaks for itself.")}),
    "a commander by the rank's short form and surname, in a force without the rank": (
        "The panel voted to confirm Ann Lowe as the next chief constable, having heard from Commander (Cdr) Lowe. Cdr Lowe "
        "said, \"It is really tough to be assessed as outstanding.\"",
        {("Ann Lowe", "It is really tough to be assessed as outstanding.")}),
    "a post's letter to a named addressee: the writer's words, not the addressee's": (
        "The commissioner's letter to the council and to Chief Constable Jo Hall said the \"report paints a worrying "
        "picture\".",
        {("Matthew Scott", "report paints a worrying picture")}),
}


@pytest.mark.parametrize("passage, expected", QUOTES.values(), ids=QUOTES.keys())
def test_direct_quotes(passage, expected):
    assert claims(passage) == expected


# case id -> (passage, the reported statements it states)
REPORTED = {
    "whom a speaker told it, by name, then 'that': 'told the Kent Messenger that', 'told the Panel that'": (
        "Chief Constable Tim Smith told the Kent Messenger that the force had turned a corner. PCC Jo Hall told the Panel "
        "that she was not happy with the rating.",
        {("Tim Smith", "the force had turned a corner."), ("Jo Hall", "she was not happy with the rating.")}),
    "a post set off after the name, its place or party before it ('Sussex Police and Crime Commissioner', 'Labour MP for …')": (
        "Katy Bourne OBE, Sussex Police and Crime Commissioner, said she was pleased with the progress made. Jess "
        "Phillips, Labour MP for Birmingham Yardley, said the region had lost hundreds of officers since 2010.",
        {("Katy Bourne", "she was pleased with the progress made."),
         ("Jess Phillips", "the region had lost hundreds of officers since 2010.")}),
    "a worry voiced, then 'that': 'were concerned that', 'remains concerned that'": (
        "Inspectors were concerned that the force was not answering emergency calls quickly enough. HMIC remains "
        "concerned that the force's long-term financial position could make policing hard to sustain.",
        {(HMICFRS, "the force was not answering emergency calls quickly enough."),
         (HMICFRS, "the force's long-term financial position could make policing hard to sustain.")}),
    "a post whose name has commas, set off whole between the name and the verb": (
        "Roger Hirst, Police, Fire and Crime Commissioner for Essex, said the force was improving on every measure.",
        {("Roger Hirst", "the force was improving on every measure.")}),
    "honours set off by commas after the name, and a quote too short to be one, its words without the marks": (
        "Chief Constable Jo Hall, QPM, said the grades reflected the hard work of officers and staff. \"We welcome the "
        "report,\" a Kent Police spokesman said.",
        {("Jo Hall", "the grades reflected the hard work of officers and staff."),
         ("Kent Police", "We welcome the report")}),
    "how others judged the force, in the passive, does not go on with the statement before it": (
        "Chief Constable Amy Fox said an improvement plan is being prepared. The force is criticised for failings in "
        "managing investigations. It has been praised for its work with victims.",
        {("Amy Fox", "an improvement plan is being prepared.")}),
    "a clause's subject carries over 'and' to a verb of saying ('thanked officers … and said'), not to 'added to'": (
        "Matthew Scott, the police and crime commissioner, thanked officers for their work and said the force had made "
        "progress on call handling. Chief Constable Jo Hall introduced the report and said the force would act on it "
        "quickly. HMICFRS rated the force good in five areas but warned it required improvement in three \u2013 and "
        "said that would only change with bigger budgets. Inspectors encouraged shared ownership of local problems "
        "and added to the capacity of the force.",
        {("Matthew Scott", "the force had made progress on call handling."),
         ("Jo Hall", "the force would act on it quickly."),
         (HMICFRS, "it required improvement in three"),
         (HMICFRS, "that would only change with bigger budgets.")}),
    "where it was said without 'that' before a pronoun ('said in a statement it would'); 'It comes after' is narration": (
        "Kent Police said in a statement it would act on every recommendation. The report said the force needed to improve "
        "how it handles calls. It comes after the force was placed in special measures last year. PCC Amy Fox said on "
        "Twitter the force had work to do. This follows a critical report in 2022. She said earlier reports had warned of "
        "the same problems.",
        {("Kent Police", "it would act on every recommendation."),
         (HMICFRS, "the force needed to improve how it handles calls."),
         ("Amy Fox", "the force had work to do."), ("Amy Fox", "earlier reports had warned of the same problems.")}),
    "a verb of saying in a relative clause that opens the sentence gives the sentence; one after a clause gives nothing": (
        "The first thing the report told them was to make their response to calls faster. Among the improvements HMICFRS "
        "noted were a reduction in crime and better problem-solving. Chief Constable Jo Hall confirmed she is retiring, in "
        "a letter that she said was written with mixed emotions.",
        {(HMICFRS, "The first thing the report told them was to make their response to calls faster."),
         (HMICFRS, "Among the improvements HMICFRS noted were a reduction in crime and better problem-solving.")}),
    "'that' as the subject of what was said stays in it ('said that had been …'); 'said in a report that' goes": (
        "Chief Constable Jo Hall said that had certainly been the tone of recent coverage. That was an area for "
        "improvement, she said, and the force had to act. According to the report, that was lower than expected. HMICFRS "
        "said in a report that the force is not managing the risks well.",
        {("Jo Hall", "that had certainly been the tone of recent coverage."),
         ("Jo Hall", "That was an area for improvement, she said, and the force had to act."),
         (HMICFRS, "that was lower than expected."), (HMICFRS, "the force is not managing the risks well.")}),
    "what 'concluded that', 'judged that' or 'highlighted that' introduces, not the verb; a dash opening it dropped": (
        "The report concluded that the force had made significant progress. Inspectors judged that - despite the cuts - "
        "the force was coping well. The report highlighted that the force had too few detectives to cope.",
        {(HMICFRS, "the force had made significant progress."), (HMICFRS, "despite the cuts - the force was coping well."),
         (HMICFRS, "the force had too few detectives to cope.")}),
    "the words before ', inspectors said' and where or when they said them ('in a report on Friday', 'this week')": (
        "Weak performance management at the force results in poor service delivery, inspectors said in a report on "
        "Friday. Some forces may not cope with further cuts, HMIC said this week in its 2015 Police Efficiency Inspection "
        "report.",
        {(HMICFRS, "Weak performance management at the force results in poor service delivery"),
         (HMICFRS, "Some forces may not cope with further cuts")}),
    "an organisation told what it must do is the hearer, not the statement": (
        "The inspectorate has told Kent Police it must get better at answering emergency calls.",
        {(HMICFRS, "it must get better at answering emergency calls.")}),
    "the subject before an aside whose quote cuts it, not what the aside's preposition governs ('over the force')": (
        'Chief Constable Jo Hall, acknowledging "dark clouds" over the force, said the result marked "a turnaround from a '
        'bad place to the very top tier".',
        {("Jo Hall", 'the result marked "a turnaround from a bad place to the very top tier".')}),
    "a verb of reporting with 'by' after it is a participle, no statement ('… welcomed by force bosses')": (
        "Kent Police report: call for more funding from inspectors welcomed by the county's police leaders",
        set()),
    "... nor is praise's 'for' straight after the verb: a headline's passive ('Kent Police praised for …')": (
        "Kent Police praised for tackling crime\n\nEssex Police criticised for slow response to 999 calls",
        set()),
    "a sentence given as someone's account, 'according to' them before it or after it; a post then its holder": (
        "According to the inspectorate, the force has kept its response times down. The force is failing victims of "
        "crime, according to the report. According to Deputy Chief Constable, Jo Hall, the rating came about because "
        "there were too few staff.",
        {(HMICFRS, "the force has kept its response times down."), (HMICFRS, "The force is failing victims of crime"),
         ("Jo Hall", "the rating came about because there were too few staff.")}),
    "... not one with a verb in its 'subject' (no comma after it), nor one whose source is no speaker": (
        "According to HMICFRS the force also failed to answer, or respond to, emergency calls in time. According to "
        "Home Office figures, crime rose by five per cent last year.",
        set()),
    "... past an aside on the report ('According to the report, published today by HMICFRS, …')": (
        "According to the 2023-25 report, published today by HMICFRS, the force requires improvement in responding to "
        "the public.",
        {(HMICFRS, "the force requires improvement in responding to the public.")}),
    "an organisation's statement past a relative clause set off after it ('The report, which …, said')": (
        "The report, which was published on Friday, said the force had a clear focus on prevention.",
        {(HMICFRS, "the force had a clear focus on prevention.")}),
    "where or when it was said, before 'that', is not the statement ('said in a statement that …', 'on Twitter')": (
        "Kent Police said in a statement that it would publish an action plan. Kent Police said on Twitter that it was "
        "proud of every officer.",
        {("Kent Police", "it would publish an action plan."), ("Kent Police", "it was proud of every officer.")}),
    "what someone found, as a verb's object before it, is no statement: the words after the verb are narration": (
        "Ms Hall was briefed on what the inspectors had found in March, weeks before the report came out.",
        set()),
    "a phrase set off between the speaker and the verb": (
        "PCC Matthew Scott, responding to the report, said the force had to improve how it answered calls.",
        {("Matthew Scott", "the force had to improve how it answered calls.")}),
    "... after a title in the post's own lower-case words ('Labour councillor')": (
        "Labour councillor Amy Fox, who sits on the police and crime panel, said the force had to answer calls faster.",
        {("Amy Fox", "the force had to answer calls faster.")}),
    "... after a party in brackets": (
        "Cllr Amy Fox (Con), chair of the panel, said the force had to answer calls faster.",
        {("Amy Fox", "the force had to answer calls faster.")}),
    "... past a post set off after the name with its force's or area's possessive ('Kent's PCC')": (
        "Amy Fox, Kent's PCC, said the force had to answer calls faster. Jo Hall, Kent Police's deputy chief constable, said "
        "the force was working on it.",
        {("Amy Fox", "the force had to answer calls faster."), ("Jo Hall", "the force was working on it.")}),
    "... what was said without when it was said ('said earlier that')": (
        "Chief Constable Amy Fox said earlier that the force had to answer calls faster.",
        {("Amy Fox", "the force had to answer calls faster.")}),
    "... without whom it was told to ('told the Panel', 'told BBC Radio Kent', 'told a meeting of … that')": (
        "Councillor Amy Fox told the Panel the report was a fantastic result for the force. Chief Constable Jo Hall told BBC "
        "Radio Kent the force was on the right track. Ann Bell told a meeting of the Kent Police and Crime Panel that the "
        "findings came as a shock.",
        {("Amy Fox", "the report was a fantastic result for the force."), ("Jo Hall", "the force was on the right track."),
         ("Ann Bell", "the findings came as a shock.")}),
    "... but not the person a phrase set off after the subject names: the report's ('The report, which praised …')": (
        "The report, which praised Chief Constable Jo Hall, said the force had to answer calls faster.",
        {(HMICFRS, "the force had to answer calls faster.")}),
    "... after the inspector's title as news wrote it before 2017, 'HMIC', set off": (
        "Zoe Billingham, HMIC, said the force had improved its response times.",
        {("Zoe Billingham", "the force had improved its response times.")}),
    "the speaker inside the sentence: the whole sentence": (
        "Ms Hall spoke to reporters. Opportunities to prosecute were being missed, she said, because investigations were poor.",
        {("Jo Hall", "Opportunities to prosecute were being missed, she said, because investigations were poor.")}),
    "... and the pronoun 'That' opening them is kept, not cut as the conjunction would be": (
        "Ms Hall spoke to reporters. That, she said, was the force's biggest and proudest achievement.",
        {("Jo Hall", "That, she said, was the force's biggest and proudest achievement.")}),
    "no leading comma": (
        "He added that, while a significant amount of work remained, the force was on the right path.",
        {("Matthew Scott", "while a significant amount of work remained, the force was on the right path.")}),
    "words that announce a list are no statement": (
        "Ms Hall welcomed the report, which graded the force as:\n\n- Good in preventing crime\n",
        set()),
    "a statement cut short by a list is none": (
        "Inspectors said the Force is\n\n- good at preventing crime\n- adequate at investigating crime\n",
        set()),
    "'how' is part of what was noted": (
        "Inspectors also noted how well the force supports victims of rape.",
        {(HMICFRS, "how well the force supports victims of rape.")}),
    "a passive names no speaker": (
        "Matthew Scott was praised for delivering on the priorities in his plan.",
        set()),
    "a relative clause's verb is no new speaker": (
        "Mr Scott said the patrols had helped bring down anti-social behaviour, which the report says explains the fall.",
        {("Matthew Scott", "the patrols had helped bring down anti-social behaviour, which the report says "
                           "explains the fall.")}),
    "the journalist's next sentence is not the speaker's": (
        "Ms Hall said the decision followed careful consideration. The official report is due in April 2025.",
        {("Jo Hall", "the decision followed careful consideration.")}),
    "the next sentence about the force goes on with the statement": (
        "HMICFRS said the force has improved how it protects vulnerable people. It has a well-established "
        "domestic abuse scrutiny panel.",
        {(HMICFRS, "the force has improved how it protects vulnerable people."),
         (HMICFRS, "It has a well-established domestic abuse scrutiny panel.")}),
    "a reporting verb inside what was said makes no statement of its own": (
        "Ms Hall said the force had also found better ways of protecting victims of domestic abuse.",
        {("Jo Hall", "the force had also found better ways of protecting victims of domestic abuse.")}),
    "a conjunction before the verb: its subject is the words after it": (
        "Mr Scott spoke out as inspectors found the force had failed too many victims.",
        {(HMICFRS, "the force had failed too many victims.")}),
    "a name set off by commas before the verbs: 'Kent's deputy chief constable, X, welcomed … and said'": (
        "Kent Police's Deputy Chief Constable, Tom Reed, welcomed the report and said positive steps had been taken.",
        {("Tom Reed", "positive steps had been taken.")}),
    "the verb straight after a comma: its subject is the name before it ('Kent's PCC, X, said')": (
        "Speaking on Tuesday, Kent's police and crime commissioner, Matthew Scott, said the force had done well this year.",
        {("Matthew Scott", "the force had done well this year.")}),
    "… but not a name inside a relative clause before the comma": (
        "The review, which was ordered by Matthew Scott, said the force had done well this year.",
        set()),
    "a summary line repeating a quote below, its marks lost and its last word cut, is no statement of its own": (
        "Kent's police are among the best in the country. Ms Hall said: We are proud of every offic\n\n"
        'Ms Hall said: "We are proud of every officer and member of staff in the force."',
        set()),
    "... but words reported in other words are": (
        'Ms Hall said the force was proud of every officer.\n\nMs Hall said: "We are proud of every officer and member '
        'of staff in the force."',
        {("Jo Hall", "the force was proud of every officer.")}),
    "a name before a colon is no subject of the clause after it": (
        "The report will land badly with the commissioner, Matthew Scott: the inspectors not only identified failings "
        "in call handling, they also doubted the force's plans.",
        set()),
    "those who stand with or against someone speak for themselves, not for that person": (
        "Critics of Mr Scott said the force had not improved its call handling at all.\n\n"
        "Sources close to Ms Hall said the chief constable was disappointed by the report.",
        set()),
    "a name, then a post set off by commas, before the verb: 'X, HM Inspector for the region, said'": (
        "Zoe Billingham, HM Inspector of Constabulary for the Eastern Region, said staff were encouraged to use their "
        "discretion. \"The ethical culture across the force is having a positive effect on the public.\"",
        {("Zoe Billingham", "staff were encouraged to use their discretion.")}),
    "'she' after a sentence on a post that 'she added' spoke of is who spoke, not the post's holder": (
        "Labour MP Amy Fox demanded that Ms Hall stand down. The chief constable, she added, ought to do the decent "
        "thing. She also said she was appalled that the force had been rated poor.",
        {("Amy Fox", "The chief constable, she added, ought to do the decent thing."),
         ("Amy Fox", "she was appalled that the force had been rated poor.")}),
    "told someone that": (
        "Mr Scott told Dan Ode of BBC Radio Kent that a report on the force would reflect the change.",
        {("Matthew Scott", "a report on the force would reflect the change.")}),
}


@pytest.mark.parametrize("passage, expected", REPORTED.values(), ids=REPORTED.keys())
def test_reported_statements(passage, expected):
    assert claims(passage, direct=False) == expected


def test_he_where_no_man_is_named_is_nobody_not_an_organisation_named_before():
    """'…partnerships with the Home Office. He noted that, …, "…"': with no man named, the words are
    nobody's the converter can name, never the Home Office's."""
    text = ("Kent Police has been inspected by His Majesty's Inspectorate of Constabulary and Fire & Rescue Services.\n\n"
            "The force has built partnerships with the Home Office and local councils. He noted that, after years of "
            'cuts, "the force has worked hard to keep its officers safe at work."\n')
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    facts = extract(Source(id=digest[:16], name="kent.txt", text=text, sha256=digest))
    assert [c for c in facts.claims if c.direct] == []


def test_an_institution_named_between_is_no_person_a_pronoun_could_name():
    """'He said … partnerships with the Health and Safety Executive and the NHS. He noted that, …, "…"':
    the words are the HM Inspector's, named before; 'Safety Executive' is no person."""
    text = ("Kent Police has been inspected by His Majesty's Inspectorate of Constabulary and Fire & Rescue Services.\n\n"
            "HM Inspector of Constabulary Tom Reed said: \"The force keeps people safe.\"\n\n"
            "He said a dedicated team worked with other organisations, among them local authorities, the Health and "
            "Safety Executive, the NHS and the Probation Service.\n\n"
            'He noted that, set up with the commissioner, "an independent panel reviews the use of force by officers."\n')
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    facts = extract(Source(id=digest[:16], name="kent.txt", text=text, sha256=digest))
    assert {(c.speaker, c.text) for c in facts.claims if c.direct} == {
        ("Tom Reed", "The force keeps people safe."),
        ("Tom Reed", "an independent panel reviews the use of force by officers.")}


def test_a_quote_cut_by_the_end_of_the_page():
    """Where the page stops inside a word, the cut word counts for none: a fragment of four words and
    a cut one is no quote; a longer quote cut short is kept as it stands."""
    assert claims('Ms Hall said the report recognised their "skill and dedication in p') == set()
    assert claims('Mr Scott said: "The force has worked hard on every one of the areas the inspectors ra') == {
        ("Matthew Scott", "The force has worked hard on every one of the areas the inspectors ra")}
    # A block quote the page cuts short is no subheading: it is the speaker's the paragraph before reports.
    assert claims('He said the force should review its policy on bail.\n\n"The force must make sure every crime '
                  'goes promptly to an officer. Chances to') == {
        ("Matthew Scott", "The force must make sure every crime goes promptly to an officer. Chances to")}
    # ... and in single marks, opened mid-sentence and never closed (not an apostrophe: 'the officers' work').
    assert claims("Mr Scott praised the officers' work, but said 'we are all frustrated that answering times in some "
                  "parts of the county h") == {
        ("Matthew Scott", "we are all frustrated that answering times in some parts of the county h")}
    assert claims("Mr Scott said the report was fair, and praised the officers' work on burglary across the co") == set()


def test_only_line_breaks_inside_sentences_are_read_as_spaces():
    """text.unwrap: a headline, a byline, a table's rows and a quote left open before a new paragraph
    keep their line breaks; in a text hard-wrapped throughout, a line ending on a name goes on too."""
    from peelkg.text import unwrap
    kept = ("Kent Police rated good\nBy Ann Webb\nKent Police was rated good.\nPreventing crime\nGood\n"
            '"We will act on this,\nHe said the force would.\n')
    assert unwrap(kept) == kept
    wrapped = "The force was rated\ngood by the inspectors of\nHM Inspectorate of Constabulary and Fire & Rescue\nServices in a report\npublished today.\n"
    assert unwrap(wrapped) == wrapped.replace("\n", " ")[:-1] + "\n"
    # A quote left open at a line ending on 'and' before a capital goes on: the capital is a name's.
    quoted = '"Last year we moved Devon and\nCornwall Police into our enhanced monitoring process."\n'
    assert unwrap(quoted) == quoted.replace("and\n", "and ")


def test_words_after_the_colon_of_whom_the_findings_were_welcomed_by():
    """'The findings were welcomed by Deputy Chief Constable Jo Hall: "…"': hers."""
    text = ('Kent Police was rated good.\n\nThe findings were welcomed by Deputy Chief Constable Jo Hall: "We are pleased the '
            'inspectors have recognised the hard work of our officers."\n')
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    facts = extract(Source(id=digest[:16], name="kent.txt", text=text, sha256=digest))
    assert {(c.speaker, c.text) for c in facts.claims if c.direct} == {
        ("Jo Hall", "We are pleased the inspectors have recognised the hard work of our officers.")}


def test_a_hard_wrapped_text_keeps_the_breaks_a_wrap_did_not_make():
    """In a text hard-wrapped throughout, a break before a capital is read as a space only where the next word would not
    have fitted on the line (the wrap column is the longest line plainly wrapped): a short headline, a letter's header
    lines ('From' / 'Jo Hall') and bullets of a symbol font's 'o' keep theirs; an open quote that the wrap broke before a
    name goes on."""
    from peelkg.text import unwrap
    body = ("The inspectors said the force had improved its response to the public in\nthe past year, and that the "
            "commissioner, Jo Hall, had held it to account as\nshe should, the report published by His Majesty's "
            "Inspectorate of\nConstabulary said. Mr Reed said: \"We will keep working with the force and\nKent County "
            "Council on it.\"\n")
    header = "Letter to Kent's commissioner\nFrom\nTom Reed\nHM Inspector of Constabulary\nTo\nJo Hall\n"
    bullets = "The gradings awarded are\no Investigating crime: Good\no Preventing crime: Good\n"
    text = header + "\n" + body + "\n" + bullets
    unwrapped = unwrap(text)
    assert unwrapped.startswith(header) and unwrapped.endswith(bullets)
    assert unwrap(body) == body.replace("\n", " ")[:-1] + "\n"


def _direct(text: str) -> set[tuple[str, str]]:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    facts = extract(Source(id=digest[:16], name="essex.txt", text=text, sha256=digest))
    return {(c.speaker.name if isinstance(c.speaker, Organisation) else c.speaker, c.text) for c in facts.claims if c.direct}


def test_the_commissioner_is_the_one_commissioner_named_where_no_pcc_is():
    """'The commissioner accepted "…"' in a text whose commissioner is a police, fire and crime
    commissioner: theirs (the title names the PCC elsewhere, and no PCC is named)."""
    text = ("Essex Police has been inspected by His Majesty's Inspectorate of Constabulary and Fire & Rescue Services.\n\n"
            "Ann Bell, Essex's Police, Fire and Crime Commissioner, welcomed the report.\n\n"
            'The commissioner accepted "there is more work to be done for victims", adding: "We will see it through '
            'to the end."\n')
    assert _direct(text) == {("Ann Bell", "there is more work to be done for victims"),
                             ("Ann Bell", "We will see it through to the end.")}


def test_the_commissioner_is_nobody_where_two_kinds_of_commissioner_are_named():
    text = ("Essex Police has been inspected by His Majesty's Inspectorate of Constabulary and Fire & Rescue Services.\n\n"
            "Ann Bell, Essex's Police, Fire and Crime Commissioner, and Tom Reed, Police, Crime and Victims' Commissioner "
            "for County Durham and Darlington, met the inspectors.\n\n"
            'The commissioner accepted "there is more work to be done for victims".\n')
    assert _direct(text) == set()


def test_the_standfirst_quote_under_a_headline_ending_says_x_is_xs():
    """A headline that ends by saying who says what it reports, then the page's standfirst quoting them (no full stop:
    a standfirst is no sentence); a headline that names no one so gives the standfirst to nobody."""
    body = ("\n\nEssex Police was inspected by His Majesty's Inspectorate of Constabulary and Fire & Rescue Services, which "
            "rated it good in four areas. Chief Constable Ben Hart welcomed the report.\n")
    text = ("Report fails to recognise the progress made at Essex Police, says Chief Constable Ben Hart\n\n"
            "\u201cAnyone reading this report might think the force is still failing, which I would dispute\u201d" + body)
    assert _direct(text) == {("Ben Hart", "Anyone reading this report might think the force is still failing, which I would dispute")}
    text = ("Report fails to recognise the progress made at Essex Police\n\n"
            "\u201cAnyone reading this report might think the force is still failing, which I would dispute\u201d" + body)
    assert _direct(text) == set()


def test_a_quote_paragraph_that_lost_its_full_stop_goes_on_from_the_paragraph_before():
    """A quote as long as a paragraph is no subheading though its full stop is lost: it is the words of the one the
    paragraph before reports ('…, he said, …'); a short one with no full stop may be a subheading, nobody's."""
    before = ("Kent Police was inspected by His Majesty's Inspectorate of Constabulary and Fire & Rescue Services.\n\n"
              "Police and Crime Commissioner Tom Reed said his job was to hold the force to account.\n\n"
              "That meant, he said, scrutinising, challenging and supporting Kent Police.\n\n")
    long = ("\u201cI am aware of, and welcome, the inspectorate's intention to provide closer scrutiny to Kent Police "
            "over the coming months\u201d")
    assert _direct(before + long + "\n") == {("Tom Reed", long[1:-1])}
    assert _direct(before + "\u201cCloser scrutiny for Kent Police\u201d\n") == set()


def test_according_to_a_name_set_off_by_its_comma_names_a_speaker():
    """'According to HMIC's Jo Bell, …' names a person whose words the sentence's quote and a 'she said' after it are,
    though the text gives her no post."""
    text = ('Kent Police was criticised by the inspectorate.\n\nAccording to HMIC\'s Zoe Billingham, victims of crime were '
            '"too often being let down".\nShe said she was "deeply troubled about how often the force closes cases".\n')
    assert _direct(text) == {("Zoe Billingham", "too often being let down"),
                             ("Zoe Billingham", "deeply troubled about how often the force closes cases")}


def test_a_quote_after_a_statement_reported_of_a_name_and_a_post_set_off_is_theirs():
    # The paragraph before is the commissioner's: the quote's own paragraph, naming the inspector, breaks that run.
    passage = ('Mr Scott said: "We are delighted with the result for the people of Kent."\n\n'
               "Zoe Billingham, HM Inspector of Constabulary for the Eastern Region, said staff were encouraged to use "
               'their discretion. "The ethical culture across the force is having a positive effect on the public."')
    assert ("Zoe Billingham", "The ethical culture across the force is having a positive effect on the public.") in claims(passage)

