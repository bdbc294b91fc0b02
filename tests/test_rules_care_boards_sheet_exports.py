"""Classes from the blind batch s101 (healthcare boards of the UK, Ireland, Australia and Canada, Micronesia, sheet
exports), opened in the second session of 2026-12-07, each in phrasings of our own: a CSV export written one row per
field, a sheet's field/value rows copied with its notes column and formulas, a tracker's one record under its column
names with a quoted cell over several lines, a site brand that is the labelled employer, a heading's last comma part
the location row names, an acronym spelled out by a name with a legal form, and a unit label naming the employer."""

from __future__ import annotations

import pytest

from tests.rule_helpers import places, rule_value

_CSV_ROWS = ('field,value\nexport_source,ATS export\njob_id,HBR-OPS-12\ntitle,Shift Supervisor (Warehouse)\n'
             'company_name,Harbourline Logistics\ndepartment,Outbound Operations\nlocation_city,Gdansk\n'
             'location_country,Poland\nsalary_min,7200\nsalary_max,8600\nsalary_currency,PLN\nsalary_period,month\n'
             'description,"Harbourline Logistics runs two cross-dock warehouses at the port.\n\nYou lead a team of 14 '
             'operators on the evening shift."\nresponsibilities,"- Plan the shift\'s loading sequence\n- Coach the '
             'operators\n- Report on-time departures"\n')


def test_a_csv_export_of_one_row_per_field_reads_as_labelled_lines():
    assert rule_value("title", _CSV_ROWS) == "Shift Supervisor (Warehouse)"
    assert rule_value("job_id", _CSV_ROWS) == "HBR-OPS-12"
    assert rule_value("team", _CSV_ROWS) == "Outbound Operations"
    salary = rule_value("salary", _CSV_ROWS)
    assert (salary["min"], salary["max"], salary["currency"], salary["period"]) == (7200.0, 8600.0, "PLN", "month")
    assert rule_value("responsibilities", _CSV_ROWS) == ["Plan the shift's loading sequence", "Coach the operators", "Report on-time departures"]


_SHEET = ("Hiring tracker - tab: Ad copy - View > Show formulas\n\tA\tB\tC\n1\tField\tValue\tNotes\n"
          "2\tPosition\tVeterinary Nurse\tcover for Sam (leaving 1/31)\n3\tClinic\tRiverbend Animal Hospital\t\n"
          "4\tOffice\t18 Mill St, Dayton, OH 45402\t\n5\tPosted\t1/5/2027\tboard + site\n6\tClose\t=B5+21\tauto\n"
          "7\tPay\t$19 - $23 per hour\tcheck with Dr. Lee\n"
          '8\tAd body\t=CONCATENATE("Riverbend Animal Hospital is a two-vet clinic.", CHAR(10), CHAR(10), "What you\'ll do:", '
          'CHAR(10), "• Restrain and monitor patients", CHAR(10), "• Prepare surgical packs", CHAR(10), "• Keep records in Cornerstone")\t\n')


def test_a_sheets_field_value_rows_drop_the_notes_and_unshown_formulas():
    assert rule_value("title", _SHEET) == "Veterinary Nurse"
    assert str(rule_value("date_posted", _SHEET)) == "2027-01-05"
    assert rule_value("responsibilities", _SHEET) == ["Restrain and monitor patients", "Prepare surgical packs", "Keep records in Cornerstone"]
    assert rule_value("team", _SHEET) is None  # "Clinic: Riverbend Animal Hospital" names the employer, no unit


_TRACKER = ("Tracker.xlsx - sheet: Pivot (exported as Text (Tab delimited))\n\nRow Labels\tClaims\tSales\tGrand Total\n"
            "Gauteng\t1\t2\t3\nLimpopo\t\t1\t1\n\nSheet2 (Show Details)\n"
            "Req ID\tRegion\tDepartment\tJob Title\tDate Posted\tStatus\tAd Text\n"
            'LV-77\tWestern Cape\tClaims\tClaims Assessor\t2026/12/01\tOpen\t"Lumen Verzekering handles motor claims.\n\n'
            'Duties:\n- Assess motor claims\n- Call clients\n- Capture notes"\n\nSheet1 last refreshed 2026/12/02\n')


def test_a_tab_record_with_a_quoted_cell_over_several_lines_drops_the_pivot_above():
    assert rule_value("title", _TRACKER) == "Claims Assessor"
    assert rule_value("job_id", _TRACKER) == "LV-77"
    assert [p[1] for p in places(_TRACKER)] == ["Western Cape"]  # not the pivot's Gauteng and Limpopo


def test_a_site_brand_that_is_the_labelled_employer_is_no_title():
    text = ("HSC.example | Health and Social Care Trust\nSkip to content\n\nStaff Nurse, Ward 4, Mater Hospital\n\n"
            "Reference: MAT-44\nEmployer: Health and Social Care Trust\nLocation: Mater Hospital, Crumlin Road, Belfast\n\n"
            "The role\nYou care for patients on a busy ward.\n")
    assert rule_value("title", text) == "Staff Nurse, Ward 4"  # the last part is the place the location row names


def test_an_acronym_spelled_out_by_a_name_with_its_legal_form():
    text = ("Kosrae Power & Water Ltd. (KPW)\nP.O. Box 10, Tofol\n\nVACANCY ANNOUNCEMENT\n\nPosition Title: Line Worker\n\n"
            "KPW is hiring a Line Worker for its distribution crew.\nKPW is an equal opportunity employer.\n")
    assert rule_value("company", text) == "Kosrae Power & Water Ltd."


def test_a_region_named_in_its_own_language_in_iso_is_kept():
    text = "Comptable\n\nLieu : Koné, Province Nord, Nouvelle-Calédonie\n\nMissions\nTenir la comptabilité.\n"
    assert places(text) == [("Koné", "Province Nord", "New Caledonia")]


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("You must already be allowed to work in Ireland; we cannot sponsor a highly skilled migrant permit.", False),
        ("You must already be allowed to work in Ireland.", None),
    ],
)
def test_a_migrant_permit_is_about_the_right_to_work(sentence, value):
    text = f"Planner\n\nAbout the role\nYou plan routes.\n\n{sentence}\n"
    assert rule_value("visa_sponsorship", text) is value


_IOS_STRINGS = ('/*\n  Localizable.strings (English)\n  Harbourbike iOS\n*/\n\n/* Tab bar */\n"tab.map" = "Map";\n"tab.rides" = "My Rides";\n\n'
                '/* Careers */\n"careers.job.title" = "Fleet Technician";\n"careers.job.company" = "Harbourbike";\n'
                '"careers.job.location" = "Boston, MA";\n"careers.job.pay" = "$24 per hour";\n'
                '"careers.job.duties.title" = "What you\'ll do";\n'
                '"careers.job.duties" = "• Repair e-bikes in the depot\\n• Swap batteries at stations\\n• Log each repair";\n')
_ARB = ('{\n  "@@locale": "en",\n  "appTitle": "Pension Alpenblick",\n  "@appTitle": {\n    "description": "App name"\n  },\n'
        '  "bookButton": "Book a room",\n  "jobFrontDeskTitle": "Front Desk Agent",\n  "@jobFrontDeskTitle": {\n'
        '    "description": "Job card title"\n  },\n  "jobFrontDeskPay": "EUR 2,100 gross per month",\n'
        '  "jobFrontDeskIntro": "Our 30-room guesthouse in Salzburg is looking for a Front Desk Agent.",\n'
        '  "jobFrontDeskTasksHeading": "Your tasks",\n  "jobFrontDeskTasks": "Check guests in and out\\nAnswer calls and e-mails"\n}\n')
_ANDROID = ('<?xml version="1.0" encoding="utf-8"?>\n<resources>\n    <string name="app_name">FreshCart</string>\n'
            '    <string name="tab_home">Home</string>\n    <string name="careers_job_title">Picker – Day Shift</string>\n'
            '    <string name="careers_job_location">Calgary, AB</string>\n'
            '    <string name="careers_job_id" translatable="false">FC-CGY-77</string>\n'
            '    <string name="careers_job_duties_title">What you\\\'ll do</string>\n    <string-array name="careers_job_duties">\n'
            '        <item>Pick orders with a handheld scanner</item>\n        <item>Pack chilled goods</item>\n'
            '        <item>Keep the aisles clear</item>\n    </string-array>\n</resources>\n')


@pytest.mark.parametrize(
    "text, title, duties",
    [
        (_IOS_STRINGS, "Fleet Technician", ["Repair e-bikes in the depot", "Swap batteries at stations", "Log each repair"]),
        (_ARB, "Front Desk Agent", ["Check guests in and out", "Answer calls and e-mails"]),
        (_ANDROID, "Picker", ["Pick orders with a handheld scanner", "Pack chilled goods", "Keep the aisles clear"]),
    ],
    ids=["ios-strings", "flutter-arb", "android-strings-xml"],
)
def test_an_apps_string_resources_read_as_the_posting(text, title, duties):
    assert rule_value("title", text) == title  # never the app's own name
    assert rule_value("responsibilities", text) == duties


def test_a_registry_exports_name_value_lines_are_no_string_resources():
    text = ('Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Acme\\Kiosk]\n"StoreName"="Acme Hardware"\n'
            '"JobTitle"="Sales Associate"\n"JobLocation"="Halifax, NS"\n"JobPay"="$17.50 per hour"\n"JobType"="Part-time"\n')
    from extractor.document import Document
    from extractor.normalize import _resource_strings

    doc = Document.from_source(text)
    assert _resource_strings(doc) is doc  # left to the registry reader
