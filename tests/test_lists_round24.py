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
        # the employer named as the subject, in English
        ("Brightwater Dental is a family-owned practice with four clinics in Leeds.", True),
        ("Kestrel Freight provides temperature-controlled transport across the Midlands.", True),
        ("Okafor & Sons has grown from two vans to forty since 2009.", True),
        ("The Harbour Trust was founded in 1961 to restore the old docks.", True),
        ("Mosaic Labs has raised a Series A from two European funds.", True),
        ("Kestrel Freight offers a competitive salary and a company pension.", True),
        # a name with the hire in it, a tool, a duty line, a requirement
        ("Kestrel Freight provides training for every driver you will work with.", False),
        ("Salesforce is a core part of the stack the team uses daily", False),
        ("Provides first-line support to customers by phone and chat.", False),
        ("Develops and maintains the payroll schedule for all staff.", False),
        ("Excel is a must for this role.", False),
    ],
)
def test_company_voice_other_languages_and_named(item, voice):
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
        ("Whatever your background, we'd love to hear from you.", True),
        ("Meet most of the points below? We would love to receive your application.", True),
        # the role's travel told as a possibility, not something the hire has (golden/README: "The role will involve some travel")
        ("There may be an element of travel to the regional offices.", True),
        ("Travel may be necessary to client sites in Ohio and Indiana.", True),
        ("The role will involve some travel to Dublin and Cork.", True),
        ("Willingness to travel up to 30% of the time", False),
        ("Extensive travel is required, about 40% of the year", False),
        # the hire's welcome and the team told in the second person: a pitch
        ("Hos oss blir du en del av ett litet team med stort ansvar.", True),
        ("Som ny välkomnas du med en gedigen introduktion på två veckor.", True),
        ("I arbetsgruppen stöttar vi varandra och ni stöttar varandra i vardagen.", True),
        ("Hos os bliver du en del af en travl afdeling.", True),
        ("Bei uns wirst du Teil eines jungen Teams.", True),
        ("Vara en del av försäljningen själv och leda genom handling", False),
        ("Du ansvarar för introduktion av nya kollegor", False),
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


@pytest.mark.parametrize(
    "body, minimum, preferred",
    [
        (
            "• Du har några års erfarenhet som lönespecialist och vi ser gärna att du har arbetat i Hogia.\n• B-körkort\n",
            ["Du har några års erfarenhet som lönespecialist", "B-körkort"],
            ["vi ser gärna att du har arbetat i Hogia."],
        ),
        (
            "• Three years in a busy kitchen, and we would love it if you have baked bread at scale\n• Food hygiene level 2\n",
            ["Three years in a busy kitchen", "Food hygiene level 2"],
            ["we would love it if you have baked bread at scale"],
        ),
        (  # a second clause that is no preference: one item
            "• Du har körkort och vi erbjuder tjänstebil.\n• Truckkort\n",
            ["Du har körkort och vi erbjuder tjänstebil.", "Truckkort"],
            [],
        ),
        (  # "Preference … given to …" marks the sentence, wherever the list puts it
            "• Experience with Excel and Outlook. Preference may be given to applicants who have used Laserfiche.\n• Typing at 40 wpm\n",
            ["Experience with Excel and Outlook.", "Typing at 40 wpm"],
            ["Preference may be given to applicants who have used Laserfiche."],
        ),
        (
            "• Class B licence\n• Priority will be given to candidates living within 20 km of the depot.\n",
            ["Class B licence"],
            ["Priority will be given to candidates living within 20 km of the depot."],
        ),
        (  # priority given to something other than applicants: no mark
            "• Priority given to patient safety at all times\n• Current BLS card\n",
            ["Priority given to patient safety at all times", "Current BLS card"],
            [],
        ),
    ],
)
def test_preferred_clause_or_sentence_inside_a_required_item(body, minimum, preferred):
    text = f"Lagerarbetare\nAcme AB\n\nKvalifikationer\n{body}"
    assert _items(text, "minimum_qualifications") == minimum
    assert _items(text, "preferred_qualifications") == preferred


@pytest.mark.parametrize(
    "line, dropped",
    [
        ("Experience Level: Mid level", True),
        ("Career Level: Entry Level", True),
        ("Seniority level: Mid-Senior level", True),
        ("Senior level", True),
        ("Senior level experience with Kubernetes", False),
        ("Management experience in retail", False),
    ],
)
def test_seniority_field_among_requirements_is_no_item(line, dropped):
    text = f"Sales Executive\nAcme Ltd\n\nRequirements\n- Two years of field sales\n- {line}\n- A valid driving licence\n"
    items = _items(text, "minimum_qualifications")
    assert "Two years of field sales" in items
    assert (line in items or line.split(": ")[-1] in items) is not dropped


@pytest.mark.parametrize(
    "line, expected",
    [
        (
            "Har truckkort A och B Är noggrann och tar eget ansvar Trivs med fysiskt arbete i högt tempo",
            ["Har truckkort A och B", "Är noggrann och tar eget ansvar", "Trivs med fysiskt arbete i högt tempo"],
        ),
        (
            "Har førerkort klasse B Er strukturert og løsningsorientert Trives med kundekontakt hver dag",
            ["Har førerkort klasse B", "Er strukturert og løsningsorientert", "Trives med kundekontakt hver dag"],
        ),
        (  # a single sentence with one verb inside it: no run of items
            "Har du erfarenhet av lagerarbete sedan tidigare är det meriterande för tjänsten",
            ["Har du erfarenhet av lagerarbete sedan tidigare är det meriterande för tjänsten"],
        ),
        (  # one verb after the first is not yet a run
            "Har god kännedom om Excel och Power BI samt Kan arbeta helger",
            ["Har god kännedom om Excel och Power BI samt Kan arbeta helger"],
        ),
    ],
)
def test_items_run_together_each_opening_with_a_verb(line, expected):
    text = f"Lagerarbetare\nAcme AB\n\nOm jobbet\nVi växer i Örebro.\n\nVi söker dig som:\n{line}\n"
    items = _items(text, "minimum_qualifications") + _items(text, "preferred_qualifications")
    assert items == expected


@pytest.mark.parametrize(
    "terms",
    [
        ["Omfattning: Heltid", "Placering: Västerås, med resor i regionen", "Start: Snarast"],
        ["Location: Leeds, two days a week in the office", "Hours: 37.5 per week", "Start date: January"],
        ["Arbeitsort: Kassel", "Arbeitszeit: 40 Stunden", "Vertragsart: unbefristet"],
    ],
)
def test_terms_under_an_about_the_position_heading_are_no_duties(terms):
    bullets = "".join(f"- {t}\n" for t in terms)
    text = f"Säljare\nAcme AB\n\nOm jobbet\nVi växer.\n\nOm tjänsten:\n{bullets}"
    assert _items(text, "responsibilities") == []


def test_tasks_under_an_about_the_position_heading_stay():
    text = "Säljare\nAcme AB\n\nOm jobbet\nVi växer.\n\nOm tjänsten:\n- Ringa upp nya kunder\n- Boka möten åt säljteamet\n- Följa upp offerter\n"
    assert _items(text, "responsibilities") == ["Ringa upp nya kunder", "Boka möten åt säljteamet", "Följa upp offerter"]


@pytest.mark.parametrize(
    "intro, field",
    [
        ("On a typical day you will", "responsibilities"),
        ("Your week might include", "responsibilities"),
        ("Som lagerarbetare hos oss kommer du bland annat att arbeta med", "responsibilities"),
        ("I rollen som butikssäljare ska du", "responsibilities"),
        ("Als Fahrer bei uns wirst du", "responsibilities"),
    ],
)
def test_intro_that_lost_its_colon_is_no_item(intro, field):
    text = f"Lagerarbetare\nAcme AB\n\nOm jobbet\nVi växer.\n\nArbetsuppgifter\n{intro}\n- Plocka order\n- Ta emot gods\n"
    assert _items(text, field) == ["Plocka order", "Ta emot gods"]


@pytest.mark.parametrize(
    "item",
    [
        "Ensure every delivery is signed for and accounted",  # ends on a content word
        "Make sure the standards are adhered to",  # "to" can end an item
        "Review code and help level up the engineers around you",
        "Keep the loading bay clear.",  # a closing mark
        "Check the formwork and levels before every pour",  # words of other languages' intros that are English words too
        "Count the float and operate the till",
        "Degree in engineering from MIT",
    ],
)
def test_items_ending_on_a_particle_stay(item):
    text = f"Lagerarbetare\nAcme AB\n\nOm jobbet\nVi växer.\n\nResponsibilities\n- Plocka order\n- {item}\n"
    assert item in _items(text, "responsibilities")


@pytest.mark.parametrize(
    "line, dropped",
    [
        ("Anställningsform, omfattning, tillträde", True),
        ("Location & Salary", True),
        ("Arbeitsort und Arbeitszeit", True),
        ("Location and travel", True),
        ("Flexible location and hours", False),  # words of its own besides the labels
        ("Salary negotiation experience", False),
    ],
)
def test_row_of_term_labels_is_no_item(line, dropped):
    text = f"Lagerarbetare\nAcme AB\n\nOm jobbet\nVi växer.\n\nKvalifikationer\n- Truckkort\n- {line}\n"
    assert (line in _items(text, "minimum_qualifications")) is not dropped


@pytest.mark.parametrize(
    "item, preferred",
    [
        ("Barista experience is desirable, but beginners are very welcome", True),
        ("Knowledge of Xero would be an advantage but full training is provided.", True),
        ("Previous care work is a plus but school leavers are also welcome", True),
        ("Preference will be given to applicants who hold a forklift ticket.", True),
        ("Experience with forklifts, but training is provided", False),  # no mark: the tail alone marks nothing
        ("Excel skills but new graduates are welcome", False),
        ("Preferences for shifts are collected monthly", False),
    ],
)
def test_preferred_mark_with_a_reassuring_tail(item, preferred):
    from extractor.rules.lists import marks_preferred

    assert marks_preferred(item) is preferred
