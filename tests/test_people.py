"""People and their posts in every title form real coverage uses (issue 16): each case is a
sentence of the kind found in tests/realworld, in an invented article about one force, with the
posts (person, role, organisation, party) the converter must state. Every name is invented.
"""
from __future__ import annotations

import hashlib

import pytest

from peelkg.extract import extract
from peelkg.facts import Organisation, Source
from peelkg import vocab
from peelkg.vocab import lexicon

ARTICLE = ("{force} has been inspected by His Majesty's Inspectorate of Constabulary and Fire & Rescue Services.\n\n"
           "{case}\n\n"
           "The full report on {force} is on the inspectorate's website.\n")


def convert(text: str):
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return extract(Source(id=digest[:16], name="article.txt", text=text, sha256=digest))


def posts(force: str, case: str) -> set[tuple]:
    lex = lexicon()
    facts = convert(ARTICLE.format(force=force, case=case))
    return {(m.person, lex.label[m.role], m.organisation.name, m.party.name if m.party else None)
            for m in facts.memberships}


HMICFRS = "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services"

# case id -> (the article's force, the sentence, the posts it states)
CASES = {
    "'chief' straight after a force's name, as news titles the force's head (not 'chief officers')": (
        "Kent Police", "Kent Police chief Jo Hall welcomed the report. Met Police chief Sir Mark Rowley and Durham police "
        "chief Jo Farrell did not comment. Kent Police chief officers met inspectors.\n\n— Ben Cole, Essex Police chief\n",
        {("Jo Hall", "chief constable", "Kent Police", None), ("Mark Rowley", "commissioner", "Metropolitan Police Service", None),
         ("Jo Farrell", "chief constable", "Durham Constabulary", None), ("Ben Cole", "chief constable", "Essex Police", None)}),
    "a Welsh name with 'ab' (son of) before a vowel, as with 'ap'": (
        "Dyfed-Powys Police", "Plaid Cymru MS Rhys ab Owen called for more officers.",
        {("Rhys ab Owen", "Member of the Senedd", "Senedd Cymru – Welsh Parliament", "Plaid Cymru")}),
    "a police and crime panel 'chaired by' its chair, a councillor or not": (
        "Kent Police", "The report went to the Kent and Medway Police and Crime Panel, chaired by Cllr Tom Reed. The "
        "Essex Police and Crime Panel, chaired by Jo Hall, will discuss it next month.",
        {("Tom Reed", "police and crime panel chair", "Kent Police and Crime Panel", None),
         ("Tom Reed", "councillor", "Local authority in Kent", None),
         ("Jo Hall", "police and crime panel chair", "Essex Police and Crime Panel", None)}),
    "a post 'for neighbouring …' or 'in …' an area is that area's force's": (
        "Kent Police", "Katy Bourne, PCC for neighbouring Sussex, and Andy Prophet, a deputy chief constable in Essex, "
        "welcomed the report.",
        {("Katy Bourne", "police and crime commissioner", "Police and Crime Commissioner for Sussex", None),
         ("Andy Prophet", "deputy chief constable", "Essex Police", None)}),
    "a post 'of neighbouring …' force is that force's, not the article's": (
        "Kent Police", "Jo Shiner, chief constable of neighbouring Sussex Police, welcomed the report.",
        {("Jo Shiner", "chief constable", "Sussex Police", None)}),
    "Welsh: 'prif gwnstabl Heddlu …' (chief constable of … Police): the force's Welsh name is nobody's": (
        "Dyfed-Powys Police", "Mae Rhys Morgan, prif gwnstabl Heddlu Dyfed-Powys, wedi croesawu'r adroddiad.",
        {("Rhys Morgan", "chief constable", "Dyfed-Powys Police", None)}),
    "Welsh titles: 'y dirprwy brif gwnstabl' and 'Arolygydd Heddlu Ei Mawrhydi'": (
        "Dyfed-Powys Police", "Yn ôl y dirprwy brif gwnstabl Rhys Morgan, mae'r llu yn gwella. Dywedodd Arolygydd Heddlu "
        "Ei Mawrhydi, Siwan Evans, fod angen gwelliant.",
        {("Rhys Morgan", "deputy chief constable", "Dyfed-Powys Police", None),
         ("Siwan Evans", "HM Inspector of Constabulary", HMICFRS, None)}),
    "'CC' before a name, the rank abbreviated": (
        "Kent Police", 'CC Ann Lowe said: "We accept every one of the findings."',
        {("Ann Lowe", "chief constable", "Kent Police", None)}),
    "'Ch Const' before a name, the rank abbreviated": (
        "Kent Police", 'Ch Const Ann Lowe said: "We accept every one of the findings."',
        {("Ann Lowe", "chief constable", "Kent Police", None)}),
    "a quantifier before a place and a post is no name": (
        "Kent Police", "One Plymouth MP has called the decision incredibly worrying. Luke Reed MP said it was worrying.",
        {("Luke Reed", "MP", "House of Commons", None)}),
    "... by surname after the name in full": (
        "Kent Police", "Chief Constable Ann Lowe welcomed the report. CC Lowe said the force would improve.",
        {("Ann Lowe", "chief constable", "Kent Police", None)}),
    "'the government inspector' before a name": (
        "Kent Police", "The government inspector Ann Lowe has said that the force moved quickly to put things right.",
        {("Ann Lowe", "HM Inspector of Constabulary", HMICFRS, None)}),
    "the chief inspector by the inspectorate's initials for the post, in minutes": (
        "Kent Police", "The oversight group, which was chaired by HMCIC Tom Reed, reviewed the force's plan.",
        {("Tom Reed", "HM Chief Inspector of Constabulary", HMICFRS, None)}),
    "the chief inspector's title garbled, 'Chief' before the inspector's": (
        "Kent Police", "His Majesty's Chief of Inspector of Constabulary Tom Reed said the force had improved.",
        {("Tom Reed", "HM Chief Inspector of Constabulary", HMICFRS, None)}),
    "the inspectorate's initials before the post's full title": (
        "Kent Police", 'HMIC Inspector of Constabulary Ann Lowe praised the force: "It has improved," she said.',
        {("Ann Lowe", "HM Inspector of Constabulary", HMICFRS, None)}),
    "'HMIC' after the name signing a quote at its line's end": (
        "Kent Police", "The force has a good understanding of threats, but more work is needed. Ann Lowe, HMIC\n\nThe "
                       "report was published on Tuesday, HMIC\n",
        {("Ann Lowe", "HM Inspector of Constabulary", HMICFRS, None)}),
    "the inspector as the inspectorate's, with a region": (
        "Kent Police", "Tom Reed, HMICFRS's inspector for the South East, said the force had improved.",
        {("Tom Reed", "HM Inspector of Constabulary", HMICFRS, None)}),
    "the chief inspector as the inspectorate's, not the police rank": (
        "Kent Police", 'Jo Bell, the Chief Inspector of HMICFRS, said: "The force has improved."',
        {("Jo Bell", "HM Chief Inspector of Constabulary", HMICFRS, None)}),
    "'the inspector' beside a name is no post the text states": (
        "Kent Police", 'In her report, the inspector, Ann Lowe, said: "The force has improved."', set()),
    "the transport secretary, who speaks on British Transport Police": (
        "Kent Police", 'Transport Secretary Tom Reed said: "The force has done excellent work."',
        {("Tom Reed", "transport secretary", "Department for Transport", None)}),
    "who replaced whom in a post: both held it": (
        "Kent Police", "Jane Roe replaced Tom Reed as the new Chief Constable of Kent Police in May 2021.",
        {("Jane Roe", "chief constable", "Kent Police", None), ("Tom Reed", "chief constable", "Kent Police", None)}),
    "... taking over from the predecessor": (
        "Kent Police", "Jane Roe took over from Tom Reed as chief constable in May 2021.",
        {("Jane Roe", "chief constable", "Kent Police", None), ("Tom Reed", "chief constable", "Kent Police", None)}),
    "... in a relative clause": (
        "Kent Police", "Jane Roe, who took over from Tom Reed as the new Chief Constable of Kent Police, blamed leadership.",
        {("Jane Roe", "chief constable", "Kent Police", None), ("Tom Reed", "chief constable", "Kent Police", None)}),
    "a post as what its organisation's possessive names ('the APCC's Chair, X')": (
        "Kent Police", 'Responding to the report, the APCC\'s Chair, Jane Roe, said: "We will read it closely."',
        {("Jane Roe", "chair of the Association of Police and Crime Commissioners",
          "Association of Police and Crime Commissioners", None)}),
    "taking up the position of a post": (
        "Kent Police", "When Jane Roe took up the position of Chief Constable in 2016, she set herself three aims.",
        {("Jane Roe", "chief constable", "Kent Police", None)}),
    "initials and a surname, then honours": (
        "Essex Police", 'Responding to the report, Essex Police Chief Constable TJ Harrison QPM said: "We are pleased."',
        {("TJ Harrison", "chief constable", "Essex Police", None)}),
    "the post's next holder is no one the sentence names": (
        "Essex Police", 'The next chief constable of Essex Police has to "get it", Sam Khan has said.', set()),
    "'HMICFRS inspector' before a name": (
        "Kent Police", "HMICFRS inspector Tom Reed said the force had answered calls faster.",
        {("Tom Reed", "HM Inspector of Constabulary", HMICFRS, None)}),
    "a councillor named by one initial without a full stop, as minutes write it": (
        "Kent Police", "Cllr J Smith asked how quickly the force now answered emergency calls.",
        {("J Smith", "councillor", "Local authority in Kent", None)}),
    "'Kent CC' is a county council, no chief constable": (
        "Kent Police", "Kent CC leader Tom Reed said the council would help the force improve.", set()),
    "police, fire and crime commissioner": (
        "Essex Police", "Jane Roe, Police, Fire and Crime Commissioner for Essex, said the report was fair.",
        {("Jane Roe", "police, fire and crime commissioner", "Police, Fire and Crime Commissioner for Essex", None)}),
    "police, crime and victims' commissioner": (
        "Durham Constabulary",
        "Tom Hart, Police, Crime and Victims’ Commissioner for County Durham and Darlington said it was a tribute to the force.",
        {("Tom Hart", "police, crime and victims' commissioner",
          "Police, Crime and Victims' Commissioner for Durham", None)}),
    "PCC for area, then the name": (
        "Cheshire Constabulary", "Police and crime commissioner for Cheshire David Keel, said the report was glowing.",
        {("David Keel", "police and crime commissioner", "Police and Crime Commissioner for Cheshire", None)}),
    "party before the post": (
        "Kent Police", "Kent's Conservative police and crime commissioner, Ann Webb, welcomed the report.",
        {("Ann Webb", "police and crime commissioner", "Police and Crime Commissioner for Kent", "Conservative Party")}),
    "mayor": (
        "Greater Manchester Police", "Greater Manchester mayor Ann Lee said the force had turned a corner.",
        {("Ann Lee", "mayor", "Mayor for Greater Manchester", None)}),
    "deputy mayor for policing and crime": (
        "Metropolitan Police Service", "Kate Gray, the deputy mayor for policing and crime, said Londoners deserved better.",
        {("Kate Gray", "deputy mayor for policing and crime", "Deputy Mayor for Policing and Crime for London", None)}),
    "name - area deputy mayor for policing, fire and crime": (
        "North Yorkshire Police", "Jo Bell - York and North Yorkshire Deputy Mayor for Policing, Fire and Crime",
        {("Jo Bell", "deputy mayor for policing, fire and crime",
          "Deputy Mayor for Policing, Fire and Crime for North Yorkshire", None)}),
    "Commissioner heading the Met": (
        "Metropolitan Police Service", "Commissioner Sam Ward said the Met would act on every finding.",
        {("Sam Ward", "commissioner", "Metropolitan Police Service", None)}),
    "Commissioner heading the City of London Police": (
        "City of London Police", "Commissioner Pat Doyle said he was very happy to share the results.",
        {("Pat Doyle", "commissioner", "City of London Police", None)}),
    "'Police Commissioner' of another force is its PCC": (
        "Merseyside Police", "Merseyside's Police Commissioner Ella Moss said she would review the findings.",
        {("Ella Moss", "police and crime commissioner", "Police and Crime Commissioner for Merseyside", None)}),
    "a longer title shortened before the surname is no other post": (
        "Kent Police", "HM Chief Inspector of Constabulary Ann Bell said the force must improve. Ch Insp Bell added "
                       "that calls were answered too slowly.",
        {("Ann Bell", "HM Chief Inspector of Constabulary", HMICFRS, None)}),
    "took office as commissioner": (
        "Metropolitan Police Service", "The report lands two years after Sir Tom Reed took office as Met commissioner.",
        {("Tom Reed", "commissioner", "Metropolitan Police Service", None)}),
    "became commissioner": (
        "Metropolitan Police Service", "The findings came only days after Sir Tom Reed became commissioner.",
        {("Tom Reed", "commissioner", "Metropolitan Police Service", None)}),
    "acting Met Commissioner": (
        "Metropolitan Police Service", "Inspectors wrote to acting Met Commissioner Sir Ray Holt about the failings.",
        {("Ray Holt", "acting commissioner", "Metropolitan Police Service", None)}),
    "deputy and assistant chief constables": (
        "Surrey Police", "Deputy Chief Constable Ana Price and assistant chief constable Ian Fox met the inspectors.",
        {("Ana Price", "deputy chief constable", "Surrey Police", None),
         ("Ian Fox", "assistant chief constable", "Surrey Police", None)}),
    "a former post is the person's post": (
        "Wiltshire Police", "The force took on a retired Assistant Chief Constable, Carl Dent, to lead the work.",
        {("Carl Dent", "assistant chief constable", "Wiltshire Police", None)}),
    "Acting Ch Con": (
        "Cheshire Constabulary", "Acting Ch Con Janet Mills said the force was proud of its officers.",
        {("Janet Mills", "acting chief constable", "Cheshire Constabulary", None)}),
    "chief constable by surname alone": (
        "Wiltshire Police", "There are fewer performance boards, and Chief Constable Roper chairs each of them.",
        {("Roper", "chief constable", "Wiltshire Police", None)}),
    "HMI with an informal head noun": (
        "Bedfordshire Police", "HMI chief Zoe Bell said she was very concerned.",
        {("Zoe Bell", "HM Inspector of Constabulary", HMICFRS, None)}),
    "HM Chief Inspector": (
        "Lincolnshire Police", "HM Chief Inspector Ruth Lane said the decision followed careful consideration.",
        {("Ruth Lane", "HM Chief Inspector of Constabulary", HMICFRS, None)}),
    "HM Chief Inspector, long form after the name": (
        "Lincolnshire Police",
        "Sir Ed Moss, His Majesty’s Chief Inspector of Constabulary and Fire & Rescue Services, has now decided.",
        {("Ed Moss", "HM Chief Inspector of Constabulary", HMICFRS, None)}),
    "HM Inspector with letters after the name": (
        "Wiltshire Police",
        "The PCC met Wendy Smith CBE, His Majesty’s Inspector of Constabulary for the Wales and Western Region, who "
        "felt progress had been made.",
        {("Wendy Smith", "HM Inspector of Constabulary", HMICFRS, None)}),
    "HM Chief Inspector of Prisons beside an HM Inspector": (
        "South Wales Police",
        "Custody was well run, Nick Hale, Chief Inspector of Prisons, and Dru Marsh, HM Inspector of Constabulary, said.",
        {("Nick Hale", "HM Chief Inspector of Prisons", "His Majesty's Inspectorate of Prisons", None),
         ("Dru Marsh", "HM Inspector of Constabulary", HMICFRS, None)}),
    "letters after the name with a stop before the comma": (
        "Durham Constabulary", "Mike Barton CBE., QPM retired as Chief Constable of Durham in June 2019.",
        {("Mike Barton", "chief constable", "Durham Constabulary", None)}),
    "an agenda item's title is nobody, the report's author a post alone": (
        "Durham Constabulary", "HMICFRS Inspection Reports - Report of Acting Police, Crime and Victims' Commissioner",
        set()),
    "... nor a page's menu item after a post": (
        "Durham Constabulary", "PCC Decision Records\n\nThe panel noted the PEEL report.", set()),
    "a career's later posts: 'went on to be', 'has been named', 'transferred to become'": (
        "Humberside Police",
        "Richard Lewis went on to be chief constable at Dyfed-Powys Police. Tim Smith has been named Temporary Chief "
        "Constable. Lee Freeman transferred to become His Majesty's Inspector of Constabulary.",
        {("Richard Lewis", "chief constable", "Dyfed-Powys Police", None),
         ("Tim Smith", "temporary chief constable", "Humberside Police", None),
         ("Lee Freeman", "HM Inspector of Constabulary", HMICFRS, None)}),
    "a post with its article after 'as', the year between: 'came to the force in 2019 as an …'": (
        "Humberside Police",
        "Paul Anderson has been Chief Constable of Humberside Police since August 2023. He came to the force in 2019 as "
        "an assistant chief constable.",
        {("Paul Anderson", "chief constable", "Humberside Police", None),
         ("Paul Anderson", "assistant chief constable", "Humberside Police", None)}),
    "a post in the force the verb names, not the article's": (
        "Kent Police", "Paul Anderson joined Humberside Police as an assistant chief constable.",
        {("Paul Anderson", "assistant chief constable", "Humberside Police", None)}),
    "a surname alone opening a sentence, of someone named in full before": (
        "Cleveland Police", "Chief Constable Mark Webster is to retire. Webster had been deputy chief constable of "
        "Cumbria Constabulary. Durham has been outstanding for years.",
        {("Mark Webster", "chief constable", "Cleveland Police", None),
         ("Mark Webster", "deputy chief constable", "Cumbria Constabulary", None)}),
    "the predecessor named in full after a surname's 'succeeded'": (
        "Humberside Police",
        "Paul Anderson has been Chief Constable of Humberside Police since August 2023. Mr Anderson succeeded Lee Freeman "
        "as chief constable.",
        {("Paul Anderson", "chief constable", "Humberside Police", None),
         ("Lee Freeman", "chief constable", "Humberside Police", None)}),
    "HM Deputy Chief Inspector of Prisons, not the chief": (
        "Lincolnshire Police",
        "Custody has not improved, according to Mark Lee, Deputy Chief Inspector of Prisons, and Dru Marsh, HM Inspector "
        "of Constabulary.",
        {("Mark Lee", "HM Deputy Chief Inspector of Prisons", "His Majesty's Inspectorate of Prisons", None),
         ("Dru Marsh", "HM Inspector of Constabulary", HMICFRS, None)}),
    "councillor with party and ward": (
        "Surrey Police", "Cllr Alex Cole (RA Ruxley) chairs the borough’s Crime & Disorder committee.",
        {("Alex Cole", "councillor", "Local authority in Surrey", "Residents' Association")}),
    "councillor with party, then ward after a comma": (
        "Kent Police", "Councillor Jane Smith (Conservative, Tunbridge Wells) asked whether the force had enough detectives.",
        {("Jane Smith", "councillor", "Local authority in Kent", "Conservative Party")}),
    "councillor with an initial": (
        "Dyfed-Powys Police", "[NOTE: Councillor S. Hanley, who had declared an interest, stayed in the meeting.]",
        {("S. Hanley", "councillor", "Local authority in Dyfed-Powys", None)}),
    "councillor of a named council, Lib Dem": (
        "Surrey Police", "Cllr Amy Hart (Lib Dem) of Epsom & Ewell Borough Council said the force must improve.",
        {("Amy Hart", "councillor", "Epsom & Ewell Borough Council", "Liberal Democrats")}),
    "police authority board member": (
        "City of London Police", "Ben Ward, Member of the City of London Police Authority Board, said the force should be proud.",
        {("Ben Ward", "police authority board member", "City of London Police Authority Board", None)}),
    "superintendent": (
        "Gwent Police", "Superintendent Sam Pane, head of professional standards, said the report was helpful.",
        {("Sam Pane", "superintendent", "Gwent Police", None)}),
    "Police Federation secretary": (
        "Kent Police", "Helen Cole, secretary of the Kent Police Federation, said officers were stretched.",
        {("Helen Cole", "Police Federation secretary", "Kent Police Federation", None)}),
    "Home Secretary": (
        "Cleveland Police", "Home Secretary Jane Dow said she would intervene if there was no progress.",
        {("Jane Dow", "Home Secretary", "Home Office", None)}),
    "policing minister": (
        "Cleveland Police", "Policing minister Tom Kay said the force had to improve.",
        {("Tom Kay", "policing minister", "Home Office", None)}),
    "MP": (
        "Kent Police", "Ann Bell, MP for Dover, said her constituents deserved better.",
        {("Ann Bell", "MP", "House of Commons", None)}),
    "an acronym in brackets between post and name": (
        "Kent Police", "Assistant Chief Constable (ACC) Jane Roe said the report was fair.",
        {("Jane Roe", "assistant chief constable", "Kent Police", None)}),
    "an acronym in square brackets, then a comma, between post and name": (
        "Kent Police", "The county's Police and Crime Commissioner [PCC], John Doe, welcomed the grading.",
        {("John Doe", "police and crime commissioner", "Police and Crime Commissioner for Kent", None)}),
    "an abbreviated title with its stop": (
        "Kent Police", "Cllr. Jane Roe said the report was fair.",
        {("Jane Roe", "councillor", "Local authority in Kent", None)}),
    "'Coun', newspapers' short title of a councillor, before the name": (
        "Kent Police", "Coun Amy Hart, who leads the Green group on the borough council, said the force must do better.",
        {("Amy Hart", "councillor", "Local authority in Kent", None)}),
    "MP after the name": (
        "Kent Police", "Jane Roe MP said the report was fair.",
        {("Jane Roe", "MP", "House of Commons", None)}),
    "chief inspector, a rank": (
        "Kent Police", "Chief Inspector Jane Roe, of the force's contact centre, said calls were answered faster.",
        {("Jane Roe", "chief inspector", "Kent Police", None)}),
    "chief executive of the commissioner's office": (
        "Kent Police", "The chief executive of the OPCC, Jane Roe, said the report was fair.",
        {("Jane Roe", "chief executive", "Police and Crime Commissioner for Kent", None)}),
    "a letter's From and To blocks: the posts on the lines under the name": (
        "Kent Police",
        "Letter information\nFrom\nSir Ed Moss KPM DL\nHis Majesty’s Chief Inspector of Constabulary\nHis Majesty’s "
        "Chief Inspector of Fire & Rescue Services\nTo\nAnn Webb\nPolice and Crime Commissioner for Kent\nSent on\n"
        "2 May 2024\nI am writing to you about the force.",
        {("Ed Moss", "HM Chief Inspector of Constabulary", HMICFRS, None),
         ("Ann Webb", "police and crime commissioner", "Police and Crime Commissioner for Kent", None)}),
    "an HM Inspector's two posts on the lines under the name": (
        "Kent Police",
        "Letter information\nFrom:\nJane Roe OBE QFSM\nHis Majesty’s Inspector of Constabulary\nHis Majesty’s "
        "Inspector of Fire & Rescue Services\n\nTo:\nAnn Webb\nChief Constable\nKent Police\n\nSent on\n2 May 2024\n"
        "I am writing to you about the force.",
        {("Jane Roe", "HM Inspector of Constabulary", HMICFRS, None),
         ("Jane Roe", "HM Inspector of Fire & Rescue Services", HMICFRS, None),
         ("Ann Webb", "chief constable", "Kent Police", None)}),
    "a signature block with letters after the name": (
        "Surrey Police", "Yours sincerely,\n\nJo Pike OBE QFSM\nChief Constable\nSurrey Police",
        {("Jo Pike", "chief constable", "Surrey Police", None)}),
    "a letter's signature with the post in lower case and its place on the line below": (
        "Surrey Police", "Cuts have cost the force 375 officers. Enough is enough.\n\nJo Pike\n\nPolice and crime "
                         "commissioner for Surrey\n\n• Join the debate",
        {("Jo Pike", "police and crime commissioner", "Police and Crime Commissioner for Surrey", None)}),
    "... not a sentence in lower case under a name": (
        "Surrey Police", "Jo Pike\n\nPolice and crime commissioners for Surrey and Sussex met today.\n", set()),
    "a letter's blocks apart by blank lines: a peer's name and territorial designation above the post, not the block above": (
        "Greater Manchester Police", "Letter information\n\nThe Rt Hon Tom Reed\nMayor of Greater Manchester\n\nThe Rt Hon "
                                     "the Baroness Ann Lowe of Stretford\nDeputy Mayor for Policing, Crime, Criminal Justice "
                                     "and Fire\n\nSent on:\n28 October 2022",
        {("Tom Reed", "mayor", "Mayor for Greater Manchester", None),
         ("Ann Lowe", "deputy mayor for policing, fire and crime",
          "Deputy Mayor for Policing, Fire and Crime for Greater Manchester", None)}),
    "an encyclopedia's infobox, raw: a post's field and its holder's, paired": (
        "Kent Police", "Kent Police is a territorial police force.\n\n- Sworntype: Constable\n- Electeetype: Police and crime "
                       "commissioner\n- Minister1Name: Ann Lowe, (C)\n- Chief1Name: Tom Reed\n- Chief1Position: Temporary chief "
                       "constable\n- Chief2Name: Jo Hall\n- Chief2Position: Head of estates\n",
        {("Ann Lowe", "police and crime commissioner", "Police and Crime Commissioner for Kent", None),
         ("Tom Reed", "temporary chief constable", "Kent Police", None)}),
    "... and rendered: the post 'responsible', its holder bulleted under it": (
        "Kent Police", "Kent Police is a territorial police force.\n\nPolice and crime commissioner responsible\n  • Ann Lowe\n"
                       "Agency executive\nwww.kent.police.uk\n",
        {("Ann Lowe", "police and crime commissioner", "Police and Crime Commissioner for Kent", None)}),
    "a Welsh letter's 'At:' and 'Cc:' blocks: the name on a line of its own, the post with its force after a comma or area after it": (
        "Gwent Police", "Llythyr gwybodaeth\n\nAt:\nAnn Lowe\nPrif Gwnstabl, Heddlu Gwent\n\nCc:\nTom Reed\nComisiynydd yr "
                        "Heddlu a Throseddu Gwent\n",
        {("Ann Lowe", "chief constable", "Gwent Police", None),
         ("Tom Reed", "police and crime commissioner", "Police and Crime Commissioner for Gwent", None)}),
    "Welsh: the deputy commissioner, 'Dirprwy CHTh', before the name": (
        "North Wales Police", "Yn y cyfarfod, dan gadeiryddiaeth y Dirprwy CHTh Huw Parry, bu craffu ar waith yr Heddlu.",
        {("Huw Parry", "deputy police and crime commissioner", "Police and Crime Commissioner for North Wales", None)}),
    "a post before a meeting's capitalised name is no holder: 'PCC Accountability Meeting'": (
        "Kent Police", "At his most recent PCC Accountability Meeting, PCC Ann Lowe held the chief constable to account.",
        {("Ann Lowe", "police and crime commissioner", "Police and Crime Commissioner for Kent", None)}),
    "a sentence's opening preposition is no first name: 'Following Iain's appointment as Chief Constable'": (
        "Kent Police", "Following Iain's appointment as Chief Constable the force has been rated good in every area.", set()),
    "the BBC's abbreviation of the chief inspector's title, 'Ch Insp', not the rank's": (
        "Kent Police", "His Majesty's Ch Insp of Constabulary, Ann Lowe, said the force must improve.",
        {("Ann Lowe", "HM Chief Inspector of Constabulary", HMICFRS, None)}),
    "a byline's name above a title line is no holder": (
        "Kent Police", "By Jane Smith\nChief Reporter", set()),
    "'AM' after a name in London": (
        "Metropolitan Police Service", "Ann Lee AM, who proposed the motion, said the Met must improve.",
        {("Ann Lee", "London Assembly member", "London Assembly", None)}),
    "'AM' in Wales, with the party before it": (
        "Gwent Police", "Tom Hart, the Conservative AM for South Wales East, said inspections raise standards.",
        {("Tom Hart", "Member of the Senedd", "Senedd Cymru – Welsh Parliament", "Conservative Party")}),
    "'assembly member' in lower case, after the party, in London": (
        "Metropolitan Police Service", "Labour assembly member Ann Lee asked the mayor whether the Met could improve.",
        {("Ann Lee", "London Assembly member", "London Assembly", "Labour Party")}),
    "... a peer by title and surname after the post in lower case": (
        "Metropolitan Police Service", "Conservative assembly member Lord Pike told the mayor that the force had failed.",
        {("Pike", "London Assembly member", "London Assembly", "Conservative Party")}),
    "... in Wales": (
        "Gwent Police", "Plaid Cymru assembly member Ann Lee asked whether Gwent Police could improve.",
        {("Ann Lee", "Member of the Senedd", "Senedd Cymru – Welsh Parliament", "Plaid Cymru")}),
    "... where no assembly covers the force, no post": (
        "Kent Police", "Labour assembly member Ann Lee asked whether Kent could improve.", set()),
    "the mayor's 'policing deputy'": (
        "Metropolitan Police Service", "Ann Lee, the mayor's policing deputy, said the Met had a plan.",
        {("Ann Lee", "deputy mayor for policing and crime", "Deputy Mayor for Policing and Crime for London", None)}),
    "a compass point as the surname a title names": (
        "Kent Police", "Assistant Chief Constable Ann South said the force would hire more analysts.",
        {("Ann South", "assistant chief constable", "Kent Police", None)}),
    "... and as the last word of a seat before the post, no name": (
        "Kent Police", "Former Dover North MP Dr Bell said nothing mattered more than protecting children.",
        {("Bell", "MP", "House of Commons", None)}),
    "... nor before a capitalised word": (
        "Kent Police", "Chief Constable Tom Reed West Yorkshire Police was also there.", set()),
    "the inspectorate's inspector as what it inspects, police and fire services": (
        "Kent Police", "Police and fire service inspector Ann Lowe said the force had improved.",
        {("Ann Lowe", "HM Inspector of Constabulary", HMICFRS, None)}),
    "'the Chief Inspector' in a sentence naming the inspectorate: its chief inspector": (
        "Kent Police", "The force thanked the Chief Inspector, Tom Reed, and His Majesty's Inspectorate of Constabulary and "
        "Fire & Rescue Services for their support.",
        {("Tom Reed", "HM Chief Inspector of Constabulary", HMICFRS, None)}),
    "... but a police chief inspector without 'the', whatever the sentence names": (
        "Kent Police", "Chief Inspector Tom Reed said the HMICFRS report was fair.",
        {("Tom Reed", "chief inspector", "Kent Police", None)}),
    "... or with 'the' where the inspectorate is not named": (
        "Kent Police", "The Chief Inspector, Tom Reed, said the district team was proud.",
        {("Tom Reed", "chief inspector", "Kent Police", None)}),
    "'Commander', a rank of the Met and the City of London": (
        "Metropolitan Police Service", "According to Commander Ann Lee, the unit has improved.",
        {("Ann Lee", "commander", "Metropolitan Police Service", None)}),
    "... abbreviated": (
        "City of London Police", "Cmdr Ann Lee said the unit has improved.",
        {("Ann Lee", "commander", "City of London Police", None)}),
    "... a job's title after it is no surname": (
        "City of London Police", "Accountability would rest with the Commander Operations (Vulnerability) and the chief "
        "superintendent.", set()),
    "... no rank elsewhere, nor a district's commander": (
        "Kent Police", "Commander Ann Lee said the unit has improved. The new district commander for Dover, Chief "
        "Inspector Tom Reed, said the same.",
        {("Tom Reed", "chief inspector", "Kent Police", None)}),
    "the shadow home secretary, no Home Secretary": (
        "Metropolitan Police Service", "Shadow home secretary Ann Lee said the Met had failed.",
        {("Ann Lee", "shadow home secretary", "House of Commons", None)}),
    "a surname that is a word of its own too ('May', 'Green') after a title": (
        "Durham Constabulary", "Councillor May congratulated the force. Councillor Green asked about response times.",
        {("May", "councillor", "Local authority in Durham", None), ("Green", "councillor", "Local authority in Durham", None)}),
    "... but not a month before a year": (
        "Durham Constabulary", "The Police and Crime Commissioner May 2021 election was postponed.", set()),
    "'AM' where no assembly covers the force is no post": (
        "Kent Police", "Ann Lee AM said the force must improve.", set()),
    "'MS' after a name": (
        "Dyfed-Powys Police", "Ann Lee MS said the force must improve.",
        {("Ann Lee", "Member of the Senedd", "Senedd Cymru – Welsh Parliament", None)}),
    "'MSP' after a name": (
        "Kent Police", "Ann Lee MSP said the report was a warning to every force.",
        {("Ann Lee", "MSP", "Scottish Parliament", None)}),
    "MP for a seat, then the name": (
        "Gwent Police", "Labour MP for Newport West Tom Hart said it was for the force to defend itself.",
        {("Tom Hart", "MP", "House of Commons", "Labour Party")}),
    "a former MP named by title and surname, named in full before": (
        "Cleveland Police", "Labour candidate Dr Ann Webb spoke first. Former Stockton South MP Dr Webb said the force "
                            "had improved.",
        {("Ann Webb", "MP", "House of Commons", None)}),
    "Deputy Commissioner of the Met": (
        "Metropolitan Police Service", "Deputy Commissioner, Tom Hart, said the Met was grateful.",
        {("Tom Hart", "deputy commissioner", "Metropolitan Police Service", None)}),
    "'Deputy Commissioner' of another force is its deputy PCC": (
        "Kent Police", "Deputy Commissioner Tom Hart said the report was fair.",
        {("Tom Hart", "deputy police and crime commissioner", "Police and Crime Commissioner for Kent", None)}),
    "has been acting police and crime commissioner": (
        "Cleveland Police", "Ann Webb has been acting Police and Crime Commissioner since the resignation.",
        {("Ann Webb", "acting police and crime commissioner", "Police and Crime Commissioner for Cleveland", None)}),
    "an appositive with a lower-case possessive": (
        "Kent Police", "Ann Webb, the county's police and crime commissioner, said the report was fair.",
        {("Ann Webb", "police and crime commissioner", "Police and Crime Commissioner for Kent", None)}),
    "an area's possessive written with the apostrophe alone": (
        "South Wales Police", "Emma Ward, South Wales' police and crime commissioner, said she would hold the force to "
                              "account.",
        {("Emma Ward", "police and crime commissioner", "Police and Crime Commissioner for South Wales", None)}),
    "the force's rank, then the name": (
        "Kent Police", "Tom Hart, the force's deputy chief constable, said the report was fair.",
        {("Tom Hart", "deputy chief constable", "Kent Police", None)}),
    "a rank of a force, then the name, glued to web clutter": (
        "Essex Police", "Hide AdChief Constable of Essex Police, Tom Hart said: \"We accept the findings.\"",
        {("Tom Hart", "chief constable", "Essex Police", None)}),
    "a rank and name glued to a news page's caption label": (
        "Cleveland Police", "image captionChief Constable Tom Hart set out a five-year plan when he arrived in 2019.",
        {("Tom Hart", "chief constable", "Cleveland Police", None)}),
    "a force's rank and name": (
        "Kent Police", "Kent Police's Chief Constable Tom Hart said the report was fair.",
        {("Tom Hart", "chief constable", "Kent Police", None)}),
    "a former post as written": (
        "Kent Police", "Dai Rhys, who is formerly Chief Superintendent at Kent Police, said the report was fair.",
        {("Dai Rhys", "chief superintendent", "Kent Police", None)}),
    "a party of two words joined by 'and' before the post": (
        "Kent Police", "Roy Smith, the Labour and Co-operative MP for Gravesham, said residents deserved better.",
        {("Roy Smith", "MP", "House of Commons", "Labour Party")}),
    "the post in brackets after the name": (
        "Kent Police", "Mark Penn (Chief Constable) said the force had improved.",
        {("Mark Penn", "chief constable", "Kent Police", None)}),
    "'Met Commissioner' in an article on another force is the Met's commissioner, not that force's PCC": (
        "Kent Police", "Met Commissioner Sir Tom Hart said the findings applied to every force. The Met Commissioner, Sir "
                       "Tom Hart, added that Met officers would help.",
        {("Tom Hart", "commissioner", "Metropolitan Police Service", None)}),
    "a mayor's policing deputy in an article on a force no mayor oversees holds no post of it": (
        "Kent Police", "Deputy Mayor for Policing and Crime Ann Webb said every force must improve.", set()),
    "'and its' post after another force than the article's is that force's": (
        "Kent Police", "Essex Police and its chief constable, Mark Penn, came in for heavy criticism in the report.",
        {("Mark Penn", "chief constable", "Essex Police", None)}),
    "the post set off by dashes after the name, 'the force's'": (
        "Kent Police", "Responding, Mark Penn — the force's chief constable — said the report was fair.",
        {("Mark Penn", "chief constable", "Kent Police", None)}),
    "... or 'the county's', before 'who'": (
        "Kent Police", "The report was welcomed by Ann Webb – the county's PCC – who said it showed progress.",
        {("Ann Webb", "police and crime commissioner", "Police and Crime Commissioner for Kent", None)}),
    "... but not a post the aside's noun belongs to ('the chief constable's deputy')": (
        "Kent Police", "Mark Penn - the chief constable's deputy - said the report was fair.", set()),
    "a shadow post is not the post: the shadow home secretary is no Home Secretary": (
        "Kent Police", "Shadow home secretary Tom Hart said the report was damning.",
        {("Tom Hart", "shadow home secretary", "House of Commons", None)}),
    "... nor is the shadow policing minister the policing minister": (
        "Kent Police", "Shadow policing minister Tom Hart said the report was damning.", set()),
    "a candidate to be the new PCC is no PCC": (
        "Dyfed-Powys Police", "Plaid Cymru's candidate to be the new Police and Crime Commissioner, Dai Rhys, said the "
                              "force needed new leadership.",
        set()),
    "a PCC candidate is no PCC": (
        "Kent Police", "Tom Hart, the Conservative PCC candidate, said the force had done well.", set()),
    "a campaign's line under its candidate's name, 'For … Police and Crime Commissioner', is no post held": (
        "Kent Police", "Tom Hart\nFor Kent Police and Crime Commissioner\nMy priorities for Kent", set()),
    "'HMI Chief Inspector' is the inspectorate's chief inspector, not the police rank": (
        "Kent Police", "The force's senior team is due to meet HMI Chief Inspector Ann Lowe next week.",
        {("Ann Lowe", "HM Chief Inspector of Constabulary", HMICFRS, None)}),
    "a deputy's title glued to the word before ('estateDeputy Chief Constable X', a page running a link into the next "
    "line) is no chief constable's": (
        "Kent Police", "VIDEO: Police cordon in place on the estateDeputy Chief Constable Tom Hart said the force was "
                       "delighted.", set()),
    "a scheme named after a post is nobody ('the Councillor Advocate Scheme')": (
        "Kent Police", "The Commissioner spoke in praise of the Councillor Advocate Scheme.", set()),
    "a prospective PCC is no PCC": (
        "Kent Police", "Prospective police and crime commissioner Tom Hart said the force had done well.", set()),
    "a name, 'from', then the post": (
        "Bedfordshire Police", '"I am very pleased with the force," Mark Dean from HM Inspector of Constabulary said.',
        {("Mark Dean", "HM Inspector of Constabulary", HMICFRS, None)}),
    "'crime commissioner' for the police and crime commissioner": (
        "Cumbria Constabulary", "Ann Platt, the county's crime commissioner, welcomed the findings.",
        {("Ann Platt", "police and crime commissioner", "Police and Crime Commissioner for Cumbria", None)}),
    "a name, ', of', then the post": (
        "Kent Police", "Ann Hale, of Her Majesty's Inspector of Constabulary, has praised the force's planning.",
        {("Ann Hale", "HM Inspector of Constabulary", HMICFRS, None)}),
    "a name of what a post owns holds no post": (
        "Kent Police", "Sue Platt, of the Police and Crime Commissioner's office, said the plan was on track.", set()),
    "a name from what a post owns holds no post": (
        "Kent Police", "Sue Platt from the Police and Crime Commissioner's office said the plan was on track.", set()),
    "a Federation post written with a capital": (
        "Staffordshire Police", "So says Ken Hale, Chairman of Staffordshire Police Federation, after the report.",
        {("Ken Hale", "Police Federation chair", "Staffordshire Police Federation", None)}),
    "a branch secretary where the Federation is named before": (
        "West Mercia Police", "West Mercia Police Federation says the report is unfair.\n\nBranch secretary Ann Webb "
                              "said officers were working tirelessly.",
        {("Ann Webb", "Police Federation secretary", "West Mercia Police Federation", None)}),
    "a union's branch secretary is no Federation post": (
        "Kent Police", "Kent Police Federation welcomed the report.\n\nUnison branch secretary Ann Webb said staff "
                       "were stretched.",
        set()),
    "ranks in general are no people": (
        "Metropolitan Police Service", "Inexperienced staff were found at chief inspector, inspector and sergeant levels.",
        set()),
    "a byline is no post": (
        "Kent Police", "By Jane Smith, Chief Reporter", set()),
    "a title then one word ending its line is a heading, not a surname": (
        "Northamptonshire Police", "PFCC Response\n\nThe force has work to do, the commissioner said.", set()),
    "a title then a capitalised word and a preposition, the word nowhere else, is a heading's noun": (
        "Essex Police", "PCC Statement on the inspection of how Essex Police answers calls\n\n"
        "Sign up for PCC Updates with the latest news from your area.", set()),
    "... or a heading's colon or dash": (
        "Essex Police", "PCC Blog: why the inspection matters\n\nThe Chief Constable Column - March 2024", set()),
    "a post to come, 'designate' or 'elect', is no one's yet": (
        "Essex Police", "Chief Constable Designate Jo Hall and PCC Elect Tom Reed met the inspectors.", set()),
    "... but a surname the text names again is a name": (
        "Essex Police", "Chief Constable Lowe in a letter to staff thanked every officer. Chief Constable Lowe said more "
        "was to come.", {("Lowe", "chief constable", "Essex Police", None)}),
    "the chair of the National Police Chiefs' Council, its initials in brackets in the title": (
        "Essex Police", "National Police Chiefs’ Council (NPCC) Chair Ann Lowe said forces were under strain.",
        {("Ann Lowe", "chair of the National Police Chiefs' Council", "National Police Chiefs' Council", None)}),
    "a post named with its organisation's initials in brackets after the organisation's name": (
        "Essex Police", "Association of Police and Crime Commissioners (APCC) Chair Jo Hall said the findings were fair.",
        {("Jo Hall", "chair of the Association of Police and Crime Commissioners",
          "Association of Police and Crime Commissioners", None)}),
    "the president of the Police Superintendents' Association, after a rank": (
        "Essex Police", "Chief Superintendent Tom Reed, President of the Police Superintendents’ Association, said "
        "the report was welcome.",
        {("Tom Reed", "chief superintendent", "Essex Police", None),
         ("Tom Reed", "Police Superintendents' Association president", "Police Superintendents' Association", None)}),
    "... by the Association's initials": (
        "Essex Police", "PSA President Jo Bell sets out the response to the report.",
        {("Jo Bell", "Police Superintendents' Association president", "Police Superintendents' Association", None)}),
    "the post said to be held by a name ending the sentence": (
        "Essex Police", "The current chief constable is Jane Roe. She joined the force in 2019.",
        {("Jane Roe", "chief constable", "Essex Police", None)}),
    "... not a name the sentence goes on about": (
        "Essex Police", "The chief constable is Jane Roe's deputy in all but name.", set()),
    "whoever speaks introducing themselves, then their post": (
        "Essex Police", "Hello. My name is Tom Reed and I am Her Majesty’s Chief Inspector of Constabulary. We inspect "
        "the police on the public's behalf.", {("Tom Reed", "HM Chief Inspector of Constabulary", HMICFRS, None)}),
    "... in short forms": (
        "Essex Police", "I'm Jane Roe and I'm your police and crime commissioner.",
        {("Jane Roe", "police and crime commissioner", "Police and Crime Commissioner for Essex", None)}),
    "a knight named after the post by the honour and the given name alone": (
        "Metropolitan Police Service", "Our new Commissioner, Sir Tom, has set out a plan for change at the Met.",
        {("Tom", "commissioner", "Metropolitan Police Service", None)}),
    "... the name in full where the text writes it": (
        "Metropolitan Police Service", "Sir Tom Reed took over in the autumn. The Commissioner, Sir Tom, has set out a "
        "plan for change.", {("Tom Reed", "commissioner", "Metropolitan Police Service", None)}),
    "an honorific and a surname, then the post they took, the name in full elsewhere in the text": (
        "Essex Police", "Jo Hall has served with the force for 30 years.\n\nMrs Hall, who became chief constable in 2019, "
        "said the findings were fair.", {("Jo Hall", "chief constable", "Essex Police", None)}),
    "... in full only after it": (
        "Essex Police", "Mr Reed, who became PCC in May, said the report was unfair. Tom Reed was elected on a pledge "
        "to cut crime.",
        {("Tom Reed", "police and crime commissioner", "Police and Crime Commissioner for Essex", None)}),
    "the chair of a force's police authority named with its area": (
        "Essex Police", "Jo Hall, the chairman of Essex Police Authority, said the grades were deserved.",
        {("Jo Hall", "police authority chair", "Police Authority Chair for Essex", None)}),
    "... of another force's, in its force": (
        "Essex Police", "Tom Reed, chair of Kent Police Authority, said the same of his own force.",
        {("Tom Reed", "police authority chair", "Police Authority Chair for Kent", None)}),
    "the chair of a police and crime panel, by the post's name": (
        "Essex Police", "Jo Hall, chair of the Police and Crime Panel, said the commissioner had answered every question.",
        {("Jo Hall", "police and crime panel chair", "Essex Police and Crime Panel", None)}),
    "... named with a word of its kind": (
        "Essex Police", "Jo Hall, chair of the all-party Police and Crime Panel, said the new chief had impressed.",
        {("Jo Hall", "police and crime panel chair", "Essex Police and Crime Panel", None)}),
    "... named with another force's area, in its force": (
        "Essex Police", "Tom Reed, chairman of the Kent Police and Crime Panel, said the same of his own area.",
        {("Tom Reed", "police and crime panel chair", "Kent Police and Crime Panel", None)}),
    "... named with two places, or the area's possessive, or by the verb 'who chairs'": (
        "Kent Police", "Tom Reed, chairman of the Kent and Medway Police and Crime Panel, said it would look closely. "
        "Jo Hall, chair of the county's police and crime panel, agreed. Amy Fox, who chairs the police and crime panel, "
        "did too.",
        {("Tom Reed", "police and crime panel chair", "Kent Police and Crime Panel", None),
         ("Jo Hall", "police and crime panel chair", "Kent Police and Crime Panel", None),
         ("Amy Fox", "police and crime panel chair", "Kent Police and Crime Panel", None)}),
    "a member of a police and crime panel, by the post's name or with its area; an 'independent member' is of no party": (
        "Kent Police", "Cllr Jake Smith (Lab), a member of the police and crime panel, called it damning. Amy Fox, an "
        "independent member of the Kent Police and Crime Panel, agreed. Tom Reed, an independent member of the police and "
        "crime panel, did not.",
        {("Jake Smith", "councillor", "Local authority in Kent", "Labour Party"),
         ("Jake Smith", "police and crime panel member", "Kent Police and Crime Panel", "Labour Party"),
         ("Amy Fox", "police and crime panel member", "Kent Police and Crime Panel", None),
         ("Tom Reed", "police and crime panel member", "Kent Police and Crime Panel", None)}),
    "... of a police, fire and crime panel, the panel of its area": (
        "Essex Police", "Councillor Jo Hall, chair of the Essex Police, Fire and Crime Panel, welcomed the grades.",
        {("Jo Hall", "councillor", "Local authority in Essex", None),
         ("Jo Hall", "police and crime panel chair", "Essex Police and Crime Panel", None)}),
    "a police and crime panel's post, then the councillor's title its holder also bears": (
        "Kent Police", "Police and Crime Panel chairman Cllr Tom Reed said the results were disappointing. The Kent Police "
        "and Crime Panel's vice-chair was absent. Kent Police and Crime Panel member Councillor Amy Fox agreed.",
        {("Tom Reed", "police and crime panel chair", "Kent Police and Crime Panel", None),
         ("Tom Reed", "councillor", "Local authority in Kent", None),
         ("Amy Fox", "police and crime panel member", "Kent Police and Crime Panel", None),
         ("Amy Fox", "councillor", "Local authority in Kent", None)}),
    "a Police Federation's chair with the body after a comma": (
        "Essex Police", "Paul McKeever, Chairman, Police Federation of England and Wales, was responding to the reports.",
        {("Paul McKeever", "Police Federation chair", "Police Federation of England and Wales", None)}),
    "a member named after their seat, its point of the compass in lower case": (
        "Essex Police", "Conservative MP for mid Bedfordshire Nadine Dorries has demanded that the chief stand down.",
        {("Nadine Dorries", "MP", "House of Commons", "Conservative Party")}),
    "a member as Hansard heads a speech, seat and party in brackets (a copy's picture caption first)": (
        "Durham Constabulary", "Policing debate\n\nLord Beamish Portrait Mr Kevan Jones (North Durham) (Lab)\nDurham is a "
        "high-performing, efficient force.\nJudith Cummins (Bradford South) (Lab)\nI agree.\nThe report (Durham) (2019) was "
        "read.",
        {("Kevan Jones", "MP", "House of Commons", "Labour Party"), ("Judith Cummins", "MP", "House of Commons", "Labour Party")}),
    "... not a council's list of its members so set, on a page of no debate": (
        "Durham Constabulary", "Members present:\nJudith Cummins (Bradford South) (Lab)\nTom Reed (Chair) (Con)",
        set()),
    "'HMIC' set off after the speaker's name, with the region": (
        "Essex Police", "Jo Hall, HMIC for the northern region said: \"The force has identified the savings it needs.\"",
        {("Jo Hall", "HM Inspector of Constabulary", HMICFRS, None)}),
    "... or alone between commas": (
        "Essex Police", "Jo Hall, HMIC, said: \"The force has identified the savings it needs.\"",
        {("Jo Hall", "HM Inspector of Constabulary", HMICFRS, None)}),
    "... not the inspectorate set off in a sentence, its words reported": (
        "Essex Police", "The force, HMIC said, had improved. Tom Reed said: \"We are pleased with the outcome of this "
        "report.\"", set()),
    "a chief fire officer, in the fire and rescue service the text names": (
        "Essex Police", "Rick Hylton, Chief Fire Officer of Essex County Fire and Rescue Service, said the grades were fair.",
        {("Rick Hylton", "chief fire officer", "Essex County Fire and Rescue Service", None)}),
    "... in none where the text names no service but a police force, whose post it is not": (
        "Essex Police", "Essex's chief fire officer Jo Hall sat on the interview panel.", set()),
    "the Met's commissioner as news calls him, in another force's article": (
        "Kent Police", "New Met Police chief Sir Tom Reed must deliver change, the mayor said.",
        {("Tom Reed", "commissioner", "Metropolitan Police Service", None)}),
    "... not a rank whose title starts with 'Chief'": (
        "Metropolitan Police Service", "Met Police Chief Superintendent Jo Hall said the borough had more officers.",
        {("Jo Hall", "chief superintendent", "Metropolitan Police Service", None)}),
    "a privy counsellor's style before the name is no part of it": (
        "Kent Police", "Policing Minister the Rt Hon Kit Hall MP said the force had improved.",
        {("Kit Hall", "MP", "House of Commons", None), ("Kit Hall", "policing minister", "Home Office", None)}),
    "... abbreviated with full stops, which end no sentence": (
        "Kent Police", "Home Secretary Rt. Hon. Jo Hall said she was pleased.",
        {("Jo Hall", "Home Secretary", "Home Office", None)}),
    "... with a knight's title after it, the name before the post": (
        "Kent Police", "Rt Hon Sir Tom Reed, the policing minister, said the report was fair.",
        {("Tom Reed", "policing minister", "Home Office", None)}),
    "... on a letter's address line": (
        "Kent Police", "To: The Right Honourable Jo Hall MP\nHome Secretary\n\nDear Home Secretary",
        {("Jo Hall", "Home Secretary", "Home Office", None), ("Jo Hall", "MP", "House of Commons", None)}),
    "... with a middle initial that has no full stop": (
        "Kent Police", "The Rt Hon Jo M Hall MP\nHome Secretary\n\nDear Home Secretary",
        {("Jo M Hall", "Home Secretary", "Home Office", None), ("Jo M Hall", "MP", "House of Commons", None)}),
    "a first name in capitals (a drop cap) before a surname the text names with a style": (
        "Durham Constabulary", "RON Hogg has held on to his post as Durham's Police and Crime Commissioner.\n\n"
                               "Mr Hogg said he was glad to have grown his majority.",
        {("Ron Hogg", "police and crime commissioner", "Police and Crime Commissioner for Durham", None)}),
    "... not a post's initials before a name": (
        "Kent Police", "ACC Hall said the force would act.\n\nMr Hall added that the work had begun.",
        {("Hall", "assistant chief constable", "Kent Police", None)}),
    "the Met's acting commissioner by the Yard's name": (
        "Metropolitan Police Service", "In a letter to Acting Scotland Yard Commissioner Sir Tom Reed, the inspector warned "
                                       "of systemic concerns.",
        {("Tom Reed", "acting commissioner", "Metropolitan Police Service", None)}),
    "a month that is a surname too ends a name": (
        "Essex Police", "Home Secretary Jane May wrote to every force after the report, and on 3 May Essex Police replied.",
        {("Jane May", "Home Secretary", "Home Office", None)}),
    "an area before a post's initials is no name": (
        "Nottinghamshire Police", "New Nottinghamshire PCC comments as inspection finds leadership inadequate", set()),
    "abbreviated ranks": (
        "Cambridgeshire Constabulary", "Dpt Ch Cons Alan Bent said the force accepted the findings, and Asst Ch Con "
                                       "Ruth Dale agreed.",
        {("Alan Bent", "deputy chief constable", "Cambridgeshire Constabulary", None),
         ("Ruth Dale", "assistant chief constable", "Cambridgeshire Constabulary", None)}),
    "a word opening the sentence before the name is no part of it": (
        "Kent Police", "When Tom Reed was elected Police and Crime Commissioner for Kent in 2021, the force was at a "
                       "low ebb.",
        {("Tom Reed", "police and crime commissioner", "Police and Crime Commissioner for Kent", None)}),
    "elected to the post named with its area's possessive": (
        "Kent Police", "Tom Reed, who was re-elected as Kent's PCC in May, said the force had improved.",
        {("Tom Reed", "police and crime commissioner", "Police and Crime Commissioner for Kent", None)}),
    "a caption listing several people, each post before its holder with commas": (
        "Greater Manchester Police", "Pictured, from left: Mayor of Greater Manchester, Ann Bell, Greater Manchester "
                                     "Police's Chief Constable, Tom Reed, and Deputy Mayor for Policing, Crime, "
                                     "Criminal Justice and Fire, Sue Park.",
        {("Ann Bell", "mayor", "Mayor for Greater Manchester", None),
         ("Tom Reed", "chief constable", "Greater Manchester Police", None),
         ("Sue Park", "deputy mayor for policing, fire and crime",
          "Deputy Mayor for Policing, Fire and Crime for Greater Manchester", None)}),
    "a former minister by the post's full title, with MP after the name": (
        "Kent Police", "After a visit, the former Minister of State for Policing and the Fire Service, Tom Reed MP, "
                       "called the force an example to others.",
        {("Tom Reed", "MP", "House of Commons", None), ("Tom Reed", "policing minister", "Home Office", None)}),
    "one of His Majesty's Inspectors": (
        "Essex Police", "The words were those of Sue Park, one of His Majesty's Inspectors of Constabulary and Fire & "
                        "Rescue Services, who led the inspection.",
        {("Sue Park", "HM Inspector of Constabulary", HMICFRS, None)}),
    "a deputy's or an assistant's title the vocabulary does not know is not the post itself": (
        "Metropolitan Police Service", "Assistant Chief Executive Tom Reed, Deputy Mayor Sue Park and Vice Chair of the "
                                       "Police Federation Ann Bell met the inspectors.",
        set()),
    "what a post owns is not the post": (
        "Kent Police", "Tom Reed, the PCC's chief executive, and Sue Park, the chief constable's staff officer, met "
                       "the inspectors.",
        {("Tom Reed", "chief executive", "Police and Crime Commissioner for Kent", None)}),
    "a holder set off by dashes after the post": (
        "Essex Police", "After the report was published, the Essex Police and Crime Commissioner [PCC] - Jane Roe - "
                        "has said the force must improve.",
        {("Jane Roe", "police and crime commissioner", "Police and Crime Commissioner for Essex", None)}),
    "a surname that is also a word": (
        "Essex Police", "Chief Constable Ann Green said the force would act on the findings.",
        {("Ann Green", "chief constable", "Essex Police", None)}),
    "a list of names, each with its post after it": (
        "Surrey Police", "The panel heard from Ann Bell, the Police and Crime Commissioner, Tom Reed, the Deputy Police "
                         "and Crime Commissioner, and Sue Park, the Chief Executive.",
        {("Ann Bell", "police and crime commissioner", "Police and Crime Commissioner for Surrey", None),
         ("Tom Reed", "deputy police and crime commissioner", "Police and Crime Commissioner for Surrey", None),
         ("Sue Park", "chief executive", "Police and Crime Commissioner for Surrey", None)}),
    "a name with the post's title straight after it, opening the sentence": (
        "Essex Police", "Ann Bell Police, Fire and Crime Commissioner for Essex was responding to the report.",
        {("Ann Bell", "police, fire and crime commissioner", "Police, Fire and Crime Commissioner for Essex", None)}),
    "a name with a letter of Latin Extended-A": (
        "Essex Police", "HM Inspector of Constabulary Zoė Marsh said the force was fair.",
        {("Zoė Marsh", "HM Inspector of Constabulary", HMICFRS, None)}),
    "the plural misspelling of the inspector's title": (
        "Essex Police", "Last month HM Inspector of Constabularies Tom Reed put the force into special measures.",
        {("Tom Reed", "HM Inspector of Constabulary", HMICFRS, None)}),
    "'Chf Con' for chief constable": (
        "Essex Police", "Chf Con Tom Reed, though, said more had to be done.",
        {("Tom Reed", "chief constable", "Essex Police", None)}),
    "a police authority's chair": (
        "Essex Police", "Ann Bell, chairwoman of the police authority, said the report bore out its own view.",
        {("Ann Bell", "police authority chair", "Police Authority Chair for Essex", None)}),
    "the chair of the commissioners' national association": (
        "Essex Police", "Tom Reed, chairman of the APCC, said every commissioner would read the report.",
        {("Tom Reed", "chair of the Association of Police and Crime Commissioners",
          "Association of Police and Crime Commissioners", None)}),
    "the inspector's title with 'Fire and Rescue Services' spelt out": (
        "Essex Police", "When the report came out Her Majesty's Inspector of Constabulary and Fire and Rescue "
                        "Services, Tom Reed, praised the force.",
        {("Tom Reed", "HM Inspector of Constabulary", HMICFRS, None)}),
    "the Police Federation's deputy national chair, by its abbreviation": (
        "Essex Police", "PFEW Deputy National Chair, Ann Bell, said officers were stretched.",
        {("Ann Bell", "Police Federation deputy national chair", "Police Federation of England and Wales", None)}),
    "a commissioner's office's head of performance, in a minutes' list of those present": (
        "Surrey Police", "Present:\n\nAnn Bell, Head of Performance and Governance\n\nThe panel discussed the report.",
        {("Ann Bell", "head of performance and governance", "Police and Crime Commissioner for Surrey", None)}),
    "the object of a verb of appointing, then 'as' and the post": (
        "Essex Police", "When I appointed Ann Bell as Chief Constable, the force was in special measures.",
        {("Ann Bell", "chief constable", "Essex Police", None)}),
    "the object of 'confirmed', then 'as the new' and the post": (
        "Essex Police", "The panel confirmed Tom Reed as the new chief constable on Monday.",
        {("Tom Reed", "chief constable", "Essex Police", None)}),
    "a former post of a force's police staff": (
        "Essex Police", "Tom Reed, formerly Principal Crime and Intelligence Officer at Essex Police, criticised the "
                        "commissioner.",
        {("Tom Reed", "principal crime and intelligence officer", "Essex Police", None)}),
    "initials without full stops after a post": (
        "Essex Police", "Responding to the report, Chief Constable TJ Marsh said the force had improved.",
        {("TJ Marsh", "chief constable", "Essex Police", None)}),
    "a signature: the name, its county's short name, the post's initials": (
        "Hampshire and Isle of Wight Constabulary", "Ann Bell Hants PCC\n\nThe force has made progress.",
        {("Ann Bell", "police and crime commissioner", "Police and Crime Commissioner for Hampshire and Isle of Wight",
          None)}),
    "a rank misspelt as pages misspell it ('Superintendant')": (
        "Essex Police", "Chief Superintendant Tom Reed and Superintendant Ann Bell spoke at the meeting.",
        {("Tom Reed", "chief superintendent", "Essex Police", None), ("Ann Bell", "superintendent", "Essex Police", None)}),
    "the post's short form in brackets, then its area, then the name": (
        "Essex Police", "Police and Crime Commissioner (PCC) for Essex Ann Bell believes the force has turned a corner.",
        {("Ann Bell", "police and crime commissioner", "Police and Crime Commissioner for Essex", None)}),
    "what the holder is, in a lower-case word after 'the', with the party's nickname before the post": (
        "Essex Police", "Ann Bell, the outspoken Essex Tory MP, said the force had let residents down.",
        {("Ann Bell", "MP", "House of Commons", "Conservative Party")}),
    "... two such words before a post in lower case": (
        "Essex Police", "Ann Bell, the long-serving chief constable, retired in May.",
        {("Ann Bell", "chief constable", "Essex Police", None)}),
    "the London deputy mayor's title shortened": (
        "Metropolitan Police Service", "Tom Reed, the mayor's deputy mayor for policing, answered the committee's questions.",
        {("Tom Reed", "deputy mayor for policing and crime", "Deputy Mayor for Policing and Crime for London", None)}),
    "the City's Police Authority Board's chair, a councillor: a member of that board, no police authority's chair": (
        "City of London Police", "Councillor Ann Bell, Chair of the Police Authority Board, said the board had read the "
                                 "findings.",
        {("Ann Bell", "councillor", "Local authority in City of London", None),
         ("Ann Bell", "police authority board member", "City of London Police Authority Board", None)}),
    "a branch's name for the national body, 'National Federation', before the post": (
        "Essex Police", 'National Federation deputy chair Ann Bell said: "Officers need long-term investment."',
        {("Ann Bell", "Police Federation deputy national chair", "Police Federation of England and Wales", None)}),
    "what the holder is in two lower-case words after a possessive": (
        "Essex Police", "Ann Bell, the force's recently appointed chief constable, admitted it was letting people down.",
        {("Ann Bell", "chief constable", "Essex Police", None)}),
    "'our' before the post, in the force's own words": (
        "Essex Police", '"We accept the findings of Ann Bell, our HMI," said the force.',
        {("Ann Bell", "HM Inspector of Constabulary", HMICFRS, None)}),
    "a name's time in a post: 'X's first year as' the post": (
        "Essex Police", "In Ann Bell's first year as chief constable, recorded crime fell.",
        {("Ann Bell", "chief constable", "Essex Police", None)}),
    "... and their coming to it: 'X's appointment as the new' post": (
        "Essex Police", "Ann Bell's appointment as the new Chief Constable of Essex Police is now official.",
        {("Ann Bell", "chief constable", "Essex Police", None)}),
    "a sergeant, the rank after 'police' in lower case": (
        "Essex Police", "Full marks to police Sergeant Ann Bell, who saw the case through to a conviction.",
        {("Ann Bell", "sergeant", "Essex Police", None)}),
    "a document's title after a post names nobody": (
        "Essex Police", "Police and Crime Commissioner Draft 2021-22 Statement of Accounts (PDF, 2 MB)",
        set()),
    "a name, 'the', the post, with no comma between": (
        "Essex Police", "The MPs will meet the chief constable, together with Ann Bell the PCC, next week.",
        {("Ann Bell", "police and crime commissioner", "Police and Crime Commissioner for Essex", None)}),
    "the subject of a verb of leaving, then 'as' and the post: a former post is the person's role": (
        "Essex Police", "Now we know why Ann Bell, 51, chose to retire last month and stepped down at once as Essex's chief "
                        "constable.",
        {("Ann Bell", "chief constable", "Essex Police", None)}),
    "... a dame named by the honour and her given name, quoted words between": (
        "Essex Police", 'Dame Ann "felt pressured" into resigning as chief constable of Essex Police last year.',
        {("Ann", "chief constable", "Essex Police", None)}),
    "... another name between is the subject: no post for the first": (
        "Essex Police", "Ann Bell praised Tom Reed, who retired as chief constable in May.",
        {("Tom Reed", "chief constable", "Essex Police", None)}),
    "'the PCC' said of a police, fire and crime commissioner: one post, the narrower": (
        "Essex Police", "Police, Fire and Crime Commissioner Ann Bell welcomed the report. Ann Bell, the PCC, said the force "
                        "had improved.",
        {("Ann Bell", "police, fire and crime commissioner", "Police, Fire and Crime Commissioner for Essex", None)}),
    "a police authority's vice-chair, the name then the post with no comma": (
        "Essex Police", "Ann Bell Vice-Chair of the Police Authority said the force had done well.",
        {("Ann Bell", "police authority vice-chair", "Police Authority Chair for Essex", None)}),
    "'HMIC' before a speaker's name: the inspector's title as news wrote it": (
        "Essex Police", "Inspecting the force in 2015, the then HMIC Ann Bell said she had serious concerns.",
        {("Ann Bell", "HM Inspector of Constabulary", HMICFRS, None)}),
    "... not before a heading's capitalised words": (
        "Essex Police", "HMIC Inspection Report\n\nThe force was rated good.", set()),
    "a police authority's chair by the short form the text gives the authority, its force of no police area": (
        "British Transport Police", "The British Transport Police Authority (BTPA) met today.\n\nChair of the BTPA, Ann "
                                    "Bell, said the force had done well. Below is the response from BTPA Chair Tom Reed:",
        {("Ann Bell", "police authority chair", "British Transport Police Authority", None),
         ("Tom Reed", "police authority chair", "British Transport Police Authority", None)}),
    "the chief inspector's fire and rescue remit written otherwise, before a comma and the name": (
        "Essex Police", "A letter told the force that His Majesty's Chief Inspector of Constabulary and Fire and Rescue "
                        "Service, Sir Tom Reed, had decided to end the monitoring.",
        {("Tom Reed", "HM Chief Inspector of Constabulary", HMICFRS, None)}),
    "... another post after 'and' is no remit: the name is not the first post's": (
        "Essex Police", "The report went to the chief constable and Deputy Mayor, Tom Reed, last week.", set()),
    "a party stated where the post is named again": (
        "Essex Police", "Police and Crime Commissioner Tom Reed welcomed the report. Later, Labour PCC Tom Reed said the "
                        "force had improved.",
        {("Tom Reed", "police and crime commissioner", "Police and Crime Commissioner for Essex", "Labour Party")}),
    "a party after the holder's name elsewhere, '(Con)'": (
        "Essex Police", "Police and Crime Commissioner Tom Reed welcomed the report, but Tom Reed (Con) argues that the "
                        "force must improve.",
        {("Tom Reed", "police and crime commissioner", "Police and Crime Commissioner for Essex", "Conservative Party")}),
    "a party before the holder's honorific and surname elsewhere": (
        "Essex Police", "Police and Crime Commissioner Tom Reed welcomed the report. Conservative Mr Reed told the panel "
                        "that the force had improved.",
        {("Tom Reed", "police and crime commissioner", "Police and Crime Commissioner for Essex", "Conservative Party")}),
    "a party in what the holder is, set off after the name": (
        "Essex Police", "Councillor Ann Bell, the Labour chairwoman of the police and crime panel, said the force had "
                        "improved.",
        {("Ann Bell", "councillor", "Local authority in Essex", "Labour Party"),
         ("Ann Bell", "police and crime panel chair", "Essex Police and Crime Panel", "Labour Party")}),
    "... as the leader of the party's group": (
        "Essex Police", "Councillor Ann Bell, leader of the Liberal Democrat group on the council, said the force was slow.",
        {("Ann Bell", "councillor", "Local authority in Essex", "Liberal Democrats")}),
    "a minister's party before the honorific elsewhere": (
        "Essex Police", "Home Secretary Tom Reed praised the force. The PCC has invited Conservative Mr Reed to visit.",
        {("Tom Reed", "Home Secretary", "Home Office", "Conservative Party")}),
    "a party the holder was elected for, named elsewhere by honorific and surname": (
        "Essex Police", "Police and Crime Commissioner Tom Reed welcomed the report. Mr Reed, who was elected as the Labour "
                        "candidate in 2012, said the force had improved.",
        {("Tom Reed", "police and crime commissioner", "Police and Crime Commissioner for Essex", "Labour Party")}),
    "... or elected for the party, by its plural": (
        "Essex Police", "Police and Crime Commissioner Tom Reed welcomed the report. Mr Reed, who was elected for the "
                        "Conservatives, said the force had improved.",
        {("Tom Reed", "police and crime commissioner", "Police and Crime Commissioner for Essex", "Conservative Party")}),
    "... or said to be one of the party's, set off by commas": (
        "Essex Police", "Police and Crime Commissioner Tom Reed welcomed the report. Mr Reed, a Conservative, added that the "
                        "force had improved.",
        {("Tom Reed", "police and crime commissioner", "Police and Crime Commissioner for Essex", "Conservative Party")}),
    "a party said of the post without its holder, the article naming one holder": (
        "Essex Police", "Police, Fire and Crime Commissioner Tom Reed welcomed the report. Critics said the Conservative "
                        "commissioner had overseen a decline.",
        {("Tom Reed", "police, fire and crime commissioner", "Police, Fire and Crime Commissioner for Essex",
          "Conservative Party")}),
    "... two holders of the post: whose party it is is unsaid": (
        "Essex Police", "Chief Constable Tom Reed and Chief Constable Ann Bell met. The Labour chief constable spoke first.",
        {("Tom Reed", "chief constable", "Essex Police", None), ("Ann Bell", "chief constable", "Essex Police", None)}),
    "... two parties said of one holder: none": (
        "Essex Police", "Police and Crime Commissioner Tom Reed welcomed the report. Conservative Mr Reed told the panel "
                        "that the force had improved, and Tom Reed (Lab) agreed.",
        {("Tom Reed", "police and crime commissioner", "Police and Crime Commissioner for Essex", None)}),
    "a conjunction opening the sentence is no given name ('Yet Ann Bell, the PCC, …')": (
        "Essex Police", "Yet Ann Bell, the PCC who oversees both services, thinks both are moving the right way.",
        {("Ann Bell", "police and crime commissioner", "Police and Crime Commissioner for Essex", None)}),
    "a former post of the force's police staff, after the name": (
        "Kent Police", "Ann Lowe, the force's former Principal Crime and Intelligence Analyst, says it must change.",
        {("Ann Lowe", "principal crime and intelligence analyst", "Kent Police", None)}),
    "the post's remit in lower case between the post and the name set off by commas": (
        "Kent Police", "His Majesty's Inspector of Constabulary for the region, Tom Reed, said the force had improved.",
        {("Tom Reed", "HM Inspector of Constabulary", HMICFRS, None)}),
    "a word of the post's reach between the comma and the post ('regional', 'senior', 'local')": (
        "Kent Police", "Tom Reed, regional HM Inspector of Constabulary, said the force had improved.",
        {("Tom Reed", "HM Inspector of Constabulary", HMICFRS, None)}),
    "what the holder does in the post, then 'as' and the post": (
        "Kent Police", "Ann Lowe, who holds the force to account as police and crime commissioner, said it had improved.",
        {("Ann Lowe", "police and crime commissioner", "Police and Crime Commissioner for Kent", None)}),
    "... with the area's possessive": (
        "Kent Police", "Tom Reed, who oversees Kent Police as the county's police and crime commissioner, said so.",
        {("Tom Reed", "police and crime commissioner", "Police and Crime Commissioner for Kent", None)}),
    "... 'responsible for' a region": (
        "Kent Police", "Her Majesty's Inspector responsible for the South East, Ann Lowe, said it had improved.",
        {("Ann Lowe", "HM Inspector of Constabulary", HMICFRS, None)}),
    "... the commissioner's": (
        "Kent Police", "The police and crime commissioner for the county, Ann Lowe, said it had improved.",
        {("Ann Lowe", "police and crime commissioner", "Police and Crime Commissioner for Kent", None)}),
    "a byline's name and post set apart by a bar": (
        "Kent Police", "Posted by Ann Lowe | Police and Crime Commissioner | 3 May 2024",
        {("Ann Lowe", "police and crime commissioner", "Police and Crime Commissioner for Kent", None)}),
    "the policing minister by the portfolio's title without 'of State'": (
        "Kent Police", "Minister for Crime, Policing and Fire Tom Reed said the findings were damning.",
        {("Tom Reed", "policing minister", "Home Office", None)}),
    "... by the title of 2024": (
        "Kent Police", "Ann Lowe, Minister for Policing, Fire and Crime Prevention, said the findings were damning.",
        {("Ann Lowe", "policing minister", "Home Office", None)}),
    "the chief inspector as the inspectorate's 'chief' before the name": (
        "Kent Police", "HMIC chief Sir Tom Reed said the force was close to the bottom of the table.",
        {("Tom Reed", "HM Chief Inspector of Constabulary", HMICFRS, None)}),
    "... or its 'boss'": (
        "Kent Police", 'HMICFRS boss Ann Lowe said: "The force must improve."',
        {("Ann Lowe", "HM Chief Inspector of Constabulary", HMICFRS, None)}),
    "a Welsh-language article: the deputy chief constable, in lower case, the name set off by a comma": (
        "Gwent Police", "Yn ôl y dirprwy brif gwnstabl, Siân Rhys, mae'r llu wedi gwella.",
        {("Siân Rhys", "deputy chief constable", "Gwent Police", None)}),
    "... His Majesty's inspector in Welsh": (
        "Gwent Police", "Dywedodd Arolygydd Cwnstabliaeth Ei Fawrhydi, Huw Parry, fod angen gwelliant.",
        {("Huw Parry", "HM Inspector of Constabulary", HMICFRS, None)}),
    "... the chief constable with the force straight after the post, as Welsh joins them": (
        "Gwent Police", 'Dywedodd Prif Gwnstabl Heddlu Gwent, Siân Rhys: "Rydym yn falch."',
        {("Siân Rhys", "chief constable", "Gwent Police", None)}),
    "... the police and crime commissioner": (
        "Gwent Police", "Dywedodd Comisiynydd Heddlu a Throsedd, Huw Parry, ei fod yn falch.",
        {("Huw Parry", "police and crime commissioner", "Police and Crime Commissioner for Gwent", None)}),
    "the chief inspector's title misspelt in the plural, 'of Constabularies': not the police rank": (
        "Kent Police", "The Chief Inspector of Constabularies, Sir Alan Marsh, has replied to the complaint.",
        {("Alan Marsh", "HM Chief Inspector of Constabulary", HMICFRS, None)}),
    "the post as a participle set off after the name: 'recruited as chief constable in 2018'": (
        "Kent Police", "Ann Lowe, recruited as chief constable in 2018 to steady the force, left in May.",
        {("Ann Lowe", "chief constable", "Kent Police", None)}),
    "... and what befell its holder in it: 'was sacked as chief constable'": (
        "Kent Police", "Years earlier Tom Reed was sacked as chief constable after a scandal.",
        {("Tom Reed", "chief constable", "Kent Police", None)}),
    "'Coun', a councillor's short title": (
        "Kent Police", 'Coun Ann Lowe, who leads the opposition group, said: "We want answers."',
        {("Ann Lowe", "councillor", "Local authority in Kent", None)}),
    "'the Inspector' set off before the name, capitalised as the title, in a text naming the inspectorate": (
        "Kent Police", "In her report on the force, issued yesterday, the Inspector, Ann Lowe, says it is short of staff.",
        {("Ann Lowe", "HM Inspector of Constabulary", HMICFRS, None)}),
    "... but in lower case, who led the inspection, no post": (
        "Kent Police", "In her report on the force, issued yesterday, the inspector, Ann Lowe, says it is short of staff.",
        set()),
    "'HMIC' as the inspector's title before a name and a verb's tense": (
        "Kent Police", "HMIC Ann Lowe will brief board members on the reports at the next meeting.",
        {("Ann Lowe", "HM Inspector of Constabulary", HMICFRS, None)}),
    "'HMCI' before a name: HM Chief Inspector": (
        "Kent Police", "HMCI Tom Reed said the force had improved since the last inspection.",
        {("Tom Reed", "HM Chief Inspector of Constabulary", HMICFRS, None)}),
    "a Home Office minister by the title Hansard gives": (
        "Kent Police", "Tom Reed, the Minister of State, Home Department, said forces were given support to improve.",
        {("Tom Reed", "Home Office minister", "Home Office", None)}),
    "... or before the name of the one whose report it is": (
        "Kent Police", "HMIC Ann Lowe's full PEEL assessment report has not yet been published.",
        {("Ann Lowe", "HM Inspector of Constabulary", HMICFRS, None)}),
    "the Federation's chair, its name without 'Police' as its own pages write it": (
        "Kent Police", "Ann Lowe, Chair of the Federation of England and Wales, said the cuts had hurt every force.",
        {("Ann Lowe", "Police Federation chair", "Police Federation of England and Wales", None)}),
    "Welsh: the post's short form in brackets, its initials with a Welsh digraph ('CHTh'), before the name": (
        "North Wales Police", "Un o ddyletswyddau Comisiynydd yr Heddlu a Throsedd (CHTh), Huw Parry, yw dal y llu i gyfrif.",
        {("Huw Parry", "police and crime commissioner", "Police and Crime Commissioner for North Wales", None)}),
    "the post in the plural before a list of its holders, in minutes": (
        "Kent Police", "Councillors; Ann Lowe, Tom Reed and Mary Hunt sent apologies for absence.",
        {(n, "councillor", "Local authority in Kent", None) for n in ("Ann Lowe", "Tom Reed", "Mary Hunt")}),
    "... and after a clause closed by a dash": (
        "Kent Police", '"I thank the two chief constables we have served with – Ann Lowe and Tom Reed," she said.',
        {(n, "chief constable", "Kent Police", None) for n in ("Ann Lowe", "Tom Reed")}),
    "another force's post by 'whose' after it: the Met's commissioner, not the article's force's": (
        "Kent Police", "The scheme is being studied by several forces, the Metropolitan Police among them, whose "
                       "commissioner, Sir Tom Reed, wants to cut the time officers lose.",
        {("Tom Reed", "commissioner", "Metropolitan Police Service", None)}),
    "a link's title with a post before a capitalised noun, no name: a response, an update": (
        "Kent Police", "PCC Response to HMICFRS CDI Inspection of Kent Police 2019\nPCC & Force Response to PEEL "
                       "Effectiveness 2018\nPCC Update on the PEEL Report 2018\n",
        set()),
    "the post a person came to the force in": (
        "Kent Police", "Tom Reed came to Kent Police as deputy chief constable in 2013 and retires this year.",
        {("Tom Reed", "deputy chief constable", "Kent Police", None)}),
    "'chief' alone after the verb that made them it, the sentence's subject's second verb": (
        "Kent Police", "Tom Reed came to Kent Police as deputy chief constable in 2013 and was made chief in July last "
                       "year.\n\nAnn Lowe took over as chief two years after that.",
        {("Tom Reed", "deputy chief constable", "Kent Police", None), ("Tom Reed", "chief constable", "Kent Police", None),
         ("Ann Lowe", "chief constable", "Kent Police", None)}),
    "the post a person began work in, past a caption's word after the name": (
        "Kent Police", "It is three years today since Ann Lowe (pictured) began work as Kent's Police and Crime "
                       "Commissioner.\n\nTom Reed (left) became chief constable in 2019.",
        {("Ann Lowe", "police and crime commissioner", "Police and Crime Commissioner for Kent", None),
         ("Tom Reed", "chief constable", "Kent Police", None)}),
    "the post a person retired or stepped down from, by the surname after the name in full": (
        "Kent Police", "Tom Reed leaves today. Mr Reed, who retired as Chief Constable of Kent Police on Friday, is to be "
                       "knighted.\n\nAnn Lowe stepped down as deputy chief constable in 2019.",
        {("Tom Reed", "chief constable", "Kent Police", None), ("Ann Lowe", "deputy chief constable", "Kent Police", None)}),
    "appointed 'today' by a body its short name follows in brackets, the name's honours between": (
        "Kent Police", "Ann Lowe LVO KPM has today been appointed by the Kent Police Authority (KPA) as Assistant Chief "
                       "Constable at the force.",
        {("Ann Lowe", "assistant chief constable", "Kent Police", None)}),
    "a title before a surname named in full elsewhere, after a name set off by commas: the surname's post": (
        "Kent Police", "Tom Reed will retire in June. Writing to the Commissioner, Ann Lowe, Ch Con Reed said it was time "
                       "to go.",
        {("Tom Reed", "chief constable", "Kent Police", None),
         ("Ann Lowe", "police and crime commissioner", "Police and Crime Commissioner for Kent", None)}),
    "... not the verb of a name a clause of saying names": (
        "Kent Police", "Tom Reed said Ann Lowe was good and became chief constable in May.", set()),
    "... or after a dash, each name with its seat in brackets": (
        "Kent Police", "Now three MPs – Ann Lowe (Dover), Tom Reed (Folkestone and Hythe) and Sir Mark Hunt (Ashford) – have "
                       "written to the commissioner.",
        {(n, "MP", "House of Commons", None) for n in ("Ann Lowe", "Tom Reed", "Mark Hunt")}),
    "... but a post a force has one holder of, in an article naming two forces: whose is whose is not said": (
        "Kent Police", "The police and crime commissioners Ann Lowe and Tom Reed wrote to the minister about Essex Police.",
        set()),
    "... but not before names that make no list closed by 'and'": (
        "Kent Police", "The councillors, Ann Lowe, Tom Reed, Mary Hunt, asked questions of the force.",
        set()),
    "... and 'on becoming' the post": (
        "Kent Police", "The picture shows the chief officer congratulating Ann Lowe on becoming the new deputy chief constable.",
        {("Ann Lowe", "deputy chief constable", "Kent Police", None)}),
    "the Met's ranks below its deputy commissioner, after the force's short name": (
        "Metropolitan Police Service", "Met assistant commissioner Ann Lowe and deputy assistant commissioner Tom Reed "
                                       "told the committee that new systems were in place.",
        {("Ann Lowe", "assistant commissioner", "Metropolitan Police Service", None),
         ("Tom Reed", "deputy assistant commissioner", "Metropolitan Police Service", None)}),
    "... as its initials before the name": (
        "Metropolitan Police Service", "DAC Tom Reed said the figures were a disappointment.",
        {("Tom Reed", "deputy assistant commissioner", "Metropolitan Police Service", None)}),
    "... which no other force has": (
        "Kent Police", "DAC Tom Reed said the figures were a disappointment.", set()),
    "a Home Office minister named without a portfolio": (
        "Kent Police", "Chief constables received a letter from Home Office Minister Ann Lowe warning that trust was low.",
        {("Ann Lowe", "Home Office minister", "Home Office", None)}),
    "... and with it: the policing minister": (
        "Kent Police", "Home Office Minister for Policing Ann Lowe visited the force's control room in June.",
        {("Ann Lowe", "policing minister", "Home Office", None)}),
    "a commissioner's post, a comma, then the councillor's title before the name: both are hers": (
        "West Midlands Police", "Acting Police and Crime Commissioner, Councillor Ann Lowe welcomed the praise for the "
                                "force's finances.",
        {("Ann Lowe", "acting police and crime commissioner", "Police and Crime Commissioner for West Midlands", None),
         ("Ann Lowe", "councillor", "Local authority in West Midlands", None)}),
    "... not in a list of people at a meeting, the commissioner unnamed": (
        "Kent Police", "The Police and Crime Commissioner, Councillor Ann Lowe and Councillor Tom Reed attended the panel.",
        {("Ann Lowe", "councillor", "Local authority in Kent", None), ("Tom Reed", "councillor", "Local authority in Kent", None)}),
    "who became the force's chief constable, with its place among the post's holders": (
        "Cleveland Police", "Ann Lowe, who became Cleveland's seventh chief constable in eight years last May, said the "
                            "report was fair.",
        {("Ann Lowe", "chief constable", "Cleveland Police", None)}),
    "... 'appointed its first', after an armed forces' rank": (
        "Kent Police", "In 1857 Colonel Tom Reed was appointed its first Chief Constable, with a force of 200 men.",
        {("Tom Reed", "chief constable", "Kent Police", None)}),
    "... 'the force's first female'": (
        "Kent Police", "Ann Lowe was appointed the force's first female deputy chief constable in 2009.",
        {("Ann Lowe", "deputy chief constable", "Kent Police", None)}),
    "a commissioner's office by its initials with its area's letter": (
        "Sussex Police", "Ann Lowe, Chief Executive of the OSPCC, presented the report to the panel.",
        {("Ann Lowe", "chief executive", "Police and Crime Commissioner for Sussex", None)}),
    "... not a charity's initials": (
        "Sussex Police", "Ann Lowe, Chief Executive of the NSPCC, presented the report to the panel.", set()),
    "a holder named as taking up 'the post' the sentence before names": (
        "Essex Police", "Essex's newly elected police and crime commissioner has promised to hold the force to account.\n\n"
                        "Tom Reed takes up the role next Monday.",
        {("Tom Reed", "police and crime commissioner", "Police and Crime Commissioner for Essex", None)}),
    "... and as the post's previous holder": (
        "Essex Police", "The force has been without a permanent chief constable since March, when the previous holder of "
                        "the post, Ann Lowe, left for another force.",
        {("Ann Lowe", "chief constable", "Essex Police", None)}),
    "... not 'the role of' another post": (
        "Essex Police", "Chief Constable Ann Lowe praised the staff. Tom Reed will take up the role of deputy in May.",
        {("Ann Lowe", "chief constable", "Essex Police", None)}),
    "... nor where the name is not the sentence's subject: whose post it is, is not said": (
        "Essex Police", "The police and crime commissioner thanked Tom Reed, who took up the role in May, for his work.",
        set()),
    "... nor where the sentence before names two posts": (
        "Essex Police", "The chief constable and the police and crime commissioner met the inspectors. Tom Reed takes up "
                        "the post next week.", set()),
    "the force's chief constable by the word 'chief' alone, set off before the name": (
        "Cleveland Police", "The force has had four leaders in five years; the current chief, Ann Lowe, arrived in May.",
        {("Ann Lowe", "chief constable", "Cleveland Police", None)}),
    "... the Met's chief is its commissioner": (
        "Metropolitan Police Service", "When the mayor appointed the present Chief, Ann Lowe, he set her three goals.",
        {("Ann Lowe", "commissioner", "Metropolitan Police Service", None)}),
    "... not the fire service's, nor a deputy's": (
        "Kent Police", "The fire chief, Ann Lowe, and the deputy chief, Tom Reed, spoke at the meeting.", set()),
    "... nor in a paragraph about the fire service": (
        "Kent Police", "Kent Fire and Rescue Service was rated good; the current chief, Ann Lowe, took over in May.", set()),
    "Welsh: the inspectorate's initials after 'arolygydd' / 'arolygwr' (inspector) and 'prif arolygydd' (chief inspector)": (
        "Dyfed-Powys Police", "Yn ôl Arolygwr HMIC, Siwan Evans, mae'r llu yn gwella. Mae Rhys Morgan, Prif Arolygydd "
                              "HMIC, yn anghytuno.",
        {("Siwan Evans", "HM Inspector of Constabulary", HMICFRS, None),
         ("Rhys Morgan", "HM Chief Inspector of Constabulary", HMICFRS, None)}),
    "the rank misspelt 'Cheif', as real pages write it": (
        "Kent Police", "Ms Ann Lowe has been Acting Cheif Constable since March. Deputy Cheif Constable Tom Reed said the "
                       "force would improve.",
        {("Ann Lowe", "acting chief constable", "Kent Police", None),
         ("Tom Reed", "deputy chief constable", "Kent Police", None)}),
    "'when X first took over as' the post: a word of when before the verb": (
        "Kent Police", "When Ann Lowe first took over as Chief Constable of Kent Police she promised a leaner force.",
        {("Ann Lowe", "chief constable", "Kent Police", None)}),
    "'X has been named by … as the first woman to serve as the force's' post": (
        "Kent Police", "Ann Lowe has been named by Kent Police as the first woman ever to serve as the force's Chief "
                       "Constable.",
        {("Ann Lowe", "chief constable", "Kent Police", None)}),
    "'X has been named as the force's new' post": (
        "Kent Police", "Ann Lowe has been named as the force's new Deputy Chief Constable after a national search.",
        {("Ann Lowe", "deputy chief constable", "Kent Police", None)}),
    "'X has already held the post of' a rank": (
        "Kent Police", "Ann Lowe has already held the post of Assistant Chief Constable at the force.",
        {("Ann Lowe", "assistant chief constable", "Kent Police", None)}),

    "'X, a county councillor for …,': the post after 'a'": (
        "Kent Police", "Ann Lowe, a county councillor for Ashford, is one of three names on the shortlist.",
        {("Ann Lowe", "councillor", "Local authority in Kent", None)}),
    "... not what the holder is no post of: 'X, a critic of the chief constable,'": (
        "Kent Police", "Ann Lowe, a critic of the chief constable, said the force had to improve.", set()),
    "'X, the inspector who wrote the report,' in a text naming the inspectorate": (
        "Kent Police", "Ann Lowe, the inspector who wrote the report, singled out the force's response to missing children.",
        {("Ann Lowe", "HM Inspector of Constabulary", HMICFRS, None)}),
    "'inspector X's findings on' the force": (
        "Kent Police", "Inspector Ann Lowe's findings on the force offer some reassurance.",
        {("Ann Lowe", "HM Inspector of Constabulary", HMICFRS, None)}),
    "... with an honorific and a word before the findings: 'inspector Dr X's latest verdict'": (
        "Kent Police", "But inspector Dr Ann Lowe's latest verdict on the force is more positive.",
        {("Ann Lowe", "HM Inspector of Constabulary", HMICFRS, None)}),
    "... not a detective's: 'Detective Inspector X's findings' (the police rank)": (
        "Kent Police", "Detective Inspector Tom Reed's findings on the burglaries went to the court.",
        {("Tom Reed", "inspector", "Kent Police", None)}),
    "... not a police rank's report: 'Chief Inspector X's report'": (
        "Kent Police", "Chief Inspector Tom Reed's report on local crime went to the council.",
        {("Tom Reed", "chief inspector", "Kent Police", None)}),
    "... nor 'the inspector, X, said' (who led the inspection, no post stated)": (
        "Kent Police", "In her report, the inspector, Ann Lowe, said the force had improved.", set()),

    "'Chief Constable X and his predecessor Y': Y held the post before": (
        "Kent Police", "He said the outgoing Chief Constable Tom Reed and his predecessor Ann Lowe had changed the force.",
        {("Tom Reed", "chief constable", "Kent Police", None), ("Ann Lowe", "chief constable", "Kent Police", None)}),
    "... and 'X's predecessor, Y,'": (
        "Kent Police", "Police and Crime Commissioner Tom Reed's predecessor, Ann Lowe, stood down in May.",
        {("Tom Reed", "police and crime commissioner", "Police and Crime Commissioner for Kent", None),
         ("Ann Lowe", "police and crime commissioner", "Police and Crime Commissioner for Kent", None)}),

    "the chief inspector by what the post heads: 'X, head of the Inspectorate of Constabulary,'": (
        "Kent Police", "Sir Tom Reed, head of the Inspectorate of Constabulary, said improvements were needed.",
        {("Tom Reed", "HM Chief Inspector of Constabulary", HMICFRS, None)}),
    "... not what the inspectorate's programme has: 'head of HMIC's PEEL programme'": (
        "Kent Police", "Ann Lowe, head of HMIC's PEEL programme, said the force had improved.", set()),

    "the Home Secretary as international news names the post: 'Interior Minister X'": (
        "Metropolitan Police Service", "Speaking of the special measures, Interior Minister Ann Lowe said that the force was "
                                       "lagging behind.",
        {("Ann Lowe", "Home Secretary", "Home Office", None)}),

    "'He was previously' a post: the pronoun names the one person named last before it": (
        "Kent Police", "Chief Constable Tom Reed wants the force out of special measures quickly. He was previously deputy "
                       "chief constable of Cumbria Constabulary.",
        {("Tom Reed", "chief constable", "Kent Police", None),
         ("Tom Reed", "deputy chief constable", "Cumbria Constabulary", None)}),
    "... opening a clause after ', and': 'and she has been Acting Chief Constable since May'": (
        "Kent Police", "Ms Ann Lowe has already held the post of Assistant Chief Constable at the force, and she has been "
                       "Acting Chief Constable since May.",
        {("Ann Lowe", "assistant chief constable", "Kent Police", None),
         ("Ann Lowe", "acting chief constable", "Kent Police", None)}),
    "... not where two people are named before it": (
        "Kent Police", "Tom Reed met Ann Lowe. He was previously deputy chief constable of Cumbria Constabulary.", set()),
    "... nor a post the pronoun's person is appointed to (one still to take up)": (
        "Kent Police", "Mr Tom Reed will leave the force this summer. He has been appointed His Majesty's Inspector of "
                       "Constabulary.", set()),

    "'Ms X has already held the posts of A and B': each post of the list, by the surname": (
        "Kent Police", "Chief Constable Ann Lowe welcomed the report. Ms Lowe has already held the posts of Assistant Chief "
                       "Constable and Deputy Chief Constable at the force.",
        {("Ann Lowe", "chief constable", "Kent Police", None), ("Ann Lowe", "assistant chief constable", "Kent Police", None),
         ("Ann Lowe", "deputy chief constable", "Kent Police", None)}),

    "'X, then chief constable,': the post held at the time": (
        "Kent Police", "Ann Lowe, then chief constable, said the force had improved.",
        {("Ann Lowe", "chief constable", "Kent Police", None)}),
    "'X, appointed chief constable in 2018,' (no 'as')": (
        "Kent Police", "Ann Lowe, appointed chief constable in 2018, said the force had improved.",
        {("Ann Lowe", "chief constable", "Kent Police", None)}),
    "'X, recently appointed as chief constable,'": (
        "Kent Police", "Ann Lowe, recently appointed as chief constable, said the force had improved.",
        {("Ann Lowe", "chief constable", "Kent Police", None)}),
    "'X, who took charge as chief constable'": (
        "Kent Police", "Ann Lowe, who took charge as chief constable in 2018, said the force had improved.",
        {("Ann Lowe", "chief constable", "Kent Police", None)}),
    "'X took the helm as' the post": (
        "Kent Police", "Ann Lowe took the helm as chief constable in 2018.",
        {("Ann Lowe", "chief constable", "Kent Police", None)}),
    "'X stepped up as' the acting post": (
        "Kent Police", "Ann Lowe stepped up as acting chief constable in May.",
        {("Ann Lowe", "acting chief constable", "Kent Police", None)}),
    "'X joined <force> as' the post": (
        "Kent Police", "Ann Lowe joined Kent Police as deputy chief constable in 2018.",
        {("Ann Lowe", "deputy chief constable", "Kent Police", None)}),
    "'X has led <force> as' the post": (
        "Kent Police", "Ann Lowe has led Kent Police as chief constable since 2018.",
        {("Ann Lowe", "chief constable", "Kent Police", None)}),
    "'X, who will step down as' the post: held till then": (
        "Kent Police", "Ann Lowe, who will step down as chief constable in May, said the force had improved.",
        {("Ann Lowe", "chief constable", "Kent Police", None)}),
    "... not 'joined the force as a constable' (no post of the vocabulary)": (
        "Kent Police", "Ann Lowe joined the force as a constable in 1990 and rose to become a superintendent.", set()),
    "'X, who won the PCC election': an election won is the post held": (
        "Kent Police", "Ann Lowe, who won the PCC election in 2021, said the force had improved.",
        {("Ann Lowe", "police and crime commissioner", "Police and Crime Commissioner for Kent", None)}),
    "'X was voted in as PCC'": (
        "Kent Police", "Ann Lowe was voted in as PCC in 2021.",
        {("Ann Lowe", "police and crime commissioner", "Police and Crime Commissioner for Kent", None)}),
    "... not a nomination won (a post sought)": (
        "Kent Police", "Ann Lowe won the PCC nomination in 2020.", set()),
    "a police area's name with 'of' inside it between 'the' and the post": (
        "Kent Police", "Ann Bell, the Hampshire and Isle of Wight Police and Crime Commissioner, said every force had work to do.",
        {("Ann Bell", "police and crime commissioner", "Police and Crime Commissioner for Hampshire and Isle of Wight", None)}),
    "a police area's places listed with commas between 'the' and the post: that area's post": (
        "Kent Police", "Ann Bell, the Devon, Cornwall and Isles of Scilly Police and Crime Commissioner (PCC), said every "
        "force had work to do.",
        {("Ann Bell", "police and crime commissioner", "Police and Crime Commissioner for Devon and Cornwall", None)}),
    "a place that is no police area between 'the' and the post: not the article's force's post": (
        "Cleveland Police", "Ann Bell, the Tees Valley mayor, said the force had work to do.",
        {("Ann Bell", "combined authority mayor", "local authority (not identified) where Ann Bell is combined authority mayor",
          None)}),
    "'won re-election as' and 'elected as' the post of an area named without its possessive": (
        "Kent Police", "Ann Bell has won re-election as Kent police and crime commissioner. Tom Brown was elected as "
        "Surrey police and crime commissioner.",
        {("Ann Bell", "police and crime commissioner", "Police and Crime Commissioner for Kent", None),
         ("Tom Brown", "police and crime commissioner", "Police and Crime Commissioner for Surrey", None)}),
    "a mayor beside a force whose area's mayor holds no commissioner's powers: a combined authority's": (
        "Cleveland Police", "Tees Valley Mayor Ann Bell said the force was broken.",
        {("Ann Bell", "combined authority mayor", "Local authority in Cleveland", None)}),
    "... and beside a force whose area's mayor does: the commissioner's powers": (
        "West Yorkshire Police", "West Yorkshire Mayor Ann Bell said the force was improving.",
        {("Ann Bell", "mayor", "Mayor for West Yorkshire", None)}),
    "'chief' alone after the force's possessive and a modifier, set off before the name": (
        "Kent Police", "The force's new chief, Tim Smith, said the findings were fair. Surrey Police's chief, Ann Bell, "
        "agreed. The Metropolitan Police's chief, Mark Rowley, did not.",
        {("Tim Smith", "chief constable", "Kent Police", None), ("Ann Bell", "chief constable", "Surrey Police", None),
         ("Mark Rowley", "commissioner", "Metropolitan Police Service", None)}),
    "'who took over as' the post, set off by dashes after the name": (
        "Kent Police", "Tim Smith - who took over as chief constable in 2023 - said the force would learn from the findings.",
        {("Tim Smith", "chief constable", "Kent Police", None)}),
    "... but not the Lord Mayor, a city's ceremonial mayor, named after an alderman's title": (
        "City of London Police", "The Lord Mayor of London, Alderman Jo Hall, said the force had done well.", set()),
    "'the' before the second place of an area of two, as its commissioner's title has it": (
        "Kent Police", "Ann Bell, Police and Crime Commissioner for Hampshire and the Isle of Wight, said every force had work to do.",
        {("Ann Bell", "police and crime commissioner", "Police and Crime Commissioner for Hampshire and Isle of Wight", None)}),
    "a headline's participle with no verb before it, its words capitalised: 'Re-Elected As'": (
        "Kent Police", "Ann Bell Re-Elected As Kent's Police And Crime Commissioner\n\nThe count was held on Friday.",
        {("Ann Bell", "police and crime commissioner", "Police and Crime Commissioner for Kent", None)}),
    "a post with its holder's name in brackets after it, in a quote": (
        "Kent Police", 'Mr Reed says: "We\'ve got a new Chief Constable (Ann Bell), we\'ve got a new Deputy Chief Constable '
        '(Tom Brown), a new senior officer team."',
        {("Ann Bell", "chief constable", "Kent Police", None), ("Tom Brown", "deputy chief constable", "Kent Police", None)}),
    "a commissioner's post, then the councillor's title with no comma between, then the name: both posts": (
        "Kent Police", "In reply, the Police and Crime Commissioner councillor Ann Bell has said the inspection came at a "
        "busy time.",
        {("Ann Bell", "police and crime commissioner", "Police and Crime Commissioner for Kent", None),
         ("Ann Bell", "councillor", "Local authority in Kent", None)}),
    "an honorific and a surname alone, the post set off after them": (
        "Kent Police", "Surely this is exactly what Ms Bellamy, our Police and Crime Commissioner, is meant to be stopping?",
        {("Bellamy", "police and crime commissioner", "Police and Crime Commissioner for Kent", None)}),
    "... the person named in full elsewhere": (
        "Kent Police", "He was chosen to succeed Tom Brown. Mr Brown, the former chief constable, left to lead Essex Police.",
        {("Tom Brown", "chief constable", "Kent Police", None)}),
    "'picked X as' the force's post": (
        "Kent Police", "He said he had picked Ann Bell as Kent's new chief constable because of her record.",
        {("Ann Bell", "chief constable", "Kent Police", None)}),
    "'who chairs the federation'": (
        "Kent Police", "Ann Bell, who chairs the federation, said officers were stretched.",
        {("Ann Bell", "Police Federation chair", "Police Federation of England and Wales", None)}),
    "Staffordshire's commissioner by the post's own title": (
        "Staffordshire Police", "Ben Adams, the Staffordshire Commissioner for Police, Fire & Rescue and Crime, will set out "
        "how his office holds the force to account.",
        {("Ben Adams", "police, fire and crime commissioner", "Police, Fire and Crime Commissioner for Staffordshire", None)}),
    "'became the first woman to serve as' the post": (
        "Kent Police", "In May 2016 Ann Bell became the first woman to serve as Kent's Police and Crime Commissioner.",
        {("Ann Bell", "police and crime commissioner", "Police and Crime Commissioner for Kent", None)}),
    "a junior Home Office minister by the post's full title, in Hansard": (
        "Kent Police", "Luke Reed asks Tom Brown, The Parliamentary Under-Secretary of State for the Home Department, to make a "
        "statement on the force.",
        {("Tom Brown", "Home Office minister", "Home Office", None)}),
    "a post addressed in the phrase that opens the sentence is not its subject's": (
        "Kent Police", "Writing to the county's commissioner and to the force's chief constable, Ann Lowe said the report "
        "had left her deeply concerned.",
        set()),
    "... but an aside the comma after the name closes is the post's holder": (
        "Kent Police", "Speaking to the force's chief constable, Tom Reed, the minister said the report was fair.",
        {("Tom Reed", "chief constable", "Kent Police", None)}),
    "'According to X, the post …' opens a clause: the post is its subject, not X's": (
        "Kent Police", 'According to Ann Lowe, the chief constable "failed to give a fair picture of the force".',
        set()),
    "... but a comma closing the aside makes the post X's": (
        "Kent Police", "According to Ann Lowe, the chief constable of Kent Police, the report was fair.",
        {("Ann Lowe", "chief constable", "Kent Police", None)}),
    "a temporary assistant chief constable, in full and as 'T/ACC'": (
        "Kent Police", "Temporary assistant chief constable Ann Lowe told the meeting the figures were down. T/ACC Tom Reed "
        "said the force would improve.",
        {("Ann Lowe", "temporary assistant chief constable", "Kent Police", None),
         ("Tom Reed", "temporary assistant chief constable", "Kent Police", None)}),
    "the chief inspector called 'HMI' too holds the one post, the narrower": (
        "Kent Police", "HMI Ann Lowe has published her first annual assessment of policing. His Majesty's Chief Inspector "
        "of Constabulary Ann Lowe said reform was needed.",
        {("Ann Lowe", "HM Chief Inspector of Constabulary", HMICFRS, None)}),
    "the police, fire and crime commissioner's title with a serial comma": (
        "Essex Police", "Ann Lowe, the Police, Fire, and Crime Commissioner, has re-appointed the chief constable.",
        {("Ann Lowe", "police, fire and crime commissioner", "Police, Fire and Crime Commissioner for Essex", None)}),
    "'Cdr', the commander's rank short, in the Met": (
        "Metropolitan Police Service", "Cdr Ann Lowe said the force would act on every recommendation.",
        {("Ann Lowe", "commander", "Metropolitan Police Service", None)}),
    "an assistant HM Inspector, in English and in Welsh, is not one of HM Inspectors": (
        "South Wales Police", "Jo Bell, HM Assistant Inspector of Constabulary, led the review. Yn ôl Tom Reed, Arolygydd "
        "Cynorthwyol Cwnstabliaeth Ei Mawrhydi, mae angen gwella.",
        {("Jo Bell", "assistant HM Inspector of Constabulary", HMICFRS, None),
         ("Tom Reed", "assistant HM Inspector of Constabulary", HMICFRS, None)}),
    "a council's initials before 'Members' name nobody": (
        "Kent Police", "Councillor Ann Lowe said this was not appropriate given the role of DCC Members as corporate parents.",
        {("Ann Lowe", "councillor", "Local authority in Kent", None)}),

}


@pytest.mark.parametrize("written", ["Hampshire & Isle of Wight Constabulary", "Avon & Somerset Police"])
def test_a_force_whose_name_is_written_with_an_ampersand(written):
    facts = convert(f"Chief Constable Ann Bell of {written} welcomed the report.\n")
    assert [o.iri is not None for o in facts.organisations] == [True]
    assert [m.organisation.iri for m in facts.memberships] == [facts.organisations[0].iri]


@pytest.mark.parametrize("force, case, expected", CASES.values(), ids=CASES.keys())
def test_posts_in_every_title_form(force, case, expected):
    assert posts(force, case) == expected


def test_a_post_holders_name_is_not_read_with_the_area_before_it():
    """'…commissioner for Cheshire David Keel, said' names David Keel, not 'Cheshire David Keel'."""
    facts = convert(ARTICLE.format(force="Cheshire Constabulary",
                                   case='Police and crime commissioner for Cheshire David Keel, said: "This glowing '
                                        'report is testament to the hard work of officers and staff."'))
    assert [p.name for p in facts.people] == ["David Keel"]
    speakers = {c.speaker for c in facts.claims if "glowing report" in c.text}
    assert speakers == {"David Keel"}


def test_the_inspectors_are_the_inspectorates_post_holders_only():
    """HM Chief Inspector of Prisons inspects custody beside HMICFRS: not an inspector of the force's inspection."""
    facts = convert(ARTICLE.format(force="South Wales Police", case=CASES["HM Chief Inspector of Prisons beside an HM "
                                                                          "Inspector"][1]))
    assert [i.inspectors for i in facts.inspections] == [("Dru Marsh",)]
    assert all(not isinstance(c.speaker, Organisation) or c.speaker.iri != lexicon().inspectorate
               or "Nick Hale" not in c.text for c in facts.claims)


def test_two_forces_named_before_one_word_police():
    """'West Mercia and Warwickshire Police' names two forces; the first named is the article's when
    each is named as often, and its chief constable is that force's."""
    facts = convert("The inspection report is critical of the decision to end the alliance between West Mercia and "
                    "Warwickshire Police.\n\nBut West Mercia's Chief Constable, Tom Bang, rejected the findings.\n")
    assert list(dict.fromkeys(o.name for o in facts.organisations)) == ["West Mercia Police", "Warwickshire Police"]
    assert [i.force.name for i in facts.inspections] == ["West Mercia Police"]
    assert {(m.person, m.organisation.name) for m in facts.memberships} == {("Tom Bang", "West Mercia Police")}


def test_a_post_in_a_force_never_made_known_is_in_an_unnamed_organisation():
    """No force named: 'Chief Constable Hugh Penn' holds a post in no force the text makes known: his post is in an
    organisation of its own, unnamed (never a force of the vocabulary); he is a person, and his words are his."""
    facts = convert('The National Police Chiefs\' Council accepted the findings.\n\nIts chair, Chief Constable '
                    'Hugh Penn, said: "Forces are working hard to improve, but they need stable funding."\n')
    (membership,) = facts.memberships
    assert (membership.person, lexicon().label[membership.role]) == ("Hugh Penn", "chief constable")
    assert membership.organisation.iri == "https://w3id.org/peelkg/id/org/unnamed/chief-constable/hugh-penn"
    assert [p.name for p in facts.people] == ["Hugh Penn"]
    assert {c.speaker for c in facts.claims if c.direct} == {"Hugh Penn"}


def test_an_unnamed_organisation_is_described_by_the_post_and_is_no_force(tmp_path):
    """'Julia Mulligan PCC, the APCC's lead on …' in a national statement: the office her post is in is one the text
    never names. The graph describes it as an unnamed organisation with the post's span, not as a police force nor a
    police governance office (whose members are the offices of named police areas), and the graph is valid. A post
    only some forces have ('Commissioner' of the Met and the City) names no unnamed organisation: the person only."""
    from pyoxigraph import NamedNode
    from peelkg.rdf import article_quads
    from peelkg.text import read_source
    from peelkg.validate import validate_triples
    article = tmp_path / "apcc.txt"
    article.write_text("APCC response to the PEEL legitimacy report\n\nJulia Mulligan PCC, the APCC's lead on Transparency "
                       "and Integrity, said:\n\n\"We welcome this report.\"\n\nCommissioner Ann Lowe said the report was fair.\n")
    facts = extract(read_source(article))
    lex = lexicon()
    assert {(m.person, lex.label[m.role]) for m in facts.memberships} == {("Julia Mulligan", "police and crime commissioner")}
    assert {p.name for p in facts.people} == {"Julia Mulligan", "Ann Lowe"}
    quads = article_quads(facts)
    office = NamedNode("https://w3id.org/peelkg/id/org/unnamed/police-and-crime-commissioner/julia-mulligan")
    types = {q.object.value for q in quads if q.subject == office and q.predicate.value.endswith("#type")}
    assert types == {"http://www.w3.org/ns/org#Organization", "https://w3id.org/peelkg/def#UnnamedOrganisation"}
    (label,) = [q.object.value for q in quads if q.subject == office and q.predicate.value.endswith("#prefLabel")]
    assert "not identified" in label and "Julia Mulligan" in label
    graphs: dict = {}
    for q in quads:
        graphs.setdefault(q.graph_name.value, []).append(q)
    assert validate_triples(graphs).conforms


def test_a_post_in_the_force_an_article_names_by_its_area_alone():
    """No force named in full, but its police area, alone, more than any other ('the Constabulary' of an
    article about Suffolk): a chief constable named with no force is that area's force's, as grading takes it."""
    facts = convert("Suffolk's Police and Crime Commissioner, Ann Lowe, has welcomed the report on the Constabulary.\n\n"
                    "She expects the next inspection to show Suffolk back at its usual standard, and meets Chief "
                    "Constable Tom Reed every week.\n")
    assert {(m.person, m.role.rsplit("/", 1)[-1], m.organisation.name) for m in facts.memberships} == {
        ("Ann Lowe", "police-and-crime-commissioner", "Police and Crime Commissioner for Suffolk"),
        ("Tom Reed", "chief-constable", "Suffolk Constabulary")}


def test_a_post_with_its_short_form_in_brackets_then_its_area_and_holder():
    """'Police and Crime Commissioner (PCC) for Essex Ann Bell': the area after the brackets is the post's, not the
    first word of a name, in an article naming no force in full."""
    facts = convert('Police and Crime Commissioner (PCC) for Essex Ann Bell says the force is "moving in the right '
                    'direction" after the inspection.\n\nMs Bell said: "Officers have worked hard for this result."\n')
    assert {(m.person, m.organisation.name) for m in facts.memberships} == {
        ("Ann Bell", "Police and Crime Commissioner for Essex")}
    assert {c.speaker for c in facts.claims if c.direct} == {"Ann Bell"}


def test_a_post_whose_holders_term_ended_is_theirs_but_names_no_inspector():
    """"Sir Tom Reed's term as HM Chief Inspector ended …": his post, held before; no inspector of this inspection."""
    facts = convert(ARTICLE.format(force="Essex Police", case="Sir Tom Reed's term as HM Chief Inspector ended on 31 March "
                                                              "2022. Essex Police was graded good at preventing crime."))
    assert [(m.person, m.role.rsplit("/", 1)[-1]) for m in facts.memberships] == [
        ("Tom Reed", "hm-chief-inspector-of-constabulary")]
    assert [i.inspectors for i in facts.inspections] == [()]


LEAD = "Commissioner Welcomes Report\n{lead}\n\nKent Police was graded good at preventing crime.\n\n{then}\n"


@pytest.mark.parametrize("lead, then, expected", [
    ("Kent's Police and Crime Commissioner has welcomed the inspectorate's report on Kent Police.",
     'Responding to the report, Ann Lowe said: "The force has done well."',
     {("Ann Lowe", "police and crime commissioner")}),
    ("Kent Police Federation's secretary says the report shows the force must improve.",
     "According to Ann Lowe, the report shows that cuts are putting officers under strain.",
     {("Ann Lowe", "Police Federation secretary")}),
    # The next person named holds a post of their own, or does not speak: no holder.
    ("Kent's Police and Crime Commissioner has welcomed the inspectorate's report on Kent Police.",
     'Chief Constable Tom Reed said: "We have done well."', {("Tom Reed", "chief constable")}),
    ("Kent's Police and Crime Commissioner has welcomed the inspectorate's report on Kent Police.",
     "The report praised Ann Lowe and her team for their work.", set()),
    # The next person named is someone else the text describes: a title word before the name, an
    # appositive or a relative clause after it (the post's holder is named bare, as who the lead spoke of).
    ("Kent's Police and Crime Commissioner has welcomed the inspectorate's report on Kent Police.",
     'Local resident Ann Lowe said: "The force has done well."', set()),
    ("Kent's Police and Crime Commissioner has welcomed the inspectorate's report on Kent Police.",
     'Ann Lowe, who chairs the neighbourhood watch in Dover, said: "The force has done well."', set()),
    ("Kent's Police and Crime Commissioner has welcomed the inspectorate's report on Kent Police.",
     'Ann Lowe, 54, said: "The force has done well."', set()),
    ("Kent's Police and Crime Commissioner has welcomed the inspectorate's report on Kent Police.",
     'Victims\' campaigner Ann Lowe said: "The force has done well."', set()),
    # ... or the lead's pronoun says the holder is a man, and a title says the speaker is a woman.
    ("Kent's Police and Crime Commissioner has given his backing to the inspectorate's report on Kent Police.",
     'Responding to the report, Ms Ann Lowe said: "The force has done well."', set()),
    # The post opening the lead's last clause, its verb of saying ending the sentence; a caption under the lead
    # naming the holder first, then the holder welcoming the report.
    ("Officers are stretched to breaking point, the chair of Kent Police Federation has warned.",
     "Ann Lowe said the force needed more money.", {("Ann Lowe", "Police Federation chair")}),
    ("Kent's Police and Crime Commissioner has given a welcome to the inspectorate's report on Kent Police.",
     'Ann Lowe.\n\nAnn Lowe welcomed the finding that the force was good.\n\n"We are proud," said Ann Lowe.', {("Ann Lowe", "police and crime commissioner")}),
    ("Officers are stretched to breaking point, the chair of Kent Police Federation has warned.",
     "Tom Reed.\n\nAnn Lowe said the force needed more money. Tom Reed said nothing.", set()),
    # ... the lead's post wanting something, its holder arguing past a caption's word in brackets.
    ("THE Chairman of Kent Police Federation wants his members to be given some praise after the report.",
     "Tom Reed (pictured) also argued that the inspections took up too much of the force's time.",
     {("Tom Reed", "Police Federation chair")}),
    # A post that is not the lead sentence's subject: no holder either.
    ("The report on Kent Police was sent to the Police and Crime Commissioner last week.",
     'Responding to the report, Ann Lowe said: "The force has done well."', set()),
])
def test_a_post_in_the_lead_and_its_holder_speaking_in_a_later_paragraph(lead, then, expected):
    lex = lexicon()
    facts = convert(LEAD.format(lead=lead, then=then))
    assert {(m.person, lex.label[m.role]) for m in facts.memberships} == expected


def test_the_lead_below_a_sites_banner_lines_and_its_holder_responding():
    """A page's cookie banner and error lines above the article push its lead down; its post's holder is the
    one 'responding to' the report in the next paragraph, who then speaks."""
    lex = lexicon()
    facts = convert("Quick exit\nWe use some essential cookies to make our website work.\n"
                    "You can manage your cookie settings at any time.\nYour cookie preferences have been saved.\n"
                    "Sorry, there was a technical problem. Please try again.\nPublished 3 March 2025\n"
                    "Kent's Police and Crime Commissioner has welcomed the inspectorate's report on Kent Police.\n"
                    "Ann Lowe was responding to the newest report from the inspectorate.\nShe said:\n"
                    "'These judgements help me hold the chief constable to account.'\n")
    assert {(m.person, lex.label[m.role]) for m in facts.memberships} == {("Ann Lowe", "police and crime commissioner")}
    assert [(c.speaker, c.text) for c in facts.claims if c.direct] == [
        ("Ann Lowe", "These judgements help me hold the chief constable to account.")]


def test_the_lead_below_a_news_pages_picture_and_its_holder_named_first_in_the_caption():
    """A news page's picture lines ('Image source, …', 'Image caption,', '• Published') push its lead down; the
    caption may name the post's holder before the lead does not, and the paragraph after it names them speaking."""
    lex = lexicon()
    facts = convert("Kent Police may soon leave special measures\n\nAnn LoweImage source, Ann Lowe\nImage caption,\n\n"
                    "Ann Lowe said the force had recruited officers from elsewhere\n\n  \u2022 Published\n\n"
                    "The county's fire and crime commissioner believes Kent Police will leave special measures soon.\n\n"
                    "Ann Lowe spoke as the force said it had made progress.\n")
    assert {(m.person, lex.label[m.role]) for m in facts.memberships} == {
        ("Ann Lowe", "police, fire and crime commissioner")}


def test_the_lead_below_a_pages_header_lines_and_its_holder_speaking_next():
    """A site's name, the headline and a date line above the first paragraph push the lead down: its post's holder
    is the one who speaks in the next paragraph."""
    lex = lexicon()
    facts = convert("Kent Police Federation\n\nFederation responds to report\n\n16 October 2024\n\n"
                    "Officers cannot give the public the service it deserves because money is short, the chair of Kent "
                    "Police Federation has warned.\n\nAnn Lowe said officers were working flat out.\n")
    assert {(m.person, lex.label[m.role]) for m in facts.memberships} == {("Ann Lowe", "Police Federation chair")}


@pytest.mark.parametrize("sentence, expected", [
    ("In Kent, where Chief Constable Ann Bell stood down in May, the police were said to be slow to answer calls.",
     {("Ann Bell", "chief constable", "Kent Police")}),
    # Two forces in the sentence: whose post it is the text does not say (an unnamed organisation).
    ("In Kent and Essex, where Chief Constable Ann Bell has led reforms, the police were said to be slow.",
     {("Ann Bell", "chief constable", "police force (not identified) where Ann Bell is chief constable")}),
])
def test_a_post_in_an_article_naming_no_force_of_its_own_is_in_the_one_force_its_sentence_names(sentence, expected):
    """Four forces named by their areas alone, none the article's: a post is in the force its own sentence names."""
    lex = lexicon()
    facts = convert("Four forces must do better, inspectors say\n\nThe Surrey and Sussex forces were rated good.\n\n"
                    f"{sentence}\n\nIn Essex and Suffolk, the forces must improve.\n")
    assert {(m.person, lex.label[m.role], m.organisation.name) for m in facts.memberships} == expected


@pytest.mark.parametrize("area, expected", [
    ("Kent", {("Ann Bell", "police and crime commissioner", "Police and Crime Commissioner for Kent")}),
    ("Kent or Essex", {("Ann Bell", "police and crime commissioner",
                        "police governance office (not identified) where Ann Bell is police and crime commissioner")}),
])
def test_a_post_in_a_letter_naming_one_police_area_once_is_in_that_areas_force(area, expected):
    """A letter to the commissioner naming no force in full and one police area once ('disorder in Kent'): the post is
    that area's; with two areas named, whose it is the text does not say: an unnamed organisation."""
    lex = lexicon()
    facts = convert("Fortnightly update to the Police and Crime Commissioner\n\nDear Police and Crime Commissioner, Ann Bell,\n\n"
                    f"We have drawn up plans to respond quickly to any disorder in {area}.\n")
    assert {(m.person, lex.label[m.role], m.organisation.name) for m in facts.memberships} == expected


def test_the_then_hmic_is_no_inspector_of_this_inspection():
    """'the then HMIC Ann Bell said': her post, held then; no inspector of the inspection reported now."""
    facts = convert(ARTICLE.format(force="Essex Police", case="Essex Police was graded good at preventing crime. In 2015 the then "
                                                              "HMIC Ann Bell said she had serious concerns."))
    assert [i.inspectors for i in facts.inspections] == [()]


@pytest.mark.parametrize("header, expected", [
    ("Kent Police Federation", {("Ann Lowe", "Police Federation chair")}),
    # The Federation named only far above, in a sentence, and not as the page's name: whose branch it is is unsaid.
    ("News from Kent, where the Kent Police Federation met.", set()),
])
def test_a_branch_officer_far_below_the_federation_that_heads_the_page(header, expected):
    """'says branch chair Ann Lowe' many paragraphs below the page's header naming its Federation: that branch's chair."""
    lex = lexicon()
    filler = "Officers are working flat out to keep the public safe, and the strain is showing everywhere. " * 15
    facts = convert(f"{header}\n\nFederation responds to report\n\n{filler}\n\n"
                    "The report is no reflection of the dedication of officers, says branch chair Ann Lowe.\n")
    assert {(m.person, lex.label[m.role]) for m in facts.memberships} == expected


def test_a_former_holder_of_an_inspectorate_post_is_no_inspector():
    """'the previous chief inspector of constabulary, Sir Tom Winsor' held that post (his role), but
    inspects nothing now: the inspectors are the current post holders only."""
    facts = convert(ARTICLE.format(force="West Midlands Police", case=(
        "HMI Wendy Marsh told the PCC of the decision. He cited a document written by the previous chief "
        "inspector of constabulary, Sir Tom Wade.")))
    lex = lexicon()
    assert {(m.person, lex.label[m.role]) for m in facts.memberships} >= {
        ("Wendy Marsh", "HM Inspector of Constabulary"), ("Tom Wade", "HM Chief Inspector of Constabulary")}
    assert [i.inspectors for i in facts.inspections] == [("Wendy Marsh",)]


def test_who_holds_an_inspectorate_post_is_no_inspector_of_what_the_text_reports():
    """'The HMI for the City of London is Lee Freeman KPM.': his post, stated as who holds it; nothing says he led an
    inspection."""
    facts = convert(ARTICLE.format(force="Essex Police", case="The HMI for the Eastern Region is Ann Lowe KPM."))
    lex = lexicon()
    assert {(m.person, lex.label[m.role]) for m in facts.memberships} == {("Ann Lowe", "HM Inspector of Constabulary")}
    assert [i.inspectors for i in facts.inspections] == [()]


@pytest.mark.parametrize("then", ["Back then", "At the time,", "But at that time"])
def test_an_inspector_in_a_sentence_set_back_in_time_is_no_inspector_of_this_inspection(then):
    """'Back then HM Inspector of Constabulary X branded it "inadequate"': the post was hers, the inspection she led an
    earlier one."""
    facts = convert(ARTICLE.format(force="Essex Police", case=(
        "Three years on, inspectors say the force has turned a corner. "
        f"{then} HM Inspector of Constabulary Ann Lowe called its crime recording poor.")))
    lex = lexicon()
    assert {(m.person, lex.label[m.role]) for m in facts.memberships} == {("Ann Lowe", "HM Inspector of Constabulary")}
    assert [i.inspectors for i in facts.inspections] == [()]


def test_an_inspector_at_the_time_of_the_inspection_is_its_inspector():
    facts = convert(ARTICLE.format(force="Essex Police", case=(
        "At the time of the inspection, HM Inspector of Constabulary Ann Lowe called its crime recording poor.")))
    assert [i.inspectors for i in facts.inspections] == [("Ann Lowe",)]


@pytest.mark.parametrize("neighbour, subject, expected", [
    ("Across the county border, Essex Police was rated good.", "the force", ()),
    # ... the article's own force named in that paragraph, or in hers by its area: its inspector.
    ("Kent Police was rated good, like Essex Police.", "the force", ("Ann Lowe",)),
    ("Across the county border, Essex Police was rated good.", "Kent", ("Ann Lowe",)),
    # ... and a force the vocabulary does not know (the article's own, mistyped) is no other force.
    ("Kentt Police said the report pointed to good work.", "the force", ("Ann Lowe",)),
])
def test_an_inspector_named_only_after_a_paragraph_about_another_force_is_that_forces(neighbour, subject, expected):
    """'Over the county boundary, Suffolk Police have been ranked as good.' / 'HM Inspector X said she was
    impressed that the force …': which force she inspected the text leaves to that paragraph."""
    facts = convert("Kent Police has been told it requires improvement by His Majesty's Inspectorate of "
                    f"Constabulary and Fire & Rescue Services.\n\n{neighbour}\n\n"
                    f"HM Inspector of Constabulary Ann Lowe said she was pleased that {subject} kept its promise.\n")
    assert [i.inspectors for i in facts.inspections if i.force.name == "Kent Police"] == [expected]


@pytest.mark.parametrize("station", ["BBC Radio Essex", "Essex Online", "Sky News"])
def test_a_broadcaster_or_news_site_before_a_post_is_nobody(station):
    """'Speaking on BBC Radio Essex, the PCC said': the station's name is no person, nor the post's holder."""
    facts = convert(ARTICLE.format(force="Essex Police", case=(
        "Tom Reed, Essex's police and crime commissioner, received the report.\n\n"
        f'Speaking on {station}, the PCC said: "The force has made real progress on answering calls."')))
    assert [p.name for p in facts.people] == ["Tom Reed"]
    assert [c.speaker for c in facts.claims if c.direct] == ["Tom Reed"]


@pytest.mark.parametrize("case", ["Spokesman Tom Reed said the force would act on the findings.",
                                  "Inspector Tom Reed said the force would act on the findings.",
                                  "Campaigner Tom Reed said the force would act on the findings.",
                                  "Resident Tom Reed, who lives near the station, said the force would act.",
                                  "When Tom Reed said the force would act on the findings, few believed him."])
def test_a_word_before_a_name_is_no_part_of_it(case):
    """A word before a name that is no title of a post ('Spokesman', a police rank, 'When') names
    nobody and is no part of the name."""
    facts = convert(ARTICLE.format(force="Essex Police", case=case))
    assert [p.name for p in facts.people] == ["Tom Reed"]


@pytest.mark.parametrize("case, expected", [
    ('Tom Reed told the BBC: "We have serious concerns about how the force investigates crime."\n\n'
     'The Inspector of Constabulary went on: "Getting the basics right is critical."',
     {("Tom Reed", "HM Inspector of Constabulary", HMICFRS, None)}),
    ('Tom Reed said: "We are proud of every officer."\n\nThe chief constable added: "There is more to do."',
     {("Tom Reed", "chief constable", "Kent Police", None)}),
    # ... the post's place or whose it is between 'The' and the post
    ("On Monday the force was told to change, as Tom Reed warned that trust had fallen.\n\nThe Kent PCC said the "
     "new chief constable would have to act quickly.",
     {("Tom Reed", "police and crime commissioner", "Police and Crime Commissioner for Kent", None)}),
    ("Tom Reed said the report was fair.\n\nThe county's PCC added that there was more to do.",
     {("Tom Reed", "police and crime commissioner", "Police and Crime Commissioner for Kent", None)}),
    # ... not where the post's holder is named, nor after a naming that says nothing
    ('Chief Constable Ann Lowe welcomed the report.\n\nTom Reed said: "We are proud of every officer."\n\n'
     'The chief constable added: "There is more to do."',
     {("Ann Lowe", "chief constable", "Kent Police", None)}),
    ('Tom Reed said the force was improving.\n\nThe station was opened by Ann Lowe in May.\n\n'
     'The chief constable added: "There is more to do."',
     set()),
])
def test_a_post_opening_a_sentence_of_saying_is_the_one_who_spoke_before(case, expected):
    """'Tom Reed told the BBC: "…"' / 'The Inspector of Constabulary went on: "…"': news names by their post the one it
    quoted before, where nobody else holds it."""
    assert posts("Kent Police", case) == expected


@pytest.mark.parametrize("case, expected", [
    ("The report praised the force's call handling.\n\nBut the county's police and crime commissioner attacked its "
     "findings as unfair. Tom Reed said the force had been given too little time.",
     {("Tom Reed", "police and crime commissioner", "Police and Crime Commissioner for Kent", None)}),
    # ... with an honorific, or saying nothing: the name and its own verb ('Simon Foster wants the force out of …'); the
    # post with how it was filled ('The area's directly elected police and crime commissioner is to look …')
    ("The Police and Crime Commissioner for Kent thinks the force's changes will build trust.\n\nSir Tom Reed says the "
     "force has changed for the better.",
     {("Tom Reed", "police and crime commissioner", "Police and Crime Commissioner for Kent", None)}),
    ("The area's directly elected police and crime commissioner is to look more closely at the force.\nTom Reed wants "
     "the force out of special measures by March.",
     {("Tom Reed", "police and crime commissioner", "Police and Crime Commissioner for Kent", None)}),
    # ... not a place that looks like a name, nor a name and another
    ("The county's police and crime commissioner is to look more closely at the force.\nScotland Yard has continued to "
     "struggle with recruitment.", set()),
    ("The county's police and crime commissioner is to look more closely at the force.\nTom Reed and Ann Lowe "
     "welcomed the report.", set()),
    # ... not a name set off with what they are, nor one that is not the next sentence's subject
    ("The report praised the force's call handling.\n\nBut the county's police and crime commissioner attacked its "
     "findings. Tom Reed, a local resident, said the force had been given too little time.", set()),
    ("The report praised the force's call handling.\n\nBut the county's police and crime commissioner attacked its "
     "findings. The force was given too little time, Tom Reed said.", set()),
])
def test_a_post_opening_its_sentence_is_held_by_who_speaks_next(case, expected):
    """'But the region's police and crime commissioner attacked the findings as inaccurate. Arfon Jones said …': the
    holder, named bare as the next sentence's subject (speaking, or with a verb of its own)."""
    assert posts("Kent Police", case) == expected


@pytest.mark.parametrize("headline", ["Ex Met Superintendent on 'brutal culture' and a career in policing",
                                      "Ex Chief Constable on the findings"])
def test_a_former_posts_prefix_in_a_linked_headline_is_no_name(headline):
    """'Ex Met Superintendent on …' (a sister story's headline): 'Ex Met' is nobody holding the post."""
    facts = convert(ARTICLE.format(force="Metropolitan Police Service", case=f"Read more:\n\n{headline}"))
    assert facts.memberships == ()


@pytest.mark.parametrize("case", [
    'Inspector Sue Park said: "I am pleased with the force.\n\n"Since our last inspection, it has improved how it '
    'answers calls."',
    'Insp Sue Park said: "When we last inspected the force, it was failing victims."',
    '"Since our last inspection, the force has improved how it answers calls," said Inspector Sue Park.',
    'Inspector Sue Park added: "I am concerned.\n\nPhoto: the headquarters\n\n"In our 2023 inspection we found '
    'the same gaps."',
    "Some of the failings are, as the Inspector Sue Park says, 'the same as those we identified in the last inspection.'",
    'Inspector Sue Park added: "I am very pleased that Kent Police has improved how it answers calls."',
    'Inspector Sue Park said: "I am pleased with some aspects of the performance of Kent Police."',
    # (or her reported words speak of the force in the third person, as the inspectorate does)
    'Inspector Sue Park said the force must cut the time it takes to answer non-emergency calls.',
    'Inspector Sue Park said she accepted the constabulary had faced many challenges, but she had concerns.',
    # (or her quoted words grade the force by its name, as only the inspectorate does)
    'Inspector Sue Park stated: "Kent Police requires improvement at keeping people safe and reducing crime."',
])
def test_an_inspector_speaking_of_our_inspection_is_hm_inspector(case):
    """'Inspector Sue Park said:' in a text naming the inspectorate, her quoted words speaking of 'our
    inspection': HM Inspector of Constabulary (news shortens the post to a word that is also a rank)."""
    assert posts("Kent Police", case) == {("Sue Park", "HM Inspector of Constabulary", HMICFRS, None)}
    facts = convert(ARTICLE.format(force="Kent Police", case=case))
    assert [i.inspectors for i in facts.inspections] == [("Sue Park",)]


@pytest.mark.parametrize("case", [
    'Inspector Sue Park said: "Our officers patrol the town every night."',
    'Chief Inspector Sue Park said: "Since our last inspection, we have improved."',
    'Detective Inspector Sue Park said: "Since our last inspection, we have improved."',
    '"Our officers patrol the town every night," said Inspector Sue Park.',
    'Inspector Sue Park said: "We are pleased."\n\nJo Hall said: "Our inspection found gaps."',
    'Inspector Sue Park said: "We have improved a great deal since the last inspection."',
    'Inspector Sue Park said: "I am pleased that we have more officers on patrol this summer."',
    'Inspector Sue Park said we must cut the time it takes to answer non-emergency calls.',
    'Chief Inspector Sue Park said the force must cut the time it takes to answer calls.',
])
def test_an_inspector_whose_words_do_not_speak_for_the_inspectorate_is_a_rank(case):
    """A police inspector, a chief or detective inspector, or one whose words are not the inspectorate's
    (the next speaker's are not hers) holds no inspectorate post."""
    assert not any(role == "HM Inspector of Constabulary" for _, role, _, _ in posts("Kent Police", case))


@pytest.mark.parametrize("then, expected", [
    ("Insp Ann Lowe stood aside of her own accord last year.", {("Ann Lowe", "HM Inspector of Constabulary")}),
    # A rank before the title, or a force after the name: a police officer still.
    ("Chief Inspector Ann Lowe stood aside last year.", {("Ann Lowe", "chief inspector")}),
    ("Inspector Ann Lowe of Kent Police stood aside last year.", {("Ann Lowe", "inspector")}),
    # A full stop after 'Inspector' ends its sentence: the name after it opens the next ('Insp.' is the title written short).
    ("The panel thanked the Inspector. Ann Lowe closed the meeting.", set()),
])
def test_a_bare_inspector_title_the_text_has_shown_to_be_hm_inspectors(then, expected):
    """'Inspector Sue Park said: "Since our last inspection …"' shows what the text's bare 'Inspector' means: 'Insp Ann
    Lowe' elsewhere holds the same post (her post only: no inspector of the inspection reported)."""
    lex = lexicon()
    facts = convert(ARTICLE.format(force="Kent Police", case='Inspector Sue Park said: "Since our last inspection, the force '
                                                             f'has improved."\n\n{then}'))
    found = {(m.person, lex.label[m.role]) for m in facts.memberships}
    assert found - {("Sue Park", "HM Inspector of Constabulary")} == expected
    assert [i.inspectors for i in facts.inspections] in ([], [("Sue Park",)])


def test_our_inspection_in_a_text_naming_no_inspectorate_names_no_hm_inspector():
    """Without the inspectorate named, 'Inspector Sue Park' speaking of 'our inspection' is a police rank."""
    facts = convert('Kent Police has been rated good.\n\nInspector Sue Park said: "Since our last inspection, '
                    'the station has improved."\n')
    assert {(m.person, lexicon().label[m.role]) for m in facts.memberships} == {("Sue Park", "inspector")}


@pytest.mark.parametrize("case", [
    "Sue Park, who led the inspection, said most forces were keeping people safe.",
    "Former HM Inspector Sue Park, who oversaw the inspection until March, praised the force.",
    "The inspection, which was led by Sue Park, found the force good at preventing crime.",
    "Sue Park, who carried out the inspection, said the force had made progress.",
    "Sue Park, from HMIC, said forces were moved into enhanced monitoring when they did not respond.",
    "Sue Park of HMICFRS told the panel the force had made progress.",
    '"The force has made progress", says Sue Park of HMICFRS, adding that it had come quickly.',
    "The findings were made by Sue Park, of Her Majesty's Inspectorate of Constabulary, after a short inspection.",
    "The inspection was carried out by Sue Park, of Her Majesty's Inspectorate of Constabulary.",
    "Sue Park, of Her Majesty's Inspectorate of Constabulary (HMIC), said the force had made progress.",
    "HMICFRS's Sue Park said the force had made progress.",
    "Retired judge Sue Park, acting on behalf of Her Majesty's Inspector of Constabulary, presents the findings.",
    "Sue Park, on behalf of HMIC, said the force had made progress.",
    "Sue Park, speaking for HMICFRS, said the force had made progress.",
    "Sue Park, an inspector with the inspectorate, said the force had made progress.",
    "Sue Park, who carried out the assessment, said the force had made progress.",
    "The assessment, which was led by Sue Park, found the force good at preventing crime.",
    "In the latest analysis, carried out by Sue Park and drawing on figures from May, the force was rated good.",
    "The PEEL inspection, conducted by Sue Park, found the force good at preventing crime.",
    "The report sets out a 2021/22 inspection carried out by Sue Park of His Majesty's Inspectorate of Constabulary.",
    'In her report, the inspector, Sue Park, said: "The force has made progress."',
    "Setting out her findings, inspector, Sue Park said the force had made progress.",
    "It emerged that Sue Park, the boss at HM Inspectorate of Constabulary [HMIC], had written to the force.",
    "Sue Park, the inspector who wrote the report, singled out the force's work with missing children.",
    "Sue Park, who wrote the report, said the force had made progress.",
    "Lead inspector Sue Park said the force had made progress.",
    "Sue Park, the lead inspector for the South East, said the force had made progress.",
    "The lead inspector, Sue Park, said the force had made progress.",
    "The inspection team, headed by Sue Park, found the force good at preventing crime.",
    "But Sue Park, the report's author, said some aspects had to improve.",
    "The report's lead author, Sue Park, said the force had made progress.",
    "The latest report, written by Sue Park, found the force good at preventing crime.",
    "Sue Park, who inspected the force, said it had made progress.",
    "Sue Park, regional inspector for HMICFRS, said the force had made progress.",
    "Sue Park, the lead inspector from His Majesty's Inspectorate of Constabulary, said the force had made progress.",
    "Sue Park, an HMICFRS inspector, said the force had made progress.",
    "Report author Sue Park says that at times the force is stretched too thin.",
    "Written by Sue Park and covering every force in the region, the report finds the force has made progress.",
    "Sue Park, from His Majesty's Inspectorate of Constabulary and Fire & Rescue, who carried out the inspection, said "
    "the force had made progress.",
])
def test_whoever_led_the_inspection_is_its_inspector(case):
    """An inspector named by what they did, not by a current post (or by a former one), is the inspector."""
    facts = convert(ARTICLE.format(force="Kent Police", case=case))
    assert [i.inspectors for i in facts.inspections] == [("Sue Park",)]


def test_an_analysis_in_a_text_naming_no_inspectorate_names_no_inspector():
    """'The analysis, carried out by Sue Park': the inspectorate's only where the text names the inspectorate."""
    facts = convert("Kent Police has been rated good.\n\nThe latest analysis, carried out by Sue Park of the "
                    "university, found crime had fallen.\n")
    assert all(i.inspectors == () for i in facts.inspections)


def test_who_wrote_a_report_in_a_text_naming_no_inspectorate_is_no_inspector():
    """'Sue Park, the report's author': the inspectorate's report only where the text names the inspectorate."""
    facts = convert("Kent Police has been rated good.\n\nSue Park, the report's author, said crime had fallen.\n")
    assert all(i.inspectors == () for i in facts.inspections)


@pytest.mark.parametrize("case", ["Sue Park, a Kent Police inspector, said officers were stretched.",
                                  "Sue Park, inspector for the Dover neighbourhood team, said officers were stretched."])
def test_an_inspector_of_the_force_is_no_inspector_of_the_inspection(case):
    """A police inspector set off by commas, of the force or one of its teams, did not inspect it."""
    facts = convert(ARTICLE.format(force="Kent Police", case=case))
    assert [i.inspectors for i in facts.inspections] == [()]


def test_acting_on_behalf_of_anyone_else_is_no_inspector():
    """Acting for someone other than the inspectorate or one of its inspectors makes nobody an inspector."""
    facts = convert(ARTICLE.format(force="Kent Police", case=(
        "Sue Park, acting on behalf of the Police Federation, said officers were stretched.")))
    assert [i.inspectors for i in facts.inspections] == [()]


@pytest.mark.parametrize("headline", ["HMIC Inspector Welcomes Improvements", "Chief Constable Praises Progress",
                                      "Inspector Hails Findings"])
def test_a_headlines_verb_after_a_title_names_nobody(headline):
    """A title-case headline's verb and noun after a post ('… Inspector Welcomes Improvements') are no name."""
    facts = convert(headline + "\n" + ARTICLE.format(force="Kent Police", case="The force was inspected in May."))
    assert facts.people == ()


@pytest.mark.parametrize("department", ["Directorate of Corporate Services", "Department of Public Protection"])
def test_the_department_named_after_a_speaker_is_no_person(department):
    """'Tom Reed, Directorate of Corporate Services, said': the department's capitalised words are no
    person's name, and the words are his."""
    facts = convert(ARTICLE.format(force="Essex Police", case=(
        f'Chief Superintendent Tom Reed, {department}, said: "We accept every one of the findings in full."')))
    assert [p.name for p in facts.people] == ["Tom Reed"]
    assert {c.speaker for c in facts.claims if c.direct} == {"Tom Reed"}


def test_a_name_after_the_title_it_ends_is_named_without_it():
    """'Secretary of State Jo Hall said': the title's last word is no part of her name."""
    facts = convert(ARTICLE.format(force="Essex Police", case="Secretary of State Ann Bell said the force must improve."))
    assert [p.name for p in facts.people] == ["Ann Bell"]


@pytest.mark.parametrize("headline", ["PCC and Chief Constable Applaud Strong HMIC report on Kent Police",
                                      "Kent Chief Constable Ann Bell QPM Praised in HMIC Report on Kent Police",
                                      "PCC Ann Bell Delighted With Report"])
def test_a_title_case_headlines_capitals_after_a_post_name_nobody_the_text_does_not(headline):
    """In a title-case headline the capitals after a post show no name ('… Chief Constable Applaud Strong HMIC
    report'): what they spell is a holder only where the text names that person again."""
    facts = convert(headline + "\n\n" + ARTICLE.format(force="Kent Police", case="The force was inspected in May."))
    assert facts.people == ()


@pytest.mark.parametrize("headline, body, people", [
    ("Dr Ann Bell Applauds Officers After Report", "The force was inspected in May.", []),
    ("Dr Ann Bell Applauds Officers After Report", "Dr Bell said the force had improved.", ["Ann Bell"]),
])
def test_a_title_case_headlines_capitals_after_an_honorific(headline, body, people):
    """'Dr Ann Bell Applauds Officers …': the headline's verb is no part of the name; the name is one the text bears out."""
    facts = convert(headline + "\n\n" + ARTICLE.format(force="Kent Police", case=body))
    assert [p.name for p in facts.people] == people


@pytest.mark.parametrize("headline, body", [
    ("Kent Chief Constable Ann Bell QPM Praised in HMIC Report on Kent Police", "Ann Bell said the plan was sound."),
    ("Kent Chief Constable Ann Bell QPM Praised in HMIC Report on Kent Police", "Ms Bell said the plan was sound."),
    ("PCC Ann Bell Delighted With Report", "Ann Bell said the plan was sound."),
    ("Message from Chief Constable Ann Bell QPM", "The force was inspected in May."),
    ("His Majesty's Inspector of Constabulary Ann Bell said the Force Was Good", "The force was inspected in May."),
])
def test_a_name_after_a_post_in_a_headline_that_the_text_bears_out(headline, body):
    facts = convert(headline + "\n\n" + ARTICLE.format(force="Kent Police", case=body))
    assert [m.person for m in facts.memberships] == ["Ann Bell"]


def test_a_name_and_the_post_starting_a_clause_of_its_own_is_no_holder():
    facts = convert(ARTICLE.format(force="Kent Police", case="He told Ann Bell the PCC had resigned."))
    assert facts.memberships == ()


def test_who_speaks_for_another_body_is_no_inspector():
    facts = convert(ARTICLE.format(force="Kent Police", case="Sue Park, from the Police Federation, said the force "
                                                                 "had made progress."))
    assert [i.inspectors for i in facts.inspections] == [()]


@pytest.mark.parametrize("case", ["The figures were checked by Sue Park, of the Police Federation, after the report came out.",
                                  "The figures were checked by Sue Park, of the Police Federation.",
                                  "The Police Federation's Sue Park said the force had made progress.",
                                  "HMICFRS's Sue Park, who met the commissioner in May, missed the launch."])
def test_who_comes_from_another_body_set_off_by_commas_is_no_inspector(case):
    facts = convert(ARTICLE.format(force="Kent Police", case=case))
    assert [i.inspectors for i in facts.inspections] == [()]
    assert [p.name for p in facts.people] == ["Sue Park"]


def test_who_led_something_else_is_no_inspector():
    facts = convert(ARTICLE.format(force="Kent Police", case=(
        "Chief Constable Sue Park, who led the force through the inspection, said it was fair.")))
    assert [i.inspectors for i in facts.inspections] == [()]


@pytest.mark.parametrize("text, role", [
    ("Essex County Fire and Rescue Service was rated good by HMICFRS.\n\nLead HMI Jo Hall said the service had improved.\n",
     "HM Inspector of Fire & Rescue Services"),
    ("Essex County Fire and Rescue Service and Essex Police were inspected by HMICFRS.\n\nLead HMI Jo Hall said both had "
     "improved.\n", "HM Inspector of Constabulary"),
])
def test_an_inspectors_title_naming_no_service_is_that_of_the_service_inspected(text, role):
    """A bare 'HMI' in an article on a fire and rescue service that names no police force is the fire and rescue
    services' inspector; where a force is named too, the constabulary's, as elsewhere."""
    lex = lexicon()
    assert {(m.person, lex.label[m.role]) for m in convert(text).memberships} == {("Jo Hall", role)}


def test_a_chief_fire_officer_of_a_service_the_text_does_not_name_is_in_an_unnamed_one():
    facts = convert("The fire service has been inspected by HMICFRS.\n\nChief fire officer Jo Hall said the report was fair.\n")
    lex = lexicon()
    assert [(m.person, lex.label[m.role], m.organisation.iri.startswith(str(vocab.UNNAMED_ORGANISATIONS)))
            for m in facts.memberships] == [("Jo Hall", "chief fire officer", True)]


def test_an_interim_post_is_no_post_of_the_vocabulary():
    """'interim Chief Constable Sue Park' holds no role the vocabulary has ('acting' and 'temporary'
    are roles of their own): she is a person, not the chief constable, also where the title is shortened after."""
    facts = convert(ARTICLE.format(force="Kent Police", case=(
        "In May the commissioner and interim Chief Constable Sue Park asked for a peer review; "
        "Chief Constable Tom Reed took over in June. Chief Constable Park told us the review had helped.")))
    lex = lexicon()
    assert {(m.person, lex.label[m.role]) for m in facts.memberships} == {("Tom Reed", "chief constable")}
    assert {p.name for p in facts.people} >= {"Sue Park", "Tom Reed"}


def test_an_hmic_inspector_named_so_is_hm_inspector():
    """'HMIC inspector Sue Park said' (HMIC inspected police forces only): HM Inspector of Constabulary,
    and the inspector of the inspection; a police 'Inspector Tom Reed' holds the rank."""
    facts = convert(ARTICLE.format(force="Kent Police", case=(
        'HMIC inspector Sue Park said: "Kent Police is good at preventing crime." Inspector Tom Reed, who runs '
        "the force's control room, welcomed it.")))
    lex = lexicon()
    assert {(m.person, lex.label[m.role]) for m in facts.memberships} == {("Sue Park", "HM Inspector of Constabulary"),
                                                                          ("Tom Reed", "inspector")}
    assert [i.inspectors for i in facts.inspections] == [("Sue Park",)]


def test_namings_are_those_of_a_whole_word_regex():
    """namings.namings_of searches strings (a regex of each article's names cost 3 % of extraction): on every
    real article, with the people found in it, it finds what the regex definition finds — at each place the
    longest of the names and surnames that ends on a word boundary, starting on one."""
    import re
    from pathlib import Path

    from peelkg.extract.namings import namings_of
    from peelkg.text import read_source
    from peelkg.vocab import trie_alternation

    def by_regex(text, names):
        surname = {name: name.split()[-1] for name in names}
        named_by: dict[str, set[str]] = {}
        for name in names:
            named_by.setdefault(name, set()).add(name)
            named_by.setdefault(surname[name], set()).add(name)
        if not named_by:
            return []
        starts = re.compile(r"(?<!\w)(?=(" + trie_alternation(named_by) + r")\b)")
        boundary = re.compile(r"\b")
        prefixes = {words: [w for w in named_by if words.startswith(w)] for words in named_by}
        free_from: dict[str, int] = {}
        timeline = []
        for m in starts.finditer(text):
            at, longest = m.start(), m.group(1)
            found = [w for w in prefixes[longest] if w == longest or boundary.match(text, at + len(w))]
            for name in set().union(*(named_by[w] for w in found)):
                if at >= free_from.get(name, 0):
                    free_from[name] = at + len(name if name in found else surname[name])
                    timeline.append((at, free_from[name], name))
        return sorted(timeline)

    checked = 0
    for path in sorted((Path(__file__).parent / "realworld").glob("*.txt")):
        source = read_source(path)
        names = [p.name for p in extract(source).people]
        if names:
            assert namings_of(source.text, names) == by_regex(source.text, names), path.name
            checked += 1
    assert checked > 300


@pytest.mark.parametrize("ending, people", [
    ('"We will keep improving," said Matthew Sc', []),  # the page's end cuts the name
    ('"We will keep improving," said Matthew Scott.', ["Matthew Scott"]),
    ('Matthew Scott said the force had improved. "We will keep improving," said Matthew Sc', ["Matthew Scott"]),
])
def test_a_name_the_page_end_cuts_names_nobody(ending, people):
    facts = convert(f"Kent Police was rated good.\n\n{ending}")
    assert [p.name for p in facts.people] == people


def test_a_name_the_page_end_cuts_holds_no_post_and_leads_no_inspection(tmp_path):
    """A post before the cut name ('HMIC inspector Matthew Sc') gives no membership nor inspector of a person the graph
    does not describe: the article's graph is valid."""
    from peelkg.rdf import article_quads
    from peelkg.text import read_source
    from peelkg.validate import validate_triples
    article = tmp_path / "cut.txt"
    article.write_text("HMIC rated Kent Police good at preventing crime.\n\nHMIC inspector Matthew Sc")
    facts = extract(read_source(article))
    assert not facts.people and not facts.memberships and not facts.inspections[0].inspectors
    graphs: dict = {}
    for q in article_quads(facts):
        graphs.setdefault(q.graph_name.value, []).append(q)
    assert validate_triples(graphs).conforms


@pytest.mark.parametrize("case", [
    "Victims' Commissioner Ann Lowe said the force must do better.",
    "Domestic Abuse Commissioner Ann Lowe said the force must do better.",
    "Ann Lowe, the Children's Commissioner for England, said the force must do better.",
    "Ann Lowe, London's victims commissioner, described the pace of change as too slow.",
    "Information Commissioner Ann Lowe said the force must do better.",
])
def test_a_commissioner_outside_policing_is_no_police_commissioner(case):
    """'Domestic Abuse Commissioner Ann Lowe': a commissioner whose title names another remit holds no post of a force
    or of its police and crime commissioner's office; she is named, with no post the graph models."""
    facts = convert(ARTICLE.format(force="Kent Police", case=case))
    assert not facts.memberships
    assert "Ann Lowe" in {p.name for p in facts.people}


@pytest.mark.parametrize("case", [
    "Ann Lowe, HM Chief Inspector of Probation, said the joint inspection found gaps.",
    "Ann Lowe, Her Majesty's Inspector of Probation, said the joint inspection found gaps.",
    "HM Chief Inspector of the Crown Prosecution Service, Ann Lowe, said the files were poor.",
    "Ann Lowe, His Majesty's Chief Inspector of Education, Children's Services and Skills, said so.",
    "Ofsted chief inspector Ann Lowe said the joint inspection found gaps.",
])
def test_another_inspectorates_chief_or_inspector_is_no_hmicfrs_post(case):
    """A joint inspection's other inspectorates: 'HM Chief Inspector of Probation' is not the bare 'HM Chief Inspector' of
    constabulary, nor 'Ofsted chief inspector' a police chief inspector; their holders are no inspectors of the force."""
    facts = convert(ARTICLE.format(force="Kent Police", case=case))
    assert not facts.memberships
    assert all(not i.inspectors for i in facts.inspections)


def test_an_inspector_of_prisons_is_hmips():
    assert posts("Kent Police", "Ann Lowe, HM Inspector of Prisons, said custody was poor.") == \
        {("Ann Lowe", "HM Inspector of Prisons", "His Majesty's Inspectorate of Prisons", None)}


@pytest.mark.parametrize("case, expected", [
    ("Ann Lowe, chief executive of the charity Victim Support, said victims were let down.", set()),
    ("Victim Support chief executive Ann Lowe said victims were let down.", set()),
    ("Ann Lowe, chief executive of Kent County Council, said victims were let down.", set()),
    ("NSPCC chief executive Ann Lowe said victims were let down.", set()),
    ("Ann Lowe, chief executive of the Office of the Police and Crime Commissioner, said so.",
     {("Ann Lowe", "chief executive", "Police and Crime Commissioner for Kent", None)}),
    ("Ann Lowe, the PCC's chief executive, said so.",
     {("Ann Lowe", "chief executive", "Police and Crime Commissioner for Kent", None)}),
    ("OPCC Chief Executive Ann Lowe said so.", {("Ann Lowe", "chief executive", "Police and Crime Commissioner for Kent", None)}),
    ("Chief Executive Ann Lowe said so.", {("Ann Lowe", "chief executive", "Police and Crime Commissioner for Kent", None)}),
])
def test_a_chief_executive_of_another_body_is_no_commissioners_officer(case, expected):
    """'chief executive' is the commissioner's office's post where the text names no other body with it; a charity's or a
    council's chief executive holds no post the graph models."""
    assert posts("Kent Police", case) == expected


def test_a_lead_inspector_in_a_text_naming_no_inspectorate_is_no_inspector():
    """'Lead inspector Sue Park said': the inspectorate's lead inspector only where the text names the inspectorate."""
    facts = convert("Kent Police has been rated good.\n\nLead inspector Sue Park said crime had fallen.\n")
    assert all(i.inspectors == () for i in facts.inspections)


def test_a_columnists_post_in_their_own_words_after_the_headlines_dash():
    """An opinion column names its author only after the headline's dash; 'in my time as Police and Crime
    Commissioner' in the column's own words is the author's post. The same words inside quotation marks are their
    speaker's, not the author's."""
    lex = lexicon()
    head = "Kent Police keeps improving - Dr Ann Lowe\n\nThe inspectors' report came out last week.\n\n"
    facts = convert(head + "The force has come a long way in my time as Police and Crime Commissioner since 2016.\n")
    assert {(m.person, lex.label[m.role]) for m in facts.memberships} == {("Ann Lowe", "police and crime commissioner")}
    facts = convert(head + 'Tom Reed said: "The force has come a long way in my time as Police and Crime Commissioner."\n')
    assert ("Ann Lowe", "police and crime commissioner") not in {(m.person, lex.label[m.role]) for m in facts.memberships}


@pytest.mark.parametrize("case", [
    "Dywedodd Comisiynydd Heddlu a Throsedd Gogledd Cymru, Huw Parry, ei fod yn falch.",
    "Mae Comisiynydd Heddlu a Throsedd De Cymru Huw Parry wedi croesawu'r adroddiad.",
])
def test_a_welsh_place_after_a_welsh_post_is_no_name(case):
    """Welsh names the area after the post ('Comisiynydd Heddlu a Throsedd Gogledd Cymru': North Wales's commissioner):
    the place is nobody's name."""
    facts = convert(ARTICLE.format(force="North Wales Police", case=case))
    assert not any("Cymru" in p.name for p in facts.people)
    assert not any("Cymru" in m.person for m in facts.memberships)


@pytest.mark.parametrize("headline", ["Commissioner Questions Inspection Timing", "Chief Constable Addresses Concerns"])
def test_a_headlines_verb_after_a_post_at_its_end_is_no_name(headline):
    """A title-case headline whose words after the post run to its end ('Chief Constable Addresses Concerns'): a verb
    and its object, no name, unless the text names that person again."""
    facts = convert(headline + "\n\nKent Police was rated good by the inspectorate.\n")
    assert not facts.memberships and not facts.people


def test_a_name_ending_the_headline_named_again_below_holds_the_post():
    lex = lexicon()
    facts = convert("Report Welcomed By Chief Constable Ann Lowe\n\nKent Police was rated good. Ann Lowe said she was "
                    "pleased.\n")
    assert {(m.person, lex.label[m.role]) for m in facts.memberships} == {("Ann Lowe", "chief constable")}


@pytest.mark.parametrize("title", ["HM Inspector Constabulary", "HM Inspector of of Constabulary", "HM of Constabulary"])
def test_the_inspectors_post_as_real_pages_mistype_it(title):
    """Real pages drop or double a word of the post ('HM Inspector Constabulary Lee Freeman is unimpressed'): still
    HM Inspector, and the inspection's inspector."""
    facts = convert(f"Kent Police has been rated good by HMICFRS.\n\n{title} Ann Lowe said the force had improved.\n")
    assert {(m.person, lexicon().label[m.role]) for m in facts.memberships} == {("Ann Lowe", "HM Inspector of Constabulary")}
    assert [i.inspectors for i in facts.inspections] == [("Ann Lowe",)]


def test_a_reports_title_after_the_chief_inspectors_post_is_no_surname():
    """A report's cover as text extraction leaves it: 'Chief Inspector of Constabulary State of Policing' names no one
    'State'."""
    facts = convert("State of Policing The Annual Assessment of Policing in England and Wales\n\n2018Her Majesty's Chief "
                    "Inspector of Constabulary State of Policing – The Annual Assessment of Policing in England and Wales "
                    "2018 Her Majesty's Chief Inspector of Constabulary\n")
    assert not facts.memberships


def test_the_leads_post_is_held_by_whoever_was_speaking():
    """'The Police & Crime Commissioner has called the reports wrong.' / 'Jo Hall was speaking at a panel meeting …':
    the one speaking holds the post the lead named."""
    facts = convert("Kent PCC says the report was wrong\n\nBy Tom Reed, Local Democracy Reporter\n\nThe Police & Crime "
                    "Commissioner has called reports that Kent Police failed to record crimes 'alarmist' and 'wrong'.\n\n"
                    "Jo Hall was speaking at a Police & Crime Panel meeting on Friday.\n")
    assert {(m.person, lexicon().label[m.role]) for m in facts.memberships} == {("Jo Hall", "police and crime commissioner")}


def test_the_bare_word_inspector_names_hm_inspector_only_for_one_of_hm_inspectors():
    # The names here are real: HM Inspectors of the reference data (ontology/vocab/inspectors.ttl); Jo Hall is not one.
    case = ('"There are areas where the force needs to improve," wrote inspector Wendy Williams. Matt Parr, the lead '
            "inspector, said the force had improved. Inspector Roy Wilsher praised the control room.")
    assert {person for person, role, _, _ in posts("Kent Police", case) if role == "HM Inspector of Constabulary"} == \
        {"Wendy Williams", "Matt Parr", "Roy Wilsher"}
    case = "Inspector Jo Hall praised the control room. Jo Hall, the lead inspector, said the team was proud."
    assert not any(role == "HM Inspector of Constabulary" for _, role, _, _ in posts("Kent Police", case))


def test_the_capitalised_title_inspector_before_a_name_no_hm_inspector_has_is_the_police_rank():
    # Wendy Williams is one of HM Inspectors (ontology/vocab/inspectors.ttl); the others are not.
    case = ("The Chairman welcomed Inspector Michael Head of Kent Police. Inspector Head had taken over from Det Insp Gary "
            "Brockie in 2022. Inspector Wendy Williams praised the control room. HM Inspector Ann Lowe and Her Majesty's "
            "Inspector Tom Reed visited. Chief Inspector Amy Bell spoke too.")
    held = {(person, role) for person, role, _, _ in posts("Kent Police", case)}
    assert {person for person, role in held if role == "inspector"} == {"Michael Head", "Gary Brockie"}
    assert ("Wendy Williams", "HM Inspector of Constabulary") in held
    assert ("Amy Bell", "chief inspector") in held
    assert not any(person in ("Ann Lowe", "Tom Reed") and role == "inspector" for person, role in held)


@pytest.mark.parametrize("case, expected", [
    # An inspectorate's force page names the force's HMI after a label.
    ("His Majesty's Inspector of Constabulary (HMI): the Kent Police's HMI is Lee Freeman.",
     {("Lee Freeman", "HM Inspector of Constabulary")}),
    ("Kent Police's HM Inspector is Lee Freeman.", {("Lee Freeman", "HM Inspector of Constabulary")}),
    # A letter's sender with a degree's class and university after the name, the title on the line below.
    ("Zoë Billingham BA Hons (Oxon)\nHM Inspector of Constabulary, Eastern Region\n3 September 2014",
     {("Zoë Billingham", "HM Inspector of Constabulary")}),
    ("Richard Cooper, Kent Police's acting deputy chief constable, said the force had improved.",
     {("Richard Cooper", "acting deputy chief constable")}),
    # The post the name acts in, after 'as'.
    ("Members put questions to Greater Manchester Mayor Andy Burnham as Police and Crime Commissioner.",
     {("Andy Burnham", "mayor"), ("Andy Burnham", "police and crime commissioner")}),
])
def test_posts_named_as_force_pages_letters_and_news_name_them(case, expected):
    assert {(person, role) for person, role, _, _ in posts("Kent Police", case)} == expected


@pytest.mark.parametrize("case", ["Tom Reed, who served under Jo Hall as deputy chief constable, said it was good.",
                                  "He sees Jo Hall as the chief constable's natural successor."])
def test_a_name_before_as_and_a_post_it_does_not_act_in_holds_no_post(case):
    assert not any(person == "Jo Hall" for person, _, _, _ in posts("Kent Police", case))
