"""Classes from the sixth session of 2026-12-06's batch s91 (public-sector boards, Central Asia and the Caucasus, a
mailing-list digest, an OCR'd fax, a README table row), each in phrasings of our own: a Markdown table carrying one
posting among short rows, a digest's longest message, a subject's piece that the message's heading writes whole, a unit
"of <ACRONYM>" under the organisation's spelled-out name, a numbered post opening with a label, a notice's "vacant
position in the <body>", an employer's site between a town and its region, a county named after its town, a facility
named after a town, bilingual names, a teacher's class grade, a line's own closing label, local month and period words."""

from __future__ import annotations

import pytest

from tests.rule_helpers import extracted_record as _record



_README = """# Remote-friendly data jobs in Portugal

Maintained by the community. One row per role; use `<br>` inside a cell.

| Added | Company | Role | Location | Salary (EUR) | Details |
|---|---|---|---|---|---|
| 2026-10-30 | Faro Analytics | Data Analyst | Faro | €30k–€38k | SQL, dbt. |
| {added} | Atlântico Maps | {role} | Porto, Portugal | €48,000–€60,000 per year | **Full-time.** Ref: AM-GIS-22<br><br>Atlântico Maps builds route data for delivery fleets across Iberia.<br><br>**What you'll do**<br>• Maintain our PostGIS road graph and its nightly imports<br>• Build QA checks for map edits in Python<br>• Work with the routing team on turn restrictions<br><br>**What we need**<br>• 3+ years with PostGIS or another spatial database<br>• Solid Python and SQL<br>• Good written English |
| 2026-09-12 | Minho Robotics | Firmware Engineer | Braga | €35k–€45k | C, STM32. |

## How to add a role

Open a pull request with one row per role.
"""


@pytest.mark.parametrize("added, role", [("2026-11-20", "Senior GIS Engineer"), ("2026-11-02", "Geospatial Data Engineer")])
def test_the_long_row_of_a_markdown_table_is_the_posting(added, role):
    record = _record(_README.format(added=added, role=role))
    assert record["title"] == role
    assert record["company"] == "Atlântico Maps"
    assert record["date_posted"] == added
    assert record["salary"] == {"min": 48000.0, "max": 60000.0, "currency": "EUR", "period": "year"}
    assert "Solid Python and SQL" in record["minimum_qualifications"]


def test_a_table_of_equal_rows_is_left_as_it_is():
    text = _README.format(added="2026-11-20", role="Senior GIS Engineer").replace(
        "| **Full-time.** Ref: AM-GIS-22", "| Full-time. |  |").split("<br>")[0]
    record = _record(text)
    assert record["title"] != "Faro Analytics"  # no row is read as the posting's labelled lines


_DIGEST = """Send Ecology-jobs mailing list submissions to
\tecology-jobs@lists.example.org

Today's Topics:

   1. Re: Field season housing (Ana Sousa)
   2. [POSITION] {subject} (Lena Berg)

----------------------------------------------------------------------

Message: 1
Date: Tue, 17 Nov 2026 07:40:12 +0000
From: Ana Sousa <ana@example.org>
Subject: Re: Field season housing

Does anyone know of shared housing near the station for May?

Ana

------------------------------

Message: 2
Date: Tue, 17 Nov 2026 11:05:33 +0100
From: Lena Berg <lena.berg@example.se>
Subject: [POSITION] {subject}

Dear colleagues,

{heading}
Swedish Institute for Freshwater Research (SIFR), Uppsala, Sweden

The Lake Monitoring Group of SIFR is looking for a technician to run our
sampling programme on 40 lakes. The position is full-time for two years.

Your tasks
* plan and run field sampling trips from May to October
* keep the sample database and its quality checks up to date

Your profile
* a bachelor's degree in biology, environmental science or similar
* a driving licence (B)

Best regards,
Lena

------------------------------

End of Ecology-jobs Digest, Vol 40, Issue 3
"""


@pytest.mark.parametrize(
    "subject, heading, title",
    [
        ("Field Technician, lake monitoring, Uppsala", "Field Technician - Lake Monitoring", "Field Technician - Lake Monitoring"),
        ("Field Technician, Uppsala (2 years)", "Field Technician", "Field Technician"),
    ],
)
def test_a_digest_is_read_as_its_longest_message(subject, heading, title):
    record = _record(_DIGEST.format(subject=subject, heading=heading))
    assert record["title"] == title
    assert record["company"] == "Swedish Institute for Freshwater Research"  # not "The Lake Monitoring Group of SIFR"
    assert record["date_posted"] == "2026-11-17"
    assert record["locations"] == [{"city": "Uppsala", "region": None, "country": "Sweden"}]


_NOTICE = """REPUBLIC OF KENYA
            {masthead}
         {board}
   P.O. Box 100-40100

                     ADVERTISEMENT OF VACANCY

The {board_case} invites applications from qualified persons
to fill the following vacant position in the {body}.

1.   {label}: PUBLIC HEALTH OFFICER II - (3 POSTS)
     JOB GROUP 'K'
     Ref. No.: KCPSB/PH/11/2026
     Department: Health and Sanitation
     Duty Station: {station}
     Basic Salary: Ksh 38,270 - Ksh 50,140 per month

     Duties and Responsibilities
     (i)   Inspecting food premises and issuing notices;
     (ii)  Keeping records of inspections.
"""


@pytest.mark.parametrize(
    "label, body, station, city, region",
    [
        ("POST", "County Government of Kilifi", "Malindi Health Centre, Kilifi County", "Malindi", "Kilifi"),
        ("POSITION", "County Government of Bungoma", "Webuye Sub-County Office, Bungoma County", "Webuye", "Bungoma"),
    ],
)
def test_a_county_notice_names_its_post_body_and_station(label, body, station, city, region):
    county = body.rsplit(" ", 1)[-1]
    text = _NOTICE.format(masthead=body.upper(), board=f"{county.upper()} COUNTY PUBLIC SERVICE BOARD",
                          board_case=f"{county} County Public Service Board", body=body, label=label, station=station)
    record = _record(text)
    assert record["title"] == "PUBLIC HEALTH OFFICER II"
    assert record["company"] == body
    assert record["team"] == "Health and Sanitation"  # the facts under a labelled post are lines of their own
    assert record["locations"] == [{"city": city, "region": region, "country": "Kenya"}]


@pytest.mark.parametrize(
    "line, expected",
    [
        # the employer's site between the town and its region or country
        ("Duty station: Kulob branch, Khatlon Region, Tajikistan", {"city": "Kulob", "region": "Khatlon", "country": "Tajikistan"}),
        ("Work location: Kisumu Depot, Kenya", {"city": "Kisumu", "region": None, "country": "Kenya"}),
        # a district named with a site-like word stays the place ("Salford Quays")
        ("Location: Salford Quays, Greater Manchester", {"city": "Salford Quays", "region": "Greater Manchester", "country": "United Kingdom"}),
    ],
)
def test_a_site_between_a_town_and_its_region(line, expected):
    record = _record(f"Field Officer\n{line}\n\nWe are hiring a field officer to visit farms.\n")
    assert record["locations"] == [expected]


def test_a_hospital_named_after_a_town_is_no_place_beside_the_address():
    text = ("Surgical Technologist\n\nWORK LOCATION\nVisalia Regional Medical Center, 410 W Main St, Bakersfield, CA 93301.\n\n"
            "We are hiring a surgical technologist for our operating rooms.\n")
    assert _record(text)["locations"] == [{"city": "Bakersfield", "region": "California", "country": "United States"}]


@pytest.mark.parametrize(
    "organisation, company",
    [
        ("Organisation:  თბილისის მუნიციპალიტეტის მერია / Tbilisi City Hall", "Tbilisi City Hall"),  # the half the text says again
        ("Organisation:  Tbilisi City Hall", "Tbilisi City Hall"),
    ],
)
def test_a_bilingual_portal_row_gives_title_and_the_employer_named_again(organisation, company):
    text = (f"Vacancy ID: 77120\n{organisation}\n"
            "Position:   უფროსი სპეციალისტი / Senior Specialist of Public Procurement\n"
            "Place of work:  Tbilisi, Georgia\n\nFunctions\n1. Prepares tender documents.\n\n"
            "Contact: HR Unit of Tbilisi City Hall, tel. +995 32 000 00 00\n")
    record = _record(text)
    assert record["title"].endswith("Senior Specialist of Public Procurement")
    assert record["company"] == company


@pytest.mark.parametrize(
    "heading, title",
    [
        ("Dual Language Teacher (Spanish) - Grade 4", "Dual Language Teacher (Spanish) - Grade 4"),  # the class taught
        ("Administrative Officer - Grade 7", "Administrative Officer"),  # a public service's pay grade
    ],
)
def test_a_teachers_grade_stays_in_the_title(heading, title):
    text = f"Pecos Valley Independent School District\nJob Postings | Applicant Login\n\n{heading}\n  JobID: 5512\n  Location: Lamar Elementary\n\nPrimary Purpose:\nTeach.\n"
    assert _record(text)["title"] == title


_DISTRICT = ("{name} Independent School District\nOnline Employment Application  |  Job Postings  |  Applicant Login  |  District Home\n"
             "Sort by: Position Type | Location | Date Posted\n\nPrintable Version   Apply for this Job   Email this Job\n\n"
             "Custodian - Night Shift\n  JobID: 5513\n  Position Type:     Custodial\n  Date Posted:       11/9/2026\n"
             "  Location:          Lamar Elementary (Pecos, TX)\n  Salary:            $15.50 per hour\n\n  Primary Purpose:\n"
             "  Keep the campus clean and safe.\n\n  {name} ISD does not discriminate on the basis of race, color, national origin, "
             "sex, religion, age or disability in employment or provision of services.\n")


@pytest.mark.parametrize("name", ["Pecos Valley", "Llano River"])
def test_an_eeo_line_with_the_district_abbreviated_gives_the_letterhead_name(name):
    assert _record(_DISTRICT.format(name=name))["company"] == f"{name} Independent School District"


_PUBLIC_SERVICE_AD = (
    "Skip to main content\nOntario.ca  |  Français\nOntario Public Service Careers\nHome > Job search > Job ad\n\nConservation Officer\n"
    "Job ID: 231990\nOrganization: {org}\nDivision: Regional Operations Division\nCity: Thunder Bay\n"
    "Salary: $1,408.98 - $1,723.27 Per Week*\n\nWhat can I expect to do in this role?\nYou will patrol provincial parks and enforce the rules.\n\n"
    "Additional information:\nAddress:\n1 English Permanent, 435 James St S, Thunder Bay, North Region\n"
    "Compensation Group: Ontario Public Service Employees Union\nPosted on: Tuesday, November 17, 2026\n")


@pytest.mark.parametrize("org", ["Ministry of Natural Resources", "Ministry of the Environment"])
def test_a_ministry_under_a_public_service_brand_hires(org):
    assert _record(_PUBLIC_SERVICE_AD.format(org=org))["company"] == org


@pytest.mark.parametrize(
    "line, posted",
    [
        ("Closing:               Open until filled — first review of applications 12/07/2026", None),
        ("Posted:                12/01/2026", "2026-12-01"),
    ],
)
def test_a_closing_label_governs_its_whole_line(line, posted):
    text = f"Library Page\n\nJob Number:    2026-00411\nDepartment:    Public Library\n{line}\n\nTHE POSITION\nShelves books.\n"
    assert _record(text)["date_posted"] == posted


@pytest.mark.parametrize(
    "lines, field, value",
    [
        ("Elan ID:   512904\n", "job_id", "512904"),
        ("Elanın tarixi / Posted:   14 dekabr 2026\n", "date_posted", "2026-12-14"),
        ("Yayıldı / Posted:   3 oktyabr 2026\n", "date_posted", "2026-10-03"),
        ("Maaş / Salary:   1 100 – 1 400 AZN aylıq / monthly\n", "salary", {"min": 1100.0, "max": 1400.0, "currency": "AZN", "period": "month"}),
    ],
)
def test_azerbaijani_board_labels_months_and_period(lines, field, value):
    text = f"Mühasib / Accountant\nGəncə Tikinti MMC\n\n{lines}Şəhər / City:   Gəncə\n\nWe are looking for an accountant.\n"
    assert _record(text)[field] == value
