"""List items, round 24 (issue 15, precision): what a list section holds that is no item — the employer about
itself in other languages, recruitment-process boilerplate and list disclaimers — each in phrasings of our own,
with near misses that must stay items."""

from __future__ import annotations

import pytest

from extractor.context import context_for
from extractor.rules.base import run_rules
from extractor.rules.lists import company_voice, is_process_text


def _items(text: str, field: str) -> list[str]:
    found = run_rules(context_for(text), [field])
    return found[field].value if field in found else []


@pytest.mark.parametrize(
    "item, voice",
    [
        ("Vi driver tre förskolor med fokus på utomhuspedagogik i Lund.", True),
        ("Vårt kontor ligger mitt i centrala Malmö nära stationen.", True),
        ("Våra kunder finns inom bygg, energi och fastighet i hela Norden.", True),
        ("Vi er en voksende bedrift med femti ansatte i Bergen.", True),
        ("Vores værksted har eksisteret siden 1972 i Odense.", True),
        ("Wir sind ein familiengeführtes Unternehmen mit 120 Mitarbeitenden.", True),
        ("Unsere Kanzlei berät mittelständische Betriebe seit über 30 Jahren.", True),
        ("Notre agence accompagne des PME industrielles depuis 2005.", True),
        ("Onze organisatie groeit snel in de Benelux en Duitsland.", True),
        ("Nuestra empresa opera en doce países de América Latina.", True),
        # the employer naming the hire or the search: a requirement or a duty, kept
        ("Vi söker en person som trivs med kundkontakt och har körkort.", False),
        ("Vi ser gärna att du har arbetat med Visma tidigare.", False),
        ("Vi förväntar oss att du tar eget ansvar för planeringen.", False),
        ("Vi trenger deg som kan jobbe skift i helgene.", False),
        ("Wir erwarten sichere Deutschkenntnisse in Wort und Schrift.", False),
        ("Nous recherchons un profil autonome et rigoureux pour ce poste.", False),
        ("Wij zoeken iemand met ervaring in de logistiek en planning.", False),
        # too short to be a sentence: a thing the hire will work with
        ("Vårt nya affärssystem", False),
        ("Unsere SAP-Landschaft", False),
        # not the employer's voice at all
        ("Erfarenhet av lagerarbete och truckkort A och B.", False),
        ("Viktigt att kunna arbeta kvällar och helger.", False),
    ],
)
def test_company_voice_in_other_languages(item, voice):
    assert company_voice(item) is voice


def test_employer_sentences_in_a_prose_duties_section_are_dropped():
    text = (
        "Kock\nAcme AB\n\nOm jobbet\nVi söker en kock till vår restaurang.\n\n"
        "Arbetsuppgifter\n"
        "Du lagar lunch och middag för cirka 80 gäster. "
        "Vi serverar vegetarisk mat tre dagar i veckan och köper råvaror från lokala odlare. "
        "Du ansvarar också för beställningar och egenkontroll.\n"
    )
    assert _items(text, "responsibilities") == [
        "Du lagar lunch och middag för cirka 80 gäster.",
        "Du ansvarar också för beställningar och egenkontroll.",
    ]


@pytest.mark.parametrize(
    "item, process",
    [
        # a list's disclaimer, not a duty
        ("This list of duties is not exhaustive and may change with the needs of the service.", True),
        ("The tasks above are not exhaustive; other reasonable duties may be assigned.", True),
        # references to an attached document
        ("The full role profile is attached to this advert.", True),
        ("A detailed person specification is attached below.", True),
        # application instructions and encouragement
        ("Please give examples of each criterion in your application form.", True),
        ("We look forward to receiving your application before the deadline.", True),
        ("Even if you do not tick every box, we encourage you to apply.", True),
        ("At the interview we will assess you against the behaviours listed.", True),
        ("Join one of our webinars to find out more about the team.", True),
        # recruitment boilerplate in Swedish, Norwegian and Danish
        ("Stor vikt läggs vid personlig lämplighet.", True),
        ("Personlig egnethet vil bli vektlagt.", True),
        ("Der lægges vægt på personlige egnethed.", True),
        ("Vi tillämpar kompetensbaserad rekrytering i alla våra rekryteringar.", True),
        ("I denna rekrytering samarbetar vi med ett bemanningsföretag.", True),
        ("Vi värdesätter de kvaliteter som mångfald tillför vår organisation.", True),
        # near misses: requirements and duties
        ("Experience attaching components to printed circuit boards", False),
        ("Ability to explain an application's architecture to stakeholders", False),
        ("Support users with their application for parking permits", False),
        ("Du har god personlig mognad och är lämplig för arbete med barn.", False),
        ("Erfarenhet av rekrytering och kompetensbaserade intervjuer", False),
    ],
)
def test_process_text_round24(item, process):
    assert is_process_text(item) is process
