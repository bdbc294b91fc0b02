"""Structured fields on page forms first seen in s20 and the remaining s16–s19 misses (issue 11, round 24): the
contract's nature against its schedule (a fixed term, a season, a duration), a details table flattened without colons,
a sentence ending in a label word before the real id label, the reference an applicant is told to quote, a town
with its region named like the region's capital, a list of city-states, an employer tail after a dash that names
a place, pay in millions of yen and a recruiter's own label over a hidden client. Every case uses boards, names,
trades and countries of its own, not a golden posting's strings; near-misses that must not fire stand beside them."""

from __future__ import annotations

import pytest

from extractor.normalize import normalize
from tests.rule_helpers import places, rule_value

EMPLOYMENT_CASES = [
    # a flattened ATS table: "Position Type Staff - Fixed Term" and a later "Full Time / Part Time" field
    ("table_row_fixed_term_over_full_time",
     "Careers\nPosting Number P0442\nPosition Type Staff - Fixed Term\nFull Time / Part Time Full Time\nSalary $51,000 annually\n\nSummary\nRun the lab.",
     "temporary"),
    # the schedule labelled first, the contract's nature labelled later: the nature wins
    ("hours_label_then_contract_label",
     "Library Attendant\nHours: Part-time (20 hours per week)\nContract: Specified purpose, 9 months\n\nDuties\nShelve books.",
     "temporary"),
    ("employment_type_then_duration_label",
     "Field Enumerator\nEmployment type: Full-time\nDuration: 10 months fixed-term, renewable\n\nDuties\nCollect survey data.",
     "temporary"),
    # a board's "Contract/Temp" category with a fixed term in its own field: the more specific nature
    ("contract_temp_category_and_fixed_term",
     "Accounts Clerk – fixed term\nJob type\nContract/Temp\nDuration\n6 month fixed term\n\nAbout the role\nProcess invoices.",
     "temporary"),
    # a duration in months is a temporary post; a labelled assignment likewise
    ("duration_months_only",
     "Data Officer\nDuty station: Kisumu\nDuration: 8 months, renewable\n\nBackground\nThe project tracks harvests.",
     "temporary"),
    ("assignment_label",
     "Maths Teacher - Long-Term Cover\nAssignment: Temporary, March 2 through June 19, covering a leave.\n\nDuties\nTeach algebra.",
     "temporary"),
    # a header line that is the type, then the pay
    ("season_then_pay_in_header",
     "Holiday Gift Wrapper\nCedar Mall Stores\nBoise, ID\nSeasonal from $15/hr\nApply Save\n\nAbout this job\nWrap gifts for shoppers.",
     "temporary"),
    ("part_time_then_pay_in_header",
     "Dishwasher\nHarbor Grill\nPart-time $17 an hour\n\nAbout this job\nKeep the kitchen clean.",
     "part_time"),
    # near-misses: one schedule alone stays that schedule; a permanent contract is no nature
    ("full_time_with_permanent_contract",
     "Payroll Clerk\nEmployment type: Full-time\nContract: Permanent\n\nDuties\nRun payroll.",
     "full_time"),
    ("schedule_label_alone",
     "Barista\nHours: Part-time\n\nAbout the role\nMake coffee.",
     "part_time"),
    ("duration_in_days_is_no_type",
     "Survey Consultant\nDuration: 30 working days\n\nScope\nDesign a survey.",
     None),
]


@pytest.mark.parametrize("name, text, value", EMPLOYMENT_CASES, ids=[c[0] for c in EMPLOYMENT_CASES])
def test_employment_type_nature_and_tables(name, text, value):
    assert rule_value("employment_type", text) == value


JOB_ID_CASES = [
    # a sentence ending in a label word ("vacancy") right before the real label
    ("agency_sentence_then_ref",
     "Credit Controller\n\nHolloway Staffing is acting as an employment agency in relation to this vacancy. Ref: HS-CC-5521",
     "HS-CC-5521"),
    ("agency_sentence_then_reference_next_line",
     "Payroll Assistant\n\nNorthgate Talent is acting as an Employment Business for this vacancy.\nReference: NT/PA/7713",
     "NT/PA/7713"),
    # the reference the applicant must quote beats a board's listing number
    ("quoted_reference_over_board_id",
     "Kitchen Porter\n\nSend your CV quoting reference KP-MAL-0912 by e-mail.\n\nPortal Job ID: 7788123400001234",
     "KP-MAL-0912"),
    ("quote_ref_colon",
     "Apply by letter; please quote ref: ADM/2025/14 on the envelope.",
     "ADM/2025/14"),
    ("german_quote_reference_number",
     "Wir freuen uns auf Ihre Bewerbung unter Angabe der Referenz-Nr. KLM-44-B!",
     "KLM-44-B"),
    # a vacancy notice numbered with "N°", and a Czech board's offer number
    ("vacancy_announcement_n_degree",
     "GREEN HILLS TRUST\nVACANCY ANNOUNCEMENT N° 044/2026\nPosition: Driver\n\nDuties\nDrive the team.",
     "044/2026"),
    ("czech_offer_number",
     "Skladník\n\nNabídka práce č. PR-2026-1177",
     "PR-2026-1177"),
    # near-misses: a quote instruction without an id, a label word in prose with no id after it
    ("quote_without_id", "Apply by e-mail quoting the job title in the subject line.", None),
    ("label_word_in_prose", "This vacancy is open to all. Apply now.", None),
]


@pytest.mark.parametrize("name, text, value", JOB_ID_CASES, ids=[c[0] for c in JOB_ID_CASES])
def test_job_id_labels_and_quoted_references(name, text, value):
    assert rule_value("job_id", text) == value


def test_id_line_before_a_footer_is_kept():
    """A short line ending in a reference code right above the board's footer is the posting's, not the footer's."""
    raw = ("Skladník\n\nCo nabízíme?\nStravenky.\n5 týdnů dovolené.\n\nNabídka práce č. PR-2026-1177\nPodobné nabídky   Sdílet\n")
    text = normalize(raw).text
    assert "PR-2026-1177" in text and "5 týdnů dovolené." in text


ALERT_FOOTER_CASES = [
    ("receiving_this_email", "You are receiving this email because you saved a search. Unsubscribe"),
    ("youre_receiving_because", "You're receiving this because you follow Harbor Grill."),
    ("unsubscribe_line", "Unsubscribe | Privacy"),
    ("manage_alerts", "Manage your job alerts"),
]


@pytest.mark.parametrize("name, footer", ALERT_FOOTER_CASES, ids=[c[0] for c in ALERT_FOOTER_CASES])
def test_job_alert_email_footer_is_cut(name, footer):
    """A job alert e-mail's footer (why it was sent, how to stop it, the sender's postal address) is no part of the
    posting: its address must not become a place of work."""
    raw = ("Subject: 2 new jobs for cook\n\nLine Cook\nHarbor Grill - Tacoma, WA\n$19 an hour\nFull-time\n"
           "Harbor Grill is hiring a line cook for its waterfront kitchen. You will prep and cook.\n\n"
           f"{footer}\nJobAlerts Inc., 500 Main Street, Boise, ID 83702\n")
    assert "Boise" not in normalize(raw).text
    assert places(raw) == [("Tacoma", "Washington", "United States")]


def test_unsubscribe_in_prose_is_kept():
    raw = "Line Cook\n\nAbout the role\nYou will cook.\nYou can unsubscribe from our newsletter at any time, says the chef, who lives in Boise."
    assert "Boise" in normalize(raw).text


LOCATION_CASES = [
    # a town, then its prefecture or state named like the region's capital
    ("town_then_prefecture_named_like_capital", "Location: Sakai, Osaka\nSalary: ¥260,000 / month", [("Sakai", "Osaka", "Japan")]),
    # a list of city-states: one is no region of the other
    ("city_states_listed",
     "Delivery Rider\n10178 Berlin\n\nWe deliver to homes in Berlin, Hamburg and Bremen every day.",
     [("Berlin", None, None)]),
    # the board's area on the header line over the posting's own town in that area
    ("area_over_labelled_town",
     "Field Sales Agent\nOkafor Drinks\nLagos\nFull-time\n\nAbout\nSell juice to shops.\nLocation: Surulere, Lagos State",
     [("Surulere", "Lagos", "Nigeria")]),
    ("county_area_over_town_in_prose",
     "Quality Technician\nShannon Valves\nCork\n\nAbout\nShannon Valves makes valves at its plant in Midleton, Co. Cork.",
     [("Midleton", "Cork", "Ireland")]),
    # a bracketed list of towns closing a classified's heading names every town, as its last one does
    ("bracketed_towns_closing_heading",
     "CL > seattle > jobs\nPosted 2025-10-01\nLine Cook - Breakfast Shift (Tacoma / Spokane)\n\ncompensation: $21/hr\n\nWe cook.",
     [("Tacoma", None, None), ("Spokane", None, None)]),
    ("towns_listed_in_prose_no_place", "Posted today\nWarehouse Loader\n\nWe ship to Sacramento / Fresno daily.", []),
    # a remote job "open to applicants anywhere in <country>": the country of the remote job
    ("remote_anywhere_in_country",
     "Support Agent\nRemote\n\nAbout the role\nThis is a remote position open to applicants anywhere in Canada.\n",
     [(None, None, "Canada")]),
    ("anywhere_without_remote", "Support Agent\n\nAbout the role\nWe sell to customers anywhere in Canada.\n", []),
    # a road or street named after a town ("Carretera a León", "Avenida Bogotá") is an address, not a place of work
    ("road_named_after_town", "Cashier\nTienda Luna\n📍 Km 7 Carretera a León, Managua\n\nAbout\nSell.", [("Managua", None, None)]),
    ("avenue_named_after_city", "Driver\nOffice: Avenida Bogotá 12, Quito, Ecuador\n", [("Quito", None, "Ecuador")]),
    ("town_itself_kept", "Driver\nLocation: León, Nicaragua\n", [("León", None, "Nicaragua")]),
    # near-miss: a header town that is not the labelled town's region stays
    ("other_town_over_labelled_town",
     "Sales Rep\nAcme Foods\nNairobi\nFull-time\n\nAbout\nSell snacks.\nLocation: Thika, Kiambu",
     [("Nairobi", None, None), ("Thika", "Kiambu", "Kenya")]),
    # a header line's list of towns closed by the remote option names every town, "Remote" is no region
    ("towns_then_remote",
     "Data Engineer\nVistra Labs\nGdańsk, Wrocław, Remote\nSalary: 20 000 PLN\n\nAbout\nBuild pipelines.",
     [("Gdańsk", None, None), ("Wrocław", None, None)]),
    # near-misses: two towns of two regions stay two towns; a town and its real state stay as they were
    ("two_towns_two_regions", "Location: Kyoto, Osaka", [("Kyoto", None, None), ("Osaka", None, None)]),
    ("town_and_state", "Location: Tacoma, Washington", [("Tacoma", "Washington", "United States")]),
]


@pytest.mark.parametrize("name, text, expected", LOCATION_CASES, ids=[c[0] for c in LOCATION_CASES])
def test_town_region_and_city_state_chains(name, text, expected):
    assert places(text) == expected


TITLE_CASES = [
    # an ATS table row "Working Title <title>" without a colon
    ("working_title_row",
     "Search Postings\nPosting Details\nPosting Number S0442\nWorking Title Lab Manager III\nDepartment Chemistry\n\nSummary\nRun the lab.",
     "Lab Manager III"),
    # a Dutch "Vacature:" label (Suriname, Netherlands, Flanders), its value naming a job
    ("dutch_vacature_label", "Krant Vacatures\nVACATURE: HEAD CHEF\nHotel Torarica zoekt een chef.\n\nTaken\nKoken.", "HEAD CHEF"),
    ("dutch_vacature_label_mixed_case", "Werkenbij\nVacature: Logistiek Medewerker\nLocatie: Utrecht\n\nWat ga je doen\nOrders picken.", "Logistiek Medewerker"),
    # near-miss: a "Vacature:" lead that is a sentence names no job
    ("vacature_sentence", "Nieuws\nVacature: Wij zoeken iemand die graag werkt.\n\nOver ons\nWe bakken brood.", None),
    # a dash tail that names the employer by its place: cut
    ("place_employer_tail",
     "TeachJobs Board\nSign in\nEnglish Teacher (JET) - Kobe City Schools\nNishiyama Education\nLocation: Kobe, Hyogo\n\nAbout the role\nTeach English.",
     "English Teacher (JET)"),
    # near-miss: a specialty tail with no place stays
    ("specialty_tail_kept",
     "Mercy Health Careers\nSearch Jobs\nStaff Nurse - Critical Care Services\nLocation: Cork\n\nAbout the role\nCare for patients.",
     "Staff Nurse - Critical Care Services"),
]


@pytest.mark.parametrize("name, text, title", TITLE_CASES, ids=[c[0] for c in TITLE_CASES])
def test_title_table_row_and_place_tail(name, text, title):
    assert rule_value("title", text) == title


PAY_CASES = [
    ("yen_millions_per_year", "Salary: ¥7M - ¥10M / year", {"min": 7000000.0, "max": 10000000.0, "currency": "JPY", "period": "year"}),
    ("yen_monthly_unchanged", "Salary: ¥280,000 per month", {"min": 280000.0, "max": 280000.0, "currency": "JPY", "period": "month"}),
]


@pytest.mark.parametrize("name, text, value", PAY_CASES, ids=[c[0] for c in PAY_CASES])
def test_yen_pay_in_millions(name, text, value):
    assert rule_value("salary", text) == value


DALASI_CASES = [
    ("dalasi_in_gambia", "Cashier\nLocation: Serekunda, The Gambia\nSalary: D 7,000 - D 9,000 per month\n",
     {"min": 7000.0, "max": 9000.0, "currency": "GMD", "period": "month"}),
    # near-miss: the letter is no currency where the places of work lie elsewhere
    ("d_outside_gambia", "Cashier\nLocation: Leeds, UK\nSalary: D 7,000 per month\n",
     {"min": 7000.0, "max": 7000.0, "currency": None, "period": "month"}),
]


@pytest.mark.parametrize("name, text, value", DALASI_CASES, ids=[c[0] for c in DALASI_CASES])
def test_dalasi_local_mark(name, text, value):
    assert rule_value("salary", text) == value


def test_recruiter_agent_label_over_hidden_client_is_no_employer():
    text = ("Bilingual Jobs\nSenior Buyer - Bilingual\nCompany: Recruiter (Agent) - Sakura Search K.K.\n"
            "Client: Leading auto parts maker (name given at interview)\nLocation: Nagoya\n\n"
            "Job Description\nOur client, a leading auto parts maker, is hiring a buyer.")
    assert rule_value("company", text) is None


def test_named_employer_label_still_read():
    text = "Jobs\nSenior Buyer\nCompany: Sakura Motors K.K.\nLocation: Nagoya\n\nJob Description\nBuy parts."
    assert rule_value("company", text) == "Sakura Motors K.K."


WORKPLACE_CASES = [
    ("remote_days_adjective", "Analyst\n\nPerks\n- 2 remote days per week\n- Meal vouchers", "hybrid"),
    ("home_office_days", "Designer\n\nWhat we offer: three home office days a week and a train pass.", "hybrid"),
    ("days_remote_unchanged", "Engineer\n\nYou work two days remote per week.", "hybrid"),
    # "in-office N days a week" (hyphenated) as "in the office N days a week"; a role "fully site-based"
    ("in_office_days_hyphen", "Analyst\n\nAbout us\nWe work in-office three days a week (Mon/Tue/Thu).", "hybrid"),
    ("in_office_five_days", "Analyst\n\nAbout us\nWe work in-office five days a week.", "onsite"),
    ("fully_site_based", "HSE Officer\n\nAbout the role\nThe role is fully site-based.", "onsite"),
    ("team_site_based_no_cue", "Engineer\n\nAbout us\nOur site-based team supports remote staff.", None),
    # near-misses: a fully remote job stays remote; days off are no workplace
    ("fully_remote_with_days", "Writer\n\nThis is a fully remote role; 2 remote days a week are meeting-free.", "remote"),
    ("days_off_no_workplace", "Cashier\n\nYou get 2 days off per week.", None),
]


@pytest.mark.parametrize("name, text, value", WORKPLACE_CASES, ids=[c[0] for c in WORKPLACE_CASES])
def test_remote_days_are_hybrid(name, text, value):
    assert rule_value("workplace", text) == value


TEAM_CASES = [
    # a bilingual details table (every label in two languages): the team value's first half
    ("bilingual_table_team",
     "Park Attendant / Préposé(e) aux parcs\nPosting No. / No d'affichage : 2026-011\nDepartment / Service : Parks and Recreation / Parcs et loisirs\n"
     "Status / Statut : Seasonal / Saisonnier\nHours / Heures : 35 hours per week / 35 heures par semaine\n\nDuties\nMow the lawns.",
     "Parks and Recreation"),
    # near-miss: a one-language label with a slash keeps its whole value
    ("slash_label_one_language",
     "Payroll Clerk\nDivision/Work Unit: Finance / Payroll\nLocation: Austin, TX\n\nAbout\nPay people.",
     "Finance / Payroll"),
]


@pytest.mark.parametrize("name, text, value", TEAM_CASES, ids=[c[0] for c in TEAM_CASES])
def test_team_in_bilingual_tables(name, text, value):
    assert rule_value("team", text) == value


EDUCATION_CASES = [
    # "Degree holder in …" (Hong Kong, Singapore, Malaysia boards): a bachelor's, as "a degree in …"
    ("degree_holder_in", "Requirements\n- Degree holder in Finance or related discipline\n- 3 years of audit experience", "bachelor"),
    ("holder_of_a_degree", "Requirements\n- Holder of a degree in Civil Engineering", "bachelor"),
    # near-misses: a named level stays that level
    ("master_degree_holder", "Requirements\n- Master degree holder in Statistics", "master"),
    ("diploma_holder", "Requirements\n- Diploma holder in Hospitality Management", "associate"),
]


@pytest.mark.parametrize("name, text, value", EDUCATION_CASES, ids=[c[0] for c in EDUCATION_CASES])
def test_degree_holder_phrasing(name, text, value):
    assert rule_value("education_level", text) == value
