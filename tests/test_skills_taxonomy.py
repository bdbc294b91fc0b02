"""The skills taxonomy (extractor.taxonomy), its matching rules and the Green 2022 skills benchmark."""

import json
from pathlib import Path

import pytest

from extractor.evaluation import skills_bench
from extractor.pipeline import Extractor
from extractor.context import context_for
from extractor.rules.vocab import find_skills
from extractor.taxonomy import ESCO_SET, skill_code, terms

ROOT = Path(__file__).resolve().parents[1]


def _skills(text: str) -> list[str]:
    return [h.canonical for h in find_skills(context_for(text))]


def _assert_skills(text: str, present: list[str], absent: list[str]) -> None:
    """Every name in ``present`` is found in ``text`` and none in ``absent`` (case aside)."""
    found = {s.lower() for s in _skills(text)}
    for name in present:
        assert name.lower() in found, (text, found)
    for name in absent:
        assert name.lower() not in found, (text, found)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("Hands-on with Terraform and GraphQL in production.", ["terraform", "graphql"], []),  # written as names
        ("You will build data pipelines for the team.", [], ["data pipelines"]),  # lower-case prose phrase
        ("Skills: Python, data pipelines, Airflow.", ["data pipelines"], []),  # in a list of accepted skills
        ("Experience with Data Modeling is a plus.", ["data modeling"], []),  # capitalised inside prose
        ("Available Monday to Friday.", [], ["monday"]),  # an ordinary word alone
        ("Requirements\n- We log to siem and GNSS.\n", ["gnss"], ["siem"]),  # a short term must carry a capital
        ("MSc in Bioinformatics or similar.", [], ["bioinformatics"]),  # a degree subject
    ],
)
def test_taxonomy_terms_need_name_or_list_context(text, present, absent):
    _assert_skills(text, present, absent)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a lower-case taxonomy phrase counts in the requirements, not in the description
        ("About the role\nYou will handle customer service.\n\nRequirements\n- customer service\n", ["customer service"], []),
        ("About the role\nYou will handle customer service for our clients.\n", [], ["customer service"]),
        ("Requirements\n- experience with general ledger\n", ["general ledger"], []),  # a knowledge cue
        ("Industry: Computer Software\nFunction: Information Technology\n", [], ["computer software", "information technology"]),
        # an acronym alone outside the requirements and duties is a role, a pay term or a programme...
        ("About the role\nA genuine £30,000 OTE in year 1 for a VIP family.\n", [], ["ote", "vip"]),
        # ...unless a cue asks for it, a list holds it or a version follows
        ("About the role\nKnowledge of GNSS; run IIS 7.0 with Python, SOAP.\n", ["gnss", "iis", "soap"], []),
        # a lower-case phrase before the noun it qualifies names no skill ("health care providers")
        ("Requirements\n- talk to health care providers\n- customer service related experience\n", ["customer service"], ["health care"]),
        # places, an organisation's units and the departments a job works with are not skills
        ("Requirements\n- based in Palo Alto, CA; write to 3343 Peachtree Road\n", [], ["palo alto", "peachtree"]),
        ("Requirements\n- see the local Human Resources Office\n", [], ["human resources"]),
        ("Duties\n- Coordinates sales effort with marketing, accounting, logistics and service groups\n", [], ["marketing", "accounting", "logistics"]),
        # a field or a lower-case term right before a noun is no list item ("HIPAA compliance")
        ("Duties\n- maintain HIPAA compliance\n", ["hipaa"], ["compliance"]),
        # subjects after "semester hours in/of" or "in the field of"; nursing and social-work qualifications
        ("Requirements\n- 24 semester hours in geology and hydrology\n- 2 years in the field of child abuse\n", ["geology", "hydrology", "child abuse"], []),
        ("Requirements\n- 16 semester hours of graduate education\n", [], ["graduate education"]),
        ("Requirements\n- BSN required; MSW preferred\n", ["bsn", "msw"], []),
        ("Requirements\n- Preferred Experience/Qualifications: BSN\n", ["bsn"], ["qualification"]),
        # what the company sells, a verb, generic nouns
        ("About us\nWe build an end-to-end Human Capital Management platform.\n", [], ["human capital management"]),
        ("Requirements\n- Must follow up with delegated tasks\n- Handle business transactions\n", [], ["follow-up", "business transactions"]),
        # a pay term, a spelled-out organisation, a boilerplate "area of consideration"
        ("Duties\n- Build search clusters. The salary on this role is open, DOE.\n", [], ["doe"]),
        ("About the office\nThe Office of Science, Department of Energy (DOE), provides policy.\n", [], ["department of energy"]),
        ("Requirements\n- The area of consideration for this position is statewide\n", [], ["consideration"]),
        # organisations and units named by a field; an institution's name; how to apply
        ("About the role\nReporting to the Director of Capital Planning, in the Section of Technical Planning.\n", [], ["capital planning", "technical planning"]),
        ("About the role\nCome and join our Partnership Management.\n", [], ["partnership management"]),
        ("About the role\nThe Springfield Health Care System serves veterans.\n", [], ["health care"]),
        ("Requirements\n- Data Modeling\n\nTo Apply\nGo to Employee Self Service (ESS) and search.\n", ["data modeling"], ["employee self service"]),
        # an acronym in brackets after the name it abbreviates ("Youth Programs (YPC/SAS)")
        ("Requirements\n- For positions in Youth Programs (YPC/SAS) Facilities\n", [], ["sas"]),
        # vendors named as partners, things one has access to, a kind of company
        ("About the role\nStrategic partners such as SAP, Tableau and MongoDB.\n", [], ["sap", "tableau", "mongodb"]),
        ("Requirements\n- Have access to Android or a computer\n", [], ["android"]),
        ("Requirements\n- Marketing in a high-growth SaaS or software company\n", [], ["saas"]),
        # Office programs in a list; traits and vague heads after a knowledge cue are no skills
        ("Requirements\n- proficient with Microsoft Office Excel, Access and Word\n", ["excel", "microsoft access", "microsoft word"], []),
        ("About the role\nFull support is provided: Job Board Access, Credit Control\n", [], ["microsoft access"]),
        ("Requirements\n- experience in Accounts Payable; detail oriented, personable\n", [], ["detail oriented", "detail"]),
        ("Requirements\n- knowledge of exterior product lines and business prospects\n", [], ["exterior product lines", "business prospects"]),
        ("Requirements\n- a degree in lunar cartography provided by a college\n", ["lunar cartography"], ["lunar cartography provided"]),
        # business metrics, documents and carriers are no skills
        ("Duties\n- Secure displays to increase ROI; ship parcels via UPS and DHL; draft the SOW\n", [], ["roi", "ups", "dhl", "sow"]),
        # an address, an occupational series, generic "new technologies" / "technical guidance"
        ("Requirements\n- see https://www.opm.gov/qualifications/biological-science-technician-series-0404/\n", [], ["biological sciences", "biological science"]),
        ("Requirements\n- Mechanical Engineer GS-0830; General Physical Science GS-1301\n", [], ["physical science", "physical sciences"]),
        ("Requirements\n- Able to learn new technologies and give technical guidance; Subversion/Git, REST/JSON\n", ["git", "json"], ["new technologies", "technical guidance"]),
        # "the education must have been in" names degree subjects; "Department of Education in order" does not
        ("Requirements\n- The education must have been in child development, elementary education or other fields\n", ["child development", "elementary education"], []),
        ("Requirements\n- recognized by the U.S. Department of Education in order to count; graduate education in excess of\n", [], ["order", "excess"]),
    ],
)
def test_taxonomy_phrases_in_requirements(text, present, absent):
    found = {s.lower() for s in _skills(text)}
    for name in present:
        assert name in found, (text, found)
    for name in absent:
        assert name not in found, (text, found)


def test_taxonomy_skipped_in_benefits_sections():
    text = "Requirements\nStrong Terraform skills.\n\nBenefits\nHealth Insurance and Life Insurance.\n"
    found = {s.lower() for s in _skills(text)}
    assert "terraform" in found and "health insurance" not in found


@pytest.mark.parametrize(
    "name, code",
    [
        ("Python", "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d"),
        ("wireshark", "http://data.europa.eu/esco/skill/8fa510d0-a8a6-4932-a361-00f8442cfe23"),
        ("Kubernetes", None),
    ],
)
def test_skill_code(name, code):
    assert skill_code(name) == code


def test_taxonomy_is_compact_and_flagged():
    rows = list(terms())
    assert 20_000 < len(rows) < 40_000
    assert {t.flags for t in rows} <= {"", "upper", "common"}
    assert (ROOT / "extractor" / "data" / "skills_taxonomy_terms.txt").stat().st_size < 3_000_000


def test_codes_in_provenance_and_json_ld():
    posting = Extractor(use_llm=False).extract("Requirements: Python and Wireshark on Linux.")
    items = {i.value: i.code for i in posting.provenance["skills"].items}
    assert items["Python"].endswith("ccd0a1d9-afda-43d9-b901-96344886e14d")
    terms_ld = posting.to_json_ld()["skills"]
    python = next(t for t in terms_ld if t["name"] == "Python")
    assert python == {"@type": "DefinedTerm", "name": "Python", "termCode": items["Python"], "inDefinedTermSet": ESCO_SET}


@pytest.mark.parametrize(
    "tags, spans",
    [
        (["O", "B-Skill", "I-Skill", "O"], [(1, 3)]),
        (["I-Skill", "O", "B-Skill", "B-Skill"], [(0, 1), (2, 3), (3, 4)]),
        (["B-Domain", "I-Domain"], []),
    ],
)
def test_bio_spans(tags, spans):
    assert skills_bench.bio_spans(tags, "Skill") == spans


def test_strict_and_lenient_scores():
    s = skills_bench.Sentence(("strong", "python", "skills", "and", "sql"), ((1, 3), (4, 5)))
    result = skills_bench.score([s], [[(1, 2), (4, 5)]])
    assert result["strict"]["precision"] == 0.5 and result["strict"]["recall"] == 0.5
    assert result["lenient"]["precision"] == 1.0 and result["lenient"]["recall"] == 1.0


def test_green_test_set_loads():
    sentences = skills_bench.load_conll(ROOT / skills_bench.DEFAULT_DATA)
    assert len(sentences) == 336
    assert sum(len(s.gold) for s in sentences) == 676


@pytest.mark.parametrize(
    "gold, predicted, strict, lenient",
    [
        (["Python", "SQL"], [("Python", "python"), ("SQL", "SQL")], (2, 2, 2), (2, 2, 2)),
        (["B2B solution sales"], [("solution sales", "solution sales")], (0, 1, 1), (1, 1, 1)),  # contained
        (["Apache Spark"], [("Spark", "Spark")], (0, 1, 1), (1, 1, 1)),
        (["machine-learning"], [("Machine Learning", "machine learning")], (1, 1, 1), (1, 1, 1)),  # folded
        (["Java"], [("Java", "Java"), ("JavaScript", "JavaScript")], (1, 2, 1), (1, 2, 1)),  # gold used once
        ([], [("Git", "git")], (0, 1, 0), (0, 1, 0)),
    ],
)
def test_real_posting_matching(gold, predicted, strict, lenient):
    result = skills_bench.match_real(gold, predicted)
    assert result["strict"] == strict and result["lenient"] == lenient


def test_real_bench_scores_each_file_separately(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Requirements: Python and SQL.", encoding="utf-8")
    (docs / "b.txt").write_text("Requirements: bookkeeping and payroll experience.", encoding="utf-8")
    dev, test = tmp_path / "dev.json", tmp_path / "test.json"
    dev.write_text('{"a": {"kind": "tech", "skills": ["Python", "SQL"]}}', encoding="utf-8")
    test.write_text('{"b": {"kind": "general", "skills": ["bookkeeping", "payroll"]}}', encoding="utf-8")
    assert skills_bench.main(["--real", str(dev), str(test), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {str(dev), str(test)}
    assert set(out[str(dev)]) == {"tech", "all"} and set(out[str(test)]) == {"general", "all"}
    assert out[str(dev)]["tech"]["lenient"]["recall"] == 1.0
    assert skills_bench.main(["--real", str(dev), str(test)]) == 0
    table = capsys.readouterr().out
    assert str(dev) in table and str(test) in table


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # an open phrase asked for as knowledge: a field, a method, a named product
        ("Knowledge of hydrology and soil mechanics is required.", ["hydrology"], []),
        ("Experience with Yardi preferred.", ["Yardi"], []),
        ("Knowledge of employment legislation, pensions and benefits.", ["employment legislation"], []),
        ("Proficient in Associated Press style.", ["Associated Press style"], []),
        # not a skill: a setting, a population, a vague head, a verb, a run-on clause
        ("Experience in a fast-paced environment.", [], ["fast-paced environment"]),
        ("Experience working with children and families.", [], ["children"]),
        ("Knowledge of company products and services.", [], ["company products"]),
        ("Experience with conducting research on new markets.", [], ["conducting research"]),
        ("Knowledge of the principles of very long phrases that run on and on.", [], ["principles"]),
        ("Background in revenue cycleStrong organizational skills", ["revenue cycle"], ["revenue cycleStrong"]),
        # a list after the cue: one phrase per item, up to the first item that is not one
        ("Support in the areas of contract administration; fiscal administration and grant reporting.",
         ["contract administration", "fiscal administration", "grant reporting"], []),
        ("Knowledge of hydrology;Willingness to travel", ["hydrology"], ["Willingness"]),
        ("Experience in banking or another regulated domain.", ["banking"], ["another regulated domain"]),
        ("This vital area of national importance.", [], ["national importance"]),
    ],
)
def test_open_phrases_after_a_knowledge_cue(text, present, absent):
    found = _skills(text)
    for name in present:
        assert name.lower() in {s.lower() for s in found}, (text, found)
    for name in absent:
        assert name not in found and name.lower() not in {s.lower() for s in found}, (text, found)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("Requirements\n- Experience with POS systems and cash registers\n", ["POS", "cash register"], []),
        ("You will move billions of point-of-sale events a day into our lakehouse.", [], ["POS"]),
        ("Requirements\n- Current CNA certification and EKG skills\n", ["CNA", "EKG"], []),
        # a curated phrase of several words counts in the duties; a single ordinary word does not
        ("Responsibilities\n- Contract administration and grant management for the unit\n", ["contract administration", "grant management"], []),
        ("Responsibilities\n- Troubleshoot billing, booking and payment issues\n", [], ["billing"]),
        # a sentence glued to the next by a full stop ("required.BLS")
        ("Two years experience required.BLS, PALS and NRP are required.", ["BLS certification", "PALS certification"], []),
    ],
)
def test_general_postings_vocabulary(text, present, absent):
    found = _skills(text)
    for name in present:
        assert name in found, (text, found)
    for name in absent:
        assert name not in found, (text, found)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # names of a kind of tool, listed after its head noun: the vocabulary need not know them
        ("Experience with Web caching such as Squid, Varnish;", ["Squid", "Varnish"], []),
        ("Javascript frameworks such as JQuery, Backbone, Underscore or equivalents", ["Backbone", "Underscore"], ["equivalents"]),
        ("Familiar with CDN(Akamai, Edgecast, etc.)", ["Akamai", "Edgecast"], ["etc"]),
        # not tools: no head naming a kind of tool, an acronym of the words before, devices
        ("Clients such as Google, Facebook and Apple trust us.", [], ["Google", "Facebook", "Apple"]),
        ("Testing on different platforms (Mac and PC, Tablets, mobile phones)", [], ["Tablets", "Mac"]),
        # taxonomy names with capitals side by side in a list accept each other; an ordinary word
        # with a capital ("Apache") counts next to an accepted skill
        ("Web servers: Apache, Nginx", ["apache"], []),
        ("Industry: Marketing and Advertising", [], ["marketing", "advertising"]),
        # a tool named by its kind right after it; a sentence's first word or generic words are no name
        ("Sort mail daily.\nUse Pactrac system for chain of custody.", ["Pactrac"], ["Use Pactrac"]),
        ("Understand the system and its users.", [], ["Understand"]),
        ("Log each visit in the Building Security System.", [], ["Building Security"]),
        # scraped text glued words together: a term may start or end where a capital opens a word,
        # and a camel-case term stays whole
        ("Mysql optimization and indexingApache, Nginx, lighttpd", ["apache"], []),
        ("Experience with Flex/ActionScript and AJAX.", ["actionscript"], ["script"]),
        # an anonymised address or a tag is not a skill
        ("Send your resume to #EMAIL_27bc85220cdc3c9d981bbddf56790 today.", [], ["email"]),
    ],
)
def test_named_examples_and_lists_of_names(text, present, absent):
    _assert_skills(text, present, absent)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a degree's subject is a field of knowledge (the real-postings gold counts it); a tool is not
        ("Bachelor's degree in Computer Science or related field preferred.", ["computer science"], ["related field"]),
        ("Degree in computer science, engineering, information science, or mathematics.",
         ["computer science", "engineering", "information science", "mathematics"], []),
        ("A Diploma in Nursing and approximately 1 year of experience.", ["nursing"], ["approximately"]),
        ("Doctoral degree in nursing or meets basic requirements.", ["nursing"], ["meets"]),
        ("Temperatures barely fall below 59 degrees in winter.", [], ["winter"]),
        ("A baccalaureate degree from an accredited college in geology, hydrology or forestry.",
         ["geology", "hydrology", "forestry"], []),
        ("Degree in Computer Science or equivalent.", ["computer science"], ["equivalent"]),
    ],
)
def test_degree_subjects_are_fields(text, present, absent):
    _assert_skills(text, present, absent)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # generic phrases, benefits and organisations are no skills, whatever the taxonomy lists
        ("Combination of education, training, and/or technical experience in Python.", ["python"], ["technical experience"]),
        ("Courses in five areas of engineering science or physics.", [], ["engineering science"]),
        ("Degree in engineering, provided the applicant has SQL.", ["engineering", "sql"], ["provided"]),
        ("Experience with IT Services and Business Processes.", [], ["it services", "business processes"]),
        ("Experience with Python, engineering equipment and test procedures to meet business goals.", ["python"],
         ["engineering equipment", "test procedures", "business goals"]),
        ("Qualifications: Life Insurance, Department of Defense.", [], ["life insurance", "department of defense"]),
        # academic course subjects, licences and registrations
        ("Must include differential and integral calculus and statics, fluid mechanics, soil mechanics.",
         ["calculus", "statics", "fluid mechanics", "soil mechanics"], []),
        ("Current registration as a professional engineer; passed the NCLEX.", ["professional engineer license", "nclex"], []),
        ("The optics of the deal matter.", [], ["optics"]),
    ],
)
def test_skill_classes_held_out(text, present, absent):
    _assert_skills(text, present, absent)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a list in the requirements in which a skill was found names skills of the same kind,
        # both ways from it, even where no vocabulary has them
        ("Job Title\n\nRequirements\nCoursework in hydrology, petrology, glacial geomorphology and soil surveys.\n",
         ["petrology", "glacial geomorphology", "soil surveys"], []),
        ("Job Title\n\nRequirements\nExperience with bathymetric mapping, sediment coring, GIS and hydrology.\n",
         ["bathymetric mapping", "sediment coring"], []),
        # a single word that is an act, not a field, is passed over without ending the list
        ("Job Title\n\nRequirements\nPlanning, installation, Linux, configuration and troubleshooting of servers.\n",
         ["troubleshooting"], ["installation", "configuration"]),
        # a duty opened by a verb, a capital opening the next sentence, text outside the
        # requirement and duty sections: no skill
        ("Job Title\n\nRequirements\nKnowledge of SQL, resolve billing disputes quickly.\n", ["sql"], ["resolve billing disputes"]),
        ("Job Title\n\nRequirements\nPython;Willingness to travel.\n", ["python"], ["willingness"]),
        ("Job Title\n\nRequirements\nSQL, translating findings, Tableau, enter data manually.\n",
         ["sql", "tableau"], ["translating findings", "enter data manually"]),
        ("Job Title\n\nAbout us\nWe sell Python, sunglasses and garden furniture.\n", [], ["garden furniture"]),
        # enumerated items ("; (c) ..."), and a list of three or more after an example cue with no
        # skill found in it; two items are not enough, nor roles, acts or a glued next line
        ("Job Title\n\nRequirements\nCourses in (a) hydrology; (b) sediment transport; (c) channel morphology.\n",
         ["sediment transport", "channel morphology"], []),
        ("Job Title\n\nRequirements\nCourses such as dendrology, wood anatomy, silvics and forest soils.\n",
         ["dendrology", "anatomy", "silvics", "forest soils"], []),
        ("Job Title\n\nRequirements\nCourses such as wood anatomy and forest soils.\n", [], ["wood anatomy"]),
        ("Job Title\n\nRequirements\nExperience as a GIS, field technician or survey operator.\n", [], ["survey operator"]),
        ("Job Title\n\nRequirements\nCreditable courses include limnology, stream ecology, fish genetics.\n",
         ["limnology", "stream ecology", "fish genetics"], []),
        ("Job Title\n\nRequirements\nHVAC, air-conditioning, duct sealing, insulation, boiler repair.\n",
         ["air-conditioning", "duct sealing", "boiler repair"], ["insulation"]),
        ("Job Title\n\nRequirements\nSkills such as planning, bookkeeping, training and auditing.\n",
         ["bookkeeping", "auditing"], ["planning", "training"]),
        # a single -ing word with its object, or paired with a second verb, is a duty's verb;
        # "writing and editing skills" still names fields
        ("Job Title\n\nRequirements\nSQL, auditing, budgeting and shaping and implementing data strategies.\n",
         ["sql", "auditing", "budgeting"], ["shaping"]),
        ("Job Title\n\nRequirements\nSQL, budgeting and forecasting, writing and editing skills.\n",
         ["sql", "writing", "editing"], []),
    ],
)
def test_list_neighbours_of_a_found_skill(text, present, absent):
    _assert_skills(text, present, absent)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # the parts of a posting about how the employer hires (public-sector advert layout): from
        # the heading to the next section about the job, whatever the sections reader made of them
        ("Job Title\n\nRequirements\nExperience with Python.\n\nThings you need to know\nSelection process details\n"
         "Interviews via Microsoft Teams. We run a Disability Confident Scheme and check the Internal Fraud Database.\n",
         ["python"], ["microsoft teams", "disability confident scheme", "internal fraud database"]),
        # a civil-service grade names a pay band, even as a curated acronym ("SEO")
        ("Job Title\nJob grade\nSenior Executive Officer\nSEO\nContract type\nPermanent\n\nRequirements\n"
         "Experience with Python.\nGrade: SEO\n", ["python"], ["seo"]),
        ("Job Title\n\nRequirements\nExperience with Python.\n\nNationality requirements\nSecurity\n"
         "Baseline checks. We use SharePoint to process forms.\n\nResponsibilities\nMaintain Kubernetes clusters.\n",
         ["python", "kubernetes"], ["sharepoint"]),
        ("Job Title\n\nRequirements\nExperience with Python.\n\nSelection process details\nStage 1 Sift\nExperience\n"
         "Your CV is scored; forms are kept in SharePoint.\nFeedback\nOnly after an interview.\n", ["python"], ["sharepoint"]),
        ("Job Title\n\nHow to apply:\nSend your CV through LinkedIn. Interviews on Zoom.\n\nRequirements\nSQL and Tableau.\n",
         ["sql", "tableau"], ["linkedin", "zoom"]),
        # an acronym spelled out as an organisation, a scheme or a role; the same acronym again
        ("Job Title\n\nRequirements\nWork with the Government Digital Service (GDS) on GDS standards and SQL.\n",
         ["sql"], ["government digital service", "gds"]),
        ("Job Title\n\nRequirements\nWe are recruiting two Senior Executive Officers (SEOs) who know SQL.\n",
         ["sql"], ["senior executive officers", "seo"]),
        ("Job Title\n\nRequirements\nExperience with Service Oriented Architecture (SOA).\n",
         ["service oriented architecture"], []),
        # the medium of an interview, the hiring exercise, a web address, an announcement number
        ("Job Title\n\nRequirements\nInterviews will be held via Microsoft Teams. Excel skills.\n", ["excel"], ["microsoft teams"]),
        ("Job Title\n\nRequirements\nExperience with Microsoft Teams and SharePoint.\n", ["microsoft teams", "sharepoint"], []),
        ("Job Title\n\nRequirements\nKnow SQL.\nApply with LinkedIn or else please send your CV.\n", ["sql"], ["linkedin", "else please send"]),
        ("Job Title\n\nRequirements\nApply statistical methods with Python.\n", ["python"], []),
        ("Job Title\n\nRequirements\nThis recruitment campaign closes soon. Experience in recruitment.\n", ["recruitment"], []),
        ("Job Title\n\nRequirements\nKnow SQL. See https://jobs.example.tal.net/vx/candidate for details.\n", ["sql"], [".net"]),
        ("Job Title\n\nAnnouncement number\nAMA-16-JS-T38\n\nRequirements\nKnow SQL.\n", ["sql"], ["javascript"]),
        # a kind of tool named before its examples: the examples are the skills
        ("Job Title\n\nRequirements\nExperience with web analytics tools such as Google Analytics.\n",
         ["google analytics"], ["analytics tools", "web analytics tools"]),
        # a degree labelled "Degree:" names its subjects (the label, not "a degree: major or equivalent")
        ("Job Title\n\nRequirements\nA. Degree: medical technology, chemistry, or biology.\n",
         ["medical technology", "chemistry", "biology"], []),
        ("Job Title\n\nRequirements\nMust have a degree: major or equivalent.\n", [], ["major"]),
        # training a benefits section offers is not the job's skill
        ("Job Title\n\nRequirements\nKnow SQL.\n\nBenefits\nIn-house trainings on SEO; qualifications such as PRINCE2 paid for.\n",
         ["sql"], ["seo", "prince2"]),
    ],
)
def test_hiring_process_and_organisations_are_not_skills(text, present, absent):
    _assert_skills(text, present, absent)


_WRAPPED = (
    "Job Title\n\nRequirements\n"
    "Strong experience of delivering secure services across the full software\n"
    "development lifecycle, including SOLID principles and common design\n"
    "patterns such as MVC. Knowledge of Python and secure software development\n"
    "practices.\n"
)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a single -ing word with its object or a second verb is a verb, not a field
        ("Job Title\n\nRequirements\nExperience in designing and implementing secure cloud solutions.\n"
         "Experience in collaborating with development teams. Knowledge of Python.\n",
         ["python"], ["designing", "collaborating"]),
        ("Job Title\n\nRequirements\nExperience in defining & implementing engineering standards. Knowledge of SQL.\n",
         ["sql"], ["defining"]),
        ("Job Title\n\nRequirements\nLeadership, mentoring and coaching, sharing knowledge and best practice. "
         "Applying knowledge of SQL.\n", ["sql", "mentoring"], ["sharing", "applying"]),
        ("Job Title\n\nRequirements\nExperience with Web caching such as Squid, Varnish.\n", ["caching", "squid"], []),
        # a phrase cut by a wrapped line (text from a PDF) is only part of a longer one
        (_WRAPPED, ["python", "secure software development"], ["development lifecycle", "common design"]),
        ("Job Title\n\nRequirements\nExperience with\ndata pipelines and Python.\n", ["data pipelines", "python"], []),
        # the employer's own channels outside the requirements
        ("Job Title\n\nJob summary\nWe build digital services. Visit our YouTube channel or follow us on LinkedIn.\n\n"
         "Requirements\nExperience with Python.\n", ["python"], ["youtube", "linkedin"]),
        # a hiring heading with a qualifier ("Additional Security Information")
        ("Job Title\n\nRequirements\nExperience with Python.\n\nAdditional Security Information\n"
         "All candidates must obtain National Security Vetting; forms are kept in SharePoint.\n",
         ["python"], ["national security", "sharepoint"]),
        # the employer's links after "Find out more about us/<its name>", not after "... about the role"
        ("Job Title\n\nRequirements\nExperience with Python.\n\nFind out more about DDTS:\nOur blog\nLinkedIn\n",
         ["python"], ["linkedin"]),
        ("Job Title\n\nFind out more about the role:\nYou will build services in Python and Kubernetes.\n",
         ["python", "kubernetes"], []),
        # a duty with its object after a knowledge cue; an open phrase stops at "during"
        ("Job Title\n\nRequirements\nExperience of writing code and producing reports. Experience of leading "
         "developers during incidents. Knowledge of SQL.\n",
         ["sql"], ["writing code", "producing reports", "leading developers", "leading developers during"]),
        ("Job Title\n\nRequirements\nKnowledge of engineering technology.\n", ["engineering technology"], []),
        # a phrase opened by a word of time is a kind in fashion; a level's numeral is no list item
        ("Job Title\n\nRequirements\nGood knowledge of modern application architectures, including Python.\n",
         ["python"], ["modern application architectures"]),
        ("Job Title\n\nDesirable\nSalesforce Certified Platform Developer I and II, Salesforce Certified Administrator.\n",
         [], ["ii"]),
        # a workplace is no list item ("experience in a hospital laboratory, health agency, ...")
        ("Job Title\n\nRequirements\nExperience in a hospital laboratory, health agency, industrial medical laboratory, "
         "or pharmaceutical house; or teaching, test development, or medical research.\n",
         ["test development"], ["hospital laboratory", "health agency", "pharmaceutical house"]),
        # a role is no tool's name, even before "software"
        ("Job Title\n\nAbout the role\nMeet the hiring manager (Jo, Lead Software Engineer). The Developer works on "
         "software components.\n\nRequirements\nExperience with Pactrac system.\n", ["pactrac system"], ["lead", "developer"]),
    ],
)
def test_precision_classes_on_tech_postings(text, present, absent):
    _assert_skills(text, present, absent)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        (  # the medium of an interview named in the sentence after it, or naming the interview or its link
            "Requirements\nPython.\nYou will be invited to a panel interview at the Office. This\n"
            "will be held remotely on Microsoft Teams and details given.\n",
            ["Python"],
            ["Microsoft Teams"],
        ),
        ("Requirements\nPython.\nStage 2: Microsoft Teams Interview\n", ["Python"], ["Microsoft Teams"]),
        ("Requirements\nPython.\nTo join, please use the Microsoft Teams link below.\n", ["Python"], ["Microsoft Teams"]),
        ("Requirements\nExperience of Microsoft Teams administration and Python.\n", ["Microsoft Teams"], []),  # the job's tool
        ("Requirements\nExperience with SQL and AWS. Data is held on AWS servers.\n", ["AWS"], []),  # no interview: kept
        (  # acronyms naming schemes
            "Requirements\nPython\nCandidates who apply under the DCS, GPTW or RIS schemes and meet the minimum\n",
            ["Python"],
            ["dcs", "gptw", "ris"],
        ),
    ],
)
def test_hiring_media_and_schemes_are_no_skills(text, present, absent):
    _assert_skills(text, present, absent)


_ASSESSED = "Technical skills\nWe'll assess you against these technical skills during the selection process:\n"


@pytest.mark.parametrize(
    "text, present, absent",
    [
        (  # a capability framework's names one per line, without their level
            _ASSESSED + "Architecture communication (Expert)\nStrategy design (Practitioner)\n\nBenefits\nA pension.\n",
            ["Architecture communication", "Strategy design"],
            ["Architecture communication (Expert)", "Benefits", "A pension"],
        ),
        (  # the framework's parenthesis is part of the name; "- Practitioner Level" and a role prefix are not
            _ASSESSED + "Programming and Build (software engineering) - Practitioner Level\nTest Manager - Test Analysis (Level: Practitioner)\n",
            ["Programming and Build (software engineering)", "Test Analysis"],
            ["Test Manager - Test Analysis"],
        ),
        (  # an SFIA code and level, a sub-heading passed over
            "SFIA Technical skills:\nStrategy & Architecture:\nSolution Architecture (ARCH)  Level 5\nInnovation (INOV) - Level 4\n",
            ["Solution Architecture", "Innovation"],
            ["Strategy & Architecture"],
        ),
        (  # a lower-case list after "skills defined in ... role:", ended by a question
            "We will also be assessing your skills against the following\nskills defined in the Lead Developer role:\n"
            "development process optimisation\nsystems design\nWant to know more about us? Click Here\n",
            ["development process optimisation", "systems design"],
            ["Want to know more about us"],
        ),
        (  # behaviours are a list of another kind, a stage of the selection is no skill
            "You will be assessed against the following Behaviours and Technical Skills:\nBehaviours:\nWorking Together\n"
            "Technical Skills:\nUser Focus (Practitioner)\nTechnical Questions and presentation\nBehaviours\nDelivering at Pace\n",
            ["User Focus"],
            ["Working Together", "Delivering at Pace", "Technical Questions and presentation", "Behaviours"],
        ),
        (  # prose after the lead-in is no list
            _ASSESSED + "Up to date knowledge of modern engineering technology and the tools used across our teams\n",
            [],
            ["Up to date knowledge of modern engineering technology and the tools used across our teams"],
        ),
        (  # a list of skills of no framework under an ordinary requirements heading is left to the other rules
            "Essential skills:\nTeam player\nFlexible attitude\n",
            [],
            ["Team player", "Flexible attitude"],
        ),
        (  # "Role: Skill", a level wrapped onto the next line
            _ASSESSED + "Software Developer: Programming & Build (Software Engineering) (Skill\nlevel: Practitioner)\n"
            "Software Developer: Modern Development Standards (Skill level:\nPractitioner)\n"
            "Software Developer: Systems Design (Skill level: Working)\n",
            ["Programming & Build (Software Engineering)", "Modern Development Standards", "Systems Design"],
            ["Practitioner)", "Software Developer"],
        ),
        (  # an em dash (or Windows-1252's, read as Latin-1) before the level, a framework tag before the name
            _ASSESSED + "DDaT - Architect for the whole context \u2014 Practitioner\nArchitecture communication \u0097 Expert\n"
            "Strategy design \u0097 Practitioner\n",
            ["Architect for the whole context", "Architecture communication", "Strategy design"],
            ["DDaT - Architect for the whole context"],
        ),
        (  # a gloss in brackets wrapped over two lines, a level word without a dash
            _ASSESSED + "Architecture communication (Communicating between the technical and\nnon-technical) expert\n"
            "Strategy design practitioner\n",
            ["Architecture communication", "Strategy design"],
            ["non-technical) expert"],
        ),
    ],
)
def test_assessed_skill_lists(text, present, absent):
    _assert_skills(text, present, absent)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        (  # a person specification's competencies, each a label, a dash and what it asks
            "Person specification\nSystems Design - Develop systems that balance risk, impact and complexity.\n"
            "Incident Management \u2013 Lead the detection, diagnosis and resolution of incidents.\n"
            "Relationship Building (Practitioner) - Develop strong, collaborative relationships across the community.\n",
            ["Systems Design", "Incident Management", "Relationship Building"],
            ["Relationship Building (Practitioner)"],
        ),
        (  # a role, a person noun, a place with its street, a single word, the company's own text: no label skill
            "Duties\nLead Software Engineer - Leads a team of engineers across the programme.\n"
            "Ultimate Multitasker - You are able to manage many things at once every day.\n"
            "Leeds Regional Centre - Wellington Place\nLeadership - Set the standard for all of the team.\n"
            "About us\nOur Vision - To support our customers with the best services in the country.\n",
            [],
            ["Lead Software Engineer", "Ultimate Multitasker", "Leeds Regional Centre", "Our Vision"],
        ),
    ],
)
def test_run_in_competency_labels(text, present, absent):
    _assert_skills(text, present, absent)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("Requirements\n- Experience working on agile projects in multidisciplinary teams.\n", ["Agile"], []),
        ("Requirements\n- Work effectively in a multidisciplinary agile team.\n", ["Agile"], []),
        ("Requirements\n- You are agile and adapt quickly to change.\n", [], ["Agile"]),  # a trait, not the method
        ("Job description\nYou will work in an agile delivery team alongside senior engineers.\n", ["Agile"], []),
        ("About us\nOur experts, an agile delivery model and innovative solutions.\n", [], ["Agile"]),  # the firm's model
    ],
)
def test_agile_as_a_way_of_working(text, present, absent):
    _assert_skills(text, present, absent)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("Responsibilities\nEnsure the quality of the codebase by conducting code reviews.\n", ["Code Review"], []),
        ("Responsibilities\nApply Secure by Design principles to large-scale platforms.\n", ["Secure by Design"], []),
        (  # a cloud's product names, not the cloud alone
            "Requirements\nExperience with Azure DevOps, Azure Function Apps and Azure App Services.\n",
            ["Azure DevOps", "Azure Functions", "Azure App Service"],
            ["Azure"],
        ),
        ("Responsibilities\nDrive continuous improvement, incorporating lessons learned.\n", ["Continuous Improvement"], []),
        ("Requirements\nExperience of continual improvement of IT services.\n", ["Continuous Improvement"], []),
        ("Requirements\nEnsure solutions align with the long-term enterprise architecture.\n", ["Enterprise Architecture"], []),
        (  # the employer's culture, not what the job asks
            "About us\nYou'll join a team culture where collaboration, innovation and continuous improvement are encouraged.\n",
            [],
            ["Continuous Improvement"],
        ),
    ],
)
def test_engineering_practices_named(text, present, absent):
    _assert_skills(text, present, absent)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("Responsibilities\nProvide technical leadership across DevOps practices.\n", ["technical leadership"], []),
        ("Requirements\n- Strong coaching and mentoring skills.\n", ["mentoring", "coaching"], []),
        ("Requirements\n- Mentorship of engineers across teams.\n", ["mentoring"], []),
    ],
)
def test_leading_and_developing_engineers(text, present, absent):
    _assert_skills(text, present, absent)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("Requirements\n- Experience of platforms as a service (PaaS) on AWS.\n", ["platforms as a service"], ["paas"]),
        ("Requirements\n- Experience of Service Oriented\nArchitecture (SOA).\n", ["Service Oriented Architecture"], ["soa"]),  # wrapped once
    ],
)
def test_acronyms_with_lower_case_letters_and_wrapped_expansions(text, present, absent):
    _assert_skills(text, present, absent)
