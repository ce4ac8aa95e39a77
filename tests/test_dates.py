"""The article's own date and the inspection period in the forms real pages write them (issue 16).

Each case is a few lines of the kind found in tests/realworld, about an invented inspection of
Kent Police. Decision on 'Last updated': it is the article's date only in the page's header and
only when the header gives no publication date; further down a page it dates one section.
"""
from __future__ import annotations

import hashlib

import pytest

from peelkg.extract import extract
from peelkg.facts import Source
from peelkg.vocab import lexicon

BODY = "\n\nKent Police was rated good at preventing crime by His Majesty's Inspectorate of Constabulary.\n"


def convert(text: str):
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return extract(Source(id=digest[:16], name="kent.txt", text=text, sha256=digest))


# case id -> (text before the body, the article's date or None)
PUBLISHED = {
    "a site header line": ("Kent | Posted on April 14th, 2025 | return to news\nMixed report for Kent Police", "2025-04-14"),
    "a label glued to a byline": ("Author: Ann Lee, Tom BellPublished 25th Nov 2022", "2022-11-25"),
    "day, month, comma, year": ("Jo Bell - Deputy Mayor\n\n12 March, 2024\n\nKent Police improves", "2024-03-12"),
    "weekday, ordinal, time": ("Here's when Kent Police is due to be inspected\n\nFriday, 19th November 2021, 10:40 am",
                               "2021-11-19"),
    "a label after other words": ("This article is old - Published: Thursday, Dec 8th, 2016", "2016-12-08"),
    "a leading ISO date": ("date 2024-06-20 Kent Police is good at preventing crime", "2024-06-20"),
    "a numeric UK date with its label": ("Published 25/11/2022", "2022-11-25"),
    "'published today (date)' in the text": (
        "Report shows Kent Police performing well\n\nThe first annual assessment of the force was published today "
        "(27th November 2014).", "2014-11-27"),
    "'released today, weekday date,'": (
        "Kent news\n\nA new report released today, Friday 1 February 2019, has rated the custody suites as good.",
        "2019-02-01"),
    "a byline and a bar": ("By Jane Smith | 12 March 2024", "2024-03-12"),
    "a byline and a bar, the date in figures, day first": ("By Jane Smith | 12/03/2024", "2024-03-12"),
    "a byline with the writer's post after a dash, then the date": (
        "By Sarah Ward - Local Democracy Reporter 28th Mar 2025", "2025-03-28"),
    "a section's name and a slash, the time after": ("Politics / Wed 22nd Mar 2017 at 12:06pm", "2017-03-22"),
    "a publication's label deeper in the header, within a line": (
        "Caerphilly news\n\nMenu\n\nSearch\n\nPolice told to improve\n\nNews | Jo Bell - Local Democracy Reporting Service | "
        "Published: 11:29, Friday June 27th, 2025.", "2025-06-27"),
    "... set off by a dash": ("Jobs board\n\nSearch\n\nMenu\n\nGwent chief constable retires\n\nPublished - 13/04/2017 "
                              "By - Jo Bell - Police Oracle", "2017-04-13"),
    "the line under a byline, below a site's menu and its banner date": (
        "Brighton news\n9 December, 2025\n" + "".join(f"  • Menu item {i}\n" for i in range(30)) +
        "Report says Kent Police is inadequate\nby Frank le Duc\nThursday 13 Apr, 2023 at 12:01AM\n", "2023-04-13"),
    "the time before the date, no label": ("Jane Smith, Crime reporter\n12:01, 12 MAR 2024", "2024-03-12"),
    "'of' between the day and the month": ("Kent news\nPublished on 12th of March 2024", "2024-03-12"),
    "an ISO date with its time": ("Kent news\n2024-03-12T09:30:00+00:00", "2024-03-12"),
    "a Welsh date, its day a Welsh ordinal": ("Adroddiad yr Arolygiaeth\n\n17eg Ebrill 2023\n\nMae Heddlu Gwent yn dda.",
                                              "2023-04-17"),
    "a Welsh date with its weekday's day": ("Newyddion\n\nDydd Gwener 1af Mawrth 2024\n\nMae Heddlu Gwent yn dda.",
                                          "2024-03-01"),
    "posted by someone on a date": ("Posted by Jane Smith on 12 March 2024", "2024-03-12"),
    "published by someone, their post set off, on a date": (
        "Published by Jane Smith, Senior Reporter, on Friday, 3rd May 2024, at 17:15hrs", "2024-05-03"),
    "a byline, then 'on' and the date": ("By Jane Smith on March 12, 2024", "2024-03-12"),
    "a byline and a middle dot": ("Jane Smith · 12 March 2024 · 3 min read", "2024-03-12"),
    "a time between label and date": ("Published: 14:32 BST, 12 March 2024", "2024-03-12"),
    "a bullet that opens its line is no dateline": ("Key dates\n• 12 March 2024 inspection began", None),
    "a report's publication date is not the article's": (
        "Skip to content\nA photo of officers\n\nThe commissioner gave his reflections on the report, which was "
        "published on Wednesday 14th May, 2025.", None),
    "'Last updated' in the header, nothing else": ("Last updated: 3 March 2023\n\nKent Police 2023", "2023-03-03"),
    "the publication date before 'Last updated'": ("Last updated 3 March 2023 | Published 1 March 2023", "2023-03-01"),
    "'Last updated' further down dates a section": (
        "Skip to content\n\nKent 2017\n\nRead more about Kent 2017\n\nThe extent to which the force is efficient "
        "requires improvement.\n\nHow efficient is the force?\n\nLast updated 09/11/2017", None),
    "'Last updated' under a section's question heading and the site's word to its reader": (
        "Skip to content\n\nNew inspection framework: For consultation\n\nTell us whether you think the plan covers "
        "the right areas of policing.\n\nKent PEEL 2016\n\nHow efficient is the force at keeping people safe?\n\n"
        "Last updated 09/11/2017", "2017-11-09"),
    "... and the site's request to fill in a survey": (
        "Skip to content\n\nHelp us improve our reports\n\nPlease fill in this survey about our PEEL inspection reports "
        "by 5pm on 25 October 2019.\n\nKent PEEL 2018\n\nHow effectively does the force reduce crime and keep people "
        "safe?\n\nLast updated 27/09/2019", "2019-09-27"),
    "'Last Updated' with a numeric date, a line of its own below the site's menu lines": (
        "Text only\nChange text size\n\nSwitch language\n\nKent commissioner responds to the report\n\n"
        "Last Updated: 09/10/2023\n\nCommissioner welcomes 'Good' grade", "2023-10-09"),
    "a day written with a leading zero, 'today (weekday date)'": (
        "Cookies help us improve this site.\nThe inspectorate publishes its report into Kent Police today "
        "(Tuesday 07 November 2023).", "2023-11-07"),
    "a 'Date published:' field glued to the end of a headline on 'report'": (
        "Kent Police praised in new HMIC report Date published: 9th March 2016 12.01am\n\nKent Police improves",
        "2016-03-09"),
    "a gov.uk page's history at its foot, the header dateless": (
        "Independent report\n\nKent Police: core business\n\nThe report sets out what HMIC found in Kent Police, the "
        "first of its kind in the county and the last before the changes to how forces are inspected in England.\n\n"
        "Updates to this page\n\nPublished 2 September 2015\n\nSign up for emails", "2015-09-02"),
    "a news aggregator's line under a story from a printed paper, in English or in the reader's language": (
        "KENT FORCE IMPROVES\n\nKent Police has been rated good at preventing crime by the inspectorate, which last "
        "year had placed the force under closer monitoring.\n\nThis story is from the March 4, 2024 edition of The "
        "Kent Courier.\n\nDenne historien er fra March 5, 2024-utgaven av The Kent Courier.", "2024-03-04"),
    "... in Norwegian": (
        "KENT FORCE IMPROVES\n\nKent Police has been rated good at preventing crime by the inspectorate, which last "
        "year had placed the force under closer monitoring.\n\nDenne historien er fra March 5, 2024-utgaven av The "
        "Kent Courier.", "2024-03-05"),
    "a data site's record of an inspectorate report, headed by its source: the date is the report's": (
        "Source \u00b7 HMICFRS\nPEEL Assessment 2023-25: Kent Police\n4 June 2024\nAreas for improvement\n\nThe force "
        "must improve how it answers calls from the public.", None),
    "a press release's 'Issued:' field": ("Press release\nIssued: 4 June 2024\n\nKent Police improves", "2024-06-04"),
    "a 'Published date:' field below the menu lines": (
        "Kent Police - News\n\nKent Police improves\n\nPublished date: 4 June 2024", "2024-06-04"),
    "a letter's 'Sent on' line and the date on the next": (
        "Letter information\nFrom\nSir Ed Moss KPM\nHis Majesty's Chief Inspector of Constabulary\nTo\nAnn Webb\n"
        "Police and Crime Commissioner for Kent\nSent on\n2 October 2024\nI am writing ahead of the publication of "
        "the latest PEEL assessment of Kent Police to set out my concerns about the force.", "2024-10-02"),
    "a page's 'last updated' line in its header, the date with dashes on the next": (
        "MPS Home /// Press Bureau Index Page\nNotes to Editors\nMet response to HMIC Peel Assessment\n"
        "NOT FOR PUBLICATION: No facilities available.\nThis page was last updated on\n27-Nov-2014 9:47\n"
        "THE MPS has welcomed the first Peel Assessment by HMIC, which graded the force as good in five out six "
        "areas assessed.", "2014-11-27"),
    "a numeric date glued to the publisher's name": (
        "logo\nKent police improving, report says\n\nBBC News24-07-2025\nA police force is getting better.",
        "2025-07-24"),
    "a numeric date and its time on a line of their own": ("By Jane Roe\n03/05/2024 14:02", "2024-05-03"),
    "'Last modified' is a date of a change, after the publication date": (
        "Published 1 May 2024 | Last modified on Thu 3 May 2024 15.00 BST", "2024-05-01"),
    "a date set off by a dash": ("Kent Police - 3 May 2024", "2024-05-03"),
    "a dash that opens its line is a bullet, no dateline": ("- 3 May 2024 inspection began", None),
    "a label line after the first paragraph dates no article": (
        "Kent Police\n\nThe inspectorate has published its latest assessment of the force, which it says is good at "
        "preventing crime but must improve in other areas.\n\nA\nB\nSent on\n2 October 2024", None),
    "a date without a year": ("Kent Police news\n\nThe report, released on Thursday 10 April, found the force good.",
                              None),
    "'today (weekday date)' without a year": ("HMICFRS today (Friday 16 June) confirmed its findings.", None),
    "a form's field for the report's publication dates the report; its 'Date … sent' field dates the form": (
        "Title of Inspection: PEEL 2016 – Kent Police Date Inspection Published: 2 March 2017 Deadline for Response: "
        "30 March 2017\nThematic\nNational\nFollow up\nDate response sent: 03/04/2017 (Responses to the Home Office)",
        "2017-04-03"),
    "a report's publication field alone dates no article": (
        "Title of Inspection: PEEL 2016 Date Inspection Published: 2 March 2017", None),
    "a meeting's date in the header of its page dates the meeting": (
        "Kent Police and Crime Panel - Friday, 6th June, 2025 11.00 am\n\nJune 6, 2025 View on council website  "
        "Watch video of meeting", None),
    "the meeting's own page of papers ('Agenda and minutes') is dated by its meeting": (
        "Agenda and minutes\n\nKent Police and Crime Panel - Thursday 4 November 2021 2.00 pm\n\nVenue: Council "
        "Chamber, County Hall. View directions", "2021-11-04"),
    "a header date on another day than the text's 'today (weekday day month)' is a widget's": (
        "Friday 12 July 2024\n16.7 C\n\nThe full report was held back until today (Thursday 11 July) because of "
        "the elections.", None),
    "a header date over a temperature is a weather widget's, with no 'today' in the text": (
        "Friday 12 July 2024\n16.7 C\n\nPEEL Report: Kent Police 'Inadequate' at preventing crime", None),
    "a header date on another weekday than the text's 'today (weekday)'": (
        "Wednesday 11 June 2025\n\nA report published today (Tuesday) sets out concerns.", None),
    "a labelled header date on another day than a copied release's 'today (weekday)' is the copy's": (
        "Author: Northants Police Published: 20th February 2024 09:26\n\nThe inspectorate has today (Friday, "
        "February 16 2024) published its report.", "2024-02-20"),
    "a header date on the weekday of the text's 'today (weekday)'": (
        "Tuesday 10 June 2025\n\nA report published today (Tuesday) sets out concerns.", "2025-06-10"),
    "a pillar page's 'Last updated' date under its question, in the header, is the page's": (
        "Skip to content\n\nKent PEEL 2018\n\nHow effectively does the force reduce crime and keep people safe?\n\n"
        "Last updated 14/06/2019\n\nWe found that Kent Police is good at reducing crime and keeping people safe.",
        "2019-06-14"),
    "a date alone on a header line after a site's menu lines and the headline": (
        "Skip to content\nText size: A A A\nOpen Menu\nFacebook\n\nCommissioner responds to Kent Police report\n\n"
        "March 3, 2025\n\nThe commissioner has said he is pleased.", "2025-03-03"),
    "a time and a date alone on a header line after a byline's lines": (
        "Commissioner responds to Kent Police report\n\nJane Smith\n\nJane Smith\n\njane@example.org\n\n"
        "9:30AM, Monday 3 March 2025\n\nThe commissioner has said he is pleased.", "2025-03-03"),
    "a byline run into its date": (
        "Commissioner responds to Kent Police report\n\nThe force said it welcomed it\nPA Archive\n"
        "Jane Smith3 March 2025\n\nThe commissioner has said he is pleased.", "2025-03-03"),
    "a word run into a date in prose is no byline": (
        "Kent Police report\n\nThe force said its Covid19 March 2025 plan worked.\n\nThe commissioner is pleased.", None),
    "a date in brackets ending the headline": (
        "Kent's Police and Crime Commissioner welcomes the inspection of Kent Police (3 Mar 2025)\n\n"
        "The commissioner has said he is pleased.", "2025-03-03"),
    "a date in brackets inside the body is no article's date": (
        "Kent Police report published\n\nThe commissioner said the last report (3 Mar 2023) had been fair.", None),
    "the header after a cookie banner, from the 'Skip to main content' link on": (
        "This site uses cookies\n\nWe use necessary cookies to make our site work, and we would like to use analytics "
        "cookies to keep improving our website, which you can turn off.\n\nAnalytics cookies\n\nWe use cookies to "
        "compile aggregate data about site traffic and site interactions in order to offer better site experiences.\n\n"
        "Skip to main content\n\nKent Police praised in latest police inspection\n\n3 March 2025", "2025-03-03"),
    "the header under a cookie banner and a failed request's message, no 'Skip to main content' link": (
        "Quick exit\nWe use some essential cookies to make our website work. We would like to set additional cookies so "
        "we can remember your preferences and understand how you use our site.\nYour cookie preferences have been saved. "
        "You can update your cookie settings at any time on the cookies page.\nSorry, there was a technical problem. "
        "Please try again.\nPublished 3 March 2025\nKent's commissioner has welcomed the report.", "2025-03-03"),
    "... or another wording of that message ('Something went wrong on our side. Please try once more.')": (
        "Press Escape to leave this site straight away Quick exit\nSome cookies are essential for this website to "
        "function.\nYour cookie choices are stored. Visit the cookies page at any time to change them.\nSomething went "
        "wrong on our side. Please try once more.\nPublished 3 March 2025\nKent's commissioner has welcomed the report.",
        "2025-03-03"),
    "a date glued to the next field's label, as a page's fields run together": (
        "Kent Police Taken Out of Enhanced Monitoring\n\nPublished On: 3 March 2025Last Updated: 3 March 2025By\n\n"
        "Kent Police has been taken out of enhanced monitoring.", "2025-03-03"),
    "a newsletter's month alone on a header line: no day, no date of publication": (
        "Police news\n\nOctober 2019\n\nWelcome to my newsletter for October.", None),
    "a publication time and date with its update after it, below the headline's lines": (
        "Now playing: a song / a band\n\nNow playing: a song / a band\n\nKent Police praised\n\nKent Police praised\n\n"
        "Published at 9:26am 3rd March 2025. (Updated at 3:45pm 4th March 2025)\n\nThe commissioner is pleased.",
        "2025-03-03"),
    "a time and date with the page's change glued after it, under a byline and the writer's post, below a site's menu": (
        "Skip to main content\nNews\nSport\nWhat's On\nMore\n\nKent Police praised\n\nBy\nJane Smith\nCrime Reporter\n"
        "16:45, 4 OCT 2024Updated17:02, 5 OCT 2024", "2024-10-04"),
    "... or set off by a bracket": ("Skip to main content\nNews\nSport\nWhat's On\nMore\n\nKent Police praised\n\n"
                                    "By Jane Smith\n4 October 2024 (updated 5 October 2024)", "2024-10-04"),
    "... a bar": ("Skip to main content\nNews\nSport\nWhat's On\nMore\n\nKent Police praised\n\nBy Jane Smith\n"
                  "Crime Reporter\n16:45, 4 Oct 2024 | Updated 17:02, 5 Oct 2024", "2024-10-04"),
    "a debate's record, dated by the day it was held (Hansard's header)": (
        "Skip to main content\n\nPolice Efficiency\n\nVolume 636: debated on Monday 26 February 2018", "2018-02-26"),
    "... its label opening the line": ("Police Efficiency\nDebated on Monday 26 February 2018", "2018-02-26"),
    "... not a debate's date in a sentence": ("Police Efficiency\nThe motion was debated on Monday 26 February 2018.", None),
    "a date and its time set off by a bullet, below a site's menu (a national paper's header)": (
        "Skip to main content\nNews\nUK\nWorld\nPolitics\n\nKent Police praised\n\n12 March 2024 \u2022 12:01am",
        "2024-03-12"),
    "... or its time and ', UK' after it (a TV news site's)": (
        "Skip to main content\nNews\nUK\nWorld\nPolitics\n\nKent Police praised\n\nTuesday 12 March 2024 06:21, UK",
        "2024-03-12"),
    "a dateline with a two-digit year alone on a header line": (
        "Watchdog warns on police performance\n\n3 Mar 25\n\nPolice performance has got worse.", "2025-03-03"),
    "a byline and its date set off by a comma": ("Kent Police praised\nBy Jane Smith, 3 June 2019", "2019-06-03"),
    "... without 'By', the time after the date": ("Kent Police praised\nJane Smith, 3 June 2019 at 10:15am", "2019-06-03"),
    "... not a sentence opening with a place and a date": (
        "Kent Police praised\nIn Kent, 3 June 2019 was a good day for the force.", None),
    "a range's second date, after a dash, is no dateline": ("Inspection dates: 7 November - 18 November 2022", None),
    "a site's 'Created:' field": ("Kent Police praised\nCreated: Monday, 3 June 2019 10:15", "2019-06-03"),
    "a live page's entry: its headline run into a lower-case label, the time with its zone spelt out": (
        "Kent Police 'good' at preventing crime - reportpublished at 10:15 British Summer Time 3 June 2019",
        "2019-06-03"),
    "... and in prose, a lower-case 'published at' without its time is no dateline": (
        "The report was published at Kent's headquarters 3 June 2019, the force said.", None),
    "a byline and its date with a space between, the count of comments after": (
        "Kent Police told to improve\n\nKent Editorial 3rd Jun, 2019   0\n\nThe force has been told to improve.",
        "2019-06-03"),
    "... not a meeting's title and its date": ("Kent Crime Panel Thursday 3 June 2019\n\nThe panel met.", None),
    "a document-sharing site's 'Post on' field under a title the page cut short": (
        "peel: police efficiency and leadership · kent police and the...\n\n58\n\nPEEL: An inspection of Kent Police "
        "6 - 17 February 2017\nUpload: someone\nPost on 10-Sep-2018\n218 views", "2018-09-10"),
    "a header date under a temperature and its town is a weather widget's": (
        "12.5 C\nMaidstone\nTuesday, March 18, 2025\n- Advertisement -\n\nKent Police told to improve", None),
    "the header goes on past a site's notice of its downtime": (
        "Skip to content\n\nPlanned website downtime\n\nFor a short time from 11am on Thursday 18 April the website will "
        "not be available while essential maintenance is carried out. We are sorry for any inconvenience.\n\n"
        "Kent PEEL 2018\n\nHow effectively does the force reduce crime and keep people safe?\n\n"
        "Last updated 14/06/2019\n\nWe found that Kent Police is good at reducing crime and keeping people safe.",
        "2019-06-14"),
    "... a notice hard-wrapped over several lines too": (
        "Skip to content\n\nPlanned website downtime\n\nFor a short time from 11am on Thursday 18 April the HMICFRS website\n"
        "will be unavailable while we carry out essential maintenance. We are\nsorry for any inconvenience this may cause.\n\n"
        "Kent PEEL 2018\n\nHow effectively does the force reduce crime and keep people safe?\n\n"
        "Last updated 14/06/2019\n\nWe found that Kent Police is good at reducing crime and keeping people safe.",
        "2019-06-14"),
    "... a notice that the website will be offline too": (
        "Skip to content\n\nPlanned website downtime\n\nFor a short while from 11am on Thursday 18 April the HMICFRS "
        "website will be offline while essential maintenance is done. We are sorry for any inconvenience.\n\n"
        "Kent PEEL 2015\n\nLegitimacy\n\nHow legitimate is the force at keeping people safe and reducing crime?\n\n"
        "Last updated 11/02/2016\nGood\n\nKent Police accepts that its ethical culture needs to get better.",
        "2016-02-11"),
    "... not a day, a month and a number inside a sentence": (
        "Watchdog warns on police performance\n\nBy 3 Mar 25 forces had replied.\n\nPolice performance has got worse.",
        None),
}


@pytest.mark.parametrize("head, expected", PUBLISHED.values(), ids=PUBLISHED.keys())
def test_the_articles_own_date(head, expected):
    published = convert(head + BODY).published
    assert (published.value if published else None) == expected


def test_a_govuk_pages_one_date_on_its_last_line_is_the_articles():
    page = ("Independent report\n\nKent Police: victim service assessment\n\n" + BODY +
            "\n\nThe inspectorate assessed how well the force serves the victims of crime.\n\nPublished 20 May 2022\n")
    assert convert(page).published.value == "2022-05-20"
    # (not a line the page's last sentence runs over)
    assert convert(page.replace("crime.\n\nPublished", "crime, the report\nPublished")).published is None


def test_a_widgets_date_is_not_the_articles_but_dates_the_cycle():
    """The day a page was seen is close to the article's: it dates the cycle, never the article."""
    facts = convert("Friday 12 July 2024\n16.7 C\n\nThe full report was held back until today (Thursday 11 July)."
                    + BODY)
    assert facts.published is None
    inspection = facts.inspections[0]
    assert lexicon().label[inspection.programme] == "PEEL 2023–25"
    assert inspection.programme_inferred.rule == "programme-from-dates"
    assert inspection.programme_inferred.derived_from.text == "12 July 2024"


def period(text: str):
    inspection = convert(text).inspections[0]
    stated = tuple(d.value if d else None for d in (inspection.period_start, inspection.period_end))
    inferred = tuple(i.value if i else None for i in (inspection.period_start_inferred, inspection.period_end_inferred))
    return stated, inferred


def test_the_most_recent_inspection_in_a_month_is_the_period():
    text = ("12 March, 2024\n\nInspectors found that Kent Police has improved since the previous inspection report "
            "came out in March 2023, following its most recent inspection in October 2023." + BODY)
    assert period(text) == (("2023-10", "2023-10"), (None, None))


@pytest.mark.parametrize("sentence", [
    "The inspection, known as a PEEL assessment, is due to be carried out in November 2022.",
    "The force has improved since its last inspection in March 2022.",
    "The force has improved since the inspection in March 2022.",
    "The last inspection was carried out in March 2022.",
    "The previous PEEL inspection, which was conducted in March 2022, found it good.",
])
def test_a_planned_or_an_earlier_inspection_is_no_period(sentence):
    assert period("Friday, 19th November 2021\n\n" + sentence + BODY) == ((None, None), (None, None))


@pytest.mark.parametrize("text", [
    "Kent Police: core business\n\nThe report sets out what the inspectorate found when it inspected Kent Police between "
    "4 and 11 April 2014 on how officers attend calls.\n",
    "Members received the annual summary of inspections of Kent Police, giving an overview of the inspection activity "
    "carried out between September 2019 and September 2020.\n",
])
def test_an_inspection_never_called_peel_nor_graded_has_no_peel_period(text):
    assert [(i.period_start, i.period_end) for i in convert(text).inspections] in ([], [(None, None)])


def test_an_inspection_or_its_report_conducted_in_a_month_is_the_period():
    for sentence in ("The inspection was conducted in October 2024.",
                     "The report, which was conducted in October 2024, graded the force as inadequate in four areas."):
        assert period(sentence + BODY) == (("2024-10", "2024-10"), (None, None))


def test_an_inspection_of_the_force_in_a_month_is_the_period():
    sentence = "The report is based on an inspection of the force in October 2024, when it was judged good."
    assert period(sentence + BODY) == (("2024-10", "2024-10"), (None, None))


def test_an_initial_or_onsite_inspection_in_a_month_is_the_period():
    for sentence in ("The force took part in the first tranche, with an initial onsite inspection in May 2018.",
                     "Its latest unannounced inspection in May 2018 found the force good."):
        assert period(sentence + BODY) == (("2018-05", "2018-05"), (None, None))


def test_the_inspectors_visit_in_a_month_is_the_period():
    for sentence in ("Inspectors visited the force in October 2024.", "The inspection was in October 2024.",
                     "Inspectors spent two weeks with the force in October 2024."):
        assert period(sentence + BODY) == (("2024-10", "2024-10"), (None, None))


def test_what_was_inspected_in_several_words_before_the_month_leaves_the_period():
    """'inspected the force's effectiveness and efficiency in October 2022': a possessive and five words between."""
    for sentence in ("The inspectorate inspected the force's effectiveness and efficiency in October 2022.",
                     "Inspectors visited the constabulary's control room in October 2022."):
        assert period(sentence + BODY) == (("2022-10", "2022-10"), (None, None))


@pytest.mark.parametrize("sentence", [
    "The inspection behind the report took place more than a year ago, in May 2018, and the force has changed since.",
    "The PCC said the findings rest on HMIC visits carried out as far back as May 2018.",
    "The inspection took place over three weeks in May 2018.",
    "The inspection happened in May 2018, when the force had a new chief constable.",
])
def test_words_of_time_between_the_verb_and_the_month_leave_the_period(sentence):
    """'took place almost a year ago, in April 2019', 'carried out as long ago as March 2015': how long ago, then the month."""
    assert period(sentence + BODY) == (("2018-05", "2018-05"), (None, None))


def test_a_further_visit_ends_the_period_later():
    """A second or follow-up visit after the month stated: that month starts the period, its end is not
    stated; a follow-up visit's own month is not the inspection's."""
    assert period("The inspection took place in May 2021, and a second visit followed in July." + BODY) == \
        (("2021-05", None), (None, None))
    assert period("The inspection was in March 2024, and a follow-up visit took place in June 2024." + BODY) == \
        (("2024-03", None), (None, None))
    assert period("After a revisit, which took place in June 2024, the force was found to have improved." + BODY) == \
        ((None, None), (None, None))


def test_the_month_the_inspectorate_went_back_is_the_period_of_the_revisit_a_page_reports():
    """A revisit's page: the earlier inspection's grade, then 'HMIC went back in May 2017 to check …' and
    'The revisit found …': the revisit's month is its period. Without the revisit's findings, or where the
    text states the inspection's own period, that month is a follow-up's, not the period."""
    earlier = "In November 2016 HMIC graded Kent Police as inadequate at protecting vulnerable people.\n\n"
    went_back = "HMIC went back in May 2017 to check whether the force had improved.\n\n"
    assert period(earlier + went_back + "The revisit found that the force had made progress." + BODY) == \
        (("2017-05", "2017-05"), (None, None))
    assert period(earlier + "Inspectors returned to Kent Police in May 2017. Following our revisit, we are "
                  "more confident." + BODY) == (("2017-05", "2017-05"), (None, None))
    assert period(earlier + went_back + "The force had made progress." + BODY) == ((None, None), (None, None))
    assert period("The inspection took place in March 2017.\n\n" + went_back +
                  "The revisit found that the force had made progress." + BODY) == (("2017-03", "2017-03"), (None, None))


def test_two_months_joined_by_and_are_the_period():
    assert period("The inspection was carried out in October and November 2024." + BODY) == \
        (("2024-10", "2024-11"), (None, None))
    assert period("The inspection took place in November and October 2024." + BODY) == ((None, None), (None, None))


def test_a_start_stated_and_an_end_in_this_year():
    """'between November 2024 and January of this year': the start is stated; the end is the article's
    year's January, inferred only when the article's date is known and comes after it."""
    sentence = "The inspection ran between November 2024 and January of this year." + BODY
    assert period(sentence) == (("2024-11", None), (None, None))
    assert period("Published 10 June 2025\n\n" + sentence) == (("2024-11", None), (None, "2025-01"))
    assert period("Published 20 November 2024\n\n" + sentence) == (("2024-11", None), (None, None))


def test_months_of_this_year_are_inferred_from_the_articles_date():
    text = ("Published 25th Nov 2022\n\nThe review ran between January and June this year and looked at nine "
            "areas." + BODY)
    assert period(text) == ((None, None), ("2022-01", "2022-06"))
    facts = convert(text)
    assert facts.inspections[0].period_start_inferred.rule == "relative-date"
    assert facts.inspections[0].period_start_inferred.derived_from.text == "January and June this year"


def test_months_of_this_year_without_the_articles_date_give_nothing():
    text = "The review ran between January and June this year and looked at nine areas." + BODY
    assert period(text) == ((None, None), (None, None))


def test_one_month_of_this_year_is_inferred_too():
    text = "Published 25 June 2024\n\nThe inspection took place in March this year." + BODY
    assert period(text) == ((None, None), ("2024-03", "2024-03"))


def test_this_year_then_its_month_set_off_after_it_is_inferred_too():
    text = "Published 2 November 2024\n\nShe said inspectors had carried out the inspection earlier this year, in May." + BODY
    assert period(text) == ((None, None), ("2024-05", "2024-05"))
    # (a month with its year after it is a stated date, not this year's)
    assert period("Published 2 November 2024\n\nIt took place this year, in May 2023." + BODY)[1] == (None, None)


def test_the_month_an_inspection_ended_is_the_periods_end_alone():
    for sentence in ("The inspection was finished in October 2022.",
                     "Inspectors completed their fieldwork in October 2022 and published the report in March."):
        assert period(sentence + BODY) == ((None, "2022-10"), (None, None))
    assert period("The last inspection was completed in October 2022." + BODY) == ((None, None), (None, None))
    # ... and after a start that is a part of a year, no month: the start's year, as precise as the text is
    for sentence in ("HMICFRS inspected Kent Police from the end of 2023 into January 2024.",
                     "HMICFRS inspected Kent Police between the end of 2023 and January 2024."):
        assert period(sentence + BODY) == (("2023", "2024-01"), (None, None))


@pytest.mark.parametrize("sentence, expected", [
    ("HMICFRS carried out its review across 12 months between 2021 and 2022.", ("2021", "2022")),
    ("The constabulary was assessed across 2024 and was found to have improved.", ("2024", "2024")),
    ("HMICFRS published its report after an inspection of the force that started in 2023.", ("2023", None)),
    # (not the cycle's name, a planned inspection, an earlier one, nor years the inspection did not run in)
    ("The PEEL inspection was carried out from 2023 to 2025 by the inspectorate.", (None, None)),
    ("The force will be inspected again during 2023.", (None, None)),
    ("The force has improved since its last inspection, which was assessed across 2021.", (None, None)),
    ("Inspectors found that crime rose between 2019 and 2020.", (None, None)),
    # (the years first, then the inspectorate and its verb)
    ("In 2021 and 2022 His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) carried out a "
     "PEEL assessment of the force.", ("2021", "2022")),
    ("Between 2023 and 2024, inspectors assessed how well the force investigates crime.", ("2023", "2024")),
    ("In 2019 and 2020 the force recorded more crime, inspectors found.", (None, None)),
    # (months inside a quotation that names no inspection are the quote's data, not the inspection's period)
    ("HMICFRS reviewed the force over 12 months, between 2021 and 2022. \u201cThe constabulary told us that, between "
     "April and June 2022, the number of such crimes varied between 125 and 48,\u201d the inspectors went on.",
     ("2021", "2022")),
])
def test_a_period_stated_in_years_alone(sentence, expected):
    """Years alone, where no sentence gives the months: xsd:gYear in the graph."""
    assert period(sentence + BODY) == (expected, (None, None))


def test_a_period_in_years_is_an_xsd_gyear_and_conforms(tmp_path):
    from peelkg.rdf import article_quads
    from peelkg.validate import validate_triples
    facts = convert("HMICFRS carried out its review across 12 months between 2021 and 2022." + BODY)
    quads = list(article_quads(facts))
    starts = [q.object for q in quads if q.predicate.value.endswith("periodStart")]
    assert [(o.value, o.datatype.value) for o in starts] == [("2021", "http://www.w3.org/2001/XMLSchema#gYear")]
    graphs: dict = {}
    for q in quads:
        graphs.setdefault(q.graph_name.value, []).append(q)
    assert validate_triples(graphs).conforms


def test_the_month_an_inspection_began_is_the_periods_start_alone():
    assert period("The inspection began in May 2024 and ran for several weeks." + BODY)[0] == ("2024-05", None)


@pytest.mark.parametrize("sentence", [
    "In January 2023, we inspected Kent Police as part of our PEEL programme.",
    "In January 2023 HMICFRS carried out its PEEL inspection of the force.",
    "During January 2023, inspectors visited Kent Police.",
    "The inspection, in January 2023, found the force good at preventing crime.",
    "HMICFRS carried out fieldwork at the force in January 2023.",
    "The chief constable said the report came out a long time after the January 2023 inspection and was out of date.",
])
def test_the_month_before_the_inspection_is_the_period(sentence):
    """The month first ('In January 2023, we inspected …'), or naming the inspection ('the January 2023 inspection')."""
    assert period(sentence + BODY) == (("2023-01", "2023-01"), (None, None))


@pytest.mark.parametrize("sentence", [
    "The force has changed since the January 2023 inspection.",
    "Since the inspection, in January 2023, the force has changed.",
    "Since the January 2023 inspection the force has changed.",
    "The chief constable said the January 2023 inspection report was fair.",
    "In a January 2023 inspection the inspectorate found problems with custody.",
    "The January 2023 inspection of the force's custody suites found problems.",
    "In January 2023 inspectors found too few detectives.",
])
def test_a_month_naming_another_inspection_or_a_finding_is_no_period(sentence):
    """An earlier inspection, a report dated by its publication, one inspection of several or of a part of the
    force, and a month of what inspectors found: no period."""
    assert period(sentence + BODY) == ((None, None), (None, None))


def test_a_reports_cover_gives_the_days_of_its_inspection_after_a_dash():
    """'An inspection of Kent Police 7 – 18 November 2016' on a report's cover; the months may differ."""
    assert period("PEEL: Police legitimacy 2016 An inspection of Kent Police 7 – 18 November 2016\n" + BODY) == \
        (("2016-11-07", "2016-11-18"), (None, None))
    assert period("An inspection of Kent Police 28 November - 9 December 2016\n" + BODY) == \
        (("2016-11-28", "2016-12-09"), (None, None))
    assert period("The inspection found 94% of victims satisfied in the 12 months to 31 March 2016.\n" + BODY) == \
        ((None, None), (None, None))


def test_a_clause_between_the_inspection_and_when_it_ended():
    assert period("The inspection it describes ended in March 2023, a year before the report." + BODY) == \
        ((None, "2023-03"), (None, None))


def test_a_revisits_findings_with_their_subject_after_it():
    """'On its revisit, HMIC found …': the page reports the revisit, the month HMIC went back is its period."""
    text = ("In November 2016 HMIC graded Kent Police as inadequate at protecting vulnerable people.\n\n"
            "HMIC went back to the force in May 2017 to check on its progress.\n\nOn its revisit, HMIC found that "
            "the force had made progress." + BODY)
    assert period(text) == (("2017-05", "2017-05"), (None, None))


@pytest.mark.parametrize("text", [
    "Inspection fieldwork: 7 to 18 November 2022\n",
    "Inspection dates: 7 November - 18 November 2022\n",
])
def test_a_report_fields_range_of_inspection_days(text):
    assert period(text + BODY) == (("2022-11-07", "2022-11-18"), (None, None))


def test_the_force_visited_by_inspectors_in_a_month():
    assert period("The force was visited by inspectors in November 2022." + BODY) == (("2022-11", "2022-11"), (None, None))


def test_an_article_in_welsh_on_an_inspection_dates_the_forces_inspection():
    """'arolygiad' (the inspection) in a Welsh article: the force it names has an inspection the page's date dates,
    as 'inspection' does in English."""
    facts = convert("Newyddion\n\n10/11/2023\n\nYn ôl yr arolygiad, mae Heddlu Gogledd Cymru yn gwella ei waith.\n")
    assert facts.published.value == "2023-11-10"
    assert [i.force.name for i in facts.inspections] == ["North Wales Police"]


def test_a_period_is_a_peel_inspections_only_where_the_text_can_say_so():
    """Graded nowhere and never called PEEL, an inspection's period is no PEEL inspection's (a thematic one's), unless
    its report is on how the force is performing, as the inspectorate describes a PEEL report."""
    performing = ("His Majesty's Inspectorate of Constabulary today published its report into how Kent Police is "
                  "performing. The inspection it covers finished in January 2024.\n")
    assert period(performing) == ((None, "2024-01"), (None, None))
    thematic = ("His Majesty's Inspectorate of Constabulary today published its report into how Kent Police handles "
                "stalking cases. The inspection it covers finished in January 2024.\n")
    assert period(thematic) == ((None, None), (None, None))
    # ... nor is a regional organised crime inspection's, though it grades the force in PEEL's words (the unit by its
    # name, capitalised, and its initials).
    regional = ("Kent Police statement\n\nHMICFRS has today published its assessment of how well we deal with serious "
                "and organised crime. It is based on an inspection carried out in July 2024 and comes out with the "
                "findings from the inspection of the South East Regional Organised Crime Unit (SEROCU).\n\nThe "
                "inspectorate graded Kent Police as 'inadequate' at tackling serious and organised crime.\n")
    assert period(regional) == ((None, None), (None, None))
