"""Where a post's holder is named: after the post ('Chief Constable Tom Brown'), before it ('Tom
Brown, the chief constable'), on the line above it (a letter's 'From' block), after its seat ('MP
for Newport West Paul Flynn'); and the force a post or its holder is named with."""
from __future__ import annotations

import bisect
import re

from ..facts import Organisation, Span
from ..vocab import PEEL
from .doc import Doc
from .mentions import (
    CAPTION_WORD,
    COUNTY_SHORT_NAMES,
    HONORIFIC,
    NAME,
    NEIGHBOURING,
    NAME_TOKEN,
    POST_NOMINAL,
    POST_NOMINALS,
    SURNAME,
    UPPER,
    Mentions,
    area_patterns,
    is_name,
    is_surname,
    is_titled_name,
)

# (or a relative clause's: 'the Metropolitan Police among them, whose commissioner, Sir Mark Rowley, …')
# ('Bedfordshire Police and its chief constable, Gillian Parker, came in for criticism')
_FORCE_BEFORE_POST = re.compile(r"(?:(?:'s|')?|(?:\s+among\s+them)?,?\s+whose|,?\s+and\s+its)\s*(?:(?:new|former|interim|current)\s+)?", re.I)
# ... or the force straight after the post, as Welsh joins them ('Prif Gwnstabl Heddlu Gwent': Gwent Police's chief constable).
# ('chief constable of neighbouring Sussex Police': that force's, not the article's)
_FORCE_AFTER_POST = re.compile(rf"\s+(?:of|for|at)\s+(?:the\s+)?{NEIGHBOURING}|[^\S\n]+", re.I)
# A post's short form in brackets after it, before its force or area: 'Police and Crime Commissioner (PCC) for Kent'; its
# letters capitals, or Welsh digraphs ('Comisiynydd yr Heddlu a Throsedd (CHTh)': 'Th' one letter).
_INITIALS = r"(?:[A-Z][hdlf]?){2,6}"
_SHORT_FORM = re.compile(rf"\s*(?:\({_INITIALS}\)|\[{_INITIALS}\])")


def force_near(doc: Doc, mentions: Mentions, start: int, end: int) -> Organisation | None:
    """The force a post is qualified with: 'Kent Police chief constable', 'PCC for Kent', "Kent's PCC", or named in its
    title: 'Met Police chief'."""
    inside = mentions.force_index.within(start, end)
    if len(inside) == 1:
        return inside[0][2]
    # ('The Met Commissioner': the post's words hold the end of a known force's name; not "Jo Metcalfe Police, Fire and
    # Crime Commissioner", an unknown '<Name> Police')
    overlapping = mentions.force_index.containing(start)
    if overlapping is not None and overlapping[2].iri is not None:
        return overlapping[2]
    before = mentions.force_index.last_ending_by(start)
    if before is not None and _FORCE_BEFORE_POST.fullmatch(doc.text, before[1], start):
        return before[2]
    short = _SHORT_FORM.match(doc.text, end)
    end = short.end() if short else end
    after = _force_after_post(doc, mentions, end)
    if after is not None:
        return after[2]
    areas = area_patterns(doc.lex)
    m = areas.before_post.search(doc.text[max(0, start - 60):start]) or areas.after_post.match(doc.text[end:end + 60])
    return _force_of_area(doc, m.group(1)) if m else None


def _force_after_post(doc: Doc, mentions: Mentions, end: int):
    """The force mention (start, end, force) a post ending at `end` is qualified with: 'chief constable of Kent Police'."""
    after = mentions.force_index.first_starting_from(end)
    if after is not None and _FORCE_AFTER_POST.fullmatch(doc.text, end, after[0]):
        return after
    return None


def _force_of_area(doc: Doc, area: str) -> Organisation:
    iri = area_patterns(doc.lex).force_of_area[area.lower()]
    return Organisation(doc.lex.label[iri], iri, None)


# "Chief Constable Tom Brown of Essex Police", "Tom Brown, of Essex Police,", "Tom Brown (Essex Police)"
_NAME_OF_FORCE = re.compile(r",?\s+(?:of|from|at)\s+(?:the\s+)?")
_NAME_OPEN_FORCE = re.compile(r"\s*\(\s*")
_CLOSE_FORCE = re.compile(r"\s*\)")


def _force_after_name(doc: Doc, mentions: Mentions, name_end: int) -> Organisation | None:
    """The force a post's holder is named with, when the post itself is not: 'Chief Constable Tom
    Brown of Essex Police', 'Police and Crime Commissioner Roger Hirst of Essex'."""
    text = doc.text
    after = mentions.force_index.first_starting_from(name_end)
    if after is not None and (_NAME_OF_FORCE.fullmatch(text, name_end, after[0]) or (
            _NAME_OPEN_FORCE.fullmatch(text, name_end, after[0]) and _CLOSE_FORCE.match(text, after[1]))):
        return after[2]
    m = area_patterns(doc.lex).after_post.match(text, name_end + (text[name_end:name_end + 1] == ","), name_end + 60)
    return _force_of_area(doc, m.group(1)) if m else None


# After a post, initials written without full stops are a first name: 'Chief Constable BJ Harrington', 'Cllr J Smith'
# (as minutes write them).
# ... its surname whole, the name's last word unless honours follow: 'Chief Constable BJ Harrington QPM'.
_INITIALS_NAME = rf"[{UPPER}]{{1,2}} {NAME_TOKEN}(?![\w'-])(?! (?!{POST_NOMINAL})[{UPPER}])"
# An inspector's fire and rescue remit written otherwise than the post's labels, before a comma and the name: 'HM Chief
# Inspector of Constabulary and Fire and Rescue Service, Jo Hall' (one service), '… and Fireplace & Rescue Providers,
# Sir Jo Hall' (a synonym-spun copy).
_FIRE_REMIT = r"\s+and\s+Fire[\w-]*\s+(?:&|and)\s+Rescue(?:\s+[A-Z][\w-]*)?"
# "chief constable Charlie Hall", "the chief constable, Jane Smith", "PCC for Kent, Matthew Scott", "HM Inspector of
# Constabulary for the region, Jane Smith", "the HMI responsible for the South West, Jane Smith,"
# ... and "HMI chief Zoë Billingham", the post's informal head noun between.
# ... and "Cllr. Jane Roe", "Police and Crime Commissioner (PCC) Jane Roe", "… Commissioner [PCC], Jane Roe",
# "the Police and Crime Commissioner [PCC] - Jane Roe - has said".
_NAME_AFTER_ROLE = re.compile(rf"\.?(?:\s*(?:\({_INITIALS}\)|\[{_INITIALS}\]))?(?:\s+(?:of|for)\s+(?:the\s+)?"
                              rf"(?:[A-Z][^,.;]{{0,60}}?|(?:region|area|county|force|constabulary|city|service)),"
                              rf"|\s+responsible\s+for\s+[^,.;:\"]{{1,60}}?,|,|\s+-|\s+(?:chief|boss|head)"
                              rf"|{_FIRE_REMIT},)?"
                              rf"\s+(?:(?:the\s+)?(?=R(?:t|ight)\b){HONORIFIC}\s+|{HONORIFIC}\s+)?(?P<name>{NAME}|{_INITIALS_NAME})")
# ... or in brackets after it: '"We've got a new Chief Constable (Jo Hall), a new Deputy Chief Constable (Tom Reed)"'.
_NAME_IN_BRACKETS = re.compile(rf"[^\S\n]*\((?:{HONORIFIC}\s+)?(?P<name>{NAME})\)")
# "Jane Roe MP", "Roger Hirst PFCC": a post written as capitals straight after the name.
_NAME_BEFORE_ACRONYM = re.compile(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME}) $")
# "Chief Constable of Essex Police Tom Brown": the name after the post's force.
_NAME_AFTER_FORCE = re.compile(rf",?\s+(?:{HONORIFIC}\s+)?(?P<name>{NAME})")
# "Tom Brown of Essex Police, the chief constable": the name before the force it is named with.
_NAME_BEFORE_FORCE = re.compile(rf"(?P<name>{NAME}),?\s+(?:of|from|at)\s+(?:the\s+)?$")
# "Jane Smith, the force's new chief constable", "Tom Brown (Lab), Kent's PCC": the words from the
# comma to the post are few, so only the posts a comma closely precedes are tried.
# ... and "Jane Smith, the county's police and crime commissioner", "Tom Brown, formerly Principal … at X",
# "Roy Wilsher, one of His Majesty's Inspectors of …"; not "Ann Ball, and Deputy Mayor …": a list's next item.
# ... and "Jo Hall, the prominent London Tory MP", "Jo Hall, the force's recently appointed chief constable", "Jo Hall,
# our HMI", "Jo Hall, a county councillor for Grantham,": what the holder is, in a word or two after 'the', 'a' or a
# possessive (no verb of saying, no word that starts a clause or a phrase of its own); "Jo Hall, the Hampshire and Isle
# of Wight PCC": a place's name with 'of' inside it, or a list ("the Devon, Cornwall and Isles of Scilly PCC").
_BETWEEN_NAME_AND_ROLE = (r",\s+(?!(?:and|&)\s)(?:(?:who is|who was|who has been|now|then|the|an?|its|their|his|her|our|[a-z]+['\u2019]s|formerly|"
                          r"previously|currently|also|one of)\s+){0,3}"
                          r"(?:(?:(?<=the )|(?<= a )|(?<= an )|(?<=its )|(?<=our )|(?<=their )|(?<='s )|(?<=\u2019s ))"
                          r"(?:(?!(?:said|says|told|added|and|or|who|which|that|of|to|in|for|by|with|at|on|from)\s)"
                          r"[a-z][\w-]*\s+){1,2})?"
                          r"(?:(?:[A-Z][\w-]*(?:'s|')?(?:\s+of(?=\s+[A-Z]))?|[A-Z][\w-]*,(?=\s+[A-Z][\w-]*\s+(?:and|&)\s)|and|&|new|former|interim|"
                          r"newly[- ]elected|elected|current|outgoing|regional|senior|local)\s+){0,5}")
_NAME_BEFORE_ROLE = re.compile(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME}){POST_NOMINALS}(?:\s*\([A-Za-z ]+\))?{_BETWEEN_NAME_AND_ROLE}$")
# "Sir Mark Rowley became commissioner", "Jane Smith, who was appointed chief constable", "When Tom Reed first took over as
# chief constable" (when, in a word, before the verb), "Jane Smith, who took charge as chief constable", "Tom Reed joined Kent
# Police as deputy chief constable" (or "came to Kent Police as"), "Jane Smith, who will step down as chief constable in
# May" (she holds it till then)
# ... and "Lisa Oldroyd has been acting Police and Crime Commissioner since", "Jane Roe, who is the force's PCC",
# "Tom Reed, who was re-elected as Kent's PCC in May".
# ... and as a participle set off after the name, or what befell them in the post: "Tom Reed, recruited as chief
# constable in 2018, resigned", "Jane Roe was sacked as chief constable in 2012" (a former post is the person's role),
# "congratulating Jane Roe on becoming the force's deputy chief constable", "Jane Roe has been named by Kent Police as the
# first woman to serve as the force's chief constable" (who named them, and what their appointment is a first of), "Jane Roe
# has held the posts of ACC and deputy chief constable" (each post of the list).
# (what may stand before the post: 'the new', 'the force's', "Kent's", and its place among the post's holders: "Kent's
# fifth chief constable in six years", 'its first Chief Constable', "the force's first female chief constable")
_ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th)|"
            r"next|latest)")
_BEFORE_POST = rf"(?:(?:new|force's|county's|permanent|current|{_ORDINAL}|female|woman|[A-Z][\w-]*(?:'s|')?)\s+){{0,3}}$"
# ... and what the appointment is a first of: 'was named as the first woman to serve as', 'became the first woman to serve as'.
_FIRST_TO_SERVE = r"(?:the\s+)?(?:(?:first|only)\s+(?:woman|female|man|person|officer)\s+(?:ever\s+)?to\s+(?:serve|be|act)\s+as\s+)?"
BECAME = (r"(?:(?:,\s+(?:(?:recently|newly|formally)\s+)?(?:(?:appointed|elected|re-elected)(?:\s+as)?|(?:recruited|hired|installed|"
           r"brought\s+in|drafted\s+in)\s+as)"
           r"|\s+(?:was|had\s+been|has\s+been)\s+(?:sacked|dismissed|removed|ousted|suspended|recruited|hired|installed)\s+as"
           r"|\s+on\s+(?:becoming|being\s+(?:appointed|named|made)(?:\s+as)?)"
           # ... and a headline's, with no verb before the participle and its words capitalised maybe: 'Jo Hall
           # re-elected as Kent's PCC', 'Jo Hall Re-Elected As Kent's Police And Crime Commissioner'.
           r"|[^\S\n]+(?i:re-elected|elected|appointed|confirmed)[^\S\n]+(?i:as))\s+(?:(?:the|its|their)\s+)?"
           rf"{_BEFORE_POST}"
           r"|\s+(?:was|(?:had|has)(?:\s+(?:today|yesterday|now|recently|formally|officially))?\s+been)"
           r"\s+(?:named|appointed|confirmed|chosen|selected)(?:\s+by\s+(?:the\s+)?(?:[A-Z][\w&'-]*\s+){0,4}[A-Z][\w&'-]*(?:\s+\([A-Z]{2,6}\))?)?"
           rf"\s+as\s+{_FIRST_TO_SERVE}"
           r"(?:(?:the|its|their)\s+)?"
           rf"{_BEFORE_POST}"
           r"|(?:,|\s[-\u2013\u2014])?\s+(?:who\s+)?(?:(?:has|had)\s+)?(?:(?:first|formally|officially|recently|finally|later|then|already|previously)\s+)?(?:became|held the (?:post|position|role|rank) of|held the (?:posts|positions|roles|ranks) of(?:\s+[^.;:\n]{1,80}?(?:,|\s+and))?|becomes|has become|had become|was appointed|"
           r"has been appointed|was named|has been named|had been named|took over as|takes over as|took office as|takes office as|has taken office as|"
           r"took up the (?:position|post|role) of|takes up the (?:position|post|role) of|took up (?:the )?post as|"
           r"was sworn in as|was made|has been|had been|is|was|"
           r"is now|remains|serves as|served as|has served as|was elected|was re-elected|has been elected|"
           # ("Ron Hogg has held on to his post as Durham's Police and Crime Commissioner")
           r"(?:held|holds|hung|hangs) on to (?:his|her|their|the) (?:post|seat|role|job|position) as|"
           r"(?:kept|keeps|retained|retains) (?:his|her|their|the) (?:post|seat|role|job|position) as|"
           r"has been re-elected|was voted in as|has been voted in as|won the election to become|(?:has\s+)?won\s+re-?election\s+as|won(?:\s+the)?(?:\s+\d{4})?|took charge as|takes charge as|has taken charge as|took the helm as|stepped up as|steps up as|"
           r"will step down as|is stepping down as|is to step down as|will retire as|is retiring as|"
           r"(?:has\s+)?(?:stepped down|retired) as|steps down as|retires as|"
           # ("Lewis went on to be chief constable at Dyfed-Powys Police", "he transferred to become HM Inspector")
           r"went\s+on\s+to\s+(?:be|become)|(?:transferred|moved|left)\s+to\s+become|"
           r"(?:began|started|begins|starts) (?:work|(?:his|her|their) (?:work|term|tenure|time)) as|"
           # (with when, maybe: "He came to the force in 2019 as an assistant chief constable")
           r"(?:joined|came\s+to|moved\s+to|has led|led|leads)\s+(?:the\s+(?:force|constabulary)|(?:[A-Z][\w&'-]*\s+){1,4}?)"
           r"(?:\s*in\s+(?:[A-Z][a-z]+\s+)?\d{4})?\s*as)"
           rf"\s+(?:(?:previously|formerly|already|also|once)\s+)?(?:as\s+)?{_FIRST_TO_SERVE}(?:(?:the|its|their|an?)\s+)?"
           rf"{_BEFORE_POST})")
# (past a caption's word: "Jo Bell (pictured) became …")
_NAME_BECAME_ROLE = re.compile(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME}){POST_NOMINALS}(?:[^\S\n]+{CAPTION_WORD})?{BECAME}")
# The verbs that make someone a post's holder just before the post (posts.py reads 'chief' alone after them too).
MADE_HOLDER = r"(?:was\s+made|took\s+over\s+as|became|was\s+appointed|was\s+promoted\s+to)"
# ... or as the second verb of the sentence's subject: "Tom Reed came to Kent Police as deputy chief constable in 2013 and
# was made chief in July" (its first 'and', no clause of saying or relative clause between).
_AND_BECAME = rf"\s+and\s+(?:then\s+|later\s+)?{MADE_HOLDER}(?:(?<=appointed)\s+as)?\s+(?:(?:the|its)\s+)?$"
_SUBJECT_AND_BECAME = re.compile(rf"[^\S\n]*(?:{HONORIFIC}\s+)?(?P<name>{NAME})\s+"
                                 rf"(?:(?!\b(?:and|said|says|told|that|who|whom|whose|which|while)\b)[^.;\n]){{1,120}}?{_AND_BECAME}")
# (what every match ends with: read first, as most posts have no such verb before them)
_ENDS_AND_BECAME = re.compile(_AND_BECAME)
# ... and by an honorific and the surname alone, the name written in full elsewhere: "Mr Keenen, who became chief constable
# in 2018, said".
_SURNAME_BECAME_ROLE = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?P<surname>{SURNAME}){BECAME}")
# ... or with the post set off after them: 'Ms Hernandez, our Police and Crime Commissioner, is meant to …'.
_SURNAME_BEFORE_ROLE = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?P<surname>{SURNAME}){_BETWEEN_NAME_AND_ROLE}$")
# "Sir Tom Reed's term as HM Chief Inspector ended in March", "Jane Roe's first year as chief constable": the name's
# time in the post; and their coming to it ("Jane Roe's appointment as the new Chief Constable of Kent Police").
_NAME_TERM_AS_ROLE = re.compile(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME})['\u2019]s?\s+(?:(?:first|last|final|second|\w+-year)\s+)?"
                                rf"(?:term|tenure|time|years?|months?|spell|stint|appointment|election|selection|confirmation|promotion)"
                                rf"\s+(?:in\s+office\s+)?as\s+(?:the\s+)?(?:new\s+|next\s+)?$")
# "Jane Roe replaced Tom Reed as the new Chief Constable", "Jane Roe, who took over from Tom Reed as chief constable": the
# name and its predecessor's, who held the post before (a former post is the person's role).
_REPLACED_AS = (rf",?\s+(?:who\s+)?(?:has\s+)?(?:replaced|succeeded|took over from|takes over from|taken over from)\s+"
                rf"(?:{HONORIFIC}\s+)?(?P<former>{NAME})\s+as\s+(?:the\s+)?(?:(?:new|permanent|force's)\s+)?$")
_NAME_REPLACED_ROLE = re.compile(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME}){_REPLACED_AS}")
# ... and by an honorific and the surname alone, the predecessor named in full: "Mr Anderson succeeded Lee Freeman as
# chief constable".
_SURNAME_REPLACED_ROLE = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+{SURNAME}{_REPLACED_AS}")
# "Jane Roe, who oversees Kent Police as the county's police and crime commissioner", "Tom Reed, who holds the force to
# account as PCC": what the holder does now in the post, then 'as' and the post.
_NAME_WHO_DOES_AS_ROLE = re.compile(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME}),\s+who\s+(?:now\s+)?(?:oversees|holds|leads|runs|heads|"
                                    rf"represents|scrutinises|scrutinizes|speaks\s+for)\s+(?:[\w'\u2019-]+\s+){{0,6}}?as\s+(?:the\s+)?"
                                    rf"(?:(?:new|current|[A-Z][\w-]*['\u2019]s?|[a-z]+['\u2019]s)\s+){{0,2}}$")
# "I appointed Jane Roe as Chief Constable", "the panel confirmed Tom Reed as the new PCC", "I picked Jo Hall as GMP's
# new chief constable": the name, the object of a verb of appointing, then 'as' and the post.
_APPOINTED_AS_ROLE = re.compile(rf"\b(?:appointed|appoints|appoint|named|names|confirmed|confirms|recruited|chose|chosen|selected|"
                                rf"picked|picks)\s+"
                                rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME})\s+as\s+(?:(?:the|its|their|our|his|her|[A-Z][\w-]*'s)\s+)?"
                                rf"(?:(?:new|permanent|next|force's)\s+)?$")
# "questions to Mayor Andy Burnham as Police and Crime Commissioner", "the force, led by Jo Hall as acting chief
# constable": the name, then 'as' and the post it acts in (not the post of someone the name serves under or beside:
# "who served under Jo Hall as deputy chief constable"; nor a noun the post owns: _POST_OWNS).
_NAME_AS_ROLE = re.compile(rf"(?<!\bunder )(?<!\bwith )(?<!\balongside )(?<!\bbeside )(?<!\bbehind )(?<!\bfrom )"
                           rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME})\s+as\s+(?:(?:the|its|their|[A-Z][\w-]*['\u2019]s)\s+)?"
                           rf"(?:(?:new|acting|interim|current)\s+)?$")
# "My name is Tom Reed and I am Her Majesty's Chief Inspector of Constabulary", "I'm Jane Roe and I'm the chief
# constable": whoever speaks introducing themselves, then their post.
_NAME_AND_I_AM_ROLE = re.compile(rf"\b(?:[Mm]y\s+name\s+is|I\s+am|I['\u2019]m)\s+(?:{HONORIFIC}\s+)?(?P<name>{NAME}),?\s+and\s+"
                                 rf"I(?:\s+am|['\u2019]m)\s+(?:(?:the|your)\s+)?(?:(?:new|current)\s+)?$")
# "Jo Coles - York and North Yorkshire Deputy Mayor for Policing, Fire and Crime": a name, a dash, the post; or a bar, as a
# byline sets them apart: "Jo Coles | Police and Crime Commissioner".
_NAME_DASH_ROLE = re.compile(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME}){POST_NOMINALS}\s+[-|]\s+(?:(?:[A-Z][\w-]*(?:'s|')?|and|of|&)\s+){{0,5}}$")
# "Jo Hall - the force's chief constable - said": a name, then the post set off by dashes as an aside (the post ends the
# phrase: _DASH_ASIDE_ENDS).
_NAME_DASH_THE_ROLE = re.compile(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME}){POST_NOMINALS}\s+-\s+(?:the|its|their|(?:the\s+)?[\w-]+'s)\s+"
                                 rf"(?:(?:new|current|acting|interim|temporary)\s+)?$")
_DASH_ASIDE_ENDS = re.compile(r"[^\S\n]*(?:-[^\S\n]|[,;:.)]|\n|$)")
# "Mark Penn (Chief Constable) said", "Jo Bell (Kent PCC)": the post in brackets after the name.
_NAME_BRACKET_ROLE = re.compile(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME}){POST_NOMINALS}\s*\(\s*(?:(?:[A-Z][\w-]*(?:'s|')?|and|of|&)\s+){{0,5}}$")
# "together with Jane Roe the PCC, on your behalf": a name, 'the', the post, and the phrase ends there
# (not "told Jane Roe the PCC had resigned", where the post starts a clause of its own).
_NAME_THE_ROLE = re.compile(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME}){POST_NOMINALS}\s+the\s+$")
_PHRASE_ENDS = re.compile(r"[^\S\n]*(?:[,;:.)]|\n|$)")
# "Matt Parr from HM Inspector of Constabulary said", "Jane Roe, of Her Majesty's Inspector of Constabulary,":
# a name, 'from' or 'of', the post itself ...
_NAME_FROM_ROLE = re.compile(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME}),?\s+(?:from|of)\s+(?:the\s+)?$")
# ... not what the post owns: 'Jane Roe from the Police and Crime Commissioner's office'.
_POST_OWNS = re.compile(r"(?:'s|')|\s+(?:office|team|staff)\b", re.I)
# 'Chief Constable Roper chaired': a capitalised title, one capitalised word, then no other, no number, and
# not the end of its line: 'PFCC Response' heading a section names nobody, nor does a document's title ('Police and
# Crime Commissioner Draft 2021-22 Statement of Accounts').
_SURNAME_AFTER_TITLE = re.compile(rf" (?:{HONORIFIC} )?(?P<name>{SURNAME})(?![\w'-]| (?:{HONORIFIC} )?[A-Z]| \d|[^\S\n]*(?:\n|$))")
_COMMA_BEFORE_ROLE = re.compile(_BETWEEN_NAME_AND_ROLE)


def _comma_before(doc: Doc, sentence: Span, post: int) -> int | None:
    """The comma after a post's holder named before it: the last before the post, a few words before."""
    i = bisect.bisect_left(doc.commas, post) - 1
    if i < 0 or doc.commas[i] < sentence.start or not _COMMA_BEFORE_ROLE.fullmatch(doc.text, doc.commas[i], post):
        return None
    return doc.commas[i]


def _name_before(doc: Doc, sentence: Span, post: int) -> re.Match[str] | None:
    """_NAME_BEFORE_ROLE.search(doc.text, sentence.start, post), tried only where a match can start:
    its comma is the last before the post, and the name before that comma is at most five words."""
    text = doc.text
    name_end = _comma_before(doc, sentence, post)
    if name_end is None:
        return None
    if name_end > sentence.start and text[name_end - 1] == ")":  # "Tom Brown (Lab),"
        name_end = max(text.rfind("(", sentence.start, name_end), sentence.start)
        while name_end > sentence.start and text[name_end - 1].isspace():
            name_end -= 1
    return _NAME_BEFORE_ROLE.search(text, words_back(text, sentence.start, name_end, 5), post)


def words_back(text: str, lo: int, end: int, words: int) -> int:
    """A place before which nothing of `words` space-separated words ending at `end` lies."""
    for _ in range(words):
        end = text.rfind(" ", lo, end)
        if end < 0:
            return lo
    return end


# "Jo Hall, the Police and Crime Commissioner, Tom Reed, the Deputy …": a list of names, each with its post after it.
_LISTED_NAME_BEFORE = re.compile(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME}),\s+(?:the\s+)?$")
# 'According to' opening a sentence, before the name its phrase gives (holder_before).
_ACCORDING_TO = re.compile(r"\W*According\s+to\s+")
# A post in the phrase that opens a sentence, one its subject addressed ('Writing to the region's mayor and to the force's
# chief constable, Priti Patel said …'): the name after the comma is that subject, not the post's holder.
_ADDRESSED_OPENING = re.compile(r"\W*(?:(?:Writing|Speaking|Talking|Replying|Responding|Reporting|Turning)\s+to"
                                r"|In\s+(?:a|an|her|his|their|its)\s+(?:\w+\s+)?(?:letter|reply|response|message|email)\s+to)\s[^,;:.]*$")


def holder_after(doc: Doc, mentions: Mentions, sentence: Span, start: int, end: int) -> tuple[int, int, Organisation | None] | None:
    """The holder named after a post at text[start:end] (their name's span), with the force they are
    named with: 'chief constable Jane Smith', 'Chief Constable Tom Brown of Essex Police',
    'Chief Constable of Essex Police Tom Brown'. Not the next name of a list whose every name has its
    post after it: 'Jo Hall, the PCC, Tom Reed, the deputy PCC' (that post is Jo Hall's)."""
    bracketed = _NAME_IN_BRACKETS.match(doc.text, end, sentence.end)
    if bracketed and is_name(bracketed.group("name")):
        return bracketed.start("name"), bracketed.end("name"), None
    m = _NAME_AFTER_ROLE.match(doc.text, end, sentence.end)
    if m and "," in doc.text[end:m.start("name")]:
        listed = _LISTED_NAME_BEFORE.search(doc.text, words_back(doc.text, sentence.start, start, 6), start)
        if listed and is_name(listed.group("name")):
            return None
        # (not an appositive the comma after the name closes: 'Speaking to the chief constable, Jo Hall, the mayor said')
        if _ADDRESSED_OPENING.match(doc.text, sentence.start, start) and not doc.text.startswith(",", m.end("name")):
            return None
    if m and is_titled_name(doc.text, m.start("name"), m.end("name")) and mentions.force_index.containing(m.start("name")) is None:
        return m.start("name"), m.end("name"), _force_after_name(doc, mentions, m.end("name"))
    # (The post's short form in brackets may come first: 'Police and Crime Commissioner (PCC) for Kent Jo Hall'.)
    short = _SHORT_FORM.match(doc.text, end, sentence.end)
    end = short.end() if short else end
    force = _force_after_post(doc, mentions, end)
    after = force[1] if force else None
    if after is None:  # "Police and crime commissioner for Cheshire David Keane"
        area = area_patterns(doc.lex).after_post.match(doc.text, end, sentence.end)
        after = area.end() if area else None
    m = _NAME_AFTER_FORCE.match(doc.text, after, sentence.end) if after is not None else None
    if m and is_name(m.group("name")):
        return m.start("name"), m.end("name"), None
    return _holder_after_seat(doc, sentence, end) or _councillor_after(doc, sentence, start, end)


# "Acting Police and Crime Commissioner, Councillor Jo Hall said": after a commissioner's (or mayor's, or police
# authority chair's, or a police and crime panel's: 'Police and Crime Panel chairman Cllr Jo Hall') post and a comma or
# none ('the Police and Crime Commissioner councillor Jo Hall'), the councillor's title its holder also bears, then the
# name: the councillor holds the post before it too (not a force's rank: 'Chief Constable, Councillor Jo Hall' is a
# list). Not a list ('the Commissioner, Councillor Jo Hall and Councillor Tom Reed
# attended': the commissioner is not named).
_GAP_BEFORE_TITLE = re.compile(r",?[^\S\n]+")
_HELD_BY_COUNCILLORS = frozenset({str(PEEL.PoliceGovernanceOffice), str(PEEL.PoliceAndCrimePanel)})
_LIST_GOES_ON = re.compile(rf"(?:,|\s+and|\s+&)\s+(?:{HONORIFIC}\s+)?[{UPPER}]")


def _councillor_after(doc: Doc, sentence: Span, start: int, end: int) -> tuple[int, int, None] | None:
    gap = _GAP_BEFORE_TITLE.match(doc.text, end, sentence.end)
    if gap is None:
        return None
    lex = doc.lex
    own = doc.found_at(lex.roles, start, end)
    # (or the panel, then the verb: "the Police and Crime Panel, chaired by Cllr Tom Reed")
    own_in = lex.role_post_in.get(own[2]) if own else \
        str(PEEL.PoliceAndCrimePanel) if doc.text.endswith("chaired by", start, end) else None
    title = doc.found_at(lex.roles, gap.end(), sentence.end)
    if own_in not in _HELD_BY_COUNCILLORS or title is None or \
            lex.role_post_in.get(title[2]) != str(PEEL.LocalAuthority):
        return None
    m = _NAME_AFTER_ROLE.match(doc.text, title[1], sentence.end)
    if m is None or "," in doc.text[title[0]:m.start("name")] or not is_name(m.group("name")) or \
            _LIST_GOES_ON.match(doc.text, m.end("name")):
        return None
    return m.start("name"), m.end("name"), None


# "Our new Commissioner, Sir Mark, has returned …": a knight or a dame named after the post by the honour and the given
# name alone, as news names them once it has (or where a page keeps only that).
_GIVEN_NAME_AFTER_ROLE = re.compile(rf"(?:,|\s+-)?\s+(?P<honour>Sir|Dame)\s+(?P<name>{NAME_TOKEN})(?![\w'-]|[^\S\n]+(?:[{UPPER}]|\d))")


def holder_by_given_name(doc: Doc, sentence: Span, end: int) -> tuple[int, int, str] | None:
    """(start, end) of the given name after a post ending at `end` ('Commissioner, Sir Mark,'), with the name in full
    where the text names the knight or dame in full elsewhere ('Sir Mark Rowley'), else the given name as written."""
    m = _GIVEN_NAME_AFTER_ROLE.match(doc.text, end, sentence.end)
    if m is None or not is_surname(m.group("name")):
        return None
    full = re.search(rf"\b{m.group('honour')}\s+{re.escape(m.group('name'))}\s+(?P<surname>{NAME_TOKEN})\b", doc.text)
    name = f"{m.group('name')} {full.group('surname')}" if full and is_name(f"{m.group('name')} {full.group('surname')}") \
        else m.group("name")
    return m.start("name"), m.end("name"), name


# "The HMI for the City of London is Lee Freeman KPM.", "The current chief constable is Jane Roe.": the post, as its
# sentence's subject, said to be held by a name that ends the sentence; the force's possessive may name whose post it
# is, as the inspectorate's force pages do after a label ("His Majesty's Inspector of Constabulary (HMI): the Metropolitan
# Police Service's HMI is Lee Freeman.").
_THE_POST_OPENS = re.compile(r"(?:[^.:\n]{1,80}:\s+)?(?:(?:The|the)\s+(?:(?:current|present|new)\s+)?"
                             r"|(?:(?:The|the)\s+)?(?:[A-Z][\w&-]*\s+(?:(?:of|and|&)\s+)?){0,5}[A-Z][\w&-]*['\u2019]s\s+)")
_POST_IS_NAME = re.compile(rf"(?:\s+(?:for|of)\s+(?:the\s+)?[{UPPER}][\w'-]*(?:\s+(?:(?:of|and|&)\s+)?[{UPPER}][\w'-]*){{0,4}})?\s+is\s+(?:now\s+)?"
                           rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME}){POST_NOMINALS}[^\S\n]*(?:[.;]|$)", re.M)


def holder_it_is(doc: Doc, sentence: Span, start: int, end: int) -> tuple[int, int, None] | None:
    """The holder a sentence opening with the post says it is: 'The HMI for Kent is Jane Roe.' (who holds the post,
    not who did what the article reports)."""
    if not _THE_POST_OPENS.fullmatch(doc.text, sentence.start, start):
        return None
    m = _POST_IS_NAME.match(doc.text, end, sentence.end)
    if m is None or not is_name(m.group("name")):
        return None
    return m.start("name"), m.end("name"), None


# "Labour MP for Newport West Paul Flynn said": the seat's capitalised words, then the holder's
# name (its last two words, or the words after a title), then no capitalised word. (A seat's point of the compass may
# be in lower case, as some papers write it: "MP for mid Bedfordshire Nadine Dorries".)
_LOWER_COMPASS = r"(?:mid|north|south|east|west)[\s-]"
_SEAT_THEN_NAME = re.compile(rf"\s+for\s+(?P<run>(?:{_LOWER_COMPASS})?(?:(?:[{UPPER}][\w'-]*|and|upon|on|&)\s+){{1,8}}?)"
                             rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME_TOKEN} {NAME_TOKEN})(?![\w'-]| [{UPPER}])")
_COMPASS = re.compile(f"^{_LOWER_COMPASS}")


def _holder_after_seat(doc: Doc, sentence: Span, end: int) -> tuple[int, int, None] | None:
    """The holder named after their post's seat or area: 'MP for Newport West Paul Flynn', 'Minister
    for Crime and Policing Jane Roe'. Not after a holder named before the post ('Ann Bell, MP for …')."""
    if _comma_before(doc, sentence, end) is not None:
        return None
    m = _SEAT_THEN_NAME.match(doc.text, end, sentence.end)
    if m is None or not is_name(m.group("name")) or not _COMPASS.sub("", m.group("run"))[:1].isupper():
        return None
    return m.start("name"), m.end("name"), None


# A letter's or a signature's header: a line that is the holder's name (after 'From:' or 'To:', with
# letters after it), then the lines of their posts: "Andy Cooke QPM DL" / "His Majesty's Chief
# Inspector of Constabulary" / "His Majesty's Chief Inspector of Fire & Rescue Services".
# (a peer's title and territorial designation too: 'The Rt Hon the Baroness Jo Hall of Stretford')
_NAME_LINE = re.compile(rf"(?:(?:From|To|Cc|Copy to)\s*:?\s+)?(?:(?:The\s+)?(?=R(?:t|ight)\b){HONORIFIC}\s+(?:the\s+(?:Baroness|Lord|Lady)\s+)?|{HONORIFIC}\s+)?"
                        rf"(?P<name>{NAME}){POST_NOMINALS}(?:\s+of\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,2}})?[\s,]*")
# A line of titles only: capitalised words and the words that join them, no sentence.
_TITLE_LINE = re.compile(r"(?:[A-Z][\w'-]*|of|for|and|the|&|,|-)(?:[^\S\n]+(?:[A-Z][\w'-]*|of|for|and|the|&|,|-)){0,14}[^\S\n]*")
_TITLE_LINES_ABOVE = 3  # the posts of one holder under their name
# ... or the post in lower case, as some papers sign letters, or in Welsh, and its place or body: 'Police and crime
# commissioner for Durham', 'Chief Constable, Gwent Police', 'Comisiynydd yr Heddlu a Throseddu Gwent'.
_POST_TAIL_LINE = re.compile(r"(?:,?(?:[^\S\n]+(?:for|of))?(?:[^\S\n]+(?:[A-Z][\w'-]*|and|&|of|the))+)?[^\S\n]*")


def holder_above(doc: Doc, start: int, end: int) -> tuple[int, int, None] | None:
    """The holder named on a line of their own above a post that is a line of titles: a letter's
    'From' and 'To' blocks, a signature."""
    text, lines = doc.text, doc.lines
    index = doc.line_index(start)
    line = lines[index]
    if not _TITLE_LINE.fullmatch(text, line.start, line.end) and \
            not (start == line.start and _POST_TAIL_LINE.fullmatch(text, end, line.end)):
        return None
    for above in range(index - 1, max(-1, index - 1 - _TITLE_LINES_ABOVE), -1):
        line = lines[above]
        m = _NAME_LINE.fullmatch(text, line.start, line.end)
        if m and is_name(m.group("name")):
            return m.start("name"), m.end("name"), None
        # (a block's lines run on: a blank line above a title line parts it from another holder's block, though a
        # letter's signature may have one between the name and the post)
        if not _TITLE_LINE.fullmatch(text, line.start, line.end) or \
                (above > 0 and text.count("\n", lines[above - 1].end, line.start) > 1):
            return None
    return None


def surname_after(doc: Doc, sentence: Span, start: int, end: int) -> tuple[int, int] | None:
    """The holder named by their surname alone after a title written with capitals, as a title
    before a surname is: 'Chief Constable Roper chaired', 'PCC Jones said'; or a title in lower case with an honorific
    between: 'assembly member Lord Bailey told the mayor'."""
    m = _SURNAME_AFTER_TITLE.match(doc.text, end, sentence.end)
    words = doc.raw[start:end].split()
    if m is not None and m.start("name") == end + 1 and \
            not all(w[0].isupper() or w in {"and", "of", "for", "the"} for w in words):
        return None
    if m is None or not is_surname(m.group("name")) or m.group("name").lower() in area_patterns(doc.lex).force_of_area:
        return None
    return m.start("name"), m.end("name")


def surname_before(doc: Doc, sentence: Span, start: int) -> tuple[int, int] | None:
    """The holder named before a post by an honorific and their surname alone: 'Mr Keenen, who became chief constable',
    'Ms Hernandez, our Police and Crime Commissioner'."""
    m = _SURNAME_BECAME_ROLE.search(doc.text, words_back(doc.text, sentence.start, start, 16), start) or \
        _SURNAME_BEFORE_ROLE.search(doc.text, words_back(doc.text, sentence.start, start, 8), start)
    if m is None or not is_surname(m.group("surname")):
        return None
    return m.start("surname"), m.end("surname")


# ... or by the surname alone opening the sentence, as news names someone after the first time ("Webster had been deputy
# chief constable of Cumbria Police", Mark Webster named in full before).
_BARE_SURNAME_BECAME = re.compile(rf"[^\S\n]*(?P<surname>{SURNAME}){BECAME}")


def known_surname_before(doc: Doc, mentions: Mentions, sentence: Span, start: int) -> tuple[int, int] | None:
    """The holder named before a post by a surname alone opening the sentence, of one person the text names in full."""
    m = _BARE_SURNAME_BECAME.match(doc.text, sentence.start, start)
    if m is None or m.end() != start or m.group("surname") not in mentions.surname_index():
        return None
    return m.start("surname"), m.end("surname")


def _ends_with_area(doc: Doc, name: str) -> bool:
    """True when a name-like phrase before a post ends with a police area's name: 'New
    Nottinghamshire PCC' is the area's post, not a person's name."""
    words = name.lower().split()
    areas = area_patterns(doc.lex).force_of_area
    return any(" ".join(words[-n:]) in areas for n in (1, 2, 3))


# "Jane Roe, 48, chose to retire and stood down at once as Kent's chief constable", "Tom Reed, who retired as chief
# constable", 'Dame Jane "felt pushed" into stepping down as Commissioner': the subject of a verb of leaving a post, then 'as' and the post (a former post is the person's
# role). The words between are in lower case (or quoted), so no other name stands between; a knight or a dame may be
# named by the honour and the given name alone.
_LEAVING = (r"(?:stood|stepped|stands|steps|standing|stepping)\s+down|resigned|resigns|resigning|retired|retires|retiring|quit|quits")
_NAME_LEFT_ROLE = re.compile(rf"(?:(?P<honour>Sir|Dame)\s+(?P<given>{NAME_TOKEN})|(?:{HONORIFIC}\s+)?(?P<name>{NAME}))(?:,\s*\d{{1,3}}\s*,|,\s+who)?"
                             rf"(?:\s+[\"'\u201c]?[a-z][\w'-]*[\"'\u201d]?){{0,10}}?\s+(?:{_LEAVING})"
                             rf"(?:\s+(?:at\s+once|immediately|early|(?:last|this|in)\s+[\w-]+)){{0,2}}\s+as\s+(?:the\s+)?"
                             rf"(?:(?:[A-Z][\w-]*|force|county|city)(?:'s|\u2019s|')\s+)?$")
_LEFT_REACH = 20  # words back from the post to the name


def holder_who_left(doc: Doc, sentence: Span, start: int) -> tuple[int, int, str] | None:
    """(start, end, name) of who the text says left the post starting at `start`: 'Jane Roe … stood down as chief
    constable' (their former post). A knight or a dame named by the given name alone is named in full where the
    text names them so elsewhere ('Dame Jane Roe'), else by the given name."""
    m = _NAME_LEFT_ROLE.search(doc.text, words_back(doc.text, sentence.start, start, _LEFT_REACH), start)
    if m is None:
        return None
    if m.group("name"):
        return (m.start("name"), m.end("name"), m.group("name")) if is_name(m.group("name")) else None
    given = m.group("given")
    if not is_surname(given):
        return None
    full = re.search(rf"\b{m.group('honour')}\s+{re.escape(given)}\s+(?P<surname>{NAME_TOKEN})\b", doc.text)
    name = f"{given} {full.group('surname')}" if full and is_name(f"{given} {full.group('surname')}") else given
    return m.start("given"), m.end("given"), name


# "Jo Hall Police, Fire and Crime Commissioner for Essex was responding …": a sentence that opens with a
# name and the post's title straight after it, as captions and bylines do.
_NAME_THEN_TITLE = re.compile(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME}) ")


def predecessor_before(doc: Doc, sentence: Span, start: int) -> tuple[int, int] | None:
    """(start, end) of the name of whom a post's holder replaced in it: 'Jane Roe replaced Tom Reed as chief
    constable' names Tom Reed the former chief constable."""
    near = words_back(doc.text, sentence.start, start, 12)
    m = _NAME_REPLACED_ROLE.search(doc.text, near, start)
    if m and is_name(m.group("name")) and is_name(m.group("former")):
        return m.start("former"), m.end("former")
    m = _SURNAME_REPLACED_ROLE.search(doc.text, near, start)
    if m and is_name(m.group("former")):
        return m.start("former"), m.end("former")
    return None


# "the outgoing Chief Constable Tom Reed and his predecessor Jane Roe", "Chief Constable Tom Reed's predecessor, Jane Roe,":
# the one who held the post before its holder named with it.
_PREDECESSOR_AFTER = re.compile(rf"(?:,?\s+(?:and|or|with|like)\s+(?:his|her|their)|['\u2019]s)\s+(?:immediate\s+)?predecessor,?\s+"
                                rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME})")


def predecessor_after(doc: Doc, sentence: Span, name_end: int) -> tuple[int, int] | None:
    """(start, end) of the name of whom the holder named at `name_end` followed in the post: 'Chief Constable Tom Reed and
    his predecessor Jane Roe' names Jane Roe the former chief constable."""
    m = _PREDECESSOR_AFTER.match(doc.text, name_end, sentence.end)
    return (m.start("name"), m.end("name")) if m and is_name(m.group("name")) else None


def holder_before(doc: Doc, mentions: Mentions, sentence: Span, start: int, end: int) -> tuple[int, int, Organisation | None] | None:
    """The holder named before a post at text[start:end], with the force they are named with:
    'Jane Smith, the chief constable', 'Tom Brown of Essex Police, the chief constable'."""
    m = _name_before(doc, sentence, start)
    text = doc.text
    # ('According to Andy Burnham, the home secretary "failed to …"': the post opens the clause the name's phrase, opening
    # the sentence, is set off before, unless a comma closes it as an aside: 'According to Jo Hall, the PCC for Kent, the
    # force …')
    if m and _ACCORDING_TO.fullmatch(text, sentence.start, m.start("name")) and "," not in text[end:sentence.end]:
        m = None
    if m and is_name(m.group("name")):
        return m.start("name"), m.end("name"), None
    if doc.raw[start:start + 1].isupper() and start - sentence.start <= 60:
        m = _NAME_THEN_TITLE.fullmatch(text, sentence.start, start)
        if m and is_name(m.group("name")) and not _ends_with_area(doc, m.group("name")):
            return m.start("name"), m.end("name"), None
    if doc.raw[start:start + 2].isupper() and doc.raw[start:start + 6].split()[0].isupper():
        m = _NAME_BEFORE_ACRONYM.search(text, words_back(text, sentence.start, start - 1, 4), start)
        if m and is_name(m.group("name")) and not _ends_with_area(doc, m.group("name")):
            return m.start("name"), m.end("name"), None
        # 'Jo Hall Hants PCC': the name, then its county's short name before the post.
        words = m.group("name").split() if m else []
        if len(words) == 3 and words[-1] in COUNTY_SHORT_NAMES and is_name(" ".join(words[:2])):
            return m.start("name"), m.start("name") + len(" ".join(words[:2])), None
    near = words_back(text, sentence.start, start, 12)
    # (who named them and what their appointment is a first of may stand between: a few words more)
    m = _NAME_BECAME_ROLE.search(text, words_back(text, sentence.start, start, 20), start) or \
        (_SUBJECT_AND_BECAME.fullmatch(text, sentence.start, start)
         if _ENDS_AND_BECAME.search(text, max(sentence.start, start - 40), start) else None)
    if m and is_name(m.group("name")):
        # (the one force the verb's words name is the post's: "Jo Hall joined Humberside Police as an assistant chief
        # constable" in an article on Kent Police)
        joined = mentions.force_index.within(m.end("name"), start)
        return m.start("name"), m.end("name"), joined[0][2] if len(joined) == 1 else None
    for pattern in (_NAME_REPLACED_ROLE, _NAME_DASH_ROLE, _NAME_BRACKET_ROLE, _APPOINTED_AS_ROLE,
                    _NAME_TERM_AS_ROLE, _NAME_AND_I_AM_ROLE, _NAME_WHO_DOES_AS_ROLE):
        m = pattern.search(text, near, start)
        if m and is_name(m.group("name")):
            return m.start("name"), m.end("name"), None
    m = _NAME_THE_ROLE.search(text, words_back(text, sentence.start, start, 6), start)
    if m and is_name(m.group("name")) and _PHRASE_ENDS.match(text, end):
        return m.start("name"), m.end("name"), None
    m = _NAME_DASH_THE_ROLE.search(text, words_back(text, sentence.start, start, 8), start)
    if m and is_name(m.group("name")) and _DASH_ASIDE_ENDS.match(text, end):
        return m.start("name"), m.end("name"), None
    m = _NAME_AS_ROLE.search(text, near, start)
    if m and is_name(m.group("name")) and not _POST_OWNS.match(text, end):
        return m.start("name"), m.end("name"), None
    m = _NAME_FROM_ROLE.search(text, near, start)
    if m and is_name(m.group("name")) and not _POST_OWNS.match(text, end):
        return m.start("name"), m.end("name"), None
    comma = _comma_before(doc, sentence, start)
    force = mentions.force_index.last_ending_by(comma) if comma is not None else None
    if force is None or force[1] < sentence.start or text[force[1]:comma].strip():
        return None
    # The name, 'of the', at most five and three words.
    m = _NAME_BEFORE_FORCE.search(text, words_back(text, sentence.start, force[0], 8), force[0])
    if m and is_name(m.group("name")):
        return m.start("name"), m.end("name"), force[2]
    return None

