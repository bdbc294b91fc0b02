"""Round 28 (issue 11): pay, employment type, education, visa and posting-date forms of the s24/s25 shapes.

Table-driven, with phrasings written for these tests (not copied from golden postings): a bill rate,
a benefit sum and a struck-out figure are no pay; a starting rate that "goes up to" a later one is a
range; an RSS item's CDATA description is read; a labelled contract length beats a labelled schedule;
a policy for "all full-time employees" is no type; local degree forms; work-permit offers and
refusals; "Online since" dates and a photo's date.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extractor.rules.employment  # noqa: F401  (registers the rules)
from extractor.context import context_for
from extractor.normalize import normalize
from extractor.pipeline import Extractor
from extractor.rules.base import run_rules


def _one(text: str, field: str):
    ctx = context_for(text)
    return ctx, run_rules(ctx, [field]).get(field)


def S(lo, hi, cur, period):
    return {"min": lo, "max": hi, "currency": cur, "period": period}


PAY = [
    # a staffing requisition: the client's bill rate is not the worker's pay rate
    ("Bill rate: $88.50/hr\nCandidate pay rate: $58.00 - $63.00/hr on W2", S(58, 63, "USD", "hour")),
    ("Max bill rate $120/hour (not to exceed). Pay rate to contractor: $80-$85/hour", S(80, 85, "USD", "hour")),
    # a benefit sum for a purpose is no salary
    ("Salary: competitive\nPerks: £1,200 a year for training and books", None),
    ("We give every engineer $2,000 per year for conferences and courses.", None),
    # a one-off sum is no salary
    ("Salary: competitive, with a £1,000 one-off payment on your first anniversary.", None),
    ("Salary: to be agreed; a $5,000 lump sum is paid on completion of training.", None),
    # a struck-out or deletion-suggested figure is the old one; its replacement is the pay
    ("Salary: [Deleted: £31,000 per annum] [Inserted: £33,500 - £35,000 per annum]", S(33500, 35000, "GBP", "year")),
    ("Pay: ~~$21.00/hr~~ $23.50 - $25.00/hr", S(23.5, 25, "USD", "hour")),
    # a starting rate that rises to a later one is a range
    ("You start on $19.80 an hour and it goes up to $24.60 once you are certified.", S(19.8, 24.6, "USD", "hour")),
    ("Starting pay is £12.10 per hour, rising to £13.40 after probation.", S(12.1, 13.4, "GBP", "hour")),
    ("Salary: £23,100 (rising to £24,900 after the probation period)", S(23100, 24900, "GBP", "year")),
    # an amount in words, as a transcript writes it
    ("so the pay's a hundred and sixty quid a day, cash on Fridays", S(160, 160, "GBP", "day")),
    ("Pay: one hundred twenty-five euros per day", S(125, 125, "EUR", "day")),
    ("We pay eighteen dollars an hour to start.", S(18, 18, "USD", "hour")),
    ("He lost ten pounds of weight in two hundred days.", None),
]


@pytest.mark.parametrize("text, expected", PAY, ids=[p[0][:40] for p in PAY])
def test_pay_forms(text, expected):
    _, found = _one(text, "salary")
    if expected is None:
        assert found is None, found.value
        return
    assert found is not None and found.value == expected


def test_rss_cdata_description_is_read():
    raw = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Jobs feed</title><item>'
        "<title>Kitchen Porter</title><description><![CDATA[<p>Harbour Inn is hiring.</p>"
        "<p><strong>Pay:</strong> &pound;11.90 - &pound;12.60 per hour</p>]]></description></item></channel></rss>"
    )
    doc = normalize(raw)
    assert "£11.90 - £12.60 per hour" in doc.text
    assert "CDATA" not in doc.text
    posting = Extractor(use_llm=False).extract(raw)
    assert posting.salary is not None
    assert (posting.salary.min, posting.salary.max, posting.salary.period) == (11.9, 12.6, "hour")


EMPLOYMENT = [
    ("Employment type: Full-time\nContract: 18 months, renewable\nLocation: Osh", "contract"),
    ("Schedule: full time\nContract length: 2 years\n", "contract"),
    ("About us\nWe build payroll software. All full-time employees are eligible for stock options.", None),
    ("Every part-time employee receives a transport card.", None),
    ("This is a full-time role. All full-time employees are eligible for a bonus.", "full_time"),
]


@pytest.mark.parametrize("text, expected", EMPLOYMENT, ids=[e[0][:40] for e in EMPLOYMENT])
def test_employment_forms(text, expected):
    _, found = _one(text, "employment_type")
    assert (found.value if found else None) == expected


EDUCATION = [
    ("Requirements:\n- Higher technical education (electrical engineering)\n- 3 years in maintenance", "bachelor"),
    ("Requirements: completed higher education in law or economics", "bachelor"),
    ("Profile: vocational baccalaureate in electrical systems or equivalent", "high_school"),
    ("Diploma: Bac Pro in automotive maintenance", "high_school"),
]


@pytest.mark.parametrize("text, expected", EDUCATION, ids=[e[0][:40] for e in EDUCATION])
def test_education_forms(text, expected):
    _, found = _one(text, "education_level")
    assert found is not None and found.value == expected


VISA = [
    ("We help you with the frontier worker permit for commuters from Germany.", True),
    ("A residence permit (verblijfsvergunning) will be arranged by the company.", True),
    ("Sorry, we cannot support work permits for this vacancy.", False),
    ("Applicants who require an employment permit will not be considered.", False),
    ("Work permit holders need not apply; nationals only.", False),
    ("Supervise the permit to work system and toolbox talks.", None),
    ("Issue hot work permits before welding starts.", None),
]


@pytest.mark.parametrize("text, expected", VISA, ids=[v[0][:40] for v in VISA])
def test_visa_forms(text, expected):
    _, found = _one(text, "visa_sponsorship")
    assert (found.value if found else None) is expected


DATES = [
    ("Machine Operator\nOnline since: 14.10.2026\nJob ID: 4471", dt.date(2026, 10, 14)),
    ("Electrician\n" + "Install and test wiring in new flats. " * 40 + "\nAd placed: 05.11.2026", dt.date(2026, 11, 5)),
    ("[Scanned notice, photo taken 03/11/2026 09:40]\nCOOK WANTED\nCall 021 555 0101", None),
]


@pytest.mark.parametrize("text, expected", DATES, ids=[d[0][:40] for d in DATES])
def test_posting_dates(text, expected):
    _, found = _one(text, "date_posted")
    assert (found.value if found else None) == expected


CSV_EXPORT = (
    "job_code,job_title,site,contract_type,pay_from,pay_to,visa_support,summary\n"
    'WH-77,Forklift Driver,"Leeds, West Yorkshire",Part-time,11.80,12.40,No,"Move pallets; load ""B"" bay trailers"\n'
)


def test_csv_export_record_reads_as_labelled_lines():
    doc = normalize(CSV_EXPORT)
    assert doc.text.splitlines()[:3] == ["Job code: WH-77", "Job title: Forklift Driver", "Site: Leeds, West Yorkshire"]
    assert 'Summary: Move pallets; load "B" bay trailers' in doc.text
    start = doc.text.index("Forklift")
    assert CSV_EXPORT[slice(*doc.source_span(start, start + len("Forklift Driver")))] == "Forklift Driver"
    posting = Extractor(use_llm=False).extract(CSV_EXPORT)
    assert posting.title == "Forklift Driver"
    assert posting.employment_type == "part_time"


@pytest.mark.parametrize(
    "raw",
    [
        "name,age,city,country\nAda,36,London,UK\nAlan,41,Wilmslow,UK\n",  # no title column
        "job_title,site,pay,type\nCook,Leeds,12,Full-time\nPorter,York,11,Part-time\n",  # two records
        "Cleaner wanted, evenings, Leeds, call Sam\nPay £12 an hour\n",  # prose with commas
    ],
)
def test_other_text_is_no_csv_record(raw):
    assert normalize(raw).text.strip() == raw.strip()
