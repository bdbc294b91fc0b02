"""List items in other languages (issue 15, round 23): headings that carry a qualifier, prose requirement
sentences ("Du har …", "Sie verfügen über …", "Vous avez …"), duty phrases and preferred marks after a
clause put first, each in several languages and phrasings of our own (not the gold's strings)."""

from __future__ import annotations

import pytest

from extractor.context import context_for
from extractor.rules.base import run_rules
from extractor.rules.lists import is_duty, marks_preferred, states_requirement, states_requirement_intl
from extractor.sections import qualified_kind


def _items(text: str, field: str) -> list[str]:
    found = run_rules(context_for(text), [field])
    return found[field].value if field in found else []


def _kinds(text: str) -> dict[str, str]:
    return {s.heading: s.kind for s in context_for(text).sections}


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Arbetsuppgifter för undersköterska", "responsibilities"),
        ("Arbeidsoppgaver for lagermedarbeider", "responsibilities"),  # "för" and "for" are one word once accents fold
        ("Aufgaben als Pflegefachkraft", "responsibilities"),
        ("Ihr Profil als Entwickler", "minimum_qualifications"),
        ("Vos missions au sein de l'équipe", "responsibilities"),
        ("Funciones para el puesto", "responsibilities"),
        ("Taken bij de afdeling", "responsibilities"),
        ("Ansökan till lagerarbetare - Örebro", "other"),
        ("Kontaktperson för tjänsten", "other"),
        ("En dag som barnskötare på Solrosen", "responsibilities"),
    ],
)
def test_qualified_heading_kind(line, kind):
    assert qualified_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Arbetsuppgifter",  # the known phrase alone: no qualifier
        "Arbetsuppgifter för hela lagret ingår i rollen.",  # a sentence, not a heading
        "Lagerarbetare till Örebro",  # no known phrase first
    ],
)
def test_not_a_qualified_heading(line):
    assert qualified_kind(line) is None


@pytest.mark.parametrize(
    "text, heading, kind",
    [
        ("Lagerarbetare\nAcme AB\n\nOm jobbet\nVi växer.\n\nArbetsuppgifter för lagerarbetare\nDu plockar order.\n", "Arbetsuppgifter för lagerarbetare", "responsibilities"),
        ("Lagerarbetare\nAcme AB\n\nOm jobbet\nVi växer.\n\nOm Acme Logistik\nVi är ett familjeföretag.\n", "Om Acme Logistik", "company"),
        ("Pfleger\nAcme GmbH\n\nÜber den Job\nWir wachsen.\n\nÜber Acme Pflege\nWir sind ein Familienbetrieb.\n", "Über Acme Pflege", "company"),
        ("Lagerarbetare\nAcme AB\n\nOm jobbet\nVi växer.\n\nDin erfarenhet\nDu har truckkort.\n", "Din erfarenhet", "minimum_qualifications"),
        ("Lagerarbetare\nAcme AB\n\nOm jobbet\nVi växer.\n\nHos oss får du\n• Friskvårdsbidrag\n• Kollektivavtal\n", "Hos oss får du", "benefits"),
        ("Pfleger\nAcme GmbH\n\nÜber den Job\nWir wachsen.\n\nPersönliche Kompetenzen\nSie arbeiten gerne im Team.\n", "Persönliche Kompetenzen", "minimum_qualifications"),
    ],
)
def test_headings_found(text, heading, kind):
    assert _kinds(text).get(heading) == kind


def test_question_heading_run_into_first_item():
    text = "Säljare\nAcme AB\n\nOm jobbet\nVi växer.\n\nVem är du? Minst två års erfarenhet av B2B-försäljning\nPositiv och driven\n"
    assert _kinds(text).get("Vem är du?") == "minimum_qualifications"
    assert "Minst två års erfarenhet av B2B-försäljning" in _items(text, "minimum_qualifications")


@pytest.mark.parametrize(
    "sentence",
    [
        "Du har körkort B och god lokalkännedom.",
        "Vi söker dig som är noggrann och trivs med fysiskt arbete.",
        "Vi söker därför en person med erfarenhet av ekonomisystem.",
        "Som person är du strukturerad och lugn.",
        "Du behöver ha goda kunskaper i svenska.",
        "För att lyckas i rollen har du god pedagogisk förmåga.",
        "Tjänsten kräver att du kan arbeta obekväma tider.",
        "Det är viktigt att du är van vid att arbeta i team.",
        "Du er selvgående og har førerkort klasse B.",
        "Vi søker deg som har erfaring fra varehus.",
        "Sie verfügen über eine abgeschlossene Ausbildung als Elektroniker.",
        "Du bringst erste Erfahrung im Vertrieb mit.",
        "Je beschikt over een rijbewijs B.",
        "Vous avez une première expérience en logistique.",
        "Vous êtes rigoureux et autonome.",
        "Cuentas con experiencia en atención al cliente.",
        "Tienes carnet de conducir y vehículo propio.",
        "Buscamos una persona con dotes comerciales.",
    ],
)
def test_prose_requirement_in_other_languages(sentence):
    assert states_requirement_intl(sentence)
    assert states_requirement(sentence)
    assert not is_duty(sentence)


@pytest.mark.parametrize(
    "sentence, stated",
    [
        ("Som undersköterska är du van att arbeta i team.", True),
        ("Som lagerchef har du erfarenhet av personalansvar.", True),
        ("Som lärare förväntas du kunna undervisa i både svenska och engelska.", True),
        ("Vi ser gärna att du har arbetat med Visma.", True),  # stated; marks_preferred files it as preferred
        ("Vi ser gjerne at du har fagbrev.", True),
        ("Som sykepleier er du vant til å jobbe selvstendig.", True),
        ("Som undersköterska hos oss har du ansvar för tre patienter.", False),  # a duty
        ("Som medarbetare får du friskvårdsbidrag.", False),  # a benefit
        ("Du är välkommen att höra av dig med frågor.", False),  # an invitation
        ("Du har möjlighet att påverka dina arbetstider.", False),  # an opportunity
        ("Du är en del av ett team på tolv personer.", False),  # the team
        ("Vi söker nu dig som vill göra skillnad för våra kunder.", False),  # a pitch
        ("Du er velkommen til å søke.", False),
        ("Sie sind verantwortlich für die Planung der Touren.", False),  # a duty
        ("Sie haben die Möglichkeit, im Homeoffice zu arbeiten.", False),  # an entitlement
        ("Vous êtes chargé du suivi des commandes.", False),  # a duty
        ("Vous avez la possibilité de télétravailler.", False),
        ("Tienes la posibilidad de trabajar en remoto.", False),
        ("Har du frågor om tjänsten?", False),  # a question
        ("You have strong SQL skills.", False),  # English is read by the English rules, not these
    ],
)
def test_stated_requirement_or_not(sentence, stated):  # the role put first ("Som lagerchef har du …"); invitations, duties, entitlements
    assert states_requirement_intl(sentence) is stated


@pytest.mark.parametrize(
    "sentence, duty",
    [
        ("Du kommer att planera leveranser och ta emot gods.", True),
        ("I rollen ingår att leda morgonmöten.", True),
        ("Du wirst Kunden am Telefon beraten.", True),
        ("Vous serez chargé de la gestion des stocks.", True),
        ("Te encargarás de la atención a clientes.", True),
        ("Je gaat klanten adviseren over hun verzekeringen.", True),
        ("Du kommer att få en gedigen introduktion.", False),  # what the hire is given
        ("I rollen kommer du att göra skillnad för många människor.", False),  # a pitch
        ("Som lagerarbetare plockar du order och tar emot leveranser.", True),
        ("Som sykepleier jobber du tett med legene.", True),
        ("Als Fahrer belieferst du Kunden in der Region.", True),
        ("Als Servicetechniker warten Sie Anlagen beim Kunden.", True),
        ("En tant que vendeur, vous conseillez les clients en magasin.", True),
        ("Som medarbetare får du friskvårdsbidrag.", False),  # a benefit
        ("Als Mitarbeiter bekommst du ein Jobticket.", False),
        ("En tant que collaborateur, vous bénéficiez d'une mutuelle.", False),
    ],
)
def test_duty_in_other_languages(sentence, duty):  # duty phrases, and the role put first ("Som lagerarbetare plockar du …")
    assert is_duty(sentence) is duty


@pytest.mark.parametrize(
    "item, preferred",
    [
        ("Om du har arbetat med lönesystem ser vi gärna att du har erfarenhet av Hogia.", True),
        ("Har du arbetat inom vården är det meriterande.", True),
        ("Har du truckkort är det något vi ser som positivt.", True),
        ("Tidigare erfarenhet av lagerarbete är meriterande för tjänsten.", True),
        ("Har du jobbet med regnskap er det en fordel.", True),
        ("Wenn Sie SAP kennen, ist das von Vorteil.", True),
        ("Si tienes experiencia con SAP, es un plus.", True),
        ("Du har flerårig erfarenhet av lagerarbete.", False),
        ("Erfarenhet av truck; vi ser gärna att du har C-körkort", False),  # a mark after ';' covers its clause only
    ],
)
def test_preferred_mark_after_a_fronted_clause(item, preferred):
    assert marks_preferred(item) is preferred


def test_requirement_sentences_under_a_role_heading_go_to_minimum():
    text = (
        "Kock\nAcme AB\n\nOm jobbet\nVi driver tre restauranger i Umeå.\n\n"
        "Din roll\n"
        "Du kommer att laga lunch till cirka 200 gäster. Du har utbildning inom storkök. "
        "Du behöver ha god kunskap om specialkost.\n"
    )
    assert _items(text, "minimum_qualifications") == ["Du har utbildning inom storkök.", "Du behöver ha god kunskap om specialkost."]
    assert _items(text, "responsibilities") == ["Du kommer att laga lunch till cirka 200 gäster."]


def test_prose_requirements_in_a_description_in_german():
    text = (
        "Lagerist (m/w/d)\nAcme GmbH\n\nÜber den Job\n"
        "Wir sind ein Logistikunternehmen in Bremen. Sie verfügen über einen Staplerschein. "
        "Sie arbeiten gerne im Team.\n"
    )
    assert "Sie verfügen über einen Staplerschein." in _items(text, "minimum_qualifications")


@pytest.mark.parametrize(
    "line",
    [
        "Requirements for Applying",  # an English heading: its qualifier is read by the English rules, if at all
        "Responsibilities for the Role",
    ],
)
def test_english_heading_with_for_is_not_a_qualified_intl_heading(line):
    assert qualified_kind(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Omfattning: Heltid",
        "Start: Enligt överenskommelse",
        "Tillträde: Enligt överenskommelse",
        "Arbeitsort: Hamburg",
        "Type de contrat : CDI",
        "Jornada: completa",
        "Tjänsten är på deltid. Tillträde enligt överenskommelse. Sex månaders provanställning.",
        "Vill du veta mer är du välkommen att kontakta rekryterande chef.",
        "Die Probezeit beträgt sechs Monate.",
        "Som ny hos oss får du möjlighet att gå en ledarutbildning.",  # an opportunity, no duty or requirement
        "Du får mulighet til å ta etterutdanning.",
        "Sie haben die Möglichkeit, Fortbildungen zu besuchen.",
        "Tendrás la oportunidad de crecer en la empresa.",
    ],
)
def test_terms_and_application_lines_are_no_items(line):
    text = f"Lagerarbetare\nAcme AB\n\nKvalifikationer\n• Truckkort\n• Erfarenhet av lagerarbete\n\n{line}\n"
    items = _items(text, "minimum_qualifications")
    assert items == ["Truckkort", "Erfarenhet av lagerarbete"]


@pytest.mark.parametrize(
    "item, required",
    [
        ("B-körkort, vilket är ett krav.", True),
        ("Svenska i tal och skrift krävs.", True),
        ("Eftersom du kör lastbil behöver du ha C-körkort.", True),
        ("Førerkort klasse B kreves.", True),
        ("Ein Führerschein der Klasse B ist zwingend erforderlich.", True),
        ("La maîtrise de l'anglais est obligatoire.", True),
        ("El carnet de conducir es imprescindible.", True),
        ("Rijbewijs B is vereist.", True),
        ("Inga förkunskaper krävs.", False),  # a need denied
        ("Erfarenhet av SAP är meriterande, men inget krav.", False),  # preferred by its own mark
        ("Erfarenhet av lagerarbete", False),
    ],
)
def test_required_marks_in_other_languages(item, required):
    from extractor.rules.lists import marks_required

    assert marks_required(item) is required


def test_requirement_under_a_preferred_heading_goes_to_minimum():
    text = (
        "Chaufför\nAcme AB\n\nOm jobbet\nVi kör gods i Mälardalen.\n\n"
        "Det är meriterande om du:\nHar ADR-intyg\nHar kört distribution\n\n"
        "Eftersom du kör tunga fordon behöver du ha C-körkort.\n"
    )
    assert _items(text, "preferred_qualifications") == ["Har ADR-intyg", "Har kört distribution"]
    assert _items(text, "minimum_qualifications") == ["Eftersom du kör tunga fordon behöver du ha C-körkort."]


@pytest.mark.parametrize(
    "line, heading, first",
    [
        ("Om dig Vi söker dig som har arbetat med lönesystem i minst två år.", "Om dig", "Vi söker dig som har arbetat med lönesystem i minst två år."),
        ("Ihr Profil Sie verfügen über eine Ausbildung als Elektriker.", "Ihr Profil", "Sie verfügen über eine Ausbildung als Elektriker."),
        ("Votre profil Vous avez une première expérience en logistique.", "Votre profil", "Vous avez une première expérience en logistique."),
    ],
)
def test_heading_of_another_language_run_into_its_first_sentence(line, heading, first):
    text = f"Lagerarbetare\nAcme AB\n\nOm jobbet\nVi växer i hela landet.\n\n{line}\n"
    assert _kinds(text).get(heading) == "minimum_qualifications"
    assert _items(text, "minimum_qualifications") == [first]


@pytest.mark.parametrize(
    "paragraph, stated",
    [
        ("Som person är du lugn och noggrann. Vi erbjuder kollektivavtal.", ["Som person är du lugn och noggrann."]),
        ("Sie verfügen über einen Staplerschein. Wir freuen uns auf Ihre Bewerbung.", ["Sie verfügen über einen Staplerschein."]),
        ("Vi har kollektivavtal och friskvårdsbidrag.", []),  # no requirement: the paragraph stays out
    ],
)
def test_requirement_sentences_after_a_bulleted_list(paragraph, stated):
    text = f"Lagerarbetare\nAcme AB\n\nKvalifikationer\n• Truckkort A och B\n• Erfarenhet av lagerarbete\n\n{paragraph}\n"
    assert _items(text, "minimum_qualifications") == ["Truckkort A och B", "Erfarenhet av lagerarbete", *stated]


@pytest.mark.parametrize("line", ["Over 100 Locations", "Start-up experience a plus"])
def test_english_lines_stay_items(line):
    text = f"Store Manager\nAcme Inc\n\nRequirements\n{line}\nExperience managing a team of ten\n"
    assert line in _items(text, "minimum_qualifications") + _items(text, "preferred_qualifications")
