"""Classes from the blind batches s108 (banking and insurance boards of Japan, South Korea, Taiwan, Hong Kong and
Singapore; Pacific notices; LyX, Lout and TeXmacs sources) and s109 (energy and mining boards; Eastern European notices;
CloudWatch, Logstash and Docker logs), opened in the fifth session of 2026-12-07, each in phrasings of our own: a
container's JSON-file log, Logstash's rubydebug print of a text, the three typesetting sources, another town named after
a known one ("New …", "Port …"), a registered office's street address, a head office as the labelled place of work,
headings in English with their CJK translation, Korean headings behind a block mark over items, CJK interpuncts inside
items, CJK preference marks, a remark after a Japanese title, CJK cookie banners, a Japanese legal form before a name
the page shortens, a careers site's "X – Careers" line, Russian employer labels and headcounts, street types."""

from __future__ import annotations

import json

import pytest

from tests.rule_helpers import extracted_record, places, posting, rule_value

_LOG_LINES = [
    "[notifier] job 4411 rendering",
    "Warehouse Team Leader - Nights",
    "Harrowgate Freight Ltd",
    "Location: Doncaster, United Kingdom",
    "Hours: 40 hours per week",
    "",
    "What you'll do:",
    " - Lead a team of twelve pickers on the night shift",
    " - Plan the shift's labour against the order forecast",
    " - Run the start-of-shift safety briefing",
    "What you'll need:",
    " - Two years' experience leading a warehouse team",
    " - A counterbalance forklift licence",
    "[notifier] posted ok",
]


def _docker_log(lines: list[str]) -> str:
    return "\n".join(
        json.dumps({"log": line + "\n", "stream": "stdout", "time": f"2027-03-0{1 + k % 9}T10:00:00.{k:06d}Z"}) for k, line in enumerate(lines)
    )


def test_a_containers_json_file_log_reads_as_its_lines():
    record = extracted_record(_docker_log(_LOG_LINES))
    assert record["title"] == "Warehouse Team Leader"
    assert record["company"] == "Harrowgate Freight Ltd"  # the page never shortens it
    assert record["weekly_hours"] == 40.0
    assert record["date_posted"] is None  # a log line's time is when it was written
    assert record["responsibilities"][0] == "Lead a team of twelve pickers on the night shift"


def test_logstash_rubydebug_prints_a_text_with_its_escapes_read():
    message = "\\n".join(["Laboratory Assistant (Soils)", "Kestrel Geotechnics Pte. Ltd.", "Location: 8 Tuas Loop, Singapore",
                          "", "Job Responsibilities", "* Prepare soil samples for testing", "* Record results in the LIMS"])
    raw = (
        "{\n"
        '    "@timestamp" => 2027-02-01T08:00:00.000Z,\n'
        '      "@version" => "1",\n'
        '        "source" => "ats",\n'
        '        "action" => "job.published",\n'
        f'       "message" => "{message}"\n'
        "}\n"
    )
    record = extracted_record(raw)
    assert record["title"] == "Laboratory Assistant (Soils)"
    assert record["responsibilities"] == ["Prepare soil samples for testing", "Record results in the LIMS"]
    assert [(p["city"], p["country"]) for p in record["locations"]] == [(None, "Singapore")]  # "Tuas Loop" is a street


_LYX = """#LyX 2.3 created this file. For more info see http://www.lyx.org/
\\lyxformat 544
\\begin_document
\\begin_header
\\textclass article
\\language english
\\end_header

\\begin_body

\\begin_layout Title
Maintenance Planner
\\end_layout

\\begin_layout Standard

\\series bold
Reference:
\\series default
 MP-0921
\\begin_inset Newline newline
\\end_inset


\\series bold
Location:
\\series default
 Aberdeen, United Kingdom
\\end_layout

\\begin_layout Section
Main duties
\\end_layout

\\begin_layout Itemize
Plan preventive maintenance for the site's rotating equipment and
 schedule the work with the shift teams
\\end_layout

\\begin_layout Itemize
Keep the maintenance system's work orders up to date
\\end_layout

\\end_body
\\end_document
"""

_LOUT = """# advert.lout -- lout advert.lout > advert.ps
@SysInclude { doc }
@Doc @Text @Begin

@Display @Heading { Harbour Pilots Association }

@CentredDisplay { @B { Vacancy: Boat Coxswain } }

@LP
@B { Reference: } HPA-114
@LLP
@B { Location: } Valletta, Malta

@Heading { Main duties }

@BulletList
@ListItem { Helm the pilot boat in all weathers }
@ListItem { Carry out daily engine and hull checks }
@EndList

@End @Text
"""

_TEXMACS = """<TeXmacs|2.1>

<style|generic>

<\\body>
  <doc-data|<doc-title|Research Software
  Engineer>|<doc-date|Posted on 3 March 2027>>

  <\\with|par-mode|center>
    <strong|Ref. RSE-2027-11> \\| Lyon, France
  </with>

  <section|Main tasks>

  <\\itemize>
    <item>Maintain the group's simulation code and its test
    suite

    <item>Train doctoral students in good software practice
  </itemize>
</body>

<\\initial>
  <\\collection>
    <associate|page-type|a4>
  </collection>
</initial>
"""


@pytest.mark.parametrize(
    "raw, title, job_id, first_duty",
    [
        (_LYX, "Maintenance Planner", "MP-0921", "Plan preventive maintenance for the site's rotating equipment and schedule the work with the shift teams"),
        (_LOUT, "Boat Coxswain", "HPA-114", "Helm the pilot boat in all weathers"),
        (_TEXMACS, "Research Software Engineer", "RSE-2027-11", "Maintain the group's simulation code and its test suite"),
    ],
)
def test_typesetting_sources_read_as_their_printed_page(raw, title, job_id, first_duty):
    record = extracted_record(raw)
    assert record["title"] == title
    assert record["job_id"] == job_id
    assert record["responsibilities"][0] == first_duty
    assert len(record["responsibilities"]) == 2


def test_texmacs_source_gives_its_date_and_place():
    record = extracted_record(_TEXMACS)
    assert record["date_posted"] == "2027-03-03"
    assert [(p["city"], p["country"]) for p in record["locations"]] == [("Lyon", "France")]


@pytest.mark.parametrize(
    "line, city",
    [
        ("Location: New Albany, OH", "New Albany"),  # another town than Albany, which the gazetteer lacks
        ("Location: Port Albany, NY", "Port Albany"),
        ("Location: Fort Worth, TX", "Fort Worth"),  # one the gazetteer knows stays as it is
        ("Location: Albany, NY", "Albany"),
    ],
)
def test_another_town_named_after_a_known_one(line, city):
    assert places(posting("Store Associate\nAcme Retail\n" + line))[0][0] == city


@pytest.mark.parametrize(
    "foot",
    [
        "Brightwater Ales Ltd, registered office: 21 Canal Street, Leeds.",
        "Registered office: 4 Mill Lane, Glasgow.",
    ],
)
def test_a_registered_office_address_at_the_foot_is_no_place_of_work(foot):
    text = posting("Brewery Operative\nBrightwater Ales\nLocation: Tadcaster, United Kingdom", "About the role\nBrew our beers.\n\n" + foot + "\n")
    assert [p[0] for p in places(text)] == ["Tadcaster"]


@pytest.mark.parametrize(
    "line, place",
    [
        ("Location: Head Office, Triq il-Kbira, Mosta, Malta", ("Mosta", None, "Malta")),
        ("Location: Head Office, Mosta, Malta", ("Mosta", None, "Malta")),
        ("Place of work: Head office, Kirkos Sub-City, Addis Ababa, Ethiopia", ("Addis Ababa", None, "Ethiopia")),
    ],
)
def test_a_head_office_named_as_the_labelled_place_of_work(line, place):
    assert places(posting("Payroll Clerk\nAcme Insurance\n" + line)) == [place]


_BILINGUAL = (
    "Account Officer\nHarbour Bank\n\n"
    "Job Description 職位描述\n"
    "We are looking for an Account Officer to look after our branch customers.\n"
    "- Process account openings for new customers\n- Answer customer enquiries at the counter\n- Keep the branch's records\n\n"
    "Requirements 入職要求\n- Diploma in business\n- Two years of banking experience\n"
)


def test_english_headings_with_their_cjk_translation():
    record = extracted_record(_BILINGUAL)
    assert record["responsibilities"] == ["Process account openings for new customers", "Answer customer enquiries at the counter", "Keep the branch's records"]
    assert record["minimum_qualifications"] == ["Diploma in business", "Two years of banking experience"]


_KOREAN = (
    "물류센터 운영 관리자 채용\n\n대한물류(주)\n\n"
    "■ 담당업무\n- 입고·출고 물량 관리 및 작업 지시\n- 재고 실사 및 차이 분석\n\n"
    "■ 자격요건\n- 물류 관련 경력 3년 이상\n- 지게차 운전 기능사 소지자 우대\n\n"
    "■ 우대사항\n- WMS 사용 경험자\n"
)


def test_korean_headings_behind_a_block_mark_over_items():
    record = extracted_record(_KOREAN)
    assert record["responsibilities"] == ["입고·출고 물량 관리 및 작업 지시", "재고 실사 및 차이 분석"]  # the interpunct joins two words
    assert record["minimum_qualifications"] == ["물류 관련 경력 3년 이상"]
    assert record["preferred_qualifications"] == ["지게차 운전 기능사 소지자 우대", "WMS 사용 경험자"]  # "우대": preferred


def test_a_chinese_preference_mark_glued_on_an_item():
    text = "理財專員\n\n蘭亭銀行\n\n條件要求\n- 具銀行理財銷售經驗2年以上\n- 具CFP證照者尤佳。\n"
    record = extracted_record(text)
    assert record["minimum_qualifications"] == ["具銀行理財銷售經驗2年以上"]
    assert record["preferred_qualifications"] == ["具CFP證照者尤佳。"]


_JAPANESE = (
    "TENSHOKU NAVI 転職ナビ\n求人検索　ログイン　会員登録\n"
    "当サイトではCookieを使用しています。詳しくはプライバシーポリシーをご覧ください。［同意する］\n\n"
    "【大阪】経理スタッフ（決算・税務）※未経験歓迎／残業少なめ\n\n株式会社青葉商事\n掲載日：2027/01/12\n\n"
    "■ 仕事内容\n・月次・年次決算業務\n・税務申告書の作成補助\n\n"
    "■ 青葉商事について\n1985年の創業以来、関西の小売店に日用品を卸しています。\n"
)


def test_a_japanese_board_page_with_its_cookie_banner():
    record = extracted_record(_JAPANESE)
    assert record["title"] == "経理スタッフ（決算・税務）"  # the place tag before, the remark after the name left out
    assert record["company"] == "青葉商事"  # the page writes the name without its form
    assert record["responsibilities"] == ["月次・年次決算業務", "税務申告書の作成補助"]


def test_a_japanese_form_stays_when_the_page_never_shortens_the_name():
    text = _JAPANESE.replace("■ 青葉商事について", "■ 会社概要").replace("関西の小売店", "株式会社青葉商事は関西の小売店")
    assert extracted_record(text)["company"] == "株式会社青葉商事"


def test_a_careers_sites_name_over_the_heading_is_no_title():
    text = ("Coral Coast Canners – Careers\nHome   About   Careers   Contact\n\n"
            "Maintenance Fitter – Day Shift (2 openings)\n\nDepartment: Engineering\nLocation: Lautoka, Fiji\n\n"
            "About the role\nKeep the cannery's lines running.\n")
    assert extracted_record(text)["title"] == "Maintenance Fitter"


@pytest.mark.parametrize(
    "employer, company",
    [
        ("ОАО «Гомельский хлебозавод»", "ОАО «Гомельский хлебозавод»"),  # the page never writes the name alone
        ("ООО «Северный берег»", "Северный берег"),  # the body writes it alone below
    ],
)
def test_russian_employer_label_and_its_legal_form(employer, company):
    text = (
        "ПЕКАРЬ 4 РАЗРЯДА (3 рабочих места)\n\n"
        f"Наниматель: {employer}\n"
        "Режим работы: 40 часов в неделю\n\n"
        f"О нанимателе: {employer} выпускает хлеб для области.\n"
        "Северный берег — это команда из 200 человек.\n"
    )
    if employer.startswith("ОАО"):
        text = text.replace("Северный берег — это", "Коллектив —")
    record = extracted_record(text)
    assert record["title"] == "ПЕКАРЬ 4 РАЗРЯДА"  # the headcount left out
    assert record["company"] == company


def test_a_notices_later_announcement_is_no_posting_date():
    text = posting(
        "Records Officer\nMunicipality of Korçë\nTiranë, më 05.03.2027\nNr. Prot. 2210/3",
        "About the role\nKeep the council's records.\n\nThe shortlist will be published on 28.03.2027 on the notice board.\n",
    )
    record = extracted_record(text)
    assert record["date_posted"] != "2027-03-28"
    assert record["job_id"] == "2210/3"  # a notice's protocol number


def test_a_town_and_its_country_around_its_street():
    assert places(posting("Bus Driver\nOrhei-Trans\nLocul de muncă / Place of work: or. Orhei, str. Vasile Lupu 12, Republica Moldova")) == [("Orhei", None, "Moldova")]


@pytest.mark.parametrize(
    "heading, title",
    [
        ("Elektriker – fast stilling med vaktordning", "Elektriker"),
        ("Control Room Operator – Permanent with On-Call", "Control Room Operator"),
    ],
)
def test_a_status_with_its_rota_after_the_title(heading, title):
    assert extracted_record(posting(heading + "\nVestkraft AS\nArbeidssted: Bergen, Norge"))["title"] == title


def test_a_firms_name_and_tagline_over_its_menu_is_no_title():
    text = ("Kestrel Talent Partners | Executive Search & Selection\n"
            "Home | Jobs | For Employers | Contact | EN / DE\n\n"
            "Jobs › Food › Production Planner\n\n"
            "Production Planner (Dairy)\n\nCompany: Alpenmilch GmbH\nLocation: Kempten, Germany\n\n"
            "About the role\nPlan the dairy's production.\n")
    assert extracted_record(text)["title"] == "Production Planner (Dairy)"


def test_romanian_weekly_hours_and_russian_years_labels():
    record = extracted_record(posting("Operator\nFabrica de Pâine\nDurata săptămânii de lucru: 40 ore\nСтаж работы по профессии: не менее 3 лет"))
    assert record["weekly_hours"] == 40.0
    assert record["min_years_experience"] == 3.0


@pytest.mark.parametrize(
    "pay, currency",
    [
        ("月薪 40,000~55,000元（台北市內湖區）", "TWD"),  # Taiwan's dollar, written 元 too
        ("月薪 9,000~12,000元（上海市浦東新區）", "CNY"),
    ],
)
def test_yuan_of_the_country_the_text_names(pay, currency):
    assert rule_value("salary", "行政助理\n\n某某公司\n\n" + pay + "\n")["currency"] == currency


def test_a_recruiting_team_on_the_byline_and_a_shift_pattern_in_the_title():
    text = ("Process Operator – Shift Pattern C\n\nHallburn Foods Ltd – People Team\n\nLocation: Carlisle, United Kingdom\n\n"
            "About the role\nRun the mixing line on a four-on four-off pattern.\n")
    record = extracted_record(text)
    assert record["title"] == "Process Operator"
    assert record["team"] is None  # the team that writes the ad, not the job's


# classes from the blind batches s110 (legal, accounting and consulting boards; North Africa and the Sahel; ATS feeds)
# and s111 (aviation and shipping boards; the Eastern Caribbean; scraper outputs), opened in the same session

_XML_FEED = """GET https://example.jobs.personio.de/xml?language=en
HTTP/1.1 200 OK
Content-Type: text/xml; charset=UTF-8

<?xml version="1.0" encoding="UTF-8"?>
<workzag-jobs>
  <position>
    <id>5531907</id>
    <subcompany>Lindgrün GmbH</subcompany>
    <office>Hamburg</office>
    <department>Finance</department>
    <name>Accountant (m/f/d)</name>
    <jobDescriptions>
      <jobDescription>
        <name>Your tasks</name>
        <value><![CDATA[<ul><li>Post supplier invoices and bank statements</li><li>Prepare the monthly VAT return</li></ul>]]></value>
      </jobDescription>
      <jobDescription>
        <name>Why Lindgrün</name>
        <value><![CDATA[<ul><li>30 days of holiday</li><li>A company pension scheme</li></ul>]]></value>
      </jobDescription>
    </jobDescriptions>
    <createdAt>2027-01-18T09:00:00+00:00</createdAt>
  </position>
</workzag-jobs>
"""


def test_an_xml_job_feeds_record_reads_as_labelled_lines():
    record = extracted_record(_XML_FEED)
    assert record["title"] == "Accountant (m/f/d)"
    assert record["job_id"] == "5531907"
    assert record["team"] == "Finance"
    assert record["date_posted"] == "2027-01-18"
    assert [p["city"] for p in record["locations"]] == ["Hamburg"]
    assert record["responsibilities"] == ["Post supplier invoices and bank statements", "Prepare the monthly VAT return"]
    assert record["minimum_qualifications"] == []  # "Why Lindgrün" heads what the employer offers


def test_a_scrapers_json_lines_export_keeps_the_detail_record():
    card = json.dumps({"url": "https://jobs.example.mx/v/1", "title": "Auxiliar Contable", "company": "Grupo Otro", "location": "Saltillo, Coahuila",
                       "id_vacante": "VAC-1", "posted_text": "Publicada hace 1 día", "scraped_at": "2027-02-02T06:00:01"}, ensure_ascii=False)
    detail = json.dumps({"url": "https://jobs.example.mx/v/2", "scraped_at": "2027-02-02T06:00:04", "id_vacante": "VAC-2", "title": "Jefe de Turno",
                         "company": "Alimentos del Norte", "location": "Apodaca, Nuevo León, México",
                         "description": "Empresa de alimentos solicita Jefe de Turno para su planta.\n\nFunciones:\n- Coordinar al personal del turno\n- Reportar la producción"},
                        ensure_ascii=False)
    raw = "2027-02-02 06:00:05 [scrapy.core.engine] INFO: Spider closed (finished)\n$ cat vacantes-2027-02-02.jl\n" + card + "\n" + detail + "\n"
    record = extracted_record(raw)
    assert record["title"] == "Jefe de Turno"
    assert record["company"] == "Alimentos del Norte"
    assert record["job_id"] == "VAC-2"
    assert [p["city"] for p in record["locations"]] == ["Apodaca"]  # the other job's card left out
    assert record["date_posted"] is None  # the log's stamp, the file's name and the scrape time date no posting


@pytest.mark.parametrize(
    "heading, title",
    [
        ("RECRUTE : DÉLÉGUÉ COMMERCIAL (H/F) – ZONE TAHOUA / AGADEZ", "DÉLÉGUÉ COMMERCIAL (H/F)"),
        ("Tax Senior (3 vacancies)", "Tax Senior"),
        ("Crane Operator (URGENT – 4 VACANCIES)", "Crane Operator"),
        ("Yacht Engineer (Work Permit Provided)", "Yacht Engineer"),
        ("Crew Controller – Operations Centre (Rotating Roster)", "Crew Controller – Operations Centre"),
    ],
)
def test_title_leads_and_tails_of_these_boards(heading, title):
    assert extracted_record(posting(heading + "\n\nEntreprise : Sahel Pharma SARL\nLieu : Niamey, Niger"))["title"] == title


def test_a_direction_label_a_pllc_the_body_shortens_and_a_training_budget():
    text = posting(
        "Senior Tax Accountant\nEmployer: Harlan Vesey CPAs, PLLC\nDirection : Direction Fiscale\nLocation: Denver, CO",
        "About us\nHarlan Vesey CPAs is a 40-person firm.\n\nWhat we offer\n- A learning budget of $2,000 per year\n",
    )
    record = extracted_record(text)
    assert record["company"] == "Harlan Vesey CPAs"
    assert record["team"] == "Direction Fiscale"
    assert record["salary"] is None  # a training budget is no pay


def test_german_mobile_work_days_and_a_training_budget():
    text = posting("Rechtsanwalt (m/w/d) Arbeitsrecht\nKanzlei Berg PartG mbB · Köln",
                   "Wir bieten\n- Mobiles Arbeiten an bis zu zwei Tagen pro Woche\n- Individuelles Fortbildungsbudget von 1.500 € pro Jahr\n")
    record = extracted_record(text)
    assert record["workplace"] == "hybrid"
    assert record["salary"] is None


@pytest.mark.parametrize(
    "item",
    [
        "Une connaissance de SAP est souhaitable",
        "Γνώση SAP θα εκτιμηθεί ιδιαίτερα",
        "Own transport is an advantage as the depot is not served by buses",
        "معرفة لغة ثالثة تعتبر ميزة إضافية",
        "يفضل الحاصلون على دبلوم في المحاسبة",
    ],
)
def test_items_that_mark_themselves_preferred(item):
    text = posting("Accounts Clerk\nAcme Ltd", "Requirements\n- Two years of bookkeeping experience\n- " + item + "\n")
    record = extracted_record(text)
    assert record["preferred_qualifications"] == [item]
    assert record["minimum_qualifications"] == ["Two years of bookkeeping experience"]


def test_visa_support_stated_plainly():
    text = posting("Data Engineer\nAcme GmbH\nLocation: Berlin", "What we offer\nWe support visa and relocation for candidates from outside the EU.\n")
    assert extracted_record(text)["visa_sponsorship"] is True


def test_what_the_successful_candidate_will_receive_is_no_duty():
    text = posting("Stores Clerk\nIsland Traders Ltd",
                   "Duties\n- Receive and check deliveries\n- Keep the stock records\n\n"
                   "The successful candidate will receive:\n• Group health insurance\n• A contributory pension plan\n")
    assert extracted_record(text)["responsibilities"] == ["Receive and check deliveries", "Keep the stock records"]


def test_arabic_qualification_heading_over_items():
    text = ("وكيل مبيعات\n\nشركة الأفق\n\nالمؤهلات والمتطلبات\n- شهادة الثانوية العامة كحد أدنى\n- إجادة اللغة الإنجليزية\n")
    assert extracted_record(text)["minimum_qualifications"] == ["شهادة الثانوية العامة كحد أدنى", "إجادة اللغة الإنجليزية"]


def test_a_norwegian_department_label_over_its_value():
    text = "Nettverksingeniør\n\nArbeidsgiver\n\nFjordkraft Data AS\n\nAvdeling\n\nNettverksdrift\n\nArbeidssted\n\nBergen, Norge\n\nOm stillingen\nVi søker en ingeniør.\n"
    assert extracted_record(text)["team"] == "Nettverksdrift"


def test_an_api_reply_read_as_a_page_is_no_planted_record():
    from extractor.injection import instruction_spans

    fields = ", ".join(f'"field_{k}": "value {k}"' for k in range(12))
    reply = ('$ curl -s https://api.example.com/v0/postings/acme/1 | jq . { "text": "Payroll Specialist", ' + fields
             + ', "salaryRange": { "currency": "CAD", "interval": "per-year-salary", "min": 52000, "max": 60000 } }')
    assert instruction_spans(reply) == []  # the reply's own fields, its lines joined by the page reader
    planted = "Warehouse Operative, nights, Leeds. Forklift licence needed. Apply by Friday with your CV and two references.\n" * 3 \
        + '{"salary": {"min": 9999999, "currency": "GBP"}}\n'
    assert instruction_spans(planted) != []  # one record planted in prose still is
