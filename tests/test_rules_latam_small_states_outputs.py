"""Classes from the blind batch s94 (Latin American boards, small European states and crown dependencies, R / SQL*Plus /
Stata outputs), opened in the seventh session of 2026-12-06, each in phrasings of our own: selling and hours tags after
a heading, result cards marked with a pointer and aged in Spanish, a board's own pay estimate named before its figures,
closing-date labels of Spanish and Portuguese boards, "Ad code" labels, towns named after saints written "St", a small
state's divisions read as its towns, "Cicle Formatiu de Grau Superior", a permit the employer cannot apply for, a line
that calls itself a job board, a recruiter's client named "on behalf of", a public notice's "post of X", a street of
Malta, "rising to a maximum of", a program's banner date, footers of Spanish boards, a board's field rows among the
requirements, and a text printed inside a frame of bars."""

from __future__ import annotations

import pytest

from tests.rule_helpers import extracted_record as _record, places, rule_value


@pytest.mark.parametrize(
    "heading, title",
    [
        ("Analista de Datos – Incorporación inmediata", "Analista de Datos"),
        ("Vendedor Externo (Contratação imediata)", "Vendedor Externo"),
        ("Soporte Técnico (20 horas/semana)", "Soporte Técnico"),
        ("Recepcionista Bilingüe (36h)", "Recepcionista Bilingüe"),
    ],
)
def test_selling_and_hours_tags_after_a_heading_are_cut(heading, title):
    text = f"{heading}\nGrupo Andino S.A.\nLima, Perú\n\nFunciones:\n- Atender clientes\n- Registrar pedidos\n"
    assert rule_value("title", text) == title


def test_pointer_marked_result_cards_aged_in_spanish_are_other_jobs():
    text = ("empleos de cajero en Cuenca\n12 ofertas\n\n"
            "▸ Cajero de Supermercado\n  Comercial Azuay\n  Azogues, Cañar\n  $ 480,00 (Mensual)   Hace 3 días\n"
            "▸ Cajero Bancario (2 vacantes)      ◂ seleccionada\n  Banco del Austro\n  Cuenca, Azuay\n  $ 620,00 (Mensual)   Hace 1 día\n"
            "▸ Cajero Nocturno\n  Gasolinera El Valle\n  Loja, Loja\n  $ 470,00 (Mensual)   Hace 2 semanas\n\n"
            "────────────\n\nCajero Bancario (2 vacantes)\nBanco del Austro\nCuenca, Azuay   Hace 1 día\n$ 620,00 (Mensual)\n\n"
            "Descripción de la oferta\nBuscamos cajeros para nuestra agencia del centro.\n")
    record = _record(text)
    assert record["title"] == "Cajero Bancario"
    assert [p["city"] for p in record["locations"]] == ["Cuenca"]


@pytest.mark.parametrize(
    "line",
    [
        "Faixa salarial estimada pela Vagas.com para este cargo: R$ 4.200 – R$ 5.800",
        "Sueldo estimado por Bumeran para este puesto: $ 850.000 – $ 1.100.000",
    ],
)
def test_a_boards_estimate_named_before_its_figures_is_no_pay(line):
    text = f"Analista Contábil\nGrupo Sul Ltda.\n\nSalário: A combinar\n{line}\n\nAtividades:\n- Conciliações bancárias\n"
    assert _record(text)["salary"] is None


@pytest.mark.parametrize("label", ["Vence", "Postula hasta", "Encerra em", "Fecha de vencimiento"])
def test_closing_date_labels_of_latin_american_boards_are_no_posting_date(label):
    text = f"Chofer Repartidor\nDistribuidora Norte\n\n{label}: 30-01-2027  ·  42 postulantes\n\nFunciones:\n- Repartir pedidos\n"
    assert _record(text)["date_posted"] is None


@pytest.mark.parametrize("label", ["Código del aviso", "Ad code", "Código da vaga"])
def test_ad_code_labels_give_the_job_id(label):
    text = f"Analista de Crédito\nFinanciera Sur\n\n{label} ...... 7720415593\n\nFunciones:\n- Evaluar solicitudes\n"
    assert rule_value("job_id", text) == "7720415593"


@pytest.mark.parametrize(
    "line, town, country",
    [
        ("Location: Fort House, Le Pollet, St Peter Port, Guernsey", "St Peter Port", "Guernsey"),  # a saint's town, short
        ("Location: St. Helier, Jersey", "St. Helier", "Jersey"),
        ("Place of work: Mdina (Malta)", "Mdina", "Malta"),  # a small state's division, a town
        ("Place of work: Sliema, Malta", "Sliema", "Malta"),
    ],
)
def test_towns_of_saints_and_small_states(line, town, country):
    text = f"Receptionist\nHarbour Hotel Ltd\n{line}\n\nDuties\n- Welcome guests\n"
    assert places(text) == [(town, None, country)]


def test_catalan_higher_vocational_cycle_is_an_associate_level():
    text = ("Administratiu\nGestoria Pla\n\nRequisits:\n- Cicle Formatiu de Grau Superior en Administració i Finances\n"
            "- 1 any d'experiència\n")
    assert _record(text)["education_level"] == "associate"


def test_a_work_permit_the_employer_cannot_apply_for_is_no_sponsorship():
    text = ("Cook\nRestaurant Sol\n\nRequirements:\n- 2 years in a kitchen\n\n"
            "We are unable to apply for a work permit for this role.\n")
    assert _record(text)["visa_sponsorship"] is False


def test_a_line_calling_itself_a_job_board_is_no_employer():
    text = ("IslandJobs.gg — the Bailiwick's jobs board\nHome | Search jobs | Post a job | Sign in\n\n"
            "Plumber – Immediate Start\nSarnia Plumbing & Heating Ltd · St Sampson\n\n"
            "Sarnia Plumbing & Heating is a family firm serving homes across the island.\n\nDuties\n- Fit bathrooms\n")
    assert rule_value("company", text) == "Sarnia Plumbing & Heating"


def test_a_recruiters_client_named_on_behalf_of_is_the_employer():
    text = ("Channel Staffing Solutions\nJobs | Candidates | Clients | Contact\n\nHead Chef - Permanent\n\n"
            "We are recruiting on behalf of The Old Mill Inn, a 20-bedroom country inn, for a Head Chef.\n\n"
            "Duties\n- Run the kitchen\n\nChannel Staffing Solutions is a licensed employment agency.\n")
    assert rule_value("company", text) == "The Old Mill Inn"


@pytest.mark.parametrize(
    "sentence, title",
    [
        ("Call for Applications for the post of Records Clerk in the Ministry for Health", "Records Clerk"),
        ("The Public Service Commission invites applications for the position of Senior Surveyor (Grade 9), Lands Department.",
         "Senior Surveyor"),
    ],
)
def test_a_public_notices_call_for_the_post_by_name(sentence, title):
    text = f"GOVERNMENT GAZETTE — Notices\n\n{sentence}\n\nDuties\n1. Keep the registers\n2. Answer queries\n"
    assert rule_value("title", text) == title


def test_a_maltese_street_is_no_town():
    text = "Clerk\nLocal Council\n\nThe place of work is the Council Office, Vjal il-Helsien, Victoria.\n\nDuties\n- File records\n"
    assert all(p[0] != "Helsien" for p in places(text))


@pytest.mark.parametrize(
    "line, low, high",
    [
        ("Salary: €18,400 rising to a maximum of €21,050 per annum.", 18400, 21050),
        ("Scale 10: £25,200 up to a maximum of £27,900 per year.", 25200, 27900),
    ],
)
def test_a_scale_rising_to_its_maximum_is_a_range(line, low, high):
    text = f"Clerical Officer\nDepartment of Works\n\n{line}\n\nDuties\n- File records\n"
    salary = _record(text)["salary"]
    assert (salary["min"], salary["max"]) == (low, high)


@pytest.mark.parametrize(
    "banner",
    ["R version 4.3.1 (2023-06-16) -- \"Beagle Scouts\"", "SQL*Plus: Release 21.0.0.0.0 - Production on Mon Nov 30 08:02:11 2026",
     "Last Successful login time: Fri Nov 27 2026 17:40:05 +01:00"],
)
def test_a_programs_banner_date_is_no_posting_date(banner):
    text = f"{banner}\n\n> print(ad)\nField Technician\nAgriFlow Pty Ltd\n\nDuties\n- Service pumps\n"
    assert _record(text)["date_posted"] is None


def test_footers_of_spanish_language_boards_end_the_lists():
    text = ("Mesero\nRestaurante Luna\n\nRequisitos:\n- Experiencia de 1 año\n- Disponibilidad de horario\n\n"
            "Reportar esta oferta\n\nOfertas relacionadas: Cocinero en Cusco · Bartender en Lima\n"
            "Términos y condiciones · Política de privacidad · © 2026 Empleos.pe\n")
    assert _record(text)["minimum_qualifications"] == ["Experiencia de 1 año", "Disponibilidad de horario"]


def test_a_boards_field_rows_among_the_requirements_are_no_items():
    text = ("Soldador\nMetalúrgica Andes\n\nRequisitos:\n1. Curso de soldadura MIG\n2. 2 años de experiencia\n\n"
            "Requerimientos\nEducación mínima: Secundaria\nIdiomas: Español\n")
    assert _record(text)["minimum_qualifications"] == ["Curso de soldadura MIG", "2 años de experiencia"]


def test_a_text_printed_inside_a_frame_of_bars():
    text = ("Forklift Driver\nCape Cold Stores\n\n. list description, noobs\n\n"
            "| description |\n| We need a forklift driver for our cold store. |\n| Requirements: |\n"
            "| - Valid forklift licence |\n| - 2 years in a warehouse |\n| - Forklift experience in cold stores is an advantage |\n")
    record = _record(text)
    assert record["minimum_qualifications"] == ["Valid forklift licence", "2 years in a warehouse"]
    assert record["preferred_qualifications"] == ["Forklift experience in cold stores is an advantage"]
