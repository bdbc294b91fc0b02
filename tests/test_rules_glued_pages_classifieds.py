"""Classes from the blind batch s87 (UK/AU boards copied with glued blocks, South-East Asia and South America, a
phone app's screen run together, a browser's innerText), opened in the sixth session of 2026-12-06, each in
phrasings of our own: a camel-case brand the page writes once before its legal form, with a heading word inside it; a
site's menu lines over the posting are no section headings; a classified board's brand over its "Post an ad" menu; a
numeric date in a day-first country whose own dollar the pay uses; a classified's call in its own language ("Se
necesita", "Lowongan") and its urgency tag; a bilingual headcount; a Spanish employer that "requiere" after a long
appositive, at its "sede de" town; the "Unidad" team label; "Bachiller"; a menu run glued to the title's first word."""

from __future__ import annotations

import pytest

from tests.rule_helpers import extracted_record as _record

from extractor.context import context_for


_INNER_TEXT = (
    "Skip to content{brand}ProductsBusinessCareersAbout usContactEN | ລາວ\n"
    "CareersOpen rolesLife at {brand}Benefits\n"
    "← All open roles\n"
    "{title} – 3 openingsEngineering · Vientiane, Laos · Full-time · HybridPosted 20 Nov 2026Job ID: RP-ENG-0099Apply for this role\n"
    "About the role{brand} runs the wallet app used by 20,000 shops across Laos. As a {title} you will build our merchant "
    "dashboard with a squad of five.\n"
    "What you'll doBuild new dashboard features in ReactWrite unit tests with JestReview pull requests\n"
    "What we're looking for2+ years of professional experience with ReactGood written English\n"
    "Follow usFacebookLinkedIn© 2026 {brand} Co., Ltd. All rights reserved.\n"
)


@pytest.mark.parametrize("brand, title", [("RiverPay", "Mobile Developer"), ("MekhongPay", "Front-End Engineer")])
def test_a_glued_careers_page_keeps_its_camel_brand_and_reads_the_head(brand, title):
    text = _INNER_TEXT.format(brand=brand, title=title)
    assert f"{brand} runs the wallet app" in context_for(text).text  # "Pay" (a heading word) does not cut the brand
    record = _record(text)
    assert record["title"] == title
    assert record["locations"] == [{"city": "Vientiane", "region": None, "country": "Laos"}]


@pytest.mark.parametrize(
    "menu_above, body",
    [
        ("About us\nContact | EN\nOpen roles\nBenefits\n← All open roles\n", True),
        ("About us\nContact | EN\n", True),
    ],
)
def test_menu_lines_over_the_posting_are_no_sections(menu_above, body):  # (a table's header row under a heading stays: tests/test_round42.py)
    text = (menu_above + "Data Analyst – 2 openings\nAnalytics · Penang, Malaysia · Full-time\nPosted 2 Dec 2026\n"
            "About the role\nYou will build our reporting.\n")
    record = _record(text)
    assert record["title"] == "Data Analyst"
    assert record["locations"] == [{"city": "Penang", "region": None, "country": "Malaysia"}] or record["locations"][0]["city"] == "Penang"


_CLASSIFIED = (
    "{board}\nPost an ad | My {board} | Messages | Sign in\nHome > Jobs > Trades > {crumb}\n"
    "DIESEL FITTER - MINING FLEET - IMMEDIATE START\n{pay}\n{place}\nDate Listed{date}\nAd ID1334406611\nJob TypeFull-time\n"
    "Description\nRedgum Diesel Services is a family-owned workshop servicing haul trucks and loaders for local mines. "
    "We are looking for an experienced diesel fitter.\nThe role\n- Service and repair haul trucks\n- Complete job cards\n"
    "Call Dave or send your resume through {board}.\n{board} | About | Help | Privacy\n© 2026 {board} Pty Ltd\n"
)


@pytest.mark.parametrize(
    "board, crumb, pay, place, date, posted",
    [
        ("Tradelist", "WA > Kalgoorlie", "$110,000 - $125,000", "Kalgoorlie WA 6430", "04/11/2026", "2026-11-04"),
        ("Swapboard", "Qld > Mount Isa", "$52 - $58 per hour", "Mount Isa QLD 4825", "09/12/2026", "2026-12-09"),
    ],
)
def test_an_australian_classified_reads_its_employer_and_a_day_first_date(board, crumb, pay, place, date, posted):
    record = _record(_CLASSIFIED.format(board=board, crumb=crumb, pay=pay, place=place, date=date))
    assert record["company"] == "Redgum Diesel Services"
    assert record["date_posted"] == posted
    assert record["salary"]["currency"] == "AUD"
    assert record["title"] == "DIESEL FITTER - MINING FLEET"


@pytest.mark.parametrize(
    "place, date, posted",
    [
        ("Okinawa, Japan", "05/04/2026", "2026-05-04"),  # a US federal job abroad: its "$" is the US dollar, month first
        ("Toronto, ON", "12/1/2026", "2026-12-01"),  # Canada writes both orders: the dollar stays a month-first cue
    ],
)
def test_a_bare_dollar_stays_a_us_cue_outside_day_first_dollar_countries(place, date, posted):
    text = f"Logistics Specialist\nLocation: {place}\nPosted Date {date}\nSalary: $56,000 - $64,000 per year\n\nDuties\nKeep stock records.\n"
    assert _record(text)["date_posted"] == posted


@pytest.mark.parametrize(
    "heading, title",
    [
        ("SE NECESITA SOLDADOR MIG/TIG – URGENTE", "SOLDADOR MIG/TIG"),
        ("Se busca Auxiliar de Cocina", "Auxiliar de Cocina"),
        ("Lowongan Staf Gudang / Warehouse Staff", "Staf Gudang / Warehouse Staff"),
        ("HOUSEKEEPING SUPERVISOR / GIÁM SÁT BUỒNG PHÒNG (03 vị trí / 3 positions)", "HOUSEKEEPING SUPERVISOR / GIÁM SÁT BUỒNG PHÒNG"),
    ],
)
def test_a_classifieds_call_and_count_are_cut_from_the_title(heading, title):
    text = f"Clasificados > Empleos\n{heading}\nEmpresa con sede en la ciudad busca personal.\n\nRequisitos:\n• Experiencia de 2 años\n"
    assert _record(text)["title"] == title


def test_a_spanish_employer_requiring_after_a_long_appositive():
    text = ("SE NECESITA ELECTRICISTA INDUSTRIAL\nMontajes del Norte S.A.S., empresa con 20 años en montajes eléctricos para "
            "plantas, bodegas y centros comerciales de la región, requiere electricista para su sede de Bucaramanga.\n\n"
            "Requisitos:\n• Bachiller (indispensable)\n• Curso técnico en electricidad\n")
    record = _record(text)
    assert record["company"] == "Montajes del Norte S.A.S."
    assert record["locations"][0]["city"] == "Bucaramanga"
    assert record["education_level"] == "high_school"


@pytest.mark.parametrize(
    "line, level",
    [
        ("• Bachiller graduado (indispensable)", "high_school"),
        ("• Bachiller o titulado en Ingeniería Industrial", "bachelor"),
        ("• Bachiller en Administración de Empresas", "bachelor"),
    ],
)
def test_bachiller_alone_is_secondary_school(line, level):
    assert _record(f"Asistente\n\nRequisitos:\n{line}\n• 1 año de experiencia\n")["education_level"] == level


def test_the_unidad_label_names_the_team():
    text = "CARGO: TÉCNICO EN TOPOGRAFÍA\nUnidad: Unidad de Obras Civiles, Secretaría de Infraestructura\nLugar de trabajo: Sucre, Bolivia\n\nFUNCIONES\n1. Levantar planos.\n"
    assert _record(text)["team"] == "Unidad de Obras Civiles, Secretaría de Infraestructura"


def test_an_app_screen_run_together_keeps_the_title_after_its_menu():
    text = ("Bumeran9:41 ▮▮▮ 64%←Detalle del avisoCompartirGuardarRepartidor(a) de Farmacia - Turno Tarde (3 vacantes)"
            "Boticas Del Sol, S.A.C.Arequipa, PerúPublicado hace 2 díasTiempo completoContrato indefinidoSalario: A convenir"
            "PostularmeDescripción del avisoBoticas Del Sol es una cadena de boticas en Arequipa. Buscamos repartidores.\n")
    record = _record(text)
    assert record["title"] == "Repartidor(a) de Farmacia"
    assert record["employment_type"] == "full_time"
