"""Title, company and team on page shapes seen for the first time (issue 11, s10–s17 classes): labels that say
"title", the employer placed before its hiring verb, a public agency as the labelled department of a government
board, an employer's own vacancies page, a batch code after a heading's employer, a board's function as "Role:".
Each case uses names, boards and countries of its own, not a golden posting's strings."""

from __future__ import annotations

import pytest

from extractor.context import context_for
from extractor.rules.base import run_rules

FIELDS = ["title", "company", "team"]
ANY = "<not asserted>"  # a field the case is not about


def _found(text: str) -> dict:
    found = run_rules(context_for(text), FIELDS)
    return {f: (found[f].value if f in found else None) for f in FIELDS}


CASES = [
    # a label that says "title" names the title, whatever nouns it holds
    ("job_title_label_compound_noun", "Labour Exchange Portal\nJob Order\nJob Title: Steelworker - Night Crew\nEmployer: Ferrum Mills Inc\n\nDuties:\nWeld beams.",
     "Steelworker - Night Crew", "Ferrum Mills Inc", None),
    ("consultancy_title_label", "TERMS OF REFERENCE\nConsultancy title: Endline Evaluation of the Girls' Education Project\nOrganisation: Tumaini Trust\n\nBackground\nTumaini Trust works in Kenya.",
     "Endline Evaluation of the Girls' Education Project", "Tumaini Trust", None),
    ("assignment_title_label", "Call for consultants\nAssignment Title: Gender Specialist\nOrganization: Rio Verde Alliance\n\nScope\nReview policies.",
     "Gender Specialist", "Rio Verde Alliance", None),
    ("position_open_label", "WEEKLY NEWSLETTER\nCommunity notes\n\nPOSITION OPEN: PART-TIME ORGANIST\nApply to the office.",
     "PART-TIME ORGANIST", ANY, ANY),
    ("position_available_label", "Harbour Notes\n\nPosition available: Deckhand\nThe harbour office takes applications.",
     "Deckhand", ANY, ANY),
    # the employer, where it is, then its call
    ("name_city_region_is_seeking", "SPRING NEWSLETTER\n\nHIRING\nGrace Lutheran Church, Fargo, North Dakota, is seeking a part-time Music Director to lead two choirs.\n"
     "Send a letter to the office.", ANY, "Grace Lutheran Church", ANY),
    ("name_in_town_is_looking_for", "Island Jobs Group\n2h\nNOW HIRING\nSunset Cove Hotel in Montego Bay, St. James is looking for a Bartender for the winter season!\n"
     "Message us.", ANY, "Sunset Cove Hotel", ANY),
    ("name_in_city_are_hiring", "Posted in Jobs Board\nKaru Dental Clinic in Nairobi is hiring a dental assistant for the Westlands branch.\nCall us.",
     ANY, "Karu Dental Clinic", ANY),
    # a public agency under "Department:" on a government's own board; the division is the team
    ("government_board_department_label", "Careers | Government of Western Australia\nPolicy Officer\nDepartment: Department of Water and Environmental Regulation\n"
     "Division: Strategic Policy\nLocation: Perth\n\nAbout the role\nYou write policy.",
     "Policy Officer", "Department of Water and Environmental Regulation", "Strategic Policy"),
    # an employer's own vacancies page titled by its name
    ("council_current_vacancies", "Kapiti Vale District Council — Current Vacancies\nHome › Work for us\n\n1) Parks Ranger\nPermanent full-time\n\nYou look after our reserves.",
     ANY, "Kapiti Vale District Council", ANY),
    ("hospital_trust_vacancies_pipe", "Northgate Hospital Trust | Vacancies\n\nHealthcare Assistant\nBand 3\n\nNorthgate Hospital Trust runs two hospitals.",
     "Healthcare Assistant", "Northgate Hospital Trust", None),
    # an accelerator batch code after the employer in "X (W24) is hiring a …"
    ("batch_code_after_employer", "Startup Jobs\nFernloop (S24) is hiring a Senior Backend Engineer\nFernloop\nPayroll for clinics\n\nAbout the role\nBuild APIs.",
     "Senior Backend Engineer", "Fernloop", ANY),
    # a board's function and specialty as "Role:" give way to the heading
    # the head's full name over the shorter one the profile uses
    ("head_full_name_over_about_short", "Kōwhai Community Food Network\nWarehouse Coordinator\nLocation: Hamilton\n\nAbout Kōwhai\nWe rescue food for 40 charities.\n\nThe role\nRun the warehouse.",
     "Warehouse Coordinator", "Kōwhai Community Food Network", ANY),
    ("head_full_name_under_board_menu", "jobsy  Jobs  Companies  For Employers  Log In\nBellhaven Manor Care Home\nCare Assistant\nGalway\nFull Time\n\nCompany Overview\n"
     "Bellhaven Manor is a 40-bed family-run care home.\n\nJob Description\nSupport residents.", "Care Assistant", "Bellhaven Manor Care Home", ANY),
    # a place or a careers word after the name on the head line is no fuller name
    ("head_line_name_then_place", "Kestrel Foods – Cork - Ireland\nPacker\n\nAbout Kestrel Foods\nKestrel Foods is a family bakery.\n\nThe role\nPack bread.",
     ANY, "Kestrel Foods", ANY),
    # a pictograph splits a post's heading as a pipe would; a status word opening the title stays
    ("emoji_splits_heading", "kaffehuset.oslo\n\nWE'RE HIRING\n\nPart-Time Barista ☕ Kaffehuset, Grünerløkka, Oslo\n\nYou'll be:\n- pulling shots",
     "Part-Time Barista", ANY, ANY),
    ("full_time_lead_kept", "Green Valley Farm Shop\n\nFull-Time Butcher 🔪 Green Valley Farm Shop, Ludlow\n\nYou will cut meat.", "Full-Time Butcher", ANY, ANY),
    # a capitals letterhead naming a public body that the notice says again in its own case
    ("capitals_letterhead_agency", "OFFICIAL GAZETTE\nGOVERNMENT OF SAINT LUCIA\n\nPUBLIC SERVICE NOTICE\nTHE DEPARTMENT OF LANDS AND SURVEYS\n\n"
     "VACANCY: SURVEY TECHNICIAN\nSalary: Grade 9\n\nApplications are invited for the above post in the Department of Lands and Surveys, Castries.",
     ANY, "Department of Lands and Surveys", ANY),
    # a legal form with the seat or the form's own words after it, where the posting writes the name alone
    ("legal_form_then_seat", "Jobs in English\n\nData Engineer\nOhrid Analytics DOOEL Bitola\nBitola, North Macedonia\n\nOhrid Analytics builds reporting tools for retailers.",
     "Data Engineer", "Ohrid Analytics", ANY),
    ("legal_form_words_after_name", "KhmerWork | Jobs | Companies\nSite Engineer\nMekong Hydro Sole Co., Ltd\nLocation: Phnom Penh\n\nMekong Hydro runs two dams.",
     "Site Engineer", "Mekong Hydro", ANY),
    # after a hiring call the schedule word is the call's terms (golden/README s5); a heading opening with it keeps it (s16/s17)
    ("hiring_call_schedule_cut", "Coastal Jobs Group\nPosted by Ana Reyes\n\nNOW HIRING: Full-time Line Cook\n\nOur taqueria needs a cook.", "Line Cook", ANY, ANY),
    # a directorate over a smaller labelled unit: the smaller unit is the team; a directorate alone is the team
    ("directorate_over_department", "Position Description\nCare Coordinator\nDirectorate: Community Wellbeing\nDepartment: Aged and Disability Services\n"
     "Location: Ballarat\n\nAbout the role\nCoordinate care.", "Care Coordinator", ANY, "Aged and Disability Services"),
    ("directorate_alone", "Position Description\nPlanning Officer\nDirectorate: City Futures\nLocation: Geelong\n\nAbout the role\nAssess permits.",
     "Planning Officer", ANY, "City Futures"),
    ("role_label_is_a_function", "Startup Board\nFounding Product Designer\n$120K - $150K\nRole: Design, Product\n\nAbout the role\nDesign the app.",
     "Founding Product Designer", ANY, ANY),
]


@pytest.mark.parametrize("case_id, text, title, company, team", CASES, ids=[c[0] for c in CASES])
def test_first_sight_page_shapes(case_id, text, title, company, team):
    got = _found(text)
    want = {"title": title, "company": company, "team": team}
    for field in FIELDS:
        if want[field] != ANY:
            assert got[field] == want[field], (field, got)


@pytest.mark.parametrize("text", [
    # a list of names before the verb is no employer with its place
    "Press release\nApple, Google, Meta are hiring fewer engineers this year, analysts say.\n",
    # a place-looking word that the gazetteer does not know
    "Notice\nBlue Finch Studio, Starlight Meadow, is seeking volunteers.\n",
    # "Department:" holding an academic unit on a page that names no government
    "Research Assistant\nDepartment: Department of Surgery\nLocation: Boston\n\nYou run the lab.",
    # a job board's own vacancies line is not an employer
    "Jobs Kenya — Current Vacancies\nAccountant\nNairobi\n\nPrepare accounts.",
    # a capitals line the notice never says again in its own case
    "OFFICIAL GAZETTE\nTHE DEPARTMENT OF WORKS\n\nVACANCY: CLERK\nSalary: Grade 4\n\nDuties include filing.",
], ids=["list_of_names", "unknown_place", "academic_department", "board_vacancies_line", "capitals_line_never_said_again"])
def test_no_employer_invented(text):
    found = run_rules(context_for(text), ["company"])
    assert "company" not in found, found["company"]
