"""Another force's officer in an article about one force (issue 15): in every natural order of
rank, name and force, the person is credited to the force named with them, not the article's,
and their words to them, not to the article's officer of the same rank.

The article is about Kent Police, whose chief constable (Jane Smith) is named and quoted first;
each case adds Essex Police's chief constable (Tom Brown) in one order. Every name is invented.
"""
from __future__ import annotations

import hashlib

import pytest

from peelkg.extract import extract
from peelkg.facts import Organisation, Source
from peelkg.vocab import lexicon

KENT = ("Kent Police has been rated good at preventing crime by His Majesty's Inspectorate of Constabulary "
        "and Fire & Rescue Services.\n\n"
        'Kent Police Chief Constable Jane Smith said: "We are proud of our officers and the work they do every day."\n\n'
        "{case}\n\n"
        "Kent Police was graded in nine areas.\n")
QUOTE = "Our two forces will keep working closely together on this."
QUOTE_BEFORE = QUOTE[:-1] + ","  # '"…on this," said …'


# case id -> the paragraph, with the quote where {q} is ({q_}: ending in a comma, before its speaker)
ORDERS = {
    "rank name of force said": 'Chief Constable Tom Brown of Essex Police said: "{q}"',
    "rank name, of force, said": 'Chief Constable Tom Brown, of Essex Police, said: "{q}"',
    "rank name (force) said": 'Chief Constable Tom Brown (Essex Police) said: "{q}"',
    "name, rank of force, said": 'Tom Brown, Chief Constable of Essex Police, said: "{q}"',
    "name, the rank of force, said": 'Tom Brown, the chief constable of Essex Police, said: "{q}"',
    "name of force, the rank, said": 'Tom Brown of Essex Police, the chief constable, said: "{q}"',
    "force's rank name said": 'Essex Police\'s Chief Constable Tom Brown said: "{q}"',
    "force rank name said": 'Essex Police Chief Constable Tom Brown said: "{q}"',
    "rank of force name said": 'Chief Constable of Essex Police Tom Brown said: "{q}"',
    "the rank of force, name, said": 'The chief constable of Essex Police, Tom Brown, said: "{q}"',
    "quote, said name, force's rank": '"{q_}" said Tom Brown, Essex Police\'s Chief Constable.',
    "quote, said rank name of force": '"{q_}" said Chief Constable Tom Brown of Essex Police.',
    "quote, name, rank of force, said": '"{q_}" Tom Brown, Chief Constable of Essex Police, said.',
    "reported: rank name of force said": "Chief Constable Tom Brown of Essex Police said {q}",
}


def convert(text: str):
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return extract(Source(id=digest[:16], name="kent.txt", text=text, sha256=digest))


def speaker_of(facts, words: str) -> str | None:
    speakers = {c.speaker.name if isinstance(c.speaker, Organisation) else c.speaker
                for c in facts.claims if words in c.text}
    assert len(speakers) == 1, f"{words!r} is said by {speakers or 'nobody'}"
    return speakers.pop()


@pytest.mark.parametrize("case", ORDERS.values(), ids=ORDERS.keys())
def test_another_forces_officer_is_credited_to_that_force(case):
    quote = QUOTE if case.count('"') else "the two forces would keep working closely together."
    facts = convert(KENT.format(case=case.format(q=quote, q_=QUOTE_BEFORE)))
    lex = lexicon()
    posts = {(m.person, lex.label[m.role], m.organisation.name) for m in facts.memberships}
    assert posts == {("Jane Smith", "chief constable", "Kent Police"), ("Tom Brown", "chief constable", "Essex Police")}
    assert speaker_of(facts, "proud of our officers") == "Jane Smith"
    assert speaker_of(facts, "working closely together") == "Tom Brown"
    assert [i.force.name for i in facts.inspections] == ["Kent Police"]


def test_a_commissioner_named_with_their_area_holds_that_areas_office():
    facts = convert(KENT.format(case=f'Police and Crime Commissioner Roger Hale of Essex said: "{QUOTE}"'))
    posts = {(m.person, m.organisation.name) for m in facts.memberships}
    assert ("Roger Hale", "Police and Crime Commissioner for Essex") in posts
    assert speaker_of(facts, "working closely together") == "Roger Hale"


def test_a_post_named_without_its_holder_is_the_named_forces_else_the_articles():
    """'The chief constable of Essex Police said' is Essex's, 'the chief constable said' the
    article's force's, whoever was named first."""
    text = ("Kent Police has been rated good at preventing crime by inspectors.\n\n"
            "Chief Constable Tom Brown of Essex Police and Kent Police Chief Constable Jane Smith met last week.\n\n"
            f'The chief constable of Essex Police said: "{QUOTE}"\n\n'
            'The chief constable said: "We are proud of our officers and the work they do every day."\n')
    facts = convert(text)
    assert speaker_of(facts, "working closely together") == "Tom Brown"
    assert speaker_of(facts, "proud of our officers") == "Jane Smith"


# Who inspected the article's force, as real coverage names (or only mentions) the inspectorate's people.
INSPECTED = ("Kent Police has been rated good at preventing crime by His Majesty's Inspectorate of Constabulary "
             "and Fire & Rescue Services.\n\n{case}\n")


def _inspectors(case: str) -> list[tuple[str, ...]]:
    text = INSPECTED.format(case=case)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    facts = extract(Source(id=digest[:16], name="kent.txt", text=text, sha256=digest))
    return [i.inspectors for i in facts.inspections if i.force.name == "Kent Police"]


@pytest.mark.parametrize("case, expected", [
    # 'inspector X's findings': lower case, no rank's title; the findings are the inspection's, hers.
    ("But inspector Ann Lowe's findings on the force's effectiveness offer some reassurance.", ("Ann Lowe",)),
    ("The lead inspector Ann Lowe's report praises the control room.", ("Ann Lowe",)),
    ("Detective inspector Ann Lowe's inquiry into the burglaries goes on.", ()),
    # HM Chief Inspector heads the inspectorate: named only inside a force's thanks, he spoke for no inspection ...
    ('"I want to thank the Chief Inspector of Constabulary, Tom Reed, for his support," the chief constable said.', ()),
    # ... but speaking himself, he does.
    ('HM Chief Inspector of Constabulary Tom Reed said: "Kent Police has made real progress this year."', ("Tom Reed",)),
    # (and a force's words can name its own HMI as the inspection's)
    ('The chief constable said: "We welcome the findings of Ann Lowe, our HM Inspector of Constabulary."', ("Ann Lowe",)),
])
def test_the_inspections_inspector(case, expected):
    assert _inspectors(case) == [expected]
