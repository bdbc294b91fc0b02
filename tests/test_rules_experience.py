"""Table-driven tests for the ``min_years_experience`` rules (extractor/rules/experience.py)."""

from __future__ import annotations

import pytest

from extractor.document import Document
from extractor.context import context_for
from extractor.rules.base import Context, run_rules
from extractor.sections import Section

FIELD = "min_years_experience"

POSITIVE = [
    # (text, expected years, a piece of text the evidence span must contain)
    ("Profil\n- Mehrjährige Berufserfahrung (mind. 4 Jahre) im Controlling", 4, "4 Jahre"),
    ("Requisitos\n- No mínimo 2 anos de experiência em vendas", 2, "2 anos"),
    ("Требования\n- опыт работы не менее 3 лет", 3, "3 лет"),
    # --- US tech (Greenhouse / Lever / Workday / careers scrapes)
    ("Prax: 3 roky v obchode", 3, "3 roky"),
    # boards of thinly covered countries: more year units, experience words and range words
    ("Zahteve:\n– najmanj 2 leti delovnih izkušenj v prodaji", 2, "2 leti"),
    ("Tələblər:\n- ən azı 4 il iş təcrübəsi", 4, "4 il"),
    ("Profil\n• Expérience : 2 à 4 ans dans un poste similaire", 2, "2 à 4 ans"),
    ("Requisitos:\n- 3 a 5 años de experiencia en ventas", 3, "3 a 5 años"),
    ("Prasības:\n- vismaz 3 gadu pieredze projektu vadībā", 3, "3 gadu"),
    # more languages' experience words and year units
    ("Požadujeme:\n- praxi v logistice alespoň 2 roky", 2, "2 roky"),
    ("Reikalavimai:\n- ne mažiau kaip 3 metų darbo patirties", 3, "3 metų"),
    ("Prasības:\n- darba pieredze vismaz 2 gadi", 2, "2 gadi"),
    ("Вимоги:\n- досвід роботи від 3 років", 3, "3 років"),
    ("דרישות:\n- 4 שנות ניסיון בפיתוח", 4, "4 שנות"),
    ("المتطلبات:\n- خبرة لا تقل عن 5 سنوات", 5, "5 سنوات"),
    # a marked number before any gerund, and a preference after a comma that names something else
    ("Requirements\n* 4+ years troubleshooting industrial PLCs", 4, "4+ years"),
    ("Requirements\n* 3+ years negotiating enterprise contracts, ideally with public-sector buyers", 3, "3+ years"),
    ("Требуемый опыт работы: 1–3 года", 1, "1–3 года"),
    ("опыт работы с клиентами от 2 лет", 2, "2 лет"),
    ("5+ years of industry or strong academic experience in CVML", 5, "5+ years"),
    # other languages
    ("Mindestens 3 Jahre Berufserfahrung im Controlling", 3, "3 Jahre"),
    ("Experiencia mínima de 2 años en ventas", 2, "2 años"),
    ("5+ jaar ervaring als beleidsmedewerker", 5, "5+ jaar"),
    ("Au moins 4 ans d'expérience en marketing", 4, "4 ans"),
    ("Key Qualifications5+ years of industry experience building ML software", 5, "5+ years"),
    ("At least 2 years of experience with Python", 2, "At least 2 years"),
    ("Minimum of 3 years relevant experience in data engineering", 3, "Minimum of 3 years"),
    ("min. 3 years exp in B2B sales", 3, "min. 3 years"),
    ("3-5 years of experience building backend services", 3, "3-5 years"),
    ("3 to 5 years experience in a similar role", 3, "3 to 5 years"),
    ("Between 3 and 5 years of experience in accounting", 3, "3 and 5 years"),
    ("3 Years experience on training, evaluating, and characterizing ML models", 3, "3 Years"),
    ("over 4 years of hands-on experience with Kubernetes", 4, "4 years"),
    ("4 or more years of professional experience", 4, "4 or more years"),
    ("1.5 years of experience with React", 1.5, "1.5 years"),
    ("You have 5+ years building distributed systems in Go", 5, "5+ years"),
    ("10+ yrs. exp. required", 10, "10+ yrs"),
    # --- non-tech, UK / EU wording
    ("Three years' experience in a commercial kitchen", 3, "Three years"),
    ("three (3) years of experience as a registered nurse", 3, "three (3) years"),
    ("2 years' experience as a Chef de Partie", 2, "2 years"),
    ("1-2 years of relevant experience in retail", 1, "1-2 years"),
    ("Qualified solicitor with 3+ years PQE", 3, "3+ years PQE"),
    ("Minimum 6 months experience in a warehouse", 0.5, "6 months"),
    ("Candidates should have at least five years of experience.", 5, "five years"),
    # --- Indian wording
    ("4-6 yrs exp in Java / Spring Boot", 4, "4-6 yrs"),
    ("Experience: 3-5 years", 3, "Experience"),
    ("Total Exp: 5-8 yrs | Notice period: Immediate", 5, "5-8 yrs"),
    ("Experience Required: 2-4 Years", 2, "2-4 Years"),
    ("Freshers or 0-1 years of experience may apply", 0, "0-1 years"),
    # --- several statements: the first required one; "preferred" ones come last
    ("5 years minimum experience in accounting; 7+ years preferred", 5, "5 years"),
    ("Ideally 7 years of experience in payroll.\nYou must have 3 years of experience in HR.", 3, "3 years"),
    ("Applicants must be 18 years or older. At least 2 years of experience driving forklifts.", 2, "2 years"),
    ("For over 40 years we have served our clients. You bring 3+ years of experience in sales.", 3, "3+ years"),
    # units, qualifiers and experience words in more languages
    ("Cerințe\n• Cel puțin 4 ani experiență în vânzări", 4.0, "4 ani experiență"),
    ("Aranan Nitelikler\n- Muhasebe alanında en az 3 yıl deneyimli", 3.0, "3 yıl"),
    ("Elvárások\n• Legalább 5 év szakmai tapasztalat", 5.0, "5 év"),
    ("คุณสมบัติ\n2. มีประสบการณ์ด้านบัญชีอย่างน้อย 3 ปี", 3.0, "3 ปี"),
    ("工作經歷：5年以上", 5.0, "5年"),
    ("Profil : une expérience d'au moins 1 an en logistique", 1.0, "1 an"),
    ("Experience Requirements\n2 to 4 years\nAge 22 to 30 years", 2.0, "2 to 4 years"),
    ("Vaatimukset\n- Vähintään 2 vuotta työkokemusta", 2.0, "2 vuotta"),
    ("경력 2 ~ 5년 · 정규직", 2.0, "2 ~ 5년"),
    ("経験：3〜5年", 3.0, "3〜5年"),
    # round 12: years that make up for a degree in an alternative give way to the posting's own requirement
    ("Qualifications\n- Master's degree in Social Work; or a combination of a Bachelor's degree and four (4) years of casework experience\n- One (1) year of supervisory experience", 1.0, "One (1) year"),
    ("Requirements\n- Master's degree, or bachelor's degree plus 5 years of related experience\n- 3 years of grant management experience", 3.0, "3 years"),
    ("Requirements\n- Bachelor's degree and 6 years of experience, or Master's degree and 4 years of experience", 6.0, "6 years"),
]

NEGATIVE = [
    "Eligibility\n- A diploma after university studies of at least 4 years.",
    "Wir sind seit 25 Jahren am Markt.",
    "For over 40 years we have been industry leaders.",
    "Acme is a 25-year-old company with deep industry experience.",
    "Applicants must be 18 years or older.",
    "You must be at least 18 years of age to apply.",
    "This is a 2 year contract with professional development.",
    "12 months fixed-term contract, hands-on work.",
    "5 year warranty on all professional equipment",
    "26 days annual leave rising to 31 days after 5 years' service",
    "We have over 20 years of experience in recruitment.",
    "With over 25 years of experience, Acme is the leading provider of logistics.",
    "No driving convictions in the last 3 years.",
    "Children aged 3-5 years attend our nursery.",
    "has been trusted for over 100 years by industry professionals",
    "Proven track record in a Machine Learning Engineering role",
    "You will join a team of 12 engineers working on payments.",
    "Salary: $120,000 per year",
    "",
    "\x00\x01\x02 years years 5+ \ufffd",
]


def _value(text: str):
    ctx = context_for(text)
    return ctx, run_rules(ctx, [FIELD]).get(FIELD)


@pytest.mark.parametrize("text,expected,evidence", POSITIVE)
def test_positive(text, expected, evidence):
    ctx, cand = _value(text)
    assert cand is not None, text
    assert cand.value == pytest.approx(expected)
    assert 0 < cand.confidence <= 1
    assert cand.spans, "a value needs evidence"
    for start, end in cand.spans:
        piece = ctx.text[start:end]
        assert piece.strip() == piece and piece, piece
    joined = " ".join(ctx.text[a:b] for a, b in cand.spans)
    assert evidence in joined, (joined, evidence)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text):
    _, cand = _value(text)
    assert cand is None, (text, cand)


def _ctx(text: str, sections: list[tuple[str, str]]) -> Context:
    """A context over ``text`` with sections given as (kind, heading) pairs found in order."""
    found = []
    heads = []
    for kind, heading in sections:
        pos = text.index(heading)
        heads.append((kind, heading, pos))
    for i, (kind, heading, pos) in enumerate(heads):
        end = heads[i + 1][2] if i + 1 < len(heads) else len(text)
        found.append(Section(kind, heading, pos, pos + len(heading), end))
    return Context(doc=Document.from_source(text), sections=found)


SECTIONED = [
    # (text, sections, expected, confidence bounds)
    (
        "About us\nFounded 30 years ago.\nMinimum Qualifications\n5+ years of industry experience in CV\n"
        "Preferred Qualifications\nBS and a minimum of 3 years relevant industry experience.",
        [("company", "About us"), ("minimum_qualifications", "Minimum Qualifications"),
         ("preferred_qualifications", "Preferred Qualifications")],
        5,
        (0.85, 1.0),
    ),
    (
        "Minimum Qualifications\nProven track record in ML engineering.\n"
        "Preferred Qualifications\nBS and a minimum of 3 years relevant industry experience.",
        [("minimum_qualifications", "Minimum Qualifications"), ("preferred_qualifications", "Preferred Qualifications")],
        3,
        (0.0, 0.7),
    ),
    (
        "Nice to have\n7+ years of experience with Spark\nRequirements\n- 4+ years of experience with Python",
        [("preferred_qualifications", "Nice to have"), ("minimum_qualifications", "Requirements")],
        4,
        (0.85, 1.0),
    ),
    (
        "Requirements\n- Minimum 2 years\n- Full UK driving licence",
        [("minimum_qualifications", "Requirements")],
        2,
        (0.6, 0.8),
    ),
]


@pytest.mark.parametrize("text,sections,expected,bounds", SECTIONED)
def test_sections_prefer_required(text, sections, expected, bounds):
    ctx = _ctx(text, sections)
    cand = run_rules(ctx, [FIELD]).get(FIELD)
    assert cand is not None
    assert cand.value == expected
    assert bounds[0] <= cand.confidence <= bounds[1]
    (start, end), = cand.spans
    assert str(expected) in ctx.text[start:end]


def test_company_section_is_ignored():
    ctx = _ctx("About us\nWe bring 30 years of industry experience to clients.\n", [("company", "About us")])
    assert run_rules(ctx, [FIELD]).get(FIELD) is None


def test_huge_input():
    """No experience is stated (no cue word); the suite runs strict, so a rule exception fails here.

    Its speed is measured by ``extractor bench --only long``."""
    text = ("5 " * 20000) + "years " * 20000
    assert run_rules(context_for(text), [FIELD]).get(FIELD) is None


# round 17: a requirement glued to the next bullet by a scrape ("…experienceSafety boots") still ends at its word
@pytest.mark.parametrize("text, expected", [
    ("Forklift Operator\n\nTo be successful you will have:A current LF forklift licenceAt least 6 months of warehouse experienceSafety boots", 0.5),
    ("Developer\n\nRequirements: 5 years experienceStrong Java", 5.0),
])
def test_round17_glued_bullet_after_experience(text, expected):
    _, cand = _value(text)
    assert cand is not None and cand.value == pytest.approx(expected)
