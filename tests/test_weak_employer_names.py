"""Low-confidence employer names (issue 12): the forms in which postings name the employer that the
company rules do not commit to (``weak_employer_names``). They never enter the rules' record; the
hybrid offers them, after the rules' own unsure names, for the LLM to pick one or none (fake LLM, offline)."""

from __future__ import annotations

import pytest

from extractor import Extractor, load_settings
from extractor.context import context_for
from extractor.llm.grounding import employer_candidates
from extractor.pipeline import extract
from extractor.rules.title import weak_employer_names

from fake_openai import FakeOpenAI, posting_of

BODY = "\n\nAbout the role\nYou will plan the work of a busy team and report to the site manager.\n"
# a name only a weak form gives (a staffing agency's "Client:" label): the rules leave the company empty
WEAK_ONLY = "Job order 4471\nClient: Harlow Logistics Group\nRole: Picker" + BODY


@pytest.mark.parametrize(
    "text, names",
    [
        # a label naming the hiring party: a union hall's dispatch, a staffing agency's job order
        ("JOB CALL 12\nCONTRACTOR: Maple Ridge Electric\nCLASSIFICATION: Wireman" + BODY, [("Maple Ridge Electric", "label")]),
        ("Job order 4471\nClient: Harlow Logistics Group\nRole: Picker" + BODY, [("Harlow Logistics Group", "label")]),
        ("Job order 4471\nClient: Confidential\nRole: Picker" + BODY, []),  # the client hidden
        ("Job order 4471\nClient: A leading bank in Leeds\nRole: Clerk" + BODY, []),  # described, not named
        ("Picker\nContractor: yes" + BODY, []),  # a value, no name
        # "we're hiring at X"
        ("Jo Bloggs\n\nWe're hiring at Tidewater Dental, Leith!\nRole: Dental Nurse" + BODY, [("Tidewater Dental", "hiring at")]),
        ("WE'RE HIRING FOR CHRISTMAS!\nShop Assistant" + BODY, []),  # hiring *for* a season
        # the brand line of an organisation's own careers pages (not a job board's "Jobs")
        ("Corvane Chemicals | Careers | Vacancies\n\nMaintenance Planner" + BODY, [("Corvane Chemicals", "brand line")]),
        ("Lakeview Hospital Intranet › HR Connect › Internal Jobs\n\nPayroll Officer" + BODY, [("Lakeview Hospital", "brand line")]),
        ("Northgate College, Galway | Human Resources | Current Vacancies\n\nLecturer" + BODY, [("Northgate College", "brand line")]),
        ("Jobsora | Jobs in London | Sign in\n\nPayroll Officer" + BODY, []),  # a board's "Jobs" pages
        # a line that is a name with a legal form
        ("Vacancy Ref 0011\n\nKANDY SPICE TRADERS (PVT) LTD\nInvites applications for\nACCOUNTANT" + BODY, [("KANDY SPICE TRADERS (PVT) LTD", "legal form")]),
        # a header line of several words the body names again (not the title, not one word)
        ("Data Analyst\nCompany Description\n\nCompany Description\nWe build tools for growers." + BODY, []),
        ("Field Technician\nAbout the Company\nRole\n\nAbout the Company\nA family firm since 1982." + BODY, []),
        ("HOLLY FARM NURSERIES\nSeasonal Shop Assistants\n\nJobs fair at Holly Farm Nurseries, Mill Lane." + BODY, [("HOLLY FARM NURSERIES", "header line said again")]),
        ("Upwork\n\nShopify developer\nHourly\n\nWe pay well.\nHourly" + BODY, []),  # one word repeated
        ("Payroll Officer\n\nWe need a Payroll Officer." + BODY, []),  # the title said again
        # no such form
        ("Payroll Officer\nLeeds, West Yorkshire" + BODY, []),
    ],
)
def test_weak_employer_names_by_form(text, names):
    ctx = context_for(text)
    found = weak_employer_names(ctx)
    assert [(name, where) for name, _, where in found] == names
    for name, (start, end), _ in found:
        assert ctx.text[start:end] == name


def test_weak_names_stay_out_of_the_rules_record_and_follow_the_rules_own_names():
    text = WEAK_ONLY
    assert extract(text, use_llm=False).company is None  # rules only: not committed
    ctx = context_for(text)
    assert [name.value for name in employer_candidates(ctx)] == ["Harlow Logistics Group"]


def make_extractor(server: FakeOpenAI, tmp_path) -> Extractor:
    settings = load_settings(base_url=server.base_url, api_key="sk-test", cache_dir=str(tmp_path / "cache"), backoff_base=0.01, timeout=5.0, prompt_version="v6")
    return Extractor(settings)


@pytest.mark.parametrize("number, value", [(1, "Harlow Logistics Group"), (None, None)])
def test_the_hybrid_asks_to_pick_a_weak_name_where_the_rules_found_none(tmp_path, number, value):
    text = WEAK_ONLY

    def answer(body: dict) -> dict:
        assert "Employer names:\n1. Harlow Logistics Group" in posting_of(body)
        return {"company": number}

    with FakeOpenAI(answer) as server:
        with make_extractor(server, tmp_path) as extractor:
            record = extractor.extract(text)
    assert record.company == value
    if number is not None:
        prov = record.provenance["company"]
        assert text[prov.spans[0].start : prov.spans[0].end] == value and prov.method == "llm" and prov.prompt_version == "v6"
