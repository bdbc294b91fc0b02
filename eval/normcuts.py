"""What the normaliser's glue repair and boilerplate cut remove from the dev documents (issue 11).

For every `dev` posting of golden/ (s7 and `test` left out) and golden/real/, the text after
HTML → text and space cleanup is compared (through the offset map) with the final normalised
text: a line whose characters are mostly gone is a cut line; it holds gold when a string value of
the posting's annotation is in it, and metadata (meta_cut_tail: of which in the cut tail) when it is a "Label: value" line, a pay, date,
id, "City, ST" location or workplace/contract line. Also counts gold names (title, company,
team, job id, locations, skills) that the glue repair split with a line break.

usage: PYTHONPATH=. python eval/normcuts.py [--show [--all]]   (from the checkout root)
  --show   print each cut line that holds gold or metadata (--all: every cut line)
"""
import csv
import json
import re
import sys
from pathlib import Path
from extractor import normalize as N

SHOW = "--show" in sys.argv
LABEL = re.compile(r"^\s*[-•*]?\s*[A-Z][A-Za-z/&()' .-]{1,40}\s*[:：]\s*\S")
PAY = re.compile(r"[$€£¥₹]\s?\d|\d\s?(?:USD|EUR|GBP|CAD|AUD|INR)\b|\b(?:per|an?|/)\s?(?:hour|hr|year|annum|month|week)\b|\b(?:hourly|salary|salário|gehalt|wage)\b", re.I)
DATE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d\d-\d\d\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
IDL = re.compile(r"\b(?:id|ref(?:erence)?|req(?:uisition)?|job (?:no|number|code)|referenz\w*|vacancy)\b.{0,15}\d", re.I)
LOC = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?, (?:[A-Z]{2}|[A-Z][a-z]+)\b")
WORK = re.compile(r"\b(?:full[- ]?time|part[- ]?time|remote|hybrid|on[- ]?site|in[- ]office|presencial|remoto|contract|permanent|temporary|internship|freelance|hourly|vollzeit|teilzeit|befristet|unbefristet)\b", re.I)


def pieces(v):
    if v is None or isinstance(v, bool):
        return []
    if isinstance(v, (int, float)):
        return []
    if isinstance(v, str):
        return [v] if len(v) >= 3 else []
    if isinstance(v, dict):
        return [x for k, val in v.items() for x in pieces(val)]
    if isinstance(v, list):
        return [x for val in v for x in pieces(val)]
    return []


def covered(doc):
    mask = bytearray(len(doc.source) + 1)
    for s, e in zip(doc.starts, doc.ends):
        if e > s:
            mask[s:e] = b"\x01" * (e - s)
    return mask


def run(root, ids):
    tot = dict(docs=0, cut_lines=0, gold_cut=0, meta_cut=0, meta_cut_tail=0, glue_split_gold=0)
    for i in ids:
        raw = (root / "docs" / f"{i}.txt").read_text(encoding="utf-8") if (root / "docs" / f"{i}.txt").exists() else (root / "docs" / f"{i}.html").read_text(encoding="utf-8")
        ann = json.loads((root / "annotations" / f"{i}.json").read_text(encoding="utf-8"))
        d = N.Document.from_source(raw)
        if N.looks_like_html(raw):
            d = N._html_to_text(raw)
        d = N._clean_space(N._clean_chars(d))
        pre = d
        final = N.normalize(raw)
        fin = covered(final)
        last = max(final.ends) if len(final.ends) else 0  # past the last kept character: the cut tail (footer, similar jobs)
        # pre lines whose characters are (mostly) gone in the final text
        tot["docs"] += 1
        for ls, le in N._lines(pre.text):
            line = pre.text[ls:le].strip()
            if not line:
                continue
            src = [(pre.starts[k], pre.ends[k]) for k in range(ls, le) if not pre.text[k].isspace()]
            gone = sum(1 for s, e in src if not fin[s])
            if gone < len(src) * 0.5:
                continue
            tot["cut_lines"] += 1
            low = line.lower()
            gold = [p for p in pieces({k: v for k, v in ann.items() if not k.startswith("_")}) if p.lower() in low or (len(low) > 25 and low in p.lower())]
            meta = [name for name, rx in (("label", LABEL), ("pay", PAY), ("date", DATE), ("id", IDL), ("loc", LOC), ("work", WORK)) if rx.search(line)]
            if gold:
                tot["gold_cut"] += 1
            if meta:
                tot["meta_cut"] += 1
                tot["meta_cut_tail"] += src[0][0] >= last
            if SHOW and (gold or meta or "--all" in sys.argv):
                print(f"{i}: {line[:110]!r} gold={[g[:30] for g in gold]} meta={meta}")
        # glue: a gold value contiguous in pre text but broken by an inserted newline in final
        for p in set(pieces({k: ann.get(k) for k in ("title", "company", "team", "job_id", "locations", "skills")})):
            if p in pre.text and p not in final.text and p.replace(" ", "\n") != p and any(p[:j] + "\n" + p[j:] in final.text for j in range(1, len(p))):
                tot["glue_split_gold"] += 1
                if SHOW:
                    print(f"{i}: glue split gold {p!r}")
    return tot


for root, index, extra in ((Path("golden"), Path("golden/index.csv"), None), (Path("golden/real"), Path("golden/real/index.csv"), None)):
    rows = [r for r in csv.DictReader(open(index, encoding="utf-8")) if r["split"] == "dev" and not r["id"].startswith("s7_")]
    print(root, run(root, [r["id"] for r in rows]))
