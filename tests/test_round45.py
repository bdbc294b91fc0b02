"""Table-driven tests of the round of 2026-12-06 (cycle 1, on the opened s63 and s64 batches): surfaces read as pages
(a browser's accessibility snapshot, the running heads of a paginated print, a posting written as a spreadsheet
formula, list items marked with ">") and the field classes those batches missed (export dates, bracketed and
article-led title tails, a page title's lead word, an id under a title label, hiring verbs after a legal form or a
bracket, a verb alone on its line, French, Spanish and Swiss labels for dates, pay periods, hours, contracts and
degrees, towns named after their department, application and agency addresses, numbered and French list headings,
words written for all genders). Phrasings are ours."""

from __future__ import annotations

import pytest

from extractor.normalize import normalize
from extractor.sections import kind_of_heading, keyword_match
from tests.rule_helpers import extracted_field, places
from tests.rule_helpers import posting as _posting


ARIA = """# aria snapshot of the careers page
- banner:
  - link "Harbourside Library home":
    - img "Harbourside Library"
  - navigation "Main":
    - list:
      - listitem:
        - link "Visit"
      - listitem:
        - link "Jobs"
- main:
  - heading "Library Assistant" [level=1]
  - paragraph: "Requisition: HL-3391 · Posted 11/02/2026"
  - term: Schedule
  - definition: 24 hours per week
  - term: Pay
  - definition: $21.40 – $24.10 hourly
  - heading "What you will do" [level=2]
  - list:
    - listitem: Shelve returned books and keep the stacks in order
    - listitem: Help visitors find titles in the catalogue
  - heading "What you need" [level=2]
  - list:
    - listitem: "One year of customer service experience"
"""

PAGINATED = """BRIGHTWATER TRUST                          page 1

  Notes on this large-print edition.

BRIGHTWATER TRUST                          page 2

      OUTREACH WORKER
Reference: BT-OW-44
Contract: Permanent, full-time

BRIGHTWATER TRUST                          page 3

KEY TASKS
Visit families at home
Run the Tuesday drop-in
"""

FORMULA = """Budget.xlsx - Excel
fx
="Pastry Chef - Early Shift"&CHAR(10)&
"Larkspur Bakery | Ghent"&CHAR(10)&
"Ref: "&B4&CHAR(10)&
"Starts: "&TEXT(C4,"d mmm yyyy")&CHAR(10)&CHAR(10)&
"What you'll do"&CHAR(10)&
"- Laminate the croissant dough"&CHAR(10)&
"- Bake the morning batches"
"""

ANGLE_LISTS = """Second Engineer — Bulk Carrier

Duties on board
> Keep the main engine and auxiliaries in good order
> Run the planned maintenance system

Requirements
> Valid CoC III/2
> Two years as Third Engineer

Terms offered
> 4 months on, 2 months off
"""

READERS = [
    ("aria_heading_is_the_title", ARIA, "title", "Library Assistant"),
    ("aria_term_over_definition_is_a_label", ARIA, "weekly_hours", 24.0),
    ("aria_list_items", ARIA, "responsibilities", ["Shelve returned books and keep the stacks in order", "Help visitors find titles in the catalogue"]),
    ("running_head_is_no_title", PAGINATED, "title", "OUTREACH WORKER"),
    ("formula_first_piece_is_the_title", FORMULA, "title", "Pastry Chef"),
    ("formula_format_string_is_no_date", FORMULA, "date_posted", None),
    ("angle_marks_as_bullets", ANGLE_LISTS, "responsibilities", ["Keep the main engine and auxiliaries in good order", "Run the planned maintenance system"]),
]

FIELDS = [
    ("export_date_is_no_posting_date", "media-export 2.0\nexported on: 2026-11-30 09:12\n\nCafe Host\n\nHarbour Cafe is hiring a host. Apply by 20 December.\n",
     "date_posted", None),
    ("urgent_in_brackets", _posting("SECOND ENGINEER — BULK CARRIER (URGENT)\n\nLocation: Piraeus, Greece"), "title", "SECOND ENGINEER — BULK CARRIER"),
    ("spanish_rotating_shifts_tail", _posting("Cocinero (Turnos rotatorios)\n\nUbicación: Granada, Nicaragua"), "title", "Cocinero"),
    ("quebec_shift_tail", _posting("Opérateur de production - Quart de nuit\n\nLieu : Drummondville, QC"), "title", "Opérateur de production"),
    ("article_before_the_job", _posting("UNE INFIRMIÈRE DIPLÔMÉE D'ÉTAT\n\nLieu de travail : Toamasina"), "title", "INFIRMIÈRE DIPLÔMÉE D'ÉTAT"),
    ("page_title_lead_word", "Oferta de empleo Técnico de mantenimiento - Zaragoza\nInicio > Empleo\n\nTécnico de mantenimiento\nIndustrias Ebro\n\n"
     "Buscamos un Técnico de mantenimiento para nuestra planta.\n", "title", "Técnico de mantenimiento"),
    ("id_under_vacancy_label_is_no_title", _posting("Welder Fabricator\n\nVacancy: WF-2026-117\nLocation: Hamilton, ON"), "title", "Welder Fabricator"),
    ("range_of_percentages_stays_in_title", _posting("Pharmacy Assistant 50 – 70%\n\nLocation: Bern"), "title", "Pharmacy Assistant 50 – 70%"),
    ("hiring_verb_after_comma_legal_form", _posting("Soldador", "Metalúrgica Andina, S.A. de C.V., fabricante de estructuras con 20 años en el mercado, busca soldador con experiencia.\n"),
     "company", "Metalúrgica Andina, S.A. de C.V."),
    ("hiring_verb_after_bracket", _posting("Réceptionniste", "L'Hôtel Les Cocotiers (3 étoiles, 40 chambres) recrute un réceptionniste.\n"), "company", "Hôtel Les Cocotiers"),
    ("accented_name_with_et_before_verb", _posting("Agent de crédit", "Épargne et Avenir, mutuelle présente dans quatre régions, recrute :\n\nUN AGENT DE CRÉDIT\n"),
     "company", "Épargne et Avenir"),
    ("chez_opens_the_employers_prose", _posting("Développeur web", "Chez Atelier Brume, nous fabriquons des lampes en verre soufflé.\n"), "company", "Atelier Brume"),
    ("verb_alone_under_the_employers_block", "PETITES ANNONCES\n\nBOULANGERIE DU PORT\nArtisan boulanger depuis 1978\n\nRECRUTE\n\nUN VENDEUR EN BOULANGERIE\n\nLieu : Mahajanga\n",
     "company", "BOULANGERIE DU PORT"),
    ("label_ref_before_a_board_name", _posting("Comptable H/F\n\nRéf. Apec : 166001234X\nLieu : Lille"), "job_id", "166001234X"),
    ("french_abbreviated_month", _posting("Caissier H/F\n\nPublié le 14 janv. 2027 à 10:02"), "date_posted", "2027-01-14"),
    ("spanish_abbreviated_month", _posting("Cajero\n\nPublicado: 9 dic 2026"), "date_posted", "2026-12-09"),
    ("start_label_french", _posting("Stagiaire RH\n\nDébut : 02 février 2027\nDurée : 6 mois"), "date_posted", None),
    ("hourly_word_before_range", _posting("Préparateur de commandes H/F\n\nSalaire brut : Horaire de 11,90 Euros à 12,60 Euros sur 12 mois"),
     "salary", {"min": 11.9, "max": 12.6, "currency": "EUR", "period": "hour"}),
    ("french_hours_range", _posting("Aide-soignant H/F", "Le poste correspond à 28 à 35 heures par semaine.\n"), "weekly_hours", 28.0),
    ("swiss_fixed_term_label", _posting("Aide en pharmacie\n\nType de contrat : Durée déterminée"), "employment_type", "temporary"),
    ("bilingual_contract_length", _posting("Técnico de campo\n\nJornada / Schedule: Tiempo completo / Full-time\nContrato / Contract: 2 años / 2 years"), "employment_type", "contract"),
    ("swiss_cfc_of_a_trade", _posting("Électricien", "Profil\n- CFC d'installateur-électricien ou titre jugé équivalent\n"), "education_level", "high_school"),
    ("belgian_bachelier", _posting("Comptable", "Votre profil\n- Vous êtes titulaire d'un bachelier en comptabilité\n"), "education_level", "bachelor"),
    ("quebec_vocational_diploma", _posting("Soudeur\n\nNiveau d'études : Secondaire professionnel (DEP)"), "education_level", "high_school"),
    ("french_on_site_value", _posting("Technicien\n\nMode de travail : Sur place"), "workplace", "onsite"),
    ("inclusive_title_heads_the_block", "Jobboom\nAccueil > Emplois\n\nSoudeur(euse) - Quart de soir\nMétal Boréal inc.\nSaguenay, QC\n\nDescription du poste\nNous.\n",
     "company", "Métal Boréal inc."),
    ("stacked_facts_in_french_are_no_items", "Mécanicien H/F\nGarage Lemoine\n\nSalaire\n2 200 € brut par mois\nExpérience\nMinimum 3 ans\nMétier\nMécanique\nStatut\nEmployé\n\n"
     "Profil recherché\n- CAP mécanique\n- Permis B\n", "minimum_qualifications", ["CAP mécanique", "Permis B"]),
]

LISTS = [
    ("roman_numbered_headings", _posting("Caissier", "I. OBJECTIF\nTenir la caisse.\n\nII. TÂCHES\n- Encaisser les clients\n- Tenir le registre\n\nIII. PROFIL REQUIS\n- Baccalauréat\n"),
     "responsibilities", ["Encaisser les clients", "Tenir le registre"]),
    ("lead_sentence_with_missions", _posting("Chef d'équipe", "Sous la responsabilité du directeur, vous aurez pour missions :\n- Organiser les équipes\n- Suivre la production\n"),
     "responsibilities", ["Organiser les équipes", "Suivre la production"]),
    ("informal_french_duties_lead", _posting("Data analyst", "Concrètement, tu vas :\n- Écrire des requêtes SQL\n- Construire des tableaux de bord\n\nTon profil\n- Étudiant·e en master\n"),
     "minimum_qualifications", ["Étudiant·e en master"]),
]

HEADINGS = [
    ("II. Tâches et responsabilités", "responsibilities"),
    ("3) Profil requis", "minimum_qualifications"),
    ("IV. Avantages", "benefits"),
    ("Notre offre", "benefits"),
    ("Déroulement des entretiens", "other"),
    ("Duties on board", "responsibilities"),
]

PLACES = [
    ("town_named_after_its_department", _posting("Enfermero\n\nLugar de trabajo: Comayagua, Departamento de Comayagua, Honduras"),
     [("Comayagua", "Comayagua", "Honduras")]),
    ("free_zone_name_is_no_town", _posting("Operario\n\nUbicación: Heredia, Costa Rica – planta en Zona Franca La Lima"), [("Heredia", None, "Costa Rica")]),
    ("application_address_is_no_place_of_work", _posting("Deck Cadet", "Send your CV to our manning agent, Coral Crew Inc., 12 Ocean Drive, Cebu City, Philippines.\n"), []),
    ("office_line_with_a_phone", "Sahel Recrutement\nImmeuble Kanu, Plateau - Abidjan, Côte d'Ivoire | +225 27 20 00 00 00\n\nCHEF DE CHANTIER\n\n"
     "Lieu d'affectation : Korhogo, Côte d'Ivoire\n", [("Korhogo", None, "Côte d'Ivoire")]),
    ("unknown_town_with_a_bracketed_note", _posting("Électricien\n\nLieu de travail : Ross-Béthio (Région de Saint-Louis), Sénégal"), [("Ross-Béthio", None, "Senegal")]),
    ("round_trips_are_no_places", _posting("Agent de crédit\n\nLieu d'affectation : Maradi, Niger (tournées dans les communes de Tessaoua et Dakoro)"), [("Maradi", None, "Niger")]),
]


@pytest.mark.parametrize("case_id,text,field,expected", READERS + FIELDS + LISTS, ids=[c[0] for c in READERS + FIELDS + LISTS])
def test_field_classes(case_id, text, field, expected):
    assert extracted_field(text, field) == expected


@pytest.mark.parametrize("heading,kind", HEADINGS)
def test_headings(heading, kind):
    assert kind_of_heading(heading) == kind


def test_keyword_phrases_start_at_a_word():
    assert keyword_match("Vous aurez pour missions") != "company"  # "pour missions" holds "our mission" only mid-word
    assert keyword_match("Our mission") == "company"


@pytest.mark.parametrize("case_id,text,expected", PLACES, ids=[c[0] for c in PLACES])
def test_places(case_id, text, expected):
    assert places(text) == expected


def test_quoted_email_keeps_its_marks():
    reply = "Thanks, see below.\n\nOn Mon, Dana wrote:\n> Duties\n> Keep the books\n>\n> Skills\n> Excel\n"
    assert "- Keep the books" not in normalize(reply).text  # a reply quoting its thread keeps its ">" marks


# --------------------------------------------------------------------------- cycle 2 (s65 and s67 opened)

SEARCH_HIT = """$ curl -s 'https://search.example:9200/jobs/_search?pretty' -d '{"query":{"match":{"text":"baker"}}}'
{
  "took" : 4,
  "hits" : {
    "hits" : [
      {
        "_id" : "a1",
        "_source" : {
          "title_raw" : "Night Baker",
          "company" : "Crumb & Co Bakeries",
          "location" : "Dunedin, New Zealand",
          "text" : "We bake bread for 40 cafes.\\n\\nWhat you will do\\n- Mix and shape the dough\\n- Run the deck ovens"
        },
        "highlight" : { "text" : [ "We bake <em>bread</em> for 40 cafes." ] }
      }
    ]
  }
}
"""

SOLR_DOC = """GET /solr/jobs/select?q=id:77

{
  "response":{"numFound":1,"start":0,"docs":[
      {
        "id":"77",
        "title_t":"Assistant Greenkeeper",
        "company_s":"Links of Moray Golf Club",
        "city_s":"Elgin",
        "hours_per_week_i":37,
        "contract_s":"Permanent"
      }]
  }}
"""

CHECKBOX_LIST = """Jobs in Graz – 12 results
[ ] Koch (m/w/d) – Gasthof Lindner – Leoben – vor 3 Tagen
[x] Tischler (m/w/d) Möbelbau – Holzwerk Mur – Graz – 01.12.2026
[ ] Maler (m/w/d) – Farbe & Form – Gleisdorf – vor 1 Woche

Tischler (m/w/d) Möbelbau
Holzwerk Mur GmbH
Graz, Steiermark
Vollzeit
"""

CYCLE2 = [
    ("search_hit_source_is_the_page", SEARCH_HIT, "title", "Night Baker"),
    ("search_hit_items", SEARCH_HIT, "responsibilities", ["Mix and shape the dough", "Run the deck ovens"]),
    ("solr_type_suffixes_are_no_label_words", SOLR_DOC, "weekly_hours", 37.0),
    ("solr_title_field", SOLR_DOC, "title", "Assistant Greenkeeper"),
    ("checked_result_rows_are_other_cards", CHECKBOX_LIST, "title", "Tischler (m/w/d) Möbelbau"),
    ("board_estimate_named_above", _posting("Schreiner/in EFZ (100%)", "Über uns\nWir bauen Küchen.\n\nLohnschätzung von jobs.ch\nCHF 70'000 – 84'000 pro Jahr\n"), "salary", None),
    ("readvertised_in_brackets", _posting("Stores Clerk (Re-advertised)\n\nLocation: Blantyre, Malawi"), "title", "Stores Clerk"),
    ("parental_cover_tail", _posting("Pflegefachkraft (m/w/d) – Elternzeitvertretung\n\nArbeitsort: Kassel"), "title", "Pflegefachkraft (m/w/d)"),
    ("part_time_hours_tail", _posting("Zahnarzthelferin (m/w/d) – Teilzeit 20 Std.\n\nArbeitsort: Linz"), "title", "Zahnarzthelferin (m/w/d)"),
    ("headcount_in_dutch", _posting("Magazijnmedewerker (2 vacatures)\n\nStandplaats: Tilburg"), "title", "Magazijnmedewerker"),
    ("place_branch_tail", _posting("Teller – Part Time – Mesquite Branch\n\nLocation: Mesquite, TX"), "title", "Teller"),
    ("head_office_tail", _posting("Accounts Assistant – Head Office\n\nLocation: Lusaka, Zambia"), "title", "Accounts Assistant"),
    ("dash_then_bracketed_shift", _posting("Heftruckchauffeur - Tijdelijk - (Dag/Nacht)\n\nWerklocatie: Venray"), "title", "Heftruckchauffeur"),
    ("partnership_firm_is_no_title", "Zurück zu den Suchergebnissen\n\nBuchhalter (m/w/d) – Vollzeit oder Teilzeit\nKanzlei Weber & Partner mbB\nDresden · vor 2 Tagen\n\n"
     "Über diesen Job\nWir suchen Verstärkung.\n", "title", "Buchhalter (m/w/d)"),
    ("compound_word_with_a_label_inside", _posting("Koch (m/w/d)\nGasthaus Sonne\n\nArbeitgeber-Bewertungen von kununu\nGasthaus Sonne · 4,2 von 5"), "company", "Gasthaus Sonne"),
    ("fixed_term_adjective", _posting("Erzieher (m/w/d)\n\nVertragsart: Befristeter Vertrag (bis 31.07.2027)"), "employment_type", "temporary"),
    ("seasonal_offer_type", _posting("Empregado de mesa\n\nTipo de oferta: Sazonal"), "employment_type", "temporary"),
    ("publication_label_german", _posting("Polymechaniker/in EFZ", "Auf einen Blick\nVeröffentlichung:\n28. November 2026\n"), "date_posted", "2026-11-28"),
    ("range_end_in_portuguese", _posting("Rececionista", "Contrato para a época de 2027 (de 1 de abril a 30 de setembro de 2027).\n"), "date_posted", None),
    ("two_calendars_under_date", _posting("Supervisor", "Date: Tahsas 3, 2019 E.C. (December 12, 2026 G.C.)\n"), "date_posted", "2026-12-12"),
    ("tender_below_rule_line_is_other", _posting("Driver", "Requirements\n- Licence\n\n----------\nTENDER NOTICE: Bids for fuel supply. Ref: TB/44/2026.\n"), "job_id", None),
    ("dutch_spaced_fact_rows", "Constructiebankwerker (m/v)\nStaalbouw Oost | Hengelo | 3 dagen geleden geplaatst\n\nSalaris        € 2.700 - € 3.300 bruto per maand\nUren           40 uur per week\n"
     "Dienstverband  Fulltime, vast\nErvaring       Ervaren\nWerklocatie    Hengelo (Overijssel)\nReferentie     SO-77\n\nWij.\n", "company", "Staalbouw Oost"),
    ("dutch_compound_job_noun", _posting("Touringcarchauffeur internationaal - Tijdelijk\n\nWerklocatie: Breda"), "title", "Touringcarchauffeur internationaal"),
    ("italian_profile_heading", _posting("Carrellista", "Le tue attività:\n- carico e scarico\n\nCosa chiediamo:\n- patentino del carrello\n"), "minimum_qualifications", ["patentino del carrello"]),
    ("portuguese_valued_clause_is_preferred", _posting("Rececionista", "Perfil pretendido:\n- Inglês fluente\n- Conhecimentos de alemão são uma mais-valia\n"),
     "preferred_qualifications", ["Conhecimentos de alemão são uma mais-valia"]),
]


@pytest.mark.parametrize("case_id,text,field,expected", CYCLE2, ids=[c[0] for c in CYCLE2])
def test_cycle2_classes(case_id, text, field, expected):
    assert extracted_field(text, field) == expected


def test_region_read_alone_takes_the_country_after_it():
    assert places(_posting("Mechanic\n\nLocation: Shinyanga Region, Tanzania")) == [(None, "Shinyanga Region", "Tanzania")]


def test_region_designator_is_no_part_of_the_scored_name():
    from extractor.evaluation.metrics import location_key

    assert location_key({"city": None, "region": "Geita Region", "country": "Tanzania"}) == location_key({"region": "Geita", "country": "Tanzania"})
    assert location_key({"region": "Región de Antofagasta"}) == location_key({"region": "Antofagasta"})
    assert location_key({"region": "Northern Cape"}) != location_key({"region": "Northern"})


# --------------------------------------------------------------------------- cycle 3 (s66 opened)

CYCLE3 = [
    ("replacement_with_its_length", _posting("Analista QA (Reemplazo por 4 meses)\nBanco Austral SpA\n\nComuna: Providencia"), "title", "Analista QA"),
    ("morning_shift_tail", _posting("Técnico/a de Laboratorio - Turno de mañana\n\nUbicación: Valladolid"), "title", "Técnico/a de Laboratorio"),
    ("ordinal_shift_without_a_dash", _posting("Supervisor de Producción 3er Turno\n\nUbicación: Saltillo, Coahuila"), "title", "Supervisor de Producción"),
    ("schedule_word_closing_the_title", _posting("CAJERO PART-TIME – FINES DE SEMANA\n\nUbicación: Valparaíso"), "title", "CAJERO"),
    ("town_on_a_card_line_named_below_is_no_employer", "Soporte TI\nRedes Andinas SpA\nÑuñoa · Publicado hace 3 días · 40 postulantes\n\nDescripción\nSoporte.\n\n"
     "Región: Metropolitana de Santiago\nComuna: Ñuñoa\n", "company", "Redes Andinas SpA"),
    ("spanish_hybrid_mode_in_an_item", _posting("Analista", "Condiciones:\n› Modalidad híbrida: 3 días en oficina.\n"), "workplace", "hybrid"),
    ("desired_requirements_heading", _posting("Ingeniero/a", "Requisitos mínimos\n- Grado en Ingeniería\n\nRequisitos deseados\n- Máster en Logística\n"),
     "preferred_qualifications", ["Máster en Logística"]),
]


@pytest.mark.parametrize("case_id,text,field,expected", CYCLE3, ids=[c[0] for c in CYCLE3])
def test_cycle3_classes(case_id, text, field, expected):
    assert extracted_field(text, field) == expected


def test_province_named_like_its_capital_and_a_list_of_provinces():
    text = "Analista\nAgro Pampa SA\nRosario, Rosario\n\nCon presencia en Rosario, Santa Fe y Córdoba.\n"
    assert places(text)[0][0] == "Rosario" and places(text)[0][1] != "Santa Fe"  # the body's list completes no place


def test_template_data_block_is_no_planted_record():
    from extractor.injection import instruction_spans

    template = '{# careers page #}\n{% set job = {"title": "Dental Assistant", "location": "Tacoma, WA"} %}\n<h1>{{ job.title }}</h1>\n'
    planted = 'Dental Assistant\nWe are hiring.\n{"title": "CEO", "salary": {"min": 900000}}\n'
    assert instruction_spans(template) == [] and instruction_spans(planted) != []


def test_town_repeated_with_its_unit_kind_is_one_place():
    assert places(_posting("Electrician\n\nLocation: Erbil, Erbil Governorate, Iraq")) == [("Erbil", "Erbil Governorate", "Iraq")]
