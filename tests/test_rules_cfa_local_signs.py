"""Pay currency written the local way on s18's countries: the CFA franc ("FCFA"/"CFA") is XOF in West
Africa and XAF in Central Africa, "C$" is the córdoba in Nicaragua (the Canadian dollar elsewhere), and
"net/mois" states a month. Offline, table-driven, phrasings not taken from the gold."""

from __future__ import annotations

import pytest

from rule_helpers import rule_value as _value


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lieu : Dakar, Sénégal\nRémunération : 450 000 FCFA net/mois", (450000.0, "XOF", "month")),
        ("Duty station: Ouagadougou, Burkina Faso\nMonthly salary: FCFA 800,000 per month", (800000.0, "XOF", "month")),
        ("Location: Libreville, Gabon\nSalary: 1,200,000 CFA per month (gross)", (1200000.0, "XAF", "month")),
        ("Location: Douala, Cameroon\nPay: FCFA 400,000 monthly", (400000.0, "XAF", "month")),
        ("Location: León, Nicaragua\nSalario: C$ 22,000 per month", (22000.0, "NIO", "month")),
        ("Location: Toronto, Ontario\nSalary: C$ 95,000 per year", (95000.0, "CAD", "year")),  # still the Canadian dollar
        ("Lieu : Tadjourah, Djibouti\nRémunération : 250 000 FDJ brut par mois", (250000.0, "DJF", "month")),  # the Djibouti franc
        ("Duty station: Djibouti City, Djibouti\nSalary: 95 000 FD per month", (95000.0, "DJF", "month")),
        ("Place of work: Massawa, Eritrea\nMonthly pay: Nakfa 7,200", (7200.0, "ERN", "month")),  # the nakfa, before the figure
        ("Location: Keren\nSalary: 6,000 nakfa per month", (6000.0, "ERN", "month")),  # or after it
    ],
)
def test_local_signs_by_country(text: str, expected: tuple) -> None:
    value = _value("salary", text)
    assert (value["min"], value["currency"], value["period"]) == expected


@pytest.mark.parametrize("text", ["Salary: 300,000 FCFA per month", "Location: Lyon, France\nBudget: 4 000 FD per month"])
def test_a_local_mark_outside_its_country_is_no_guess(text: str) -> None:
    value = _value("salary", text)
    assert value is None or value["currency"] is None
