"""Employer names a posting gives of itself in passing (issue 12): the host of its own e-mail or web
address, "We're X,", "Welcome to X", "X is an equal opportunity employer", a head line before a
board's separator. They never enter the rules' record; where the company rules found no employer the
hybrid offers them as numbered names for the LLM to pick one or none (fake LLM, offline)."""

from __future__ import annotations

import pytest

from extractor import Extractor, load_settings
from extractor.context import context_for
from extractor.llm.employers import self_named_employers
from extractor.llm.grounding import employer_candidates
from extractor.pipeline import extract

from fake_openai import FakeOpenAI, posting_of

DUTIES = "\n\nWhat you will do\n- Serve customers at the counter and keep the floor tidy\n- Take deliveries and check them against the order\n"


@pytest.mark.parametrize(
    "text, names",
    [
        # the host of the posting's own address spells a name the text writes (words run together, "&" as "and")
        ("Weekend Barista" + DUTIES + "\nSend a CV to hiring@brindlecoffee.co.uk and pop in to Brindle Coffee Roasters on Mill Street.", ["Brindle Coffee Roasters"]),
        ("Counter Assistant" + DUTIES + "\nQuestions? www.hopandanchor.ie/jobs, or ask at Hop & Anchor any evening.", ["Hop & Anchor"]),
        ("Kitchen Porter" + DUTIES + "\nApply: jobs@theoldforge.com\nThe Old Forge, 4 Bridge Row", ["The Old Forge"]),
        # the host names the label's first word and the start of the next ("marrowbio" in "Marrow Biologics")
        ("Lab Assistant" + DUTIES + "\nReply to talent@marrowbio.com\nMarrow Biologics, Unit 3", ["Marrow Biologics"]),
        # a mail provider, a board or a placeholder host names no one
        ("Weekend Barista" + DUTIES + "\nEmail jo.ferris@gmail.com, Brindle Coffee Roasters on Mill Street.", []),
        ("Weekend Barista" + DUTIES + "\nApply at https://apply.workable.com/brindle/ for Brindle Coffee Roasters.", []),
        # a self-introduction
        ("Level Designer" + DUTIES + "\nHi all! We're Quillmark Studios, a five-person team making puzzle games.", ["Quillmark Studios"]),
        ("Deckhand" + DUTIES + "\nWelcome to Harbourline Ferries! We sail twice a day.", ["Harbourline Ferries"]),
        ("Bookkeeper" + DUTIES + "\nMy brother's plumbing business, Dunmore Drains (six vans, est. 2011), needs help.", ["Dunmore Drains"]),
        ("We are HIRING" + DUTIES, []),  # a shout, no name
        # the organisation's equal-opportunity sentence
        ("Picker" + DUTIES + "\nOrchard Valley Co-op is an equal opportunity employer.", ["Orchard Valley Co-op"]),
        ("Picker" + DUTIES + "\nThe Company is an equal opportunity employer.", []),  # the organisation's noun, not its name
        # a head line before a board's separator, built on an organisation's noun
        ("Marlow Freight Group · 2,310 followers\nWarehouse Operative" + DUTIES, ["Marlow Freight Group"]),
        ("Marlow Freight · 2,310 followers\nWarehouse Operative" + DUTIES, []),  # one weak cue only
        # "X is a …" alone is one cue; said again, or at the head, it is two
        ("Kestrel Robotics is a fast-growing maker of farm robots." + DUTIES, []),
        ("Kestrel Robotics\nField Engineer\n\nKestrel Robotics is a fast-growing maker of farm robots." + DUTIES, ["Kestrel Robotics"]),
        ("Support Engineer\nPython is a must and Python is used daily." + DUTIES, []),  # a requirement, not an organisation
        # "at X" counts only for a name built on an organisation's noun, said with another cue
        ("Assistant Coach" + DUTIES + "\nYou will coach the softball program at Hillcrest College.", ["Hillcrest College"]),
        ("Assistant Coach" + DUTIES + "\nYou studied at Harvard or similar.", []),
        # an abbreviation inside a name; two lines a scrape glued
        ("Care Assistant" + DUTIES + "\nSt. Brendan's Hospice is a charity.\nApply to jobs@stbrendans.org", ["St. Brendan's Hospice"]),
        ("Recruiter" + DUTIES + "\nA small business, Payroll and Benefits AdministrationIt is what we do.", []),
    ],
)
def test_self_named_employers_by_form(text, names):
    ctx = context_for(text)
    found = self_named_employers(ctx)
    assert [name for name, _, _ in found] == names
    for name, (start, end), _ in found:
        assert ctx.text[start:end] == name


def test_an_intermediary_hiding_its_client_offers_no_name():
    text = "Warehouse Operative" + DUTIES + "\nOur client, a leading retailer, is hiring. Contact recruit@staffwise.com (Staffwise Recruitment)."
    assert self_named_employers(context_for(text)) == []


def test_self_named_names_stay_out_of_the_rules_record_and_are_offered_to_pick():
    text = "Deckhand" + DUTIES + "\nWelcome to Harbourline Ferries! We sail twice a day."
    assert extract(text, use_llm=False).company is None
    assert [name.value for name in employer_candidates(context_for(text))] == ["Harbourline Ferries"]


def make_extractor(server: FakeOpenAI, tmp_path) -> Extractor:
    settings = load_settings(base_url=server.base_url, api_key="sk-test", cache_dir=str(tmp_path / "cache"), backoff_base=0.01, timeout=5.0, prompt_version="v6")
    return Extractor(settings)


@pytest.mark.parametrize("number, value", [(1, "Harbourline Ferries"), (None, None)])
def test_the_hybrid_keeps_a_picked_self_named_employer(tmp_path, number, value):
    text = "Deckhand" + DUTIES + "\nWelcome to Harbourline Ferries! We sail twice a day."

    def answer(body: dict) -> dict:
        assert "Employer names:\n1. Harbourline Ferries" in posting_of(body)
        return {"company": number}

    with FakeOpenAI(answer) as server:
        with make_extractor(server, tmp_path) as extractor:
            record = extractor.extract(text)
    assert record.company == value
    if number is not None:
        prov = record.provenance["company"]
        assert text[prov.spans[0].start : prov.spans[0].end] == value and prov.method == "llm"


@pytest.mark.parametrize(
    "title, names",
    [
        ("Theatre Nurse", []),  # the agency places the nurse with a hospital: no employer offered
        ("Recruitment Consultant", ["Gulfstar Manpower"]),  # the agency's own recruiting job
    ],
)
def test_an_agency_name_is_offered_only_for_a_recruiting_job(title, names):
    text = f"{title}\n\nWhat you will do\n- Handle the work of the role every day\n\nSend your CV to cv@gulfstarmanpower.com\nGulfstar Manpower, Salmiya"
    assert [name for name, _, _ in self_named_employers(context_for(text))] == names


@pytest.mark.parametrize(
    "head, answer, value",
    [
        # the employer's name the posting gives of itself, glued after "at"/"@": not part of the title
        (":loudspeaker: Hiring: Contract iOS Developer at Tidepool (we build the app for 200 bakeries)", "Contract iOS Developer at Tidepool", "Contract iOS Developer"),
        ("Now hiring: Pastry Chef @ Tidepool", "Pastry Chef @ Tidepool", "Pastry Chef"),
        # "at" before something else than the employer's name stays
        ("Hiring: Sous Chef at Night", "Sous Chef at Night", "Sous Chef at Night"),
    ],
)
def test_a_title_loses_the_employers_name_glued_after_it(head, answer, value):
    from extractor.llm.grounding import Grounder

    text = f"{head}\n\nWhat you will do\n- Ship features every week with the team\n\nDM me or email maya@tidepool.app with your portfolio."
    found = Grounder(context_for(text)).title(answer)
    assert found.status.value != "ungrounded"
    assert (found.value or answer) == value
