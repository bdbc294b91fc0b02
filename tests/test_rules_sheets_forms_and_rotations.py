"""Classes from the blind batches s118 (agricultural, mining and energy boards of Chile, Argentina, Brazil, Mexico and
Colombia; Central Asian and Caucasus notices; Gnumeric, Smartsheet and Microsoft Graph sheets) and s119 (tech boards of
Poland, Czechia, Romania, the Baltics and Ukraine; Caribbean notices; an hg patch, a CircleCI log, a GitLab merge
request), opened in the first session of 2026-12-08, each in phrasings of our own: a rotation's days on and off after a
title, a headcount with a schedule word in one bracket, a notice's "Convocatoria" label, a commit's subject naming the ad,
the advert's own heading over a sheet's short column value, an employer said again by its mail domain, a metadata line
opening with the job's terms, a Romance article before a name the page also writes bare, firms named for their partners,
a street after the town on a head line, a town named "X de Y", a town the gazetteer knows elsewhere on a "Town - UF,
Country" line, a form's region row over its locality row, other jobs' workplaces, a currency written in two scripts, a
budget figure beside the pay, a Colombian fixed term, "Long term" as no term, an announcement code, "Secundario
completo", "Gerencia" as a team, Czech, Slovak and Lithuanian headings, and two sheet replies."""

from __future__ import annotations

import json

import pytest

from tests.rule_helpers import extracted_record, places, rule_value

TITLE_CASES = [
    # a rotation's days on and off, under its name, after a dash
    ("diagrama", "OPERADOR DE GRÚA - DIAGRAMA 7x7\nServicios Petroleros del Sur S.A.\nComodoro Rivadavia, Chubut\n\nTareas\n- Operar el equipo", "OPERADOR DE GRÚA"),
    ("rol_then_count", "Mecánico de Equipo Pesado – Rol 4x3 – 3 vacantes\nMinera Los Andes\n\nFunciones\n- Reparar camiones", "Mecánico de Equipo Pesado"),
    # a schedule word and a headcount in one bracket, the headcount in Dutch
    ("parttime_plaatsen", "Servicedesk Medewerker (Parttime, 2 plaatsen)\nTelnet Suriname N.V.\nParamaribo\n\nWat ga je doen\n- Klanten helpen", "Servicedesk Medewerker"),
    # a public call's label before the job, its count in "cargos"
    ("convocatoria", "Fondo Ganadero del Tolima\n\nConvocatoria interna: Analista Contable (1 cargo)\n\nFecha de publicación: 2 de diciembre de 2026\n\nFunciones:\n- Llevar la contabilidad",
     "Analista Contable"),
    # a commit's or merge request's subject naming the ad, over the ad's copy with its heading
    ("commit_subject", "jobs(site): add Night Auditor – Front Office ad\n\nSummary\nAdds the ad to the careers site.\n\n## Ad copy\n\n### Night Auditor – Front Office\n\n"
     "Harbourview Hotels runs four hotels on the coast.\n\nWhat you will do\n- Close the day's accounts", "Night Auditor – Front Office"),
    # a sheet's row: the advert's own heading over the column's short value
    ("ad_text_qualifier", "Req ID: CF-2027-004\nRole: Barista\nSite: Harbour Street\nStatus: Open\n\nAd text\nBarista – Weekend Team (Sat/Sun)\nHarbour Coffee Co – Napier, New Zealand\n\n"
     "We roast our own beans and serve 600 cups a day.\n\nWhat you will do\n- Make coffee", "Barista – Weekend Team"),
    ("ad_text_acronym", "Competition #: 2027-03\nPosition: CSR Team Lead\nDepartment: Contact Centre\nStatus: Advertised\n\nPosting text\n"
     "Customer Service Representative Team Lead – Permanent Full-Time\nRiverbend Utilities\n\nWhat you will do\n- Lead a team of twelve", "Customer Service Representative Team Lead"),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in TITLE_CASES], ids=[c[0] for c in TITLE_CASES])
def test_title(text, expected):
    assert rule_value("title", text) == expected


COMPANY_CASES = [
    # a sentence about the employer said once, its name spelled again by the posting's mail address
    ("mail_domain", "Title: Embedded Engineer\nLocation: Tampere, Finland\n\nNordwind Robotics builds autonomous drones for farms; 80 people, most of them in Tampere.\n\n"
     "## The role\n\nYou will own the flight software.\n\n## What you will do\n\n- Build the flight software\n\nQuestions: jobs@nordwind-robotics.de", "Nordwind Robotics"),
    # a metadata line under the heading, its neighbour opening with the job's terms (no other job's card); a "-kraft" name with its legal form
    ("meta_line_terms_row", "### Graduate Analyst – Hydro Operations\n\nVestkraft Energi AS · Bergen, Norway · Hybrid\nInternship · 12 weeks · 37.5 hours per week\nPay: NOK 32 000 per month\n\n"
     "What you will do\n- Analyse inflow data", "Vestkraft Energi AS"),
    # a Romance article before a name the page also writes bare; a verb of grouping
    ("article_before_bare_name", "Auxiliar de Campo\n\nSede: Palmira\n\nQuiénes somos\n"
     "La Cooperativa Agraria del Norte agrupa a 900 fincas de caña y frutales.\n\nFunciones\n- Visitar las fincas\n\nEscríbanos: Cooperativa Agraria del Norte, Palmira",
     "Cooperativa Agraria del Norte"),
    # a name of seven words, its joiners aside
    ("long_joined_name", "Auxiliar de Campo\n\nSede: Palmira\n\nQuiénes somos\nAsociación de Productores del Valle del Cauca agrupa a 900 fincas de caña y frutales.\n\n"
     "Funciones\n- Visitar las fincas\n\nEscríbanos: Asociación de Productores del Valle del Cauca, Palmira", "Asociación de Productores del Valle del Cauca"),
    # a firm named for its partners, by three words or more
    ("partners_firm", "Dental Receptionist\n\nAbout us\nLakeshore Family Dental Partners is a dentist-owned group of 30 clinics in Ontario.\n\nWhat you will do\n- Book appointments",
     "Lakeshore Family Dental Partners"),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in COMPANY_CASES], ids=[c[0] for c in COMPANY_CASES])
def test_company(text, expected):
    assert extracted_record(text)["company"] == expected


PLACE_CASES = [
    # the office's street and number after the town on a head line
    ("street_after_town", "Backend Developer\nDatawave Sp. z o.o.\nGdańsk, ul. Długa 12   |   Hybrydowo   |   Mid\n\nAbout the role\nWe build payment services.",
     [("Gdańsk", None, None)]),
    # a town named with another town's name after "de", opening a labelled value
    ("town_de_town", "Técnico Electricista\nUbicación: Matías de Gálvez, Izabal, Guatemala\n\nFunciones\n- Mantener los equipos", [("Matías de Gálvez", "Izabal", "Guatemala")]),
    # a town the gazetteer knows in another country, alone on a head line with its state's code and the country
    ("town_dash_state_country", "Operador de Pulverizador\nFazenda Boa Esperança\nTrindade - GO, Brasil\nPublicada em 28/11/2026\n\nAtividades:\n- Operar o pulverizador",
     [("Trindade", "Goiás", "Brazil")]),
    # a form's region row over its locality row
    ("region_row_then_locality", "Vacancy: Chemistry Teacher\nRegion / Регион: Karaganda Region, Kazakhstan\nLocality / Населённый пункт: Temirtau\n\nDuties\n- Teach chemistry",
     [("Temirtau", "Karaganda Region", "Kazakhstan")]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PLACE_CASES], ids=[c[0] for c in PLACE_CASES])
def test_places(text, expected):
    assert places(text) == expected


FIELD_CASES = [
    # another job's workplace in the page's list of other openings is not this job's
    ("other_openings_workplace", "Supervisor de Planta\nAgroindustrias del Norte\nUbicación: Trujillo, Perú\n\nFunciones\n- Supervisar la planta\n\n"
     "Otras vacantes\nAnalista de Datos · Lima (remoto)\nAsistente Contable · Lima (híbrido)", "workplace", None),
    # a currency written in two scripts before the period
    ("currency_two_scripts", "Network Administrator\nSalary / Маош: 6 000 – 7 500 сомони / TJS per month\n\nDuties\n- Keep the network running",
     "salary", {"min": 6000.0, "max": 7500.0, "currency": "TJS", "period": "month"}),
    # a budget's figure beside the advertised pay
    ("budget_then_pay", "Claims Processor\nBudget midpoint (hourly): $30.00\nPay: $27.00 – $33.00 per hour\n\nWhat you will do\n- Process claims",
     "salary", {"min": 27.0, "max": 33.0, "currency": "USD", "period": "hour"}),
    # a Colombian fixed term beside a full-time schedule
    ("termino_fijo", "Auxiliar de Bodega\nTipo de contrato: Contrato a término fijo de seis meses\nJornada: Tiempo completo\n\nFunciones\n- Recibir mercancía",
     "employment_type", "temporary"),
    # "Long term" is no fixed term
    ("long_term", "Geologist\nTERM: Full time\nDURATION: Long term\nLOCATION: Yerevan, Armenia\n\nJOB DESCRIPTION: Map the deposit.", "employment_type", "full_time"),
    ("announcement_code", "Geologist\nANNOUNCEMENT CODE: KMC-GEO-2027-02\nLOCATION: Yerevan, Armenia\n\nJOB DESCRIPTION: Map the deposit.", "job_id", "KMC-GEO-2027-02"),
    ("secundario_completo", "Operario de Planta\nUbicación: Rosario, Santa Fe\n\nRequisitos:\n- Secundario completo.\n- Disponibilidad horaria.", "education_level", "high_school"),
    ("gerencia_team", "Analista de Costos\nGerencia: Finanzas Corporativas\nUbicación: Santiago, Chile\n\nFunciones\n- Analizar costos", "team", "Finanzas Corporativas"),
]


@pytest.mark.parametrize("text,field,expected", [c[1:] for c in FIELD_CASES], ids=[c[0] for c in FIELD_CASES])
def test_field(text, field, expected):
    assert extracted_record(text)[field] == expected


LIST_CASES = [
    ("czech_headings", "Frontend Developer\nWebly s.r.o. · Praha\n\nCo tě čeká\n→ Build the checkout in React\n→ Write tests\n\nCo od tebe očekáváme\n→ 2 years of React\n→ Good English\n\n"
     "Výhodou je\n→ Experience with Next.js\n\nCo nabízíme\n→ 5 weeks of holiday",
     {"responsibilities": ["Build the checkout in React", "Write tests"], "minimum_qualifications": ["2 years of React", "Good English"],
      "preferred_qualifications": ["Experience with Next.js"]}),
    ("lithuanian_headings", "iOS Developer\nAppLab UAB\nKaunas\n\nTavo atsakomybės\n– Build features in Swift\n– Review code\n\nReikalavimai\n– 3 years of iOS\n\nBus privalumas\n– SwiftUI experience",
     {"responsibilities": ["Build features in Swift", "Review code"], "minimum_qualifications": ["3 years of iOS"], "preferred_qualifications": ["SwiftUI experience"]}),
    # a heading with a note of words in brackets, in any language
    ("heading_note", "Electricista Industrial\nMinera del Pacífico\n\nFunciones\n• Mantener tableros\n\nRequisitos\n• Técnico electricista\n\n"
     "Ofrecemos (prestaciones superiores a las de ley)\n• Aguinaldo de 30 días\n• Comedor en la planta", {"minimum_qualifications": ["Técnico electricista"]}),
    # a heading written in three languages
    ("three_language_heading", "Driver\nSilk Road Logistics\n\nWezipeler / Обязанности / Duties\n- Drive the company truck\n- Keep the log book\n\n"
     "Talaplar / Требования / Requirements\n- Category C licence\n\nTeklip edýäris / Предлагаем / We offer\n- Free meals at the base\n- Medical insurance",
     {"responsibilities": ["Drive the company truck", "Keep the log book"], "minimum_qualifications": ["Category C licence"]}),
    # a lead-in clause as the requirements' heading, its items going on from it
    ("who_lead_in", "Summer Intern – Analytics\nHydra Power AS\n\nWhat you will do\n- Build dashboards\n\nWe are looking for graduates who\n- know SQL\n- write clear English",
     {"responsibilities": ["Build dashboards"], "minimum_qualifications": ["know SQL", "write clear English"]}),
    ("romanian_preferred", "Data Engineer\nDatafy SRL · Cluj-Napoca\n\nResponsabilități\n• Build pipelines\n\nCerințe\n• 3 years of Python\n\nConstituie un avantaj:\n• Airflow experience",
     {"preferred_qualifications": ["Airflow experience"]}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in LIST_CASES], ids=[c[0] for c in LIST_CASES])
def test_lists(text, expected):
    record = extracted_record(text)
    assert {field: record[field] for field in expected} == expected


GNUMERIC = """<?xml version="1.0" encoding="UTF-8"?>
<gnm:Workbook xmlns:gnm="http://www.gnumeric.org/v10.dtd">
  <gnm:Sheets>
    <gnm:Sheet>
      <gnm:Name>Jobs</gnm:Name>
      <gnm:Cells>
        <gnm:Cell Row="0" Col="0" ValueType="60">Requisition</gnm:Cell>
        <gnm:Cell Row="0" Col="1" ValueType="60">Job title</gnm:Cell>
        <gnm:Cell Row="0" Col="2" ValueType="60">Published</gnm:Cell>
        <gnm:Cell Row="0" Col="3" ValueType="60">Advert</gnm:Cell>
        <gnm:Cell Row="1" Col="0" ValueType="60">VF-2027-007</gnm:Cell>
        <gnm:Cell Row="1" Col="1" ValueType="60">Packhouse Manager</gnm:Cell>
        <gnm:Cell Row="1" Col="2" ValueType="60">2027-01-12</gnm:Cell>
        <gnm:Cell Row="1" Col="3" ValueType="60">Packhouse Manager&#10;Valley Fruit Ltd – Ceres, South Africa&#10;&#10;Duties&#10;- Run the packhouse</gnm:Cell>
      </gnm:Cells>
    </gnm:Sheet>
  </gnm:Sheets>
</gnm:Workbook>
"""

SMARTSHEET = json.dumps({
    "id": 88120, "rowNumber": 4,
    "cells": [{"columnId": 11, "value": "LAB-0192", "displayValue": "LAB-0192"},
              {"columnId": 12, "value": "Phlebotomist", "displayValue": "Phlebotomist"},
              {"columnId": 13, "value": "Outpatient Lab", "displayValue": "Outpatient Lab"},
              {"columnId": 14, "value": "2027-02-03"},
              {"columnId": 15, "value": "Phlebotomist\n\nNorthgate Clinics runs six outpatient labs.\n\nWhat you will do\n- Draw blood samples"}],
    "columns": [{"id": 11, "index": 0, "title": "Req ID", "type": "TEXT_NUMBER"}, {"id": 12, "index": 1, "title": "Job Title", "type": "TEXT_NUMBER"},
                {"id": 13, "index": 2, "title": "Department", "type": "PICKLIST"}, {"id": 14, "index": 3, "title": "Date Posted", "type": "DATE"},
                {"id": 15, "index": 4, "title": "Posting Text", "type": "TEXT_NUMBER"}],
}, indent=2)


@pytest.mark.parametrize("text,expected", [
    (GNUMERIC, {"title": "Packhouse Manager", "job_id": "VF-2027-007", "date_posted": "2027-01-12"}),
    (SMARTSHEET, {"title": "Phlebotomist", "team": "Outpatient Lab", "job_id": "LAB-0192", "date_posted": "2027-02-03"}),
], ids=["gnumeric_row", "smartsheet_row_with_columns"])
def test_sheet_replies(text, expected):
    record = extracted_record(text)
    assert {field: record[field] for field in expected} == expected
