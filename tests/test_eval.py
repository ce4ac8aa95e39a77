"""`peelkg eval`: the converter scored through the five named queries, against the issue's targets."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from peelkg import cli, evaluate
from peelkg.text import InputError

CORPUS = Path(__file__).parent / "corpus"
# Written apart from the converter and the development corpus (see its README).
HELDOUT = Path(__file__).parent / "heldout"


@pytest.fixture(scope="module", params=[CORPUS, HELDOUT], ids=["corpus", "heldout"])
def scores(request):
    return evaluate.evaluate(request.param)


@pytest.mark.parametrize("kind", evaluate.FACT_TYPES)
def test_targets_are_met(scores, kind):
    score = scores[kind]
    assert score.gold, f"the corpus has no gold {kind}"
    assert score.f1 >= evaluate.TARGETS[kind], evaluate.render(scores, details=True)
    assert score.precision >= evaluate.PRECISION_TARGETS.get(kind, 0)


def test_the_table_reports_every_fact_type(scores, capsys):
    table = evaluate.render(scores)
    for kind in evaluate.FACT_TYPES:
        assert kind in table


def test_scoring_counts_misses_and_inventions():
    score = evaluate.Score(gold={1, 2, 3, 4}, predicted={1, 2, 5})
    score.match_exact()
    assert (score.precision, score.recall) == (2 / 3, 2 / 4)
    assert abs(score.f1 - 4 / 7) < 1e-9


def test_an_article_without_gold_is_an_error(tmp_path, capsys):
    shutil.copy(CORPUS / "001_wiltshire.txt", tmp_path)
    with pytest.raises(InputError, match="001_wiltshire.txt"):
        evaluate.read_gold(tmp_path)
    assert cli.main(["eval", str(tmp_path)]) == cli.EXIT_INPUT


def test_details_name_the_article_and_line_of_each_miss_and_invention(tmp_path, capsys):
    """A gold file that lacks one stated grade and holds one unstated: the invented and the
    missed grade are listed with the article and the line that states (or should state) them."""
    import json
    shutil.copy(CORPUS / "001_wiltshire.txt", tmp_path)
    gold = json.loads((CORPUS / "001_wiltshire.gold.json").read_text(encoding="utf-8"))
    stated = ["Wiltshire Police", "Preventing crime", "good"]
    gold["grades"].remove(stated)
    gold["grades"].append(["Wiltshire Police", "Managing offenders", "outstanding"])
    (tmp_path / "001_wiltshire.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    assert cli.main(["eval", str(tmp_path), "--details"]) == cli.EXIT_OK
    out = capsys.readouterr().out
    lines = (CORPUS / "001_wiltshire.txt").read_text(encoding="utf-8").splitlines()
    good_line = next(i for i, l in enumerate(lines, 1) if "good at preventing crime" in l)
    assert f"extra:   001_wiltshire.txt:{good_line}: wiltshire police | preventing crime | good" in out
    assert "missing 001_wiltshire.txt" in out and "wiltshire police | managing offenders | outstanding" in out
    assert "invented grades: 1 " in out


def test_dates_are_each_article_s_own(tmp_path):
    """An article's gold dates its own inspection: a second article that grades the same force in
    passing, a month earlier, neither dates that article's inspection nor scores its own date for
    a force that is not its subject."""
    import json
    empty = {"grades": [], "grade_counts": [], "graded_area_count": None, "people": [], "parties": [],
             "quotes": [], "org_quotes": [], "inspector": []}
    (tmp_path / "001_beds.txt").write_text("date 2017-04-13\n\nHMIC rated Bedfordshire Police inadequate for its "
                                           "effectiveness in the PEEL 2016 assessment.\n", encoding="utf-8")
    (tmp_path / "002_list.txt").write_text("date 2017-03-02\n\nHMIC graded forces for their overall effectiveness "
                                           "as follows:\n:: Good\nKent\n:: Inadequate\nBedfordshire\n", encoding="utf-8")
    for name, force, published, grades in (
            ("001_beds", "Bedfordshire Police", "2017-04-13", [["Bedfordshire Police", "Effectiveness", "inadequate"]]),
            ("002_list", None, "2017-03-02", [["Kent Police", "Effectiveness", "good"],
                                              ["Bedfordshire Police", "Effectiveness", "inadequate"]])):
        gold = dict(empty, force=force, programme="PEEL 2016", grades=grades,
                    dates={"published": published, "period_start": None, "period_end": None})
        (tmp_path / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    scores = evaluate.evaluate(tmp_path)
    assert scores["grades"].f1 == 1.0
    assert scores["dates"].predicted == {("001_beds.txt", "bedfordshire police", "published", "2017-04-13")}
    assert scores["dates"].f1 == 1.0


def test_an_inferred_period_dates_only_the_article_it_was_read_from(tmp_path):
    """A period inferred from one article ("this year" read as its year) is not a date that a
    second article about the same inspection states."""
    import json
    empty = {"grades": [], "grade_counts": [], "graded_area_count": None, "people": [], "parties": [],
             "quotes": [], "org_quotes": [], "inspector": []}
    (tmp_path / "001_visit.txt").write_text(
        "date 2016-11-10\n\nHMIC rated Kent Police good for effectiveness in its PEEL 2016 assessment. "
        "Inspectors visited the force between May and July this year.\n", encoding="utf-8")
    (tmp_path / "002_grade.txt").write_text(
        "date 2016-11-11\n\nKent Police was rated good for effectiveness in the PEEL 2016 assessment.\n",
        encoding="utf-8")
    for name, published, start, end in (("001_visit", "2016-11-10", "2016-05", "2016-07"),
                                        ("002_grade", "2016-11-11", None, None)):
        gold = dict(empty, force="Kent Police", programme="PEEL 2016",
                    grades=[["Kent Police", "Effectiveness", "good"]],
                    dates={"published": published, "period_start": start, "period_end": end})
        (tmp_path / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    dates = evaluate.evaluate(tmp_path)["dates"]
    assert ("001_visit.txt", "kent police", "period_start", "2016-05") in dates.predicted
    assert not {d for d in dates.predicted if d[0] == "002_grade.txt" and d[2].startswith("period")}
    assert dates.f1 == 1.0


def test_people_are_scored_per_article(tmp_path):
    """A person's post that one article states does not count for another that only names her:
    each article's gold people are what that article states."""
    import json
    empty = {"grades": [], "grade_counts": [], "graded_area_count": None, "parties": [], "quotes": [],
             "org_quotes": [], "inspector": [], "force": None, "programme": None,
             "dates": {"published": None, "period_start": None, "period_end": None}}
    (tmp_path / "001_post.txt").write_text("Chief Constable Jane Smith of Kent Police welcomed the PEEL report.\n",
                                           encoding="utf-8")
    (tmp_path / "002_name.txt").write_text("Jane Smith welcomed the PEEL report on Kent Police.\n", encoding="utf-8")
    for name in ("001_post", "002_name"):
        gold = dict(empty, people=[["Jane Smith", "chief constable"]])
        (tmp_path / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    people = evaluate.evaluate(tmp_path)["people"]
    assert people.predicted == {("001_post.txt", "jane smith", "chief constable")}
    assert people.gold - people.matched_gold == {("002_name.txt", "jane smith", "chief constable")}


def test_words_both_the_inspectorate_and_a_person_are_quoted_saying_are_scored_as_hers(tmp_path):
    """An organisation's quoted words are no person's quote (not scored as one); the same words quoted again in
    an inspector's own mouth are hers, and scored."""
    import json
    (tmp_path / "001_both.txt").write_text(
        "Kent Police told to improve\n\nAccording to inspectors, Kent Police \"had not done enough to build an ethical "
        "culture\".\n\nHM Inspector Jane Smith said the force \"had not done enough to build an ethical culture\".\n",
        encoding="utf-8")
    quote = "had not done enough to build an ethical culture"
    gold = {"grades": [], "grade_counts": [], "graded_area_count": None, "people": [], "parties": [],
            "quotes": [["Jane Smith", quote]], "org_quotes": [["His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", quote]], "inspector": [],
            "force": None, "programme": None, "dates": {"published": None, "period_start": None, "period_end": None}}
    (tmp_path / "001_both.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    quotes = evaluate.evaluate(tmp_path)["quotes"]
    assert quotes.predicted == {("001_both.txt", "jane smith", quote)}
    assert quotes.f1 == 1.0


def test_part_of_an_organisations_quoted_words_is_no_persons_quote(tmp_path):
    """Two articles quote one report: one its first sentence alone, the other the whole paragraph. The first sentence's
    claim has its evidence in both (one claim, its words in each), and in the second article it is part of the
    organisation's words there: no one's quote, not scored as one."""
    import json
    first = "Kent Police is effective at preventing and investigating crime."
    rest = " The force provides appropriate support to victims and engages well with its communities."
    texts = {"001_short": f"Kent Police praised\n\nThe report said: \"{first}\" It also praised its work with victims.\n",
             "002_long": f"Kent Police praised\n\nThe report said:\n\n\"{first}{rest}\"\n"}
    org = "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services"
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        words = first if name == "001_short" else first + rest
        gold = {"grades": [], "grade_counts": [], "graded_area_count": None, "people": [], "parties": [], "quotes": [],
                "org_quotes": [[org, words]], "inspector": [], "force": None, "programme": None,
                "dates": {"published": None, "period_start": None, "period_end": None}}
        (tmp_path / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    quotes = evaluate.evaluate(tmp_path)["quotes"]
    assert quotes.predicted == set()


def test_a_quote_matches_its_own_words_before_a_shorter_quote_of_them():
    """Another source's shorter cut of the same quote is scored as the extra, not the article's own full quote."""
    full = ("001_a.txt", "kathryn holloway", "i am delighted that the force has been recognised for the progress that has been delivered")
    cut = ("001_a.txt", "kathryn holloway", "i am delighted that the force has been recognised for the progress that has been")
    s = evaluate.Score(gold={full}, predicted={full, cut})
    evaluate._match_quotes(s)
    assert s.matched_predicted == {full} and s.matched_gold == {full}


@pytest.mark.parametrize("text, dropped", [
    # the cut stands only inside the full quote: the same claim again, in another source's shorter wording
    ('She said: "I am pleased the force keeps victims safe. Officers know how to help them."', True),
    # the page prints the cut words by themselves too (a headline): a quote of its own, scored
    ('"I am pleased the force keeps victims safe"\n\nShe said: "I am pleased the force keeps victims safe. '
     'Officers know how to help them."', False),
])
def test_a_shorter_cut_of_a_right_quote_counts_only_where_the_article_prints_it_apart(text, dropped):
    full = ("001_a.txt", "jo hall", "i am pleased the force keeps victims safe. officers know how to help them")
    cut = ("001_a.txt", "jo hall", "i am pleased the force keeps victims safe")
    s = evaluate.Score(gold={full}, predicted={full, cut})
    evaluate._match_quotes(s)
    evaluate._drop_cuts_of_right_quotes(s, {"001_a.txt": text})
    assert (cut not in s.predicted) is dropped and s.matched_predicted == {full}
    assert s.precision == (1.0 if dropped else 0.5)


def test_a_shorter_cut_of_a_wrong_quote_still_counts():
    """Only a cut of a quote scored right is dropped: a cut of words credited to the wrong speaker is as wrong."""
    full = ("001_a.txt", "jo hall", "i am pleased the force keeps victims safe. officers know how to help them")
    cut = ("001_a.txt", "jo hall", "i am pleased the force keeps victims safe")
    s = evaluate.Score(gold={("001_a.txt", "tom reed", full[2])}, predicted={full, cut})
    evaluate._match_quotes(s)
    evaluate._drop_cuts_of_right_quotes(s, {"001_a.txt": 'She said: "I am pleased the force keeps victims safe. '
                                                          'Officers know how to help them."'})
    assert s.predicted == {full, cut}


@pytest.mark.parametrize("text, quote, direct", [
    ('He said: "The force has improved."', "The force has improved.", True),
    ("He said: \u201c The force has improved.\u201d", "The force has improved.", True),  # a space after the mark
    ('"We are pleased," she said. The force has improved, she added.', "The force has improved", False),
    ('She said: "We are pleased." The force has improved, she added.', "The force has improved", False),
    # a quote's second paragraph, its opening mark lost by the page: from the line's start to a closing mark
    ('She said: "We are pleased.\n\nWe will keep improving."', "We will keep improving.", True),
    ('She said: "We are pleased."\n\nWe will keep improving, she added.', "We will keep improving", False),
])
def test_a_claim_is_scored_as_a_quote_only_where_the_text_quotes_it(text, quote, direct):
    assert evaluate._quoted_in(text, quote) is direct


def test_a_name_spelt_with_and_without_its_hyphen_is_one_name():
    """'Ron Barclay-Smith' and 'Ron Barclay Smith' are one person in the graph (one IRI: a slug of the words)."""
    assert evaluate.person_name("Ron Barclay-Smith") == evaluate.person_name("Ron Barclay Smith") == "ron barclay smith"
    assert evaluate.person_name("Mr Bernard Hogan-Howe") == "bernard hogan howe"


def test_a_force_by_any_of_its_labels_is_one_force(tmp_path):
    """'Devon and Cornwall Police' in the gold and 'Devon & Cornwall Police' in the graph are one force (one IRI); a force
    the vocabulary lacks keeps its own name."""
    assert evaluate.force_name("Devon and Cornwall Police") == evaluate.force_name("Devon & Cornwall Police")
    assert evaluate.force_name("Hampshire Constabulary") == "hampshire and isle of wight constabulary"
    assert evaluate.force_name("Isle of Man Constabulary") == "isle of man constabulary"
    (tmp_path / "001_dc.txt").write_text("date 2017-12-12\n\nHM Inspector Wendy Williams said: \"I have judged Devon and "
                                         "Cornwall Police as 'good' following our inspection into its legitimacy.\"\n",
                                         encoding="utf-8")
    gold = {"force": "Devon and Cornwall Police", "programme": "PEEL 2017",
            "grades": [["Devon and Cornwall Police", "Legitimacy", "good"]], "grade_counts": [], "graded_area_count": None,
            "people": [], "parties": [], "quotes": [], "org_quotes": [], "inspector": [],
            "dates": {"published": "2017-12-12", "period_start": None, "period_end": None}}
    (tmp_path / "001_dc.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    scores = evaluate.evaluate(tmp_path)
    assert scores["grades"].f1 == 1.0 and scores["dates"].f1 == 1.0


def test_a_claim_under_five_words_is_no_quote_even_where_a_headline_quotes_it(tmp_path):
    """'We are extraordinarily proud, he said.': a reported statement of four words, quoted by the headline above it,
    is no quote (fewer than five words make none, tests/corpus/README.md), neither right nor extra."""
    text = ("'We are so proud' - Kent Police rated good\n\nChief Constable Jo Hall welcomed the report.\n\n"
            "We are so proud, she said.\n")
    (tmp_path / "001_short.txt").write_text(text, encoding="utf-8")
    gold = {"force": "Kent Police", "programme": None, "grades": [], "grade_counts": [], "graded_area_count": None,
            "people": [["Jo Hall", "chief constable"]], "parties": [], "quotes": [], "org_quotes": [], "inspector": [],
            "dates": {"published": None, "period_start": None, "period_end": None}}
    (tmp_path / "001_short.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    assert evaluate.evaluate(tmp_path)["quotes"].predicted == set()
