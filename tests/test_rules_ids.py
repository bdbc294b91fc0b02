"""Table-driven tests for the ``job_id`` rules (extractor/rules/ids.py)."""

from __future__ import annotations

import pytest

from extractor.context import context_for
from extractor.rules.base import run_rules

POSITIVE = [
    # (text, expected id, a label word the evidence must contain)
    # a label ending in '#' run into a code with letters; a Spanish classifieds board's "Anuncio #"
    ("Sparks, NV  ·  Posted 2d ago  ·  Job #KW-20417\n", "KW-20417", "Job #"),
    ("Publicado el 3 de mayo · 88 vistas · Anuncio #MTY-55120\n", "MTY-55120", "Anuncio"),
    # a civil-service notice's post number; a Spanish-language classifieds board's ad number
    ("VACANCY: SENIOR ENGINEER (Post No. MOW-118)\nSalary: $60,000 per annum\n", "MOW-118", "Post No"),
    ("Publicado: 02/10/2026   Aviso N° 5512093\nJornada: Tiempo completo\n", "5512093", "Aviso"),
    # a bilingual label pair before the value; a civil-service exam number; an Azerbaijani board's ad number
    ("Poste\nJob Number / Numéro d'emploi : 2024-118\n", "2024-118", "Job Number"),
    ("EXAMINATION NO. 61-233\nOpen to the public\n", "61-233", "EXAMINATION NO"),
    ("Satış meneceri\nElan № 504417\n", "504417", "Elan"),
    # US state civil-service boards: a job control number
    ("Staff Services Analyst\nJob Control: JC-501234\nDepartment: Transportation\n", "JC-501234", "Job Control"),
    ("Position Control Number: 580-123-5393-001\n", "580-123-5393-001", "Position Control Number"),
    ("事務スタッフ\n仕事番号：77310\n", "77310", "仕事番号"),
    # labels of more languages
    ("Operador\nReferência: OPR-2291\n", "OPR-2291", "Referência"),
    ("נציג מכירות\nמספר משרה: 554102\n", "554102", "משרה"),
    ("Buhalteris\nSkelbimo Nr.: 330918\n", "330918", "Skelbimo"),
    ("Grāmatvedis\nVakances Nr.: VK-204\n", "VK-204", "Vakances"),
    ("Prodavač\nŠifra oglasa: ZG-7781\n", "ZG-7781", "oglasa"),
    ("Менеджер\nНомер вакансії: 40127\n", "40127", "вакансії"),
    ("محاسب\nرقم الوظيفة: 88-2025\n", "88-2025", "الوظيفة"),
    ("Staf Admin\nKode lowongan: JKT-0412\n", "JKT-0412", "lowongan"),
    ("디자이너\n채용번호: 2025-118\n", "2025-118", "채용번호"),
    # a JSON export's keys
    ('{"job_title": "Clerk", "ref_no": "HR/ADM/2025/07", "id": 99}', "HR/ADM/2025/07", "ref_no"),
    ('{"title": "Nurse", "job_ref": "NUR-4410"}', "NUR-4410", "job_ref"),
    # a UN job opening number has spaces in it
    ("Job Opening Number: 24-Human Resources-OHCHR-228811-R-Geneva (R)\nStaffing Exercise: N/A\n",
     "24-Human Resources-OHCHR-228811-R-Geneva (R)", "Job Opening Number"),

    ("Vendedor\nCódigo de la oferta: 55-ABC-9\n", "55-ABC-9", "oferta"),
    ("Impiegato\nRif. annuncio: MI-2207\n", "MI-2207", "annuncio"),
    ("Medewerker\nVacature-ID: 88123\n", "88123", "Vacature"),
    ("Entwickler\nKennziffer: 4711-B\n", "4711-B", "Kennziffer"),
    ("Programista\nNr ref.: KS-114\n", "KS-114", "ref"),
    ("Apply now\nListing #: 77120044\n", "77120044", "Listing"),
    ("Job Ref. Code: OPS-SUP-118\n", "OPS-SUP-118", "Job Ref"),
    ("Číslo inzerátu: 55-2024-17\n", "55-2024-17", "inzerátu"),
    ("Mise à jour le 2 mai - offre n° 204KLMB\n", "204KLMB", "offre"),
    ("Номер вакансии: 99123456\n", "99123456", "вакансии"),
    ("SummaryPosted: May 9, 2024Role Number:200550562The VCV Science ML team", "200550562", "Role Number"),
    ("**Weekly Hours:**  40\n**Role Number:**  200578597-0836  \n**Summary**", "200578597-0836", "Role Number"),
    ("Job ID: R-12345\nLocation: Austin, TX", "R-12345", "Job ID"),
    # a label and its value as a definition list (dt/dd), the value after a blank line
    ("Who may apply\n\nPublic\n\nAnnouncement number\n\nHR-25-0417\n\nControl number\n\n812004500", "HR-25-0417", "Announcement number"),
    ("Vacancy number: 4471920\nClosing date: 1 May 2025", "4471920", "Vacancy number"),
    ("Posting number\nP-2025-0098", "P-2025-0098", "Posting number"),
    ("Job Id - JR0123456", "JR0123456", "Job Id"),
    ("Req ID: REQ_2024_0042", "REQ_2024_0042", "Req ID"),
    ("Req #: 24-0193 | Full time", "24-0193", "Req #"),
    ("Requisition ID\n\nR0098765\n\nApply now", "R0098765", "Requisition ID"),
    ("Requisition Number: 2024-11873.", "2024-11873", "Requisition Number"),
    ("Job Requisition ID: JR-2024-77", "JR-2024-77", "Job Requisition ID"),
    ("Reference: ENG/2024/117", "ENG/2024/117", "Reference"),
    ("Reference No. ABC123", "ABC123", "Reference No"),
    ("Ref. No: 4471-UK", "4471-UK", "Ref. No"),
    ("Ref: 99812", "99812", "Ref"),
    ("Job code: ENG-204", "ENG-204", "Job code"),
    # other boards' and languages' labels
    ("Offer ID: KR/2025/117\nSalary: 20 000 PLN", "KR/2025/117", "Offer ID"),
    ("Job Post ID: JP-2025-88213\nPosted 3 Mar 2025", "JP-2025-88213", "Job Post ID"),
    ("Competition Number: 25-0412-ENG", "25-0412-ENG", "Competition Number"),
    ("ID de la vacante: 77120931", "77120931", "ID de la vacante"),
    ("Código da vaga: VG-5521", "VG-5521", "Código da vaga"),
    ("Kennziffer: 2025-114", "2025-114", "Kennziffer"),
    ("Job Reference: JREF.2024.55", "JREF.2024.55", "Job Reference"),
    ("Listing ID #884211", "884211", "Listing ID"),
    ("Vacancy ID: V-10021", "V-10021", "Vacancy ID"),
    ("Vacancy Reference: 2024/HR/9", "2024/HR/9", "Vacancy Reference"),
    ("Posting ID: 55512", "55512", "Posting ID"),
    ("Position Number: 00012345", "00012345", "Position Number"),
    ("Opening ID: OPN-7781Apply today", "OPN-7781", "Opening ID"),
    ("JR number JR-2024-0001", "JR-2024-0001", "JR number"),
    ("Job No. 1187", "1187", "Job No"),
    ("job_id: 12345", "12345", "job_id"),
    ("JOB ID:12345Location: Berlin", "12345", "JOB ID"),
    ("Senior Nurse (Band 6)\nVacancy Number: 290-NHS-6112\nClosing date: 30/11/2024", "290-NHS-6112", "Vacancy Number"),
    ("Title: Welder | Job #: W-332 | Shift: Nights", "W-332", "Job #"),
    ("Muhasebe Uzmanı\nİlan No: 4471203\n", "4471203", "İlan No"),
    ("Prosjektleder\nFINN-kode: 402118776\n", "402118776", "FINN-kode"),
    ("職缺編號：J-2025-118\n", "J-2025-118", "職缺編號"),
    ("Payroll Officer\nJob Identification 7781\nJob Category Finance\n", "7781", "Job Identification"),
    # round 12: Ukrainian and Bulgarian boards' numbers
    ("Бухгалтер\nВакансія № 3390127\n", "3390127", "Вакансія №"),
    ("Счетоводител\nРеф. номер: ACC-PL-07\n", "ACC-PL-07", "Реф. номер"),
    ("Шофьор\nОбява № 88123\n", "88123", "Обява №"),
]

NEGATIVE = [
    "This is our job #1 priority this quarter.\n",
    "Job ID / see the portal for the reference\n",
    "Job ID: none yet, please quote your name in your application\n",
    "HR/IT/FIN — Shared Services team\nWe run payroll.",
    "Please quote the reference in your email when applying.",
    "References: two professional references required.",
    "Requirements: 5 years of experience with Python.",
    "Job Type: Full-time\nSalary: $50,000",
    "Our job is to build the #1 platform for 10,000 customers.",
    "This is our job #1 priority.",
    "Reference checks will be done for 2 references.",
    "Job ID: pending",
    "",
    "Position: Senior Engineer, Level 3",
    "Please bring a photo ID 12345 is not needed",
    "Badge\nID card required on site\n",
    "Ми пропонуємо: вакансія з гнучким графіком\n",
]


def _best(text: str):
    ctx = context_for(text)
    return ctx, run_rules(ctx, ["job_id"]).get("job_id")


@pytest.mark.parametrize("text, expected, label", POSITIVE)
def test_job_id_found(text: str, expected: str, label: str) -> None:
    ctx, cand = _best(text)
    assert cand is not None, text
    assert cand.value == expected
    assert cand.confidence >= 0.8
    assert cand.spans
    for start, end in cand.spans:
        evidence = ctx.text[start:end]
        assert expected in evidence
        assert label.lower() in evidence.lower()


# a bare "ID" alone on a header line (iCIMS); weaker than a label, so checked on its own
@pytest.mark.parametrize("text, expected", [("Forklift Driver\nJob Locations US-TN-Memphis\nID 2025-3302\nCategory Warehouse\n", "2025-3302"),
                                            ("Medewerker\nReferentie: AB-4410\n", "AB-4410")])
def test_bare_id_line_and_weak_reference(text: str, expected: str) -> None:
    ctx, cand = _best(text)
    assert cand is not None and cand.value == expected
    assert ctx.text[slice(*cand.spans[0])].endswith(expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_job_id(text: str) -> None:
    _, cand = _best(text)
    assert cand is None, (text, cand)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("European Personnel Selection Office\n\nCOM/AD/117/26 — Policy Officers (AD 7) in Energy\n\nThe Commission recruits.", "COM/AD/117/26"),
        ("## EPSO/AST-SC/14/26 - Secretaries (SC 2)\nApply by 3 May.", "EPSO/AST-SC/14/26"),
    ],
)
def test_unlabelled_heading_code_is_unsure(text: str, expected: str) -> None:
    """A competition code opening a heading, with no label: taken, below the ask threshold."""
    _, cand = _best(text)
    assert cand is not None and cand.value == expected
    assert cand.confidence < 0.8


def test_bare_weak_label_is_low_confidence() -> None:
    # (an instruction to quote the reference is no longer weak: see test_rules_first_sight_s20's quoted references)
    ctx, cand = _best("Send your CV with reference 55123 in the subject to jobs@example.com")
    assert cand is not None and cand.value == "55123"
    assert cand.confidence < 0.6
    start, end = cand.spans[0]
    assert ctx.text[start:end] == "reference 55123"


def test_first_of_equal_labels_wins() -> None:
    _, cand = _best("Job ID: A-111\n...\nJob ID: B-222")
    assert cand is not None and cand.value == "A-111"


@pytest.mark.parametrize("text", ["\x00\x01\xff" * 1000, "Job ID " * 5000, "Role Number:" + "9" * 500])
def test_odd_input_gives_no_id(text: str) -> None:
    """No exception (the suite runs strict) and no id: a label with no value, a 500-digit "number"."""
    assert _best(text)[1] is None


# A bracketed tag closing an announcement number's line is part of the number (USAJOBS writes "(DEU)",
# "(MP)", "(Local Hire)"); a note on the job's workplace, hours or place is not.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Announcement number\nKRT-17-221 (Local Hire)\nControl number\n510001200\n", "KRT-17-221 (Local Hire)"),
        ("Announcement number: NPS-18-MR-0042(DEU)\n", "NPS-18-MR-0042(DEU)"),
        ("Vacancy number: VN-2024-117 (MP)\n", "VN-2024-117 (MP)"),
        ("Announcement number: CG-19-33 (READVERTISEMENT)\n", "CG-19-33 (READVERTISEMENT)"),
        ("Job ID: R-12345 (Remote)\n", "R-12345"),
        ("Job ID: 12345 (Part-time)\n", "12345"),
        ("Job ID: 12345 (London)\n", "12345"),
        ("Job ID: 67890 (see below) for details\n", "67890"),
    ],
)
def test_announcement_tag(text: str, expected: str) -> None:
    _, cand = _best(text)
    assert cand is not None and cand.value == expected


# round 17: Spanish boards' "Código:" is the advert's code; a postcode is not
@pytest.mark.parametrize("text, expected", [
    ("Rep\n\nFecha de publicación: 13/11/2026 · Código: 1885234\n", "1885234"),
    ("Rep\nCódigo postal: 28001\n", None),
])
def test_round17_codigo_label(text: str, expected) -> None:
    _, cand = _best(text)
    assert (cand.value if cand is not None else None) == expected
