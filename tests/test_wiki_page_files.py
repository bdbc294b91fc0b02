"""Three wiki page files read as the page they show (classes from the blind batch s107, opened in the third session of
2026-12-07, in phrasings of our own): a PmWiki page file (its "text=" value with "%0a" line breaks, a title directive,
a label/value table), a Foswiki topic (its "%META:FIELD" form values written where "%FORMFIELD" shows them, a field
the form hides left out) and a TiddlyWiki tiddler (its fields left out but the title, "|!Label |value |" rows).
Every offset still slices the raw file."""

from __future__ import annotations

from extractor.normalize import normalize
from tests.rule_helpers import extracted_record

PMWIKI = (
    "version=pmwiki-2.3.30 ordered=1 urlencoded=1\nauthor=JBrandt\ncharset=UTF-8\nname=Stellen.Laborant\nrev=3\n"
    "text=(:title Chemielaborant (m/w/d) – Analytik:)%0a!! Chemielaborant (m/w/d) – Analytik%0a%0a"
    "(:table border=0:)%0a(:cellnr:)'''Arbeitgeber'''%0a(:cell:)Rheintal Polymere GmbH%0a"
    "(:cellnr:)'''Kennziffer'''%0a(:cell:)RP-2026-44%0a(:cellnr:)'''Ort'''%0a(:cell:)Ludwigshafen, Germany%0a(:tableend:)%0a%0a"
    "!!! Ihre Aufgaben%0a* Proben mit HPLC und GC analysieren%0a* Messwerte in LIMS dokumentieren%0a* Geräte kalibrieren (100%25 Genauigkeit)%0a%0a"
    "!!! Ihr Profil%0a* Abgeschlossene Ausbildung als Chemielaborant%0a* Erfahrung mit HPLC%0a%0a"
    "[[Stellen.HomePage | zurück zur Übersicht]]\n"
    "time=1796289240\nhost:1796289240=10.0.0.7\n"
)

FOSWIKI = (
    '%META:TOPICINFO{author="LNguyen" date="1796112000" format="1.1" version="2"}%\n%META:TOPICPARENT{name="Jobs"}%\n'
    '%TOC%\n\n---+ Solar PV Installer\n\n<div class="facts">\n| *Req ID* | %FORMFIELD{"ReqId"}% |\n'
    '| *Location* | %FORMFIELD{"Location"}% |\n| *Pay* | %FORMFIELD{"Pay"}% |\n</div>\n\n---++ What you will do\n'
    "   * Mount racking and panels on residential roofs\n   * Run conduit and terminate DC strings\n\n"
    "Sunward Energy installs rooftop solar across the Front Range.\n\n"
    '%META:FORM{name="JobForm"}%\n%META:FIELD{name="ReqId" attributes="" title="Req ID" value="SWE-PV-118"}%\n'
    '%META:FIELD{name="Location" attributes="" title="Location" value="Boulder, CO"}%\n'
    '%META:FIELD{name="Pay" attributes="" title="Pay" value="$24 - $30 per hour"}%\n'
    '%META:FIELD{name="Budget" attributes="H" title="Internal budget" value="$99,000 per year"}%\n'
)


def test_a_pmwiki_page_file_reads_as_its_page():
    doc = normalize(PMWIKI)
    assert doc.text.startswith("Chemielaborant (m/w/d) – Analytik\n")
    for line in ("Arbeitgeber: Rheintal Polymere GmbH", "Kennziffer: RP-2026-44", "* Geräte kalibrieren (100% Genauigkeit)", "zurück zur Übersicht"):
        assert line in doc.text
    for gone in ("%0a", "(:cell", "'''", "author=", "host:", "Stellen.HomePage"):
        assert gone not in doc.text
    i = doc.text.index("RP-2026-44")
    s, e = doc.source_span(i, i + len("RP-2026-44"))
    assert PMWIKI[s:e] == "RP-2026-44"
    record = extracted_record(PMWIKI)
    assert record["job_id"] == "RP-2026-44"
    assert record["title"] == "Chemielaborant (m/w/d) – Analytik"


def test_a_foswiki_topic_shows_its_form_values_where_the_page_does():
    doc = normalize(FOSWIKI)
    for line in ("Req ID: SWE-PV-118", "Location: Boulder, CO", "Pay: $24 - $30 per hour", "Solar PV Installer", "* Mount racking"):
        assert line in doc.text
    for gone in ("%META", "%FORMFIELD", "---+", "<div", "$99,000", "%TOC%"):
        assert gone not in doc.text
    i = doc.text.index("SWE-PV-118")
    s, e = doc.source_span(i, i + len("SWE-PV-118"))
    assert FOSWIKI[s:e] == "SWE-PV-118"
    record = extracted_record(FOSWIKI)
    assert record["job_id"] == "SWE-PV-118"
    assert record["salary"]["min"] == 24 and record["salary"]["period"] == "hour"
    assert [(p["city"], p["region"]) for p in record["locations"]] == [("Boulder", "Colorado")]


TIDDLER = (
    "created: 20261120101500000\nmodifier: ana\ntags: Vacancies [[Open Roles]]\ntitle: Vacancies/Community Gardener\n"
    "type: text/vnd.tiddlywiki\n\n<<tabs \"[[Vacancies/Community Gardener]]\">>\n\n! Community Gardener (Part-Time)\n\n"
    "//Posted 2 December 2026//\n\n|!Employer |Northfield Growers CIC |\n|!Where |Allotment site, Leeds, England |\n"
    "|!Pay |£12.80 per hour |\n\n!! What you'll do\n* Run weekly planting sessions\n* Look after the polytunnels\n\n"
    "See [[How to apply|Vacancies/How to apply]].\n\n//Northfield Growers CIC · Registered office: 2 Mill Lane, York//\n"
)


def test_a_tiddlywiki_tiddler_reads_as_its_page():
    doc = normalize(TIDDLER)
    assert doc.text.startswith("Community Gardener\n")
    for line in ("Employer: Northfield Growers CIC", "Where: Allotment site, Leeds, England", "See How to apply."):
        assert line in doc.text
    for gone in ("created:", "modifier:", "<<tabs", "|!", "//", "Vacancies/"):
        assert gone not in doc.text
    record = extracted_record(TIDDLER)
    assert record["title"] == "Community Gardener"
    assert [p["city"] for p in record["locations"]] == ["Leeds"]  # never the registered office's town


def test_text_that_only_mentions_the_marks_is_left_alone():
    line = "You will maintain pages that use %META:FIELD and version=pmwiki- settings."
    assert line in normalize("Wiki Administrator\nAcme Ltd\n\n" + line + "\n").text
