"""Which dollar a bare "$" means: the country the posting names, not a street named after another country.
Table-driven; the postings are this file's own."""

from __future__ import annotations

import pytest

from extractor.pipeline import Extractor

CASES = [
    # (posting, currency)
    ("Line Cook\nTuatara Kitchen, Dunedin\n\nPay: $26.00 - $28.50 per hour\nMust have NZ work rights.\n", "NZD"),
    ("Barista\nOur cafe on Cuba St is busy all week.\n\nPay: $25 an hour\nYou must hold NZ residency or a work visa.\n", "NZD"),
    ("Store Person\nWarehouse on Canada Road, Rotorua\n\nPay: $27 per hour, 40 hours a week.\n", "NZD"),
    ("Line Cook\nDiner on Jamaica Avenue, Queens, New York\n\nPay: $19 per hour\n", "USD"),
    # the place of work is in Canada; the US is only a market the employer serves
    ("Warehouse Lead\nNorthline Distribution\nMississauga, ON\n\nWe ship to retailers across Ontario and the US Midwest.\n"
     "Wage: $24.50 - $27.00 per hour\n", "CAD"),
    ("Parts Driver\nKamloops, British Columbia\n\nRuns to our Washington State yards twice a week.\nPay: $23/hour\n", "CAD"),
    # the currency named beside the sign wins over the place of work
    ("QA Engineer\nRemote (Colombia)\nUSD $2,500 - $3,000 per month\n", "USD"),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(use_llm=False)


@pytest.mark.parametrize("posting, currency", CASES)
def test_a_bare_dollar_is_the_named_countrys(extractor: Extractor, posting: str, currency: str) -> None:
    salary = extractor.extract(posting).salary
    assert salary is not None and salary.currency == currency
