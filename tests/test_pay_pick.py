"""A torn pay rule (prompt v6): the LLM picks one of the pay readings the rule ranks alike."""

from __future__ import annotations

import pytest

from extractor import Extractor, load_settings
from extractor.context import context_for
from extractor.llm.select import _inside, pay_options, plan

from fake_openai import FakeOpenAI, posting_of

# two places' ranges, the place the header names second: the pay rule ranks both alike and its place
# tie-break takes the Leeds range, not the range stated first, so the rule is torn
TORN = """Pay Analyst
Acme Ltd - Leeds, United Kingdom

Salary
London: £52,000 - £60,000
Leeds: £40,000 - £48,000

Responsibilities
- Run the monthly payroll for 2,000 staff
"""
PLAIN = TORN.replace("Leeds: £40,000 - £48,000\n", "")
RANGE = {"min": 52000.0, "max": 60000.0, "currency": "GBP", "period": "year"}
BASE = {"min": 40000.0, "max": 48000.0, "currency": "GBP", "period": "year"}  # the rule's choice
# an on-target-earnings range, then the base range: the rule's "base wins" is its policy, not a tie
OTE_THEN_BASE = TORN.replace("London: £52,000 - £60,000\nLeeds: £40,000 - £48,000", "On-target earnings: £52,000 - £60,000\nThe base salary is £40,000 - £48,000.")


def make_extractor(server: FakeOpenAI, tmp_path, prompt: str = "v6") -> Extractor:
    settings = load_settings(base_url=server.base_url, api_key="sk-test", cache_dir=str(tmp_path / "cache"), backoff_base=0.01, timeout=5.0, prompt_version=prompt)
    return Extractor(settings)


@pytest.mark.parametrize(
    "text, options",
    [
        (TORN, [RANGE, BASE]),  # the tie-break left the first reading: torn
        (PLAIN, []),  # one reading
        (OTE_THEN_BASE, []),  # the base pay over the OTE: no question
    ],
)
def test_pay_options_only_where_the_tie_break_left_the_first_reading(text, options):
    assert [option.value for option in pay_options(context_for(text))] == options


def test_the_request_numbers_the_options_and_shows_them_only_there():
    request = plan(context_for(TORN), ["salary"], picks=("company", "salary"))
    assert request.fields == ("salary",) and len(request.pay) == 2
    assert request.posting.startswith("Pay options:\n1. London: £52,000 - £60,000\n2. Leeds: £40,000 - £48,000")


@pytest.mark.parametrize(
    "number, salary, method",
    [
        (1, RANGE, "llm"),  # the picked option: the rule's own reading, exact, at its span
        (2, BASE, "pay.amount"),  # the rule's choice: nothing changes
        (None, BASE, "pay.amount"),  # none picked: the rule's value stays
    ],
)
def test_a_picked_option_replaces_the_rules_choice(tmp_path, number, salary, method):
    with FakeOpenAI(lambda body: {"salary": number}) as server:
        with make_extractor(server, tmp_path) as extractor:
            posting = extractor.extract(TORN)
    assert len(server.requests) == 1 and "Pay options:" in posting_of(server.requests[0])
    assert posting.salary.model_dump() == salary
    prov = posting.provenance["salary"]
    assert prov.method.startswith(method)
    assert TORN[prov.spans[0].start : prov.spans[0].end].startswith("£")


@pytest.mark.parametrize("text, prompt", [(PLAIN, "v6"), (TORN, "v5")])
def test_a_sure_pay_is_not_asked_unless_torn_and_picked_by_the_prompt(tmp_path, text, prompt):
    with FakeOpenAI(lambda body: {"salary": 1}) as server:
        with make_extractor(server, tmp_path, prompt) as extractor:
            posting = extractor.extract(text)
    assert not any("Pay options" in posting_of(body) for body in server.requests)
    assert posting.salary is not None


# the advertised range, then its two location bands restated, inside it: the rule ranks the three
# alike and its tie-break takes the London band
BANDS = """Pay Analyst
Acme Ltd - Leeds, United Kingdom
Salary
£40,000 - £48,000
The national salary range is £40,000 - £43,000, London salary range is
£45,000 - £48,000. Base salary for this role is London - £45,000 - £48,000 and National - £40,000 - £43,000.

Responsibilities
- Run the monthly payroll for 2,000 staff
"""
WHOLE = {"min": 40000.0, "max": 48000.0, "currency": "GBP", "period": "year"}


@pytest.mark.parametrize(
    "part, whole, inside",
    [
        ({"min": 40000.0, "max": 43000.0, "currency": "GBP"}, {"min": 40000.0, "max": 48000.0, "currency": "GBP"}, True),  # a band
        ({"min": 44620.0, "max": 44620.0, "currency": "GBP"}, {"min": 40000.0, "max": 48000.0, "currency": "GBP"}, True),  # a figure
        ({"min": 45000.0, "max": 52000.0, "currency": "GBP"}, {"min": 40000.0, "max": 48000.0, "currency": "GBP"}, False),  # overlaps only
        ({"min": 52000.0, "max": 52000.0, "currency": "GBP"}, {"min": 40000.0, "max": 48000.0, "currency": "GBP"}, False),  # outside
        ({"min": 40000.0, "max": 43000.0, "currency": "EUR"}, {"min": 40000.0, "max": 48000.0, "currency": "GBP"}, False),  # another currency
        ({"min": 40000.0, "max": 48000.0, "currency": "GBP"}, {"min": 40000.0, "max": 48000.0, "currency": "GBP"}, False),  # the same pay
        ({"min": 45000.0, "max": 45000.0, "currency": "GBP"}, {"min": 45000.0, "max": 45000.0, "currency": "GBP"}, False),  # no range
        ({"min": 40000.0, "max": None, "currency": "GBP"}, {"min": 40000.0, "max": 48000.0, "currency": "GBP"}, False),  # a floor: "from £40,000"
    ],
)
def test_a_pay_inside_another_options_range_is_a_part_of_it(part, whole, inside):
    assert _inside(part, whole) is inside


def test_the_stated_range_before_its_bands_needs_no_question(tmp_path):
    # the pay rule takes the range stated plainly first over the later bands and base lines, so it is
    # not torn: no option is offered and the model is not asked for the salary
    assert pay_options(context_for(BANDS)) == []
    with FakeOpenAI(lambda body: {"salary": 1}) as server:
        with make_extractor(server, tmp_path) as extractor:
            posting = extractor.extract(BANDS)
    assert all("Pay options:" not in posting_of(request) for request in server.requests)
    assert posting.salary.model_dump() == WHOLE
    assert posting.provenance["salary"].method.startswith("pay.")
