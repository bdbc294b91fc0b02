"""Grounding checks the field, not just the characters.

Each typed LLM value counts only where the rule parser for its field reads that value
(pay, dates, hours, years, ids, places, enum cues); strings count only where that field
may stand.  Table-driven: for each grounder, texts that state the value as that field
(varied phrasings, currencies, periods, date formats) and texts holding the same
characters in another sense.  The last test runs the whole pipeline over real HTTP
against the fake OpenAI-compatible server.
"""

from __future__ import annotations

import pytest

from extractor import Extractor, load_settings
from extractor.llm.grounding import Grounder
from extractor.llm.stage import ground_answer
from extractor.provenance import AlignmentStatus
from extractor.context import context_for
from extractor.rules.base import run_rules

from fake_openai import FakeOpenAI

EXACT, FUZZY, UNGROUNDED = AlignmentStatus.EXACT, AlignmentStatus.FUZZY, AlignmentStatus.UNGROUNDED

# Neutral body lines: they push a test sentence out of the header, where titles and companies stand.
FILLER = "\n".join(
    f"- {line}"
    for line in (
        "Work closely with colleagues across the business",
        "Write clear documentation for the tools you build",
        "Review pull requests and mentor new joiners",
        "Take part in the on-call rota once a quarter",
        "Improve monitoring and alerting for core services",
        "Keep dependencies and build tooling up to date",
        "Share what you learn in fortnightly demos",
        "Help plan the roadmap with product managers",
        "Run experiments and report the results",
        "Tidy up technical debt where it slows us down",
        "Join design reviews for new features",
        "Support customers when escalations reach engineering",
        "Automate the release process end to end",
        "Keep an eye on costs of cloud resources",
        "Write tests that describe behaviour",
        "Profile hot paths and make them faster",
        "Contribute to internal libraries",
        "Document decisions in short design notes",
    )
)


def posting(body: str) -> str:
    """A short posting whose header names a title and a company, with ``body`` well below the header."""
    return f"Senior Data Engineer\nAcme Robotics\n\nWhat you will do\n{FILLER}\n\nThe details\n{body}\n"


def ground(text: str, field: str, value):
    return Grounder(context_for(text)).ground(field, value)


def evidence(text: str, found) -> str:
    ctx = context_for(text)
    return " ".join(ctx.text[s:e] for s, e in found.spans)


def usd(low, high, period="year", currency="USD"):
    return {"min": low, "max": high, "currency": currency, "period": period}


# ---------------------------------------------------------------------------- salary


@pytest.mark.parametrize(
    "text, value, evidence_part",
    [
        ("Salary: $120,000 - $150,000 per year", usd(120000, 150000), "$120,000"),
        ("Pay: £32,000 - £38,000 per annum, plus pension.", usd(32000, 38000, currency="GBP"), "£38,000"),
        ("Hourly rate: €25 per hour", usd(25, 25, period="hour", currency="EUR"), "€25"),
        ("CTC: ₹18,00,000 per annum", usd(1800000, 1800000, currency="INR"), "18,00,000"),
        ("Compensation: 12-18 LPA", usd(1200000, 1800000, currency="INR"), "LPA"),
        ("The base pay for this role is between $95k and $110k.", usd(95000, 110000), "$110k"),
        ("Monthly salary of 45.000 EUR gross per month.", usd(45000, 45000, period="month", currency="EUR"), "45.000"),
    ],
)
def test_salary_stated_as_pay_is_exact(text, value, evidence_part):
    found = ground(posting(text), "salary", value)
    assert found.status == EXACT, found.reason
    assert evidence_part in evidence(posting(text), found)
    assert "pay phrase" in found.reason


@pytest.mark.parametrize(
    "text, value, reason_part",
    [
        ("Founded in 2024, we have 1 office and 12 engineers.", usd(1, 12, currency=None), "no pay phrase"),
        ("Our team of 120 people serves 150 customers.", usd(120, 150, currency=None), "no pay phrase"),
        ("The company raised $5,000,000 in seed funding last year.", usd(5000000, 5000000), "no pay phrase"),
        ("A sign-on bonus of $10,000 is available.", usd(10000, 10000), "no pay phrase"),
        ("Our product costs $99 per month.", usd(99, 99, period="month"), "no pay phrase"),
        ("Salary: $120,000 - $150,000 per year", usd(120000, 150000, currency="EUR"), "currency EUR"),
        ("Salary: $120,000 - $150,000 per year", usd(120000, 160000), "no pay phrase"),
    ],
)
def test_salary_numbers_not_stated_as_that_pay_are_ungrounded(text, value, reason_part):
    found = ground(posting(text), "salary", value)
    assert found.status == UNGROUNDED
    assert reason_part in found.reason
    assert found.spans == ()


def test_salary_with_a_period_the_text_does_not_state_is_fuzzy():
    found = ground(posting("Salary: $120,000 - $150,000"), "salary", usd(120000, 150000, period="month"))
    assert found.status == UNGROUNDED  # the size of the figures says a year: a month clashes
    found = ground(posting("Salary: €3,000 - €3,500"), "salary", usd(3000, 3500, period="month", currency="EUR"))
    assert found.status == FUZZY and "period" in found.reason


# ---------------------------------------------------------------------------- date posted


@pytest.mark.parametrize(
    "text, value",
    [
        ("Posted: May 9, 2024", "2024-05-09"),
        ("Date posted 21/10/2024", "2024-10-21"),
        ("Published on Thursday, 9 May 2024", "2024-05-09"),
        ("Posted on 2024-03-01", "2024-03-01"),
        ("Posted: 9th of March 2024", "2024-03-09"),
    ],
)
def test_posting_date_read_as_posted_is_exact(text, value):
    found = ground(posting(text), "date_posted", value)
    assert found.status == EXACT, found.reason
    assert "posting date" in found.reason


@pytest.mark.parametrize(
    "text, value, reason_part",
    [
        ("Acme Robotics was founded in 2024 and has 1 office.", "2024-03-01", "year alone"),
        ("Closing date: 1 March 2024", "2024-03-01", "not as the posting date"),
        ("Apply by 2024-03-01 at the latest.", "2024-03-01", "not as the posting date"),
        ("Start date: March 1, 2024", "2024-03-01", "not as the posting date"),
        ("Posted: May 9, 2024", "2024-05-10", "no date parse"),
        ("We ship every week.", "2024-03-01", "no such date"),
    ],
)
def test_dates_not_stated_as_the_posting_date_are_ungrounded(text, value, reason_part):
    found = ground(posting(text), "date_posted", value)
    assert found.status == UNGROUNDED
    assert reason_part in found.reason


def test_ambiguous_numeric_date_read_the_other_way_is_fuzzy():
    found = ground(posting("Posted: 03/04/2024"), "date_posted", "2024-04-03")
    assert found.status in (EXACT, FUZZY)
    other = ground(posting("Posted: 03/04/2024"), "date_posted", "2024-03-04")
    assert {found.status, other.status} == {EXACT, FUZZY}


def test_unparseable_date_is_ungrounded_not_an_error():
    assert ground(posting("Posted: May 9, 2024"), "date_posted", "last Tuesday").status == UNGROUNDED


# ---------------------------------------------------------------------------- weekly hours


@pytest.mark.parametrize(
    "text, value, status",
    [
        ("This role is 37.5 hours per week.", 37.5, EXACT),
        ("Weekly Hours: 40", 40, EXACT),
        ("You will work a 40-hour work week.", 40, EXACT),
        ("Part-time, 20 hrs/week.", 20, EXACT),
        ("We expect 30-40 hours per week.", 30, EXACT),
        ("We expect 30-40 hours per week.", 40, FUZZY),
    ],
)
def test_weekly_hours_read_by_the_hours_parser(text, value, status):
    found = ground(posting(text), "weekly_hours", value)
    assert found.status == status, found.reason
    assert found.spans


@pytest.mark.parametrize(
    "text, value, reason_part",
    [
        ("Founded in 2024, we have 1 office and 12 engineers.", 12, "not as weekly hours"),
        ("Each shift is 8 hours long.", 8, "not as weekly hours"),
        ("Shifts are 12 hours per day, three days on.", 12, "not as weekly hours"),
        ("Our support desk is open 24 hours.", 24, "not as weekly hours"),
        ("This role is 37.5 hours per week.", 40, "no weekly hours"),
    ],
)
def test_numbers_not_stated_as_weekly_hours_are_ungrounded(text, value, reason_part):
    found = ground(posting(text), "weekly_hours", value)
    assert found.status == UNGROUNDED
    assert reason_part in found.reason


# ---------------------------------------------------------------------------- years of experience


@pytest.mark.parametrize(
    "text, value",
    [
        ("You have 5+ years of experience with Python.", 5),
        ("At least 2 years' experience in a similar role.", 2),
        ("Experience: 3-5 years", 3),
        ("Three (3) years of relevant experience.", 3),
        ("1 year of experience with SQL.", 1),
        ("Minimum of 6 months' experience in retail.", 0.5),
    ],
)
def test_years_read_by_the_experience_parser(text, value):
    found = ground(posting(text), "min_years_experience", value)
    assert found.status == EXACT, found.reason
    assert "experience parser" in found.reason


@pytest.mark.parametrize(
    "text, value, reason_part",
    [
        ("Founded in 2024, we have 1 office and 12 engineers.", 1, "not as years of experience"),
        ("For over 40 years we have served our customers.", 40, "not as years of experience"),
        ("Applicants must be 18 years or older.", 18, "not as years of experience"),
        ("This is a 2 year fixed-term contract.", 2, "not as years of experience"),
        ("Experience: 3-5 years", 5, "not as years of experience"),
        ("We build robots.", 3, "no years of experience"),
    ],
)
def test_years_in_another_sense_are_ungrounded(text, value, reason_part):
    found = ground(posting(text), "min_years_experience", value)
    assert found.status == UNGROUNDED
    assert reason_part in found.reason


# ---------------------------------------------------------------------------- job id


@pytest.mark.parametrize(
    "text, value, status",
    [
        ("Job ID: R-12345", "R-12345", EXACT),
        ("Req #: JR0123456", "JR0123456", EXACT),
        ("Ref. No 24-0193", "24-0193", EXACT),
        ("Requisition ID: REQ_2024_0042", "req_2024_0042", EXACT),
        ("Job ID: R-12345", "12345", FUZZY),
        ("Call 555-0193 to apply.", "555-0193", UNGROUNDED),
        ("Founded in 2024, we have 12 engineers.", "12", UNGROUNDED),
    ],
)
def test_job_id_read_after_a_label(text, value, status):
    assert ground(posting(text), "job_id", value).status == status


# ---------------------------------------------------------------------------- locations


@pytest.mark.parametrize(
    "text, place, status",
    [
        ("Location: Austin, TX", {"city": "Austin", "region": "Texas", "country": "United States"}, EXACT),
        ("Location: Austin, TX", {"city": "Austin", "region": "TX", "country": None}, EXACT),
        ("This role is based in Berlin.", {"city": "Berlin", "region": None, "country": "Germany"}, EXACT),  # one Berlin in the gazetteer
        ("This role is based in Pune.", {"city": "Pune", "region": "Maharashtra", "country": "India"}, EXACT),
        ("This role is based in Portland.", {"city": "Portland", "region": "Oregon", "country": "United States"}, FUZZY),  # two Portlands
        ("Location: Remote (United Kingdom)", {"city": "London", "region": None, "country": "United Kingdom"}, UNGROUNDED),
        ("This role is based in Berlin, Germany.", {"city": "Berlin", "region": None, "country": "Germany"}, EXACT),
        ("Location: Remote (United Kingdom)", {"city": None, "region": None, "country": "UK"}, EXACT),
        ("Location: Austin, TX", {"city": "Dallas", "region": "Texas", "country": None}, UNGROUNDED),
        ("You must be authorized to work in the United States.", {"city": None, "region": None, "country": "United States"}, UNGROUNDED),
        ("We sell to customers in Paris and Madrid.", {"city": "Paris", "region": None, "country": None}, UNGROUNDED),
    ],
)
def test_location_read_as_a_place_of_work(text, place, status):
    found = Grounder(context_for(posting(text))).ground_item("locations", place)
    assert found.status == status, found.reason


# ---------------------------------------------------------------------------- enums


@pytest.mark.parametrize(
    "field, text, value, status",
    [
        ("workplace", "Workplace type: Hybrid", "hybrid", EXACT),
        ("workplace", "This is a fully remote role.", "remote", EXACT),
        ("workplace", "This is not a remote role.", "onsite", EXACT),
        ("workplace", "This is not a remote role.", "remote", UNGROUNDED),
        ("workplace", "Experience with remote sensing data is a plus.", "remote", UNGROUNDED),
        ("workplace", "We build robots.", "remote", UNGROUNDED),
        ("employment_type", "Employment type: Full-time", "full_time", EXACT),
        ("employment_type", "This is a 6-month contract.", "contract", EXACT),
        ("employment_type", "This is a part-time position.", "part_time", EXACT),
        ("employment_type", "Familiarity with contract law helps.", "contract", UNGROUNDED),
        ("employment_type", "Employment type: Full-time", "part_time", UNGROUNDED),
        ("education_level", "A Bachelor's degree in Computer Science.", "bachelor", EXACT),
        ("education_level", "An MS in Statistics is required.", "master", EXACT),
        ("education_level", "BS or MS in Computer Science.", "master", FUZZY),
        ("education_level", "Proficiency with MS Office.", "master", UNGROUNDED),
        ("education_level", "A Scrum Master certification is a plus.", "master", UNGROUNDED),
        ("education_level", "We build robots.", "doctorate", UNGROUNDED),
    ],
)
def test_enum_values_need_their_cue_stated_as_that_field(field, text, value, status):
    found = ground(posting(text), field, value)
    assert found.status == status, found.reason
    assert bool(found.spans) == (status != UNGROUNDED)


# ---------------------------------------------------------------------------- title, company, team


@pytest.mark.parametrize(
    "field, text, value, status",
    [
        ("title", posting("We build robots."), "Senior Data Engineer", EXACT),
        ("title", posting("We build robots."), "Senior Data Engineer II", FUZZY),
        ("title", posting("Job Title: Payroll Officer"), "Payroll Officer", EXACT),
        ("title", posting("We are hiring a Backend Developer to build our API."), "Backend Developer", EXACT),
        ("title", posting("You will report to the Engineering Manager."), "Engineering Manager", UNGROUNDED),
        ("title", posting("We build robots."), "Chief Robot Whisperer", UNGROUNDED),
        # a name standing only in the header lines is what the company rules already read (or a board, a label)
        ("company", posting("We build robots."), "Acme Robotics", UNGROUNDED),
        ("company", posting("Globex is hiring a data analyst to join us."), "Globex", EXACT),
        ("company", posting("Company: Initech Ltd"), "Initech Ltd", EXACT),
        ("company", posting("Initech was founded in 2024 and has 1 office."), "Initech", EXACT),
        ("company", posting("Join Initech and help us grow."), "Initech", EXACT),
        ("company", posting("Applications are handled by Initech GmbH on our behalf."), "Initech", EXACT),
        ("company", posting("Initech Ltd is an equal opportunity employer."), "Initech Ltd", EXACT),
        ("company", posting("Initech Foods is committed to equality of opportunity."), "Initech Foods", EXACT),
        ("company", posting("We are passionate about Python and Kubernetes."), "Python", UNGROUNDED),
        ("company", posting("Experience with Salesforce and Google Analytics."), "Salesforce", UNGROUNDED),
        ("company", posting("We sell to clients such as Google and Amazon."), "Google", UNGROUNDED),
        # a recruiter hiding its client: no name but a company label's counts (the agency's is not the employer)
        ("company", posting("We recruit on behalf of our client. Brightwave Staffing is an equal opportunity employer."), "Brightwave Staffing", UNGROUNDED),
        ("team", posting("Department: Finance"), "Finance", EXACT),
        ("team", posting("You will join the Data Platform team in Austin."), "Data Platform", EXACT),
        ("team", posting("Experience building data platform tooling."), "Data Platform", UNGROUNDED),
    ],
)
def test_strings_count_where_that_field_stands(field, text, value, status):
    found = ground(text, field, value)
    assert found.status == status, found.reason
    if status == UNGROUNDED and "not found" not in found.reason:
        assert "not where" in found.reason or "no rule reads" in found.reason


@pytest.mark.parametrize(
    "body, answer, value",
    [
        ("Initech Foods is an equal opportunity employer.", "Vagas Initech Foods", "Initech Foods"),  # a board's word glued before it
        ("Initech Foods is an equal opportunity employer.", "Initech Foods, CO", "Initech Foods"),  # a place glued after it
        ("Initech Foods is an equal opportunity employer.", "Initech Foods", None),  # as answered
    ],
)
def test_a_company_answer_holding_an_employer_cue_is_read_as_that_name(body, answer, value):
    found = ground(posting(body), "company", answer)
    assert found.status == EXACT and found.value == value, found.reason
    assert ground_answer(context_for(posting(body)), {"company": answer})["company"].value == (value or answer)  # the record holds the name


@pytest.mark.parametrize(
    "text, answer, value",
    [
        ("Telemarketing professional\nLeeds\n\nWe sell.", "Telemarketing Professional", "Telemarketing professional"),  # as the text spells it
        ("Employee at RhodeCode (Berlin)\n\nWe build tools.", "Employee at RhodeCode (Berlin)", "Employee at RhodeCode"),  # the place a board glued on
        ("Interdisciplinary | USAJOBS\n\nWe build dams.", "Interdisciplinary | USAJOBS", "Interdisciplinary"),  # the page title's board
        ("Interdisciplinary - Glassdoor\n\nWe build dams.", "Interdisciplinary", "Interdisciplinary"),
        ("Nurse - Intensive Care\n\nWe care.", "Nurse - Intensive Care", "Nurse - Intensive Care"),  # no board: kept whole
        # an answer that stops inside the board's reference bracket is read to its close, then trimmed
        ("Developer (Ref: 19092)\nMinistry of Justice\n\nWe build.", "Developer (Ref: 19092", "Developer"),
    ],
)
def test_an_llm_title_is_read_as_the_title_rules_read_it(text, answer, value):
    grounded = ground_answer(context_for(text), {"title": answer})["title"]
    assert grounded.status == EXACT and grounded.value == value


def test_a_sentence_after_a_hiring_cue_is_no_title():
    text = "ESL Teacher\nDaegu, South Korea\n\nWe are hiring 2 native English teachers to start in late April or early May 2025.\n"
    grounded = ground_answer(context_for(text), {"title": "2 native English teachers to start in late April or early May 2025"})["title"]
    assert grounded.status == UNGROUNDED and "shaped" in grounded.reason


def test_the_employer_line_is_no_title():
    text = "FORESTER\nInterior, Bureau of Land Records\nDepartment of the Interior\n\nYou will manage forests.\n"
    ctx = context_for(text)
    employer = run_rules(ctx, ["company"]).get("company")
    assert employer is not None and employer.value == "Interior, Bureau of Land Records"  # the rules' reading of the agency line
    grounded = ground_answer(ctx, {"title": "Interior, Bureau of Land Records"})["title"]
    assert grounded.status == UNGROUNDED and "employer" in grounded.reason


def test_a_short_cue_inside_a_long_answer_is_no_reading_of_it():
    found = ground(posting("Join Norte and grow with us."), "company", "Metalúrgica del Norte, S.A. de C.V.")
    assert found.status == UNGROUNDED and found.value is None


def test_list_items_found_in_the_body_and_invented_ones_flagged():
    text = posting("Responsibilities\n- Build weekly sales dashboards for retail")
    grounded = ground_answer(context_for(text), {"responsibilities": ["Build weekly sales dashboards for retail", "Fly to Mars", "  ", "fly to mars"]})
    items = grounded["responsibilities"].items
    assert [(i.value, i.status) for i in items] == [("Build weekly sales dashboards for retail", EXACT), ("Fly to Mars", UNGROUNDED)]
    assert items[1].reason == "not found in the text"
    assert grounded["responsibilities"].reason == "not found in the text"


def test_ground_answer_carries_the_reason_of_each_value():
    text = posting("Founded in 2024, we have 1 office and 12 engineers. Join Acme Robotics and grow with us.")
    grounded = ground_answer(context_for(text), {"weekly_hours": 12, "company": "Acme Robotics", "summary": None})
    assert grounded["weekly_hours"].status == UNGROUNDED and grounded["weekly_hours"].reason == "number found but not as weekly hours"
    assert grounded["company"].status == EXACT and "employer" in grounded["company"].reason
    assert "summary" not in grounded


# ---------------------------------------------------------------------------- the whole pipeline, over HTTP

FOUNDED = """Robotics Software Engineer

About the company
We build warehouse robots. Acme Robotics has grown fast: founded in 2024, 1 office and 12 engineers so far.

What you will do
- Write control software for our pick-and-place arms
- Test new features on the robots in our lab
"""

INVENTED = {
    "date_posted": "2024-03-01",
    "salary": {"min": 1, "max": 12, "currency": "USD", "period": "year"},
    "weekly_hours": 12,
    "min_years_experience": 1,
    "company": "Acme Robotics",
}


def test_values_the_text_never_states_as_their_field_are_dropped_over_http(tmp_path):
    with FakeOpenAI(INVENTED) as server:
        settings = load_settings(base_url=server.base_url, api_key="sk-test", cache_dir=str(tmp_path / "cache"), llm_fields="all", timeout=5.0)
        with Extractor(settings) as extractor:
            posting_ = extractor.extract(FOUNDED)
        asked = set().union(*(server_fields for server_fields in _asked(server)))
    assert {"date_posted", "salary", "weekly_hours", "min_years_experience"} <= asked  # every empty field was asked
    for name in ("date_posted", "salary", "weekly_hours", "min_years_experience"):
        assert getattr(posting_, name) is None, name
        assert any(w.startswith(f"{name}: LLM value") for w in posting_.warnings), posting_.warnings
    assert posting_.company == "Acme Robotics"  # no rule reads it; the LLM's answer is kept
    prov = posting_.provenance["company"]
    assert prov.method == "llm" and prov.status == EXACT and "employer" in prov.reason
    assert FOUNDED[prov.spans[0].start : prov.spans[0].end] == "Acme Robotics"
    warned = " ".join(posting_.warnings)
    assert "no pay phrase" in warned and "not as weekly hours" in warned and "not as years of experience" in warned


def _asked(server: FakeOpenAI) -> list[set[str]]:
    from fake_openai import _requested_fields

    return [set(_requested_fields(body) or ()) for body in server.requests]


def test_a_parser_that_raises_drops_the_value_with_the_error_as_reason(monkeypatch):
    import extractor.llm.grounding as grounding

    def broken(ctx):
        raise RuntimeError("parser bug")

    monkeypatch.setattr(grounding, "find_hours", broken)
    with pytest.raises(RuntimeError, match="parser bug"):  # strict mode (the suite's): the bug surfaces
        ground_answer(context_for(posting("This role is 37.5 hours per week.")), {"weekly_hours": 37.5})
    monkeypatch.delenv("EXTRACTOR_STRICT")  # production: the value is dropped with the reason
    grounded = ground_answer(context_for(posting("This role is 37.5 hours per week. Join Acme Robotics and grow with us.")), {"weekly_hours": 37.5, "company": "Acme Robotics"})
    assert grounded["weekly_hours"].status == UNGROUNDED
    assert grounded["weekly_hours"].reason == "grounding failed (RuntimeError: parser bug)"
    assert grounded["company"].status == EXACT  # the other fields are still grounded


@pytest.mark.parametrize(
    "rule, llm, merged",
    [
        # the LLM copied the range but left the period out: the rule's period stays, nothing changes
        ({"min": 30000.0, "max": 70000.0, "currency": None, "period": "year"}, {"min": 30000.0, "max": 70000.0, "currency": None, "period": None}, None),
        # the LLM adds the currency the rule could not read: kept, with the rule's period
        ({"min": 30000.0, "max": 70000.0, "currency": None, "period": "year"}, {"min": 30000.0, "max": 70000.0, "currency": "USD", "period": None},
         {"min": 30000.0, "max": 70000.0, "currency": "USD", "period": "year"}),
    ],
    ids=["no_erasing", "adds_a_part"],
)
def test_an_llm_salary_never_erases_a_part_the_rule_read(rule, llm, merged):
    from extractor.pipeline import merge_scalar
    from extractor.provenance import AlignmentStatus, Extraction

    current = Extraction("salary", rule, ((0, 10),), 0.5, "pay.amount")
    answer = Extraction("salary", llm, ((0, 10),), 1.0, "llm", status=AlignmentStatus.EXACT)
    result = merge_scalar(current, answer, False, [])
    assert (result.value if result is not None else None) == merged


@pytest.mark.parametrize(
    "rule, llm, replaced",
    [
        ("Harbourside College of Art", "College", False),  # a word of the rule's name: cut short, no replacement
        ("Regional Fleet Buyer", "Fleet Buyer", False),  # the title's last words only
        ("Fleet Buyer", "Regional Fleet Buyer", True),  # more than the rule read: the exact reading wins
        ("Nightingale Care Homes", "Meadowbank Clinic", True),  # another name: replaced as before
        ("Care Homes Group", "care  homes", False),  # case and spacing aside
        ("Fundiciones del Sur, S.A.", "Sur", False),  # a comma after the word in the rule's name
        ("Harbour (Wales) Trust", "Wales", False),  # brackets round the word
        ("Harbour Trust", "Harbour Trust Ltd.", True),  # more than the rule read, punctuation or not
        ("St. Brigid's Care Home", "St. Brigid", False),  # the name's possessive word without its 's
        ("Support Professional - Industry Exp.", "Support Professional - Industry Exp", False),  # its punctuation dropped
    ],
    ids=["name_cut", "title_cut", "longer", "other", "recased", "comma", "brackets", "longer_punctuated", "possessive", "unpunctuated"],
)
def test_an_llm_value_that_is_part_of_the_rules_value_never_replaces_it(rule, llm, replaced):
    from extractor.pipeline import merge_scalar
    from extractor.provenance import AlignmentStatus, Extraction

    current = Extraction("company", rule, ((0, 10),), 0.5, "title.company")
    answer = Extraction("company", llm, ((0, 10),), 1.0, "llm", status=AlignmentStatus.EXACT)
    assert (merge_scalar(current, answer, False, []) is not None) == replaced


def test_a_flattened_site_menu_is_no_place_for_a_title():
    from extractor.context import context_for
    from extractor.rules.title import title_places

    raw = "Find Jobs   Employers   Career Advice   Sign In\nPayroll Specialist\nNorthgate Freight Ltd\n\nAbout the role\nYou will run payroll.\n"
    ctx = context_for(raw)
    lines = {" ".join(ctx.text[s:e].split()) for s, e in title_places(ctx)}
    assert "Payroll Specialist" in lines
    assert not any("Career Advice" in line for line in lines)


@pytest.mark.parametrize(
    "page, answer, kept",
    [
        ("Jobtrove\nFind jobs   Companies   Salaries   Sign in\n\nWarehouse Associate\nBrightline Logistics\n\nYou will pick and pack orders.\n", "Jobtrove", False),
        ("Jobtrove\nFind jobs   Companies   Salaries   Sign in\n\nWarehouse Associate\nBrightline Logistics\n\nYou will pick and pack orders.\n", "Warehouse Associate", True),
        ("Home > Jobs > Finance\nAccounts Clerk\nHollis & Grant\n\nYou will post invoices.\n", "Home > Jobs > Finance", False),
        ("Accounts Clerk\nHollis & Grant\n\nYou will post invoices.\n", "Accounts Clerk", True),
    ],
)
def test_an_llm_title_on_the_sites_own_lines_is_refused(page, answer, kept):
    """The board's name over its menu, or a breadcrumb trail, is no job title (the title rules' posting start)."""
    found = Grounder(context_for(page)).title(answer)
    assert (found.status != AlignmentStatus.UNGROUNDED) == kept


@pytest.mark.parametrize(
    "answer, kept",
    [
        ("You will lead a team of six engineers on our payments platform.", True),
        ("Lead a team of six engineers on our payments platform", True),  # a sentence without its full stop
        ("Technical Lead", False),  # the title: no summary
        ("Team: Payments", False),  # a label line
        ("Senior Technical Lead, Payments Platform Team", False),  # the rules' title, however long
    ],
)
def test_an_llm_summary_must_be_a_sentence_not_the_title(answer, kept):
    text = "Senior Technical Lead, Payments Platform Team\nManchester\nTeam: Payments\n\nAbout the role\nYou will lead a team of six engineers on our payments platform.\n"
    found = ground_answer(context_for(text), {"summary": answer})["summary"]
    assert (found.status != AlignmentStatus.UNGROUNDED) is kept, found.reason
