"""Table-driven tests for the ``education_level`` rules (extractor/rules/education.py)."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from extractor.document import Document
from extractor.context import context_for
from extractor.rules.base import Context, run_rules
from extractor.schema import EDUCATION_ORDER
from extractor.sections import Section

FIELD = "education_level"

POSITIVE = [
    # (text, expected level, text the evidence span must contain)
    # law degrees: the Juris Doctor is a doctorate; a degree programme the employer offers is no requirement
    ("Qualifications:\n- J.D. from an accredited law school and admission to the state bar", "doctorate", "J.D."),
    ("Requirements: Juris Doctor degree and two years of practice", "doctorate", "Juris Doctor"),
    ("The faculty offers a three-year Bachelor of Laws programme.\nRequirements:\n- Master's degree in Law", "master", "Master's degree"),
    # --- US tech
    ("Niveau : CAP/BEP ou équivalent", "high_school", "CAP/BEP"),
    # boards of thinly covered countries (Slovenian levels, Azerbaijani labels, Ecuadorian and Costa Rican titles,
    # Australian qualification framework names)
    ("Pogoji:\n– V. stopnja izobrazbe (srednja strokovna šola)", "high_school", "V. stopnja"),
    ("Təhsil: Ali\nİş təcrübəsi: 2 il", "bachelor", "Təhsil: Ali"),
    ("Requisitos:\n• Título de tercer nivel en Contabilidad", "bachelor", "Título de tercer nivel"),
    ("Requisitos:\n- Diplomado en Administración o carrera afín", "associate", "Diplomado en"),
    ("Essential:\n- Diploma of Community Services or equivalent", "associate", "Diploma"),
    ("Essential:\n- Graduate Diploma of Education (Secondary)", "bachelor", "Graduate Diploma"),
    # Dutch, Swiss, Serbian/Croatian, Nigerian and US civil-service wording
    ("Wat je meebrengt:\n- een afgeronde mbo-opleiding (niveau 3) in de zorg", "high_school", "mbo-opleiding"),
    ("Functie-eisen: MBO 4 werk- en denkniveau", "high_school", "MBO 4"),
    ("Profil: Certificat fédéral de capacité de logisticien ou titre jugé équivalent", "high_school", "Certificat fédéral de capacité"),
    ("Anforderungen: Lehre mit EFZ als Kaufmann/Kauffrau", "high_school", "Lehre mit EFZ"),
    ("Uslovi: SSS ili VSS tehničkog smera, vozačka dozvola B kategorije", "high_school", "SSS"),
    ("Potrebno: VSS iz oblasti ekonomije", "bachelor", "VSS"),
    ("Requirements: B.Sc or HND in Civil Engineering", "associate", "HND"),
    ("Qualification: B.Pharm with current practising licence", "bachelor", "B.Pharm"),
    ("Education: Equivalent to graduation from a four-year college in any field.", "bachelor", "graduation from a four-year college"),
    # school-leaving and university qualifications of more languages
    ("Požadavky: vzdělání s maturitou, řidičský průkaz B", "high_school", "s maturitou"),
    ("Kualifikasi:\n- Pendidikan minimal S1 Teknik Informatika", "bachelor", "minimal S1"),
    ("Yêu cầu:\n- Tốt nghiệp cao đẳng trở lên", "associate", "Tốt nghiệp cao đẳng"),
    ("Aranan nitelikler:\n- Ön lisans mezunu", "associate", "Ön lisans"),
    ("Requisitos:\n- 12º ano de escolaridade completo", "high_school", "12º ano"),
    ("Exigences\n- Diplôme d'études secondaires ou l'équivalent", "high_school", "Diplôme d'études secondaires"),
    ("Reikalavimai: vidurinis išsilavinimas, vairuotojo pažymėjimas", "high_school", "vidurinis išsilavinimas"),
    ("Dein Profil\n- Abgeschlossenes Bachelorstudium der Informatik", "bachelor", "Bachelorstudium"),
    ("Reikalavimai:\n- Aukštasis universitetinis išsilavinimas (ekonomika)", "bachelor", "Aukštasis universitetinis išsilavinimas"),
    ("דרישות:\n- תואר ראשון במדעי המחשב", "bachelor", "תואר ראשון"),
    ("المتطلبات:\n- بكالوريوس في المحاسبة", "bachelor", "بكالوريوس"),
    ("任职要求：\n1、硕士及以上学历，计算机相关专业", "master", "硕士及以上"),
    ("Eligibility\n- A level of education corresponding to completed university studies of at least three years, attested by a diploma.", "bachelor", "completed university studies"),
    ("Požadované vzdelanie: stredoškolské s maturitou", "high_school", "stredoškolské s maturitou"),
    ("Formación: Ciclo Formativo de Grado Superior en Administración", "associate", "Ciclo Formativo de Grado Superior"),
    ("Sie haben ein Diplom HF in Pflege", "associate", "Diplom HF"),
    ("BS/MS in Computer Science or related field", "bachelor", "BS"),
    # other countries' school and university qualifications
    ("Requirements\n- Matric (Grade 12)\n- Trade certificate", "high_school", "Matric"),
    ("Requisitos\n- Licenciatura en Administración o afín", "bachelor", "Licenciatura"),
    ("Ihr Profil\n- Abgeschlossenes Studium der Informatik", "bachelor", "Abgeschlossenes Studium"),
    ("Wat vragen wij?\n- Een afgeronde opleiding op wo-niveau", "master", "wo-niveau"),
    ("Graduation with a degree from a recognized post-secondary institution.", "bachelor", "degree"),
    ("Master's or PhD in Statistics, Mathematics or Physics", "master", "Master"),
    ("PhD preferred", "doctorate", "PhD"),
    ("M.S or Ph.D. in Computer Science, Electrical Engineering or a related field", "master", "M.S"),
    ("Master of Science/engineering in CS, ECE, Statistics, or equivalent industrial experience", "master", "Master of Science"),
    ("Education & ExperienceBS and a minimum of 3 years relevant industry experience.", "bachelor", "BS"),
    ("Bachelor's degree in Computer Science or equivalent practical experience", "bachelor", "Bachelor's degree"),
    ("4-year degree in Accounting or Finance; CPA preferred", "bachelor", "4-year degree"),
    ("Currently enrolled in a PhD program in machine learning or robotics", "doctorate", "PhD"),
    # --- healthcare / trades / non-tech US
    ("Associate Degree in Nursing (ADN) required; Bachelor of Science in Nursing (BSN) preferred", "associate", "Associate Degree"),
    ("High school diploma or GED required", "high_school", "High school diploma"),
    ("Must have a GED or equivalent.", "high_school", "GED"),
    ("An MBA from a top-tier school is a plus", "master", "MBA"),
    # --- UK / EU
    ("GCSEs (or equivalent) in English and Maths at grade 4/C or above", "high_school", "GCSEs"),
    ("A-levels or equivalent", "high_school", "A-levels"),
    ("BSc (Hons) in Mathematics, Actuarial Science or Economics", "bachelor", "BSc"),
    ("HND or degree in Electrical Engineering", "associate", "HND"),
    ("Educated to degree level or equivalent", "bachelor", "degree level"),
    ("MSc in Computer Science or a comparable qualification", "master", "MSc"),
    ("A degree in Physics, Engineering or a related subject", "bachelor", "degree in"),
    ("DPhil or PhD in Machine Learning", "doctorate", "DPhil"),
    # --- India
    ("B.Tech / B.E. in Computer Science or a related discipline", "bachelor", "B.Tech"),
    ("B.Com / M.Com with 3 years of accounting experience", "bachelor", "B.Com"),
    ("Graduate in any discipline with good communication skills", "bachelor", "Graduate"),
    ("MBA (HR) from a premier institute", "master", "MBA"),
    ("12th pass with basic computer knowledge", "high_school", "12th pass"),
    ("M.Tech or PhD in signal processing", "master", "M.Tech"),
    # school-leaving, vocational and university qualifications in more languages
    ("Requisiti\n- Diploma di maturità tecnica o titolo equivalente", "high_school", "Diploma di maturità"),
    ("Elvárások\n• Érettségi bizonyítvány\n• B kategóriás jogosítvány", "high_school", "Érettségi"),
    ("Requisitos\n- Enseñanza media completa\n- Licencia clase B", "high_school", "Enseñanza media completa"),
    ("Requisitos: Título de Técnico en Mecánica Automotriz o afín", "associate", "Título de Técnico"),
    ("Profil recherché : Bac +2 minimum en comptabilité", "associate", "Bac +2"),
    ("Aranan Nitelikler\n- Üniversite (Mezun), tercihen İşletme", "bachelor", "Üniversite (Mezun)"),
    ("學歷要求：大學以上畢業", "bachelor", "大學以上"),
    ("คุณสมบัติ\n1. ปริญญาตรี สาขาบัญชี", "bachelor", "ปริญญาตรี"),
    ("Απαιτούμενα προσόντα\n- Πτυχίο Πληροφορικής", "bachelor", "Πτυχίο"),
    ("Requisiti: Laurea magistrale in Ingegneria Gestionale", "master", "Laurea magistrale"),
    ("Vaatimukset\n- Soveltuva korkeakoulututkinto", "bachelor", "korkeakoulututkinto"),
    ("Profiel\n- Bachelor marketing of gelijkwaardig door ervaring", "bachelor", "Bachelor"),
    ("Requirements\n- Bachelor Logistics or equivalent", "bachelor", "Bachelor"),
    # round 12: the lowest of two named degrees; a completed apprenticeship; bachelor's in Norwegian and Peruvian wording;
    # teaching an A-level subject is no qualification
    ("Requirements\n- Associate or Bachelor's degree in Radiologic Technology", "associate", "Associate"),
    ("Ihr Profil\n• Lehrabschluss als Installations- und Gebäudetechniker:in", "high_school", "Lehrabschluss"),
    ("Kvalifikasjoner\n- Bachelor i vernepleie eller sosialt arbeid", "bachelor", "Bachelor i"),
    ("Requisitos\n• Bachiller en Contabilidad o Economía", "bachelor", "Bachiller en"),
    ("Requirements\n- A good honours degree in Physics\n- Experience of teaching GCSE Physics", "bachelor", "honours degree"),
    # round 15: a bare "High School" as the value of an education label
    ("Job Type: Full Time\nEducation: High School (required)\nTravel: None", "high_school", "High School"),
    ("Minimum Qualification - Secondary School\nExperience: 1 year", "high_school", "Secondary School"),
]

NEGATIVE = [
    # third-level support is no degree
    "Brindar soporte de tercer nivel a los usuarios",
    "Staff receive the Diploma of Appreciation after five years.",
    # French "maîtrise de/d'" is mastery of a tool or language, not the old master's degree
    "Compétences : maîtrise d'Excel et de SAP, bonne maîtrise du français",
    "Vous avez une parfaite maîtrise de l'anglais.",
    # the Philippine Social Security System among benefits is not a Serbian school-leaving certificate
    "Benefits: SSS, PhilHealth and Pag-IBIG contributions, HMO from day one",
    # a refrigerant, not a Swiss apprenticeship certificate
    "Experience recovering CFC and HCFC refrigerants from split systems.",
    "You will need a level of English that lets you write client reports.",  # "A level of", not A-levels
    "You will supervise undergraduate and MSc dissertations and teach on our programmes.",
    "Option to write your bachelor's or master's thesis with us",
    "Proficient in MS Office and MS Excel",
    "Office: 1 Main St, Boston, MA 02110",
    "You will work closely with the BA team and the Scrum Master.",
    "Our chefs are masters of their craft.",
    "Experience with master data management (MDM)",
    "MUST BE ABLE TO LIFT 50 LBS",
    "A Level 3 qualification in Childcare is desirable",
    "We offer tuition reimbursement for your Master's degree.",
    "Teach High School Mathematics to grades 9-12",
    "Warehouse Associate - Night shift",
    "Sales Associate or Cashier wanted for our store",
    "You will teach A-level Chemistry and Key Stage 4 Science.",
    "Familiarity with MS SQL Server and MS Dynamics",
    "We value a high degree of autonomy.",
    "Partner with the BA and Product teams",
    "Deliver training to our sales associates",
    "Hands-on experience with LLMs and MS Teams",
    "Knowledge of BS 7671 (18th Edition) wiring regulations",
    "Seattle, WA or Cambridge, MA",
    "Partnered with the local high school on a robotics club",
    "",
    "\x00\ufffd BS MS MA",
]


def _run(text: str):
    ctx = context_for(text)
    return ctx, run_rules(ctx, [FIELD]).get(FIELD)


@pytest.mark.parametrize("text,expected,evidence", POSITIVE)
def test_positive(text, expected, evidence):
    ctx, cand = _run(text)
    assert cand is not None, text
    assert cand.value == expected
    assert cand.value in EDUCATION_ORDER
    assert 0 < cand.confidence <= 1
    (start, end), = cand.spans
    assert evidence in ctx.text[start:end] or ctx.text[start:end] in evidence, ctx.text[start:end]


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text):
    _, cand = _run(text)
    assert cand is None, (text, cand)


def test_lowest_level_wins_across_sections():
    text = (
        "Minimum Qualifications\nMaster's degree in CS\n"
        "Preferred Qualifications\nPhD in Machine Learning\n"
        "Benefits\nTuition support for a bachelor's degree\n"
    )
    heads = [("minimum_qualifications", "Minimum Qualifications"), ("preferred_qualifications", "Preferred Qualifications"),
             ("benefits", "Benefits")]
    positions = [(k, h, text.index(h)) for k, h in heads]
    sections = [
        Section(k, h, p, p + len(h), positions[i + 1][2] if i + 1 < len(positions) else len(text))
        for i, (k, h, p) in enumerate(positions)
    ]
    ctx = Context(doc=Document.from_source(text), sections=sections)
    cand = run_rules(ctx, [FIELD]).get(FIELD)
    assert cand is not None and cand.value == "master"
    assert cand.confidence >= 0.8


def test_weak_degree_has_low_confidence():
    _, cand = _run("Degree in Computer Science or equivalent")
    assert cand is not None and cand.value == "bachelor" and cand.confidence < 0.7


def test_vocabulary_levels_are_schema_levels():
    data = json.loads((resources.files("extractor") / "data" / "degrees.json").read_text(encoding="utf-8"))
    assert set(data["levels"]) <= set(EDUCATION_ORDER)
    for key in ("context_after", "context_before", "negative_after", "negative_before", "exclude_sentence"):
        re.compile(data[key])


# round 17: a diploma from a school or college is a diploma (associate); Ireland's "primary degree" is a bachelor's
@pytest.mark.parametrize("text, expected", [
    ("Requirements\n- Educational Assistant certificate or Early Childhood Education (ECE) diploma from a recognized college\n", "associate"),
    ("Requirements\n• Diploma from a tourism school or university degree in hospitality management\n", "associate"),
    ("Essential\n• A primary degree (Level 8) in microbiology\nDesirable\n• A Master's degree in a relevant area\n", "bachelor"),
])
def test_round17_diploma_from_school_and_primary_degree(text, expected):
    _, cand = _run(text)
    assert cand is not None and cand.value == expected


def test_round17_diploma_of_merit_is_no_degree():
    _, cand = _run("Awards\nHer diploma from the mayor hangs in the hall.\n")
    assert cand is None or cand.value != "associate"
