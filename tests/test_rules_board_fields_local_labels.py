"""Table-driven tests of national job boards that label their fields in their own language (issue 11):
a municipality / town label, a county / region label and a country label on lines of their own are one
place, the country's endonym read as its English name and the town kept as the page writes it."""

from __future__ import annotations

import pytest

from extractor.context import context_for
from extractor.rules.title import title_board_ad
from tests.rule_helpers import places, rule_value

SE, NO, FI, DE, NL, ES, DK, IT = "Sweden", "Norway", "Finland", "Germany", "Netherlands", "Spain", "Denmark", "Italy"

# (id, text, [(city, region, country)])
BOARD_FIELD_PLACES = [
    ("swedish_kommun_lan_land", "Lagerarbetare\nNordlager AB\n\nKommun: Älvkarleby\nLän: Uppsala län\nLand: Sverige\nOmfattning: Heltid\n",
     [("Älvkarleby", "Uppsala län", SE)]),
    ("swedish_local_spelling_kept", "Snickare\nBygg AB\n\nKommun: Göteborg\nLän: Västra Götalands län\nLand: Sverige\n",
     [("Göteborg", "Västra Götalands län", SE)]),
    ("norwegian_kommune_fylke", "Sykepleier\nHelse Vest\n\nKommune: Bergen\nFylke: Vestland\nLand: Norge\n", [("Bergen", "Vestland", NO)]),
    ("finnish_paikkakunta_maakunta", "Myyjä\nKauppa Oy\n\nPaikkakunta: Tampere\nMaakunta: Pirkanmaa\nMaa: Suomi\n", [("Tampere", "Pirkanmaa", FI)]),
    ("german_arbeitsort_land", "Elektriker (m/w/d)\nMuster GmbH\n\nArbeitsort: Köln\nBundesland: Nordrhein-Westfalen\nLand: Deutschland\n",
     [("Köln", "North Rhine-Westphalia", DE)]),
    ("german_standort_country_only", "Koch\nHotel Adler\nStandort: Berlin\nLand: Deutschland\n\nText", [("Berlin", None, DE)]),
    ("dutch_plaats_provincie", "Monteur\nTechniek BV\n\nPlaats: Utrecht\nProvincie: Utrecht\nLand: Nederland\n", [("Utrecht", "Utrecht", NL)]),
    ("spanish_localidad_pais", "Camarero\nHostal Sol\n\nLocalidad: Sevilla\nPaís: España\n", [("Sevilla", None, ES)]),
    ("danish_kommune_region", "Pædagog\nBørnehuset\n\nKommune: Aarhus\nLand: Danmark\n", [("Aarhus", None, DK)]),
    ("italian_comune_paese", "Cuoco\nTrattoria Roma\n\nComune: Bologna\nPaese: Italia\n", [("Bologna", None, IT)]),
    ("norwegian_kommune_alone", "Kokk\nRestaurant AS\n\nKommune: Oslo\nStillingsprosent: Heltid\n\nTekst", [("Oslo", None, None)]),
    ("swiss_gemeinde_alone", "Koch\nHotel Matterhorn AG\n\nGemeinde: Zermatt\n\nText", [("Zermatt", None, None)]),
    # the board's occupation line "Driftchef, VA" (water and sewage) is no town in Virginia beside the labelled place
    ("occupation_line_with_code_dropped", "Driftchef inom primärvården\nVårdbolaget AB\nDriftchef, VA\n\nKommun: Stockholm\nLän: Stockholms län\nLand: Sverige\n",
     [("Stockholm", "Stockholms län", SE)]),
    ("known_town_with_code_kept", "Springfield, VA\nLocation: Stockholm, Sweden\n",
     [("Springfield", "Virginia", "United States"), ("Stockholm", None, SE)]),
    ("english_fields_unchanged", "Nurse\nCity: Cologne\nState: North Rhine-Westphalia\nCountry: Germany\n",
     [("Cologne", "North Rhine-Westphalia", DE)]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in BOARD_FIELD_PLACES], ids=[c[0] for c in BOARD_FIELD_PLACES])
def test_board_field_places(text, expected):
    assert places(text) == expected


# A board ad's page: heading, employer line (the board's occupation may follow), then the labelled fields opening
# with the place. The heading is cut where its form is clear; the employer line is the company.
# (id, text, title, company)
BOARD_AD_HEADS = [
    ("destination_place_swedish", "Säljare till Borlänge!\nNordsälj AB\nUtesäljare\n\nKommun: Borlänge\nLän: Dalarnas län\nLand: Sverige\n\nOm jobbet\nText.",
     "Säljare", "Nordsälj AB"),
    ("destination_employer_german", "Elektriker für Stadtwerke Kassel\nStadtwerke Kassel\n\nArbeitsort: Kassel\nLand: Deutschland\n\nIhre Aufgaben\nText.",
     "Elektriker", "Stadtwerke Kassel"),
    ("unit_after_destination_kept", "Lärare F-3 till Björkskolan, Krokom\nKrokoms kommun\nGrundlärare\n\nKommun: Krokom\nLän: Jämtlands län\n\nOm jobbet\nText.",
     "Lärare F-3 till Björkskolan", "Krokoms kommun"),
    ("bare_town_tail_norwegian", "Dekkmontør Bergen\nDekk Norge AS\n\nKommune: Bergen\nFylke: Vestland\nLand: Norge\n\nOm stillingen\nTekst.",
     "Dekkmontør", "Dekk Norge AS"),
    ("pay_tail", "Teknisk säljare – Mållön 45 000 kr / månad\nSäljbolaget AB\nTelefonförsäljare\n\nKommun: Malmö\nLän: Skåne län\n\nOm jobbet\nText.",
     "Teknisk säljare", "Säljbolaget AB"),
    ("slogan_tail_dutch", "Teamleider | Bouw mee aan ons nieuwe verkoopteam!\nVerkoop Partners BV\n\nPlaats: Utrecht\nProvincie: Utrecht\n\nOver de functie\nTekst.",
     "Teamleider", "Verkoop Partners BV"),
    ("client_before_hiring_verb", "Nordkap Revision söker Tax Manager\nRekrytering & Co AB\nRevisor\n\nKommun: Göteborg\nLän: Västra Götalands län\n\nOm jobbet\nText.",
     "Tax Manager", "Nordkap Revision"),
    ("passive_hiring_word", "Personlig assistent sökes till ung kvinna i Tumba!\nAssistans Syd AB\nPersonlig assistent\n\nKommun: Botkyrka\nLän: Stockholms län\n\nOm jobbet\nText.",
     "Personlig assistent", "Assistans Syd AB"),
    ("schedule_tail_finnish", "Myyjä - osa-aikainen\nKauppa Oy\n\nPaikkakunta: Tampere\nMaa: Suomi\n\nTehtävä\nTeksti.",
     "Myyjä", "Kauppa Oy"),
    ("english_board_page", "Warehouse Operative - Leeds\nNorthern Freight Ltd\n\nLocation: Leeds\nCountry: United Kingdom\n\nAbout the role\nText.",
     "Warehouse Operative", "Northern Freight Ltd"),
]


@pytest.mark.parametrize("text,title,company", [c[1:] for c in BOARD_AD_HEADS], ids=[c[0] for c in BOARD_AD_HEADS])
def test_board_ad_heading_and_employer(text, title, company):
    assert rule_value("title", text) == title
    assert rule_value("company", text) == company


# brand, service, town and schedule run together: which words are the title is undecidable
def test_compound_heading_gives_no_title():
    text = "Läxhjälp Linköping, privatlärare 1-2 lektioner/vecka, Matematik\nLäxföretaget AB\n\nKommun: Linköping\nLän: Östergötlands län\n\nOm jobbet\nText."
    assert list(title_board_ad(context_for(text))) == []


# "Nu söker vi …", "Vem söker vi?": an adverb or a question word before a hiring verb names no employer
@pytest.mark.parametrize("text", [
    "Om jobbet\nNu söker vi en kock till vår restaurang.",
    "Vem söker vi?\nDu är en erfaren kock.",
    "Über uns\nJetzt sucht unser Team einen Koch.",
])
def test_no_employer_from_function_word_before_hiring_verb(text):
    assert rule_value("company", text) is None


# (id, text, company): who employs the hire on a recruiter's or an outsourcer's board ad
RECRUITER_CLIENTS = [
    ("direct_employment_swedish", "Data Engineer till Nordbyte!\nRekryteringsbyrån AB\nDatabasutvecklare\n\nKommun: Umeå\nLän: Västerbottens län\n\n"
     "Om jobbet\nText.\nUpplägg: Anställning direkt hos Nordbyte. Vi hjälper till med rekryteringen.", "Nordbyte"),
    ("direct_employment_english", "Payroll Officer\nTalent Bridge Recruitment\n\nLocation: Leeds\n\nThis is a permanent role; you will be employed "
     "directly by Harrow Foods Ltd, a family bakery.", "Harrow Foods Ltd"),
    ("outsourced_sales_represent_client", "Säljare – Solceller\nSäljhuset AB\nTelefonförsäljare\n\nKommun: Stockholm\nLän: Stockholms län\n\n"
     "Om jobbet\nVi söker säljare för att representera vår kund och sälja solceller till villaägare.", "Säljhuset AB"),
    ("outsourced_sales_english", "Field Sales Rep\nDoorstep Sales Ltd\n\nLocation: Leeds\n\nYou will represent our client, a solar panel firm, door to door.",
     "Doorstep Sales Ltd"),
    ("hidden_client_still_hidden", "Driftchef\nRekrytering AB\n\nKommun: Stockholm\nLän: Stockholms län\n\nOm jobbet\nVi söker en driftchef till vår kund, ett "
     "Life Science företag i Stockholm.", None),
]


@pytest.mark.parametrize("text,company", [c[1:] for c in RECRUITER_CLIENTS], ids=[c[0] for c in RECRUITER_CLIENTS])
def test_recruiter_clients(text, company):
    assert rule_value("company", text) == company
