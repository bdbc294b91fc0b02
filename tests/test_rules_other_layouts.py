"""Table-driven tests: structured fields written the way other boards, countries and languages write them.

Each row is a short posting fragment and the value one rule must read from it (or ``None``:
nothing may be invented).  Phrasings are new, not copied from the golden documents.
"""

from __future__ import annotations

import pytest

from extractor.context import context_for
from extractor.rules.base import run_rules


def _value(field: str, text: str):
    ctx = context_for(text)
    cand = run_rules(ctx, [field]).get(field)
    if cand is None:
        return None
    return cand.value.isoformat() if hasattr(cand.value, "isoformat") else cand.value


CASES = [
    # workplace: a remote cue that names what an allowance pays for is a benefit
    ("workplace", "Benefits\n- A monthly allowance for working from home and phone costs\n- 30 days of leave\n", None),
    ("workplace", "Perks: WFH equipment budget of €500, gym membership.\n", None),
    ("workplace", "This is a remote position; we also pay a home office stipend.\n", "remote"),
    ("workplace", "CDI  Bordeaux  Télétravail partiel  Salaire : 38K à 44K €\n", "hybrid"),
    ("workplace", "Ce que nous offrons\nTélétravail : 3 jours par semaine\n", "hybrid"),
    ("workplace", "Wir bieten\n- 2 Tage pro Woche im Homeoffice\n", "hybrid"),
    ("workplace", "Modalidad: 2 días de teletrabajo por semana\n", "hybrid"),
    ("workplace", "Die Position ist vollständig remote besetzbar.\n", "remote"),
    # date_posted: other boards' labels; review/modification dates are not the posting date
    ("date_posted", "Chargé de clientèle\nNantes\nPubliée le 14/02/2025\n", "2025-02-14"),
    ("date_posted", "Lagerist (m/w/d)\nHamburg\nEingestellt am 03.03.2025\n", "2025-03-03"),
    ("date_posted", "Site Supervisor\nPosition description\nLast reviewed: 11/02/2025\n", None),
    ("date_posted", "Clerk\nDate modified: 2025-01-20\n", None),
    ("date_posted", "Nurse\nRevision date: 5 March 2025\n", None),
    # job_id: other labels
    ("job_id", "Technical University of Delft    Vacancy TUD07821\n\nPhD position\n", "TUD07821"),
    ("job_id", "Elektroniker (m/w/d)\nReferenz: EL-2025-114\n", "EL-2025-114"),
    ("job_id", "Ingénieur méthodes\nRéférence de l'annonce : IM/0425/LY\n", "IM/0425/LY"),
    ("job_id", "Cocinero/a\nCódigo de referencia: MAD-COC-77\n", "MAD-COC-77"),
    ("job_id", "We fill every vacancy within 30 days.\n", None),
    # employment_type: other languages; a working student is part-time
    ("employment_type", "Werkstudent (m/w/d) Marketing\nBerlin\nTeilzeit, Werkstudent\n", "part_time"),
    ("employment_type", "Working student (f/m/d) Finance\nFrankfurt\n", "part_time"),
    ("employment_type", "Mechatroniker (m/w/d)\nStuttgart\nVollzeit\nUnbefristet\n", "full_time"),
    ("employment_type", "Horario: Tiempo completo, lunes a viernes\n", "full_time"),
    ("employment_type", "Vendeur H/F\nLille\nTemps partiel, 24h\n", "part_time"),
    ("employment_type", "Jornada: medio tiempo (4 horas diarias)\n", "part_time"),
    ("employment_type", "Praktikum Controlling (m/w/d)\nMünchen\nPraktikum\n", "internship"),
    # education_level: the degree named, not a bare "degree in" after it; teaching duties are not requirements
    ("education_level", "Requirements\n- M.Sc. or Ph.D. degree in Physics or Mathematics\n", "master"),
    ("education_level", "Requirements\n- Master's or Diplom degree in mechanical engineering\n", "master"),
    ("education_level", "Requirements\n- Bachelor or Master of Nursing, registered with AHPRA\n", "bachelor"),
    (
        "education_level",
        "You will:\n- supervise bachelor's and master's students in the lab\n\nRequirements\n- A master's degree (or an equivalent university degree) in chemistry\n",
        "master",
    ),
]


@pytest.mark.parametrize("field, text, expected", CASES)
def test_other_layouts(field: str, text: str, expected) -> None:
    assert _value(field, text) == expected


MORE_CASES = [
    # salary: "kr." is the krona/krone of the posting's country, or no currency at all
    ("salary", "Lagermedarbejder\nOdense, Danmark\nLøn: 29.000 - 33.000 kr. pr. måned\n", {"min": 29000.0, "max": 33000.0, "currency": "DKK", "period": "month"}),
    ("salary", "Løn: 38.000 kr. om måneden\n", {"min": 38000.0, "max": 38000.0, "currency": None, "period": "month"}),
    ("salary", "Laut Kollektivvertrag gilt ein Mindestgehalt von € 3.250,- brutto pro Monat.\n", {"min": 3250.0, "max": None, "currency": "EUR", "period": "month"}),
    # workplace: a remote field answered "No"
    ("workplace", "Contract: Temporary\nRemote working: No\n", "onsite"),
    # min_years_experience in Korean, Chinese, Spanish and German word numbers
    ("min_years_experience", "지원자격\n경력: 경력 5년 이상\n", 5.0),
    ("min_years_experience", "任职要求：\n1. 4年以上后端开发经验；\n", 4.0),
    ("min_years_experience", "Requisitos\n- Experiencia mínima de dos (2) años en cargos similares.\n", 2.0),
    ("min_years_experience", "Ihr Profil\n- Mindestens vier Jahre Berufserfahrung im Vertrieb\n", 4.0),
    # locations: other countries' labels and header lines
    ("locations", "Sykepleier\nSted: Olav Kyrres gate 5, 5015 Bergen\n", [{"city": "Bergen", "region": None, "country": None}]),
    ("locations", "Chef de rang\nLieu : Lyon (69002)\n", [{"city": "Lyon", "region": None, "country": None}]),
    ("locations", "Receptionist\nThe Grange Hotel\nEdinburgh, EH3\n£12.00 per hour\n", [{"city": "Edinburgh", "region": None, "country": None}]),
]


@pytest.mark.parametrize("field, text, expected", MORE_CASES)
def test_more_other_layouts(field: str, text: str, expected) -> None:
    assert _value(field, text) == expected


EDUCATION_CASES = [
    ("Requirements\n- Higher Diploma or above in Business Administration\n", "associate"),
    ("任职要求\n1. 本科及以上学历，统计学相关专业\n", "bachelor"),
    ("자격요건\n- 석사 이상 (컴퓨터공학 관련 전공)\n", "master"),
    ("Requirements\n✅ KCSE certificate (C- and above)\n", "high_school"),
    ("Ihr Profil\n• Abgeschlossene HTL oder Matura mit Schwerpunkt Elektrotechnik\n", "high_school"),
    ("Requisitos\n- Profesional en Ingeniería Industrial o carreras afines\n", "bachelor"),
    ("Our stack: AWS S3, Lambda and DynamoDB.\n", None),
]


@pytest.mark.parametrize("text, expected", EDUCATION_CASES)
def test_education_other_countries(text: str, expected) -> None:
    assert _value("education_level", text) == expected


PLACE_CASES = [
    # a region's local name; a masthead is no city; places of "similar jobs" lines are not the posting's
    ("Accountant\nVictoria Island, Lagos State\n", [{"city": "Victoria Island", "region": "Lagos", "country": "Nigeria"}]),
    ("THE EVENING POST, LAGOS — MONDAY, MAY 5, 2025\nAPPOINTMENTS\nStore Manager\nLekki, Lagos State\n", [{"city": "Lekki", "region": "Lagos", "country": "Nigeria"}]),
    ("Tester\nĐịa điểm làm việc: Quận 1, TP. Hồ Chí Minh, Việt Nam\n\nSimilar jobs: Java Developer - Hà Nội - 20.000.000 VND\n", [{"city": "TP. Hồ Chí Minh", "region": None, "country": "Vietnam"}]),
]


@pytest.mark.parametrize("text, expected", PLACE_CASES)
def test_places_other_countries(text: str, expected) -> None:
    assert _value("locations", text) == expected


LAST_CASES = [
    # the header range takes the period the posting states for the same figures further down
    ("salary", "Compensation\n₪28K – ₪36K • Offers Equity\n\nAbout us\nWe build tools.\n\nCompensation: ₪28,000 – ₪36,000 gross per month.\n", {"min": 28000.0, "max": 36000.0, "currency": "ILS", "period": "month"}),
    # a masthead year next to "DAILY" is not a day rate
    ("salary", "THE DAILY COURIER — FRIDAY, APRIL 4, 2025 — PAGE 12\nAPPOINTMENTS\nStore clerk wanted\n", None),
    # Danish dates and labels
    ("date_posted", "Lagermedarbejder\nOdense\nIndrykket: 12. maj 2025\nAnsøgningsfrist: 30. maj 2025\n", "2025-05-12"),
]


@pytest.mark.parametrize("field, text, expected", LAST_CASES)
def test_last_other_layouts(field: str, text: str, expected) -> None:
    assert _value(field, text) == expected
