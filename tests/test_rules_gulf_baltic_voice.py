"""Classes from the blind batch s90 (Indian and Gulf boards, the Baltics and Åland, a voice assistant's read-out and a
text-reader app's scan), opened in the eighth session of 2026-12-06, each in phrasings of our own: an event or joining
tag before or after a heading, a district written before its town and named again in the body, a candidate's residence
row, allowances added to the base pay before the period that covers them, results listed in rows over the opened job,
a lower-case note in brackets inside a heading, a firm's jobs page as the first line, Baltic "from" and "up to" words, a
season beside full time in a "Type of work" field, a reference code opening with a Nordic capital, a bilingual heading
whose English half asks for its items, a byline's "by" that belongs to the next sentence, a bulleted "Full/Part Time"
field, an acronym's product name the posting writes twice, a board's profile of the wanted candidate, a voice
assistant's quoted read-out, and a scan's page markers after the app's export header."""

from __future__ import annotations

import pytest

from extractor.rules.title import looks_like_title
from extractor.sections import kind_of_heading
from tests.rule_helpers import extracted_record as _record, places, rule_value

_BODY = "\n\nJob description\nWe are hiring for our plant.\n\nResponsibilities\n- Test samples\n- Keep records\n"


@pytest.mark.parametrize(
    "heading, title",
    [
        ("WALK-IN | Production Chemist - Tablets", "Production Chemist - Tablets"),
        ("Walk-in Drive: Microbiologist (Sterile Area)", "Microbiologist (Sterile Area)"),
        ("Maintenance Fitter - Immediate Joiners", "Maintenance Fitter"),
        ("URGENT: Boiler Operator", "Boiler Operator"),
    ],
)
def test_event_and_joining_tags_around_a_heading_are_cut(heading, title):
    text = f"jobsportal.example\nHome > Jobs > Chemist Jobs in Pune\n\n{heading}\nKaveri Pharma Ltd\n\n3 - 6 years{_BODY}"
    assert rule_value("title", text) == title


def test_a_district_before_its_town_named_again_in_the_body_is_the_city():
    text = ("Staff Pharmacist\nLotus Hospital\n2 to 5 Yrs | Indiranagar, Bengaluru, Karnataka | Not Disclosed\n\n"
            "Job description\nLotus Hospital, a 150-bed hospital in Indiranagar, Bengaluru, needs a pharmacist.\n")
    assert places(text) == [("Indiranagar", "Karnataka", "India")]


@pytest.mark.parametrize("label", ["Residence Location", "Country of residence", "Nationality"])
def test_a_candidates_residence_row_is_no_place_of_work(label):
    text = (f"Payroll Officer\nDesert Rose Hotels\nJob Location: Doha, Qatar\n\nJob description\nWe run hotels.\n\n"
            f"Preferred Candidate\n{label}: Qatar; Bahrain; Philippines\n")
    assert places(text) == [("Doha", None, "Qatar")]


@pytest.mark.parametrize(
    "line, period",
    [
        ("Salary: BHD 700 basic + BHD 120 housing + BHD 40 transport (monthly)", "month"),
        ("Pay: QAR 8,500 + 1,500 accommodation per month", "month"),
    ],
)
def test_allowances_before_the_period_do_not_hide_it(line, period):
    text = f"Site Engineer\nGulf Build WLL\n\n{line}\n\nDuties\n- Supervise works\n"
    salary = _record(text)["salary"]
    assert salary["period"] == period and salary["min"] == salary["max"]


def test_result_rows_over_the_opened_job_are_other_jobs():
    text = ("jobs.example  Find jobs  Sign in\nWhat: storekeeper   Where: Jeddah\n\n"
            "Storekeeper                | Red Sea Supplies | Jeddah | SAR 4,000 a month\n"
            "Stock Controller           | Hejaz Foods | Riyadh | SAR 4,500 a month\n"
            "Inventory Clerk            | Coastline Trading | Dammam | Urgently hiring\n\n"
            "Storekeeper\nRed Sea Supplies\nJeddah, Saudi Arabia\nSAR 4,000 a month\n\n"
            "Job description\nWe distribute building materials.\n")
    assert places(text) == [("Jeddah", None, "Saudi Arabia")]


def test_a_lower_case_note_in_brackets_inside_a_heading_keeps_it_a_title():
    text = ("PORTAL.LV   Sludinājumi   |   LV  RU  EN\nMeklēt   Ienākt\n\nPORTAL.LV > Darbs > Vakances > Noliktavas strādnieks\n\n"
            "Krāvēja palīgs / Loader assistant (nakts maiņas) - Rēzekne\n\n"
            "SIA Latgales Grauds aicina darbā. / Latgales Grauds is hiring a loader assistant for its terminal.\n")
    title = rule_value("title", text)
    assert title.startswith("Krāvēja palīgs / Loader assistant") and "Rēzekne" not in title


@pytest.mark.parametrize("heading", ["Krāvēja palīgs / Loader assistant (nakts maiņas) - Rēzekne", "Stock picker (nocne zmiany) - Łódź"])
def test_a_lower_case_note_in_brackets_does_not_make_a_heading_a_sentence(heading):
    assert looks_like_title(heading)


def test_a_firms_jobs_page_as_the_first_line_names_no_job():
    text = ("Northlight Staffing Partners | Darba piedāvājumi / Job offers\nSākums   Kandidātiem   Darba devējiem\n\n"
            "Metinātājs / Welder (3 vietas / 3 positions)\n\nAlga / Salary: from 1,600 EUR per month gross\n\n"
            "Pienākumi / Duties\n1) Weld steel structures.\n2) Read drawings.\n")
    assert rule_value("title", text) == "Metinātājs / Welder"


@pytest.mark.parametrize(
    "line, low, high",
    [
        ("Atlyginimas / Salary: nuo 2 100 EUR/mėn. bruto", 2100.0, None),
        ("Palk: alates 1400 EUR kuus bruto", 1400.0, None),
        ("Alga: līdz 1900 EUR mēnesī", None, 1900.0),
    ],
)
def test_baltic_from_and_up_to_words_bound_the_pay(line, low, high):
    text = f"Welder\nBaltic Metal UAB\n\n{line}\n\nDuties\n- Weld frames\n"
    salary = _record(text)["salary"]
    assert (salary["min"], salary["max"]) == (low, high)


@pytest.mark.parametrize(
    "line",
    [
        "Type of work: seasonal work, full-time",
        "Darba veids / Type of work: sezonas darbs, pilna slodze / seasonal, full-time",
        "Seasonal work, full-time",
    ],
)
def test_a_season_beside_full_time_is_temporary(line):
    text = f"Line Cook\nSeaside Hotel\n\n{line}\n\nDuties\n- Prepare dishes\n"
    assert rule_value("employment_type", text) == "temporary"


@pytest.mark.parametrize("line, job_id", [("Dnr / Ref.: ÅMR 2027/112", "ÅMR 2027/112"), ("Ref.: ØKO 2026/45", "ØKO 2026/45")])
def test_a_reference_code_opening_with_a_nordic_capital_is_read_whole(line, job_id):
    text = f"Miljöhandläggare\nKommunen\n\n{line}\n\nArbetsuppgifter\n- Inspect sites\n"
    assert rule_value("job_id", text) == job_id


@pytest.mark.parametrize("heading", ["Behörighetskrav / Qualifications required", "Kelpoisuusvaatimukset / Skills needed"])
def test_a_bilingual_heading_whose_english_half_asks_for_its_items_heads_the_requirements(heading):
    assert kind_of_heading(heading) == "minimum_qualifications"


def test_a_by_in_the_next_sentence_is_no_byline():
    text = ("Pharmacy Assistant\nRiverside Pharmacy\nPosted December 2, 2026. Apply by January 9, 2027.\n\n"
            "Duties\n- Serve customers\n")
    assert rule_value("company", text) != "January 9, 2027."


def test_a_bulleted_full_part_time_field_gives_its_value():
    text = "Case Manager\nCounty Services\n\n- Full/Part Time: Full-time\n- Location: Duluth, MN\n\nDuties\n- Manage cases\n"
    assert rule_value("employment_type", text) == "full_time"


def test_an_acronyms_product_name_written_twice_is_not_split():
    text = ("Billing Clerk\nNorthshore Dental\n\nWhat you will do.\nSend claims through EDXPort and follow up on denials.\n"
            "Keep the schedule full and the front desk tidy.\n\nWhat we are looking for.\nKnowledge of EDXPort claim forms is an asset.\n"
            "One year in a dental office.\n")
    record = _record(text)
    assert record["responsibilities"][0] == "Send claims through EDXPort and follow up on denials."
    assert record["preferred_qualifications"] == ["Knowledge of EDXPort claim forms is an asset."]


def test_a_boards_profile_of_the_wanted_candidate_gives_no_items():
    text = ("Senior Auditor\nGulf Audit Co\n\nSkills\n• Bachelor's degree in Accounting.\n• CPA or ACCA.\n\n"
            "Preferred Candidate\nCareer Level: Senior\nYears of Experience: Min: 5 Max: 8\nDegree: Bachelor's degree\nNationality: Any\n")
    record = _record(text)
    assert record["minimum_qualifications"] == ["Bachelor's degree in Accounting.", "CPA or ACCA."]
    assert record["preferred_qualifications"] == []


def test_a_voice_assistants_quoted_read_out_reads_as_the_posting():
    turns = [("You said", "Hey Google, read my email."), ("Google Assistant", "Okay. Here's the email."),
             ("Google Assistant", "Pharmacy Technician."), ("Google Assistant", "Lakeside Pharmacy."),
             ("Google Assistant", "Sudbury, Ontario."), ("Google Assistant", "What you'll do. Item 1 of 3."),
             ("Google Assistant", "Fill prescriptions under the pharmacist's supervision."),
             ("You said", "Hey Google, stop."), ("Google Assistant", "Stopped."), ("You said", "Hey Google, go on."),
             ("Google Assistant", "Count and label medication."), ("Google Assistant", "Manage the stock of the dispensary.")]
    text = "Assistant activity\n\n" + "\n".join(f'9:{10 + i:02d} PM  {who}: "{said}"' for i, (who, said) in enumerate(turns)) + "\n"
    record = _record(text)
    assert record["responsibilities"] == ["Fill prescriptions under the pharmacist's supervision.", "Count and label medication.",
                                          "Manage the stock of the dispensary."]


def test_a_scans_page_markers_and_export_header_go():
    text = ("ScanApp - Shared text\nExported: 1 December 2026\nSession log:\n  10:01:02  Hold steady.\n\n"
            "--- Page 1 of 2 ---\nHARBOUR TRUST FOR THE DEAF\nStaff Vacancy\n\nVACANCY: SIGN LANGUAGE TUTOR\n\n"
            "The Harbour Trust for the Deaf is looking for a tutor.\n\nDuties:\n- Teach classes\n"
            "--- Page 2 of 2 ---\n- Keep registers\n")
    record = _record(text)
    assert record["company"] == "Harbour Trust for the Deaf"
    assert record["responsibilities"] == ["Teach classes", "Keep registers"]
