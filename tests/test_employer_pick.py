"""The employer picked, not written (prompt v5): the names the rules' employer reader leaves unsure
(``employer_candidates``), none in a posting that hides its client, the numbered names in the
request and a picked number turned into the text's own name (fake LLM, offline)."""

from __future__ import annotations

import pytest

from extractor import Extractor, load_settings
from extractor.context import context_for
from extractor.llm.grounding import employer_candidates
from extractor.llm.prompts import PromptError, load_prompt
from extractor.llm.select import plan

from fake_openai import FakeOpenAI, posting_of

TEMPLATE = """{title}
US, NY, New York

Company Description
{profile}

Job Description
{body}
"""


def posting(profile: str, body: str = "You will build dashboards.", title: str = "Data Analyst") -> str:
    return TEMPLATE.format(title=title, profile=profile, body=body)


@pytest.mark.parametrize(
    "text, names",
    [
        # the subject of a sentence about the organisation, said once and not opening the profile: the rules leave it
        (posting("We build robot arms. Acme Robotics is a growing maker of them. Playfair Capital is an investor in it."), ["Acme Robotics", "Playfair Capital"]),
        (posting("We build robot arms. Acme\u2019s mission is to make lending simple."), ["Acme"]),  # a possessive
        (posting("We lend to small firms. Founded in 1999, Globex is the leader in email news."), ["Globex"]),  # after an opening clause
        # the normaliser cuts a camel-case name at its case change; the source's name is read whole
        (posting("MarketLoop is a fast-growing fintech.MarketLoop lends to small firms.", "You will work for MarketLoop."), ["MarketLoop"]),
        (posting("Our clients love us. Northwind Foods is a leading wholesaler."), ["Northwind Foods"]),  # "our clients": customers
        # a staffing agency's own profile, for a job outside recruiting: the employer is its client
        (posting("We are growing. Brightwave Staffing is a staffing agency placing engineers.", "We need an analyst for a plant in Ohio."), []),
        (posting("Our client, a leading bank, is hiring. Brightwave is a bank."), []),  # the client hidden
        (posting("#URL_abc123# Pty Ltd is Australia\u2019s fastest growing network of websites."), []),  # a masked name
        (posting("We grow. Technology is our passion. We love technology and people."), []),  # a common word
        (posting("We grow. MS Visio is a tool we use."), []),  # a product
        (posting("We grow. Better.Acme Kartak is a shop."), []),  # glued across a sentence end
        ("Data Analyst\nUS, NY, New York\n\nJob Description\nManage is a word. You will build dashboards.\n", []),  # one word, said once, outside a profile
        ("Data Analyst\nUS, NY, New York\n\nJob Description\nWe grow fast. Globex Foods is a maker of snacks.\n", ["Globex Foods"]),
        # a heading glued to the sentence by a lost line break is no part of the name
        ("Data Analyst\nUS, NY, New York\n\nJob Description\nJob Overview\u00a0Globex Foods is a maker of snacks.\n", ["Globex Foods"]),
    ],
)
def test_employer_candidates_are_the_names_the_rules_reader_leaves(text, names):
    ctx = context_for(text)
    found = employer_candidates(ctx)
    assert [name.value for name in found] == names
    for name in found:  # the span covers the name (a line break where the normaliser cut it)
        assert ctx.text[name.span[0] : name.span[1]].replace("\n", "") == name.value


# the rules read no company here (company_ask_only_when_the_rules_found_none checks it); the names stand in prose, said once, and no
# "X is a/an …" sentence opens the profile with a name (that one the rules take as the employer)
TEXT = posting("We build robot arms. Acme Robotics makes them. Playfair Capital is an investor in it.")


def test_a_picked_company_is_asked_with_numbered_names():
    request = plan(context_for(TEXT), ["company"], picks=["company"])
    assert request.fields == ("company",)
    assert [name.value for name in request.names] == ["Acme Robotics", "Playfair Capital"]
    assert "Employer names:\n1. Acme Robotics\n2. Playfair Capital" in request.posting
    none = plan(context_for(posting("We are a small firm.")), ["company"], picks=["company"])
    assert none.fields == () and none.skipped == ("company",)  # no name: not asked


def make_extractor(server: FakeOpenAI, tmp_path) -> Extractor:
    settings = load_settings(base_url=server.base_url, api_key="sk-test", cache_dir=str(tmp_path / "cache"), backoff_base=0.01, timeout=5.0, prompt_version="v5")
    return Extractor(settings)


@pytest.mark.parametrize("number, value", [(1, "Acme Robotics"), (2, "Playfair Capital"), (None, None)])
def test_a_picked_number_is_the_texts_own_name_at_its_span(tmp_path, number, value):
    """A number is that name, exact, at its span; null leaves the company empty, as the rules left it."""

    def answer(body: dict) -> dict:
        assert "Employer names:" in posting_of(body)
        return {"company": number}

    with FakeOpenAI(answer) as server:
        with make_extractor(server, tmp_path) as extractor:
            record = extractor.extract(TEXT)
    assert record.company == value
    if number is not None:
        prov = record.provenance["company"]
        assert TEXT[prov.spans[0].start : prov.spans[0].end] == value
        assert prov.method == "llm" and prov.status == "exact" and prov.prompt_version == "v5"


@pytest.mark.parametrize(
    "text, asked",
    [
        (TEXT, True),  # no company read by the rules, names in the text: asked
        (posting("Acme Robotics is a growing maker of robot arms.", "You will build dashboards for Acme Robotics."), False),  # the rules read it (unsure): kept, not asked
        (posting("We are a small firm."), False),  # nothing read, no name to pick: not asked
    ],
)
def test_company_ask_only_when_the_rules_found_none(tmp_path, text, asked):
    calls = []

    def answer(body: dict) -> dict:
        calls.append(body)
        return {"company": None}

    with FakeOpenAI(answer) as server:
        with make_extractor(server, tmp_path) as extractor:
            extractor.extract(text)
    assert any("Employer names:" in posting_of(body) for body in calls) is asked


def test_a_number_that_names_no_name_breaks_the_schema(tmp_path):
    calls = []

    def answer(body: dict) -> dict:
        calls.append(body)
        return {"company": 7 if len(calls) == 1 else 1}

    with FakeOpenAI(answer) as server:
        with make_extractor(server, tmp_path) as extractor:
            record = extractor.extract(TEXT)
    assert len(calls) == 2 and record.company == "Acme Robotics"


def test_picks_are_declared_by_the_prompt_file(tmp_path, monkeypatch):
    assert load_prompt("v5").picks == ("company",) and load_prompt("v4").picks == ()
    folder = tmp_path / "job_posting"
    folder.mkdir()
    (folder / "bad.toml").write_text('mode = "select"\npicks = ["title"]\nsystem = "s"\nuser = "u"\n', encoding="utf-8")
    monkeypatch.setenv("EXTRACTOR_PROMPTS_DIR", str(tmp_path))
    with pytest.raises(PromptError, match="picks"):
        load_prompt("bad")
