"""List-field and summary rules: item splitting, spans, section kinds, derived duties, negatives."""

from __future__ import annotations

import glob
from pathlib import Path

import pytest

from extractor.context import context_for
from extractor.rules.base import run_rules
from extractor.rules.lists import is_duty, marks_required, sentences, split_items

LIST_FIELDS = ["responsibilities", "minimum_qualifications", "preferred_qualifications"]


def _run(text, fields):
    ctx = context_for(text)
    found = run_rules(ctx, fields)
    for cand in found.values():
        if isinstance(cand.value, list):
            assert cand.item_spans is not None and len(cand.item_spans) == len(cand.value)
            for value, spans in zip(cand.value, cand.item_spans):
                evidence = " ".join(" ".join(ctx.text[s:e].split()) for s, e in spans)
                assert evidence == value
        else:
            assert " ".join(" ".join(ctx.text[s:e].split()) for s, e in cand.spans) == cand.value
    return ctx, found


@pytest.mark.parametrize(
    "body, items",
    [
        ("- Python\n- SQL", ["Python", "SQL"]),
        ("• Python\n• SQL\n• AWS", ["Python", "SQL", "AWS"]),
        ("* Python\n+ SQL\n· Go", ["Python", "SQL", "Go"]),
        ("1. Carry out visits\n2) Keep records", ["Carry out visits", "Keep records"]),
        ("a) Drive\nb) Deliver", ["Drive", "Deliver"]),
        ("Build reports\nMaintain dashboards", ["Build reports", "Maintain dashboards"]),
        ("You will build reports. You will also mentor analysts.", ["You will build reports.", "You will also mentor analysts."]),
        ("Design APIs, e.g. REST and gRPC. Run services on AWS.", ["Design APIs, e.g. REST and gRPC.", "Run services on AWS."]),
        ("+ 3 years of ML.\nAn understanding of NLP.\n+ Strong coding", ["3 years of ML. An understanding of NLP.", "Strong coding"]),
        ("In this role you will:\n- Ship models\n- Review code", ["Ship models", "Review code"]),
        ("Posted: May 9, 2024\nRole Number: 123\n- Python", ["Python"]),
        ("- Python\n\nWe are an inclusive team.", ["Python", "We are an inclusive team."]),
        ("", []),
    ],
)
def test_split_items(body, items):
    got = split_items(body, 0, len(body))
    assert [i.value for i in got] == items
    for item in got:
        for s, e in item.spans:
            assert body[s:e].strip() == body[s:e] and body[s:e]


def test_sentences_keep_abbreviations():
    text = "Work with Dr. Smith on U.S. data. Use Python, i.e. pandas. Done!"
    assert [text[s:e] for s, e in sentences(text, 0, len(text))] == [
        "Work with Dr. Smith on U.S. data.",
        "Use Python, i.e. pandas.",
        "Done!",
    ]


GREENHOUSE = """<h1>Backend Engineer</h1><p>Toronto, ON</p>
<h3>What you'll do</h3><ul><li>Design APIs in Go</li><li>Run services on GCP</li></ul>
<h3>What you'll bring</h3><ul><li>4+ years of backend experience</li><li>Strong SQL</li></ul>
<h3>Nice to have</h3><ul><li>Kafka</li><li>Terraform</li></ul>
<h3>Benefits</h3><ul><li>Dental</li></ul>
<p>We are an equal opportunity employer.</p>"""

UK = """Family Support Worker
Main duties and responsibilities
1. Carry out home visits
2. Keep accurate case records
Essential criteria
- NVQ Level 3 in Health and Social Care
Desirable criteria
- Full UK driving licence
"""

EMAIL = """Subject: Java Developer - Hyderabad

Hi,
Requirements: 5+ years of Java, Spring Boot and microservices in banking projects.
Responsibilities: Build and maintain payment services for a large retail bank.

Regards,
Asha
"""


@pytest.mark.parametrize(
    "text, expected, confidence",
    [
        (GREENHOUSE, {
            "responsibilities": ["Design APIs in Go", "Run services on GCP"],
            "minimum_qualifications": ["4+ years of backend experience", "Strong SQL"],
            "preferred_qualifications": ["Kafka", "Terraform"],
        }, 0.8),  # known headings, one item per line: sure
        (UK, {
            "responsibilities": ["Carry out home visits", "Keep accurate case records"],
            "minimum_qualifications": ["NVQ Level 3 in Health and Social Care"],
            "preferred_qualifications": ["Full UK driving licence"],
        }, 0.8),
        (EMAIL, {
            "responsibilities": ["Build and maintain payment services for a large retail bank."],
            "minimum_qualifications": ["5+ years of Java, Spring Boot and microservices in banking projects."],
            "preferred_qualifications": None,
        }, 0.5),  # the item shares its line with the heading: unsure
        ("Nurse\n\nBenefits\n- Dental\n\nAbout us\nWe care.\n\nEqual Opportunity\nWe hire fairly.", {
            "responsibilities": None, "minimum_qualifications": None, "preferred_qualifications": None,
        }, None),
    ],
    ids=["greenhouse", "uk", "email_inline", "no_lists"],
)
def test_list_fields(text, expected, confidence):
    _, found = _run(text, LIST_FIELDS)
    got = {f: (found[f].value if f in found else None) for f in LIST_FIELDS}
    assert got == expected
    for cand in found.values():
        assert cand.confidence == confidence


@pytest.mark.parametrize(
    "body, items",
    [
        # a PDF's text, hard-wrapped near 75 characters: each sentence is one item, whatever its lines
        ("Responsibilities\n"
         "Build full-stack web applications to present evidence in a clear, compelling\n"
         "and concise manner to case teams across the department.\n"
         "Develop processes to gather data from many internal sources and produce clean\n"
         "consistent and well tested code.\n"
         "Prototype new tools quickly with senior stakeholders.\n",
         ["Build full-stack web applications to present evidence in a clear, compelling and concise manner to case teams across the department.",
          "Develop processes to gather data from many internal sources and produce clean consistent and well tested code.",
          "Prototype new tools quickly with senior stakeholders."]),
        # short unpunctuated items in lower case are items of their own, not a wrapped sentence
        ("Responsibilities\nmaintain the shared build servers\nreview pull requests\nwrite runbooks\n",
         ["maintain the shared build servers", "review pull requests", "write runbooks"]),
    ],
    ids=["hard_wrapped_sentences", "short_lowercase_items"],
)
def test_hard_wrapped_lines_are_one_item(body, items):
    _, found = _run(body, ["responsibilities"])
    assert found["responsibilities"].value == items


def test_description_duties_without_responsibilities_section():
    text = (
        "Analyst\n\nDescription\nAs an analyst on our team, you’ll build forecasts for the sales org. "
        "Your work will be instrumental in shaping strategy. Partner with finance on budgets. "
        "Continuously improving our models is part of the job. Join us to grow your career.\n\n"
        "Requirements\n- SQL"
    )
    _, found = _run(text, ["responsibilities"])
    cand = found["responsibilities"]
    assert cand.value == [
        "As an analyst on our team, you’ll build forecasts for the sales org.",
        "Partner with finance on budgets.",
        "Continuously improving our models is part of the job.",
    ]
    assert cand.confidence < 0.5


@pytest.mark.parametrize(
    "text, confidence",
    [
        ("Responsibilities\n- Build things\n- Test things", 0.8),
        ("Responsibilities\nBuild things.\nTest things.", 0.8),  # one item per line, no bullets
        ("Responsibilities\nYou will build things. You will also test things.", 0.5),  # sentences of one paragraph
        ("Responsibilities\n- Build things• Test things", 0.5),  # a glued bullet cut in mid-line
        ("Your daily responsibilities:\n- Build things\n- Test things", 0.5),  # heading guessed from a keyword
    ],
    ids=["bullets", "lines", "paragraph", "glued", "guessed_heading"],
)
def test_list_confidence_says_whether_the_page_drew_the_list(text, confidence):
    _, found = _run("Engineer\n\n" + text, ["responsibilities"])
    assert found["responsibilities"].confidence == confidence


def test_description_duties_skipped_when_a_responsibilities_section_exists():
    text = "Description\nYou will build things.\n\nResponsibilities\n- Build things"
    _, found = _run(text, ["responsibilities"])
    assert found["responsibilities"].value == ["Build things"]
    assert found["responsibilities"].method == "lists.responsibilities"


@pytest.mark.parametrize(
    "sentence, duty",
    [
        ("You will lead the design of our platform.", True),
        ("Design and implement ML algorithms", True),
        ("Continuously exploring new technologies.", True),
        ("Your insight will be instrumental in helping us.", False),
        ("The role will enable you to stay at the forefront.", False),
        ("Join us to enhance the lives of millions!", False),
        ("Do you want to build things?", False),
        ("We are a fast-growing company.", False),
        # the hire named in the third person or by the role's title
        ("He or she will also keep the stock records.", True),
        ("The Senior Baker will also train the apprentices.", True),
        ("The Company will provide a uniform.", False),
        ("We will provide you with scripts.", False),
        ("YOU WILL EARN 40% OF EVERY DEAL YOU CLOSE!", False),  # a shouted pitch
        # the incumbent as the subject, as federal summaries write it: with what the role does, not a title and a place alone
        ("The incumbent serves as the lead budget analyst and advises the regional director on spending.", True),
        ("The purpose of this position is to provide payroll services to two bases.", True),
        ("Selectee will be the chief of a clinic who has responsibility for scheduling and staffing.", True),
        ("Incumbent will coordinate the repair of base housing.", True),
        ("This position serves as a Contract Specialist in the Acquisition Directorate at Fort Hood.", False),
        ("The position is located in Denver, Colorado.", False),
    ],
)
def test_is_duty(sentence, duty):
    assert is_duty(sentence) is duty


@pytest.mark.parametrize(
    "text, summary",
    [
        ("Summary\nDo you love data? Imagine shaping a product. We are looking for a Data Engineer to build pipelines. "
         "As a member of the team you will own ingestion. Our office is in Leeds.",
         "We are looking for a Data Engineer to build pipelines. As a member of the team you will own ingestion."),
        ("Data Engineer\n\nAbout the role\nPosted: Jan 1, 2025\nAcme is seeking a Data Engineer to own our warehouse. We have snacks.",
         "Acme is seeking a Data Engineer to own our warehouse."),
        ("Chef\n\nJob Description\nThe Alder Hotel kitchen serves 300 covers a night across two restaurants.\n\nDuties\n- Cook",
         "The Alder Hotel kitchen serves 300 covers a night across two restaurants."),
        ("Nurse\nLeeds\n\nBenefits\n- Dental", None),
        ("", None),
    ],
    ids=["cue_pair", "skips_meta", "no_cue_fallback", "no_text", "empty"],
)
def test_summary(text, summary):
    _, found = _run(text, ["summary"])
    if summary is None:
        assert "summary" not in found
    else:
        assert found["summary"].value == summary
        assert found["summary"].confidence == 0.4


SEED_SUMMARY = {
    "000": "The VCV Science ML Experience Prototyping Team is seeking a highly skilled and motivated Applied ML Scientist",
    "002": "We are looking for an expert Machine Learning engineer, or Data Scientist",
    "003": "We are seeking an exceptional Machine Learning (ML) Engineer/Researcher to join our premier ML innovation team at Apple.",
}


@pytest.mark.parametrize("path", sorted(glob.glob(str(Path(__file__).resolve().parents[1] / "golden" / "docs" / "00*.txt"))), ids=lambda p: Path(p).name[:3])
def test_seeds(path):
    ctx, found = _run(Path(path).read_text(encoding="utf-8"), LIST_FIELDS + ["summary"])
    key = Path(path).name[:3]
    minimum = found["minimum_qualifications"].value
    preferred = found["preferred_qualifications"].value
    assert len(minimum) >= 4
    assert all(not item.startswith(("+", "-", "•")) for item in minimum + preferred)
    assert not any("equal opportunity" in item for item in minimum + preferred)
    if key == "000":
        assert minimum[0] == "5+ years of industry or strong academic experience in CVML"
        assert "Strong understanding of Python, and proficiency using ML toolkits, e.g., PyTorch" in minimum
        assert preferred == ["BS and a minimum of 3 years relevant industry experience"]
        assert "You will lead the design and development of generative AI solutions." in found["responsibilities"].value
        assert not any("instrumental" in r for r in found["responsibilities"].value)
    if key == "002":
        assert "Strong proficiency with Python (Scikit learn, Jupyter), PyTorch, SQL-based languages. Working proficiency with Git." in minimum
        assert "Experience in synthetic data generation for videos, images, text and audio is desired." in preferred
    if key == "003":
        assert "3 Years of experience in at least one domain of application for ML: NLP, Computer Vision, reinforcement learning. "
        "An understanding of the applications, challenges, and opportunities in these domains." in minimum
    if key in SEED_SUMMARY:
        assert found["summary"].value.startswith(SEED_SUMMARY[key])


@pytest.mark.parametrize(
    "garbage, expected",
    [
        ("\x00", {}),
        ("- \n- \n-", {}),
        ("Requirements\n" + "- x\n" * 3000, {"minimum_qualifications": ["x"]}),  # one item, however often repeated
        ("." * 10000, {}),
        ("Summary\n?!?!", {}),
    ],
)
def test_garbage(garbage, expected):
    """No exception (the suite runs strict) and no list item or summary that the text does not hold."""
    found = run_rules(context_for(garbage), LIST_FIELDS + ["summary"])
    assert {name: cand.value for name, cand in found.items()} == expected


# --------------------------------------------------------------------------- items as the page meant them

from extractor.rules.lists import marks_preferred  # noqa: E402
from extractor.rules.lists import is_process_text  # noqa: E402


@pytest.mark.parametrize(
    "item, process",
    [
        ("Please attach your portfolio to the application.", True),
        ("NOTE: Shifts are assigned by the ward manager.", True),
        ("Experience refers to paid and unpaid work.", True),
        ("Full details are at https://example.org/jobs.", True),
        ("Review and update the employee handbook", False),
        ("A medical check before the start date may be required.", True),
        ("Applicants will be evaluated by a panel of three.", True),
        # federal boilerplate: exceptions, pointers, submission instructions
        ("Non-citizens may be appointed when no qualified citizen can be found.", True),
        ("This can be found in the regional personnel office.", True),
        ("Applicants are encouraged to address each factor in a cover statement.", True),
        ("Failure to submit the transcripts will make you ineligible.", True),
        ("Students should submit the board certificate with the application.", True),
        # application-process sentences of federal postings (round 10)
        ("Your application must show how you meet each requirement.", True),
        ("Do not provide a separate essay with your package.", True),
        ("You must meet all eligibility rules by the closing date of this notice.", True),
        ("Applicants must meet the requirements specified in paragraphs 1 or 2 below.", True),
        ("Credit will be given for relevant part-time work.", True),
        ("You must hold the licences identified below.", True),
        ("Two years as a line cook; one year of catering college will be credited as one year of work.", False),
        ("Current forklift licence", False),
        ("Experience with payroll software is a plus", False),
        # the application's own steps (s9)
        ("As part of the application you must answer an occupational questionnaire.", True),
        ("Errors or omissions may lower your rating.", True),
        ("Applicants without the licence will be found ineligible.", True),
        # contact details: a phone number or an office suite
        ("The Board of Nursing, 12 Main Road, Suite 400, Springfield, or call (555) 123-4567.", True),
        # notes on the list: the framework a role is aligned to, how the criteria are assessed, links (third wave)
        ("This post is aligned to the Finance Profession Capability Framework.", True),
        ("The role aligns to the following level of the engineering framework", True),
        ("The criteria below will be assessed at the sift.", True),
        ("Details of the grades can be found at the department's intranet.", True),
        ("Read the staff handbook (example-agency.gov.uk)", True),
        ("Experience with Node.js (Express)", False),
        ("Use of Vue.js (v3.x)", False),
        # federal notes on how qualifications are determined (third wave)
        ("Applicants must meet all competencies listed under the announcement's criteria.", True),
        ("The definition of qualifying experience follows the grade below.", True),
        ("A second placement factor (screen-out) applies to this vacancy.", True),
        ("Typing test scores are acceptable for two years.", True),
        # encouragement to apply without meeting every criterion: about applying, not a qualification
        ("If you might not meet every last one then don't let that stop you from applying.", True),
        ("It is unusual that all candidates will meet all the desirable criteria.", True),
        ("Ability to meet deadlines under pressure", False),
        # application lines in other languages ("not_item_*_intl")
        ("Ansök idag – urval sker löpande.", True),
        ("Vid frågor, kontakta rekryteraren.", True),
        ("Send søknad innen fredag.", True),
        ("Bewirb dich jetzt über unser Portal!", True),
        ("Solliciteer direct via de knop hieronder.", True),
        ("Erfarenhet av ansökningar om forskningsmedel", False),
        ("Gute Kenntnisse in der Bewerbung von Produkten", False),
    ],
)
def test_process_text_is_no_item(item, process):
    assert is_process_text(item) is process



@pytest.mark.parametrize(
    "body, items",
    [
        # bullets in mid-line
        ("Speaks fluent Spanish• Valid driving licence• Two years in retail", ["Speaks fluent Spanish", "Valid driving licence", "Two years in retail"]),
        # an intro glued to the first bullet is no item
        ("Here is what matters to us:• Calm under pressure• Tidy bookkeeping habits", ["Calm under pressure", "Tidy bookkeeping habits"]),
        # lower case running into a capital
        ("Ships clean Go codeWrites design docs for reviewCoaches junior engineers", ["Ships clean Go code", "Writes design docs for review", "Coaches junior engineers"]),
        # full stop running into a one-letter word, digit and bracket running into a capital
        ("Keeps records tidy.A knack for numbers.An eye for detail", ["Keeps records tidy.", "A knack for numbers.", "An eye for detail"]),
        ("Knows HTML5/CSS3Writes clean markup for every browser", ["Knows HTML5/CSS3", "Writes clean markup for every browser"]),
        ("Diploma in a technical trade2+ years fitting kitchens for private clients", ["Diploma in a technical trade", "2+ years fitting kitchens for private clients"]),
        ("Cheerful with every single guest.NVQ level in hospitality would help", ["Cheerful with every single guest.", "NVQ level in hospitality would help"]),
        ("Runs the R&DCoordinates lab bookings for the whole team", ["Runs the R&D", "Coordinates lab bookings for the whole team"]),
        ("Knows stock control inside outERP skills for purchase orders", ["Knows stock control inside out", "ERP skills for purchase orders"]),
        ("Writes native apps for iOS devices and macOS laptops daily", ["Writes native apps for iOS devices and macOS laptops daily"]),
        ("Has published at NeurIPS or a similar venue in the field", ["Has published at NeurIPS or a similar venue in the field"]),
        ("Has used payment APIs (eg, Adyen)Up to date with card rules", ["Has used payment APIs (eg, Adyen)", "Up to date with card rules"]),
        # real words and names are not cut
        ("Fluent in JavaScript and TypeScriptComfortable with PowerPoint decks", ["Fluent in JavaScript and TypeScript", "Comfortable with PowerPoint decks"]),
        ("Builds apps for iOS and macOS with SwiftUI, and reviews code at McKinsey pace", ["Builds apps for iOS and macOS with SwiftUI, and reviews code at McKinsey pace"]),
        ("Certified on the FlexPlan Pro scheduling suite for rotas", ["Certified on the FlexPlan Pro scheduling suite for rotas"]),
        ("Knows our stack: Kotlin, GoLand, DropWizard, and a PhD helps", ["Knows our stack: Kotlin, GoLand, DropWizard, and a PhD helps"]),
        # a sub-heading over bullets is no item, nor a wrapped continuation of the bullet above
        ("- Drives sales\nPersonal Qualities\n- Patient listener", ["Drives sales", "Patient listener"]),
        # prose after a blank line below a list is no item
        ("- Plan rotas\n- Order stock\n- Train staff\n\nRef: KT-221\nWe interview on Fridays.", ["Plan rotas", "Order stock", "Train staff"]),
        # an enumeration run into one paragraph: alternatives stay whole, their joins trimmed
        (
            "1. A degree in forestry and one year of field work. Field work must be paid; or 2. A diploma and three years of field work; or 3. Any equivalent mix.",
            ["A degree in forestry and one year of field work. Field work must be paid", "A diploma and three years of field work", "Any equivalent mix."],
        ),
        # the last alternative keeps its notes but ends at a run-in label in capitals; each sentence after it is an item
        (
            "1. A degree in forestry; or 2. A diploma and two years of field work; or 3. Any equivalent mix of 1 and 2 above. Study may replace field work. SPECIAL NOTES: Grade II needs one more year. Grade III needs two more years.",
            ["A degree in forestry", "A diploma and two years of field work", "Any equivalent mix of 1 and 2 above. Study may replace field work.", "Grade II needs one more year.", "Grade III needs two more years."],
        ),
        # the last alternative of a long paragraph that runs on into further options ends with its sentence
        (
            "Applicants need a degree. To count, it must: (1) be in engineering; or (2) include calculus and physics. "
            + "Such study must show the skills of the post. " + "Any course hours count towards it. " * 60
            + "OR Hold a licence as an engineer. In addition: Grade 9 needs one year at grade 7.",
            ["be in engineering", "include calculus and physics.", "Such study must show the skills of the post."]
            + ["Any course hours count towards it."] * 60
            + ["Hold a licence as an engineer.", "In addition: Grade 9 needs one year at grade 7."],
        ),
        # a capitalised word after the last alternative is no label
        (
            "1. A degree in forestry; or 2. A diploma and two years of field work. NASA grants count: up to one year.",
            ["A degree in forestry", "A diploma and two years of field work. NASA grants count: up to one year."],
        ),
        # independent requirements numbered in a paragraph: one item per marker
        (
            "Applicants need: (1) A valid licence. (2) Two years on a ward. Night shifts are part of it. (3) Fluent Welsh.",
            ["A valid licence.", "Two years on a ward. Night shifts are part of it.", "Fluent Welsh."],
        ),
        # numbers inside one sentence are no items
        (
            "Approved colleges are (1) those listed by the board, or (2) those abroad with a recognised charter.",
            ["Approved colleges are (1) those listed by the board, or (2) those abroad with a recognised charter."],
        ),
        # independent clauses separated by ';' are items; a ';' in brackets or between two clauses is not a cut
        (
            "Strong bookkeeping background; fluent spoken French; experience with payroll software; and a full driving licence.",
            ["Strong bookkeeping background", "fluent spoken French", "experience with payroll software", "a full driving licence."],
        ),
        ("Able to decide quickly; high sense of urgency in a busy shop", ["Able to decide quickly; high sense of urgency in a busy shop"]),
        (
            "Volunteer work counts (e.g., civic; church; school) towards the two years of service",
            ["Volunteer work counts (e.g., civic; church; school) towards the two years of service"],
        ),
        # a numbered duty with a lead-in keeps its ';' clauses; a short numbered duty keeps its sentences
        (
            "1. Help the fitter with these tasks: hang doors; fix hinges; plane frames. 2. Carry tools to the site. Sweep up after.",
            ["Help the fitter with these tasks: hang doors; fix hinges; plane frames.", "Carry tools to the site. Sweep up after."],
        ),
        # double-dash bullets run into one line; an intro with a space after its colon
        ("Duties include: --Book venues for events. -- Send the invoices. -- Chase late payers.", ["Book venues for events.", "Send the invoices.", "Chase late payers."]),
        ("The ideal applicant has the following: A forklift licence; two years in a warehouse; steel-toe boots", ["A forklift licence", "two years in a warehouse", "steel-toe boots"]),
        # a note run onto the last item is cut off (and is then no item, see is_process_text)
        ("1. Sweep the yard. 2. Clean work area. NOTE: Shifts rotate weekly.", ["Sweep the yard.", "Clean work area.", "NOTE: Shifts rotate weekly."]),
        ("1. Sweep the yard.\n2. Clean work area.\nNOTE: Shifts rotate weekly.", ["Sweep the yard.", "Clean work area.", "NOTE: Shifts rotate weekly."]),
        # a numbered list whose lines hold two items each counts on from the line's own marker
        ("1. Sweep the yard. 2. Mop the floor.\n3. Clean work area. 4. Lock up.", ["Sweep the yard.", "Mop the floor.", "Clean work area.", "Lock up."]),
        # an intro glued to the first number is no item
        ("Tasks include the following: 1. Sort the post. 2. Answer the phone.", ["Sort the post.", "Answer the phone."]),
        # an all-caps word running into "You …", a count of years after a capitalised field, a word after 's
        ("You have 3+ years with Python and SQLYou are calm with Airflow", ["You have 3+ years with Python and SQL", "You are calm with Airflow"]),
        ("Bachelor's degree in Finance or Accounting5+ years of FP&A work", ["Bachelor's degree in Finance or Accounting", "5+ years of FP&A work"]),
        ("Interviewing Candidates / Resourcing CV’sAdvertising / Marketing", ["Interviewing Candidates / Resourcing CV’s", "Advertising / Marketing"]),
        # a '*' bullet glued after a full stop
        ("A valid licence is required.* Military experience is valued.", ["A valid licence is required.", "Military experience is valued."]),
        # duty items run together with one space: a capitalised duty verb after a lower-case word, twice or more
        ("Lead working groups across sales teams Assist the marketing team with flyers Participate in panel discussions",
         ["Lead working groups across sales teams", "Assist the marketing team with flyers", "Participate in panel discussions"]),
        ("Work with the Team Lead on sprint planning and Design reviews", ["Work with the Team Lead on sprint planning and Design reviews"]),
        # two long capitalised words run together; names made of short parts stay whole
        ("Business DevelopmentInterviewing Candidates in person", ["Business Development", "Interviewing Candidates in person"]),
        ("Holds a ServSafe Food Handler card and knows ProtoPie, Figma", ["Holds a ServSafe Food Handler card and knows ProtoPie, Figma"]),
        # '-' bullets glued to the item before them (three or more), an intro glued with ':-'
        ("You should have:- curiosity to learn- a ton of ambition- storytelling talent- good English",
         ["curiosity to learn", "a ton of ambition", "storytelling talent", "good English"]),
        ("A well- known brand and a self- starter attitude", ["A well- known brand and a self- starter attitude"]),
        # bullets in mojibake (â€¢), at the line start and in mid-line
        ("â€¢\tExcellent writing skills.  â€¢\tForeign language skills a plus.", ["Excellent writing skills.", "Foreign language skills a plus."]),
        # "We/You …" running on after a lower-case word
        ("Eligibility to travel in the EU regionWe would appreciate industry certifications",
         ["Eligibility to travel in the EU region", "We would appreciate industry certifications"]),
        # '-' bullets glued with no space, each opening a capitalised word; hyphenated names stay whole
        ("Greet every guest-Restock the shelves daily-Count the till at close-Clean the espresso machine",
         ["Greet every guest", "Restock the shelves daily", "Count the till at close", "Clean the espresso machine"]),
        ("Knows Coca-Cola Amatil, Rolls-Royce Holdings and Hewlett-Packard Enterprise well", ["Knows Coca-Cola Amatil, Rolls-Royce Holdings and Hewlett-Packard Enterprise well"]),
        # items run on with one space, each opening with the line's opening word (also after "You"), twice or more
        ("Must hold a forklift licence Must live within 20 miles You must own steel-toe boots Must pass a drug test (paid by us) Must lift 25 kg",
         ["Must hold a forklift licence", "Must live within 20 miles", "You must own steel-toe boots", "Must pass a drug test (paid by us)", "Must lift 25 kg"]),
        ("Should know Excel well and Should be able to drive a van", ["Should know Excel well and Should be able to drive a van"]),
        # ';' clauses that are alternatives ("; OR …") stay one requirement
        ("Welder II - A trade certificate and 2 years of welding; OR a diploma and 1 year of welding; OR 4 years of welding",
         ["Welder II - A trade certificate and 2 years of welding; OR a diploma and 1 year of welding; OR 4 years of welding"]),
        # a plain word running into a name followed by '/'; a name before '/' stays whole
        ("Forklift licence helpful but not requiredAustralia/NZ work rights only", ["Forklift licence helpful but not required", "Australia/NZ work rights only"]),
        ("Experience with JavaScript/TypeScript and PostgreSQL/MySQL", ["Experience with JavaScript/TypeScript and PostgreSQL/MySQL"]),
        # a capitalised name enumerated with another name is no join
        ("You prototype in ProtoPie or Principle", ["You prototype in ProtoPie or Principle"]),
        # '*' bullets typed after each item's last word (three or more); required-field stars of a form stay
        ("Great communication skills* Positive attitude* Able to hit targets* Fragrance counter experience",
         ["Great communication skills", "Positive attitude", "Able to hit targets", "Fragrance counter experience"]),
        ("Send us: First Name* Last Name* Email* Phone*", ["Send us: First Name* Last Name* Email* Phone*"]),
    ],
)
def test_split_glued_items(body, items):
    got = split_items(body, 0, len(body), glued=True)
    assert [i.value for i in got] == items
    for item in got:
        for s, e in item.spans:
            assert body[s:e] and body[s:e].strip() == body[s:e]


@pytest.mark.parametrize(
    "item, preferred",
    [
        ("Experience with Terraform is a plus", True),
        ("Experience of broader traditional media would be useful.", True),
        ("We have a strong preference for people who sold digital media.", True),
        ("A forklift licence would be a real advantage", True),
        ("Welding certificate (Desired)", True),
        ("Spanish speaker, nice to have", True),
        ("Ideally, a degree in chemistry", True),
        ("Preferred: experience in a food factory", True),
        ("Night-shift experience strongly preferred.", True),
        ("CAD skills (SolidWorks preferred)", False),  # the bracket's own words are optional
        ("Good Excel; some VBA is an advantage", False),  # a second clause is optional
        ("A degree, preferably in chemistry, and two years in a lab", False),
        ("Bachelor's (Preferred)", False),  # a screening line, not a list item
        ("Three years of retail experience required", False),
        ("Knowledge of HubSpot is a bonus, but not essential", True),
        ("A background in logistics would be favourable", True),
        ("It helps if you have sold into the hotel trade", True),
        ("The preferred candidate holds a CSCS card", True),
        ("A degree in nursing, which is required but not sufficient on its own", False),  # "required but not…" is not the mark
        ("Terms favourable to our clients and a clean licence", False),  # the mark must close the item
        ("Shopify experience is a plus, but we will train the right person", True),
        ("Retail experience is favourable but applicants new to sales will be considered", True),
        ("A clean licence is a plus, but Bob will drive on Mondays", False),
        ("Knowledge of insurance would be a bonus, though not mandatory", True),
        ("CRM experience desirable however not essential", True),
        ("A degree is preferred but relevant experience may be substituted for this requirement.", True),
        ("Experience in the games industry would be ideal.", True),
        ("Experience with GIS is highly regarded", True),
        ("A master's degree will get preference.", True),
        ("Forklift licence a plus (we will train the right person)", True),
        ("Preferably a background in retail", True),
        ("Preferable: contacts in the region", True),
        ("We would appreciate relevant certifications", True),
        ("Skiing (Optional)", True),
        ("BSN preferred", True),
        ("The ideal", False),
        ("Minimum 1 year with an E&amp;P company preferred", True),
        ("Must drive a van and use a route planner, Roadwise preferred", False),  # opens as a requirement
        ("Lived experience is highly valued", True),
        # the mark in other languages
        ("Une expérience avec Docker serait un atout", True),
        ("Se valorará experiencia en ventas", True),
        ("Kenntnisse in SAP sind von Vorteil", True),
        ("Znanje nemščine je prednost.", True),
        ("Rus dili biliyi üstünlükdür.", True),
        ("Erfarenhet av B2B-försäljning är meriterande", True),
        ("Körkort B är en fördel, men inget krav", True),
        ("Meriterande är erfarenhet av Visma", True),
        ("Vi ser gärna att du har arbetat med Power BI", True),
        ("Kunskaper i finska ses som ett plus i kanten", True),
        ("Erfaring fra logistikk er en fordel", True),
        ("Kokemus SAP:sta katsotaan eduksi", True),
        ("Ervaring met Exact is een pré", True),
        ("Bij voorkeur een rijbewijs B", True),
        ("La conoscenza del tedesco costituisce titolo preferenziale", True),
        ("Esperienza nel retail è un plus", True),
        ("Inglês avançado será um diferencial", True),
        ("Une première expérience en crèche, mais pas obligatoire", True),  # "…, but not required"
        ("Truckkort, men inget krav", True),
        ("Du har B-körkort och god samarbetsförmåga", False),
        ("Legitimerad sjuksköterska", False),
        ("Gute Deutschkenntnisse in Wort und Schrift", False),
        ("Experiencia mínima de 2 años", False),
        ("Knowledge of Spanish is helpful", True),  # "is/are/can be … helpful, useful, beneficial": a wish
        ("Previous experience in customer service is beneficial", True),
        ("Customer service skills are very useful", True),
        ("Prior SAS experience is advantageous but not required as we will train you.", True),
        ("Friendly, polite and helpful", False),  # a trait, not a mark
    ],
)
def test_marks_preferred(item, preferred):
    assert marks_preferred(item) is preferred


ROUTED = """Kitchen Porter

Requirements
- Two years in a busy kitchen
- Food hygiene level 2
- A second language would be an advantage
- Knife skills (a course preferred)
- Five years on the line is required. A pastry course is a plus.
Extra points for:
- Experience with a combi oven

Pay and Conditions
- £12.50 per hour plus tips
- 30 days holiday
"""


def test_items_filed_where_the_page_meant_them():
    _, found = _run(ROUTED, LIST_FIELDS)
    assert found["minimum_qualifications"].value == [
        "Two years in a busy kitchen",
        "Food hygiene level 2",
        "Knife skills (a course preferred)",
        "Five years on the line is required.",
    ]
    assert found["preferred_qualifications"].value == ["A second language would be an advantage", "A pastry course is a plus.", "Experience with a combi oven"]


LABELLED = """Staff Nurse

Requirements
- Education: Bachelor of Science in Nursing
- Preferred Education: a master's degree in nursing
- Band 6: two years on an acute ward
- Note: the post is on a rota
"""


def test_labels_glued_to_items_are_left_out():
    _, found = _run(LABELLED, LIST_FIELDS)
    assert found["minimum_qualifications"].value == ["Bachelor of Science in Nursing", "Band 6: two years on an acute ward"]
    assert found["preferred_qualifications"].value == ["a master's degree in nursing"]


def test_glued_requirements_block():
    text = (
        "Store Supervisor\n\nRequirements\n"
        "Two years supervising a shop floorConfident with cash handling and rotasA calm voice on busy days"
        "Bonus points for:Experience with a stock systemA forklift ticket\n"
    )
    _, found = _run(text, LIST_FIELDS)
    assert found["minimum_qualifications"].value == [
        "Two years supervising a shop floor",
        "Confident with cash handling and rotas",
        "A calm voice on busy days",
    ]
    assert found["preferred_qualifications"].value == ["Experience with a stock system", "A forklift ticket"]


def test_duty_and_offer_intros_inside_requirements():
    text = (
        "Recruiter\n\nRequirements\n"
        "You will be responsible for every part of the senior consultant's desk and role, including:"
        "Business development with new clientsInterviewing candidates by phone"
        "Full back office support is provided, including:Training for the roleJob board access\n"
    )
    _, found = _run(text, LIST_FIELDS)
    assert found["responsibilities"].value == ["Business development with new clients", "Interviewing candidates by phone"]
    assert "minimum_qualifications" not in found
    _, found = _run("Recruiter\n\nRequirements\nYou will be:A master of cold callingFluent in spoken German\n", LIST_FIELDS)
    assert found["minimum_qualifications"].value == ["A master of cold calling", "Fluent in spoken German"]  # no duty word
    _, found = _run("Claims Coder\n\nRequirements\nA coding certificate\nPRODUCTION EXPECTATIONS:Meet a quota of 25 claims a dayKeep the error rate under 2%\n", LIST_FIELDS)
    assert found["responsibilities"].value == ["Meet a quota of 25 claims a day", "Keep the error rate under 2%"]
    assert found["minimum_qualifications"].value == ["A coding certificate"]


def test_question_heading_glued_into_duties_files_what_follows_as_requirements():
    text = (
        "Shop Lead\n\nResponsibilities\n"
        "Open the shop every morning.Train new staff on the till.You?Two years leading a shop floorCalm under pressure\n"
    )
    _, found = _run(text, LIST_FIELDS)
    assert found["responsibilities"].value == ["Open the shop every morning.", "Train new staff on the till."]
    assert found["minimum_qualifications"].value == ["Two years leading a shop floor", "Calm under pressure"]


@pytest.mark.parametrize(
    "text, duties",
    [
        # duty sentences of a description line are judged one by one
        ("Clerk\n\nJob Description\nThe office is in Leeds.\nThe Clerk will answer the phones. He or she will also file the invoices.\n",
         ["The Clerk will answer the phones.", "He or she will also file the invoices."]),
        # a list of tasks under a role heading, no responsibilities section
        ("Barista\n\nThe Role\n- Pull consistent espresso shots\n- Keep the bar spotless\n\nRequirements\n- A year on a busy bar\n",
         ["Pull consistent espresso shots", "Keep the bar spotless"]),
        # a role paragraph when the posting has no description either
        ("Barista\n\nAbout the role\nYou will run the morning bar on your own. The café seats 40.\n\nRequirements\n- A year on a busy bar\n",
         ["You will run the morning bar on your own."]),
        # a role paragraph whose task lines the scrape glued together ("…laptopsTrain…"), names kept whole
        ("Field Technician\n\nThe Role:Install Dell servers for our clientsTrain staff on the new laptopsMaintain a log of every visit\n",
         ["Install Dell servers for our clients", "Train staff on the new laptops", "Maintain a log of every visit"]),
    ],
)
def test_duties_under_a_role_heading(text, duties):
    _, found = _run(text, LIST_FIELDS)
    assert found["responsibilities"].value == duties


def test_role_paragraph_beside_a_description_gives_no_duties():
    text = (
        "Barista\n\nAbout the role\nYou will run the morning bar on your own.\n\n"
        "Job Description\nThe café seats 40 and opens at seven.\n\nRequirements\n- A year on a busy bar\n"
    )
    _, found = _run(text, LIST_FIELDS)
    assert "responsibilities" not in found


@pytest.mark.parametrize(
    "block, minimum, preferred",
    [
        # the posting's only qualification list, under a "desired" heading, marks its optional items itself:
        # the others are required
        ("Desired Experience & Qualification\nMatric\nFive years of planning\nSAP PM\nGMP knowledge would be an advantage\n",
         ["Matric", "Five years of planning", "SAP PM"], ["GMP knowledge would be an advantage"]),
        # a preferred list beside a required one stays preferred
        ("Requirements\n- Matric\n\nDesired Experience & Qualification\nFive years of planning\nSAP PM\nGMP would be an advantage\n",
         ["Matric"], ["Five years of planning", "SAP PM", "GMP would be an advantage"]),
        # a known "Preferred" heading is taken at its word
        ("Preferred Qualifications\nFive years of planning\nSAP PM\nGMP would be an advantage\n",
         [], ["Five years of planning", "SAP PM", "GMP would be an advantage"]),
    ],
)
def test_desired_list_that_marks_its_optional_items(block, minimum, preferred):
    _, found = _run("Planner\n\nIntroduction\nWe bottle juice.\n\n" + block, LIST_FIELDS)
    assert (found["minimum_qualifications"].value if "minimum_qualifications" in found else []) == minimum
    assert found["preferred_qualifications"].value == preferred


@pytest.mark.parametrize(
    "item, required",
    [
        ("In order to apply, the candidate must be a permanent Associate Chemist.", True),
        ("Minimum 5 years of lab experience", True),
        ("A valid driving licence is required.", True),
        ("BLS certification (Required)", True),
        ("Forklift licence required (counterbalance preferred)", True),  # "required" closes the item, a bracketed note after it
        ("Basic Photoshop required.", True),
        ("Spanish preferred, not required", False),
        ("At least 1 year of experience in HR", False),  # a Nice-to-have list may ask for it
        ("Experience with Kafka", False),
        ("A master's degree is preferred but not required", False),
    ],
)
def test_marks_required(item, required):
    assert marks_required(item) is required


def test_required_items_under_preferred_and_a_skills_block_after_it():
    text = (
        "Chemist\n\nPreferred Qualifications\n- Strong writing skills\n- Minimum 2 years in a lab\n\n"
        "Skills\n- Titration\n- Chromatography\n"
    )
    _, found = _run(text, LIST_FIELDS)
    assert found["preferred_qualifications"].value == ["Strong writing skills"]
    assert found["minimum_qualifications"].value == ["Minimum 2 years in a lab", "Titration", "Chromatography"]


def test_required_and_preferred_clauses_of_one_item_are_two_items():
    text = "Clerk\n\nRequirements\n- High school diploma required; associate degree preferred\n- Typing; filing; phones\n"  # one-word clauses stay one item
    _, found = _run(text, LIST_FIELDS)
    assert found["minimum_qualifications"].value == ["High school diploma required", "Typing; filing; phones"]
    assert found["preferred_qualifications"].value == ["associate degree preferred"]


@pytest.mark.parametrize(
    "block, duties, minimum",
    [
        (  # a board's "Requirements" block that lists the job's tasks, no duties section: duties
            "- Inspect pumps before start-up\n- Keep records of all tests\n- Coordinate with vendor crews\n"
            "- Report progress to the supervisor\n- Possible weekend call-outs\n",
            ["Inspect pumps before start-up", "Keep records of all tests", "Coordinate with vendor crews",
             "Report progress to the supervisor", "Possible weekend call-outs"],
            None,
        ),
        (  # requirements that open with a verb now and then stay requirements
            "- Maintain a valid driving licence\n- Two years in a warehouse\n- Lift 25 kg\n- Work weekends\n",
            None,
            ["Maintain a valid driving licence", "Two years in a warehouse", "Lift 25 kg", "Work weekends"],
        ),
    ],
)
def test_requirements_block_that_lists_duties(block, duties, minimum):
    _, found = _run("Commissioning Assistant\n\nRequirements\n" + block, LIST_FIELDS)
    got = {f: (found[f].value if f in found else None) for f in ("responsibilities", "minimum_qualifications")}
    assert got == {"responsibilities": duties, "minimum_qualifications": minimum}


@pytest.mark.parametrize(
    "text, minimum, preferred",
    [
        (  # a board's screening footer repeats the list: not items
            "Accountant\n\nRequirements\n- Three years in accounting\n- Tally ERP\n\nJob Types: Full-time\n\n"
            "Education:\nBachelor's (Preferred)\n\nExperience:\nAccounting: 3 years (Required)\n\nReport job\n",
            ["Three years in accounting", "Tally ERP"],
            None,
        ),
        (  # without a list of its own, the screening lines are what the posting asks
            "Accountant\n\nWe need an accountant.\n\nExperience:\nAccounting: 3 years (Required)\n",
            ["Accounting: 3 years (Required)"],
            None,
        ),
        (  # board lines after a short list and a blank line, then a board's UI heading
            "Cloud Engineer\n\nNice to have:\n- Azure Policy\n- Insurance background\n\n"
            "Acme Staffing | 200 Main St, Chicago, IL 60606\n\nSimilar Jobs\nDevOps Engineer - Remote\n",
            None,
            ["Azure Policy", "Insurance background"],
        ),
    ],
)
def test_board_footers_are_no_items(text, minimum, preferred):
    _, found = _run(text, LIST_FIELDS)
    got = {f: (found[f].value if f in found else None) for f in ("minimum_qualifications", "preferred_qualifications")}
    assert got == {"minimum_qualifications": minimum, "preferred_qualifications": preferred}


@pytest.mark.parametrize(
    "text, minimum",
    [
        (  # run-in labels, a heading in capitals and an announcing sentence are no items; a capitals label is cut off
            "Lab Technician\n\nQualifications\nBASIC REQUIREMENTS FOR ALL GRADES. Foreign Graduates. Applicants must hold a "
            "recognised degree in biology. To qualify, you must meet the following criteria. SUBSTITUTION OF EDUCATION FOR EXPERIENCE: "
            "A master's degree in a related science.\n",
            ["Applicants must hold a recognised degree in biology.", "A master's degree in a related science."],
        ),
        (  # a numbered label-like item on its own marker stays ("2. CDL Driver's License.")
            "Mechanic\n\nRequirements\n1. A High School Diploma or GED. 2. CDL Driver's License. 3. Three years of fleet repair.\n",
            ["A High School Diploma or GED.", "CDL Driver's License.", "Three years of fleet repair."],
        ),
        (  # numbered criteria under a rating lead are how applicants are rated, not items
            "Network Specialist\n\nQualifications\nMust have 36 months of network experience.\nKSA's: Candidates will be "
            "evaluated on the basis of the KSA's listed below. 1. Knowledge of routing protocols. 2. Ability to write reports.\n",
            ["Must have 36 months of network experience."],
        ),
        (  # explanatory "Examples of …" text is no item; an announcing intro is cut off its first item
            "Forester\n\nQualifications\nSpecialized experience is defined as: planning timber sales on public land. "
            "Examples of specialized experience include reforestation and stand inventory.\n",
            ["planning timber sales on public land."],
        ),
        (  # a heading in capitals run in with no colon is cut off (it names the list kind); acronyms opening an item stay
            "Lab Technician\n\nQualifications\nMINIMUM EDUCATION REQUIREMENTS A degree in chemistry or biology. "
            "BASIC REQUIREMENTS: 0401 BIOLOGICAL SCIENTIST Holds a degree in biology. SQL SSIS Experience with reporting.\n",
            ["A degree in chemistry or biology.", "Holds a degree in biology.", "SQL SSIS Experience with reporting."],
        ),
    ],
)
def test_federal_qualification_prose(text, minimum):
    _, found = _run(text, LIST_FIELDS)
    assert found["minimum_qualifications"].value == minimum


@pytest.mark.parametrize(
    "body, items",
    [
        ("2:1 degree in Computer Science or similarAt least 2+ years as a team leadAt least 5 years of backend work",
         ["2:1 degree in Computer Science or similar", "At least 2+ years as a team lead", "At least 5 years of backend work"]),
        ("Familiarity with CI (e.g. Jenkins) and automated testingIn-depth knowledge of web security issues",
         ["Familiarity with CI (e.g. Jenkins) and automated testing", "In-depth knowledge of web security issues"]),
        ("Solid grasp of how DNS and URLs work (routing, caching, etc.)Genuine curiosity about technical concepts",
         ["Solid grasp of how DNS and URLs work (routing, caching, etc.)", "Genuine curiosity about technical concepts"]),
        ("Data center work, including cabling Experience with Windows Active Directory Experience with VMware ESXi hosts",
         ["Data center work, including cabling", "Experience with Windows Active Directory", "Experience with VMware ESXi hosts"]),
        # a bare comma before a capitalised phrase, three times or more, is where the line breaks were
        ("Hold a forklift licence,Work well in a small crew,Lift up to 20 kg,Start at 6 am on weekdays",
         ["Hold a forklift licence", "Work well in a small crew", "Lift up to 20 kg", "Start at 6 am on weekdays"]),
        # ... but a name list without spaces and a single bare comma are no joins
        ("Skills in Python,Java,Ruby and Go", ["Skills in Python,Java,Ruby and Go"]),
        ("Fluent written English,Good spoken French", ["Fluent written English,Good spoken French"]),
    ],
)
def test_split_glued_items_round_three(body, items):
    assert [i.value for i in split_items(body, 0, len(body), glued=True)] == items


def test_task_lines_under_a_role_heading_without_bullets():
    text = (
        "Analytics Lead\n\nJob Description\nWe are a marketplace app based in London.\n\nAbout the Role\n"
        "Use data mining to find patterns in our sales data\nDesign hypothesis tests and evaluate their results\n"
        "Work with the product team to build data tools\nAutomate routine reports for each team\n\n"
        "About You\n- Three years in analytics\n"
    )
    _, found = _run(text, LIST_FIELDS)
    assert found["responsibilities"].value == [
        "Use data mining to find patterns in our sales data",
        "Design hypothesis tests and evaluate their results",
        "Work with the product team to build data tools",
        "Automate routine reports for each team",
    ]


@pytest.mark.parametrize(
    "description, minimum, preferred",
    [
        (
            "We are looking for a Media Planner to join our team. You will need trafficking experience and a knowledge of ad "
            "serving. The right candidate will be an integral part of our team.",
            ["Python and SQL", "You will need trafficking experience and a knowledge of ad serving."],
            None,
        ),
        (
            "The ideal candidate will bring energy to everything they do. We are looking for someone with a passion for "
            "manufacturing. You will need to attend trade fairs.",
            ["Python and SQL", "The ideal candidate will bring energy to everything they do.",
             "We are looking for someone with a passion for manufacturing."],
            None,
        ),
        (
            "Ideally, you have contacts at furniture brands.",
            ["Python and SQL"],
            ["Ideally, you have contacts at furniture brands."],
        ),
    ],
)
def test_requirements_stated_in_the_description(description, minimum, preferred):
    text = "Media Planner\n\nJob Description\n" + description + "\n\nRequirements\n- Python and SQL\n- \n"
    _, found = _run(text, LIST_FIELDS)
    got = {f: (found[f].value if f in found else None) for f in ("minimum_qualifications", "preferred_qualifications")}
    assert got == {"minimum_qualifications": minimum, "preferred_qualifications": preferred}


def test_optional_heading_glued_after_a_qualifications_heading():
    text = (
        "Support Manager\n\nRequirements\n- Five years in support\n\nQualifications:Desired Qualifications (not required but desired)\n"
        "Industry certifications such as MCSA or VCP\nExperience with network security concepts\n"
    )
    _, found = _run(text, LIST_FIELDS)
    assert found["preferred_qualifications"].value == [
        "Industry certifications such as MCSA or VCP",
        "Experience with network security concepts",
    ]


@pytest.mark.parametrize(
    "text, field, expected",
    [
        (  # a paragraph ending in an intro keeps its sentences before the intro; an intro that is process text drops its block
            "Budget Analyst\n\nRequirements\nApplicants must hold a degree in finance. Two years of budget work are needed. "
            "Displaced employees may receive selection priority if:\n1) they apply on time\n2) they are well qualified\n",
            "minimum_qualifications",
            ["Applicants must hold a degree in finance.", "Two years of budget work are needed."],
        ),
        (  # lettered entries run into one paragraph are cut like numbered ones
            "Lab Technician\n\nQualifications\nBASIC REQUIREMENTS a. Licensure. Hold a current state licence. b. Education. "
            "A degree in chemistry or biology.\n",
            "minimum_qualifications",
            ["Licensure. Hold a current state licence.", "Education. A degree in chemistry or biology."],
        ),
        (  # "(a) … ; (b) …" in lower case inside one sentence stays one item
            "Engineer\n\nRequirements\nCourses in three of these areas: (a) statics; (b) optics; (c) thermodynamics.\n",
            "minimum_qualifications",
            ["Courses in three of these areas: (a) statics; (b) optics; (c) thermodynamics."],
        ),
        (  # process text run on after an item, with a space or glued, is cut off; a screening question is no item
            "Support Agent\n\nRequirements\n- Strong typing skillsPlease send your CV to the address below\n"
            "- Two years in a call centre Experience refers to paid work only\n- What makes you a great agent?\n",
            "minimum_qualifications",
            ["Strong typing skills", "Two years in a call centre"],
        ),
        (  # a competency and its ';' definition is one item; under a rating lead, such competencies are no items
            "Clerk\n\nQualifications\n- Must have one year of office work.\n- Teamwork - Cooperates with others; shares "
            "information; supports group goals.\n- Applicants will be rated on the following skills.\n"
            "- Writing - Drafts clear letters; checks grammar; edits drafts.\n",
            "minimum_qualifications",
            ["Must have one year of office work.", "Teamwork - Cooperates with others; shares information; supports group goals."],
        ),
        (  # in a long paragraph, an "OR" option keeps the sentences that go on with it (the joining "OR" itself is no part of the item)
            "Surveyor\n\nQualifications\nA degree in surveying or geodesy from an accredited school is the first way to qualify for this post. "
            "Applicants will find the full standard on the agency site. OR B. Four years of field survey work. This work included "
            "boundary and control surveys. In addition, hold a state surveyor licence. (Attach your licence to the form.)\n",
            "minimum_qualifications",
            ["A degree in surveying or geodesy from an accredited school is the first way to qualify for this post.",
             "Applicants will find the full standard on the agency site.",
             "B. Four years of field survey work. This work included boundary and control surveys. In addition, hold a state surveyor licence.",
             "(Attach your licence to the form.)"],
        ),
        (  # what the hire has, inside a duties list, is a qualification
            "Warehouse Associate\n\nResponsibilities\n- Load and unload trucks\n- Ability to lift 40 pounds\n"
            "- Accuracy in picking is required\n- Has experience with pallet trucks\n",
            "minimum_qualifications",
            ["Ability to lift 40 pounds", "Accuracy in picking is required", "Has experience with pallet trucks"],
        ),
        (  # ... and stays out of the duties
            "Warehouse Associate\n\nResponsibilities\n- Load and unload trucks\n- Ability to lift 40 pounds\n",
            "responsibilities",
            ["Load and unload trucks"],
        ),
    ],
)
def test_list_rules_round_four(text, field, expected):
    _, found = _run(text, LIST_FIELDS)
    assert (found[field].value if field in found else None) == expected


@pytest.mark.parametrize(
    "text, minimum, preferred",
    [
        (  # a known heading glued between a sentence and an inline bullet opens its section
            "Tech Support\n\nJob Description\nWe pay weekly!!Key Requirements• Calm on the phone• Basic networking knowledge\n",
            ["Calm on the phone", "Basic networking knowledge"],
            None,
        ),
        (  # a "Must haves:" intro glued to its first item names a required list
            "PHP Developer\n\nJob Description\nWe build shops.\nMust haves:Solid PHP and MySQL\nClean code habits\n",
            ["Solid PHP and MySQL", "Clean code habits"],
            None,
        ),
        (  # a long intro naming "the following" and a preferred mark files its items as preferred
            "Java Developer\n\nRequirements\n- Three years of Java\nKnowledge of any of the following tools would be a real advantage for "
            "the new developer in our team:\n- Kafka\n- Redis\n",
            ["Three years of Java"],
            ["Kafka", "Redis"],
        ),
        (  # "You will have …" states a requirement, not a duty
            "Media Buyer\n\nJob Description\nYou will plan campaigns for our clients. You will have three years of agency experience.\n",
            ["You will have three years of agency experience."],
            None,
        ),
    ],
)
def test_headings_and_intros_round_four(text, minimum, preferred):
    _, found = _run(text, LIST_FIELDS)
    got = {f: (found[f].value if f in found else None) for f in ("minimum_qualifications", "preferred_qualifications")}
    assert got == {"minimum_qualifications": minimum, "preferred_qualifications": preferred}


def test_headings_glued_in_the_body_of_a_run_in_heading():
    """A heading run into its body on the same line no longer hides the headings glued later in
    that body: pay text ends Preferred, a requirements label re-opens the required list."""
    text = (
        "Staff Nurse\n\nQualifications\nA current nursing licence.\n"
        "Desired Experience: 2 years of ward experience Salary Information: Pay is set by the nursing board. "
        "The board reviews each file. Education and Experience Requirements: Grade I - A diploma in nursing. "
        "Grade II - A BSN and one year of practice.\n"
    )
    _, found = _run(text, LIST_FIELDS)
    assert found["preferred_qualifications"].value == ["2 years of ward experience"]
    assert found["minimum_qualifications"].value == [
        "A current nursing licence.", "Grade I - A diploma in nursing.", "Grade II - A BSN and one year of practice."
    ]


def test_bullet_glyph_glued_to_its_item_opens_an_item():
    """"•Handles …" (no space after the glyph) on each line is a bullet: one item per line, glyph left out."""
    text = (
        "Account Manager\n\nKey Duties:\n•Handles client calls and visits.\n•Prepares monthly sales reports.\n"
        "•Trains new staff on the ordering system.\n"
    )
    _, found = _run(text, LIST_FIELDS)
    assert found["responsibilities"].value == [
        "Handles client calls and visits.", "Prepares monthly sales reports.", "Trains new staff on the ordering system."
    ]


@pytest.mark.parametrize(
    "lines, expected",
    [
        (["-minimum 2 years on a crew", "-Fall Protection certificate"], ["minimum 2 years on a crew", "Fall Protection certificate"]),
        (["-Truckkort A och B", "-God samarbetsförmåga"], ["Truckkort A och B", "God samarbetsförmåga"]),
        (["-Führerschein Klasse B", "-Teamfähigkeit"], ["Führerschein Klasse B", "Teamfähigkeit"]),
    ],
)
def test_dash_glued_to_its_item_is_a_bullet(lines, expected):
    """"-Item" (no space after the dash) on each line is a bullet, whatever the case of the item's first letter."""
    text = "Roofer\n\nRequirements:\n" + "\n".join(lines) + "\n"
    _, found = _run(text, LIST_FIELDS)
    assert found["minimum_qualifications"].value == expected


def test_a_swedish_ad_fills_its_lists():
    text = (
        "Lagerarbetare\nAcme AB\n\nOm jobbet\nVi växer och söker fler kollegor till vårt lager.\n\nDina arbetsuppgifter\n"
        "- Plocka och packa order\n- Ta emot gods\n\nVem är du?\n- Truckkort A och B\n- Erfarenhet av WMS är meriterande\n\n"
        "Vi erbjuder\n- Friskvårdsbidrag\n\nAnsök idag – urval sker löpande.\n"
    )
    _, found = _run(text, LIST_FIELDS)
    assert found["responsibilities"].value == ["Plocka och packa order", "Ta emot gods"]
    assert found["minimum_qualifications"].value == ["Truckkort A och B"]
    assert found["preferred_qualifications"].value == ["Erfarenhet av WMS är meriterande"]


@pytest.mark.parametrize(
    "text, field, expected",
    [
        (  # a heading whose words say "useful"/"helpful"/"beneficial" names a preferred list
            "Web Developer\n\nRequirements\n- Three years of PHP\n\nHelpful Skills:\n- Docker\n- Basic UX sketching\n",
            "preferred_qualifications",
            ["Docker", "Basic UX sketching"],
        ),
        (
            "Web Developer\n\nRequirements\n- Three years of PHP\n\nBeneficial experience:\n- Magento shops\n- Payment gateways\n",
            "preferred_qualifications",
            ["Magento shops", "Payment gateways"],
        ),
        (  # '-' bullets a scrape ran into the first one's line, each a phrase of four words or more
            "Tutor\n\nRequirements\n- Every tutor must hold a degree - Every tutor must pass a background check\n",
            "minimum_qualifications",
            ["Every tutor must hold a degree", "Every tutor must pass a background check"],
        ),
        (  # ... but a label and its text stay one item
            "Tutor\n\nRequirements\n- Maths Tutoring - patient explanations of algebra for teenagers\n",
            "minimum_qualifications",
            ["Maths Tutoring - patient explanations of algebra for teenagers"],
        ),
        (  # a closing bracket run into the next item's capitalised word, and a count of years after a full stop
            "Network Engineer\n\nRequirements\nCisco routing (CCNA)Linux administration for mail servers\n"
            "A degree in computing is required.5+ years of network support\n",
            "minimum_qualifications",
            ["Cisco routing (CCNA)", "Linux administration for mail servers", "A degree in computing is required.",
             "5+ years of network support"],
        ),
        (  # the tail of a sentence broken inside a word on the line above is no item
            "Nurse\n\nRequirements\nAn active nursing licence.\nTwo years on a surgical ward, paid or volunteer (e.g., Red Cross, Teach for\n"
            "All) and similar groups.\n",
            "minimum_qualifications",
            # (the line above stops on "for", so the tail is joined to it: the sentence whole)
            ["An active nursing licence.", "Two years on a surgical ward, paid or volunteer (e.g., Red Cross, Teach for All) and similar groups."],
        ),
        (  # a short Title Case label between sentences of an unbulleted list is a sub-heading, not an item
            "Barista\n\nResponsibilities\nFront Counter\nTaking orders from guests at the till.\nServing drinks within five minutes.\n"
            "Back Room\nWashing cups and jugs after each rush.\nWiping the tables between guests.\nFluent in Spanish\n"
            "Counting the float at closing time.\n",
            "responsibilities",
            ["Taking orders from guests at the till.", "Serving drinks within five minutes.", "Washing cups and jugs after each rush.",
             "Wiping the tables between guests.", "Fluent in Spanish", "Counting the float at closing time."],
        ),
        (  # pieces cut from a bulleted line are items of their own, not wrapped lines of the one before
            "Courier\n\nRequirements\n- Every courier must hold a clean licence.You should know the city well\n",
            "minimum_qualifications",
            ["Every courier must hold a clean licence.", "You should know the city well"],
        ),
        (  # application text glued after an item is cut off
            "Courier\n\nRequirements\n- A clean driving licence\n- Good spoken EnglishIf you are interested, call the depot\n",
            "minimum_qualifications",
            ["A clean driving licence", "Good spoken English"],
        ),
        (  # "You will <do> …" inside a requirements list is what the hire does; "You will need …" stays a requirement
            "Call Agent\n\nRequirements\n- You will be taking inbound calls from tenants.\n- You will need a quiet room at home\n"
            "- You will find our handbook online.\n\nBenefits\n- Paid training\n",
            "responsibilities",
            ["You will be taking inbound calls from tenants."],
        ),
        (  # physical ability is a requirement: a "Physical Requirements:" label run in after a reference heading in capitals
            "Staff Nurse\n\nQualifications\nA current nursing licence.\n\nPreferred Experience\nTwo years on a surgical ward.\n"
            "Reference: Handbook 12, Appendix B NURSE QUALIFICATION "
            "STANDARD Physical Requirements: Lifting (up to 20 lbs); Standing (up to 6 hours); Near vision correctable to 20/40.\n",
            "minimum_qualifications",
            ["A current nursing licence.", "Lifting (up to 20 lbs)", "Standing (up to 6 hours)", "Near vision correctable to 20/40."],
        ),
        (  # an intro naming a list run on after a word of the paragraph with one space, its ';' items after it
            "Support Engineer\n\nJob Description\nYou will look after our hosting platform Ideally we are looking for someone with:"
            "Debian experience;Backup tooling such as Bacula, Restic;Bash scripting Bonus points if you have:Ansible playbooks;"
            "Grafana dashboards;On-call experience\n",
            "preferred_qualifications",
            ["Ansible playbooks", "Grafana dashboards", "On-call experience"],
        ),
        (
            "Support Engineer\n\nJob Description\nYou will look after our hosting platform Ideally we are looking for someone with:"
            "Debian experience;Backup tooling such as Bacula, Restic;Bash scripting Bonus points if you have:Ansible playbooks;"
            "Grafana dashboards;On-call experience\n",
            "minimum_qualifications",
            ["Debian experience", "Backup tooling such as Bacula, Restic", "Bash scripting"],
        ),
        (  # an intro naming the traits the hire has, glued to its first item; a negative intro after it ends the list
            "Car Sales\n\nJob Description\nWe sell used cars.\nWe hire people with these qualities:Patience\nPunctuality\n"
            "A head for numbers\nWhat we do not want:People who skip shifts\nPeople who argue with customers\n",
            "minimum_qualifications",
            ["Patience", "Punctuality", "A head for numbers"],
        ),
        (  # '-' bullets glued after a bracket or an acronym, and tight after an intro's colon
            "Marketing Exec\n\nKey responsibilities\n- Press releases (two a month)- Partner events for the CEO- Media lists for PR- Newsletter "
            "copy for members\n",
            "responsibilities",
            ["Press releases (two a month)", "Partner events for the CEO", "Media lists for PR", "Newsletter copy for members"],
        ),
        (
            "Office Junior\n\nJob Description\nThe role will involve:-Answering the phones in the office-Filing client letters by date"
            "-Ordering stationery for the team\n",
            "responsibilities",
            ["Answering the phones in the office", "Filing client letters by date", "Ordering stationery for the team"],
        ),
        (  # '*' bullets glued to the item before them, three or more in a line
            "Leasing Agent\n\nJob Description\nA typical day may include: *Contacting tenants before each move-in*Updating repair "
            "requests in the portal*Answering calls from visitors\n",
            "responsibilities",
            ["Contacting tenants before each move-in", "Updating repair requests in the portal", "Answering calls from visitors"],
        ),
    ],
)
def test_list_rules_round_five(text, field, expected):
    _, found = _run(text, LIST_FIELDS)
    assert (found[field].value if field in found else None) == expected


@pytest.mark.parametrize(
    "sentence, minimum, preferred",
    [
        ("A current forklift licence is required.", ["A current forklift licence is required."], None),
        ("Knowledge of Xero is a plus.", None, ["Knowledge of Xero is a plus."]),
        ("Some background in retail would be beneficial.", None, ["Some background in retail would be beneficial."]),
        ("Weekend travel is required.", None, None),  # a statement about the role, no qualification named
        ("No prior experience is required.", None, None),
    ],
)
def test_requirement_stated_at_the_end_of_a_description_sentence(sentence, minimum, preferred):
    text = "Store Assistant\n\nJob Description\nWe run three shops in town. " + sentence + "\n\nResponsibilities\n- Serve customers\n"
    _, found = _run(text, LIST_FIELDS)
    got = {f: (found[f].value if f in found else None) for f in ("minimum_qualifications", "preferred_qualifications")}
    assert got == {"minimum_qualifications": minimum, "preferred_qualifications": preferred}


_UK_ADVERT = (
    "Data Engineer\nDepartment for Transport\n\nAbout the job\nJob summary\nWe move people and goods.\n\n"
    "Job description\nYou will:\nBuild pipelines for the rail data platform\nReview the code of other engineers\n\n"
    "Person specification\nEssential criteria:\nExperience of Python and SQL in a production setting\nKnowledge of cloud data services\n"
    "Behaviours\nWe'll assess you against these behaviours during the selection process:\nDelivering at Pace\nWorking Together\n"
    "Technical skills\nWe'll assess you against these technical skills during the selection process:\nData engineering\n\n"
    "Benefits\nA Civil Service Pension\n\nThings you need to know\nSelection process details\n"
    "This vacancy is using Success Profiles, and will assess your Behaviours and Experience.\n"
    "Stage 1: Application\nExperience\nYour CV will be used to assess your suitability for the role\n"
    "Security\nSuccessful candidates must undergo a criminal record check.\n"
    "Nationality requirements\nUK nationals\nnationals of the Republic of Ireland\n"
    "Working for the Civil Service\nThe Civil Service Code sets out the standards of behaviour expected of civil servants.\n"
    "Apply and further information\nContact point for applicants\nJob contact :\nEmail :\n[email removed]\n"
)


def test_uk_public_sector_advert_sections_route():
    """Board sections of a UK government advert: assessed behaviours and skills, the selection
    steps and their "Experience" sub-block, security, nationality and contact blocks are no items."""
    _, found = _run(_UK_ADVERT, LIST_FIELDS)
    assert found["minimum_qualifications"].value == ["Experience of Python and SQL in a production setting", "Knowledge of cloud data services"]
    assert found["responsibilities"].value == ["Build pipelines for the rail data platform", "Review the code of other engineers"]
    assert "preferred_qualifications" not in found


@pytest.mark.parametrize(
    "block, expected",
    [
        (  # a PDF's hard wrap: the longest line (two lines merged where a hyphen broke a word) does not set the width
            "Build and test the integration services of the platform in a cloud first\n"
            "environment using Dynamics and Power Platform in Microsoft Azure\n"
            "Share knowledge with your wider team, champion our culture of learning, crosscompany collaboration and teamwork\n"
            "Identify defects, incidents, risks and issues in line with our standards\n"
            "Assist in implementing toolkits and APIs for purposes such as integration and\n"
            "performance optimisation, security and scalability of the services\n",
            [
                "Build and test the integration services of the platform in a cloud first environment using Dynamics and Power Platform in Microsoft Azure",
                "Share knowledge with your wider team, champion our culture of learning, crosscompany collaboration and teamwork",
                "Identify defects, incidents, risks and issues in line with our standards",
                "Assist in implementing toolkits and APIs for purposes such as integration and performance optimisation, security and scalability of the services",
            ],
        ),
        (  # the wrapped line stops on a word no item ends with, or the next opens a bracket
            "Build web applications in the modern frontend stack of the team using\n"
            "Typescript and React for the analysts of the policy teams\n"
            "Run the network of the department including its wide area network\n"
            "(WAN), WIFI and data centre networks across the estate\n"
            "Review the code of other engineers\n",
            [
                "Build web applications in the modern frontend stack of the team using Typescript and React for the analysts of the policy teams",
                "Run the network of the department including its wide area network (WAN), WIFI and data centre networks across the estate",
                "Review the code of other engineers",
            ],
        ),
        (  # a short line of heading words over a longer item labels its group
            "Technical\nBuild services with the platform team in the cloud\nBehavioural\n"
            "Work collaboratively with stakeholders and share knowledge\n",
            ["Build services with the platform team in the cloud", "Work collaboratively with stakeholders and share knowledge"],
        ),
    ],
)
def test_pdf_blocks_without_bullets(block, expected):
    text = "Developer\n\nResponsibilities\n" + block
    _, found = _run(text, LIST_FIELDS)
    assert found["responsibilities"].value == expected


def test_trait_entries_in_a_duties_list_are_qualifications():
    """A DDaT "At this role level, you will:" list: "Have a good understanding of …" states what the hire has."""
    text = (
        "Network Engineer\n\nAt this role level, you will:\n- Design the network of the department\n"
        "- Have a good understanding of most network technologies including LAN and WAN\n"
    )
    _, found = _run(text, LIST_FIELDS)
    assert found["responsibilities"].value == ["Design the network of the department"]
    assert found["minimum_qualifications"].value == ["Have a good understanding of most network technologies including LAN and WAN"]


@pytest.mark.parametrize(
    "text, duties, minimum",
    [
        # arrows as bullets; "You might be a fit if" over the requirements
        ("Designer\n\nWhat you'll work on\n→ Redesign the logging flows\n→ Run usability tests\n\nYou might be a fit if\n→ You have 4+ years designing mobile products\n→ You work in Figma\n",
         ["Redesign the logging flows", "Run usability tests"], ["You have 4+ years designing mobile products", "You work in Figma"]),
        # a description that is nothing but a list holds the duties, in any language
        ("Skladiščnik\n\nOpis delovnega mesta:\n– prevzem in izdaja blaga,\n– popis zalog,\n– komisioniranje naročil,\n– skrb za red v skladišču.\n\nPričakujemo:\n– veljavno izkaznico za viličar\n",
         ["prevzem in izdaja blaga", "popis zalog", "komisioniranje naročil", "skrb za red v skladišču."], ["veljavno izkaznico za viličar"]),
        # a PDF's cp1252 bullet and apostrophe
        ("Developer\n\nWhat you\x92ll do:\n\x95 Deliver features across both services.\n\x95 Operate production services.\nWhat you\x92ll bring:\n\x95 Strong experience in Python.\n",
         ["Deliver features across both services.", "Operate production services."], ["Strong experience in Python."]),
    ],
)
def test_list_layouts_of_other_boards(text, duties, minimum):
    _, found = _run(text, ["responsibilities", "minimum_qualifications"])
    assert found["responsibilities"].value == duties
    assert found["minimum_qualifications"].value == minimum


def test_duties_under_a_must_intro_in_a_duties_section_stay_duties():
    text = (
        "Site Engineer\nLeeds\n\nAbout the job\nWe build bridges across the north.\n\nKey Responsibilities\n"
        "Due to the weekly pace of our release cycle, you must:\n"
        "Support the site team during each handover.\n"
        "Ensure every change is signed off before the weekend.\n"
        "Experience of change control.\n"
    )
    _, found = _run(text, LIST_FIELDS)
    assert found["responsibilities"].value == ["Support the site team during each handover.", "Ensure every change is signed off before the weekend."]
    assert found["minimum_qualifications"].value == ["Experience of change control."]  # a qualification keeps the intro's kind


@pytest.mark.parametrize(
    "body, items",
    [
        # a line closed by a comma runs on into the next, whatever its case
        ("Responsibilities\n"
         "Work with teams to define and embed Service Level Indicators (SLIs),\n"
         "Service Level Objectives (SLOs) and error budgets in a pragmatic way.\n"
         "Support the development and continual improvement of CI/CD pipelines.\n",
         ["Work with teams to define and embed Service Level Indicators (SLIs), Service Level Objectives (SLOs) and error budgets in a pragmatic way.",
          "Support the development and continual improvement of CI/CD pipelines."]),
        # a quoted value closed by '",' is no wrap (a JSON dump's list)
        ("Responsibilities\n"
         "\"Handle export documentation costing, LC reconciliations and foreign currency accounts\",\n"
         "\"Prepare VAT, WHT and EPF/ETF returns on time\"\n",
         ["\"Handle export documentation costing, LC reconciliations and foreign currency accounts\"",
          "\"Prepare VAT, WHT and EPF/ETF returns on time\""]),
        # a short full-stopped line under a long open one is the end of its sentence
        ("Responsibilities\n"
         "Work with others to develop risk-based test strategies, test approaches\n"
         "and test plans that achieve functional and non-functional\n"
         "quality outcomes.\n"
         "Degree or equivalent experience in Computer Science or Information\n"
         "Technology.\n",
         ["Work with others to develop risk-based test strategies, test approaches and test plans that achieve functional and non-functional quality outcomes.",
          "Degree or equivalent experience in Computer Science or Information Technology."]),
        # ... also across a page break's blank line, when it goes on in lower case
        ("Responsibilities\n"
         "Deliver the system components that integrate our debt management system with the\n"
         "operational systems, which enable front-line teams to perform debt collection\n"
         "\n"
         "activities.\n"
         "Review business requirements with the technical leads.\n",
         ["Deliver the system components that integrate our debt management system with the operational systems, which enable front-line teams to perform debt collection activities.",
          "Review business requirements with the technical leads."]),
        # a hard-wrapped paragraph beside the bullets is one item, not one per line (set apart by a blank line: one right
        # above the bullets that only leads into them is no item, see test_rules_ci_logs_gulf_notices)
        ("Responsibilities\n"
         "As a lead developer you will turn the technical direction set by the architect\n"
         "into clear and deliverable designs, and lead a group of developers to build\n"
         "secure and accessible software.\n"
         "\n"
         "- Lead the design and delivery of products\n"
         "- Mentor developers\n",
         ["As a lead developer you will turn the technical direction set by the architect into clear and deliverable designs, and lead a group of developers to build secure and accessible software.",
          "Lead the design and delivery of products", "Mentor developers"]),
    ],
    ids=["comma_wrap", "quoted_values", "short_tail", "tail_after_page_break", "prose_beside_bullets"],
)
def test_hard_wrapped_fragments_join_their_sentence(body, items):
    _, found = _run(body, ["responsibilities"])
    assert found["responsibilities"].value == items


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # after the lists, the selection part's list headings name what the sift checks: no items
            "Analyst\n\nResponsibilities\n- Build reports\n- Maintain dashboards\n\nEssential criteria\n- Strong SQL\n- Clear writing\n\n"
            "Selection process details\nWe assess your CV.\n\nEligibility\n- Download the app from the store\n- Keep your National Insurance number\n\n"
            "Technical skills\n- Merit list\n",
            {"responsibilities": ["Build reports", "Maintain dashboards"], "minimum_qualifications": ["Strong SQL", "Clear writing"]},
        ),
        (  # a posting whose only list follows the selection heading keeps it
            "Analyst\n\nJob description\nWe analyse data.\n\nHow to apply\nSend a CV.\n\nRequirements\n- Strong SQL\n- Clear writing\n",
            {"responsibilities": None, "minimum_qualifications": ["Strong SQL", "Clear writing"]},
        ),
        (  # a short question after a blank line opens a block of its own: the tools below are no duties
            "Engineer\n\nYou will:\nLead and support a team of engineers.\nBuild strong working relationships with product colleagues.\n\n"
            "What tech will you be using?\nAWS and Azure\nTerraform\nPython and Django framework\n",
            {"responsibilities": ["Lead and support a team of engineers.", "Build strong working relationships with product colleagues."], "minimum_qualifications": None},
        ),
    ],
    ids=["selection_part", "only_list_after_apply", "question_block"],
)
def test_list_items_come_from_the_lists_of_the_job(text, expected):
    _, found = _run(text, ["responsibilities", "minimum_qualifications"])
    assert {f: (found[f].value if f in found else None) for f in expected} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a sentence leading into what the selection assesses: the skill names below are no requirements
            "Developer\n\nResponsibilities\n- Build services\n- Review code\n\nEssential criteria\n- Experience of C#\n- Experience of SQL\n\n"
            "Technical Professional Skills\nWe will be assessing your experience and specialist technical skills against\n"
            "the following skills defined in the Capability Framework.\nInformation security\nSystem design\nUser focus\n",
            {"responsibilities": ["Build services", "Review code"], "minimum_qualifications": ["Experience of C#", "Experience of SQL"]},
        ),
        (  # a requirements block of duties ("Design, develop …" counts) in a posting without a duties section
            "Developer\n\nPerson specification\nDesign, develop and maintain secure digital services.\nBuild and maintain cloud applications.\n"
            "Coach other developers.\nSupport rapid prototyping.\n",
            {"responsibilities": ["Design, develop and maintain secure digital services.", "Build and maintain cloud applications.",
                                 "Coach other developers.", "Support rapid prototyping."], "minimum_qualifications": None},
        ),
    ],
    ids=["assessed_skills", "duties_block_with_comma"],
)
def test_assessed_criteria_and_duty_blocks(text, expected):
    _, found = _run(text, ["responsibilities", "minimum_qualifications"])
    assert {f: (found[f].value if f in found else None) for f in expected} == expected


@pytest.mark.parametrize(
    "text, field, expected",
    [
        (  # an intro closed by ':' right under a list heading opens that heading's list, not a section of its own
            "Engineer\n\nResponsibilities\nThe role will include:\nDevelop and enhance software solutions.\nCoach and mentor colleagues.\n\n"
            "Person specification\n- Experience of Python\n- Experience of SQL\n",
            "responsibilities",
            ["Develop and enhance software solutions.", "Coach and mentor colleagues."],
        ),
        (  # a hard-wrapped block whose items close with a stop: an open line at the width goes on, whatever the next line's case
            "Engineer\n\nResponsibilities\n"
            "Work with the Product Manager to design, implement, and develop\n"
            "SharePoint Online and Power Platform service models, ensuring that\n"
            "administration and governance best practices are followed.\n"
            "Provide technical administration for the SharePoint Online and Power\n"
            "Platform services ensuring end user access is automatable and auditable.\n"
            "Support the service desk.\n",
            "responsibilities",
            ["Work with the Product Manager to design, implement, and develop SharePoint Online and Power Platform service models, "
             "ensuring that administration and governance best practices are followed.",
             "Provide technical administration for the SharePoint Online and Power Platform services ensuring end user access is automatable and auditable.",
             "Support the service desk."],
        ),
        (  # ... not a scraped block, one item a line of any length: an open long line there is an item
            "Engineer\n\nResponsibilities\n"
            "Own the design, delivery and operation of the data platform used by our analysts and the trading desks in three countries\n"
            "Build and run the pipelines that feed the platform.\n"
            "Review code written by other engineers in the team.\n"
            "Keep the documentation of the platform up to date for every team that relies on it.\n",
            "responsibilities",
            ["Own the design, delivery and operation of the data platform used by our analysts and the trading desks in three countries",
             "Build and run the pipelines that feed the platform.",
             "Review code written by other engineers in the team.",
             "Keep the documentation of the platform up to date for every team that relies on it."],
        ),
        (  # a line ending on '/' or '&', or with a bracket left open, goes on below
            "Engineer\n\nEssential criteria\n"
            "Degree in an appropriate discipline (Object Oriented Programming (OOP)/\n"
            "Functional Programming, Software Engineering Principles, Databases &\n"
            "Data Management, Cloud Computing) or equivalent professional experience\n"
            "Experience of designing, developing and delivering large and complex\n"
            "software solutions\n",
            "minimum_qualifications",
            ["Degree in an appropriate discipline (Object Oriented Programming (OOP)/ Functional Programming, Software Engineering Principles, "
             "Databases & Data Management, Cloud Computing) or equivalent professional experience",
             "Experience of designing, developing and delivering large and complex software solutions"],
        ),
        (  # en-dash bullets glued to the items before them, as '-' ones are
            "Sales Representative\n\nKey Responsibilities:–Visit retail outlets on an agreed journey plan–Take orders and follow up on payments"
            "–Submit daily sales reports through the app\n",
            "responsibilities",
            ["Visit retail outlets on an agreed journey plan", "Take orders and follow up on payments", "Submit daily sales reports through the app"],
        ),
        (  # lower-case roman numerals open items
            "Technologist\n\nDUTIES AND RESPONSIBILITIES\ni. To collect and register specimens;\nii. To perform routine tests;\n"
            "iii. To maintain laboratory equipment;\niv. To prepare monthly reports.\n",
            "responsibilities",
            ["To collect and register specimens", "To perform routine tests", "To maintain laboratory equipment", "To prepare monthly reports."],
        ),
        (  # clauses that are the objects of the first clause's verb ("… includes a; b; AND c") are one requirement
            "Engineer\n\nQualifications\nSpecialized experience includes planning electrical engineering projects; identifying equipment "
            "performance requirements; AND ensuring projects comply with quality standards.\n",
            "minimum_qualifications",
            ["Specialized experience includes planning electrical engineering projects; identifying equipment performance requirements; "
             "AND ensuring projects comply with quality standards."],
        ),
        (  # a page's hard wrap kept the line breaks: a name in camel case ("PowerPlatform") is not two glued items
            "Engineer\n\nResponsibilities\n"
            "Plan and manage all technical elements of the PowerPlatform service\n"
            "including user access, licences, capacity, connectors and environment\n"
            "strategy, to ensure a sustainable service model is developed.\n"
            "Provide technical administration for the SharePoint Online services.\n",
            "responsibilities",
            ["Plan and manage all technical elements of the PowerPlatform service including user access, licences, capacity, connectors "
             "and environment strategy, to ensure a sustainable service model is developed.",
             "Provide technical administration for the SharePoint Online services."],
        ),
    ],
    ids=["intro_under_heading", "stops_close_wrapped_block", "scraped_block_not_wrapped", "open_slash_amp_bracket",
         "glued_en_dashes", "roman_numerals", "clauses_of_one_verb", "camel_case_name_in_wrapped_block"],
)
def test_list_forms_round_sixteen(text, field, expected):
    _, found = _run(text, [field])
    assert found[field].value == expected


@pytest.mark.parametrize(
    "body, items",
    [
        # the joining word and label of the next alternative ("AND (2).", "OR 2.") cut off on their own are no item
        ("(1). Ability to establish working relationships with key personnel. AND (2). Stature in the profession as shown "
         "by memberships in professional societies.",
         ["Ability to establish working relationships with key personnel.",
          "Stature in the profession as shown by memberships in professional societies."]),
    ],
    ids=["bare_and_label"],
)
def test_bare_enumeration_labels_are_no_items(body, items):
    assert [item.value for item in split_items(body, 0, len(body), glued=True)] == items


@pytest.mark.parametrize(
    "sentence, stated",
    [
        ("You're a music obsessive.", True),
        ("You love working with other designers across a variety of projects.", True),
        ("You have great taste and share it with an audience that trusts you.", True),
        ("You've either got a blog or write for a publication.", True),
        ("You care about process, but only as a means to shipping better code.", True),
        ("Someone who enjoys exploratory testing and pushes for better tools.", True),
        ("We're looking for someone who understands how software is built.", True),
        ("We want someone who will own the role with energy.", True),
        ("You are responsible for the monthly payroll run.", False),  # a duty
        ("You are invited to join our company holidays.", False),  # a pitch
        ("You have the opportunity to travel to our other offices.", False),  # an offer
        ("You will have a high level of input in defining your own training.", False),
        ("You will have oversight of the work of the architecture community.", False),
        ("We are looking for a Data Analyst to join our team.", False),  # the opening announced
    ],
)
def test_second_person_profile_sentences_state_requirements(sentence, stated):
    from extractor.rules.lists import states_requirement

    assert states_requirement(sentence) is stated


@pytest.mark.parametrize(
    "description, minimum",
    [
        (  # a profile paragraph written in the second person, no list
            "DICE is building an editorial team.\nYou're a music obsessive. You have great taste and share it. "
            "The role is part-time.\n",
            ["Python and SQL", "You're a music obsessive.", "You have great taste and share it."],
        ),
        (  # a page that hard-wrapped the sentence: read whole, not cut at the line end
            "The IPO is a modern organisation which depends on its IT services to operate and innovate.\n"
            "You will need the appetite to learn new technologies and methodologies for\n"
            "delivering high quality IT services. In this role you will work within a squad.\n",
            ["Python and SQL", "You will need the appetite to learn new technologies and methodologies for delivering high quality IT services."],
        ),
        (  # '*' bullets a scrape ran into the paragraph
            "Seeking a bright professional for our startup. OUR DREAM PERSON * You're helpful and anticipate needs. "
            "* You love shopping and startup culture.\n",
            ["Python and SQL", "You're helpful and anticipate needs.", "You love shopping and startup culture."],
        ),
    ],
)
def test_requirements_stated_in_second_person_descriptions(description, minimum):
    text = "Editor\n\nJob Description\n" + description + "\nRequirements\n- Python and SQL\n"
    _, found = _run(text, LIST_FIELDS)
    assert found["minimum_qualifications"].value == minimum


def test_items_under_a_duty_intro_in_the_description_are_duties():
    # the intro announces the list: its lines are duties even where they open with no duty verb
    text = (
        "Research Associate\n\nJob Description\nGreen Street is the leading research firm for REITs.\n"
        "The Associate will be responsible for the following key job functions:Supporting Senior Analysts in publishing reports.\n"
        "Demonstrating strong industry knowledge and business judgment.\n"
        "Becoming a FINRA registered representative.\n\n"
        "Requirements\n- A four-year college degree\n"
    )
    _, found = _run(text, LIST_FIELDS)
    assert found["responsibilities"].value == [
        "Supporting Senior Analysts in publishing reports.",
        "Demonstrating strong industry knowledge and business judgment.",
        "Becoming a FINRA registered representative.",
    ]


@pytest.mark.parametrize(
    "section, expected",
    [
        (  # a question restating the section heading on its first line leads the section's own items
            "Requirements\nIs this you?\n- Three years of payroll experience\n- Fluent German\n",
            ["Three years of payroll experience", "Fluent German"],
        ),
        (
            "Qualifications\nWhat are we looking for?\nYou have run a warehouse team of ten or more.\nYou hold a forklift licence.\n",
            ["You have run a warehouse team of ten or more.", "You hold a forklift licence."],
        ),
        (  # further down, a question after a blank line still opens a block of its own
            "Requirements\n- Fluent German\n- A driving licence\n\nWhat tools will you use?\nJira\nConfluence\n",
            ["Fluent German", "A driving licence"],
        ),
    ],
    ids=["question_over_bullets", "question_over_sentences", "question_mid_section"],
)
def test_a_question_opening_a_section_restates_its_heading(section, expected):
    _, found = _run("Payroll Clerk\n\n" + section, LIST_FIELDS)
    assert found["minimum_qualifications"].value == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        (  # second-person openers after "If you:", each glued to the last word of the item before
            "If you:are fluent in Spanish and Portuguesehave worked in a call centre for two yearscan type fast and accuratelycan drive a vanare calm under pressure",
            ["are fluent in Spanish and Portuguese", "have worked in a call centre for two years", "can type fast and accurately", "can drive a van", "are calm under pressure"],
        ),
        (  # duty verbs after "…how to:"
            "The right person knows how to:negotiate contracts with suppliersmaintain the stock records every weekprepare the monthly forecasts for the board",
            ["negotiate contracts with suppliers", "maintain the stock records every week", "prepare the monthly forecasts for the board"],
        ),
        (  # words that merely end in an opener ("software", "outsource") are not cut; two items are too few to call a list
            "Most of all you:know our software and the hardware we outsource to partners across the region",
            ["Most of all you:know our software and the hardware we outsource to partners across the region"],
        ),
    ],
    ids=["second_person", "duty_verbs", "no_list"],
)
def test_lower_case_items_glued_after_an_intro_are_cut(line, expected):
    _, found = _run("Agent\n\nRequirements\n" + line + "\n", LIST_FIELDS)
    assert found["minimum_qualifications"].value == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        (  # the sentences before a glued intro are prose; the intro is the last one, and may lead in at length
            "You will report to the Head of Operations and work from our Leeds depot. Day to day, though, most of your week will involve:"
            "Planning the delivery routes\nBooking the drivers\nChecking the vans\n",
            ["Planning the delivery routes", "Booking the drivers", "Checking the vans"],
        ),
        (
            "Vous rejoindrez une équipe de six personnes. In this role you would spend most of your time:Answering guest emails\n"
            "Updating the booking system\nWelcoming guests at the desk\n",
            ["Answering guest emails", "Updating the booking system", "Welcoming guests at the desk"],
        ),
    ],
    ids=["involve", "spend_time"],
)
def test_a_glued_intro_is_the_sentence_before_its_colon(line, expected):
    _, found = _run("Coordinator\n\nResponsibilities\n" + line, LIST_FIELDS)
    assert found["responsibilities"].value[-len(expected):] == expected
    assert not any(":" in item for item in found["responsibilities"].value)


def test_star_bullets_glued_after_full_stops_are_items():
    # a '*' typed straight after the item before it, also after its full stop ("…preferred.*Requires …")
    text = (
        "Technician\n\nRequirements\nSKILLS: *Holds a forklift licence.*Speaks fluent Dutch and English.*Works weekends when needed. "
        "*Lifts up to 25 kg safely.\n"
    )
    _, found = _run(text, LIST_FIELDS)
    assert [item.lstrip("*") for item in found["minimum_qualifications"].value] == [
        "Holds a forklift licence.", "Speaks fluent Dutch and English.", "Works weekends when needed.", "Lifts up to 25 kg safely.",
    ]
