"""Classes from the blind batch s98 (construction and trades boards, Iran, Iraq, Jordan, Yemen and Qatar, CI job logs),
opened in the second session of 2026-12-07, each in phrasings of our own: a CI job's log in which a step printed the
posting (runner time stamps, runner lines, terminal codes whose escape byte a copy lost), a German degree after its
study's name, an advertiser who describes itself, a collective agreement's minimum pay, an Austrian "no cents" dash,
Arabic currency names and advertiser labels, a name in two scripts, a town named after a region, a four-word
industrial city, a rotation and a headcount abbreviation in the title, a visa among what the employer gives, and a
position "based on site"."""

from __future__ import annotations

import pytest

from tests.rule_helpers import places, rule_value

_POSTING = ("title: \"Platform Engineer\"\ncompany: \"Fjordline Data\"\nreq_id: \"PLT-77\"\n---\n\n## About the role\n"
            "Fjordline Data runs booking systems for ferry lines. You keep our clusters healthy.\n\n## What you will do\n"
            "- Run Kubernetes clusters\n- Improve CI pipelines\n- Take part in on-call\n")


def _github_log(posting: str) -> str:
    lines = ["##[group]Runner Image", "Image: ubuntu-24.04", "##[endgroup]", "##[group]Run cat jobs/plt-77.md",
             "cat jobs/plt-77.md", "  shell: /usr/bin/bash -e {0}", "##[endgroup]", "---", *posting.split("\n"),
             "##[group]Run ./publish.sh", "./publish.sh", "##[endgroup]", "Uploaded offer id=BRD-99120 (status 200)"]
    return "\n".join(f"2026-11-02T08:00:{i:02d}.{i:07d}Z {line}" for i, line in enumerate(lines)) + "\n"


def _jenkins_log(posting: str) -> str:
    lines = ["Started by user admin", "[Pipeline] Start of Pipeline", "[Pipeline] stage", "[Pipeline] { (Preview)",
             "[Pipeline] sh", "+ cat ads/plt-77.txt", *posting.split("\n"), "[Pipeline] }", "[Pipeline] sh",
             "+ python3 publish.py --ad ads/plt-77.txt", "[publish] board: created offer id=BRD-99120", "[Pipeline] End of Pipeline"]
    return "\n".join(f"[2026-11-02T08:00:{i:02d}.{i:03d}Z] {line}" for i, line in enumerate(lines)) + "\n"


def _gitlab_log(posting: str) -> str:  # as copied from a browser: the escape bytes lost, the codes left
    return ("[0KRunning with gitlab-runner 17.1.0 (a1b2c3)[0;m\nsection_start:1764000000:prepare_executor\n"
            "[0K[0K[36;1mPreparing the \"docker\" executor[0;m[0;m\nsection_end:1764000005:prepare_executor\n"
            "[0Ksection_start:1764000005:step_script\n[32;1m$ cat postings/plt-77.md[0;m\n"
            + posting + "[32;1m$ python publish.py postings/plt-77.md[0;m\ncreated offer id=BRD-99120\n"
            "section_end:1764000010:step_script\n[0K[32;1mJob succeeded[0;m\n")


_PRINTED = "Platform Engineer – Kubernetes\nFjordline Data | Bergen, Norway | Hybrid\nRef: PLT-77\n\nAbout the role\n" \
           "Fjordline Data runs booking systems for ferry lines.\n\nWhat you will do:\n* Run Kubernetes clusters\n" \
           "* Improve CI pipelines\n* Take part in on-call\n"


@pytest.mark.parametrize(
    "log, title",
    [
        (_github_log(_POSTING), "Platform Engineer"),
        (_jenkins_log(_PRINTED), "Platform Engineer – Kubernetes"),
        (_gitlab_log(_PRINTED), "Platform Engineer – Kubernetes"),
    ],
    ids=["github-actions", "jenkins", "gitlab-ci"],
)
def test_a_ci_job_log_reads_as_the_posting_its_step_printed(log, title):
    assert rule_value("title", log) == title
    assert rule_value("job_id", log) == "PLT-77"  # never the publishing step's own offer id
    assert rule_value("company", log) == "Fjordline Data"


def test_a_terminal_colour_code_alone_is_the_texts_own():
    text = "Lab Assistant [1m]\nAcme Labs\n\nAbout the role\nYou prepare samples.\n"
    assert rule_value("title", text) == "Lab Assistant [1m]"


@pytest.mark.parametrize(
    "line",
    [
        "• Ein Bachelor im Maschinenbau ist wünschenswert",
        "• Ein abgeschlossenes Ingenieurstudium (Bachelor) ist von Vorteil",
    ],
)
def test_a_german_bachelor_after_its_study_reads_as_a_degree(line):
    text = f"Bauleiter (m/w/d)\n\nIhr Profil:\n{line}\n• Teamfähigkeit\n"
    assert rule_value("education_level", text) == "bachelor"


def test_a_recruiter_label_naming_the_firm_that_describes_itself_is_the_employer():
    text = ("Welder Fabricator\n\nRecruiter:      Dunmore Precision Castings\nLocation:       Rotherham\n\nJob description\n"
            "Dunmore Precision Castings builds steel frames for warehouses. We need a welder for our day shift.\n")
    assert rule_value("company", text) == "Dunmore Precision Castings"


def test_a_recruiter_label_the_text_never_uses_again_stays_unread():
    text = ("Welder Fabricator\n\nRecruiter:      Dunmore Precision Castings\nLocation:       Rotherham\n\nJob description\n"
            "Our client builds steel frames for warehouses.\n")
    assert rule_value("company", text) is None


@pytest.mark.parametrize(
    "line, salary",
    [
        ("Gehalt: ab € 2.450,– brutto/Monat", (2450.0, None, "month")),
        ("Mindestgehalt laut KV Handel € 2.100,– brutto pro Monat, Überzahlung möglich", (2100.0, None, "month")),
        ("Das Gehalt beträgt € 3.000,– brutto pro Monat.", (3000.0, 3000.0, "month")),
    ],
)
def test_an_austrian_pay_line(line, salary):
    text = f"Verkäufer (m/w/d)\n\n{line}\n\nDeine Aufgaben\nDu berätst Kunden.\n"
    got = rule_value("salary", text)
    assert (got["min"], got["max"], got["period"]) == salary


@pytest.mark.parametrize(
    "line, currency",
    [
        ("الراتب: 95,000 ريال يمني شهرياً", "YER"),
        ("الراتب: 480 دينار أردني شهريا", "JOD"),
        ("الراتب: 6,500 ريال سعودي شهرياً", "SAR"),
    ],
)
def test_an_arabic_currency_name_with_its_country(line, currency):
    text = f"Accountant\n\n{line}\n\nDuties\nKeep the books.\n"
    got = rule_value("salary", text)
    assert (got["currency"], got["period"]) == (currency, "month")


def test_an_arabic_advertiser_label_with_a_name_in_two_scripts_reads_the_english_name():
    text = ("محاسب / Accountant\n\nالمعلن: مؤسسة النور للتجارة / Al-Noor Trading Est.\nالمدينة / City: Aden\n\n"
            "Description\nAl-Noor Trading Est. imports building materials and needs an accountant.\n")
    assert rule_value("company", text) == "Al-Noor Trading Est."


@pytest.mark.parametrize(
    "line, place",
    [
        ("Location: Bushehr, Iran", ("Bushehr", None, "Iran")),  # the province's capital stays a town
        ("Location: Sana'a, Yemen", ("Sana'a", None, "Yemen")),  # the town as written
        ("Work Site: Fort Saskatchewan, AB", ("Fort Saskatchewan", "Alberta", "Canada")),
        ("Work Location: Mesaieed South Industrial City, Qatar", ("Mesaieed South Industrial City", None, "Qatar")),
    ],
)
def test_a_place_line(line, place):
    text = f"Technician\n\n{line}\n\nDuties\nMaintain pumps.\n"
    assert places(text) == [place]


@pytest.mark.parametrize(
    "heading, title",
    [
        ("Mechanical Supervisor (Rotational 28/28)", "Mechanical Supervisor"),
        ("SCAFFOLDER – URGENT (15 NOS.)", "SCAFFOLDER"),
    ],
)
def test_title_noise_of_gulf_agencies(heading, title):
    text = f"{heading}\n\nJob Code: GA-1\n\nJob Overview\nOur client needs staff for a shutdown.\n"
    assert rule_value("title", text) == title


@pytest.mark.parametrize(
    "item, value",
    [
        ("• Work visa & flights (overseas hires)", True),
        ("• Visa, air ticket and medical insurance", True),
        ("Visa processing", None),  # a heading over what follows, no item
    ],
)
def test_a_visa_among_what_the_employer_gives(item, value):
    text = f"Rigger\n\nWhat we offer\n{item}\n• Camp accommodation\n• Transport to site\n"
    assert rule_value("visa_sponsorship", text) is value


def test_a_visa_required_of_the_applicant_is_no_offer():
    text = "Rigger\n\nRequirements\n• Visa and passport valid for six months\n• Five years' experience\n"
    assert rule_value("visa_sponsorship", text) is None


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("This position is based on site at the Ruwais complex.", "onsite"),
        ("The role is based on site or remote, as you prefer.", None),
    ],
)
def test_based_on_site(sentence, value):
    text = f"Process Engineer\n\nAbout the role\n{sentence}\n"
    assert rule_value("workplace", text) == value


@pytest.mark.parametrize(
    "lead, kept",
    [
        ("As a site foreman you lead our crews on building sites across the region.", False),
        ("Als Vorarbeiter führen Sie unsere Kolonnen auf Baustellen im Raum Dresden.", False),
        ("Each applicant must hold a valid trade certificate on the closing date.", True),  # a requirement, no lead
        ("Lead the crews", True),  # a short line: an item whose bullet was lost
    ],
)
def test_a_sentence_leading_into_a_bulleted_list_is_no_item(lead, kept):
    text = (f"Site Foreman\n\nResponsibilities\n{lead}\n• Assign the crews each morning\n• Plan the work with the site manager\n"
            "• Order materials\n\nAbout us\nWe build schools.\n")
    items = rule_value("responsibilities", text) or []
    assert (lead in items) is kept
    assert "Order materials" in items


def test_a_dutch_nice_to_have_mark():
    text = ("Timmerman\n\nWat vragen wij?\n• Een afgeronde mbo-opleiding timmeren\n• Drie jaar ervaring in de bouw\n"
            "• Ervaring met houtskeletbouw is mooi meegenomen\n\nWat bieden wij?\n• Een vast contract\n")
    assert rule_value("preferred_qualifications", text) == ["Ervaring met houtskeletbouw is mooi meegenomen"]


@pytest.mark.parametrize(
    "line, title",
    [
        ("Position: Trekking Guide (French Speaking) – 3 slots", "Trekking Guide (French Speaking)"),
        ("Position: Credit Officer (Rural) – 02 Posts – Re-announced", "Credit Officer (Rural)"),
    ],
)
def test_notice_position_lines_with_slots_and_re_announcements(line, title):
    text = f"VACANCY ANNOUNCEMENT\n\n{line}\nDuty Station: Paro\n\nJob summary\nThe post holder works with guests.\n"
    assert rule_value("title", text) == title
