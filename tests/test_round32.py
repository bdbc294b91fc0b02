"""Table-driven tests of the place readers changed in the first 2026-12-05 round: a suburb or district the gazetteer does
not know, written before its town on a place line, is the place's city (golden/README, "Locations implied vs stated");
a board's "Town, <area> <STATE>" and "Town, <compass> <region>" head lines; a region code shared by two countries read
by the postcode after it; "Station:", "Venue:" and "Place of posting:" as place labels. Phrasings are our own; cases
that must stay as they are sit beside those that change."""

from __future__ import annotations

import pytest

from extractor import Extractor

EXTRACTOR = Extractor(use_llm=False)

PLACES = [
    # (id, text, expected [(city, region, country)])
    ("suburb_before_town_and_country",
     "Dental Nurse\nSmileworks Clinics\nPonsonby, Auckland, New Zealand\nFull time\n\nWe need a dental nurse.\n",
     [("Ponsonby", None, "New Zealand")]),
    ("district_in_a_dashed_meta_line",
     "Data Entry Clerk\nOrbit Outsourcing - Heliopolis, Cairo, Egypt - 2 days ago\n\nWe need a clerk.\n",
     [("Heliopolis", None, "Egypt")]),
    ("labelled_district_and_town",
     "Position: Credit Analyst\nLocation: Rosebank, Johannesburg\n\nWe need an analyst.\n",
     [("Rosebank", None, None)]),
    ("employer_before_town_stays_the_employer",
     "Driver\nBluegum Haulage, Perth WA\n\nBluegum Haulage is a family firm running 30 trucks.\n",
     [("Perth", "Western Australia", "Australia")]),
    ("postal_address_is_no_suburb",
     "Clerk\n\nLocation\nKingsway House, Newport, NP20 1HG\n\nWe need a clerk.\n",
     [("Newport", None, None)]),
    ("board_area_and_state_code",
     "Chef\nRiverbend Hotel\nToowoomba, Darling Downs & South West QLD\nFull time\n\nWe need a chef.\n",
     [("Toowoomba", "Queensland", "Australia")]),
    ("board_area_with_a_comma_and_state_code",
     "Plumber\nFlowright\nWollongong, Illawarra, South Coast NSW\nContract\n\nWe need a plumber.\n",
     [("Wollongong", "New South Wales", "Australia")]),
    ("suburb_of_a_town_with_state_code",
     "Storeperson\nCoolchain\nMoorebank West, Sydney NSW\nFull time\n\nWe need a storeperson.\n",
     [("Moorebank West", "New South Wales", "Australia")]),
    ("compass_part_of_a_nation",
     "Care Worker\nBrightcare\nSwansea, South West Wales\n\nWe need a care worker.\n",
     [("Swansea", "South West Wales", "United Kingdom")]),
    ("four_digit_postcode_is_australian",
     "Barista\nLocation: Broome WA 6725\n\nWe need a barista.\n",
     [("Broome", "Western Australia", "Australia")]),
    ("five_digit_postcode_is_american",
     "Barista\nLocation: Spokane, WA 99201\n\nWe need a barista.\n",
     [("Spokane", "Washington", "United States")]),
    ("station_label",
     "NURSING OFFICER\nSTATION: Gulu\n\nThe officer runs the ward.\n",
     [("Gulu", None, None)]),
    ("place_of_posting_label",
     "Accounts Assistant\nPlace of posting: Mzuzu, Malawi\n\nWe need an assistant.\n",
     [("Mzuzu", None, "Malawi")]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PLACES], ids=[c[0] for c in PLACES])
def test_places(text, expected):
    record = EXTRACTOR.extract(text)
    assert [(p.city, p.region, p.country) for p in record.locations] == expected


HANGING = [
    # (id, text, expected responsibilities)
    ("rows_hung_under_a_dash_bullet",
     "Site Engineer\nKorbel Bau GmbH\n\nIhre Aufgaben\n- Bauleitung für Wohnbauprojekte im Großraum Linz mit bis zu\n  40 Wohneinheiten\n"
     "- Abstimmung mit Behörden und\n  Subunternehmern\n- Kostenkontrolle\n\nIhr Profil\n- HTL Hochbau\n",
     ["Bauleitung für Wohnbauprojekte im Großraum Linz mit bis zu 40 Wohneinheiten",
      "Abstimmung mit Behörden und Subunternehmern", "Kostenkontrolle"]),
    ("rows_hung_under_a_numbered_item",
     "Analyst\n\nDuties\n1. Reconcile the ledgers of the three Nordic entities each\n   Month End\n2. Prepare the VAT returns\n",
     ["Reconcile the ledgers of the three Nordic entities each Month End", "Prepare the VAT returns"]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in HANGING], ids=[c[0] for c in HANGING])
def test_hanging_rows_join_their_bullet(text, expected):
    assert EXTRACTOR.extract(text).responsibilities == expected


@pytest.mark.parametrize("text,kept", [
    ("Duties\n- Reporting\n      Monthly Board Pack\n", "Reporting\nMonthly Board Pack"),  # deeper than the bullet's text: a block
    ("Duties\n- Reporting\n\n  Monthly Board Pack\n", "Reporting\n\nMonthly Board Pack"),  # a blank line between
], ids=["deeper_block", "blank_line_between"])
def test_rows_that_do_not_hang_keep_their_break(text, kept):
    from extractor.normalize import normalize

    assert kept in normalize(text).text
